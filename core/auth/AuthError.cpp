#include "auth/AuthError.h"

#include <QCoreApplication>

namespace sv {

namespace {

bool codeIn(const QString& code, std::initializer_list<const char*> codes)
{
    for (const char* c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

} // namespace

AuthError AuthError::make(Kind kind, QString message, QString detail)
{
    AuthError e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

AuthError AuthError::notSignedIn()
{
    return make(Kind::NotSignedIn, QCoreApplication::translate("sv::AuthError", "You are not signed in."),
                QStringLiteral("not_signed_in"));
}

AuthError AuthError::notConfigured()
{
    return make(Kind::NotConfigured,
                QCoreApplication::translate(
                    "sv::AuthError",
                    "No StreamVibe server is configured, so signing in is not possible. StreamVibe works "
                    "offline with your local library."),
                QStringLiteral("not_configured"));
}

bool AuthError::isRefreshRefusal(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Http)
        return false;
    if (codeIn(error.apiCode, {"refresh_token_already_used", "refresh_token_not_found", "session_not_found",
                               "session_expired", "invalid_grant", "user_not_found", "bad_jwt"}))
        return true;
    // A missing or wrong API key is a configuration problem, not a verdict on the session.
    if (codeIn(error.apiCode, {"no_api_key", "invalid_api_key"}))
        return false;
    return error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403 ||
           error.httpStatus == 404;
}

AuthError AuthError::fromApi(const ApiError& error)
{
    AuthError e;
    e.detail = error.logString();
    e.httpStatus = error.httpStatus;
    e.apiCode = error.apiCode;
    switch (error.kind) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        e.kind = Kind::Network;
        e.message = error.userMessage();
        return e;
    case ApiError::Kind::Cancelled:
        e.kind = Kind::Cancelled;
        e.message = error.userMessage();
        return e;
    case ApiError::Kind::BadResponse:
        e.kind = Kind::BadResponse;
        e.message = error.userMessage();
        return e;
    case ApiError::Kind::Tls:
    case ApiError::Kind::Refused:
    case ApiError::Kind::Api:
        e.kind = Kind::Server;
        e.message = error.userMessage();
        return e;
    case ApiError::Kind::Http:
        break;
    }
    const QString& code = error.apiCode;
    if (codeIn(code, {"invalid_credentials", "invalid_grant"}) ||
        (error.httpStatus == 400 && code.isEmpty())) {
        e.kind = Kind::InvalidCredentials;
        e.message =
            QCoreApplication::translate("sv::AuthError", "The e-mail address or the password is wrong.");
    } else if (code == QLatin1String("email_not_confirmed")) {
        e.kind = Kind::InvalidCredentials;
        e.message = QCoreApplication::translate(
            "sv::AuthError",
            "This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, "
            "then sign in.");
    } else if (codeIn(code, {"user_already_exists", "email_exists"})) {
        e.kind = Kind::UserExists;
        e.message = QCoreApplication::translate(
            "sv::AuthError", "An account with this e-mail address already exists. Sign in instead.");
    } else if (codeIn(code, {"weak_password"})) {
        e.kind = Kind::WeakPassword;
        e.message = QCoreApplication::translate("sv::AuthError",
                                                "The password is too weak: use at least 6 characters.");
    } else if (codeIn(code, {"email_address_invalid", "validation_failed", "email_address_not_authorized"})) {
        e.kind = Kind::InvalidEmail;
        e.message = QCoreApplication::translate("sv::AuthError", "The e-mail address is not valid.");
    } else if (codeIn(code, {"flow_state_not_found", "flow_state_expired", "bad_code_verifier"})) {
        e.kind = Kind::BrowserFlow;
        e.flowKind = AuthFlowError::Kind::InvalidResponse;
        e.message = QCoreApplication::translate(
            "sv::AuthError",
            "The sign-in from the browser could not be completed (the code was already used or "
            "has expired). Start the sign-in again.");
    } else if (error.httpStatus == 429 || error.httpStatus >= 500 || error.httpStatus == 408) {
        e.kind = error.httpStatus >= 500 ? Kind::Network : Kind::Server;
        e.message = error.userMessage();
    } else {
        e.kind = Kind::Server;
        e.message = error.userMessage();
    }
    return e;
}

AuthError AuthError::fromSecret(const SecretError& error)
{
    if (error.kind == SecretError::Kind::NotFound) {
        AuthError e = notSignedIn();
        e.secretKind = error.kind;
        return e;
    }
    AuthError e = make(Kind::Keychain, error.message(), QStringLiteral("keychain: ") + error.kindName());
    e.secretKind = error.kind;
    return e;
}

AuthError AuthError::fromFlow(const AuthFlowError& error)
{
    AuthError e = make(error.kind == AuthFlowError::Kind::Cancelled ? Kind::Cancelled : Kind::BrowserFlow,
                       error.message(), QStringLiteral("browser: ") + error.kindName());
    e.flowKind = error.kind;
    if (error.kind == AuthFlowError::Kind::ProviderError)
        e.apiCode = error.providerError;
    return e;
}

QString AuthError::kindName() const
{
    switch (kind) {
    case Kind::NotConfigured:
        return QStringLiteral("not_configured");
    case Kind::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case Kind::UserExists:
        return QStringLiteral("user_exists");
    case Kind::WeakPassword:
        return QStringLiteral("weak_password");
    case Kind::InvalidEmail:
        return QStringLiteral("invalid_email");
    case Kind::SessionExpired:
        return QStringLiteral("session_expired");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::BrowserFlow:
        return QStringLiteral("browser_flow");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

} // namespace sv
