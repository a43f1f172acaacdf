// The menu bar as a user meets it, offscreen: File (import, export of the whole library or of the current
// search results as JSON or CSV, through the library's own formats), View (the pages, the theme), Account,
// Help (the keyboard shortcuts: every shortcut the window has; the documentation; About). Real library
// files on disk, the real worker thread; the file dialogs are answered by the test.
#include "ContentListModel.h"
#include "ContentView.h"
#include "KeyboardShortcuts.h"
#include "LibraryTransfer.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "UiTestLibrary.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryFileFormat.h"
#include "library/LibraryService.h"
#include "services/ProfileServices.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSemaphore>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sv;

namespace {

/// A window on its own copy of the fixture library, its file dialogs answered with `answer`.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProfileServices> services;
    std::unique_ptr<MainWindow> window;
    QString answer;
    QString filter;
    int asked = 0;

    MainMenu* menu() const { return window->mainMenu(); }
};

std::unique_ptr<Fixture> openWindow(const QList<ContentItem>& items)
{
    auto f = std::make_unique<Fixture>();
    const Profile profile = Profile::resolve(f->dir.path());
    if (!profile.isValid() || !test::writeLibrary(profile.libraryPath(), items))
        return nullptr;
    f->services = std::make_unique<ProfileServices>(AppConfig(), profile);
    f->window = std::make_unique<MainWindow>(f->services.get());
    Fixture* raw = f.get();
    f->menu()->setFileChooser([raw](bool, const QString&, const QString&, QString* selected) {
        ++raw->asked;
        if (selected && !raw->filter.isEmpty())
            *selected = raw->filter;
        return raw->answer;
    });
    f->window->show();
    return f;
}

/// The items of an exported file, read back with the library's own parser.
QList<ContentItem> readBack(const QString& path, ExportFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto parsed = LibraryFileFormat::parse(file.readAll(), format);
    return parsed ? parsed.value() : QList<ContentItem>();
}

QStringList titles(const QList<ContentItem>& items)
{
    QStringList out;
    for (const ContentItem& item : items)
        out << item.title;
    out.sort();
    return out;
}

QString accessibleName(QMenu* menu, int child)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(menu);
    return iface && iface->child(child) ? iface->child(child)->text(QAccessible::Name) : QString();
}

} // namespace

class TestMainMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menusHaveNamedActionsAndShortcuts();
    void viewSwitchesPagesAndTheme();
    void exportWholeLibraryAsJsonAndCsv();
    void exportCurrentResults();
    void exportWithoutExtensionTakesTheChosenFormat();
    void cancelledExportLeavesNoFile();
    void importAddsItems();
    void brokenImportSaysWhyAndChangesNothing();
    void shortcutListHasEveryShortcut();
    void accountEntriesNeedASession();
    void helpOpensDocumentationAndAbout();

private:
    QList<ContentItem> m_items;
};

void TestMainMenu::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTestMainMenu"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    QSettings().clear();
    Theme::apply(*qApp);
    m_items = test::sampleItems(QDateTime::currentDateTime());
}

void TestMainMenu::init()
{
    QSettings().clear();
}

