#pragma once

// Small HTTP/JSON helpers shared by the sandbox's services.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#define SVL(s) QStringLiteral(s)

namespace sv::sandbox {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; ///< upper case: GET, POST, ...
    QString path;      ///< decoded path, e.g. /rest/v1/quota_usage_history
    QUrlQuery query;
    QUrl url;
    HeaderPairs headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    QString queryValue(const QString& key) const; ///< fully decoded
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
    /// The JSON object body; `ok` false when the body is not a JSON object.
    QJsonObject jsonObject(bool* ok = nullptr) const;
    /// application/x-www-form-urlencoded body.
    QUrlQuery form() const;
    QString formValue(const QString& key) const;
    /// The bearer token of the Authorization header, empty if none.
    QString bearerToken() const;
};

struct HttpResponse
{
    int status = 200;
    HeaderPairs headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonValue& value);
    static HttpResponse html(int status, const QString& html);
    static HttpResponse redirect(int status, const QUrl& location);
    static HttpResponse empty(int status);
    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};

QByteArray base64Url(const QByteArray& data);
QByteArray fromBase64Url(const QByteArray& data, bool* ok = nullptr);
QString randomToken(int bytes);
QString htmlEscape(const QString& text);
QString isoTime(qint64 unixSeconds);
bool isLoopbackRedirect(const QUrl& url);
/// Adds query items to a URL (keeps the existing ones).
QUrl withQuery(QUrl url, const QList<QPair<QString, QString>>& items);

/// Deterministic 64-bit mixing (splitmix64).
quint64 mix64(quint64 x);

} // namespace sv::sandbox
