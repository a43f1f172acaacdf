#include "library/LibraryFileFormat.h"

#include "library/ContentLimits.h"
#include "library/KnownFigures.h"
#include "text/Graphemes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringDecoder>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <cstring>
#include <optional>

namespace sv {

namespace {

enum Field {
    FPlatform,
    FAccount,
    FExternalId,
    FTitle,
    FDescription,
    FUrl,
    FThumbnailUrl,
    FKind,
    FPublishedAt,
    FDurationS,
    FViews,
    FLikes,
    FComments,
    FViewsKnown,
    FShares, ///< after views_known: the column added last is written last
    FieldCount
};

constexpr std::array<const char*, FieldCount> kFieldNames = {
    "platform", "account",       "external_id", "title",        "description",
    "url",      "thumbnail_url", "kind",        "published_at", "duration_s",
    "views",    "likes",         "comments",    "views_known",  "shares"};

constexpr qint64 kMaxCount = ContentLimits::MaxCount;

QString fieldName(int f)
{
    return QLatin1String(kFieldNames[size_t(f)]);
}

LibraryError itemError(int item, const QString& field, const QString& what)
{
    LibraryError e;
    e.item = item;
    e.field = field;
    if (item > 0 && !field.isEmpty())
        e.message = QCoreApplication::translate("sv::LibraryFileFormat", "Item %1, field \"%2\": %3")
                        .arg(item)
                        .arg(field, what);
    else if (item > 0)
        e.message = QCoreApplication::translate("sv::LibraryFileFormat", "Item %1: %2").arg(item).arg(what);
    else
        e.message = what;
    return e;
}

QString quoted(const QString& value)
{
    constexpr int kMax = 40; // characters shown before the ellipsis
    return QLatin1Char('"') + Graphemes::elide(value, kMax + 1) + QLatin1Char('"');
}

Result<void, LibraryError> setString(ContentItem& item, int f, const QString& value, int index)
{
    switch (f) {
    case FPlatform: {
        const auto p = platformFromId(value);
        if (!p) {
            if (value.isEmpty())
                return itemError(index, fieldName(f),
                                 QCoreApplication::translate("sv::LibraryFileFormat",
                                                             "is required (youtube, instagram or tiktok)"));
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat",
                                            "%1 is not a platform (use youtube, instagram or tiktok)")
                    .arg(quoted(value)));
        }
        item.platform = *p;
        return {};
    }
    case FAccount:
    case FExternalId:
        if (value.isEmpty())
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat", "is required and must not be empty"));
        (f == FAccount ? item.account : item.externalId) = value;
        return {};
    case FTitle:
        item.title = value;
        return {};
    case FDescription:
        item.description = value;
        return {};
    case FUrl:
        item.url = value;
        return {};
    case FThumbnailUrl:
        item.thumbnailUrl = value;
        return {};
    case FKind:
        item.kind = value;
        return {};
    case FPublishedAt: {
        if (value.isEmpty()) {
            item.publishedAt = QDateTime();
            return {};
        }
        const QDateTime dt = LibraryFileFormat::parseDateTime(value);
        if (!dt.isValid())
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat",
                                            "%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)")
                    .arg(quoted(value)));
        item.publishedAt = dt;
        return {};
    }
    default:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

qint64& countRef(ContentItem& item, int f)
{
    switch (f) {
    case FDurationS:
        return item.durationS;
    case FViews:
        return item.views;
    case FLikes:
        return item.likes;
    default:
        return item.comments;
    }
}

bool isCountField(int f)
{
    return f == FDurationS || f == FViews || f == FLikes || f == FComments || f == FShares;
}

bool isRequired(int f)
{
    return f == FPlatform || f == FAccount || f == FExternalId;
}

/// views_known as the file gives it (empty: not given). Without it, views are known except on Instagram
/// (whose basic fields give none), as in files written before the field; YouTube and TikTok always give
/// views, so for them the field changes nothing.
void setViewsKnown(ContentItem& item, std::optional<bool> known)
{
    item.viewsKnown = item.platform != Platform::Instagram || known.value_or(false);
}

LibraryError notABoolean(int index)
{
    return itemError(index, fieldName(FViewsKnown),
                     QCoreApplication::translate("sv::LibraryFileFormat", "must be true or false"));
}

