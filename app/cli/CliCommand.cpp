#include "CliCommand.h"

namespace sv::cli {

CliCommand::~CliCommand() = default;

bool CliCommand::hasAction(const QString& action) const
{
    const QList<Action> all = actions();
    return std::any_of(all.cbegin(), all.cend(), [&action](const Action& a) { return a.name == action; });
}

} // namespace sv::cli
