// Cross-posted clips benchmark: precision and recall of the grouping rule on the sandbox's generated content
// (its known cross-posts and near-misses), and the time of a recompute on a 100,000-item library.
//
// The items are those the sandbox's platform stand-ins serve, mapped as the connectors map them (YouTube:
// title, description, publishedAt, whole-second duration, the items missing from videos.list left out;
// TikTok: title, create_time, duration; Instagram: the title is the caption's first line, no duration),
// written to a real library file and grouped by ClipGroups::refresh(). The ground truth comes from
// SandboxData::crossPostClip(), which the rule never sees.

#include "BenchSupport.h"
#include "SandboxData.h"

#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sv;

namespace {

namespace sb = sv::sandbox;

constexpr std::array kPlatforms{std::pair{sb::Platform::YouTube, Platform::YouTube},
                                std::pair{sb::Platform::TikTok, Platform::TikTok},
                                std::pair{sb::Platform::Instagram, Platform::Instagram}};

ContentItem toContentItem(const sb::SandboxData& data, sb::Platform from, Platform to,
                          const sb::GeneratedItem& g)
{
    ContentItem item;
    item.platform = to;
    item.externalId = g.id;
    item.publishedAt = QDateTime::fromSecsSinceEpoch(g.createdAt, Qt::UTC);
    item.views = g.views;
    item.likes = g.likes;
    item.comments = g.comments;
    switch (from) {
    case sb::Platform::YouTube:
        item.account = data.youtubeChannelId();
        item.title = g.title;
        item.description = g.description;
        item.durationS = g.durationSeconds;
        item.kind = QStringLiteral("video");
        break;
    case sb::Platform::TikTok:
        item.account = data.tiktokOpenId();
        item.title = g.title;
        item.description = g.description;
        item.durationS = g.durationSeconds;
        item.shares = g.shares;
        item.kind = QStringLiteral("video");
        break;
    case sb::Platform::Instagram: {
        item.account = data.instagramUserId();
        const QString caption = g.title + QLatin1Char('\n') + g.description;
        item.title = caption.section(QLatin1Char('\n'), 0, 0).trimmed(); // PlatformHttp::titleFromText
        item.description = caption;
        item.kind = g.mediaType == 1 ? QStringLiteral("reel") : QStringLiteral("image");
        item.views = 0; // not given by Instagram
        break;
    }
    }
    return item;
}

QString pairKey(const QString& a, const QString& b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

QString keyOf(Platform platform, const QString& externalId)
{
    return platformId(platform) + QLatin1Char(':') + externalId;
}

struct Measure
{
    qint64 itemsPerPlatform = 0;
    quint64 seed = 0;
    qint64 items = 0;
    qint64 trueClips = 0;     ///< clips posted on two or three platforms
    qint64 nearMissSlots = 0; ///< slots whose items are not the same clip
    qint64 truePairs = 0;
    qint64 predictedPairs = 0;
    qint64 correctPairs = 0;
    qint64 exactGroups = 0; ///< true clips grouped exactly (all their items, nothing else)
    qint64 groups = 0;
    double writeMs = 0;
    double refreshMs = 0;
    double ruleMs = 0; ///< ClipRule::group() alone on the same items
    qint64 pairsCompared = 0;
    QStringList falsePairs;
    QStringList missedPairs;
    double precision() const { return predictedPairs ? double(correctPairs) / double(predictedPairs) : 1.0; }
    double recall() const { return truePairs ? double(correctPairs) / double(truePairs) : 1.0; }
};

Measure measure(const QString& dir, qint64 itemsPerPlatform, quint64 seed)
{
    Measure m;
    m.itemsPerPlatform = itemsPerPlatform;
    m.seed = seed;
    const sb::SandboxData data(seed, itemsPerPlatform);
    QList<ContentItem> items;
    QHash<qint64, QStringList> clips; // clip -> item keys
    QSet<qint64> nearMisses;
    for (const auto& [from, to] : kPlatforms) {
        for (qint64 i = 0; i < data.count(); ++i) {
            const sb::GeneratedItem g = data.item(from, i);
            if (g.unavailable)
                continue;
            items.append(toContentItem(data, from, to, g));
            const qint64 clip = data.crossPostClip(from, i);
            if (clip >= 0)
                clips[clip].append(keyOf(to, g.id));
            else if (i % 25 == 7)
                nearMisses.insert(i);
        }
    }
    m.items = items.size();
    QHash<QString, ContentItem> byKey;
    for (const ContentItem& item : std::as_const(items))
        byKey.insert(keyOf(item.platform, item.externalId), item);
    QSet<QString> truth;
    for (auto it = clips.cbegin(); it != clips.cend(); ++it) {
        if (it->size() < 2)
            continue;
        ++m.trueClips;
        for (qsizetype a = 0; a < it->size(); ++a)
            for (qsizetype b = a + 1; b < it->size(); ++b)
                truth.insert(pairKey(it->at(a), it->at(b)));
    }
    for (qint64 i : std::as_const(nearMisses)) {
        bool inClip = false;
        for (const auto& [from, to] : kPlatforms)
            inClip = inClip || data.crossPostClip(from, i) >= 0;
        if (!inClip)
            ++m.nearMissSlots;
    }
    m.truePairs = truth.size();

    LibraryDatabase db;
    const QString file =
        QDir(dir).filePath(QStringLiteral("groups-%1-%2.sqlite").arg(itemsPerPlatform).arg(seed));
    QFile::remove(file);
    if (!db.open(file)) {
        qFatal("cannot open %s", qPrintable(file));
    }
    QElapsedTimer timer;
    timer.start();
    if (!db.upsert(items))
        qFatal("upsert failed");
    m.writeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto refreshed = ClipGroups::refresh(db, true);
    m.refreshMs = double(timer.nsecsElapsed()) / 1e6;
    if (!refreshed)
        qFatal("refresh failed: %s", qPrintable(refreshed.error().message));
    m.pairsCompared = refreshed->pairsCompared;
    QList<ClipCandidate> candidates;
    candidates.reserve(items.size());
    for (const ContentItem& item : std::as_const(items))
        candidates.append(ClipCandidate::of(item));
    timer.restart();
    const ClipRule::Grouping grouping = ClipRule::group(candidates);
    m.ruleMs = double(timer.nsecsElapsed()) / 1e6;
    if (grouping.pairsCompared != m.pairsCompared)
        qFatal("the rule alone compared other pairs");
    const auto groups = ClipGroups::list(db);
    if (!groups)
        qFatal("list failed: %s", qPrintable(groups.error().message));
    m.groups = groups->size();
    QSet<QString> predicted;
    QHash<QString, QStringList> groupOfKey;
    for (const ClipGroup& g : groups.value()) {
        QStringList keys;
        for (const ContentItem& item : g.members)
            keys.append(keyOf(item.platform, item.externalId));
        for (qsizetype a = 0; a < keys.size(); ++a) {
            groupOfKey.insert(keys.at(a), keys);
            for (qsizetype b = a + 1; b < keys.size(); ++b) {
                const QString pair = pairKey(keys.at(a), keys.at(b));
                predicted.insert(pair);
                if (!truth.contains(pair) && m.falsePairs.size() < 10)
                    m.falsePairs.append(
                        QStringLiteral("%1 / %2").arg(g.members.at(a).title, g.members.at(b).title));
            }
        }
    }
    for (const QString& pair : std::as_const(truth)) {
        if (!predicted.contains(pair) && m.missedPairs.size() < 10) {
            const ContentItem a = byKey.value(pair.section(QLatin1Char('|'), 0, 0));
            const ContentItem b = byKey.value(pair.section(QLatin1Char('|'), 1, 1));
            const ClipMatch match = ClipRule::compare(ClipCandidate::of(a), ClipCandidate::of(b));
            m.missedPairs.append(QStringLiteral("%1 / %2: %3").arg(a.title, b.title, match.explanation()));
        }
    }
    m.predictedPairs = predicted.size();
    m.correctPairs = (predicted & truth).size();
    for (auto it = clips.cbegin(); it != clips.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList want = *it;
        QStringList got = groupOfKey.value(want.first());
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        if (want == got)
            ++m.exactGroups;
    }
    return m;
}

/// The groups as stored (manual flag, score, members), to compare two recomputes of the same items.
QStringList storedGroups(LibraryDatabase& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT g.manual || ' ' || printf('%.17g', g.score) || ' ' || group_concat(m.key) "
                           "FROM clip_groups g JOIN (SELECT group_id, platform || ':' || external_id AS key "
                           "FROM clip_group_members ORDER BY key) m ON m.group_id = g.id GROUP BY g.id")))
        qFatal("cannot read the groups");
    QStringList all;
    while (q.next())
        all.append(q.value(0).toString());
    std::sort(all.begin(), all.end());
    return all;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

