// Connect + sync against the sandbox with the real connectors, keychain (KEYRING) and library files:
// full syncs of every platform, faults, incremental syncs, quota and malformed pages, reconnect, usage
// reporting through the outbox, disconnect.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "Clock.h"
#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "library/ClipGroups.h"
#include "library/ContentHistory.h"
#include "platforms/YouTubeConnector.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cstdio>

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
        const QString error = env->setUp(sandbox, m_dir.filePath(QStringLiteral("profile-%1").arg(m_envs)),
                                         QStringLiteral("sync%1@example.test").arg(m_envs),
                                         QStringLiteral("StreamVibeSyncTest%1").arg(m_envs));
        if (!error.isEmpty())
            qWarning("environment: %s", qPrintable(error));
        return error.isEmpty() ? std::move(env) : nullptr;
    }

    /// The test options of SyncEnvironment, reporting usage every `reportEvery` new items.
    static SyncOptions reportingEvery(qint64 reportEvery)
    {
        SyncOptions options;
        options.retryDelay = std::chrono::milliseconds(20);
        options.maxRetryDelay = std::chrono::milliseconds(1500);
        options.reportEveryItems = reportEvery;
        return options;
    }

    /// Units the backend recorded per platform since `before` (SyncEnvironment::usageByPlatform()).
    static QHash<QString, qint64> since(const QHash<QString, qint64>& before, QHash<QString, qint64> after)
    {
        for (auto it = after.begin(); it != after.end(); ++it)
            it.value() -= before.value(it.key());
        for (auto it = after.begin(); it != after.end();)
            it = it.value() == 0 ? after.erase(it) : std::next(it);
        return after;
    }

    /// Checks one audit_log result against the billing rule: the job's units are its new items, all on its
    /// own platform, and each of them is either confirmed by the backend or still pending.
    static bool auditBills(const QJsonObject& result, Platform platform, qint64 units, qint64 pending = 0)
    {
        const bool ok = result.value(QStringLiteral("platform")).toString() == platformId(platform) &&
                        result.value(QStringLiteral("new_items")).toInteger() == units &&
                        result.value(QStringLiteral("units_reported")).toInteger() == units - pending &&
                        result.value(QStringLiteral("units_pending")).toInteger() == pending;
        if (!ok)
            qWarning("audit result %s, expected %s: %lld units, %lld pending",
                     QJsonDocument(result).toJson(QJsonDocument::Compact).constData(),
                     qPrintable(platformId(platform)), units, pending);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { SV_SKIP_OTHER_SHARDS(); }

    // The billing rule (docs/ARCHITECTURE.md): one unit per item a sync adds to the library that was not
    // in it for that account. 5,000 new TikTok items are 5,000 units on the backend, reported in several
    // reports (one every 2,000 new items and one at the end), none of them lost.
    void syncOf5000NewItemsBills5000Units()
    {
        SandboxProcess sandbox(sandboxOptions(5000));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        const auto historyBefore = env->usageByPlatform(sandbox);
        QVERIFY(env->connect(Platform::TikTok));
        const SyncOutcome outcome = env->sync(Platform::TikTok);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 5000);
        QCOMPARE(outcome.progress.newItems, 5000);
        QCOMPARE(env->used(sandbox) - usedBefore, 5000);
        QCOMPARE(since(historyBefore, env->usageByPlatform(sandbox)),
                 (QHash<QString, qint64>{{QStringLiteral("tiktok"), 5000}}));
        QCOMPARE(outcome.unitsReported, 5000);
        QCOMPARE(outcome.unitsPending, 0);
        auto audit = env->auditResults();
        QCOMPARE(audit.size(), 1);
        QVERIFY(auditBills(audit.last(), Platform::TikTok, 5000));

        // The same items synced again (nothing changed on the platform) cost nothing.
        const SyncOutcome again = env->sync(Platform::TikTok);
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QCOMPARE(again.progress.newItems, 0);
        QCOMPARE(env->used(sandbox) - usedBefore, 5000);
        audit = env->auditResults();
        QCOMPARE(audit.size(), 2);
        QVERIFY(auditBills(audit.last(), Platform::TikTok, 0));
    }

    // Three platforms synced together bill the sum of their new items, each on its own platform, and each
    // job's audit row carries its own platform's units (not the reports of the other jobs it sent).
    void threePlatformsTogetherBillTheSum()
    {
        SandboxProcess sandbox(sandboxOptions(1000));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        env->manager->setOptions(reportingEvery(150));
        for (const Platform p : allPlatforms())
            QVERIFY(env->connect(p));
        const qint64 usedBefore = env->used(sandbox);
        const auto historyBefore = env->usageByPlatform(sandbox);
        const QList<SyncOutcome> outcomes = awaitTask(env->manager->syncAndWait(allPlatforms()));
        QCOMPARE(outcomes.size(), 3);
        QHash<QString, qint64> stored;
        qint64 total = 0;
        for (const SyncOutcome& o : outcomes) {
            QVERIFY2(o.succeeded(), qPrintable(describe(o)));
            stored[platformId(o.platform)] = env->libraryIds(o.platform).size();
            total += stored[platformId(o.platform)];
            QCOMPARE(o.progress.newItems, stored[platformId(o.platform)]);
        }
        QVERIFY(total >= 2900);
        QCOMPARE(env->used(sandbox) - usedBefore, total);
        QCOMPARE(since(historyBefore, env->usageByPlatform(sandbox)), stored);
        const auto audit = env->auditResults();
        QCOMPARE(audit.size(), 3);
        for (const QJsonObject& result : audit) {
            const auto platform = platformFromId(result.value(QStringLiteral("platform")).toString());
            QVERIFY(platform);
            QVERIFY(auditBills(result, *platform, stored.value(platformId(*platform))));
        }

        // Cross-posted clips: the sync jobs grouped them as they finished (nothing stale left for a read),
        // and the groups are the sandbox's 24 clips (56 pairs of items) at its default seed, as bench_groups
        // measures them, no near-miss among them.
        struct Grouped
        {
            qint64 stale = -1;
            qint64 groups = 0;
            qint64 pairs = 0;
            bool onePerPlatform = true;
        };
        const Grouped grouped = awaitTask(env->library->run<Grouped>([](LibraryDatabase& db) {
            Grouped g;
            QSqlQuery q(db.connection());
            if (q.exec(QStringLiteral("SELECT stale FROM clip_group_state")) && q.next())
                g.stale = q.value(0).toLongLong();
            q.finish();
            const auto all = ClipGroups::list(db);
            if (!all)
                return g;
            for (const ClipGroup& group : all.value()) {
                ++g.groups;
                g.pairs += group.pairs.size();
                QSet<Platform> platforms;
                for (const ContentItem& item : group.members)
                    platforms.insert(item.platform);
                g.onePerPlatform = g.onePerPlatform && platforms.size() == group.members.size();
            }
            return g;
        }));
        QCOMPARE(grouped.stale, 0);
        QCOMPARE(grouped.groups, 24);
        QCOMPARE(grouped.pairs, 56);
        QVERIFY(grouped.onePerPlatform);

        // A second sync of the unchanged platforms bills nothing.
        const QList<SyncOutcome> again = awaitTask(env->manager->syncAndWait(allPlatforms()));
        for (const SyncOutcome& o : again)
            QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(env->used(sandbox) - usedBefore, total);
        QCOMPARE(since(historyBefore, env->usageByPlatform(sandbox)), stored);
        const auto audit2 = env->auditResults();
        QCOMPARE(audit2.size(), 6);
        for (qsizetype i = 3; i < audit2.size(); ++i) {
            const auto platform = platformFromId(audit2.at(i).value(QStringLiteral("platform")).toString());
            QVERIFY(platform);
            QVERIFY(auditBills(audit2.at(i), *platform, 0));
        }
    }

    // The stand-in's increment_usage counts a key once per user, as the backend's RPC must: the same key
    // again adds nothing (and answers the first report's figures), another user's same key is counted.
    void backendCountsEachKeyOncePerUser()
    {
        SandboxProcess sandbox(sandboxOptions(20));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto alice = environment(sandbox);
        auto bob = environment(sandbox);
        QVERIFY(alice && bob);
        const qint64 aliceBefore = alice->used(sandbox);
        const qint64 bobBefore = bob->used(sandbox);
        const auto report = [](SyncEnvironment& env, const QString& key, qint64 units) {
            const auto r =
                awaitTask(env.backend->rpc(QStringLiteral("increment_usage"),
                                           {{QStringLiteral("p_units"), units},
                                            {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                                            {QStringLiteral("p_idempotency_key"), key}},
                                           true));
            return r ? r->toObject().value(QStringLiteral("used")).toInteger(-1) : qint64(-1);
        };
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(report(*alice, key, 7), aliceBefore + 7);
        QCOMPARE(report(*alice, key, 7), aliceBefore + 7);
        QCOMPARE(report(*alice, key, 9), aliceBefore + 7); // a key is one report, whatever it says later
        QCOMPARE(report(*bob, key, 5), bobBefore + 5);
        QCOMPARE(alice->used(sandbox), aliceBefore + 7);
        QCOMPARE(bob->used(sandbox), bobBefore + 5);
    }

    // A job's flush also sends what other jobs left in the outbox; its audit row still carries only its own
    // units, on its own platform, so the audit rows of all jobs add up to what the backend counted per
    // platform.
    void auditRowsCarryEachJobsOwnUnits()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::TikTok));
        QVERIFY(env->connect(Platform::YouTube));
        const auto historyBefore = env->usageByPlatform(sandbox);
        QVERIFY(sandbox.addFault(QStringLiteral("status=503,path=/rest/v1/rpc")));
        const SyncOutcome tiktok = env->sync(Platform::TikTok);
        QVERIFY2(tiktok.succeeded(), qPrintable(describe(tiktok)));
        QVERIFY(auditBills(env->auditResults().last(), Platform::TikTok, 300, 300));
        QVERIFY(sandbox.clearFaults());

        const SyncOutcome youtube = env->sync(Platform::YouTube); // its reports carry TikTok's units too
        QVERIFY2(youtube.succeeded(), qPrintable(describe(youtube)));
        const qint64 youtubeItems = env->libraryIds(Platform::YouTube).size();
        QCOMPARE(youtube.unitsReported, youtubeItems);
        QCOMPARE(youtube.unitsPending, 0);
        const auto audit = env->auditResults();
        QCOMPARE(audit.size(), 2);
        QVERIFY(auditBills(audit.last(), Platform::YouTube, youtubeItems));
        QCOMPARE(since(historyBefore, env->usageByPlatform(sandbox)),
                 (QHash<QString, qint64>{{QStringLiteral("tiktok"), 300},
                                         {QStringLiteral("youtube"), youtubeItems}}));
        QCOMPARE(env->pendingUnits(), 0);
    }

    // A sync stopped mid-way bills exactly the pages it committed; the sync that resumes walks every page
    // again and bills only the items the first one did not store: in total, exactly the items stored.
    void cancelledSyncResumedBillsExactlyTheItemsStored()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        env->manager->setOptions(reportingEvery(100));
        QVERIFY(env->connect(Platform::TikTok));
        const qint64 usedBefore = env->used(sandbox);
        QObject guard;
        connect(env->manager, &SyncManager::syncProgress, &guard,
                [&](Platform p, const SyncProgress& progress) {
                    if (progress.pages == 23)
                        env->manager->cancel(p);
                });
        const SyncOutcome cancelled = env->sync(Platform::TikTok);
        QObject::disconnect(env->manager, nullptr, &guard, nullptr);
        QCOMPARE(cancelled.status, SyncOutcome::Status::Cancelled);
        const qint64 kept = env->libraryIds(Platform::TikTok).size();
        QCOMPARE(kept, 23 * 20);
        QCOMPARE(env->used(sandbox) - usedBefore, kept);
        QVERIFY(auditBills(env->auditResults().last(), Platform::TikTok, kept));

        const SyncOutcome resumed = env->sync(Platform::TikTok);
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QVERIFY(!resumed.incremental); // walks the known pages again: they cost nothing
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 1200);
        QCOMPARE(resumed.progress.newItems, 1200 - kept);
        QCOMPARE(env->used(sandbox) - usedBefore, 1200);
        QVERIFY(auditBills(env->auditResults().last(), Platform::TikTok, 1200 - kept));
    }

    // A report the backend counted but whose answer was lost (truncated, or too late for the client's
    // deadline) is resent under the same key: counted once. Refused reports (401, 400) stay in the outbox
    // and are counted once when the backend accepts them.
    void failedReportsAreResentUnderTheirOwnKeyAndCountedOnce()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        env->manager->setOptions(reportingEvery(60));
        env->http->setDefaultTimeout(std::chrono::milliseconds(2000));
        for (const Platform p : allPlatforms())
            QVERIFY(env->connect(p));
        const qint64 usedBefore = env->used(sandbox);

        // The answer to the first report is cut in half: the backend counted it, the app cannot know.
        QVERIFY(sandbox.addFault(QStringLiteral("truncate,path=/rest/v1/rpc,count=1")));
        const SyncOutcome truncated = env->sync(Platform::TikTok);
        QVERIFY2(truncated.succeeded(), qPrintable(describe(truncated)));
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
        QVERIFY(auditBills(env->auditResults().last(), Platform::TikTok, 300));

        // The answer comes after the client's deadline: the retry (same key) is answered from the backend's
        // record of the first.
        QVERIFY(sandbox.addFault(QStringLiteral("latency=4000,path=/rest/v1/rpc,count=1")));
        const SyncOutcome late = env->sync(Platform::YouTube);
        QVERIFY2(late.succeeded(), qPrintable(describe(late)));
        const qint64 youtube = env->libraryIds(Platform::YouTube).size();
        QCOMPARE(env->used(sandbox) - usedBefore, 300 + youtube);
        QVERIFY(auditBills(env->auditResults().last(), Platform::YouTube, youtube));

        // Refused (an expired session, then a bad request): kept, with a notice, and sent later.
        QVERIFY(sandbox.addFault(QStringLiteral("status=401,path=/rest/v1/rpc")));
        const SyncOutcome refused = env->sync(Platform::Instagram);
        QVERIFY2(refused.succeeded(), qPrintable(describe(refused)));
        QVERIFY(!refused.notices.isEmpty());
        QVERIFY(auditBills(env->auditResults().last(), Platform::Instagram, 300, 300));
        QCOMPARE(env->used(sandbox) - usedBefore, 300 + youtube);
        QVERIFY(sandbox.clearFaults());
        QVERIFY(sandbox.addFault(QStringLiteral("status=400,path=/rest/v1/rpc,count=1")));
        const UsageReport badRequest = awaitTask(env->reporter->flush());
        QVERIFY(badRequest.error);
        QCOMPARE(badRequest.unitsPending, 300);
        QCOMPARE(env->used(sandbox) - usedBefore, 300 + youtube);
        const UsageReport report = awaitTask(env->reporter->flush());
        QVERIFY(!report.error);
        QCOMPARE(report.units, 300);
        QCOMPARE(env->used(sandbox) - usedBefore, 600 + youtube);
        QCOMPARE(awaitTask(env->reporter->flush()).reports, 0);
        QCOMPARE(env->used(sandbox) - usedBefore, 600 + youtube);
    }

    // kill -9 of a syncing process (a report may be in flight): the backend's units plus the units still in
    // the outbox are exactly the items the library holds; the sync that resumes (another process) brings
    // the backend to exactly the items stored.
    void killedSyncResumedBillsExactlyTheItemsStored()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::TikTok));
        const qint64 usedBefore = env->used(sandbox);
        // Slow reports, so the kill often lands while one is in flight, and pages slow enough for the kill
        // to land before the last one.
        QVERIFY(sandbox.addFault(
            QStringLiteral("latency=40,path=/rest/v1/rpc;latency=25,path=/tiktok/v2/video")));
        for (const int killAtPage : {7, 19}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment childEnv = QProcessEnvironment::systemEnvironment();
            childEnv.insert(QStringLiteral("SV_TEST_ACCESS_TOKEN"), env->accessToken);
            child.setProcessEnvironment(childEnv);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--sync-child"), sandbox.configFile(), env->profileDir, env->service,
                         env->profileName, platformId(Platform::TikTok)});
            QVERIFY(child.waitForStarted(10000));
            QByteArray output;
            const QByteArray mark = "page " + QByteArray::number(killAtPage) + '\n';
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             output += child.readAllStandardOutput();
                             return output.contains(mark) || child.state() == QProcess::NotRunning;
                         },
                         60000),
                     output.constData());
            QVERIFY2(output.contains(mark), output.constData());
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const qint64 stored = env->libraryIds(Platform::TikTok).size();
            QVERIFY(stored >= killAtPage * 20 && stored < 1200);
            const qint64 pending = env->pendingUnits();
            // A report in flight may be counted and still in the outbox (sent again under its key later).
            const qint64 used = env->used(sandbox) - usedBefore;
            QVERIFY2(
                used <= stored && used + pending >= stored,
                qPrintable(
                    QStringLiteral("stored %1, used %2, pending %3").arg(stored).arg(used).arg(pending)));
        }
        const SyncOutcome resumed = env->sync(Platform::TikTok);
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 1200);
        QCOMPARE(env->used(sandbox) - usedBefore, 1200);
        QCOMPARE(resumed.unitsPending, 0);
    }

    // Two processes on one profile both send the outbox (the same sealed rows under the same keys): the
    // backend counts each report once; nothing is lost, nothing doubled, and the outbox ends empty.
    void twoReportersOnOneProfileCountEachReportOnce()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        env->manager->setOptions(reportingEvery(40));
        QVERIFY(env->connect(Platform::Instagram));
        const qint64 usedBefore = env->used(sandbox);
        QVERIFY(sandbox.addFault(QStringLiteral("status=503,path=/rest/v1/rpc")));
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.unitsPending, 300);
        QVERIFY(sandbox.clearFaults());

        // A second "process": its own connection to the same file, its own store and reporter.
        LibraryService otherLibrary;
        QVERIFY(awaitTask(otherLibrary.open(env->libraryPath)).hasValue());
        AccountStore otherStore(&otherLibrary, env->secrets, env->profileName);
        UsageReporter other(&otherStore, env->backend);
        std::optional<UsageReport> first;
        std::optional<UsageReport> second;
        const auto run = [](UsageReporter* reporter, std::optional<UsageReport>* out) -> QCoro::Task<> {
            *out = co_await reporter->flush();
        };
        auto a = run(env->reporter, &first);
        auto b = run(&other, &second);
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 30000));
        QVERIFY(!first->error && !second->error);
        QVERIFY(first->units + second->units >= 300);
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
        QCOMPARE(env->pendingUnits(), 0);
    }

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

        QSignalSpy accountsChanged(env->manager, &SyncManager::accountsChanged);
        const auto connected = env->connect(platform);
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error()));
        QVERIFY(!connected->accountId.isEmpty());
        QCOMPARE(connected->status, AccountStatus::Connected);
        QVERIFY(accountsChanged.count() >= 1);
        // The tokens are in the keychain under the agreed key, not in the library.
        QVERIFY(env->keychainListing().contains(
            AccountStore::tokenKey(env->profileName, platform, connected->accountId).toString()));

        QSignalSpy progress(env->manager, &SyncManager::syncProgress);
        QSignalSpy committed(env->manager, &SyncManager::itemsCommitted);
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
        BillingService billing(env->backend, &cache);
        billing.setClock(&clock);
        billing.setUserId(env->userId);
        // As the composition root (ProfileServices) wires it.
        const auto wired = QObject::connect(env->manager, &SyncManager::usageChanged, &billing,
                                            &BillingService::invalidateSubscription);
        QSignalSpy invalidated(&billing, &BillingService::subscriptionInvalidated);
        const LayeredCache::Key subscriptionKey{DataType::Subscription, env->userId,
                                                QStringLiteral("settings")};
        QCOMPARE(awaitTask(billing.subscription())->value.used, usedBefore);
        QVERIFY(cache.peek(subscriptionKey));

        QVERIFY(env->connect(Platform::YouTube));
        const SyncOutcome full = env->sync(Platform::YouTube);
        QVERIFY2(full.succeeded(), qPrintable(describe(full)));
        QCOMPARE(full.progress.pages, 24); // 50 a page
        // The usage it reported expired the cached figures: the next read fetches them, within the TTL too.
        QCOMPARE(invalidated.count(), 1);
        const std::optional<CacheResult> expired = cache.peek(subscriptionKey); // still showable
        QVERIFY(expired && expired->stale);
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
        QObject::disconnect(wired);
    }

    /// Performance over time (issue 17): a sync records each item's counters in content_history (the
    /// metrics its platform gives, NULL for the others), and a re-sync that sees the same counters writes
    /// no history; a counter that changed since an earlier day gets that item a row for today.
    void syncRecordsHistoryOnChangeOnly()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        struct Rows
        {
            qint64 rows = -1, withViews = 0, withShares = 0, lastRecorded = 0;
        };
        const auto history = [&env](Platform platform) {
            return awaitTask(env->library->run<Rows>([platform](LibraryDatabase& db) {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("SELECT count(*), count(h.views), count(h.shares), "
                                         "max(h.recorded_at) FROM content_history h "
                                         "JOIN content c ON c.id = h.content_id WHERE c.platform = ?"));
                q.addBindValue(platformId(platform));
                Rows r;
                if (q.exec() && q.next())
                    r = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()};
                return r;
            }));
        };
        for (Platform platform : {Platform::TikTok, Platform::Instagram}) {
            QVERIFY(env->connect(platform));
            const SyncOutcome full = env->sync(platform);
            QVERIFY2(full.succeeded(), qPrintable(describe(full)));
        }
        const Rows tiktok = history(Platform::TikTok);
        QCOMPARE(tiktok.rows, 120);
        QCOMPARE(tiktok.withViews, 120);
        QCOMPARE(tiktok.withShares, 120); // TikTok gives share_count
        const Rows instagram = history(Platform::Instagram);
        QCOMPARE(instagram.rows, 120);
        // No view count in Instagram's media fields: views come from the insights of the most recent items
        // (SyncOptions::historyItemsPerSync); the others' are NULL, not 0.
        QCOMPARE(instagram.withViews, 20);
        QCOMPARE(instagram.withShares, 20);

        // The same counters again: nothing written.
        const SyncOutcome again = env->sync(Platform::TikTok);
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QVERIFY(again.statisticsRefreshed > 0);
        const Rows unchanged = history(Platform::TikTok);
        QCOMPARE(unchanged.rows, 120);
        QCOMPARE(unchanged.lastRecorded, tiktok.lastRecorded);

        // Yesterday the newest item had 5 views less: today's sync records its views of today.
        const int aged = awaitTask(env->library->run<int>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            const bool ok = q.exec(QStringLiteral("UPDATE content_history SET day = day - 1")) &&
                            q.exec(QStringLiteral(
                                "UPDATE content SET views = views - 5 WHERE id = (SELECT id FROM content "
                                "WHERE platform = 'tiktok' ORDER BY published_at DESC LIMIT 1)"));
            return ok ? q.numRowsAffected() : -1;
        }));
        QCOMPARE(aged, 1);
        const SyncOutcome changed = env->sync(Platform::TikTok);
        QVERIFY2(changed.succeeded(), qPrintable(describe(changed)));
        const Rows after = history(Platform::TikTok);
        // The lowered views wrote today's row, the sync's views replaced it: one row per item and day.
        QCOMPARE(after.rows, 121);
        const int stale = awaitTask(env->library->run<int>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            const bool ok =
                q.exec(QStringLiteral(
                    "SELECT count(*) FROM content c JOIN content_history h ON h.content_id = c.id "
                    "AND h.day = (SELECT max(day) FROM content_history WHERE content_id = c.id) "
                    "WHERE c.platform = 'tiktok' AND h.views IS NOT c.views")) &&
                q.next();
            return ok ? q.value(0).toInt() : -1;
        }));
        QCOMPARE(stale, 0);

        // The channel's subscribers, read with the uploads playlist: recorded once while unchanged.
        QVERIFY(env->connect(Platform::YouTube));
        for (int i = 0; i < 2; ++i) {
            const SyncOutcome youtube = env->sync(Platform::YouTube);
            QVERIFY2(youtube.succeeded(), qPrintable(describe(youtube)));
        }
        const QString channel = env->manager->account(Platform::YouTube)->accountId;
        const auto followers =
            awaitTask(env->library->run<QList<FollowerPoint>>([channel](LibraryDatabase& db) {
                auto points = ContentHistory::followers(db, Platform::YouTube, channel);
                return points ? points.value() : QList<FollowerPoint>();
            }));
        QCOMPARE(followers.size(), 1);
        QCOMPARE(followers.first().followers, 125000); // statistics.subscriberCount, a JSON string
    }

    /// After a complete sync, older items' statistics are refreshed too, in turn: each sync refreshes the 50
    /// most recent and, where the platform reads items by id cheaply (YouTube: 200, four videos.list calls),
    /// those refreshed longest ago, so a changed counter of any item reaches the library (and its history)
    /// within ceil((N - 50) / 200) syncs: 300 videos, 2 syncs.
    void olderItemsStatisticsAreRefreshedInTurn()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::YouTube));
        SyncOptions options = env->manager->options();
        options.historyItemsPerSync = 0; // statistics only
        env->manager->setOptions(options);
        QCOMPARE(options.recentStatisticsItems, 50);
        const SyncOutcome full = env->sync(Platform::YouTube);
        QVERIFY2(full.succeeded(), qPrintable(describe(full)));
        QVERIFY(!full.incremental);
        // Each video's counters, and whether its latest history row has its views.
        using Counters = QHash<QString, QList<qint64>>;
        const auto counters = [&env]() {
            return awaitTask(env->library->run<Counters>([](LibraryDatabase& db) {
                Counters out;
                QSqlQuery q(db.connection());
                const QString sql = QStringLiteral(
                    "SELECT c.external_id, c.views, c.likes, c.comments, h.views IS c.views FROM content c "
                    "LEFT JOIN content_history h ON h.content_id = c.id AND h.day = (SELECT max(day) FROM "
                    "content_history WHERE content_id = c.id) WHERE c.platform = 'youtube'");
                if (q.exec(sql))
                    while (q.next())
                        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                           q.value(3).toLongLong(), q.value(4).toLongLong()});
                return out;
            }));
        };
        const Counters platform = counters(); // as the platform gives them
        QCOMPARE(platform.size(), 300);
        const QStringList all = newestIds(sandbox, Platform::YouTube, 300);
        QCOMPARE(all.size(), 300);
        // The library's counters of every video differ from the platform's since a day ago (the platform's
        // changed since): the next syncs must bring them.
        QVERIFY(awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("UPDATE content_history SET day = day - 1")) &&
                   q.exec(QStringLiteral("UPDATE content SET views = views + 7, likes = likes + 3, "
                                         "comments = comments + 1, synced_at = synced_at - 86400 "
                                         "WHERE platform = 'youtube'")) &&
                   q.numRowsAffected() == 300;
        })));
        // Of `ids`, the videos the platform gives (not private: videos.list leaves those out, their zero
        // counters are never refreshed) whose counters and latest history point are the platform's again.
        const auto fresh = [&platform, &counters](const QStringList& ids) {
            const Counters now = counters();
            int n = 0;
            for (const QString& id : ids)
                n += platform.value(id).value(0) > 0 && now.value(id) == platform.value(id) ? 1 : 0;
            return n;
        };
        const auto given = [&platform](const QStringList& ids) {
            return int(std::count_if(ids.cbegin(), ids.cend(), [&platform](const QString& id) {
                return platform.value(id).value(0) > 0;
            }));
        };
        QVERIFY(given(all) >= 290);
        QCOMPARE(fresh(all), 0);
        const SyncOutcome second = env->sync(Platform::YouTube);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QVERIFY(second.incremental);
        // The 50 newest and the 200 refreshed longest ago (equal times: the newest first); the 50 oldest
        // wait.
        QCOMPARE(fresh(all.mid(0, 250)), given(all.mid(0, 250)));
        QCOMPARE(fresh(all.mid(250)), 0);
        const SyncOutcome third = env->sync(Platform::YouTube);
        QVERIFY2(third.succeeded(), qPrintable(describe(third)));
        // Every video's counters are the platform's again, and so is its latest history point.
        QCOMPARE(fresh(all), given(all));
    }

    /// Instagram and TikTok give an item's counters only in their listings, which an incremental sync stops
    /// reading at the first known page: their older items are refreshed by the full walk that comes round
    /// once the last one is SyncOptions::fullWalkEvery old (a week), which also removes the items deleted on
    /// the platform, bills nothing again, and is followed by incremental syncs until the next one is due.
    void aFullWalkComesRoundForOlderItemsAndDeletions()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::TikTok));
        SyncOptions options = env->manager->options();
        options.historyItemsPerSync = 0;
        env->manager->setOptions(options);
        QCOMPARE(options.fullWalkEvery, std::chrono::hours(7 * 24));
        const SyncOutcome first = env->sync(Platform::TikTok);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY(!first.incremental);
        const QDateTime firstWalk = env->manager->account(Platform::TikTok)->fullWalkAt;
        QVERIFY(firstWalk.isValid());
        QVERIFY(firstWalk.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        const qint64 usedAfterFirst = env->used(sandbox);
        const QStringList all = newestIds(sandbox, Platform::TikTok, 300);
        QCOMPARE(all.size(), 300);

        // The library's counters all differ from the platform's, and it holds a video deleted there.
        const auto views = [&env]() {
            return awaitTask(env->library->run<QHash<QString, qint64>>([](LibraryDatabase& db) {
                QHash<QString, qint64> out;
                QSqlQuery q(db.connection());
                if (q.exec(
                        QStringLiteral("SELECT external_id, views FROM content WHERE platform = 'tiktok'")))
                    while (q.next())
                        out.insert(q.value(0).toString(), q.value(1).toLongLong());
                return out;
            }));
        };
        const QHash<QString, qint64> platform = views();
        QVERIFY(awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("UPDATE content SET views = views + 7 WHERE platform = 'tiktok'")) &&
                   q.numRowsAffected() == 300;
        })));
        ContentItem gone;
        gone.platform = Platform::TikTok;
        gone.account = env->manager->account(Platform::TikTok)->accountId;
        gone.externalId = QStringLiteral("deleted-on-tiktok");
        gone.title = QStringLiteral("A clip its creator deleted");
        QVERIFY(awaitTask(env->library->upsert({gone})));
        const auto fresh = [&platform, &views](const QStringList& ids) {
            const QHash<QString, qint64> now = views();
            return int(std::count_if(ids.cbegin(), ids.cend(), [&](const QString& id) {
                return now.value(id, -1) == platform.value(id);
            }));
        };
        QCOMPARE(fresh(all), 0);

        // Within the week: an incremental sync, the 50 newest refreshed, nothing removed.
        const SyncOutcome second = env->sync(Platform::TikTok);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QVERIFY(second.incremental);
        QCOMPARE(fresh(all.mid(0, 50)), 50);
        QCOMPARE(fresh(all.mid(50)), 0);
        QVERIFY(env->libraryIds(Platform::TikTok).contains(gone.externalId));
        QCOMPARE(env->manager->account(Platform::TikTok)->fullWalkAt, firstWalk);

        // A week after the last full walk: every page again, every counter the platform's, the deleted video
        // gone, nothing billed again.
        QVERIFY(awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            // (The deleted video was last seen a day ago: pruning compares whole seconds with the walk's
            // start.)
            return q.exec(QStringLiteral("UPDATE accounts SET full_walk_at = full_walk_at - 7 * 86400 "
                                         "WHERE platform = 'tiktok'")) &&
                   q.numRowsAffected() == 1 &&
                   q.exec(QStringLiteral("UPDATE content SET synced_at = synced_at - 86400 WHERE "
                                         "external_id = 'deleted-on-tiktok'")) &&
                   q.numRowsAffected() == 1;
        })));
        QVERIFY(awaitTask(env->manager->reloadAccounts()));
        const SyncOutcome weekly = env->sync(Platform::TikTok);
        QVERIFY2(weekly.succeeded(), qPrintable(describe(weekly)));
        QVERIFY(!weekly.incremental);
        QCOMPARE(weekly.toJson().value(QStringLiteral("incremental")).toBool(), false);
        QCOMPARE(fresh(all), 300);
        QCOMPARE(weekly.itemsPruned, 1);
        QVERIFY(!env->libraryIds(Platform::TikTok).contains(gone.externalId));
        QCOMPARE(weekly.progress.newItems, 0);
        QCOMPARE(env->used(sandbox), usedAfterFirst);
        const QDateTime weeklyWalk = env->manager->account(Platform::TikTok)->fullWalkAt;
        QVERIFY(weeklyWalk > firstWalk.addDays(-7));
        QVERIFY(weeklyWalk.secsTo(QDateTime::currentDateTimeUtc()) < 600);

        // Then incremental again.
        const SyncOutcome after = env->sync(Platform::TikTok);
        QVERIFY2(after.succeeded(), qPrintable(describe(after)));
        QVERIFY(after.incremental);
    }

