#include "UsageChart.h"

#include "Plural.h"
#include "billing/BillingModels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHash>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
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

} // namespace

UsageChart::UsageChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("usageChart"));
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
                QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
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
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

UsageChart::~UsageChart() = default;

void UsageChart::retranslate()
{
    // The chart's texts keep the usage page's translation context.
    m_chart->setTitle(QCoreApplication::translate("sv::UsageView", "API units per day by platform"));
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it)
        it.value()->setLabel(platformDisplayName(it.key()));
}

void UsageChart::showRows(const QList<UsageHistoryRow>& rows, QDate since, QDate today)
{
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
    for (const UsageHistoryRow& r : rows) {
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

QString UsageChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const QLocale locale;
    QString text = locale.toString(m_days[index], QLocale::LongFormat);
    qreal total = 0;
    for (const Platform platform : allPlatforms()) {
        const qreal v = m_sets.value(platform)->at(index);
        total += v;
        text += QLatin1Char('\n') + QCoreApplication::translate("sv::UsageView", "%1: %2 unit(s)", nullptr,
                                                                pluralCount(qint64(v)))
                                        .arg(platformDisplayName(platform), locale.toString(qint64(v)));
    }
    text += QLatin1Char('\n') + QCoreApplication::translate("sv::UsageView", "Total: %1 unit(s)", nullptr,
                                                            pluralCount(qint64(total)))
                                    .arg(locale.toString(qint64(total)));
    return text;
}

} // namespace sv
