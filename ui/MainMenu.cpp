#include "MainMenu.h"

#include "AccountButton.h"
#include "ContentView.h"
#include "KeyboardShortcuts.h"
#include "LibraryTransfer.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "auth/SessionManager.h"
#include "services/ProfileServices.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QUrl>

namespace sv {

MainMenu::MainMenu(MainWindow* window, ProfileServices* services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_transfer(new LibraryTransfer(services->library(), this))
{
    setObjectName(QStringLiteral("mainMenu"));
    m_urlOpener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    m_bar = window->menuBar();
    m_bar->setObjectName(QStringLiteral("menuBar"));
    m_bar->installEventFilter(this);

    // File
    m_fileMenu = addMenu();
    m_import = m_fileMenu->addAction(QString(), this, [this] { importFile(); });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportLibrary = m_fileMenu->addAction(QString(), this, [this] { exportLibrary(false); });
    m_exportLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportResults = m_fileMenu->addAction(QString(), this, [this] { exportLibrary(true); });
    m_exportResults->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_settings = m_fileMenu->addAction(QString(), this, [this] {
        SettingsDialog* dialog = settingsDialog();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    // Quit says so first (the tray, if any, then lets the window close instead of hiding it), then closes.
    m_quit = m_fileMenu->addAction(QString(), window, [this] {
        Q_EMIT quitRequested();
        m_window->close();
    });
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    // View: the pages in the sidebar's order, then the theme.
    m_viewMenu = addMenu();
    m_pageGroup = new QActionGroup(this);
    const QList<MainWindow::Page> order{MainWindow::OverviewPage, MainWindow::ConnectionsPage,
                                        MainWindow::ContentPage, MainWindow::UsagePage,
                                        MainWindow::PlansPage};
    for (int i = 0; i < order.size(); ++i) {
        const MainWindow::Page page = order.at(i);
        QAction* action =
            m_viewMenu->addAction(QString(), this, [this, page] { m_window->setCurrentPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        m_pageGroup->addAction(action);
        m_pageActions << action;
    }
    connect(window, &MainWindow::currentPageChanged, this, [this](MainWindow::Page page) {
        if (int(page) < m_pageActions.size())
            m_pageActions.at(int(page))->setChecked(true);
    });
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto* themes = new QActionGroup(this);
    for (const Theme::Mode mode :
         {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark, Theme::Mode::HighContrast}) {
        QAction* action = m_themeMenu->addAction(QString(), this, [mode] {
            Theme::saveMode(mode);
            Theme::apply(*qApp, mode);
        });
        action->setCheckable(true);
        themes->addAction(action);
        m_themeActions << action;
    }
    connect(m_themeMenu, &QMenu::aboutToShow, this,
            [this] { m_themeActions.at(int(Theme::currentMode()))->setChecked(true); });

    // Account
    m_accountMenu = addMenu();
    m_signIn = m_accountMenu->addAction(QString(), window, &MainWindow::showSignIn);
    m_signOut = m_accountMenu->addAction(QString(), this, [this] {
        if (m_window->accountButton())
            m_window->accountButton()->signOut();
    });
    m_accountMenu->addSeparator();
    m_managePlan = m_accountMenu->addAction(QString(), this,
                                            [this] { m_window->setCurrentPage(MainWindow::PlansPage); });

    // Help
    m_helpMenu = addMenu();
    m_shortcuts = m_helpMenu->addAction(QString(), this, [this] {
        KeyboardShortcutsDialog* dialog = shortcutsDialog();
        dialog->reload();
        dialog->show();
        dialog->raise();
    });
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_documentation = m_helpMenu->addAction(QString(), this, [this] {
        if (!m_urlOpener(documentationUrl()))
            m_window->notify(tr("The documentation could not be opened: %1")
                                 .arg(documentationUrl().toDisplayString(QUrl::PreferLocalFile)),
                             true);
    });
    m_documentation->setShortcut(QKeySequence(Qt::Key_F1));
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, &MainMenu::aboutRequested);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_transfer, &LibraryTransfer::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        } else if (done > 0) {
            m_progress->setLabelText(
                tr("Exporting the library… %1 written").arg(m_window->locale().formattedDataSize(done)));
        }
    });

    retranslate();
    updateAccountActions();
}

MainMenu::~MainMenu() = default;

QMenu* MainMenu::addMenu()
{
    return m_bar->addMenu(QString());
}

QMenuBar* MainMenu::menuBar() const
{
    return m_bar;
}

void MainMenu::setSession(SessionManager* session)
{
    m_session = session;
    if (session)
        connect(session, &SessionManager::stateChanged, this, &MainMenu::updateAccountActions);
    updateAccountActions();
}

void MainMenu::setSignInUnavailable(const QString& reason)
{
    m_signInUnavailable = reason;
    updateAccountActions();
}

void MainMenu::updateAccountActions()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    m_signIn->setEnabled(m_session && !signedIn && m_signInUnavailable.isEmpty());
    m_signIn->setToolTip(m_signInUnavailable);
    m_signOut->setEnabled(signedIn);
    m_managePlan->setEnabled(m_session != nullptr);
}

void MainMenu::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void MainMenu::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    m_urlOpener = std::move(opener);
}

