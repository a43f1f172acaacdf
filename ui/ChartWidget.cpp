#include "ChartWidget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHoverEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sv {

namespace {

/// The smallest of 1, 2, 2.5, 5 times a power of ten not below `rough`, a whole number (at least 1).
qreal niceStep(qreal rough)
{
    if (rough <= 1)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const qreal factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const qreal step = factor * magnitude;
        if (step >= rough && step == std::floor(step))
            return step;
    }
    return 10 * magnitude;
}

QString valueLabel(qreal value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setMinimumHeight(180);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ChartWidget::~ChartWidget() = default;

QSize ChartWidget::sizeHint() const
{
    return {320, std::max(200, minimumHeight())};
}

QColor ChartWidget::seriesColor(int index)
{
    static const QList<QColor> colors{QColor(0x5B, 0x4B, 0xFF), QColor(0xE5, 0x3E, 0x3E),
                                      QColor(0x25, 0xA5, 0xB0), QColor(0xC1, 0x35, 0x84),
                                      QColor(0xF5, 0x9E, 0x0B)};
    return colors.at(index % colors.size());
}

void ChartWidget::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void ChartWidget::setPanel(bool panel)
{
    m_panel = panel;
    update();
}

void ChartWidget::setCategoryAxis(qreal min, qreal max, const QList<AxisLabel>& labels, bool grid)
{
    m_xMin = min;
    m_xMax = max > min ? max : min + 1;
    m_xLabels = labels;
    m_xGrid = grid;
    update();
}

void ChartWidget::setValueAxis(qreal low, qreal high)
{
    high = std::max(high, low + 1);
    // Four or five steps, whichever wastes less room above and below the data.
    m_valueStep = 0;
    for (const int steps : {4, 5}) {
        const qreal step = niceStep((high - low) / steps);
        const qreal min = std::floor(low / step) * step;
        const qreal max = std::ceil(high / step) * step;
        if (m_valueStep == 0 || max - min < m_valueMax - m_valueMin) {
            m_valueStep = step;
            m_valueMin = min;
            m_valueMax = max;
        }
    }
    update();
}

void ChartWidget::setLegend(const QList<LegendEntry>& entries)
{
    m_legend = entries;
    m_legendLaidOutFor = QSize();
    update();
}

void ChartWidget::describe(const QStringList& hoverTexts)
{
    QStringList lines;
    for (const QString& text : hoverTexts) {
        if (!text.isEmpty())
            lines << QString(text).replace(QLatin1Char('\n'), QLatin1String(", "));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

QStringList ChartWidget::valueLabels() const
{
    QStringList labels;
    for (qreal v = m_valueMin; v <= m_valueMax + m_valueStep / 2; v += m_valueStep)
        labels << valueLabel(v);
    return labels;
}

QStringList ChartWidget::categoryLabels() const
{
    QStringList labels;
    for (const AxisLabel& label : m_xLabels)
        labels << label.text;
    return labels;
}

namespace {
constexpr qreal LegendBoxGap = 4;    // between an entry's colour box and its name
constexpr qreal LegendEntryGap = 14; // between two entries of a row
constexpr qreal LegendRowGap = 4;    // between two rows
} // namespace

QList<QRectF> ChartWidget::legendEntryRects() const
{
    // plotArea() asks for it at every point painted and every hover: laid out once per size, font and legend.
    if (m_legendLaidOutFor != size()) {
        m_legendRects = layoutLegend();
        m_legendLaidOutFor = size();
    }
    return m_legendRects;
}

QList<QRectF> ChartWidget::layoutLegend() const
{
    // Entries fill a row while they fit in the width (one entry at least: a name too long for any row is
    // elided when drawn); the rows are centred and stacked up from the bottom margin.
    const QFontMetricsF metrics(font());
    const qreal box = std::round(metrics.height() * 0.6);
    const qreal available = std::max<qreal>(1, width() - 2 * margin());
    QList<QList<qreal>> rows; // each entry's width, per row
    qreal used = 0;
    for (const LegendEntry& entry : m_legend) {
        const qreal w = std::min(available, box + LegendBoxGap + metrics.horizontalAdvance(entry.name));
        if (rows.isEmpty() || used + LegendEntryGap + w > available) {
            rows.append(QList<qreal>());
            used = -LegendEntryGap;
        }
        rows.last().append(w);
        used += LegendEntryGap + w;
    }
    QList<QRectF> rects;
    const qreal rowHeight = metrics.height();
    qreal y = height() - margin() - rows.size() * rowHeight - (rows.size() - 1) * LegendRowGap;
    for (const QList<qreal>& row : rows) {
        qreal total = -LegendEntryGap;
        for (qreal w : row)
            total += LegendEntryGap + w;
        qreal x = std::max(margin(), std::round((width() - total) / 2));
        for (qreal w : row) {
            rects.append(QRectF(x, y, w, rowHeight));
            x += w + LegendEntryGap;
        }
        y += rowHeight + LegendRowGap;
    }
    return rects;
}

int ChartWidget::legendHeight() const
{
    if (m_legend.isEmpty())
        return 0;
    // The rows' height, and 8 pixels above them for the labels under the plot.
    return int(std::ceil(height() - margin() - legendEntryRects().constFirst().top())) + 8;
}

QRectF ChartWidget::plotArea() const
{
    const QFontMetricsF metrics(font());
    qreal labelWidth = 0;
    for (const QString& label : valueLabels())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const qreal lastLabel = m_xLabels.isEmpty() ? 0 : metrics.horizontalAdvance(m_xLabels.last().text);
    const qreal top = margin() + metrics.height() / 2 + (m_title.isEmpty() ? 0 : metrics.height() + margin());
    const qreal left = margin() + labelWidth + 8;
    const qreal right = std::max<qreal>(12, lastLabel / 2 + 2);
    const qreal bottom = margin() + metrics.height() + 6 + legendHeight();
    return QRectF(QPointF(left, top), QPointF(width() - right, height() - bottom));
}

QPointF ChartWidget::toWidget(qreal x, qreal value) const
{
    const QRectF plot = plotArea();
    const qreal fx = (x - m_xMin) / (m_xMax - m_xMin);
    const qreal fy = (value - m_valueMin) / (m_valueMax - m_valueMin);
    return {plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height()};
}

qreal ChartWidget::xToData(qreal widgetX) const
{
    const QRectF plot = plotArea();
    return m_xMin + (widgetX - plot.left()) / plot.width() * (m_xMax - m_xMin);
}

qreal ChartWidget::pixelsPerUnit() const
{
    return plotArea().width() / (m_xMax - m_xMin);
}

int ChartWidget::categoryAt(const QPointF& pos, int count) const
{
    if (!plotArea().contains(pos))
        return -1;
    const int index = int(std::lround(xToData(pos.x())));
    return index >= 0 && index < count ? index : -1;
}

QRectF ChartWidget::categoryBar(int index, qreal fraction, qreal from, qreal to) const
{
    // Whole pixels: the edges of neighbouring and stacked bars stay sharp.
    const QPointF topLeft = toWidget(qreal(index) - fraction / 2, to);
    const QPointF bottomRight = toWidget(qreal(index) + fraction / 2, from);
    return QRectF(QPointF(std::round(topLeft.x()), std::round(topLeft.y())),
                  QPointF(std::round(bottomRight.x()), std::round(bottomRight.y())));
}

QColor ChartWidget::textShade(qreal amount) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor back = palette().color(QPalette::Base);
    return QColor::fromRgbF(float(text.redF() * amount + back.redF() * (1 - amount)),
                            float(text.greenF() * amount + back.greenF() * (1 - amount)),
                            float(text.blueF() * amount + back.blueF() * (1 - amount)));
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_panel) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect()), 8, 8);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    const QRectF plot = plotArea();
    if (plot.width() < 4 || plot.height() < 4)
        return;
    paintAxes(painter, plot);
    painter.save();
    painter.setClipRect(plot.adjusted(-6, -6, 6, 1));
    painter.setRenderHint(QPainter::Antialiasing);
    paintData(painter);
    painter.restore();
    paintLegend(painter);
    if (hasFocus() && m_activatable) {
        // Where the arrow keys and Return act: the palette's highlight around the chart.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    }
}

