#pragma once

#include <QString>

struct sqlite3;

namespace sv {

/// The library's relevance ranking: an FTS5 auxiliary function that computes exactly what FTS5's
/// built-in `bm25(content_fts, w0, w1, ...)` computes (same formula, k1 = 1.2, b = 0.75, same
/// floating-point operations in the same order, so the same doubles and therefore the same order),
/// but faster on queries that match many rows.
///
/// bm25 needs the length of every matching row. The built-in function reads it with one lookup in
/// the `<table>_docsize` shadow table per row, which is about three quarters of the cost of ranking
/// 20,000 matches. This function keeps a copy of that table in memory, per connection, and reads the
/// lengths from it. The copy is valid for one version of the database file: it is used only in
/// autocommit mode (no open transaction that could hold uncommitted changes) and only while
/// SQLITE_FCNTL_DATA_VERSION, which changes with every commit by this or any other connection, is the
/// value it was loaded under. It is (re)loaded only by a query whose rarest phrase matches at least
/// an eighth of the rows (loading costs about as much as a few thousand lookups); other queries, and
/// queries inside a transaction, read each length from the table like bm25 does. Each query also
/// checks its first row's length against the table.
///
/// bm25 also counts the rows matching each phrase (a pass over the phrase's doclist) for its IDF.
/// Optional arguments after the column weights spare that pass:
/// - one integer: the number of rows matching the query, when it has a single phrase (the caller
///   counted it with the same MATCH expression over the whole table); ignored for other queries;
/// - or one text per phrase, in the order of the MATCH expression: the phrase as written there
///   (e.g. `"new"` and `"day"*`). Each phrase's count is then kept per connection for the data version
///   (same conditions as the lengths) under that text, so the same word is counted once, not on every
///   keystroke. The texts must be exactly the query's phrases.
///
/// Call: `sv_bm25(table, w0, w1, ...[, extra arguments])` with one weight per column, as bm25.
class FtsRank
{
public:
    static constexpr const char* FunctionName = "sv_bm25";
    /// `sv_phrase_hits(table, text)`: for a query of one phrase, the number of rows matching it (the
    /// same value for every row), from the counts kept per data version under `text` (the phrase as
    /// written in the MATCH expression) or counted; NULL for a query of several phrases.
    static constexpr const char* HitsFunctionName = "sv_phrase_hits";

    /// Registers the functions on `db` for the FTS5 table `table` (in the main schema); only that
    /// table may be ranked with it. Returns an error message, or an empty string on success.
    static QString install(sqlite3* db, const QString& table);

    /// How many times any connection has loaded the lengths into memory (for tests).
    static quint64 lengthLoads();
};

} // namespace sv
