#pragma once

#include "CliCommand.h"

namespace sv::cli {

/// `disconnect PLATFORM [--keep-items|--remove-items]`: revokes where supported, deletes the keychain entry
/// and forgets the account; its items stay unless --remove-items.
class DisconnectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
