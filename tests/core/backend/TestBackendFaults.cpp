#include "backend/BackendClient.h"

#include "SandboxProcess.h"
#include "fixtures/AwaitTask.h"

#include <QJsonArray>
#include <QtTest>

using namespace sv;
using sv::test::awaitTask;
using sv::test::SandboxProcess;
using namespace std::chrono_literals;

/// BackendClient / HttpClient against the real local sandbox's fault injection (tests/sandbox README,
/// "Fault injection"): what the user sees for rate limits, outages, hangs, broken bodies and expired
/// tokens. Waits go through the injectable delay hook: nothing here sleeps.
class TestBackendFaults : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BackendClient> m_client;
    QString m_token; ///< what the token provider hands out
    QList<std::chrono::milliseconds> m_delays;

    void recordDelays(HttpClient* http)
    {
        http->setDelayFunction([this](std::chrono::milliseconds d) -> QCoro::Task<void> {
            m_delays << d;
            co_return;
        });
    }

    QString demoToken()
    {
        auto session = awaitTask(
            m_client->signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        if (!session) {
            qWarning() << session.error().logString();
            return {};
        }
        return session->accessToken;
    }

    /// The sandbox's active faults (GET /__control/faults), each with its remaining count.
    QJsonArray activeFaults()
    {
        const auto reply = m_sandbox->request("GET", m_sandbox->url(QStringLiteral("/__control/faults")));
        const QJsonDocument doc = reply.json();
        if (doc.isArray())
            return doc.array();
        return doc.object().value(QLatin1String("faults")).toArray();
    }

    /// Requests the sandbox has received so far (the health request itself included).
    qint64 requestCounter()
    {
        const auto reply = m_sandbox->request("GET", m_sandbox->url(QStringLiteral("/__control/health")));
        return reply.json().object().value(QLatin1String("requests")).toInteger(-1);
    }

    static QJsonObject incrementArgs(const QString& key)
    {
        return QJsonObject{{QStringLiteral("p_idempotency_key"), key},
                           {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                           {QStringLiteral("p_units"), 1}};
    }

    static QString describe(const ApiError& e)
    {
        return e.logString() + QLatin1String(" / ") + e.internalMessage;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<HttpClient>();
        recordDelays(m_http.get());
        m_client = std::make_unique<BackendClient>(m_http.get(),
                                                   BackendConfig{m_sandbox->baseUrl(), m_sandbox->anonKey()});
        m_client->setTokenProvider([this] { return m_token; });
    }

    void init()
    {
        QVERIFY(m_sandbox->clearFaults());
        m_token = demoToken();
        QVERIFY(!m_token.isEmpty());
        m_delays.clear();
    }

    void rateLimitedGetWaitsRetryAfterThenSucceeds()
    {
        QVERIFY(m_sandbox->addFault(
            QStringLiteral("rate-limit,retry_after=2,path=/rest/v1/subscription_settings,count=2")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY2(read, qPrintable(read ? QString() : describe(read.error())));
        QCOMPARE(read->rows.size(), 1);
        // Each 429 was waited out for exactly the server's Retry-After (not the jittered backoff).
        QCOMPARE(m_delays, (QList<std::chrono::milliseconds>{2000ms, 2000ms}));
        QVERIFY2(activeFaults().isEmpty(), "both 429s were consumed");
    }

    void rateLimitLongerThanPolicyIsReturnedWithRetryAfter()
    {
        QVERIFY(m_sandbox->addFault(
            QStringLiteral("rate-limit,retry_after=120,path=/rest/v1/subscription_settings,count=1")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ApiError::Kind::Http);
        QCOMPARE(read.error().httpStatus, 429);
        QCOMPARE(read.error().retryAfter, std::optional<std::chrono::milliseconds>(120s));
        QVERIFY(read.error().isTransient());
        QVERIFY(m_delays.isEmpty()); // 120 s exceeds RetryPolicy::maxRetryAfter: not waited
    }

    void serviceUnavailableGetIsRetried()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=503,path=/rest/v1/quota_usage_history,count=2")));
        RestQuery query(QStringLiteral("quota_usage_history"));
        query.order(QStringLiteral("id")).limit(5);
        auto read = awaitTask(m_client->select(query));
        QVERIFY2(read, qPrintable(read ? QString() : describe(read.error())));
        QCOMPARE(read->rows.size(), 5);
        QCOMPARE(m_delays.size(), 2);
        QVERIFY(activeFaults().isEmpty());
    }

    void serviceUnavailableBeyondAttemptsIsReported()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=503,path=/rest/v1/subscription_settings")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ApiError::Kind::Http);
        QCOMPARE(read.error().httpStatus, 503);
        QVERIFY(read.error().isUnavailable());
        QCOMPARE(m_delays.size(), m_http->retryPolicy().maxAttempts - 1);
    }

    void serverErrorOnNonIdempotentPostIsNotRetried()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/rest/v1/rpc/increment_usage,count=2")));
        const qint64 before = requestCounter();
        QVERIFY(before > 0);
        auto rpc = awaitTask(m_client->rpc(
            QStringLiteral("increment_usage"),
            incrementArgs(QStringLiteral("faults-500-%1").arg(QDateTime::currentMSecsSinceEpoch()))));
        const qint64 after = requestCounter();
        QVERIFY(!rpc);
        QCOMPARE(rpc.error().kind, ApiError::Kind::Http);
        QCOMPARE(rpc.error().httpStatus, 500);
        QCOMPARE(rpc.error().method, QStringLiteral("POST"));
        QVERIFY(m_delays.isEmpty());
        // The sandbox saw exactly one request between the two health probes: the RPC itself ...
        QCOMPARE(after - before, 2); // the RPC + the second health request
        // ... and only one of the fault's two shots was used.
        const QJsonArray faults = activeFaults();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.first().toObject().value(QLatin1String("count")).toInt(), 1);
    }

    void serverErrorOnFunctionIsNotRetried()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/functions/v1/list-invoices,count=2")));
        auto invoices = awaitTask(m_client->invokeFunction(QStringLiteral("list-invoices")));
        QVERIFY(!invoices);
        QCOMPARE(invoices.error().kind, ApiError::Kind::Http);
        QCOMPARE(invoices.error().httpStatus, 500);
        QCOMPARE(invoices.error().apiCode, QStringLiteral("internal_error")); // the function's own shape
        QVERIFY(m_delays.isEmpty());
        const QJsonArray faults = activeFaults();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.first().toObject().value(QLatin1String("count")).toInt(), 1);
    }

    void hangingRequestTimesOut()
    {
        BackendConfig config{m_sandbox->baseUrl(), m_sandbox->anonKey()};
        config.timeout = 300ms;
        HttpClient http;
        recordDelays(&http);
        BackendClient client(&http, config);
        client.setTokenProvider([this] { return m_token; });

        // A non-idempotent call: one attempt, then Timeout.
        QVERIFY(m_sandbox->addFault(QStringLiteral("hang,path=/rest/v1/rpc/increment_usage")));
        auto rpc = awaitTask(client.rpc(
            QStringLiteral("increment_usage"),
            incrementArgs(QStringLiteral("faults-hang-%1").arg(QDateTime::currentMSecsSinceEpoch()))));
        QVERIFY(!rpc);
        QCOMPARE(rpc.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(rpc.error().httpStatus, 0);
        QVERIFY(rpc.error().isUnavailable());
        QVERIFY(!rpc.error().userMessage().isEmpty());
        QVERIFY(m_delays.isEmpty());

        // In front of a real Edge Function: a checkout that never answers is one attempt (a second could open
        // a second session) and a clear Timeout; the function answers again once the gateway does (here its
        // own 400 for a price Stripe does not have).
        const QJsonObject checkoutArgs{
            {QStringLiteral("price_id"), QStringLiteral("price_not_in_the_catalogue")}};
        QVERIFY(
            m_sandbox->addFault(QStringLiteral("hang,path=/functions/v1/create-checkout-session,count=1")));
        auto checkout =
            awaitTask(client.invokeFunction(QStringLiteral("create-checkout-session"), checkoutArgs));
        QVERIFY(!checkout);
        QCOMPARE(checkout.error().kind, ApiError::Kind::Timeout);
        QVERIFY(m_delays.isEmpty());
        auto answered =
            awaitTask(client.invokeFunction(QStringLiteral("create-checkout-session"), checkoutArgs));
        QVERIFY(!answered);
        QCOMPARE(answered.error().httpStatus, 400);

        // A read that hangs on every attempt also ends as a Timeout (after its retries).
        QVERIFY(m_sandbox->addFault(QStringLiteral("hang,path=/rest/v1/subscription_settings")));
        auto read = awaitTask(client.select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_delays.size(), http.retryPolicy().maxAttempts - 1);
        QCOMPARE(http.requestsInFlight(), 0);

        // The client is still usable once the server answers again.
        QVERIFY(m_sandbox->clearFaults());
        auto fine = awaitTask(client.select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY2(fine, qPrintable(fine ? QString() : describe(fine.error())));
    }

    void truncatedJsonIsABadResponse()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("truncate,path=/rest/v1/quota_usage_history,count=1")));
        RestQuery query(QStringLiteral("quota_usage_history"));
        query.limit(20);
        auto read = awaitTask(m_client->select(query));
        QVERIFY2(!read, "a half body must not be returned as a (partial) result");
        QCOMPARE(read.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(read.error().httpStatus, 200);
        QVERIFY2(read.error().internalMessage.contains(QLatin1String("malformed JSON")),
                 qPrintable(read.error().internalMessage));
        QVERIFY(!read.error().userMessage().isEmpty());
        QVERIFY(m_delays.isEmpty()); // a 200 with a broken body is not retried

        auto again = awaitTask(m_client->select(query)); // the fault is used up
        QVERIFY2(again, qPrintable(again ? QString() : describe(again.error())));
        QCOMPARE(again->rows.size(), 20);
    }

    void malformedJsonIsABadResponse()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("malformed,path=/rest/v1/subscription_settings,count=1")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(read.error().internalMessage.contains(QLatin1String("malformed JSON")),
                 qPrintable(read.error().internalMessage));
        QVERIFY(!read.error().userMessage().isEmpty());

        // The same through an Edge Function (JSON value path).
        QVERIFY(m_sandbox->addFault(QStringLiteral("malformed,path=/functions/v1/list-plans,count=1")));
        auto plans = awaitTask(m_client->invokeFunction(QStringLiteral("list-plans"), {}, true));
        QVERIFY(!plans);
        QCOMPARE(plans.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(plans.error().internalMessage.contains(QLatin1String("malformed JSON")),
                 qPrintable(plans.error().internalMessage));
    }

    void expiredTokenIsUnauthorized()
    {
        auto first = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));

        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        auto expired = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!expired);
        QVERIFY(expired.error().isUnauthorized());
        QCOMPARE(expired.error().httpStatus, 401);
        QCOMPARE(expired.error().apiCode, QStringLiteral("PGRST301"));
        QVERIFY(m_delays.isEmpty()); // 401 is not transient
        QVERIFY(!expired.error().logString().contains(m_token));

        // The token stays expired after the fault is used up: the app must refresh.
        auto still = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!still);
        QVERIFY(still.error().isUnauthorized());
    }

    void postgrestErrorBodyIsPreserved()
    {
        // A real PostgREST error: an offset past the end of a counted read.
        RestQuery pastEnd(QStringLiteral("quota_usage_history"));
        pastEnd.range(1'000'000, 1'000'009).withCount();
        auto range = awaitTask(m_client->select(pastEnd));
        QVERIFY(!range);
        QCOMPARE(range.error().kind, ApiError::Kind::Http);
        QCOMPARE(range.error().httpStatus, 416);
        QCOMPARE(range.error().apiCode, QStringLiteral("PGRST103"));
        QVERIFY(!range.error().apiMessage.isEmpty());

        // An injected PostgREST-shaped error keeps its code, message and details.
        QVERIFY(m_sandbox->addFault(QStringLiteral("quota,path=/rest/v1/rpc/increment_usage,count=1")));
        auto rpc = awaitTask(m_client->rpc(
            QStringLiteral("increment_usage"),
            incrementArgs(QStringLiteral("faults-quota-%1").arg(QDateTime::currentMSecsSinceEpoch()))));
        QVERIFY(!rpc);
        QCOMPARE(rpc.error().httpStatus, 400);
        QCOMPARE(rpc.error().apiCode, QStringLiteral("P0001"));
        QCOMPARE(rpc.error().apiMessage, QStringLiteral("quota_exceeded"));
        QCOMPARE(rpc.error().details, QStringLiteral("The monthly quota is used up."));

        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/rest/v1/subscription_settings")));
        auto read = awaitTask(m_client->select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!read);
        QCOMPARE(read.error().httpStatus, 500);
        QCOMPARE(read.error().apiCode, QStringLiteral("PGRST000"));
        QCOMPARE(read.error().apiMessage, QStringLiteral("Injected failure"));
    }
};

QTEST_GUILESS_MAIN(TestBackendFaults)
#include "TestBackendFaults.moc"
