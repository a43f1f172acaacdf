#pragma once

#include "SandboxProcess.h"

#include "Clock.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include <QTemporaryDir>

#include <memory>

namespace sv::test {

/// What the billing tests (core and UI) share: a sandbox and the services of a profile in a temporary
/// directory as the app composes them (ProfileServices, with a ManualClock): a signed-in BackendClient whose
/// requests are counted, the LayeredCache over the library's cache_store, and BillingService on top. Real
/// HTTP on 127.0.0.1 throughout; the keychain is never touched (nobody signs in through the session).
class BillingTestEnv
{
public:
    explicit BillingTestEnv(SandboxProcess::Options options = {});
    ~BillingTestEnv();

    /// Starts the sandbox and builds the stack; false with errorString() on failure.
    bool start();
    /// Signs in through BackendClient::signInWithPassword and points the service at the user.
    bool signIn(const QString& email = SandboxProcess::demoEmail(),
                const QString& password = SandboxProcess::demoPassword());
    /// Creates a new (Free plan) user in the sandbox and signs in as them.
    bool signInNewUser(const QString& email);
    QString errorString() const { return m_error; }

    /// Stops the sandbox process (the backend becomes unreachable: connection refused).
    void stopSandbox();
    /// The profile's services built again on the same profile (as after a restart: the library file's
    /// cache_store keeps its rows, the memory layer is empty); the sandbox, the token and the user stay.
    void reopenCache();

    SandboxProcess& sandbox() { return *m_sandbox; }
    ProfileServices& services() { return *m_services; }
    HttpClient& http() { return *m_services->http(); }
    BackendClient& backend() { return *m_services->backend(); }
    LayeredCache& cache() { return *m_services->cache(); }
    BillingService& billing() { return *m_services->billing(); }
    ManualClock& clock() { return m_clock; }
    QString userId() const { return m_userId; }
    QString accessToken() const { return m_token; }
    /// Backend requests made with the user's token since the last resetRequests() (the token provider
    /// is asked once per request).
    int requests() const { return m_requests; }
    void resetRequests() { m_requests = 0; }

private:
    /// Builds the profile's services and opens its library; false with m_error on failure.
    bool buildServices();

    SandboxProcess::Options m_options;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    AppConfig m_config;
    Profile m_profile;
    std::unique_ptr<ProfileServices> m_services;
    QString m_token;
    QString m_userId;
    int m_requests = 0;
    QString m_error;
};

} // namespace sv::test
