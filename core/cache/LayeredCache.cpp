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

QCoro::Task<Result<CacheResult, ApiError>> LayeredCache::get(const Key& key, Fetcher fetcher,
                                                             bool forceRefresh)
{
    return read(key, std::move(fetcher), forceRefresh, false);
}

QCoro::Task<Result<CacheResult, ApiError>> LayeredCache::getOrRevalidate(const Key& key, Fetcher fetcher)
{
    return read(key, std::move(fetcher), false, true);
}

QCoro::Task<Result<CacheResult, ApiError>> LayeredCache::read(const Key& keyArgument, Fetcher fetcher,
                                                              bool forceRefresh, bool revalidate)
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

    bool hit = false;
    const Found found = co_await findCached(k, policy, forceRefresh, &hit);
    if (!*alive)
        co_return cacheDestroyed();
    if (hit)
        co_return resultFrom(*found.entry, found.source, false);
    if (revalidate && found.entry && m_clock.nowMs() - found.entry->expiresAt <= policy.maxStale.count()) {
        // Expired: shown at once while one request refreshes it (shared with every other caller of the key).
        ++m_stats.revalidations;
        CacheResult r = resultFrom(*found.entry, found.source, false);
        r.revalidating = true;
        r.refreshed = fetchShared(key, k, policy, std::move(fetcher))->done.future();
        co_return r;
    }

    // 3. backend: one request per key at a time; a lookup that finds one under way waits for its answer.
    const std::shared_ptr<InFlight> flight = fetchShared(key, k, policy, std::move(fetcher));
    co_await flight->done.future();
    if (!*alive)
        co_return cacheDestroyed();
    const Result<CacheEntry, ApiError> outcome = *flight->outcome;
    if (outcome.hasValue())
        co_return resultFrom(outcome.value(), CacheSource::Backend, false);

    const ApiError& error = outcome.error();
    const qint64 later = m_clock.nowMs();
    const std::optional<CacheEntry>& staleCandidate = found.entry;
    if (error.isUnavailable() && staleCandidate &&
        later - staleCandidate->expiresAt <= policy.maxStale.count()) {
        ++m_stats.staleServes;
        qCInfo(lcCache).noquote() << "serving stale" << k << "after" << error.logString();
        CacheResult r = resultFrom(*staleCandidate, found.source, !staleCandidate->isFresh(later));
        r.stale = true; // the backend could not confirm it: the UI shows "offline - as of ..."
        r.backendError = error;
        co_return r;
    }
    co_return error;
}

QCoro::Task<LayeredCache::Found> LayeredCache::findCached(QString k, CachePolicy policy, bool forceRefresh,
                                                          bool* hit)
{
    std::shared_ptr<bool> alive = m_alive;
    Found found;
    for (int attempt = 1;; ++attempt) {
        // 1. memory
        found = Found();
        if (auto mem = m_memory.find(k)) {
            if (!forceRefresh && mem->isFresh(m_clock.nowMs())) {
                ++m_stats.memory.hits;
                *hit = true;
                co_return Found{std::move(mem), CacheSource::Memory};
            }
            found.entry = std::move(mem);
        }
        if (!policy.persistent || !m_store)
            break;

        // 2. SQLite, on the store's thread: this thread does not wait.
        const quint64 changes = m_changes;
        std::optional<CacheEntry> disk = co_await sqliteGet(k);
        if (!*alive)
            co_return Found();
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
                *hit = true;
                co_return Found{std::move(disk), CacheSource::Sqlite};
            }
            if (!found.entry || disk->storedAt > found.entry->storedAt) {
                found.entry = std::move(disk);
                found.source = CacheSource::Sqlite;
            }
        }
        break;
    }
    ++m_stats.memory.misses;
    if (policy.persistent)
        ++m_stats.sqlite.misses;
    co_return found;
}

std::shared_ptr<LayeredCache::InFlight> LayeredCache::fetchShared(const Key& key, const QString& k,
                                                                  const CachePolicy& policy, Fetcher fetcher)
{
    if (const auto running = m_inFlight.find(k); running != m_inFlight.end()) {
        ++m_stats.sharedFetches;
        return running->second;
    }
    auto flight = std::make_shared<InFlight>();
    flight->done.start();
    m_inFlight.emplace(k, flight);
    ++m_stats.backendFetches;
    runFetch(key, k, policy, std::move(fetcher), flight); // runs on by itself; `flight` tells the end
    return flight;
}

QCoro::Task<void> LayeredCache::runFetch(Key key, QString k, CachePolicy policy, Fetcher fetcher,
                                         std::shared_ptr<InFlight> flight)
{
    std::shared_ptr<bool> alive = m_alive;
    auto fetched = co_await fetcher();
    if (!*alive) {
        // The cache is gone (so is m_inFlight): only the shared flight may be touched.
        flight->outcome = cacheDestroyed();
    } else {
        m_inFlight.erase(k);
        if (fetched) {
            flight->outcome = storeEntry(key, k, policy, std::move(fetched.value()));
        } else {
            ++m_stats.backendFailures;
            flight->outcome = fetched.error();
        }
    }
    std::optional<ApiError> failure;
    if (!flight->outcome->hasValue())
        failure = flight->outcome->error();
    flight->done.addResult(failure);
    flight->done.finish(); // waiters resume from the event loop
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

void LayeredCache::expire(const Key& key)
{
    const QString k = keyString(key);
    if (k.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    ++m_changes;
    if (std::optional<CacheEntry> mem = m_memory.find(k); mem && mem->expiresAt > now) {
        mem->expiresAt = now;
        m_memory.insert(k, *mem);
    }
    if (!CachePolicy::forType(key.type).persistent)
        return;
    storeChange([k, now](SqliteCacheStore& store) {
        if (std::optional<CacheEntry> disk = store.get(k); disk && disk->expiresAt > now) {
            disk->expiresAt = now;
            store.put(k, *disk);
        }
    });
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
