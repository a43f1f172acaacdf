#include "backend/BackendClient.h"

#include "backend/Json.h"

#include <QJsonDocument>
#include <QPointer>

namespace sv {

namespace {

QString enc(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

/// PostgREST reserves , . : ( ) and quotes inside in.(...) lists: such values are double-quoted.
QString quoteListValue(const QString& v)
{
    static const QString reserved = QStringLiteral(",.:()\" \\");
    bool needs = v.isEmpty();
    for (QChar c : v) {
        if (reserved.contains(c)) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return v;
    QString escaped = v;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// Parses any JSON value, including a top-level scalar; an empty body is null.
Result<QJsonValue, ApiError> parseJsonValue(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QByteArray wrapped = '[' + body + ']';
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        return ApiError::make(ApiError::Kind::BadResponse,
                              QStringLiteral("malformed JSON at offset %1 of %2 bytes: %3")
                                  .arg(std::max(0, error.offset - 1))
                                  .arg(body.size())
                                  .arg(error.error == QJsonParseError::NoError
                                           ? QStringLiteral("more than one value")
                                           : error.errorString()));
    }
    return doc.array().at(0);
}

} // namespace

// ---------------------------------------------------------------- models

Result<AuthUser, ApiError> AuthUser::fromJson(const QJsonObject& object)
{
    JsonReader r(object, QStringLiteral("$.user"));
    AuthUser u;
    u.id = r.requireString(QStringLiteral("id"));
    u.email = r.optionalString(QStringLiteral("email")).value_or(QString());
    u.role = r.optionalString(QStringLiteral("role")).value_or(QString());
    if (auto meta = r.optionalObject(QStringLiteral("app_metadata")))
        u.appMetadata = meta->object();
    if (auto meta = r.optionalObject(QStringLiteral("user_metadata")))
        u.userMetadata = meta->object();
    if (r.ok() && u.id.isEmpty())
        r.fail(QStringLiteral("id"), QStringLiteral("empty user id"));
    if (auto e = r.error())
        return *e;
    return u;
}

Result<Session, ApiError> Session::fromJson(const QJsonObject& object, const QDateTime& now)
{
    JsonReader r(object);
    Session s;
    s.accessToken = r.requireString(QStringLiteral("access_token"));
    s.refreshToken = r.requireString(QStringLiteral("refresh_token"));
    s.tokenType = r.optionalString(QStringLiteral("token_type")).value_or(QStringLiteral("bearer"));
    const auto expiresAt = r.optionalInt(QStringLiteral("expires_at"));
    const auto expiresIn = r.optionalInt(QStringLiteral("expires_in"));
    JsonReader userReader = r.requireObject(QStringLiteral("user"));
    if (!r.ok())
        return *r.error();
    if (expiresAt)
        s.expiresAt = QDateTime::fromSecsSinceEpoch(*expiresAt, Qt::UTC);
    else if (expiresIn)
        s.expiresAt = now.toUTC().addSecs(*expiresIn);
    else
        r.fail(QStringLiteral("expires_in"), QStringLiteral("missing (and no expires_at)"));
    if (s.accessToken.isEmpty())
        r.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
    if (auto e = r.error())
        return *e;
    auto user = AuthUser::fromJson(userReader.object());
    if (!user)
        return user.error();
    s.user = std::move(user.value());
    return s;
}

// ---------------------------------------------------------------- RestQuery

RestQuery::RestQuery(QString table, QString select)
    : m_table(std::move(table))
    , m_select(std::move(select))
{
}

RestQuery& RestQuery::filter(const QString& column, const QString& op, const QString& value)
{
    m_filters.append({column, op + QLatin1Char('.') + value});
    return *this;
}

RestQuery& RestQuery::in(const QString& column, const QStringList& values)
{
    QStringList quoted;
    for (const QString& v : values)
        quoted << quoteListValue(v);
    m_filters.append({column, QStringLiteral("in.(") + quoted.join(QLatin1Char(',')) + QLatin1Char(')')});
    return *this;
}

RestQuery& RestQuery::order(const QString& column, bool ascending, bool nullsLast)
{
    QString o = column + (ascending ? QLatin1String(".asc") : QLatin1String(".desc"));
    if (nullsLast)
        o += QLatin1String(".nullslast");
    m_order << o;
    return *this;
}

RestQuery& RestQuery::range(qint64 from, qint64 to)
{
    m_offset = std::max<qint64>(0, from);
    m_limit = std::max<qint64>(0, to - from + 1);
    return *this;
}

RestQuery& RestQuery::limit(qint64 n)
{
    m_limit = std::max<qint64>(0, n);
    return *this;
}

RestQuery& RestQuery::withCount(bool exact)
{
    m_count = exact;
    return *this;
}

QString RestQuery::queryString() const
{
    QStringList parts;
    parts << QStringLiteral("select=") + enc(m_select);
    for (const auto& [column, expr] : m_filters)
        parts << enc(column) + QLatin1Char('=') + enc(expr);
    if (!m_order.isEmpty())
        parts << QStringLiteral("order=") + enc(m_order.join(QLatin1Char(',')));
    if (m_limit)
        parts << QStringLiteral("limit=") + QString::number(*m_limit);
    if (m_offset)
        parts << QStringLiteral("offset=") + QString::number(*m_offset);
    return parts.join(QLatin1Char('&'));
}

bool parseContentRange(const QByteArray& raw, qint64* start, qint64* end, std::optional<qint64>* total)
{
    // "0-49/1234", "*/0", "0-9/*" (an optional unit prefix "items " is tolerated)
    QByteArray value = raw.trimmed();
    if (value.startsWith("items "))
        value = value.mid(6).trimmed();
    const qsizetype slash = value.indexOf('/');
    if (slash < 0)
        return false;
    const QByteArray range = value.left(slash);
    const QByteArray tot = value.mid(slash + 1);
    *start = -1;
    *end = -1;
    if (range != "*") {
        const qsizetype dash = range.indexOf('-');
        if (dash <= 0)
            return false;
        bool ok1 = false;
        bool ok2 = false;
        *start = range.left(dash).toLongLong(&ok1);
        *end = range.mid(dash + 1).toLongLong(&ok2);
        if (!ok1 || !ok2 || *start < 0 || *end < *start)
            return false;
    }
    if (tot == "*") {
        *total = std::nullopt;
    } else {
        bool ok = false;
        const qint64 t = tot.toLongLong(&ok);
        if (!ok || t < 0)
            return false;
        *total = t;
    }
    return true;
}

// ---------------------------------------------------------------- BackendClient

BackendClient::BackendClient(HttpClient* http, BackendConfig config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
{
}

QUrl BackendClient::endpoint(const QString& path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString BackendClient::currentBearer() const
{
    const QString token = m_tokenProvider ? m_tokenProvider() : QString();
    return token.isEmpty() ? m_config.anonKey : token;
}

HttpRequest BackendClient::makeRequest(const QByteArray& method, const QUrl& url, const QString& bearer) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.timeout = m_config.timeout;
    r.setHeader(QByteArrayLiteral("apikey"), m_config.anonKey.toUtf8());
    r.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer.toUtf8());
    r.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return r;
}

bool BackendClient::isRefusedToken(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Http)
        return false;
    // A missing or wrong API key is a configuration problem: a new token would not help.
    if (error.apiCode == QLatin1String("no_api_key") || error.apiCode == QLatin1String("invalid_api_key"))
        return false;
    return error.httpStatus == 401 || (error.httpStatus == 403 && error.apiCode == QLatin1String("bad_jwt"));
}

QCoro::Task<Result<HttpResponse, ApiError>> BackendClient::sendAsUser(HttpRequest request)
{
    static const QByteArray authorization = QByteArrayLiteral("Authorization");
    const QString token = m_tokenProvider ? m_tokenProvider() : QString();
    request.setHeader(authorization, "Bearer " + (token.isEmpty() ? m_config.anonKey : token).toUtf8());
    const TokenRefresher refresher = m_tokenRefresher; // may change while suspended
    HttpRequest again = request;
    auto response = co_await m_http->send(std::move(request));
    if (response || token.isEmpty() || !refresher || !isRefusedToken(response.error()))
        co_return response;
    QPointer<BackendClient> self(this);
    qCInfo(lcBackend).noquote() << "access token refused, refreshing the session once:"
                                << response.error().logString();
    const QString fresh = co_await refresher(token);
    if (!self || fresh.isEmpty() || fresh == token)
        co_return response;
    again.setHeader(authorization, "Bearer " + fresh.toUtf8());
    co_return co_await m_http->send(std::move(again));
}

QCoro::Task<Result<Session, ApiError>> BackendClient::tokenGrant(const QString& grantType,
                                                                 const QJsonObject& body)
{
    QUrl url = endpoint(QStringLiteral("/auth/v1/token"));
    url.setQuery(QStringLiteral("grant_type=") + enc(grantType));
    HttpRequest r = makeRequest(QByteArrayLiteral("POST"), url, m_config.anonKey);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.idempotent = false; // codes are single-use, refresh tokens rotate: never replay
    auto doc = co_await m_http->sendJson(std::move(r));
    if (!doc)
        co_return doc.error();
    if (!doc->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected a session object"));
    co_return Session::fromJson(doc->object(), QDateTime::currentDateTimeUtc());
}

QCoro::Task<Result<Session, ApiError>> BackendClient::signInWithPassword(const QString& email,
                                                                         const QString& password)
{
    // (locals: g++ 12 miscompiles QStringLiteral inside a co_await expression)
    const QString grant = QStringLiteral("password");
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    co_return co_await tokenGrant(grant, body);
}

QCoro::Task<Result<Session, ApiError>> BackendClient::exchangeCodeForSession(const QString& authCode,
                                                                             const QString& codeVerifier)
{
    const QString grant = QStringLiteral("pkce");
    const QJsonObject body{{QStringLiteral("auth_code"), authCode},
                           {QStringLiteral("code_verifier"), codeVerifier}};
    co_return co_await tokenGrant(grant, body);
}

QCoro::Task<Result<Session, ApiError>> BackendClient::refreshSession(const QString& refreshToken)
{
    const QString grant = QStringLiteral("refresh_token");
    const QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
    co_return co_await tokenGrant(grant, body);
}

QCoro::Task<Result<SignUpResult, ApiError>> BackendClient::signUp(const QString& email,
                                                                  const QString& password)
{
    HttpRequest r =
        makeRequest(QByteArrayLiteral("POST"), endpoint(QStringLiteral("/auth/v1/signup")), m_config.anonKey);
    r.body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    auto doc = co_await m_http->sendJson(std::move(r));
    if (!doc)
        co_return doc.error();
    if (!doc->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected an object"));
    const QJsonObject o = doc->object();
    SignUpResult result;
    if (o.contains(QLatin1String("access_token"))) {
        auto session = Session::fromJson(o, QDateTime::currentDateTimeUtc());
        if (!session)
            co_return session.error();
        result.user = session->user;
        result.session = std::move(session.value());
        co_return result;
    }
    // Confirmation pending: the answer is the user itself (or {"user": {...}} on some versions).
    auto user = AuthUser::fromJson(
        o.value(QLatin1String("user")).isObject() ? o.value(QLatin1String("user")).toObject() : o);
    if (!user)
        co_return user.error();
    result.user = std::move(user.value());
    co_return result;
}

QCoro::Task<Result<AuthUser, ApiError>> BackendClient::user(const QString& accessToken)
{
    HttpRequest request =
        makeRequest(QByteArrayLiteral("GET"), endpoint(QStringLiteral("/auth/v1/user")), accessToken);
    // An explicit token is checked as it is; the session's own token is refreshed once if refused.
    Result<HttpResponse, ApiError> response = ApiError::make(ApiError::Kind::Cancelled);
    if (accessToken.isEmpty())
        response = co_await sendAsUser(std::move(request));
    else
        response = co_await m_http->send(std::move(request));
    if (!response)
        co_return response.error();
    auto doc = parseJsonDocument(response->body);
    if (!doc) {
        ApiError e = doc.error();
        e.method = QStringLiteral("GET");
        e.httpStatus = response->status;
        co_return e;
    }
    if (!doc->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected a user object"));
    co_return AuthUser::fromJson(doc->object());
}

QCoro::Task<Result<BackendClient::Unit, ApiError>> BackendClient::signOut(const QString& accessToken,
                                                                          const QString& scope)
{
    QUrl url = endpoint(QStringLiteral("/auth/v1/logout"));
    url.setQuery(QStringLiteral("scope=") + enc(scope));
    HttpRequest r =
        makeRequest(QByteArrayLiteral("POST"), url, accessToken.isEmpty() ? currentBearer() : accessToken);
    r.idempotent = true; // revoking twice is harmless
    auto response = co_await m_http->send(std::move(r));
    if (!response)
        co_return response.error();
    co_return Unit{};
}

AuthSettings AuthSettings::fromJson(const QJsonObject& object)
{
    static const QStringList notBrowser{QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("anonymous_users"), QStringLiteral("saml")};
    AuthSettings settings;
    const QJsonObject external = object.value(QLatin1String("external")).toObject();
    for (auto it = external.begin(); it != external.end(); ++it) {
        if (it.value().toBool() && !notBrowser.contains(it.key()))
            settings.providers << it.key();
    }
    settings.emailEnabled = external.value(QLatin1String("email")).toBool(true);
    settings.signupDisabled = object.value(QLatin1String("disable_signup")).toBool(false);
    return settings;
}

QCoro::Task<Result<AuthSettings, ApiError>> BackendClient::authSettings()
{
    HttpRequest r = makeRequest(QByteArrayLiteral("GET"), endpoint(QStringLiteral("/auth/v1/settings")),
                                m_config.anonKey);
    auto doc = co_await m_http->sendJson(std::move(r));
    if (!doc)
        co_return doc.error();
    if (!doc->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected an object"));
    co_return AuthSettings::fromJson(doc->object());
}

QCoro::Task<Result<BackendClient::Unit, ApiError>> BackendClient::recoverPassword(const QString& email,
                                                                                  const QUrl& redirectTo)
{
    QUrl url = endpoint(QStringLiteral("/auth/v1/recover"));
    if (!redirectTo.isEmpty())
        url.setQuery(QStringLiteral("redirect_to=") + enc(redirectTo.toString(QUrl::FullyEncoded)),
                     QUrl::StrictMode);
    HttpRequest r = makeRequest(QByteArrayLiteral("POST"), url, m_config.anonKey);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("email"), email}}).toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.idempotent = false; // each accepted request sends an e-mail
    auto response = co_await m_http->send(std::move(r));
    if (!response)
        co_return response.error();
    co_return Unit{};
}

QUrl BackendClient::authorizeUrl(const QString& provider, const QUrl& redirectTo,
                                 const QString& codeChallenge) const
{
    QUrl url = endpoint(QStringLiteral("/auth/v1/authorize"));
    url.setQuery(QStringLiteral("provider=") + enc(provider) + QStringLiteral("&redirect_to=") +
                     enc(redirectTo.toString(QUrl::FullyEncoded)) + QStringLiteral("&code_challenge=") +
                     enc(codeChallenge) + QStringLiteral("&code_challenge_method=s256"),
                 QUrl::StrictMode);
    return url;
}

QCoro::Task<Result<RestResult, ApiError>> BackendClient::select(const RestQuery& query)
{
    QUrl url = endpoint(QStringLiteral("/rest/v1/") + enc(query.table()));
    url.setQuery(query.queryString(), QUrl::StrictMode);
    HttpRequest r = makeRequest(QByteArrayLiteral("GET"), url, {}); // bearer: sendAsUser()
    if (query.wantsCount())
        r.setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("count=exact"));
    auto response = co_await sendAsUser(std::move(r));
    if (!response)
        co_return response.error();
    auto rows = parseJsonArray(response->body);
    if (!rows) {
        ApiError e = rows.error();
        e.method = QStringLiteral("GET");
        e.httpStatus = response->status;
        co_return e;
    }
    RestResult result;
    result.rows = std::move(rows.value());
    const QByteArray contentRange = response->header(QByteArrayLiteral("Content-Range"));
    if (!contentRange.isEmpty()) {
        if (!parseContentRange(contentRange, &result.rangeStart, &result.rangeEnd, &result.total)) {
            co_return ApiError::make(ApiError::Kind::BadResponse,
                                     QStringLiteral("unparsable Content-Range \"%1\"")
                                         .arg(QString::fromLatin1(contentRange.left(60))));
        }
    }
    if (query.wantsCount() && !result.total) {
        co_return ApiError::make(ApiError::Kind::BadResponse,
                                 QStringLiteral("count requested but no total in Content-Range"));
    }
    co_return result;
}

QCoro::Task<Result<QJsonValue, ApiError>> BackendClient::postJsonValue(HttpRequest request)
{
    const QString method = QString::fromLatin1(request.method);
    auto response = co_await sendAsUser(std::move(request));
    if (!response)
        co_return response.error();
    auto value = parseJsonValue(response->body);
    if (!value) {
        ApiError e = value.error();
        e.method = method;
        e.httpStatus = response->status;
        co_return e;
    }
    co_return value;
}

QCoro::Task<Result<QJsonValue, ApiError>> BackendClient::rpc(const QString& name, const QJsonObject& args,
                                                             bool readOnly)
{
    HttpRequest r =
        makeRequest(QByteArrayLiteral("POST"), endpoint(QStringLiteral("/rest/v1/rpc/") + enc(name)), {});
    r.body = QJsonDocument(args).toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.idempotent = readOnly;
    co_return co_await postJsonValue(std::move(r));
}

QCoro::Task<Result<QJsonValue, ApiError>>
BackendClient::invokeFunction(const QString& name, const QJsonObject& body, bool idempotent)
{
    HttpRequest r =
        makeRequest(QByteArrayLiteral("POST"), endpoint(QStringLiteral("/functions/v1/") + enc(name)), {});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.idempotent = idempotent;
    co_return co_await postJsonValue(std::move(r));
}

} // namespace sv
