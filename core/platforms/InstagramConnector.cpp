#include "platforms/InstagramConnector.h"

#include "backend/Json.h"
#include "loopback/Pkce.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

namespace sv {

namespace {

QString mediaKind(const QString& mediaType, const QString& productType)
{
    if (mediaType == QLatin1String("VIDEO"))
        return productType == QLatin1String("REELS") ? QStringLiteral("reel") : QStringLiteral("video");
    if (mediaType == QLatin1String("CAROUSEL_ALBUM"))
        return QStringLiteral("carousel");
    return QStringLiteral("image");
}

} // namespace

InstagramConnector::InstagramConnector(InstagramConfig config, QUrl redirectUri, HttpClient* http,
                                       BackendClient* backend, QObject* parent)
    : ConnectorBase(Platform::Instagram, http, backend, parent)
    , m_config(std::move(config))
    , m_redirectUri(std::move(redirectUri))
{
}

QByteArray InstagramConnector::makeRelayState(const QUrl& loopbackRedirect)
{
    const QJsonObject state{{QStringLiteral("redirect"), loopbackRedirect.toString(QUrl::FullyEncoded)},
                            {QStringLiteral("nonce"), QString::fromLatin1(Pkce::makeState())}};
    return QJsonDocument(state)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl InstagramConnector::graph(const QString& path, const QList<QPair<QString, QString>>& query,
                               bool versioned) const
{
    const QString versionedPath = versioned ? QLatin1Char('/') + QLatin1String(GraphVersion) + path : path;
    return PlatformHttp::endpoint(m_config.graphBase, versionedPath, query);
}

QCoro::Task<Result<PlatformTokens, PlatformError>> InstagramConnector::authorize(BrowserLauncher* browser)
{
    if (m_config.clientId.isEmpty() || !m_config.authUrl.isValid())
        co_return configError(QStringLiteral("instagram/client_id or auth_url missing"));
    if (!m_redirectUri.isValid() || m_redirectUri.isEmpty() || !m_backend)
        co_return configError(QStringLiteral("no backend OAuth relay (backend/url, instagram/redirect_uri)"));
    auto callback = co_await runBrowser(browser, [this](const QString&, BrowserRoundTrip& listening) {
        // The relay reads where to forward the code from the state; the listener checks it came back
        // intact.
        const QByteArray state = makeRelayState(listening.redirectUri());
        listening.setExpectedState(state);
        return withQuery(m_config.authUrl,
                         {{QStringLiteral("client_id"), m_config.clientId},
                          {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
                          {QStringLiteral("response_type"), QStringLiteral("code")},
                          {QStringLiteral("scope"), scope() + QLatin1Char(',') + insightsScope()},
                          {QStringLiteral("state"), QString::fromLatin1(state)}});
    });
    if (!callback)
        co_return callback.error();
    QJsonObject body{{QStringLiteral("platform"), QStringLiteral("instagram")},
                     {QStringLiteral("code"), callback->response.code},
                     {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)}};
    auto exchanged = co_await callRelay(body);
    if (auto finished = finishAuthorization(callback->attempt); !finished)
        co_return finished.error();
    if (!exchanged)
        co_return exchanged.error();
    auto tokens = decodeTokens(*exchanged, QLatin1Char(','));
    if (!tokens)
        co_return tokens.error();
    // `permissions` lists the granted scopes (a comma-separated string or an array).
    const QJsonValue permissions = exchanged->value(QLatin1String("permissions"));
    if (permissions.isString())
        tokens->scopes = permissions.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (permissions.isArray())
        for (const QJsonValue& p : permissions.toArray())
            tokens->scopes.append(p.toString());
    // A long-lived token refreshes itself until it expires.
    tokens->refreshExpiresAt = tokens->accessExpiresAt;
    co_return *tokens;
}

QCoro::Task<Result<PlatformTokens, PlatformError>> InstagramConnector::refresh(PlatformTokens tokens)
{
    const QUrl url = graph(QStringLiteral("/refresh_access_token"),
                           {{QStringLiteral("grant_type"), QStringLiteral("ig_refresh_token")}}, false);
    auto answer =
        co_await m_http.getJson(url, tokens.accessToken, PlatformHttp::TokenPlacement::QueryParameter);
    if (!answer)
        co_return asRefreshError(answer.error());
    auto fresh = decodeTokens(*answer, QLatin1Char(','));
    if (!fresh)
        co_return fresh.error();
    fresh->scopes = tokens.scopes;
    fresh->refreshExpiresAt = fresh->accessExpiresAt;
    co_return *fresh;
}

QCoro::Task<Result<PlatformAccount, PlatformError>> InstagramConnector::fetchAccount(PlatformTokens tokens)
{
    const QUrl url = graph(
        QStringLiteral("/me"),
        {{QStringLiteral("fields"), QStringLiteral("user_id,username,name,profile_picture_url")}}, true);
    auto answer = co_await m_http.getJson(url, tokens.accessToken);
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    const QString username = r.requireString(QStringLiteral("username"));
    const auto name = r.optionalString(QStringLiteral("name"));
    const auto picture = r.optionalString(QStringLiteral("profile_picture_url"));
    if (!r.ok())
        co_return m_http.malformed(r);
    // user_id (the professional account id) may be a string or a number; older answers only have id.
    QString id = PlatformHttp::idText(answer->value(QLatin1String("user_id")));
    if (id.isEmpty())
        id = PlatformHttp::idText(answer->value(QLatin1String("id")));
    if (id.isEmpty())
        co_return m_http.malformed(QStringLiteral("$.user_id: expected a string or an integer"));
    PlatformAccount account;
    account.platform = Platform::Instagram;
    account.accountId = id;
    account.handle = username;
    account.displayName = name && !name->isEmpty() ? *name : username;
    account.avatarUrl = QUrl(picture.value_or(QString()));
    co_return account;
}

QCoro::Task<std::optional<qint64>> InstagramConnector::fetchFollowers(PlatformTokens tokens, CallScope scope)
{
    const QStringList path{QStringLiteral("followers_count")};
    const QUrl me = graph(QStringLiteral("/me"), {{QStringLiteral("fields"), path.first()}}, true);
    co_return co_await readCount(me, tokens.accessToken, path, std::move(scope));
}

QCoro::Task<Result<ContentPage, PlatformError>> InstagramConnector::fetchItemsPage(PlatformTokens tokens,
                                                                                   PlatformAccount account,
                                                                                   QString cursor,
                                                                                   CallScope scope)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("fields"),
         QStringLiteral("id,caption,media_type,media_product_type,media_url,permalink,"
                        "thumbnail_url,timestamp,like_count,comments_count")},
        {QStringLiteral("limit"), QString::number(PageSize)}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("after"), cursor});
    auto answer = co_await m_http.getJson(graph(QStringLiteral("/me/media"), query, true), tokens.accessToken,
                                          PlatformHttp::TokenPlacement::BearerHeader, std::move(scope));
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    const QJsonArray data = r.requireArray(QStringLiteral("data"));
    QString next;
    if (auto paging = r.optionalObject(QStringLiteral("paging"))) {
        // Only a page with paging.next has a successor; its `after` cursor is the way there.
        if (paging->optionalString(QStringLiteral("next"))) {
            JsonReader cursors = paging->requireObject(QStringLiteral("cursors"));
            next = cursors.requireString(QStringLiteral("after"));
            paging->merge(cursors);
        }
        r.merge(*paging);
    }
    if (!r.ok())
        co_return m_http.malformed(r);

    ContentPage page;
    page.nextCursor = next;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString path = QStringLiteral("$.data[%1]").arg(i);
        if (!data[i].isObject())
            co_return m_http.malformed(path + QStringLiteral(": expected an object"));
        JsonReader m(data[i].toObject(), path);
        const QString id = m.requireString(QStringLiteral("id"));
        const QString caption = m.optionalString(QStringLiteral("caption")).value_or(QString());
        const QString mediaType = m.optionalString(QStringLiteral("media_type")).value_or(QString());
        const QString productType =
            m.optionalString(QStringLiteral("media_product_type")).value_or(QString());
        const QString mediaUrl = m.optionalString(QStringLiteral("media_url")).value_or(QString());
        const QString permalink = m.optionalString(QStringLiteral("permalink")).value_or(QString());
        const QString thumbnail = m.optionalString(QStringLiteral("thumbnail_url")).value_or(QString());
        const QString timestamp = m.requireString(QStringLiteral("timestamp"));
        const qint64 likes = m.optionalInt(QStringLiteral("like_count")).value_or(0);
        const qint64 comments = m.optionalInt(QStringLiteral("comments_count")).value_or(0);
        if (!m.ok())
            co_return m_http.malformed(m);
        const QDateTime published = PlatformHttp::parseTimestamp(timestamp);
        if (!published.isValid())
            co_return m_http.malformed(path + QStringLiteral(".timestamp: not an ISO 8601 date-time"));
        if (id.isEmpty())
            co_return m_http.malformed(path + QStringLiteral(".id: empty"));
        ContentItem item;
        item.platform = Platform::Instagram;
        item.account = account.accountId;
        item.externalId = id;
        item.title = PlatformHttp::titleFromText(caption);
        item.description = caption;
        item.url = permalink;
        item.kind = mediaKind(mediaType, productType);
        // Videos have a thumbnail_url; for images the media itself is the picture.
        item.thumbnailUrl =
            !thumbnail.isEmpty() ? thumbnail : (mediaType == QLatin1String("VIDEO") ? QString() : mediaUrl);
        item.publishedAt = published;
        item.likes = likes;
        item.comments = comments;
        page.items.append(item);
    }
    co_return page;
}

