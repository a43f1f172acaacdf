#pragma once

#include "Platform.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace sv {

class BrowserLauncher;
class EmptyStateWidget;
class PlatformCard;
class SyncManager;
class ThumbnailLoader;

/// The connections page of the main window.
///
/// Without a SyncManager (signed out) it explains what it will hold. With one it shows a card per platform
/// (status, account, last sync, item count, Connect / Sync / Disconnect / Reconnect, progress with Cancel),
/// a "Sync all" button and an in-page banner for the notifications (a long sync ended, a sync failed),
/// which are also emitted as notification() for the status bar. A newly connected account syncs at once.
/// Disconnecting asks whether to keep the account's items. Everything slow runs in SyncManager's
/// coroutines: the UI thread never waits.
class ConnectionsView : public QWidget
{
    Q_OBJECT
public:
    /// Asked on Disconnect: nullopt = cancel, true = remove the account's items, false = keep them.
    using DisconnectChoice =
        std::function<std::optional<bool>(Platform platform, const QString& accountName)>;

    explicit ConnectionsView(QWidget* parent = nullptr);
    /// `browser` opens the platforms' sign-in pages (e.g. a QDesktopServices launcher); both outlive the
    /// view.
    ConnectionsView(SyncManager* manager, BrowserLauncher* browser, QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }
    SyncManager* manager() const { return m_manager; }
    PlatformCard* card(Platform platform) const { return m_cards.value(platform); }
    QPushButton* syncAllButton() const { return m_syncAll; }
    QLabel* banner() const { return m_banner; }
    /// The accounts' avatars come from `loader` (not owned; null: the cards keep their initials).
    void setThumbnails(ThumbnailLoader* loader);
    /// Replaces the keep/remove question (tests, or a different dialog).
    void setDisconnectChoice(DisconnectChoice choice) { m_disconnectChoice = std::move(choice); }
    /// Connects (or reconnects) the platform as its card's Connect does: the browser sign-in, then its
    /// first sync at once. connectFinished() says how it ended.
    void connectAccount(Platform platform) { connectPlatform(platform); }

Q_SIGNALS:
    /// For the status bar: a long sync ended, a sync failed, a connection or disconnection result.
    void notification(const QString& message, bool isError);
    /// A connect or disconnect finished (successfully or not).
    void connectFinished(sv::Platform platform, bool ok);
    void disconnectFinished(sv::Platform platform, bool ok);

private:
    void refreshCards();
    void refreshCard(Platform platform);
    void showNotification(const QString& message, bool isError);
    void loadAvatar(Platform platform, const QString& url);
    void showAvatars(const QUrl& url);
    QCoro::Task<> connectPlatform(Platform platform);
    QCoro::Task<> disconnectPlatform(Platform platform);
    std::optional<bool> askDisconnect(Platform platform, const QString& accountName);

    EmptyStateWidget* m_emptyState = nullptr;
    SyncManager* m_manager = nullptr;
    BrowserLauncher* m_browser = nullptr;
    QMap<Platform, PlatformCard*> m_cards;
    QMap<Platform, QString> m_avatarUrls;
    QPushButton* m_syncAll = nullptr;
    QLabel* m_banner = nullptr;
    QPointer<ThumbnailLoader> m_thumbnails;
    DisconnectChoice m_disconnectChoice;
};

} // namespace sv
