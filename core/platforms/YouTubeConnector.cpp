#include "platforms/YouTubeConnector.h"

#include "backend/Json.h"
#include "loopback/Pkce.h"
#include "text/Graphemes.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace sv {

namespace {

/// The largest of the usual thumbnails; thumbnails are decoration, so odd shapes are ignored.
QString thumbnailUrl(const QJsonObject& snippet)
{
    const QJsonObject thumbs = snippet.value(QLatin1String("thumbnails")).toObject();
    for (const char* size : {"high", "medium", "default"}) {
        const QString url =
            thumbs.value(QLatin1String(size)).toObject().value(QLatin1String("url")).toString();
        if (!url.isEmpty())
            return url;
    }
    return {};
}

} // namespace

YouTubeConnector::YouTubeConnector(YouTubeConfig config, HttpClient* http, QObject* parent)
    : ConnectorBase(Platform::YouTube, http, nullptr, parent)
    , m_config(std::move(config))
{
}

QUrl YouTubeConnector::api(const QString& resource, const QList<QPair<QString, QString>>& query) const
{
    return PlatformHttp::endpoint(m_config.apiBase, resource, query);
}

QCoro::Task<Result<PlatformTokens, PlatformError>> YouTubeConnector::authorize(BrowserLauncher* browser)
{
    if (m_config.clientId.isEmpty() || !m_config.authUrl.isValid() || !m_config.tokenUrl.isValid())
        co_return configError(QStringLiteral("youtube/client_id, auth_url or token_url missing"));
    const Pkce pkce = Pkce::generate(Pkce::Method::S256);
    auto callback =
        co_await runBrowser(browser, [&](const QString& redirectUri, BrowserRoundTrip& listening) {
            return withQuery(m_config.authUrl,
                             {{QStringLiteral("client_id"), m_config.clientId},
                              {QStringLiteral("redirect_uri"), redirectUri},
                              {QStringLiteral("response_type"), QStringLiteral("code")},
                              {QStringLiteral("scope"), scope() + QLatin1Char(' ') + analyticsScope()},
                              {QStringLiteral("state"), QString::fromLatin1(listening.state())},
                              {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge())},
                              {QStringLiteral("code_challenge_method"), pkce.challengeMethod()},
                              {QStringLiteral("access_type"), QStringLiteral("offline")},
                              {QStringLiteral("prompt"), QStringLiteral("consent")}});
        });
    if (!callback)
        co_return callback.error();
    QUrlQuery form;
    PlatformHttp::addQueryValue(form, QStringLiteral("code"), callback->response.code);
    PlatformHttp::addQueryValue(form, QStringLiteral("client_id"), m_config.clientId);
    PlatformHttp::addQueryValue(form, QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier()));
    PlatformHttp::addQueryValue(form, QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    PlatformHttp::addQueryValue(form, QStringLiteral("redirect_uri"), callback->redirectUri);
    auto exchanged = co_await m_http.postForm(m_config.tokenUrl, form);
    if (auto finished = finishAuthorization(callback->attempt); !finished)
        co_return finished.error();
    if (!exchanged)
        co_return exchanged.error();
    co_return decodeTokens(*exchanged, QLatin1Char(' '));
}

