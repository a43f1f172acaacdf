#include "cache/CacheStats.h"

namespace sv {

QJsonObject CacheStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("lookups"), lookups},
        {QStringLiteral("hitRate"), hitRate()},
        {QStringLiteral("staleServes"), staleServes},
        {QStringLiteral("revalidations"), revalidations},
        {QStringLiteral("memory"), QJsonObject{{QStringLiteral("hits"), memory.hits},
                                               {QStringLiteral("misses"), memory.misses},
                                               {QStringLiteral("entries"), memoryEntries},
                                               {QStringLiteral("evictions"), memoryEvictions}}},
        {QStringLiteral("sqlite"), QJsonObject{{QStringLiteral("hits"), sqlite.hits},
                                               {QStringLiteral("misses"), sqlite.misses},
                                               {QStringLiteral("entries"), sqliteEntries},
                                               {QStringLiteral("errors"), sqliteErrors}}},
        {QStringLiteral("backend"), QJsonObject{{QStringLiteral("fetches"), backendFetches},
                                                {QStringLiteral("failures"), backendFailures},
                                                {QStringLiteral("uncachedFetches"), uncachedFetches},
                                                {QStringLiteral("sharedFetches"), sharedFetches}}},
    };
}

} // namespace sv
