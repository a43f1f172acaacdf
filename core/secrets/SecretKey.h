#pragma once

#include <QString>

namespace sv {

/// Names one keychain entry: which profile, which account, which kind of secret.
/// Stored as service "StreamVibe" (or the store's service), key "<profile>/<account>/<kind>", e.g.
/// "default/supabase/refresh_token" or "work/youtube:UC123/refresh_token". Each component is escaped
/// ('%' -> "%25", '/' -> "%2F") so that two different keys can never map to the same entry.
/// Key names are not secret and may be logged; values never are.
struct SecretKey
{
    QString profile;
    QString account;
    QString kind;

    /// False if any component is empty.
    bool isValid() const { return !profile.isEmpty() && !account.isEmpty() && !kind.isEmpty(); }
    /// The keychain key, "<profile>/<account>/<kind>" with escaped components.
    QString toString() const;

    static QString escapeComponent(const QString& component);

    friend bool operator==(const SecretKey&, const SecretKey&) = default;
};

} // namespace sv
