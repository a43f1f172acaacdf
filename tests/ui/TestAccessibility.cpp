// Every control a signed-in creator works with (YouTube connected and synced, a search result selected) on
// every page, in the sidebar, the menus and the dialogs, and the sign-in page before that: each has the name
// a screen reader announces (through its QAccessibleInterface, as the screen reader asks), icon-only buttons
// have a tooltip too, and Tab reaches each control once, in reading order, without getting stuck.
#include "AboutDialog.h"
#include "AccountButton.h"
#include "ConnectionsView.h"
#include "ContentView.h"
#include "KeyboardShortcuts.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "PlansView.h"
#include "SettingsDialog.h"
#include "SignInView.h"
#include "Theme.h"
#include "Translations.h"
#include "UiChecks.h"
#include "UiTestLibrary.h"
#include "UsageView.h"
#include "config/Profile.h"

#include "SandboxProcess.h"
#include "SignedInWindow.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

namespace {

/// What is wrong with `root`'s controls (names, then the tab order), each line prefixed with `where`.
QStringList problemsOf(const QString& where, QWidget* root)
{
    QList<QWidget*> order;
    QStringList out = test::unnamedControls(root) + test::tabOrderProblems(root, &order);
    QStringList names;
    for (QWidget* w : std::as_const(order))
        names << test::accessibleName(w);
    if (qEnvironmentVariableIsSet("STREAMVIBE_TEST_VERBOSE")) {
        for (QWidget* w : test::visibleControls(root))
            qInfo("  %s enabled=%d policy=%d", qPrintable(test::describe(w)), w->isEnabled(),
                  int(w->focusPolicy()));
    }
    qInfo("%s: %d controls, by Tab: %s", qPrintable(where), int(test::visibleControls(root).size()),
          qPrintable(names.join(QStringLiteral(" | "))));
    for (QString& line : out)
        line.prepend(where + QStringLiteral(": "));
    return out;
}

QWidget* pageWidget(MainWindow& window, MainWindow::Page page)
{
    switch (page) {
    case MainWindow::OverviewPage:
        return (window.overviewView());
    case MainWindow::ConnectionsPage:
        return (window.connectionsView());
    case MainWindow::ContentPage:
        return window.contentView();
    case MainWindow::UsagePage:
        return (window.usageView());
    case MainWindow::PlansPage:
        return (window.plansView());
    }
    return nullptr;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamedAndReachableByTab();

private:
    test::SandboxedProfile m_fixture;
};

void TestAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(QStringLiteral("StreamVibeTestAccessibility"),
                             QStringLiteral("a11y@example.test"), QStringLiteral("pw-a11y-1"), &error),
             qPrintable(error));
    Theme::apply(*qApp, Theme::Mode::Light);
}

void TestAccessibility::everyControlIsNamedAndReachableByTab()
{
    test::SignedInWindow signedIn(m_fixture.config, m_fixture.profile(),
                                  QStringLiteral("StreamVibeAccessibilityTest"));
    MainWindow& window = signedIn.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;

    // Signed out: the sign-in page.
    window.showSignIn();
    QTRY_VERIFY(window.signInView()->isVisible());
    QTRY_VERIFY(!window.signInView()->providerButtons().isEmpty());
    problems << problemsOf(QStringLiteral("SignIn"), window.signInView());

    QString error;
    QVERIFY2(signedIn.signIn(m_fixture.email, m_fixture.password, &error), qPrintable(error));
    QVERIFY2(signedIn.showEveryPageFilled(QStringLiteral("bread"), &error), qPrintable(error));

    for (int i = 0; i < window.navigation()->count(); ++i) {
        const auto page = static_cast<MainWindow::Page>(i);
        window.setCurrentPage(page);
        QTRY_COMPARE(int(window.currentPage()), i);
        QTest::qWait(0); // let the page lay itself out once
        if (page == MainWindow::ContentPage)
            QVERIFY(signedIn.showFirstResult());
        QWidget* root = pageWidget(window, page);
        QVERIFY(root && root->isVisible());
        problems << problemsOf(test::SignedInWindow::pageName(page), root);
    }
    problems << problemsOf(QStringLiteral("Sidebar"), window.navigation()->parentWidget());

    // The menus: the menu bar's and the account button's.
    const auto menus = window.menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly);
    QVERIFY(!menus.isEmpty());
    for (QMenu* menu : menus)
        problems << test::unnamedMenuEntries(menu);
    QVERIFY(window.accountButton()->menu());
    problems << test::unnamedMenuEntries(window.accountButton()->menu());

    // The dialogs: settings (each page), keyboard shortcuts, about.
    SettingsDialog* settings = window.mainMenu()->settingsDialog();
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    for (int page = 0; page < settings->pageCount(); ++page) {
        settings->setCurrentPage(page);
        problems << problemsOf(QStringLiteral("Settings %1").arg(page + 1), settings);
    }
    settings->close();
    KeyboardShortcutsDialog* shortcuts = window.mainMenu()->shortcutsDialog();
    shortcuts->reload();
    shortcuts->show();
    QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
    problems << problemsOf(QStringLiteral("Shortcuts"), shortcuts);
    shortcuts->close();
    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    problems << problemsOf(QStringLiteral("About"), &about);
    about.close();

    problems.removeDuplicates();
    for (const QString& line : std::as_const(problems))
        qWarning("%s", qPrintable(line));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems (above)").arg(problems.size())));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
