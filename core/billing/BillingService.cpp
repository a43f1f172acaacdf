#include "billing/BillingService.h"

#include "backend/Json.h"
#include "billing/UsageWindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace sv {

Q_LOGGING_CATEGORY(lcBilling, "streamvibe.billing")

using std::chrono::milliseconds;

namespace {

QByteArray compact(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

Result<QJsonValue, ApiError> parseValue(const QByteArray& bytes)
{
    auto doc = parseJsonDocument(bytes);
    if (!doc)
        return doc.error();
    if (doc->isArray())
        return QJsonValue(doc->array());
    return QJsonValue(doc->object());
}

Result<SubscriptionSettings, ApiError> decodeSubscription(const QByteArray& bytes)
{
    auto object = parseJsonObject(bytes);
    if (!object)
        return object.error();
    return SubscriptionSettings::fromJson(object.value());
}

ApiError cancelled()
{
    return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("billing service destroyed"));
}

bool sameSubscription(const SubscriptionSettings& a, const SubscriptionSettings& b)
{
    return a.userId == b.userId && a.plan == b.plan && a.status == b.status && a.quota == b.quota &&
           a.used == b.used && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd &&
           a.stripeSubscriptionId == b.stripeSubscriptionId && a.cancelAtPeriodEnd == b.cancelAtPeriodEnd;
}

/// An absolute http(s) URL from a function answer, or a BadResponse naming the field.
Result<QUrl, ApiError> urlField(const QJsonObject& object, const QString& field)
{
    const QJsonValue v = object.value(field);
    const QUrl url(v.toString(), QUrl::StrictMode);
    if (!v.isString() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return ApiError::make(ApiError::Kind::BadResponse,
                              QStringLiteral("$.%1: expected an absolute http(s) URL").arg(field));
    }
    return url;
}

} // namespace

// ---------------------------------------------------------------- DataFreshness

DataFreshness DataFreshness::from(const CacheResult& r)
{
    DataFreshness f;
    f.fromCache = r.source != CacheSource::Backend;
    f.stale = r.stale;
    f.fetchedAt = r.storedAt;
    f.age = r.age;
    f.source = r.source;
    f.backendError = r.backendError;
    f.revalidating = r.revalidating;
    f.refreshed = r.refreshed;
    return f;
}

milliseconds DataFreshness::ageAt(const QDateTime& now) const
{
    if (!fetchedAt.isValid() || !now.isValid())
        return age;
    return std::max(age, milliseconds(std::max<qint64>(0, fetchedAt.msecsTo(now))));
}

