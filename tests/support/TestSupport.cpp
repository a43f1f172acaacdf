#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>
#include <QTest>

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

bool inThisShard(const QObject* testObject)
{
    const QString shard = qEnvironmentVariable("STREAMVIBE_TEST_SHARD");
    if (shard.isEmpty())
        return true;
    const QStringList parts = shard.split(QLatin1Char('/'));
    bool indexOk = false;
    bool countOk = false;
    const int index = parts.value(0).toInt(&indexOk);
    const int count = parts.value(1).toInt(&countOk);
    if (parts.size() != 2 || !indexOk || !countOk || count < 1 || index < 1 || index > count)
        qFatal("STREAMVIBE_TEST_SHARD must be i/n with 1 <= i <= n, not \"%s\"", qPrintable(shard));
    // The function's position among the class's own test functions (not init, cleanup or _data).
    const QMetaObject* meta = testObject->metaObject();
    const QByteArray current = QTest::currentTestFunction();
    int position = 0;
    for (int m = meta->methodOffset(); m < meta->methodCount(); ++m) {
        const QMetaMethod method = meta->method(m);
        const QByteArray name = method.name();
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private ||
            method.parameterCount() != 0 || name.endsWith("_data") || name == "init" || name == "cleanup" ||
            name == "initTestCase" || name == "cleanupTestCase")
            continue;
        if (name == current)
            return position % count == index - 1;
        ++position;
    }
    return true;
}

} // namespace sv::test
