#pragma once

#include "ChartWidget.h"
#include "Platform.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace sv {

struct UsageHistoryRow;

/// The usage page's chart: API units per day, one bar per day stacked by platform, with the day's figures
/// shown while the pointer is over a bar.
class UsageChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget* parent = nullptr);
    ~UsageChart() override;

    /// Shows the days from `since` to `today` with the units of `rows` (rows of other days are left out).
    void showRows(const QList<UsageHistoryRow>& rows, QDate since, QDate today);
    /// Sets the title and the platforms' names again (the language changed).
    void retranslate();

    /// The platforms stacked in each bar, bottom first.
    QList<Platform> platforms() const;
    /// The units of `platform` per day shown.
    QList<qint64> units(Platform platform) const { return m_units.value(platform); }
    QList<QDate> days() const { return m_days; }
    /// What hovering the bar of day `index` shows.
    QString tooltipFor(int index) const;
    /// Where the bar of day `index` (all platforms) is drawn, in widget coordinates.
    QRectF barRect(int index) const;

    std::pair<int, int> highlighted() const override { return {m_hover >= 0 ? 0 : -1, m_hover}; }

protected:
    void paintData(QPainter& painter) override;
    QString hoverTextAt(const QPointF& pos) override;
    void clearHover() override { m_hover = -1; }
    QString stepHover(int step, int) override
    {
        m_hover = stepIndex(m_hover, step, m_days.size());
        update();
        return tooltipFor(m_hover);
    }
    QPointF highlightAnchor() const override { return barRect(m_hover).center(); }

private:
    qint64 total(int index) const;

    QMap<Platform, QList<qint64>> m_units;
    QList<QDate> m_days;
    int m_hover = -1;
};

} // namespace sv
