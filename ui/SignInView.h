#pragma once

#include "DesktopBrowserLauncher.h"

#include "auth/AuthError.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <QCoro/QCoroTask>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sv {

class SessionManager;

/// The sign-in page: one "Continue with …" button per provider the server offers (Google first; Google alone
/// until the server has said, or when it cannot be asked), e-mail and password with "Show password" and
/// "Forgot password?" (the server e-mails a recovery link; the answer is the same whether or not the address
/// has an account), sign up; while the browser sign-in runs, a "Waiting for the browser…" state with Cancel
/// and the link to copy (in case the browser did not open, or the user wants another one). Every call to the
/// session is awaited (the UI thread never waits). The page itself does not switch away on success:
/// MainWindow follows SessionManager::stateChanged.
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
    /// True while a password sign-in, sign-up or recovery request runs.
    bool isBusy() const { return m_busy; }
    /// The provider id of the last browser sign-in started ("google", "github"...); "" before any.
    QString provider() const { return m_lastProvider; }
    /// The providers shown, in order ("google" first).
    QStringList providers() const { return m_providers; }
    /// The last error shown ("" when none).
    QString errorText() const;

    /// The "Continue with …" buttons, in the order shown.
    QList<QPushButton*> providerButtons() const { return m_providerButtons; }
    /// The button of `provider`, or null when it is not offered.
    QPushButton* providerButton(const QString& provider) const;
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* showPasswordBox() const { return m_showPassword; }
    QPushButton* forgotPasswordButton() const { return m_forgotButton; }
    QPushButton* signInButton() const { return m_signInButton; }
    QPushButton* signUpButton() const { return m_signUpButton; }
    QPushButton* offlineButton() const { return m_offlineButton; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* infoLabel() const { return m_info; }
    QLabel* waitingLabel() const { return m_waitingLabel; }
    QLineEdit* linkEdit() const { return m_link; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }

    /// Human name of a provider id ("github" -> "GitHub"); the id itself when unknown.
    static QString providerName(const QString& provider);

public Q_SLOTS:
    /// Shows one button per provider (ordered as given; an empty list keeps Google).
    void setProviders(const QStringList& providers);
    /// Asks the server which providers it offers, then shows them (keeps the current ones on failure).
    void reloadProviders();
    /// Browser sign-in with `provider` ("" = the first one shown).
    void startBrowserSignIn(const QString& provider = {});
    /// Asks the server to e-mail a password recovery link to the address entered.
    void startPasswordRecovery();
    void startPasswordSignIn();
    void startSignUp();
    void cancel();
    void copyLink();

Q_SIGNALS:
    void modeChanged(sv::SignInView::Mode mode);
    /// The provider buttons were rebuilt (the server's list arrived).
    void providersChanged(const QStringList& providers);
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
    QCoro::Task<> runPasswordRecovery(QString email);
    QCoro::Task<> runReloadProviders();
    void updateTabOrder();
    void setMode(Mode mode);
    void setBusy(bool busy);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void clearMessages();
    /// Shows `message` and ends the attempt with it.
    void finishWithError(const QString& message);
    void updateButtons();
    bool checkCredentials();

    QPointer<SessionManager> m_session;
    BrowserLauncher* m_browser = nullptr;
    DesktopBrowserLauncher m_desktopBrowser;
    Mode m_mode = Mode::Form;
    bool m_busy = false;

    QStackedWidget* m_stack = nullptr;
    QStringList m_providers;
    QString m_lastProvider;
    QWidget* m_providerBox = nullptr;
    QList<QPushButton*> m_providerButtons;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_showPassword = nullptr;
    QPushButton* m_forgotButton = nullptr;
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
