// YouTube Data API v3 + Google OAuth, Instagram API with Instagram Login, TikTok Login Kit / Display API.
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace sv::sandbox {

namespace {

const QString kYouTubeClientId = SVL("streamvibe-sandbox.apps.googleusercontent.com");
const QString kInstagramClientId = SVL("990000000000042");
const QString kInstagramSecret = SVL("instagram-sandbox-secret");
const QString kTikTokClientKey = SVL("sbawsandboxkey042");
const QString kTikTokSecret = SVL("tiktok-sandbox-secret");

QString isoDuration(int seconds)
{
    if (seconds <= 0) {
        return SVL("P0D");
    }
    QString out = SVL("PT");
    if (seconds >= 3600) {
        out += QString::number(seconds / 3600) + QLatin1Char('H');
    }
    if (seconds % 3600 >= 60) {
        out += QString::number((seconds % 3600) / 60) + QLatin1Char('M');
    }
    if (seconds % 60) {
        out += QString::number(seconds % 60) + QLatin1Char('S');
    }
    return out;
}

QString igTime(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(SVL("yyyy-MM-ddTHH:mm:ss")) + SVL("+0000");
}

QString etag(const QString& seed)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5)).left(27));
}

QJsonObject thumbnails(const QString& base)
{
    return QJsonObject{
        {SVL("default"),
         QJsonObject{{SVL("url"), base + SVL("/default.jpg")}, {SVL("width"), 120}, {SVL("height"), 90}}},
        {SVL("medium"),
         QJsonObject{{SVL("url"), base + SVL("/mqdefault.jpg")}, {SVL("width"), 320}, {SVL("height"), 180}}},
        {SVL("high"),
         QJsonObject{{SVL("url"), base + SVL("/hqdefault.jpg")}, {SVL("width"), 480}, {SVL("height"), 360}}},
    };
}

QString logId()
{
    return QDateTime::currentDateTimeUtc().toString(SVL("yyyyMMddHHmmss")) +
           QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 16).toUpper();
}

QString pageTokenFor(qint64 offset)
{
    return SVL("EAAa") + QString::fromLatin1(base64Url("PT:" + QByteArray::number(offset)));
}

qint64 offsetFromPageToken(const QString& token)
{
    if (!token.startsWith(QLatin1String("EAAa"))) {
        return -1;
    }
    bool ok = false;
    const QByteArray raw = fromBase64Url(token.mid(4).toLatin1(), &ok);
    if (!ok || !raw.startsWith("PT:")) {
        return -1;
    }
    const qint64 v = raw.mid(3).toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

} // namespace

QString SandboxServer::issuePlatformToken(const QString& platform, qint64 ttl, bool refresh, bool longLived,
                                          const QString& grant, const QString& scope)
{
    QString token;
    if (platform == QLatin1String("youtube")) {
        token = refresh ? SVL("1//0sb") + randomToken(48) : SVL("ya29.a0sb") + randomToken(60);
    } else if (platform == QLatin1String("instagram")) {
        token = SVL("IGAA") + randomToken(90).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    } else {
        token = (refresh ? SVL("rft.") : SVL("act.")) +
                randomToken(45).remove(QLatin1Char('-')).remove(QLatin1Char('_')) + SVL("!6216.va");
    }
    const qint64 t = now();
    m_platformTokens.insert(token, PlatformToken{platform, t + ttl, t, false, refresh, longLived,
                                                 grant.isEmpty() ? token : grant, scope});
    return token;
}

bool SandboxServer::platformTokenHasScope(const QString& token, const QString& scope) const
{
    static const QRegularExpression separators(SVL("[ ,]+"));
    return m_platformTokens.value(token).scope.split(separators, Qt::SkipEmptyParts).contains(scope);
}

QString SandboxServer::fullPlatformScope(const QString& platform)
{
    if (platform == QLatin1String("youtube")) {
        return SVL("https://www.googleapis.com/auth/youtube.readonly "
                   "https://www.googleapis.com/auth/yt-analytics.readonly");
    }
    if (platform == QLatin1String("instagram")) {
        return SVL("instagram_business_basic,instagram_business_manage_insights");
    }
    return SVL("user.info.basic,user.info.stats,video.list");
}

QString SandboxServer::checkPlatformToken(const QString& platform, const QString& token) const
{
    if (token.isEmpty()) {
        return SVL("missing");
    }
    const auto it = m_platformTokens.constFind(token);
    if (it == m_platformTokens.cend() || it->platform != platform || it->refresh || it->revoked) {
        return SVL("invalid");
    }
    if (it->expiresAt <= now()) {
        return SVL("expired");
    }
    return {};
}

HttpResponse SandboxServer::youtubeError(int status, const QString& reason, const QString& message) const
{
    const QString domain =
        reason == QLatin1String("quotaExceeded") || reason == QLatin1String("rateLimitExceeded")
            ? SVL("youtube.quota")
            : SVL("global");
    QJsonObject detail{{SVL("message"), message}, {SVL("domain"), domain}, {SVL("reason"), reason}};
    if (reason == QLatin1String("authError") || reason == QLatin1String("required")) {
        detail.insert(SVL("location"), SVL("Authorization"));
        detail.insert(SVL("locationType"), SVL("header"));
    }
    const QString statusName = status == 401   ? SVL("UNAUTHENTICATED")
                               : status == 403 ? SVL("PERMISSION_DENIED")
                               : status == 404 ? SVL("NOT_FOUND")
                               : status == 429 ? SVL("RESOURCE_EXHAUSTED")
                               : status >= 500 ? SVL("UNAVAILABLE")
                                               : SVL("INVALID_ARGUMENT");
    return HttpResponse::json(status,
                              QJsonObject{{SVL("error"), QJsonObject{{SVL("code"), status},
                                                                     {SVL("message"), message},
                                                                     {SVL("errors"), QJsonArray{detail}},
                                                                     {SVL("status"), statusName}}}});
}

HttpResponse SandboxServer::instagramError(int status, int code, const QString& type,
                                           const QString& message) const
{
    return HttpResponse::json(
        status, QJsonObject{{SVL("error"), QJsonObject{{SVL("message"), message},
                                                       {SVL("type"), type},
                                                       {SVL("code"), code},
                                                       {SVL("fbtrace_id"), SVL("A") + randomToken(15)}}}});
}

HttpResponse SandboxServer::tiktokError(int status, const QString& code, const QString& message) const
{
    return HttpResponse::json(status, QJsonObject{{SVL("data"), QJsonObject{}},
                                                  {SVL("error"), QJsonObject{{SVL("code"), code},
                                                                             {SVL("message"), message},
                                                                             {SVL("log_id"), logId()}}}});
}

