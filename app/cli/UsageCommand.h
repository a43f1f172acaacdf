#pragma once

#include "CliCommand.h"
#include "CliSession.h"

#include "billing/BillingService.h"

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv {
class LayeredCache;
}

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

/// What the billing commands (usage, plans, checkout, invoices) share: the signed-in CliSession and a
/// BillingService over the profile's cache (plans 1 h, subscription 1 min; invoices never cached).
class BillingCli
{
    Q_DECLARE_TR_FUNCTIONS(BillingCli)

public:
    explicit BillingCli(CliContext& context);
    ~BillingCli();
    /// Builds the session, restores the sign-in and the service; the user-facing error otherwise.
    std::optional<QString> init();
    BillingService& billing() { return *m_billing; }
    CliSession& session() { return m_session; }
    /// Prints the "offline — as of ..." warning for a stale answer.
    void warnIfStale(const DataFreshness& freshness);

private:
    CliContext& m_context;
    CliSession m_session;
    std::unique_ptr<LayeredCache> m_memoryCache;
    std::unique_ptr<BillingService> m_billing;
};

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
