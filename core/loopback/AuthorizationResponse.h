#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sv {

/// What the browser brought back to the loopback redirect URI after a successful authorization.
/// `code` is a credential: never log it.
struct AuthorizationResponse
{
    /// The authorization code (a trailing "#_" as appended by Instagram is already removed).
    QString code;
    /// The `state` that came back; it has already been checked against the expected value.
    QString state;
    /// Every other query parameter (e.g. `scope`), decoded, in the order received.
    QList<QPair<QString, QString>> extraParameters;

    /// The value of an extra parameter, or a null string.
    QString parameter(const QString& name) const
    {
        for (const auto& [key, value] : extraParameters) {
            if (key == name)
                return value;
        }
        return {};
    }
};

} // namespace sv
