// NetworkStatus follows what requests end with, not each attempt: a request whose first attempt cannot reach
// the server but whose retry gets through is no offline moment (no banner flashing), and a request that
// cannot get through says "offline" once, when its retries are over (not later). Real HTTP on 127.0.0.1: a
// scripted server behind a TCP relay that refuses connections while stopped.
#include "backend/HttpClient.h"
#include "backend/NetworkStatus.h"

#include "TcpRelay.h"
#include "fixtures/AwaitTask.h"
#include "fixtures/FixtureServer.h"

#include <QSignalSpy>
#include <QtTest>

#include <QCoro/QCoroTask>

#include <functional>

using namespace sv;
using sv::test::FixtureServer;
using sv::test::TcpRelay;
using Reply = FixtureServer::Reply;
using namespace std::chrono_literals;

class TestNetworkStatus : public QObject
{
    Q_OBJECT

private:
    /// The waits before retries: each records whether the app then said "offline", then runs `during`.
    void waitBeforeRetries(HttpClient& http, NetworkStatus& status, QList<bool>* offlineDuringWaits,
                           std::function<void()> during)
    {
        http.setDelayFunction([&status, offlineDuringWaits,
                               during = std::move(during)](std::chrono::milliseconds) -> QCoro::Task<void> {
            *offlineDuringWaits << status.isOffline();
            if (during)
                during();
            co_return;
        });
    }

private slots:
    void aRequestThatGetsThroughOnItsRetryIsNoOfflineMoment()
    {
        FixtureServer server;
        QVERIFY(server.start());
        server.script(QStringLiteral("/items"), {Reply::json(200, "{\"items\":[]}")});
        TcpRelay relay(server.port());
        QVERIFY(relay.start());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/items").arg(relay.port()));
        relay.stop(); // the first attempt is refused

        HttpClient http;
        NetworkStatus status(&http, url);
        QSignalSpy changed(&status, &NetworkStatus::offlineChanged);
        QList<bool> offlineDuringWaits;
        // The network returns while the client waits to retry.
        waitBeforeRetries(http, status, &offlineDuringWaits, [&relay] {
            if (!relay.isListening())
                QVERIFY(relay.start());
        });

        const auto result = sv::test::awaitTask(http.send(HttpRequest::get(url)));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().logString()));
        QCOMPARE(result->attempts, 2);
        QCOMPARE(offlineDuringWaits, QList<bool>{false});
        QVERIFY(!status.isOffline());
        QCOMPARE(changed.count(), 0);
    }

    void aRequestThatCannotGetThroughIsOfflineOnceWhenItsRetriesEnd()
    {
        FixtureServer server;
        QVERIFY(server.start());
        TcpRelay relay(server.port());
        QVERIFY(relay.start());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/items").arg(relay.port()));
        relay.stop(); // the network is gone

        HttpClient http;
        NetworkStatus status(&http, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(relay.port())));
        QSignalSpy changed(&status, &NetworkStatus::offlineChanged);
        QList<bool> offlineDuringWaits;
        waitBeforeRetries(http, status, &offlineDuringWaits, {});

        auto result = sv::test::awaitTask(http.send(HttpRequest::get(url)));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Offline);
        // Every attempt was made, none of them said "offline" before the last had failed...
        QCOMPARE(offlineDuringWaits.size(), http.retryPolicy().maxAttempts - 1);
        QVERIFY(!offlineDuringWaits.contains(true));
        // ...and the failure of the last one said it at once, once.
        QVERIFY(status.isOffline());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);

        // Another request that cannot get through changes nothing.
        result = sv::test::awaitTask(http.send(HttpRequest::get(url)));
        QVERIFY(!result);
        QCOMPARE(changed.count(), 1);

        // The network returns: the next probe gets an answer (any status) and says so, once.
        QVERIFY(relay.start());
        status.probe();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QVERIFY(!status.isOffline());
    }
    void aRequestRefusedThenUnansweredIsOfflineWhenItsRetriesEnd()
    {
        // The route goes first (refused), then the link stops answering at all: the later attempts time out.
        // No attempt got an answer, so the request ends unreachable, said once.
        FixtureServer server;
        QVERIFY(server.start());
        server.script(QStringLiteral("/items"), {Reply::hang(), Reply::hang(), Reply::hang(), Reply::hang()});
        TcpRelay relay(server.port());
        QVERIFY(relay.start());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/items").arg(relay.port()));
        relay.stop();

        HttpClient http;
        http.setDefaultTimeout(300ms);
        NetworkStatus status(&http, url);
        QSignalSpy changed(&status, &NetworkStatus::offlineChanged);
        QList<bool> offlineDuringWaits;
        waitBeforeRetries(http, status, &offlineDuringWaits, [&relay] {
            if (!relay.isListening())
                QVERIFY(relay.start());
        });

        const auto result = sv::test::awaitTask(http.send(HttpRequest::get(url)));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(!offlineDuringWaits.contains(true));
        QVERIFY(status.isOffline());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkStatus)
#include "TestNetworkStatus.moc"
