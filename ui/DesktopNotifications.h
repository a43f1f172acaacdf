#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace sv {

struct SyncOutcome;

/// Desktop notifications through the freedesktop notification service (org.freedesktop.Notifications on
/// the session bus): a long sync finished, a sync failed, an account needs reconnecting, the quota is at
/// 80 % or 100 % (once per billing period and level, remembered in the settings). Each kind can be turned
/// off (SyncSettingsPage). Clicking a notification (its default action) emits activated() with the page
/// that shows what it is about. Without the service (no session bus, no notification daemon) nothing is
/// shown and nothing fails. Calls are asynchronous: nothing waits on the bus.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    enum class Kind { SyncFinished, SyncFailed, ReconnectNeeded, QuotaWarning };
    Q_ENUM(Kind)
    /// What a click opens (the window maps it to its pages).
    enum class Target { Connections, Content, Usage };
    Q_ENUM(Target)

    /// `settings`: where the per-kind switches and the quota warnings sent are kept (default: the
    /// application's QSettings); not owned.
    explicit DesktopNotifications(QDBusConnection bus = QDBusConnection::sessionBus(),
                                  QSettings* settings = nullptr, QObject* parent = nullptr);
    ~DesktopNotifications() override;

    bool isEnabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);
    static QString kindId(Kind kind); ///< "sync_finished", "sync_failed", "reconnect", "quota"

    /// A sync that took at least this long ends with a notification (and any that brought many items).
    static constexpr qint64 LongSyncMs = 60'000;
    static constexpr qint64 ManyItems = 1000;

    /// The notification for a finished sync, if it deserves one (failed, reconnect needed, or long/big).
    void syncFinished(const SyncOutcome& outcome);
    /// The quota reached `level` (80 or 100) in the period `periodKey`: once per period and level.
    /// Returns whether it was sent.
    bool quotaWarning(int level, const QString& periodKey, const QString& message);

    /// Sends one notification of `kind` (if enabled); false when disabled.
    bool send(Kind kind, const QString& summary, const QString& body, Target target);

Q_SIGNALS:
    /// A notification was clicked: show `target`.
    void activated(sv::DesktopNotifications::Target target);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& actionKey);
    void onClosed(uint id, uint reason);

private:
    QSettings& settings() const;

    QDBusConnection m_bus;
    QSettings* m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QHash<uint, Target> m_targets; ///< the notifications on screen and what clicking them opens
};

} // namespace sv
