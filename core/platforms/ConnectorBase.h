#pragma once

#include "loopback/AuthorizationResponse.h"
#include "platforms/PlatformConnector.h"
#include "platforms/PlatformHttp.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace sv {

class BackendClient;
class LoopbackListener;
struct AuthFlowError;

/// What the three connectors share: the HTTP/JSON path, the browser round trip through a loopback
/// listener (with cancellation), the backend OAuth relay, token decoding and statistics by scanning
/// pages for platforms without a batch statistics call.
class ConnectorBase : public PlatformConnector
{
    Q_OBJECT
public:
    ConnectorBase(Platform platform, HttpClient* http, BackendClient* backend, QObject* parent);
    ~ConnectorBase() override;

    Platform platform() const override { return m_http.platform(); }
    void cancelAuthorize() override;
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
    /// One authorize() call: its loopback listener and whether it was cancelled.
    struct Attempt
    {
        QPointer<LoopbackListener> listener;
        bool cancelled = false;
    };
    using AttemptPtr = std::shared_ptr<Attempt>;

    /// Starts a fresh loopback listener for a new attempt (an attempt still pending, e.g. a browser tab
    /// the user abandoned, ends as Cancelled). The listener lives until finishAuthorization().
    Result<AttemptPtr, PlatformError> startListener();
    /// Shows `url` (authorizationUrlReady), opens the browser and waits for the callback.
    QCoro::Task<Result<AuthorizationResponse, PlatformError>> runBrowser(AttemptPtr attempt, QUrl url,
                                                                         BrowserLauncher* browser);
    /// Closes the attempt's listener; returns Cancelled if cancelAuthorize() was called during it.
    std::optional<PlatformError> finishAuthorization(const AttemptPtr& attempt);

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

    PlatformError error(PlatformError::Kind kind, const QString& detail = {}) const;
    PlatformError configError(const QString& what) const;
    PlatformError fromAuthFlowError(const AuthFlowError& error) const;

    PlatformHttp m_http;
    BackendClient* m_backend;

private:
    void cancelAttempt(const AttemptPtr& attempt);

    AttemptPtr m_attempt; ///< the current attempt, if any
};

} // namespace sv
