#pragma once

#include "Result.h"
#include "auth/SessionManager.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "secrets/SecretStore.h"
#include "services/ProfileServices.h"

#include <QCoreApplication>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>

namespace sv {
class BillingService;
class LayeredCache;
class LibraryService;
class SyncManager;
struct DataFreshness;
} // namespace sv

namespace sv::cli {

class CliContext;

/// The profile's services for one CLI command: the composition root (ProfileServices) built from the
/// command's configuration and profile, the same one the desktop app builds. The keychain entry is shared
/// with the desktop app, so a `login` on the command line signs the app in too (and the other way round).
///
///     CliSession session(context);
///     if (auto ready = session.init(); !ready) return context.runtimeError(ready.error());
///     if (auto in = QCoro::waitFor(session.requireSignedIn()); !in) return context.runtimeError(in.error());
///     auto rows = QCoro::waitFor(session.backend().select(...));
///
/// The billing commands (usage, plans, checkout, invoices) start with initBilling(), the sync commands
/// (sync, connect, disconnect) with initSync().
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    explicit CliSession(CliContext& context);
    ~CliSession();
    CliSession(const CliSession&) = delete;
    CliSession& operator=(const CliSession&) = delete;

    /// Builds the profile's services from context.config() / profile(). The user-facing error message on
    /// failure (no backend configured, bad profile...).
    Result<void, QString> init();
    /// Restores the session from the keychain (refreshing if needed). Error message if not signed in
    /// ("Not signed in: run “streamvibe-cli login”.") or the keychain is unavailable/locked.
    QCoro::Task<Result<void, QString>> requireSignedIn();
    /// init(), requireSignedIn() and the profile's cache (memory only, with a warning, when the library
    /// cannot be opened): what the billing commands need.
    Result<void, QString> initBilling();
    /// init(), requireSignedIn(), the library and the connected accounts: what the sync commands need.
    Result<void, QString> initSync();

    ProfileServices& services() { return *m_services; }
    HttpClient& http() { return *m_services->http(); }
    BackendClient& backend() { return *m_services->backend(); }
    SecretStore& secrets() { return *m_services->secrets(); }
    SessionManager& session() { return *m_services->session(); }
    BillingService& billing() { return *m_services->billing(); }
    SyncManager& syncManager() { return *m_services->syncManager(); }
    const Profile& profile() const { return m_profile; }
    const AppConfig& config() const { return m_config; }

    /// The profile's library behind a LibraryService: the command's one SQLite connection to library.sqlite,
    /// shared by the sync, the accounts and the cache. Opened on first use; the error message when it cannot
    /// be (later calls give the same answer).
    Result<void, QString> openLibrary();
    /// The library opened by openLibrary(), null before or when it failed.
    LibraryService* library();

    /// The profile's cache, purged for the user on sign-out: library.sqlite's cache_store (through
    /// library()'s connection on its worker thread) behind memory, or memory only (with a warning printed)
    /// when the library cannot be opened.
    LayeredCache* cache();

    /// Prints the "offline — as of ..." warning for a stale answer.
    void warnIfStale(const DataFreshness& freshness);

private:
    CliContext& m_context;
    Profile m_profile;
    AppConfig m_config;
    std::unique_ptr<ProfileServices> m_services;
    bool m_libraryTried = false;
    Result<void, QString> m_libraryOpened; ///< what the first openLibrary() said
    bool m_cacheTried = false;
};

/// Parses platform ids ("youtube", "instagram", "tiktok"); the usage error message otherwise.
Result<void, QString> parsePlatforms(const QStringList& words, QList<Platform>* platforms);

} // namespace sv::cli
