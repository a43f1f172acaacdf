#include "SandboxProcess.h"

#include "BackendStack.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

namespace sv::test {

namespace {

constexpr int kRequestTimeoutMs = 15000;

} // namespace

struct SandboxProcess::Private
{
    Options options;
    QProcess process;
    QTemporaryDir dir;
    QString configFile;
    QString anonKey;
    QUrl baseUrl;
    QString error;
    QByteArray stdoutBuffer;
    QByteArray stderrBuffer;
    QNetworkAccessManager nam;
    QHash<QString, QString> backendValues; ///< the local stack's env file
};

QByteArray SandboxProcess::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SandboxProcess::SandboxProcess()
    : SandboxProcess(Options{})
{
}

SandboxProcess::SandboxProcess(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->configFile = d->dir.filePath(QStringLiteral("streamvibe-sandbox.ini"));
}

SandboxProcess::~SandboxProcess()
{
    if (d->process.state() != QProcess::NotRunning) {
        d->process.terminate(); // SIGTERM: the sandbox stops the local stack, then exits
        if (!d->process.waitForFinished(20000)) {
            d->process.kill();
            d->process.waitForFinished(2000);
        }
    }
}

bool SandboxProcess::start()
{
    const QString program = buildPath(QStringLiteral("tests/sandbox/streamvibe-sandbox"));
    if (!QFileInfo(program).isExecutable()) {
        d->error =
            QStringLiteral("sandbox executable not found: %1 (is STREAMVIBE_BUILD_DIR set?)").arg(program);
        return false;
    }
    // The sandbox starts the local stack as its children once it listens, and copies the stack's env file
    // for backendValue().
    const QString stackEnv = d->dir.filePath(QStringLiteral("stack.env"));
    QStringList args{QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--write-config"),
                     d->configFile,
                     QStringLiteral("--write-stack-env"),
                     stackEnv};
    if (d->options.items >= 0) {
        args << QStringLiteral("--items") << QString::number(d->options.items);
    }
    if (d->options.autoConsent) {
        args << QStringLiteral("--auto-consent");
    }
    if (d->options.tokenTtl >= 0) {
        args << QStringLiteral("--token-ttl") << QString::number(d->options.tokenTtl);
    }
    for (const QString& fault : d->options.faults) {
        args << QStringLiteral("--fault") << fault;
    }
    args << d->options.extraArguments;

    QEventLoop loop;
    bool listening = false;
    static const QRegularExpression listeningLine(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    auto conn1 = QObject::connect(&d->process, &QProcess::readyReadStandardOutput, &loop, [&] {
        d->stdoutBuffer += d->process.readAllStandardOutput();
        const auto match = listeningLine.match(QString::fromUtf8(d->stdoutBuffer));
        if (match.hasMatch()) {
            d->baseUrl = QUrl(match.captured(1));
            listening = true;
            loop.quit();
        }
    });
    auto conn2 = QObject::connect(&d->process, &QProcess::readyReadStandardError, &loop,
                                  [&] { d->stderrBuffer += d->process.readAllStandardError(); });
    auto conn3 = QObject::connect(&d->process, &QProcess::finished, &loop, [&] {
        d->error =
            QStringLiteral("sandbox exited before listening: %1").arg(QString::fromUtf8(d->stderrBuffer));
        loop.quit();
    });
    auto conn4 =
        QObject::connect(&d->process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart) {
                d->error = QStringLiteral("sandbox failed to start: %1").arg(d->process.errorString());
                loop.quit();
            }
        });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        d->error =
            QStringLiteral("sandbox did not report listening within %1 ms").arg(d->options.startTimeoutMs);
        loop.quit();
    });
    // A test that crashes never runs the destructor: the sandbox (and so its stack) then stops with it.
    d->process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    d->process.start(program, args);
    // The sandbox first stores the demo account and buys its plan.
    timeout.start(d->options.startTimeoutMs);
    loop.exec();
    QObject::disconnect(conn1);
    QObject::disconnect(conn3);
    QObject::disconnect(conn4);
    Q_UNUSED(conn2) // keep collecting stderr for diagnostics

    if (!listening) {
        if (d->process.state() != QProcess::NotRunning) {
            d->process.kill();
            d->process.waitForFinished(2000);
        }
        return false;
    }
    QString envError;
    auto values = sv::sandbox::BackendStack::readEnv(stackEnv, &envError);
    if (!values) {
        d->error = envError;
        return false;
    }
    d->backendValues = std::move(*values);
    QSettings ini(d->configFile, QSettings::IniFormat);
    d->anonKey = ini.value(QStringLiteral("backend/anon_key")).toString();
    if (d->anonKey.isEmpty()) {
        d->error = QStringLiteral("sandbox config %1 has no backend/anon_key").arg(d->configFile);
        return false;
    }
    return true;
}

