#include "config/Profile.h"

#include "config/AppConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUuid>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace sv {

namespace {

enum class IdProblem { None, Unreadable, Damaged, Uncreatable };

/// Reads the profile's id from `path`: nullopt when there is no such file, "" (with `problem`) when it is
/// unusable.
std::optional<QString> readProfileId(const QString& path, IdProblem* problem, QString* reason)
{
    QFile file(path);
    if (!QFileInfo(path).exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = IdProblem::Unreadable;
        *reason = file.errorString();
        return QString();
    }
    const QUuid id = QUuid::fromString(QLatin1String(file.read(128).trimmed()));
    if (id.isNull()) {
        *problem = IdProblem::Damaged;
        return QString();
    }
    return id.toString(QUuid::WithoutBraces);
}

/// The profile's id, created when there is none. Two processes creating it at once end up with the same
/// id: it is written to a temporary file, then linked to its name, which never replaces an existing file.
QString establishProfileId(const QString& dir, IdProblem* problem, QString* reason)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(Profile::IdFileName);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (const auto existing = readProfileId(path, problem, reason))
            return *existing;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTemporaryFile temp(dir + QStringLiteral("/.profile-id-XXXXXX"));
        if (!temp.open() || temp.write(id.toLatin1() + '\n') < 0 || !temp.flush()) {
            *problem = IdProblem::Uncreatable;
            *reason = temp.errorString();
            return {};
        }
#ifdef Q_OS_UNIX
        ::fsync(temp.handle());
        if (::link(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) == 0)
            return id;
        if (errno != EEXIST) {
            *problem = IdProblem::Uncreatable;
            *reason = qt_error_string(errno);
            return {};
        }
#else
        temp.close();
        if (QFile::rename(temp.fileName(), path)) { // never replaces an existing file
            temp.setAutoRemove(false);
            return id;
        }
#endif
        // Another process created it first (or it is a dangling link): read it again.
    }
    *problem = IdProblem::Uncreatable;
    *reason = QCoreApplication::translate("sv::Profile", "the file exists but cannot be read");
    return {};
}

} // namespace

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
    // The profile holds the user's library: keep it private to the user (changed only when it is not yet,
    // so that an already private folder on a read-only file system gets to the identity check below).
    constexpr QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr QFileDevice::Permissions unixBits =
        ownerOnly | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((QFileInfo(absolute).permissions() & unixBits) != ownerOnly &&
        !QFile::setPermissions(absolute, ownerOnly)) {
        p.m_error = QCoreApplication::translate("sv::Profile", "Cannot make the profile directory %1 private")
                        .arg(QDir::toNativeSeparators(absolute));
        return p;
    }
    const QString directory = QDir::cleanPath(absolute);
    IdProblem problem = IdProblem::None;
    QString reason;
    const QString id = establishProfileId(directory, &problem, &reason);
    if (id.isEmpty()) {
        const QString file =
            QDir::toNativeSeparators(directory + QLatin1Char('/') + QLatin1String(IdFileName));
        if (problem == IdProblem::Damaged)
            p.m_error = QCoreApplication::translate(
                            "sv::Profile",
                            "The profile's identity file %1 is damaged. Remove it to give the profile a new "
                            "identity; you will then have to sign in and connect your accounts again.")
                            .arg(file);
        else
            p.m_error =
                QCoreApplication::translate(
                    "sv::Profile",
                    "Cannot read or create the profile's identity file %1 (%2). StreamVibe needs it to keep "
                    "this profile's keychain entries apart from other profiles': make the folder %3 "
                    "writable.")
                    .arg(file, reason, QDir::toNativeSeparators(directory));
        return p;
    }
    p.m_directory = directory;
    p.m_id = id;
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
