#pragma once

#include "loopback/BrowserLauncher.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <QCoro/QCoroTask>

namespace sv::test {

/// A "browser" for the billing tests: an HTTP client that loads the sandbox's Stripe Checkout (or
/// portal) page, submits its Pay / Cancel form like a user would, and follows the 303 back to the
/// app's loopback listener -- or does not follow it, as if the browser window had been closed.
class FormBrowser : public QObject, public BrowserLauncher
{
    Q_OBJECT
public:
    enum class Action {
        Pay,              ///< submit "Pay" and follow the redirect to the success URL
        PayNoReturn,      ///< submit "Pay" but never load the success URL (the browser was closed)
        Cancel,           ///< submit "Cancel" and follow the redirect to the cancel URL
        Nothing,          ///< open the page and do nothing
        CancelPlanPortal, ///< on a portal page: submit "Cancel plan" and follow to the return URL
        SwitchPlanPortal  ///< on a portal page: submit "Switch to <setSwitchTarget()>", follow to the return
                          ///< URL
    };

    explicit FormBrowser(QObject* parent = nullptr);

    void setAction(Action action) { m_action = action; }
    /// The plan (e.g. "basic") Action::SwitchPlanPortal switches to.
    void setSwitchTarget(const QString& plan) { m_switchTarget = plan; }
    /// false: open() reports that no browser could be started (and does nothing).
    void setCanOpen(bool canOpen) { m_canOpen = canOpen; }

    bool open(const QUrl& url) override;

    QList<QUrl> opened() const { return m_opened; }
    /// The status of the last page loaded (the loopback's answer after a followed redirect).
    int lastStatus() const { return m_lastStatus; }
    QByteArray lastBody() const { return m_lastBody; }
    QUrl redirectedTo() const { return m_redirectedTo; }
    QString error() const { return m_error; }

Q_SIGNALS:
    /// The scripted action is complete (or failed: see error()).
    void done();

private:
    QCoro::Task<void> drive(QUrl url, Action action);

    QNetworkAccessManager m_nam;
    Action m_action = Action::Pay;
    QString m_switchTarget;
    bool m_canOpen = true;
    QList<QUrl> m_opened;
    int m_lastStatus = 0;
    QByteArray m_lastBody;
    QUrl m_redirectedTo;
    QString m_error;
};

} // namespace sv::test
