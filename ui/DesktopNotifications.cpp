#include "DesktopNotifications.h"

#include "sync/SyncOutcome.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QSettings>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "sv.ui.notifications")

namespace sv {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");

} // namespace

DesktopNotifications::DesktopNotifications(QDBusConnection bus, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_settings(settings)
{
    if (!m_settings)
        m_ownSettings = std::make_unique<QSettings>();
    if (!m_bus.isConnected()) {
        qCDebug(lcNotify) << "no session bus: desktop notifications are off";
        return;
    }
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

DesktopNotifications::~DesktopNotifications() = default;

QSettings& DesktopNotifications::settings() const
{
    return m_settings ? *m_settings : *m_ownSettings;
}

QString DesktopNotifications::kindId(Kind kind)
{
    switch (kind) {
    case Kind::SyncFinished:
        return QStringLiteral("sync_finished");
    case Kind::SyncFailed:
        return QStringLiteral("sync_failed");
    case Kind::ReconnectNeeded:
        return QStringLiteral("reconnect");
    case Kind::QuotaWarning:
        return QStringLiteral("quota");
    }
    return {};
}

bool DesktopNotifications::isEnabled(Kind kind) const
{
    return settings().value(QStringLiteral("notifications/") + kindId(kind), true).toBool();
}

void DesktopNotifications::setEnabled(Kind kind, bool enabled)
{
    settings().setValue(QStringLiteral("notifications/") + kindId(kind), enabled);
}

void DesktopNotifications::syncFinished(const SyncOutcome& outcome)
{
    const QString name = platformDisplayName(outcome.platform);
    if (outcome.reconnectNeeded) {
        send(Kind::ReconnectNeeded, tr("Reconnect %1").arg(name),
             tr("StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.").arg(name),
             Target::Connections);
    } else if (outcome.status == SyncOutcome::Status::Failed) {
        send(Kind::SyncFailed, tr("%1 sync failed").arg(name), outcome.errorMessage, Target::Connections);
    } else if (outcome.succeeded() &&
               (outcome.elapsedMs >= LongSyncMs || outcome.progress.items >= ManyItems)) {
        send(Kind::SyncFinished, tr("%1 sync finished").arg(name), outcome.summary(), Target::Content);
    }
}

bool DesktopNotifications::quotaWarning(int level, const QString& periodKey, const QString& message)
{
    if (level < 80)
        return false;
    const QString key = QStringLiteral("notifications/quota_sent/") + periodKey;
    if (settings().value(key, 0).toInt() >= level)
        return false; // this level (or a higher one) was already told in this period
    if (!send(Kind::QuotaWarning,
              level >= 100 ? tr("Your quota is used up") : tr("Your quota is almost used up"), message,
              Target::Usage))
        return false;
    settings().setValue(key, level);
    return true;
}

bool DesktopNotifications::send(Kind kind, const QString& summary, const QString& body, Target target)
{
    if (!isEnabled(kind) || !m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("io.streamvibe.StreamVibe")},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(kind == Kind::SyncFinished ? 1 : 2))},
        {QStringLiteral("category"),
         kind == Kind::QuotaWarning ? QStringLiteral("presence") : QStringLiteral("transfer")},
    };
    call << QStringLiteral("StreamVibe") << uint(0) << QStringLiteral("io.streamvibe.StreamVibe") << summary
         << body << QStringList{DefaultAction, tr("Open")} << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcNotify) << "the notification service did not take the notification:"
                              << reply.error().message();
            return;
        }
        m_targets.insert(reply.value(), target);
    });
    return true;
}

void DesktopNotifications::onActionInvoked(uint id, const QString& actionKey)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.constEnd())
        return; // another application's notification
    if (actionKey == DefaultAction)
        Q_EMIT activated(*it);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_targets.remove(id);
}

} // namespace sv
