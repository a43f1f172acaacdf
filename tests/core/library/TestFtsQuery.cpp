#include "LibraryTestUtil.h"

#include "library/FtsQuery.h"
#include "library/LibraryDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;

/// FtsQuery turns any user text into a valid MATCH expression, and the library finds what the
/// user meant with it.
class TestFtsQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_db;

    QStringList find(const QString& text)
    {
        SearchQuery q;
        q.text = text;
        q.limit = 100;
        const auto result = m_db.search(q);
        if (!result) {
            qWarning() << "search failed for" << text << result.error().message;
            return {QStringLiteral("<error>")};
        }
        QStringList ids = externalIds(result->items);
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("fts.sqlite"))).hasValue());
        const QList<ContentItem> items{
            makeItem(QStringLiteral("rock"), QStringLiteral("Rock'n'Roll history"),
                     QStringLiteral("Elvis and more")),
            makeItem(QStringLiteral("cafe"), QStringLiteral("Cafe tour of Paris"),
                     QStringLiteral("Coffee and croissants")),
            makeItem(QStringLiteral("creme"), QStringLiteral("Crème brûlée at home"),
                     QStringLiteral("Dessert")),
            makeItem(QStringLiteral("cpp"), QStringLiteral("C++ coroutines explained"),
                     QStringLiteral("co_await")),
            makeItem(QStringLiteral("party"), QStringLiteral("Best party ever 🎉"),
                     QStringLiteral("Confetti")),
            makeItem(QStringLiteral("quote"), QStringLiteral("The \"unterminated\" string talk"),
                     QStringLiteral("")),
            makeItem(QStringLiteral("near"), QStringLiteral("Near the sea"),
                     QStringLiteral("A AND B tutorial")),
            makeItem(QStringLiteral("foo"), QStringLiteral("foo fighters live"), QStringLiteral("-foo flag")),
            makeItem(QStringLiteral("japan"), QStringLiteral("東京 ramen guide"), QStringLiteral("Tokyo")),
        };
        QCOMPARE(*m_db.upsert(items), int(items.size()));
    }

    void words()
    {
        QCOMPARE(FtsQuery::words(QStringLiteral("  hello   world ")),
                 QStringList({QStringLiteral("hello"), QStringLiteral("world")}));
        QCOMPARE(FtsQuery::words(QStringLiteral("( ) - * \" ^ :")), QStringList());
        QCOMPARE(FtsQuery::words(QStringLiteral("a\tb\nc\u00A0d")),
                 QStringList(
                     {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(FtsQuery::words(QStringLiteral("🎉")), QStringList({QStringLiteral("🎉")}));
        QString many;
        for (int i = 0; i < 100; ++i)
            many += QStringLiteral("w%1 ").arg(i);
        QCOMPARE(FtsQuery::words(many).size(), FtsQuery::MaxWords);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << QStringLiteral("((( - *") << QString();
        QTest::newRow("one word is a prefix") << QStringLiteral("rock") << QStringLiteral("\"rock\"*");
        QTest::newRow("last word is a prefix")
            << QStringLiteral("rock roll") << QStringLiteral("\"rock\" \"roll\"*");
        QTest::newRow("quotes doubled")
            << QStringLiteral("say \"hi") << QStringLiteral("\"say\" \"\"\"hi\"*");
        QTest::newRow("operators are words") << QStringLiteral("a AND b OR NOT c")
                                             << QStringLiteral("\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\"*");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << QStringLiteral("\"NEAR(\"*");
        QTest::newRow("column filter is text")
            << QStringLiteral("title:foo") << QStringLiteral("\"title:foo\"*");
    }

    void matchExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::matchExpression(text), expected);
    }

    /// Every awkward input must give the results a user expects, never an error.
    void searchesFindTheRightItems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto ids = [](std::initializer_list<const char*> list) {
            QStringList l;
            for (const char* s : list)
                l.append(QLatin1String(s));
            l.sort();
            return l;
        };
        QTest::newRow("apostrophes") << QStringLiteral("rock'n'roll") << ids({"rock"});
        QTest::newRow("apostrophes, partial") << QStringLiteral("rock'n'r") << ids({"rock"});
        QTest::newRow("unterminated quote") << QStringLiteral("\"unterminated") << ids({"quote"});
        QTest::newRow("trailing AND") << QStringLiteral("a AND") << ids({"near"});
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << ids({"near"});
        QTest::newRow("C++") << QStringLiteral("C++ coroutines") << ids({"cpp"});
        QTest::newRow("leading minus is not NOT") << QStringLiteral("-foo") << ids({"foo"});
        QTest::newRow("star") << QStringLiteral("*foo*") << ids({"foo"});
        QTest::newRow("parentheses") << QStringLiteral("(foo) (fighters") << ids({"foo"});
        QTest::newRow("accent in query finds plain") << QStringLiteral("café") << ids({"cafe"});
        QTest::newRow("plain query finds accent") << QStringLiteral("creme brulee") << ids({"creme"});
        QTest::newRow("emoji") << QStringLiteral("🎉") << ids({"party"});
        QTest::newRow("emoji after word") << QStringLiteral("party 🎉") << ids({"party"});
        QTest::newRow("CJK") << QStringLiteral("東京") << ids({"japan"});
        QTest::newRow("caret and colon") << QStringLiteral("^sea: near") << ids({"near"});
        QTest::newRow("case insensitive") << QStringLiteral("PARIS") << ids({"cafe"});
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringList();
        QTest::newRow("lone quote browses all") << QStringLiteral("\"") << QStringList(); // checked below
    }

    void searchesFindTheRightItems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        if (FtsQuery::words(text).isEmpty()) {
            // Nothing searchable: the library is browsed like an empty search.
            QCOMPARE(find(text).size(), 9);
            return;
        }
        QCOMPARE(find(text), expected);
    }

    void nulAndControlCharacters()
    {
        QString text = QStringLiteral("foo");
        text.append(QChar(0));
        text.append(QStringLiteral("\x01 fighters"));
        QCOMPARE(find(text), QStringList{QStringLiteral("foo")});
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "TestFtsQuery.moc"
