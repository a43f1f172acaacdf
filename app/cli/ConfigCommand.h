#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `config show [--json]`: the effective configuration and where each value came from.
class ConfigCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<Action> actions() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
