#include "cache/LayeredCache.h"

#include <QLoggingCategory>

#include <QCoro/QCoroFuture>

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcCache)

using std::chrono::milliseconds;

namespace {

ApiError cacheDestroyed()
{
    return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cache destroyed"));
}

} // namespace

LayeredCache::LayeredCache(std::unique_ptr<CacheStoreQueue> store, Clock& clock, int memoryEntries)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_memory(memoryEntries)
    , m_alive(std::make_shared<bool>(true))
    , m_storeErrors(std::make_shared<std::atomic<qint64>>(0))
{
}

LayeredCache::~LayeredCache()
{
    *m_alive = false;
}

QString LayeredCache::keyString(const Key& key)
{
    const CachePolicy policy = CachePolicy::forType(key.type);
    if (!policy.cacheable)
        return {};
    return policy.keyPrefix + QLatin1Char(':') + (policy.userScoped ? key.scope : QString()) +
           QLatin1Char(':') + key.id;
}

void LayeredCache::setStore(std::unique_ptr<CacheStoreQueue> store)
{
    m_store = std::move(store);
    ++m_changes;
}

CacheResult LayeredCache::resultFrom(const CacheEntry& entry, CacheSource source, bool stale) const
{
    CacheResult r;
    r.value = entry.value;
    r.stale = stale;
    r.source = source;
    r.storedAt = QDateTime::fromMSecsSinceEpoch(entry.storedAt, Qt::UTC);
    r.age = milliseconds(std::max<qint64>(0, m_clock.nowMs() - entry.storedAt));
    return r;
}

template <typename T>
QCoro::Task<T> LayeredCache::storeCall(std::function<T(SqliteCacheStore&)> fn, T unusable)
{
    if (!m_store)
        co_return unusable;
    // The promise travels with the operation only: dropped unrun (the library went away), it cancels the
    // future and the lookup goes on without SQLite.
    auto promise = std::make_shared<QPromise<void>>();
    auto value = std::make_shared<std::optional<T>>();
    QFuture<void> done = promise->future();
    promise->start();
    m_store->post([promise, value, errors = m_storeErrors, fn = std::move(fn)](SqliteCacheStore* store) {
        if (store) {
            const int failures = store->failures();
            *value = fn(*store);
            if (store->failures() != failures)
                errors->fetch_add(1);
        } else {
            errors->fetch_add(1);
        }
        promise->finish();
    });
    co_await done;
    co_return value->value_or(unusable);
}

void LayeredCache::storeChange(std::function<void(SqliteCacheStore&)> change)
{
    if (!m_store)
        return;
    m_store->post([errors = m_storeErrors, change = std::move(change)](SqliteCacheStore* store) {
        const int failures = store ? store->failures() : 0;
        if (store)
            change(*store);
        if (!store || store->failures() != failures)
            errors->fetch_add(1);
    });
}

QCoro::Task<std::optional<CacheEntry>> LayeredCache::sqliteGet(const QString& key)
{
    // Not a coroutine: the closure and the fallback are destroyed here, never inside a co_await expression
    // (g++ 12 destroys such temporaries twice).
    return storeCall<std::optional<CacheEntry>>([key](SqliteCacheStore& store) { return store.get(key); },
                                                std::nullopt);
}

