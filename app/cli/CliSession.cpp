#include "CliSession.h"

#include "CliContext.h"
#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "library/LibraryService.h"
#include "sync/SyncManager.h"

#include <QDateTime>

namespace sv::cli {

CliSession::CliSession(CliContext& context)
    : m_context(context)
{
}

// The services go in their own order: the users of a service first, the library last (its destructor runs
// every operation queued on its worker, the cache's writes, before closing the file).
CliSession::~CliSession() = default;

Result<void, QString> CliSession::init()
{
    auto profile = m_context.profile();
    if (!profile)
        return profile.error();
    m_profile = profile.value();
    auto config = m_context.config();
    if (!config)
        return config.error().message;
    m_config = std::move(config).value();
    for (const QString& warning : m_config.warnings())
        m_context.warning(warning);
    if (!m_config.isBackendConfigured())
        return tr("no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf "
                  "(see “%1 config”)")
            .arg(CliContext::programName());
    m_services = std::make_unique<ProfileServices>(m_config, m_profile);
    return {};
}

QCoro::Task<Result<void, QString>> CliSession::requireSignedIn()
{
    if (!m_services)
        co_return tr("the session is not initialised");
    SessionManager& manager = session();
    if (manager.isSignedIn())
        co_return {};
    const auto restored = co_await manager.restore();
    if (restored)
        co_return {};
    const AuthError& error = restored.error();
    if (error.kind == AuthError::Kind::NotSignedIn)
        co_return tr("Not signed in: run “%1 login”.").arg(CliContext::programName());
    if (error.kind == AuthError::Kind::SessionExpired)
        co_return QString(error.message + QLatin1Char(' ') +
                          tr("Run “%1 login” to sign in again.").arg(CliContext::programName()));
    co_return error.message;
}

Result<void, QString> CliSession::initBilling()
{
    if (auto ready = init(); !ready)
        return ready;
    if (auto signedIn = QCoro::waitFor(requireSignedIn()); !signedIn)
        return signedIn;
    cache(); // the persistent layer when the library opens; memory only otherwise
    return {};
}

Result<void, QString> CliSession::initSync()
{
    if (auto ready = init(); !ready)
        return ready;
    if (auto signedIn = QCoro::waitFor(requireSignedIn()); !signedIn)
        return signedIn;
    if (auto opened = openLibrary(); !opened)
        return opened;
    if (auto reloaded = QCoro::waitFor(syncManager().reloadAccounts()); !reloaded)
        return reloaded.error().message;
    return {};
}

Result<void, QString> CliSession::openLibrary()
{
    if (m_libraryTried)
        return m_libraryOpened;
    m_libraryTried = true;
    if (!m_services) {
        // Not initialised: the profile alone says where the library is.
        auto profile = m_context.profile();
        if (!profile)
            return m_libraryOpened = profile.error();
        m_services = std::make_unique<ProfileServices>(AppConfig(), profile.value());
    }
    const auto opened = QCoro::waitFor(m_services->libraryReady());
    if (!opened)
        m_libraryOpened = CliContext::cannotOpenLibrary(m_services->profile(), opened.error().message);
    return m_libraryOpened;
}

LibraryService* CliSession::library()
{
    return m_services && m_services->libraryState() == ProfileServices::LibraryState::Open
               ? m_services->library()
               : nullptr;
}

LayeredCache* CliSession::cache()
{
    if (!m_services)
        return nullptr;
    if (!m_cacheTried) {
        m_cacheTried = true;
        if (auto opened = openLibrary(); !opened)
            m_context.warning(opened.error());
    }
    return m_services->cache();
}

void CliSession::warnIfStale(const DataFreshness& freshness)
{
    if (freshness.stale)
        m_context.warning(freshness.staleNote(QDateTime::currentDateTimeUtc()));
}

Result<void, QString> parsePlatforms(const QStringList& words, QList<Platform>* platforms)
{
    for (const QString& word : words) {
        const auto p = platformFromId(word.toLower());
        if (!p) {
            QStringList ids;
            for (const Platform known : allPlatforms())
                ids.append(platformId(known));
            return QCoreApplication::translate("SyncCliServices", "unknown platform '%1' (use %2)")
                .arg(word, ids.join(QStringLiteral(", ")));
        }
        if (!platforms->contains(*p))
            platforms->append(*p);
    }
    return {};
}

} // namespace sv::cli
