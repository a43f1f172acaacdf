#include "sync/SyncOutcome.h"

#include "config/AppConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include "Plural.h"

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

std::optional<std::chrono::milliseconds> SyncProgress::remaining() const
{
    if (!totalItems || *totalItems <= items || items <= 0 || elapsedMs <= 0)
        return std::nullopt;
    const double perItem = double(elapsedMs) / double(items);
    return std::chrono::milliseconds(qint64(perItem * double(*totalItems - items)));
}

QString SyncProgress::text() const
{
    if (!totalItems || *totalItems <= 0)
        return QCoreApplication::translate("sv::SyncOutcome", "%Ln item(s)", nullptr, pluralCount(items));
    QString line = QCoreApplication::translate("sv::SyncOutcome", "%1 of about %Ln item(s)", nullptr,
                                               pluralCount(*totalItems))
                       .arg(QLocale().toString(items));
    if (const auto left = remaining()) {
        const qint64 minutes = (left->count() + 59'999) / 60'000;
        line = QCoreApplication::translate("sv::SyncOutcome", "%1, %2")
                   .arg(line, left->count() < 60'000
                                  ? QCoreApplication::translate("sv::SyncOutcome", "less than a minute left")
                                  : QCoreApplication::translate("sv::SyncOutcome", "about %Ln minute(s) left",
                                                                nullptr, pluralCount(minutes)));
    }
    return line;
}

QString SyncOutcome::summary() const
{
    const qint64 added = progress.newItems;
    const qint64 updated = qMax<qint64>(0, progress.items - progress.newItems);
    if (added == 0 && updated == 0)
        return QCoreApplication::translate("sv::SyncOutcome", "no new items");
    QString parts =
        QCoreApplication::translate("sv::SyncOutcome", "%Ln new item(s)", nullptr, pluralCount(added));
    if (updated > 0)
        parts =
            QCoreApplication::translate("sv::SyncOutcome", "%1, %Ln updated", nullptr, pluralCount(updated))
                .arg(parts);
    return parts;
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
