#include "library/LibraryDatabase.h"

#include "library/ContentLimits.h"
#include "library/FtsQuery.h"
#include "library/FtsRank.h"
#include "library/LibraryFileFormat.h"
#include "library/LibrarySchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
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

LibraryError sqlError(const QString& what, const QSqlError& e)
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

constexpr const char* kColumns = "c.id, c.platform, c.account, c.external_id, c.title, c.description, c.url, "
                                 "c.thumbnail_url, c.kind, c.published_at, c.duration_s, c.views, c.likes, "
                                 "c.comments, c.synced_at";

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
    return item;
}

std::atomic<quint64> s_connectionCounter{0};

sqlite3* nativeHandle(const QSqlDatabase& db);
bool notAnSqliteDatabase(sqlite3* db);

/// Imports at least this large go through the bulk path: the FTS triggers are dropped inside the
/// transaction and the index is rebuilt once at the end (faster than one index update per row).
constexpr qsizetype kBulkThreshold = 5000;

/// Rows per multi-row INSERT statement (14 parameters each; SQLite allows 32766).
constexpr int kBatchRows = 64;

/// A process as audit_log records the owner of a running job: its pid and what tells this process from
/// a later one given the same pid (Linux: the boot id and the start time in clock ticks since boot).
struct ProcessIdentity
{
    qint64 pid = 0;
    QString started; ///< empty where the system does not tell

    /// The identity of the live process `pid`, or nullopt when no such process runs (a zombie is dead).
    static std::optional<ProcessIdentity> of(qint64 pid)
    {
#ifdef Q_OS_LINUX
        static const QByteArray bootId = [] {
            QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
        }();
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray stat = f.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; starttime is field 22.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
            return std::nullopt;
        return ProcessIdentity{pid, QString::fromLatin1(bootId + ':' + fields.at(19))};
#elif defined(Q_OS_UNIX)
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return std::nullopt;
        return ProcessIdentity{pid, QString()};
#else
        return ProcessIdentity{pid, QString()}; // cannot tell: treated as alive
#endif
    }

    static const ProcessIdentity& current()
    {
        static const ProcessIdentity self =
            of(QCoreApplication::applicationPid())
                .value_or(ProcessIdentity{QCoreApplication::applicationPid(), {}});
        return self;
    }

    /// Whether the process that recorded (pid, started) is still running.
    static bool isAlive(qint64 pid, const QString& started)
    {
        const auto now = of(pid);
        return now && (started.isEmpty() || now->started.isEmpty() || now->started == started);
    }
};

} // namespace

struct LibraryDatabase::Private
{
    QString connectionName;
    QString filePath;
    bool open = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements; ///< Prepared statements, reused.
    /// The relevance ranking: FtsRank's exact, faster bm25 once registered on the connection.
    bool fastRank = false;
    /// Whether the file passed PRAGMA quick_check on this connection (checked before the first write).
    enum class Health { Unchecked, Sound, Damaged } health = Health::Unchecked;
    LibraryError damage;

    /// Nothing is written into a file that fails its check: run once per open, before the first write.
    std::optional<LibraryError> checkWritable();
    /// Marks 'running' audit_log rows whose owner process is gone as 'interrupted'.
    void interruptOrphanedJobs();

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

    std::optional<LibraryError> exec(const QString& sql, const QString& what)
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return sqlError(what, q.lastError());
        return std::nullopt;
    }

    /// Runs a one-value query (a PRAGMA).
    Result<QVariant, LibraryError> scalar(const QString& sql, const QString& what)
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return sqlError(what, q.lastError());
        if (!q.next())
            return q.lastError().isValid() ? sqlError(what, q.lastError()) : makeError(what);
        return q.value(0);
    }

    std::optional<LibraryError> migrate(int from);

    /// The bulk path rebuilds the whole index: worth it when the write is large against the library.
    bool preferBulk(qsizetype count)
    {
        if (count < kBulkThreshold)
            return false;
        const auto rows = scalar(QStringLiteral("SELECT count(*) FROM content"), QString());
        return rows && rows->toLongLong() <= count * 2;
    }
    using TransactionHook = std::function<std::optional<LibraryError>()>;
    /// `afterBegin` and `beforeCommit` run inside the write transaction (an error rolls it back).
    std::optional<LibraryError> writeItems(const QList<ContentItem>& items, bool bulk,
                                           const TransactionHook& afterBegin = {},
                                           const TransactionHook& beforeCommit = {});
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

