#include "SandboxHttp.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>

namespace sv::sandbox {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString HttpRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QJsonObject HttpRequest::jsonObject(bool* ok) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const bool good = error.error == QJsonParseError::NoError && doc.isObject();
    if (ok) {
        *ok = good;
    }
    return good ? doc.object() : QJsonObject{};
}

QUrlQuery HttpRequest::form() const
{
    QByteArray copy = body;
    copy.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(copy));
}

QString HttpRequest::formValue(const QString& key) const
{
    return form().queryItemValue(key, QUrl::FullyDecoded);
}

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("Authorization").trimmed();
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        return QString::fromUtf8(auth.mid(7).trimmed());
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonValue& value)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    if (value.isArray()) {
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else if (value.isObject()) {
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else {
        // Scalars: wrap in an array, serialise, strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        r.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return r;
}

HttpResponse HttpResponse::html(int status, const QString& html)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8")));
    r.body = html.toUtf8();
    return r;
}

HttpResponse HttpResponse::redirect(int status, const QUrl& location)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), location.toString(QUrl::FullyEncoded).toUtf8()));
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse& HttpResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray& data, bool* ok)
{
    const auto result = QByteArray::fromBase64Encoding(data, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (ok) {
        *ok = static_cast<bool>(result);
    }
    return result.decoded;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(base64Url(raw));
}

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString isoTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

bool isLoopbackRedirect(const QUrl& url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http")) {
        return false;
    }
    const QString host = url.host();
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>>& items)
{
    QUrlQuery q(url);
    for (const auto& [key, value] : items) {
        QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(value));
        q.addQueryItem(key, encoded);
    }
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace sv::sandbox
