#include "platforms/PlatformHttp.h"

#include "backend/HttpClient.h"
#include "backend/Json.h"
#include "text/Graphemes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace sv {

namespace {

std::optional<std::chrono::seconds> toSeconds(const std::optional<std::chrono::milliseconds>& ms)
{
    if (!ms)
        return std::nullopt;
    return std::chrono::seconds((ms->count() + 999) / 1000);
}

QString rateLimitedMessage(Platform platform, std::chrono::seconds retryAfter)
{
    const int seconds = static_cast<int>(std::max<qint64>(1, retryAfter.count()));
    return QCoreApplication::translate(
               "sv::PlatformError", "%1 is limiting requests. Try again in %n second(s).", nullptr, seconds)
        .arg(platformDisplayName(platform));
}

} // namespace

PlatformError makePlatformError(Platform platform, PlatformError::Kind kind, QString detail, int httpStatus)
{
    using K = PlatformError::Kind;
    const QString name = platformDisplayName(platform);
    QString message;
    switch (kind) {
    case K::Network:
        message = QCoreApplication::translate("sv::PlatformError",
                                              "%1 could not be reached. Check your internet connection.")
                      .arg(name);
        break;
    case K::Timeout:
        message =
            QCoreApplication::translate("sv::PlatformError", "%1 took too long to answer. Please try again.")
                .arg(name);
        break;
    case K::Unauthorized:
        message = QCoreApplication::translate("sv::PlatformError", "%1 did not accept the saved sign-in.")
                      .arg(name);
        break;
    case K::ReconnectNeeded:
        message = QCoreApplication::translate(
                      "sv::PlatformError",
                      "The connection to %1 has expired or was revoked. Reconnect the account.")
                      .arg(name);
        break;
    case K::RateLimited:
        message = QCoreApplication::translate("sv::PlatformError",
                                              "%1 is limiting requests. Please wait a moment and try again.")
                      .arg(name);
        break;
    case K::QuotaExceeded:
        message = QCoreApplication::translate("sv::PlatformError",
                                              "The daily %1 API quota is used up. Try again tomorrow.")
                      .arg(name);
        break;
    case K::Server:
        message = httpStatus > 0
                      ? QCoreApplication::translate(
                            "sv::PlatformError",
                            "%1 could not process the request (HTTP %2). Please try again later.")
                            .arg(name)
                            .arg(httpStatus)
                      : QCoreApplication::translate(
                            "sv::PlatformError", "%1 could not process the request. Please try again later.")
                            .arg(name);
        break;
    case K::Malformed:
        message =
            QCoreApplication::translate("sv::PlatformError", "%1 sent an answer StreamVibe cannot read.")
                .arg(name);
        break;
    case K::Denied:
        message = QCoreApplication::translate("sv::PlatformError", "Access to your %1 account was declined.")
                      .arg(name);
        break;
    case K::Cancelled:
        message = QCoreApplication::translate("sv::PlatformError", "Connecting %1 was cancelled.").arg(name);
        break;
    case K::Config:
        message = QCoreApplication::translate("sv::PlatformError", "StreamVibe is not set up to connect %1.")
                      .arg(name);
        break;
    }
    PlatformError e = PlatformError::make(kind, message, httpStatus);
    e.detail = std::move(detail);
    return e;
}

PlatformHttp::PlatformHttp(Platform platform, HttpClient* http)
    : m_platform(platform)
    , m_http(http)
{
}

QCoro::Task<Result<QJsonObject, PlatformError>>
PlatformHttp::getJson(QUrl url, QString accessToken, TokenPlacement placement, CallScope scope)
{
    if (placement == TokenPlacement::QueryParameter && !accessToken.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("access_token"));
        addQueryValue(query, QStringLiteral("access_token"), accessToken);
        url.setQuery(query);
    }
    HttpRequest request = HttpRequest::get(url);
    if (placement == TokenPlacement::BearerHeader && !accessToken.isEmpty())
        request.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setHeader("Accept", "application/json");
    applyScope(request, scope);
    co_return co_await sendForObject(std::move(request));
}

