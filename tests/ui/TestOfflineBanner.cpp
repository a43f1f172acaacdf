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
        SandboxProcess sandbox(sandboxOptions(50));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        TcpRelay relay(sandbox.port());
        QVERIFY(relay.start());
        // The configuration the sandbox wrote, every URL through the relay.
        QFile written(sandbox.configFile());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QByteArray text = written.readAll();
        const QByteArray sandboxPort = ":" + QByteArray::number(sandbox.port());
        const QByteArray relayPort = ":" + QByteArray::number(relay.port());
        text.replace(sandboxPort, relayPort);
        const QString configFile = m_dir.filePath(QStringLiteral("relay.conf"));
        QFile relayConfig(configFile);
        QVERIFY(relayConfig.open(QIODevice::WriteOnly) && relayConfig.write(text) == text.size());
        relayConfig.close();
        auto loaded = AppConfig::load(configFile);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));

        // The accounts are connected directly (the platforms' consent pages know the sandbox's own
        // address), then the profile is used through the relay, as another run of the app would.
        const QString profileDir = m_dir.filePath(QStringLiteral("profile"));
        const QString keychain = QStringLiteral("StreamVibeOfflineTest");
        QString token;
        {
            SyncEnvironment direct;
            const QString error =
                direct.setUp(sandbox, profileDir, QStringLiteral("offline@example.test"), keychain);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Platform platform : allPlatforms()) {
                const auto connected = direct.connect(platform);
                QVERIFY2(connected, qPrintable(connected ? QString() : connected.error()));
            }
            token = direct.accessToken;
            QCoro::waitFor(direct.services->shutdown());
        }
        SyncEnvironment env;
        env.service = keychain;
        env.profileDir = profileDir;
        env.config = loaded.value();
        const QString error = env.attach(token);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(awaitTask(env.manager->reloadAccounts()));
        QCOMPARE(env.manager->accounts().size(), 3);
        NetworkStatus* network = env.services->network();
        QVERIFY(network);
        network->setProbeInterval(std::chrono::milliseconds(100));

        MainWindow window(env.services.get(), env.config);
        window.setServices(env.manager, env.services->billing(), &env.browser);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StatusBanners* banners = window.banners();
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
        relay.stop();
        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QCOMPARE(env.manager->syncAll(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        for (const QList<QVariant>& arguments : std::as_const(finished)) {
            const auto outcome = arguments.at(0).value<SyncOutcome>();
            QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
            QCOMPARE(outcome.errorKind, std::optional(PlatformError::Kind::Network));
        }
        QVERIFY(network->isOffline());
        // One banner, for the one cause; the sandbox's no longer says "Connected".
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Offline});
        QLabel* offline = banners->label(Cause::Offline);
        QVERIFY(offline->isVisible());
        QVERIFY2(offline->text().contains(QLatin1String("cannot be reached")) &&
                     offline->text().contains(QString::number(relay.port())),
                 qPrintable(offline->text()));
        QVERIFY(!window.sandboxBanner()->isVisible());
        QVERIFY(saveScreenshot(window, QStringLiteral("setup-offline-banner")));
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
                 qPrintable(window.statusBar()->currentMessage()));
        // No banner of the Connections page either ("YouTube sync failed", one per platform).
        for (ConnectionsView* view : window.findChildren<ConnectionsView*>()) {
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
        QCOMPARE(banners->shownCauses(), QList<Cause>{Cause::Sandbox});
        QVERIFY(!offline->isVisible());
        QVERIFY(window.sandboxBanner()->isVisible());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        QTRY_COMPARE(scheduledRuns, 1);
        QCoro::waitFor(env.services->shutdown());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestOfflineBanner)
#include "TestOfflineBanner.moc"
