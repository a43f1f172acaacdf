#pragma once

#include "Platform.h"
#include "platforms/PlatformConnector.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace sv {

class AppConfig;

/// Tuning of a sync job. The defaults are the production values; tests shorten the delays.
struct SyncOptions
{
    /// On a sync after a complete one: how many of the most recent items get fresh statistics. Where the
    /// platform reads items by id (PlatformConnector::olderStatisticsPerSync(): YouTube 200, 4 quota units),
    /// that many older items too, those refreshed longest ago first: N items are all refreshed within
    /// ceil((N - 50) / 200) syncs (YouTube, 2,000 videos: 10 syncs, 2.5 days at the 6-hour schedule).
    int recentStatisticsItems = 50;
    /// Attempts per page for transient errors (after HttpClient's own retries) and malformed pages.
    int maxPageAttempts = 4;
    /// First delay between page attempts (doubled each time) when the server did not say how long.
    std::chrono::milliseconds retryDelay{500};
    /// Longest wait honoured from a platform's Retry-After.
    std::chrono::milliseconds maxRetryDelay{30'000};
    /// Usage is reported to the backend after this many new items (and at the end of the job).
    qint64 reportEveryItems = 2000;
    /// Refresh the access token before starting when it expires within this margin.
    std::chrono::seconds refreshMargin{60};
    /// Longest wait for one answer of the platform; a request without an answer by then is retried (by
    /// HttpClient, then as a page attempt) while the page's deadline allows.
    std::chrono::milliseconds requestTimeout{30'000};
    /// One page, every request, attempt and wait for it included, ends within this: a platform that does
    /// not answer stops the job then (with a Timeout error; the pages committed before stay).
    std::chrono::milliseconds pageTimeout{60'000};
    /// Items whose platform history is read per sync, two requests at a time (SyncJob). YouTube Analytics:
    /// the most recently published of those never read or not read today. Instagram insights (one request
    /// per media): those never read first, then those read longest ago, so the reads go round the whole
    /// library: N media are all read within ceil(N / 20) syncs (300 media: 15 syncs, under 4 days at the
    /// 6-hour schedule), then again in the same turn. A rate-limit answer stops the reads of that sync.
    int historyItemsPerSync = 20;
    /// After a full walk that kept both request slots busy (YouTube's first sync: listings and videos.list),
    /// the history's requests add to the sync's time: it reads this many, the next syncs the rest.
    int historyItemsFullWalk = 4;
    /// A sync after a complete one walks only the new pages and refreshes the recent items' statistics; once
    /// the account's last full walk is this old, the sync walks every page again: the counters of every item
    /// (Instagram and TikTok read them only from their listings) and the items deleted on the platform
    /// removed. Zero: never again after the first.
    std::chrono::hours fullWalkEvery{7 * 24};
    /// The whole job (its pages and the statistics refresh) ends within this.
    std::chrono::milliseconds jobTimeout{2 * 60 * 60 * 1000};

    /// The defaults with the [sync] timeouts of the configuration (request_timeout, page_timeout,
    /// job_timeout, in seconds).
    static SyncOptions fromConfig(const AppConfig& config);
};

/// Progress of a running job.
struct SyncProgress
{
    int pages = 0;                    ///< pages fetched and committed
    qint64 items = 0;                 ///< items committed (new and updated)
    qint64 newItems = 0;              ///< items that were not in the library before
    std::optional<qint64> totalItems; ///< when the platform says
    /// While the job waits to retry a request or a page: why and in how long, for the user (translated,
    /// e.g. "YouTube did not answer; retrying in 8 seconds."). Empty otherwise; cleared by the next page.
    QString retryNotice;
    std::chrono::milliseconds retryIn{0}; ///< the wait announced by retryNotice
    qint64 elapsedMs = 0;                 ///< since the job started (for the time estimate)

    /// The time left, from the pace so far, when the platform gave a total; nullopt otherwise.
    std::optional<std::chrono::milliseconds> remaining() const;
    /// For people: "1,200 of about 5,000 items, about 3 minutes left", or "1,200 items" without a total.
    QString text() const;
};

/// How a sync job ended.
struct SyncOutcome
{
    enum class Status { Succeeded, Failed, Cancelled };

    Status status = Status::Failed;
    Platform platform = Platform::YouTube;
    QString accountId;
    QString accountName;
    bool incremental = false; ///< stopped paging at the first page of known items
    SyncProgress progress;
    int statisticsRefreshed = 0;
    int itemsPruned = 0;  ///< items deleted on the platform, removed after a full walk
    int historyItems = 0; ///< items whose platform history (Analytics, insights) was recorded
    /// Why no or not all platform history was read (translated, informative; never an error of the sync).
    QString historyNote;
    qint64 itemCount = 0; ///< the account's items in the library afterwards
    /// Of this job's usage units (progress.newItems, on `platform`: the billing rule in
    /// docs/ARCHITECTURE.md), those the backend had confirmed when the job ended, and those still in the
    /// outbox (reported by a later flush). unitsReported + unitsPending == progress.newItems.
    qint64 unitsReported = 0;
    qint64 unitsPending = 0;
    std::optional<PlatformError::Kind> errorKind;
    QString errorMessage; ///< translated; empty on success
    bool reconnectNeeded = false;
    QStringList notices; ///< translated: overage, usage reporting delayed, token not saved...
    qint64 elapsedMs = 0;

    bool succeeded() const { return status == Status::Succeeded; }
    /// What the sync brought, for people: "2,000 new items, 14 updated" ("no new items" when nothing
    /// changed), with the locale's digits and plural forms.
    QString summary() const;
    static QString statusId(Status status); ///< "succeeded", "failed", "cancelled" (as in audit_log)
    /// For `sync --json` and the audit log: no secrets.
    QJsonObject toJson() const;
};

} // namespace sv

Q_DECLARE_METATYPE(sv::SyncProgress)
Q_DECLARE_METATYPE(sv::SyncOutcome)
