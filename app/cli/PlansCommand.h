#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `plans [--json] [--currency C]`: the plans (Stripe prices through the backend, cached 1 h) with monthly
/// and yearly prices, quota and overage price; the current plan is marked.
class PlansCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlansCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
