// End to end: the app's billing services (BillingService, CheckoutFlow, PortalFlow as ProfileServices
// composes them) → the sandbox as the gateway → the real backend (the local stack: PostgreSQL with the
// migrations, the Edge Functions on Deno, the Stripe stand-in with its hosted pages and webhook delivery).
// One stack for the class (SandboxProcess); each case signs up a fresh user.
#include "AwaitTask.h"
#include "BillingTestEnv.h"
#include "FormBrowser.h"

#include "billing/BillingService.h"
#include "billing/CheckoutFlow.h"
#include "billing/PortalFlow.h"

#include <QUuid>
#include <QtTest>

using namespace sv;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;
using sv::test::FormBrowser;
using sv::test::SandboxProcess;
using Kind = CheckoutFlow::Outcome::Kind;

class TestBillingEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<BillingTestEnv> m_env;
    std::unique_ptr<PortalFlow> m_portal; ///< kept after the return: it reads again until the change shows

    static SandboxProcess::Options realBackend() { return SandboxProcess::Options{}; }

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

    /// Portal: opens it with the scripted browser and waits for the return link.
    bool throughThePortal(FormBrowser& browser)
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
        return returned.wait(20000) && browser.error().isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<BillingTestEnv>(realBackend());
        QVERIFY2(m_env->start(), qPrintable(m_env->errorString()));
    }

    /// Sign up → the real trigger's Free plan; checkout paid on the stand-in's page → stripe-webhook changes
    /// subscription_settings and the app shows Premium without a restart; the portal downgrades to Basic,
    /// then cancels at the period's end.
    void signUpCheckoutPortal()
    {
        const QString email = QStringLiteral("billing-%1@example.test")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        QVERIFY2(m_env->signInNewUser(email), qPrintable(m_env->errorString()));
        auto before = awaitTask(m_env->billing().subscription());
        QVERIFY(before);
        QCOMPARE(before->value.plan, QStringLiteral("free"));

        FormBrowser pay;
        pay.setAction(FormBrowser::Action::Pay);
        CheckoutFlow flow(&m_env->billing(), &pay);
        const CheckoutFlow::Outcome outcome = awaitTask(flow.run(priceOf(QStringLiteral("premium"))));
        QVERIFY2(outcome.kind == Kind::Completed, qPrintable(outcome.message));
        QCOMPARE(outcome.subscription->plan, QStringLiteral("premium"));
        QCOMPARE(settingsRow().value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
        auto afterCheckout = awaitTask(m_env->billing().subscription());
        QVERIFY(afterCheckout);
        QCOMPARE(afterCheckout->value.plan, QStringLiteral("premium"));

        // Downgrade in the portal.
        FormBrowser downgrade;
        downgrade.setAction(FormBrowser::Action::SwitchPlanPortal);
        downgrade.setSwitchTarget(QStringLiteral("basic"));
        QVERIFY2(throughThePortal(downgrade), qPrintable(downgrade.error()));
        QVERIFY(webhooksDelivered());
        QCOMPARE(settingsRow().value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        // The app shows it without a restart: Stripe (as its stand-in) delivers the webhook asynchronously,
        // possibly after the browser came back, so PortalFlow reads again until the change shows.
        QTRY_COMPARE_WITH_TIMEOUT(appPlan(), QStringLiteral("basic"), 20000);

        // Cancellation in the portal: Basic until the end of the period, as Stripe does.
        FormBrowser cancel;
        cancel.setAction(FormBrowser::Action::CancelPlanPortal);
        QVERIFY2(throughThePortal(cancel), qPrintable(cancel.error()));
        QVERIFY(webhooksDelivered());
        const QJsonObject cancelled = settingsRow();
        QCOMPARE(cancelled.value(QLatin1String("cancel_at_period_end")).toBool(), true);
        QCOMPARE(cancelled.value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        QTRY_VERIFY_WITH_TIMEOUT(m_env->billing().lastSubscription() &&
                                     m_env->billing().lastSubscription()->cancelAtPeriodEnd,
                                 20000);
    }
};

QTEST_GUILESS_MAIN(TestBillingEndToEnd)
#include "TestBillingEndToEnd.moc"
