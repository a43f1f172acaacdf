#pragma once

#include "library/ContentItem.h"
#include "library/LibraryDatabase.h"

#include "Platform.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sv {

/// The counters an item had on one day (table content_history). A metric the platform does not give
/// is empty, never 0.
struct HistoryPoint
{
    QDate day; ///< UTC day of a sync's record; the platform's own day for its history
    QDateTime recordedAt;
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    QString source; ///< "sync", "youtube_analytics" or "instagram_insights"

    friend bool operator==(const HistoryPoint&, const HistoryPoint&) = default;
};

/// An account's follower count on one day (table account_history).
struct FollowerPoint
{
    QDate day;
    qint64 followers = 0;

    friend bool operator==(const FollowerPoint&, const FollowerPoint&) = default;
};

/// An item and its views gained in a period (empty when the platform gives no views).
struct ItemGain
{
    ContentItem item;
    std::optional<qint64> viewsGained;
};

/// One publishing weekday or hour of a period's best posting times.
struct PostingSlot
{
    /// The average views of the items published then in the period that have known views; empty when none
    /// has (no item was published then, or none's views are known: Instagram's before a sync read its
    /// insights), never 0 for that.
    std::optional<double> averageViews;
    qint64 posts = 0;          ///< items published then in the period
    qint64 postsWithViews = 0; ///< of which the views are known (those averaged)

    friend bool operator==(const PostingSlot&, const PostingSlot&) = default;
};

/// A period's figures for `stats` and the Overview.
struct PeriodStats
{
    /// Fewer items with known views published in the period than this: the posting times are not compared
    /// (their averages would be noise).
    static constexpr qint64 MinPostsToCompare = 5;

    QDate from; ///< first day of the period (inclusive)
    QDate to;   ///< last day (inclusive)
    qint64 viewsGained = 0;
    qint64 itemsWithViews = 0; ///< items whose platform gives views
    /// Instagram media with no views by the period's end (their insights never read): not counted.
    qint64 instagramWithoutViews = 0;
    QList<ItemGain> topMovers; ///< most views gained first
    /// Best posting times: the items published in the period, each with the views it gained in the period
    /// (from 0 at publishing to its last record by the period's end), by publishing weekday (Mon..Sun, UTC)
    /// and hour (0..23, UTC).
    /// The latest day of YouTube Analytics' figures in the library (all platforms or YouTube; invalid:
    /// none): the API reports a day's views one to three days late, so the days after it are not final.
    QDate youtubeReportedThrough;
    QList<PostingSlot> postingDays;
    QList<PostingSlot> postingHours;
    qint64 postsWithViews = 0; ///< items published in the period with known views (those averaged)
    bool tooFewPosts() const { return postsWithViews < MinPostsToCompare; }
    struct AccountTrend
    {
        Platform platform = Platform::YouTube;
        QString accountId;
        QList<FollowerPoint> points; ///< the period's points, oldest first
    };
    QList<AccountTrend> followers;
};

/// The views all items gained on one day (the Overview's daily chart).
struct DayViews
{
    QDate day;
    qint64 views = 0;

    friend bool operator==(const DayViews&, const DayViews&) = default;
};

/// An account whose items are in the library, with its name where the library knows the account.
struct LibraryAccountSummary
{
    Platform platform = Platform::YouTube;
    QString accountId;
    QString name; ///< the account's display name or handle; empty when not connected
    qint64 items = 0;

    friend bool operator==(const LibraryAccountSummary&, const LibraryAccountSummary&) = default;
};

/// An item whose platform history (source "youtube_analytics" or "instagram_insights") is to be read: never
/// read, or last written before the cut-off; with its last point of that source, from which the next read
/// goes on.
struct HistoryBackfill
{
    qint64 contentId = 0;
    QString externalId;
    QDateTime publishedAt;
    std::optional<HistoryPoint> last; ///< the latest point of the source, if any
};

/// Performance over time in the library file: the rows content_history's triggers write on every
/// change of an item's counters (one per item and day at most), follower counts, and the questions the
/// CLI and the Overview ask of them. Used on the library's owning thread.
class ContentHistory
{
public:
    static QDate dayOf(qint64 dayNumber) { return QDate(1970, 1, 1).addDays(dayNumber); }
    static qint64 dayNumber(const QDate& day) { return QDate(1970, 1, 1).daysTo(day); }

