#include "AwaitTask.h"
#include "BillingTestEnv.h"
#include "FormBrowser.h"

#include "billing/BillingService.h"
#include "billing/CheckoutFlow.h"
#include "billing/PortalFlow.h"

#include <QtTest>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;
using sv::test::FormBrowser;
using Kind = CheckoutFlow::Outcome::Kind;

/// Checkout end to end against the sandbox's Stripe Checkout page, driven by an HTTP client that submits
/// its Pay / Cancel forms and follows (or not) the redirect back to the app's loopback listener.
class TestCheckoutFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<BillingTestEnv> env()
    {
        auto e = std::make_unique<BillingTestEnv>();
        if (!e->start() || !e->signIn()) {
            qWarning("%s", qPrintable(e->errorString()));
            return nullptr;
        }
        return e;
    }

    static QString priceOf(BillingTestEnv& e, const QString& plan, bool yearly = false)
    {
        auto plans = awaitTask(e.billing().plans(QStringLiteral("usd")));
        if (!plans)
            return {};
        const auto offer = plans->value.offer(plan);
        return offer && offer->price(yearly) ? offer->price(yearly)->priceId : QString();
    }

private slots:
    void payReturnsToTheAppWithTheNewPlan()
    {
        auto e = env();
        QVERIFY(e);
        auto before = awaitTask(e->billing().subscription());
        QVERIFY(before);
        QCOMPARE(before->value.plan, QStringLiteral("basic"));
        const int invoicesBefore = awaitTask(e->billing().invoices())->size();

        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Pay);
        CheckoutFlow flow(&e->billing(), &browser);
        flow.setPollInterval(10min); // only the browser's return can settle it here
        QSignalSpy urlReady(&flow, &CheckoutFlow::checkoutUrlReady);
        QSignalSpy changed(&e->billing(), &BillingService::subscriptionChanged);
        QSignalSpy browserDone(&browser, &FormBrowser::done);

        const CheckoutFlow::Outcome outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"))));
        QCOMPARE(outcome.kind, Kind::Completed);
        QVERIFY(!outcome.confirmedByPoll);
        QVERIFY(outcome.checkoutSessionId.startsWith(QLatin1String("cs_test_")));
        QCOMPARE(outcome.subscription->plan, QStringLiteral("premium"));
        QCOMPARE(outcome.subscription->quota, qint64(1000000));
        QVERIFY(outcome.message.contains(QLatin1String("premium")));
        QCOMPARE(flow.state(), CheckoutFlow::State::Finished);
        // The confirmation after the return (read again while Stripe's webhook has not reached the backend).
        QVERIFY(flow.pollCount() >= 1);

        QCOMPARE(urlReady.count(), 1);
        QCOMPARE(urlReady.at(0).at(1).toBool(), true);
        QCOMPARE(browser.opened().size(), 1);
        QCOMPARE(browser.opened().at(0), flow.checkoutUrl());
        // The success URL carried the real session id back ({CHECKOUT_SESSION_ID} substituted).
        QCOMPARE(QUrlQuery(browser.redirectedTo()).queryItemValue(QStringLiteral("code")),
                 outcome.checkoutSessionId);
        QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
        QCOMPARE(browser.lastStatus(), 200);
        QVERIFY(browser.lastBody().contains("Payment received"));

        // The service shows the new plan and quota without a restart, from its refreshed cache.
        e->resetRequests();
        auto after = awaitTask(e->billing().usageOverview());
        QVERIFY(after);
        QCOMPARE(after->subscription.value.plan, QStringLiteral("premium"));
        QCOMPARE(after->subscription.value.quota, qint64(1000000));
        QCOMPARE(after->plan->name, QStringLiteral("Premium"));
        QVERIFY(after->subscription.freshness.fromCache);
        QCOMPARE(e->requests(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<SubscriptionSettings>().plan, QStringLiteral("premium"));

        // The paid invoice is there at once (invoices are never cached).
        auto invoices = awaitTask(e->billing().invoices());
        QVERIFY(invoices);
        QCOMPARE(invoices->size(), invoicesBefore + 1);
        QCOMPARE(invoices->at(0).amountPaid, qint64(2999));
    }

    void cancelLeavesThePlan()
    {
        auto e = env();
        QVERIFY(e);
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Cancel);
        CheckoutFlow flow(&e->billing(), &browser);
        flow.setPollInterval(10min);
        QSignalSpy browserDone(&browser, &FormBrowser::done);
        const auto outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"))));
        QCOMPARE(outcome.kind, Kind::Cancelled);
        QCOMPARE(outcome.subscription->plan, QStringLiteral("basic"));
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
        QVERIFY(browser.lastBody().contains("Checkout was cancelled"));

        auto now = awaitTask(e->billing().subscription(BillingService::Refresh::Now));
        QVERIFY(now);
        QCOMPARE(now->value.plan, QStringLiteral("basic"));
        QCOMPARE(now->value.quota, qint64(100000));
    }

    void pollSettlesWhenTheBrowserNeverReturns()
    {
        auto e = env();
        QVERIFY(e);
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::PayNoReturn);
        CheckoutFlow flow(&e->billing(), &browser);
        flow.setPollInterval(50ms);
        flow.setPollTimeout(20s);
        const auto outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"), true)));
        QCOMPARE(outcome.kind, Kind::Completed);
        QVERIFY(outcome.confirmedByPoll);
        QCOMPARE(outcome.subscription->plan, QStringLiteral("premium"));
        QVERIFY(flow.pollCount() >= 1);
        // Yearly: the period runs a year.
        QVERIFY(outcome.subscription->periodEnd);
        QVERIFY(outcome.subscription->periodStart->daysTo(*outcome.subscription->periodEnd) >= 365);
        auto now = awaitTask(e->billing().subscription());
        QVERIFY(now);
        QCOMPARE(now->value.plan, QStringLiteral("premium"));
    }

    void boundedPollTimesOutWhenNothingHappens()
    {
        auto e = env();
        QVERIFY(e);
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Nothing);
        CheckoutFlow flow(&e->billing(), &browser);
        flow.setPollInterval(20ms);
        flow.setPollTimeout(150ms);
        flow.setAttemptTimeout(400ms);
        const auto outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"))));
        QCOMPARE(outcome.kind, Kind::TimedOut);
        QCOMPARE(outcome.subscription->plan, QStringLiteral("basic"));
        QVERIFY(flow.pollCount() >= 2); // the polls, then the last check
        QVERIFY(!outcome.message.isEmpty());
    }

    void cancelInTheAppStopsWaiting()
    {
        auto e = env();
        QVERIFY(e);
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Nothing);
        CheckoutFlow flow(&e->billing(), &browser);
        flow.setPollInterval(10min);
        connect(&flow, &CheckoutFlow::checkoutUrlReady, &flow, &CheckoutFlow::cancel, Qt::QueuedConnection);
        const auto outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"))));
        QCOMPARE(outcome.kind, Kind::Aborted);
        QVERIFY(!flow.isRunning());
        // The checkout page can still be paid later; the app no longer listens, the plan is as before.
        auto now = awaitTask(e->billing().subscription(BillingService::Refresh::Now));
        QCOMPARE(now->value.plan, QStringLiteral("basic"));
    }

    void noBrowserShowsTheLinkAndStillCompletes()
    {
        auto e = env();
        QVERIFY(e);
        FormBrowser none;
        none.setCanOpen(false);
        FormBrowser user; // the user copies the link into a browser by hand
        user.setAction(FormBrowser::Action::Pay);
        CheckoutFlow flow(&e->billing(), &none);
        flow.setPollInterval(10min);
        bool opened = true;
        connect(&flow, &CheckoutFlow::checkoutUrlReady, &user, [&](const QUrl& url, bool browserOpened) {
            opened = browserOpened;
            user.open(url);
        });
        const auto outcome = awaitTask(flow.run(priceOf(*e, QStringLiteral("premium"))));
        QVERIFY(!opened);
        QCOMPARE(outcome.kind, Kind::Completed);
        QCOMPARE(outcome.subscription->plan, QStringLiteral("premium"));
    }

    void backendErrorsFailTheAttempt()
    {
        auto e = env();
        QVERIFY(e);
        const QString price = priceOf(*e, QStringLiteral("premium"));
        FormBrowser browser;
        CheckoutFlow flow(&e->billing(), &browser);
        QVERIFY(
            e->sandbox().addFault(QStringLiteral("status=500,path=/functions/v1/create-checkout-session")));
        const auto failed = awaitTask(flow.run(price));
        QCOMPARE(failed.kind, Kind::Failed);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->httpStatus, 500);
        QVERIFY(browser.opened().isEmpty());
        QVERIFY(!flow.isRunning());

        // Unknown price: the backend's 400.
        QVERIFY(e->sandbox().clearFaults());
        const auto invalid = awaitTask(flow.run(QStringLiteral("price_does_not_exist")));
        QCOMPARE(invalid.kind, Kind::Failed);
        QCOMPARE(invalid.error->httpStatus, 400);

        // Offline: nothing can be bought, even with a cached subscription.
        QVERIFY(awaitTask(e->billing().subscription()));
        e->stopSandbox();
        const auto offline = awaitTask(flow.run(price));
        QCOMPARE(offline.kind, Kind::Failed);
        QVERIFY(offline.error);
        QVERIFY(offline.error->isUnavailable());
        QVERIFY(browser.opened().isEmpty());
    }

    void portalReturnRefreshesTheSubscription()
    {
        auto e = env();
        QVERIFY(e);
        QCOMPARE(awaitTask(e->billing().subscription())->value.plan, QStringLiteral("basic"));
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::CancelPlanPortal);
        PortalFlow portal(&e->billing(), &browser);
        QSignalSpy returned(&portal, &PortalFlow::returned);
        QSignalSpy ready(&portal, &PortalFlow::portalUrlReady);
        auto url = awaitTask(portal.open());
        QVERIFY2(url, qPrintable(url ? QString() : url.error().logString()));
        QVERIFY(url->path().startsWith(QLatin1String("/portal/")));
        QCOMPARE(ready.count(), 1);
        QVERIFY(portal.isWaitingForReturn());
        QVERIFY(returned.wait(10000));
        QVERIFY(!portal.isWaitingForReturn());
        // Cancelled in the portal (at the end of the period, as Stripe does): the app knows without waiting
        // for the cache to expire, once the webhook has reached the backend.
        QTRY_VERIFY_WITH_TIMEOUT(
            e->billing().lastSubscription() && e->billing().lastSubscription()->cancelAtPeriodEnd, 20000);
        auto now = awaitTask(e->billing().subscription());
        QVERIFY(now);
        QVERIFY(now->freshness.fromCache);
        QCOMPARE(now->value.plan, QStringLiteral("basic"));
        QVERIFY(now->value.cancelAtPeriodEnd);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutFlow)
#include "TestCheckoutFlow.moc"
