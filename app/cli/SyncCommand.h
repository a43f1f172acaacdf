#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace sv::cli {

/// `sync [PLATFORM...] [--json]`: syncs the connected accounts (all when none is named). Progress goes to
/// stderr, one line per committed page; the summary to stdout (text or JSON).
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
