#include "config/AppConfig.h"

#include "config/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <array>

namespace sv {

namespace {

/// One known key: its name, its built-in default and where it lives in the struct.
struct KeySpec
{
    const char* key;
    const char* defaultValue;
    QString* (*text)(AppConfig&); ///< Set for text keys.
    QUrl* (*url)(AppConfig&);     ///< Set for URL keys.
    bool optional;                ///< May be empty.
};

// clang-format off
const std::array<KeySpec, 22> keySpecs = {{
    {"backend/url", "", nullptr, [](AppConfig& c) { return &c.backend.url; }, true},
    {"backend/anon_key", "", [](AppConfig& c) { return &c.backend.anonKey; }, nullptr, true},
    {"backend/oauth_relay_url", "", nullptr, [](AppConfig& c) { return &c.backend.oauthRelayUrl; }, true},
    {"youtube/client_id", "", [](AppConfig& c) { return &c.youtube.clientId; }, nullptr, true},
    {"youtube/auth_url", "https://accounts.google.com/o/oauth2/v2/auth", nullptr,
     [](AppConfig& c) { return &c.youtube.authUrl; }, false},
    {"youtube/token_url", "https://oauth2.googleapis.com/token", nullptr,
     [](AppConfig& c) { return &c.youtube.tokenUrl; }, false},
    {"youtube/revoke_url", "https://oauth2.googleapis.com/revoke", nullptr,
     [](AppConfig& c) { return &c.youtube.revokeUrl; }, false},
    {"youtube/api_base", "https://www.googleapis.com/youtube/v3", nullptr,
     [](AppConfig& c) { return &c.youtube.apiBase; }, false},
    {"youtube/analytics_base", "https://youtubeanalytics.googleapis.com/v2", nullptr,
     [](AppConfig& c) { return &c.youtube.analyticsBase; }, false},
    {"instagram/client_id", "", [](AppConfig& c) { return &c.instagram.clientId; }, nullptr, true},
    {"instagram/auth_url", "https://www.instagram.com/oauth/authorize", nullptr,
     [](AppConfig& c) { return &c.instagram.authUrl; }, false},
    {"instagram/token_url", "https://api.instagram.com/oauth/access_token", nullptr,
     [](AppConfig& c) { return &c.instagram.tokenUrl; }, false},
    {"instagram/graph_base", "https://graph.instagram.com", nullptr,
     [](AppConfig& c) { return &c.instagram.graphBase; }, false},
    {"instagram/redirect_uri", "", nullptr, [](AppConfig& c) { return &c.instagram.redirectUri; }, true},
    {"tiktok/client_key", "", [](AppConfig& c) { return &c.tiktok.clientKey; }, nullptr, true},
    {"tiktok/auth_url", "https://www.tiktok.com/v2/auth/authorize/", nullptr,
     [](AppConfig& c) { return &c.tiktok.authUrl; }, false},
    {"tiktok/token_url", "https://open.tiktokapis.com/v2/oauth/token/", nullptr,
     [](AppConfig& c) { return &c.tiktok.tokenUrl; }, false},
    {"tiktok/api_base", "https://open.tiktokapis.com", nullptr,
     [](AppConfig& c) { return &c.tiktok.apiBase; }, false},
    {"sync/request_timeout", "30", [](AppConfig& c) { return &c.sync.requestTimeout; }, nullptr, false},
    {"sync/page_timeout", "60", [](AppConfig& c) { return &c.sync.pageTimeout; }, nullptr, false},
    {"sync/job_timeout", "7200", [](AppConfig& c) { return &c.sync.jobTimeout; }, nullptr, false},
    {"profile/location", "", [](AppConfig& c) { return &c.profile.location; }, nullptr, true},
}};
// clang-format on

const KeySpec* findSpec(const QString& key)
{
    for (const KeySpec& spec : keySpecs) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

const QStringList& knownGroups()
{
    static const QStringList groups = {QStringLiteral("backend"),   QStringLiteral("youtube"),
                                       QStringLiteral("instagram"), QStringLiteral("tiktok"),
                                       QStringLiteral("sync"),      QStringLiteral("profile")};
    return groups;
}

/// "[group] key" for messages.
QString describeKey(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return key;
    return QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
}

/// The lines of an INI file as QSettings reads them: "[group]" headers, "key = value", comments.
QStringList fileLines(const QString& file)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

/// The 1-based line where `file` sets `key` ("group/name"; the last one when set twice, as QSettings
/// keeps), 0 when it cannot be found.
int keyLine(const QString& file, const QString& key)
{
    const QStringList lines = fileLines(file);
    QString group;
    int found = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            group = line.mid(1, line.indexOf(QLatin1Char(']')) - 1).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        const QString name = line.left(eq).trimmed();
        const bool general =
            group.isEmpty() || group.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0;
        if ((general ? name : group + QLatin1Char('/') + name) == key)
            found = i + 1;
    }
    return found;
}

/// The first line QSettings cannot read as INI (a group header without "]", a line that is neither a
/// comment nor "key = value"), 0 when none.
int malformedLine(const QString& file)
{
    const QStringList lines = fileLines(file);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) ? !line.endsWith(QLatin1Char(']'))
                                              : !line.contains(QLatin1Char('=')))
            return i + 1;
    }
    return 0;
}

