#include "backend/HttpClient.h"

#include "AwaitSignal.h"

#include "backend/Json.h"
#include "text/Redact.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>

#include <algorithm>
#include <cmath>

namespace sv {

Q_LOGGING_CATEGORY(lcBackend, "streamvibe.backend", QtInfoMsg)

using std::chrono::milliseconds;

namespace {

struct AttemptState
{
    bool cancelled = false;
    bool refusedRedirect = false;
    QString refusedTarget;
};

ApiError networkError(QNetworkReply::NetworkError code, const QString& qtMessage)
{
    using NE = QNetworkReply::NetworkError;
    ApiError::Kind kind = ApiError::Kind::Offline;
    switch (code) {
    case NE::TimeoutError:
        kind = ApiError::Kind::Timeout;
        break;
    case NE::SslHandshakeFailedError:
        kind = ApiError::Kind::Tls;
        break;
    case NE::OperationCanceledError:
        kind = ApiError::Kind::Cancelled;
        break;
    case NE::InsecureRedirectError:
        kind = ApiError::Kind::Refused;
        break;
    case NE::TooManyRedirectsError:
    case NE::ProtocolUnknownError:
    case NE::ProtocolInvalidOperationError:
    case NE::ProtocolFailure:
        kind = ApiError::Kind::BadResponse;
        break;
    default:
        kind = ApiError::Kind::Offline;
        break;
    }
    return ApiError::make(kind, qtMessage);
}

bool isNetworkLayerError(QNetworkReply::NetworkError code)
{
    const int n = static_cast<int>(code);
    return n > 0 && n < 200; // network (1-99) and proxy (101-199) layers; 2xx/4xx codes mirror HTTP status
}

} // namespace

struct HttpClient::InFlight
{
    QHash<QNetworkReply*, std::shared_ptr<AttemptState>> replies;
};

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

HttpRequest HttpRequest::get(const QUrl& url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::postJson(const QUrl& url, const QJsonDocument& body)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = body.toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return r;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_alive(std::make_shared<bool>(true))
    , m_inFlight(std::make_shared<InFlight>())
{
    // Redirects are checked by us (the same loopback/https rule as the first request).
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    setDelayFunction({});
    setRandomSource({});
    setNowFunction({});
}

HttpClient::~HttpClient()
{
    *m_alive = false;
    cancelAll();
}

void HttpClient::setDelayFunction(DelayFunction delay)
{
    m_defaultDelay = !delay;
    if (delay) {
        m_delay = std::move(delay);
        return;
    }
    m_delay = [](milliseconds d) -> QCoro::Task<void> {
        co_await QCoro::sleepFor(d);
    };
}

void HttpClient::setRandomSource(RandomSource random)
{
    if (random)
        m_random = std::move(random);
    else
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

void HttpClient::setNowFunction(NowFunction now)
{
    if (now)
        m_now = std::move(now);
    else
        m_now = [] {
            return QDateTime::currentDateTimeUtc();
        };
}

void HttpClient::cancelAll()
{
    const auto replies = m_inFlight->replies; // abort() re-enters through finished
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        it.value()->cancelled = true;
        it.key()->abort();
    }
}

int HttpClient::requestsInFlight() const
{
    return static_cast<int>(m_inFlight->replies.size());
}

milliseconds HttpClient::backoffDelay(int retry, const RetryPolicy& policy, double random)
{
    const double base = static_cast<double>(policy.baseDelay.count());
    const double cap = static_cast<double>(policy.maxDelay.count());
    const double exp = std::min(cap, base * std::pow(2.0, std::clamp(retry, 0, 30)));
    const double r = std::clamp(random, 0.0, 1.0);
    return milliseconds(static_cast<qint64>(std::floor(r * exp)));
}

std::optional<milliseconds> HttpClient::parseRetryAfter(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool digits = std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        if (value.size() > 9) // more than ~31 years: clamp instead of overflowing
            return milliseconds(std::chrono::hours(24 * 365));
        return milliseconds(value.toLongLong() * 1000);
    }
    const QString text = QString::fromLatin1(value);
    const QLocale c = QLocale::c();
    QDateTime when;
    static const char* formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", // RFC 7231 IMF-fixdate
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",  // RFC 850
        "ddd MMM d HH:mm:ss yyyy",         // asctime
    };
    for (const char* f : formats) {
        when = c.toDateTime(text.simplified(), QLatin1String(f));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    if (when.date().year() < 100) // two-digit RFC 850 years
        when = when.addYears(2000);
    const qint64 delta = now.msecsTo(when);
    return milliseconds(std::max<qint64>(0, delta));
}

bool HttpClient::isLoopbackHost(const QString& rawHost)
{
    QString host = rawHost.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress addr;
    if (!addr.setAddress(host))
        return false;
    if (addr.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = addr.toIPv4Address(&isV4); // also unwraps ::ffff:127.x.y.z
    return isV4 && (v4 >> 24) == 127;
}

Result<void, ApiError> HttpClient::checkUrlAllowed(const QUrl& url)
{
    auto refuse = [&](const QString& why) -> Result<void, ApiError> {
        ApiError e = ApiError::make(ApiError::Kind::Refused, why);
        e.redactedUrl = Redact::url(url);
        return e;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QStringLiteral("invalid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return refuse(QStringLiteral("plain http is only allowed to loopback hosts"));
    }
    return refuse(QStringLiteral("unsupported scheme \"%1\"").arg(scheme.left(20)));
}

QCoro::Task<Result<HttpResponse, ApiError>> HttpClient::sendOnce(const HttpRequest& request)
{
    if (auto allowed = checkUrlAllowed(request.url); !allowed)
        co_return allowed.error();
    if (request.cancellation && request.cancellation->isCancelled())
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("request cancelled"));

    QNetworkRequest nr(request.url);
    for (const auto& [name, value] : request.headers)
        nr.setRawHeader(name, value);
    const QByteArray verb = request.method.toUpper();
    if (request.body.isEmpty() && (verb == "POST" || verb == "PUT" || verb == "PATCH"))
        nr.setHeader(QNetworkRequest::ContentLengthHeader, 0); // else some servers wait for a body
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    nr.setMaximumRedirectsAllowed(5);

    milliseconds timeout = request.timeout.count() > 0 ? request.timeout : m_defaultTimeout;
    if (!request.deadline.isForever()) {
        const milliseconds left(request.deadline.remainingTime());
        if (left.count() <= 0)
            co_return ApiError::make(ApiError::Kind::Timeout,
                                     QStringLiteral("the request's deadline passed before it was sent"));
        timeout = std::min(timeout, left);
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(nr, request.method, request.body);
    auto state = std::make_shared<AttemptState>();
    std::shared_ptr<InFlight> inFlight = m_inFlight;
    inFlight->replies.insert(reply, state);
    if (request.cancellation) {
        // The reply is the context: the connection goes with it.
        connect(request.cancellation.data(), &Cancellation::cancelled, reply, [reply, state] {
            state->cancelled = true;
            reply->abort();
        });
    }

    connect(reply, &QNetworkReply::redirected, reply, [reply, state](const QUrl& target) {
        if (!checkUrlAllowed(target)) {
            state->refusedRedirect = true;
            state->refusedTarget = Redact::url(target);
            reply->abort();
            return;
        }
        emit reply->redirectAllowed();
    });
    // Never ignore TLS errors: the reply then fails with SslHandshakeFailedError.

    std::shared_ptr<bool> alive = m_alive;
    const bool finished = co_await qCoro(reply).waitForFinished(timeout);
    bool timedOut = false;
    if (!finished) {
        timedOut = true;
        reply->abort();
    }
    inFlight->replies.remove(reply);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> guard(
        reply, [](QNetworkReply* r) { r->deleteLater(); });
    if (!*alive || state->cancelled)
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("request cancelled"));
    if (timedOut) {
        co_return ApiError::make(ApiError::Kind::Timeout,
                                 QStringLiteral("no complete answer within %1 ms").arg(timeout.count()));
    }
    if (state->refusedRedirect) {
        co_return ApiError::make(
            ApiError::Kind::Refused,
            QStringLiteral("redirect to a disallowed URL: %1").arg(state->refusedTarget));
    }

    const QNetworkReply::NetworkError code = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (status == 0 || isNetworkLayerError(code)) {
        // No HTTP answer, or the connection broke mid-body (a truncated answer is not an answer).
        co_return networkError(code == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : code,
                               reply->errorString());
    }
    if (code == QNetworkReply::ProtocolFailure || code == QNetworkReply::ProtocolUnknownError)
        co_return networkError(code, reply->errorString());

    HttpResponse response;
    response.status = status;
    if (reply->bytesAvailable() > m_maxResponseBytes) {
        co_return ApiError::make(ApiError::Kind::BadResponse,
                                 QStringLiteral("response larger than %1 bytes").arg(m_maxResponseBytes));
    }
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    co_return response;
}

QCoro::Task<Result<HttpResponse, ApiError>> HttpClient::send(HttpRequest request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    std::shared_ptr<bool> alive = m_alive;
    const QString method = QString::fromLatin1(request.method.toUpper());
    const QString url = Redact::url(request.url);

    // Whether an attempt found no route to the server and none since got an answer: a request whose later
    // attempts then time out (a link down that stops answering at all) ends unreachable too.
    bool sawOffline = false;
    for (int attempt = 1;; ++attempt) {
        auto result = co_await sendOnce(request);
        if (!*alive)
            co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("client shut down"));
        const auto ms = elapsed.elapsed();
        if (result)
            Q_EMIT serverReached(); // any answer: the network carried it
        sawOffline = result ? false : (sawOffline || result.error().kind == ApiError::Kind::Offline);

        std::optional<ApiError> error;
        if (result) {
            HttpResponse& response = result.value();
            if (response.status >= 200 && response.status < 300) {
                response.attempts = attempt;
                response.elapsed = milliseconds(ms);
                qCDebug(lcBackend).noquote() << method << url << "->" << response.status << "in" << ms << "ms"
                                             << "(attempt" << attempt << ")";
                co_return std::move(response);
            }
            ApiError e = ApiError::fromHttpStatus(response.status, response.body);
            e.retryAfter = parseRetryAfter(response.header(QByteArrayLiteral("Retry-After")), m_now());
            error = std::move(e);
        } else {
            error = result.error();
        }
        error->method = method;
        error->redactedUrl = url;

        const bool serverAskedRetry =
            error->kind == ApiError::Kind::Http &&
            (error->httpStatus == 429 || (error->httpStatus == 503 && error->retryAfter));
        bool retry = serverAskedRetry || (request.isIdempotent() && error->isTransient());
        if (attempt >= m_policy.maxAttempts)
            retry = false;
        milliseconds wait = backoffDelay(attempt - 1, m_policy, m_random());
        if (retry && error->retryAfter) {
            if (*error->retryAfter > m_policy.maxRetryAfter)
                retry = false; // the server asks for longer than we are willing to wait: report it
            else
                wait = *error->retryAfter;
        }
        if (retry && !request.deadline.isForever() && wait.count() >= request.deadline.remainingTime())
            retry = false; // the retry could not even start before the deadline
        if (!retry) {
            qCInfo(lcBackend).noquote()
                << error->logString() << "in" << ms << "ms (attempt" << attempt << ")";
            // Said of the request's outcome, not of each attempt: an attempt that a retry mends says nothing.
            if (error->kind == ApiError::Kind::Offline ||
                (sawOffline && error->kind == ApiError::Kind::Timeout))
                Q_EMIT serverUnreachable();
            co_return *error;
        }
        qCDebug(lcBackend).noquote() << error->logString() << "- retrying in" << wait.count() << "ms (attempt"
                                     << attempt << ")";
        if (request.onRetry)
            request.onRetry(*error, wait);
        if (request.cancellation && m_defaultDelay)
            co_await awaitSignal(request.cancellation.data(), &Cancellation::cancelled, wait);
        else
            co_await m_delay(wait);
        if (!*alive)
            co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("client shut down"));
        if (request.cancellation && request.cancellation->isCancelled())
            co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("request cancelled"));
    }
}

QCoro::Task<Result<QJsonDocument, ApiError>> HttpClient::sendJson(HttpRequest request)
{
    const QString method = QString::fromLatin1(request.method.toUpper());
    const QString url = Redact::url(request.url);
    auto response = co_await send(std::move(request));
    if (!response)
        co_return response.error();
    auto doc = parseJsonDocument(response->body);
    if (!doc) {
        ApiError e = doc.error();
        e.method = method;
        e.redactedUrl = url;
        e.httpStatus = response->status;
        qCInfo(lcBackend).noquote() << e.logString();
        co_return e;
    }
    co_return std::move(doc.value());
}

} // namespace sv
