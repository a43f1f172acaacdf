// The desktop executable as a user or a session manager runs it: it opens the profile's library without any
// network (also when the configured backend is the sandbox), and it ends cleanly on SIGTERM and SIGINT
// (logout, `kill`, Ctrl+C), saving its window state, instead of dying mid-write.
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using sv::test::SandboxProcess;

class TestGuiApp : public QObject
{
    Q_OBJECT

private:
    /// Starts the app and completes once it has opened the profile's library (its log says so).
    bool startAndWaitUntilOpen(QProcess& app, const QStringList& args, QByteArray* log)
    {
        app.setProgram(sv::test::buildPath(QStringLiteral("app/gui/streamvibe")));
        app.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sv.library.info=true"));
        app.setProcessEnvironment(env);
        QObject::connect(&app, &QProcess::readyReadStandardError, &app,
                         [&app, log] { *log += app.readAllStandardError(); });
        app.start();
        if (!app.waitForStarted(10000))
            return false;
        return QTest::qWaitFor([&] { return log->contains("opened") || app.state() == QProcess::NotRunning; },
                               30000) &&
               app.state() == QProcess::Running;
    }

    void endsCleanlyOn(int signal)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QProcess app;
        QByteArray log;
        QVERIFY2(startAndWaitUntilOpen(
                     app,
                     {QStringLiteral("--profile"), profile, QStringLiteral("--config"), sandbox.configFile()},
                     &log),
                 log.constData());
        QVERIFY(QFile::exists(QDir(profile).filePath(QStringLiteral("library.sqlite"))));

        QSignalSpy finished(&app, &QProcess::finished);
        QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
        QVERIFY2(finished.wait(20000), log.constData());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // The window state was saved on the way out, as when the window is closed.
        const QString settings =
            QDir(qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config")))
                .filePath(QStringLiteral("StreamVibe/StreamVibe.conf"));
        QVERIFY2(QFile::exists(settings), qPrintable(settings));
        QVERIFY(QSettings(settings, QSettings::IniFormat).contains(QStringLiteral("mainWindow/geometry")));
        QFile::remove(settings);
    }

private Q_SLOTS:
    void endsCleanlyOnSigterm() { endsCleanlyOn(SIGTERM); }
    void endsCleanlyOnSigint() { endsCleanlyOn(SIGINT); }
};

QTEST_GUILESS_MAIN(TestGuiApp)
#include "TestGuiApp.moc"
