#include "secrets/SecretError.h"

#include <QCoreApplication>

namespace sv {

QString SecretError::message() const
{
    switch (kind) {
    case Kind::NoService:
        return QCoreApplication::translate(
            "sv::SecretError",
            "No keyring service is available, so StreamVibe cannot store or read your sign-in securely. "
            "Install "
            "and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; "
            "StreamVibe keeps working offline meanwhile.");
    case Kind::Locked:
        return QCoreApplication::translate(
            "sv::SecretError", "The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try "
                               "again; StreamVibe keeps working offline meanwhile.");
    case Kind::AccessDenied:
        return QCoreApplication::translate(
            "sv::SecretError", "Access to the keyring was denied. Allow StreamVibe to use the keyring "
                               "and try again; StreamVibe keeps working offline meanwhile.");
    case Kind::NotFound:
        return QCoreApplication::translate("sv::SecretError",
                                           "No saved sign-in was found in the keyring. Sign in again.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "sv::SecretError", "The keyring did not answer in time. If it is asking for a password, "
                               "unlock it and try again; StreamVibe keeps working offline meanwhile.");
    case Kind::Other:
        if (detail.isEmpty())
            return QCoreApplication::translate("sv::SecretError", "The keyring reported an error.");
        return QCoreApplication::translate("sv::SecretError", "The keyring reported an error: %1")
            .arg(detail);
    }
    return {};
}

bool SecretError::isLockedText(const QString& text)
{
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("unlock"), Qt::CaseInsensitive))
        return true;
    // gnome-keyring: the default alias points at a collection that is not open ("login" not unlocked).
    return text.contains(QLatin1String("Object does not exist at path"), Qt::CaseInsensitive) &&
           text.contains(QLatin1String("/collection/"));
}

QString SecretError::kindName() const
{
    switch (kind) {
    case Kind::NoService:
        return QStringLiteral("no_service");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace sv
