#include "loopback/LoopbackListener.h"

#include "loopback/Pkce.h"
#include "text/Graphemes.h"

#include <QCoro/QCoroSignal>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace sv {

Q_LOGGING_CATEGORY(lcLoopback, "streamvibe.auth.loopback")

/// The outcome, shared between the listener and the coroutines awaiting it. QCoro delivers signals with a
/// queued connection whose context is the sender, so waiters must not wait on the listener itself: a
/// listener destroyed before the delivery would leave them suspended forever.
class LoopbackWaitState : public QObject
{
    Q_OBJECT
public:
    std::optional<LoopbackListener::Outcome> outcome;

Q_SIGNALS:
    void done();
};

struct LoopbackListener::Connection
{
    explicit Connection(const HttpRequestParser::Limits& limits)
        : parser(limits)
    {
    }

    QPointer<QTcpSocket> socket;
    HttpRequestParser parser;
    // Children of the socket: they are deleted with it (deferred), never inside their own timeout signal.
    QTimer* headerTimer = nullptr;
    QTimer* lingerTimer = nullptr;
    /// Arrival order: the oldest connection of a kind makes room first.
    quint64 serial = 0;
    bool receivedAny = false;
    bool answered = false;
};

namespace {

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 414:
        return "URI Too Long";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

/// application/x-www-form-urlencoded decoding of one component ('+' is a space).
QString formDecode(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent)
    , m_expectedState(Pkce::makeState())
    , m_wait(new LoopbackWaitState, [](LoopbackWaitState* state) { state->deleteLater(); })
{
    // The path only needs to be unguessable; base64url of 18 random bytes is 24 URL-safe characters.
    m_path = QByteArray("/") + Pkce::makeState().left(PathEntropyBytes * 4 / 3);
    m_overallTimer.setSingleShot(true);
    m_overallTimer.setInterval(DefaultOverallTimeout);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcLoopback) << "sign-in attempt timed out";
        finish(AuthFlowError{AuthFlowError::Kind::Timeout, {}, {}, {}}, nullptr);
    });
}

LoopbackListener::~LoopbackListener()
{
    if (!isFinished())
        finish(AuthFlowError{AuthFlowError::Kind::Cancelled, {}, {}, {}}, nullptr);
    // Sockets are children of this object; drop the bookkeeping first so no slot sees half-destroyed state.
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

void LoopbackListener::setExpectedState(const QByteArray& state)
{
    m_expectedState = state;
}

void LoopbackListener::setHeaderTimeout(std::chrono::milliseconds timeout)
{
    m_headerTimeout = timeout;
}

void LoopbackListener::setOverallTimeout(std::chrono::milliseconds timeout)
{
    m_overallTimer.setInterval(timeout);
}

void LoopbackListener::setLingerTimeout(std::chrono::milliseconds timeout)
{
    m_lingerTimeout = timeout;
}

void LoopbackListener::setMaxConnections(int count)
{
    m_maxConnections = std::max(1, count);
}

void LoopbackListener::setLimits(const HttpRequestParser::Limits& limits)
{
    m_limits = limits;
}

bool LoopbackListener::listen()
{
    if (isFinished() || m_server)
        return isListening();
    m_server = new QTcpServer(this);
    // Loopback only (RFC 8252 §8.3): no other host can reach the listener.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        const QString reason = m_server->errorString();
        qCWarning(lcLoopback) << "cannot listen on 127.0.0.1:" << reason;
        finish(AuthFlowError{AuthFlowError::Kind::ListenFailed, {}, {}, reason}, nullptr);
        return false;
    }
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    m_overallTimer.start();
    qCInfo(lcLoopback) << "listening for the sign-in redirect on 127.0.0.1 port" << m_port;
    return true;
}

bool LoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl LoopbackListener::redirectUri() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QString::fromLatin1(m_path));
    return url;
}

QHostAddress LoopbackListener::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