QString DataFreshness::formatAge(milliseconds age)
{
    const qint64 minutes = age.count() / 60'000;
    if (minutes < 1)
        return QCoreApplication::translate("sv::DataFreshness", "< 1 min");
    if (minutes < 60)
        return QCoreApplication::translate("sv::DataFreshness", "%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return QCoreApplication::translate("sv::DataFreshness", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("sv::DataFreshness", "%1 d").arg(minutes / (24 * 60));
}

QString DataFreshness::staleNote(const QDateTime& now, const QLocale& locale) const
{
    if (!stale)
        return {};
    const QDateTime local = fetchedAt.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    return QCoreApplication::translate("sv::DataFreshness", "Offline — as of %1 (%2 ago)")
        .arg(when, formatAge(ageAt(now)));
}

// ---------------------------------------------------------------- UsageOverview

qint64 UsageOverview::remaining() const
{
    const auto& s = subscription.value;
    return std::max<qint64>(0, s.quota - s.used);
}

double UsageOverview::fraction() const
{
    const auto& s = subscription.value;
    if (s.quota <= 0)
        return s.used > 0 ? 1.0 : 0.0;
    return static_cast<double>(s.used) / static_cast<double>(s.quota);
}

int UsageOverview::warningLevel() const
{
    const auto& s = subscription.value;
    if (s.quota <= 0)
        return s.used > 0 ? 100 : 0;
    if (s.used >= s.quota)
        return 100;
    // used/quota >= 0.8 in integers: 5 * used >= 4 * quota.
    if (5 * s.used >= 4 * s.quota)
        return 80;
    return 0;
}

QString UsageOverview::periodKey() const
{
    const auto& s = subscription.value;
    const QString start =
        s.periodStart ? s.periodStart->toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
    return s.plan + QLatin1Char(':') + start;
}

// ---------------------------------------------------------------- BillingService

BillingService::BillingService(BackendClient* backend, LayeredCache* cache, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(cache)
    , m_clock(&Clock::system())
    , m_currency(defaultCurrency())
    , m_alive(std::make_shared<bool>(true))
{
}

BillingService::~BillingService()
{
    *m_alive = false;
}

void BillingService::setUserId(const QString& userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_lastSubscription.reset();
}

void BillingService::setCurrency(const QString& currency)
{
    m_currency = currency.isEmpty() ? defaultCurrency() : currency.toLower();
}

QString BillingService::defaultCurrency(const QLocale& locale)
{
    const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (iso == QLatin1String("EUR"))
        return QStringLiteral("eur");
    if (iso == QLatin1String("JPY"))
        return QStringLiteral("jpy");
    return QStringLiteral("usd");
}

ApiError BillingService::notSignedIn()
{
    ApiError e = ApiError::make(ApiError::Kind::Http, QStringLiteral("no signed-in user"));
    e.httpStatus = 401;
    e.apiCode = QStringLiteral("not_signed_in");
    return e;
}

void BillingService::noteSubscription(const SubscriptionSettings& s)
{
    if (s.userId != m_userId && !m_userId.isEmpty())
        return;
    if (m_lastSubscription && sameSubscription(*m_lastSubscription, s))
        return;
    m_lastSubscription = s;
    Q_EMIT subscriptionChanged(s);
}

QCoro::Task<Result<CacheResult, ApiError>>
BillingService::read(const LayeredCache::Key& keyArgument, LayeredCache::Fetcher fetcher, Refresh refresh)
{
    const LayeredCache::Key key = keyArgument;
    LayeredCache* cache = m_cache;
    switch (refresh) {
    case Refresh::InBackground:
        co_return co_await cache->getOrRevalidate(key, std::move(fetcher));
    case Refresh::CachedOnly: {
        std::optional<CacheResult> cached = co_await cache->lookup(key);
        if (!cached)
            co_return ApiError::make(ApiError::Kind::Offline, QStringLiteral("not cached"));
        co_return *cached;
    }
    case Refresh::IfExpired:
    case Refresh::Now:
        break;
    }
    co_return co_await cache->get(key, std::move(fetcher), refresh == Refresh::Now);
}

// --- subscription

QCoro::Task<Result<QByteArray, ApiError>> BillingService::fetchSubscription(QString userId)
{
    QPointer<BackendClient> backend = m_backend;
    RestQuery query(QStringLiteral("subscription_settings"));
    query.eq(QStringLiteral("user_id"), userId).limit(1);
    auto result = co_await backend->select(query);
    if (!result)
        co_return result.error();
    if (result->rows.isEmpty()) {
        co_return ApiError::make(ApiError::Kind::BadResponse,
                                 QStringLiteral("subscription_settings: no row for the user"));
    }
    const QJsonValue row = result->rows.first();
    if (!row.isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$[0]: expected an object"));
    auto decoded = SubscriptionSettings::fromJson(row.toObject());
    if (!decoded)
        co_return decoded.error(); // never cache what cannot be read
    co_return compact(row);
}

QCoro::Task<Result<Fetched<SubscriptionSettings>, ApiError>> BillingService::subscription(Refresh refresh)
{
    const QString user = m_userId;
    if (user.isEmpty())
        co_return notSignedIn();
    std::shared_ptr<bool> alive = m_alive;
    LayeredCache* cache = m_cache;
    const LayeredCache::Key key{DataType::Subscription, user, QStringLiteral("settings")};
    LayeredCache::Fetcher fetcher = [this, user]() {
        return fetchSubscription(user);
    };
    auto got = co_await read(key, std::move(fetcher), refresh);
    if (!*alive)
        co_return cancelled();
    if (!got)
        co_return got.error();
    auto decoded = decodeSubscription(got->value);
    if (!decoded) {
        qCWarning(lcBilling).noquote()
            << "dropping unreadable cached subscription:" << decoded.error().internalMessage;
        cache->invalidate(key);
        co_return decoded.error();
    }
    Fetched<SubscriptionSettings> fetched{decoded.value(), DataFreshness::from(got.value())};
    noteSubscription(fetched.value);
    co_return fetched;
}

void BillingService::invalidateSubscription()
{
    if (m_userId.isEmpty())
        return;
    m_cache->expire({DataType::Subscription, m_userId, QStringLiteral("settings")});
    m_cache->expire({DataType::UsageHistory, m_userId, QStringLiteral("history")});
    Q_EMIT subscriptionInvalidated();
}

QCoro::Task<Result<Fetched<SubscriptionSettings>, ApiError>> BillingService::refreshSubscription()
{
    invalidateSubscription();
    co_return co_await subscription(Refresh::Now);
}

// --- usage history

QCoro::Task<Result<QByteArray, ApiError>> BillingService::fetchHistory(QString userId, QDate since)
{
    QPointer<BackendClient> backend = m_backend;
    QJsonArray all;
    for (qint64 offset = 0;; offset += HistoryPageSize) {
        RestQuery query(QStringLiteral("quota_usage_history"));
        query.eq(QStringLiteral("user_id"), userId)
            .gte(QStringLiteral("day"), since.toString(Qt::ISODate))
            .order(QStringLiteral("day"))
            .order(QStringLiteral("platform"))
            .order(QStringLiteral("id"))
            .range(offset, offset + HistoryPageSize - 1);
        if (!backend)
            co_return cancelled();
        auto page = co_await backend->select(query);
        if (!page)
            co_return page.error();
        auto rows = UsageHistoryRow::listFromJson(page->rows);
        if (!rows)
            co_return rows.error();
        for (const QJsonValue& row : std::as_const(page->rows))
            all.append(row);
        if (page->rows.size() < HistoryPageSize)
            break;
    }
    co_return compact(
        QJsonObject{{QStringLiteral("since"), since.toString(Qt::ISODate)}, {QStringLiteral("rows"), all}});
}

QCoro::Task<Result<Fetched<QList<UsageHistoryRow>>, ApiError>> BillingService::usageHistory(QDate since,
                                                                                            Refresh refresh)
{
    const QString user = m_userId;
    if (user.isEmpty())
        co_return notSignedIn();
    if (!since.isValid())
        since = m_clock->now().date().addDays(-29);
    std::shared_ptr<bool> alive = m_alive;
    LayeredCache* cache = m_cache;
    const LayeredCache::Key key{DataType::UsageHistory, user, QStringLiteral("history")};
    // One entry per user, fetched for at least the widest window the Usage view offers (90 days, about
    // 270 small rows): switching between its periods is then answered by the cache, also offline. Only a
    // cached window that starts later than asked is refetched.
    const QDate fetchFrom =
        std::min(since, usageWindowStart(UsageWindow::Days90, m_clock->now().date(), std::nullopt));
    const std::optional<CacheResult> cached = co_await cache->lookup(key); // memory, else SQLite
    if (!*alive)
        co_return cancelled();
    if (cached) {
        auto object = parseJsonObject(cached->value);
        const QDate cachedSince =
            object ? QDate::fromString(object->value(QLatin1String("since")).toString(), Qt::ISODate)
                   : QDate();
        if ((!cachedSince.isValid() || cachedSince > since) && refresh != Refresh::CachedOnly)
            refresh = Refresh::Now;
    }
    LayeredCache::Fetcher fetcher = [this, user, fetchFrom]() {
        return fetchHistory(user, fetchFrom);
    };
    auto got = co_await read(key, std::move(fetcher), refresh);
    if (!*alive)
        co_return cancelled();
    if (!got)
        co_return got.error();
    auto object = parseJsonObject(got->value);
    if (!object) {
        cache->invalidate(key);
        co_return object.error();
    }
    auto rows = UsageHistoryRow::listFromJson(object->value(QLatin1String("rows")));
    if (!rows) {
        cache->invalidate(key);
        co_return rows.error();
    }
    QList<UsageHistoryRow> inRange;
    for (const UsageHistoryRow& r : rows.value()) {
        if (r.day >= since)
            inRange.append(r);
    }
    std::stable_sort(inRange.begin(), inRange.end(),
                     [](const UsageHistoryRow& a, const UsageHistoryRow& b) { return a.day < b.day; });
    co_return Fetched<QList<UsageHistoryRow>>{std::move(inRange), DataFreshness::from(got.value())};
}

// --- plans

QCoro::Task<Result<QByteArray, ApiError>> BillingService::fetchPlans(QString currency)
{
    QPointer<BackendClient> backend = m_backend;
    QJsonObject body{{QStringLiteral("currency"), currency}};
    const QString function = QStringLiteral("list-plans");
    auto value = co_await backend->invokeFunction(function, body, true);
    if (!value)
        co_return value.error();
    auto plans = Plan::listFromJson(value.value());
    if (!plans)
        co_return plans.error();
    for (const Plan& p : plans.value()) {
        if (p.currency != currency) {
            co_return ApiError::make(
                ApiError::Kind::BadResponse,
                QStringLiteral("list-plans: asked for %1, got a price in %2").arg(currency, p.currency));
        }
    }
    co_return compact(value.value());
}

QCoro::Task<Result<Fetched<PlanCatalog>, ApiError>> BillingService::plans(QString currency, Refresh refresh)
{
    if (currency.isEmpty())
        currency = m_currency;
    currency = currency.toLower();
    std::shared_ptr<bool> alive = m_alive;
    LayeredCache* cache = m_cache;
    const LayeredCache::Key key{DataType::Plans, {}, QStringLiteral("list:") + currency};
    LayeredCache::Fetcher fetcher = [this, currency]() {
        return fetchPlans(currency);
    };
    auto got = co_await read(key, std::move(fetcher), refresh);
    if (!*alive)
        co_return cancelled();
    if (!got)
        co_return got.error();
    auto value = parseValue(got->value);
    auto prices = value ? Plan::listFromJson(value.value()) : Result<QList<Plan>, ApiError>(value.error());
    if (!prices) {
        cache->invalidate(key);
        co_return prices.error();
    }
    co_return Fetched<PlanCatalog>{PlanCatalog(prices.value()), DataFreshness::from(got.value())};
}

QCoro::Task<Result<UsageOverview, ApiError>> BillingService::usageOverview(Refresh refresh)
{
    std::shared_ptr<bool> alive = m_alive;
    auto sub = co_await subscription(refresh);
    if (!*alive)
        co_return cancelled();
    if (!sub)
        co_return sub.error();
    UsageOverview overview;
    overview.subscription = sub.value();
    auto catalog = co_await plans(QString(), refresh == Refresh::Now ? Refresh::IfExpired : refresh);
    if (!*alive)
        co_return cancelled();
    std::optional<Plan> overagePrice;
    if (catalog) {
        overview.plansFreshness = catalog->freshness;
        overview.plan = catalog->value.offer(overview.subscription.value.plan);
        if (overview.plan)
            overagePrice = overview.plan->overage;
    } else {
        overview.plansError = catalog.error();
    }
    overview.overage = OverageCalculator::estimate(overview.subscription.value.used,
                                                   overview.subscription.value.quota, overagePrice);
    co_return overview;
}

// --- invoices (never cached)

QCoro::Task<Result<QByteArray, ApiError>> BillingService::fetchInvoices(int limit)
{
    QPointer<BackendClient> backend = m_backend;
    QJsonObject body{{QStringLiteral("limit"), limit}};
    const QString function = QStringLiteral("list-invoices");
    auto value = co_await backend->invokeFunction(function, body, true);
    if (!value)
        co_return value.error();
    auto invoices = Invoice::listFromJson(value.value());
    if (!invoices)
        co_return invoices.error();
    co_return compact(value.value());
}

QCoro::Task<Result<QList<Invoice>, ApiError>> BillingService::invoices(int limit)
{
    const QString user = m_userId;
    if (user.isEmpty())
        co_return notSignedIn();
    limit = std::clamp(limit, 1, 100);
    std::shared_ptr<bool> alive = m_alive;
    // Through the cache only for its counters: Invoices is a never-cached type, nothing is stored.
    const LayeredCache::Key key{DataType::Invoices, user, QStringLiteral("list")};
    LayeredCache::Fetcher fetcher = [this, limit]() {
        return fetchInvoices(limit);
    };
    auto got = co_await m_cache->get(key, std::move(fetcher), true);
    if (!*alive)
        co_return cancelled();
    if (!got)
        co_return got.error();
    auto value = parseValue(got->value);
    if (!value)
        co_return value.error();
    co_return Invoice::listFromJson(value.value());
}

// --- checkout and portal

QCoro::Task<Result<CheckoutSession, ApiError>>
BillingService::createCheckoutSession(QString priceId, QString successUrl, QString cancelUrl)
{
    if (m_userId.isEmpty())
        co_return notSignedIn();
    QPointer<BackendClient> backend = m_backend;
    const QJsonObject body{{QStringLiteral("price_id"), priceId},
                           {QStringLiteral("success_url"), successUrl},
                           {QStringLiteral("cancel_url"), cancelUrl}};
    const QString function = QStringLiteral("create-checkout-session");
    auto value = co_await backend->invokeFunction(function, body, false);
    if (!value)
        co_return value.error();
    if (!value->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected an object"));
    const QJsonObject o = value->toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$.id: expected a string"));
    auto url = urlField(o, QStringLiteral("url"));
    if (!url)
        co_return url.error();
    co_return CheckoutSession{id, url.value()};
}

QCoro::Task<Result<QUrl, ApiError>> BillingService::createPortalSession(QString returnUrl)
{
    if (m_userId.isEmpty())
        co_return notSignedIn();
    QPointer<BackendClient> backend = m_backend;
    const QJsonObject body{{QStringLiteral("return_url"), returnUrl}};
    const QString function = QStringLiteral("create-portal-session");
    auto value = co_await backend->invokeFunction(function, body, false);
    if (!value)
        co_return value.error();
    if (!value->isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("$: expected an object"));
    co_return urlField(value->toObject(), QStringLiteral("url"));
}

} // namespace sv
