#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `checkout PLAN [--yearly]`: buys or changes the plan with Stripe Checkout in the browser ($BROWSER, else
/// xdg-open; the link is printed too), waits for the browser to come back to a loopback listener (or for
/// a bounded poll of the subscription), then prints the new plan.
class CheckoutCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
