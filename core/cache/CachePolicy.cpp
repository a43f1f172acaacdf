#include "cache/CachePolicy.h"

namespace sv {

using namespace std::chrono_literals;

CachePolicy CachePolicy::forType(DataType type)
{
    CachePolicy p;
    p.keyPrefix = typeName(type);
    switch (type) {
    case DataType::Plans:
        p.cacheable = true;
        p.persistent = true;
        p.userScoped = false;
        p.ttl = 1h;
        p.maxStale = std::chrono::hours(24 * 30);
        break;
    case DataType::Profile:
        p.cacheable = true;
        p.persistent = true;
        p.userScoped = true;
        p.ttl = 5min;
        p.maxStale = std::chrono::hours(24 * 7);
        break;
    case DataType::Subscription:
        p.cacheable = true;
        p.persistent = true;
        p.userScoped = true;
        p.ttl = 1min;
        p.maxStale = std::chrono::hours(24 * 7);
        break;
    case DataType::UsageHistory:
        // Past days never change and the chart is per day; only today's row grows with each sync.
        // The live figure (used/quota) comes from the 1-minute subscription, so 5 minutes keeps the
        // chart current without re-reading up to a year of rows on every visit of the Usage page.
        p.cacheable = true;
        p.persistent = true;
        p.userScoped = true;
        p.ttl = 5min;
        p.maxStale = std::chrono::hours(24 * 7);
        break;
    case DataType::Invoices:
    case DataType::PaymentMethods:
        p.cacheable = false; // direct API calls only (seed: "no cache", PCI compliance)
        p.persistent = false;
        p.userScoped = true;
        break;
    }
    return p;
}

QString CachePolicy::typeName(DataType type)
{
    switch (type) {
    case DataType::Plans:
        return QStringLiteral("plans");
    case DataType::Profile:
        return QStringLiteral("profile");
    case DataType::Subscription:
        return QStringLiteral("subscription");
    case DataType::UsageHistory:
        return QStringLiteral("usage_history");
    case DataType::Invoices:
        return QStringLiteral("invoices");
    case DataType::PaymentMethods:
        return QStringLiteral("payment_methods");
    }
    return QStringLiteral("unknown");
}

} // namespace sv
