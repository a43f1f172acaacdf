// The first run, as a new creator meets it, offscreen against the sandbox in a private keyring: the guided
// start after the first sign-in on a profile (connect a platform through the real browser flow, its first
// sync starts at once, then the Overview; a later sign-in or a restart does not show it again; Skip works),
// the signed-out pages' "Sign in", the empty library's "Connect accounts" and "Import…", and the sidebar
// following the sign-in page. The guide's screenshot: guided-start.png in $STREAMVIBE_SCREENSHOT_DIR, else
// <build dir>/screenshots.
#include "ConnectionsView.h"
#include "ContentView.h"
#include "EmptyStateWidget.h"
#include "GuidedStart.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "PlansView.h"
#include "Theme.h"
#include "Translations.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"
#include "sync/SyncManager.h"

#include "AwaitTask.h"
#include "HttpBrowserLauncher.h"
#include "SandboxProcess.h"
#include "SignedInWindow.h"
#include "TestSupport.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sv;
using sv::test::awaitTask;
using sv::test::HttpBrowserLauncher;

namespace {

const QString KeychainService = QStringLiteral("StreamVibeFirstRunTest");

/// The sidebar's highlighted row (-1: none, or more than one).
int highlighted(const MainWindow& window)
{
    const QList<QListWidgetItem*> selected = window.navigation()->selectedItems();
    return selected.size() == 1 ? window.navigation()->row(selected.first()) : -1;
}

QString stateFile(const Profile& profile)
{
    return QDir(profile.directory()).filePath(QLatin1String(GuidedStart::StateFileName));
}

QString screenshotDir()
{
    const QString configured = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
    return configured.isEmpty() ? test::buildPath(QStringLiteral("screenshots")) : configured;
}

/// The window as app/gui composes it; unlike SignedInWindow it does not sign out when it closes, so the
/// session stays in the keychain for the next one, as across a restart of the app.
struct AppWindow
{
    AppWindow(const AppConfig& config, const Profile& profile)
        : services(config, profile, KeychainService)
        , window(&services, config)
    {
        window.setSession(services.session(), &browser);
        window.setServices(services.syncManager(), services.billing(), &browser);
        window.show();
    }
    ~AppWindow()
    {
        window.close();
        QCoro::waitFor(services.shutdown());
    }
    /// Restores the saved session as the app does at start; true once signed in.
    bool restore()
    {
        QCoro::waitFor(window.restoreSession());
        QTest::qWait(0); // what follows the sign-in in the event loop
        return services.session()->isSignedIn();
    }

    HttpBrowserLauncher browser;
    ProfileServices services;
    MainWindow window;
};

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guidedStartConnectsSyncsAndLeadsToTheOverview();
    void guidedStartComesBackAfterAnInterruptedRunUntilSkipped();
    void emptyStatesHaveTheActionThatFillsThem();

private:
    QString newUser(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    AppConfig m_config;
};

void TestFirstRun::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTestFirstRun"));
    QSettings().clear();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    test::SandboxProcess::Options options;
    options.items = 60;
    m_sandbox = std::make_unique<test::SandboxProcess>(options);
    QString error;
    const auto config = test::startSandboxWithUser(*m_sandbox, QStringLiteral("first-run@example.test"),
                                                   QStringLiteral("pw-first-run-0"), &error);
    QVERIFY2(config, qPrintable(error));
    m_config = *config;
}

QString TestFirstRun::newUser(const QString& name)
{
    const QString email = name + QStringLiteral("@example.test");
    if (!m_sandbox->createUser(email, QStringLiteral("pw-") + name))
        return {};
    return email;
}

