#include "FormBrowser.h"

#include <QCoro/QCoroNetworkReply>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace sv::test {

FormBrowser::FormBrowser(QObject* parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool FormBrowser::open(const QUrl& url)
{
    if (!m_canOpen)
        return false;
    m_opened << url;
    const Action action = m_action;
    // Like a real browser: the page loads after open() returned.
    QTimer::singleShot(0, this, [this, url, action] { drive(url, action); });
    return true;
}

QCoro::Task<void> FormBrowser::drive(QUrl url, Action action)
{
    m_error.clear();
    auto fail = [this](const QString& message) {
        m_error = message;
        Q_EMIT done();
    };
    std::unique_ptr<QNetworkReply> page(co_await m_nam.get(QNetworkRequest(url)));
    const QByteArray html = page->readAll();
    m_lastStatus = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastBody = html;
    if (m_lastStatus != 200) {
        fail(QStringLiteral("page answered %1").arg(m_lastStatus));
        co_return;
    }
    if (action == Action::Nothing) {
        Q_EMIT done();
        co_return;
    }
    const QString buttonId = action == Action::Cancel             ? QStringLiteral("cancel")
                             : action == Action::CancelPlanPortal ? QStringLiteral("cancel-plan")
                             : action == Action::SwitchPlanPortal ? QStringLiteral("switch-") + m_switchTarget
                                                                  : QStringLiteral("pay");
    // <form method="post" action="/checkout/ID/pay"><button id="pay" ...
    const QRegularExpression form(
        QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"><button id=\"%1\"")
            .arg(QRegularExpression::escape(buttonId)));
    const auto match = form.match(QString::fromUtf8(html));
    if (!match.hasMatch()) {
        fail(QStringLiteral("no form with a button #%1 on the page").arg(buttonId));
        co_return;
    }
    const QUrl action_url = url.resolved(QUrl(match.captured(1)));
    QNetworkRequest post(action_url);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> submitted(co_await m_nam.post(post, QByteArray()));
    submitted->readAll();
    m_lastStatus = submitted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_lastStatus != 303) {
        fail(QStringLiteral("form answered %1, expected 303").arg(m_lastStatus));
        co_return;
    }
    m_redirectedTo =
        action_url.resolved(submitted->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    if (action == Action::PayNoReturn) {
        Q_EMIT done();
        co_return;
    }
    std::unique_ptr<QNetworkReply> back(co_await m_nam.get(QNetworkRequest(m_redirectedTo)));
    m_lastBody = back->readAll();
    m_lastStatus = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Q_EMIT done();
}

} // namespace sv::test