void ChartWidget::paintAxes(QPainter& painter, const QRectF& plot) const
{
    const QFontMetricsF metrics(font());
    // Lines on the pixel grid (half a pixel in) stay one device pixel sharp at any scale.
    const auto crisp = [](qreal v) {
        return std::floor(v) + 0.5;
    };
    if (!m_title.isEmpty()) {
        painter.setPen(textShade(0.85));
        painter.drawText(QRectF(0, margin(), width(), metrics.height()), Qt::AlignCenter, m_title);
    }
    const QColor grid = textShade(0.12);
    const QColor labels = textShade(0.7);
    const QStringList values = valueLabels();
    for (int i = 0; i < values.size(); ++i) {
        const qreal y = crisp(toWidget(m_xMin, m_valueMin + i * m_valueStep).y());
        painter.setPen(QPen(i == 0 ? textShade(0.4) : grid, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(labels);
        painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, values[i]);
    }
    // Labels under the plot; one that would overlap the previous is left out.
    qreal freeFrom = -1e9;
    for (const AxisLabel& label : m_xLabels) {
        const qreal x = toWidget(label.x, 0).x();
        if (m_xGrid) {
            painter.setPen(QPen(grid, 0));
            painter.drawLine(QPointF(crisp(x), plot.top()), QPointF(crisp(x), plot.bottom()));
        }
        const qreal w = metrics.horizontalAdvance(label.text);
        if (x - w / 2 < freeFrom)
            continue;
        painter.setPen(labels);
        painter.drawText(QRectF(x - w / 2 - 1, plot.bottom() + 4, w + 2, metrics.height()), Qt::AlignCenter,
                         label.text);
        freeFrom = x + w / 2 + metrics.averageCharWidth();
    }
}

void ChartWidget::paintLegend(QPainter& painter) const
{
    const QList<QRectF> rects = legendEntryRects();
    const QFontMetricsF metrics(font());
    const qreal box = std::round(metrics.height() * 0.6);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const LegendEntry& entry = m_legend.at(i);
        const QRectF r = rects.at(i);
        painter.fillRect(QRectF(r.left(), std::round(r.top() + (r.height() - box) / 2), box, box),
                         entry.color);
        const QRectF text(r.left() + box + LegendBoxGap, r.top(), r.width() - box - LegendBoxGap + 2,
                          r.height());
        painter.setPen(textShade(0.8));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entry.name, Qt::ElideRight, text.width() - 2));
    }
}

