#pragma once

#include "config/AppConfig.h"
#include "config/Profile.h"

#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>

namespace sv {

class AccountStore;
class BackendClient;
class BillingService;
class HttpClient;
class LayeredCache;
class LibraryService;
class SecretStore;
class SessionManager;
class SyncManager;
class UsageReporter;

/// The desktop app's account-side services, built from the configuration and the profile and shared by
/// every page: one HttpClient and BackendClient, the keychain, the Supabase session, the layered cache
/// (memory, then the profile's cache_store once the library file is open, through `library`'s own connection
/// on its worker thread), the billing service in front of the backend, and the connected accounts with their
/// sync jobs (writing through `library`). The process opens the library file once: `library` is its only
/// connection.
///
///     DesktopServices services(&library, config, profile);
///     if (services.isAvailable()) {
///         window.setSession(services.session(), &browser);
///         window.setServices(services.syncManager(), services.billing(), &browser);
///     }
///     // once the library is open: services.attachPersistentCache();
///     ...
///     QCoro::waitFor(services.shutdown());
///
/// Without a configured backend (or a usable profile) nothing is built and every accessor returns null:
/// the app then works on its offline library only.
class DesktopServices : public QObject
{
    Q_OBJECT
public:
    /// `keychainService` names the Secret Service entries (tests use their own).
    DesktopServices(LibraryService* library, const AppConfig& config, const Profile& profile,
                    const QString& keychainService = QStringLiteral("StreamVibe"), QObject* parent = nullptr);
    ~DesktopServices() override;

    bool isAvailable() const { return m_session != nullptr; }

    HttpClient* http() const { return m_http.get(); }
    BackendClient* backend() const { return m_backend.get(); }
    SecretStore* secrets() const { return m_secrets.get(); }
    SessionManager* session() const { return m_session.get(); }
    LayeredCache* cache() const { return m_cache.get(); }
    BillingService* billing() const { return m_billing.get(); }
    AccountStore* accounts() const { return m_accounts.get(); }
    SyncManager* syncManager() const { return m_sync.get(); }

    /// Adds the profile's cache_store (in the library file, which the LibraryService must have open and
    /// migrated) under the memory layer, so cached plans and figures survive a restart and serve offline. Its
    /// SQL runs on the library's worker, through the library's connection: the UI thread never waits for it.
    /// False (memory only) without services or while the library is not open.
    bool attachPersistentCache();

    /// Cancels running syncs and completes when none runs any more (at most `timeoutMs`); call it before
    /// the services are destroyed.
    QCoro::Task<> shutdown(int timeoutMs = 5000);

private:
    LibraryService* m_library = nullptr;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BackendClient> m_backend;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LayeredCache> m_cache;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<UsageReporter> m_reporter;
    std::unique_ptr<SyncManager> m_sync;
};

} // namespace sv
