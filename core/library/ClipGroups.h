#pragma once

#include "library/ContentItem.h"
#include "library/LibraryDatabase.h"

#include "Platform.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sv {

/// An item as the grouping knows it: by its platform and the platform's id of it, never by the library's
/// row id (a re-import gives new row ids; a manual decision must still find its items).
struct ClipKey
{
    Platform platform = Platform::YouTube;
    QString externalId;

    static ClipKey of(const ContentItem& item) { return {item.platform, item.externalId}; }
    friend bool operator==(const ClipKey&, const ClipKey&) = default;
};

/// What the rule compares of an item.
struct ClipCandidate
{
    Platform platform = Platform::YouTube;
    QString account;
    QString text;                     ///< the title, or the caption when there is no title
    std::optional<qint64> durationMs; ///< empty when the platform gives none (Instagram)
    QDateTime publishedAt;            ///< invalid when unknown: never grouped

    /// The candidate of a library item: its title (the connectors make it the caption's first line where a
    /// platform has no title), its duration in whole seconds (0 = unknown) and its publishing time.
    static ClipCandidate of(const ContentItem& item);
};

/// The rule's verdict on one pair of items, with its reasons: what the UI and the CLI show as "why".
struct ClipMatch
{
    enum class Verdict {
        Match,           ///< the same clip
        SamePlatform,    ///< a group holds at most one item per platform
        NoPublishTime,   ///< a publishing time is unknown
        TooFarApart,     ///< published more than 72 h apart
        DurationDiffers, ///< both durations known, more than 1 s apart
        NoWords,         ///< a title or caption has nothing to compare (empty once normalised)
        GenericTitle,    ///< the title is used for other clips on the same account: it tells nothing
        TextDiffers,     ///< the normalised titles are not similar enough
        Related ///< not enough alone (a duration unknown: 0.6-0.8 similar), enough beside a closer match
    };
    Verdict verdict = Verdict::TextDiffers;
    double score = 0;                    ///< 0..1; 0 unless Match (see ClipRule::compare)
    double textSimilarity = 0;           ///< Jaccard similarity of the normalised word sets, 0..1
    double threshold = 0;                ///< the similarity this pair needed
    std::optional<qint64> durationGapMs; ///< empty when a duration is unknown
    qint64 publishGapS = 0;
    QStringList commonWords; ///< the normalised words both texts have

    bool matched() const { return verdict == Verdict::Match; }
    /// One sentence for people: the verdict and its figures ("similar titles (83 %), durations 0.0 s
    /// apart, published 5 h apart").
    QString explanation() const;
    /// A stable identifier of the verdict for JSON: "match", "same_platform", "too_far_apart"...
    QString verdictId() const;
};

/// The rule recognising the same clip cross-posted on YouTube (Shorts), TikTok and Instagram (Reels),
/// offline, from the items alone:
/// - different platforms, at most one item per platform in a group;
/// - publishing times at most 72 h apart (72 h exactly still matches);
/// - durations at most 1 s apart when both are known (platforms give whole seconds; Instagram gives no
///   duration: such a pair needs the stricter text similarity below);
/// - normalised titles similar: the words of each (NFKD, accents and case folded, punctuation, emoji,
///   #hashtags and @mentions removed; a hashtag of digits, "Vlog #164", is an episode number and stays)
///   compared by Jaccard similarity |A∩B| / |A∪B| ≥ 0.6, or ≥ 0.8 when a duration is unknown. A text with no
///   word left is compared by its emoji instead (an emoji-only caption matches only about the same emoji),
///   else by its hashtags; a text with nothing never matches;
/// - a title the account uses for more than one item of a platform ("Daily vlog") is generic: it is no
///   evidence and the pair does not match.
/// The score of a match is 0.7 × similarity + 0.15 × (1 − duration gap / 1 s; 0 when unknown) +
/// 0.15 × (1 − publishing gap / 72 h). Groups form greedily from the best-scored matching pairs; two
/// groups join only if their platforms differ and every pair across them at least relates: passes every
/// check but may be 0.6-0.8 similar where a duration is unknown (Related: an Instagram Reel whose caption
/// is close to the YouTube title but a little further from the TikTok one). No chains of weaker links.
class ClipRule
{
public:
    static constexpr qint64 MaxPublishGapS = 72 * 3600;
    static constexpr qint64 MaxDurationGapMs = 1000;
    static constexpr double MinSimilarity = 0.6;
    static constexpr double MinSimilarityWithoutDuration = 0.8;

    /// The normalised words of a title or caption (see the class comment), in order, duplicates kept.
    static QStringList words(const QString& text);

    /// The verdict on one pair. `genericA`/`genericB`: whether the item's title is generic (see the class
    /// comment; group() works it out from the items it is given).
    static ClipMatch compare(const ClipCandidate& a, const ClipCandidate& b, bool genericA = false,
                             bool genericB = false);

