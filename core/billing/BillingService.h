#pragma once

#include "Clock.h"
#include "backend/ApiError.h"
#include "backend/BackendClient.h"
#include "billing/BillingModels.h"
#include "billing/OverageCalculator.h"
#include "billing/PlanCatalog.h"
#include "cache/LayeredCache.h"

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace sv {

/// Where a billing answer came from and how old it is, so that nothing cached pretends to be live.
struct DataFreshness
{
    bool fromCache = false; ///< answered from memory or SQLite, without asking the backend
    /// The backend could not be reached: the value is the last one known ("offline - as of 14:05").
    bool stale = false;
    QDateTime fetchedAt;              ///< when the value came from the backend (UTC)
    std::chrono::milliseconds age{0}; ///< age at the time of the answer
    CacheSource source = CacheSource::Backend;
    std::optional<ApiError> backendError; ///< with stale: why the backend could not be used
    /// Refresh::InBackground: the value has expired and is being fetched again; `refreshed` ends with nullopt
    /// when the cache holds the new value (read it again), or with the error that kept this one.
    bool revalidating = false;
    QFuture<std::optional<ApiError>> refreshed;

    static DataFreshness from(const CacheResult& r);
    /// Age at `now` (at least the age reported with the answer).
    std::chrono::milliseconds ageAt(const QDateTime& now) const;
    /// "Offline — as of 14:05 (12 min ago)" in `locale`; empty when not stale.
    QString staleNote(const QDateTime& now, const QLocale& locale = QLocale()) const;
    /// "12 min", "3 h", "2 d" (short units, no plural forms needed).
    static QString formatAge(std::chrono::milliseconds age);
};

/// A billing value with its freshness.
template <typename T>
struct Fetched
{
    T value;
    DataFreshness freshness;
};

/// The current period at a glance: subscription, its plan and the overage estimate.
struct UsageOverview
{
    Fetched<SubscriptionSettings> subscription;
    std::optional<PlanOffer> plan; ///< the subscribed plan in the catalogue, when known
    OverageEstimate overage;       ///< units over quota (always) and the charge (with a price)
    std::optional<DataFreshness> plansFreshness;
    std::optional<ApiError> plansError; ///< the catalogue could not be read: no charge estimate

    qint64 remaining() const;
    /// used / quota (1.0 = at quota; > 1 over); 1.0 for a zero quota with usage, 0 without.
    double fraction() const;
    /// 0, 80 or 100: the highest warning threshold reached.
    int warningLevel() const;
    /// A stable id of the billing period ("<plan>:<period start>"), for once-per-period notices.
    QString periodKey() const;
};

struct CheckoutSession
{
    QString id;
    QUrl url;
};

/// Plans, subscription, usage and invoices through the backend (Stripe is the source of truth),
/// with the layered cache in front, after the seed architecture:
/// - plans and prices (list-plans): memory + SQLite, 1 hour, shared;
/// - subscription (subscription_settings): memory + SQLite, 1 minute, per user;
/// - usage history (quota_usage_history): memory + SQLite, 5 minutes, per user (past days never
///   change; the live total comes from the subscription);
/// - invoices: always fetched, never stored; payment methods are never fetched or stored by the app.
/// When the backend is unreachable the last cached value is returned marked stale with its age. The pages
/// read with Refresh::InBackground: what they showed before comes at once, an expired value refreshed behind.
/// Every call is a coroutine: the UI thread never waits. Use from the thread owning the cache.
class BillingService : public QObject
{
    Q_OBJECT
public:
    /// Rows per PostgREST page (Supabase's default max-rows is 1,000).
    static constexpr int HistoryPageSize = 1000;

    BillingService(BackendClient* backend, LayeredCache* cache, QObject* parent = nullptr);
    ~BillingService() override;

    /// How a read uses the cache.
    enum class Refresh {
        IfExpired, ///< the cached value while fresh, else the backend's (waits; stale when unreachable)
        Now, ///< the backend's (waits; a user's "Refresh"); the cached value marked stale when unreachable
        /// Never waits for a value it has: the cached one at once, fresh or not; an expired one is marked
        /// revalidating and refreshed in the background (stale-while-revalidate). Waits only when nothing
        /// usable is cached. What the pages use.
        InBackground,
        /// The cached value only (fresh or not, expired marked stale), never the backend: how a page reads
        /// what a failed background refresh left. Nothing cached: an Offline error.
        CachedOnly,
    };

    /// The signed-in user's id: scopes their cached data. Empty = signed out (user calls then fail).
    void setUserId(const QString& userId);
    QString userId() const { return m_userId; }
    /// The clock deciding "today" for the usage history (tests inject a ManualClock).
    void setClock(Clock* clock) { m_clock = clock ? clock : &Clock::system(); }
    Clock& clock() const { return *m_clock; }
    /// The currency prices are listed in ("usd", "eur", "jpy"); defaults from the system locale.
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }
    /// "eur" for a euro locale, "jpy" for Japan, else "usd" (what the backend's list-plans offers).
    static QString defaultCurrency(const QLocale& locale = QLocale());

    BackendClient* backend() const { return m_backend; }
    LayeredCache* cache() const { return m_cache; }

    QCoro::Task<Result<Fetched<SubscriptionSettings>, ApiError>>
    subscription(Refresh refresh = Refresh::IfExpired);
    /// Usage per day and platform from `since` (inclusive) to today, oldest first. At least the last 90 days
    /// are fetched and cached, so any shorter window is then answered from the cache.
    QCoro::Task<Result<Fetched<QList<UsageHistoryRow>>, ApiError>>
    usageHistory(QDate since, Refresh refresh = Refresh::IfExpired);
    /// The plan catalogue in `currency` (empty = currency()).
    QCoro::Task<Result<Fetched<PlanCatalog>, ApiError>> plans(QString currency = {},
                                                              Refresh refresh = Refresh::IfExpired);
    /// Subscription + plan + overage estimate. A failing catalogue only drops the charge estimate.
    /// Refresh::Now asks the backend for the subscription only (the catalogue: IfExpired).
    QCoro::Task<Result<UsageOverview, ApiError>> usageOverview(Refresh refresh = Refresh::IfExpired);
    /// Newest first; always fetched from the backend (never cached).
    QCoro::Task<Result<QList<Invoice>, ApiError>> invoices(int limit = 24);

    /// create-checkout-session. `successUrl` may contain Stripe's {CHECKOUT_SESSION_ID} template.
    QCoro::Task<Result<CheckoutSession, ApiError>> createCheckoutSession(QString priceId, QString successUrl,
                                                                         QString cancelUrl);
    /// create-portal-session: the Stripe customer portal URL.
    QCoro::Task<Result<QUrl, ApiError>> createPortalSession(QString returnUrl);

    /// The cached subscription and usage history are out of date (after a checkout, a portal visit, a sync):
    /// they expire (LayeredCache::expire), so the next read fetches them while a page still shows them.
    void invalidateSubscription();
    /// invalidateSubscription() and fetch again; emits subscriptionChanged when it changed.
    QCoro::Task<Result<Fetched<SubscriptionSettings>, ApiError>> refreshSubscription();
    /// The last subscription any call returned (fresh or cached).
    std::optional<SubscriptionSettings> lastSubscription() const { return m_lastSubscription; }

    /// The error for user calls made while signed out.
    static ApiError notSignedIn();

Q_SIGNALS:
    /// The plan, quota, usage, status or period differs from the last one seen.
    void subscriptionChanged(const sv::SubscriptionSettings& settings);
    /// The cached subscription expired (views refetch).
    void subscriptionInvalidated();

private:
    /// The cache read for `refresh`.
    QCoro::Task<Result<CacheResult, ApiError>> read(const LayeredCache::Key& key,
                                                    LayeredCache::Fetcher fetcher, Refresh refresh);
    QCoro::Task<Result<QByteArray, ApiError>> fetchSubscription(QString userId);
    QCoro::Task<Result<QByteArray, ApiError>> fetchHistory(QString userId, QDate since);
    QCoro::Task<Result<QByteArray, ApiError>> fetchPlans(QString currency);
    QCoro::Task<Result<QByteArray, ApiError>> fetchInvoices(int limit);
    void noteSubscription(const SubscriptionSettings& s);

    BackendClient* m_backend;
    LayeredCache* m_cache;
    Clock* m_clock;
    QString m_userId;
    QString m_currency;
    std::optional<SubscriptionSettings> m_lastSubscription;
    std::shared_ptr<bool> m_alive;
};

} // namespace sv
