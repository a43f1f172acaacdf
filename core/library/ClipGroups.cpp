#include "library/ClipGroups.h"

#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace sv {

using librarySql::execBound;

namespace {

LibraryError makeError(const QString& message)
{
    return LibraryError{message};
}

bool isWordPart(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing ||
           QChar::category(c) == QChar::Mark_SpacingCombining || QChar::category(c) == QChar::Mark_Enclosing;
}

bool isEmoji(char32_t c)
{
    // Emoji and pictographs are symbols (So); their modifiers, joiners and selectors are not tokens.
    if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF))
        return false;
    return QChar::category(c) == QChar::Symbol_Other;
}

void appendUcs4(QString& text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text += QChar(QChar::highSurrogate(c));
        text += QChar(QChar::lowSurrogate(c));
    } else {
        text += QChar(c);
    }
}

struct Tokens
{
    QStringList words;
    QStringList tags;
    QStringList emoji;
};

Tokens tokenize(const QString& text)
{
    Tokens t;
    const QList<uint> chars = text.normalized(QString::NormalizationForm_KD).toUcs4();
    QString word;
    bool inTag = false;
    const auto endWord = [&] {
        if (!word.isEmpty())
            (inTag ? t.tags : t.words).append(word);
        word.clear();
        inTag = false;
    };
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isWordPart(c)) {
            // Accents are combining marks after NFKD: dropped; letters and digits case-folded.
            if (QChar::isLetterOrNumber(c))
                appendUcs4(word, QChar::toCaseFolded(c));
            continue;
        }
        const bool apostrophe = c == U'\'' || c == U'\u2019';
        if (apostrophe && !word.isEmpty() && i + 1 < chars.size() &&
            QChar::isLetter(char32_t(chars.at(i + 1))))
            continue; // "don't" is one word
        endWord();
        // A hashtag of digits only is an episode number ("Vlog #164"): a word, not a tag.
        const bool number =
            c == U'#' && i + 1 < chars.size() && QChar::isDigit(char32_t(chars.at(i + 1))) && [&] {
                for (qsizetype j = i + 1; j < chars.size() && isWordPart(chars.at(j)); ++j) {
                    if (!QChar::isDigit(char32_t(chars.at(j))))
                        return false;
                }
                return true;
            }();
        if ((c == U'#' && !number) || c == U'@') {
            inTag = true;
        } else if (isEmoji(c)) {
            QString e;
            appendUcs4(e, c);
            t.emoji.append(e);
        }
    }
    endWord();
    return t;
}

/// The tokens a text is compared by: its words, else its emoji, else its hashtags and mentions.
QStringList comparedTokens(const QString& text)
{
    Tokens t = tokenize(text);
    if (!t.words.isEmpty())
        return t.words;
    if (!t.emoji.isEmpty())
        return t.emoji;
    for (QString& tag : t.tags)
        tag.prepend(QLatin1Char('#'));
    return t.tags;
}

/// A candidate made ready for comparing: its distinct tokens as sorted ids.
struct Prepared
{
    QList<int> tokens;
    QString key; ///< the tokens in order, for the generic-title count
};

Prepared prepare(const QString& text, QHash<QString, int>& ids)
{
    Prepared p;
    const QStringList tokens = comparedTokens(text);
    p.key = tokens.join(QLatin1Char(' '));
    for (const QString& token : tokens) {
        auto it = ids.find(token);
        if (it == ids.end())
            it = ids.insert(token, int(ids.size()));
        p.tokens.append(it.value());
    }
    std::sort(p.tokens.begin(), p.tokens.end());
    p.tokens.erase(std::unique(p.tokens.begin(), p.tokens.end()), p.tokens.end());
    return p;
}

/// |A∩B| and |A∪B| of sorted distinct ids.
std::pair<int, int> overlap(const QList<int>& a, const QList<int>& b)
{
    int common = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j)) {
            ++common;
            ++i;
            ++j;
        } else if (a.at(i) < b.at(j)) {
            ++i;
        } else {
            ++j;
        }
    }
    return {common, int(a.size() + b.size()) - common};
}