void TestMainMenu::menusHaveNamedActionsAndShortcuts()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    MainMenu* menu = f->menu();
    QMenuBar* bar = f->window->menuBar();
    QStringList titles;
    for (QAction* action : bar->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                  QStringLiteral("&Account"), QStringLiteral("&Help")}));

    // Every entry has a name a screen reader says.
    for (QAction* top : bar->actions()) {
        QMenu* sub = top->menu();
        QVERIFY(sub);
        const QList<QAction*> actions = sub->actions();
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->isSeparator())
                continue;
            QVERIFY2(!accessibleName(sub, i).isEmpty(), qPrintable(top->text() + QString::number(i)));
        }
    }

    const QList<std::pair<QAction*, QKeySequence>> shortcuts{
        {menu->importAction(), QKeySequence(QStringLiteral("Ctrl+I"))},
        {menu->exportLibraryAction(), QKeySequence(QStringLiteral("Ctrl+E"))},
        {menu->exportResultsAction(), QKeySequence(QStringLiteral("Ctrl+Shift+E"))},
        {menu->settingsAction(), QKeySequence(QStringLiteral("Ctrl+,"))},
        {menu->quitAction(), QKeySequence(QStringLiteral("Ctrl+Q"))},
        {menu->shortcutsAction(), QKeySequence(QStringLiteral("Ctrl+/"))},
        {menu->documentationAction(), QKeySequence(QStringLiteral("F1"))},
    };
    for (const auto& [action, keys] : shortcuts)
        QCOMPARE(action->shortcut(), keys);
    QCOMPARE(menu->pageActions().size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(menu->pageActions().at(i)->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    QCOMPARE(menu->aboutAction()->objectName(), QStringLiteral("aboutAction"));

    // Quit closes the window.
    menu->quitAction()->trigger();
    QVERIFY(!f->window->isVisible());
}

void TestMainMenu::viewSwitchesPagesAndTheme()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QApplication::setActiveWindow(f->window.get());
    QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
    MainMenu* menu = f->menu();
    menu->pageActions().at(MainWindow::UsagePage)->trigger();
    QCOMPARE(f->window->currentPage(), MainWindow::UsagePage);
    QVERIFY(menu->pageActions().at(MainWindow::UsagePage)->isChecked());
    // The keys, as before there was a menu (one owner: not ambiguous).
    QTest::keyClick(f->window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(f->window->currentPage(), MainWindow::ConnectionsPage);
    QVERIFY(menu->pageActions().at(MainWindow::ConnectionsPage)->isChecked());

    menu->themeActions().at(int(Theme::Mode::Dark))->trigger();
    QVERIFY(Theme::isDark());
    QVERIFY(f->window->palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(QSettings().value(QLatin1String(Theme::SettingsKey)).toString(), QStringLiteral("dark"));
    menu->themeActions().at(int(Theme::Mode::Light))->trigger();
    QVERIFY(!Theme::isDark());
    QVERIFY(f->window->palette().color(QPalette::Window).lightness() > 200);
}

void TestMainMenu::exportWholeLibraryAsJsonAndCsv()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));
    for (const auto format : {ExportFormat::Json, ExportFormat::Csv}) {
        const bool json = format == ExportFormat::Json;
        f->answer = f->dir.filePath(json ? QStringLiteral("library.json") : QStringLiteral("library.csv"));
        QSignalSpy finished(f->menu(), &MainMenu::transferFinished);
        f->menu()->exportLibraryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral("Exported %1 items to %2.").arg(m_items.size()).arg(f->answer));

        QFile file(f->answer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (json) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.array().size(), m_items.size());
        } else {
            QCOMPARE(bytes.left(bytes.indexOf('\n')).trimmed(),
                     LibraryFileFormat::fieldNames().join(u',').toUtf8());
        }
        QCOMPARE(titles(readBack(f->answer, format)), titles(m_items));
    }
    QVERIFY(f->window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
}

void TestMainMenu::exportCurrentResults()
{
    auto f = openWindow(m_items + test::numberedItems(4100, QDateTime::currentDateTime()));
    QVERIFY(f);
    ContentView* content = f->window->contentView();
    QTRY_VERIFY(content->state() == ContentView::State::Results);
    // More results than one page of the list and of the export's reads.
    content->searchNow(QStringLiteral("episode"));
    QTRY_COMPARE(content->model()->total(), qint64(4100));
    f->answer = f->dir.filePath(QStringLiteral("episodes.csv"));
    QSignalSpy finished(f->menu(), &MainMenu::transferFinished);
    QSignalSpy progress(f->menu()->transfer(), &LibraryTransfer::progress);
    f->menu()->exportResultsAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QList<ContentItem> exported = readBack(f->answer, ExportFormat::Csv);
    QCOMPARE(exported.size(), 4100);
    for (const ContentItem& item : exported)
        QVERIFY2(item.title.startsWith(QStringLiteral("Episode")), qPrintable(item.title));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(4100));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(4100));

    // A narrower search exports only what it finds, in its order.
    content->searchNow(QStringLiteral("bread"));
    QTRY_VERIFY(content->model()->total() > 0 && content->model()->total() < 10);
    QTRY_COMPARE(content->model()->rowCount(), int(content->model()->total()));
    QStringList shown;
    for (int row = 0; row < content->model()->rowCount(); ++row)
        shown << content->model()->itemAt(row).title;
    f->answer = f->dir.filePath(QStringLiteral("bread.json"));
    finished.clear();
    f->menu()->exportResultsAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QStringList written;
    for (const ContentItem& item : readBack(f->answer, ExportFormat::Json))
        written << item.title;
    QCOMPARE(written, shown);
}

