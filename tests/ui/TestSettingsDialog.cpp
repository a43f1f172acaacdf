// Settings, offscreen: each choice applies at once and is kept in QSettings (a dialog made afterwards and
// the next start read it back): the theme switches the application's palette (light, dark, high contrast,
// the system's), the language switches the menus and dialogs, the thumbnail cache's size reaches the disk
// cache and "Clear" empties it (a real disk cache on disk). Every control has an accessible name and Tab
// visits them in reading order; other parts of the app add pages.
#include "MainMenu.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "media/ThumbnailDiskCache.h"
#include "media/ThumbnailStore.h"
#include "services/ProfileServices.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void themeSwitchesThePaletteAndPersists();
    void darkPaletteIsReadable();
    void languageSwitchesMenusAndPersists();
    void cacheSizeAndClear();
    void locationsAreShownAndOpen();
    void controlsAreNamedAndTabOrderFollowsReading();
    void otherPartsAddPages();
    void menuOpensSettingsWithCtrlComma();

private:
    QTemporaryDir m_dir;
    Profile m_profile;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTestSettings"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    QSettings().clear();
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    m_profile = Profile::resolve(m_dir.path());
    QVERIFY(m_profile.isValid());
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    Theme::apply(*qApp, Theme::Mode::Light);
}

void TestSettingsDialog::cleanup()
{
    Translations::switchTo(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp, Theme::Mode::Light);
}

void TestSettingsDialog::themeSwitchesThePaletteAndPersists()
{
    SettingsDialog dialog(m_profile, nullptr);
    dialog.show();
    QWidget probe;
    probe.show();
    QVERIFY(probe.palette().color(QPalette::Window).lightness() > 200);

    dialog.themeBox()->setCurrentIndex(int(Theme::Mode::Dark));
    QVERIFY(Theme::isDark());
    QVERIFY(probe.palette().color(QPalette::Window).lightness() < 60);
    QVERIFY(probe.palette().color(QPalette::WindowText).lightness() > 200);
    QCOMPARE(QSettings().value(QLatin1String(Theme::SettingsKey)).toString(), QStringLiteral("dark"));
    // The style sheet follows: the sidebar of a window is dark too.
    ProfileServices services(AppConfig(), m_profile);
    MainWindow window(&services);
    window.show();
    auto* sidebar = window.findChild<QWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QTRY_VERIFY(sidebar->grab().toImage().pixelColor(5, sidebar->height() / 2).lightness() < 60);

    // The next start (Theme::apply with what is saved) and a new dialog read it back.
    Theme::apply(*qApp, Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
    Theme::apply(*qApp);
    QVERIFY(Theme::isDark());
    SettingsDialog again(m_profile, nullptr);
    again.show();
    QCOMPARE(again.themeBox()->currentIndex(), int(Theme::Mode::Dark));

    // Back to light, live; "follow the system" is light on this (offscreen) desktop.
    dialog.themeBox()->setCurrentIndex(int(Theme::Mode::Light));
    QVERIFY(probe.palette().color(QPalette::Window).lightness() > 200);
    QTRY_VERIFY(sidebar->grab().toImage().pixelColor(5, sidebar->height() / 2).lightness() > 200);
    dialog.themeBox()->setCurrentIndex(int(Theme::Mode::System));
    QCOMPARE(Theme::currentMode(), Theme::Mode::System);
    QCOMPARE(Theme::isDark(), Theme::systemPrefersDark());
    QCOMPARE(QSettings().value(QLatin1String(Theme::SettingsKey)).toString(), QStringLiteral("system"));

    // High contrast: black and white, live, kept; the next start and a new dialog read it back.
    QCOMPARE(dialog.themeBox()->itemText(int(Theme::Mode::HighContrast)), QStringLiteral("High contrast"));
    dialog.themeBox()->setCurrentIndex(int(Theme::Mode::HighContrast));
    QVERIFY(Theme::isHighContrast());
    QCOMPARE(probe.palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(probe.palette().color(QPalette::WindowText), QColor(Qt::white));
    QCOMPARE(QSettings().value(QLatin1String(Theme::SettingsKey)).toString(),
             QStringLiteral("high-contrast"));
    QTRY_COMPARE(sidebar->grab().toImage().pixelColor(5, sidebar->height() / 2), QColor(Qt::black));
    Theme::apply(*qApp, Theme::Mode::Light);
    QVERIFY(!Theme::isHighContrast());
    Theme::apply(*qApp);
    QVERIFY(Theme::isHighContrast());
    SettingsDialog third(m_profile, nullptr);
    third.show();
    QCOMPARE(third.themeBox()->currentIndex(), int(Theme::Mode::HighContrast));
    // Qt 6.4 cannot tell whether the desktop asks for high contrast: "follow the system" does not guess.
    dialog.themeBox()->setCurrentIndex(int(Theme::Mode::System));
    QVERIFY(!Theme::isHighContrast());
}

void TestSettingsDialog::darkPaletteIsReadable()
{
    // Light and dark: 4.5:1 (WCAG AA) for the active colours; high contrast: 7:1 (AAA) in every colour group.
    struct Look
    {
        QString name;
        QPalette palette;
        double minimum;
        QList<QPalette::ColorGroup> groups;
    };
    const Look looks[] = {
        {QStringLiteral("light"), Theme::palette(false), 4.5, {QPalette::Active}},
        {QStringLiteral("dark"), Theme::palette(true), 4.5, {QPalette::Active}},
        {QStringLiteral("high contrast"),
         Theme::highContrastPalette(),
         Theme::HighContrastMinimum,
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}},
    };
    for (const Look& look : looks) {
        const QPalette& p = look.palette;
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::PlaceholderText, QPalette::Base},
            {QPalette::PlaceholderText, QPalette::Window},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base}};
        for (const QPalette::ColorGroup group : look.groups) {
            for (const auto& [fg, bg] : pairs) {
                const double ratio = Theme::contrast(p.color(group, fg), p.color(group, bg));
                QVERIFY2(ratio >= look.minimum, qPrintable(QStringLiteral("%1, group %2: %3 on %4 = %5")
                                                               .arg(look.name)
                                                               .arg(int(group))
                                                               .arg(int(fg))
                                                               .arg(int(bg))
                                                               .arg(ratio)));
            }
        }
    }
    // The light and dark looks are not high contrast: the choice changes something.
    QVERIFY(Theme::contrast(Theme::palette(false).color(QPalette::HighlightedText),
                            Theme::palette(false).color(QPalette::Highlight)) < Theme::HighContrastMinimum);
}

