// streamvibe-cli connect/sync/accounts/disconnect against the sandbox, and the crash-safety of a sync: the
// CLI is killed with SIGKILL at several points; each time the library stays sound, and the next sync ends
// with exactly the platform's items, the usage counted once per item.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "auth/SessionManager.h"
#include "config/Profile.h"
#include "library/LibraryService.h"
#include "sync/SyncLedger.h"
#include "sync/SyncScheduler.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace sv;
using namespace sv::test;

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_profileDir;
    QString m_libraryPath;
    QSet<QString> m_expected; ///< the YouTube account's items, listed by the platform
    QString m_accountId;
    qint64 m_usedBefore = -1;
    std::unique_ptr<SyncEnvironment> m_env;
    std::optional<QProcessEnvironment> m_processEnv; ///< the CLI's environment when set, else the test's
    QString m_configFile;                            ///< the CLI's --config when set, else the sandbox's

    QStringList globalArgs() const
    {
        return {QStringLiteral("--profile"), m_profileDir, QStringLiteral("--config"),
                m_configFile.isEmpty() ? m_sandbox->configFile() : m_configFile};
    }

    /// $BROWSER: a tiny "browser" that follows the redirects with curl, as a real one would (the sandbox's
    /// consent page answers at once, then redirects to the CLI's loopback listener).
    std::optional<QProcessEnvironment> curlBrowser()
    {
        const QString script = m_dir.filePath(QStringLiteral("fake-browser.sh"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return std::nullopt;
        file.write("#!/bin/sh\nexec curl -sS -L --max-time 60 -o /dev/null \"$1\"\n");
        file.close();
        if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return std::nullopt;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BROWSER"), script);
        return env;
    }

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QByteArray out;
        QByteArray err;
        int progressLines = 0;
    };

    /// Runs the CLI; with `killAfterLines` > 0 it is killed (SIGKILL) as soon as that many progress lines
    /// were printed on stderr.
    Run cli(const QStringList& args, int killAfterLines = 0)
    {
        QProcess p;
        p.setProgram(buildPath(QStringLiteral("app/cli/streamvibe-cli")));
        p.setArguments(globalArgs() + args);
        if (m_processEnv)
            p.setProcessEnvironment(*m_processEnv);
        Run run;
        QByteArray pending;
        QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
            const QByteArray chunk = p.readAllStandardError();
            run.err += chunk;
            pending += chunk;
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.contains(": page "))
                    ++run.progressLines;
                if (killAfterLines > 0 && run.progressLines == killAfterLines &&
                    p.state() == QProcess::Running)
                    p.kill();
            }
        });
        p.start();
        if (!p.waitForStarted(10000))
            return run;
        p.waitForFinished(300000);
        run.err += p.readAllStandardError();
        run.out = p.readAllStandardOutput();
        run.exitCode = p.exitCode();
        run.status = p.exitStatus();
        return run;
    }

    /// `connect PLATFORM` through the browser flow, with curlBrowser() as $BROWSER.
    Run connectThroughTheBrowser(const QString& platform)
    {
        m_processEnv = curlBrowser();
        Run run;
        if (m_processEnv)
            run = cli({QStringLiteral("connect"), platform});
        m_processEnv.reset();
        return run;
    }

    QString integrityCheck() const
    {
        const QString name = QStringLiteral("integrity-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_libraryPath);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    result = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    qint64 libraryCount() const
    {
        LibraryDatabase db;
        if (!db.open(m_libraryPath))
            return -1;
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT count(DISTINCT external_id), count(*) FROM content WHERE platform = "
                               "'youtube'")) ||
            !q.next())
            return -1;
        return q.value(0) == q.value(1) ? q.value(0).toLongLong() : -2; // -2: duplicates
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(sandboxOptions(1200));
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_profileDir = m_dir.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(m_profileDir));
        const Profile profile = Profile::resolve(m_profileDir);
        QVERIFY2(profile.error().isEmpty(), qPrintable(profile.error()));
        m_libraryPath = profile.libraryPath();

        // The app's own keychain service and profile name, shared with the CLI.
        m_env = std::make_unique<SyncEnvironment>();
        m_env->profileName = profile.id();
        const QString error = m_env->setUp(*m_sandbox, m_profileDir, QStringLiteral("cli-sync@example.test"),
                                           QStringLiteral("StreamVibe"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            // The CLI's session, signed in through the app's SessionManager (own backend client, destroyed
            // before the environment).
            BackendClient sessionBackend(m_env->http, m_env->backend->config());
            SessionManager session(&sessionBackend, m_env->secrets, profile.secretScope());
            const QString email = QStringLiteral("cli-sync@example.test");
            const QString password = QStringLiteral("pw-123456");
            const auto signedIn = awaitTask(session.signInWithPassword(email, password));
            QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message));
        }
        const auto connected = m_env->connect(Platform::YouTube);
        QVERIFY2(connected, connected ? "" : qPrintable(connected.error()));
        m_accountId = connected->accountId;
        m_expected = m_env->platformIds(Platform::YouTube);
        QCOMPARE(m_expected.size(), 1200);
        m_usedBefore = m_env->used(*m_sandbox);
        QVERIFY(m_usedBefore >= 0);
        m_env.reset(); // closes the library: the CLI is the only writer from now on
    }

    void accountsListsTheConnectedAccount()
    {
        const Run text = cli({QStringLiteral("accounts")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("youtube") && text.out.contains("connected"), text.out.constData());
        const Run json = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("platform")].toString(), QStringLiteral("youtube"));
        QCOMPARE(list.at(0)[QStringLiteral("account_id")].toString(), m_accountId);
        QCOMPARE(list.at(0)[QStringLiteral("status")].toString(), QStringLiteral("connected"));
        // Not synced yet: no sync and no full walk (the periodic one counts from the last).
        QVERIFY(list.at(0).toObject().contains(QStringLiteral("last_full_walk_at")));
        QVERIFY(list.at(0)[QStringLiteral("last_full_walk_at")].isNull());
        QVERIFY(list.at(0)[QStringLiteral("last_synced_at")].isNull());
        QVERIFY(!json.out.contains("token"));
    }

    void badCommandLinesAreUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("myspace")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("connect")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("disconnect"), QStringLiteral("youtube"), QStringLiteral("--keep-items"),
                      QStringLiteral("--remove-items")})
                     .exitCode,
                 1);
        // Not connected: a runtime error naming the platform.
        const Run tiktok = cli({QStringLiteral("sync"), QStringLiteral("tiktok")});
        QCOMPARE(tiktok.exitCode, 2);
        QVERIFY2(tiktok.err.contains("TikTok"), tiktok.err.constData());
    }

    void killedSyncsConvergeWithUsageOncePerItem()
    {
        // Killed at several points of the sync (24 pages of 50).
        for (const int lines : {1, 6, 13, 20}) {
            const Run killed = cli({QStringLiteral("sync"), QStringLiteral("youtube")}, lines);
            QCOMPARE(killed.status, QProcess::CrashExit);
            QVERIFY2(killed.progressLines >= lines, killed.err.constData());
            QCOMPARE(integrityCheck(), QStringLiteral("ok"));
            const qint64 count = libraryCount();
            QVERIFY2(count >= lines * 50 && count <= 1200, qPrintable(QString::number(count)));
        }
        // `usage` caches the subscription in the profile's cache (1 min); the sync below reports usage, and
        // the next `usage` must show the new figure at once, not the cached one.
        const auto usedNow = [this]() -> qint64 {
            const Run usage = cli({QStringLiteral("usage"), QStringLiteral("--json")});
            if (usage.exitCode != 0)
                return -1;
            return QJsonDocument::fromJson(usage.out).object().value(QStringLiteral("used")).toInteger(-1);
        };
        const qint64 usedBeforeLastSync = usedNow();
        QVERIFY(usedBeforeLastSync >= m_usedBefore);
        const Run done = cli({QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("youtube")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));
        const QJsonObject summary = QJsonDocument::fromJson(done.out)
                                        .object()
                                        .value(QStringLiteral("syncs"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QStringLiteral("item_count")).toInteger(), 1200);
        QCOMPARE(summary.value(QStringLiteral("units_pending")).toInteger(), 0);
        QCOMPARE(libraryCount(), 1200);
        // Exactly the platform's items.
        LibraryDatabase db;
        QVERIFY(db.open(m_libraryPath).hasValue());
        SearchQuery all;
        all.platforms = {Platform::YouTube};
        all.limit = 5000;
        const auto found = db.search(all);
        QVERIFY(found);
        QSet<QString> ids;
        for (const ContentItem& item : found->items)
            ids.insert(item.externalId);
        QCOMPARE(ids, m_expected);
        db.close();

        // Usage: every item counted exactly once across the killed runs and the last one.
        const auto reply = m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/auth/v1/token?grant_type=password")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Content-Type", "application/json"}},
            "{\"email\":\"cli-sync@example.test\",\"password\":\"pw-123456\"}");
        const QString token = reply.json().object().value(QStringLiteral("access_token")).toString();
        const auto settings = m_sandbox->request(
            "GET", m_sandbox->url(QStringLiteral("/rest/v1/subscription_settings?select=used")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Authorization", "Bearer " + token.toUtf8()}});
        const qint64 usedOnBackend = settings.json().array().at(0)[QStringLiteral("used")].toInteger();
        QCOMPARE(usedOnBackend - m_usedBefore, 1200);
        QVERIFY(usedOnBackend > usedBeforeLastSync); // the last sync reported usage ...
        QCOMPARE(usedNow(), usedOnBackend);          // ... and `usage` shows it, not the cached figure

        // The next sync is incremental: one page.
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out)
                                       .object()
                                       .value(QStringLiteral("syncs"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(second.value(QStringLiteral("incremental")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("pages")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("new_items")).toInt(), 0);
    }

    void aCliSyncPushesTheNextBackgroundRun()
    {
        // The app's schedule (every 6 hours) last ran, by its own file, 5 h 59 min before now: due in a
        // minute.
        using namespace std::chrono_literals;
        const QString stateFile = QDir(m_profileDir).filePath(QLatin1String(SyncScheduler::StateFileName));
        QFile::remove(stateFile);
        ManualClock clock(QDateTime::currentMSecsSinceEpoch() - 359 * 60 * 1000);
        {
            SyncScheduler app(stateFile, clock);
            app.noteSyncRan();
        }
        // Then the CLI syncs, in a process of its own (the real binary).
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("youtube")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const qint64 after = QDateTime::currentSecsSinceEpoch();

        // Two minutes later the app's own last run is past due; the CLI's sync is not.
        clock.setNowMs(QDateTime::currentMSecsSinceEpoch() + 2 * 60 * 1000);
        LibraryService library;
        QVERIFY(awaitTask(library.open(m_libraryPath)));
        int started = 0;
        SyncScheduler alone(stateFile, clock); // without the ledger: the app's own last run only
        alone.setStarter([&started] { ++started; });
        alone.setSignedIn(true);
        QCOMPARE(started, 1);

        int startedWithLedger = 0;
        SyncScheduler scheduler(stateFile, clock);
        scheduler.setStarter([&startedWithLedger] { ++startedWithLedger; });
        QVERIFY(scheduler.isDue());
        scheduler.followLedger(&library);
        scheduler.setSignedIn(true); // due by its own file: the ledger is read before anything starts
        QTRY_VERIFY(!scheduler.isDue());
        QCOMPARE(startedWithLedger, 0);
        QCOMPARE(scheduler.state(), SyncScheduler::State::Waiting);
        const qint64 last = scheduler.lastRun().toSecsSinceEpoch();
        QVERIFY2(last >= before && last <= after, qPrintable(scheduler.lastRun().toString(Qt::ISODate)));
        QCOMPARE(scheduler.nextRun(), scheduler.lastRun().addSecs(6 * 3600));
        // The next run is due six hours after the CLI's sync, not before.
        clock.setNowMs(scheduler.nextRun().toMSecsSinceEpoch() - 1000);
        scheduler.check();
        QCOMPARE(startedWithLedger, 0);
        clock.advance(1s);
        scheduler.check(); // due again: the ledger is read once more, then the run starts
        QTRY_COMPARE(startedWithLedger, 1);
        QCOMPARE(scheduler.state(), SyncScheduler::State::Running);
    }

    void disconnectDeletesTheSignIn()
    {
        const Run run =
            cli({QStringLiteral("disconnect"), QStringLiteral("youtube"), QStringLiteral("--remove-items")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("1200"));
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                QStringLiteral("server"), QStringLiteral("StreamVibe")});
        p.waitForFinished(10000);
        const QByteArray listing = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!listing.contains(QByteArray("youtube:" + m_accountId.toUtf8())), listing.constData());
        QCOMPARE(libraryCount(), 0);
        const Run accounts = cli({QStringLiteral("accounts")});
        QVERIFY(accounts.out.contains("No account"));
    }

    void connectRunsTheBrowserFlowFromTheCommandLine()
    {
        const Run run = connectThroughTheBrowser(QStringLiteral("tiktok"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("TikTok"), run.out.constData());
        // The link is shown for copying, and no secret is printed.
        QVERIFY2(run.err.contains("http://127.0.0.1:"), run.err.constData());
        QVERIFY(!run.out.contains("access_token") && !run.err.contains("access_token"));

        const Run json = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("platform")].toString(), QStringLiteral("tiktok"));
        QCOMPARE(list.at(0)[QStringLiteral("status")].toString(), QStringLiteral("connected"));
        const QString accountId = list.at(0)[QStringLiteral("account_id")].toString();
        QVERIFY(!accountId.isEmpty());

        // The tokens are in the keychain, where another program sees the entry (not the secret).
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                QStringLiteral("server"), QStringLiteral("StreamVibe")});
        p.waitForFinished(10000);
        const QByteArray listing = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(listing.contains(QByteArray("tiktok:" + accountId.toUtf8())), listing.constData());

        // And it syncs.
        const Run sync = cli({QStringLiteral("sync"), QStringLiteral("tiktok"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QCOMPARE(QJsonDocument::fromJson(sync.out)
                     .object()
                     .value(QStringLiteral("syncs"))
                     .toArray()
                     .at(0)[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    void platformThatNeverAnswersFailsWithinItsBoundWhileTheOthersSync()
    {
        // Instagram joins TikTok (connected above); then TikTok's video list never answers.
        const Run connected = connectThroughTheBrowser(QStringLiteral("instagram"));
        QVERIFY2(connected.exitCode == 0, connected.err.constData());

        // The [sync] bounds of the configuration, short for the test: 1 s per answer, 4 s per page.
        m_configFile = m_dir.filePath(QStringLiteral("short-timeouts.conf"));
        QVERIFY(QFile::copy(m_sandbox->configFile(), m_configFile));
        QFile config(m_configFile);
        QVERIFY(config.open(QIODevice::Append));
        config.write("\n[sync]\nrequest_timeout=1\npage_timeout=4\njob_timeout=120\n");
        config.close();
        QVERIFY(m_sandbox->addFault(QStringLiteral("hang,path=/tiktok/v2/video")));

        QElapsedTimer elapsed;
        elapsed.start();
        const Run run = cli({QStringLiteral("sync")});
        const qint64 ms = elapsed.elapsed();
        m_configFile.clear();
        QVERIFY(m_sandbox->clearFaults());

        // Within the bound (a page of 4 s, not 4 x 3 x 30 s), with a clear error for TikTok only.
        QVERIFY2(ms < 40000, qPrintable(QString::number(ms)));
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(
                     QStringLiteral("Instagram: %1 new items").arg(QLocale().toString(1200)).toUtf8()),
                 run.out.constData());
        QVERIFY2(run.out.contains("TikTok: failed: TikTok did not answer within 4 second"),
                 run.out.constData());
        QVERIFY2(run.err.contains("error: tiktok sync failed: TikTok did not answer within 4 second"),
                 run.err.constData());
        // While it waited, the progress said so: the reason and the wait.
        QVERIFY2(run.err.contains("tiktok: TikTok did not answer; retrying in "), run.err.constData());
        QVERIFY(!run.err.contains("instagram: Instagram did not answer"));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
