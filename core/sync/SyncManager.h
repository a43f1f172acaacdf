#pragma once

#include "platforms/PlatformConnector.h"
#include "sync/AccountTable.h"
#include "sync/SyncOutcome.h"

#include "Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace sv {

class AccountStore;
class BrowserLauncher;
class SyncJob;
class UsageReporter;

/// What disconnectPlatform() did.
struct DisconnectResult
{
    bool revoked = false; ///< the platform revoked the grant
    int itemsRemoved = 0; ///< items removed from the library (0 when they were kept)
    QString notice;       ///< translated: e.g. the revocation failed (the local tokens are gone anyway)
};

/// The connected accounts and their sync jobs, for the Connections view and the CLI.
///
/// - One job per account at a time; sync()/syncAll() queue jobs, at most maxConcurrentJobs() run at once.
/// - Signals for the UI: progress, finished, itemsCommitted (refresh the content view), a notification when
///   a long sync ends or any sync fails, accountsChanged after every change of an account's row.
/// - connectPlatform() runs the platform's OAuth flow, stores the tokens in the keychain and the account in
///   the library; disconnectPlatform() revokes where supported, deletes the keychain entry and keeps or
///   removes the account's items as the caller chose.
/// Lives on the UI (or CLI) thread; SQL runs on the LibraryService's worker, never on this thread.
/// Destroy it only when no job runs (isIdle()), e.g. after cancelAll() and idle().
class SyncManager : public QObject
{
    Q_OBJECT
public:
    using ConnectorFactory = std::function<std::unique_ptr<PlatformConnector>(Platform)>;

    /// `reporter` may be null (usage then stays in the outbox). The factory makes each platform's connector
    /// once, on first use (typically `makeConnector(p, config, http, backend)`).
    SyncManager(AccountStore* store, UsageReporter* reporter, ConnectorFactory factory,
                QObject* parent = nullptr);
    ~SyncManager() override;

    AccountStore* store() const { return m_store; }
    UsageReporter* reporter() const { return m_reporter; }
    void setOptions(const SyncOptions& options) { m_options = options; }
    const SyncOptions& options() const { return m_options; }
    void setMaxConcurrentJobs(int jobs) { m_maxConcurrent = qMax(1, jobs); }
    int maxConcurrentJobs() const { return m_maxConcurrent; }
    /// A sync that took at least this long ends with a notification (failures always notify).
    void setLongSyncThreshold(std::chrono::milliseconds threshold) { m_longSync = threshold; }

    /// The platform's connector (made on first use); null if the factory could not make one.
    PlatformConnector* connector(Platform platform);

    /// The accounts as last loaded (reloadAccounts(), or after any change made here).
    QList<LibraryAccount> accounts() const { return m_accounts; }
    std::optional<LibraryAccount> account(Platform platform) const;
    QCoro::Task<Result<void, LibraryError>> reloadAccounts();

    /// Connects (or reconnects) the platform: browser sign-in, account details, tokens to the keychain.
    /// Connecting a different account of the same platform replaces the old one (its items stay). Refused
    /// at once, with syncRefusal(), while the library is read-only.
    QCoro::Task<Result<LibraryAccount, QString>> connectPlatform(Platform platform, BrowserLauncher* browser);
    void cancelConnect(Platform platform);
    bool isConnecting(Platform platform) const { return m_connecting.count(platform) > 0; }

    /// Cancels its sync, revokes the grant where the platform supports it, deletes the keychain entry and
    /// forgets the account; `removeItems` also deletes its items from the library.
    QCoro::Task<Result<DisconnectResult, QString>> disconnectPlatform(Platform platform, bool removeItems);

