#include "config/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sv {

Profile Profile::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
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

QString Profile::libraryPath() const
{
    return m_directory + QStringLiteral("/library.sqlite");
}

QString Profile::name() const
{
    return QFileInfo(m_directory).fileName();
}

} // namespace sv
