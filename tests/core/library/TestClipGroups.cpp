#include "LibraryTestUtil.h"
#include "TestSupport.h"

#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(again->groups, 2);
    }
};

QTEST_GUILESS_MAIN(TestClipGroups)
#include "TestClipGroups.moc"
