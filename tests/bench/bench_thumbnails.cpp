// Thumbnail benchmark (not a ctest test): the Content page of a 100,000-item library scrolled top to bottom,
// one page of rows per frame (16 ms), with a cold and then a warm picture cache. Every item's picture is a
// real JPEG from the sandbox (320x180), fetched through HttpClient into the profile's disk cache, decoded and
// scaled on the thread pool. Reports, per pass, the longest stall of the GUI thread (goal < 16 ms), the
// stalls longer than a frame, the pass's time, the pictures asked for, downloaded and read from the disk
// cache, and the disk cache's hit rate (the second pass's is the figure of record). Beside each wall-clock
// stall it reports the GUI thread's own CPU time between two heartbeats (the longest, and how many exceed a
// frame): the work the GUI thread did, which the machine's load does not inflate.
// --passes baseline,cold,warm: the passes to run (default all three; the cold and warm passes go together).
// STREAMVIBE_BENCH_SETTLE_MS=N: after each step, wait up to N ms for the pictures on screen (browsing pace).
// Writes <build>/bench/thumbnails-report.md. Run through the `bench-thumbnails` target.
#include "BenchSupport.h"

#include "ContentItemDelegate.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "SandboxProcess.h"
#include "ThumbnailLoader.h"
#include "backend/HttpClient.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"
#include "media/ThumbnailStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace sv;
using namespace sv::test;

namespace {

QCoro::Task<Result<void, LibraryError>> openFile(LibraryService& service, QString path)
{
    co_return co_await service.open(path);
}

bool writeLibrary(const QString& path, int count, const SandboxProcess& sandbox)
{
    LibraryDatabase db;
    if (!db.open(path))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int start = 0; start < count; start += 5000) {
        QList<ContentItem> items;
        for (int i = start; i < qMin(count, start + 5000); ++i) {
            ContentItem item;
            item.platform = Platform::YouTube;
            item.account = QStringLiteral("UCbench");
            item.externalId = QStringLiteral("bench%1").arg(i);
            item.title = QStringLiteral("Clip %1").arg(i);
            item.kind = QStringLiteral("video");
            item.url = QStringLiteral("https://www.youtube.com/watch?v=bench%1").arg(i);
            item.thumbnailUrl =
                sandbox.url(QStringLiteral("/youtube/img/vi/bench%1/mqdefault.jpg").arg(i)).toString();
            item.publishedAt = now.addSecs(-qint64(i) * 600);
            item.durationS = 60 + i % 600;
            item.views = 1000 + i;
            items << item;
        }
        if (!db.upsert(items))
            return false;
    }
    return true;
}

struct Pass
{
    QString name;
    qint64 longestStall = 0;
    int overFrame = 0;
    double longestCpuMs = 0;
    int cpuOverFrame = 0;
    int cpuOverHalfFrame = 0;
    int framesLoading = 0;    ///< frames that showed a row whose page had not arrived (a placeholder)
    ThreadUsage longestUsage; ///< what the longest CPU stretch was made of
    qint64 elapsedMs = 0;
    int frames = 0;
    ThumbnailStats stats;
};

/// Whether a row on screen is a placeholder, its page not there yet (the list's rows are of one height).
bool showsPlaceholder(const QListView* list)
{
    const QAbstractItemModel* model = list->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return false;
    const int rowHeight = list->visualRect(model->index(0, 0)).height();
    if (rowHeight <= 0)
        return false;
    const int top = list->verticalScrollBar()->value() / rowHeight;
    const int bottom = std::min(rows - 1, top + list->viewport()->height() / rowHeight);
    for (int row = top; row <= bottom; ++row) {
        if (model->index(row, 0).data(ContentListModel::PlaceholderRole).toBool())
            return true;
    }
    return false;
}

