#pragma once

#include "backend/ApiError.h"
#include "backend/HttpClient.h"

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

namespace sv {

struct BackendConfig
{
    QUrl baseUrl;    ///< e.g. https://abcd.supabase.co (or http://127.0.0.1:port for the sandbox)
    QString anonKey; ///< the project's public anon key
    std::chrono::milliseconds timeout{20'000};
};

struct AuthUser
{
    QString id;
    QString email;
    QString role;
    QJsonObject appMetadata;
    QJsonObject userMetadata;

    static Result<AuthUser, ApiError> fromJson(const QJsonObject& object);
};

/// A Supabase Auth session. The tokens are secrets: they go to the keychain, never to logs or files.
struct Session
{
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QDateTime expiresAt; ///< UTC; from expires_at, or now + expires_in
    AuthUser user;

    bool isExpired(const QDateTime& now, std::chrono::seconds margin = std::chrono::seconds(0)) const
    {
        return !expiresAt.isValid() || now.addSecs(margin.count()) >= expiresAt;
    }
    /// Decodes a GoTrue session answer; `now` anchors expires_in when expires_at is absent.
    static Result<Session, ApiError> fromJson(const QJsonObject& object, const QDateTime& now);
};

/// Sign-up answers with a session, or (when e-mail confirmation is on) with the user only.
struct SignUpResult
{
    std::optional<Session> session;
    AuthUser user;
};

/// What the auth server offers for signing in (GET /auth/v1/settings).
struct AuthSettings
{
    /// The OAuth providers enabled on the server ("google", "github"...), alphabetically; not
    /// "email", "phone", "anonymous_users" or "saml" (not browser providers).
    QStringList providers;
    bool emailEnabled = true;
    bool signupDisabled = false;

    static AuthSettings fromJson(const QJsonObject& object);
};

/// A PostgREST read: GET /rest/v1/{table}?select=...&filters&order=...&limit/offset.
class RestQuery
{
public:
    explicit RestQuery(QString table, QString select = QStringLiteral("*"));

    RestQuery& eq(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("eq"), value);
    }
    RestQuery& neq(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("neq"), value);
    }
    RestQuery& gt(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("gt"), value);
    }
    RestQuery& gte(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("gte"), value);
    }
    RestQuery& lt(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("lt"), value);
    }
    RestQuery& lte(const QString& column, const QString& value)
    {
        return filter(column, QStringLiteral("lte"), value);
    }
    RestQuery& in(const QString& column, const QStringList& values);
    RestQuery& isNull(const QString& column)
    {
        return filter(column, QStringLiteral("is"), QStringLiteral("null"));
    }
    RestQuery& order(const QString& column, bool ascending = true, bool nullsLast = false);
    /// Rows [from, to] inclusive (sent as limit/offset).
    RestQuery& range(qint64 from, qint64 to);
    RestQuery& limit(qint64 n);
    /// Ask for the total row count (Prefer: count=exact -> Content-Range).
    RestQuery& withCount(bool exact = true);

    QString table() const { return m_table; }
    bool wantsCount() const { return m_count; }
    /// The query part of the URL, every name and value fully percent-encoded.
    QString queryString() const;

private:
    RestQuery& filter(const QString& column, const QString& op, const QString& value);

    QString m_table;
    QString m_select;
    QList<QPair<QString, QString>> m_filters;
    QStringList m_order;
    std::optional<qint64> m_offset;
    std::optional<qint64> m_limit;
    bool m_count = false;
};

struct RestResult
{
    QJsonArray rows;
    std::optional<qint64> total; ///< with withCount(): from Content-Range "0-49/1234" ("*" -> nullopt)
    qint64 rangeStart = -1;      ///< -1 when no rows
    qint64 rangeEnd = -1;
};

/// Parses a Content-Range header ("0-49/1234", "*/0", "0-9/*").
bool parseContentRange(const QByteArray& value, qint64* start, qint64* end, std::optional<qint64>* total);

