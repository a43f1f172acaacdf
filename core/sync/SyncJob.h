#pragma once

#include "library/ContentHistory.h"
#include "platforms/PlatformConnector.h"
#include "sync/AccountTable.h"
#include "sync/SyncOutcome.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <optional>

#include <QCoro/QCoroTask>

namespace sv {

class AccountStore;
class UsageReporter;

/// One sync of one connected account, run as a coroutine on the caller's thread (network through the
/// connector, SQL on the library's worker thread, keychain through SecretStore: nothing blocks).
///
/// - Pages are fetched newest first and each page is committed in one transaction together with its
///   usage (usage_outbox), in order: a kill loses at most the pages in flight, and the next sync converges.
/// - A full walk overlaps the independent requests: the next page's listing (fetchListing(): the
///   dependent chain, each needs the previous cursor) is asked for as soon as the cursor is known, while
///   earlier pages are completed (completePage(): YouTube's videos.list) and committed. At most two listed
///   pages wait ahead of the one being completed, so at most two requests of a job are in flight (a
///   listing and a completion). An incremental walk asks for the next page only after committing this one.
/// - Incremental: when the previous sync of the account completed, paging stops at the first page whose
///   items are all known, then the statistics of the most recent items are refreshed. A sync that did not
///   complete (killed, failed, cancelled) makes the next one walk every page again.
/// - 401: the tokens are refreshed once (the rotated tokens go to the keychain) and the page retried; a
///   second 401 or a refused refresh marks the account "reconnect needed".
/// - 429/5xx/timeouts and malformed pages are retried with backoff (honouring Retry-After) up to
///   SyncOptions::maxPageAttempts, then stop the job; committed pages stay. A platform quota error stops
///   the job at once with the platform's message.
/// - Bounded: each answer is waited for at most SyncOptions::requestTimeout, each page (all its requests,
///   retries and waits) at most pageTimeout, the job at most jobTimeout; a platform that does not answer
///   stops the job with a Timeout error saying so. Every retry, HttpClient's or a page's, is announced as
///   progress (SyncProgress::retryNotice: "YouTube did not answer; retrying in 8 seconds.").
/// - The quota is checked beside the first listings, before any page is completed or committed (going over
///   is allowed: a notice says overage is billed; signed out, the job stops there) and the usage is
///   reported during and after the job through the UsageReporter.
/// - Performance over time: after a complete walk, the platform's own history of items is recorded in
///   content_history (ContentHistory::recordPlatformPoints): YouTube Analytics' daily figures, summed into
///   running totals from each video's first day (source "youtube_analytics", Pacific days; rows of the last
///   HistoryDays days kept), for videos never read or not read today; Instagram insights' lifetime totals
///   of the most recent items (source "instagram_insights", today's UTC day). At most
///   SyncOptions::historyItemsPerSync items (historyItemsFullWalk after a full walk that kept both request
///   slots busy: YouTube's first sync), two requests at a time: the first reader starts beside the walk as
///   soon as a request slot is free for the rest of it (no completion step, as on Instagram: once the first
///   page is committed; else once the last page is listed), the second after it. A 401 refreshes the
///   tokens once. A
///   grant without the permission, or any error there, ends only the history part (SyncOutcome::historyNote),
///   never the sync; a cancel stops it (the outcome is Cancelled, the items are kept).
/// - One audit_log row per job: action "platform_sync", job_type "full_sync" or "incremental_sync",
///   status running -> succeeded/failed/cancelled, result = SyncOutcome::toJson(), whose units are this
///   job's own (its new items, on its platform: reported + pending), whoever sent their reports.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    /// `reporter` may be null (no backend: usage stays in the outbox).
    SyncJob(AccountStore* store, PlatformConnector* connector, UsageReporter* reporter,
            LibraryAccount account, SyncOptions options = {}, QObject* parent = nullptr);

    Platform platform() const { return m_account.platform; }
    const LibraryAccount& account() const { return m_account; }
    const SyncProgress& progressSoFar() const { return m_progress; }

