#pragma once

#include "SandboxProcess.h"

#include "Clock.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"

#include <QTemporaryDir>

#include <memory>

namespace sv::test {

/// What the billing tests (core and UI) share: a sandbox, a signed-in BackendClient whose requests are
/// counted, a LayeredCache over an SQLite file in a temporary directory with a ManualClock, and a
/// BillingService on top. Real HTTP on 127.0.0.1 throughout.
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
    /// A fresh LayeredCache over the same SQLite file (as after a restart: the memory layer is empty).
    void reopenCache();

    SandboxProcess& sandbox() { return *m_sandbox; }
    HttpClient& http() { return *m_http; }
    BackendClient& backend() { return *m_backend; }
    LayeredCache& cache() { return *m_cache; }
    BillingService& billing() { return *m_billing; }
    ManualClock& clock() { return m_clock; }
    QString userId() const { return m_userId; }
    QString accessToken() const { return m_token; }
    /// Backend requests made with the user's token since the last resetRequests() (the token provider
    /// is asked once per request).
    int requests() const { return m_requests; }
    void resetRequests() { m_requests = 0; }

private:
    SandboxProcess::Options m_options;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BackendClient> m_backend;
    std::unique_ptr<LayeredCache> m_cache;
    std::unique_ptr<BillingService> m_billing;
    QString m_token;
    QString m_userId;
    int m_requests = 0;
    QString m_error;
};

} // namespace sv::test
