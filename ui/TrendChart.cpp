#include "TrendChart.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sv {

TrendChart::TrendChart(QWidget* parent)
    : ChartWidget(parent)
    , m_valueText([](qint64 value) { return QLocale().toString(value); })
{
    setSeries({});
}

TrendChart::~TrendChart() = default;

void TrendChart::setValueText(std::function<QString(qint64)> text)
{
    m_valueText = std::move(text);
}

void TrendChart::setSeries(const QList<Series>& series)
{
    m_series = series;
    m_hover = {-1, -1};
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
    QList<LegendEntry> legend;
    if (m_series.size() > 1) {
        for (int s = 0; s < m_series.size(); ++s)
            legend.append({m_series[s].name, seriesColor(s)});
    }
    m_last = last;
    setLegend(legend);
    updateDescription();
    // Dates under about five evenly spaced days; one day gets room either side.
    const qint64 days = m_origin.daysTo(last);
    const qreal padding = days == 0 ? 1.0 : 0.0;
    const QLocale locale;
    const QString format = days > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
    const qint64 step = std::max<qint64>(1, (days + 3) / 4);
    QList<AxisLabel> labels;
    for (qint64 d = 0; d <= days; d += step)
        labels.append({qreal(d), locale.toString(m_origin.addDays(d), format)});
    setCategoryAxis(-padding, qreal(days) + padding, labels, true);
    // Whole numbers only: a range narrower than a tenth of its top (one point, a flat line) or than one unit
    // per tick would repeat a label ("12000, 12000, 12001"), so such a series is drawn from 0.
    const qint64 minimumSpan = std::max<qint64>(4, high / 10);
    if (high - low < minimumSpan)
        low = 0;
    const qint64 span = std::max<qint64>(minimumSpan, high - low);
    setValueAxis(qreal(std::max<qint64>(0, low - span / 10)), qreal(high + std::max<qint64>(1, span / 10)));
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

QPointF TrendChart::pointPosition(int series, int index) const
{
    if (series < 0 || series >= m_series.size() || index < 0 || index >= m_series[series].points.size())
        return {};
    const Point& p = m_series[series].points[index];
    return toWidget(qreal(m_origin.daysTo(p.day)), qreal(p.value));
}

void TrendChart::updateDescription()
{
    // What a screen reader says of the chart: every point's day and figure, oldest first, line by line.
    QStringList texts;
    for (int s = 0; s < m_series.size(); ++s) {
        for (int i = 0; i < m_series[s].points.size(); ++i)
            texts << tooltipFor(s, i);
    }
    describe(texts);
}

void TrendChart::setProvisional(const QDate& from, const QString& label, const QString& note)
{
    m_provisionalFrom = from;
    m_provisionalLabel = label;
    m_provisionalNote = note;
    updateDescription();
    update();
}

QRectF TrendChart::provisionalArea() const
{
    if (!isProvisional(m_last) || m_series.isEmpty())
        return {};
    const QRectF plot = plotArea();
    // From half a day before the first provisional day (the band holds its point) to the plot's end.
    const qreal x = std::max(plot.left(), toWidget(qreal(m_origin.daysTo(m_provisionalFrom)) - 0.5, 0).x());
    return QRectF(QPointF(x, plot.top()), plot.bottomRight());
}

QString TrendChart::tooltipFor(int series, int index) const
{
    if (series < 0 || series >= m_series.size() || index < 0 || index >= m_series[series].points.size())
        return {};
    const Point& p = m_series[series].points[index];
    QString text = QLocale().toString(p.day, QLocale::LongFormat);
    if (m_series.size() > 1 && !m_series[series].name.isEmpty())
        text += QLatin1Char('\n') + m_series[series].name;
    text += QLatin1Char('\n') + m_valueText(p.value);
    if (isProvisional(p.day) && !m_provisionalNote.isEmpty())
        text += QLatin1Char('\n') + m_provisionalNote;
    return text;
}

QString TrendChart::hoverTextAt(const QPointF& pos)
{
    m_hover = {-1, -1};
    if (!plotArea().adjusted(-8, -8, 8, 8).contains(pos))
        return {};
    // The nearest day of each line, then the line nearest the pointer.
    qreal best = std::numeric_limits<qreal>::max();
    const QPointF value(xToData(pos.x()), 0);
    for (int s = 0; s < m_series.size(); ++s) {
        const int index = pointNear(s, value);
        if (index < 0)
            continue;
        const QPointF point = pointPosition(s, index);
        const qreal distance = std::hypot(point.x() - pos.x(), point.y() - pos.y());
        if (distance < best) {
            best = distance;
            m_hover = {s, index};
        }
    }
    return tooltipFor(m_hover.first, m_hover.second);
}

QString TrendChart::stepHover(int step, int seriesStep)
{
    if (m_hover.first < 0) {
        // The first line's latest point: where a trend is read from.
        for (int s = 0; s < m_series.size(); ++s) {
            if (!m_series[s].points.isEmpty()) {
                m_hover = {s, int(m_series[s].points.size()) - 1};
                break;
            }
        }
    } else if (seriesStep != 0) {
        // The nearest day of the next line that has points.
        const QDate day = m_series[m_hover.first].points[m_hover.second].day;
        for (int s = m_hover.first + seriesStep; s >= 0 && s < m_series.size(); s += seriesStep) {
            if (m_series[s].points.isEmpty())
                continue;
            m_hover = {s, pointNear(s, QPointF(qreal(m_origin.daysTo(day)), 0))};
            break;
        }
    } else {
        m_hover.second = stepIndex(m_hover.second, step, m_series[m_hover.first].points.size());
    }
    update();
    return tooltipFor(m_hover.first, m_hover.second);
}

void TrendChart::paintData(QPainter& painter)
{
    const qreal dot = 2.5;
    if (const QRectF band = provisionalArea(); !band.isEmpty()) {
        // The days not final: a light hatched band, its label at the top when it fits.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(band, textShade(0.05));
        painter.fillRect(band, QBrush(textShade(0.14), Qt::BDiagPattern));
        const QFontMetricsF metrics(font());
        const QString label =
            metrics.elidedText(m_provisionalLabel, Qt::ElideRight, band.width() - 8, Qt::TextSingleLine);
        if (!label.isEmpty() && label != QStringLiteral("…")) {
            painter.setPen(textShade(0.65));
            painter.drawText(band.adjusted(4, 2, -4, 0), Qt::AlignHCenter | Qt::AlignTop, label);
        }
        painter.restore();
    }
    for (int s = 0; s < m_series.size(); ++s) {
        const QColor color = seriesColor(s);
        // Solid up to the last final point, dashed on across the provisional days.
        QPainterPath line;
        QPainterPath provisional;
        for (int i = 0; i < m_series[s].points.size(); ++i) {
            const QPointF p = pointPosition(s, i);
            const bool late = isProvisional(m_series[s].points[i].day);
            QPainterPath& path = late && i > 0 ? provisional : line;
            // (isEmpty() is true of a path that has only moved: elementCount() says whether it started.)
            if (late && i > 0 && provisional.elementCount() == 0)
                provisional.moveTo(pointPosition(s, i - 1));
            if (path.elementCount() == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(line);
        painter.setPen(QPen(color, 2.0, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(provisional);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (int i = 0; i < m_series[s].points.size(); ++i)
            painter.drawEllipse(pointPosition(s, i), dot, dot);
    }
    if (m_hover.first >= 0) {
        // The hovered point: a ring in the line's colour around a dot of the background.
        painter.setPen(QPen(seriesColor(m_hover.first), 2.0));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(pointPosition(m_hover.first, m_hover.second), 5.0, 5.0);
    }
}

} // namespace sv
