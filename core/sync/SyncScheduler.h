#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>

namespace sv {

class AccountStore;
class LibraryService;
class NetworkStatus;
class SyncManager;

/// Background sync on the schedule the user chose (off, hourly, every 6 hours, daily; every 6 hours by
/// default). A run is due once the interval has passed since the last sync; it starts only while someone
/// is signed in, the network is up and the connection is not metered. A due run that has to wait is
/// queued and starts as soon as all three hold again. Never two at once: a run starts only when the
/// previous one has ended, and the starter reports Busy while a sync runs here (the user's "Sync now") or
/// in another process of the same profile (the CLI: SyncLedger::runningElsewhere()), the run then waiting
/// for the next check.
///
/// The schedule and the last run are kept in a small INI file of the profile (not secret), so a restart
/// neither syncs again at once nor skips a run that became due while the app was closed. The last run is
/// the later of that and the last sync of any process of the profile that succeeded (followLedger(): the
/// sync ledger, e.g. a CLI `sync` just before a due time pushes the run back). The clock is injected:
/// tests move a ManualClock and call check() instead of waiting for the timer. GUI-free.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Interval { Off, Hourly, Every6Hours, Daily };
    Q_ENUM(Interval)
    enum class State {
        Off,       ///< the schedule is off
        SignedOut, ///< nobody is signed in
        Waiting,   ///< the next run is at nextRun()
        Offline,   ///< a run is due and waits for the network
        Metered,   ///< a run is due and waits for a connection that is not metered
        Running,   ///< a run started and has not ended yet
    };
    Q_ENUM(State)
    /// How a run ended (see Starter).
    enum class RunResult {
        Ran,           ///< it synced: the next run is due one interval from now
        Busy,          ///< another sync was running: retried at the next check
        NothingToSync, ///< no account is connected
    };
    Q_ENUM(RunResult)
    /// Begins a run; whatever happens, runFinished() must follow (at once or later).
    using Starter = std::function<void()>;

    static constexpr Interval DefaultInterval = Interval::Every6Hours;
    /// The file in the profile directory that keeps the schedule and the last run.
    static constexpr const char* StateFileName = "background-sync.ini";

    /// `stateFile`: where the schedule and the last run are kept (empty: nowhere, for tests).
    explicit SyncScheduler(const QString& stateFile, const Clock& clock = Clock::system(),
                           QObject* parent = nullptr);
    ~SyncScheduler() override;

    void setStarter(Starter starter) { m_starter = std::move(starter); }
    /// Runs through `manager` (syncAll(), Busy while it or another process syncs, Ran once it is idle);
    /// the user's own syncs through it count as the last run too, and the ledger of its library is
    /// followed (followLedger()).
    void useSyncManager(SyncManager* manager);
    /// Reads the last succeeded sync of any process from the sync ledger of `library`
    /// (SyncLedger::lastSucceededSync()) now and before starting a due run, and counts the later of it and
    /// this schedule's own last run.
    void followLedger(LibraryService* library);

    Interval interval() const { return m_interval; }
    void setInterval(Interval interval);
    static std::chrono::milliseconds length(Interval interval);
    static QString intervalId(Interval interval); ///< "off", "hourly", "6h", "daily"
    static Interval intervalFromId(const QString& id, Interval fallback = DefaultInterval);

    void setSignedIn(bool signedIn);
    void setOnline(bool online);
    void setMetered(bool metered);
    bool isSignedIn() const { return m_signedIn; }
    bool isOnline() const { return m_online; }
    bool isMetered() const { return m_metered; }
    /// Follows QNetworkInformation where the platform has a backend (reachability and, where it tells,
    /// metered connections); without one the network counts as up and not metered.
    void followNetworkInformation();
    /// Also waits while `status` says the servers cannot be reached (a request failed to reach them); a
    /// queued run starts once they answer again (NetworkStatus asks them while offline).
    void followNetworkStatus(NetworkStatus* status);

    /// When the last sync ended (invalid: never).
    QDateTime lastRun() const;
    /// When the next run is due (invalid: the schedule is off); may be in the past while a run waits.
    QDateTime nextRun() const;
    bool isDue() const;
    State state() const { return m_state; }
    /// For the tray's tooltip: "Next sync at 18:00", "Waiting for the network to sync"... (translated)
    QString statusText() const;

    /// Starts the due run when everything allows it. The timer calls it every checkInterval; tests call it.
    void check();
    void runFinished(RunResult result);
    /// A sync that ran outside the schedule ended (e.g. "Sync now"): the next run counts from now.
    void noteSyncRan();
    void setCheckInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void stateChanged(sv::SyncScheduler::State state);
    void runStarted();

private:
    void setState(State state);
    void save() const;
    QCoro::Task<> runThrough(SyncManager* manager);
    QCoro::Task<> readLedger();
    /// A sync that ended at `ms` (any process) counts as the last run when it is later.
    void adoptLastRun(qint64 ms);

    QString m_stateFile;
    const Clock& m_clock;
    Starter m_starter;
    Interval m_interval = DefaultInterval;
    qint64 m_lastRunMs = 0; ///< 0: never
    bool m_signedIn = false;
    bool m_online = true;
    bool m_serversReachable = true; ///< followNetworkStatus()
    bool m_metered = false;
    bool m_running = false;
    State m_state = State::SignedOut;
    QTimer m_timer;
    QPointer<LibraryService> m_ledger;
    bool m_readingLedger = false;
    qint64 m_ledgerReadForDue = -1; ///< the due time (ms) the last ledger read was made for
    qint64 m_ledgerReadAtMs = 0;    ///< when (clock ms) it was made
};

} // namespace sv