QCoro::Task<Result<PlatformTokens, PlatformError>> YouTubeConnector::refresh(PlatformTokens tokens)
{
    if (tokens.refreshToken.isEmpty())
        co_return error(PlatformError::Kind::ReconnectNeeded, QStringLiteral("no refresh token"));
    QUrlQuery form;
    PlatformHttp::addQueryValue(form, QStringLiteral("client_id"), m_config.clientId);
    PlatformHttp::addQueryValue(form, QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    PlatformHttp::addQueryValue(form, QStringLiteral("refresh_token"), tokens.refreshToken);
    // Refreshing twice is harmless (Google does not rotate refresh tokens): retries are allowed.
    auto answer = co_await m_http.postForm(m_config.tokenUrl, form, true);
    if (!answer)
        co_return asRefreshError(answer.error());
    auto fresh = decodeTokens(*answer, QLatin1Char(' '), tokens.refreshToken);
    if (fresh && fresh->scopes.isEmpty())
        fresh->scopes = tokens.scopes;
    if (fresh && !fresh->refreshExpiresAt.isValid())
        fresh->refreshExpiresAt = tokens.refreshExpiresAt;
    co_return fresh;
}

QCoro::Task<Result<Done, PlatformError>> YouTubeConnector::revoke(PlatformTokens tokens)
{
    // Revoking the refresh token revokes the whole grant (and every access token from it).
    const QString token = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
    QUrl url = m_config.revokeUrl;
    QUrlQuery q(url);
    PlatformHttp::addQueryValue(q, QStringLiteral("token"), token);
    url.setQuery(q);
    auto answer = co_await m_http.postForm(url, QUrlQuery(), true);
    if (!answer) {
        // 400 invalid_token: already revoked or expired, which is what the user wants.
        if (answer.error().httpStatus == 400)
            co_return Done{};
        co_return answer.error();
    }
    co_return Done{};
}

QCoro::Task<Result<YouTubeConnector::Channel, PlatformError>>
YouTubeConnector::fetchChannel(QString accessToken, CallScope scope)
{
    const QUrl url = api(QStringLiteral("channels"),
                         {{QStringLiteral("part"), QStringLiteral("snippet,contentDetails,statistics")},
                          {QStringLiteral("mine"), QStringLiteral("true")}});
    auto answer = co_await m_http.getJson(url, accessToken, PlatformHttp::TokenPlacement::BearerHeader,
                                          std::move(scope));
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    const QJsonArray items = r.requireArray(QStringLiteral("items"));
    if (!r.ok())
        co_return m_http.malformed(r);
    if (items.isEmpty()) {
        PlatformError e =
            error(PlatformError::Kind::Config, QStringLiteral("channels?mine=true: no channel"));
        e.message = tr("This Google account has no YouTube channel. Create one, then connect again.");
        co_return e;
    }
    if (!items.first().isObject())
        co_return m_http.malformed(QStringLiteral("$.items[0]: expected an object"));
    JsonReader ch(items.first().toObject(), QStringLiteral("$.items[0]"));
    Channel channel;
    channel.account.platform = Platform::YouTube;
    channel.account.accountId = ch.requireString(QStringLiteral("id"));
    JsonReader snippet = ch.requireObject(QStringLiteral("snippet"));
    channel.account.displayName = snippet.requireString(QStringLiteral("title"));
    channel.account.handle = snippet.optionalString(QStringLiteral("customUrl")).value_or(QString());
    channel.account.avatarUrl = QUrl(snippet.object()
                                         .value(QLatin1String("thumbnails"))
                                         .toObject()
                                         .value(QLatin1String("default"))
                                         .toObject()
                                         .value(QLatin1String("url"))
                                         .toString());
    JsonReader details = ch.requireObject(QStringLiteral("contentDetails"));
    JsonReader related = details.requireObject(QStringLiteral("relatedPlaylists"));
    channel.uploadsPlaylistId = related.requireString(QStringLiteral("uploads"));
    // statistics.subscriberCount is a JSON string, like every count of the Data API.
    const QJsonObject statistics = ch.object().value(QLatin1String("statistics")).toObject();
    bool counted = false;
    const qint64 subscribers =
        statistics.value(QLatin1String("subscriberCount")).toString().toLongLong(&counted);
    if (counted && subscribers >= 0 && !statistics.value(QLatin1String("hiddenSubscriberCount")).toBool())
        channel.subscribers = subscribers;
    details.merge(related);
    ch.merge(snippet);
    ch.merge(details);
    if (!ch.ok())
        co_return m_http.malformed(ch);
    if (channel.account.accountId.isEmpty() || channel.uploadsPlaylistId.isEmpty())
        co_return m_http.malformed(QStringLiteral("$.items[0]: empty id or uploads playlist"));
    m_uploads.insert(channel.account.accountId, channel.uploadsPlaylistId);
    co_return channel;
}

QCoro::Task<Result<PlatformAccount, PlatformError>> YouTubeConnector::fetchAccount(PlatformTokens tokens)
{
    const CallScope unbounded;
    auto channel = co_await fetchChannel(tokens.accessToken, unbounded);
    if (!channel)
        co_return channel.error();
    co_return channel->account;
}

QCoro::Task<Result<ContentPage, PlatformError>>
YouTubeConnector::fetchPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope)
{
    auto listed = co_await fetchListing(tokens, std::move(account), std::move(cursor), scope);
    if (!listed)
        co_return listed.error();
    co_return co_await completePage(std::move(tokens), std::move(listed.value()), std::move(scope));
}

