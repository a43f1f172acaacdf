#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QWidget;

namespace sv {

/// The tray icon, where the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()): the sync status
/// as its tooltip, and a menu with "Sync now", "Open" and "Quit". With a tray, closing the window can keep
/// the app syncing in the tray: the first close asks, and the answer is remembered (QSettings). The menu and
/// its actions exist without a tray too (tests use them directly).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// `window`: the main window, hidden to the tray and shown again by "Open" (not owned).
    explicit TrayIcon(QWidget* window, QSettings* settings = nullptr, QObject* parent = nullptr);
    ~TrayIcon() override;

    /// Shows the icon if the desktop has a tray; returns whether it is shown.
    bool showIfAvailable();
    bool isShown() const;
    /// Whether closing the window goes through the keep-running question: set by showIfAvailable() (tests
    /// set it without a tray).
    void setClosesToTray(bool closesToTray) { m_closesToTray = closesToTray; }

    QMenu* menu() const { return m_menu.get(); }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* openAction() const { return m_open; }
    QAction* quitAction() const { return m_quit; }
    QString toolTip() const { return m_toolTip; }
    void setStatus(const QString& status);

    /// The remembered answer to "keep syncing in the tray?": unset (not asked yet), true or false.
    enum class CloseChoice { Ask, KeepRunning, Quit };
    CloseChoice closeChoice() const;
    void setCloseChoice(CloseChoice choice);
    /// Overrides the question for tests: returns the answer instead of asking.
    void setAsker(std::function<bool()> asker) { m_asker = std::move(asker); }

    /// Shows, raises and activates the window.
    void openWindow();
    /// Quits the application (the tray's Quit, File → Quit): the window then closes instead of hiding.
    void quit();

Q_SIGNALS:
    void syncNowRequested();
    /// "Quit" was chosen, or the window was closed with the answer "quit".
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool askKeepRunning();
    QSettings& settings() const;

    QPointer<QWidget> m_window;
    QSettings* m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_syncNow = nullptr;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_toolTip;
    std::function<bool()> m_asker;
    bool m_quitting = false;
    bool m_closesToTray = false;
};

} // namespace sv