std::optional<LibraryError> LibraryDatabase::open(const QString& filePath)
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
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
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

    const auto fail = [this](LibraryError e) {
        close();
        return std::optional<LibraryError>(std::move(e));
    };
    const QString damaged =
        QCoreApplication::translate("sv::LibraryDatabase", "%1 cannot be used as a library").arg(filePath);

    // Nothing below writes to the file until the checks have passed.
    if (auto e = d->exec(QStringLiteral("PRAGMA foreign_keys = ON"), damaged))
        return fail(*e);
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

    const auto journal = d->scalar(QStringLiteral("PRAGMA journal_mode = WAL"), damaged);
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
        if (auto e = d->exec(QLatin1String(pragma), damaged))
            return fail(*e);
    }

    if (auto e = d->migrate(fileVersion))
        return fail(*e);
    const QString rankError = FtsRank::install(nativeHandle(d->db()), QStringLiteral("content_fts"));
    d->fastRank = rankError.isEmpty();
    if (!d->fastRank)
        qCWarning(lcLibrary) << "ranking with bm25() (" << rankError << ")";
    d->interruptOrphanedJobs();
    qCDebug(lcLibrary) << "opened" << filePath << "schema" << fileVersion << "->" << schemaVersion();
    return std::nullopt;
}

void LibraryDatabase::Private::interruptOrphanedJobs()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, owner_pid, owner_started FROM audit_log WHERE status = 'running'")))
        return;
    QStringList orphans;
    while (q.next()) {
        // No owner: left by a version before format 5. Should an older StreamVibe still be running that
        // job, its end overwrites the mark.
        if (q.value(1).isNull() || !ProcessIdentity::isAlive(q.value(1).toLongLong(), q.value(2).toString()))
            orphans.append(QString::number(q.value(0).toLongLong()));
    }
    q.finish();
    if (orphans.isEmpty() || checkWritable())
        return;
    QSqlQuery update(db());
    if (!update.exec(QStringLiteral("UPDATE audit_log SET status = 'interrupted', finished_at = %1 "
                                    "WHERE status = 'running' AND id IN (%2)")
                         .arg(QDateTime::currentSecsSinceEpoch())
                         .arg(orphans.join(QLatin1Char(',')))))
        qCWarning(lcLibrary) << "could not mark interrupted jobs:" << update.lastError().text();
    else
        qCDebug(lcLibrary) << "marked" << orphans.size() << "jobs of ended processes as interrupted";
}

