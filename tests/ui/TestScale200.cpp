// The window at 200 % scaling (ctest runs this with QT_SCALE_FACTOR=2), 1280x800 as on a 2560x1600 laptop
// screen, signed in against the sandbox with YouTube synced and a search result selected: on every page and
// in the settings dialog, no label, button or field is smaller than its text needs, none reaches outside its
// parent, none overlaps another; screenshots scale200-<page>.png ($STREAMVIBE_SCREENSHOT_DIR, else
// <build dir>/screenshots).
#include "MainMenu.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "UiChecks.h"
#include "UiTestLibrary.h"
#include "config/Profile.h"

#include "SandboxProcess.h"
#include "SignedInWindow.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

class TestScale200 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageFitsAtTwiceTheSize();

private:
    test::SandboxedProfile m_fixture;
};

void TestScale200::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(QStringLiteral("StreamVibeTestScale200"), QStringLiteral("scale@example.test"),
                             QStringLiteral("pw-scale-1"), &error),
             qPrintable(error));
    Theme::apply(*qApp, Theme::Mode::Light);
}

void TestScale200::everyPageFitsAtTwiceTheSize()
{
    test::SignedInWindow signedIn(m_fixture.config, m_fixture.profile(),
                                  QStringLiteral("StreamVibeScale200Test"));
    MainWindow& window = signedIn.window;
    window.resize(1280, 800);
    QString error;
    QVERIFY2(signedIn.signIn(m_fixture.email, m_fixture.password, &error), qPrintable(error));
    QVERIFY2(signedIn.showEveryPageFilled(QStringLiteral("bread"), &error), qPrintable(error));
    QCOMPARE(window.devicePixelRatio(), 2.0);

    QStringList problems;
    for (int i = 0; i < window.navigation()->count(); ++i) {
        const auto page = static_cast<MainWindow::Page>(i);
        QVERIFY(signedIn.showPage(page));
        const QString name = test::SignedInWindow::pageName(page);
        const QPixmap shot = test::saveScreenshot(&window, QStringLiteral("scale200-%1.png").arg(name));
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        QCOMPARE(shot.width(), 2 * window.width());
        for (const QString& line : test::layoutProblems(&window))
            problems << name + QStringLiteral(": ") + line;
    }

    SettingsDialog* settings = window.mainMenu()->settingsDialog();
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    for (int page = 0; page < settings->pageCount(); ++page) {
        settings->setCurrentPage(page);
        QTest::qWait(0);
        QVERIFY(!test::saveScreenshot(settings, QStringLiteral("scale200-settings-%1.png").arg(page + 1))
                     .isNull());
        for (const QString& line : test::layoutProblems(settings))
            problems << QStringLiteral("settings %1: ").arg(page + 1) + line;
    }
    settings->close();
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.join(u'\n')));
}

QTEST_MAIN(TestScale200)
#include "TestScale200.moc"
