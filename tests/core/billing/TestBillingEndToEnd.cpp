// End to end: the app's billing services (BillingService, CheckoutFlow, PortalFlow as ProfileServices
// composes them) → the sandbox as the gateway → the real backend (the local stack: PostgreSQL with the
// migrations, the Edge Functions on Deno, the Stripe stand-in with its hosted pages and webhook delivery).
// One stack for the class (SandboxProcess); each case signs up a fresh user. The browser is headless
// Chromium (tests/support/ChromiumBrowser): it loads the stand-in's pages, clicks their buttons and follows
// their redirects back to the app's loopback listener.
#include "AwaitTask.h"
#include "BillingTestEnv.h"
#include "ChromiumBrowser.h"

#include "billing/BillingService.h"
#include "billing/CheckoutFlow.h"
#include "billing/PortalFlow.h"

#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

using namespace sv;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;
using sv::test::ChromiumBrowser;
using Kind = CheckoutFlow::Outcome::Kind;

class TestBillingEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<BillingTestEnv> m_env;
    std::unique_ptr<PortalFlow> m_portal; ///< kept after the return: it reads again until the change shows

    QString priceOf(const QString& plan)
    {
        auto plans = awaitTask(m_env->billing().plans(QStringLiteral("usd")));
        if (!plans)
            return {};
        const auto offer = plans->value.offer(plan);
        return offer && offer->price(false) ? offer->price(false)->priceId : QString();
    }

    /// Waits until the Stripe stand-in has delivered every webhook event queued so far (retries included).
    bool webhooksDelivered()
    {
        QUrl url(m_env->sandbox().backendValue(QStringLiteral("STRIPE_API_BASE")));
        url.setPath(QStringLiteral("/__control/deliveries"));
        url.setQuery(QStringLiteral("wait=1"));
        return m_env->sandbox().request("GET", url).status == 200;
    }

    /// The user's row of subscription_settings, read through /rest/v1 with their token.
    QJsonObject settingsRow()
    {
        const auto reply = m_env->sandbox().request(
            "GET", m_env->sandbox().url(QStringLiteral("/rest/v1/subscription_settings?select=*")),
            {{"apikey", m_env->sandbox().anonKey().toUtf8()},
             {"Authorization", "Bearer " + m_env->accessToken().toUtf8()}});
        return reply.json().array().at(0).toObject();
    }

    /// The plan the app's billing service last read (what the pages show).
    QString appPlan() const
    {
        const auto last = m_env->billing().lastSubscription();
        return last ? last->plan : QString();
    }

    /// Waits until the browser has shown the page its action ends on; false if the action failed.
    static bool browserDone(ChromiumBrowser& browser)
    {
        if (!browser.isDone())
            QSignalSpy(&browser, &ChromiumBrowser::done).wait(60000);
        return browser.isDone() && browser.error().isEmpty();
    }

    /// Checkout: runs it with `browser` (stopped when the browser's action fails, instead of waiting for the
    /// return).
    CheckoutFlow::Outcome checkout(ChromiumBrowser& browser, const QString& plan)
    {
        CheckoutFlow flow(&m_env->billing(), &browser);
        connect(&browser, &ChromiumBrowser::done, &flow, [&] {
            if (!browser.error().isEmpty())
                flow.cancel();
        });
        return awaitTask(flow.run(priceOf(plan)));
    }

    /// Portal: opens it in the browser and waits for the return link and the page the browser then shows.
    bool throughThePortal(ChromiumBrowser& browser)
    {
        m_portal = std::make_unique<PortalFlow>(&m_env->billing(), &browser);
        m_portal->setChangePolling(std::chrono::milliseconds(200), std::chrono::milliseconds(15000));
        PortalFlow& portal = *m_portal;
        QSignalSpy returned(&portal, &PortalFlow::returned);
        const auto url = awaitTask(portal.open());
        if (!url) {
            qWarning("portal: %s", qPrintable(url.error().logString()));
            return false;
        }
        // The browser shows the return page once the app has the return link: a failed action ends the wait.
        return browserDone(browser) && browser.lastText().contains(QLatin1String("Back from billing")) &&
               (!returned.isEmpty() || returned.wait(20000));
    }

    /// Signs up a new user (e-mail "<prefix>-<random>@example.test") and signs in as them.
    bool signInNewUser(const QString& prefix)
    {
        return m_env->signInNewUser(
            QStringLiteral("%1-%2@example.test")
                .arg(prefix, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    }

private slots:
    void initTestCase()
    {
        if (!ChromiumBrowser::isAvailable())
            QSKIP("these cases pay and cancel in headless Chromium, and /usr/bin/chromium is not installed");
        m_env = std::make_unique<BillingTestEnv>();
        QVERIFY2(m_env->start(), qPrintable(m_env->errorString()));
    }

    /// Sign up → the real trigger's Free plan; checkout paid on the stand-in's page → stripe-webhook changes
    /// subscription_settings and the app shows Premium without a restart; the portal downgrades to Basic,
    /// then cancels at the period's end.
    void signUpCheckoutPortal()
    {
        QVERIFY2(signInNewUser(QStringLiteral("billing")), qPrintable(m_env->errorString()));
        auto before = awaitTask(m_env->billing().subscription());
        QVERIFY(before);
        QCOMPARE(before->value.plan, QStringLiteral("free"));

        {
            ChromiumBrowser pay;
            pay.setAction(ChromiumBrowser::Action::Pay);
            const CheckoutFlow::Outcome outcome = checkout(pay, QStringLiteral("premium"));
            QVERIFY2(outcome.kind == Kind::Completed,
                     qPrintable(outcome.message + QStringLiteral(" Browser: ") + pay.error()));
            QCOMPARE(outcome.subscription->plan, QStringLiteral("premium"));
            // The browser came back to the app, which thanked for the payment.
            QVERIFY2(browserDone(pay), qPrintable(pay.error()));
            QCOMPARE(pay.lastStatus(), 200);
            QCOMPARE(pay.lastUrl().host(), QStringLiteral("127.0.0.1"));
            QVERIFY2(pay.lastText().contains(QLatin1String("Payment received")), qPrintable(pay.lastText()));
        }
        QCOMPARE(settingsRow().value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
        auto afterCheckout = awaitTask(m_env->billing().subscription());
        QVERIFY(afterCheckout);
        QCOMPARE(afterCheckout->value.plan, QStringLiteral("premium"));

        // Downgrade in the portal.
        {
            ChromiumBrowser downgrade;
            downgrade.setAction(ChromiumBrowser::Action::SwitchPlanPortal);
            downgrade.setSwitchTarget(QStringLiteral("basic"));
            QVERIFY2(throughThePortal(downgrade), qPrintable(downgrade.error() + downgrade.lastText()));
        }
        QVERIFY(webhooksDelivered());
        QCOMPARE(settingsRow().value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        // The app shows it without a restart: Stripe (as its stand-in) delivers the webhook asynchronously,
        // possibly after the browser came back, so PortalFlow reads again until the change shows.
        QTRY_COMPARE_WITH_TIMEOUT(appPlan(), QStringLiteral("basic"), 20000);

        // Cancellation in the portal: Basic until the end of the period, as Stripe does.
        {
            ChromiumBrowser cancel;
            cancel.setAction(ChromiumBrowser::Action::CancelPlanPortal);
            QVERIFY2(throughThePortal(cancel), qPrintable(cancel.error() + cancel.lastText()));
        }
        QVERIFY(webhooksDelivered());
        const QJsonObject cancelled = settingsRow();
        QCOMPARE(cancelled.value(QLatin1String("cancel_at_period_end")).toBool(), true);
        QCOMPARE(cancelled.value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        QTRY_VERIFY_WITH_TIMEOUT(m_env->billing().lastSubscription() &&
                                     m_env->billing().lastSubscription()->cancelAtPeriodEnd,
                                 20000);
    }

    /// Cancel on the stand-in's checkout page: the browser returns to the cancel URL, the app reports the
    /// cancellation and the plan stays Free; Chromium and every process it started end with the browser.
    void checkoutCancelledInTheBrowser()
    {
        QVERIFY2(signInNewUser(QStringLiteral("cancel")), qPrintable(m_env->errorString()));
        qint64 chromium = 0;
        {
            ChromiumBrowser cancel;
            cancel.setAction(ChromiumBrowser::Action::Cancel);
            const CheckoutFlow::Outcome outcome = checkout(cancel, QStringLiteral("premium"));
            QVERIFY2(outcome.kind == Kind::Cancelled,
                     qPrintable(outcome.message + QStringLiteral(" Browser: ") + cancel.error()));
            QCOMPARE(outcome.message, QStringLiteral("Checkout was cancelled. Your plan is unchanged."));
            QVERIFY(outcome.subscription);
            QCOMPARE(outcome.subscription->plan, QStringLiteral("free"));
            QVERIFY2(browserDone(cancel), qPrintable(cancel.error()));
            QCOMPARE(QUrlQuery(cancel.lastUrl()).queryItemValue(QStringLiteral("error")),
                     QStringLiteral("checkout_cancelled"));
            QVERIFY2(cancel.lastText().contains(QLatin1String("Checkout not completed")),
                     qPrintable(cancel.lastText()));
            chromium = cancel.processId();
            QVERIFY(chromium > 0);
            QVERIFY(ChromiumBrowser::processesInGroup(chromium) > 0);
        }
        QCOMPARE(ChromiumBrowser::processesInGroup(chromium), 0);
        QVERIFY(webhooksDelivered());
        QCOMPARE(settingsRow().value(QLatin1String("plan")).toString(), QStringLiteral("free"));
        QCOMPARE(appPlan(), QStringLiteral("free"));
    }
};

QTEST_GUILESS_MAIN(TestBillingEndToEnd)
#include "TestBillingEndToEnd.moc"
