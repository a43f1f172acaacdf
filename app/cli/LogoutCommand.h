#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `logout`: signs the profile out (keychain entry removed, server session revoked, user cache purged).
class LogoutCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
