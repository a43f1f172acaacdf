#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace sv {

/// The charts' common setup: `chart` without animation or wide margins shown in `view`, antialiased, at least
/// 180 px high, reachable with Tab.
void setUpChartView(QChartView* view, QChart* chart);

/// A line chart of figures by day (an item's views, the views gained each day, an account's followers), one
/// line per series, with the day and the figure shown while the pointer is over a point.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    struct Point
    {
        QDate day;
        qint64 value = 0;

        friend bool operator==(const Point&, const Point&) = default;
    };
    struct Series
    {
        QString name;        ///< shown in the legend and the tooltip when there are several
        QList<Point> points; ///< oldest first
    };

    explicit TrendChart(QWidget* parent = nullptr);
    ~TrendChart() override;

    /// How a figure is written in the tooltip ("1,234 views"); default: the locale's number.
    void setValueText(std::function<QString(qint64)> text);
    void setSeries(const QList<Series>& series);
    void clear() { setSeries({}); }

    const QList<Series>& series() const { return m_series; }
    QLineSeries* lineSeries(int index) const { return m_lines.value(index); }
    /// What hovering point `index` of series `series` shows: its day and figure.
    QString tooltipFor(int series, int index) const;
    /// The value axis's range, as drawn (tests).
    std::pair<qreal, qreal> valueRange() const;
    /// The point of series `series` nearest to the chart value `value` (what the pointer hovers; x in days
    /// from the first day shown), -1 if none.
    int pointNear(int series, const QPointF& value) const;

private:
    QChart* m_chart = nullptr;
    QCategoryAxis* m_axisX = nullptr; ///< days from m_origin, labelled with dates
    QDate m_origin;
    QValueAxis* m_axisY = nullptr;
    QList<QLineSeries*> m_lines;
    QList<Series> m_series;
    std::function<QString(qint64)> m_valueText;
};

} // namespace sv