void ChartWidget::setActivatable(bool activatable, const QString& hint)
{
    m_activatable = activatable;
    m_activationHint = activatable ? hint : QString();
    setFocusPolicy(activatable ? Qt::StrongFocus : Qt::TabFocus);
    if (!activatable)
        unsetCursor();
}

void ChartWidget::hoverAt(const QPointF& pos, const QPoint& globalPos)
{
    const QString text = hoverTextAt(pos);
    if (m_activatable) {
        if (highlighted().second >= 0)
            setCursor(Qt::PointingHandCursor);
        else
            unsetCursor();
    }
    showHovered(text, globalPos);
}

void ChartWidget::showHovered(const QString& text, const QPoint& globalPos)
{
    if (text == m_hovered)
        return;
    m_hovered = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else if (m_activatable && !m_activationHint.isEmpty() && highlighted().second >= 0)
        QToolTip::showText(globalPos, text + QStringLiteral("\n\n") + m_activationHint, this);
    else
        QToolTip::showText(globalPos, text, this);
    update();
}

void ChartWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_activatable && event->button() == Qt::LeftButton) {
        hoverTextAt(event->position());
        const auto [series, index] = highlighted();
        if (index >= 0) {
            event->accept();
            emit activated(series, index);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartWidget::keyPressEvent(QKeyEvent* event)
{
    int step = 0;
    int seriesStep = 0;
    switch (event->key()) {
    case Qt::Key_Left: // the charts are drawn left to right in every language: the keys go as they look
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        seriesStep = -1;
        break;
    case Qt::Key_Down:
        seriesStep = 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_activatable) {
            const auto [series, index] = highlighted();
            if (index >= 0) {
                emit activated(series, index);
                return;
            }
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const auto before = highlighted();
    const QString text = stepHover(step, seriesStep);
    if (before.second >= 0 && highlighted() == before) {
        // Nothing further that way (an end, a chart of one series): the key goes on to the page, which
        // scrolls.
        event->ignore();
        return;
    }
    showHovered(text, mapToGlobal(highlightAnchor()).toPoint());
}

void ChartWidget::focusInEvent(QFocusEvent* event)
{
    update();
    QWidget::focusInEvent(event);
}

void ChartWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    if (!underMouse()) {
        clearHover();
        showHovered({}, {});
    }
    QWidget::focusOutEvent(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent* event)
{
    hoverAt(event->position(), event->globalPosition().toPoint());
    QWidget::mouseMoveEvent(event);
}

bool ChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::HoverMove) {
        const auto* hover = static_cast<QHoverEvent*>(event);
        hoverAt(hover->position(), mapToGlobal(hover->position()).toPoint());
    }
    return QWidget::event(event);
}

void ChartWidget::leaveEvent(QEvent* event)
{
    clearHover();
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        QToolTip::hideText();
        update();
    }
    QWidget::leaveEvent(event);
}

void ChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        m_legendLaidOutFor = QSize();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace sv
