#include "library/ClipGroups.h"
#include "library/ClipSums.h"

#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
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

/// The tokens made ready for comparing (`ids`: the token ids given so far, shared by the items compared).
Prepared preparedOf(const QStringList& tokens, QHash<QString, int>& ids)
{
    Prepared p;
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

Prepared prepare(const QString& text, QHash<QString, int>& ids)
{
    return preparedOf(comparedTokens(text), ids);
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

/// The key of the generic-title count: the same words on the same account of the same platform.
QString useKey(const ClipCandidate& c, const QString& words)
{
    return platformId(c.platform) + QLatin1Char('\x1f') + c.account + QLatin1Char('\x1f') + words;
}

/// Which texts are generic: one used by more than one item of the same (platform, account), by their
/// useKey()s; an empty key (no words) is never generic. The full recomputes count here; the incremental one
/// counts the same way in SQL (useCount()).
QList<bool> genericUses(const QList<QString>& keys)
{
    QHash<QString, int> uses;
    for (const QString& key : keys) {
        if (!key.isEmpty())
            uses[key] += 1;
    }
    QList<bool> generic(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        generic[i] = !keys.at(i).isEmpty() && uses.value(keys.at(i)) > 1;
    return generic;
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

namespace {

ClipRule::Grouping groupPrepared(const QList<ClipCandidate>& items, const QList<Prepared>& prepared,
                                 const QList<bool>& generic)
{
    using R = ClipRule;
    ClipRule::Grouping result;
    QList<int> order;
    order.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).publishedAt.isValid())
            order.append(i);
    }
    QList<qint64> secs(items.size());
    for (int i : std::as_const(order))
        secs[i] = items.at(i).publishedAt.toSecsSinceEpoch();
    // Ties by the input order (refresh() gives its items in one canonical order, so a recompute of part of
    // the library orders its pairs exactly as a recompute of all of it).
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return secs.at(a) != secs.at(b) ? secs.at(a) < secs.at(b) : a < b; });

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
        for (qsizetype y = x + 1; y < order.size() && secs.at(order.at(y)) - secs.at(a) <= R::MaxPublishGapS;
             ++y) {
            const int b = order.at(y);
            const ClipCandidate& cb = items.at(b);
            if (cb.platform == ca.platform || prepared.at(b).tokens.isEmpty())
                continue;
            ++result.pairsCompared;
            if (ca.durationMs && cb.durationMs &&
                std::abs(*ca.durationMs - *cb.durationMs) > R::MaxDurationGapMs)
                continue;
            // Titles less similar than any verdict above TextDiffers needs: no need for the full verdict.
            const auto [common, all] = overlap(prepared.at(a).tokens, prepared.at(b).tokens);
            if (double(common) + 1e-9 < R::MinSimilarity * double(all))
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
        if (secs.at(l.b) != secs.at(r.b))
            return secs.at(l.b) < secs.at(r.b);
        return l.a != r.a ? l.a < r.a : l.b < r.b;
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

} // namespace

ClipRule::Grouping ClipRule::group(const QList<ClipCandidate>& items)
{
    QHash<QString, int> ids;
    QList<Prepared> prepared;
    prepared.reserve(items.size());
    QList<QString> keys;
    keys.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        prepared.append(prepare(items.at(i).text, ids));
        keys.append(prepared.constLast().tokens.isEmpty() ? QString()
                                                          : useKey(items.at(i), prepared.constLast().key));
    }
    return groupPrepared(items, prepared, genericUses(keys));
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
    // Decimals for the user's locale ("21,6 h" in German), like every other figure shown.
    const QLocale locale;
    const QString hours = locale.toString(double(publishGapS) / 3600.0, 'f', 1);
    const QString seconds = durationGapMs ? locale.toString(*durationGapMs / 1000.0, 'f', 1) : QString();
    const QString duration =
        durationGapMs ? QCoreApplication::translate("sv::ClipGroups", "durations %1 s apart").arg(seconds)
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
            .arg(seconds);
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
    g.views = clipSum(members, ClipMetric::Views);
    g.likes = clipSum(members, ClipMetric::Likes);
    g.comments = clipSum(members, ClipMetric::Comments);
    g.shares = clipSum(members, ClipMetric::Shares);
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

/// After a creator's decision: the groups around the items it freed or took are recomputed now.
Result<void, LibraryError> regroupAround(LibraryDatabase& db, Result<void, LibraryError> written)
{
    if (!written)
        return written;
    if (auto r = ClipGroups::refresh(db); !r)
        return r.error();
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

/// An item as the rule compares it, as kept in clip_candidates: its normalised words (space-separated, never
/// empty: an item with nothing to compare is no candidate), duration and publishing time.
struct Stored
{
    ClipKey key;
    QString account;
    QString words;
    std::optional<qint64> durationMs;
    qint64 secs = 0;

    ClipCandidate candidate() const
    {
        ClipCandidate c;
        c.platform = key.platform;
        c.account = account;
        c.text = words;
        c.durationMs = durationMs;
        c.publishedAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        return c;
    }
    QString use() const { return useKey(candidate(), words); }
};

QString keyString(const ClipKey& key)
{
    return platformId(key.platform) + QLatin1Char('\x1f') + key.externalId;
}

/// The order every recompute gives the rule its items in: by publishing time, then platform and id.
bool canonicalLess(const Stored& a, const Stored& b)
{
    if (a.secs != b.secs)
        return a.secs < b.secs;
    if (a.key.platform != b.key.platform)
        return platformId(a.key.platform) < platformId(b.key.platform);
    return a.key.externalId < b.key.externalId;
}

/// The candidate of a content row (platform, external_id, account, title, duration_s, published_at from
/// `first` on); empty when its title has nothing to compare.
std::optional<Stored> storedOf(const QSqlQuery& q, int first)
{
    Stored s;
    s.key.platform = platformFromId(q.value(first).toString()).value_or(Platform::YouTube);
    s.key.externalId = q.value(first + 1).toString();
    s.account = q.value(first + 2).toString();
    s.words = comparedTokens(q.value(first + 3).toString()).join(QLatin1Char(' '));
    if (const qint64 d = q.value(first + 4).toLongLong(); d > 0)
        s.durationMs = d * 1000;
    s.secs = q.value(first + 5).toLongLong();
    if (s.words.isEmpty())
        return std::nullopt;
    return s;
}

Stored storedFromRow(const QSqlQuery& q)
{
    Stored s;
    s.key.platform = platformFromId(q.value(0).toString()).value_or(Platform::YouTube);
    s.key.externalId = q.value(1).toString();
    s.account = q.value(2).toString();
    s.words = q.value(3).toString();
    if (!q.value(4).isNull())
        s.durationMs = q.value(4).toLongLong();
    s.secs = q.value(5).toLongLong();
    return s;
}

/// The rule on stored candidates (in canonical order) whose generic titles are known.
ClipRule::Grouping groupStored(const QList<Stored>& items, const QList<bool>& generic)
{
    QHash<QString, int> ids;
    QList<ClipCandidate> candidates;
    QList<Prepared> prepared;
    candidates.reserve(items.size());
    prepared.reserve(items.size());
    for (const Stored& s : items) {
        candidates.append(s.candidate());
        prepared.append(preparedOf(s.words.split(QLatin1Char(' ')), ids));
    }
    return groupPrepared(candidates, prepared, generic);
}

/// Whether two items could be linked by the rule whatever their titles' use on the account: a superset of
/// the pairs that match or relate (the region a change reaches is closed under it).
bool mayRelate(const Stored& a, const QList<int>& ta, const Stored& b, const QList<int>& tb)
{
    if (a.key.platform == b.key.platform || std::abs(a.secs - b.secs) > ClipRule::MaxPublishGapS)
        return false;
    if (a.durationMs && b.durationMs && std::abs(*a.durationMs - *b.durationMs) > ClipRule::MaxDurationGapMs)
        return false;
    const auto [common, all] = overlap(ta, tb);
    return all > 0 && double(common) + 1e-9 >= ClipRule::MinSimilarity * double(all);
}

/// Keys the creator's decisions hold (in a manual group, or kept apart): never candidates.
Result<QSet<QString>, LibraryError> heldKeys(LibraryDatabase& db)
{
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
    return held;
}

/// Marks items for the next recompute (a creator's decision changes which items the rule may group).
Result<void, LibraryError> markDirty(LibraryDatabase& db, const QList<ClipKey>& keys)
{
    for (const ClipKey& k : keys) {
        if (auto r = exec(db,
                          QStringLiteral("INSERT OR IGNORE INTO clip_group_dirty (platform, external_id) "
                                         "VALUES (?, ?)"),
                          {platformId(k.platform), k.externalId});
            !r)
            return r;
    }
    return exec(db, QStringLiteral("UPDATE clip_group_state SET stale = 1 WHERE id = 1"), {});
}

/// Marks the members of a group (and `more`) for the next recompute.
Result<void, LibraryError> markGroupDirty(LibraryDatabase& db, qint64 groupId, QList<ClipKey> more = {})
{
    auto read =
        forEachRow(db,
                   QStringLiteral("SELECT platform, external_id FROM clip_group_members WHERE group_id = %1")
                       .arg(groupId),
                   [&](const QSqlQuery& q) {
                       more.append({platformFromId(q.value(0).toString()).value_or(Platform::YouTube),
                                    q.value(1).toString()});
                   });
    if (!read)
        return read.error();
    return markDirty(db, more);
}

/// Writes the groups of `grouping` (indexes into `items`) as automatic groups.
Result<void, LibraryError> insertGroups(LibraryDatabase& db, const ClipRule::Grouping& grouping,
                                        const QList<Stored>& items)
{
    for (qsizetype g = 0; g < grouping.groups.size(); ++g) {
        const auto id = insertGroup(db, false, grouping.scores.at(g));
        if (!id)
            return id.error();
        for (int i : grouping.groups.at(g)) {
            if (auto r = addMember(db, id.value(), items.at(i).key); !r)
                return r;
        }
    }
    return {};
}

Result<void, LibraryError> insertStored(QSqlQuery& q, const Stored& s)
{
    if (!execBound(q, {platformId(s.key.platform), s.key.externalId, s.account, s.words,
                       s.durationMs ? QVariant(*s.durationMs) : QVariant(QMetaType(QMetaType::LongLong)),
                       s.secs}))
        return LibraryDatabase::sqlError(writeError(), q.lastError());
    return {};
}

const QString kInsertStored = QStringLiteral("INSERT OR REPLACE INTO clip_candidates (platform, external_id, "
                                             "account, words, duration_ms, published_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)");
const QString kCleanState =
    QStringLiteral("UPDATE clip_group_state SET stale = 0, rebuild = 0, computed_at = ? WHERE id = 1");

/// Recomputes every automatic group from every item (and the candidates kept for the next incremental one).
Result<ClipGroups::RefreshOutcome, LibraryError> refreshAll(LibraryDatabase& db)
{
    ClipGroups::RefreshOutcome outcome;
    // Read and written in one write transaction: what another process commits meanwhile waits for it, so
    // its marks (clip_group_dirty, rebuild) are never cleared unread.
    auto written = db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        const auto held = heldKeys(db);
        if (!held)
            return held.error();
        QList<Stored> items;
        // One row per (platform, external id), the newest, as the incremental recompute reads it.
        auto read = forEachRow(
            db,
            QStringLiteral(
                "SELECT platform, external_id, account, title, duration_s, published_at, max(id) FROM "
                "content WHERE published_at IS NOT NULL GROUP BY platform, external_id"),
            [&](const QSqlQuery& q) {
                if (held->contains(q.value(0).toString() + QLatin1Char('\x1f') + q.value(1).toString()))
                    return;
                if (auto s = storedOf(q, 0))
                    items.append(*s);
            });
        if (!read)
            return read.error();
        std::sort(items.begin(), items.end(), canonicalLess);
        QList<QString> uses;
        uses.reserve(items.size());
        for (const Stored& s : std::as_const(items))
            uses.append(s.use());
        const ClipRule::Grouping grouping = groupStored(items, genericUses(uses));
        outcome.recomputed = true;
        outcome.items = items.size();
        outcome.pairsCompared = grouping.pairsCompared;
        outcome.groups = int(grouping.groups.size());
        // The members of automatic groups go with them (ON DELETE CASCADE).
        if (auto r = exec(db, QStringLiteral("DELETE FROM clip_groups WHERE manual = 0"), {}); !r)
            return r;
        if (auto r = insertGroups(db, grouping, items); !r)
            return r;
        if (auto r = exec(db, QStringLiteral("DELETE FROM clip_candidates"), {}); !r)
            return r;
        QSqlQuery q(db.connection());
        q.prepare(kInsertStored);
        for (const Stored& s : std::as_const(items)) {
            if (auto r = insertStored(q, s); !r)
                return r;
        }
        if (auto r = exec(db, QStringLiteral("DELETE FROM clip_group_dirty"), {}); !r)
            return r;
        return exec(db, kCleanState, {QDateTime::currentSecsSinceEpoch()});
    });
    if (!written)
        return written.error();
    return outcome;
}

