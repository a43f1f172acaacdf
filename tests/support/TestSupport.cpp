#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sv::test {

KeyringCommand underUnopenedKeyring(const QTemporaryDir& home, const QString& program,
                                    const QStringList& arguments, QProcessEnvironment environment)
{
    for (const char* var :
         {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home.filePath(QString::fromLatin1(var).toLower());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(QString::fromLatin1(var), dir);
    }
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    KeyringCommand command;
    command.program = QStringLiteral("dbus-run-session");
    command.arguments =
        QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null && "
                                   "exec \"$0\" \"$@\""),
                    program} +
        arguments;
    command.environment = environment;
    return command;
}

QString dataPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_TEST_DATA")).absoluteFilePath(relative);
}

QString buildPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_BUILD_DIR")).absoluteFilePath(relative);
}

QString brokenCharacter(const QString& text, const QString& cluster)
{
    if (QString::fromUtf8(text.toUtf8()) != text)
        return QStringLiteral("a surrogate pair was cut in: ") + text;
    const QString firstCodePoint = cluster.left(cluster.at(0).isHighSurrogate() ? 2 : 1);
    if (text.contains(firstCodePoint) && !text.contains(cluster))
        return QStringLiteral("a character was cut in: ") + text;
    return {};
}

int openDescriptors(qint64 pid, const QString& file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    int n = 0;
    for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (!target.isEmpty() && QFile::symLinkTarget(fds.filePath(fd)) == target)
            ++n;
    }
    return n;
}

} // namespace sv::test
