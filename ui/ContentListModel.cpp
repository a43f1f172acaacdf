#include "ContentListModel.h"

#include "Format.h"
#include "Plural.h"
#include "ThreadPriority.h"
#include "library/ClipGroups.h"
#include "library/ClipSums.h"
#include "library/LibraryService.h"

#include <QPointer>
#include <QThreadPool>

namespace sv {

ContentListModel::ContentListModel(LibraryService* service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(m_service, &LibraryService::clipGroupsChanged, this, &ContentListModel::refreshGroups,
            Qt::QueuedConnection);
    m_groupsAfterChange.setSingleShot(true);
    m_groupsAfterChange.setInterval(GroupsAfterChangeDelayMs);
    connect(&m_groupsAfterChange, &QTimer::timeout, this, &ContentListModel::refreshGroups);
}

QList<Platform> ContentListModel::crossPostedOn(const ContentItem& item) const
{
    const auto group = m_groupOf.constFind(item.id);
    if (group == m_groupOf.cend())
        return {};
    QList<Platform> others;
    for (const ContentItem& member : m_groups.at(*group).members) {
        if (member.id != item.id && !item.groupedWith.contains(member.id))
            others.append(member.platform);
    }
    return others;
}

QList<ContentItem> ContentListModel::postsOf(const ContentItem& item) const
{
    const auto group = m_groupOf.constFind(item.id);
    if (item.groupedWith.isEmpty() || group == m_groupOf.cend())
        return {item};
    QList<ContentItem> posts;
    for (const ContentItem& member : m_groups.at(*group).members) {
        if (member.id == item.id)
            posts.append(item);
        else if (item.groupedWith.contains(member.id))
            posts.append(member);
    }
    return posts;
}

std::optional<ClipMetricSum> ContentListModel::entryViews(const ContentItem& item) const
{
    // Sorted by views, a group's row is where its most viewed post is, and shows that post's views.
    if (item.groupedWith.isEmpty() || m_query.sort == SearchSort::MostViewed)
        return std::nullopt;
    const QList<ContentItem> posts = postsOf(item);
    if (posts.size() < 2)
        return std::nullopt;
    return clipSum(posts, ClipMetric::Views);
}

QString ContentListModel::groupFigures(const ContentItem& item) const
{
    if (item.groupedWith.isEmpty())
        return {}; // a row of one post (most rows, asked at every paint): nothing to gather
    const QList<ContentItem> posts = postsOf(item);
    if (posts.size() < 2)
        return {};
    const ClipMetric metric = m_query.sort == SearchSort::MostLiked       ? ClipMetric::Likes
                              : m_query.sort == SearchSort::MostCommented ? ClipMetric::Comments
                                                                          : ClipMetric::Views;
    const auto figure = [metric](qint64 count) {
        switch (metric) {
        case ClipMetric::Likes:
            return Format::likes(count);
        case ClipMetric::Comments:
            return Format::comments(count);
        case ClipMetric::Views:
        case ClipMetric::Shares:
            break;
        }
        return Format::views(count);
    };
    QStringList each;
    for (const ContentItem& post : posts) {
        const auto value = clipFigure(post, metric);
        //: One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")
        each.append(tr("%1 %2").arg(platformDisplayName(post.platform),
                                    value ? QLocale().toString(*value) : Format::missing()));
    }
    const ClipMetricSum sum = clipSum(posts, metric);
    // Likes and comments are given by every platform; the views maybe by none (Instagram media).
    const QString total = sum.sum ? figure(*sum.sum) : Format::unknownViews();
    //: A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each
    //: platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")
    return tr("%1 in all: %2").arg(total, each.join(QStringLiteral(" · ")));
}

void ContentListModel::refreshGroups()
{
    m_groupsAfterChange.stop();
    loadGroups(++m_groupsGeneration);
}

QCoro::Task<> ContentListModel::loadGroups(quint64 generation)
{
    QPointer<ContentListModel> self(this);
    const auto groups = co_await m_service->clipGroups();
    if (!self || generation != m_groupsGeneration || !groups)
        co_return;
    // A row per group lists its mates as the groups were when its page was read: rows read again when the
    // membership changed (never for new figures alone, which each page reads with its rows).
    const auto membership = [](const QList<ClipGroup>& all) {
        QList<QList<qint64>> ids;
        for (const ClipGroup& group : all) {
            QList<qint64> members;
            for (const ContentItem& member : group.members)
                members.append(member.id);
            std::sort(members.begin(), members.end());
            ids.append(members);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const bool membershipChanged = membership(groups.value()) != membership(m_groups);
    m_groups = groups.value();
    m_groupOf.clear();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (const ContentItem& member : m_groups.at(g).members)
            m_groupOf.insert(member.id, g);
    }
    if (m_rowCount > 0)
        emit dataChanged(index(0), index(m_rowCount - 1),
                         {CrossPostedOnRole, CrossPostedTextRole, GroupedOnRole, GroupFiguresRole,
                          Qt::AccessibleTextRole});
    if (membershipChanged && m_query.oneRowPerGroup && m_generation > 0)
        emit regrouped();
    emit groupsLoaded();
}

int ContentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

const ContentItem& ContentListModel::placeholder()
{
    static const ContentItem none;
    return none;
}

void ContentListModel::resizeRows(int rows)
{
    const int chunks = (rows + ChunkRows - 1) / ChunkRows;
    if (rows < m_rowCount && rows % ChunkRows != 0 && m_chunks[size_t(chunks - 1)]) {
        // The rows cut off in the last chunk kept are placeholders again, should the list grow back.
        for (int row = rows % ChunkRows; row < ChunkRows; ++row)
            (*m_chunks[size_t(chunks - 1)])[size_t(row)] = ContentItem();
    }
    m_chunks.resize(size_t(chunks));
    m_rowCount = rows;
}

QModelIndex ContentListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0 || parent.isValid() || row >= m_rowCount)
        return {};
    return createIndex(row, column);
}

