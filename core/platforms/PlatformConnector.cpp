#include "platforms/PlatformConnector.h"

#include "config/AppConfig.h"
#include "platforms/InstagramConnector.h"
#include "platforms/TikTokConnector.h"
#include "platforms/YouTubeConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv {

namespace {

constexpr int TokensFormatVersion = 1;

QJsonValue dateToJson(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

std::optional<QDateTime> dateFromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QDateTime();
    if (!value.isString())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

} // namespace

QByteArray PlatformTokens::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), TokensFormatVersion);
    o.insert(QStringLiteral("access_token"), accessToken);
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), refreshToken);
    o.insert(QStringLiteral("access_expires_at"), dateToJson(accessExpiresAt));
    o.insert(QStringLiteral("refresh_expires_at"), dateToJson(refreshExpiresAt));
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PlatformTokens> PlatformTokens::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt(-1) != TokensFormatVersion)
        return std::nullopt;
    const QJsonValue access = o.value(QStringLiteral("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return std::nullopt;
    const QJsonValue refresh = o.value(QStringLiteral("refresh_token"));
    if (!refresh.isUndefined() && !refresh.isNull() && !refresh.isString())
        return std::nullopt;
    const auto accessExpires = dateFromJson(o.value(QStringLiteral("access_expires_at")));
    const auto refreshExpires = dateFromJson(o.value(QStringLiteral("refresh_expires_at")));
    if (!accessExpires || !refreshExpires)
        return std::nullopt;
    PlatformTokens tokens;
    tokens.accessToken = access.toString();
    tokens.refreshToken = refresh.toString();
    tokens.accessExpiresAt = *accessExpires;
    tokens.refreshExpiresAt = *refreshExpires;
    const QJsonValue scopes = o.value(QStringLiteral("scopes"));
    if (!scopes.isUndefined() && !scopes.isNull()) {
        if (!scopes.isArray())
            return std::nullopt;
        for (const QJsonValue& s : scopes.toArray()) {
            if (!s.isString())
                return std::nullopt;
            tokens.scopes.append(s.toString());
        }
    }
    return tokens;
}

bool PlatformTokens::accessExpiresWithin(std::chrono::seconds margin, const QDateTime& now) const
{
    if (!accessExpiresAt.isValid())
        return false;
    return now.addSecs(margin.count()) >= accessExpiresAt;
}

PlatformError PlatformError::make(Kind kind, QString message, int httpStatus)
{
    PlatformError e;
    e.kind = kind;
    e.message = std::move(message);
    e.httpStatus = httpStatus;
    return e;
}

QString PlatformError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::ReconnectNeeded:
        return QStringLiteral("reconnect_needed");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Config:
        return QStringLiteral("config");
    }
    return QStringLiteral("unknown");
}

bool PlatformError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
           kind == Kind::Server;
}

QString PlatformError::logString() const
{
    QString s = kindName(kind);
    if (httpStatus != 0)
        s += QStringLiteral(" status=%1").arg(httpStatus);
    if (retryAfter)
        s += QStringLiteral(" retry_after=%1s").arg(retryAfter->count());
    if (!detail.isEmpty())
        s += QStringLiteral(" ") + detail;
    return s;
}

std::unique_ptr<PlatformConnector> makeConnector(Platform platform, const AppConfig& config, HttpClient* http,
                                                 BackendClient* backend, QObject* parent)
{
    switch (platform) {
    case Platform::YouTube:
        return std::make_unique<YouTubeConnector>(config.youtube, http, parent);
    case Platform::Instagram: {
        // The registered redirect URI is the backend relay: [instagram] redirect_uri, else
        // [backend] oauth_relay_url, else the relay function under [backend] url.
        QUrl redirect = config.instagram.redirectUri;
        if (redirect.isEmpty())
            redirect = config.backend.oauthRelayUrl;
        if (redirect.isEmpty() && !config.backend.url.isEmpty()) {
            redirect = config.backend.url;
            QString path = redirect.path();
            if (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            redirect.setPath(path + QStringLiteral("/functions/v1/platform-oauth-relay"));
        }
        return std::make_unique<InstagramConnector>(config.instagram, redirect, http, backend, parent);
    }
    case Platform::TikTok:
        return std::make_unique<TikTokConnector>(config.tiktok, http, backend, parent);
    }
    return nullptr;
}

QCoro::Task<Result<ContentPage, PlatformError>> PlatformConnector::fetchListing(PlatformTokens tokens,
                                                                                PlatformAccount account,
                                                                                QString cursor,
                                                                                CallScope scope)
{
    co_return co_await fetchPage(std::move(tokens), std::move(account), std::move(cursor), std::move(scope));
}

QCoro::Task<Result<ContentPage, PlatformError>>
PlatformConnector::completePage(PlatformTokens tokens, ContentPage page, CallScope scope)
{
    Q_UNUSED(tokens);
    Q_UNUSED(scope);
    co_return page;
}

QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
PlatformConnector::fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope)
{
    Q_UNUSED(tokens);
    Q_UNUSED(externalId);
    Q_UNUSED(since);
    Q_UNUSED(scope);
    co_return PlatformError::make(PlatformError::Kind::Denied, QString());
}

} // namespace sv
