#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"

#include "fixtures/AwaitTask.h"

#include <QCoro/QCoroSignal>

#include <QFile>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

using namespace sv;
using namespace std::chrono_literals;
using Key = LayeredCache::Key;

Q_DECLARE_METATYPE(sv::DataType)

namespace {

/// A scripted backend: returns `value` (or `error` when set) and counts calls.
struct FakeBackend
{
    int calls = 0;
    QByteArray value = "v1";
    std::optional<ApiError> error;

    LayeredCache::Fetcher fetcher()
    {
        return [this]() -> QCoro::Task<Result<QByteArray, ApiError>> {
            ++calls;
            if (error)
                co_return *error;
            co_return value;
        };
    }
};

ApiError httpError(int status)
{
    ApiError e = ApiError::make(ApiError::Kind::Http);
    e.httpStatus = status;
    return e;
}

} // namespace

class TestLayeredCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_connection = 0;

    QString file() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<SqliteCacheStore> openStore()
    {
        auto store = std::make_unique<SqliteCacheStore>(
            SqliteCacheStore::openFile(file(), QStringLiteral("cache-%1").arg(++m_connection)));
        store->ensureSchema();
        return store;
    }
    std::unique_ptr<LayeredCache> makeCache() { return std::make_unique<LayeredCache>(openStore(), m_clock); }
    static Result<CacheResult, ApiError> get(LayeredCache& cache, const Key& key, FakeBackend& backend,
                                             bool force = false)
    {
        return sv::test::awaitTask(cache.get(key, backend.fetcher(), force));
    }
    /// Memory, else SQLite, without the backend.
    static std::optional<CacheResult> lookup(LayeredCache& cache, const Key& key)
    {
        return sv::test::awaitTask(cache.lookup(key));
    }
    static SqliteCacheStore& storeOf(LayeredCache& cache) { return *cache.store()->inlineStore(); }
    /// A backend that answers when the test emits gateOpened() (a signal of our own: QTimer::timeout's
    /// private-signal argument trips UBSan inside QCoro's signal awaiter): `failWith` when set, else `value`.
    LayeredCache::Fetcher gated(int* calls, QByteArray value,
                                const std::optional<ApiError>* failWith = nullptr)
    {
        return [this, calls, value, failWith]() -> QCoro::Task<Result<QByteArray, ApiError>> {
            ++*calls;
            co_await qCoro(this, &TestLayeredCache::gateOpened);
            if (failWith && *failWith)
                co_return **failWith;
            co_return value;
        };
    }

    /// Blocks the library's worker thread until release() (bounded: a caller that waits for SQL meanwhile
    /// makes the test fail instead of hanging).
    struct BusyWorker
    {
        QSemaphore started;
        QSemaphore released;
        QCoro::Task<bool> job;

        explicit BusyWorker(LibraryService& library)
            : job(library.run<bool>([this](LibraryDatabase&) {
                started.release();
                return released.tryAcquire(1, 10000);
            }))
        {
        }
        bool waitUntilBusy() { return started.tryAcquire(1, 10000); }
        bool release()
        {
            released.release();
            return sv::test::awaitTask(std::move(job));
        }
    };

Q_SIGNALS:
    void gateOpened();

