#pragma once

#include "Platform.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QMap>

class QBarSet;
class QStackedBarSeries;

namespace sv {

struct UsageHistoryRow;

/// The usage page's chart: API units per day, one bar per day stacked by platform, with the day's figures
/// shown while the pointer is over a bar.
class UsageChart : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget* parent = nullptr);
    ~UsageChart() override;

    /// Shows the days from `since` to `today` with the units of `rows` (rows of other days are left out).
    void showRows(const QList<UsageHistoryRow>& rows, QDate since, QDate today);
    /// Sets the title and the platforms' names again (the language changed).
    void retranslate();

    QStackedBarSeries* series() const { return m_series; }
    QBarSet* barSet(Platform platform) const { return m_sets.value(platform); }
    QList<QDate> days() const { return m_days; }
    /// What hovering the bar of day `index` shows.
    QString tooltipFor(int index) const;

private:
    QChart* m_chart = nullptr;
    QStackedBarSeries* m_series = nullptr;
    QMap<Platform, QBarSet*> m_sets;
    QList<QDate> m_days;
};

} // namespace sv