    struct Grouping
    {
        QList<QList<int>> groups; ///< indexes into the candidates, each group of 2-3 items
        QList<double> scores;     ///< per group: its weakest pair's score
        qint64 pairsCompared = 0; ///< pairs within the publishing window on different platforms
    };
    /// Groups `items` (any order). Pairs are only looked for within the 72 h window of the items sorted
    /// by publishing time: O(n log n + n·w) for w items per window, never all n² pairs.
    static Grouping group(const QList<ClipCandidate>& items);
};

/// A metric summed over a group's members. A member whose platform does not give the metric (Instagram
/// media have no views; shares outside TikTok) adds nothing and is listed in `missingOn`: the sum is of
/// the known figures only, and empty when no member has the metric (never a made-up 0).
struct ClipMetricSum
{
    std::optional<qint64> sum;
    QList<Platform> missingOn;
};

/// The rule's verdict on two members of a group (indexes into ClipGroup::members).
struct ClipPair
{
    int first = 0;
    int second = 0;
    ClipMatch match;
};

/// A group of items the creator cross-posted, as the UI and the CLI show it.
struct ClipGroup
{
    qint64 id = 0;              ///< Row of clip_groups: changes when automatic groups are recomputed.
    bool manual = false;        ///< Confirmed or merged by the creator: kept as is by every recompute.
    double score = 0;           ///< The weakest pair's score by the rule (also computed for manual groups).
    QList<ContentItem> members; ///< Ordered YouTube, TikTok, Instagram. Instagram views are not known.
    QList<ClipPair> pairs;      ///< The rule's verdict on every pair of members (why they are one).
    ClipMetricSum views;
    ClipMetricSum likes;
    ClipMetricSum comments;
    ClipMetricSum shares;
};

/// The groups of cross-posted clips kept in the library file (schema v7: clip_groups,
/// clip_group_members keyed by (platform, external_id), clip_group_apart, clip_group_state).
///
/// Automatic groups are recomputed by refresh() whenever the content changed in a way the rule looks at
/// (an insert, a delete, a new title, duration or publishing time: triggers mark the state stale and the
/// item changed, schema v10); new counters alone change only the sums, read at listing time. A recompute
/// re-scores only the changed items and those they relate (or related) to, with the result of a recompute
/// of every item (see refresh()). A recompute replaces the automatic groups
/// only: a manual group (confirmed or merged) and an item split out of its group (kept apart) are never
/// undone by it; a decision recomputes the automatic groups around the items it took or freed at once. Every
/// function runs on the library's owning thread (LibraryService's worker).
class ClipGroups
{
public:
    struct RefreshOutcome
    {
        bool recomputed = false;
        bool incremental = false; ///< only around the changed items (else every item)
        qint64 changed = 0;       ///< items changed since the last recompute (incremental)
        int groups = 0;           ///< automatic groups written
        qint64 items = 0;         ///< items given to the rule
        qint64 pairsCompared = 0;
    };
    /// Recomputes the automatic groups when the content changed since the last recompute (or always
    /// with `force`). Called after a sync and an import; list() and groupOf() call it too. Only the parts
    /// of the library the changes reach are recomputed (the items changed, those whose title became
    /// generic or stopped being, and every item linked to them then or now by a pair that may match): the
    /// groups are those a recompute of every item gives. Every item is recomputed with `force`, after an
    /// upgrade, after a bulk import and when more than 500 items and a 32nd of the library changed.
    static Result<RefreshOutcome, LibraryError> refresh(LibraryDatabase& db, bool force = false);

    /// Every group, manual first, then by the newest member's publishing time (newest first). Items no
    /// longer in the library are left out; a group left with fewer than two items is not listed.
    static Result<QList<ClipGroup>, LibraryError> list(LibraryDatabase& db);
    /// The group of an item, empty if it has none.
    static Result<std::optional<ClipGroup>, LibraryError> groupOf(LibraryDatabase& db, const ClipKey& key);

    /// The creator confirms the item's group: it becomes manual, kept as is from now on.
    static Result<ClipGroup, LibraryError> confirm(LibraryDatabase& db, const ClipKey& key);
    /// The creator takes the item out of its group: it is kept apart (never grouped by the rule again,
    /// until merged by hand); the rest of a manual group stays a manual group.
    static Result<void, LibraryError> split(LibraryDatabase& db, const ClipKey& key);
    /// The creator merges the groups (or lone items) of `a` and `b` into one manual group. Refused when
    /// two of its items would be on the same platform.
    static Result<ClipGroup, LibraryError> merge(LibraryDatabase& db, const ClipKey& a, const ClipKey& b);
};

} // namespace sv
