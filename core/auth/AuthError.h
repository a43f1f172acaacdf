#pragma once

#include "backend/ApiError.h"
#include "loopback/AuthFlowError.h"
#include "secrets/SecretError.h"

#include <QString>

namespace sv {

/// Why a session operation (sign-in, sign-up, restore, refresh, sign-out) failed.
/// `message` is a translated, actionable sentence for the user; `detail` is a log line. Neither ever
/// contains a token, a code or a password.
struct AuthError
{
    enum class Kind {
        /// No backend is configured: StreamVibe runs offline only.
        NotConfigured,
        /// Nobody is signed in (no saved session in the keychain).
        NotSignedIn,
        /// Wrong e-mail or password.
        InvalidCredentials,
        /// Sign-up: an account with this e-mail already exists.
        UserExists,
        /// Sign-up: the password is too weak.
        WeakPassword,
        /// The e-mail address is not valid.
        InvalidEmail,
        /// The server refused to refresh the session (refresh token reused, revoked or the session
        /// ended): the user is signed out and must sign in again.
        SessionExpired,
        /// The server could not be reached or did not answer (the app stays signed in, offline).
        Network,
        /// The server answered with an error (5xx, rate limit, unexpected 4xx).
        Server,
        /// The server's answer could not be read.
        BadResponse,
        /// The keychain is unavailable, locked, refused access or timed out (see `secretKind`).
        Keychain,
        /// The browser sign-in ended without a code (denied, state mismatch, timeout, listener failure).
        BrowserFlow,
        /// The user or the application cancelled.
        Cancelled,
        /// Another sign-in is already in progress.
        Busy,
    };

    Kind kind = Kind::Server;
    QString message;
    /// Untranslated, log-safe detail (an ApiError::logString(), a SecretError kind, ...).
    QString detail;
    /// For Keychain: which keychain problem.
    SecretError::Kind secretKind = SecretError::Kind::Other;
    /// For BrowserFlow/Cancelled from the browser flow: which flow problem.
    AuthFlowError::Kind flowKind = AuthFlowError::Kind::Cancelled;
    /// For Network/Server/BadResponse/InvalidCredentials...: the HTTP status (0 when none).
    int httpStatus = 0;
    /// The server's error code ("invalid_credentials", "refresh_token_already_used"...), if any.
    QString apiCode;

    static AuthError make(Kind kind, QString message, QString detail = {});
    /// Maps a backend error of a sign-in, sign-up or refresh call.
    static AuthError fromApi(const ApiError& error);
    static AuthError fromSecret(const SecretError& error);
    static AuthError fromFlow(const AuthFlowError& error);
    static AuthError notSignedIn();
    static AuthError notConfigured();

    /// True when the server refused a refresh token for good (reused, revoked, unknown session).
    static bool isRefreshRefusal(const ApiError& error);

    /// A stable, untranslated name for logs and `--json` output ("invalid_credentials", "keychain"...).
    QString kindName() const;
};

} // namespace sv