/// Supabase: Auth (GoTrue), PostgREST, RPC and Edge Functions over the shared HttpClient.
/// Every call sends `apikey: <anon key>` and `Authorization: Bearer <access token or anon key>`.
/// A request made with the user's access token that the backend refuses as unauthorized (isRefusedToken())
/// asks the token refresher for a new token once and is sent once more with it: the backend did not run a
/// request it refused, so this is safe for a non-idempotent POST too (and increment_usage carries its
/// idempotency key anyway).
class BackendClient : public QObject
{
    Q_OBJECT
public:
    /// Returns the signed-in user's current access token, or an empty string when signed out.
    using TokenProvider = std::function<QString()>;
    /// Called when the backend refused the user's access token `refused` (401, JWT expired or invalid,
    /// although it may still look valid locally): returns a newer access token (after one refresh, shared
    /// by concurrent callers), or an empty string when there is none (signed out, offline).
    using TokenRefresher = std::function<QCoro::Task<QString>(QString refused)>;
    /// "Done, nothing to return". Not std::monostate: QCoro 0.8's Task stores its result in a
    /// std::variant<std::monostate, T, ...> and a returned monostate would read as "no result".
    struct Unit
    {
    };

    BackendClient(HttpClient* http, BackendConfig config, QObject* parent = nullptr);

    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setTokenRefresher(TokenRefresher refresher) { m_tokenRefresher = std::move(refresher); }
    const BackendConfig& config() const { return m_config; }
    HttpClient* http() const { return m_http; }

    // --- Auth (GoTrue, /auth/v1) ---
    QCoro::Task<Result<Session, ApiError>> signInWithPassword(const QString& email, const QString& password);
    QCoro::Task<Result<SignUpResult, ApiError>> signUp(const QString& email, const QString& password);
    /// PKCE: exchanges the auth code the browser brought back to the loopback listener.
    QCoro::Task<Result<Session, ApiError>> exchangeCodeForSession(const QString& authCode,
                                                                  const QString& codeVerifier);
    /// Refresh tokens rotate: the answer carries a new refresh token that must replace the old one.
    QCoro::Task<Result<Session, ApiError>> refreshSession(const QString& refreshToken);
    /// The current user; `accessToken` empty = the token provider's.
    QCoro::Task<Result<AuthUser, ApiError>> user(const QString& accessToken = {});
    /// Revokes the session server-side (scope "local", "global" or "others").
    QCoro::Task<Result<Unit, ApiError>> signOut(const QString& accessToken,
                                                const QString& scope = QStringLiteral("local"));
    /// GET /auth/v1/settings: the sign-in providers the server offers (safe to retry).
    QCoro::Task<Result<AuthSettings, ApiError>> authSettings();
    /// POST /auth/v1/recover: asks the server to e-mail a password recovery link to `email`. The server
    /// answers the same whether or not an account has this address. `redirectTo` empty = the site URL.
    QCoro::Task<Result<Unit, ApiError>> recoverPassword(const QString& email, const QUrl& redirectTo = {});
    /// The browser URL for PKCE sign-in with an OAuth provider (e.g. "google").
    QUrl authorizeUrl(const QString& provider, const QUrl& redirectTo, const QString& codeChallenge) const;

    // --- PostgREST (/rest/v1) ---
    QCoro::Task<Result<RestResult, ApiError>> select(const RestQuery& query);
    /// POST /rest/v1/rpc/{name}; `readOnly` marks it safe to retry.
    QCoro::Task<Result<QJsonValue, ApiError>> rpc(const QString& name, const QJsonObject& args = {},
                                                  bool readOnly = false);

    // --- Edge Functions (/functions/v1) ---
    /// POST /functions/v1/{name} with a JSON body. `idempotent` allows retries (read-only functions
    /// such as list-plans, or a body carrying an idempotency key).
    QCoro::Task<Result<QJsonValue, ApiError>>
    invokeFunction(const QString& name, const QJsonObject& body = {}, bool idempotent = false);

    QUrl endpoint(const QString& path) const;

    /// True when the backend refused the bearer token itself: 401 (PostgREST PGRST301, the functions'
    /// gateway "Invalid JWT") or GoTrue's 403 bad_jwt; not a missing or wrong API key.
    static bool isRefusedToken(const ApiError& error);

private:
    HttpRequest makeRequest(const QByteArray& method, const QUrl& url, const QString& bearer) const;
    QString currentBearer() const;
    /// Sends `request` with the current bearer; when the user's token is refused, refreshes it once (token
    /// refresher) and resends once.
    QCoro::Task<Result<HttpResponse, ApiError>> sendAsUser(HttpRequest request);
    QCoro::Task<Result<Session, ApiError>> tokenGrant(const QString& grantType, const QJsonObject& body);
    QCoro::Task<Result<QJsonValue, ApiError>> postJsonValue(HttpRequest request);

    HttpClient* m_http;
    BackendConfig m_config;
    TokenProvider m_tokenProvider;
    TokenRefresher m_tokenRefresher;
};

} // namespace sv
