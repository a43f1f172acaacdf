#include "PlansView.h"

#include "CheckoutPanel.h"
#include "EmptyStateWidget.h"
#include "InvoicesPanel.h"
#include "PlanCard.h"

#include "Theme.h"
#include "billing/Money.h"
#include "billing/PortalFlow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sv {

PlansView::PlansView(QWidget* parent)
    : PlansView(nullptr, nullptr, parent)
{
}

PlansView::PlansView(BillingService* billing, BrowserLauncher* browser, QWidget* parent)
    : BillingPage(QStringLiteral("plans"), QStringLiteral("state-plans"), parent)
{
    setObjectName(QStringLiteral("plansView"));
    buildUi();
    retranslate();
    setBillingService(billing, browser);
}

PlansView::~PlansView() = default;

void PlansView::buildUi()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("plansScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("plansContent"));
    auto* column = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(page);
    Theme::setHeadingFont(m_heading);
    top->addWidget(m_heading, 1);
    m_monthly = new QRadioButton(page);
    m_monthly->setObjectName(QStringLiteral("monthlyButton"));
    m_monthly->setChecked(true);
    m_yearlyButton = new QRadioButton(page);
    m_yearlyButton->setObjectName(QStringLiteral("yearlyButton"));
    m_intervalGroup = new QButtonGroup(this);
    m_intervalGroup->addButton(m_monthly);
    m_intervalGroup->addButton(m_yearlyButton);
    connect(m_yearlyButton, &QRadioButton::toggled, this, [this](bool on) { setYearly(on); });
    top->addWidget(m_monthly);
    top->addWidget(m_yearlyButton);
    m_currencyCaption = new QLabel(page);
    top->addWidget(m_currencyCaption);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currencySelector"));
    for (const char* c : {"usd", "eur", "jpy"})
        m_currency->addItem(QString::fromLatin1(c).toUpper(), QString::fromLatin1(c));
    m_currencyCaption->setBuddy(m_currency);
    connect(m_currency, &QComboBox::activated, this, [this](int index) {
        if (BillingService* billing = billingService()) {
            billing->setCurrency(m_currency->itemData(index).toString());
            reload(false);
        }
    });
    top->addWidget(m_currency);
    m_refresh = new QPushButton(page);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(true); });
    top->addWidget(m_refresh);
    column->addLayout(top);

    column->addWidget(staleLabel());
    column->addWidget(refreshLabel());
    column->addWidget(actionsReasonLabel());
    m_renewal = new QLabel(page);
    m_renewal->setObjectName(QStringLiteral("plansRenewal"));
    m_renewal->setWordWrap(true);
    m_renewal->hide();
    column->addWidget(m_renewal);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("plansMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    column->addWidget(m_message);

    m_plansNote = new QLabel(page);
    m_plansNote->setObjectName(QStringLiteral("plansExplanation"));
    m_plansNote->setWordWrap(true);
    column->addWidget(m_plansNote);
    m_cardsLayout = new QHBoxLayout;
    column->addLayout(m_cardsLayout);

    m_checkoutPanel = new CheckoutPanel(page);
    column->addWidget(m_checkoutPanel);

    m_invoices = new InvoicesPanel(page);
    connect(m_invoices->manageBillingButton(), &QPushButton::clicked, this, &PlansView::openBillingPortal);
    connect(m_invoices, &InvoicesPanel::openRequested, this, [this](const QUrl& url) { openUrl(url); });
    column->addWidget(m_invoices, 1);

    scroll->setWidget(page);
    setContent(scroll);
}

void PlansView::retranslate()
{
    emptyState()->setHeading(tr("Plans and billing"));
    emptyState()->setText(
        tr("Sign in to see plans and billing. Compare plans, upgrade and download your invoices here."));
    m_heading->setText(tr("Plans"));
    m_plansNote->setText(
        tr("A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new "
           "videos, posts or clips into your library. Keeping the items you have up to date is "
           "free."));
    m_monthly->setText(tr("Monthly"));
    m_yearlyButton->setText(tr("Yearly"));
    m_currencyCaption->setText(tr("Currency:"));
    m_refresh->setText(tr("Refresh"));
    findChild<QScrollArea*>(QStringLiteral("plansScroll"))->setAccessibleName(tr("Plans and billing"));
    m_checkoutPanel->retranslate();
    m_invoices->retranslate();
    rebuildCards();
}

