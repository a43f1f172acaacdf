#include "LibraryTestUtil.h"
#include "TestSupport.h"

#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace sv;
using namespace sv::test;

/// The same clip cross-posted on YouTube, TikTok and Instagram seen as one: the rule on its edge cases,
/// and the groups kept in the library file with the creator's decisions across re-syncs.
class TestClipGroups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(18, 0), Qt::UTC);

    static ClipCandidate candidate(Platform platform, const QString& text, std::optional<qint64> durationMs,
                                   const QDateTime& at)
    {
        ClipCandidate c;
        c.platform = platform;
        c.account = QStringLiteral("acc");
        c.text = text;
        c.durationMs = durationMs;
        c.publishedAt = at;
        return c;
    }

    ContentItem clip(Platform platform, const QString& externalId, const QString& title, qint64 durationS,
                     qint64 hoursAfter) const
    {
        ContentItem item = makeItem(externalId, title, {}, platform);
        item.durationS = durationS;
        item.publishedAt = m_t0.addSecs(hoursAfter * 3600);
        return item;
    }

    QString newFile() { return m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_files)); }

    static void open(LibraryDatabase& db, const QString& file)
    {
        const auto opened = db.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    }

    static QStringList memberIds(const ClipGroup& g)
    {
        QStringList ids;
        for (const ContentItem& item : g.members)
            ids.append(item.externalId);
        return ids;
    }

    /// The groups as stored: manual or not, score, members by platform and id.
    static QStringList storedGroups(LibraryDatabase& db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT g.id, g.manual, g.score, m.platform || ':' || m.external_id FROM "
                                   "clip_groups g JOIN clip_group_members m ON m.group_id = g.id")))
            return {};
        QMap<qint64, QStringList> members;
        QMap<qint64, QString> head;
        while (q.next()) {
            members[q.value(0).toLongLong()].append(q.value(3).toString());
            head[q.value(0).toLongLong()] = QStringLiteral("%1 %2 ").arg(
                q.value(1).toString(), QString::number(q.value(2).toDouble(), 'g', 17));
        }
        QStringList all;
        for (auto it = members.begin(); it != members.end(); ++it) {
            std::sort(it->begin(), it->end());
            all.append(head.value(it.key()) + it->join(QLatin1Char(',')));
        }
        std::sort(all.begin(), all.end());
        return all;
    }

    static QList<QStringList> groupIds(LibraryDatabase& db)
    {
        const auto groups = ClipGroups::list(db);
        if (!groups) {
            qWarning("%s", qPrintable(groups.error().message));
            return {};
        }
        QList<QStringList> all;
        for (const ClipGroup& g : groups.value())
            all.append(memberIds(g));
        std::sort(all.begin(), all.end());
        return all;
    }

    /// A pasta clip on three platforms, a ramen clip on two and a lone item.
    QList<ContentItem> library() const
    {
        return {clip(Platform::YouTube, QStringLiteral("yt-pasta"),
                     QStringLiteral("The pasta hack you NEED to try! #shorts"), 31, 0),
                clip(Platform::TikTok, QStringLiteral("tt-pasta"),
                     QStringLiteral("pasta hack you need to try 🍝 #foodtok"), 30, 5),
                clip(Platform::Instagram, QStringLiteral("ig-pasta"),
                     QStringLiteral("The pasta hack you need to try ✨ @chef"), 0, 30),
                clip(Platform::YouTube, QStringLiteral("yt-ramen"),
                     QStringLiteral("Crispy ramen in 5 minutes"), 45, 200),
                clip(Platform::TikTok, QStringLiteral("tt-ramen"),
                     QStringLiteral("crispy RAMEN in 5 minutes!!"), 45, 220),
                clip(Platform::TikTok, QStringLiteral("tt-other"), QStringLiteral("Studio tour"), 50, 400)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- the rule -----------------------------------------------------------------------------------

    void wordsAreNormalised()
    {
        QCOMPARE(ClipRule::words(QStringLiteral("Café CRÈME — don't stop!! #pasta @chef 🍝 Niño")),
                 (QStringList{QStringLiteral("cafe"), QStringLiteral("creme"), QStringLiteral("dont"),
                              QStringLiteral("stop"), QStringLiteral("nino")}));
        QVERIFY(ClipRule::words(QStringLiteral("🍝🔥✨")).isEmpty());
    }

    void durationsOneSecondApartMatchButNotOnePointZeroOne()
    {
        const auto yt = candidate(Platform::YouTube, QStringLiteral("Pasta night recipe"), 30000, m_t0);
        const auto tt1 = candidate(Platform::TikTok, QStringLiteral("pasta night recipe"), 31000, m_t0);
        const auto tt2 = candidate(Platform::TikTok, QStringLiteral("pasta night recipe"), 31010, m_t0);
        const ClipMatch second = ClipRule::compare(yt, tt1);
        QVERIFY2(second.matched(), qPrintable(second.explanation()));
        QCOMPARE(*second.durationGapMs, 1000);
        const ClipMatch more = ClipRule::compare(yt, tt2);
        QCOMPARE(more.verdict, ClipMatch::Verdict::DurationDiffers);
        QCOMPARE(more.verdictId(), QStringLiteral("duration_differs"));
        QVERIFY2(more.explanation().contains(QLatin1String("more than 1 s")), qPrintable(more.explanation()));
    }

    void explanationsUseTheLocaleDecimal()
    {
        const auto yt = candidate(Platform::YouTube, QStringLiteral("Pasta night recipe"), 30000, m_t0);
        const auto tt = candidate(Platform::TikTok, QStringLiteral("pasta night recipe"), 31000,
                                  m_t0.addSecs(21 * 3600 + 36 * 60));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = ClipRule::compare(yt, tt).explanation();
        QLocale::setDefault(before);
        QVERIFY2(german.contains(QLatin1String("1,0 s")) && german.contains(QLatin1String("21,6 h")),
                 qPrintable(german));
        const QString english = ClipRule::compare(yt, tt).explanation();
        QVERIFY2(english.contains(QLatin1String("1.0 s")) && english.contains(QLatin1String("21.6 h")),
                 qPrintable(english));
    }

    void publishTimes72HoursApartMatchButNotOneMinuteMore()
    {
        const auto yt = candidate(Platform::YouTube, QStringLiteral("Pasta night recipe"), 30000, m_t0);
        const auto at72 =
            candidate(Platform::TikTok, QStringLiteral("Pasta night recipe"), 30000, m_t0.addSecs(72 * 3600));
        const auto after = candidate(Platform::TikTok, QStringLiteral("Pasta night recipe"), 30000,
                                     m_t0.addSecs(72 * 3600 + 60));
        QVERIFY(ClipRule::compare(yt, at72).matched());
        QCOMPARE(ClipRule::compare(after, yt).verdict, ClipMatch::Verdict::TooFarApart);
        // group() uses the same window.
        QCOMPARE(ClipRule::group({yt, at72}).groups.size(), 1);
        QCOMPARE(ClipRule::group({yt, after}).groups.size(), 0);
    }

    void emojiOnlyCaptionsMatchOnlyTheSameEmoji()
    {
        const auto yt = candidate(Platform::YouTube, QStringLiteral("🍝🔥"), 20000, m_t0);
        const auto same =
            candidate(Platform::TikTok, QStringLiteral("🍝 🔥️ #fyp"), 20000, m_t0.addSecs(3600));
        const auto other = candidate(Platform::TikTok, QStringLiteral("🎸🎶"), 20000, m_t0);
        const auto words = candidate(Platform::TikTok, QStringLiteral("Pasta 🍝🔥"), 20000, m_t0);
        const auto nothing = candidate(Platform::TikTok, QStringLiteral("!!! …"), 20000, m_t0);
        QCOMPARE(ClipRule::compare(yt, same).verdict, ClipMatch::Verdict::Match);
        QCOMPARE(ClipRule::compare(yt, other).verdict, ClipMatch::Verdict::TextDiffers);
        QCOMPARE(ClipRule::compare(yt, words).verdict, ClipMatch::Verdict::TextDiffers);
        QCOMPARE(ClipRule::compare(yt, nothing).verdict, ClipMatch::Verdict::NoWords);
        QCOMPARE(ClipRule::compare(nothing, nothing).verdict, ClipMatch::Verdict::SamePlatform);
    }

    void missingDurationNeedsACloserTitle()
    {
        const auto yt =
            candidate(Platform::YouTube, QStringLiteral("The pasta hack you need to try"), 30000, m_t0);
        const auto close = candidate(Platform::Instagram, QStringLiteral("pasta hack you need to try ✨"),
                                     std::nullopt, m_t0);
        const auto loose = candidate(Platform::Instagram, QStringLiteral("pasta hack you need to see today"),
                                     std::nullopt, m_t0);
        const auto looseTimed =
            candidate(Platform::TikTok, QStringLiteral("pasta hack you need to see today"), 30000, m_t0);
        const ClipMatch m = ClipRule::compare(yt, close);
        QVERIFY2(m.matched(), qPrintable(m.explanation()));
        QVERIFY(!m.durationGapMs);
        QVERIFY2(m.explanation().contains(QLatin1String("duration unknown")), qPrintable(m.explanation()));
        // 5 of 9 words (0.56): not enough without a duration (0.8), nor with one (0.6).
        QCOMPARE(ClipRule::compare(yt, loose).verdict, ClipMatch::Verdict::TextDiffers);
        QCOMPARE(ClipRule::compare(yt, looseTimed).verdict, ClipMatch::Verdict::TextDiffers);
        const auto undated =
            candidate(Platform::TikTok, QStringLiteral("The pasta hack you need to try"), 30000, {});
        QCOMPARE(ClipRule::compare(yt, undated).verdict, ClipMatch::Verdict::NoPublishTime);
    }

    void samePlatformTwiceKeepsOnlyTheBetterOne()
    {
        const auto yt = candidate(Platform::YouTube, QStringLiteral("Pasta night recipe"), 30000, m_t0);
        const auto ttClose =
            candidate(Platform::TikTok, QStringLiteral("pasta night recipe"), 30000, m_t0.addSecs(3600));
        const auto ttFar = candidate(Platform::TikTok, QStringLiteral("pasta night recipe!"), 31000,
                                     m_t0.addSecs(40 * 3600));
        QCOMPARE(ClipRule::compare(ttClose, ttFar).verdict, ClipMatch::Verdict::SamePlatform);
        // Two TikTok accounts posted it (one account twice would make the title generic).
        auto otherAccount = ttFar;
        otherAccount.account = QStringLiteral("second-account");
        QVERIFY(ClipRule::compare(yt, otherAccount).matched());
        const ClipRule::Grouping g = ClipRule::group({yt, otherAccount, ttClose});
        QCOMPARE(g.groups.size(), 1);
        QList<int> members = g.groups.first();
        std::sort(members.begin(), members.end());
        QCOMPARE(members, (QList<int>{0, 2})); // the YouTube item and the closer TikTok
    }

    void genericTitleIsNoEvidence()
    {
        // The account posts "Day in my life" for several clips on TikTok: the title says nothing.
        const auto yt = candidate(Platform::YouTube, QStringLiteral("Day in my life"), 60000, m_t0);
        const auto tt =
            candidate(Platform::TikTok, QStringLiteral("day in my life ☀️"), 60000, m_t0.addSecs(7200));
        const auto ttEarlier =
            candidate(Platform::TikTok, QStringLiteral("Day in my life"), 45000, m_t0.addSecs(-30 * 86400));
        QCOMPARE(ClipRule::group({yt, tt}).groups.size(), 1);
        QCOMPARE(ClipRule::group({yt, tt, ttEarlier}).groups.size(), 0);
        QCOMPARE(ClipRule::compare(yt, tt, false, true).verdict, ClipMatch::Verdict::GenericTitle);
    }

    void groupsFormWithoutChains()
    {
        // Each pair of neighbours matches, the YouTube and Instagram items do not (different titles).
        const auto yt = candidate(Platform::YouTube, QStringLiteral("one two three four five"), 30000, m_t0);
        const auto tt =
            candidate(Platform::TikTok, QStringLiteral("one two three four five six seven"), 30000, m_t0);
        const auto ig =
            candidate(Platform::Instagram, QStringLiteral("three four five six seven"), std::nullopt, m_t0);
        QVERIFY(ClipRule::compare(yt, tt).matched());
        QVERIFY(!ClipRule::compare(yt, ig).matched());
        const ClipRule::Grouping g = ClipRule::group({yt, tt, ig});
        QCOMPARE(g.groups.size(), 1);
        QCOMPARE(g.groups.first().size(), 2);
    }

    void reelJoinsThroughItsCloserMatch()
    {
        // The TikTok caption has three more words: 75 % like the Reel's, not enough for a pair without a
        // duration alone (80 %), enough beside the Reel's exact match with the YouTube title.
        const auto yt = candidate(Platform::YouTube, QStringLiteral("How I fold a paper crane army #shorts"),
                                  30000, m_t0);
        const auto tt =
            candidate(Platform::TikTok, QStringLiteral("how i fold a paper crane army (wait for it)"), 31000,
                      m_t0.addSecs(3600));
        const auto ig = candidate(Platform::Instagram, QStringLiteral("How I fold a paper crane army ✨"),
                                  std::nullopt, m_t0.addSecs(-3600));
        const ClipMatch loose = ClipRule::compare(tt, ig);
        QCOMPARE(loose.verdict, ClipMatch::Verdict::Related);
        QVERIFY2(loose.explanation().contains(QLatin1String("beside a closer match")),
                 qPrintable(loose.explanation()));
        QCOMPARE(ClipRule::group({tt, ig}).groups.size(), 0); // not alone
        const ClipRule::Grouping g = ClipRule::group({yt, tt, ig});
        QCOMPARE(g.groups.size(), 1);
        QCOMPARE(g.groups.first().size(), 3);
    }

    // ---- the library's groups -----------------------------------------------------------------------

    void groupsAreComputedWithTheirSums()
    {
        LibraryDatabase db;
        open(db, newFile());
        QList<ContentItem> items = library();
        items[0].views = 1000;
        items[1].views = 5000;
        items[1].shares = 7;
        items[2].likes = 40;
        QVERIFY(db.upsert(items));
        const auto groups = ClipGroups::list(db);
        QVERIFY2(groups, groups ? "" : qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 2);
        const ClipGroup& pasta = groups->at(1).members.size() == 3 ? groups->at(1) : groups->at(0);
        QCOMPARE(memberIds(pasta), (QStringList{QStringLiteral("yt-pasta"), QStringLiteral("tt-pasta"),
                                                QStringLiteral("ig-pasta")}));
        QVERIFY(!pasta.manual);
        QCOMPARE(pasta.pairs.size(), 3);
        for (const ClipPair& p : pasta.pairs)
            QVERIFY2(p.match.matched() && p.match.score > 0, qPrintable(p.match.explanation()));
        QCOMPARE(pasta.pairs.at(2).first, 1);
        QCOMPARE(pasta.pairs.at(2).second, 2);
        // Instagram gives no views: the sum is of the known ones, and says which platform is missing.
        QCOMPARE(*pasta.views.sum, 6000);
        QCOMPARE(pasta.views.missingOn, QList<Platform>{Platform::Instagram});
        QCOMPARE(*pasta.likes.sum, 60);
        QVERIFY(pasta.likes.missingOn.isEmpty());
        QCOMPARE(*pasta.shares.sum, 7);
        QCOMPARE(pasta.shares.missingOn, (QList<Platform>{Platform::YouTube, Platform::Instagram}));

        const auto of = ClipGroups::groupOf(db, {Platform::TikTok, QStringLiteral("tt-ramen")});
        QVERIFY(of && of->has_value());
        QCOMPARE(memberIds(**of), (QStringList{QStringLiteral("yt-ramen"), QStringLiteral("tt-ramen")}));
        const auto none = ClipGroups::groupOf(db, {Platform::TikTok, QStringLiteral("tt-other")});
        QVERIFY(none && !none->has_value());
    }

    /// "Cross-posted only" (SearchQuery::crossPostedOnly): the items in a group with another platform's item,
    /// with words, other filters and sorts; an item split out of its group leaves the filter, and a group
    /// left with one item in the library lists nothing.
    void crossPostedOnlyListsTheGroupedItems()
    {
        LibraryDatabase db;
        open(db, newFile());
        QVERIFY(db.upsert(library()));
        QVERIFY(ClipGroups::refresh(db));
        SearchQuery query;
        query.crossPostedOnly = true;
        query.sort = SearchSort::Newest;
        const auto ids = [&db](const SearchQuery& q) {
            QStringList found;
            const auto result = db.search(q);
            if (!result)
                return QStringList{result.error().message};
            for (const ContentItem& item : result->items)
                found.append(item.externalId);
            found.sort();
            return found;
        };
        QCOMPARE(ids(query), (QStringList{QStringLiteral("ig-pasta"), QStringLiteral("tt-pasta"),
                                          QStringLiteral("tt-ramen"), QStringLiteral("yt-pasta"),
                                          QStringLiteral("yt-ramen")}));
        QCOMPARE(db.search(query)->total, 5);
        SearchQuery words = query;
        words.text = QStringLiteral("ramen");
        words.sort = SearchSort::Relevance;
        QCOMPARE(ids(words), (QStringList{QStringLiteral("tt-ramen"), QStringLiteral("yt-ramen")}));
        SearchQuery tiktok = query;
        tiktok.platforms = {Platform::TikTok};
        QCOMPARE(ids(tiktok), (QStringList{QStringLiteral("tt-pasta"), QStringLiteral("tt-ramen")}));

        QVERIFY(ClipGroups::split(db, {Platform::Instagram, QStringLiteral("ig-pasta")}));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM content WHERE external_id = 'tt-ramen'")));
        q.finish();
        // The ramen group is left with one item in the library: not cross-posted; the pasta without
        // Instagram.
        QCOMPARE(ids(query), (QStringList{QStringLiteral("tt-pasta"), QStringLiteral("yt-pasta")}));
        query.crossPostedOnly = false;
        QCOMPARE(db.search(query)->total, 5);
    }

    /// The app's list (SearchQuery::oneRowPerGroup): a group is one row where its first matching member would
    /// be, that row names the other matching members, the total counts rows, and paging and positionOf()
    /// agree. Checked against the list of every item and ClipGroups::list() for every sort, with and without
    /// words (one word, two words, one that only TikTok captions have), a platform filter, a posting weekday
    /// and a period.
    void oneRowPerGroupListsEachGroupOnce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void oneRowPerGroupListsEachGroupOnce()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QStringList topics =
            QStringLiteral("pasta ramen tour studio garlic coffee beach sunset cat dog "
                           "trick morning bread salad drone")
                .split(QLatin1Char(' '));
        QList<ContentItem> items;
        int next = 0;
        for (int story = 0; story < 60; ++story) {
            // A clip on one to three platforms with the same words, published within a day; the stories
            // are a week apart so that none is grouped with another.
            const QString text = QStringLiteral("%1 %2 %3 take %4")
                                     .arg(topics.at(story % topics.size()),
                                          story % 2 ? QStringLiteral("kitchen") : QStringLiteral("garden"),
                                          topics.at((story * 7 + 3) % topics.size()))
                                     .arg(story);
            const QDateTime at = m_t0.addDays(story * 7).addSecs(rng.bounded(3600 * 20));
            bool first = true;
            for (const Platform p : {Platform::YouTube, Platform::TikTok, Platform::Instagram}) {
                if (!first && rng.bounded(3) == 0)
                    continue;
                first = false;
                ContentItem item =
                    makeItem(QStringLiteral("s%1-%2").arg(story).arg(++next),
                             p == Platform::TikTok ? text + QStringLiteral(" #fyp") : text, {}, p);
                item.durationS = p == Platform::Instagram ? 0 : 40;
                item.publishedAt = at.addSecs(rng.bounded(3600 * 4));
                item.views = 100 * (1 + rng.bounded(3)); // ties on purpose
                item.likes = rng.bounded(3) * 10;
                item.comments = rng.bounded(2);
                items.append(item);
            }
        }
        std::shuffle(items.begin(), items.end(), std::mt19937(seed)); // ids in no order of the stories
        LibraryDatabase db;
        open(db, newFile());
        QVERIFY(db.upsert(items));
        QVERIFY(ClipGroups::refresh(db));
        const auto groups = ClipGroups::list(db);
        QVERIFY(groups);
        QVERIFY2(groups->size() > 30, qPrintable(QString::number(groups->size())));
        QHash<qint64, qint64> groupOfItem; // item id -> its group's id
        for (const ClipGroup& g : groups.value()) {
            for (const ContentItem& member : g.members)
                groupOfItem.insert(member.id, g.id);
        }
        // Views a month ago for some items: gains that differ, tie, or are unknown (Instagram).
        QSqlQuery q(db.connection());
        const qint64 today = QDateTime::currentSecsSinceEpoch() / 86400;
        SearchQuery all;
        all.limit = 10000;
        const auto everyItem = db.search(all);
        QVERIFY(everyItem);
        for (const ContentItem& item : everyItem->items) {
            if (rng.bounded(2) == 0)
                continue;
            QVERIFY(q.exec(QStringLiteral("INSERT INTO content_history (content_id, day, recorded_at, views) "
                                          "VALUES (%1, %2, %3, %4)")
                               .arg(item.id)
                               .arg(today - 40)
                               .arg((today - 40) * 86400)
                               .arg(rng.bounded(3) * 50)));
        }
        q.finish();

        int collapsed = 0;
        for (const SearchSort sort :
             {SearchSort::Relevance, SearchSort::Newest, SearchSort::MostViewed, SearchSort::MostLiked,
              SearchSort::MostCommented, SearchSort::Engagement, SearchSort::ViewsGained}) {
            // No words, one word (one phrase: the page carries its total), two words, a word only TikTok
            // captions have.
            for (const QString& text : {QString(), QStringLiteral("kitchen"), QStringLiteral("kitchen take"),
                                        QStringLiteral("fyp")}) {
                for (int filter = 0; filter < 4; ++filter) {
                    SearchQuery query;
                    query.text = text;
                    query.sort = sort;
                    query.limit = 10000;
                    if (filter == 1)
                        query.platforms = {Platform::YouTube, Platform::Instagram};
                    if (filter == 2)
                        query.publishedWeekday = 3;
                    if (filter == 3)
                        query.publishedFrom = m_t0.addDays(100);
                    const QString what =
                        QStringLiteral("sort %1, words '%2', filter %3").arg(int(sort)).arg(text).arg(filter);
                    const auto every = db.search(query);
                    QVERIFY2(every, qPrintable(every ? QString() : every.error().message));
                    // Expected: each group's first member in the list's order (ranked by relevance: its
                    // smallest id), at that member's place, standing for the group's other listed members.
                    const bool ranked = sort == SearchSort::Relevance && !text.isEmpty();
                    QHash<qint64, qint64> shownFor;      // group -> its member listed
                    QHash<qint64, QList<qint64>> listed; // group -> its members in the list
                    for (const ContentItem& item : every->items) {
                        const qint64 g = groupOfItem.value(item.id, -item.id);
                        listed[g].append(item.id);
                        if (!shownFor.contains(g) || (ranked && item.id < shownFor.value(g)))
                            shownFor.insert(g, item.id);
                    }
                    QList<qint64> expected;
                    QHash<qint64, QList<qint64>> expectedMates;
                    for (const ContentItem& item : every->items) {
                        const qint64 g = groupOfItem.value(item.id, -item.id);
                        if (shownFor.value(g) != item.id)
                            continue;
                        expected.append(item.id);
                        QList<qint64> mates = listed.value(g);
                        mates.removeOne(item.id);
                        std::sort(mates.begin(), mates.end());
                        expectedMates.insert(item.id, mates);
                        collapsed += int(mates.size());
                    }

                    // Read a page of 7 at a time as the app does: after the last row where the order has a
                    // key, else at the offset.
                    SearchQuery one = query;
                    one.oneRowPerGroup = true;
                    one.limit = 7;
                    QList<qint64> shown;
                    qint64 total = -1;
                    for (int page = 0; page < 100; ++page) {
                        const auto result = db.search(one);
                        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
                        if (total < 0)
                            total = result->total;
                        for (const ContentItem& item : result->items) {
                            shown.append(item.id);
                            QList<qint64> mates = item.groupedWith;
                            std::sort(mates.begin(), mates.end());
                            // Element by element: Qt 6.4's QList == hands memcmp a null pointer for an
                            // empty list (UBSan stops there).
                            const QList<qint64> wanted = expectedMates.value(item.id);
                            QVERIFY2(mates.size() == wanted.size() &&
                                         std::equal(mates.cbegin(), mates.cend(), wanted.cbegin()),
                                     qPrintable(what + QStringLiteral(": mates of %1").arg(item.id)));
                        }
                        if (result->items.size() < one.limit)
                            break;
                        one.offset += one.limit;
                        one.after = result->next;
                        one.knownTotal = result->total;
                    }
                    QVERIFY2(shown.size() == expected.size() &&
                                 std::equal(shown.cbegin(), shown.cend(), expected.cbegin()),
                             qPrintable(what));
                    QVERIFY2(total == expected.size(), qPrintable(what));
                    for (int row = 0; row < expected.size(); row += 5) {
                        const auto position = db.positionOf(one, expected.at(row));
                        QVERIFY2(position && *position == row, qPrintable(what));
                    }
                    // An item that does not match is nowhere, even where a group mate's row is listed.
                    for (const ContentItem& item : everyItem->items) {
                        if (groupOfItem.contains(item.id) &&
                            !listed.value(groupOfItem.value(item.id)).isEmpty() &&
                            !listed.value(groupOfItem.value(item.id)).contains(item.id)) {
                            QCOMPARE(db.positionOf(one, item.id).value(), qint64(-1));
                            break;
                        }
                    }
                    // A member listed through its group's row is at that row.
                    for (int row = 0, checked = 0; row < expected.size() && checked < 3; ++row) {
                        for (const qint64 mate : expectedMates.value(expected.at(row))) {
                            const auto position = db.positionOf(one, mate);
                            QVERIFY2(position && *position == row, qPrintable(what));
                            ++checked;
                        }
                    }
                }
            }
        }
        QVERIFY2(collapsed > 200, qPrintable(QString::number(collapsed))); // the check is not empty
    }

    void manualDecisionsSurviveResyncAndReopen()
    {
        const QString file = newFile();
        {
            LibraryDatabase db;
            open(db, file);
            QVERIFY(db.upsert(library()));
            // Confirm the pasta group, take the Instagram item out of it; merge the lone item with the
            // YouTube ramen (the TikTok ramen is split out of its group by that).
            const auto confirmed = ClipGroups::confirm(db, {Platform::YouTube, QStringLiteral("yt-pasta")});
            QVERIFY2(confirmed, confirmed ? "" : qPrintable(confirmed.error().message));
            QVERIFY(confirmed->manual);
            QVERIFY(ClipGroups::split(db, {Platform::Instagram, QStringLiteral("ig-pasta")}));
            QVERIFY(ClipGroups::split(db, {Platform::TikTok, QStringLiteral("tt-ramen")}));
            const auto merged = ClipGroups::merge(db, {Platform::TikTok, QStringLiteral("tt-other")},
                                                  {Platform::YouTube, QStringLiteral("yt-ramen")});
            QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
            QVERIFY(merged->manual);
            // Two TikToks in one group are refused.
            const auto refused = ClipGroups::merge(db, {Platform::TikTok, QStringLiteral("tt-pasta")},
                                                   {Platform::TikTok, QStringLiteral("tt-other")});
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("one item per platform")),
                     qPrintable(refused.error().message));
        }
        const QList<QStringList> expected{{QStringLiteral("yt-pasta"), QStringLiteral("tt-pasta")},
                                          {QStringLiteral("yt-ramen"), QStringLiteral("tt-other")}};
        LibraryDatabase db; // another connection, as the next run of the app
        open(db, file);
        QCOMPARE(groupIds(db), expected);
        // A re-sync: new counters, new titles for some, a new item matching the split one; and a re-import
        // giving every item a new row id. Automatic groups are recomputed, the decisions stay.
        QList<ContentItem> resync = library();
        for (ContentItem& item : resync)
            item.views += 77;
        resync[1].title += QStringLiteral(" (part 1)");
        resync.append(clip(Platform::YouTube, QStringLiteral("yt-ramen-2"),
                           QStringLiteral("Crispy ramen in 5 minutes"), 45, 210));
        QVERIFY(db.upsert(resync));
        QCOMPARE(groupIds(db), expected);
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM content")));
        }
        QVERIFY(db.upsert(resync));
        QCOMPARE(groupIds(db), expected);
        const auto refreshed = ClipGroups::refresh(db, true);
        QVERIFY(refreshed && refreshed->recomputed);
        QCOMPARE(groupIds(db), expected); // the split TikTok ramen is not regrouped with the new YouTube one
        // Merging undoes a split.
        QVERIFY(ClipGroups::merge(db, {Platform::TikTok, QStringLiteral("tt-ramen")},
                                  {Platform::YouTube, QStringLiteral("yt-ramen-2")}));
        QCOMPARE(groupIds(db).size(), 3);
    }

    void onlyContentTheRuleReadsMakesTheGroupsStale()
    {
        LibraryDatabase db;
        open(db, newFile());
        QVERIFY(db.upsert(library()));
        QVERIFY(ClipGroups::list(db));
        auto again = ClipGroups::refresh(db);
        QVERIFY(again && !again->recomputed);
        QList<ContentItem> counters = library();
        for (ContentItem& item : counters)
            item.likes += 1;
        QVERIFY(db.upsert(counters));
        again = ClipGroups::refresh(db);
        QVERIFY(again && !again->recomputed); // new counters change the sums only
        counters[5].title = QStringLiteral("Studio tour, part two");
        QVERIFY(db.upsert(counters));
        again = ClipGroups::refresh(db);
        QVERIFY(again && again->recomputed);
        QVERIFY(again->incremental); // around the one changed item, not the whole library
        QCOMPARE(again->changed, 1);
        QCOMPARE(groupIds(db).size(), 2);
    }

    /// A bulk import (5,000 items or more) marks no item one by one: it asks for a full recompute.
    void bulkImportRecomputesEverything()
    {
        LibraryDatabase db;
        open(db, newFile());
        QVERIFY(db.upsert(library()));
        QCOMPARE(groupIds(db).size(), 2);
        QList<ContentItem> many;
        for (int i = 0; i < 5000; ++i)
            many.append(clip(Platform::TikTok, QStringLiteral("filler-%1").arg(i),
                             QStringLiteral("filler clip number %1").arg(i), 20, 100 + i));
        many.append(clip(Platform::YouTube, QStringLiteral("yt-filler"),
                         QStringLiteral("Filler clip number 7"), 20, 107));
        QVERIFY(db.upsert(many));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clip_group_dirty")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        const auto refreshed = ClipGroups::refresh(db);
        QVERIFY(refreshed && refreshed->recomputed && !refreshed->incremental);
        QCOMPARE(groupIds(db).size(), 3);
        const auto filler = ClipGroups::groupOf(db, {Platform::YouTube, QStringLiteral("yt-filler")});
        QVERIFY(filler && filler.value());
        QCOMPARE(memberIds(*filler.value()),
                 (QStringList{QStringLiteral("yt-filler"), QStringLiteral("filler-7")}));
        // Written one by one again: marked, and recomputed around.
        QVERIFY(db.upsert({clip(Platform::Instagram, QStringLiteral("ig-filler"),
                                QStringLiteral("filler clip number 7"), 0, 108)}));
        const auto again = ClipGroups::refresh(db);
        QVERIFY(again && again->incremental);
        QCOMPARE(
            ClipGroups::groupOf(db, {Platform::YouTube, QStringLiteral("yt-filler")}).value()->members.size(),
            3);
    }

    /// A recompute after a series of changes re-scores only the items around them, and gives exactly the
    /// groups (members, scores, the creator's decisions) a recompute of the whole library gives: random
    /// libraries full of cross-posts, near-misses and generic titles; new items, new titles, durations and
    /// publishing times, removals, confirmations, splits and merges, a recompute after each step.
    void incrementalRecomputeEqualsFullRecompute_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void incrementalRecomputeEqualsFullRecompute()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QStringList vocabulary =
            QStringLiteral("pasta ramen tour studio crispy garlic night recipe hack quick "
                           "morning run coffee beach sunset vlog daily cat dog trick")
                .split(QLatin1Char(' '));
        const QList<Platform> platforms{Platform::YouTube, Platform::TikTok, Platform::Instagram};
        const auto title = [&] {
            QStringList words;
            const int n = 2 + int(rng.bounded(4));
            for (int i = 0; i < n; ++i)
                words.append(vocabulary.at(int(rng.bounded(qsizetype(vocabulary.size())))));
            return words.join(QLatin1Char(' '));
        };
        const auto vary = [&](const QString& text) {
            QStringList words = text.split(QLatin1Char(' '));
            switch (rng.bounded(4)) {
            case 0:
                words.append(vocabulary.at(int(rng.bounded(qsizetype(vocabulary.size())))));
                break;
            case 1:
                if (words.size() > 2)
                    words.removeAt(int(rng.bounded(qsizetype(words.size()))));
                break;
            case 2:
                words.first() = words.first().toUpper() + QStringLiteral("!");
                break;
            default:
                break;
            }
            return words.join(QLatin1Char(' '));
        };
        int next = 0;
        QList<ContentItem> items;
        const auto newItem = [&](Platform platform, const QString& text, qint64 durationS, qint64 minutes) {
            ContentItem item = makeItem(QStringLiteral("i%1").arg(++next), text, {}, platform,
                                        QStringLiteral("acc%1").arg(rng.bounded(2)));
            item.durationS = platform == Platform::Instagram ? 0 : durationS;
            item.publishedAt = m_t0.addSecs(minutes * 60);
            return item;
        };
        const auto newClip = [&] {
            // A clip on one to three platforms, each copy a variation published within about three days.
            const QString text = title();
            const qint64 duration = 10 + rng.bounded(50);
            const qint64 at = rng.bounded(60 * 24 * 30);
            QList<ContentItem> copies;
            for (Platform p : platforms) {
                if (copies.isEmpty() || rng.bounded(3) != 0)
                    copies.append(
                        newItem(p, vary(text), duration + rng.bounded(3), at + rng.bounded(60 * 80)));
            }
            return copies;
        };
        while (items.size() < 150)
            items.append(newClip());
        for (int i = 0; i < 6; ++i) // the same title on one account: generic
            items.append(
                newItem(platforms.at(i % 3), QStringLiteral("daily vlog"), 30, rng.bounded(60 * 24 * 30)));

        LibraryDatabase db;
        open(db, newFile());
        QVERIFY(db.upsert(items));
        auto refreshed = ClipGroups::refresh(db);
        QVERIFY(refreshed && refreshed->recomputed && !refreshed->incremental);
        int incremental = 0;
        for (int step = 0; step < 25; ++step) {
            const auto pick = [&]() -> ContentItem& {
                return items[int(rng.bounded(qsizetype(items.size())))];
            };
            QList<ContentItem> changed;
            for (int n = 1 + int(rng.bounded(4)); n > 0; --n) {
                switch (rng.bounded(8)) {
                case 0:
                    changed += newClip();
                    break;
                case 1: {
                    ContentItem& item = pick();
                    item.title = vary(item.title);
                    changed.append(item);
                    break;
                }
                case 2: {
                    ContentItem& item = pick();
                    item.title = rng.bounded(2) ? QStringLiteral("daily vlog") : title();
                    changed.append(item);
                    break;
                }
                case 3: {
                    ContentItem& item = pick();
                    item.publishedAt = item.publishedAt.addSecs(qint64(rng.bounded(4 * 3600)) - 2 * 3600);
                    changed.append(item);
                    break;
                }
                case 4: {
                    ContentItem& item = pick();
                    item.durationS = item.platform == Platform::Instagram ? 0 : 10 + rng.bounded(50);
                    changed.append(item);
                    break;
                }
                case 5: {
                    const ContentItem gone = items.takeAt(int(rng.bounded(qsizetype(items.size()))));
                    QSqlQuery q(db.connection());
                    QVERIFY(q.exec(
                        QStringLiteral("DELETE FROM content WHERE external_id = '%1'").arg(gone.externalId)));
                    break;
                }
                case 6: {
                    const ContentItem& item = pick();
                    const ClipKey key = ClipKey::of(item);
                    if (rng.bounded(2))
                        ClipGroups::confirm(db, key); // refused when the item is in no group
                    else
                        QVERIFY(ClipGroups::split(db, key));
                    break;
                }
                default:
                    ClipGroups::merge(db, ClipKey::of(pick()), ClipKey::of(pick())); // may be refused
                    break;
                }
            }
            for (ContentItem& item : changed) {
                for (ContentItem& kept : items) {
                    if (kept.externalId == item.externalId)
                        kept = item;
                }
                if (!std::any_of(items.cbegin(), items.cend(),
                                 [&](const ContentItem& i) { return i.externalId == item.externalId; }))
                    items.append(item);
            }
            QVERIFY(db.upsert(changed));
            refreshed = ClipGroups::refresh(db);
            QVERIFY2(refreshed, refreshed ? "" : qPrintable(refreshed.error().message));
            // (A step of decisions only leaves nothing to do: each decision regroups around itself.)
            QVERIFY(!refreshed->recomputed || refreshed->incremental);
            incremental += refreshed->incremental ? 1 : 0;
            // The same file recomputed from scratch, in a copy.
            const QString copy = newFile();
            {
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
            }
            LibraryDatabase full;
            open(full, copy);
            const auto all = ClipGroups::refresh(full, true);
            QVERIFY(all && all->recomputed && !all->incremental);
            QCOMPARE(storedGroups(db), storedGroups(full));
        }
        QVERIFY(incremental >= 15);
    }
};

QTEST_GUILESS_MAIN(TestClipGroups)
#include "TestClipGroups.moc"
