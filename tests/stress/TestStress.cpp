// The seeded stress test of sync (issue 13): against the sandbox, several `streamvibe-cli sync` processes run
// at once on one profile while other processes read the library (`search`, `library stats`, `sqlite3 ...
// "pragma quick_check"`), faults are injected (429, 503, truncated bodies, a hang, refused tokens) and
// syncing processes are killed with SIGKILL at seeded points; then one clean sync runs. Invariants:
//  - the library passes `PRAGMA integrity_check` after every round, and no reader ever answers "damaged" or
//    "malformed" (nor fails at all);
//  - the final library holds exactly the platforms' items (the sandbox's generated ids), no duplicates;
//  - the units billed on the backend equal the billing rule's count (docs/ARCHITECTURE.md: one unit per item
//    added to the library for the first time), not fewer, not more, across every kill and retry; no usage
//    key names two reports; nothing is left in the usage outbox;
//  - no process crashed (a signal we did not send, 134/139, a sanitizer report), none ran past its bound;
//  - no audit_log row is left 'running'.
// STREAMVIBE_STRESS_SEED=N replays one seed; STREAMVIBE_STRESS_SEEDS=K runs K seeds in a row (from the
// first one); by default one seed per UTC day. Every seed is printed; a failure names the seed to replay.
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <random>
#include <vector>

using namespace sv::test;

namespace {

/// How much work one seed does. The sanitizer build (Debug + ASan + UBSan, several times slower) does less so
/// that it stays well inside the same ctest timeout.
struct Scale
{
    int items;           ///< items per platform (sandbox --items)
    int rounds;          ///< rounds of concurrent syncs, readers, faults and kills
    int maxSyncs;        ///< sync processes per round: 2..maxSyncs
    int killWindowMs;    ///< time-based kills land within this many ms of a process's start
    int syncBoundS;      ///< one sync process, faults included (a hang costs one HTTP deadline, 30 s)
    int finalBoundS;     ///< the clean final sync
    int readerBoundS;    ///< one reader process
    int lastRoundStartS; ///< no round starts later than this (seconds since the seed started)
};

Scale scale()
{
#ifdef STREAMVIBE_STRESS_SANITIZED
    return {600, 3, 2, 10000, 90, 90, 30, 60};
#else
    return {2500, 6, 3, 6000, 90, 90, 20, 75};
#endif
}

const QStringList kPlatforms{QStringLiteral("youtube"), QStringLiteral("instagram"),
                             QStringLiteral("tiktok")};
const QString kDemoEmail = QStringLiteral("demo@streamvibe.test");

/// Pages of one platform for `items` items (progress lines of a full walk).
int pagesOf(const QString& platform, int items)
{
    const int size = platform == QLatin1String("youtube")     ? 50
                     : platform == QLatin1String("instagram") ? 100
                                                              : 20;
    return (items + size - 1) / size;
}

/// The faults a round can inject (sandbox --fault syntax). Counted ones end by themselves; rated ones last
/// until the round clears them. The last two at most once per seed: a hang costs a whole HTTP deadline, and a
/// refused session token, if the app does not recover from it, would hide every later defect of the seed.
const QStringList kFaults{
    QStringLiteral("rate-limit,retry_after=1,path=/youtube/v3,rate=15"),
    QStringLiteral("rate-limit,retry_after=1,path=/tiktok/v2/video,count=3"),
    QStringLiteral("status=503,path=/instagram/graph,count=3"),
    QStringLiteral("status=503,path=/tiktok/v2/video,rate=10"),
    QStringLiteral("status=503,path=/rest/v1,count=2"),
    QStringLiteral("truncate,path=/youtube/v3,count=2"),
    QStringLiteral("truncate,path=/tiktok/v2/video,count=2"),
    QStringLiteral("truncate,path=/rest/v1/rpc,count=1"),
    QStringLiteral("expire-token,path=/youtube/v3,count=1"),
    QStringLiteral("latency=30,path=/tiktok/v2/video,rate=50"),
    QStringLiteral("expire-token,path=/rest/v1,count=1"),
    QStringLiteral("hang,path=/instagram/graph,count=1"),
};
const QStringList kOncePerSeed = kFaults.mid(kFaults.size() - 2);
/// A platform that never answers, for a whole round (some seeds): the sync must give up on it within its
/// bound, not wait for every attempt of every page.
const QString kPlatformDown = QStringLiteral("hang,path=/tiktok/v2/video");

const QStringList kQueries{QStringLiteral("sourdough"), QStringLiteral("ramen vlog"),
                           QStringLiteral("cozy"),      QStringLiteral("café"),
                           QStringLiteral("night sky"), QStringLiteral("espresso")};

/// A deterministic generator: the plan of a seed depends on the seed only (timing decides the rest).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    std::mt19937_64 m_engine;
};