/// Syncs after the first one, on the big library: the newest items taken out, then brought back a few at a
/// time with a few older items' titles edited, the groups recomputed after each (as SyncJob does), then
/// compared with a recompute of every item.
struct SyncMeasure
{
    int syncs = 0;
    int perSync = 0;
    int edits = 0;
    double removeMs = 0;
    QList<double> syncMs;
    QList<double> syncCpuMs;
    QList<double> regionItems;
    QList<double> fullMs;
    bool same = false;
    bool allIncremental = true;
};

SyncMeasure measureSyncs(const QString& file, int syncs, int perSync, int edits)
{
    SyncMeasure m;
    m.syncs = syncs;
    m.perSync = perSync;
    m.edits = edits;
    LibraryDatabase db;
    if (!db.open(file))
        qFatal("cannot open %s", qPrintable(file));
    const QStringList before = storedGroups(db);
    QList<ContentItem> newest;
    QList<qint64> older;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM content ORDER BY published_at DESC, id")))
            qFatal("cannot read the items");
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i < qsizetype(syncs) * perSync)
                newest.prepend(db.item(ids.at(i)).value());
            else if (i % 997 == 0)
                older.append(ids.at(i));
        }
    }
    QElapsedTimer timer;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("BEGIN"));
        for (const ContentItem& item : std::as_const(newest))
            q.exec(QStringLiteral("DELETE FROM content WHERE id = %1").arg(item.id));
        q.exec(QStringLiteral("COMMIT"));
    }
    timer.start();
    const auto removed = ClipGroups::refresh(db);
    m.removeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!removed || !removed->incremental)
        m.allIncremental = false;
    QList<ContentItem> edited;
    for (int s = 0; s < syncs; ++s) {
        QList<ContentItem> batch = newest.mid(qsizetype(s) * perSync, perSync);
        for (ContentItem& item : batch)
            item.id = 0;
        for (int e = 0; e < edits && !older.isEmpty(); ++e) {
            ContentItem item = db.item(older.takeFirst()).value();
            item.title += QStringLiteral(" (edited)");
            edited.append(item);
            batch.append(item);
        }
        if (!db.upsert(batch))
            qFatal("upsert failed");
        timer.restart();
        const qint64 cpu = test::threadCpuNs();
        const auto refreshed = ClipGroups::refresh(db);
        m.syncCpuMs.append(double(test::threadCpuNs() - cpu) / 1e6);
        m.syncMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!refreshed)
            qFatal("refresh failed: %s", qPrintable(refreshed.error().message));
        m.allIncremental = m.allIncremental && refreshed->incremental;
        m.regionItems.append(double(refreshed->items));
    }
    // Every item back (with a few edited titles): the same groups as a recompute of every item.
    const QStringList incremental = storedGroups(db);
    for (int r = 0; r < 3; ++r) {
        timer.restart();
        if (!ClipGroups::refresh(db, true))
            qFatal("refresh failed");
        m.fullMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    m.same = incremental == storedGroups(db);
    if (edited.isEmpty() && incremental != before)
        m.same = false;
    return m;
}