private:
    /// One video's YouTube Analytics rows: day, running views and when written, oldest first.
    struct AnalyticsRow
    {
        QDate day;
        qint64 views = -1;
        qint64 recordedAt = 0;
        friend bool operator==(const AnalyticsRow&, const AnalyticsRow&) = default;
    };
    static QHash<QString, QList<AnalyticsRow>> analyticsRows(SyncEnvironment& env)
    {
        return awaitTask(env.library->run<QHash<QString, QList<AnalyticsRow>>>([](LibraryDatabase& db) {
            QHash<QString, QList<AnalyticsRow>> rows;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral(
                    "SELECT c.external_id, h.day, h.views, h.recorded_at FROM content_history h "
                    "JOIN content c ON c.id = h.content_id WHERE h.source = 'youtube_analytics' "
                    "ORDER BY c.external_id, h.day")))
                return rows;
            while (q.next())
                rows[q.value(0).toString()].append({ContentHistory::dayOf(q.value(1).toLongLong()),
                                                    q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                                                    q.value(3).toLongLong()});
            return rows;
        }));
    }

    /// Every item synced, no history recorded, a note saying why and no notice.
    static void expectSyncedWithoutHistory(SyncEnvironment& env, const SyncOutcome& outcome, int items)
    {
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(env.libraryIds(Platform::YouTube).size(), items);
        QCOMPARE(outcome.historyItems, 0);
        QVERIFY(!outcome.historyNote.isEmpty());
        QVERIFY(outcome.notices.isEmpty());
        QVERIFY(analyticsRows(env).isEmpty());
    }

