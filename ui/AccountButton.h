#pragma once

#include <QPointer>
#include <QToolButton>

#include <QCoro/QCoroTask>

class QAction;
class QMenu;

namespace sv {

class SessionManager;

/// The account entry of the sidebar. Signed out: "Sign in" (emits signInRequested()), off with the reason
/// while signing in cannot work (setSignInUnavailable()). Signed in: the
/// account's e-mail address, with a menu showing who is signed in, the plan when known (setPlanName(), called
/// by whoever reads the subscription) and "Sign out". Sign-out is awaited; a failure (e.g. a locked keyring,
/// in which case the user stays signed in) is reported with signOutFailed().
class AccountButton : public QToolButton
{
    Q_OBJECT
public:
    explicit AccountButton(SessionManager* session, QWidget* parent = nullptr);

    /// The plan's display name ("Basic"); empty hides the plan line.
    void setPlanName(const QString& plan);
    /// Why signing in cannot work now (SignedOutActions::signInUnavailable(): the servers out of reach...):
    /// signed out, the button is then off with it as its tooltip and accessible description. Empty: "Sign
    /// in" works.
    void setSignInUnavailable(const QString& reason);
    QString planName() const { return m_plan; }

    QMenu* accountMenu() const { return m_menu; }
    QAction* userAction() const { return m_userAction; }
    QAction* planAction() const { return m_planAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    bool isSigningOut() const { return m_signingOut; }

public Q_SLOTS:
    void signOut();

Q_SIGNALS:
    void signInRequested();
    void signOutFailed(const QString& message);
    void signOutFinished();

private:
    void updateFromSession();
    QCoro::Task<> runSignOut();

    QPointer<SessionManager> m_session;
    QMenu* m_menu = nullptr;
    QAction* m_userAction = nullptr;
    QAction* m_planAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QString m_plan;
    QString m_signInUnavailable;
    bool m_signingOut = false;
};

} // namespace sv
