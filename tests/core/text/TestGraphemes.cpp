#include "text/Graphemes.h"

#include "TestSupport.h"

#include <QTest>

using namespace sv;
using sv::test::brokenCharacter;

namespace {

/// True when `text` holds no lone surrogate: it survives UTF-8 (SQLite, JSON, a terminal) unchanged,
/// where half a pair would come back as "?" or U+FFFD.
bool wellFormed(const QString& text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

QStringList clusters(const QString& text)
{
    QStringList out;
    Graphemes::Iterator it(text);
    for (QStringView c = it.next(); !c.isEmpty(); c = it.next())
        out.append(c.toString());
    return out;
}

} // namespace

class TestGraphemes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// One user-perceived character of each kind; Qt 6.4.2's boundaries were checked for every one of
    /// them (ZWJ sequences and regional-indicator pairs included), so a Qt whose data regresses fails here.
    void clusterAtTheCut_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::newRow("BMP letter") << QStringLiteral("\u00e9");
        QTest::newRow("emoji (surrogate pair)") << QStringLiteral("\U0001F600");
        QTest::newRow("CJK ext. B (surrogate pair)") << QStringLiteral("\U0002000B");
        QTest::newRow("skin tone") << QStringLiteral("\U0001F44D\U0001F3FD");
        QTest::newRow("flag") << QStringLiteral("\U0001F1E9\U0001F1EA");
        QTest::newRow("subdivision flag (tags)")
            << QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F");
        QTest::newRow("ZWJ family") << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        QTest::newRow("ZWJ family of four")
            << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
        QTest::newRow("ZWJ with skin tones and VS16") << QStringLiteral(
            "\U0001F469\U0001F3FB\u200D\u2764\uFE0F\u200D\U0001F48B\u200D\U0001F468\U0001F3FC");
        QTest::newRow("rainbow flag") << QStringLiteral("\U0001F3F3\uFE0F\u200D\U0001F308");
        QTest::newRow("ZWJ, Unicode 15.1 (phoenix)") << QStringLiteral("\U0001F426\u200D\U0001F525");
        QTest::newRow("keycap") << QStringLiteral("1\uFE0F\u20E3");
        QTest::newRow("heart with VS16") << QStringLiteral("\u2764\uFE0F");
        QTest::newRow("combining marks") << QStringLiteral("e\u0301\u0302");
        QTest::newRow("combining mark outside the BMP") << QStringLiteral("a\U0001D167");
        QTest::newRow("Hangul jamo L V T") << QStringLiteral("\u1100\u1161\u11A8");
        QTest::newRow("Hangul LV + T") << QStringLiteral("\uAC00\u11A8");
        QTest::newRow("Devanagari conjunct") << QStringLiteral("\u0915\u094D\u0937\u093F");
        QTest::newRow("Thai sara am") << QStringLiteral("\u0E01\u0E33");
    }

    void clusterAtTheCut()
    {
        QFETCH(QString, cluster);
        QCOMPARE(Graphemes::count(cluster), 1);
        QCOMPARE(clusters(cluster), QStringList{cluster});

        // Nine characters fit before the ellipsis of a 10-character limit: the ninth is the cluster,
        // kept whole (and counted once, however many UTF-16 units it has).
        const QString before = QStringLiteral("abcdefgh");
        const QString text = before + cluster + QStringLiteral(" and more");
        const QString kept = Graphemes::elide(text, 10);
        QCOMPARE(kept, before + cluster + QChar(0x2026));
        QVERIFY(brokenCharacter(kept, cluster).isEmpty());
        QCOMPARE(Graphemes::count(kept), 10);
        QCOMPARE(Graphemes::left(text, 9), before + cluster);
        QCOMPARE(Graphemes::prefixLength(text, 9), before.size() + cluster.size());

        // One character earlier, the cluster is the tenth: it goes whole, never in part.
        const QString later = QStringLiteral("abcdefghi") + cluster + QStringLiteral(" and more");
        QCOMPARE(Graphemes::elide(later, 10), QStringLiteral("abcdefghi") + QChar(0x2026));
        QCOMPARE(Graphemes::left(later, 9), QStringLiteral("abcdefghi"));

        // Exactly ten characters fit as they are.
        const QString exact = QStringLiteral("abcdefghi") + cluster;
        QCOMPARE(Graphemes::elide(exact, 10), exact);
        QCOMPARE(Graphemes::count(exact), 10);
    }

    void regionalIndicatorsPairUpFromTheStart()
    {
        const QString de = QStringLiteral("\U0001F1E9\U0001F1EA");
        const QString fr = QStringLiteral("\U0001F1EB\U0001F1F7");
        const QString lone = QStringLiteral("\U0001F1FA");
        const QString text = QStringLiteral("a") + de + fr + lone + QStringLiteral("b");
        QCOMPARE(clusters(text), (QStringList{QStringLiteral("a"), de, fr, lone, QStringLiteral("b")}));
        QCOMPARE(Graphemes::elide(text, 3), QStringLiteral("a") + de + QChar(0x2026));
        QCOMPARE(Graphemes::left(text, 3), QStringLiteral("a") + de + fr);
    }

    void zwjOnlyJoinsPictographs()
    {
        // A ZWJ after a letter ends the letter's cluster; the emoji after it stands alone.
        const QString text = QStringLiteral("a\u200D\U0001F468x");
        QCOMPARE(clusters(text),
                 (QStringList{QStringLiteral("a\u200D"), QStringLiteral("\U0001F468"), QStringLiteral("x")}));
    }

    void elideTrimsBeforeTheEllipsisAndHandlesSmallLimits()
    {
        QCOMPARE(Graphemes::elide(u"abc   def", 5), QStringLiteral("abc") + QChar(0x2026));
        QCOMPARE(Graphemes::elide(u"abcdef", 1), QString(QChar(0x2026)));
        QCOMPARE(Graphemes::elide(u"abcdef", 0), QString());
        QCOMPARE(Graphemes::elide(u"", 5), QString());
        QCOMPARE(Graphemes::left(u"abc", 0), QString());
        QCOMPARE(Graphemes::left(u"abc", 10), QStringLiteral("abc"));
        QCOMPARE(Graphemes::prefixLength(u"abc", 10), 3);
    }

    void aLimitCountsWhatTheUserSees()
    {
        // 120 emoji are 240 UTF-16 units but 120 characters: a 120-character limit keeps them all.
        QString emoji;
        for (int i = 0; i < 120; ++i)
            emoji += QStringLiteral("\U0001F600");
        QCOMPARE(emoji.size(), 240);
        QCOMPARE(Graphemes::count(emoji), 120);
        QCOMPARE(Graphemes::elide(emoji, 120), emoji);
        const QString more = emoji + QStringLiteral("\U0001F600");
        QCOMPARE(Graphemes::elide(more, 120), emoji.left(238) + QChar(0x2026));
    }

    void piledUpCombiningMarksAreBounded_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::newRow("BMP mark") << QStringLiteral("\u0301");
        QTest::newRow("mark outside the BMP") << QStringLiteral("\U0001D167");
    }

    void piledUpCombiningMarksAreBounded()
    {
        // "Zalgo" text: one base letter with 500 marks is one cluster by the rules, but a limit must
        // still bound the length. Long clusters are cut between code points, never inside one.
        QFETCH(QString, mark);
        const QString zalgo = QStringLiteral("e") + mark.repeated(500) + QStringLiteral("x");
        const QStringList parts = clusters(zalgo);
        QCOMPARE(parts.join(QString()), zalgo);
        QVERIFY(parts.size() > 2);
        for (const QString& part : parts) {
            QVERIFY(part.size() <= Graphemes::MaxClusterLength);
            QVERIFY(wellFormed(part));
        }
        const QString kept = Graphemes::elide(zalgo, 3);
        QVERIFY(kept.size() <= 2 * Graphemes::MaxClusterLength + 1);
        QVERIFY(wellFormed(kept));
        QVERIFY(kept.startsWith(QStringLiteral("e") + mark));
    }

    void longTextIsWalkedInWindowsWithoutSplittingClusters_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("ZWJ family") << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        QTest::newRow("flag") << QStringLiteral("\U0001F1E9\U0001F1EA");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600");
        QTest::newRow("skin tone") << QStringLiteral("\U0001F44D\U0001F3FD");
    }

    void longTextIsWalkedInWindowsWithoutSplittingClusters()
    {
        // Offsets 1 and 3 put the analysis windows' edges inside clusters.
        QFETCH(QString, unit);
        for (const QString& lead : {QStringLiteral("a"), QStringLiteral("abc")}) {
            const QString text = lead + unit.repeated(3000);
            QCOMPARE(Graphemes::count(text), lead.size() + 3000);
            const QStringList parts = clusters(text);
            for (qsizetype i = lead.size(); i < parts.size(); ++i)
                QCOMPARE(parts.at(i), unit);
            const QString kept = Graphemes::elide(text, 2000);
            QCOMPARE(kept, lead + unit.repeated(1999 - lead.size()) + QChar(0x2026));
        }
    }

    void scriptsNewerThanQtsDataAreCutBetweenCodePoints()
    {
        // Qt 6.4.2's Unicode data is version 14: it does not know Kawi (Unicode 15), so a Kawi letter and its
        // vowel sign count as two characters (the one thing its boundaries get wrong in our tests). Even
        // then a cut is only ever between code points: nothing turns into "?".
        const QString kawi = QStringLiteral("\U00011F04\U00011F00");
        const QStringList parts = clusters(kawi + QStringLiteral("x"));
        QCOMPARE(parts.join(QString()), kawi + QStringLiteral("x"));
        QVERIFY(parts.size() <= 3);
        for (const QString& part : parts)
            QVERIFY(wellFormed(part));
        QVERIFY(wellFormed(Graphemes::elide(QString(kawi + QStringLiteral("x")), 2)));
    }

    void loneSurrogatesInTheInputStayApart()
    {
        // Broken input (a JSON "\ud83d" escape) is not made worse: a lone surrogate is a cluster of its own.
        const QString text = QStringLiteral("ab") + QChar(0xD83D) + QStringLiteral("cd");
        QCOMPARE(Graphemes::count(text), 5);
        QCOMPARE(Graphemes::left(text, 2), QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestGraphemes)
#include "TestGraphemes.moc"
