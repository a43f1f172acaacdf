#pragma once

#include "library/ClipGroups.h"
#include "library/ClipSums.h"
#include "library/ContentItem.h"
#include "library/SearchQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <array>
#include <memory>
#include <vector>

namespace sv {

class LibraryService;

/// The search results shown by the content view, loaded a page at a time where the view looks.
///
/// setQuery() starts a new search generation: the first page is fetched through LibraryService
/// (off the UI thread) and replaces the rows when it arrives; a result of an older generation is
/// dropped, so a slow query can never overwrite a newer one. The model then has a row for every match (the
/// first page counts them): rows whose page has not arrived are placeholders (PlaceholderRole), filled in
/// place (dataChanged, never a row inserted) when it does. The view says which rows it shows (loadRows());
/// the missing ones among them are fetched one page at a time, a page that starts where a loaded one ends
/// after its last row (keyset paging: a page deep in a long list costs what the first one costs), any other
/// at its offset (a jump to the end; the ranked and computed orders, which have no keyset). A list view
/// then lays its rows out once per search, not again on every page: with 100,000 rows that relayout is
/// what took a frame's time when pages were appended.
///
/// refresh() (the library changed) keeps the rows on screen, shown as they were, and reads them again: the
/// rows' count follows the new total by rows added or removed at the end, so the view neither resets nor
/// jumps.
class ContentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        PlatformRole,
        KindRole,
        PublishedRole,
        DurationRole,
        ViewsRole,     ///< null where the platform gives no view count (Instagram media)
        ViewsTextRole, ///< "1,234 views", "— views"
        UrlRole,
        ThumbnailUrlRole, ///< QUrl of the item's picture (empty when it has none)
        /// QVariantList of the Platform (int) of the item's group mates not listed through its row; empty:
        /// none
        CrossPostedOnRole,
        CrossPostedTextRole, ///< "Also on TikTok, Instagram"; empty when there are none
        PlaceholderRole,     ///< true for a row whose page has not arrived yet (its other roles are empty)
        /// What the list is sorted by where it is not the views: "1,234 likes", "4.2% engagement", "+700
        /// views gained" (in the sort's period); empty for the other sorts.
        SortFigureRole,
        /// A row standing for a clip's posts on several platforms (SearchQuery::oneRowPerGroup): the Platform
        /// (int) of each, in the group's order; empty for a row of one item.
        GroupedOnRole,
        /// That row's figures: "15,000 views in all: YouTube 9,000 · TikTok 6,000 · Instagram —" (likes or
        /// comments where the list is sorted by them); empty for a row of one item.
        GroupFiguresRole,
    };

    explicit ContentListModel(LibraryService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    /// Answered without QAbstractListModel's checks through rowCount() (a view asks for every row's index
    /// when it lays the rows out).
    QModelIndex index(int row, int column = 0, const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The rows the view shows, with the margins it wants loaded ahead: the missing ones are fetched (one
    /// page at a time, the rows asked for last first).
    void loadRows(int first, int last);
    /// Whether rows are missing after the first run of loaded rows from the top; loadNextPage() fetches the
    /// page after that run (to walk the results from the top, e.g. looking for an item).
    bool canLoadNextPage() const;
    /// Fetches the page from `row` on, before the rows loadRows() asked for, unless it is loaded (a row off
    /// screen the view wants to select there).
    void loadRow(int row);
    void loadNextPage();
    /// Whether `row` holds its item as the current search read it (a placeholder or a row shown as it was
    /// before a refresh does not).
    bool isLoaded(int row) const { return row >= 0 && row < int(m_loaded.size()) && m_loaded[row]; }
    /// Whether `row` shows the item it showed before a refresh, not read again yet (a refresh whose first
    /// page is still to come reads every row again).
    bool isShownAsBefore(int row) const
    {
        return row >= 0 && row < m_rowCount && itemAt(row).id != 0 &&
               (!isLoaded(row) || (m_searching && m_refreshing));
    }
    /// Rows loaded for the current search.
    int loadedCount() const { return m_loadedCount; }
    /// While a refresh removes rows at the list's end (the view's selection moves off them meanwhile).
    bool isRemovingRows() const { return m_removingRows; }

    /// Replaces the results with the first page of `query` (its limit is the page size, its offset is
    /// ignored). Returns the generation of this search.
    quint64 setQuery(const SearchQuery& query);
    /// Runs the current query again (e.g. after the library changed).
    quint64 refresh();
    SearchQuery query() const { return m_query; }

    /// The item at `row`: a default ContentItem (id 0) for a placeholder; while a refresh reads the rows
    /// again, the item shown there before.
    const ContentItem& itemAt(int row) const
    {
        Q_ASSERT(row >= 0 && row < m_rowCount);
        const std::unique_ptr<Chunk>& chunk = m_chunks[size_t(row / ChunkRows)];
        return chunk ? (*chunk)[size_t(row % ChunkRows)] : placeholder();
    }
    /// All matches of the current query, in all pages; -1 before the first page arrived.
    qint64 total() const { return m_total; }
    quint64 generation() const { return m_generation; }
    bool isSearching() const { return m_searching; }
    /// How many results arrived after a newer search had started and were thrown away.
    int staleResultsDropped() const { return m_staleDropped; }
    /// The platforms of the other members of `item`'s cross-posted group that its row does not stand for
    /// (none when it has no group), as last read: the groups' membership is read once per change of the
    /// library or of the groups, off the UI thread, never per row.
    QList<Platform> crossPostedOn(const ContentItem& item) const;
    /// The posts `item`'s row stands for: the item and its group mates listed through it
    /// (ContentItem::groupedWith), in the group's order (YouTube, TikTok, Instagram) with their figures as
    /// the groups were last read (the item's as its page read it); just the item for a row of one.
    QList<ContentItem> postsOf(const ContentItem& item) const;
    /// GroupFiguresRole's text for `item`.
    QString groupFigures(const ContentItem& item) const;
    /// The views of a row standing for several posts: their sum (ViewsRole, ViewsTextRole), but where the
    /// list is sorted by views (the row is where its most viewed post is, and shows that post's); empty for a
    /// row of one post.
    std::optional<ClipMetricSum> entryViews(const ContentItem& item) const;
    /// SortFigureRole's text for `item` under the current query's sort.
    QString sortFigure(const ContentItem& item) const;
    /// Reads the groups' membership again now (when the groups changed).
    void refreshGroups();
    /// After a change of the content, the groups are read again once the changes pause this long: a read
    /// recomputes the automatic groups when the content changed (a whole-library pass on the library's
    /// thread), not worth doing for every page a sync writes; a sync's own recompute at its end announces
    /// clipGroupsChanged(), read at once.
    static constexpr int GroupsAfterChangeDelayMs = 1500;
    /// The size of the page after `loaded` rows, the first page having `firstPage`: half the rows loaded,
    /// from the first page's size up to LargestPage. A long list is then read in a few large steps rather
    /// than thousands of small queries.
    static int nextPageSize(int firstPage, int loaded)
    {
        return std::max(firstPage, std::min(loaded / 2, LargestPage));
    }
    static constexpr int LargestPage = 1000;

signals:
    /// The first page of search `generation` is in the model.
    void resultsReady(quint64 generation);
    void searchFailed(const QString& message);
    void searchingChanged(bool searching);
    /// The groups' membership has been read (again) and the rows show it.
    void groupsLoaded();
    /// The groups' membership changed while the list has one row per group: its rows are to be read again
    /// (refresh(), by the view, which keeps the selected item).
    void regrouped();
    /// Rows `first` to `last` have been read for the current search (placeholders filled, or rows read
    /// again after a refresh).
    void rowsLoaded(int first, int last);

private:
    static constexpr int ChunkRows = 256;
    using Chunk = std::array<ContentItem, ChunkRows>;
    static const ContentItem& placeholder();
    /// Makes the list `rows` long: chunks added empty (placeholders), those past the end dropped.
    void resizeRows(int rows);
    QCoro::Task<> runFirstPage(SearchQuery query, quint64 generation);
    QCoro::Task<> runNextPage(SearchQuery query, quint64 generation);
    /// Starts fetching the next missing rows wanted (those loadRows() asked for first), if no page is
    /// being fetched.
    void fetchMissing();
    void fetchFrom(int row);
    quint64 startSearch(const SearchQuery& query, bool refreshing);
    /// Stores `page` from `first` on, marks its rows loaded and announces them.
    void storePage(int first, QList<ContentItem> page, const SearchCursor& next);
    /// Stores `page` from `first` on and marks its rows loaded, unannounced; returns the rows stored.
    int fillPage(int first, QList<ContentItem> page, const SearchCursor& next);
    /// The results of a refresh's first page: the rows' count follows the new total, every row is to be read
    /// again and shows what it showed until then.
    void applyRefresh(SearchResult result);
    void setSearching(bool searching);
    QCoro::Task<> loadGroups(quint64 generation);

    LibraryService* m_service;
    SearchQuery m_query;
    /// The rows, ChunkRows to a chunk, each made when a page fills one of its rows (null: placeholders).
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    int m_rowCount = 0;
    std::vector<bool> m_loaded; ///< per row: read for the current search
    int m_loadedCount = 0;
    int m_loadedPrefix = 0; ///< rows loaded from the top without a gap
    qint64 m_total = -1;
    /// Where a loaded page ended: the row after it -> the cursor a page starting there continues from.
    QHash<int, SearchCursor> m_cursors;
    int m_wantFirst = 0; ///< the rows loadRows() last asked for
    int m_wantLast = -1;
    bool m_wantNextPage = false;
    int m_wantRow = -1; ///< the row loadRow() asked for
    quint64 m_generation = 0;
    bool m_refreshing = false; ///< the generation's first page refreshes the rows rather than replacing them
    bool m_searching = false;
    bool m_removingRows = false;
    bool m_fetchingMore = false;
    int m_staleDropped = 0;
    /// The groups as last read, and the group of every member's id (an index into m_groups).
    QList<ClipGroup> m_groups;
    QHash<qint64, qsizetype> m_groupOf;
    quint64 m_groupsGeneration = 0;
    QTimer m_groupsAfterChange;
};

} // namespace sv