    /// An SQL expression of the views content row `c` gained from `from` to `to` (inclusive days); NULL for
    /// an item without views. For sorting and the period's figures.
    static QString viewsGainedSql(const QDate& from, const QDate& to);
    /// An SQL expression of the publishing weekday and hour (UTC) of the time `column` holds (seconds since
    /// 1970), as one key: weekday * 24 + hour, with SQLite's weekdays (0 = Sunday). The best posting times
    /// group by it and the content search filters on it, so a bar of the Overview lists its own items.
    static QString postingKeySql(const QString& column);
    /// Qt::DayOfWeek (1 = Monday) of a postingKeySql() key's weekday, and back.
    static int weekdayOfKey(int key) { return (key / 24 + 6) % 7 + 1; }
    static int sqliteWeekday(int dayOfWeek) { return dayOfWeek % 7; }

    /// The item's points, oldest first.
    static Result<QList<HistoryPoint>, LibraryError> forItem(LibraryDatabase& db, qint64 contentId);
    /// Records the follower count for the day of `at` when it differs from the last one recorded;
    /// returns whether a row was written.
    static Result<bool, LibraryError> recordFollowers(LibraryDatabase& db, Platform platform,
                                                      const QString& accountId, qint64 followers,
                                                      const QDateTime& at);
    /// Writes points of the platform's own history (each point's source: "youtube_analytics" or
    /// "instagram_insights"; its day the platform's) for the item (platform, account, external id); a day's
    /// row is replaced. The latest "instagram_insights" point's views become the item's own views (known
    /// from then on: content.views_known). Returns the rows written (0 when the item is not in the library).
    static Result<int, LibraryError> recordPlatformPoints(LibraryDatabase& db, Platform platform,
                                                          const QString& accountId, const QString& externalId,
                                                          const QList<HistoryPoint>& points);
    /// Which items itemsToBackfill() gives first.
    enum class BackfillOrder {
        NewestFirst,       ///< most recently published first
        LeastRecentlyRead, ///< never read first (newest first), then those whose latest point is oldest
    };
    /// The account's items, at most `limit` in `order`, that have no point of `source` or whose latest one
    /// was written before `writtenBefore`. A sync's history reads go round the whole library this way: the
    /// time its latest point was written says when an item was last read. A failed read the sync recorded
    /// (recordHistoryAttempt) counts as a read for this: the item is not given again before `writtenBefore`,
    /// and in LeastRecentlyRead order it waits behind the items read or tried before it.
    static Result<QList<HistoryBackfill>, LibraryError>
    itemsToBackfill(LibraryDatabase& db, Platform platform, const QString& accountId, const QString& source,
                    const QDateTime& writtenBefore, int limit,
                    BackfillOrder order = BackfillOrder::NewestFirst);
    /// Remembers that reading the history of `source` for the item failed for that item alone at `at`
    /// (itemsToBackfill). False when the item is no longer in the library.
    static Result<bool, LibraryError> recordHistoryAttempt(LibraryDatabase& db, qint64 contentId,
                                                           const QString& source, const QDateTime& at);
    /// The account's follower points from `from` (invalid: all), oldest first.
    static Result<QList<FollowerPoint>, LibraryError>
    followers(LibraryDatabase& db, Platform platform, const QString& accountId, const QDate& from = {});
    /// The figures of the `days` days ending on `to` (inclusive), for one platform or all.
    static Result<PeriodStats, LibraryError> period(LibraryDatabase& db, int days, const QDate& to,
                                                    std::optional<Platform> platform, int topCount = 10);
    /// The views gained on each day from `from` to `to` (inclusive), summed over the items (of `platform`, or
    /// all), counted like viewsGainedSql(): their sum is the period's viewsGained. Days without a change are
    /// left out; oldest first.
    static Result<QList<DayViews>, LibraryError> dailyViewsGained(LibraryDatabase& db, const QDate& from,
                                                                  const QDate& to,
                                                                  std::optional<Platform> platform);
    /// The accounts of the library's items, in platform order then by name.
    static Result<QList<LibraryAccountSummary>, LibraryError> accounts(LibraryDatabase& db);
};

} // namespace sv