private slots:
    /// YouTube Analytics (granted at connect): a sync records the daily views of the most recent videos
    /// (SyncOptions::historyItemsPerSync) as running totals on the platform's days, without the days not
    /// processed yet; a second sync the same day reads the next videos and rewrites none; the next day a
    /// video goes on from its last day read, with the same totals and no duplicate rows.
    void youtubeAnalyticsHistoryIsRecordedBoundedAndOnlyOnce()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        auto env = connectedYouTube(sandbox);
        QVERIFY(env);
        SyncOptions options = env->manager->options();
        options.historyItemsPerSync = 8;
        options.historyItemsFullWalk = 8;
        env->manager->setOptions(options);

        const SyncOutcome first = env->sync(Platform::YouTube);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(first.historyItems, 8);
        QVERIFY(first.historyNote.isEmpty());
        const auto rows = analyticsRows(*env);
        const QStringList newest = newestIds(sandbox, Platform::YouTube, 8);
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()),
                 QSet<QString>(newest.cbegin(), newest.cend()));
        const QDate today = YouTubeConnector::analyticsToday();
        const QHash<QString, qint64> views =
            awaitTask(env->library->run<QHash<QString, qint64>>([](LibraryDatabase& db) {
                QHash<QString, qint64> out;
                QSqlQuery q(db.connection());
                if (q.exec(
                        QStringLiteral("SELECT external_id, views FROM content WHERE platform = 'youtube'")))
                    while (q.next())
                        out.insert(q.value(0).toString(), q.value(1).toLongLong());
                return out;
            }));
        for (int i = 0; i < newest.size(); ++i) {
            const QList<AnalyticsRow>& video = rows.value(newest[i]);
            QVERIFY(!video.isEmpty());
            // The sandbox's video i is not processed for its last 1 + i % 3 days: those rows are missing.
            QCOMPARE(video.last().day, today.addDays(-(1 + i % 3)));
            for (qsizetype d = 1; d < video.size(); ++d) {
                QCOMPARE(video[d].day, video[d - 1].day.addDays(1)); // one row a day
                QVERIFY(video[d].views >= video[d - 1].views);       // running totals
            }
            QVERIFY(video.first().views >= 0);
            QVERIFY(video.last().views <= views.value(newest[i]));
            QVERIFY(video.last().views > views.value(newest[i]) / 2);
        }

        // Again today: the next videos, nothing rewritten.
        const SyncOutcome second = env->sync(Platform::YouTube);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QCOMPARE(second.historyItems, 8);
        const auto both = analyticsRows(*env);
        QCOMPARE(both.size(), 16);
        for (const QString& id : newest)
            QCOMPARE(both.value(id), rows.value(id));

        // The next day (rows written a day earlier; the last two days of the newest video were not processed
        // then): that video goes on from its last day, to the same totals, each day once.
        const QString video = newest.first();
        QVERIFY(awaitTask(env->library->run<bool>([video](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "DELETE FROM content_history WHERE source = 'youtube_analytics' AND content_id = "
                "(SELECT id FROM content WHERE external_id = ?) AND day >= (SELECT max(day) - 1 "
                "FROM content_history WHERE source = 'youtube_analytics' AND content_id = "
                "(SELECT id FROM content WHERE external_id = ?))"));
            q.addBindValue(video);
            q.addBindValue(video);
            QSqlQuery back(db.connection());
            return q.exec() && q.numRowsAffected() == 2 &&
                   back.exec(QStringLiteral("UPDATE content_history SET recorded_at = recorded_at - 86400 "
                                            "WHERE source = 'youtube_analytics'"));
        })));
        options.historyItemsPerSync = 1;
        env->manager->setOptions(options);
        const SyncOutcome nextDay = env->sync(Platform::YouTube);
        QVERIFY2(nextDay.succeeded(), qPrintable(describe(nextDay)));
        QCOMPARE(nextDay.historyItems, 1);
        const auto resumed = analyticsRows(*env);
        QCOMPARE(resumed.value(video).size(), rows.value(video).size());
        for (qsizetype d = 0; d < rows.value(video).size(); ++d) {
            QCOMPARE(resumed.value(video)[d].day, rows.value(video)[d].day);
            QCOMPARE(resumed.value(video)[d].views, rows.value(video)[d].views);
        }
    }

    /// A grant without the Analytics scope (unticked at consent) syncs every item, without history, and says
    /// so quietly: no error, no notice, no reconnect, no Analytics request.
    void youtubeWithoutAnalyticsScopeSyncsWithoutHistory()
    {
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.configure(QJsonObject{
            {QStringLiteral("withheld_scopes"),
             QJsonArray{QStringLiteral("https://www.googleapis.com/auth/yt-analytics.readonly")}}}));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::YouTube));
        // Any Analytics request would fail the test's expectations below.
        QVERIFY(sandbox.addFault(QStringLiteral("status=500,path=/youtube/analytics,count=1")));
        const SyncOutcome outcome = env->sync(Platform::YouTube);
        expectSyncedWithoutHistory(*env, outcome, 120);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(outcome.errorMessage.isEmpty());
        QVERIFY(!outcome.reconnectNeeded);
        QCOMPARE(env->manager->account(Platform::YouTube)->status, AccountStatus::Connected);
        const auto faults = sandbox.request("GET", sandbox.url(QStringLiteral("/__control/faults")));
        const QJsonArray list = faults.json().object().value(QStringLiteral("faults")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("count")).toInt(), 1); // never fired
    }

    /// Instagram views come from media insights, recorded on today's row (source instagram_insights) of the
    /// most recent items; without the insights permission there are no views (NULL, never 0) and the sync
    /// succeeds.
    void instagramInsightsGiveViews()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        struct Views
        {
            qint64 insights = 0, withViews = 0, zero = 0;
            bool operator==(const Views&) const = default;
        };
        // Three counts of one query on the library.
        const auto counts = [](SyncEnvironment& e, const QString& sql) {
            return awaitTask(e.library->run<Views>([sql](LibraryDatabase& db) {
                QSqlQuery q(db.connection());
                Views v;
                if (q.exec(sql) && q.next())
                    v = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
                return v;
            }));
        };
        const auto views = [&counts](SyncEnvironment& e) {
            return counts(e, QStringLiteral("SELECT count(*) FILTER (WHERE h.source = 'instagram_insights'), "
                                            "count(h.views), count(*) FILTER (WHERE h.views = 0) FROM "
                                            "content_history h JOIN content c ON c.id = h.content_id WHERE "
                                            "c.platform = 'instagram'"));
        };
        // The items with known views, those equal to their insights, those unknown.
        const auto itemViews = [&counts](SyncEnvironment& e) {
            return counts(e, QStringLiteral("SELECT count(*) FILTER (WHERE c.views_known), count(*) FILTER "
                                            "(WHERE c.views_known AND c.views = h.views AND c.views > 0), "
                                            "count(*) FILTER (WHERE NOT c.views_known) FROM content c LEFT "
                                            "JOIN content_history h ON h.content_id = c.id AND h.source = "
                                            "'instagram_insights' WHERE c.platform = 'instagram'"));
        };
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::Instagram));
        const SyncOutcome granted = env->sync(Platform::Instagram);
        QVERIFY2(granted.succeeded(), qPrintable(describe(granted)));
        QCOMPARE(granted.historyItems, 20);
        const Views first = views(*env);
        QCOMPARE(first.insights, 20);
        QCOMPARE(first.withViews, 20);
        QCOMPARE(first.zero, 0);
        // The insights' views are the items' own (list, details, sorts): known, equal to today's row.
        // 20 items with known views, all equal to their insights; the 40 others unknown ("—"), never 0.
        QVERIFY(itemViews(*env) == (Views{20, 20, 40}));
        // Again: the next 20 media, never read before (instagramInsightsGoRoundTheLibrary).
        QVERIFY(env->sync(Platform::Instagram).succeeded());
        QCOMPARE(views(*env).insights, 40);
        QVERIFY(itemViews(*env) == (Views{40, 40, 20}));

        QVERIFY(sandbox.configure(
            QJsonObject{{QStringLiteral("withheld_scopes"),
                         QJsonArray{QStringLiteral("instagram_business_manage_insights")}}}));
        // Reconnected without the insights permission, a re-sync keeps the views already known.
        QVERIFY(env->connect(Platform::Instagram));
        const SyncOutcome kept = env->sync(Platform::Instagram);
        QVERIFY(kept.succeeded() && kept.historyItems == 0 && !kept.historyNote.isEmpty());
        QVERIFY(itemViews(*env) == (Views{40, 40, 20}));
        QCOMPARE(views(*env).zero, 0);
        auto without = environment(sandbox);
        QVERIFY(without && without->connect(Platform::Instagram));
        const SyncOutcome outcome = without->sync(Platform::Instagram);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.historyItems, 0);
        QVERIFY(!outcome.historyNote.isEmpty());
        QVERIFY(outcome.notices.isEmpty());
        const Views none = views(*without);
        QCOMPARE(none.insights, 0);
        QCOMPARE(none.withViews, 0);
        QCOMPARE(itemViews(*without).insights, 0); // no item has known views
    }

    /// Instagram insights go round the whole library (SyncOptions::historyItemsPerSync a sync): the media
    /// never read first, the most recent first among them, then those read longest ago; never the same newest
    /// media again while others wait. 60 media at 20 a sync: all have views after 3 syncs.
    void instagramInsightsGoRoundTheLibrary()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::Instagram));
        QCOMPARE(env->manager->options().historyItemsPerSync, 20);
        // Each media's latest insights row: when it was written (absent: never read).
        const auto readAt = [&env]() {
            return awaitTask(env->library->run<QHash<QString, qint64>>([](LibraryDatabase& db) {
                QHash<QString, qint64> out;
                QSqlQuery q(db.connection());
                if (q.exec(QStringLiteral("SELECT c.external_id, max(h.recorded_at) FROM content c JOIN "
                                          "content_history h ON h.content_id = c.id AND h.source = "
                                          "'instagram_insights' AND h.views IS NOT NULL AND c.views_known "
                                          "WHERE c.platform = 'instagram' GROUP BY c.id")))
                    while (q.next())
                        out.insert(q.value(0).toString(), q.value(1).toLongLong());
                return out;
            }));
        };
        const auto idSet = [](const QStringList& ids) {
            return QSet<QString>(ids.cbegin(), ids.cend());
        };
        const QStringList all = newestIds(sandbox, Platform::Instagram, 60);
        QCOMPARE(all.size(), 60);
        QSet<QString> read;
        for (int sync = 0; sync < 3; ++sync) {
            const SyncOutcome outcome = env->sync(Platform::Instagram);
            QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
            QCOMPARE(outcome.historyItems, 20);
            // The next 20 never read, newest first: none read twice while others wait.
            read.unite(idSet(all.mid(sync * 20, 20)));
            const QHash<QString, qint64> now = readAt();
            QCOMPARE(QSet<QString>(now.keyBegin(), now.keyEnd()), read);
        }
        QCOMPARE(readAt().size(), 60); // every media has its views

        // Then those read longest ago: the oldest 20 media read two days ago, the others an hour ago.
        const QStringList oldest = all.mid(40);
        QVERIFY(awaitTask(env->library->run<bool>([oldest](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("UPDATE content_history SET recorded_at = recorded_at - 3600 "
                                       "WHERE source = 'instagram_insights'")))
                return false;
            for (const QString& id : oldest) {
                q.prepare(QStringLiteral("UPDATE content_history SET recorded_at = recorded_at - 2 * 86400 "
                                         "WHERE source = 'instagram_insights' AND content_id = (SELECT id "
                                         "FROM content WHERE platform = 'instagram' AND external_id = ?)"));
                q.addBindValue(id);
                if (!q.exec() || q.numRowsAffected() != 1)
                    return false;
            }
            return true;
        })));
        const QHash<QString, qint64> before = readAt();
        const SyncOutcome fourth = env->sync(Platform::Instagram);
        QVERIFY2(fourth.succeeded(), qPrintable(describe(fourth)));
        QCOMPARE(fourth.historyItems, 20);
        const QHash<QString, qint64> after = readAt();
        QSet<QString> reread;
        for (const QString& id : all) {
            if (after.value(id) != before.value(id))
                reread.insert(id);
        }
        QCOMPARE(reread, idSet(oldest));
    }

    /// A media whose insights Instagram refuses (HTTP 400: say, posted before the account became a business
    /// account) is skipped: the others are read, the outcome says so, and the next syncs read the next media
    /// instead of trying that one first again. Before, its error ended the sync's reading, and the media,
    /// still never read, came first again at every sync: it blocked the whole rotation.
    void anItemWhoseHistoryFailsDoesNotBlockTheOthers()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::Instagram));
        const QStringList all = newestIds(sandbox, Platform::Instagram, 60);
        QCOMPARE(all.size(), 60);
        const QString refused = all.at(1);
        QVERIFY(sandbox.addFault(
            QStringLiteral("status=400,path=/instagram/graph/v22.0/%1/insights").arg(refused)));
        const auto readIds = [&env]() {
            return awaitTask(env->library->run<QSet<QString>>([](LibraryDatabase& db) {
                QSet<QString> out;
                QSqlQuery q(db.connection());
                if (q.exec(
                        QStringLiteral("SELECT DISTINCT c.external_id FROM content c JOIN content_history h "
                                       "ON h.content_id = c.id AND h.source = 'instagram_insights' WHERE "
                                       "c.platform = 'instagram'")))
                    while (q.next())
                        out.insert(q.value(0).toString());
                return out;
            }));
        };
        const auto idSet = [](const QStringList& ids) {
            return QSet<QString>(ids.cbegin(), ids.cend());
        };

        const SyncOutcome first = env->sync(Platform::Instagram);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(first.historyItems, 19);
        QVERIFY2(first.historyNote.contains(QLatin1String("1 item")), qPrintable(first.historyNote));
        QSet<QString> expected = idSet(all.mid(0, 20));
        expected.remove(refused);
        QCOMPARE(readIds(), expected);

        // The next sync: the next 20 never read, not the refused one again first.
        const SyncOutcome second = env->sync(Platform::Instagram);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QCOMPARE(second.historyItems, 20);
        QVERIFY2(second.historyNote.isEmpty(), qPrintable(second.historyNote));
        expected.unite(idSet(all.mid(20, 20)));
        QCOMPARE(readIds(), expected);

        // Once Instagram answers for it, it comes round again in its turn: after the never read.
        QVERIFY(sandbox.clearFaults());
        const SyncOutcome third = env->sync(Platform::Instagram);
        QVERIFY2(third.succeeded(), qPrintable(describe(third)));
        expected.unite(idSet(all.mid(40, 20)));
        QCOMPARE(third.historyItems, 20);
        QCOMPARE(readIds(), expected);
        // An hour later, the media read or tried longest ago: the refused one (tried at the first sync) too.
        QVERIFY(awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("UPDATE content_history SET recorded_at = recorded_at - 3600 WHERE "
                                         "source = 'instagram_insights'")) &&
                   q.exec(QStringLiteral("UPDATE history_attempts SET attempted_at = attempted_at - 3600"));
        })));
        const SyncOutcome fourth = env->sync(Platform::Instagram);
        QVERIFY2(fourth.succeeded(), qPrintable(describe(fourth)));
        QCOMPARE(fourth.historyItems, 20);
        QVERIFY(readIds().contains(refused));
    }

    /// When every item's history read fails alike, it is not the items: the reading stops after a few, as
    /// for any other failure, instead of spending a request on each of the sync's items.
    void historyFailingForEveryItemStopsTheReading()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env && env->connect(Platform::Instagram));
        // Every media the sync reads first answers garbled insights.
        for (const QString& id : newestIds(sandbox, Platform::Instagram, 20))
            QVERIFY(sandbox.addFault(
                QStringLiteral("malformed,path=/instagram/graph/v22.0/%1/insights").arg(id)));
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.historyItems, 0);
        QVERIFY2(outcome.historyNote.contains(QLatin1String("the next sync reads it")),
                 qPrintable(outcome.historyNote));
        const qint64 tried = awaitTask(env->library->run<qint64>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM history_attempts")) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        }));
        QVERIFY2(tried >= 0 && tried < 5, qPrintable(QString::number(tried)));
    }

    /// Instagram's followers_count and TikTok's follower_count, read with each walk's first page, are
    /// recorded when they change only.
    void followerCountsAreRecordedOnChangeOnly()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        const auto points = [&env](Platform platform) {
            const QString account = env->manager->account(platform)->accountId;
            return awaitTask(
                env->library->run<QList<FollowerPoint>>([platform, account](LibraryDatabase& db) {
                    auto all = ContentHistory::followers(db, platform, account);
                    return all ? all.value() : QList<FollowerPoint>();
                }));
        };
        const QList<std::pair<Platform, qint64>> expected{{Platform::Instagram, 48210},
                                                          {Platform::TikTok, 90210}};
        for (const auto& [platform, count] : expected) {
            QVERIFY(env->connect(platform));
            for (int i = 0; i < 2; ++i)
                QVERIFY(env->sync(platform).succeeded());
            const QList<FollowerPoint> same = points(platform);
            QCOMPARE(same.size(), 1); // unchanged: one point
            QCOMPARE(same.first().followers, count);
            QCOMPARE(same.first().day, QDateTime::currentDateTimeUtc().date());
        }
        // Yesterday's count was lower: today's sync records today's.
        QVERIFY(awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(
                QStringLiteral("UPDATE account_history SET day = day - 1, followers = followers - 10 "
                               "WHERE platform = 'tiktok'"));
        })));
        QVERIFY(env->sync(Platform::TikTok).succeeded());
        const QList<FollowerPoint> changed = points(Platform::TikTok);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().followers, 90200);
        QCOMPARE(changed.last().followers, 90210);
        QCOMPARE(points(Platform::Instagram).size(), 1);
    }

    /// Errors on the history never fail the content sync.
    void youtubeAnalyticsErrorsLeaveTheSyncSucceeded_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << QStringLiteral("status=500");
        QTest::newRow("429") << QStringLiteral("rate-limit,retry_after=1");
        QTest::newRow("malformed") << QStringLiteral("malformed");
    }

    void youtubeAnalyticsErrorsLeaveTheSyncSucceeded()
    {
        QFETCH(QString, fault);
        SandboxProcess sandbox(sandboxOptions(60));
        auto env = connectedYouTube(sandbox);
        QVERIFY(env);
        QVERIFY(sandbox.addFault(fault + QStringLiteral(",path=/youtube/analytics")));
        expectSyncedWithoutHistory(*env, env->sync(Platform::YouTube), 60);
        QVERIFY(!QTest::currentTestFailed());
        // Once it answers again, the next sync reads it.
        QVERIFY(sandbox.clearFaults());
        const SyncOutcome next = env->sync(Platform::YouTube);
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QCOMPARE(next.historyItems, 20);
        QVERIFY(next.historyNote.isEmpty());
    }

    void platformThatNeverAnswersStopsWithinThePageDeadline()
    {
        using namespace std::chrono_literals;
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::YouTube));
        QVERIFY(env->connect(Platform::TikTok));
        // Short bounds instead of the production 30 s per answer and 60 s per page.
        SyncOptions options = env->manager->options();
        options.requestTimeout = 400ms;
        options.pageTimeout = 3s;
        env->manager->setOptions(options);
        QVERIFY(sandbox.addFault(QStringLiteral("hang,path=/youtube/v3")));

        QStringList notices;
        QObject guard;
        connect(env->manager, &SyncManager::syncProgress, &guard,
                [&](Platform p, const SyncProgress& progress) {
                    if (p == Platform::YouTube && !progress.retryNotice.isEmpty())
                        notices.append(progress.retryNotice);
                });
        QElapsedTimer elapsed;
        elapsed.start();
        const QList<SyncOutcome> outcomes =
            awaitTask(env->manager->syncAndWait({Platform::YouTube, Platform::TikTok}));
        const qint64 ms = elapsed.elapsed();
        QCOMPARE(outcomes.size(), 2);
        // YouTube: stopped once the page's deadline left no time, saying why; not 365 s later.
        const SyncOutcome& youtube = outcomes.at(0);
        QCOMPARE(youtube.platform, Platform::YouTube);
        QCOMPARE(youtube.status, SyncOutcome::Status::Failed);
        QCOMPARE(youtube.errorKind, std::optional(PlatformError::Kind::Timeout));
        QVERIFY2(youtube.errorMessage.contains(QLatin1String("YouTube did not answer within 3 second")),
                 qPrintable(youtube.errorMessage));
        QVERIFY2(ms >= 2500 && ms < 10000, qPrintable(QString::number(ms)));
        QVERIFY(youtube.progress.retryNotice.isEmpty());
        QCOMPARE(env->manager->account(Platform::YouTube)->status, AccountStatus::Connected);
        QCOMPARE(env->manager->account(Platform::YouTube)->lastError, youtube.errorMessage);
        // Each retry was announced with the reason and the wait.
        QVERIFY(notices.size() >= 2);
        for (const QString& notice : std::as_const(notices))
            QVERIFY2(notice.startsWith(QLatin1String("YouTube did not answer; retrying in ")),
                     qPrintable(notice));
        // TikTok synced meanwhile.
        QCOMPARE(outcomes.at(1).platform, Platform::TikTok);
        QVERIFY2(outcomes.at(1).succeeded(), qPrintable(describe(outcomes.at(1))));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 120);

        // Once it answers again, it syncs.
        QVERIFY(sandbox.clearFaults());
        const SyncOutcome after = env->sync(Platform::YouTube);
        QVERIFY2(after.succeeded(), qPrintable(describe(after)));
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 120);
    }

    /// Cancelling a sync whose platform never answers ends it at once: the request in flight is aborted, not
    /// waited for until its page deadline (60 s by default, 10 min here).
    void cancellingASyncAbortsTheRequestInFlight()
    {
        using namespace std::chrono_literals;
        SandboxProcess sandbox(sandboxOptions(120));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::YouTube));
        SyncOptions options = env->manager->options();
        options.requestTimeout = 10min;
        options.pageTimeout = 10min;
        env->manager->setOptions(options);
        QVERIFY(sandbox.addFault(QStringLiteral("hang,path=/youtube/v3")));

        std::optional<QList<SyncOutcome>> outcomes;
        auto running = env->manager->syncAndWait({Platform::YouTube}).then([&](QList<SyncOutcome>&& done) {
            outcomes = std::move(done);
        });
        // The page request is on its way to a platform that will not answer.
        QTRY_VERIFY_WITH_TIMEOUT(env->http->requestsInFlight() > 0, 20000);
        QVERIFY(!outcomes);
        env->manager->cancelAll();
        // Well before either bound: the cancel does not wait for the platform.
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 20000);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->at(0).status, SyncOutcome::Status::Cancelled);
        QCOMPARE(env->http->requestsInFlight(), 0);
        // The account is left as it was, ready for the next sync.
        QCOMPARE(env->manager->account(Platform::YouTube)->status, AccountStatus::Connected);
        QVERIFY(sandbox.clearFaults());
        const SyncOutcome after = env->sync(Platform::YouTube);
        QVERIFY2(after.succeeded(), qPrintable(describe(after)));
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 120);
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
        const SyncOutcome failed = syncAddingFaultAfter(
            sandbox, *env, Platform::TikTok, 3, QStringLiteral("malformed,path=/tiktok/v2/video"), &armed);
        QVERIFY(armed);
        QCOMPARE(failed.status, SyncOutcome::Status::Failed);
        QCOMPARE(failed.errorKind, std::optional(PlatformError::Kind::Malformed));
        QVERIFY(!failed.errorMessage.isEmpty());
        // The walk lists up to two pages ahead of the one it stores: those listed before the fault came are
        // stored too, and the first malformed answer stops the job.
        QVERIFY2(failed.progress.pages >= 3 && failed.progress.pages <= 5,
                 qPrintable(QString::number(failed.progress.pages)));
        const qint64 kept = failed.progress.pages * 20; // 20 a page
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), kept);
        QCOMPARE(env->manager->account(Platform::TikTok)->lastError, failed.errorMessage);

        QVERIFY(sandbox.clearFaults());
        const SyncOutcome resumed = env->sync(Platform::TikTok);
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QVERIFY(!resumed.incremental); // the interrupted sync is walked again in full
        QCOMPARE(env->libraryIds(Platform::TikTok), expected);
        QCOMPARE(resumed.progress.newItems, 300 - kept);
    }

    void platformQuotaErrorStopsTheJob()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::YouTube));
        QVERIFY(sandbox.addFault(QStringLiteral("quota,path=/youtube/v3")));
        QSignalSpy notifications(env->manager, &SyncManager::notification);
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
        SessionManager session(env->backend, env->secrets, env->profileName);
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
        QSignalSpy removedSpy(env->manager, &SyncManager::itemsRemoved);
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
        // And one the platform lists, already in the library (imported): a sync that finds it does not bill
        // it.
        const QSet<QString> listed = env->platformIds(Platform::YouTube);
        QCOMPARE(listed.size(), 150);
        ContentItem imported = gone;
        imported.externalId = *listed.begin();
        imported.title = QStringLiteral("Imported from a backup");
        QVERIFY(awaitTask(env->library->upsert({gone, other, imported})));
        const qint64 usedBefore = env->used(sandbox);
        const bool aged = awaitTask(env->library->run<bool>([](LibraryDatabase& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("UPDATE content SET synced_at = synced_at - 86400"));
        }));
        QVERIFY(aged);

        QSignalSpy changed(env->library, &LibraryService::contentChanged);
        const SyncOutcome outcome = env->sync(Platform::YouTube);
        QVERIFY2(outcome.succeeded(), qPrintable(describe(outcome)));
        QVERIFY(!outcome.incremental);
        QCOMPARE(outcome.itemsPruned, 1);
        QCOMPARE(outcome.toJson().value(QStringLiteral("items_pruned")).toInt(), 1);
        const QSet<QString> ids = env->libraryIds(Platform::YouTube);
        QVERIFY(!ids.contains(gone.externalId));
        QVERIFY(ids.contains(other.externalId));
        QCOMPARE(ids.size(), 150 + 1);
        // Billed: the 149 items the library did not hold; neither the imported one nor the removal costs.
        QCOMPARE(outcome.progress.newItems, 149);
        QCOMPARE(env->used(sandbox) - usedBefore, 149);
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
        QCOMPARE(env->used(sandbox) - usedBefore, 149);
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
        connect(env->manager, &SyncManager::itemsCommitted, &guard, [&](Platform, int) {
            if (started)
                return;
            started = true;
            [](SyncManager* manager, auto* out) -> QCoro::Task<> {
                *out = co_await manager->disconnectPlatform(Platform::TikTok, true);
            }(env->manager, &disconnected);
        });
        QSignalSpy finished(env->manager, &SyncManager::syncFinished);
        QVERIFY(env->manager->sync(Platform::TikTok));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Cancelled);
        QVERIFY(QTest::qWaitFor([&] { return disconnected.has_value(); }, 30000));
        QVERIFY2(*disconnected, *disconnected ? "" : qPrintable(disconnected->error()));
        QVERIFY(env->manager->isIdle());
        QVERIFY(!env->manager->account(Platform::TikTok));
        QCOMPARE(env->libraryIds(Platform::TikTok).size(), 0);
    }

    /// The newest `count` item ids of the platform, newest first (what the first pages hold).
    static QStringList newestIds(SandboxProcess& sandbox, Platform platform, int count)
    {
        const auto reply =
            sandbox.request("GET", sandbox.url(QStringLiteral("/__control/items/") + platformId(platform)));
        QStringList ids;
        for (const QJsonValue& id : reply.json().object().value(QLatin1String("ids")).toArray()) {
            if (ids.size() == count)
                break;
            ids.append(id.toString());
        }
        return ids;
    }

    /// Syncs `platform`, adding the fault `spec` to the sandbox once `pages` pages are committed (`armed`).
    static SyncOutcome syncAddingFaultAfter(SandboxProcess& sandbox, SyncEnvironment& env, Platform platform,
                                            int pages, const QString& spec, bool* armed)
    {
        QObject guard;
        QObject::connect(env.manager, &SyncManager::syncProgress, &guard,
                         [&](Platform, const SyncProgress& p) {
                             if (p.pages == pages && !*armed) {
                                 *armed = true;
                                 sandbox.addFault(spec);
                             }
                         });
        return env.sync(platform);
    }

    /// A started sandbox (300 items) and an environment with YouTube connected; nullptr on failure.
    std::unique_ptr<SyncEnvironment> connectedYouTube(SandboxProcess& sandbox)
    {
        if (!sandbox.start()) {
            qWarning("sandbox: %s", qPrintable(sandbox.errorString()));
            return nullptr;
        }
        auto env = environment(sandbox);
        if (!env || !env->connect(Platform::YouTube))
            return nullptr;
        return env;
    }

    /// Once the faults are cleared, the next sync stores exactly the platform's items.
    static void expectConvergence(SandboxProcess& sandbox, SyncEnvironment& env)
    {
        QVERIFY(sandbox.clearFaults());
        const SyncOutcome resumed = env.sync(Platform::YouTube);
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QCOMPARE(env.libraryIds(Platform::YouTube), env.platformIds(Platform::YouTube));
        QCOMPARE(env.libraryIds(Platform::YouTube).size(), 300);
    }

    /// A full YouTube walk lists pages ahead (playlistItems) while earlier pages' videos.list are in flight.
    /// When a listing fails (here the quota, on page 4, asked for while page 2's details are in flight), the
    /// pages listed before it are still completed and committed, in order and exactly once, and nothing of
    /// the failed page is stored; the next sync converges and bills every item once.
    void errorOnALaterPageWhilePageDetailsAreInFlight()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        auto env = connectedYouTube(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        const QStringList newest = newestIds(sandbox, Platform::YouTube, 150);
        QCOMPARE(newest.size(), 150);
        // Page details answer slowly: the walk lists pages 2 and 3 while page 1's are in flight, and page 4
        // once page 2 is taken, while page 2's are in flight.
        QVERIFY(sandbox.addFault(QStringLiteral("latency=300,path=/youtube/v3/videos")));
        bool armed = false;
        const SyncOutcome failed =
            syncAddingFaultAfter(sandbox, *env, Platform::YouTube, 1,
                                 QStringLiteral("quota,path=/youtube/v3/playlistItems"), &armed);
        QVERIFY(armed);
        QCOMPARE(failed.status, SyncOutcome::Status::Failed);
        QCOMPARE(failed.errorKind, std::optional(PlatformError::Kind::QuotaExceeded));
        QCOMPARE(failed.progress.pages, 3);
        QCOMPARE(env->libraryIds(Platform::YouTube), QSet<QString>(newest.cbegin(), newest.cend()));
        QCOMPARE(env->http->requestsInFlight(), 0);
        awaitTask(env->reporter->flush());
        QCOMPARE(env->used(sandbox) - usedBefore, 150);

        expectConvergence(sandbox, *env);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(env->manager->account(Platform::YouTube)->itemCount, 300);
        awaitTask(env->reporter->flush());
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
    }

    /// The same overlap the other way: page 1's details fail for good while page 2's listing has come.
    /// Page 1 is not stored, page 2 is never stored ahead of it, and no request is left running.
    void detailsErrorStopsBeforeTheNextPageIsStored()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        auto env = connectedYouTube(sandbox);
        QVERIFY(env);
        QVERIFY(sandbox.addFault(QStringLiteral("quota,path=/youtube/v3/videos")));
        const SyncOutcome failed = env->sync(Platform::YouTube);
        QCOMPARE(failed.status, SyncOutcome::Status::Failed);
        QCOMPARE(failed.errorKind, std::optional(PlatformError::Kind::QuotaExceeded));
        QCOMPARE(failed.progress.pages, 0);
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 0);
        QCOMPARE(env->http->requestsInFlight(), 0);
        expectConvergence(sandbox, *env);
    }

    /// Cancelling while page 1's details and page 2's listing are both in flight: both are aborted, nothing
    /// is stored or billed, and the next sync stores and bills every item exactly once.
    void cancelWhileTwoRequestsAreInFlight()
    {
        SandboxProcess sandbox(sandboxOptions(300));
        auto env = connectedYouTube(sandbox);
        QVERIFY(env);
        const qint64 usedBefore = env->used(sandbox);
        // Page 1's videos.list never answers; page 2's playlistItems, asked for at the same time, is slow.
        QVERIFY(sandbox.addFault(QStringLiteral("hang,path=/youtube/v3/videos")));
        QVERIFY(sandbox.addFault(QStringLiteral("latency=5000,path=/youtube/v3/playlistItems")));
        std::optional<QList<SyncOutcome>> outcomes;
        auto running = env->manager->syncAndWait({Platform::YouTube}).then([&](QList<SyncOutcome>&& done) {
            outcomes = std::move(done);
        });
        QTRY_VERIFY_WITH_TIMEOUT(env->http->requestsInFlight() == 2, 20000);
        QVERIFY(!outcomes);
        env->manager->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 20000);
        QCOMPARE(outcomes->at(0).status, SyncOutcome::Status::Cancelled);
        QCOMPARE(outcomes->at(0).progress.pages, 0);
        QCOMPARE(env->http->requestsInFlight(), 0);
        QCOMPARE(env->libraryIds(Platform::YouTube).size(), 0);
        awaitTask(env->reporter->flush());
        QCOMPARE(env->used(sandbox) - usedBefore, 0);
        expectConvergence(sandbox, *env);
        awaitTask(env->reporter->flush());
        QCOMPARE(env->used(sandbox) - usedBefore, 300);
    }

    void cancelStopsAfterThePageInFlight()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto env = environment(sandbox);
        QVERIFY(env);
        QVERIFY(env->connect(Platform::Instagram));
        QObject guard;
        connect(env->manager, &SyncManager::syncProgress, &guard,
                [&](Platform p, const SyncProgress& progress) {
                    if (progress.pages == 2)
                        env->manager->cancel(p);
                });
        const SyncOutcome outcome = env->sync(Platform::Instagram);
        QObject::disconnect(env->manager, nullptr, &guard, nullptr);
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