QCoro::Task<Result<CacheResult, ApiError>> LayeredCache::get(const Key& keyArgument, Fetcher fetcher,
                                                             bool forceRefresh)
{
    const Key key = keyArgument; // the caller's reference may not outlive the first suspension
    const CachePolicy policy = CachePolicy::forType(key.type);
    std::shared_ptr<bool> alive = m_alive;

    if (!policy.cacheable) {
        // Invoices, payment methods: straight to the backend, nothing stored anywhere.
        ++m_stats.backendFetches;
        ++m_stats.uncachedFetches;
        auto fetched = co_await fetcher();
        if (!*alive)
            co_return cacheDestroyed();
        if (!fetched) {
            ++m_stats.backendFailures;
            co_return fetched.error();
        }
        CacheResult r;
        r.value = std::move(fetched.value());
        r.source = CacheSource::Backend;
        r.storedAt = m_clock.now();
        co_return r;
    }

    const QString k = keyString(key);
    ++m_stats.lookups;

    std::optional<CacheEntry> staleCandidate;
    CacheSource staleSource = CacheSource::Memory;
    for (int attempt = 1;; ++attempt) {
        // 1. memory
        staleCandidate.reset();
        staleSource = CacheSource::Memory;
        if (auto mem = m_memory.find(k)) {
            if (!forceRefresh && mem->isFresh(m_clock.nowMs())) {
                ++m_stats.memory.hits;
                co_return resultFrom(*mem, CacheSource::Memory, false);
            }
            staleCandidate = std::move(mem);
        }
        if (!policy.persistent || !m_store)
            break;

        // 2. SQLite, on the store's thread: this thread does not wait.
        const quint64 changes = m_changes;
        std::optional<CacheEntry> disk = co_await sqliteGet(k);
        if (!*alive)
            co_return cacheDestroyed();
        if (changes != m_changes) {
            if (attempt < MaxReadAttempts)
                continue; // the cache changed meanwhile: look again, memory first
            disk.reset();
        }
        if (disk) {
            if (!forceRefresh && disk->isFresh(m_clock.nowMs())) {
                ++m_stats.memory.misses;
                ++m_stats.sqlite.hits;
                m_memory.insert(k, *disk);
                co_return resultFrom(*disk, CacheSource::Sqlite, false);
            }
            if (!staleCandidate || disk->storedAt > staleCandidate->storedAt) {
                staleCandidate = std::move(disk);
                staleSource = CacheSource::Sqlite;
            }
        }
        break;
    }
    ++m_stats.memory.misses;
    if (policy.persistent)
        ++m_stats.sqlite.misses;

    // 3. backend: one request per key at a time; a lookup that finds one under way waits for its answer.
    std::optional<Result<CacheEntry, ApiError>> outcome;
    if (const auto running = m_inFlight.find(k); running != m_inFlight.end()) {
        const std::shared_ptr<InFlight> flight = running->second;
        ++m_stats.sharedFetches;
        co_await flight->done.future();
        if (!*alive)
            co_return cacheDestroyed();
        outcome = flight->outcome;
    } else {
        const auto flight = std::make_shared<InFlight>();
        flight->done.start();
        m_inFlight.emplace(k, flight);
        ++m_stats.backendFetches;
        auto fetched = co_await fetcher();
        if (!*alive) {
            // The cache is gone (so is m_inFlight): only the shared flight may be touched.
            const ApiError gone = cacheDestroyed();
            flight->outcome = gone;
            flight->done.finish();
            co_return gone;
        }
        m_inFlight.erase(k);
        if (fetched) {
            outcome = storeEntry(key, k, policy, std::move(fetched.value()));
        } else {
            ++m_stats.backendFailures;
            outcome = fetched.error();
        }
        flight->outcome = outcome;
        flight->done.finish(); // waiters resume from the event loop, after this lookup has returned
    }
    if (outcome->hasValue())
        co_return resultFrom(outcome->value(), CacheSource::Backend, false);

    const ApiError& error = outcome->error();
    const qint64 later = m_clock.nowMs();
    if (error.isUnavailable() && staleCandidate &&
        later - staleCandidate->expiresAt <= policy.maxStale.count()) {
        ++m_stats.staleServes;
        qCInfo(lcCache).noquote() << "serving stale" << k << "after" << error.logString();
        CacheResult r = resultFrom(*staleCandidate, staleSource, !staleCandidate->isFresh(later));
        r.stale = true; // the backend could not confirm it: the UI shows "offline - as of ..."
        r.backendError = error;
        co_return r;
    }
    co_return error;
}

std::optional<CacheResult> LayeredCache::peek(const Key& key)
{
    const QString k = keyString(key);
    if (k.isEmpty())
        return std::nullopt;
    if (auto mem = m_memory.find(k))
        return resultFrom(*mem, CacheSource::Memory, !mem->isFresh(m_clock.nowMs()));
    return std::nullopt;
}