QVariant ContentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem& item = itemAt(index.row());
    if (item.id == 0) {
        // A placeholder until its page arrives.
        switch (role) {
        case PlaceholderRole:
            return true;
        case Qt::AccessibleTextRole:
            //: Screen-reader text of a result whose details are still being read from the library
            return tr("Loading…");
        default:
            return {};
        }
    }
    switch (role) {
    case PlaceholderRole:
        return false;
    case Qt::DisplayRole:
        return item.title;
    case Qt::ToolTipRole:
        if (!Format::hasMetric(item, Format::Metric::Views))
            return QStringLiteral("%1\n%2").arg(item.title,
                                                Format::missingReason(item, Format::Metric::Views));
        return item.title;
    case Qt::AccessibleTextRole: {
        //: Screen-reader text of one result: title, platform, date, views
        QString text = tr("%1, %2, %3, %4")
                           .arg(item.title, platformDisplayName(item.platform),
                                Format::shortDate(item.publishedAt), data(index, ViewsTextRole).toString());
        if (const QString figure = sortFigure(item); !figure.isEmpty())
            text += QStringLiteral(", ") + figure;
        if (const QString figures = groupFigures(item); !figures.isEmpty())
            text += QStringLiteral(", ") + figures;
        const QString crossPosted = data(index, CrossPostedTextRole).toString();
        return crossPosted.isEmpty() ? text : text + QStringLiteral(", ") + crossPosted;
    }
    case ItemIdRole:
        return item.id;
    case PlatformRole:
        return int(item.platform);
    case KindRole:
        return item.kind;
    case PublishedRole:
        return item.publishedAt;
    case DurationRole:
        return item.durationS;
    case ViewsRole:
        if (const auto summed = entryViews(item))
            return summed->sum ? QVariant(*summed->sum) : QVariant();
        return Format::hasMetric(item, Format::Metric::Views) ? QVariant(item.views) : QVariant();
    case ViewsTextRole:
        if (const auto summed = entryViews(item))
            return summed->sum ? Format::views(*summed->sum) : Format::unknownViews();
        return Format::viewsOf(item);
    case UrlRole:
        return item.url;
    case ThumbnailUrlRole:
        return QUrl(item.thumbnailUrl);
    case CrossPostedOnRole: {
        QVariantList platforms;
        for (const Platform platform : crossPostedOn(item))
            platforms.append(int(platform));
        return platforms;
    }
    case SortFigureRole:
        return sortFigure(item);
    case GroupedOnRole: {
        QVariantList platforms;
        if (item.groupedWith.isEmpty())
            return platforms; // a row of one post, asked at every paint
        if (const QList<ContentItem> posts = postsOf(item); posts.size() > 1) {
            for (const ContentItem& post : posts)
                platforms.append(int(post.platform));
        }
        return platforms;
    }
    case GroupFiguresRole:
        return groupFigures(item);
    case CrossPostedTextRole: {
        QStringList names;
        for (const Platform platform : crossPostedOn(item))
            names.append(platformDisplayName(platform));
        //: A result cross-posted on other platforms; %1 lists them ("TikTok, Instagram")
        return names.isEmpty() ? QString() : tr("Also on %1").arg(names.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QString ContentListModel::sortFigure(const ContentItem& item) const
{
    switch (m_query.sort) {
    case SearchSort::MostLiked:
        return Format::likes(item.likes);
    case SearchSort::MostCommented:
        return Format::comments(item.comments);
    case SearchSort::Engagement:
        if (const auto rate = Format::engagementRate(item))
            //: The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")
            return tr("%1 engagement").arg(Format::percent(*rate));
        //: A result sorted by engagement whose rate is not known (no views)
        return tr("— engagement");
    case SearchSort::ViewsGained:
        if (item.viewsGained)
            //: The views a result gained in the sort's period; %1 is a signed count ("+1,234")
            return tr("%1 view(s) gained", nullptr, pluralCount(*item.viewsGained))
                .arg(Format::signedCount(*item.viewsGained));
        //: A result sorted by views gained whose views are not known
        return tr("— views gained");
    case SearchSort::Relevance:
    case SearchSort::Newest:
    case SearchSort::MostViewed:
        break;
    }
    return {};
}

QHash<int, QByteArray> ContentListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(ViewsTextRole, "viewsText");
    names.insert(PlatformRole, "platform");
    names.insert(KindRole, "kind");
    names.insert(PublishedRole, "published");
    names.insert(DurationRole, "duration");
    names.insert(ViewsRole, "views");
    names.insert(UrlRole, "url");
    names.insert(ThumbnailUrlRole, "thumbnailUrl");
    names.insert(CrossPostedOnRole, "crossPostedOn");
    names.insert(CrossPostedTextRole, "crossPostedText");
    names.insert(PlaceholderRole, "placeholder");
    names.insert(SortFigureRole, "sortFigure");
    names.insert(GroupedOnRole, "groupedOn");
    names.insert(GroupFiguresRole, "groupFigures");
    return names;
}

void ContentListModel::loadRows(int first, int last)
{
    m_wantFirst = std::max(0, first);
    m_wantLast = std::min(last, m_rowCount - 1);
    fetchMissing();
}

bool ContentListModel::canLoadNextPage() const
{
    return !m_searching && m_loadedPrefix < m_rowCount;
}

void ContentListModel::loadNextPage()
{
    m_wantNextPage = true;
    fetchMissing();
}

void ContentListModel::loadRow(int row)
{
    m_wantRow = row;
    fetchMissing();
}

void ContentListModel::fetchMissing()
{
    if (m_searching || m_fetchingMore)
        return;
    if (m_wantRow >= 0 && m_wantRow < int(m_loaded.size()) && !m_loaded[size_t(m_wantRow)]) {
        fetchFrom(m_wantRow); // asked for again until it is loaded (a superseded page)
        return;
    }
    m_wantRow = -1;
    for (int row = m_wantFirst; row <= m_wantLast && row < int(m_loaded.size()); ++row) {
        if (!m_loaded[row]) {
            fetchFrom(row);
            return;
        }
    }
    if (m_wantNextPage) {
        m_wantNextPage = false;
        if (m_loadedPrefix < m_rowCount)
            fetchFrom(m_loadedPrefix);
    }
}

void ContentListModel::fetchFrom(int row)
{
    // The page runs to the next loaded row, at most one page size long.
    const int size = nextPageSize(m_query.limit, m_loadedCount);
    int end = row;
    while (end < int(m_loaded.size()) && end - row < size && !m_loaded[end])
        ++end;
    SearchQuery next = m_query;
    next.offset = row;
    next.limit = end - row;
    next.after = m_cursors.value(row); // keyset paging where a loaded page ends here and the sort allows it
    next.knownTotal = m_total;
    m_fetchingMore = true;
    runNextPage(next, m_generation);
}

quint64 ContentListModel::setQuery(const SearchQuery& query)
{
    return startSearch(query, false);
}

quint64 ContentListModel::startSearch(const SearchQuery& query, bool refreshing)
{
    m_query = query;
    m_query.offset = 0;
    m_query.after = {};
    m_query.knownTotal = -1;
    if (m_query.limit <= 0)
        m_query.limit = 50;
    ++m_generation;
    m_refreshing = refreshing;
    m_fetchingMore = false;
    m_wantNextPage = false;
    m_wantRow = -1;
    if (!refreshing) {
        // A refresh reads the rows on screen again at once; a new search waits for the view to say.
        m_wantFirst = 0;
        m_wantLast = -1;
    }
    setSearching(true);
    runFirstPage(m_query, m_generation);
    if (m_groupsGeneration == 0)
        refreshGroups(); // the first page's groups; later ones follow the library's changes
    return m_generation;
}

quint64 ContentListModel::refresh()
{
    // In place once the rows of this query are there, also over a refresh whose first page is still to come
    // (a sync's changes arrive faster than a busy library answers); a new search's first page still resets.
    const quint64 generation = startSearch(m_query, m_total >= 0 && (!m_searching || m_refreshing));
    m_groupsAfterChange.start(); // restarted by every change: read once they pause
    return generation;
}

QCoro::Task<> ContentListModel::runFirstPage(SearchQuery query, quint64 generation)
{
    QPointer<ContentListModel> self(this);
    // Not const: its items are moved into the rows (a copy of a shared list would detach and copy up to a
    // page of items on the UI thread).
    LibrarySearchOutcome outcome = co_await m_service->search(query);
    if (!self)
        co_return;
    if (generation != m_generation) {
        ++m_staleDropped;
        co_return;
    }
    if (outcome.isSuperseded()) {
        // Another client of the shared service searched meanwhile; this query is still wanted.
        runFirstPage(query, generation);
        co_return;
    }
    setSearching(false);
    if (!outcome.isOk()) {
        emit searchFailed(outcome.error.message);
        co_return;
    }
    if (m_refreshing) {
        applyRefresh(std::move(outcome.result));
    } else {
        const int total = int(std::max<qint64>(outcome.result.total, outcome.result.items.size()));
        beginResetModel();
        // Freeing a long list's strings takes a while: done on a background thread, off the UI thread. The
        // rows are stored in chunks made as their pages arrive: a list of 100,000 placeholders costs a few
        // hundred pointers.
        backgroundPool()->start(
            lowered(ThreadPriority::Background, [old = std::make_shared<std::vector<std::unique_ptr<Chunk>>>(
                                                     std::move(m_chunks))]() mutable { old.reset(); }));
        m_chunks.clear();
        m_rowCount = 0;
        resizeRows(total);
        m_loaded.assign(size_t(total), false);
        m_loadedCount = 0;
        m_loadedPrefix = 0;
        m_cursors.clear();
        m_total = total;
        fillPage(0, std::move(outcome.result.items), outcome.result.next);
        endResetModel();
    }
    emit resultsReady(generation);
    fetchMissing();
}

void ContentListModel::applyRefresh(SearchResult result)
{
    const int before = m_rowCount;
    const int total = int(std::max<qint64>(result.total, result.items.size()));
    if (total > before) {
        beginInsertRows({}, before, total - 1);
        resizeRows(total);
        m_loaded.resize(size_t(total));
        endInsertRows();
    } else if (total < before) {
        m_removingRows = true;
        beginRemoveRows({}, total, before - 1);
        resizeRows(total);
        m_loaded.resize(size_t(total));
        endRemoveRows();
        m_removingRows = false;
    }
    m_loaded.assign(size_t(total), false);
    m_loadedCount = 0;
    m_loadedPrefix = 0;
    m_cursors.clear();
    m_total = total;
    storePage(0, std::move(result.items), result.next);
}

void ContentListModel::storePage(int first, QList<ContentItem> page, const SearchCursor& next)
{
    const int count = fillPage(first, std::move(page), next);
    if (count <= 0)
        return;
    emit dataChanged(index(first), index(first + count - 1));
    emit rowsLoaded(first, first + count - 1);
}

int ContentListModel::fillPage(int first, QList<ContentItem> page, const SearchCursor& next)
{
    const int count = std::min(int(page.size()), m_rowCount - first);
    if (count <= 0)
        return 0;
    for (int i = 0; i < count; ++i) {
        const int row = first + i;
        std::unique_ptr<Chunk>& chunk = m_chunks[size_t(row / ChunkRows)];
        if (!chunk)
            chunk = std::make_unique<Chunk>();
        (*chunk)[size_t(row % ChunkRows)] = std::move(page[i]);
        if (!m_loaded[size_t(first + i)]) {
            m_loaded[size_t(first + i)] = true;
            ++m_loadedCount;
        }
    }
    if (next.valid)
        m_cursors.insert(first + count, next);
    while (m_loadedPrefix < int(m_loaded.size()) && m_loaded[size_t(m_loadedPrefix)])
        ++m_loadedPrefix;
    return count;
}

QCoro::Task<> ContentListModel::runNextPage(SearchQuery query, quint64 generation)
{
    QPointer<ContentListModel> self(this);
    // Not const: its items are moved into the rows (a copy of a shared list would detach and copy up to a
    // page of items on the UI thread).
    LibrarySearchOutcome outcome = co_await m_service->search(query);
    if (!self)
        co_return;
    if (generation != m_generation) {
        ++m_staleDropped;
        co_return;
    }
    m_fetchingMore = false;
    if (outcome.isSuperseded()) {
        fetchMissing(); // still wanted: asked again
        co_return;
    }
    if (!outcome.isOk()) {
        emit searchFailed(outcome.error.message);
        co_return;
    }
    if (outcome.result.items.isEmpty()) {
        // Fewer matches than counted (the library changed; its refresh follows): the rows asked for stay
        // placeholders rather than being asked for again and again.
        const int last = std::min(query.offset + query.limit, int(m_loaded.size())) - 1;
        for (int row = query.offset; row <= last; ++row) {
            if (!m_loaded[size_t(row)]) {
                m_loaded[size_t(row)] = true;
                ++m_loadedCount;
            }
        }
        // Settled all the same: a reveal or a reselection waiting on these rows goes on.
        if (last >= query.offset)
            emit rowsLoaded(query.offset, last);
    } else {
        storePage(query.offset, std::move(outcome.result.items), outcome.result.next);
    }
    fetchMissing();
}

void ContentListModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
}

} // namespace sv
