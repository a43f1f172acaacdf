#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

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

/// Measures the longest gap between two heartbeats of a 5 ms timer on this thread's event loop: the longest
/// time the thread did not get back to its events (a stall the user sees), and how many gaps exceeded a
/// frame (16 ms).
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
        });
    }
    void start()
    {
        m_longest = 0;
        m_overFrame = 0;
        m_clock.start();
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

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_overFrame = 0;
};

} // namespace sv::test
