// streamvibe-sandbox as the gateway in front of the real backend (--backend-env): its users in auth.users,
// /rest/v1 on PostgreSQL with the migrations, /functions/v1 forwarded to the Edge Functions, which call the
// Stripe stand-in, whose webhooks reach stripe-webhook. Run by with-gateway-backend-test.sh (SV_GATEWAY_ENV,
// SV_STRIPE_URL); everything goes through the sandbox's HTTP port.
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>

using sv::test::SandboxProcess;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_counter = 0;

    QString uniqueEmail(const char* who)
    {
        return QStringLiteral("%1-%2-%3@gateway.test")
            .arg(QLatin1String(who))
            .arg(++m_counter)
            .arg(QDateTime::currentMSecsSinceEpoch());
    }
    QList<QPair<QByteArray, QByteArray>> headers(const QString& token = {}) const
    {
        const QByteArray key = m_sandbox->anonKey().toUtf8();
        return {{"apikey", key}, {"Authorization", "Bearer " + (token.isEmpty() ? key : token.toUtf8())}};
    }
    SandboxProcess::Reply rest(const QString& path, const QString& token, const QByteArray& method = "GET",
                               const QByteArray& body = {})
    {
        return m_sandbox->request(method, m_sandbox->url(QStringLiteral("/rest/v1") + path), headers(token),
                                  body);
    }
    SandboxProcess::Reply function(const QString& name, const QString& token, const QJsonObject& body = {})
    {
        return m_sandbox->request("POST", m_sandbox->url(QStringLiteral("/functions/v1/") + name),
                                  headers(token), json(body));
    }
    QJsonObject subscription(const QString& token)
    {
        const auto reply =
            rest(QStringLiteral("/subscription_settings?select=plan,quota,used,status"), token);
        const QJsonArray rows = reply.json().array();
        return rows.size() == 1 ? rows.at(0).toObject() : QJsonObject{};
    }
    SandboxProcess::Session newUser(const char* who)
    {
        const auto session = m_sandbox->createUser(uniqueEmail(who), QStringLiteral("secret-123456"));
        if (!session) {
            qFatal("signup through the gateway failed: %s", m_sandbox->standardError().constData());
        }
        return *session;
    }

