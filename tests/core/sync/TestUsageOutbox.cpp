// The usage outbox: one report per row, under a key of its own; sealing for the reporter; jobs filling
// their own rows; the v3 -> v4 upgrade. Real SQLite files on disk.
#include "SyncTableTestUtil.h"
#include "library/LibrarySchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sv;
using namespace sv::test;

class TestUsageOutbox : public QObject
{
    Q_OBJECT

private:
    LibraryFiles m_files;
    QString newFile() { return m_files.next(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void sealedRowsAreNeverChanged()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        auto r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 10), QStringLiteral("job-b")));
        QVERIFY(r);
        const QString first = r->usageKey;
        // The reporter takes (seals) the row while the job goes on.
        const auto taken = UsageOutbox::take(db);
        QVERIFY(taken);
        QCOMPARE(taken->size(), 1);
        QCOMPARE(taken->at(0).idempotencyKey, first);
        QCOMPARE(taken->at(0).units, 10);
        QCOMPARE(taken->at(0).platform, Platform::YouTube);
        QCOMPARE(taken->at(0).jobId, QStringLiteral("job-b"));
        r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 10, 14), QStringLiteral("job-b")));
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
        QCOMPARE(*UsageOutbox::pendingUnits(db, QStringLiteral("job-b")), 14);
        QVERIFY(UsageOutbox::remove(db, first));
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 4);
        // An unsealed row is not deleted by mistake.
        QVERIFY(UsageOutbox::remove(db, second));
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 4);
    }

    // A key names one report forever: after a row was reported and deleted, the job's next units go to a
    // row with a new key (the backend ignores a key it already counted).
    void aReportedKeyIsNeverGivenToANewRow()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        QSet<QString> keys;
        for (int page = 0; page < 3; ++page) {
            auto r = SyncLedger::commitBatch(
                db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), page * 10, page * 10 + 10),
                          QStringLiteral("job-f")));
            QVERIFY(r);
            const auto taken = UsageOutbox::take(db);
            QVERIFY(taken);
            QCOMPARE(taken->size(), 1);
            QCOMPARE(taken->at(0).units, 10);
            QVERIFY2(!keys.contains(taken->at(0).idempotencyKey), qPrintable(taken->at(0).idempotencyKey));
            keys.insert(taken->at(0).idempotencyKey);
            QVERIFY(UsageOutbox::remove(db, taken->at(0).idempotencyKey));
        }
    }

    // Jobs running at once (several accounts, several processes) each fill their own open row, found by
    // their job id; a job never has two open rows.
    void concurrentJobsFillTheirOwnRows()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC2"))));
        for (int page = 0; page < 3; ++page) {
            QVERIFY(SyncLedger::commitBatch(db, batch(QStringLiteral("UC1"),
                                                      items(QStringLiteral("UC1"), page * 10, page * 10 + 10),
                                                      QStringLiteral("job-1"))));
            QVERIFY(SyncLedger::commitBatch(db, batch(QStringLiteral("UC2"),
                                                      items(QStringLiteral("UC2"), page * 10, page * 10 + 3),
                                                      QStringLiteral("job-2"))));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox")), 2);
        QCOMPARE(*UsageOutbox::pendingUnits(db, QStringLiteral("job-1")), 30);
        QCOMPARE(*UsageOutbox::pendingUnits(db, QStringLiteral("job-2")), 9);
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
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), LibrarySchema::latestVersion());
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 47);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox WHERE sealed = 0")), 0);
        // A job of the new version opens a row of its own.
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        const auto r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 5), QStringLiteral("job-g")));
        QVERIFY(r);
        const auto taken = UsageOutbox::take(db);
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
};

QTEST_GUILESS_MAIN(TestUsageOutbox)
#include "TestUsageOutbox.moc"
