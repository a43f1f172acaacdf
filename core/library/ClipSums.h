#pragma once

#include "library/ClipGroups.h"

#include <QString>

namespace sv {

/// A figure summed over a group of cross-posted clips.
enum class ClipMetric { Views, Likes, Comments, Shares };

/// The group's sum of `metric`.
const ClipMetricSum& clipSum(const ClipGroup& group, ClipMetric metric);
/// `item`'s figure of `metric`, empty where its platform does not give it (an Instagram item's views before
/// its insights were read, shares outside TikTok): never a made-up 0.
std::optional<qint64> clipFigure(const ContentItem& item, ClipMetric metric);
/// The sum of the known figures of `metric` over `items`, with the platforms of the items without one.
ClipMetricSum clipSum(const QList<ContentItem>& items, ClipMetric metric);

/// Which platforms the group's sum of `metric` covers, for a note beside it (the app's details pane and
/// the CLI say the same): empty when it covers every member; otherwise the platforms it counts and those
/// it leaves out for want of the figure, or that there is no sum at all.
QString clipSumNote(const ClipGroup& group, ClipMetric metric);

} // namespace sv
