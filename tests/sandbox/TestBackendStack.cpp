// BackendStack: the local stack (tests/supabase/local-stack.sh) as the sandbox's child, on the real engines.
#include "BackendStack.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using sv::sandbox::BackendStack;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply request(const QByteArray& method, const QUrl& url, const QByteArray& bearer,
              const QByteArray& body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setTransferTimeout(15000);
    req.setRawHeader("Authorization", "Bearer " + bearer);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return result;
}

/// The claims of an HS256 JWT whose signature `secret` makes; empty if it does not.
QJsonObject verifiedClaims(const QString& jwt, const QByteArray& secret)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return {};
    }
    const QByteArray signature =
        QMessageAuthenticationCode::hash((parts[0] + QLatin1Char('.') + parts[1]).toLatin1(), secret,
                                         QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (signature != parts[2].toLatin1()) {
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

/// A process that runs (not a zombie) and started at `startTime` (field 22 of /proc/PID/stat).
bool running(const QByteArray& pid, const QByteArray& startTime)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 && fields[0] != "Z" && (startTime.isEmpty() || fields[19] == startTime);
}

/// What the stack started by `scriptPid` runs: "pid start-time" of its Deno processes and its postmaster,
/// and its cluster's directory.
struct StackProcesses
{
    QList<QPair<QByteArray, QByteArray>> processes;
    QString cluster;
};

StackProcesses processesOf(const QString& stateDir, qint64 scriptPid)
{
    StackProcesses result;
    const QString entry = stateDir + QLatin1Char('/') + QString::number(scriptPid);
    QFile pids(entry + QStringLiteral("/pids"));
    if (pids.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : pids.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() >= 2) {
                result.processes.append({f[0], f[1]});
            }
        }
    }
    QFile cluster(entry + QStringLiteral("/cluster"));
    if (cluster.open(QIODevice::ReadOnly)) {
        result.cluster = QString::fromUtf8(cluster.readAll().trimmed());
        QFile postmaster(result.cluster + QStringLiteral("/data/postmaster.pid"));
        if (postmaster.open(QIODevice::ReadOnly)) {
            result.processes.append({postmaster.readLine().trimmed(), {}});
        }
    }
    return result;
}

BackendStack::Options optionsIn(const QString& stateDir, int startTimeoutMs = 180000)
{
    BackendStack::Options options;
    options.stateDir = stateDir;
    options.startTimeoutMs = startTimeoutMs;
    return options;
}

} // namespace

class TestBackendStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")) &&
            qEnvironmentVariableIsEmpty("PGBIN")) {
            QSKIP("PostgreSQL 15 is not installed (.ci/install-deps.sh installs it)");
        }
    }

    void startsAnswersAndStopsOnDestruction()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        const QByteArray secret = "backend-stack-test-secret-0123456789abcdefghijklmnop";
        StackProcesses processes;
        qint64 scriptPid = 0;
        {
            BackendStack::Options options = optionsIn(state.path());
            options.jwtSecret = QString::fromLatin1(secret);
            BackendStack stack(options);
            QVERIFY2(stack.start(), qPrintable(stack.errorString()));
            QVERIFY(stack.isRunning());
            scriptPid = stack.processId();

            // The values.
            QCOMPARE(stack.jwtSecret(), QString::fromLatin1(secret));
            QVERIFY(stack.databaseUrl().startsWith(QLatin1String("postgresql://postgres@127.0.0.1:")));
            QCOMPARE(stack.functionsUrl().host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(stack.stripeApiBase().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(stack.stripeSecretKey().startsWith(QLatin1String("sk_test_")));
            QCOMPARE(verifiedClaims(stack.anonKey(), secret).value(QStringLiteral("role")).toString(),
                     QStringLiteral("anon"));
            QCOMPARE(verifiedClaims(stack.serviceRoleKey(), secret).value(QStringLiteral("role")).toString(),
                     QStringLiteral("service_role"));

            // The script watches this process.
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(scriptPid));
            QVERIFY(cmdline.open(QIODevice::ReadOnly));
            QVERIFY(cmdline.readAll().split('\0').join(' ').contains(
                QByteArray("--parent-pid " + QByteArray::number(QCoreApplication::applicationPid()))));

            // Each process answers.
            QProcess psql;
            psql.start(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-At"), stack.databaseUrl(),
                        QStringLiteral("-c"), QStringLiteral("select 1")});
            QVERIFY(psql.waitForFinished(30000));
            QCOMPARE(psql.readAllStandardOutput().trimmed(), QByteArray("1"));
            const Reply prices =
                request("GET", stack.stripeApiBase().resolved(QUrl(QStringLiteral("/v1/prices"))),
                        stack.stripeSecretKey().toUtf8());
            QCOMPARE(prices.status, 200);
            const Reply plans = request(
                "POST", stack.functionsUrl().resolved(QUrl(QStringLiteral("/functions/v1/list-plans"))),
                stack.anonKey().toUtf8(), R"({"currency": "eur"})");
            QCOMPARE(plans.status, 200);
            QCOMPARE(QJsonDocument::fromJson(plans.body)[QStringLiteral("data")].toArray().size(), 9);

            processes = processesOf(state.path(), scriptPid);
            QCOMPARE(processes.processes.size(), 3); // the stand-in, the functions, the postmaster
            for (const auto& [pid, start] : processes.processes) {
                QVERIFY2(running(pid, start), pid.constData());
            }
            QVERIFY(QDir(processes.cluster).exists());
        }
        // Destroyed: every process stopped, the cluster and the state entry removed.
        QVERIFY(!running(QByteArray::number(scriptPid), {}));
        for (const auto& [pid, start] : processes.processes) {
            QVERIFY2(!running(pid, start), pid.constData());
        }
        QVERIFY(!QDir(processes.cluster).exists());
        QVERIFY(!QDir(state.filePath(QString::number(scriptPid))).exists());
    }

    void aStackThatCannotStartSaysWhy()
    {
        // A state directory that cannot be made: the script exits at once, start() does not wait it out.
        BackendStack stack(optionsIn(QStringLiteral("/proc/streamvibe-stack"), 600000));
        QVERIFY(!stack.start());
        QVERIFY(!stack.isRunning());
        QVERIFY2(stack.errorString().contains(QLatin1String("exited")), qPrintable(stack.errorString()));
        QVERIFY(stack.anonKey().isEmpty());
    }

    void aStartPastItsTimeoutStopsWhatItStarted()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        // 300 ms: the script has made its state entry and started the Stripe stand-in by then, and a stack
        // is never up that soon (Deno alone takes longer to start two servers).
        BackendStack stack(optionsIn(state.path(), 300));
        QVERIFY(!stack.start());
        QVERIFY2(stack.errorString().contains(QLatin1String("not up within")),
                 qPrintable(stack.errorString()));
        QVERIFY(!stack.isRunning());
        // The script was stopped with SIGTERM: it removed its state entry and what it had started.
        QCOMPARE(QDir(state.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackendStack)
#include "TestBackendStack.moc"
