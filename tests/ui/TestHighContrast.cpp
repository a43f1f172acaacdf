// The high-contrast theme (its palette's 7:1 is checked in TestSettingsDialog): on every page, as a signed-in
// creator sees it against the local sandbox (YouTube synced, a result selected), and in the settings dialog,
// each visible text stands out 7:1 from what is behind it in the rendered pixels, and the control with the
// keyboard focus wears a yellow frame. Screenshots: contrast-<n>-<page>.png ($STREAMVIBE_SCREENSHOT_DIR, else
// <build dir>/screenshots).
#include "ConnectionsView.h"
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
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

namespace {

/// How many pixels of `image` are the focus frame's yellow.
int yellowPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 230 && c.green() > 230 && c.blue() < 40 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestHighContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsReadableInHighContrast();
    void cleanupTestCase();

private:
    test::SandboxedProfile m_fixture;
};

void TestHighContrast::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(QStringLiteral("StreamVibeTestHighContrast"),
                             QStringLiteral("contrast@example.test"), QStringLiteral("pw-contrast-1"),
                             &error),
             qPrintable(error));
    Theme::saveMode(Theme::Mode::HighContrast);
    Theme::apply(*qApp); // as the app starts with high contrast chosen
    QVERIFY(Theme::isHighContrast());
    QCOMPARE(Theme::currentMode(), Theme::Mode::HighContrast);
}

void TestHighContrast::cleanupTestCase()
{
    Theme::apply(*qApp, Theme::Mode::Light);
    qInfo("screenshots: %s", qPrintable(QDir(test::screenshotDir()).absolutePath()));
}

void TestHighContrast::everyPageIsReadableInHighContrast()
{
    test::SignedInWindow signedIn(m_fixture.config, m_fixture.profile(),
                                  QStringLiteral("StreamVibeHighContrastTest"));
    MainWindow& window = signedIn.window;
    QString error;
    QVERIFY2(signedIn.signIn(m_fixture.email, m_fixture.password, &error), qPrintable(error));
    QVERIFY2(signedIn.showEveryPageFilled(QStringLiteral("bread"), &error), qPrintable(error));

    QStringList problems;
    for (int i = 0; i < window.navigation()->count(); ++i) {
        const auto page = static_cast<MainWindow::Page>(i);
        QVERIFY(signedIn.showPage(page));
        const QPixmap shot = test::saveScreenshot(
            &window,
            QStringLiteral("contrast-%1-%2.png").arg(i + 1).arg(test::SignedInWindow::pageName(page)));
        QVERIFY(!shot.isNull());
        const QImage image = shot.toImage();
        QCOMPARE(image.pixelColor(4, image.height() / 2), QColor(Qt::black)); // the sidebar too
        problems << test::unreadableTexts(&window, &window, image, Theme::HighContrastMinimum);
    }

    // The focus is seen: a yellow frame around the focused button, none without focus.
    window.setCurrentPage(MainWindow::ConnectionsPage);
    QPushButton* syncAll = window.connectionsView()->syncAllButton();
    QVERIFY(syncAll->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.navigation()->setFocus();
    QCOMPARE(yellowPixels(syncAll->grab().toImage()), 0);
    syncAll->setFocus(Qt::TabFocusReason);
    QVERIFY(syncAll->hasFocus());
    const QPixmap focused = test::saveScreenshot(syncAll, QStringLiteral("contrast-focus.png"));
    QVERIFY(yellowPixels(focused.toImage()) > 2 * syncAll->width());

    SettingsDialog* settings = window.mainMenu()->settingsDialog();
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    QCOMPARE(settings->themeBox()->currentIndex(), int(Theme::Mode::HighContrast));
    QCOMPARE(settings->themeBox()->currentText(), QStringLiteral("High contrast"));
    for (int page = 0; page < settings->pageCount(); ++page) {
        settings->setCurrentPage(page);
        const QPixmap shot =
            test::saveScreenshot(settings, QStringLiteral("contrast-settings-%1.png").arg(page + 1));
        QVERIFY(!shot.isNull());
        problems << test::unreadableTexts(settings, settings, shot.toImage(), Theme::HighContrastMinimum);
    }
    settings->close();
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("under 7:1:\n") + problems.join(u'\n')));
}

QTEST_MAIN(TestHighContrast)
#include "TestHighContrast.moc"