QCoro::Task<LoopbackListener::Outcome> LoopbackListener::waitForCallback()
{
    if (!isFinished() && !isListening())
        co_return AuthFlowError{
            AuthFlowError::Kind::ListenFailed, {}, {}, tr("the listener was not started")};
    // Keep the shared state alive; `this` may be gone when the coroutine resumes.
    const std::shared_ptr<LoopbackWaitState> wait = m_wait;
    if (!wait->outcome)
        co_await qCoro(wait.get(), &LoopbackWaitState::done);
    // A copy: QCoro 0.8's return_value(U&&) moves from lvalues, which would empty the shared outcome.
    co_return Outcome(*wait->outcome);
}

void LoopbackListener::cancel()
{
    if (isFinished())
        return;
    qCInfo(lcLoopback) << "sign-in attempt cancelled";
    finish(AuthFlowError{AuthFlowError::Kind::Cancelled, {}, {}, {}}, nullptr);
}

void LoopbackListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        // At the cap a held connection makes room: a local process holding every slot with idle or
        // unfinished requests must not keep the browser's callback out until their header timeouts.
        if (isFinished() || (m_connections.size() >= m_maxConnections && !makeRoom())) {
            qCInfo(lcLoopback) << "connection refused: the attempt has ended";
            socket->abort();
            socket->deleteLater();
            Q_EMIT connectionDropped();
            continue;
        }
        socket->setParent(this);
        auto connection = std::make_shared<Connection>(m_limits);
        connection->socket = socket;
        connection->serial = ++m_connectionsAccepted;
        m_connections.insert(socket, connection);

        connection->headerTimer = new QTimer(socket);
        connection->headerTimer->setSingleShot(true);
        connection->headerTimer->setInterval(m_headerTimeout);
        connect(connection->headerTimer, &QTimer::timeout, this, [this, socket] {
            const auto it = m_connections.constFind(socket);
            if (it == m_connections.cend() || (*it)->answered)
                return;
            qCInfo(lcLoopback) << "request head not received in time";
            reject(**it, 408);
        });
        connection->lingerTimer = new QTimer(socket);
        connection->lingerTimer->setSingleShot(true);
        connect(connection->lingerTimer, &QTimer::timeout, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                drop(socket);
        });
        connection->headerTimer->start();
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

bool LoopbackListener::makeRoom()
{
    // Least progress first: an answered connection only drains; one that sent nothing may be a browser's
    // preconnect but is more likely a squatter (a browser retries a preconnect closed before use); an
    // unfinished request goes last. Within a kind, the oldest.
    const auto rank = [](const Connection& c) {
        return c.answered ? 0 : !c.receivedAny ? 1 : 2;
    };
    QTcpSocket* victim = nullptr;
    const Connection* chosen = nullptr;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const Connection& c = **it;
        if (!chosen || rank(c) < rank(*chosen) || (rank(c) == rank(*chosen) && c.serial < chosen->serial)) {
            chosen = &c;
            victim = it.key();
        }
    }
    if (!victim)
        return false;
    qCInfo(lcLoopback) << "connection limit reached: closing the"
                       << (chosen->answered      ? "oldest answered"
                           : chosen->receivedAny ? "oldest unfinished"
                                                 : "oldest idle")
                       << "connection";
    drop(victim);
    Q_EMIT connectionDropped();
    return true;
}

int LoopbackListener::idleConnectionCount() const
{
    return int(
        std::count_if(m_connections.cbegin(), m_connections.cend(),
                      [](const std::shared_ptr<Connection>& c) { return !c->receivedAny && !c->answered; }));
}

void LoopbackListener::drop(QTcpSocket* socket)
{
    const auto connection = m_connections.take(socket);
    if (!connection)
        return;
    connection->headerTimer->stop();
    connection->lingerTimer->stop();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LoopbackListener::onReadyRead(QTcpSocket* socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.cend())
        return;
    const std::shared_ptr<Connection> connection = *it;
    while (socket->bytesAvailable() > 0) {
        const QByteArray chunk = socket->read(16 * 1024);
        if (chunk.isEmpty())
            break;
        if (connection->answered)
            continue; // draining: the answer is out, the rest is discarded
        connection->receivedAny = true;
        connection->parser.feed(chunk);
        if (connection->parser.hasFailed()) {
            qCInfo(lcLoopback) << "malformed or oversized request rejected";
            reject(*connection, HttpRequestParser::statusCode(connection->parser.error()));
        } else if (connection->parser.isComplete()) {
            handleRequest(*connection);
        }
        if (!m_connections.contains(socket))
            return;
    }
}

