#pragma once

#include "billing/PlanCatalog.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace sv {

/// One plan of the Plans page: name, price for the chosen interval in the user's locale and the price's
/// currency, the quota, the overage price, "current plan" marking and the Upgrade / Change button.
class PlanCard : public QFrame
{
    Q_OBJECT
public:
    explicit PlanCard(QWidget* parent = nullptr);

    /// `current`: the user's plan; `currentMonthlyAmount`: what the current plan costs per month
    /// (decides "Upgrade" vs "Change").
    void setOffer(const PlanOffer& offer, bool yearly, bool current, qint64 currentMonthlyAmount);
    /// Disables the button with a reason shown as its tooltip (offline, checkout running...).
    void setActionsEnabled(bool enabled, const QString& reason = {});

    PlanOffer offer() const { return m_offer; }
    bool isCurrent() const { return m_current; }
    QString priceText() const;
    QString quotaText() const;
    QString overageText() const;
    QPushButton* actionButton() const { return m_button; }
    QLabel* currentBadge() const { return m_badge; }

Q_SIGNALS:
    /// Upgrade / Change clicked for this price.
    void chosen(const QString& priceId);

private:
    void refreshButton();

    PlanOffer m_offer;
    bool m_yearly = false;
    bool m_current = false;
    bool m_enabled = true;
    QString m_reason;
    qint64 m_currentMonthly = 0;
    QLabel* m_name = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_quota = nullptr;
    QLabel* m_overage = nullptr;
    QLabel* m_description = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace sv
