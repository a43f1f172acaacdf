#include "library/FtsRank.h"

#include <QByteArray>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <memory>
#include <vector>

namespace sv {

namespace {

std::atomic<quint64> s_lengthLoads{0};

/// Reads one SQLite varint (the encoding of FTS5's size records) of at most four bytes (values below
/// 2^28, far above any column length). Returns the bytes read, 0 if the varint is longer or truncated.
int readVarint(const unsigned char* data, int size, int* value)
{
    int v = 0;
    for (int i = 0; i < 4 && i < size; ++i) {
        v = (v << 7) | (data[i] & 0x7f);
        if (!(data[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    return 0;
}

/// The length in tokens (all columns) of every row of one version of an FTS5 table's docsize table.
class RowLengths
{
public:
    bool isCurrent(unsigned int dataVersion, int columns, sqlite3_int64 rows) const
    {
        return m_loaded && m_dataVersion == dataVersion && m_columns == columns && m_rows == rows;
    }
    /// A load for this version failed or did not match the index: do not retry until it changes.
    bool failedAt(unsigned int dataVersion) const { return m_failed && m_failedVersion == dataVersion; }

    /// The copy disagreed with the table: drop it and do not load again for this version.
    void reject()
    {
        m_failed = true;
        m_failedVersion = m_dataVersion;
        invalidate();
    }

    void invalidate()
    {
        m_loaded = false;
        m_dense.clear();
        m_ids.clear();
        m_lengths.clear();
    }

    /// Reads the whole docsize table (`select` returns id, sz in id order). Keeps nothing and remembers
    /// the failure unless every record decodes and the rows are as many as the index says.
    bool load(sqlite3* db, const QByteArray& select, int columns, sqlite3_int64 rows,
              unsigned int dataVersion)
    {
        invalidate();
        s_lengthLoads.fetch_add(1, std::memory_order_relaxed);
        m_failed = true;
        m_failedVersion = dataVersion;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, select.constData(), int(select.size()), &st, nullptr) != SQLITE_OK) {
            sqlite3_finalize(st);
            return false;
        }
        m_ids.reserve(size_t(std::max<sqlite3_int64>(rows, 0)));
        m_lengths.reserve(size_t(std::max<sqlite3_int64>(rows, 0)));
        bool ok = true;
        int rc = SQLITE_ROW;
        while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            const sqlite3_int64 id = sqlite3_column_int64(st, 0);
            const auto* blob = static_cast<const unsigned char*>(sqlite3_column_blob(st, 1));
            const int size = sqlite3_column_bytes(st, 1);
            // Same rule as FTS5's own decoding: exactly one varint per column, nothing left over.
            // A record that does not decode is left out: that row's length is then read with
            // xColumnSize, which reports the corruption exactly as bm25 would.
            int offset = 0;
            int total = 0;
            bool decoded = true;
            for (int c = 0; c < columns && decoded; ++c) {
                int value = 0;
                const int n = offset < size ? readVarint(blob + offset, size - offset, &value) : 0;
                decoded = n > 0 && value <= INT_MAX / columns;
                offset += n;
                total += value;
            }
            if (decoded && offset == size) {
                ok = m_ids.empty() || id > m_ids.back();
                m_ids.push_back(id);
                m_lengths.push_back(total);
            }
        }
        sqlite3_finalize(st);
        if (!ok || rc != SQLITE_DONE || sqlite3_int64(m_ids.size()) != rows) {
            invalidate();
            return false;
        }
        // Row ids are usually dense (1..n with a few gaps): index them directly when that costs at
        // most about four times the pairs, else search the sorted pairs.
        if (!m_ids.empty()) {
            const quint64 span = quint64(m_ids.back()) - quint64(m_ids.front()) + 1;
            if (span <= quint64(m_ids.size()) * 4 + 1024) {
                m_base = m_ids.front();
                m_dense.assign(size_t(span), -1);
                for (size_t i = 0; i < m_ids.size(); ++i)
                    m_dense[size_t(quint64(m_ids[i]) - quint64(m_base))] = m_lengths[i];
                m_ids = {};
                m_lengths = {};
            }
        }
        m_loaded = true;
        m_failed = false;
        m_dataVersion = dataVersion;
        m_columns = columns;
        m_rows = rows;
        return true;
    }

    /// The row's length, or -1 when it is not known.
    int find(sqlite3_int64 rowid) const
    {
        if (!m_dense.empty()) {
            if (rowid < m_base)
                return -1;
            const quint64 i = quint64(rowid) - quint64(m_base);
            return i < m_dense.size() ? m_dense[size_t(i)] : -1;
        }
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), rowid);
        return it != m_ids.end() && *it == rowid ? m_lengths[size_t(it - m_ids.begin())] : -1;
    }

private:
    bool m_loaded = false;
    bool m_failed = false;
    unsigned int m_failedVersion = 0;
    unsigned int m_dataVersion = 0;
    int m_columns = 0;
    sqlite3_int64 m_rows = 0;
    sqlite3_int64 m_base = 0;
    std::vector<int> m_dense;         ///< length by rowid - m_base, -1 where there is no row
    std::vector<sqlite3_int64> m_ids; ///< sorted, when the ids are too sparse for m_dense
    std::vector<int> m_lengths;       ///< parallel to m_ids
};

/// The function's state on one connection (its FTS5 user data).
struct Connection
{
    sqlite3* db = nullptr;
    QByteArray selectLengths; ///< SELECT id, sz FROM main."<table>_docsize" ORDER BY id
    RowLengths lengths;
    /// Rows matching each phrase (bm25's nHit), keyed by the phrase's text as the caller passed it,
    /// for one data version.
    QHash<QByteArray, sqlite3_int64> hits;
    unsigned int hitsVersion = 0;

