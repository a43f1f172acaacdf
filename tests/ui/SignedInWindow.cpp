#include "SignedInWindow.h"

#include "GuidedStart.h"
#include "PlansView.h"
#include "UsageView.h"
#include "auth/SessionManager.h"

#include "AwaitTask.h"
#include "SandboxProcess.h"

#include <QDir>
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

} // namespace sv::test
