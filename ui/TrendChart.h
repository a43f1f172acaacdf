#pragma once

#include "ChartWidget.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace sv {

/// A line chart of figures by day (an item's views, the views gained each day, an account's followers), one
/// line per series, with the day and the figure of the nearest point shown while the pointer is over it.
class TrendChart : public ChartWidget
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
    /// Marks the days from `from` on as not final (figures a platform reports late): a shaded band labelled
    /// `label`, the line dashed across it, and `note` under the figures of a point there (its tooltip and the
    /// accessible description). Invalid `from`: none. Kept until set again.
    void setProvisional(const QDate& from, const QString& label, const QString& note);
    QDate provisionalFrom() const { return m_provisionalFrom; }
    /// Where the band is drawn, in widget coordinates (empty when no shown day is provisional).
    QRectF provisionalArea() const;

    const QList<Series>& series() const { return m_series; }
    /// What hovering point `index` of series `series` shows: its day and figure.
    QString tooltipFor(int series, int index) const;
    /// The point of series `series` nearest to the chart value `value` (x in days from the first day shown),
    /// -1 if none.
    int pointNear(int series, const QPointF& value) const;
    /// Where point `index` of series `series` is drawn, in widget coordinates.
    QPointF pointPosition(int series, int index) const;

    std::pair<int, int> highlighted() const override { return m_hover; }

protected:
    void paintData(QPainter& painter) override;
    QString hoverTextAt(const QPointF& pos) override;
    void clearHover() override { m_hover = {-1, -1}; }
    QString stepHover(int step, int seriesStep) override;
    QPointF highlightAnchor() const override { return pointPosition(m_hover.first, m_hover.second); }

private:
    bool isProvisional(const QDate& day) const
    {
        return m_provisionalFrom.isValid() && day >= m_provisionalFrom;
    }
    void updateDescription();

    QDate m_origin;
    QDate m_last;
    QDate m_provisionalFrom;
    QString m_provisionalLabel;
    QString m_provisionalNote;
    QList<Series> m_series;
    std::function<QString(qint64)> m_valueText;
    std::pair<int, int> m_hover{-1, -1}; ///< series, point
};

} // namespace sv