QCoro::Task<Result<QJsonObject, PlatformError>>
PlatformHttp::postJson(QUrl url, QJsonObject body, QString accessToken, bool idempotent, CallScope scope)
{
    HttpRequest request = HttpRequest::postJson(url, QJsonDocument(body));
    if (!accessToken.isEmpty())
        request.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setHeader("Accept", "application/json");
    request.idempotent = idempotent;
    applyScope(request, scope);
    co_return co_await sendForObject(std::move(request));
}

void PlatformHttp::applyScope(HttpRequest& request, const CallScope& scope) const
{
    request.deadline = scope.deadline;
    request.cancellation = scope.cancellation;
    if (scope.attemptTimeout.count() > 0)
        request.timeout = scope.attemptTimeout;
    if (scope.retrying) {
        request.onRetry = [this, retrying = scope.retrying](const ApiError& error,
                                                            std::chrono::milliseconds wait) {
            retrying(mapError(error), wait);
        };
    }
}

QCoro::Task<Result<QJsonObject, PlatformError>> PlatformHttp::postForm(QUrl url, QUrlQuery form,
                                                                       bool idempotent)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.idempotent = idempotent;
    co_return co_await sendForObject(std::move(request));
}

QCoro::Task<Result<QJsonObject, PlatformError>> PlatformHttp::sendForObject(HttpRequest request)
{
    auto sent = co_await m_http->send(std::move(request));
    if (!sent)
        co_return mapError(sent.error());
    const HttpResponse& response = *sent;
    if (response.body.trimmed().isEmpty())
        co_return QJsonObject(); // e.g. Google's revoke answers 200 with an empty body
    auto parsed = parseJsonObject(response.body);
    if (!parsed)
        co_return malformed(parsed.error().internalMessage);
    QJsonObject object = std::move(*parsed);
    if (m_platform == Platform::TikTok && object.contains(QLatin1String("error"))) {
        // TikTok's envelope: {"data": {...}, "error": {"code": "ok", "message", "log_id"}}.
        const QJsonValue envelope = object.value(QLatin1String("error"));
        if (!envelope.isObject())
            co_return malformed(
                QStringLiteral("$.error: expected an object, got %1").arg(jsonTypeName(envelope)));
        const QJsonValue code = envelope.toObject().value(QLatin1String("code"));
        if (!code.isString())
            co_return malformed(
                QStringLiteral("$.error.code: expected a string, got %1").arg(jsonTypeName(code)));
        if (code.toString() != QLatin1String("ok")) {
            ApiError apiError = ApiError::make(ApiError::Kind::Api);
            apiError.httpStatus = response.status;
            apiError.parseErrorBody(response.body);
            co_return mapError(apiError);
        }
    }
    co_return object;
}

PlatformError PlatformHttp::mapError(const ApiError& error) const
{
    using K = PlatformError::Kind;
    const QString detail = error.logString();
    auto make = [&](K kind) {
        PlatformError e = makePlatformError(m_platform, kind, detail, error.httpStatus);
        if (kind == K::RateLimited) {
            e.retryAfter = toSeconds(error.retryAfter);
            if (e.retryAfter) {
                e.message = rateLimitedMessage(m_platform, *e.retryAfter);
            }
        }
        return e;
    };
    switch (error.kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Tls:
        return make(K::Network);
    case ApiError::Kind::Timeout:
        return make(K::Timeout);
    case ApiError::Kind::BadResponse:
        return make(K::Malformed);
    case ApiError::Kind::Refused:
        return make(K::Config);
    case ApiError::Kind::Cancelled:
        return make(K::Cancelled);
    case ApiError::Kind::Http:
    case ApiError::Kind::Api:
        break;
    }

    const QString code = error.apiCode;
    // OAuth 2.0 token endpoint errors (RFC 6749 §5.2), the same on every platform.
    if (code == QLatin1String("invalid_grant"))
        return make(K::ReconnectNeeded);
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client") ||
        code == QLatin1String("redirect_uri_mismatch"))
        return make(K::Config);

    switch (m_platform) {
    case Platform::YouTube:
        if (code == QLatin1String("authError"))
            return make(K::Unauthorized);
        if (code == QLatin1String("quotaExceeded") || code == QLatin1String("dailyLimitExceeded"))
            return make(K::QuotaExceeded);
        if (code == QLatin1String("rateLimitExceeded") || code == QLatin1String("userRateLimitExceeded"))
            return make(K::RateLimited);
        if (code == QLatin1String("insufficientPermissions") || code == QLatin1String("forbidden"))
            return make(K::ReconnectNeeded);
        break;
    case Platform::Instagram:
        if (code == QLatin1String("190"))
            return make(K::Unauthorized);
        if (code == QLatin1String("4") || code == QLatin1String("17") || code == QLatin1String("32") ||
            code == QLatin1String("613"))
            return make(K::RateLimited);
        if (code == QLatin1String("10") || code == QLatin1String("200"))
            return make(K::ReconnectNeeded);
        break;
    case Platform::TikTok:
        if (code == QLatin1String("access_token_invalid"))
            return make(K::Unauthorized);
        if (code == QLatin1String("rate_limit_exceeded"))
            return make(K::RateLimited);
        if (code == QLatin1String("scope_not_authorized") || code == QLatin1String("scope_permission_missed"))
            return make(K::ReconnectNeeded);
        break;
    }
    if (error.httpStatus == 401)
        return make(K::Unauthorized);
    if (error.httpStatus == 429)
        return make(K::RateLimited);
    return make(K::Server);
}

