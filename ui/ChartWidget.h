#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <utility>

class QPainter;

namespace sv {

/// The charts' common part, painted with QPainter: a plot area with a value axis on the left (grid lines,
/// whole-number tick labels in the locale's format), labels under it, an optional title and legend, the
/// palette's colours (a dark palette gives a dark chart), and a tooltip with what the pointer is nearest to.
/// Subclasses paint their data and say what a position shows.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    QSize sizeHint() const override;

    /// What the pointer is over shows (the tooltip's text); empty when it is over nothing.
    QString hoveredText() const { return m_hovered; }
    /// The value axis's range, as drawn.
    std::pair<qreal, qreal> valueRange() const { return {m_valueMin, m_valueMax}; }
    /// The value axis's tick labels, lowest first, and the labels under the plot, as given (tests).
    QStringList valueLabels() const;
    QStringList categoryLabels() const;
    /// Where the data is drawn, in widget coordinates.
    QRectF plotArea() const;
    /// Where each legend entry (its colour box and name) is drawn, in widget coordinates, in the order
    /// given: centred rows under the plot, as many rows as the entries need to fit the width.
    QList<QRectF> legendEntryRects() const;

    /// The colour of series `index`: the brand colour first.
    static QColor seriesColor(int index);

    /// Makes the data lead somewhere: a pointing hand over a point or bar, and a click on it, or Return or
    /// Space on the one chosen with the arrow keys (Left/Right along, Up/Down across series), emits
    /// activated(), and the tooltip ends with `hint` (what a click shows). Off by default.
    void setActivatable(bool activatable, const QString& hint = {});
    bool isActivatable() const { return m_activatable; }
    /// The point or bar highlighted (by the pointer or the arrow keys): {series, index}, {-1, -1} if none.
    virtual std::pair<int, int> highlighted() const = 0;

signals:
    /// The user clicked point `index` of series `series` (a bar chart's series: 0) or pressed Return on it.
    void activated(int series, int index);

protected:
    struct AxisLabel
    {
        qreal x = 0; ///< in data units
        QString text;
    };
    struct LegendEntry
    {
        QString name;
        QColor color;
    };

    void setTitle(const QString& title);
    /// Draws the chart on a rounded panel of the palette's base colour (on a page of the window colour).
    void setPanel(bool panel);
    /// The horizontal data range shown and the labels under it; `grid`: a vertical line at each label.
    void setCategoryAxis(qreal min, qreal max, const QList<AxisLabel>& labels, bool grid);
    /// Shows at least `low`..`high`, widened to whole, round steps.
    void setValueAxis(qreal low, qreal high);
    void setLegend(const QList<LegendEntry>& entries);
    /// The accessible description: each entry's hover text on one line.
    void describe(const QStringList& hoverTexts);

    QPointF toWidget(qreal x, qreal value) const;
    qreal xToData(qreal widgetX) const;
    qreal pixelsPerUnit() const;
    /// The category under `pos` (bar charts with bar i at x = i), -1 if none.
    int categoryAt(const QPointF& pos, int count) const;
    /// The bar of category `index` (at x = index) from value `from` to `to`, `fraction` of a category wide.
    QRectF categoryBar(int index, qreal fraction, qreal from, qreal to) const;
    /// A colour between the palette's text (`amount` 1) and its background (0).
    QColor textShade(qreal amount) const;

    /// Paints the data inside plotArea() (clipped to it, antialiased).
    virtual void paintData(QPainter& painter) = 0;
    /// What the pointer at `pos` shows, empty if nothing; remembers what to highlight.
    virtual QString hoverTextAt(const QPointF& pos) = 0;
    /// The pointer left: nothing is highlighted.
    virtual void clearHover() {}
    /// Highlights the point `step` points along (`seriesStep` series across) from the highlighted one, or the
    /// first when none is; returns its hover text (empty: nothing to highlight).
    virtual QString stepHover(int step, int seriesStep) = 0;
    /// Where the highlighted point is drawn (its tooltip's place when chosen with the keyboard).
    virtual QPointF highlightAnchor() const = 0;
    /// Index `current` moved by `step` within 0..count-1; the first when `current` is -1; -1 when empty.
    static int stepIndex(int current, int step, qsizetype count)
    {
        if (count <= 0)
            return -1;
        return current < 0 ? 0 : std::clamp(current + step, 0, int(count) - 1);
    }

    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void hoverAt(const QPointF& pos, const QPoint& globalPos);
    void showHovered(const QString& text, const QPoint& globalPos);
    void paintAxes(QPainter& painter, const QRectF& plot) const;
    void paintLegend(QPainter& painter) const;
    int legendHeight() const;
    QList<QRectF> layoutLegend() const;

    qreal margin() const { return m_panel ? 16 : 6; }

    QString m_title;
    bool m_panel = false;
    qreal m_xMin = 0;
    qreal m_xMax = 1;
    QList<AxisLabel> m_xLabels;
    bool m_xGrid = false;
    qreal m_valueMin = 0;
    qreal m_valueMax = 1;
    qreal m_valueStep = 1;
    QList<LegendEntry> m_legend;
    mutable QList<QRectF> m_legendRects; ///< legendEntryRects() for the size m_legendLaidOutFor
    mutable QSize m_legendLaidOutFor;    ///< invalid: to lay out again
    QString m_hovered;
    bool m_activatable = false;
    QString m_activationHint;
};

} // namespace sv
