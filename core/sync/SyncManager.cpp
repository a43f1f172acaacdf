#include "sync/SyncManager.h"

#include "library/LibraryService.h"
#include "loopback/BrowserLauncher.h"
#include "sync/AccountStore.h"
#include "sync/SyncJob.h"
#include "sync/UsageReporter.h"

#include <QLoggingCategory>

#include <QCoro/QCoroFuture>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace sv {

SyncManager::SyncManager(AccountStore* store, UsageReporter* reporter, ConnectorFactory factory,
                         QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_reporter(reporter)
    , m_factory(std::move(factory))
{
    qRegisterMetaType<sv::SyncProgress>();
    qRegisterMetaType<sv::SyncOutcome>();
    qRegisterMetaType<sv::Platform>();
    if (LibraryService* library = m_store ? m_store->library() : nullptr)
        connect(library, &LibraryService::accessChanged, this, &SyncManager::syncRefusalChanged);
}

QString SyncManager::syncRefusal() const
{
    const LibraryService* library = m_store ? m_store->library() : nullptr;
    if (!library)
        return {};
    return library->access().reason(library->filePath());
}

SyncManager::~SyncManager()
{
    for (auto& [platform, job] : m_running)
        job->cancel();
}

PlatformConnector* SyncManager::connector(Platform platform)
{
    auto it = m_connectors.find(platform);
    if (it != m_connectors.end())
        return it->second.get();
    std::unique_ptr<PlatformConnector> made = m_factory ? m_factory(platform) : nullptr;
    if (!made)
        return nullptr;
    connect(made.get(), &PlatformConnector::authorizationUrlReady, this,
            [this, platform](const QUrl& url) { Q_EMIT authorizationUrlReady(platform, url); });
    PlatformConnector* raw = made.get();
    m_connectors.emplace(platform, std::move(made));
    return raw;
}

std::optional<LibraryAccount> SyncManager::account(Platform platform) const
{
    for (const LibraryAccount& a : m_accounts) {
        if (a.platform == platform)
            return a;
    }
    return std::nullopt;
}

QCoro::Task<Result<void, LibraryError>> SyncManager::reloadAccounts()
{
    QPointer<SyncManager> self(this);
    auto loaded = co_await m_store->accounts();
    if (!self)
        co_return {};
    if (!loaded)
        co_return loaded.error();
    m_accounts = loaded.value();
    Q_EMIT accountsChanged();
    co_return {};
}

QCoro::Task<> SyncManager::reloadAndNotify()
{
    const auto reloaded = co_await reloadAccounts();
    if (!reloaded)
        qCWarning(lcSync) << "could not reload the accounts:" << reloaded.error().message;
}

QCoro::Task<Result<LibraryAccount, QString>> SyncManager::connectPlatform(Platform platform,
                                                                          BrowserLauncher* browser)
{
    QPointer<SyncManager> self(this);
    if (isConnecting(platform))
        co_return tr("%1 is already being connected.").arg(platformDisplayName(platform));
    // The account could not be saved: said now, not after the sign-in in the browser.
    if (const QString refusal = syncRefusal(); !refusal.isEmpty())
        co_return refusal;
    PlatformConnector* c = connector(platform);
    if (!c)
        co_return tr("%1 is not configured in this installation.").arg(platformDisplayName(platform));
    m_connecting[platform] = true;
    Q_EMIT connectingChanged(platform, true);
    const auto done = [&]() {
        if (!self)
            return;
        m_connecting.erase(platform);
        Q_EMIT connectingChanged(platform, false);
    };

    const auto tokens = co_await c->authorize(browser);
    if (!self)
        co_return QString();
    if (!tokens) {
        done();
        co_return tokens.error().message;
    }
    const auto fetched = co_await c->fetchAccount(tokens.value());
    if (!self)
        co_return QString();
    if (!fetched) {
        done();
        co_return fetched.error().message;
    }
    const PlatformAccount& pa = fetched.value();

    // Another account of the same platform is replaced: its tokens go, its items stay.
    const auto existing = co_await m_store->accounts();
    if (!self)
        co_return QString();
    if (existing) {
        for (const LibraryAccount& old : existing.value()) {
            if (old.platform != platform || old.accountId == pa.accountId)
                continue;
            // The old account's job must have stopped before its row goes: a page committed afterwards
            // would bring its items back for an account the library no longer knows.
            co_await cancelAndWait(platform);
            if (!self)
                co_return QString();
            co_await m_store->removeTokens(platform, old.accountId);
            co_await m_store->remove(platform, old.accountId, false);
        }
    }
    auto e7 = co_await m_store->writeTokens(platform, pa.accountId, tokens.value());
    if (!e7) {
        done();
        co_return tr("The %1 sign-in could not be stored in the keychain: %2")
            .arg(platformDisplayName(platform), e7.error().message());
    }
    LibraryAccount created;
    created.platform = platform;
    created.accountId = pa.accountId;
    created.displayName = pa.displayName;
    created.handle = pa.handle;
    created.avatarUrl = pa.avatarUrl.toString();
    created.status = AccountStatus::Connected;
    created.connectedAt = QDateTime::currentDateTimeUtc();
    auto e8 = co_await m_store->save(created);
    if (!e8) {
        // Do not leave a token behind for an account the library does not know.
        co_await m_store->removeTokens(platform, pa.accountId);
        done();
        co_return e8.error().message;
    }
    if (!self)
        co_return QString();
    done();
    co_await reloadAndNotify();
    if (!self)
        co_return QString();
    if (auto stored = account(platform))
        co_return *stored;
    co_return created;
}

QCoro::Task<> SyncManager::cancelAndWait(Platform platform)
{
    const QFuture<void> done = isRunning(platform) ? m_queuedCompletions.at(platform) : QFuture<void>();
    cancel(platform);
    // A running job stops after the page in flight (its batch is committed or not, never half); the
    // page's deadline bounds that wait.
    if (done.isValid())
        co_await done;
}

void SyncManager::cancelConnect(Platform platform)
{
    if (!isConnecting(platform))
        return;
    if (PlatformConnector* c = connector(platform))
        c->cancelAuthorize();
}

QCoro::Task<Result<DisconnectResult, QString>> SyncManager::disconnectPlatform(Platform platform,
                                                                               bool removeItems)
{
    QPointer<SyncManager> self(this);
    // Forgetting the account could only fail: nothing is revoked or removed from the keychain first.
    if (const QString refusal = syncRefusal(); !refusal.isEmpty())
        co_return refusal;
    const auto reloaded = co_await reloadAccounts();
    if (!self)
        co_return QString();
    if (!reloaded)
        co_return reloaded.error().message;
    const std::optional<LibraryAccount> acc = account(platform);
    if (!acc)
        co_return tr("%1 is not connected.").arg(platformDisplayName(platform));
    // Stop the account's sync and wait for it: nothing may be committed for it once it is removed.
    co_await cancelAndWait(platform);
    if (!self)
        co_return QString();

    DisconnectResult result;
    const auto tokens = co_await m_store->readTokens(platform, acc->accountId);
    if (!self)
        co_return QString();
    if (!tokens)
        co_return tr("The %1 sign-in could not be read from the keychain: %2")
            .arg(platformDisplayName(platform), tokens.error().message());
    PlatformConnector* c = connector(platform);
    if (tokens.value() && c && c->supportsRevoke()) {
        const auto revoked = co_await c->revoke(*tokens.value());
        if (!self)
            co_return QString();
        if (revoked)
            result.revoked = true;
        else
            result.notice = tr("%1 could not revoke StreamVibe's access (%2). The sign-in was removed from "
                               "this computer; you can also remove the access in your %1 account settings.")
                                .arg(platformDisplayName(platform), revoked.error().message);
    }
    auto e9 = co_await m_store->removeTokens(platform, acc->accountId);
    if (!e9)
        co_return tr("The %1 sign-in could not be removed from the keychain: %2")
            .arg(platformDisplayName(platform), e9.error().message());
    const auto removed = co_await m_store->remove(platform, acc->accountId, removeItems);
    if (!self)
        co_return QString();
    if (!removed)
        co_return removed.error().message;
    result.itemsRemoved = removed.value();
    co_await reloadAndNotify();
    if (!self)
        co_return QString();
    if (result.itemsRemoved > 0)
        Q_EMIT itemsRemoved(platform, result.itemsRemoved);
    co_return result;
}

bool SyncManager::isBusy(Platform platform) const
{
    return isRunning(platform) || m_queue.contains(platform);
}

std::optional<SyncProgress> SyncManager::progress(Platform platform) const
{
    const auto it = m_running.find(platform);
    if (it == m_running.end())
        return std::nullopt;
    return it->second->progressSoFar();
}

std::optional<SyncOutcome> SyncManager::lastOutcome(Platform platform) const
{
    const auto it = m_lastOutcomes.find(platform);
    if (it == m_lastOutcomes.end())
        return std::nullopt;
    return it->second;
}

bool SyncManager::sync(Platform platform)
{
    const std::optional<LibraryAccount> acc = account(platform);
    if (!acc || acc->status != AccountStatus::Connected || isBusy(platform) || !syncRefusal().isEmpty())
        return false;
    m_queue.append(platform);
    auto completion = std::make_shared<QPromise<void>>();
    completion->start();
    m_queuedCompletions[platform] = completion->future();
    m_completions[platform] = std::move(completion);
    Q_EMIT syncQueued(platform);
    startNext();
    return true;
}

int SyncManager::syncAll()
{
    int queued = 0;
    for (const LibraryAccount& a : std::as_const(m_accounts)) {
        if (a.status == AccountStatus::Connected && sync(a.platform))
            ++queued;
    }
    return queued;
}

void SyncManager::cancel(Platform platform)
{
    if (m_queue.removeAll(platform) > 0) {
        SyncOutcome outcome = notConnectedOutcome(platform);
        outcome.status = SyncOutcome::Status::Cancelled;
        outcome.errorKind = PlatformError::Kind::Cancelled;
        outcome.errorMessage = tr("The sync was cancelled.");
        finishSync(outcome, takeCompletion(platform));
        if (isIdle())
            Q_EMIT idle();
    }
    const auto it = m_running.find(platform);
    if (it != m_running.end())
        it->second->cancel();
}

void SyncManager::cancelAll()
{
    for (const Platform p : allPlatforms())
        cancel(p);
}

std::shared_ptr<QPromise<void>> SyncManager::takeCompletion(Platform platform)
{
    const auto it = m_completions.find(platform);
    if (it == m_completions.end())
        return nullptr;
    std::shared_ptr<QPromise<void>> completion = std::move(it->second);
    m_completions.erase(it);
    return completion;
}

void SyncManager::finishSync(const SyncOutcome& outcome, const std::shared_ptr<QPromise<void>>& completion)
{
    m_lastOutcomes[outcome.platform] = outcome;
    if (completion)
        completion->finish();
    if (outcome.unitsReported > 0 || outcome.progress.newItems > 0)
        Q_EMIT usageChanged(outcome);
    Q_EMIT syncFinished(outcome);
}

SyncOutcome SyncManager::notConnectedOutcome(Platform platform) const
{
    SyncOutcome outcome;
    outcome.platform = platform;
    outcome.status = SyncOutcome::Status::Failed;
    outcome.errorMessage = tr("%1 is not connected.").arg(platformDisplayName(platform));
    if (const auto a = account(platform)) {
        outcome.accountId = a->accountId;
        outcome.accountName = a->displayName;
    }
    return outcome;
}

void SyncManager::startNext()
{
    while (int(m_running.size()) < m_maxConcurrent && !m_queue.isEmpty()) {
        const Platform platform = m_queue.takeFirst();
        const std::optional<LibraryAccount> acc = account(platform);
        PlatformConnector* c = connector(platform);
        if (!acc || !c) {
            SyncOutcome outcome = notConnectedOutcome(platform);
            if (!c)
                outcome.errorMessage =
                    tr("%1 is not configured in this installation.").arg(platformDisplayName(platform));
            finishSync(outcome, takeCompletion(platform));
            continue;
        }
        auto* job = new SyncJob(m_store, c, m_reporter, *acc, m_options, this);
        m_running[platform] = job;
        connect(job, &SyncJob::progress, this,
                [this, platform](const SyncProgress& p) { Q_EMIT syncProgress(platform, p); });
        connect(job, &SyncJob::itemsCommitted, this,
                [this](Platform p, int count, int) { Q_EMIT itemsCommitted(p, count); });
        connect(job, &SyncJob::notice, this,
                [this, platform](const QString& message) { Q_EMIT syncNotice(platform, message); });
        Q_EMIT syncStarted(platform);
        runJob(job); // detached: completes through the event loop
    }
    if (isIdle())
        Q_EMIT idle();
}

QCoro::Task<> SyncManager::runJob(SyncJob* job)
{
    QPointer<SyncManager> self(this);
    const Platform platform = job->platform();
    const SyncOutcome outcome = co_await job->run();
    if (!self)
        co_return;
    m_running.erase(platform);
    // Taken now: while the accounts reload, the platform may be queued again with a completion of its own.
    const std::shared_ptr<QPromise<void>> completion = takeCompletion(platform);
    job->deleteLater();
    m_lastOutcomes[platform] = outcome;
    co_await reloadAndNotify();
    if (!self)
        co_return;
    finishSync(outcome, completion);
    const QString name = platformDisplayName(platform);
    // No connection: the window's offline banner says it once for every platform (the card keeps its error).
    if (outcome.status == SyncOutcome::Status::Failed && outcome.errorKind != PlatformError::Kind::Network)
        Q_EMIT notification(tr("%1 sync failed: %2").arg(name, outcome.errorMessage), true);
    else if (outcome.succeeded() && std::chrono::milliseconds(outcome.elapsedMs) >= m_longSync)
        Q_EMIT notification(tr("%1 sync finished: %2.").arg(name, outcome.summary()), false);
    startNext();
}

QCoro::Task<QList<SyncOutcome>> SyncManager::syncAndWait(const QList<Platform>& requested)
{
    QList<Platform> platforms = requested; // copied before the first suspension
    QPointer<SyncManager> self(this);
    const auto reloaded = co_await reloadAccounts();
    if (!reloaded)
        qCWarning(lcSync) << "could not reload the accounts:" << reloaded.error().message;
    if (!self)
        co_return {};
    if (platforms.isEmpty()) {
        for (const LibraryAccount& a : std::as_const(m_accounts)) {
            if (a.status != AccountStatus::Disconnected && !platforms.contains(a.platform))
                platforms.append(a.platform);
        }
    }
    QList<SyncOutcome> immediate;
    std::map<Platform, QFuture<void>> waitFor;
    for (const Platform p : std::as_const(platforms)) {
        if (!account(p)) {
            immediate.append(notConnectedOutcome(p));
            continue;
        }
        if (!sync(p) && !isBusy(p)) {
            SyncOutcome refused = notConnectedOutcome(p);
            if (account(p)->status == AccountStatus::ReconnectNeeded) {
                refused.reconnectNeeded = true;
                refused.errorKind = PlatformError::Kind::ReconnectNeeded;
                refused.errorMessage =
                    tr("%1 needs to be reconnected before it can be synced.").arg(platformDisplayName(p));
            } else if (const QString why = syncRefusal(); !why.isEmpty()) {
                refused.errorMessage = why; // the library is read-only: said, not tried
            }
            immediate.append(refused);
            continue;
        }
        // The sync just queued, or the one in progress when it was busy already.
        waitFor[p] = m_queuedCompletions.at(p);
    }
    // Each sync's own completion, fulfilled once: any number of them may end in the same event-loop
    // iteration.
    for (const auto& [p, done] : waitFor) {
        const QFuture<void> future = done;
        co_await future;
        if (!self)
            co_return {};
    }
    QList<SyncOutcome> outcomes;
    for (const Platform p : std::as_const(platforms)) {
        if (waitFor.count(p))
            outcomes.append(m_lastOutcomes[p]);
    }
    co_return immediate + outcomes;
}

} // namespace sv