/// The verdict from everything but the text: the window, the platforms and the durations.
std::optional<ClipMatch::Verdict> structuralVerdict(const ClipCandidate& a, const ClipCandidate& b,
                                                    ClipMatch& m)
{
    if (!a.publishedAt.isValid() || !b.publishedAt.isValid())
        return ClipMatch::Verdict::NoPublishTime;
    m.publishGapS = std::abs(a.publishedAt.secsTo(b.publishedAt));
    if (a.durationMs && b.durationMs)
        m.durationGapMs = std::abs(*a.durationMs - *b.durationMs);
    if (a.platform == b.platform)
        return ClipMatch::Verdict::SamePlatform;
    if (m.publishGapS > ClipRule::MaxPublishGapS)
        return ClipMatch::Verdict::TooFarApart;
    if (m.durationGapMs && *m.durationGapMs > ClipRule::MaxDurationGapMs)
        return ClipMatch::Verdict::DurationDiffers;
    m.threshold = m.durationGapMs ? ClipRule::MinSimilarity : ClipRule::MinSimilarityWithoutDuration;
    return std::nullopt;
}

/// The text part of the verdict and the score, once the structural checks passed.
void textVerdict(ClipMatch& m, double similarity, bool empty, bool generic)
{
    m.textSimilarity = similarity;
    if (empty)
        m.verdict = ClipMatch::Verdict::NoWords;
    else if (generic)
        m.verdict = ClipMatch::Verdict::GenericTitle;
    else if (similarity + 1e-9 < ClipRule::MinSimilarity)
        m.verdict = ClipMatch::Verdict::TextDiffers;
    else if (similarity + 1e-9 < m.threshold)
        m.verdict = ClipMatch::Verdict::Related;
    else
        m.verdict = ClipMatch::Verdict::Match;
    if (!m.matched() && m.verdict != ClipMatch::Verdict::Related)
        return;
    const double durationPart =
        m.durationGapMs ? 1.0 - double(*m.durationGapMs) / double(ClipRule::MaxDurationGapMs) : 0.0;
    const double timePart = 1.0 - double(m.publishGapS) / double(ClipRule::MaxPublishGapS);
    m.score = 0.7 * similarity + 0.15 * durationPart + 0.15 * timePart;
}

ClipMatch compareWith(const ClipCandidate& a, const ClipCandidate& b, const Prepared& pa, const Prepared& pb,
                      const QHash<int, QString>* names, bool genericA, bool genericB)
{
    ClipMatch m;
    if (const auto v = structuralVerdict(a, b, m)) {
        m.verdict = *v;
        return m;
    }
    const auto [common, all] = overlap(pa.tokens, pb.tokens);
    const bool empty = pa.tokens.isEmpty() || pb.tokens.isEmpty();
    textVerdict(m, all > 0 ? double(common) / double(all) : 0.0, empty, genericA || genericB);
    if (names) {
        for (int id : pa.tokens) {
            if (std::binary_search(pb.tokens.cbegin(), pb.tokens.cend(), id))
                m.commonWords.append(names->value(id));
        }
    }
    return m;
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

} // namespace

// --- the rule --------------------------------------------------------------------------------------------

ClipCandidate ClipCandidate::of(const ContentItem& item)
{
    ClipCandidate c;
    c.platform = item.platform;
    c.account = item.account;
    c.text = item.title;
    if (item.durationS > 0)
        c.durationMs = item.durationS * 1000;
    c.publishedAt = item.publishedAt;
    return c;
}

QStringList ClipRule::words(const QString& text)
{
    return tokenize(text).words;
}

ClipMatch ClipRule::compare(const ClipCandidate& a, const ClipCandidate& b, bool genericA, bool genericB)
{
    QHash<QString, int> ids;
    const Prepared pa = prepare(a.text, ids);
    const Prepared pb = prepare(b.text, ids);
    QHash<int, QString> names;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        names.insert(it.value(), it.key());
    return compareWith(a, b, pa, pb, &names, genericA, genericB);
}

