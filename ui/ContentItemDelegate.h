#pragma once

#include <QStyledItemDelegate>

namespace sv {

/// Paints one search result as a two-line row: platform icon, title and date on the first line;
/// platform, kind, duration and the view count (locale-formatted, plural-aware) on the second.
class ContentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ContentItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sv
