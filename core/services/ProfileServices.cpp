#include "services/ProfileServices.h"

#include "AwaitSignal.h"
#include "Clock.h"
#include "auth/SessionManager.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "backend/NetworkStatus.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "library/LibraryService.h"
#include "media/ThumbnailStore.h"
#include "platforms/PlatformConnector.h"
#include "secrets/SecretStore.h"
#include "sync/AccountStore.h"
#include "sync/SyncManager.h"
#include "sync/UsageReporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcServices, "streamvibe.services")

namespace sv {

ProfileServices::ProfileServices(const AppConfig& config, const Profile& profile,
                                 const QString& keychainService, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_profile(profile)
    , m_keychainService(keychainService)
    , m_clock(&clock)
    , m_library(std::make_unique<LibraryService>())
{
    // The storage failing during the session (the disk filled, the folder went away): the one banner says so.
    connect(m_library.get(), &LibraryService::accessChanged, this, [this] {
        if (m_libraryState == LibraryState::Open)
            Q_EMIT storageProblemChanged();
    });
    if (!config.isBackendConfigured() || !profile.isValid())
        return;
    buildAccountServices();
}

bool ProfileServices::enableBackend(const AppConfig& config)
{
    if (m_session || !config.isBackendConfigured() || !m_profile.isValid())
        return isAvailable();
    m_config = config;
    buildAccountServices();
    if (m_libraryState == LibraryState::Open)
        m_cache->setStore(std::make_unique<LibraryCacheStore>(m_library.get()));
    qCInfo(lcServices) << "the backend is configured now: account services built";
    Q_EMIT backendEnabled();
    return true;
}

void ProfileServices::buildAccountServices()
{
    const AppConfig& config = m_config;
    const Profile& profile = m_profile;
    Clock& clock = *m_clock;
    const QString& keychainService = m_keychainService;
    m_http = std::make_unique<HttpClient>();
    m_network = std::make_unique<NetworkStatus>(m_http.get(), config.backend.url);
    m_backend = std::make_unique<BackendClient>(m_http.get(),
                                                BackendConfig{config.backend.url, config.backend.anonKey});
    m_secrets = std::make_unique<SecretStore>(keychainService);
    // Memory only until the library file is open (openLibrary()).
    m_cache = std::make_unique<LayeredCache>(nullptr, clock);
    m_session = std::make_unique<SessionManager>(m_backend.get(), m_secrets.get(), profile.secretScope());
    m_billing = std::make_unique<BillingService>(m_backend.get(), m_cache.get());
    m_billing->setClock(&clock);
    m_accounts = std::make_unique<AccountStore>(m_library.get(), m_secrets.get(), profile.secretScope());
    m_reporter = std::make_unique<UsageReporter>(m_accounts.get(), m_backend.get());
    HttpClient* http = m_http.get();
    BackendClient* backend = m_backend.get();
    const AppConfig copy = config;
    m_sync =
        std::make_unique<SyncManager>(m_accounts.get(), m_reporter.get(), [copy, http, backend](Platform p) {
            return makeConnector(p, copy, http, backend);
        });
    // The [sync] timeouts: a platform that does not answer stops its job within them.
    m_sync->setOptions(SyncOptions::fromConfig(config));
    m_thumbnails = std::make_unique<ThumbnailStore>(m_http.get(), thumbnailDirectory(profile),
                                                    ThumbnailStore::configuredMaximumBytes());
    connectReactions();
}

QString ProfileServices::thumbnailDirectory(const Profile& profile)
{
    return profile.directory() + QStringLiteral("/cache/thumbnails");
}

ProfileServices::~ProfileServices()
{
    // Users of a service go before it: jobs and reports, then billing and the session, then the cache. The
    // library goes last: its destructor runs every operation queued on its worker (the cache's writes)
    // before closing the file.
    m_thumbnails.reset();
    m_sync.reset();
    m_reporter.reset();
    m_accounts.reset();
    m_billing.reset();
    m_session.reset();
    m_cache.reset();
    m_secrets.reset();
    m_backend.reset();
    m_network.reset();
    m_http.reset();
    m_library.reset();
}

void ProfileServices::connectReactions()
{
    // Sign-out, or a session that ended: the user's cached data goes (memory and cache_store).
    LayeredCache* cache = m_cache.get();
    connect(m_session.get(), &SessionManager::userDataPurged, this,
            [cache](const QString& userId) { cache->purgeScope(userId); });
    // Sign-in and sign-out: billing follows the user, the accounts are read again or the syncs stop.
    connect(m_session.get(), &SessionManager::stateChanged, this, &ProfileServices::onSessionStateChanged);
    // Usage reported by a sync changes the quota figures: the next read asks the backend.
    connect(m_sync.get(), &SyncManager::usageChanged, m_billing.get(),
            &BillingService::invalidateSubscription);
}

void ProfileServices::onSessionStateChanged()
{
    const bool signedIn = m_session->isSignedIn();
    const QString userId = signedIn ? m_session->user().id : QString();
    if (userId == m_user)
        return; // e.g. a token refresh
    m_user = userId;
    m_billing->setUserId(userId);
    if (!signedIn)
        m_sync->cancelAll(); // nobody to report usage to; the items already synced stay
    else if (m_libraryState == LibraryState::Open)
        m_sync->reloadAccounts();
}

void ProfileServices::openLibrary()
{
    if (m_libraryState != LibraryState::NotOpened)
        return;
    m_libraryState = LibraryState::Opening;
    openLibraryTask();
}

QCoro::Task<> ProfileServices::openLibraryTask()
{
    QPointer<ProfileServices> self(this);
    Result<void, LibraryError> opened;
    if (!m_profile.isValid())
        opened = LibraryError{m_profile.error()};
    else
        opened = co_await m_library->open(m_profile.libraryPath());
    if (!self)
        co_return;
    if (!opened) {
        m_libraryError = opened.error();
        m_libraryState = LibraryState::Failed;
        qCInfo(lcServices) << "the library could not be opened:" << opened.error().message;
        Q_EMIT libraryFailed(opened.error().message);
    } else {
        m_libraryState = LibraryState::Open;
        // The persistent cache layer is cache_store in the library file, reached through the library's own
        // connection on its worker thread: cached plans and figures survive a restart and serve offline.
        if (m_cache && !m_cache->store())
            m_cache->setStore(std::make_unique<LibraryCacheStore>(m_library.get()));
        if (m_session && m_session->isSignedIn())
            m_sync->reloadAccounts();
        Q_EMIT libraryOpened();
    }
    Q_EMIT libraryOpenFinished();
}

ProfileServices::StorageProblem ProfileServices::storageProblem() const
{
    StorageProblem problem;
    problem.directory = m_profile.directory();
    if (!m_profile.isValid()) {
        problem.kind = StorageProblem::Kind::Missing;
        problem.detail = m_profile.error();
        return problem;
    }
    if (m_libraryState == LibraryState::Failed) {
        const QFileInfo folder(m_profile.directory());
        if (!folder.exists() || !folder.isReadable() || !folder.isExecutable()) {
            problem.kind = StorageProblem::Kind::Missing;
            problem.detail = m_libraryError.message;
        }
        return problem;
    }
    if (m_libraryState != LibraryState::Open)
        return problem;
    const LibraryAccess access = m_library->access();
    if (access.mode == LibraryAccess::Mode::ReadOnly)
        problem.kind = StorageProblem::Kind::ReadOnly;
    else if (access.mode == LibraryAccess::Mode::DiskFull)
        problem.kind = StorageProblem::Kind::DiskFull;
    else if (access.mode == LibraryAccess::Mode::Missing)
        problem.kind = StorageProblem::Kind::Missing;
    else if (access.mode == LibraryAccess::Mode::NoAccess)
        problem.kind = StorageProblem::Kind::NoAccess;
    problem.detail = access.detail;
    return problem;
}

void ProfileServices::retryLibrary()
{
    if (m_libraryState == LibraryState::Opening || m_libraryState == LibraryState::NotOpened)
        return;
    if (m_libraryState == LibraryState::Open && !m_library->access().isReadOnly())
        return;
    m_libraryState = LibraryState::NotOpened;
    openLibrary();
}

QCoro::Task<Result<void, LibraryError>> ProfileServices::libraryReady()
{
    QPointer<ProfileServices> self(this);
    openLibrary();
    if (m_libraryState == LibraryState::Opening)
        co_await awaitSignal(this, &ProfileServices::libraryOpenFinished);
    if (!self)
        co_return LibraryError{QCoreApplication::translate(
            "sv::LibraryService", "The library was closed before the operation could run.")};
    if (m_libraryState == LibraryState::Failed)
        co_return m_libraryError;
    co_return {};
}

QCoro::Task<> ProfileServices::shutdown(int timeoutMs)
{
    if (!m_sync || m_sync->isIdle())
        co_return;
    m_sync->cancelAll();
    if (m_sync->isIdle())
        co_return;
    co_await awaitSignal(m_sync.get(), &SyncManager::idle, std::chrono::milliseconds(timeoutMs));
}

} // namespace sv
