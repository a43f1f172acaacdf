#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "backend/Json.h"
#include "text/Redact.h"

#include "fixtures/AwaitTask.h"
#include "fixtures/FixtureServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QtTest>

#include <QCoro/QCoroTask>

using namespace sv;
using sv::test::FixtureServer;
using Reply = FixtureServer::Reply;
using namespace std::chrono_literals;

namespace {

// Captured log output (the handler is process-wide; tests run on one thread).
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableBackendDebug(QLoggingCategory* category)
{
    if (qstrcmp(category->categoryName(), "streamvibe.backend") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    FixtureServer* m_server = nullptr;
    HttpClient* m_client = nullptr;
    QList<std::chrono::milliseconds> m_delays;

    Result<HttpResponse, ApiError> run(HttpRequest request)
    {
        return sv::test::awaitTask(m_client->send(std::move(request)));
    }
    Result<QJsonDocument, ApiError> runJson(HttpRequest request)
    {
        return sv::test::awaitTask(m_client->sendJson(std::move(request)));
    }
    QString path() const { return QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction()); }

private slots:
    void init()
    {
        m_server = new FixtureServer();
        QVERIFY(m_server->start());
        m_client = new HttpClient();
        m_delays.clear();
        // No real waiting: record each backoff / Retry-After delay and continue at once.
        m_client->setDelayFunction([this](std::chrono::milliseconds d) -> QCoro::Task<void> {
            m_delays << d;
            co_return;
        });
        m_client->setRandomSource([] { return 0.5; });
        m_client->setDefaultTimeout(10s);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
        m_client = nullptr;
        m_server = nullptr;
    }

    void successReturnsBodyAndHeaders()
    {
        m_server->script(path(), {Reply::json(200, "{\"ok\":true}", {{"X-Test", "yes"}})});
        HttpRequest r = HttpRequest::get(m_server->url(path()));
        r.setHeader("apikey", "anon");
        auto result = run(r);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().logString()));
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray("{\"ok\":true}"));
        QCOMPARE(result->header("x-test"), QByteArray("yes"));
        QCOMPARE(result->attempts, 1);
        QCOMPARE(m_server->requests(path()).first().header("apikey"), QByteArray("anon"));
    }

    void connectionRefusedIsOffline()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 freePort = probe.serverPort();
        probe.close();
        auto result = run(HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(freePort))));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Offline);
        QCOMPARE(result.error().httpStatus, 0);
        QVERIFY(result.error().isUnavailable());
        // GET is idempotent: retried up to maxAttempts with backoff between attempts.
        QCOMPARE(m_delays.size(), m_client->retryPolicy().maxAttempts - 1);
    }

    void hangingServerTimesOut()
    {
        m_server->script(path(), {Reply::hang()});
        m_client->setRetryPolicy(RetryPolicy{2, 100ms, 1s, 30s});
        HttpRequest r = HttpRequest::get(m_server->url(path()));
        r.timeout = 300ms;
        auto result = run(r);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(result.error().isTransient());
        QCOMPARE(m_server->hits(path()), 2); // idempotent GET retried once after a timeout
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void deadlineBoundsTheRequestWithItsRetries()
    {
        m_server->script(path(), {Reply::hang()});
        m_client->setRetryPolicy(RetryPolicy{6, 10ms, 10ms, 30s});
        HttpRequest r = HttpRequest::get(m_server->url(path()));
        r.timeout = 1000ms;
        r.deadline = QDeadlineTimer(2500ms);
        QList<std::pair<ApiError::Kind, std::chrono::milliseconds>> retries;
        r.onRetry = [&retries](const ApiError& error, std::chrono::milliseconds wait) {
            retries.append({error.kind, wait});
        };
        QElapsedTimer elapsed;
        elapsed.start();
        auto result = run(r);
        const qint64 ms = elapsed.elapsed();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        // 1 s, 1 s, then what is left of the 2.5 s: not 6 x 1 s. (The margins hold on a loaded machine, where
        // a late timer can leave no time for the third attempt, or end it late: anything under the 6 s that
        // six attempts would take shows the deadline bounded the request.)
        QVERIFY2(ms >= 2400 && ms < 5900, qPrintable(QString::number(ms)));
        const int hits = m_server->hits(path());
        // Two or three attempts; a fourth when a timer fires early enough (Qt's coarse timers may, by up to
        // 5 %) to leave a sliver of the deadline for one more: never the six the retry policy allows.
        QVERIFY2(hits >= 2 && hits <= 4, qPrintable(QString::number(hits)));
        // Each retry was announced with its reason and its wait, before the wait.
        QCOMPARE(retries.size(), hits - 1);
        QCOMPARE(m_delays.size(), hits - 1);
        for (qsizetype i = 0; i < retries.size(); ++i) {
            QCOMPARE(retries[i].first, ApiError::Kind::Timeout);
            QCOMPARE(retries[i].second, m_delays[i]);
        }
        QCOMPARE(m_client->requestsInFlight(), 0);

        // A deadline already passed sends nothing.
        HttpRequest late = HttpRequest::get(m_server->url(path()));
        late.deadline = QDeadlineTimer(0ms);
        const auto refused = run(late);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server->hits(path()), hits);
    }

    /// A cancelled request ends at once, whatever its timeout: the attempt in flight is aborted, no retry.
    void cancellationAbortsTheAttemptInFlight()
    {
        m_server->script(path(), {Reply::hang()});
        Cancellation cancellation;
        HttpRequest r = HttpRequest::get(m_server->url(path()));
        r.timeout = 60s;
        r.cancellation = &cancellation;
        // Cancelled once the server holds the request (not merely once the client sent it: on a loaded
        // machine the server may not have read it yet, and the test is about an attempt in flight).
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (m_client->requestsInFlight() > 0 && m_server->hits(path()) > 0)
                cancellation.cancel();
        });
        poll.start(5ms);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto result = run(r);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(elapsed.elapsed() < 30000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(m_server->hits(path()), 1);
        QVERIFY(m_delays.isEmpty());
        QCOMPARE(m_client->requestsInFlight(), 0);
        // Once cancelled, nothing more is sent.
        QCOMPARE(run(r).error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_server->hits(path()), 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("apiCode");
        QTest::addColumn<QString>("apiMessage");
        QTest::addColumn<int>("expectedHits");
        QTest::newRow("401 gotrue")
            << 401 << QByteArray("{\"code\":401,\"error_code\":\"bad_jwt\",\"msg\":\"invalid JWT\"}")
            << "bad_jwt"
            << "invalid JWT" << 1;
        QTest::newRow("400 gotrue old")
            << 400
            << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid login credentials\"}")
            << "invalid_grant"
            << "Invalid login credentials" << 1;
        QTest::newRow("403 youtube") << 403
                                     << QByteArray("{\"error\":{\"code\":403,\"message\":\"Quota "
                                                   "exceeded\",\"errors\":[{\"domain\":\"youtube.quota\","
                                                   "\"reason\":\"quotaExceeded\",\"message\":\"q\"}]}}")
                                     << "quotaExceeded"
                                     << "Quota exceeded" << 1;
        QTest::newRow("404 postgrest") << 404
                                       << QByteArray("{\"code\":\"PGRST205\",\"message\":\"Could not find "
                                                     "the table\",\"details\":null,\"hint\":\"Perhaps\"}")
                                       << "PGRST205"
                                       << "Could not find the table" << 1;
        QTest::newRow("400 instagram")
            << 400
            << QByteArray("{\"error\":{\"message\":\"Invalid OAuth access "
                          "token\",\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"A\"}}")
            << "190"
            << "Invalid OAuth access token" << 1;
        QTest::newRow("401 tiktok") << 401
                                    << QByteArray("{\"data\":{},\"error\":{\"code\":\"access_token_invalid\","
                                                  "\"message\":\"expired\",\"log_id\":\"L1\"}}")
                                    << "access_token_invalid"
                                    << "expired" << 1;
        QTest::newRow("500 retried") << 500 << QByteArray("{\"message\":\"boom\"}") << ""
                                     << "boom" << 3;
        QTest::newRow("502 not json") << 502 << QByteArray("<html>bad gateway</html>") << ""
                                      << "" << 3;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, apiCode);
        QFETCH(QString, apiMessage);
        QFETCH(int, expectedHits);
        m_server->script(path(), {Reply::json(status, body)});
        auto result = run(HttpRequest::get(m_server->url(path())));
        QVERIFY(!result);
        const ApiError& e = result.error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.apiCode, apiCode);
        QCOMPARE(e.apiMessage, apiMessage);
        QCOMPARE(m_server->hits(path()), expectedHits);
        QVERIFY(!e.userMessage().isEmpty());
        QCOMPARE(e.isUnauthorized(), status == 401);
    }

    void retryAfterSecondsHonoured()
    {
        m_server->script(path(), {Reply::json(429, "{\"message\":\"slow down\"}", {{"Retry-After", "7"}}),
                                  Reply::json(200, "{\"ok\":true}")});
        auto result = run(HttpRequest::get(m_server->url(path())));
        QVERIFY(result);
        QCOMPARE(result->attempts, 2);
        QCOMPARE(m_delays, QList<std::chrono::milliseconds>{7000ms});
    }

    void retryAfterHttpDateHonoured()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0), Qt::UTC);
        m_client->setNowFunction([now] { return now; });
        m_server->script(path(), {Reply::json(503, "{}", {{"Retry-After", "Wed, 25 Nov 2026 14:00:12 GMT"}}),
                                  Reply::json(200, "{}")});
        // Even a POST is retried when the server says when to come back (it did not process it).
        HttpRequest r = HttpRequest::postJson(m_server->url(path()), QJsonDocument(QJsonObject{}));
        auto result = run(r);
        QVERIFY(result);
        QCOMPARE(m_delays, QList<std::chrono::milliseconds>{12000ms});
        QCOMPARE(m_server->hits(path()), 2);
    }

    void retryAfterBeyondCapIsReported()
    {
        m_server->script(path(), {Reply::json(429, "{}", {{"Retry-After", "3600"}}), Reply::json(200, "{}")});
        auto result = run(HttpRequest::get(m_server->url(path())));
        QVERIFY(!result);
        QCOMPARE(result.error().httpStatus, 429);
        QVERIFY(result.error().retryAfter.has_value());
        QCOMPARE(*result.error().retryAfter, std::chrono::milliseconds(3600s));
        QVERIFY(m_delays.isEmpty());
        QCOMPARE(m_server->hits(path()), 1);
        QVERIFY(result.error().userMessage().contains(QLatin1String("3600")));
    }

    void parseRetryAfterForms()
    {
        const QDateTime now = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
        QCOMPARE(HttpClient::parseRetryAfter("120", now), std::optional(std::chrono::milliseconds(120000)));
        QCOMPARE(HttpClient::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now),
                 std::optional(std::chrono::milliseconds(37000)));
        QCOMPARE(HttpClient::parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now),
                 std::optional(std::chrono::milliseconds(37000)));
        QCOMPARE(HttpClient::parseRetryAfter("Sun Nov  6 08:49:37 1994", now),
                 std::optional(std::chrono::milliseconds(37000)));
        // A date in the past means "now"; garbage is ignored.
        QCOMPARE(HttpClient::parseRetryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now),
                 std::optional(std::chrono::milliseconds(0)));
        QVERIFY(!HttpClient::parseRetryAfter("soon", now).has_value());
        QVERIFY(!HttpClient::parseRetryAfter("-5", now).has_value());
        QVERIFY(!HttpClient::parseRetryAfter("", now).has_value());
    }

    void backoffGrowsAndStaysWithinJitterBounds()
    {
        const RetryPolicy p{6, 100ms, 1000ms, 30s};
        // Full jitter: uniformly in [0, min(cap, base * 2^n)).
        QCOMPARE(HttpClient::backoffDelay(0, p, 0.0), 0ms);
        for (int n = 0; n < 8; ++n) {
            const auto ceiling = std::min<qint64>(1000, 100LL << n);
            QVERIFY(HttpClient::backoffDelay(n, p, 0.999999).count() < ceiling);
            QVERIFY(HttpClient::backoffDelay(n, p, 0.999999).count() >= ceiling - 1);
            QCOMPARE(HttpClient::backoffDelay(n, p, 0.5).count(), ceiling / 2);
        }
        // Out-of-range random values are clamped, huge retry counts do not overflow.
        QCOMPARE(HttpClient::backoffDelay(1000, p, 2.0), 1000ms);
        QCOMPARE(HttpClient::backoffDelay(3, p, -1.0), 0ms);

        // Through the client: 503, 503, 200 with random 0.5 -> 150 ms then 300 ms.
        m_client->setRetryPolicy(RetryPolicy{3, 300ms, 10s, 30s});
        m_server->script(path(), {Reply::json(503, "{}"), Reply::json(503, "{}"), Reply::json(200, "{}")});
        auto result = run(HttpRequest::get(m_server->url(path())));
        QVERIFY(result);
        QCOMPARE(result->attempts, 3);
        QCOMPARE(m_delays, (QList<std::chrono::milliseconds>{150ms, 300ms}));
    }

    void nonIdempotentPostIsNotRetried()
    {
        m_server->script(path(), {Reply::json(500, "{\"message\":\"boom\"}"), Reply::json(200, "{}")});
        auto result = run(HttpRequest::postJson(m_server->url(path()),
                                                QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}})));
        QVERIFY(!result);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_server->hits(path()), 1);
        QVERIFY(m_delays.isEmpty());

        // A dropped connection: our layer does not retry the POST (no backoff is ever scheduled).
        // Note: QNetworkAccessManager itself may resend once when a connection closes before any
        // response byte arrives, which is why payment-like POSTs also carry server-side idempotency keys.
        const QString dropPath = path() + QStringLiteral("Drop");
        m_server->script(dropPath, {Reply::drop()});
        auto dropped = run(HttpRequest::postJson(m_server->url(dropPath), QJsonDocument(QJsonObject{})));
        QVERIFY(!dropped);
        QCOMPARE(dropped.error().kind, ApiError::Kind::Offline);
        QVERIFY(m_delays.isEmpty());
    }

    void idempotentRequestsRetriedThenSucceed()
    {
        m_server->script(path(),
                         {Reply::json(503, "{}"), Reply::json(504, "{}"), Reply::json(200, "{\"done\":1}")});
        HttpRequest r = HttpRequest::postJson(m_server->url(path()), QJsonDocument(QJsonObject{}));
        r.idempotent = true; // e.g. it carries an Idempotency-Key
        r.setHeader("Idempotency-Key", "k-1");
        auto result = run(r);
        QVERIFY(result);
        QCOMPARE(result->attempts, 3);
        QCOMPARE(m_server->hits(path()), 3);
        for (const auto& rec : m_server->requests(path()))
            QCOMPARE(rec.header("Idempotency-Key"), QByteArray("k-1"));

        const QString putPath = path() + QStringLiteral("Put");
        m_server->script(putPath, {Reply::json(502, "{}"), Reply::json(200, "{}")});
        HttpRequest put;
        put.method = "PUT";
        put.url = m_server->url(putPath);
        QVERIFY(run(put));
        QCOMPARE(m_server->hits(putPath), 2);
    }

    void badJsonIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("needle");
        QTest::newRow("malformed") << QByteArray("{\"a\": tru}") << "malformed JSON";
        QTest::newRow("truncated") << QByteArray("{\"access_token\":\"abc\",\"user\":{\"id\":\"u")
                                   << "malformed JSON";
        QTest::newRow("empty") << QByteArray("") << "empty";
        QTest::newRow("html") << QByteArray("<html></html>") << "malformed JSON";
    }

    void badJsonIsAClearError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, needle);
        m_server->script(path(), {Reply::json(200, body)});
        auto result = runJson(HttpRequest::get(m_server->url(path())));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(result.error().internalMessage.contains(needle), qPrintable(result.error().internalMessage));
        QCOMPARE(result.error().httpStatus, 200);
    }

    void connectionClosedMidBodyIsNotAnAnswer()
    {
        m_server->script(path(), {Reply::truncate("{\"rows\":[1,2,3")});
        m_client->setRetryPolicy(RetryPolicy{1, 100ms, 1s, 30s});
        auto result = runJson(HttpRequest::get(m_server->url(path())));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Offline);
    }

    void wronglyTypedJsonIsRejectedWhole()
    {
        // access_token is a number: the whole session is rejected, naming the field.
        m_server->script(path(), {Reply::json(200, "{\"access_token\":5,\"refresh_token\":\"r\",\"expires_"
                                                   "in\":3600,\"user\":{\"id\":\"u1\"}}")});
        auto doc = runJson(HttpRequest::get(m_server->url(path())));
        QVERIFY(doc);
        auto session = Session::fromJson(doc->object(), QDateTime::currentDateTimeUtc());
        QVERIFY(!session);
        QCOMPARE(session.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(session.error().internalMessage.contains(
                     QLatin1String("$.access_token: expected a string, got a number")),
                 qPrintable(session.error().internalMessage));

        auto nested = Session::fromJson(
            QJsonDocument::fromJson(
                "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3600,\"user\":{\"id\":7}}")
                .object(),
            QDateTime::currentDateTimeUtc());
        QVERIFY(!nested);
        QVERIFY(nested.error().internalMessage.contains(QLatin1String("$.user.id")));

        JsonReader r(QJsonDocument::fromJson(
                         "{\"n\":1.5,\"s\":\"x\",\"b\":\"true\",\"views\":\"123\",\"bad\":\"12a\"}")
                         .object());
        r.requireInt(QStringLiteral("n"));
        QVERIFY(!r.ok());
        JsonReader r2(QJsonDocument::fromJson("{\"views\":\"123\"}").object());
        QCOMPARE(r2.requireInt(QStringLiteral("views"), true), 123);
        QVERIFY(r2.ok());
        JsonReader r3(QJsonDocument::fromJson("{\"b\":\"true\"}").object());
        r3.requireBool(QStringLiteral("b"));
        QVERIFY(r3.error()->internalMessage.contains(QLatin1String("$.b: expected a boolean, got a string")));
    }

    void plainHttpToNonLoopbackRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("remote http") << "http://example.com/rest/v1/x" << false;
        QTest::newRow("remote ip") << "http://10.0.0.1:8080/" << false;
        QTest::newRow("lookalike") << "http://127.0.0.1.evil.example/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("no host") << "http:///path" << false;
        QTest::newRow("loopback v4") << "http://127.0.0.1:1/" << true;
        QTest::newRow("loopback 127/8") << "http://127.3.4.5:1/" << true;
        QTest::newRow("loopback v6") << "http://[::1]:1/" << true;
        QTest::newRow("localhost") << "http://LOCALHOST:1/" << true;
        QTest::newRow("https remote") << "https://abc.supabase.co/" << true;
    }

    void plainHttpToNonLoopbackRefusedBeforeSending()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(HttpClient::checkUrlAllowed(QUrl(url)).hasValue(), allowed);
        if (allowed)
            return;
        // The refusal is synchronous: nothing is queued on the network (no DNS, no connect).
        auto task = m_client->send(HttpRequest::get(QUrl(url)));
        QCOMPARE(m_client->requestsInFlight(), 0);
        auto result = sv::test::awaitTask(std::move(task));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Refused);
        QVERIFY(m_delays.isEmpty());
    }

    void redirectToNonLoopbackHttpRefused()
    {
        m_server->script(path(), {Reply::json(302, "{}", {{"Location", "http://example.com/steal"}})});
        auto result = run(HttpRequest::get(m_server->url(path())));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Refused);

        const QString target = path() + QStringLiteral("Target");
        m_server->script(target, {Reply::json(200, "{\"here\":true}")});
        m_server->script(path() + QStringLiteral("Local"),
                         {Reply::json(302, "{}", {{"Location", m_server->url(target).toString().toUtf8()}})});
        auto local = run(HttpRequest::get(m_server->url(path() + QStringLiteral("Local"))));
        QVERIFY(local);
        QCOMPARE(local->body, QByteArray("{\"here\":true}"));
    }

    void cancelAllEndsRequestsInFlight()
    {
        m_server->script(path(), {Reply::hang()});
        auto task = m_client->send(HttpRequest::get(m_server->url(path())));
        QTRY_COMPARE(m_server->hits(path()), 1);
        QCOMPARE(m_client->requestsInFlight(), 1);
        m_client->cancelAll();
        auto result = sv::test::awaitTask(std::move(task));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
        QVERIFY(m_delays.isEmpty()); // a cancelled request is not retried
    }

    void tokensNeverReachTheLog()
    {
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJlLXNlY3JldA";
        const QByteArray queryToken = "qsecret-0123456789";
        m_server->script(path(),
                         {Reply::json(401, "{\"code\":401,\"error_code\":\"bad_jwt\",\"msg\":\"token " + jwt +
                                               " is expired\"}")});
        g_log.clear();
        QLoggingCategory::CategoryFilter previousFilter = QLoggingCategory::installFilter(enableBackendDebug);
        g_previousHandler = qInstallMessageHandler(captureHandler);

        HttpRequest r = HttpRequest::get(m_server->url(path() + QStringLiteral("?select=*&access_token=") +
                                                       QString::fromLatin1(queryToken)));
        r.setHeader("Authorization", "Bearer " + jwt);
        r.setHeader("apikey", "anon-key-secret-value");
        auto result = run(r);

        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::installFilter(previousFilter);

        QVERIFY(!result);
        QCOMPARE(result.error().httpStatus, 401);
        // The request went out with the token (the server saw it) ...
        QCOMPARE(m_server->requests(path()).first().header("Authorization"), "Bearer " + jwt);
        // ... something was logged about it, with the URL redacted ...
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("streamvibe.backend")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("access_token=***")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("401")));
        // ... and no secret appears in the log or in the error's log form.
        for (const QString& text : {all, result.error().logString(), result.error().userMessage()}) {
            QVERIFY2(!text.contains(QString::fromLatin1(jwt)), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("c2lnbmF0dXJlLXNlY3JldA")), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(queryToken)), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("anon-key-secret-value")), qPrintable(text));
        }
    }

    void redactUrlAndText()
    {
        QCOMPARE(
            Redact::url(QUrl(QStringLiteral(
                "https://u:pw@h.example/"
                "cb?code=abc&state=xyz&error_code=e1&page=2#access_token=t1&token_type=bearer"))),
            QStringLiteral("https://h.example/"
                           "cb?code=***&state=***&error_code=e1&page=2#access_token=***&token_type=bearer"));
        QCOMPARE(
            Redact::url(QUrl(QStringLiteral("http://127.0.0.1:5/rest/v1/t?select=*&user_id=eq.1&apikey=k"))),
            QStringLiteral("http://127.0.0.1:5/rest/v1/t?select=*&user_id=eq.1&apikey=***"));
        const QString text = Redact::text(QStringLiteral(
            "Authorization: Bearer abc.def refresh_token=r123 jwt eyJhbGciOi.eyJzdWIiOiJ4In0.sig ok=1"));
        QVERIFY(!text.contains(QLatin1String("abc.def")));
        QVERIFY(!text.contains(QLatin1String("r123")));
        QVERIFY(!text.contains(QLatin1String("eyJzdWIiOiJ4In0")));
        QVERIFY(text.contains(QLatin1String("ok=1")));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
