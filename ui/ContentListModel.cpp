#include "ContentListModel.h"

#include "Format.h"
#include "library/ClipGroups.h"
#include "library/LibraryService.h"

#include <QPointer>

namespace sv {

namespace {
QString groupKey(Platform platform, const QString& externalId)
{
    return platformId(platform) + QLatin1Char(':') + externalId;
}
} // namespace

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
    return m_groupMates.value(groupKey(item.platform, item.externalId));
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
    QHash<QString, QList<Platform>> mates;
    for (const ClipGroup& group : groups.value()) {
        for (const ContentItem& member : group.members) {
            QList<Platform>& others = mates[groupKey(member.platform, member.externalId)];
            for (const ContentItem& other : group.members) {
                if (other.platform != member.platform || other.externalId != member.externalId)
                    others.append(other.platform);
            }
        }
    }
    m_groupMates = std::move(mates);
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1),
                         {CrossPostedOnRole, CrossPostedTextRole, Qt::AccessibleTextRole});
    emit groupsLoaded();
}

int ContentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ContentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::ToolTipRole:
        if (!Format::hasMetric(item, Format::Metric::Views))
            return QStringLiteral("%1\n%2").arg(item.title,
                                                Format::missingReason(item, Format::Metric::Views));
        return item.title;
    case Qt::AccessibleTextRole: {
        //: Screen-reader text of one result: title, platform, date, views
        const QString text = tr("%1, %2, %3, %4")
                                 .arg(item.title, platformDisplayName(item.platform),
                                      Format::shortDate(item.publishedAt), Format::viewsOf(item));
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
        return Format::hasMetric(item, Format::Metric::Views) ? QVariant(item.views) : QVariant();
    case ViewsTextRole:
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
    return names;
}

bool ContentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetchingMore && !m_searching && m_total > m_items.size();
}

void ContentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    SearchQuery next = m_query;
    next.offset = int(m_items.size());
    next.limit = nextPageSize(m_query.limit, int(m_items.size()));
    next.after = m_next; // keyset paging where the sort allows it: the page starts after the last row
    next.knownTotal = m_total;
    m_fetchingMore = true;
    runNextPage(next, m_generation);
}

quint64 ContentListModel::setQuery(const SearchQuery& query)
{
    m_query = query;
    m_query.offset = 0;
    if (m_query.limit <= 0)
        m_query.limit = 50;
    ++m_generation;
    m_fetchingMore = false;
    setSearching(true);
    runFirstPage(m_query, m_generation);
    if (m_groupsGeneration == 0)
        refreshGroups(); // the first page's groups; later ones follow the library's changes
    return m_generation;
}

quint64 ContentListModel::refresh()
{
    const quint64 generation = setQuery(m_query);
    m_groupsAfterChange.start(); // restarted by every change: read once they pause
    return generation;
}

QCoro::Task<> ContentListModel::runFirstPage(SearchQuery query, quint64 generation)
{
    QPointer<ContentListModel> self(this);
    const LibrarySearchOutcome outcome = co_await m_service->search(query);
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
    beginResetModel();
    m_items = outcome.result.items;
    m_total = outcome.result.total;
    m_next = outcome.result.next;
    endResetModel();
    emit resultsReady(generation);
}

QCoro::Task<> ContentListModel::runNextPage(SearchQuery query, quint64 generation)
{
    QPointer<ContentListModel> self(this);
    const LibrarySearchOutcome outcome = co_await m_service->search(query);
    if (!self)
        co_return;
    if (generation != m_generation) {
        ++m_staleDropped;
        co_return;
    }
    m_fetchingMore = false;
    if (outcome.isSuperseded())
        co_return; // the view asks again when it still needs the rows
    if (!outcome.isOk()) {
        emit searchFailed(outcome.error.message);
        co_return;
    }
    const auto& page = outcome.result.items;
    if (!page.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_items.append(page);
        endInsertRows();
        m_next = outcome.result.next;
    }
    m_total = page.isEmpty() ? qint64(m_items.size()) : outcome.result.total;
}

void ContentListModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
}

} // namespace sv
