#include "PlansView.h"

#include "DesktopBrowserLauncher.h"
#include "EmptyStateWidget.h"
#include "Icons.h"
#include "PlanCard.h"

#include "billing/Money.h"
#include "billing/PortalFlow.h"
#include "loopback/BrowserLauncher.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sv {

namespace {

QString badge(const QString& background, const QString& foreground)
{
    return QStringLiteral("QLabel{background:%1;color:%2;border-radius:6px;padding:6px 10px;}")
        .arg(background, foreground);
}

} // namespace

PlansView::PlansView(QWidget* parent)
    : PlansView(nullptr, nullptr, parent)
{
}

PlansView::PlansView(BillingService* billing, BrowserLauncher* browser, QWidget* parent)
    : QWidget(parent)
    , m_desktopBrowser(std::make_unique<DesktopBrowserLauncher>())
{
    setObjectName(QStringLiteral("plansView"));
    buildUi();
    retranslate();
    setBillingService(billing, browser);
}

PlansView::~PlansView() = default;

void PlansView::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setIcon(Icons::named(QStringLiteral("state-plans")));
    m_stack->addWidget(m_emptyState);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("plansContent"));
    auto* column = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(page);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_heading->setFont(hf);
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
        if (m_billing) {
            m_billing->setCurrency(m_currency->itemData(index).toString());
            reload(false);
        }
    });
    top->addWidget(m_currency);
    m_refresh = new QPushButton(page);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(true); });
    top->addWidget(m_refresh);
    column->addLayout(top);

    m_staleLabel = new QLabel(page);
    m_staleLabel->setObjectName(QStringLiteral("plansStaleLabel"));
    m_staleLabel->setStyleSheet(badge(QStringLiteral("#5f4b00"), QStringLiteral("#fff6d5")));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    column->addWidget(m_staleLabel);
    m_actionsReason = new QLabel(page);
    m_actionsReason->setObjectName(QStringLiteral("plansActionsReason"));
    m_actionsReason->setWordWrap(true);
    m_actionsReason->hide();
    column->addWidget(m_actionsReason);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("plansMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    column->addWidget(m_message);

    m_cardsLayout = new QHBoxLayout;
    column->addLayout(m_cardsLayout);

    m_checkoutPanel = new QFrame(page);
    m_checkoutPanel->setObjectName(QStringLiteral("checkoutPanel"));
    static_cast<QFrame*>(m_checkoutPanel)->setFrameShape(QFrame::StyledPanel);
    auto* panel = new QVBoxLayout(m_checkoutPanel);
    m_checkoutText = new QLabel(m_checkoutPanel);
    m_checkoutText->setWordWrap(true);
    panel->addWidget(m_checkoutText);
    auto* linkRow = new QHBoxLayout;
    m_checkoutLink = new QLineEdit(m_checkoutPanel);
    m_checkoutLink->setObjectName(QStringLiteral("checkoutLink"));
    m_checkoutLink->setReadOnly(true);
    linkRow->addWidget(m_checkoutLink, 1);
    m_copyLink = new QPushButton(m_checkoutPanel);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_checkoutLink->text()); });
    linkRow->addWidget(m_copyLink);
    m_cancelCheckout = new QPushButton(m_checkoutPanel);
    m_cancelCheckout->setObjectName(QStringLiteral("cancelCheckoutButton"));
    linkRow->addWidget(m_cancelCheckout);
    panel->addLayout(linkRow);
    m_checkoutPanel->hide();
    column->addWidget(m_checkoutPanel);

    auto* billingRow = new QHBoxLayout;
    m_invoicesHeading = new QLabel(page);
    QFont ih = m_invoicesHeading->font();
    ih.setBold(true);
    m_invoicesHeading->setFont(ih);
    billingRow->addWidget(m_invoicesHeading, 1);
    m_manageBilling = new QPushButton(page);
    m_manageBilling->setObjectName(QStringLiteral("manageBillingButton"));
    connect(m_manageBilling, &QPushButton::clicked, this, &PlansView::openBillingPortal);
    billingRow->addWidget(m_manageBilling);
    column->addLayout(billingRow);
    m_invoicesStatus = new QLabel(page);
    m_invoicesStatus->setObjectName(QStringLiteral("invoicesStatus"));
    m_invoicesStatus->setWordWrap(true);
    m_invoicesStatus->hide();
    column->addWidget(m_invoicesStatus);
    m_invoices = new QTableWidget(0, 5, page);
    m_invoices->setObjectName(QStringLiteral("invoicesTable"));
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->verticalHeader()->hide();
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    m_invoices->setMinimumHeight(180);
    column->addWidget(m_invoices, 1);

    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void PlansView::retranslate()
{
    m_emptyState->setHeading(tr("Plans and billing"));
    m_emptyState->setText(
        tr("Sign in to see plans and billing. Compare plans, upgrade and download your invoices here."));
    m_heading->setText(tr("Plans"));
    m_monthly->setText(tr("Monthly"));
    m_yearlyButton->setText(tr("Yearly"));
    m_currencyCaption->setText(tr("Currency:"));
    m_refresh->setText(tr("Refresh"));
    m_checkoutText->setText(tr("Waiting for the payment in your browser… If the browser did not open, copy "
                               "this link into it:"));
    m_copyLink->setText(tr("Copy link"));
    m_cancelCheckout->setText(tr("Cancel"));
    m_manageBilling->setText(tr("Manage billing…"));
    m_invoicesHeading->setText(tr("Invoices"));
    m_invoices->setHorizontalHeaderLabels({tr("Date"), tr("Number"), tr("Amount"), tr("Status"), tr("PDF")});
    rebuildCards();
}

