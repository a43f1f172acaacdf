#include "cache/SqliteCacheStore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sv {

Q_LOGGING_CATEGORY(lcCache, "streamvibe.cache", QtInfoMsg)

namespace {

QString likeEscape(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

} // namespace

SqliteCacheStore::SqliteCacheStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SqliteCacheStore SqliteCacheStore::openFile(const QString& filePath, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    SqliteCacheStore store(db);
    store.m_ownConnection = connectionName;
    if (!db.open()) {
        store.fail(QStringLiteral("open"), db.lastError().text());
        return store;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=2000"));
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return store;
}

SqliteCacheStore::SqliteCacheStore(SqliteCacheStore&& other) noexcept
    : CacheStoreQueue()
    , m_db(std::move(other.m_db))
    , m_ownConnection(std::move(other.m_ownConnection))
    , m_lastError(std::move(other.m_lastError))
    , m_failures(other.m_failures)
    , m_writeCheck(std::move(other.m_writeCheck))
    , m_refusals(other.m_refusals)
{
    other.m_ownConnection.clear();
    other.m_db = QSqlDatabase();
}

SqliteCacheStore::~SqliteCacheStore()
{
    if (!m_ownConnection.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_ownConnection);
    }
}

bool SqliteCacheStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool SqliteCacheStore::mayWrite(const QString& what)
{
    if (!isOpen())
        return fail(what, QStringLiteral("database not open"));
    if (m_writeCheck) {
        if (const auto refused = m_writeCheck()) {
            if (m_refusals->cause != *refused) {
                m_refusals->cause = *refused;
                return fail(what, *refused);
            }
            m_lastError = what + QLatin1String(": ") + *refused;
            ++m_failures;
            qCDebug(lcCache).noquote() << "cache_store" << what << "refused again for the same cause";
            return false;
        }
        m_refusals->cause.clear();
    }
    return true;
}

bool SqliteCacheStore::fail(const QString& what, const QString& message)
{
    m_lastError = what + QLatin1String(": ") + message;
    ++m_failures;
    qCWarning(lcCache).noquote() << "cache_store" << m_lastError;
    return false;
}

bool SqliteCacheStore::ensureSchema()
{
    if (!isOpen())
        return fail(QStringLiteral("schema"), QStringLiteral("database not open"));
    QSqlQuery q(m_db);
    // A library file of formats 2 to 5 may have the table from the library's migrations: nothing is
    // written then (a damaged file takes no write at all).
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'cache_store'")) ||
        !q.next())
        return fail(QStringLiteral("schema"), q.lastError().text());
    if (q.value(0).toInt() > 0)
        return true;
    q.finish();
    if (!mayWrite(QStringLiteral("schema")))
        return false;
    // The one definition of cache_store (times in unix ms; scope '' = global, else a user id).
    for (const QString& sql :
         {QStringLiteral("CREATE TABLE IF NOT EXISTS cache_store (\n"
                         "  key TEXT PRIMARY KEY,\n"
                         "  value BLOB NOT NULL,\n"
                         "  stored_at INTEGER NOT NULL,\n"
                         "  expires_at INTEGER NOT NULL,\n"
                         "  scope TEXT NOT NULL DEFAULT ''\n"
                         ")"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS cache_store_scope_idx ON cache_store (scope)")}) {
        if (!q.exec(sql))
            return fail(QStringLiteral("schema"), q.lastError().text());
    }
    return true;
}

std::optional<CacheEntry> SqliteCacheStore::get(const QString& key)
{
    if (!isOpen()) {
        fail(QStringLiteral("get"), QStringLiteral("database not open"));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT value, stored_at, expires_at, scope FROM cache_store WHERE key = ?"))) {
        fail(QStringLiteral("get"), q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(key);
    if (!q.exec()) {
        fail(QStringLiteral("get"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CacheEntry e;
    e.value = q.value(0).toByteArray();
    e.storedAt = q.value(1).toLongLong();
    e.expiresAt = q.value(2).toLongLong();
    e.scope = q.value(3).toString();
    return e;
}

bool SqliteCacheStore::put(const QString& key, const CacheEntry& entry)
{
    if (!mayWrite(QStringLiteral("put")))
        return false;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO cache_store (key, value, stored_at, expires_at, scope)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                                  " value = excluded.value, stored_at = excluded.stored_at,"
                                  " expires_at = excluded.expires_at, scope = excluded.scope")))
        return fail(QStringLiteral("put"), q.lastError().text());
    q.addBindValue(key);
    q.addBindValue(entry.value.isNull() ? QByteArray("") : entry.value); // NOT NULL column
    q.addBindValue(entry.storedAt);
    q.addBindValue(entry.expiresAt);
    q.addBindValue(entry.scope.isNull() ? QStringLiteral("") : entry.scope); // NOT NULL column
    if (!q.exec())
        return fail(QStringLiteral("put"), q.lastError().text());
    return true;
}

bool SqliteCacheStore::remove(const QString& key)
{
    if (!mayWrite(QStringLiteral("remove")))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cache_store WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return fail(QStringLiteral("remove"), q.lastError().text());
    return q.numRowsAffected() > 0;
}

int SqliteCacheStore::removePrefix(const QString& prefix)
{
    if (!mayWrite(QStringLiteral("removePrefix")))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cache_store WHERE key LIKE ? ESCAPE '\\'"));
    q.addBindValue(QString(likeEscape(prefix) + QLatin1Char('%')));
    if (!q.exec())
        return fail(QStringLiteral("removePrefix"), q.lastError().text()), -1;
    return q.numRowsAffected();
}

int SqliteCacheStore::removeScope(const QString& scope)
{
    if (scope.isEmpty())
        return 0;
    if (!mayWrite(QStringLiteral("removeScope")))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cache_store WHERE scope = ?"));
    q.addBindValue(scope);
    if (!q.exec())
        return fail(QStringLiteral("removeScope"), q.lastError().text()), -1;
    return q.numRowsAffected();
}

int SqliteCacheStore::removeExpiredBefore(qint64 olderThanMs)
{
    if (!mayWrite(QStringLiteral("prune")))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cache_store WHERE expires_at < ?"));
    q.addBindValue(olderThanMs);
    if (!q.exec())
        return fail(QStringLiteral("prune"), q.lastError().text()), -1;
    return q.numRowsAffected();
}

int SqliteCacheStore::count()
{
    if (!isOpen())
        return fail(QStringLiteral("count"), QStringLiteral("database not open")), -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cache_store")) || !q.next())
        return fail(QStringLiteral("count"), q.lastError().text()), -1;
    return q.value(0).toInt();
}

} // namespace sv