    /// The data version of the statement's snapshot, or false when the in-memory copies may not be
    /// used: an open transaction may hold uncommitted writes of this connection, which the data version
    /// does not count yet.
    bool stableVersion(unsigned int* version) const
    {
        return sqlite3_get_autocommit(db) &&
               sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, version) == SQLITE_OK;
    }

    /// The cached hits of this version (emptied when the version changed or it grew large).
    QHash<QByteArray, sqlite3_int64>& hitsFor(unsigned int version)
    {
        if (hitsVersion != version || hits.size() > 4096) {
            hits.clear();
            hitsVersion = version;
        }
        return hits;
    }

    /// The in-memory lengths when they may be used for this statement (`stable`: see stableVersion()),
    /// else nullptr. Loads them when they are missing or stale and the query is big enough.
    const RowLengths* lengthsFor(bool stable, unsigned int version, int columns, sqlite3_int64 rows,
                                 sqlite3_int64 fewestHits)
    {
        if (!stable)
            return nullptr;
        if (lengths.isCurrent(version, columns, rows))
            return &lengths;
        // Loading reads every row (about a quarter of the cost of looking rows up one by one): worth
        // it when the query alone would look up an eighth of the rows or more.
        if (fewestHits < rows / 8 || lengths.failedAt(version))
            return nullptr;
        return lengths.load(db, selectLengths, columns, rows, version) ? &lengths : nullptr;
    }
};

/// Per-statement data (FTS5 aux data): computed on the first row, as bm25 does.
struct Query
{
    int columns = 0;
    int phrases = 0;
    double avgdl = 0;
    std::vector<double> idf;
    std::vector<double> freq;
    const RowLengths* lengths = nullptr; ///< nullptr: read each row's length with xColumnSize
    bool firstRowChecked = false;
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* hits)
{
    ++*static_cast<sqlite3_int64*>(hits);
    return SQLITE_OK;
}

