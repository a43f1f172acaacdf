#include "UsageView.h"

#include "EmptyStateWidget.h"
#include "Format.h"
#include "Icons.h"
#include "Plural.h"
#include "billing/UsageWindow.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sv {

namespace {

QColor platformColor(Platform platform)
{
    switch (platform) {
    case Platform::YouTube:
        return QColor(0xE5, 0x3E, 0x3E);
    case Platform::Instagram:
        return QColor(0xC1, 0x35, 0x84);
    case Platform::TikTok:
        break;
    }
    return QColor(0x25, 0xA5, 0xB0);
}

QString badge(const QString& background, const QString& foreground)
{
    return QStringLiteral("QLabel{background:%1;color:%2;border-radius:6px;padding:6px 10px;}")
        .arg(background, foreground);
}

} // namespace

UsageView::UsageView(QWidget* parent)
    : UsageView(nullptr, parent)
{
}

UsageView::UsageView(BillingService* billing, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageView"));
    buildUi();
    retranslate();
    setBillingService(billing);
}

UsageView::~UsageView() = default;

void UsageView::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setIcon(Icons::named(QStringLiteral("state-usage")));
    m_stack->addWidget(m_emptyState);

    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("usageContent"));
    auto* column = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(page);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
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

    m_staleLabel = new QLabel(page);
    m_staleLabel->setObjectName(QStringLiteral("usageStaleLabel"));
    m_staleLabel->setStyleSheet(badge(QStringLiteral("#5f4b00"), QStringLiteral("#fff6d5")));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    column->addWidget(m_staleLabel);
    m_warningLabel = new QLabel(page);
    m_warningLabel->setObjectName(QStringLiteral("usageWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();
    column->addWidget(m_warningLabel);
    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("usageErrorLabel"));
    m_errorLabel->setStyleSheet(badge(QStringLiteral("#7a1d1d"), QStringLiteral("#ffe9e9")));
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

    m_actionsReason = new QLabel(page);
    m_actionsReason->setObjectName(QStringLiteral("usageActionsReason"));
    m_actionsReason->setWordWrap(true);
    m_actionsReason->hide();
    column->addWidget(m_actionsReason);

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

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_series = new QStackedBarSeries;
    for (const Platform platform : allPlatforms()) {
        auto* set = new QBarSet(platformDisplayName(platform));
        set->setColor(platformColor(platform));
        set->setBorderColor(platformColor(platform));
        m_series->append(set);
        m_sets.insert(platform, set);
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), tooltipFor(index), m_chartView);
            else
                QToolTip::hideText();
        });
    }
    m_series->setBarWidth(0.85);
    m_chart->addSeries(m_series);
    auto* axisX = new QBarCategoryAxis;
    axisX->setLabelsAngle(-90);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_series->attachAxis(axisY);
    m_chartView = new QChartView(m_chart, page);
    m_chartView->setObjectName(QStringLiteral("usageChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    column->addWidget(m_chartView, 1);

    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void UsageView::retranslate()
{
    m_emptyState->setHeading(tr("Usage and quota"));
    m_emptyState->setText(tr("Sign in to see your usage and quota. Synced items, API calls and the quota "
                             "left in this billing period will appear here."));
    m_heading->setText(tr("Usage in this billing period"));
    m_refresh->setText(tr("Refresh"));
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
    m_chart->setTitle(tr("API units per day by platform"));
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it)
        it.value()->setLabel(platformDisplayName(it.key()));
    if (m_overview)
        showOverview(*m_overview);
}

void UsageView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsageView::setBillingService(BillingService* billing)
{
    if (m_billing)
        m_billing->disconnect(this);
    m_billing = billing;
    m_overview.reset();
    m_rows.clear();
    ++m_generation;
    m_stack->setCurrentIndex(billing ? 1 : 0);
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
    const QDate today = m_billing ? m_billing->clock().now().toLocalTime().date() : QDate::currentDate();
    static_assert(int(Period::CurrentPeriod) == int(UsageWindow::CurrentPeriod));
    return usageWindowStart(static_cast<UsageWindow>(m_period), today,
                            m_overview ? m_overview->subscription.value.periodStart : std::nullopt);
}

void UsageView::reload(bool force)
{
    if (m_billing)
        load(force);
}

QCoro::Task<void> UsageView::load(bool force)
{
    const int generation = ++m_generation;
    QPointer<UsageView> self(this);
    QPointer<BillingService> billing = m_billing;
    m_refresh->setEnabled(false);
    auto overview = co_await billing->usageOverview(force);
    if (!self || generation != m_generation || !billing)
        co_return;
    if (!overview) {
        m_refresh->setEnabled(true);
        m_errorLabel->setText(tr("The usage could not be loaded: %1").arg(overview.error().userMessage()));
        m_errorLabel->show();
        Q_EMIT loaded();
        co_return;
    }
    m_errorLabel->hide();
    m_overview = overview.value();
    showOverview(*m_overview);
    const QDate since = periodStartDate();
    auto history = co_await billing->usageHistory(since, force);
    if (!self || generation != m_generation)
        co_return;
    m_refresh->setEnabled(true);
    if (history) {
        showHistory(history.value());
    } else {
        m_errorLabel->setText(
            tr("The usage history could not be loaded: %1").arg(history.error().userMessage()));
        m_errorLabel->show();
    }
    updateFreshness();
    Q_EMIT loaded();
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
    m_rows = history.value;
    const QDate since = periodStartDate();
    const QDate today = m_billing ? m_billing->clock().now().toLocalTime().date() : QDate::currentDate();
    m_days.clear();
    for (QDate d = since; d <= today; d = d.addDays(1))
        m_days.append(d);
    QHash<QDate, int> index;
    for (int i = 0; i < m_days.size(); ++i)
        index.insert(m_days[i], i);
    QMap<Platform, QList<qreal>> values;
    for (const Platform platform : allPlatforms())
        values[platform] = QList<qreal>(m_days.size(), 0.0);
    qreal maxTotal = 0;
    QList<qreal> totals(m_days.size(), 0.0);
    for (const UsageHistoryRow& r : std::as_const(m_rows)) {
        const auto it = index.constFind(r.day);
        if (it == index.constEnd())
            continue;
        values[r.platform][*it] += qreal(r.units);
        totals[*it] += qreal(r.units);
        maxTotal = std::max(maxTotal, totals[*it]);
    }
    for (const Platform platform : allPlatforms()) {
        QBarSet* set = m_sets.value(platform);
        set->remove(0, set->count());
        set->append(values[platform]);
    }
    // Day labels; with many days only every n-th is written (categories must stay unique).
    const QLocale locale;
    const int step = m_days.size() > 45 ? 7 : (m_days.size() > 14 ? 3 : 1);
    QStringList categories;
    for (int i = 0; i < m_days.size(); ++i) {
        const bool labelled = i % step == 0 || i == m_days.size() - 1;
        categories << (labelled ? locale.toString(m_days[i], QStringLiteral("d MMM"))
                                : QString(i + 1, QChar(0x200B)));
    }
    const auto axes = m_chart->axes(Qt::Horizontal);
    if (auto* axisX = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first())) {
        axisX->clear();
        axisX->append(categories);
    }
    const auto yAxes = m_chart->axes(Qt::Vertical);
    if (auto* axisY = yAxes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(yAxes.first())) {
        axisY->setRange(0, maxTotal > 0 ? maxTotal * 1.1 : 1);
        axisY->applyNiceNumbers();
    }
}

