#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <sys/resource.h>

#include <ctime>

namespace sv::test {

/// A benchmark with widgets runs offscreen unless the environment names a display: call before the
/// QApplication is made.
inline void offscreenUnlessDisplayed()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// The arguments every sandbox benchmark takes: --build-dir (also given to the sandbox's launcher through
/// STREAMVIBE_BUILD_DIR) and --items.
struct BenchArguments
{
    QString buildDir;
    int items = 0;
    /// The values of the benchmark's own options (parseBenchArguments' `extra`), by their first name.
    QHash<QString, QString> values;
    QString value(const QString& name) const { return values.value(name); }
};

inline BenchArguments parseBenchArguments(const QCoreApplication& app, const QString& itemsHelp,
                                          const QString& itemsDefault,
                                          const QList<QCommandLineOption>& extra = {})
{
    QCommandLineParser parser;
    QCommandLineOption buildDirOption(QStringLiteral("build-dir"), QStringLiteral("Build directory."),
                                      QStringLiteral("dir"), QStringLiteral(STREAMVIBE_BENCH_BUILD_DIR));
    QCommandLineOption itemsOption(QStringLiteral("items"), itemsHelp, QStringLiteral("n"), itemsDefault);
    parser.addOptions({buildDirOption, itemsOption});
    parser.addOptions(extra);
    parser.addHelpOption();
    parser.process(app);
    BenchArguments arguments{parser.value(buildDirOption), parser.value(itemsOption).toInt(), {}};
    for (const QCommandLineOption& option : extra)
        arguments.values.insert(option.names().constFirst(), parser.value(option));
    qputenv("STREAMVIBE_BUILD_DIR", arguments.buildDir.toUtf8());
    return arguments;
}

/// This thread's own CPU time in nanoseconds (what it ran, not what it waited for a CPU): unlike a wall-clock
/// gap it does not grow when other processes keep the thread off the CPU.
/// This thread's resource use so far: user and system CPU time and the page faults it took (a long stretch of
/// system time with many faults is the kernel mapping memory, not the app's own work).
struct ThreadUsage
{
    qint64 userNs = 0;
    qint64 systemNs = 0;
    qint64 minorFaults = 0;
    qint64 majorFaults = 0;
    qint64 involuntarySwitches = 0;
};

inline ThreadUsage threadUsage()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return {qint64(u.ru_utime.tv_sec) * 1000000000 + qint64(u.ru_utime.tv_usec) * 1000,
            qint64(u.ru_stime.tv_sec) * 1000000000 + qint64(u.ru_stime.tv_usec) * 1000, qint64(u.ru_minflt),
            qint64(u.ru_majflt), qint64(u.ru_nivcsw)};
}

inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// Measures the longest gap between two heartbeats of a 5 ms timer on this thread's event loop: the longest
/// time the thread did not get back to its events (a stall the user sees), and how many gaps exceeded a
/// frame (16 ms). Beside the wall-clock gap it measures the thread's own CPU time between two heartbeats: the
/// work that kept the thread from its events, whatever the machine's load (on a busy machine the wall-clock
/// gap adds the time the thread waited for a CPU; the CPU gap does not).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_longest = qMax(m_longest, gap);
            if (gap - m_timer.interval() > 16)
                ++m_overFrame;
            const qint64 cpu = threadCpuNs();
            const qint64 cpuGap = cpu - m_lastCpuNs;
            m_lastCpuNs = cpu;
            const ThreadUsage usage = threadUsage();
            if (cpuGap > m_longestCpuNs) {
                // What the longest stretch was made of.
                m_longestUsage = {usage.userNs - m_lastUsage.userNs, usage.systemNs - m_lastUsage.systemNs,
                                  usage.minorFaults - m_lastUsage.minorFaults,
                                  usage.majorFaults - m_lastUsage.majorFaults,
                                  usage.involuntarySwitches - m_lastUsage.involuntarySwitches};
            }
            m_lastUsage = usage;
            m_longestCpuNs = qMax(m_longestCpuNs, cpuGap);
            if (cpuGap > 16 * 1000000LL)
                ++m_cpuOverFrame;
            if (cpuGap > 8 * 1000000LL)
                ++m_cpuOverHalfFrame;
        });
    }
    void start()
    {
        m_longest = 0;
        m_overFrame = 0;
        m_longestCpuNs = 0;
        m_cpuOverFrame = 0;
        m_cpuOverHalfFrame = 0;
        m_longestUsage = {};
        m_clock.start();
        m_lastCpuNs = threadCpuNs();
        m_lastUsage = threadUsage();
        m_timer.start();
    }
    /// The longest stall since start(), in ms.
    qint64 stop()
    {
        m_timer.stop();
        return qMax<qint64>(0, m_longest - m_timer.interval());
    }
    /// Stalls longer than a frame (16 ms) since start().
    int overFrame() const { return m_overFrame; }
    /// The most CPU time the thread spent between two heartbeats since start(), in ms (load-independent).
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }
    /// Stretches between two heartbeats in which the thread itself ran more than a frame (16 ms of CPU).
    int cpuOverFrame() const { return m_cpuOverFrame; }
    /// Stretches in which the thread ran more than half a frame (8 ms of CPU): how close it comes to the
    /// limit.
    int cpuOverHalfFrame() const { return m_cpuOverHalfFrame; }
    /// The longest CPU stretch's user and system time (the kernel's clock ticks: coarser than
    /// longestCpuMs()), page faults and involuntary context switches.
    const ThreadUsage& longestUsage() const { return m_longestUsage; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_overFrame = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestCpuNs = 0;
    int m_cpuOverFrame = 0;
    int m_cpuOverHalfFrame = 0;
    ThreadUsage m_lastUsage;
    ThreadUsage m_longestUsage;
};

} // namespace sv::test
