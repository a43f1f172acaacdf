#include "BarChart.h"

#include <QFontMetricsF>
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

void BarChart::setBars(const QStringList& labels, const QList<std::optional<double>>& values,
                       const QStringList& names, int labelStep, const QStringList& missingReasons)
{
    m_values = values;
    m_names = names.size() == labels.size() ? names : labels;
    m_missing = missingReasons;
    m_hover = -1;
    QList<AxisLabel> axisLabels;
    for (int i = 0; i < labels.size(); i += qMax(1, labelStep))
        axisLabels.append({qreal(i), labels[i]});
    setCategoryAxis(-0.5, qreal(values.size()) - 0.5, axisLabels, false);
    double high = 0.0;
    for (const std::optional<double>& value : values)
        high = std::max(high, value.value_or(0.0));
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
    if (!m_values[index]) {
        const QString reason = m_missing.value(index);
        return m_names.value(index) + QStringLiteral("\n—") +
               (reason.isEmpty() ? QString() : QLatin1Char('\n') + reason);
    }
    return m_names.value(index) + QLatin1Char('\n') + m_valueText(*m_values[index]);
}

QRectF BarChart::barRect(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    if (!m_values[index]) {
        // The "—" sits on the zero line, a text line high.
        const QRectF base = categoryBar(index, kBarWidth, 0, 0);
        const qreal h = QFontMetricsF(font()).height();
        return QRectF(base.left(), base.bottom() - h, base.width(), h);
    }
    return categoryBar(index, kBarWidth, 0, *m_values[index]);
}

QString BarChart::hoverTextAt(const QPointF& pos)
{
    m_hover = categoryAt(pos, int(m_values.size()));
    return tooltipFor(m_hover);
}

QString BarChart::stepHover(int step, int)
{
    m_hover = stepIndex(m_hover, step, m_values.size());
    update();
    return tooltipFor(m_hover);
}

void BarChart::paintData(QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_values.size(); ++i) {
        if (!m_values[i]) {
            painter.setPen(textShade(i == m_hover ? 0.9 : 0.5));
            painter.drawText(barRect(i), Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("—"));
            continue;
        }
        const QColor color = seriesColor(0);
        painter.fillRect(barRect(i), i == m_hover ? color.lighter(125) : color);
    }
}

} // namespace sv
