#pragma once

#include "HttpBrowserLauncher.h"
#include "MainWindow.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include <optional>

namespace sv::test {

class SandboxProcess;

/// Starts `sandbox` (tests run in a private keyring session: streamvibe_add_test KEYRING), reads the
/// configuration it wrote and creates the user `email`. Empty, with `error` set, when a step fails.
std::optional<AppConfig> startSandboxWithUser(SandboxProcess& sandbox, const QString& email,
                                              const QString& password, QString* error);

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

    ProfileServices services;
    HttpBrowserLauncher browser;
    MainWindow window;
};

} // namespace sv::test
