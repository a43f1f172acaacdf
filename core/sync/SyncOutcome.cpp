#include "sync/SyncOutcome.h"

#include "config/AppConfig.h"

#include <QJsonArray>

namespace sv {

SyncOptions SyncOptions::fromConfig(const AppConfig& config)
{
    SyncOptions options;
    const auto seconds = [](const QString& text, std::chrono::milliseconds fallback) {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok && value > 0 ? std::chrono::milliseconds(std::chrono::seconds(value)) : fallback;
    };
    options.requestTimeout = seconds(config.sync.requestTimeout, options.requestTimeout);
    options.pageTimeout = seconds(config.sync.pageTimeout, options.pageTimeout);
    options.jobTimeout = seconds(config.sync.jobTimeout, options.jobTimeout);
    return options;
}

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
    if (historyItems > 0)
        o.insert(QStringLiteral("history_items"), historyItems);
    if (!historyNote.isEmpty())
        o.insert(QStringLiteral("history_note"), historyNote);
    if (!notices.isEmpty())
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices));
    return o;
}

} // namespace sv