void TestMainMenu::exportWithoutExtensionTakesTheChosenFormat()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));
    f->answer = f->dir.filePath(QStringLiteral("backup"));
    f->filter = QStringLiteral("CSV files (*.csv)");
    QSignalSpy finished(f->menu(), &MainMenu::transferFinished);
    f->menu()->exportLibraryAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(readBack(f->answer + QStringLiteral(".csv"), ExportFormat::Csv).size(), m_items.size());

    // Cancelled at the file dialog: nothing happens.
    f->answer.clear();
    finished.clear();
    f->menu()->exportLibraryAction()->trigger();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!f->menu()->transfer()->isRunning());
}

void TestMainMenu::cancelledExportLeavesNoFile()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));
    LibraryTransfer* transfer = f->menu()->transfer();
    LibraryService* library = f->services->library();
    for (const bool results : {false, true}) {
        // The worker is busy until the test lets it go: the export starts after the cancel.
        auto gate = std::make_shared<QSemaphore>();
        library->runDetached([gate](LibraryDatabase&) { gate->acquire(); });
        const QString path = f->dir.filePath(results ? QStringLiteral("r.json") : QStringLiteral("all.json"));
        std::optional<Result<qint64, LibraryError>> outcome;
        const std::optional<SearchQuery> query =
            results ? std::optional<SearchQuery>(SearchQuery{}) : std::optional<SearchQuery>();
        // A named lambda: the coroutine refers to its captures, so it must outlive the task (a temporary
        // lambda would be gone when the task resumes).
        const auto exportIt = [&]() -> QCoro::Task<> {
            outcome = co_await transfer->exportTo(path, ExportFormat::Json, query);
        };
        auto task = exportIt();
        QVERIFY(transfer->isRunning());
        transfer->cancel(); // before the worker wrote anything
        gate->release();
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->hasValue());
        QVERIFY(!QFile::exists(path));
    }
}

void TestMainMenu::importAddsItems()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));
    // A file another StreamVibe exported: two items this library does not have.
    QList<ContentItem> extra = test::numberedItems(2, QDateTime::currentDateTime());
    extra[0].title = QStringLiteral("Imported sourdough masterclass");
    extra[1].title = QStringLiteral("Imported croissant lamination");
    for (ContentItem& item : extra)
        item.externalId = QStringLiteral("imported-") + item.externalId;
    const QString path = f->dir.filePath(QStringLiteral("incoming.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        LibraryFileFormat::Writer writer(file, ExportFormat::Json);
        QVERIFY(writer.begin());
        for (const ContentItem& item : extra)
            QVERIFY(writer.write(item));
        QVERIFY(writer.finish());
    }
    f->answer = path;
    QSignalSpy finished(f->menu(), &MainMenu::transferFinished);
    f->menu()->importAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Imported 2 items from %1.").arg(path));
    // The window follows: the count and the search.
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size() + 2));
    f->window->contentView()->searchNow(QStringLiteral("imported"));
    QTRY_COMPARE(f->window->contentView()->model()->total(), qint64(2));
}

