#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace sv::test {

/// Runs the local stack for one test: the real backend (PostgreSQL with supabase/migrations, the Edge
/// Functions on Deno, the Stripe stand-in; tests/supabase/local-stack.sh through sv::sandbox::BackendStack)
/// and the built `streamvibe-sandbox` executable (tests/sandbox) as its gateway, with the YouTube,
/// Instagram and TikTok APIs, all on one 127.0.0.1 port.
///
///     sv::test::SandboxProcess sandbox({.items = 120});
///     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
///     AppConfig config = AppConfig::load(sandbox.configFile());   // INI written by the sandbox
///     auto session = sandbox.createUser(QStringLiteral("a@example.test"), QStringLiteral("pw-123456"));
///     sandbox.addFault(QStringLiteral("status=503,path=/rest/v1,count=1"));
///
/// start() waits for the sandbox's "listening on http://127.0.0.1:PORT" line (signals, no sleeping).
/// The destructor sends SIGTERM and waits for the process to exit.
/// The helpers below are synchronous (they spin a local event loop until the reply finishes): call
/// them from test code, never from code under test.
class SandboxProcess
{
public:
    struct Options
    {
        int items = -1;          ///< --items N (items per platform); -1 = sandbox default (300)
        bool autoConsent = true; ///< --auto-consent: /authorize pages redirect at once
        int tokenTtl = -1;       ///< --token-ttl SECONDS for Supabase access tokens; -1 = default (3600)
        QStringList faults;      ///< each becomes one --fault SPEC (syntax: streamvibe-sandbox --help)
        QStringList extraArguments;
        /// How long the sandbox may take, once the stack is up, to store the demo account and buy its plan.
        int startTimeoutMs = 90000;
    };

    /// A GoTrue session as returned by /auth/v1/token or /auth/v1/signup.
    struct Session
    {
        QString accessToken;
        QString refreshToken;
        QString userId;
        QString email;
        qint64 expiresAt = 0;
        QJsonObject raw; ///< the full session JSON
    };

    /// The result of a raw request made with request().
    struct Reply
    {
        int status = 0; ///< HTTP status, 0 on a network error
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray& name) const;
    };

    SandboxProcess();
    explicit SandboxProcess(Options options);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    /// Starts the sandbox and waits until it listens. False (see errorString()) if it could not.
    bool start();
    bool isRunning() const;
    QString errorString() const;
    /// Everything the sandbox wrote on stderr so far (diagnostics for failed tests).
    QByteArray standardError() const;

    /// http://127.0.0.1:PORT (no trailing slash).
    QUrl baseUrl() const;
    /// baseUrl() + path, e.g. url("/rest/v1/subscription_settings").
    QUrl url(const QString& path) const;
    quint16 port() const;
    /// The INI config file the sandbox wrote ([backend] url, anon_key; [youtube] ...; [instagram] ...;
    /// [tiktok] ...), every URL pointing at the sandbox.
    QString configFile() const;
    /// The anon key (`apikey` header value) of the sandbox's Supabase project.
    QString anonKey() const;
    /// A value of the local stack's env file (SUPABASE_DB_URL, STRIPE_API_BASE, STRIPE_SECRET_KEY,
    /// SERVICE_ROLE_KEY, ...).
    QString backendValue(const QString& key) const;

    /// The seeded demo account.
    static QString demoEmail();
    static QString demoPassword();

    // --- Control endpoint (/__control) -------------------------------------------------------------
    /// Adds a fault; `spec` uses the --fault syntax, e.g. "status=429,retry_after=3,path=/youtube".
    bool addFault(const QString& spec);
    /// Adds a fault given as JSON, e.g. {"kind":"latency","ms":200,"path":"/rest/v1"}.
    bool addFault(const QJsonObject& fault);
    /// Removes every fault.
    bool clearFaults();
    /// Sets runtime settings: {"refresh_reuse_grace": 0, "token_ttl": 5, "auto_consent": true}.
    bool configure(const QJsonObject& settings);
    /// Sets the refresh-token reuse interval (seconds; 0 = a reused refresh token is refused at once).
    bool setRefreshReuseGrace(int seconds);

    /// Creates a confirmed user through /auth/v1/signup and returns their session.
    std::optional<Session> createUser(const QString& email, const QString& password);
    /// Signs in with /auth/v1/token?grant_type=password.
    std::optional<Session> signIn(const QString& email, const QString& password);
    /// Access token for a platform ("youtube", "instagram", "tiktok") issued directly by the control
    /// endpoint, for platform API tests that do not exercise the OAuth flow. It is granted `scope` (the
    /// platform's separators) when given, else every scope the app asks for at connect.
    QString platformAccessToken(const QString& platform, const std::optional<QString>& scope = std::nullopt);

    /// Makes a raw HTTP request against the sandbox (method "GET", "POST", "DELETE", ...).
    /// `headers` are added as given; the `apikey` header is NOT added automatically.
    Reply request(const QByteArray& method, const QUrl& url,
                  const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sv::test
