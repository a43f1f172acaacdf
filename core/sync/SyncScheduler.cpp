#include "sync/SyncScheduler.h"

#include "backend/NetworkStatus.h"

#include "AwaitSignal.h"
#include "library/LibraryService.h"
#include "sync/AccountStore.h"
#include "sync/SyncLedger.h"
#include "sync/SyncManager.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSchedule, "sv.sync.schedule")

namespace sv {

namespace {

constexpr const char* IntervalKey = "schedule/interval";
constexpr const char* LastRunKey = "schedule/last_run_ms";

} // namespace

SyncScheduler::SyncScheduler(const QString& stateFile, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_stateFile(stateFile)
    , m_clock(clock)
{
    if (!m_stateFile.isEmpty()) {
        const QSettings state(m_stateFile, QSettings::IniFormat);
        m_interval = intervalFromId(state.value(QLatin1String(IntervalKey)).toString());
        m_lastRunMs = state.value(QLatin1String(LastRunKey), 0).toLongLong();
    }
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
    m_timer.start();
    check();
}

SyncScheduler::~SyncScheduler() = default;

std::chrono::milliseconds SyncScheduler::length(Interval interval)
{
    using namespace std::chrono;
    switch (interval) {
    case Interval::Off:
        return milliseconds(0);
    case Interval::Hourly:
        return hours(1);
    case Interval::Every6Hours:
        return hours(6);
    case Interval::Daily:
        return hours(24);
    }
    return hours(6);
}

QString SyncScheduler::intervalId(Interval interval)
{
    switch (interval) {
    case Interval::Off:
        return QStringLiteral("off");
    case Interval::Hourly:
        return QStringLiteral("hourly");
    case Interval::Every6Hours:
        return QStringLiteral("6h");
    case Interval::Daily:
        return QStringLiteral("daily");
    }
    return QStringLiteral("6h");
}

SyncScheduler::Interval SyncScheduler::intervalFromId(const QString& id, Interval fallback)
{
    for (Interval i : {Interval::Off, Interval::Hourly, Interval::Every6Hours, Interval::Daily}) {
        if (intervalId(i) == id)
            return i;
    }
    return fallback;
}

void SyncScheduler::setInterval(Interval interval)
{
    if (interval == m_interval)
        return;
    m_interval = interval;
    save();
    check();
}

void SyncScheduler::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    check();
}

void SyncScheduler::setOnline(bool online)
{
    m_online = online;
    check();
}

void SyncScheduler::setMetered(bool metered)
{
    m_metered = metered;
    check();
}

void SyncScheduler::setCheckInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void SyncScheduler::followNetworkInformation()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        qCDebug(lcSchedule) << "no network information backend: the network counts as up";
        return;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    const auto reachable = [](QNetworkInformation::Reachability r) {
        // Unknown: the backend cannot tell; assume up rather than never syncing.
        return r == QNetworkInformation::Reachability::Online ||
               r == QNetworkInformation::Reachability::Unknown;
    };
    if (info->supports(QNetworkInformation::Feature::Reachability)) {
        m_online = reachable(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this, reachable](QNetworkInformation::Reachability r) { setOnline(reachable(r)); });
    }
    if (info->supports(QNetworkInformation::Feature::Metered)) {
        m_metered = info->isMetered();
        connect(info, &QNetworkInformation::isMeteredChanged, this, &SyncScheduler::setMetered);
    }
    check();
}

void SyncScheduler::followNetworkStatus(NetworkStatus* status)
{
    m_serversReachable = !status->isOffline();
    connect(status, &NetworkStatus::offlineChanged, this, [this](bool offline) {
        m_serversReachable = !offline;
        check();
    });
    check();
}

QDateTime SyncScheduler::lastRun() const
{
    return m_lastRunMs > 0 ? QDateTime::fromMSecsSinceEpoch(m_lastRunMs, Qt::UTC) : QDateTime();
}

QDateTime SyncScheduler::nextRun() const
{
    if (m_interval == Interval::Off)
        return {};
    const qint64 now = m_clock.nowMs();
    // Never synced: due now. A last run in the future (the clock was set back) counts as now.
    const qint64 last = m_lastRunMs > 0 ? qMin(m_lastRunMs, now) : now - length(m_interval).count();
    return QDateTime::fromMSecsSinceEpoch(last + length(m_interval).count(), Qt::UTC);
}

bool SyncScheduler::isDue() const
{
    return m_interval != Interval::Off && nextRun().toMSecsSinceEpoch() <= m_clock.nowMs();
}

void SyncScheduler::check()
{
    if (m_running)
        return setState(State::Running);
    if (m_interval == Interval::Off)
        return setState(State::Off);
    if (!m_signedIn)
        return setState(State::SignedOut);
    if (!isDue())
        return setState(State::Waiting);
    if (!m_online || !m_serversReachable)
        return setState(State::Offline);
    if (m_metered)
        return setState(State::Metered);
    if (!m_starter)
        return setState(State::Waiting);
    // Another process of the profile (the CLI) may have synced since: read the ledger first (once for this
    // due time, again after a minute), then check again.
    const qint64 due = nextRun().toMSecsSinceEpoch();
    if (m_ledger && (m_ledgerReadForDue != due || m_clock.nowMs() - m_ledgerReadAtMs >= 60000)) {
        if (!m_readingLedger)
            readLedger();
        return;
    }
    m_running = true;
    setState(State::Running);
    qCDebug(lcSchedule) << "starting a scheduled sync";
    Q_EMIT runStarted();
    m_starter();
}

