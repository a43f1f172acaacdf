#pragma once

#include <QString>

namespace sv {

/// Why a keychain operation failed. The message is meant for the user; `detail` is the backend's own text
/// (never contains a secret value) for the debug log and bug reports, never shown for a known kind.
struct SecretError
{
    enum class Kind {
        /// No Secret Service / keychain is reachable (no D-Bus session, no provider installed).
        NoService,
        /// The keyring exists but is locked.
        Locked,
        /// The keychain refused access (e.g. the user denied a prompt).
        AccessDenied,
        /// No entry under that key.
        NotFound,
        /// The keychain did not answer in time (e.g. an unlock prompt nobody answered).
        Timeout,
        /// Anything else.
        Other,
    };

    Kind kind = Kind::Other;
    QString detail;

    /// A translated, actionable sentence.
    QString message() const;
    /// A stable, untranslated name for logs ("locked", "not_found" ...).
    QString kindName() const;

    /// True when the keychain's own error text means the keyring is locked: libsecret's "Cannot create an
    /// item in a locked collection", and gnome-keyring's "Object does not exist at path
    /// “/org/freedesktop/secrets/collection/login”" (the login keyring was not unlocked in this session and
    /// no unlock prompt could be shown). Such a text is a log detail; the user reads message().
    static bool isLockedText(const QString& text);
};

} // namespace sv
