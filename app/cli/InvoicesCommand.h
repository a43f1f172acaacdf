#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `invoices [--json]`: the Stripe invoices, newest first, always fetched (never cached).
class InvoicesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvoicesCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
