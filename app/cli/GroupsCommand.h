#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `groups [--json]`: the groups of the same clip cross-posted on several platforms, with each member's
/// figures, their sums and why the rule grouped them; `groups confirm ITEM`, `groups split ITEM` and
/// `groups merge ITEM ITEM` record the creator's decisions (ITEM: the local id of search --json).
class GroupsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GroupsCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
