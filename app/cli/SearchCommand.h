#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `search QUERY... [--platform P] [--sort S] [--limit N] [--offset N] [--json]`: full-text search of
/// the local library, offline.
class SearchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 10000;

    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
