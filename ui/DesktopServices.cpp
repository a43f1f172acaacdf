#include "DesktopServices.h"

#include "AwaitSignal.h"
#include "Clock.h"
#include "auth/SessionManager.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "library/LibraryService.h"
#include "platforms/PlatformConnector.h"
#include "secrets/SecretStore.h"
#include "sync/AccountStore.h"
#include "sync/SyncManager.h"
#include "sync/UsageReporter.h"

#include <QTimer>

namespace sv {

DesktopServices::DesktopServices(LibraryService* library, const AppConfig& config, const Profile& profile,
                                 const QString& keychainService, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
    if (!config.isBackendConfigured() || !profile.isValid())
        return;
    m_http = std::make_unique<HttpClient>();
    m_backend = std::make_unique<BackendClient>(m_http.get(),
                                                BackendConfig{config.backend.url, config.backend.anonKey});
    m_secrets = std::make_unique<SecretStore>(keychainService);
    // Memory only until the library file is open (attachPersistentCache()).
    m_cache = std::make_unique<LayeredCache>(nullptr, Clock::system());
    m_session = std::make_unique<SessionManager>(m_backend.get(), m_secrets.get(), profile.secretScope());
    m_session->setCache(m_cache.get());
    m_billing = std::make_unique<BillingService>(m_backend.get(), m_cache.get());
    m_accounts = std::make_unique<AccountStore>(library, m_secrets.get(), profile.secretScope());
    m_reporter = std::make_unique<UsageReporter>(m_accounts.get(), m_backend.get());
    HttpClient* http = m_http.get();
    BackendClient* backend = m_backend.get();
    const AppConfig copy = config;
    m_sync =
        std::make_unique<SyncManager>(m_accounts.get(), m_reporter.get(), [copy, http, backend](Platform p) {
            return makeConnector(p, copy, http, backend);
        });
    // Usage reported by a sync changes the quota figures: the next read asks the backend.
    m_sync->setBilling(m_billing.get());
    // The [sync] timeouts: a platform that does not answer stops its job within them.
    m_sync->setOptions(SyncOptions::fromConfig(config));
}

DesktopServices::~DesktopServices()
{
    // Users of a service go before it: jobs and reports, then billing and the session, then the cache.
    m_sync.reset();
    m_reporter.reset();
    m_accounts.reset();
    m_billing.reset();
    m_session.reset();
    m_cache.reset();
    m_secrets.reset();
    m_backend.reset();
    m_http.reset();
}

bool DesktopServices::attachPersistentCache()
{
    if (!m_cache || !m_library || m_library->filePath().isEmpty())
        return false;
    if (!m_cache->store()) // attached once: the library file of a profile does not change
        m_cache->setStore(std::make_unique<LibraryCacheStore>(m_library));
    return true;
}

QCoro::Task<> DesktopServices::shutdown(int timeoutMs)
{
    if (!m_sync || m_sync->isIdle())
        co_return;
    m_sync->cancelAll();
    if (m_sync->isIdle())
        co_return;
    co_await awaitSignal(m_sync.get(), &SyncManager::idle, std::chrono::milliseconds(timeoutMs));
}

} // namespace sv
