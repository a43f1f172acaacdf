#pragma once

#include "DesktopNotifications.h"
#include "sync/SyncScheduler.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;

namespace sv {

/// The "Sync & notifications" settings page: how often to sync in the background (off, every hour, every 6
/// hours, every day) and which desktop notifications to show. Standalone: the Settings dialog adds it as a
/// page. Changes apply at once (no OK button needed). Neither service is owned.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    SyncSettingsPage(SyncScheduler* scheduler, DesktopNotifications* notifications,
                     QWidget* parent = nullptr);

    QComboBox* scheduleBox() const { return m_schedule; }
    QCheckBox* notificationBox(DesktopNotifications::Kind kind) const { return m_kinds.at(kind); }

private:
    SyncScheduler* m_scheduler;
    DesktopNotifications* m_notifications;
    QComboBox* m_schedule = nullptr;
    std::map<DesktopNotifications::Kind, QCheckBox*> m_kinds;
};

} // namespace sv
