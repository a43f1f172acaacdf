#include "ThreadNice.h"
#include "ThreadPriority.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

using namespace sv;
using namespace sv::test;

namespace {
/// Runs `body` on a new thread (the test's own thread is never lowered) and waits for it.
template <typename Body>
void onNewThread(Body body)
{
    QThread* thread = QThread::create(std::move(body));
    thread->start();
    thread->wait();
    delete thread;
}
} // namespace

/// Background threads step back for the GUI thread: the calling thread's nice value goes up by the steps
/// asked, in the normal policy (not SCHED_IDLE), and only that thread's.
class TestThreadPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("the nice values are read back on Linux");
#endif
    }

#ifdef Q_OS_LINUX
    void lowersTheCallingThreadOnly()
    {
        const qint64 mainThread = currentThreadId();
        const int start = threadNice(mainThread);
        QVERIFY(start != INT_MIN);
        int before = INT_MIN;
        int after = INT_MIN;
        int policy = -1;
        bool ok = false;
        onNewThread([&] {
            const qint64 self = currentThreadId();
            before = threadNice(self);
            ok = lowerCurrentThreadPriority(ThreadPriority::Background);
            after = threadNice(self);
            policy = threadPolicy(self);
        });
        QVERIFY(ok);
        QCOMPARE(before, start); // a new thread starts with its creator's priority
        QCOMPARE(after, std::min(start + niceSteps(ThreadPriority::Background), 19));
        QCOMPARE(policy, SCHED_OTHER); // still its share of a busy machine, unlike SCHED_IDLE
        QCOMPARE(threadNice(mainThread), start);
    }

    void stepsGoToTheLowestAsked()
    {
        const int start = threadNice(currentThreadId());
        int afterWorker = INT_MIN;
        int afterBackground = INT_MIN;
        int afterWorkerAgain = INT_MIN;
        bool ok = false;
        onNewThread([&] {
            const qint64 self = currentThreadId();
            lowerCurrentThreadPriority(ThreadPriority::Worker);
            afterWorker = threadNice(self);
            lowerCurrentThreadPriority(ThreadPriority::Background);
            afterBackground = threadNice(self);
            ok = lowerCurrentThreadPriority(ThreadPriority::Worker); // never raised back
            afterWorkerAgain = threadNice(self);
        });
        QVERIFY(ok);
        QVERIFY(niceSteps(ThreadPriority::Worker) > 0);
        QVERIFY(niceSteps(ThreadPriority::Background) > niceSteps(ThreadPriority::Worker));
        QCOMPARE(afterWorker, std::min(start + niceSteps(ThreadPriority::Worker), 19));
        QCOMPARE(afterBackground, std::min(start + niceSteps(ThreadPriority::Background), 19));
        QCOMPARE(afterWorkerAgain, afterBackground);
    }

    void backgroundPoolTasksRunLowered()
    {
        const int start = threadNice(currentThreadId());
        QVERIFY(backgroundPool()->maxThreadCount() >= 1);
        QVERIFY(backgroundPool()->maxThreadCount() <= std::max(1, QThread::idealThreadCount() / 2));
        QFuture<int> nice = QtConcurrent::run(backgroundPool(), lowered(ThreadPriority::Background, [] {
                                                  return threadNice(currentThreadId());
                                              }));
        QCOMPARE(nice.result(), std::min(start + niceSteps(ThreadPriority::Background), 19));
    }
#endif
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "TestThreadPriority.moc"
