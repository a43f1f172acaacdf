#include "LibraryTestUtil.h"

#include "library/FtsQuery.h"
#include "library/FtsRank.h"
#include "library/LibraryDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace sv;
using namespace sv::test;

/// Relevance search ranks with FtsRank's sv_bm25: the same order as FTS5's bm25(content_fts, 10.0, 1.0)
/// (ties by row id), whether the row lengths come from its in-memory copy or from the table, and after
/// writes by this connection, by another connection, and inside an open transaction.
class TestFtsRank : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_db;
    QString m_path;

    /// Row ids of every match in bm25's order, through the library's own connection.
    QList<qint64> bm25Order(const QString& text)
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT rowid FROM content_fts WHERE content_fts MATCH ? "
                                      "ORDER BY bm25(content_fts, 10.0, 1.0), rowid"))) {
            qWarning() << q.lastError().text();
            return {};
        }
        q.addBindValue(FtsQuery::matchExpression(text));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return {};
        }
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

    /// Row ids of search() in pages of `pageSize`, and the totals reported with each page.
    QList<qint64> searchOrder(const QString& text, int pageSize, QList<qint64>* totals = nullptr)
    {
        QList<qint64> ids;
        SearchQuery q;
        q.text = text;
        q.limit = pageSize;
        for (q.offset = 0;; q.offset += pageSize) {
            const auto r = m_db.search(q);
            if (!r) {
                qWarning() << r.error().message;
                return {};
            }
            if (totals)
                totals->append(r->total);
            for (const ContentItem& item : r->items)
                ids.append(item.id);
            if (r->items.size() < pageSize)
                break;
        }
        return ids;
    }

    bool sameAsBm25(const QString& text)
    {
        const QList<qint64> expected = bm25Order(text);
        QList<qint64> totals;
        const QList<qint64> whole = searchOrder(text, 10000, &totals);
        if (whole != expected) {
            qWarning() << text << "search:" << whole.mid(0, 20) << "bm25:" << expected.mid(0, 20);
            return false;
        }
        if (totals != QList<qint64>{expected.size()}) {
            qWarning() << text << "totals" << totals << "expected" << expected.size();
            return false;
        }
        totals.clear();
        if (searchOrder(text, 7, &totals) != expected) {
            qWarning() << text << "paged order differs";
            return false;
        }
        for (const qint64 t : totals) {
            if (t != expected.size()) {
                qWarning() << text << "paged totals" << totals << "expected" << expected.size();
                return false;
            }
        }
        return true;
    }

    static QStringList queries()
    {
        return {
            QStringLiteral("common"),      QStringLiteral("com"),         QStringLiteral("day"),
            QStringLiteral("days"),        QStringLiteral("da"),          QStringLiteral("alpha"),
            QStringLiteral("alpha be"),    QStringLiteral("day common"),  QStringLiteral("beta gam"),
            QStringLiteral("gamma day d"), QStringLiteral("rock'n'roll"), QStringLiteral("nothingmatches")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("rank.sqlite"));
        QVERIFY(m_db.open(m_path).hasValue());
        // 400 items of a small vocabulary: many matches per word, repeated words in titles and
        // descriptions of varied lengths, and many exact ties (broken by row id).
        const QStringList vocab = {
            QStringLiteral("common"),      QStringLiteral("common"),   QStringLiteral("day"),
            QStringLiteral("days"),        QStringLiteral("daylight"), QStringLiteral("alpha"),
            QStringLiteral("beta"),        QStringLiteral("gamma"),    QStringLiteral("delta"),
            QStringLiteral("rock'n'roll"), QStringLiteral("Café"),     QStringLiteral("🎉")};
        std::mt19937 rng(42);
        const auto words = [&](int min, int max) {
            QStringList w;
            const int n = std::uniform_int_distribution<int>(min, max)(rng);
            for (int i = 0; i < n; ++i)
                w.append(vocab.at(int(rng() % vocab.size())));
            return w.join(QLatin1Char(' '));
        };
        QList<ContentItem> items;
        for (int i = 0; i < 400; ++i)
            items.append(makeItem(QStringLiteral("r%1").arg(i), words(1, 6), words(0, 25)));
        QCOMPARE(*m_db.upsert(items), 400);
    }

    void matchesBm25_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString& q : queries())
            QTest::newRow(qPrintable(q)) << q;
    }

    void matchesBm25()
    {
        QFETCH(QString, text);
        QVERIFY(sameAsBm25(text));
    }

    /// The lengths are loaded once per version of the file, and reloaded after any commit.
    void lengthsFollowWrites()
    {
        const QString text = QStringLiteral("common");
        QVERIFY(sameAsBm25(text));
        const quint64 loads = FtsRank::lengthLoads();
        QVERIFY(loads > 0);
        QVERIFY(sameAsBm25(text));
        QCOMPARE(FtsRank::lengthLoads(), loads); // nothing changed: the copy is reused

        // A write by this connection that changes lengths but not the number of rows.
        ContentItem longer = makeItem(QStringLiteral("r3"), QStringLiteral("common common"),
                                      QStringLiteral("day day day day day day day day day day day"));
        ContentItem shorter = makeItem(QStringLiteral("r4"), QStringLiteral("common"), QString());
        QCOMPARE(*m_db.upsert({longer, shorter}), 2);
        QVERIFY(sameAsBm25(text));
        QCOMPARE(FtsRank::lengthLoads(), loads + 1);
        for (const QString& q : queries())
            QVERIFY2(sameAsBm25(q), qPrintable(q));

        // The same by another connection.
        QString error;
        QVERIFY2(execSqlite(m_path,
                            "UPDATE content SET description = 'common ' || description || ' gamma gamma' "
                            "WHERE id % 3 = 0",
                            &error),
                 qPrintable(error));
        QVERIFY(sameAsBm25(text));
        QCOMPARE(FtsRank::lengthLoads(), loads + 2);
        for (const QString& q : queries())
            QVERIFY2(sameAsBm25(q), qPrintable(q));

        // Rows come and go.
        QCOMPARE(*m_db.upsert({makeItem(QStringLiteral("new"), QStringLiteral("common"), QString())}), 1);
        QVERIFY2(execSqlite(m_path, "DELETE FROM content WHERE id % 17 = 0", &error), qPrintable(error));
        QVERIFY(sameAsBm25(text));
        QCOMPARE(FtsRank::lengthLoads(), loads + 3);
        for (const QString& q : queries())
            QVERIFY2(sameAsBm25(q), qPrintable(q));
    }

    /// Inside a transaction the connection sees its own uncommitted rows: lengths come from the table.
    void insideTransaction()
    {
        QVERIFY(sameAsBm25(QStringLiteral("common"))); // the copy is current
        const quint64 loads = FtsRank::lengthLoads();
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("UPDATE content SET title = title || ' common', description = "
                                      "'' WHERE id % 2 = 0")));
        for (const QString& text : queries())
            QVERIFY2(sameAsBm25(text), qPrintable(text));
        QCOMPARE(FtsRank::lengthLoads(), loads); // neither used nor loaded in the transaction
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        for (const QString& text : queries())
            QVERIFY2(sameAsBm25(text), qPrintable(text));
    }

    /// Filtered searches rank with the same function (IDF over the whole table, as bm25).
    void filteredSearchKeepsBm25Order()
    {
        SearchQuery q;
        q.text = QStringLiteral("common");
        q.account = QStringLiteral("acc");
        q.limit = 10000;
        const auto r = m_db.search(q);
        QVERIFY(r);
        QList<qint64> ids;
        for (const ContentItem& item : r->items)
            ids.append(item.id);
        QCOMPARE(ids, bm25Order(q.text));
        QCOMPARE(r->total, ids.size());
    }
};

QTEST_GUILESS_MAIN(TestFtsRank)
#include "TestFtsRank.moc"
