#include "config/AppConfig.h"
#include "config/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace sv;

namespace {

constexpr QFileDevice::Permissions ownerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

void writeText(const QString& path, const QByteArray& text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(text), text.size());
}

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
    QByteArray m_savedConfigDirs;
    QByteArray m_savedConfigHome;
    QByteArray m_savedUser;

    /// The system-wide file an admin edits (first $XDG_CONFIG_DIRS entry) and the user's file.
    QString systemFile() const
    {
        return m_tmp.filePath(QStringLiteral("etc-xdg/StreamVibe/streamvibe.conf"));
    }
    QString userFile() const
    {
        return m_tmp.filePath(QStringLiteral("config-home/StreamVibe/streamvibe.conf"));
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        qunsetenv(Profile::EnvironmentVariable);
        qunsetenv(AppConfig::EnvironmentVariable);
        // Never the machine's /etc/xdg: the configuration files of these tests live in m_tmp.
        m_savedConfigDirs = qgetenv("XDG_CONFIG_DIRS");
        m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        m_savedUser = qgetenv("USER");
        qputenv("XDG_CONFIG_DIRS", m_tmp.filePath(QStringLiteral("etc-xdg")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config-home")).toLocal8Bit());
        QFile::remove(systemFile());
        QFile::remove(userFile());
    }

    void cleanup()
    {
        qunsetenv(Profile::EnvironmentVariable);
        qunsetenv(AppConfig::EnvironmentVariable);
        qputenv("XDG_CONFIG_DIRS", m_savedConfigDirs);
        qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
        qputenv("USER", m_savedUser);
    }

    void adminSetsTheDefaultLocationSystemWide()
    {
        // /etc/xdg/StreamVibe/streamvibe.conf: [profile] location with $USER, as docs/ADMIN.md shows.
        const QString base = m_tmp.filePath(QStringLiteral("srv/streamvibe"));
        qputenv("USER", "alice");
        writeText(systemFile(), "[profile]\nlocation=" + base.toLocal8Bit() + "/$USER\n");
        const Profile p = Profile::resolve();
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        QCOMPARE(p.directory(), base + QStringLiteral("/alice"));
        QCOMPARE(unixPermissions(p.directory()), ownerOnly);
        QCOMPARE(p.libraryPath(), base + QStringLiteral("/alice/library.sqlite"));

        // The configuration knows the key: no "unknown group" warning, and its origin is the system file.
        const auto config = AppConfig::load();
        QVERIFY2(config.hasValue(), config ? "" : qPrintable(config.error().message));
        QVERIFY2(config->warnings().isEmpty(), qPrintable(config->warnings().join(QLatin1Char('\n'))));
        QCOMPARE(config->origin(QStringLiteral("profile/location")).source, ConfigSource::System);
        QCOMPARE(config->value(QStringLiteral("profile/location")), base + QStringLiteral("/$USER"));
    }

    void optionAndEnvironmentBeatTheConfiguredLocation()
    {
        writeText(systemFile(),
                  "[profile]\nlocation=" + m_tmp.filePath(QStringLiteral("configured")).toLocal8Bit() + "\n");
        const QString fromEnv = m_tmp.filePath(QStringLiteral("env-wins"));
        qputenv(Profile::EnvironmentVariable, fromEnv.toLocal8Bit());
        QCOMPARE(Profile::resolve().directory(), fromEnv);
        const QString explicitDir = m_tmp.filePath(QStringLiteral("option-wins"));
        QCOMPARE(Profile::resolve(explicitDir).directory(), explicitDir);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("configured"))));
    }

    void userFileOverridesTheSystemLocation()
    {
        writeText(systemFile(),
                  "[profile]\nlocation=" + m_tmp.filePath(QStringLiteral("system")).toLocal8Bit() + "\n");
        writeText(userFile(), "[profile]\nlocation=~/StreamVibe Profile\n");
        const Profile::ConfiguredLocation configured = Profile::configuredLocation();
        QCOMPARE(configured.value, QStringLiteral("~/StreamVibe Profile"));
        QCOMPARE(configured.file, userFile());
        QString error;
        QCOMPARE(Profile::expandLocation(configured.value, &error),
                 QDir::homePath() + QStringLiteral("/StreamVibe Profile"));
        QVERIFY(error.isEmpty());
    }

    void expansionOfHomeAndUser_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        const QString home = QDir::homePath();
        QTest::newRow("tilde") << QStringLiteral("~") << home;
        QTest::newRow("tilde slash") << QStringLiteral("~/p/") << home + QStringLiteral("/p");
        QTest::newRow("$HOME") << QStringLiteral("$HOME/x") << home + QStringLiteral("/x");
        QTest::newRow("${HOME}") << QStringLiteral("${HOME}/x") << home + QStringLiteral("/x");
        QTest::newRow("$USER") << QStringLiteral("/srv/$USER/profile") << QStringLiteral("/srv/bob/profile");
        QTest::newRow("${USER} glued")
            << QStringLiteral("/srv/p-${USER}-1") << QStringLiteral("/srv/p-bob-1");
        QTest::newRow("cleaned") << QStringLiteral(" /srv//a/../b ") << QStringLiteral("/srv/b");
        QTest::newRow("tilde not at start") << QStringLiteral("/srv/~bob") << QStringLiteral("/srv/~bob");
    }

    void expansionOfHomeAndUser()
    {
        QFETCH(QString, location);
        QFETCH(QString, expected);
        qputenv("USER", "bob");
        QString error;
        QCOMPARE(Profile::expandLocation(location, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unusableLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::newRow("relative") << QStringLiteral("profiles/default") << QStringLiteral("absolute path");
        QTest::newRow("tilde user") << QStringLiteral("~bob/p") << QStringLiteral("absolute path");
        QTest::newRow("unknown variable")
            << QStringLiteral("/srv/$DEPARTMENT/p") << QStringLiteral("$DEPARTMENT");
        QTest::newRow("lone dollar") << QStringLiteral("/srv/$/p")
                                     << QStringLiteral("$ that starts no variable");
        QTest::newRow("unclosed brace")
            << QStringLiteral("/srv/${USER/p") << QStringLiteral("$ that starts no variable");
    }

    void unusableLocations()
    {
        QFETCH(QString, location);
        QFETCH(QString, reason);
        qputenv("USER", "bob");
        QString error;
        QVERIFY(Profile::expandLocation(location, &error).isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void unknownUserNameIsAnError()
    {
        const QByteArray logname = qgetenv("LOGNAME");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        QString error;
        const QString expanded = Profile::expandLocation(QStringLiteral("/srv/$USER"), &error);
        qputenv("LOGNAME", logname);
        QVERIFY(expanded.isEmpty());
        QVERIFY2(error.contains(QLatin1String("$USER")), qPrintable(error));
    }

    void badConfiguredLocationIsReportedNotReplaced()
    {
        // A broken admin setting must not silently fall back to another directory.
        writeText(systemFile(), "[profile]\nlocation=relative/profile\n");
        const Profile p = Profile::resolve();
        QVERIFY(!p.isValid());
        QVERIFY2(p.error().contains(systemFile()), qPrintable(p.error()));
        QVERIFY2(p.error().contains(QLatin1String("[profile] location")), qPrintable(p.error()));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("relative"))));
        // AppConfig reports the same problem, naming the file.
        const auto config = AppConfig::load();
        QVERIFY(!config.hasValue());
        QVERIFY2(config.error().message.contains(systemFile()), qPrintable(config.error().message));
    }

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

    /// Issue 13, defect 5: the identity that names the profile's keychain entries is created once, is the
    /// same on every later resolve (also by another process), moves with the folder, and differs between
    /// two folders of the same name.
    void identityIsStableAndMovesWithTheFolder()
    {
        const QString a = m_tmp.filePath(QStringLiteral("id-a/pA"));
        const QString b = m_tmp.filePath(QStringLiteral("id-b/pA"));
        const Profile first = Profile::resolve(a);
        QVERIFY2(first.isValid(), qPrintable(first.error()));
        QVERIFY(!QUuid::fromString(first.id()).isNull());
        QCOMPARE(Profile::resolve(a).id(), first.id());
        QCOMPARE(unixPermissions(a + QStringLiteral("/profile-id")) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(first.secretScope().id, first.id());
        QCOMPARE(first.secretScope().legacyName, QStringLiteral("pA"));
        QCOMPARE(first.secretScope().key(QStringLiteral("supabase"), QStringLiteral("session")).toString(),
                 first.id() + QStringLiteral("/supabase/session"));

        const Profile other = Profile::resolve(b);
        QVERIFY(other.isValid());
        QCOMPARE(other.name(), first.name());
        QVERIFY(other.id() != first.id());

        const QString moved = m_tmp.filePath(QStringLiteral("id-moved/renamed"));
        QVERIFY(QDir().mkpath(QFileInfo(moved).path()));
        QVERIFY(QDir().rename(a, moved));
        QCOMPARE(Profile::resolve(moved).id(), first.id());
        // Nothing but the id file is left in the folder (no temporary file).
        QCOMPARE(QDir(moved).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("profile-id")});
    }

    /// Several processes opening a new profile at once agree on one identity.
    void concurrentFirstUseAgreesOnOneIdentity()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("id-race"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STREAMVIBE_PROFILE_ID_CHILD"), dir);
        QList<QProcess*> processes;
        for (int i = 0; i < 6; ++i) {
            auto* p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("printIdentityChild")});
            processes << p;
        }
        QSet<QString> ids;
        for (QProcess* p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(30000));
            const QByteArray out = p->readAllStandardOutput();
            const qsizetype at = out.indexOf("IDENTITY=");
            QVERIFY2(at >= 0, out.constData());
            ids.insert(QString::fromLatin1(out.mid(at + 9, 36)));
            delete p;
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(Profile::resolve(dir).id(), *ids.begin());
    }

    /// Only in the children of concurrentFirstUseAgreesOnOneIdentity (STREAMVIBE_PROFILE is theirs).
    void printIdentityChild()
    {
        if (!qEnvironmentVariableIsSet("STREAMVIBE_PROFILE_ID_CHILD"))
            QSKIP("runs as a child");
        const Profile p = Profile::resolve(qEnvironmentVariable("STREAMVIBE_PROFILE_ID_CHILD"));
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        std::printf("IDENTITY=%s\n", qPrintable(p.id()));
        std::fflush(stdout);
    }

    /// An identity that can be neither read nor created is a clear error, never a shared or empty key.
    void unusableIdentityIsAnError()
    {
        // Damaged: something else than a UUID.
        const QString damaged = m_tmp.filePath(QStringLiteral("id-damaged"));
        QVERIFY(QDir().mkpath(damaged));
        writeText(damaged + QStringLiteral("/profile-id"), "not an id\n");
        const Profile d = Profile::resolve(damaged);
        QVERIFY(!d.isValid());
        QVERIFY(d.id().isEmpty());
        QVERIFY2(d.error().contains(QStringLiteral("is damaged")) &&
                     d.error().contains(damaged + QStringLiteral("/profile-id")),
                 qPrintable(d.error()));

        // Uncreatable: its name is taken by a directory (fails for root too).
        const QString blocked = m_tmp.filePath(QStringLiteral("id-blocked"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/profile-id")));
        const Profile b = Profile::resolve(blocked);
        QVERIFY(!b.isValid());
        QVERIFY(b.id().isEmpty());
        QVERIFY2(b.error().contains(QStringLiteral("identity file")) && b.error().contains(blocked),
                 qPrintable(b.error()));
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