/// One planned sync process of a round.
struct SyncPlan
{
    QStringList platforms; ///< empty: every connected account
    int startDelayMs = 0;
    int killAfterLines = 0; ///< > 0: SIGKILL once this many progress lines were printed
    int killAfterMs = 0;    ///< > 0: SIGKILL this long after its start

    QString describe() const
    {
        QString s = QStringLiteral("sync %1 +%2 ms")
                        .arg(platforms.isEmpty() ? QStringLiteral("(all)") : platforms.join(QLatin1Char(' ')))
                        .arg(startDelayMs);
        if (killAfterLines > 0)
            s += QStringLiteral(", kill -9 after %1 progress lines").arg(killAfterLines);
        if (killAfterMs > 0)
            s += QStringLiteral(", kill -9 after %1 ms").arg(killAfterMs);
        return s;
    }
};

struct RoundPlan
{
    QStringList faults;
    QString lateFault; ///< injected while the round runs
    int lateFaultAtMs = 0;
    std::vector<SyncPlan> syncs;
};

/// A child process of the test (a sync or a reader) and what became of it.
struct Child
{
    QString label;
    bool isReader = false;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    int boundMs = 0;
    int killAfterLines = 0;
    bool killedByUs = false;
    bool hung = false;
    bool done = false;
    int progressLines = 0;
    QByteArray out;
    QByteArray err;
    QByteArray pendingErr;
    QString killNote;
};

/// The environment of every child: English messages (the test reads "damaged" and "malformed"), whatever
/// the locale of a developer running the test binary directly.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

/// The first line of `text` that says the library is damaged: the library's own message, or SQLite's for a
/// corrupt file ("malformed" alone can be a platform's unreadable JSON, which a sync may rightly report).
QString damagedLine(const QByteArray& text)
{
    for (const QByteArray& line : text.split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.contains("damaged") || lower.contains("disk image is malformed") ||
            lower.contains("file is not a database"))
            return QString::fromUtf8(line.trimmed().left(400));
    }
    return {};
}

/// The last `lines` lines of a process's output, for failure messages.
QString tail(const QByteArray& text, int lines = 4)
{
    QStringList all = QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QStringLiteral(" | "));
}

} // namespace

class TestStress : public QObject
{
    Q_OBJECT

private:
    // --- one seed's state ---
    quint64 m_seed = 0;
    Scale m_scale = scale();
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profileDir;
    QString m_library;
    QString m_browserScript;
    QMap<QString, QSet<QString>> m_expected; ///< platform -> the sandbox's item ids
    qint64 m_usedBefore = 0;
    QStringList m_violations;         ///< "category: message", in order
    QMap<QString, int> m_perCategory; ///< violations per category
    QStringList m_log;
    QElapsedTimer m_seedClock;
    std::vector<std::unique_ptr<Child>> m_children;
    int m_readersRun = 0;

    void log(const QString& line)
    {
        const QString stamped =
            QStringLiteral("[%1 s] %2").arg(m_seedClock.elapsed() / 1000.0, 0, 'f', 1).arg(line);
        m_log.append(stamped);
        qInfo().noquote() << stamped;
    }

    /// Records a broken invariant. The first few of a category are printed and kept for the report, the
    /// others only counted (a damaged library makes every reader answer "damaged").
    void violation(const QString& category, const QString& message)
    {
        const int n = ++m_perCategory[category];
        if (n > kShownPerCategory)
            return;
        const QString entry = category + QStringLiteral(": ") + message;
        m_violations.append(entry);
        log(QStringLiteral("VIOLATION ") + entry);
    }

    static constexpr int kShownPerCategory = 3;

    /// The report of one seed: every category with its count and first violations.
    QStringList seedReport() const
    {
        QStringList lines;
        for (auto it = m_perCategory.cbegin(); it != m_perCategory.cend(); ++it) {
            lines.append(QStringLiteral("%1: %2 time(s)").arg(it.key()).arg(it.value()));
            for (const QString& v : m_violations) {
                if (v.startsWith(it.key() + QLatin1Char(':')))
                    lines.append(QStringLiteral("    ") + v.mid(it.key().size() + 2).left(600));
            }
        }
        return lines;
    }

    QString cliPath() const { return buildPath(QStringLiteral("app/cli/streamvibe-cli")); }

    QStringList globalArgs() const
    {
        return {QStringLiteral("--profile"), m_profileDir, QStringLiteral("--config"),
                m_sandbox->configFile()};
    }

