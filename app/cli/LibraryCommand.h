#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `library import FILE [--format F]`, `library export [--format F] [FILE]`, `library stats [--json]`.
class LibraryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<Action> actions() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;

private:
    int runImport(CliContext& context);
    int runExport(CliContext& context);
    int runStats(CliContext& context);
};

} // namespace sv::cli
