#include "loopback/LoopbackListener.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace std::chrono_literals;
using sv::AuthFlowError;
using sv::LoopbackListener;

namespace {

/// Runs the event loop until `task` completes (QCoro::waitFor needs a default-constructible result).
template <typename T>
T awaitTask(QCoro::Task<T> task)
{
    std::optional<T> result;
    auto wrapper = [&]() -> QCoro::Task<> {
        result.emplace(co_await task);
    };
    QCoro::waitFor(wrapper());
    return std::move(*result);
}

struct HttpResponse
{
    bool answered = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

HttpResponse parseResponse(const QByteArray& raw)
{
    HttpResponse response;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
        return response;
    response.answered = true;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    response.body = raw.mid(end + 4);
    return response;
}

/// A raw HTTP client on a real socket: sends bytes, collects everything until the server closes.
class RawClient
{
public:
    bool connectTo(quint16 port, const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
    {
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(address, port);
        while (connected.isEmpty() && failed.isEmpty()) {
            if (!connected.wait(5000))
                break;
        }
        return !connected.isEmpty();
    }
    void send(const QByteArray& bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    /// Waits until the server closes the connection; returns the parsed answer.
    HttpResponse awaitResponse(int timeoutMs = 10000)
    {
        if (socket.state() != QAbstractSocket::UnconnectedState) {
            QSignalSpy closed(&socket, &QTcpSocket::disconnected);
            closed.wait(timeoutMs);
        }
        received += socket.readAll();
        return parseResponse(received);
    }
    bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QTcpSocket socket;
    QByteArray received;
};

QByteArray callbackRequest(const LoopbackListener& listener, const QByteArray& query)
{
    return "GET " + listener.callbackPath().toLatin1() + "?" + query +
           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(listener.port()) +
           "\r\nUser-Agent: TestLoopbackListener\r\nAccept: text/html\r\n\r\n";
}

HttpResponse exchange(quint16 port, const QByteArray& request)
{
    RawClient client;
    if (!client.connectTo(port))
        return {};
    client.send(request);
    return client.awaitResponse();
}

bool connectionRefused(quint16 port)
{
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (failed.isEmpty() && connected.isEmpty())
        failed.wait(5000);
    return connected.isEmpty() && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

QString codeOf(const LoopbackListener& listener)
{
    const auto outcome = listener.outcome();
    return outcome && outcome->hasValue() ? outcome->value().code : QString();
}

AuthFlowError::Kind errorKindOf(const LoopbackListener& listener)
{
    const auto outcome = listener.outcome();
    return outcome && !outcome->hasValue() ? outcome->error().kind : AuthFlowError::Kind(-1);
}

QtMessageHandler g_previousHandler = nullptr;
QStringList* g_captured = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_captured)
        g_captured->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                           message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class GermanTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "sv::LoopbackListener") != 0)
            return {};
        if (qstrcmp(source, "Signed in") == 0)
            return QStringLiteral("Angemeldet");
        if (qstrcmp(source, "You can close this tab and return to StreamVibe.") == 0)
            return QStringLiteral("Sie können diesen Tab schließen & zu StreamVibe zurückkehren.");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectUriUsesLoopbackLiteralAndRandomPath()
    {
        LoopbackListener a;
        LoopbackListener b;
        QVERIFY(a.redirectUri().isEmpty());
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        QCOMPARE(a.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        const QUrl uri = a.redirectUri();
        QCOMPARE(uri.scheme(), QStringLiteral("http"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.port(), int(a.port()));
        QVERIFY(a.port() != 0);
        QVERIFY(a.port() != b.port());
        QVERIFY2(uri.path().size() >= 17, qPrintable(uri.path()));
        QVERIFY(uri.path() != b.redirectUri().path());
        QVERIFY(uri.query().isEmpty());
        QVERIFY(a.state() != b.state());
        QVERIFY(a.state().size() >= 43);
    }

    void notReachableFromOtherInterfaces()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        QCOMPARE(listener.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QHostAddress external;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("the machine has no non-loopback IPv4 address to try");
        QTcpSocket socket;
        QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(external, listener.port());
        QVERIFY(failed.wait(5000));
        QCOMPARE(connected.size(), 0);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY(!listener.isFinished());
    }

    void successPath()
    {
        LoopbackListener listener;
        QSignalSpy received(&listener, &LoopbackListener::authorizationReceived);
        QSignalSpy finished(&listener, &LoopbackListener::finished);
        QVERIFY(listener.listen());
        auto task = listener.waitForCallback();

        const HttpResponse response = exchange(
            listener.port(), callbackRequest(listener, "code=4%2F0AbCd-e_f&state=" + listener.state() +
                                                           "&scope=a+b&authuser=0"));
        QVERIFY(response.answered);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(response.header("Content-Length").toLongLong(), response.body.size());
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(response.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(response.body.contains("You can close this tab and return to StreamVibe."));
        QVERIFY(!response.body.contains("0AbCd")); // the code is not echoed

        const auto outcome = awaitTask(std::move(task));
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().code, QStringLiteral("4/0AbCd-e_f"));
        QCOMPARE(outcome.value().state, QString::fromLatin1(listener.state()));
        QCOMPARE(outcome.value().parameter(QStringLiteral("scope")), QStringLiteral("a b"));
        QCOMPARE(outcome.value().parameter(QStringLiteral("authuser")), QStringLiteral("0"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!listener.isListening());

        // Awaiting again returns the same result at once.
        const auto again = awaitTask(listener.waitForCallback());
        QCOMPARE(again.value().code, QStringLiteral("4/0AbCd-e_f"));
    }

    void secondCallbackIsRefused()
    {
        LoopbackListener listener;
        QSignalSpy received(&listener, &LoopbackListener::authorizationReceived);
        QVERIFY(listener.listen());
        const quint16 port = listener.port();
        QCOMPARE(exchange(port, callbackRequest(listener, "code=first&state=" + listener.state())).status,
                 200);
        QVERIFY(connectionRefused(port));
        QCOMPARE(received.size(), 1);
        QCOMPARE(codeOf(listener), QStringLiteral("first"));
    }

    void wrongOrMissingStateEndsTheAttempt_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("wrong") << QByteArray("code=abc&state=forged");
        QTest::newRow("missing") << QByteArray("code=abc");
        QTest::newRow("empty") << QByteArray("code=abc&state=");
        QTest::newRow("error with wrong state") << QByteArray("error=access_denied&state=forged");
    }

    void wrongOrMissingStateEndsTheAttempt()
    {
        QFETCH(QByteArray, query);
        LoopbackListener listener;
        QSignalSpy received(&listener, &LoopbackListener::authorizationReceived);
        QSignalSpy failed(&listener, &LoopbackListener::attemptFailed);
        QVERIFY(listener.listen());
        auto task = listener.waitForCallback();
        const HttpResponse response = exchange(listener.port(), callbackRequest(listener, query));
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.contains("Sign-in failed"));
        QVERIFY(response.body.contains("did not belong to this sign-in attempt"));
        const auto outcome = awaitTask(std::move(task));
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::StateMismatch);
        QCOMPARE(received.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!listener.isListening());
    }

