#include "cache/LayeredCache.h"

#include <QLoggingCategory>

#include <QCoro/QCoroFuture>

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcCache)

using std::chrono::milliseconds;

LayeredCache::LayeredCache(std::unique_ptr<SqliteCacheStore> store, Clock& clock, int memoryEntries)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_memory(memoryEntries)
    , m_alive(std::make_shared<bool>(true))
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

std::optional<CacheEntry> LayeredCache::sqliteGet(const QString& key)
{
    if (!m_store)
        return std::nullopt;
    const QString before = m_store->lastError();
    auto entry = m_store->get(key);
    if (!entry && m_store->lastError() != before)
        ++m_stats.sqliteErrors;
    return entry;
}

void LayeredCache::sqlitePut(const QString& key, const CacheEntry& entry)
{
    if (m_store && !m_store->put(key, entry))
        ++m_stats.sqliteErrors;
}

QCoro::Task<Result<CacheResult, ApiError>> LayeredCache::get(const Key& key, Fetcher fetcher,
                                                             bool forceRefresh)
{
    const CachePolicy policy = CachePolicy::forType(key.type);
    std::shared_ptr<bool> alive = m_alive;

    if (!policy.cacheable) {
        // Invoices, payment methods: straight to the backend, nothing stored anywhere.
        ++m_stats.backendFetches;
        ++m_stats.uncachedFetches;
        auto fetched = co_await fetcher();
        if (!*alive)
            co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cache destroyed"));
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
    const qint64 now = m_clock.nowMs();

    // 1. memory
    std::optional<CacheEntry> staleCandidate;
    CacheSource staleSource = CacheSource::Memory;
    if (auto mem = m_memory.find(k)) {
        if (!forceRefresh && mem->isFresh(now)) {
            ++m_stats.memory.hits;
            co_return resultFrom(*mem, CacheSource::Memory, false);
        }
        staleCandidate = std::move(mem);
    }
    ++m_stats.memory.misses;

    // 2. SQLite
    if (policy.persistent) {
        if (auto disk = sqliteGet(k)) {
            if (!forceRefresh && disk->isFresh(now)) {
                ++m_stats.sqlite.hits;
                m_memory.insert(k, *disk);
                co_return resultFrom(*disk, CacheSource::Sqlite, false);
            }
            if (!staleCandidate || disk->storedAt > staleCandidate->storedAt) {
                staleCandidate = std::move(disk);
                staleSource = CacheSource::Sqlite;
            }
        }
        ++m_stats.sqlite.misses;
    }

    // 3. backend: one request per key at a time; a lookup that finds one under way waits for its answer.
    std::optional<Result<CacheEntry, ApiError>> outcome;
    if (const auto running = m_inFlight.find(k); running != m_inFlight.end()) {
        const std::shared_ptr<InFlight> flight = running->second;
        ++m_stats.sharedFetches;
        co_await flight->done.future();
        if (!*alive)
            co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cache destroyed"));
        outcome = flight->outcome;
    } else {
        const auto flight = std::make_shared<InFlight>();
        flight->done.start();
        m_inFlight.emplace(k, flight);
        ++m_stats.backendFetches;
        auto fetched = co_await fetcher();
        if (!*alive) {
            // The cache is gone (so is m_inFlight): only the shared flight may be touched.
            const ApiError gone =
                ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cache destroyed"));
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
    const CachePolicy policy = CachePolicy::forType(key.type);
    if (!policy.cacheable)
        return std::nullopt;
    const QString k = keyString(key);
    const qint64 now = m_clock.nowMs();
    if (auto mem = m_memory.find(k))
        return resultFrom(*mem, CacheSource::Memory, !mem->isFresh(now));
    if (policy.persistent) {
        if (auto disk = sqliteGet(k))
            return resultFrom(*disk, CacheSource::Sqlite, !disk->isFresh(now));
    }
    return std::nullopt;
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
    m_memory.insert(k, entry);
    if (policy.persistent)
        sqlitePut(k, entry);
    return entry;
}

void LayeredCache::invalidate(const Key& key)
{
    const QString k = keyString(key);
    if (k.isEmpty())
        return;
    m_memory.remove(k);
    if (m_store && !m_store->remove(k) && !m_store->lastError().isEmpty() && !m_store->isOpen())
        ++m_stats.sqliteErrors;
}

void LayeredCache::invalidatePrefix(const QString& keyPrefix)
{
    m_memory.removePrefix(keyPrefix);
    if (m_store && m_store->removePrefix(keyPrefix) < 0)
        ++m_stats.sqliteErrors;
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
    m_memory.removeScope(userId);
    if (m_store && m_store->removeScope(userId) < 0)
        ++m_stats.sqliteErrors;
}

void LayeredCache::prune()
{
    // The longest stale window of any type bounds what is worth keeping.
    milliseconds longest{0};
    for (DataType t : {DataType::Plans, DataType::Profile, DataType::Subscription})
        longest = std::max(longest, CachePolicy::forType(t).maxStale);
    const qint64 cutoff = m_clock.nowMs() - longest.count();
    m_memory.removeExpiredBefore(cutoff);
    if (m_store && m_store->removeExpiredBefore(cutoff) < 0)
        ++m_stats.sqliteErrors;
}

CacheStats LayeredCache::stats() const
{
    CacheStats s = m_stats;
    s.memoryEntries = m_memory.size();
    s.memoryEvictions = m_memory.evictions();
    s.sqliteEntries = m_store ? m_store->count() : 0;
    return s;
}

void LayeredCache::resetStats()
{
    m_stats = CacheStats();
}

} // namespace sv
