#include "ChromiumBrowser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <QDeadlineTimer>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sv::test {

namespace {

constexpr int kStderrLines = 12;

/// The stand-in's button for an action (supabase/tests/stripe/hosted.ts: `<button id="…">label</button>`) and
/// its visible text, whole or (for a plan switch, "Switch to Basic ($4.99 per month)") its beginning.
struct ButtonSpec
{
    QString id;
    QString label;
    bool labelIsPrefix = false;
};

ButtonSpec buttonFor(ChromiumBrowser::Action action, const QString& switchTarget)
{
    switch (action) {
    case ChromiumBrowser::Action::Cancel:
        return {QStringLiteral("cancel"), QStringLiteral("Cancel")};
    case ChromiumBrowser::Action::CancelPlanPortal:
        return {QStringLiteral("cancel-plan"), QStringLiteral("Cancel plan")};
    case ChromiumBrowser::Action::SwitchPlanPortal:
        return {QStringLiteral("switch-") + switchTarget, QStringLiteral("Switch to "), true};
    case ChromiumBrowser::Action::Pay:
    case ChromiumBrowser::Action::Nothing:
        break;
    }
    return {QStringLiteral("pay"), QStringLiteral("Pay")};
}

/// Clicks the button as a user would once its visible text matches; evaluates to "" or what was wrong.
QString clickScript(const ButtonSpec& button)
{
    const QByteArray arguments = QJsonDocument(QJsonArray{button.id, button.label, button.labelIsPrefix})
                                     .toJson(QJsonDocument::Compact);
    return QStringLiteral(
               "(function (id, label, prefix) {"
               "  const button = document.getElementById(id);"
               "  if (!button || button.tagName !== 'BUTTON') return 'no button #' + id + ' on the page';"
               "  const text = button.innerText.trim();"
               "  if (prefix ? !text.startsWith(label) : text !== label)"
               "    return 'button #' + id + ' shows \"' + text + '\", not \"' + label + '\"';"
               "  button.click();"
               "  return '';"
               "}).apply(null, %1)")
        .arg(QString::fromUtf8(arguments));
}

} // namespace

QString ChromiumBrowser::executable()
{
    return QStringLiteral("/usr/bin/chromium");
}

bool ChromiumBrowser::isAvailable()
{
    return QFileInfo(executable()).isExecutable();
}

ChromiumBrowser::ChromiumBrowser(QObject* parent)
    : QObject(parent)
{
    // Everything here is on 127.0.0.1: never through a proxy from the environment.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        static const char* const stages[] = {"",
                                             "starting Chromium",
                                             "connecting to its DevTools",
                                             "loading the page",
                                             "clicking the button",
                                             "waiting for the page the click leads to",
                                             "reading the page",
                                             ""};
        fail(QStringLiteral("no result within %1 ms while %2 (page: %3)")
                 .arg(m_timeout.count())
                 .arg(QLatin1String(stages[static_cast<int>(m_stage)]),
                      (m_frameUrl.isEmpty() ? m_target : m_frameUrl).toString(QUrl::RemoveQuery)));
    });

    m_process.setStandardOutputFile(QProcess::nullDevice());
    // Its own process group (so that everything it starts can be found and ended), and ended with the test
    // should the test die first.
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, &ChromiumBrowser::onStandardError);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_connected = false;
        fail(QStringLiteral("Chromium %1 (%2); its last messages: %3")
                 .arg(status == QProcess::CrashExit ? QStringLiteral("crashed") : QStringLiteral("exited"))
                 .arg(code)
                 .arg(m_stderrTail.join(QLatin1Char('\n'))));
    });

    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        send(QStringLiteral("Page.enable"), {}, [this](const QJsonObject&) {
            send(QStringLiteral("Network.enable"), {}, [this](const QJsonObject&) { navigate(); });
        });
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_connected = false;
        fail(QStringLiteral("the DevTools connection closed: %1").arg(m_socket.errorString()));
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(
        &m_socket, &QWebSocket::errorOccurred, this,
#else
    connect(
        &m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
#endif
        [this] { fail(QStringLiteral("the DevTools connection failed: %1").arg(m_socket.errorString())); });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ChromiumBrowser::onMessage);
}

ChromiumBrowser::~ChromiumBrowser()
{
    stopChromium();
}

