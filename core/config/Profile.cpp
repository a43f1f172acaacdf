#include "config/Profile.h"

#include "config/AppConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace sv {

Profile Profile::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
    if (dir.isEmpty()) {
        // The location an administrator (or the user) set in streamvibe.conf.
        const ConfiguredLocation configured = configuredLocation();
        if (!configured.value.isEmpty()) {
            QString problem;
            dir = expandLocation(configured.value, &problem);
            if (dir.isEmpty()) {
                Profile p;
                p.m_error = QCoreApplication::translate("sv::Profile", "%1: [profile] location: %2")
                                .arg(QDir::toNativeSeparators(configured.file), problem);
                return p;
            }
        }
    }
    if (dir.isEmpty()) {
        // Not AppDataLocation: that depends on each executable's application name, and the GUI and
        // the CLI must find the same default profile.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        dir = base + QStringLiteral("/StreamVibe/profiles/default");
    }
    Profile p;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(absolute)) {
        p.m_error = QCoreApplication::translate("sv::Profile", "Cannot create the profile directory %1")
                        .arg(QDir::toNativeSeparators(absolute));
        return p;
    }
    // The profile holds the user's library: keep it private to the user.
    if (!QFile::setPermissions(absolute,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        p.m_error = QCoreApplication::translate("sv::Profile", "Cannot make the profile directory %1 private")
                        .arg(QDir::toNativeSeparators(absolute));
        return p;
    }
    p.m_directory = QDir::cleanPath(absolute);
    return p;
}

Profile::ConfiguredLocation Profile::configuredLocation()
{
    ConfiguredLocation result;
    const QString key = QStringLiteral("profile/location");
    for (const ConfigLayer& layer : AppConfig::layers()) {
        const QFileInfo info(layer.path);
        if (!info.isFile() || !info.isReadable())
            continue;
        QSettings settings(layer.path, QSettings::IniFormat);
        if (!settings.contains(key))
            continue;
        const QVariant v = settings.value(key);
        // The INI format reads an unquoted comma as a list separator.
        const QString text = v.metaType().id() == QMetaType::QStringList
                                 ? v.toStringList().join(QLatin1Char(','))
                                 : v.toString();
        result = {text.trimmed(), layer.path};
    }
    return result;
}

QString Profile::expandLocation(const QString& location, QString* error)
{
    const auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        return QString();
    };
    QString text = location.trimmed();
    const QString home = QDir::homePath();
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        text = home + text.mid(1);

    static const QRegularExpression variable(
        QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString expanded;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        QString value;
        if (name == QLatin1String("HOME")) {
            value = home;
        } else if (name == QLatin1String("USER")) {
            value = qEnvironmentVariable("USER");
            if (value.isEmpty())
                value = qEnvironmentVariable("LOGNAME");
            if (value.isEmpty())
                return failed(QCoreApplication::translate(
                    "sv::Profile",
                    "$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)"));
        } else {
            return failed(
                QCoreApplication::translate(
                    "sv::Profile", "unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)")
                    .arg(name));
        }
        expanded += text.mid(last, m.capturedStart() - last) + value;
        last = m.capturedEnd();
    }
    expanded += text.mid(last);
    if (expanded.contains(QLatin1Char('$')))
        return failed(
            QCoreApplication::translate("sv::Profile", "a $ that starts no variable: %1").arg(location));
    if (expanded.isEmpty() || QDir::isRelativePath(expanded))
        return failed(
            QCoreApplication::translate("sv::Profile", "must be an absolute path (or start with ~/): %1")
                .arg(location));
    return QDir::cleanPath(expanded);
}

QString Profile::libraryPath() const
{
    return m_directory + QStringLiteral("/library.sqlite");
}

QString Profile::name() const
{
    return QFileInfo(m_directory).fileName();
}

} // namespace sv
