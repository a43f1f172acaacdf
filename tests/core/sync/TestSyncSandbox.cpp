// Connect + sync against the sandbox with the real connectors, keychain (KEYRING) and library files:
// full syncs of every platform, faults, incremental syncs, quota and malformed pages, reconnect, usage
// reporting through the outbox, disconnect.
#include "SyncTestSupport.h"

#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "cache/Clock.h"
#include "cache/LayeredCache.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sv;
using namespace sv::test;

class TestSyncSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_envs = 0;

    /// A fresh environment (its own user, library file and keychain service) on `sandbox`.
    std::unique_ptr<SyncEnvironment> environment(SandboxProcess& sandbox)
    {
        auto env = std::make_unique<SyncEnvironment>();
        ++m_envs;
        const QString error = env->setUp(sandbox, m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(m_envs)),
                                         QStringLiteral("sync%1@example.test").arg(m_envs),
                                         QStringLiteral("StreamVibeSyncTest%1").arg(m_envs));
        if (!error.isEmpty())
            qWarning("environment: %s", qPrintable(error));
        return error.isEmpty() ? std::move(env) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullSyncOfEveryPlatformThenSearch_data()
    {
        QTest::addColumn<int>("platformIndex");
        for (const Platform p : allPlatforms())
            QTest::newRow(qPrintable(platformId(p))) << int(p);
    }

    void fullSyncOfEveryPlatformThenSearch()
    {
        QFETCH(int, platformIndex);
        const auto platform = Platform(platformIndex);
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        QVERIFY(usedBefore >= 0);

        QSignalSpy accountsChanged(env->manager.get(), &SyncManager::accountsChanged);
        const auto connected = env->connect(platform);
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error()));
        QVERIFY(!connected->accountId.isEmpty());
        QCOMPARE(connected->status, AccountStatus::Connected);
        QVERIFY(accountsChanged.count() >= 1);
        // The tokens are in the keychain under the agreed key, not in the library.
        QVERIFY(env->keychainListing().contains(
            AccountStore::tokenKey(env->profileName, platform, connected->accountId).toString()));

        QSignalSpy progress(env->manager.get(), &SyncManager::syncProgress);
        QSignalSpy committed(env->manager.get(), &SyncManager::itemsCommitted);
        const SyncOutcome outcome = env->sync(platform);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY(!outcome.incremental);
        const QSet<QString> expected = env->platformIds(platform);
        QCOMPARE(expected.size(), 1200);
        QCOMPARE(env->libraryIds(platform), expected);
        QCOMPARE(outcome.progress.newItems, 1200);
        QCOMPARE(outcome.itemCount, 1200);
        QCOMPARE(progress.count(), outcome.progress.pages);
        QVERIFY(committed.count() >= outcome.progress.pages - 1);

        // Usage: checked first, reported once per item, nothing left in the outbox.
        QCOMPARE(outcome.unitsPending, 0);
        QCOMPARE(env->used(sandbox) - usedBefore, 1200);

        // Search finds the synced items.
        const auto account = env->manager->account(platform);
        QVERIFY(account);
        QCOMPARE(account->itemCount, 1200);
        QVERIFY(account->lastSyncedAt.isValid());
        QVERIFY(account->syncComplete);
        const QString sampleId = *expected.begin();
        struct Found
        {
            QString title;
            bool foundByTitle = false;
            qint64 total = 0;
        };
        const Found found = awaitTask(env->library->run<Found>([platform, sampleId](LibraryDatabase& db) {
            Found f;
            SearchQuery all;
            all.platforms = {platform};
            all.limit = 10000;
            const auto r = db.search(all);
            if (!r)
                return f;
            f.total = r->total;
            for (const ContentItem& item : r->items) {
                if (item.externalId == sampleId)
                    f.title = item.title;
            }
            SearchQuery byTitle;
            byTitle.text = QStringLiteral("\"%1\"").arg(f.title);
            byTitle.limit = 50;
            const auto t = db.search(byTitle);
            if (t) {
                for (const ContentItem& item : t->items)
                    f.foundByTitle = f.foundByTitle || item.externalId == sampleId;
            }
            return f;
        }));
        QCOMPARE(found.total, 1200);
        QVERIFY(!found.title.isEmpty());
        QVERIFY2(found.foundByTitle, qPrintable(found.title));

        // One audit_log row per job.
        const qint64 audits = awaitTask(env->library->run<qint64>([](LibraryDatabase& db) -> qint64 {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'platform_sync' AND "
                                       "job_type = 'full_sync' AND status = 'succeeded' AND result LIKE "
                                       "'%\"new_items\":1200%'")) ||
                !q.next())
                return -1;
            return q.value(0).toLongLong();
        }));
        QCOMPARE(audits, 1);
    }

    void faultsStillConvergeToThePlatformsItems_data()
    {
        QTest::addColumn<int>("platformIndex");
        QTest::addColumn<QString>("apiPath");
        // Instagram has no refresh token: an expired long-lived token cannot be refreshed (reconnect), so
        // its mid-sync expiry is covered by revokedGrantAsksToReconnect's logic instead.
        QTest::addColumn<bool>("expireToken");
        QTest::newRow("youtube") << int(Platform::YouTube) << QStringLiteral("/youtube/v3") << true;
        QTest::newRow("instagram") << int(Platform::Instagram) << QStringLiteral("/instagram/graph") << false;
        QTest::newRow("tiktok") << int(Platform::TikTok) << QStringLiteral("/tiktok/v2/video") << true;
    }

    void faultsStillConvergeToThePlatformsItems()
    {
        QFETCH(int, platformIndex);
        const auto platform = Platform(platformIndex);
        QFETCH(QString, apiPath);
        QFETCH(bool, expireToken);
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        QVERIFY(env->connect(platform));
        const QSet<QString> expected = env->platformIds(platform);
        QCOMPARE(expected.size(), 1200);

        // 10% server errors and rate limits, truncated pages, a token expiring mid-sync, and a flaky backend.
        QVERIFY(sandbox.addFault(QStringLiteral("status=503,path=%1,rate=10").arg(apiPath)));
        QVERIFY(sandbox.addFault(QStringLiteral("rate-limit,retry_after=1,path=%1,rate=10").arg(apiPath)));
        QVERIFY(sandbox.addFault(QStringLiteral("truncate,path=%1,count=2").arg(apiPath)));
        if (expireToken)
            QVERIFY(sandbox.addFault(QStringLiteral("expire-token,path=%1,count=1").arg(apiPath)));
        QVERIFY(sandbox.addFault(QStringLiteral("status=500,path=/rest/v1/rpc,rate=10")));

        const SyncOutcome outcome = env->sync(platform);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY(sandbox.clearFaults());
        QCOMPARE(env->libraryIds(platform), expected);
        // The rotated tokens were stored: a second sync works without reconnecting.
        const SyncOutcome again = env->sync(platform);
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QVERIFY(again.incremental);
        QCOMPARE(env->libraryIds(platform), expected);
        awaitTask(env->reporter->flush());
        QCOMPARE(env->used(sandbox) - usedBefore, 1200);
    }

    void incrementalSyncFetchesOnlyNewPages()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        // The quota figures the views show, cached (1 min) in front of the backend.
        ManualClock clock;
        LayeredCache cache(nullptr, clock);
        BillingService billing(env->backend.get(), &cache);
        billing.setClock(&clock);
        billing.setUserId(env->userId);
        env->manager->setBilling(&billing);
        QSignalSpy invalidated(&billing, &BillingService::subscriptionInvalidated);
        const LayeredCache::Key subscriptionKey{DataType::Subscription, env->userId,
                                                QStringLiteral("settings")};
        QCOMPARE(awaitTask(billing.subscription())->value.used, usedBefore);
        QVERIFY(cache.peek(subscriptionKey));

        QVERIFY(env->connect(Platform::YouTube));
        const SyncOutcome full = env->sync(Platform::YouTube);
        QVERIFY2(full.succeeded(), qPrintable(describe(full)));
        QCOMPARE(full.progress.pages, 24); // 50 a page
        // The usage it reported dropped the cached figures: the next read has them, within the TTL too.
        QCOMPARE(invalidated.count(), 1);
        QVERIFY(!cache.peek(subscriptionKey));
        const auto afterFull = awaitTask(billing.subscription());
        QVERIFY(afterFull);
        QVERIFY(!afterFull->freshness.fromCache);
        QCOMPARE(afterFull->value.used, usedBefore + 1200);

        // Nothing new: one page, then the statistics of the recent items.
        const SyncOutcome unchanged = env->sync(Platform::YouTube);
        QVERIFY2(unchanged.succeeded(), qPrintable(describe(unchanged)));
        QVERIFY(unchanged.incremental);
        QCOMPARE(unchanged.progress.pages, 1);
        QCOMPARE(unchanged.progress.newItems, 0);
        QVERIFY(unchanged.statisticsRefreshed > 0);
        QCOMPARE(invalidated.count(), 1); // nothing reported: the cached figures stay
        QVERIFY(cache.peek(subscriptionKey));

        // 60 items the library has not seen (the newest ones): two new pages and the first known one.
        const QString accountId = env->manager->account(Platform::YouTube)->accountId;
        const int removed = awaitTask(env->library->run<int>([accountId](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            q.prepare(
                QStringLiteral("DELETE FROM content WHERE id IN (SELECT id FROM content WHERE account = ? "
                               "ORDER BY published_at DESC LIMIT 60)"));
            q.addBindValue(accountId);
            return q.exec() ? q.numRowsAffected() : -1;
        }));
        QCOMPARE(removed, 60);
        const SyncOutcome incremental = env->sync(Platform::YouTube);
        QVERIFY2(incremental.succeeded(), qPrintable(describe(incremental)));
        QVERIFY(incremental.incremental);
        QCOMPARE(incremental.progress.pages, 3);
        QCOMPARE(incremental.progress.newItems, 60);
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 1200);
        QCOMPARE(env->used(sandbox) - usedBefore, 1200 + 60);
        QCOMPARE(invalidated.count(), 2);
        env->manager->setBilling(nullptr);
    }

    void malformedPageStopsKeepingCommittedItems()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::TikTok));
        const QSet<QString> expected = env->platformIds(Platform::TikTok);
        // After three committed pages every answer of the video list is malformed.
        bool armed = false;
        QObject guard;
        connect(env->manager.get(), &SyncManager::syncProgress, &guard, [&](Platform, const SyncProgress& p) {
            if (p.pages == 3 && !armed) {
                armed = true;
                sandbox.addFault(QStringLiteral("malformed,path=/tiktok/v2/video"));
            }
        });
        const SyncOutcome failed = env->sync(Platform::TikTok);
        QVERIFY(armed);
        QCOMPARE(failed.status, SyncOutcome::Status::Failed);
        QCOMPARE(failed.errorKind, std::optional(PlatformError::Kind::Malformed));
        QVERIFY(!failed.errorMessage.isEmpty());
        QCOMPARE(failed.progress.pages, 3);
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 60); // 20 a page, kept
        QCOMPARE(env->manager->account(Platform::TikTok)->lastError, failed.errorMessage);

        QVERIFY(sandbox.clearFaults());
        const SyncOutcome resumed = env->sync(Platform::TikTok);
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QVERIFY(!resumed.incremental); // the interrupted sync is walked again in full
        QCOMPARE(env->libraryIds(Platform::TikTok), expected);
        QCOMPARE(resumed.progress.newItems, 300 - 60);
    }

    void platformQuotaErrorStopsTheJob()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::YouTube));
        QVERIFY(sandbox.addFault(QStringLiteral("quota,path=/youtube/v3")));
        QSignalSpy notifications(env->manager.get(), &SyncManager::notification);
        const SyncOutcome outcome = env->sync(Platform::YouTube);
        QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
        QCOMPARE(outcome.errorKind, std::optional(PlatformError::Kind::QuotaExceeded));
        QVERIFY(!outcome.errorMessage.isEmpty());
        QVERIFY(!outcome.reconnectNeeded);
        QCOMPARE(env->manager->account(Platform::YouTube)->status, AccountStatus::Connected);
        // A failed sync is always notified.
        QCOMPARE(notifications.count(), 1);
        QCOMPARE(notifications.at(0).at(1).toBool(), true);
        QVERIFY(notifications.at(0).at(0).toString().contains(outcome.errorMessage));
    }

    void revokedGrantAsksToReconnect()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const auto connected = env->connect(Platform::YouTube);
        QVERIFY(connected);
        const auto tokens = awaitTask(env->store->readTokens(Platform::YouTube, connected->accountId));
        QVERIFY(tokens && tokens.value());
        // The user revokes the grant at Google: the access token stops working, the refresh is refused.
        const auto revoked = sandbox.request(
            "POST", sandbox.url(QStringLiteral("/youtube/revoke?token=") + tokens.value()->refreshToken));
        QCOMPARE(revoked.status, 200);
        const SyncOutcome outcome = env->sync(Platform::YouTube);
        QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
        QVERIFY2(outcome.reconnectNeeded, qPrintable(describe(outcome)));
        QCOMPARE(env->manager->account(Platform::YouTube)->status, AccountStatus::ReconnectNeeded);
        // It is not synced again until it is reconnected.
        QVERIFY(!env->manager->sync(Platform::YouTube));
        const SyncOutcome refused = env->sync(Platform::YouTube);
        QVERIFY(refused.reconnectNeeded);
        QCOMPARE(refused.progress.pages, 0);

        // Reconnecting brings the account back.
        const auto again = env->connect(Platform::YouTube);
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE(again->status, AccountStatus::Connected);
        const SyncOutcome after = env->sync(Platform::YouTube);
        QVERIFY2(after.succeeded(), qPrintable(describe(after)));
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 120);
    }

    void usageWaitsInTheOutboxWhileTheBackendFails()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        QVERIFY(env->connect(Platform::Instagram));
        QVERIFY(sandbox.addFault(QStringLiteral("status=503,path=/rest/v1/rpc")));
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.unitsReported, 0);
        QCOMPARE(outcome.unitsPending, 300);
        QVERIFY(!outcome.notices.isEmpty()); // the user is told the report is delayed
        QCOMPARE(env->used(sandbox), usedBefore);

        QVERIFY(sandbox.clearFaults());
        const UsageReport report = awaitTask(env->reporter->flush());
        QVERIFY(!report.error);
        QCOMPARE(report.units, 300);
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
        // Flushing again sends nothing: each key is reported once.
        const UsageReport second = awaitTask(env->reporter->flush());
        QCOMPARE(second.reports, 0);
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
    }

    /// Issue 13, defect 4: the backend refuses the user's access token although it is still valid locally.
    /// The session is refreshed once and the sync goes on (quota check, usage report) instead of "Sign in to
    /// StreamVibe to sync"; the usage figures read afterwards need no further refresh.
    void refusedAccessTokenIsRefreshedAndTheSyncGoesOn()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        // The app's session, signed in as the environment's user: it becomes the backend's token source.
        SessionManager session(env->backend.get(), env->secrets.get(), env->profileName);
        const auto signedIn = awaitTask(session.signInWithPassword(
            QStringLiteral("sync%1@example.test").arg(m_envs), QStringLiteral("pw-123456")));
        QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message));
        QVERIFY(env->connect(Platform::Instagram));
        const qint64 usedBefore = env->used(sandbox);
        const QString refused = session.accessToken();
        QSignalSpy refreshed(&session, &SessionManager::sessionRefreshed);
        QSignalSpy signedOut(&session, &SessionManager::signedOut);

        QVERIFY(sandbox.addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(env->libraryIds(Platform::Instagram).size(), 120);
        QCOMPARE(outcome.unitsReported, 120);
        QCOMPARE(outcome.unitsPending, 0);
        QCOMPARE(env->used(sandbox) - usedBefore, 120);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(signedOut.size(), 0);
        QVERIFY(session.isSignedIn());
        QVERIFY(session.accessToken() != refused);

        const auto quota = awaitTask(env->reporter->checkQuota());
        QVERIFY2(quota, quota ? "" : qPrintable(quota.error().logString()));
        QCOMPARE(quota->used, usedBefore + 120);
        QCOMPARE(refreshed.size(), 1);
    }

    void overQuotaSyncContinuesAndSaysOverageIsBilled()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::TikTok));
        // Use the whole quota first (through the same RPC the app uses).
        const auto quota = awaitTask(env->reporter->checkQuota());
        QVERIFY2(quota, quota ? "" : qPrintable(quota.error().logString()));
        const qint64 missing = quota->quota - quota->used;
        if (missing > 0) {
            const auto r = awaitTask(
                env->backend->rpc(QStringLiteral("increment_usage"),
                                  {{QStringLiteral("p_units"), missing},
                                   {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                                   {QStringLiteral("p_idempotency_key"), QStringLiteral("fill-quota")}}));
            QVERIFY(r);
        }
        const SyncOutcome outcome = env->sync(Platform::TikTok);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY2(!outcome.notices.isEmpty() && outcome.notices.first().contains(QLatin1String("overage")),
                 qPrintable(outcome.notices.join(QLatin1Char('|'))));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 120);
    }

    void disconnectRemovesTheTokensAndOptionallyTheItems()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const auto yt = env->connect(Platform::YouTube);
        const auto tt = env->connect(Platform::TikTok);
        QVERIFY(yt && tt);
        QVERIFY(env->sync(Platform::YouTube).succeeded());
        QVERIFY(env->sync(Platform::TikTok).succeeded());
        const QString ytKey =
            AccountStore::tokenKey(env->profileName, Platform::YouTube, yt->accountId).toString();
        const QString ttKey =
            AccountStore::tokenKey(env->profileName, Platform::TikTok, tt->accountId).toString();
        QString listing = env->keychainListing();
        QVERIFY2(listing.contains(ytKey) && listing.contains(ttKey), qPrintable(listing));
        const auto ytTokens = awaitTask(env->store->readTokens(Platform::YouTube, yt->accountId));
        QVERIFY(ytTokens && ytTokens.value());

        // YouTube: revoked, tokens gone, items kept.
        const auto keep = awaitTask(env->manager->disconnectPlatform(Platform::YouTube, false));
        QVERIFY2(keep, keep ? "" : qPrintable(keep.error()));
        QVERIFY(keep->revoked);
        QCOMPARE(keep->itemsRemoved, 0);
        listing = env->keychainListing();
        QVERIFY2(!listing.contains(ytKey), qPrintable(listing));
        QVERIFY(listing.contains(ttKey));
        QVERIFY(!env->manager->account(Platform::YouTube));
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 120);
        // The grant is revoked at the platform too: the old tokens no longer work.
        const auto afterRevoke =
            awaitTask(env->manager->connector(Platform::YouTube)->fetchAccount(*ytTokens.value()));
        QVERIFY(!afterRevoke);

        // TikTok: items removed as well.
        QSignalSpy removedSpy(env->manager.get(), &SyncManager::itemsRemoved);
        const auto remove = awaitTask(env->manager->disconnectPlatform(Platform::TikTok, true));
        QVERIFY2(remove, remove ? "" : qPrintable(remove.error()));
        QCOMPARE(remove->itemsRemoved, 120);
        QCOMPARE(removedSpy.count(), 1);
        QVERIFY(!env->keychainListing().contains(ttKey));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 0);
        QCOMPARE(env->manager->accounts().size(), 0);

        // Disconnecting again is a clear error, and a sync of a disconnected platform is refused.
        const auto twice = awaitTask(env->manager->disconnectPlatform(Platform::TikTok, true));
        QVERIFY(!twice);
        QVERIFY(twice.error().contains(QLatin1String("not connected")));
        QVERIFY(!env->manager->sync(Platform::TikTok));
    }

    void fullSyncRemovesItemsDeletedOnThePlatform()
    {
        SandboxProcess sandbox(sandboxOptions(150));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const auto yt = env->connect(Platform::YouTube);
        QVERIFY(yt);
        // An item the library has from an earlier sync that the platform no longer lists (deleted there),
        // and one of another account that must stay.
        ContentItem gone;
        gone.platform = Platform::YouTube;
        gone.account = yt->accountId;
        gone.externalId = QStringLiteral("deleted-on-youtube");
        gone.title = QStringLiteral("A video its creator deleted");
        ContentItem other = gone;
        other.account = QStringLiteral("UC-another-channel");
        other.externalId = QStringLiteral("kept-other-account");
        other.title = QStringLiteral("Another channel's video");
        QVERIFY(awaitTask(env->library->upsert({gone, other})));
        const bool aged = awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("UPDATE content SET synced_at = synced_at - 86400"));
        }));
        QVERIFY(aged);

        QSignalSpy changed(env->library.get(), &LibraryService::contentChanged);
        const SyncOutcome outcome = env->sync(Platform::YouTube);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY(!outcome.incremental);
        QCOMPARE(outcome.itemsPruned, 1);
        QCOMPARE(outcome.toJson().value(QStringLiteral("items_pruned")).toInt(), 1);
        const QSet<QString> ids = env->libraryIds(Platform::YouTube);
        QVERIFY(!ids.contains(gone.externalId));
        QVERIFY(ids.contains(other.externalId));
        QCOMPARE(ids.size(), 150 + 1);
        QVERIFY(!changed.isEmpty());
        // Not findable any more (the full-text index follows the rows).
        const qint64 hits = awaitTask(env->library->run<qint64>([](LibraryDatabase& db) {
            SearchQuery q;
            q.text = QStringLiteral("creator deleted");
            const auto r = db.search(q);
            return r ? qint64(r->items.size()) : qint64(-1);
        }));
        QCOMPARE(hits, qint64(0));

        // An incremental sync cannot see deletions and removes nothing.
        const SyncOutcome again = env->sync(Platform::YouTube);
        QVERIFY(again.succeeded() && again.incremental);
        QCOMPARE(again.itemsPruned, 0);
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 151);
    }

    void disconnectDuringASyncLeavesNothingBehind()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::TikTok));
        // Disconnect (removing the items) as soon as the first page is in the library: the job must stop
        // before the account goes, so no later page brings items back for an account that no longer exists.
        std::optional<Result<DisconnectResult, QString>> disconnected;
        QObject guard;
        bool started = false;
        connect(env->manager.get(), &SyncManager::itemsCommitted, &guard, [&](Platform, int) {
            if (started)
                return;
            started = true;
            [](SyncManager* manager, auto* out) -> QCoro::Task<> {
                *out = co_await manager->disconnectPlatform(Platform::TikTok, true);
            }(env->manager.get(), &disconnected);
        });
        QSignalSpy finished(env->manager.get(), &SyncManager::syncFinished);
        QVERIFY(env->manager->sync(Platform::TikTok));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Cancelled);
        QVERIFY(QTest::qWaitFor([&] { return disconnected.has_value(); }, 30000));
        QVERIFY2(*disconnected, *disconnected ? "" : qPrintable(disconnected->error()));
        QVERIFY(env->manager->isIdle());
        QVERIFY(!env->manager->account(Platform::TikTok));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 0);
    }

    void cancelStopsAfterThePageInFlight()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::Instagram));
        QObject guard;
        connect(env->manager.get(), &SyncManager::syncProgress, &guard,
                [&](Platform p, const SyncProgress& progress) {
                    if (progress.pages == 2)
                        env->manager->cancel(p);
                });
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QObject::disconnect(env->manager.get(), nullptr, &guard, nullptr);
        QCOMPARE(outcome.status, SyncOutcome::Status::Cancelled);
        QCOMPARE(outcome.progress.pages, 2);
        const qint64 kept = env->libraryIds(Platform::Instagram).size();
        QCOMPARE(kept, outcome.progress.items);
        QVERIFY(!env->manager->account(Platform::Instagram)->syncComplete);
        const SyncOutcome next = env->sync(Platform::Instagram);
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QCOMPARE(env->libraryIds(Platform::Instagram).size(), 1200);
    }
};

QTEST_GUILESS_MAIN(TestSyncSandbox)
#include "TestSyncSandbox.moc"