private slots:
    void initTestCase()
    {
        const QString env = qEnvironmentVariable("SV_GATEWAY_ENV");
        if (env.isEmpty()) {
            QSKIP("SV_GATEWAY_ENV is not set: run through tests/sandbox/with-gateway-backend-test.sh");
        }
        SandboxProcess::Options options;
        options.extraArguments = {QStringLiteral("--backend-env"), env};
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void signupGetsTheRealFreePlan()
    {
        const auto user = newUser("signup");
        const QJsonObject sub = subscription(user.accessToken);
        QCOMPARE(sub.value(QLatin1String("plan")).toString(), QStringLiteral("free"));
        QCOMPARE(sub.value(QLatin1String("quota")).toInteger(), 10000);
        QCOMPARE(sub.value(QLatin1String("used")).toInteger(), 0);
        // The trigger's profile, keyed by the id the session names.
        const auto profile = rest(QStringLiteral("/profiles?select=id,email"), user.accessToken);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json().array().at(0)[QStringLiteral("id")].toString(), user.userId);
        // The same email again: GoTrue's 422.
        const auto again =
            m_sandbox->request("POST", m_sandbox->url(QStringLiteral("/auth/v1/signup")), headers(),
                               json({{QStringLiteral("email"), user.email},
                                     {QStringLiteral("password"), QStringLiteral("x-123456")}}));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json()[QStringLiteral("error_code")].toString(),
                 QStringLiteral("user_already_exists"));
    }

    void passwordSignInOfStoredUsers()
    {
        // The demo account was stored in auth.users at start, with its history as test data.
        const auto demo = m_sandbox->signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(demo);
        const auto profile = rest(QStringLiteral("/profiles?select=id,email"), demo->accessToken);
        QCOMPARE(profile.json().array().at(0)[QStringLiteral("email")].toString(),
                 SandboxProcess::demoEmail());
        QCOMPARE(profile.json().array().at(0)[QStringLiteral("id")].toString(), demo->userId);
        const auto history = m_sandbox->request(
            "GET", m_sandbox->url(QStringLiteral("/rest/v1/quota_usage_history?select=id")),
            headers(demo->accessToken) +
                QList<QPair<QByteArray, QByteArray>>{{"Prefer", "count=exact"}, {"Range", "0-0"}});
        QCOMPARE(history.status, 206);
        QVERIFY2(history.header("Content-Range").split('/').value(1).toInt() > 1000,
                 history.header("Content-Range"));
        // Its Basic plan was bought on the Stripe stand-in at start and applied by stripe-webhook.
        const QJsonObject plan = subscription(demo->accessToken);
        QCOMPARE(plan.value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        QCOMPARE(plan.value(QLatin1String("quota")).toInteger(), 100000);
        const auto invoices =
            rest(QStringLiteral("/payment_history?select=status,amount_paid"), demo->accessToken);
        QCOMPARE(invoices.json().array().size(), 1);
        QCOMPARE(invoices.json().array().at(0)[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QVERIFY(invoices.json().array().at(0)[QStringLiteral("amount_paid")].toInteger() > 0);

        const auto user = newUser("signin");
        const auto session = m_sandbox->signIn(user.email, QStringLiteral("secret-123456"));
        QVERIFY(session);
        QCOMPARE(session->userId, user.userId);
        QVERIFY(!m_sandbox->signIn(user.email, QStringLiteral("wrong-password")));
        // GET /auth/v1/user reads the stored row.
        const auto me = m_sandbox->request("GET", m_sandbox->url(QStringLiteral("/auth/v1/user")),
                                           headers(session->accessToken));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()[QStringLiteral("email")].toString(), user.email);
    }

    void incrementUsageCountsOncePerKey()
    {
        const auto user = newUser("usage");
        const QJsonObject args{{QStringLiteral("p_units"), 7},
                               {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                               {QStringLiteral("p_idempotency_key"), QStringLiteral("sync-1")}};
        const auto first = rest(QStringLiteral("/rpc/increment_usage"), user.accessToken, "POST", json(args));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()[QStringLiteral("used")].toInteger(), 7);
        const auto repeat =
            rest(QStringLiteral("/rpc/increment_usage"), user.accessToken, "POST", json(args));
        QCOMPARE(repeat.status, 200);
        QCOMPARE(repeat.json()[QStringLiteral("used")].toInteger(), 7);
        QJsonObject reused = args;
        reused[QStringLiteral("p_units")] = 5;
        QCOMPARE(rest(QStringLiteral("/rpc/increment_usage"), user.accessToken, "POST", json(reused)).status,
                 200);

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const auto history =
            rest(QStringLiteral("/quota_usage_history?select=units&platform=eq.youtube&day=eq.") + today,
                 user.accessToken);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json().array().size(), 1);
        QCOMPARE(history.json().array().at(0)[QStringLiteral("units")].toInteger(), 7);
        QCOMPARE(subscription(user.accessToken).value(QLatin1String("used")).toInteger(), 7);

        // /__control/usage from the database, with what the gateway saw of the repeats.
        QUrl control = m_sandbox->url(QStringLiteral("/__control/usage"));
        control.setQuery(QUrlQuery{{QStringLiteral("email"), user.email}});
        const auto usage = m_sandbox->request("GET", control);
        QCOMPARE(usage.status, 200);
        const QJsonObject report = usage.json().object();
        QCOMPARE(report.value(QLatin1String("user_id")).toString(), user.userId);
        QCOMPARE(report.value(QLatin1String("used")).toInteger(), 7);
        QCOMPARE(report.value(QLatin1String("quota")).toInteger(), 10000);
        const QJsonArray reports = report.value(QLatin1String("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0)[QStringLiteral("key")].toString(), QStringLiteral("sync-1"));
        QCOMPARE(reports.at(0)[QStringLiteral("units")].toInteger(), 7);
        QCOMPARE(reports.at(0)[QStringLiteral("repeats")].toInt(), 2);
        QCOMPARE(reports.at(0)[QStringLiteral("conflicts")].toInt(), 1);
        QCOMPARE(reports.at(0)[QStringLiteral("ignored_units")].toInteger(), 5);
    }

    void rowLevelSecurityThroughTheGateway()
    {
        const auto a = newUser("rls-a");
        const auto b = newUser("rls-b");
        const QJsonObject args{{QStringLiteral("p_units"), 3},
                               {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                               {QStringLiteral("p_idempotency_key"), QStringLiteral("a-1")}};
        QCOMPARE(rest(QStringLiteral("/rpc/increment_usage"), a.accessToken, "POST", json(args)).status, 200);
        QCOMPARE(
            rest(QStringLiteral("/quota_usage_history?select=units"), a.accessToken).json().array().size(),
            1);
        const auto others =
            rest(QStringLiteral("/quota_usage_history?user_id=eq.") + a.userId, b.accessToken);
        QCOMPARE(others.status, 200);
        QCOMPARE(others.json().array().size(), 0);
        const auto settings = rest(QStringLiteral("/subscription_settings?select=user_id"), b.accessToken);
        QCOMPARE(settings.json().array().size(), 1);
        QCOMPARE(settings.json().array().at(0)[QStringLiteral("user_id")].toString(), b.userId);
        // The anon key reads nothing, refused by the database's grants; a bad JWT by the gateway.
        const auto anon = rest(QStringLiteral("/subscription_settings"), QString());
        QCOMPARE(anon.status, 401);
        QCOMPARE(anon.json()[QStringLiteral("code")].toString(), QStringLiteral("42501"));
        const auto forged =
            rest(QStringLiteral("/subscription_settings"), a.accessToken.chopped(2) + QStringLiteral("xx"));
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.json()[QStringLiteral("code")].toString(), QStringLiteral("PGRST301"));
    }

    void functionsAreForwarded()
    {
        const auto plans = function(QStringLiteral("list-plans"), QString(),
                                    {{QStringLiteral("currency"), QStringLiteral("usd")}});
        QCOMPARE(plans.status, 200);
        QCOMPARE(plans.json()[QStringLiteral("data")].toArray().size(), 9);
        // The gateway's own checks: an apikey and a JWT (verify_jwt), in its shapes.
        const auto noKey =
            m_sandbox->request("POST", m_sandbox->url(QStringLiteral("/functions/v1/list-plans")), {}, "{}");
        QCOMPARE(noKey.status, 401);
        QCOMPARE(noKey.json()[QStringLiteral("error_code")].toString(), QStringLiteral("no_api_key"));
        const auto badJwt = m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/functions/v1/list-plans")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Authorization", "Bearer x.y.z"}}, "{}");
        QCOMPARE(badJwt.status, 401);
        QCOMPARE(badJwt.json()[QStringLiteral("message")].toString(), QStringLiteral("Invalid JWT"));
        // stripe-webhook is deployed without verify_jwt: the function itself refuses an unsigned event.
        const auto webhook = m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/functions/v1/stripe-webhook")), {}, "{}");
        QVERIFY2(webhook.status == 400, webhook.body);
        // An unknown function is the runtime's 404.
        const auto unknown = function(QStringLiteral("no-such-function"), QString());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json()[QStringLiteral("code")].toString(), QStringLiteral("NOT_FOUND"));
    }

    void checkoutPaidOnTheStandInChangesThePlan()
    {
        const auto user = newUser("checkout");
        const auto plans = function(QStringLiteral("list-plans"), user.accessToken,
                                    {{QStringLiteral("currency"), QStringLiteral("usd")}});
        QString basic;
        for (const QJsonValue price : plans.json()[QStringLiteral("data")].toArray()) {
            if (price[QStringLiteral("lookup_key")].toString() == QLatin1String("basic_monthly_usd")) {
                basic = price[QStringLiteral("id")].toString();
            }
        }
        QVERIFY2(!basic.isEmpty(), plans.body);
        const auto checkout =
            function(QStringLiteral("create-checkout-session"), user.accessToken,
                     {{QStringLiteral("price_id"), basic},
                      {QStringLiteral("success_url"),
                       QStringLiteral("http://127.0.0.1:9/done?session={CHECKOUT_SESSION_ID}")},
                      {QStringLiteral("cancel_url"), QStringLiteral("http://127.0.0.1:9/cancel")}});
        QCOMPARE(checkout.status, 200);
        const QString url = checkout.json()[QStringLiteral("url")].toString();
        const QString stripe = qEnvironmentVariable("SV_STRIPE_URL");
        QVERIFY2(url.startsWith(stripe + QStringLiteral("/checkout/")), qPrintable(url));
        QCOMPARE(subscription(user.accessToken).value(QLatin1String("plan")).toString(),
                 QStringLiteral("free"));

        const auto paid = m_sandbox->request("POST", QUrl(url + QStringLiteral("/pay")));
        QCOMPARE(paid.status, 303);
        // Stripe's webhook, delivered by the stand-in to stripe-webhook, changes the plan.
        QTRY_COMPARE_WITH_TIMEOUT(subscription(user.accessToken).value(QLatin1String("plan")).toString(),
                                  QStringLiteral("basic"), 30000);
        QCOMPARE(subscription(user.accessToken).value(QLatin1String("quota")).toInteger(), 100000);
    }

    void faultsApplyInFrontOfTheBackend()
    {
        const auto user = newUser("faults");
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=503,path=/functions/v1,count=1")));
        const auto failed = function(QStringLiteral("list-plans"), user.accessToken);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("internal_error"));
        QCOMPARE(function(QStringLiteral("list-plans"), user.accessToken).status, 200);

        QVERIFY(m_sandbox->addFault(QStringLiteral("status=503,path=/rest/v1,count=1")));
        const auto restFailed = rest(QStringLiteral("/subscription_settings"), user.accessToken);
        QCOMPARE(restFailed.status, 503);
        QCOMPARE(restFailed.json()[QStringLiteral("code")].toString(), QStringLiteral("PGRST000"));

        const auto whole = function(QStringLiteral("list-plans"), user.accessToken);
        QVERIFY(m_sandbox->addFault(QStringLiteral("truncate,path=/functions/v1/list-plans,count=1")));
        const auto truncated = function(QStringLiteral("list-plans"), user.accessToken);
        QCOMPARE(truncated.status, 200);
        QCOMPARE(truncated.body, whole.body.left(whole.body.size() / 2));
        QVERIFY(truncated.json().isNull());

        const auto rows = rest(QStringLiteral("/subscription_settings?select=plan"), user.accessToken);
        QVERIFY(m_sandbox->addFault(QStringLiteral("truncate,path=/rest/v1,count=1")));
        const auto cut = rest(QStringLiteral("/subscription_settings?select=plan"), user.accessToken);
        QCOMPARE(cut.body, rows.body.left(qMax<qsizetype>(1, rows.body.size() / 2)));
        QVERIFY(cut.json().isNull());
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "TestSandboxGateway.moc"