/// The rows matching phrase `i` (bm25's nHit): from the connection's counts when `key` (the phrase's
/// text, may be null) is given and the version is stable, else counted with xQueryPhrase (and kept).
int phraseHits(Connection* connection, const Fts5ExtensionApi* api, Fts5Context* fts, int i,
               sqlite3_value* key, bool stable, unsigned int version, sqlite3_int64* nHit)
{
    *nHit = 0;
    if (!stable || !key || sqlite3_value_type(key) != SQLITE_TEXT)
        return api->xQueryPhrase(fts, i, nHit, countRow);
    const QByteArray text(reinterpret_cast<const char*>(sqlite3_value_text(key)), sqlite3_value_bytes(key));
    auto& cache = connection->hitsFor(version);
    const auto it = cache.constFind(text);
    if (it != cache.constEnd()) {
        *nHit = it.value();
        return SQLITE_OK;
    }
    const int rc = api->xQueryPhrase(fts, i, nHit, countRow);
    if (rc == SQLITE_OK)
        cache.insert(text, *nHit);
    return rc;
}

int prepareQuery(Connection* connection, const Fts5ExtensionApi* api, Fts5Context* fts, int nVal,
                 sqlite3_value** apVal, Query* q)
{
    q->columns = api->xColumnCount(fts);
    q->phrases = api->xPhraseCount(fts);
    sqlite3_int64 nRow = 0;
    sqlite3_int64 nToken = 0;
    int rc = api->xRowCount(fts, &nRow);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &nToken);
    if (rc != SQLITE_OK)
        return rc;
    q->avgdl = (double)nToken / (double)nRow;
    // The caller's count of the rows matching a one-phrase query is that phrase's hit count.
    const bool givenHits =
        q->phrases == 1 && nVal > q->columns && sqlite3_value_type(apVal[q->columns]) == SQLITE_INTEGER;
    unsigned int version = 0;
    const bool stable = connection->stableVersion(&version);
    sqlite3_int64 fewestHits = nRow;
    for (int i = 0; i < q->phrases; ++i) {
        sqlite3_int64 nHit = 0;
        if (givenHits) {
            nHit = sqlite3_value_int64(apVal[q->columns]);
        } else {
            // The phrase's text, when the caller passed one per phrase after the weights: its count is
            // kept for the data version (search-as-you-type counts the same words again and again).
            sqlite3_value* key = nVal >= q->columns + q->phrases ? apVal[q->columns + i] : nullptr;
            rc = phraseHits(connection, api, fts, i, key, stable, version, &nHit);
            if (rc != SQLITE_OK)
                return rc;
        }
        // bm25's IDF, floored the same way.
        double idf = std::log((nRow - nHit + 0.5) / (nHit + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        q->idf.push_back(idf);
        fewestHits = std::min(fewestHits, nHit);
    }
    q->freq.assign(size_t(q->phrases), 0.0);
    q->lengths = connection->lengthsFor(stable, version, q->columns, nRow, fewestHits);
    return SQLITE_OK;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nVal,
          sqlite3_value** apVal)
{
    const double k1 = 1.2; // bm25's constants
    const double b = 0.75;
    auto* connection = static_cast<Connection*>(api->xUserData(fts));
    auto* q = static_cast<Query*>(api->xGetAuxdata(fts, 0));
    int rc = SQLITE_OK;
    if (!q) {
        auto fresh = std::make_unique<Query>();
        rc = prepareQuery(connection, api, fts, nVal, apVal, fresh.get());
        if (rc == SQLITE_OK) {
            q = fresh.release();
            // On failure FTS5 deletes the data itself.
            rc = api->xSetAuxdata(fts, q, [](void* p) { delete static_cast<Query*>(p); });
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }

    // Phrase frequencies: the sum of the column weights over the phrase's instances in the row
    // (bm25 walks the same instances through xInst).
    double* aFreq = q->freq.data();
    std::fill(q->freq.begin(), q->freq.end(), 0.0);
    for (int ip = 0; rc == SQLITE_OK && ip < q->phrases; ++ip) {
        Fts5PhraseIter iter;
        int ic = 0;
        int io = 0;
        rc = api->xPhraseFirst(fts, ip, &iter, &ic, &io);
        for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fts, &iter, &ic, &io)) {
            if (ic >= q->columns) {
                rc = SQLITE_CORRUPT_VTAB;
                break;
            }
            const double w = (nVal > ic) ? sqlite3_value_double(apVal[ic]) : 1.0;
            aFreq[ip] += w;
        }
    }

    // The row's length in tokens.
    double D = 0.0;
    if (rc == SQLITE_OK) {
        int nTok = q->lengths ? q->lengths->find(api->xRowid(fts)) : -1;
        if (nTok >= 0 && !q->firstRowChecked) {
            // Check the copy against the table once per statement.
            q->firstRowChecked = true;
            int stored = 0;
            rc = api->xColumnSize(fts, -1, &stored);
            if (rc == SQLITE_OK && stored != nTok) {
                connection->lengths.reject();
                q->lengths = nullptr;
                nTok = stored;
            }
        }
        if (nTok < 0 && rc == SQLITE_OK)
            rc = api->xColumnSize(fts, -1, &nTok);
        D = (double)nTok;
    }

    // bm25's formula, operation for operation.
    if (rc == SQLITE_OK) {
        double score = 0.0;
        for (int i = 0; i < q->phrases; i++) {
            score +=
                q->idf[size_t(i)] * ((aFreq[i] * (k1 + 1.0)) / (aFreq[i] + k1 * (1 - b + b * D / q->avgdl)));
        }
        sqlite3_result_double(ctx, -1.0 * score);
    } else {
        sqlite3_result_error_code(ctx, rc);
    }
}

