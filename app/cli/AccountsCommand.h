#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `accounts [--json]`: the connected accounts, their status, item count and last sync (library only).
class AccountsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