std::optional<LibraryError> LibraryDatabase::Private::checkWritable()
{
    if (health == Health::Sound)
        return std::nullopt;
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
        return std::nullopt;
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

std::optional<LibraryError> LibraryDatabase::Private::migrate(int from)
{
    for (const LibrarySchema::Migration& m : LibrarySchema::migrations()) {
        if (m.version <= from)
            continue;
        const QString what =
            QCoreApplication::translate("sv::LibraryDatabase", "Could not upgrade the library to format %1")
                .arg(m.version);
        if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE"), what))
            return e;
        for (const QString& sql : m.statements) {
            if (auto e = exec(sql, what)) {
                exec(QStringLiteral("ROLLBACK"), what);
                return e;
            }
        }
        if (auto e = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), what)) {
            exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
        if (auto e = exec(QStringLiteral("COMMIT"), what)) {
            exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
    }
    return std::nullopt;
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
    d->fastRank = false;
    d->health = Private::Health::Unchecked;
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

static LibraryError notOpen()
{
    return makeError(QCoreApplication::translate("sv::LibraryDatabase", "The library is not open."));
}

std::optional<LibraryError> LibraryDatabase::checkWritable()
{
    if (!d->open)
        return notOpen();
    return d->checkWritable();
}

std::optional<LibraryError> validateContentItem(const ContentItem& item, int index)
{
    const auto fieldError = [index](const char* field, const QString& what) {
        LibraryError e;
        e.item = index;
        e.field = QLatin1String(field);
        e.message = QCoreApplication::translate("sv::LibraryDatabase", "Item %1, field \"%2\": %3")
                        .arg(index)
                        .arg(e.field, what);
        return std::optional<LibraryError>(std::move(e));
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
    return std::nullopt;
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

std::optional<LibraryError> LibraryDatabase::Private::writeItems(const QList<ContentItem>& items, bool bulk,
                                                                 const TransactionHook& afterBegin,
                                                                 const TransactionHook& beforeCommit)
{
    if (auto e = checkWritable())
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
            values += r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return QByteArray("INSERT INTO content (platform, account, external_id, title, description, url, "
                          "thumbnail_url, kind, published_at, duration_s, views, likes, comments, synced_at) "
                          "VALUES ") +
               values +
               " ON CONFLICT (platform, account, external_id) DO UPDATE SET "
               "title = excluded.title, description = excluded.description, url = excluded.url, "
               "thumbnail_url = excluded.thumbnail_url, kind = excluded.kind, "
               "published_at = excluded.published_at, duration_s = excluded.duration_s, "
               "views = excluded.views, likes = excluded.likes, comments = excluded.comments, "
               "synced_at = excluded.synced_at";
    };
    const auto prepareNative = [&](Statement& s, int rows) -> std::optional<LibraryError> {
        const QByteArray sql = upsertSql(rows);
        if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), 0, &s.stmt, nullptr) != SQLITE_OK)
            return sqlError(
                QCoreApplication::translate("sv::LibraryDatabase", "Could not prepare a library query"),
                nativeError(handle));
        return std::nullopt;
    };
    Statement single;
    Statement batch;
    if (auto e = prepareNative(single, 1))
        return e;
    if (items.size() >= kBatchRows) {
        if (auto e = prepareNative(batch, kBatchRows))
            return e;
    }
    if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE"), what))
        return e;
    const auto rollback = [&](LibraryError e) {
        sqlite3_reset(single.stmt);
        if (batch.stmt)
            sqlite3_reset(batch.stmt);
        exec(QStringLiteral("ROLLBACK"), what);
        if (bulk)
            exec(QStringLiteral("PRAGMA cache_size = -16384"), what);
        return std::optional<LibraryError>(std::move(e));
    };
    if (afterBegin) {
        if (auto e = afterBegin())
            return rollback(*e);
    }
    if (bulk) {
        // Inside the transaction: other connections never see the library without its indexes.
        exec(QStringLiteral("PRAGMA cache_size = -131072"), what);
        for (const QString& sql :
             LibrarySchema::dropFtsTriggerStatements() + LibrarySchema::dropContentIndexStatements()) {
            if (auto e = exec(sql, what))
                return rollback(*e);
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
        const int base = row * 14 + 1;
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
        sqlite3_bind_int64(s, base + 10, item.views);
        sqlite3_bind_int64(s, base + 11, item.likes);
        sqlite3_bind_int64(s, base + 12, item.comments);
        sqlite3_bind_int64(s, base + 13, now);
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
        for (const QString& sql : LibrarySchema::contentIndexStatements()) {
            if (auto e = exec(sql, what))
                return rollback(*e);
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
            if (auto e = exec(QLatin1String(sql), what))
                return rollback(*e);
        }
        qCDebug(lcLibrary) << "rebuilt the full-text index in" << timer.restart() << "ms (CPU" << cpuMs()
                           << "ms)";
        for (const QString& sql : LibrarySchema::ftsTriggerStatements()) {
            if (auto e = exec(sql, what))
                return rollback(*e);
        }
    }
    if (beforeCommit) {
        if (auto e = beforeCommit())
            return rollback(*e);
    }
    auto committed = exec(QStringLiteral("COMMIT"), what);
    qCDebug(lcLibrary) << "committed in" << timer.restart() << "ms (CPU" << cpuMs() << "ms)";
    if (committed)
        rollback(*committed);
    if (bulk)
        exec(QStringLiteral("PRAGMA cache_size = -16384"), what);
    return committed;
}

Result<int, LibraryError> LibraryDatabase::upsert(const QList<ContentItem>& items)
{
    if (!d->open)
        return notOpen();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto e = validateContentItem(items.at(i), int(i + 1)))
            return *e;
    }
    if (items.isEmpty())
        return 0;
    if (auto e = d->writeItems(items, d->preferBulk(items.size())))
        return *e;
    return int(items.size());
}

