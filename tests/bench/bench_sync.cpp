// Sync benchmark: 10,000 items per platform from the sandbox through the real connectors, keychain, library
// service and usage reporter (the same code path as the app). Reports items/s per platform, the peak RSS of
// the process and the longest stall of the GUI thread's event loop (a 5 ms QTimer heartbeat; the goal is
// under 50 ms: the GUI stays responsive during a sync). The GUI is the app's own: a QApplication (offscreen
// unless QT_QPA_PLATFORM says otherwise) showing the Connections page with the sync manager and the Content
// page on the same library, which refreshes as pages arrive, exactly as in the app.
// Writes <build>/bench/sync-report.md.
// Run through the `bench-sync` target (inside a private keyring: tests/support/with-keyring.sh).
#include "BenchSupport.h"
#include "SyncTestSupport.h"

#include "ConnectionsView.h"
#include "ContentView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace sv;
using namespace sv::test;

namespace {

/// Peak resident set size of this process (VmHWM), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    offscreenUnlessDisplayed();
    QApplication app(argc, argv);
    const BenchArguments arguments =
        parseBenchArguments(app, QStringLiteral("Items per platform."), QStringLiteral("10000"));
    const QString buildDir = arguments.buildDir;
    const int items = arguments.items;

    SandboxProcess sandbox(sandboxOptions(items));
    if (!sandbox.start()) {
        qCritical("sandbox: %s", qPrintable(sandbox.errorString()));
        return 1;
    }
    // YouTube costs 2 quota units a page plus statistics: lift the daily quota for 10,000 items.
    sandbox.configure({{QStringLiteral("youtube_daily_quota"), 1000000}});
    QTemporaryDir dir;
    SyncEnvironment env;
    const QString error = env.setUp(sandbox, dir.filePath(QStringLiteral("profile")),
                                    QStringLiteral("bench@example.test"), QStringLiteral("StreamVibeBench"));
    if (!error.isEmpty()) {
        qCritical("setup: %s", qPrintable(error));
        return 1;
    }

    // The app's pages on the GUI thread: the Content page refreshes as the sync commits pages.
    ContentView content(env.library);
    ConnectionsView connections(env.manager, &env.browser);
    content.resize(1000, 700);
    connections.resize(800, 700);
    content.show();
    connections.show();
    bool opened = false;
    QObject::connect(&content, &ContentView::libraryOpened, &content, [&opened] { opened = true; });
    content.showLibrary(env.services->libraryReady(), env.libraryPath);
    if (!QTest::qWaitFor([&opened] { return opened; }, 10000)) {
        qCritical("the content view could not open the library");
        return 1;
    }
    int refreshes = 0;
    QObject::connect(&content, &ContentView::libraryItemCountChanged, &content,
                     [&refreshes] { ++refreshes; });

    QString md =
        QStringLiteral("# Sync benchmark\n\n%1 items per platform from the sandbox (loopback), real "
                       "connectors, keychain, library (WAL) and usage reporting; the Connections and Content "
                       "pages shown on the GUI thread (%2).\n\n"
                       "| Platform | Pages | Items | Time (s) | Items/s | Longest event-loop stall (ms) |\n"
                       "|---|---:|---:|---:|---:|---:|\n")
            .arg(items)
            .arg(QGuiApplication::platformName());
    StallMeter stall;
    qint64 worstStall = 0;
    qint64 totalItems = 0;
    qint64 totalMs = 0;
    bool ok = true;
    for (const Platform p : allPlatforms()) {
        const auto connected = env.connect(p);
        if (!connected) {
            qCritical("connect %s: %s", qPrintable(platformId(p)), qPrintable(connected.error()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        stall.start();
        const SyncOutcome outcome = env.sync(p);
        const qint64 longest = stall.stop();
        const qint64 ms = timer.elapsed();
        if (!outcome.succeeded() || outcome.itemCount != items) {
            qCritical("%s", qPrintable(describe(outcome)));
            ok = false;
        }
        worstStall = qMax(worstStall, longest);
        totalItems += outcome.progress.items;
        totalMs += ms;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(platformDisplayName(p))
                  .arg(outcome.progress.pages)
                  .arg(outcome.progress.items)
                  .arg(ms / 1000.0, 0, 'f', 2)
                  .arg(ms > 0 ? outcome.progress.items * 1000.0 / ms : 0.0, 0, 'f', 0)
                  .arg(longest);
    }
    // Incremental re-sync of everything at once (three jobs in parallel: one page each + statistics).
    QElapsedTimer timer;
    timer.start();
    stall.start();
    const QList<SyncOutcome> again = awaitTask(env.manager->syncAndWait({}));
    const qint64 incrementalStall = stall.stop();
    const qint64 incrementalMs = timer.elapsed();
    for (const SyncOutcome& o : again)
        ok = ok && o.succeeded() && o.incremental;
    worstStall = qMax(worstStall, incrementalStall);

    md += QStringLiteral(
              "\nTotal: %1 items in %2 s (%3 items/s). Incremental re-sync of the three accounts "
              "in parallel: %4 ms (longest stall %5 ms).\n\n"
              "Peak RSS: %6 MiB. Longest event-loop stall: %7 ms (goal < 50 ms): %8. The Content page "
              "refreshed %9 times while the items arrived.\n")
              .arg(totalItems)
              .arg(totalMs / 1000.0, 0, 'f', 2)
              .arg(totalMs > 0 ? totalItems * 1000.0 / totalMs : 0.0, 0, 'f', 0)
              .arg(incrementalMs)
              .arg(incrementalStall)
              .arg(peakRssMiB(), 0, 'f', 1)
              .arg(worstStall)
              .arg(worstStall < 50 ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(refreshes);
    QDir().mkpath(buildDir + QStringLiteral("/bench"));
    QFile report(buildDir + QStringLiteral("/bench/sync-report.md"));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        report.write(md.toUtf8());
    QTextStream(stdout) << md << "\nReport: " << report.fileName() << "\n";
    return ok ? 0 : 1;
}
