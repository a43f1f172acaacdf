#include "HttpBrowserLauncher.h"

#include <QTest>

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sv::test {

namespace {

constexpr int MaxHops = 20;

QString htmlUnescape(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

} // namespace

HttpBrowserLauncher::HttpBrowserLauncher(QObject* parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool HttpBrowserLauncher::open(const QUrl& url)
{
    m_opened.append(url);
    if (!m_navigate)
        return m_openResult;
    const QUrl target = m_rewriter ? m_rewriter(url) : url;
    ++m_navigating;
    request(QByteArrayLiteral("GET"), target, {}, 0);
    return m_openResult;
}

void HttpBrowserLauncher::request(const QByteArray& method, QUrl url, const QByteArray& body, int hops)
{
    url.setFragment(QString()); // browsers never send the fragment
    m_visited.append(url);
    QNetworkRequest nr(url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(30'000);
    QNetworkReply* reply = nullptr;
    if (method == "POST") {
        nr.setHeader(QNetworkRequest::ContentTypeHeader,
                     QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(nr, body);
    } else {
        reply = m_nam.get(nr);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, hops] { handle(reply, hops); });
}

void HttpBrowserLauncher::handle(QNetworkReply* reply, int hops)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QUrl url = reply->url();
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location") && hops < MaxHops) {
        const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        request(QByteArrayLiteral("GET"), location, {}, hops + 1);
        return;
    }
    if (status == 200 && hops < MaxHops && submitConsent(url, body, hops))
        return;
    finish(status, url, body);
}

bool HttpBrowserLauncher::submitConsent(const QUrl& pageUrl, const QByteArray& html, int hops)
{
    const QString page = QString::fromUtf8(html);
    static const QRegularExpression formRx(
        QStringLiteral("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\""),
        QRegularExpression::CaseInsensitiveOption);
    const auto form = formRx.match(page);
    if (!form.hasMatch() || !page.contains(QLatin1String("name=\"decision\"")))
        return false;
    QUrlQuery fields;
    static const QRegularExpression inputRx(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    for (auto it = inputRx.globalMatch(page); it.hasNext();) {
        const auto m = it.next();
        fields.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(1)))),
                            QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(2)))));
    }
    fields.addQueryItem(QStringLiteral("decision"),
                        m_decision == Decision::Allow ? QStringLiteral("allow") : QStringLiteral("deny"));
    const QUrl action = pageUrl.resolved(QUrl(htmlUnescape(form.captured(1))));
    request(QByteArrayLiteral("POST"), action, fields.query(QUrl::FullyEncoded).toUtf8(), hops + 1);
    return true;
}

void HttpBrowserLauncher::finish(int status, const QUrl& url, const QByteArray& body)
{
    m_lastStatus = status;
    m_lastUrl = url;
    m_lastBody = body;
    m_navigating = qMax(0, m_navigating - 1);
    Q_EMIT finished(status, url);
}

bool HttpBrowserLauncher::waitUntilIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_navigating == 0; }, timeoutMs);
}

} // namespace sv::test
