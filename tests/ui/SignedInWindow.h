#pragma once

#include "HttpBrowserLauncher.h"
#include "MainWindow.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

namespace sv::test {

/// The main window as app/gui composes it (ProfileServices, the session, sync and billing, a browser that
/// follows links over HTTP) for a profile and a configuration with a backend (the sandbox's), shown at
/// 1280x860. The destructor closes it, signs out and shuts the services down.
class SignedInWindow
{
public:
    SignedInWindow(const AppConfig& config, const Profile& profile, const QString& keychainService);
    ~SignedInWindow();

    /// Signs in; true once the Usage and Plans pages have loaded their live content (`error` says why not).
    bool signIn(const QString& email, const QString& password, QString* error);

    ProfileServices services;
    HttpBrowserLauncher browser;
    MainWindow window;
};

} // namespace sv::test