LibraryError tooLarge(int index, int f, const QString& found)
{
    return itemError(
        index, fieldName(f),
        QCoreApplication::translate("sv::LibraryFileFormat", "is too large (found %1; at most %2)")
            .arg(found.size() > 40 ? found.left(40) + QChar(0x2026) : found)
            .arg(kMaxCount));
}

Result<void, LibraryError> setCount(ContentItem& item, int f, qint64 value, int index)
{
    if (value < 0)
        return itemError(
            index, fieldName(f),
            QCoreApplication::translate("sv::LibraryFileFormat", "must not be negative (found %1)")
                .arg(value));
    if (value > kMaxCount)
        return tooLarge(index, f, QString::number(value));
    if (f == FShares)
        item.shares = value; // absent or null: not given by the platform (never 0)
    else
        countRef(item, f) = value;
    return {};
}

// ---- JSON -------------------------------------------------------------------------------------

/// Which top-level array element (1-based) a byte offset falls in; 0 if before the first one.
int jsonItemAtOffset(const QByteArray& data, qsizetype offset)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectItem = false;
    int items = 0;
    const qsizetype end = qMin(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (depth == 1 && expectItem && c != ']') {
            ++items;
            expectItem = false;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            if (depth == 1)
                expectItem = true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            if (depth == 1)
                expectItem = true;
            break;
        default:
            break;
        }
    }
    // An error right where an item should start (e.g. "[{...},"+EOF) belongs to that next item.
    if (expectItem && depth == 1)
        ++items;
    return items;
}

LibraryError jsonSyntaxError(const QByteArray& data, const QJsonParseError& err)
{
    const qsizetype offset = qBound(qsizetype(0), qsizetype(err.offset), data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size() + 1;
    const int item = jsonItemAtOffset(data, offset);
    const QString where = QCoreApplication::translate("sv::LibraryFileFormat",
                                                      "the JSON is malformed at line %1, column %2 (%3)")
                              .arg(line)
                              .arg(column)
                              .arg(err.errorString());
    if (item > 0)
        return itemError(item, {}, where);
    return itemError(
        0, {},
        QCoreApplication::translate("sv::LibraryFileFormat", "The file is not valid JSON: %1").arg(where));
}

/// The source text of each item's count values: a QJsonValue holds a number as a double, which cannot
/// tell 2^53 + 1 from 2^53 or 1.0000000000000001 from 1. Runs over a document QJsonDocument accepted.
/// Entry i is the i-th object of the top-level array (an element that is not an object stops the
/// import before any later item is read, so the numbering of the items read is exact).
using NumberTokens = std::array<QByteArray, FieldCount>;
QList<NumberTokens> jsonCountTokens(const QByteArray& data)
{
    QList<NumberTokens> tokens;
    int depth = 0;
    bool keyNext = false; // at depth 2, the next string is a key
    int field = -1;       // the count field whose value comes next
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < n && data.at(i) != '"'; ++i) {
                if (data.at(i) == '\\')
                    ++i;
            }
            if (depth == 2 && keyNext) {
                const QByteArray key = data.mid(start, i - start);
                field = -1;
                for (int f = 0; f < FieldCount; ++f) {
                    if (isCountField(f) && key == kFieldNames[size_t(f)])
                        field = f;
                }
                keyNext = false;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth == 2) {
                tokens.append(NumberTokens{});
                keyNext = c == '{';
                field = -1;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 2) {
            keyNext = true;
            field = -1;
        } else if (depth == 2 && field >= 0 && (c == '-' || (c >= '0' && c <= '9'))) {
            qsizetype end = i;
            while (end < n && std::strchr("+-.eE0123456789", data.at(end)) && data.at(end) != '\0')
                ++end;
            tokens.last()[size_t(field)] = data.mid(i, end - i);
            i = end - 1;
            field = -1;
        }
    }
    return tokens;
}

enum class WholeNumber { Ok, Fraction, TooLarge };

