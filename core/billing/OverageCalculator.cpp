#include "billing/OverageCalculator.h"

#include <limits>

namespace sv {

qint64 OverageCalculator::billedQuantity(qint64 units, qint64 divideBy, Plan::Rounding rounding)
{
    if (units <= 0)
        return 0;
    const qint64 d = std::max<qint64>(1, divideBy);
    const qint64 whole = units / d;
    const bool remainder = units % d != 0;
    return rounding == Plan::Rounding::Up && remainder ? whole + 1 : whole;
}

OverageEstimate OverageCalculator::estimate(qint64 used, qint64 quota,
                                            const std::optional<Plan>& overagePrice)
{
    OverageEstimate e;
    e.used = std::max<qint64>(0, used);
    e.quota = std::max<qint64>(0, quota);
    e.overageUnits = e.used > e.quota ? e.used - e.quota : 0;
    if (!overagePrice || !overagePrice->isMetered() || !overagePrice->unitAmount)
        return e; // no metered price: overage is reported but not charged
    e.hasOveragePrice = true;
    e.unitsPerBilledQuantity = std::max<qint64>(1, overagePrice->transformDivideBy);
    e.unitPrice = Money(*overagePrice->unitAmount, overagePrice->currency);
    e.billedQuantity =
        billedQuantity(e.overageUnits, overagePrice->transformDivideBy, overagePrice->transformRound);
    const qint64 unit = *overagePrice->unitAmount;
    // Saturate instead of overflowing on absurd inputs (quantity × amount beyond 9.2e18 minor units).
    const qint64 amount = unit != 0 && e.billedQuantity > std::numeric_limits<qint64>::max() / unit
                              ? std::numeric_limits<qint64>::max()
                              : e.billedQuantity * unit;
    e.charge = Money(amount, overagePrice->currency);
    return e;
}

} // namespace sv