void TestSettingsDialog::languageSwitchesMenusAndPersists()
{
    ProfileServices services(AppConfig(), m_profile);
    MainWindow window(&services);
    window.show();
    QMenuBar* bar = window.menuBar();
    QCOMPARE(bar->actions().first()->text(), QStringLiteral("&File"));
    SettingsDialog* dialog = window.mainMenu()->settingsDialog();
    dialog->show();
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
    QVERIFY(!dialog->restartNote()->isVisible());

    QComboBox* language = dialog->languageBox();
    QCOMPARE(language->currentIndex(), 0); // the system's
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
    QSignalSpy changed(dialog, &SettingsDialog::languageChanged);
    language->setCurrentIndex(german);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QSettings().value(QLatin1String(Translations::SettingsKey)).toString(), QStringLiteral("de"));
    QCOMPARE(Translations::savedLanguage(), QStringLiteral("de"));
    // The menus and the dialog speak German now; the rest after the restart the dialog offers.
    QTRY_COMPARE(bar->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QVERIFY(dialog->restartNote()->isVisible());
    QVERIFY(dialog->restartButton()->isVisible());
    QCOMPARE(QLocale().language(), QLocale::German);

    // Back to the system's: the key is forgotten.
    language->setCurrentIndex(0);
    QVERIFY(!QSettings().contains(QLatin1String(Translations::SettingsKey)));
    QCOMPARE(Translations::savedLanguage(), QString());
    // A language no longer shipped is not used.
    QSettings().setValue(QLatin1String(Translations::SettingsKey), QStringLiteral("tlh"));
    QCOMPARE(Translations::savedLanguage(), QString());
}

void TestSettingsDialog::cacheSizeAndClear()
{
    const QString directory = ProfileServices::thumbnailDirectory(m_profile);
    {
        // Pictures a previous session kept.
        ThumbnailDiskCache disk(directory, ThumbnailStore::DefaultMaximumBytes);
        for (int i = 0; i < 8; ++i)
            disk.write(QUrl(QStringLiteral("https://img.example/%1.jpg").arg(i)),
                       QByteArray(64 * 1024, char('a' + i)), "image/jpeg");
    }
    HttpClient http;
    ThumbnailStore store(&http, directory, ThumbnailStore::configuredMaximumBytes());
    QCOMPARE(store.maximumBytes(), 500LL * 1024 * 1024); // the default

    SettingsDialog dialog(m_profile, &store);
    dialog.setCurrentPage(SettingsDialog::StoragePage);
    QSignalSpy usage(&dialog, &SettingsDialog::cacheUsageUpdated);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!usage.isEmpty(), 10000);
    QVERIFY(usage.last().at(0).toLongLong() >= 8 * 64 * 1024);
    QCOMPARE(dialog.cacheUsageLabel()->text(), QLocale().formattedDataSize(usage.last().at(0).toLongLong()));
    QCOMPARE(dialog.cacheSizeBox()->value(), 500);

    // A smaller size applies to the running cache and is kept for the next start.
    dialog.cacheSizeBox()->setValue(100);
    QCOMPARE(store.maximumBytes(), 100LL * 1024 * 1024);
    QCOMPARE(ThumbnailStore::configuredMaximumBytes(), 100LL * 1024 * 1024);
    QCOMPARE(QSettings().value(QLatin1String(ThumbnailStore::MaximumBytesSettingsKey)).toLongLong(),
             100LL * 1024 * 1024);
    SettingsDialog again(m_profile, &store);
    QCOMPARE(again.cacheSizeBox()->value(), 100);

    // Clear empties it.
    QSignalSpy cleared(&dialog, &SettingsDialog::cacheCleared);
    QTest::mouseClick(dialog.clearCacheButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!cleared.isEmpty(), 10000);
    QCOMPARE(usage.last().at(0).toLongLong(), qint64(0));
    auto size = store.diskSize();
    size.waitForFinished();
    QCOMPARE(size.result(), qint64(0));
    QVERIFY(dialog.clearCacheButton()->isEnabled());
}

