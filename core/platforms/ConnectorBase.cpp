#include "platforms/ConnectorBase.h"

#include "backend/BackendClient.h"
#include "backend/Json.h"
#include "loopback/AuthFlowError.h"

#include <QHash>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <cmath>

namespace sv {

Q_LOGGING_CATEGORY(lcPlatforms, "streamvibe.platforms", QtInfoMsg)

ConnectorBase::ConnectorBase(Platform platform, HttpClient* http, BackendClient* backend, QObject* parent)
    : PlatformConnector(parent)
    , m_http(platform, http)
    , m_backend(backend)
{
}

ConnectorBase::~ConnectorBase()
{
    cancelAuthorize();
}

void ConnectorBase::cancelAuthorize()
{
    if (m_attempt)
        m_attempt->cancel(); // a waiting runBrowser() resumes with Cancelled
}

QCoro::Task<Result<QList<ContentItem>, PlatformError>>
ConnectorBase::refreshStatistics(PlatformTokens tokens, PlatformAccount account, QList<ContentItem> items,
                                 CallScope scope)
{
    co_return co_await refreshStatisticsByScanning(std::move(tokens), std::move(account), std::move(items),
                                                   std::move(scope));
}

QCoro::Task<Result<Done, PlatformError>> ConnectorBase::revoke(PlatformTokens tokens)
{
    Q_UNUSED(tokens);
    co_return Done{};
}

QCoro::Task<Result<ConnectorBase::BrowserCallback, PlatformError>> ConnectorBase::runBrowser(
    BrowserLauncher* browser,
    std::function<QUrl(const QString& redirectUri, BrowserRoundTrip& listening)> buildUrl)
{
    // A new Connect click replaces an attempt the user abandoned in the browser.
    cancelAuthorize();
    BrowserRoundTrip attempt;
    m_attempt = attempt;
    QString redirectUri;
    BrowserRoundTrip::Options options;
    options.buildUrl = [&redirectUri, &buildUrl](BrowserRoundTrip& listening) {
        redirectUri = listening.redirectUri().toString(QUrl::FullyEncoded);
        return buildUrl(redirectUri, listening);
    };
    options.urlReady = [this](const QUrl& url) {
        Q_EMIT authorizationUrlReady(url);
    };
    options.browserOpened = [this](const QUrl&, bool opened) {
        if (!opened)
            qCInfo(lcPlatforms) << platformId(platform())
                                << "no browser could be opened; waiting for the link to be used";
    };
    const BrowserRoundTrip::Outcome outcome = co_await attempt.run(browser, std::move(options));
    if (attempt.isCancelled() || !outcome) {
        const PlatformError e = attempt.isCancelled() ? error(PlatformError::Kind::Cancelled)
                                                      : fromAuthFlowError(outcome.error());
        finishAuthorization(attempt);
        co_return e;
    }
    co_return BrowserCallback{outcome.value(), attempt, redirectUri};
}

Result<void, PlatformError> ConnectorBase::finishAuthorization(BrowserRoundTrip& attempt)
{
    attempt.close();
    if (m_attempt && *m_attempt == attempt)
        m_attempt.reset();
    if (attempt.isCancelled())
        return error(PlatformError::Kind::Cancelled);
    return {};
}

QUrl ConnectorBase::withQuery(QUrl base, const QList<QPair<QString, QString>>& parameters)
{
    QUrlQuery query(base);
    for (const auto& [key, value] : parameters)
        PlatformHttp::addQueryValue(query, key, value);
    base.setQuery(query);
    return base;
}

QCoro::Task<Result<QJsonObject, PlatformError>> ConnectorBase::callRelay(QJsonObject body)
{
    if (!m_backend)
        co_return configError(QStringLiteral("no backend for the OAuth relay"));
    const QString name = QStringLiteral("platform-oauth-relay");
    auto reply = co_await m_backend->invokeFunction(name, body, false);
    if (!reply) {
        const ApiError& e = reply.error();
        if (e.kind == ApiError::Kind::Http && e.httpStatus == 400 &&
            e.apiCode == QLatin1String("exchange_failed"))
            co_return error(PlatformError::Kind::ReconnectNeeded, e.logString());
        if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403)) {
            PlatformError pe = error(PlatformError::Kind::Config, e.logString());
            pe.httpStatus = e.httpStatus;
            pe.message =
                QCoreApplication::translate("sv::PlatformError", "Sign in to StreamVibe to connect %1.")
                    .arg(platformDisplayName(platform()));
            co_return pe;
        }
        // Transport problems and 5xx keep their meaning; the relay's other refusals are server errors.
        PlatformError pe = m_http.mapError(e);
        if (pe.kind == PlatformError::Kind::Unauthorized)
            pe = error(PlatformError::Kind::Server, e.logString());
        co_return pe;
    }
    if (!reply->isObject())
        co_return m_http.malformed(QStringLiteral("$: expected an object, got %1").arg(jsonTypeName(*reply)));
    co_return reply->toObject();
}

