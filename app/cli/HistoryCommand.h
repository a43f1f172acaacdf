#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `history ITEM [--json]`: the counters the library recorded for one item (its local id, as `search
/// --json` shows it), one line per day; a metric its platform does not give shows as "—".
class HistoryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

/// `stats [--period 7d|28d|90d|365d] [--platform P] [--json]`: views gained in the period, the top
/// movers, the best posting days and hours and the follower trend, from the local library.
class StatsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    static constexpr int TopMovers = 10;

    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
