#include "library/LibraryDatabase.h"

#include "library/ContentHistory.h"
#include "library/ContentLimits.h"
#include "library/FtsQuery.h"
#include "library/FtsRank.h"
#include "library/LibraryFileFormat.h"
#include "library/LibrarySchema.h"
#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <memory>

Q_LOGGING_CATEGORY(lcLibrary, "sv.library")

namespace sv {

namespace {

LibraryError makeError(const QString& message)
{
    LibraryError e;
    e.message = message;
    return e;
}

/// SQLite's primary result codes that mean the file itself is bad.
bool isCorruption(const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xFF;
    return code == 11 /*SQLITE_CORRUPT*/ || code == 26 /*SQLITE_NOTADB*/;
}

LibraryError describeSqlError(const QString& what, const QSqlError& e)
{
    if (isCorruption(e))
        return makeError(QCoreApplication::translate(
                             "sv::LibraryDatabase",
                             "The library file is damaged (%1). Restore it from a backup or move it away "
                             "to start a new library.")
                             .arg(e.databaseText()));
    const int code = e.nativeErrorCode().toInt() & 0xFF;
    if (code == 5 /*SQLITE_BUSY*/ || code == 6 /*SQLITE_LOCKED*/)
        return makeError(QCoreApplication::translate(
                             "sv::LibraryDatabase",
                             "%1: the library is busy in another StreamVibe window or command. Try again.")
                             .arg(what));
    if (code == 13 /*SQLITE_FULL*/)
        return makeError(
            QCoreApplication::translate("sv::LibraryDatabase", "%1: the disk is full.").arg(what));
    return makeError(QCoreApplication::translate("sv::LibraryDatabase", "%1: %2").arg(what, e.text()));
}

LibraryError sqlError(const QString& what, const QSqlError& e)
{
    LibraryError error = describeSqlError(what, e);
    error.sqliteCode = e.nativeErrorCode().toInt();
    return error;
}

constexpr const char* kColumns = "c.id, c.platform, c.account, c.external_id, c.title, c.description, c.url, "
                                 "c.thumbnail_url, c.kind, c.published_at, c.duration_s, c.views, c.likes, "
                                 "c.comments, c.synced_at, c.shares, c.views_known";

/// Whether a written item's views are a figure its platform gave: Instagram's basic fields (a sync's pages)
/// give none; its insights' views come through ContentHistory::recordPlatformPoints(). An import file says
/// it per item (`views_known`, read by LibraryFileFormat into `viewsKnown`): `fromFile`.
bool viewsKnownOnWrite(const ContentItem& item, bool fromFile = false)
{
    return fromFile ? item.viewsKnown : item.platform != Platform::Instagram;
}

ContentItem rowToItem(const QSqlQuery& q)
{
    ContentItem item;
    item.id = q.value(0).toLongLong();
    item.platform = platformFromId(q.value(1).toString()).value_or(Platform::YouTube);
    item.account = q.value(2).toString();
    item.externalId = q.value(3).toString();
    item.title = q.value(4).toString();
    item.description = q.value(5).toString();
    item.url = q.value(6).toString();
    item.thumbnailUrl = q.value(7).toString();
    item.kind = q.value(8).toString();
    const QVariant published = q.value(9);
    if (!published.isNull())
        item.publishedAt = QDateTime::fromSecsSinceEpoch(published.toLongLong(), Qt::UTC);
    item.durationS = q.value(10).toLongLong();
    item.views = q.value(11).toLongLong();
    item.likes = q.value(12).toLongLong();
    item.comments = q.value(13).toLongLong();
    const QVariant synced = q.value(14);
    if (!synced.isNull())
        item.syncedAt = QDateTime::fromSecsSinceEpoch(synced.toLongLong(), Qt::UTC);
    if (const QVariant shares = q.value(15); !shares.isNull())
        item.shares = shares.toLongLong();
    item.viewsKnown = q.value(16).toInt() != 0;
    return item;
}

std::atomic<quint64> s_connectionCounter{0};

/// Whether the library file and its folder take writes, asked of the system before SQLite opens anything
/// (with the process's effective rights: AT_EACCESS).
LibraryAccess probeAccess(const QString& filePath)
{
    LibraryAccess access;
    const QByteArray folder = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const QByteArray file = QFile::encodeName(filePath);
    const auto notWritable = [](const QByteArray& path) {
        if (::faccessat(AT_FDCWD, path.constData(), W_OK, AT_EACCESS) == 0)
            return 0;
        return errno == EACCES || errno == EROFS || errno == EPERM ? errno : 0;
    };
    int error = notWritable(folder);
    if (error == 0 && QFileInfo::exists(filePath))
        error = notWritable(file);
    if (error != 0) {
        access.mode = LibraryAccess::Mode::ReadOnly;
        access.detail = QString::fromLocal8Bit(std::strerror(error));
        return access;
    }
    struct statvfs fs = {};
    if (::statvfs(folder.constData(), &fs) == 0 && fs.f_bavail == 0 && ::geteuid() != 0) {
        access.mode = LibraryAccess::Mode::DiskFull;
        access.detail = QString::fromLocal8Bit(std::strerror(ENOSPC));
    }
    return access;
}

/// SQLite's primary codes of a file that cannot be written (rather than a bad file).
bool isStorageError(int code)
{
    return code == 3 /*SQLITE_PERM*/ || code == 8 /*SQLITE_READONLY*/ || code == 10 /*SQLITE_IOERR*/ ||
           code == 13 /*SQLITE_FULL*/ || code == 14 /*SQLITE_CANTOPEN*/;
}

sqlite3* nativeHandle(const QSqlDatabase& db);
bool notAnSqliteDatabase(sqlite3* db);

/// Imports at least this large go through the bulk path: the FTS triggers are dropped inside the
/// transaction and the index is rebuilt once at the end (faster than one index update per row).
constexpr qsizetype kBulkThreshold = 5000;

/// Rows per multi-row INSERT statement (14 parameters each; SQLite allows 32766).
constexpr int kBatchRows = 64;

struct SearchPlan;

} // namespace

struct LibraryDatabase::Private
{
    QString connectionName;
    QString filePath;
    bool open = false;
    LibraryAccess access;
    /// SQLite's primary code of the last failed statement of open() (0: none).
    int lastCode = 0;
    int lastErrno = 0; ///< the system's error behind it (sqlite3_system_errno)
    std::map<QString, std::unique_ptr<QSqlQuery>> statements; ///< Prepared statements, reused.
    /// The relevance ranking: FtsRank's exact, faster bm25 once registered on the connection.
    bool fastRank = false;
    /// Whether the file passed PRAGMA quick_check on this connection (checked before the first write).
    enum class Health { Unchecked, Sound, Damaged } health = Health::Unchecked;
    LibraryError damage;

    /// Run after every open (see setOpenHook()), in the order they were first set.
    std::vector<std::pair<QString, OpenHook>> openHooks;
    AccessHook accessHook;
    void publishAccess()
    {
        if (accessHook)
            accessHook(access);
    }
    /// noticeFailure(): the read-only mode a storage error during the session leaves the library in.
    LibraryError noticeFailure(const LibraryError& error);
    /// Why the open file can no longer be reached at its path, nullopt while it can: Missing when it is not
    /// there (its folder moved or deleted, its drive unmounted), NoAccess when a folder on the way is there
    /// but lets this process in no more (EACCES: its permissions changed).
    std::optional<LibraryAccess> unreachable();
    /// Switches to `degraded` (logged with `cause`, published) and returns its reason as the error.
    LibraryError turnReadOnly(const LibraryAccess& degraded, const QString& cause);

    /// Nothing is written into a file that fails its check: run once per open, before the first write.
    Result<void, LibraryError> checkWritable();

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// A prepared statement for `sql`, prepared once per connection.
    QSqlQuery* prepared(const QString& sql, LibraryError* error)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_unique<QSqlQuery>(db());
            q->setForwardOnly(true);
            if (!q->prepare(sql)) {
                *error = sqlError(
                    QCoreApplication::translate("sv::LibraryDatabase", "Could not prepare a library query"),
                    q->lastError());
                return nullptr;
            }
            it = statements.emplace(sql, std::move(q)).first;
        }
        return it->second.get();
    }

    /// prepared(`sql`) run with `values` bound; null with `error` set (saying `what` failed) when it fails.
    QSqlQuery* run(const QString& sql, const QVariantList& values, const QString& what, LibraryError* error)
    {
        QSqlQuery* q = prepared(sql, error);
        if (!q)
            return nullptr;
        for (qsizetype i = 0; i < values.size(); ++i)
            q->bindValue(int(i), values.at(i));
        if (!q->exec()) {
            *error = sqlError(what, q->lastError());
            return nullptr;
        }
        return q;
    }

    /// Runs the plan's `hiddenSql` (SearchQuery::oneRowPerGroup) and leaves the items it finds out of the
    /// plan's filters; nothing to do without it.
    Result<void, LibraryError> findHidden(SearchPlan& plan, const QString& what);

    Result<void, LibraryError> failed(const QString& what, const QSqlError& e)
    {
        lastCode = e.nativeErrorCode().toInt() & 0xFF;
        sqlite3* handle = nativeHandle(db());
        lastErrno = handle ? sqlite3_system_errno(handle) : 0;
        return sqlError(what, e);
    }

    Result<void, LibraryError> exec(const QString& sql, const QString& what)
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return failed(what, q.lastError());
        return {};
    }

    /// Runs a one-value query (a PRAGMA).
    Result<QVariant, LibraryError> scalar(const QString& sql, const QString& what)
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return failed(what, q.lastError()).error();
        if (!q.next())
            return q.lastError().isValid() ? failed(what, q.lastError()).error() : makeError(what);
        return q.value(0);
    }

    Result<void, LibraryError> migrate(int from);

    /// The bulk path rebuilds the whole index: worth it when the write is large against the library.
    bool preferBulk(qsizetype count)
    {
        if (count < kBulkThreshold)
            return false;
        const auto rows = scalar(QStringLiteral("SELECT count(*) FROM content"), QString());
        return rows && rows->toLongLong() <= count * 2;
    }
    using TransactionHook = TransactionStep;
    /// `afterBegin` and `beforeCommit` run inside the write transaction (an error rolls it back).
    /// `fromFile`: the items come from an import file, whose `viewsKnown` says whether their views are known.
    Result<void, LibraryError> writeItems(const QList<ContentItem>& items, bool bulk,
                                          const TransactionHook& afterBegin = {},
                                          const TransactionHook& beforeCommit = {}, bool fromFile = false);
};

