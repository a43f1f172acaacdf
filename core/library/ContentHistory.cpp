#include "library/ContentHistory.h"

#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace sv {

using librarySql::execBound;

namespace {

QString readError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not read the library");
}

std::optional<qint64> optionalCount(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

/// The point in the columns day, recorded_at, views, likes, comments, shares, source from `first` on.
HistoryPoint readPoint(const QSqlQuery& q, int first)
{
    HistoryPoint p;
    p.day = ContentHistory::dayOf(q.value(first).toLongLong());
    p.recordedAt = QDateTime::fromSecsSinceEpoch(q.value(first + 1).toLongLong(), Qt::UTC);
    p.views = optionalCount(q.value(first + 2));
    p.likes = optionalCount(q.value(first + 3));
    p.comments = optionalCount(q.value(first + 4));
    p.shares = optionalCount(q.value(first + 5));
    p.source = q.value(first + 6).toString();
    return p;
}

QVariant platformFilterValue(std::optional<Platform> platform)
{
    return platform ? QVariant(platformId(*platform)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<QList<HistoryPoint>, LibraryError> ContentHistory::forItem(LibraryDatabase& db, qint64 contentId)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, recorded_at, views, likes, comments, shares, source "
                             "FROM content_history WHERE content_id = ? ORDER BY day"));
    if (!execBound(q, {contentId}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<HistoryPoint> points;
    while (q.next())
        points.append(readPoint(q, 0));
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return points;
}

Result<bool, LibraryError> ContentHistory::recordFollowers(LibraryDatabase& db, Platform platform,
                                                           const QString& accountId, qint64 followers,
                                                           const QDateTime& at)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable.error();
    const qint64 secs = at.toSecsSinceEpoch();
    QSqlQuery q(db.connection());
    // Written only when the count differs from the last one recorded (of any day).
    q.prepare(QStringLiteral(
        "INSERT INTO account_history (platform, account_id, day, recorded_at, followers) "
        "SELECT ?, ?, ?, ?, ? WHERE ? IS NOT (SELECT followers FROM account_history "
        "WHERE platform = ? AND account_id = ? ORDER BY day DESC LIMIT 1) "
        "ON CONFLICT (platform, account_id, day) DO UPDATE SET recorded_at = excluded.recorded_at, "
        "followers = excluded.followers"));
    const qint64 count = qMax<qint64>(0, followers);
    if (!execBound(q, {platformId(platform), accountId, secs / 86400, secs, count, count,
                       platformId(platform), accountId}))
        return LibraryDatabase::sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library"),
            q.lastError());
    return q.numRowsAffected() > 0;
}

Result<int, LibraryError> ContentHistory::recordPlatformPoints(LibraryDatabase& db, Platform platform,
                                                               const QString& accountId,
                                                               const QString& externalId,
                                                               const QList<HistoryPoint>& points)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    auto value = [](const std::optional<qint64>& v) {
        return v ? QVariant(qMax<qint64>(0, *v)) : QVariant(QMetaType(QMetaType::LongLong));
    };
    const QString saveError =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    int written = 0;
    auto done = db.transaction(saveError, [&]() -> Result<void, LibraryError> {
        // Instagram's insights give the only view count of its media: the latest becomes the item's own
        // (known from now on), written before the points so that the row the history trigger writes for
        // this change is replaced by the insights' own.
        const HistoryPoint* latest = nullptr;
        for (const HistoryPoint& p : points) {
            if (p.source == QLatin1String("instagram_insights") && p.views &&
                (!latest || p.day >= latest->day))
                latest = &p;
        }
        if (latest) {
            QSqlQuery u(db.connection());
            u.prepare(
                QStringLiteral("UPDATE content SET views = ?, views_known = 1, synced_at = max(coalesce("
                               "synced_at, 0), ?) WHERE platform = ? AND account = ? AND external_id = ?"));
            if (!execBound(u, {qMax<qint64>(0, *latest->views), latest->recordedAt.toSecsSinceEpoch(),
                               platformId(platform), accountId, externalId}))
                return LibraryDatabase::sqlError(saveError, u.lastError());
        }
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO content_history (content_id, day, recorded_at, views, likes, "
                           "comments, shares, source) "
                           "SELECT id, ?, ?, ?, ?, ?, ?, ? FROM content WHERE platform = ? AND account = ? "
                           "AND external_id = ? "
                           "ON CONFLICT (content_id, day) DO UPDATE SET recorded_at = excluded.recorded_at, "
                           "views = excluded.views, likes = excluded.likes, comments = excluded.comments, "
                           "shares = excluded.shares, source = excluded.source"));
        for (const HistoryPoint& p : points) {
            if (!execBound(q, {dayNumber(p.day), p.recordedAt.toSecsSinceEpoch(), value(p.views),
                               value(p.likes), value(p.comments), value(p.shares), p.source,
                               platformId(platform), accountId, externalId}))
                return LibraryDatabase::sqlError(saveError, q.lastError());
            written += int(qMax(0, q.numRowsAffected()));
        }
        return {};
    });
    if (!done)
        return done.error();
    return written;
}