/// "file:line: [group] key: problem" (the line when the file sets the key; no file for a default).
QString located(const QString& file, const QString& key, const QString& problem, int line)
{
    const QString where = describeKey(key) + QStringLiteral(": ") + problem;
    if (file.isEmpty())
        return where;
    const QString shown = QDir::toNativeSeparators(file);
    return (line > 0 ? shown + QLatin1Char(':') + QString::number(line) : shown) + QStringLiteral(": ") +
           where;
}

/// The problems found so far; the first one's file and line go into the error.
struct Problems
{
    QStringList texts;
    QString file;
    int line = 0;

    void add(const QString& inFile, const QString& key, const QString& problem)
    {
        const int at = keyLine(inFile, key);
        if (texts.isEmpty()) {
            file = inFile;
            line = at;
        }
        texts.append(located(inFile, key, problem, at));
    }
    AppConfigError error() const { return AppConfigError{texts.join(QStringLiteral("; ")), file, line}; }
};

/// Key names that only a secret would have. ("token_url" is fine: it names an endpoint.)
bool keyLooksSecret(const QString& key)
{
    const QString name = key.toLower();
    static const std::array<const char*, 9> patterns = {"secret",     "service_role",  "servicerole",
                                                        "password",   "passwd",        "private_key",
                                                        "privatekey", "refresh_token", "access_token"};
    for (const char* pattern : patterns) {
        if (name.contains(QLatin1String(pattern)))
            return true;
    }
    return false;
}

/// Values that are recognisably secret whatever key they sit under: Stripe secret and restricted
/// keys, webhook signing secrets, Supabase secret keys, a Supabase service_role JWT, PEM keys.
bool valueLooksSecret(const QString& value)
{
    const QString v = value.trimmed();
    static const std::array<const char*, 7> prefixes = {"sk_live_", "sk_test_",   "rk_live_",  "rk_test_",
                                                        "whsec_",   "sb_secret_", "-----BEGIN"};
    for (const char* prefix : prefixes) {
        if (v.startsWith(QLatin1String(prefix)))
            return true;
    }
    const QStringList parts = v.split(QLatin1Char('.'));
    if (parts.size() == 3 && !parts[1].isEmpty()) {
        const QByteArray payload = QByteArray::fromBase64(
            parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        if (doc.isObject() &&
            doc.object().value(QLatin1String("role")).toString() == QLatin1String("service_role"))
            return true;
    }
    return false;
}

QString secretAdvice()
{
    return AppConfig::tr(
        "this looks like a secret, and secrets never go in this file (every user can read it); "
        "remove it: StreamVibe is a public client and keeps its credentials in the system keychain");
}

/// The problem with one URL value, if any.
std::optional<QString> urlProblem(const QUrl& url, bool optional)
{
    if (url.isEmpty()) {
        if (optional)
            return std::nullopt;
        return AppConfig::tr("must not be empty");
    }
    if (!url.isValid())
        return AppConfig::tr("is not a valid URL (%1)").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return AppConfig::tr("must be an absolute https:// URL: %1").arg(url.toDisplayString());
    if (url.host().isEmpty())
        return AppConfig::tr("has no host name: %1").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return AppConfig::tr("must not carry a user name or password: %1")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (scheme == QLatin1String("http") && !AppConfig::isLoopbackHost(url.host()))
        return AppConfig::
            tr("http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1")
                .arg(url.toDisplayString());
    return std::nullopt;
}

/// A QSettings value as text; the INI format turns unquoted commas into lists.
QString settingText(const QVariant& v)
{
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString();
}

} // namespace

