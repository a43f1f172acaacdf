#include "SignInView.h"

#include "Theme.h"
#include "auth/SessionManager.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sv {

SignInView::SignInView(SessionManager* session, BrowserLauncher* browser, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_browser(browser)
{
    setObjectName(QStringLiteral("signInView"));

    auto* heading = new QLabel(tr("Sign in to StreamVibe"), this);
    heading->setObjectName(QStringLiteral("signInHeading"));
    Theme::setHeadingFont(heading);
    auto* intro = new QLabel(tr("Your account holds your plan and usage. Your content library stays on this "
                                "computer and works without signing in."),
                             this);
    intro->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildWaiting());
    setProviders({QStringLiteral("google")});

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel#signInError { color: #b91c1c; }"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("signInInfo"));
    m_info->setWordWrap(true);
    m_info->hide();

    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addWidget(m_stack);
    column->addWidget(m_error);
    column->addWidget(m_info);
    column->addStretch(1);
    auto* card = new QWidget(this);
    card->setMaximumWidth(460);
    card->setLayout(column);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 48, 24, 24);
    outer->addStretch(1);
    outer->addWidget(card, 3);
    outer->addStretch(1);

    if (m_session) {
        connect(m_session, &SessionManager::authorizationUrlReady, this,
                [this](const QUrl& url) { m_link->setText(url.toString(QUrl::FullyEncoded)); });
        connect(m_session, &SessionManager::browserLaunchFailed, this, [this](const QUrl&) {
            m_waitingHint->setText(
                tr("Your browser could not be opened. Copy this link into a browser on this "
                   "computer to sign in:"));
        });
    }
    updateButtons();
    reloadProviders();
}

SignInView::~SignInView()
{
    if (m_mode == Mode::Waiting && m_session)
        m_session->cancelBrowserSignIn();
}

QWidget* SignInView::buildForm()
{
    auto* page = new QWidget(this);

    // One button per provider (setProviders()); Google until the server has said which it offers.
    m_providerBox = new QWidget(page);
    auto* providerColumn = new QVBoxLayout(m_providerBox);
    providerColumn->setContentsMargins(0, 0, 0, 0);
    providerColumn->setSpacing(8);

    auto* separator = new QLabel(tr("or with your e-mail address"), page);
    separator->setAlignment(Qt::AlignCenter);
    separator->setEnabled(false);

    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInView::startPasswordSignIn);
    connect(m_email, &QLineEdit::textChanged, this, &SignInView::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInView::updateButtons);
    m_showPassword = new QCheckBox(tr("Show password"), page);
    m_showPassword->setObjectName(QStringLiteral("signInShowPassword"));
    m_showPassword->setAccessibleName(tr("Show password"));
    connect(m_showPassword, &QCheckBox::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_forgotButton = new QPushButton(tr("Forgot password?"), page);
    m_forgotButton->setObjectName(QStringLiteral("signInForgotPassword"));
    m_forgotButton->setAccessibleName(tr("Forgot password"));
    m_forgotButton->setAccessibleDescription(
        tr("Sends an e-mail with a link to choose a new password to the address entered"));
    m_forgotButton->setFlat(true);
    connect(m_forgotButton, &QPushButton::clicked, this, &SignInView::startPasswordRecovery);
    auto* passwordTools = new QHBoxLayout;
    passwordTools->setContentsMargins(0, 0, 0, 0);
    passwordTools->addWidget(m_showPassword);
    passwordTools->addStretch(1);
    passwordTools->addWidget(m_forgotButton);
    auto* form = new QFormLayout;
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), passwordTools);

    m_signInButton = new QPushButton(tr("Sign in"), page);
    m_signInButton->setObjectName(QStringLiteral("signInPasswordButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &SignInView::startPasswordSignIn);
    m_signUpButton = new QPushButton(tr("Create account"), page);
    m_signUpButton->setObjectName(QStringLiteral("signUpButton"));
    connect(m_signUpButton, &QPushButton::clicked, this, &SignInView::startSignUp);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signUpButton);
    buttons->addStretch(1);
    buttons->addWidget(m_signInButton);

    m_offlineButton = new QPushButton(tr("Continue without signing in"), page);
    m_offlineButton->setObjectName(QStringLiteral("signInOfflineButton"));
    m_offlineButton->setFlat(true);
    connect(m_offlineButton, &QPushButton::clicked, this, &SignInView::continueOfflineRequested);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_providerBox);
    layout->addWidget(separator);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_offlineButton, 0, Qt::AlignLeft);
    return page;
}

