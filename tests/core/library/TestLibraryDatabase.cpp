#include "LibraryTestUtil.h"

#include "library/LibraryDatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cstdio>

using namespace sv;
using namespace sv::test;

class TestLibraryDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }

    static qint64 count(LibraryDatabase& db, const QString& text = {})
    {
        SearchQuery q;
        q.text = text;
        q.limit = 0;
        const auto r = db.search(q);
        return r ? r->total : -1;
    }

    static QByteArray sha256(const QString& path)
    {
        return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
    }

    /// This process's POSIX locks on `path` as /proc/locks lists them (Linux).
    static QStringList processLocksOn(const QString& path)
    {
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return {QStringLiteral("stat failed")};
        const QString inode = QStringLiteral(":%1 ").arg(quint64(st.st_ino));
        const QString pid = QStringLiteral(" %1 ").arg(QCoreApplication::applicationPid());
        QStringList mine;
        for (const QString& line :
             QString::fromLatin1(readAll(QStringLiteral("/proc/locks"))).split(QLatin1Char('\n'))) {
            if (line.contains(inode) && line.contains(pid))
                mine.append(line);
        }
        return mine;
    }

    /// A library of `n` items, closed (checkpointed: everything is in the main file).
    QString builtLibrary(int n)
    {
        const QString file = freshPath();
        LibraryDatabase db;
        if (!db.open(file))
            return {};
        QList<ContentItem> items;
        for (int i = 0; i < n; ++i)
            items.append(makeItem(QStringLiteral("v%1").arg(i),
                                  QStringLiteral("Title %1 of the library").arg(i),
                                  QStringLiteral("Description %1 ").arg(i).repeated(8)));
        if (!db.upsert(items))
            return {};
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// Defect 1 of issue 13: opening the library must not open the file behind SQLite's back (closing
    /// such a descriptor drops every POSIX lock the process holds on the file, SQLite's own included).
    void openingAgainKeepsTheProcessLocks()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
        const QString file = freshPath();
        LibraryDatabase a;
        QVERIFY(a.open(file).hasValue());
        QCOMPARE(*a.upsert({makeItem(QStringLiteral("x1"), QStringLiteral("Locked"))}), 1);
        // Connection a keeps its shared lock on the database file while the file is in WAL mode.
        const bool haveProcLocks = QFile::exists(QStringLiteral("/proc/locks"));
        if (haveProcLocks)
            QVERIFY2(!processLocksOn(file).isEmpty(), "connection a holds no lock on the file");

        LibraryDatabase b;
        QVERIFY(b.open(file).hasValue());

        // Another process must still see the file in use: leaving WAL needs an exclusive lock, which a
        // process holding no lock on the file would get (and the library would leave WAL under a and b).
        QProcess child;
        child.start(sqlite3, {QStringLiteral("-cmd"), QStringLiteral(".timeout 100"), file,
                              QStringLiteral("PRAGMA journal_mode=DELETE;")});
        QVERIFY(child.waitForFinished(20000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("database is locked")),
                 qPrintable(QStringLiteral("sqlite3 got an exclusive lock: ") + out));
        if (haveProcLocks)
            QVERIFY2(!processLocksOn(file).isEmpty(), "opening b dropped the process's locks on the file");
        QCOMPARE(sqliteScalar(file, "SELECT count(*) FROM content"), 1);
        QSqlQuery q(a.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    /// Defect 6 of issue 13: a library that fails its check takes no write; reads go on where SQLite can.
    void damagedLibraryRefusesWrites()
    {
        const QString file = builtLibrary(3000);
        QVERIFY(!file.isEmpty());
        QVERIFY(!damageMiddle(file).isEmpty());
        const QByteArray before = sha256(file);
        {
            LibraryDatabase sound;
            QVERIFY(sound.open(builtLibrary(10)).hasValue());
            QVERIFY(sound.checkWritable());
        }

        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const auto verifyRefused = [&](const std::optional<LibraryError>& e, const char* what) {
            QVERIFY2(e.has_value(), what);
            QVERIFY2(e->message.contains(QLatin1String("damaged")), qPrintable(e->message));
            QVERIFY2(e->message.contains(QLatin1String("backup")), qPrintable(e->message));
        };
        const ContentItem item = makeItem(QStringLiteral("new"), QStringLiteral("Written into damage"));
        const auto upserted = db.upsert({item});
        verifyRefused(upserted ? std::nullopt : std::optional(upserted.error()), "upsert");
        QByteArray json = R"([{"platform":"youtube","account":"acc","external_id":"imp","title":"t"}])";
        QBuffer in(&json);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto imported = db.importFrom(in, ExportFormat::Json);
        verifyRefused(imported ? std::nullopt : std::optional(imported.error()), "import");
        // The writes of sync's tables: TestSyncLedger::damagedLibraryRefusesLedgerWrites.
        const auto removed = db.removeAccount(Platform::YouTube, QStringLiteral("acc"));
        verifyRefused(removed ? std::nullopt : std::optional(removed.error()), "remove account");
        // For code writing through connection() (the cache, sync's tables).
        const auto writable = db.checkWritable();
        verifyRefused(writable ? std::nullopt : std::optional(writable.error()), "check");
        db.close();
        QCOMPARE(sha256(file), before);
    }

    void walAndForeignKeysAreOn()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Foreign keys are enforced on this connection (a throwaway pair of tables proves it).
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE child (p INTEGER REFERENCES parent(id))")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO child VALUES (42)")));
        QVERIFY(QFile::exists(db.filePath() + QStringLiteral("-wal")));
    }

    void operationsFailWhenNotOpen()
    {
        LibraryDatabase db;
        QVERIFY(!db.isOpen());
        QVERIFY(!db.search({}).hasValue());
        QVERIFY(!db.upsert({makeItem(QStringLiteral("a"), QStringLiteral("A"))}).hasValue());
        QVERIFY(!db.stats().hasValue());
        QVERIFY(!db.item(1).hasValue());
        QVERIFY(!db.open(QString()).hasValue());
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("missing-dir/x.sqlite"))).hasValue());
    }

    void upsertIsIdempotent()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        ContentItem item =
            makeItem(QStringLiteral("vid1"), QStringLiteral("Old title"), QStringLiteral("old words"));
        QCOMPARE(*db.upsert({item}), 1);
        QCOMPARE(*db.upsert({item}), 1);
        QCOMPARE(count(db), 1);
        const qint64 id = db.search({})->items.at(0).id;

        item.title = QStringLiteral("New title");
        item.description = QStringLiteral("fresh words");
        item.views = 5000;
        item.publishedAt = QDateTime(QDate(2025, 5, 5), QTime(5, 5, 5), Qt::UTC);
        QCOMPARE(*db.upsert({item}), 1);
        QCOMPARE(count(db), 1);
        const auto stored = db.item(id);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("New title"));
        QCOMPARE(stored->views, 5000);
        QCOMPARE(stored->publishedAt, item.publishedAt);
        QVERIFY(stored->syncedAt.isValid());
        QVERIFY(qAbs(stored->syncedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // The full-text index followed the update.
        QCOMPARE(count(db, QStringLiteral("old")), 0);
        QCOMPARE(count(db, QStringLiteral("fresh")), 1);
        QCOMPARE(count(db, QStringLiteral("new title")), 1);

        // Same item twice in one batch: one row with the later fields.
        ContentItem twice = makeItem(QStringLiteral("vid2"), QStringLiteral("First"));
        ContentItem later = twice;
        later.title = QStringLiteral("Second");
        QCOMPARE(*db.upsert({twice, later}), 2);
        QCOMPARE(count(db), 2);
        QCOMPARE(count(db, QStringLiteral("second")), 1);
        QCOMPARE(count(db, QStringLiteral("first")), 0);
    }

    void identityIsPlatformAccountExternalId()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        QCOMPARE(*db.upsert({makeItem(QStringLiteral("same"), QStringLiteral("A"), {}, Platform::YouTube,
                                      QStringLiteral("one")),
                             makeItem(QStringLiteral("same"), QStringLiteral("B"), {}, Platform::TikTok,
                                      QStringLiteral("one")),
                             makeItem(QStringLiteral("same"), QStringLiteral("C"), {}, Platform::YouTube,
                                      QStringLiteral("two"))}),
                 3);
        QCOMPARE(count(db), 3);
    }

    void roundTripsEveryField()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        ContentItem item =
            makeItem(QStringLiteral("full"), QStringLiteral("Title ✓"),
                     QStringLiteral("Multi\nline \"desc\""), Platform::TikTok, QStringLiteral("tiktok_acc"));
        item.kind = QStringLiteral("reel");
        item.durationS = 42;
        item.views = 9007199254740992LL; // 2^53
        item.likes = 7;
        item.comments = 3;
        QVERIFY(db.upsert({item}));
        ContentItem stored = db.search({})->items.at(0);
        QVERIFY(stored.id > 0);
        QVERIFY(stored.syncedAt.isValid());
        item.id = stored.id;
        item.syncedAt = stored.syncedAt;
        QCOMPARE(stored, item);
        QCOMPARE(*db.item(stored.id), item);
        // Instagram's basic fields give no views (only its insights do): unknown, stored as 0.
        ContentItem reel = item;
        reel.platform = Platform::Instagram;
        reel.id = 0;
        QVERIFY(db.upsert({reel}));
        SearchQuery instagram;
        instagram.platforms = {Platform::Instagram};
        const ContentItem unknown = db.search(instagram)->items.at(0);
        QVERIFY(!unknown.viewsKnown);
        QCOMPARE(unknown.views, 0);
        QCOMPARE(unknown.title, item.title);
    }

    void invalidItemsAreRejectedWhole()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        ContentItem ok = makeItem(QStringLiteral("ok"), QStringLiteral("fine"));
        ContentItem bad = makeItem(QStringLiteral("bad"), QStringLiteral("negative"));
        bad.views = -1;
        const auto r = db.upsert({ok, bad});
        QVERIFY(!r);
        QCOMPARE(r.error().item, 2);
        QCOMPARE(r.error().field, QStringLiteral("views"));
        ContentItem noAccount = ok;
        noAccount.account.clear();
        QCOMPARE(db.upsert({noAccount}).error().field, QStringLiteral("account"));
        QCOMPARE(count(db), 0);
    }

    void removeAccountRemovesOnlyThatAccount()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        QVERIFY(db.upsert({makeItem(QStringLiteral("1"), QStringLiteral("Alpha"), {}, Platform::YouTube,
                                    QStringLiteral("me")),
                           makeItem(QStringLiteral("2"), QStringLiteral("Alpha"), {}, Platform::YouTube,
                                    QStringLiteral("me")),
                           makeItem(QStringLiteral("3"), QStringLiteral("Alpha"), {}, Platform::TikTok,
                                    QStringLiteral("me")),
                           makeItem(QStringLiteral("4"), QStringLiteral("Alpha"), {}, Platform::YouTube,
                                    QStringLiteral("other"))}));
        QCOMPARE(*db.removeAccount(Platform::YouTube, QStringLiteral("me")), 2);
        QCOMPARE(*db.removeAccount(Platform::YouTube, QStringLiteral("me")), 0);
        QCOMPARE(count(db), 2);
        QCOMPARE(count(db, QStringLiteral("alpha")), 2); // the index forgot the removed rows
    }

    void stats()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        const auto empty = db.stats();
        QVERIFY(empty);
        QCOMPARE(empty->items, 0);
        QVERIFY(!empty->newestPublished.isValid());
        QVERIFY(!empty->lastSynced.isValid());
        QCOMPARE(empty->itemsPerPlatform.value(QStringLiteral("tiktok"), -1), 0);

        ContentItem a = makeItem(QStringLiteral("a"), QStringLiteral("A"), {}, Platform::YouTube);
        ContentItem b = makeItem(QStringLiteral("b"), QStringLiteral("B"), {}, Platform::YouTube);
        ContentItem c = makeItem(QStringLiteral("c"), QStringLiteral("C"), {}, Platform::TikTok);
        b.publishedAt = QDateTime(QDate(2025, 2, 2), QTime(2, 2), Qt::UTC);
        QVERIFY(db.upsert({a, b, c}));
        const auto s = db.stats();
        QVERIFY(s);
        QCOMPARE(s->items, 3);
        QCOMPARE(s->itemsPerPlatform.value(QStringLiteral("youtube")), 2);
        QCOMPARE(s->itemsPerPlatform.value(QStringLiteral("tiktok")), 1);
        QCOMPARE(s->itemsPerPlatform.value(QStringLiteral("instagram")), 0);
        QCOMPARE(s->newestPublished, b.publishedAt);
        QVERIFY(s->lastSynced.isValid());
        QVERIFY(s->fileBytes >= QFileInfo(db.filePath()).size());
        QVERIFY(s->fileBytes > 0);
    }

    void missingItem()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        const auto r = db.item(12345);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("12345")));
    }

    void twoConnectionsSeeEachOther()
    {
        // The GUI and the CLI may have the same profile open: WAL lets one read while the other writes.
        const QString path = freshPath();
        LibraryDatabase writer;
        LibraryDatabase reader;
        QVERIFY(writer.open(path).hasValue());
        QVERIFY(reader.open(path).hasValue());
        QVERIFY(writer.upsert({makeItem(QStringLiteral("x"), QStringLiteral("Shared"))}));
        QCOMPARE(count(reader, QStringLiteral("shared")), 1);
    }

    void bulkUpsertKeepsIndexesAndTriggers()
    {
        // A large batch takes the bulk path (indexes and FTS rebuilt once): afterwards every index,
        // trigger and search must behave exactly as after small writes.
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        QList<ContentItem> items;
        for (int i = 0; i < 6000; ++i)
            items.append(makeItem(QStringLiteral("b%1").arg(i), QStringLiteral("Bulk %1 banjo").arg(i)));
        QCOMPARE(*db.upsert(items), 6000);
        QCOMPARE(count(db, QStringLiteral("banjo")), 6000);
        QCOMPARE(count(db, QStringLiteral("bulk 5999")), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                                      "AND tbl_name = 'content' AND sql IS NOT NULL")) &&
                q.next());
        // 3 indexes + 3 FTS triggers + 2 history triggers, the cross-post lookup index + 3 triggers marking
        // the groups stale, the 3 indexes of the sorts by likes, comments and engagement (v14)
        QCOMPARE(q.value(0).toInt(), 15);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO content_fts (content_fts) VALUES ('integrity-check')")));
        // The triggers are back: a small update is indexed.
        ContentItem changed = items.at(0);
        changed.title = QStringLiteral("Mandolin");
        QVERIFY(db.upsert({changed}));
        QCOMPARE(count(db, QStringLiteral("mandolin")), 1);
        QCOMPARE(count(db, QStringLiteral("banjo")), 5999);
    }

    void bulkUpsertUpdatesExistingRows()
    {
        // A large import into a library that already holds some of the items (bulk path: the library
        // is at most twice the batch): existing rows are updated in place, the rest added.
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()).hasValue());
        QList<ContentItem> first;
        for (int i = 0; i < 4000; ++i)
            first.append(makeItem(QStringLiteral("u%1").arg(i), QStringLiteral("Old %1 kazoo").arg(i)));
        QCOMPARE(*db.upsert(first), 4000);
        const auto idOf = [&db](const QString& externalId) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT id FROM content WHERE external_id = ?"));
            q.addBindValue(externalId);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        };
        const qint64 id17 = idOf(QStringLiteral("u17"));
        const qint64 id2500 = idOf(QStringLiteral("u2500"));
        QVERIFY(id17 > 0 && id2500 > 0);

        QList<ContentItem> second;
        for (int i = 2000; i < 8000; ++i) {
            ContentItem item = makeItem(QStringLiteral("u%1").arg(i), QStringLiteral("New %1 oboe").arg(i));
            item.views = 5000 + i;
            second.append(item);
        }
        second[0].description = QStringLiteral("renamed");
        QCOMPARE(*db.upsert(second), 6000);

        QCOMPARE(count(db), 8000);
        QCOMPARE(count(db, QStringLiteral("kazoo")), 2000); // u0..u1999 untouched
        QCOMPARE(count(db, QStringLiteral("oboe")), 6000);
        QCOMPARE(count(db, QStringLiteral("renamed")), 1);
        const auto updated = db.item(id2500); // updated in place: same id
        QVERIFY(updated);
        QCOMPARE(updated->title, QStringLiteral("New 2500 oboe"));
        QCOMPARE(updated->views, 7500);
        QCOMPARE(db.item(id17)->title, QStringLiteral("Old 17 kazoo"));
        QVERIFY(idOf(QStringLiteral("u7999")) > id2500); // new rows appended
        QSqlQuery check(db.connection());
        QVERIFY(
            check.exec(QStringLiteral("INSERT INTO content_fts (content_fts) VALUES ('integrity-check')")));
    }

    void failedBulkUpsertChangesNothing()
    {
        // A write refused in the middle of a bulk batch rolls back everything: rows, the dropped
        // indexes and triggers, and the full-text index.
        const QString path = freshPath();
        LibraryDatabase db;
        QVERIFY(db.open(path).hasValue());
        QVERIFY(db.upsert({makeItem(QStringLiteral("keep"), QStringLiteral("Theremin solo"))}));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON content "
                           "WHEN new.external_id = 'b4321' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        q.finish();
        QList<ContentItem> items;
        for (int i = 0; i < 6000; ++i)
            items.append(makeItem(QStringLiteral("b%1").arg(i), QStringLiteral("Bulk %1 banjo").arg(i)));
        const auto r = db.upsert(items);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("refused")), qPrintable(r.error().message));
        QCOMPARE(count(db), 1);
        QCOMPARE(count(db, QStringLiteral("banjo")), 0);
        QCOMPARE(count(db, QStringLiteral("theremin")), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                                      "AND tbl_name = 'content' AND sql IS NOT NULL AND name != 'refuse'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 15); // 7 indexes + 8 triggers still there
        q.finish();
        // The library still works: the same batch without the refused item is written and indexed.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QCOMPARE(*db.upsert(items), 6000);
        QCOMPARE(count(db, QStringLiteral("banjo")), 6000);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO content_fts (content_fts) VALUES ('integrity-check')")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "TestLibraryDatabase.moc"
