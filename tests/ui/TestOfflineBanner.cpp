// Offline, said once: "Sync all" while the backend and the platforms cannot be reached shows one banner
// (not one per platform, nor an error left in the status bar), the sandbox banner stops saying
// "Connected", and everything clears by itself when the network returns, when the queued background
// sync runs. Real HTTP on 127.0.0.1: the sandbox behind a TCP relay that is stopped and started again.
#include "ConnectionsView.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "StatusBanners.h"
#include "SyncTestSupport.h"
#include "TcpRelay.h"
#include "Theme.h"
#include "Translations.h"
#include "backend/NetworkStatus.h"
#include "sync/SyncScheduler.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;
using Cause = StatusBanners::Cause;

class TestOfflineBanner : public QObject
{
    Q_OBJECT

private:
    /// The sandbox behind a relay, and a profile whose three accounts are connected, used through the relay
    /// (m_sandbox, m_relay, m_env); returns its NetworkStatus, null when something failed.
    NetworkStatus* setUpRelayedProfile(const QString& name)
    {
        setUpRelayedServices(name);
        return QTest::currentTestFailed() ? nullptr : m_env->services->network();
    }
    void setUpRelayedServices(const QString& name)
    {
        m_sandbox = std::make_unique<SandboxProcess>(sandboxOptions(50));
        SandboxProcess& sandbox = *m_sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        m_relay = std::make_unique<TcpRelay>(sandbox.port());
        TcpRelay& relay = *m_relay;
        QVERIFY(relay.start());
        // The configuration the sandbox wrote, every URL through the relay.
        const QString configFile = m_dir.filePath(name + QStringLiteral(".conf"));
        QVERIFY(relay.writeRelayedConfiguration(sandbox.configFile(), configFile));
        auto loaded = AppConfig::load(configFile);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));

        // The accounts are connected directly (the platforms' consent pages know the sandbox's own
        // address), then the profile is used through the relay, as another run of the app would.
        const QString profileDir = m_dir.filePath(name);
        const QString keychain = QStringLiteral("StreamVibeOfflineTest-") + name;
        QString token;
        {
            SyncEnvironment direct;
            const QString error =
                direct.setUp(sandbox, profileDir, name + QStringLiteral("@example.test"), keychain);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Platform platform : allPlatforms()) {
                const auto connected = direct.connect(platform);
                QVERIFY2(connected, qPrintable(connected ? QString() : connected.error()));
            }
            token = direct.accessToken;
            QCoro::waitFor(direct.services->shutdown());
        }
        m_env = std::make_unique<SyncEnvironment>();
        SyncEnvironment& env = *m_env;
        env.service = keychain;
        env.profileDir = profileDir;
        env.config = loaded.value();
        const QString error = env.attach(token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(awaitTask(env.manager->reloadAccounts()));
        QCOMPARE(env.manager->accounts().size(), 3);
    }

    /// "Sync all" started once the relay is stopped: how the three syncs ended (none when they did not).
    QList<SyncOutcome> syncAllAfterTheNetworkWent()
    {
        m_relay->stop();
        QSignalSpy finished(m_env->manager, &SyncManager::syncFinished);
        if (m_env->manager->syncAll() != 3 ||
            !QTest::qWaitFor([&finished] { return finished.count() == 3; }, 60000))
            return {};
        QList<SyncOutcome> outcomes;
        for (const QList<QVariant>& arguments : std::as_const(finished))
            outcomes << arguments.at(0).value<SyncOutcome>();
        return outcomes;
    }

    /// The window on m_env's profile, shown.
    std::unique_ptr<MainWindow> showWindow()
    {
        auto window = std::make_unique<MainWindow>(m_env->services.get(), m_env->config);
        window->setServices(m_env->manager, m_env->services->billing(), &m_env->browser);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
        QCoreApplication::setApplicationName(QStringLiteral("StreamVibeOfflineTest"));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QVERIFY(Translations::install(*qApp, english));
        Theme::apply(*qApp);
        QVERIFY(m_dir.isValid());
    }

    void syncAllOfflineShowsOneBannerThatClearsWhenTheNetworkReturns()
    {
        NetworkStatus* network = setUpRelayedProfile(QStringLiteral("offline"));
        QVERIFY(network);
        TcpRelay& relay = *m_relay;
        SyncEnvironment& env = *m_env;
        network->setProbeInterval(std::chrono::milliseconds(100));

        const std::unique_ptr<MainWindow> window = showWindow();
        QVERIFY(window);
        StatusBanners* banners = window->banners();
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Sandbox});

        // A background sync is due (never synced) but waits for the servers.
        SyncScheduler scheduler{QString()};
        int scheduledRuns = 0;
        scheduler.setStarter([&scheduler, &scheduledRuns] {
            ++scheduledRuns;
            scheduler.runFinished(SyncScheduler::RunResult::Ran);
        });
        scheduler.followNetworkStatus(network);

        // The network goes: "Sync all".
        QSignalSpy offlineChanges(network, &NetworkStatus::offlineChanged);
        const QList<SyncOutcome> outcomes = syncAllAfterTheNetworkWent();
        QCOMPARE(outcomes.size(), 3);
        for (const SyncOutcome& outcome : outcomes) {
            QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
            QCOMPARE(outcome.errorKind, std::optional(PlatformError::Kind::Network));
        }
        QVERIFY(network->isOffline());
        QCOMPARE(offlineChanges.count(), 1); // said once, not once per request or per attempt
        // One banner, for the one cause; the sandbox's no longer says "Connected".
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Offline});
        QLabel* offline = banners->label(Cause::Offline);
        QVERIFY(offline->isVisible());
        QVERIFY2(offline->text().contains(QLatin1String("cannot be reached")) &&
                     offline->text().contains(QString::number(relay.port())),
                 qPrintable(offline->text()));
        QVERIFY(!window->sandboxBanner()->isVisible());
        QVERIFY(saveScreenshot(*window, QStringLiteral("setup-offline-banner")));
        QVERIFY2(window->statusBar()->currentMessage().isEmpty(),
                 qPrintable(window->statusBar()->currentMessage()));
        // No banner of the Connections page either ("YouTube sync failed", one per platform).
        for (ConnectionsView* view : window->findChildren<ConnectionsView*>()) {
            if (view->banner())
                QVERIFY2(!view->banner()->isVisibleTo(view), qPrintable(view->banner()->text()));
        }
        scheduler.setSignedIn(true);
        QCOMPARE(scheduler.state(), SyncScheduler::State::Offline);
        QCOMPARE(scheduledRuns, 0);

        // The network returns: the next probe reaches the backend, everything clears by itself and the
        // queued background sync runs.
        relay.start();
        QTRY_VERIFY_WITH_TIMEOUT(!network->isOffline(), 10000);
        QCOMPARE(offlineChanges.count(), 2);
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Sandbox});
        QVERIFY(!offline->isVisible());
        QVERIFY(window->sandboxBanner()->isVisible());
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
        QTRY_COMPARE(scheduledRuns, 1);
        QCoro::waitFor(env.services->shutdown());
    }

    /// A request whose first attempt cannot reach its server but whose automatic retry gets through is no
    /// offline moment: "Sync all" started while the network is gone, back when the client retries, shows no
    /// banner at any time and every sync succeeds.
    void syncAllThatGetsThroughOnRetryShowsNoBanner()
    {
        NetworkStatus* network = setUpRelayedProfile(QStringLiteral("retried"));
        QVERIFY(network);
        TcpRelay& relay = *m_relay;
        SyncEnvironment& env = *m_env;

        const std::unique_ptr<MainWindow> window = showWindow();
        QVERIFY(window);
        StatusBanners* banners = window->banners();
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Sandbox});
        QList<QList<Cause>> shown; // every change of the banners
        connect(banners, &StatusBanners::changed, window.get(),
                [&shown, banners] { shown << banners->shownCauses(); });
        QSignalSpy offlineChanges(network, &NetworkStatus::offlineChanged);

        // The network returns while the client waits to retry (its own wait: no timing decides it).
        int retries = 0;
        env.services->http()->setDelayFunction(
            [&relay, &retries](std::chrono::milliseconds) -> QCoro::Task<void> {
                ++retries;
                if (!relay.isListening())
                    relay.start();
                co_return;
            });
        const QList<SyncOutcome> outcomes = syncAllAfterTheNetworkWent();
        QCOMPARE(outcomes.size(), 3);
        for (const SyncOutcome& outcome : outcomes) {
            QVERIFY2(outcome.status == SyncOutcome::Status::Succeeded, qPrintable(outcome.errorMessage));
        }
        QVERIFY(retries > 0); // the first attempts were refused
        QCOMPARE(offlineChanges.count(), 0);
        for (const QList<Cause>& causes : std::as_const(shown))
            QVERIFY(!causes.contains(Cause::Offline));
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Sandbox});
        QVERIFY(window->sandboxBanner()->isVisible());
        QCoro::waitFor(env.services->shutdown());
    }

    void cleanup()
    {
        m_env.reset();
        m_relay.reset();
        m_sandbox.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TcpRelay> m_relay;
    std::unique_ptr<SyncEnvironment> m_env;
};

QTEST_MAIN(TestOfflineBanner)
#include "TestOfflineBanner.moc"
