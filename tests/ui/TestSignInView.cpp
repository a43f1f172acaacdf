// The sign-in page and the account button, offscreen, against the sandbox and a private gnome-keyring.

#include "AccountButton.h"
#include "ContentView.h"
#include "MainWindow.h"
#include "SignInView.h"
#include "UiTestLibrary.h"
#include "auth/SessionManager.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryService.h"
#include "secrets/SecretStore.h"
#include "services/ProfileServices.h"

#include "SandboxProcess.h"
#include "SessionTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <memory>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::SandboxProcess;

namespace {

/// A browser that cannot be started: the page must offer the link instead.
class NoBrowser : public BrowserLauncher
{
public:
    bool open(const QUrl& url) override
    {
        opened = url;
        return false;
    }
    QUrl opened;
};

struct Stack
{
    HttpClient http;
    BackendClient backend;
    SecretStore secrets;
    SessionManager session;
    Stack(const QUrl& base, const QString& anonKey, const QString& profile)
        : backend(&http, BackendConfig{base, anonKey})
        , session(&backend, &secrets, profile)
    {
    }
};

} // namespace

namespace {

/// Once the configuration is corrected: the sandbox banner, the account side built, and the sign-in page
/// shown and working (signed out again afterwards).
void signInWorksOnceFixed(MainWindow& window, ProfileServices& services)
{
    QVERIFY(window.sandboxBanner()->isVisible());
    QVERIFY(services.isAvailable());
    QVERIFY(window.signInView());
    QTRY_VERIFY_WITH_TIMEOUT(window.isSignInShown(), 10000);
    SignInView* view = window.signInView();
    QTest::keyClicks(view->emailEdit(), SandboxProcess::demoEmail());
    QTest::keyClicks(view->passwordEdit(), SandboxProcess::demoPassword());
    QTest::mouseClick(view->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(services.session()->isSignedIn(), 10000);
    QTRY_VERIFY(!window.isSignInShown());
    QVERIFY(sv::test::awaitResult(services.session()->signOut()).hasValue());
    QCoro::waitFor(services.shutdown());
}

} // namespace

class TestSignInView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_profiles = 0;

