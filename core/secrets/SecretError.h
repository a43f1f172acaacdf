#pragma once

#include <QString>

namespace sv {

/// Why a keychain operation failed. The message is meant for the user; `detail` is the backend's own text
/// (never contains a secret value) for logs and bug reports.
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
};

} // namespace sv