LibraryDatabase::LibraryDatabase()
    : d(new Private)
{
}

LibraryDatabase::~LibraryDatabase()
{
    close();
    delete d;
}

int LibraryDatabase::schemaVersion()
{
    return LibrarySchema::latestVersion();
}

QString LibraryAccess::reason(const QString& filePath) const
{
    static const char* const texts[] = {
        nullptr,
        QT_TRANSLATE_NOOP(
            "sv::LibraryDatabase",
            "The library %1 is open read-only because its folder cannot be written (%2): search "
            "and browsing work, nothing can be saved until the folder is writable again."),
        QT_TRANSLATE_NOOP(
            "sv::LibraryDatabase",
            "The library %1 is open read-only because the disk is full (%2): search and browsing "
            "work, nothing can be saved until space is freed."),
        QT_TRANSLATE_NOOP(
            "sv::LibraryDatabase",
            "The library %1 is open read-only because its folder can no longer be found (%2): search "
            "and browsing work, nothing can be saved until the folder is back."),
        QT_TRANSLATE_NOOP(
            "sv::LibraryDatabase",
            "The library %1 is open read-only because its folder can no longer be opened (%2): search "
            "and browsing work, nothing can be saved until its permissions let you in again."),
    };
    if (mode == Mode::ReadWrite)
        return {};
    return QCoreApplication::translate("sv::LibraryDatabase", texts[int(mode)])
        .arg(QDir::toNativeSeparators(filePath), detail);
}

LibraryAccess LibraryDatabase::access() const
{
    return d->access;
}

void LibraryDatabase::setAccessHook(AccessHook hook)
{
    d->accessHook = std::move(hook);
}

LibraryError LibraryDatabase::noticeFailure(const LibraryError& error)
{
    return d->noticeFailure(error);
}

LibraryError LibraryDatabase::Private::noticeFailure(const LibraryError& error)
{
    if (!open || !isStorageError(error.sqliteCode & 0xFF))
        return error;
    if (access.isReadOnly())
        return makeError(access.reason(filePath)); // a write that began before the switch
    // Which of the three: the folder is gone, the disk is full, or the folder (or its mount) takes no write.
    sqlite3* handle = nativeHandle(db());
    const int code = error.sqliteCode & 0xFF;
    const int systemError = handle ? sqlite3_system_errno(handle) : 0;
    if (const std::optional<LibraryAccess> lost = unreachable())
        return turnReadOnly(*lost, error.message);
    LibraryAccess degraded;
    if (code == 13 /*SQLITE_FULL*/ || systemError == ENOSPC || systemError == EFBIG ||
        systemError == EDQUOT) {
        degraded.mode = LibraryAccess::Mode::DiskFull;
        degraded.detail = QString::fromLocal8Bit(
            std::strerror(systemError == EFBIG || systemError == EDQUOT ? systemError : ENOSPC));
    } else {
        degraded = probeAccess(filePath);
        if (!degraded.isReadOnly()) {
            // Writable by its modes, yet the write failed (a mount that turned read-only, a failing drive).
            degraded.mode = LibraryAccess::Mode::ReadOnly;
            degraded.detail =
                systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError)) : error.message;
        }
    }
    return turnReadOnly(degraded, error.message);
}

std::optional<LibraryAccess> LibraryDatabase::Private::unreachable()
{
    const auto lost = [](LibraryAccess::Mode mode, int error) {
        LibraryAccess access;
        access.mode = mode;
        access.detail = QString::fromLocal8Bit(std::strerror(error));
        return access;
    };
    // The system's own answer: a folder that went away (ENOENT, ENOTDIR) is not one that is there but
    // closed to this process (EACCES: no search permission on it any more), whose fix is another.
    struct stat info = {};
    if (::stat(QFile::encodeName(filePath).constData(), &info) != 0) {
        if (errno == EACCES)
            return lost(LibraryAccess::Mode::NoAccess, EACCES);
        return lost(LibraryAccess::Mode::Missing, ENOENT);
    }
    // In WAL mode SQLite itself writes on into a file that was moved or deleted (its folder renamed, its
    // drive unmounted lazily): what it writes then is lost when the file is closed. Another file now at the
    // path is not the open one either.
    sqlite3* handle = nativeHandle(db());
    int moved = 0;
    if (handle && sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return lost(LibraryAccess::Mode::Missing, ENOENT);
    return std::nullopt;
}

LibraryError LibraryDatabase::Private::turnReadOnly(const LibraryAccess& degraded, const QString& cause)
{
    access = degraded;
    qCWarning(lcLibrary).noquote()
        << "the library" << filePath
        << QStringLiteral("takes no write any more (%1): read-only from now on:").arg(cause) << access.detail;
    publishAccess();
    return makeError(access.reason(filePath));
}

Result<void, LibraryError> LibraryDatabase::open(const QString& filePath)
{
    close();
    LibraryAccess access = filePath.isEmpty() ? LibraryAccess() : probeAccess(filePath);
    if (!access.isReadOnly()) {
        d->lastCode = 0;
        d->lastErrno = 0;
        auto opened = openAs(filePath, access);
        // A file that exists but cannot be opened for writing (no space for its journal, a limit on the
        // file size, a mount that turned read-only) is still read.
        if (opened || !isStorageError(d->lastCode) || !QFileInfo::exists(filePath))
            return opened;
        const bool full = d->lastCode == 13 /*SQLITE_FULL*/ || d->lastErrno == ENOSPC ||
                          d->lastErrno == EFBIG || d->lastErrno == EDQUOT;
        access.mode = full ? LibraryAccess::Mode::DiskFull : LibraryAccess::Mode::ReadOnly;
        access.detail =
            d->lastErrno != 0 ? QString::fromLocal8Bit(std::strerror(d->lastErrno)) : opened.error().message;
    } else if (!QFileInfo::exists(filePath)) {
        return makeError(
            QCoreApplication::translate("sv::LibraryDatabase", "No library can be created in %1: %2.")
                .arg(QDir::toNativeSeparators(QFileInfo(filePath).absolutePath()), access.detail));
    }
    qCInfo(lcLibrary) << "opening" << filePath << "read-only:" << access.detail;
    return openAs(filePath, access);
}

Result<void, LibraryError> LibraryDatabase::openAs(const QString& filePath, const LibraryAccess& access)
{
    close();
    if (filePath.isEmpty())
        return makeError(QCoreApplication::translate("sv::LibraryDatabase", "No library file was given."));

    // Only stat() here: nothing but SQLite may open the file. On POSIX systems closing any descriptor
    // of a file drops every lock the process holds on it, SQLite's included (the documented way to
    // corrupt a database). A foreign file is recognised from SQLite's first read (SQLITE_NOTADB).
    const QFileInfo info(filePath);
    if (info.exists()) {
        if (!info.isFile())
            return makeError(
                QCoreApplication::translate("sv::LibraryDatabase", "%1 is not a file.").arg(filePath));
    } else if (!info.absoluteDir().exists()) {
        return makeError(QCoreApplication::translate("sv::LibraryDatabase",
                                                     "The folder of the library file %1 does not exist.")
                             .arg(filePath));
    }

    d->connectionName = QStringLiteral("sv-library-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        if (access.isReadOnly()) {
            // Read-only: with the write-ahead log's files present, SQLite reads them too; without them
            // (a clean close) it cannot create them in a folder that takes no write: the file is then
            // read as immutable (nothing else can be writing it).
            QUrl uri = QUrl::fromLocalFile(filePath);
            const QFileInfo log(filePath + QStringLiteral("-wal"));
            const bool logPresent =
                log.exists() && log.size() > 0 && QFileInfo::exists(filePath + QStringLiteral("-shm"));
            uri.setQuery(logPresent ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setDatabaseName(filePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            d->lastCode = db.lastError().nativeErrorCode().toInt() & 0xFF;
            d->lastErrno = nativeHandle(db) ? sqlite3_system_errno(nativeHandle(db)) : 0;
            const LibraryError e =
                sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Cannot open the library file %1")
                             .arg(filePath),
                         db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connectionName);
            d->connectionName.clear();
            return e;
        }
    }
    d->filePath = filePath;
    d->open = true;
    d->access = access;

    const auto fail = [this](LibraryError e) {
        close();
        return Result<void, LibraryError>(std::move(e));
    };
    const QString damaged =
        QCoreApplication::translate("sv::LibraryDatabase", "%1 cannot be used as a library").arg(filePath);

    // Nothing below writes to the file until the checks have passed.
    if (auto e = d->exec(QStringLiteral("PRAGMA foreign_keys = ON"), damaged); !e)
        return fail(e.error());
    const auto objects = d->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), damaged);
    if (!objects) {
        if (notAnSqliteDatabase(nativeHandle(d->db())))
            return fail(
                makeError(QCoreApplication::translate(
                              "sv::LibraryDatabase",
                              "%1 is not a StreamVibe library (it is not an SQLite database). The file "
                              "was left untouched.")
                              .arg(filePath)));
        return fail(objects.error());
    }
    const auto version = d->scalar(QStringLiteral("PRAGMA user_version"), damaged);
    if (!version)
        return fail(version.error());
    const auto appId = d->scalar(QStringLiteral("PRAGMA application_id"), damaged);
    if (!appId)
        return fail(appId.error());
    const int fileVersion = version->toInt();
    const int fileAppId = appId->toInt();
    if (fileAppId != 0 && fileAppId != LibrarySchema::ApplicationId)
        return fail(makeError(QCoreApplication::translate(
                                  "sv::LibraryDatabase",
                                  "%1 belongs to another application, not StreamVibe. The file was left "
                                  "untouched.")
                                  .arg(filePath)));
    if (fileVersion == 0 && objects->toLongLong() > 0)
        return fail(makeError(QCoreApplication::translate(
                                  "sv::LibraryDatabase",
                                  "%1 is an SQLite database but not a StreamVibe library. The file was left "
                                  "untouched.")
                                  .arg(filePath)));
    if (fileVersion > schemaVersion())
        return fail(makeError(QCoreApplication::translate(
                                  "sv::LibraryDatabase",
                                  "%1 was written by a newer version of StreamVibe (library format %2; this "
                                  "version reads up to %3). Update StreamVibe to open it; the file was left "
                                  "untouched.")
                                  .arg(filePath)
                                  .arg(fileVersion)
                                  .arg(schemaVersion())));
    if (fileVersion < schemaVersion() && access.isReadOnly())
        return fail(makeError(QCoreApplication::translate(
                                  "sv::LibraryDatabase",
                                  "%1 was written by an older version of StreamVibe and must be upgraded, "
                                  "which needs a writable folder. %2")
                                  .arg(filePath, access.reason(filePath))));
    if (fileVersion < schemaVersion() && info.exists() && info.size() > 0) {
        // Before changing an existing file, make sure it is sound.
        const auto check = d->scalar(QStringLiteral("PRAGMA quick_check(1)"), damaged);
        if (!check)
            return fail(check.error());
        if (check->toString() != QLatin1String("ok"))
            return fail(makeError(
                QCoreApplication::translate("sv::LibraryDatabase",
                                            "The library file %1 is damaged (%2). It was left untouched.")
                    .arg(filePath, check->toString())));
    }

    const auto fk = d->scalar(QStringLiteral("PRAGMA foreign_keys"), damaged);
    if (!fk)
        return fail(fk.error());
    if (fk->toInt() != 1)
        return fail(makeError(
            QCoreApplication::translate("sv::LibraryDatabase", "SQLite refused to enable foreign keys on %1.")
                .arg(filePath)));

    const auto journal = d->scalar(access.isReadOnly() ? QStringLiteral("SELECT 'wal'")
                                                       : QStringLiteral("PRAGMA journal_mode = WAL"),
                                   damaged);
    if (!journal)
        return fail(journal.error());
    if (journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(
            makeError(QCoreApplication::translate(
                          "sv::LibraryDatabase",
                          "The library file %1 cannot use write-ahead logging (journal mode is \"%2\"); "
                          "put the profile on a local disk.")
                          .arg(filePath, journal->toString())));
    // Safe with WAL (a power loss can lose the last transactions, never corrupt the file).
    for (const char* pragma :
         {"PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16384"}) {
        if (auto e = d->exec(QLatin1String(pragma), damaged); !e)
            return fail(e.error());
    }

    if (auto e = d->migrate(fileVersion); !e)
        return fail(e.error());
    const QString rankError = FtsRank::install(nativeHandle(d->db()), QStringLiteral("content_fts"));
    d->fastRank = rankError.isEmpty();
    if (!d->fastRank)
        qCWarning(lcLibrary) << "ranking with bm25() (" << rankError << ")";
    qCDebug(lcLibrary) << "opened" << filePath << "schema" << fileVersion << "->" << schemaVersion();
    const auto hooks = d->openHooks; // a hook may set hooks
    for (const auto& [name, hook] : hooks)
        hook(*this);
    d->publishAccess();
    return {};
}

