#include "text/Graphemes.h"

#include <QTextBoundaryFinder>

namespace sv::Graphemes {

namespace {

/// UTF-16 units analysed at once: memory stays bounded for any length of text.
constexpr qsizetype WindowLength = 4096;
static_assert(WindowLength > 2 * MaxClusterLength);

} // namespace

Iterator::Iterator(QStringView text)
    : m_text(text)
{
}

Iterator::~Iterator() = default;

void Iterator::startWindow()
{
    // A window starts at a cluster boundary (or at a forced cut), where the rules need no earlier context:
    // GB11's emoji chain and GB12/13's regional-indicator pairs never reach back across a boundary.
    m_windowStart = m_position;
    m_windowEnd = std::min(m_text.size(), m_windowStart + WindowLength);
    if (m_windowEnd < m_text.size() && m_text.at(m_windowEnd - 1).isHighSurrogate())
        ++m_windowEnd; // keep the pair whole
    m_finder = std::make_unique<QTextBoundaryFinder>(
        QTextBoundaryFinder::Grapheme, m_text.sliced(m_windowStart, m_windowEnd - m_windowStart));
}

QStringView Iterator::next()
{
    if (m_position >= m_text.size())
        return {};
    if (!m_finder || m_position >= m_windowEnd)
        startWindow();
    m_finder->setPosition(m_position - m_windowStart);
    qsizetype end = m_finder->toNextBoundary();
    end = end < 0 ? m_windowEnd : m_windowStart + end;
    if (end >= m_windowEnd && m_windowEnd < m_text.size() && m_position > m_windowStart) {
        // The end of a window is no boundary of the text: the cluster may go on. Look again from its start.
        startWindow();
        return next();
    }
    if (end - m_position > MaxClusterLength) {
        end = m_position + MaxClusterLength;
        if (m_text.at(end - 1).isHighSurrogate() && m_text.at(end).isLowSurrogate())
            --end; // between code points, never inside one
    }
    const QStringView cluster = m_text.sliced(m_position, end - m_position);
    m_position = end;
    return cluster;
}

qsizetype count(QStringView text)
{
    Iterator it(text);
    qsizetype n = 0;
    while (!it.next().isEmpty())
        ++n;
    return n;
}

qsizetype prefixLength(QStringView text, qsizetype clusters)
{
    Iterator it(text);
    for (qsizetype i = 0; i < clusters; ++i) {
        if (it.next().isEmpty())
            break;
    }
    return it.position();
}

QString left(QStringView text, qsizetype clusters)
{
    return text.first(prefixLength(text, clusters)).toString();
}

QString elide(QStringView text, qsizetype maxClusters)
{
    if (maxClusters <= 0)
        return {};
    Iterator it(text);
    for (qsizetype i = 0; i < maxClusters - 1; ++i) {
        if (it.next().isEmpty())
            return text.toString();
    }
    const qsizetype cut = it.position();
    it.next(); // the last cluster that may still fit
    if (it.position() == text.size())
        return text.toString();
    QStringView kept = text.first(cut);
    while (!kept.isEmpty() && kept.back().isSpace())
        kept.chop(1);
    return kept.toString() + QChar(0x2026);
}

} // namespace sv::Graphemes