bool ChromiumBrowser::open(const QUrl& url)
{
    if (m_stage != Stage::Idle && m_stage != Stage::Done) {
        qWarning("ChromiumBrowser: %s opened while the previous page is still running",
                 qPrintable(url.toString()));
        return false;
    }
    m_opened << url;
    ++m_generation;
    m_target = url;
    m_running = m_action;
    m_error.clear();
    m_frameUrl.clear();
    m_status = 0;
    m_text.clear();
    m_deadline.start(m_timeout);
    if (m_connected) {
        navigate();
        return true;
    }
    m_stage = Stage::Starting;
    if (m_process.state() != QProcess::NotRunning)
        return refuse(QStringLiteral("Chromium runs but lost its DevTools connection"));
    return startChromium();
}

bool ChromiumBrowser::refuse(const QString& message)
{
    // No browser (the caller shows the link instead); done() still comes, for whoever waits for it.
    QTimer::singleShot(0, this, [this, message] { fail(message); });
    return false;
}

bool ChromiumBrowser::startChromium()
{
    if (!m_profile.isValid())
        return refuse(QStringLiteral("no temporary profile directory: %1").arg(m_profile.errorString()));
    QStringList args{QStringLiteral("--headless=new"),
                     QStringLiteral("--disable-gpu"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--no-default-browser-check"),
                     QStringLiteral("--disable-background-networking"),
                     QStringLiteral("--disable-component-update"),
                     QStringLiteral("--disable-sync"),
                     QStringLiteral("--user-data-dir=") + m_profile.path(),
                     QStringLiteral("--remote-debugging-address=127.0.0.1"),
                     QStringLiteral("--remote-debugging-port=0"),
                     QStringLiteral("about:blank")};
    if (::geteuid() == 0)
        args.prepend(QStringLiteral("--no-sandbox")); // Chromium refuses to run as root otherwise
    m_stderr.clear();
    m_stderrTail.clear();
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10000))
        return refuse(
            QStringLiteral("%1 could not be started: %2").arg(executable(), m_process.errorString()));
    m_pid = m_process.processId();
    return true;
}

void ChromiumBrowser::onStandardError()
{
    m_stderr += m_process.readAllStandardError();
    qsizetype end = 0;
    while ((end = m_stderr.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_stderr.left(end)).trimmed();
        m_stderr.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        m_stderrTail << line.left(300);
        if (m_stderrTail.size() > kStderrLines)
            m_stderrTail.removeFirst();
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/<id>"
        static const QString listening = QStringLiteral("DevTools listening on ");
        if (m_stage == Stage::Starting && line.startsWith(listening)) {
            const QUrl browser(line.mid(listening.size()));
            if (browser.port() <= 0) {
                fail(QStringLiteral("no port in Chromium's \"%1\"").arg(line));
                return;
            }
            m_stage = Stage::Connecting;
            findPage(static_cast<quint16>(browser.port()));
        }
    }
}

void ChromiumBrowser::findPage(quint16 port)
{
    // The page it opened (about:blank) among its targets; should it not be listed yet, a new one.
    const auto request = [this, port](const QByteArray& verb, const QString& path) {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        url.setPath(path);
        if (verb == "PUT")
            url.setQuery(QStringLiteral("about:blank"));
        QNetworkReply* reply = m_nam.sendCustomRequest(QNetworkRequest(url), verb); // the manager owns it
        m_reply = reply;
        return reply;
    };
    QNetworkReply* list = request("GET", QStringLiteral("/json/list"));
    connect(list, &QNetworkReply::finished, this, [this, list, request] {
        list->deleteLater();
        if (m_stage != Stage::Connecting)
            return; // the action failed meanwhile
        const QJsonDocument targets = QJsonDocument::fromJson(list->readAll());
        if (list->error() != QNetworkReply::NoError || !targets.isArray()) {
            fail(QStringLiteral("Chromium's list of targets: %1").arg(list->errorString()));
            return;
        }
        for (const QJsonValue& target : targets.array()) {
            if (target[QLatin1String("type")].toString() == QLatin1String("page")) {
                connectTo(QUrl(target[QLatin1String("webSocketDebuggerUrl")].toString()));
                return;
            }
        }
        QNetworkReply* created = request("PUT", QStringLiteral("/json/new"));
        connect(created, &QNetworkReply::finished, this, [this, created] {
            created->deleteLater();
            if (m_stage != Stage::Connecting)
                return;
            const QJsonObject target = QJsonDocument::fromJson(created->readAll()).object();
            if (created->error() != QNetworkReply::NoError || target.isEmpty()) {
                fail(QStringLiteral("Chromium has no page and opened none: %1").arg(created->errorString()));
                return;
            }
            connectTo(QUrl(target[QLatin1String("webSocketDebuggerUrl")].toString()));
        });
    });
}

