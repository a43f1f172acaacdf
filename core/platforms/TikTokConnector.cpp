#include "platforms/TikTokConnector.h"

#include "backend/Json.h"
#include "loopback/Pkce.h"

#include <QUrlQuery>

namespace sv {

TikTokConnector::TikTokConnector(TikTokConfig config, HttpClient* http, BackendClient* backend,
                                 QObject* parent)
    : ConnectorBase(Platform::TikTok, http, backend, parent)
    , m_config(std::move(config))
{
}

QUrl TikTokConnector::api(const QString& path, const QString& fields) const
{
    return PlatformHttp::endpoint(m_config.apiBase, path, {{QStringLiteral("fields"), fields}});
}

QCoro::Task<Result<PlatformTokens, PlatformError>> TikTokConnector::authorize(BrowserLauncher* browser)
{
    if (m_config.clientKey.isEmpty() || !m_config.authUrl.isValid())
        co_return configError(QStringLiteral("tiktok/client_key or auth_url missing"));
    if (!m_backend)
        co_return configError(QStringLiteral("no backend for the token exchange"));
    const Pkce pkce = Pkce::generate(Pkce::Method::HexSha256);
    auto callback =
        co_await runBrowser(browser, [&](const QString& redirectUri, BrowserRoundTrip& listening) {
            return withQuery(m_config.authUrl,
                             {{QStringLiteral("client_key"), m_config.clientKey},
                              {QStringLiteral("response_type"), QStringLiteral("code")},
                              {QStringLiteral("scope"), scope()},
                              {QStringLiteral("redirect_uri"), redirectUri},
                              {QStringLiteral("state"), QString::fromLatin1(listening.state())},
                              {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge())},
                              {QStringLiteral("code_challenge_method"), pkce.challengeMethod()}});
        });
    if (!callback)
        co_return callback.error();
    const QJsonObject body{{QStringLiteral("platform"), QStringLiteral("tiktok")},
                           {QStringLiteral("code"), callback->response.code},
                           {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier())},
                           {QStringLiteral("redirect_uri"), callback->redirectUri}};
    auto exchanged = co_await callRelay(body);
    if (auto finished = finishAuthorization(callback->attempt); !finished)
        co_return finished.error();
    if (!exchanged)
        co_return exchanged.error();
    co_return decodeTokens(*exchanged, QLatin1Char(','));
}

QCoro::Task<Result<PlatformTokens, PlatformError>> TikTokConnector::refresh(PlatformTokens tokens)
{
    if (tokens.refreshToken.isEmpty())
        co_return error(PlatformError::Kind::ReconnectNeeded, QStringLiteral("no refresh token"));
    const QJsonObject body{{QStringLiteral("platform"), QStringLiteral("tiktok")},
                           {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), tokens.refreshToken}};
    auto answer = co_await callRelay(body);
    if (!answer)
        co_return asRefreshError(answer.error());
    // TikTok may rotate the refresh token: the answer's one replaces the old one.
    co_return decodeTokens(*answer, QLatin1Char(','), tokens.refreshToken);
}

QCoro::Task<Result<PlatformAccount, PlatformError>> TikTokConnector::fetchAccount(PlatformTokens tokens)
{
    auto answer = co_await m_http.getJson(
        api(QStringLiteral("/v2/user/info/"), QStringLiteral("open_id,avatar_url,display_name")),
        tokens.accessToken);
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    JsonReader data = r.requireObject(QStringLiteral("data"));
    JsonReader user = data.requireObject(QStringLiteral("user"));
    PlatformAccount account;
    account.platform = Platform::TikTok;
    account.accountId = user.requireString(QStringLiteral("open_id"));
    account.displayName = user.optionalString(QStringLiteral("display_name")).value_or(QString());
    account.avatarUrl = QUrl(user.optionalString(QStringLiteral("avatar_url")).value_or(QString()));
    data.merge(user);
    r.merge(data);
    if (!r.ok())
        co_return m_http.malformed(r);
    if (account.accountId.isEmpty())
        co_return m_http.malformed(QStringLiteral("$.data.user.open_id: empty"));
    co_return account;
}

