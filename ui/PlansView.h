#pragma once

#include "billing/BillingService.h"
#include "billing/CheckoutFlow.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <optional>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace sv {

class BrowserLauncher;
class EmptyStateWidget;
class PlanCard;
class PortalFlow;

/// The plans page: plan cards from list-plans (monthly/yearly toggle, price in the user's locale and the
/// price's currency, quota, overage price, the current plan marked), Upgrade / Change through Stripe
/// Checkout in the browser (a waiting panel with the copyable link and Cancel), Manage billing (the Stripe
/// portal) and the invoices (date, number, amount, status, PDF). Offline: the cached plans marked stale,
/// the actions disabled with the reason. Without a BillingService (signed out) it explains instead.
class PlansView : public QWidget
{
    Q_OBJECT
public:
    explicit PlansView(QWidget* parent = nullptr);
    /// Neither is owned; `browser` null = the desktop's URL handler (QDesktopServices).
    PlansView(BillingService* billing, BrowserLauncher* browser, QWidget* parent = nullptr);
    ~PlansView() override;

    void setBillingService(BillingService* billing, BrowserLauncher* browser = nullptr);
    BillingService* billingService() const { return m_billing; }

    EmptyStateWidget* emptyState() const { return m_emptyState; }

    void setYearly(bool yearly);
    bool isYearly() const { return m_yearly; }

    // For tests and accessibility.
    QList<PlanCard*> cards() const { return m_cards; }
    PlanCard* card(const QString& planKey) const;
    CheckoutFlow* checkoutFlow() const { return m_checkout; }
    PortalFlow* portalFlow() const { return m_portal; }
    QWidget* checkoutPanel() const { return m_checkoutPanel; }
    QLineEdit* checkoutLink() const { return m_checkoutLink; }
    QPushButton* cancelCheckoutButton() const { return m_cancelCheckout; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* staleLabel() const { return m_staleLabel; }
    QLabel* actionsReasonLabel() const { return m_actionsReason; }
    QPushButton* manageBillingButton() const { return m_manageBilling; }
    QTableWidget* invoicesTable() const { return m_invoices; }
    QLabel* invoicesStatusLabel() const { return m_invoicesStatus; }
    bool isStale() const { return m_stale; }
    QString currentPlan() const { return m_subscription ? m_subscription->plan : QString(); }

public Q_SLOTS:
    void reload(bool force = false);
    /// Starts a checkout for `priceId` (what a card's button does).
    void startCheckout(const QString& priceId);
    void openBillingPortal();

Q_SIGNALS:
    /// Plans, subscription and invoices were loaded (or failed).
    void loaded();
    void checkoutFinished(const sv::CheckoutFlow::Outcome& outcome);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    QCoro::Task<void> load(bool force);
    QCoro::Task<void> loadInvoices();
    QCoro::Task<void> runCheckout(QString priceId);
    QCoro::Task<void> runPortal();
    void rebuildCards();
    void updateActions();
    void showInvoices(const QList<Invoice>& invoices);
    bool openUrl(const QUrl& url);

    QPointer<BillingService> m_billing;
    BrowserLauncher* m_browser = nullptr;
    std::unique_ptr<BrowserLauncher> m_desktopBrowser;
    CheckoutFlow* m_checkout = nullptr;
    PortalFlow* m_portal = nullptr;
    std::optional<PlanCatalog> m_catalog;
    std::optional<DataFreshness> m_plansFreshness;
    std::optional<SubscriptionSettings> m_subscription;
    QString m_loadError;
    bool m_yearly = false;
    bool m_stale = false;
    bool m_invoicesOnline = true;
    bool m_checkoutActive = false;
    int m_generation = 0;

    QStackedWidget* m_stack = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QLabel* m_heading = nullptr;
    QRadioButton* m_monthly = nullptr;
    QRadioButton* m_yearlyButton = nullptr;
    QButtonGroup* m_intervalGroup = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_currencyCaption = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_actionsReason = nullptr;
    QLabel* m_message = nullptr;
    QHBoxLayout* m_cardsLayout = nullptr;
    QList<PlanCard*> m_cards;
    QWidget* m_checkoutPanel = nullptr;
    QLabel* m_checkoutText = nullptr;
    QLineEdit* m_checkoutLink = nullptr;
    QPushButton* m_copyLink = nullptr;
    QPushButton* m_cancelCheckout = nullptr;
    QPushButton* m_manageBilling = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_invoicesHeading = nullptr;
    QTableWidget* m_invoices = nullptr;
    QLabel* m_invoicesStatus = nullptr;
};

} // namespace sv
