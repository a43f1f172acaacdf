#pragma once

#include "Cancellation.h"
#include "Platform.h"
#include "Result.h"
#include "library/ContentItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sv {

class AppConfig;
class BackendClient;
class BrowserLauncher;
class HttpClient;

/// "Done, nothing to return" (revoke). Not std::monostate: QCoro 0.8's Task stores its result in a
/// std::variant<std::monostate, T, ...>, so a co_returned monostate would read as "no result".
struct Done
{
};

/// The OAuth tokens of one connected platform account. SECRET: only ever stored in the keychain
/// (key SecretKey{profileName, "<platform id>:<accountId>", "tokens"}), serialised with toJson().
/// Never log, print or write any field but the expiry dates and scopes.
struct PlatformTokens
{
    QString accessToken, refreshToken;
    /// Invalid when the platform did not say (treat as "unknown", not as expired).
    QDateTime accessExpiresAt, refreshExpiresAt;
    QStringList scopes;

    /// Compact JSON for the keychain: {"v":1,"access_token":...,"access_expires_at":"ISO 8601",...}.
    QByteArray toJson() const;
    /// Parses toJson()'s output; nullopt if it is not such a document or has no access token.
    static std::optional<PlatformTokens> fromJson(const QByteArray& json);

    /// True when the access token expires within `margin` of `now` (false when the expiry is unknown).
    bool accessExpiresWithin(std::chrono::seconds margin,
                             const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    friend bool operator==(const PlatformTokens&, const PlatformTokens&) = default;
};

/// The connected account (not secret).
struct PlatformAccount
{
    Platform platform = Platform::YouTube;
    /// The platform's stable id (YouTube channel id, Instagram user id, TikTok open_id).
    QString accountId;
    QString displayName;
    /// "@handle" style name where the platform has one (YouTube customUrl, Instagram/TikTok username).
    QString handle;
    QUrl avatarUrl;

    friend bool operator==(const PlatformAccount&, const PlatformAccount&) = default;
};

/// Why a connector call failed. `message` is translated and never contains a token or a code.
struct PlatformError
{
    Q_DECLARE_TR_FUNCTIONS(PlatformError)
public:
    enum class Kind {
        Network,         ///< no connection (refused, DNS, reset, TLS)
        Timeout,         ///< the request deadline elapsed
        Unauthorized,    ///< the access token is bad or expired: refresh once, then retry
        ReconnectNeeded, ///< the grant was revoked or the refresh token refused: the user must reconnect
        RateLimited,     ///< 429 / platform rate limit: back off (retryAfter when the server said)
        QuotaExceeded,   ///< the platform's daily quota is used up (YouTube quotaExceeded)
        Server,          ///< 5xx or another unexpected answer from the platform
        Malformed,       ///< the answer was not the documented shape (truncated, wrong types...)
        Denied,          ///< the user declined consent (error=access_denied)
        Cancelled,       ///< cancelAuthorize() or shutdown
        Config,          ///< missing client id / URL, or an invalid OAuth callback (state mismatch...)
    };

    Kind kind = Kind::Server;
    QString message; ///< translated, no secrets
    int httpStatus = 0;
    std::optional<std::chrono::seconds> retryAfter;
    /// Developer detail for logs (API code, JSON path, redacted URL). Never a token; not translated.
    QString detail;

    static PlatformError make(Kind kind, QString message, int httpStatus = 0);
    /// A stable, untranslated name for logs and JSON ("unauthorized", "quota_exceeded"...).
    static QString kindName(Kind kind);
    /// True for Network, Timeout, RateLimited and Server: trying later may help.
    bool isTransient() const;
    /// One line for logs: kind, status and detail. Never a token.
    QString logString() const;
};

/// Bounds and observes one content call (a page, a statistics refresh) with every request and retry in it.
/// The default bounds nothing and tells nobody.
struct CallScope
{
    /// The call ends by then, retries and their waits included: a request still waiting is cut short
    /// (Timeout) and no retry starts whose wait would pass it.
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    /// Longest wait for one HTTP answer; zero: the HTTP client's default.
    std::chrono::milliseconds attemptTimeout{0};
    /// Told before each wait for a retry inside the call: why, and how long until the retry.
    std::function<void(const PlatformError& reason, std::chrono::milliseconds wait)> retrying;
    /// When cancelled: the request in flight is aborted and the call ends at once with Kind::Cancelled.
    QPointer<Cancellation> cancellation;
};

/// One page of an account's published items.
struct ContentPage
{
    /// Newest first; platform, account and externalId are filled; statistics when the list call has them.
    QList<ContentItem> items;
    /// Empty = last page.
    QString nextCursor;
    std::optional<qint64> totalItems;
    /// The account's follower (subscriber) count, when the connector read its account for this page.
    std::optional<qint64> followers;
};

/// An item's counters on one day of the platform's own history. A metric the platform does not give is
/// empty (never 0).
struct PlatformHistoryDay
{
    QDate day; ///< the platform's day (YouTube Analytics: Pacific time; insights: the UTC day read)
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;