QUrl MainMenu::documentationUrl()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/doc/streamvibe/README.md"));
    if (QFileInfo::exists(installed))
        return QUrl::fromLocalFile(QDir::cleanPath(installed));
    return QUrl::fromLocalFile(QStringLiteral(STREAMVIBE_README));
}

bool MainMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MainMenu::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_import->setText(tr("&Import…"));
    m_import->setStatusTip(tr("Add the items of a JSON or CSV file to the library"));
    m_exportLibrary->setText(tr("&Export Library…"));
    m_exportLibrary->setStatusTip(tr("Write every item of the library to a JSON or CSV file"));
    m_exportResults->setText(tr("Export Search &Results…"));
    m_exportResults->setStatusTip(tr("Write the items the Content page finds now to a JSON or CSV file"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    const QStringList pages{tr("&Overview"), tr("&Connections"), tr("C&ontent"), tr("&Usage"), tr("&Plans")};
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(pages.at(i));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeActions.at(int(Theme::Mode::System))->setText(tr("Follow the &System"));
    m_themeActions.at(int(Theme::Mode::Light))->setText(tr("&Light"));
    m_themeActions.at(int(Theme::Mode::Dark))->setText(tr("&Dark"));
    m_themeActions.at(int(Theme::Mode::HighContrast))->setText(tr("&High Contrast"));

    m_accountMenu->setTitle(tr("&Account"));
    m_signIn->setText(tr("Sign &In…"));
    m_signOut->setText(tr("Sign &Out"));
    m_managePlan->setText(tr("&Manage Plan…"));

    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_documentation->setText(tr("&Documentation"));
    m_about->setText(tr("&About StreamVibe"));
}

SettingsDialog* MainMenu::settingsDialog()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services->profile(), m_services->thumbnails(), m_window);
        connect(m_settingsDialog, &SettingsDialog::restartRequested, this, &MainMenu::restartApplication);
        for (const auto& [makePage, title] : m_extraSettingsPages)
            m_settingsDialog->addPage(makePage(m_settingsDialog), title);
    }
    return m_settingsDialog;
}

void MainMenu::addSettingsPage(std::function<QWidget*(QWidget* parent)> makePage, const QString& title)
{
    if (m_settingsDialog)
        m_settingsDialog->addPage(makePage(m_settingsDialog), title);
    m_extraSettingsPages.emplace_back(std::move(makePage), title);
}

KeyboardShortcutsDialog* MainMenu::shortcutsDialog()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new KeyboardShortcutsDialog(m_window, m_window);
    return m_shortcutsDialog;
}

void MainMenu::restartApplication()
{
    // The new process reads the language from the settings; --lang would override it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            arguments.remove(i, 2);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            arguments.remove(i);
        else
            continue;
        --i;
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        m_window->close();
}

