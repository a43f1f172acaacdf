#pragma once

#include "library/ContentItem.h"
#include "library/LibraryDatabase.h"

#include "Platform.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sv {

class LibraryService;

/// One page of a sync, committed in one transaction with its usage (see SyncLedger::commitBatch()).
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

/// What a sync records in the library file besides the items: each page's batch with its usage, and the
/// job log (table `audit_log`, created by the library's migrations). Through the library's connection, on
/// the thread that owns it (for SyncJob: LibraryService's worker).
class SyncLedger
{
public:
    /// Upserts the batch's items, adds the number of new items (the billing rule's units, see
    /// docs/ARCHITECTURE.md) to the job's usage_outbox row (UsageOutbox::addUnits(), by the batch's
    /// usageJobId) and marks the account's sync incomplete, all in one transaction: a crash either keeps the
    /// items and their usage or neither.
    static Result<SyncBatchResult, LibraryError> commitBatch(LibraryDatabase& db, const SyncBatch& batch);

    /// audit_log: a job starts as 'running', owned by this process; returns its row id. A later open marks
    /// it 'interrupted' once this process has ended without finishing it (interruptOrphanedJobs()).
    static Result<qint64, LibraryError> beginJob(LibraryDatabase& db, const QString& action,
                                                 const QString& jobType, const QDateTime& startedAt);
    /// status: 'succeeded', 'failed' or 'cancelled'; result: a JSON summary (no secrets).
    static Result<void, LibraryError> finishJob(LibraryDatabase& db, qint64 jobId, const QString& status,
                                                const QString& result, const QDateTime& finishedAt);

    /// Whether another process that is still running (the GUI, the CLI, a background sync of the same
    /// profile) has a 'running' job in the log: a scheduled sync then waits for it to end.
    static Result<bool, LibraryError> runningElsewhere(LibraryDatabase& db);

    /// When the last platform sync that succeeded ended, whichever process of the profile ran it (the GUI,
    /// the CLI, a background sync); invalid when none did.
    static Result<QDateTime, LibraryError> lastSucceededSync(LibraryDatabase& db);

    /// Marks 'interrupted' (with finished_at) the 'running' audit_log rows whose owner process is gone, and
    /// those of versions that recorded no owner; the job of a process running now is left alone. Run at
    /// every open of the library (attach()).
    static void interruptOrphanedJobs(LibraryDatabase& db);
    /// The name of interruptOrphanedJobs() among the library's open hooks.
    static QString openHookName() { return QStringLiteral("audit_log"); }
    /// Sets interruptOrphanedJobs() as `db`'s open hook (it runs at once when `db` is open).
    static void attach(LibraryDatabase& db);
    /// The same for the database of `library`, on its worker thread.
    static void attach(LibraryService& library);
};

} // namespace sv
