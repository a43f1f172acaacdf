// Sync benchmark: 10,000 items per platform from the sandbox through the real connectors, keychain, library
// service and usage reporter (the same code path as the app). Reports items/s per platform, the peak RSS of
// the process and the longest stall of the GUI thread's event loop (a 5 ms QTimer heartbeat; the goal is
// under 50 ms: the GUI stays responsive during a sync). The GUI is the app's own: a QApplication (offscreen
// unless QT_QPA_PLATFORM says otherwise) showing the Connections page with the sync manager and the Content
// page on the same library, which refreshes as pages arrive, exactly as in the app.
// `--latency MS` delays every answer of the sandbox by MS (its `latency=MS` fault, on every path: platforms
// and backend) during the syncs, and each platform's first-sync time is reported beside its dependent-chain
// bound: the page requests that each need the previous answer (its cursor) times the latency, plus the last
// page's detail request where the platform has one (the goal is 1.2x the bound). The history calls (YouTube
// Analytics, Instagram insights; SyncOptions' caps) are part of each sync's time; the report gives how many
// items' history each first sync read. `--runs N` repeats the
// first syncs on fresh profiles and reports the medians. Before the syncs, a keep-alive probe times
// sequential requests on one connection of the app's HttpClient (no latency fault).
// Writes <build>/bench/sync-report.md.
// Run through the `bench-sync` target (inside a private keyring: tests/support/with-keyring.sh).
#include "BenchSupport.h"
#include "SyncTestSupport.h"

#include "ConnectionsView.h"
#include "ContentView.h"

#include "platforms/InstagramConnector.h"
#include "platforms/TikTokConnector.h"
#include "platforms/YouTubeConnector.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

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

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Requests of a first sync of `items` items that each wait for the previous answer: the listing pages
/// (each needs the previous page's cursor), then, on YouTube, the last page's videos.list.
int dependentRequests(Platform platform, int items)
{
    const auto pages = [items](int pageSize) {
        return qMax(1, (items + pageSize - 1) / pageSize);
    };
    switch (platform) {
    case Platform::YouTube:
        return pages(YouTubeConnector::PageSize) + (items > 0 ? 1 : 0);
    case Platform::Instagram:
        return pages(InstagramConnector::PageSize);
    case Platform::TikTok:
        return pages(TikTokConnector::PageSize);
    }
    return 0;
}

/// Times `count` sequential GETs of one YouTube playlist page (50 items) through the app's HttpClient, one
/// kept-alive connection: the sandbox's own cost per answer. Milliseconds per request, sorted.
QList<qint64> keepAliveProbe(SandboxProcess& sandbox, SyncEnvironment& env, int count)
{
    const QString token = sandbox.platformAccessToken(QStringLiteral("youtube"));
    const QByteArray bearer = "Bearer " + token.toUtf8();
    const QUrl base = env.config.youtube.apiBase;
    auto get = [&](const QString& resource, const QString& query) {
        QUrl url(base.toString() + QLatin1Char('/') + resource);
        url.setQuery(query);
        HttpRequest request = HttpRequest::get(url);
        request.setHeader("Authorization", bearer);
        return awaitTask(env.http->send(request));
    };
    const auto channel = get(QStringLiteral("channels"), QStringLiteral("part=contentDetails&mine=true"));
    if (!channel)
        return {};
    const QString uploads = QJsonDocument::fromJson(channel->body)
                                .object()
                                .value(QLatin1String("items"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("contentDetails"))
                                .toObject()
                                .value(QLatin1String("relatedPlaylists"))
                                .toObject()
                                .value(QLatin1String("uploads"))
                                .toString();
    QList<qint64> us;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        const auto page =
            get(QStringLiteral("playlistItems"),
                QStringLiteral("part=snippet,contentDetails&maxResults=50&playlistId=") + uploads);
        if (!page || page->status != 200)
            return {};
        us.append(t.nsecsElapsed() / 1000);
    }
    std::sort(us.begin(), us.end());
    return us;
}

} // namespace