/// Reads a JSON number token ("12", "-3", "12e2", "1.0000000000000001") exactly.
WholeNumber parseWholeNumber(QByteArray token, qint64* value)
{
    const bool negative = token.startsWith('-');
    if (negative)
        token.remove(0, 1);
    qsizetype e = token.indexOf('e');
    if (e < 0)
        e = token.indexOf('E');
    QByteArray mantissa = e < 0 ? token : token.left(e);
    const QByteArray exponentText = e < 0 ? QByteArray() : token.mid(e + 1);
    const qsizetype dot = mantissa.indexOf('.');
    qsizetype fractionDigits = 0;
    if (dot >= 0) {
        fractionDigits = mantissa.size() - dot - 1;
        mantissa.remove(dot, 1);
    }
    qsizetype lead = 0;
    while (lead < mantissa.size() && mantissa.at(lead) == '0')
        ++lead;
    QByteArray digits = mantissa.mid(lead);
    if (digits.isEmpty()) {
        *value = 0;
        return WholeNumber::Ok;
    }
    bool ok = true;
    qint64 exponent = exponentText.isEmpty() ? 0 : exponentText.toLongLong(&ok);
    if (!ok)
        return exponentText.startsWith('-') ? WholeNumber::Fraction : WholeNumber::TooLarge;
    if (exponent > 1000000 || exponent < -1000000)
        return exponent < 0 ? WholeNumber::Fraction : WholeNumber::TooLarge;
    exponent -= fractionDigits;
    while (exponent < 0 && digits.endsWith('0')) {
        digits.chop(1);
        ++exponent;
    }
    if (exponent < 0)
        return WholeNumber::Fraction;
    if (digits.size() + exponent > 18)
        return WholeNumber::TooLarge;
    qint64 v = digits.toLongLong();
    for (qint64 k = 0; k < exponent; ++k)
        v *= 10;
    *value = negative ? -v : v;
    return WholeNumber::Ok;
}

Result<void, LibraryError> applyJsonValue(ContentItem& item, int f, const QJsonValue& v, int index,
                                          const QByteArray& token)
{
    if (v.isUndefined() || v.isNull()) {
        if (isRequired(f))
            return itemError(index, fieldName(f),
                             QCoreApplication::translate("sv::LibraryFileFormat", "is required"));
        return {}; // the default of ContentItem: empty, invalid date or 0
    }
    if (isCountField(f)) {
        if (!v.isDouble())
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat", "must be a whole number, not %1")
                    .arg(v.isString()
                             ? QCoreApplication::translate("sv::LibraryFileFormat", "a string")
                             : QCoreApplication::translate("sv::LibraryFileFormat", "another type")));
        if (!token.isEmpty()) {
            qint64 value = 0;
            const QString found = QString::fromLatin1(token.left(40));
            switch (parseWholeNumber(token, &value)) {
            case WholeNumber::Fraction:
                return itemError(
                    index, fieldName(f),
                    QCoreApplication::translate("sv::LibraryFileFormat", "must be a whole number (found %1)")
                        .arg(found));
            case WholeNumber::TooLarge:
                if (token.startsWith('-'))
                    return itemError(index, fieldName(f),
                                     QCoreApplication::translate("sv::LibraryFileFormat",
                                                                 "must not be negative (found %1)")
                                         .arg(found));
                return tooLarge(index, f, QString::fromLatin1(token));
            case WholeNumber::Ok:
                break;
            }
            return setCount(item, f, value, index);
        }
        // No source text (a key written with escapes): only values a double holds exactly.
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat", "must be a whole number (found %1)")
                    .arg(d));
        if (d < 0)
            return itemError(
                index, fieldName(f),
                QCoreApplication::translate("sv::LibraryFileFormat", "must not be negative (found %1)")
                    .arg(d));
        if (d >= double(kMaxCount))
            return tooLarge(index, f, QString::number(d, 'f', 0));
        return setCount(item, f, qint64(d), index);
    }
    if (!v.isString())
        return itemError(index, fieldName(f),
                         QCoreApplication::translate("sv::LibraryFileFormat", "must be a string"));
    return setString(item, f, v.toString(), index);
}

// ---- CSV --------------------------------------------------------------------------------------

struct CsvRecord
{
    QStringList fields;
    int line = 0; ///< 1-based line where the record starts
};

