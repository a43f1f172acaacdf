#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "Result.h"

#include <optional>

namespace sv {

/// A configuration problem, worded for the administrator who has to fix the file.
struct AppConfigError
{
    QString message;
    /// The file of the (first) problem, when it is in a file; "" otherwise.
    QString file{};
    /// Its line in `file` (1-based), when known; 0 otherwise. The message says "file:line: ..." too.
    int line = 0;
};

/// Where a configuration file sits in the lookup order, and so where an effective value came from.
enum class ConfigSource {
    Default,     ///< Built into the application.
    System,      ///< $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), set by an admin.
    User,        ///< $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config).
    Option,      ///< --config FILE: replaces the system and user files.
    Environment, ///< $STREAMVIBE_CONFIG: replaces the system and user files.
};

/// A stable, untranslated id for scripts ("default", "system", "user", "option", "environment").
QString configSourceId(ConfigSource source);
/// A translated label for people.
QString configSourceDisplayName(ConfigSource source);

/// One file of the lookup order, lowest priority first.
struct ConfigLayer
{
    ConfigSource source = ConfigSource::Default;
    QString path;
    /// An explicitly named file (--config, $STREAMVIBE_CONFIG) must exist; the XDG files may not.
    bool required = false;
};

/// Where one effective value came from.
struct ConfigOrigin
{
    ConfigSource source = ConfigSource::Default;
    QString file; ///< Empty for ConfigSource::Default.
};

/// The [backend] group. (Named BackendSettings so it does not clash with backend/BackendClient.h's
/// sv::BackendConfig, the client's runtime configuration built from it.)
struct BackendSettings
{
    QUrl url; ///< Empty: no backend configured (offline use only).
    QString anonKey;
    /// The `platform-oauth-relay` function's public URL, registered as the platforms' https redirect URI.
    /// Empty: `{url}/functions/v1/platform-oauth-relay`.
    QUrl oauthRelayUrl;
};

struct YouTubeConfig
{
    QString clientId;
    QUrl authUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl apiBase;
    /// YouTube Analytics API (daily views per video).
    QUrl analyticsBase;
};

struct InstagramConfig
{
    QString clientId;
    QUrl authUrl;
    QUrl tokenUrl;
    QUrl graphBase;
    /// The redirect URI registered with Instagram (https, the backend relay). Empty: the OAuth relay URL.
    QUrl redirectUri;
};

struct TikTokConfig
{
    QString clientKey;
    QUrl authUrl;
    QUrl tokenUrl;
    QUrl apiBase;
};

/// The [sync] group: how long a sync waits for a platform, in whole seconds (positive integers, as text).
/// A platform that does not answer is given request_timeout per request and page_timeout per page, retries
/// included; a job ends within job_timeout. Defaults: 30, 60 and 7200.
struct SyncSettings
{
    QString requestTimeout;
    QString pageTimeout;
    QString jobTimeout;
};

/// The [profile] group: where the default profile lives (see Profile::resolve()). An admin sets it
/// system-wide; "~", $HOME and $USER are expanded for each user (Profile::expandLocation()).
struct ProfileSettings
{
    QString location; ///< Empty: <GenericDataLocation>/StreamVibe/profiles/default.
};

/// The application configuration: public endpoints and public client ids, never a secret.
///
/// One INI file (QSettings::IniFormat) with the groups [backend], [youtube], [instagram], [tiktok], [sync],
/// looked up the XDG way: each $XDG_CONFIG_DIRS entry (default /etc/xdg) then $XDG_CONFIG_HOME
/// (default ~/.config), each as StreamVibe/streamvibe.conf, later files overriding earlier ones key
/// by key. `--config FILE` (or else $STREAMVIBE_CONFIG) replaces that lookup entirely. Keys no file
/// sets keep their built-in defaults, the production endpoints.
class AppConfig
{
    Q_DECLARE_TR_FUNCTIONS(AppConfig)

public:
    static constexpr const char* EnvironmentVariable = "STREAMVIBE_CONFIG";
    /// Relative to each XDG configuration directory.
    static constexpr const char* RelativePath = "StreamVibe/streamvibe.conf";

    BackendSettings backend;
    YouTubeConfig youtube;
    InstagramConfig instagram;
    TikTokConfig tiktok;
    SyncSettings sync;
    ProfileSettings profile;

    /// The built-in defaults: production endpoints, no backend, no client ids.
    AppConfig();

    /// The lookup order, lowest priority first. `explicitFile` is --config's value (may be empty).
    static QList<ConfigLayer> layers(const QString& explicitFile = {});
    /// Loads and validates the effective configuration from layers(explicitFile).
    static Result<AppConfig, AppConfigError> load(const QString& explicitFile = {});
    /// Loads and validates from the given files, lowest priority first.
    static Result<AppConfig, AppConfigError> loadLayers(const QList<ConfigLayer>& layers);

    /// Every known key as "group/key", in file order.
    static QStringList keys();
    static bool isUrlKey(const QString& key);
    /// The value of a known key as text (URLs in their full encoded form); empty for an unknown key.
    QString value(const QString& key) const;
    /// Sets a known key from text; false for an unknown key. The value is checked by validate().
    bool setValue(const QString& key, const QString& value);
    ConfigOrigin origin(const QString& key) const;

    /// The files that were read, lowest priority first.
    QStringList loadedFiles() const { return m_loadedFiles; }
    /// Harmless findings worth telling the admin (unknown keys or groups, which are ignored).
    QStringList warnings() const { return m_warnings; }

    bool isBackendConfigured() const { return !backend.url.isEmpty(); }
    /// True when every endpoint, the backend's included, is on a loopback host: the local sandbox.
    bool isSandbox() const;

    /// Checks every value: URLs must be absolute https:// (http:// only for loopback hosts), carry no
    /// credentials, and no value may look like a secret. The error lists every problem found.
    Result<void, AppConfigError> validate() const;

    /// Writes every key to `path` (replacing the file) after validate(). Used by the sandbox.
    Result<void, AppConfigError> write(const QString& path) const;

    /// Whether `host` is 127.0.0.0/8, ::1 or localhost.
    static bool isLoopbackHost(const QString& host);

private:
    QHash<QString, ConfigOrigin> m_origins;
    QStringList m_loadedFiles;
    QStringList m_warnings;
};

} // namespace sv
