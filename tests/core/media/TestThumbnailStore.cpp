// ThumbnailStore and its disk cache: real HTTP to the sandbox's pictures, a real cache folder on disk.
#include "backend/HttpClient.h"
#include "media/ThumbnailDiskCache.h"
#include "media/ThumbnailStore.h"

#include "SandboxProcess.h"
#include "TestSupport.h"
#include "fixtures/AwaitTask.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sv;
using sv::test::SandboxProcess;

namespace {
QUrl thumbnail(SandboxProcess& sandbox, const QString& id)
{
    return sandbox.url(QStringLiteral("/youtube/img/vi/%1/mqdefault.jpg").arg(id));
}
} // namespace

class TestThumbnailStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_profileCache; ///< shared by the cases that browse, then go offline
    HttpClient m_http;

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.items = 20;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_profileCache.isValid());
        RetryPolicy once;
        once.maxAttempts = 1;
        m_http.setRetryPolicy(once);
    }
    void cleanup()
    {
        if (m_sandbox)
            QVERIFY(m_sandbox->clearFaults());
    }

    void downloadsOnceThenAnswersFromTheDiskCache()
    {
        ThumbnailStore store(&m_http, m_profileCache.filePath(QStringLiteral("thumbnails")));
        const QUrl url = thumbnail(*m_sandbox, QStringLiteral("first"));
        const auto bytes = sv::test::awaitTask(store.fetch(url));
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith("\xff\xd8")); // the sandbox's JPEG
        QCOMPARE(store.stats().downloads, 1);
        QCOMPARE(store.stats().cacheMisses, 1);
        store.waitForDisk();

        // A later session with the same folder reads it from disk, and a failing server does not matter.
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=500,path=/youtube/img")));
        ThumbnailStore again(&m_http, store.directory());
        QCOMPARE(sv::test::awaitTask(again.fetch(url)), bytes);
        QCOMPARE(again.stats().cacheHits, 1);
        QCOMPARE(again.stats().downloads, 0);
        QCOMPARE(again.stats().hitRate(), 1.0);
    }

    void requestsForOneUrlAreCoalesced()
    {
        QTemporaryDir dir;
        ThumbnailStore store(&m_http, dir.path());
        QSignalSpy loaded(&store, &ThumbnailStore::loaded);
        const QUrl url = thumbnail(*m_sandbox, QStringLiteral("coalesced"));
        store.request(url);
        store.request(url);
        store.request(url);
        QVERIFY(loaded.wait(10'000));
        QTest::qWait(50); // (no second answer may follow)
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(store.stats().requests, 3);
        QCOMPARE(store.stats().coalesced, 2);
        QCOMPARE(store.stats().downloads, 1);
        QCOMPARE(store.pending(), 0);
    }

    void missingOrRefusedPicturesFailQuietly()
    {
        QTemporaryDir dir;
        ThumbnailStore store(&m_http, dir.path());
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=404,path=/youtube/img/vi/gone")));
        QVERIFY(!sv::test::awaitTask(store.fetch(thumbnail(*m_sandbox, QStringLiteral("gone")))));
        QCOMPARE(store.stats().failures, 1);

        // https only, plain http to loopback only: refused before anything is sent.
        QSignalSpy failed(&store, &ThumbnailStore::failed);
        QVERIFY(!sv::test::awaitTask(store.fetch(QUrl(QStringLiteral("http://example.com/a.jpg")))));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("loopback")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!sv::test::awaitTask(store.fetch(QUrl(QStringLiteral("ftp://127.0.0.1/a.jpg")))));
        QCOMPARE(store.stats().failures, 3);
        store.waitForDisk();
        QCOMPARE(store.diskSize().result(), 0); // nothing of a failure is kept
    }

    void releasedRequestsAreCancelled()
    {
        QTemporaryDir dir;
        ThumbnailStore store(&m_http, dir.path());
        store.setMaxConcurrentDownloads(1);
        QVERIFY(m_sandbox->addFault(QStringLiteral("latency=3000,path=/youtube/img/vi/slow")));
        QSignalSpy loaded(&store, &ThumbnailStore::loaded);
        QSignalSpy failed(&store, &ThumbnailStore::failed);
        const QUrl a = thumbnail(*m_sandbox, QStringLiteral("slow-a"));
        const QUrl b = thumbnail(*m_sandbox, QStringLiteral("slow-b"));
        const QUrl c = thumbnail(*m_sandbox, QStringLiteral("slow-c"));
        store.request(a);
        store.request(b);
        store.request(c);
        QTRY_COMPARE(store.stats().downloads, 1); // one slot: the most recent (c) goes first
        store.release(a);
        store.release(b);
        store.release(c);
        QCOMPARE(store.pending(), 0);
        // The download in flight is aborted; the queued ones never start.
        QTRY_VERIFY(m_http.requestsInFlight() == 0);
        QTest::qWait(100);
        QCOMPARE(store.stats().downloads, 1);
        QCOMPARE(store.stats().cancelled, 3);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    void leastRecentlyUsedGoesFirst()
    {
        QTemporaryDir dir;
        ThumbnailDiskCache cache(dir.path(), 100 * 1024);
        cache.setTouchInterval(0);
        const QByteArray picture(20 * 1024, 'x');
        auto url = [](char name) {
            return QUrl(QStringLiteral("https://cdn.example/%1.jpg").arg(QLatin1Char(name)));
        };
        for (char name : {'a', 'b', 'c', 'd'})
            cache.write(url(name), picture);
        QVERIFY(cache.read(url('a')));  // a is now the most recently used; b the least
        cache.write(url('e'), picture); // past 100 KiB: down to 90% of it, least recently used first
        QVERIFY(cache.read(url('a')));
        QVERIFY(!cache.read(url('b')));
        for (char name : {'c', 'd', 'e'})
            QVERIFY2(cache.read(url(name)), &name);
        qint64 onDisk = 0;
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            onDisk += it.nextFileInfo().size();
        QVERIFY2(onDisk < 100 * 1024, qPrintable(QString::number(onDisk)));

        // The order survives a restart: it is in the files, not in memory.
        ThumbnailDiskCache reopened(dir.path(), 100 * 1024);
        reopened.setTouchInterval(0);
        QVERIFY(reopened.read(url('c')));
        reopened.write(url('f'), picture);
        QVERIFY(!reopened.read(url('a')));
        QVERIFY(reopened.read(url('c')));
        reopened.clear();
        QVERIFY(!reopened.read(url('c')));
        QCOMPARE(reopened.cacheSize(), 0);
    }

    void sizeComesFromTheSettings()
    {
        QCOMPARE(ThumbnailStore::configuredMaximumBytes(), ThumbnailStore::DefaultMaximumBytes);
        ThumbnailStore::setConfiguredMaximumBytes(64LL * 1024 * 1024);
        QCOMPARE(ThumbnailStore::configuredMaximumBytes(), 64LL * 1024 * 1024);
        ThumbnailStore::setConfiguredMaximumBytes(0); // nonsense: the default
        QCOMPARE(ThumbnailStore::configuredMaximumBytes(), ThumbnailStore::DefaultMaximumBytes);
    }

    void browsedOnceShowsOffline()
    {
        const QString folder = m_profileCache.filePath(QStringLiteral("offline"));
        QList<QUrl> urls;
        {
            ThumbnailStore store(&m_http, folder);
            for (int i = 0; i < 5; ++i) {
                urls << thumbnail(*m_sandbox, QStringLiteral("offline-%1").arg(i));
                QVERIFY(sv::test::awaitTask(store.fetch(urls.last())));
            }
        }                  // the destructor lets the queued writes land
        m_sandbox.reset(); // the sandbox stops: nothing answers on its port any more
        ThumbnailStore offline(&m_http, folder);
        for (const QUrl& url : urls) {
            const auto bytes = sv::test::awaitTask(offline.fetch(url));
            QVERIFY(bytes && bytes->startsWith("\xff\xd8"));
        }
        QCOMPARE(offline.stats().cacheHits, 5);
        const QUrl never = urls.first().resolved(QUrl(QStringLiteral("/youtube/img/vi/never/mqdefault.jpg")));
        QVERIFY(!sv::test::awaitTask(offline.fetch(never))); // not cached, server gone: no picture
    }
};

QTEST_GUILESS_MAIN(TestThumbnailStore)
#include "TestThumbnailStore.moc"
