#pragma once

#include "backend/ApiError.h"

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sv {

/// Parses a whole document; malformed or truncated input gives a BadResponse error naming the offset.
Result<QJsonDocument, ApiError> parseJsonDocument(const QByteArray& bytes);
Result<QJsonObject, ApiError> parseJsonObject(const QByteArray& bytes);
Result<QJsonArray, ApiError> parseJsonArray(const QByteArray& bytes);

/// Type-checked reads from a JSON object. The first problem is remembered (with its JSON path, e.g.
/// "$.user.id: expected a string, got a number") and later reads return defaults; a decoder reads
/// everything into locals, then checks error() once, so a bad document never yields a half-filled value.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = QStringLiteral("$"));

    QString requireString(const QString& key);
    /// Missing or null -> std::nullopt; present with another type -> error.
    std::optional<QString> optionalString(const QString& key);
    /// Integral JSON numbers; with `allowNumericString`, also "123" (YouTube statistics are strings).
    qint64 requireInt(const QString& key, bool allowNumericString = false);
    std::optional<qint64> optionalInt(const QString& key, bool allowNumericString = false);
    double requireNumber(const QString& key);
    bool requireBool(const QString& key);
    std::optional<bool> optionalBool(const QString& key);
    /// ISO 8601 text (PostgREST timestamptz) -> UTC date-time.
    QDateTime requireTimestamp(const QString& key);
    std::optional<QDateTime> optionalTimestamp(const QString& key);
    /// Unix seconds (Stripe, GoTrue expires_at) -> UTC date-time.
    QDateTime requireUnixSeconds(const QString& key);
    std::optional<QDateTime> optionalUnixSeconds(const QString& key);
    JsonReader requireObject(const QString& key);
    std::optional<JsonReader> optionalObject(const QString& key);
    QJsonArray requireArray(const QString& key);
    std::optional<QJsonArray> optionalArray(const QString& key);

    /// Records an error found by the caller (e.g. an unknown enum value) at `key`.
    void fail(const QString& key, const QString& message);
    /// Adopts the first error of a nested reader.
    void merge(const JsonReader& nested);

    bool ok() const { return !m_error.has_value(); }
    /// The first problem as a BadResponse error, if any.
    std::optional<ApiError> error() const;
    const QJsonObject& object() const { return m_object; }
    QString path() const { return m_path; }
    QString pathOf(const QString& key) const;

private:
    /// The value at `key`; nullopt when missing or null (an error too when `required`, or when an
    /// earlier error stopped reading).
    std::optional<QJsonValue> get(const QString& key, bool required);
    void typeError(const QString& key, const char* expected, const QJsonValue& got);

    QJsonObject m_object;
    QString m_path;
    std::optional<QString> m_error;
};

/// The JSON type name of a value for messages ("string", "number", "null"...).
QString jsonTypeName(const QJsonValue& value);

} // namespace sv