    /// Runs the job once; always completes with an outcome (never throws).
    QCoro::Task<SyncOutcome> run();
    /// Stops after the page in flight (which is not committed); the outcome is Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(const sv::SyncProgress& progress);
    /// A page was committed to the library (`count` items, `newItems` of them new).
    void itemsCommitted(sv::Platform platform, int count, int newItems);
    /// A notice for the user while the job runs (overage, a token that could not be saved...).
    void notice(const QString& message);
    /// A token refresh ended (refreshTokens(): steps waiting for it go on).
    void tokensRefreshed();
    /// Internal to a walk: a listing came (or the lister ended) / the walk lets the lister start another.
    void pageListed();
    void listingsAllowed();

private:
    using PageTask = QCoro::Task<Result<ContentPage, PlatformError>>;
    enum class PageStep {
        Listing,    ///< PlatformConnector::fetchListing() of `cursor`
        Completion, ///< PlatformConnector::completePage() of `listed`
    };
    /// One step of a page with the page's retries (401: the tokens refreshed once; transient errors and
    /// malformed answers: backoff, up to maxPageAttempts), within its own page deadline; `stop` ends it
    /// (Cancelled), as does cancel(). Arguments are copied before the first suspension.
    PageTask pageStep(PageStep step, const QString& cursor, const ContentPage& listed, Cancellation* stop);
    /// Refreshes the tokens and stores them; the error (ReconnectNeeded when the grant is gone) otherwise.
    /// One refresh at a time: a step asking while another one refreshes gets that refresh's result (a
    /// rotated refresh token is single-use).
    QCoro::Task<Result<void, PlatformError>> refreshTokens();
    QCoro::Task<Result<void, PlatformError>> refreshTokensOnce();
    /// Announces the retry and waits before page attempt `attempt + 1` (`stop` ends the wait early); false
    /// (no wait) when the attempt could not start before `deadline`.
    QCoro::Task<bool> waitBeforeRetry(int attempt, const PlatformError& error, const QDeadlineTimer& deadline,
                                      Cancellation* stop);
    /// The scope of one content call: `budget` from now, cut to the job's deadline; retries announced.
    CallScope callScope(std::chrono::milliseconds budget);
    /// Progress with SyncProgress::retryNotice set.
    void announceRetry(const PlatformError& reason, std::chrono::milliseconds wait);
    QString retryNotice(const PlatformError& reason, std::chrono::milliseconds wait) const;
    /// What a page ends with when `deadline` left no time for another attempt after `last`.
    PlatformError outOfTime(const PlatformError& last, const QDeadlineTimer& deadline) const;
    QCoro::Task<> reportUsage(SyncOutcome& outcome, bool final);
    void addNotice(SyncOutcome& outcome, const QString& message);
    /// Reports the usage, reads the job's own units and closes the audit_log row (if one was begun).
    QCoro::Task<SyncOutcome> finish(const SyncOutcome& result);
    static void fail(SyncOutcome& outcome, const PlatformError& error);

