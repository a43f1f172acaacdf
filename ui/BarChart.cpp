#include "BarChart.h"

#include "TrendChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace sv {

BarChart::BarChart(QWidget* parent)
    : QChartView(parent)
    , m_valueText([](double value) { return QLocale().toString(value, 'f', 0); })
{
    m_chart = new QChart;
    m_chart->legend()->setVisible(false);
    m_series = new QBarSeries;
    m_set = new QBarSet(QString());
    m_set->setColor(QColor(0x5B, 0x4B, 0xFF));
    m_set->setBorderColor(QColor(0x5B, 0x4B, 0xFF));
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    // Labels on values rather than bar categories: a label may be wider than its bar.
    m_axisX = new QCategoryAxis;
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisX);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisY);
    connect(m_set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
    });
    setUpChartView(this, m_chart);
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
    m_set->remove(0, m_set->count());
    m_set->append(values);
    for (const QString& label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(-0.5);
    m_axisX->setRange(-0.5, qreal(values.size()) - 0.5);
    for (int i = 0; i < labels.size(); i += qMax(1, labelStep))
        m_axisX->append(labels[i], qreal(i));
    const auto highest = std::max_element(values.cbegin(), values.cend());
    const double high = highest == values.cend() ? 0.0 : *highest;
    // What a screen reader says of the chart: the highest bar (its hover text).
    setAccessibleDescription(high > 0 ? tooltipFor(int(highest - values.cbegin())) : QString());
    m_axisY->setRange(0, high > 0 ? high * 1.1 : 1);
    m_axisY->applyNiceNumbers();
}

QString BarChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return m_names.value(index) + QLatin1Char('\n') + m_valueText(m_values[index]);
}

} // namespace sv