void PlansView::setBillingService(BillingService* billing, BrowserLauncher* browser)
{
    attachBilling(billing);
    delete m_checkout;
    m_checkout = nullptr;
    delete m_portal;
    m_portal = nullptr;
    m_browser = browser;
    m_catalog.reset();
    m_subscription.reset();
    m_checkoutPanel->hide();
    if (!billing)
        return;
    BrowserLauncher* launcher = m_browser ? m_browser : &m_desktopBrowser;
    m_checkout = new CheckoutFlow(billing, launcher, this);
    m_portal = new PortalFlow(billing, launcher, this);
    connect(m_checkoutPanel->cancelButton(), &QPushButton::clicked, m_checkout, &CheckoutFlow::cancel,
            Qt::UniqueConnection);
    connect(m_checkout, &CheckoutFlow::checkoutUrlReady, m_checkoutPanel, &CheckoutPanel::setCheckoutUrl);
    connect(m_portal, &PortalFlow::returned, this, [this] { reload(false); });
    connect(m_portal, &PortalFlow::subscriptionChanged, this, [this] { reload(false); });
    connect(billing, &BillingService::subscriptionChanged, this, [this](const SubscriptionSettings& s) {
        if (!m_subscription || subscriptionDiffers(*m_subscription, s)) {
            m_subscription = s;
            rebuildCards();
        }
    });
    const int index = m_currency->findData(billing->currency());
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    reload(false);
}

void PlansView::setYearly(bool yearly)
{
    if (m_yearlyButton->isChecked() != yearly)
        (yearly ? m_yearlyButton : m_monthly)->setChecked(true);
    if (m_yearly == yearly)
        return;
    m_yearly = yearly;
    rebuildCards();
}

PlanCard* PlansView::card(const QString& planKey) const
{
    for (PlanCard* c : m_cards) {
        if (c->offer().key == planKey)
            return c;
    }
    return nullptr;
}

QCoro::Task<void> PlansView::load(BillingService::Refresh refresh)
{
    const int generation = beginLoad();
    QPointer<PlansView> self(this);
    QPointer<BillingService> billing = billingService();
    QList<DataFreshness> freshness;
    auto plans = co_await billing->plans(QString(), refresh);
    if (!self || !isCurrentLoad(generation) || !billing)
        co_return;
    if (plans) {
        m_catalog = plans->value;
        m_plansFreshness = plans->freshness;
        noteShown(freshness, plans->freshness);
        m_loadError.clear();
    } else {
        m_loadError = plans.error().userMessage();
        m_plansFreshness.reset();
    }
    auto sub = co_await billing->subscription(refresh);
    if (!self || !isCurrentLoad(generation) || !billing)
        co_return;
    if (sub) {
        m_subscription = sub->value;
        noteShown(freshness, sub->freshness);
        if (sub->freshness.stale && (!m_plansFreshness || !m_plansFreshness->stale))
            m_plansFreshness = sub->freshness; // the subscription is what is out of date
    }
    rebuildCards();
    if (refresh != BillingService::Refresh::CachedOnly) { // never cached: not read again after a refresh
        co_await loadInvoices();
        if (!self || !isCurrentLoad(generation))
            co_return;
    }
    updateActions();
    finishLoad(generation, refresh, freshness);
}

QCoro::Task<void> PlansView::loadInvoices()
{
    QPointer<PlansView> self(this);
    QPointer<BillingService> billing = billingService();
    auto invoices = co_await billing->invoices();
    if (!self)
        co_return;
    if (!invoices) {
        m_invoices->showError(invoices.error());
        co_return;
    }
    QUrl baseUrl;
    if (billing && billing->backend())
        baseUrl = billing->backend()->config().baseUrl;
    m_invoices->showInvoices(invoices.value(), baseUrl);
}

bool PlansView::openUrl(const QUrl& url)
{
    BrowserLauncher* launcher = m_browser ? m_browser : &m_desktopBrowser;
    return launcher->open(url);
}

QWidget* PlansView::checkoutPanel() const
{
    return m_checkoutPanel;
}

QLineEdit* PlansView::checkoutLink() const
{
    return m_checkoutPanel->link();
}

QPushButton* PlansView::cancelCheckoutButton() const
{
    return m_checkoutPanel->cancelButton();
}

QPushButton* PlansView::manageBillingButton() const
{
    return m_invoices->manageBillingButton();
}

QTableWidget* PlansView::invoicesTable() const
{
    return m_invoices->table();
}

QLabel* PlansView::invoicesStatusLabel() const
{
    return m_invoices->statusLabel();
}