void TestSettingsDialog::locationsAreShownAndOpen()
{
    SettingsDialog dialog(m_profile, nullptr);
    QStringList opened;
    dialog.setFolderOpener([&opened](const QString& directory) {
        opened << directory;
        return true;
    });
    dialog.setCurrentPage(SettingsDialog::StoragePage);
    dialog.show();
    QCOMPARE(dialog.profileFolderLabel()->text(), QDir::toNativeSeparators(m_profile.directory()));
    QCOMPARE(dialog.cacheFolderLabel()->text(),
             QDir::toNativeSeparators(ProfileServices::thumbnailDirectory(m_profile)));
    // Read-only: shown, selectable, not editable.
    QVERIFY(dialog.profileFolderLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QTest::mouseClick(dialog.openProfileFolderButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.openCacheFolderButton(), Qt::LeftButton);
    QCOMPARE(opened, QStringList({m_profile.directory(), ProfileServices::thumbnailDirectory(m_profile)}));
    // No pictures without a service: nothing to clear.
    QVERIFY(!dialog.clearCacheButton()->isEnabled());
}

void TestSettingsDialog::controlsAreNamedAndTabOrderFollowsReading()
{
    HttpClient http;
    ThumbnailStore store(&http, ProfileServices::thumbnailDirectory(m_profile));
    SettingsDialog dialog(m_profile, &store);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    const auto tabOrder = [&dialog](int steps) {
        QList<QWidget*> order;
        dialog.pageList()->setFocus(Qt::TabFocusReason);
        order << QApplication::focusWidget();
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget();
        }
        return order;
    };
    QWidget* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    dialog.setCurrentPage(SettingsDialog::GeneralPage);
    QCOMPARE(tabOrder(4), (QList<QWidget*>{dialog.pageList(), dialog.languageBox(), dialog.themeBox(), close,
                                           dialog.pageList()}));
    dialog.setCurrentPage(SettingsDialog::StoragePage);
    QCOMPARE(tabOrder(6), (QList<QWidget*>{dialog.pageList(), dialog.openProfileFolderButton(),
                                           dialog.openCacheFolderButton(), dialog.cacheSizeBox(),
                                           dialog.clearCacheButton(), close, dialog.pageList()}));
    // Arrow keys in the list move between pages.
    dialog.pageList()->setFocus();
    QTest::keyClick(dialog.pageList(), Qt::Key_Up);
    QCOMPARE(dialog.currentPage(), int(SettingsDialog::GeneralPage));

    for (QWidget* w : QList<QWidget*>{
             dialog.pageList(), dialog.languageBox(), dialog.themeBox(), dialog.openProfileFolderButton(),
             dialog.openCacheFolderButton(), dialog.cacheSizeBox(), dialog.clearCacheButton(), close,
             dialog.profileFolderLabel(), dialog.cacheFolderLabel(), dialog.cacheUsageLabel()})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestSettingsDialog::otherPartsAddPages()
{
    SettingsDialog dialog(m_profile, nullptr);
    auto* page = new QWidget;
    auto* box = new QComboBox(page);
    const int index = dialog.addPage(page, QStringLiteral("Sync & notifications"));
    QCOMPARE(index, 2);
    QCOMPARE(dialog.pageCount(), 3);
    QCOMPARE(dialog.pageList()->item(2)->text(), QStringLiteral("Sync & notifications"));
    dialog.show();
    dialog.setCurrentPage(index);
    QVERIFY(page->isVisible());
    QVERIFY(box->isVisible());
    QCOMPARE(page->parentWidget()->parentWidget(), &dialog);
}

void TestSettingsDialog::menuOpensSettingsWithCtrlComma()
{
    ProfileServices services(AppConfig(), m_profile);
    MainWindow window(&services);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = window.mainMenu()->settingsDialog();
    QTRY_VERIFY(dialog->isVisible());
    // One dialog, kept: a page added before it is shown stays.
    QCOMPARE(window.mainMenu()->settingsDialog(), dialog);
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
