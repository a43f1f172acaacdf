#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `cache stats [--json]` and `cache clear`: the profile's persistent backend cache (cache_store).
class CacheCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<Action> actions() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;

private:
    int runStats(CliContext& context);
    int runClear(CliContext& context);
};

} // namespace sv::cli