Result<QList<HistoryBackfill>, LibraryError>
ContentHistory::itemsToBackfill(LibraryDatabase& db, Platform platform, const QString& accountId,
                                const QString& source, const QDateTime& writtenBefore, int limit,
                                BackfillOrder order)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // A failed attempt (history_attempts) counts as a read for the turn: the item waits like one just read.
    const QString orderBy =
        order == BackfillOrder::LeastRecentlyRead
            ? QStringLiteral(
                  "h.day IS NOT NULL OR a.attempted_at IS NOT NULL, max(coalesce(h.recorded_at, 0), "
                  "coalesce(a.attempted_at, 0)), c.published_at DESC, c.id")
            : QStringLiteral("c.published_at DESC, c.id");
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.external_id, c.published_at, h.day, h.recorded_at, h.views, h.likes, "
            "h.comments, h.shares, h.source FROM content c LEFT JOIN content_history h ON h.content_id = "
            "c.id AND h.day = (SELECT max(day) FROM content_history WHERE content_id = c.id AND source = ?) "
            "LEFT JOIN history_attempts a ON a.content_id = c.id AND a.source = ? "
            "WHERE c.platform = ? AND c.account = ? AND (h.day IS NULL OR h.recorded_at < ?) "
            "AND (a.attempted_at IS NULL OR a.attempted_at < ?) ORDER BY %1 LIMIT ?")
            .arg(orderBy));
    const qint64 before = writtenBefore.toSecsSinceEpoch();
    if (!execBound(q, {source, source, platformId(platform), accountId, before, before, limit}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<HistoryBackfill> items;
    while (q.next()) {
        HistoryBackfill b;
        b.contentId = q.value(0).toLongLong();
        b.externalId = q.value(1).toString();
        if (!q.value(2).isNull())
            b.publishedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        if (!q.value(3).isNull())
            b.last = readPoint(q, 3);
        items.append(b);
    }
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return items;
}

Result<bool, LibraryError> ContentHistory::recordHistoryAttempt(LibraryDatabase& db, qint64 contentId,
                                                                const QString& source, const QDateTime& at)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO history_attempts (content_id, source, attempted_at) SELECT id, ?, ? "
                       "FROM content WHERE id = ? ON CONFLICT (content_id, source) DO UPDATE SET "
                       "attempted_at = excluded.attempted_at"));
    if (!execBound(q, {source, at.toSecsSinceEpoch(), contentId}))
        return LibraryDatabase::sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library"),
            q.lastError());
    return q.numRowsAffected() > 0;
}

