#include "ConnectionsView.h"
#include "ContentDetailsPane.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "EmptyStateWidget.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "PlansView.h"
#include "Screenshots.h"
#include "StatusBanners.h"
#include "StorageConditions.h"
#include "Theme.h"
#include "Translations.h"
#include "UiTestLibrary.h"
#include "UsageView.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"
#include "services/ProfileServices.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace sv;

namespace {
/// Writes through the service (as a sync would), so that it announces the change.
QCoro::Task<> upsertInto(LibraryService* service, QList<ContentItem> items, std::optional<int>* written)
{
    const auto result = co_await service->upsert(items);
    *written = result ? result.value() : -1;
}

/// Whether the window shows the profile folder's one banner (and no other) naming the folder, saying `what`
/// and "choose Retry", with its Retry button, and importing is off (it could only fail). Empty when so, else
/// what is wrong.
QString storageBannerMismatch(MainWindow& window, const Profile& profile, const QString& what)
{
    StatusBanners* banners = window.banners();
    const QString text = banners->label(StatusBanners::Cause::ProfileStorage)->text();
    if (!text.contains(QDir::toNativeSeparators(profile.directory())) || !text.contains(what) ||
        !text.contains(QLatin1String("choose Retry")))
        return QStringLiteral("banner: ") + text;
    if (banners->shownCauses() != QList<StatusBanners::Cause>{StatusBanners::Cause::ProfileStorage})
        return QStringLiteral("other banners shown");
    if (!banners->actionButton(StatusBanners::Cause::ProfileStorage)->isVisible())
        return QStringLiteral("no Retry");
    if (window.mainMenu()->importAction()->isEnabled())
        return QStringLiteral("import enabled");
    return {};
}

/// A file at `path` that is not a database: a library that cannot be opened.
bool writeNotADatabase(const QString& path)
{
    QFile garbage(path);
    return garbage.open(QIODevice::WriteOnly) &&
           garbage.write("this is not a database, just some text that happens to be long enough to matter") >
               0;
}

/// Set in the child process of readOnlyMountIsSaidPlainly(): the profile folder it mounts read-only.
constexpr char ReadOnlyMountVariable[] = "STREAMVIBE_TEST_READ_ONLY_MOUNT";

QCoro::Task<> importInto(LibraryService* service, QString file, std::optional<QString>* error)
{
    const auto result = co_await service->importFrom(file, ExportFormat::Json);
    *error = result ? QString() : result.error().message;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void navigationSwitchesViews();
    void keyboardNavigation();
    void sidebarHighlightsThePageShown();
    void emptyStatesExplainWhatComes();
    void statusBarShowsProfileAndItemCount();
    void brokenLibraryIsReportedNotFatal();
    void unreadableOverviewOffersRetry();
    void geometryAndPageAreRemembered();
    void sandboxConfigurationIsShownPlainly();
    void productionConfigurationShowsNoSandboxBadge();
    void configurationErrorIsShownAndAppRunsOffline();
    void readOnlyProfileIsSaidPlainlyAndSearchWorks();
    void missingProfileFolderIsSaidPlainlyAndRetryOpensIt();
    void profileFolderThatCannotBeMadeIsSaidPlainly();
    void diskThatFillsDuringTheSessionShowsTheBannerAndRetryRestoresWrites();
    void readOnlyMountIsSaidPlainly();
    void profileFolderThatLetsNobodyInIsNotCalledMissing();
    void libraryThatCannotBeOpenedOffersRetryAndItsFolder();
    void germanTranslation(); // last: installs translators for the rest of the process

private:
    QTemporaryDir m_profileDir;
};

namespace {

/// A configuration like the one `streamvibe-sandbox --write-config` writes: every endpoint on a
/// loopback port, written to an INI file and read back the way `streamvibe --config FILE` does.
std::optional<AppConfig> loadSandboxStyleConfig(const QString& file, int port)
{
    AppConfig config;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    for (const QString& key : AppConfig::keys()) {
        if (AppConfig::isUrlKey(key))
            config.setValue(key, base + QLatin1Char('/') +
                                     QString(key).replace(QLatin1Char('/'), QLatin1Char('-')));
    }
    config.setValue(QStringLiteral("backend/url"), base);
    config.setValue(QStringLiteral("backend/anon_key"), QStringLiteral("sandbox-anon-key"));
    if (const auto written = config.write(file); !written) {
        qWarning("cannot write %s: %s", qPrintable(file), qPrintable(written.error().message));
        return std::nullopt;
    }
    auto loaded = AppConfig::load(file);
    if (!loaded) {
        qWarning("cannot load %s: %s", qPrintable(file), qPrintable(loaded.error().message));
        return std::nullopt;
    }
    return std::move(loaded).value();
}

} // namespace

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTest"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    Theme::apply(*qApp);
    QVERIFY(m_profileDir.isValid());
    const Profile profile = Profile::resolve(m_profileDir.path());
    QVERIFY(profile.isValid());
    QVERIFY(
        test::writeLibrary(profile.libraryPath(), test::sampleItems(QDateTime::currentDateTime()).mid(0, 3)));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::navigationSwitchesViews()
{
    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services);
    window.show();
    QCOMPARE(window.currentPage(), MainWindow::ContentPage);
    QVERIFY(window.contentView()->isVisible());

