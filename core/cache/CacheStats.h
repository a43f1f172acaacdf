#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace sv {

/// Counters of the layered cache, per layer (for `streamvibe-cli cache stats` and the benchmark).
struct CacheStats
{
    struct Layer
    {
        qint64 hits = 0;
        qint64 misses = 0;
    };
    Layer memory;
    Layer sqlite;
    qint64 lookups = 0;         ///< get() calls for cacheable types
    qint64 backendFetches = 0;  ///< fetcher calls (cacheable and uncached types)
    qint64 backendFailures = 0; ///< fetcher calls that failed
    qint64 staleServes = 0;     ///< expired values served because the backend was unavailable
    qint64 revalidations = 0;   ///< expired values served at once while a background refresh ran
    qint64 uncachedFetches = 0; ///< fetches of never-cached types (invoices, payment methods)
    qint64 sharedFetches = 0;   ///< lookups that joined another lookup's fetch of the same key (no request)
    qint64 sqliteErrors = 0;    ///< SQLite layer failures (the cache then runs on memory only)
    qint64 memoryEvictions = 0; ///< LRU evictions
    int memoryEntries = 0;
    int sqliteEntries = 0; ///< -1 when unknown

    /// Fraction of lookups answered from a cache layer without the backend (0 when no lookups).
    double hitRate() const
    {
        return lookups ? static_cast<double>(memory.hits + sqlite.hits) / static_cast<double>(lookups) : 0.0;
    }
    /// {"lookups", "hitRate", "memory": {"hits","misses","entries","evictions"}, "sqlite": {...},
    ///  "backend": {"fetches","failures","uncachedFetches"}, "staleServes"}
    QJsonObject toJson() const;
};

} // namespace sv
