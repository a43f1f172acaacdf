#pragma once

#include <QString>

namespace sv {

/// Names one keychain entry: which profile, which account, which kind of secret.
/// Stored as service "StreamVibe" (or the store's service), key "<profile>/<account>/<kind>", e.g.
/// "3f0c…-9a1e/supabase/session" or "3f0c…-9a1e/youtube:UC123/tokens", where <profile> is the profile's
/// identity (Profile::id(), see SecretScope). Each component is escaped ('%' -> "%25", '/' -> "%2F") so
/// that two different keys can never map to the same entry.
/// Key names are not secret and may be logged; values never are.
struct SecretKey
{
    QString profile;
    QString account;
    QString kind;
    /// When set: the profile component the entry had before profiles had an identity (the folder's name).
    /// SecretStore moves an entry found under legacyKey() to this key on first read, and removes both.
    QString legacyProfile{};

    /// False if any component is empty.
    bool isValid() const { return !profile.isEmpty() && !account.isEmpty() && !kind.isEmpty(); }
    bool hasLegacy() const { return !legacyProfile.isEmpty() && legacyProfile != profile; }
    /// The entry's name in earlier versions: {legacyProfile, account, kind}.
    SecretKey legacyKey() const { return SecretKey{legacyProfile, account, kind}; }
    /// The keychain key, "<profile>/<account>/<kind>" with escaped components.
    QString toString() const;

    static QString escapeComponent(const QString& component);

    friend bool operator==(const SecretKey&, const SecretKey&) = default;
};

/// The keychain namespace of one profile (Profile::secretScope()): `id` is the profile's stable identity,
/// which names its entries; `legacyName`, when set, is the name they were kept under before (the profile
/// folder's name, which two folders can share), from which each entry is moved on first use.
struct SecretScope
{
    QString id;
    QString legacyName;

    SecretScope() = default;
    /// Implicit on purpose: a plain name is a scope without legacy entries (tests, tools).
    SecretScope(QString profileId, QString legacy = {}) // NOLINT(google-explicit-constructor)
        : id(std::move(profileId))
        , legacyName(std::move(legacy))
    {
    }

    SecretKey key(const QString& account, const QString& kind) const
    {
        return SecretKey{id, account, kind, legacyName};
    }
};

} // namespace sv
