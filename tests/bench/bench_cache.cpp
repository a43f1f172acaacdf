// Cache benchmark (not a ctest test): lookup latency per layer and the hit rate over a scripted day.
// Writes <build>/bench/cache-report.md. Goals (seed architecture, Approach 3): memory hit < 1 us,
// SQLite layer < 0.5 ms, hit rate >= 90 %.
#include "backend/BackendClient.h"
#include "cache/LayeredCache.h"

#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace sv;
using Clk = std::chrono::steady_clock;

namespace {

template <typename T>
T run(QCoro::Task<T>&& task)
{
    std::optional<T> result;
    QEventLoop loop;
    auto c = std::move(task).then([&](T&& v) {
        result.emplace(std::move(v));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

struct Stats
{
    double medianUs = 0;
    double p99Us = 0;
    double meanUs = 0;
    int samples = 0;
};

Stats summarize(std::vector<double> us)
{
    Stats s;
    if (us.empty())
        return s;
    std::sort(us.begin(), us.end());
    s.samples = static_cast<int>(us.size());
    s.medianUs = us[us.size() / 2];
    s.p99Us = us[std::min(us.size() - 1, static_cast<size_t>(us.size() * 0.99))];
    double sum = 0;
    for (double v : us)
        sum += v;
    s.meanUs = sum / static_cast<double>(us.size());
    return s;
}

LayeredCache::Fetcher constantFetcher(const QByteArray& value, int* calls)
{
    return [value, calls]() -> QCoro::Task<Result<QByteArray, ApiError>> {
        ++*calls;
        co_return value;
    };
}

/// Times `n` get() calls; `before` runs untimed before each call (e.g. to clear the memory layer).
QCoro::Task<std::vector<double>> timeGets(LayeredCache& cache, LayeredCache::Key key,
                                          LayeredCache::Fetcher fetcher, int n, std::function<void()> before,
                                          bool force = false)
{
    std::vector<double> us;
    us.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (before)
            before();
        const auto t0 = Clk::now();
        auto r = co_await cache.get(key, fetcher, force);
        const auto t1 = Clk::now();
        if (!r) {
            qWarning("lookup failed: %s", qPrintable(r.error().logString()));
            continue;
        }
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    co_return us;
}

struct DayResult
{
    CacheStats stats;
    int events = 0;
    int restarts = 0;
    qint64 invoiceFetches = 0;
};

/// A scripted working day: 8 active hours, a UI event every 2-30 s (seeded), each reading what the
/// view shows: dashboard (subscription + profile) 70 %, pricing page (plans + subscription) 20 %,
/// invoices (never cached) 10 %. The app restarts once at midday (memory lost, SQLite kept).
DayResult scriptedDay(const QString& file)
{
    ManualClock clock;
    QRandomGenerator rng(20261125);
    int backendCalls = 0;
    const QString user = QStringLiteral("user-bench");
    auto open = [&](int n) {
        auto store = std::make_unique<SqliteCacheStore>(
            SqliteCacheStore::openFile(file, QStringLiteral("bench-day-%1").arg(n)));
        store->ensureSchema();
        return std::make_unique<LayeredCache>(std::move(store), clock);
    };
    auto cache = open(0);
    DayResult day;
    CacheStats total;
    auto accumulate = [&](const CacheStats& s) {
        total.lookups += s.lookups;
        total.memory.hits += s.memory.hits;
        total.memory.misses += s.memory.misses;
        total.sqlite.hits += s.sqlite.hits;
        total.sqlite.misses += s.sqlite.misses;
        total.backendFetches += s.backendFetches;
        total.uncachedFetches += s.uncachedFetches;
        total.staleServes += s.staleServes;
    };
    const qint64 start = clock.nowMs();
    const qint64 end = start + 8LL * 3600 * 1000;
    bool restarted = false;
    auto fetcher = constantFetcher(QByteArray(2048, 'j'), &backendCalls);
    while (clock.nowMs() < end) {
        clock.advance(std::chrono::milliseconds(2000 + rng.bounded(28000)));
        if (!restarted && clock.nowMs() - start > 4LL * 3600 * 1000) {
            accumulate(cache->stats());
            cache = open(1);
            restarted = true;
            ++day.restarts;
        }
        const int roll = static_cast<int>(rng.bounded(100));
        ++day.events;
        auto get = [&](DataType t, const QString& id) {
            run(cache->get({t, user, id}, fetcher));
        };
        if (roll < 70) {
            get(DataType::Subscription, QStringLiteral("settings"));
            get(DataType::Profile, QStringLiteral("me"));
        } else if (roll < 90) {
            get(DataType::Plans, QStringLiteral("all"));
            get(DataType::Subscription, QStringLiteral("settings"));
        } else {
            get(DataType::Invoices, QStringLiteral("list"));
        }
    }
    accumulate(cache->stats());
    day.stats = total;
    day.invoiceFetches = total.uncachedFetches;
    return day;
}

QString row(const QString& layer, const Stats& s, const QString& goal, bool met)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 %7 |\n")
        .arg(layer)
        .arg(s.samples)
        .arg(s.medianUs, 0, 'f', 3)
        .arg(s.p99Us, 0, 'f', 3)
        .arg(s.meanUs, 0, 'f', 3)
        .arg(goal,
             goal.isEmpty() ? QString() : (met ? QStringLiteral("(met)") : QStringLiteral("(NOT met)")));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption buildDirOption(QStringLiteral("build-dir"), QStringLiteral("Build directory."),
                                      QStringLiteral("DIR"), QStringLiteral(STREAMVIBE_BENCH_BUILD_DIR));
    QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Samples per layer."),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOptions({buildDirOption, samplesOption});
    parser.process(app);
    const QString buildDir = parser.value(buildDirOption);
    const int n = std::max(100, parser.value(samplesOption).toInt());
    qputenv("STREAMVIBE_BUILD_DIR", buildDir.toLocal8Bit());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    ManualClock clock;
    auto store =
        std::make_unique<SqliteCacheStore>(SqliteCacheStore::openFile(file, QStringLiteral("bench")));
    store->ensureSchema();
    LayeredCache cache(std::move(store), clock);
    int calls = 0;
    const QByteArray plansJson(6 * 1024, 'p'); // about the size of the list-plans answer
    auto fetcher = constantFetcher(plansJson, &calls);
    const LayeredCache::Key plans{DataType::Plans, {}, QStringLiteral("all")};
    // Other entries so the SQLite table is not trivially small.
    for (int i = 0; i < 500; ++i)
        cache.put({DataType::Profile, QStringLiteral("u%1").arg(i), QStringLiteral("me")},
                  QByteArray(512, 'x'));
    run(cache.get(plans, fetcher));

    const Stats memory = summarize(run(timeGets(cache, plans, fetcher, n, {})));
    const Stats sqlite =
        summarize(run(timeGets(cache, plans, fetcher, n / 4, [&] { cache.memory().clear(); })));

    // Backend through the sandbox (list-plans over loopback HTTP), if it is built.
    Stats backend;
    QString backendNote;
    {
        sv::test::SandboxProcess sandbox;
        if (sandbox.start()) {
            HttpClient http;
            BackendClient client(&http, BackendConfig{sandbox.baseUrl(), sandbox.anonKey()});
            LayeredCache::Fetcher remote = [&client]() -> QCoro::Task<Result<QByteArray, ApiError>> {
                auto v = co_await client.invokeFunction(QStringLiteral("list-plans"), {}, true);
                if (!v)
                    co_return v.error();
                co_return QJsonDocument(v->toObject()).toJson(QJsonDocument::Compact);
            };
            LayeredCache remoteCache(nullptr, clock);
            backend = summarize(run(timeGets(remoteCache, plans, remote, 300, {}, true)));
            backendNote =
                QStringLiteral("list-plans via the local sandbox (loopback HTTP, no network latency)");
        } else {
            backendNote = QStringLiteral("sandbox not available: %1").arg(sandbox.errorString());
        }
    }

    QTemporaryDir dayDir;
    const DayResult day = scriptedDay(dayDir.filePath(QStringLiteral("day.sqlite")));

    QString md;
    QTextStream out(&md);
    out << "# Cache benchmark\n\n"
        << "Generated by `bench_cache` (target `bench-cache`) on "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
        << ". Times are per `LayeredCache::get()` call, in microseconds (steady clock), value size "
        << plansJson.size() << " bytes.\n\n"
        << "| Layer | Samples | Median (us) | p99 (us) | Mean (us) | Goal |\n"
        << "|---|---|---|---|---|---|\n"
        << row(QStringLiteral("Memory hit"), memory, QStringLiteral("< 1 us median"), memory.medianUs < 1.0)
        << row(QStringLiteral("SQLite hit (memory cleared)"), sqlite, QStringLiteral("< 500 us median"),
               sqlite.medianUs < 500.0)
        << row(QStringLiteral("Backend (forced refresh)"), backend, QString(), true) << "\n"
        << "Backend: " << backendNote << ".\n\n"
        << "## Scripted day\n\n"
        << "8 active hours, one UI event every 2-30 s (seeded): dashboard (subscription + profile) 70 %, "
        << "pricing (plans + subscription) 20 %, invoices (never cached) 10 %; one app restart at midday.\n\n"
        << "| Events | Cacheable lookups | Memory hits | SQLite hits | Backend fetches (cacheable) | Invoice "
           "fetches "
           "(uncached) | Hit rate | Goal |\n|---|---|---|---|---|---|---|---|\n"
        << "| " << day.events << " | " << day.stats.lookups << " | " << day.stats.memory.hits << " | "
        << day.stats.sqlite.hits << " | " << (day.stats.backendFetches - day.invoiceFetches) << " | "
        << day.invoiceFetches << " | " << QString::number(day.stats.hitRate() * 100.0, 'f', 1)
        << " % | >= 90 % " << (day.stats.hitRate() >= 0.9 ? "(met)" : "(NOT met)") << " |\n";
    out.flush();

    QDir().mkpath(buildDir + QStringLiteral("/bench"));
    QFile report(buildDir + QStringLiteral("/bench/cache-report.md"));
    if (!report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCritical("cannot write %s", qPrintable(report.fileName()));
        return 1;
    }
    report.write(md.toUtf8());
    QTextStream(stdout) << md << "\nReport: " << report.fileName() << "\n";
    return 0;
}
