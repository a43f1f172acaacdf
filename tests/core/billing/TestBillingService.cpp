#include "AwaitTask.h"
#include "BillingTestEnv.h"

#include "billing/BillingService.h"
#include "billing/Money.h"

#include <QJsonArray>
#include <QtTest>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;

/// BillingService against the real local sandbox: the seed's cache table (plans 1 h in memory and
/// SQLite, subscription 1 min, usage history 5 min, invoices never), stale answers with their age when
/// the backend is gone, and the error cases (401, 5xx, malformed, truncated, corrupt cache).
class TestBillingService : public QObject
{
    Q_OBJECT

    std::unique_ptr<BillingTestEnv> m_env;

    static QString err(const ApiError& e) { return e.logString(); }

    std::unique_ptr<BillingTestEnv> freshEnv(bool signIn = true)
    {
        auto env = std::make_unique<BillingTestEnv>();
        if (!env->start()) {
            qWarning("%s", qPrintable(env->errorString()));
            return nullptr;
        }
        if (signIn && !env->signIn()) {
            qWarning("%s", qPrintable(env->errorString()));
            return nullptr;
        }
        return env;
    }

    /// Adds usage through the backend's RPC (as a sync would).
    bool addUsage(BillingTestEnv& env, qint64 units, const QString& key)
    {
        const QJsonObject args{{QStringLiteral("p_units"), units},
                               {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                               {QStringLiteral("p_idempotency_key"), key}};
        auto r = awaitTask(env.backend().rpc(QStringLiteral("increment_usage"), args));
        if (!r)
            qWarning("%s", qPrintable(r.error().logString()));
        return bool(r);
    }

private slots:
    void initTestCase()
    {
        m_env = freshEnv();
        QVERIFY(m_env);
    }

    void init() { QVERIFY(m_env->sandbox().clearFaults()); }

    void plansServedFromMemoryThenSqliteWithinTtlAndRefetchedAfter()
    {
        auto env = freshEnv();
        QVERIFY(env);
        BillingService& billing = env->billing();

        auto first = awaitTask(billing.plans(QStringLiteral("usd")));
        QVERIFY2(first, qPrintable(first ? QString() : err(first.error())));
        QCOMPARE(env->requests(), 1);
        QVERIFY(!first->freshness.fromCache);
        QVERIFY(!first->freshness.stale);
        QCOMPARE(first->value.offers().size(), 3);
        const QDateTime fetchedAt = first->freshness.fetchedAt;
        QCOMPARE(fetchedAt, env->clock().now());

        // Within the hour: memory, no request.
        env->clock().advance(30min);
        auto second = awaitTask(billing.plans(QStringLiteral("usd")));
        QVERIFY(second);
        QCOMPARE(env->requests(), 1);
        QVERIFY(second->freshness.fromCache);
        QCOMPARE(second->freshness.source, CacheSource::Memory);
        QCOMPARE(second->freshness.fetchedAt, fetchedAt);
        QCOMPARE(second->freshness.age, std::chrono::milliseconds(30min));

        // A new process (empty memory layer): SQLite, still no request.
        env->reopenCache();
        auto third = awaitTask(env->billing().plans(QStringLiteral("usd")));
        QVERIFY(third);
        QCOMPARE(env->requests(), 1);
        QCOMPARE(third->freshness.source, CacheSource::Sqlite);
        QCOMPARE(third->value.offers().size(), 3);
        QCOMPARE(env->cache().stats().sqlite.hits, qint64(1));

        // Past the TTL: fetched again.
        env->clock().advance(31min);
        auto fourth = awaitTask(env->billing().plans(QStringLiteral("usd")));
        QVERIFY(fourth);
        QCOMPARE(env->requests(), 2);
        QCOMPARE(fourth->freshness.source, CacheSource::Backend);
        QCOMPARE(fourth->freshness.fetchedAt, env->clock().now());

        // Another currency is another entry.
        auto eur = awaitTask(env->billing().plans(QStringLiteral("eur")));
        QVERIFY(eur);
        QCOMPARE(env->requests(), 3);
    }

    void planCatalogPerCurrency_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("basicMonthly");
        QTest::addColumn<qint64>("premiumYearly");
        QTest::addColumn<QString>("basicMonthlyEnUs");
        QTest::newRow("usd") << "usd" << qint64(999) << qint64(29990) << "$9.99";
        QTest::newRow("eur") << "eur" << qint64(999) << qint64(29990) << QString::fromUtf8("€9.99");
        QTest::newRow("jpy") << "jpy" << qint64(1500) << qint64(45000) << QString::fromUtf8("¥1,500");
    }