void LoopbackListener::handleRequest(Connection& connection)
{
    connection.headerTimer->stop();
    const HttpRequestParser& request = connection.parser;
    QByteArray target = request.target();
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);

    if (request.method() != "GET" || !Pkce::constantTimeEquals(path, m_path)) {
        qCInfo(lcLoopback) << "request for an unknown path or method answered 404";
        reject(connection, 404);
        return;
    }
    // DNS-rebinding guard: a browser following our redirect URI sends exactly this Host.
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(m_port);
    if (request.header("Host").compare(expectedHost, Qt::CaseInsensitive) != 0) {
        qCInfo(lcLoopback) << "callback with an unexpected Host header answered 421";
        reject(connection, 421);
        return;
    }
    handleCallback(connection, query);
}

void LoopbackListener::handleCallback(Connection& connection, const QByteArray& query)
{
    qCInfo(lcLoopback) << "callback received";
    QString code, state, error, description;
    bool hasCode = false, hasState = false, hasError = false, duplicate = false;
    QList<QPair<QString, QString>> extra;
    for (const QByteArray& item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QString name = formDecode(eq < 0 ? item : item.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(item.mid(eq + 1));
        auto take = [&](QString& target, bool& seen) {
            duplicate = duplicate || seen;
            seen = true;
            target = value;
        };
        if (name == QLatin1String("code")) {
            take(code, hasCode);
        } else if (name == QLatin1String("state")) {
            take(state, hasState);
        } else if (name == QLatin1String("error")) {
            take(error, hasError);
        } else if (name == QLatin1String("error_description")) {
            description = value;
        } else {
            extra.append({name, value});
        }
    }

    auto fail = [&](AuthFlowError err, int status) {
        const bool custom =
            err.kind == AuthFlowError::Kind::ProviderError && !m_pageTexts.providerErrorText.isEmpty();
        respond(connection, status,
                m_pageTexts.failureHeading.isEmpty() ? tr("Sign-in failed") : m_pageTexts.failureHeading,
                custom ? m_pageTexts.providerErrorText : err.message(), false);
        finish(std::move(err), &connection);
    };

    if (duplicate) {
        qCWarning(lcLoopback) << "callback repeats a parameter: rejected";
        fail(AuthFlowError{AuthFlowError::Kind::InvalidResponse, {}, {}, {}}, 400);
        return;
    }
    if (!hasState || !Pkce::constantTimeEquals(state.toUtf8(), m_expectedState)) {
        qCWarning(lcLoopback) << (hasState ? "state mismatch" : "state missing") << ": callback rejected";
        fail(AuthFlowError{AuthFlowError::Kind::StateMismatch, {}, {}, {}}, 400);
        return;
    }
    if (hasError) {
        // The provider's error code is a short, public identifier (RFC 6749 §4.1.2.1): safe to log.
        qCInfo(lcLoopback) << "provider returned an error:" << Graphemes::left(error, 64);
        fail(AuthFlowError{AuthFlowError::Kind::ProviderError, error, description, {}}, 200);
        return;
    }
    if (code.endsWith(QLatin1String("#_")))
        code.chop(2); // Instagram appends "#_"
    if (!hasCode || code.isEmpty()) {
        qCWarning(lcLoopback) << "callback without a code";
        fail(AuthFlowError{AuthFlowError::Kind::MissingCode, {}, {}, {}}, 400);
        return;
    }
    qCInfo(lcLoopback) << "authorization code received";
    respond(connection, 200,
            m_pageTexts.successHeading.isEmpty() ? tr("Signed in") : m_pageTexts.successHeading,
            m_pageTexts.successText.isEmpty() ? tr("You can close this tab and return to StreamVibe.")
                                              : m_pageTexts.successText,
            true);
    finish(AuthorizationResponse{code, state, extra}, &connection);
}

void LoopbackListener::reject(Connection& connection, int status)
{
    QString heading;
    QString text;
    switch (status) {
    case 404:
        heading = tr("Not found");
        text = tr("This address only receives the result of signing in to StreamVibe.");
        break;
    case 408:
        heading = tr("Request timeout");
        text = tr("The request took too long.");
        break;
    case 414:
    case 431:
        heading = tr("Request too large");
        text = tr("The request was too large to be processed.");
        break;
    case 421:
        heading = tr("Wrong address");
        text = tr("This request was not sent to the address StreamVibe opened for signing in.");
        break;
    default:
        heading = tr("Bad request");
        text = tr("The request could not be understood.");
        break;
    }
    respond(connection, status, heading, text, false);
    Q_EMIT requestRejected(status);
}

QString LoopbackListener::pageHtml(const QString& heading, const QString& text, bool success) const
{
    const QString footer = success ? QString() : tr("You can close this tab and return to StreamVibe.");
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>StreamVibe</title><style>"
        "body{font-family:system-ui,-apple-system,'Segoe "
        "UI',sans-serif;margin:0;min-height:100vh;display:flex;"
        "align-items:center;justify-content:center;background:#f4f4f6;color:#1c1c21}"
        "main{background:#fff;border-radius:12px;padding:2em 2.5em;max-width:34em;"
        "box-shadow:0 2px 14px rgba(0,0,0,.08)}h1{font-size:1.4em;margin:0 0 .6em}"
        ".ok h1{color:#19743a}.err h1{color:#b42318}p{line-height:1.5}"
        "@media (prefers-color-scheme:dark){body{background:#16161a;color:#e8e8ec}main{background:#222228}}"
        "</style></head><body><main class=\"");
    html += success ? QLatin1String("ok") : QLatin1String("err");
    html += QLatin1String("\"><h1>") + heading.toHtmlEscaped() + QLatin1String("</h1><p>") +
            text.toHtmlEscaped() + QLatin1String("</p>");
    if (!footer.isEmpty())
        html += QLatin1String("<p>") + footer.toHtmlEscaped() + QLatin1String("</p>");
    html += QLatin1String("</main></body></html>\n");
    return html;
}

