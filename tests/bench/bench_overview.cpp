// The Overview's queries on a large library with a year of history: ContentHistory::period() (views gained,
// top movers, best posting times, follower trends), dailyViewsGained() and accounts(), as OverviewView asks
// them on the library's worker, for each period and for all platforms or one. The library is written through
// LibraryDatabase::upsert (the bulk path, its triggers record the first day's row); the year of history is
// then generated in SQL: one row per item every --every days over the last --days days, views growing.

#include "BenchSupport.h"

#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace sv;

namespace {

int Runs = 3;

/// The medians of the wall times and of this thread's CPU times of `Runs` runs of `f`, in ms (the CPU time
/// does not grow when other processes keep the thread off the CPU: the better guide on a shared machine).
struct Timing
{
    double wall = -1;
    double cpu = -1;
    QString text() const
    {
        return QString::number(wall, 'f', 0) + QStringLiteral(" (") + QString::number(cpu, 'f', 0) +
               QStringLiteral(")");
    }
};

template <typename F>
Timing medianMs(F&& f)
{
    QList<double> times;
    QList<double> cpus;
    for (int r = 0; r < Runs; ++r) {
        QElapsedTimer t;
        t.start();
        const qint64 cpu = test::threadCpuNs();
        if (!f())
            return {};
        cpus.append(double(test::threadCpuNs() - cpu) / 1e6);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpus.begin(), cpus.end());
    return {times.at(times.size() / 2), cpus.at(cpus.size() / 2)};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of history (365)."),
                                        QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption everyOption(QStringLiteral("every"),
                                         QStringLiteral("One history row per item every N days (7)."),
                                         QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("Library file: written there and kept; an existing one is used as it is."),
        QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each query (3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const auto args = test::parseBenchArguments(app, QStringLiteral("Items in the library (100000)."),
                                                QStringLiteral("100000"),
                                                {daysOption, everyOption, runsOption, libraryOption});
    Runs = qMax(1, args.value(QStringLiteral("runs")).toInt());
    const int days = qMax(1, args.value(QStringLiteral("days")).toInt());
    const int every = qMax(1, args.value(QStringLiteral("every")).toInt());
    QTemporaryDir dir;
    const QString kept = args.value(QStringLiteral("library"));
    const bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("overview.sqlite")) : kept;
    LibraryDatabase db;
    if (!db.open(path)) {
        std::fprintf(stderr, "could not open %s\n", qPrintable(path));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    QElapsedTimer setup;
    setup.start();
    QSqlQuery q(db.connection());
    if (!reuse) { // else the items and history of an earlier run, as they are
        QList<ContentItem> items;
        items.reserve(args.items);
        const QList<Platform> platforms{Platform::YouTube, Platform::TikTok, Platform::Instagram};
        for (int i = 0; i < args.items; ++i) {
            ContentItem item;
            item.platform = platforms.at(i % 3);
            item.account = QStringLiteral("acc-%1").arg(i % 6);
            item.externalId = QStringLiteral("item-%1").arg(i);
            item.title = QStringLiteral("Clip number %1").arg(i);
            item.kind = QStringLiteral("video");
            // Published over ten years, the newest today.
            item.publishedAt = now.addSecs(-qint64(i) * 3153);
            item.durationS = 30 + i % 60;
            item.views = 1000 + (i * 37) % 50000;
            item.likes = item.views / 20;
            item.comments = item.views / 200;
            if (item.platform == Platform::TikTok)
                item.shares = item.views / 100;
            items.append(item);
        }
        if (!db.upsert(items)) {
            std::fprintf(stderr, "could not write the items\n");
            return 1;
        }
        // The history: every item's row every `every` days (its day offset by its id), views rising 1-3 % a
        // row; Instagram rows as its insights write them (views known for a third of its items).
        const qint64 first = ContentHistory::dayNumber(today.addDays(-days + 1));
        const qint64 last = ContentHistory::dayNumber(today);
        const bool written =
            q.exec(QStringLiteral("DELETE FROM content_history")) &&
            q.exec(QStringLiteral(
                       "WITH RECURSIVE d(day) AS (SELECT %1 UNION ALL SELECT day + 1 FROM d WHERE day < %2) "
                       "INSERT INTO content_history (content_id, day, recorded_at, views, likes, comments, "
                       "shares, source) SELECT c.id, d.day, d.day * 86400 + 3600, "
                       "CASE WHEN c.platform = 'instagram' AND c.id % 3 <> 0 THEN NULL ELSE "
                       "c.views * (100 + (d.day - %1) * (1 + c.id % 3)) / (100 + (%2 - %1) * (1 + c.id % "
                       "3)) END, c.likes, c.comments, c.shares, CASE WHEN c.platform = 'instagram' THEN "
                       "'instagram_insights' ELSE 'sync' END FROM content c JOIN d ON (d.day + c.id) % %3 "
                       "= 0 OR d.day = %2")
                       .arg(first)
                       .arg(last)
                       .arg(every)) &&
            q.exec(QStringLiteral(
                "UPDATE content SET views_known = 1 WHERE platform = 'instagram' AND id % 3 = 0")) &&
            q.exec(QStringLiteral("ANALYZE"));
        if (!written) {
            std::fprintf(stderr, "could not write the history: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        for (int a = 0; a < 6; ++a) {
            for (int d = days - 1; d >= 0; d -= 7)
                ContentHistory::recordFollowers(db, platforms.at(a % 3), QStringLiteral("acc-%1").arg(a),
                                                5000 + (days - d) * 10 * (a + 1), now.addDays(-d));
        }
    }
    q.exec(QStringLiteral("SELECT count(*) FROM content_history"));
    q.next();
    const qint64 rows = q.value(0).toLongLong();
    q.finish();
    const double setupS = double(setup.elapsed()) / 1000.0;
    const qint64 fileMb = QFileInfo(path).size() / (1024 * 1024);

    QString report;
    QTextStream out(&report);
    out << "# Overview queries\n\n"
        << args.items << " items, " << rows << " history rows (" << days << " days, one row per item every "
        << every << " days), library file " << fileMb << " MB, written in " << QString::number(setupS, 'f', 1)
        << " s. Load average before the queries: " << loadAverage() << ". Median of " << Runs
        << " runs, ms: wall (thread CPU).\n\n"
        << "| period | platforms | period() | dailyViewsGained() | accounts() | all three |\n"
        << "|---:|---|---:|---:|---:|---:|\n";
    qsizetype printed = 0;
    for (const int period : {7, 28, 90, 365}) {
        for (const std::optional<Platform>& platform :
             {std::optional<Platform>(), std::optional<Platform>(Platform::YouTube),
              std::optional<Platform>(Platform::Instagram)}) {
            const Timing p =
                medianMs([&] { return ContentHistory::period(db, period, today, platform).hasValue(); });
            const Timing d = medianMs([&] {
                return ContentHistory::dailyViewsGained(db, today.addDays(-period + 1), today, platform)
                    .hasValue();
            });
            const Timing a = medianMs([&] { return ContentHistory::accounts(db).hasValue(); });
            out << "| " << period << " days | "
                << (platform ? platformDisplayName(*platform) : QStringLiteral("all")) << " | " << p.text()
                << " | " << d.text() << " | " << a.text() << " | "
                << QString::number(p.wall + d.wall + a.wall, 'f', 0) << " |\n";
            out.flush();
            std::fputs(qPrintable(report.mid(printed)), stdout);
            std::fflush(stdout);
            printed = report.size();
        }
    }
    out << "\nLoad average after: " << loadAverage() << ".\n";
    out.flush();
    std::fputs(qPrintable(report.mid(printed)), stdout);
    QDir().mkpath(args.buildDir + QStringLiteral("/bench"));
    QFile file(args.buildDir + QStringLiteral("/bench/overview-report.md"));
    if (file.open(QIODevice::WriteOnly))
        file.write(report.toUtf8());
    return 0;
}
