#include "sync/SyncJob.h"

#include "AwaitSignal.h"

#include "library/ClipGroups.h"
#include "library/ContentHistory.h"
#include "sync/AccountStore.h"
#include "sync/SyncLedger.h"
#include "sync/UsageOutbox.h"
#include "sync/UsageReporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include <QCoro/QCoroTimer>

Q_LOGGING_CATEGORY(lcSync, "sv.sync")

namespace sv {

SyncJob::SyncJob(AccountStore* store, PlatformConnector* connector, UsageReporter* reporter,
                 LibraryAccount account, SyncOptions options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_connector(connector)
    , m_reporter(reporter)
    , m_account(std::move(account))
    , m_options(options)
{
    m_platformAccount.platform = m_account.platform;
    m_platformAccount.accountId = m_account.accountId;
    m_platformAccount.displayName = m_account.displayName;
    m_platformAccount.handle = m_account.handle;
    m_platformAccount.avatarUrl = QUrl(m_account.avatarUrl);
}

void SyncJob::cancel()
{
    m_cancelled = true;
    m_cancellation.cancel();
}

void SyncJob::addNotice(SyncOutcome& outcome, const QString& message)
{
    if (outcome.notices.contains(message))
        return;
    outcome.notices.append(message);
    Q_EMIT notice(message);
}

QCoro::Task<bool> SyncJob::waitBeforeRetry(int attempt, const PlatformError& error,
                                           const QDeadlineTimer& deadline, Cancellation* stop)
{
    std::chrono::milliseconds delay = m_options.retryDelay * (1 << qMin(attempt - 1, 10));
    if (error.retryAfter)
        delay = std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter);
    delay = qMin(delay, m_options.maxRetryDelay);
    if (!deadline.isForever() && delay.count() >= deadline.remainingTime())
        co_return false;
    announceRetry(error, delay);
    if (delay.count() > 0)
        co_await awaitSignal(stop, &Cancellation::cancelled, delay); // a cancel ends it early
    co_return true;
}

CallScope SyncJob::callScope(std::chrono::milliseconds budget)
{
    CallScope scope;
    const QDeadlineTimer deadline(budget);
    scope.deadline = deadline < m_jobDeadline ? deadline : m_jobDeadline;
    scope.attemptTimeout = m_options.requestTimeout;
    scope.cancellation = &m_cancellation;
    scope.retrying = [this](const PlatformError& reason, std::chrono::milliseconds wait) {
        announceRetry(reason, wait);
    };
    return scope;
}

void SyncJob::announceRetry(const PlatformError& reason, std::chrono::milliseconds wait)
{
    m_progress.retryNotice = retryNotice(reason, wait);
    m_progress.retryIn = wait;
    m_progress.elapsedMs = m_timer.elapsed();
    qCDebug(lcSync).noquote() << platformId(m_account.platform) << "retrying in" << wait.count()
                              << "ms:" << reason.logString();
    Q_EMIT progress(m_progress);
}

QString SyncJob::retryNotice(const PlatformError& reason, std::chrono::milliseconds wait) const
{
    const QString name = platformDisplayName(m_account.platform);
    const int seconds = int(qMax<qint64>(1, (wait.count() + 999) / 1000));
    using K = PlatformError::Kind;
    switch (reason.kind) {
    case K::Timeout:
        return tr("%1 did not answer; retrying in %n second(s).", nullptr, seconds).arg(name);
    case K::Network:
        return tr("%1 could not be reached; retrying in %n second(s).", nullptr, seconds).arg(name);
    case K::RateLimited:
        return tr("%1 is limiting requests; retrying in %n second(s).", nullptr, seconds).arg(name);
    case K::Server:
        if (reason.httpStatus > 0)
            return tr("%1 answered with an error (HTTP %2); retrying in %n second(s).", nullptr, seconds)
                .arg(name)
                .arg(reason.httpStatus);
        return tr("%1 answered with an error; retrying in %n second(s).", nullptr, seconds).arg(name);
    case K::Malformed:
        return tr("%1 sent an answer StreamVibe cannot read; retrying in %n second(s).", nullptr, seconds)
            .arg(name);
    default:
        return tr("%1 Retrying in %n second(s).", nullptr, seconds).arg(reason.message);
    }
}

PlatformError SyncJob::outOfTime(const PlatformError& last, const QDeadlineTimer& deadline) const
{
    PlatformError e = last;
    e.kind = PlatformError::Kind::Timeout;
    e.httpStatus = 0;
    e.retryAfter.reset();
    const QString name = platformDisplayName(m_account.platform);
    if (!(m_jobDeadline < deadline) && !(deadline < m_jobDeadline)) {
        const int minutes = int(qMax<qint64>(1, m_options.jobTimeout.count() / 60'000));
        e.message = tr("The %1 sync was stopped after %n minute(s), its time limit. The items synced so far "
                       "are kept.",
                       nullptr, minutes)
                        .arg(name);
        return e;
    }
    if (last.kind != PlatformError::Kind::Timeout)
        return last; // it answered, with an error that says more than the deadline
    const int seconds = int(qMax<qint64>(1, (m_options.pageTimeout.count() + 999) / 1000));
    e.message = tr("%1 did not answer within %n second(s); the sync stopped. The items synced so far are "
                   "kept.",
                   nullptr, seconds)
                    .arg(name);
    return e;
}

QCoro::Task<Result<void, PlatformError>> SyncJob::refreshTokens()
{
    if (m_refreshing) {
        // Another step of the walk is refreshing them (both had a 401): wait for that one refresh.
        co_await awaitSignal(this, &SyncJob::tokensRefreshed);
    } else {
        m_refreshing = true;
        const auto refreshed = co_await refreshTokensOnce();
        m_refreshError = refreshed ? std::nullopt : std::optional<PlatformError>(refreshed.error());
        m_refreshing = false;
        Q_EMIT tokensRefreshed();
    }
    if (m_refreshError)
        co_return *m_refreshError;
    co_return {};
}

QCoro::Task<Result<void, PlatformError>> SyncJob::refreshTokensOnce()
{
    const auto refreshed = co_await m_connector->refresh(m_tokens);
    if (!refreshed) {
        PlatformError e = refreshed.error();
        // A refused refresh token means the grant is gone; anything else may be temporary.
        if (e.kind == PlatformError::Kind::Unauthorized)
            e.kind = PlatformError::Kind::ReconnectNeeded;
        co_return e;
    }
    m_tokens = refreshed.value();
    // Rotated refresh tokens must be kept, or the next sync could not refresh.
    const auto stored = co_await m_store->writeTokens(m_account.platform, m_account.accountId, m_tokens);
    if (!stored)
        qCWarning(lcSync) << "could not store refreshed tokens:" << stored.error().kindName();
    co_return {};
}

SyncJob::PageTask SyncJob::pageStep(PageStep step, const QString& cursorArgument,
                                    const ContentPage& listedArgument, Cancellation* stop)
{
    // Copied before any suspension: the caller's values may be gone when this resumes.
    const QString cursor = cursorArgument;
    const ContentPage listed = listedArgument;
    const QPointer<Cancellation> stopping(stop);
    const auto stopped = [this, &stopping] {
        return m_cancelled || !stopping || stopping->isCancelled();
    };
    // One deadline for the step: every request, HttpClient's retries and the attempts below.
    CallScope scope = callScope(m_options.pageTimeout);
    scope.cancellation = stop;
    bool refreshedForThisPage = false;
    int attempt = 0;
    for (;;) {
        ++attempt;
        const QString usedToken = m_tokens.accessToken;
        std::optional<Result<ContentPage, PlatformError>> answer;
        if (step == PageStep::Listing)
            answer.emplace(co_await m_connector->fetchListing(m_tokens, m_platformAccount, cursor, scope));
        else
            answer.emplace(co_await m_connector->completePage(m_tokens, listed, scope));
        auto& page = *answer;
        if (page)
            co_return std::move(page);
        if (stopped())
            co_return PlatformError::make(PlatformError::Kind::Cancelled, tr("The sync was cancelled."));
        const PlatformError& error = page.error();
        qCDebug(lcSync) << platformId(m_account.platform) << "page failed:" << error.logString();
        switch (error.kind) {
        case PlatformError::Kind::Unauthorized: {
            if (m_tokens.accessToken != usedToken && !m_refreshing)
                continue; // the other step of the walk refreshed them meanwhile: try the new ones
            if (refreshedForThisPage) {
                PlatformError e = error;
                e.kind = PlatformError::Kind::ReconnectNeeded;
                co_return e;
            }
            refreshedForThisPage = true;
            const auto refreshed = co_await refreshTokens();
            if (!refreshed) {
                const PlatformError& refused = refreshed.error();
                if (refused.kind == PlatformError::Kind::ReconnectNeeded ||
                    attempt >= m_options.maxPageAttempts)
                    co_return refused;
                if (!co_await waitBeforeRetry(attempt, refused, scope.deadline, stop))
                    co_return outOfTime(refused, scope.deadline);
            }
            continue;
        }
        case PlatformError::Kind::RateLimited:
        case PlatformError::Kind::Server:
        case PlatformError::Kind::Network:
        case PlatformError::Kind::Timeout:
        case PlatformError::Kind::Malformed:
            if (attempt >= m_options.maxPageAttempts)
                co_return scope.deadline.hasExpired() ? outOfTime(error, scope.deadline) : error;
            if (!co_await waitBeforeRetry(attempt, error, scope.deadline, stop))
                co_return outOfTime(error, scope.deadline);
            if (stopped())
                co_return PlatformError::make(PlatformError::Kind::Cancelled, tr("The sync was cancelled."));
            continue;
        default:
            co_return error;
        }
    }
}

QCoro::Task<> SyncJob::reportUsage(SyncOutcome& outcome, bool final)
{
    if (!m_reporter)
        co_return;
    // Sends every pending report, this job's and any other's (another job's, a killed process's); the
    // job's own figures are read from the outbox at the end (finish()).
    const UsageReport report = co_await m_reporter->flush();
    m_unitsSinceReport = 0;
    if (report.error && final)
        addNotice(outcome, tr("The usage of this sync could not be reported yet (%1); it is kept and "
                              "reported with the next sync.")
                               .arg(report.error->userMessage()));
}

QCoro::Task<SyncOutcome> SyncJob::finish(const SyncOutcome& result)
{
    // By reference (g++ 12 mishandles by-value coroutine parameters of class type): copied before any
    // suspension.
    SyncOutcome outcome = result;
    m_progress.retryNotice.clear();
    m_progress.retryIn = {};
    outcome.progress = m_progress;
    if (m_reporter)
        co_await reportUsage(outcome, true);
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    // The job's units are its new items (each page's went to the job's outbox rows in the page's
    // transaction); those still in the outbox are pending, the others the backend confirmed.
    const auto pending = co_await m_store->onLibrary(&UsageOutbox::pendingUnits, m_usageJobId);
    if (pending) {
        outcome.unitsPending = pending.value();
    } else {
        qCWarning(lcSync) << "could not read the job's pending usage:" << pending.error().message;
        outcome.unitsPending = m_progress.newItems; // not known to be confirmed
    }
    outcome.unitsReported = qMax<qint64>(0, m_progress.newItems - outcome.unitsPending);
    const auto stored = co_await m_store->account(platform, accountId);
    if (stored && stored.value())
        outcome.itemCount = stored.value()->itemCount;
    outcome.elapsedMs = m_timer.elapsed();
    if (m_auditRow > 0) {
        const QString status = SyncOutcome::statusId(outcome.status);
        const QString summary =
            QString::fromUtf8(QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact));
        const QDateTime finishedAt = QDateTime::currentDateTimeUtc();
        const auto closed =
            co_await m_store->onLibrary(&SyncLedger::finishJob, m_auditRow, status, summary, finishedAt);
        if (!closed)
            qCWarning(lcSync) << "could not close the audit log row:" << closed.error().message;
    }
    // Cross-posted clips: the automatic groups follow what the sync wrote (on the library's worker).
    const auto grouped = co_await m_store->onLibrary(&ClipGroups::refresh, false);
    if (!grouped)
        qCWarning(lcSync) << "could not group the cross-posted clips:" << grouped.error().message;
    m_running = false;
    co_return outcome;
}

void SyncJob::fail(SyncOutcome& outcome, const PlatformError& error)
{
    outcome.status = error.kind == PlatformError::Kind::Cancelled ? SyncOutcome::Status::Cancelled
                                                                  : SyncOutcome::Status::Failed;
    outcome.errorKind = error.kind;
    outcome.errorMessage = error.message;
    outcome.reconnectNeeded = error.kind == PlatformError::Kind::ReconnectNeeded;
}

QCoro::Task<SyncOutcome> SyncJob::run()
{
    SyncOutcome outcome;
    outcome.platform = m_account.platform;
    outcome.accountId = m_account.accountId;
    outcome.accountName = m_account.displayName.isEmpty() ? m_account.handle : m_account.displayName;
    if (m_running) {
        outcome.errorMessage = tr("This account is already being synced.");
        co_return outcome;
    }
    m_running = true;
    m_timer.start();
    m_jobDeadline = QDeadlineTimer(m_options.jobTimeout);
    m_walkStartedAt = QDateTime::currentDateTimeUtc();
    m_progress = {};
    m_usageJobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_auditRow = 0;
    m_history = {};
    m_historyPrepared = false;
    m_historyBeside.reset();

    if (!co_await loadAccount(outcome))
        co_return co_await finish(outcome);
    if (!co_await beginAuditRow(outcome))
        co_return co_await finish(outcome);
    if (!co_await loadTokens(outcome))
        co_return co_await finish(outcome);
    if (!co_await refreshExpiringTokens(outcome))
        co_return co_await finish(outcome);
    // The quota check needs no answer from the platform: it runs beside the walk's first listings, and no
    // page is completed or committed before it has answered.
    QCoro::Task<bool> quota = checkQuota(outcome);
    const Walk walk = co_await walkPages(outcome, quota);
    if (walk.quotaRefused || !walk.complete)
        co_await stopHistory(); // a history reader started beside the walk ends with it
    if (walk.quotaRefused)
        co_return co_await finish(outcome);
    if (!walk.complete) {
        co_await recordStop(outcome);
        co_return co_await finish(outcome);
    }
    co_await refreshRecentStatistics(outcome);
    if (!co_await pruneDeletedItems(outcome))
        co_return co_await finish(outcome);
    if (co_await completeAccount(outcome, walk.newestExternalId)) {
        outcome.status = SyncOutcome::Status::Succeeded;
        co_await recordItemHistory(outcome);
        if (m_cancelled) {
            outcome.status = SyncOutcome::Status::Cancelled;
            outcome.errorKind = PlatformError::Kind::Cancelled;
            outcome.errorMessage = tr("The sync was cancelled.");
        }
    }
    co_return co_await finish(outcome);
}

QCoro::Task<bool> SyncJob::loadAccount(SyncOutcome& outcome)
{
    // The account's latest state decides between a full and an incremental walk.
    const auto current = co_await m_store->account(m_account.platform, m_account.accountId);
    if (!current) {
        outcome.errorMessage = current.error().message;
        co_return false;
    }
    if (!current.value()) {
        outcome.errorMessage = tr("%1 is not connected.").arg(platformDisplayName(m_account.platform));
        co_return false;
    }
    m_account = *current.value();
    // After a complete sync only the new pages, until a full walk is due again (every item's counters, the
    // deletions).
    const qint64 every = std::chrono::duration_cast<std::chrono::seconds>(m_options.fullWalkEvery).count();
    const bool fullWalkDue =
        every > 0 && (!m_account.fullWalkAt.isValid() ||
                      m_account.fullWalkAt.secsTo(QDateTime::currentDateTimeUtc()) >= every);
    outcome.incremental = m_account.syncComplete && !fullWalkDue;
    co_return true;
}

QCoro::Task<bool> SyncJob::beginAuditRow(SyncOutcome& outcome)
{
    const QString action = QStringLiteral("platform_sync");
    const QString jobType =
        outcome.incremental ? QStringLiteral("incremental_sync") : QStringLiteral("full_sync");
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const auto row = co_await m_store->onLibrary(&SyncLedger::beginJob, action, jobType, startedAt);
    if (!row) {
        outcome.errorMessage = row.error().message;
        co_return false;
    }
    m_auditRow = row.value();
    co_return true;
}

QCoro::Task<bool> SyncJob::loadTokens(SyncOutcome& outcome)
{
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    const auto tokens = co_await m_store->readTokens(platform, accountId);
    if (!tokens) {
        outcome.errorMessage = tokens.error().message();
        co_await m_store->setStatus(platform, accountId, m_account.status, outcome.errorMessage);
        co_return false;
    }
    if (!tokens.value()) {
        fail(outcome, PlatformError::make(
                          PlatformError::Kind::ReconnectNeeded,
                          tr("The %1 sign-in of this account is missing from the keychain: reconnect it.")
                              .arg(platformDisplayName(platform))));
        co_await m_store->setStatus(platform, accountId, AccountStatus::ReconnectNeeded,
                                    outcome.errorMessage);
        co_return false;
    }
    m_tokens = *tokens.value();
    co_return true;
}

QCoro::Task<bool> SyncJob::checkQuota(SyncOutcome& outcome)
{
    // Going over is allowed (billed as overage) and the user is told; signed out, nothing is synced.
    if (!m_reporter)
        co_return true;
    const auto quota = co_await m_reporter->checkQuota();
    if (!quota) {
        if (quota.error().isUnauthorized()) {
            outcome.errorMessage =
                tr("Sign in to StreamVibe to sync: your usage is counted against your plan.");
            co_return false;
        }
        addNotice(outcome, tr("Your quota could not be checked (%1); the sync continues and the usage is "
                              "reported later.")
                               .arg(quota.error().userMessage()));
    } else if (quota->isOver()) {
        addNotice(outcome, UsageReporter::overageNotice(*quota));
    }
    co_return true;
}

QCoro::Task<bool> SyncJob::refreshExpiringTokens(SyncOutcome& outcome)
{
    if (!m_tokens.accessExpiresWithin(m_options.refreshMargin))
        co_return true;
    const auto refreshed = co_await refreshTokens();
    // Any other failure is not fatal: the page request will tell.
    if (refreshed || refreshed.error().kind != PlatformError::Kind::ReconnectNeeded)
        co_return true;
    fail(outcome, refreshed.error());
    co_await m_store->setStatus(m_account.platform, m_account.accountId, AccountStatus::ReconnectNeeded,
                                refreshed.error().message);
    co_return false;
}

QCoro::Task<SyncJob::Walk> SyncJob::walkPages(SyncOutcome& outcome, QCoro::Task<bool>& quota)
{
    Walk walk;
    bool quotaChecked = false;
    // The listings are the dependent chain (each needs the previous page's cursor): in a full walk the lister
    // asks for each as soon as it has the cursor, up to two pages ahead of the one being completed and
    // committed here. So at most two requests of the job are in flight (a listing, a completion) and pages
    // are committed one at a time, in order. An incremental walk usually ends at its first page: the next
    // listing is allowed only after committing this one, spending no request on a page it will not need.
    const bool overlap = !outcome.incremental;
    const bool completes = m_connector->completesPages();
    Cancellation listingStop; // ends the lister (and its listing in flight) when the walk stops
    connect(&m_cancellation, &Cancellation::cancelled, &listingStop, &Cancellation::cancel);
    if (m_cancelled)
        listingStop.cancel();
    Listings listings;
    listings.allowed = overlap ? 2 : 1;
    QCoro::Task<> lister = listPages(listings, &listingStop);
    while (!m_cancelled) {
        if (listings.ready.empty()) {
            if (listings.done)
                break;
            co_await awaitSignal(this, &SyncJob::pageListed);
            continue;
        }
        auto page = std::move(listings.ready.front());
        listings.ready.pop_front();
        if (!page) {
            fail(outcome, page.error());
            break;
        }
        if (!quotaChecked) {
            quotaChecked = true;
            if (!co_await quota) {
                walk.quotaRefused = true;
                break;
            }
        }
        const QString cursor = page->nextCursor;
        if (overlap)
            allowListing(listings);
        if (completes) {
            auto completed = co_await pageStep(PageStep::Completion, QString(), *page, &m_cancellation);
            if (m_cancelled)
                break;
            if (!completed) {
                fail(outcome, completed.error());
                break;
            }
            page = std::move(completed);
        }
        ContentPage& p = page.value();
        if (p.totalItems)
            m_progress.totalItems = p.totalItems;
        if (walk.newestExternalId.isEmpty() && !p.items.isEmpty())
            walk.newestExternalId = p.items.first().externalId;
        const std::optional<bool> allKnown = co_await commitPage(outcome, p);
        if (!allKnown)
            break;
        if (!m_historyPrepared && (!completes || listings.done)) {
            // A request slot is free for the rest of the walk (no completion step: from the first page on;
            // else once the last page is listed): the history's first reader takes it.
            const bool toRead = co_await prepareHistory(outcome, historyLimit(outcome));
            if (toRead)
                m_historyBeside.emplace(readItemHistory(m_history));
        }
        if (*allKnown || cursor.isEmpty()) {
            walk.complete = true;
            break;
        }
        if (m_reporter && m_unitsSinceReport >= m_options.reportEveryItems)
            co_await reportUsage(outcome, false);
        if (!overlap)
            allowListing(listings);
    }
    // Nothing of this job is left running: a listing not used is aborted, the lister and the quota check
    // awaited (a refused quota stops the job as if it had been checked first).
    listingStop.cancel();
    Q_EMIT listingsAllowed();
    co_await lister;
    if (!quotaChecked && !co_await quota)
        walk.quotaRefused = true;
    co_return walk;
}

void SyncJob::allowListing(Listings& listings)
{
    ++listings.allowed;
    Q_EMIT listingsAllowed();
}

QCoro::Task<> SyncJob::listPages(Listings& listings, Cancellation* stop)
{
    const ContentPage noPage;
    QString cursor;
    int started = 0;
    while (!stop->isCancelled()) {
        if (started >= listings.allowed) {
            co_await awaitSignal(this, &SyncJob::listingsAllowed);
            continue;
        }
        ++started;
        auto page = co_await pageStep(PageStep::Listing, cursor, noPage, stop);
        const bool last = !page || page->nextCursor.isEmpty();
        if (!last)
            cursor = page->nextCursor;
        listings.ready.push_back(std::move(page));
        Q_EMIT pageListed();
        if (last)
            break;
    }
    listings.done = true;
    Q_EMIT pageListed();
}

QCoro::Task<std::optional<bool>> SyncJob::commitPage(SyncOutcome& outcome, ContentPage& page)
{
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    // Items of other accounts or platforms never enter this account.
    for (ContentItem& item : page.items) {
        item.platform = platform;
        item.account = accountId;
    }

    bool allKnown = false;
    if (outcome.incremental && !page.items.isEmpty()) {
        QStringList ids;
        ids.reserve(page.items.size());
        for (const ContentItem& item : std::as_const(page.items))
            ids.append(item.externalId);
        const auto known =
            co_await m_store->onLibrary(&LibraryDatabase::knownExternalIds, platform, accountId, ids);
        if (!known) {
            fail(outcome, PlatformError::make(PlatformError::Kind::Server, known.error().message));
            co_return std::nullopt;
        }
        allKnown = known->size() >= QSet<QString>(ids.cbegin(), ids.cend()).size();
    }

    if (page.followers) {
        // Performance over time: the account's followers, recorded when they changed.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto recorded = co_await m_store->onLibrary(&ContentHistory::recordFollowers, platform,
                                                          accountId, *page.followers, now);
        if (!recorded)
            qCWarning(lcSync) << "could not record the follower count:" << recorded.error().message;
    }

    SyncBatch batch;
    batch.platform = platform;
    batch.accountId = accountId;
    batch.items = std::move(page.items);
    batch.usageJobId = m_usageJobId;
    const int count = int(batch.items.size());
    const auto committed = co_await m_store->onLibrary(&SyncLedger::commitBatch, batch);
    if (!committed) {
        fail(outcome, PlatformError::make(PlatformError::Kind::Server, committed.error().message));
        co_return std::nullopt;
    }
    m_progress.pages += 1;
    m_progress.items += count;
    m_progress.newItems += committed->newItems;
    m_progress.retryNotice.clear(); // the page came: no retry pending any more
    m_progress.retryIn = {};
    m_unitsSinceReport += committed->newItems;
    if (count > 0) {
        m_store->library()->notifyContentChanged();
        Q_EMIT itemsCommitted(platform, count, committed->newItems);
    }
    m_progress.elapsedMs = m_timer.elapsed();
    Q_EMIT progress(m_progress);
    co_return allKnown;
}

QCoro::Task<> SyncJob::recordStop(SyncOutcome& outcome)
{
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    if (m_cancelled) {
        outcome.status = SyncOutcome::Status::Cancelled;
        outcome.errorKind = PlatformError::Kind::Cancelled;
        outcome.errorMessage = tr("The sync was cancelled.");
        const QString noError;
        co_await m_store->setStatus(platform, accountId, AccountStatus::Connected, noError);
        co_return;
    }
    const AccountStatus status =
        outcome.reconnectNeeded ? AccountStatus::ReconnectNeeded : AccountStatus::Connected;
    co_await m_store->setStatus(platform, accountId, status, outcome.errorMessage);
}

QCoro::Task<> SyncJob::refreshRecentStatistics(SyncOutcome& outcome)
{
    // Fresh statistics for the most recent items (an incremental walk did not re-read them all), and where
    // the platform reads items by id cheaply a slice of the older ones, those refreshed longest ago first:
    // every item's counters change within a bounded number of syncs.
    if (!outcome.incremental || m_options.recentStatisticsItems <= 0)
        co_return;
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    const int limit = m_options.recentStatisticsItems;
    auto recent = co_await m_store->onLibrary(&LibraryDatabase::recentItems, platform, accountId, limit);
    if (!recent || recent->isEmpty())
        co_return;
    QList<ContentItem> items = std::move(recent.value());
    if (const int older = m_connector->olderStatisticsPerSync(); older > 0) {
        const auto slice = co_await m_store->onLibrary(&LibraryDatabase::leastRecentlyRefreshedItems,
                                                       platform, accountId, limit, older);
        if (slice)
            items.append(slice.value());
        else
            qCWarning(lcSync) << "statistics: could not read the library:" << slice.error().message;
    }
    const CallScope statsScope = callScope(m_options.pageTimeout);
    auto stats = co_await m_connector->refreshStatistics(m_tokens, m_platformAccount, items, statsScope);
    if (!stats && stats.error().kind == PlatformError::Kind::Unauthorized) {
        const auto refreshed = co_await refreshTokens();
        if (refreshed)
            stats = co_await m_connector->refreshStatistics(m_tokens, m_platformAccount, items, statsScope);
    }
    if (!stats) {
        addNotice(outcome,
                  tr("The statistics of recent items could not be refreshed: %1").arg(stats.error().message));
        co_return;
    }
    QList<ContentItem> fresh = stats.value();
    for (ContentItem& item : fresh) {
        item.platform = platform;
        item.account = accountId;
    }
    const auto updated = co_await m_store->onLibrary(&LibraryDatabase::updateStatistics, fresh);
    if (updated)
        outcome.statisticsRefreshed = updated.value();
}

QCoro::Task<bool> SyncJob::pruneDeletedItems(SyncOutcome& outcome)
{
    // A full walk saw every item the platform still lists: the others were deleted there and go here too.
    if (outcome.incremental)
        co_return true;
    const auto pruned = co_await m_store->onLibrary(&LibraryDatabase::pruneItemsNotSeenSince,
                                                    m_account.platform, m_account.accountId, m_walkStartedAt);
    if (!pruned) {
        outcome.errorMessage = pruned.error().message;
        co_return false;
    }
    outcome.itemsPruned = pruned.value();
    if (outcome.itemsPruned > 0)
        m_store->library()->notifyContentChanged();
    co_return true;
}

QCoro::Task<bool> SyncJob::completeAccount(SyncOutcome& outcome, const QString& newestExternalId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool fullWalk = !outcome.incremental;
    const auto finished = co_await m_store->onLibrary(&AccountTable::finishSync, m_account.platform,
                                                      m_account.accountId, now, newestExternalId, fullWalk);
    if (!finished) {
        outcome.errorMessage = finished.error().message;
        co_return false;
    }
    co_return true;
}

QString SyncJob::notGrantedNote() const
{
    return tr("This %1 connection does not include its analytics, so no history was read. Reconnect %1 to "
              "include it.")
        .arg(platformDisplayName(m_account.platform));
}

QCoro::Task<bool> SyncJob::prepareHistory(SyncOutcome& outcome, int limit)
{
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    m_historyPrepared = true;
    HistoryWork& work = m_history;
    work.kind = m_connector->itemHistory(m_tokens);
    if (work.kind == ItemHistoryKind::NotGranted) {
        outcome.historyNote = notGrantedNote();
        qCInfo(lcSync).noquote() << platformId(platform) << "history not granted";
        co_return false;
    }
    if (work.kind == ItemHistoryKind::None || limit <= 0 || m_cancelled)
        co_return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One bookkeeping for both kinds: the latest point of the platform's source says when an item was read.
    using Order = ContentHistory::BackfillOrder;
    const bool daily = work.kind == ItemHistoryKind::DailyIncrements;
    // YouTube Analytics: videos never read, or not read today (what the platform processed since is new),
    // the most recently published first. Instagram insights (lifetime totals, one request per media): every
    // item in turn, those never read first, then those read longest ago, so that each sync's budget goes
    // round the whole library instead of reading the same newest media again.
    const QString source = daily ? QStringLiteral("youtube_analytics") : QStringLiteral("instagram_insights");
    work.source = source;
    const QDateTime writtenBefore = daily ? QDateTime(now.date(), QTime(0, 0), Qt::UTC) : now;
    const Order order = daily ? Order::NewestFirst : Order::LeastRecentlyRead;
    const auto items = co_await m_store->onLibrary(&ContentHistory::itemsToBackfill, platform, accountId,
                                                   source, writtenBefore, limit, order);
    if (!items) {
        qCWarning(lcSync) << "history: could not read the library:" << items.error().message;
        co_return false;
    }
    work.items = items.value();
    if (daily)
        work.keepFrom = now.date().addDays(-HistoryDays);
    co_return !work.items.isEmpty();
}

int SyncJob::historyLimit(const SyncOutcome& outcome) const
{
    // A full walk that keeps both request slots busy (YouTube: listings and videos.list) leaves the history
    // little to overlap with: it reads fewer items then, the next syncs the rest.
    const bool fullWalkBusy = !outcome.incremental && m_connector->completesPages();
    return fullWalkBusy ? qMin(m_options.historyItemsFullWalk, m_options.historyItemsPerSync)
                        : m_options.historyItemsPerSync;
}

QCoro::Task<> SyncJob::stopHistory()
{
    m_history.stopped = true;
    if (m_historyBeside)
        co_await *m_historyBeside;
    m_historyBeside.reset();
}

QCoro::Task<> SyncJob::recordItemHistory(SyncOutcome& outcome)
{
    const Platform platform = m_account.platform;
    if (!m_historyPrepared) {
        const bool toRead = co_await prepareHistory(outcome, historyLimit(outcome));
        if (!toRead)
            co_return;
    }
    // Two readers: at most two requests of the job in flight, as in the walk.
    QCoro::Task<> second = readItemHistory(m_history);
    if (m_historyBeside) {
        co_await *m_historyBeside;
        m_historyBeside.reset();
    } else {
        QCoro::Task<> first = readItemHistory(m_history);
        co_await first;
    }
    co_await second;
    const HistoryWork& work = m_history;
    outcome.historyItems = work.recorded;
    if (work.recorded > 0)
        m_store->library()->notifyContentChanged();
    if (work.denied) {
        outcome.historyNote = notGrantedNote();
        qCInfo(lcSync).noquote() << platformId(platform) << "history not granted";
    } else if (work.failure && !m_cancelled) {
        outcome.historyNote =
            tr("%1 did not give the history of some items this time; the next sync reads it.")
                .arg(platformDisplayName(platform));
        qCInfo(lcSync).noquote() << platformId(platform) << "history stopped:" << work.failure->logString();
    } else if (work.skipped > 0 && !m_cancelled) {
        outcome.historyNote =
            tr("%1 did not give the history of %n item(s); the next syncs try again after the other items.",
               nullptr, work.skipped)
                .arg(platformDisplayName(platform));
    }
}

QCoro::Task<> SyncJob::readItemHistory(HistoryWork& work)
{
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;
    while (!m_cancelled && !work.stopped && !work.denied && !work.failure && work.next < work.items.size()) {
        const HistoryBackfill item = work.items[work.next++];
        QDate since = QDateTime::currentDateTimeUtc().date();
        if (work.kind == ItemHistoryKind::DailyIncrements) {
            // From the day after the last one read; the first time from the video's first day (the day
            // before its UTC day covers the platform's Pacific day).
            since = item.last                    ? item.last->day.addDays(1)
                    : item.publishedAt.isValid() ? item.publishedAt.toUTC().date().addDays(-1)
                                                 : since.addDays(-HistoryDays);
        }
        // The scope is a local: g++ 12 destroys a class-type temporary of a co_await expression twice.
        const CallScope scope = callScope(m_options.pageTimeout);
        auto days = co_await m_connector->fetchItemHistory(m_tokens, item.externalId, since, scope);
        if (!days && days.error().kind == PlatformError::Kind::Unauthorized && !m_cancelled) {
            const auto refreshed = co_await refreshTokens();
            if (refreshed) {
                const CallScope again = callScope(m_options.pageTimeout);
                days = co_await m_connector->fetchItemHistory(m_tokens, item.externalId, since, again);
            }
        }
        if (m_cancelled)
            break;
        if (!days) {
            if (days.error().kind == PlatformError::Kind::Denied) {
                work.denied = true;
            } else if (itemFailure(days.error()) && ++work.skippedInARow < MaxSkippedInARow) {
                // Remembered, so that the next syncs read the others before trying it again.
                qCInfo(lcSync).noquote()
                    << platformId(platform) << "history of one item not read:" << days.error().logString();
                work.skipped += 1;
                const QDateTime at = QDateTime::currentDateTimeUtc(); // a local, as the scope above
                const auto noted = co_await m_store->onLibrary(&ContentHistory::recordHistoryAttempt,
                                                               item.contentId, work.source, at);
                if (!noted)
                    qCWarning(lcSync) << "history: could not save:" << noted.error().message;
                continue;
            } else {
                work.failure = days.error();
            }
            break;
        }
        work.skippedInARow = 0;
        const QList<HistoryPoint> points =
            historyPoints(work, item, days.value(), QDateTime::currentDateTimeUtc());
        if (points.isEmpty())
            continue;
        const auto written = co_await m_store->onLibrary(&ContentHistory::recordPlatformPoints, platform,
                                                         accountId, item.externalId, points);
        if (!written) {
            qCWarning(lcSync) << "history: could not save:" << written.error().message;
            work.failure = PlatformError::make(PlatformError::Kind::Server, written.error().message);
            break;
        }
        work.recorded += 1;
    }
}

bool SyncJob::itemFailure(const PlatformError& error)
{
    using K = PlatformError::Kind;
    return error.kind == K::Malformed ||
           (error.kind == K::Server && error.httpStatus >= 400 && error.httpStatus < 500);
}

QList<HistoryPoint> SyncJob::historyPoints(const HistoryWork& work, const HistoryBackfill& item,
                                           const QList<PlatformHistoryDay>& days, const QDateTime& now)
{
    QList<HistoryPoint> points;
    if (work.kind == ItemHistoryKind::LifetimeTotals) {
        for (const PlatformHistoryDay& d : days)
            points.append(
                {d.day, now, d.views, d.likes, d.comments, d.shares, QStringLiteral("instagram_insights")});
        return points;
    }
    // Daily figures summed into running totals, on from the last point read (or from 0 on the first day).
    HistoryPoint running;
    running.source = QStringLiteral("youtube_analytics");
    running.recordedAt = now;
    if (item.last) {
        running.views = item.last->views;
        running.likes = item.last->likes;
        running.comments = item.last->comments;
        running.shares = item.last->shares;
    }
    auto add = [](std::optional<qint64>& total, const std::optional<qint64>& day) {
        if (day)
            total = total.value_or(0) + *day;
    };
    for (const PlatformHistoryDay& d : days) {
        if (item.last && d.day <= item.last->day)
            continue;
        add(running.views, d.views);
        add(running.likes, d.likes);
        add(running.comments, d.comments);
        add(running.shares, d.shares);
        running.day = d.day;
        if (d.day >= work.keepFrom)
            points.append(running);
    }
    // The last day is always kept: the next read goes on from it. Nothing new: the last point is written
    // again with this time, so the video is not read again today.
    if (running.day.isValid() && (points.isEmpty() || points.constLast().day != running.day))
        points.append(running);
    if (!running.day.isValid() && item.last) {
        HistoryPoint again = *item.last;
        again.recordedAt = now;
        points.append(again);
    }
    return points;
}

} // namespace sv
