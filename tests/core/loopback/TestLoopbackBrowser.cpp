#include "loopback/LoopbackListener.h"

#include <QCoro/QCoroTask>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using sv::LoopbackListener;

namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

/// Stands in for the identity provider: `GET /start` answers 302 to the listener's redirect URI with a
/// code and the state, everything else 404. Loopback only.
class FakeProvider : public QObject
{
public:
    explicit FakeProvider(QUrl redirect)
        : m_redirect(std::move(redirect))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    QUrl startUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/start").arg(m_server.serverPort()));
    }
    int redirects = 0;

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.size() > 64 * 1024) {
            socket->abort();
            return;
        }
        if (!buffer.contains("\r\n\r\n"))
            return;
        if (buffer.startsWith("GET /start ")) {
            ++redirects;
            const QByteArray location = m_redirect.toEncoded();
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + location +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QUrl m_redirect;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestLoopbackBrowser : public QObject
{
    Q_OBJECT

private:
    QByteArray runChromium(const QUrl& url, QString* errors)
    {
        QTemporaryDir profile;
        QProcess chromium;
        QStringList args{QStringLiteral("--headless=new"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-component-update"),
                         QStringLiteral("--disable-sync"),
                         QStringLiteral("--user-data-dir=") + profile.path(),
                         QStringLiteral("--dump-dom"),
                         url.toString(QUrl::FullyEncoded)};
        if (::geteuid() == 0)
            args.prepend(QStringLiteral("--no-sandbox")); // Chromium refuses to run as root otherwise
        QSignalSpy finished(&chromium, &QProcess::finished);
        chromium.start(QString::fromLatin1(kChromium), args);
        if (!chromium.waitForStarted(10000)) {
            *errors = chromium.errorString();
            return {};
        }
        if (!finished.wait(90000)) {
            chromium.kill();
            finished.wait(5000);
            *errors = QStringLiteral("chromium did not finish in time");
            return {};
        }
        *errors = QString::fromLocal8Bit(chromium.readAllStandardError());
        return chromium.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QString::fromLatin1(kChromium)).isExecutable())
            QSKIP("/usr/bin/chromium is not installed");
    }

    void realBrowserCompletesTheRedirect()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        QUrl redirect = listener.redirectUri();
        redirect.setQuery(QStringLiteral("code=browser-code-123&state=") +
                          QString::fromLatin1(listener.state()) + QStringLiteral("&scope=youtube.readonly"));
        FakeProvider provider(redirect);
        QVERIFY(provider.listen());
        auto task = listener.waitForCallback();

        QString errors;
        const QByteArray dom = runChromium(provider.startUrl(), &errors);
        QVERIFY2(!errors.contains(QStringLiteral("net::ERR_")), qPrintable(errors));
        QCOMPARE(provider.redirects, 1);
        QVERIFY(listener.isFinished());
        std::optional<LoopbackListener::Outcome> outcome;
        auto wrapper = [&]() -> QCoro::Task<> {
            outcome.emplace(co_await task);
        };
        QCoro::waitFor(wrapper());
        QVERIFY(outcome.has_value());
        QVERIFY(outcome->hasValue());
        QCOMPARE(outcome->value().code, QStringLiteral("browser-code-123"));
        QCOMPARE(outcome->value().parameter(QStringLiteral("scope")), QStringLiteral("youtube.readonly"));
        QVERIFY2(dom.contains("You can close this tab and return to StreamVibe."), dom.constData());
        QVERIFY(!listener.isListening());
    }

    void realBrowserSeesTheDenial()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        QUrl redirect = listener.redirectUri();
        redirect.setQuery(QStringLiteral("error=access_denied&error_description=Denied+by+user&state=") +
                          QString::fromLatin1(listener.state()));
        FakeProvider provider(redirect);
        QVERIFY(provider.listen());

        QString errors;
        const QByteArray dom = runChromium(provider.startUrl(), &errors);
        QVERIFY2(!errors.contains(QStringLiteral("net::ERR_")), qPrintable(errors));
        QVERIFY(listener.isFinished());
        QCOMPARE(listener.outcome()->error().kind, sv::AuthFlowError::Kind::ProviderError);
        QVERIFY2(dom.contains("Access was denied in the browser"), dom.constData());
        QVERIFY2(dom.contains("Denied by user"), dom.constData());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackBrowser)
#include "TestLoopbackBrowser.moc"
