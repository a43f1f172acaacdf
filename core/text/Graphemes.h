#pragma once

#include <QString>
#include <QStringView>

#include <memory>

class QTextBoundaryFinder;

namespace sv {

/// Text as a user sees it: extended grapheme clusters (UAX #29), the "characters" of a caption or a title.
/// An emoji with a skin tone, a flag (two regional indicators), a ZWJ sequence such as 👨‍👩‍👧, a
/// letter with combining marks and a Hangul syllable made of jamo are each one cluster. Every place that
/// shortens or counts text a user sees goes through here, so no cut ever lands inside a character
/// (half a surrogate pair shows as "?", a lone skin tone or regional indicator as a stray glyph).
///
/// Boundaries come from QTextBoundaryFinder::Grapheme (Qt 6.4: Unicode 14 data, ZWJ sequences (GB11) and
/// regional-indicator pairs (GB12/13) included; newer emoji are covered through the reserved
/// Extended_Pictographic ranges). Two limits keep the cost bounded whatever the input:
/// - a cluster longer than MaxClusterLength UTF-16 units (only "Zalgo" text with piles of combining marks
///   gets there; the longest emoji sequences have 15) counts as several, cut between code points;
/// - text is analysed in windows, so memory does not grow with the length of the text.
namespace Graphemes {

/// The most UTF-16 units one cluster may hold before it is counted as two.
inline constexpr qsizetype MaxClusterLength = 64;

/// Walks the clusters of `text` from the start. `text` must outlive the iterator.
class Iterator
{
public:
    explicit Iterator(QStringView text);
    ~Iterator();
    Iterator(const Iterator&) = delete;
    Iterator& operator=(const Iterator&) = delete;

    /// The next cluster; an empty view at the end of the text.
    QStringView next();
    /// UTF-16 offset where the next cluster starts (the length walked so far).
    qsizetype position() const { return m_position; }

private:
    void startWindow();

    QStringView m_text;
    qsizetype m_position = 0;
    qsizetype m_windowStart = 0;
    qsizetype m_windowEnd = 0;
    std::unique_ptr<QTextBoundaryFinder> m_finder;
};

/// How many clusters `text` has.
qsizetype count(QStringView text);

/// The UTF-16 length of the first `clusters` clusters of `text` (all of it when it has no more).
qsizetype prefixLength(QStringView text, qsizetype clusters);

/// The first `clusters` clusters of `text`.
QString left(QStringView text, qsizetype clusters);

/// `text` unchanged when it has at most `maxClusters` clusters; otherwise its first `maxClusters - 1`
/// clusters, without trailing white space, followed by "…" (so the result has at most `maxClusters`).
QString elide(QStringView text, qsizetype maxClusters);

} // namespace Graphemes
} // namespace sv
