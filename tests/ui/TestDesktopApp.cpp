// The desktop app as composed by app/gui (ProfileServices + MainWindow), offscreen, against the sandbox and
// a private gnome-keyring: what a user sees before sign-in, after sign-in (live Connections, Usage and
// Plans pages, the plan in the account menu), during a sync (the Content page fills as pages arrive, a
// notification at the end, the quota figures follow), and after sign-out.
#include "AccountButton.h"
#include "ConnectionsView.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "EmptyStateWidget.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "PlansView.h"
#include "PlatformCard.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "library/LibraryService.h"
#include "services/ProfileServices.h"
#include "sync/SyncManager.h"

#include "AwaitTask.h"
#include "HttpBrowserLauncher.h"
#include "SandboxProcess.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

using namespace sv;
using sv::test::awaitTask;
using sv::test::SandboxProcess;

class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
    }

    void signInSyncAndSignOutInTheComposedWindow()
    {
        SandboxProcess::Options options;
        options.items = 240;
        SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto loaded = AppConfig::load(sandbox.configFile());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const AppConfig config = loaded.value();
        QVERIFY(sandbox.createUser(QStringLiteral("desktop@example.test"), QStringLiteral("pw-desktop-1")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));

        ProfileServices services(config, profile, QStringLiteral("StreamVibeDesktopTest"));
        QVERIFY(services.isAvailable());
        services.syncManager()->setLongSyncThreshold(std::chrono::milliseconds(0));
        sv::test::HttpBrowserLauncher browser;

        MainWindow window(&services, config);
        window.setSession(services.session(), &browser);
        window.setServices(services.syncManager(), services.billing(), &browser);
        QSignalSpy opened(window.contentView(), &ContentView::libraryOpened);
        window.resize(1100, 800);
        window.show();
        QVERIFY(opened.wait(10000));
        // The services opened the library and attached the persistent cache layer to it.
        QCOMPARE(services.libraryState(), ProfileServices::LibraryState::Open);
        QVERIFY(services.cache()->store());
        QCOMPARE(awaitTask(services.cache()->storedEntries()), 0);

        // Signed out: the account pages explain what signing in brings; the library works.
        QVERIFY(window.connectionsView());
        QVERIFY(!window.connectionsView()->card(Platform::YouTube));
        QVERIFY(!window.usageView()->billingService());
        QVERIFY(!window.plansView()->billingService());
        QCOMPARE(window.currentPage(), MainWindow::ContentPage); // signed out: the library as before

        // Sign in: the pages go live for this user, the Overview is the home.
        QSignalSpy usageLoaded(window.usageView(), &UsageView::loaded);
        const auto user = awaitTask(services.session()->signInWithPassword(
            QStringLiteral("desktop@example.test"), QStringLiteral("pw-desktop-1")));
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
        QCOMPARE(services.billing()->userId(), user->id);
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
        QVERIFY(window.overviewView()->isVisible());
        ConnectionsView* connections = window.connectionsView();
        QVERIFY(connections);
        QVERIFY(connections->card(Platform::YouTube));
        QCOMPARE(connections->manager(), services.syncManager());
        QCOMPARE(window.usageView()->billingService(), services.billing());
        QCOMPARE(window.plansView()->billingService(), services.billing());
        QVERIFY(usageLoaded.wait(10000));
        QVERIFY(window.usageView()->overview());
        const qint64 usedBefore = window.usageView()->overview()->subscription.value.used;
        QVERIFY(!window.accountButton()->planName().isEmpty());
        // Cached in the profile's file, not only in memory.
        QVERIFY(awaitTask(services.cache()->storedEntries()) > 0);
        // Coming back to Usage later shows current figures: within their lifetime from the cache (no
        // request), after it from the backend.
        const auto showUsageAgain = [&] {
            const qsizetype loads = usageLoaded.count();
            window.setCurrentPage(MainWindow::ContentPage);
            window.setCurrentPage(MainWindow::UsagePage);
            // From the cache the load can end before setCurrentPage returns.
            return usageLoaded.count() > loads || usageLoaded.wait(10000);
        };
        const qint64 fetchesBefore = services.cache()->stats().backendFetches;
        QVERIFY(showUsageAgain());
        QCOMPARE(services.cache()->stats().backendFetches, fetchesBefore);
        services.cache()->invalidateType(DataType::Subscription); // as if its minute had passed
        QVERIFY(showUsageAgain());
        QVERIFY(services.cache()->stats().backendFetches > fetchesBefore);

        // Connect YouTube from its card and sync: the Content page fills while pages arrive.
        window.setCurrentPage(MainWindow::ConnectionsPage);
        PlatformCard* yt = connections->card(Platform::YouTube);
        QSignalSpy connected(connections, &ConnectionsView::connectFinished);
        QTest::mouseClick(yt->connectButton(), Qt::LeftButton);
        QVERIFY(connected.wait(30000));
        QCOMPARE(connected.last().at(1).toBool(), true);

        QSignalSpy counts(window.contentView(), &ContentView::libraryItemCountChanged);
        QSignalSpy finished(services.syncManager(), &SyncManager::syncFinished);
        QSignalSpy notified(&window, &MainWindow::notified);
        QSignalSpy overviewLoaded(window.overviewView(), &OverviewView::loaded);
        QTest::mouseClick(yt->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Succeeded);
        // The refresh after the last page arrives once the coalescing interval ends.
        while (counts.isEmpty() || counts.last().at(0).toLongLong() != 240)
            QVERIFY2(counts.wait(5000),
                     qPrintable(QStringLiteral("item counts seen: %1").arg(counts.size())));
        // It filled while the sync ran (page by page), not only at the end.
        QVERIFY2(counts.size() >= 2, qPrintable(QString::number(counts.size())));
        QVERIFY(counts.first().at(0).toLongLong() < 240);
        QVERIFY2(window.itemCountLabel()->text().startsWith(QLatin1String("240 ")),
                 qPrintable(window.itemCountLabel()->text()));
        QCOMPARE(window.contentView()->model()->rowCount() > 0, true);
        // The Overview reads its figures again once the sync has finished: the synced items are there.
        while (!window.overviewView()->hasItems())
            QVERIFY(overviewLoaded.wait(10000));
        QVERIFY(window.overviewView()->stats().itemsWithViews > 0);
        // The user is told, also when looking elsewhere.
        QVERIFY(!notified.isEmpty());
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("YouTube")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("YouTube")));
        // The quota figures follow the usage the sync reported.
        while (window.usageView()->overview()->subscription.value.used < usedBefore + 240)
            QVERIFY(usageLoaded.wait(10000));
        QCOMPARE(window.usageView()->overview()->subscription.value.used, usedBefore + 240);

        // Sign out: the account pages go back to their explanations; the synced library stays.
        const auto out = awaitTask(services.session()->signOut());
        QVERIFY(out);
        QVERIFY(!window.connectionsView()->card(Platform::YouTube));
        QVERIFY(!window.usageView()->billingService());
        QVERIFY(!window.plansView()->billingService());
        QVERIFY(services.billing()->userId().isEmpty());
        QVERIFY2(window.itemCountLabel()->text().startsWith(QLatin1String("240 ")),
                 qPrintable(window.itemCountLabel()->text()));

        QCoro::waitFor(services.shutdown());
        QVERIFY(services.syncManager()->isIdle());
    }
};

QTEST_MAIN(TestDesktopApp)
#include "TestDesktopApp.moc"