HttpResponse SandboxServer::platformAuthorize(const HttpRequest& request, const QString& platform)
{
    const bool youtube = platform == QLatin1String("youtube");
    const bool tiktok = platform == QLatin1String("tiktok");
    const QString clientParam = tiktok ? SVL("client_key") : SVL("client_id");
    const QString expectedClient = youtube  ? kYouTubeClientId
                                   : tiktok ? kTikTokClientKey
                                            : kInstagramClientId;
    auto errorPage = [](const QString& title, const QString& detail) {
        return HttpResponse::html(400,
                                  SVL("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                      "</head><body><h1>%1</h1><p>%2</p></body></html>")
                                      .arg(htmlEscape(title), htmlEscape(detail)));
    };
    if (request.queryValue(clientParam) != expectedClient) {
        return errorPage(SVL("Error 401: invalid_client"), SVL("The OAuth client was not found."));
    }
    const QUrl redirect(request.queryValue(SVL("redirect_uri")));
    const QUrl relay(url(SVL("/functions/v1/platform-oauth-relay")));
    const bool redirectOk = youtube  ? isLoopbackRedirect(redirect)
                            : tiktok ? (isLoopbackRedirect(redirect) || redirect == relay)
                                     : redirect == relay; // Instagram: only the registered (https) relay URL
    if (!redirectOk) {
        return errorPage(
            SVL("Error 400: redirect_uri_mismatch"),
            SVL("The redirect URI in the request does not match the ones authorized for the client."));
    }
    if (request.queryValue(SVL("response_type")) != QLatin1String("code")) {
        return HttpResponse::redirect(
            302, withQuery(redirect, {{SVL("error"), SVL("unsupported_response_type")},
                                      {SVL("state"), request.queryValue(SVL("state"))}}));
    }
    const QString challenge = request.queryValue(SVL("code_challenge"));
    const QString method = request.queryValue(SVL("code_challenge_method"));
    if (!challenge.isEmpty() && method != QLatin1String("S256") &&
        !(youtube && method == QLatin1String("plain"))) {
        return HttpResponse::redirect(
            302, withQuery(redirect, {{SVL("error"), SVL("invalid_request")},
                                      {SVL("error_description"), SVL("Unsupported code_challenge_method")},
                                      {SVL("state"), request.queryValue(SVL("state"))}}));
    }
    if (tiktok && challenge.isEmpty()) {
        return HttpResponse::redirect(
            302, withQuery(redirect, {{SVL("error"), SVL("invalid_request")},
                                      {SVL("error_description"), SVL("code_challenge is required")},
                                      {SVL("state"), request.queryValue(SVL("state"))}}));
    }
    QUrlQuery params;
    params.addQueryItem(SVL("platform"), platform);
    for (const QString& key : {SVL("redirect_uri"), SVL("scope"), SVL("state"), SVL("code_challenge"),
                               SVL("code_challenge_method")}) {
        params.addQueryItem(key, request.queryValue(key));
    }
    if (m_autoConsent) {
        return platformComplete(params, true);
    }
    QString hidden;
    for (const auto& [key, value] : params.queryItems(QUrl::FullyDecoded)) {
        hidden += SVL("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key, htmlEscape(value));
    }
    return HttpResponse::html(
        200,
        SVL("<!doctype html><html><head><meta charset=\"utf-8\"><title>Connect %1 — sandbox</title></head>"
            "<body><h1>StreamVibe wants to access your %1 account</h1><p>Scopes: %2</p>"
            "<form method=\"post\" action=\"/%3/consent\">%4"
            "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\">Allow</button>"
            "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>"
            "</form></body></html>")
            .arg(youtube  ? SVL("YouTube")
                 : tiktok ? SVL("TikTok")
                          : SVL("Instagram"),
                 htmlEscape(request.queryValue(SVL("scope"))), platform, hidden));
}

HttpResponse SandboxServer::platformConsent(const HttpRequest& request)
{
    const QUrlQuery form = request.form();
    QUrlQuery params;
    for (const QString& key : {SVL("platform"), SVL("redirect_uri"), SVL("scope"), SVL("state"),
                               SVL("code_challenge"), SVL("code_challenge_method")}) {
        params.addQueryItem(key, form.queryItemValue(key, QUrl::FullyDecoded));
    }
    return platformComplete(params, form.queryItemValue(SVL("decision")) == QLatin1String("allow"));
}

HttpResponse SandboxServer::platformComplete(const QUrlQuery& params, bool allow)
{
    const QString platform = params.queryItemValue(SVL("platform"));
    const QUrl redirect(params.queryItemValue(SVL("redirect_uri"), QUrl::FullyDecoded));
    const QString state = params.queryItemValue(SVL("state"), QUrl::FullyDecoded);
    QString scope = params.queryItemValue(SVL("scope"), QUrl::FullyDecoded);
    if (!m_withheldScopes.isEmpty()) {
        // The user unticked these scopes on the consent page: the grant has the others.
        const QChar separator = platform == QLatin1String("youtube") ? QLatin1Char(' ') : QLatin1Char(',');
        QStringList granted = scope.split(separator, Qt::SkipEmptyParts);
        for (const QString& withheld : std::as_const(m_withheldScopes)) {
            granted.removeAll(withheld);
        }
        scope = granted.join(separator);
    }
    QList<QPair<QString, QString>> items;
    if (!allow) {
        items.append({SVL("error"), SVL("access_denied")});
        if (platform == QLatin1String("instagram")) {
            items.append({SVL("error_reason"), SVL("user_denied")});
            items.append({SVL("error_description"), SVL("Permissions error")});
        } else if (platform == QLatin1String("tiktok")) {
            items.append({SVL("error_description"), SVL("The user denied the request")});
        }
        if (!state.isEmpty()) {
            items.append({SVL("state"), state});
        }
        return HttpResponse::redirect(302, withQuery(redirect, items));
    }
    QString code;
    if (platform == QLatin1String("youtube")) {
        code = SVL("4/0Asb") + randomToken(54);
    } else if (platform == QLatin1String("instagram")) {
        code = SVL("AQ") + randomToken(120).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    } else {
        code = randomToken(48).remove(QLatin1Char('-')).remove(QLatin1Char('_')) + SVL("*0!6216.va");
    }
    m_platformCodes.insert(code,
                           PlatformCode{platform, redirect.toString(QUrl::FullyEncoded),
                                        params.queryItemValue(SVL("code_challenge"), QUrl::FullyDecoded),
                                        params.queryItemValue(SVL("code_challenge_method")), scope, now()});
    if (platform == QLatin1String("youtube")) {
        items = {{SVL("state"), state}, {SVL("code"), code}, {SVL("scope"), scope}};
    } else if (platform == QLatin1String("instagram")) {
        items = {{SVL("code"), code}, {SVL("state"), state}};
    } else {
        items = {{SVL("code"), code}, {SVL("scopes"), scope}, {SVL("state"), state}};
    }
    QUrl target = withQuery(redirect, items);
    if (platform == QLatin1String("instagram")) {
        target.setFragment(SVL("_")); // Instagram appends "#_"
    }
    return HttpResponse::redirect(302, target);
}

// ------------------------------------------------------------------------------------------------ YouTube

HttpResponse SandboxServer::youtube(const HttpRequest& request, const QString& subPath)
{
    if (subPath == QLatin1String("/o/oauth2/v2/auth") && request.method == "GET") {
        return platformAuthorize(request, SVL("youtube"));
    }
    if (subPath == QLatin1String("/consent") && request.method == "POST") {
        return platformConsent(request);
    }
    auto oauthError = [](int status, const QString& error, const QString& description) {
        return HttpResponse::json(
            status, QJsonObject{{SVL("error"), error}, {SVL("error_description"), description}});
    };
    if (subPath == QLatin1String("/token") && request.method == "POST") {
        const QUrlQuery form = request.form();
        auto value = [&](const char* key) {
            return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        if (value("client_id") != kYouTubeClientId) {
            return oauthError(401, SVL("invalid_client"), SVL("The OAuth client was not found."));
        }
        const QString grant = value("grant_type");
        if (grant == QLatin1String("authorization_code")) {
            auto it = m_platformCodes.find(value("code"));
            if (it == m_platformCodes.end() || it->platform != QLatin1String("youtube")) {
                return oauthError(400, SVL("invalid_grant"), SVL("Malformed auth code."));
            }
            const PlatformCode code = *it;
            m_platformCodes.erase(it); // single use
            if (now() - code.createdAt > 600) {
                return oauthError(400, SVL("invalid_grant"), SVL("Bad Request"));
            }
            if (QUrl(value("redirect_uri")).toString(QUrl::FullyEncoded) != code.redirectUri) {
                return oauthError(400, SVL("redirect_uri_mismatch"), SVL("Bad Request"));
            }
            if (!code.challenge.isEmpty()) {
                const QString verifier = value("code_verifier");
                if (verifier.isEmpty()) {
                    return oauthError(400, SVL("invalid_grant"), SVL("Missing code verifier."));
                }
                const QString computed = code.method == QLatin1String("plain")
                                             ? verifier
                                             : QString::fromLatin1(base64Url(QCryptographicHash::hash(
                                                   verifier.toUtf8(), QCryptographicHash::Sha256)));
                if (computed != code.challenge) {
                    return oauthError(400, SVL("invalid_grant"), SVL("Invalid code verifier."));
                }
            }
            const QString grantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString refresh =
                issuePlatformToken(SVL("youtube"), 180LL * 86400, true, false, grantId, code.scope);
            return HttpResponse::json(
                200, QJsonObject{{SVL("access_token"), issuePlatformToken(SVL("youtube"), 3599, false, false,
                                                                          grantId, code.scope)},
                                 {SVL("expires_in"), 3599},
                                 {SVL("refresh_token"), refresh},
                                 {SVL("scope"), code.scope},
                                 {SVL("token_type"), SVL("Bearer")}});
        }
        if (grant == QLatin1String("refresh_token")) {
            const auto it = m_platformTokens.constFind(value("refresh_token"));
            if (it == m_platformTokens.cend() || !it->refresh || it->platform != QLatin1String("youtube") ||
                it->revoked || it->expiresAt <= now()) {
                return oauthError(400, SVL("invalid_grant"), SVL("Token has been expired or revoked."));
            }
            // Google answers a refresh with the scopes of the grant.
            return HttpResponse::json(
                200, QJsonObject{{SVL("access_token"), issuePlatformToken(SVL("youtube"), 3599, false, false,
                                                                          it->grant, it->scope)},
                                 {SVL("expires_in"), 3599},
                                 {SVL("scope"), it->scope},
                                 {SVL("token_type"), SVL("Bearer")}});
        }
        return oauthError(400, SVL("unsupported_grant_type"), SVL("Invalid grant_type: ") + grant);
    }
    if (subPath == QLatin1String("/revoke") && request.method == "POST") {
        QString token = request.queryValue(SVL("token"));
        if (token.isEmpty()) {
            token = request.formValue(SVL("token"));
        }
        const auto it = m_platformTokens.constFind(token);
        if (it == m_platformTokens.cend() || it->platform != QLatin1String("youtube") || it->revoked) {
            return oauthError(400, SVL("invalid_token"), SVL("Token expired or revoked"));
        }
        const QString grant = it->grant;
        for (auto t = m_platformTokens.begin(); t != m_platformTokens.end(); ++t) {
            if (t->grant == grant) {
                t->revoked = true; // revoking one token of a grant revokes the whole grant
            }
        }
        return HttpResponse::json(200, QJsonObject{});
    }
    const bool analytics = subPath == QLatin1String("/analytics/v2/reports") && request.method == "GET";
    if (!subPath.startsWith(QLatin1String("/v3/")) && !analytics) {
        return youtubeError(404, SVL("notFound"), SVL("Not Found"));
    }
    // Data API: authentication, then quota.
    QString token = request.bearerToken();
    if (token.isEmpty()) {
        token = request.queryValue(SVL("access_token"));
    }
    const QString tokenProblem = checkPlatformToken(SVL("youtube"), token);
    if (tokenProblem == QLatin1String("missing")) {
        return youtubeError(
            401, SVL("required"),
            SVL("Request is missing required authentication credential. Expected OAuth 2 access "
                "token, login cookie or other valid authentication credential."));
    }
    if (!tokenProblem.isEmpty()) {
        return youtubeError(
                   401, SVL("authError"),
                   SVL("Request had invalid authentication credentials. Expected OAuth 2 access token, "
                       "login cookie or other valid authentication credential."))
            .withHeader("WWW-Authenticate",
                        "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }
    if (analytics) {
        return youtubeAnalytics(request, token); // a quota of its own, not the Data API's
    }
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    if (m_youtubeUnits.value(day) >= m_youtubeDailyQuota) {
        return youtubeError(403, SVL("quotaExceeded"),
                            SVL("The request cannot be completed because you have exceeded your <a "
                                "href=\"/youtube/v3/getting-started#quota\">quota</a>."));
    }
    m_youtubeUnits[day] += 1;
    const QString resource = subPath.mid(4);
    const QStringList parts = request.queryValue(SVL("part")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return youtubeError(400, SVL("required"), SVL("Required parameter: part"));
    }
    const QString channelId = m_data.youtubeChannelId();
    const QString channelTitle = SVL("StreamVibe Sandbox Studio");
    if (resource == QLatin1String("channels")) {
        QJsonArray items;
        if (request.queryValue(SVL("mine")) == QLatin1String("true") ||
            request.queryValue(SVL("id")) == channelId) {
            QJsonObject ch{{SVL("kind"), SVL("youtube#channel")},
                           {SVL("etag"), etag(channelId)},
                           {SVL("id"), channelId}};
            if (parts.contains(SVL("snippet"))) {
                ch.insert(SVL("snippet"),
                          QJsonObject{{SVL("title"), channelTitle},
                                      {SVL("description"), SVL("Generated channel for StreamVibe tests.")},
                                      {SVL("customUrl"), SVL("@streamvibesandbox")},
                                      {SVL("publishedAt"), SVL("2015-03-14T09:26:53Z")},
                                      {SVL("thumbnails"), thumbnails(url(SVL("/youtube/img/channel")))},
                                      {SVL("localized"), QJsonObject{{SVL("title"), channelTitle}}}});
            }
            if (parts.contains(SVL("contentDetails"))) {
                ch.insert(SVL("contentDetails"),
                          QJsonObject{{SVL("relatedPlaylists"),
                                       QJsonObject{{SVL("likes"), QString()},
                                                   {SVL("uploads"), m_data.youtubeUploadsPlaylistId()}}}});
            }
            if (parts.contains(SVL("statistics"))) {
                ch.insert(SVL("statistics"),
                          QJsonObject{{SVL("viewCount"), SVL("48213377")},
                                      {SVL("subscriberCount"), SVL("125000")},
                                      {SVL("hiddenSubscriberCount"), false},
                                      {SVL("videoCount"), QString::number(m_data.count())}});
            }
            items.append(ch);
        } else if (!request.hasQuery(SVL("id")) && !request.hasQuery(SVL("forHandle"))) {
            return youtubeError(
                400, SVL("missingRequiredParameter"),
                SVL("No filter selected. Expected one of: forUsername, managedByMe, mine, id, "
                    "forHandle, mySubscribers, categoryId"));
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("kind"), SVL("youtube#channelListResponse")},
                             {SVL("etag"), etag(SVL("channels"))},
                             {SVL("pageInfo"),
                              QJsonObject{{SVL("totalResults"), items.size()}, {SVL("resultsPerPage"), 5}}},
                             {SVL("items"), items}});
    }
    if (resource == QLatin1String("playlistItems")) {
        const QString playlistId = request.queryValue(SVL("playlistId"));
        if (playlistId.isEmpty() && !request.hasQuery(SVL("id"))) {
            return youtubeError(400, SVL("required"),
                                SVL("No filter selected. Expected one of: id, playlistId"));
        }
        if (playlistId != m_data.youtubeUploadsPlaylistId()) {
            return youtubeError(
                404, SVL("playlistNotFound"),
                SVL("The playlist identified with the request's <code>playlistId</code> parameter "
                    "cannot be found."));
        }
        bool ok = true;
        const int maxResults =
            request.hasQuery(SVL("maxResults")) ? request.queryValue(SVL("maxResults")).toInt(&ok) : 5;
        if (!ok || maxResults < 0 || maxResults > 50) {
            return youtubeError(400, SVL("invalidParameter"),
                                SVL("Invalid value '%1'. Values must be within the range: [0, 50]")
                                    .arg(request.queryValue(SVL("maxResults"))));
        }
        qint64 offset = 0;
        if (request.hasQuery(SVL("pageToken"))) {
            offset = offsetFromPageToken(request.queryValue(SVL("pageToken")));
            if (offset < 0 || offset > m_data.count()) {
                return youtubeError(400, SVL("invalidPageToken"),
                                    SVL("The request specifies an invalid page token."));
            }
        }
        QJsonArray items;
        const qint64 end = qMin(m_data.count(), offset + maxResults);
        for (qint64 i = offset; i < end; ++i) {
            const GeneratedItem v = m_data.item(Platform::YouTube, i);
            QJsonObject it{{SVL("kind"), SVL("youtube#playlistItem")},
                           {SVL("etag"), etag(v.id + SVL("pi"))},
                           {SVL("id"), QString::fromLatin1(
                                           base64Url((playlistId + QLatin1Char('.') + v.id).toLatin1()))}};
            if (parts.contains(SVL("snippet"))) {
                it.insert(SVL("snippet"),
                          QJsonObject{{SVL("publishedAt"), isoTime(v.createdAt + 120)},
                                      {SVL("channelId"), channelId},
                                      {SVL("title"), v.title},
                                      {SVL("description"), v.description},
                                      {SVL("thumbnails"), thumbnails(url(SVL("/youtube/img/vi/") + v.id))},
                                      {SVL("channelTitle"), channelTitle},
                                      {SVL("playlistId"), playlistId},
                                      {SVL("position"), i},
                                      {SVL("resourceId"), QJsonObject{{SVL("kind"), SVL("youtube#video")},
                                                                      {SVL("videoId"), v.id}}},
                                      {SVL("videoOwnerChannelTitle"), channelTitle},
                                      {SVL("videoOwnerChannelId"), channelId}});
            }
            if (parts.contains(SVL("contentDetails"))) {
                it.insert(
                    SVL("contentDetails"),
                    QJsonObject{{SVL("videoId"), v.id}, {SVL("videoPublishedAt"), isoTime(v.createdAt)}});
            }
            if (parts.contains(SVL("status"))) {
                it.insert(SVL("status"), QJsonObject{{SVL("privacyStatus"),
                                                      v.unavailable ? SVL("private") : SVL("public")}});
            }
            items.append(it);
        }
        QJsonObject out{{SVL("kind"), SVL("youtube#playlistItemListResponse")},
                        {SVL("etag"), etag(playlistId + QString::number(offset))},
                        {SVL("items"), items},
                        {SVL("pageInfo"), QJsonObject{{SVL("totalResults"), m_data.count()},
                                                      {SVL("resultsPerPage"), maxResults}}}};
        if (end < m_data.count() && maxResults > 0) {
            out.insert(SVL("nextPageToken"), pageTokenFor(end));
        }
        if (offset > 0) {
            out.insert(SVL("prevPageToken"), pageTokenFor(qMax<qint64>(0, offset - maxResults)));
        }
        return HttpResponse::json(200, out);
    }
    if (resource == QLatin1String("videos")) {
        const QStringList ids = request.queryValue(SVL("id")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.isEmpty()) {
            return youtubeError(400, SVL("missingRequiredParameter"),
                                SVL("No filter selected. Expected one of: myRating, chart, id"));
        }
        if (ids.size() > 50) {
            return youtubeError(400, SVL("invalidParameter"),
                                SVL("The request specifies more than 50 video IDs in the id parameter."));
        }
        QJsonArray items;
        QSet<QString> seen;
        for (const QString& rawId : ids) {
            const QString id = rawId.trimmed();
            const qint64 index = m_data.indexOf(Platform::YouTube, id);
            if (index < 0 || seen.contains(id)) {
                continue;
            }
            seen.insert(id);
            const GeneratedItem v = m_data.item(Platform::YouTube, index);
            if (v.unavailable) {
                continue; // deleted/private videos are simply missing
            }
            QJsonObject it{{SVL("kind"), SVL("youtube#video")}, {SVL("etag"), etag(v.id)}, {SVL("id"), v.id}};
            if (parts.contains(SVL("snippet"))) {
                it.insert(SVL("snippet"),
                          QJsonObject{{SVL("publishedAt"), isoTime(v.createdAt)},
                                      {SVL("channelId"), channelId},
                                      {SVL("title"), v.title},
                                      {SVL("description"), v.description},
                                      {SVL("thumbnails"), thumbnails(url(SVL("/youtube/img/vi/") + v.id))},
                                      {SVL("channelTitle"), channelTitle},
                                      {SVL("tags"), QJsonArray{SVL("streamvibe"), SVL("sandbox")}},
                                      {SVL("categoryId"), SVL("22")},
                                      {SVL("liveBroadcastContent"), SVL("none")},
                                      {SVL("localized"), QJsonObject{{SVL("title"), v.title},
                                                                     {SVL("description"), v.description}}}});
            }
            if (parts.contains(SVL("contentDetails"))) {
                it.insert(SVL("contentDetails"),
                          QJsonObject{{SVL("duration"), isoDuration(v.durationSeconds)},
                                      {SVL("dimension"), SVL("2d")},
                                      {SVL("definition"), SVL("hd")},
                                      {SVL("caption"), SVL("false")},
                                      {SVL("licensedContent"), false},
                                      {SVL("contentRating"), QJsonObject{}},
                                      {SVL("projection"), SVL("rectangular")}});
            }
            if (parts.contains(SVL("statistics"))) {
                it.insert(SVL("statistics"), QJsonObject{{SVL("viewCount"), QString::number(v.views)},
                                                         {SVL("likeCount"), QString::number(v.likes)},
                                                         {SVL("favoriteCount"), SVL("0")},
                                                         {SVL("commentCount"), QString::number(v.comments)}});
            }
            items.append(it);
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("kind"), SVL("youtube#videoListResponse")},
                             {SVL("etag"), etag(ids.join(QLatin1Char(',')))},
                             {SVL("items"), items},
                             {SVL("pageInfo"), QJsonObject{{SVL("totalResults"), items.size()},
                                                           {SVL("resultsPerPage"), items.size()}}}});
    }
    return youtubeError(404, SVL("notFound"), SVL("Not Found"));
}

namespace {

/// YouTube Analytics days are the platform's: America/Los_Angeles.
QDate pacificDate(qint64 unixSeconds)
{
    static const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
    const QDateTime t = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    return pacific.isValid() ? t.toTimeZone(pacific).date() : t.addSecs(-8 * 3600).date();
}

/// A deterministic daily series of `total` over `days` days (most on the first days, decaying): the part of
/// `total` reached by the end of day `k` (0-based); exactly `total` on the last day.
qint64 cumulativeShare(qint64 total, qint64 k, qint64 days)
{
    if (k < 0) {
        return 0;
    }
    if (k >= days - 1) {
        return total;
    }
    constexpr double kDecay = 0.97;
    const double share = (1.0 - std::pow(kDecay, double(k + 1))) / (1.0 - std::pow(kDecay, double(days)));
    return qMin(total, qint64(std::floor(double(total) * share)));
}

} // namespace

HttpResponse SandboxServer::youtubeAnalytics(const HttpRequest& request, const QString& token)
{
    // youtubeAnalytics v2 reports (apis.md "Performance over time"): needs the yt-analytics.readonly scope.
    if (!platformTokenHasScope(token, SVL("https://www.googleapis.com/auth/yt-analytics.readonly")) &&
        !platformTokenHasScope(token,
                               SVL("https://www.googleapis.com/auth/yt-analytics-monetary.readonly"))) {
        return youtubeError(403, SVL("insufficientPermissions"),
                            SVL("Request had insufficient authentication scopes."));
    }
    for (const QString& required : {SVL("ids"), SVL("startDate"), SVL("endDate"), SVL("metrics")}) {
        if (request.queryValue(required).isEmpty()) {
            return youtubeError(400, SVL("required"), SVL("Required parameter: ") + required);
        }
    }
    const QString ids = request.queryValue(SVL("ids"));
    if (ids != QLatin1String("channel==MINE") && ids != SVL("channel==") + m_data.youtubeChannelId()) {
        return youtubeError(403, SVL("forbidden"), SVL("Forbidden"));
    }
    const QDate start = QDate::fromString(request.queryValue(SVL("startDate")), Qt::ISODate);
    const QDate end = QDate::fromString(request.queryValue(SVL("endDate")), Qt::ISODate);
    if (!start.isValid() || !end.isValid()) {
        return youtubeError(400, SVL("invalid"),
                            SVL("Invalid value at 'start_date' or 'end_date': expected YYYY-MM-DD"));
    }
    if (end < start) {
        return youtubeError(400, SVL("badRequest"),
                            SVL("The query is not supported. The start date is after the end date."));
    }
    static const QStringList knownMetrics{SVL("views"),          SVL("likes"),  SVL("dislikes"),
                                          SVL("comments"),       SVL("shares"), SVL("subscribersGained"),
                                          SVL("subscribersLost")};
    const QStringList metrics = request.queryValue(SVL("metrics")).split(QLatin1Char(','));
    for (const QString& m : metrics) {
        if (!knownMetrics.contains(m)) {
            return youtubeError(400, SVL("badRequest"),
                                SVL("Unknown identifier (%1) given in field parameters.metrics.").arg(m));
        }
    }
    const QString dimensions = request.queryValue(SVL("dimensions"));
    const QString sort = request.queryValue(SVL("sort"));
    if ((!dimensions.isEmpty() && dimensions != QLatin1String("day")) ||
        (!sort.isEmpty() && sort != QLatin1String("day") && sort != QLatin1String("-day")) ||
        (dimensions.isEmpty() && !sort.isEmpty())) {
        return youtubeError(400, SVL("badRequest"),
                            SVL("The query is not supported. Check the documentation at "
                                "https://developers.google.com/youtube/analytics/v2/available_reports for a "
                                "list of supported queries."));
    }
    QList<qint64> videos;
    const QString filters = request.queryValue(SVL("filters"));
    if (filters.isEmpty()) {
        for (qint64 i = 0; i < m_data.count(); ++i) {
            videos.append(i);
        }
    } else {
        if (!filters.startsWith(QLatin1String("video=="))) {
            return youtubeError(400, SVL("badRequest"),
                                SVL("Unknown identifier (%1) given in field parameters.filters.")
                                    .arg(filters.section(QLatin1String("=="), 0, 0)));
        }
        for (const QString& id : filters.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 index = m_data.indexOf(Platform::YouTube, id.trimmed());
            if (index < 0) {
                return youtubeError(403, SVL("forbidden"), SVL("Forbidden"));
            }
            videos.append(index);
        }
    }
    // Each video's series runs from its publishing day to today (Pacific time), summing to its current
    // totals; the last 1-3 days (by video) are not processed yet: they are missing, not zero.
    const QDate today = pacificDate(now());
    QMap<QDate, QList<qint64>> byDay;
    for (const qint64 index : std::as_const(videos)) {
        const GeneratedItem v = m_data.item(Platform::YouTube, index);
        const QDate first = pacificDate(v.createdAt);
        const qint64 span = first.daysTo(today) + 1;
        const QDate last = today.addDays(-(1 + index % 3));
        for (QDate d = qMax(first, start); d <= qMin(last, end); d = d.addDays(1)) {
            const qint64 k = first.daysTo(d);
            QList<qint64>& row = byDay[d];
            row.resize(metrics.size(), 0);
            for (qsizetype m = 0; m < metrics.size(); ++m) {
                const QString& name = metrics[m];
                const qint64 total = name == QLatin1String("views")               ? v.views
                                     : name == QLatin1String("likes")             ? v.likes
                                     : name == QLatin1String("comments")          ? v.comments
                                     : name == QLatin1String("shares")            ? v.shares
                                     : name == QLatin1String("subscribersGained") ? v.views / 1000
                                                                                  : 0;
                row[m] += cumulativeShare(total, k, span) - cumulativeShare(total, k - 1, span);
            }
        }
    }
    QJsonArray headers;
    if (!dimensions.isEmpty()) {
        headers.append(QJsonObject{{SVL("name"), SVL("day")},
                                   {SVL("columnType"), SVL("DIMENSION")},
                                   {SVL("dataType"), SVL("STRING")}});
    }
    for (const QString& m : metrics) {
        headers.append(QJsonObject{
            {SVL("name"), m}, {SVL("columnType"), SVL("METRIC")}, {SVL("dataType"), SVL("INTEGER")}});
    }
    QJsonArray rows;
    if (dimensions.isEmpty()) {
        if (!byDay.isEmpty()) {
            QList<qint64> sums(metrics.size(), 0);
            for (const QList<qint64>& row : std::as_const(byDay)) {
                for (qsizetype m = 0; m < metrics.size(); ++m) {
                    sums[m] += row[m];
                }
            }
            QJsonArray out;
            for (const qint64 value : std::as_const(sums)) {
                out.append(value);
            }
            rows.append(out);
        }
    } else {
        QList<QDate> days = byDay.keys();
        if (sort == QLatin1String("-day")) {
            std::reverse(days.begin(), days.end());
        }
        for (const QDate& d : std::as_const(days)) {
            QJsonArray out{d.toString(Qt::ISODate)};
            for (const qint64 value : std::as_const(byDay[d])) {
                out.append(value); // JSON numbers, unlike the Data API's strings
            }
            rows.append(out);
        }
    }
    QJsonObject out{{SVL("kind"), SVL("youtubeAnalytics#resultTable")}, {SVL("columnHeaders"), headers}};
    if (!rows.isEmpty()) {
        out.insert(SVL("rows"), rows); // the real API leaves "rows" out when there is no data
    }
    return HttpResponse::json(200, out);
}

// ---------------------------------------------------------------------------------------------- Instagram

HttpResponse SandboxServer::instagram(const HttpRequest& request, const QString& subPath)
{
    if (subPath == QLatin1String("/oauth/authorize") && request.method == "GET") {
        return platformAuthorize(request, SVL("instagram"));
    }
    if (subPath == QLatin1String("/consent") && request.method == "POST") {
        return platformConsent(request);
    }
    if (subPath == QLatin1String("/oauth/access_token") && request.method == "POST") {
        auto legacyError = [](const QString& message) {
            return HttpResponse::json(400, QJsonObject{{SVL("error_type"), SVL("OAuthException")},
                                                       {SVL("code"), 400},
                                                       {SVL("error_message"), message}});
        };
        const QUrlQuery form = request.form();
        auto value = [&](const char* key) {
            return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        if (value("client_id") != kInstagramClientId) {
            return legacyError(SVL("Invalid platform app"));
        }
        if (value("client_secret") != kInstagramSecret) {
            return legacyError(SVL("Error validating client secret."));
        }
        if (value("grant_type") != QLatin1String("authorization_code")) {
            return legacyError(SVL("Unsupported grant_type"));
        }
        QString codeValue = value("code");
        if (codeValue.endsWith(QLatin1String("#_"))) {
            codeValue.chop(2);
        }
        auto it = m_platformCodes.find(codeValue);
        if (it == m_platformCodes.end() || it->platform != QLatin1String("instagram") ||
            now() - it->createdAt > 3600) {
            return legacyError(SVL("Invalid authorization code"));
        }
        const PlatformCode code = *it;
        m_platformCodes.erase(it);
        if (QUrl(value("redirect_uri")).toString(QUrl::FullyEncoded) != code.redirectUri) {
            return legacyError(
                SVL("Error validating verification code. Please make sure your redirect_uri is "
                    "identical to the one you used in the OAuth dialog request"));
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("access_token"),
                              issuePlatformToken(SVL("instagram"), 3600, false, false, {}, code.scope)},
                             {SVL("user_id"), m_data.instagramUserId().toLongLong()},
                             {SVL("permissions"), code.scope}});
    }
    if (!subPath.startsWith(QLatin1String("/graph/"))) {
        return instagramError(404, 803, SVL("OAuthException"), SVL("Unknown path components: ") + subPath);
    }
    QString graphPath = subPath.mid(6); // "/..."
    static const QRegularExpression versionRx(SVL("^/v\\d+\\.\\d+(/|$)"));
    const auto vm = versionRx.match(graphPath);
    const QString version = vm.hasMatch() ? vm.captured(0).chopped(vm.captured(1).size()) : QString();
    if (vm.hasMatch()) {
        graphPath = graphPath.mid(vm.capturedLength() - vm.captured(1).size());
    }
    QString token = request.queryValue(SVL("access_token"));
    if (token.isEmpty()) {
        token = request.bearerToken();
    }
    if (graphPath == QLatin1String("/access_token") || graphPath == QLatin1String("/refresh_access_token")) {
        const bool exchange = graphPath == QLatin1String("/access_token");
        const QString grant = request.queryValue(SVL("grant_type"));
        if (grant != (exchange ? QLatin1String("ig_exchange_token") : QLatin1String("ig_refresh_token"))) {
            return instagramError(400, 100, SVL("OAuthException"), SVL("Unsupported grant_type: ") + grant);
        }
        if (exchange && request.queryValue(SVL("client_secret")) != kInstagramSecret) {
            return instagramError(400, 101, SVL("OAuthException"), SVL("Error validating client secret."));
        }
        const QString problem = checkPlatformToken(SVL("instagram"), token);
        if (!problem.isEmpty()) {
            return instagramError(400, 190, SVL("OAuthException"),
                                  problem == QLatin1String("expired")
                                      ? SVL("Error validating access token: Session has expired.")
                                      : SVL("Invalid OAuth access token - Cannot parse access token"));
        }
        const PlatformToken current = m_platformTokens.value(token);
        if (exchange && current.longLived) {
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("The access token is already long-lived"));
        }
        if (!exchange && !current.longLived) {
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("Only long-lived tokens can be refreshed"));
        }
        if (!exchange && now() - current.issuedAt < m_instagramRefreshMinAge) {
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("The access token must be at least 24 hours old to be refreshed"));
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("access_token"),
                              issuePlatformToken(SVL("instagram"), 5184000, false, true, {}, current.scope)},
                             {SVL("token_type"), SVL("bearer")},
                             {SVL("expires_in"), 5184000}});
    }
    if (token.isEmpty()) {
        return instagramError(
            400, 2500, SVL("OAuthException"),
            SVL("An active access token must be used to query information about the current user."));
    }
    const QString problem = checkPlatformToken(SVL("instagram"), token);
    if (!problem.isEmpty()) {
        return instagramError(400, 190, SVL("OAuthException"),
                              problem == QLatin1String("expired")
                                  ? SVL("Error validating access token: Session has expired.")
                                  : SVL("Invalid OAuth access token - Cannot parse access token"));
    }
    const QString userId = m_data.instagramUserId();
    const QStringList fields = request.queryValue(SVL("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (graphPath == QLatin1String("/me") || graphPath == QLatin1Char('/') + userId) {
        static const QStringList known{SVL("id"),
                                       SVL("user_id"),
                                       SVL("username"),
                                       SVL("name"),
                                       SVL("account_type"),
                                       SVL("profile_picture_url"),
                                       SVL("followers_count"),
                                       SVL("follows_count"),
                                       SVL("media_count")};
        const QJsonObject all{{SVL("id"), userId},
                              {SVL("user_id"), userId},
                              {SVL("username"), SVL("streamvibe.sandbox")},
                              {SVL("name"), SVL("StreamVibe Sandbox")},
                              {SVL("account_type"), SVL("MEDIA_CREATOR")},
                              {SVL("profile_picture_url"), url(SVL("/instagram/img/profile.jpg"))},
                              {SVL("followers_count"), 48210},
                              {SVL("follows_count"), 312},
                              {SVL("media_count"), m_data.count()}};
        QJsonObject out{{SVL("id"), userId}};
        for (const QString& f : fields) {
            if (!known.contains(f)) {
                return instagramError(
                    400, 100, SVL("IGApiException"),
                    SVL("Tried accessing nonexisting field (%1) on node type (User)").arg(f));
            }
            out.insert(f, all.value(f));
        }
        return HttpResponse::json(200, out);
    }
    if (graphPath == QLatin1String("/me/media") || graphPath == QLatin1Char('/') + userId + SVL("/media")) {
        static const QStringList known{SVL("id"),
                                       SVL("caption"),
                                       SVL("media_type"),
                                       SVL("media_url"),
                                       SVL("permalink"),
                                       SVL("thumbnail_url"),
                                       SVL("timestamp"),
                                       SVL("like_count"),
                                       SVL("comments_count"),
                                       SVL("username"),
                                       SVL("media_product_type"),
                                       SVL("shortcode")};
        for (const QString& f : fields) {
            if (!known.contains(f)) {
                return instagramError(
                    400, 100, SVL("IGApiException"),
                    SVL("Tried accessing nonexisting field (%1) on node type (Media)").arg(f));
            }
        }
        bool ok = true;
        int limit = request.hasQuery(SVL("limit")) ? request.queryValue(SVL("limit")).toInt(&ok) : 25;
        if (!ok || limit <= 0) {
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("(#100) The parameter limit is invalid"));
        }
        limit = qMin(limit, 100);
        auto cursorFor = [](qint64 index) {
            return QString::fromLatin1(base64Url("ig:" + QByteArray::number(index)));
        };
        auto indexFromCursor = [](const QString& cursor) -> qint64 {
            bool good = false;
            const QByteArray raw = fromBase64Url(cursor.toLatin1(), &good);
            if (!good || !raw.startsWith("ig:")) {
                return -1;
            }
            const qint64 v = raw.mid(3).toLongLong(&good);
            return good ? v : -1;
        };
        qint64 start = 0;
        qint64 stop = m_data.count(); // exclusive
        if (request.hasQuery(SVL("after"))) {
            const qint64 i = indexFromCursor(request.queryValue(SVL("after")));
            if (i < 0) {
                return instagramError(400, 100, SVL("OAuthException"),
                                      SVL("(#100) The after cursor is invalid"));
            }
            start = i + 1;
        } else if (request.hasQuery(SVL("before"))) {
            const qint64 i = indexFromCursor(request.queryValue(SVL("before")));
            if (i < 0) {
                return instagramError(400, 100, SVL("OAuthException"),
                                      SVL("(#100) The before cursor is invalid"));
            }
            stop = qMin(stop, i);
            start = qMax<qint64>(0, stop - limit);
        }
        const qint64 end = qMin(stop, start + limit);
        const QStringList wanted = fields.isEmpty() ? QStringList{SVL("id")} : fields;
        QJsonArray data;
        static const char* kTypes[] = {"IMAGE", "VIDEO", "CAROUSEL_ALBUM"};
        for (qint64 i = start; i < end; ++i) {
            const GeneratedItem m = m_data.item(Platform::Instagram, i);
            const QString shortcode =
                QString::fromLatin1(base64Url(QByteArray::number(m.index * 7919 + 104729))).left(11);
            QJsonObject o{{SVL("id"), m.id}};
            for (const QString& f : wanted) {
                if (f == QLatin1String("caption")) {
                    o.insert(f, m.title + QLatin1Char('\n') + m.description);
                } else if (f == QLatin1String("media_type")) {
                    o.insert(f, QString::fromLatin1(kTypes[m.mediaType]));
                } else if (f == QLatin1String("media_url")) {
                    o.insert(f, url(SVL("/instagram/img/media/") + m.id +
                                    (m.mediaType == 1 ? SVL(".mp4") : SVL(".jpg"))));
                } else if (f == QLatin1String("permalink")) {
                    o.insert(f, SVL("https://www.instagram.com/p/") + shortcode + QLatin1Char('/'));
                } else if (f == QLatin1String("thumbnail_url")) {
                    if (m.mediaType == 1) {
                        o.insert(f, url(SVL("/instagram/img/media/") + m.id + SVL("_thumb.jpg")));
                    }
                } else if (f == QLatin1String("timestamp")) {
                    o.insert(f, igTime(m.createdAt));
                } else if (f == QLatin1String("like_count")) {
                    o.insert(f, m.likes);
                } else if (f == QLatin1String("comments_count")) {
                    o.insert(f, m.comments);
                } else if (f == QLatin1String("username")) {
                    o.insert(f, SVL("streamvibe.sandbox"));
                } else if (f == QLatin1String("media_product_type")) {
                    o.insert(f, m.mediaType == 1 ? SVL("REELS") : SVL("FEED"));
                } else if (f == QLatin1String("shortcode")) {
                    o.insert(f, shortcode);
                }
            }
            data.append(o);
        }
        QJsonObject paging;
        if (end > start) {
            paging.insert(SVL("cursors"),
                          QJsonObject{{SVL("before"), cursorFor(start)}, {SVL("after"), cursorFor(end - 1)}});
        }
        auto pageUrl = [&](const QString& key, const QString& cursor) {
            QUrl u(url(SVL("/instagram/graph") + version + QLatin1Char('/') + userId + SVL("/media")));
            QUrlQuery q;
            q.addQueryItem(SVL("access_token"), token);
            if (!fields.isEmpty()) {
                q.addQueryItem(SVL("fields"), fields.join(QLatin1Char(',')));
            }
            q.addQueryItem(SVL("limit"), QString::number(limit));
            q.addQueryItem(key, cursor);
            u.setQuery(q);
            return u.toString(QUrl::FullyEncoded);
        };
        if (end < m_data.count() && end > start) {
            paging.insert(SVL("next"), pageUrl(SVL("after"), cursorFor(end - 1)));
        }
        if (start > 0 && end > start) {
            paging.insert(SVL("previous"), pageUrl(SVL("before"), cursorFor(start)));
        }
        QJsonObject out{{SVL("data"), data}};
        if (!paging.isEmpty()) {
            out.insert(SVL("paging"), paging);
        }
        return HttpResponse::json(200, out);
    }
    static const QRegularExpression insightsRx(SVL("^/([^/]+)/insights$"));
    if (const auto im = insightsRx.match(graphPath); im.hasMatch()) {
        return instagramInsights(request, token, im.captured(1));
    }
    return instagramError(
        400, 100, SVL("IGApiException"),
        SVL("Unsupported get request. Object with ID '%1' does not exist").arg(graphPath.mid(1)));
}

