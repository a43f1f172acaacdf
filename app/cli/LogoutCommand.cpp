#include "LogoutCommand.h"

#include "CliContext.h"
#include "CliSession.h"

#include <QCoro/QCoroTask>

#include <optional>

namespace sv::cli {

QString LogoutCommand::name() const
{
    return QStringLiteral("logout");
}

QString LogoutCommand::summary() const
{
    return tr("Sign out of your StreamVibe account.");
}

CommandSpec LogoutCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("logout [options]");
    s.description =
        tr("Signs the profile out: the session is removed from the system keyring, revoked on the server "
           "when it can be reached, and the account's cached data (plan, usage) is removed from the profile. "
           "The local content library is kept. Signing out when nobody is signed in does nothing.");
    return s;
}

int LogoutCommand::run(CliContext& context, const QString&)
{
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("logout takes no arguments"));
    CliSession session(context);
    if (const auto ready = session.init(); !ready)
        return context.runtimeError(ready.error());
    session.cache();

    std::optional<Result<AuthUser, AuthError>> restored;
    std::optional<Result<SessionManager::Done, AuthError>> result;
    QCoro::waitFor([&]() -> QCoro::Task<> {
        restored.emplace(co_await session.session().restore());
        // A keychain that cannot be read cannot be cleaned either: report it instead of "signed out".
        if (!restored->hasValue() && restored->error().kind == AuthError::Kind::Keychain)
            co_return;
        result.emplace(co_await session.session().signOut());
    }());
    if (!result)
        return context.runtimeError(restored->error().message);
    if (!result->hasValue())
        return context.runtimeError(result->error().message);
    if (restored->hasValue())
        context.out() << tr("Signed out %1.").arg(restored->value().email) << '\n';
    else
        context.out() << tr("Nobody was signed in.") << '\n';
    return ExitOk;
}

} // namespace sv::cli