/// sv_phrase_hits(table, text): the rows matching the query's only phrase (its text as in the MATCH
/// expression, the key of the kept counts), the same for every row; NULL when the query has several.
void queryHits(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nVal,
               sqlite3_value** apVal)
{
    auto* stored = static_cast<sqlite3_int64*>(api->xGetAuxdata(fts, 0));
    if (!stored) {
        if (api->xPhraseCount(fts) != 1) {
            sqlite3_result_null(ctx);
            return;
        }
        auto* connection = static_cast<Connection*>(api->xUserData(fts));
        unsigned int version = 0;
        const bool stable = connection->stableVersion(&version);
        sqlite3_int64 n = 0;
        int rc = phraseHits(connection, api, fts, 0, nVal > 0 ? apVal[0] : nullptr, stable, version, &n);
        if (rc == SQLITE_OK) {
            stored = new sqlite3_int64(n);
            rc = api->xSetAuxdata(fts, stored, [](void* p) { delete static_cast<sqlite3_int64*>(p); });
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    sqlite3_result_int64(ctx, *stored);
}

} // namespace

QString FtsRank::install(sqlite3* db, const QString& table)
{
    if (!db)
        return QStringLiteral("no SQLite connection");
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2)
        return QStringLiteral("FTS5 is not available: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));

    auto connection = std::make_unique<Connection>();
    connection->db = db;
    QString docsize = table + QStringLiteral("_docsize");
    docsize.replace(QLatin1Char('"'), QLatin1String("\"\""));
    connection->selectLengths =
        QStringLiteral("SELECT id, sz FROM main.\"%1\" ORDER BY id").arg(docsize).toUtf8();
    rc = api->xCreateFunction(api, FunctionName, connection.get(), rank,
                              [](void* p) { delete static_cast<Connection*>(p); });
    if (rc != SQLITE_OK)
        return QStringLiteral("cannot register %1: %2")
            .arg(QLatin1String(FunctionName), QString::fromUtf8(sqlite3_errstr(rc)));
    Connection* shared = connection.release(); // owned by the connection now: deleted when it closes
    rc = api->xCreateFunction(api, HitsFunctionName, shared, queryHits, nullptr);
    if (rc != SQLITE_OK)
        return QStringLiteral("cannot register %1: %2")
            .arg(QLatin1String(HitsFunctionName), QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

quint64 FtsRank::lengthLoads()
{
    return s_lengthLoads.load(std::memory_order_relaxed);
}

} // namespace sv
