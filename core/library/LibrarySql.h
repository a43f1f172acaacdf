#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sv::librarySql {

/// Text columns of the library are NOT NULL DEFAULT '': a null QString must bind as '' (Qt binds it as NULL).
inline QString nn(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Runs a prepared statement with positional values; the caller finishes the query.
inline bool execBound(QSqlQuery& q, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return q.exec();
}

} // namespace sv::librarySql