Result<SearchResult, LibraryError> LibraryDatabase::search(const SearchQuery& query) const
{
    if (!d->open)
        return notOpen();
    const QString match = FtsQuery::matchExpression(query.text);
    const int limit = qBound(0, query.limit, 10000);
    const int offset = qMax(0, query.offset);

    QStringList filters;
    QVariantList filterValues;
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
    if (query.publishedFrom.isValid()) {
        filters.append(QStringLiteral("c.published_at >= ?"));
        filterValues.append(query.publishedFrom.toSecsSinceEpoch());
    }
    if (query.publishedTo.isValid()) {
        filters.append(QStringLiteral("c.published_at <= ?"));
        filterValues.append(query.publishedTo.toSecsSinceEpoch());
    }
    const QString filterSql = filters.join(QLatin1String(" AND "));
    const QString columns = QLatin1String(kColumns);

    QString pageSql;
    QString countSql;
    QVariantList pageValues;
    QVariantList countValues;
    bool totalInPage = false; // the page's rows carry the total in an extra column
    const QString sortSql = query.sort == SearchSort::MostViewed
                                ? QStringLiteral("c.views DESC, c.id DESC")
                                : QStringLiteral("c.published_at DESC, c.id DESC");

    if (match.isEmpty()) {
        // Browse: filters and sort only (relevance has no meaning without words: newest first).
        const QString where = filterSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filterSql;
        pageSql = QStringLiteral("SELECT %1 FROM content c%2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(columns, where, sortSql);
        countSql = QStringLiteral("SELECT count(*) FROM content c") + where;
        pageValues = filterValues;
        countValues = filterValues;
    } else if (query.sort == SearchSort::Relevance) {
        // Rank in a subquery over the FTS index, then join the rows. Filters go inside the subquery
        // (joined there) so the ranked set is already the filtered set: a LIMIT there is then exact.
        // sv_bm25 (FtsRank) returns exactly bm25's values, faster.
        const QString rankFunction =
            d->fastRank ? QLatin1String(FtsRank::FunctionName) : QStringLiteral("bm25");
        // sv_bm25 also takes each phrase of the MATCH expression (split at its spaces: the words have
        // none and quoting adds none), to keep each phrase's count for bm25's IDF between searches.
        const QStringList phrases = d->fastRank ? match.split(QLatin1Char(' ')) : QStringList();
        QStringList phraseMarks;
        QVariantList phraseValues;
        for (const QString& phrase : phrases) {
            phraseMarks.append(QStringLiteral(", ?"));
            phraseValues.append(phrase);
        }
        const QString rank =
            rankFunction + QStringLiteral("(content_fts, 10.0, 1.0%1)").arg(phraseMarks.join(QString()));
        if (filterSql.isEmpty() && d->fastRank && FtsQuery::words(query.text).size() == 1) {
            // One word is one phrase: the rows matching it are the total, and the phrase's document
            // count in bm25's IDF. sv_phrase_hits gives that count (kept per data version, else counted
            // once for both, in the statement's snapshot) with every row.
            pageSql =
                QStringLiteral("SELECT %1, m.n FROM (SELECT rowid AS id, %2 AS r, %3(content_fts, ?) AS n "
                               "FROM content_fts WHERE content_fts MATCH ? ORDER BY r, rowid LIMIT ?) m "
                               "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                    .arg(columns, rank, QLatin1String(FtsRank::HitsFunctionName));
            countSql = QStringLiteral("SELECT count(*) FROM content_fts WHERE content_fts MATCH ?");
            pageValues = phraseValues + phraseValues + QVariantList{match, qint64(limit) + offset};
            totalInPage = true;
        } else if (filterSql.isEmpty()) {
            pageSql = QStringLiteral("SELECT %1 FROM (SELECT rowid AS id, %2 AS r FROM content_fts "
                                     "WHERE content_fts MATCH ? ORDER BY r, rowid LIMIT ?) m "
                                     "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                          .arg(columns, rank);
            countSql = QStringLiteral("SELECT count(*) FROM content_fts WHERE content_fts MATCH ?");
            pageValues = phraseValues + QVariantList{match, qint64(limit) + offset};
        } else {
            pageSql =
                QStringLiteral("SELECT %1 FROM (SELECT content_fts.rowid AS id, %2 AS r FROM content_fts "
                               "JOIN content c ON c.id = content_fts.rowid "
                               "WHERE content_fts MATCH ? AND %3 ORDER BY r, content_fts.rowid LIMIT ?) m "
                               "JOIN content c ON c.id = m.id ORDER BY m.r, m.id LIMIT ? OFFSET ?")
                    .arg(columns, rank, filterSql);
            countSql =
                QStringLiteral("SELECT count(*) FROM content_fts JOIN content c ON c.id = content_fts.rowid "
                               "WHERE content_fts MATCH ? AND ") +
                filterSql;
            pageValues =
                phraseValues + QVariantList{match} + filterValues + QVariantList{qint64(limit) + offset};
        }
        countValues = QVariantList{match} + filterValues;
    } else {
        // Newest / most viewed among the matches: no ranking needed.
        const QString where =
            QStringLiteral(" WHERE c.id IN (SELECT rowid FROM content_fts WHERE content_fts MATCH ?)") +
            (filterSql.isEmpty() ? QString() : QStringLiteral(" AND ") + filterSql);
        pageSql = QStringLiteral("SELECT %1 FROM content c%2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(columns, where, sortSql);
        countSql = QStringLiteral("SELECT count(*) FROM content c") + where;
        pageValues = QVariantList{match} + filterValues;
        countValues = pageValues;
    }
    pageValues.append(limit);
    pageValues.append(offset);

    LibraryError error;
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "The search failed");
    QSqlQuery* page = d->prepared(pageSql, &error);
    if (!page)
        return error;
    for (qsizetype i = 0; i < pageValues.size(); ++i)
        page->bindValue(int(i), pageValues.at(i));
    if (!page->exec())
        return sqlError(what, page->lastError());
    SearchResult result;
    result.items.reserve(limit);
    qint64 pageTotal = -1;
    while (page->next()) {
        result.items.append(rowToItem(*page));
        if (totalInPage && !page->value(15).isNull())
            pageTotal = page->value(15).toLongLong();
    }
    if (page->lastError().isValid())
        return sqlError(what, page->lastError());
    page->finish();

    if (pageTotal >= 0) {
        result.total = pageTotal;
    } else if (offset == 0 && result.items.size() < limit) {
        result.total = result.items.size(); // the whole result fits in the first page
    } else {
        QSqlQuery* count = d->prepared(countSql, &error);
        if (!count)
            return error;
        for (qsizetype i = 0; i < countValues.size(); ++i)
            count->bindValue(int(i), countValues.at(i));
        if (!count->exec() || !count->next())
            return sqlError(what, count->lastError());
        result.total = count->value(0).toLongLong();
        count->finish();
    }
    return result;
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
    if (auto e = d->checkWritable())
        return *e;
    LibraryError error;
    QSqlQuery* q =
        d->prepared(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ?"), &error);
    if (!q)
        return error;
    q->bindValue(0, platformId(platform));
    q->bindValue(1, account);
    if (!q->exec())
        return sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not remove the account's items"),
            q->lastError());
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
    if (auto e = d->writeItems(items, d->preferBulk(items.size())))
        return *e;
    return int(items.size());
}

std::optional<LibraryError> LibraryDatabase::exportTo(QIODevice& out, ExportFormat format) const
{
    if (!d->open)
        return notOpen();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Export failed");
    // One read transaction: a consistent snapshot even if another connection writes meanwhile.
    if (auto e = d->exec(QStringLiteral("BEGIN"), what))
        return e;
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
    std::optional<LibraryError> result;
    if (q.lastError().isValid())
        result = sqlError(what, q.lastError());
    else if (!ok || !writer.finish())
        result = makeError(writer.errorString());
    q.finish();
    d->exec(QStringLiteral("COMMIT"), what);
    return result;
}

// --- Connected accounts and sync (schema v3) --------------------------------------------------------

QString accountStatusId(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return QStringLiteral("connected");
    case AccountStatus::ReconnectNeeded:
        return QStringLiteral("reconnect_needed");
    case AccountStatus::Disconnected:
        return QStringLiteral("disconnected");
    }
    return QStringLiteral("connected");
}

std::optional<AccountStatus> accountStatusFromId(QStringView id)
{
    for (const AccountStatus s :
         {AccountStatus::Connected, AccountStatus::ReconnectNeeded, AccountStatus::Disconnected}) {
        if (id == accountStatusId(s))
            return s;
    }
    return std::nullopt;
}

namespace {

constexpr const char* kAccountColumns = "platform, account_id, display_name, handle, avatar_url, status, "
                                        "connected_at, last_synced_at, item_count, newest_external_id, "
                                        "sync_complete, last_error";

LibraryAccount rowToAccount(const QSqlQuery& q)
{
    LibraryAccount a;
    a.platform = platformFromId(q.value(0).toString()).value_or(Platform::YouTube);
    a.accountId = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.handle = q.value(3).toString();
    a.avatarUrl = q.value(4).toString();
    a.status = accountStatusFromId(q.value(5).toString()).value_or(AccountStatus::Connected);
    a.connectedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    if (!q.value(7).isNull())
        a.lastSyncedAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    a.itemCount = q.value(8).toLongLong();
    a.newestExternalId = q.value(9).toString();
    a.syncComplete = q.value(10).toInt() == 1;
    a.lastError = q.value(11).toString();
    return a;
}

QString accountsError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not read the connected accounts");
}

QString accountsWriteError()
{
    return QCoreApplication::translate("sv::LibraryDatabase", "Could not save the connected account");
}

/// Text columns are NOT NULL DEFAULT '': a null QString must bind as '' (Qt binds it as NULL).
QString nn(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Runs a prepared-once statement with positional values; the query is finished by the caller.
bool execBound(QSqlQuery& q, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return q.exec();
}

} // namespace

Result<QList<LibraryAccount>, LibraryError> LibraryDatabase::accounts() const
{
    if (!d->open)
        return notOpen();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY platform, account_id")
                    .arg(QLatin1String(kAccountColumns))))
        return sqlError(accountsError(), q.lastError());
    QList<LibraryAccount> list;
    while (q.next())
        list.append(rowToAccount(q));
    if (q.lastError().isValid())
        return sqlError(accountsError(), q.lastError());
    // Fixed platform order (YouTube, Instagram, TikTok), as the UI shows them.
    std::stable_sort(list.begin(), list.end(), [](const LibraryAccount& a, const LibraryAccount& b) {
        return int(a.platform) < int(b.platform);
    });
    return list;
}

