#pragma once

#include <functional>

namespace sv {

class SqliteCacheStore;

/// Where the persistent cache layer's SQL runs. LayeredCache never runs SQL itself: it queues each operation
/// here and awaits only the reads, so the thread that uses the cache (the UI thread) never waits for SQLite.
///
/// - LibraryCacheStore (the app and the CLI): the profile library's own connection, on LibraryService's
/// worker
///   thread, so a process opens its library file once.
/// - SqliteCacheStore: a store the caller owns on its own thread (tests, tools, a standalone file); the
///   operations run at once.
class CacheStoreQueue
{
public:
    virtual ~CacheStoreQueue() = default;

    /// Queues `op`, which runs after every operation queued before it (a read queued after a write sees it),
    /// on the thread that owns the store's connection. `op` gets the store, or null when it is unusable (the
    /// library is closed). An operation still queued when the store's owner goes away is dropped without
    /// running. `op` may run on another thread: it must not touch the caller's objects.
    virtual void post(std::function<void(SqliteCacheStore*)> op) = 0;

    /// The store itself when the operations run at once on the caller's thread (SqliteCacheStore), null when
    /// they run elsewhere. Lets synchronous callers (stats(), tools) read it directly.
    virtual SqliteCacheStore* inlineStore() { return nullptr; }
};

} // namespace sv
