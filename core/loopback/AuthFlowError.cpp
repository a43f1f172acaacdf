#include "loopback/AuthFlowError.h"

#include <QCoreApplication>

namespace sv {

QString AuthFlowError::message() const
{
    switch (kind) {
    case Kind::ListenFailed:
        return QCoreApplication::translate("sv::AuthFlowError",
                                           "StreamVibe could not open a local port to receive the sign-in "
                                           "result (%1). Check that nothing blocks connections to 127.0.0.1 "
                                           "and try again.")
            .arg(detail);
    case Kind::StateMismatch:
        return QCoreApplication::translate(
            "sv::AuthFlowError", "The sign-in response did not belong to this sign-in attempt and was "
                                 "rejected for your safety. Start the sign-in again from StreamVibe.");
    case Kind::ProviderError:
        if (providerError == QLatin1String("access_denied")) {
            const QString base = QCoreApplication::translate(
                "sv::AuthFlowError", "Access was denied in the browser, so StreamVibe was not connected.");
            return providerDescription.isEmpty() ? base : base + QLatin1Char(' ') + providerDescription;
        }
        if (providerDescription.isEmpty()) {
            return QCoreApplication::translate("sv::AuthFlowError",
                                               "The sign-in provider reported an error: %1.")
                .arg(providerError);
        }
        return QCoreApplication::translate("sv::AuthFlowError",
                                           "The sign-in provider reported an error: %1 (%2).")
            .arg(providerDescription, providerError);
    case Kind::MissingCode:
        return QCoreApplication::translate("sv::AuthFlowError",
                                           "The sign-in response carried no authorization code. Start the "
                                           "sign-in again from StreamVibe.");
    case Kind::InvalidResponse:
        return QCoreApplication::translate("sv::AuthFlowError",
                                           "The sign-in response was malformed and was rejected. Start the "
                                           "sign-in again from StreamVibe.");
    case Kind::Timeout:
        return QCoreApplication::translate("sv::AuthFlowError",
                                           "The sign-in was not completed in time. Start it again from "
                                           "StreamVibe when you are ready.");
    case Kind::Cancelled:
        return QCoreApplication::translate("sv::AuthFlowError", "The sign-in was cancelled.");
    }
    return {};
}

QString AuthFlowError::kindName() const
{
    switch (kind) {
    case Kind::ListenFailed:
        return QStringLiteral("listen_failed");
    case Kind::StateMismatch:
        return QStringLiteral("state_mismatch");
    case Kind::ProviderError:
        return QStringLiteral("provider_error");
    case Kind::MissingCode:
        return QStringLiteral("missing_code");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace sv
