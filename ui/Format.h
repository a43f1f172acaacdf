#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace sv {

/// Locale-aware, translated presentation of library values (counts, dates, durations, kinds).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(sv::Format)
public:
    /// "1,234 views" / "1.234 Aufrufe": plural-aware and grouped for the locale.
    static QString views(qint64 count, const QLocale& locale = {});
    static QString likes(qint64 count, const QLocale& locale = {});
    static QString comments(qint64 count, const QLocale& locale = {});
    static QString results(qint64 count, const QLocale& locale = {});
    static QString libraryItems(qint64 count, const QLocale& locale = {});
    /// "4:05", "1:02:03"; empty for zero or negative.
    static QString duration(qint64 seconds);
    static QString shortDate(const QDateTime& when, const QLocale& locale = {});
    static QString longDateTime(const QDateTime& when, const QLocale& locale = {});
    /// The translated name of a content kind ("video" -> "Video"); unknown kinds are shown as stored.
    static QString kind(const QString& kind);
    /// The kinds the filter offers, in display order.
    static QStringList knownKinds();
    /// The first character of a name as a user sees it (an emoji, a flag, a letter with its accents),
    /// upper-cased, for a placeholder avatar; "?" for an empty name.
    static QString initial(const QString& name);
};

} // namespace sv
