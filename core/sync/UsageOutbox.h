#pragma once

#include "library/LibraryDatabase.h"

#include "Platform.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sv {

/// A usage report waiting to be sent to the backend's increment_usage.
struct UsageOutboxEntry
{
    QString idempotencyKey; ///< made when the row was inserted; names this one report, never another
    Platform platform = Platform::YouTube;
    qint64 units = 0;
    QDateTime createdAt;
    QString jobId; ///< the sync job that wrote the units (SyncBatch::usageJobId; empty for older rows)
};

/// The usage waiting to be reported (table `usage_outbox` in the library file, created by the library's
/// migrations), through the library's connection on the thread that owns it. A row is written in the same
/// transaction as the items it counts (SyncLedger::commitBatch()); UsageReporter takes (seals) the rows,
/// sends them and removes each one the backend counted.
class UsageOutbox
{
public:
    /// Seals every row (a sealed row never changes again: a job still writing opens a new row) and returns
    /// all of them, oldest first.
    static Result<QList<UsageOutboxEntry>, LibraryError> take(LibraryDatabase& db);
    /// Deletes a sealed row once the backend has counted it.
    static Result<void, LibraryError> remove(LibraryDatabase& db, const QString& idempotencyKey);
    /// Units not yet confirmed by the backend (sealed or not); with a `jobId`, only that job's.
    static Result<qint64, LibraryError> pendingUnits(LibraryDatabase& db, const QString& jobId);
    /// Inside a sync batch's transaction: adds `units` to the job's open (unsealed) row, or inserts a new row
    /// under a fresh UUID key when the job has none (a reporter sealed it, or it is the job's first). A key
    /// is never given to a second row. Returns the key of the row that took the units.
    static Result<QString, LibraryError> addUnits(LibraryDatabase& db, const QString& jobId,
                                                  Platform platform, qint64 units);
};

} // namespace sv
