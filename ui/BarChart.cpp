#include "BarChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace sv {

namespace {

constexpr qreal kBarWidth = 0.7; // of a category

} // namespace

BarChart::BarChart(QWidget* parent)
    : ChartWidget(parent)
    , m_valueText([](double value) { return QLocale().toString(value, 'f', 0); })
{
    setBars({}, {});
}

BarChart::~BarChart() = default;

void BarChart::setValueText(std::function<QString(double)> text)
{
    m_valueText = std::move(text);
}

void BarChart::setBars(const QStringList& labels, const QList<double>& values, const QStringList& names,
                       int labelStep)
{
    m_values = values;
    m_names = names.size() == labels.size() ? names : labels;
    m_hover = -1;
    QList<AxisLabel> axisLabels;
    for (int i = 0; i < labels.size(); i += qMax(1, labelStep))
        axisLabels.append({qreal(i), labels[i]});
    setCategoryAxis(-0.5, qreal(values.size()) - 0.5, axisLabels, false);
    const auto highest = std::max_element(values.cbegin(), values.cend());
    const double high = highest == values.cend() ? 0.0 : *highest;
    setValueAxis(0, high > 0 ? high * 1.1 : 1);
    // What a screen reader says of the chart: every bar's name and figure.
    QStringList texts;
    for (int i = 0; i < m_values.size(); ++i)
        texts << tooltipFor(i);
    describe(texts);
}

QString BarChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return m_names.value(index) + QLatin1Char('\n') + m_valueText(m_values[index]);
}

QRectF BarChart::barRect(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return categoryBar(index, kBarWidth, 0, m_values[index]);
}

QString BarChart::hoverTextAt(const QPointF& pos)
{
    m_hover = categoryAt(pos, int(m_values.size()));
    return tooltipFor(m_hover);
}

void BarChart::paintData(QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_values.size(); ++i) {
        const QColor color = seriesColor(0);
        painter.fillRect(barRect(i), i == m_hover ? color.lighter(125) : color);
    }
}

} // namespace sv