/// Scrolls `list` from the top to the last row of the library, one viewport per frame; with `settleMs`, after
/// each step the pictures of the rows on screen are waited for (at most that long): a user browsing rather
/// than flinging.
Pass scrollThrough(const QString& name, ContentView& view, ThumbnailStore& store, qint64 total, int settleMs)
{
    QListView* list = view.resultList();
    ContentListModel* model = view.model();
    const ThumbnailStats before = store.stats();
    list->scrollToTop();
    QTest::qWait(100);
    Pass pass;
    pass.name = name;
    StallMeter stall;
    QElapsedTimer clock;
    clock.start();
    stall.start();
    QScrollBar* bar = list->verticalScrollBar();
    while (true) {
        const bool atEnd = bar->value() >= bar->maximum();
        if (atEnd && model->rowCount() >= total)
            break;
        if (!atEnd)
            bar->setValue(qMin(bar->maximum(), bar->value() + list->viewport()->height()));
        ++pass.frames;
        QTest::qWait(16); // one frame: the event loop runs (paints, pictures arrive, pages load)
        if (settleMs > 0)
            (void)QTest::qWaitFor([&store] { return store.pending() == 0; }, settleMs);
        if (showsPlaceholder(list))
            ++pass.framesLoading;
    }
    (void)QTest::qWaitFor([list] { return !showsPlaceholder(list); }, 5000); // the last rows' page
    QTest::qWait(200);                                                       // the last rows' pictures
    pass.longestStall = stall.stop();
    pass.overFrame = stall.overFrame();
    pass.longestCpuMs = stall.longestCpuMs();
    pass.cpuOverFrame = stall.cpuOverFrame();
    pass.cpuOverHalfFrame = stall.cpuOverHalfFrame();
    pass.longestUsage = stall.longestUsage();
    pass.elapsedMs = clock.elapsed();
    const ThumbnailStats after = store.stats();
    pass.stats.requests = after.requests - before.requests;
    pass.stats.cacheHits = after.cacheHits - before.cacheHits;
    pass.stats.cacheMisses = after.cacheMisses - before.cacheMisses;
    pass.stats.downloads = after.downloads - before.downloads;
    pass.stats.failures = after.failures - before.failures;
    pass.stats.cancelled = after.cancelled - before.cancelled;
    return pass;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char** argv)
{
    offscreenUnlessDisplayed();
    QApplication app(argc, argv);
    // One line per picture request would drown the report.
    QLoggingCategory::setFilterRules(QStringLiteral("streamvibe.backend.info=false"));
    const QCommandLineOption passesOption(QStringLiteral("passes"),
                                          QStringLiteral("The passes to run: baseline,cold,warm."),
                                          QStringLiteral("list"), QStringLiteral("baseline,cold,warm"));
    const BenchArguments arguments = parseBenchArguments(app, QStringLiteral("Items in the library."),
                                                         QStringLiteral("100000"), {passesOption});
    const QStringList wanted = arguments.value(QStringLiteral("passes")).split(QLatin1Char(','));
    const int settleMs = qEnvironmentVariableIntValue("STREAMVIBE_BENCH_SETTLE_MS");
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        qCritical("sandbox: %s", qPrintable(sandbox.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QElapsedTimer setup;
    setup.start();
    if (!writeLibrary(path, arguments.items, sandbox)) {
        qCritical("could not write the library");
        return 1;
    }
    qInfo("library of %d items written in %lld ms", arguments.items, setup.elapsed());

    HttpClient http;
    LibraryService service;
    ThumbnailStore store(&http, dir.filePath(QStringLiteral("cache/thumbnails")));
    ThumbnailLoader loader(&store);
    ContentView view(&service);
    view.setThumbnails(&loader);
    view.resize(1100, 700);
    view.show();
    bool opened = false;
    QObject::connect(&view, &ContentView::libraryOpened, &view, [&opened] { opened = true; });
    view.showLibrary(openFile(service, path), path);
    if (!QTest::qWaitFor([&] { return opened && view.model()->rowCount() > 0; }, 30000)) {
        qCritical("the content view could not open the library");
        return 1;
    }
    const qint64 total = view.model()->total();
    // The library's thread counts the whole library after the first page (the item count): the passes start
    // once it has, so that they measure scrolling rather than pages waiting behind that count.
    if (!QTest::qWaitFor([&view] { return view.libraryItemCount() >= 0; }, 60000)) {
        qCritical("the library's item count did not arrive");
        return 1;
    }

    QList<Pass> passes;
    const auto logPass = [&passes](const char* name) {
        const Pass& p = passes.constLast();
        qInfo(
            "%s pass: %lld ms, longest stall %lld ms (%d over a frame), longest GUI CPU stretch %.1f ms (%d "
            "over a frame, %d over 8 ms; user %.1f ms, system %.1f ms, %lld page faults), %d of %d frames "
            "showed rows still loading",
            name, p.elapsedMs, p.longestStall, p.overFrame, p.longestCpuMs, p.cpuOverFrame,
            p.cpuOverHalfFrame, double(p.longestUsage.userNs) / 1e6, double(p.longestUsage.systemNs) / 1e6,
            p.longestUsage.minorFaults + p.longestUsage.majorFaults, p.framesLoading, p.frames);
    };
    // The same scroll without pictures: what paging and painting the rows cost the GUI thread alone.
    view.setThumbnails(nullptr);
    if (wanted.contains(QStringLiteral("baseline"))) {
        passes << scrollThrough(QStringLiteral("no pictures (baseline)"), view, store, total, 0);
        logPass("baseline");
    }
    view.setThumbnails(&loader);
    if (wanted.contains(QStringLiteral("cold")) || wanted.contains(QStringLiteral("warm"))) {
        passes << scrollThrough(QStringLiteral("cold cache"), view, store, total, settleMs);
        logPass("cold");
        // The second pass: the memory cache of decoded pictures emptied, as after a restart; the disk cache
        // kept.
        loader.setMemoryLimit(0);
        loader.setMemoryLimit(64LL * 1024 * 1024);
        passes << scrollThrough(QStringLiteral("warm cache"), view, store, total, settleMs);
        logPass("warm");
    }
    // A new search over the whole list (as when the sort changes): the model takes the first page and the
    // list lays out its rows again, five times, scrolled to the middle first.
    view.setThumbnails(nullptr);
    StallMeter searchStall;
    searchStall.start();
    for (int i = 0; i < 5; ++i) {
        view.resultList()->verticalScrollBar()->setValue(view.resultList()->verticalScrollBar()->maximum() /
                                                         2);
        QTest::qWait(50);
        view.searchNow(QString());
        (void)QTest::qWaitFor([&view] { return !view.model()->isSearching(); }, 30000);
        QTest::qWait(100); // the layout and the paint that follow
    }
    const qint64 searchWall = searchStall.stop();
    const double searchCpu = searchStall.longestCpuMs();
    qInfo("new search over the whole list: longest stall %lld ms, longest GUI CPU stretch %.1f ms",
          searchWall, searchCpu);
    store.waitForDisk();
    const qint64 onDisk = store.diskSize().result();

    QString md;
    QTextStream out(&md);
    out << "# Thumbnail benchmark\n\n"
        << "Library: " << arguments.items
        << " items (YouTube, 320x180 JPEG pictures from the sandbox), the Content page at "
        << "1100x700 (offscreen), scrolled top to bottom one viewport per 16 ms frame"
        << (settleMs > 0 ? QStringLiteral(", waiting up to %1 ms after each step for the pictures on screen")
                               .arg(settleMs)
                         : QString())
        << ". Disk cache " << onDisk / 1024 << " KiB after both passes.\n\n"
        << "| Pass | Time (s) | Frames | Longest GUI stall (ms) | Stalls > 16 ms | Longest GUI CPU stretch "
           "(ms) "
           "| CPU stretches > 16 ms | CPU stretches > 8 ms | Frames with rows loading | Pictures asked | "
           "Disk hits | Disk misses | Downloads | Cancelled | "
           "Disk hit "
           "rate |\n"
        << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const Pass& p : passes) {
        out << "| " << p.name << " | " << QString::number(p.elapsedMs / 1000.0, 'f', 1) << " | " << p.frames
            << " | " << p.longestStall << " | " << p.overFrame << " | "
            << QString::number(p.longestCpuMs, 'f', 1) << " | " << p.cpuOverFrame << " | "
            << p.cpuOverHalfFrame << " | " << p.framesLoading << " | " << p.stats.requests << " | "
            << p.stats.cacheHits << " | " << p.stats.cacheMisses << " | " << p.stats.downloads << " | "
            << p.stats.cancelled << " | " << QString::number(p.stats.hitRate() * 100.0, 'f', 1) << " % |\n";
    }
    out << "\nThe longest GUI CPU stretch of each pass, as the kernel accounts it (its clock ticks: "
           "coarser):\n\n"
        << "| Pass | User (ms) | System (ms) | Minor page faults | Major page faults | Involuntary switches "
           "|\n"
        << "|---|---:|---:|---:|---:|---:|\n";
    for (const Pass& p : passes)
        out << "| " << p.name << " | " << QString::number(double(p.longestUsage.userNs) / 1e6, 'f', 1)
            << " | " << QString::number(double(p.longestUsage.systemNs) / 1e6, 'f', 1) << " | "
            << p.longestUsage.minorFaults << " | " << p.longestUsage.majorFaults << " | "
            << p.longestUsage.involuntarySwitches << " |\n";
    out << "\nA new search over the whole list (five times, scrolled to the middle): longest GUI stall "
        << searchWall << " ms, longest GUI CPU stretch " << QString::number(searchCpu, 'f', 1) << " ms.\n";
    bool wallMet = true;
    bool cpuMet = true;
    for (const Pass& p : passes) {
        wallMet = wallMet && p.longestStall < 16;
        cpuMet = cpuMet && p.longestCpuMs < 16;
    }
    out << "\nGoal: longest GUI stall under 16 ms: " << (wallMet ? "met" : "NOT met")
        << " by the wall clock, " << (cpuMet ? "met" : "NOT met")
        << " by the GUI thread's own CPU time (the wall clock adds the time the thread waited for a CPU: "
           "the load average was "
        << loadAverage() << " at the end).\n";
    out.flush();
    const QString reportDir = arguments.buildDir + QStringLiteral("/bench");
    QDir().mkpath(reportDir);
    QFile report(reportDir + QStringLiteral("/thumbnails-report.md"));
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        report.write(md.toUtf8());
    fputs(qPrintable(md), stdout);
    return 0;
}