bool SandboxProcess::isRunning() const
{
    return d->process.state() == QProcess::Running;
}
QString SandboxProcess::errorString() const
{
    return d->error;
}

QByteArray SandboxProcess::standardError() const
{
    return d->stderrBuffer + const_cast<QProcess&>(d->process).readAllStandardError();
}

QUrl SandboxProcess::baseUrl() const
{
    return d->baseUrl;
}

QUrl SandboxProcess::url(const QString& path) const
{
    QUrl base = d->baseUrl;
    const QUrl relative(path);
    base.setPath(relative.path());
    base.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return base;
}

quint16 SandboxProcess::port() const
{
    return static_cast<quint16>(d->baseUrl.port());
}
QString SandboxProcess::configFile() const
{
    return d->configFile;
}
QString SandboxProcess::anonKey() const
{
    return d->anonKey;
}
QString SandboxProcess::backendValue(const QString& key) const
{
    return d->backendValues.value(key);
}
QString SandboxProcess::demoEmail()
{
    return QStringLiteral("demo@streamvibe.test");
}
QString SandboxProcess::demoPassword()
{
    return QStringLiteral("streamvibe-demo");
}

SandboxProcess::Reply SandboxProcess::request(const QByteArray& method, const QUrl& url,
                                              const QList<QPair<QByteArray, QByteArray>>& headers,
                                              const QByteArray& body)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(kRequestTimeoutMs);
    for (const auto& [key, value] : headers) {
        req.setRawHeader(key, value);
    }
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type")) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = d->nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.networkError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

bool SandboxProcess::addFault(const QString& spec)
{
    QJsonObject body{{QStringLiteral("spec"), spec}};
    return request("POST", url(QStringLiteral("/__control/faults")), {},
                   QJsonDocument(body).toJson(QJsonDocument::Compact))
               .status == 200;
}

bool SandboxProcess::addFault(const QJsonObject& fault)
{
    return request("POST", url(QStringLiteral("/__control/faults")), {},
                   QJsonDocument(fault).toJson(QJsonDocument::Compact))
               .status == 200;
}

bool SandboxProcess::clearFaults()
{
    return request("DELETE", url(QStringLiteral("/__control/faults"))).status == 200;
}

bool SandboxProcess::configure(const QJsonObject& settings)
{
    return request("POST", url(QStringLiteral("/__control/config")), {},
                   QJsonDocument(settings).toJson(QJsonDocument::Compact))
               .status == 200;
}

bool SandboxProcess::setRefreshReuseGrace(int seconds)
{
    return configure(QJsonObject{{QStringLiteral("refresh_reuse_grace"), seconds}});
}

namespace {

std::optional<SandboxProcess::Session> sessionFrom(const SandboxProcess::Reply& reply)
{
    if (reply.status != 200) {
        return std::nullopt;
    }
    const QJsonObject o = reply.json().object();
    SandboxProcess::Session s;
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    s.expiresAt = o.value(QStringLiteral("expires_at")).toInteger();
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    s.userId = user.value(QStringLiteral("id")).toString();
    s.email = user.value(QStringLiteral("email")).toString();
    s.raw = o;
    if (s.accessToken.isEmpty() || s.userId.isEmpty()) {
        return std::nullopt;
    }
    return s;
}

} // namespace

std::optional<SandboxProcess::Session> SandboxProcess::createUser(const QString& email,
                                                                  const QString& password)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return sessionFrom(request("POST", url(QStringLiteral("/auth/v1/signup")),
                               {{"apikey", d->anonKey.toUtf8()}},
                               QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

std::optional<SandboxProcess::Session> SandboxProcess::signIn(const QString& email, const QString& password)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return sessionFrom(request("POST", url(QStringLiteral("/auth/v1/token?grant_type=password")),
                               {{"apikey", d->anonKey.toUtf8()}},
                               QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString SandboxProcess::platformAccessToken(const QString& platform, const std::optional<QString>& scope)
{
    QUrl target = url(QStringLiteral("/__control/platform-token/") + platform);
    if (scope) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("scope"), *scope);
        target.setQuery(query);
    }
    const Reply reply = request("POST", target);
    return reply.json().object().value(QStringLiteral("access_token")).toString();
}

} // namespace sv::test
