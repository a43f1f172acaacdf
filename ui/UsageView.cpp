#include "UsageView.h"

#include "EmptyStateWidget.h"
#include "Format.h"
#include "Plural.h"
#include "Theme.h"
#include "UsageChart.h"
#include "billing/UsageWindow.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sv {

UsageView::UsageView(QWidget* parent)
    : UsageView(nullptr, parent)
{
}

UsageView::UsageView(BillingService* billing, QWidget* parent)
    : BillingPage(QStringLiteral("usage"), QStringLiteral("state-usage"), parent)
{
    setObjectName(QStringLiteral("usageView"));
    buildUi();
    retranslate();
    setBillingService(billing);
}

UsageView::~UsageView() = default;

void UsageView::buildUi()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("usageContent"));
    auto* column = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(page);
    Theme::setHeadingFont(m_heading);
    top->addWidget(m_heading, 1);
    m_refresh = new QPushButton(page);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(true); });
    top->addWidget(m_refresh);
    m_changePlan = new QPushButton(page);
    m_changePlan->setObjectName(QStringLiteral("changePlanButton"));
    connect(m_changePlan, &QPushButton::clicked, this, &UsageView::changePlanRequested);
    top->addWidget(m_changePlan);
    column->addLayout(top);
    m_unitNote = new QLabel(page);
    m_unitNote->setObjectName(QStringLiteral("unitExplanation"));
    m_unitNote->setWordWrap(true);
    column->addWidget(m_unitNote);

    column->addWidget(staleLabel());
    column->addWidget(refreshLabel());
    m_warningLabel = new QLabel(page);
    m_warningLabel->setObjectName(QStringLiteral("usageWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();
    column->addWidget(m_warningLabel);
    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("usageErrorLabel"));
    m_errorLabel->setStyleSheet(badgeStyle(Badge::Error));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    column->addWidget(m_errorLabel);

    m_quotaBar = new QProgressBar(page);
    m_quotaBar->setObjectName(QStringLiteral("quotaBar"));
    m_quotaBar->setRange(0, 1000);
    m_quotaBar->setTextVisible(true);
    column->addWidget(m_quotaBar);

    auto* grid = new QGridLayout;
    const QStringList fields{QStringLiteral("plan"),         QStringLiteral("quota"),
                             QStringLiteral("used"),         QStringLiteral("remaining"),
                             QStringLiteral("periodEnd"),    QStringLiteral("overageUnits"),
                             QStringLiteral("overageCharge")};
    for (int i = 0; i < fields.size(); ++i) {
        auto* caption = new QLabel(page);
        auto* value = new QLabel(QStringLiteral("—"), page);
        value->setObjectName(fields[i] + QStringLiteral("Value"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        caption->setBuddy(value);
        m_captions.insert(fields[i], caption);
        m_values.insert(fields[i], value);
        const int row = i % 4;
        const int col = (i / 4) * 2;
        grid->addWidget(caption, row, col);
        grid->addWidget(value, row, col + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    column->addLayout(grid);

    column->addWidget(actionsReasonLabel());

    auto* chartBar = new QHBoxLayout;
    m_periodCaption = new QLabel(page);
    chartBar->addWidget(m_periodCaption);
    m_periodBox = new QComboBox(page);
    m_periodBox->setObjectName(QStringLiteral("periodSelector"));
    for (int i = 0; i < 4; ++i)
        m_periodBox->addItem(QString());
    m_periodBox->setCurrentIndex(int(m_period));
    m_periodCaption->setBuddy(m_periodBox);
    connect(m_periodBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPeriod(static_cast<Period>(index)); });
    chartBar->addWidget(m_periodBox);
    chartBar->addStretch(1);
    column->addLayout(chartBar);

    m_chart = new UsageChart(page);
    column->addWidget(m_chart, 1);

    setContent(page);
}

void UsageView::retranslate()
{
    emptyState()->setHeading(tr("Usage and quota"));
    emptyState()->setText(tr("Sign in to see your usage and quota. Synced items, API calls and the quota "
                             "left in this billing period will appear here."));
    m_heading->setText(tr("Usage in this billing period"));
    m_unitNote->setText(
        tr("One unit is one new item a sync brings into your library: a video, a post or a clip. "
           "Syncing the items you already have again (new views, likes, titles) costs nothing."));
    m_refresh->setText(tr("Refresh"));
    m_chart->setAccessibleName(tr("Units used by day"));
    m_changePlan->setText(tr("Change plan…"));
    m_captions[QStringLiteral("plan")]->setText(tr("Plan:"));
    m_captions[QStringLiteral("quota")]->setText(tr("Quota:"));
    m_captions[QStringLiteral("used")]->setText(tr("Used:"));
    m_captions[QStringLiteral("remaining")]->setText(tr("Remaining:"));
    m_captions[QStringLiteral("periodEnd")]->setText(tr("Resets on:"));
    m_captions[QStringLiteral("overageUnits")]->setText(tr("Overage units:"));
    m_captions[QStringLiteral("overageCharge")]->setText(tr("Estimated overage charge:"));
    m_periodCaption->setText(tr("Show:"));
    m_periodBox->setItemText(0, tr("Last 7 days"));
    m_periodBox->setItemText(1, tr("Last 30 days"));
    m_periodBox->setItemText(2, tr("Last 90 days"));
    m_periodBox->setItemText(3, tr("Current billing period"));
    m_chart->retranslate();
    if (m_overview)
        showOverview(*m_overview);
}

void UsageView::setBillingService(BillingService* billing)
{
    attachBilling(billing);
    m_overview.reset();
    if (!billing)
        return;
    connect(billing, &BillingService::subscriptionInvalidated, this, [this] { reload(false); });
    connect(billing, &BillingService::subscriptionChanged, this, [this](const SubscriptionSettings& s) {
        if (m_overview && (m_overview->subscription.value.plan != s.plan ||
                           m_overview->subscription.value.quota != s.quota))
            reload(false);
    });
    reload(false);
}

void UsageView::setPeriod(Period period)
{
    if (m_periodBox->currentIndex() != int(period))
        m_periodBox->setCurrentIndex(int(period)); // re-enters through the signal
    if (m_period == period)
        return;
    m_period = period;
    reload(false);
}

QDate UsageView::periodStartDate() const
{
    static_assert(int(Period::CurrentPeriod) == int(UsageWindow::CurrentPeriod));
    return usageWindowStart(static_cast<UsageWindow>(m_period), today(),
                            m_overview ? m_overview->subscription.value.periodStart : std::nullopt);
}

QCoro::Task<void> UsageView::load(BillingService::Refresh refresh)
{
    const int generation = beginLoad();
    QPointer<UsageView> self(this);
    QPointer<BillingService> billing = billingService();
    QList<DataFreshness> freshness;
    m_refresh->setEnabled(false);
    auto overview = co_await billing->usageOverview(refresh);
    if (!self || !isCurrentLoad(generation) || !billing)
        co_return;
    if (!overview) {
        m_refresh->setEnabled(true);
        m_errorLabel->setText(tr("The usage could not be loaded: %1").arg(overview.error().userMessage()));
        m_errorLabel->show();
        finishLoad(generation, refresh, freshness);
        co_return;
    }
    m_errorLabel->hide();
    m_overview = overview.value();
    noteShown(freshness, m_overview->subscription.freshness);
    if (m_overview->plansFreshness)
        noteShown(freshness, *m_overview->plansFreshness);
    showOverview(*m_overview);
    const QDate since = periodStartDate();
    auto history = co_await billing->usageHistory(since, refresh);
    if (!self || !isCurrentLoad(generation))
        co_return;
    m_refresh->setEnabled(true);
    if (history) {
        noteShown(freshness, history->freshness);
        showHistory(history.value());
    } else {
        m_errorLabel->setText(
            tr("The usage history could not be loaded: %1").arg(history.error().userMessage()));
        m_errorLabel->show();
    }
    updateFreshness();
    finishLoad(generation, refresh, freshness);
}

void UsageView::setValue(const QString& name, const QString& text)
{
    if (QLabel* label = m_values.value(name))
        label->setText(text);
}

void UsageView::showOverview(const UsageOverview& o)
{
    const QLocale locale;
    const SubscriptionSettings& s = o.subscription.value;
    setValue(QStringLiteral("plan"), o.plan ? o.plan->name : s.plan);
    setValue(QStringLiteral("quota"),
             tr("%1 unit(s)", nullptr, pluralCount(s.quota)).arg(locale.toString(s.quota)));
    setValue(QStringLiteral("used"), tr("%1 unit(s) (%2 %)", nullptr, pluralCount(s.used))
                                         .arg(locale.toString(s.used))
                                         .arg(locale.toString(o.fraction() * 100.0, 'f', 1)));
    setValue(QStringLiteral("remaining"),
             tr("%1 unit(s)", nullptr, pluralCount(o.remaining())).arg(locale.toString(o.remaining())));
    setValue(QStringLiteral("periodEnd"),
             s.periodEnd ? locale.toString(s.periodEnd->toLocalTime().date(), QLocale::LongFormat) : tr("—"));
    setValue(QStringLiteral("overageUnits"), tr("%1 unit(s)", nullptr, pluralCount(o.overage.overageUnits))
                                                 .arg(locale.toString(o.overage.overageUnits)));
    QString charge;
    if (o.overage.charge)
        charge = o.overage.charge->format(locale);
    else if (o.plansError)
        charge = tr("unknown (plans unavailable)");
    else
        charge = tr("none (no overage billing on this plan)");
    setValue(QStringLiteral("overageCharge"), charge);
    m_quotaBar->setValue(int(std::min(1.0, o.fraction()) * 1000));
    m_quotaBar->setFormat(tr("%1 % of the quota used").arg(locale.toString(o.fraction() * 100.0, 'f', 1)));
    updateWarning();
    updateFreshness();
}

void UsageView::showHistory(const Fetched<QList<UsageHistoryRow>>& history)
{
    m_historyFreshness = history.freshness;
    m_chart->showRows(history.value, periodStartDate(), today());
}

QList<qint64> UsageView::units(Platform platform) const
{
    return m_chart->units(platform);
}

QList<qint64> UsageView::units(const QString& platformId) const
{
    const auto platform = platformFromId(platformId);
    return platform ? units(*platform) : QList<qint64>();
}

QList<QDate> UsageView::chartDays() const
{
    return m_chart->days();
}

QString UsageView::tooltipFor(int index) const
{
    return m_chart->tooltipFor(index);
}

void UsageView::updateFreshness()
{
    if (!m_overview)
        return;
    const DataFreshness& f = m_overview->subscription.freshness;
    const bool historyStale = m_historyFreshness && m_historyFreshness->stale;
    setStale(f.stale || historyStale);
    if (isStale()) {
        const DataFreshness& shown = f.stale ? f : *m_historyFreshness;
        showStaleNote(shown, tr("These are the last figures received; they may be out of date."));
        actionsReasonLabel()->setText(tr("Offline: changing the plan needs a connection to StreamVibe."));
        actionsReasonLabel()->show();
    } else {
        staleLabel()->hide();
        actionsReasonLabel()->hide();
    }
    m_changePlan->setEnabled(!isStale());
    m_changePlan->setToolTip(isStale() ? actionsReasonLabel()->text() : QString());
}

QString UsageView::warningText(const UsageOverview& overview, const QLocale& locale)
{
    const int level = overview.warningLevel();
    if (level >= 100)
        return tr("You have used your whole quota for this period. Further usage is billed as overage "
                  "(%1 unit(s) so far).",
                  nullptr, pluralCount(overview.overage.overageUnits))
            .arg(locale.toString(overview.overage.overageUnits));
    if (level >= 80)
        return tr("You have used %1 % of your quota for this period.")
            .arg(locale.toString(overview.fraction() * 100.0, 'f', 0));
    return {};
}

void UsageView::updateWarning()
{
    if (!m_overview)
        return;
    const int level = m_overview->warningLevel();
    const QString message = warningText(*m_overview, QLocale());
    if (level > 0)
        m_warningLabel->setStyleSheet(badgeStyle(level >= 100 ? Badge::Error : Badge::Warning));
    m_warningLabel->setText(message);
    m_warningLabel->setVisible(level > 0);
    if (level == 0 || m_overview->subscription.freshness.stale)
        return;
    // Once per period and level: remembered in the settings (not secret).
    std::unique_ptr<QSettings> own;
    QSettings* settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    const QString key = QStringLiteral("billing/quotaWarning/%1/%2")
                            .arg(m_overview->subscription.value.userId, m_overview->periodKey());
    if (settings->value(key, 0).toInt() >= level)
        return;
    settings->setValue(key, level);
    Q_EMIT quotaWarning(level, message);
}

} // namespace sv
