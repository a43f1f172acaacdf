#pragma once

#include "SandboxData.h"
#include "SandboxFaults.h"
#include "SandboxHttp.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDate;
class QHttpServerResponder;
class QNetworkAccessManager;

namespace sv::sandbox {

class PostgrestExecutor;

/// The real backend behind the sandbox when it is the gateway (the local stack fills it in): PostgreSQL with
/// the migrations, the Edge Functions server, and the project's JWT secret and API keys.
struct RealBackend
{
    QString dbUrl;          ///< `postgresql://...` (SUPABASE_DB_URL): /rest/v1 and GoTrue's auth.users
    QUrl functionsUrl;      ///< the functions server (FUNCTIONS_URL): /functions/v1 is forwarded there
    QByteArray jwtSecret;   ///< signs the sessions and the keys (JWT_SECRET)
    QString anonKey;        ///< ANON_KEY; empty: signed here with jwtSecret
    QString serviceRoleKey; ///< SERVICE_ROLE_KEY; empty: signed here with jwtSecret
    /// The functions deployed with verify_jwt = false (FUNCTIONS_WITHOUT_JWT, comma-separated, as
    /// supabase/config.toml says): the gateway forwards them without its apikey and JWT checks.
    QStringList functionsWithoutJwt;

    /// Reads a `NAME=value` file (the stack's env file: SUPABASE_DB_URL, FUNCTIONS_URL, JWT_SECRET,
    /// ANON_KEY, SERVICE_ROLE_KEY, FUNCTIONS_WITHOUT_JWT); nullopt with the reason in `error` when one of
    /// the first three is missing.
    static std::optional<RealBackend> fromEnvFile(const QString& path, QString* error);
};

struct SandboxOptions
{
    int itemsPerPlatform = 300;
    bool autoConsent = false;
    int tokenTtl = 3600;
    quint64 seed = 20261125;
    /// The backend the sandbox is the gateway of (users in auth.users, /rest/v1 on the database,
    /// /functions/v1 forwarded).
    RealBackend backend;
};

/// The sandbox HTTP server: the API gateway in front of the real backend (GoTrue's part with users in
/// auth.users, /rest/v1 on the database, /functions/v1 forwarded), the YouTube, Instagram and TikTok APIs
/// and a control endpoint, all on one loopback port.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    void setBaseUrl(const QUrl& base) { m_base = base; }
    QUrl baseUrl() const { return m_base; }
    QString anonKey() const { return m_anonKey; }
    /// Why the gateway could not start (the database unreachable, the demo account not stored); empty when
    /// it can serve.
    QString startupError() const { return m_startupError; }
    /// Once the event loop runs: a demo account stored by this start buys the Basic plan on the
    /// Stripe stand-in as a user would (list-plans, create-checkout-session, Pay), and `done` is called when
    /// stripe-webhook has applied it, with what went wrong (empty: the demo is on Basic, or nothing to do).
    void prepareDemo(std::function<void(const QString& problem)> done);
    FaultInjector& faults() { return m_faults; }

