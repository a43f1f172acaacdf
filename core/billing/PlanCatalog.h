#pragma once

#include "billing/BillingModels.h"

#include <QList>
#include <QString>

#include <optional>

namespace sv {

/// One plan as the user chooses it: a Stripe product with its monthly and yearly licensed prices and
/// its metered overage price, in one currency.
struct PlanOffer
{
    QString key;  ///< product metadata.plan: "free", "basic", "premium"
    QString name; ///< product name
    QString description;
    QString currency;
    std::optional<qint64> quota; ///< API units included per period (product metadata.quota)
    std::optional<Plan> monthly;
    std::optional<Plan> yearly;
    std::optional<Plan> overage; ///< metered price (per transform_quantity.divide_by units)

    /// The licensed price for the interval; nullopt when the plan has none.
    std::optional<Plan> price(bool yearly) const { return yearly ? this->yearly : monthly; }
    /// True when the plan costs nothing (no licensed price with a non-zero amount).
    bool isFree() const;
};

/// The plans of a list-plans answer, grouped per product and ordered from the cheapest.
class PlanCatalog
{
public:
    PlanCatalog() = default;
    /// Inactive prices are skipped; the first price of each kind per product wins.
    explicit PlanCatalog(const QList<Plan>& prices);

    const QList<PlanOffer>& offers() const { return m_offers; }
    const QList<Plan>& prices() const { return m_prices; }
    bool isEmpty() const { return m_offers.isEmpty(); }
    std::optional<PlanOffer> offer(const QString& key) const;
    std::optional<Plan> priceById(const QString& priceId) const;
    /// The offer whose monthly or yearly price is `priceId`.
    std::optional<PlanOffer> offerForPrice(const QString& priceId) const;

private:
    QList<Plan> m_prices;
    QList<PlanOffer> m_offers;
};

} // namespace sv
