#pragma once

#include "config/AppConfig.h"
#include "platforms/ConnectorBase.h"

#include <QHash>

namespace sv {

/// YouTube Data API v3 with Google's installed-app OAuth (apis.md "Google / YouTube"):
/// - authorize: loopback redirect http://127.0.0.1:{port}/{path}, PKCE S256, `state`,
///   access_type=offline and prompt=consent (a refresh token on every connect, reconnects included),
///   scope youtube.readonly; code exchange at the token endpoint (form-encoded);
/// - refresh: grant_type=refresh_token (no new refresh token; `invalid_grant` -> ReconnectNeeded);
/// - revoke: POST {revoke_url}?token= (revokes the whole grant);
/// - items: the channel's uploads playlist (channels?mine=true) paged with pageToken, 50 a page, each
///   page completed with videos.list (durations, statistics; fetchListing() then completePage(), which a
///   sync overlaps with the next page's playlistItems); videos missing from videos.list
///   (deleted, private) keep zero statistics in pages and are left out of refreshStatistics().
/// - history: YouTube Analytics daily views, likes, comments and shares per video (reports with
///   dimensions=day, filters=video==ID, days in Pacific time), with the yt-analytics.readonly scope asked for
///   at connect; a grant without it syncs without history.
/// Every Data API call costs 1 quota unit: a page costs 2, statistics 1 per 50 items (Analytics calls have
/// their own quota).
class YouTubeConnector : public ConnectorBase
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    static constexpr int MaxIdsPerCall = 50;

    YouTubeConnector(YouTubeConfig config, HttpClient* http, QObject* parent = nullptr);

    QCoro::Task<Result<PlatformTokens, PlatformError>> authorize(BrowserLauncher* browser) override;
    QCoro::Task<Result<PlatformTokens, PlatformError>> refresh(PlatformTokens tokens) override;
    QCoro::Task<Result<PlatformAccount, PlatformError>> fetchAccount(PlatformTokens tokens) override;
    QCoro::Task<Result<ContentPage, PlatformError>> fetchPage(PlatformTokens tokens, PlatformAccount account,
                                                              QString cursor, CallScope scope = {}) override;
    /// playlistItems alone: the items without durations and statistics (completePage() adds them).
    QCoro::Task<Result<ContentPage, PlatformError>> fetchListing(PlatformTokens tokens,
                                                                 PlatformAccount account, QString cursor,
                                                                 CallScope scope = {}) override;
    bool completesPages() const override { return true; }
    /// videos.list for the page's items (one request: a page holds at most 50).
    QCoro::Task<Result<ContentPage, PlatformError>> completePage(PlatformTokens tokens, ContentPage page,
                                                                 CallScope scope = {}) override;
    /// Four videos.list calls (4 quota units of the 10,000 a day): 200 older videos a sync.
    int olderStatisticsPerSync() const override { return 4 * MaxIdsPerCall; }
    QCoro::Task<Result<QList<ContentItem>, PlatformError>> refreshStatistics(PlatformTokens tokens,
                                                                             PlatformAccount account,
                                                                             QList<ContentItem> items,
                                                                             CallScope scope = {}) override;
    ItemHistoryKind itemHistory(const PlatformTokens& tokens) const override;
    QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
    fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope = {}) override;
    bool supportsRevoke() const override { return true; }
    QCoro::Task<Result<Done, PlatformError>> revoke(PlatformTokens tokens) override;

    static QString scope() { return QStringLiteral("https://www.googleapis.com/auth/youtube.readonly"); }
    static QString analyticsScope()
    {
        return QStringLiteral("https://www.googleapis.com/auth/yt-analytics.readonly");
    }
    /// The metrics asked of YouTube Analytics, in this order.
    static QStringList analyticsMetrics();
    /// Reads an Analytics result table with a `day` dimension: the columns found by their names in
    /// columnHeaders (any order), metric values JSON numbers (integers >= 0), a metric without a column
    /// empty, no `rows` no days. The error is a JSON path and what is wrong there.
    static Result<QList<PlatformHistoryDay>, QString> parseDailyReport(const QJsonObject& report);
    /// Today in YouTube Analytics' time zone (America/Los_Angeles).
    static QDate analyticsToday(const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    struct Channel
    {
        PlatformAccount account;
        QString uploadsPlaylistId;
        std::optional<qint64> subscribers; ///< empty when the channel hides its count
    };
    QCoro::Task<Result<Channel, PlatformError>> fetchChannel(QString accessToken, CallScope scope);
    /// videos.list for up to 50 ids: fills duration and statistics of the matching items; returns the
    /// ids that came back.
    QCoro::Task<Result<QSet<QString>, PlatformError>>
    completeVideos(QString accessToken, QList<ContentItem>* items, CallScope scope);
    QUrl api(const QString& resource, const QList<QPair<QString, QString>>& query) const;

    YouTubeConfig m_config;
    /// Channel id -> uploads playlist id (fetched once per account).
    QHash<QString, QString> m_uploads;
};

} // namespace sv