ClipRule::Grouping ClipRule::group(const QList<ClipCandidate>& items)
{
    Grouping result;
    QHash<QString, int> ids;
    QList<Prepared> prepared;
    prepared.reserve(items.size());
    // How many items of each (platform, account) use each text: more than one makes it generic.
    QHash<QString, int> uses;
    const auto useKey = [&](int i) -> QString {
        return platformId(items.at(i).platform) + QLatin1Char('\x1f') + items.at(i).account +
               QLatin1Char('\x1f') + prepared.at(i).key;
    };
    QList<int> order;
    order.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        prepared.append(prepare(items.at(i).text, ids));
        if (!prepared.constLast().tokens.isEmpty())
            uses[useKey(i)] += 1;
        if (items.at(i).publishedAt.isValid())
            order.append(i);
    }
    QList<bool> generic(items.size());
    for (int i = 0; i < items.size(); ++i)
        generic[i] = !prepared.at(i).tokens.isEmpty() && uses.value(useKey(i)) > 1;
    QList<qint64> secs(items.size());
    for (int i : std::as_const(order))
        secs[i] = items.at(i).publishedAt.toSecsSinceEpoch();
    std::sort(order.begin(), order.end(), [&](int a, int b) { return secs.at(a) < secs.at(b); });

    struct Pair
    {
        int a;
        int b;
        double score;
    };
    std::vector<Pair> pairs;
    QHash<quint64, double> matched;
    for (qsizetype x = 0; x < order.size(); ++x) {
        const int a = order.at(x);
        const ClipCandidate& ca = items.at(a);
        if (prepared.at(a).tokens.isEmpty())
            continue;
        const bool genericA = generic.at(a);
        for (qsizetype y = x + 1; y < order.size() && secs.at(order.at(y)) - secs.at(a) <= MaxPublishGapS;
             ++y) {
            const int b = order.at(y);
            const ClipCandidate& cb = items.at(b);
            if (cb.platform == ca.platform || prepared.at(b).tokens.isEmpty())
                continue;
            ++result.pairsCompared;
            if (ca.durationMs && cb.durationMs &&
                std::abs(*ca.durationMs - *cb.durationMs) > MaxDurationGapMs)
                continue;
            // Titles less similar than any verdict above TextDiffers needs: no need for the full verdict.
            const auto [common, all] = overlap(prepared.at(a).tokens, prepared.at(b).tokens);
            if (double(common) + 1e-9 < MinSimilarity * double(all))
                continue;
            const bool genericB = generic.at(b);
            const ClipMatch m =
                compareWith(ca, cb, prepared.at(a), prepared.at(b), nullptr, genericA, genericB);
            if (m.matched())
                pairs.push_back({a, b, m.score});
            if (m.matched() || m.verdict == ClipMatch::Verdict::Related)
                matched.insert(pairKey(a, b), m.score);
        }
    }
    // Best pairs first; ties by the earlier items, so the outcome does not depend on the input order.
    std::sort(pairs.begin(), pairs.end(), [&](const Pair& l, const Pair& r) {
        if (l.score != r.score)
            return l.score > r.score;
        if (secs.at(l.a) != secs.at(r.a))
            return secs.at(l.a) < secs.at(r.a);
        return secs.at(l.b) < secs.at(r.b);
    });
    QHash<int, int> groupOf; // item -> index into members
    QList<QList<int>> members;
    QList<double> weakest;
    for (const Pair& p : pairs) {
        const int ga = groupOf.value(p.a, -1);
        const int gb = groupOf.value(p.b, -1);
        if (ga >= 0 && ga == gb)
            continue;
        const QList<int> left = ga >= 0 ? members.at(ga) : QList<int>{p.a};
        const QList<int> right = gb >= 0 ? members.at(gb) : QList<int>{p.b};
        bool joinable = true;
        double score = std::min(ga >= 0 ? weakest.at(ga) : 1.0, gb >= 0 ? weakest.at(gb) : 1.0);
        for (int l : left) {
            for (int r : right) {
                const auto it = matched.constFind(pairKey(l, r));
                if (items.at(l).platform == items.at(r).platform || it == matched.cend()) {
                    joinable = false;
                    break;
                }
                score = std::min(score, it.value());
            }
            if (!joinable)
                break;
        }
        if (!joinable)
            continue;
        int target = ga;
        if (target < 0) {
            target = int(members.size());
            members.append(QList<int>{});
            weakest.append(1.0);
        }
        QList<int> joined = left + right;
        if (gb >= 0 && gb != target)
            members[gb].clear();
        for (int i : std::as_const(joined))
            groupOf.insert(i, target);
        members[target] = joined;
        weakest[target] = score;
    }
    for (qsizetype g = 0; g < members.size(); ++g) {
        if (members.at(g).size() < 2)
            continue;
        result.groups.append(members.at(g));
        result.scores.append(weakest.at(g));
    }
    return result;
}