    friend bool operator==(const PlatformHistoryDay&, const PlatformHistoryDay&) = default;
};

/// What a platform gives of an item's history (PlatformConnector::itemHistory()).
enum class ItemHistoryKind {
    None,            ///< nothing beyond the totals of its content calls
    DailyIncrements, ///< what each day added (YouTube Analytics: views, likes, comments, shares per day)
    LifetimeTotals,  ///< the totals when asked (Instagram media insights: views and interactions)
    NotGranted,      ///< the platform has history, but this grant does not allow reading it
};

/// One platform's OAuth flow and content API. Implementations: YouTubeConnector, InstagramConnector,
/// TikTokConnector; construct them with makeConnector(). Every call is a coroutine on the calling
/// (usually the UI) thread that never blocks; the connector holds no tokens between calls.
class PlatformConnector : public QObject
{
    Q_OBJECT
public:
    explicit PlatformConnector(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    ~PlatformConnector() override = default;

    virtual Platform platform() const = 0;
    /// Runs the platform's OAuth flow in the browser (loopback/relay per apis.md); cancellable via
    /// cancelAuthorize(). Emits authorizationUrlReady() once the URL is known.
    virtual QCoro::Task<Result<PlatformTokens, PlatformError>> authorize(BrowserLauncher* browser) = 0;
    /// Ends a pending authorize() with Kind::Cancelled. No effect when none is pending.
    virtual void cancelAuthorize() = 0;
    /// New tokens from the refresh token (the result keeps the old refresh token if none is returned).
    /// A refused refresh token is ReconnectNeeded.
    virtual QCoro::Task<Result<PlatformTokens, PlatformError>> refresh(PlatformTokens tokens) = 0;
    virtual QCoro::Task<Result<PlatformAccount, PlatformError>> fetchAccount(PlatformTokens tokens) = 0;
    /// One page of the account's published items, newest first. cursor "" = first page. Every request
    /// of the page, and its retries, stay within `scope`.
    virtual QCoro::Task<Result<ContentPage, PlatformError>>
    fetchPage(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope = {}) = 0;
    /// fetchPage() in two steps, so a sync can ask for the next page (the cursor is known) while this one is
    /// completed: fetchListing() is the page's items and next cursor, completePage() the requests that depend
    /// only on those items (YouTube: videos.list for durations and statistics). fetchPage() is both in turn.
    /// Defaults: fetchPage(), and nothing to complete.
    virtual QCoro::Task<Result<ContentPage, PlatformError>>
    fetchListing(PlatformTokens tokens, PlatformAccount account, QString cursor, CallScope scope = {});
    /// Whether completePage() sends requests (false: a listed page is complete).
    virtual bool completesPages() const { return false; }
    virtual QCoro::Task<Result<ContentPage, PlatformError>>
    completePage(PlatformTokens tokens, ContentPage page, CallScope scope = {});
    /// How many items beyond the most recent ones a sync after a complete one also gives to
    /// refreshStatistics(), the least recently refreshed first, so that every item's counters are refreshed
    /// within a bounded number of syncs. Only where items are read by id at little cost (YouTube: 50 ids a
    /// videos.list call, 1 quota unit); 0 where refreshStatistics() pages through the listing from the
    /// newest item (Instagram, TikTok: reaching older items costs a page per 20 to 25 items).
    virtual int olderStatisticsPerSync() const { return 0; }
    /// Fresh statistics (views/likes/comments) for items already known; may return fewer (deleted items).
    virtual QCoro::Task<Result<QList<ContentItem>, PlatformError>>
    refreshStatistics(PlatformTokens tokens, PlatformAccount account, QList<ContentItem> items,
                      CallScope scope = {}) = 0;
    /// Which history of items the platform gives with these tokens' grant (None also when the grant lacks
    /// the scope; tokens without a recorded scope list are tried).
    virtual ItemHistoryKind itemHistory(const PlatformTokens& tokens) const
    {
        Q_UNUSED(tokens);
        return ItemHistoryKind::None;
    }
    /// The item's history: DailyIncrements, the days from `since` on that the platform has processed (its
    /// last days are missing, not zero); LifetimeTotals, one point of today's totals. A grant without the
    /// permission is Kind::Denied. Default: Denied (no history).
    virtual QCoro::Task<Result<QList<PlatformHistoryDay>, PlatformError>>
    fetchItemHistory(PlatformTokens tokens, QString externalId, QDate since, CallScope scope = {});
    virtual bool supportsRevoke() const = 0;
    /// Revokes the grant at the platform. Platforms without a revoke endpoint return Done at once.
    virtual QCoro::Task<Result<Done, PlatformError>> revoke(PlatformTokens tokens) = 0;

Q_SIGNALS:
    /// Emitted during authorize() once the URL is known: the UI shows it as a copyable link.
    void authorizationUrlReady(const QUrl& url);
};

/// Makes the connector for `platform` from the configuration; `http` carries every request, `backend`
/// reaches the OAuth relay (Instagram, TikTok). Both must outlive the connector.
std::unique_ptr<PlatformConnector> makeConnector(Platform platform, const AppConfig& config, HttpClient* http,
                                                 BackendClient* backend, QObject* parent = nullptr);

} // namespace sv

Q_DECLARE_METATYPE(sv::PlatformTokens)
Q_DECLARE_METATYPE(sv::PlatformAccount)
Q_DECLARE_METATYPE(sv::PlatformError)