    /// Why no sync can start: the library is read-only (its folder takes no write, the disk is full or the
    /// folder went away), in plain words; empty when syncs can start. A sync could only fail then: sync()
    /// and syncAll() refuse, and the Sync buttons say this instead. Connecting and disconnecting write the
    /// library too: connectPlatform() and disconnectPlatform() refuse with it before the browser opens or a
    /// grant is revoked. syncRefusalChanged() follows changes.
    QString syncRefusal() const;
    /// Queues a sync of the platform's account; false when it is not connected, already queued/running, or
    /// refused (syncRefusal()).
    bool sync(Platform platform);
    /// Queues every connected account; returns how many were queued.
    int syncAll();
    /// Cancels the platform's queued or running sync.
    void cancel(Platform platform);
    void cancelAll();
    bool isBusy(Platform platform) const;
    bool isRunning(Platform platform) const { return m_running.count(platform) > 0; }
    bool isIdle() const { return m_running.empty() && m_queue.isEmpty(); }
    std::optional<SyncProgress> progress(Platform platform) const;
    /// The outcome of the platform's last finished sync in this process.
    std::optional<SyncOutcome> lastOutcome(Platform platform) const;

    /// Queues the platforms (all connected ones when empty) and completes when all of them have finished.
    /// Platforms that are not connected get a failed outcome at once.
    QCoro::Task<QList<SyncOutcome>> syncAndWait(const QList<Platform>& requested);

Q_SIGNALS:
    void accountsChanged();
    void syncQueued(sv::Platform platform);
    void syncStarted(sv::Platform platform);
    void syncProgress(sv::Platform platform, const sv::SyncProgress& progress);
    void syncFinished(const sv::SyncOutcome& outcome);
    /// A sync that reported usage or found new items ended: the quota figures changed (the composition
    /// root drops billing's cached subscription and usage history, so their next read asks the backend).
    /// Emitted right before that sync's syncFinished(), so its receivers already find the figures dropped.
    void usageChanged(const sv::SyncOutcome& outcome);
    /// Items of the platform were written to the library: the content view should refresh.
    void itemsCommitted(sv::Platform platform, int count);
    /// Items of the platform were removed from the library (disconnect with removal).
    void itemsRemoved(sv::Platform platform, int count);
    /// For the status bar / an in-app banner: a long sync ended or a sync failed.
    void notification(const QString& message, bool isError);
    /// A notice during a sync (overage billed, usage reporting delayed...).
    void syncNotice(sv::Platform platform, const QString& message);
    /// The connect flow's URL, to show as a copyable link.
    void authorizationUrlReady(sv::Platform platform, const QUrl& url);
    void connectingChanged(sv::Platform platform, bool connecting);
    /// Nothing queued or running any more.
    void idle();
    /// syncRefusal() may have changed (the library turned read-only or writable again).
    void syncRefusalChanged();

private:
    void startNext();
    QCoro::Task<> runJob(SyncJob* job);
    QCoro::Task<> reloadAndNotify();
    /// cancel(), then completes once the platform's running job (if any) has finished.
    QCoro::Task<> cancelAndWait(Platform platform);
    SyncOutcome notConnectedOutcome(Platform platform) const;
    /// Records the outcome of the platform's queued or running sync, fulfils its completion and emits
    /// syncFinished.
    void finishSync(const SyncOutcome& outcome, const std::shared_ptr<QPromise<void>>& completion);
    /// Takes the completion of the platform's queued or running sync out of m_completions.
    std::shared_ptr<QPromise<void>> takeCompletion(Platform platform);

    AccountStore* m_store;
    UsageReporter* m_reporter;
    ConnectorFactory m_factory;
    SyncOptions m_options;
    int m_maxConcurrent = 3;
    std::chrono::milliseconds m_longSync{10'000};
    std::map<Platform, std::unique_ptr<PlatformConnector>> m_connectors;
    QList<LibraryAccount> m_accounts;
    QList<Platform> m_queue;
    std::map<Platform, SyncJob*> m_running;
    std::map<Platform, bool> m_connecting;
    std::map<Platform, SyncOutcome> m_lastOutcomes;
    /// One per queued or running sync, fulfilled exactly once when it has finished (m_lastOutcomes holds
    /// its outcome then). Awaiting these, rather than the syncFinished signal, is what lets any number of
    /// jobs end in the same event-loop iteration.
    std::map<Platform, std::shared_ptr<QPromise<void>>> m_completions;
    /// The completion of each platform's most recently queued sync, finished or not.
    std::map<Platform, QFuture<void>> m_queuedCompletions;
};

} // namespace sv

Q_DECLARE_METATYPE(sv::DisconnectResult)