QWidget* SignInView::buildWaiting()
{
    auto* page = new QWidget(this);
    m_waitingLabel = new QLabel(tr("Waiting for the browser…"), page);
    m_waitingLabel->setObjectName(QStringLiteral("signInWaiting"));
    QFont font = m_waitingLabel->font();
    font.setWeight(QFont::DemiBold);
    m_waitingLabel->setFont(font);
    m_waitingHint = new QLabel(page);
    m_waitingHint->setWordWrap(true);
    m_link = new QLineEdit(page);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in link"));
    m_copyButton = new QPushButton(tr("Copy link"), page);
    m_copyButton->setObjectName(QStringLiteral("signInCopyButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &SignInView::copyLink);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyButton);
    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setObjectName(QStringLiteral("signInCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInView::cancel);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_waitingHint);
    layout->addLayout(linkRow);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    return page;
}

void SignInView::setBrowserLauncher(BrowserLauncher* browser)
{
    m_browser = browser;
}

QString SignInView::providerName(const QString& provider)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("google"), QStringLiteral("Google")},
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},
        {QStringLiteral("github"), QStringLiteral("GitHub")},
        {QStringLiteral("gitlab"), QStringLiteral("GitLab")},
        {QStringLiteral("apple"), QStringLiteral("Apple")},
        {QStringLiteral("azure"), QStringLiteral("Microsoft")},
        {QStringLiteral("discord"), QStringLiteral("Discord")},
        {QStringLiteral("twitch"), QStringLiteral("Twitch")},
        {QStringLiteral("twitter"), QStringLiteral("X (Twitter)")},
        {QStringLiteral("linkedin_oidc"), QStringLiteral("LinkedIn")},
        {QStringLiteral("spotify"), QStringLiteral("Spotify")},
        {QStringLiteral("slack_oidc"), QStringLiteral("Slack")},
        {QStringLiteral("bitbucket"), QStringLiteral("Bitbucket")},
        {QStringLiteral("kakao"), QStringLiteral("Kakao")},
        {QStringLiteral("zoom"), QStringLiteral("Zoom")},
    };
    return names.value(provider, provider);
}

QPushButton* SignInView::providerButton(const QString& provider) const
{
    const qsizetype i = m_providers.indexOf(provider);
    return i < 0 ? nullptr : m_providerButtons.at(i);
}

void SignInView::setProviders(const QStringList& providers)
{
    QStringList shown = providers;
    shown.removeDuplicates();
    if (shown.isEmpty())
        shown << QStringLiteral("google");
    if (shown == m_providers)
        return;
    qDeleteAll(m_providerButtons);
    m_providerButtons.clear();
    m_providers = shown;
    auto* column = static_cast<QVBoxLayout*>(m_providerBox->layout());
    for (const QString& id : std::as_const(m_providers)) {
        // Brand names stay as they are in every language.
        auto* button = new QPushButton(tr("Continue with %1").arg(providerName(id)), m_providerBox);
        button->setObjectName(QStringLiteral("signInProvider-") + id);
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(
            tr("Signs in with your %1 account in your web browser").arg(providerName(id)));
        button->setMinimumHeight(36);
        connect(button, &QPushButton::clicked, this, [this, id] { startBrowserSignIn(id); });
        column->addWidget(button);
        m_providerButtons << button;
    }
    m_providerButtons.first()->setDefault(true);
    updateTabOrder();
    updateButtons();
    Q_EMIT providersChanged(m_providers);
}

void SignInView::reloadProviders()
{
    if (m_session)
        runReloadProviders();
}

QCoro::Task<> SignInView::runReloadProviders()
{
    QPointer<SignInView> self(this);
    QPointer<SessionManager> session = m_session;
    const auto providers = co_await session->signInProviders();
    if (!self || !providers)
        co_return; // offline or no server: Google stays; its own error says why when chosen
    setProviders(providers.value());
}

void SignInView::updateTabOrder()
{
    // Top to bottom: the providers, the e-mail form and its tools, the buttons, "without signing in".
    QList<QWidget*> chain(m_providerButtons.begin(), m_providerButtons.end());
    chain << m_email << m_password << m_showPassword << m_forgotButton << m_signInButton << m_signUpButton
          << m_offlineButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

QString SignInView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Form ? 0 : 1);
    updateButtons();
    Q_EMIT modeChanged(mode);
}

void SignInView::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void SignInView::updateButtons()
{
    const bool available = m_session != nullptr;
    const bool idle = available && !m_busy && m_mode == Mode::Form;
    const bool credentials = !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    for (QPushButton* button : std::as_const(m_providerButtons))
        button->setEnabled(idle);
    m_email->setEnabled(available && !m_busy);
    m_password->setEnabled(available && !m_busy);
    m_forgotButton->setEnabled(idle);
    m_signInButton->setEnabled(idle && credentials);
    m_signUpButton->setEnabled(idle && credentials);
}