namespace {

/// `TestSyncSandbox --sync-child CONFIG LIBRARY KEYCHAIN-SERVICE PROFILE PLATFORM` (token in
/// SV_TEST_ACCESS_TOKEN): another process on the test's profile, syncing one platform with usage reported
/// every 60 new items and printing "page N" after each committed page, until the test kills it.
int runSyncChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7)
        return 64;
    SyncEnvironment env;
    const auto loaded = AppConfig::load(args.at(2));
    if (!loaded)
        return 65;
    env.config = loaded.value();
    env.profileDir = args.at(3);
    env.service = args.at(4);
    env.profileName = args.at(5); // the profile's id: attach() finds the same
    const auto platform = platformFromId(args.at(6));
    if (!platform)
        return 64;
    const QString error = env.attach(qEnvironmentVariable("SV_TEST_ACCESS_TOKEN"));
    if (!error.isEmpty()) {
        qWarning("child: %s", qPrintable(error));
        return 66;
    }
    SyncOptions options;
    options.retryDelay = std::chrono::milliseconds(20);
    options.reportEveryItems = 60;
    env.manager->setOptions(options);
    QObject::connect(env.manager, &SyncManager::syncProgress, &app, [](Platform, const SyncProgress& p) {
        std::printf("page %d\n", p.pages);
        std::fflush(stdout);
    });
    const SyncOutcome outcome = env.sync(*platform);
    std::printf("done %s\n", qPrintable(SyncOutcome::statusId(outcome.status)));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--sync-child") == 0)
        return runSyncChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSyncSandbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSyncSandbox.moc"
