#pragma once

#include "library/ContentItem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sv {

/// Engagement is (likes + comments + shares) / views, items without views last; ViewsGained counts the
/// views gained in the last SearchQuery::gainedDays days from the recorded history.
enum class SearchSort { Relevance, Newest, MostViewed, MostLiked, MostCommented, Engagement, ViewsGained };

/// Where a page of results ends, for keyset paging: the sort key (null where the row has none, e.g. no
/// publish time) and the id of a page's last row. The next page starts right after that row, at the cost of
/// a first page wherever it is, where an offset makes the library step over every row before it.
struct SearchCursor
{
    bool valid = false;
    QVariant key;
    qint64 id = 0;
};

/// What the user asked for. `text` is free user text: it is made safe for FTS5 by the library
/// (quotes, operators, parentheses, unicode and emoji never raise a syntax error); the last word is
/// matched as a prefix for search-as-you-type. Empty text lists everything that passes the filters.
struct SearchQuery
{
    QString text;
    QList<Platform> platforms; ///< Empty: all platforms.
    QStringList kinds;         ///< Empty: all kinds.
    QDateTime publishedFrom;   ///< Invalid: unbounded.
    QDateTime publishedTo;     ///< Invalid: unbounded (inclusive).
    /// Only items published on this weekday (1 = Monday .. 7 = Sunday, as Qt::DayOfWeek) and/or in this hour
    /// (0..23), in UTC as the Overview's best posting times count them.
    std::optional<int> publishedWeekday;
    std::optional<int> publishedHour;
    QString account; ///< Empty: all accounts.
    /// Only items in a group of cross-posted clips with an item of another platform (ClipGroups' groups as
    /// last computed).
    bool crossPostedOnly = false;
    /// One row per group of cross-posted clips, as the app lists them: a grouped item is left out when a
    /// group mate that also matches the words and the filters comes before it in the order (the smaller id
    /// first when ranked by relevance, whose ranks are not compared); the row kept names the mates it stands
    /// for (ContentItem::groupedWith). The total counts the rows listed.
    bool oneRowPerGroup = false;
    SearchSort sort = SearchSort::Relevance;
    int gainedDays = 28; ///< The period of SearchSort::ViewsGained, ending on `gainedTo`.
    QDate gainedTo;      ///< The last day of that period (inclusive); invalid: today (UTC).
    int limit = 50;
    int offset = 0;
    /// The end of the previous page (SearchResult::next): when valid, the page starts after that row and
    /// `offset` is not used. Keep `offset` set as well: sorts without keyset paging (relevance with words,
    /// engagement, views gained) give no cursor and page by offset.
    SearchCursor after;
    /// The total a previous page of the same search reported: a later page does not count the matches again
    /// (-1: count them).
    qint64 knownTotal = -1;
};

struct SearchResult
{
    QList<ContentItem> items;
    qint64 total = 0; ///< Matches in all pages.
    /// The end of this page, to ask for the next one with (SearchQuery::after); invalid when the page is
    /// empty or its sort pages by offset.
    SearchCursor next;
};

} // namespace sv

Q_DECLARE_METATYPE(sv::SearchResult)