    // The steps of run(), in order. Each fills `outcome` and returns false when the job stops there.
    QCoro::Task<bool> loadAccount(SyncOutcome& outcome);   ///< decides between a full and an incremental walk
    QCoro::Task<bool> beginAuditRow(SyncOutcome& outcome); ///< audit_log row 'running'
    QCoro::Task<bool> loadTokens(SyncOutcome& outcome);    ///< from the keychain
    QCoro::Task<bool> checkQuota(SyncOutcome& outcome);
    QCoro::Task<bool> refreshExpiringTokens(SyncOutcome& outcome);
    struct Walk
    {
        QString newestExternalId;
        bool complete = false;     ///< every page it had to walk is committed
        bool quotaRefused = false; ///< `quota` stopped the job before anything was committed
    };
    /// The listings of a walk, from its lister to its pages.
    struct Listings
    {
        std::deque<Result<ContentPage, PlatformError>> ready; ///< listed, not taken yet, in order
        int allowed = 0;   ///< listings the walk lets the lister start so far
        bool done = false; ///< the lister has ended (last page, an error, or stopped)
    };
    /// `quota` (checkQuota(), running beside the first requests) is awaited before the first commit.
    QCoro::Task<Walk> walkPages(SyncOutcome& outcome, QCoro::Task<bool>& quota);
    /// The dependent chain of a walk: each listing as soon as the previous one gave its cursor and the walk
    /// allows it (Listings::allowed); ends after the last page or an error, or when `stop` is cancelled.
    QCoro::Task<> listPages(Listings& listings, Cancellation* stop);
    void allowListing(Listings& listings);
    /// Commits one page with its usage; whether all its items were known already, nullopt on failure.
    QCoro::Task<std::optional<bool>> commitPage(SyncOutcome& outcome, ContentPage& page);
    /// After a walk that did not complete (cancelled or failed): the account's status says why.
    QCoro::Task<> recordStop(SyncOutcome& outcome);
    QCoro::Task<> refreshRecentStatistics(SyncOutcome& outcome);
    QCoro::Task<bool> pruneDeletedItems(SyncOutcome& outcome);
    QCoro::Task<bool> completeAccount(SyncOutcome& outcome, const QString& newestExternalId);
    /// The items whose history is read this time, in order, and how the readers are doing.
    struct HistoryWork
    {
        ItemHistoryKind kind = ItemHistoryKind::None;
        QList<HistoryBackfill> items;
        qsizetype next = 0; ///< the next item a reader takes
        QString source; ///< the history's source in the library ("youtube_analytics", "instagram_insights")
        int recorded = 0;
        int skipped = 0;       ///< items whose own read failed (itemFailure()): tried again after the others
        int skippedInARow = 0; ///< such failures since the last item read: MaxSkippedInARow ends the reading
        bool stopped = false;  ///< the walk failed or was cancelled: stop
        bool denied = false;   ///< the grant does not allow it: stop
        std::optional<PlatformError> failure; ///< an error ended the reading
        QDate keepFrom;                       ///< daily rows before this day are not kept
    };
    /// Fills m_history with the items to read (at most `limit`); false when there is nothing to read (no
    /// history on the platform, not granted: the outcome's note says so, or no item).
    QCoro::Task<bool> prepareHistory(SyncOutcome& outcome, int limit);
    /// Ends the reader started beside a walk that did not complete (after its request in flight).
    QCoro::Task<> stopHistory();
    /// After a complete walk: two readers (or one beside the one already running), then the outcome.
    QCoro::Task<> recordItemHistory(SyncOutcome& outcome);
    QString notGrantedNote() const;
    /// Items whose history this job reads (SyncOptions::historyItemsPerSync or historyItemsFullWalk).
    int historyLimit(const SyncOutcome& outcome) const;
    /// True when reading an item's history failed for that item alone (an answer about it refused with a
    /// client error, or not in the documented shape): the readers go on with the next item and the item waits
    /// its turn. Anything else (the network, the rate, the quota, the grant, a server error) would fail for
    /// the next item too: the reading stops.
    static bool itemFailure(const PlatformError& error);
    /// This many item failures in a row are not the items': the reading stops as for any other failure.
    static constexpr int MaxSkippedInARow = 3;
    /// One of the two readers: takes the next item until none is left or the reading stops.
    QCoro::Task<> readItemHistory(HistoryWork& work);
    /// The points to write for an item from what the platform gave.
    static QList<HistoryPoint> historyPoints(const HistoryWork& work, const HistoryBackfill& item,
                                             const QList<PlatformHistoryDay>& days, const QDateTime& now);

public:
    /// Days of YouTube Analytics history kept per video (the running total counts every day).
    static constexpr int HistoryDays = 365;

    AccountStore* m_store;
    PlatformConnector* m_connector;
    UsageReporter* m_reporter;
    LibraryAccount m_account;
    PlatformAccount m_platformAccount;
    SyncOptions m_options;
    PlatformTokens m_tokens;
    SyncProgress m_progress;
    QString m_usageJobId;  ///< this run's id in usage_outbox.job_id (a UUID)
    qint64 m_auditRow = 0; ///< this run's audit_log row, 0 before it is begun
    qint64 m_unitsSinceReport = 0;
    bool m_cancelled = false;
    Cancellation m_cancellation; ///< aborts the request in flight and ends a retry wait when cancelled
    bool m_running = false;
    bool m_refreshing = false;                   ///< a token refresh is in flight
    std::optional<PlatformError> m_refreshError; ///< how the last refresh ended
    QElapsedTimer m_timer;
    QDeadlineTimer m_jobDeadline;
    QDateTime m_walkStartedAt; ///< rows this job writes have synced_at at or after it
    HistoryWork m_history;
    bool m_historyPrepared = false;
    std::optional<QCoro::Task<>> m_historyBeside; ///< the history reader started beside the walk
};

} // namespace sv
