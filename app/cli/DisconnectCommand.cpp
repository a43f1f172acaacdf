#include "DisconnectCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "sync/SyncManager.h"

#include <QCoro/QCoroTask>

namespace sv::cli {

QString DisconnectCommand::name() const
{
    return QStringLiteral("disconnect");
}

QString DisconnectCommand::summary() const
{
    return tr("Disconnect a platform account: revoke access and delete its sign-in.");
}

CommandSpec DisconnectCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("disconnect [options] PLATFORM");
    s.description = tr("Revokes StreamVibe's access where the platform supports it (YouTube), deletes the "
                       "sign-in from the system keychain and forgets the account. Its items stay in the "
                       "library unless --remove-items is given.");
    s.arguments = {{tr("PLATFORM"), tr("youtube, instagram or tiktok.")}};
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("keep-items")},
                           tr("Keep the account's items in the library (the default).")),
        QCommandLineOption(QStringList{QStringLiteral("remove-items")},
                           tr("Also remove the account's items from the library.")),
    };
    return s;
}

int DisconnectCommand::run(CliContext& context, const QString&)
{
    const QStringList words = context.args().positionalArguments();
    if (words.size() != 1)
        return context.usageError(tr("disconnect needs exactly one PLATFORM"));
    const bool keep = context.args().isSet(QStringLiteral("keep-items"));
    const bool remove = context.args().isSet(QStringLiteral("remove-items"));
    if (keep && remove)
        return context.usageError(tr("--keep-items and --remove-items exclude each other"));
    QList<Platform> platforms;
    if (auto parsed = parsePlatforms(words, &platforms); !parsed)
        return context.usageError(parsed.error());
    const Platform platform = platforms.first();

    CliSession session(context);
    if (auto ready = session.initSync(); !ready)
        return context.runtimeError(ready.error());
    struct Outcome
    {
        bool ok = false;
        QString error;
        DisconnectResult result;
    };
    SyncManager& manager = session.syncManager();
    const auto disconnectTask = [&]() -> QCoro::Task<Outcome> {
        const auto r = co_await manager.disconnectPlatform(platform, remove);
        Outcome o;
        if (!r) {
            o.error = r.error();
            co_return o;
        }
        o.ok = true;
        o.result = r.value();
        co_return o;
    };
    const Outcome outcome = QCoro::waitFor(disconnectTask());
    if (!outcome.ok)
        return context.runtimeError(outcome.error);
    if (!outcome.result.notice.isEmpty())
        context.warning(outcome.result.notice);
    context.out() << tr("Disconnected %1.").arg(platformDisplayName(platform)) << ' ';
    if (remove)
        context.out() << tr("Removed %n item(s) from the library.", nullptr, outcome.result.itemsRemoved);
    else
        context.out() << tr("Its items stay in the library.");
    context.out() << '\n';
    return ExitOk;
}

} // namespace sv::cli
