#include "CliApplication.h"

#include "AccountsCommand.h"
#include "CacheCommand.h"
#include "CheckoutCommand.h"
#include "CliContext.h"
#include "ConfigCommand.h"
#include "ConnectCommand.h"
#include "DisconnectCommand.h"
#include "GroupsCommand.h"
#include "HistoryCommand.h"
#include "InvoicesCommand.h"
#include "LibraryCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PlansCommand.h"
#include "SearchCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "UsageCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace sv::cli {

namespace {

constexpr qsizetype kMaxNameColumn = 30;
constexpr qsizetype kMaxLineWidth = 100;

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& n : option.names())
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    return syntax;
}

/// Wraps `text` at word boundaries to kMaxLineWidth columns; continuation lines start at `indent`.
QString wrapped(const QString& text, qsizetype indent)
{
    const qsizetype width = qMax<qsizetype>(kMaxLineWidth - indent, 30);
    QString result;
    qsizetype lineLength = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            lineLength = 0;
        } else if (lineLength > 0) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
    }
    return result;
}

/// "  NAME    description" lines, the descriptions aligned.
QString twoColumns(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [name, description] : rows) {
        if (name.size() <= kMaxNameColumn)
            width = qMax(width, name.size());
    }
    QString text;
    for (const auto& [name, description] : rows) {
        text += QStringLiteral("  ") + name;
        if (name.size() > kMaxNameColumn)
            text += QLatin1Char('\n') + QString(width + 2, QLatin1Char(' '));
        else
            text += QString(width - name.size(), QLatin1Char(' '));
        text += QStringLiteral("  ") + wrapped(description, width + 4) + QLatin1Char('\n');
    }
    return text;
}

QString optionRows(const QList<QCommandLineOption>& options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption& o : options) {
        if (!(o.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({optionSyntax(o), o.description()});
    }
    return twoColumns(rows);
}

} // namespace

CliApplication::CliApplication()
{
    // The command table. New commands (login, sync, usage, plans...) register here.
    registerCommand(std::make_unique<SearchCommand>());
    registerCommand(std::make_unique<HistoryCommand>());
    registerCommand(std::make_unique<StatsCommand>());
    registerCommand(std::make_unique<GroupsCommand>());
    registerCommand(std::make_unique<LibraryCommand>());
    registerCommand(std::make_unique<ConfigCommand>());
    registerCommand(std::make_unique<CacheCommand>());
    registerCommand(std::make_unique<ConnectCommand>());
    registerCommand(std::make_unique<DisconnectCommand>());
    registerCommand(std::make_unique<SyncCommand>());
    registerCommand(std::make_unique<AccountsCommand>());
    registerCommand(std::make_unique<LoginCommand>());
    registerCommand(std::make_unique<LogoutCommand>());
    registerCommand(std::make_unique<StatusCommand>());
    registerCommand(std::make_unique<UsageCommand>());
    registerCommand(std::make_unique<PlansCommand>());
    registerCommand(std::make_unique<CheckoutCommand>());
    registerCommand(std::make_unique<InvoicesCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::registerCommand(std::unique_ptr<CliCommand> command)
{
    Q_ASSERT(!findCommand(command->name()));
    m_commands.push_back(std::move(command));
}

CliCommand* CliApplication::findCommand(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QList<QCommandLineOption> CliApplication::globalOptions() const
{
    return {
        QCommandLineOption(QStringList{QStringLiteral("profile")},
                           tr("Use the profile in DIR (default: $STREAMVIBE_PROFILE, else "
                              "~/.local/share/StreamVibe/profiles/default)."),
                           tr("dir")),
        QCommandLineOption(QStringList{QStringLiteral("config")},
                           tr("Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the "
                              "system and user streamvibe.conf)."),
                           tr("file")),
    };
}

QCommandLineOption CliApplication::helpOption() const
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              tr("Show this help."));
}

QCommandLineOption CliApplication::versionOption() const
{
    return QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                              tr("Show the version."));
}

QString CliApplication::globalHelp() const
{
    const QString program = CliContext::programName();
    QString text = tr("Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]").arg(program) +
                   QStringLiteral("\n\n") +
                   tr("StreamVibe from the command line: search and manage your local content library.") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const auto& c : m_commands) {
        const QList<CliCommand::Action> actions = c->actions();
        if (actions.isEmpty())
            rows.append({c->name(), c->summary()});
        for (const CliCommand::Action& a : actions)
            rows.append({c->name() + QLatin1Char(' ') + a.name, a.summary});
    }
    rows.append({QStringLiteral("help"), tr("Show the help of a command: help COMMAND [ACTION].")});
    text += twoColumns(rows);
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    text += optionRows(globalOptions() + QList<QCommandLineOption>{helpOption(), versionOption()});
    text += QLatin1Char('\n') +
            tr("Run '%1 help COMMAND' or '%1 COMMAND --help' for the options of a command.").arg(program) +
            QLatin1Char('\n') + tr("Exit status: 0 success, 1 wrong command line, 2 the command failed.") +
            QLatin1Char('\n');
    return text;
}