Result<QList<FollowerPoint>, LibraryError>
ContentHistory::followers(LibraryDatabase& db, Platform platform, const QString& accountId, const QDate& from)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT day, followers FROM account_history WHERE platform = ? AND account_id = ? "
                       "AND day >= ? ORDER BY day"));
    const qint64 fromDay = from.isValid() ? dayNumber(from) : std::numeric_limits<qint64>::min();
    if (!execBound(q, {platformId(platform), accountId, fromDay}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<FollowerPoint> points;
    while (q.next())
        points.append({dayOf(q.value(0).toLongLong()), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return points;
}

QString ContentHistory::viewsGainedSql(const QDate& from, const QDate& to)
{
    // The last views recorded by the period's end, less the last before its start; an item first recorded
    // in the period counts from 0 when published in it, else from its first record with views (Instagram:
    // the days before its insights were read have none). NULL without views.
    const qint64 fromDay = dayNumber(from);
    return QStringLiteral(
               "((SELECT views FROM content_history WHERE content_id = c.id AND day <= %1 ORDER BY day DESC "
               "LIMIT 1) - coalesce((SELECT views FROM content_history WHERE content_id = c.id AND day < %2 "
               "ORDER BY day DESC LIMIT 1), CASE WHEN c.published_at >= %3 THEN 0 END, (SELECT views FROM "
               "content_history WHERE content_id = c.id AND day >= %2 AND views IS NOT NULL ORDER BY day "
               "LIMIT 1)))")
        .arg(dayNumber(to))
        .arg(fromDay)
        .arg(fromDay * 86400);
}

QString ContentHistory::postingKeySql(const QString& column)
{
    // By arithmetic on the seconds where they are a whole number since 1970 (a Thursday: 4), else by
    // strftime (two strftime keys made the best posting times' grouping sort most of its query's time).
    return QStringLiteral("(CASE WHEN typeof(%1) = 'integer' AND %1 >= 0 THEN (%1 / 86400 + 4) % 7 * 24 + "
                          "%1 % 86400 / 3600 ELSE CAST(strftime('%w', %1, 'unixepoch') AS INTEGER) * 24 + "
                          "CAST(strftime('%H', %1, 'unixepoch') AS INTEGER) END)")
        .arg(column);
}

Result<PeriodStats, LibraryError> ContentHistory::period(LibraryDatabase& db, int days, const QDate& to,
                                                         std::optional<Platform> platform, int topCount)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    PeriodStats stats;
    stats.to = to;
    stats.from = to.addDays(-qMax(1, days) + 1);

    // Each item's gain computed once inside SQLite (a materialised CTE), then summed and ranked there: the
    // totals in one row and the top movers in at most topCount rows, instead of every item's row handed to
    // the app and sorted (most of the time at 100,000 items; docs/PERFORMANCE.md). The best posting times
    // from the same gains: the items published in the period, grouped by their postingKeySql().
    const qint64 periodStart = dayNumber(stats.from) * 86400;
    const qint64 periodEnd = (dayNumber(stats.to) + 1) * 86400;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "WITH g AS MATERIALIZED (SELECT c.id, c.platform, c.published_at AS published, %1 AS gained "
            "FROM content c WHERE ? IS NULL OR c.platform = ?) "
            "SELECT 0, sum(gained), count(gained), sum(gained IS NULL AND platform = 'instagram'), NULL "
            "FROM g UNION ALL SELECT * FROM (SELECT 1, gained, NULL, NULL, id FROM g WHERE gained > 0 "
            "ORDER BY gained DESC, id LIMIT ?) UNION ALL "
            "SELECT 2, sum(gained), count(gained), count(*), %2 AS k FROM g "
            "WHERE published >= ? AND published < ? GROUP BY k")
            .arg(viewsGainedSql(stats.from, stats.to), postingKeySql(QStringLiteral("published"))));
    const QVariant platformValue = platformFilterValue(platform);
    if (!execBound(q, {platformValue, platformValue, qMax(0, topCount), periodStart, periodEnd}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<std::pair<qint64, qint64>> top;
    stats.postingDays = QList<PostingSlot>(7);
    stats.postingHours = QList<PostingSlot>(24);
    // Sums and counts, not the groups' averages: each item weighs the same.
    QList<double> daySum(7, 0.0), hourSum(24, 0.0);
    while (q.next()) {
        const int tag = q.value(0).toInt();
        if (tag == 0) {
            stats.viewsGained = q.value(1).toLongLong(); // NULL (no item with views): 0
            stats.itemsWithViews = q.value(2).toLongLong();
            stats.instagramWithoutViews = q.value(3).toLongLong();
        } else if (tag == 1) {
            top.append({q.value(4).toLongLong(), q.value(1).toLongLong()});
        } else {
            const int key = q.value(4).toInt();
            const int weekday = weekdayOfKey(key) - 1; // Monday first
            const int hour = std::clamp(key % 24, 0, 23);
            const double sum = q.value(1).toDouble(); // NULL (no known views): 0, not counted
            const qint64 withViews = q.value(2).toLongLong();
            const qint64 posts = q.value(3).toLongLong();
            for (auto [slot, total] : {std::pair(&stats.postingDays[weekday], &daySum[weekday]),
                                       std::pair(&stats.postingHours[hour], &hourSum[hour])}) {
                slot->posts += posts;
                slot->postsWithViews += withViews;
                *total += sum;
            }
            stats.postsWithViews += withViews;
        }
    }
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    q.finish();
    const auto average = [](QList<PostingSlot>& times, const QList<double>& sums) {
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (times[i].postsWithViews > 0)
                times[i].averageViews = sums[i] / double(times[i].postsWithViews);
        }
    };
    average(stats.postingDays, daySum);
    average(stats.postingHours, hourSum);
    std::sort(top.begin(), top.end(), [](const auto& l, const auto& r) {
        return l.second != r.second ? l.second > r.second : l.first < r.first;
    });
    if (!platform || *platform == Platform::YouTube) {
        // content_history_analytics_idx: one step, however long the history.
        QSqlQuery latest(db.connection());
        latest.setForwardOnly(true);
        if (!latest.exec(QStringLiteral("SELECT max(day) FROM content_history WHERE source = "
                                        "'youtube_analytics'")))
            return LibraryDatabase::sqlError(readError(), latest.lastError());
        if (latest.next() && !latest.value(0).isNull())
            stats.youtubeReportedThrough = dayOf(latest.value(0).toLongLong());
    }
    for (const auto& [id, gained] : std::as_const(top)) {
        auto item = db.item(id);
        if (!item)
            return item.error();
        stats.topMovers.append({item.value(), gained});
    }

    // Follower trend per account: the last point before the period (its starting value) and the period's.
    QSqlQuery a(db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT DISTINCT platform, account_id FROM account_history "
                             "WHERE ? IS NULL OR platform = ? ORDER BY platform, account_id"));
    if (!execBound(a, {platformValue, platformValue}))
        return LibraryDatabase::sqlError(readError(), a.lastError());
    while (a.next()) {
        PeriodStats::AccountTrend trend;
        trend.platform = platformFromId(a.value(0).toString()).value_or(Platform::YouTube);
        trend.accountId = a.value(1).toString();
        auto all = followers(db, trend.platform, trend.accountId);
        if (!all)
            return all.error();
        for (const FollowerPoint& point : std::as_const(all.value())) {
            if (point.day > stats.to)
                break;
            if (point.day < stats.from)
                trend.points = {point};
            else
                trend.points.append(point);
        }
        if (!trend.points.isEmpty())
            stats.followers.append(trend);
    }
    if (a.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), a.lastError());
    return stats;
}

