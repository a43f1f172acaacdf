#include "backend/Json.h"

#include "text/Graphemes.h"

#include <cmath>

namespace sv {

namespace {

ApiError badJson(const QString& message)
{
    return ApiError::make(ApiError::Kind::BadResponse, message);
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0; // 2^53
}

} // namespace

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Result<QJsonDocument, ApiError> parseJsonDocument(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty())
        return badJson(QStringLiteral("empty response body where JSON was expected"));
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return badJson(QStringLiteral("malformed JSON at offset %1 of %2 bytes: %3")
                           .arg(error.offset)
                           .arg(bytes.size())
                           .arg(error.errorString()));
    }
    return doc;
}

Result<QJsonObject, ApiError> parseJsonObject(const QByteArray& bytes)
{
    auto doc = parseJsonDocument(bytes);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return badJson(QStringLiteral("$: expected a JSON object, got %1")
                           .arg(doc->isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar")));
    return doc->object();
}

Result<QJsonArray, ApiError> parseJsonArray(const QByteArray& bytes)
{
    auto doc = parseJsonDocument(bytes);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return badJson(QStringLiteral("$: expected a JSON array, got %1")
                           .arg(doc->isObject() ? QStringLiteral("an object") : QStringLiteral("a scalar")));
    return doc->array();
}

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{
}

QString JsonReader::pathOf(const QString& key) const
{
    return m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString& key, const QString& message)
{
    if (!m_error)
        m_error = pathOf(key) + QLatin1String(": ") + message;
}

void JsonReader::merge(const JsonReader& nested)
{
    if (!m_error && nested.m_error)
        m_error = nested.m_error;
}

std::optional<ApiError> JsonReader::error() const
{
    if (!m_error)
        return std::nullopt;
    return badJson(*m_error);
}

void JsonReader::typeError(const QString& key, const char* expected, const QJsonValue& got)
{
    fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), jsonTypeName(got)));
}

std::optional<QJsonValue> JsonReader::get(const QString& key, bool required)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, v.isNull() ? QStringLiteral("required value is null") : QStringLiteral("missing"));
        return std::nullopt;
    }
    return v;
}

QString JsonReader::requireString(const QString& key)
{
    auto v = get(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        typeError(key, "a string", *v);
        return {};
    }
    return v->toString();
}

std::optional<QString> JsonReader::optionalString(const QString& key)
{
    auto v = get(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        typeError(key, "a string", *v);
        return std::nullopt;
    }
    return v->toString();
}

std::optional<qint64> JsonReader::optionalInt(const QString& key, bool allowNumericString)
{
    auto v = get(key, false);
    if (!v)
        return std::nullopt;
    if (v->isDouble()) {
        const double d = v->toDouble();
        if (!isIntegral(d)) {
            fail(key, QStringLiteral("expected an integer, got %1").arg(d));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }
    if (allowNumericString && v->isString()) {
        bool ok = false;
        const qint64 n = v->toString().toLongLong(&ok);
        if (!ok) {
            fail(key, QStringLiteral("expected an integer string, got \"%1\"")
                          .arg(Graphemes::elide(v->toString(), 40)));
            return std::nullopt;
        }
        return n;
    }
    typeError(key, "an integer", *v);
    return std::nullopt;
}

qint64 JsonReader::requireInt(const QString& key, bool allowNumericString)
{
    if (m_error)
        return 0;
    if (!get(key, true))
        return 0;
    return optionalInt(key, allowNumericString).value_or(0);
}

double JsonReader::requireNumber(const QString& key)
{
    auto v = get(key, true);
    if (!v)
        return 0;
    if (!v->isDouble()) {
        typeError(key, "a number", *v);
        return 0;
    }
    return v->toDouble();
}

std::optional<bool> JsonReader::optionalBool(const QString& key)
{
    auto v = get(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        typeError(key, "a boolean", *v);
        return std::nullopt;
    }
    return v->toBool();
}

bool JsonReader::requireBool(const QString& key)
{
    if (!get(key, true))
        return false;
    return optionalBool(key).value_or(false);
}

std::optional<QDateTime> JsonReader::optionalTimestamp(const QString& key)
{
    auto text = optionalString(key);
    if (!text)
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(*text, Qt::ISODate);
    if (!dt.isValid()) {
        // PostgreSQL's text form: "2026-01-02 03:04:05.123456+00" -> ISO.
        QString iso = *text;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (iso.size() >= 3 &&
            (iso.at(iso.size() - 3) == QLatin1Char('+') || iso.at(iso.size() - 3) == QLatin1Char('-')))
            iso += QLatin1String(":00");
        dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        fail(key, QStringLiteral("expected an ISO 8601 timestamp, got \"%1\"").arg(text->left(40)));
        return std::nullopt;
    }
    return dt.toUTC();
}

QDateTime JsonReader::requireTimestamp(const QString& key)
{
    if (!get(key, true))
        return {};
    return optionalTimestamp(key).value_or(QDateTime());
}

std::optional<QDateTime> JsonReader::optionalUnixSeconds(const QString& key)
{
    auto secs = optionalInt(key);
    if (!secs)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
}

QDateTime JsonReader::requireUnixSeconds(const QString& key)
{
    if (!get(key, true))
        return {};
    return optionalUnixSeconds(key).value_or(QDateTime());
}

std::optional<JsonReader> JsonReader::optionalObject(const QString& key)
{
    auto v = get(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        typeError(key, "an object", *v);
        return std::nullopt;
    }
    return JsonReader(v->toObject(), pathOf(key));
}

JsonReader JsonReader::requireObject(const QString& key)
{
    if (!get(key, true))
        return JsonReader({}, pathOf(key));
    auto r = optionalObject(key);
    return r ? *r : JsonReader({}, pathOf(key));
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString& key)
{
    auto v = get(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        typeError(key, "an array", *v);
        return std::nullopt;
    }
    return v->toArray();
}

QJsonArray JsonReader::requireArray(const QString& key)
{
    if (!get(key, true))
        return {};
    return optionalArray(key).value_or(QJsonArray());
}

} // namespace sv
