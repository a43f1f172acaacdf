#pragma once

#include "sync/AccountTable.h"
#include "sync/SyncOutcome.h"

#include <QFrame>
#include <QPixmap>
#include <QUrl>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sv {

/// One platform on the Connections page: its account (name, handle, avatar), status, last sync, item
/// count, the Connect / Sync / Disconnect / Reconnect buttons, and a progress bar with Cancel while a sync
/// or a sign-in runs (with the reason and the wait when the sync is waiting to retry: "YouTube did not
/// answer; retrying in 8 seconds."). The card only shows state; ConnectionsView acts on its signals.
class PlatformCard : public QFrame
{
    Q_OBJECT
public:
    explicit PlatformCard(Platform platform, QWidget* parent = nullptr);

    Platform platform() const { return m_platform; }

    /// The account, or nullopt when the platform is not connected.
    void setAccount(const std::optional<LibraryAccount>& account);
    void setAvatar(const QPixmap& avatar);
    void setConnecting(bool connecting);
    /// A running (or queued) sync; nullopt when idle. The progress's retry notice shows under the bar.
    void setSyncing(bool syncing, const std::optional<SyncProgress>& progress = std::nullopt);
    /// The sign-in link shown while connecting (copyable, in case no browser opened).
    void setAuthorizationUrl(const QUrl& url);
    /// A translated message under the status (last error or notice); empty hides it.
    void setMessage(const QString& message, bool isError);
    /// Why nothing that writes the library can start (SyncManager::syncRefusal(): the library is read-only):
    /// Connect, Reconnect, Sync and Disconnect are off with the reason as their tooltip and accessible
    /// description. Empty: they work.
    void setSyncRefusal(const QString& reason);

    // For tests and accessibility.
    QLabel* statusLabel() const { return m_status; }
    QLabel* accountLabel() const { return m_accountName; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* linkLabel() const { return m_link; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* retryLabel() const { return m_retry; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* reconnectButton() const { return m_reconnect; }
    QPushButton* syncButton() const { return m_sync; }
    QPushButton* disconnectButton() const { return m_disconnect; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void connectRequested(sv::Platform platform);
    void syncRequested(sv::Platform platform);
    void disconnectRequested(sv::Platform platform);
    void cancelRequested(sv::Platform platform);

private:
    void updateState();

    Platform m_platform;
    std::optional<LibraryAccount> m_account;
    bool m_connecting = false;
    bool m_syncing = false;
    QString m_syncRefusal;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_avatar;
    QLabel* m_accountName;
    QLabel* m_status;
    QLabel* m_details;
    QLabel* m_message;
    QLabel* m_link;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_retry;
    QPushButton* m_connect;
    QPushButton* m_reconnect;
    QPushButton* m_sync;
    QPushButton* m_disconnect;
    QPushButton* m_cancel;
};

} // namespace sv