HttpResponse SandboxServer::instagramInsights(const HttpRequest& request, const QString& token,
                                              const QString& mediaId)
{
    // Media insights (apis.md "Performance over time"): lifetime totals, with
    // instagram_business_manage_insights.
    const qint64 index = m_data.indexOf(Platform::Instagram, mediaId);
    if (index < 0) {
        return instagramError(400, 100, SVL("IGApiException"),
                              SVL("Unsupported get request. Object with ID '%1' does not exist, cannot be "
                                  "loaded due to missing "
                                  "permissions, or does not support this operation")
                                  .arg(mediaId));
    }
    if (!platformTokenHasScope(token, SVL("instagram_business_manage_insights"))) {
        return instagramError(403, 10, SVL("OAuthException"),
                              SVL("(#10) Application does not have permission for this action"));
    }
    const QStringList metrics = request.queryValue(SVL("metric")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (metrics.isEmpty()) {
        return instagramError(400, 100, SVL("OAuthException"),
                              SVL("(#100) The parameter metric is required"));
    }
    const GeneratedItem m = m_data.item(Platform::Instagram, index);
    const qint64 saved = m.likes / 7;
    const QHash<QString, QPair<QString, qint64>> values{
        {SVL("views"), {SVL("Views"), m.views}},
        {SVL("reach"), {SVL("Accounts reached"), m.views * 4 / 5}},
        {SVL("likes"), {SVL("Likes"), m.likes}},
        {SVL("comments"), {SVL("Comments"), m.comments}},
        {SVL("shares"), {SVL("Shares"), m.shares}},
        {SVL("saved"), {SVL("Saves"), saved}},
        {SVL("total_interactions"), {SVL("Interactions"), m.likes + m.comments + m.shares + saved}},
    };
    QJsonArray data;
    for (const QString& metric : metrics) {
        if (metric == QLatin1String("impressions") || metric == QLatin1String("plays")) {
            // Deprecated in favour of views (v22.0): Graph refuses them.
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("(#100) Starting from version v22.0 and above, the %1 metric is no "
                                      "longer supported for media. Please use the views metric instead.")
                                      .arg(metric));
        }
        if (!values.contains(metric)) {
            return instagramError(400, 100, SVL("OAuthException"),
                                  SVL("(#100) metric[0] must be one of the following values: views, reach, "
                                      "likes, comments, shares, saved, total_interactions, follows, "
                                      "profile_visits, profile_activity"));
        }
        const auto& [title, value] = values.value(metric);
        data.append(QJsonObject{{SVL("name"), metric},
                                {SVL("period"), SVL("lifetime")},
                                {SVL("values"), QJsonArray{QJsonObject{{SVL("value"), value}}}},
                                {SVL("title"), title},
                                {SVL("description"), title + SVL(" of this media, lifetime.")},
                                {SVL("id"), mediaId + SVL("/insights/") + metric + SVL("/lifetime")}});
    }
    return HttpResponse::json(200, QJsonObject{{SVL("data"), data}});
}