void SyncScheduler::runFinished(RunResult result)
{
    if (!m_running)
        return;
    m_running = false;
    qCDebug(lcSchedule) << "scheduled sync ended:" << result;
    if (result == RunResult::Ran) {
        m_lastRunMs = m_clock.nowMs();
        save();
    }
    // Busy or nothing to sync: still due, tried again at the next check (not at once: no busy loop).
    setState(result == RunResult::Ran ? State::Waiting : (m_signedIn ? State::Waiting : State::SignedOut));
    if (result == RunResult::Ran)
        check();
}

void SyncScheduler::noteSyncRan()
{
    m_lastRunMs = m_clock.nowMs();
    save();
    check();
}

void SyncScheduler::followLedger(LibraryService* library)
{
    m_ledger = library;
    if (m_ledger && !m_readingLedger)
        readLedger();
}

QCoro::Task<> SyncScheduler::readLedger()
{
    QPointer<SyncScheduler> self(this);
    QPointer<LibraryService> library = m_ledger;
    if (!library)
        co_return;
    m_readingLedger = true;
    const auto last = co_await library->call(&SyncLedger::lastSucceededSync);
    if (!self)
        co_return;
    m_readingLedger = false;
    if (last && last.value().isValid())
        adoptLastRun(last.value().toMSecsSinceEpoch());
    else if (!last)
        qCDebug(lcSchedule) << "could not read the sync ledger:" << last.error().message;
    m_ledgerReadForDue = nextRun().toMSecsSinceEpoch();
    m_ledgerReadAtMs = m_clock.nowMs();
    check();
}

void SyncScheduler::adoptLastRun(qint64 ms)
{
    // A time after now (the clock was moved back since) counts as now: it would postpone every run.
    ms = qMin(ms, m_clock.nowMs());
    if (ms <= m_lastRunMs)
        return;
    qCDebug(lcSchedule) << "a sync of another process ended later than the last run; counting from it";
    m_lastRunMs = ms;
    save();
}

QString SyncScheduler::statusText() const
{
    switch (m_state) {
    case State::Off:
        return tr("Background sync is off.");
    case State::SignedOut:
        return tr("Sign in to sync in the background.");
    case State::Offline:
        return tr("Waiting for the network to sync.");
    case State::Metered:
        return tr("Sync paused: the connection is metered.");
    case State::Running:
        return tr("Syncing…");
    case State::Waiting:
        break;
    }
    const QDateTime next = nextRun().toLocalTime();
    if (next.toMSecsSinceEpoch() <= m_clock.nowMs())
        return tr("Sync due; starting soon.");
    const QLocale locale;
    const bool today = next.date() == m_clock.now().toLocalTime().date();
    return tr("Next sync at %1.")
        .arg(today ? locale.toString(next.time(), QLocale::ShortFormat)
                   : locale.toString(next, QLocale::ShortFormat));
}

void SyncScheduler::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncScheduler::save() const
{
    if (m_stateFile.isEmpty())
        return;
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.setValue(QLatin1String(IntervalKey), intervalId(m_interval));
    state.setValue(QLatin1String(LastRunKey), m_lastRunMs);
    state.sync();
    if (state.status() != QSettings::NoError)
        qCWarning(lcSchedule) << "could not save the sync schedule to" << m_stateFile;
}

void SyncScheduler::useSyncManager(SyncManager* manager)
{
    QPointer<SyncManager> guarded(manager);
    setStarter([this, guarded] { runThrough(guarded); });
    if (manager->store())
        followLedger(manager->store()->library());
    connect(manager, &SyncManager::syncFinished, this, [this](const SyncOutcome& outcome) {
        if (outcome.succeeded() && !m_running)
            noteSyncRan(); // the user's "Sync now" or a first sync after connecting
    });
}

QCoro::Task<> SyncScheduler::runThrough(SyncManager* manager)
{
    QPointer<SyncScheduler> self(this);
    QPointer<SyncManager> guarded(manager);
    if (!guarded || !guarded->isIdle()) {
        runFinished(RunResult::Busy);
        co_return;
    }
    const auto elsewhere = co_await guarded->store()->onLibrary(&SyncLedger::runningElsewhere);
    if (!self)
        co_return;
    if (!guarded || !guarded->isIdle() || (elsewhere && elsewhere.value())) {
        qCDebug(lcSchedule) << "another sync is running; the scheduled one waits";
        runFinished(RunResult::Busy);
        co_return;
    }
    if (guarded->accounts().isEmpty()) {
        runFinished(RunResult::NothingToSync);
        co_return;
    }
    QCoro::Task<bool> idle = awaitSignal(guarded.data(), &SyncManager::idle);
    if (guarded->syncAll() == 0) { // not reached after the checks above; the wait ends with the next idle
        runFinished(RunResult::NothingToSync);
        co_return;
    }
    co_await std::move(idle);
    if (self)
        self->runFinished(RunResult::Ran);
}

} // namespace sv