Result<PlatformTokens, PlatformError> ConnectorBase::decodeTokens(const QJsonObject& object,
                                                                  QChar scopeSeparator,
                                                                  const QString& previousRefreshToken) const
{
    JsonReader r(object);
    const QString access = r.requireString(QStringLiteral("access_token"));
    const auto expiresIn = r.optionalInt(QStringLiteral("expires_in"), true);
    const auto refresh = r.optionalString(QStringLiteral("refresh_token"));
    const auto refreshExpiresIn = r.optionalInt(QStringLiteral("refresh_expires_in"), true);
    std::optional<QString> scope;
    QStringList scopes;
    const QJsonValue scopeValue = object.value(QLatin1String("scope"));
    if (scopeValue.isArray()) {
        for (const QJsonValue& s : scopeValue.toArray())
            scopes.append(s.toString());
    } else {
        scope = r.optionalString(QStringLiteral("scope"));
        if (scope)
            scopes = scope->split(scopeSeparator, Qt::SkipEmptyParts);
    }
    if (!r.ok())
        return m_http.malformed(r);
    if (access.isEmpty())
        return m_http.malformed(QStringLiteral("$.access_token: empty"));
    if ((expiresIn && *expiresIn < 0) || (refreshExpiresIn && *refreshExpiresIn < 0))
        return m_http.malformed(QStringLiteral("$.expires_in: negative"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PlatformTokens tokens;
    tokens.accessToken = access;
    tokens.refreshToken = refresh && !refresh->isEmpty() ? *refresh : previousRefreshToken;
    if (expiresIn)
        tokens.accessExpiresAt = now.addSecs(*expiresIn);
    if (refreshExpiresIn)
        tokens.refreshExpiresAt = now.addSecs(*refreshExpiresIn);
    for (QString& s : scopes)
        s = s.trimmed();
    tokens.scopes = scopes;
    return tokens;
}

PlatformError ConnectorBase::asRefreshError(const PlatformError& e) const
{
    if (e.kind != PlatformError::Kind::Unauthorized)
        return e;
    PlatformError reconnect =
        makePlatformError(platform(), PlatformError::Kind::ReconnectNeeded, e.detail, e.httpStatus);
    return reconnect;
}

QCoro::Task<Result<QList<ContentItem>, PlatformError>>
ConnectorBase::refreshStatisticsByScanning(PlatformTokens tokens, PlatformAccount account,
                                           QList<ContentItem> items, CallScope scope)
{
    QHash<QString, qsizetype> wanted;
    QDateTime oldest;
    for (qsizetype i = 0; i < items.size(); ++i) {
        wanted.insert(items[i].externalId, i);
        if (items[i].publishedAt.isValid() && (!oldest.isValid() || items[i].publishedAt < oldest))
            oldest = items[i].publishedAt;
    }
    QList<bool> found(items.size(), false);
    QString cursor;
    while (!wanted.isEmpty()) {
        auto page = co_await fetchPage(tokens, account, cursor, scope);
        if (!page)
            co_return page.error();
        for (const ContentItem& fresh : page->items) {
            const auto it = wanted.constFind(fresh.externalId);
            if (it == wanted.cend())
                continue;
            ContentItem& item = items[*it];
            item.views = fresh.views;
            item.likes = fresh.likes;
            item.comments = fresh.comments;
            if (fresh.durationS > 0)
                item.durationS = fresh.durationS;
            found[*it] = true;
            wanted.erase(it);
        }
        if (page->nextCursor.isEmpty() || page->items.isEmpty())
            break;
        // Pages are newest first: once past the oldest wanted item, the rest were deleted.
        const QDateTime lastOnPage = page->items.constLast().publishedAt;
        if (oldest.isValid() && lastOnPage.isValid() && lastOnPage < oldest)
            break;
        cursor = page->nextCursor;
    }
    QList<ContentItem> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (found[i])
            result.append(items[i]);
    }
    co_return result;
}

PlatformError ConnectorBase::error(PlatformError::Kind kind, const QString& detail) const
{
    return makePlatformError(platform(), kind, detail);
}

PlatformError ConnectorBase::configError(const QString& what) const
{
    return error(PlatformError::Kind::Config, what);
}

PlatformError ConnectorBase::fromAuthFlowError(const AuthFlowError& flowError) const
{
    using K = PlatformError::Kind;
    K kind = K::Config;
    switch (flowError.kind) {
    case AuthFlowError::Kind::ListenFailed:
        kind = K::Network;
        break;
    case AuthFlowError::Kind::StateMismatch:
        kind = K::Config;
        break;
    case AuthFlowError::Kind::ProviderError:
        if (flowError.providerError == QLatin1String("access_denied"))
            kind = K::Denied;
        else if (flowError.providerError == QLatin1String("server_error") ||
                 flowError.providerError == QLatin1String("temporarily_unavailable"))
            kind = K::Server;
        else
            kind = K::Config;
        break;
    case AuthFlowError::Kind::MissingCode:
    case AuthFlowError::Kind::InvalidResponse:
        kind = K::Malformed;
        break;
    case AuthFlowError::Kind::Timeout:
        kind = K::Timeout;
        break;
    case AuthFlowError::Kind::Cancelled:
        kind = K::Cancelled;
        break;
    }
    PlatformError e =
        error(kind, QStringLiteral("oauth callback: ") + flowError.kindName() +
                        (flowError.providerError.isEmpty() ? QString()
                                                           : QLatin1Char(' ') + flowError.providerError));
    if (kind != K::Denied && kind != K::Cancelled)
        e.message = flowError.message();
    return e;
}

QCoro::Task<Result<ContentPage, PlatformError>>
ConnectorBase::fetchPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope)
{
    if (!cursor.isEmpty())
        co_return co_await fetchItemsPage(std::move(tokens), std::move(account), std::move(cursor),
                                          std::move(scope));
    QCoro::Task<std::optional<qint64>> followers = fetchFollowers(tokens, scope);
    auto page =
        co_await fetchItemsPage(std::move(tokens), std::move(account), std::move(cursor), std::move(scope));
    const std::optional<qint64> count = co_await followers;
    if (page)
        page->followers = count;
    co_return page;
}

