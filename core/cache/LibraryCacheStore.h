#pragma once

#include "cache/CacheStoreQueue.h"
#include "cache/SqliteCacheStore.h"

#include <QPointer>

namespace sv {

class LibraryDatabase;
class LibraryService;

/// The persistent cache layer of a profile in the app and the CLI: cache_store in the library file, through
/// the library's own SQLite connection on LibraryService's worker thread (one connection per file per
/// process). Operations are queued with LibraryService::runDetached, in order with the library's other work
/// (searches, sync batches); the caller never waits for them. Queued while the library is closed (or after
/// the service is gone) they see no store, and the cache answers from memory and the backend. The store owns
/// cache_store: it creates the table at every open of the library (attach()).
class LibraryCacheStore final : public CacheStoreQueue
{
public:
    /// `library` must live on the calling thread; it need not be open yet.
    explicit LibraryCacheStore(LibraryService* library);

    void post(std::function<void(SqliteCacheStore*)> op) override;

    /// A store on `db`'s own connection (use it on the thread that owns `db`) that writes nothing the library
    /// would refuse (LibraryDatabase::checkWritable(), asked before the first write). `refusals`: shared by
    /// the stores made for one library, so a read-only library's refusals warn once per cause.
    static SqliteCacheStore storeOn(LibraryDatabase& db,
                                    std::shared_ptr<SqliteCacheStore::RefusalLog> refusals = {});
    /// Makes `db` create cache_store when it has none, now if it is open and at every later open (an open
    /// hook): for code holding a LibraryDatabase itself, such as the CLI's cache command.
    static void attach(LibraryDatabase& db);
    /// The same for the database of `library`, on its worker thread.
    static void attach(LibraryService& library);

private:
    QPointer<LibraryService> m_library;
    /// Used on the library's worker only (by the operations queued there).
    std::shared_ptr<SqliteCacheStore::RefusalLog> m_refusals =
        std::make_shared<SqliteCacheStore::RefusalLog>();
};

} // namespace sv
