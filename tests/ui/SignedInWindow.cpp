#include "SignedInWindow.h"

#include "ConnectionsView.h"
#include "ContentDetailsPane.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "GuidedStart.h"
#include "PlansView.h"
#include "PlatformCard.h"
#include "TrendChart.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "sync/SyncManager.h"

#include "AwaitTask.h"
#include "SandboxProcess.h"
#include "Translations.h"
#include "UiTestLibrary.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace sv::test {

std::optional<AppConfig> startSandboxWithUser(SandboxProcess& sandbox, const QString& email,
                                              const QString& password, QString* error)
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        *error = QStringLiteral("run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        return std::nullopt;
    }
    if (!sandbox.start()) {
        *error = sandbox.errorString();
        return std::nullopt;
    }
    auto config = AppConfig::load(sandbox.configFile());
    if (!config) {
        *error = config.error().message;
        return std::nullopt;
    }
    if (!sandbox.createUser(email, password)) {
        *error = QStringLiteral("the sandbox did not create %1").arg(email);
        return std::nullopt;
    }
    return std::move(config).value();
}

namespace {
const Profile& withGuidedStart(const Profile& profile, bool guidedStart)
{
    if (!guidedStart && profile.isValid())
        GuidedStart::writeProgress(
            QDir(profile.directory()).filePath(QLatin1String(GuidedStart::StateFileName)),
            GuidedStart::Progress::Done);
    return profile;
}
} // namespace
bool SandboxedProfile::start(const QString& applicationName, const QString& userEmail,
                             const QString& userPassword, QString* error)
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    if (!Translations::install(*qApp, english) || !directory.isValid() || !profile().isValid() ||
        !writeLibrary(profile().libraryPath(), sampleItems(QDateTime::currentDateTime()))) {
        *error = QStringLiteral("the translations or the profile could not be set up");
        return false;
    }
    sandbox = std::make_unique<SandboxProcess>();
    auto started = startSandboxWithUser(*sandbox, userEmail, userPassword, error);
    if (!started)
        return false;
    config = *started;
    email = userEmail;
    password = userPassword;
    return true;
}

SandboxedProfile::~SandboxedProfile() = default;

SignedInWindow::SignedInWindow(const AppConfig& config, const Profile& profile,
                               const QString& keychainService, bool guidedStart)
    : services(config, withGuidedStart(profile, guidedStart), keychainService)
    , window(&services, config)
{
    window.setSession(services.session(), &browser);
    window.setServices(services.syncManager(), services.billing(), &browser);
    window.resize(1280, 860);
    window.show();
}

SignedInWindow::~SignedInWindow()
{
    window.close();
    if (services.session() && services.session()->isSignedIn())
        awaitTask(services.session()->signOut());
    QCoro::waitFor(services.shutdown());
}

bool SignedInWindow::signIn(const QString& email, const QString& password, QString* error)
{
    if (!services.isAvailable() || !QTest::qWaitForWindowExposed(&window)) {
        *error = QStringLiteral("no backend configured, or the window was not shown");
        return false;
    }
    QSignalSpy usageLoaded(window.usageView(), &UsageView::loaded);
    QSignalSpy plansLoaded(window.plansView(), &PlansView::loaded);
    const auto user = awaitTask(services.session()->signInWithPassword(email, password));
    if (!user) {
        *error = user.error().message;
        return false;
    }
    if (!(usageLoaded.count() > 0 || usageLoaded.wait(20000)) ||
        !(plansLoaded.count() > 0 || plansLoaded.wait(20000))) {
        *error = QStringLiteral("the Usage or Plans page did not load");
        return false;
    }
    return true;
}

bool SignedInWindow::connectAndSync(Platform platform, QString* error)
{
    window.setCurrentPage(MainWindow::ConnectionsPage);
    ConnectionsView* connections = window.connectionsView();
    PlatformCard* card = connections ? connections->card(platform) : nullptr;
    if (!card) {
        *error = QStringLiteral("no card for the platform on the Connections page");
        return false;
    }
    QSignalSpy connected(connections, &ConnectionsView::connectFinished);
    QTest::mouseClick(card->connectButton(), Qt::LeftButton);
    if (!connected.wait(30000) || !connected.last().at(1).toBool()) {
        *error = QStringLiteral("connecting failed");
        return false;
    }
    QSignalSpy finished(services.syncManager(), &SyncManager::syncFinished);
    QTest::mouseClick(card->syncButton(), Qt::LeftButton);
    if (!finished.wait(60000) ||
        finished.last().at(0).value<SyncOutcome>().status != SyncOutcome::Status::Succeeded) {
        *error = QStringLiteral("the sync did not succeed");
        return false;
    }
    return true;
}

bool SignedInWindow::showEveryPageFilled(const QString& query, QString* error)
{
    if (!connectAndSync(Platform::YouTube, error))
        return false;
    ContentView* content = window.contentView();
    window.setCurrentPage(MainWindow::ContentPage);
    content->searchNow(query);
    if (!QTest::qWaitFor([content] { return content->model()->rowCount() > 0; }, 20000)) {
        *error = QStringLiteral("no result for the search");
        return false;
    }
    if (!showFirstResult()) {
        *error = QStringLiteral("the details pane did not show the result");
        return false;
    }
    return true;
}

bool SignedInWindow::showFirstResult()
{
    ContentView* content = window.contentView();
    ContentDetailsPane* details = content->detailsPane();
    if (!details->hasItem()) // (the refresh at a sync's end reloads the results and clears it)
        content->resultList()->setCurrentIndex(content->model()->index(0, 0));
    if (!QTest::qWaitFor([details] { return details->hasItem() && details->openButton()->isVisible(); }))
        return false;
    // Its history chart loads off the UI thread (an item without history shows a note instead).
    if (!QTest::qWaitFor([details] { return details->historyChart()->isVisible(); }, 5000))
        qInfo("the details pane shows no history chart");
    return true;
}

bool SignedInWindow::showPage(MainWindow::Page page)
{
    window.setCurrentPage(page);
    if (!QTest::qWaitFor([this, page] { return window.currentPage() == page; }))
        return false;
    if (page == MainWindow::ContentPage && !showFirstResult())
        return false;
    QTest::qWait(0); // let the page lay itself out once
    return true;
}

QString SignedInWindow::pageName(MainWindow::Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(page))
        .remove(QLatin1String("Page"))
        .toLower();
}

} // namespace sv::test
