#pragma once

#include "Platform.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sv {

/// One published item (video, reel, post...) as stored in the local library's `content` table.
/// Identity is (platform, account, externalId).
struct ContentItem
{
    qint64 id = 0; ///< Row id in the local library; 0 for an item not stored yet.
    Platform platform = Platform::YouTube;
    QString account;    ///< The platform account id the item belongs to.
    QString externalId; ///< The platform's id of the item.
    QString title;
    QString description;
    QString url;
    QString thumbnailUrl;
    QString kind; ///< "video", "short", "reel", "image", "carousel", ...
    QDateTime publishedAt;
    qint64 durationS = 0;
    qint64 views = 0;
    /// Whether `views` is a figure the platform gave, as read from the library. Instagram's basic fields give
    /// none: an Instagram item's views are known only once a sync read its insights, and a later write of
    /// its basic fields keeps them. Not used when a sync writes; an import file's `views_known` sets it
    /// (LibraryFileFormat), and the import writes it.
    bool viewsKnown = true;
    qint64 likes = 0;
    qint64 comments = 0;
    /// Shares, where the platform gives them (TikTok); empty where it does not (never 0 for unknown).
    std::optional<qint64> shares;
    QDateTime syncedAt; ///< Set by the library on upsert.
    /// Only in the results of a search sorted by the views gained (SearchSort::ViewsGained): the views the
    /// item gained in that period; empty there for an item without views. Never stored.
    std::optional<qint64> viewsGained;
    /// Only in the results of a search listing one row per group (SearchQuery::oneRowPerGroup): the ids of
    /// the item's cross-posted group mates that match the search too, listed through this row. Never stored.
    QList<qint64> groupedWith;

    friend bool operator==(const ContentItem&, const ContentItem&) = default;
};

} // namespace sv

Q_DECLARE_METATYPE(sv::ContentItem)
