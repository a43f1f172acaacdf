#include "backend/ApiError.h"

#include "text/Graphemes.h"
#include "text/Redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sv::ApiError", text);
}

/// A JSON scalar as text (codes are strings in some APIs and numbers in others).
QString scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

constexpr qsizetype MaxMessageLength = 500;

QString clean(const QString& s)
{
    // Redacted before it is shortened: a cut could leave a piece of a secret the patterns no longer see.
    return Graphemes::elide(Redact::text(s), MaxMessageLength).simplified();
}

} // namespace

ApiError ApiError::make(Kind kind, QString internalMessage)
{
    ApiError e;
    e.kind = kind;
    e.internalMessage = clean(internalMessage);
    return e;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray& body)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.parseErrorBody(body);
    return e;
}

bool ApiError::parseErrorBody(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();

    const QJsonValue err = o.value(QLatin1String("error"));
    if (err.isObject()) {
        const QJsonObject eo = err.toObject();
        // TikTok: {"error": {"code": "access_token_invalid", "message", "log_id"}}
        if (eo.contains(QLatin1String("log_id"))) {
            apiCode = clean(scalarText(eo.value(QLatin1String("code"))));
            apiMessage = clean(eo.value(QLatin1String("message")).toString());
            details = clean(eo.value(QLatin1String("log_id")).toString());
            return true;
        }
        // YouTube: {"error": {"code": 403, "message", "errors": [{"domain","reason","message"}]}}
        if (eo.contains(QLatin1String("errors"))) {
            const QJsonArray errors = eo.value(QLatin1String("errors")).toArray();
            QStringList reasons;
            for (const QJsonValue& item : errors) {
                const QString reason = item.toObject().value(QLatin1String("reason")).toString();
                if (!reason.isEmpty())
                    reasons << reason;
            }
            apiCode =
                clean(reasons.isEmpty() ? scalarText(eo.value(QLatin1String("code"))) : reasons.first());
            apiMessage = clean(eo.value(QLatin1String("message")).toString());
            details = clean(reasons.join(QLatin1String(", ")));
            return true;
        }
        // Instagram / Graph: {"error": {"message", "type", "code", "fbtrace_id"}}
        apiCode = clean(scalarText(eo.value(QLatin1String("code"))));
        apiMessage = clean(eo.value(QLatin1String("message")).toString());
        details = clean(eo.value(QLatin1String("type")).toString());
        return !apiCode.isEmpty() || !apiMessage.isEmpty();
    }

    // GoTrue (newer): {"code": 400, "error_code": "invalid_credentials", "msg": "..."}
    if (o.contains(QLatin1String("error_code")) || o.contains(QLatin1String("msg"))) {
        apiCode = clean(scalarText(o.value(QLatin1String("error_code"))));
        if (apiCode.isEmpty())
            apiCode = clean(scalarText(o.value(QLatin1String("code"))));
        apiMessage = clean(o.value(QLatin1String("msg")).toString());
        if (apiMessage.isEmpty())
            apiMessage = clean(o.value(QLatin1String("message")).toString());
        return true;
    }
    // GoTrue (older) / OAuth: {"error": "invalid_grant", "error_description": "..."}
    if (err.isString()) {
        apiCode = clean(err.toString());
        apiMessage = clean(o.value(QLatin1String("error_description")).toString());
        if (apiMessage.isEmpty())
            apiMessage = clean(o.value(QLatin1String("message")).toString());
        return true;
    }
    // PostgREST: {"code": "PGRST116", "message", "details", "hint"}
    if (o.contains(QLatin1String("message")) || o.contains(QLatin1String("code"))) {
        apiCode = clean(scalarText(o.value(QLatin1String("code"))));
        apiMessage = clean(o.value(QLatin1String("message")).toString());
        details = clean(scalarText(o.value(QLatin1String("details"))));
        hint = clean(scalarText(o.value(QLatin1String("hint"))));
        return true;
    }
    return false;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isUnavailable() const
{
    return kind == Kind::Offline || kind == Kind::Timeout || (kind == Kind::Http && httpStatus >= 500);
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Offline:
        return tr("You appear to be offline: the server could not be reached.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Please try again.");
    case Kind::Tls:
        return tr("The secure connection could not be verified. Check your network or system date.");
    case Kind::Refused:
        return tr("This address is not allowed: connections must use HTTPS.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::BadResponse:
        return tr("The server sent an answer the app cannot read.");
    case Kind::Api:
    case Kind::Http:
        break;
    }
    if (httpStatus == 401)
        return tr("Your session has expired. Please sign in again.");
    if (httpStatus == 403)
        return tr("You do not have permission to do this.");
    if (httpStatus == 404)
        return tr("The requested item was not found.");
    if (httpStatus == 429) {
        if (retryAfter) {
            const auto secs = std::chrono::duration_cast<std::chrono::seconds>(*retryAfter).count();
            return QCoreApplication::translate("sv::ApiError",
                                               "Too many requests. Try again in %n second(s).", nullptr,
                                               static_cast<int>(std::max<qint64>(1, secs)));
        }
        return tr("Too many requests. Please wait a moment and try again.");
    }
    if (httpStatus >= 500)
        return tr("The service is temporarily unavailable. Please try again later.");
    if (!apiMessage.isEmpty())
        return QCoreApplication::translate("sv::ApiError", "The server refused the request: %1")
            .arg(apiMessage);
    return tr("The server refused the request.");
}

QString ApiError::logString() const
{
    QString s = kindName(kind);
    if (httpStatus)
        s += QLatin1Char(' ') + QString::number(httpStatus);
    if (!method.isEmpty() || !redactedUrl.isEmpty())
        s += QLatin1Char(' ') + method + QLatin1Char(' ') + redactedUrl;
    if (!apiCode.isEmpty())
        s += QLatin1String(" api_code=") + apiCode;
    if (!apiMessage.isEmpty())
        s += QLatin1String(" message=\"") + apiMessage + QLatin1Char('"');
    if (!details.isEmpty())
        s += QLatin1String(" details=\"") + details + QLatin1Char('"');
    if (!internalMessage.isEmpty())
        s += QLatin1String(" (") + internalMessage + QLatin1Char(')');
    if (retryAfter)
        s += QLatin1String(" retry-after=") + QString::number(retryAfter->count()) + QLatin1String("ms");
    return s; // every part is already redacted (clean() / Redact::url)
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Offline:
        return QStringLiteral("Offline");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Api:
        return QStringLiteral("Api");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Refused:
        return QStringLiteral("Refused");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace sv