void TestFirstRun::guidedStartConnectsSyncsAndLeadsToTheOverview()
{
    const QString email = newUser(QStringLiteral("guided"));
    QVERIFY(!email.isEmpty());
    const QString password = QStringLiteral("pw-guided");
    const Profile profile = Profile::resolve(m_dir.filePath(QStringLiteral("guided")));
    QVERIFY(profile.isValid());
    {
        test::SignedInWindow signedIn(m_config, profile, KeychainService, true);
        MainWindow& window = signedIn.window;
        GuidedStart* guide = window.guidedStart();
        QVERIFY(guide);
        QVERIFY(!guide->isVisible());
        QCOMPARE(GuidedStart::readProgress(stateFile(profile)), GuidedStart::Progress::NotStarted);

        // The first sign-in on the profile opens the guide over the Overview.
        QString error;
        QVERIFY2(signedIn.signIn(email, password, &error), qPrintable(error));
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(GuidedStart::readProgress(stateFile(profile)), GuidedStart::Progress::Open);
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
        QCOMPARE(highlighted(window), int(MainWindow::OverviewPage));
        for (const Platform platform : allPlatforms()) {
            QVERIFY(guide->connectButton(platform)->isVisible());
            QVERIFY(guide->connectButton(platform)->isEnabled());
            QVERIFY(guide->connectButton(platform)->accessibleName().contains(platformDisplayName(platform)));
            QCOMPARE(guide->statusLabel(platform)->text(), QStringLiteral("Not connected"));
        }
        // The keyboard starts on the first Connect; Skip and the way to the Overview follow.
        QCOMPARE(guide->focusWidget(), guide->connectButton(allPlatforms().first()));
        QVERIFY(guide->skipButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(guide->doneButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(!guide->skipButton()->accessibleName().isEmpty());

        // Connect YouTube with one click: the Connections page's flow (browser, loopback), then its first
        // sync starts without another click.
        ConnectionsView* connections = window.connectionsView();
        SyncManager* manager = signedIn.services.syncManager();
        QSignalSpy connected(connections, &ConnectionsView::connectFinished);
        QSignalSpy started(manager, &SyncManager::syncStarted);
        QSignalSpy finished(manager, &SyncManager::syncFinished);
        window.setCurrentPage(
            MainWindow::ContentPage); // behind the guide; the first sync brings the Overview
        QTest::mouseClick(guide->connectButton(Platform::YouTube), Qt::LeftButton);
        QVERIFY(connected.wait(30000));
        QCOMPARE(connected.last().at(0).value<Platform>(), Platform::YouTube);
        QCOMPARE(connected.last().at(1).toBool(), true);
        QCOMPARE(signedIn.browser.openedUrls().size(), 1);
        QVERIFY(started.count() > 0 || started.wait(30000));
        QCOMPARE(started.first().at(0).value<Platform>(), Platform::YouTube);
        QVERIFY(!guide->connectButton(Platform::YouTube)->isVisible());
        QVERIFY2(guide->statusLabel(Platform::YouTube)->text().startsWith(QLatin1String("Connected as ")),
                 qPrintable(guide->statusLabel(Platform::YouTube)->text()));
        QVERIFY(guide->connectButton(Platform::TikTok)->isVisible());
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
        QCOMPARE(highlighted(window), int(MainWindow::OverviewPage));

        QVERIFY(QDir().mkpath(screenshotDir()));
        const QString shot = QDir(screenshotDir()).filePath(QStringLiteral("guided-start.png"));
        QVERIFY2(guide->grab().save(shot), qPrintable(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Succeeded);
        QTRY_COMPARE(guide->statusLabel(Platform::YouTube)->text().contains(QLatin1String("syncing")), false);

        // Done: the Overview, with what the first sync brought; the guide is over for this profile.
        QTest::mouseClick(guide->doneButton(), Qt::LeftButton);
        QVERIFY(!guide->isVisible());
        QCOMPARE(GuidedStart::readProgress(stateFile(profile)), GuidedStart::Progress::Done);
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
        QCOMPARE(highlighted(window), int(MainWindow::OverviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(window.overviewView()->hasItems(), 20000);

        // A later sign-in does not show it again.
        QVERIFY(awaitTask(signedIn.services.session()->signOut()));
        QVERIFY(!guide->isVisible());
        QVERIFY2(signedIn.signIn(email, password, &error), qPrintable(error));
        QTest::qWait(0);
        QVERIFY(!guide->isVisible());
    }
    // Nor the next start of the app.
    test::SignedInWindow restarted(m_config, profile, KeychainService, true);
    QString error;
    QVERIFY2(restarted.signIn(email, password, &error), qPrintable(error));
    QTest::qWait(0);
    QVERIFY(!restarted.window.guidedStart()->isVisible());
    QCOMPARE(restarted.window.currentPage(), MainWindow::OverviewPage);
}

void TestFirstRun::guidedStartComesBackAfterAnInterruptedRunUntilSkipped()
{
    const QString email = newUser(QStringLiteral("skipper"));
    QVERIFY(!email.isEmpty());
    const QString password = QStringLiteral("pw-skipper");
    const Profile profile = Profile::resolve(m_dir.filePath(QStringLiteral("skipper")));
    QVERIFY(profile.isValid());
    {
        AppWindow app(m_config, profile);
        QVERIFY(awaitTask(app.services.session()->signInWithPassword(email, password)));
        QTRY_VERIFY(app.window.guidedStart()->isVisible());
    } // quit mid-guide
    QCOMPARE(GuidedStart::readProgress(stateFile(profile)), GuidedStart::Progress::Open);
    {
        // The restored session brings the unfinished guide back; Skip ends it on the Overview.
        AppWindow app(m_config, profile);
        app.window.setCurrentPage(MainWindow::ContentPage);
        QVERIFY(app.restore());
        GuidedStart* guide = app.window.guidedStart();
        QTRY_VERIFY(guide->isVisible());
        QTest::mouseClick(guide->skipButton(), Qt::LeftButton);
        QVERIFY(!guide->isVisible());
        QCOMPARE(GuidedStart::readProgress(stateFile(profile)), GuidedStart::Progress::Skipped);
        QCOMPARE(app.window.currentPage(), MainWindow::OverviewPage);
        QCOMPARE(highlighted(app.window), int(MainWindow::OverviewPage));
    }
    {
        // Skipped stays skipped: neither a restart nor a new sign-in shows it.
        AppWindow app(m_config, profile);
        QVERIFY(app.restore());
        QVERIFY(!app.window.guidedStart()->isVisible());
        QVERIFY(awaitTask(app.services.session()->signOut()));
        QVERIFY(awaitTask(app.services.session()->signInWithPassword(email, password)));
        QTest::qWait(0);
        QVERIFY(!app.window.guidedStart()->isVisible());
        QVERIFY(awaitTask(app.services.session()->signOut()));
    }
    // A session restored on a profile that never had the guide (signed in with an earlier version) is not
    // a first sign-in.
    const QString legacyEmail = newUser(QStringLiteral("legacy"));
    const Profile legacy = Profile::resolve(m_dir.filePath(QStringLiteral("legacy")));
    {
        ProfileServices services(m_config, legacy, KeychainService);
        QVERIFY(awaitTask(services.session()->signInWithPassword(legacyEmail, QStringLiteral("pw-legacy"))));
        QCoro::waitFor(services.shutdown());
    }
    AppWindow app(m_config, legacy);
    QVERIFY(app.restore());
    QVERIFY(!app.window.guidedStart()->isVisible());
    QVERIFY(awaitTask(app.services.session()->signOut()));
}

void TestFirstRun::emptyStatesHaveTheActionThatFillsThem()
{
    const Profile profile = Profile::resolve(m_dir.filePath(QStringLiteral("empty")));
    test::SignedInWindow signedIn(m_config, profile, KeychainService);
    MainWindow& window = signedIn.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Signed out, the pages that need an account sign in from their explanation; the sidebar then
    // highlights nothing (the sign-in page is not a section), and choosing a section leaves it.
    const QList<QPair<MainWindow::Page, EmptyStateWidget*>> signedOut{
        {MainWindow::ConnectionsPage, window.connectionsView()->emptyState()},
        {MainWindow::UsagePage, window.usageView()->emptyState()},
        {MainWindow::PlansPage, window.plansView()->emptyState()}};
    for (const auto& [page, state] : signedOut) {
        window.setCurrentPage(page);
        QVERIFY(state->isVisible());
        QCOMPARE(highlighted(window), int(page));
        QVERIFY(state->actionButton()->isVisible());
        QCOMPARE(state->actionButton()->text(), QStringLiteral("Sign in"));
        QTest::mouseClick(state->actionButton(), Qt::LeftButton);
        QVERIFY(window.isSignInShown());
        QCOMPARE(highlighted(window), -1);
        QListWidget* nav = window.navigation();
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(page)).center());
        QVERIFY(!window.isSignInShown());
        QVERIFY(state->isVisible());
        QCOMPARE(highlighted(window), int(page));
    }

    // The empty library: "Connect accounts" opens Connections, "Import…" the import's file dialog.
    window.setCurrentPage(MainWindow::ContentPage);
    QTRY_COMPARE(window.contentView()->state(), ContentView::State::EmptyLibrary);
    EmptyStateWidget* library = window.contentView()->currentEmptyState();
    QVERIFY(library->actionButton()->isVisible());
    QVERIFY(library->secondaryActionButton()->isVisible());
    QTest::mouseClick(library->actionButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::ConnectionsPage);
    QVERIFY(window.connectionsView()->isVisible());
    QCOMPARE(highlighted(window), int(MainWindow::ConnectionsPage));

    window.setCurrentPage(MainWindow::ContentPage);
    QStringList asked;
    window.mainMenu()->setFileChooser([&](bool save, const QString& caption, const QString&, QString*) {
        asked << (save ? QStringLiteral("save: ") : QStringLiteral("open: ")) + caption;
        return QString(); // cancelled
    });
    QTest::mouseClick(library->secondaryActionButton(), Qt::LeftButton);
    QTRY_COMPARE(asked, QStringList{QStringLiteral("open: Import Into the Library")});

    // The empty Overview connects accounts too.
    window.setCurrentPage(MainWindow::OverviewPage);
    EmptyStateWidget* overview = window.overviewView()->libraryEmptyState();
    QTRY_VERIFY(overview->isVisible());
    QTest::mouseClick(overview->actionButton(), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::ConnectionsPage);
    QCOMPARE(highlighted(window), int(MainWindow::ConnectionsPage));
}

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