Result<QList<DayViews>, LibraryError> ContentHistory::dailyViewsGained(LibraryDatabase& db, const QDate& from,
                                                                       const QDate& to,
                                                                       std::optional<Platform> platform)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    // Each point's views less the item's previous point (views_prev, kept by the history's triggers: also the
    // point before the period for an item's first point in it); an item's very first point counts from 0 when
    // it was published in the period, else it is the starting value (as in viewsGainedSql()). The period's
    // points are read in day order from content_history_day_idx, which holds all this needs, so the sums
    // need no sort and a short period reads only its days. (A window over each item's points, sorted by item
    // and then by day, took seconds for a year of a 100,000-item library.)
    const qint64 fromDay = dayNumber(from);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT h.day, sum(h.views - coalesce(h.views_prev, (SELECT CASE WHEN c.published_at >= ? THEN 0 "
        "ELSE h.views END FROM content c WHERE c.id = h.content_id))) AS gained FROM content_history h "
        "INDEXED BY content_history_day_idx WHERE h.day >= ? AND h.day <= ? AND h.views IS NOT NULL AND (? "
        "IS NULL OR h.content_id IN (SELECT id FROM content WHERE platform = ?)) GROUP BY h.day HAVING "
        "gained <> 0 ORDER BY h.day"));
    const QVariant platformValue = platformFilterValue(platform);
    if (!execBound(q, {fromDay * 86400, fromDay, dayNumber(to), platformValue, platformValue}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<DayViews> days;
    while (q.next())
        days.append({dayOf(q.value(0).toLongLong()), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return days;
}

Result<QList<LibraryAccountSummary>, LibraryError> ContentHistory::accounts(LibraryDatabase& db)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.platform, c.account, coalesce(nullif(a.display_name, ''), nullif(a.handle, ''), ''), "
        "count(*) FROM content c LEFT JOIN accounts a ON a.platform = c.platform AND a.account_id = "
        "c.account "
        "GROUP BY c.platform, c.account"));
    if (!execBound(q, {}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<LibraryAccountSummary> accounts;
    while (q.next()) {
        const auto platform = platformFromId(q.value(0).toString());
        if (!platform)
            continue;
        accounts.append({*platform, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    const QList<Platform> order = allPlatforms();
    std::sort(accounts.begin(), accounts.end(), [&order](const auto& a, const auto& b) {
        const auto ai = order.indexOf(a.platform), bi = order.indexOf(b.platform);
        if (ai != bi)
            return ai < bi;
        const QString an = a.name.isEmpty() ? a.accountId : a.name;
        const QString bn = b.name.isEmpty() ? b.accountId : b.name;
        return an.localeAwareCompare(bn) < 0;
    });
    return accounts;
}

} // namespace sv
