// streamvibe-sandbox: a local, faithful stand-in for StreamVibe's backend and the content platforms.
#include "BackendStack.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

int g_signalFds[2] = {-1, -1};

/// Accepts connections with TCP_NODELAY set, as the platforms' and Supabase's front ends do. Without it a
/// kept-alive connection waits about 40 ms per answer: Nagle's algorithm holds back the answer's last small
/// segment until the client acknowledges the previous one, which it delays (delayed ACK).
class LowDelayTcpServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        const int on = 1;
        if (::setsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0)
            std::perror("streamvibe-sandbox: setsockopt(TCP_NODELAY)");
        QTcpServer::incomingConnection(descriptor);
    }
};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

const char* const kDescription =
    R"(The API gateway of StreamVibe's local stack, and the YouTube, Instagram and
TikTok APIs. Starts the local stack as its children (PostgreSQL with supabase/migrations, the Edge Functions
on Deno, the Stripe stand-in; tests/supabase/local-stack.sh), unless --backend-env names a running one, and
stops it on SIGTERM. Listens on 127.0.0.1 only. Test data, no real payment.

Seeded demo account: demo@streamvibe.test / streamvibe-demo

Fault SPEC (--fault, repeatable; several per SPEC separated by ';'):
  KIND[=VALUE][,path=PREFIX][,rate=PERCENT][,count=N][,retry_after=S][,method=M]
  KIND: latency=MS        delay the answer by MS milliseconds
        status=CODE       answer CODE (400-599) in the service's own error shape
        rate-limit        answer 429 with Retry-After (retry_after, default 1)
        hang              never answer
        truncate          send the JSON body cut in half (complete HTTP message)
        malformed         send a syntactically invalid JSON body with status 200
        expire-token      treat the request's bearer token as expired from now on
        quota             the platform's quota error (YouTube 403 quotaExceeded,
                          Instagram code 4, TikTok 429 rate_limit_exceeded)
  path=PREFIX  only requests whose path starts with PREFIX (default: all)
  rate=N       deterministic N% of matching requests (10 = every 10th)
  count=N      only the next N matching requests, then the fault is removed
  Examples: --fault 'status=503,path=/rest/v1,count=2'
            --fault 'rate-limit,retry_after=3,path=/youtube/v3,rate=10'