PlatformError PlatformHttp::malformed(const JsonReader& reader) const
{
    const auto error = reader.error();
    return malformed(error ? error->internalMessage : QString());
}

PlatformError PlatformHttp::malformed(const QString& detail) const
{
    PlatformError e = makePlatformError(m_platform, PlatformError::Kind::Malformed, detail);
    if (!detail.isEmpty())
        e.message =
            QCoreApplication::translate("sv::PlatformError", "%1 sent an answer StreamVibe cannot read (%2).")
                .arg(platformDisplayName(m_platform), detail);
    return e;
}

QUrl PlatformHttp::endpoint(const QUrl& base, const QString& path,
                            const QList<QPair<QString, QString>>& query)
{
    QUrl url = base;
    QString joined = url.path();
    if (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    url.setPath(joined + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    QUrlQuery q;
    for (const auto& [key, value] : query)
        addQueryValue(q, key, value);
    url.setQuery(q);
    return url;
}

QString PlatformHttp::titleFromText(const QString& text)
{
    constexpr qsizetype MaxTitle = 120;
    return Graphemes::elide(text.section(QLatin1Char('\n'), 0, 0).trimmed(), MaxTitle);
}

void PlatformHttp::addQueryValue(QUrlQuery& query, const QString& key, const QString& value)
{
    // Fully percent-encoded: a '+' left as is would read as a space on the server.
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

std::optional<qint64> PlatformHttp::parseIsoDuration(const QString& text)
{
    // P[nY][nM][nW][nD][T[nH][nM][n[.f]S]]; YouTube uses P#DT#H#M#S and "P0D". Years and months have no
    // fixed length and never occur for videos: refused.
    static const QRegularExpression rx(
        QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?)?$"));
    const auto m = rx.match(text);
    if (!m.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return std::nullopt;
    auto part = [&](int i) -> qint64 {
        return m.captured(i).isEmpty() ? 0 : m.captured(i).toLongLong();
    };
    for (int i = 1; i <= 5; ++i) {
        if (m.captured(i).size() > 9)
            return std::nullopt; // absurd value: would overflow
    }
    return part(1) * 7 * 86400 + part(2) * 86400 + part(3) * 3600 + part(4) * 60 + part(5);
}

QDateTime PlatformHttp::parseTimestamp(const QString& text)
{
    QString t = text.trimmed();
    // Instagram: "2024-05-01T12:00:00+0000" -> "+00:00".
    static const QRegularExpression compactOffset(QStringLiteral("([+-])(\\d{2})(\\d{2})$"));
    const auto m = compactOffset.match(t);
    if (m.hasMatch() && t.size() > 19)
        t = t.left(m.capturedStart()) + m.captured(1) + m.captured(2) + QLatin1Char(':') + m.captured(3);
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        return {}; // no zone given: ambiguous
    return dt.toUTC();
}

QString PlatformHttp::idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Qt keeps JSON integers as 64-bit integers: large ids (Instagram user_id) stay exact.
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        const qint64 i = value.toInteger(NotIntegral);
        if (i != NotIntegral)
            return QString::number(i);
    }
    return {};
}

} // namespace sv