// ------------------------------------------------------------------------------------------------- TikTok

HttpResponse SandboxServer::tiktok(const HttpRequest& request, const QString& subPath)
{
    if (subPath == QLatin1String("/v2/auth/authorize/") && request.method == "GET") {
        return platformAuthorize(request, SVL("tiktok"));
    }
    if (subPath == QLatin1String("/consent") && request.method == "POST") {
        return platformConsent(request);
    }
    auto oauthError = [](int status, const QString& error, const QString& description) {
        return HttpResponse::json(status, QJsonObject{{SVL("error"), error},
                                                      {SVL("error_description"), description},
                                                      {SVL("log_id"), logId()}});
    };
    if (subPath == QLatin1String("/v2/oauth/token/") && request.method == "POST") {
        const QUrlQuery form = request.form();
        auto value = [&](const char* key) {
            return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        if (value("client_key") != kTikTokClientKey || value("client_secret") != kTikTokSecret) {
            return oauthError(401, SVL("invalid_client"), SVL("Client key or secret is incorrect."));
        }
        const QString grant = value("grant_type");
        const QString openId = m_data.tiktokOpenId();
        auto tokens = [&](const QString& scope) {
            const QString grantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            return HttpResponse::json(
                200, QJsonObject{{SVL("access_token"),
                                  issuePlatformToken(SVL("tiktok"), 86400, false, false, grantId, scope)},
                                 {SVL("expires_in"), 86400},
                                 {SVL("open_id"), openId},
                                 {SVL("refresh_expires_in"), 31536000},
                                 {SVL("refresh_token"),
                                  issuePlatformToken(SVL("tiktok"), 31536000, true, false, grantId, scope)},
                                 {SVL("scope"), scope},
                                 {SVL("token_type"), SVL("Bearer")}});
        };
        if (grant == QLatin1String("authorization_code")) {
            auto it = m_platformCodes.find(value("code"));
            if (it == m_platformCodes.end() || it->platform != QLatin1String("tiktok")) {
                return oauthError(400, SVL("invalid_grant"), SVL("Authorization code is expired."));
            }
            const PlatformCode code = *it;
            m_platformCodes.erase(it);
            if (now() - code.createdAt > 600) {
                return oauthError(400, SVL("invalid_grant"), SVL("Authorization code is expired."));
            }
            if (QUrl(value("redirect_uri")).toString(QUrl::FullyEncoded) != code.redirectUri) {
                return oauthError(400, SVL("invalid_request"), SVL("redirect_uri does not match."));
            }
            // TikTok desktop: code_challenge = HEX(SHA-256(code_verifier)).
            const QString verifier = value("code_verifier");
            const QString computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256).toHex());
            if (verifier.isEmpty() || computed.compare(code.challenge, Qt::CaseInsensitive) != 0) {
                return oauthError(400, SVL("invalid_grant"), SVL("Code verifier is invalid."));
            }
            return tokens(code.scope);
        }
        if (grant == QLatin1String("refresh_token")) {
            const auto it = m_platformTokens.constFind(value("refresh_token"));
            if (it == m_platformTokens.cend() || !it->refresh || it->platform != QLatin1String("tiktok") ||
                it->revoked || it->expiresAt <= now()) {
                return oauthError(400, SVL("invalid_grant"), SVL("Refresh token is invalid or expired."));
            }
            return tokens(it->scope);
        }
        return oauthError(400, SVL("invalid_request"), SVL("Unsupported grant_type."));
    }
    if (subPath == QLatin1String("/v2/oauth/revoke/") && request.method == "POST") {
        const auto it = m_platformTokens.constFind(request.formValue(SVL("token")));
        if (it != m_platformTokens.cend() && it->platform == QLatin1String("tiktok")) {
            const QString grant = it->grant;
            for (auto t = m_platformTokens.begin(); t != m_platformTokens.end(); ++t) {
                if (t->grant == grant) {
                    t->revoked = true;
                }
            }
        }
        return HttpResponse::json(200, QJsonObject{});
    }
    const bool userInfo = subPath == QLatin1String("/v2/user/info/");
    const bool videoList = subPath == QLatin1String("/v2/video/list/");
    if (!userInfo && !videoList) {
        return tiktokError(404, SVL("invalid_params"), SVL("The requested path does not exist."));
    }
    const QString problem = checkPlatformToken(SVL("tiktok"), request.bearerToken());
    if (!problem.isEmpty()) {
        return tiktokError(401, SVL("access_token_invalid"),
                           SVL("The access token is invalid or not found in the request."));
    }
    const QStringList fields = request.queryValue(SVL("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty()) {
        return tiktokError(400, SVL("invalid_params"), SVL("The fields parameter is required."));
    }
    const QString envelopeLog = logId();
    const QJsonObject ok{{SVL("code"), SVL("ok")}, {SVL("message"), QString()}, {SVL("log_id"), envelopeLog}};
    if (userInfo) {
        if (request.method != "GET") {
            return tiktokError(405, SVL("invalid_params"), SVL("Use GET."));
        }
        const QJsonObject all{{SVL("open_id"), m_data.tiktokOpenId()},
                              {SVL("union_id"), SVL("u") + m_data.tiktokOpenId().mid(4)},
                              {SVL("avatar_url"), url(SVL("/tiktok/img/avatar.jpeg"))},
                              {SVL("avatar_url_100"), url(SVL("/tiktok/img/avatar_100.jpeg"))},
                              {SVL("avatar_large_url"), url(SVL("/tiktok/img/avatar_large.jpeg"))},
                              {SVL("display_name"), SVL("StreamVibe Sandbox")},
                              {SVL("bio_description"), SVL("Generated account for StreamVibe tests")},
                              {SVL("profile_deep_link"), SVL("https://vm.tiktok.com/sandbox/")},
                              {SVL("is_verified"), false},
                              {SVL("username"), SVL("streamvibe.sandbox")},
                              {SVL("follower_count"), 90210},
                              {SVL("following_count"), 42},
                              {SVL("likes_count"), 1234567},
                              {SVL("video_count"), m_data.count()}};
        static const QStringList stats{SVL("follower_count"), SVL("following_count"), SVL("likes_count"),
                                       SVL("video_count")};
        QJsonObject user;
        for (const QString& f : fields) {
            if (!all.contains(f)) {
                return tiktokError(400, SVL("invalid_params"), SVL("Invalid field: %1").arg(f));
            }
            if (stats.contains(f) && !platformTokenHasScope(request.bearerToken(), SVL("user.info.stats"))) {
                return tiktokError(401, SVL("scope_not_authorized"),
                                   SVL("The user did not authorize the scope required for completing this "
                                       "request."));
            }
            user.insert(f, all.value(f));
        }
        return HttpResponse::json(
            200, QJsonObject{{SVL("data"), QJsonObject{{SVL("user"), user}}}, {SVL("error"), ok}});
    }
    if (request.method != "POST") {
        return tiktokError(405, SVL("invalid_params"), SVL("Use POST."));
    }
    static const QStringList known{SVL("id"),
                                   SVL("create_time"),
                                   SVL("cover_image_url"),
                                   SVL("share_url"),
                                   SVL("video_description"),
                                   SVL("duration"),
                                   SVL("height"),
                                   SVL("width"),
                                   SVL("title"),
                                   SVL("embed_html"),
                                   SVL("embed_link"),
                                   SVL("like_count"),
                                   SVL("comment_count"),
                                   SVL("share_count"),
                                   SVL("view_count")};
    for (const QString& f : fields) {
        if (!known.contains(f)) {
            return tiktokError(400, SVL("invalid_params"), SVL("Invalid field: %1").arg(f));
        }
    }
    bool jsonOk = true;
    const QJsonObject body = request.body.trimmed().isEmpty() ? QJsonObject{} : request.jsonObject(&jsonOk);
    if (!jsonOk) {
        return tiktokError(400, SVL("invalid_params"), SVL("The request body is not valid JSON."));
    }
    const int maxCount = body.value(QLatin1String("max_count")).toInt(10);
    if (maxCount < 1 || maxCount > 20) {
        return tiktokError(400, SVL("invalid_params"), SVL("max_count must be between 1 and 20."));
    }
    const qint64 cursor = body.value(QLatin1String("cursor")).toInteger(0);
    if (cursor < 0) {
        return tiktokError(400, SVL("invalid_params"), SVL("cursor must not be negative."));
    }
    // The cursor is a UTC unix timestamp in milliseconds: the next page holds videos created before it.
    const qint64 start = cursor == 0 ? 0 : m_data.firstIndexBefore((cursor + 999) / 1000);
    const qint64 end = qMin(m_data.count(), start + maxCount);
    QJsonArray videos;
    for (qint64 i = start; i < end; ++i) {
        const GeneratedItem v = m_data.item(Platform::TikTok, i);
        const QJsonObject all{
            {SVL("id"), v.id},
            {SVL("create_time"), v.createdAt},
            {SVL("cover_image_url"), url(SVL("/tiktok/img/cover/") + v.id + SVL(".jpeg"))},
            {SVL("share_url"), SVL("https://www.tiktok.com/@streamvibe.sandbox/video/") + v.id},
            {SVL("video_description"), v.description},
            {SVL("duration"), v.durationSeconds},
            {SVL("height"), 1920},
            {SVL("width"), 1080},
            {SVL("title"), v.title},
            {SVL("embed_html"),
             SVL("<blockquote class=\"tiktok-embed\" data-video-id=\"%1\"></blockquote>").arg(v.id)},
            {SVL("embed_link"), SVL("https://www.tiktok.com/player/v1/") + v.id},
            {SVL("like_count"), v.likes},
            {SVL("comment_count"), v.comments},
            {SVL("share_count"), v.shares},
            {SVL("view_count"), v.views},
        };
        QJsonObject o;
        for (const QString& f : fields) {
            o.insert(f, all.value(f));
        }
        videos.append(o);
    }
    const qint64 nextCursor = end > start ? m_data.item(Platform::TikTok, end - 1).createdAt * 1000 : cursor;
    return HttpResponse::json(200,
                              QJsonObject{{SVL("data"), QJsonObject{{SVL("videos"), videos},
                                                                    {SVL("cursor"), nextCursor},
                                                                    {SVL("has_more"), end < m_data.count()}}},
                                          {SVL("error"), ok}});
}

} // namespace sv::sandbox