    std::unique_ptr<Stack> stack()
    {
        return std::make_unique<Stack>(m_sandbox->baseUrl(), m_sandbox->anonKey(),
                                       QStringLiteral("ui-profile-%1").arg(++m_profiles));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void waitingStateShowsTheLinkAndCancelReturnsToTheForm()
    {
        auto s = stack();
        NoBrowser browser;
        SignInView view(&s->session, &browser);
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.mode(), SignInView::Mode::Form);
        QTRY_VERIFY(view.providerButton(QStringLiteral("github")));
        QPushButton* github = view.providerButton(QStringLiteral("github"));
        QVERIFY(github->isEnabled());
        QVERIFY(!view.signInButton()->isEnabled()); // no credentials yet
        QVERIFY(!view.errorLabel()->isVisible());

        QTest::mouseClick(github, Qt::LeftButton);
        QCOMPARE(view.provider(), QStringLiteral("github"));
        QCOMPARE(view.mode(), SignInView::Mode::Waiting);
        QVERIFY(view.waitingLabel()->isVisible());
        QCOMPARE(view.waitingLabel()->text(), QStringLiteral("Waiting for the browser…"));
        QVERIFY(view.cancelButton()->isVisible());
        QVERIFY(view.linkEdit()->isVisible());
        QVERIFY(view.linkEdit()->isReadOnly());
        QVERIFY(!github->isVisible());
        // The link is the one the browser was asked to open, for the github provider.
        QVERIFY(browser.opened.isValid());
        QCOMPARE(view.linkEdit()->text(), browser.opened.toString(QUrl::FullyEncoded));
        QVERIFY(view.linkEdit()->text().contains(QStringLiteral("/auth/v1/authorize?provider=github")));
        bool hintShown = false;
        for (QLabel* label : view.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("could not be opened")))
                hintShown = true;
        }
        QVERIFY(hintShown);

        QTest::mouseClick(view.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), view.linkEdit()->text());
        QVERIFY(view.infoLabel()->isVisible());

        QSignalSpy finished(&view, &SignInView::attemptFinished);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(view.mode(), SignInView::Mode::Form);
        QVERIFY(github->isVisible());
        QVERIFY(view.errorText().isEmpty()); // a cancel is not an error
        QVERIFY(!s->session.isSignedIn());
        QVERIFY(!s->session.isBrowserSignInPending());
    }

    /// One button per provider the server offers, Google first (then the others alphabetically), each
    /// named for screen readers and reached with Tab in the order shown, before the e-mail form.
    void providerButtonsFollowTheServerGoogleFirst()
    {
        auto s = stack();
        NoBrowser browser;
        SignInView view(&s->session, &browser);
        QCOMPARE(view.providers(), QStringList{QStringLiteral("google")}); // before the server answers
        QSignalSpy changed(&view, &SignInView::providersChanged);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The answer may come while the window is being shown: counted, not waited for again.
        QVERIFY(changed.count() > 0 || changed.wait(10000));
        const QStringList expected{QStringLiteral("google"), QStringLiteral("apple"),
                                   QStringLiteral("azure"),  QStringLiteral("discord"),
                                   QStringLiteral("github"), QStringLiteral("gitlab")};
        QCOMPARE(view.providers(), expected); // facebook is off on the server: no button
        QCOMPARE(view.providerButtons().size(), expected.size());
        QCOMPARE(view.providerButtons().first()->text(), QStringLiteral("Continue with Google"));
        QCOMPARE(view.providerButton(QStringLiteral("azure"))->accessibleName(),
                 QStringLiteral("Continue with Microsoft"));
        QVERIFY(!view.providerButton(QStringLiteral("facebook")));
        QVERIFY(view.providerButtons().first()->isDefault());

        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.providerButtons().first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view.providerButtons().first());
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), view.providerButton(expected.at(i)));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.emailEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.passwordEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.showPasswordBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.forgotPasswordButton());
    }

    /// "Show password" shows and hides what was typed, from the keyboard too, and hides it again after a
    /// sign-in.
    void showPasswordTogglesTheEchoMode()
    {
        auto s = stack();
        SignInView view(&s->session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCheckBox* show = view.showPasswordBox();
        QCOMPARE(show->accessibleName(), QStringLiteral("Show password"));
        QVERIFY(show->focusPolicy() & Qt::TabFocus);
        QCOMPARE(view.passwordEdit()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(view.passwordEdit()->echoMode(), QLineEdit::Normal);
        show->setFocus();
        QTest::keyClick(show, Qt::Key_Space);
        QCOMPARE(view.passwordEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClick(show, Qt::Key_Space);
        QCOMPARE(view.passwordEdit()->echoMode(), QLineEdit::Normal);

        QSignalSpy finished(&view, &SignInView::attemptFinished);
        QTest::keyClicks(view.emailEdit(), SandboxProcess::demoEmail());
        QTest::keyClicks(view.passwordEdit(), SandboxProcess::demoPassword());
        QTest::mouseClick(view.signInButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(s->session.isSignedIn());
        QVERIFY(!show->isChecked());
        QCOMPARE(view.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(sv::test::awaitResult(s->session.signOut()).hasValue());
    }

    /// "Forgot password?" sends GoTrue's recovery request; the page says the same neutral sentence whether
    /// or not the address has an account (the server does not reveal it); a second request within the
    /// server's interval is refused with a plain 429 sentence; a 5xx is said plainly too.
    void forgotPasswordSendsTheRecoveryEmail()
    {
        auto s = stack();
        const QString email = QStringLiteral("forgetful-%1@example.test").arg(m_profiles);
        QVERIFY(m_sandbox->createUser(email, QStringLiteral("first-passphrase-42")));
        SignInView view(&s->session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &SignInView::attemptFinished);
        const auto sentTo = [this](const QString& address) {
            return m_sandbox
                ->request("GET", m_sandbox->url(QStringLiteral("/__control/emails?to=") + address))
                .json()
                .object()
                .value(QStringLiteral("emails"))
                .toArray();
        };

        // No address yet: told what to do, nothing sent.
        QVERIFY(view.forgotPasswordButton()->isEnabled());
        QTest::mouseClick(view.forgotPasswordButton(), Qt::LeftButton);
        QVERIFY(view.errorText().contains(QStringLiteral("Enter your e-mail address")));
        QVERIFY(sentTo(email).isEmpty());

        QTest::keyClicks(view.emailEdit(), email);
        QTest::mouseClick(view.forgotPasswordButton(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toString(), QString());
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(view.infoLabel()->isVisible());
        const QString neutral = view.infoLabel()->text();
        QVERIFY2(neutral.startsWith(QStringLiteral("If an account uses ") + email), qPrintable(neutral));
        const QJsonArray sent = sentTo(email);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("recovery"));
        QVERIFY(sent.first()
                    .toObject()
                    .value(QStringLiteral("link"))
                    .toString()
                    .contains(QStringLiteral("/auth/v1/verify?token=")));

        // An address without an account: the same sentence (nothing revealed), no e-mail.
        const QString unknown = QStringLiteral("nobody-%1@example.test").arg(m_profiles);
        view.emailEdit()->setText(unknown);
        QTest::mouseClick(view.forgotPasswordButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.infoLabel()->text(), QString(neutral).replace(email, unknown));
        QVERIFY(sentTo(unknown).isEmpty());

        // Again for the first address within a minute: GoTrue's 429, said plainly; still one e-mail.
        view.emailEdit()->setText(email);
        QTest::mouseClick(view.forgotPasswordButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(view.errorText().startsWith(QStringLiteral("A recovery e-mail was sent a moment ago.")),
                 qPrintable(view.errorText()));
        QVERIFY2(view.errorText().contains(QRegularExpression(QStringLiteral("in \\d+ second"))),
                 qPrintable(view.errorText()));
        QVERIFY(!view.infoLabel()->isVisible());
        QCOMPARE(sentTo(email).size(), 1);

        // The server failing: a plain sentence, not a code.
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/auth/v1/recover,count=1")));
        view.emailEdit()->setText(unknown);
        QTest::mouseClick(view.forgotPasswordButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(view.errorText(),
                 QStringLiteral("The service is temporarily unavailable. Please try again later."));
        QVERIFY(m_sandbox->clearFaults());
    }

    void errorsAreShown()
    {
        auto s = stack();
        NoBrowser browser;
        s->session.setBrowserTimeout(200ms);
        SignInView view(&s->session, &browser);
        view.show();
        QSignalSpy finished(&view, &SignInView::attemptFinished);
        QTest::mouseClick(view.providerButtons().first(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(view.mode(), SignInView::Mode::Form);
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY2(view.errorText().contains(QStringLiteral("not completed in time")),
                 qPrintable(view.errorText()));

        QTest::keyClicks(view.emailEdit(), SandboxProcess::demoEmail());
        QTest::keyClicks(view.passwordEdit(), QStringLiteral("wrong-password"));
        QVERIFY(view.signInButton()->isEnabled());
        QTest::mouseClick(view.signInButton(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(!view.signInButton()->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!view.isBusy());
        QCOMPARE(view.errorText(), QStringLiteral("The e-mail address or the password is wrong."));
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY(!s->session.isSignedIn());
        QCOMPARE(view.passwordEdit()->selectedText(), QStringLiteral("wrong-password"));
    }

    void createAccountSignsInAndExplainsItsErrors()
    {
        auto s = stack();
        NoBrowser browser;
        SignInView view(&s->session, &browser);
        view.show();
        QSignalSpy finished(&view, &SignInView::attemptFinished);
        const QString email = QStringLiteral("new-creator-%1@example.test").arg(m_profiles);

        // A weak password: the server's reason, nothing signed in.
        QTest::keyClicks(view.emailEdit(), email);
        QTest::keyClicks(view.passwordEdit(), QStringLiteral("123"));
        QVERIFY(view.signUpButton()->isEnabled());
        QTest::mouseClick(view.signUpButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY2(!view.errorText().isEmpty(), "no reason shown");
        QVERIFY(!s->session.isSignedIn());

        // A good one: the account is created and signed in (the sandbox confirms e-mail at once).
        view.passwordEdit()->clear();
        QTest::keyClicks(view.passwordEdit(), QStringLiteral("a-good-passphrase-42"));
        QTest::mouseClick(view.signUpButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toString(), QString());
        QVERIFY(s->session.isSignedIn());
        QCOMPARE(s->session.user().email, email);
        QVERIFY(view.passwordEdit()->text().isEmpty()); // not kept in the form
        QVERIFY(sv::test::awaitResult(s->session.signOut()).hasValue());

        // The same address again: told to sign in instead.
        auto again = stack();
        SignInView second(&again->session, &browser);
        second.show();
        QSignalSpy secondFinished(&second, &SignInView::attemptFinished);
        QTest::keyClicks(second.emailEdit(), email);
        QTest::keyClicks(second.passwordEdit(), QStringLiteral("another-passphrase-42"));
        QTest::mouseClick(second.signUpButton(), Qt::LeftButton);
        QVERIFY(secondFinished.wait(10000));
        QCOMPARE(second.errorText(),
                 QStringLiteral("An account with this e-mail address already exists. Sign in instead."));
        QVERIFY(!again->session.isSignedIn());
    }

    void passwordSignInSwitchesToTheAccountState()
    {
        QTemporaryDir dir;
        QVERIFY(sv::test::writeLibrary(dir.filePath(QStringLiteral("library.sqlite")),
                                       sv::test::sampleItems(QDateTime::currentDateTimeUtc())));
        const Profile profile = Profile::resolve(dir.path());
        auto s = stack();
        ProfileServices services(AppConfig(), profile);
        MainWindow window(&services);
        QSignalSpy libraryOpened(window.contentView(), &ContentView::libraryOpened);
        window.setSession(&s->session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.accountButton());
        QCOMPARE(window.accountButton()->text(), QStringLiteral("Sign in"));

        // Nobody signed in: the sign-in page; the library opens regardless.
        window.restoreSession();
        QTRY_VERIFY(window.isSignInShown());
        QTRY_COMPARE_WITH_TIMEOUT(libraryOpened.size(), 1, 10000);
        QVERIFY(!window.sessionBanner()->isVisible());

        SignInView* view = window.signInView();
        QTest::keyClicks(view->emailEdit(), SandboxProcess::demoEmail());
        QTest::keyClicks(view->passwordEdit(), SandboxProcess::demoPassword());
        QTest::mouseClick(view->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(s->session.isSignedIn(), 10000);
        QTRY_VERIFY(!window.isSignInShown());
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage); // the home once signed in
        QVERIFY(view->passwordEdit()->text().isEmpty());

        AccountButton* account = window.accountButton();
        QCOMPARE(account->text(), SandboxProcess::demoEmail());
        QCOMPARE(account->menu(), account->accountMenu());
        QCOMPARE(account->userAction()->text(), QStringLiteral("Signed in as demo@streamvibe.test"));
        QVERIFY(!account->planAction()->isVisible());
        account->setPlanName(QStringLiteral("Basic"));
        QVERIFY(account->planAction()->isVisible());
        QCOMPARE(account->planAction()->text(), QStringLiteral("Plan: Basic"));

        // Sign out from the menu: back to the sign-in page, the keychain entry gone.
        QSignalSpy signOutFinished(account, &AccountButton::signOutFinished);
        account->signOutAction()->trigger();
        QVERIFY(signOutFinished.wait(10000));
        QVERIFY(!s->session.isSignedIn());
        QVERIFY(window.isSignInShown());
        QCOMPARE(account->text(), QStringLiteral("Sign in"));
        QVERIFY(!account->planAction()->isVisible());
        QCOMPARE(sv::test::keychainEntryCount(s->session.sessionKey().toString()), 0);
        // "Continue without signing in" goes to the library.
        QTest::mouseClick(view->offlineButton(), Qt::LeftButton);
        QVERIFY(!window.isSignInShown());
        QCOMPARE(window.currentPage(), MainWindow::ContentPage);
    }

    void restoredSessionShowsTheAccount()
    {
        const QString profileName = QStringLiteral("ui-restore");
        {
            Stack first(m_sandbox->baseUrl(), m_sandbox->anonKey(), profileName);
            QVERIFY(sv::test::awaitResult(first.session.signInWithPassword(SandboxProcess::demoEmail(),
                                                                           SandboxProcess::demoPassword()))
                        .hasValue());
        }
        QTemporaryDir dir;
        Stack s(m_sandbox->baseUrl(), m_sandbox->anonKey(), profileName);
        ProfileServices services(AppConfig(), Profile::resolve(dir.path()));
        MainWindow window(&services);
        window.setSession(&s.session);
        window.setCurrentPage(MainWindow::UsagePage);
        window.show();
        window.restoreSession();
        QCOMPARE(window.currentPage(),
                 MainWindow::UsagePage); // the restore does not block or move the window
        QTRY_VERIFY_WITH_TIMEOUT(s.session.isSignedIn(), 10000);
        QCOMPARE(window.accountButton()->text(), SandboxProcess::demoEmail());
        QVERIFY(!window.isSignInShown());
        QCOMPARE(window.currentPage(), MainWindow::UsagePage);

        // The server ends the session: a refused refresh signs out with a message and shows the sign-in page.
        QVERIFY(m_sandbox->setRefreshReuseGrace(0));
        const QString refresh = sv::test::keychainSession(s.session.sessionKey().toString())
                                    .value(QStringLiteral("refresh_token"))
                                    .toString();
        QVERIFY(sv::test::awaitResult(s.session.refreshNow()).hasValue());
        const auto replay = m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/auth/v1/token?grant_type=refresh_token")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Content-Type", "application/json"}},
            "{\"refresh_token\":\"" + refresh.toUtf8() + "\"}");
        QCOMPARE(replay.status, 400);
        QVERIFY(!sv::test::awaitResult(s.session.refreshNow()).hasValue());
        QVERIFY(m_sandbox->setRefreshReuseGrace(10));
        QVERIFY(!s.session.isSignedIn());
        QVERIFY(window.isSignInShown());
        QVERIFY(window.sessionBanner()->isVisible());
        QVERIFY(window.sessionBanner()->text().contains(QStringLiteral("Your session has ended")));
        // Signing in again clears the message.
        SignInView* view = window.signInView();
        QTest::keyClicks(view->emailEdit(), SandboxProcess::demoEmail());
        QTest::keyClicks(view->passwordEdit(), SandboxProcess::demoPassword());
        QTest::mouseClick(view->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(s.session.isSignedIn(), 10000);
        QVERIFY(!window.sessionBanner()->isVisible());
        QVERIFY(sv::test::awaitResult(s.session.signOut()).hasValue());
    }

    /// No network at start: the saved session is restored from the keychain, the library is usable, and
    /// signing out still removes the keychain entry.
    void offlineStartRestoresTheSessionAndShowsTheLibrary()
    {
        auto sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
        const QUrl base = sandbox->baseUrl();
        const QString anonKey = sandbox->anonKey();
        const QString profileName = QStringLiteral("ui-offline");
        {
            Stack first(base, anonKey, profileName);
            QVERIFY(sv::test::awaitResult(first.session.signInWithPassword(SandboxProcess::demoEmail(),
                                                                           SandboxProcess::demoPassword()))
                        .hasValue());
        }
        sandbox.reset(); // the server is gone

        QTemporaryDir dir;
        QVERIFY(sv::test::writeLibrary(dir.filePath(QStringLiteral("library.sqlite")),
                                       sv::test::sampleItems(QDateTime::currentDateTimeUtc())));
        Stack s(base, anonKey, profileName);
        ProfileServices services(AppConfig(), Profile::resolve(dir.path()));
        MainWindow window(&services);
        QSignalSpy libraryOpened(window.contentView(), &ContentView::libraryOpened);
        QSignalSpy items(window.contentView(), &ContentView::libraryItemCountChanged);
        window.setSession(&s.session);
        window.show();
        window.restoreSession();
        QTRY_VERIFY_WITH_TIMEOUT(s.session.isSignedIn(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(libraryOpened.size(), 1, 10000);
        // The item count follows the first results.
        QTRY_VERIFY_WITH_TIMEOUT(!items.isEmpty() && items.last().at(0).toLongLong() > 0, 10000);
        QCOMPARE(window.accountButton()->text(), SandboxProcess::demoEmail());
        QVERIFY(!window.isSignInShown());
        QVERIFY(!window.sessionBanner()->isVisible());

        QSignalSpy signOutFinished(window.accountButton(), &AccountButton::signOutFinished);
        window.accountButton()->signOutAction()->trigger();
        QVERIFY(signOutFinished.wait(30000));
        QVERIFY(!s.session.isSignedIn());
        QCOMPARE(sv::test::keychainEntryCount(s.session.sessionKey().toString()), 0);
    }

    /// A configuration file with a mistake: the banner names the file and the line, the app runs offline
    /// (no sign-in); once the file is corrected, "Retry" makes signing in possible without a restart.
    void badConfigurationLineIsShownAndRetryEnablesSignIn()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("streamvibe.conf"));
        const auto write = [&file](const QByteArray& text) {
            QFile f(file);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        QVERIFY(write("# StreamVibe\n[backend]\nurl = ftp://127.0.0.1/\nanon_key = x\n"));
        qputenv(AppConfig::EnvironmentVariable, file.toLocal8Bit());
        const auto restoreEnv = qScopeGuard([] { qunsetenv(AppConfig::EnvironmentVariable); });
        const auto loaded = AppConfig::load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().file, file);
        QCOMPARE(loaded.error().line, 3);

        ProfileServices services(AppConfig(), Profile::resolve(dir.filePath(QStringLiteral("profile"))),
                                 QStringLiteral("StreamVibe-test-retry"));
        MainWindow window(&services, AppConfig(), loaded.error());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString banner = window.configErrorBanner()->text();
        QVERIFY2(banner.contains(file) && banner.contains(QStringLiteral("on line 3")), qPrintable(banner));
        QVERIFY(window.configRetryButton()->isVisible());
        QVERIFY(!window.signInView());

        // Still wrong: Retry says so again, nothing else changes.
        QTest::mouseClick(window.configRetryButton(), Qt::LeftButton);
        QVERIFY(window.configErrorBanner()->isVisible());
        QVERIFY(!window.signInView());

        // Corrected (the sandbox's own file): Retry, the banner goes and the sign-in page works.
        QFile sandboxConfig(m_sandbox->configFile());
        QVERIFY(sandboxConfig.open(QIODevice::ReadOnly));
        QVERIFY(write(sandboxConfig.readAll()));
        QTest::mouseClick(window.configRetryButton(), Qt::LeftButton);
        QVERIFY(!window.configErrorBanner()->isVisible());
        signInWorksOnceFixed(window, services);
    }

    /// The configuration file is watched: a change written in place is read at once (the banner names the
    /// new line), and a corrected file an editor puts in place by renaming a new one over it clears the
    /// banner and makes signing in possible, with no Retry and no restart.
    void configurationFileIsWatchedAndAFixEnablesSignIn()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("streamvibe.conf"));
        const auto write = [](const QString& path, const QByteArray& text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        QVERIFY(write(file, "# StreamVibe\n[backend]\nurl = ftp://127.0.0.1/\nanon_key = x\n"));
        qputenv(AppConfig::EnvironmentVariable, file.toLocal8Bit());
        const auto restoreEnv = qScopeGuard([] { qunsetenv(AppConfig::EnvironmentVariable); });
        const auto loaded = AppConfig::load();
        QVERIFY(!loaded);

        ProfileServices services(AppConfig(), Profile::resolve(dir.filePath(QStringLiteral("profile"))),
                                 QStringLiteral("StreamVibe-test-watch"));
        MainWindow window(&services, AppConfig(), loaded.error());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.configErrorBanner()->text().contains(QStringLiteral("on line 3")));

        // Still wrong, elsewhere, written in place: the banner follows.
        QVERIFY(write(file, "[backend]\nurl = ftp://127.0.0.1/\n"));
        QTRY_VERIFY2(window.configErrorBanner()->text().contains(QStringLiteral("on line 2")),
                     qPrintable(window.configErrorBanner()->text()));
        QVERIFY(!window.signInView());

        // Corrected the way editors save: a new file renamed over the old one.
        QFile sandboxConfig(m_sandbox->configFile());
        QVERIFY(sandboxConfig.open(QIODevice::ReadOnly));
        const QString saved = dir.filePath(QStringLiteral(".streamvibe.conf.new"));
        QVERIFY(write(saved, sandboxConfig.readAll()));
        QVERIFY(std::rename(QFile::encodeName(saved).constData(), QFile::encodeName(file).constData()) == 0);
        QTRY_VERIFY(!window.configErrorBanner()->isVisible());
        signInWorksOnceFixed(window, services);
    }

    void windowWithoutSessionHasNoAccountUi()
    {
        QTemporaryDir dir;
        ProfileServices services(AppConfig(), Profile::resolve(dir.path()));
        MainWindow window(&services);
        QVERIFY(!window.accountButton());
        QVERIFY(!window.signInView());
        window.showSignIn();
        QVERIFY(!window.isSignInShown());
    }
};

QTEST_MAIN(TestSignInView)
#include "TestSignInView.moc"
