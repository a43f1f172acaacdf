#pragma once

#include "BillingPage.h"
#include "DesktopBrowserLauncher.h"

#include "billing/BillingService.h"
#include "billing/CheckoutFlow.h"

#include <QList>

#include <optional>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace sv {

class BrowserLauncher;
class CheckoutPanel;
class InvoicesPanel;
class PlanCard;
class PortalFlow;

/// The plans page: plan cards from list-plans (monthly/yearly toggle, price in the user's locale and the
/// price's currency, quota, overage price, the current plan marked), Upgrade / Change through Stripe
/// Checkout in the browser (a waiting panel with the copyable link and Cancel), Manage billing (the Stripe
/// portal) and the invoices (date, number, amount, status, PDF). Offline: the cached plans marked stale,
/// the actions disabled with the reason. Without a BillingService (signed out) it explains instead
/// (BillingPage). The checkout's waiting panel is a CheckoutPanel, the billing part an InvoicesPanel.
class PlansView : public BillingPage
{
    Q_OBJECT
public:
    explicit PlansView(QWidget* parent = nullptr);
    /// Neither is owned; `browser` null = the desktop's URL handler (QDesktopServices).
    PlansView(BillingService* billing, BrowserLauncher* browser, QWidget* parent = nullptr);
    ~PlansView() override;

    void setBillingService(BillingService* billing, BrowserLauncher* browser = nullptr);

    void setYearly(bool yearly);
    bool isYearly() const { return m_yearly; }

    // For tests and accessibility.
    QList<PlanCard*> cards() const { return m_cards; }
    PlanCard* card(const QString& planKey) const;
    CheckoutFlow* checkoutFlow() const { return m_checkout; }
    PortalFlow* portalFlow() const { return m_portal; }
    QWidget* checkoutPanel() const;
    QLineEdit* checkoutLink() const;
    QPushButton* cancelCheckoutButton() const;
    QLabel* messageLabel() const { return m_message; }
    /// What a plan buys, in the creator's words.
    QLabel* plansExplanation() const { return m_plansNote; }
    /// "Your plan ends on …": shown while the subscription is cancelled at the end of its period.
    QLabel* renewalLabel() const { return m_renewal; }
    QPushButton* manageBillingButton() const;
    QTableWidget* invoicesTable() const;
    QLabel* invoicesStatusLabel() const;
    QString currentPlan() const { return m_subscription ? m_subscription->plan : QString(); }

public Q_SLOTS:
    /// Starts a checkout for `priceId` (what a card's button does).
    void startCheckout(const QString& priceId);
    void openBillingPortal();

Q_SIGNALS:
    void checkoutFinished(const sv::CheckoutFlow::Outcome& outcome);

private:
    void buildUi();
    void retranslate() override;
    /// Plans, subscription and invoices; loaded() follows.
    QCoro::Task<void> load(BillingService::Refresh refresh) override;
    QCoro::Task<void> loadInvoices();
    QCoro::Task<void> runCheckout(QString priceId);
    QCoro::Task<void> runPortal();
    void rebuildCards();
    void updateActions();
    bool openUrl(const QUrl& url);

    BrowserLauncher* m_browser = nullptr;
    DesktopBrowserLauncher m_desktopBrowser;
    CheckoutFlow* m_checkout = nullptr;
    PortalFlow* m_portal = nullptr;
    std::optional<PlanCatalog> m_catalog;
    std::optional<DataFreshness> m_plansFreshness;
    std::optional<SubscriptionSettings> m_subscription;
    QString m_loadError;
    bool m_yearly = false;
    bool m_checkoutActive = false;

    QLabel* m_heading = nullptr;
    QLabel* m_plansNote = nullptr;
    QRadioButton* m_monthly = nullptr;
    QRadioButton* m_yearlyButton = nullptr;
    QButtonGroup* m_intervalGroup = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_currencyCaption = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_renewal = nullptr;
    QHBoxLayout* m_cardsLayout = nullptr;
    QList<PlanCard*> m_cards;
    CheckoutPanel* m_checkoutPanel = nullptr;
    QPushButton* m_refresh = nullptr;
    InvoicesPanel* m_invoices = nullptr;
};

} // namespace sv
