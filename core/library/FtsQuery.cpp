#include "library/FtsQuery.h"

#include <QChar>
#include <QStringView>

namespace sv {

bool FtsQuery::isTokenCharacter(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Symbol_Other: // emoji and other pictographs
        return true;
    default:
        return false;
    }
}

namespace {

bool hasTokenCharacter(QStringView word)
{
    for (const char32_t c : word.toUcs4()) {
        if (FtsQuery::isTokenCharacter(c))
            return true;
    }
    return false;
}

/// Cuts at most `max` code units without splitting a surrogate pair.
QString cut(QString word, int max)
{
    if (word.size() <= max)
        return word;
    int n = max;
    if (n > 0 && word.at(n - 1).isHighSurrogate())
        --n;
    word.truncate(n);
    return word;
}

} // namespace

QStringList FtsQuery::words(const QString& userText)
{
    QStringList result;
    // Split on any white space (including NBSP and other Unicode spaces) and on control characters,
    // so a NUL or a line break inside the text can never reach the SQL layer inside a word.
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty() && hasTokenCharacter(current) && result.size() < MaxWords)
            result.append(cut(current, MaxWordLength));
        current.clear();
    };
    for (const QChar c : userText) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            flush();
        else
            current.append(c);
    }
    flush();
    return result;
}

QString FtsQuery::matchExpression(const QString& userText)
{
    const QStringList list = words(userText);
    QString expr;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString quoted = list.at(i);
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!expr.isEmpty())
            expr.append(QLatin1Char(' '));
        expr.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
        if (i == list.size() - 1)
            expr.append(QLatin1Char('*'));
    }
    return expr;
}

} // namespace sv
