#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace sv::cli {

/// A plain-text table with aligned columns for people reading a terminal. Cells are kept on one line;
/// the last column is not padded, so long titles never push anything.
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QList<Align> alignment);

    void setHeader(const QStringList& header);
    void addRow(const QStringList& cells);
    qsizetype rowCount() const { return m_rows.size(); }

    void print(QTextStream& out) const;

private:
    QList<Align> m_alignment;
    QStringList m_header;
    QList<QStringList> m_rows;
};

/// The width a terminal gives a string, counted per user-perceived character (grapheme cluster): wide
/// (CJK) characters and emoji, flags and ZWJ sequences included, take two columns, combining marks and
/// zero-width characters none.
qsizetype displayWidth(const QString& text);

} // namespace sv::cli
