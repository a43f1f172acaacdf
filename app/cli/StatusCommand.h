#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `status [--json]`: who is signed in, until when the access token is valid, and the keychain state.
/// Never prints a token.
class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
