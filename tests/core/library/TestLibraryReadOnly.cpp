// A library whose folder takes no write, or whose disk is full, is read: search works, every write is
// refused with the reason (never an SQL error), and the file is left as it was.
#include "LibraryTestUtil.h"
#include "StorageConditions.h"
#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"

#include <QCoro/QCoroTask>

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace sv;
using namespace sv::test;

namespace {

/// Items large enough that writing them needs the files to grow (2,000 items of 2 KB).
QList<ContentItem> largeItems(const QString& prefix, int count = 2000)
{
    QList<ContentItem> items;
    for (int i = 0; i < count; ++i)
        items.append(makeItem(prefix + QString::number(i), QStringLiteral("Noon %1").arg(i),
                              QString(2000, QLatin1Char('a' + i % 26))));
    return items;
}

/// The library file's own verdict on itself ("ok" when sound) and its items, read by a new connection.
std::pair<QString, qint64> checkFile(const QString& path)
{
    LibraryDatabase db;
    if (!db.open(path))
        return {QStringLiteral("cannot open"), -1};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return {QStringLiteral("cannot check"), -1};
    const QString verdict = q.value(0).toString();
    q.finish();
    const auto all = db.search({});
    return {verdict, all ? all->total : -1};
}

/// Counts the warnings of one logging category (the default handler still prints them).
class WarningCounter
{
public:
    explicit WarningCounter(const char* category)
    {
        s_category = category;
        s_count = 0;
        s_previous = qInstallMessageHandler(&handle);
    }
    ~WarningCounter() { qInstallMessageHandler(s_previous); }
    int count() const { return s_count; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg && context.category && qstrcmp(context.category, s_category) == 0)
            ++s_count;
        s_previous(type, context, message);
    }
    static inline const char* s_category = nullptr;
    static inline std::atomic<int> s_count = 0;
    static inline QtMessageHandler s_previous = nullptr;
};

QCoro::Task<> openInto(LibraryService* service, QString path, std::optional<Result<void, LibraryError>>* out)
{
    *out = co_await service->open(path);
}

