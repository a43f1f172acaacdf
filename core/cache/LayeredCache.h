#pragma once

#include "Clock.h"
#include "backend/ApiError.h"
#include "cache/CachePolicy.h"
#include "cache/CacheStats.h"
#include "cache/CacheStoreQueue.h"
#include "cache/MemoryCache.h"
#include "cache/SqliteCacheStore.h"

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <QCoro/QCoroTask>

#include <QFuture>
#include <QPromise>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace sv {

/// Where a cached answer came from.
enum class CacheSource { Memory, Sqlite, Backend };

struct CacheResult
{
    QByteArray value;
    bool stale = false; ///< expired, served because the backend was unreachable
    QDateTime storedAt; ///< when the value was fetched from the backend (UTC)
    CacheSource source = CacheSource::Backend;
    /// Age of the value at the time of the answer (0 for a fresh backend answer).
    std::chrono::milliseconds age{0};
    /// With stale: the error that made the backend unusable.
    std::optional<ApiError> backendError;
    /// getOrRevalidate(): the value has expired and is served at once while `refreshed` fetches it again.
    bool revalidating = false;
    /// With revalidating: ends when the background refresh does, with nullopt when the cache now holds the
    /// fresh value, or with the error that kept the old one. Every caller of the key shares it.
    QFuture<std::optional<ApiError>> refreshed;
};

/// The seed's "Approach 3": memory -> SQLite (cache_store) -> backend fetcher, TTL per DataType from
/// CachePolicy. Invoices and payment methods bypass every layer (nothing is ever stored for them).
/// When the fetcher fails with Offline, Timeout or 5xx, the last value is served marked stale with its
/// age ("offline - as of 14:05"). getOrRevalidate() never waits for the backend when it has a value: an
/// expired one is served at once, marked revalidating, while one background request refreshes it
/// (stale-while-revalidate, for pages that show what they showed before without waiting on the network).
///
/// Single-thread: use it from one thread (the UI thread), which never waits for SQL. The SQLite layer is a
/// CacheStoreQueue: in the app and the CLI the library's own connection on LibraryService's worker
/// (LibraryCacheStore). get() and lookup() await its reads; put(), the invalidations, purgeScope() and
/// prune() change the memory layer at once and queue the SQLite change in order, without waiting (fire and
/// forget: a later read of the same store sees it). A value read from SQLite while the cache changed is read
/// again, so a purged or replaced entry never comes back into memory.
class LayeredCache
{
public:
    /// The backend call for one key: the raw bytes to cache (typically the JSON answer).
    using Fetcher = std::function<QCoro::Task<Result<QByteArray, ApiError>>()>;

    struct Key
    {
        DataType type;
        QString scope; ///< the user id for user-scoped types; ignored (empty) for shared types
        QString id;    ///< e.g. "all", "me", "settings"
    };

    /// `store` may be null (memory only). The clock must outlive the cache.
    LayeredCache(std::unique_ptr<CacheStoreQueue> store, Clock& clock = Clock::system(),
                 int memoryEntries = 512);
    ~LayeredCache();
    LayeredCache(const LayeredCache&) = delete;
    LayeredCache& operator=(const LayeredCache&) = delete;

    /// Fresh cached value if any, else fetch (and store); stale value on an unavailable backend.
    /// `forceRefresh` skips the fresh-cache check (a user's "refresh" button) but still falls back to
    /// a stale value when offline.
    QCoro::Task<Result<CacheResult, ApiError>> get(const Key& key, Fetcher fetcher,
                                                   bool forceRefresh = false);
    /// Stale-while-revalidate: the cached value (memory, else SQLite) at once, fresh or not; an expired one
    /// comes marked `revalidating` and is refreshed in the background (one request per key, shared with
    /// every other caller and with get()). Only without a usable cached value (absent, or older than the
    /// type's maxStale) does it wait for the backend, as get() does.
    QCoro::Task<Result<CacheResult, ApiError>> getOrRevalidate(const Key& key, Fetcher fetcher);
    /// What the memory layer holds for the key (fresh or stale), without SQL and without the backend;
    /// nullopt when absent from memory. See lookup() for the SQLite layer too.
    std::optional<CacheResult> peek(const Key& key);
    /// The cached value from memory, else from SQLite (fresh or stale), without calling the backend; nullopt
    /// when absent from both.
    QCoro::Task<std::optional<CacheResult>> lookup(const Key& key);
    /// Stores a value obtained elsewhere (e.g. after an update). False for never-cached types.
    bool put(const Key& key, const QByteArray& value);