QCoro::Task<Result<ContentPage, PlatformError>>
YouTubeConnector::completePage(PlatformTokens tokens, ContentPage page, CallScope scope)
{
    if (!page.items.isEmpty()) {
        auto completed = co_await completeVideos(tokens.accessToken, &page.items, std::move(scope));
        if (!completed)
            co_return completed.error();
    }
    co_return page;
}

QCoro::Task<Result<ContentPage, PlatformError>> YouTubeConnector::fetchListing(PlatformTokens tokens,
                                                                               PlatformAccount account,
                                                                               QString cursor,
                                                                               CallScope scope)
{
    QString uploads = m_uploads.value(account.accountId);
    std::optional<qint64> followers;
    // The first page of a walk reads the channel again: its subscriber count is recorded by the sync.
    if (uploads.isEmpty() || cursor.isEmpty()) {
        auto channel = co_await fetchChannel(tokens.accessToken, scope);
        if (!channel)
            co_return channel.error();
        if (!account.accountId.isEmpty() && channel->account.accountId != account.accountId) {
            PlatformError e = error(PlatformError::Kind::ReconnectNeeded,
                                    QStringLiteral("token belongs to another channel"));
            co_return e;
        }
        uploads = channel->uploadsPlaylistId;
        followers = channel->subscribers;
    }
    QList<QPair<QString, QString>> query{{QStringLiteral("part"), QStringLiteral("snippet,contentDetails")},
                                         {QStringLiteral("playlistId"), uploads},
                                         {QStringLiteral("maxResults"), QString::number(PageSize)}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("pageToken"), cursor});
    auto answer = co_await m_http.getJson(api(QStringLiteral("playlistItems"), query), tokens.accessToken,
                                          PlatformHttp::TokenPlacement::BearerHeader, scope);
    if (!answer)
        co_return answer.error();

    JsonReader r(*answer);
    const QJsonArray items = r.requireArray(QStringLiteral("items"));
    const auto next = r.optionalString(QStringLiteral("nextPageToken"));
    std::optional<qint64> total;
    if (auto pageInfo = r.optionalObject(QStringLiteral("pageInfo"))) {
        total = pageInfo->optionalInt(QStringLiteral("totalResults"));
        r.merge(*pageInfo);
    }
    if (!r.ok())
        co_return m_http.malformed(r);

    ContentPage page;
    page.nextCursor = next.value_or(QString());
    page.totalItems = total;
    page.followers = followers;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("$.items[%1]").arg(i);
        if (!items[i].isObject())
            co_return m_http.malformed(path + QStringLiteral(": expected an object"));
        JsonReader it(items[i].toObject(), path);
        JsonReader details = it.requireObject(QStringLiteral("contentDetails"));
        JsonReader snippet = it.requireObject(QStringLiteral("snippet"));
        ContentItem item;
        item.platform = Platform::YouTube;
        item.account = account.accountId;
        item.externalId = details.requireString(QStringLiteral("videoId"));
        // videoPublishedAt is absent for private videos: fall back to when it entered the playlist.
        auto published = details.optionalTimestamp(QStringLiteral("videoPublishedAt"));
        if (!published)
            published = snippet.optionalTimestamp(QStringLiteral("publishedAt"));
        item.publishedAt = published.value_or(QDateTime());
        item.title = snippet.requireString(QStringLiteral("title"));
        item.description = snippet.optionalString(QStringLiteral("description")).value_or(QString());
        item.thumbnailUrl = thumbnailUrl(snippet.object());
        item.kind = QStringLiteral("video");
        it.merge(details);
        it.merge(snippet);
        if (!it.ok())
            co_return m_http.malformed(it);
        if (item.externalId.isEmpty())
            co_return m_http.malformed(path + QStringLiteral(".contentDetails.videoId: empty"));
        item.url = QStringLiteral("https://www.youtube.com/watch?v=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(item.externalId));
        page.items.append(item);
    }
    co_return page;
}