void LibraryDatabase::setOpenHook(const QString& name, OpenHook hook)
{
    auto it = std::find_if(d->openHooks.begin(), d->openHooks.end(),
                           [&name](const auto& entry) { return entry.first == name; });
    if (it != d->openHooks.end())
        it->second = hook;
    else
        d->openHooks.emplace_back(name, hook);
    if (d->open && hook)
        hook(*this);
}

Result<void, LibraryError> LibraryDatabase::Private::checkWritable()
{
    if (access.isReadOnly())
        return makeError(access.reason(filePath));
    if (open) {
        if (const std::optional<LibraryAccess> lost = unreachable()) // a stat(): cheap against the write
            return turnReadOnly(*lost, QStringLiteral("the file can no longer be reached at its path"));
    }
    if (health == Health::Sound)
        return {};
    if (health == Health::Damaged)
        return damage;
    QElapsedTimer timer;
    timer.start();
    const QString what =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not check the library file");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString problem;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        const QSqlError e = q.lastError();
        if (!isCorruption(e))
            return sqlError(what, e); // e.g. busy: not a verdict on the file, check again next time
        problem = e.databaseText();
    } else if (q.value(0).toString() != QLatin1String("ok")) {
        problem = q.value(0).toString();
    }
    q.finish();
    qCDebug(lcLibrary) << "quick_check of" << filePath << "in" << timer.elapsed()
                       << "ms:" << (problem.isEmpty() ? QStringLiteral("ok") : problem);
    if (problem.isEmpty()) {
        health = Health::Sound;
        return {};
    }
    health = Health::Damaged;
    damage =
        makeError(QCoreApplication::translate(
                      "sv::LibraryDatabase",
                      "The library file %1 is damaged (%2), so nothing is written to it. Restore it from a "
                      "backup, or move it away to start a new library (exporting the library first may "
                      "still save its items).")
                      .arg(filePath, problem.simplified()));
    return damage;
}

Result<void, LibraryError> LibraryDatabase::Private::migrate(int from)
{
    for (const LibrarySchema::Migration& m : LibrarySchema::migrations()) {
        if (m.version <= from)
            continue;
        const QString what =
            QCoreApplication::translate("sv::LibraryDatabase", "Could not upgrade the library to format %1")
                .arg(m.version);
        if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE"), what); !e)
            return e;
        for (const QString& sql : m.statements) {
            if (auto e = exec(sql, what); !e) {
                exec(QStringLiteral("ROLLBACK"), what);
                return e;
            }
        }
        if (auto e = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), what); !e) {
            exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
        if (auto e = exec(QStringLiteral("COMMIT"), what); !e) {
            exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
    }
    return {};
}

void LibraryDatabase::close()
{
    if (d->connectionName.isEmpty())
        return;
    d->statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->filePath.clear();
    d->open = false;
    d->access = {};
    d->fastRank = false;
    d->health = Private::Health::Unchecked;
    d->publishAccess();
}

bool LibraryDatabase::isOpen() const
{
    return d->open;
}

QString LibraryDatabase::filePath() const
{
    return d->filePath;
}

QSqlDatabase LibraryDatabase::connection() const
{
    return d->db();
}

LibraryError LibraryDatabase::notOpenError()
{
    return makeError(QCoreApplication::translate("sv::LibraryDatabase", "The library is not open."));
}

static LibraryError notOpen()
{
    return LibraryDatabase::notOpenError();
}

LibraryError LibraryDatabase::sqlError(const QString& what, const QSqlError& error)
{
    return sv::sqlError(what, error);
}

Result<void, LibraryError> LibraryDatabase::checkWritable()
{
    if (!d->open)
        return notOpen();
    return d->checkWritable();
}

Result<void, LibraryError> LibraryDatabase::transaction(const QString& what, const TransactionStep& body)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable(); !e)
        return e.error();
    if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), what); !e)
        return d->noticeFailure(e.error());
    Result<void, LibraryError> result = body();
    if (result) {
        if (auto e = d->exec(QStringLiteral("COMMIT"), what); !e)
            result = e.error();
    }
    if (!result) {
        result = d->noticeFailure(result.error()); // before the rollback clears SQLite's error
        d->exec(QStringLiteral("ROLLBACK"), what);
    }
    return result;
}

Result<void, LibraryError> LibraryDatabase::writeItems(const QList<ContentItem>& items,
                                                       const TransactionStep& afterBegin,
                                                       const TransactionStep& beforeCommit)
{
    if (!d->open)
        return notOpen();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto valid = validateContentItem(items.at(i), int(i + 1)); !valid)
            return valid.error();
    }
    if (items.isEmpty()) {
        const QString what =
            QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
        return transaction(what, [&]() -> Result<void, LibraryError> {
            if (auto begun = afterBegin(); !begun)
                return begun;
            return beforeCommit();
        });
    }
    return d->writeItems(items, false, afterBegin, beforeCommit);
}