void PlansView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlansView::setBillingService(BillingService* billing, BrowserLauncher* browser)
{
    if (m_billing)
        m_billing->disconnect(this);
    delete m_checkout;
    m_checkout = nullptr;
    delete m_portal;
    m_portal = nullptr;
    m_billing = billing;
    m_browser = browser;
    m_catalog.reset();
    m_subscription.reset();
    ++m_generation;
    m_stack->setCurrentIndex(billing ? 1 : 0);
    m_checkoutPanel->hide();
    if (!billing)
        return;
    BrowserLauncher* launcher = m_browser ? m_browser : m_desktopBrowser.get();
    m_checkout = new CheckoutFlow(billing, launcher, this);
    m_portal = new PortalFlow(billing, launcher, this);
    connect(m_cancelCheckout, &QPushButton::clicked, m_checkout, &CheckoutFlow::cancel, Qt::UniqueConnection);
    connect(m_checkout, &CheckoutFlow::checkoutUrlReady, this, [this](const QUrl& url, bool opened) {
        m_checkoutLink->setText(url.toString());
        m_checkoutText->setText(opened
                                    ? tr("Waiting for the payment in your browser… If it did not open, copy "
                                         "this link into it:")
                                    : tr("No browser could be opened. Copy this link into your browser to "
                                         "pay:"));
    });
    connect(m_portal, &PortalFlow::returned, this, [this] { reload(false); });
    connect(billing, &BillingService::subscriptionChanged, this, [this](const SubscriptionSettings& s) {
        if (!m_subscription || m_subscription->plan != s.plan) {
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

void PlansView::reload(bool force)
{
    if (m_billing)
        load(force);
}

QCoro::Task<void> PlansView::load(bool force)
{
    const int generation = ++m_generation;
    QPointer<PlansView> self(this);
    QPointer<BillingService> billing = m_billing;
    auto plans = co_await billing->plans(QString(), force);
    if (!self || generation != m_generation || !billing)
        co_return;
    if (plans) {
        m_catalog = plans->value;
        m_plansFreshness = plans->freshness;
        m_loadError.clear();
    } else {
        m_loadError = plans.error().userMessage();
        m_plansFreshness.reset();
    }
    auto sub = co_await billing->subscription(force);
    if (!self || generation != m_generation || !billing)
        co_return;
    if (sub) {
        m_subscription = sub->value;
        if (sub->freshness.stale && (!m_plansFreshness || !m_plansFreshness->stale))
            m_plansFreshness = sub->freshness; // the subscription is what is out of date
    }
    rebuildCards();
    co_await loadInvoices();
    if (!self || generation != m_generation)
        co_return;
    updateActions();
    Q_EMIT loaded();
}

QCoro::Task<void> PlansView::loadInvoices()
{
    QPointer<PlansView> self(this);
    QPointer<BillingService> billing = m_billing;
    auto invoices = co_await billing->invoices();
    if (!self)
        co_return;
    if (invoices) {
        m_invoicesOnline = true;
        m_invoicesStatus->hide();
        showInvoices(invoices.value());
    } else {
        // Invoices are never cached: offline there is nothing to show.
        m_invoicesOnline = !invoices.error().isUnavailable();
        m_invoices->setRowCount(0);
        m_invoicesStatus->setText(
            m_invoicesOnline ? tr("The invoices could not be loaded: %1").arg(invoices.error().userMessage())
                             : tr("Invoices are not available offline: they are always fetched from "
                                  "Stripe and never stored on this computer."));
        m_invoicesStatus->show();
    }
}

void PlansView::showInvoices(const QList<Invoice>& invoices)
{
    const QLocale locale;
    m_invoices->setRowCount(int(invoices.size()));
    for (int row = 0; row < invoices.size(); ++row) {
        const Invoice& inv = invoices[row];
        auto* date =
            new QTableWidgetItem(locale.toString(inv.created.toLocalTime().date(), QLocale::ShortFormat));
        date->setData(Qt::UserRole, inv.created);
        m_invoices->setItem(row, 0, date);
        m_invoices->setItem(row, 1, new QTableWidgetItem(inv.number));
        auto* amount = new QTableWidgetItem(inv.formattedAmountDue(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_invoices->setItem(row, 2, amount);
        QString status;
        switch (inv.status) {
        case Invoice::Status::Draft:
            status = tr("Draft");
            break;
        case Invoice::Status::Open:
            status = tr("Open");
            break;
        case Invoice::Status::Paid:
            status = tr("Paid");
            break;
        case Invoice::Status::Void:
            status = tr("Void");
            break;
        case Invoice::Status::Uncollectible:
            status = tr("Uncollectible");
            break;
        }
        m_invoices->setItem(row, 3, new QTableWidgetItem(status));
        QUrl pdf(inv.invoicePdf.isEmpty() ? inv.hostedInvoiceUrl : inv.invoicePdf);
        if (pdf.isRelative() && m_billing && m_billing->backend())
            pdf = m_billing->backend()->config().baseUrl.resolved(pdf); // Stripe sends absolute URLs
        if (pdf.isValid() &&
            (pdf.scheme() == QLatin1String("https") || pdf.scheme() == QLatin1String("http"))) {
            auto* button = new QPushButton(tr("PDF"), m_invoices);
            button->setObjectName(QStringLiteral("invoicePdfButton"));
            button->setProperty("url", pdf);
            button->setToolTip(tr("Open the invoice in your browser"));
            connect(button, &QPushButton::clicked, this, [this, pdf] { openUrl(pdf); });
            m_invoices->setCellWidget(row, 4, button);
        } else {
            m_invoices->setItem(row, 4, new QTableWidgetItem(tr("—")));
        }
    }
    m_invoices->resizeColumnsToContents();
}

bool PlansView::openUrl(const QUrl& url)
{
    BrowserLauncher* launcher = m_browser ? m_browser : m_desktopBrowser.get();
    return launcher->open(url);
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
    if (const auto offer = m_catalog->offer(current); offer && offer->monthly && offer->monthly->unitAmount)
        currentMonthly = *offer->monthly->unitAmount;
    for (const PlanOffer& offer : m_catalog->offers()) {
        auto* c = new PlanCard(this);
        c->setOffer(offer, m_yearly, offer.key == current, currentMonthly);
        connect(c, &PlanCard::chosen, this, &PlansView::startCheckout);
        m_cardsLayout->addWidget(c);
        m_cards.append(c);
    }
    updateActions();
}

void PlansView::updateActions()
{
    m_stale = m_plansFreshness && m_plansFreshness->stale;
    const bool checkoutRunning = m_checkoutActive || (m_checkout && m_checkout->isRunning());
    QString reason;
    if (m_stale) {
        const QDateTime now = m_billing ? m_billing->clock().now() : QDateTime::currentDateTimeUtc();
        m_staleLabel->setText(m_plansFreshness->staleNote(now) + QLatin1Char(' ') +
                              tr("Prices and your plan are shown as last received."));
        m_staleLabel->show();
        reason = tr("Offline: buying or changing a plan and managing billing need a connection.");
    } else if (!m_loadError.isEmpty()) {
        m_staleLabel->setText(tr("The plans could not be loaded: %1").arg(m_loadError));
        m_staleLabel->show();
        reason = m_loadError;
    } else {
        m_staleLabel->hide();
    }
    if (reason.isEmpty() && checkoutRunning)
        reason = tr("A checkout is in progress.");
    const bool enabled = reason.isEmpty();
    for (PlanCard* c : std::as_const(m_cards))
        c->setActionsEnabled(enabled, reason);
    const bool portalOk = !m_stale && m_loadError.isEmpty() && !checkoutRunning;
    m_manageBilling->setEnabled(portalOk);
    m_manageBilling->setToolTip(portalOk ? QString() : reason);
    m_actionsReason->setText(reason);
    m_actionsReason->setVisible(!reason.isEmpty() && !checkoutRunning);
}

void PlansView::startCheckout(const QString& priceId)
{
    if (m_billing && m_checkout && !m_checkout->isRunning() && !m_checkoutActive)
        runCheckout(priceId);
}

QCoro::Task<void> PlansView::runCheckout(QString priceId)
{
    QPointer<PlansView> self(this);
    QPointer<CheckoutFlow> flow = m_checkout;
    m_message->hide();
    m_checkoutLink->clear();
    m_checkoutPanel->show();
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
    m_message->setStyleSheet(good ? badge(QStringLiteral("#1f6f43"), QStringLiteral("#e8fff0"))
                                  : badge(QStringLiteral("#444a55"), QStringLiteral("#f2f4f8")));
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
    if (m_billing && m_portal)
        runPortal();
}

QCoro::Task<void> PlansView::runPortal()
{
    QPointer<PlansView> self(this);
    QPointer<PortalFlow> portal = m_portal;
    m_manageBilling->setEnabled(false);
    auto url = co_await portal->open();
    if (!self)
        co_return;
    if (!url) {
        m_message->setText(tr("The billing portal could not be opened: %1").arg(url.error().userMessage()));
        m_message->setStyleSheet(badge(QStringLiteral("#7a1d1d"), QStringLiteral("#ffe9e9")));
        m_message->show();
    }
    updateActions();
}

} // namespace sv
