#include "billing/PlanCatalog.h"

#include <algorithm>

namespace sv {

bool PlanOffer::isFree() const
{
    auto paid = [](const std::optional<Plan>& p) {
        return p && p->unitAmount && *p->unitAmount > 0;
    };
    return !paid(monthly) && !paid(yearly);
}

PlanCatalog::PlanCatalog(const QList<Plan>& prices)
{
    for (const Plan& p : prices) {
        if (!p.active)
            continue;
        m_prices.append(p);
        const QString key = p.planKey();
        auto it =
            std::find_if(m_offers.begin(), m_offers.end(), [&](const PlanOffer& o) { return o.key == key; });
        if (it == m_offers.end()) {
            PlanOffer o;
            o.key = key;
            o.name = p.productName.isEmpty() ? key : p.productName;
            o.description = p.productDescription;
            o.currency = p.currency;
            o.quota = p.quota();
            m_offers.append(o);
            it = m_offers.end() - 1;
        }
        if (!it->quota)
            it->quota = p.quota();
        if (p.isMetered()) {
            if (!it->overage)
                it->overage = p;
        } else if (p.interval == Plan::Interval::Month && p.intervalCount == 1) {
            if (!it->monthly)
                it->monthly = p;
        } else if (p.interval == Plan::Interval::Year && p.intervalCount == 1) {
            if (!it->yearly)
                it->yearly = p;
        }
    }
    auto monthlyAmount = [](const PlanOffer& o) {
        return o.monthly && o.monthly->unitAmount ? *o.monthly->unitAmount : 0;
    };
    std::stable_sort(m_offers.begin(), m_offers.end(), [&](const PlanOffer& a, const PlanOffer& b) {
        if (monthlyAmount(a) != monthlyAmount(b))
            return monthlyAmount(a) < monthlyAmount(b);
        return a.quota.value_or(0) < b.quota.value_or(0);
    });
}

std::optional<PlanOffer> PlanCatalog::offer(const QString& key) const
{
    for (const PlanOffer& o : m_offers) {
        if (o.key == key)
            return o;
    }
    return std::nullopt;
}

std::optional<Plan> PlanCatalog::priceById(const QString& priceId) const
{
    for (const Plan& p : m_prices) {
        if (p.priceId == priceId)
            return p;
    }
    return std::nullopt;
}

std::optional<PlanOffer> PlanCatalog::offerForPrice(const QString& priceId) const
{
    for (const PlanOffer& o : m_offers) {
        if ((o.monthly && o.monthly->priceId == priceId) || (o.yearly && o.yearly->priceId == priceId))
            return o;
    }
    return std::nullopt;
}

} // namespace sv