/// The incremental recompute's view of the candidates: those kept by the last recompute, with the changed
/// items (`changed`: their current state, or none) in place of their kept state; loaded by time range.
class CandidateView
{
public:
    CandidateView(LibraryDatabase& db, const QHash<QString, std::optional<Stored>>& changed)
        : m_db(db)
        , m_changed(changed)
    {
    }

    /// Loads every candidate published from `from` to `to`.
    Result<void, LibraryError> load(qint64 from, qint64 to)
    {
        // Only the parts of the range not loaded yet.
        for (const auto& [a, b] : std::as_const(m_ranges)) {
            if (a <= from && to <= b)
                return {};
        }
        if (!m_range.isValid()) {
            m_range = QSqlQuery(m_db.connection());
            m_range.setForwardOnly(true);
            m_range.prepare(
                QStringLiteral("SELECT platform, external_id, account, words, duration_ms, published_at FROM "
                               "clip_candidates WHERE published_at >= ? AND published_at <= ?"));
        }
        if (auto r = loadWhere(m_range, {from, to},
                               [&](const Stored& c) { return c.secs >= from && c.secs <= to; });
            !r)
            return r;
        m_ranges.append({from, to});
        return {};
    }

    /// Loads every candidate using these words on the account (all of them, whatever their time).
    Result<void, LibraryError> loadUse(const Stored& like)
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT platform, external_id, account, words, duration_ms, published_at "
                                 "FROM clip_candidates WHERE platform = ? AND account = ? AND words = ?"));
        return loadWhere(q, {platformId(like.key.platform), like.account, like.words},
                         [&](const Stored& c) { return c.use() == like.use(); });
    }

    /// Indexes of the loaded candidates published from `from` to `to` (load() that range first).
    QList<int> within(qint64 from, qint64 to) const
    {
        QList<int> found;
        for (auto it = m_byTime.lower_bound(from); it != m_byTime.end() && it->first <= to; ++it)
            found.append(it->second);
        return found;
    }

    int indexOf(const ClipKey& key) const { return m_index.value(keyString(key), -1); }
    int size() const { return int(m_items.size()); }
    const Stored& at(int i) const { return m_items.at(i); }
    const QList<int>& tokens(int i) const { return m_tokens.at(i); }
    QList<int> tokensOf(const Stored& s) { return preparedOf(s.words.split(QLatin1Char(' ')), m_ids).tokens; }