Result<void, LibraryError> validateContentItem(const ContentItem& item, int index)
{
    const auto fieldError = [index](const char* field, const QString& what) {
        LibraryError e;
        e.item = index;
        e.field = QLatin1String(field);
        e.message = QCoreApplication::translate("sv::LibraryDatabase", "Item %1, field \"%2\": %3")
                        .arg(index)
                        .arg(e.field, what);
        return Result<void, LibraryError>(std::move(e));
    };
    if (item.account.isEmpty())
        return fieldError("account", QCoreApplication::translate("sv::LibraryDatabase", "must not be empty"));
    if (item.externalId.isEmpty())
        return fieldError("external_id",
                          QCoreApplication::translate("sv::LibraryDatabase", "must not be empty"));
    struct Text
    {
        const char* field;
        const QString& value;
        qsizetype limit;
    };
    for (const Text& t : {Text{"account", item.account, ContentLimits::IdLength},
                          Text{"external_id", item.externalId, ContentLimits::IdLength},
                          Text{"title", item.title, ContentLimits::TitleLength},
                          Text{"description", item.description, ContentLimits::DescriptionLength},
                          Text{"url", item.url, ContentLimits::UrlLength},
                          Text{"thumbnail_url", item.thumbnailUrl, ContentLimits::UrlLength},
                          Text{"kind", item.kind, ContentLimits::KindLength}}) {
        if (t.value.size() > t.limit)
            return fieldError(t.field, QCoreApplication::translate("sv::LibraryDatabase",
                                                                   "is too long (%1 characters; at most %2)")
                                           .arg(t.value.size())
                                           .arg(t.limit));
    }
    struct Count
    {
        const char* field;
        qint64 value;
    };
    for (const Count& c : {Count{"duration_s", item.durationS}, Count{"views", item.views},
                           Count{"likes", item.likes}, Count{"comments", item.comments}}) {
        if (c.value < 0)
            return fieldError(c.field,
                              QCoreApplication::translate("sv::LibraryDatabase", "must not be negative"));
        if (c.value > ContentLimits::MaxCount)
            return fieldError(c.field, QCoreApplication::translate("sv::LibraryDatabase",
                                                                   "is too large (found %1; at most %2)")
                                           .arg(c.value)
                                           .arg(ContentLimits::MaxCount));
    }
    return {};
}

namespace {

/// The connection's sqlite3 handle: the row writes bind straight through the C API (no QVariant per
/// value; text bound as UTF-8, the file's encoding). Qt's QSQLITE driver uses the same libsqlite3.
sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

/// Whether the main file of `db` lacks SQLite's 16-byte header. Read through SQLite's own file handle:
/// the file is never opened a second time.
bool notAnSqliteDatabase(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return false;
    char header[16] = {};
    const int rc = file->pMethods->xRead(file, header, int(sizeof header), 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) // a short read fills the rest with zeros
        return false;
    return std::memcmp(header, "SQLite format 3", sizeof header) != 0; // the literal's NUL is byte 16
}

QSqlError nativeError(sqlite3* db)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

/// A prepared statement owned by RAII.
struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(stmt); }
};

} // namespace

Result<void, LibraryError> LibraryDatabase::Private::writeItems(const QList<ContentItem>& items, bool bulk,
                                                                const TransactionHook& afterBegin,
                                                                const TransactionHook& beforeCommit,
                                                                bool fromFile)
{
    if (auto e = checkWritable(); !e)
        return e;
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    sqlite3* handle = nativeHandle(db());
    if (!handle)
        return makeError(QCoreApplication::translate("sv::LibraryDatabase",
                                                     "%1: the SQLite driver gives no native handle.")
                             .arg(what));
    // One statement for one row and one for kBatchRows rows (fewer statement executions for large
    // writes); rows of a batch are applied in order, so a later duplicate still wins.
    const auto upsertSql = [](int rows) -> QByteArray {
        QByteArray values;
        for (int r = 0; r < rows; ++r)
            values += r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return QByteArray("INSERT INTO content (platform, account, external_id, title, description, url, "
                          "thumbnail_url, kind, published_at, duration_s, views, likes, comments, synced_at, "
                          "shares, views_known) "
                          "VALUES ") +
               values +
               " ON CONFLICT (platform, account, external_id) DO UPDATE SET "
               "title = excluded.title, description = excluded.description, url = excluded.url, "
               "thumbnail_url = excluded.thumbnail_url, kind = excluded.kind, "
               "published_at = excluded.published_at, duration_s = excluded.duration_s, "
               // Known views are never replaced by unknown ones (an Instagram re-sync of basic fields).
               "views = CASE WHEN excluded.views_known THEN excluded.views ELSE content.views END, "
               "views_known = max(content.views_known, excluded.views_known), "
               "likes = excluded.likes, comments = excluded.comments, "
               // Known shares are never replaced by unknown ones (a file written before shares were
               // exported).
               "synced_at = excluded.synced_at, shares = coalesce(excluded.shares, content.shares)";
    };
    const auto prepareNative = [&](Statement& s, int rows) -> Result<void, LibraryError> {
        const QByteArray sql = upsertSql(rows);
        if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), 0, &s.stmt, nullptr) != SQLITE_OK)
            return sqlError(
                QCoreApplication::translate("sv::LibraryDatabase", "Could not prepare a library query"),
                nativeError(handle));
        return {};
    };
    Statement single;
    Statement batch;
    if (auto e = prepareNative(single, 1); !e)
        return e;
    if (items.size() >= kBatchRows) {
        if (auto e = prepareNative(batch, kBatchRows); !e)
            return e;
    }
    if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE"), what); !e)
        return noticeFailure(e.error());
    const auto rollback = [&](LibraryError e) {
        e = noticeFailure(e); // before the rollback clears SQLite's error
        sqlite3_reset(single.stmt);
        if (batch.stmt)
            sqlite3_reset(batch.stmt);
        exec(QStringLiteral("ROLLBACK"), what);
        if (bulk)
            exec(QStringLiteral("PRAGMA cache_size = -16384"), what);
        return Result<void, LibraryError>(std::move(e));
    };
    if (afterBegin) {
        if (auto e = afterBegin(); !e)
            return rollback(e.error());
    }
    if (bulk) {
        // Inside the transaction: other connections never see the library without its indexes.
        exec(QStringLiteral("PRAGMA cache_size = -131072"), what);
        // The groups of cross-posted clips are then recomputed in full, not around each of these items.
        for (const QString& sql :
             LibrarySchema::dropFtsTriggerStatements() + LibrarySchema::dropContentIndexStatements() +
                 LibrarySchema::dropSortIndexStatements() + LibrarySchema::dropClipGroupTriggerStatements()) {
            if (auto e = exec(sql, what); !e)
                return rollback(e.error());
        }
    }
    QElapsedTimer timer;
    timer.start();
    // Process CPU time for the debug log (the wall time includes waiting for a shared CPU).
    std::clock_t cpu = std::clock();
    const auto cpuMs = [&cpu] {
        const std::clock_t now = std::clock();
        const qint64 ms = qint64(now - cpu) * 1000 / CLOCKS_PER_SEC;
        cpu = now;
        return ms;
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The UTF-8 texts of the rows being bound; they outlive the step that reads them (SQLITE_STATIC).
    std::vector<QByteArray> texts(size_t(kBatchRows) * 8);
    const auto bindItem = [&](sqlite3_stmt* s, int row, const ContentItem& item) {
        const int base = row * 16 + 1;
        QByteArray* t = texts.data() + size_t(row) * 8;
        const auto bindText = [&](int column, int slot, const QString& value) {
            t[slot] = value.toUtf8(); // a null QString binds as '' (the columns are NOT NULL DEFAULT '')
            sqlite3_bind_text(s, base + column, t[slot].constData(), int(t[slot].size()), SQLITE_STATIC);
        };
        bindText(0, 7, platformId(item.platform));
        bindText(1, 0, item.account);
        bindText(2, 1, item.externalId);
        bindText(3, 2, item.title);
        bindText(4, 3, item.description);
        bindText(5, 4, item.url);
        bindText(6, 5, item.thumbnailUrl);
        bindText(7, 6, item.kind);
        if (item.publishedAt.isValid())
            sqlite3_bind_int64(s, base + 8, item.publishedAt.toSecsSinceEpoch());
        else
            sqlite3_bind_null(s, base + 8);
        sqlite3_bind_int64(s, base + 9, item.durationS);
        // Unknown views are stored as 0 (never shown; the views order lists them with the items of none).
        const bool viewsKnown = viewsKnownOnWrite(item, fromFile);
        sqlite3_bind_int64(s, base + 10, viewsKnown ? item.views : 0);
        sqlite3_bind_int64(s, base + 11, item.likes);
        sqlite3_bind_int64(s, base + 12, item.comments);
        sqlite3_bind_int64(s, base + 13, now);
        if (item.shares)
            sqlite3_bind_int64(s, base + 14, *item.shares);
        else
            sqlite3_bind_null(s, base + 14);
        sqlite3_bind_int(s, base + 15, viewsKnown ? 1 : 0);
    };
    const auto step = [&](sqlite3_stmt* s) {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    };
    qsizetype i = 0;
    for (; batch.stmt && i + kBatchRows <= items.size(); i += kBatchRows) {
        for (int r = 0; r < kBatchRows; ++r)
            bindItem(batch.stmt, r, items.at(i + r));
        if (!step(batch.stmt)) {
            LibraryError e =
                sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not save items %1 to %2")
                             .arg(i + 1)
                             .arg(i + kBatchRows),
                         nativeError(handle));
            return rollback(e);
        }
    }
    for (; i < items.size(); ++i) {
        bindItem(single.stmt, 0, items.at(i));
        if (!step(single.stmt)) {
            LibraryError e = sqlError(
                QCoreApplication::translate("sv::LibraryDatabase", "Could not save item %1").arg(i + 1),
                nativeError(handle));
            e.item = int(i + 1);
            return rollback(e);
        }
    }
    sqlite3_clear_bindings(single.stmt);
    if (batch.stmt)
        sqlite3_clear_bindings(batch.stmt);
    qCDebug(lcLibrary) << "wrote" << items.size() << "rows in" << timer.restart() << "ms (CPU" << cpuMs()
                       << "ms), bulk:" << bulk;
    if (bulk) {
        for (const QString& sql :
             LibrarySchema::contentIndexStatements() + LibrarySchema::sortIndexStatements()) {
            if (auto e = exec(sql, what); !e)
                return rollback(e.error());
        }
        qCDebug(lcLibrary) << "rebuilt the indexes in" << timer.restart() << "ms (CPU" << cpuMs() << "ms)";
        // Build the index in large segments, then merge them once: faster than the default merging
        // while building, and the merged index is the fastest to query.
        for (const char* sql : {"INSERT INTO content_fts (content_fts, rank) VALUES ('automerge', 0)",
                                "INSERT INTO content_fts (content_fts, rank) VALUES ('crisismerge', 64)",
                                "INSERT INTO content_fts (content_fts) VALUES ('rebuild')",
                                "INSERT INTO content_fts (content_fts) VALUES ('optimize')",
                                "INSERT INTO content_fts (content_fts, rank) VALUES ('automerge', 4)",
                                "INSERT INTO content_fts (content_fts, rank) VALUES ('crisismerge', 16)"}) {
            if (auto e = exec(QLatin1String(sql), what); !e)
                return rollback(e.error());
        }
        qCDebug(lcLibrary) << "rebuilt the full-text index in" << timer.restart() << "ms (CPU" << cpuMs()
                           << "ms)";
        for (const QString& sql :
             LibrarySchema::ftsTriggerStatements() + LibrarySchema::clipGroupTriggerStatements() +
                 QStringList{
                     QStringLiteral("UPDATE clip_group_state SET stale = 1, rebuild = 1 WHERE id = 1")}) {
            if (auto e = exec(sql, what); !e)
                return rollback(e.error());
        }
    }
    if (beforeCommit) {
        if (auto e = beforeCommit(); !e)
            return rollback(e.error());
    }
    auto committed = exec(QStringLiteral("COMMIT"), what);
    qCDebug(lcLibrary) << "committed in" << timer.restart() << "ms (CPU" << cpuMs() << "ms)";
    if (!committed)
        committed = rollback(committed.error());
    if (bulk)
        exec(QStringLiteral("PRAGMA cache_size = -16384"), what);
    return committed;
}

