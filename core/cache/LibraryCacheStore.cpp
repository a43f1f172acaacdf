#include "cache/LibraryCacheStore.h"

#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"

namespace sv {

LibraryCacheStore::LibraryCacheStore(LibraryService* library)
    : m_library(library)
{
}

void LibraryCacheStore::post(std::function<void(SqliteCacheStore*)> op)
{
    if (!m_library) {
        op(nullptr);
        return;
    }
    m_library->runDetached([op = std::move(op)](LibraryDatabase& db) {
        if (!db.isOpen()) {
            op(nullptr);
            return;
        }
        SqliteCacheStore store(db.connection());
        // A library that fails its check takes no write, the cache's neither (checked at the first write).
        store.setWriteCheck([&db]() -> std::optional<QString> {
            if (auto error = db.checkWritable())
                return error->message;
            return std::nullopt;
        });
        op(&store);
    });
}

} // namespace sv
