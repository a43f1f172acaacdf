#pragma once

#include "CliCommand.h"
#include "CliSession.h"

#include "billing/BillingService.h"

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv::cli {

/// Runs a task to completion on the command's event loop (the CLI's commands are synchronous).
template <typename T>
T runTask(QCoro::Task<T>&& task)
{
    std::optional<T> out;
    QCoro::waitFor([&]() -> QCoro::Task<> {
        out.emplace(co_await std::move(task));
    }());
    return std::move(*out);
}

/// `usage [--json]`: the current billing period: plan, quota, used, remaining, reset date, overage units and
/// the estimated overage charge. Offline it prints the cached figures with a warning giving their age.
class UsageCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsageCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
