#pragma once

#include "config/AppConfig.h"
#include "platforms/ConnectorBase.h"

namespace sv {

/// TikTok Login Kit for Desktop + Display API (apis.md "TikTok"):
/// - authorize: loopback redirect, PKCE with TikTok's desktop challenge, the lower-case HEX SHA-256 of
///   the verifier (sent as code_challenge_method=S256), `state`, scope user.info.basic,user.info.stats,
///   video.list;
/// - the code exchange and every refresh need the client secret: both go through the backend relay
///   (POST platform-oauth-relay {platform: "tiktok", ...}); a refused refresh is ReconnectNeeded;
/// - account: GET /v2/user/info/?fields=open_id,avatar_url,display_name;
/// - items: POST /v2/video/list/?fields=... {"max_count": 20, "cursor": <int64>}, followed while
///   data.has_more; statistics by scanning pages; the first page reads the follower count beside it
///   (user/info follower_count, with user.info.stats; without it, or on any error there, no count);
/// - revocation needs the client secret and the relay offers none: supportsRevoke() is false.
class TikTokConnector : public ConnectorBase
{
    Q_OBJECT
public:
    /// TikTok's maximum max_count.
    static constexpr int PageSize = 20;

    TikTokConnector(TikTokConfig config, HttpClient* http, BackendClient* backend, QObject* parent = nullptr);

    QCoro::Task<Result<PlatformTokens, PlatformError>> authorize(BrowserLauncher* browser) override;
    QCoro::Task<Result<PlatformTokens, PlatformError>> refresh(PlatformTokens tokens) override;
    QCoro::Task<Result<PlatformAccount, PlatformError>> fetchAccount(PlatformTokens tokens) override;

    static QString scope() { return QStringLiteral("user.info.basic,user.info.stats,video.list"); }
    static QString statsScope() { return QStringLiteral("user.info.stats"); }

protected:
    /// video/list: one page of the account's videos.
    QCoro::Task<Result<ContentPage, PlatformError>>
    fetchItemsPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope) override;
    /// user/info follower_count; empty without user.info.stats or on any error.
    QCoro::Task<std::optional<qint64>> fetchFollowers(PlatformTokens tokens, CallScope scope) override;

private:
    QUrl api(const QString& path, const QString& fields) const;

    TikTokConfig m_config;
};

} // namespace sv
