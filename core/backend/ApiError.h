#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace sv {

/// The one error type of every network call (backend, Stripe through the backend, platforms).
/// Carries what the UI needs (a translated message, whether a retry may help, Retry-After) and what a
/// log needs (logString(), which never contains a token).
struct ApiError
{
    enum class Kind {
        Offline,     ///< no connection: refused, DNS failure, reset, network down
        Timeout,     ///< the per-request timeout elapsed
        Tls,         ///< certificate or handshake failure (never ignored)
        Http,        ///< the server answered with a non-2xx status
        Api,         ///< a 2xx answer whose envelope reports an error (TikTok's error.code != "ok")
        BadResponse, ///< malformed, truncated or wrongly typed data
        Refused,     ///< refused before sending: http:// to a non-loopback host, bad scheme or URL
        Cancelled,   ///< the request was cancelled (client shut down)
    };

    Kind kind = Kind::BadResponse;
    int httpStatus = 0;  ///< 0 when no HTTP answer was received
    QString apiCode;     ///< the API's own code: "invalid_credentials", "PGRST116", "quotaExceeded", "190"...
    QString apiMessage;  ///< the API's own message (redacted of anything token-like)
    QString details;     ///< PostgREST details, YouTube reason list, TikTok log_id...
    QString hint;        ///< PostgREST hint
    QString method;      ///< "GET", "POST"...
    QString redactedUrl; ///< the URL with secret-looking query values replaced by "***"
    QString internalMessage; ///< developer-facing detail (a JSON path, a Qt network error string)
    std::optional<std::chrono::milliseconds> retryAfter; ///< from a Retry-After header

    static ApiError make(Kind kind, QString internalMessage = {});

    /// Builds an error for an HTTP status and parses the API's error body (GoTrue, PostgREST, YouTube,
    /// Instagram/Graph, TikTok shapes). A body that is not JSON leaves apiCode/apiMessage empty.
    static ApiError fromHttpStatus(int status, const QByteArray& body);
    /// Fills apiCode/apiMessage/details/hint from a JSON error body; returns true when a known shape
    /// was recognised.
    bool parseErrorBody(const QByteArray& body);

    /// True for conditions that may go away by themselves: Offline, Timeout, 408, 429, 5xx.
    bool isTransient() const;
    /// True when the server or network could not be reached or did not answer (Offline, Timeout, 5xx):
    /// the cache may serve a stale value instead.
    bool isUnavailable() const;
    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }

    /// A translated sentence for the user.
    QString userMessage() const;
    /// One line for logs: kind, status, codes, method and redacted URL. Never a token or a body.
    QString logString() const;

    static QString kindName(Kind kind);
};

} // namespace sv
