#pragma once

#include "DesktopBrowserLauncher.h"

#include "auth/AuthError.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <QCoro/QCoroTask>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sv {

class SessionManager;

/// The sign-in page: "Continue in browser" with a provider, e-mail and password, sign up; while the browser
/// sign-in runs, a "Waiting for the browser…" state with Cancel and the link to copy (in case the browser did
/// not open, or the user wants another one). Every call to the session is awaited (the UI thread never
/// waits). The page itself does not switch away on success: MainWindow follows SessionManager::stateChanged.
class SignInView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Form, Waiting };
    Q_ENUM(Mode)

    /// `browser` may be null: the desktop's handler is used (DesktopBrowserLauncher). Neither is owned.
    explicit SignInView(SessionManager* session, BrowserLauncher* browser = nullptr,
                        QWidget* parent = nullptr);
    ~SignInView() override;

    void setBrowserLauncher(BrowserLauncher* browser);

    Mode mode() const { return m_mode; }
    /// True while a password sign-in or sign-up request runs.
    bool isBusy() const { return m_busy; }
    /// The provider id of the browser sign-in ("google", "github", "facebook").
    QString provider() const;
    /// The last error shown ("" when none).
    QString errorText() const;

    QComboBox* providerBox() const { return m_provider; }
    QPushButton* browserButton() const { return m_browserButton; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signInButton; }
    QPushButton* signUpButton() const { return m_signUpButton; }
    QPushButton* offlineButton() const { return m_offlineButton; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* infoLabel() const { return m_info; }
    QLabel* waitingLabel() const { return m_waitingLabel; }
    QLineEdit* linkEdit() const { return m_link; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }

public Q_SLOTS:
    void startBrowserSignIn();
    void startPasswordSignIn();
    void startSignUp();
    void cancel();
    void copyLink();

Q_SIGNALS:
    void modeChanged(sv::SignInView::Mode mode);
    void busyChanged(bool busy);
    /// The user chose to keep working with the local library without signing in.
    void continueOfflineRequested();
    /// An attempt ended (success or not); `error` is empty on success or cancel.
    void attemptFinished(const QString& error);

private:
    QWidget* buildForm();
    QWidget* buildWaiting();
    QCoro::Task<> runBrowserSignIn(QString provider);
    QCoro::Task<> runPasswordSignIn(QString email, QString password);
    QCoro::Task<> runSignUp(QString email, QString password);
    void setMode(Mode mode);
    void setBusy(bool busy);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void clearMessages();
    void updateButtons();
    bool checkCredentials();

    QPointer<SessionManager> m_session;
    BrowserLauncher* m_browser = nullptr;
    DesktopBrowserLauncher m_desktopBrowser;
    Mode m_mode = Mode::Form;
    bool m_busy = false;

    QStackedWidget* m_stack = nullptr;
    QComboBox* m_provider = nullptr;
    QPushButton* m_browserButton = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_signUpButton = nullptr;
    QPushButton* m_offlineButton = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_waitingLabel = nullptr;
    QLabel* m_waitingHint = nullptr;
    QLineEdit* m_link = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace sv
