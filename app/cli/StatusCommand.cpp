#include "StatusCommand.h"

#include "CliContext.h"
#include "CliSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <QCoro/QCoroTask>

#include <optional>

namespace sv::cli {

QString StatusCommand::name() const
{
    return QStringLiteral("status");
}

QString StatusCommand::summary() const
{
    return tr("Show whether you are signed in, as whom, and the state of the keyring.");
}

CommandSpec StatusCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("status [options]");
    s.description = tr(
        "Shows whether the profile is signed in, the account's e-mail address, until when the current "
        "access token is valid, and whether the system keyring holding the session can be used. An expired "
        "access token is renewed when the server can be reached. No token is ever printed.");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int StatusCommand::run(CliContext& context, const QString&)
{
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("status takes no arguments"));
    const bool json = context.args().isSet(QStringLiteral("json"));
    CliSession session(context);
    if (const auto ready = session.init(); !ready)
        return context.runtimeError(ready.error());

    std::optional<Result<AuthUser, AuthError>> restored;
    QCoro::waitFor([&]() -> QCoro::Task<> {
        restored.emplace(co_await session.session().restore());
    }());
    SessionManager& manager = session.session();
    const bool signedIn = manager.isSignedIn();
    QString keychain = QStringLiteral("ok");
    std::optional<AuthError> problem;
    if (!restored->hasValue()) {
        const AuthError& e = restored->error();
        if (e.kind == AuthError::Kind::Keychain) {
            keychain = SecretError{e.secretKind, QString()}.kindName(); // "locked", "no_service"...
            problem = e;
        } else if (e.kind != AuthError::Kind::NotSignedIn) {
            problem = e;
        }
    }

    if (json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("signed_in"), signedIn);
        doc.insert(QStringLiteral("profile"), session.profile().name());
        doc.insert(QStringLiteral("backend"), session.config().backend.url.toString());
        doc.insert(QStringLiteral("keychain"), keychain);
        doc.insert(QStringLiteral("email"), signedIn ? QJsonValue(manager.user().email) : QJsonValue());
        doc.insert(QStringLiteral("user_id"), signedIn ? QJsonValue(manager.user().id) : QJsonValue());
        doc.insert(QStringLiteral("expires_at"),
                   signedIn ? QJsonValue(manager.expiresAt().toString(Qt::ISODate)) : QJsonValue());
        doc.insert(QStringLiteral("offline"), signedIn && manager.isOffline());
        doc.insert(QStringLiteral("error"), problem ? QJsonValue(problem->kindName()) : QJsonValue());
        doc.insert(QStringLiteral("message"), problem ? QJsonValue(problem->message) : QJsonValue());
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return keychain == QLatin1String("ok") ? ExitOk : ExitRuntime;
    }

    if (signedIn) {
        context.out() << tr("Signed in as %1.").arg(manager.user().email) << '\n';
        const QString expiry = QLocale().toString(manager.expiresAt().toLocalTime(), QLocale::LongFormat);
        context.out() << tr("Access token valid until %1.").arg(expiry) << '\n';
        if (manager.isOffline())
            context.out() << tr("Offline: the server could not be reached to renew the session.") << '\n';
    } else {
        context.out() << tr("Not signed in.") << '\n';
    }
    if (problem && keychain != QLatin1String("ok"))
        return context.runtimeError(problem->message);
    if (problem)
        context.warning(problem->message);
    context.out() << tr("Keyring: %1.").arg(keychain == QLatin1String("ok") ? tr("available") : keychain)
                  << '\n';
    return ExitOk;
}

} // namespace sv::cli
