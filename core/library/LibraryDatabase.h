#pragma once

#include "library/ContentItem.h"
#include "library/SearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include "Result.h"

#include <optional>

namespace sv {

/// A failure with the message a user can act on.
struct LibraryError
{
    QString message;
    /// For import errors: the 1-based item (JSON array element or CSV record after the header) at
    /// fault, 0 if the error is not about one item (e.g. an unreadable file or a missing CSV column).
    int item = 0;
    /// For import errors: the field at fault ("views", "published_at"...), empty if none.
    QString field = {};
};

struct LibraryStats
{
    qint64 items = 0;
    QHash<QString, qint64> itemsPerPlatform; ///< keyed by platformId()
    QDateTime newestPublished;
    QDateTime lastSynced;
    qint64 fileBytes = 0;
};

enum class ExportFormat { Json, Csv };

/// Whether a connected account can be synced (stored as "connected", "reconnect_needed", "disconnected").
enum class AccountStatus { Connected, ReconnectNeeded, Disconnected };
QString accountStatusId(AccountStatus status);
std::optional<AccountStatus> accountStatusFromId(QStringView id);

/// A connected platform account as the library remembers it (table `accounts`). Never holds a token:
/// tokens live in the keychain.
struct LibraryAccount
{
    Platform platform = Platform::YouTube;
    QString accountId; ///< the platform's stable id (channel id, user id, open_id)
    QString displayName;
    QString handle;
    QString avatarUrl;
    AccountStatus status = AccountStatus::Connected;
    QDateTime connectedAt;
    QDateTime lastSyncedAt;    ///< invalid until the first sync finished
    qint64 itemCount = 0;      ///< items of the account in the library after the last sync
    QString newestExternalId;  ///< the newest item seen by the last complete sync
    bool syncComplete = false; ///< false until a sync walked every page (a killed sync leaves it false)
    QString lastError;         ///< translated message of the last failed sync, empty after a success

    friend bool operator==(const LibraryAccount&, const LibraryAccount&) = default;
};

/// One page of a sync, committed in one transaction with its usage (see commitSyncBatch()).
struct SyncBatch
{
    Platform platform = Platform::YouTube;
    QString accountId;
    QList<ContentItem> items;
    /// The sync job writing the batch: an id unique to that one run of a job (a UUID), in every process.
    /// The batch's units go to the job's open usage_outbox row. Empty: no usage is recorded.
    QString usageJobId;
};

struct SyncBatchResult
{
    int written = 0;      ///< rows inserted or updated
    int newItems = 0;     ///< rows that were not in the library before (the usage units added)
    qint64 itemCount = 0; ///< the account's items after the batch
    QString usageKey;     ///< idempotency key of the outbox row that took the units (empty without units)
};

/// A usage report waiting to be sent to the backend's increment_usage.
struct UsageOutboxEntry
{
    QString idempotencyKey; ///< made when the row was inserted; names this one report, never another
    Platform platform = Platform::YouTube;
    qint64 units = 0;
    QDateTime createdAt;
    QString jobId; ///< the sync job that wrote the units (SyncBatch::usageJobId; empty for older rows)
};

/// The local content library: one SQLite file per profile (WAL, foreign keys, versioned schema).
/// One instance owns one connection and must be used from the thread that opened it; see
/// LibraryService for the asynchronous, thread-owning front used by the UI.
class LibraryDatabase
{
public:
    LibraryDatabase();
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    /// Opens (creating if needed) and migrates the database file. A corrupt or foreign file
    /// is reported, never overwritten.
    std::optional<LibraryError> open(const QString& filePath);
    void close();
    bool isOpen() const;
    QString filePath() const;
    /// The open connection (for the cache's cache_store and the sync's audit_log, which share the
    /// file). Valid only on the owning thread.
    QSqlDatabase connection() const;

    static int schemaVersion(); ///< The newest schema version this build knows.

    /// Whether the file may be written: PRAGMA quick_check, run once per open before the first write.
    /// Every write method here calls it; code writing through connection() (the cache) must call it too.
    /// A damaged file takes no write: the error says so and how to recover.
    std::optional<LibraryError> checkWritable();

