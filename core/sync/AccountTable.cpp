#include "sync/AccountTable.h"

#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace sv {

using librarySql::execBound;
using librarySql::nn;

QString accountStatusId(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return QStringLiteral("connected");
    case AccountStatus::ReconnectNeeded:
        return QStringLiteral("reconnect_needed");
    case AccountStatus::Disconnected:
        return QStringLiteral("disconnected");
    }
    return QStringLiteral("connected");
}

std::optional<AccountStatus> accountStatusFromId(QStringView id)
{
    for (const AccountStatus s :
         {AccountStatus::Connected, AccountStatus::ReconnectNeeded, AccountStatus::Disconnected}) {
        if (id == accountStatusId(s))
            return s;
    }
    return std::nullopt;
}

namespace {

constexpr const char* kAccountColumns = "platform, account_id, display_name, handle, avatar_url, status, "
                                        "connected_at, last_synced_at, item_count, newest_external_id, "
                                        "sync_complete, last_error, full_walk_at";

LibraryAccount rowToAccount(const QSqlQuery& q)
{
    LibraryAccount a;
    a.platform = platformFromId(q.value(0).toString()).value_or(Platform::YouTube);
    a.accountId = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.handle = q.value(3).toString();
    a.avatarUrl = q.value(4).toString();
    a.status = accountStatusFromId(q.value(5).toString()).value_or(AccountStatus::Connected);
    a.connectedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    if (!q.value(7).isNull())
        a.lastSyncedAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    a.itemCount = q.value(8).toLongLong();
    a.newestExternalId = q.value(9).toString();
    a.syncComplete = q.value(10).toInt() == 1;
    a.lastError = q.value(11).toString();
    if (!q.value(12).isNull())
        a.fullWalkAt = QDateTime::fromSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    return a;
}

QString accountsError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not read the connected accounts");
}

QString accountsWriteError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not save the connected account");
}

/// Runs one write statement on the accounts after the library's checks.
Result<void, LibraryError> writeAccounts(LibraryDatabase& db, const QString& sql, const QVariantList& values)
{
    if (auto writable = db.checkWritable(); !writable)
        return writable;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (!execBound(q, values))
        return LibraryDatabase::sqlError(accountsWriteError(), q.lastError());
    return {};
}

} // namespace

Result<QList<LibraryAccount>, LibraryError> AccountTable::all(LibraryDatabase& db)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY platform, account_id")
                    .arg(QLatin1String(kAccountColumns))))
        return LibraryDatabase::sqlError(accountsError(), q.lastError());
    QList<LibraryAccount> list;
    while (q.next())
        list.append(rowToAccount(q));
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(accountsError(), q.lastError());
    // Fixed platform order (YouTube, Instagram, TikTok), as the UI shows them.
    std::stable_sort(list.begin(), list.end(), [](const LibraryAccount& a, const LibraryAccount& b) {
        return int(a.platform) < int(b.platform);
    });
    return list;
}

Result<std::optional<LibraryAccount>, LibraryError> AccountTable::find(LibraryDatabase& db, Platform platform,
                                                                       const QString& accountId)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE platform = ? AND account_id = ?")
                  .arg(QLatin1String(kAccountColumns)));
    if (!execBound(q, {platformId(platform), accountId}))
        return LibraryDatabase::sqlError(accountsError(), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return LibraryDatabase::sqlError(accountsError(), q.lastError());
        return std::optional<LibraryAccount>();
    }
    return std::optional<LibraryAccount>(rowToAccount(q));
}

Result<void, LibraryError> AccountTable::save(LibraryDatabase& db, const LibraryAccount& account)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto writable = db.checkWritable(); !writable)
        return writable;
    if (account.accountId.isEmpty()) {
        LibraryError e;
        e.message = QCoreApplication::translate("sv::LibraryDatabase", "%1: the account has no id.")
                        .arg(accountsWriteError());
        return e;
    }
    const QDateTime connected =
        account.connectedAt.isValid() ? account.connectedAt : QDateTime::currentDateTimeUtc();
    return writeAccounts(
        db,
        QStringLiteral(
            "INSERT INTO accounts (platform, account_id, display_name, handle, avatar_url, status, "
            "connected_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, account_id) DO "
            "UPDATE SET display_name = excluded.display_name, handle = excluded.handle, avatar_url = "
            "excluded.avatar_url, status = excluded.status, last_error = excluded.last_error"),
        {platformId(account.platform), account.accountId, nn(account.displayName), nn(account.handle),
         nn(account.avatarUrl), accountStatusId(account.status), connected.toSecsSinceEpoch(),
         nn(account.lastError)});
}

Result<void, LibraryError> AccountTable::setStatus(LibraryDatabase& db, Platform platform,
                                                   const QString& accountId, AccountStatus status,
                                                   const QString& lastError)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    return writeAccounts(
        db,
        QStringLiteral(
            "UPDATE accounts SET status = ?, last_error = ? WHERE platform = ? AND account_id = ?"),
        {accountStatusId(status), nn(lastError), platformId(platform), accountId});
}

Result<int, LibraryError> AccountTable::remove(LibraryDatabase& db, Platform platform,
                                               const QString& accountId, bool removeItems)
{
    const QString what =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not remove the connected account");
    int removed = 0;
    const auto done = db.transaction(what, [&]() -> Result<void, LibraryError> {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM accounts WHERE platform = ? AND account_id = ?"));
        if (!execBound(q, {platformId(platform), accountId}))
            return LibraryDatabase::sqlError(what, q.lastError());
        if (removeItems) {
            QSqlQuery items(db.connection());
            items.prepare(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ?"));
            if (!execBound(items, {platformId(platform), accountId}))
                return LibraryDatabase::sqlError(what, items.lastError());
            removed = items.numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

Result<void, LibraryError> AccountTable::finishSync(LibraryDatabase& db, Platform platform,
                                                    const QString& accountId, const QDateTime& syncedAt,
                                                    const QString& newestExternalId, bool fullWalk)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    return writeAccounts(
        db,
        QStringLiteral("UPDATE accounts SET last_synced_at = ?, sync_complete = 1, status = 'connected', "
                       "last_error = '', "
                       "newest_external_id = CASE WHEN ? = '' THEN newest_external_id ELSE ? END, "
                       "full_walk_at = CASE WHEN ? THEN ? ELSE full_walk_at END, "
                       "item_count = (SELECT count(*) FROM content WHERE account = accounts.account_id AND "
                       "platform = accounts.platform) WHERE platform = ? AND account_id = ?"),
        {syncedAt.toSecsSinceEpoch(), nn(newestExternalId), nn(newestExternalId), fullWalk ? 1 : 0,
         syncedAt.toSecsSinceEpoch(), platformId(platform), accountId});
}

Result<void, LibraryError> AccountTable::markSyncing(LibraryDatabase& db, Platform platform,
                                                     const QString& accountId, qint64 itemCount)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET sync_complete = 0, item_count = ? "
                             "WHERE platform = ? AND account_id = ?"));
    if (!execBound(q, {itemCount, platformId(platform), accountId}))
        return LibraryDatabase::sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library"),
            q.lastError());
    return {};
}

} // namespace sv
