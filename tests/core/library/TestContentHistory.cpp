#include "LibraryTestUtil.h"
#include "TestSupport.h"

#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;

/// Performance over time in the library file: what a write of content records in content_history, the
/// follower counts, and the period's figures.
class TestContentHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    void openFresh(LibraryDatabase& db)
    {
        const auto opened = db.open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_files)));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    }

    static qint64 scalar(LibraryDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static qint64 idOf(LibraryDatabase& db, const QString& externalId)
    {
        return scalar(db, QStringLiteral("SELECT id FROM content WHERE external_id = '%1'").arg(externalId));
    }

    /// The external ids `query` finds, in order, comma-separated (or the error's message).
    static QString foundIds(LibraryDatabase& db, const SearchQuery& query)
    {
        const auto result = db.search(query);
        if (!result)
            return result.error().message;
        QStringList ids;
        for (const ContentItem& item : result->items)
            ids.append(item.externalId);
        return ids.join(QLatin1Char(','));
    }

    /// Moves every recorded point `days` days back, as if written then.
    static void age(LibraryDatabase& db, int days)
    {
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE content_history SET day = day - %1, recorded_at = recorded_at - %2")
                       .arg(days)
                       .arg(qint64(days) * 86400)));
    }

    /// The period's figures worked out item by item as period() did before it summed and ranked in SQL: each
    /// item's gain read by the app, the top movers the first of them in order, posting times by strftime.
    static PeriodStats referencePeriod(LibraryDatabase& db, int days, const QDate& to,
                                       std::optional<Platform> platform, int topCount)
    {
        PeriodStats stats;
        stats.to = to;
        stats.from = to.addDays(-qMax(1, days) + 1);
        const QString filter =
            platform ? QStringLiteral("c.platform = '%1'").arg(platformId(*platform)) : QStringLiteral("1");
        QSqlQuery q(db.connection());
        q.exec(
            QStringLiteral("SELECT id, gained, platform = 'instagram' FROM (SELECT c.id, c.platform, %1 AS "
                           "gained FROM content c WHERE %2) ORDER BY gained DESC, id")
                .arg(ContentHistory::viewsGainedSql(stats.from, stats.to), filter));
        while (q.next()) {
            if (q.value(1).isNull()) {
                stats.instagramWithoutViews += q.value(2).toInt();
                continue;
            }
            stats.viewsGained += q.value(1).toLongLong();
            stats.itemsWithViews += 1;
            if (stats.topMovers.size() < topCount && q.value(1).toLongLong() > 0)
                stats.topMovers.append({db.item(q.value(0).toLongLong()).value(), q.value(1).toLongLong()});
        }
        // Posting times: the items published in the period, each with its views gained in it.
        stats.postingDays = QList<PostingSlot>(7);
        stats.postingHours = QList<PostingSlot>(24);
        QList<double> daySum(7, 0.0), hourSum(24, 0.0);
        q.exec(QStringLiteral("SELECT CAST(strftime('%w', published_at, 'unixepoch') AS INTEGER), "
                              "CAST(strftime('%H', published_at, 'unixepoch') AS INTEGER), %1 FROM content c "
                              "WHERE published_at >= %2 AND published_at < %3 AND %4")
                   .arg(ContentHistory::viewsGainedSql(stats.from, stats.to))
                   .arg(stats.from.startOfDay(Qt::UTC).toSecsSinceEpoch())
                   .arg(stats.to.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch())
                   .arg(filter));
        while (q.next()) {
            const int weekday = (q.value(0).toInt() + 6) % 7;
            const int hour = std::clamp(q.value(1).toInt(), 0, 23);
            const bool known = !q.value(2).isNull();
            for (auto [slot, sum] : {std::pair(&stats.postingDays[weekday], &daySum[weekday]),
                                     std::pair(&stats.postingHours[hour], &hourSum[hour])}) {
                slot->posts += 1;
                slot->postsWithViews += known ? 1 : 0;
                *sum += q.value(2).toDouble();
            }
            stats.postsWithViews += known ? 1 : 0;
        }
        for (int i = 0; i < 7; ++i) {
            if (stats.postingDays[i].postsWithViews > 0)
                stats.postingDays[i].averageViews = daySum[i] / double(stats.postingDays[i].postsWithViews);
        }
        for (int i = 0; i < 24; ++i) {
            if (stats.postingHours[i].postsWithViews > 0)
                stats.postingHours[i].averageViews =
                    hourSum[i] / double(stats.postingHours[i].postsWithViews);
        }
        return stats;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstWriteRecordsTheCountersTheyHave()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem yt = makeItem(QStringLiteral("y1"), QStringLiteral("Video"));
        ContentItem ig = makeItem(QStringLiteral("i1"), QStringLiteral("Reel"), {}, Platform::Instagram);
        ig.views = 0; // Instagram's media fields have no view count
        ContentItem tt = makeItem(QStringLiteral("t1"), QStringLiteral("Clip"), {}, Platform::TikTok);
        tt.shares = 7;
        QVERIFY(db.upsert({yt, ig, tt}));

        const auto ytPoints = ContentHistory::forItem(db, idOf(db, QStringLiteral("y1")));
        QVERIFY(ytPoints);
        QCOMPARE(ytPoints->size(), 1);
        const HistoryPoint& y = ytPoints->first();
        QCOMPARE(y.day, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(y.views, std::optional<qint64>(100));
        QCOMPARE(y.likes, std::optional<qint64>(10));
        QCOMPARE(y.comments, std::optional<qint64>(1));
        QCOMPARE(y.shares, std::nullopt); // YouTube's Data API gives no shares
        QCOMPARE(y.source, QStringLiteral("sync"));

        const auto igPoints = ContentHistory::forItem(db, idOf(db, QStringLiteral("i1")));
        QVERIFY(igPoints);
        QCOMPARE(igPoints->size(), 1);
        QCOMPARE(igPoints->first().views, std::nullopt); // missing, not 0
        QCOMPARE(igPoints->first().likes, std::optional<qint64>(10));

        const auto ttPoints = ContentHistory::forItem(db, idOf(db, QStringLiteral("t1")));
        QVERIFY(ttPoints);
        QCOMPARE(ttPoints->first().shares, std::optional<qint64>(7));
        const auto tiktok = db.item(idOf(db, QStringLiteral("t1")));
        QVERIFY(tiktok);
        QCOMPARE(tiktok->shares, std::optional<qint64>(7));
    }

    void unchangedCountersWriteNothing()
    {
        LibraryDatabase db;
        openFresh(db);
        const ContentItem item = makeItem(QStringLiteral("y1"), QStringLiteral("Video"));
        QVERIFY(db.upsert({item}));
        age(db, 3);
        const auto before = ContentHistory::forItem(db, idOf(db, QStringLiteral("y1")));
        QVERIFY(before);
        const qint64 changesBefore = scalar(db, QStringLiteral("SELECT total_changes()"));
        QVERIFY(db.upsert({item}));
        QVERIFY(db.updateStatistics({item}));
        // Only the two content rows were written: no history row.
        QCOMPARE(scalar(db, QStringLiteral("SELECT total_changes()")) - changesBefore, 2);
        QCOMPARE(ContentHistory::forItem(db, idOf(db, QStringLiteral("y1"))).value(), before.value());
    }

    void oneRowPerItemAndDay()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem item = makeItem(QStringLiteral("y1"), QStringLiteral("Video"));
        QVERIFY(db.upsert({item}));
        age(db, 1);
        for (qint64 views : {150, 180, 210}) {
            item.views = views;
            QVERIFY(db.upsert({item}));
        }
        item.likes = 20;
        QVERIFY(db.updateStatistics({item}));
        const auto points = ContentHistory::forItem(db, idOf(db, QStringLiteral("y1")));
        QVERIFY(points);
        QCOMPARE(points->size(), 2); // yesterday's and today's, the day's row replaced
        QCOMPARE(points->at(0).views, std::optional<qint64>(100));
        QCOMPARE(points->at(1).views, std::optional<qint64>(210));
        QCOMPARE(points->at(1).likes, std::optional<qint64>(20));
        QCOMPARE(points->at(0).day.daysTo(points->at(1).day), 1);
    }

    void removedItemsTakeTheirHistory()
    {
        LibraryDatabase db;
        openFresh(db);
        QVERIFY(db.upsert({makeItem(QStringLiteral("y1"), QStringLiteral("Video"))}));
        QVERIFY(db.removeAccount(Platform::YouTube, QStringLiteral("acc")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM content_history")), 0);
    }

    /// Instagram's insights give the item its own views (list, details, sorts); a later write of the basic
    /// fields (a re-sync, with or without the insights scope) keeps them and never replaces the insights
    /// row's views with NULL or 0.
    void instagramInsightsViewsBecomeTheItemsAndSurviveAResync()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem reel = makeItem(QStringLiteral("reel"), QStringLiteral("Reel"), {}, Platform::Instagram);
        reel.views = 0;
        QVERIFY(db.upsert({reel}));
        const qint64 id = idOf(db, QStringLiteral("reel"));
        QVERIFY(!db.item(id)->viewsKnown);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        HistoryPoint insights;
        insights.day = now.date();
        insights.recordedAt = now;
        insights.views = 1234;
        insights.likes = 10;
        insights.comments = 1;
        insights.source = QStringLiteral("instagram_insights");
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::Instagram, reel.account, reel.externalId,
                                                       {insights}),
                 1);
        auto item = db.item(id);
        QVERIFY(item->viewsKnown);
        QCOMPARE(item->views, 1234);
        const QString todayRow = QStringLiteral("SELECT %1 FROM content_history WHERE content_id = ") +
                                 QString::number(id) + QStringLiteral(" AND day = ") +
                                 QString::number(ContentHistory::dayNumber(now.date()));
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("views"))), 1234);
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("source = 'instagram_insights'"))), 1);

        // The next sync's basic fields: no views, more likes. The views stay; the day's row keeps them.
        reel.likes = 25;
        QVERIFY(db.upsert({reel}));
        item = db.item(id);
        QVERIFY(item->viewsKnown);
        QCOMPARE(item->views, 1234);
        QCOMPARE(item->likes, 25);
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("views"))), 1234);
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("likes"))), 25);
        QVERIFY(db.updateStatistics({reel}));
        QCOMPARE(db.item(id)->views, 1234);
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("views"))), 1234);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM content_history WHERE views IS NULL AND "
                                           "content_id = %1")
                                .arg(id)),
                 0);

        // A later day's sync without insights records the known views, never NULL.
        age(db, 1);
        reel.likes = 30;
        QVERIFY(db.upsert({reel}));
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("views"))), 1234);
        QCOMPARE(scalar(db, todayRow.arg(QStringLiteral("source = 'sync'"))), 1);

        // The engagement sort now rates the reel: (30 + 1) / 1234.
        SearchQuery byEngagement;
        byEngagement.sort = SearchSort::Engagement;
        ContentItem video = makeItem(QStringLiteral("video"), QStringLiteral("Video"));
        video.views = 0;
        QVERIFY(db.upsert({video}));
        const auto sorted = db.search(byEngagement);
        QVERIFY(sorted);
        QCOMPARE(sorted->items.first().externalId, QStringLiteral("reel"));
    }

    /// An item whose history read failed for itself (recordHistoryAttempt) waits its turn: the items never
    /// read come first, then those read or tried longest ago; in newest-first order (a daily read) it is
    /// not given again the same day. Removing the item removes what was remembered.
    void aFailedHistoryReadWaitsItsTurn()
    {
        LibraryDatabase db;
        openFresh(db);
        QList<ContentItem> items;
        for (int i = 0; i < 4; ++i) {
            ContentItem item = makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Media %1").arg(i), {},
                                        Platform::Instagram);
            item.publishedAt = QDateTime(QDate(2024, 1, 10 - i), QTime(12, 0), Qt::UTC); // m0 newest
            items.append(item);
        }
        QVERIFY(db.upsert(items));
        const QString source = QStringLiteral("instagram_insights");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using Order = ContentHistory::BackfillOrder;
        const auto turn = [&](const QDateTime& before, int limit, Order order) {
            QStringList ids;
            const auto got = ContentHistory::itemsToBackfill(db, Platform::Instagram, QStringLiteral("acc"),
                                                             source, before, limit, order);
            if (got)
                for (const HistoryBackfill& b : *got)
                    ids.append(b.externalId);
            return ids;
        };
        QCOMPARE(turn(now, 4, Order::LeastRecentlyRead),
                 (QStringList{QStringLiteral("m0"), QStringLiteral("m1"), QStringLiteral("m2"),
                              QStringLiteral("m3")}));

        // m1 read an hour ago; m0's read failed just now.
        HistoryPoint read;
        read.day = now.date();
        read.recordedAt = now.addSecs(-3600);
        read.views = 50;
        read.source = source;
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::Instagram, QStringLiteral("acc"),
                                                       QStringLiteral("m1"), {read}),
                 1);
        QCOMPARE(*ContentHistory::recordHistoryAttempt(db, idOf(db, QStringLiteral("m0")), source,
                                                       now.addSecs(-60)),
                 true);
        // Never read first (newest first), then m1 (read an hour ago), then m0 (tried a minute ago).
        QCOMPARE(turn(now, 4, Order::LeastRecentlyRead),
                 (QStringList{QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m1"),
                              QStringLiteral("m0")}));
        QCOMPARE(turn(now, 2, Order::LeastRecentlyRead),
                 (QStringList{QStringLiteral("m2"), QStringLiteral("m3")}));
        // A daily read (newest first, those not read since the day began): m0 not again today.
        const QDateTime dayStart(now.date(), QTime(0, 0), Qt::UTC);
        if (now.addSecs(-3600) >= dayStart) {
            QCOMPARE(turn(dayStart, 4, Order::NewestFirst),
                     (QStringList{QStringLiteral("m2"), QStringLiteral("m3")}));
        }
        // A later success counts from its own time: m0 read now, after m1.
        read.recordedAt = now;
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::Instagram, QStringLiteral("acc"),
                                                       QStringLiteral("m0"), {read}),
                 1);
        QCOMPARE(turn(now.addSecs(1), 4, Order::LeastRecentlyRead),
                 (QStringList{QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m1"),
                              QStringLiteral("m0")}));
        // Tried again later (after its success): the latest of the two counts.
        QCOMPARE(*ContentHistory::recordHistoryAttempt(db, idOf(db, QStringLiteral("m1")), source,
                                                       now.addSecs(30)),
                 true);
        QCOMPARE(turn(now.addSecs(60), 4, Order::LeastRecentlyRead),
                 (QStringList{QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m0"),
                              QStringLiteral("m1")}));

        // An item no longer in the library: nothing remembered, and removing an item removes its attempts.
        QCOMPARE(*ContentHistory::recordHistoryAttempt(db, 999999, source, now), false);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM history_attempts")), 2);
        QSqlQuery remove(db.connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM content WHERE external_id IN ('m0', 'm1')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM history_attempts")), 0);
    }

    void followersRecordedOnChangeOnly()
    {
        LibraryDatabase db;
        openFresh(db);
        const QDateTime day1(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        const QString acc = QStringLiteral("UC1");
        QCOMPARE(ContentHistory::recordFollowers(db, Platform::YouTube, acc, 1000, day1).value(), true);
        QCOMPARE(ContentHistory::recordFollowers(db, Platform::YouTube, acc, 1000, day1.addDays(1)).value(),
                 false);
        QCOMPARE(ContentHistory::recordFollowers(db, Platform::YouTube, acc, 1010, day1.addDays(2)).value(),
                 true);
        QCOMPARE(
            ContentHistory::recordFollowers(db, Platform::YouTube, acc, 1020, day1.addDays(2).addSecs(60))
                .value(),
            true);
        const auto points = ContentHistory::followers(db, Platform::YouTube, acc);
        QVERIFY(points);
        QCOMPARE(points.value(),
                 (QList<FollowerPoint>{{QDate(2026, 11, 1), 1000}, {QDate(2026, 11, 3), 1020}}));
    }

    void periodGainsAndTopMovers()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem old = makeItem(QStringLiteral("old"), QStringLiteral("Old video"));
        ContentItem fresh = makeItem(QStringLiteral("new"), QStringLiteral("New video"));
        fresh.publishedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        ContentItem reel = makeItem(QStringLiteral("reel"), QStringLiteral("Reel"), {}, Platform::Instagram);
        QVERIFY(db.upsert({old, fresh, reel}));
        // old: 100 views ten days ago, 400 today; new: published two days ago, 250 today.
        age(db, 10);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM content_history WHERE content_id = %1")
                           .arg(idOf(db, QStringLiteral("new")))));
        old.views = 400;
        fresh.views = 250;
        QVERIFY(db.upsert({old, fresh}));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto week = ContentHistory::period(db, 7, today, std::nullopt);
        QVERIFY2(week, week ? "" : qPrintable(week.error().message));
        QCOMPARE(week->viewsGained, 300 + 250);
        QCOMPARE(week->itemsWithViews, 2); // the reel has no views
        QCOMPARE(week->topMovers.size(), 2);
        QCOMPARE(week->topMovers.at(0).item.externalId, QStringLiteral("old"));
        QCOMPARE(week->topMovers.at(0).viewsGained, std::optional<qint64>(300));
        QCOMPARE(week->topMovers.at(1).viewsGained, std::optional<qint64>(250));
        QCOMPARE(week->from.daysTo(week->to), 6);

        // A period ending before today's record sees nothing gained by the old video.
        const auto earlier = ContentHistory::period(db, 7, today.addDays(-3), Platform::YouTube);
        QVERIFY(earlier);
        QCOMPARE(earlier->viewsGained, 0);
        QVERIFY(earlier->topMovers.isEmpty());

        // Best days and hours: only the items published in the period, with their views gained in it (the
        // old video, published 2024-01-01, does not count); a time with no such item has no figure (not 0).
        QCOMPARE(week->postingDays.size(), 7);
        QCOMPARE(week->postingHours.size(), 24);
        QCOMPARE(week->postsWithViews, 1);
        QVERIFY(week->tooFewPosts());
        const int freshDay = fresh.publishedAt.date().dayOfWeek() - 1;
        for (int d = 0; d < 7; ++d) {
            const PostingSlot& slot = week->postingDays.at(d);
            QCOMPARE(slot.averageViews, d == freshDay ? std::optional<double>(250) : std::nullopt);
            QCOMPARE(slot.posts, d == freshDay ? 1 : 0);
        }
        QCOMPARE(week->postingHours.at(fresh.publishedAt.time().hour()).averageViews, 250.0);
    }

    /// A publishing time whose items' views are all unknown (Instagram's before its insights are read) has no
    /// figure, never 0, and says how many items it has; the items published before the period do not count,
    /// and a period with too few items with views says so.
    void postingTimesFollowThePeriodAndHaveNoInventedZero()
    {
        LibraryDatabase db;
        openFresh(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ContentItem> items;
        // Two reels without insights published 1 day ago; five videos 3 days ago; an old video 40 days ago.
        for (int i = 0; i < 2; ++i) {
            ContentItem reel =
                makeItem(QStringLiteral("r%1").arg(i), QStringLiteral("Reel"), {}, Platform::Instagram);
            reel.publishedAt = now.addDays(-1);
            reel.views = 0;
            items.append(reel);
        }
        for (int i = 0; i < 5; ++i) {
            ContentItem video = makeItem(QStringLiteral("v%1").arg(i), QStringLiteral("Video"));
            video.publishedAt = now.addDays(-3);
            video.views = 100 * (i + 1);
            items.append(video);
        }
        ContentItem old = makeItem(QStringLiteral("old"), QStringLiteral("Old video"));
        old.publishedAt = now.addDays(-40);
        old.views = 90000;
        items.append(old);
        QVERIFY(db.upsert(items));

        const QDate today = now.date();
        const int reelDay = now.addDays(-1).date().dayOfWeek() - 1;
        const int videoDay = now.addDays(-3).date().dayOfWeek() - 1;
        const auto week = ContentHistory::period(db, 7, today, std::nullopt);
        QVERIFY2(week, week ? "" : qPrintable(week.error().message));
        QCOMPARE(week->postsWithViews, 5);
        QVERIFY(!week->tooFewPosts());
        QCOMPARE(week->postingDays.at(videoDay).averageViews, std::optional<double>(300)); // (100+..+500) / 5
        QCOMPARE(week->postingDays.at(reelDay).averageViews, std::nullopt);
        QCOMPARE(week->postingDays.at(reelDay).posts, 2);
        QCOMPARE(week->postingDays.at(reelDay).postsWithViews, 0);
        const int oldDay = old.publishedAt.date().dayOfWeek() - 1;
        if (oldDay != videoDay && oldDay != reelDay)
            QCOMPARE(week->postingDays.at(oldDay).averageViews, std::nullopt);

        const auto instagram = ContentHistory::period(db, 7, today, Platform::Instagram);
        QVERIFY(instagram);
        QCOMPARE(instagram->postsWithViews, 0);
        QVERIFY(instagram->tooFewPosts());
        for (const PostingSlot& slot : instagram->postingDays)
            QCOMPARE(slot.averageViews, std::nullopt);

        // 90 days take in the old video too, with its views gained in them (from 0: published in them).
        const auto quarter = ContentHistory::period(db, 90, today, Platform::YouTube);
        QVERIFY(quarter);
        QCOMPARE(quarter->postsWithViews, 6);
    }

    /// period() sums and ranks in SQL with exactly the figures of the item-by-item definition: random
    /// libraries whose histories have gaps, points without views after points with views, points after the
    /// period, items published in the period, before 1970 and never, Instagram items with and without
    /// insights; every period length, all platforms and each.
    void periodEqualsTheItemByItemDefinition_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u, 14u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void periodEqualsTheItemByItemDefinition()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        LibraryDatabase db;
        openFresh(db);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const qint64 todayNumber = ContentHistory::dayNumber(today);
        const QList<Platform> platforms{Platform::YouTube, Platform::TikTok, Platform::Instagram};
        QList<ContentItem> items;
        for (int i = 0; i < 240; ++i) {
            ContentItem item = makeItem(QStringLiteral("x%1").arg(i), QStringLiteral("Item %1").arg(i), {},
                                        platforms.at(i % 3));
            switch (rng.bounded(5)) {
            case 0:
                item.publishedAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(10 * 86400)));
                break;
            case 1:
                item.publishedAt = QDateTime(QDate(1969, 7, 20), QTime(20, 17), Qt::UTC);
                break;
            case 2:
                item.publishedAt = {};
                break;
            default:
                item.publishedAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(900 * 86400)));
                break;
            }
            item.views = rng.bounded(100000);
            items.append(item);
        }
        QVERIFY(db.upsert(items));
        QSqlQuery q(db.connection());
        // (Before the history is cleared: the change writes today's point.)
        QVERIFY(q.exec(QStringLiteral("UPDATE content SET views_known = id % 2 WHERE platform = "
                                      "'instagram'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM content_history")));
        q.prepare(QStringLiteral("INSERT INTO content_history (content_id, day, recorded_at, views, source) "
                                 "VALUES (?, ?, ?, ?, 'sync')"));
        QSqlQuery ids(db.connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM content")));
        QList<qint64> contentIds;
        while (ids.next())
            contentIds.append(ids.value(0).toLongLong());
        for (qint64 id : std::as_const(contentIds)) {
            qint64 views = rng.bounded(1000);
            for (qint64 day = todayNumber - 40; day <= todayNumber + 2; ++day) {
                if (rng.bounded(4) != 0)
                    continue; // a day without a change
                views += rng.bounded(500);
                const bool unknown = rng.bounded(5) == 0;
                q.addBindValue(id);
                q.addBindValue(day);
                q.addBindValue(day * 86400);
                q.addBindValue(unknown ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(views));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        for (int days : {1, 7, 28, 90, 365}) {
            for (const QDate& to : {today, today.addDays(-5)}) {
                for (const auto& platform :
                     {std::optional<Platform>(), std::optional<Platform>(Platform::YouTube),
                      std::optional<Platform>(Platform::Instagram)}) {
                    const auto got = ContentHistory::period(db, days, to, platform, 10);
                    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
                    const PeriodStats want = referencePeriod(db, days, to, platform, 10);
                    QCOMPARE(got->viewsGained, want.viewsGained);
                    QCOMPARE(got->itemsWithViews, want.itemsWithViews);
                    QCOMPARE(got->instagramWithoutViews, want.instagramWithoutViews);
                    QCOMPARE(got->topMovers.size(), want.topMovers.size());
                    for (qsizetype i = 0; i < want.topMovers.size(); ++i) {
                        QCOMPARE(got->topMovers.at(i).item.id, want.topMovers.at(i).item.id);
                        QCOMPARE(got->topMovers.at(i).viewsGained, want.topMovers.at(i).viewsGained);
                    }
                    QCOMPARE(got->postingDays, want.postingDays);
                    QCOMPARE(got->postingHours, want.postingHours);
                    QCOMPARE(got->postsWithViews, want.postsWithViews);
                }
            }
        }
    }

    /// The Overview's chart by day adds up to the period's figure, counted the same way.
    void dailyViewsGainedSumToThePeriod()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem old = makeItem(QStringLiteral("old"), QStringLiteral("Old video"));
        ContentItem fresh = makeItem(QStringLiteral("new"), QStringLiteral("New video"));
        fresh.publishedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        ContentItem reel = makeItem(QStringLiteral("reel"), QStringLiteral("Reel"), {}, Platform::Instagram);
        QVERIFY(db.upsert({old, reel}));
        age(db, 10); // old: 100 ten days ago (before the week)
        old.views = 160;
        fresh.views = 40;
        QVERIFY(db.upsert({old, fresh}));
        age(db, 2); // old: 160, new: 40 two days ago
        old.views = 400;
        fresh.views = 250;
        reel.likes = 99;
        QVERIFY(db.upsert({old, fresh, reel}));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto days = ContentHistory::dailyViewsGained(db, today.addDays(-6), today, std::nullopt);
        QVERIFY2(days, days ? "" : qPrintable(days.error().message));
        // Two days ago: old +60, new +40 (published in the week: from 0); today: old +240, new +210.
        QCOMPARE(days.value(), (QList<DayViews>{{today.addDays(-2), 100}, {today, 450}}));
        const auto week = ContentHistory::period(db, 7, today, std::nullopt);
        QVERIFY(week);
        QCOMPARE(week->viewsGained, 550);
        const auto tiktok = ContentHistory::dailyViewsGained(db, today.addDays(-6), today, Platform::TikTok);
        QVERIFY(tiktok);
        QVERIFY(tiktok->isEmpty());

        // The accounts of the items, with the name of a connected one.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO accounts (platform, account_id, display_name, connected_at) "
                                  "VALUES ('instagram', 'acc', 'Studio', 0)")));
        const auto accounts = ContentHistory::accounts(db);
        QVERIFY(accounts);
        QCOMPARE(accounts.value(),
                 (QList<LibraryAccountSummary>{
                     {Platform::YouTube, QStringLiteral("acc"), QString(), 2},
                     {Platform::Instagram, QStringLiteral("acc"), QStringLiteral("Studio"), 1}}));
    }

    /// The chart by day stays what the history says however its points were written: a platform's history
    /// filled in before earlier sync points, a point's views corrected, points removed, Instagram points
    /// without views. The figures are checked against the definition worked out here from the raw points.
    void dailyViewsGainedFollowsEveryChangeOfTheHistory()
    {
        LibraryDatabase db;
        openFresh(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = now.date();
        ContentItem a = makeItem(QStringLiteral("a"), QStringLiteral("Old video"));
        ContentItem b = makeItem(QStringLiteral("b"), QStringLiteral("Recent video"));
        b.publishedAt = now.addDays(-20);
        ContentItem reel = makeItem(QStringLiteral("r"), QStringLiteral("Reel"), {}, Platform::Instagram);
        QVERIFY(db.upsert({a, b, reel}));
        age(db, 30); // the first sync, 30 days ago
        a.views = 900;
        b.views = 500;
        reel.likes = 7;
        QVERIFY(db.upsert({a, b, reel})); // today's sync
        auto points = [&](std::initializer_list<std::pair<int, qint64>> dayViews, const QString& source) {
            QList<HistoryPoint> list;
            for (const auto& [daysAgo, views] : dayViews)
                list.append({today.addDays(-daysAgo), now.addDays(-daysAgo), views, {}, {}, {}, source});
            return list;
        };
        // YouTube Analytics' days arrive after the sync points they fall between, newest first.
        const QString analytics = QStringLiteral("youtube_analytics");
        QVERIFY(ContentHistory::recordPlatformPoints(db, Platform::YouTube, QStringLiteral("acc"),
                                                     QStringLiteral("a"),
                                                     points({{3, 800}, {12, 400}}, analytics)));
        QVERIFY(ContentHistory::recordPlatformPoints(db, Platform::YouTube, QStringLiteral("acc"),
                                                     QStringLiteral("a"),
                                                     points({{20, 300}, {6, 600}}, analytics)));
        QVERIFY(ContentHistory::recordPlatformPoints(db, Platform::YouTube, QStringLiteral("acc"),
                                                     QStringLiteral("b"),
                                                     points({{10, 200}, {2, 450}}, analytics)));
        // Instagram insights' views for the reel, read twice.
        QVERIFY(ContentHistory::recordPlatformPoints(
            db, Platform::Instagram, QStringLiteral("acc"), QStringLiteral("r"),
            points({{5, 70}, {1, 90}}, QStringLiteral("instagram_insights"))));

        struct Point
        {
            qint64 id;
            qint64 day;
            std::optional<qint64> views;
        };
        auto check = [&](const char* step) {
            QList<Point> all;
            QHash<qint64, std::pair<QString, qint64>> items; // id -> platform, published_at
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT content_id, day, views FROM content_history "
                                          "ORDER BY content_id, day")));
            while (q.next())
                all.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).isNull() ? std::nullopt : std::optional(q.value(2).toLongLong())});
            QVERIFY(q.exec(QStringLiteral("SELECT id, platform, published_at FROM content")));
            while (q.next())
                items.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
            for (const int length : {7, 14, 28, 365}) {
                for (const std::optional<Platform> platform :
                     {std::optional<Platform>(), std::optional(Platform::YouTube),
                      std::optional(Platform::Instagram)}) {
                    const QDate from = today.addDays(1 - length);
                    const qint64 fromDay = QDate(1970, 1, 1).daysTo(from);
                    const qint64 toDay = QDate(1970, 1, 1).daysTo(today);
                    QMap<qint64, qint64> expected;
                    qint64 previous = 0;
                    bool hasPrevious = false;
                    qint64 previousId = -1;
                    for (const Point& p : std::as_const(all)) {
                        if (p.id != previousId)
                            hasPrevious = false;
                        previousId = p.id;
                        if (!p.views)
                            continue;
                        const auto [itemPlatform, published] = items.value(p.id);
                        if (p.day >= fromDay && p.day <= toDay &&
                            (!platform || itemPlatform == platformId(*platform))) {
                            const qint64 before =
                                hasPrevious ? previous : (published >= fromDay * 86400 ? 0 : *p.views);
                            expected[p.day] += *p.views - before;
                        }
                        previous = *p.views;
                        hasPrevious = true;
                    }
                    QList<DayViews> want;
                    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                        if (it.value() != 0)
                            want.append({QDate(1970, 1, 1).addDays(it.key()), it.value()});
                    }
                    const auto got = ContentHistory::dailyViewsGained(db, from, today, platform);
                    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
                    QVERIFY2(got.value() == want,
                             qPrintable(QStringLiteral("%1: %2 days, platform %3")
                                            .arg(QLatin1String(step))
                                            .arg(length)
                                            .arg(platform ? platformId(*platform) : QStringLiteral("all"))));
                    QVERIFY(!want.isEmpty() || platform);
                }
            }
        };
        check("after the platforms' history");
        QSqlQuery q(db.connection());
        // A point corrected, one removed, one emptied and one moved to another day.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE content_history SET views = 650 WHERE content_id = %1 AND day = %2")
                       .arg(idOf(db, QStringLiteral("a")))
                       .arg(QDate(1970, 1, 1).daysTo(today.addDays(-6)))));
        check("after a correction");
        QVERIFY(q.exec(QStringLiteral("DELETE FROM content_history WHERE content_id = %1 AND day = %2")
                           .arg(idOf(db, QStringLiteral("a")))
                           .arg(QDate(1970, 1, 1).daysTo(today.addDays(-3)))));
        check("after a removal");
        QVERIFY(q.exec(
            QStringLiteral("UPDATE content_history SET views = NULL WHERE content_id = %1 AND day = %2")
                .arg(idOf(db, QStringLiteral("b")))
                .arg(QDate(1970, 1, 1).daysTo(today.addDays(-10)))));
        check("after a point lost its views");
        QVERIFY(q.exec(
            QStringLiteral("UPDATE content_history SET day = day - 15 WHERE content_id = %1 AND day = %2")
                .arg(idOf(db, QStringLiteral("a")))
                .arg(QDate(1970, 1, 1).daysTo(today.addDays(-12)))));
        check("after a point moved");
        // Everything three days older, as the tests' clock does.
        age(db, 3);
        a.views = 1200;
        QVERIFY(db.upsert({a}));
        check("after another sync");
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM content WHERE id = %1").arg(idOf(db, QStringLiteral("b")))));
        check("after an item was removed");
    }

    /// A bar of the Overview's best posting times leads to the Content page's list of the items it counts:
    /// the search's weekday and hour filters (with the period as the publication range) find exactly the
    /// posts period() counted for that weekday, that hour and both, with times on every side of a day's edge,
    /// before 1970 and none.
    void aPostingTimeListsTheItemsItCounts()
    {
        LibraryDatabase db;
        openFresh(db);
        QRandomGenerator rng(17);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ContentItem> items;
        for (int i = 0; i < 300; ++i) {
            ContentItem item = makeItem(QStringLiteral("p%1").arg(i), QStringLiteral("Post %1").arg(i), {},
                                        allPlatforms().at(i % 3));
            if (i % 50 == 0)
                item.publishedAt = {};
            else if (i % 50 == 1)
                item.publishedAt = QDateTime(QDate(1969, 7, 20), QTime(20, 17), Qt::UTC);
            else if (i % 10 == 2) // the last second of an hour and of a day
                item.publishedAt =
                    QDateTime(now.date().addDays(-rng.bounded(60)), QTime(23, 59, 59), Qt::UTC);
            else
                item.publishedAt = now.addSecs(-qint64(rng.bounded(120 * 86400)));
            item.views = rng.bounded(5000);
            items.append(item);
        }
        QVERIFY(db.upsert(items));

        const QDate today = now.date();
        const auto stats = ContentHistory::period(db, 90, today, std::nullopt);
        QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
        const auto count = [&](std::optional<int> weekday, std::optional<int> hour) -> qint64 {
            SearchQuery query;
            query.publishedFrom = QDateTime(stats->from, QTime(0, 0), Qt::UTC);
            query.publishedTo = QDateTime(stats->to, QTime(23, 59, 59), Qt::UTC);
            query.publishedWeekday = weekday;
            query.publishedHour = hour;
            query.limit = 1000;
            const auto result = db.search(query);
            if (!result)
                return -1;
            // Each one published then (in UTC).
            for (const ContentItem& item : result->items) {
                const QDateTime at = item.publishedAt.toUTC();
                if ((weekday && at.date().dayOfWeek() != *weekday) || (hour && at.time().hour() != *hour))
                    return -2;
            }
            return result->total;
        };
        qint64 counted = 0;
        for (int d = 0; d < 7; ++d) {
            QCOMPARE(count(d + 1, std::nullopt), stats->postingDays[d].posts);
            counted += stats->postingDays[d].posts;
        }
        QVERIFY(counted > 100); // most of the items fall in the 90 days
        for (int h = 0; h < 24; ++h)
            QCOMPARE(count(std::nullopt, h), stats->postingHours[h].posts);
        // Both: the items of that weekday and hour, among the day's.
        const QDateTime edge = items[2].publishedAt;
        const qint64 both = count(edge.date().dayOfWeek(), 23);
        QVERIFY(both >= 1);
        QVERIFY(both <= count(edge.date().dayOfWeek(), std::nullopt));

        // Without the range: the 1969 item is a Sunday at 20:00; an item without a time never matches.
        SearchQuery sunday;
        sunday.publishedWeekday = 7;
        sunday.publishedHour = 20;
        sunday.limit = 1000;
        const auto old = db.search(sunday);
        QVERIFY(old);
        QStringList ids;
        for (const ContentItem& item : old->items)
            ids << item.externalId;
        QVERIFY2(ids.contains(QStringLiteral("p1")) && ids.contains(QStringLiteral("p51")),
                 qPrintable(ids.join(u',')));
        QVERIFY(!ids.contains(QStringLiteral("p0")));
    }

    /// The Overview's daily chart leads to the items sorted by the views they gained on the day clicked: the
    /// sort by views gained over a period ending on another day than today.
    void viewsGainedOnAChosenDay()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem a = makeItem(QStringLiteral("a"), QStringLiteral("Alpha"));
        ContentItem b = makeItem(QStringLiteral("b"), QStringLiteral("Beta"));
        a.views = 100, b.views = 100;
        QVERIFY(db.upsert({a, b}));
        age(db, 5);
        a.views = 900; // +800 four days ago
        b.views = 150; // +50
        QVERIFY(db.upsert({a, b}));
        age(db, 4);
        b.views = 2150; // +2,000 today
        QVERIFY(db.upsert({b}));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto order = [&db](int days, const QDate& to) {
            SearchQuery query;
            query.sort = SearchSort::ViewsGained;
            query.gainedDays = days;
            query.gainedTo = to;
            return foundIds(db, query);
        };
        QCOMPARE(order(1, today.addDays(-4)), QStringLiteral("a,b"));
        QCOMPARE(order(1, today), QStringLiteral("b,a"));
        QCOMPARE(order(1, {}), QStringLiteral("b,a"));                // invalid: today
        QCOMPARE(order(3, today.addDays(-1)), QStringLiteral("b,a")); // neither gained: the newest row first
        QCOMPARE(order(7, today), QStringLiteral("b,a"));             // +2,050 against +800
        QCOMPARE(order(7, today.addDays(-1)), QStringLiteral("a,b"));

        // Each result carries the views it gained in the period (shown beside it); other sorts carry none.
        SearchQuery query;
        query.sort = SearchSort::ViewsGained;
        query.gainedDays = 1;
        query.gainedTo = today.addDays(-4);
        auto result = db.search(query);
        QVERIFY(result);
        QCOMPARE(result->items.size(), 2);
        QCOMPARE(result->items.at(0).viewsGained, std::optional<qint64>(800));
        QCOMPARE(result->items.at(1).viewsGained, std::optional<qint64>(50));
        query.text = QStringLiteral("Beta"); // with words too
        result = db.search(query);
        QVERIFY(result);
        QCOMPARE(result->items.size(), 1);
        QCOMPARE(result->items.at(0).viewsGained, std::optional<qint64>(50));
        query.sort = SearchSort::MostViewed;
        result = db.search(query);
        QVERIFY(result);
        QCOMPARE(result->items.at(0).viewsGained, std::nullopt);
    }

    /// The latest day YouTube Analytics reported (the Overview marks the days after it as not final): the
    /// latest youtube_analytics point of any item, for all platforms or YouTube; none for another platform,
    /// and Instagram's insights or the syncs' own points never count.
    void youtubeReportedThroughIsTheLatestAnalyticsDay()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem video = makeItem(QStringLiteral("v"), QStringLiteral("Video"));
        ContentItem other = makeItem(QStringLiteral("w"), QStringLiteral("Other"));
        ContentItem reel = makeItem(QStringLiteral("r"), QStringLiteral("Reel"), {}, Platform::Instagram);
        QVERIFY(db.upsert({video, other, reel}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = now.date();
        const auto through = [&db, &today](std::optional<Platform> platform) {
            const auto stats = ContentHistory::period(db, 28, today, platform);
            return stats ? stats->youtubeReportedThrough : QDate(1, 1, 1);
        };
        QCOMPARE(through(std::nullopt), QDate()); // only the syncs' points

        const auto points = [&now](int fromDaysAgo, int toDaysAgo, const QString& source) {
            QList<HistoryPoint> out;
            for (int d = fromDaysAgo; d >= toDaysAgo; --d)
                out.append(
                    {now.date().addDays(-d), now, 100 - d, std::nullopt, std::nullopt, std::nullopt, source});
            return out;
        };
        const QString analytics = QStringLiteral("youtube_analytics");
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::YouTube, video.account, video.externalId,
                                                       points(9, 3, analytics)),
                 7);
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::YouTube, other.account, other.externalId,
                                                       points(40, 5, analytics)),
                 36);
        QCOMPARE(*ContentHistory::recordPlatformPoints(db, Platform::Instagram, reel.account, reel.externalId,
                                                       points(1, 0, QStringLiteral("instagram_insights"))),
                 2);
        QCOMPARE(through(std::nullopt), today.addDays(-3));
        QCOMPARE(through(Platform::YouTube), today.addDays(-3));
        QCOMPARE(through(Platform::Instagram), QDate());
        QCOMPARE(through(Platform::TikTok), QDate());
        // A day of the latest read replaced by a sync's own point later the same day is no longer reported.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE content_history SET source = 'sync' WHERE day = %1")
                           .arg(ContentHistory::dayNumber(today.addDays(-3)))));
        QCOMPARE(through(std::nullopt), today.addDays(-4));
    }

    void searchSortsByCountersEngagementAndViewsGained()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem a = makeItem(QStringLiteral("a"), QStringLiteral("Alpha"));
        a.views = 1000, a.likes = 10, a.comments = 90; // engagement 0.1
        ContentItem b = makeItem(QStringLiteral("b"), QStringLiteral("Beta"));
        b.views = 100, b.likes = 30, b.comments = 0; // 0.3
        ContentItem zero = makeItem(QStringLiteral("z"), QStringLiteral("Zero views"));
        zero.views = 0, zero.likes = 50, zero.comments = 5; // no rate: last, never a division by zero
        ContentItem tt = makeItem(QStringLiteral("t"), QStringLiteral("Clip"), {}, Platform::TikTok,
                                  QStringLiteral("other"));
        tt.views = 200, tt.likes = 10, tt.comments = 10, tt.shares = 20; // 0.2 with its shares
        QVERIFY(db.upsert({a, b, zero, tt}));
        age(db, 10);
        b.views = 900; // +800 today; engagement now 30/900
        QVERIFY(db.upsert({b}));

        const auto order = [&db](SearchSort sort, const QString& account = {}) {
            SearchQuery query;
            query.sort = sort;
            query.account = account;
            query.gainedDays = 7;
            return foundIds(db, query);
        };
        QCOMPARE(order(SearchSort::MostLiked), QStringLiteral("z,b,t,a")); // a tie: newest row first
        QCOMPARE(order(SearchSort::MostCommented), QStringLiteral("a,t,z,b"));
        QCOMPARE(order(SearchSort::Engagement), QStringLiteral("t,a,b,z"));
        QCOMPARE(order(SearchSort::ViewsGained).section(QLatin1Char(','), 0, 0), QStringLiteral("b"));
        QCOMPARE(order(SearchSort::MostViewed, QStringLiteral("other")), QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestContentHistory)
#include "TestContentHistory.moc"
