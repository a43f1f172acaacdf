#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountButton.h"
#include "ConfigFileWatcher.h"
#include "ConnectionsView.h"
#include "ContentView.h"
#include "EmptyStateWidget.h"
#include "Format.h"
#include "GuidedStart.h"
#include "Icons.h"
#include "MainMenu.h"
#include "OverviewView.h"
#include "PlansView.h"
#include "SignInView.h"
#include "SignedOutActions.h"
#include "StatusBanners.h"
#include "ThumbnailLoader.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "backend/NetworkStatus.h"
#include "billing/BillingService.h"
#include "services/ProfileServices.h"
#include "sync/SyncManager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMetaEnum>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sv {

namespace {
const char* const GeometryKey = "mainWindow/geometry";
const char* const StateKey = "mainWindow/state";
// The page by name: the sidebar's order changes over versions.
const char* const PageKey = "mainWindow/section";
} // namespace

MainWindow::MainWindow(ProfileServices* services, QWidget* parent)
    : MainWindow(services, AppConfig(), {}, parent)
{
}

MainWindow::MainWindow(ProfileServices* services, const AppConfig& config,
                       const Result<void, AppConfigError>& configLoaded, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(services->profile())
    , m_services(services)
    , m_config(config)
    , m_configLoaded(configLoaded)
{
    Icons::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StreamVibe"));
    setWindowIcon(Icons::application());

    m_connectionsHost = new QStackedWidget(this);
    m_connections = new ConnectionsView(m_connectionsHost);
    m_connectionsHost->addWidget(m_connections);
    m_overview = new OverviewView(services->library(), this);
    m_content = new ContentView(services->library(), this);
    if (services->thumbnails()) {
        m_thumbnails = new ThumbnailLoader(services->thumbnails(), this);
        m_content->setThumbnails(m_thumbnails);
    }
    m_usage = new UsageView(this);
    m_plans = new PlansView(this);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(OverviewPage, m_overview);
    m_pages->insertWidget(ConnectionsPage, m_connectionsHost);
    m_pages->insertWidget(ContentPage, m_content);
    m_pages->insertWidget(UsagePage, m_usage);
    m_pages->insertWidget(PlansPage, m_plans);
    // Signed out, the pages that need an account offer what helps now: Sign in, or why not and what fixes it.
    m_signedOut = new SignedOutActions(
        {m_connections->emptyState(), m_usage->emptyState(), m_plans->emptyState()}, this);
    connect(m_signedOut, &SignedOutActions::signInRequested, this, &MainWindow::showSignIn);
    connect(m_signedOut, &SignedOutActions::retryConfigurationRequested, this,
            &MainWindow::retryConfiguration);
    connect(m_signedOut, &SignedOutActions::tryNowRequested, this, [this] {
        if (NetworkStatus* network = m_services->network())
            network->probe();
    });
    connect(m_signedOut, &SignedOutActions::documentationRequested, this,
            [this] { m_menu->documentationAction()->trigger(); });
    // The window's other ways to sign in follow the same decision (offline: off, saying why).
    connect(m_signedOut, &SignedOutActions::changed, this, &MainWindow::followSignInAvailability);

    // Banners above everything, one per cause, the most important first (StatusBanners): a profile folder
    // that takes no write, a broken configuration (with "Retry": fixing the file needs no restart), the
    // session's messages, and the sandbox, which must never be mistaken for the real service.
    m_banners = new StatusBanners(this);
    using Cause = StatusBanners::Cause;
    m_sandboxBanner = m_banners->label(Cause::Sandbox);
    m_configErrorBanner = m_banners->label(Cause::Configuration);
    m_configErrorRow = m_banners->row(Cause::Configuration);
    m_banners->setAction(Cause::Configuration, tr("Retry"), tr("Read the configuration file again"),
                         [this] { retryConfiguration(); });
    m_configRetry = m_banners->actionButton(Cause::Configuration);
    m_configRetry->setObjectName(QStringLiteral("configRetryButton"));
    m_sessionBanner = m_banners->label(Cause::Session);
    m_banners->setAction(Cause::ProfileStorage, tr("Retry"), tr("Open the profile's library again"),
                         [this] { retryLibrary(); });
    m_banners->actionButton(Cause::ProfileStorage)->setObjectName(QStringLiteral("profileRetryButton"));
    // The configuration files are watched: a corrected (or newly broken) file is read again at once.
    m_configWatcher = new ConfigFileWatcher(this);
    connect(m_configWatcher, &ConfigFileWatcher::changed, this, &MainWindow::retryConfiguration);
    watchConfigurationFiles();
    connect(services, &ProfileServices::libraryOpenFinished, this, &MainWindow::updateStorageDisplay);
    connect(services, &ProfileServices::storageProblemChanged, this, &MainWindow::updateStorageDisplay);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banners);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar());
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    // Status bar: which profile, and how much is in its library.
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    if (m_profile.isValid()) {
        m_profileLabel->setText(tr("Profile: %1").arg(m_profile.name()));
        m_profileLabel->setToolTip(QDir::toNativeSeparators(m_profile.directory()));
    } else {
        m_profileLabel->setText(tr("No profile"));
    }
    m_itemCountLabel = new QLabel(this);
    m_itemCountLabel->setObjectName(QStringLiteral("itemCountLabel"));
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    statusBar()->addWidget(m_profileLabel, 1);
    statusBar()->addPermanentWidget(m_backendLabel);
    statusBar()->addPermanentWidget(m_itemCountLabel);
    updateConfigurationDisplay();
    statusBar()->setSizeGripEnabled(false);
    connect(m_content, &ContentView::libraryItemCountChanged, this,
            [this](qint64 items) { m_itemCountLabel->setText(Format::libraryItems(items, locale())); });
    connect(m_content, &ContentView::libraryFailed, this,
            [this] { m_itemCountLabel->setText(tr("Library unavailable")); });

    // The Overview: a top mover, a day, a posting time or an account's trend opens on the Content page;
    // the empty parts' actions lead to what fills them.
    connect(m_overview, &OverviewView::itemChosen, this,
            [this](const ContentItem& item, const ContentFilterBar::Choice& choice) {
                setCurrentPage(ContentPage);
                m_content->revealItem(item, choice);
            });
    connect(m_overview, &OverviewView::itemsChosen, this, [this](const ContentFilterBar::Choice& choice) {
        setCurrentPage(ContentPage);
        m_content->showChoice(choice);
    });
    connect(m_overview, &OverviewView::connectAccountsRequested, this,
            [this] { setCurrentPage(ConnectionsPage); });
    connect(m_overview, &OverviewView::syncRequested, this, &MainWindow::syncFromOverview);
    connect(m_content, &ContentView::libraryOpened, m_overview, &OverviewView::reload);

    // Keyboard: the menu bar's entries (MainMenu: Ctrl+1..5 switch pages, Quit...); Ctrl+F / Ctrl+K reach
    // the search from any page (the content view handles them itself while it is shown).
    m_menu = new MainMenu(this, services);
    followSignInAvailability();
    connect(m_menu, &MainMenu::aboutRequested, this, [this] { AboutDialog::showFor(this); });
    for (const QKeySequence& keys : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setWhatsThis(tr("Search the library"));
        connect(shortcut, &QShortcut::activated, this, [this] {
            setCurrentPage(ContentPage);
            m_content->focusSearch();
        });
        m_searchShortcuts << shortcut;
    }
    // The empty library's actions: what fills it.
    connect(m_content, &ContentView::connectAccountsRequested, this,
            [this] { setCurrentPage(ConnectionsPage); });
    connect(m_content, &ContentView::importRequested, m_menu->importAction(), &QAction::trigger);
    connect(m_content, &ContentView::retryRequested, this, &MainWindow::retryLibrary);
    // The sidebar highlights the page shown, however it was reached (none for the sign-in page).
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::highlightShownPage);
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, &MainWindow::highlightShownPage);

    resize(1180, 760);
    setCurrentPage(ContentPage);
    restoreSettings();
    m_built = true;

    // Open once the event loop runs, so that whoever built the window has connected to the
    // content view's signals before the library can answer.
    QMetaObject::invokeMethod(
        this,
        [this, services] {
            if (m_profile.isValid())
                m_content->showLibrary(services->libraryReady(), m_profile.libraryPath());
            else
                m_content->showError(tr("The profile could not be opened"), m_profile.error());
            updateStorageDisplay();
        },
        Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

void MainWindow::setConfiguration(const AppConfig& config, const Result<void, AppConfigError>& configLoaded)
{
    m_config = config;
    m_configLoaded = configLoaded;
    updateConfigurationDisplay();
}

void MainWindow::updateConfigurationDisplay()
{
    QUrl backend = m_config.backend.url;
    backend.setUserInfo(QString()); // never shown, should a file carry one
    // "127.0.0.1:54321", "[::1]:54321" (the port only when the URL has one).
    const QString endpoint = backend.authority();
    m_banners->setText(
        StatusBanners::Cause::Sandbox,
        m_config.isSandbox()
            ? tr("Connected to the local stack (%1) — test data, no real accounts or payments").arg(endpoint)
            : QString());

    if (!m_configLoaded) {
        const AppConfigError& error = m_configLoaded.error();
        const QString file = QDir::toNativeSeparators(error.file);
        QString text;
        if (error.line > 0)
            text = tr("The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. "
                      "Correct the file, then choose Retry.")
                       .arg(file)
                       .arg(error.line)
                       .arg(error.message);
        else
            text = tr("The configuration could not be loaded, so StreamVibe works offline: %1. Correct the "
                      "file, then choose Retry.")
                       .arg(error.message);
        m_banners->setText(StatusBanners::Cause::Configuration, text);
    } else {
        m_banners->clear(StatusBanners::Cause::Configuration);
    }

    if (!m_config.isBackendConfigured()) {
        m_backendLabel->setText(tr("Backend not configured"));
        m_backendLabel->setToolTip(
            tr("Sign-in, plans and sync are unavailable; the local library works offline."));
    } else if (m_config.isSandbox()) {
        m_backendLabel->setText(tr("Sandbox (%1)").arg(endpoint));
        m_backendLabel->setToolTip(backend.toDisplayString());
    } else {
        m_backendLabel->setText(tr("Backend: %1").arg(backend.host()));
        m_backendLabel->setToolTip(backend.toDisplayString());
    }
    updateSignedOutActions();
}

void MainWindow::updateSignedOutActions()
{
    using Reason = SignedOutActions::Reason;
    m_signedOut->setConfigurationFile(AppConfig::layers(m_configFile).constLast().path);
    const NetworkStatus* network = m_services ? m_services->network() : nullptr;
    if (!m_session && !m_configLoaded)
        m_signedOut->setReason(Reason::ConfigurationError);
    else if (!m_session)
        m_signedOut->setReason(m_config.isBackendConfigured() ? Reason::ProfileUnavailable
                                                              : Reason::NoBackend);
    else
        m_signedOut->setReason(network && network->isOffline() ? Reason::Offline : Reason::None);
}

void MainWindow::followSignInAvailability()
{
    const QString unavailable = m_signedOut->signInUnavailable();
    if (m_account)
        m_account->setSignInUnavailable(unavailable);
    if (m_menu)
        m_menu->setSignInUnavailable(unavailable);
}

void MainWindow::setConfigurationFile(const QString& explicitFile)
{
    m_configFile = explicitFile;
    watchConfigurationFiles();
    updateSignedOutActions();
}

void MainWindow::watchConfigurationFiles()
{
    QStringList files;
    for (const ConfigLayer& layer : AppConfig::layers(m_configFile))
        files << layer.path;
    if (!m_configLoaded && !m_configLoaded.error().file.isEmpty())
        files << m_configLoaded.error().file;
    m_configWatcher->watch(files);
}

void MainWindow::updateStorageDisplay()
{
    using Kind = ProfileServices::StorageProblem::Kind;
    const ProfileServices::StorageProblem problem = m_services->storageProblem();
    const QString folder = QDir::toNativeSeparators(problem.directory);
    QString detail = problem.detail; // set in a sentence of its own
    while (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    QString text;
    switch (problem.kind) {
    case Kind::None:
        break;
    case Kind::ReadOnly:
        text =
            tr("Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot "
               "save anything, so syncs, imports and edits are refused. Make the folder writable, then "
               "choose "
               "Retry.")
                .arg(folder);
        break;
    case Kind::DiskFull:
        text =
            tr("The disk of your profile folder %1 is full: StreamVibe can show and search your library but "
               "cannot save anything, so syncs, imports and edits are refused. Free some space, then choose "
               "Retry.")
                .arg(folder);
        break;
    case Kind::Missing:
        text =
            problem.directory.isEmpty()
                ? tr("Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder "
                     "(or choose another one with --profile), then start StreamVibe again.")
                      .arg(detail)
                : tr("Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or "
                     "make the folder readable), then choose Retry.")
                      .arg(folder, detail);
        break;
    case Kind::NoAccess:
        text = tr("Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your "
                  "library but cannot save anything, so syncs, imports and edits are refused. Give yourself "
                  "access to the folder again, then choose Retry.")
                   .arg(folder, detail);
        break;
    }
    m_banners->setText(StatusBanners::Cause::ProfileStorage, text);
    m_banners->actionButton(StatusBanners::Cause::ProfileStorage)->setVisible(m_profile.isValid());
    // An import could only fail: it is off, with the reason, until the library takes writes.
    const bool readOnly = problem.kind != Kind::None;
    m_menu->importAction()->setEnabled(!readOnly);
    m_menu->importAction()->setToolTip(readOnly ? text : QString());
}

void MainWindow::retryLibrary()
{
    if (!m_profile.isValid())
        return;
    m_services->retryLibrary();
    // Whatever came of it (the open may even have ended already): the Content page shows it.
    m_content->showLibrary(m_services->libraryReady(), m_profile.libraryPath());
}

void MainWindow::retryConfiguration()
{
    auto loaded = AppConfig::load(m_configFile);
    if (!loaded) {
        setConfiguration(m_config, loaded.error()); // the banner says what is still wrong
        return;
    }
    const AppConfig config = std::move(loaded).value();
    setConfiguration(config);
    if (m_session || !m_services || !m_services->enableBackend(config))
        return;
    if (!m_thumbnails && m_services->thumbnails()) {
        m_thumbnails = new ThumbnailLoader(m_services->thumbnails(), this);
        m_content->setThumbnails(m_thumbnails);
    }
    setSession(m_services->session(), m_browser);
    setServices(m_services->syncManager(), m_services->billing(), m_browser);
    restoreSession(); // nobody signed in yet: the sign-in page
}

QWidget* MainWindow::buildSidebar()
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground, true);
    sidebar->setFixedWidth(216);

    auto* logo = new QLabel(sidebar);
    logo->setPixmap(Icons::application().pixmap(QSize(28, 28), devicePixelRatioF()));
    auto* title = new QLabel(tr("StreamVibe"), sidebar);
    title->setObjectName(QStringLiteral("sidebarTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(8, 0, 0, 0);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(title, 1);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.05);
    m_navigation->setFont(navFont);
    const struct
    {
        QString icon;
        QString label;
        QString shortcut;
    } entries[] = {
        {QStringLiteral("nav-overview"), tr("Overview"), QStringLiteral("Ctrl+1")},
        {QStringLiteral("nav-connections"), tr("Connections"), QStringLiteral("Ctrl+2")},
        {QStringLiteral("nav-content"), tr("Content"), QStringLiteral("Ctrl+3")},
        {QStringLiteral("nav-usage"), tr("Usage"), QStringLiteral("Ctrl+4")},
        {QStringLiteral("nav-plans"), tr("Plans"), QStringLiteral("Ctrl+5")},
    };
    for (const auto& entry : entries) {
        auto* item = new QListWidgetItem(Icons::named(entry.icon), entry.label, m_navigation);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            entry.label, QKeySequence(entry.shortcut).toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    // Choosing the selected section again leaves the sign-in page.
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { onPageChanged(m_navigation->row(item)); });

    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(12, 18, 12, 12);
    layout->setSpacing(18);
    layout->addLayout(brand);
    layout->addWidget(m_navigation, 1);
    m_sidebarLayout = layout;
    return sidebar;
}

MainWindow::Page MainWindow::currentPage() const
{
    // The sign-in page is not a section: the selected section stays the current page.
    return static_cast<Page>(qMax(0, m_navigation->currentRow()));
}

void MainWindow::setCurrentPage(Page page)
{
    if (m_navigation->currentRow() == int(page))
        onPageChanged(int(page)); // e.g. back from the sign-in page
    else
        m_navigation->setCurrentRow(int(page));
}

void MainWindow::setSession(SessionManager* session, BrowserLauncher* browser)
{
    if (m_session || !session)
        return;
    m_session = session;
    m_signIn = new SignInView(session, browser, this);
    m_pages->addWidget(m_signIn);
    m_account = new AccountButton(session, this);
    m_sidebarLayout->addWidget(m_account);
    m_menu->setSession(session);

    connect(m_signIn, &SignInView::continueOfflineRequested, this, [this] { setCurrentPage(ContentPage); });
    updateSignedOutActions(); // the pages that need an account: the button that signs in
    followSignInAvailability();
    connect(m_account, &AccountButton::signInRequested, this, &MainWindow::showSignIn);
    connect(m_account, &AccountButton::signOutFailed, this, &MainWindow::showSessionMessage);
    connect(session, &SessionManager::stateChanged, this, &MainWindow::onSessionStateChanged);
    connect(session, &SessionManager::signedOut, this, [this](const QString& reason) {
        showSessionMessage(reason);
        showSignIn();
    });
}

QCoro::Task<> MainWindow::restoreSession()
{
    if (!m_session)
        co_return;
    QPointer<MainWindow> self(this);
    QPointer<SessionManager> session = m_session;
    const auto restored = co_await session->restore();
    if (!self || restored.hasValue())
        co_return;
    switch (restored.error().kind) {
    case AuthError::Kind::NotSignedIn:
        showSignIn();
        break;
    case AuthError::Kind::NotConfigured:
    case AuthError::Kind::Cancelled:
        break;
    default:
        // E.g. a locked keyring: the library works, the message says what to do.
        showSessionMessage(restored.error().message);
        break;
    }
}

void MainWindow::showSignIn()
{
    if (!m_signIn)
        return;
    m_pages->setCurrentWidget(m_signIn);
}

bool MainWindow::isSignInShown() const
{
    return m_signIn && m_pages->currentWidget() == m_signIn;
}

ConnectionsView* MainWindow::connectionsView() const
{
    return qobject_cast<ConnectionsView*>(m_connectionsHost->currentWidget());
}

void MainWindow::setServices(SyncManager* sync, BillingService* billing, BrowserLauncher* browser)
{
    if (m_sync || m_billing)
        return;
    m_sync = sync;
    m_billing = billing;
    m_browser = browser;
    followNetwork();
    if (m_sync) {
        m_liveConnections = new ConnectionsView(m_sync, m_browser, m_connectionsHost);
        m_liveConnections->setThumbnails(m_thumbnails);
        m_connectionsHost->addWidget(m_liveConnections);
        connect(m_liveConnections, &ConnectionsView::notification, this, &MainWindow::notify);
        connect(m_sync, &SyncManager::syncFinished, m_overview, &OverviewView::reload);
        // After the first sign-in on the profile: connect the platforms, then the Overview.
        if (m_session && m_profile.isValid()) {
            m_guide = new GuidedStart(
                m_liveConnections, m_session,
                QDir(m_profile.directory()).filePath(QLatin1String(GuidedStart::StateFileName)), this);
            connect(m_guide, &GuidedStart::overviewRequested, this, [this] { setCurrentPage(OverviewPage); });
        }
    }
    connect(m_usage, &UsageView::changePlanRequested, this, [this] { setCurrentPage(PlansPage); });
    connect(m_usage, &UsageView::quotaWarning, this,
            [this](int level, const QString& message) { notify(message, level >= 100); });
    connect(m_usage, &UsageView::shown, this, [this] { // cached figures too: the account never waits
        const std::optional<UsageOverview> overview = m_usage->overview();
        if (!m_account || !overview)
            return;
        m_account->setPlanName(overview->plan ? overview->plan->name : overview->subscription.value.plan);
    });
    applyServices();
}

void MainWindow::applyServices()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    const QString userId = signedIn ? m_session->user().id : QString();
    if (userId == m_servicesUser)
        return; // e.g. a token refresh: the pages are already right
    m_servicesUser = userId;
    // The services already follow the user (ProfileServices: billing's user, the accounts reloaded, the
    // syncs stopped on sign-out); the pages follow here.
    if (m_billing) {
        m_usage->setBillingService(signedIn ? m_billing : nullptr);
        m_plans->setBillingService(signedIn ? m_billing : nullptr, m_browser);
    }
    if (m_liveConnections)
        m_connectionsHost->setCurrentWidget(signedIn ? m_liveConnections : m_connections);
    // The home once signed in: after a sign-in, or a session restored before the user chose a page.
    if (signedIn && (isSignInShown() || !m_pageChosen))
        setCurrentPage(OverviewPage);
}

void MainWindow::syncFromOverview()
{
    if (!m_sync || !m_session || !m_session->isSignedIn()) {
        if (m_signIn)
            showSignIn();
        else
            setCurrentPage(ConnectionsPage);
        return;
    }
    setCurrentPage(ConnectionsPage); // where the progress shows
    if (const QString refusal = m_sync->syncRefusal(); !refusal.isEmpty())
        notify(refusal);
    else if (m_sync->syncAll() == 0)
        notify(tr("No account to sync: connect one first."));
}

void MainWindow::followNetwork()
{
    NetworkStatus* network = m_services ? m_services->network() : nullptr;
    if (!network || m_banners->actionButton(StatusBanners::Cause::Offline))
        return;
    m_banners->setAction(StatusBanners::Cause::Offline, tr("Try now"), tr("Try to reach the servers now"),
                         [network] { network->probe(); });
    m_banners->actionButton(StatusBanners::Cause::Offline)->setObjectName(QStringLiteral("offlineTryButton"));
    connect(network, &NetworkStatus::offlineChanged, this, &MainWindow::updateNetworkDisplay);
    updateNetworkDisplay(network->isOffline());
}

void MainWindow::updateNetworkDisplay(bool offline)
{
    updateSignedOutActions();
    if (!offline) {
        m_banners->clear(StatusBanners::Cause::Offline);
        // The errors the missing connection caused are over with it.
        if (m_statusError) {
            statusBar()->clearMessage();
            m_statusError = false;
        }
        return;
    }
    QUrl backend = m_config.backend.url;
    backend.setUserInfo(QString());
    m_banners->setText(
        StatusBanners::Cause::Offline,
        m_config.isSandbox()
            ? tr("The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays "
                 "searchable and syncs wait. This goes away by itself once the connection is back.")
                  .arg(backend.authority())
            : tr("StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library "
                 "stays searchable and syncs wait. This goes away by itself once the connection is back."));
}

void MainWindow::notify(const QString& message, bool isError)
{
    if (message.isEmpty())
        return;
    // Offline, the banner says what is wrong once: errors do not pile up in the status bar.
    const bool offline = m_services && m_services->network() && m_services->network()->isOffline();
    if (!(isError && offline)) {
        statusBar()->showMessage(message, isError ? 0 : 15000);
        m_statusError = isError;
    }
    if (!isActiveWindow())
        QApplication::alert(this);
    emit notified(message, isError);
}

void MainWindow::onSessionStateChanged()
{
    applyServices();
    if (!m_session || !m_session->isSignedIn())
        return;
    showSessionMessage(QString());
    if (isSignInShown())
        setCurrentPage(currentPage());
}

void MainWindow::showSessionMessage(const QString& message)
{
    m_banners->setText(StatusBanners::Cause::Session, message);
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0)
        return;
    m_pageChosen = m_built;
    m_pages->setCurrentIndex(row);
    // A page shown again shows current figures: from the cache within their lifetime, else asked again
    // (offline: the last ones, marked with their age). Nothing waits: the views load in coroutines.
    if (row == OverviewPage)
        m_overview->reload();
    else if (row == UsagePage && m_usage->billingService())
        m_usage->reload(false);
    else if (row == PlansPage && m_plans->billingService())
        m_plans->reload(false);
    const bool onContent = row == ContentPage;
    for (QShortcut* shortcut : std::as_const(m_searchShortcuts))
        shortcut->setEnabled(!onContent);
    emit currentPageChanged(static_cast<Page>(row));
}

void MainWindow::highlightShownPage()
{
    const int shown = m_pages->currentIndex();
    const bool section = shown >= OverviewPage && shown <= PlansPage;
    const QList<QListWidgetItem*> selected = m_navigation->selectedItems();
    if (!section) {
        if (!selected.isEmpty())
            m_navigation->clearSelection(); // the sign-in page is not a section
        return;
    }
    // A click or a key selects the new entry before the page follows: only an emptied selection (a
    // Ctrl+click) is put back here; the page's change selects its entry.
    if (sender() == m_navigation && !selected.isEmpty())
        return;
    if (selected.size() != 1 || m_navigation->row(selected.first()) != shown)
        m_navigation->selectionModel()->select(m_navigation->model()->index(shown, 0),
                                               QItemSelectionModel::ClearAndSelect);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    bool ok = false;
    const int page = QMetaEnum::fromType<Page>().keyToValue(
        settings.value(QLatin1String(PageKey)).toString().toLatin1().constData(), &ok);
    if (ok)
        setCurrentPage(static_cast<Page>(page));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    settings.setValue(QLatin1String(PageKey),
                      QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(currentPage())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace sv
