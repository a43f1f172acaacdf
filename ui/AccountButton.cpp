#include "AccountButton.h"

#include "auth/SessionManager.h"

#include <QAction>
#include <QMenu>

namespace sv {

AccountButton::AccountButton(SessionManager* session, QWidget* parent)
    : QToolButton(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountButton"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(36);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_userAction = m_menu->addAction(QString());
    m_userAction->setEnabled(false);
    m_planAction = m_menu->addAction(QString());
    m_planAction->setEnabled(false);
    m_planAction->setVisible(false);
    m_menu->addSeparator();
    m_signOutAction = m_menu->addAction(tr("Sign out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &AccountButton::signOut);

    connect(this, &QToolButton::clicked, this, [this] {
        if ((!m_session || !m_session->isSignedIn()) && m_signInUnavailable.isEmpty())
            Q_EMIT signInRequested();
    });
    if (m_session) {
        connect(m_session, &SessionManager::stateChanged, this, &AccountButton::updateFromSession);
        connect(m_session, &SessionManager::signedIn, this, &AccountButton::updateFromSession);
        connect(m_session, &SessionManager::offlineChanged, this, &AccountButton::updateFromSession);
        // The plan belonged to the account that left.
        connect(m_session, &SessionManager::signedOut, this, [this] { setPlanName(QString()); });
    }
    updateFromSession();
}

void AccountButton::setPlanName(const QString& plan)
{
    m_plan = plan;
    updateFromSession();
}

void AccountButton::setSignInUnavailable(const QString& reason)
{
    if (reason == m_signInUnavailable)
        return;
    m_signInUnavailable = reason;
    updateFromSession();
}

void AccountButton::updateFromSession()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    const bool restoring = m_session && m_session->state() == SessionManager::State::Restoring;
    if (signedIn) {
        const QString email = m_session->user().email;
        setText(email);
        setMenu(m_menu);
        setPopupMode(QToolButton::InstantPopup);
        m_userAction->setText(tr("Signed in as %1").arg(email));
        m_planAction->setText(tr("Plan: %1").arg(m_plan));
        m_planAction->setVisible(!m_plan.isEmpty());
        setToolTip(m_session->isOffline() ? tr("Signed in as %1 (offline)").arg(email)
                                          : tr("Signed in as %1").arg(email));
        setAccessibleDescription(QString());
    } else {
        setMenu(nullptr);
        setPopupMode(QToolButton::DelayedPopup);
        setText(restoring ? tr("Signing in…") : tr("Sign in"));
        // Signing in cannot work now: off, saying why (as the pages that offer it say).
        setToolTip(m_signInUnavailable.isEmpty() ? tr("Sign in to see your plan and usage")
                                                 : m_signInUnavailable);
        setAccessibleDescription(m_signInUnavailable);
        m_planAction->setVisible(false);
    }
    setEnabled(m_session && !restoring && !m_signingOut && (signedIn || m_signInUnavailable.isEmpty()));
    m_signOutAction->setEnabled(!m_signingOut);
}

void AccountButton::signOut()
{
    if (!m_session || m_signingOut || !m_session->isSignedIn())
        return;
    runSignOut();
}

QCoro::Task<> AccountButton::runSignOut()
{
    QPointer<AccountButton> self(this);
    QPointer<SessionManager> session = m_session;
    m_signingOut = true;
    updateFromSession();
    const auto result = co_await session->signOut();
    if (!self)
        co_return;
    m_signingOut = false;
    updateFromSession();
    if (!result.hasValue())
        Q_EMIT signOutFailed(result.error().message);
    Q_EMIT signOutFinished();
}

} // namespace sv
