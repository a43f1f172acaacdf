#pragma once

#include "backend/ApiError.h"

#include "Cancellation.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcBackend)

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Whole-request deadline for one attempt; zero = the client's default.
    std::chrono::milliseconds timeout{0};
    /// Overrides the method's idempotency (e.g. a POST carrying an Idempotency-Key, or a read-only RPC).
    std::optional<bool> idempotent;
    /// Deadline of the whole send(), retries and their waits included: each attempt's timeout is cut to
    /// what is left (Timeout when it runs out) and no retry is started whose wait would pass it.
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    /// Told before each wait for a retry: the error that caused it and how long the wait is (progress for
    /// the user, e.g. "retrying in 8 s").
    std::function<void(const ApiError& error, std::chrono::milliseconds wait)> onRetry;
    /// When set and cancelled: the attempt in flight is aborted at once, a wait for a retry ends early and
    /// send() answers Cancelled (a sync stopped by the user does not wait for a platform that hangs).
    QPointer<Cancellation> cancellation;

    void setHeader(const QByteArray& name, const QByteArray& value);
    bool isIdempotent() const;

    static HttpRequest get(const QUrl& url);
    /// A POST with a JSON body and Content-Type: application/json.
    static HttpRequest postJson(const QUrl& url, const QJsonDocument& body);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1;
    std::chrono::milliseconds elapsed{0};

    /// Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray& name) const;
};

struct RetryPolicy
{
    int maxAttempts = 3; ///< total attempts including the first
    std::chrono::milliseconds baseDelay{300};
    std::chrono::milliseconds maxDelay{10'000};
    /// A Retry-After longer than this is not waited for: the error is returned with retryAfter set.
    std::chrono::milliseconds maxRetryAfter{30'000};
};

/// The one HTTP/JSON path of the app (backend, and the platform connectors later).
/// - one QNetworkAccessManager, QCoro awaits, never blocks;
/// - a deadline on every attempt;
/// - retries with exponential backoff and full jitter, only for idempotent requests (GET, HEAD, PUT,
///   DELETE, OPTIONS or a request flagged idempotent) on Offline/Timeout/408/5xx, and for any method on
///   429, or 503 with Retry-After (the server says it did not process the request); Retry-After
///   (seconds or HTTP-date) is honoured up to RetryPolicy::maxRetryAfter; HttpRequest::deadline bounds
///   the whole request with its retries, HttpRequest::onRetry is told of each retry before its wait;
/// - plain http:// only to loopback hosts, refused before anything is sent, redirects checked the same
///   way; TLS errors are never ignored;
/// - logs method, redacted URL, status and duration to "streamvibe.backend"; never headers or bodies.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    /// Waits the given time (the default uses a QTimer; tests inject one that records and returns).
    using DelayFunction = std::function<QCoro::Task<void>(std::chrono::milliseconds)>;
    /// A uniform random number in [0, 1).
    using RandomSource = std::function<double()>;
    /// The current time, for HTTP-date Retry-After values.
    using NowFunction = std::function<QDateTime()>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    void setDelayFunction(DelayFunction delay);
    void setRandomSource(RandomSource random);
    void setNowFunction(NowFunction now);
    /// Upper bound on a response body; larger answers are a BadResponse.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    /// Sends with retries. A non-2xx final answer is an ApiError of kind Http with the API's code
    /// parsed from the body.
    QCoro::Task<Result<HttpResponse, ApiError>> send(HttpRequest request);
    /// send() and parse the 2xx body as JSON (malformed or truncated -> BadResponse).
    QCoro::Task<Result<QJsonDocument, ApiError>> sendJson(HttpRequest request);

    /// Aborts every request in flight; their callers get ApiError::Kind::Cancelled.
    void cancelAll();
    int requestsInFlight() const;

    /// Full-jitter backoff for retry number `retry` (0 = first retry): random * min(maxDelay, base *
    /// 2^retry).
    static std::chrono::milliseconds backoffDelay(int retry, const RetryPolicy& policy, double random);
    /// Parses Retry-After: delta-seconds or an HTTP-date (relative to `now`); nullopt if unparsable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                                    const QDateTime& now);
    /// 127.0.0.0/8, ::1 (and IPv4-mapped loopback) or "localhost".
    static bool isLoopbackHost(const QString& host);
    /// Success when the URL may be requested; else the Refused error.
    static Result<void, ApiError> checkUrlAllowed(const QUrl& url);

Q_SIGNALS:
    /// A server answered an attempt (any HTTP status): the network carried the request (NetworkStatus).
    void serverReached();
    /// A request ended without reaching its server, its retries included: refused, no route, DNS, network
    /// down (its error is ApiError::Kind::Offline). An attempt that fails and is retried says nothing: the
    /// retry may get through (a moment's loss of the network is no offline state).
    void serverUnreachable();

private:
    struct Attempt;
    QCoro::Task<Result<HttpResponse, ApiError>> sendOnce(const HttpRequest& request);

    QNetworkAccessManager* m_nam;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_defaultTimeout{30'000};
    qint64 m_maxResponseBytes = 64LL * 1024 * 1024;
    DelayFunction m_delay;
    bool m_defaultDelay = true; ///< m_delay is the real timer: a cancellation can end it early
    RandomSource m_random;
    NowFunction m_now;
    std::shared_ptr<bool> m_alive;
    struct InFlight;
    std::shared_ptr<InFlight> m_inFlight;
};

} // namespace sv
