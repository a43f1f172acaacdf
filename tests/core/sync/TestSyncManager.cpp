// SyncManager when several jobs end in the same event-loop iteration: connectors that answer at once (no
// network) over a real library file and the real keychain (KEYRING). Every round must give each platform
// its outcome and leave nothing behind: awaiting syncFinished in a loop resumed a freed coroutine frame
// when a second signal was already queued (segfault at the end of `sync`).
#include "SyncTestSupport.h"

#include "sync/SyncScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace sv;
using namespace sv::test;

namespace {

/// A connector whose every content call fails at once with the platform's quota error (a job that fails
/// fast, as when every platform refuses at the same moment).
class FailingConnector : public PlatformConnector
{
public:
    explicit FailingConnector(Platform platform)
        : m_platform(platform)
    {
    }

    Platform platform() const override { return m_platform; }
    QCoro::Task<Result<PlatformTokens, PlatformError>> authorize(BrowserLauncher*) override
    {
        co_return failure();
    }
    void cancelAuthorize() override {}
    QCoro::Task<Result<PlatformTokens, PlatformError>> refresh(PlatformTokens) override
    {
        co_return failure();
    }
    QCoro::Task<Result<PlatformAccount, PlatformError>> fetchAccount(PlatformTokens) override
    {
        co_return failure();
    }
    QCoro::Task<Result<ContentPage, PlatformError>> fetchPage(PlatformTokens, PlatformAccount, QString,
                                                              CallScope) override
    {
        co_return failure();
    }
    QCoro::Task<Result<QList<ContentItem>, PlatformError>>
    refreshStatistics(PlatformTokens, PlatformAccount, QList<ContentItem>, CallScope) override
    {
        co_return failure();
    }
    bool supportsRevoke() const override { return false; }
    QCoro::Task<Result<Done, PlatformError>> revoke(PlatformTokens) override { co_return Done{}; }

private:
    PlatformError failure() const
    {
        return PlatformError::make(PlatformError::Kind::QuotaExceeded, QStringLiteral("quota used up"));
    }

    Platform m_platform;
};

} // namespace

