#pragma once

#include "Platform.h"
#include "Result.h"
#include "backend/ApiError.h"
#include "backend/HttpClient.h"
#include "platforms/PlatformConnector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <QCoro/QCoroTask>

#include <optional>

namespace sv {

class JsonReader;

/// A PlatformError of `kind` for `platform` with the standard translated message.
/// `detail` (developer-facing, untranslated, no secrets) goes to PlatformError::detail.
PlatformError makePlatformError(Platform platform, PlatformError::Kind kind, QString detail = {},
                                int httpStatus = 0);

/// The one HTTP/JSON path of the three connectors, over the app's HttpClient (timeouts, retries with
/// backoff, Retry-After, loopback/https rule, redacted logging):
/// - sends with the access token as a bearer header or as the `access_token` query parameter;
/// - parses the body as one JSON object (truncated/malformed -> Malformed naming the offset);
/// - unwraps TikTok's `{"data", "error": {"code": "ok"}}` envelope;
/// - maps every platform's error envelope to a PlatformError kind (see mapError());
/// - keeps a content call's requests within its CallScope (deadline, per-answer timeout) and tells the
///   scope of each retry with the reason mapped like an error.
class PlatformHttp
{
    Q_DECLARE_TR_FUNCTIONS(PlatformHttp)

public:
    enum class TokenPlacement { BearerHeader, QueryParameter };

    PlatformHttp(Platform platform, HttpClient* http);

    Platform platform() const { return m_platform; }
    HttpClient* client() const { return m_http; }

    QCoro::Task<Result<QJsonObject, PlatformError>>
    getJson(QUrl url, QString accessToken, TokenPlacement placement = TokenPlacement::BearerHeader,
            CallScope scope = {});
    /// A POST with a JSON body; `idempotent` lets the client retry it (read-only calls such as TikTok's
    /// video list).
    QCoro::Task<Result<QJsonObject, PlatformError>> postJson(QUrl url, QJsonObject body, QString accessToken,
                                                             bool idempotent, CallScope scope = {});
    /// A form-encoded POST without a token (OAuth token and revoke endpoints). Never retried unless
    /// `idempotent`: an authorization code is single-use.
    QCoro::Task<Result<QJsonObject, PlatformError>> postForm(QUrl url, QUrlQuery form,
                                                             bool idempotent = false);

    /// Maps a transport or HTTP error:
    /// - Offline/TLS -> Network, Timeout -> Timeout, BadResponse -> Malformed, Refused -> Config,
    ///   Cancelled -> Cancelled;
    /// - OAuth `invalid_grant` -> ReconnectNeeded, `invalid_client`/`redirect_uri_mismatch` -> Config;
    /// - YouTube 401 `authError` -> Unauthorized, 403 `quotaExceeded`/`dailyLimitExceeded` ->
    ///   QuotaExceeded, `rateLimitExceeded`/`userRateLimitExceeded` -> RateLimited,
    ///   `insufficientPermissions`/`forbidden` -> ReconnectNeeded;
    /// - Instagram code 190 -> Unauthorized, 4/17/32/613 -> RateLimited, 10/200 -> ReconnectNeeded;
    /// - TikTok `access_token_invalid` -> Unauthorized, `rate_limit_exceeded` -> RateLimited,
    ///   `scope_not_authorized`/`scope_permission_missed` -> ReconnectNeeded;
    /// - then any 401 -> Unauthorized, 429 -> RateLimited (with Retry-After), other statuses -> Server.
    PlatformError mapError(const ApiError& error) const;
    /// A Malformed error for a decoder's first problem (its JSON path names the field).
    PlatformError malformed(const JsonReader& reader) const;
    PlatformError malformed(const QString& detail) const;

    /// ISO 8601 duration ("PT1H2M3S", "P1DT2H", "P0D", "PT0.5S" rounded down) -> seconds; nullopt if
    /// not a valid duration.
    static std::optional<qint64> parseIsoDuration(const QString& text);
    /// ISO 8601 date-time with "Z", "+HH:MM" or "+HHMM" (Instagram) -> UTC; invalid if unparsable.
    static QDateTime parseTimestamp(const QString& text);
    /// `base` + `path` (appended to base's path, one '/' between them) with the query items, every value
    /// fully percent-encoded.
    static QUrl endpoint(const QUrl& base, const QString& path,
                         const QList<QPair<QString, QString>>& query = {});
    /// A title for media without one (Instagram captions, untitled TikTok videos): the text's first
    /// line, shortened to 120 characters as a user counts them (grapheme clusters, never cut inside
    /// one), the ellipsis included.
    static QString titleFromText(const QString& text);
    /// Adds `key=value` with the value fully percent-encoded (tokens and codes may hold '+', '/', '=').
    static void addQueryValue(QUrlQuery& query, const QString& key, const QString& value);
    /// A JSON id that may be a string or an integral number (Instagram user_id); empty if neither.
    static QString idText(const QJsonValue& value);

private:
    QCoro::Task<Result<QJsonObject, PlatformError>> sendForObject(HttpRequest request);
    /// The scope's deadline and per-answer timeout on `request`, and its retry observer.
    void applyScope(HttpRequest& request, const CallScope& scope) const;

    Platform m_platform;
    HttpClient* m_http;
};

} // namespace sv
