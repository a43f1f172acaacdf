#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace sv {

class ThumbnailLoader;

/// Paints one search result as a two-line row: the item's thumbnail (with a loader; the platform icon
/// without one), title and date on the first line; platform, kind, duration and the view count
/// (locale-formatted, plural-aware) on the second. The thumbnail is what the loader has decoded, else a
/// placeholder with the platform's icon; painting never asks for a picture (the view asks for its visible
/// rows).
class ContentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The size thumbnails are decoded and drawn at in the list (16:9).
    static constexpr QSize ThumbnailSize{64, 36};

    explicit ContentItemDelegate(QObject* parent = nullptr);

    void setThumbnails(ThumbnailLoader* loader) { m_thumbnails = loader; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QPointer<ThumbnailLoader> m_thumbnails;
};

} // namespace sv
