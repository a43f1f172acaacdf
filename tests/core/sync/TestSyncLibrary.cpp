// The library side of syncing: accounts, transactional batches with their usage outbox rows (one report per
// row, under a key of its own), sealing for the reporter, the v3 -> v4 outbox upgrade, statistics refresh
// and account removal. Real SQLite files on disk.
#include "library/LibraryDatabase.h"
#include "library/LibrarySchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sv;

class TestSyncLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_files)); }

    static ContentItem item(const QString& account, const QString& id, qint64 views = 0)
    {
        ContentItem i;
        i.platform = Platform::YouTube;
        i.account = account;
        i.externalId = id;
        i.title = QStringLiteral("Video ") + id;
        i.publishedAt = QDateTime::fromSecsSinceEpoch(1700000000 + id.mid(1).toLongLong(), Qt::UTC);
        i.views = views;
        return i;
    }

    static QList<ContentItem> items(const QString& account, int from, int to)
    {
        QList<ContentItem> list;
        for (int n = from; n < to; ++n)
            list.append(item(account, QStringLiteral("v%1").arg(n)));
        return list;
    }

    static LibraryAccount account(const QString& id)
    {
        LibraryAccount a;
        a.platform = Platform::YouTube;
        a.accountId = id;
        a.displayName = QStringLiteral("Channel ") + id;
        a.handle = QStringLiteral("@") + id;
        a.avatarUrl = QStringLiteral("https://example.test/a.png");
        return a;
    }

    static SyncBatch batch(const QString& accountId, QList<ContentItem> list, const QString& jobId)
    {
        SyncBatch b;
        b.platform = Platform::YouTube;
        b.accountId = accountId;
        b.items = std::move(list);
        b.usageJobId = jobId;
        return b;
    }

    static bool isUuid(const QString& key) { return !QUuid::fromString(key).isNull(); }

    static qint64 scalar(LibraryDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void accountsRoundTripWithoutTokens()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        LibraryAccount tiktok = account(QStringLiteral("open-1"));
        tiktok.platform = Platform::TikTok;
        QVERIFY(!db.saveAccount(tiktok));
        const auto all = db.accounts();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).platform, Platform::YouTube); // platform order, as the UI shows them
        QCOMPARE(all->at(0).displayName, QStringLiteral("Channel UC1"));
        QCOMPARE(all->at(0).status, AccountStatus::Connected);
        QVERIFY(!all->at(0).lastSyncedAt.isValid());
        QVERIFY(!all->at(0).syncComplete);

        QVERIFY(!db.setAccountStatus(Platform::YouTube, QStringLiteral("UC1"), AccountStatus::ReconnectNeeded,
                                     QStringLiteral("grant revoked")));
        auto one = db.account(Platform::YouTube, QStringLiteral("UC1"));
        QVERIFY(one && one->has_value());
        QCOMPARE(one->value().status, AccountStatus::ReconnectNeeded);
        QCOMPARE(one->value().lastError, QStringLiteral("grant revoked"));
        // Reconnecting saves the profile again and clears the status.
        LibraryAccount again = account(QStringLiteral("UC1"));
        again.displayName = QStringLiteral("Renamed");
        QVERIFY(!db.saveAccount(again));
        one = db.account(Platform::YouTube, QStringLiteral("UC1"));
        QCOMPARE(one->value().displayName, QStringLiteral("Renamed"));
        QCOMPARE(one->value().status, AccountStatus::Connected);
        QVERIFY(!db.account(Platform::Instagram, QStringLiteral("UC1"))->has_value());

        LibraryAccount nameless;
        QVERIFY(db.saveAccount(nameless).has_value()); // an account needs an id
    }

    void batchesCountNewItemsIntoOneOutboxRow()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        auto r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 50), QStringLiteral("job-a")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->written, 50);
        QCOMPARE(r->newItems, 50);
        QCOMPARE(r->itemCount, 50);
        const QString key = r->usageKey;
        QVERIFY2(isUuid(key), qPrintable(key));
        // Overlapping page: only the 25 unseen items are new (usage is once per item).
        r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 25, 75), QStringLiteral("job-a")));
        QVERIFY(r);
        QCOMPARE(r->newItems, 25);
        QCOMPARE(r->itemCount, 75);
        QCOMPARE(r->usageKey, key); // the job's open row
        QCOMPARE(*db.pendingUsageUnits(), 75);
        QCOMPARE(*db.pendingUsageUnits(QStringLiteral("job-a")), 75);
        QCOMPARE(*db.pendingUsageUnits(QStringLiteral("job-z")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT units FROM usage_outbox WHERE job_id = 'job-a'")), 75);
        // A page of known items adds no usage.
        r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 10), QStringLiteral("job-a")));
        QVERIFY(r);
        QCOMPARE(r->newItems, 0);
        QCOMPARE(r->usageKey, QString());
        QCOMPARE(*db.pendingUsageUnits(), 75);
        QCOMPARE(db.account(Platform::YouTube, QStringLiteral("UC1"))->value().itemCount, 75);
    }

    void sealedRowsAreNeverChanged()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        auto r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 10), QStringLiteral("job-b")));
        QVERIFY(r);
        const QString first = r->usageKey;
        // The reporter takes (seals) the row while the job goes on.
        const auto taken = db.takeUsageOutbox();
        QVERIFY(taken);
        QCOMPARE(taken->size(), 1);
        QCOMPARE(taken->at(0).idempotencyKey, first);
        QCOMPARE(taken->at(0).units, 10);
        QCOMPARE(taken->at(0).platform, Platform::YouTube);
        QCOMPARE(taken->at(0).jobId, QStringLiteral("job-b"));
        r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 10, 14), QStringLiteral("job-b")));
        QVERIFY(r);
        const QString second = r->usageKey; // a new row: the sealed report keeps its 10 units
        QVERIFY(isUuid(second) && second != first);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT units FROM usage_outbox WHERE idempotency_key = '%1'").arg(first)),
            10);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT units FROM usage_outbox WHERE idempotency_key = '%1'").arg(second)),
            4);
        QCOMPARE(*db.pendingUsageUnits(QStringLiteral("job-b")), 14);
        QVERIFY(!db.removeUsageOutbox(first));
        QCOMPARE(*db.pendingUsageUnits(), 4);
        // An unsealed row is not deleted by mistake.
        QVERIFY(!db.removeUsageOutbox(second));
        QCOMPARE(*db.pendingUsageUnits(), 4);
    }

    // A key names one report forever: after a row was reported and deleted, the job's next units go to a
    // row with a new key (the backend ignores a key it already counted).
    void aReportedKeyIsNeverGivenToANewRow()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        QSet<QString> keys;
        for (int page = 0; page < 3; ++page) {
            auto r = db.commitSyncBatch(batch(QStringLiteral("UC1"),
                                              items(QStringLiteral("UC1"), page * 10, page * 10 + 10),
                                              QStringLiteral("job-f")));
            QVERIFY(r);
            const auto taken = db.takeUsageOutbox();
            QVERIFY(taken);
            QCOMPARE(taken->size(), 1);
            QCOMPARE(taken->at(0).units, 10);
            QVERIFY2(!keys.contains(taken->at(0).idempotencyKey), qPrintable(taken->at(0).idempotencyKey));
            keys.insert(taken->at(0).idempotencyKey);
            QVERIFY(!db.removeUsageOutbox(taken->at(0).idempotencyKey));
        }
    }

    // Jobs running at once (several accounts, several processes) each fill their own open row, found by
    // their job id; a job never has two open rows.
    void concurrentJobsFillTheirOwnRows()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC2"))));
        for (int page = 0; page < 3; ++page) {
            QVERIFY(db.commitSyncBatch(batch(QStringLiteral("UC1"),
                                             items(QStringLiteral("UC1"), page * 10, page * 10 + 10),
                                             QStringLiteral("job-1"))));
            QVERIFY(db.commitSyncBatch(batch(QStringLiteral("UC2"),
                                             items(QStringLiteral("UC2"), page * 10, page * 10 + 3),
                                             QStringLiteral("job-2"))));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox")), 2);
        QCOMPARE(*db.pendingUsageUnits(QStringLiteral("job-1")), 30);
        QCOMPARE(*db.pendingUsageUnits(QStringLiteral("job-2")), 9);
        QSqlQuery q(db.connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO usage_outbox (idempotency_key, platform, units, created_at, "
                                   "job_id) VALUES ('other', 'youtube', 1, 1, 'job-1')")));
    }

    // Upgrading a v3 library keeps its pending usage. v3 could give a reported key to a new row, so an
    // unsealed row (never sent) gets a fresh key; a sealed row (maybe sent, its answer lost) keeps its key.
    // Both are sealed: no job writes to them again.
    void upgradeFromV3KeepsPendingUsage()
    {
        const QString file = newFile();
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            c.setDatabaseName(file);
            QVERIFY(c.open());
            QSqlQuery q(c);
            for (const LibrarySchema::Migration& m : LibrarySchema::migrations()) {
                if (m.version > 3)
                    break;
                for (const QString& statement : m.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO usage_outbox (idempotency_key, platform, units, created_at, sealed) VALUES "
                "('sync-tiktok-u-0', 'tiktok', 40, 1, 0), ('sync-youtube-v-0', 'youtube', 7, 2, 1)")));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        LibraryDatabase db;
        const auto error = db.open(file);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), LibrarySchema::latestVersion());
        QCOMPARE(*db.pendingUsageUnits(), 47);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox WHERE sealed = 0")), 0);
        // A job of the new version opens a row of its own.
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        const auto r = db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 5), QStringLiteral("job-g")));
        QVERIFY(r);
        const auto taken = db.takeUsageOutbox();
        QVERIFY(taken);
        QCOMPARE(taken->size(), 3);
        QCOMPARE(taken->at(0).platform, Platform::TikTok);
        QCOMPARE(taken->at(0).units, 40);
        QVERIFY2(isUuid(taken->at(0).idempotencyKey), qPrintable(taken->at(0).idempotencyKey));
        QCOMPARE(taken->at(1).idempotencyKey, QStringLiteral("sync-youtube-v-0"));
        QCOMPARE(taken->at(1).units, 7);
        QCOMPARE(taken->at(2).idempotencyKey, r->usageKey);
        QCOMPARE(taken->at(2).units, 5);
    }

    void failedBatchWritesNeitherItemsNorUsage()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        QList<ContentItem> list = items(QStringLiteral("UC1"), 0, 5);
        list[3].views = -1; // invalid: the whole batch is refused
        auto r = db.commitSyncBatch(batch(QStringLiteral("UC1"), list, QStringLiteral("job-c")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("views")));
        // Items of another account never enter this one.
        list = items(QStringLiteral("UC2"), 0, 5);
        r = db.commitSyncBatch(batch(QStringLiteral("UC1"), list, QStringLiteral("job-c")));
        QVERIFY(!r);
        QCOMPARE(db.stats()->items, 0);
        QCOMPARE(*db.pendingUsageUnits(), 0);
    }

    void finishingASyncRecordsState()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        QVERIFY(db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 30), QStringLiteral("job-d"))));
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QVERIFY(!db.finishAccountSync(Platform::YouTube, QStringLiteral("UC1"), when, QStringLiteral("v29")));
        LibraryAccount a = db.account(Platform::YouTube, QStringLiteral("UC1"))->value();
        QVERIFY(a.syncComplete);
        QCOMPARE(a.lastSyncedAt, when);
        QCOMPARE(a.itemCount, 30);
        QCOMPARE(a.newestExternalId, QStringLiteral("v29"));
        // The next committed batch marks the sync incomplete until it finishes again (a kill then makes the
        // next sync walk every page).
        QVERIFY(db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 30, 31), QStringLiteral("job-e"))));
        QVERIFY(!db.account(Platform::YouTube, QStringLiteral("UC1"))->value().syncComplete);

        const auto known =
            db.knownExternalIds(Platform::YouTube, QStringLiteral("UC1"),
                                {QStringLiteral("v1"), QStringLiteral("v99"), QStringLiteral("v30")});
        QVERIFY(known);
        QCOMPARE(*known, (QSet<QString>{QStringLiteral("v1"), QStringLiteral("v30")}));
        const auto recent = db.recentItems(Platform::YouTube, QStringLiteral("UC1"), 3);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).externalId, QStringLiteral("v30")); // newest first
        QList<ContentItem> stats{item(QStringLiteral("UC1"), QStringLiteral("v30"), 999),
                                 item(QStringLiteral("UC1"), QStringLiteral("gone"), 5)};
        QCOMPARE(*db.updateStatistics(stats), 1);
        QCOMPARE(db.recentItems(Platform::YouTube, QStringLiteral("UC1"), 1)->at(0).views, 999);
    }

    void auditRowsAndAccountRemoval()
    {
        LibraryDatabase db;
        QVERIFY(!db.open(newFile()));
        const auto job = db.beginJob(QStringLiteral("platform_sync"), QStringLiteral("full_sync"),
                                     QDateTime::currentDateTimeUtc());
        QVERIFY(job);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE status = 'running'")), 1);
        QVERIFY(!db.finishJob(*job, QStringLiteral("succeeded"), QStringLiteral("{\"items\":3}"),
                              QDateTime::currentDateTimeUtc()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE status = 'succeeded' AND "
                                           "finished_at IS NOT NULL")),
                 1);
        QVERIFY(db.finishJob(*job, QStringLiteral("exploded"), QString(), QDateTime::currentDateTimeUtc()));

        QVERIFY(!db.saveAccount(account(QStringLiteral("UC1"))));
        QVERIFY(!db.saveAccount(account(QStringLiteral("UC2"))));
        QVERIFY(db.commitSyncBatch(
            batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 7), QStringLiteral("j1"))));
        QVERIFY(db.commitSyncBatch(
            batch(QStringLiteral("UC2"), items(QStringLiteral("UC2"), 0, 4), QStringLiteral("j2"))));
        // Keep the items.
        QCOMPARE(*db.deleteAccount(Platform::YouTube, QStringLiteral("UC1"), false), 0);
        QCOMPARE(db.stats()->items, 11);
        QCOMPARE(db.accounts()->size(), 1);
        // Remove the items: only that account's.
        QCOMPARE(*db.deleteAccount(Platform::YouTube, QStringLiteral("UC2"), true), 4);
        QCOMPARE(db.stats()->items, 7);
        QCOMPARE(db.accounts()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncLibrary)
#include "TestSyncLibrary.moc"
