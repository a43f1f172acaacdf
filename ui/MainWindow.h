#pragma once

#include "Result.h"
#include "config/AppConfig.h"
#include "config/Profile.h"

#include <QMainWindow>

#include <QCoro/QCoroTask>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QVBoxLayout;

namespace sv {

class AccountButton;
class ConfigFileWatcher;
class StatusBanners;
class BillingService;
class BrowserLauncher;
class SyncManager;
class SessionManager;
class SignInView;
class SignedOutActions;
class ConnectionsView;
class ContentView;
class GuidedStart;
class MainMenu;
class OverviewView;
class PlansView;
class ProfileServices;
class ThumbnailLoader;
class UsageView;

/// The main window: a sidebar to move between Overview, Connections, Content, Usage and Plans, the page
/// itself, and a status bar with the profile and the size of its library. The Overview is the home once
/// signed in (a sign-in, or a session restored at start, shows it); signed out, the last page shown opens.
/// The profile's services (ProfileServices, the composition root) open its library as soon as the event loop
/// runs; the Content page shows it once open. Window geometry and the last page are kept in QSettings.
///
/// The application configuration (AppConfig) is shown plainly: a banner when every endpoint is on
/// this machine (the local sandbox: test data, no real accounts or payments), a banner when the
/// configuration could not be loaded (the window then runs offline on the built-in defaults), and
/// a status-bar label saying which backend is used, or that none is configured.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { OverviewPage, ConnectionsPage, ContentPage, UsagePage, PlansPage };
    Q_ENUM(Page)

    /// Shows the profile of `services` (not owned; it outlives the window) and the built-in configuration
    /// (no backend) until setConfiguration() is called.
    explicit MainWindow(ProfileServices* services, QWidget* parent = nullptr);
    /// `configLoaded`, when it failed, says why the configuration files could not be used; `config` is
    /// then the built-in defaults.
    MainWindow(ProfileServices* services, const AppConfig& config,
               const Result<void, AppConfigError>& configLoaded = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);

    QListWidget* navigation() const { return m_navigation; }
    /// The Connections page shown now: the live one (cards per platform) while signed in with a sync manager,
    /// else the explanation of what signing in brings.
    ConnectionsView* connectionsView() const;
    OverviewView* overviewView() const { return m_overview; }
    ContentView* contentView() const { return m_content; }
    UsageView* usageView() const { return m_usage; }
    PlansView* plansView() const { return m_plans; }
    QLabel* profileLabel() const { return m_profileLabel; }
    QLabel* itemCountLabel() const { return m_itemCountLabel; }
    /// "Connected to the local sandbox…", hidden unless config().isSandbox().
    QLabel* sandboxBanner() const { return m_sandboxBanner; }
    /// The configuration error, hidden when the configuration loaded.
    QLabel* configErrorBanner() const { return m_configErrorBanner; }
    /// The backend in use, "Sandbox" or "Backend not configured".
    QLabel* backendLabel() const { return m_backendLabel; }

    const AppConfig& config() const { return m_config; }
    /// Replaces the configuration shown (and given to the pages of later issues).
    void setConfiguration(const AppConfig& config, const Result<void, AppConfigError>& configLoaded = {});
    /// The --config file the configuration is read from again by retryConfiguration() ("" = the usual lookup:
    /// $STREAMVIBE_CONFIG, then the XDG files).
    /// The configuration files are watched: a change (also a file an editor replaced) reads them again as
    /// "Retry" does.
    void setConfigurationFile(const QString& explicitFile);
    /// "Retry" in the configuration banner: reads the configuration again; once it loads, the banner goes
    /// and, when it names a backend the window had none of, signing in becomes possible (the profile's
    /// services build their account side) without a restart.
    void retryConfiguration();
    QPushButton* configRetryButton() const { return m_configRetry; }

    /// Connects the window to the account session (the composition calls it once, when a backend is
    /// configured): an account button at the bottom of the sidebar (sign in / who, plan, sign out), the
    /// sign-in page, and a banner for session messages (session ended, keyring locked...). `browser` null =
    /// the desktop's default handler. Neither is owned. Without a session none of this is shown.
    void setSession(SessionManager* session, BrowserLauncher* browser = nullptr);
    /// Restores the saved session without blocking: the window and the local library are usable at once,
    /// whatever the outcome. Shows the sign-in page when nobody is signed in, a banner when the keychain
    /// cannot be used.
    QCoro::Task<> restoreSession();
    /// Gives the pages that need an account their services (the composition calls it once, after
    /// setSession()): Connections gets `sync` (connect, sync, disconnect per platform), Usage and Plans get
    /// `billing`. They are live while someone is signed in and show what signing in brings otherwise (the
    /// services themselves follow the signed-in user: ProfileServices). None is owned; `browser` null = the
    /// desktop's handler.
    void setServices(SyncManager* sync, BillingService* billing, BrowserLauncher* browser = nullptr);
    SyncManager* syncManager() const { return m_sync; }
    BillingService* billingService() const { return m_billing; }
    /// Tells the user something that happened in the background (a long sync ended or failed, the quota
    /// is nearly used up): the status bar shows it and the taskbar entry asks for attention when the window
    /// is not active. Also emitted as notified().
    void notify(const QString& message, bool isError = false);

