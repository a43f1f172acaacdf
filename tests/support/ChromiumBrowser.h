#pragma once

#include "loopback/BrowserLauncher.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkReply;

namespace sv::test {

/// A real browser for the end-to-end tests: open() starts headless Chromium (a fresh profile, remote
/// debugging on a free port), loads the URL in its page and drives it over the Chrome DevTools Protocol as a
/// user would: it clicks the Stripe stand-in's button for the action (the markup of
/// supabase/tests/stripe/hosted.ts: #pay, #cancel, #cancel-plan, #switch-<plan>), lets Chromium follow the
/// form's 303 back to the app's loopback listener and records the page it ends on (URL, HTTP status, the text
/// shown). Event-driven, with one deadline per open(); the destructor stops Chromium and every process it
/// started. The actions carry FormBrowser's names (tests/core/billing), so a test can use either.
class ChromiumBrowser : public QObject, public BrowserLauncher
{
    Q_OBJECT
public:
    enum class Action {
        Pay,              ///< click "Pay" on a checkout page and follow the redirect to the success URL
        Cancel,           ///< click "Cancel" on a checkout page and follow the redirect to the cancel URL
        Nothing,          ///< load the page and do nothing
        CancelPlanPortal, ///< on a portal page: click "Cancel plan" and follow the redirect to the return URL
        SwitchPlanPortal  ///< on a portal page: click "Switch to …" for setSwitchTarget(), follow to the
                          ///< return URL
    };
    Q_ENUM(Action)

    /// The Chromium this class starts.
    static QString executable();
    static bool isAvailable();

    explicit ChromiumBrowser(QObject* parent = nullptr);
    ~ChromiumBrowser() override;

    void setAction(Action action) { m_action = action; }
    /// The plan (e.g. "basic") Action::SwitchPlanPortal switches to.
    void setSwitchTarget(const QString& plan) { m_switchTarget = plan; }
    /// How long one open() may take, from starting Chromium to the final page (default 60 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Starts Chromium (the first time) and the scripted action; false if Chromium could not be started
    /// (done() follows, with error()) or the previous action is still running.
    bool open(const QUrl& url) override;

    QList<QUrl> opened() const { return m_opened; }
    bool isDone() const { return m_stage == Stage::Done; }
    /// Empty unless the action failed (Chromium, the protocol, the page or the deadline).
    QString error() const { return m_error; }
    /// The top frame's page when the action ended: its URL, its document's HTTP status and its text.
    QUrl lastUrl() const { return m_frameUrl; }
    int lastStatus() const { return m_status; }
    QString lastText() const { return m_text; }
    /// Chromium's browser process (also the id of the process group of everything it starts); 0 before
    /// open().
    qint64 processId() const { return m_pid; }
    /// How many processes (e.g. a Chromium's renderers) still run in process group `group`.
    static int processesInGroup(qint64 group);

Q_SIGNALS:
    /// The scripted action is complete (or failed: see error()).
    void done();

private:
    enum class Stage { Idle, Starting, Connecting, Loading, Acting, Returning, Reading, Done };
    using Handler = std::function<void(const QJsonObject& result)>;

    bool startChromium();
    /// open() cannot go on: false, and the action fails with `message` once open() has returned.
    bool refuse(const QString& message);
    void onStandardError();
    void findPage(quint16 port);
    void connectTo(const QUrl& webSocketUrl);
    void navigate();
    void onMessage(const QString& text);
    void onEvent(const QString& method, const QJsonObject& params);
    void onLoaded();
    void act();
    void readPage();
    void send(const QString& method, const QJsonObject& params, Handler handler);
    void fail(const QString& message);
    void finish();
    void stopChromium();
    /// The processes of `group` that run (not ended, zombies excluded).
    static QList<qint64> groupMembers(qint64 group);
    /// Waits until every process of `group` has ended; false if some still run after `timeout`.
    static bool waitForGroup(qint64 group, std::chrono::milliseconds timeout);

    QTemporaryDir m_profile;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_reply;
    QWebSocket m_socket;
    QTimer m_deadline;
    Action m_action = Action::Pay;
    Action m_running = Action::Pay;
    QString m_switchTarget;
    std::chrono::milliseconds m_timeout{60'000};
    Stage m_stage = Stage::Idle;
    qint64 m_pid = 0;
    QByteArray m_stderr;      ///< Chromium's unread standard error (up to the next line)
    QStringList m_stderrTail; ///< its last lines, for error messages
    bool m_connected = false;
    int m_nextId = 0;
    /// A command sent and not yet answered: its answer is handled in the step (stage) of the open() that sent
    /// it.
    struct Command
    {
        QString method;
        Stage stage = Stage::Idle;
        quint64 generation = 0;
        Handler handler;
    };
    QHash<int, Command> m_pending; ///< by id
    quint64 m_generation = 0;      ///< open() calls so far
    QList<QUrl> m_opened;
    QUrl m_target;
    QString m_loaderId;                   ///< the document Page.navigate loaded (the action starts on it)
    QString m_committedLoaderId;          ///< the top frame's current document
    QString m_loadedLoaderId;             ///< the last of them whose load event came
    QHash<QString, int> m_documentStatus; ///< HTTP status by document (loader id)
    QUrl m_frameUrl;
    QString m_unreachableUrl; ///< set when the top frame shows Chromium's error page for it
    QString m_failure;        ///< reported once the page's text is read
    int m_status = 0;
    QString m_text;
    QString m_error;
};

} // namespace sv::test
