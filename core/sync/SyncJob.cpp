#include "sync/SyncJob.h"

#include "AwaitSignal.h"

#include "sync/AccountStore.h"
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
                                           const QDeadlineTimer& deadline)
{
    std::chrono::milliseconds delay = m_options.retryDelay * (1 << qMin(attempt - 1, 10));
    if (error.retryAfter)
        delay = std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter);
    delay = qMin(delay, m_options.maxRetryDelay);
    if (!deadline.isForever() && delay.count() >= deadline.remainingTime())
        co_return false;
    announceRetry(error, delay);
    if (delay.count() > 0)
        co_await awaitSignal(&m_cancellation, &Cancellation::cancelled, delay); // a cancel ends it early
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

QCoro::Task<std::optional<PlatformError>> SyncJob::refreshTokens()
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
    auto e1 = co_await m_store->writeTokens(m_account.platform, m_account.accountId, m_tokens);
    if (e1)
        qCWarning(lcSync) << "could not store refreshed tokens:" << e1->kindName();
    co_return std::nullopt;
}

QCoro::Task<Result<ContentPage, PlatformError>> SyncJob::fetchPageWithRetries(const QString& cursor)
{
    // One deadline for the page: every request, HttpClient's retries and the page attempts below.
    const CallScope scope = callScope(m_options.pageTimeout);
    bool refreshedForThisPage = false;
    int attempt = 0;
    for (;;) {
        ++attempt;
        auto page = co_await m_connector->fetchPage(m_tokens, m_platformAccount, cursor, scope);
        if (page)
            co_return page;
        if (m_cancelled)
            co_return PlatformError::make(PlatformError::Kind::Cancelled, tr("The sync was cancelled."));
        const PlatformError& error = page.error();
        qCDebug(lcSync) << platformId(m_account.platform) << "page failed:" << error.logString();
        switch (error.kind) {
        case PlatformError::Kind::Unauthorized: {
            if (refreshedForThisPage) {
                PlatformError e = error;
                e.kind = PlatformError::Kind::ReconnectNeeded;
                co_return e;
            }
            refreshedForThisPage = true;
            auto e2 = co_await refreshTokens();
            if (e2) {
                if (e2->kind == PlatformError::Kind::ReconnectNeeded || attempt >= m_options.maxPageAttempts)
                    co_return *e2;
                if (!co_await waitBeforeRetry(attempt, *e2, scope.deadline))
                    co_return outOfTime(*e2, scope.deadline);
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
            if (!co_await waitBeforeRetry(attempt, error, scope.deadline))
                co_return outOfTime(error, scope.deadline);
            if (m_cancelled)
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

QCoro::Task<SyncOutcome> SyncJob::finish(const SyncOutcome& result, qint64 jobId)
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
    const QString usageJobId = m_usageJobId;
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<Result<qint64, LibraryError>(LibraryDatabase&)> libraryCall6 =
        [usageJobId](LibraryDatabase& db) {
            return db.pendingUsageUnits(usageJobId);
        };
    const auto pending = co_await m_store->onLibrary<qint64>(libraryCall6);
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
    if (jobId > 0) {
        const QString status = SyncOutcome::statusId(outcome.status);
        const QString summary =
            QString::fromUtf8(QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact));
        // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
        const std::function<std::optional<LibraryError>(LibraryDatabase&)> libraryCall7 =
            [jobId, status, summary](LibraryDatabase& db) {
                return db.finishJob(jobId, status, summary, QDateTime::currentDateTimeUtc());
            };
        auto e3 = co_await m_store->onLibrary(libraryCall7);
        if (e3)
            qCWarning(lcSync) << "could not close the audit log row:" << e3->message;
    }
    m_running = false;
    co_return outcome;
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
    const Platform platform = m_account.platform;
    const QString accountId = m_account.accountId;

    // The account's latest state decides between a full and an incremental walk.
    const auto current = co_await m_store->account(platform, accountId);
    if (!current) {
        outcome.errorMessage = current.error().message;
        co_return co_await finish(outcome, 0);
    }
    if (!current.value()) {
        outcome.errorMessage = tr("%1 is not connected.").arg(platformDisplayName(platform));
        co_return co_await finish(outcome, 0);
    }
    m_account = *current.value();
    outcome.incremental = m_account.syncComplete;

    const QString action = QStringLiteral("platform_sync");
    const QString jobType =
        outcome.incremental ? QStringLiteral("incremental_sync") : QStringLiteral("full_sync");
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<Result<qint64, LibraryError>(LibraryDatabase&)> libraryCall8 =
        [action, jobType](LibraryDatabase& db) {
            return db.beginJob(action, jobType, QDateTime::currentDateTimeUtc());
        };
    const auto job = co_await m_store->onLibrary<qint64>(libraryCall8);
    if (!job) {
        outcome.errorMessage = job.error().message;
        co_return co_await finish(outcome, 0);
    }
    const qint64 jobId = job.value();

    const auto fail = [&](const PlatformError& error) {
        outcome.status = error.kind == PlatformError::Kind::Cancelled ? SyncOutcome::Status::Cancelled
                                                                      : SyncOutcome::Status::Failed;
        outcome.errorKind = error.kind;
        outcome.errorMessage = error.message;
        outcome.reconnectNeeded = error.kind == PlatformError::Kind::ReconnectNeeded;
    };

    // Tokens from the keychain.
    const auto tokens = co_await m_store->readTokens(platform, accountId);
    if (!tokens) {
        outcome.errorMessage = tokens.error().message();
        co_await m_store->setStatus(platform, accountId, m_account.status, outcome.errorMessage);
        co_return co_await finish(outcome, jobId);
    }
    if (!tokens.value()) {
        fail(PlatformError::make(
            PlatformError::Kind::ReconnectNeeded,
            tr("The %1 sign-in of this account is missing from the keychain: reconnect it.")
                .arg(platformDisplayName(platform))));
        co_await m_store->setStatus(platform, accountId, AccountStatus::ReconnectNeeded,
                                    outcome.errorMessage);
        co_return co_await finish(outcome, jobId);
    }
    m_tokens = *tokens.value();

    // Quota first: going over is allowed (billed as overage) and the user is told.
    if (m_reporter) {
        const auto quota = co_await m_reporter->checkQuota();
        if (!quota) {
            if (quota.error().isUnauthorized()) {
                outcome.errorMessage =
                    tr("Sign in to StreamVibe to sync: your usage is counted against your plan.");
                co_return co_await finish(outcome, jobId);
            }
            addNotice(outcome, tr("Your quota could not be checked (%1); the sync continues and the usage is "
                                  "reported later.")
                                   .arg(quota.error().userMessage()));
        } else if (quota->isOver()) {
            addNotice(outcome, UsageReporter::overageNotice(*quota));
        }
    }

    if (m_tokens.accessExpiresWithin(m_options.refreshMargin)) {
        auto e4 = co_await refreshTokens();
        if (e4) {
            if (e4->kind == PlatformError::Kind::ReconnectNeeded) {
                fail(*e4);
                co_await m_store->setStatus(platform, accountId, AccountStatus::ReconnectNeeded, e4->message);
                co_return co_await finish(outcome, jobId);
            }
            // Not fatal: the page request will tell.
        }
    }

    QString cursor;
    QString newestExternalId;
    bool complete = false;
    while (!m_cancelled) {
        auto page = co_await fetchPageWithRetries(cursor);
        if (m_cancelled)
            break;
        if (!page) {
            fail(page.error());
            break;
        }
        ContentPage& p = page.value();
        if (p.totalItems)
            m_progress.totalItems = p.totalItems;
        if (newestExternalId.isEmpty() && !p.items.isEmpty())
            newestExternalId = p.items.first().externalId;
        // Items of other accounts or platforms never enter this account.
        for (ContentItem& item : p.items) {
            item.platform = platform;
            item.account = accountId;
        }

        bool allKnown = false;
        if (outcome.incremental && !p.items.isEmpty()) {
            QStringList ids;
            ids.reserve(p.items.size());
            for (const ContentItem& item : std::as_const(p.items))
                ids.append(item.externalId);
            // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
            const std::function<Result<QSet<QString>, LibraryError>(LibraryDatabase&)> libraryCall9 =
                [platform, accountId, ids](LibraryDatabase& db) {
                    return db.knownExternalIds(platform, accountId, ids);
                };
            const auto known = co_await m_store->onLibrary<QSet<QString>>(libraryCall9);
            if (!known) {
                fail(PlatformError::make(PlatformError::Kind::Server, known.error().message));
                break;
            }
            allKnown = known->size() >= QSet<QString>(ids.cbegin(), ids.cend()).size();
        }

        SyncBatch batch;
        batch.platform = platform;
        batch.accountId = accountId;
        batch.items = std::move(p.items);
        batch.usageJobId = m_usageJobId;
        const int count = int(batch.items.size());
        // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
        const std::function<Result<SyncBatchResult, LibraryError>(LibraryDatabase&)> libraryCall10 =
            [batch](LibraryDatabase& db) {
                return db.commitSyncBatch(batch);
            };
        const auto committed = co_await m_store->onLibrary<SyncBatchResult>(libraryCall10);
        if (!committed) {
            fail(PlatformError::make(PlatformError::Kind::Server, committed.error().message));
            break;
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
        Q_EMIT progress(m_progress);

        if (allKnown || p.nextCursor.isEmpty()) {
            complete = true;
            break;
        }
        cursor = p.nextCursor;
        if (m_reporter && m_unitsSinceReport >= m_options.reportEveryItems)
            co_await reportUsage(outcome, false);
    }

    if (m_cancelled && !complete) {
        outcome.status = SyncOutcome::Status::Cancelled;
        outcome.errorKind = PlatformError::Kind::Cancelled;
        outcome.errorMessage = tr("The sync was cancelled.");
        co_await m_store->setStatus(platform, accountId, AccountStatus::Connected, QString());
        co_return co_await finish(outcome, jobId);
    }
    if (!complete) {
        const AccountStatus status =
            outcome.reconnectNeeded ? AccountStatus::ReconnectNeeded : AccountStatus::Connected;
        co_await m_store->setStatus(platform, accountId, status, outcome.errorMessage);
        co_return co_await finish(outcome, jobId);
    }

    // Fresh statistics for the most recent items (an incremental walk did not re-read them all).
    if (outcome.incremental && m_options.recentStatisticsItems > 0) {
        const int limit = m_options.recentStatisticsItems;
        // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
        const std::function<Result<QList<ContentItem>, LibraryError>(LibraryDatabase&)> libraryCall11 =
            [platform, accountId, limit](LibraryDatabase& db) {
                return db.recentItems(platform, accountId, limit);
            };
        const auto recent = co_await m_store->onLibrary<QList<ContentItem>>(libraryCall11);
        if (recent && !recent->isEmpty()) {
            const CallScope statsScope = callScope(m_options.pageTimeout);
            auto stats = co_await m_connector->refreshStatistics(m_tokens, m_platformAccount, recent.value(),
                                                                 statsScope);
            if (!stats && stats.error().kind == PlatformError::Kind::Unauthorized) {
                const auto awaited5 = co_await refreshTokens();
                if (!awaited5)
                    stats = co_await m_connector->refreshStatistics(m_tokens, m_platformAccount,
                                                                    recent.value(), statsScope);
            }
            if (stats) {
                QList<ContentItem> fresh = stats.value();
                for (ContentItem& item : fresh) {
                    item.platform = platform;
                    item.account = accountId;
                }
                // A named function object: g++ 12 destroys a temporary closure in a co_await expression
                // twice.
                const std::function<Result<int, LibraryError>(LibraryDatabase&)> libraryCall12 =
                    [fresh](LibraryDatabase& db) {
                        return db.updateStatistics(fresh);
                    };
                const auto updated = co_await m_store->onLibrary<int>(libraryCall12);
                if (updated)
                    outcome.statisticsRefreshed = updated.value();
            } else {
                addNotice(outcome, tr("The statistics of recent items could not be refreshed: %1")
                                       .arg(stats.error().message));
            }
        }
    }

    // A full walk saw every item the platform still lists: the others were deleted there and go here too.
    if (!outcome.incremental) {
        const QDateTime walkStartedAt = m_walkStartedAt;
        // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
        const std::function<Result<int, LibraryError>(LibraryDatabase&)> pruneCall =
            [platform, accountId, walkStartedAt](LibraryDatabase& db) {
                return db.pruneItemsNotSeenSince(platform, accountId, walkStartedAt);
            };
        const auto pruned = co_await m_store->onLibrary<int>(pruneCall);
        if (!pruned) {
            outcome.errorMessage = pruned.error().message;
            co_return co_await finish(outcome, jobId);
        }
        outcome.itemsPruned = pruned.value();
        if (outcome.itemsPruned > 0)
            m_store->library()->notifyContentChanged();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<std::optional<LibraryError>(LibraryDatabase&)> libraryCall13 =
        [platform, accountId, now, newestExternalId](LibraryDatabase& db) {
            return db.finishAccountSync(platform, accountId, now, newestExternalId);
        };
    if (auto e = co_await m_store->onLibrary(libraryCall13)) {
        outcome.errorMessage = e->message;
        co_return co_await finish(outcome, jobId);
    }
    outcome.status = SyncOutcome::Status::Succeeded;
    co_return co_await finish(outcome, jobId);
}

} // namespace sv
