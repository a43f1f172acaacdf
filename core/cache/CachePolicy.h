#pragma once

#include <QString>

#include <chrono>

namespace sv {

/// What the app caches, after the seed architecture's TTL table. Stripe stays the source of truth;
/// invoices and payment methods are NEVER cached (always fetched fresh; PCI for payment methods).
enum class DataType {
    Plans,          ///< Stripe products and prices (list-plans): memory + SQLite, 1 h, shared by all users
    Profile,        ///< the user's profile / Stripe customer: memory + SQLite, 5 min, per user
    Subscription,   ///< subscription_settings: memory + SQLite, 1 min, per user
    UsageHistory,   ///< quota_usage_history (per day and platform): memory + SQLite, 5 min, per user
    Invoices,       ///< never cached
    PaymentMethods, ///< never cached
};

struct CachePolicy
{
    bool cacheable = false;
    bool persistent = false; ///< also kept in SQLite (survives restarts)
    bool userScoped = false; ///< keyed and purged by user id
    std::chrono::milliseconds ttl{0};
    /// How old an expired value may be and still be served (marked stale) when the backend is
    /// unreachable. Older values are dropped.
    std::chrono::milliseconds maxStale{0};
    QString keyPrefix; ///< "plans", "profile"...

    /// The one table of policies. There is no way to make Invoices or PaymentMethods cacheable.
    static CachePolicy forType(DataType type);
    static QString typeName(DataType type);
};

} // namespace sv