Result<int, LibraryError> LibraryDatabase::upsert(const QList<ContentItem>& items)
{
    if (!d->open)
        return notOpen();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto valid = validateContentItem(items.at(i), int(i + 1)); !valid)
            return valid.error();
    }
    if (items.isEmpty())
        return 0;
    if (auto e = d->writeItems(items, d->preferBulk(items.size())); !e)
        return e.error();
    return int(items.size());
}

namespace {
/// What a search's statements are made of, the same for a page and for an item's position in the results
/// (LibraryDatabase::positionOf()): one place says how a query filters and orders.
struct SearchPlan
{
    QString match;     ///< the FTS5 expression; empty: browse
    QString filterSql; ///< the filters on `c`, ANDed; empty: none
    QVariantList filterValues;
    QString sortSql; ///< the ORDER BY of the column and computed orders
    /// SearchSort::ViewsGained: the gain's expression, which a page selects as a column (`gained`, after
    /// kColumns) and orders by, computed once per row; empty for the other sorts.
    QString gainedSql;
    /// The key's column in kColumns, -1 where the sort pages by offset (ranked or computed orders).
    int keyColumn = -1;
    QString key; ///< that column's name
    /// SearchQuery::oneRowPerGroup: the ids of the row's group mates it stands for, a column a page selects
    /// after kColumns (its values bound before every other of the page's); empty otherwise.
    QString matesSql;
    QVariantList matesValues;
    /// SearchQuery::oneRowPerGroup: the ids of the matching items left out (listed through a group mate's
    /// row), a statement of its own, run once per search (setHidden()); `filterSql` leaves them out.
    QString hiddenSql;
    QVariantList hiddenValues;
    /// Where in filterValues the ids left out go (a JSON array: `c.id NOT IN (SELECT value FROM
    /// json_each(?))`); -1 without SearchQuery::oneRowPerGroup.
    int hiddenValueIndex = -1;
    qint64 hiddenCount = 0; ///< how many are left out
    /// The filters without the one leaving those items out (SearchQuery::oneRowPerGroup; else filterSql).
    QString matchingFilterSql;
    QVariantList matchingFilterValues;

    /// The ids `hiddenSql` found, left out by `filterSql` from then on.
    void setHidden(const QList<qint64>& ids)
    {
        QString json = QStringLiteral("[");
        for (const qint64 id : ids) {
            if (json.size() > 1)
                json.append(QLatin1Char(','));
            json.append(QString::number(id));
        }
        json.append(QLatin1Char(']'));
        filterValues[hiddenValueIndex] = json;
        hiddenCount = ids.size();
    }

