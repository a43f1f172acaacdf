#include "Format.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace sv;

/// Counts, dates and durations as the content list and the details pane show them.
class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)));
    }

    void englishCountsArePluralAndGrouped()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Format::views(0, us), QStringLiteral("0 views"));
        QCOMPARE(Format::views(1, us), QStringLiteral("1 view"));
        QCOMPARE(Format::views(1203344, us), QStringLiteral("1,203,344 views"));
        // Beyond int: still the plural form, still every digit.
        QCOMPARE(Format::views(12345678901LL, us), QStringLiteral("12,345,678,901 views"));
        QCOMPARE(Format::results(1, us), QStringLiteral("1 result"));
        QCOMPARE(Format::results(2, us), QStringLiteral("2 results"));
        QCOMPARE(Format::libraryItems(1, us), QStringLiteral("1 item in the library"));
    }

    void initialsAreWholeCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initial");
        QTest::newRow("letter") << QStringLiteral("streamvibe") << QStringLiteral("S");
        QTest::newRow("emoji (surrogate pair)")
            << QStringLiteral("\U0001F600 Studio") << QStringLiteral("\U0001F600");
        QTest::newRow("ZWJ family") << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 Family")
                                    << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        QTest::newRow("flag") << QStringLiteral("\U0001F1E9\U0001F1EA Berlin")
                              << QStringLiteral("\U0001F1E9\U0001F1EA");
        QTest::newRow("combining accent") << QStringLiteral("e\u0301milie") << QStringLiteral("E\u0301");
        QTest::newRow("leading space") << QStringLiteral("  ana") << QStringLiteral("A");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
    }

    /// The placeholder avatar shows a whole character: never half an emoji (a "?" box) or a bare letter
    /// without its accent.
    void initialsAreWholeCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, initial);
        QCOMPARE(Format::initial(name), initial);
    }

    void durations()
    {
        QCOMPARE(Format::duration(0), QString());
        QCOMPARE(Format::duration(-5), QString());
        QCOMPARE(Format::duration(5), QStringLiteral("0:05"));
        QCOMPARE(Format::duration(245), QStringLiteral("4:05"));
        QCOMPARE(Format::duration(3723), QStringLiteral("1:02:03"));
    }

    void datesFollowTheLocaleWithAFullYear()
    {
        const QDateTime when(QDate(2026, 3, 7), QTime(12, 0));
        QCOMPARE(Format::shortDate(when, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("3/7/2026"));
        QCOMPARE(Format::shortDate(when, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("07.03.2026"));
        QCOMPARE(Format::shortDate(QDateTime(), QLocale()), QString());
    }

    void unknownKindsAreShownAsStored()
    {
        QCOMPARE(Format::kind(QStringLiteral("reel")), QStringLiteral("Reel"));
        QCOMPARE(Format::kind(QStringLiteral("hologram")), QStringLiteral("hologram"));
        for (const QString& kind : Format::knownKinds())
            QVERIFY2(Format::kind(kind) != kind, qPrintable(kind)); // every offered kind has a display name
    }

    void germanCounts() // last: installs the German translator
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German)));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Format::views(1, de), QStringLiteral("1 Aufruf"));
        QCOMPARE(Format::views(1203344, de), QStringLiteral("1.203.344 Aufrufe"));
        QCOMPARE(Format::results(0, de), QStringLiteral("0 Ergebnisse"));
        QCOMPARE(Format::kind(QStringLiteral("image")), QStringLiteral("Bild"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "TestFormat.moc"
