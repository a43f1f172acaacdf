#include "sync/SyncLedger.h"

#include "library/ContentLimits.h"
#include "library/LibraryService.h"
#include "library/LibrarySql.h"
#include "sync/AccountTable.h"
#include "sync/UsageOutbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

#include <cerrno>
#include <optional>

Q_LOGGING_CATEGORY(lcLedger, "sv.library")

namespace sv {

using librarySql::execBound;
using librarySql::nn;

namespace {

/// A process as audit_log records the owner of a running job: its pid and what tells this process from
/// a later one given the same pid (Linux: the boot id and the start time in clock ticks since boot).
struct ProcessIdentity
{
    qint64 pid = 0;
    QString started; ///< empty where the system does not tell

    /// The identity of the live process `pid`, or nullopt when no such process runs (a zombie is dead).
    static std::optional<ProcessIdentity> of(qint64 pid)
    {
#ifdef Q_OS_LINUX
        static const QByteArray bootId = [] {
            QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
        }();
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray stat = f.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; starttime is field 22.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
            return std::nullopt;
        return ProcessIdentity{pid, QString::fromLatin1(bootId + ':' + fields.at(19))};
#elif defined(Q_OS_UNIX)
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return std::nullopt;
        return ProcessIdentity{pid, QString()};
#else
        return ProcessIdentity{pid, QString()}; // cannot tell: treated as alive
#endif
    }

    static const ProcessIdentity& current()
    {
        static const ProcessIdentity self =
            of(QCoreApplication::applicationPid())
                .value_or(ProcessIdentity{QCoreApplication::applicationPid(), {}});
        return self;
    }

    /// Whether the process that recorded (pid, started) is still running.
    static bool isAlive(qint64 pid, const QString& started)
    {
        const auto now = of(pid);
        return now && (started.isEmpty() || now->started.isEmpty() || now->started == started);
    }
};

QString jobLogError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not write the job log");
}

} // namespace

Result<SyncBatchResult, LibraryError> SyncLedger::commitBatch(LibraryDatabase& db, const SyncBatch& batch)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const ContentItem& item = batch.items.at(i);
        if (auto valid = validateContentItem(item, int(i + 1)); !valid)
            return valid.error();
        if (item.platform != batch.platform || item.account != batch.accountId) {
            LibraryError e;
            e.message = QCoreApplication::translate("sv::LibraryDatabase",
                                                    "Item %1 does not belong to the account being synced.")
                            .arg(i + 1);
            return e;
        }
    }
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    SyncBatchResult result;
    qint64 before = 0;
    const auto countItems = [&](qint64* out) -> Result<void, LibraryError> {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM content WHERE account = ? AND platform = ?"));
        if (!execBound(q, {batch.accountId, platformId(batch.platform)}) || !q.next())
            return LibraryDatabase::sqlError(what, q.lastError());
        *out = q.value(0).toLongLong();
        return {};
    };
    const auto afterBegin = [&]() {
        return countItems(&before);
    };
    const auto beforeCommit = [&]() -> Result<void, LibraryError> {
        qint64 after = 0;
        if (auto counted = countItems(&after); !counted)
            return counted;
        result.written = int(batch.items.size());
        // The billing rule's units: the items this page added to the account (nothing else writes to
        // the library inside this transaction).
        result.newItems = int(after - before);
        result.itemCount = after;
        if (auto marked = AccountTable::markSyncing(db, batch.platform, batch.accountId, after); !marked)
            return marked;
        if (result.newItems <= 0 || batch.usageJobId.isEmpty())
            return {};
        auto key = UsageOutbox::addUnits(db, batch.usageJobId, batch.platform, result.newItems);
        if (!key)
            return key.error();
        result.usageKey = key.value();
        return {};
    };
    if (auto written = db.writeItems(batch.items, afterBegin, beforeCommit); !written)
        return written.error();
    return result;
}

Result<qint64, LibraryError> SyncLedger::beginJob(LibraryDatabase& db, const QString& action,
                                                  const QString& jobType, const QDateTime& startedAt)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable.error();
    QSqlQuery q(db.connection());
    // The owner lets a later open tell a job of a killed process from one running now elsewhere.
    const ProcessIdentity& self = ProcessIdentity::current();
    q.prepare(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at, owner_pid, "
                             "owner_started) VALUES (?, ?, 'running', ?, ?, ?)"));
    if (!execBound(q, {action, jobType, startedAt.toSecsSinceEpoch(), self.pid, nn(self.started)}))
        return LibraryDatabase::sqlError(jobLogError(), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<void, LibraryError> SyncLedger::finishJob(LibraryDatabase& db, qint64 jobId, const QString& status,
                                                 const QString& result, const QDateTime& finishedAt)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE audit_log SET status = ?, result = ?, finished_at = ? WHERE id = ?"));
    if (!execBound(q, {status, nn(result), finishedAt.toSecsSinceEpoch(), jobId}))
        return LibraryDatabase::sqlError(jobLogError(), q.lastError());
    return {};
}

Result<bool, LibraryError> SyncLedger::runningElsewhere(LibraryDatabase& db)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT owner_pid, owner_started FROM audit_log WHERE status = 'running' "
                               "AND owner_pid IS NOT NULL")))
        return LibraryDatabase::sqlError(jobLogError(), q.lastError());
    const ProcessIdentity& self = ProcessIdentity::current();
    while (q.next()) {
        const qint64 pid = q.value(0).toLongLong();
        if (pid != self.pid && ProcessIdentity::isAlive(pid, q.value(1).toString()))
            return true;
    }
    return false;
}

Result<QDateTime, LibraryError> SyncLedger::lastSucceededSync(LibraryDatabase& db)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT max(finished_at) FROM audit_log WHERE action = 'platform_sync' AND "
                               "status = 'succeeded'")))
        return LibraryDatabase::sqlError(jobLogError(), q.lastError());
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

void SyncLedger::interruptOrphanedJobs(LibraryDatabase& db)
{
    if (!db.isOpen())
        return;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, owner_pid, owner_started FROM audit_log WHERE status = 'running'")))
        return;
    QStringList orphans;
    while (q.next()) {
        // No owner: left by a version before format 5. Should an older StreamVibe still be running that
        // job, its end overwrites the mark.
        if (q.value(1).isNull() || !ProcessIdentity::isAlive(q.value(1).toLongLong(), q.value(2).toString()))
            orphans.append(QString::number(q.value(0).toLongLong()));
    }
    q.finish();
    if (orphans.isEmpty() || !db.checkWritable())
        return;
    QSqlQuery update(db.connection());
    if (!update.exec(QStringLiteral("UPDATE audit_log SET status = 'interrupted', finished_at = %1 "
                                    "WHERE status = 'running' AND id IN (%2)")
                         .arg(QDateTime::currentSecsSinceEpoch())
                         .arg(orphans.join(QLatin1Char(',')))))
        qCWarning(lcLedger) << "could not mark interrupted jobs:" << update.lastError().text();
    else
        qCDebug(lcLedger) << "marked" << orphans.size() << "jobs of ended processes as interrupted";
}

void SyncLedger::attach(LibraryService& library)
{
    library.setOpenHook(openHookName(), &SyncLedger::interruptOrphanedJobs);
}

void SyncLedger::attach(LibraryDatabase& db)
{
    db.setOpenHook(openHookName(), &SyncLedger::interruptOrphanedJobs);
}

} // namespace sv