QCoro::Task<Result<QSet<QString>, PlatformError>>
YouTubeConnector::completeVideos(QString accessToken, QList<ContentItem>* items, CallScope scope)
{
    QStringList ids;
    for (const ContentItem& item : *items)
        ids.append(item.externalId);
    const QUrl url =
        api(QStringLiteral("videos"), {{QStringLiteral("part"), QStringLiteral("contentDetails,statistics")},
                                       {QStringLiteral("id"), ids.join(QLatin1Char(','))}});
    auto answer = co_await m_http.getJson(url, accessToken, PlatformHttp::TokenPlacement::BearerHeader,
                                          std::move(scope));
    if (!answer)
        co_return answer.error();
    JsonReader r(*answer);
    const QJsonArray videos = r.requireArray(QStringLiteral("items"));
    if (!r.ok())
        co_return m_http.malformed(r);
    QSet<QString> seen;
    for (qsizetype i = 0; i < videos.size(); ++i) {
        const QString path = QStringLiteral("$.items[%1]").arg(i);
        if (!videos[i].isObject())
            co_return m_http.malformed(path + QStringLiteral(": expected an object"));
        JsonReader v(videos[i].toObject(), path);
        const QString id = v.requireString(QStringLiteral("id"));
        qint64 duration = 0;
        bool durationValid = true;
        QString durationText;
        if (auto details = v.optionalObject(QStringLiteral("contentDetails"))) {
            if (auto text = details->optionalString(QStringLiteral("duration"))) {
                durationText = *text;
                const auto seconds = PlatformHttp::parseIsoDuration(*text);
                durationValid = seconds.has_value();
                duration = seconds.value_or(0);
            }
            v.merge(*details);
        }
        qint64 views = 0, likes = 0, comments = 0;
        if (auto stats = v.optionalObject(QStringLiteral("statistics"))) {
            // Counts are JSON strings; likes/comments are absent when hidden or disabled.
            views = stats->optionalInt(QStringLiteral("viewCount"), true).value_or(0);
            likes = stats->optionalInt(QStringLiteral("likeCount"), true).value_or(0);
            comments = stats->optionalInt(QStringLiteral("commentCount"), true).value_or(0);
            v.merge(*stats);
        }
        if (!v.ok())
            co_return m_http.malformed(v);
        if (!durationValid)
            co_return m_http.malformed(
                path + QStringLiteral(".contentDetails.duration: not an ISO 8601 duration: ") +
                Graphemes::elide(durationText, 40));
        seen.insert(id);
        for (ContentItem& item : *items) {
            if (item.externalId != id)
                continue;
            item.durationS = duration;
            item.views = views;
            item.likes = likes;
            item.comments = comments;
        }
    }
    co_return seen;
}

QCoro::Task<Result<QList<ContentItem>, PlatformError>>
YouTubeConnector::refreshStatistics(PlatformTokens tokens, PlatformAccount account, QList<ContentItem> items,
                                    CallScope scope)
{
    Q_UNUSED(account);
    QList<ContentItem> result;
    for (qsizetype start = 0; start < items.size(); start += MaxIdsPerCall) {
        QList<ContentItem> chunk = items.mid(start, MaxIdsPerCall);
        auto seen = co_await completeVideos(tokens.accessToken, &chunk, scope);
        if (!seen)
            co_return seen.error();
        // Ids missing from videos.list are deleted or no longer available.
        for (const ContentItem& item : chunk) {
            if (seen->contains(item.externalId))
                result.append(item);
        }
    }
    co_return result;
}

QStringList YouTubeConnector::analyticsMetrics()
{
    return {QStringLiteral("views"), QStringLiteral("likes"), QStringLiteral("comments"),
            QStringLiteral("shares")};
}

QDate YouTubeConnector::analyticsToday(const QDateTime& now)
{
    static const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
    return pacific.isValid() ? now.toTimeZone(pacific).date() : now.toUTC().addSecs(-8 * 3600).date();
}