/// RFC 4180 reader (CRLF or LF line ends). Errors name the record (0 = header) and the column.
class CsvReader
{
public:
    explicit CsvReader(const QString& text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    /// Reads the next record; `columnName(i)` names column i in errors.
    template <typename NameFn>
    Result<void, LibraryError> next(CsvRecord& rec, int recordIndex, NameFn columnName)
    {
        rec.fields.clear();
        rec.line = m_line;
        QString field;
        const qsizetype n = m_text.size();
        const auto fail = [&](const QString& what) {
            const QString col = columnName(int(rec.fields.size()));
            if (recordIndex == 0)
                return itemError(0, col,
                                 QCoreApplication::translate("sv::LibraryFileFormat",
                                                             "Line %1 (header), column \"%2\": %3")
                                     .arg(rec.line)
                                     .arg(col, what));
            return itemError(
                recordIndex, col,
                what + QLatin1Char(' ') +
                    QCoreApplication::translate("sv::LibraryFileFormat", "(record starting on line %1)")
                        .arg(rec.line));
        };
        while (true) {
            // Start of a field.
            if (m_pos < n && m_text.at(m_pos) == QLatin1Char('"')) {
                ++m_pos;
                while (true) {
                    if (m_pos >= n)
                        return fail(QCoreApplication::translate("sv::LibraryFileFormat",
                                                                "a quoted value is not closed (missing \")"));
                    const QChar c = m_text.at(m_pos);
                    if (c == QLatin1Char('"')) {
                        if (m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                            field.append(QLatin1Char('"'));
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field.append(c);
                    ++m_pos;
                }
                // After the closing quote: a separator or the end of the record.
                if (m_pos < n) {
                    const QChar c = m_text.at(m_pos);
                    if (c != QLatin1Char(',') && c != QLatin1Char('\n') &&
                        !(c == QLatin1Char('\r') && m_pos + 1 < n &&
                          m_text.at(m_pos + 1) == QLatin1Char('\n')) &&
                        !(c == QLatin1Char('\r') && m_pos + 1 == n))
                        return fail(QCoreApplication::translate(
                            "sv::LibraryFileFormat",
                            "unexpected text after a closing quote (a quote inside a value must be "
                            "doubled: \"\")"));
                }
            } else {
                while (m_pos < n) {
                    const QChar c = m_text.at(m_pos);
                    if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                        break;
                    if (c == QLatin1Char('"'))
                        return fail(QCoreApplication::translate(
                            "sv::LibraryFileFormat",
                            "a quote inside an unquoted value (quote the whole value and double "
                            "the quote: \"\")"));
                    field.append(c);
                    ++m_pos;
                }
                if (m_pos < n && m_text.at(m_pos) == QLatin1Char('\r') &&
                    !(m_pos + 1 == n || m_text.at(m_pos + 1) == QLatin1Char('\n')))
                    return fail(QCoreApplication::translate("sv::LibraryFileFormat",
                                                            "a carriage return inside an unquoted value"));
            }
            rec.fields.append(field);
            field.clear();
            if (m_pos >= n)
                return {};
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            // End of record: \n, \r\n or a final \r.
            if (c == QLatin1Char('\r'))
                ++m_pos;
            if (m_pos < n && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return {};
        }
    }

    /// Skips empty lines; returns true if any content remains.
    bool skipBlankLines()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\n')) {
                ++m_pos;
                ++m_line;
            } else if (c == QLatin1Char('\r') && m_pos + 1 < m_text.size() &&
                       m_text.at(m_pos + 1) == QLatin1Char('\n')) {
                m_pos += 2;
                ++m_line;
            } else {
                return true;
            }
        }
        return false;
    }

private:
    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

QByteArray csvField(const QString& value)
{
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value.toUtf8();
    QString q = value;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + q.toUtf8() + '"';
}

void appendJsonString(QByteArray& out, const QString& s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

/// Fast path for the canonical "YYYY-MM-DDTHH:MM:SSZ".
std::optional<QDateTime> parseCanonical(QStringView t)
{
    if (t.size() != 20 || t[4] != QLatin1Char('-') || t[7] != QLatin1Char('-') || t[10] != QLatin1Char('T') ||
        t[13] != QLatin1Char(':') || t[16] != QLatin1Char(':') || t[19] != QLatin1Char('Z'))
        return std::nullopt;
    const auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), s = num(17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return QDateTime();
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

const QStringList& LibraryFileFormat::fieldNames()
{
    static const QStringList names = [] {
        QStringList l;
        for (const char* n : kFieldNames)
            l.append(QLatin1String(n));
        return l;
    }();
    return names;
}

QDateTime LibraryFileFormat::parseDateTime(QStringView text)
{
    const QStringView t = text.trimmed();
    if (auto fast = parseCanonical(t))
        return *fast;
    QDateTime dt = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the file's times are UTC
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString LibraryFileFormat::formatDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(Qt::ISODate);
}

Result<QList<ContentItem>, LibraryError> LibraryFileFormat::parse(const QByteArray& data, ExportFormat format)
{
    return format == ExportFormat::Json ? parseJson(data) : parseCsv(data);
}

Result<QList<ContentItem>, LibraryError> LibraryFileFormat::parseJson(const QByteArray& data)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        return jsonSyntaxError(data, err);
    if (!doc.isArray())
        return itemError(
            0, {},
            QCoreApplication::translate("sv::LibraryFileFormat",
                                        "The file must contain a JSON array of items ([{...}, ...])."));
    const QJsonArray array = doc.array();
    QList<ContentItem> items;
    items.reserve(array.size());
    QList<QLatin1String> keys;
    for (const char* n : kFieldNames)
        keys.append(QLatin1String(n));
    const QList<NumberTokens> tokens = jsonCountTokens(data);
    int index = 0;
    for (const QJsonValue& v : array) {
        ++index;
        if (!v.isObject())
            return itemError(index, {},
                             QCoreApplication::translate("sv::LibraryFileFormat", "is not a JSON object"));
        const QJsonObject obj = v.toObject();
        ContentItem item;
        const QJsonValue known = obj.value(keys.at(FViewsKnown));
        if (!known.isUndefined() && !known.isNull() && !known.isBool())
            return notABoolean(index);
        for (int f = 0; f < FieldCount; ++f) {
            if (f == FViewsKnown)
                continue;
            const QByteArray token =
                index <= tokens.size() ? tokens.at(index - 1).at(size_t(f)) : QByteArray();
            if (auto e = applyJsonValue(item, f, obj.value(keys.at(f)), index, token); !e)
                return e.error();
        }
        setViewsKnown(item, known.isBool() ? std::optional<bool>(known.toBool()) : std::nullopt);
        if (auto valid = validateContentItem(item, index); !valid)
            return valid.error();
        items.append(std::move(item));
    }
    return items;
}

Result<QList<ContentItem>, LibraryError> LibraryFileFormat::parseCsv(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        return itemError(
            0, {}, QCoreApplication::translate("sv::LibraryFileFormat", "The CSV file is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvReader reader(text);
    if (!reader.skipBlankLines())
        return itemError(0, {},
                         QCoreApplication::translate("sv::LibraryFileFormat",
                                                     "The CSV file is empty: it needs a header row (%1).")
                             .arg(fieldNames().join(QLatin1Char(','))));
    CsvRecord header;
    const auto headerColumnName = [](int i) {
        return QCoreApplication::translate("sv::LibraryFileFormat", "column %1").arg(i + 1);
    };
    if (auto e = reader.next(header, 0, headerColumnName); !e)
        return e.error();

    std::array<int, FieldCount> columnOf;
    columnOf.fill(-1);
    QStringList headerNames;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        headerNames.append(name);
        const qsizetype f = fieldNames().indexOf(name);
        if (f < 0)
            continue; // unknown columns are ignored
        if (columnOf[size_t(f)] >= 0)
            return itemError(0, name,
                             QCoreApplication::translate("sv::LibraryFileFormat",
                                                         "The CSV header names the column \"%1\" twice.")
                                 .arg(name));
        columnOf[size_t(f)] = int(i);
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (isRequired(f) && columnOf[size_t(f)] < 0)
            return itemError(
                0, fieldName(f),
                QCoreApplication::translate(
                    "sv::LibraryFileFormat",
                    "The CSV header has no \"%1\" column (required: platform, account, external_id).")
                    .arg(fieldName(f)));
    }
    const auto columnName = [&headerNames](int i) {
        return i < headerNames.size()
                   ? headerNames.at(i)
                   : QCoreApplication::translate("sv::LibraryFileFormat", "column %1").arg(i + 1);
    };

    QList<ContentItem> items;
    CsvRecord rec;
    int index = 0;
    while (reader.skipBlankLines()) {
        ++index;
        if (auto e = reader.next(rec, index, columnName); !e)
            return e.error();
        if (rec.fields.size() != header.fields.size())
            return itemError(
                index, {},
                QCoreApplication::translate("sv::LibraryFileFormat",
                                            "has %1 values but the header has %2 columns (line %3)")
                    .arg(rec.fields.size())
                    .arg(header.fields.size())
                    .arg(rec.line));
        ContentItem item;
        std::optional<bool> viewsKnown;
        for (int f = 0; f < FieldCount; ++f) {
            const int col = columnOf[size_t(f)];
            const QString value = col >= 0 ? rec.fields.at(col) : QString();
            if (f == FViewsKnown) {
                const QString flag = value.trimmed().toLower();
                if (flag == QLatin1String("true") || flag == QLatin1String("1"))
                    viewsKnown = true;
                else if (flag == QLatin1String("false") || flag == QLatin1String("0"))
                    viewsKnown = false;
                else if (!flag.isEmpty())
                    return notABoolean(index);
            } else if (isCountField(f)) {
                if (value.isEmpty())
                    continue;
                bool ok = false;
                const qint64 n = value.trimmed().toLongLong(&ok);
                if (!ok)
                    return itemError(
                        index, fieldName(f),
                        QCoreApplication::translate("sv::LibraryFileFormat", "%1 is not a whole number")
                            .arg(quoted(value)));
                if (auto e = setCount(item, f, n, index); !e)
                    return e.error();
            } else if (auto e = setString(item, f, value, index); !e) {
                return e.error();
            }
        }
        setViewsKnown(item, viewsKnown);
        if (auto valid = validateContentItem(item, index); !valid)
            return valid.error();
        items.append(std::move(item));
    }
    return items;
}

LibraryFileFormat::Writer::Writer(QIODevice& out, ExportFormat format)
    : m_out(out)
    , m_format(format)
{
}

bool LibraryFileFormat::Writer::put(const QByteArray& bytes)
{
    if (m_failed)
        return false;
    if (m_out.write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

bool LibraryFileFormat::Writer::begin()
{
    if (m_format == ExportFormat::Json)
        return put("[");
    QByteArray header;
    for (const char* n : kFieldNames) {
        if (!header.isEmpty())
            header.append(',');
        header.append(n);
    }
    return put(header + "\r\n");
}

bool LibraryFileFormat::Writer::write(const ContentItem& item)
{
    const QString published = formatDateTime(item.publishedAt);
    QByteArray out;
    out.reserve(256 + item.title.size() + item.description.size() * 2);
    if (m_format == ExportFormat::Json) {
        out.append(m_count == 0 ? "\n  {" : ",\n  {");
        const auto str = [&out](const char* key, const QString& v, bool first = false) {
            if (!first)
                out.append(", ");
            out.append('"').append(key).append("\": ");
            appendJsonString(out, v);
        };
        const auto num = [&out](const char* key, qint64 v) {
            out.append(", \"").append(key).append("\": ").append(QByteArray::number(v));
        };
        str("platform", platformId(item.platform), true);
        str("account", item.account);
        str("external_id", item.externalId);
        str("title", item.title);
        str("description", item.description);
        str("url", item.url);
        str("thumbnail_url", item.thumbnailUrl);
        str("kind", item.kind);
        if (published.isEmpty())
            out.append(", \"published_at\": null");
        else
            str("published_at", published);
        if (const auto duration = knownDuration(item))
            num("duration_s", *duration);
        else
            out.append(", \"duration_s\": null");
        if (item.viewsKnown)
            num("views", item.views);
        else
            out.append(", \"views\": null");
        num("likes", item.likes);
        num("comments", item.comments);
        out.append(item.viewsKnown ? ", \"views_known\": true" : ", \"views_known\": false");
        if (item.shares)
            num("shares", *item.shares);
        else
            out.append(", \"shares\": null");
        out.append('}');
    } else {
        const QList<QByteArray> fields{
            csvField(platformId(item.platform)),
            csvField(item.account),
            csvField(item.externalId),
            csvField(item.title),
            csvField(item.description),
            csvField(item.url),
            csvField(item.thumbnailUrl),
            csvField(item.kind),
            published.toUtf8(),
            knownDuration(item) ? QByteArray::number(item.durationS) : QByteArray(),
            item.viewsKnown ? QByteArray::number(item.views) : QByteArray(),
            QByteArray::number(item.likes),
            QByteArray::number(item.comments),
            item.viewsKnown ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            item.shares ? QByteArray::number(*item.shares) : QByteArray()};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append(fields.at(i));
        }
        out.append("\r\n");
    }
    ++m_count;
    return put(out);
}

bool LibraryFileFormat::Writer::finish()
{
    if (m_format == ExportFormat::Json)
        return put(m_count == 0 ? "]\n" : "\n]\n");
    return !m_failed;
}

QString LibraryFileFormat::Writer::errorString() const
{
    const QString reason = m_out.errorString();
    return reason.isEmpty()
               ? QCoreApplication::translate("sv::LibraryFileFormat", "Could not write the export file.")
               : QCoreApplication::translate("sv::LibraryFileFormat", "Could not write the export file: %1")
                     .arg(reason);
}

} // namespace sv
