// The sync ledger: transactional batches with their usage, the audit log, and the jobs of ended processes
// marked interrupted. Real SQLite files on disk.
#include "LibraryTestUtil.h"
#include "SyncTableTestUtil.h"

#include "library/LibrarySchema.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace sv;
using namespace sv::test;

class TestSyncLedger : public QObject
{
    Q_OBJECT

private:
    LibraryFiles m_files;
    QString newFile() { return m_files.next(); }

    /// Starts this test executable as a helper that opens `file`, begins an audit job and waits on
    /// stdin; returns the job id it printed (-1 on failure).
    static qint64 startJobHolder(QProcess& p, const QString& file)
    {
        p.setProgram(QCoreApplication::applicationFilePath());
        p.setArguments({QStringLiteral("--hold-job"), file});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        if (!p.waitForStarted(10000))
            return -1;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            if (!p.waitForReadyRead(300) && p.state() != QProcess::Running)
                break;
            out += p.readAll();
        }
        bool ok = false;
        const qint64 id = out.trimmed().mid(4).toLongLong(&ok); // "job <id>"
        return out.startsWith("job ") && ok ? id : -1;
    }

    static QString jobStatus(LibraryDatabase& db, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status FROM audit_log WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("<missing>");
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void batchesCountNewItemsIntoOneOutboxRow()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        auto r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 50), QStringLiteral("job-a")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->written, 50);
        QCOMPARE(r->newItems, 50);
        QCOMPARE(r->itemCount, 50);
        const QString key = r->usageKey;
        QVERIFY2(isUuid(key), qPrintable(key));
        // Overlapping page: only the 25 unseen items are new (usage is once per item).
        r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 25, 75), QStringLiteral("job-a")));
        QVERIFY(r);
        QCOMPARE(r->newItems, 25);
        QCOMPARE(r->itemCount, 75);
        QCOMPARE(r->usageKey, key); // the job's open row
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 75);
        QCOMPARE(*UsageOutbox::pendingUnits(db, QStringLiteral("job-a")), 75);
        QCOMPARE(*UsageOutbox::pendingUnits(db, QStringLiteral("job-z")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM usage_outbox")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT units FROM usage_outbox WHERE job_id = 'job-a'")), 75);
        // A page of known items adds no usage.
        r = SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 10), QStringLiteral("job-a")));
        QVERIFY(r);
        QCOMPARE(r->newItems, 0);
        QCOMPARE(r->usageKey, QString());
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 75);
        QCOMPARE(AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"))->value().itemCount, 75);
    }

    void failedBatchWritesNeitherItemsNorUsage()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        QList<ContentItem> list = items(QStringLiteral("UC1"), 0, 5);
        list[3].views = -1; // invalid: the whole batch is refused
        auto r = SyncLedger::commitBatch(db, batch(QStringLiteral("UC1"), list, QStringLiteral("job-c")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("views")));
        // Items of another account never enter this one.
        list = items(QStringLiteral("UC2"), 0, 5);
        r = SyncLedger::commitBatch(db, batch(QStringLiteral("UC1"), list, QStringLiteral("job-c")));
        QVERIFY(!r);
        QCOMPARE(db.stats()->items, 0);
        QCOMPARE(*UsageOutbox::pendingUnits(db, {}), 0);
    }

    void auditRowsRecordEachJob()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        const auto job = SyncLedger::beginJob(db, QStringLiteral("platform_sync"),
                                              QStringLiteral("full_sync"), QDateTime::currentDateTimeUtc());
        QVERIFY(job);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE status = 'running'")), 1);
        QVERIFY(SyncLedger::finishJob(db, *job, QStringLiteral("succeeded"), QStringLiteral("{\"items\":3}"),
                                      QDateTime::currentDateTimeUtc()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE status = 'succeeded' AND "
                                           "finished_at IS NOT NULL")),
                 1);
        QVERIFY(!SyncLedger::finishJob(db, *job, QStringLiteral("exploded"), QString(),
                                       QDateTime::currentDateTimeUtc()));
    }

    /// Defect 9 of issue 13: a job left 'running' by a killed process is marked interrupted on the next
    /// open (sync's ledger attached to the library); the running job of a live process is not.
    void jobsOfDeadProcessesAreInterrupted()
    {
        const QString file = newFile();
        {
            LibraryDatabase db;
            QVERIFY(db.open(file).hasValue());
        }
        QProcess killed;
        const qint64 killedJob = startJobHolder(killed, file);
        QVERIFY(killedJob > 0);
        QProcess alive;
        const qint64 aliveJob = startJobHolder(alive, file);
        QVERIFY(aliveJob > 0);
        killed.kill(); // SIGKILL: no chance to finish the job
        QVERIFY(killed.waitForFinished(10000));

        LibraryDatabase own;
        SyncLedger::attach(own);
        QVERIFY(own.open(file).hasValue());
        const auto ownJob =
            SyncLedger::beginJob(own, QStringLiteral("platform_sync"), QStringLiteral("full_sync"),
                                 QDateTime::currentDateTimeUtc());
        QVERIFY(ownJob);

        LibraryDatabase db;
        SyncLedger::attach(db);
        QVERIFY(db.open(file).hasValue());
        QCOMPARE(jobStatus(db, killedJob), QStringLiteral("interrupted"));
        QCOMPARE(jobStatus(db, aliveJob), QStringLiteral("running"));
        QCOMPARE(jobStatus(db, *ownJob), QStringLiteral("running"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT finished_at FROM audit_log WHERE id = %1").arg(killedJob)) &&
                q.next());
        QVERIFY(!q.value(0).isNull());
        q.finish();

        // The live helper finishes normally.
        alive.closeWriteChannel();
        QVERIFY(alive.waitForFinished(10000));
        QCOMPARE(alive.exitCode(), 0);
        QVERIFY(SyncLedger::finishJob(own, *ownJob, QStringLiteral("succeeded"), QStringLiteral("{}"),
                                      QDateTime::currentDateTimeUtc()));
        QCOMPARE(jobStatus(db, *ownJob), QStringLiteral("succeeded"));
    }

    /// Never two syncs at once across processes: a job another live process runs on the same profile
    /// tells the background schedule to wait; this process's own job and a killed process's do not.
    void jobOfAnotherLiveProcessIsRunningElsewhere()
    {
        const QString file = newFile();
        LibraryDatabase db;
        SyncLedger::attach(db);
        QVERIFY(db.open(file).hasValue());
        QCOMPARE(SyncLedger::runningElsewhere(db).value(), false);
        const auto ownJob =
            SyncLedger::beginJob(db, QStringLiteral("platform_sync"), QStringLiteral("full_sync"),
                                 QDateTime::currentDateTimeUtc());
        QVERIFY(ownJob);
        QCOMPARE(SyncLedger::runningElsewhere(db).value(), false);

        QProcess other;
        QVERIFY(startJobHolder(other, file) > 0);
        QCOMPARE(SyncLedger::runningElsewhere(db).value(), true);
        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(SyncLedger::runningElsewhere(db).value(), false);
    }

    /// Defect 6 of issue 13: a library that fails its check takes no write, sync's neither.
    void damagedLibraryRefusesLedgerWrites()
    {
        const QString file = newFile();
        {
            LibraryDatabase db;
            QVERIFY(db.open(file).hasValue());
            QList<ContentItem> items;
            for (int i = 0; i < 3000; ++i)
                items.append(makeItem(QStringLiteral("v%1").arg(i),
                                      QStringLiteral("Title %1 of the library").arg(i),
                                      QStringLiteral("Description %1 ").arg(i).repeated(8)));
            QVERIFY(db.upsert(items));
        }
        QVERIFY(!damageMiddle(file).isEmpty());
        const auto sha256 = [&file] {
            return QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256);
        };
        const QByteArray before = sha256();

        LibraryDatabase db;
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const auto verifyRefused = [&](const std::optional<LibraryError>& e, const char* what) {
            QVERIFY2(e.has_value(), what);
            QVERIFY2(e->message.contains(QLatin1String("damaged")), qPrintable(e->message));
            QVERIFY2(e->message.contains(QLatin1String("backup")), qPrintable(e->message));
        };
        const auto refusal = [](const auto& result) {
            return result ? std::nullopt : std::optional<LibraryError>(result.error());
        };
        const ContentItem written = makeItem(QStringLiteral("new"), QStringLiteral("Written into damage"));
        SyncBatch batch;
        batch.accountId = QStringLiteral("acc");
        batch.items = {written};
        batch.usageJobId = QStringLiteral("job-1");
        verifyRefused(refusal(SyncLedger::commitBatch(db, batch)), "sync batch");
        batch.items.clear();
        verifyRefused(refusal(SyncLedger::commitBatch(db, batch)), "empty sync batch");
        verifyRefused(refusal(UsageOutbox::take(db)), "seal the usage outbox");
        verifyRefused(refusal(UsageOutbox::remove(db, QStringLiteral("key"))),
                      "remove a reported outbox row");
        LibraryAccount saved;
        saved.accountId = QStringLiteral("acc");
        verifyRefused(refusal(AccountTable::save(db, saved)), "save account");
        verifyRefused(
            refusal(SyncLedger::beginJob(db, QStringLiteral("platform_sync"), QStringLiteral("full_sync"),
                                         QDateTime::currentDateTimeUtc())),
            "begin job");
        db.close();
        QCOMPARE(sha256(), before);
    }

    /// Items written by a sync have the same limits as imported ones.
    void batchesRefuseWhatImportRefuses()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        ContentItem limited = makeItem(QStringLiteral("x"), QStringLiteral("fine"));
        limited.description = QString(50001, QLatin1Char('d'));
        SyncBatch batch;
        batch.accountId = limited.account;
        batch.items = {limited};
        const auto synced = SyncLedger::commitBatch(db, batch);
        QVERIFY(!synced);
        QCOMPARE(synced.error().field, QStringLiteral("description"));
        QCOMPARE(db.stats()->items, 0);
    }

    /// v5 (issue 13, defect 9): a job left 'running' by an older version (no owner recorded) can only be a
    /// leftover: the first open with the ledger attached marks it 'interrupted'.
    void leftoverJobsOfOlderVersionsAreInterrupted()
    {
        const QString file = newFile();
        QByteArray sql;
        for (const LibrarySchema::Migration& m : LibrarySchema::migrations()) {
            if (m.version > 3)
                break;
            for (const QString& statement : m.statements)
                sql += statement.toUtf8() + ";\n";
        }
        sql += "PRAGMA user_version = 3;\n"
               "INSERT INTO audit_log (action, job_type, status, result, started_at, finished_at) VALUES "
               "('platform_sync', 'full_sync', 'succeeded', '{}', 100, 200), "
               "('platform_sync', 'incremental_sync', 'running', NULL, 300, NULL);";
        QString err;
        QVERIFY2(execSqlite(file, sql, &err), qPrintable(err));
        LibraryDatabase db;
        SyncLedger::attach(db);
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, finished_at, owner_pid FROM audit_log ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("succeeded"));
        QCOMPARE(q.value(1).toLongLong(), 200);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("interrupted"));
        QVERIFY(!q.value(1).isNull());
        QVERIFY(q.value(2).isNull());
        QVERIFY(!q.next());
    }
};

/// Helper mode for jobsOfDeadProcessesAreInterrupted: open the library, begin a job, print its id, wait.
static int holdJob(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    LibraryDatabase db;
    if (const auto opened = db.open(QString::fromLocal8Bit(argv[2])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    const auto job = SyncLedger::beginJob(db, QStringLiteral("platform_sync"), QStringLiteral("full_sync"),
                                          QDateTime::currentDateTimeUtc());
    if (!job) {
        std::fprintf(stderr, "%s\n", qPrintable(job.error().message));
        return 3;
    }
    std::printf("job %lld\n", static_cast<long long>(*job));
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-job") == 0)
        return holdJob(argc, argv);
    QCoreApplication app(argc, argv);
    TestSyncLedger test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSyncLedger.moc"