/// The content list's first page and its count on the big library, each item its own row and one row per
/// group (SearchQuery::oneRowPerGroup, as the app lists them).
struct ListMeasure
{
    QString what;
    double perItemMs = 0;
    double perGroupMs = 0;
    qint64 perItemRows = 0;
    qint64 perGroupRows = 0;
};

QList<ListMeasure> measureList(const QString& file)
{
    LibraryDatabase db;
    if (!db.open(file))
        qFatal("cannot open %s", qPrintable(file));
    if (!ClipGroups::refresh(db))
        qFatal("refresh failed");
    const auto timeOf = [&db](SearchQuery query, qint64* rows) {
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto result = db.search(query);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result)
                qFatal("search failed: %s", qPrintable(result.error().message));
            *rows = result->total;
        }
        return median(ms);
    };
    QList<ListMeasure> all;
    const auto add = [&](const QString& what, SearchQuery query) {
        ListMeasure m;
        m.what = what;
        m.perItemMs = timeOf(query, &m.perItemRows);
        query.oneRowPerGroup = true;
        m.perGroupMs = timeOf(query, &m.perGroupRows);
        all.append(m);
    };
    const QList<std::pair<SearchSort, QString>> sorts = {
        {SearchSort::Newest, QStringLiteral("everything, newest first")},
        {SearchSort::MostViewed, QStringLiteral("everything, most viewed")},
        {SearchSort::MostLiked, QStringLiteral("everything, most liked")},
        {SearchSort::MostCommented, QStringLiteral("everything, most commented")},
        {SearchSort::Engagement, QStringLiteral("everything, engagement")},
    };
    for (const auto& [sort, what] : sorts) {
        SearchQuery everything;
        everything.sort = sort;
        add(what, everything);
    }
    SearchQuery word;
    word.text = QStringLiteral("ramen");
    add(QStringLiteral("one word, by relevance"), word);
    SearchQuery words = word;
    words.text = QStringLiteral("cozy ramen");
    add(QStringLiteral("two words, by relevance"), words);
    return all;
}

