#pragma once

#include "config/AppConfig.h"
#include "platforms/ConnectorBase.h"

namespace sv {

/// Instagram API with Instagram Login (apis.md "Instagram"; Basic Display is gone):
/// - authorize: the registered redirect URI is the backend relay (https). The `state` is base64url
///   JSON {"redirect": <loopback listener URI>, "nonce": <random>}; the relay forwards code and state
///   to the loopback listener, which checks the whole state. The "#_" Instagram appends is stripped.
///   The backend relay then exchanges the code (it holds the app secret) and the short-lived token
///   for a long-lived one (~60 days);
/// - refresh: graph refresh_access_token?grant_type=ig_refresh_token with the long-lived token itself
///   (no refresh token; it must be at least 24 h old and unexpired);
/// - account: /me?fields=user_id,username,name,profile_picture_url; items: /me/media with `fields`,
///   `limit` and the `after` cursor (the last page has no paging.next); statistics by scanning pages; the
///   first page reads the account's followers_count beside it (/me field; on any error there, no count);
/// - history: media insights (views, likes, comments, shares: lifetime totals, the only view count Instagram
///   gives), with instagram_business_manage_insights asked for at connect; a grant without it has no views;
/// - no revoke endpoint: supportsRevoke() is false (the user removes the app in Instagram's settings).
/// Data calls send the token as `Authorization: Bearer` (accepted by the Graph API, and it keeps the token
/// out of URLs); refresh_access_token takes it as the documented `access_token` query parameter.
class InstagramConnector : public ConnectorBase
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    /// The Graph API version of the /me calls.
    static constexpr const char* GraphVersion = "v22.0";

    /// `redirectUri` is the registered (relay) redirect URI; `backend` makes the relay exchange.
    InstagramConnector(InstagramConfig config, QUrl redirectUri, HttpClient* http, BackendClient* backend,
                       QObject* parent = nullptr);

    QCoro::Task<Result<PlatformTokens, PlatformError>> authorize(BrowserLauncher* browser) override;
    QCoro::Task<Result<PlatformTokens, PlatformError>> refresh(PlatformTokens tokens) override;
    QCoro::Task<Result<PlatformAccount, PlatformError>> fetchAccount(PlatformTokens tokens) override;

    ItemHistoryKind itemHistory(const PlatformTokens& tokens) const override;
    /// One point: today's (UTC) lifetime totals from the media's insights.
    QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
    fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope = {}) override;

    static QString scope() { return QStringLiteral("instagram_business_basic"); }
    static QString insightsScope() { return QStringLiteral("instagram_business_manage_insights"); }
    /// The metrics asked of media insights.
    static QString insightsMetrics()
    {
        return QStringLiteral("views,reach,likes,comments,shares,saved,total_interactions");
    }
    /// Reads a media insights answer ({"data": [{"name", "period", "values": [{"value"}]}]}): views, likes,
    /// comments and shares on `day`; a metric not in the answer is empty. The error is a JSON path and what
    /// is wrong there.
    static Result<PlatformHistoryDay, QString> parseInsights(const QJsonObject& answer, const QDate& day);
    /// The relay state for a loopback redirect: base64url (no padding) of {"redirect", "nonce"}.
    static QByteArray makeRelayState(const QUrl& loopbackRedirect);

protected:
    /// /me/media: one page of the account's media.
    QCoro::Task<Result<ContentPage, PlatformError>>
    fetchItemsPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope) override;
    /// /me followers_count.
    QCoro::Task<std::optional<qint64>> fetchFollowers(PlatformTokens tokens, CallScope scope) override;

private:
    QUrl graph(const QString& path, const QList<QPair<QString, QString>>& query, bool versioned) const;

    InstagramConfig m_config;
    QUrl m_redirectUri;
};

} // namespace sv