QString ClipMatch::verdictId() const
{
    switch (verdict) {
    case Verdict::Match:
        return QStringLiteral("match");
    case Verdict::SamePlatform:
        return QStringLiteral("same_platform");
    case Verdict::NoPublishTime:
        return QStringLiteral("no_publish_time");
    case Verdict::TooFarApart:
        return QStringLiteral("too_far_apart");
    case Verdict::DurationDiffers:
        return QStringLiteral("duration_differs");
    case Verdict::NoWords:
        return QStringLiteral("no_words");
    case Verdict::GenericTitle:
        return QStringLiteral("generic_title");
    case Verdict::TextDiffers:
        return QStringLiteral("text_differs");
    case Verdict::Related:
        return QStringLiteral("related");
    }
    return {};
}

QString ClipMatch::explanation() const
{
    const QString hours = QString::number(double(publishGapS) / 3600.0, 'f', 1);
    const QString duration = durationGapMs
                                 ? QCoreApplication::translate("sv::ClipGroups", "durations %1 s apart")
                                       .arg(QString::number(*durationGapMs / 1000.0, 'f', 1))
                                 : QCoreApplication::translate("sv::ClipGroups", "a duration unknown");
    const QString similarity = QString::number(qRound(textSimilarity * 100));
    switch (verdict) {
    case Verdict::Match:
        return QCoreApplication::translate("sv::ClipGroups",
                                           "similar titles (%1 %), %2, published %3 h apart")
            .arg(similarity, duration, hours);
    case Verdict::SamePlatform:
        return QCoreApplication::translate("sv::ClipGroups", "both on the same platform");
    case Verdict::NoPublishTime:
        return QCoreApplication::translate("sv::ClipGroups", "a publishing time is unknown");
    case Verdict::TooFarApart:
        return QCoreApplication::translate("sv::ClipGroups", "published %1 h apart (more than 72 h)")
            .arg(hours);
    case Verdict::DurationDiffers:
        return QCoreApplication::translate("sv::ClipGroups", "durations %1 s apart (more than 1 s)")
            .arg(QString::number(*durationGapMs / 1000.0, 'f', 1));
    case Verdict::NoWords:
        return QCoreApplication::translate("sv::ClipGroups", "a title has nothing to compare");
    case Verdict::GenericTitle:
        return QCoreApplication::translate("sv::ClipGroups",
                                           "the title is used for other clips of the account");
    case Verdict::TextDiffers:
        return QCoreApplication::translate("sv::ClipGroups", "titles not similar enough (%1 %, %2 % needed)")
            .arg(similarity, QString::number(qRound(threshold * 100)));
    case Verdict::Related:
        return QCoreApplication::translate(
                   "sv::ClipGroups", "titles %1 % similar (enough beside a closer match, %2 % alone), %3, "
                                     "published %4 h apart")
            .arg(similarity, QString::number(qRound(threshold * 100)), duration, hours);
    }
    return {};
}

// --- the library's groups --------------------------------------------------------------------------------