    // --- synchronous CLI runs (setup) ---
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 60000,
            const QProcessEnvironment& env = childEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cliPath(), globalArgs() + args);
        Run run;
        if (!p.waitForStarted(10000))
            return run;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        run.finished = p.waitForFinished(timeoutMs);
        if (!run.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        run.exitCode = p.exitCode();
        run.status = p.exitStatus();
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    // --- sandbox control ---
    QJsonObject control(const QByteArray& method, const QString& path)
    {
        const auto reply = m_sandbox->request(method, m_sandbox->url(path));
        return reply.status == 200 ? reply.json().object() : QJsonObject{};
    }

    struct Usage
    {
        bool ok = false;
        qint64 used = 0;
        int reports = 0;
        int conflicts = 0;
        qint64 ignoredUnits = 0;
        QStringList reusedKeys;
    };

    Usage usage()
    {
        const QJsonObject o = control("GET", QStringLiteral("/__control/usage?email=") +
                                                 QString::fromLatin1(QUrl::toPercentEncoding(kDemoEmail)));
        Usage u;
        u.ok = o.contains(QStringLiteral("used"));
        u.used = o.value(QStringLiteral("used")).toInteger();
        for (const QJsonValue& v : o.value(QStringLiteral("reports")).toArray()) {
            const QJsonObject r = v.toObject();
            ++u.reports;
            const int conflicts = r.value(QStringLiteral("conflicts")).toInt();
            if (conflicts > 0) {
                u.conflicts += conflicts;
                u.ignoredUnits += r.value(QStringLiteral("ignored_units")).toInteger();
                u.reusedKeys.append(
                    QStringLiteral("%1 (counted %2, then %3 more report(s) of %4 units ignored)")
                        .arg(r.value(QStringLiteral("key")).toString())
                        .arg(r.value(QStringLiteral("units")).toInteger())
                        .arg(conflicts)
                        .arg(r.value(QStringLiteral("ignored_units")).toInteger()));
            }
        }
        return u;
    }

    // --- the library, read by the test itself once no other process runs ---
    struct LibraryState
    {
        QString error;
        QString integrity;
        QMap<QString, QSet<QString>> ids; ///< platform -> distinct external ids
        qint64 duplicates = 0;            ///< rows beyond the first of the same (platform, external id)
        qint64 rows = 0;
        qint64 outboxUnits = 0;
        qint64 runningAudit = 0;
    };

    LibraryState readLibrary() const
    {
        LibraryState state;
        const QString name = QStringLiteral("stress-check-%1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_library);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open()) {
                state.error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    QStringList lines;
                    while (q.next())
                        lines.append(q.value(0).toString());
                    state.integrity = lines.join(QStringLiteral("; "));
                } else {
                    state.integrity = q.lastError().text();
                }
                if (q.exec(QStringLiteral("SELECT platform, external_id FROM content"))) {
                    while (q.next()) {
                        QSet<QString>& set = state.ids[q.value(0).toString()];
                        const QString id = q.value(1).toString();
                        if (set.contains(id))
                            ++state.duplicates;
                        set.insert(id);
                        ++state.rows;
                    }
                } else {
                    state.error = q.lastError().text();
                }
                if (q.exec(QStringLiteral("SELECT coalesce(sum(units), 0) FROM usage_outbox")) && q.next())
                    state.outboxUnits = q.value(0).toLongLong();
                if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE status = 'running'")) &&
                    q.next())
                    state.runningAudit = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return state;
    }

    qint64 expectedTotal() const
    {
        qint64 n = 0;
        for (const QSet<QString>& ids : m_expected)
            n += ids.size();
        return n;
    }

    /// integrity_check, duplicates and foreign ids after a round (no process runs).
    LibraryState checkStep(const QString& step)
    {
        const LibraryState state = readLibrary();
        if (!state.error.isEmpty())
            violation(QStringLiteral("integrity"),
                      QStringLiteral("%1: the library could not be read: %2").arg(step, state.error));
        else if (state.integrity != QLatin1String("ok"))
            violation(
                QStringLiteral("integrity"),
                QStringLiteral("%1: PRAGMA integrity_check says: %2").arg(step, state.integrity.left(400)));
        if (state.duplicates > 0)
            violation(QStringLiteral("duplicates"),
                      QStringLiteral("%1: %2 duplicate item rows").arg(step).arg(state.duplicates));
        for (auto it = state.ids.cbegin(); it != state.ids.cend(); ++it) {
            const QSet<QString> foreign = it.value() - m_expected.value(it.key());
            if (!foreign.isEmpty())
                violation(
                    QStringLiteral("items-extra"),
                    QStringLiteral(
                        "%1: %2 item(s) under platform '%3' that the platform does not list (e.g. '%4')")
                        .arg(step)
                        .arg(foreign.size())
                        .arg(it.key(), *foreign.cbegin()));
        }
        QStringList counts;
        for (const QString& p : kPlatforms)
            counts.append(QStringLiteral("%1 %2").arg(p).arg(state.ids.value(p).size()));
        log(QStringLiteral("%1: integrity %2, items %3, outbox %4 units, audit rows running %5")
                .arg(step, state.integrity.left(60), counts.join(QStringLiteral(", ")))
                .arg(state.outboxUnits)
                .arg(state.runningAudit));
        return state;
    }

    // --- child processes ---
    Child* spawn(const QString& label, const QString& program, const QStringList& args, int boundMs,
                 bool reader)
    {
        auto child = std::make_unique<Child>();
        Child* c = child.get();
        c->label = label;
        c->isReader = reader;
        c->boundMs = boundMs;
        c->process = std::make_unique<QProcess>();
        QProcess* p = c->process.get();
        p->setProcessEnvironment(childEnvironment());
        QObject::connect(p, &QProcess::readyReadStandardOutput, p,
                         [c, p] { c->out += p->readAllStandardOutput(); });
        QObject::connect(p, &QProcess::readyReadStandardError, p, [this, c, p] {
            const QByteArray chunk = p->readAllStandardError();
            c->err += chunk;
            c->pendingErr += chunk;
            qsizetype nl;
            while ((nl = c->pendingErr.indexOf('\n')) >= 0) {
                const QByteArray line = c->pendingErr.left(nl);
                c->pendingErr.remove(0, nl + 1);
                if (line.contains(": page "))
                    ++c->progressLines;
                if (c->killAfterLines > 0 && c->progressLines == c->killAfterLines)
                    killChild(c, QStringLiteral("after %1 progress lines").arg(c->progressLines));
            }
        });
        QObject::connect(p, &QProcess::finished, p, [this, c] { finished(c); });
        // A process that cannot be started is reported like one that failed.
        QObject::connect(p, &QProcess::errorOccurred, p, [this, c](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart) {
                violation(
                    QStringLiteral("setup"),
                    QStringLiteral("%1 could not be started: %2").arg(c->label, c->process->errorString()));
                c->done = true;
            }
        });
        c->clock.start();
        p->start(program, args);
        QTimer::singleShot(boundMs, p, [this, c] {
            if (c->process->state() == QProcess::NotRunning)
                return;
            c->hung = true;
            violation(QStringLiteral("hang"),
                      QStringLiteral(
                          "%1 was still running after its bound of %2 s and was killed (last output: %3)")
                          .arg(c->label)
                          .arg(c->boundMs / 1000)
                          .arg(tail(c->err + c->pendingErr)));
            killChild(c, QStringLiteral("past its bound"));
        });
        m_children.push_back(std::move(child));
        return c;
    }

    void killChild(Child* c, const QString& why)
    {
        if (c->process->state() == QProcess::NotRunning || c->killedByUs)
            return;
        c->killedByUs = true;
        c->killNote = QStringLiteral("killed -9 %1 at %2 ms").arg(why).arg(c->clock.elapsed());
        c->process->kill(); // SIGKILL
    }

    /// Judges a finished child: crashes, damaged answers, failed readers.
    void finished(Child* c)
    {
        if (c->done)
            return;
        c->done = true;
        QProcess* p = c->process.get();
        c->out += p->readAllStandardOutput();
        c->err += p->readAllStandardError();
        const bool crashed = p->exitStatus() == QProcess::CrashExit;
        const int code = p->exitCode();
        const QString outcome =
            crashed ? QStringLiteral("signal %1").arg(code) : QStringLiteral("exit %1").arg(code);
        const QByteArray all = c->out + c->err;
        const QString damaged = damagedLine(all);
        const bool sanitizer = all.contains("AddressSanitizer") || all.contains("runtime error:") ||
                               all.contains("LeakSanitizer");
        if ((crashed && !c->killedByUs) || (!crashed && (code == 134 || code == 139)) || sanitizer)
            violation(QStringLiteral("crash"), QStringLiteral("%1 crashed (%2) after %3 ms: %4")
                                                   .arg(c->label, outcome)
                                                   .arg(c->clock.elapsed())
                                                   .arg(tail(c->err, 8)));
        if (!damaged.isEmpty())
            violation(QStringLiteral("damaged"), QStringLiteral("%1 answered: %2").arg(c->label, damaged));
        else if (c->isReader && !crashed && code != 0)
            violation(QStringLiteral("reader-failed"),
                      QStringLiteral("%1 failed (%2): %3").arg(c->label, outcome, tail(all, 3)));
        else if (c->isReader && !crashed && c->label.startsWith(QLatin1String("sqlite3")) &&
                 c->out.trimmed() != "ok")
            violation(QStringLiteral("damaged"),
                      QStringLiteral("%1 answered: %2").arg(c->label, tail(all.left(2000), 3)));
        if (!c->isReader) {
            log(QStringLiteral("%1: %2 after %3 ms, %4 progress lines%5%6")
                    .arg(c->label, c->killedByUs ? QStringLiteral("killed") : outcome)
                    .arg(c->clock.elapsed())
                    .arg(c->progressLines)
                    .arg(c->killNote.isEmpty()
                             ? QString()
                             : QString(QStringLiteral(" (") + c->killNote + QLatin1Char(')')))
                    .arg(!c->killedByUs && code != 0 ? QString(QStringLiteral(": ") + tail(c->err, 2))
                                                     : QString()));
        }
    }

    /// Starts one reader process in another process than the syncs: search, library stats or quick_check.
    Child* startReader(Rng& rng, int loop)
    {
        ++m_readersRun;
        const int kind = rng.between(0, 2);
        const int bound = m_scale.readerBoundS * 1000;
        if (kind == 0) {
            const QString query = rng.pick(kQueries);
            return spawn(QStringLiteral("search \"%1\" (reader %2)").arg(query).arg(loop), cliPath(),
                         globalArgs() + QStringList{QStringLiteral("search"), query,
                                                    QStringLiteral("--limit"), QStringLiteral("20")},
                         bound, true);
        }
        if (kind == 1)
            return spawn(QStringLiteral("library stats (reader %1)").arg(loop), cliPath(),
                         globalArgs() + QStringList{QStringLiteral("library"), QStringLiteral("stats")},
                         bound, true);
        return spawn(QStringLiteral("sqlite3 quick_check (reader %1)").arg(loop), QStringLiteral("sqlite3"),
                     {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), m_library,
                      QStringLiteral("pragma quick_check")},
                     bound, true);
    }

    // --- plan ---
    std::vector<RoundPlan> plan(Rng& rng) const
    {
        std::vector<RoundPlan> rounds;
        QSet<QString> used; // of kOncePerSeed
        const auto take = [&](const QString& fault) {
            if (!kOncePerSeed.contains(fault))
                return true;
            if (used.contains(fault))
                return false;
            used.insert(fault);
            return true;
        };
        for (int r = 0; r < m_scale.rounds; ++r) {
            RoundPlan round;
            const int faults = rng.between(1, 3);
            for (int f = 0; f < faults; ++f) {
                const QString fault = rng.pick(kFaults);
                if (!round.faults.contains(fault) && take(fault))
                    round.faults.append(fault);
            }
            if (rng.chance(50)) {
                const QString fault = rng.pick(kFaults);
                const int at = rng.between(300, 4000);
                if (take(fault)) {
                    round.lateFault = fault;
                    round.lateFaultAtMs = at;
                }
            }
            const int syncs = rng.between(2, m_scale.maxSyncs);
            for (int s = 0; s < syncs; ++s) {
                SyncPlan sync;
                if (rng.chance(50)) {
                    for (const QString& p : kPlatforms) {
                        if (rng.chance(50))
                            sync.platforms.append(p);
                    }
                }
                sync.startDelayMs = rng.between(0, 1500);
                int pages = 0;
                for (const QString& p : sync.platforms.isEmpty() ? kPlatforms : sync.platforms)
                    pages += pagesOf(p, m_scale.items);
                const int mode = rng.between(1, 100);
                if (mode <= 35)
                    sync.killAfterLines = rng.between(1, qMax(1, pages * 4 / 5));
                else if (mode <= 70)
                    sync.killAfterMs = rng.between(100, m_scale.killWindowMs);
                round.syncs.push_back(sync);
            }
            rounds.push_back(round);
        }
        // From its own stream, so that the rest of a seed's plan does not depend on it.
        Rng down(m_seed ^ 0xd0d0d0d0ULL);
        if (!rounds.empty() && down.chance(40))
            rounds[size_t(down.between(0, int(rounds.size()) - 1))].faults.append(kPlatformDown);
        return rounds;
    }

    // --- the phases of one seed ---
    bool setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        SandboxProcess::Options options;
        options.items = m_scale.items;
        options.extraArguments = {QStringLiteral("--seed"), QString::number(m_seed)};
        m_sandbox = std::make_unique<SandboxProcess>(options);
        if (!m_sandbox->start()) {
            violation(QStringLiteral("setup"),
                      QStringLiteral("the sandbox did not start: ") + m_sandbox->errorString());
            return false;
        }
        // Its own profile per seed: the keychain entries are per profile.
        m_profileDir = m_dir->filePath(QStringLiteral("stress-profile-%1").arg(m_seed));
        QDir().mkpath(m_profileDir);
        m_library = QDir(m_profileDir).filePath(QStringLiteral("library.sqlite"));

        const Run login = cli({QStringLiteral("login"), QStringLiteral("--email"), kDemoEmail,
                               QStringLiteral("--password-stdin")},
                              SandboxProcess::demoPassword().toUtf8() + '\n');
        if (login.exitCode != 0 || login.status != QProcess::NormalExit) {
            violation(QStringLiteral("setup"), QStringLiteral("login failed: ") + tail(login.err));
            return false;
        }
        // $BROWSER: follows the redirects as a browser would (the sandbox consents at once).
        m_browserScript = m_dir->filePath(QStringLiteral("browser.sh"));
        QFile script(m_browserScript);
        if (!script.open(QIODevice::WriteOnly))
            return false;
        script.write("#!/bin/sh\nexec curl -sS -L --max-time 60 -o /dev/null \"$1\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = childEnvironment();
        env.insert(QStringLiteral("BROWSER"), m_browserScript);
        for (const QString& platform : kPlatforms) {
            const Run connect = cli({QStringLiteral("connect"), platform}, {}, 60000, env);
            if (connect.exitCode != 0 || connect.status != QProcess::NormalExit) {
                violation(QStringLiteral("setup"),
                          QStringLiteral("connect %1 failed: %2").arg(platform, tail(connect.err)));
                return false;
            }
            const QJsonArray ids = control("GET", QStringLiteral("/__control/items/") + platform)
                                       .value(QStringLiteral("ids"))
                                       .toArray();
            QSet<QString>& expected = m_expected[platform];
            for (const QJsonValue& id : ids)
                expected.insert(id.toString());
            if (expected.size() != m_scale.items) {
                violation(QStringLiteral("setup"), QStringLiteral("the sandbox lists %1 %2 items, not %3")
                                                       .arg(expected.size())
                                                       .arg(platform)
                                                       .arg(m_scale.items));
                return false;
            }
        }
        const Usage before = usage();
        if (!before.ok) {
            violation(QStringLiteral("setup"),
                      QStringLiteral("the sandbox's usage of the demo user could not be read"));
            return false;
        }
        m_usedBefore = before.used;
        log(QStringLiteral("signed in, 3 platforms connected, %1 items each; demo user used %2 units")
                .arg(m_scale.items)
                .arg(m_usedBefore));
        return true;
    }

    void runRound(int index, const RoundPlan& round, Rng& readerRng)
    {
        QStringList described;
        for (const SyncPlan& s : round.syncs)
            described.append(s.describe());
        log(QStringLiteral("round %1: faults [%2]%3; %4")
                .arg(index)
                .arg(round.faults.join(QStringLiteral("; ")))
                .arg(round.lateFault.isEmpty()
                         ? QString()
                         : QStringLiteral(", at %1 ms [%2]").arg(round.lateFaultAtMs).arg(round.lateFault))
                .arg(described.join(QStringLiteral("; "))));
        for (const QString& fault : round.faults) {
            if (!m_sandbox->addFault(fault))
                violation(QStringLiteral("setup"), QStringLiteral("the sandbox refused the fault ") + fault);
        }

        QObject context;
        QEventLoop loop;
        int syncsLeft = int(round.syncs.size());
        bool readersStop = false;
        int readersRunning = 0;
        const auto checkDone = [&] {
            if (syncsLeft == 0 && readersRunning == 0)
                loop.quit();
        };
        // Readers: two loops of reader processes, back to back, until every sync of the round has ended.
        std::function<void(int)> nextReader = [&](int n) {
            if (readersStop) {
                checkDone();
                return;
            }
            ++readersRunning;
            Child* reader = startReader(readerRng, n);
            const auto ended = [&, n] {
                --readersRunning;
                QTimer::singleShot(0, &context, [&, n] { nextReader(n); });
            };
            if (reader->done) // could not be started: stop this loop
                QTimer::singleShot(0, &context, [&] {
                    --readersRunning;
                    checkDone();
                });
            else
                QObject::connect(reader->process.get(), &QProcess::finished, &context, ended);
        };
        for (int n = 1; n <= 2; ++n)
            nextReader(n);

        int number = 0;
        for (const SyncPlan& s : round.syncs) {
            ++number;
            QTimer::singleShot(s.startDelayMs, &context, [&, s, number] {
                QStringList args = globalArgs();
                args << QStringLiteral("sync") << s.platforms;
                Child* c =
                    spawn(QStringLiteral("round %1 sync #%2 (%3)").arg(index).arg(number).arg(s.describe()),
                          cliPath(), args, m_scale.syncBoundS * 1000, false);
                c->killAfterLines = s.killAfterLines;
                if (s.killAfterMs > 0)
                    QTimer::singleShot(s.killAfterMs, c->process.get(), [this, c, s] {
                        killChild(c, QStringLiteral("after %1 ms").arg(s.killAfterMs));
                    });
                const auto ended = [&] {
                    --syncsLeft;
                    if (syncsLeft == 0)
                        readersStop = true;
                    checkDone();
                };
                QObject::connect(c->process.get(), &QProcess::finished, &context, ended);
                if (c->done) // could not be started
                    ended();
            });
        }
        if (!round.lateFault.isEmpty()) {
            QTimer::singleShot(round.lateFaultAtMs, &context, [&] {
                if (!m_sandbox->addFault(round.lateFault))
                    violation(QStringLiteral("setup"),
                              QStringLiteral("the sandbox refused the fault ") + round.lateFault);
            });
        }
        // The loop ends when every process has ended; every process has its own bound.
        loop.exec();
        m_sandbox->clearFaults();
        checkStep(QStringLiteral("after round %1").arg(index));
    }

    void finalSync()
    {
        log(QStringLiteral("final clean sync (no faults, no kills, no readers)"));
        m_sandbox->clearFaults();
        QObject context;
        QEventLoop loop;
        Child* c = spawn(QStringLiteral("final sync"), cliPath(),
                         globalArgs() + QStringList{QStringLiteral("sync"), QStringLiteral("--json")},
                         m_scale.finalBoundS * 1000, false);
        QObject::connect(c->process.get(), &QProcess::finished, &context, [&] { loop.quit(); });
        if (!c->done)
            loop.exec();
        if (c->hung || c->killedByUs)
            return; // already a violation
        const QJsonArray syncs =
            QJsonDocument::fromJson(c->out).object().value(QStringLiteral("syncs")).toArray();
        QStringList failed;
        for (const QJsonValue& v : syncs) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("status")).toString() != QLatin1String("succeeded"))
                failed.append(QStringLiteral("%1 %2: %3")
                                  .arg(o.value(QStringLiteral("platform")).toString(),
                                       o.value(QStringLiteral("status")).toString(),
                                       o.value(QStringLiteral("error")).toString()));
        }
        if (c->process->exitCode() != 0 || syncs.size() != kPlatforms.size() || !failed.isEmpty())
            violation(QStringLiteral("final-sync-failed"),
                      QStringLiteral("exit %1, %2 outcome(s) [%3]: %4")
                          .arg(c->process->exitCode())
                          .arg(syncs.size())
                          .arg(failed.join(QStringLiteral("; ")), tail(c->err, 3)));
    }

    void finalChecks()
    {
        const LibraryState state = checkStep(QStringLiteral("after the final sync"));
        for (const QString& platform : kPlatforms) {
            const QSet<QString>& expected = m_expected.value(platform);
            const QSet<QString> have = state.ids.value(platform);
            const QSet<QString> missing = expected - have;
            if (!missing.isEmpty())
                violation(QStringLiteral("items-missing"),
                          QStringLiteral("%1: %2 of the platform's %3 items are not in the library (e.g. %4)")
                              .arg(platform)
                              .arg(missing.size())
                              .arg(expected.size())
                              .arg(*missing.cbegin()));
        }
        // Billing rule (docs/ARCHITECTURE.md): one unit per item added to the library for the first time.
        // Items are never removed here (the platforms delete nothing), so that is every distinct item the
        // library holds now, which must be every item of the platforms.
        qint64 distinct = 0;
        for (const QSet<QString>& ids : state.ids)
            distinct += ids.size();
        const Usage after = usage();
        const qint64 billed = after.used - m_usedBefore;
        log(QStringLiteral(
                "billing: %1 units billed for %2 distinct items (platforms: %3); %4 usage reports, %5 units "
                "left in the outbox")
                .arg(billed)
                .arg(distinct)
                .arg(expectedTotal())
                .arg(after.reports)
                .arg(state.outboxUnits));
        if (!after.ok)
            violation(QStringLiteral("billing"), QStringLiteral("the sandbox's usage could not be read"));
        else if (billed != distinct)
            violation(QStringLiteral("billing"),
                      QStringLiteral("%1 units billed for %2 items added to the library (%3 %4)")
                          .arg(billed)
                          .arg(distinct)
                          .arg(billed < distinct ? QStringLiteral("under-billed by")
                                                 : QStringLiteral("over-billed by"))
                          .arg(qAbs(billed - distinct)));
        if (after.conflicts > 0)
            violation(
                QStringLiteral("usage-key-reused"),
                QStringLiteral(
                    "%1 usage report(s) reused a key already counted for another report, %2 units ignored by "
                    "the backend: %3")
                    .arg(after.conflicts)
                    .arg(after.ignoredUnits)
                    .arg(after.reusedKeys.mid(0, 3).join(QStringLiteral("; "))));
        if (state.outboxUnits != 0)
            violation(QStringLiteral("units-pending"),
                      QStringLiteral("%1 units still in the usage outbox after the clean sync")
                          .arg(state.outboxUnits));
        if (state.runningAudit != 0)
            violation(QStringLiteral("audit-running"),
                      QStringLiteral("%1 audit_log row(s) still 'running' after the clean sync")
                          .arg(state.runningAudit));
    }

    /// One seed, start to end; returns its report (empty when every invariant held).
    QStringList runSeed(quint64 seed)
    {
        m_seed = seed;
        m_violations.clear();
        m_perCategory.clear();
        m_log.clear();
        m_expected.clear();
        m_children.clear();
        m_readersRun = 0;
        m_seedClock.start();
        log(QStringLiteral("seed %1 (replay: STREAMVIBE_STRESS_SEED=%1)").arg(seed));
        Rng rng(seed);
        Rng readerRng(seed ^ 0x5eed5eed5eedULL);
        const std::vector<RoundPlan> rounds = plan(rng);
        if (setUp()) {
            int index = 0;
            for (const RoundPlan& round : rounds) {
                ++index;
                if (m_seedClock.elapsed() > m_scale.lastRoundStartS * 1000) {
                    log(QStringLiteral("time budget reached: rounds %1-%2 skipped")
                            .arg(index)
                            .arg(rounds.size()));
                    break;
                }
                runRound(index, round, readerRng);
            }
            finalSync();
            finalChecks();
        }
        log(QStringLiteral("seed %1 done in %2 s: %3 reader processes, %4")
                .arg(seed)
                .arg(m_seedClock.elapsed() / 1000.0, 0, 'f', 1)
                .arg(m_readersRun)
                .arg(m_perCategory.isEmpty()
                         ? QStringLiteral("every invariant held")
                         : QStringLiteral("broken: ") +
                               QStringList(m_perCategory.keys()).join(QStringLiteral(", "))));
        m_children.clear();
        m_sandbox.reset();
        m_dir.reset();
        return seedReport();
    }

    static quint64 envSeed(const char* name, quint64 fallback, bool* set = nullptr)
    {
        bool ok = false;
        const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
        if (set)
            *set = ok;
        return ok ? value : fallback;
    }

    QMap<QString, QList<quint64>> m_seedsPerCategory; ///< over every seed run
    int m_seedsRun = 0;

