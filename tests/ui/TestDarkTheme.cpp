// The dark theme on every page, as a signed-in creator sees it against the local sandbox (Connections, Usage
// and Plans with their live content; Content with a result selected; the settings dialog): each page is
// saved as a screenshot ($STREAMVIBE_SCREENSHOT_DIR, else <build dir>/screenshots, dark-<n>-<page>.png),
// and every text on it must be readable: in the rendered pixels, each visible label's and button's text
// stands out from what is behind it.
#include "ContentListModel.h"
#include "ContentView.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "PlansView.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "UiChecks.h"
#include "UiTestLibrary.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include "SandboxProcess.h"
#include "SignedInWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

namespace {

QString pageName(int row)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(row))
        .remove(QLatin1String("Page"))
        .toLower();
}

} // namespace

class TestDarkTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsReadableInTheDark();
    void cleanupTestCase();

private:
    QTemporaryDir m_profileDir;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    AppConfig m_config;
};

void TestDarkTheme::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTestDarkTheme"));
    QSettings().clear();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    Theme::saveMode(Theme::Mode::Dark);
    Theme::apply(*qApp); // as the app starts with dark chosen
    QVERIFY(Theme::isDark());
    QVERIFY(m_profileDir.isValid());
    const Profile profile = Profile::resolve(m_profileDir.path());
    QVERIFY(profile.isValid());
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(test::writeLibrary(profile.libraryPath(), test::sampleItems(now) + test::numberedItems(40, now)));
    QVERIFY(QDir().mkpath(test::screenshotDir()));

    m_sandbox = std::make_unique<test::SandboxProcess>();
    QString error;
    const auto config = test::startSandboxWithUser(*m_sandbox, QStringLiteral("dark@example.test"),
                                                   QStringLiteral("pw-dark-1"), &error);
    QVERIFY2(config, qPrintable(error));
    m_config = *config;
}

void TestDarkTheme::cleanupTestCase()
{
    Theme::apply(*qApp, Theme::Mode::Light);
    qInfo("screenshots: %s", qPrintable(QDir(test::screenshotDir()).absolutePath()));
}

void TestDarkTheme::everyPageIsReadableInTheDark()
{
    test::SignedInWindow signedIn(m_config, Profile::resolve(m_profileDir.path()),
                                  QStringLiteral("StreamVibeDarkThemeTest"));
    QString error;
    QVERIFY2(signedIn.signIn(QStringLiteral("dark@example.test"), QStringLiteral("pw-dark-1"), &error),
             qPrintable(error));
    MainWindow& window = signedIn.window;
    // The usage and plans pages say what a unit is and what a plan buys.
    QVERIFY(window.usageView()->unitExplanation()->text().contains(QStringLiteral("new item")));
    QVERIFY(window.plansView()->plansExplanation()->text().contains(QStringLiteral("new items")));

    ContentView* content = window.contentView();
    window.setCurrentPage(MainWindow::ContentPage);
    content->searchNow(QStringLiteral("bread"));
    QTRY_VERIFY_WITH_TIMEOUT(content->model()->rowCount() >= 3, 20000);
    content->resultList()->setCurrentIndex(content->model()->index(0, 0));

    const QDir dir(test::screenshotDir());
    QStringList problems;
    for (int i = 0; i < window.navigation()->count(); ++i) {
        window.setCurrentPage(static_cast<MainWindow::Page>(i));
        QTRY_COMPARE(int(window.currentPage()), i);
        QTest::qWait(0); // let the page lay itself out once
        const QPixmap shot = window.grab();
        const QString file = dir.filePath(QStringLiteral("dark-%1-%2.png").arg(i + 1).arg(pageName(i)));
        QVERIFY2(shot.save(file), qPrintable(file));
        // The window itself is dark: its sidebar and status bar too.
        const QImage image = shot.toImage();
        QVERIFY(image.pixelColor(4, image.height() / 2).lightness() < 70);
        // 3:1 at the text's core: WCAG's minimum for large text, met by every text once antialiased.
        problems << test::unreadableTexts(&window, &window, image, 3.0);
    }

    // The settings dialog, on each of its pages.
    SettingsDialog* settings = window.mainMenu()->settingsDialog();
    settings->show();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    for (int page = 0; page < settings->pageCount(); ++page) {
        settings->setCurrentPage(page);
        const QPixmap shot = settings->grab();
        QVERIFY(shot.save(dir.filePath(QStringLiteral("dark-settings-%1.png").arg(page + 1))));
        problems << test::unreadableTexts(settings, settings, shot.toImage(), 3.0);
    }
    settings->close();
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("hard to read:\n") + problems.join(u'\n')));
}

QTEST_MAIN(TestDarkTheme)
#include "TestDarkTheme.moc"
