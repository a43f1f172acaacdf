// Signed out, the pages that need an account (Connections, Usage, Plans) offer the action that helps now, and
// each is clicked: without a backend "Retry" (after the file names one) and "Documentation"; with a
// configuration file that has a mistake "Retry"; with the servers out of reach "Try now"; and "Sign in" once
// it can work. Offscreen, against the sandbox (through a TCP relay for the unreachable case) and a private
// keyring.
#include "AccountButton.h"
#include "ConnectionsView.h"
#include "EmptyStateWidget.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "PlansView.h"
#include "SandboxProcess.h"
#include "Screenshots.h"
#include "SignInView.h"
#include "TcpRelay.h"
#include "UsageView.h"
#include "backend/NetworkStatus.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sv;
using sv::test::SandboxProcess;
using sv::test::TcpRelay;

namespace {

/// The signed-out explanations of the three pages, each shown in turn while `check` runs on it.
void forEachSignedOutPage(MainWindow& window, const std::function<void(EmptyStateWidget*)>& check)
{
    for (const MainWindow::Page page :
         {MainWindow::ConnectionsPage, MainWindow::UsagePage, MainWindow::PlansPage}) {
        window.setCurrentPage(page);
        EmptyStateWidget* state = page == MainWindow::ConnectionsPage ? window.connectionsView()->emptyState()
                                  : page == MainWindow::UsagePage     ? window.usageView()->emptyState()
                                                                      : window.plansView()->emptyState();
        QVERIFY(state->isVisible());
        check(state);
        if (QTest::currentTestFailed())
            return;
    }
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class TestSignedOutPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    /// No backend: each page says why signing in is not possible and where a service is named; Documentation
    /// opens it; Retry reads the file again: still wrong, the pages say so with Retry; corrected, Sign in,
    /// which shows the sign-in page.
    void withoutBackendRetryAndDocumentationThenSignIn()
    {
        const QString file = m_dir.filePath(QStringLiteral("streamvibe.conf"));
        qputenv(AppConfig::EnvironmentVariable, file.toLocal8Bit());
        const auto restoreEnv = qScopeGuard([] { qunsetenv(AppConfig::EnvironmentVariable); });
        ProfileServices services(AppConfig(), Profile::resolve(m_dir.filePath(QStringLiteral("no-backend"))),
                                 QStringLiteral("StreamVibe-test-signed-out"));
        MainWindow window(&services);
        QList<QUrl> opened;
        window.mainMenu()->setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        forEachSignedOutPage(window, [&](EmptyStateWidget* state) {
            QVERIFY2(state->note().startsWith(QStringLiteral("No StreamVibe service is configured")) &&
                         state->note().contains(file),
                     qPrintable(state->note()));
            QCOMPARE(state->actionButton()->text(), QStringLiteral("Retry"));
            QVERIFY(state->actionButton()->isVisible());
            QCOMPARE(state->secondaryActionButton()->text(), QStringLiteral("Documentation"));
            const qsizetype before = opened.size();
            QTest::mouseClick(state->secondaryActionButton(), Qt::LeftButton);
            QCOMPARE(opened.size(), before + 1);
            QCOMPARE(opened.last(), MainMenu::documentationUrl());
        });
        QTest::qWait(0); // let the page lay itself out once
        QVERIFY(sv::test::saveScreenshot(window, QStringLiteral("signed-out-no-backend")));

        // A file with a mistake: Retry says so; the pages wait for it to be corrected, with Retry.
        QVERIFY(writeFile(file, "[backend]\nurl = ftp://127.0.0.1/\n"));
        QTest::mouseClick(window.usageView()->emptyState()->actionButton(), Qt::LeftButton);
        QVERIFY(window.configErrorBanner()->isVisible());
        QVERIFY(!window.signInView());
        forEachSignedOutPage(window, [](EmptyStateWidget* state) {
            QVERIFY2(state->note().contains(QStringLiteral("configuration file is corrected")),
                     qPrintable(state->note()));
            QCOMPARE(state->actionButton()->text(), QStringLiteral("Retry"));
            QVERIFY(!state->secondaryActionButton()->isVisible());
        });

        // Corrected: Retry on the Plans page makes signing in possible; Sign in shows the sign-in page.
        QFile sandboxConfig(m_sandbox->configFile());
        QVERIFY(sandboxConfig.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(file, sandboxConfig.readAll()));
        QTest::mouseClick(window.plansView()->emptyState()->actionButton(), Qt::LeftButton);
        QVERIFY(!window.configErrorBanner()->isVisible());
        QVERIFY(window.signInView());
        // The saved session is looked for (nobody yet): the sign-in page.
        QTRY_VERIFY_WITH_TIMEOUT(window.isSignInShown(), 10000);
        forEachSignedOutPage(window, [&window](EmptyStateWidget* state) {
            QVERIFY(state->note().isEmpty());
            QCOMPARE(state->actionButton()->text(), QStringLiteral("Sign in"));
            QVERIFY(!state->secondaryActionButton()->isVisible());
            QTest::mouseClick(state->actionButton(), Qt::LeftButton);
            QVERIFY(window.isSignInShown());
        });
        QCoro::waitFor(services.shutdown());
    }

    /// The backend cannot be reached: the pages say so with "Try now" instead of a Sign in that cannot work;
    /// once the network is back, "Try now" reaches it and Sign in returns.
    void unreachableBackendOffersTryNowThenSignIn()
    {
        TcpRelay relay(m_sandbox->port());
        QVERIFY(relay.start());
        const QString file = m_dir.filePath(QStringLiteral("relayed.conf"));
        QVERIFY(relay.writeRelayedConfiguration(m_sandbox->configFile(), file));
        relay.stop();
        const auto loaded = AppConfig::load(file);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        ProfileServices services(loaded.value(),
                                 Profile::resolve(m_dir.filePath(QStringLiteral("unreachable"))),
                                 QStringLiteral("StreamVibe-test-signed-out-offline"));
        QVERIFY(services.isAvailable());
        MainWindow window(&services, loaded.value());
        window.setSession(services.session());
        window.setServices(services.syncManager(), services.billing());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The sign-in page asked the server for its providers: that request could not get through.
        QTRY_VERIFY_WITH_TIMEOUT(services.network()->isOffline(), 20000);
        forEachSignedOutPage(window, [](EmptyStateWidget* state) {
            QVERIFY2(state->note().startsWith(QStringLiteral("StreamVibe cannot reach its servers")),
                     qPrintable(state->note()));
            QCOMPARE(state->actionButton()->text(), QStringLiteral("Try now"));
        });
        QTest::qWait(0); // let the page lay itself out once
        QVERIFY(sv::test::saveScreenshot(window, QStringLiteral("signed-out-offline")));
        // The sidebar's Sign in and Account → Sign In… follow the same decision: off, saying why, rather
        // than a sign-in page whose Sign in cannot get through.
        AccountButton* account = window.accountButton();
        QVERIFY(account);
        const QString why = window.connectionsView()->emptyState()->note();
        QVERIFY(!account->isEnabled());
        QCOMPARE(account->text(), QStringLiteral("Sign in"));
        QCOMPARE(account->toolTip(), why);
        QCOMPARE(account->accessibleDescription(), why);
        QVERIFY(!window.mainMenu()->signInAction()->isEnabled());
        QCOMPARE(window.mainMenu()->signInAction()->toolTip(), why);
        window.setCurrentPage(MainWindow::UsagePage);
        QTest::mouseClick(account, Qt::LeftButton);
        QVERIFY(!window.isSignInShown());

        relay.start();
        window.setCurrentPage(MainWindow::ConnectionsPage);
        EmptyStateWidget* connections = window.connectionsView()->emptyState();
        QTest::mouseClick(connections->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!services.network()->isOffline(), 10000);
        QCOMPARE(connections->actionButton()->text(), QStringLiteral("Sign in"));
        QVERIFY(connections->note().isEmpty());
        QTest::mouseClick(connections->actionButton(), Qt::LeftButton);
        QVERIFY(window.isSignInShown());
        // The sidebar's Sign in is back with it, and leads to the same page.
        QVERIFY(account->isEnabled());
        QVERIFY(account->accessibleDescription().isEmpty());
        QVERIFY(window.mainMenu()->signInAction()->isEnabled());
        window.setCurrentPage(MainWindow::UsagePage);
        QVERIFY(!window.isSignInShown());
        QTest::mouseClick(account, Qt::LeftButton);
        QVERIFY(window.isSignInShown());
        QCoro::waitFor(services.shutdown());
    }
};

QTEST_MAIN(TestSignedOutPages)
#include "TestSignedOutPages.moc"
