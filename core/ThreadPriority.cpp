#include "ThreadPriority.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sv {

int niceSteps(ThreadPriority priority)
{
    return priority == ThreadPriority::Worker ? 5 : 10;
}

bool lowerCurrentThreadPriority(ThreadPriority priority)
{
    // The steps this thread has taken already (0: none yet); a thread lives on in a pool between tasks.
    thread_local int stepsTaken = 0;
    const int steps = niceSteps(priority);
    if (stepsTaken >= steps)
        return true;
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread id sets that one thread's nice value (Linux keeps one per thread).
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current == -1 && errno != 0)
        return false;
    // The thread's starting nice value: what it had before its first step.
    const int start = current - stepsTaken;
    const int wanted = std::min(start + steps, 19);
    if (current < wanted && ::setpriority(PRIO_PROCESS, tid, wanted) != 0)
        return false;
#else
    QThread* thread = QThread::currentThread();
    const QThread::Priority wanted =
        priority == ThreadPriority::Worker ? QThread::LowPriority : QThread::LowestPriority;
    if (thread->priority() > wanted) // InheritPriority, the default, is above them all
        thread->setPriority(wanted);
#endif
    stepsTaken = steps;
    return true;
}

QThreadPool* backgroundPool()
{
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
        return p;
    }();
    return pool;
}

} // namespace sv