Result<std::optional<LibraryAccount>, LibraryError> LibraryDatabase::account(Platform platform,
                                                                             const QString& accountId) const
{
    if (!d->open)
        return notOpen();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE platform = ? AND account_id = ?")
                  .arg(QLatin1String(kAccountColumns)));
    if (!execBound(q, {platformId(platform), accountId}))
        return sqlError(accountsError(), q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return sqlError(accountsError(), q.lastError());
        return std::optional<LibraryAccount>();
    }
    return std::optional<LibraryAccount>(rowToAccount(q));
}

std::optional<LibraryError> LibraryDatabase::saveAccount(const LibraryAccount& account)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    if (account.accountId.isEmpty())
        return makeError(QCoreApplication::translate("sv::LibraryDatabase", "%1: the account has no id.")
                             .arg(accountsWriteError()));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (platform, account_id, display_name, handle, avatar_url, status, connected_at, "
        "last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, account_id) DO UPDATE SET "
        "display_name = excluded.display_name, handle = excluded.handle, avatar_url = excluded.avatar_url, "
        "status = excluded.status, last_error = excluded.last_error"));
    const QDateTime connected =
        account.connectedAt.isValid() ? account.connectedAt : QDateTime::currentDateTimeUtc();
    if (!execBound(q, {platformId(account.platform), account.accountId, nn(account.displayName),
                       nn(account.handle), nn(account.avatarUrl), accountStatusId(account.status),
                       connected.toSecsSinceEpoch(), nn(account.lastError)}))
        return sqlError(accountsWriteError(), q.lastError());
    return std::nullopt;
}