QString percent(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption seedsOption(QStringLiteral("seeds"),
                                         QStringLiteral("Sandbox seeds, comma-separated."),
                                         QStringLiteral("list"), QStringLiteral("42,7,2026"));
    const QCommandLineOption syncsOption(
        QStringLiteral("syncs"), QStringLiteral("Syncs after the first one on the 100,000-item library."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption perSyncOption(QStringLiteral("sync-items"),
                                           QStringLiteral("New items per sync (plus 5 edited titles)."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const test::BenchArguments args = test::parseBenchArguments(
        app,
        QStringLiteral(
            "Items per platform of the precision runs (the timing run has 33,334: 100,002 items)."),
        QStringLiteral("2000"), {seedsOption, syncsOption, perSyncOption});
    QTemporaryDir tmp;
    QList<Measure> runs;
    for (const QString& seed :
         args.value(QStringLiteral("seeds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        runs.append(measure(tmp.path(), 300, seed.toULongLong())); // the sandbox's default size
        runs.append(measure(tmp.path(), args.items, seed.toULongLong()));
    }
    const Measure big = measure(tmp.path(), 33334, 42);
    runs.append(big);
    const SyncMeasure syncs = measureSyncs(
        QDir(tmp.path()).filePath(QStringLiteral("groups-33334-42.sqlite")),
        args.value(QStringLiteral("syncs")).toInt(), args.value(QStringLiteral("sync-items")).toInt(), 5);
    const QList<ListMeasure> list =
        measureList(QDir(tmp.path()).filePath(QStringLiteral("groups-33334-42.sqlite")));

    QString report;
    QTextStream r(&report);
    r << "# Cross-posted clips: precision, recall and speed of the grouping rule\n\n"
      << "Pairs: a predicted pair is two items the rule put in one group; a true pair is two items of one "
         "of\n"
      << "the sandbox's cross-posted clips (SandboxData::crossPostClip). Exact: true clips whose group holds "
         "all\n"
      << "their items and nothing else. Near-miss slots: slots whose items look alike but are not one "
         "clip.\n\n"
      << "| items/platform | seed | items | clips | near-miss slots | true pairs | predicted | correct | "
         "precision "
         "| recall | exact groups | pairs compared | write (ms) | recompute (ms) | rule alone (ms) |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    qint64 truePairs = 0;
    qint64 predicted = 0;
    qint64 correct = 0;
    for (const Measure& m : std::as_const(runs)) {
        truePairs += m.truePairs;
        predicted += m.predictedPairs;
        correct += m.correctPairs;
        r << "| " << m.itemsPerPlatform << " | " << m.seed << " | " << m.items << " | " << m.trueClips
          << " | " << m.nearMissSlots << " | " << m.truePairs << " | " << m.predictedPairs << " | "
          << m.correctPairs << " | " << percent(m.precision()) << " | " << percent(m.recall()) << " | "
          << m.exactGroups << "/" << m.trueClips << " | " << m.pairsCompared << " | "
          << QString::number(m.writeMs, 'f', 0) << " | " << QString::number(m.refreshMs, 'f', 0) << " | "
          << QString::number(m.ruleMs, 'f', 0) << " |\n";
    }
    r << "\nAll runs: precision " << percent(predicted ? double(correct) / double(predicted) : 1.0)
      << ", recall " << percent(truePairs ? double(correct) / double(truePairs) : 1.0) << " (" << correct
      << " of " << predicted << " predicted pairs correct, " << correct << " of " << truePairs
      << " true pairs found).\n";
    for (const Measure& m : std::as_const(runs)) {
        for (const QString& f : m.falsePairs)
            r << "\n- false pair (" << m.itemsPerPlatform << "/" << m.seed << "): " << f;
        for (const QString& f : m.missedPairs)
            r << "\n- missed pair (" << m.itemsPerPlatform << "/" << m.seed << "): " << f;
    }
    r << "\n## Recomputes after a sync (" << big.items << " items)\n\n"
      << "The " << syncs.syncs * syncs.perSync
      << " newest items taken out (one recompute), then brought back " << syncs.perSync << " per sync with "
      << syncs.edits << " older titles edited, " << syncs.syncs
      << " syncs, the groups recomputed after each as SyncJob does; then every item recomputed (3 times).\n\n"
      << "| measure | ms |\n|---|---:|\n"
      << "| recompute after removing the newest items | " << QString::number(syncs.removeMs, 'f', 1) << " |\n"
      << "| recompute after a sync, median (wall) | " << QString::number(median(syncs.syncMs), 'f', 1)
      << " |\n"
      << "| recompute after a sync, max (wall) | "
      << QString::number(*std::max_element(syncs.syncMs.cbegin(), syncs.syncMs.cend()), 'f', 1) << " |\n"
      << "| recompute after a sync, median (thread CPU) | "
      << QString::number(median(syncs.syncCpuMs), 'f', 1) << " |\n"
      << "| items re-scored per sync, median | " << QString::number(median(syncs.regionItems), 'f', 0)
      << " |\n"
      << "| recompute of every item, median | " << QString::number(median(syncs.fullMs), 'f', 1) << " |\n\n"
      << "Each recompute after a sync only around the changed items: "
      << (syncs.allIncremental ? "yes" : "NO")
      << "; the same groups as a recompute of every item: " << (syncs.same ? "yes" : "NO") << ".\n";
    r << "\n## The content list, one row per group (" << big.items << " items)\n\n"
      << "A first page of 50 and its count (median of 5), each item its own row and one row per group as "
         "the app lists them.\n\n"
      << "| search | rows | ms | rows, one per group | ms, one per group |\n|---|---:|---:|---:|---:|\n";
    for (const ListMeasure& m : list)
        r << "| " << m.what << " | " << m.perItemRows << " | " << QString::number(m.perItemMs, 'f', 1)
          << " | " << m.perGroupRows << " | " << QString::number(m.perGroupMs, 'f', 1) << " |\n";
    r.flush();
    const QString outDir = QDir(args.buildDir).filePath(QStringLiteral("bench"));
    QDir().mkpath(outDir);
    QFile reportFile(QDir(outDir).filePath(QStringLiteral("groups-report.md")));
    if (reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reportFile.write(report.toUtf8());
    QTextStream(stdout) << report;
    return syncs.same && syncs.allIncremental ? 0 : 1;
}
