#pragma once

#include "Clock.h"
#include "Result.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryDatabase.h"

#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv {

class AccountStore;
class BackendClient;
class BillingService;
class HttpClient;
class ThumbnailStore;
class LayeredCache;
class LibraryService;
class NetworkStatus;
class SecretStore;
class SessionManager;
class SyncManager;
class UsageReporter;

/// The services of one profile, built from the configuration and the profile: the composition root the
/// desktop app, the command line, the tests and the benchmarks share.
///
/// - The library (LibraryService: the process's one SQLite connection to the profile's library.sqlite),
///   opened here, on its worker thread, when openLibrary() or libraryReady() is first called.
/// - With a configured backend: one HttpClient and BackendClient, the keychain (SecretStore), the session
///   (SessionManager), the layered cache (memory, then the library's cache_store once the library is open),
///   billing, the connected accounts, the usage reporter and the sync manager. Without one these accessors
///   return null and the library works offline.
///
/// It connects what follows a change of the signed-in user, by signal:
/// - sign-out (or a session that ended): the user's cache scope is purged (SessionManager::userDataPurged);
/// - sign-in: billing follows the user and the connected accounts are reloaded (also when the library
///   opens while someone is signed in); sign-out also cancels the running syncs (nobody to report to);
/// - a sync that reported usage or found new items: billing's subscription is invalidated
///   (SyncManager::usageChanged), before any other receiver of syncFinished runs.
///
///     ProfileServices services(config, profile);
///     services.openLibrary(); // libraryOpened() or libraryFailed() follow
///     if (services.isAvailable()) window.setSession(services.session(), &browser);
///     ...
///     QCoro::waitFor(services.shutdown());
class ProfileServices : public QObject
{
    Q_OBJECT
public:
    enum class LibraryState { NotOpened, Opening, Open, Failed };
    Q_ENUM(LibraryState)

    /// `keychainService` names the Secret Service entries (tests use their own). `clock` is the time the
    /// cache and billing decide expiry with (tests move a ManualClock); it must outlive the services.
    ProfileServices(const AppConfig& config, const Profile& profile,
                    const QString& keychainService = QStringLiteral("StreamVibe"),
                    Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~ProfileServices() override;

    const AppConfig& config() const { return m_config; }
    const Profile& profile() const { return m_profile; }

    /// A backend is configured and the profile is usable: the account-side services exist.
    bool isAvailable() const { return m_session != nullptr; }

    /// Never null; open once libraryState() is Open.
    LibraryService* library() const { return m_library.get(); }
    HttpClient* http() const { return m_http.get(); }
    BackendClient* backend() const { return m_backend.get(); }
    SecretStore* secrets() const { return m_secrets.get(); }
    SessionManager* session() const { return m_session.get(); }
    LayeredCache* cache() const { return m_cache.get(); }
    BillingService* billing() const { return m_billing.get(); }
    AccountStore* accounts() const { return m_accounts.get(); }
    UsageReporter* reporter() const { return m_reporter.get(); }
    SyncManager* syncManager() const { return m_sync.get(); }
    /// Whether the backend and the platforms can be reached (from what http()'s requests meet; it asks
    /// the backend again while offline); null without a backend.
    NetworkStatus* network() const { return m_network.get(); }
    /// The pictures the library names (thumbnails, avatars), through http() into the profile's disk cache
    /// (thumbnailDirectory(), its size from the settings); null without a backend.
    ThumbnailStore* thumbnails() const { return m_thumbnails.get(); }
    /// `<profile>/cache/thumbnails`.
    static QString thumbnailDirectory(const Profile& profile);

    /// Builds the account side (session, billing, sync...) from `config` when it was not built because no
    /// backend was configured (e.g. the configuration file was broken and has been fixed while the app
    /// runs). Returns isAvailable(); does nothing when the account side exists already. Emits
    /// backendEnabled() when it built it.
    bool enableBackend(const AppConfig& config);

    /// Starts opening the profile's library file (creating and migrating it if needed) off the calling
    /// thread; once only. libraryOpened() or libraryFailed() follow, from the event loop. Once it is open
    /// the cache's persistent layer (cache_store, through the library's connection) is attached.
    void openLibrary();
    /// openLibrary() if it was not called, then completes when the open has succeeded or failed.
    QCoro::Task<Result<void, LibraryError>> libraryReady();
    LibraryState libraryState() const { return m_libraryState; }
    /// Why the library could not be opened (libraryState() == Failed).
    const LibraryError& libraryError() const { return m_libraryError; }

    /// What keeps the profile's folder from being used fully, for the one banner that says so.
    struct StorageProblem
    {
        enum class Kind {
            None,
            ReadOnly, ///< the library is open read-only: its folder or file takes no write
            DiskFull, ///< the library is open read-only: the disk is full
            Missing,  ///< the folder cannot be found, created or read (a drive not mounted...), or it went
                      ///< away while the library was open (then read-only)
            NoAccess, ///< the library is open read-only: its folder is there but lets the user in no more
        };
        Kind kind = Kind::None;
        QString directory; ///< the profile folder, as the user wrote or sees it (may be empty: no profile)
        QString detail;    ///< the system's words, or why the profile could not be used
    };
    /// Known once the library open has finished (libraryOpenFinished()).
    StorageProblem storageProblem() const;
    /// Opens the library again once the last open failed or ended read-only (the user made the folder
    /// writable, freed space, connected the drive): libraryOpened() or libraryFailed() follow as for
    /// openLibrary(). Does nothing while an open runs or when the library is open for writing.
    void retryLibrary();

    /// Cancels running syncs and completes when none runs any more (at most `timeoutMs`); call it before
    /// the services are destroyed.
    QCoro::Task<> shutdown(int timeoutMs = 5000);

Q_SIGNALS:
    void libraryOpened();
    /// `message` says why (libraryError() holds the whole error).
    void libraryFailed(const QString& message);
    /// The open attempt has ended, either way (after libraryOpened() or libraryFailed()).
    void libraryOpenFinished();
    /// storageProblem() changed while the library was open: a write met a full disk, a folder that takes no
    /// write any more or one that went away (the library is read-only from then on).
    void storageProblemChanged();
    /// enableBackend() built the account side.
    void backendEnabled();

private:
    QCoro::Task<> openLibraryTask();
    /// The reactions to a change of the signed-in user and to a sync's usage.
    void connectReactions();
    void buildAccountServices();
    void onSessionStateChanged();

    AppConfig m_config;
    Profile m_profile;
    QString m_keychainService;
    Clock* m_clock;
    std::unique_ptr<LibraryService> m_library;
    LibraryState m_libraryState = LibraryState::NotOpened;
    LibraryError m_libraryError;
    QString m_user; ///< the signed-in user the services were last set up for (empty: signed out)
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<NetworkStatus> m_network;
    std::unique_ptr<BackendClient> m_backend;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LayeredCache> m_cache;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<UsageReporter> m_reporter;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<ThumbnailStore> m_thumbnails;
};

} // namespace sv
