#include "cache/LibraryCacheStore.h"

#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"

namespace sv {

namespace {

const QString& openHookName()
{
    static const QString name = QStringLiteral("cache_store");
    return name;
}

void createTable(LibraryDatabase& db)
{
    if (db.access().isReadOnly())
        return; // the file takes no write: cached values stay in memory (their writes are refused)
    LibraryCacheStore::storeOn(db).ensureSchema();
}

} // namespace

LibraryCacheStore::LibraryCacheStore(LibraryService* library)
    : m_library(library)
{
    if (m_library)
        attach(*m_library);
}

SqliteCacheStore LibraryCacheStore::storeOn(LibraryDatabase& db,
                                            std::shared_ptr<SqliteCacheStore::RefusalLog> refusals)
{
    SqliteCacheStore store(db.connection());
    if (refusals)
        store.shareRefusalLog(std::move(refusals));
    // A library that fails its check takes no write, the cache's neither (checked at the first write).
    store.setWriteCheck([&db]() -> std::optional<QString> {
        if (auto writable = db.checkWritable(); !writable)
            return writable.error().message;
        return std::nullopt;
    });
    return store;
}

void LibraryCacheStore::attach(LibraryService& library)
{
    library.setOpenHook(openHookName(), &createTable);
}

void LibraryCacheStore::attach(LibraryDatabase& db)
{
    db.setOpenHook(openHookName(), &createTable);
}

void LibraryCacheStore::post(std::function<void(SqliteCacheStore*)> op)
{
    if (!m_library) {
        op(nullptr);
        return;
    }
    m_library->runDetached([op = std::move(op), refusals = m_refusals](LibraryDatabase& db) {
        if (!db.isOpen()) {
            op(nullptr);
            return;
        }
        SqliteCacheStore store = storeOn(db, refusals);
        op(&store);
    });
}

} // namespace sv
