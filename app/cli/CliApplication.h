#pragma once

#include "CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace sv::cli {

class CliContext;

/// The command dispatcher of streamvibe-cli: global options, the command table, help and usage errors.
///
///   streamvibe-cli [--profile DIR] [--config FILE] COMMAND [ACTION] [options] [arguments]
///   streamvibe-cli help [COMMAND [ACTION]]     streamvibe-cli COMMAND [ACTION] --help
///
/// Global options are accepted before the command and among the command's own options.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /// Runs the command line (arguments[0] is the program) and returns the process exit code.
    int run(const QStringList& arguments);

    /// The command table: one entry per command or command group.
    void registerCommand(std::unique_ptr<CliCommand> command);
    CliCommand* findCommand(const QString& name) const;

private:
    int dispatch(CliContext& context, const QStringList& arguments);
    int runHelpCommand(CliContext& context, const QStringList& words);
    int runCommand(CliContext& context, CliCommand& command, QStringList words);

    QString globalHelp() const;
    QString groupHelp(const CliCommand& command) const;
    QString commandHelp(const CliCommand& command, const QString& action) const;

    QList<QCommandLineOption> globalOptions() const;
    QCommandLineOption helpOption() const;
    QCommandLineOption versionOption() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace sv::cli