QString MainMenu::chooseFile(bool save, const QString& caption, QString* selectedFilter)
{
    const QString filters = tr("JSON files (*.json)") + QStringLiteral(";;") + tr("CSV files (*.csv)");
    if (m_chooser)
        return m_chooser(save, caption, filters, selectedFilter);
    const QString home = QDir::homePath();
    return save ? QFileDialog::getSaveFileName(m_window, caption, home, filters, selectedFilter)
                : QFileDialog::getOpenFileName(
                      m_window, caption, home,
                      tr("Library files (*.json *.csv)") + QStringLiteral(";;") + filters, selectedFilter);
}

void MainMenu::showProgress(const QString& label, bool cancellable)
{
    auto* progress = new QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("transferProgress"));
    progress->setWindowTitle(tr("StreamVibe"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    if (!cancellable)
        progress->setCancelButton(nullptr);
    connect(progress, &QProgressDialog::canceled, m_transfer, &LibraryTransfer::cancel);
    m_progress = progress;
}

void MainMenu::finishTransfer(bool ok, const QString& message)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit transferFinished(ok, message);
    if (ok) {
        m_window->notify(message);
    } else {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("StreamVibe"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("transferError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

QCoro::Task<> MainMenu::importFile()
{
    if (m_transfer->isRunning())
        co_return;
    QString filter;
    const QString path = chooseFile(false, tr("Import Into the Library"), &filter);
    if (path.isEmpty())
        co_return;
    const QString shown = QDir::toNativeSeparators(path);
    std::optional<ExportFormat> format = LibraryTransfer::formatForFile(path);
    if (!format && filter == tr("CSV files (*.csv)"))
        format = ExportFormat::Csv;
    else if (!format && filter == tr("JSON files (*.json)"))
        format = ExportFormat::Json;
    if (!format) {
        finishTransfer(false, tr("%1 is neither a JSON nor a CSV file (.json, .csv).").arg(shown));
        co_return;
    }
    QPointer<MainMenu> self(this);
    showProgress(tr("Importing %1…").arg(shown), false);
    const auto imported = co_await m_transfer->importFrom(path, *format);
    if (!self)
        co_return;
    if (imported)
        finishTransfer(true, tr("Imported %n item(s) from %1.", nullptr, imported.value()).arg(shown));
    else
        finishTransfer(false, tr("Nothing was imported from %1: %2").arg(shown, imported.error().message));
}

QCoro::Task<> MainMenu::exportLibrary(bool currentResults)
{
    if (m_transfer->isRunning())
        co_return;
    const QString csvFilter = tr("CSV files (*.csv)");
    QString filter = tr("JSON files (*.json)");
    QString path =
        chooseFile(true, currentResults ? tr("Export Search Results") : tr("Export Library"), &filter);
    if (path.isEmpty())
        co_return;
    std::optional<ExportFormat> format = LibraryTransfer::formatForFile(path);
    if (!format) {
        // No known extension: the chosen filter's, added to the name.
        format = filter == csvFilter ? ExportFormat::Csv : ExportFormat::Json;
        path += *format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    }
    const QString shown = QDir::toNativeSeparators(path);
    std::optional<SearchQuery> query;
    if (currentResults)
        query = m_window->contentView()->currentQuery();
    QPointer<MainMenu> self(this);
    showProgress(currentResults ? tr("Exporting the search results…") : tr("Exporting the library…"), true);
    const auto exported = co_await m_transfer->exportTo(path, *format, query);
    if (!self)
        co_return;
    if (!exported)
        finishTransfer(false, tr("The export to %1 failed: %2").arg(shown, exported.error().message));
    else if (exported.value() < 0)
        finishTransfer(true, tr("Exported the library to %1.").arg(shown));
    else
        finishTransfer(true, tr("Exported %n item(s) to %1.", nullptr, int(exported.value())).arg(shown));
}

} // namespace sv
