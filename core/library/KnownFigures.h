#pragma once

#include "library/ContentItem.h"

#include <optional>

namespace sv {

/// The item's duration when the platform gave one. Instagram's media fields have none (a reel's neither),
/// so its items' durations are unknown, stored as 0: never shown or exported as a duration of 0.
inline std::optional<qint64> knownDuration(const ContentItem& item)
{
    if (item.durationS > 0)
        return item.durationS;
    return std::nullopt;
}

} // namespace sv
