#include "UsageChart.h"

#include "Plural.h"
#include "billing/BillingModels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>

namespace sv {

namespace {

constexpr qreal kBarWidth = 0.85; // of a day

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
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setMinimumHeight(240);
    setPanel(true);
    retranslate();
    showRows({}, {}, {});
}

UsageChart::~UsageChart() = default;

QList<Platform> UsageChart::platforms() const
{
    return allPlatforms();
}

void UsageChart::retranslate()
{
    // The chart's texts keep the usage page's translation context.
    setTitle(QCoreApplication::translate("sv::UsageView", "API units per day by platform"));
    QList<LegendEntry> legend;
    for (const Platform platform : allPlatforms())
        legend.append({platformDisplayName(platform), platformColor(platform)});
    setLegend(legend);
}

void UsageChart::showRows(const QList<UsageHistoryRow>& rows, QDate since, QDate today)
{
    m_days.clear();
    m_hover = -1;
    for (QDate d = since; d.isValid() && d <= today; d = d.addDays(1))
        m_days.append(d);
    QHash<QDate, int> index;
    for (int i = 0; i < m_days.size(); ++i)
        index.insert(m_days[i], i);
    for (const Platform platform : allPlatforms())
        m_units[platform] = QList<qint64>(m_days.size(), 0);
    for (const UsageHistoryRow& r : rows) {
        const auto it = index.constFind(r.day);
        if (it != index.constEnd())
            m_units[r.platform][*it] += r.units;
    }
    qint64 maxTotal = 0;
    for (int i = 0; i < m_days.size(); ++i)
        maxTotal = std::max(maxTotal, total(i));
    // Day labels; with many days only every n-th is written.
    const QLocale locale;
    const int step = m_days.size() > 45 ? 7 : (m_days.size() > 14 ? 3 : 1);
    QList<AxisLabel> labels;
    for (int i = 0; i < m_days.size(); i += step)
        labels.append({qreal(i), locale.toString(m_days[i], QStringLiteral("d MMM"))});
    setCategoryAxis(-0.5, qreal(m_days.size()) - 0.5, labels, false);
    setValueAxis(0, maxTotal > 0 ? qreal(maxTotal) * 1.1 : 1);
    // What a screen reader says of the chart: each day's figures.
    QStringList texts;
    for (int i = 0; i < m_days.size(); ++i)
        texts << tooltipFor(i);
    describe(texts);
}

qint64 UsageChart::total(int index) const
{
    qint64 sum = 0;
    for (const Platform platform : allPlatforms())
        sum += m_units.value(platform).value(index);
    return sum;
}

QString UsageChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const QLocale locale;
    QString text = locale.toString(m_days[index], QLocale::LongFormat);
    for (const Platform platform : allPlatforms()) {
        const qint64 v = m_units.value(platform).value(index);
        text += QLatin1Char('\n') +
                QCoreApplication::translate("sv::UsageView", "%1: %2 unit(s)", nullptr, pluralCount(v))
                    .arg(platformDisplayName(platform), locale.toString(v));
    }
    const qint64 sum = total(index);
    text += QLatin1Char('\n') +
            QCoreApplication::translate("sv::UsageView", "Total: %1 unit(s)", nullptr, pluralCount(sum))
                .arg(locale.toString(sum));
    return text;
}

QRectF UsageChart::barRect(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    return categoryBar(index, kBarWidth, 0, qreal(total(index)));
}

QString UsageChart::hoverTextAt(const QPointF& pos)
{
    m_hover = categoryAt(pos, int(m_days.size()));
    return tooltipFor(m_hover);
}

void UsageChart::paintData(QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_days.size(); ++i) {
        qint64 below = 0;
        for (const Platform platform : allPlatforms()) {
            const qint64 v = m_units.value(platform).value(i);
            if (v <= 0)
                continue;
            const QColor color = platformColor(platform);
            painter.fillRect(categoryBar(i, kBarWidth, qreal(below), qreal(below + v)),
                             i == m_hover ? color.lighter(115) : color);
            below += v;
        }
    }
}

} // namespace sv