void ChromiumBrowser::connectTo(const QUrl& webSocketUrl)
{
    if (!webSocketUrl.isValid() || webSocketUrl.scheme() != QLatin1String("ws")) {
        fail(QStringLiteral("the page has no DevTools address (%1)").arg(webSocketUrl.toString()));
        return;
    }
    m_socket.open(webSocketUrl); // connected() goes on with navigate()
}

void ChromiumBrowser::navigate()
{
    m_stage = Stage::Loading;
    m_loaderId.clear();
    m_loadedLoaderId.clear();
    m_documentStatus.clear();
    send(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), m_target.toString(QUrl::FullyEncoded)}},
         [this](const QJsonObject& result) {
             const QString errorText = result[QLatin1String("errorText")].toString();
             if (!errorText.isEmpty()) {
                 fail(QStringLiteral("%1 could not be loaded: %2").arg(m_target.toString(), errorText));
                 return;
             }
             m_loaderId = result[QLatin1String("loaderId")].toString();
             if (m_stage == Stage::Loading && !m_loaderId.isEmpty() && m_loadedLoaderId == m_loaderId)
                 onLoaded(); // its load event came before this answer
         });
}

void ChromiumBrowser::send(const QString& method, const QJsonObject& params, Handler handler)
{
    const int id = ++m_nextId;
    m_pending.insert(id, Command{method, m_stage, m_generation, std::move(handler)});
    const QJsonObject message{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ChromiumBrowser::onMessage(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QLatin1String("id"))) {
        const Command command = m_pending.take(message[QLatin1String("id")].toInt());
        // An answer for a step that is over (the action failed or moved on meanwhile) changes nothing.
        if (!command.handler || command.generation != m_generation || command.stage != m_stage)
            return;
        if (message.contains(QLatin1String("error"))) {
            fail(QStringLiteral("%1 failed: %2")
                     .arg(command.method,
                          message[QLatin1String("error")][QLatin1String("message")].toString()));
            return;
        }
        command.handler(message[QLatin1String("result")].toObject());
        return;
    }
    onEvent(message[QLatin1String("method")].toString(), message[QLatin1String("params")].toObject());
}

void ChromiumBrowser::onEvent(const QString& method, const QJsonObject& params)
{
    if (method == QLatin1String("Page.frameNavigated")) {
        const QJsonObject frame = params[QLatin1String("frame")].toObject();
        if (frame.contains(QLatin1String("parentId")))
            return; // a subframe
        // The top frame committed a document (a 303 is followed within one navigation: this is its target).
        m_committedLoaderId = frame[QLatin1String("loaderId")].toString();
        m_frameUrl = QUrl(frame[QLatin1String("url")].toString());
        m_unreachableUrl = frame[QLatin1String("unreachableUrl")].toString();
    } else if (method == QLatin1String("Network.responseReceived")) {
        if (params[QLatin1String("type")].toString() == QLatin1String("Document"))
            m_documentStatus.insert(params[QLatin1String("loaderId")].toString(),
                                    params[QLatin1String("response")][QLatin1String("status")].toInt());
    } else if (method == QLatin1String("Page.loadEventFired")) {
        m_loadedLoaderId = m_committedLoaderId;
        m_status = m_documentStatus.value(m_loadedLoaderId);
        if (m_stage == Stage::Loading && !m_loaderId.isEmpty() && m_loadedLoaderId == m_loaderId)
            onLoaded();
        else if (m_stage == Stage::Returning && !m_loadedLoaderId.isEmpty() && m_loadedLoaderId != m_loaderId)
            readPage(); // the document the click led to
    }
}

