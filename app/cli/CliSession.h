#pragma once

#include "auth/SessionManager.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv {
class LayeredCache;
class LibraryService;
} // namespace sv

namespace sv::cli {

class CliContext;

/// The backend session of one CLI command: HttpClient + BackendClient + SecretStore + SessionManager built
/// from the command's configuration and profile. The keychain entry is shared with the desktop app, so
/// a `login` on the command line signs the app in too (and the other way round).
///
///     CliSession session(context);
///     if (auto error = session.init()) return context.runtimeError(*error);
///     if (auto error = QCoro::waitFor(session.requireSignedIn())) return context.runtimeError(*error);
///     auto rows = QCoro::waitFor(session.backend().select(...));
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    explicit CliSession(CliContext& context);
    ~CliSession();
    CliSession(const CliSession&) = delete;
    CliSession& operator=(const CliSession&) = delete;

    /// Builds HttpClient + BackendClient + SecretStore + SessionManager from context.config() / profile().
    /// Returns a user-facing error message on failure (no backend configured, bad profile...).
    std::optional<QString> init();
    /// Restores the session from the keychain (refreshing if needed). Error message if not signed in
    /// ("Not signed in: run “streamvibe-cli login”.") or the keychain is unavailable/locked.
    QCoro::Task<std::optional<QString>> requireSignedIn();

    HttpClient& http() { return *m_http; }
    BackendClient& backend() { return *m_backend; }
    SecretStore& secrets() { return *m_secrets; }
    SessionManager& session() { return *m_session; }
    const Profile& profile() const { return m_profile; }
    const AppConfig& config() const { return m_config; }

    /// The profile's library behind a LibraryService: the command's one SQLite connection to library.sqlite,
    /// shared by the sync, the accounts and the cache. Opened on first use; the error message when it cannot
    /// be (later calls give the same answer).
    std::optional<QString> openLibrary();
    /// The library opened by openLibrary(), null before or when it failed.
    LibraryService* library() { return m_library && !m_libraryError ? m_library.get() : nullptr; }

    /// The profile's persistent cache (library.sqlite's cache_store, through library()'s connection on its
    /// worker thread), made on first use and purged for the user on sign-out. Null (with a warning printed)
    /// when the library cannot be opened.
    LayeredCache* cache();

private:
    CliContext& m_context;
    Profile m_profile;
    AppConfig m_config;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BackendClient> m_backend;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<LibraryService> m_library;
    std::optional<QString> m_libraryError; ///< what the first openLibrary() said
    std::unique_ptr<LayeredCache> m_cache;
    bool m_cacheTried = false;
};

} // namespace sv::cli