std::optional<LibraryError> LibraryDatabase::setAccountStatus(Platform platform, const QString& accountId,
                                                              AccountStatus status, const QString& lastError)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET status = ?, last_error = ? WHERE platform = ? AND account_id = ?"));
    if (!execBound(q, {accountStatusId(status), nn(lastError), platformId(platform), accountId}))
        return sqlError(accountsWriteError(), q.lastError());
    return std::nullopt;
}

Result<int, LibraryError> LibraryDatabase::deleteAccount(Platform platform, const QString& accountId,
                                                         bool removeItems)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    const QString what =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not remove the connected account");
    if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), what))
        return *e;
    const auto fail = [&](const QSqlError& error) {
        LibraryError e = sqlError(what, error);
        d->exec(QStringLiteral("ROLLBACK"), what);
        return e;
    };
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE platform = ? AND account_id = ?"));
    if (!execBound(q, {platformId(platform), accountId}))
        return fail(q.lastError());
    int removed = 0;
    if (removeItems) {
        QSqlQuery items(d->db());
        items.prepare(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ?"));
        if (!execBound(items, {platformId(platform), accountId}))
            return fail(items.lastError());
        removed = items.numRowsAffected();
    }
    if (auto e = d->exec(QStringLiteral("COMMIT"), what)) {
        d->exec(QStringLiteral("ROLLBACK"), what);
        return *e;
    }
    return removed;
}

Result<int, LibraryError> LibraryDatabase::pruneItemsNotSeenSince(Platform platform, const QString& accountId,
                                                                  const QDateTime& walkStartedAt)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    // synced_at is written in whole seconds when a row is written: rows of this walk are >= its start.
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM content WHERE platform = ? AND account = ? AND synced_at < ?"));
    if (!execBound(q, {platformId(platform), accountId, walkStartedAt.toSecsSinceEpoch()}))
        return sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library"),
                        q.lastError());
    return q.numRowsAffected();
}

