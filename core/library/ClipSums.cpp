#include "library/ClipSums.h"

#include <QCoreApplication>
#include <QStringList>

namespace sv {

const ClipMetricSum& clipSum(const ClipGroup& group, ClipMetric metric)
{
    switch (metric) {
    case ClipMetric::Views:
        return group.views;
    case ClipMetric::Likes:
        return group.likes;
    case ClipMetric::Comments:
        return group.comments;
    case ClipMetric::Shares:
        break;
    }
    return group.shares;
}

std::optional<qint64> clipFigure(const ContentItem& item, ClipMetric metric)
{
    switch (metric) {
    case ClipMetric::Views:
        // Instagram media give no view count until their insights are read (stored as 0): not known.
        if (!item.viewsKnown)
            return std::nullopt;
        return item.views;
    case ClipMetric::Likes:
        return item.likes;
    case ClipMetric::Comments:
        return item.comments;
    case ClipMetric::Shares:
        break;
    }
    return item.shares;
}

ClipMetricSum clipSum(const QList<ContentItem>& items, ClipMetric metric)
{
    ClipMetricSum s;
    for (const ContentItem& item : items) {
        if (const auto v = clipFigure(item, metric))
            s.sum = s.sum.value_or(0) + *v;
        else
            s.missingOn.append(item.platform);
    }
    return s;
}

QString clipSumNote(const ClipGroup& group, ClipMetric metric)
{
    const ClipMetricSum& s = clipSum(group, metric);
    if (s.missingOn.isEmpty())
        return {};
    const auto names = [](const QList<Platform>& platforms) {
        QStringList out;
        for (const Platform p : platforms)
            out << platformDisplayName(p);
        return out.join(QStringLiteral(", "));
    };
    const QString left = names(s.missingOn);
    if (!s.sum) {
        switch (metric) {
        case ClipMetric::Views:
            return QCoreApplication::translate("sv::ClipGroups", "No sum of views: no figure on %1.")
                .arg(left);
        case ClipMetric::Likes:
            return QCoreApplication::translate("sv::ClipGroups", "No sum of likes: no figure on %1.")
                .arg(left);
        case ClipMetric::Comments:
            return QCoreApplication::translate("sv::ClipGroups", "No sum of comments: no figure on %1.")
                .arg(left);
        case ClipMetric::Shares:
            break;
        }
        return QCoreApplication::translate("sv::ClipGroups", "No sum of shares: no figure on %1.").arg(left);
    }
    QList<Platform> coveredBy; // one member per platform: those not left out
    for (const ContentItem& member : group.members) {
        if (!s.missingOn.contains(member.platform))
            coveredBy.append(member.platform);
    }
    const QString covered = names(coveredBy);
    //: %1: the platforms summed, %2: those without the figure
    switch (metric) {
    case ClipMetric::Views:
        return QCoreApplication::translate("sv::ClipGroups",
                                           "The sum of views covers %1 only: no figure on %2.")
            .arg(covered, left);
    case ClipMetric::Likes:
        return QCoreApplication::translate("sv::ClipGroups",
                                           "The sum of likes covers %1 only: no figure on %2.")
            .arg(covered, left);
    case ClipMetric::Comments:
        return QCoreApplication::translate("sv::ClipGroups",
                                           "The sum of comments covers %1 only: no figure on %2.")
            .arg(covered, left);
    case ClipMetric::Shares:
        break;
    }
    return QCoreApplication::translate("sv::ClipGroups", "The sum of shares covers %1 only: no figure on %2.")
        .arg(covered, left);
}

} // namespace sv
