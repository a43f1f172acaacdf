#include "LibraryTestUtil.h"
#include "TestSupport.h"

#include "library/ClipGroups.h"
#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"
#include "library/LibrarySchema.h"
#include "sync/AccountTable.h"
#include "sync/UsageOutbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static QStringList columns(const QSqlDatabase& db, const QString& table)
    {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            names.append(q.value(1).toString());
        return names;
    }

    static QVariant pragma(const QSqlDatabase& db, const char* name)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
            return {};
        return q.value(0);
    }

    QByteArray v1Sql() const { return readAll(dataPath(QStringLiteral("library/schema-v1.sql"))); }

    void verifyLatestSchema(LibraryDatabase& db)
    {
        const QSqlDatabase c = db.connection();
        QCOMPARE(pragma(c, "user_version").toInt(), LibraryDatabase::schemaVersion());
        QCOMPARE(pragma(c, "application_id").toInt(), LibrarySchema::ApplicationId);
        QCOMPARE(pragma(c, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(c, "foreign_keys").toInt(), 1);
        QCOMPARE(columns(c, QStringLiteral("content")),
                 QStringList(
                     {QStringLiteral("id"), QStringLiteral("platform"), QStringLiteral("account"),
                      QStringLiteral("external_id"), QStringLiteral("title"), QStringLiteral("description"),
                      QStringLiteral("url"), QStringLiteral("thumbnail_url"), QStringLiteral("kind"),
                      QStringLiteral("published_at"), QStringLiteral("duration_s"), QStringLiteral("views"),
                      QStringLiteral("likes"), QStringLiteral("comments"), QStringLiteral("synced_at"),
                      QStringLiteral("shares"), QStringLiteral("views_known")}));
        QCOMPARE(columns(c, QStringLiteral("audit_log")),
                 QStringList({QStringLiteral("id"), QStringLiteral("action"), QStringLiteral("job_type"),
                              QStringLiteral("status"), QStringLiteral("result"),
                              QStringLiteral("started_at"), QStringLiteral("finished_at"),
                              QStringLiteral("owner_pid"), QStringLiteral("owner_started")}));
        // The constraints are real.
        QSqlQuery q(c);
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO content (platform, account, external_id) VALUES ('vimeo','a','b')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at) "
                                       "VALUES ('sync', 'youtube', 'exploded', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at) "
                                      "VALUES ('sync', 'youtube', 'running', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at) "
                                      "VALUES ('sync', 'youtube', 'interrupted', 1)"))); // v5

        // v3: connected accounts (no token column anywhere) and the usage outbox; v13: the last full walk.
        QCOMPARE(columns(c, QStringLiteral("accounts")),
                 QStringList({QStringLiteral("platform"), QStringLiteral("account_id"),
                              QStringLiteral("display_name"), QStringLiteral("handle"),
                              QStringLiteral("avatar_url"), QStringLiteral("status"),
                              QStringLiteral("connected_at"), QStringLiteral("last_synced_at"),
                              QStringLiteral("item_count"), QStringLiteral("newest_external_id"),
                              QStringLiteral("sync_complete"), QStringLiteral("last_error"),
                              QStringLiteral("full_walk_at")}));
        QCOMPARE(
            columns(c, QStringLiteral("usage_outbox")),
            QStringList({QStringLiteral("id"), QStringLiteral("idempotency_key"), QStringLiteral("platform"),
                         QStringLiteral("units"), QStringLiteral("created_at"), QStringLiteral("sealed"),
                         QStringLiteral("job_id")}));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (platform, account_id, connected_at) "
                                      "VALUES ('youtube', 'UC1', 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO accounts (platform, account_id, connected_at) "
                                       "VALUES ('youtube', 'UC1', 2)"))); // one row per account
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO accounts (platform, account_id, status, connected_at) "
                                       "VALUES ('tiktok', 'o1', 'asleep', 1)")));
        QVERIFY(q.exec(QStringLiteral("SELECT status, sync_complete, item_count FROM accounts")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("connected"));
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at) "
                                  "VALUES ('k1', 'youtube', 3, 1)")));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at) "
                                   "VALUES ('k1', 'youtube', 3, 1)"))); // keys are unique
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at) "
                                   "VALUES ('k2', 'youtube', 0, 1)"))); // no empty reports
        for (const QString& table : {QStringLiteral("accounts"), QStringLiteral("usage_outbox")}) {
            for (const QString& column : columns(c, table))
                QVERIFY2(!column.contains(QLatin1String("token")),
                         qPrintable(table + QLatin1Char('.') + column));
        }

        // v14: every sort of the whole library reads its order from an index (at 100,000 items a sort of
        // every row is 15-40 ms per page), by the expressions and in the order the search sorts by.
        const QList<std::pair<QString, QString>> orders = {
            {QStringLiteral("c.published_at DESC, c.id DESC"), QStringLiteral("content_published_idx")},
            {QStringLiteral("c.views DESC, c.id DESC"), QStringLiteral("content_views_idx")},
            {QStringLiteral("c.likes DESC, c.id DESC"), QStringLiteral("content_likes_idx")},
            {QStringLiteral("c.comments DESC, c.id DESC"), QStringLiteral("content_comments_idx")},
            {LibrarySchema::engagementSql(QStringLiteral("c.")) +
                 QStringLiteral(" DESC NULLS LAST, c.id DESC"),
             QStringLiteral("content_engagement_idx")},
        };
        for (const auto& [order, index] : orders) {
            QVERIFY(
                q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM content c ORDER BY %1 LIMIT 50")
                           .arg(order)));
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            QVERIFY2(plan.join(QLatin1Char(' ')).contains(index),
                     qPrintable(order + QLatin1String(": ") + plan.join(QLatin1String("; "))));
            QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE FOR ORDER BY")),
                     qPrintable(order + QLatin1String(": ") + plan.join(QLatin1String("; "))));
        }
    }

    /// The v2 schema as published (a migration is never edited): v1 plus cache_store and audit_log.
    QByteArray v2Sql() const
    {
        return v1Sql() +
               "\nCREATE TABLE cache_store (key TEXT PRIMARY KEY, value BLOB NOT NULL, stored_at INTEGER NOT "
               "NULL,"
               " expires_at INTEGER NOT NULL, scope TEXT NOT NULL DEFAULT '');"
               "\nCREATE INDEX cache_store_scope_idx ON cache_store (scope);"
               "\nCREATE TABLE audit_log (id INTEGER PRIMARY KEY, action TEXT NOT NULL, job_type TEXT NOT "
               "NULL,"
               " status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),"
               " result TEXT, started_at INTEGER NOT NULL, finished_at INTEGER);"
               "\nCREATE INDEX audit_log_started_idx ON audit_log (started_at DESC);"
               "\nINSERT INTO cache_store VALUES ('plans', x'7b7d', 10, 20, '');"
               "\nINSERT INTO audit_log (action, job_type, status, result, started_at, finished_at)"
               " VALUES ('platform_sync', 'full_sync', 'succeeded', '{}', 100, 200);"
               "\nPRAGMA user_version = 2;";
    }

    void verifyRefusedUntouched(const QString& file, const QString& expectedWords)
    {
        const QByteArray before = readAll(file);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY(!opened.hasValue());
        QVERIFY2(opened.error().message.contains(expectedWords, Qt::CaseInsensitive),
                 qPrintable(opened.error().message));
        QVERIFY(!db.isOpen());
        QCOMPARE(readAll(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) ||
                QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationsAreOrdered()
    {
        int previous = 0;
        for (const auto& m : LibrarySchema::migrations()) {
            QCOMPARE(m.version, previous + 1);
            QVERIFY(!m.statements.isEmpty());
            previous = m.version;
        }
        QVERIFY2(previous >= 2, "keep at least two versions so the upgrade path is exercised");
        QCOMPARE(LibraryDatabase::schemaVersion(), previous);
    }

    void newFileGetsLatestSchema()
    {
        const QString file = path("new.sqlite");
        {
            LibraryDatabase db;
            const auto opened = db.open(file);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            QVERIFY(db.isOpen());
            verifyLatestSchema(db);
            // cache_store is the cache's own table (TestSqliteCacheStore): the library does not create it.
            QVERIFY(columns(db.connection(), QStringLiteral("cache_store")).isEmpty());
        }
        // Seen from outside: WAL is recorded in the file header, the version is stored.
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), qint64(LibraryDatabase::schemaVersion()));
        QCOMPARE(readAll(file).at(18), char(2)); // file format write version 2 = WAL
    }

    void emptyExistingFileIsInitialised()
    {
        const QString file = path("empty.sqlite");
        QVERIFY(writeAll(file, {}));
        LibraryDatabase db;
        QVERIFY(db.open(file).hasValue());
        verifyLatestSchema(db);
    }

    void upgradesFromV1KeepingData()
    {
        const QString file = path("v1.sqlite");
        QString err;
        QVERIFY2(execSqlite(file, v1Sql(), &err), qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 1);

        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        const auto all = db.search({});
        QVERIFY(all);
        QCOMPARE(all->total, 2);
        SearchQuery q;
        q.text = QStringLiteral("sourdough");
        const auto found = db.search(q);
        QVERIFY(found);
        QCOMPARE(externalIds(found->items), QStringList{QStringLiteral("v1-a")});
        QCOMPARE(found->items.at(0).views, 1200);
        QCOMPARE(found->items.at(0).publishedAt.toSecsSinceEpoch(), 1700000000);
    }

    void upgradesFromV2KeepingData()
    {
        const QString file = path("v2.sqlite");
        QString err;
        QVERIFY2(execSqlite(file, v2Sql(), &err), qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 2);

        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        // The v2 rows survive the upgrade.
        QCOMPARE(db.search({})->total, 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cache_store WHERE key = 'plans'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT job_type, status FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("full_sync"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("succeeded"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM accounts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM usage_outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        // The new tables work through sync's classes.
        QCOMPARE(AccountTable::all(db)->size(), 0);
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 0);
        verifyLatestSchema(db);
    }

    /// The upgrade wrote no history (still `historyRows` rows), and sorting by views gives `order`.
    static void verifyNoHistoryWrittenAndSortedByViews(LibraryDatabase& db, qint64 historyRows,
                                                       const QStringList& order)
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM content_history")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), historyRows);
        q.finish();
        SearchQuery byViews;
        byViews.sort = SearchSort::MostViewed;
        const auto sorted = db.search(byViews);
        QVERIFY(sorted);
        QCOMPARE(externalIds(sorted->items), order);
    }

    /// The schema up to `version`, built from the published migrations (never edited).
    static QByteArray schemaSql(int version)
    {
        QByteArray sql;
        for (const auto& m : LibrarySchema::migrations()) {
            if (m.version > version)
                break;
            for (const QString& statement : m.statements)
                sql += statement.toUtf8() + ";\n";
        }
        return sql + "PRAGMA user_version = " + QByteArray::number(version) + ";\n";
    }

    /// v5 (issue 13, defect 9): audit_log records the process that owns a running job; the rows of an older
    /// version keep their values, with no owner.
    void upgradesFromV3KeepingJobs()
    {
        const QString file = path("v3.sqlite");
        QString err;
        QVERIFY2(execSqlite(file,
                            schemaSql(3) +
                                "INSERT INTO audit_log (action, job_type, status, result, started_at, "
                                "finished_at) VALUES ('platform_sync', 'full_sync', 'succeeded', '{}', 100, "
                                "200), ('platform_sync', 'incremental_sync', 'running', NULL, 300, NULL);",
                            &err),
                 qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 3);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT status, result, started_at, finished_at, owner_pid FROM audit_log "
                                  "ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("succeeded"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("{}"));
        QCOMPARE(q.value(3).toLongLong(), 200);
        QVERIFY(q.next());
        // Marked 'interrupted' by sync's ledger when attached:
        // TestSyncLedger::leftoverJobsOfOlderVersionsAreInterrupted.
        QCOMPARE(q.value(0).toString(), QStringLiteral("running"));
        QCOMPARE(q.value(2).toLongLong(), 300);
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.value(4).isNull());
        QVERIFY(!q.next());
        q.finish();
        verifyLatestSchema(db);
    }

    /// v6 (issue 17): the items of a v5 file keep their counters, get no invented history, and their next
    /// change of counters is recorded.
    void upgradesFromV5KeepingItems()
    {
        const QString file = path("v5.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(file,
                       schemaSql(5) +
                           "INSERT INTO content (platform, account, external_id, title, views, likes, "
                           "comments, synced_at) VALUES ('youtube', 'UC1', 'v1', 'Old', 500, 50, 5, 86400);",
                       &err),
            qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 5);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT views, shares FROM content WHERE external_id = 'v1'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 500);
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM content_history")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE content SET views = 600, synced_at = 172800 WHERE external_id = 'v1'")));
        QVERIFY(q.exec(QStringLiteral("SELECT day, views, likes, shares, source FROM content_history")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.value(1).toLongLong(), 600);
        QCOMPARE(q.value(2).toLongLong(), 50);
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toString(), QStringLiteral("sync"));
        QVERIFY(!q.next());
    }

    /// v7 (issue 17): a v6 file keeps its items and their history, and its cross-posted clips are grouped on
    /// the first read (the state starts stale); the groups name items by platform and platform id.
    void upgradesFromV6GroupingItsClips()
    {
        const QString file = path("v6.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(file,
                       schemaSql(6) +
                           "INSERT INTO content (platform, account, external_id, title, duration_s, "
                           "published_at, views, synced_at) VALUES ('youtube', 'UC1', 'yt1', 'Pasta night "
                           "recipe #shorts', 30, 1000000, 500, 86400), ('tiktok', 'tt', 'tt1', 'pasta "
                           "night recipe 🍝', 31, 1003600, 900, 86400);",
                       &err),
            qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 6);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM content_history")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        const auto groups = ClipGroups::list(db);
        QVERIFY2(groups, groups ? "" : qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 1);
        QCOMPARE(*groups->first().views.sum, 1400);
        QVERIFY(
            q.exec(QStringLiteral("SELECT platform, external_id FROM clip_group_members ORDER BY platform")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("tt1"));
    }

    /// v8 (issue 17): an Instagram item of a v7 file whose insights were read takes their latest views as its
    /// own (known), one without insights keeps unknown views, and the upgrade writes no history.
    void upgradesFromV7TakingInstagramViewsFromInsights()
    {
        const QString file = path("v7.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(file,
                       schemaSql(7) +
                           "INSERT INTO content (id, platform, account, external_id, title, views, likes, "
                           "synced_at) VALUES (1, 'instagram', 'ig', 'read', 'Read', 0, 10, 864000), "
                           "(2, 'instagram', 'ig', 'unread', 'Unread', 0, 20, 864000), "
                           "(3, 'youtube', 'UC1', 'yt', 'Video', 700, 30, 864000);"
                           "INSERT INTO content_history (content_id, day, recorded_at, views, likes, "
                           "source) VALUES (1, 8, 691200, 120, 9, 'instagram_insights'), "
                           "(1, 9, 777600, 150, 10, 'instagram_insights');",
                       &err),
            qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 7);
        const qint64 historyRows = sqliteScalar(file, "SELECT count(*) FROM content_history");
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        const auto read = db.item(1);
        QVERIFY(read);
        QVERIFY(read->viewsKnown);
        QCOMPARE(read->views, 150);
        const auto unread = db.item(2);
        QVERIFY(unread);
        QVERIFY(!unread->viewsKnown);
        const auto video = db.item(3);
        QVERIFY(video);
        QVERIFY(video->viewsKnown);
        QCOMPARE(video->views, 700);
        // Sorting by views counts the known Instagram views.
        verifyNoHistoryWrittenAndSortedByViews(
            db, historyRows, {QStringLiteral("yt"), QStringLiteral("read"), QStringLiteral("unread")});
    }

    /// v9: every history point of a v8 file learns its item's previous known views (the views of its latest
    /// earlier point with views), so the Overview's chart by day reads the same figures as before.
    void upgradesFromV8KeepingEachPointsPreviousViews()
    {
        const QString file = path("v8.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(
                file,
                schemaSql(8) +
                    "INSERT INTO content (id, platform, account, external_id, title, views, likes, "
                    "synced_at, published_at) VALUES (1, 'youtube', 'UC1', 'a', 'A', 700, 3, 864000, 0), "
                    "(2, 'instagram', 'ig', 'r', 'R', 0, 20, 864000, 0);"
                    "INSERT INTO content_history (content_id, day, recorded_at, views, likes, "
                    "source) VALUES (1, 2, 172800, 100, 1, 'sync'), (1, 4, 345600, NULL, 2, 'sync'), "
                    "(1, 6, 518400, 400, 3, 'sync'), (1, 9, 777600, 700, 3, 'sync'), "
                    "(2, 5, 432000, NULL, 20, 'sync');",
                &err),
            qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 8);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT content_id, day, views_prev FROM content_history "
                                      "WHERE views IS NOT NULL ORDER BY content_id, day")));
        QStringList rows;
        while (q.next())
            rows.append(QStringLiteral("%1/%2:%3")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).isNull() ? QStringLiteral("-") : q.value(2).toString()));
        // The rows written above and those the v8 triggers wrote for the inserted items (day 10).
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("1/2:-"), QStringLiteral("1/6:100"), QStringLiteral("1/9:400"),
                              QStringLiteral("1/10:700"), QStringLiteral("2/10:-")}));
        q.finish();
        // Days 3 to 9 of 1970: +300 on day 6 (from day 2's 100), +300 on day 9.
        const auto days =
            ContentHistory::dailyViewsGained(db, QDate(1970, 1, 4), QDate(1970, 1, 10), std::nullopt);
        QVERIFY2(days, days ? "" : qPrintable(days.error().message));
        QCOMPARE(days.value(), (QList<DayViews>{{QDate(1970, 1, 7), 300}, {QDate(1970, 1, 10), 300}}));
    }

    /// v10: a v9 file keeps its groups and the creator's decisions; its first recompute is a full one (it has
    /// no kept candidates yet), the next ones only around the changed items.
    void upgradesFromV9RecomputingItsGroupsOnceInFull()
    {
        const QString file = path("v9.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(file,
                       schemaSql(9) +
                           "INSERT INTO content (platform, account, external_id, title, duration_s, "
                           "published_at, views, synced_at) VALUES ('youtube', 'UC1', 'yt1', 'Pasta night "
                           "recipe #shorts', 30, 1000000, 500, 86400), ('tiktok', 'tt', 'tt1', 'pasta "
                           "night recipe', 31, 1003600, 900, 86400), ('youtube', 'UC1', 'yt2', 'Ramen "
                           "in five minutes', 45, 2000000, 10, 86400), ('tiktok', 'tt', 'tt2', 'ramen in "
                           "five minutes', 45, 2000600, 20, 86400);"
                           "INSERT INTO clip_groups (id, manual, score, created_at) VALUES (7, 1, 0.9, 1);"
                           "INSERT INTO clip_group_members (platform, external_id, group_id) VALUES "
                           "('youtube', 'yt2', 7), ('tiktok', 'tt2', 7);"
                           "UPDATE clip_group_state SET stale = 0;",
                       &err),
            qPrintable(err));
        QCOMPARE(sqliteScalar(file, "PRAGMA user_version"), 9);
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        auto refreshed = ClipGroups::refresh(db);
        QVERIFY2(refreshed, refreshed ? "" : qPrintable(refreshed.error().message));
        QVERIFY(refreshed->recomputed && !refreshed->incremental);
        const auto groups = ClipGroups::list(db);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 2);
        QVERIFY(groups->first().manual); // the creator's group stays
        QCOMPARE(groups->first().id, 7);
        ContentItem reel = makeItem(QStringLiteral("ig1"), QStringLiteral("Pasta night recipe"), {},
                                    Platform::Instagram, QStringLiteral("ig"));
        reel.durationS = 0;
        reel.publishedAt = QDateTime::fromSecsSinceEpoch(1007200, Qt::UTC);
        QVERIFY(db.upsert({reel}));
        refreshed = ClipGroups::refresh(db);
        QVERIFY(refreshed && refreshed->recomputed && refreshed->incremental);
        QCOMPARE(refreshed->changed, 1);
        const auto after = ClipGroups::groupOf(db, {Platform::Instagram, QStringLiteral("ig1")});
        QVERIFY(after && after.value());
        QCOMPARE(after.value()->members.size(), 3);
    }

    /// v10: an Instagram item that kept a number behind its unknown views (imported before v8 from a file
    /// giving it one; v8 marked its views unknown) has views 0 like every unknown view since, and sorting by
    /// views no longer ranks it by that number; the upgrade writes no history.
    void upgradesFromV9ZeroingUnknownViews()
    {
        const QString file = path("v9-views.sqlite");
        QString err;
        QVERIFY2(
            execSqlite(file,
                       schemaSql(9) +
                           "INSERT INTO content (id, platform, account, external_id, title, views, likes, "
                           "views_known, synced_at) VALUES (1, 'instagram', 'ig', 'old', 'Old reel', 5000, "
                           "10, 0, 864000), (2, 'youtube', 'UC1', 'yt', 'Video', 10, 1, 1, 864000);",
                       &err),
            qPrintable(err));
        const qint64 historyRows = sqliteScalar(file, "SELECT count(*) FROM content_history");
        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        verifyLatestSchema(db);
        const auto reel = db.item(1);
        QVERIFY(reel);
        QVERIFY(!reel->viewsKnown);
        QCOMPARE(reel->views, 0);
        QCOMPARE(db.item(2)->views, 10);
        verifyNoHistoryWrittenAndSortedByViews(db, historyRows,
                                               {QStringLiteral("yt"), QStringLiteral("old")});
        QSqlQuery q(db.connection());
        // The history triggers are back: a change of counters is recorded.
        QVERIFY(q.exec(QStringLiteral("UPDATE content SET likes = 11 WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT max(likes) FROM content_history WHERE content_id = 1")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 11);
    }

    void reopeningLatestIsANoOp()
    {
        const QString file = path("reopen.sqlite");
        {
            LibraryDatabase db;
            QVERIFY(db.open(file).hasValue());
            QCOMPARE(*db.upsert({makeItem(QStringLiteral("x"), QStringLiteral("Kept"))}), 1);
        }
        LibraryDatabase db;
        QVERIFY(db.open(file).hasValue());
        QCOMPARE(db.stats()->items, 1);
    }

    void newerVersionIsRefused()
    {
        const QString file = path("newer.sqlite");
        QVERIFY(execSqlite(file, v1Sql() + "\nPRAGMA user_version = " +
                                     QByteArray::number(LibraryDatabase::schemaVersion() + 1) + ";"));
        verifyRefusedUntouched(file, QStringLiteral("newer version"));
    }

    void nonSqliteFileIsRefused()
    {
        const QString file = path("notes.sqlite");
        QVERIFY(writeAll(file, "These are my notes, not a database.\n"));
        verifyRefusedUntouched(file, QStringLiteral("not an SQLite database"));
    }

    void garbageAfterSqliteHeaderIsRefused()
    {
        const QString file = path("garbage.sqlite");
        QByteArray data("SQLite format 3\0", 16);
        data.append(QByteArray(8192, '\xA5'));
        QVERIFY(writeAll(file, data));
        verifyRefusedUntouched(file, QStringLiteral("damaged"));
    }

    void damagedOldLibraryIsRefused()
    {
        // A v1 library with many pages, then pages 2.. overwritten: it must not be migrated.
        const QString file = path("damaged-v1.sqlite");
        QByteArray sql = v1Sql();
        sql.append("\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)\n"
                   "INSERT INTO content (platform, account, external_id, title, description)\n"
                   "SELECT 'youtube', 'a', 'id' || i, 'title ' || i, hex(randomblob(64)) FROM n;\n");
        QVERIFY(execSqlite(file, sql));
        QByteArray data = readAll(file);
        QVERIFY(data.size() > 16 * 4096);
        for (qsizetype i = 4096; i < data.size(); i += 3)
            data[i] = char(0x5A);
        QVERIFY(writeAll(file, data));
        verifyRefusedUntouched(file, QStringLiteral("damaged"));
    }

    void foreignSqliteDatabaseIsRefused()
    {
        const QString file = path("foreign.sqlite");
        QVERIFY(execSqlite(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);"
                                 "INSERT INTO invoices VALUES (1, 9.5);"));
        verifyRefusedUntouched(file, QStringLiteral("not a StreamVibe library"));
        QCOMPARE(sqliteScalar(file, "SELECT count(*) FROM invoices"), 1);
    }

    void connectionsAreNamedPerInstance()
    {
        LibraryDatabase a;
        LibraryDatabase b;
        QVERIFY(a.open(path("a.sqlite")).hasValue());
        QVERIFY(b.open(path("b.sqlite")).hasValue());
        const QString nameA = a.connection().connectionName();
        const QString nameB = b.connection().connectionName();
        QVERIFY(nameA != nameB);
        QVERIFY(QSqlDatabase::connectionNames().contains(nameA));
        a.close();
        QVERIFY(!a.isOpen());
        QVERIFY(!QSqlDatabase::connectionNames().contains(nameA));
        QVERIFY(QSqlDatabase::connectionNames().contains(nameB));
        QVERIFY(b.search({}).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