    /// " WHERE ..." over `content c` for the matches (the words, the filters) and `extra`, with its values
    /// after the words' and the filters'; without `withHidden`, with the items one row per group leaves out.
    std::pair<QString, QVariantList> where(const QString& extra = {}, const QVariantList& extraValues = {},
                                           bool withHidden = true) const
    {
        QStringList terms;
        QVariantList values;
        if (!match.isEmpty()) {
            terms.append(QStringLiteral("c.id IN (SELECT rowid FROM content_fts WHERE content_fts MATCH ?)"));
            values.append(match);
        }
        if (const QString& filters = withHidden ? filterSql : matchingFilterSql; !filters.isEmpty()) {
            terms.append(filters);
            values += withHidden ? filterValues : matchingFilterValues;
        }
        if (!extra.isEmpty()) {
            terms.append(extra);
            values += extraValues;
        }
        return {terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND ")),
                values};
    }
};

SearchPlan searchPlan(const SearchQuery& query)
{
    SearchPlan plan;
    plan.match = FtsQuery::matchExpression(query.text);
    QStringList filters;
    QVariantList& filterValues = plan.filterValues;
    if (!query.platforms.isEmpty()) {
        QStringList marks;
        for (const Platform p : query.platforms) {
            marks.append(QStringLiteral("?"));
            filterValues.append(platformId(p));
        }
        filters.append(QStringLiteral("c.platform IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!query.kinds.isEmpty()) {
        QStringList marks;
        for (const QString& k : query.kinds) {
            marks.append(QStringLiteral("?"));
            filterValues.append(k);
        }
        filters.append(QStringLiteral("c.kind IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!query.account.isEmpty()) {
        filters.append(QStringLiteral("c.account = ?"));
        filterValues.append(query.account);
    }
    if (query.crossPostedOnly)
        filters.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM clip_group_members m JOIN clip_group_members o ON o.group_id = m.group_id "
            "AND o.platform <> m.platform JOIN content oc ON oc.platform = o.platform AND oc.external_id = "
            "o.external_id WHERE m.platform = c.platform AND m.external_id = c.external_id)"));
    if (query.publishedFrom.isValid()) {
        filters.append(QStringLiteral("c.published_at >= ?"));
        filterValues.append(query.publishedFrom.toSecsSinceEpoch());
    }
    if (query.publishedTo.isValid()) {
        filters.append(QStringLiteral("c.published_at <= ?"));
        filterValues.append(query.publishedTo.toSecsSinceEpoch());
    }
    if (query.publishedWeekday || query.publishedHour) {
        const QString key = ContentHistory::postingKeySql(QStringLiteral("c.published_at"));
        if (query.publishedWeekday) {
            filters.append(key + QStringLiteral(" / 24 = ?"));
            filterValues.append(ContentHistory::sqliteWeekday(*query.publishedWeekday));
        }
        if (query.publishedHour) {
            filters.append(key + QStringLiteral(" % 24 = ?"));
            filterValues.append(*query.publishedHour);
        }
    }
    if (query.sort == SearchSort::ViewsGained) {
        const QDate to = query.gainedTo.isValid() ? query.gainedTo : QDateTime::currentDateTimeUtc().date();
        plan.gainedSql = ContentHistory::viewsGainedSql(to.addDays(-qMax(1, query.gainedDays) + 1), to);
    }
    // The order's key, descending (NULL last), the larger id first among equal keys; none where the words
    // are ranked by relevance.
    const QString sortKey = [&query, &plan]() -> QString {
        switch (query.sort) {
        case SearchSort::MostViewed:
            return QStringLiteral("c.views");
        case SearchSort::MostLiked:
            return QStringLiteral("c.likes");
        case SearchSort::MostCommented:
            return QStringLiteral("c.comments");
        case SearchSort::Engagement:
            // No views (Instagram media, or none yet): no rate, listed last.
            return LibrarySchema::engagementSql(QStringLiteral("c."));
        case SearchSort::ViewsGained:
            return plan.gainedSql;
        case SearchSort::Relevance:
            if (!plan.match.isEmpty())
                return {};
            break;
        case SearchSort::Newest:
            break;
        }
        return QStringLiteral("c.published_at");
    }();
    // The ordered columns are NOT NULL, or sort NULL last anyway (the publish time), as their indexes do.
    const bool computedKey = query.sort == SearchSort::Engagement || query.sort == SearchSort::ViewsGained;
    plan.sortSql = sortKey.isEmpty() ? QString()
                   : computedKey     ? sortKey + QStringLiteral(" DESC NULLS LAST, c.id DESC")
                                     : sortKey + QStringLiteral(" DESC, c.id DESC");
    if (query.oneRowPerGroup) {
        // The words and the filters said of another row than `c` (each names the row `c.`, no other table
        // so).
        static const QRegularExpression rowAlias(QStringLiteral("\\bc\\."));
        const auto on = [](QString sql, const QString& alias) {
            return sql.replace(rowAlias, alias + QLatin1Char('.'));
        };
        const auto matching = [&](const QString& alias) {
            QStringList terms;
            // `+`: checked on the row found, not walked (SQLite would walk the whole list for every member).
            if (!plan.match.isEmpty())
                terms.append(
                    QStringLiteral("+") + alias +
                    QStringLiteral(".id IN (SELECT rowid FROM content_fts WHERE content_fts MATCH ?)"));
            for (const QString& filter : std::as_const(filters))
                terms.append(on(filter, alias));
            return terms.isEmpty() ? QString() : QStringLiteral(" AND ") + terms.join(QLatin1String(" AND "));
        };
        QVariantList matchingValues;
        if (!plan.match.isEmpty())
            matchingValues.append(plan.match);
        matchingValues += filterValues;
        // The row's mates in its group (as last computed) that match too.
        plan.matesSql =
            QStringLiteral("(SELECT group_concat(gc.id) FROM clip_group_members cm JOIN "
                           "clip_group_members cn ON cn.group_id = cm.group_id AND cn.platform <> "
                           "cm.platform JOIN content gc ON gc.platform = cn.platform AND "
                           "gc.external_id = cn.external_id WHERE cm.platform = c.platform AND "
                           "cm.external_id = c.external_id%1)")
                .arg(matching(QStringLiteral("gc")));
        plan.matesValues = matchingValues;
        // Left out: each group's matching members but its first in the list's order (ranked by relevance,
        // the smaller id first: a rank is only known inside the ranking's own query). Found once per
        // statement, from the grouped items (CROSS JOIN: from the members to their rows, never the other
        // way round through every row).
        plan.hiddenSql =
            QStringLiteral(
                "SELECT id FROM (SELECT gh.id, row_number() OVER (PARTITION BY hm.group_id ORDER BY "
                "%1) AS n FROM clip_group_members hm CROSS JOIN content gh ON gh.platform = "
                "hm.platform AND gh.external_id = hm.external_id WHERE 1%2) WHERE n > 1")
                .arg(plan.sortSql.isEmpty() ? QStringLiteral("gh.id")
                                            : on(plan.sortSql, QStringLiteral("gh")),
                     matching(QStringLiteral("gh")));
        plan.hiddenValues = matchingValues;
        plan.matchingFilterSql = filters.join(QLatin1String(" AND "));
        plan.matchingFilterValues = filterValues;
        // Found once (setHidden()), not once per statement and again for the count: most of a page's cost.
        filters.append(QStringLiteral("c.id NOT IN (SELECT value FROM json_each(?))"));
        plan.hiddenValueIndex = int(filterValues.size());
        filterValues.append(QStringLiteral("[]"));
    }
    plan.filterSql = filters.join(QLatin1String(" AND "));
    if (!query.oneRowPerGroup) {
        plan.matchingFilterSql = plan.filterSql;
        plan.matchingFilterValues = filterValues;
    }

    // Keyset paging where the order is a column and then the id (browsing, and words sorted by a column):
    // a later page starts after the previous page's last row (key, id), and costs what the first page
    // costs, where OFFSET steps over every row before it (at 100,000 rows, a page cost 60 ms and more).
    plan.keyColumn = [&query, &plan]() {
        if (!plan.match.isEmpty() && query.sort == SearchSort::Relevance)
            return -1;
        switch (query.sort) {
        case SearchSort::Relevance:
        case SearchSort::Newest:
            return 9;
        case SearchSort::MostViewed:
            return 11;
        case SearchSort::MostLiked:
            return 12;
        case SearchSort::MostCommented:
            return 13;
        case SearchSort::Engagement:
        case SearchSort::ViewsGained:
            break;
        }
        return -1;
    }();
    if (plan.keyColumn >= 0)
        plan.key = QString::fromLatin1(kColumns).split(QStringLiteral(", ")).at(plan.keyColumn);
    return plan;
}

/// The relevance of a row of content_fts matching `match`, lower first; `values` get what it binds.
QString rankSql(const QString& match, bool fastRank, QVariantList* values)
{
    // sv_bm25 (FtsRank) returns exactly bm25's values, faster.
    const QString rankFunction = fastRank ? QLatin1String(FtsRank::FunctionName) : QStringLiteral("bm25");
    // sv_bm25 also takes each phrase of the MATCH expression (split at its spaces: the words have
    // none and quoting adds none), to keep each phrase's count for bm25's IDF between searches.
    const QStringList phrases = fastRank ? match.split(QLatin1Char(' ')) : QStringList();
    QStringList phraseMarks;
    for (const QString& phrase : phrases) {
        phraseMarks.append(QStringLiteral(", ?"));
        values->append(phrase);
    }
    return rankFunction + QStringLiteral("(content_fts, 10.0, 1.0%1)").arg(phraseMarks.join(QString()));
}

/// The matches of the words, with the filters `filterSql` on `c`, as (id, r): their relevance `rank`.
QString rankedRows(const QString& rank, const QString& filterSql)
{
    return QStringLiteral("SELECT content_fts.rowid AS id, %1 AS r FROM content_fts JOIN content c ON c.id = "
                          "content_fts.rowid WHERE content_fts MATCH ?%2")
        .arg(rank, filterSql.isEmpty() ? QString() : QStringLiteral(" AND ") + filterSql);
}

/// The rows of a keyset order (SearchPlan::keyColumn) that come after the row `at` (a page's last row), or
/// before it: the order is descending, the id breaking ties; the publish time may be NULL, which SQLite
/// sorts last in a descending order (the counts are NOT NULL).
std::pair<QString, QVariantList> keysetCondition(const SearchPlan& plan, const SearchCursor& at, bool before)
{
    const QString& key = plan.key;
    const bool nullable = plan.keyColumn == 9;
    if (at.key.isNull()) {
        if (before)
            return {QStringLiteral("(%1 IS NOT NULL OR c.id > ?)").arg(key), {at.id}};
        return {QStringLiteral("(%1 IS NULL AND c.id < ?)").arg(key), {at.id}};
    }
    if (before)
        return {QStringLiteral("(%1 > ? OR (%1 = ? AND c.id > ?))").arg(key), {at.key, at.key, at.id}};
    return {QStringLiteral("(%1 < ? OR (%1 = ? AND c.id < ?)%2)")
                .arg(key, nullable ? QStringLiteral(" OR %1 IS NULL").arg(key) : QString()),
            {at.key, at.key, at.id}};
}
} // namespace

Result<void, LibraryError> LibraryDatabase::Private::findHidden(SearchPlan& plan, const QString& what)
{
    if (plan.hiddenSql.isEmpty())
        return {};
    LibraryError error;
    QSqlQuery* q = run(plan.hiddenSql, plan.hiddenValues, what, &error);
    if (!q)
        return error;
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (q->lastError().isValid())
        return sqlError(what, q->lastError());
    q->finish();
    plan.setHidden(ids);
    return {};
}

Result<SearchResult, LibraryError> LibraryDatabase::search(const SearchQuery& query) const
{
    if (!d->open)
        return notOpen();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "The search failed");
    SearchPlan plan = searchPlan(query);
    if (auto found = d->findHidden(plan, what); !found)
        return found.error();
    const QString& match = plan.match;
    const QString& filterSql = plan.filterSql;
    const QVariantList& filterValues = plan.filterValues;
    const QString& sortSql = plan.sortSql;
    const int keyColumn = plan.keyColumn;
    const int limit = qBound(0, query.limit, 10000);
    const int offset = qMax(0, query.offset);
    // One row per group: the mates a row stands for, after the item's columns (their values first).
    const QString columns = plan.matesSql.isEmpty()
                                ? QString::fromLatin1(kColumns)
                                : QString::fromLatin1(kColumns) + QStringLiteral(", ") + plan.matesSql;
    const int matesColumn = plan.matesSql.isEmpty() ? -1 : 17;
    const int tailColumn = plan.matesSql.isEmpty() ? 17 : 18; // the gain, or the total in the page

    QString pageSql;
    QString countSql;
    QVariantList pageValues;
    QVariantList countValues;
    bool totalInPage = false;       // the page's rows carry the total in an extra column
    bool countsMatchesOnly = false; // the count is of the words' matches, none left out
    const bool keyset = keyColumn >= 0 && query.after.valid;
    QString keysetSql;
    QVariantList keysetValues;
    if (keyset)
        std::tie(keysetSql, keysetValues) = keysetCondition(plan, query.after, false);

    if (match.isEmpty() || query.sort != SearchSort::Relevance) {
        // Browse (filters and sort only: relevance has no meaning without words, newest first), or newest /
        // most viewed among the matches: no ranking needed.
        QString where;
        QString pageWhere;
        std::tie(where, countValues) = plan.where();
        std::tie(pageWhere, pageValues) = plan.where(keysetSql, keysetValues);
        if (plan.gainedSql.isEmpty())
            pageSql = QStringLiteral("SELECT %1 FROM content c%2 ORDER BY %3 LIMIT ? OFFSET ?")
                          .arg(columns, pageWhere, sortSql);
        else // the gain selected once, shown beside each item, and ordered by
            pageSql =
                QStringLiteral("SELECT %1, %2 AS gained FROM content c%3 ORDER BY gained DESC NULLS LAST, "
                               "c.id DESC LIMIT ? OFFSET ?")
                    .arg(columns, plan.gainedSql, pageWhere);
        countSql = QStringLiteral("SELECT count(*) FROM content c") + where;
    } else {
        // Rank in a subquery over the FTS index, then join the rows. Filters go inside the subquery
        // (joined there) so the ranked set is already the filtered set: a LIMIT there is then exact.
        QVariantList phraseValues;
        const QString rank = rankSql(match, d->fastRank, &phraseValues);
        // Without filters, or with only the items one row per group leaves out: ranked over the FTS index
        // alone, those ids left out by their rowid there.
        const bool unfiltered = plan.matchingFilterSql.isEmpty();
        const QString leftOut = plan.hiddenValueIndex < 0
                                    ? QString()
                                    : QStringLiteral(" AND rowid NOT IN (SELECT value FROM json_each(?))");
        const QVariantList leftOutValues =
            plan.hiddenValueIndex < 0 ? QVariantList() : QVariantList{filterValues.at(plan.hiddenValueIndex)};
        if (unfiltered && d->fastRank && FtsQuery::words(query.text).size() == 1) {
            // One word is one phrase: the rows matching it are the total, and the phrase's document
            // count in bm25's IDF. sv_phrase_hits gives that count (kept per data version, else counted
            // once for both, in the statement's snapshot) with every row.
            pageSql =
                QStringLiteral("SELECT %1, m.n FROM (SELECT rowid AS id, %2 AS r, %3(content_fts, ?) AS n "
                               "FROM content_fts WHERE content_fts MATCH ?%4 ORDER BY r, rowid LIMIT ?) m "
                               "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                    .arg(columns, rank, QLatin1String(FtsRank::HitsFunctionName), leftOut);
            countSql = QStringLiteral("SELECT count(*) FROM content_fts WHERE content_fts MATCH ?");
            pageValues = phraseValues + phraseValues + QVariantList{match} + leftOutValues +
                         QVariantList{qint64(limit) + offset};
            totalInPage = true; // the phrase's hits, less the items left out
            countsMatchesOnly = true;
        } else if (unfiltered) {
            pageSql = QStringLiteral("SELECT %1 FROM (SELECT rowid AS id, %2 AS r FROM content_fts "
                                     "WHERE content_fts MATCH ?%3 ORDER BY r, rowid LIMIT ?) m "
                                     "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                          .arg(columns, rank, leftOut);
            countSql = QStringLiteral("SELECT count(*) FROM content_fts WHERE content_fts MATCH ?");
            pageValues =
                phraseValues + QVariantList{match} + leftOutValues + QVariantList{qint64(limit) + offset};
            countsMatchesOnly = true;
        } else {
            pageSql = QStringLiteral("SELECT %1 FROM (%2 ORDER BY r, content_fts.rowid LIMIT ?) m "
                                     "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                          .arg(columns, rankedRows(rank, filterSql));
            countSql =
                QStringLiteral("SELECT count(*) FROM content_fts JOIN content c ON c.id = content_fts.rowid "
                               "WHERE content_fts MATCH ? AND ") +
                filterSql;
            pageValues =
                phraseValues + QVariantList{match} + filterValues + QVariantList{qint64(limit) + offset};
        }
        countValues = countsMatchesOnly ? QVariantList{match} : QVariantList{match} + filterValues;
    }
    pageValues.append(limit);
    pageValues.append(keyset ? 0 : offset);
    pageValues = plan.matesValues + pageValues;
    // One row per group: the matches less those listed through a group mate's row, the matches counted as
    // they are without groups (cheap where there are no filters), less the grouped items left out.
    const qint64 leftOutCount = plan.hiddenCount;
    if (plan.hiddenValueIndex >= 0 && !countsMatchesOnly) {
        QString matching;
        std::tie(matching, countValues) = plan.where({}, {}, false);
        countSql = QStringLiteral("SELECT count(*) FROM content c") + matching;
    }

    LibraryError error;
    QSqlQuery* page = d->run(pageSql, pageValues, what, &error);
    if (!page)
        return error;
    SearchResult result;
    result.items.reserve(limit);
    qint64 pageTotal = -1;
    QVariant lastKey;
    while (page->next()) {
        result.items.append(rowToItem(*page));
        if (matesColumn >= 0) {
            const QStringList mates =
                page->value(matesColumn).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString& mate : mates)
                result.items.last().groupedWith.append(mate.toLongLong());
        }
        if (!plan.gainedSql.isEmpty() && !page->value(tailColumn).isNull())
            result.items.last().viewsGained = page->value(tailColumn).toLongLong();
        if (totalInPage && !page->value(tailColumn).isNull())
            pageTotal = page->value(tailColumn).toLongLong() - leftOutCount;
        if (keyColumn >= 0)
            lastKey = page->value(keyColumn);
    }
    if (keyColumn >= 0 && !result.items.isEmpty())
        result.next = SearchCursor{true, lastKey, result.items.constLast().id};
    if (page->lastError().isValid())
        return sqlError(what, page->lastError());
    page->finish();

    if (pageTotal >= 0) {
        result.total = pageTotal;
    } else if (offset == 0 && !keyset && result.items.size() < limit) {
        result.total = result.items.size(); // the whole result fits in the first page
    } else if (query.knownTotal >= 0 && (offset > 0 || keyset)) {
        result.total = query.knownTotal; // a later page of a search whose first page counted
    } else {
        QSqlQuery* count = d->run(countSql, countValues, what, &error);
        if (!count)
            return error;
        if (!count->next())
            return sqlError(what, count->lastError());
        result.total = count->value(0).toLongLong() - leftOutCount;
        count->finish();
    }
    return result;
}

Result<qint64, LibraryError> LibraryDatabase::positionOf(const SearchQuery& query, qint64 id) const
{
    if (!d->open)
        return notOpen();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "The search failed");
    SearchPlan plan = searchPlan(query);
    if (auto found = d->findHidden(plan, what); !found)
        return found.error();
    // The first row of `sql` with `values` bound: its columns, none when it has no row.
    const auto firstRow = [&](const QString& sql,
                              const QVariantList& values) -> Result<QVariantList, LibraryError> {
        LibraryError error;
        QSqlQuery* q = d->run(sql, values, what, &error);
        if (!q)
            return error;
        QVariantList row;
        if (q->next()) {
            for (int column = 0; column < q->record().count(); ++column)
                row.append(q->value(column));
        }
        if (q->lastError().isValid())
            return sqlError(what, q->lastError());
        q->finish();
        return row;
    };
    // The row of an item listed on its own.
    const auto rowOf = [&](qint64 itemId) -> Result<qint64, LibraryError> {
        if (plan.keyColumn >= 0) {
            // A keyset order: the rows before the item are those a page ending on it would not list next, one
            // comparison on the order's index.
            auto [itemWhere, itemValues] = plan.where(QStringLiteral("c.id = ?"), {itemId});
            const auto key =
                firstRow(QStringLiteral("SELECT 1, %1 FROM content c").arg(plan.key) + itemWhere, itemValues);
            if (!key)
                return key.error();
            if (key->isEmpty())
                return qint64(-1); // not among the results
            const auto [before, beforeValues] =
                keysetCondition(plan, SearchCursor{true, key->at(1), itemId}, true);
            auto [where, values] = plan.where(before, beforeValues);
            const auto count = firstRow(QStringLiteral("SELECT count(*) FROM content c") + where, values);
            if (!count)
                return count.error();
            return count->value(0).toLongLong();
        }
        // A ranked or computed order: the item's number in that order (the page's, offset pages).
        QString sql;
        QVariantList values;
        if (!plan.match.isEmpty() && query.sort == SearchSort::Relevance) {
            const QString rank = rankSql(plan.match, d->fastRank, &values);
            sql = QStringLiteral(
                      "SELECT n FROM (SELECT id, row_number() OVER (ORDER BY r, id) - 1 AS n FROM (%1)) "
                      "WHERE id = ?")
                      .arg(rankedRows(rank, plan.filterSql));
            values += QVariantList{plan.match} + plan.filterValues;
        } else {
            QString where;
            std::tie(where, values) = plan.where();
            sql = QStringLiteral(
                      "SELECT n FROM (SELECT c.id AS id, row_number() OVER (ORDER BY %1) - 1 AS n FROM "
                      "content c%2) WHERE id = ?")
                      .arg(plan.sortSql, where);
        }
        values.append(itemId);
        const auto row = firstRow(sql, values);
        if (!row)
            return row.error();
        return row->isEmpty() ? qint64(-1) : row->at(0).toLongLong();
    };
    const auto own = rowOf(id);
    if (!own || *own >= 0 || plan.hiddenSql.isEmpty())
        return own;
    // Left out as a group mate's row lists it (when it matches): at that row.
    const auto [matching, matchingValues] = plan.where(QStringLiteral("c.id = ?"), {id}, false);
    const auto matches = firstRow(QStringLiteral("SELECT 1 FROM content c") + matching, matchingValues);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return qint64(-1);
    LibraryError error;
    QSqlQuery* mates =
        d->run(QStringLiteral(
                   "SELECT gc.id FROM content c JOIN clip_group_members cm ON cm.platform = c.platform AND "
                   "cm.external_id = c.external_id JOIN clip_group_members cn ON cn.group_id = cm.group_id "
                   "AND cn.platform <> cm.platform JOIN content gc ON gc.platform = cn.platform AND "
                   "gc.external_id = cn.external_id WHERE c.id = ?"),
               {id}, what, &error);
    if (!mates)
        return error;
    QList<qint64> ids;
    while (mates->next())
        ids.append(mates->value(0).toLongLong());
    mates->finish();
    for (const qint64 mate : std::as_const(ids)) {
        const auto at = rowOf(mate);
        if (!at || *at >= 0)
            return at;
    }
    return qint64(-1);
}

Result<ContentItem, LibraryError> LibraryDatabase::item(qint64 id) const
{
    if (!d->open)
        return notOpen();
    LibraryError error;
    QSqlQuery* q = d->prepared(
        QStringLiteral("SELECT %1 FROM content c WHERE c.id = ?").arg(QLatin1String(kColumns)), &error);
    if (!q)
        return error;
    q->bindValue(0, id);
    if (!q->exec())
        return sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not read item %1").arg(id),
                        q->lastError());
    if (!q->next()) {
        if (q->lastError().isValid())
            return sqlError(
                QCoreApplication::translate("sv::LibraryDatabase", "Could not read item %1").arg(id),
                q->lastError());
        return makeError(
            QCoreApplication::translate("sv::LibraryDatabase", "The library has no item %1.").arg(id));
    }
    ContentItem item = rowToItem(*q);
    q->finish();
    return item;
}

Result<int, LibraryError> LibraryDatabase::removeAccount(Platform platform, const QString& account)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable(); !e)
        return e.error();
    LibraryError error;
    QSqlQuery* q =
        d->prepared(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ?"), &error);
    if (!q)
        return error;
    q->bindValue(0, platformId(platform));
    q->bindValue(1, account);
    if (!q->exec())
        return d->noticeFailure(sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not remove the account's items"),
            q->lastError()));
    const int removed = q->numRowsAffected();
    q->finish();
    return removed;
}