Result<PlatformHistoryDay, QString> InstagramConnector::parseInsights(const QJsonObject& answer,
                                                                      const QDate& day)
{
    const QJsonValue dataValue = answer.value(QLatin1String("data"));
    if (!dataValue.isArray())
        return QStringLiteral("$.data: expected an array");
    const QJsonArray data = dataValue.toArray();
    PlatformHistoryDay point;
    point.day = day;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString path = QStringLiteral("$.data[%1]").arg(i);
        const QJsonObject metric = data[i].toObject();
        const QString name = metric.value(QLatin1String("name")).toString();
        if (!data[i].isObject() || name.isEmpty())
            return QString(path + QStringLiteral(".name: expected a non-empty string"));
        std::optional<qint64>* target = name == QLatin1String("views")      ? &point.views
                                        : name == QLatin1String("likes")    ? &point.likes
                                        : name == QLatin1String("comments") ? &point.comments
                                        : name == QLatin1String("shares")   ? &point.shares
                                                                            : nullptr;
        if (!target)
            continue; // reach, saved, total_interactions: not kept
        // Lifetime totals: the first (only) value.
        const QJsonArray values = metric.value(QLatin1String("values")).toArray();
        const QJsonValue v =
            values.isEmpty() ? QJsonValue() : values.first().toObject().value(QLatin1String("value"));
        const double number = v.toDouble(-1);
        if (!v.isDouble() || number < 0 || number != std::floor(number) || number > 9.0e15)
            return QString(path + QStringLiteral(".values[0].value: expected a non-negative integer"));
        *target = qint64(number);
    }
    return point;
}