void SignInView::showError(const QString& message)
{
    m_info->hide();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInView::showInfo(const QString& message)
{
    m_error->hide();
    m_info->setText(message);
    m_info->setVisible(!message.isEmpty());
}

void SignInView::finishWithError(const QString& message)
{
    showError(message);
    Q_EMIT attemptFinished(message);
}

void SignInView::clearMessages()
{
    m_error->clear();
    m_error->hide();
    m_info->clear();
    m_info->hide();
}

bool SignInView::checkCredentials()
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your e-mail address and your password."));
        return false;
    }
    return true;
}

void SignInView::startBrowserSignIn(const QString& provider)
{
    if (!m_session || m_busy || m_mode != Mode::Form)
        return;
    m_lastProvider = provider.isEmpty() ? m_providers.value(0) : provider;
    runBrowserSignIn(m_lastProvider);
}

void SignInView::startPasswordRecovery()
{
    if (!m_session || m_busy || m_mode != Mode::Form)
        return;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        showError(tr("Enter your e-mail address, then choose “Forgot password?” again."));
        m_email->setFocus();
        return;
    }
    runPasswordRecovery(email);
}

void SignInView::startPasswordSignIn()
{
    if (!m_session || m_busy || m_mode != Mode::Form || !checkCredentials())
        return;
    runPasswordSignIn(m_email->text().trimmed(), m_password->text());
}

void SignInView::startSignUp()
{
    if (!m_session || m_busy || m_mode != Mode::Form || !checkCredentials())
        return;
    runSignUp(m_email->text().trimmed(), m_password->text());
}

void SignInView::cancel()
{
    if (m_mode == Mode::Waiting && m_session)
        m_session->cancelBrowserSignIn();
}

void SignInView::copyLink()
{
    if (m_link->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_link->text());
    showInfo(tr("The link was copied. Paste it into your browser's address bar."));
}

QCoro::Task<> SignInView::runBrowserSignIn(QString providerId)
{
    QPointer<SignInView> self(this);
    QPointer<SessionManager> session = m_session;
    clearMessages();
    m_link->clear();
    m_waitingHint->setText(tr("Finish signing in in your browser. If it did not open, copy this link into a "
                              "browser on this computer:"));
    setMode(Mode::Waiting);
    BrowserLauncher* browser = m_browser ? m_browser : &m_desktopBrowser;
    const auto result = co_await session->signInWithBrowser(providerId, browser);
    if (!self)
        co_return;
    setMode(Mode::Form);
    m_link->clear();
    if (result.hasValue() || result.error().kind == AuthError::Kind::Cancelled) {
        Q_EMIT attemptFinished(QString());
        co_return;
    }
    showError(result.error().message);
    Q_EMIT attemptFinished(result.error().message);
}

QCoro::Task<> SignInView::runPasswordSignIn(QString email, QString password)
{
    QPointer<SignInView> self(this);
    QPointer<SessionManager> session = m_session;
    clearMessages();
    setBusy(true);
    const auto result = co_await session->signInWithPassword(email, password);
    password.fill(QLatin1Char('\0'));
    if (!self)
        co_return;
    setBusy(false);
    if (result.hasValue()) {
        m_password->clear();
        m_showPassword->setChecked(false);
        Q_EMIT attemptFinished(QString());
        co_return;
    }
    showError(result.error().message);
    if (result.error().kind == AuthError::Kind::InvalidCredentials)
        m_password->selectAll();
    Q_EMIT attemptFinished(result.error().message);
}

QCoro::Task<> SignInView::runSignUp(QString email, QString password)
{
    QPointer<SignInView> self(this);
    QPointer<SessionManager> session = m_session;
    clearMessages();
    setBusy(true);
    const auto result = co_await session->signUp(email, password);
    password.fill(QLatin1Char('\0'));
    if (!self)
        co_return;
    setBusy(false);
    if (!result.hasValue()) {
        finishWithError(result.error().message);
        co_return;
    }
    m_password->clear();
    if (result.value().confirmationPending)
        showInfo(
            tr("Your account was created. Open the link in the confirmation e-mail sent to %1, then sign "
               "in.")
                .arg(email));
    Q_EMIT attemptFinished(QString());
}

QCoro::Task<> SignInView::runPasswordRecovery(QString email)
{
    QPointer<SignInView> self(this);
    QPointer<SessionManager> session = m_session;
    clearMessages();
    setBusy(true);
    const auto result = co_await session->sendPasswordRecovery(email);
    if (!self)
        co_return;
    setBusy(false);
    if (!result.hasValue()) {
        finishWithError(result.error().message);
        co_return;
    }
    // The server answers the same for an address without an account: so does the page.
    showInfo(tr("If an account uses %1, an e-mail with a link to choose a new password is on its way. "
                "Open the link, choose the new password, then sign in here with it.")
                 .arg(email));
    Q_EMIT attemptFinished(QString());
}

} // namespace sv
