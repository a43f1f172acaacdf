#pragma once

#include "library/ContentItem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sv {

/// Engagement is (likes + comments + shares) / views, items without views last; ViewsGained counts the
/// views gained in the last SearchQuery::gainedDays days from the recorded history.
enum class SearchSort { Relevance, Newest, MostViewed, MostLiked, MostCommented, Engagement, ViewsGained };

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
    QString account;           ///< Empty: all accounts.
    /// Only items in a group of cross-posted clips with an item of another platform (ClipGroups' groups as
    /// last computed).
    bool crossPostedOnly = false;
    SearchSort sort = SearchSort::Relevance;
    int gainedDays = 28; ///< The period of SearchSort::ViewsGained, ending today (UTC).
    int limit = 50;
    int offset = 0;
};

struct SearchResult
{
    QList<ContentItem> items;
    qint64 total = 0; ///< Matches in all pages.
};

} // namespace sv

Q_DECLARE_METATYPE(sv::SearchResult)
