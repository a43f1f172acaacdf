#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

#include <functional>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QValueAxis;

namespace sv {

/// A bar chart of one figure per category (the average views by publishing weekday or hour), with the
/// category and its figure shown while the pointer is over a bar.
class BarChart : public QChartView
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    ~BarChart() override;

    /// How a figure is written in the tooltip; default: the locale's number.
    void setValueText(std::function<QString(double)> text);
    /// `labels` under the bars (every `labelStep`-th is written, so that narrow bars keep legible labels);
    /// `names` in the tooltips (default: the labels).
    void setBars(const QStringList& labels, const QList<double>& values, const QStringList& names = {},
                 int labelStep = 1);

    QBarSet* barSet() const { return m_set; }
    QList<double> values() const { return m_values; }
    /// What hovering bar `index` shows.
    QString tooltipFor(int index) const;

private:
    QChart* m_chart = nullptr;
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QCategoryAxis* m_axisX = nullptr; ///< bar i at value i
    QValueAxis* m_axisY = nullptr;
    QStringList m_names;
    QList<double> m_values;
    std::function<QString(double)> m_valueText;
};

} // namespace sv
