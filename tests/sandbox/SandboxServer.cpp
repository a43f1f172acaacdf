#include "SandboxServer.h"

#include "SandboxImages.h"

#include "SandboxPostgrest.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMessageAuthenticationCode>
#include <QTimer>

namespace sv::sandbox {

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_autoConsent(options.autoConsent)
    , m_data(options.seed, options.itemsPerPlatform)
{
    // The gateway signs with the backend's secret, so the functions and the database accept its JWTs.
    const RealBackend& backend = m_options.backend;
    m_jwtSecret = backend.jwtSecret;
    auto key = [this](const QString& given, const QString& role) {
        return !given.isEmpty() ? given
                                : signJwt(QJsonObject{{SVL("iss"), SVL("supabase-demo")},
                                                      {SVL("role"), role},
                                                      {SVL("iat"), 1700000000},
                                                      {SVL("exp"), 4102444800LL}});
    };
    m_anonKey = key(backend.anonKey, SVL("anon"));
    m_serviceKey = key(backend.serviceRoleKey, SVL("service_role"));
    startGateway(backend);
}

SandboxServer::~SandboxServer() = default;

qint64 SandboxServer::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

QString SandboxServer::url(const QString& path) const
{
    return m_base.toString(QUrl::StripTrailingSlash) + path;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Every request goes through handleRequest(); this is only reached if it declined one.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

bool SandboxServer::handleRequest(const QHttpServerRequest& qreq, QTcpSocket* socket)
{
    HttpRequest request;
    switch (qreq.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        request.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        request.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        request.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        request.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        request.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        request.method = "PATCH";
        break;
    default:
        request.method = "OTHER";
        break;
    }
    request.url = qreq.url();
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(request.url);
    request.headers = qreq.headers();
    request.body = qreq.body();

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(qreq, socket));
    const QPointer<QTcpSocket> guard(socket);
    ++m_counter;

    std::vector<Fault> fired;
    if (!request.path.startsWith(QLatin1String("/__control"))) {
        fired = m_faults.match(request.path, request.method);
    }
    int latency = 0;
    const Fault* terminal = nullptr;
    const Fault* bodyFault = nullptr;
    for (const Fault& f : fired) {
        switch (f.kind) {
        case Fault::Kind::Latency:
            latency += f.value;
            break;
        case Fault::Kind::ExpireToken: {
            const QString token = request.bearerToken();
            if (!token.isEmpty()) {
                m_expiredTokens.insert(token);
                if (m_platformTokens.contains(token)) {
                    m_platformTokens[token].expiresAt = now() - 1;
                }
            }
            break;
        }
        case Fault::Kind::Truncate:
        case Fault::Kind::Malformed:
            if (!bodyFault) {
                bodyFault = &f;
            }
            break;
        case Fault::Kind::Status:
        case Fault::Kind::Hang:
        case Fault::Kind::Quota:
            if (!terminal) {
                terminal = &f;
            }
            break;
        }
    }
    if (terminal && terminal->kind == Fault::Kind::Hang) {
        qInfo("fault: hang %s %s", request.method.constData(), qPrintable(request.path));
        m_hung.emplace_back(responder, guard); // never answered (until shutdown)
        return true;
    }
    // The faults act in front of the services, whether they answer at once or later.
    std::optional<Fault> body = bodyFault ? std::optional<Fault>(*bodyFault) : std::nullopt;
    auto answer = [this, responder, guard, body, latency](const HttpResponse& served) {
        const HttpResponse response = body ? applyBodyFault(*body, served) : served;
        if (latency > 0) {
            QTimer::singleShot(latency, this,
                               [this, responder, guard, response] { send(responder, guard, response); });
        } else {
            send(responder, guard, response);
        }
    };
    if (terminal) {
        answer(faultResponse(*terminal, request));
    } else {
        dispatchAsync(request, answer);
    }
    return true;
}

void SandboxServer::dispatchAsync(const HttpRequest& request, std::function<void(const HttpResponse&)> done)
{
    static const QLatin1String functionsPrefix("/functions/v1/");
    if (request.path.startsWith(functionsPrefix)) {
        const QString name = request.path.mid(functionsPrefix.size()).section(QLatin1Char('/'), 0, 0);
        if (auto refused = gatewayFunctionCheck(request, name)) {
            done(*refused);
        } else {
            forwardFunction(request, std::move(done));
        }
        return;
    }
    done(dispatch(request));
}

void SandboxServer::send(const ResponderPtr& responder, const QPointer<QTcpSocket>& socket,
                         const HttpResponse& response)
{
    // Writing after the client went away crashes Qt HttpServer 6.4: check the socket first.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    bool hasType = false;
    for (const auto& [key, value] : response.headers) {
        responder->writeHeader(key, value);
        hasType = hasType || key.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !response.body.isEmpty()) {
        responder->writeHeader("Content-Type", "text/plain; charset=utf-8");
    }
    if (response.status == 204 || response.status == 304) {
        // No body and, as real servers do, no Content-Length either (RFC 9110 §8.6).
        responder->writeBody(QByteArray());
        return;
    }
    responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder->writeBody(response.body);
}

HttpResponse SandboxServer::applyBodyFault(const Fault& fault, HttpResponse response) const
{
    if (fault.kind == Fault::Kind::Truncate) {
        // A complete HTTP message whose JSON body stops half way.
        response.body = response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
    } else {
        response.status = 200;
        response.body = QByteArrayLiteral("{\"data\": [{\"id\": \"1\", \"title\": \"unterminated}, ,]");
        response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    }
    return response;
}

HttpResponse SandboxServer::faultResponse(const Fault& fault, const HttpRequest& request)
{
    const QString& p = request.path;
    if (fault.kind == Fault::Kind::Quota) {
        if (p.startsWith(QLatin1String("/youtube"))) {
            return youtubeError(403, SVL("quotaExceeded"),
                                SVL("The request cannot be completed because you have exceeded your "
                                    "<a href=\"/youtube/v3/getting-started#quota\">quota</a>."));
        }
        if (p.startsWith(QLatin1String("/instagram"))) {
            return instagramError(400, 4, SVL("OAuthException"), SVL("Application request limit reached"));
        }
        if (p.startsWith(QLatin1String("/tiktok"))) {
            return tiktokError(429, SVL("rate_limit_exceeded"),
                               SVL("API rate limit was exceeded, please try again later."));
        }
        if (p.startsWith(QLatin1String("/rest/v1"))) {
            return pgError(400, SVL("P0001"), SVL("quota_exceeded"), SVL("The monthly quota is used up."));
        }
        return functionError(429, SVL("quota_exceeded"), SVL("The monthly quota is used up."));
    }
    // Status faults, shaped like the service's own errors.
    const int status = fault.value;
    HttpResponse r;
    const QString message = status == 429 ? SVL("Too many requests") : SVL("Injected failure");
    if (p.startsWith(QLatin1String("/auth/v1"))) {
        r = goTrueError(status, status == 429 ? SVL("over_request_rate_limit") : SVL("unexpected_failure"),
                        message);
    } else if (p.startsWith(QLatin1String("/rest/v1"))) {
        r = pgError(status, status == 429 ? SVL("PGRST429") : SVL("PGRST000"), message);
    } else if (p.startsWith(QLatin1String("/youtube"))) {
        r = youtubeError(status, status == 429 ? SVL("rateLimitExceeded") : SVL("backendError"), message);
    } else if (p.startsWith(QLatin1String("/instagram"))) {
        r = instagramError(status, status == 429 ? 4 : 2, SVL("OAuthException"), message);
    } else if (p.startsWith(QLatin1String("/tiktok"))) {
        r = tiktokError(status, status == 429 ? SVL("rate_limit_exceeded") : SVL("internal_error"), message);
    } else {
        r = functionError(status, status == 429 ? SVL("rate_limited") : SVL("internal_error"), message);
    }
    if (fault.retryAfter >= 0) {
        r.withHeader("Retry-After", QByteArray::number(fault.retryAfter));
    }
    return r;
}

HttpResponse SandboxServer::dispatch(const HttpRequest& request)
{
    const QString& p = request.path;
    auto under = [&](QLatin1String prefix, QString* rest) {
        if (p == prefix || p.startsWith(prefix + QLatin1Char('/'))) {
            *rest = p.mid(prefix.size());
            return true;
        }
        return false;
    };
    QString rest;
    if (under(QLatin1String("/__control"), &rest)) {
        return control(request);
    }
    if (under(QLatin1String("/auth/v1"), &rest)) {
        return auth(request, rest);
    }
    if (under(QLatin1String("/rest/v1"), &rest)) {
        return gatewayRest(request, rest);
    }
    if (auto picture = platformImage(request)) {
        return *picture;
    }
    if (under(QLatin1String("/youtube"), &rest)) {
        return youtube(request, rest);
    }
    if (under(QLatin1String("/instagram"), &rest)) {
        return instagram(request, rest);
    }
    if (under(QLatin1String("/tiktok"), &rest)) {
        return tiktok(request, rest);
    }
    if (p == QLatin1String("/") || p.isEmpty()) {
        return HttpResponse::html(200, SVL("<!doctype html><title>StreamVibe sandbox</title>"
                                           "<h1>StreamVibe sandbox</h1><p>See tests/sandbox/README.md.</p>"));
    }
    return HttpResponse::json(404, QJsonObject{{SVL("message"), SVL("no Route matched with those values")}});
}

HttpResponse SandboxServer::control(const HttpRequest& request)
{
    const QString p = request.path.mid(QLatin1String("/__control").size());
    if (p == QLatin1String("/faults")) {
        if (request.method == "GET") {
            QJsonArray list;
            for (const Fault& f : m_faults.all()) {
                list.append(f.toJson());
            }
            return HttpResponse::json(200, QJsonObject{{SVL("faults"), list}});
        }
        if (request.method == "DELETE") {
            m_faults.clear();
            return HttpResponse::json(200, QJsonObject{{SVL("faults"), QJsonArray{}}});
        }
        if (request.method == "POST") {
            QJsonParseError perr{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
            if (perr.error != QJsonParseError::NoError) {
                return HttpResponse::json(400, QJsonObject{{SVL("error"), SVL("body is not JSON")}});
            }
            const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            std::vector<Fault> parsed;
            for (const QJsonValue& v : items) {
                QString error;
                auto faults = FaultInjector::parseJson(v.toObject(), &error);
                if (!error.isEmpty()) {
                    return HttpResponse::json(400, QJsonObject{{SVL("error"), error}});
                }
                parsed.insert(parsed.end(), faults.begin(), faults.end());
            }
            QJsonArray added;
            for (const Fault& f : parsed) {
                m_faults.add(f);
                added.append(m_faults.all().back().toJson());
            }
            return HttpResponse::json(200, QJsonObject{{SVL("added"), added}});
        }
    }
    if (p == QLatin1String("/config") && request.method == "POST") {
        bool ok = false;
        const QJsonObject o = request.jsonObject(&ok);
        if (!ok) {
            return HttpResponse::json(400, QJsonObject{{SVL("error"), SVL("body is not a JSON object")}});
        }
        if (o.contains(QLatin1String("refresh_reuse_grace"))) {
            m_refreshReuseGrace = o.value(QLatin1String("refresh_reuse_grace")).toInt();
        }
        if (o.contains(QLatin1String("token_ttl"))) {
            m_options.tokenTtl = o.value(QLatin1String("token_ttl")).toInt();
        }
        if (o.contains(QLatin1String("auto_consent"))) {
            m_autoConsent = o.value(QLatin1String("auto_consent")).toBool();
        }
        if (o.contains(QLatin1String("legacy_auth_errors"))) {
            m_legacyAuthErrors = o.value(QLatin1String("legacy_auth_errors")).toBool();
        }
        if (o.contains(QLatin1String("auth_code_ttl"))) {
            m_authCodeTtl = o.value(QLatin1String("auth_code_ttl")).toInt();
        }
        if (o.contains(QLatin1String("youtube_daily_quota"))) {
            m_youtubeDailyQuota = o.value(QLatin1String("youtube_daily_quota")).toInt();
        }
        if (o.contains(QLatin1String("instagram_refresh_min_age"))) {
            m_instagramRefreshMinAge = o.value(QLatin1String("instagram_refresh_min_age")).toInt();
        }
        if (o.contains(QLatin1String("email_max_frequency"))) {
            m_emailMaxFrequency = o.value(QLatin1String("email_max_frequency")).toInt();
        }
        if (o.contains(QLatin1String("rate_limit_email_sent"))) {
            m_emailRateLimit = o.value(QLatin1String("rate_limit_email_sent")).toInt();
        }
        if (o.contains(QLatin1String("withheld_scopes"))) {
            m_withheldScopes.clear();
            for (const QJsonValue& v : o.value(QLatin1String("withheld_scopes")).toArray()) {
                m_withheldScopes.append(v.toString());
            }
        }
    }
    if (p == QLatin1String("/config")) {
        return HttpResponse::json(
            200, QJsonObject{{SVL("refresh_reuse_grace"), m_refreshReuseGrace},
                             {SVL("token_ttl"), m_options.tokenTtl},
                             {SVL("auto_consent"), m_autoConsent},
                             {SVL("auth_code_ttl"), m_authCodeTtl},
                             {SVL("legacy_auth_errors"), m_legacyAuthErrors},
                             {SVL("youtube_daily_quota"), m_youtubeDailyQuota},
                             {SVL("instagram_refresh_min_age"), m_instagramRefreshMinAge},
                             {SVL("withheld_scopes"), QJsonArray::fromStringList(m_withheldScopes)},
                             {SVL("email_max_frequency"), m_emailMaxFrequency},
                             {SVL("rate_limit_email_sent"), m_emailRateLimit},
                             {SVL("items"), m_data.count()}});
    }
    if (p.startsWith(QLatin1String("/platform-token/")) && request.method == "POST") {
        const QString platform = p.mid(QLatin1String("/platform-token/").size());
        if (platform != QLatin1String("youtube") && platform != QLatin1String("instagram") &&
            platform != QLatin1String("tiktok")) {
            return HttpResponse::json(404, QJsonObject{{SVL("error"), SVL("unknown platform")}});
        }
        const qint64 ttl = platform == QLatin1String("instagram") ? 5184000 : 3600;
        // ?scope= grants those scopes only; by default every scope the app asks for at connect.
        const QString scope =
            request.hasQuery(SVL("scope")) ? request.queryValue(SVL("scope")) : fullPlatformScope(platform);
        return HttpResponse::json(
            200,
            QJsonObject{{SVL("access_token"), issuePlatformToken(platform, ttl, false, false, {}, scope)},
                        {SVL("expires_in"), ttl},
                        {SVL("scope"), scope}});
    }
    if (p.startsWith(QLatin1String("/items/")) && request.method == "GET") {
        // The platform's generated items (what a complete sync of the account must end with).
        const QString platform = p.mid(QLatin1String("/items/").size());
        std::optional<Platform> which;
        if (platform == QLatin1String("youtube")) {
            which = Platform::YouTube;
        } else if (platform == QLatin1String("instagram")) {
            which = Platform::Instagram;
        } else if (platform == QLatin1String("tiktok")) {
            which = Platform::TikTok;
        }
        if (!which) {
            return HttpResponse::json(404, QJsonObject{{SVL("error"), SVL("unknown platform")}});
        }
        QJsonArray ids;
        for (qint64 i = 0; i < m_data.count(); ++i) {
            ids.append(m_data.item(*which, i).id);
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("platform"), platform}, {SVL("count"), m_data.count()}, {SVL("ids"), ids}});
    }
    if (p == QLatin1String("/usage") && request.method == "GET") {
        // A user's billed units and every usage report the backend received (?email=).
        const User* user = userByEmail(request.queryValue(SVL("email")));
        if (!user) {
            return HttpResponse::json(404, QJsonObject{{SVL("error"), SVL("unknown user")}});
        }
        return gatewayUsage(*user);
    }
    if (p == QLatin1String("/emails")) {
        // What GoTrue's mailer sent (?to= one address), oldest first; DELETE forgets them.
        if (request.method == "DELETE") {
            m_sentEmails = QJsonArray{};
        }
        const QString to = request.queryValue(SVL("to")).toLower();
        QJsonArray emails;
        for (const QJsonValue& e : std::as_const(m_sentEmails)) {
            if (to.isEmpty() || e.toObject().value(QLatin1String("to")).toString() == to) {
                emails.append(e);
            }
        }
        return HttpResponse::json(200, QJsonObject{{SVL("emails"), emails}});
    }
    if (p == QLatin1String("/health")) {
        return HttpResponse::json(200, QJsonObject{{SVL("ok"), true}, {SVL("requests"), qint64(m_counter)}});
    }
    return HttpResponse::json(404, QJsonObject{{SVL("error"), SVL("unknown control endpoint")}});
}

