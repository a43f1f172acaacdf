#pragma once

#include "billing/BillingModels.h"
#include "billing/Money.h"

#include <QtGlobal>

#include <optional>

namespace sv {

/// The estimated overage of a billing period, as Stripe will bill it.
struct OverageEstimate
{
    qint64 used = 0;
    qint64 quota = 0;
    /// Units used beyond the quota (0 when at or under it). Reported even when nothing is charged.
    qint64 overageUnits = 0;
    /// The quantity Stripe bills: overageUnits after the price's transform_quantity (e.g. per 1,000
    /// units, rounded up).
    qint64 billedQuantity = 0;
    /// Whether the plan has a metered overage price with a known unit amount.
    bool hasOveragePrice = false;
    /// billedQuantity × unit amount; nullopt without an overage price (nothing is charged then).
    std::optional<Money> charge;
    /// The overage price itself (per billed quantity), when there is one.
    std::optional<Money> unitPrice;
    qint64 unitsPerBilledQuantity = 1;

    bool isOverQuota() const { return overageUnits > 0; }
};

/// Overage arithmetic: units over the quota × the plan's metered price, with Stripe's
/// transform_quantity (quantity = ceil(units / divide_by) for round=up, floor for round=down) applied
/// to the reported overage before the unit amount. A plan without a metered price (or one without a
/// unit amount) charges nothing, but the overage units are still reported.
class OverageCalculator
{
public:
    /// Stripe's transformed quantity for `units` (0 stays 0). `divideBy` < 1 counts as 1.
    static qint64 billedQuantity(qint64 units, qint64 divideBy, Plan::Rounding rounding);
    /// `overagePrice` must be a metered price (a licensed one is ignored); negative inputs count as 0.
    static OverageEstimate estimate(qint64 used, qint64 quota, const std::optional<Plan>& overagePrice);
};

} // namespace sv