QCoro::Task<std::optional<CacheResult>> LayeredCache::lookup(const Key& keyArgument)
{
    const Key key = keyArgument;
    const CachePolicy policy = CachePolicy::forType(key.type);
    const QString k = keyString(key);
    std::shared_ptr<bool> alive = m_alive;
    for (int attempt = 1;; ++attempt) {
        if (auto mem = peek(key))
            co_return mem;
        if (!policy.persistent || !m_store)
            co_return std::nullopt;
        const quint64 changes = m_changes;
        const std::optional<CacheEntry> disk = co_await sqliteGet(k);
        if (!*alive)
            co_return std::nullopt;
        if (changes != m_changes) {
            if (attempt < MaxReadAttempts)
                continue;
            co_return std::nullopt;
        }
        if (!disk)
            co_return std::nullopt;
        co_return resultFrom(*disk, CacheSource::Sqlite, !disk->isFresh(m_clock.nowMs()));
    }
}

bool LayeredCache::put(const Key& key, const QByteArray& value)
{
    const CachePolicy policy = CachePolicy::forType(key.type);
    if (!policy.cacheable)
        return false;
    storeEntry(key, keyString(key), policy, value);
    return true;
}

CacheEntry LayeredCache::storeEntry(const Key& key, const QString& k, const CachePolicy& policy,
                                    QByteArray value)
{
    CacheEntry entry;
    entry.value = std::move(value);
    entry.storedAt = m_clock.nowMs();
    entry.expiresAt = entry.storedAt + policy.ttl.count();
    entry.scope = policy.userScoped ? key.scope : QString();
    ++m_changes;
    m_memory.insert(k, entry);
    if (policy.persistent)
        storeChange([k, entry](SqliteCacheStore& store) { store.put(k, entry); });
    return entry;
}

void LayeredCache::invalidate(const Key& key)
{
    const QString k = keyString(key);
    if (k.isEmpty())
        return;
    ++m_changes;
    m_memory.remove(k);
    storeChange([k](SqliteCacheStore& store) { store.remove(k); });
}

void LayeredCache::invalidatePrefix(const QString& keyPrefix)
{
    ++m_changes;
    m_memory.removePrefix(keyPrefix);
    storeChange([keyPrefix](SqliteCacheStore& store) { store.removePrefix(keyPrefix); });
}

void LayeredCache::invalidateType(DataType type)
{
    const CachePolicy policy = CachePolicy::forType(type);
    if (policy.cacheable)
        invalidatePrefix(policy.keyPrefix + QLatin1Char(':'));
}

void LayeredCache::purgeScope(const QString& userId)
{
    if (userId.isEmpty())
        return;
    ++m_changes;
    m_memory.removeScope(userId);
    storeChange([userId](SqliteCacheStore& store) { store.removeScope(userId); });
}

void LayeredCache::prune()
{
    // The longest stale window of any type bounds what is worth keeping.
    milliseconds longest{0};
    for (DataType t : {DataType::Plans, DataType::Profile, DataType::Subscription})
        longest = std::max(longest, CachePolicy::forType(t).maxStale);
    const qint64 cutoff = m_clock.nowMs() - longest.count();
    ++m_changes;
    m_memory.removeExpiredBefore(cutoff);
    storeChange([cutoff](SqliteCacheStore& store) { store.removeExpiredBefore(cutoff); });
}

CacheStats LayeredCache::stats() const
{
    CacheStats s = m_stats;
    s.sqliteErrors += m_storeErrors->load();
    s.memoryEntries = m_memory.size();
    s.memoryEvictions = m_memory.evictions();
    SqliteCacheStore* here = m_store ? m_store->inlineStore() : nullptr;
    s.sqliteEntries = !m_store ? 0 : here ? here->count() : -1;
    return s;
}

void LayeredCache::resetStats()
{
    m_stats = CacheStats();
    m_storeErrors->store(0);
}

QCoro::Task<int> LayeredCache::storedEntries()
{
    return storeCall<int>([](SqliteCacheStore& store) { return store.count(); }, -1);
}

} // namespace sv
