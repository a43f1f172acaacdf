#pragma once

#include "library/ContentItem.h"
#include "library/SearchQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <QCoro/QCoroTask>

namespace sv {

class LibraryService;

/// The search results shown by the content view, one page at a time.
///
/// setQuery() starts a new search generation: the first page is fetched through LibraryService
/// (off the UI thread) and replaces the rows when it arrives; a result of an older generation is
/// dropped, so a slow query can never overwrite a newer one. Further pages are loaded on demand by
/// the view through canFetchMore()/fetchMore(), each after the last row of the one before (keyset paging:
/// a page deep in a long list costs what the first one costs), or at a growing offset where the sort has
/// no keyset (ranked and computed orders).
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
        ThumbnailUrlRole,    ///< QUrl of the item's picture (empty when it has none)
        CrossPostedOnRole,   ///< QVariantList of the Platform (int) of the item's group mates; empty: none
        CrossPostedTextRole, ///< "Also on TikTok, Instagram"; empty when the item is in no group
    };

    explicit ContentListModel(LibraryService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Replaces the results with the first page of `query` (its limit is the page size, its offset is
    /// ignored). Returns the generation of this search.
    quint64 setQuery(const SearchQuery& query);
    /// Runs the current query again (e.g. after the library changed).
    quint64 refresh();
    SearchQuery query() const { return m_query; }

    const ContentItem& itemAt(int row) const { return m_items.at(row); }
    /// All matches of the current query, in all pages; -1 before the first page arrived.
    qint64 total() const { return m_total; }
    quint64 generation() const { return m_generation; }
    bool isSearching() const { return m_searching; }
    /// How many results arrived after a newer search had started and were thrown away.
    int staleResultsDropped() const { return m_staleDropped; }
    /// The platforms of the other members of `item`'s cross-posted group (none when it has no group), as
    /// last read: the groups' membership is read once per change of the library or of the groups, off the
    /// UI thread, never per row.
    QList<Platform> crossPostedOn(const ContentItem& item) const;
    /// Reads the groups' membership again now (when the groups changed).
    void refreshGroups();
    /// After a change of the content, the groups are read again once the changes pause this long: a read
    /// recomputes the automatic groups when the content changed (a whole-library pass on the library's
    /// thread), not worth doing for every page a sync writes; a sync's own recompute at its end announces
    /// clipGroupsChanged(), read at once.
    static constexpr int GroupsAfterChangeDelayMs = 1500;
    /// The size of the page after `loaded` rows, the first page having `firstPage`: half the rows loaded,
    /// from the first page's size up to LargestPage. A long list is then paged in a few large steps rather
    /// than thousands of small ones: each page appended makes the list view lay out all its rows again (its
    /// work grows with the list), and asks the library once more.
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

private:
    QCoro::Task<> runFirstPage(SearchQuery query, quint64 generation);
    QCoro::Task<> runNextPage(SearchQuery query, quint64 generation);
    void setSearching(bool searching);
    QCoro::Task<> loadGroups(quint64 generation);

    LibraryService* m_service;
    SearchQuery m_query;
    QList<ContentItem> m_items;
    qint64 m_total = -1;
    SearchCursor m_next; ///< where the next page starts (keyset paging), from the last page that arrived
    quint64 m_generation = 0;
    bool m_searching = false;
    bool m_fetchingMore = false;
    int m_staleDropped = 0;
    /// "platform:external id" of every grouped item -> its group mates' platforms.
    QHash<QString, QList<Platform>> m_groupMates;
    quint64 m_groupsGeneration = 0;
    QTimer m_groupsAfterChange;
};

} // namespace sv
