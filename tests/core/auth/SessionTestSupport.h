#pragma once

// Helpers shared by the session tests (tests/core/auth, tests/app/cli, tests/ui): awaiting tasks, running
// programs on the event loop, reading the keychain with secret-tool, capturing log output, scanning files.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <QCoro/QCoroTask>

#include <optional>

namespace sv::test {

/// Runs the event loop until `task` finishes and returns its value (sv::Result is not default-constructible,
/// so QCoro::waitFor cannot be used).
template <typename T>
T awaitResult(QCoro::Task<T>&& task)
{
    std::optional<T> result;
    bool threw = false;
    QEventLoop loop;
    auto continuation = std::move(task).then(
        [&](T&& value) {
            result.emplace(std::move(value));
            loop.quit();
        },
        [&](const std::exception& e) {
            qCritical("awaited task threw: %s", e.what());
            threw = true;
            loop.quit();
        });
    if (!result && !threw)
        loop.exec();
    if (!result)
        qFatal("awaited task finished without a value");
    return std::move(*result);
}

/// The environment for streamvibe-cli in tests: English (C.UTF-8), and $BROWSER set to `browser` (else
/// unset).
inline QProcessEnvironment cliEnvironment(const QString& browser = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BROWSER"));
    if (!browser.isEmpty())
        env.insert(QStringLiteral("BROWSER"), browser);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    return env;
}

/// Writes `dir`/pay.sh, a $BROWSER that pays a checkout: it loads the hosted checkout page, submits its Pay
/// form with curl and follows the redirect back to the CLI's loopback listener. Returns its path (empty on
/// failure).
inline QString writePayingBrowser(const QString& dir)
{
    const QString script = dir + QStringLiteral("/pay.sh");
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n"
            "url=\"$1\"\n"
            "base=$(printf '%s' \"$url\" | sed -E 's#^(https?://[^/]+).*#\\1#')\n"
            "action=$(curl -s \"$url\" | sed -n 's#.*<form method=\"post\" action=\"\\([^\"]*\\)\"><button "
            "id=\"pay\".*#\\1#p')\n"
            "curl -s -o /dev/null -L --data '' \"$base$action\"\n");
    f.close();
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return {};
    return script;
}

struct ProcessOutcome
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program to completion on the event loop (no blocking sleeps); `input` goes to its stdin.
inline ProcessOutcome runProcess(const QString& program, const QStringList& args,
                                 const QProcessEnvironment& env = {}, const QByteArray& input = {},
                                 int timeoutMs = 60000)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    ProcessOutcome result;
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// The value stored under `key` ("<profile>/<account>/<kind>") for service "StreamVibe", as secret-tool sees
/// it (QtKeychain stores binary values base64-encoded); nullopt if there is no such entry.
inline std::optional<QByteArray> secretToolLookup(const QString& key,
                                                  const QString& service = QStringLiteral("StreamVibe"))
{
    const ProcessOutcome r =
        runProcess(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                   QStringLiteral("server"), service});
    if (!r.finished || r.exitCode != 0 || r.out.isEmpty())
        return std::nullopt;
    return r.out;
}

/// The session JSON object stored for `key`, decoded from the keychain's base64 form; empty if none.
inline QJsonObject keychainSession(const QString& key)
{
    const auto stored = secretToolLookup(key);
    if (!stored)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(stored->trimmed())).object();
}

/// How many entries of service "StreamVibe" carry `key` (0 or 1).
inline int keychainEntryCount(const QString& key)
{
    const ProcessOutcome r =
        runProcess(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key,
                    QStringLiteral("server"), QStringLiteral("StreamVibe")});
    return int(QString::fromUtf8(r.out + r.err).count(QStringLiteral("attribute.user = ")));
}

/// Files under `roots` (recursively, hidden files included) whose content contains `needle`.
inline QStringList filesContaining(const QStringList& roots, const QByteArray& needle)
{
    QStringList hits;
    if (needle.isEmpty())
        return hits;
    for (const QString& root : roots) {
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.size() > 100 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            if (file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

/// HOME and the XDG directories of the test (with-keyring.sh gives each test private ones).
inline QStringList homeRoots()
{
    QStringList roots{QDir::homePath()};
    for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    roots.removeDuplicates();
    return roots;
}

/// Captures every message of the process (all categories, debug level included) while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        // A category filter wins over QT_LOGGING_RULES and setFilterRules(): every level of every category.
        m_previousFilter = QLoggingCategory::installFilter(&LogCapture::enableAll);
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(m_previousFilter);
        s_instance = nullptr;
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    int lineCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_lines.size());
    }

private:
    static void enableAll(QLoggingCategory* category)
    {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    }
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (LogCapture* self = s_instance) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                                 QLatin1String(": ") + qFormatLogMessage(type, context, message));
        }
    }

    static inline LogCapture* s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace sv::test
