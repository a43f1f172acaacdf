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
    const test::BenchArguments args = test::parseBenchArguments(
        app,
        QStringLiteral(
            "Items per platform of the precision runs (the timing run has 33,334: 100,002 items)."),
        QStringLiteral("2000"), {seedsOption});
    QTemporaryDir tmp;
    QList<Measure> runs;
    for (const QString& seed :
         args.value(QStringLiteral("seeds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        runs.append(measure(tmp.path(), 300, seed.toULongLong())); // the sandbox's default size
        runs.append(measure(tmp.path(), args.items, seed.toULongLong()));
    }
    const Measure big = measure(tmp.path(), 33334, 42);
    runs.append(big);

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
    r << "\n";
    r.flush();
    const QString outDir = QDir(args.buildDir).filePath(QStringLiteral("bench"));
    QDir().mkpath(outDir);
    QFile reportFile(QDir(outDir).filePath(QStringLiteral("groups-report.md")));
    if (reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reportFile.write(report.toUtf8());
    QTextStream(stdout) << report;
    return 0;
}
