// The desktop composition (DesktopServices beside the window's LibraryService) opens the profile's library
// file once: the cache's persistent layer works through the library's own connection, on its worker thread,
// and the UI thread never waits for SQL.
#include "DesktopServices.h"

#include "cache/LayeredCache.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryService.h"

#include "AwaitTask.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

#include <optional>

using namespace sv;
using sv::test::awaitTask;

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

} // namespace

class TestDesktopServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheUsesTheLibraryConnectionOnItsWorker()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Profile profile = Profile::resolve(dir.filePath(QStringLiteral("profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));
        AppConfig config;
        config.backend.url =
            QUrl(QStringLiteral("http://127.0.0.1:9")); // never called: the fetchers are local
        config.backend.anonKey = QStringLiteral("anon");

        LibraryService library;
        QVERIFY(!awaitTask(library.open(profile.libraryPath())));
        QCOMPARE(openDescriptors(profile.libraryPath()), 1);
        DesktopServices services(&library, config, profile, QStringLiteral("StreamVibeDesktopServicesTest"));
        QVERIFY(services.isAvailable());
        QVERIFY(services.attachPersistentCache());
        LayeredCache* cache = services.cache();
        QVERIFY(cache);

        // Used: a lookup that misses both layers fetches and stores the value in cache_store.
        const LayeredCache::Key plans{DataType::Plans, {}, QStringLiteral("list:usd")};
        int fetches = 0;
        const LayeredCache::Fetcher fetcher = [&fetches]() -> QCoro::Task<Result<QByteArray, ApiError>> {
            ++fetches;
            co_return QByteArray("[\"basic\"]");
        };
        auto got = awaitTask(cache->get(plans, fetcher));
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
        const LayeredCache::Key subscription{DataType::Subscription, QStringLiteral("user-1"),
                                             QStringLiteral("settings")};
        QVERIFY(cache->put(subscription, "{\"plan\":\"basic\"}"));
        cache->invalidate({DataType::Profile, QStringLiteral("user-1"), QStringLiteral("me")});
        auto pending = cache->get(plans, fetcher);
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
};

QTEST_GUILESS_MAIN(TestDesktopServices)
#include "TestDesktopServices.moc"