    const QList<QPair<MainWindow::Page, QWidget*>> pages{
        {MainWindow::OverviewPage, window.overviewView()},
        {MainWindow::ConnectionsPage, window.connectionsView()},
        {MainWindow::UsagePage, window.usageView()},
        {MainWindow::PlansPage, window.plansView()},
        {MainWindow::ContentPage, window.contentView()}};
    QListWidget* nav = window.navigation();
    QCOMPARE(nav->count(), 5);
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Overview")); // first in the sidebar
    for (const auto& [page, widget] : pages) {
        const QRect itemRect = nav->visualItemRect(nav->item(int(page)));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, itemRect.center());
        QCOMPARE(window.currentPage(), page);
        QVERIFY(widget->isVisible());
        for (const auto& other : pages) {
            if (other.first != page)
                QVERIFY(!other.second->isVisible());
        }
    }
}

void TestMainWindow::keyboardNavigation()
{
    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Arrow keys in the sidebar move between sections.
    window.navigation()->setFocus();
    QTest::keyClick(window.navigation(), Qt::Key_Up);
    QCOMPARE(window.currentPage(), MainWindow::ConnectionsPage);
    QTest::keyClick(window.navigation(), Qt::Key_Down);
    QTest::keyClick(window.navigation(), Qt::Key_Down);
    QCOMPARE(window.currentPage(), MainWindow::UsagePage);

    // Ctrl+5 jumps to Plans, Ctrl+1 to the Overview; Ctrl+K from there goes to the search field of Content.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::PlansPage);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ContentPage);
    QTRY_VERIFY(window.contentView()->searchField()->hasFocus());
    // On the Content page the shortcut still works (handled by the view, not ambiguous).
    window.navigation()->setFocus();
    QTest::keyClick(window.navigation(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.contentView()->searchField()->hasFocus());
}

void TestMainWindow::sidebarHighlightsThePageShown()
{
    const QTemporaryDir empty; // an empty library: the pages show their empty states
    ProfileServices services(AppConfig(), Profile::resolve(empty.path()));
    MainWindow window(&services);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListWidget* nav = window.navigation();
    const QList<QWidget*> widgets{window.overviewView(), window.connectionsView(), window.contentView(),
                                  window.usageView(), window.plansView()};
    // The page is shown, and it alone is highlighted in the sidebar.
    const auto shown = [&](MainWindow::Page page) {
        const QList<QListWidgetItem*> selected = nav->selectedItems();
        return window.currentPage() == page && widgets.at(page)->isVisible() && selected.size() == 1 &&
               nav->row(selected.first()) == int(page) && nav->currentRow() == int(page);
    };
    const QList<MainWindow::Page> order{MainWindow::PlansPage, MainWindow::OverviewPage,
                                        MainWindow::UsagePage, MainWindow::ContentPage,
                                        MainWindow::ConnectionsPage};
    for (const MainWindow::Page page : order) { // programmatic
        window.setCurrentPage(page);
        QVERIFY(shown(page));
    }
    for (const MainWindow::Page page : order) { // View menu
        window.mainMenu()->pageActions().at(page)->trigger();
        QVERIFY(shown(page));
    }
    for (const MainWindow::Page page : order) { // Ctrl+1..5
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(page)), Qt::ControlModifier);
        QVERIFY2(shown(page), qPrintable(QString::number(page)));
    }
    for (const MainWindow::Page page : order) { // sidebar click
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(page)).center());
        QVERIFY(shown(page));
    }
    // Ctrl+click and Ctrl+Space on the highlighted entry do not take the highlight away.
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      nav->visualItemRect(nav->item(MainWindow::ConnectionsPage)).center());
    QVERIFY(shown(MainWindow::ConnectionsPage));
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(shown(MainWindow::ConnectionsPage));
    // An empty state's action (the empty Overview's "Connect accounts").
    window.setCurrentPage(MainWindow::OverviewPage);
    QTRY_VERIFY(window.overviewView()->libraryEmptyState()->isVisible());
    QTest::mouseClick(window.overviewView()->libraryEmptyState()->actionButton(), Qt::LeftButton);
    QVERIFY(shown(MainWindow::ConnectionsPage));
}

