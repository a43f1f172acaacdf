// The composition root of one profile (ProfileServices): it opens the profile's library file once (the
// cache's persistent layer works through the library's own connection, on its worker thread, and the UI
// thread never waits for SQL), works offline without a backend, and connects what follows a change of
// user: sign-out purges the user's cache scope, a sync that reported usage invalidates billing, sign-in
// reloads the connected accounts.
#include "services/ProfileServices.h"

#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "cache/LayeredCache.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryService.h"
#include "sync/SyncManager.h"

#include "AwaitTask.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

using namespace sv;
using sv::test::awaitTask;
using sv::test::SandboxProcess;

namespace {

/// How many descriptors this process holds open on `file`.
int openDescriptors(const QString& file)
{
    return sv::test::openDescriptors(QCoreApplication::applicationPid(), file);
}

int cacheRows(LibraryService& library)
{
    return awaitTask(library.run<int>([](LibraryDatabase& db) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM cache_store")) && q.next() ? q.value(0).toInt()
                                                                                      : -1;
    }));
}

/// A backend that is never called: the fetchers in these tests are local.
AppConfig unusedBackend()
{
    AppConfig config;
    config.backend.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.backend.anonKey = QStringLiteral("anon");
    return config;
}

const QString KeychainService = QStringLiteral("StreamVibeProfileServicesTest");

LayeredCache::Key subscriptionKey(const QString& userId)
{
    return {DataType::Subscription, userId, QStringLiteral("settings")};
}

const LayeredCache::Key PlansKey{DataType::Plans, {}, QStringLiteral("list:usd")};

/// The services of a new profile in a temporary directory, with a backend that is never called.
struct OfflineProfile
{
    QTemporaryDir dir;
    Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
    ProfileServices services{unusedBackend(), profile, KeychainService};

    /// Opens the library; false when it could not be opened.
    bool open() { return awaitTask(services.libraryReady()).hasValue(); }
};

} // namespace

class TestProfileServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheUsesTheLibraryConnectionOnItsWorker()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));

        ProfileServices services(unusedBackend(), profile, KeychainService);
        QVERIFY(services.isAvailable());
        QCOMPARE(services.libraryState(), ProfileServices::LibraryState::NotOpened);
        QSignalSpy opened(&services, &ProfileServices::libraryOpened);
        const auto ready = awaitTask(services.libraryReady());
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(services.libraryState(), ProfileServices::LibraryState::Open);
        LibraryService& library = *services.library();
        QCOMPARE(library.filePath(), profile.libraryPath());
        QCOMPARE(openDescriptors(profile.libraryPath()), 1);
        LayeredCache* cache = services.cache();
        QVERIFY(cache);
        CacheStoreQueue* store = cache->store(); // attached once the library is open
        QVERIFY(store);
        QVERIFY(awaitTask(services.libraryReady())); // once is enough: no second open, the store stays
        QCOMPARE(opened.size(), 1);
        QCOMPARE(cache->store(), store);

        // Used: a lookup that misses both layers fetches and stores the value in cache_store.
        int fetches = 0;
        const LayeredCache::Fetcher fetcher = [&fetches]() -> QCoro::Task<Result<QByteArray, ApiError>> {
            ++fetches;
            co_return QByteArray("[\"basic\"]");
        };
        auto got = awaitTask(cache->get(PlansKey, fetcher));
        QVERIFY(got);
        QCOMPARE(got->source, CacheSource::Backend);
        QCOMPARE(cacheRows(library), 1); // written through the library's connection (queued before this read)
        QCOMPARE(openDescriptors(profile.libraryPath()), 1);

        // The UI thread never waits on SQL: with the library's worker busy, a lookup that misses memory
        // returns at once (suspended), and writes and invalidations are queued without waiting.
        cache->memory().clear();
        QSemaphore workerBusy;
        QSemaphore release;
        auto blocker = library.run<bool>([&](LibraryDatabase&) {
            workerBusy.release();
            return release.tryAcquire(1, 10000); // bounded: a test that waits on SQL fails instead of hanging
        });
        QVERIFY(workerBusy.tryAcquire(1, 10000));
        QVERIFY(cache->put(subscriptionKey(QStringLiteral("user-1")), "{\"plan\":\"basic\"}"));
        cache->invalidate({DataType::Profile, QStringLiteral("user-1"), QStringLiteral("me")});
        auto pending = cache->get(PlansKey, fetcher);
        QVERIFY(!pending.isReady());
        release.release();
        got = awaitTask(std::move(pending));
        QVERIFY(got);
        QCOMPARE(got->source, CacheSource::Sqlite);
        QCOMPARE(got->value, QByteArray("[\"basic\"]"));
        QCOMPARE(fetches, 1);
        QVERIFY(awaitTask(std::move(blocker)));
        QCOMPARE(cacheRows(library), 2);

        // Sign-out purge reaches the file through the same connection.
        cache->purgeScope(QStringLiteral("user-1"));
        QCOMPARE(cacheRows(library), 1);
        QCOMPARE(openDescriptors(profile.libraryPath()), 1);
    }

    void cacheSurvivesARestart()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));
        {
            ProfileServices services(unusedBackend(), profile, KeychainService);
            QVERIFY(awaitTask(services.libraryReady()));
            QVERIFY(services.cache()->put(PlansKey, "[\"pro\"]"));
        }
        QCOMPARE(openDescriptors(profile.libraryPath()), 0);
        ProfileServices again(unusedBackend(), profile, KeychainService);
        QVERIFY(awaitTask(again.libraryReady()));
        const auto found = awaitTask(again.cache()->lookup(PlansKey));
        QVERIFY(found);
        QCOMPARE(found->source, CacheSource::Sqlite);
        QCOMPARE(found->value, QByteArray("[\"pro\"]"));
    }

    void cacheAndBillingKeepTheGivenClock()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));
        ManualClock clock;
        ProfileServices services(unusedBackend(), profile, KeychainService, clock);
        QCOMPARE(&services.billing()->clock(), &clock);
        const QDateTime putAt = clock.now();
        QVERIFY(services.cache()->put(PlansKey, "[\"pro\"]"));
        clock.advance(std::chrono::minutes(5));
        const auto found = awaitTask(services.cache()->lookup(PlansKey));
        QVERIFY(found);
        QCOMPARE(found->storedAt, putAt);
        QCOMPARE(found->age, std::chrono::milliseconds(std::chrono::minutes(5)));
    }

    void noBackendStillOpensTheLibrary()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("offline")));
        ProfileServices services(AppConfig(), profile);
        QVERIFY(!services.isAvailable());
        QVERIFY(!services.http());
        QVERIFY(!services.backend());
        QVERIFY(!services.secrets());
        QVERIFY(!services.session());
        QVERIFY(!services.cache());
        QVERIFY(!services.billing());
        QVERIFY(!services.accounts());
        QVERIFY(!services.reporter());
        QVERIFY(!services.syncManager());
        QVERIFY(services.library());
        QVERIFY(awaitTask(services.libraryReady()));
        QCOMPARE(services.library()->filePath(), profile.libraryPath());
        QVERIFY(QFile::exists(profile.libraryPath()));
        QCoro::waitFor(services.shutdown()); // nothing to stop
    }

    void libraryThatCannotBeOpenedIsReported()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));
        QFile garbage(profile.libraryPath());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
        garbage.close();

        ProfileServices services(unusedBackend(), profile, KeychainService);
        QSignalSpy failed(&services, &ProfileServices::libraryFailed);
        QSignalSpy opened(&services, &ProfileServices::libraryOpened);
        services.openLibrary();
        const auto ready = awaitTask(services.libraryReady());
        QVERIFY(!ready);
        QVERIFY(!ready.error().message.isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), ready.error().message);
        QVERIFY(opened.isEmpty());
        QCOMPARE(services.libraryState(), ProfileServices::LibraryState::Failed);
        // The cache goes on from memory.
        QVERIFY(services.cache());
        QVERIFY(!services.cache()->store());
        QVERIFY(services.cache()->put(PlansKey, "[]"));
    }

    // The reactions, one by one: each fails when its connection is removed.

    void signOutPurgesTheUsersCacheScope()
    {
        OfflineProfile p;
        QVERIFY(p.open());
        ProfileServices& services = p.services;
        LayeredCache* cache = services.cache();
        QVERIFY(cache->put(subscriptionKey(QStringLiteral("user-1")), "{\"plan\":\"basic\"}"));
        QVERIFY(cache->put(subscriptionKey(QStringLiteral("user-2")), "{\"plan\":\"pro\"}"));
        QVERIFY(cache->put(PlansKey, "[]"));
        QCOMPARE(cacheRows(*services.library()), 3);

        // What the session announces when user-1's session ends (sign-out, refused refresh...).
        Q_EMIT services.session()->userDataPurged(QStringLiteral("user-1"));
        QVERIFY(!cache->peek(subscriptionKey(QStringLiteral("user-1"))));
        QVERIFY(!awaitTask(cache->lookup(subscriptionKey(QStringLiteral("user-1")))));
        QVERIFY(cache->peek(subscriptionKey(QStringLiteral("user-2"))));
        QVERIFY(cache->peek(PlansKey));
        QCOMPARE(cacheRows(*services.library()), 2);
    }

    void syncThatReportedUsageInvalidatesBilling()
    {
        OfflineProfile p;
        QVERIFY(p.open());
        ProfileServices& services = p.services;
        BillingService* billing = services.billing();
        billing->setUserId(QStringLiteral("user-1"));
        QVERIFY(services.cache()->put(subscriptionKey(QStringLiteral("user-1")), "{\"plan\":\"basic\"}"));
        QSignalSpy invalidated(billing, &BillingService::subscriptionInvalidated);

        SyncOutcome outcome;
        outcome.platform = Platform::YouTube;
        outcome.status = SyncOutcome::Status::Succeeded;
        outcome.unitsReported = 12;
        outcome.progress.newItems = 12;
        Q_EMIT services.syncManager()->usageChanged(outcome);
        QCOMPARE(invalidated.size(), 1);
        // Expired, so the next read fetches it, yet kept for the pages to show while they do.
        const std::optional<CacheResult> expired =
            services.cache()->peek(subscriptionKey(QStringLiteral("user-1")));
        QVERIFY(expired && expired->stale);
    }

    void signInReloadsAccountsAndSignOutPurges()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto loaded = AppConfig::load(sandbox.configFile());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QVERIFY(sandbox.createUser(QStringLiteral("services@example.test"), QStringLiteral("pw-services-1")));
        QTemporaryDir dir;
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));

        ProfileServices services(loaded.value(), profile, KeychainService);
        QVERIFY(awaitTask(services.libraryReady()));
        SyncManager* sync = services.syncManager();
        QSignalSpy accountsChanged(sync, &SyncManager::accountsChanged);

        const auto user = awaitTask(services.session()->signInWithPassword(
            QStringLiteral("services@example.test"), QStringLiteral("pw-services-1")));
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
        // Sign-in: billing follows the user and the accounts are read again.
        QCOMPARE(services.billing()->userId(), user->id);
        QTRY_COMPARE_WITH_TIMEOUT(accountsChanged.size(), 1, 10000);

        // Sign-out: the user's cached data goes, from both layers; billing follows nobody.
        QVERIFY(services.cache()->put(subscriptionKey(user->id), "{\"plan\":\"basic\"}"));
        QVERIFY(services.cache()->put(PlansKey, "[]"));
        const auto out = awaitTask(services.session()->signOut());
        QVERIFY(out);
        QVERIFY(services.billing()->userId().isEmpty());
        QVERIFY(!awaitTask(services.cache()->lookup(subscriptionKey(user->id))));
        QVERIFY(services.cache()->peek(PlansKey));
        QCOMPARE(accountsChanged.size(), 1); // nothing read for nobody
        QCoro::waitFor(services.shutdown());
    }
};

QTEST_GUILESS_MAIN(TestProfileServices)
#include "TestProfileServices.moc"