QBarSet* UsageView::barSet(const QString& platformId) const
{
    const auto platform = platformFromId(platformId);
    return platform ? barSet(*platform) : nullptr;
}

QString UsageView::tooltipFor(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const QLocale locale;
    QString text = locale.toString(m_days[index], QLocale::LongFormat);
    qreal total = 0;
    for (const Platform platform : allPlatforms()) {
        const qreal v = m_sets.value(platform)->at(index);
        total += v;
        text += QLatin1Char('\n') + tr("%1: %2 unit(s)", nullptr, pluralCount(qint64(v)))
                                        .arg(platformDisplayName(platform), locale.toString(qint64(v)));
    }
    text += QLatin1Char('\n') +
            tr("Total: %1 unit(s)", nullptr, pluralCount(qint64(total))).arg(locale.toString(qint64(total)));
    return text;
}

void UsageView::updateFreshness()
{
    if (!m_overview)
        return;
    const DataFreshness& f = m_overview->subscription.freshness;
    const bool historyStale = m_historyFreshness && m_historyFreshness->stale;
    m_stale = f.stale || historyStale;
    const QDateTime now = m_billing ? m_billing->clock().now() : QDateTime::currentDateTimeUtc();
    if (m_stale) {
        const DataFreshness& shown = f.stale ? f : *m_historyFreshness;
        m_staleLabel->setText(shown.staleNote(now) + QLatin1Char(' ') +
                              tr("These are the last figures received; they may be out of date."));
        m_staleLabel->show();
        m_actionsReason->setText(tr("Offline: changing the plan needs a connection to StreamVibe."));
        m_actionsReason->show();
    } else {
        m_staleLabel->hide();
        m_actionsReason->hide();
    }
    m_changePlan->setEnabled(!m_stale);
    m_changePlan->setToolTip(m_stale ? m_actionsReason->text() : QString());
}

void UsageView::updateWarning()
{
    if (!m_overview)
        return;
    const int level = m_overview->warningLevel();
    const QLocale locale;
    QString message;
    if (level >= 100) {
        message = tr("You have used your whole quota for this period. Further usage is billed as overage "
                     "(%1 unit(s) so far).",
                     nullptr, pluralCount(m_overview->overage.overageUnits))
                      .arg(locale.toString(m_overview->overage.overageUnits));
        m_warningLabel->setStyleSheet(badge(QStringLiteral("#7a1d1d"), QStringLiteral("#ffe9e9")));
    } else if (level >= 80) {
        message = tr("You have used %1 % of your quota for this period.")
                      .arg(locale.toString(m_overview->fraction() * 100.0, 'f', 0));
        m_warningLabel->setStyleSheet(badge(QStringLiteral("#6b4a00"), QStringLiteral("#fff3d6")));
    }
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