void TestMainWindow::emptyStatesExplainWhatComes()
{
    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services);
    window.show();
    window.setCurrentPage(MainWindow::ConnectionsPage);
    EmptyStateWidget* connections = window.connectionsView()->emptyState();
    QVERIFY(connections->isVisible());
    QVERIFY(connections->text().contains(QStringLiteral("Sign in to connect YouTube, Instagram and TikTok")));

    window.setCurrentPage(MainWindow::UsagePage);
    QVERIFY(window.usageView()->emptyState()->isVisible());
    QVERIFY(window.usageView()->emptyState()->text().contains(
        QStringLiteral("Sign in to see your usage and quota")));

    window.setCurrentPage(MainWindow::PlansPage);
    QVERIFY(window.plansView()->emptyState()->isVisible());
    QVERIFY(window.plansView()->emptyState()->text().contains(
        QStringLiteral("Sign in to see plans and billing")));
}

void TestMainWindow::statusBarShowsProfileAndItemCount()
{
    const Profile profile = Profile::resolve(m_profileDir.path());
    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QCOMPARE(window.profileLabel()->text(), QStringLiteral("Profile: %1").arg(profile.name()));
    QTRY_COMPARE(window.itemCountLabel()->text(), QStringLiteral("3 items in the library"));
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    ContentView* content = window.contentView();
    content->resultList()->setCurrentIndex(content->model()->index(1));
    const QString selectedTitle = content->detailsPane()->titleText();
    QVERIFY(!selectedTitle.isEmpty());

    // The count follows changes to the library.
    ContentItem extra = test::sampleItems(QDateTime::currentDateTime()).last();
    std::optional<int> written;
    upsertInto(services.library(), {extra}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, 1);
    QTRY_COMPARE(window.itemCountLabel()->text(), QStringLiteral("4 items in the library"));
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 4);
    // The refresh keeps the item the user was reading selected.
    QCOMPARE(content->detailsPane()->titleText(), selectedTitle);
    QCOMPARE(content->model()->itemAt(content->resultList()->currentIndex().row()).title, selectedTitle);
}

void TestMainWindow::brokenLibraryIsReportedNotFatal()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    QVERIFY(writeNotADatabase(profile.libraryPath()));

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QTRY_COMPARE(window.contentView()->state(), ContentView::State::Error);
    QCOMPARE(window.itemCountLabel()->text(), QStringLiteral("Library unavailable"));
    // The rest of the window keeps working.
    window.setCurrentPage(MainWindow::PlansPage);
    QVERIFY(window.plansView()->isVisible());
}

