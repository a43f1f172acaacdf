#include "TrendChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace sv {

namespace {

const QList<QColor>& seriesColors()
{
    static const QList<QColor> colors{QColor(0x5B, 0x4B, 0xFF), QColor(0xE5, 0x3E, 0x3E),
                                      QColor(0x25, 0xA5, 0xB0), QColor(0xC1, 0x35, 0x84),
                                      QColor(0xF5, 0x9E, 0x0B)};
    return colors;
}

} // namespace

void setUpChartView(QChartView* view, QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 16, 4)); // room for the last date label
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    view->setFocusPolicy(Qt::TabFocus);
}

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
    , m_valueText([](qint64 value) { return QLocale().toString(value); })
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_axisX = new QCategoryAxis;
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    setUpChartView(this, m_chart);
}

TrendChart::~TrendChart() = default;

void TrendChart::setValueText(std::function<QString(qint64)> text)
{
    m_valueText = std::move(text);
}

void TrendChart::setSeries(const QList<Series>& series)
{
    m_chart->removeAllSeries(); // deletes the lines
    m_lines.clear();
    m_series = series;
    QDate first;
    QDate last;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    for (const Series& s : std::as_const(m_series)) {
        for (const Point& p : s.points) {
            first = first.isValid() ? std::min(first, p.day) : p.day;
            last = last.isValid() ? std::max(last, p.day) : p.day;
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
    }
    if (!first.isValid()) {
        first = QDateTime::currentDateTimeUtc().date().addDays(-1);
        last = first.addDays(1);
        low = 0;
        high = 1;
    }
    m_origin = first;
    for (int s = 0; s < m_series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(m_series[s].name);
        QPen pen(seriesColors().at(s % seriesColors().size()));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (const Point& p : std::as_const(m_series[s].points))
            line->append(qreal(m_origin.daysTo(p.day)), qreal(p.value));
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        connect(line, &QLineSeries::hovered, this, [this, s](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int index = pointNear(s, point);
            if (index >= 0)
                QToolTip::showText(QCursor::pos(), tooltipFor(s, index), this);
        });
        m_lines.append(line);
    }
    m_chart->legend()->setVisible(m_series.size() > 1);
    // What a screen reader says of the chart: each line's latest figure (the hover text of its last point).
    QStringList latest;
    for (int i = 0; i < m_series.size(); ++i)
        latest << tooltipFor(i, int(m_series[i].points.size()) - 1);
    latest.removeAll(QString());
    setAccessibleDescription(latest.join(QLatin1Char('\n')));
    // Dates under about five evenly spaced days; one day gets room either side.
    const qint64 days = m_origin.daysTo(last);
    const qreal padding = days == 0 ? 1.0 : 0.0;
    m_axisX->setRange(-padding, qreal(days) + padding);
    for (const QString& label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    const QLocale locale;
    const QString format = days > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
    const qint64 step = std::max<qint64>(1, (days + 3) / 4);
    for (qint64 d = 0; d <= days; d += step)
        m_axisX->append(locale.toString(m_origin.addDays(d), format), qreal(d));
    // Whole numbers only: a range narrower than a tenth of its top (one point, a flat line) or than one unit
    // per tick would repeat a label ("12000, 12000, 12001"), so such a series is drawn from 0.
    const qint64 minimumSpan = std::max<qint64>(m_axisY->tickCount() - 1, high / 10);
    if (high - low < minimumSpan)
        low = 0;
    const qint64 span = std::max<qint64>(minimumSpan, high - low);
    m_axisY->setRange(qreal(std::max<qint64>(0, low - span / 10)),
                      qreal(high + std::max<qint64>(1, span / 10)));
    m_axisY->applyNiceNumbers();
}

int TrendChart::pointNear(int series, const QPointF& value) const
{
    if (series < 0 || series >= m_series.size())
        return -1;
    const QList<Point>& points = m_series[series].points;
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int i = 0; i < points.size(); ++i) {
        const qreal distance = qAbs(qreal(m_origin.daysTo(points[i].day)) - value.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

std::pair<qreal, qreal> TrendChart::valueRange() const
{
    return {m_axisY->min(), m_axisY->max()};
}

QString TrendChart::tooltipFor(int series, int index) const
{
    if (series < 0 || series >= m_series.size() || index < 0 || index >= m_series[series].points.size())
        return {};
    const Point& p = m_series[series].points[index];
    QString text = QLocale().toString(p.day, QLocale::LongFormat);
    if (m_series.size() > 1 && !m_series[series].name.isEmpty())
        text += QLatin1Char('\n') + m_series[series].name;
    return text + QLatin1Char('\n') + m_valueText(p.value);
}

} // namespace sv