void TestMainMenu::brokenImportSaysWhyAndChangesNothing()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QTRY_COMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));
    const QString path = f->dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("platform,account,external_id,title,views\n"
                   "youtube,UC1,new-1,Fine,10\n"
                   "youtube,UC1,new-2,Broken,lots\n");
    }
    f->answer = path;
    QSignalSpy finished(f->menu(), &MainMenu::transferFinished);
    f->menu()->importAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QVERIFY(!finished.first().at(0).toBool());
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("Nothing was imported")) &&
                 message.contains(QStringLiteral("Item 2")) && message.contains(QStringLiteral("views")),
             qPrintable(message));
    auto* box = f->window->findChild<QMessageBox*>(QStringLiteral("transferError"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    box->accept();
    QCOMPARE(f->window->contentView()->libraryItemCount(), qint64(m_items.size()));

    // Neither JSON nor CSV.
    f->answer = f->dir.filePath(QStringLiteral("notes.txt"));
    finished.clear();
    f->menu()->importAction()->trigger();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("neither a JSON nor a CSV")));
}

void TestMainMenu::shortcutListHasEveryShortcut()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    f->menu()->shortcutsAction()->trigger();
    KeyboardShortcutsDialog* dialog = f->menu()->shortcutsDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTreeWidget* table = dialog->table();
    QVERIFY(!table->accessibleName().isEmpty());
    QHash<QString, QString> listed; // keys → description
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = table->topLevelItem(row);
        QVERIFY2(item->text(0) != QStringLiteral("(no description)"), qPrintable(item->text(1)));
        listed.insert(item->data(1, Qt::UserRole).toString(), item->text(0));
    }

    // Every shortcut the window has, wherever it was made.
    QStringList missing;
    int found = 0;
    for (const QAction* action : f->window->findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts()) {
            ++found;
            if (!listed.contains(keys.toString(QKeySequence::PortableText)))
                missing << keys.toString();
        }
    }
    for (const QShortcut* shortcut : f->window->findChildren<QShortcut*>()) {
        for (const QKeySequence& keys : shortcut->keys()) {
            ++found;
            if (!listed.contains(keys.toString(QKeySequence::PortableText)))
                missing << keys.toString();
        }
    }
    QVERIFY2(found >= 17, qPrintable(QString::number(found)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QCOMPARE(listed.value(QStringLiteral("Ctrl+3")), QStringLiteral("Content"));
    QCOMPARE(listed.value(QStringLiteral("Ctrl+K")), QStringLiteral("Search the library"));
    QCOMPARE(listed.value(QStringLiteral("Esc")), QStringLiteral("Clear the search"));
    QCOMPARE(listed.value(QStringLiteral("Ctrl+E")), QStringLiteral("Export Library"));

    // A shortcut added later is listed too, described by its whatsThis.
    auto* added = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Y")), f->window.get());
    added->setWhatsThis(QStringLiteral("Something new"));
    dialog->reload();
    bool seen = false;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        seen |= table->topLevelItem(row)->text(0) == QStringLiteral("Something new");
    QVERIFY(seen);
}

void TestMainMenu::accountEntriesNeedASession()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    // No backend configured: nobody to sign in with.
    QVERIFY(!f->menu()->signInAction()->isEnabled());
    QVERIFY(!f->menu()->signOutAction()->isEnabled());
    QVERIFY(!f->menu()->managePlanAction()->isEnabled());
}

void TestMainMenu::helpOpensDocumentationAndAbout()
{
    auto f = openWindow(m_items);
    QVERIFY(f);
    QList<QUrl> opened;
    f->menu()->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    f->menu()->documentationAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().isLocalFile());
    QVERIFY2(QFile::exists(opened.first().toLocalFile()), qPrintable(opened.first().toString()));
    QVERIFY(opened.first().toLocalFile().endsWith(QStringLiteral("README.md")));

    QSignalSpy about(f->menu(), &MainMenu::aboutRequested);
    f->menu()->aboutAction()->trigger();
    QCOMPARE(about.size(), 1);
}

QTEST_MAIN(TestMainMenu)
#include "TestMainMenu.moc"
