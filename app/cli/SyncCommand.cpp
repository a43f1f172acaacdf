#include "SyncCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "sync/SyncManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <QCoro/QCoroTask>

namespace sv::cli {

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Fetch new items of the connected accounts into the library.");
}

CommandSpec SyncCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("sync [options] [PLATFORM...]");
    s.description =
        tr("Syncs the connected accounts of the named platforms (all connected accounts when none is named): "
           "new items are added, known ones updated, and the statistics of recent items refreshed. Progress "
           "is printed to standard error, one line per page. The new items are counted against your plan "
           "(beyond the quota they are billed as overage). The exit status is 2 if any sync failed.");
    s.arguments = {{tr("PLATFORM"), tr("youtube, instagram or tiktok.")}};
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("json")}, tr("Print the summary as a JSON document."))};
    return s;
}

int SyncCommand::run(CliContext& context, const QString&)
{
    QList<Platform> platforms;
    if (auto parsed = parsePlatforms(context.args().positionalArguments(), &platforms); !parsed)
        return context.usageError(parsed.error());
    CliSession session(context);
    if (auto ready = session.initSync(); !ready)
        return context.runtimeError(ready.error());
    SyncManager& manager = session.syncManager();
    if (platforms.isEmpty() && manager.accounts().isEmpty())
        return context.runtimeError(
            tr("no account is connected: run “%1 connect PLATFORM” first.").arg(CliContext::programName()));

    QObject guard;
    QObject::connect(&manager, &SyncManager::syncProgress, &guard,
                     [&context](Platform p, const SyncProgress& progress) {
                         if (!progress.retryNotice.isEmpty()) {
                             // Waiting to retry a request or a page: say why and for how long.
                             context.err() << platformId(p) << ": " << progress.retryNotice << '\n';
                             context.err().flush();
                             return;
                         }
                         QString line = tr("%1: page %2, %3 items (%4 new)")
                                            .arg(platformId(p))
                                            .arg(progress.pages)
                                            .arg(progress.items)
                                            .arg(progress.newItems);
                         if (progress.totalItems)
                             line += QStringLiteral(" (") + progress.text() + QLatin1Char(')');
                         context.err() << line << '\n';
                         context.err().flush();
                     });
    QObject::connect(&manager, &SyncManager::syncNotice, &guard,
                     [&context](Platform p, const QString& message) {
                         context.warning(platformId(p) + QStringLiteral(": ") + message);
                         context.err().flush();
                     });
    const QList<SyncOutcome> outcomes = QCoro::waitFor(manager.syncAndWait(platforms));

    bool failed = false;
    for (const SyncOutcome& o : outcomes)
        failed = failed || !o.succeeded();
    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SyncOutcome& o : outcomes)
            list.append(o.toJson());
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("syncs"), list}}).toJson(QJsonDocument::Indented));
    } else {
        for (const SyncOutcome& o : outcomes) {
            const QString name = platformDisplayName(o.platform);
            if (o.succeeded())
                context.out() << tr("%1: %2; %3 in the library.")
                                     .arg(name, o.summary(), QLocale().toString(o.itemCount))
                              << '\n';
            else if (o.status == SyncOutcome::Status::Cancelled)
                context.out() << tr("%1: cancelled.").arg(name) << '\n';
            else
                context.out() << tr("%1: failed: %2").arg(name, oneLine(o.errorMessage)) << '\n';
        }
    }
    for (const SyncOutcome& o : outcomes) {
        if (!o.succeeded() && o.status != SyncOutcome::Status::Cancelled) {
            context.err()
                << CliContext::programName() << ": "
                << tr("error: %1 sync failed: %2").arg(platformId(o.platform), oneLine(o.errorMessage))
                << '\n';
            if (o.reconnectNeeded)
                context.err() << tr("Run “%1 connect %2” to reconnect the account.")
                                     .arg(CliContext::programName(), platformId(o.platform))
                              << '\n';
        }
    }
    return failed ? ExitRuntime : ExitOk;
}

} // namespace sv::cli
