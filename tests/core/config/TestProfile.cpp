#include "config/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;

namespace {

constexpr QFileDevice::Permissions ownerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QFileDevice::Permissions unixPermissions(const QString& path)
{
    // Only the Unix bits: Qt's "User" flags mirror the owner ones for the current user.
    return QFileInfo(path).permissions() &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        qunsetenv(Profile::EnvironmentVariable);
    }

    void cleanup() { qunsetenv(Profile::EnvironmentVariable); }

    void explicitDirectoryIsCreatedPrivate()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("explicit/nested/profile"));
        const Profile p = Profile::resolve(dir);
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        QCOMPARE(p.directory(), dir);
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(unixPermissions(dir), ownerOnly);
        QCOMPARE(p.libraryPath(), dir + QStringLiteral("/library.sqlite"));
        QCOMPARE(p.name(), QStringLiteral("profile"));
        QVERIFY(p.error().isEmpty());
    }

    void existingDirectoryIsMadePrivate()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther));
        const Profile p = Profile::resolve(dir);
        QVERIFY(p.isValid());
        QCOMPARE(unixPermissions(dir), ownerOnly);
    }

    void relativeDirectoryIsMadeAbsolute()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_tmp.path()));
        const Profile p = Profile::resolve(QStringLiteral("rel/../relative-profile"));
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(p.isValid());
        QCOMPARE(p.directory(), m_tmp.filePath(QStringLiteral("relative-profile")));
    }

    void environmentVariableIsUsed()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("from-env"));
        qputenv(Profile::EnvironmentVariable, dir.toLocal8Bit());
        const Profile p = Profile::resolve();
        QVERIFY(p.isValid());
        QCOMPARE(p.directory(), dir);
        QCOMPARE(unixPermissions(dir), ownerOnly);
    }

    void explicitDirectoryBeatsEnvironment()
    {
        qputenv(Profile::EnvironmentVariable, m_tmp.filePath(QStringLiteral("env")).toLocal8Bit());
        const QString dir = m_tmp.filePath(QStringLiteral("option"));
        const Profile p = Profile::resolve(dir);
        QCOMPARE(p.directory(), dir);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("env"))));
    }

    void defaultLocationIsUnderXdgDataHome()
    {
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        const QString dataHome = m_tmp.filePath(QStringLiteral("home/.local/share"));
        qputenv("XDG_DATA_HOME", dataHome.toLocal8Bit());
        const Profile p = Profile::resolve();
        qputenv("XDG_DATA_HOME", previous);
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        const QString expected = dataHome + QStringLiteral("/StreamVibe/profiles/default");
        QCOMPARE(p.directory(), expected);
        QCOMPARE(p.name(), QStringLiteral("default"));
        QVERIFY(QFileInfo(expected).isDir());
        QCOMPARE(unixPermissions(expected), ownerOnly);
    }

    void uncreatableDirectoryIsReported()
    {
        // A regular file where a parent directory should be: mkpath fails even for root.
        const QString file = m_tmp.filePath(QStringLiteral("blocker"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Profile p = Profile::resolve(file + QStringLiteral("/profile"));
        QVERIFY(!p.isValid());
        QVERIFY2(p.error().contains(file), qPrintable(p.error()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