namespace {

QString readError()
{
    return QCoreApplication::translate("sv::ClipGroups", "Could not read the groups of cross-posted clips");
}

QString writeError()
{
    return QCoreApplication::translate("sv::ClipGroups", "Could not save the groups of cross-posted clips");
}

int platformOrder(Platform p)
{
    switch (p) {
    case Platform::YouTube:
        return 0;
    case Platform::TikTok:
        return 1;
    case Platform::Instagram:
        return 2;
    }
    return 3;
}

/// Runs a read and hands each row to `row`.
Result<void, LibraryError> forEachRow(LibraryDatabase& db, const QString& sql,
                                      const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    while (q.next())
        row(q);
    if (q.lastError().isValid())
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return {};
}

Result<bool, LibraryError> isStale(LibraryDatabase& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT stale FROM clip_group_state WHERE id = 1")))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    return !q.next() || q.value(0).toInt() != 0;
}

/// The group id of an item, 0 if none; `manual` tells whether that group is manual.
Result<qint64, LibraryError> groupIdOf(LibraryDatabase& db, const ClipKey& key, bool* manual = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT g.id, g.manual FROM clip_group_members m JOIN clip_groups g ON g.id = "
                             "m.group_id WHERE m.platform = ? AND m.external_id = ?"));
    if (!execBound(q, {platformId(key.platform), key.externalId}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    if (!q.next())
        return qint64(0);
    if (manual)
        *manual = q.value(1).toInt() != 0;
    return q.value(0).toLongLong();
}

/// The group's members as library items (left out: those no longer in the library).
Result<QList<ContentItem>, LibraryError> membersOf(LibraryDatabase& db, qint64 groupId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id FROM clip_group_members m JOIN content c ON c.platform = m.platform "
                       "AND c.external_id = m.external_id WHERE m.group_id = ?"));
    if (!execBound(q, {groupId}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QList<ContentItem> items;
    for (qint64 id : std::as_const(ids)) {
        auto item = db.item(id);
        if (!item)
            return item.error();
        items.append(item.value());
    }
    std::sort(items.begin(), items.end(), [](const ContentItem& a, const ContentItem& b) {
        return platformOrder(a.platform) < platformOrder(b.platform);
    });
    return items;
}

ClipMetricSum sumOf(const QList<ContentItem>& items,
                    const std::function<std::optional<qint64>(const ContentItem&)>& metric)
{
    ClipMetricSum s;
    for (const ContentItem& item : items) {
        if (const auto v = metric(item))
            s.sum = s.sum.value_or(0) + *v;
        else
            s.missingOn.append(item.platform);
    }
    return s;
}

ClipGroup makeGroup(qint64 id, bool manual, const QList<ContentItem>& members)
{
    ClipGroup g;
    g.id = id;
    g.manual = manual;
    g.members = members;
    g.score = members.size() >= 2 ? 1.0 : 0.0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (qsizetype j = i + 1; j < members.size(); ++j) {
            const ClipMatch m =
                ClipRule::compare(ClipCandidate::of(members.at(i)), ClipCandidate::of(members.at(j)));
            g.score = std::min(g.score, m.score);
            g.pairs.append({int(i), int(j), m});
        }
    }
    // Instagram media give no view count until their insights are read (stored as 0): not known, never 0.
    g.views = sumOf(members, [](const ContentItem& c) -> std::optional<qint64> {
        if (!c.viewsKnown)
            return std::nullopt;
        return c.views;
    });
    g.likes = sumOf(members, [](const ContentItem& c) -> std::optional<qint64> { return c.likes; });
    g.comments = sumOf(members, [](const ContentItem& c) -> std::optional<qint64> { return c.comments; });
    g.shares = sumOf(members, [](const ContentItem& c) { return c.shares; });
    return g;
}

Result<std::optional<ClipGroup>, LibraryError> loadGroup(LibraryDatabase& db, qint64 groupId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT manual FROM clip_groups WHERE id = ?"));
    if (!execBound(q, {groupId}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    if (!q.next())
        return std::optional<ClipGroup>{};
    const bool manual = q.value(0).toInt() != 0;
    q.finish();
    const auto members = membersOf(db, groupId);
    if (!members)
        return members.error();
    if (members->size() < 2)
        return std::optional<ClipGroup>{};
    return std::optional<ClipGroup>(makeGroup(groupId, manual, members.value()));
}

Result<void, LibraryError> exec(LibraryDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (!execBound(q, values))
        return LibraryDatabase::sqlError(writeError(), q.lastError());
    return {};
}

Result<qint64, LibraryError> insertGroup(LibraryDatabase& db, bool manual, double score)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO clip_groups (manual, score, created_at) VALUES (?, ?, ?)"));
    if (!execBound(q, {manual ? 1 : 0, score, QDateTime::currentSecsSinceEpoch()}))
        return LibraryDatabase::sqlError(writeError(), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<void, LibraryError> addMember(LibraryDatabase& db, qint64 groupId, const ClipKey& key)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO clip_group_members (platform, external_id, group_id) VALUES (?, ?, ?) "
                       "ON CONFLICT (platform, external_id) DO UPDATE SET group_id = excluded.group_id"),
        {platformId(key.platform), key.externalId, groupId});
}

Result<ContentItem, LibraryError> itemOf(LibraryDatabase& db, const ClipKey& key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM content WHERE platform = ? AND external_id = ? LIMIT 1"));
    if (!execBound(q, {platformId(key.platform), key.externalId}))
        return LibraryDatabase::sqlError(readError(), q.lastError());
    if (!q.next())
        return makeError(QCoreApplication::translate("sv::ClipGroups", "The library has no %1 item %2.")
                             .arg(platformDisplayName(key.platform), key.externalId));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return db.item(id);
}

