#pragma once

#include "cache/CacheEntry.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sv {

/// The persistent cache layer over the library file's table
///   cache_store(key TEXT PRIMARY KEY, value BLOB NOT NULL, stored_at INTEGER NOT NULL,
///               expires_at INTEGER NOT NULL, scope TEXT NOT NULL DEFAULT '')
/// (created by the library's migrations; ensureSchema() creates it for a standalone file).
/// Lookups are primary-key reads (tens of microseconds). Use it on the thread that owns the connection.
/// Failures (locked, corrupt, missing table) are reported through lastError() and never throw; the
/// layered cache then degrades to memory only.
class SqliteCacheStore
{
public:
    /// Uses an already open connection (e.g. LibraryDatabase::connection()).
    explicit SqliteCacheStore(QSqlDatabase db);
    /// Opens its own connection to `filePath` (for tools and tests); check isOpen().
    static SqliteCacheStore openFile(const QString& filePath, const QString& connectionName);
    ~SqliteCacheStore();
    SqliteCacheStore(SqliteCacheStore&& other) noexcept;
    SqliteCacheStore(const SqliteCacheStore&) = delete;
    SqliteCacheStore& operator=(const SqliteCacheStore&) = delete;
    SqliteCacheStore& operator=(SqliteCacheStore&&) = delete;

    bool isOpen() const;
    /// Creates cache_store if it does not exist (the library's migrations normally do this).
    bool ensureSchema();

    std::optional<CacheEntry> get(const QString& key);
    bool put(const QString& key, const CacheEntry& entry);
    bool remove(const QString& key);
    /// Removes keys starting with `prefix` (LIKE-escaped). Returns rows removed, -1 on error.
    int removePrefix(const QString& prefix);
    /// Removes every entry of a user scope. Returns rows removed, -1 on error.
    int removeScope(const QString& scope);
    /// Removes entries whose expiry is before `olderThanMs`. Returns rows removed, -1 on error.
    int removeExpiredBefore(qint64 olderThanMs);
    int count();

    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }

private:
    bool fail(const QString& what, const QString& message);

    QSqlDatabase m_db;
    QString m_ownConnection; ///< set when this store opened the connection itself
    QString m_lastError;
};

} // namespace sv
