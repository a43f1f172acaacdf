#include "CliSession.h"

#include "CliContext.h"
#include "Clock.h"
#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "library/LibraryService.h"

namespace sv::cli {

CliSession::CliSession(CliContext& context)
    : m_context(context)
{
}

CliSession::~CliSession()
{
    // The session manager talks to the backend and the cache: it goes first. The library goes last: its
    // destructor runs every operation queued on its worker (the cache's writes) before closing the file.
    m_session.reset();
    m_cache.reset();
    m_library.reset();
}

std::optional<QString> CliSession::init()
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

    m_http = std::make_unique<HttpClient>();
    BackendConfig backendConfig;
    backendConfig.baseUrl = m_config.backend.url;
    backendConfig.anonKey = m_config.backend.anonKey;
    m_backend = std::make_unique<BackendClient>(m_http.get(), backendConfig);
    m_secrets = std::make_unique<SecretStore>();
    m_session = std::make_unique<SessionManager>(m_backend.get(), m_secrets.get(), m_profile.secretScope());
    return std::nullopt;
}

QCoro::Task<std::optional<QString>> CliSession::requireSignedIn()
{
    if (!m_session)
        co_return tr("the session is not initialised");
    if (m_session->isSignedIn())
        co_return std::nullopt;
    const auto restored = co_await m_session->restore();
    if (restored)
        co_return std::nullopt;
    const AuthError& error = restored.error();
    if (error.kind == AuthError::Kind::NotSignedIn)
        co_return tr("Not signed in: run “%1 login”.").arg(CliContext::programName());
    if (error.kind == AuthError::Kind::SessionExpired)
        co_return error.message + QLatin1Char(' ') +
            tr("Run “%1 login” to sign in again.").arg(CliContext::programName());
    co_return error.message;
}

std::optional<QString> CliSession::openLibrary()
{
    if (!m_library) {
        m_library = std::make_unique<LibraryService>();
        m_libraryError = m_context.openLibrary(*m_library);
    }
    return m_libraryError;
}

LayeredCache* CliSession::cache()
{
    if (m_cacheTried)
        return m_cache.get();
    m_cacheTried = true;
    if (const auto error = openLibrary()) {
        m_context.warning(*error);
        return nullptr;
    }
    m_cache =
        std::make_unique<LayeredCache>(std::make_unique<LibraryCacheStore>(m_library.get()), Clock::system());
    if (m_session)
        m_session->setCache(m_cache.get());
    return m_cache.get();
}

} // namespace sv::cli