Result<LibraryStats, LibraryError> LibraryDatabase::stats() const
{
    if (!d->open)
        return notOpen();
    const QString what =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not read the library statistics");
    LibraryStats s;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT platform, count(*), max(published_at), max(synced_at) FROM content "
                               "GROUP BY platform")))
        return sqlError(what, q.lastError());
    qint64 newest = std::numeric_limits<qint64>::min();
    qint64 synced = std::numeric_limits<qint64>::min();
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        s.items += n;
        s.itemsPerPlatform.insert(q.value(0).toString(), n);
        if (!q.value(2).isNull())
            newest = qMax(newest, q.value(2).toLongLong());
        if (!q.value(3).isNull())
            synced = qMax(synced, q.value(3).toLongLong());
    }
    if (q.lastError().isValid())
        return sqlError(what, q.lastError());
    for (const Platform p : allPlatforms()) {
        if (!s.itemsPerPlatform.contains(platformId(p)))
            s.itemsPerPlatform.insert(platformId(p), 0);
    }
    if (newest != std::numeric_limits<qint64>::min())
        s.newestPublished = QDateTime::fromSecsSinceEpoch(newest, Qt::UTC);
    if (synced != std::numeric_limits<qint64>::min())
        s.lastSynced = QDateTime::fromSecsSinceEpoch(synced, Qt::UTC);
    s.fileBytes = QFileInfo(d->filePath).size();
    const QFileInfo wal(d->filePath + QStringLiteral("-wal"));
    if (wal.exists())
        s.fileBytes += wal.size();
    return s;
}

