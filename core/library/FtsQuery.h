#pragma once

#include <QString>
#include <QStringList>

namespace sv {

/// Turns free user text into a safe FTS5 MATCH expression.
///
/// The text is split on white space into words; a word that contains no searchable character
/// (letter, number, private-use or symbol such as an emoji, the same classes the library's
/// tokenizer indexes) is dropped. Each remaining word is quoted as an FTS5 string with `"` doubled,
/// so quotes, `*`, `-`, `^`, `:`, parentheses and the keywords AND/OR/NOT/NEAR are plain text and
/// never an operator or a syntax error. A word made of several tokens ("rock'n'roll", "foo-bar")
/// becomes a phrase whose tokens must be adjacent. The words are ANDed; the last one is a prefix
/// match (search-as-you-type). Accents are folded by the tokenizer on both sides ("cafe" finds
/// "Café" and the other way round).
class FtsQuery
{
public:
    /// At most this many words are used; further words are ignored.
    static constexpr int MaxWords = 32;
    /// Words longer than this (in UTF-16 code units) are cut.
    static constexpr int MaxWordLength = 128;

    /// The user's words after dropping the unsearchable ones (unquoted).
    static QStringList words(const QString& userText);
    /// The MATCH expression, or an empty string when nothing searchable remains.
    static QString matchExpression(const QString& userText);
    /// True if `ucs4` is indexed by the library's tokenizer (categories L* N* Co So).
    static bool isTokenCharacter(char32_t ucs4);
};

} // namespace sv