private:
    /// Adds the kept candidates `q` reads (bar the changed items) and the changed items that `matches`.
    Result<void, LibraryError> loadWhere(QSqlQuery& q, const QVariantList& values,
                                         const std::function<bool(const Stored&)>& matches)
    {
        if (!execBound(q, values))
            return LibraryDatabase::sqlError(readError(), q.lastError());
        while (q.next()) {
            const Stored s = storedFromRow(q);
            if (!m_changed.contains(keyString(s.key)))
                add(s);
        }
        if (q.lastError().isValid())
            return LibraryDatabase::sqlError(readError(), q.lastError());
        q.finish();
        for (const auto& c : m_changed) {
            if (c && matches(*c))
                add(*c);
        }
        return {};
    }

    void add(const Stored& s)
    {
        const QString k = keyString(s.key);
        if (m_index.contains(k))
            return;
        m_index.insert(k, int(m_items.size()));
        m_byTime.emplace(s.secs, int(m_items.size()));
        m_items.append(s);
        m_tokens.append(tokensOf(s));
    }

    LibraryDatabase& m_db;
    const QHash<QString, std::optional<Stored>>& m_changed;
    QSqlQuery m_range;
    QList<std::pair<qint64, qint64>> m_ranges;
    QList<Stored> m_items;
    QList<QList<int>> m_tokens;
    QHash<QString, int> m_index;
    std::multimap<qint64, int> m_byTime;
    QHash<QString, int> m_ids;
};