void TestMainWindow::unreadableOverviewOffersRetry()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    QVERIFY(
        test::writeLibrary(profile.libraryPath(), test::sampleItems(QDateTime::currentDateTime()).mid(0, 3)));
    { // A damaged library: the table of the followers' history is gone, so the Overview cannot be read.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(profile.libraryPath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE account_history")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    window.setCurrentPage(MainWindow::OverviewPage);
    EmptyStateWidget* overview = window.overviewView()->libraryEmptyState();
    QTRY_COMPARE(overview->heading(), QStringLiteral("The overview could not be read"));
    QVERIFY(overview->isVisible());
    // Its action reads again (not "Connect accounts": connecting would not mend the file).
    QCOMPARE(overview->actionButton()->text(), QStringLiteral("Retry"));
    QSignalSpy loaded(window.overviewView(), &OverviewView::loaded);
    QTest::mouseClick(overview->actionButton(), Qt::LeftButton);
    // The read may finish within the click's own event processing: count, do not wait for a later signal.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(window.currentPage(), MainWindow::OverviewPage);
    QCOMPARE(overview->heading(), QStringLiteral("The overview could not be read"));
}

void TestMainWindow::geometryAndPageAreRemembered()
{
    QRect geometry;
    {
        ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
        MainWindow window(&services);
        window.show();
        window.resize(1000, 640);
        window.setCurrentPage(MainWindow::UsagePage);
        geometry = window.geometry();
        window.close();
    }
    const QSettings settings;
    QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toString().toLower();
        QVERIFY2(!value.contains(QStringLiteral("token")) && !value.contains(QStringLiteral("password")),
                 qPrintable(key));
    }

    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services);
    window.show();
    QCOMPARE(window.currentPage(), MainWindow::UsagePage);
    QCOMPARE(window.size(), geometry.size());
}

void TestMainWindow::sandboxConfigurationIsShownPlainly()
{
    QTemporaryDir dir;
    const auto config = loadSandboxStyleConfig(dir.filePath(QStringLiteral("sandbox.conf")), 54321);
    QVERIFY(config);
    QVERIFY(config->isSandbox());

    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services, *config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.sandboxBanner()->isVisible());
    QCOMPARE(window.sandboxBanner()->text(),
             QStringLiteral("Connected to the local stack (127.0.0.1:54321) — test data, no real accounts "
                            "or payments"));
    QVERIFY(window.backendLabel()->isVisible());
    QCOMPARE(window.backendLabel()->text(), QStringLiteral("Sandbox (127.0.0.1:54321)"));
    QVERIFY(!window.configErrorBanner()->isVisible());
    QCOMPARE(window.config().backend.url, QUrl(QStringLiteral("http://127.0.0.1:54321")));

    // Switching to a real backend removes the badge.
    AppConfig production;
    QVERIFY(production.setValue(QStringLiteral("backend/url"), QStringLiteral("https://api.streamvibe.io")));
    window.setConfiguration(production);
    QVERIFY(!window.sandboxBanner()->isVisible());
    QCOMPARE(window.backendLabel()->text(), QStringLiteral("Backend: api.streamvibe.io"));
}

void TestMainWindow::productionConfigurationShowsNoSandboxBadge()
{
    // The built-in defaults: production endpoints, no backend configured.
    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services, AppConfig());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.sandboxBanner()->isVisible());
    QVERIFY(!window.configErrorBanner()->isVisible());
    QVERIFY(window.backendLabel()->isVisible());
    QCOMPARE(window.backendLabel()->text(), QStringLiteral("Backend not configured"));

    // Only the backend on this machine, the platforms real: not the sandbox, so no badge.
    AppConfig mixed;
    QVERIFY(mixed.setValue(QStringLiteral("backend/url"), QStringLiteral("http://127.0.0.1:54321")));
    QVERIFY(!mixed.isSandbox());
    window.setConfiguration(mixed);
    QVERIFY(!window.sandboxBanner()->isVisible());
    QCOMPARE(window.backendLabel()->text(), QStringLiteral("Backend: 127.0.0.1"));
}