void PlansView::rebuildCards()
{
    if (!m_cardsLayout)
        return;
    for (PlanCard* c : std::as_const(m_cards))
        c->deleteLater();
    for (PlanCard* c : std::as_const(m_cards))
        m_cardsLayout->removeWidget(c);
    m_cards.clear();
    if (!m_catalog)
        return;
    const QString current = currentPlan();
    qint64 currentMonthly = 0;
    const auto currentOffer = m_catalog->offer(current);
    if (currentOffer && currentOffer->monthly && currentOffer->monthly->unitAmount)
        currentMonthly = *currentOffer->monthly->unitAmount;
    // Cancelled in the billing portal: Stripe keeps the plan until the end of the paid period.
    if (m_subscription && m_subscription->cancelAtPeriodEnd && m_subscription->periodEnd && currentOffer) {
        m_renewal->setText(
            tr("Your %1 plan ends on %2 and will not renew.")
                .arg(currentOffer->name, QLocale().toString(m_subscription->periodEnd->toLocalTime().date(),
                                                            QLocale::LongFormat)));
        m_renewal->show();
    } else {
        m_renewal->hide();
    }
    for (const PlanOffer& offer : m_catalog->offers()) {
        auto* c = new PlanCard(this);
        c->setOffer(offer, m_yearly, offer.key == current, currentMonthly);
        connect(c, &PlanCard::chosen, this, &PlansView::startCheckout);
        m_cardsLayout->addWidget(c);
        m_cards.append(c);
    }
    // Tab reaches the cards where they are shown: after the choosers, before the checkout and the invoices
    // (made before them).
    QWidget* previous = m_refresh;
    for (PlanCard* c : std::as_const(m_cards)) {
        QWidget::setTabOrder(previous, c->actionButton());
        previous = c->actionButton();
    }
    updateActions();
}

void PlansView::updateActions()
{
    setStale(m_plansFreshness && m_plansFreshness->stale);
    const bool checkoutRunning = m_checkoutActive || (m_checkout && m_checkout->isRunning());
    QString reason;
    if (isStale()) {
        showStaleNote(*m_plansFreshness, tr("Prices and your plan are shown as last received."));
        reason = tr("Offline: buying or changing a plan and managing billing need a connection.");
    } else if (!m_loadError.isEmpty()) {
        staleLabel()->setText(tr("The plans could not be loaded: %1").arg(m_loadError));
        staleLabel()->show();
        reason = m_loadError;
    } else {
        staleLabel()->hide();
    }
    if (reason.isEmpty() && checkoutRunning)
        reason = tr("A checkout is in progress.");
    const bool enabled = reason.isEmpty();
    for (PlanCard* c : std::as_const(m_cards))
        c->setActionsEnabled(enabled, reason);
    const bool portalOk = !isStale() && m_loadError.isEmpty() && !checkoutRunning;
    manageBillingButton()->setEnabled(portalOk);
    manageBillingButton()->setToolTip(portalOk ? QString() : reason);
    actionsReasonLabel()->setText(reason);
    actionsReasonLabel()->setVisible(!reason.isEmpty() && !checkoutRunning);
}

void PlansView::startCheckout(const QString& priceId)
{
    if (billingService() && m_checkout && !m_checkout->isRunning() && !m_checkoutActive)
        runCheckout(priceId);
}

QCoro::Task<void> PlansView::runCheckout(QString priceId)
{
    QPointer<PlansView> self(this);
    QPointer<CheckoutFlow> flow = m_checkout;
    m_message->hide();
    m_checkoutPanel->begin();
    m_checkoutActive = true;
    updateActions();
    const CheckoutFlow::Outcome outcome = co_await flow->run(priceId);
    if (!self)
        co_return;
    m_checkoutActive = false;
    m_checkoutPanel->hide();
    const bool good = outcome.kind == CheckoutFlow::Outcome::Kind::Completed;
    QString text = outcome.message;
    if (good && m_catalog && outcome.subscription) {
        if (const auto offer = m_catalog->offer(outcome.subscription->plan))
            text = tr("Payment confirmed: you are now on the %1 plan (%2 API units per month).")
                       .arg(offer->name, QLocale().toString(outcome.subscription->quota));
    }
    m_message->setText(text);
    m_message->setStyleSheet(badgeStyle(good ? Badge::Success : Badge::Neutral));
    m_message->show();
    if (outcome.subscription)
        m_subscription = outcome.subscription;
    rebuildCards();
    Q_EMIT checkoutFinished(outcome);
    if (good)
        co_await loadInvoices(); // the new invoice
    if (self)
        updateActions();
}

void PlansView::openBillingPortal()
{
    if (billingService() && m_portal)
        runPortal();
}

QCoro::Task<void> PlansView::runPortal()
{
    QPointer<PlansView> self(this);
    QPointer<PortalFlow> portal = m_portal;
    manageBillingButton()->setEnabled(false);
    auto url = co_await portal->open();
    if (!self)
        co_return;
    if (!url) {
        m_message->setText(tr("The billing portal could not be opened: %1").arg(url.error().userMessage()));
        m_message->setStyleSheet(badgeStyle(Badge::Error));
        m_message->show();
    }
    updateActions();
}

} // namespace sv