ItemHistoryKind InstagramConnector::itemHistory(const PlatformTokens& tokens) const
{
    // Tokens saved before the scope list was kept are tried: the answer tells.
    if (!tokens.scopes.isEmpty() && !tokens.scopes.contains(insightsScope()))
        return ItemHistoryKind::NotGranted;
    return ItemHistoryKind::LifetimeTotals;
}

QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
InstagramConnector::fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope)
{
    Q_UNUSED(since);
    const QUrl url = graph(QLatin1Char('/') + externalId + QStringLiteral("/insights"),
                           {{QStringLiteral("metric"), insightsMetrics()}}, true);
    auto answer = co_await m_http.getJson(url, tokens.accessToken, PlatformHttp::TokenPlacement::BearerHeader,
                                          std::move(scope));
    if (!answer) {
        PlatformError e = answer.error();
        // (#10) / (#200): the grant lacks instagram_business_manage_insights, no reason to reconnect.
        if (e.kind == PlatformError::Kind::ReconnectNeeded)
            e.kind = PlatformError::Kind::Denied;
        co_return e;
    }
    auto point = parseInsights(*answer, QDateTime::currentDateTimeUtc().date());
    if (!point)
        co_return m_http.malformed(point.error());
    co_return QList<PlatformHistoryDay>{point.value()};
}

} // namespace sv