QString CliApplication::groupHelp(const CliCommand& command) const
{
    const QString program = CliContext::programName();
    QString text = tr("Usage: %1 %2 ACTION [options] [arguments]").arg(program, command.name()) +
                   QStringLiteral("\n\n") + command.summary() + QStringLiteral("\n\n") + tr("Actions:") +
                   QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const CliCommand::Action& a : command.actions())
        rows.append({a.name, a.summary});
    text += twoColumns(rows);
    text += QLatin1Char('\n') +
            tr("Run '%1 help %2 ACTION' for the options of an action.").arg(program, command.name()) +
            QLatin1Char('\n');
    return text;
}

QString CliApplication::commandHelp(const CliCommand& command, const QString& action) const
{
    const CommandSpec spec = command.spec(action);
    QString text = tr("Usage: %1 %2").arg(CliContext::programName(), spec.usage) + QStringLiteral("\n\n") +
                   wrapped(spec.description, 0) + QLatin1Char('\n');
    if (!spec.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const CommandSpec::Argument& a : spec.arguments)
            rows.append({a.name, a.description});
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + twoColumns(rows);
    }
    if (!spec.options.isEmpty())
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionRows(spec.options);
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
            optionRows(globalOptions() + QList<QCommandLineOption>{helpOption()});
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    QFile stdoutFile;
    QFile stderrFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !stderrFile.open(stderr, QIODevice::WriteOnly))
        return ExitRuntime;
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    CliContext context(stdoutFile, out, err);
    const int code = dispatch(context, arguments);
    out.flush();
    err.flush();
    stdoutFile.flush();
    stderrFile.flush();
    return code;
}

int CliApplication::dispatch(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions());
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOption(help);
    parser.addOption(version);
    context.setUsage(globalHelp());
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText());

    if (parser.isSet(version)) {
        context.out() << CliContext::programName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    context.profileOption = parser.value(QStringLiteral("profile"));
    context.configOption = parser.value(QStringLiteral("config"));

    QStringList words = parser.positionalArguments();
    if (parser.isSet(help) || (!words.isEmpty() && words.first() == QLatin1String("help")))
        return runHelpCommand(context, words.mid(1));
    if (words.isEmpty())
        return context.usageError(tr("no command given"));

    const QString name = words.takeFirst();
    CliCommand* command = findCommand(name);
    if (!command)
        return context.usageError(tr("unknown command '%1'").arg(name));
    return runCommand(context, *command, words);
}

int CliApplication::runHelpCommand(CliContext& context, const QStringList& words)
{
    if (words.isEmpty()) {
        context.out() << globalHelp();
        return ExitOk;
    }
    CliCommand* command = findCommand(words.first());
    if (!command)
        return context.usageError(tr("unknown command '%1'").arg(words.first()));
    if (command->actions().isEmpty()) {
        if (words.size() > 1)
            return context.usageError(tr("'%1' has no action '%2'").arg(command->name(), words.at(1)));
        context.out() << commandHelp(*command, QString());
        return ExitOk;
    }
    if (words.size() == 1) {
        context.out() << groupHelp(*command);
        return ExitOk;
    }
    if (words.size() > 2 || !command->hasAction(words.at(1))) {
        context.setUsage(groupHelp(*command));
        return context.usageError(
            tr("'%1' has no action '%2'").arg(command->name(), words.mid(1).join(QLatin1Char(' '))));
    }
    context.out() << commandHelp(*command, words.at(1));
    return ExitOk;
}

int CliApplication::runCommand(CliContext& context, CliCommand& command, QStringList words)
{
    QString action;
    if (!command.actions().isEmpty()) {
        context.setUsage(groupHelp(command));
        if (words.isEmpty())
            return context.usageError(tr("'%1' needs an action").arg(command.name()));
        const QString first = words.takeFirst();
        if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
            context.out() << groupHelp(command);
            return ExitOk;
        }
        if (first.startsWith(QLatin1Char('-')))
            return context.usageError(tr("'%1' needs an action before its options").arg(command.name()));
        if (!command.hasAction(first))
            return context.usageError(tr("'%1' has no action '%2'").arg(command.name(), first));
        action = first;
    }

    const CommandSpec spec = command.spec(action);
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOptions(spec.options);
    parser.addOptions(globalOptions());
    parser.addOption(help);
    context.setUsage(commandHelp(command, action));
    if (!parser.parse(QStringList{CliContext::programName()} + words))
        return context.usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out() << commandHelp(command, action);
        return ExitOk;
    }
    // A global option after the command wins over one before it.
    if (parser.isSet(QStringLiteral("profile")))
        context.profileOption = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("config")))
        context.configOption = parser.value(QStringLiteral("config"));
    context.setArgs(&parser);
    const int code = command.run(context, action);
    context.setArgs(nullptr);
    return code;
}

} // namespace sv::cli