QCoro::Task<Result<ContentPage, PlatformError>> ConnectorBase::fetchItemsPage(PlatformTokens, PlatformAccount,
                                                                              QString, CallScope)
{
    co_return configError(QStringLiteral("no items page"));
}

QCoro::Task<std::optional<qint64>> ConnectorBase::fetchFollowers(PlatformTokens, CallScope)
{
    co_return std::nullopt;
}

QCoro::Task<std::optional<qint64>> ConnectorBase::readCount(QUrl url, QString accessToken, QStringList path,
                                                            CallScope scope)
{
    auto answer = co_await m_http.getJson(url, accessToken, PlatformHttp::TokenPlacement::BearerHeader,
                                          std::move(scope));
    if (!answer) {
        qCInfo(lcPlatforms).noquote() << platformId(platform()) << "no" << path.join(QLatin1Char('.')) << ":"
                                      << answer.error().logString();
        co_return std::nullopt;
    }
    QJsonValue value = *answer;
    for (const QString& key : std::as_const(path))
        value = value.toObject().value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 9.0e15) {
        qCInfo(lcPlatforms).noquote() << platformId(platform()) << "no" << path.join(QLatin1Char('.'))
                                      << ": not a non-negative integer";
        co_return std::nullopt;
    }
    co_return qint64(number);
}

} // namespace sv
