#include "sync/UsageOutbox.h"

#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace sv {

using librarySql::execBound;

namespace {

QString readError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not read the usage to report");
}

} // namespace

Result<QList<UsageOutboxEntry>, LibraryError> UsageOutbox::take(LibraryDatabase& db)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable.error();
    const QString what = readError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("UPDATE usage_outbox SET sealed = 1 WHERE sealed = 0")))
        return LibraryDatabase::sqlError(what, q.lastError());
    if (!q.exec(
            QStringLiteral("SELECT idempotency_key, platform, units, created_at, job_id FROM usage_outbox "
                           "WHERE sealed = 1 ORDER BY id")))
        return LibraryDatabase::sqlError(what, q.lastError());
    QList<UsageOutboxEntry> rows;
    while (q.next()) {
        UsageOutboxEntry e;
        e.idempotencyKey = q.value(0).toString();
        e.platform = platformFromId(q.value(1).toString()).value_or(Platform::YouTube);
        e.units = q.value(2).toLongLong();
        e.createdAt = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        e.jobId = q.value(4).toString();
        rows.append(e);
    }
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(what, q.lastError());
    return rows;
}

Result<void, LibraryError> UsageOutbox::remove(LibraryDatabase& db, const QString& idempotencyKey)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM usage_outbox WHERE idempotency_key = ? AND sealed = 1"));
    if (!execBound(q, {idempotencyKey}))
        return LibraryDatabase::sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not update the usage to report"),
            q.lastError());
    return {};
}

Result<qint64, LibraryError> UsageOutbox::pendingUnits(LibraryDatabase& db, const QString& jobId)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(jobId.isEmpty()
                  ? QStringLiteral("SELECT coalesce(sum(units), 0) FROM usage_outbox")
                  : QStringLiteral("SELECT coalesce(sum(units), 0) FROM usage_outbox WHERE job_id = ?"));
    if (!jobId.isEmpty())
        q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return q.value(0).toLongLong();
}

Result<QString, LibraryError> UsageOutbox::addUnits(LibraryDatabase& db, const QString& jobId,
                                                    Platform platform, qint64 units)
{
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    // The job's open row takes the units. A sealed row (taken by a reporter, maybe already counted by the
    // backend) never changes: the job then opens a new row under a key no report ever had.
    QSqlQuery find(db.connection());
    find.setForwardOnly(true);
    find.prepare(
        QStringLiteral("SELECT id, idempotency_key FROM usage_outbox WHERE job_id = ? AND sealed = 0"));
    if (!execBound(find, {jobId}))
        return LibraryDatabase::sqlError(what, find.lastError());
    if (find.next()) {
        const qint64 rowId = find.value(0).toLongLong();
        const QString key = find.value(1).toString();
        find.finish();
        QSqlQuery add(db.connection());
        add.prepare(QStringLiteral("UPDATE usage_outbox SET units = units + ? WHERE id = ?"));
        if (!execBound(add, {units, rowId}))
            return LibraryDatabase::sqlError(what, add.lastError());
        return key;
    }
    if (find.lastError().isValid())
        return LibraryDatabase::sqlError(what, find.lastError());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at, "
                                  "job_id) VALUES (?, ?, ?, ?, ?)"));
    if (!execBound(insert, {key, platformId(platform), units, QDateTime::currentSecsSinceEpoch(), jobId}))
        return LibraryDatabase::sqlError(what, insert.lastError());
    return key;
}

} // namespace sv