/// Makes the groups current before a manual decision or a read. A read goes on with the groups as stored
/// when they cannot be recomputed now (another process is writing, a damaged file refuses writes): the
/// next read tries again.
Result<void, LibraryError> ready(LibraryDatabase& db, bool forRead = false)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    if (auto refreshed = ClipGroups::refresh(db); !refreshed && !forRead)
        return refreshed.error();
    return {};
}

/// The group of an item the library has (0: none), the groups made current first.
Result<qint64, LibraryError> groupOfItem(LibraryDatabase& db, const ClipKey& key)
{
    if (auto r = ready(db); !r)
        return r.error();
    if (const auto item = itemOf(db, key); !item)
        return item.error();
    return groupIdOf(db, key);
}

} // namespace

Result<ClipGroups::RefreshOutcome, LibraryError> ClipGroups::refresh(LibraryDatabase& db, bool force)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    RefreshOutcome outcome;
    if (!force) {
        const auto stale = isStale(db);
        if (!stale)
            return stale.error();
        if (!stale.value())
            return outcome;
    }
    // Items a manual decision holds: in a manual group, or kept apart.
    QSet<QString> held;
    auto read =
        forEachRow(db,
                   QStringLiteral("SELECT m.platform, m.external_id FROM clip_group_members m JOIN "
                                  "clip_groups g ON g.id = m.group_id WHERE g.manual = 1 UNION ALL "
                                  "SELECT platform, external_id FROM clip_group_apart"),
                   [&](const QSqlQuery& q) {
                       held.insert(q.value(0).toString() + QLatin1Char('\x1f') + q.value(1).toString());
                   });
    if (!read)
        return read.error();
    QList<ClipCandidate> candidates;
    QList<ClipKey> keys;
    read = forEachRow(db,
                      QStringLiteral("SELECT platform, external_id, account, title, description, duration_s, "
                                     "published_at FROM content WHERE published_at IS NOT NULL"),
                      [&](const QSqlQuery& q) {
                          const QString platform = q.value(0).toString();
                          const QString externalId = q.value(1).toString();
                          if (held.contains(platform + QLatin1Char('\x1f') + externalId))
                              return;
                          ContentItem item;
                          item.platform = platformFromId(platform).value_or(Platform::YouTube);
                          item.externalId = externalId;
                          item.account = q.value(2).toString();
                          item.title = q.value(3).toString();
                          item.description = q.value(4).toString();
                          item.durationS = q.value(5).toLongLong();
                          item.publishedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
                          candidates.append(ClipCandidate::of(item));
                          keys.append(ClipKey::of(item));
                      });
    if (!read)
        return read.error();
    const ClipRule::Grouping grouping = ClipRule::group(candidates);
    outcome.recomputed = true;
    outcome.items = candidates.size();
    outcome.pairsCompared = grouping.pairsCompared;
    outcome.groups = int(grouping.groups.size());
    auto written = db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        // The members of automatic groups go with them (ON DELETE CASCADE).
        if (auto r = exec(db, QStringLiteral("DELETE FROM clip_groups WHERE manual = 0"), {}); !r)
            return r;
        for (qsizetype g = 0; g < grouping.groups.size(); ++g) {
            const auto id = insertGroup(db, false, grouping.scores.at(g));
            if (!id)
                return id.error();
            for (int i : grouping.groups.at(g)) {
                if (auto r = addMember(db, id.value(), keys.at(i)); !r)
                    return r;
            }
        }
        return exec(db, QStringLiteral("UPDATE clip_group_state SET stale = 0, computed_at = ? WHERE id = 1"),
                    {QDateTime::currentSecsSinceEpoch()});
    });
    if (!written)
        return written.error();
    return outcome;
}

Result<QList<ClipGroup>, LibraryError> ClipGroups::list(LibraryDatabase& db)
{
    if (auto r = ready(db, true); !r)
        return r.error();
    QList<qint64> ids;
    const auto read = forEachRow(
        db,
        QStringLiteral(
            "SELECT g.id FROM clip_groups g JOIN clip_group_members m ON m.group_id = g.id JOIN content c "
            "ON c.platform = m.platform AND c.external_id = m.external_id GROUP BY g.id HAVING "
            "count(*) >= 2 ORDER BY g.manual DESC, max(c.published_at) DESC, g.id"),
        [&](const QSqlQuery& q) { ids.append(q.value(0).toLongLong()); });
    if (!read)
        return read.error();
    QList<ClipGroup> groups;
    groups.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        auto group = loadGroup(db, id);
        if (!group)
            return group.error();
        if (group.value())
            groups.append(*group.value());
    }
    return groups;
}

