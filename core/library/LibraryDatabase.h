#pragma once

#include "library/ContentItem.h"
#include "library/SearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

#include "Result.h"

#include <optional>

namespace sv {

/// A failure with the message a user can act on.
struct LibraryError
{
    QString message;
    /// For import errors: the 1-based item (JSON array element or CSV record after the header) at
    /// fault, 0 if the error is not about one item (e.g. an unreadable file or a missing CSV column).
    int item = 0;
    /// For import errors: the field at fault ("views", "published_at"...), empty if none.
    QString field = {};
};

struct LibraryStats
{
    qint64 items = 0;
    QHash<QString, qint64> itemsPerPlatform; ///< keyed by platformId()
    QDateTime newestPublished;
    QDateTime lastSynced;
    qint64 fileBytes = 0;
};

enum class ExportFormat { Json, Csv };

/// The local content library: one SQLite file per profile (WAL, foreign keys, versioned schema).
/// One instance owns one connection and must be used from the thread that opened it; see
/// LibraryService for the asynchronous, thread-owning front used by the UI.
class LibraryDatabase
{
public:
    LibraryDatabase();
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    /// Opens (creating if needed) and migrates the database file. A corrupt or foreign file
    /// is reported, never overwritten.
    std::optional<LibraryError> open(const QString& filePath);
    void close();
    bool isOpen() const;
    QString filePath() const;
    /// The open connection (for the cache's cache_store and the sync's audit_log, which share the
    /// file). Valid only on the owning thread.
    QSqlDatabase connection() const;

    static int schemaVersion(); ///< The newest schema version this build knows.

    /// Inserts or updates by (platform, account, externalId); returns rows written. One transaction.
    Result<int, LibraryError> upsert(const QList<ContentItem>& items);
    Result<SearchResult, LibraryError> search(const SearchQuery& query) const;
    Result<ContentItem, LibraryError> item(qint64 id) const;
    Result<int, LibraryError> removeAccount(Platform platform, const QString& account);
    Result<LibraryStats, LibraryError> stats() const;

    /// Import: all or nothing. The error names the item (1-based) and the field at fault.
    Result<int, LibraryError> importFrom(QIODevice& in, ExportFormat format);
    std::optional<LibraryError> exportTo(QIODevice& out, ExportFormat format) const;

private:
    struct Private;
    Private* d;
};

} // namespace sv
