#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sv::cli {

class CliContext;

/// What `streamvibe-cli help COMMAND [ACTION]` shows, and the options the command's parser accepts.
struct CommandSpec
{
    struct Argument
    {
        QString name;
        QString description;
    };
    /// After the program name, e.g. "search [options] QUERY...".
    QString usage;
    QString description;
    QList<Argument> arguments;
    QList<QCommandLineOption> options;
};

/// Process exit codes, the contract with scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,   ///< The command line is wrong; the usage goes to stderr.
    ExitRuntime = 2, ///< The command could not be done; a one-line reason goes to stderr.
};

/// One command or command group of streamvibe-cli ("search", "library", "config"...).
///
/// A group has actions ("library import", "library export"...); a plain command has none. To add a
/// command: derive from CliCommand, describe it in spec(), do the work in run(), and register it in
/// CliApplication's table. The dispatcher handles global options, --help, the help command, parsing
/// and the usage errors it finds itself; run() reports the ones only it can see through
/// CliContext::usageError() and runtime failures through CliContext::runtimeError().
class CliCommand
{
public:
    struct Action
    {
        QString name;
        QString summary;
    };

    CliCommand() = default;
    virtual ~CliCommand();
    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;

    /// The word on the command line.
    virtual QString name() const = 0;
    /// One line for the global help.
    virtual QString summary() const = 0;
    /// Empty for a command without actions.
    virtual QList<Action> actions() const { return {}; }
    /// The options, arguments and help of the command, or of one of its actions.
    virtual CommandSpec spec(const QString& action) const = 0;
    /// Runs after the parser accepted the command line; returns an ExitCode.
    virtual int run(CliContext& context, const QString& action) = 0;

    bool hasAction(const QString& action) const;
};

} // namespace sv::cli
