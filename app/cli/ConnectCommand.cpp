#include "ConnectCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "loopback/EnvBrowserLauncher.h"
#include "sync/SyncManager.h"

#include <QCoro/QCoroTask>

namespace sv::cli {

QString ConnectCommand::name() const
{
    return QStringLiteral("connect");
}

QString ConnectCommand::summary() const
{
    return tr("Connect a YouTube, Instagram or TikTok account (sign-in in the browser).");
}

CommandSpec ConnectCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("connect [options] PLATFORM");
    s.description =
        tr("Opens the platform's sign-in page in the browser ($BROWSER, else the desktop's default) "
           "and waits for you to allow StreamVibe to read your published content. The link is "
           "also printed in case no browser opens. The sign-in is kept in the system keychain, "
           "never in a file. Connecting again reconnects the account; another account of the same "
           "platform replaces the connected one (its items stay in the library).");
    s.arguments = {{tr("PLATFORM"), tr("youtube, instagram or tiktok.")}};
    return s;
}

int ConnectCommand::run(CliContext& context, const QString&)
{
    const QStringList words = context.args().positionalArguments();
    if (words.size() != 1)
        return context.usageError(tr("connect needs exactly one PLATFORM"));
    QList<Platform> platforms;
    if (auto parsed = parsePlatforms(words, &platforms); !parsed)
        return context.usageError(parsed.error());
    const Platform platform = platforms.first();

    CliSession session(context);
    if (auto ready = session.initSync(); !ready)
        return context.runtimeError(ready.error());
    SyncManager& manager = session.syncManager();
    QObject guard;
    QObject::connect(&manager, &SyncManager::authorizationUrlReady, &guard,
                     [&context](Platform, const QUrl& url) {
                         context.err() << tr("Sign in in your browser. If it does not open, visit:") << '\n'
                                       << url.toString(QUrl::FullyEncoded) << '\n';
                         context.err().flush();
                     });
    EnvBrowserLauncher browser;
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString name;
        QString id;
    };
    const auto connectTask = [&]() -> QCoro::Task<Outcome> {
        const auto result = co_await manager.connectPlatform(platform, &browser);
        Outcome o;
        if (!result) {
            o.error = result.error();
            co_return o;
        }
        o.ok = true;
        o.name = result->displayName.isEmpty() ? result->handle : result->displayName;
        o.id = result->accountId;
        co_return o;
    };
    const Outcome outcome = QCoro::waitFor(connectTask());
    if (!outcome.ok)
        return context.runtimeError(outcome.error);
    context.out() << tr("Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.")
                         .arg(platformDisplayName(platform), outcome.name, outcome.id,
                              CliContext::programName(), platformId(platform))
                  << '\n';
    return ExitOk;
}

} // namespace sv::cli