    /// Inserts or updates by (platform, account, externalId); returns rows written. One transaction.
    Result<int, LibraryError> upsert(const QList<ContentItem>& items);
    Result<SearchResult, LibraryError> search(const SearchQuery& query) const;
    Result<ContentItem, LibraryError> item(qint64 id) const;
    Result<int, LibraryError> removeAccount(Platform platform, const QString& account);
    Result<LibraryStats, LibraryError> stats() const;

    // --- Connected accounts and sync (schema v3) ---------------------------------------------------
    Result<QList<LibraryAccount>, LibraryError> accounts() const;
    /// The account, or nullopt when it is not in the library.
    Result<std::optional<LibraryAccount>, LibraryError> account(Platform platform,
                                                                const QString& accountId) const;
    /// Inserts the account or updates its profile (name, handle, avatar) and status; keeps its sync state.
    std::optional<LibraryError> saveAccount(const LibraryAccount& account);
    std::optional<LibraryError> setAccountStatus(Platform platform, const QString& accountId,
                                                 AccountStatus status, const QString& lastError = {});
    /// Forgets the account; with `removeItems` its items go too (one transaction). Returns items removed.
    Result<int, LibraryError> deleteAccount(Platform platform, const QString& accountId, bool removeItems);
    /// Upserts the batch's items, adds the number of new items (the billing rule's units, see
    /// docs/ARCHITECTURE.md) to the job's open (unsealed) usage_outbox row, found by the batch's
    /// usageJobId, or inserts a new row under a fresh UUID key when the job has none (a reporter sealed
    /// it, or it is the job's first), and marks the account's sync incomplete, all in one transaction: a
    /// crash either keeps the items and their usage or neither. A key is never given to a second row.
    Result<SyncBatchResult, LibraryError> commitSyncBatch(const SyncBatch& batch);
    /// Which of `externalIds` the library already has for the account.
    Result<QSet<QString>, LibraryError> knownExternalIds(Platform platform, const QString& accountId,
                                                         const QStringList& externalIds) const;
    /// The account's `limit` most recently published items.
    Result<QList<ContentItem>, LibraryError> recentItems(Platform platform, const QString& accountId,
                                                         int limit) const;
    /// Updates views, likes and comments of existing items (matched by platform, account, externalId).
    Result<int, LibraryError> updateStatistics(const QList<ContentItem>& items);
    /// After a sync walked all the pages it had to: last_synced_at, recounted item_count, the newest item,
    /// sync_complete = 1, status connected, no error.
    std::optional<LibraryError> finishAccountSync(Platform platform, const QString& accountId,
                                                  const QDateTime& syncedAt, const QString& newestExternalId);
    /// After a full walk of the account's items (every item the platform lists was written at or after
    /// `walkStartedAt`): removes the account's items the walk did not see, i.e. deleted on the platform.
    /// Returns how many were removed.
    Result<int, LibraryError> pruneItemsNotSeenSince(Platform platform, const QString& accountId,
                                                     const QDateTime& walkStartedAt);

    /// audit_log: a job starts as 'running', owned by this process; returns its row id. A later open
    /// marks it 'interrupted' once this process has ended without finishing it.
    Result<qint64, LibraryError> beginJob(const QString& action, const QString& jobType,
                                          const QDateTime& startedAt);
    /// status: 'succeeded', 'failed' or 'cancelled'; result: a JSON summary (no secrets).
    std::optional<LibraryError> finishJob(qint64 jobId, const QString& status, const QString& result,
                                          const QDateTime& finishedAt);

    /// Seals every usage_outbox row (a sealed row never changes again: a job still writing opens a new
    /// row) and returns all of them, oldest first.
    Result<QList<UsageOutboxEntry>, LibraryError> takeUsageOutbox();
    /// Deletes a sealed row once the backend has counted it.
    std::optional<LibraryError> removeUsageOutbox(const QString& idempotencyKey);
    /// Units not yet confirmed by the backend (sealed or not); with `jobId`, only that job's.
    Result<qint64, LibraryError> pendingUsageUnits(const QString& jobId = {}) const;

    /// Import: all or nothing. The error names the item (1-based) and the field at fault.
    Result<int, LibraryError> importFrom(QIODevice& in, ExportFormat format);
    std::optional<LibraryError> exportTo(QIODevice& out, ExportFormat format) const;

private:
    struct Private;
    Private* d;
};

} // namespace sv