    /// Dispatches one request to the services answered here (no faults applied; /functions/v1 is forwarded
    /// by dispatchAsync()).
    HttpResponse dispatch(const HttpRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using ResponderPtr = std::shared_ptr<QHttpServerResponder>;
    void send(const ResponderPtr& responder, const QPointer<QTcpSocket>& socket,
              const HttpResponse& response);
    /// Answers `request` through `done`, at once or (a forwarded function) when the backend has answered.
    void dispatchAsync(const HttpRequest& request, std::function<void(const HttpResponse&)> done);
    HttpResponse applyBodyFault(const Fault& fault, HttpResponse response) const;
    HttpResponse faultResponse(const Fault& fault, const HttpRequest& request);
    QString url(const QString& path) const;
    qint64 now() const;

    // Control endpoint
    HttpResponse control(const HttpRequest& request);

    // --- Supabase Auth (GoTrue) ---------------------------------------------------------------------
    struct User
    {
        QString id;
        QString email;
        QByteArray passwordHash;
        QByteArray salt;
        qint64 createdAt = 0;
        QString provider = SVL("email");
        QJsonObject userMetadata;
    };
    struct AuthSession
    {
        QString id;
        QString userId;
        bool revoked = false;
        QString amr;
    };
    struct RefreshToken
    {
        QString sessionId;
        bool used = false;
        qint64 usedAt = 0;
        QString child; ///< the token issued when this one was used
    };
    struct FlowState
    {
        QString userId;
        QString challenge;
        QString method;
        qint64 createdAt = 0;
        QString provider;
    };
    struct AccessClaims
    {
        QString sub;
        QString role;
        QString sessionId;
        QString email;
        qint64 exp = 0;
        QJsonObject payload; ///< every claim (PostgREST's request.jwt.claims)
    };
    enum class TokenState { Valid, Missing, Malformed, BadSignature, Expired };

    HttpResponse auth(const HttpRequest& request, const QString& subPath);
    HttpResponse authAuthorize(const HttpRequest& request);
    HttpResponse authConsent(const HttpRequest& request);
    HttpResponse authComplete(const QUrlQuery& params, bool allow);
    HttpResponse authToken(const HttpRequest& request);
    HttpResponse authSignup(const HttpRequest& request);
    HttpResponse authUser(const HttpRequest& request);
    HttpResponse authLogout(const HttpRequest& request);
    /// POST /recover: GoTrue's password recovery e-mail (recorded in m_sentEmails, not sent).
    HttpResponse authRecover(const HttpRequest& request);
    HttpResponse goTrueError(int status, const QString& errorCode, const QString& message) const;
    HttpResponse issueSession(const User& user, const QString& amr, const QString& existingSessionId = {},
                              const QString& refreshToken = {});
    QJsonObject userJson(const User& user) const;
    QString signJwt(const QJsonObject& claims) const;
    TokenState verifyJwt(const QString& token, AccessClaims* claims) const;
    /// A new user, stored in auth.users; nullptr when it could not be stored.
    User* createUser(const QString& email, const QString& password, const QString& provider,
                     const QJsonObject& metadata = {});
    User* addUser(const User& user);
    User* userByEmail(const QString& email);
    User* userById(const QString& id);
    QString newRefreshToken(const QString& sessionId);
    std::optional<HttpResponse> checkApiKey(const HttpRequest& request) const;
    /// The generated usage history of a user: `row(day, platform, units)` for each of the last days.
    void generateHistory(const User& user, int historyDays,
                         const std::function<void(const QDate&, const QString&, qint64)>& row) const;

    // --- The gateway in front of the real backend (SandboxGateway.cpp) ------------------------------
    void startGateway(const RealBackend& backend);
    HttpResponse pgError(int status, const QString& code, const QString& message,
                         const QJsonValue& details = {}, const QJsonValue& hint = {}) const;
    std::optional<HttpResponse> restAuthenticate(const HttpRequest& request, const QString& table,
                                                 AccessClaims* claims) const;
    HttpResponse gatewayRest(const HttpRequest& request, const QString& subPath);
    HttpResponse functionError(int status, const QString& code, const QString& message) const;
    /// The gateway's verify_jwt: a 401 unless the request carries a valid JWT.
    std::optional<HttpResponse> verifyFunctionJwt(const HttpRequest& request, AccessClaims* claims) const;
    /// The gateway's own checks of a function call (apikey, verify_jwt); nullopt: forward it.
    std::optional<HttpResponse> gatewayFunctionCheck(const HttpRequest& request, const QString& name);
    void forwardFunction(const HttpRequest& request, std::function<void(const HttpResponse&)> done);
    /// One HTTP request to the backend (the functions, the Stripe stand-in); `done` gets its answer verbatim,
    /// or the gateway's 502 when there is none.
    void backendCall(const QByteArray& method, const QUrl& url, const HeaderPairs& headers,
                     const QByteArray& body, std::function<void(const HttpResponse&)> done);
    HttpResponse gatewayUsage(const User& user);
    /// Stores a new user in auth.users (the signup trigger makes the profile and the Free plan).
    bool storeUser(const User& user, QString* error);
    /// The auth.users row matching `column` (`id` or `email`), cached in m_users; nullptr if none.
    User* loadUser(const QString& column, const QString& value);
    void seedStoredHistory(const User& user, int historyDays);

    // --- Platforms -----------------------------------------------------------------------------------
    HttpResponse youtube(const HttpRequest& request, const QString& subPath);
    HttpResponse instagram(const HttpRequest& request, const QString& subPath);
    HttpResponse tiktok(const HttpRequest& request, const QString& subPath);
    HttpResponse platformAuthorize(const HttpRequest& request, const QString& platform);
    HttpResponse platformConsent(const HttpRequest& request);
    HttpResponse platformComplete(const QUrlQuery& params, bool allow);
    HttpResponse youtubeError(int status, const QString& reason, const QString& message) const;
    HttpResponse instagramError(int status, int code, const QString& type, const QString& message) const;
    HttpResponse tiktokError(int status, const QString& code, const QString& message) const;
    /// `scope`: what the grant allows (the platform's separators: space for Google, comma otherwise).
    QString issuePlatformToken(const QString& platform, qint64 ttl, bool refresh = false,
                               bool longLived = false, const QString& grant = {}, const QString& scope = {});
    /// Whether the valid `token` was granted `scope`.
    bool platformTokenHasScope(const QString& token, const QString& scope) const;
    /// Every scope the app asks for at connect on `platform` (tokens of /__control/platform-token by
    /// default).
    static QString fullPlatformScope(const QString& platform);
    HttpResponse youtubeAnalytics(const HttpRequest& request, const QString& token);
    HttpResponse instagramInsights(const HttpRequest& request, const QString& token, const QString& mediaId);
    /// Empty when the token is valid for the platform; otherwise the reason ("missing", "invalid",
    /// "expired").
    QString checkPlatformToken(const QString& platform, const QString& token) const;

    struct PlatformCode
    {
        QString platform;
        QString redirectUri;
        QString challenge;
        QString method;
        QString scope;
        qint64 createdAt = 0;
    };
    struct PlatformToken
    {
        QString platform;
        qint64 expiresAt = 0;
        qint64 issuedAt = 0;
        bool revoked = false;
        bool refresh = false;
        bool longLived = false;
        QString grant;
        QString scope;
    };

    SandboxOptions m_options;
    QUrl m_base;
    QByteArray m_jwtSecret;
    QString m_anonKey;
    QString m_serviceKey;
    int m_refreshReuseGrace = 10;
    int m_authCodeTtl = 300;
    int m_youtubeDailyQuota = 10000;
    int m_instagramRefreshMinAge = 0;
    bool m_autoConsent = false;
    /// Scopes the consent leaves out of the grant (the user unticked them: Google's granular consent).
    QStringList m_withheldScopes;
    bool m_legacyAuthErrors = false;
    /// GoTrue's SMTP max_frequency (s): one recovery e-mail per user within it.
    int m_emailMaxFrequency = 60;
    /// GoTrue's rate_limit_email_sent: e-mails per hour for the whole project.
    int m_emailRateLimit = 30;
    QList<qint64> m_emailSentAt;             ///< ms of each e-mail sent within the last hour
    QHash<QString, qint64> m_recoverySentAt; ///< by user id (ms)
    QJsonArray m_sentEmails;                 ///< what the mailer "sent", oldest first (/__control/emails)
    FaultInjector m_faults;
    SandboxData m_data;
    std::unique_ptr<PostgrestExecutor> m_db;
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_functionsUrl;
    QStringList m_functionsWithoutJwt;
    QString m_startupError;
    bool m_demoCreated = false;
    /// increment_usage calls answered through the gateway: user|key -> (units, platform) of each call.
    QHash<QString, QList<QPair<qint64, QString>>> m_observedUsage;

    QHash<QString, User> m_users; // by id
    QHash<QString, AuthSession> m_sessions;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, FlowState> m_flowStates; // by auth code
    QSet<QString> m_expiredTokens;          // access tokens force-expired by the expire-token fault
    QHash<QString, PlatformCode> m_platformCodes;
    QHash<QString, PlatformToken> m_platformTokens;
    QHash<QString, int> m_youtubeUnits; // by day
    std::vector<std::pair<ResponderPtr, QPointer<QTcpSocket>>> m_hung;
    quint64 m_counter = 0;
};

} // namespace sv::sandbox