private slots:
    void concurrentLookupsShareOneRequest()
    {
        auto cache = makeCache();
        int calls = 0;
        std::optional<ApiError> failWith;
        const LayeredCache::Fetcher slow = gated(&calls, "shared", &failWith);
        const Key key{DataType::Subscription, QStringLiteral("user-1"), QStringLiteral("settings")};
        std::optional<Result<CacheResult, ApiError>> a;
        std::optional<Result<CacheResult, ApiError>> b;
        const auto lookup = [&](std::optional<Result<CacheResult, ApiError>>* out) -> QCoro::Task<> {
            *out = co_await cache->get(key, slow);
        };

        // Two views ask at once: one request; both get its answer.
        lookup(&a);
        lookup(&b);
        QCOMPARE(calls, 1);
        Q_EMIT gateOpened();
        QVERIFY(QTest::qWaitFor([&] { return a && b; }, 5000));
        QVERIFY(a->hasValue() && b->hasValue());
        QCOMPARE(a->value().value, QByteArray("shared"));
        QCOMPARE(b->value().value, QByteArray("shared"));
        QCOMPARE(cache->stats().backendFetches, qint64(1));
        QCOMPARE(cache->stats().sharedFetches, qint64(1));
        // The next lookup is a plain memory hit; nothing is left waiting.
        FakeBackend backend;
        QVERIFY(get(*cache, key, backend));
        QCOMPARE(backend.calls, 0);

        // A failure is shared as well (each lookup sees the error, one request was made).
        m_clock.advance(2min);
        failWith = httpError(403);
        a.reset();
        b.reset();
        calls = 0;
        lookup(&a);
        lookup(&b);
        QCOMPARE(calls, 1);
        Q_EMIT gateOpened();
        QVERIFY(QTest::qWaitFor([&] { return a && b; }, 5000));
        QVERIFY(!a->hasValue() && !b->hasValue());
        QCOMPARE(a->error().httpStatus, 403);
        QCOMPARE(b->error().httpStatus, 403);
        QCOMPARE(cache->stats().backendFetches, qint64(2));
        QCOMPARE(cache->stats().sharedFetches, qint64(2));
    }

    /// Stale-while-revalidate: a fresh value is a plain hit; an expired one comes at once, marked
    /// revalidating, while one background request refreshes it; the next read has the new value.
    void revalidateServesExpiredValueAtOnceAndRefreshesOnce()
    {
        auto cache = makeCache();
        const Key key{DataType::Subscription, QStringLiteral("user-1"), QStringLiteral("settings")};
        FakeBackend backend;
        auto first = sv::test::awaitTask(cache->getOrRevalidate(key, backend.fetcher())); // absent: waits
        QVERIFY(first && !first->revalidating);
        QCOMPARE(first->value, QByteArray("v1"));
        QCOMPARE(first->source, CacheSource::Backend);

        auto hit = sv::test::awaitTask(cache->getOrRevalidate(key, backend.fetcher())); // fresh: a hit
        QVERIFY(hit && !hit->revalidating && !hit->stale);
        QCOMPARE(hit->source, CacheSource::Memory);
        QCOMPARE(backend.calls, 1);

        int calls = 0;
        const LayeredCache::Fetcher slow = gated(&calls, "v2");
        m_clock.advance(2min);
        std::optional<Result<CacheResult, ApiError>> shown;
        const auto read = [&]() -> QCoro::Task<> {
            shown = co_await cache->getOrRevalidate(key, slow);
        };
        read();
        // Answered before the backend (which answers only when the gate opens): the old value, marked, and
        // one request under way.
        QVERIFY(QTest::qWaitFor([&] { return shown.has_value(); }, 5000));
        QVERIFY(shown->hasValue());
        QCOMPARE(shown->value().value, QByteArray("v1"));
        QVERIFY(shown->value().revalidating);
        QVERIFY(!shown->value().stale);
        QCOMPARE(shown->value().age, 2min);
        QCOMPARE(calls, 1);
        QVERIFY(!shown->value().refreshed.isFinished());
        QCOMPARE(cache->stats().revalidations, qint64(1));

        Q_EMIT gateOpened();
        QFuture<std::optional<ApiError>> refreshed = shown->value().refreshed;
        QVERIFY(QTest::qWaitFor([&] { return refreshed.isFinished(); }, 5000));
        QVERIFY(!refreshed.result().has_value());
        auto after = sv::test::awaitTask(cache->getOrRevalidate(key, slow));
        QVERIFY(after && !after->revalidating);
        QCOMPARE(after->value, QByteArray("v2"));
        QCOMPARE(calls, 1);
        QCOMPARE(lookup(*cache, key)->value, QByteArray("v2")); // stored in both layers
        QCOMPARE(storeOf(*cache).get(LayeredCache::keyString(key))->value, QByteArray("v2"));
    }

    /// A failed refresh keeps the value (still served, the error reported through `refreshed`); two callers
    /// of an expired key share one refresh.
    void revalidateFailureKeepsValueAndCallersShareOneRefresh()
    {
        auto cache = makeCache();
        const Key key{DataType::Plans, {}, QStringLiteral("list:usd")};
        FakeBackend backend;
        QVERIFY(get(*cache, key, backend));
        int calls = 0;
        std::optional<ApiError> failWith = ApiError::make(ApiError::Kind::Offline);
        const LayeredCache::Fetcher slow = gated(&calls, "v2", &failWith);
        m_clock.advance(61min);
        std::optional<Result<CacheResult, ApiError>> a;
        std::optional<Result<CacheResult, ApiError>> b;
        const auto read = [&](std::optional<Result<CacheResult, ApiError>>* out) -> QCoro::Task<> {
            *out = co_await cache->getOrRevalidate(key, slow);
        };
        read(&a);
        read(&b);
        QVERIFY(QTest::qWaitFor([&] { return a && b; }, 5000));
        QVERIFY(a->hasValue() && b->hasValue());
        QVERIFY(a->value().revalidating && b->value().revalidating);
        QCOMPARE(calls, 1); // one request for both
        QCOMPARE(cache->stats().sharedFetches, qint64(1));
        Q_EMIT gateOpened();
        QFuture<std::optional<ApiError>> fa = a->value().refreshed;
        QFuture<std::optional<ApiError>> fb = b->value().refreshed;
        QVERIFY(QTest::qWaitFor([&] { return fa.isFinished() && fb.isFinished(); }, 5000));
        QVERIFY(fa.result().has_value() && fb.result().has_value());
        QCOMPARE(fa.result()->kind, ApiError::Kind::Offline);
        // The value stays, in memory and in SQLite, and is served again (with another try).
        QCOMPARE(lookup(*cache, key)->value, QByteArray("v1"));
        QCOMPARE(storeOf(*cache).get(LayeredCache::keyString(key))->value, QByteArray("v1"));
        a.reset();
        read(&a);
        QVERIFY(QTest::qWaitFor([&] { return a.has_value(); }, 5000));
        QVERIFY(a->hasValue() && a->value().revalidating);
        QCOMPARE(a->value().value, QByteArray("v1"));
        QCOMPARE(calls, 2);
        failWith.reset();
        Q_EMIT gateOpened();
        fa = a->value().refreshed;
        QVERIFY(QTest::qWaitFor([&] { return fa.isFinished(); }, 5000));
        QVERIFY(!fa.result().has_value());
        QCOMPARE(lookup(*cache, key)->value, QByteArray("v2"));
    }

    /// After a restart the SQLite layer answers at once with the last value, however expired (within the
    /// type's maxStale), and refreshes it; beyond maxStale the read waits for the backend.
    void revalidateAfterRestartServesLastValueFromSqlite()
    {
        const Key key{DataType::UsageHistory, QStringLiteral("user-1"), QStringLiteral("history")};
        {
            auto cache = makeCache();
            FakeBackend backend;
            QVERIFY(get(*cache, key, backend));
        }
        m_clock.advance(std::chrono::hours(20));
        auto cache = makeCache(); // a new process: empty memory, same file
        int calls = 0;
        const LayeredCache::Fetcher slow = gated(&calls, "v2");
        auto shown = sv::test::awaitTask(cache->getOrRevalidate(key, slow));
        QVERIFY(shown && shown->revalidating);
        QCOMPARE(shown->value, QByteArray("v1"));
        QCOMPARE(shown->source, CacheSource::Sqlite);
        QCOMPARE(calls, 1);
        QVERIFY(!shown->refreshed.isFinished());
        Q_EMIT gateOpened();
        QFuture<std::optional<ApiError>> refreshed = shown->refreshed;
        QVERIFY(QTest::qWaitFor([&] { return refreshed.isFinished(); }, 5000));
        QCOMPARE(cache->peek(key)->value, QByteArray("v2"));

        // Older than maxStale (7 days past expiry): not shown, the backend's answer is awaited.
        m_clock.advance(std::chrono::hours(24 * 8));
        FakeBackend backend;
        backend.value = "v3";
        auto waited = sv::test::awaitTask(cache->getOrRevalidate(key, backend.fetcher()));
        QVERIFY(waited && !waited->revalidating);
        QCOMPARE(waited->value, QByteArray("v3"));
        QCOMPARE(waited->source, CacheSource::Backend);
    }

    /// expire(): the value must be fetched again but stays showable, in both layers.
    void expireKeepsTheValueShowable()
    {
        const Key key{DataType::Subscription, QStringLiteral("user-1"), QStringLiteral("settings")};
        FakeBackend backend;
        {
            auto cache = makeCache();
            QVERIFY(get(*cache, key, backend));
            cache->expire(key);
            QVERIFY(cache->peek(key)->stale);
        }
        auto cache = makeCache(); // after a restart too
        int calls = 0;
        auto shown = sv::test::awaitTask(cache->getOrRevalidate(key, gated(&calls, "v2")));
        QVERIFY(shown && shown->revalidating);
        QCOMPARE(shown->value, QByteArray("v1"));
        QCOMPARE(calls, 1);
        Q_EMIT gateOpened();
        QFuture<std::optional<ApiError>> refreshed = shown->refreshed;
        QVERIFY(QTest::qWaitFor([&] { return refreshed.isFinished(); }, 5000));
        cache->expire(key);
        backend.value = "v3";
        auto fetched = get(*cache, key, backend); // get() does not serve it: it fetches
        QVERIFY(fetched);
        QCOMPARE(fetched->value, QByteArray("v3"));
        QCOMPARE(fetched->source, CacheSource::Backend);
        QCOMPARE(backend.calls, 2);
    }

    void init()
    {
        QFile::remove(file());
        m_clock.setNowMs(1'767'225'600'000);
    }

    void ttlPerDataType_data()
    {
        QTest::addColumn<sv::DataType>("type");
        QTest::addColumn<qint64>("ttlMs");
        QTest::newRow("plans 1 h") << DataType::Plans << qint64(3'600'000);
        QTest::newRow("profile 5 min") << DataType::Profile << qint64(300'000);
        QTest::newRow("subscription 1 min") << DataType::Subscription << qint64(60'000);
    }

    void ttlPerDataType()
    {
        QFETCH(sv::DataType, type);
        QFETCH(qint64, ttlMs);
        auto cache = makeCache();
        FakeBackend backend;
        const Key key{type, QStringLiteral("user-1"), QStringLiteral("x")};

        auto first = get(*cache, key, backend);
        QVERIFY(first);
        QCOMPARE(first->source, CacheSource::Backend);
        QCOMPARE(first->value, QByteArray("v1"));
        QVERIFY(!first->stale);

        m_clock.advance(std::chrono::milliseconds(ttlMs - 1));
        backend.value = "v2";
        auto cached = get(*cache, key, backend);
        QVERIFY(cached);
        QCOMPARE(cached->source, CacheSource::Memory);
        QCOMPARE(cached->value, QByteArray("v1"));
        QCOMPARE(cached->age, std::chrono::milliseconds(ttlMs - 1));
        QCOMPARE(backend.calls, 1);

        m_clock.advance(1ms); // exactly at expiry: refetched
        auto refreshed = get(*cache, key, backend);
        QVERIFY(refreshed);
        QCOMPARE(refreshed->source, CacheSource::Backend);
        QCOMPARE(refreshed->value, QByteArray("v2"));
        QCOMPARE(backend.calls, 2);
    }

    void sqliteLayerSurvivesRestart()
    {
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        {
            auto cache = makeCache();
            QVERIFY(get(*cache, plans, backend));
        }
        m_clock.advance(10min);
        auto cache = makeCache(); // a new process: empty memory, same file
        auto fromDisk = get(*cache, plans, backend);
        QVERIFY(fromDisk);
        QCOMPARE(fromDisk->source, CacheSource::Sqlite);
        QCOMPARE(fromDisk->value, QByteArray("v1"));
        QCOMPARE(fromDisk->age, std::chrono::milliseconds(10min));
        QCOMPARE(backend.calls, 1);
        auto promoted = get(*cache, plans, backend);
        QCOMPARE(promoted->source, CacheSource::Memory);
        const CacheStats s = cache->stats();
        QCOMPARE(s.sqlite.hits, 1);
        QCOMPARE(s.memory.hits, 1);
        QCOMPARE(s.memory.misses, 1);
    }

    void staleServedWhenBackendUnavailable_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("servesStale");
        QTest::newRow("offline") << int(ApiError::Kind::Offline) << 0 << true;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << true;
        QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << true;
        QTest::newRow("500") << int(ApiError::Kind::Http) << 500 << true;
        QTest::newRow("401 is not an outage") << int(ApiError::Kind::Http) << 401 << false;
        QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << false;
        QTest::newRow("bad response") << int(ApiError::Kind::BadResponse) << 0 << false;
    }

    void staleServedWhenBackendUnavailable()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, servesStale);
        auto cache = makeCache();
        FakeBackend backend;
        const Key key{DataType::Subscription, QStringLiteral("user-1"), QStringLiteral("settings")};
        const qint64 storedAt = m_clock.nowMs();
        QVERIFY(get(*cache, key, backend));

        m_clock.advance(10min);
        ApiError e = ApiError::make(static_cast<ApiError::Kind>(kind));
        e.httpStatus = status;
        backend.error = e;
        auto result = get(*cache, key, backend);
        QCOMPARE(backend.calls, 2);
        if (!servesStale) {
            QVERIFY(!result);
            QCOMPARE(int(result.error().kind), kind);
            return;
        }
        QVERIFY(result);
        QVERIFY(result->stale);
        QCOMPARE(result->value, QByteArray("v1"));
        QCOMPARE(result->storedAt.toMSecsSinceEpoch(), storedAt);
        QCOMPARE(result->age, std::chrono::milliseconds(10min));
        QVERIFY(result->backendError.has_value());
        QCOMPARE(int(result->backendError->kind), kind);
        QCOMPARE(cache->stats().staleServes, 1);
    }

    void staleFromDiskAfterRestartAndBounded()
    {
        FakeBackend backend;
        const Key key{DataType::Profile, QStringLiteral("u1"), QStringLiteral("me")};
        {
            auto cache = makeCache();
            QVERIFY(get(*cache, key, backend));
        }
        backend.error = ApiError::make(ApiError::Kind::Offline);
        m_clock.advance(std::chrono::hours(24 * 2));
        auto cache = makeCache();
        auto stale = get(*cache, key, backend);
        QVERIFY(stale);
        QVERIFY(stale->stale);
        QCOMPARE(stale->source, CacheSource::Sqlite);
        // Beyond the policy's stale window the value is no longer offered.
        m_clock.advance(std::chrono::hours(24 * 6));
        auto tooOld = get(*cache, key, backend);
        QVERIFY(!tooOld);
        QCOMPARE(tooOld.error().kind, ApiError::Kind::Offline);
    }

    void forceRefreshBypassesFreshValue()
    {
        auto cache = makeCache();
        FakeBackend backend;
        const Key key{DataType::Plans, {}, QStringLiteral("all")};
        QVERIFY(get(*cache, key, backend));
        backend.value = "v2";
        auto forced = get(*cache, key, backend, true);
        QCOMPARE(forced->source, CacheSource::Backend);
        QCOMPARE(forced->value, QByteArray("v2"));
        QCOMPARE(backend.calls, 2);
        // Offline during a forced refresh: the (fresh) cached value, marked stale.
        backend.error = ApiError::make(ApiError::Kind::Offline);
        auto offline = get(*cache, key, backend, true);
        QVERIFY(offline);
        QVERIFY(offline->stale);
        QCOMPARE(offline->value, QByteArray("v2"));
    }

    void explicitInvalidation()
    {
        auto cache = makeCache();
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        const Key sub{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("settings")};
        QVERIFY(get(*cache, plans, backend));
        QVERIFY(get(*cache, sub, backend));
        QCOMPARE(backend.calls, 2);

        cache->invalidate(plans); // e.g. a price.updated notification
        QVERIFY(!cache->peek(plans));
        QVERIFY(!lookup(*cache, plans));
        QCOMPARE(get(*cache, plans, backend)->source, CacheSource::Backend);
        QCOMPARE(backend.calls, 3);

        cache->invalidateType(DataType::Subscription);
        QVERIFY(!lookup(*cache, sub));
        QCOMPARE(storeOf(*cache).get(LayeredCache::keyString(sub)), std::nullopt);
        QVERIFY(cache->peek(plans));

        cache->invalidatePrefix(QStringLiteral("plans:"));
        QVERIFY(!lookup(*cache, plans));
        QCOMPARE(storeOf(*cache).count(), 0);
    }

    void purgeScopeOnSignOut()
    {
        auto cache = makeCache();
        FakeBackend backend;
        const Key plans{DataType::Plans, QStringLiteral("u1"),
                        QStringLiteral("all")}; // shared: scope ignored
        const Key p1{DataType::Profile, QStringLiteral("u1"), QStringLiteral("me")};
        const Key s1{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("settings")};
        const Key p2{DataType::Profile, QStringLiteral("u2"), QStringLiteral("me")};
        for (const Key& k : {plans, p1, s1, p2})
            QVERIFY(get(*cache, k, backend));
        QCOMPARE(storeOf(*cache).count(), 4);

        cache->purgeScope(QStringLiteral("u1"));
        QVERIFY(!lookup(*cache, p1));
        QVERIFY(!lookup(*cache, s1));
        QVERIFY(!storeOf(*cache).get(LayeredCache::keyString(p1)));
        QVERIFY(!storeOf(*cache).get(LayeredCache::keyString(s1)));
        QVERIFY(cache->peek(p2));
        QVERIFY(cache->peek(plans));
        QCOMPARE(storeOf(*cache).count(), 2);
        QCOMPARE(cache->memory().size(), 2);

        // Nothing of u1 comes back after a restart either.
        cache.reset();
        auto reopened = makeCache();
        QVERIFY(!reopened->peek(p2)); // memory is empty after a restart ...
        QVERIFY(!lookup(*reopened, p1));
        const auto fromDisk = lookup(*reopened, p2); // ... SQLite is not
        QVERIFY(fromDisk);
        QCOMPARE(fromDisk->source, CacheSource::Sqlite);
    }

    void invoicesAndPaymentMethodsAreNeverStored()
    {
        auto cache = makeCache();
        FakeBackend backend;
        for (DataType type : {DataType::Invoices, DataType::PaymentMethods}) {
            QVERIFY(!CachePolicy::forType(type).cacheable);
            const Key key{type, QStringLiteral("u1"), QStringLiteral("list")};
            QVERIFY(LayeredCache::keyString(key).isEmpty());
            for (int i = 0; i < 3; ++i) {
                auto r = get(*cache, key, backend);
                QVERIFY(r);
                QCOMPARE(r->source, CacheSource::Backend);
            }
            QVERIFY(!cache->put(key, "sneaky"));
            QVERIFY(!lookup(*cache, key));
        }
        QCOMPARE(backend.calls, 6); // every read went to the backend
        QCOMPARE(storeOf(*cache).count(), 0);
        QCOMPARE(cache->memory().size(), 0);

        // Offline: no stale invoice can exist, the error is returned.
        backend.error = ApiError::make(ApiError::Kind::Offline);
        auto offline =
            get(*cache, Key{DataType::Invoices, QStringLiteral("u1"), QStringLiteral("list")}, backend);
        QVERIFY(!offline);
        const CacheStats s = cache->stats();
        QCOMPARE(s.uncachedFetches, 7);
        QCOMPARE(s.lookups, 0);
    }

    void countersPerLayer()
    {
        auto cache = makeCache();
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        const Key sub{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("s")};
        get(*cache, plans, backend); // memory miss, sqlite miss, fetch
        get(*cache, plans, backend); // memory hit
        get(*cache, plans, backend); // memory hit
        cache->memory().clear();
        get(*cache, plans, backend); // memory miss, sqlite hit
        get(*cache, sub, backend);   // miss, miss, fetch
        m_clock.advance(2min);
        backend.error = httpError(503);
        get(*cache, sub, backend); // expired: miss, miss, fetch fails, stale serve
        backend.error = httpError(404);
        get(*cache, Key{DataType::Profile, QStringLiteral("u1"), QStringLiteral("me")}, backend); // fails

        const CacheStats s = cache->stats();
        QCOMPARE(s.lookups, 7);
        QCOMPARE(s.memory.hits, 2);
        QCOMPARE(s.memory.misses, 5);
        QCOMPARE(s.sqlite.hits, 1);
        QCOMPARE(s.sqlite.misses, 4);
        QCOMPARE(s.backendFetches, 4);
        QCOMPARE(s.backendFailures, 2);
        QCOMPARE(s.staleServes, 1);
        QCOMPARE(s.sqliteEntries, 2);
        QCOMPARE(s.hitRate(), 3.0 / 7.0);

        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("lookups")).toInteger(), 7);
        QCOMPARE(json.value(QLatin1String("memory")).toObject().value(QLatin1String("hits")).toInteger(), 2);
        QCOMPARE(json.value(QLatin1String("sqlite")).toObject().value(QLatin1String("hits")).toInteger(), 1);
        QCOMPARE(json.value(QLatin1String("backend")).toObject().value(QLatin1String("fetches")).toInteger(),
                 4);
        QCOMPARE(json.value(QLatin1String("staleServes")).toInteger(), 1);

        cache->resetStats();
        QCOMPARE(cache->stats().lookups, 0);
    }

    void brokenSqliteDegradesToMemory()
    {
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x')); // not a database
        }
        auto cache = std::make_unique<LayeredCache>(
            std::make_unique<SqliteCacheStore>(SqliteCacheStore::openFile(file(), QStringLiteral("broken"))),
            m_clock);
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        auto first = get(*cache, plans, backend);
        QVERIFY(first);
        QCOMPARE(first->source, CacheSource::Backend);
        auto second = get(*cache, plans, backend);
        QVERIFY(second);
        QCOMPARE(second->source, CacheSource::Memory);
        QVERIFY(cache->stats().sqliteErrors > 0);

        // And with no store at all.
        LayeredCache memoryOnly(nullptr, m_clock);
        QVERIFY(get(memoryOnly, plans, backend));
        QCOMPARE(get(memoryOnly, plans, backend)->source, CacheSource::Memory);
    }

    // --- The library's own connection, on its worker (LibraryCacheStore): the app and the CLI.

    void libraryStoreRunsOnTheLibraryWorkerInOrder()
    {
        LibraryService library;
        QVERIFY(
            sv::test::awaitTask(library.open(m_dir.filePath(QStringLiteral("profile.sqlite")))).hasValue());
        LayeredCache cache(std::make_unique<LibraryCacheStore>(&library), m_clock);
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        const Key s1{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("settings")};
        const Key s2{DataType::Subscription, QStringLiteral("u2"), QStringLiteral("settings")};
        QCOMPARE(get(cache, plans, backend)->source, CacheSource::Backend);

        // With the worker busy, nothing the cache does waits for it: reads suspend, changes are queued.
        BusyWorker busy(library);
        QVERIFY(busy.waitUntilBusy());
        QVERIFY(cache.put(s1, "one"));
        QVERIFY(cache.put(s2, "two"));
        cache.purgeScope(QStringLiteral("u2"));
        cache.memory().clear();
        auto fromDisk = cache.get(plans, backend.fetcher());
        auto purged = cache.lookup(s2);
        auto entries = cache.storedEntries();
        QVERIFY(!fromDisk.isReady());
        QVERIFY(!purged.isReady());
        QVERIFY(!entries.isReady());
        QCOMPARE(cache.stats().sqliteEntries, -1); // not countable without waiting
        QVERIFY(busy.release());

        // In order: the reads see the writes and the purge queued before them.
        const auto got = sv::test::awaitTask(std::move(fromDisk));
        QVERIFY(got);
        QCOMPARE(got->source, CacheSource::Sqlite);
        QCOMPARE(got->value, QByteArray("v1"));
        QVERIFY(!sv::test::awaitTask(std::move(purged)));
        QCOMPARE(sv::test::awaitTask(std::move(entries)), 2);
        const auto one = lookup(cache, s1);
        QVERIFY(one);
        QCOMPARE(one->value, QByteArray("one"));
        QCOMPARE(backend.calls, 1);
        QCOMPARE(cache.stats().sqliteErrors, 0);

        // Persisted through the library's connection: a new cache over the same library reads them.
        LayeredCache restarted(std::make_unique<LibraryCacheStore>(&library), m_clock);
        const auto again = get(restarted, plans, backend);
        QVERIFY(again);
        QCOMPARE(again->source, CacheSource::Sqlite);
        QCOMPARE(backend.calls, 1);
    }

    void purgeWhileReadingNeverResurrects()
    {
        LibraryService library;
        QVERIFY(sv::test::awaitTask(library.open(m_dir.filePath(QStringLiteral("purge.sqlite")))).hasValue());
        LayeredCache cache(std::make_unique<LibraryCacheStore>(&library), m_clock);
        FakeBackend backend;
        backend.value = "u1-subscription";
        const Key s1{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("settings")};
        QVERIFY(get(cache, s1, backend));
        cache.memory().clear();

        // The read is queued, then the user signs out before SQLite answers: the answer is outdated.
        BusyWorker busy(library);
        QVERIFY(busy.waitUntilBusy());
        auto reading = cache.lookup(s1);
        backend.value = "fresh";
        auto fetching = cache.get(s1, backend.fetcher());
        cache.purgeScope(QStringLiteral("u1"));
        QVERIFY(busy.release());
        QVERIFY(!sv::test::awaitTask(std::move(reading)));
        const auto got = sv::test::awaitTask(std::move(fetching));
        QVERIFY(got);
        QCOMPARE(got->source, CacheSource::Backend);
        QCOMPARE(got->value, QByteArray("fresh"));
        QCOMPARE(backend.calls, 2);
    }

    /// A library that fails its check takes no write, not even the cache's (issue 13, defect 6): the cache
    /// then works from memory, and the file's bytes stay as they were.
    void damagedLibraryTakesNoCacheWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            LibraryDatabase db;
            LibraryCacheStore::attach(db); // the app's library has the cache's table before any damage
            QVERIFY(db.open(path).hasValue());
            QList<ContentItem> items;
            for (int i = 0; i < 3000; ++i) {
                ContentItem item;
                item.platform = Platform::YouTube;
                item.account = QStringLiteral("UC1");
                item.externalId = QStringLiteral("v%1").arg(i);
                item.title = QStringLiteral("Title %1 of the library").arg(i);
                item.description = QStringLiteral("Description %1 ").arg(i).repeated(8);
                items.append(item);
            }
            QVERIFY(db.upsert(items));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray data = f.readAll();
        const qsizetype middle = (data.size() / 2) & ~qsizetype(4095);
        for (qsizetype i = 0; i < 16 * 1024; ++i)
            data[middle + i] = char((i * 131 + 7) & 0xFF);
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(data), data.size());
        f.close();

        {
            LibraryService library;
            QVERIFY(sv::test::awaitTask(library.open(path)).hasValue());
            LayeredCache cache(std::make_unique<LibraryCacheStore>(&library), m_clock);
            FakeBackend backend;
            const Key plans{DataType::Plans, {}, QStringLiteral("all")};
            QCOMPARE(get(cache, plans, backend)->source, CacheSource::Backend);
            QVERIFY(cache.put(Key{DataType::Subscription, QStringLiteral("u1"), QStringLiteral("settings")},
                              "s"));
            QCOMPARE(sv::test::awaitTask(cache.storedEntries()), 0); // runs after the queued writes
            QVERIFY(cache.stats().sqliteErrors > 0);
            QCOMPARE(get(cache, plans, backend)->source, CacheSource::Memory);
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == data);
    }

    void closedLibraryLeavesMemoryOnly()
    {
        FakeBackend backend;
        const Key plans{DataType::Plans, {}, QStringLiteral("all")};
        auto library = std::make_unique<LibraryService>(); // never opened
        LayeredCache cache(std::make_unique<LibraryCacheStore>(library.get()), m_clock);
        QCOMPARE(get(cache, plans, backend)->source, CacheSource::Backend);
        QCOMPARE(get(cache, plans, backend)->source, CacheSource::Memory);
        QVERIFY(cache.stats().sqliteErrors > 0);
        QCOMPARE(sv::test::awaitTask(cache.storedEntries()), -1);

        // The service gone: still no crash and no wait, the memory layer answers.
        library.reset();
        cache.invalidate(plans);
        QCOMPARE(get(cache, plans, backend)->source, CacheSource::Backend);
        QCOMPARE(backend.calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestLayeredCache)
#include "TestLayeredCache.moc"