    /// Explicit invalidation, both layers (SQLite: queued).
    void invalidate(const Key& key);
    /// The value is known to be out of date (a sync changed the usage) yet stays showable: it expires now in
    /// both layers (SQLite: queued). get() then fetches it; getOrRevalidate() serves it at once,
    /// revalidating.
    void expire(const Key& key);
    void invalidatePrefix(const QString& keyPrefix);
    void invalidateType(DataType type);
    /// Sign-out: removes every entry scoped to the user from both layers.
    void purgeScope(const QString& userId);
    /// Drops entries too old to be served even stale.
    void prune();

    /// "plans::all", "profile:<user>:me". Never-cached types have no key (empty string).
    static QString keyString(const Key& key);

    /// The counters. `sqliteEntries` is counted only for a store on this thread (SqliteCacheStore); it is -1
    /// for a store elsewhere (see storedEntries()).
    CacheStats stats() const;
    void resetStats();
    /// Rows in the SQLite layer (after every change queued before), -1 on error or without a store.
    QCoro::Task<int> storedEntries();
    MemoryCache& memory() { return m_memory; }
    CacheStoreQueue* store() { return m_store.get(); }
    /// Attaches (or replaces) the persistent layer, e.g. once the profile's library file is open and
    /// migrated. Entries already in memory stay; later lookups that miss memory read the new store.
    void setStore(std::unique_ptr<CacheStoreQueue> store);

private:
    /// get() and, with `revalidate`, getOrRevalidate().
    QCoro::Task<Result<CacheResult, ApiError>> read(const Key& key, Fetcher fetcher, bool forceRefresh,
                                                    bool revalidate);
    CacheResult resultFrom(const CacheEntry& entry, CacheSource source, bool stale) const;
    /// Runs `fn` on the store's thread and awaits its value; `unusable` when there is no usable store.
    template <typename T>
    QCoro::Task<T> storeCall(std::function<T(SqliteCacheStore&)> fn, T unusable);
    /// Queues a change to the store without waiting; a failure is counted in sqliteErrors.
    void storeChange(std::function<void(SqliteCacheStore&)> change);
    /// The key's SQLite entry; nullopt when absent or unreadable (counted).
    QCoro::Task<std::optional<CacheEntry>> sqliteGet(const QString& key);
    /// A cached entry found in memory or SQLite, and where.
    struct Found
    {
        std::optional<CacheEntry> entry;
        CacheSource source = CacheSource::Memory;
    };
    /// The key's cached entry, memory first; a fresh one is counted as a hit (unless `forceRefresh`, which
    /// never counts a hit), anything else as a miss. `hit` tells which.
    QCoro::Task<Found> findCached(QString k, CachePolicy policy, bool forceRefresh, bool* hit);
    struct InFlight;
    /// The key's fetch under way, else a new one (started at once, finished from its own coroutine).
    std::shared_ptr<InFlight> fetchShared(const Key& key, const QString& k, const CachePolicy& policy,
                                          Fetcher fetcher);
    QCoro::Task<void> runFetch(Key key, QString k, CachePolicy policy, Fetcher fetcher,
                               std::shared_ptr<InFlight> flight);
    /// Writes a freshly fetched or put value to memory (and SQLite when the policy persists it).
    CacheEntry storeEntry(const Key& key, const QString& k, const CachePolicy& policy, QByteArray value);

    std::unique_ptr<CacheStoreQueue> m_store;
    Clock& m_clock;
    MemoryCache m_memory;
    CacheStats m_stats;
    std::shared_ptr<bool> m_alive;
    /// SQLite failures of queued operations (counted on the store's thread).
    std::shared_ptr<std::atomic<qint64>> m_storeErrors;
    /// Bumped by every change of the cached values: a lookup whose SQLite read spanned a change looks again
    /// (memory first), so an entry purged or replaced meanwhile never comes back.
    quint64 m_changes = 0;
    static constexpr int MaxReadAttempts = 4;

    /// A backend fetch under way for a key: lookups of the same key that miss meanwhile wait for it instead
    /// of sending the same request again (two views opening at once ask for the same subscription).
    /// `done` ends with the error of a failed fetch, nullopt after a successful one.
    struct InFlight
    {
        QPromise<std::optional<ApiError>> done;
        std::optional<Result<CacheEntry, ApiError>> outcome;
    };
    std::map<QString, std::shared_ptr<InFlight>> m_inFlight;
};

} // namespace sv