Result<SyncBatchResult, LibraryError> LibraryDatabase::commitSyncBatch(const SyncBatch& batch)
{
    if (!d->open)
        return notOpen();
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const ContentItem& item = batch.items.at(i);
        if (auto e = validateContentItem(item, int(i + 1)))
            return *e;
        if (item.platform != batch.platform || item.account != batch.accountId)
            return makeError(
                QCoreApplication::translate("sv::LibraryDatabase",
                                            "Item %1 does not belong to the account being synced.")
                    .arg(i + 1));
    }
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    const QString platform = platformId(batch.platform);
    SyncBatchResult result;
    qint64 before = 0;
    const auto countItems = [&](qint64* out) -> std::optional<LibraryError> {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM content WHERE account = ? AND platform = ?"));
        if (!execBound(q, {batch.accountId, platform}) || !q.next())
            return sqlError(what, q.lastError());
        *out = q.value(0).toLongLong();
        return std::nullopt;
    };
    const auto afterBegin = [&]() {
        return countItems(&before);
    };
    const auto beforeCommit = [&]() -> std::optional<LibraryError> {
        qint64 after = 0;
        if (auto e = countItems(&after))
            return e;
        result.written = int(batch.items.size());
        // The billing rule's units: the items this page added to the account (nothing else writes to
        // the library inside this transaction).
        result.newItems = int(after - before);
        result.itemCount = after;
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("UPDATE accounts SET sync_complete = 0, item_count = ? "
                                 "WHERE platform = ? AND account_id = ?"));
        if (!execBound(q, {after, platform, batch.accountId}))
            return sqlError(what, q.lastError());
        if (result.newItems <= 0 || batch.usageJobId.isEmpty())
            return std::nullopt;
        // The job's open row takes the units. A sealed row (taken by a reporter, maybe already counted by
        // the backend) never changes: the job then opens a new row under a key no report ever had.
        QSqlQuery find(d->db());
        find.setForwardOnly(true);
        find.prepare(
            QStringLiteral("SELECT id, idempotency_key FROM usage_outbox WHERE job_id = ? AND sealed = 0"));
        if (!execBound(find, {batch.usageJobId}))
            return sqlError(what, find.lastError());
        if (find.next()) {
            const qint64 rowId = find.value(0).toLongLong();
            result.usageKey = find.value(1).toString();
            find.finish();
            QSqlQuery add(d->db());
            add.prepare(QStringLiteral("UPDATE usage_outbox SET units = units + ? WHERE id = ?"));
            if (!execBound(add, {result.newItems, rowId}))
                return sqlError(what, add.lastError());
            return std::nullopt;
        }
        if (find.lastError().isValid())
            return sqlError(what, find.lastError());
        result.usageKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery insert(d->db());
        insert.prepare(
            QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at, "
                           "job_id) VALUES (?, ?, ?, ?, ?)"));
        if (!execBound(insert, {result.usageKey, platform, result.newItems,
                                QDateTime::currentSecsSinceEpoch(), batch.usageJobId}))
            return sqlError(what, insert.lastError());
        return std::nullopt;
    };
    if (batch.items.isEmpty()) {
        if (auto e = d->checkWritable())
            return *e;
        if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), what))
            return *e;
        std::optional<LibraryError> e = afterBegin();
        if (!e)
            e = beforeCommit();
        if (!e)
            e = d->exec(QStringLiteral("COMMIT"), what);
        if (e) {
            d->exec(QStringLiteral("ROLLBACK"), what);
            return *e;
        }
        return result;
    }
    if (auto e = d->writeItems(batch.items, false, afterBegin, beforeCommit))
        return *e;
    return result;
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

Result<QList<ContentItem>, LibraryError>
LibraryDatabase::recentItems(Platform platform, const QString& accountId, int limit) const
{
    if (!d->open)
        return notOpen();
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not read the library");
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM content c WHERE c.account = ? AND c.platform = ? "
                             "ORDER BY c.published_at DESC, c.id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    if (!execBound(q, {accountId, platformId(platform), qMax(0, limit)}))
        return sqlError(what, q.lastError());
    QList<ContentItem> items;
    while (q.next())
        items.append(rowToItem(q));
    if (q.lastError().isValid())
        return sqlError(what, q.lastError());
    return items;
}

Result<int, LibraryError> LibraryDatabase::updateStatistics(const QList<ContentItem>& items)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    const QString what = QCoreApplication::translate("sv::LibraryDatabase", "Could not save to the library");
    if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), what))
        return *e;
    int updated = 0;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE content SET views = ?, likes = ?, comments = ?, synced_at = ? "
                             "WHERE platform = ? AND account = ? AND external_id = ?"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const ContentItem& item : items) {
        if (!execBound(q, {qMax<qint64>(0, item.views), qMax<qint64>(0, item.likes),
                           qMax<qint64>(0, item.comments), now, platformId(item.platform), item.account,
                           item.externalId})) {
            LibraryError e = sqlError(what, q.lastError());
            d->exec(QStringLiteral("ROLLBACK"), what);
            return e;
        }
        updated += q.numRowsAffected();
    }
    if (auto e = d->exec(QStringLiteral("COMMIT"), what)) {
        d->exec(QStringLiteral("ROLLBACK"), what);
        return *e;
    }
    return updated;
}

