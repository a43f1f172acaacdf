// Library benchmark (not a ctest test): import speed, search latency against the raw-SQLite floor,
// and process start to first results in the GUI. Run with `cmake --build <build> --target bench-library`.
#include "library/FtsQuery.h"
#include "library/FtsRank.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryFileFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace sv;

namespace {

/// English words of creator-content titles and descriptions, most frequent first (function words, then
/// everyday words, then topic words: cooking, fitness, beauty, gaming, tech, music, art, travel...).
/// Ranked by this order, their frequencies follow Zipf's law (s = 1) like real text.
const char* const kEnglishWords =
    "the to and a of in my i you how with for is it this on we what your day new best first ever at from "
    "vs me our all about why get can make most one so up out no just not by be do when time part full "
    "easy real more like try 2024 2025 2023 top 10 5 3 100 life video last home world week go good big "
    "little old people things only every without before after year way made love into trying back really "
    "never need over tips guide will am under minutes hours days perfect ultimate simple quick beginner "
    "beginners secret secrets honest finally again episode live official update updates story storytime "
    "times mistakes ideas thing hacks hack review reviews reaction reacting challenge tutorial vlog "
    "vlogs routine morning night weekend summer winter spring autumn fall holiday christmas halloween "
    "birthday wedding family friends kids baby dog cat puppy kitten house apartment room kitchen garden "
    "car road trip city beach mountain island forest lake river ocean sea camping hiking travel "
    "travelling budget cheap expensive luxury free money rich poor job work office school college "
    "university study studying exam exams student teacher class lesson learn learning language english "
    "spanish french japanese korean german italian chinese words speaking cooking recipe recipes dinner "
    "lunch breakfast dessert cake bread pasta pizza burger chicken beef steak salad soup curry rice "
    "noodles ramen sushi tacos vegan vegetarian healthy meal prep baking cookies chocolate coffee tea "
    "smoothie cocktail grill barbecue knife sourdough air fryer fitness workout gym exercise training "
    "abs legs arms chest cardio yoga pilates stretching running marathon cycling swimming boxing weight "
    "loss muscle strength diet protein calisthenics makeup skincare beauty hair haircut hairstyle nails "
    "fashion outfit outfits style haul thrift shopping clothes shoes sneakers dress jacket lookbook grwm "
    "aesthetic gaming game games minecraft fortnite roblox zelda pokemon mario valorant league legends "
    "speedrun walkthrough gameplay lets play stream streaming highlights funny moments fails montage "
    "clutch ranked console controller pc build setup desk keyboard mouse monitor tech phone iphone "
    "android laptop camera lens drone headphones unboxing comparison specs battery apple samsung google "
    "software app apps coding programming python javascript web developer design tools ai music song "
    "songs cover covers guitar piano drums bass singing vocals beat producer remix album concert "
    "playlist lyrics acoustic practice chords art drawing painting sketch sketching watercolor digital "
    "illustration animation character portrait procreate pencil ink comic anime manga craft crafts diy "
    "woodworking sewing knitting crochet pottery photography photo photos editing lightroom film "
    "cinematic filmmaking youtube channel subscribers growth algorithm thumbnail content creator "
    "creators instagram tiktok reels shorts views dance dancing choreography trend trends prank comedy "
    "skit podcast interview talk advice motivation productivity habits minimalism organization cleaning "
    "declutter decor makeover renovation plants gardening houseplants flowers vegetables harvest farm "
    "chickens pets rescue adoption aquarium fish horse bird cars engine restoration detailing motorcycle "
    "bike bicycle electric tesla drive driving finance investing stocks crypto bitcoin saving budgeting "
    "side hustle business startup marketing science space planets stars physics chemistry biology "
    "experiment history documentary explained facts nature wildlife animals bears wolves sharks whales "
    "birds insects paris london tokyo seoul york rome bali iceland japan korea italy mexico thailand "
    "vietnam portugal spain greece canada australia california texas florida football soccer basketball "
    "baseball tennis golf skateboarding surfing snowboarding skiing climbing fishing hunting pregnancy "
    "parenting toddler newborn mom dad sister brother grandma minimal cozy relaxing asmr satisfying calm "
    "sleep meditation mental health anxiety ";

/// Words nobody searches for; never drawn as a query word.
const char* const kStopWords =
    "the to and a of in my i you how with for is it this on we what your at from vs me our all about why "
    "get can make so up out no just not by be do when one go into over will am every only ";

QStringList splitWords(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// The English vocabulary, most frequent first: the everyday words in their listed order (roughly by
/// frequency), then the topic words in a deterministic random order (no topic is favoured by the list).
QStringList makeEnglishVocabulary(std::mt19937_64& rng)
{
    QStringList all = splitWords(kEnglishWords);
    const qsizetype everyday = all.indexOf(QStringLiteral("cooking"));
    std::shuffle(all.begin() + everyday, all.end(), rng);
    all.removeDuplicates();
    return all;
}

/// Deterministic vocabulary of pronounceable pseudo-words (plus a few accented ones), ranked by frequency.
QStringList makeVocabulary(int size, std::mt19937_64& rng)
{
    static const char* onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "j",  "k",  "l",  "m",
                                   "n",  "p",  "r",  "s",  "t",  "v",  "w",  "z",  "br", "cr",
                                   "dr", "fl", "gr", "pl", "st", "tr", "sh", "ch", "th"};
    static const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
    static const char* codas[] = {"", "", "n", "r", "s", "t", "l", "m", "ck", "nd", "st", "ng"};
    QStringList words;
    QSet<QString> seen;
    const QStringList accented = {QStringLiteral("café"),     QStringLiteral("naïve"),
                                  QStringLiteral("jalapeño"), QStringLiteral("crème"),
                                  QStringLiteral("façade"),   QStringLiteral("über"),
                                  QStringLiteral("piñata"),   QStringLiteral("résumé"),
                                  QStringLiteral("señor"),    QStringLiteral("smörgås")};
    for (const QString& w : accented) {
        words.append(w);
        seen.insert(w);
    }
    std::uniform_int_distribution<int> syllables(1, 3);
    while (words.size() < size) {
        QString w;
        const int n = syllables(rng);
        for (int i = 0; i < n; ++i) {
            w += QLatin1String(onsets[rng() % std::size(onsets)]);
            w += QLatin1String(vowels[rng() % std::size(vowels)]);
            if (i == n - 1 || rng() % 3 == 0)
                w += QLatin1String(codas[rng() % std::size(codas)]);
        }
        if (w.size() >= 3 && !seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    }
    std::shuffle(words.begin(), words.end(), rng);
    return words;
}

/// Skew of the word frequencies in titles and descriptions (0 = uniform): natural text for the English
/// corpus, a flat distribution for the pseudo-words (the previous benchmark's corpus).
constexpr double kZipfEnglish = 1.0;
constexpr double kZipfPseudo = 0.3;

/// Zipf-distributed rank sampler.
class Zipf
{
public:
    Zipf(int n, double s)
    {
        m_cdf.resize(size_t(n));
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            sum += 1.0 / std::pow(i + 1, s);
            m_cdf[size_t(i)] = sum;
        }
        for (double& v : m_cdf)
            v /= sum;
    }
    int operator()(std::mt19937_64& rng) const
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

QString sentence(const QStringList& vocab, const Zipf& zipf, std::mt19937_64& rng, int minWords, int maxWords,
                 bool capitalise)
{
    const int n = std::uniform_int_distribution<int>(minWords, maxWords)(rng);
    QStringList w;
    for (int i = 0; i < n; ++i)
        w.append(vocab.at(zipf(rng)));
    QString s = w.join(QLatin1Char(' '));
    if (capitalise && !s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QList<ContentItem> makeLibrary(int count, const QStringList& vocab, double zipfExponent, std::mt19937_64& rng)
{
    const Zipf zipf(int(vocab.size()), zipfExponent);
    QList<ContentItem> items;
    items.reserve(count);
    const qint64 start = QDateTime(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    std::lognormal_distribution<double> views(8.0, 2.0);
    for (int i = 0; i < count; ++i) {
        ContentItem item;
        const int p = int(rng() % 10);
        item.platform = p < 5 ? Platform::YouTube : p < 8 ? Platform::Instagram : Platform::TikTok;
        item.account = QStringLiteral("%1-creator-%2").arg(platformId(item.platform)).arg(rng() % 10);
        item.externalId = QStringLiteral("ext-%1").arg(i, 7, 10, QLatin1Char('0'));
        item.title = sentence(vocab, zipf, rng, 3, 10, true);
        if (rng() % 20 == 0)
            item.title += QStringLiteral(" 🎉");
        item.description = sentence(vocab, zipf, rng, 8, 40, true) + QLatin1Char('.');
        item.url =
            QStringLiteral("https://example.com/%1/%2").arg(platformId(item.platform), item.externalId);
        item.thumbnailUrl = item.url + QStringLiteral("/thumb.jpg");
        switch (item.platform) {
        case Platform::YouTube:
            item.kind = rng() % 3 == 0 ? QStringLiteral("short") : QStringLiteral("video");
            break;
        case Platform::Instagram:
            item.kind = rng() % 2 == 0 ? QStringLiteral("reel") : QStringLiteral("image");
            break;
        case Platform::TikTok:
            item.kind = QStringLiteral("video");
            break;
        }
        item.publishedAt =
            QDateTime::fromSecsSinceEpoch(std::uniform_int_distribution<qint64>(start, end)(rng), Qt::UTC);
        item.durationS = std::uniform_int_distribution<qint64>(5, 3600)(rng);
        item.views = qint64(views(rng));
        item.likes = item.views / std::uniform_int_distribution<qint64>(10, 50)(rng);
        item.comments = item.likes / std::uniform_int_distribution<qint64>(5, 20)(rng);
        items.append(item);
    }
    return items;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double mean = 0;
    double max = 0;
};

Stats summarise(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p99 = v[std::min(v.size() - 1, size_t(std::ceil(0.99 * double(v.size()))) - 1)];
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    s.max = v.back();
    return s;
}

/// The floor: the ranked page with FTS5's own bm25(), as raw SQL through the C API (what
/// LibraryDatabase::search ran before it ranked with FtsRank's sv_bm25, which must give the same pages).
class RawFloor
{
public:
    explicit RawFloor(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(m_db, "PRAGMA cache_size = -16384", nullptr, nullptr, nullptr);
        const char* page =
            "SELECT c.id, c.platform, c.account, c.external_id, c.title, c.description, c.url, "
            "c.thumbnail_url, "
            "c.kind, c.published_at, c.duration_s, c.views, c.likes, c.comments, c.synced_at "
            "FROM (SELECT rowid AS id, bm25(content_fts, 10.0, 1.0) AS r FROM content_fts "
            "WHERE content_fts MATCH ?1 ORDER BY r LIMIT ?2) m JOIN content c ON c.id = m.id ORDER BY m.r";
        const char* count = "SELECT count(*) FROM content_fts WHERE content_fts MATCH ?1";
        // Candidate strategy (evaluated, not used by search()): rank only the rows whose title holds
        // every word, by the same full bm25; fall back to the full ranking when they are fewer than
        // the page. Exact only if every such row outranks every other row, hence the check.
        const char* titleFirst = "SELECT rowid FROM content_fts WHERE content_fts MATCH ?1 AND +rowid IN "
                                 "(SELECT rowid FROM content_fts WHERE content_fts MATCH ?3) "
                                 "ORDER BY bm25(content_fts, 10.0, 1.0), rowid LIMIT ?2";
        const char* ids = "SELECT rowid FROM content_fts WHERE content_fts MATCH ?1 "
                          "ORDER BY bm25(content_fts, 10.0, 1.0), rowid LIMIT ?2";
        sqlite3_prepare_v3(m_db, page, -1, SQLITE_PREPARE_PERSISTENT, &m_page, nullptr);
        sqlite3_prepare_v3(m_db, count, -1, SQLITE_PREPARE_PERSISTENT, &m_count, nullptr);
        sqlite3_prepare_v3(m_db, titleFirst, -1, SQLITE_PREPARE_PERSISTENT, &m_titleFirst, nullptr);
        sqlite3_prepare_v3(m_db, ids, -1, SQLITE_PREPARE_PERSISTENT, &m_ids, nullptr);
    }

    /// The ids of the first page by the full ranking.
    std::vector<qint64> fullPage(const QByteArray& match, int limit)
    {
        return collect(m_ids, match, limit, {});
    }

    /// The ids of the first page by the title-first strategy.
    std::vector<qint64> titleFirstPage(const QByteArray& match, int limit)
    {
        const QByteArray titleMatch = "{title} : (" + match + ")";
        std::vector<qint64> page = collect(m_titleFirst, match, limit, titleMatch);
        if (page.size() < size_t(limit))
            page = collect(m_ids, match, limit, {});
        return page;
    }
    ~RawFloor()
    {
        sqlite3_finalize(m_page);
        sqlite3_finalize(m_count);
        sqlite3_finalize(m_titleFirst);
        sqlite3_finalize(m_ids);
        sqlite3_close(m_db);
    }
    bool ok() const { return m_page && m_count && m_titleFirst && m_ids; }

    /// Returns the rows of the page; also counts all matches when the page is full (as search() does).
    int run(const QByteArray& match, int limit, qint64* total)
    {
        sqlite3_bind_text(m_page, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(m_page, 2, limit);
        int rows = 0;
        while (sqlite3_step(m_page) == SQLITE_ROW) {
            for (int c = 0; c < 15; ++c)
                sqlite3_column_text(m_page, c);
            ++rows;
        }
        sqlite3_reset(m_page);
        *total = rows;
        if (rows == limit) {
            sqlite3_bind_text(m_count, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            if (sqlite3_step(m_count) == SQLITE_ROW)
                *total = sqlite3_column_int64(m_count, 0);
            sqlite3_reset(m_count);
        }
        return rows;
    }

private:
    static std::vector<qint64> collect(sqlite3_stmt* st, const QByteArray& match, int limit,
                                       const QByteArray& titleMatch)
    {
        std::vector<qint64> ids;
        sqlite3_bind_text(st, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(st, 2, limit);
        if (!titleMatch.isEmpty())
            sqlite3_bind_text(st, 3, titleMatch.constData(), int(titleMatch.size()), SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(st, 0));
        sqlite3_reset(st);
        return ids;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_titleFirst = nullptr;
    sqlite3_stmt* m_ids = nullptr;
    sqlite3_stmt* m_page = nullptr;
    sqlite3_stmt* m_count = nullptr;
};

/// CPU time of the calling thread in ms (the machine may be shared: wall time includes waiting for a CPU).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QString fmt(double v, int prec = 2)
{
    return QString::number(v, 'f', prec);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("StreamVibe library benchmark"));
    parser.addHelpOption();
    const QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Items to generate."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("Queries to run."),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption buildOpt(QStringLiteral("build-dir"), QStringLiteral("The build directory."),
                                      QStringLiteral("dir"), QStringLiteral(STREAMVIBE_BENCH_BUILD_DIR));
    const QCommandLineOption guiOpt(
        QStringLiteral("gui"), QStringLiteral("The GUI executable (default <build>/app/gui/streamvibe)."),
        QStringLiteral("path"));
    const QCommandLineOption corpusOpt(
        QStringLiteral("corpus"),
        QStringLiteral("english (English creator-content words, Zipf s=1, queries weighted by frequency) "
                       "or pseudo (the earlier 4,000 pseudo-words, Zipf s=0.3, uniform queries)."),
        QStringLiteral("name"), QStringLiteral("english"));
    parser.addOptions({itemsOpt, queriesOpt, buildOpt, guiOpt, corpusOpt});
    parser.process(app);

    const int itemCount = parser.value(itemsOpt).toInt();
    const int queryCount = parser.value(queriesOpt).toInt();
    const QString buildDir = parser.value(buildOpt);
    const QString outDir = QDir(buildDir).filePath(QStringLiteral("bench"));
    const QString profileDir = QDir(outDir).filePath(QStringLiteral("profile"));
    QDir().mkpath(profileDir);
    const QString jsonPath = QDir(outDir).filePath(QStringLiteral("library-100k.json"));
    const QString dbPath = QDir(profileDir).filePath(QStringLiteral("library.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);

    QTextStream err(stderr);
    std::mt19937_64 rng(20261125);
    const bool english = parser.value(corpusOpt) != QLatin1String("pseudo");
    const QStringList vocab = english ? makeEnglishVocabulary(rng) : makeVocabulary(4000, rng);
    const double zipfExponent = english ? kZipfEnglish : kZipfPseudo;

    // 1. Generate and write the JSON file.
    err << "generating " << itemCount << " items...\n";
    err.flush();
    QElapsedTimer t;
    t.start();
    const QList<ContentItem> items = makeLibrary(itemCount, vocab, zipfExponent, rng);
    {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly)) {
            err << "cannot write " << jsonPath << "\n";
            return 1;
        }
        LibraryFileFormat::Writer writer(out, ExportFormat::Json);
        writer.begin();
        for (const ContentItem& item : items)
            writer.write(item);
        writer.finish();
    }
    const double genMs = double(t.elapsed());
    const qint64 jsonBytes = QFileInfo(jsonPath).size();

    // 2. Import.
    LibraryDatabase db;
    if (const auto opened = db.open(dbPath); !opened) {
        err << "open failed: " << opened.error().message << "\n";
        return 1;
    }
    double parseMs = 0;
    {
        // Breakdown only: how much of the import is reading + parsing + validating the JSON.
        QFile f(jsonPath);
        f.open(QIODevice::ReadOnly);
        QElapsedTimer pt;
        pt.start();
        const auto parsed = LibraryFileFormat::parseJson(f.readAll());
        parseMs = double(pt.nsecsElapsed()) / 1e6;
        if (!parsed) {
            err << "parse failed: " << parsed.error().message << "\n";
            return 1;
        }
    }
    QFile in(jsonPath);
    in.open(QIODevice::ReadOnly);
    t.restart();
    const std::clock_t cpuStart = std::clock();
    const auto imported = db.importFrom(in, ExportFormat::Json);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    const double importCpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (!imported) {
        err << "import failed: " << imported.error().message << "\n";
        return 1;
    }
    const double itemsPerSecond = double(*imported) / (importMs / 1000.0);
    err << "imported " << *imported << " items in " << fmt(importMs, 0) << " ms (parse alone "
        << fmt(parseMs, 0) << " ms)\n";
    err.flush();

    // 3. Queries: half one word, half two words.
    //    english: words a user would search for (any corpus word but the stop words), drawn with their
    //    corpus frequency; for half of the queries the last word is still being typed (cut to 3 to
    //    length-1 letters). pseudo: words drawn uniformly from the vocabulary, typed in full.
    //    In both, search() treats the last word as a prefix (search-as-you-type).
    std::mt19937_64 qrng(7);
    QStringList queries;
    QStringList searchable;
    std::vector<double> weights;
    {
        const QStringList stop = splitWords(kStopWords);
        for (qsizetype i = 0; i < vocab.size(); ++i) {
            if (stop.contains(vocab.at(i)))
                continue;
            searchable.append(vocab.at(i));
            weights.push_back(1.0 / std::pow(double(i + 1), zipfExponent));
        }
    }
    std::discrete_distribution<int> byFrequency(weights.begin(), weights.end());
    int partialQueries = 0;
    for (int i = 0; i < queryCount; ++i) {
        const auto pick = [&] {
            return english ? searchable.at(byFrequency(qrng)) : vocab.at(int(qrng() % quint64(vocab.size())));
        };
        QString text = i % 2 == 0 ? pick() : pick() + QLatin1Char(' ') + pick();
        if (english && (i / 2) % 2 == 1) {
            const qsizetype lastStart = text.lastIndexOf(QLatin1Char(' ')) + 1;
            const qsizetype len = text.size() - lastStart;
            if (len > 3) {
                text.truncate(lastStart + std::uniform_int_distribution<qsizetype>(3, len - 1)(qrng));
                ++partialQueries;
            }
        }
        queries.append(text);
    }
    RawFloor floor(dbPath);
    if (!floor.ok()) {
        err << "cannot prepare the raw SQL\n";
        return 1;
    }
    struct Slow
    {
        double ms;
        QString text;
        qint64 total;
    };
    std::vector<Slow> slowest;
    std::vector<double> ours;
    std::vector<double> raw;
    std::vector<double> oursCpu;
    std::vector<double> fullIdsCpu;
    std::vector<double> titleFirstCpu;
    qint64 titleFirstMismatches = 0;
    std::vector<double> rawCpu;
    qint64 mismatches = 0;
    qint64 pageMismatches = 0; // first pages of search() differing from bm25's, by ids in order
    qint64 hitQueries = 0;
    const int warmup = std::min(50, queryCount);
    for (int i = 0; i < queryCount + warmup; ++i) {
        const QString text = queries.at(i % queryCount);
        SearchQuery q;
        q.text = text;
        q.limit = 50;
        QElapsedTimer qt;
        double cpu0 = threadCpuMs();
        qt.start();
        const auto result = db.search(q);
        const double oursMs = double(qt.nsecsElapsed()) / 1e6;
        const double oursCpuMs = threadCpuMs() - cpu0;
        if (!result) {
            err << "search failed: " << result.error().message << "\n";
            return 1;
        }
        const QByteArray match = FtsQuery::matchExpression(text).toUtf8();
        cpu0 = threadCpuMs();
        qt.restart();
        qint64 rawTotal = 0;
        floor.run(match, 50, &rawTotal);
        const double rawMs = double(qt.nsecsElapsed()) / 1e6;
        const double rawCpuMs = threadCpuMs() - cpu0;
        cpu0 = threadCpuMs();
        const std::vector<qint64> fullIds = floor.fullPage(match, 50);
        const double fullIdsCpuMs = threadCpuMs() - cpu0;
        cpu0 = threadCpuMs();
        const std::vector<qint64> titleIds = floor.titleFirstPage(match, 50);
        const double titleCpuMs = threadCpuMs() - cpu0;
        if (i < warmup)
            continue;
        ours.push_back(oursMs);
        oursCpu.push_back(oursCpuMs);
        fullIdsCpu.push_back(fullIdsCpuMs);
        titleFirstCpu.push_back(titleCpuMs);
        if (fullIds != titleIds)
            ++titleFirstMismatches;
        std::vector<qint64> ourIds;
        for (const ContentItem& item : result->items)
            ourIds.push_back(item.id);
        if (ourIds != fullIds)
            ++pageMismatches;
        rawCpu.push_back(rawCpuMs);
        slowest.push_back({oursMs, text, result->total});
        raw.push_back(rawMs);
        if (rawTotal != result->total)
            ++mismatches;
        if (result->total > 0)
            ++hitQueries;
    }
    const Stats so = summarise(ours);
    const quint64 lengthLoads = FtsRank::lengthLoads();
    std::sort(slowest.begin(), slowest.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });

    // The ranking keeps the rows' lengths in memory for one version of the file: the first large
    // ranked search after a write reloads them. Measured once after updating one item's title.
    double afterWriteMs = 0;
    double afterWriteAgainMs = 0;
    bool afterWriteSame = false;
    if (!slowest.empty()) {
        ContentItem changed = items.first();
        changed.title += QStringLiteral(" again");
        if (!db.upsert({changed})) {
            err << "upsert failed\n";
            return 1;
        }
        SearchQuery q;
        q.text = slowest.front().text;
        q.limit = 50;
        QElapsedTimer wt;
        wt.start();
        const auto first = db.search(q);
        afterWriteMs = double(wt.nsecsElapsed()) / 1e6;
        wt.restart();
        const auto again = db.search(q);
        afterWriteAgainMs = double(wt.nsecsElapsed()) / 1e6;
        std::vector<qint64> ids;
        for (const ContentItem& item : first ? first->items : QList<ContentItem>())
            ids.push_back(item.id);
        afterWriteSame =
            first && again && ids == floor.fullPage(FtsQuery::matchExpression(q.text).toUtf8(), 50);
    }
    slowest.resize(std::min<size_t>(slowest.size(), 5));
    const Stats sr = summarise(raw);
    const Stats soc = summarise(oursCpu);
    const Stats src = summarise(rawCpu);
    const Stats sfi = summarise(fullIdsCpu);
    const Stats stf = summarise(titleFirstCpu);

    // 4. Process start to first results in the GUI.
    QString firstResults = QStringLiteral("not measured (the GUI executable does not exist yet)");
    const QString gui = parser.isSet(guiOpt) ? parser.value(guiOpt)
                                             : QDir(buildDir).filePath(QStringLiteral("app/gui/streamvibe"));
    db.close();
    if (QFileInfo(gui).isExecutable()) {
        std::vector<double> inside;
        std::vector<double> wall;
        QString failure;
        for (int run = 0; run < 5; ++run) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QElapsedTimer wt;
            wt.start();
            p.start(gui, {QStringLiteral("--profile"), profileDir,
                          QStringLiteral("--benchmark-first-results"), queries.at(run)});
            if (!p.waitForFinished(60000)) {
                p.kill();
                p.waitForFinished();
                failure = QStringLiteral("the GUI did not exit within 60 s");
                break;
            }
            const double wallMs = double(wt.nsecsElapsed()) / 1e6;
            const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            const auto m =
                QRegularExpression(QStringLiteral("first-results-ms:\\s*(\\d+(?:\\.\\d+)?)")).match(output);
            if (!m.hasMatch()) {
                failure = QStringLiteral("no `first-results-ms:` line (exit code %1)").arg(p.exitCode());
                break;
            }
            inside.push_back(m.captured(1).toDouble());
            wall.push_back(wallMs);
        }
        if (!failure.isEmpty()) {
            firstResults = QStringLiteral("not measured (%1)").arg(failure);
        } else {
            const Stats si = summarise(inside);
            const Stats sw = summarise(wall);
            firstResults =
                QStringLiteral("%1 ms median as reported by the app (`first-results-ms`), %2 ms median "
                               "wall time including process exit, 5 runs")
                    .arg(fmt(si.median, 0), fmt(sw.median, 0));
        }
    }

    const double ratio = sr.median > 0 ? so.median / sr.median : 0;
    const bool importOk = itemsPerSecond >= 35000;
    const bool p99Ok = so.p99 < 10.0;
    const bool ratioOk = ratio <= 1.5;
    const auto verdict = [](bool ok) {
        return ok ? QStringLiteral("PASS") : QStringLiteral("FAIL");
    };

    QString report;
    QTextStream r(&report);
    r << "# Library benchmark\n\n";
    r << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    r << "- Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture()
      << ", SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << "\n";
    r << "- Library: " << itemCount << " generated items (vocabulary of " << vocab.size()
      << (english ? " English words" : " pseudo-words") << ", Zipf s=" << zipfExponent
      << "; titles 3-10 words, descriptions 8-40 words; 3 platforms, 30 accounts, 2018-2025), JSON "
      << fmt(double(jsonBytes) / 1048576.0, 1) << " MiB, generated in " << fmt(genMs, 0) << " ms\n";
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QString load = loadFile.open(QIODevice::ReadOnly)
                             ? QString::fromLatin1(loadFile.readAll()).section(QLatin1Char(' '), 0, 2)
                             : QStringLiteral("unknown");
    r << "- CPUs: " << QThread::idealThreadCount() << ", load average at the end of the run: " << load
      << "\n";
    r << "- Database file after import: " << fmt(double(QFileInfo(dbPath).size()) / 1048576.0, 1)
      << " MiB\n\n";
    r << "| Measure | Result | Target | |\n|---|---|---|---|\n";
    r << "| Import (LibraryDatabase::importFrom, JSON, parse + validate + write) | " << fmt(importMs, 0)
      << " ms = " << fmt(itemsPerSecond, 0) << " items/s | >= 35,000 items/s | " << verdict(importOk)
      << " |\n";
    r << "| Import CPU time (the wall time above includes waiting for a shared CPU) | " << fmt(importCpuMs, 0)
      << " ms = " << fmt(double(*imported) / (importCpuMs / 1000.0), 0) << " items per CPU-second | | |\n";
    r << "| of which reading + parsing + validating the JSON (measured separately) | " << fmt(parseMs, 0)
      << " ms | | |\n";
    r << "| Search, LibraryDatabase::search (first page of 50 + total), median | " << fmt(so.median, 3)
      << " ms | <= 1.5x floor | " << verdict(ratioOk) << " (" << fmt(ratio, 2) << "x) |\n";
    r << "| Search, LibraryDatabase::search, p99 | " << fmt(so.p99, 3) << " ms | < 10 ms | " << verdict(p99Ok)
      << " |\n";
    r << "| Search, LibraryDatabase::search, mean / max | " << fmt(so.mean, 3) << " / " << fmt(so.max, 3)
      << " ms | | |\n";
    r << "| Floor: raw FTS5 bm25() page + count through the sqlite3 C API, median / p99 / max | "
      << fmt(sr.median, 3) << " / " << fmt(sr.p99, 3) << " / " << fmt(sr.max, 3) << " ms | | |\n";
    r << "| Search CPU time (thread), LibraryDatabase::search, median / p99 / max | " << fmt(soc.median, 3)
      << " / " << fmt(soc.p99, 3) << " / " << fmt(soc.max, 3) << " ms | | |\n";
    r << "| Search CPU time (thread), floor, median / p99 / max | " << fmt(src.median, 3) << " / "
      << fmt(src.p99, 3) << " / " << fmt(src.max, 3) << " ms | | |\n";
    r << "| Evaluated, not used: ranked ids only (full bm25), CPU median / p99 / max | " << fmt(sfi.median, 3)
      << " / " << fmt(sfi.p99, 3) << " / " << fmt(sfi.max, 3) << " ms | | |\n";
    r << "| Evaluated, not used: title-first ranking (same bm25 over title hits, fallback), CPU median / "
         "p99 / max | "
      << fmt(stf.median, 3) << " / " << fmt(stf.p99, 3) << " / " << fmt(stf.max, 3) << " ms; first pages "
      << "differing from the full ranking: " << titleFirstMismatches << " of " << ours.size() << " | | |\n";
    r << "| First pages of search() differing from bm25 (raw SQL `ORDER BY bm25(content_fts, 10.0, 1.0), "
         "rowid LIMIT 50`) | "
      << pageMismatches << " of " << ours.size() << " | 0 | " << verdict(pageMismatches == 0) << " |\n";
    if (!slowest.empty())
        r << "| Slowest query (`" << slowest.front().text
          << "`) right after a write (reloads the row lengths) / "
          << "again | " << fmt(afterWriteMs, 3) << " / " << fmt(afterWriteAgainMs, 3)
          << " ms; first page as bm25's: " << (afterWriteSame ? "yes" : "NO") << " | | |\n";
    r << "| Process start to first page of results (GUI, offscreen) | " << firstResults << " | | |\n\n";
    r << queryCount << " queries (half one word, half two words; "
      << (english ? QStringLiteral("words drawn from the corpus words minus %1 stop words, weighted by their "
                                   "frequency; in %2 queries the last word is cut to 3..length-1 letters as "
                                   "if still being typed")
                        .arg(splitWords(kStopWords).size())
                        .arg(partialQueries)
                  : QStringLiteral("each word drawn uniformly from the vocabulary, typed in full"))
      << "; search() treats the last word as a prefix), " << hitQueries << " with matches, " << warmup
      << " warm-up queries not counted; totals differing from the floor: " << mismatches
      << "; the ranking loaded the rows' lengths " << lengthLoads
      << " time(s) during the queries (warm-up included).\n\n";
    r << "Slowest queries: ";
    for (size_t i = 0; i < slowest.size(); ++i)
        r << (i ? ", " : "") << "`" << slowest[i].text << "` " << fmt(slowest[i].ms, 1) << " ms ("
          << slowest[i].total << " matches)";
    r << ".\n\n";
    r << "Reproduce: `cmake --build <build> --target bench-library` (or run "
         "`<build>/tests/bench/bench_library "
         "--build-dir <build>`); the report is written to `<build>/bench/library-report.md`.\n";
    r.flush();

    QFile reportFile(QDir(outDir).filePath(QStringLiteral("library-report.md")));
    if (reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reportFile.write(report.toUtf8());
    QTextStream(stdout) << report;
    return (importOk && p99Ok && ratioOk && mismatches == 0 && pageMismatches == 0 && afterWriteSame) ? 0 : 2;
}