void TestMainWindow::configurationErrorIsShownAndAppRunsOffline()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.conf"));
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[backend]\nurl=http://backend.example.com\n");
    bad.close();
    const auto loaded = AppConfig::load(file);
    QVERIFY(!loaded);

    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services, AppConfig(), loaded.error());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.configErrorBanner()->isVisible());
    QVERIFY2(window.configErrorBanner()->text().contains(QLatin1String("works offline")),
             qPrintable(window.configErrorBanner()->text()));
    QVERIFY2(window.configErrorBanner()->text().contains(loaded.error().message),
             qPrintable(window.configErrorBanner()->text()));
    QCOMPARE(loaded.error().line, 2);
    QVERIFY2(window.configErrorBanner()->text().contains(QLatin1String("on line 2")),
             qPrintable(window.configErrorBanner()->text()));
    QVERIFY(!window.sandboxBanner()->isVisible());
    QCOMPARE(window.backendLabel()->text(), QStringLiteral("Backend not configured"));
    // The local library still opens.
    QTRY_VERIFY(window.contentView()->model()->rowCount() > 0);
    QVERIFY(window.contentView()->state() != ContentView::State::Error);
}

/// A profile folder that takes no write: one banner says so and what to do, the library is searched as
/// usual, and Retry once the folder is writable again makes it writable without a restart.
void TestMainWindow::readOnlyProfileIsSaidPlainlyAndSearchWorks()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    QVERIFY(profile.isValid());
    const QList<ContentItem> items = test::sampleItems(QDateTime::currentDateTime()).mid(0, 3);
    QVERIFY(test::writeLibrary(profile.libraryPath(), items));
    test::ReadOnlyFolder readOnly(profile.directory());
    if (!readOnly.works())
        QSKIP(qPrintable(readOnly.whyNot()));

    // Built after the folder became read-only: the library's worker thread meets it as the app would.
    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    StatusBanners* banners = window.banners();
    QLabel* banner = banners->label(StatusBanners::Cause::ProfileStorage);
    QTRY_VERIFY(banner->isVisible());
    const QString mismatch = storageBannerMismatch(window, profile, QStringLiteral("read-only"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(test::saveScreenshot(window, QStringLiteral("setup-read-only-profile")));

    // Search works on the read-only file.
    const QString word = items.at(1).title.section(QLatin1Char(' '), 0, 0);
    window.contentView()->searchNow(word);
    // (The list keeps showing the 3 items until the search's results arrive.)
    QTRY_VERIFY(window.contentView()->model()->rowCount() >= 1 &&
                window.contentView()->model()->itemAt(0).title.contains(word));
    // A write says why it cannot be saved, not an SQL error.
    std::optional<int> written;
    upsertInto(services.library(), {test::sampleItems(QDateTime::currentDateTime()).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, -1);

    // Writable again: Retry, the banner goes and writes work.
    readOnly.restore();
    QTest::mouseClick(banners->actionButton(StatusBanners::Cause::ProfileStorage), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(banners->shownCauses().isEmpty());
    QVERIFY(window.mainMenu()->importAction()->isEnabled());
    written.reset();
    upsertInto(services.library(), {test::sampleItems(QDateTime::currentDateTime()).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, 1);
}

/// The profile folder is gone when the app starts (a drive not mounted): the banner says so, and Retry
/// once it is back opens the library with everything in it.
void TestMainWindow::missingProfileFolderIsSaidPlainlyAndRetryOpensIt()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    QVERIFY(
        test::writeLibrary(profile.libraryPath(), test::sampleItems(QDateTime::currentDateTime()).mid(0, 3)));
    const QString away = dir.filePath(QStringLiteral("unmounted"));
    QVERIFY(QDir().rename(profile.directory(), away));

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QLabel* banner = window.banners()->label(StatusBanners::Cause::ProfileStorage);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(profile.directory())) &&
                 banner->text().contains(QLatin1String("cannot be found")),
             qPrintable(banner->text()));
    QCOMPARE(window.contentView()->state(), ContentView::State::Error);

    QVERIFY(QDir().rename(away, profile.directory()));
    QTest::mouseClick(window.banners()->actionButton(StatusBanners::Cause::ProfileStorage), Qt::LeftButton);
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    QTRY_VERIFY(!banner->isVisible());
}

/// A profile folder that cannot be made (its parent is a file, or a mount point that is not there): the
/// banner names the problem and what to do; the rest of the window works.
void TestMainWindow::profileFolderThatCannotBeMadeIsSaidPlainly()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("drive")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("drive/profile")));
    QVERIFY(!profile.isValid());

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QLabel* banner = window.banners()->label(StatusBanners::Cause::ProfileStorage);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(profile.error()) &&
                 banner->text().contains(QLatin1String("start StreamVibe again")),
             qPrintable(banner->text()));
    QVERIFY(!window.banners()->actionButton(StatusBanners::Cause::ProfileStorage)->isVisible());
    window.setCurrentPage(MainWindow::PlansPage);
    QVERIFY(window.plansView()->isVisible());
}

