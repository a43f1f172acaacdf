#pragma once

#include "library/ContentItem.h"
#include "library/LibraryDatabase.h"

#include "Result.h"

namespace sv {

/// The documented limits of an item's fields (docs/LIBRARY_FORMAT.md, "Limits"): the same for imports,
/// syncs and every other write. Text lengths are in UTF-16 code units (QString::size()).
struct ContentLimits
{
    static constexpr qsizetype IdLength = 256; ///< account, external_id
    static constexpr qsizetype TitleLength = 5000;
    static constexpr qsizetype DescriptionLength = 50000;
    static constexpr qsizetype UrlLength = 8192; ///< url, thumbnail_url
    static constexpr qsizetype KindLength = 64;
    static constexpr qint64 MaxCount = qint64(1) << 53; ///< duration_s, views, likes, comments
};

/// Checks an item against ContentLimits: account and external_id required, text lengths, counts
/// 0..2^53. The error names the item `index` (1-based) and the field. LibraryDatabase checks every item
/// it writes (upsert, sync batches); the import formats check each item they read.
Result<void, LibraryError> validateContentItem(const ContentItem& item, int index);

} // namespace sv
