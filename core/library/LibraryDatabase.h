#pragma once

#include "library/ContentItem.h"
#include "library/SearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "Result.h"

#include <functional>
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
    /// For SQL errors: SQLite's extended result code (0: not an SQL error). LibraryDatabase::noticeFailure()
    /// reads it to tell a full disk or a folder that went away from a bad statement.
    int sqliteCode = 0;
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

/// Whether the library file takes writes. A file that can be read but not written (its folder or the file
/// read-only, the disk full) is opened read-only: search and browsing work, every write is refused with
/// reason() instead of an SQL error.
struct LibraryAccess
{
    enum class Mode {
        ReadWrite,
        ReadOnly, ///< the folder or the file cannot be written (permissions, a read-only mount)
        DiskFull, ///< no space is left on the disk (or the process's file size limit is reached)
        Missing,  ///< the folder went away while the library was open (a drive unmounted, the folder moved)
        NoAccess, ///< the folder is there but lets this process in no more (its permissions changed: EACCES)
    };
    Mode mode = Mode::ReadWrite;
    QString detail; ///< the system's or SQLite's words, for the log and the message

    bool isReadOnly() const { return mode != Mode::ReadWrite; }
    /// "The library is read-only because ...; nothing can be saved" (translated); empty when writable.
    QString reason(const QString& filePath) const;
};

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
    /// is reported, never overwritten. An existing file whose folder or file takes no write, or that
    /// cannot be opened for writing because the disk is full, is opened read-only (access()).
    Result<void, LibraryError> open(const QString& filePath);
    /// How the open file is used (ReadWrite when closed). It turns read-only while open when a write meets a
    /// full disk, a folder that takes no write any more, one that went away or one that lets it in no more
    /// (noticeFailure()).
    LibraryAccess access() const;
    /// Runs on the owning thread whenever access() may have changed: after every open and close, and when a
    /// write's failure turned the library read-only. How LibraryService publishes it to other threads.
    using AccessHook = std::function<void(const LibraryAccess&)>;
    void setAccessHook(AccessHook hook);
    /// After a failed operation on the open library: when `error` is the storage's (SQLITE_FULL,
    /// SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PERM: the disk filled, the folder turned
    /// read-only or went away during the session), the library turns read-only, as if it had been opened so:
    /// access() says why, every later write is refused with that reason, reads go on. The failed
    /// transaction was rolled back by SQLite; nothing written before is lost. Returns the error to show: the
    /// reason in plain words for a storage error, `error` itself otherwise. The write methods here call it;
    /// LibraryService calls it for every operation that fails on its worker.
    LibraryError noticeFailure(const LibraryError& error);
    void close();
    bool isOpen() const;
    QString filePath() const;
    /// The open connection, for the tables other subsystems keep in the file (the cache's cache_store,
    /// sync's accounts, ledger and usage outbox). Valid only on the owning thread.
    QSqlDatabase connection() const;

    /// Runs after every successful open, once the migrations are applied, on the owning thread: how a
    /// subsystem keeping tables in the file attaches to it (the cache creates cache_store, sync marks the
    /// jobs of ended processes interrupted). One hook per name: setting a name again replaces its hook.
    /// Set while the database is open, the hook also runs at once.
    using OpenHook = std::function<void(LibraryDatabase&)>;
    void setOpenHook(const QString& name, OpenHook hook);

    static int schemaVersion(); ///< The newest schema version this build knows.

    /// Whether the file may be written: PRAGMA quick_check, run once per open before the first write.
    /// Every write method here calls it; code writing through connection() (the cache) must call it too.
    /// A damaged file takes no write: the error says so and how to recover.
    Result<void, LibraryError> checkWritable();

    // --- For the tables other subsystems keep in the file ------------------------------------------
    /// "The library is not open."
    static LibraryError notOpenError();
    /// An SQL error as the user reads it: "damaged", "busy", "disk full" or `what` with SQLite's text.
    static LibraryError sqlError(const QString& what, const QSqlError& error);
    /// A step inside a write transaction: an error rolls the whole transaction back.
    using TransactionStep = std::function<Result<void, LibraryError>()>;
    /// Runs `body` in one write transaction (BEGIN IMMEDIATE ... COMMIT) after checkWritable().
    Result<void, LibraryError> transaction(const QString& what, const TransactionStep& body);
    /// Upserts `items` (validated first, as upsert() does, without the bulk path) in one write transaction
    /// that also runs `afterBegin` after BEGIN and `beforeCommit` before COMMIT; with no items, the
    /// transaction runs the two steps only. A crash keeps all of it or none.
    Result<void, LibraryError> writeItems(const QList<ContentItem>& items, const TransactionStep& afterBegin,
                                          const TransactionStep& beforeCommit);

    /// Inserts or updates by (platform, account, externalId); returns rows written. One transaction.
    Result<int, LibraryError> upsert(const QList<ContentItem>& items);
    Result<SearchResult, LibraryError> search(const SearchQuery& query) const;
    /// The row of item `id` among the results of `query` (its text, filters and sort; the page it asks for
    /// does not matter): how many results come before it, 0 for the first; -1 when it is not among them.
    /// A keyset order counts the rows before it on the order's index; a ranked or computed order numbers
    /// the matches. Listing one row per group (SearchQuery::oneRowPerGroup), an item listed through a group
    /// mate's row is at that row.
    Result<qint64, LibraryError> positionOf(const SearchQuery& query, qint64 id) const;
    Result<ContentItem, LibraryError> item(qint64 id) const;
    Result<int, LibraryError> removeAccount(Platform platform, const QString& account);
    Result<LibraryStats, LibraryError> stats() const;

    // --- What a sync reads and writes in the content ------------------------------------------------
    /// Which of `externalIds` the library already has for the account.
    Result<QSet<QString>, LibraryError> knownExternalIds(Platform platform, const QString& accountId,
                                                         const QStringList& externalIds) const;
    /// The account's `limit` most recently published items.
    Result<QList<ContentItem>, LibraryError> recentItems(Platform platform, const QString& accountId,
                                                         int limit) const;
    /// The account's items whose statistics were written longest ago (`synced_at`, never written first; the
    /// most recently published first among equals), leaving out its `skipNewest` most recently published
    /// items, at most `limit`: a sync's rotating slice of statistics to refresh.
    Result<QList<ContentItem>, LibraryError>
    leastRecentlyRefreshedItems(Platform platform, const QString& accountId, int skipNewest, int limit) const;
    /// Updates views, likes and comments of existing items (matched by platform, account, externalId).
    Result<int, LibraryError> updateStatistics(const QList<ContentItem>& items);
    /// After a full walk of the account's items (every item the platform lists was written at or after
    /// `walkStartedAt`): removes the account's items the walk did not see, i.e. deleted on the platform.
    /// Returns how many were removed.
    Result<int, LibraryError> pruneItemsNotSeenSince(Platform platform, const QString& accountId,
                                                     const QDateTime& walkStartedAt);

    /// Import: all or nothing. The error names the item (1-based) and the field at fault.
    Result<int, LibraryError> importFrom(QIODevice& in, ExportFormat format);
    Result<void, LibraryError> exportTo(QIODevice& out, ExportFormat format) const;

private:
    Result<void, LibraryError> openAs(const QString& filePath, const LibraryAccess& access);

    struct Private;
    Private* d;
};

} // namespace sv