Result<QList<PlatformHistoryDay>, QString> YouTubeConnector::parseDailyReport(const QJsonObject& report)
{
    const QJsonValue headersValue = report.value(QLatin1String("columnHeaders"));
    if (!headersValue.isArray())
        return QStringLiteral("$.columnHeaders: expected an array");
    const QJsonArray headers = headersValue.toArray();
    qsizetype dayColumn = -1;
    // Metric name -> column; the order is the answer's, read from its headers.
    const QStringList metrics = analyticsMetrics();
    QList<qsizetype> metricColumn(metrics.size(), -1);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString name = headers[i].toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return QStringLiteral("$.columnHeaders[%1].name: expected a non-empty string").arg(i);
        if (name == QLatin1String("day"))
            dayColumn = i;
        else if (const qsizetype m = metrics.indexOf(name); m >= 0)
            metricColumn[m] = i;
    }
    if (dayColumn < 0)
        return QStringLiteral("$.columnHeaders: no \"day\" column");
    const QJsonValue rowsValue = report.value(QLatin1String("rows"));
    if (rowsValue.isUndefined() || rowsValue.isNull())
        return QList<PlatformHistoryDay>(); // no data in the range: the API leaves "rows" out
    if (!rowsValue.isArray())
        return QStringLiteral("$.rows: expected an array");
    const QJsonArray rows = rowsValue.toArray();
    QList<PlatformHistoryDay> days;
    days.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString path = QStringLiteral("$.rows[%1]").arg(r);
        if (!rows[r].isArray())
            return QString(path + QStringLiteral(": expected an array"));
        const QJsonArray row = rows[r].toArray();
        if (row.size() != headers.size())
            return QString(path +
                           QStringLiteral(": %1 values for %2 columns").arg(row.size()).arg(headers.size()));
        PlatformHistoryDay day;
        day.day = QDate::fromString(row[dayColumn].toString(), Qt::ISODate);
        if (!day.day.isValid())
            return QString(path + QStringLiteral("[%1]: expected a YYYY-MM-DD day").arg(dayColumn));
        for (qsizetype m = 0; m < metrics.size(); ++m) {
            if (metricColumn[m] < 0)
                continue;
            const QJsonValue v = row[metricColumn[m]];
            const double number = v.toDouble(-1);
            // JSON numbers here (the Data API's counts are strings): an integer, never negative.
            if (!v.isDouble() || number < 0 || number != std::floor(number) || number > 9.0e15)
                return QString(path +
                               QStringLiteral("[%1]: expected a non-negative integer").arg(metricColumn[m]));
            const qint64 value = qint64(number);
            std::optional<qint64>* target = m == 0   ? &day.views
                                            : m == 1 ? &day.likes
                                            : m == 2 ? &day.comments
                                                     : &day.shares;
            *target = value;
        }
        days.append(day);
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const PlatformHistoryDay& a, const PlatformHistoryDay& b) { return a.day < b.day; });
    return days;
}

ItemHistoryKind YouTubeConnector::itemHistory(const PlatformTokens& tokens) const
{
    if (!m_config.analyticsBase.isValid())
        return ItemHistoryKind::None;
    // Tokens saved before the scope list was kept are tried: the answer tells.
    if (!tokens.scopes.isEmpty() && !tokens.scopes.contains(analyticsScope()))
        return ItemHistoryKind::NotGranted;
    return ItemHistoryKind::DailyIncrements;
}

QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
YouTubeConnector::fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope)
{
    const QDate today = analyticsToday();
    if (!since.isValid() || since > today)
        co_return QList<PlatformHistoryDay>();
    const QUrl url =
        PlatformHttp::endpoint(m_config.analyticsBase, QStringLiteral("reports"),
                               {{QStringLiteral("ids"), QStringLiteral("channel==MINE")},
                                {QStringLiteral("startDate"), since.toString(Qt::ISODate)},
                                {QStringLiteral("endDate"), today.toString(Qt::ISODate)},
                                {QStringLiteral("metrics"), analyticsMetrics().join(QLatin1Char(','))},
                                {QStringLiteral("dimensions"), QStringLiteral("day")},
                                {QStringLiteral("filters"), QStringLiteral("video==") + externalId},
                                {QStringLiteral("sort"), QStringLiteral("day")}});
    auto answer = co_await m_http.getJson(url, tokens.accessToken, PlatformHttp::TokenPlacement::BearerHeader,
                                          std::move(scope));
    if (!answer) {
        PlatformError e = answer.error();
        // 403 insufficientPermissions: the grant lacks the Analytics scope, which is no reason to reconnect.
        if (e.kind == PlatformError::Kind::ReconnectNeeded && e.httpStatus == 403)
            e.kind = PlatformError::Kind::Denied;
        co_return e;
    }
    auto days = parseDailyReport(*answer);
    if (!days)
        co_return m_http.malformed(days.error());
    co_return days.value();
}

} // namespace sv