    void planCatalogPerCurrency()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, basicMonthly);
        QFETCH(qint64, premiumYearly);
        QFETCH(QString, basicMonthlyEnUs);
        auto plans = awaitTask(m_env->billing().plans(currency, BillingService::Refresh::Now));
        QVERIFY2(plans, qPrintable(plans ? QString() : err(plans.error())));
        const PlanCatalog& catalog = plans->value;
        QCOMPARE(catalog.prices().size(), 9);
        QCOMPARE(catalog.offers().size(), 3);
        // Cheapest first.
        QCOMPARE(catalog.offers().at(0).key, QStringLiteral("free"));
        QCOMPARE(catalog.offers().at(1).key, QStringLiteral("basic"));
        QCOMPARE(catalog.offers().at(2).key, QStringLiteral("premium"));
        QVERIFY(catalog.offers().at(0).isFree());
        const PlanOffer basic = *catalog.offer(QStringLiteral("basic"));
        QCOMPARE(basic.name, QStringLiteral("Basic"));
        QCOMPARE(basic.quota, std::optional<qint64>(100000));
        QCOMPARE(basic.currency, currency);
        QCOMPARE(basic.monthly->unitAmount, std::optional<qint64>(basicMonthly));
        QCOMPARE(basic.monthly->formattedAmount(QLocale(QStringLiteral("en_US"))), basicMonthlyEnUs);
        QVERIFY(basic.overage);
        QCOMPARE(basic.overage->transformDivideBy, qint64(1000));
        QCOMPARE(basic.overage->transformRound, Plan::Rounding::Up);
        QCOMPARE(catalog.offer(QStringLiteral("premium"))->yearly->unitAmount,
                 std::optional<qint64>(premiumYearly));
        QCOMPARE(catalog.offerForPrice(basic.yearly->priceId)->key, QStringLiteral("basic"));
    }

    void subscriptionCachedOneMinute()
    {
        auto env = freshEnv();
        QVERIFY(env);
        QSignalSpy changed(&env->billing(), &BillingService::subscriptionChanged);
        auto first = awaitTask(env->billing().subscription());
        QVERIFY2(first, qPrintable(first ? QString() : err(first.error())));
        QCOMPARE(env->requests(), 1);
        QCOMPARE(first->value.plan, QStringLiteral("basic"));
        QCOMPARE(first->value.quota, qint64(100000));
        QCOMPARE(first->value.userId, env->userId());
        QCOMPARE(changed.count(), 1);

        env->clock().advance(59s);
        auto second = awaitTask(env->billing().subscription());
        QVERIFY(second);
        QCOMPARE(env->requests(), 1);
        QVERIFY(second->freshness.fromCache);
        QCOMPARE(changed.count(), 1); // nothing changed

        // Usage grows meanwhile; the cached figure stays until the minute is over.
        QVERIFY(addUsage(*env, 250, QStringLiteral("ttl-1")));
        env->resetRequests();
        env->clock().advance(2s);
        auto third = awaitTask(env->billing().subscription());
        QVERIFY(third);
        QCOMPARE(env->requests(), 1);
        QVERIFY(!third->freshness.fromCache);
        QCOMPARE(third->value.used, first->value.used + 250);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<SubscriptionSettings>().used, third->value.used);
    }

    void usageHistoryWindowAndTtl()
    {
        auto env = freshEnv();
        QVERIFY(env);
        const QDate today = env->clock().now().date();
        auto week = awaitTask(env->billing().usageHistory(today.addDays(-6)));
        QVERIFY2(week, qPrintable(week ? QString() : err(week.error())));
        QCOMPARE(env->requests(), 1);
        QCOMPARE(week->value.size(), 7 * 3);
        for (const UsageHistoryRow& r : week->value) {
            QVERIFY(r.day >= today.addDays(-6));
            QVERIFY(r.day <= today);
            QCOMPARE(r.userId, env->userId());
        }
        QVERIFY(std::is_sorted(week->value.begin(), week->value.end(),
                               [](const auto& a, const auto& b) { return a.day < b.day; }));

        // A shorter window is served from the cached one.
        auto three = awaitTask(env->billing().usageHistory(today.addDays(-2)));
        QVERIFY(three);
        QCOMPARE(env->requests(), 1);
        QCOMPARE(three->value.size(), 3 * 3);
        QVERIFY(three->freshness.fromCache);

        // So is every longer one the Usage view offers: the first fetch covered the last 90 days.
        auto quarter = awaitTask(env->billing().usageHistory(today.addDays(-89)));
        QVERIFY(quarter);
        QCOMPARE(env->requests(), 1);
        QCOMPARE(quarter->value.size(), 90 * 3);
        QVERIFY(quarter->freshness.fromCache);
        QCOMPARE(quarter->value.first().day, today.addDays(-89));

        // A longer one must be fetched (365 days x 3 platforms: more than one 1,000-row page).
        auto year = awaitTask(env->billing().usageHistory(today.addDays(-364)));
        QVERIFY2(year, qPrintable(year ? QString() : err(year.error())));
        QCOMPARE(year->value.size(), 365 * 3);
        QCOMPARE(env->requests(), 1 + 2); // two pages
        QVERIFY(!year->freshness.fromCache);

        // Five minutes TTL.
        env->clock().advance(4min);
        QVERIFY(awaitTask(env->billing().usageHistory(today.addDays(-29))));
        QCOMPARE(env->requests(), 3);
        env->clock().advance(61s);
        auto after = awaitTask(env->billing().usageHistory(today.addDays(-29)));
        QVERIFY(after);
        QCOMPARE(env->requests(), 4);
        QCOMPARE(after->value.size(), 30 * 3);
    }

    void usageOverviewWithOverage()
    {
        auto env = freshEnv();
        QVERIFY(env);
        auto before = awaitTask(env->billing().usageOverview());
        QVERIFY2(before, qPrintable(before ? QString() : err(before.error())));
        QCOMPARE(before->plan->key, QStringLiteral("basic"));
        QVERIFY(before->subscription.value.used < 100000);
        QCOMPARE(before->overage.overageUnits, qint64(0));
        QCOMPARE(before->remaining(), 100000 - before->subscription.value.used);

        // Push the demo user 1,001 units over the quota.
        const qint64 toAdd = 100000 - before->subscription.value.used + 1001;
        QVERIFY(addUsage(*env, toAdd, QStringLiteral("over-1")));
        auto over = awaitTask(env->billing().usageOverview(BillingService::Refresh::Now));
        QVERIFY(over);
        QCOMPARE(over->subscription.value.used, qint64(101001));
        QCOMPARE(over->overage.overageUnits, qint64(1001));
        QCOMPARE(over->overage.billedQuantity, qint64(2)); // ceil(1001 / 1000)
        QVERIFY(over->overage.charge);
        QCOMPARE(over->overage.charge->minorUnits(), qint64(2)); // 2 x $0.01
        QCOMPARE(over->remaining(), qint64(0));
        QCOMPARE(over->warningLevel(), 100);
        QVERIFY(over->fraction() > 1.0);
        QVERIFY(!over->periodKey().isEmpty());
    }

    void warningLevels()
    {
        UsageOverview o;
        o.subscription.value.quota = 100000;
        o.subscription.value.used = 79999;
        QCOMPARE(o.warningLevel(), 0);
        o.subscription.value.used = 80000;
        QCOMPARE(o.warningLevel(), 80);
        o.subscription.value.used = 99999;
        QCOMPARE(o.warningLevel(), 80);
        o.subscription.value.used = 100000;
        QCOMPARE(o.warningLevel(), 100);
        o.subscription.value.quota = 0;
        o.subscription.value.used = 0;
        QCOMPARE(o.warningLevel(), 0);
    }

    void invoicesAlwaysFetchedNeverStored()
    {
        auto env = freshEnv();
        QVERIFY(env);
        const int storedBefore = awaitTask(env->cache().storedEntries());
        QVERIFY(storedBefore >= 0);
        auto first = awaitTask(env->billing().invoices());
        QVERIFY2(first, qPrintable(first ? QString() : err(first.error())));
        QCOMPARE(first->size(), 1); // the demo's Basic plan, bought once at the stack's start
        for (const Invoice& inv : first.value()) {
            QCOMPARE(inv.status, Invoice::Status::Paid);
            QVERIFY(!inv.number.isEmpty());
            QVERIFY(inv.invoicePdf.endsWith(QLatin1String(".pdf")));
            QVERIFY(inv.amountDue > 0);
        }
        for (qsizetype i = 1; i < first->size(); ++i) {
            QVERIFY(first->at(i - 1).created >= first->at(i).created); // newest first
        }
        auto second = awaitTask(env->billing().invoices());
        QVERIFY(second);
        QCOMPARE(env->requests(), 2);
        QCOMPARE(env->cache().stats().uncachedFetches, qint64(2));
        QCOMPARE(awaitTask(env->cache().storedEntries()), storedBefore);
        QCOMPARE(env->cache().memory().size(), 0);
    }

    void offlineServesStaleWithAge()
    {
        auto env = freshEnv();
        QVERIFY(env);
        const QDate today = env->clock().now().date();
        auto sub = awaitTask(env->billing().subscription());
        QVERIFY(sub);
        QVERIFY(awaitTask(env->billing().plans()));
        QVERIFY(awaitTask(env->billing().usageHistory(today.addDays(-6))));
        const QDateTime fetchedAt = env->clock().now();

        env->stopSandbox();
        env->clock().advance(12min);
        env->resetRequests();

        auto stale = awaitTask(env->billing().subscription());
        QVERIFY2(stale, qPrintable(stale ? QString() : err(stale.error())));
        QVERIFY(stale->freshness.stale);
        QCOMPARE(stale->freshness.fetchedAt, fetchedAt);
        QCOMPARE(stale->freshness.age, std::chrono::milliseconds(12min));
        QVERIFY(stale->freshness.backendError);
        QVERIFY(stale->freshness.backendError->isUnavailable());
        QCOMPARE(stale->value.plan, sub->value.plan);
        QCOMPARE(stale->value.used, sub->value.used);
        const QString note = stale->freshness.staleNote(env->clock().now(), QLocale(QStringLiteral("en_US")));
        QVERIFY2(note.startsWith(QLatin1String("Offline")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("12 min")), qPrintable(note));

        auto history = awaitTask(env->billing().usageHistory(today.addDays(-6)));
        QVERIFY(history);
        QVERIFY(history->freshness.stale);
        QCOMPARE(history->value.size(), 21);

        // Plans are still within their hour: served fresh from memory, nothing pretends otherwise.
        auto plans = awaitTask(env->billing().plans());
        QVERIFY(plans);
        QVERIFY(!plans->freshness.stale);
        QVERIFY(plans->freshness.fromCache);

        // The overview is stale too; invoices, never cached, are simply unavailable.
        auto overview = awaitTask(env->billing().usageOverview());
        QVERIFY(overview);
        QVERIFY(overview->subscription.freshness.stale);
        auto invoices = awaitTask(env->billing().invoices());
        QVERIFY(!invoices);
        QCOMPARE(invoices.error().kind, ApiError::Kind::Offline);

        // Even after a restart of the app: SQLite keeps the last figures.
        env->reopenCache();
        auto afterRestart = awaitTask(env->billing().subscription());
        QVERIFY(afterRestart);
        QVERIFY(afterRestart->freshness.stale);
        QCOMPARE(afterRestart->freshness.source, CacheSource::Sqlite);
        QCOMPARE(afterRestart->value.used, sub->value.used);
    }

    void offlineWithoutCacheIsAnError()
    {
        auto env = freshEnv();
        QVERIFY(env);
        env->stopSandbox();
        auto sub = awaitTask(env->billing().subscription());
        QVERIFY(!sub);
        QCOMPARE(sub.error().kind, ApiError::Kind::Offline);
        QVERIFY(!sub.error().userMessage().isEmpty());
    }

    void serverErrorServesStaleButUnauthorizedDoesNot()
    {
        BillingTestEnv& env = *m_env;
        auto sub = awaitTask(env.billing().subscription(BillingService::Refresh::Now));
        QVERIFY(sub);
        // 503 on every attempt (the client retries idempotent reads): the cached value, stale.
        QVERIFY(env.sandbox().addFault(QStringLiteral("status=503,path=/rest/v1")));
        auto unavailable = awaitTask(env.billing().subscription(BillingService::Refresh::Now));
        QVERIFY2(unavailable, qPrintable(unavailable ? QString() : err(unavailable.error())));
        QVERIFY(unavailable->freshness.stale);
        QCOMPARE(unavailable->freshness.backendError->httpStatus, 503);
        QVERIFY(env.sandbox().clearFaults());

        // 401 is not "offline": the caller must see it (sign in again), no stale value hides it.
        QVERIFY(env.sandbox().addFault(QStringLiteral("status=401,path=/rest/v1,count=1")));
        auto unauthorized = awaitTask(env.billing().subscription(BillingService::Refresh::Now));
        QVERIFY(!unauthorized);
        QVERIFY(unauthorized.error().isUnauthorized());
        QVERIFY(unauthorized.error().userMessage().contains(QLatin1String("sign in")));
    }

    void malformedAndTruncatedAnswersAreNotCached_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("malformed") << "malformed,path=/functions/v1/list-plans";
        QTest::newRow("truncated") << "truncate,path=/functions/v1/list-plans";
    }

    void malformedAndTruncatedAnswersAreNotCached()
    {
        QFETCH(QString, fault);
        BillingTestEnv& env = *m_env;
        env.cache().invalidateType(DataType::Plans);
        QVERIFY(env.sandbox().addFault(fault));
        auto bad = awaitTask(env.billing().plans(QStringLiteral("jpy")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!env.cache().peek({DataType::Plans, {}, QStringLiteral("list:jpy")}));
        QVERIFY(env.sandbox().clearFaults());
        env.resetRequests();
        auto good = awaitTask(env.billing().plans(QStringLiteral("jpy")));
        QVERIFY(good);
        QCOMPARE(env.requests(), 1);
    }

    void serverErrorWithoutCacheIsAnError()
    {
        // No cached plans and a 500: the error itself (nothing stale to fall back on).
        BillingTestEnv& env = *m_env;
        env.cache().invalidateType(DataType::Plans);
        QVERIFY(env.sandbox().addFault(QStringLiteral("status=500,path=/functions/v1/list-plans")));
        auto failed = awaitTask(env.billing().plans(QStringLiteral("usd")));
        QVERIFY(!failed);
        QCOMPARE(failed.error().httpStatus, 500);
    }

    void corruptCachedValueIsDroppedAndRefetched()
    {
        BillingTestEnv& env = *m_env;
        const LayeredCache::Key key{DataType::Subscription, env.userId(), QStringLiteral("settings")};
        QVERIFY(env.cache().put(key, QByteArrayLiteral("{\"user_id\": 42")));
        auto bad = awaitTask(env.billing().subscription());
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!env.cache().peek(key));
        auto good = awaitTask(env.billing().subscription());
        QVERIFY2(good, qPrintable(good ? QString() : err(good.error())));
        QCOMPARE(good->value.userId, env.userId());
    }

    void signedOutCallsFailWithoutRequests()
    {
        auto env = freshEnv(false);
        QVERIFY(env);
        auto sub = awaitTask(env->billing().subscription());
        QVERIFY(!sub);
        QCOMPARE(sub.error().apiCode, QStringLiteral("not_signed_in"));
        auto inv = awaitTask(env->billing().invoices());
        QVERIFY(!inv);
        QCOMPARE(env->cache().stats().backendFetches, qint64(0));
    }

    void checkoutAndPortalSessions()
    {
        BillingTestEnv& env = *m_env;
        auto plans = awaitTask(env.billing().plans(QStringLiteral("usd")));
        QVERIFY(plans);
        const QString price = plans->value.offer(QStringLiteral("premium"))->monthly->priceId;
        auto session = awaitTask(env.billing().createCheckoutSession(
            price, QStringLiteral("http://127.0.0.1:9/ok?code={CHECKOUT_SESSION_ID}"),
            QStringLiteral("http://127.0.0.1:9/cancel")));
        QVERIFY2(session, qPrintable(session ? QString() : err(session.error())));
        QVERIFY(session->id.startsWith(QLatin1String("cs_test_")));
        QVERIFY(session->url.path().startsWith(QLatin1String("/checkout/")));

        // The overage price cannot be bought: the backend's error reaches the caller.
        auto refused = awaitTask(env.billing().createCheckoutSession(
            plans->value.offer(QStringLiteral("premium"))->overage->priceId,
            QStringLiteral("http://127.0.0.1:9/ok"), QStringLiteral("http://127.0.0.1:9/cancel")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 400);

        auto portal = awaitTask(env.billing().createPortalSession(QStringLiteral("http://127.0.0.1:9/back")));
        QVERIFY2(portal, qPrintable(portal ? QString() : err(portal.error())));
        QVERIFY(portal->path().startsWith(QLatin1String("/portal/")));
    }

    void defaultCurrencyFollowsLocale()
    {
        QCOMPARE(BillingService::defaultCurrency(QLocale(QStringLiteral("de_DE"))), QStringLiteral("eur"));
        QCOMPARE(BillingService::defaultCurrency(QLocale(QStringLiteral("ja_JP"))), QStringLiteral("jpy"));
        QCOMPARE(BillingService::defaultCurrency(QLocale(QStringLiteral("en_US"))), QStringLiteral("usd"));
        QCOMPARE(BillingService::defaultCurrency(QLocale(QStringLiteral("en_GB"))), QStringLiteral("usd"));
    }

    void ageFormatting()
    {
        QCOMPARE(DataFreshness::formatAge(30s), QStringLiteral("< 1 min"));
        QCOMPARE(DataFreshness::formatAge(12min), QStringLiteral("12 min"));
        QCOMPARE(DataFreshness::formatAge(3h), QStringLiteral("3 h"));
        QCOMPARE(DataFreshness::formatAge(72h), QStringLiteral("3 d"));
        DataFreshness fresh;
        QVERIFY(fresh.staleNote(QDateTime::currentDateTimeUtc()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBillingService)
#include "TestBillingService.moc"
