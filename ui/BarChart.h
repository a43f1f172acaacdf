#pragma once

#include "ChartWidget.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace sv {

/// A bar chart of one figure per category (the average views by publishing weekday or hour), with the
/// category and its figure shown while the pointer is over a bar. A category without a figure is drawn as
/// "—" (never a bar of 0), its reason shown on hover.
class BarChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    ~BarChart() override;

    /// How a figure is written in the tooltip; default: the locale's number.
    void setValueText(std::function<QString(double)> text);
    /// `labels` under the bars (every `labelStep`-th is written, so that narrow bars keep legible labels);
    /// `names` in the tooltips (default: the labels); `missingReasons`: for a category without a figure, why
    /// (its tooltip).
    void setBars(const QStringList& labels, const QList<std::optional<double>>& values,
                 const QStringList& names = {}, int labelStep = 1, const QStringList& missingReasons = {});

    QList<std::optional<double>> values() const { return m_values; }
    /// What hovering bar `index` shows.
    QString tooltipFor(int index) const;
    /// Where bar `index` is drawn, in widget coordinates (a category without a figure: where its "—" is).
    QRectF barRect(int index) const;

    std::pair<int, int> highlighted() const override { return {m_hover >= 0 ? 0 : -1, m_hover}; }

protected:
    void paintData(QPainter& painter) override;
    QString hoverTextAt(const QPointF& pos) override;
    void clearHover() override { m_hover = -1; }
    QString stepHover(int step, int seriesStep) override;
    QPointF highlightAnchor() const override { return barRect(m_hover).center(); }

private:
    QStringList m_names;
    QStringList m_missing;
    QList<std::optional<double>> m_values;
    std::function<QString(double)> m_valueText;
    int m_hover = -1;
};

} // namespace sv
