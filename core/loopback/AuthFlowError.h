#pragma once

#include <QString>

namespace sv {

/// Why a browser sign-in attempt through the loopback listener ended without an authorization code.
struct AuthFlowError
{
    enum class Kind {
        /// The listener could not bind 127.0.0.1 (no loopback interface, or out of ports).
        ListenFailed,
        /// The callback's `state` was missing or did not match: possible cross-site request forgery.
        StateMismatch,
        /// The provider redirected back with `error=...` (e.g. access_denied when the user clicked Cancel).
        ProviderError,
        /// The callback carried neither a code nor an error.
        MissingCode,
        /// The callback was malformed (e.g. a parameter given twice).
        InvalidResponse,
        /// No callback arrived before the overall timeout.
        Timeout,
        /// The attempt was cancelled by the application or the user.
        Cancelled,
    };

    Kind kind = Kind::Cancelled;
    /// For ProviderError: the provider's `error` code (e.g. "access_denied"). Safe to log.
    QString providerError;
    /// For ProviderError: the provider's `error_description`, if any (shown to the user, not logged).
    QString providerDescription;
    /// For ListenFailed: the socket error text.
    QString detail;

    /// A translated sentence telling the user what happened and what to do.
    QString message() const;
    /// A stable, untranslated name of the kind for logs ("state_mismatch" ...).
    QString kindName() const;
};

} // namespace sv
