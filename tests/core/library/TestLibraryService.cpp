#include "LibraryTestUtil.h"
#include "ThreadNice.h"
#include "ThreadPriority.h"

#include "library/LibraryService.h"

#include <QCoro/QCoroTask>
#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace sv;
using namespace sv::test;

/// Runs the event loop until `task` completes (QCoro::waitFor needs a default-constructible T).
template <typename T>
T awaitTask(QCoro::Task<T> task)
{
    std::optional<T> out;
    auto wrapper = [](QCoro::Task<T> t, std::optional<T>& o) -> QCoro::Task<> {
        o.emplace(co_await std::move(t));
    };
    auto running = wrapper(std::move(task), out);
    QTimer wake; // wakes the loop so the deadline is checked even without events
    wake.start(50);
    QDeadlineTimer deadline(30000);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!out)
        qFatal("task did not complete within 30 s");
    return std::move(*out);
}

inline void awaitTask(QCoro::Task<> task)
{
    bool done = false;
    auto wrapper = [](QCoro::Task<> t, bool& d) -> QCoro::Task<> {
        co_await std::move(t);
        d = true;
    };
    auto running = wrapper(std::move(task), done);
    QTimer wake;
    wake.start(50);
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

/// The asynchronous front: work runs on the service's thread, searches supersede each other.
class TestLibraryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("svc%1.sqlite").arg(++m_n)); }

    static SearchQuery textQuery(const QString& text)
    {
        SearchQuery q;
        q.text = text;
        return q;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void threadRunsAStepBelowTheGuiThread()
    {
#ifndef Q_OS_LINUX
        QSKIP("the nice values are read back on Linux");
#else
        const int start = threadNice(currentThreadId());
        LibraryService service;
        // Named as it starts.
        QTRY_COMPARE(threadsNamed(QStringLiteral("sv-library")).size(), 1);
        const QList<qint64> threads = threadsNamed(QStringLiteral("sv-library"));
        // It lowers itself first thing on its thread; the test's thread (the GUI thread's place) stays.
        QTRY_COMPARE(threadNice(threads.first()), std::min(start + niceSteps(ThreadPriority::Worker), 19));
        QCOMPARE(threadPolicy(threads.first()), SCHED_OTHER);
        QCOMPARE(threadNice(currentThreadId()), start);
#endif
    }

    void operationsBeforeOpenFail()
    {
        LibraryService service;
        const auto outcome = awaitTask(service.search({}));
        QCOMPARE(outcome.status, LibrarySearchOutcome::Status::Failed);
        QVERIFY(!outcome.error.message.isEmpty());
        QVERIFY(!awaitTask(service.stats()).hasValue());
    }

    void openSearchAndSignals()
    {
        LibraryService service;
        QSignalSpy changed(&service, &LibraryService::contentChanged);
        const QString path = freshPath();
        QVERIFY(awaitTask(service.open(path)).hasValue());
        QCOMPARE(service.filePath(), path);
        const auto written =
            awaitTask(service.upsert({makeItem(QStringLiteral("1"), QStringLiteral("Violin practice")),
                                      makeItem(QStringLiteral("2"), QStringLiteral("Cello practice"), {},
                                               Platform::TikTok, QStringLiteral("t"))}));
        QVERIFY(written);
        QCOMPARE(*written, 2);
        QVERIFY(changed.count() >= 1 || changed.wait(5000));
        const int afterUpsert = int(changed.count());

        const auto outcome = awaitTask(service.search(textQuery(QStringLiteral("violin"))));
        QVERIFY(outcome.isOk());
        QCOMPARE(outcome.result.total, 1);
        const qint64 id = outcome.result.items.at(0).id;
        const auto item = awaitTask(service.item(id));
        QVERIFY(item);
        QCOMPARE(item->title, QStringLiteral("Violin practice"));

        const auto stats = awaitTask(service.stats());
        QVERIFY(stats);
        QCOMPARE(stats->items, 2);

        const auto removed = awaitTask(service.removeAccount(Platform::TikTok, QStringLiteral("t")));
        QVERIFY(removed);
        QCOMPARE(*removed, 1);
        QVERIFY(changed.count() > afterUpsert || changed.wait(5000));
        QCOMPARE(awaitTask(service.stats())->items, 1);
    }

    void searchRunsOffTheCallingThread()
    {
        LibraryService service;
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        std::atomic<QThread*> worker{nullptr};
        service.setSearchStartedHook([&worker](const SearchQuery&) { worker = QThread::currentThread(); });
        const auto outcome = awaitTask(service.search({}));
        QVERIFY(outcome.isOk());
        QVERIFY(worker.load() != nullptr);
        QVERIFY(worker.load() != QThread::currentThread());
    }

    void newerSearchSupersedesQueuedOnes()
    {
        LibraryService service;
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        QVERIFY(
            awaitTask(service.upsert({makeItem(QStringLiteral("1"), QStringLiteral("alpha beta gamma"))})));

        // The first search blocks the worker until released, so the next ones queue up behind it.
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> ran{0};
        service.setSearchStartedHook([&](const SearchQuery& q) {
            ++ran;
            if (q.text == QLatin1String("alpha")) {
                started.release();
                release.acquire();
            }
        });
        std::optional<LibrarySearchOutcome> first, second, third, last;
        auto run = [&service](const QString& text,
                              std::optional<LibrarySearchOutcome>& out) -> QCoro::Task<> {
            out = co_await service.search(textQuery(text));
        };
        auto t1 = run(QStringLiteral("alpha"), first);
        QVERIFY(started.tryAcquire(1, 10000)); // the worker is inside search 1
        auto t2 = run(QStringLiteral("bet"), second);
        auto t3 = run(QStringLiteral("beta"), third);
        auto t4 = run(QStringLiteral("gamma"), last);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(first && second && third && last, 10000);

        QVERIFY(first->isOk()); // already running: it completes
        QCOMPARE(first->result.total, 1);
        QVERIFY(second->isSuperseded());
        QVERIFY(third->isSuperseded());
        QVERIFY(last->isOk());
        QCOMPARE(last->result.total, 1);
        QCOMPARE(ran.load(), 2); // the superseded ones never ran
    }

    void importExportThroughFiles()
    {
        LibraryService service;
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        QVERIFY(awaitTask(service.upsert({makeItem(QStringLiteral("1"), QStringLiteral("Harp"))})));
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(awaitTask(service.exportTo(file, ExportFormat::Json)));
        QVERIFY(readAll(file).contains("Harp"));

        LibraryService other;
        QSignalSpy changed(&other, &LibraryService::contentChanged);
        QVERIFY(awaitTask(other.open(freshPath())).hasValue());
        QVERIFY(changed.count() >= 1 || changed.wait(5000)); // a new file was opened
        changed.clear();
        const auto imported = awaitTask(other.importFrom(file, ExportFormat::Json));
        QVERIFY(imported);
        QCOMPARE(*imported, 1);
        QVERIFY(changed.count() >= 1 || changed.wait(5000));

        // A failed import reports the error and does not announce a change.
        QVERIFY(writeAll(file, "[{\"platform\": \"myspace\"}]"));
        changed.clear();
        const auto bad = awaitTask(other.importFrom(file, ExportFormat::Json));
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("platform"));
        QVERIFY(
            !awaitTask(other.importFrom(m_dir.filePath(QStringLiteral("missing.json")), ExportFormat::Json)));
        QCOMPARE(awaitTask(other.stats())->items, 1);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);

        // A failed export leaves an existing file untouched.
        QVERIFY(writeAll(file, "keep me"));
        LibraryService closed;
        QVERIFY(!awaitTask(closed.exportTo(file, ExportFormat::Csv)));
        QCOMPARE(readAll(file), QByteArray("keep me"));
    }

    void openRefusalIsReported()
    {
        const QString path = freshPath();
        QVERIFY(writeAll(path, "not a database at all"));
        LibraryService service;
        const auto opened = awaitTask(service.open(path));
        QVERIFY(!opened);
        QVERIFY(service.filePath().isEmpty());
    }

    void runSharesTheWorkerConnection()
    {
        // Subsystems sharing the file (the cache, sync's tables) run their SQL on the service's thread.
        LibraryService service;
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        const QThread* caller = QThread::currentThread();
        const int rows = awaitTask(service.run<int>([caller](LibraryDatabase& db) {
            if (QThread::currentThread() == caller || !db.isOpen())
                return -1;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("INSERT INTO audit_log (action, job_type, status, started_at) "
                                       "VALUES ('a', 'j', 'running', 1)")) ||
                !q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
                return -2;
            return q.value(0).toInt();
        }));
        QCOMPARE(rows, 1);
    }

    void callRunsFunctionsWithArgumentsOnTheWorker()
    {
        LibraryService service;
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        QVERIFY(awaitTask(service.upsert({makeItem(QStringLiteral("a"), QStringLiteral("Alpha")),
                                          makeItem(QStringLiteral("b"), QStringLiteral("Beta"))})));
        // A member function of the database, and a function taking arguments (copied into the call).
        const auto stats = awaitTask(service.call(&LibraryDatabase::stats));
        QVERIFY(stats);
        QCOMPARE(stats->items, 2);
        const QThread* caller = QThread::currentThread();
        const QString prefix = QStringLiteral("item ");
        const auto titled = [caller](LibraryDatabase& db, const QString& text, qint64 id) -> QString {
            if (QThread::currentThread() == caller)
                return QStringLiteral("on the caller's thread");
            const auto item = db.item(id);
            return item ? text + item->title : item.error().message;
        };
        const qint64 id = awaitTask(service.search({})).result.items.at(0).id;
        const auto item = awaitTask(service.item(id));
        QVERIFY(item);
        QCOMPARE(awaitTask(service.call(titled, prefix, id)), prefix + item->title);
        // Open hooks run on the worker after every open, and at once when set on an open library.
        auto opened = std::make_shared<QAtomicInt>(0);
        service.setOpenHook(QStringLiteral("test"), [opened](LibraryDatabase& db) {
            if (db.isOpen())
                opened->fetchAndAddOrdered(1);
        });
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        QCOMPARE(opened->loadAcquire(), 2);
    }

    /// The UI's calls for cross-posted clips: the groups, an item's group and the creator's decisions, on the
    /// worker, with clipGroupsChanged() after each decision.
    void clipGroupsThroughTheService()
    {
        LibraryService service;
        QSignalSpy changed(&service, &LibraryService::clipGroupsChanged);
        QVERIFY(awaitTask(service.open(freshPath())).hasValue());
        ContentItem yt = makeItem(QStringLiteral("yt1"), QStringLiteral("Lemon pasta trick #shorts"));
        ContentItem tt = makeItem(QStringLiteral("tt1"), QStringLiteral("lemon pasta trick 🍋"), {},
                                  Platform::TikTok, QStringLiteral("t"));
        tt.publishedAt = yt.publishedAt.addSecs(3 * 3600);
        tt.durationS = yt.durationS + 1;
        ContentItem other = makeItem(QStringLiteral("tt2"), QStringLiteral("Studio tour"), {},
                                     Platform::TikTok, QStringLiteral("t"));
        QVERIFY(awaitTask(service.upsert({yt, tt, other})));

        const auto groups = awaitTask(service.clipGroups());
        QVERIFY2(groups, groups ? "" : qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().members.size(), 2);
        QCOMPARE(*groups->first().views.sum, 200);
        const ClipKey ytKey = ClipKey::of(yt);
        const auto of = awaitTask(service.clipGroupOf(ytKey));
        QVERIFY(of && of->has_value() && !(*of)->manual);

        const auto confirmed = awaitTask(service.confirmClipGroup(ytKey));
        QVERIFY(confirmed && confirmed->manual);
        QVERIFY(changed.count() >= 1 || changed.wait(5000));
        const ClipKey otherKey = ClipKey::of(other);
        const auto refused = awaitTask(service.mergeClips(ytKey, otherKey));
        QVERIFY(!refused); // two TikToks
        const ClipKey ttKey = ClipKey::of(tt);
        QVERIFY(awaitTask(service.splitClip(ttKey)));
        QVERIFY(awaitTask(service.clipGroups())->isEmpty());
        const auto merged = awaitTask(service.mergeClips(ytKey, otherKey));
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
        QCOMPARE(merged->members.size(), 2);
        QTRY_VERIFY(changed.count() >= 3);
        const auto refreshed = awaitTask(service.refreshClipGroups());
        QVERIFY(refreshed && !refreshed->recomputed); // nothing changed since
    }

    void destructionWithPendingWorkIsClean()
    {
        // Tasks left in flight when the service goes away still complete; nothing crashes or hangs.
        std::optional<LibrarySearchOutcome> outcome;
        std::optional<Result<int, LibraryError>> written;
        // A lambda coroutine keeps its captures in the lambda object, not in the coroutine frame: the
        // lambdas, their inputs and the tasks must outlive the awaited work, only the service goes away.
        auto service = std::make_unique<LibraryService>();
        QVERIFY(awaitTask(service->open(freshPath())).hasValue());
        const QList<ContentItem> items{makeItem(QStringLiteral("z"), QStringLiteral("Zither"))};
        LibraryService* raw = service.get();
        auto write = [&written, &items, raw]() -> QCoro::Task<> {
            written = co_await raw->upsert(items);
        };
        auto search = [&outcome, raw]() -> QCoro::Task<> {
            outcome = co_await raw->search(SearchQuery());
        };
        auto writeTask = write();
        auto searchTask = search();
        service.reset();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value() && written.has_value(), 10000);
        QVERIFY(written->hasValue()); // queued writes are not lost
        QVERIFY(outcome->isSuperseded() || outcome->isOk());
    }
};

QTEST_GUILESS_MAIN(TestLibraryService)
#include "TestLibraryService.moc"
