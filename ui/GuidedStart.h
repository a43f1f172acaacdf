#pragma once

#include "Platform.h"
#include "auth/SessionManager.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QLabel;
class QPushButton;

namespace sv {

class ConnectionsView;
class SyncManager;

/// The guided start after the first sign-in on a profile: a short, skippable dialog that connects the
/// platforms with one click each (the Connections page's own flow: ConnectionsView::connectAccount(), the
/// system browser and a loopback redirect), shows which are connected as they connect and that their first
/// sync runs, and leads to the Overview. While the library takes no write (SyncManager::syncRefusal()) the
/// Connect buttons are off with the reason.
///
/// Its progress is kept in the profile (StateFileName in the profile directory): it opens after an
/// interactive sign-in while the profile has never seen it, and again after a restart that interrupted it
/// (the session restored while it was still open); once done or skipped, never again on this profile.
class GuidedStart : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char* StateFileName = "guided-start.ini";
    enum class Progress { NotStarted, Open, Done, Skipped };
    Q_ENUM(Progress)

    /// `connections` is the live Connections page (its manager syncs); `stateFile` keeps the progress
    /// (empty: nowhere). Opens itself when `session` signs in as described above. None is owned.
    GuidedStart(ConnectionsView* connections, SessionManager* session, const QString& stateFile,
                QWidget* parent = nullptr);

    Progress progress() const { return m_progress; }
    static Progress readProgress(const QString& stateFile);
    /// Records `progress` in `stateFile` (e.g. a profile that needs no guide); false if it cannot.
    static bool writeProgress(const QString& stateFile, Progress progress);

    QPushButton* connectButton(Platform platform) const { return m_connect.value(platform); }
    QLabel* statusLabel(Platform platform) const { return m_status.value(platform); }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* doneButton() const { return m_done; }

Q_SIGNALS:
    /// Finished, skipped, or a first sync started: the Overview is where the library shows up.
    void overviewRequested();

public Q_SLOTS:
    void done(int result) override;

private:
    void onSessionState(SessionManager::State state);
    void start();
    void refresh();
    void setProgress(Progress progress);

    QPointer<ConnectionsView> m_connections;
    QPointer<SyncManager> m_manager;
    QString m_stateFile;
    Progress m_progress = Progress::NotStarted;
    SessionManager::State m_sessionState = SessionManager::State::SignedOut;
    QMap<Platform, QPushButton*> m_connect;
    QMap<Platform, QLabel*> m_status;
    QPushButton* m_skip = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace sv