/// The disk fills during the session (no file may grow: RLIMIT_FSIZE) while an import writes: the import
/// fails saying so, and the window shows the same one banner as a full disk at start-up, with Retry; imports
/// and writes are refused with the plain sentence, search works, the items from before are all there. Once
/// space is freed, Retry opens the library for writing again.
void TestMainWindow::diskThatFillsDuringTheSessionShowsTheBannerAndRetryRestoresWrites()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    QVERIFY(profile.isValid());
    const QDateTime now = QDateTime::currentDateTime();
    const QList<ContentItem> items = test::sampleItems(now).mid(0, 3);
    QVERIFY(test::writeLibrary(profile.libraryPath(), items));
    // A backup to import: 2,000 items of 2 KB, more than the disk can take below.
    const QString backup = dir.filePath(QStringLiteral("backup.json"));
    {
        QList<ContentItem> many = test::numberedItems(2000, now);
        for (ContentItem& item : many)
            item.description = QString(2000, QLatin1Char('x'));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(test::writeLibrary(other, many));
        LibraryDatabase source;
        QVERIFY(source.open(other));
        QFile out(backup);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(source.exportTo(out, ExportFormat::Json));
    }

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    StatusBanners* banners = window.banners();
    QLabel* banner = banners->label(StatusBanners::Cause::ProfileStorage);
    QVERIFY(!banner->isVisible());
    QVERIFY(window.mainMenu()->importAction()->isEnabled());

    std::optional<QString> importError;
    {
        test::FileSizeLimit full(QFileInfo(profile.libraryPath()).size());
        QVERIFY(full.works());
        importInto(services.library(), backup, &importError);
        QTRY_VERIFY_WITH_TIMEOUT(importError.has_value(), 30000);
    }
    QVERIFY2(importError->contains(QLatin1String("disk is full")), qPrintable(*importError));
    QTRY_VERIFY(banner->isVisible());
    const QString mismatch = storageBannerMismatch(window, profile, QStringLiteral("is full"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(test::saveScreenshot(window, QStringLiteral("setup-disk-full-during-session")));

    // The next write is refused with the sentence, not tried (the limit is gone, the library stays
    // read-only).
    std::optional<int> written;
    upsertInto(services.library(), {test::sampleItems(now).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, -1);
    // Search works; everything from before is there.
    const QString word = items.at(1).title.section(QLatin1Char(' '), 0, 0);
    window.contentView()->searchNow(word);
    QTRY_VERIFY(window.contentView()->model()->rowCount() >= 1 &&
                window.contentView()->model()->itemAt(0).title.contains(word));
    window.contentView()->searchNow(QString());
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);

    // Space freed: Retry, the banner goes and writes work.
    QTest::mouseClick(banners->actionButton(StatusBanners::Cause::ProfileStorage), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(banners->shownCauses().isEmpty());
    QVERIFY(window.mainMenu()->importAction()->isEnabled());
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    written.reset();
    upsertInto(services.library(), {test::sampleItems(now).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, 1);
}

/// A profile on a read-only file system (EROFS: a read-only mount, which stops root too, not the folder's
/// modes): the library opens read-only with the system's words as the reason, the one banner says the folder
/// is read-only with Retry, writes are refused, search works. A mount needs privileges, so the test runs
/// itself again, this function only, in a private mount namespace (`unshare --mount`: root, or a user
/// namespace's root), where the child mounts the profile folder read-only onto itself; nothing outside that
/// namespace sees the mount. Skipped, saying why, where no such namespace or mount can be made.
void TestMainWindow::readOnlyMountIsSaidPlainly()
{
    const QString mounted = qEnvironmentVariable(ReadOnlyMountVariable);
    if (mounted.isEmpty()) {
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile.isValid());
        QVERIFY(test::writeLibrary(profile.libraryPath(),
                                   test::sampleItems(QDateTime::currentDateTime()).mid(0, 3)));
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("no unshare(1) here to make a private mount namespace for a read-only mount");
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(ReadOnlyMountVariable), profile.directory());
        environment.remove(QStringLiteral("STREAMVIBE_TEST_SHARD"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(unshare,
                    {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                     QCoreApplication::applicationFilePath(), QStringLiteral("readOnlyMountIsSaidPlainly")});
        QVERIFY2(child.waitForFinished(90000), "the child in its mount namespace did not finish");
        const QString output = QString::fromLocal8Bit(child.readAll());
        const QString name = QStringLiteral("TestMainWindow::readOnlyMountIsSaidPlainly()");
        if (!output.contains(name)) // unshare itself failed: no namespace for this user here
            QSKIP(qPrintable(QStringLiteral("no private mount namespace can be made here: ") +
                             output.trimmed()));
        if (output.contains(QStringLiteral("SKIP   : ") + name))
            QSKIP(qPrintable(
                output.section(QStringLiteral("SKIP   : ") + name, 1).section(QLatin1Char('\n'), 0, 0)));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                     output.contains(QStringLiteral("PASS   : ") + name),
                 qPrintable(output));
        // The mount stayed in its namespace: here the folder takes writes.
        QFile probe(profile.directory() + QStringLiteral("/.write-probe"));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.remove();
        return;
    }

    // The child, alone in its mount namespace: the profile folder mounted read-only onto itself.
    const QByteArray folder = QFile::encodeName(mounted);
    if (::mount(folder.constData(), folder.constData(), nullptr, MS_BIND, nullptr) != 0 ||
        ::mount(nullptr, folder.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        QSKIP(qPrintable(QStringLiteral("the profile folder cannot be mounted read-only here (%1)")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    const QByteArray probe = folder + "/.write-probe";
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT, 0600);
    const int probeError = errno;
    if (fd >= 0)
        ::close(fd);
    QCOMPARE(fd, -1);
    QCOMPARE(probeError, EROFS);

    const Profile profile = Profile::resolve(mounted);
    QVERIFY2(profile.isValid(), qPrintable(profile.error()));
    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    QLabel* banner = window.banners()->label(StatusBanners::Cause::ProfileStorage);
    QTRY_VERIFY(banner->isVisible());
    const QString mismatch = storageBannerMismatch(window, profile, QStringLiteral("read-only"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const LibraryAccess access = services.library()->access();
    QCOMPARE(access.mode, LibraryAccess::Mode::ReadOnly);
    QCOMPARE(access.detail, QString::fromLocal8Bit(std::strerror(EROFS)));
    // A write is refused with the reason in plain words, not an SQL error.
    std::optional<int> written;
    upsertInto(services.library(), {test::sampleItems(QDateTime::currentDateTime()).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, -1);
    const QString word =
        test::sampleItems(QDateTime::currentDateTime()).at(1).title.section(QLatin1Char(' '), 0, 0);
    window.contentView()->searchNow(word);
    QTRY_VERIFY(window.contentView()->model()->rowCount() >= 1 &&
                window.contentView()->model()->itemAt(0).title.contains(word));
}

/// The profile folder is still there but lets the user in no more during the session (its search permission
/// taken away, mode 0600: EACCES): the banner says so and to give access back, not that the folder cannot be
/// found (connecting a drive would not help). Access given back, Retry makes the library writable again.
void TestMainWindow::profileFolderThatLetsNobodyInIsNotCalledMissing()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    QVERIFY(profile.isValid());
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(test::writeLibrary(profile.libraryPath(), test::sampleItems(now).mid(0, 3)));
    // Before the services: the library's worker thread, started by them, inherits it.
    test::ModesApply modes;
    QVERIFY(modes.works());

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.show();
    QTRY_COMPARE(window.contentView()->model()->rowCount(), 3);
    StatusBanners* banners = window.banners();
    QLabel* banner = banners->label(StatusBanners::Cause::ProfileStorage);
    QVERIFY(!banner->isVisible());

    const QByteArray folder = QFile::encodeName(profile.directory());
    QCOMPARE(::chmod(folder.constData(), 0600), 0);
    const auto reopen = qScopeGuard([&folder] { ::chmod(folder.constData(), 0700); });
    std::optional<int> written;
    upsertInto(services.library(), {test::sampleItems(now).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, -1);
    QTRY_VERIFY(banner->isVisible());
    const QString mismatch = storageBannerMismatch(window, profile, QStringLiteral("no longer lets you in"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY2(banner->text().contains(QString::fromLocal8Bit(std::strerror(EACCES))) &&
                 !banner->text().contains(QLatin1String("cannot be found")),
             qPrintable(banner->text()));

    // Access given back: Retry, the banner goes and writes work.
    QCOMPARE(::chmod(folder.constData(), 0700), 0);
    QTest::mouseClick(banners->actionButton(StatusBanners::Cause::ProfileStorage), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    written.reset();
    upsertInto(services.library(), {test::sampleItems(now).last()}, &written);
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, 1);
}

/// A library file that cannot be opened at all: the Content page offers what helps, Retry and the profile
/// folder (where the file can be moved away), not only a sentence.
void TestMainWindow::libraryThatCannotBeOpenedOffersRetryAndItsFolder()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    QVERIFY(profile.isValid());
    QVERIFY(writeNotADatabase(profile.libraryPath()));

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    QStringList opened;
    window.contentView()->setFolderOpener([&opened](const QString& folder) {
        opened << folder;
        return true;
    });
    window.show();
    QTRY_COMPARE(window.contentView()->state(), ContentView::State::Error);
    EmptyStateWidget* error = window.contentView()->currentEmptyState();
    QVERIFY(error);
    QVERIFY(error->actionButton()->isVisible());
    QCOMPARE(error->actionButton()->text(), QStringLiteral("Retry"));
    QVERIFY(error->secondaryActionButton()->isVisible());
    QCOMPARE(error->secondaryActionButton()->text(), QStringLiteral("Open the profile folder"));

    QTest::mouseClick(error->secondaryActionButton(), Qt::LeftButton);
    QCOMPARE(opened, QStringList{QFileInfo(profile.directory()).absoluteFilePath()});

    // The user moves the file away, then Retry: a new library opens.
    QVERIFY(QFile::rename(profile.libraryPath(), profile.libraryPath() + QStringLiteral(".broken")));
    QTest::mouseClick(error->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(window.contentView()->state(), ContentView::State::EmptyLibrary);
    QCOMPARE(services.libraryState(), ProfileServices::LibraryState::Open);
}

void TestMainWindow::germanTranslation()
{
    QVERIFY(Translations::availableLanguages().contains(QStringLiteral("de")));
    QVERIFY(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

    ProfileServices services(AppConfig(), Profile::resolve(m_profileDir.path()));
    MainWindow window(&services);
    window.show();
    QCOMPARE(window.navigation()->item(MainWindow::ConnectionsPage)->text(), QStringLiteral("Verbindungen"));
    QCOMPARE(window.navigation()->item(MainWindow::ContentPage)->text(), QStringLiteral("Inhalte"));
    window.setCurrentPage(MainWindow::PlansPage);
    QVERIFY(window.plansView()->emptyState()->text().startsWith(
        QStringLiteral("Melden Sie sich an, um Tarife und Abrechnung zu sehen")));
    QTRY_COMPARE(window.itemCountLabel()->text(), QStringLiteral("4 Elemente in der Bibliothek"));
    QCOMPARE(window.contentView()->searchField()->placeholderText(),
             QStringLiteral("Titel und Beschreibungen durchsuchen (Strg+K)"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
