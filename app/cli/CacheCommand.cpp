#include "CacheCommand.h"

#include "CliContext.h"
#include "Clock.h"
#include "TextTable.h"
#include "cache/LayeredCache.h"
#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace sv::cli {

namespace {

const QString kStats = QStringLiteral("stats");
const QString kClear = QStringLiteral("clear");

/// What the persistent layer holds, beyond the row count LayeredCache::stats() reports.
struct StoreSummary
{
    qint64 entries = 0;
    qint64 expired = 0; ///< past their expiry: served only stale, when the backend is unavailable
    qint64 bytes = 0;   ///< total size of the cached values
};

Result<StoreSummary, QString> summarize(const QSqlDatabase& db, qint64 nowMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(expires_at < ?), 0),"
                                  " COALESCE(SUM(length(CAST(value AS BLOB))), 0) FROM cache_store")))
        return q.lastError().text();
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return q.lastError().text();
    StoreSummary s;
    s.entries = q.value(0).toLongLong();
    s.expired = q.value(1).toLongLong();
    s.bytes = q.value(2).toLongLong();
    return s;
}

} // namespace

QString CacheCommand::name() const
{
    return QStringLiteral("cache");
}

QString CacheCommand::summary() const
{
    return tr("Inspect or empty the cache of backend answers (plans, profile, usage).");
}

QList<CliCommand::Action> CacheCommand::actions() const
{
    return {{kStats, tr("Show the cache counters and what the profile's cache holds.")},
            {kClear, tr("Remove every cached backend answer from the profile.")}};
}

CommandSpec CacheCommand::spec(const QString& action) const
{
    CommandSpec s;
    if (action == kClear) {
        s.usage = tr("cache clear [options]");
        s.description = tr("Removes every cached backend answer stored in the profile's library and "
                           "prints how many were removed. The content library itself is not touched; "
                           "the next online start fetches fresh answers.");
        return s;
    }
    s.usage = tr("cache stats [options]");
    s.description =
        tr("Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), "
           "and the entries stored in the profile's library: how many, how many expired (served only "
           "when the backend is unreachable) and their size in bytes.");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int CacheCommand::run(CliContext& context, const QString& action)
{
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("cache %1 takes no arguments").arg(action));
    if (action == kClear)
        return runClear(context);
    return runStats(context);
}

int CacheCommand::runStats(CliContext& context)
{
    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    Clock& clock = Clock::system();
    // The command's only connection to the file: the store runs on it, on this thread.
    auto owned = std::make_unique<SqliteCacheStore>(db.connection());
    SqliteCacheStore* store = owned.get();
    LayeredCache cache(std::move(owned), clock);
    const CacheStats stats = cache.stats();
    if (stats.sqliteEntries < 0)
        return context.runtimeError(tr("cannot read the cache: %1").arg(store->lastError()));
    const auto summary = summarize(db.connection(), clock.nowMs());
    if (!summary)
        return context.runtimeError(tr("cannot read the cache: %1").arg(summary.error()));

    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonObject doc = stats.toJson();
        QJsonObject sqlite = doc.value(QStringLiteral("sqlite")).toObject();
        sqlite.insert(QStringLiteral("entries"), summary->entries);
        sqlite.insert(QStringLiteral("expired"), summary->expired);
        sqlite.insert(QStringLiteral("bytes"), summary->bytes);
        doc.insert(QStringLiteral("sqlite"), sqlite);
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    TextTable table(
        {TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right});
    table.setHeader({tr("LAYER"), tr("HITS"), tr("MISSES"), tr("ENTRIES")});
    table.addRow({tr("memory"), QString::number(stats.memory.hits), QString::number(stats.memory.misses),
                  QString::number(stats.memoryEntries)});
    table.addRow({tr("sqlite"), QString::number(stats.sqlite.hits), QString::number(stats.sqlite.misses),
                  QString::number(summary->entries)});
    table.print(context.out());
    context.out() << '\n'
                  << tr("Stored in the library: %1 entries, %2 expired, %3 bytes.")
                         .arg(summary->entries)
                         .arg(summary->expired)
                         .arg(summary->bytes)
                  << '\n';
    return ExitOk;
}

int CacheCommand::runClear(CliContext& context)
{
    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    SqliteCacheStore store(db.connection());
    // An empty prefix matches every key: the whole table, in one statement.
    const int removed = store.removePrefix(QString());
    if (removed < 0)
        return context.runtimeError(tr("cannot clear the cache: %1").arg(store.lastError()));
    context.out() << tr("Removed %n cached answer(s).", nullptr, removed) << '\n';
    return ExitOk;
}

} // namespace sv::cli