void LoopbackListener::respond(Connection& connection, int status, const QString& heading,
                               const QString& text, bool success)
{
    if (connection.answered || !connection.socket)
        return;
    connection.answered = true;
    connection.headerTimer->stop();
    const QByteArray body = pageHtml(heading, text, success).toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n";
    head += "Cache-Control: no-store\r\n";
    head += "Pragma: no-cache\r\n";
    head += "Referrer-Policy: no-referrer\r\n";
    head += "X-Content-Type-Options: nosniff\r\n";
    head += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    head += "\r\n";

    QTcpSocket* socket = connection.socket;
    socket->write(head + body);
    // Close gracefully: send everything, half-close our side, drain what the client still sends (closing
    // with unread data would reset the connection and lose the page), and drop it after the linger timeout.
    auto halfClose = [socket] {
#ifdef Q_OS_UNIX
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
#endif
    };
    connect(socket, &QTcpSocket::bytesWritten, this, halfClose);
    socket->flush();
    halfClose();
    connection.lingerTimer->setInterval(m_lingerTimeout);
    connection.lingerTimer->start();
}

void LoopbackListener::finish(Outcome outcome, Connection* answering)
{
    if (isFinished())
        return;
    m_outcome = std::move(outcome);
    m_wait->outcome = m_outcome;
    m_overallTimer.stop();
    if (m_server) {
        m_server->close(); // a second callback is refused by the operating system
        qCInfo(lcLoopback) << "listener closed";
    }
    // Other connections (idle browser preconnects, a pending favicon) have nothing more to get.
    const auto sockets = m_connections.keys();
    for (QTcpSocket* socket : sockets) {
        const auto connection = m_connections.value(socket);
        if (connection.get() != answering && !connection->answered)
            drop(socket);
    }
    if (m_outcome->hasValue())
        Q_EMIT authorizationReceived(m_outcome->value());
    else
        Q_EMIT attemptFailed(m_outcome->error());
    Q_EMIT finished();
    Q_EMIT m_wait->done();
}

} // namespace sv

#include "LoopbackListener.moc"