private Q_SLOTS:
    /// One row per seed, each naming its seed when it fails (see s_functionTimeoutPerSeed for the timeout).
    void seededMix_data()
    {
        QTest::addColumn<quint64>("seed");
        bool replay = false;
        // The suite's seed: one per UTC day (more coverage over time; printed, so a failure can be replayed).
        const quint64 daily =
            QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyyMMdd")).toULongLong();
        const quint64 first = envSeed("STREAMVIBE_STRESS_SEED", daily, &replay);
        const int count = int(qMax<quint64>(1, envSeed("STREAMVIBE_STRESS_SEEDS", 1)));
        qInfo().noquote() << QStringLiteral(
                                 "stress: %1 seed(s) from %2%3; %4 items per platform, up to %5 rounds%6")
                                 .arg(count)
                                 .arg(first)
                                 .arg(replay ? QStringLiteral(" (STREAMVIBE_STRESS_SEED)")
                                             : QStringLiteral(" (today's)"))
                                 .arg(m_scale.items)
                                 .arg(m_scale.rounds)
#ifdef STREAMVIBE_STRESS_SANITIZED
                                 .arg(QStringLiteral(" (sanitizer build: scaled down)"));
#else
                                 .arg(QString());
#endif
        for (int i = 0; i < count; ++i) {
            const quint64 seed = first + quint64(i);
            QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
        }
    }

    void seededMix()
    {
        QFETCH(quint64, seed);
        const QStringList report = runSeed(seed);
        ++m_seedsRun;
        for (auto it = m_perCategory.cbegin(); it != m_perCategory.cend(); ++it)
            m_seedsPerCategory[it.key()].append(seed);
        // QTest cuts long failure messages: the report goes to the log line by line.
        if (!report.isEmpty())
            qInfo().noquote()
                << QStringLiteral("seed %1 broke invariants (replay: STREAMVIBE_STRESS_SEED=%1):").arg(seed);
        for (const QString& line : report)
            qInfo().noquote() << QStringLiteral("  ") + line;
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("seed %1 broke invariants (%2): see the report above; replay with "
                                           "STREAMVIBE_STRESS_SEED=%1")
                                .arg(seed)
                                .arg(QStringList(m_perCategory.keys()).join(QStringLiteral(", ")))));
    }

    /// With several seeds: per invariant, the seeds that broke it.
    void cleanupTestCase()
    {
        if (m_seedsRun < 2)
            return;
        QStringList summary;
        for (auto it = m_seedsPerCategory.cbegin(); it != m_seedsPerCategory.cend(); ++it) {
            QStringList seeds;
            for (quint64 s : it.value())
                seeds.append(QString::number(s));
            summary.append(QStringLiteral("%1: %2 of %3 seed(s) (%4)")
                               .arg(it.key())
                               .arg(it.value().size())
                               .arg(m_seedsRun)
                               .arg(seeds.join(QStringLiteral(", "))));
        }
        qInfo().noquote() << QStringLiteral("stress summary over %1 seeds: %2")
                                 .arg(m_seedsRun)
                                 .arg(summary.isEmpty() ? QStringLiteral("every invariant held")
                                                        : QStringLiteral("broken invariants:\n  ") +
                                                              summary.join(QStringLiteral("\n  ")));
    }
};

namespace {
/// Qt 6.4's watchdog does not restart its 5 min per data row when the rows follow each other quickly (its
/// thread may not wake in between), so several seeds in a row would share one function timeout and end with
/// "Test function timed out" mid-seed. Before QtTest starts: 5 min per seed, unless the caller set one.
[[maybe_unused]] const bool s_functionTimeoutPerSeed = [] {
    const qint64 seeds = qEnvironmentVariable("STREAMVIBE_STRESS_SEEDS").toLongLong();
    if (seeds > 1 && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(seeds * 300000));
    return true;
}();
} // namespace

QTEST_GUILESS_MAIN(TestStress)
#include "TestStress.moc"
