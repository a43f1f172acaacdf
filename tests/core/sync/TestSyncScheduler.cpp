// Background sync on a schedule: due and not due, off, offline and metered waits, one run at a time, and the
// last run kept across restarts. A ManualClock moves time; check() stands in for the timer.
#include "sync/SyncScheduler.h"

#include "SyncTestSupport.h"
#include "library/LibraryService.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace std::chrono_literals;
using Interval = SyncScheduler::Interval;
using State = SyncScheduler::State;
using RunResult = SyncScheduler::RunResult;

class TestSyncScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString stateFile(const QString& name = QStringLiteral("state.ini")) const
    {
        return m_dir.filePath(name);
    }

    /// A scheduler whose starter counts the runs it begins; signed in, online, not metered.
    struct Fixture
    {
        ManualClock clock;
        std::unique_ptr<SyncScheduler> scheduler;
        int starts = 0;

        explicit Fixture(const QString& file, qint64 startMs = 1'767'225'600'000)
            : clock(startMs)
        {
            make(file);
        }
        void make(const QString& file)
        {
            scheduler = std::make_unique<SyncScheduler>(file, clock);
            scheduler->setStarter([this] { ++starts; });
        }
    };

private Q_SLOTS:
    void init() { QFile::remove(stateFile()); }

    void defaultIsEverySixHoursAndANeverSyncedProfileIsDue()
    {
        Fixture f(stateFile());
        QCOMPARE(f.scheduler->interval(), Interval::Every6Hours);
        QCOMPARE(f.scheduler->state(), State::SignedOut);
        QCOMPARE(f.starts, 0); // signed out: nothing runs
        f.scheduler->setSignedIn(true);
        QCOMPARE(f.starts, 1);
        QCOMPARE(f.scheduler->state(), State::Running);
    }

    void runsWhenDueAndNotBefore()
    {
        Fixture f(stateFile());
        f.scheduler->setSignedIn(true);
        f.scheduler->runFinished(RunResult::Ran);
        QCOMPARE(f.scheduler->state(), State::Waiting);
        QCOMPARE(f.scheduler->nextRun(), f.clock.now().addSecs(6 * 3600));

        f.clock.advance(6h - 1min);
        f.scheduler->check();
        QCOMPARE(f.starts, 1);
        f.clock.advance(1min);
        f.scheduler->check();
        QCOMPARE(f.starts, 2);
    }

    void neverTwoAtOnce()
    {
        Fixture f(stateFile());
        f.scheduler->setSignedIn(true);
        QCOMPARE(f.starts, 1);
        // Hours later the first run still goes on: no second one starts beside it.
        f.clock.advance(13h);
        f.scheduler->check();
        f.scheduler->setOnline(true);
        QCOMPARE(f.starts, 1);
        QCOMPARE(f.scheduler->state(), State::Running);
        f.scheduler->runFinished(RunResult::Ran);
        QCOMPARE(f.starts, 1); // just ran: due again in 6 hours
    }

    void anotherSyncRunningMakesTheRunWaitForTheNextCheck()
    {
        Fixture f(stateFile());
        f.scheduler->setSignedIn(true);
        f.scheduler->runFinished(RunResult::Busy); // e.g. the CLI of the same profile was syncing
        QCOMPARE(f.starts, 1);
        QVERIFY(f.scheduler->isDue());
        QVERIFY(!f.scheduler->lastRun().isValid());
        f.scheduler->check(); // the next check after the other sync ended
        QCOMPARE(f.starts, 2);
    }

    void offScheduleNeverRuns()
    {
        Fixture f(stateFile());
        f.scheduler->setInterval(Interval::Off);
        f.scheduler->setSignedIn(true);
        f.clock.advance(72h);
        f.scheduler->check();
        QCOMPARE(f.starts, 0);
        QCOMPARE(f.scheduler->state(), State::Off);
        QVERIFY(!f.scheduler->nextRun().isValid());
        // Turned on again: the overdue run starts.
        f.scheduler->setInterval(Interval::Hourly);
        QCOMPARE(f.starts, 1);
    }

    void offlineQueuesTheRunUntilTheNetworkReturns()
    {
        Fixture f(stateFile());
        f.scheduler->setOnline(false);
        f.scheduler->setSignedIn(true);
        QCOMPARE(f.starts, 0);
        QCOMPARE(f.scheduler->state(), State::Offline);
        f.clock.advance(2h);
        f.scheduler->check();
        QCOMPARE(f.starts, 0);
        QSignalSpy started(f.scheduler.get(), &SyncScheduler::runStarted);
        f.scheduler->setOnline(true); // no timer tick needed
        QCOMPARE(started.count(), 1);
        QCOMPARE(f.starts, 1);
    }

    void meteredConnectionPausesTheRun()
    {
        Fixture f(stateFile());
        f.scheduler->setMetered(true);
        f.scheduler->setSignedIn(true);
        QCOMPARE(f.starts, 0);
        QCOMPARE(f.scheduler->state(), State::Metered);
        QVERIFY(!f.scheduler->statusText().isEmpty());
        f.scheduler->setMetered(false);
        QCOMPARE(f.starts, 1);
    }

    void restartNeitherSyncsAgainNorSkipsADueRun()
    {
        {
            Fixture f(stateFile());
            f.scheduler->setInterval(Interval::Hourly);
            f.scheduler->setSignedIn(true);
            f.scheduler->runFinished(RunResult::Ran);
        }
        {
            // Restarted 10 minutes later: not due.
            Fixture f(stateFile(), 1'767'225'600'000 + 10 * 60'000);
            QCOMPARE(f.scheduler->interval(), Interval::Hourly);
            f.scheduler->setSignedIn(true);
            QCOMPARE(f.starts, 0);
            QCOMPARE(f.scheduler->nextRun(),
                     QDateTime::fromMSecsSinceEpoch(1'767'225'600'000 + 3'600'000, Qt::UTC));
        }
        {
            // Restarted after the app was closed for a day: the missed run starts at once.
            Fixture f(stateFile(), 1'767'225'600'000 + 24 * 3'600'000);
            f.scheduler->setSignedIn(true);
            QCOMPARE(f.starts, 1);
        }
    }

    void aManualSyncCountsAsTheLastRun()
    {
        Fixture f(stateFile());
        f.scheduler->setOnline(false);
        f.scheduler->setSignedIn(true);
        f.scheduler->noteSyncRan(); // "Sync now" ran while the schedule waited
        f.scheduler->setOnline(true);
        QCOMPARE(f.starts, 0);
        QCOMPARE(f.scheduler->state(), State::Waiting);
    }

    /// A finished sync in the shared ledger dated after now (the system clock was moved back since) counts as
    /// now, not as a time that would postpone every background sync until the clock catches up.
    void aLedgerTimeInTheFutureCountsAsNow()
    {
        LibraryService library;
        const QString path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        const auto opened = test::awaitTask(library.open(path));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Fixture f(stateFile());
        const qint64 future = f.clock.nowMs() / 1000 + 30 * 86400;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger-writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO audit_log (action, job_type, status, result, started_at, "
                                      "finished_at) VALUES ('platform_sync', 'full_sync', 'succeeded', "
                                      "'{}', %1, %1)")
                           .arg(future)),
                qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ledger-writer"));
        f.scheduler->followLedger(&library);
        QTRY_VERIFY(f.scheduler->lastRun().isValid());
        QCOMPARE(f.scheduler->lastRun(), f.clock.now());
        QCOMPARE(f.scheduler->nextRun(), f.clock.now().addSecs(6 * 3600));
    }

    void intervalIdsRoundTrip()
    {
        for (Interval i : {Interval::Off, Interval::Hourly, Interval::Every6Hours, Interval::Daily})
            QCOMPARE(SyncScheduler::intervalFromId(SyncScheduler::intervalId(i)), i);
        QCOMPARE(SyncScheduler::intervalFromId(QStringLiteral("weekly")), Interval::Every6Hours);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "TestSyncScheduler.moc"