Result<int, LibraryError> LibraryDatabase::importFrom(QIODevice& in, ExportFormat format)
{
    if (!d->open)
        return notOpen();
    if (!in.isOpen() || !in.isReadable())
        return makeError(
            QCoreApplication::translate("sv::LibraryDatabase", "The import file is not readable."));
    const QByteArray data = in.readAll();
    auto parsed = LibraryFileFormat::parse(data, format);
    if (!parsed)
        return parsed.error();
    const QList<ContentItem>& items = parsed.value();
    if (items.isEmpty())
        return 0;
    if (auto e = d->writeItems(items, d->preferBulk(items.size()), {}, {}, true); !e)
        return e.error();
    return int(items.size());
}

Result<void, LibraryError> LibraryDatabase::exportTo(QIODevice& out, ExportFormat format) const
{
    if (!d->open)
        return notOpen();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Export failed");
    // One read transaction: a consistent snapshot even if another connection writes meanwhile.
    if (auto e = d->exec(QStringLiteral("BEGIN"), what); !e)
        return e.error();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM content c ORDER BY c.id").arg(QLatin1String(kColumns)))) {
        const LibraryError e = sqlError(what, q.lastError());
        d->exec(QStringLiteral("ROLLBACK"), what);
        return e;
    }
    LibraryFileFormat::Writer writer(out, format);
    bool ok = writer.begin();
    while (ok && q.next())
        ok = writer.write(rowToItem(q));
    Result<void, LibraryError> result;
    if (q.lastError().isValid())
        result = sqlError(what, q.lastError());
    else if (!ok || !writer.finish())
        result = makeError(writer.errorString());
    q.finish();
    d->exec(QStringLiteral("COMMIT"), what);
    return result;
}

// --- What a sync reads and writes in the content ---------------------------------------------------

using librarySql::execBound;

Result<int, LibraryError> LibraryDatabase::pruneItemsNotSeenSince(Platform platform, const QString& accountId,
                                                                  const QDateTime& walkStartedAt)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable(); !e)
        return e.error();
    // synced_at is written in whole seconds when a row is written: rows of this walk are >= its start.
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ? AND synced_at < ?"));
    if (!execBound(q, {platformId(platform), accountId, walkStartedAt.toSecsSinceEpoch()}))
        return d->noticeFailure(
            sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library"),
                     q.lastError()));
    return q.numRowsAffected();
}

Result<QSet<QString>, LibraryError> LibraryDatabase::knownExternalIds(Platform platform,
                                                                      const QString& accountId,
                                                                      const QStringList& externalIds) const
{
    if (!d->open)
        return notOpen();
    QSet<QString> known;
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not read the library");
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < externalIds.size(); start += kChunk) {
        const QStringList chunk = externalIds.mid(start, kChunk);
        QStringList marks;
        QVariantList values{accountId, platformId(platform)};
        for (const QString& id : chunk) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT external_id FROM content WHERE account = ? AND platform = ? AND "
                                 "external_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        if (!execBound(q, values))
            return sqlError(what, q.lastError());
        while (q.next())
            known.insert(q.value(0).toString());
        if (q.lastError().isValid())
            return sqlError(what, q.lastError());
    }
    return known;
}

namespace {

/// The content rows `q` (prepared, selecting kColumns) gives for `values`.
Result<QList<ContentItem>, LibraryError> selectItems(QSqlQuery& q, const QVariantList& values)
{
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not read the library");
    if (!execBound(q, values))
        return sqlError(what, q.lastError());
    QList<ContentItem> items;
    while (q.next())
        items.append(rowToItem(q));
    if (q.lastError().isValid())
        return sqlError(what, q.lastError());
    return items;
}

} // namespace

Result<QList<ContentItem>, LibraryError>
LibraryDatabase::recentItems(Platform platform, const QString& accountId, int limit) const
{
    if (!d->open)
        return notOpen();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM content c WHERE c.account = ? AND c.platform = ? "
                             "ORDER BY c.published_at DESC, c.id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    return selectItems(q, {accountId, platformId(platform), qMax(0, limit)});
}

Result<QList<ContentItem>, LibraryError>
LibraryDatabase::leastRecentlyRefreshedItems(Platform platform, const QString& accountId, int skipNewest,
                                             int limit) const
{
    if (!d->open)
        return notOpen();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM content c WHERE c.account = ? AND c.platform = ? AND c.id NOT IN "
                       "(SELECT id FROM content WHERE account = ? AND platform = ? "
                       "ORDER BY published_at DESC, id DESC LIMIT ?) "
                       "ORDER BY coalesce(c.synced_at, 0), c.published_at DESC, c.id DESC LIMIT ?")
            .arg(QLatin1String(kColumns)));
    return selectItems(q, {accountId, platformId(platform), accountId, platformId(platform),
                           qMax(0, skipNewest), qMax(0, limit)});
}

Result<int, LibraryError> LibraryDatabase::updateStatistics(const QList<ContentItem>& items)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable(); !e)
        return e.error();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), what); !e)
        return d->noticeFailure(e.error());
    int updated = 0;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "UPDATE content SET views = CASE WHEN ? THEN ? ELSE views END, views_known = max(views_known, ?), "
        "likes = ?, comments = ?, shares = coalesce(?, shares), synced_at = ? "
        "WHERE platform = ? AND account = ? AND external_id = ?"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const ContentItem& item : items) {
        const int known = viewsKnownOnWrite(item) ? 1 : 0;
        if (!execBound(q, {known, qMax<qint64>(0, item.views), known, qMax<qint64>(0, item.likes),
                           qMax<qint64>(0, item.comments),
                           item.shares ? QVariant(qMax<qint64>(0, *item.shares))
                                       : QVariant(QMetaType(QMetaType::LongLong)),
                           now, platformId(item.platform), item.account, item.externalId})) {
            LibraryError e = d->noticeFailure(sqlError(what, q.lastError()));
            d->exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
        updated += q.numRowsAffected();
    }
    if (auto e = d->exec(QStringLiteral("COMMIT"), what); !e) {
        LibraryError error = d->noticeFailure(e.error());
        d->exec(QStringLiteral("ROLLBACK"), what);
        return error;
    }
    return updated;
}

} // namespace sv
