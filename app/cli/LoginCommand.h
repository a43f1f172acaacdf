#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `login [--email E --password-stdin] [--provider P] [--no-browser]`: signs the profile in (browser flow
/// by default, honouring $BROWSER; the link is always printed to stderr).
class LoginCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
