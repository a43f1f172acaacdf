#pragma once

#include "secrets/SecretKey.h"

#include <QString>

namespace sv {

/// A profile is one directory holding one user's local state: the library database
/// (library.sqlite, which also carries cache_store and audit_log) and nothing secret.
/// Resolution order: an explicit directory (--profile DIR), then $STREAMVIBE_PROFILE, then the
/// `[profile] location` of the configuration files (AppConfig::layers(): the system-wide
/// /etc/xdg/StreamVibe/streamvibe.conf an admin sets, the user's file, or $STREAMVIBE_CONFIG), then
/// <GenericDataLocation>/StreamVibe/profiles/default (~/.local/share/StreamVibe/profiles/default), the
/// same for every executable. The directory is created with mode 0700.
/// Each profile has a stable identity, id(): a random UUID created once in the directory (file
/// "profile-id"). It names the profile's keychain entries, so two folders of the same name never share
/// them, and it moves with the folder. (A copy of the folder is the same profile to the keychain: remove
/// the copy's "profile-id" to give it an identity of its own.)
class Profile
{
public:
    static constexpr const char* EnvironmentVariable = "STREAMVIBE_PROFILE";
    /// The file in the profile directory holding id().
    static constexpr const char* IdFileName = "profile-id";

    /// Resolves and creates the directory; `explicitDir` may be empty.
    static Profile resolve(const QString& explicitDir = {});

    /// The configured default location: the `[profile] location` value of the last of
    /// AppConfig::layers() that sets it, and that file; both empty when no file sets it.
    struct ConfiguredLocation
    {
        QString value;
        QString file;
    };
    static ConfiguredLocation configuredLocation();

    /// Expands a configured location for the current user: "~" at the start, $HOME, ${HOME}, $USER
    /// and ${USER}. Returns the absolute, cleaned path, or an empty string and the reason in `error`
    /// (an unknown variable, no user name, a relative result).
    static QString expandLocation(const QString& location, QString* error);

    QString directory() const { return m_directory; }
    QString libraryPath() const;
    /// A short name for display (the folder's name; two profiles may share it).
    QString name() const;
    /// The profile's stable identity (a UUID read from, or created once in, the directory).
    QString id() const { return m_id; }
    /// The keychain namespace of this profile: its id, with its folder name as the legacy name (entries
    /// that earlier versions kept under the folder's name are moved to the id on first use).
    SecretScope secretScope() const { return SecretScope(m_id, name()); }
    bool isValid() const { return !m_directory.isEmpty(); }
    /// Why the directory could not be created, if it could not.
    QString error() const { return m_error; }

private:
    QString m_directory;
    QString m_id;
    QString m_error;
};

} // namespace sv
