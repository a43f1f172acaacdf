#include "BillingTestEnv.h"

#include "AwaitTask.h"

namespace sv::test {

namespace {
/// The keychain entries of these tests, apart from the app's (none is written: nobody signs in through the
/// session).
const QString KeychainService = QStringLiteral("StreamVibeBillingTest");
} // namespace

BillingTestEnv::BillingTestEnv(SandboxProcess::Options options)
    : m_options(std::move(options))
    , m_clock(QDateTime::currentMSecsSinceEpoch())
{
}

BillingTestEnv::~BillingTestEnv() = default;

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
    m_config.backend.url = m_sandbox->baseUrl();
    m_config.backend.anonKey = m_sandbox->anonKey();
    m_profile = Profile::resolve(m_dir.filePath(QStringLiteral("profile")));
    if (!m_profile.isValid()) {
        m_error = m_profile.error();
        return false;
    }
    return buildServices();
}

bool BillingTestEnv::buildServices()
{
    m_services.reset(); // the library goes first, after running its queued writes to cache_store
    m_services = std::make_unique<ProfileServices>(m_config, m_profile, KeychainService, m_clock);
    if (!m_services->isAvailable()) {
        m_error = QStringLiteral("no backend configured");
        return false;
    }
    HttpClient& client = http();
    // Retries back off without waiting (no sleeping in tests); the attempts still happen.
    client.setDelayFunction([](std::chrono::milliseconds) -> QCoro::Task<void> { co_return; });
    client.setDefaultTimeout(std::chrono::milliseconds(5000));
    // The user's token as given (signIn()), in place of the (signed-out) session's, counted.
    backend().setTokenProvider([this] {
        if (!m_token.isEmpty())
            ++m_requests;
        return m_token;
    });
    backend().setTokenRefresher({});
    billing().setCurrency(QStringLiteral("usd"));
    billing().setUserId(m_userId);
    if (auto opened = awaitTask(m_services->libraryReady()); !opened) {
        m_error = opened.error().message;
        return false;
    }
    return true;
}

void BillingTestEnv::reopenCache()
{
    if (!buildServices())
        qWarning("the profile's services could not be built again: %s", qPrintable(m_error));
}

bool BillingTestEnv::signIn(const QString& email, const QString& password)
{
    auto session = awaitTask(backend().signInWithPassword(email, password));
    if (!session) {
        m_error = session.error().logString();
        return false;
    }
    m_token = session->accessToken;
    m_userId = session->user.id;
    billing().setUserId(m_userId);
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
