#pragma once

#include "cache/CacheStoreQueue.h"

#include <QPointer>

namespace sv {

class LibraryService;

/// The persistent cache layer of a profile in the app and the CLI: cache_store in the library file, through
/// the library's own SQLite connection on LibraryService's worker thread (one connection per file per
/// process). Operations are queued with LibraryService::runDetached, in order with the library's other work
/// (searches, sync batches); the caller never waits for them. Queued while the library is closed (or after
/// the service is gone) they see no store, and the cache answers from memory and the backend.
class LibraryCacheStore final : public CacheStoreQueue
{
public:
    /// `library` must live on the calling thread; it need not be open yet.
    explicit LibraryCacheStore(LibraryService* library);

    void post(std::function<void(SqliteCacheStore*)> op) override;

private:
    QPointer<LibraryService> m_library;
};

} // namespace sv
