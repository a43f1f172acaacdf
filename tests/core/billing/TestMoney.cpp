#include "billing/BillingModels.h"
#include "billing/Money.h"

#include <QtTest>

using namespace sv;

/// Money: Stripe's minor units formatted per currency (USD/EUR two decimals, JPY none) in the user's
/// locale through QLocale::toCurrencyString.
class TestMoney : public QObject
{
    Q_OBJECT

    static QString nbsp(QString s)
    {
        // CLDR puts a no-break space between a German amount and its symbol.
        return s.replace(QLatin1Char('_'), QChar(0x00A0));
    }

private slots:
    void formatsInTwoLocales_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en_US USD") << "en_US" << qint64(999) << "usd"
                                   << "$9.99";
        QTest::newRow("en_US USD large") << "en_US" << qint64(123456789) << "usd"
                                         << "$1,234,567.89";
        QTest::newRow("en_US EUR") << "en_US" << qint64(2999) << "eur" << QString::fromUtf8("€29.99");
        QTest::newRow("en_US JPY") << "en_US" << qint64(1500) << "jpy" << QString::fromUtf8("¥1,500");
        QTest::newRow("en_US JPY yearly")
            << "en_US" << qint64(45000) << "jpy" << QString::fromUtf8("¥45,000");
        QTest::newRow("en_US zero") << "en_US" << qint64(0) << "usd"
                                    << "$0.00";
        QTest::newRow("en_US one cent") << "en_US" << qint64(1) << "usd"
                                        << "$0.01";
        QTest::newRow("de_DE EUR") << "de_DE" << qint64(999) << "eur" << nbsp(QString::fromUtf8("9,99_€"));
        QTest::newRow("de_DE EUR large")
            << "de_DE" << qint64(123456789) << "eur" << nbsp(QString::fromUtf8("1.234.567,89_€"));
        QTest::newRow("de_DE USD") << "de_DE" << qint64(999) << "usd" << nbsp(QStringLiteral("9,99_$"));
        QTest::newRow("de_DE JPY") << "de_DE" << qint64(1500) << "jpy" << nbsp(QString::fromUtf8("1.500_¥"));
        QTest::newRow("de_DE JPY 3 yen") << "de_DE" << qint64(3) << "jpy" << nbsp(QString::fromUtf8("3_¥"));
    }

    void formatsInTwoLocales()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const Money money(minor, currency);
        QCOMPARE(money.format(QLocale(locale)), expected);
        // The backend models format through the same code.
        QCOMPARE(formatMoney(minor, currency, QLocale(locale)), expected);
    }

    void exponents()
    {
        QCOMPARE(Money::exponentOf(QStringLiteral("usd")), 2);
        QCOMPARE(Money::exponentOf(QStringLiteral("EUR")), 2);
        QCOMPARE(Money::exponentOf(QStringLiteral("jpy")), 0);
        QCOMPARE(Money::exponentOf(QStringLiteral("KRW")), 0);
        QCOMPARE(Money::exponentOf(QStringLiteral("kwd")), 3);
        QCOMPARE(Money(1500, QStringLiteral("JPY")).majorUnits(), 1500.0);
        QCOMPARE(Money(999, QStringLiteral("usd")).majorUnits(), 9.99);
        QCOMPARE(Money(999, QStringLiteral("USD")).currency(), QStringLiteral("usd"));
    }

    void zeroDecimalHasNoDecimals()
    {
        // ¥1,000 is one thousand yen, never ¥10.00.
        const QString s = Money(1000, QStringLiteral("jpy")).format(QLocale(QStringLiteral("en_US")));
        QVERIFY2(s.contains(QLatin1String("1,000")), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1Char('.')), qPrintable(s));
    }

    void ambiguousDollarUsesIsoCode()
    {
        // In Canada "$" means Canadian dollars: a USD price must not look like one.
        const QString s = Money(999, QStringLiteral("usd")).format(QLocale(QStringLiteral("en_CA")));
        QVERIFY2(s.contains(QLatin1String("USD")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("9.99")), qPrintable(s));
        // The locale's own currency keeps its symbol.
        QCOMPARE(Money(999, QStringLiteral("cad")).format(QLocale(QStringLiteral("en_CA"))),
                 QStringLiteral("$9.99"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
