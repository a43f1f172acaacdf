#pragma once

// Reading back the priority of this process's threads (Linux; see core/ThreadPriority.h).

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sv::test {

#ifdef Q_OS_LINUX
/// The calling thread's id (what `ps -L` shows).
inline qint64 currentThreadId()
{
    return qint64(::syscall(SYS_gettid));
}

/// The nice value of thread `tid` of this process (Linux keeps one per thread); INT_MIN when unreadable.
inline int threadNice(qint64 tid)
{
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, id_t(tid));
    return nice == -1 && errno != 0 ? INT_MIN : nice;
}

/// The scheduling policy of thread `tid` (SCHED_OTHER, SCHED_IDLE, ...); -1 when unreadable.
inline int threadPolicy(qint64 tid)
{
    return ::sched_getscheduler(pid_t(tid));
}

/// The ids of this process's threads named `name` (QThread::objectName() names them; at most 15 bytes).
inline QList<qint64> threadsNamed(const QString& name)
{
    QList<qint64> ids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && QString::fromUtf8(comm.readAll()).trimmed() == name.left(15))
            ids << tid.toLongLong();
    }
    return ids;
}
#endif

} // namespace sv::test