QString configSourceId(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Default:
        return QStringLiteral("default");
    case ConfigSource::System:
        return QStringLiteral("system");
    case ConfigSource::User:
        return QStringLiteral("user");
    case ConfigSource::Option:
        return QStringLiteral("option");
    case ConfigSource::Environment:
        return QStringLiteral("environment");
    }
    return QString();
}

QString configSourceDisplayName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Default:
        return AppConfig::tr("built-in default");
    case ConfigSource::System:
        return AppConfig::tr("system file");
    case ConfigSource::User:
        return AppConfig::tr("user file");
    case ConfigSource::Option:
        return AppConfig::tr("--config file");
    case ConfigSource::Environment:
        return AppConfig::tr("$STREAMVIBE_CONFIG file");
    }
    return QString();
}

AppConfig::AppConfig()
{
    for (const KeySpec& spec : keySpecs)
        setValue(QLatin1String(spec.key), QLatin1String(spec.defaultValue));
    m_origins.clear();
}

QStringList AppConfig::keys()
{
    QStringList result;
    for (const KeySpec& spec : keySpecs)
        result.append(QLatin1String(spec.key));
    return result;
}

bool AppConfig::isUrlKey(const QString& key)
{
    const KeySpec* spec = findSpec(key);
    return spec && spec->url;
}

QString AppConfig::value(const QString& key) const
{
    const KeySpec* spec = findSpec(key);
    if (!spec)
        return QString();
    // The accessors take a mutable config; reading through them does not modify it.
    auto& self = const_cast<AppConfig&>(*this);
    if (spec->url)
        return spec->url(self)->toString(QUrl::FullyEncoded);
    return *spec->text(self);
}

bool AppConfig::setValue(const QString& key, const QString& value)
{
    const KeySpec* spec = findSpec(key);
    if (!spec)
        return false;
    const QString v = value.trimmed();
    if (spec->url)
        *spec->url(*this) = v.isEmpty() ? QUrl() : QUrl(v, QUrl::StrictMode);
    else
        *spec->text(*this) = v;
    return true;
}

ConfigOrigin AppConfig::origin(const QString& key) const
{
    return m_origins.value(key);
}

bool AppConfig::isLoopbackHost(const QString& host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

bool AppConfig::isSandbox() const
{
    auto& self = const_cast<AppConfig&>(*this);
    for (const KeySpec& spec : keySpecs) {
        if (!spec.url)
            continue;
        const QUrl& url = *spec.url(self);
        // Keys whose empty value derives from backend/url (the relay URLs) follow it.
        if (url.isEmpty() && spec.optional && QLatin1String(spec.key) != QLatin1String("backend/url"))
            continue;
        if (url.isEmpty() || !url.isValid() || !isLoopbackHost(url.host()))
            return false;
    }
    return true;
}

Result<void, AppConfigError> AppConfig::validate() const
{
    auto& self = const_cast<AppConfig&>(*this);
    Problems problems;
    for (const KeySpec& spec : keySpecs) {
        const QString key = QLatin1String(spec.key);
        const QString file = m_origins.value(key).file;
        if (spec.url) {
            if (const auto problem = urlProblem(*spec.url(self), spec.optional))
                problems.add(file, key, *problem);
        } else if (valueLooksSecret(*spec.text(self))) {
            problems.add(file, key, secretAdvice());
        } else if (key.startsWith(QLatin1String("sync/"))) {
            bool ok = false;
            const int seconds = spec.text(self)->toInt(&ok);
            if (!ok || seconds <= 0)
                problems.add(file, key, AppConfig::tr("must be a whole number of seconds above 0"));
        } else if (key == QLatin1String("profile/location") && !profile.location.isEmpty()) {
            QString problem;
            if (Profile::expandLocation(profile.location, &problem).isEmpty())
                problems.add(file, key, problem);
        }
    }
    if (problems.texts.isEmpty())
        return {};
    return problems.error();
}

QList<ConfigLayer> AppConfig::layers(const QString& explicitFile)
{
    if (!explicitFile.isEmpty())
        return {ConfigLayer{ConfigSource::Option, QFileInfo(explicitFile).absoluteFilePath(), true}};
    const QString fromEnv = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnv.isEmpty())
        return {ConfigLayer{ConfigSource::Environment, QFileInfo(fromEnv).absoluteFilePath(), true}};

    // XDG Base Directory: relative entries are invalid and ignored; the first of $XDG_CONFIG_DIRS is
    // the most important, $XDG_CONFIG_HOME beats them all.
    QString home = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (home.isEmpty() || QDir::isRelativePath(home))
        home = QDir::homePath() + QStringLiteral("/.config");
    const QString userFile = QDir::cleanPath(home + QLatin1Char('/') + QLatin1String(RelativePath));

    QStringList dirs;
    const QStringList listed =
        qEnvironmentVariable("XDG_CONFIG_DIRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString& dir : listed) {
        if (!QDir::isRelativePath(dir))
            dirs.append(dir);
    }
    if (dirs.isEmpty())
        dirs.append(QStringLiteral("/etc/xdg"));

    QList<ConfigLayer> result;
    QStringList seen{userFile};
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it) {
        const QString file = QDir::cleanPath(*it + QLatin1Char('/') + QLatin1String(RelativePath));
        if (seen.contains(file))
            continue;
        seen.append(file);
        result.append(ConfigLayer{ConfigSource::System, file, false});
    }
    result.append(ConfigLayer{ConfigSource::User, userFile, false});
    return result;
}