/// Recomputes the automatic groups around the items marked in clip_group_dirty, inside the caller's write
/// transaction. The result is the full recompute's: the rule links items only within a connected part of
/// the graph of pairs that match or relate, and forms each part's groups from that part's pairs alone (in
/// one canonical order); an item's pairs change only when it changed, or when its title became generic or
/// stopped being (another item with the same words on the account came or went). So the parts to recompute
/// are those reaching a changed item, or an item the changed ones could relate to before the change; every
/// other part, and its stored groups, stays as it is. Returns false when the changes are too many for it to
/// be worth it (the caller recomputes everything).
Result<bool, LibraryError> refreshChanged(LibraryDatabase& db, ClipGroups::RefreshOutcome& outcome)
{
    // Looked at again inside the write transaction: another process may have asked for a full recompute
    // (a bulk import drops the marking triggers) since the caller read the state.
    bool rebuild = false;
    auto state = forEachRow(db, QStringLiteral("SELECT rebuild FROM clip_group_state WHERE id = 1"),
                            [&](const QSqlQuery& q) { rebuild = q.value(0).toInt() != 0; });
    if (!state)
        return state.error();
    if (rebuild)
        return false;
    QList<ClipKey> dirty;
    auto read = forEachRow(
        db, QStringLiteral("SELECT platform, external_id FROM clip_group_dirty"), [&](const QSqlQuery& q) {
            dirty.append(
                {platformFromId(q.value(0).toString()).value_or(Platform::YouTube), q.value(1).toString()});
        });
    if (!read)
        return read.error();
    qint64 kept = 0;
    read = forEachRow(db, QStringLiteral("SELECT count(*) FROM clip_candidates"),
                      [&](const QSqlQuery& q) { kept = q.value(0).toLongLong(); });
    if (!read)
        return read.error();
    // A changed item costs about 0.3-1.5 ms here, an item of a full recompute about 30 us.
    if (dirty.size() > 500 && dirty.size() * 32 > kept)
        return false;
    const auto held = heldKeys(db);
    if (!held)
        return held.error();

    // Each changed item's state at the last recompute (if it was a candidate) and now (if it is one).
    QHash<QString, std::optional<Stored>> now;
    QList<Stored> before;
    QSqlQuery oldRow(db.connection());
    oldRow.prepare(
        QStringLiteral("SELECT platform, external_id, account, words, duration_ms, published_at FROM "
                       "clip_candidates WHERE platform = ? AND external_id = ?"));
    QSqlQuery newRow(db.connection());
    newRow.prepare(
        QStringLiteral("SELECT platform, external_id, account, title, duration_s, published_at FROM content "
                       "WHERE platform = "
                       "? AND external_id = ? AND published_at IS NOT NULL ORDER BY id DESC LIMIT 1"));
    for (const ClipKey& k : std::as_const(dirty)) {
        const QVariantList values{platformId(k.platform), k.externalId};
        if (!execBound(oldRow, values))
            return LibraryDatabase::sqlError(readError(), oldRow.lastError());
        if (oldRow.next())
            before.append(storedFromRow(oldRow));
        oldRow.finish();
        if (!execBound(newRow, values))
            return LibraryDatabase::sqlError(readError(), newRow.lastError());
        std::optional<Stored> current;
        if (newRow.next() && !held->contains(keyString(k)))
            current = storedOf(newRow, 0);
        newRow.finish();
        now.insert(keyString(k), current);
    }

    // How many candidates use each title on the account, kept and now; a title whose count crosses 1 became
    // generic or stopped being: the items using it are changed too.
    QHash<QString, std::pair<qint64, qint64>> uses; // use -> (kept, now)
    QSqlQuery count(db.connection());
    count.prepare(QStringLiteral(
        "SELECT count(*) FROM clip_candidates WHERE platform = ? AND account = ? AND words = ?"));
    const auto useCount = [&](const Stored& s) -> Result<std::pair<qint64, qint64>, LibraryError> {
        const QString u = s.use();
        if (const auto it = uses.constFind(u); it != uses.cend())
            return it.value();
        if (!execBound(count, {platformId(s.key.platform), s.account, s.words}))
            return LibraryDatabase::sqlError(readError(), count.lastError());
        const qint64 n = count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
        qint64 current = n;
        for (const Stored& b : std::as_const(before))
            current -= b.use() == u ? 1 : 0;
        for (const auto& c : std::as_const(now))
            current += c && c->use() == u ? 1 : 0;
        uses.insert(u, {n, current});
        return std::pair<qint64, qint64>{n, current};
    };
    CandidateView view(db, now);
    QList<int> region;
    QSet<int> inRegion;
    const auto addToRegion = [&](int i) {
        if (i >= 0 && !inRegion.contains(i)) {
            inRegion.insert(i);
            region.append(i);
        }
    };
    // The states whose neighbours then are to be recomputed: the changed items' kept states, and the items
    // whose title became generic or stopped being (their pairs changed; they did not).
    QList<Stored> seeds = before;
    QList<Stored> touched = before;
    for (const auto& c : std::as_const(now)) {
        if (c) {
            touched.append(*c);
            if (auto r = view.load(c->secs, c->secs); !r)
                return r.error();
            addToRegion(view.indexOf(c->key));
        }
    }
    QSet<QString> flipped;
    for (const Stored& s : std::as_const(touched)) {
        const auto n = useCount(s);
        if (!n)
            return n.error();
        if ((n->first > 1) == (n->second > 1) || flipped.contains(s.use()))
            continue;
        flipped.insert(s.use());
        if (auto r = view.loadUse(s); !r)
            return r.error();
        for (int i = 0; i < view.size(); ++i) {
            if (view.at(i).use() == s.use()) {
                addToRegion(i);
                seeds.append(view.at(i));
            }
        }
    }
    const auto neighbours = [&](const Stored& s, const QList<int>& tokens) -> Result<void, LibraryError> {
        const qint64 from = s.secs - ClipRule::MaxPublishGapS;
        const qint64 to = s.secs + ClipRule::MaxPublishGapS;
        if (auto r = view.load(from, to); !r)
            return r.error();
        for (int y : view.within(from, to)) {
            if (!inRegion.contains(y) && mayRelate(s, tokens, view.at(y), view.tokens(y)))
                addToRegion(y);
        }
        return {};
    };
    for (const Stored& s : std::as_const(seeds)) {
        if (auto r = neighbours(s, view.tokensOf(s)); !r)
            return r.error();
    }
    // Then every item the region's items could relate to, until none is left.
    for (qsizetype x = 0; x < region.size(); ++x) {
        // Copies: loading more candidates moves the view's items.
        const Stored s = view.at(region.at(x));
        const QList<int> tokens = view.tokens(region.at(x));
        if (auto r = neighbours(s, tokens); !r)
            return r.error();
    }

    QList<Stored> items;
    items.reserve(region.size());
    for (int i : std::as_const(region))
        items.append(view.at(i));
    std::sort(items.begin(), items.end(), canonicalLess);
    QList<bool> generic(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto n = useCount(items.at(i));
        if (!n)
            return n.error();
        generic[i] = n->second > 1;
    }
    const ClipRule::Grouping grouping = groupStored(items, generic);
    outcome.recomputed = true;
    outcome.incremental = true;
    outcome.changed = dirty.size();
    outcome.items = items.size();
    outcome.pairsCompared = grouping.pairsCompared;
    outcome.groups = int(grouping.groups.size());

    // The automatic groups of the region and of the changed items are replaced (none reaches outside them).
    QSqlQuery groupOf(db.connection());
    groupOf.prepare(QStringLiteral("SELECT g.id FROM clip_group_members m JOIN clip_groups g ON g.id = "
                                   "m.group_id WHERE g.manual = 0 AND m.platform = ? AND m.external_id = ?"));
    QSet<qint64> replaced;
    QList<ClipKey> keys = dirty;
    for (const Stored& s : std::as_const(items))
        keys.append(s.key);
    for (const ClipKey& k : std::as_const(keys)) {
        if (!execBound(groupOf, {platformId(k.platform), k.externalId}))
            return LibraryDatabase::sqlError(readError(), groupOf.lastError());
        while (groupOf.next())
            replaced.insert(groupOf.value(0).toLongLong());
        groupOf.finish();
    }
    for (qint64 id : std::as_const(replaced)) {
        if (auto r = exec(db, QStringLiteral("DELETE FROM clip_groups WHERE id = ?"), {id}); !r)
            return r.error();
    }
    if (auto r = insertGroups(db, grouping, items); !r)
        return r.error();
    QSqlQuery insert(db.connection());
    insert.prepare(kInsertStored);
    for (const ClipKey& k : std::as_const(dirty)) {
        const QVariantList values{platformId(k.platform), k.externalId};
        if (auto r =
                exec(db, QStringLiteral("DELETE FROM clip_candidates WHERE platform = ? AND external_id = ?"),
                     values);
            !r)
            return r.error();
        if (const auto& c = now.value(keyString(k)); c) {
            if (auto r = insertStored(insert, *c); !r)
                return r.error();
        }
        if (auto r = exec(
                db, QStringLiteral("DELETE FROM clip_group_dirty WHERE platform = ? AND external_id = ?"),
                values);
            !r)
            return r.error();
    }
    if (auto r = exec(db, kCleanState, {QDateTime::currentSecsSinceEpoch()}); !r)
        return r.error();
    return true;
}

} // namespace