void ChromiumBrowser::onLoaded()
{
    if (m_running == Action::Nothing) {
        readPage();
        return;
    }
    if (m_status != 200 || !m_unreachableUrl.isEmpty()) {
        m_failure = QStringLiteral("%1 answered %2").arg(m_target.toString()).arg(m_status);
        readPage();
        return;
    }
    act();
}

void ChromiumBrowser::act()
{
    // Whatever the click starts arrives after the answer to the evaluation: wait for it from now on.
    m_stage = Stage::Returning;
    const QJsonObject params{
        {QStringLiteral("expression"), clickScript(buttonFor(m_running, m_switchTarget))},
        {QStringLiteral("returnByValue"), true}};
    send(QStringLiteral("Runtime.evaluate"), params, [this](const QJsonObject& result) {
        if (result.contains(QLatin1String("exceptionDetails"))) {
            fail(
                QStringLiteral("the click failed: %1")
                    .arg(QString::fromUtf8(QJsonDocument(result[QLatin1String("exceptionDetails")].toObject())
                                               .toJson(QJsonDocument::Compact))));
            return;
        }
        const QString problem = result[QLatin1String("result")][QLatin1String("value")].toString();
        if (!problem.isEmpty())
            fail(problem);
    });
}

void ChromiumBrowser::readPage()
{
    m_stage = Stage::Reading;
    const QJsonObject params{
        {QStringLiteral("expression"), QStringLiteral("document.body ? document.body.innerText : ''")},
        {QStringLiteral("returnByValue"), true}};
    send(QStringLiteral("Runtime.evaluate"), params, [this](const QJsonObject& result) {
        m_text = result[QLatin1String("result")][QLatin1String("value")].toString();
        if (!m_unreachableUrl.isEmpty())
            fail(QStringLiteral("%1 could not be loaded: %2").arg(m_unreachableUrl, m_text.left(300)));
        else if (!m_failure.isEmpty())
            fail(m_failure + QStringLiteral(": ") + m_text.left(300));
        else
            finish();
    });
}

void ChromiumBrowser::fail(const QString& message)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Done)
        return; // nothing is running: e.g. Chromium or its connection ending after the result
    m_error = message;
    finish();
}

void ChromiumBrowser::finish()
{
    m_deadline.stop();
    m_failure.clear();
    m_stage = Stage::Done;
    Q_EMIT done();
}

void ChromiumBrowser::stopChromium()
{
    m_deadline.stop();
    m_stage = Stage::Idle;
    disconnect(&m_socket, nullptr, this, nullptr);
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        // SIGTERM: Chromium closes its page and ends its helper processes before it exits.
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            qWarning("ChromiumBrowser: Chromium did not exit on SIGTERM; killing its process group");
            ::kill(static_cast<pid_t>(-m_pid), SIGKILL);
            m_process.waitForFinished(5000);
        }
    }
    // Its helpers (zygotes, renderers, the network service) end a moment after it: wait for them, and end any
    // that would outlive the test.
    if (m_pid > 0 && !waitForGroup(m_pid, std::chrono::seconds(10))) {
        qWarning("ChromiumBrowser: processes of Chromium's group outlived it by 10 s; killing them");
        ::kill(static_cast<pid_t>(-m_pid), SIGKILL);
    }
}

bool ChromiumBrowser::waitForGroup(qint64 group, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    for (const qint64 pid : groupMembers(group)) {
        // A process's pidfd becomes readable when it ends (also for a process that is not our child).
        // (The system call: Debian 12's <sys/pidfd.h> declares pidfd_open() without C linkage.)
        const int fd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0));
        if (fd < 0)
            continue; // already gone
        pollfd ended{fd, POLLIN, 0};
        int ready = 0;
        do {
            ready = ::poll(&ended, 1, static_cast<int>(deadline.remainingTime()));
        } while (ready < 0 && errno == EINTR);
        ::close(fd);
        if (ready == 0)
            return false;
    }
    return true;
}

int ChromiumBrowser::processesInGroup(qint64 group)
{
    return static_cast<int>(groupMembers(group).size());
}

QList<qint64> ChromiumBrowser::groupMembers(qint64 group)
{
    QList<qint64> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so count from the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == group && fields[0] != "Z" && fields[0] != "X")
            members << pid;
    }
    return members;
}

} // namespace sv::test