int main(int argc, char** argv)
{
    offscreenUnlessDisplayed();
    QApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(
        app, QStringLiteral("Items per platform."), QStringLiteral("10000"),
        {QCommandLineOption(QStringLiteral("latency"),
                            QStringLiteral("Delay every answer of the sandbox by MS during the syncs."),
                            QStringLiteral("ms"), QStringLiteral("0")),
         QCommandLineOption(QStringLiteral("runs"),
                            QStringLiteral("First syncs on fresh profiles (medians reported)."),
                            QStringLiteral("n"), QStringLiteral("1")),
         QCommandLineOption(QStringLiteral("report"), QStringLiteral("Report file (markdown)."),
                            QStringLiteral("file")),
         QCommandLineOption(
             QStringLiteral("history"),
             QStringLiteral("no: read no platform history (YouTube Analytics, Instagram insights), "
                            "the syncs without the history calls, for comparison."),
             QStringLiteral("yes|no"), QStringLiteral("yes"))});
    const QString buildDir = arguments.buildDir;
    const int items = arguments.items;
    const int latency = qMax(0, arguments.value(QStringLiteral("latency")).toInt());
    const int runs = qMax(1, arguments.value(QStringLiteral("runs")).toInt());
    const bool noHistory = arguments.value(QStringLiteral("history")) == QLatin1String("no");

    SandboxProcess sandbox(sandboxOptions(items));
    if (!sandbox.start()) {
        qCritical("sandbox: %s", qPrintable(sandbox.errorString()));
        return 1;
    }
    // YouTube costs 2 quota units a page plus statistics: lift the daily quota for 10,000 items.
    sandbox.configure({{QStringLiteral("youtube_daily_quota"), 1000000}});

    QString md =
        QStringLiteral("# Sync benchmark\n\n%1 items per platform from the sandbox (loopback), real "
                       "connectors, keychain, library (WAL) and usage reporting; the Connections and "
                       "Content pages shown on the GUI thread (%2). Latency added to every answer: "
                       "%3 ms. First syncs: %4 run(s) on fresh profiles, medians. Platform history: %5.\n\n")
            .arg(items)
            .arg(QGuiApplication::platformName())
            .arg(latency)
            .arg(runs)
            .arg(noHistory ? QStringLiteral("not read (--history no)") : QStringLiteral("read"));
    StallMeter stall;
    qint64 worstStall = 0;
    int refreshes = 0;
    bool ok = true;
    QHash<Platform, QList<qint64>> times;
    QHash<Platform, SyncProgress> progressOf;
    QHash<Platform, qint64> stallOf;
    QHash<Platform, int> historyOf; ///< items whose platform history the first sync read
    qint64 incrementalMs = 0;
    qint64 incrementalStall = 0;
    QList<qint64> probe;
    QList<QTemporaryDir*> dirs;
    for (int run = 0; run < runs && ok; ++run) {
        auto* dir = new QTemporaryDir;
        dirs.append(dir);
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, dir->filePath(QStringLiteral("profile")),
                      QStringLiteral("bench%1@example.test").arg(run), QStringLiteral("StreamVibeBench"));
        if (!error.isEmpty()) {
            qCritical("setup: %s", qPrintable(error));
            return 1;
        }
        if (noHistory) {
            SyncOptions options = env.manager->options();
            options.historyItemsPerSync = 0;
            env.manager->setOptions(options);
        }
        if (run == 0)
            probe = keepAliveProbe(sandbox, env, 200);

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
        QObject::connect(&content, &ContentView::libraryItemCountChanged, &content,
                         [&refreshes] { ++refreshes; });
        for (const Platform p : allPlatforms()) {
            const auto connected = env.connect(p);
            if (!connected) {
                qCritical("connect %s: %s", qPrintable(platformId(p)), qPrintable(connected.error()));
                return 1;
            }
        }
        if (latency > 0 && !sandbox.addFault(QStringLiteral("latency=%1").arg(latency))) {
            qCritical("the sandbox refused the latency fault");
            return 1;
        }
        for (const Platform p : allPlatforms()) {
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
            stallOf[p] = qMax(stallOf.value(p), longest);
            times[p].append(ms);
            progressOf[p] = outcome.progress;
            historyOf[p] = outcome.historyItems;
            QTextStream(stdout) << "run " << run + 1 << ": " << platformId(p) << " " << ms << " ms\n";
        }
        if (run == runs - 1) {
            // Incremental re-sync of everything at once (three jobs in parallel: one page each + statistics).
            QElapsedTimer timer;
            timer.start();
            stall.start();
            const QList<SyncOutcome> again = awaitTask(env.manager->syncAndWait({}));
            incrementalStall = stall.stop();
            incrementalMs = timer.elapsed();
            for (const SyncOutcome& o : again)
                ok = ok && o.succeeded() && o.incremental;
            worstStall = qMax(worstStall, incrementalStall);
        }
        sandbox.clearFaults();
    }
    qDeleteAll(dirs);

    if (!probe.isEmpty())
        md += QStringLiteral("Keep-alive probe (no latency fault): %1 sequential GETs of a 50-item YouTube "
                             "playlist page on one connection of the app's HttpClient: median %2 ms, p90 %3 "
                             "ms, max %4 ms.\n\n")
                  .arg(probe.size())
                  .arg(probe.at(probe.size() / 2) / 1000.0, 0, 'f', 2)
                  .arg(probe.at(probe.size() * 9 / 10) / 1000.0, 0, 'f', 2)
                  .arg(probe.constLast() / 1000.0, 0, 'f', 2);
    md += QStringLiteral(
        "| Platform | Pages | Items | Time (s), median | Runs (s) | Items/s | Dependent "
        "requests | Bound (s) | Time / bound | History items | Longest event-loop stall (ms) |\n"
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
    qint64 totalItems = 0;
    qint64 totalMs = 0;
    for (const Platform p : allPlatforms()) {
        const qint64 ms = median(times.value(p));
        const SyncProgress progress = progressOf.value(p);
        const int chain = dependentRequests(p, items);
        const qint64 boundMs = qint64(chain) * latency;
        QStringList each;
        for (const qint64 t : times.value(p))
            each.append(QString::number(t / 1000.0, 'f', 2));
        totalItems += progress.items;
        totalMs += ms;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                  .arg(platformDisplayName(p))
                  .arg(progress.pages)
                  .arg(progress.items)
                  .arg(ms / 1000.0, 0, 'f', 2)
                  .arg(each.join(QStringLiteral(", ")))
                  .arg(ms > 0 ? progress.items * 1000.0 / ms : 0.0, 0, 'f', 0)
                  .arg(chain)
                  .arg(boundMs / 1000.0, 0, 'f', 2)
                  .arg(boundMs > 0 ? QStringLiteral("%1x").arg(double(ms) / boundMs, 0, 'f', 2)
                                   : QStringLiteral("-"))
                  .arg(historyOf.value(p))
                  .arg(stallOf.value(p));
    }
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
    const QString reportFile = arguments.value(QStringLiteral("report"));
    QFile report(!reportFile.isEmpty() ? reportFile : buildDir + QStringLiteral("/bench/sync-report.md"));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        report.write(md.toUtf8());
    QTextStream(stdout) << md << "\nReport: " << report.fileName() << "\n";
    return ok ? 0 : 1;
}
