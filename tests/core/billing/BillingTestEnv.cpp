#include "BillingTestEnv.h"

#include "AwaitTask.h"
#include "cache/SqliteCacheStore.h"

namespace sv::test {

namespace {
int s_connections = 0; ///< connection names must be unique in the process
}

BillingTestEnv::BillingTestEnv(SandboxProcess::Options options)
    : m_options(std::move(options))
    , m_clock(QDateTime::currentMSecsSinceEpoch())
{
}

BillingTestEnv::~BillingTestEnv()
{
    m_billing.reset();
    m_cache.reset();
    m_backend.reset();
    m_http.reset();
}

bool BillingTestEnv::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_sandbox = std::make_unique<SandboxProcess>(m_options);
    if (!m_sandbox->start()) {
        m_error = m_sandbox->errorString();
        return false;
    }
    m_http = std::make_unique<HttpClient>();
    // Retries back off without waiting (no sleeping in tests); the attempts still happen.
    m_http->setDelayFunction([](std::chrono::milliseconds) -> QCoro::Task<void> { co_return; });
    m_http->setDefaultTimeout(std::chrono::milliseconds(5000));
    m_backend = std::make_unique<BackendClient>(m_http.get(),
                                                BackendConfig{m_sandbox->baseUrl(), m_sandbox->anonKey()});
    m_backend->setTokenProvider([this] {
        if (!m_token.isEmpty())
            ++m_requests;
        return m_token;
    });
    reopenCache();
    return true;
}

void BillingTestEnv::reopenCache()
{
    const QString previousUser = m_userId;
    m_billing.reset();
    m_cache.reset();
    auto store = std::make_unique<SqliteCacheStore>(
        SqliteCacheStore::openFile(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                   QStringLiteral("billing-cache-%1").arg(++s_connections)));
    store->ensureSchema();
    m_cache = std::make_unique<LayeredCache>(std::move(store), m_clock);
    m_billing = std::make_unique<BillingService>(m_backend.get(), m_cache.get());
    m_billing->setClock(&m_clock);
    m_billing->setCurrency(QStringLiteral("usd"));
    m_billing->setUserId(previousUser);
}

bool BillingTestEnv::signIn(const QString& email, const QString& password)
{
    auto session = awaitTask(m_backend->signInWithPassword(email, password));
    if (!session) {
        m_error = session.error().logString();
        return false;
    }
    m_token = session->accessToken;
    m_userId = session->user.id;
    m_billing->setUserId(m_userId);
    m_requests = 0;
    return true;
}

bool BillingTestEnv::signInNewUser(const QString& email)
{
    const QString password = QStringLiteral("pw-billing-123");
    if (!m_sandbox->createUser(email, password)) {
        m_error = QStringLiteral("could not create %1").arg(email);
        return false;
    }
    return signIn(email, password);
}

void BillingTestEnv::stopSandbox()
{
    m_sandbox.reset();
}

} // namespace sv::test