std::optional<LibraryError> LibraryDatabase::finishAccountSync(Platform platform, const QString& accountId,
                                                               const QDateTime& syncedAt,
                                                               const QString& newestExternalId)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET last_synced_at = ?, sync_complete = 1, status = 'connected', last_error = '', "
        "newest_external_id = CASE WHEN ? = '' THEN newest_external_id ELSE ? END, "
        "item_count = (SELECT count(*) FROM content WHERE account = accounts.account_id AND "
        "platform = accounts.platform) WHERE platform = ? AND account_id = ?"));
    if (!execBound(q, {syncedAt.toSecsSinceEpoch(), nn(newestExternalId), nn(newestExternalId),
                       platformId(platform), accountId}))
        return sqlError(accountsWriteError(), q.lastError());
    return std::nullopt;
}

Result<qint64, LibraryError> LibraryDatabase::beginJob(const QString& action, const QString& jobType,
                                                       const QDateTime& startedAt)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    QSqlQuery q(d->db());
    // The owner lets a later open tell a job of a killed process from one running now elsewhere.
    const ProcessIdentity& self = ProcessIdentity::current();
    q.prepare(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at, owner_pid, "
                             "owner_started) VALUES (?, ?, 'running', ?, ?, ?)"));
    if (!execBound(q, {action, jobType, startedAt.toSecsSinceEpoch(), self.pid, nn(self.started)}))
        return sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not write the job log"),
                        q.lastError());
    return q.lastInsertId().toLongLong();
}

std::optional<LibraryError> LibraryDatabase::finishJob(qint64 jobId, const QString& status,
                                                       const QString& result, const QDateTime& finishedAt)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE audit_log SET status = ?, result = ?, finished_at = ? WHERE id = ?"));
    if (!execBound(q, {status, nn(result), finishedAt.toSecsSinceEpoch(), jobId}))
        return sqlError(QCoreApplication::translate("sv::LibraryDatabase", "Could not write the job log"),
                        q.lastError());
    return std::nullopt;
}

Result<QList<UsageOutboxEntry>, LibraryError> LibraryDatabase::takeUsageOutbox()
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return *e;
    const QString what =
        QCoreApplication::translate("sv::LibraryDatabase", "Could not read the usage to report");
    if (auto e = d->exec(QStringLiteral("UPDATE usage_outbox SET sealed = 1 WHERE sealed = 0"), what))
        return *e;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT idempotency_key, platform, units, created_at, job_id FROM usage_outbox "
                           "WHERE sealed = 1 ORDER BY id")))
        return sqlError(what, q.lastError());
    QList<UsageOutboxEntry> rows;
    while (q.next()) {
        UsageOutboxEntry e;
        e.idempotencyKey = q.value(0).toString();
        e.platform = platformFromId(q.value(1).toString()).value_or(Platform::YouTube);
        e.units = q.value(2).toLongLong();
        e.createdAt = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        e.jobId = q.value(4).toString();
        rows.append(e);
    }
    if (q.lastError().isValid())
        return sqlError(what, q.lastError());
    return rows;
}

std::optional<LibraryError> LibraryDatabase::removeUsageOutbox(const QString& idempotencyKey)
{
    if (!d->open)
        return notOpen();
    if (auto e = d->checkWritable())
        return e;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM usage_outbox WHERE idempotency_key = ? AND sealed = 1"));
    if (!execBound(q, {idempotencyKey}))
        return sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not update the usage to report"),
            q.lastError());
    return std::nullopt;
}

Result<qint64, LibraryError> LibraryDatabase::pendingUsageUnits(const QString& jobId) const
{
    if (!d->open)
        return notOpen();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(jobId.isEmpty()
                  ? QStringLiteral("SELECT coalesce(sum(units), 0) FROM usage_outbox")
                  : QStringLiteral("SELECT coalesce(sum(units), 0) FROM usage_outbox WHERE job_id = ?"));
    if (!jobId.isEmpty())
        q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return sqlError(
            QCoreApplication::translate("sv::LibraryDatabase", "Could not read the usage to report"),
            q.lastError());
    return q.value(0).toLongLong();
}

} // namespace sv
