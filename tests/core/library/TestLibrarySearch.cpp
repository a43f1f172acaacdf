#include "LibraryTestUtil.h"

#include "library/LibraryDatabase.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sv;
using namespace sv::test;

/// Ranking, prefix matching, filters, sorts and paging of LibraryDatabase::search.
class TestLibrarySearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_db;
    QList<ContentItem> m_items;

    SearchResult run(SearchQuery q)
    {
        const auto r = m_db.search(q);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return *r;
    }

    static QDateTime day(int d) { return QDateTime(QDate(2024, 3, d), QTime(10, 0), Qt::UTC); }

    /// 40 items whose every sort key has long runs of ties (few distinct values: the id decides their
    /// order), some without a publish time, all mentioning "guitar", on the three platforms.
    static QList<ContentItem> tieItems()
    {
        QList<ContentItem> items;
        for (int i = 0; i < 40; ++i) {
            ContentItem item = makeItem(QStringLiteral("tie%1").arg(i), QStringLiteral("Tie %1").arg(i),
                                        QStringLiteral("guitar take %1").arg(i), allPlatforms().at(i % 3));
            item.publishedAt = i % 7 == 0 ? QDateTime() : day(1 + i % 3);
            item.views = (i % 4) * 10;
            item.likes = i % 2;
            item.comments = i % 5 == 0 ? 3 : 0;
            items.append(item);
        }
        return items;
    }

    /// keysetPaging_data()'s search of tieItems(), every match in one page.
    static SearchQuery tieQuery(const QString& text, int sort, bool filtered)
    {
        SearchQuery q;
        q.text = text;
        q.sort = SearchSort(sort);
        if (filtered)
            q.platforms = {Platform::YouTube};
        q.limit = 1000;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("search.sqlite"))).hasValue());
        // 30 items: platform, kind, account, day, views vary; every item mentions "guitar" somewhere.
        for (int i = 1; i <= 30; ++i) {
            const Platform p = allPlatforms().at(i % 3);
            ContentItem item = makeItem(QStringLiteral("item%1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("Lesson %1").arg(i),
                                        QStringLiteral("We practise guitar chords, part %1").arg(i), p,
                                        i % 2 ? QStringLiteral("alice") : QStringLiteral("bob"));
            item.kind = i % 5 == 0 ? QStringLiteral("short") : QStringLiteral("video");
            item.publishedAt = day(i);
            item.views = (i * 37) % 101; // distinct for 1..30
            m_items.append(item);
        }
        // Ranking fixtures: a title hit and description-only hits of a rarer word.
        ContentItem titleHit = makeItem(QStringLiteral("title-hit"), QStringLiteral("Ukulele basics"),
                                        QStringLiteral("Short intro"));
        ContentItem descHit =
            makeItem(QStringLiteral("desc-hit"), QStringLiteral("Beach day"),
                     QStringLiteral("We played the ukulele by the sea all day long with friends"));
        ContentItem descHit2 = makeItem(QStringLiteral("desc-hit-2"), QStringLiteral("Camping"),
                                        QStringLiteral("ukulele ukulele ukulele around the fire"));
        titleHit.publishedAt = descHit.publishedAt = descHit2.publishedAt = QDateTime();
        m_items += {descHit, descHit2, titleHit};
        QCOMPARE(*m_db.upsert(m_items), int(m_items.size()));
    }

    void titleHitOutranksDescriptionHit()
    {
        SearchQuery q;
        q.text = QStringLiteral("ukulele");
        const SearchResult r = run(q);
        QCOMPARE(r.total, 3);
        QCOMPARE(r.items.size(), 3);
        QCOMPARE(r.items.at(0).externalId, QStringLiteral("title-hit"));
    }

    void lastWordIsAPrefix()
    {
        SearchQuery q;
        q.text = QStringLiteral("ukul");
        QCOMPARE(run(q).total, 3);
        q.text = QStringLiteral("guit");
        QCOMPARE(run(q).total, 30);
        q.text = QStringLiteral("guit chords"); // only the last word is a prefix
        QCOMPARE(run(q).total, 0);
        q.text = QStringLiteral("guitar chor");
        QCOMPARE(run(q).total, 30);
    }

    void wordsAreAnded()
    {
        SearchQuery q;
        q.text = QStringLiteral("lesson 7");
        const SearchResult r = run(q);
        QCOMPARE(externalIds(r.items), QStringList{QStringLiteral("item07")});
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sort");
        QTest::newRow("browse") << QString() << int(SearchSort::Newest);
        QTest::newRow("text, relevance") << QStringLiteral("guitar") << int(SearchSort::Relevance);
        QTest::newRow("text, newest") << QStringLiteral("guitar") << int(SearchSort::Newest);
        QTest::newRow("text, most viewed") << QStringLiteral("guitar") << int(SearchSort::MostViewed);
    }

    /// Each filter alone and all together return exactly the items that satisfy them.
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, sort);
        const auto expect = [&](const std::function<bool(const ContentItem&)>& pred, SearchQuery q) {
            q.text = text;
            q.sort = SearchSort(sort);
            q.limit = 1000;
            QStringList expected;
            for (const ContentItem& item : m_items) {
                const bool textOk = text.isEmpty() || item.description.contains(text);
                if (textOk && pred(item))
                    expected.append(item.externalId);
            }
            expected.sort();
            const SearchResult r = run(q);
            QStringList got = externalIds(r.items);
            got.sort();
            QCOMPARE(got, expected);
            QCOMPARE(r.total, expected.size());
        };
        SearchQuery q;
        q.platforms = {Platform::TikTok};
        expect([](const ContentItem& i) { return i.platform == Platform::TikTok; }, q);
        q = {};
        q.platforms = {Platform::TikTok, Platform::YouTube};
        expect([](const ContentItem& i) { return i.platform != Platform::Instagram; }, q);
        q = {};
        q.kinds = {QStringLiteral("short")};
        expect([](const ContentItem& i) { return i.kind == QLatin1String("short"); }, q);
        q = {};
        q.account = QStringLiteral("bob");
        expect([](const ContentItem& i) { return i.account == QLatin1String("bob"); }, q);
        q = {};
        q.publishedFrom = day(10);
        q.publishedTo = day(20); // inclusive
        expect(
            [](const ContentItem& i) {
                return i.publishedAt.isValid() && i.publishedAt >= day(10) && i.publishedAt <= day(20);
            },
            q);
        q = {};
        q.publishedFrom = day(25);
        expect([](const ContentItem& i) { return i.publishedAt.isValid() && i.publishedAt >= day(25); }, q);
        q = {};
        q.platforms = {Platform::YouTube};
        q.account = QStringLiteral("alice");
        q.kinds = {QStringLiteral("video")};
        q.publishedTo = day(15);
        expect(
            [](const ContentItem& i) {
                return i.platform == Platform::YouTube && i.account == QLatin1String("alice") &&
                       i.kind == QLatin1String("video") && i.publishedAt.isValid() &&
                       i.publishedAt <= day(15);
            },
            q);
    }

    void filtersKeepRelevanceOrder()
    {
        // A filter applied with a ranked search still returns the best matches first, and all of them.
        SearchQuery q;
        q.text = QStringLiteral("ukulele");
        q.account = QStringLiteral("acc");
        q.limit = 1;
        const SearchResult r = run(q);
        QCOMPARE(r.total, 3);
        QCOMPARE(externalIds(r.items), QStringList{QStringLiteral("title-hit")});
        q.offset = 1;
        q.limit = 10;
        QCOMPARE(run(q).items.size(), 2);
    }

    void sortNewest()
    {
        SearchQuery q;
        q.text = QStringLiteral("guitar");
        q.sort = SearchSort::Newest;
        q.limit = 5;
        QCOMPARE(externalIds(run(q).items),
                 QStringList({QStringLiteral("item30"), QStringLiteral("item29"), QStringLiteral("item28"),
                              QStringLiteral("item27"), QStringLiteral("item26")}));
        q.text.clear(); // browsing: undated items come last
        q.limit = 100;
        const SearchResult all = run(q);
        QCOMPARE(all.total, m_items.size());
        QCOMPARE(all.items.first().externalId, QStringLiteral("item30"));
        QVERIFY(!all.items.last().publishedAt.isValid());
    }

    void sortMostViewed()
    {
        for (const QString& text : {QStringLiteral("guitar"), QString()}) {
            SearchQuery q;
            q.text = text;
            q.sort = SearchSort::MostViewed;
            q.limit = 100;
            const SearchResult r = run(q);
            QVERIFY(r.items.size() >= 30);
            for (qsizetype i = 1; i < r.items.size(); ++i)
                QVERIFY(r.items.at(i - 1).views >= r.items.at(i).views);
        }
    }

    void relevanceWithoutTextIsNewest()
    {
        SearchQuery q;
        q.sort = SearchSort::Relevance;
        q.limit = 1;
        QCOMPARE(externalIds(run(q).items), QStringList{QStringLiteral("item30")});
    }

    void paging_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("pageSize");
        for (int size : {1, 7, 10}) {
            for (int sort :
                 {int(SearchSort::Relevance), int(SearchSort::Newest), int(SearchSort::MostViewed)}) {
                QTest::addRow("guitar/%d/%d", sort, size) << QStringLiteral("guitar") << sort << size;
                QTest::addRow("browse/%d/%d", sort, size) << QString() << sort << size;
            }
        }
    }

    /// Walking the pages returns every match exactly once, in the same order as one big page.
    void paging()
    {
        QFETCH(QString, text);
        QFETCH(int, sort);
        QFETCH(int, pageSize);
        SearchQuery q;
        q.text = text;
        q.sort = SearchSort(sort);
        q.limit = 1000;
        const SearchResult whole = run(q);
        QVERIFY(whole.total >= 30);
        QStringList walked;
        q.limit = pageSize;
        for (q.offset = 0; q.offset < whole.total + pageSize; q.offset += pageSize) {
            const SearchResult page = run(q);
            QCOMPARE(page.total, whole.total);
            QVERIFY(page.items.size() <= pageSize);
            walked += externalIds(page.items);
        }
        QCOMPARE(walked, externalIds(whole.items));
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
    }

    void keysetPaging_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("filtered");
        for (int sort = int(SearchSort::Relevance); sort <= int(SearchSort::ViewsGained); ++sort) {
            for (const QString& text : {QString(), QStringLiteral("guitar")}) {
                for (bool filtered : {false, true})
                    QTest::addRow("%s/%d/%s", text.isEmpty() ? "browse" : "words", sort,
                                  filtered ? "youtube" : "all")
                        << text << sort << filtered;
            }
        }
    }

    /// Each page asked after the previous page's last row (the model's keyset paging) holds exactly the rows
    /// the same page by offset holds, for every sort, with ties in every sort key and items without a
    /// publish time; sorts without a keyset page by offset. Later pages give the first page's total.
    void keysetPaging()
    {
        QFETCH(QString, text);
        QFETCH(int, sort);
        QFETCH(bool, filtered);
        QTemporaryDir dir;
        LibraryDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("ties.sqlite"))).hasValue());
        const QList<ContentItem> items = tieItems();
        QCOMPARE(*db.upsert(items), int(items.size()));
        SearchQuery q = tieQuery(text, sort, filtered);
        const auto whole = db.search(q);
        QVERIFY(whole.hasValue());
        QVERIFY(whole->total >= 13);
        const bool keyed = text.isEmpty() || q.sort != SearchSort::Relevance;
        const bool columnSort = q.sort != SearchSort::Engagement && q.sort != SearchSort::ViewsGained;
        for (int pageSize : {1, 3, 7}) {
            q.limit = pageSize;
            q.offset = 0;
            q.after = {};
            q.knownTotal = -1;
            QStringList walked;
            for (int pages = 0; pages < 100; ++pages) {
                const auto byCursor = db.search(q);
                SearchQuery byOffset = q;
                byOffset.after = {};
                byOffset.knownTotal = -1;
                const auto expected = db.search(byOffset);
                QVERIFY(byCursor.hasValue() && expected.hasValue());
                QCOMPARE(externalIds(byCursor->items), externalIds(expected->items));
                QCOMPARE(byCursor->total, whole->total);
                QCOMPARE(byCursor->next.valid, keyed && columnSort && !byCursor->items.isEmpty());
                if (byCursor->items.isEmpty())
                    break;
                walked += externalIds(byCursor->items);
                q.offset += pageSize;
                q.after = byCursor->next;
                q.knownTotal = byCursor->total;
            }
            QCOMPARE(walked, externalIds(whole->items));
        }
    }

    void positionOf_data() { keysetPaging_data(); }

    /// An item's position is its row in the results, for every sort, with ties in every sort key and items
    /// without a publish time, with words and filters; an item that does not match has none.
    void positionOf()
    {
        QFETCH(QString, text);
        QFETCH(int, sort);
        QFETCH(bool, filtered);
        QTemporaryDir dir;
        LibraryDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("positions.sqlite"))).hasValue());
        QList<ContentItem> items = tieItems();
        // Matches neither the words nor the platform filter.
        ContentItem other = makeItem(QStringLiteral("other"), QStringLiteral("Piano"),
                                     QStringLiteral("scales"), Platform::TikTok);
        other.publishedAt = day(2);
        items.append(other);
        QCOMPARE(*db.upsert(items), int(items.size()));
        SearchQuery q = tieQuery(text, sort, filtered);
        const auto whole = db.search(q);
        QVERIFY(whole.hasValue());
        QVERIFY(whole->total >= 13);
        // The page asked for does not matter.
        q.limit = 7;
        q.offset = 21;
        for (qsizetype row = 0; row < whole->items.size(); ++row) {
            const auto position = db.positionOf(q, whole->items.at(row).id);
            QVERIFY2(position.hasValue(), qPrintable(position ? QString() : position.error().message));
            QCOMPARE(*position, qint64(row));
        }
        SearchQuery all;
        all.limit = 1000;
        const auto everything = db.search(all);
        QVERIFY(everything.hasValue());
        qint64 unknownId = 1;
        int outside = 0;
        for (const ContentItem& item : everything->items) {
            unknownId = std::max(unknownId, item.id + 1);
            if (std::none_of(whole->items.begin(), whole->items.end(),
                             [&item](const ContentItem& match) { return match.id == item.id; })) {
                ++outside;
                QCOMPARE(*db.positionOf(q, item.id), qint64(-1));
            }
        }
        QCOMPARE(outside > 0, !text.isEmpty() || filtered);
        QCOMPARE(*db.positionOf(q, unknownId), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "TestLibrarySearch.moc"