Runtime control (no apikey): POST /__control/faults {"spec":"..."} | {"kind":..},
  DELETE /__control/faults, GET /__control/faults, POST /__control/config
  {"refresh_reuse_grace":0,"token_ttl":N,"auto_consent":true,"auth_code_ttl":N,
   "youtube_daily_quota":N,"instagram_refresh_min_age":S,"legacy_auth_errors":true},
  POST /__control/platform-token/{youtube|instagram|tiktok},
  GET /__control/items/{youtube|instagram|tiktok} (the generated item ids),
  GET /__control/usage?email=E (billed units and every usage report by key).)";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamvibe-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMVIBE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 = pick a free one)."),
                                        QStringLiteral("N"), QStringLiteral("54321"));
    const QCommandLineOption configOption(
        QStringLiteral("write-config"),
        QStringLiteral("Write an INI config pointing at the sandbox to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption itemsOption(QStringLiteral("items"),
                                         QStringLiteral("Items per platform (default 300)."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption consentOption(
        QStringLiteral("auto-consent"),
        QStringLiteral("Authorize pages redirect at once, without a consent page."));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"), QStringLiteral("Inject a fault (see above)."), QStringLiteral("SPEC"));
    const QCommandLineOption ttlOption(QStringLiteral("token-ttl"),
                                       QStringLiteral("Lifetime of Supabase access tokens (default 3600)."),
                                       QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                        QStringLiteral("N"), QStringLiteral("20261125"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend-env"),
        QStringLiteral("Be the gateway in front of a backend already running, described by FILE (NAME=value "
                       "lines: SUPABASE_DB_URL, FUNCTIONS_URL, JWT_SECRET, ANON_KEY, SERVICE_ROLE_KEY, "
                       "FUNCTIONS_WITHOUT_JWT), instead of starting the local stack."),
        QStringLiteral("FILE"));
    const QCommandLineOption stackEnvOption(
        QStringLiteral("write-stack-env"),
        QStringLiteral(
            "Write the backend's env file (the local stack's keys: test values, mode 600) to FILE, "
            "for tests that talk to the database or the Stripe stand-in directly."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, configOption, itemsOption, consentOption, faultOption, ttlOption,
                       seedOption, backendOption, stackEnvOption});
    parser.process(app);

    auto fail = [](const QString& message) {
        std::fprintf(stderr, "streamvibe-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        return fail(QStringLiteral("--port must be 0..65535"));
    }
    sv::sandbox::SandboxOptions options;
    options.itemsPerPlatform = parser.value(itemsOption).toInt(&ok);
    if (!ok || options.itemsPerPlatform < 0 || options.itemsPerPlatform > 10000000) {
        return fail(QStringLiteral("--items must be 0..10000000"));
    }
    options.tokenTtl = parser.value(ttlOption).toInt(&ok);
    if (!ok || options.tokenTtl < 1) {
        return fail(QStringLiteral("--token-ttl must be a positive number of seconds"));
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        return fail(QStringLiteral("--seed must be a number"));
    }
    options.autoConsent = parser.isSet(consentOption);
    std::vector<sv::sandbox::Fault> faults;
    for (const QString& spec : parser.values(faultOption)) {
        QString error;
        const auto parsed = sv::sandbox::FaultInjector::parseSpec(spec, &error);
        if (!error.isEmpty()) {
            return fail(QStringLiteral("bad --fault '%1': %2").arg(spec, error));
        }
        faults.insert(faults.end(), parsed.begin(), parsed.end());
    }

    // Clean shutdown on SIGTERM/SIGINT through a socket pair watched by the event loop (also while the local
    // stack starts: its wait ends with the loop).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        return fail(QStringLiteral("socketpair failed"));
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    bool stopping = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&stopping] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        stopping = true;
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // The port first: the stack's functions are told the gateway's URL (their SUPABASE_URL).
    auto tcp = std::make_unique<LowDelayTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString()));
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort());

    std::unique_ptr<sv::sandbox::BackendStack> stack; // stopped (SIGTERM to its script) when main returns
    QString envFile = parser.value(backendOption);
    if (envFile.isEmpty()) {
        sv::sandbox::BackendStack::Options stackOptions;
        stackOptions.publicUrl = base;
        stack = std::make_unique<sv::sandbox::BackendStack>(stackOptions);
        std::fprintf(stderr, "streamvibe-sandbox: starting the local stack (PostgreSQL, the Edge Functions, "
                             "the Stripe stand-in)\n");
        if (!stack->start()) {
            return stopping
                       ? 0
                       : fail(QStringLiteral("the local stack did not start: %1").arg(stack->errorString()));
        }
        envFile = stack->envFile();
    }
    QString envError;
    const auto backend = sv::sandbox::RealBackend::fromEnvFile(envFile, &envError);
    if (!backend) {
        return fail(envError);
    }
    options.backend = *backend;
    if (parser.isSet(stackEnvOption)) {
        const QString target = parser.value(stackEnvOption);
        QFile::remove(target);
        if (!QFile::copy(envFile, target) ||
            !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return fail(QStringLiteral("cannot write %1").arg(target));
        }
    }

    sv::sandbox::SandboxServer server(options);
    if (!server.startupError().isEmpty()) {
        return fail(server.startupError());
    }
    for (const auto& f : std::as_const(faults)) {
        server.faults().add(f);
    }
    server.bind(tcp.release()); // takes ownership
    server.setBaseUrl(QUrl(base));

    const auto at = [&base](const char* path) {
        return QString(base + QLatin1String(path));
    };
    // Once the server is ready: the written configuration, then the "listening" line starters wait for.
    const auto announce = [&]() -> int {
        if (parser.isSet(configOption)) {
            QSettings ini(parser.value(configOption), QSettings::IniFormat);
            ini.clear();
            ini.beginGroup(QStringLiteral("backend"));
            ini.setValue(QStringLiteral("url"), base);
            ini.setValue(QStringLiteral("anon_key"), server.anonKey());
            ini.setValue(QStringLiteral("oauth_relay_url"), at("/functions/v1/platform-oauth-relay"));
            ini.endGroup();
            ini.beginGroup(QStringLiteral("youtube"));
            ini.setValue(QStringLiteral("client_id"),
                         QStringLiteral("streamvibe-sandbox.apps.googleusercontent.com"));
            ini.setValue(QStringLiteral("auth_url"), at("/youtube/o/oauth2/v2/auth"));
            ini.setValue(QStringLiteral("token_url"), at("/youtube/token"));
            ini.setValue(QStringLiteral("revoke_url"), at("/youtube/revoke"));
            ini.setValue(QStringLiteral("api_base"), at("/youtube/v3"));
            ini.setValue(QStringLiteral("analytics_base"), at("/youtube/analytics/v2"));
            ini.endGroup();
            ini.beginGroup(QStringLiteral("instagram"));
            ini.setValue(QStringLiteral("client_id"), QStringLiteral("990000000000042"));
            ini.setValue(QStringLiteral("auth_url"), at("/instagram/oauth/authorize"));
            ini.setValue(QStringLiteral("token_url"), at("/instagram/oauth/access_token"));
            ini.setValue(QStringLiteral("graph_base"), at("/instagram/graph"));
            ini.setValue(QStringLiteral("redirect_uri"), at("/functions/v1/platform-oauth-relay"));
            ini.endGroup();
            ini.beginGroup(QStringLiteral("tiktok"));
            ini.setValue(QStringLiteral("client_key"), QStringLiteral("sbawsandboxkey042"));
            ini.setValue(QStringLiteral("auth_url"), at("/tiktok/v2/auth/authorize/"));
            ini.setValue(QStringLiteral("token_url"), at("/tiktok/v2/oauth/token/"));
            ini.setValue(QStringLiteral("api_base"), at("/tiktok"));
            ini.endGroup();
            ini.sync();
            if (ini.status() != QSettings::NoError) {
                return fail(QStringLiteral("cannot write %1").arg(parser.value(configOption)));
            }
        }
        std::printf("listening on %s\n", qPrintable(base));
        std::fflush(stdout);
        return 0;
    };
    // The gateway's demo buys its plan through the backend first (the event loop runs the requests).
    server.prepareDemo([&](const QString& problem) {
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "streamvibe-sandbox: the demo account stays on the Free plan: %s\n",
                         qPrintable(problem));
        }
        if (const int failed = announce()) {
            // Queued: this may run before the event loop has started.
            QMetaObject::invokeMethod(
                &app, [failed] { QCoreApplication::exit(failed); }, Qt::QueuedConnection);
        }
    });

    const int rc = stopping ? 0 : QCoreApplication::exec();
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    return rc;
}
