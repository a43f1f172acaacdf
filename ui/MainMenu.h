#pragma once

#include "Result.h"
#include "library/LibraryDatabase.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QMessageBox;

namespace sv {

class KeyboardShortcutsDialog;
class LibraryTransfer;
class MainWindow;
class ProfileServices;
class SessionManager;
class SettingsDialog;

/// The main window's menu bar:
/// - File: Import…, Export Library…, Export Search Results… (JSON or CSV, by the file's extension or the
///   chosen filter; LibraryTransfer: the library's own formats, off the UI thread, with progress and Cancel),
///   Settings… (Ctrl+,), Quit.
/// - View: the five pages (Ctrl+1..5; the one shown is checked) and the theme (system, light, dark, high
///   contrast).
/// - Account: Sign In…, Sign Out, Manage Plan… (the Plans page).
/// - Help: Keyboard Shortcuts (every shortcut of the window: KeyboardShortcuts), Documentation (F1: the
///   README installed with the app) and About (aboutAction(): emits aboutRequested(), for the About dialog).
/// What a transfer did is said in the status bar (MainWindow::notify()); what went wrong in a message box.
class MainMenu : public QObject
{
    Q_OBJECT
public:
    /// Fills `window`'s menu bar; `services` (not owned) give the library, the profile and the thumbnails.
    MainMenu(MainWindow* window, ProfileServices* services);
    ~MainMenu() override;

    /// The account entries follow `session` (none: they stay disabled).
    void setSession(SessionManager* session);
    /// Why signing in cannot work now (SignedOutActions::signInUnavailable()): Sign In… is then off with it
    /// as its tooltip. Empty: it works.
    void setSignInUnavailable(const QString& reason);

    /// Where a file is chosen (tests answer without a dialog): `save` for an export, `filter` the name
    /// filters ";;"-separated, `selectedFilter` in/out. Returns the path, empty when cancelled.
    using FileChooser = std::function<QString(bool save, const QString& caption, const QString& filter,
                                              QString* selectedFilter)>;
    void setFileChooser(FileChooser chooser);
    /// How the documentation is opened (default: QDesktopServices).
    void setUrlOpener(std::function<bool(const QUrl&)> opener);
    /// What Help → Documentation opens: the README installed beside the app, else the project's README.
    static QUrl documentationUrl();

    QMenuBar* menuBar() const;
    QAction* importAction() const { return m_import; }
    QAction* exportLibraryAction() const { return m_exportLibrary; }
    QAction* exportResultsAction() const { return m_exportResults; }
    QAction* settingsAction() const { return m_settings; }
    QAction* quitAction() const { return m_quit; }
    /// View → Overview … Plans, in the sidebar's order.
    const QList<QAction*>& pageActions() const { return m_pageActions; }
    /// View → Theme → Follow the System, Light, Dark, High Contrast (Theme::Mode order).
    const QList<QAction*>& themeActions() const { return m_themeActions; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* managePlanAction() const { return m_managePlan; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* documentationAction() const { return m_documentation; }
    /// Help → About StreamVibe: emits aboutRequested(); connect the About dialog to it.
    QAction* aboutAction() const { return m_about; }

    /// The settings dialog, made on first use and kept (addPage() before it is shown is fine).
    SettingsDialog* settingsDialog();
    /// A page another part of the app adds to the settings dialog, made when the dialog is (or now, if it
    /// is).
    void addSettingsPage(std::function<QWidget*(QWidget* parent)> makePage, const QString& title);
    KeyboardShortcutsDialog* shortcutsDialog();
    /// The progress of the running import or export (null when none runs).
    QProgressDialog* progressDialog() const { return m_progress; }
    LibraryTransfer* transfer() const { return m_transfer; }

    /// The flows behind the File entries (the actions call them; tests too).
    QCoro::Task<> importFile();
    QCoro::Task<> exportLibrary(bool currentResults);

Q_SIGNALS:
    void aboutRequested();
    /// File → Quit, just before it closes the window.
    void quitRequested();
    /// An import or export ended: `ok`, with what the status bar said or the error shown.
    void transferFinished(bool ok, const QString& message);

private:
    QMenu* addMenu();
    void retranslate();
    void updateAccountActions();
    void showProgress(const QString& label, bool cancellable);
    void finishTransfer(bool ok, const QString& message);
    QString chooseFile(bool save, const QString& caption, QString* selectedFilter);
    void restartApplication();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow* m_window;
    QMenuBar* m_bar;
    ProfileServices* m_services;
    QPointer<SessionManager> m_session;
    QString m_signInUnavailable;
    LibraryTransfer* m_transfer = nullptr;
    FileChooser m_chooser;
    std::function<bool(const QUrl&)> m_urlOpener;
    QPointer<QProgressDialog> m_progress;
    SettingsDialog* m_settingsDialog = nullptr;
    std::vector<std::pair<std::function<QWidget*(QWidget*)>, QString>> m_extraSettingsPages;
    KeyboardShortcutsDialog* m_shortcutsDialog = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_accountMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportLibrary = nullptr;
    QAction* m_exportResults = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QList<QAction*> m_pageActions;
    QActionGroup* m_pageGroup = nullptr;
    QList<QAction*> m_themeActions;
    QAction* m_signIn = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_managePlan = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_documentation = nullptr;
    QAction* m_about = nullptr;
};

} // namespace sv
