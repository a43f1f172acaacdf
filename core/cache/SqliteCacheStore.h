#pragma once

#include "cache/CacheEntry.h"
#include "cache/CacheStoreQueue.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sv {

/// The persistent cache layer over the library file's table
///   cache_store(key TEXT PRIMARY KEY, value BLOB NOT NULL, stored_at INTEGER NOT NULL,
///               expires_at INTEGER NOT NULL, scope TEXT NOT NULL DEFAULT '')
/// (its one definition is ensureSchema(): run by LibraryCacheStore at every open of a profile's library, by
/// the caller for a standalone file; library files of formats 2 to 5 may have it from the library's
/// migrations, with their cached rows).
/// Lookups are primary-key reads (tens of microseconds). Use it on the thread that owns the connection.
/// Failures (locked, corrupt, missing table) are reported through lastError() and failures() and never
/// throw; the layered cache then degrades to memory only.
///
/// As a CacheStoreQueue it runs the layered cache's operations at once, on the caller's thread: for tests and
/// tools that own the connection. The app and the CLI use LibraryCacheStore (the library's own connection on
/// its worker) and never open a second connection to the library file.
class SqliteCacheStore final : public CacheStoreQueue
{
public:
    /// Uses an already open connection (e.g. LibraryDatabase::connection()).
    explicit SqliteCacheStore(QSqlDatabase db);
    /// Opens its own connection to a standalone `filePath` (tests, benchmarks); check isOpen(). Never for a
    /// profile's library file in a process that also has it open: one connection per file per process.
    static SqliteCacheStore openFile(const QString& filePath, const QString& connectionName);
    ~SqliteCacheStore() override;
    SqliteCacheStore(SqliteCacheStore&& other) noexcept;
    SqliteCacheStore(const SqliteCacheStore&) = delete;
    SqliteCacheStore& operator=(const SqliteCacheStore&) = delete;
    SqliteCacheStore& operator=(SqliteCacheStore&&) = delete;

    bool isOpen() const;
    /// Creates cache_store (and its scope index) if it does not exist; writes only then, after the write
    /// check.
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
    /// Operations that failed since the store was made.
    int failures() const { return m_failures; }
    QSqlDatabase database() const { return m_db; }
    /// Asked before every write: an error message refuses it (the library's check of a damaged file, see
    /// LibraryDatabase::checkWritable()), so the cache never writes where the library would not.
    void setWriteCheck(std::function<std::optional<QString>()> check) { m_writeCheck = std::move(check); }
    /// The last cause for which the write check refused a write, as logged. A refusal for the cause logged
    /// last is logged at debug level only (a read-only profile refuses every write of the session for one
    /// cause: one warning says it); a write the check lets through forgets it, so the next refusal warns
    /// again. Stores made one per operation on the same library share one (LibraryCacheStore); each store
    /// has its own otherwise.
    struct RefusalLog
    {
        QString cause;
    };
    void shareRefusalLog(std::shared_ptr<RefusalLog> log) { m_refusals = std::move(log); }

    /// CacheStoreQueue: runs `op` with this store at once.
    void post(std::function<void(SqliteCacheStore*)> op) override { op(this); }
    SqliteCacheStore* inlineStore() override { return this; }

private:
    bool fail(const QString& what, const QString& message);
    /// False (after fail()) when the store is not open or the write check refuses.
    bool mayWrite(const QString& what);

    QSqlDatabase m_db;
    QString m_ownConnection; ///< set when this store opened the connection itself
    QString m_lastError;
    int m_failures = 0;
    std::function<std::optional<QString>()> m_writeCheck;
    std::shared_ptr<RefusalLog> m_refusals = std::make_shared<RefusalLog>();
};

} // namespace sv