    /// Shows the sign-in page (the navigation keeps its selection; choosing a section leaves the page).
    void showSignIn();
    bool isSignInShown() const;
    SessionManager* session() const { return m_session; }
    SignInView* signInView() const { return m_signIn; }
    AccountButton* accountButton() const { return m_account; }
    /// Session messages; hidden when there is none.
    QLabel* sessionBanner() const { return m_sessionBanner; }
    /// The menu bar's entries (File, View, Account, Help) and the settings dialog.
    MainMenu* mainMenu() const { return m_menu; }
    /// The guided start after the first sign-in on the profile (null until setServices() with a sync
    /// manager and a session).
    GuidedStart* guidedStart() const { return m_guide; }
    /// The banner area above the pages: one banner per cause, the most important first.
    StatusBanners* banners() const { return m_banners; }
    /// "Retry" in the profile folder's banner: opens the library again (writable once the folder is).
    void retryLibrary();

signals:
    void currentPageChanged(sv::MainWindow::Page page);
    /// See notify().
    void notified(const QString& message, bool isError);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildSidebar();
    void restoreSettings();
    void saveSettings() const;
    void onPageChanged(int row);
    /// Selects the sidebar's entry of the page shown (none while the sign-in page is).
    void highlightShownPage();

    void updateConfigurationDisplay();
    void watchConfigurationFiles();
    /// The profile folder's banner: read-only, full or missing (ProfileServices::storageProblem()).
    void updateStorageDisplay();
    /// The offline banner follows the profile's NetworkStatus (once it exists: a backend is configured).
    void followNetwork();
    void updateNetworkDisplay(bool offline);
    /// The sidebar's account entry and Account → Sign In… follow SignedOutActions::signInUnavailable().
    void followSignInAvailability();
    /// The signed-out pages' action: Sign in, or why not (no backend, the configuration, offline).
    void updateSignedOutActions();
    void onSessionStateChanged();
    void showSessionMessage(const QString& message);
    /// Live pages while signed in, explanations otherwise.
    void applyServices();
    /// An Overview part's "Sync now": every connected account syncs (signed out: the sign-in page).
    void syncFromOverview();

    Profile m_profile;
    ProfileServices* m_services = nullptr;
    QString m_configFile;
    QWidget* m_configErrorRow = nullptr;
    QPushButton* m_configRetry = nullptr;
    AppConfig m_config;
    Result<void, AppConfigError> m_configLoaded;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_connectionsHost = nullptr;
    ConnectionsView* m_connections = nullptr;     ///< the signed-out explanation
    ConnectionsView* m_liveConnections = nullptr; ///< with the sync manager (after setServices())
    SyncManager* m_sync = nullptr;
    BillingService* m_billing = nullptr;
    BrowserLauncher* m_browser = nullptr;
    QString m_servicesUser; ///< the user the pages were last set up for (empty: signed out)
    OverviewView* m_overview = nullptr;
    ContentView* m_content = nullptr;
    ThumbnailLoader* m_thumbnails = nullptr; ///< decodes the profile's pictures (null without a backend)
    UsageView* m_usage = nullptr;
    PlansView* m_plans = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_itemCountLabel = nullptr;
    QLabel* m_sandboxBanner = nullptr;
    QLabel* m_configErrorBanner = nullptr;
    QLabel* m_backendLabel = nullptr;
    QList<QShortcut*> m_searchShortcuts;
    QVBoxLayout* m_sidebarLayout = nullptr;
    SessionManager* m_session = nullptr;
    SignInView* m_signIn = nullptr;
    AccountButton* m_account = nullptr;
    QLabel* m_sessionBanner = nullptr;
    MainMenu* m_menu = nullptr;
    GuidedStart* m_guide = nullptr;
    StatusBanners* m_banners = nullptr;
    SignedOutActions* m_signedOut = nullptr;
    ConfigFileWatcher* m_configWatcher = nullptr;
    bool m_statusError = false; ///< the status bar shows an error (cleared when the connection returns)
    bool m_built = false;       ///< the constructor has run
    bool m_pageChosen =
        false; ///< a page was chosen since (a sign-in then leaves it only from the sign-in page)
};

} // namespace sv