QCoro::Task<std::optional<qint64>> TikTokConnector::fetchFollowers(PlatformTokens tokens, CallScope scope)
{
    if (!tokens.scopes.isEmpty() && !tokens.scopes.contains(statsScope()))
        co_return std::nullopt;
    const QStringList path{QStringLiteral("data"), QStringLiteral("user"), QStringLiteral("follower_count")};
    const QUrl url = api(QStringLiteral("/v2/user/info/"), QStringLiteral("follower_count"));
    co_return co_await readCount(url, tokens.accessToken, path, std::move(scope));
}

QCoro::Task<Result<ContentPage, PlatformError>> TikTokConnector::fetchItemsPage(PlatformTokens tokens,
                                                                                PlatformAccount account,
                                                                                QString cursor,
                                                                                CallScope scope)
{
    QJsonObject body{{QStringLiteral("max_count"), PageSize}};
    if (!cursor.isEmpty()) {
        bool ok = false;
        const qint64 value = cursor.toLongLong(&ok);
        if (!ok || value < 0)
            co_return m_http.malformed(QStringLiteral("cursor: not a TikTok cursor"));
        body.insert(QStringLiteral("cursor"), value);
    }
    const QUrl url =
        api(QStringLiteral("/v2/video/list/"),
            QStringLiteral("id,title,video_description,duration,cover_image_url,share_url,create_time,"
                           "like_count,comment_count,share_count,view_count"));
    // The list is read-only: retrying it is safe.
    auto answer = co_await m_http.postJson(url, body, tokens.accessToken, true, std::move(scope));
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    JsonReader data = r.requireObject(QStringLiteral("data"));
    const QJsonArray videos = data.requireArray(QStringLiteral("videos"));
    const qint64 nextCursor = data.requireInt(QStringLiteral("cursor"));
    const bool hasMore = data.requireBool(QStringLiteral("has_more"));
    r.merge(data);
    if (!r.ok())
        co_return m_http.malformed(r);

    ContentPage page;
    for (qsizetype i = 0; i < videos.size(); ++i) {
        const QString path = QStringLiteral("$.data.videos[%1]").arg(i);
        if (!videos[i].isObject())
            co_return m_http.malformed(path + QStringLiteral(": expected an object"));
        const QJsonObject o = videos[i].toObject();
        JsonReader v(o, path);
        const QString title = v.optionalString(QStringLiteral("title")).value_or(QString());
        const QString description = v.optionalString(QStringLiteral("video_description")).value_or(QString());
        const qint64 duration = v.optionalInt(QStringLiteral("duration")).value_or(0);
        const QString cover = v.optionalString(QStringLiteral("cover_image_url")).value_or(QString());
        const QString share = v.optionalString(QStringLiteral("share_url")).value_or(QString());
        const QDateTime created = v.requireUnixSeconds(QStringLiteral("create_time"));
        const qint64 likes = v.optionalInt(QStringLiteral("like_count")).value_or(0);
        const qint64 comments = v.optionalInt(QStringLiteral("comment_count")).value_or(0);
        const qint64 views = v.optionalInt(QStringLiteral("view_count")).value_or(0);
        const std::optional<qint64> shares = v.optionalInt(QStringLiteral("share_count"));
        if (!v.ok())
            co_return m_http.malformed(v);
        // Video ids are 19-digit strings; accept an integer too without losing precision.
        const QString id = PlatformHttp::idText(o.value(QLatin1String("id")));
        if (id.isEmpty())
            co_return m_http.malformed(path + QStringLiteral(".id: expected a string or an integer"));
        ContentItem item;
        item.platform = Platform::TikTok;
        item.account = account.accountId;
        item.externalId = id;
        item.title = !title.isEmpty() ? title : PlatformHttp::titleFromText(description);
        item.description = description;
        item.url = share;
        item.thumbnailUrl = cover;
        item.kind = QStringLiteral("video");
        item.publishedAt = created;
        item.durationS = duration;
        item.views = views;
        item.likes = likes;
        item.comments = comments;
        item.shares = shares;
        page.items.append(item);
    }
    if (hasMore) {
        if (videos.isEmpty() && !cursor.isEmpty() && nextCursor == cursor.toLongLong())
            co_return m_http.malformed(QStringLiteral("$.data.cursor: has_more without progress"));
        page.nextCursor = QString::number(nextCursor);
    }
    co_return page;
}

} // namespace sv
