// A library whose folder takes no write, or whose disk is full, is read: search works, every write is
// refused with the reason (never an SQL error), and the file is left as it was.
#include "LibraryTestUtil.h"
#include "StorageConditions.h"
#include "cache/LibraryCacheStore.h"
#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;

namespace {

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
};

QTEST_GUILESS_MAIN(TestLibraryReadOnly)
#include "TestLibraryReadOnly.moc"