Result<std::optional<ClipGroup>, LibraryError> ClipGroups::groupOf(LibraryDatabase& db, const ClipKey& key)
{
    if (auto r = ready(db, true); !r)
        return r.error();
    const auto id = groupIdOf(db, key);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return std::optional<ClipGroup>{};
    return loadGroup(db, id.value());
}

Result<ClipGroup, LibraryError> ClipGroups::confirm(LibraryDatabase& db, const ClipKey& key)
{
    const auto id = groupOfItem(db, key);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return makeError(QCoreApplication::translate(
            "sv::ClipGroups", "This item is in no group: merge it with another item instead."));
    auto written = db.transaction(writeError(), [&]() {
        return exec(db, QStringLiteral("UPDATE clip_groups SET manual = 1 WHERE id = ?"), {id.value()});
    });
    if (!written)
        return written.error();
    const auto group = loadGroup(db, id.value());
    if (!group)
        return group.error();
    if (!group.value())
        return makeError(QCoreApplication::translate(
            "sv::ClipGroups", "This item is in no group: merge it with another item instead."));
    return *group.value();
}

Result<void, LibraryError> ClipGroups::split(LibraryDatabase& db, const ClipKey& key)
{
    const auto id = groupOfItem(db, key);
    if (!id)
        return id.error();
    return db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        const QVariantList k{platformId(key.platform), key.externalId};
        if (auto r = exec(
                db, QStringLiteral("DELETE FROM clip_group_members WHERE platform = ? AND external_id = ?"),
                k);
            !r)
            return r;
        if (auto r = exec(db,
                          QStringLiteral("INSERT OR REPLACE INTO clip_group_apart (platform, external_id, "
                                         "decided_at) VALUES (?, ?, ?)"),
                          k + QVariantList{QDateTime::currentSecsSinceEpoch()});
            !r)
            return r;
        // A group left with one member is no group.
        return exec(db,
                    QStringLiteral("DELETE FROM clip_groups WHERE id = ? AND (SELECT count(*) FROM "
                                   "clip_group_members WHERE group_id = ?) < 2"),
                    {id.value(), id.value()});
    });
}

Result<ClipGroup, LibraryError> ClipGroups::merge(LibraryDatabase& db, const ClipKey& a, const ClipKey& b)
{
    QList<ClipKey> keys;
    QList<qint64> oldGroups;
    for (const ClipKey& key : {a, b}) {
        const auto id = groupOfItem(db, key);
        if (!id)
            return id.error();
        if (id.value() == 0) {
            keys.append(key);
            continue;
        }
        oldGroups.append(id.value());
        const auto members = membersOf(db, id.value());
        if (!members)
            return members.error();
        for (const ContentItem& m : members.value())
            keys.append(ClipKey::of(m));
    }
    QList<ClipKey> distinct;
    for (const ClipKey& k : std::as_const(keys)) {
        if (distinct.contains(k))
            continue;
        for (const ClipKey& other : std::as_const(distinct)) {
            if (other.platform == k.platform)
                return makeError(QCoreApplication::translate(
                                     "sv::ClipGroups",
                                     "A group holds at most one item per platform: these have two on %1.")
                                     .arg(platformDisplayName(k.platform)));
        }
        distinct.append(k);
    }
    if (distinct.size() < 2)
        return makeError(QCoreApplication::translate("sv::ClipGroups", "These items are already one group."));
    qint64 groupId = 0;
    auto written = db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        for (qint64 old : std::as_const(oldGroups)) {
            if (auto r = exec(db, QStringLiteral("DELETE FROM clip_groups WHERE id = ?"), {old}); !r)
                return r;
        }
        const auto id = insertGroup(db, true, 0);
        if (!id)
            return id.error();
        groupId = id.value();
        for (const ClipKey& k : std::as_const(distinct)) {
            if (auto r = addMember(db, groupId, k); !r)
                return r;
            if (auto r = exec(
                    db, QStringLiteral("DELETE FROM clip_group_apart WHERE platform = ? AND external_id = ?"),
                    {platformId(k.platform), k.externalId});
                !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written.error();
    const auto group = loadGroup(db, groupId);
    if (!group)
        return group.error();
    if (!group.value())
        return makeError(readError());
    return *group.value();
}

} // namespace sv
