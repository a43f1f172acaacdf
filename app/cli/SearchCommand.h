#pragma once

#include "CliCommand.h"

#include <QString>

#include <optional>

namespace sv::cli {

/// The days of a period option ("7d", "28d", "90d" or "365d"), or nothing.
std::optional<int> periodDays(const QString& period);

/// `search QUERY... [--platform P] [--account A] [--sort S] [--period P] [--limit N] [--offset N] [--json]`:
/// full-text search of the local library, offline.
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