Result<ClipGroups::RefreshOutcome, LibraryError> ClipGroups::refresh(LibraryDatabase& db, bool force)
{
    if (!db.isOpen())
        return LibraryDatabase::notOpenError();
    RefreshOutcome outcome;
    bool stale = true;
    bool rebuild = true;
    auto state = forEachRow(db, QStringLiteral("SELECT stale, rebuild FROM clip_group_state WHERE id = 1"),
                            [&](const QSqlQuery& q) {
                                stale = q.value(0).toInt() != 0;
                                rebuild = q.value(1).toInt() != 0;
                            });
    if (!state)
        return state.error();
    if (!force && !rebuild && !stale)
        return outcome;
    if (!force && !rebuild) {
        bool done = false;
        auto changed = db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
            const auto r = refreshChanged(db, outcome);
            if (!r)
                return r.error();
            done = r.value();
            return {};
        });
        if (!changed)
            return changed.error();
        if (done)
            return outcome;
    }
    return refreshAll(db);
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
    auto written = db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        // Held by the creator from now on: no longer candidates for the rule.
        if (auto r = markGroupDirty(db, id.value()); !r)
            return r;
        return exec(db, QStringLiteral("UPDATE clip_groups SET manual = 1 WHERE id = ?"), {id.value()});
    });
    written = regroupAround(db, written);
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
    return regroupAround(db, db.transaction(writeError(), [&]() -> Result<void, LibraryError> {
        // The item is held apart now, and the rest of its group may be grouped otherwise.
        if (auto r = markGroupDirty(db, id.value(), {key}); !r)
            return r;
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
    }));
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
        if (auto r = markDirty(db, distinct); !r)
            return r;
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
    written = regroupAround(db, written);
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
