#pragma once

#include "HttpBrowserLauncher.h"
#include "MainWindow.h"
#include "Platform.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace sv::test {

class SandboxProcess;

/// Starts `sandbox` (tests run in a private keyring session: streamvibe_add_test KEYRING), reads the
/// configuration it wrote and creates the user `email`. Empty, with `error` set, when a step fails.
std::optional<AppConfig> startSandboxWithUser(SandboxProcess& sandbox, const QString& email,
                                              const QString& password, QString* error);

/// What the tests of the signed-in window share in their initTestCase(): the application's name
/// (`applicationName`: its own QSettings, cleared), English, a fresh profile whose library holds the sample
/// items (test::sampleItems()), and the sandbox started with a user (`email`, `password`).
struct SandboxedProfile
{
    ~SandboxedProfile();
    bool start(const QString& applicationName, const QString& email, const QString& password, QString* error);
    Profile profile() const { return Profile::resolve(directory.path()); }

    QTemporaryDir directory;
    std::unique_ptr<SandboxProcess> sandbox;
    AppConfig config;
    QString email;
    QString password;
};

/// The main window as app/gui composes it (ProfileServices, the session, sync and billing, a browser that
/// follows links over HTTP) for a profile and a configuration with a backend (the sandbox's), shown at
/// 1280x860. The destructor closes it, signs out and shuts the services down. The guided start that the
/// first sign-in on a profile opens is marked done beforehand unless `guidedStart`.
class SignedInWindow
{
public:
    SignedInWindow(const AppConfig& config, const Profile& profile, const QString& keychainService,
                   bool guidedStart = false);
    ~SignedInWindow();

    /// Signs in; true once the Usage and Plans pages have loaded their live content (`error` says why not).
    bool signIn(const QString& email, const QString& password, QString* error);
    /// Connects `platform` from its card on the Connections page and syncs it to the end, as a creator would
    /// (the cards then show their connected controls); false with `error` set when a step fails.
    bool connectAndSync(Platform platform, QString* error);
    /// Every page with what a creator works with: YouTube connected and synced (connectAndSync()), and on the
    /// Content page the first result of `query` selected (its details shown).
    bool showEveryPageFilled(const QString& query, QString* error);
    /// On the Content page shown: the first result selected again if the details pane lost it; true once the
    /// pane shows it.
    bool showFirstResult();
    /// Shows `page` laid out (on the Content page, with the first result's details: showFirstResult()).
    bool showPage(MainWindow::Page page);
    /// "overview", "connections"… for file names.
    static QString pageName(MainWindow::Page page);

    ProfileServices services;
    HttpBrowserLauncher browser;
    MainWindow window;
};

} // namespace sv::test
