#include "backend/BackendClient.h"
#include "billing/BillingModels.h"

#include "SandboxProcess.h"
#include "fixtures/AwaitTask.h"

#include <QJsonArray>
#include <QtTest>

using namespace sv;
using sv::test::awaitTask;
using sv::test::SandboxProcess;
using namespace std::chrono_literals;

/// BackendClient against the real local sandbox (tests/sandbox): auth, PostgREST with RLS, RPC,
/// Edge Functions and the APIs' own error shapes.
class TestBackendClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BackendClient> m_client;
    QString m_token; ///< what the token provider hands out
    QList<std::chrono::milliseconds> m_delays;

    Session signInDemo()
    {
        auto session = awaitTask(
            m_client->signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        if (!session)
            qWarning() << session.error().logString();
        return session ? session.value() : Session{};
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<HttpClient>();
        m_http->setDelayFunction([this](std::chrono::milliseconds d) -> QCoro::Task<void> {
            m_delays << d;
            co_return;
        });
        m_client = std::make_unique<BackendClient>(m_http.get(),
                                                   BackendConfig{m_sandbox->baseUrl(), m_sandbox->anonKey()});
        m_client->setTokenProvider([this] { return m_token; });
    }

    void init()
    {
        m_token.clear();
        m_delays.clear();
        QVERIFY(m_sandbox->clearFaults());
    }

    void passwordSignInAndUser()
    {
        const Session session = signInDemo();
        QVERIFY(!session.accessToken.isEmpty());
        QVERIFY(!session.refreshToken.isEmpty());
        QCOMPARE(session.user.email, SandboxProcess::demoEmail());
        QVERIFY(!session.user.id.isEmpty());
        QVERIFY(!session.isExpired(QDateTime::currentDateTimeUtc(), 60s));

        m_token = session.accessToken;
        auto user = awaitTask(m_client->user());
        QVERIFY2(user, qPrintable(user ? QString() : user.error().logString()));
        QCOMPARE(user->id, session.user.id);
        QCOMPARE(user->email, SandboxProcess::demoEmail());
        // The request carried the anon key as apikey and the user's token as bearer (else /user is 401).
    }

    void wrongPasswordIsAGoTrueError()
    {
        auto session =
            awaitTask(m_client->signInWithPassword(SandboxProcess::demoEmail(), QStringLiteral("wrong-pw")));
        QVERIFY(!session);
        QCOMPARE(session.error().kind, ApiError::Kind::Http);
        QCOMPARE(session.error().httpStatus, 400);
        QCOMPARE(session.error().apiCode, QStringLiteral("invalid_credentials"));
        QVERIFY(!session.error().apiMessage.isEmpty());
        QVERIFY(!session.error().logString().contains(QLatin1String("wrong-pw")));
    }

    void userWithoutSessionIsRefused()
    {
        auto user =
            awaitTask(m_client->user()); // bearer = anon key: a JWT without a user (GoTrue: 403 bad_jwt)
        QVERIFY(!user);
        QCOMPARE(user.error().kind, ApiError::Kind::Http);
        QCOMPARE(user.error().httpStatus, 403);
        QCOMPARE(user.error().apiCode, QStringLiteral("bad_jwt"));
        auto garbage = awaitTask(m_client->user(QStringLiteral("not-a-jwt")));
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().httpStatus, 403);
        QCOMPARE(garbage.error().apiCode, QStringLiteral("bad_jwt"));
    }

    void refreshRotatesTokens()
    {
        const Session first = signInDemo();
        auto second = awaitTask(m_client->refreshSession(first.refreshToken));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().logString()));
        QVERIFY(second->refreshToken != first.refreshToken);
        QCOMPARE(second->user.id, first.user.id);
        auto bogus = awaitTask(m_client->refreshSession(QStringLiteral("no-such-refresh-token")));
        QVERIFY(!bogus);
        QCOMPARE(bogus.error().kind, ApiError::Kind::Http);
    }

    void restSelectWithCountAndRange()
    {
        const Session session = signInDemo();
        m_token = session.accessToken;
        RestQuery query(QStringLiteral("quota_usage_history"));
        query.order(QStringLiteral("id")).range(0, 9).withCount();
        auto page = awaitTask(m_client->select(query));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().logString()));
        QVERIFY(page->total.has_value());
        QVERIFY2(*page->total > 10, "the demo account has a usage history");
        QCOMPARE(page->rows.size(), 10);
        QCOMPARE(page->rangeStart, 0);
        QCOMPARE(page->rangeEnd, 9);
        auto rows = UsageHistoryRow::listFromJson(page->rows);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().internalMessage));
        for (const UsageHistoryRow& row : rows.value()) {
            QCOMPARE(row.userId, session.user.id);
            QVERIFY(row.day.isValid());
            QVERIFY(row.units >= 0);
        }
        // Second page continues where the first ended; the total is stable.
        RestQuery next(QStringLiteral("quota_usage_history"));
        next.order(QStringLiteral("id")).range(10, 19).withCount();
        auto page2 = awaitTask(m_client->select(next));
        QVERIFY(page2);
        QCOMPARE(page2->rangeStart, 10);
        QCOMPARE(*page2->total, *page->total);
        QVERIFY(page2->rows.first().toObject().value(QLatin1String("id")).toInteger() >
                page->rows.last().toObject().value(QLatin1String("id")).toInteger());

        // Filters: in.(...) and eq.
        RestQuery filtered(QStringLiteral("quota_usage_history"), QStringLiteral("platform"));
        filtered.in(QStringLiteral("platform"), {QStringLiteral("youtube"), QStringLiteral("tiktok")});
        auto two = awaitTask(m_client->select(filtered));
        QVERIFY(two);
        QVERIFY(!two->rows.isEmpty());
        for (const auto& v : two->rows)
            QVERIFY(v.toObject().value(QLatin1String("platform")).toString() != QLatin1String("instagram"));
    }

    void rowLevelSecurityLimitsRows()
    {
        const Session demo = signInDemo();
        auto other = m_sandbox->createUser(
            QStringLiteral("rls-%1@example.test").arg(QDateTime::currentMSecsSinceEpoch()),
            QStringLiteral("pw-123456-x"));
        QVERIFY(other.has_value());

        m_token = other->accessToken;
        RestQuery peek(QStringLiteral("quota_usage_history"));
        peek.eq(QStringLiteral("user_id"), demo.user.id).withCount();
        auto none = awaitTask(m_client->select(peek));
        QVERIFY(none);
        QCOMPARE(none->rows.size(), 0);
        QCOMPARE(none->total, std::optional<qint64>(0));

        auto settings = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(settings);
        QCOMPARE(settings->rows.size(), 1);
        auto decoded = SubscriptionSettings::fromJson(settings->rows.first().toObject());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().internalMessage));
        QCOMPARE(decoded->userId, other->userId);
        QCOMPARE(decoded->plan, QStringLiteral("free"));
        QVERIFY(decoded->quota > 0);
    }

    void rpcIncrementsUsage()
    {
        const Session session = signInDemo();
        m_token = session.accessToken;
        auto before = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(before);
        const auto usedBefore = SubscriptionSettings::fromJson(before->rows.first().toObject())->used;

        const QJsonObject args{{QStringLiteral("p_idempotency_key"),
                                QStringLiteral("k-%1").arg(QDateTime::currentMSecsSinceEpoch())},
                               {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                               {QStringLiteral("p_units"), 7}};
        auto result = awaitTask(m_client->rpc(QStringLiteral("increment_usage"), args));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().logString()));

        auto after = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QCOMPARE(SubscriptionSettings::fromJson(after->rows.first().toObject())->used, usedBefore + 7);

        auto wrongArgs = awaitTask(
            m_client->rpc(QStringLiteral("increment_usage"), QJsonObject{{QStringLiteral("p_units"), 1}}));
        QVERIFY(!wrongArgs);
        QCOMPARE(wrongArgs.error().httpStatus, 404);
        QCOMPARE(wrongArgs.error().apiCode, QStringLiteral("PGRST202"));
        QVERIFY(!wrongArgs.error().hint.isEmpty());
    }

    void listPlansDecoded()
    {
        auto value = awaitTask(m_client->invokeFunction(QStringLiteral("list-plans"), {}, true));
        QVERIFY2(value, qPrintable(value ? QString() : value.error().logString()));
        auto plans = Plan::listFromJson(*value);
        QVERIFY2(plans, qPrintable(plans ? QString() : plans.error().internalMessage));
        QCOMPARE(plans->size(), 9);
        bool foundPremiumMonthly = false;
        int metered = 0;
        for (const Plan& p : plans.value()) {
            QVERIFY(!p.productName.isEmpty());
            QCOMPARE(p.currency, QStringLiteral("usd"));
            metered += p.usageType == Plan::UsageType::Metered ? 1 : 0;
            if (p.productName == QLatin1String("Premium") && p.interval == Plan::Interval::Month &&
                p.usageType == Plan::UsageType::Licensed) {
                foundPremiumMonthly = true;
                QCOMPARE(p.unitAmount, std::optional<qint64>(2999));
                QCOMPARE(p.formattedAmount(QLocale(QLocale::English, QLocale::UnitedStates)),
                         QStringLiteral("$29.99"));
                QVERIFY(p.productMetadata.value(QStringLiteral("quota")).toInt() > 0);
            }
        }
        QVERIFY(foundPremiumMonthly);
        QCOMPARE(metered, 3);
    }

    void errorShapesDecoded()
    {
        m_token = signInDemo().accessToken;
        auto missing = awaitTask(m_client->select(RestQuery(QStringLiteral("no_such_table"))));
        QVERIFY(!missing);
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().apiCode, QStringLiteral("PGRST205"));
        QVERIFY(missing.error().apiMessage.contains(QLatin1String("no_such_table")));

        // A function called with arguments it does not take: PostgREST's hint names the one that exists.
        auto wrongArgs = awaitTask(
            m_client->rpc(QStringLiteral("increment_usage"), QJsonObject{{QStringLiteral("p_units"), 1}}));
        QVERIFY(!wrongArgs);
        QCOMPARE(wrongArgs.error().httpStatus, 404);
        QCOMPARE(wrongArgs.error().apiCode, QStringLiteral("PGRST202"));
        QVERIFY2(wrongArgs.error().hint.contains(QLatin1String("increment_usage")),
                 qPrintable(wrongArgs.error().hint));

        RestQuery badColumn(QStringLiteral("quota_usage_history"));
        badColumn.eq(QStringLiteral("nope"), QStringLiteral("1"));
        auto bad = awaitTask(m_client->select(badColumn));
        QVERIFY(!bad);
        QCOMPARE(bad.error().httpStatus, 400);
        QCOMPARE(bad.error().apiCode, QStringLiteral("42703"));

        m_token.clear(); // functions other than list-plans need a signed-in user
        auto anonymous = awaitTask(m_client->invokeFunction(QStringLiteral("list-invoices")));
        QVERIFY(!anonymous);
        QCOMPARE(anonymous.error().httpStatus, 401);
        QVERIFY(anonymous.error().isUnauthorized());
    }

    void transientFaultsRetriedOnlyWhenSafe()
    {
        m_token = signInDemo().accessToken;
        // A read survives one 503 (retried with backoff) ...
        QVERIFY(
            m_sandbox->addFault(QStringLiteral("status=503,path=/rest/v1/subscription_settings,count=1")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().logString()));
        QCOMPARE(m_delays.size(), 1);

        // ... a non-idempotent RPC is not replayed after a 500.
        m_delays.clear();
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/rest/v1/rpc,count=1")));
        const QJsonObject args{{QStringLiteral("p_idempotency_key"), QStringLiteral("fault-1")},
                               {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                               {QStringLiteral("p_units"), 1}};
        auto rpc = awaitTask(m_client->rpc(QStringLiteral("increment_usage"), args));
        QVERIFY(!rpc);
        QCOMPARE(rpc.error().httpStatus, 500);
        QVERIFY(m_delays.isEmpty());
    }

    void signOutRevokesSession()
    {
        const Session session = signInDemo();
        auto out = awaitTask(m_client->signOut(session.accessToken));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().logString()));
        auto refreshed = awaitTask(m_client->refreshSession(session.refreshToken));
        QVERIFY(!refreshed); // the session family is gone
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "TestBackendClient.moc"
