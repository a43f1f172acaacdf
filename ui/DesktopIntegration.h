#pragma once

#include "DesktopNotifications.h"
#include "MainWindow.h"

#include <QDBusConnection>
#include <QObject>

#include <QCoro/QCoroTask>

class QSettings;

namespace sv {

class ProfileServices;
class SyncScheduler;
class SyncSettingsPage;
class TrayIcon;

/// The app as a desktop citizen, wired once by the composition: background sync on the user's schedule
/// (SyncScheduler, kept in the profile), desktop notifications (DesktopNotifications) for syncs and quota
/// warnings that open the right page when clicked (the quota read again after each sync that reported
/// usage, whatever page is shown), and the tray icon (TrayIcon) with the sync status,
/// "Sync now", "Open" and "Quit". Neither the window nor the services are owned; both outlive this.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    DesktopIntegration(MainWindow* window, ProfileServices* services,
                       QDBusConnection bus = QDBusConnection::sessionBus(), QSettings* settings = nullptr,
                       QObject* parent = nullptr);
    ~DesktopIntegration() override;

    SyncScheduler* scheduler() const { return m_scheduler; }
    DesktopNotifications* notifications() const { return m_notifications; }
    TrayIcon* tray() const { return m_tray; }
    /// A new "Sync & notifications" page for the Settings dialog.
    SyncSettingsPage* createSettingsPage(QWidget* parent = nullptr) const;

    static MainWindow::Page pageFor(DesktopNotifications::Target target);

Q_SIGNALS:
    /// The quota was read after a sync that reported usage: its warning level (0, 80 or 100; -1 when the
    /// figures could not be read fresh), once any notification it called for was sent.
    void quotaChecked(int level);

private:
    void updateStatus();
    /// After a sync that reported usage: the usage figures through BillingService (the subscription the
    /// sync expired is fetched again through the cache), and the 80 % / 100 % notification where due.
    QCoro::Task<> checkQuota();

    MainWindow* m_window;
    ProfileServices* m_services;
    SyncScheduler* m_scheduler = nullptr;
    DesktopNotifications* m_notifications = nullptr;
    TrayIcon* m_tray = nullptr;
};

} // namespace sv
