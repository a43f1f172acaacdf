#include "sync/SyncOutcome.h"

#include <QJsonArray>

namespace sv {

QString SyncOutcome::statusId(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QJsonObject SyncOutcome::toJson() const
{
    QJsonObject o{
        {QStringLiteral("platform"), platformId(platform)},
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("account_name"), accountName},
        {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("incremental"), incremental},
        {QStringLiteral("pages"), progress.pages},
        {QStringLiteral("items_fetched"), progress.items},
        {QStringLiteral("new_items"), progress.newItems},
        {QStringLiteral("statistics_refreshed"), statisticsRefreshed},
        {QStringLiteral("items_pruned"), itemsPruned},
        {QStringLiteral("item_count"), itemCount},
        {QStringLiteral("units_reported"), unitsReported},
        {QStringLiteral("units_pending"), unitsPending},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
    if (errorKind)
        o.insert(QStringLiteral("error_kind"), PlatformError::kindName(*errorKind));
    if (!errorMessage.isEmpty())
        o.insert(QStringLiteral("error"), errorMessage);
    if (reconnectNeeded)
        o.insert(QStringLiteral("reconnect_needed"), true);
    if (!notices.isEmpty())
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices));
    return o;
}

} // namespace sv