class TestSyncManager : public QObject
{
    Q_OBJECT

private:
    static constexpr int Rounds = 200;
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LibraryService> m_library;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<SyncManager> m_manager;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("StreamVibeSyncManagerTest"));
        m_library = std::make_unique<LibraryService>();
        const auto opened = awaitTask(m_library->open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_store = std::make_unique<AccountStore>(m_library.get(), m_secrets.get(), QStringLiteral("manager"));
        for (const Platform p : allPlatforms()) {
            LibraryAccount account;
            account.platform = p;
            account.accountId = platformId(p) + QStringLiteral("-account");
            account.displayName = platformDisplayName(p) + QStringLiteral(" test");
            account.connectedAt = QDateTime::currentDateTimeUtc();
            const auto saved = awaitTask(m_store->save(account));
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
            PlatformTokens tokens;
            tokens.accessToken = QStringLiteral("test-access-") + platformId(p);
            const auto written = awaitTask(m_store->writeTokens(p, account.accountId, tokens));
            QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
        }
        m_manager = std::make_unique<SyncManager>(
            m_store.get(), nullptr, [](Platform p) { return std::make_unique<FailingConnector>(p); });
        QVERIFY(awaitTask(m_manager->reloadAccounts()));
        QCOMPARE(m_manager->accounts().size(), 3);
    }

    void cleanupTestCase()
    {
        for (const Platform p : allPlatforms())
            awaitTask(m_store->removeTokens(p, platformId(p) + QStringLiteral("-account")));
        m_manager.reset();
        m_store.reset();
        m_library.reset();
    }

    /// The background schedule runs through the manager: every account syncs, and the run counts as the last
    /// one once the manager is idle. While a sync of the user's runs, the scheduled one waits (never two).
    void scheduledRunSyncsEveryAccountThroughTheManager()
    {
        // After every sync the ledger holds (real times; the scheduler counts them too, followLedger()).
        ManualClock clock(QDateTime::currentMSecsSinceEpoch() + 30LL * 86400 * 1000);
        SyncScheduler scheduler(QString(), clock);
        scheduler.useSyncManager(m_manager.get());
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        QVERIFY(m_manager->sync(Platform::YouTube)); // the user's "Sync now" is under way
        scheduler.setSignedIn(true);
        QVERIFY(scheduler.state() != SyncScheduler::State::Running); // Busy: still due
        QVERIFY(scheduler.isDue());
        QVERIFY(!scheduler.lastRun().isValid() || scheduler.lastRun() < clock.now().addSecs(-6 * 3600));
        QTRY_VERIFY(m_manager->isIdle());
        QTRY_COMPARE(finished.count(), 1);
        finished.clear();

        clock.advance(std::chrono::hours(7));
        QSignalSpy started(&scheduler, &SyncScheduler::runStarted);
        scheduler.check(); // the ledger is read first
        QTRY_COMPARE(started.count(), 1);
        QTRY_COMPARE(scheduler.state(), SyncScheduler::State::Waiting);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(scheduler.lastRun(), clock.now());
        QVERIFY(!scheduler.isDue());
    }

    /// Three jobs that fail at once, run side by side: they end together, round after round.
    void jobsFailingTogetherEachGiveOneOutcome()
    {
        m_manager->setMaxConcurrentJobs(3);
        QSignalSpy finished(m_manager.get(), &SyncManager::syncFinished);
        for (int round = 0; round < Rounds; ++round) {
            finished.clear();
            const QList<SyncOutcome> outcomes = awaitTask(m_manager->syncAndWait({}));
            QCOMPARE(outcomes.size(), 3);
            QSet<Platform> seen;
            for (const SyncOutcome& o : outcomes) {
                QCOMPARE(o.status, SyncOutcome::Status::Failed);
                QCOMPARE(o.errorKind, std::optional(PlatformError::Kind::QuotaExceeded));
                seen.insert(o.platform);
            }
            QCOMPARE(seen.size(), 3);
            QVERIFY(m_manager->isIdle());
            QCOMPARE(finished.count(), 3);
        }
    }

    /// One job ends and, in the same event-loop iteration, the two syncs queued behind it are cancelled:
    /// three syncFinished signals at once, and the waiter needs no more after the first.
    void syncsEndingInOneIterationEachGiveOneOutcome()
    {
        m_manager->setMaxConcurrentJobs(1);
        const QList<Platform> platforms = allPlatforms();
        QObject guard;
        bool armed = false;
        connect(m_manager.get(), &SyncManager::syncFinished, &guard, [&](const SyncOutcome& outcome) {
            if (!armed || outcome.platform != platforms.first())
                return;
            armed = false;
            m_manager->cancel(platforms.at(1));
            m_manager->cancel(platforms.at(2));
        });
        for (int round = 0; round < Rounds; ++round) {
            armed = true;
            const QList<SyncOutcome> outcomes = awaitTask(m_manager->syncAndWait(platforms));
            QCOMPARE(outcomes.size(), 3);
            QCOMPARE(outcomes.at(0).platform, platforms.at(0));
            QCOMPARE(outcomes.at(0).status, SyncOutcome::Status::Failed);
            for (int i = 1; i < 3; ++i) {
                QCOMPARE(outcomes.at(i).platform, platforms.at(i));
                QCOMPARE(outcomes.at(i).status, SyncOutcome::Status::Cancelled);
            }
            QVERIFY(m_manager->isIdle());
        }
        // Whatever the signals queued last is delivered before the manager goes.
        QCoreApplication::processEvents();
        m_manager->setMaxConcurrentJobs(3);
    }
};

QTEST_GUILESS_MAIN(TestSyncManager)
#include "TestSyncManager.moc"
