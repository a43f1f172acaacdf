#pragma once

#include "library/ContentItem.h"
#include "library/LibraryDatabase.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include "Result.h"

namespace sv {

/// The library's import/export file formats (docs/LIBRARY_FORMAT.md).
///
/// JSON: an array of objects with the fields of fieldNames(). CSV (RFC 4180): a header row naming
/// the columns, then one record per item; values containing a comma, a quote or a line break are
/// quoted, quotes doubled. platform, account and external_id are required; the other fields may be
/// missing, null (JSON) or empty (CSV). Dates are ISO 8601 (UTC "Z" on export; a date and time
/// without an offset is read as UTC). Unknown fields and columns are ignored. `views_known` (true/false)
/// says whether `views` is the platform's figure: written for every item (views then null or empty where
/// unknown); read into ContentItem::viewsKnown, and where a file lacks it, Instagram's views are unknown
/// and the others' known, as in files written before the field.
///
/// Parsing validates everything first: the error names the 1-based item and the field at fault.
class LibraryFileFormat
{
public:
    /// In file order: the JSON keys written and the CSV header.
    static const QStringList& fieldNames();

    static Result<QList<ContentItem>, LibraryError> parse(const QByteArray& data, ExportFormat format);
    static Result<QList<ContentItem>, LibraryError> parseJson(const QByteArray& data);
    static Result<QList<ContentItem>, LibraryError> parseCsv(const QByteArray& data);

    /// Parses an ISO 8601 date-time (or date) string; UTC when it carries no offset. Invalid on error.
    static QDateTime parseDateTime(QStringView text);
    /// "2024-03-01T12:00:00Z".
    static QString formatDateTime(const QDateTime& dt);

    /// Streams items to a device in one of the formats.
    class Writer
    {
    public:
        Writer(QIODevice& out, ExportFormat format);
        bool begin();
        bool write(const ContentItem& item);
        bool finish();
        QString errorString() const;

    private:
        bool put(const QByteArray& bytes);
        QIODevice& m_out;
        ExportFormat m_format;
        qint64 m_count = 0;
        bool m_failed = false;
    };
};

} // namespace sv
