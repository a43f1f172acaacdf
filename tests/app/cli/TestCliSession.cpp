// Runs the real streamvibe-cli binary (login, status, logout) against the sandbox, inside a private D-Bus
// session with a fresh gnome-keyring (KEYRING), as a user or a script would.

#include "config/Profile.h"
#include "secrets/SecretStore.h"

#include "SandboxProcess.h"
#include "SessionTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using sv::test::keychainEntryCount;
using sv::test::keychainSession;
using sv::test::ProcessOutcome;
using sv::test::SandboxProcess;

class TestCliSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    QString m_sessionKey;

    QString cliPath() const { return sv::test::buildPath(QStringLiteral("app/cli/streamvibe-cli")); }

    QProcessEnvironment environment() const { return sv::test::cliEnvironment(); }

    QStringList globalArgs() const
    {
        return {QStringLiteral("--profile"), m_profileDir->path(), QStringLiteral("--config"),
                m_sandbox->configFile()};
    }

    ProcessOutcome cli(const QStringList& args, const QByteArray& input = {},
                       const QProcessEnvironment& env = {})
    {
        return sv::test::runProcess(cliPath(), globalArgs() + args, env.isEmpty() ? environment() : env,
                                    input);
    }

    /// A $BROWSER that follows the redirects with curl, as a real one would.
    QProcessEnvironment browserEnvironment()
    {
        const QString script = m_profileDir->filePath(QStringLiteral("fake-browser.sh"));
        QFile file(script);
        if (!file.exists() && file.open(QIODevice::WriteOnly)) {
            file.write("#!/bin/sh\nexec curl -sS -L --max-time 60 -o /dev/null \"$1\"\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("BROWSER"), script);
        return env;
    }

    QJsonObject status()
    {
        const ProcessOutcome r = cli({QStringLiteral("status"), QStringLiteral("--json")});
        if (!r.finished || r.exitCode != 0)
            qWarning("status --json: exit %d: %s", r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        QVERIFY(QFileInfo(cliPath()).isExecutable());
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_profileDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profileDir->isValid());
        m_sessionKey = sv::Profile::resolve(m_profileDir->path())
                           .secretScope()
                           .key(QStringLiteral("supabase"), QStringLiteral("session"))
                           .toString();
    }

    void passwordLoginStatusLogout()
    {
        QJsonObject before = status();
        QCOMPARE(before.value(QStringLiteral("signed_in")).toBool(), false);
        QCOMPARE(before.value(QStringLiteral("keychain")).toString(), QStringLiteral("ok"));
        QVERIFY(before.value(QStringLiteral("email")).isNull());

        const ProcessOutcome login = cli({QStringLiteral("login"), QStringLiteral("--email"),
                                          SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                         SandboxProcess::demoPassword().toUtf8() + '\n');
        QVERIFY(login.finished);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(login.out, QByteArray("Signed in as demo@streamvibe.test.\n"));

        // The session is in the keychain (and nowhere in the profile).
        const QJsonObject stored = keychainSession(m_sessionKey);
        const QString access = stored.value(QStringLiteral("access_token")).toString();
        const QString refresh = stored.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!refresh.isEmpty());

        const ProcessOutcome text = cli({QStringLiteral("status")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Signed in as demo@streamvibe.test."), text.out.constData());
        QVERIFY(text.out.contains("Access token valid until"));
        QVERIFY(text.out.contains("Keyring: available."));

        const ProcessOutcome jsonRun = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(jsonRun.exitCode, 0);
        const QJsonObject after = QJsonDocument::fromJson(jsonRun.out).object();
        QCOMPARE(after.value(QStringLiteral("signed_in")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());
        QCOMPARE(after.value(QStringLiteral("keychain")).toString(), QStringLiteral("ok"));
        QCOMPARE(after.value(QStringLiteral("profile")).toString(),
                 QFileInfo(m_profileDir->path()).fileName());
        const QDateTime expires =
            QDateTime::fromString(after.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QCOMPARE(expires.toSecsSinceEpoch(), stored.value(QStringLiteral("expires_at")).toInteger());
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
        // Never a token in the output.
        for (const ProcessOutcome* r : {&login, &text, &jsonRun}) {
            const QByteArray all = r->out + r->err;
            QVERIFY(!all.contains(access.toUtf8()));
            QVERIFY(!all.contains(refresh.toUtf8()));
            QVERIFY(!all.contains(SandboxProcess::demoPassword().toUtf8()));
        }
        QVERIFY(sv::test::filesContaining({m_profileDir->path()}, access.toUtf8()).isEmpty());
        QVERIFY(sv::test::filesContaining({m_profileDir->path()}, refresh.toUtf8()).isEmpty());

        const ProcessOutcome logout = cli({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QCOMPARE(logout.out, QByteArray("Signed out demo@streamvibe.test.\n"));
        QCOMPARE(keychainEntryCount(m_sessionKey), 0);
        // The server session is revoked.
        const auto user = m_sandbox->request(
            "GET", m_sandbox->url(QStringLiteral("/auth/v1/user")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Authorization", "Bearer " + access.toUtf8()}});
        QCOMPARE(user.status, 403);

        const QJsonObject out = status();
        QCOMPARE(out.value(QStringLiteral("signed_in")).toBool(), false);
        QVERIFY(out.value(QStringLiteral("expires_at")).isNull());
        const ProcessOutcome textOut = cli({QStringLiteral("status")});
        QVERIFY(textOut.out.contains("Not signed in."));
        const ProcessOutcome again = cli({QStringLiteral("logout")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("Nobody was signed in.\n"));
    }

    void wrongPasswordAndUsageErrors()
    {
        const ProcessOutcome wrong = cli({QStringLiteral("login"), QStringLiteral("--email"),
                                          SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                         "not-the-password\n");
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(wrong.err,
                 QByteArray("streamvibe-cli: error: The e-mail address or the password is wrong.\n"));
        QCOMPARE(keychainEntryCount(m_sessionKey), 0);

        const ProcessOutcome noStdin = cli({QStringLiteral("login"), QStringLiteral("--email"),
                                            SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")});
        QCOMPARE(noStdin.exitCode, 1);
        QVERIFY(noStdin.err.contains("no password on standard input"));

        const ProcessOutcome noPasswordOption =
            cli({QStringLiteral("login"), QStringLiteral("--email"), SandboxProcess::demoEmail()});
        QCOMPARE(noPasswordOption.exitCode, 1);
        QVERIFY(noPasswordOption.err.contains("--email needs --password-stdin"));

        const ProcessOutcome noEmail =
            cli({QStringLiteral("login"), QStringLiteral("--password-stdin")}, "x\n");
        QCOMPARE(noEmail.exitCode, 1);
        QVERIFY(noEmail.err.contains("--password-stdin needs --email"));
    }

    void browserLoginHonoursBrowserVariable()
    {
        // $BROWSER: a tiny "browser" that follows the redirects with curl, as a real one would.
        const QString script = m_profileDir->filePath(QStringLiteral("fake-browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec curl -sS -L --max-time 60 -o /dev/null \"$1\"\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("BROWSER"), script);

        const ProcessOutcome login =
            cli({QStringLiteral("login"), QStringLiteral("--timeout"), QStringLiteral("60")}, {}, env);
        QVERIFY(login.finished);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(login.out, QByteArray("Signed in as demo@streamvibe.test.\n"));
        // The link is printed for copying even though the browser started.
        QVERIFY2(login.err.contains("Open this link in your browser to sign in:"), login.err.constData());
        const QByteArray authorize =
            QByteArray(m_sandbox->url(QStringLiteral("/auth/v1/authorize")).toEncoded()) + "?provider=google";
        QVERIFY(login.err.contains(authorize));
        QVERIFY(!login.err.contains("No browser could be started"));
        const QJsonObject stored = keychainSession(m_sessionKey);
        QVERIFY(!stored.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(status().value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());
        QCOMPARE(cli({QStringLiteral("logout")}).exitCode, 0);
    }

    void browserLoginThroughTheCopiedLink()
    {
        // No browser: the user copies the printed link into a browser (here: a network client).
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        QByteArray err;
        QUrl link;
        QNetworkAccessManager nam;
        nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = nullptr;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            err += process.readAllStandardError();
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("(http://\\S+/auth/v1/authorize\\S+)"))
                    .match(QString::fromUtf8(err));
            if (!reply && m.hasMatch()) {
                link = QUrl(m.captured(1), QUrl::StrictMode);
                reply = nam.get(QNetworkRequest(link));
            }
        });
        process.start(cliPath(),
                      globalArgs() + QStringList{QStringLiteral("login"), QStringLiteral("--no-browser"),
                                                 QStringLiteral("--provider"), QStringLiteral("github"),
                                                 QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(process.waitForStarted(10000));
        process.closeWriteChannel();
        QVERIFY2(finished.wait(90000), err.constData());
        err += process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY(link.isValid());
        QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("provider")), QStringLiteral("github"));
        QVERIFY(err.contains("No browser could be started: open the link above yourself."));
        QCOMPARE(process.readAllStandardOutput(), QByteArray("Signed in as demo@streamvibe.test.\n"));
        QTRY_VERIFY(reply && reply->isFinished());
        QVERIFY(reply->readAll().contains("You can close this tab and return to StreamVibe."));
        QCOMPARE(keychainEntryCount(m_sessionKey), 1);
        QCOMPARE(cli({QStringLiteral("logout")}).exitCode, 0);
    }

    /// Issue 13, defect 5: two profiles whose folders have the same name (`/a/pA`, `/b/pA`) keep their own
    /// sessions: signing in and out in one leaves the other as it was.
    void profilesWithTheSameFolderNameAreIndependent()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString a = root.filePath(QStringLiteral("a/pA"));
        const QString b = root.filePath(QStringLiteral("b/pA"));
        const auto run = [&](const QString& profile, const QStringList& args, const QByteArray& input = {}) {
            return sv::test::runProcess(cliPath(),
                                        QStringList{QStringLiteral("--profile"), profile,
                                                    QStringLiteral("--config"), m_sandbox->configFile()} +
                                            args,
                                        environment(), input);
        };
        const auto signedInAs = [&](const QString& profile) {
            const ProcessOutcome r = run(profile, {QStringLiteral("status"), QStringLiteral("--json")});
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            return o.value(QStringLiteral("signed_in")).toBool() ? o.value(QStringLiteral("email")).toString()
                                                                 : QStringLiteral("(nobody)");
        };
        const auto login = [&](const QString& profile, const QString& email, const QString& password) {
            const ProcessOutcome r = run(profile,
                                         {QStringLiteral("login"), QStringLiteral("--email"), email,
                                          QStringLiteral("--password-stdin")},
                                         password.toUtf8() + '\n');
            if (r.exitCode != 0)
                qWarning("login: %s", r.err.constData());
            return r.finished && r.exitCode == 0;
        };
        const QString other =
            QStringLiteral("same-name-%1@example.test").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_sandbox->createUser(other, QStringLiteral("pw-123456")));

        QVERIFY(login(a, SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        QCOMPARE(signedInAs(a), SandboxProcess::demoEmail());
        QCOMPARE(signedInAs(b), QStringLiteral("(nobody)"));
        QVERIFY(login(b, other, QStringLiteral("pw-123456")));
        QCOMPARE(signedInAs(a), SandboxProcess::demoEmail());
        QCOMPARE(signedInAs(b), other);
        QCOMPARE(run(a, {QStringLiteral("logout")}).exitCode, 0);
        QCOMPARE(signedInAs(a), QStringLiteral("(nobody)"));
        QCOMPARE(signedInAs(b), other);
        QCOMPARE(run(b, {QStringLiteral("logout")}).exitCode, 0);
        QCOMPARE(signedInAs(b), QStringLiteral("(nobody)"));
    }

    /// A profile signed in by an earlier version (its session under "<folder name>/supabase/session") is
    /// still signed in after the upgrade; the entry is moved to the profile's own key, none is left behind,
    /// and signing out removes it.
    void sessionOfAnEarlierVersionIsMigrated()
    {
        const QString legacyKey =
            QFileInfo(m_profileDir->path()).fileName() + QStringLiteral("/supabase/session");
        const auto session = m_sandbox->signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        // The entry as earlier versions wrote it (SessionManager's format 1).
        const QJsonObject value{
            {QStringLiteral("format"), 1},
            {QStringLiteral("access_token"), session->accessToken},
            {QStringLiteral("refresh_token"), session->refreshToken},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_at"), session->expiresAt},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), session->userId},
                                                 {QStringLiteral("email"), session->email},
                                                 {QStringLiteral("role"), QStringLiteral("authenticated")}}}};
        sv::SecretStore store;
        const sv::SecretKey key{QFileInfo(m_profileDir->path()).fileName(), QStringLiteral("supabase"),
                                QStringLiteral("session")};
        QVERIFY(sv::test::awaitResult(store.write(key, QJsonDocument(value).toJson(QJsonDocument::Compact)))
                    .hasValue());
        QCOMPARE(key.toString(), legacyKey);
        QCOMPARE(keychainEntryCount(legacyKey), 1);

        const QJsonObject after = status();
        QCOMPARE(after.value(QStringLiteral("signed_in")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());
        QCOMPARE(keychainEntryCount(legacyKey), 0);
        QFile idFile(m_profileDir->filePath(QStringLiteral("profile-id")));
        QVERIFY(idFile.open(QIODevice::ReadOnly));
        const QString movedKey =
            QString::fromUtf8(idFile.readAll().trimmed()) + QStringLiteral("/supabase/session");
        QCOMPARE(keychainSession(movedKey).value(QStringLiteral("refresh_token")).toString(),
                 session->refreshToken);
        QCOMPARE(status().value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());

        const ProcessOutcome logout = cli({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QCOMPARE(keychainEntryCount(movedKey), 0);
        QCOMPARE(keychainEntryCount(legacyKey), 0);
        QCOMPARE(status().value(QStringLiteral("signed_in")).toBool(), false);
    }

    /// A profile folder in which the profile's identity cannot be created (immutable here) is a clear error,
    /// and nothing is written to the keychain under any shared key.
    void unwritableProfileFolderIsAClearError()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString dir = root.filePath(QStringLiteral("locked/pA"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
        const ProcessOutcome chattr =
            sv::test::runProcess(QStringLiteral("chattr"), {QStringLiteral("+i"), dir});
        if (!chattr.finished || chattr.exitCode != 0)
            QSKIP("cannot make a directory immutable here (chattr +i needs root on ext4/xfs)");
        // Blocking on purpose: after a failed check QtTest runs no more event loops.
        auto undo = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir});
        });
        const auto entries = [] {
            const ProcessOutcome r = sv::test::runProcess(
                QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                QStringLiteral("server"), QStringLiteral("StreamVibe")});
            return QString::fromUtf8(r.out + r.err).count(QStringLiteral("attribute.user = "));
        };
        const int entriesBefore = entries();
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            return sv::test::runProcess(cliPath(),
                                        QStringList{QStringLiteral("--profile"), dir,
                                                    QStringLiteral("--config"), m_sandbox->configFile()} +
                                            args,
                                        environment(), input);
        };
        const ProcessOutcome login = run({QStringLiteral("login"), QStringLiteral("--email"),
                                          SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                         SandboxProcess::demoPassword().toUtf8() + '\n');
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(QDir::toNativeSeparators(dir).toUtf8()), login.err.constData());
        QCOMPARE(entries(), entriesBefore);
        const ProcessOutcome status = run({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 2);
        QVERIFY2(status.err.contains(QDir::toNativeSeparators(dir).toUtf8()), status.err.constData());
    }

    /// Issue 13, defect 9: a keyring daemon whose login keyring was never unlocked (and that can show no
    /// unlock prompt) answers "Object does not exist at path …/collection/login". The user reads that the
    /// keyring is locked, never the technical text.
    void unopenedLoginKeyringSaysLocked()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const auto underUnopenedKeyring = [&](const QStringList& args, const QByteArray& input = {}) {
            const auto command =
                sv::test::underUnopenedKeyring(home, cliPath(), globalArgs() + args, environment());
            return sv::test::runProcess(command.program, command.arguments, command.environment, input,
                                        90000);
        };
        const ProcessOutcome status = underUnopenedKeyring({QStringLiteral("status")});
        QVERIFY(status.finished);
        QCOMPARE(status.exitCode, 2);
        QVERIFY2(status.err.contains("The keyring is locked"), status.err.constData());
        const ProcessOutcome login =
            underUnopenedKeyring({QStringLiteral("login"), QStringLiteral("--email"),
                                  SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                 SandboxProcess::demoPassword().toUtf8() + '\n');
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains("The keyring is locked"), login.err.constData());
        for (const ProcessOutcome* r : {&status, &login}) {
            QVERIFY2(!r->err.contains("Object does not exist"), r->err.constData());
            QVERIFY2(!r->err.contains("/org/freedesktop/secrets"), r->err.constData());
        }
    }

    void syncOpensTheLibraryFileOnce()
    {
        // Several thousand items: the sync runs long enough to be watched from outside.
        SandboxProcess::Options options;
        options.items = 4000;
        auto sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
        // A copy of the sandbox's configuration: it stays when the sandbox is stopped below.
        const QString config = m_profileDir->filePath(QStringLiteral("sandbox.ini"));
        QVERIFY(QFile::copy(sandbox->configFile(), config));
        const QStringList global{QStringLiteral("--profile"), m_profileDir->path(),
                                 QStringLiteral("--config"), config};
        const QString library = sv::Profile::resolve(m_profileDir->path()).libraryPath();
        const ProcessOutcome login = sv::test::runProcess(
            cliPath(),
            global + QStringList{QStringLiteral("login"), QStringLiteral("--email"),
                                 SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
            environment(), SandboxProcess::demoPassword().toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const ProcessOutcome connected = sv::test::runProcess(
            cliPath(), global + QStringList{QStringLiteral("connect"), QStringLiteral("youtube")},
            browserEnvironment());
        QVERIFY2(connected.exitCode == 0, connected.err.constData());

        // While the sync runs, the process holds exactly one descriptor on library.sqlite: one SQLite
        // connection for the library, its jobs, the accounts, the audit log and the cache.
        QProcess sync;
        sync.setProcessEnvironment(environment());
        sync.start(cliPath(), global + QStringList{QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY(sync.waitForStarted(10000));
        const qint64 pid = sync.processId();
        int samples = 0;
        int most = 0;
        QList<int> seen;
        for (int i = 0; i < 12000 && sync.state() != QProcess::NotRunning; ++i) {
            const int open = sv::test::openDescriptors(pid, library);
            if (open > 0)
                ++samples;
            if (open > most)
                most = open;
            if (seen.isEmpty() || seen.last() != open)
                seen.append(open);
            sync.waitForFinished(10); // bounded: at most 12000 polls of 10 ms
        }
        QVERIFY(sync.state() == QProcess::NotRunning || sync.waitForFinished(60000));
        const QByteArray err = sync.readAllStandardError();
        QVERIFY2(sync.exitStatus() == QProcess::NormalExit && sync.exitCode() == 0, err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(sync.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("syncs"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("item_count")).toInteger(), 4000);
        QString sequence;
        for (const int n : seen)
            sequence += QString::number(n) + QLatin1Char(' ');
        QVERIFY2(samples >= 10,
                 qPrintable(QStringLiteral("the library was seen open in %1 polls").arg(samples)));
        QVERIFY2(most == 1,
                 qPrintable(QStringLiteral("descriptors on library.sqlite over time: %1").arg(sequence)));

        // The cache persists across processes: what one process's cache stored (usage, plans) is read from
        // cache_store by the next one, here with the backend gone.
        const QStringList usage = global + QStringList{QStringLiteral("usage"), QStringLiteral("--json")};
        const ProcessOutcome online = sv::test::runProcess(cliPath(), usage, environment());
        QVERIFY2(online.exitCode == 0, online.err.constData());
        const QJsonObject before = QJsonDocument::fromJson(online.out).object();
        QVERIFY(before.value(QStringLiteral("quota")).toInteger() > 0);
        QVERIFY(!before.value(QStringLiteral("plan_name")).toString().isEmpty());
        sandbox.reset(); // the backend is gone: connection refused
        const ProcessOutcome offline = sv::test::runProcess(cliPath(), usage, environment());
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        const QJsonObject after = QJsonDocument::fromJson(offline.out).object();
        QCOMPARE(after.value(QStringLiteral("used")), before.value(QStringLiteral("used")));
        QCOMPARE(after.value(QStringLiteral("quota")), before.value(QStringLiteral("quota")));
        QCOMPARE(after.value(QStringLiteral("plan_name")), before.value(QStringLiteral("plan_name")));
        QCOMPARE(after.value(QStringLiteral("fetched_at")), before.value(QStringLiteral("fetched_at")));
    }

    void noKeyringServiceIsAClearError()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/streamvibe/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const ProcessOutcome s = cli({QStringLiteral("status")}, {}, env);
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.err.contains("No keyring service is available"), s.err.constData());
        const ProcessOutcome json = cli({QStringLiteral("status"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("keychain")).toString(),
                 QStringLiteral("no_service"));
        const ProcessOutcome login = cli({QStringLiteral("login"), QStringLiteral("--email"),
                                          SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                         SandboxProcess::demoPassword().toUtf8() + '\n', env);
        QCOMPARE(login.exitCode, 2);
        QVERIFY(login.err.contains("No keyring service is available"));
        QVERIFY(sv::test::filesContaining({m_profileDir->path()}, "refresh_token").isEmpty());
        QVERIFY(sv::test::filesContaining(sv::test::homeRoots(), SandboxProcess::demoPassword().toUtf8())
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "TestCliSession.moc"
