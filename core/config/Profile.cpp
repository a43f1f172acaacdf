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
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        dir = base + QStringLiteral("/profiles/default");
    }
    Profile p;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(absolute)) {
        p.m_error = QCoreApplication::translate("sv::Profile", "Cannot create the profile directory %1")
                        .arg(QDir::toNativeSeparators(absolute));
        return p;
    }
    // The profile holds the user's library: keep it private to the user.
    QFile::setPermissions(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
