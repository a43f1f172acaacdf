#include "ContentItemDelegate.h"

#include "ContentListModel.h"
#include "Format.h"
#include "Icons.h"
#include "ThumbnailLoader.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sv {

namespace {
constexpr int HorizontalPadding = 14;
constexpr int VerticalPadding = 10;
constexpr int IconSize = 30;
constexpr int IconGap = 14;
constexpr int LineGap = 4;
constexpr int ColumnGap = 16;

QFont titleFont(const QFont& base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(base.pointSizeF() * 1.05);
    return f;
}

QColor secondaryText(const QPalette& palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.62f);
    return c;
}
} // namespace

ContentItemDelegate::ContentItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize ContentItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const QFontMetrics titleMetrics(titleFont(option.font));
    const QFontMetrics metaMetrics(option.font);
    const int textHeight = titleMetrics.height() + LineGap + metaMetrics.height();
    const int picture = m_thumbnails ? ThumbnailSize.height() : IconSize;
    return {320, std::max(picture, textHeight) + 2 * VerticalPadding};
}

void ContentItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    if (!index.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    const QPalette& palette = option.palette;
    const QRect rect = option.rect;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const int pictureWidth = m_thumbnails ? ThumbnailSize.width() : IconSize;

    // Background: a soft accent tint for the selection, lighter on hover; rounded, inset.
    const QRectF card = QRectF(rect).adjusted(6, 2, -6, -2);
    if (selected || hovered) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.16f : 0.07f);
        QPainterPath path;
        path.addRoundedRect(card, 8, 8);
        painter->fillPath(path, fill);
        if (selected) {
            QColor bar = palette.color(QPalette::Highlight);
            painter->fillRect(QRectF(card.left(), card.top() + 8, 3, card.height() - 16), bar);
        }
        if (focused && selected) {
            QColor outline = palette.color(QPalette::Highlight);
            outline.setAlphaF(0.55f);
            painter->setPen(QPen(outline, 1));
            painter->drawPath(path);
        }
    } else {
        QColor line = palette.color(QPalette::Text);
        line.setAlphaF(0.07f);
        painter->setPen(QPen(line, 1));
        painter->drawLine(
            QPointF(rect.left() + HorizontalPadding + pictureWidth + IconGap, rect.bottom() + 0.5),
            QPointF(rect.right() - HorizontalPadding, rect.bottom() + 0.5));
    }

    if (index.data(ContentListModel::PlaceholderRole).toBool()) {
        // A row whose page is still being read: neutral shapes where its picture and text go.
        QColor shape = palette.color(QPalette::Text);
        shape.setAlphaF(0.08f);
        const int pictureHeight = m_thumbnails ? ThumbnailSize.height() : IconSize;
        const QRectF picture(rect.left() + HorizontalPadding,
                             rect.top() + (rect.height() - pictureHeight) / 2.0, pictureWidth, pictureHeight);
        const qreal textLeft = picture.right() + IconGap;
        const qreal textWidth = std::max(0.0, rect.right() - HorizontalPadding - textLeft);
        const qreal middle = rect.top() + rect.height() / 2.0;
        QPainterPath shapes;
        shapes.addRoundedRect(picture, 4, 4);
        shapes.addRoundedRect(QRectF(textLeft, middle - 14, textWidth * 0.6, 10), 3, 3);
        shapes.addRoundedRect(QRectF(textLeft, middle + 4, textWidth * 0.35, 8), 3, 3);
        painter->fillPath(shapes, shape);
        painter->restore();
        return;
    }

    const auto platform = static_cast<Platform>(index.data(ContentListModel::PlatformRole).toInt());
    QRect iconRect(rect.left() + HorizontalPadding, rect.top() + (rect.height() - IconSize) / 2, IconSize,
                   IconSize);
    if (m_thumbnails) {
        iconRect = QRect(QPoint(rect.left() + HorizontalPadding,
                                rect.top() + (rect.height() - ThumbnailSize.height()) / 2),
                         ThumbnailSize);
        const QImage image =
            m_thumbnails->image(index.data(ContentListModel::ThumbnailUrlRole).toUrl(), ThumbnailSize);
        paintThumbnail(painter, iconRect, image, palette, Icons::platform(platform));
    } else {
        Icons::platform(platform).paint(painter, iconRect);
    }
    // A row standing for a clip's posts on several platforms: their platforms' badges on its picture.
    const QVariantList groupedOn = index.data(ContentListModel::GroupedOnRole).toList();
    if (!groupedOn.isEmpty()) {
        const int badge = std::max(12, iconRect.height() / 3);
        QRect at(iconRect.left() + 2, iconRect.bottom() - badge - 1, badge, badge);
        for (const QVariant& on : groupedOn) {
            QPainterPath disc;
            disc.addEllipse(QRectF(at).adjusted(-1.5, -1.5, 1.5, 1.5));
            painter->fillPath(disc, palette.color(QPalette::Base));
            Icons::platform(static_cast<Platform>(on.toInt())).paint(painter, at);
            at.translate(badge + 2, 0);
        }
    }

    // Item views hand delegates a locale without digit grouping; counts read better with it.
    QLocale locale = option.locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QDateTime published = index.data(ContentListModel::PublishedRole).toDateTime();
    const QString date = Format::shortDate(published, locale);
    const QVariant viewCount = index.data(ContentListModel::ViewsRole);
    // Under the date: the figure the list is sorted by, else the views.
    const QString figure = index.data(ContentListModel::SortFigureRole).toString();
    const QString views = !figure.isEmpty()    ? figure
                          : viewCount.isNull() ? index.data(ContentListModel::ViewsTextRole).toString()
                                               : Format::views(viewCount.toLongLong(), locale);

    // A row of one post: its platform and kind; a row standing for a clip's posts on several platforms: each
    // one's figure and their sum.
    const QString groupFigures = index.data(ContentListModel::GroupFiguresRole).toString();
    QStringList meta{groupFigures.isEmpty() ? platformDisplayName(platform) : groupFigures};
    const QString kind = index.data(ContentListModel::KindRole).toString();
    if (!kind.isEmpty() && groupFigures.isEmpty())
        meta << Format::kind(kind);
    const QString duration = Format::duration(index.data(ContentListModel::DurationRole).toLongLong());
    if (!duration.isEmpty())
        meta << duration;
    // A clip cross-posted on other platforms says so ("Also on TikTok, Instagram").
    const QString crossPosted = index.data(ContentListModel::CrossPostedTextRole).toString();
    if (!crossPosted.isEmpty())
        meta << crossPosted;
    const QString metaText = meta.join(QStringLiteral("  ·  "));

    const QFont tFont = titleFont(option.font);
    const QFontMetrics titleMetrics(tFont);
    const QFontMetrics metaMetrics(option.font);
    const int textLeft = iconRect.right() + 1 + IconGap;
    const int textRight = rect.right() - HorizontalPadding;
    const int blockHeight = titleMetrics.height() + LineGap + metaMetrics.height();
    const int top = rect.top() + (rect.height() - blockHeight) / 2;
    const int rightColumn =
        std::max(metaMetrics.horizontalAdvance(date), metaMetrics.horizontalAdvance(views));

    const QRect titleRect(textLeft, top, std::max(0, textRight - textLeft - rightColumn - ColumnGap),
                          titleMetrics.height());
    const QRect metaRect(textLeft, top + titleMetrics.height() + LineGap, titleRect.width(),
                         metaMetrics.height());
    const QRect dateRect(textRight - rightColumn, titleRect.top(), rightColumn, titleMetrics.height());
    const QRect viewsRect(textRight - rightColumn, metaRect.top(), rightColumn, metaMetrics.height());

    painter->setFont(tFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(secondaryText(palette));
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metaMetrics.elidedText(metaText, Qt::ElideRight, metaRect.width()));
    painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter, date);
    painter->drawText(viewsRect, Qt::AlignRight | Qt::AlignVCenter, views);

    painter->restore();
}

} // namespace sv
