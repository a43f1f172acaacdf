#pragma once

#include "loopback/AuthorizationResponse.h"
#include "loopback/BrowserRoundTrip.h"
#include "platforms/PlatformConnector.h"
#include "platforms/PlatformHttp.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace sv {

class BackendClient;

/// What the three connectors share: the HTTP/JSON path, the browser round trip (BrowserRoundTrip, with
/// cancellation), the backend OAuth relay, token decoding and statistics by scanning
/// pages for platforms without a batch statistics call.
class ConnectorBase : public PlatformConnector
{
    Q_OBJECT
public:
    ConnectorBase(Platform platform, HttpClient* http, BackendClient* backend, QObject* parent);
    ~ConnectorBase() override;

    Platform platform() const override { return m_http.platform(); }
    void cancelAuthorize() override;
    /// For platforms whose follower count is a request of its own (Instagram, TikTok): the first page of a
    /// walk (no cursor) asks for the count (fetchFollowers()) beside its items (fetchItemsPage()), both in
    /// flight at once, and carries it (ContentPage::followers, which the sync records); a count that fails
    /// never fails the page. The later pages are fetchItemsPage() alone.
    QCoro::Task<Result<ContentPage, PlatformError>> fetchPage(PlatformTokens tokens, PlatformAccount account,
                                                              QString cursor, CallScope scope = {}) override;
    /// Default for platforms whose list call carries statistics: refreshStatisticsByScanning().
    QCoro::Task<Result<QList<ContentItem>, PlatformError>> refreshStatistics(PlatformTokens tokens,
                                                                             PlatformAccount account,
                                                                             QList<ContentItem> items,
                                                                             CallScope scope = {}) override;
    /// Default for platforms without a public revoke endpoint.
    bool supportsRevoke() const override { return false; }
    /// Without revoke support: nothing to do at the platform, returns Done.
    QCoro::Task<Result<Done, PlatformError>> revoke(PlatformTokens tokens) override;

protected:
    /// The browser came back with a code.
    struct BrowserCallback
    {
        AuthorizationResponse response;
        /// The attempt's round trip: hand it to finishAuthorization() once the code is exchanged.
        BrowserRoundTrip attempt;
        /// The loopback redirect URI the authorize URL carried (a token exchange repeats it).
        QString redirectUri;
    };
    /// The browser part of authorize(): a new attempt (one still pending, e.g. a browser tab the user
    /// abandoned, ends as Cancelled) listens on 127.0.0.1, `buildUrl` makes the authorize URL from the
    /// loopback redirect URI and the listening round trip (its state()), authorizationUrlReady shows it,
    /// the browser opens it, then the callback. On failure the attempt is already finished.
    QCoro::Task<Result<BrowserCallback, PlatformError>>
    runBrowser(BrowserLauncher* browser,
               std::function<QUrl(const QString& redirectUri, BrowserRoundTrip& listening)> buildUrl);
    /// Closes the attempt's listener; fails with Cancelled if cancelAuthorize() was called during it.
    Result<void, PlatformError> finishAuthorization(BrowserRoundTrip& attempt);
    /// `base` (its own query kept) with `parameters` added (PlatformHttp::addQueryValue).
    static QUrl withQuery(QUrl base, const QList<QPair<QString, QString>>& parameters);

    /// POST /functions/v1/platform-oauth-relay with `body` (the backend holds the client secret).
    /// A refused exchange is ReconnectNeeded; a missing StreamVibe session is Config.
    QCoro::Task<Result<QJsonObject, PlatformError>> callRelay(QJsonObject body);

    /// Decodes an OAuth token answer ({access_token, expires_in, refresh_token?, refresh_expires_in?,
    /// scope?}); `scopeSeparator` splits `scope` (space for Google, comma for TikTok). A missing
    /// refresh token keeps `previousRefreshToken`.
    Result<PlatformTokens, PlatformError> decodeTokens(const QJsonObject& object, QChar scopeSeparator,
                                                       const QString& previousRefreshToken = {}) const;
    /// In refresh(): a refused token means the grant is gone.
    PlatformError asRefreshError(const PlatformError& error) const;

    /// refreshStatistics() for platforms whose list call carries the statistics: pages from the newest
    /// item until every wanted item was seen or the pages are older than the oldest wanted item.
    QCoro::Task<Result<QList<ContentItem>, PlatformError>>
    refreshStatisticsByScanning(PlatformTokens tokens, PlatformAccount account, QList<ContentItem> items,
                                CallScope scope);

    /// For fetchPage(): one page of the platform's list call (default: a Config error).
    virtual QCoro::Task<Result<ContentPage, PlatformError>>
    fetchItemsPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope);
    /// For fetchPage(): the account's follower count; empty where the platform or the grant gives
    /// none (the default) or on any error.
    virtual QCoro::Task<std::optional<qint64>> fetchFollowers(PlatformTokens tokens, CallScope scope);

    /// GET `url` (bearer token) and the non-negative integer at `path` (object keys) of the answer, e.g. a
    /// follower count; empty on any error (logged), which never fails the caller.
    QCoro::Task<std::optional<qint64>> readCount(QUrl url, QString accessToken, QStringList path,
                                                 CallScope scope);

    PlatformError error(PlatformError::Kind kind, const QString& detail = {}) const;
    PlatformError configError(const QString& what) const;
    PlatformError fromAuthFlowError(const AuthFlowError& error) const;

    PlatformHttp m_http;
    BackendClient* m_backend;

private:
    std::optional<BrowserRoundTrip> m_attempt; ///< the current attempt, if any
};

} // namespace sv