    void stateWithWrongSuffixOrPrefixIsRejected()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const QByteArray state = listener.state();
        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "code=c&state=" + state + "x")).status,
                 400);
        QCOMPARE(errorKindOf(listener), AuthFlowError::Kind::StateMismatch);

        LoopbackListener other;
        QVERIFY(other.listen());
        QCOMPARE(
            exchange(other.port(), callbackRequest(other, "code=c&state=" + other.state().chopped(1))).status,
            400);
        QCOMPARE(errorKindOf(other), AuthFlowError::Kind::StateMismatch);
    }

    void externallyChosenState()
    {
        LoopbackListener listener;
        listener.setExpectedState("relay-state.with~chars");
        QVERIFY(listener.listen());
        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "state=relay-state.with%7Echars&code=x"))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("x"));
    }

    void missingCodeEndsTheAttempt()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const HttpResponse response =
            exchange(listener.port(), callbackRequest(listener, "state=" + listener.state()));
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.contains("carried no authorization code"));
        QCOMPARE(errorKindOf(listener), AuthFlowError::Kind::MissingCode);
        QVERIFY(!listener.isListening());
    }

    void duplicateParametersAreRejected()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const HttpResponse response =
            exchange(listener.port(), callbackRequest(listener, "code=a&code=b&state=" + listener.state()));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorKindOf(listener), AuthFlowError::Kind::InvalidResponse);
    }

    void accessDeniedEndsWithTheProviderMessage()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        auto task = listener.waitForCallback();
        const HttpResponse response =
            exchange(listener.port(),
                     callbackRequest(listener,
                                     "error=access_denied&error_description=The+user+said+%3Cb%3Eno%3C%2Fb%3E"
                                     "&state=" +
                                         listener.state()));
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("Access was denied in the browser"));
        // The provider's text reaches the page HTML-escaped.
        QVERIFY(response.body.contains("The user said &lt;b&gt;no&lt;/b&gt;"));
        QVERIFY(!response.body.contains("<b>no</b>"));
        const auto outcome = awaitTask(std::move(task));
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::ProviderError);
        QCOMPARE(outcome.error().providerError, QStringLiteral("access_denied"));
        QCOMPARE(outcome.error().providerDescription, QStringLiteral("The user said <b>no</b>"));
        QVERIFY(outcome.error().message().contains(QStringLiteral("The user said <b>no</b>")));
    }

    void instagramHashSuffixIsStripped_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("encoded") << QByteArray("AQBx-42%23_");
        QTest::newRow("raw fragment") << QByteArray("AQBx-42#_");
    }

    void instagramHashSuffixIsStripped()
    {
        QFETCH(QByteArray, code);
        LoopbackListener listener;
        QVERIFY(listener.listen());
        // state first: a raw "#_" cuts the target, as a fragment would.
        QCOMPARE(exchange(listener.port(),
                          callbackRequest(listener, "state=" + listener.state() + "&code=" + code))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("AQBx-42"));
    }

    void otherPathsAndMethodsGet404AndTheFlowContinues()
    {
        LoopbackListener listener;
        QSignalSpy rejected(&listener, &LoopbackListener::requestRejected);
        QVERIFY(listener.listen());
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(listener.port()) + "\r\n";
        const QByteArray path = listener.callbackPath().toLatin1();

        HttpResponse favicon = exchange(listener.port(), "GET /favicon.ico HTTP/1.1\r\n" + host + "\r\n");
        QCOMPARE(favicon.status, 404);
        QCOMPARE(favicon.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(exchange(listener.port(), "GET / HTTP/1.1\r\n" + host + "\r\n").status, 404);
        // The path must match exactly: no prefix or suffix matches.
        QCOMPARE(exchange(listener.port(), "GET " + path + "/x?code=a&state=" + listener.state() +
                                               " HTTP/1.1\r\n" + host + "\r\n")
                     .status,
                 404);
        QCOMPARE(exchange(listener.port(), "GET " + path.chopped(1) + "?code=a&state=" + listener.state() +
                                               " HTTP/1.1\r\n" + host + "\r\n")
                     .status,
                 404);
        QCOMPARE(exchange(listener.port(), "POST " + path + "?code=a&state=" + listener.state() +
                                               " HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n")
                     .status,
                 404);
        QCOMPARE(rejected.size(), 5);
        QVERIFY(!listener.isFinished());
        QVERIFY(listener.isListening());

        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "code=real&state=" + listener.state()))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("real"));
    }

    void wrongHostHeaderIsRefused()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const QByteArray target = listener.callbackPath().toLatin1() + "?code=a&state=" + listener.state();
        QCOMPARE(exchange(listener.port(), "GET " + target + " HTTP/1.1\r\nHost: evil.example:" +
                                               QByteArray::number(listener.port()) + "\r\n\r\n")
                     .status,
                 421);
        QCOMPARE(exchange(listener.port(), "GET " + target + " HTTP/1.1\r\n\r\n").status, 421);
        QVERIFY(!listener.isFinished());
        QCOMPARE(
            exchange(listener.port(), callbackRequest(listener, "code=ok&state=" + listener.state())).status,
            200);
        QCOMPARE(codeOf(listener), QStringLiteral("ok"));
    }

    void garbageIsRejectedAndTheFlowContinues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        static const char tls[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\x00\x00\r\n";
        QTest::newRow("TLS ClientHello") << QByteArray(tls, sizeof(tls) - 1) << 400;
        QTest::newRow("text") << QByteArray("hello there\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(20261125);
        for (char& c : random)
            c = char(generator.bounded(256));
        random[10] = '\n';
        QTest::newRow("random bytes") << random << 400;
        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
        QByteArray bigHeaders = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 90; ++i)
            bigHeaders += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(200, 'v') + "\r\n";
        QTest::newRow("headers too large") << QByteArray(bigHeaders + "\r\n") << 431;
        QByteArray manyHeaders = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 150; ++i)
            manyHeaders += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many headers") << QByteArray(manyHeaders + "\r\n") << 431;
    }

    void garbageIsRejectedAndTheFlowContinues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        LoopbackListener listener;
        QSignalSpy rejected(&listener, &LoopbackListener::requestRejected);
        QVERIFY(listener.listen());
        RawClient client;
        QVERIFY(client.connectTo(listener.port()));
        client.send(bytes);
        const HttpResponse response = client.awaitResponse();
        QVERIFY(client.isClosed());
        QCOMPARE(response.status, status);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toInt(), status);
        QVERIFY(!listener.isFinished());
        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "code=after&state=" + listener.state()))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("after"));
    }

    void slowClientHitsTheHeaderTimeout()
    {
        LoopbackListener listener;
        listener.setHeaderTimeout(200ms);
        QSignalSpy rejected(&listener, &LoopbackListener::requestRejected);
        QVERIFY(listener.listen());
        RawClient slow;
        QVERIFY(slow.connectTo(listener.port()));
        slow.send("GET " + listener.callbackPath().toLatin1() + "?code=x&state=" + listener.state() +
                  " HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never sends the blank line
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.first().first().toInt(), 408);
        const HttpResponse response = slow.awaitResponse();
        QCOMPARE(response.status, 408);
        QVERIFY(slow.isClosed());
        QVERIFY(!listener.isFinished());
        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "code=fast&state=" + listener.state()))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("fast"));
    }

    void theConnectionWithLeastProgressMakesRoom()
    {
        LoopbackListener listener;
        listener.setMaxConnections(2);
        QSignalSpy dropped(&listener, &LoopbackListener::connectionDropped);
        QVERIFY(listener.listen());
        RawClient partial;
        RawClient idle;
        QVERIFY(partial.connectTo(listener.port()));
        partial.send("GET " + listener.callbackPath().toLatin1()); // started a request, not finished
        QVERIFY(idle.connectTo(listener.port()));
        QTRY_COMPARE(listener.connectionCount(), 2);
        QTRY_COMPARE(listener.idleConnectionCount(), 1); // the listener has read the partial request

        // At the limit, a new connection is taken and the idle one (it sent nothing) is closed for it,
        // although the partial one is older.
        RawClient third;
        QVERIFY(third.connectTo(listener.port()));
        QVERIFY(!dropped.isEmpty() || dropped.wait(5000));
        const HttpResponse none = idle.awaitResponse();
        QVERIFY(idle.isClosed());
        QVERIFY(!none.answered);
        QCOMPARE(listener.connectionCount(), 2);
        QVERIFY(!partial.isClosed());

        // The connection that made progress still completes its request.
        partial.send("?code=held&state=" + listener.state() +
                     " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(listener.port()) + "\r\n\r\n");
        QCOMPARE(partial.awaitResponse().status, 200);
        QCOMPARE(codeOf(listener), QStringLiteral("held"));
        // The new one, idle, is closed when the attempt ends.
        third.awaitResponse();
        QVERIFY(third.isClosed());
    }

    void connectionsThatSendNothingDoNotStarveTheCallback_data()
    {
        QTest::addColumn<QByteArray>("holding");
        QTest::newRow("idle") << QByteArray();
        QTest::newRow("request never finished") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    }

    void connectionsThatSendNothingDoNotStarveTheCallback()
    {
        // A local process holds every connection slot. The header timeout is far longer than the test's
        // waits, so only a listener that makes room at once lets the browser's callback in.
        QFETCH(QByteArray, holding);
        LoopbackListener listener;
        listener.setHeaderTimeout(10min);
        QSignalSpy dropped(&listener, &LoopbackListener::connectionDropped);
        QVERIFY(listener.listen());
        std::vector<std::unique_ptr<RawClient>> holders;
        for (int i = 0; i < LoopbackListener::DefaultMaxConnections; ++i) {
            holders.push_back(std::make_unique<RawClient>());
            QVERIFY(holders.back()->connectTo(listener.port()));
            if (!holding.isEmpty())
                holders.back()->send(holding);
        }
        QTRY_COMPARE(listener.connectionCount(), LoopbackListener::DefaultMaxConnections);
        if (!holding.isEmpty())
            QTRY_COMPARE(listener.idleConnectionCount(), 0); // the listener has read what they sent

        QElapsedTimer clock;
        clock.start();
        RawClient browser;
        QVERIFY(browser.connectTo(listener.port()));
        browser.send(callbackRequest(listener, "code=real&state=" + listener.state()));
        const HttpResponse response = browser.awaitResponse(5000);
        QCOMPARE(response.status, 200);
        QCOMPARE(codeOf(listener), QStringLiteral("real"));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(dropped.size(), 1); // one holder made room
    }

    void aFloodOfIdleConnectionsStaysBounded()
    {
        LoopbackListener listener;
        listener.setHeaderTimeout(10min);
        QSignalSpy dropped(&listener, &LoopbackListener::connectionDropped);
        QVERIFY(listener.listen());
        constexpr int Flood = 60;
        constexpr int Limit = LoopbackListener::DefaultMaxConnections;
        std::vector<std::unique_ptr<RawClient>> flood;
        for (int i = 0; i < Flood; ++i) {
            flood.push_back(std::make_unique<RawClient>());
            QVERIFY(flood.back()->connectTo(listener.port()));
            // Every arrival beyond the limit closes one: never more than the limit are held.
            QTRY_COMPARE(listener.connectionCount(), std::min(i + 1, Limit));
            QTRY_COMPARE(dropped.size(), qsizetype(std::max(0, i + 1 - Limit)));
            QCOMPARE(listener.connectionCount(), std::min(i + 1, Limit));
        }
        // The oldest ones were closed, unanswered; the newest are still open.
        for (int i = 0; i < Flood - Limit; ++i) {
            const HttpResponse none = flood.at(i)->awaitResponse(5000);
            QVERIFY2(flood.at(i)->isClosed(), qPrintable(QString::number(i)));
            QVERIFY(!none.answered);
        }
        for (int i = Flood - Limit; i < Flood; ++i)
            QVERIFY(!flood.at(i)->isClosed());

        QCOMPARE(exchange(listener.port(), callbackRequest(listener, "code=after&state=" + listener.state()))
                     .status,
                 200);
        QCOMPARE(codeOf(listener), QStringLiteral("after"));
        QVERIFY(listener.connectionCount() <= 1); // only the answered one may still drain
    }

    void overallTimeout()
    {
        LoopbackListener listener;
        listener.setOverallTimeout(150ms);
        QVERIFY(listener.listen());
        const quint16 port = listener.port();
        const auto outcome = awaitTask(listener.waitForCallback());
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Timeout);
        QVERIFY(!outcome.error().message().isEmpty());
        QVERIFY(!listener.isListening());
        QVERIFY(connectionRefused(port));
    }

    void cancelClosesThePort()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const quint16 port = listener.port();
        auto task = listener.waitForCallback();
        QTimer::singleShot(0, &listener, &LoopbackListener::cancel);
        const auto outcome = awaitTask(std::move(task));
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
        QVERIFY(connectionRefused(port));
    }

    void destroyingTheListenerCancelsTheWait()
    {
        auto listener = std::make_unique<LoopbackListener>();
        QVERIFY(listener->listen());
        auto task = listener->waitForCallback();
        QTimer::singleShot(0, [&listener] { listener.reset(); });
        const auto outcome = awaitTask(std::move(task));
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
    }

    void waitingWithoutListeningFailsAtOnce()
    {
        LoopbackListener listener;
        const auto outcome = awaitTask(listener.waitForCallback());
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::ListenFailed);
    }

    void pageIsTranslated()
    {
        GermanTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        LoopbackListener listener;
        QVERIFY(listener.listen());
        const HttpResponse response =
            exchange(listener.port(), callbackRequest(listener, "code=c&state=" + listener.state()));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(response.status, 200);
        const QString body = QString::fromUtf8(response.body);
        QVERIFY(body.contains(QStringLiteral("<h1>Angemeldet</h1>")));
        // Translated text is HTML-escaped and sent as UTF-8.
        QVERIFY(body.contains(
            QStringLiteral("Sie können diesen Tab schließen &amp; zu StreamVibe zurückkehren.")));
        QVERIFY(!body.contains(QStringLiteral("You can close this tab")));
    }

    void codesAndStatesNeverReachTheLog()
    {
        QStringList captured;
        QLoggingCategory::setFilterRules(QStringLiteral("streamvibe.*=true"));
        g_captured = &captured;
        g_previousHandler = qInstallMessageHandler(captureMessages);
        auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            g_captured = nullptr;
            QLoggingCategory::setFilterRules(QString());
        });

        const QByteArray secretCode = "SECRETCODE-7f3a9c";
        LoopbackListener ok;
        QVERIFY(ok.listen());
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(ok.port()) + "\r\n";
        exchange(ok.port(), "GET /favicon.ico?code=" + secretCode + " HTTP/1.1\r\n" + host + "\r\n");
        exchange(ok.port(), "GET /" + secretCode + " HTTP/1.1\r\n" + host + "\r\n");
        QCOMPARE(
            exchange(ok.port(), callbackRequest(ok, "code=" + secretCode + "&state=" + ok.state())).status,
            200);

        LoopbackListener forged;
        QVERIFY(forged.listen());
        exchange(forged.port(), callbackRequest(forged, "code=" + secretCode + "&state=FORGED-STATE-123"));
        QCOMPARE(errorKindOf(forged), AuthFlowError::Kind::StateMismatch);

        const QString all = captured.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("callback received")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("state mismatch")), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromLatin1(secretCode)), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("FORGED-STATE-123")), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromLatin1(ok.state())), qPrintable(all));
        QVERIFY2(!all.contains(ok.callbackPath()), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "TestLoopbackListener.moc"
