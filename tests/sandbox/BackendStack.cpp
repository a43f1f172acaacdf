#include "BackendStack.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace sv::sandbox {

namespace {

// The line the script prints once its env file is written.
constexpr QByteArrayView kUpLine = "local stack up in ";

QString lastLines(const QByteArray& output, int count)
{
    QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() > count) {
        lines = lines.mid(lines.size() - count);
    }
    return QString::fromUtf8(lines.join('\n'));
}

} // namespace

BackendStack::BackendStack()
    : BackendStack(Options{})
{
}

BackendStack::BackendStack(Options options)
    : m_options(std::move(options))
{
    if (m_options.script.isEmpty()) {
        m_options.script = QStringLiteral(STREAMVIBE_LOCAL_STACK_SCRIPT);
    }
    if (m_options.stateDir.isEmpty()) {
        m_options.stateDir = defaultStateDir();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

BackendStack::~BackendStack()
{
    stop();
}

QString BackendStack::defaultStateDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty()) {
        base = QDir::tempPath();
    }
    return base + QStringLiteral("/streamvibe-stack");
}

std::optional<QHash<QString, QString>> BackendStack::readEnv(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("export "))) {
            line = line.mid(7).trimmed();
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0) {
            continue;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
            value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

bool BackendStack::start()
{
    if (isRunning()) {
        return true;
    }
    m_values.clear();
    m_output.clear();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QFile::remove(envFile());
    QStringList args{m_options.script,
                     QStringLiteral("--state-dir"),
                     m_options.stateDir,
                     QStringLiteral("--write-env"),
                     envFile(),
                     QStringLiteral("--parent-pid"),
                     QString::number(QCoreApplication::applicationPid())};
    if (!m_options.jwtSecret.isEmpty()) {
        args << QStringLiteral("--jwt-secret") << m_options.jwtSecret;
    }
    if (!m_options.publicUrl.isEmpty()) {
        args << QStringLiteral("--public-url") << m_options.publicUrl;
    }

    QEventLoop loop;
    bool up = false;
    const auto output = QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        m_output += m_process.readAllStandardOutput();
        if (m_output.contains(kUpLine)) {
            up = true;
            loop.quit();
        }
    });
    const auto finished = QObject::connect(&m_process, &QProcess::finished, &loop, [&](int code) {
        m_error = QStringLiteral("the local stack exited (status %1) before it was up:\n%2")
                      .arg(code)
                      .arg(lastLines(m_output, 40));
        loop.quit();
    });
    const auto failed =
        QObject::connect(&m_process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                m_error = QStringLiteral("cannot run %1: %2").arg(m_options.script, m_process.errorString());
                loop.quit();
            }
        });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        m_error = QStringLiteral("the local stack was not up within %1 s:\n%2")
                      .arg(m_options.startTimeoutMs / 1000)
                      .arg(lastLines(m_output, 40));
        loop.quit();
    });
    m_process.start(QStringLiteral("bash"), args);
    timeout.start(m_options.startTimeoutMs);
    loop.exec();
    QObject::disconnect(output);
    QObject::disconnect(finished);
    QObject::disconnect(failed);

    if (!up || !readEnvFile()) {
        stop();
        return false;
    }
    // From now on, what the stack prints (a process that dies, the stop) goes to this process's stderr.
    m_forward = QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
        const QByteArray text = m_process.readAllStandardOutput();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    });
    return true;
}

bool BackendStack::readEnvFile()
{
    QString error;
    auto values = readEnv(envFile(), &error);
    if (!values) {
        m_error = QStringLiteral("the local stack wrote no env file: %1").arg(error);
        return false;
    }
    m_values = std::move(*values);
    for (const char* key : {"SUPABASE_DB_URL", "FUNCTIONS_URL", "STRIPE_API_BASE", "STRIPE_SECRET_KEY",
                            "JWT_SECRET", "ANON_KEY", "SERVICE_ROLE_KEY"}) {
        if (value(QLatin1String(key)).isEmpty()) {
            m_error = QStringLiteral("the local stack's env file has no %1").arg(QLatin1String(key));
            return false;
        }
    }
    return true;
}

void BackendStack::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        QObject::disconnect(m_forward); // what it prints while stopping is not needed
        m_process.terminate();          // SIGTERM: the script stops its processes and the cluster
        if (!m_process.waitForFinished(m_options.stopTimeoutMs)) {
            m_process.kill(); // what it leaves behind is removed by the next start
            m_process.waitForFinished(2000);
        }
    }
    m_values.clear();
}

bool BackendStack::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString BackendStack::errorString() const
{
    return m_error;
}

qint64 BackendStack::processId() const
{
    return m_process.processId();
}

QString BackendStack::stateDir() const
{
    return m_options.stateDir;
}

QString BackendStack::envFile() const
{
    return m_dir.filePath(QStringLiteral("stack.env"));
}

QString BackendStack::value(const QString& key) const
{
    return m_values.value(key);
}

} // namespace sv::sandbox