QString SandboxServer::signJwt(const QJsonObject& claims) const
{
    const QByteArray header = base64Url(QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray input = header + '.' + payload;
    const QByteArray sig = QMessageAuthenticationCode::hash(input, m_jwtSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + base64Url(sig));
}

SandboxServer::TokenState SandboxServer::verifyJwt(const QString& token, AccessClaims* claims) const
{
    if (token.isEmpty()) {
        return TokenState::Missing;
    }
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        return TokenState::Malformed;
    }
    const QByteArray expected = base64Url(
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_jwtSecret, QCryptographicHash::Sha256));
    bool ok = false;
    const QByteArray payload = fromBase64Url(parts[1], &ok);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!ok || !doc.isObject()) {
        return TokenState::Malformed;
    }
    if (expected != parts[2]) {
        return TokenState::BadSignature;
    }
    const QJsonObject o = doc.object();
    claims->sub = o.value(QLatin1String("sub")).toString();
    claims->role = o.value(QLatin1String("role")).toString();
    claims->sessionId = o.value(QLatin1String("session_id")).toString();
    claims->email = o.value(QLatin1String("email")).toString();
    claims->exp = o.value(QLatin1String("exp")).toInteger();
    claims->payload = o;
    if (claims->exp <= now() || m_expiredTokens.contains(token)) {
        return TokenState::Expired;
    }
    return TokenState::Valid;
}

} // namespace sv::sandbox