Result<AppConfig, AppConfigError> AppConfig::load(const QString& explicitFile)
{
    return loadLayers(layers(explicitFile));
}

Result<AppConfig, AppConfigError> AppConfig::loadLayers(const QList<ConfigLayer>& fileLayers)
{
    AppConfig config;
    Problems problems;
    for (const ConfigLayer& layer : fileLayers) {
        const QFileInfo info(layer.path);
        const QString shownPath = QDir::toNativeSeparators(layer.path);
        if (!info.exists()) {
            if (layer.required)
                return AppConfigError{AppConfig::tr("Configuration file %1 not found").arg(shownPath),
                                      layer.path};
            continue;
        }
        if (!info.isFile() || !info.isReadable())
            return AppConfigError{AppConfig::tr("Configuration file %1 cannot be read").arg(shownPath),
                                  layer.path};

        QSettings settings(layer.path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            const int line = malformedLine(layer.path);
            if (line > 0)
                return AppConfigError{
                    AppConfig::tr("%1:%2: this line is not a [group] header or a key = value "
                                  "line")
                        .arg(shownPath)
                        .arg(line),
                    layer.path, line};
            return AppConfigError{
                AppConfig::tr("Configuration file %1 is not a valid INI file").arg(shownPath), layer.path};
        }
        config.m_loadedFiles.append(layer.path);

        const QStringList fileKeys = settings.allKeys();
        for (const QString& key : fileKeys) {
            const QString text = settingText(settings.value(key));
            if (keyLooksSecret(key) || valueLooksSecret(text)) {
                problems.add(layer.path, key, secretAdvice());
                continue;
            }
            if (!config.setValue(key, text)) {
                const QString group = key.section(QLatin1Char('/'), 0, 0);
                if (!key.contains(QLatin1Char('/')))
                    config.m_warnings.append(
                        AppConfig::tr("%1: key %2 is outside any group and is ignored").arg(shownPath, key));
                else if (!knownGroups().contains(group))
                    config.m_warnings.append(
                        AppConfig::tr("%1: unknown group [%2] is ignored").arg(shownPath, group));
                else
                    config.m_warnings.append(
                        AppConfig::tr("%1: unknown key %2 is ignored").arg(shownPath, describeKey(key)));
                continue;
            }
            config.m_origins.insert(key, ConfigOrigin{layer.source, layer.path});
        }
    }
    if (!problems.texts.isEmpty())
        return problems.error();
    if (auto valid = config.validate(); !valid)
        return valid.error();
    return config;
}

Result<void, AppConfigError> AppConfig::write(const QString& path) const
{
    if (auto valid = validate(); !valid)
        return valid;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return AppConfigError{AppConfig::tr("Cannot create the directory %1")
                                  .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.exists() && !QFile::remove(info.absoluteFilePath()))
        return AppConfigError{
            AppConfig::tr("Cannot replace %1").arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    {
        QSettings settings(info.absoluteFilePath(), QSettings::IniFormat);
        for (const KeySpec& spec : keySpecs)
            settings.setValue(QLatin1String(spec.key), value(QLatin1String(spec.key)));
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return AppConfigError{AppConfig::tr("Cannot write the configuration file %1")
                                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    }
    return {};
}

} // namespace sv
