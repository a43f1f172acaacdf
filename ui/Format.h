#pragma once

#include "library/ContentItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sv {

/// Locale-aware, translated presentation of library values (counts, dates, durations, kinds).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(sv::Format)
public:
    /// "1,234 views" / "1.234 Aufrufe": plural-aware and grouped for the locale.
    static QString views(qint64 count, const QLocale& locale = {});
    static QString likes(qint64 count, const QLocale& locale = {});
    static QString comments(qint64 count, const QLocale& locale = {});
    static QString results(qint64 count, const QLocale& locale = {});
    static QString libraryItems(qint64 count, const QLocale& locale = {});
    /// "4:05", "1:02:03"; empty for zero or negative.
    static QString duration(qint64 seconds);
    static QString shortDate(const QDateTime& when, const QLocale& locale = {});
    static QString longDateTime(const QDateTime& when, const QLocale& locale = {});
    /// The translated name of a content kind ("video" -> "Video"); unknown kinds are shown as stored.
    static QString kind(const QString& kind);
    /// The kinds the filter offers, in display order.
    static QStringList knownKinds();
    /// The first character of a name as a user sees it (an emoji, a flag, a letter with its accents),
    /// upper-cased, for a placeholder avatar; "?" for an empty name.
    static QString initial(const QString& name);

    /// A counter of an item.
    enum class Metric { Views, Likes, Comments, Shares };
    /// What stands for a metric the platform does not give: never 0.
    static QString missing() { return QStringLiteral("—"); }
    /// Whether `item` has `metric` (Instagram media have views only once a sync read their insights; only
    /// TikTok gives shares).
    static bool hasMetric(const ContentItem& item, Metric metric);
    /// "1,234 views", or "— views" for an item whose platform gives no view count.
    static QString viewsOf(const ContentItem& item, const QLocale& locale = {});
    /// "— views": where no view count is known.
    static QString unknownViews();
    /// Why `item` has no `metric` (for the "—"'s tooltip); empty when it has one.
    static QString missingReason(const ContentItem& item, Metric metric);
    /// (likes + comments + shares) / views, shares only where the platform gives them; none without views.
    static std::optional<double> engagementRate(const ContentItem& item);
    /// The rate as a percentage for the locale ("4.2%", "4,2 %").
    static QString percent(double rate, const QLocale& locale = {});
    /// "+1,234" / "−56" for a change.
    static QString signedCount(qint64 change, const QLocale& locale = {});
};

} // namespace sv
