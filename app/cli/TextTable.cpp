#include "TextTable.h"

#include "CliContext.h"

#include "text/Graphemes.h"

#include <algorithm>

namespace sv::cli {

namespace {

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF) ||
           (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1F64F) ||
           (u >= 0x1F900 && u <= 0x1F9FF) || (u >= 0x20000 && u <= 0x3FFFD);
}

/// The columns a terminal gives one user-perceived character: none for a lone mark or format character,
/// two for a wide (CJK) character or an emoji (a flag, a ZWJ sequence, a skin tone: its widest part;
/// VS16 asks for the emoji form), else one.
qsizetype clusterWidth(QStringView cluster)
{
    qsizetype width = 0;
    bool emoji = false;
    for (const char32_t u : cluster.toUcs4()) {
        emoji = emoji || u == 0xFE0F || (u >= 0x1F1E6 && u <= 0x1F1FF);
        const QChar::Category category = QChar::category(u);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width = std::max<qsizetype>(width, isWide(u) ? 2 : 1);
    }
    return width > 0 && emoji ? 2 : width;
}

QString pad(const QString& cell, qsizetype width, TextTable::Align align)
{
    const qsizetype fill = qMax<qsizetype>(0, width - displayWidth(cell));
    const QString spaces(fill, QLatin1Char(' '));
    return align == TextTable::Align::Right ? spaces + cell : cell + spaces;
}

} // namespace

qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    Graphemes::Iterator clusters(text);
    for (QStringView cluster = clusters.next(); !cluster.isEmpty(); cluster = clusters.next())
        width += clusterWidth(cluster);
    return width;
}

TextTable::TextTable(QList<Align> alignment)
    : m_alignment(std::move(alignment))
{
}

void TextTable::setHeader(const QStringList& header)
{
    m_header = header;
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList clean;
    clean.reserve(cells.size());
    for (const QString& c : cells)
        clean.append(oneLine(c));
    m_rows.append(clean);
}

void TextTable::print(QTextStream& out) const
{
    const qsizetype columns = m_alignment.size();
    QList<qsizetype> widths(columns, 0);
    const auto measure = [&](const QStringList& row) {
        for (qsizetype i = 0; i < columns && i < row.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < columns; ++i) {
            const QString cell = i < row.size() ? row.at(i) : QString();
            if (i > 0)
                line += QStringLiteral("  ");
            const bool last = i == columns - 1;
            line +=
                last && m_alignment.at(i) == Align::Left ? cell : pad(cell, widths.at(i), m_alignment.at(i));
        }
        out << line << '\n';
    };
    if (!m_header.isEmpty())
        printRow(m_header);
    for (const QStringList& row : m_rows)
        printRow(row);
}

} // namespace sv::cli
