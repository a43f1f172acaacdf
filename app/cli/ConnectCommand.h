#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `connect PLATFORM`: signs in to the platform in the browser and stores the account (tokens in the
/// keychain only).
class ConnectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
