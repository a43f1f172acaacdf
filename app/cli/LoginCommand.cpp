#include "LoginCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "loopback/EnvBrowserLauncher.h"

#include <QFile>
#include <QObject>

#include <QCoro/QCoroTask>

#include <cstdio>
#include <optional>

namespace sv::cli {

namespace {

/// The first line of standard input, without its line break; nullopt if stdin cannot be read.
std::optional<QString> readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

} // namespace

QString LoginCommand::name() const
{
    return QStringLiteral("login");
}

QString LoginCommand::summary() const
{
    return tr("Sign in to your StreamVibe account (in the browser, or with e-mail and password).");
}

CommandSpec LoginCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("login [options]");
    s.description =
        tr("Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command "
           "opens the sign-in page with $BROWSER (or the desktop's browser) and always prints the link to "
           "standard error, so that you can open it yourself, also on another screen of this machine. With "
           "--email and --password-stdin the password is read from the first line of standard input (never "
           "from the command line). The session is kept in the system keyring only and is shared with the "
           "desktop app.");
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("email")},
                           tr("Sign in with this e-mail address (needs --password-stdin)."), tr("address")),
        QCommandLineOption(QStringList{QStringLiteral("password-stdin")},
                           tr("Read the password from the first line of standard input.")),
        QCommandLineOption(QStringList{QStringLiteral("provider")},
                           tr("The sign-in provider of the browser sign-in (default: google)."), tr("name"),
                           QStringLiteral("google")),
        QCommandLineOption(QStringList{QStringLiteral("no-browser")},
                           tr("Do not start a browser: only print the link to open.")),
        QCommandLineOption(QStringList{QStringLiteral("timeout")},
                           tr("Give up the browser sign-in after this many seconds (default: 300)."),
                           tr("seconds"), QStringLiteral("300")),
    };
    return s;
}

int LoginCommand::run(CliContext& context, const QString&)
{
    const QCommandLineParser& args = context.args();
    if (!args.positionalArguments().isEmpty())
        return context.usageError(tr("login takes no arguments"));
    const bool withPassword = args.isSet(QStringLiteral("password-stdin"));
    const QString email = args.value(QStringLiteral("email")).trimmed();
    if (withPassword && email.isEmpty())
        return context.usageError(tr("--password-stdin needs --email"));
    if (!withPassword && !email.isEmpty())
        return context.usageError(
            tr("--email needs --password-stdin (a password is never taken from the command line)"));
    if (withPassword && (args.isSet(QStringLiteral("provider")) || args.isSet(QStringLiteral("no-browser"))))
        return context.usageError(tr("--provider and --no-browser are for the browser sign-in"));
    bool timeoutOk = false;
    const int timeoutSeconds = args.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return context.usageError(tr("--timeout needs a positive number of seconds"));
    const QString provider = args.value(QStringLiteral("provider")).trimmed();
    if (provider.isEmpty())
        return context.usageError(tr("--provider needs a name"));

    QString password;
    if (withPassword) {
        const auto line = readPasswordLine();
        if (!line || line->isEmpty())
            return context.usageError(tr("no password on standard input"));
        password = *line;
    }

    CliSession session(context);
    if (const auto ready = session.init(); !ready)
        return context.runtimeError(ready.error());
    session.cache(); // so that signing in as someone else purges the previous user's cached data

    std::optional<Result<AuthUser, AuthError>> result;
    if (withPassword) {
        QCoro::waitFor([&]() -> QCoro::Task<> {
            result.emplace(co_await session.session().signInWithPassword(email, password));
        }());
        password.fill(QLatin1Char('\0'));
    } else {
        SessionManager& manager = session.session();
        manager.setBrowserTimeout(std::chrono::seconds(timeoutSeconds));
        QObject::connect(&manager, &SessionManager::authorizationUrlReady, [&context](const QUrl& url) {
            context.err() << tr("Open this link in your browser to sign in:") << '\n'
                          << url.toString(QUrl::FullyEncoded) << '\n';
            context.err().flush();
        });
        QObject::connect(&manager, &SessionManager::browserLaunchFailed, [&context](const QUrl&) {
            context.err() << tr("No browser could be started: open the link above yourself.") << '\n';
            context.err().flush();
        });
        EnvBrowserLauncher launcher;
        BrowserLauncher* browser = args.isSet(QStringLiteral("no-browser")) ? nullptr : &launcher;
        QCoro::waitFor([&]() -> QCoro::Task<> {
            result.emplace(co_await manager.signInWithBrowser(provider, browser));
        }());
    }
    if (!result->hasValue())
        return context.runtimeError(result->error().message);
    context.out() << tr("Signed in as %1.").arg(result->value().email) << '\n';
    return ExitOk;
}

} // namespace sv::cli