QCoro::Task<> importInto(LibraryService* service, QString file, std::optional<Result<int, LibraryError>>* out)
{
    *out = co_await service->importFrom(file, ExportFormat::Json);
}

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLibraryReadOnly : public QObject
{
    Q_OBJECT

    /// A profile folder with a library of three items, closed (its write-ahead log folded in).
    static QString makeLibrary(const QTemporaryDir& dir)
    {
        const QString folder = dir.filePath(QStringLiteral("profile"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/library.sqlite");
        LibraryDatabase db;
        LibraryCacheStore::attach(db);
        if (!db.open(path))
            return {};
        if (!db.upsert({makeItem(QStringLiteral("a"), QStringLiteral("Alpha sunrise")),
                        makeItem(QStringLiteral("b"), QStringLiteral("Beta sunset")),
                        makeItem(QStringLiteral("c"), QStringLiteral("Gamma noon"))}))
            return {};
        return path;
    }

private slots:
    void readOnlyFolderIsReadAndRefusesWritesWithTheReason()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = digestOf(path);
        {
            ReadOnlyFolder readOnly(QFileInfo(path).absolutePath());
            if (!readOnly.works())
                QSKIP(qPrintable(readOnly.whyNot()));
            LibraryDatabase db;
            LibraryCacheStore::attach(db); // its hook creates nothing in a file that takes no write
            const auto opened = db.open(path);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadOnly);

            SearchQuery query;
            query.text = QStringLiteral("sunrise");
            const auto found = db.search(query);
            QVERIFY(found);
            QCOMPARE(found->total, 1);
            QCOMPARE(found->items.at(0).title, QStringLiteral("Alpha sunrise"));
            QCOMPARE(db.search({})->total, 3);

            const auto written = db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta"))});
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(QStringLiteral("read-only")),
                     qPrintable(written.error().message));
            QVERIFY2(!written.error().message.contains(QStringLiteral("attempt to write")),
                     qPrintable(written.error().message));
            // The cache's writes are refused the same way (they check before writing).
            SqliteCacheStore cache = LibraryCacheStore::storeOn(db);
            CacheEntry entry;
            entry.value = QByteArrayLiteral("{}");
            QVERIFY(!cache.put(QStringLiteral("k"), entry));
            QCOMPARE(db.search({})->total, 3);
        }
        QCOMPARE(digestOf(path), before);

        // Writable again: the same file opens for writing, nothing was lost.
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadWrite);
        QCOMPARE(db.search({})->total, 3);
        QVERIFY(db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta"))}));
    }

    void noLibraryIsCreatedInAReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(folder));
        ReadOnlyFolder readOnly(folder);
        if (!readOnly.works())
            QSKIP(qPrintable(readOnly.whyNot()));
        LibraryDatabase db;
        const auto opened = db.open(folder + QStringLiteral("/library.sqlite"));
        QVERIFY(!opened);
        // Said plainly: which folder and why, not SQLite's "unable to open database file".
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(folder)) &&
                     !opened.error().message.contains(QStringLiteral("unable to open"), Qt::CaseInsensitive),
                 qPrintable(opened.error().message));
    }

    /// A full disk: no file may grow (RLIMIT_FSIZE at 1 byte, the write failing as on a full disk). The
    /// library cannot create its shared-memory index for writing, so it is read as it is on disk.
    void fullDiskIsReadAndRefusesWritesWithTheReason()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = digestOf(path);
        {
            FileSizeLimit full(1);
            QVERIFY(full.works());
            LibraryDatabase db;
            const auto opened = db.open(path);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(db.access().mode, LibraryAccess::Mode::DiskFull);
            QCOMPARE(db.search({})->total, 3);
            const auto written = db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta"))});
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(QStringLiteral("disk is full")),
                     qPrintable(written.error().message));
        }
        QCOMPARE(digestOf(path), before);
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadWrite);
        QCOMPARE(db.search({})->total, 3);
    }

    /// The disk fills during the session (no file may grow beyond its size now: RLIMIT_FSIZE): the write
    /// that meets it fails with the reason in plain words and is rolled back; the library turns read-only
    /// (later writes are refused with the same reason, search works); nothing written before is lost, the
    /// file is sound, and opened again once there is space it takes writes.
    void diskThatFillsDuringTheSessionTurnsTheLibraryReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        QList<LibraryAccess> published; // outlives the database, whose close publishes too
        LibraryDatabase db;
        db.setAccessHook([&published](const LibraryAccess& access) { published.append(access); });
        QVERIFY(db.open(path));
        QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadWrite);
        QVERIFY(db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta dawn"))})); // of this session
        {
            FileSizeLimit full(qMax(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size()));
            QVERIFY(full.works());
            const auto written = db.upsert(largeItems(QStringLiteral("n")));
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(QStringLiteral("disk is full")) &&
                         written.error().message.contains(QStringLiteral("search and browsing work")),
                     qPrintable(written.error().message));
            QCOMPARE(db.access().mode, LibraryAccess::Mode::DiskFull);
            QVERIFY(!published.isEmpty());
            QCOMPARE(published.constLast().mode, LibraryAccess::Mode::DiskFull);
            // The next writes are refused the same way, without trying (no new failure each time).
            const auto again = db.upsert({makeItem(QStringLiteral("e"), QStringLiteral("Echo"))});
            QVERIFY(!again);
            QCOMPARE(again.error().message, written.error().message);
            // Search keeps working, on everything from before.
            QCOMPARE(db.search({})->total, 4);
            SearchQuery query;
            query.text = QStringLiteral("dawn");
            QCOMPARE(db.search(query)->total, 1);
        }
        db.close();
        QCOMPARE(published.constLast().mode, LibraryAccess::Mode::ReadWrite); // closed
        // Nothing lost, nothing half-written.
        QCOMPARE(checkFile(path), std::make_pair(QStringLiteral("ok"), qint64(4)));
        // Space again: the library takes writes.
        QVERIFY(db.open(path));
        QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadWrite);
        QVERIFY(db.upsert(largeItems(QStringLiteral("n"), 100)));
        QCOMPARE(db.search({})->total, 104);
    }

    /// The folder goes away during the session (a drive unmounted, the folder moved): the next write says
    /// so, the library turns read-only and still reads what it has.
    void folderThatGoesAwayDuringTheSessionTurnsTheLibraryReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta dawn"))}));
        const QString folder = QFileInfo(path).absolutePath();
        const QString away = dir.filePath(QStringLiteral("unmounted"));
        QVERIFY(QDir().rename(folder, away));
        const auto written = db.upsert({makeItem(QStringLiteral("e"), QStringLiteral("Echo"))});
        QVERIFY(!written);
        QCOMPARE(db.access().mode, LibraryAccess::Mode::Missing);
        QVERIFY2(written.error().message.contains(QStringLiteral("can no longer be found")),
                 qPrintable(written.error().message));
        QCOMPARE(db.search({})->total, 4);
        db.close();
        QVERIFY(QDir().rename(away, folder));
        QCOMPARE(checkFile(path), std::make_pair(QStringLiteral("ok"), qint64(4)));
    }

    /// The folder is still there but lets the process in no more during the session (its search permission
    /// taken away: mode 0600, EACCES): the library turns read-only saying its folder cannot be opened, not
    /// that it can no longer be found (whose fix, connecting a drive, is another). Access given back, the
    /// file opens for writing with everything in it.
    void folderThatLetsNobodyInDuringTheSessionIsNotCalledMissing()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const QString folder = QFileInfo(path).absolutePath();
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.upsert({makeItem(QStringLiteral("d"), QStringLiteral("Delta dawn"))}));
        {
            ModesApply modes; // for root too
            QVERIFY(modes.works());
            QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0600), 0);
            const auto reopen =
                qScopeGuard([&folder] { ::chmod(QFile::encodeName(folder).constData(), 0700); });
            const auto written = db.upsert({makeItem(QStringLiteral("e"), QStringLiteral("Echo"))});
            QVERIFY(!written);
            QCOMPARE(db.access().mode, LibraryAccess::Mode::NoAccess);
            QCOMPARE(db.access().detail, QString::fromLocal8Bit(std::strerror(EACCES)));
            QVERIFY2(written.error().message.contains(QStringLiteral("can no longer be opened")) &&
                         !written.error().message.contains(QStringLiteral("can no longer be found")),
                     qPrintable(written.error().message));
            QCOMPARE(db.search({})->total, 4); // reads go on through the open file
            db.close();
        }
        QCOMPARE(checkFile(path), std::make_pair(QStringLiteral("ok"), qint64(4)));
        QVERIFY(db.open(path));
        QCOMPARE(db.access().mode, LibraryAccess::Mode::ReadWrite);
    }

    /// Through the service, as the app uses it: an import that meets a full disk fails with the reason; the
    /// UI thread reads the new access at once (accessChanged() follows), searches keep working.
    void serviceAnnouncesTheLibraryTurningReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const QString importFile = dir.filePath(QStringLiteral("import.json"));
        {
            LibraryDatabase source; // a file to import: 2,000 items of another library
            QVERIFY(source.open(dir.filePath(QStringLiteral("source.sqlite"))));
            QVERIFY(source.upsert(largeItems(QStringLiteral("i"))));
            QFile out(importFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(source.exportTo(out, ExportFormat::Json));
        }
        LibraryService service;
        std::optional<Result<void, LibraryError>> opened;
        openInto(&service, path, &opened);
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);
        QCOMPARE(service.access().mode, LibraryAccess::Mode::ReadWrite);
        QSignalSpy changed(&service, &LibraryService::accessChanged);
        std::optional<Result<int, LibraryError>> imported;
        {
            FileSizeLimit full(QFileInfo(path).size());
            QVERIFY(full.works());
            importInto(&service, importFile, &imported);
            QTRY_VERIFY(imported.has_value());
        }
        QVERIFY(!*imported);
        QVERIFY2(imported->error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(imported->error().message));
        QCOMPARE(service.access().mode, LibraryAccess::Mode::DiskFull);
        QTRY_COMPARE(changed.count(), 1);
    }

    /// A read-only library refuses every write of the cache: one warning says so, not one per write.
    void cacheWarnsOncePerCause()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        ReadOnlyFolder readOnly(QFileInfo(path).absolutePath());
        if (!readOnly.works())
            QSKIP(qPrintable(readOnly.whyNot()));
        LibraryService service;
        LayeredCache cache(std::make_unique<LibraryCacheStore>(&service));
        std::optional<Result<void, LibraryError>> opened;
        openInto(&service, path, &opened);
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);
        QCOMPARE(service.access().mode, LibraryAccess::Mode::ReadOnly);
        WarningCounter warnings("streamvibe.cache");
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.put({DataType::Plans, QString(), QStringLiteral("all%1").arg(i)},
                              QByteArrayLiteral("[]")));
        QTRY_COMPARE(cache.stats().sqliteErrors, 5); // every write was refused...
        QCOMPARE(warnings.count(), 1);               // ...and said once
        // A value still serves from memory.
        QVERIFY(cache.peek({DataType::Plans, QString(), QStringLiteral("all0")}));
    }
};

QTEST_GUILESS_MAIN(TestLibraryReadOnly)
#include "TestLibraryReadOnly.moc"
