#pragma once

#include <utility>

class QThreadPool;

namespace sv {

/// How far a thread of the app's own steps back for the GUI thread when the cores are busy. The GUI thread
/// keeps the priority the app started with; the threads whose work nobody waits for within a frame run
/// below it, so that on a machine with few cores the GUI thread gets a core as soon as it wakes for a frame
/// rather than after their turn. Both levels stay in the normal scheduling policy: on a busy machine the
/// threads still get their share of the CPU, only a smaller one.
enum class ThreadPriority {
    /// The library's thread: the pages and searches the view waits for come from it, so it keeps most of
    /// its share (5 nice levels below the GUI thread on Linux: about a third of its share when both want
    /// the CPU).
    Worker,
    /// Work whose result can wait a few frames: decoding pictures, the picture disk cache, freeing a
    /// replaced list (10 nice levels below on Linux: about a tenth of the GUI thread's share).
    Background,
};

/// Lowers the calling thread's priority to `priority`, relative to the priority the thread started with
/// (a thread starts with its creator's, so an app started with `nice` keeps the same steps). A thread
/// already at or below it stays where it is: a thread can lower its priority but not raise it back without
/// a privilege. Cheap to call again: the thread remembers what it set. Returns whether the thread now runs
/// at `priority` or below.
///
/// The one place for the platforms' differences. Linux: the thread's own nice value (setpriority() on its
/// thread id): Qt's QThread priorities do nothing there under the normal policy, but for IdlePriority,
/// which is SCHED_IDLE (the thread would then get almost no CPU while anything else runs: pictures left
/// undecoded on a busy machine). Elsewhere: QThread::setPriority() (LowPriority, LowestPriority), which
/// macOS and Windows honour.
bool lowerCurrentThreadPriority(ThreadPriority priority);

/// How many nice levels below the thread's starting priority `priority` is on Linux.
int niceSteps(ThreadPriority priority);

/// `task` made to lower its thread to `priority` before it runs: for a task started on a pool, whose threads
/// come and go (e.g. `pool->start(lowered(ThreadPriority::Background, [] { ... }))`, or with
/// QtConcurrent::run()).
template <typename Task>
auto lowered(ThreadPriority priority, Task task)
{
    return [priority, task = std::move(task)]() mutable {
        lowerCurrentThreadPriority(priority);
        return task();
    };
}

/// The pool for ThreadPriority::Background work (start its tasks through lowered()): half the cores, at
/// least one thread, so that it never takes every core from the GUI thread either. Made on first use, owned
/// by the application object.
QThreadPool* backgroundPool();

} // namespace sv
