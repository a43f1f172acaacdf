// PostgREST's /rest/v1 on the real database (see SandboxPostgrest.h). The statements follow the shapes
// PostgREST generates: the rows aggregated by json_agg over a subquery named _postgrest_t, the count as a
// second subquery, functions called with named arguments read from the body by json_to_record.
#include "SandboxPostgrest.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace sv::sandbox {

namespace {

const QString kSchema = SVL("public");
const QStringList kReserved{SVL("select"),      SVL("order"),   SVL("limit"), SVL("offset"),
                            SVL("on_conflict"), SVL("columns"), SVL("apikey")};
const QStringList kRoles{SVL("anon"), SVL("authenticated"), SVL("service_role")};

QString ident(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString qualified(const QString& table)
{
    return ident(kSchema) + QLatin1Char('.') + ident(table);
}

HttpResponse errorResponse(int status, const QString& code, const QString& message,
                           const QJsonValue& details = QJsonValue::Null,
                           const QJsonValue& hint = QJsonValue::Null)
{
    return HttpResponse::json(status, QJsonObject{{SVL("code"), code},
                                                  {SVL("details"), details},
                                                  {SVL("hint"), hint},
                                                  {SVL("message"), message}});
}

HttpResponse parseError(const QString& what, const QString& text, const QString& details)
{
    return errorResponse(
        400, SVL("PGRST100"),
        SVL("\"failed to parse %1 (%2)\" (line 1, column %3)").arg(what, text).arg(text.size() + 1), details);
}

/// An error as PostgreSQL reported it.
struct PgError
{
    QString code;
    QString message;
    QJsonValue details = QJsonValue::Null;
    QJsonValue hint = QJsonValue::Null;
};

/// Qt's QPSQL error: nativeErrorCode() is the SQLSTATE, databaseText() libpq's message ("ERROR:  ...",
/// "DETAIL:  ...", "HINT:  ...", context lines) followed by "(SQLSTATE)".
PgError fromSqlError(const QSqlError& error)
{
    PgError out;
    out.code = error.nativeErrorCode();
    QString text = error.databaseText();
    const QString suffix = QLatin1Char('(') + out.code + QLatin1Char(')');
    if (!out.code.isEmpty() && text.endsWith(suffix)) {
        text.chop(suffix.size());
    }
    QString message;
    QString details;
    QString hint;
    QString* current = nullptr;
    static const QList<QPair<QString, int>> prefixes{
        {SVL("ERROR:  "), 0},   {SVL("FATAL:  "), 0}, {SVL("DETAIL:  "), 1}, {SVL("HINT:  "), 2},
        {SVL("CONTEXT:  "), 3}, {SVL("QUERY:  "), 3}, {SVL("LINE "), 3},     {SVL("STATEMENT:  "), 3}};
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const auto prefix = std::find_if(prefixes.cbegin(), prefixes.cend(),
                                         [&](const auto& p) { return line.startsWith(p.first); });
        if (prefix != prefixes.cend()) {
            QString* fields[] = {&message, &details, &hint, nullptr};
            current = fields[prefix->second];
            if (current) {
                *current = line.mid(prefix->first.size());
            }
        } else if (current) {
            *current += QLatin1Char('\n') + line;
        }
    }
    out.message = message.trimmed().isEmpty() ? text.trimmed() : message.trimmed();
    if (!details.trimmed().isEmpty()) {
        out.details = details.trimmed();
    }
    if (!hint.trimmed().isEmpty()) {
        out.hint = hint.trimmed();
    }
    if (out.code.isEmpty()) {
        out.code = SVL("PGRST000"); // no SQLSTATE: the connection itself failed
    }
    return out;
}

/// Whether the error means the connection is gone (no SQLSTATE: libpq lost the server; 08: connection
/// exception; 57P01-57P03: the server shut the session down).
bool connectionLost(const QString& code)
{
    return code == QLatin1String("PGRST000") || code.startsWith(QLatin1String("08")) ||
           code == QLatin1String("57P01") || code == QLatin1String("57P02") || code == QLatin1String("57P03");
}

/// PostgREST's HTTP status for a PostgreSQL error (its pgErrorStatus); `authed`: the role is not anon.
int statusFor(const QString& code, bool authed)
{
    if (code == QLatin1String("PGRST000")) {
        return 503;
    }
    static const QHash<QString, int> exact{{SVL("23503"), 409}, {SVL("23505"), 409}, {SVL("25006"), 405},
                                           {SVL("21000"), 500}, {SVL("53400"), 500}, {SVL("57P01"), 503},
                                           {SVL("P0001"), 400}, {SVL("42883"), 404}, {SVL("42P01"), 404},
                                           {SVL("42P17"), 500}};
    if (auto it = exact.constFind(code); it != exact.cend()) {
        return it.value();
    }
    if (code == QLatin1String("42501")) {
        return authed ? 403 : 401;
    }
    if (code.startsWith(QLatin1String("PT"))) {
        bool ok = false;
        const int status = code.mid(2).toInt(&ok);
        return ok && status >= 100 && status <= 599 ? status : 500;
    }
    static const QHash<QString, int> byClass{
        {SVL("08"), 503}, {SVL("09"), 500}, {SVL("0L"), 403}, {SVL("0P"), 403}, {SVL("25"), 500},
        {SVL("28"), 403}, {SVL("2D"), 500}, {SVL("38"), 500}, {SVL("39"), 500}, {SVL("3B"), 500},
        {SVL("40"), 500}, {SVL("53"), 503}, {SVL("54"), 500}, {SVL("55"), 500}, {SVL("57"), 500},
        {SVL("58"), 500}, {SVL("F0"), 500}, {SVL("HV"), 500}, {SVL("P0"), 500}, {SVL("XX"), 500}};
    return byClass.value(code.left(2), 400);
}

/// The query string's items, decoded as PostgREST decodes them ('+' is a space).
QList<QPair<QString, QString>> queryItems(const HttpRequest& request)
{
    QList<QPair<QString, QString>> items;
    const QString encoded = request.query.query(QUrl::FullyEncoded);
    for (const QString& part : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        auto decode = [](QString s) {
            s.replace(QLatin1Char('+'), QLatin1Char(' '));
            return QUrl::fromPercentEncoding(s.toUtf8());
        };
        items.append({decode(eq < 0 ? part : part.left(eq)), decode(eq < 0 ? QString() : part.mid(eq + 1))});
    }
    return items;
}

/// `in.(a,"b,c",d)`'s values: comma separated, double quotes around a value keep its commas, a backslash
/// escapes the next character inside them. nullopt when the list is not parenthesised.
std::optional<QStringList> inValues(const QString& operand)
{
    if (!operand.startsWith(QLatin1Char('(')) || !operand.endsWith(QLatin1Char(')'))) {
        return std::nullopt;
    }
    const QString inner = operand.mid(1, operand.size() - 2);
    QStringList values;
    if (inner.isEmpty()) {
        return values;
    }
    QString value;
    bool quoted = false;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (quoted && c == QLatin1Char('\\') && i + 1 < inner.size()) {
            value += inner[++i];
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            values << value;
            value.clear();
        } else {
            value += c;
        }
    }
    values << value;
    return values;
}

bool preferIncludes(const HttpRequest& request, const QString& token)
{
    const QString prefer = QString::fromUtf8(request.header("Prefer"));
    for (const QString& part : prefer.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed() == token) {
            return true;
        }
    }
    return false;
}

QByteArray rangeHeader(qint64 start, qint64 rows, const QVariant& total)
{
    QByteArray range = rows > 0 ? QByteArray::number(start) + '-' + QByteArray::number(start + rows - 1)
                                : QByteArrayLiteral("*");
    return range + '/' + (total.isNull() ? QByteArrayLiteral("*") : QByteArray::number(total.toLongLong()));
}

} // namespace

std::optional<PostgresConnection> PostgresConnection::fromUrl(const QString& url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres")) ||
        parsed.host().isEmpty()) {
        return std::nullopt;
    }
    PostgresConnection c;
    c.host = parsed.host();
    c.port = parsed.port(5432);
    c.user = parsed.userName(QUrl::FullyDecoded).isEmpty() ? c.user : parsed.userName(QUrl::FullyDecoded);
    c.password = parsed.password(QUrl::FullyDecoded);
    const QString db = parsed.path(QUrl::FullyDecoded).mid(1);
    c.database = db.isEmpty() ? c.user : db;
    return c;
}

/// One request's parsed parts and how its answer is shaped.
struct PostgrestExecutor::Request
{
    const HttpRequest& http;
    QString path;
    PostgrestAuth auth;
    QList<QPair<QString, QString>> query;
    bool reloaded = false; ///< the schema was read again for this request already
    enum class Kind { Read, Write, Call } kind = Kind::Read;
    bool object = false;  ///< Accept: application/vnd.pgrst.object+json
    bool minimal = false; ///< a write without Prefer: return=representation
    bool returnsVoid = false;
    qint64 start = 0;
    int successStatus = 200;

    bool has(const QString& key) const
    {
        return std::any_of(query.cbegin(), query.cend(), [&](const auto& item) { return item.first == key; });
    }
    /// The first value of a query parameter ('+' decoded as a space, as for the filters).
    QString param(const QString& key) const
    {
        for (const auto& [k, v] : query) {
            if (k == key) {
                return v;
            }
        }
        return {};
    }
};

PostgrestExecutor::PostgrestExecutor(PostgresConnection connection)
    : m_connection(std::move(connection))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = SVL("sv-postgrest-%1").arg(counter.fetchAndAddRelaxed(1));
}

PostgrestExecutor::~PostgrestExecutor()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool PostgrestExecutor::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(SVL("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        if (error) {
            *error = SVL("Qt's PostgreSQL driver (QPSQL) is not available");
        }
        return false;
    }
    if (db.isOpen()) {
        return true;
    }
    db.setHostName(m_connection.host);
    db.setPort(m_connection.port);
    db.setDatabaseName(m_connection.database);
    db.setUserName(m_connection.user);
    db.setPassword(m_connection.password);
    db.setConnectOptions(SVL("application_name=streamvibe-sandbox-rest"));
    if (!db.open()) {
        if (error) {
            *error = db.lastError().databaseText().trimmed();
        }
        return false;
    }
    return m_schemaLoaded || loadSchema(error);
}

bool PostgrestExecutor::loadSchema(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A catalogue query about the schema `public` (its one parameter).
    auto catalogue = [&](QSqlQuery& query, const QString& sql) {
        query.prepare(sql);
        query.addBindValue(kSchema);
        if (query.lastError().isValid() || !query.exec()) {
            if (error) {
                *error = query.lastError().databaseText().trimmed();
            }
            return false;
        }
        return true;
    };
    QSqlQuery q(db);
    // pg_catalog, not information_schema: the latter shows only what the connecting role may read.
    if (!catalogue(q, SVL("select c.relname, a.attname from pg_catalog.pg_class c"
                          " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                          " join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0"
                          " and not a.attisdropped"
                          " where n.nspname = ? and c.relkind in ('r', 'v', 'm', 'f', 'p')"
                          " order by c.relname, a.attnum"))) {
        return false;
    }
    Schema schema;
    while (q.next()) {
        schema.tables[q.value(0).toString()].append(q.value(1).toString());
    }
    // Functions: the input arguments' names and types, in order.
    QSqlQuery f(db);
    if (!catalogue(
            f,
            SVL("select p.proname, p.proretset, p.prorettype = 'pg_catalog.void'::pg_catalog.regtype,"
                " t.typtype = 'c' or p.prorettype = 'pg_catalog.record'::pg_catalog.regtype, "
                "p.pronargdefaults,"
                " coalesce((select pg_catalog.json_agg(pg_catalog.json_build_array(coalesce(a.name, ''),"
                "   pg_catalog.format_type(a.type, null)) order by a.ord)"
                "  from unnest(coalesce(p.proallargtypes, p.proargtypes::pg_catalog.oid[]),"
                "    coalesce(p.proargmodes, pg_catalog.array_fill('i'::\"char\", "
                "array[p.pronargs]::integer[])),"
                "    coalesce(p.proargnames, pg_catalog.array_fill(''::text, array[p.pronargs]::integer[])))"
                "    with ordinality as a(type, mode, name, ord) where a.mode in ('i', 'b', 'v')), "
                "'[]')::text"
                " from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace"
                " join pg_catalog.pg_type t on t.oid = p.prorettype"
                " where n.nspname = ? and p.prokind = 'f'"))) {
        return false;
    }
    while (f.next()) {
        Function fn;
        fn.name = f.value(0).toString();
        fn.returnsSet = f.value(1).toBool();
        fn.returnsVoid = f.value(2).toBool();
        fn.returnsComposite = f.value(3).toBool();
        fn.defaults = f.value(4).toInt();
        for (const QJsonValue arg : QJsonDocument::fromJson(f.value(5).toString().toUtf8()).array()) {
            fn.argNames << arg[0].toString();
            fn.argTypes << arg[1].toString();
        }
        schema.functions.insert(fn.name, fn);
    }
    m_schema = std::move(schema);
    m_schemaLoaded = true;
    return true;
}

const QStringList* PostgrestExecutor::columnsOf(const QString& table, Request& r)
{
    auto it = m_schema.tables.constFind(table);
    if (it == m_schema.tables.cend() && !r.reloaded) {
        r.reloaded = true;
        loadSchema(nullptr);
        it = m_schema.tables.constFind(table);
    }
    return it == m_schema.tables.cend() ? nullptr : &it.value();
}

bool PostgrestExecutor::hasColumn(const QString& table, const QString& column, Request& r)
{
    const QStringList* columns = columnsOf(table, r);
    if (columns && !columns->contains(column) && !r.reloaded) {
        r.reloaded = true;
        loadSchema(nullptr);
        columns = columnsOf(table, r);
    }
    return columns && columns->contains(column);
}

HttpResponse PostgrestExecutor::execute(const HttpRequest& request, const QString& subPath,
                                        const PostgrestAuth& auth)
{
    QString error;
    if (!open(&error)) {
        return errorResponse(503, SVL("PGRST000"), SVL("Database connection error. Retrying the connection."),
                             error);
    }
    if (!kRoles.contains(auth.role)) {
        return errorResponse(401, SVL("42501"), SVL("permission denied to set role \"%1\"").arg(auth.role));
    }
    Request r{request, subPath, auth, queryItems(request)};
    r.object = request.header("Accept").contains("application/vnd.pgrst.object+json");
    QString name = subPath.startsWith(QLatin1Char('/')) ? subPath.mid(1) : subPath;
    if (name.startsWith(QLatin1String("rpc/"))) {
        return rpc(r, name.mid(4));
    }
    return table(r, name);
}

HttpResponse PostgrestExecutor::table(Request& r, const QString& name)
{
    const QStringList* columns = columnsOf(name, r);
    if (!columns) {
        return errorResponse(404, SVL("PGRST205"),
                             SVL("Could not find the table '%1.%2' in the schema cache").arg(kSchema, name));
    }
    const QByteArray method = r.http.method;
    const bool read = method == "GET" || method == "HEAD";
    if (!read && method != "POST" && method != "PATCH" && method != "DELETE") {
        return errorResponse(405, SVL("PGRST117"),
                             SVL("Unsupported HTTP method: %1").arg(QString::fromLatin1(method)));
    }
    const QString source = read ? qualified(name) : SVL("pgrst_source");
    auto unknownColumn = [&](const QString& column) {
        return errorResponse(400, SVL("42703"), SVL("column %1.%2 does not exist").arg(name, column));
    };

    // select=: the projection, `*`, `alias:column`, `column::type`.
    QStringList projection;
    const QString select = r.has(SVL("select")) ? r.param(SVL("select")) : SVL("*");
    static const QRegularExpression termRx(
        SVL("^(?:([^:()]+):)?([A-Za-z_][A-Za-z0-9_$]*|\\*)(?:::([a-z_][a-z0-9_]*))?$"));
    for (QString term : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        term = term.trimmed();
        const auto m = termRx.match(term);
        if (!m.hasMatch() ||
            (m.captured(2) == QLatin1String("*") && m.hasCaptured(1) && !m.captured(1).isEmpty())) {
            return parseError(SVL("select parameter"), select, SVL("unexpected \"%1\"").arg(term));
        }
        const QString column = m.captured(2);
        if (column == QLatin1String("*")) {
            projection << source + SVL(".*");
            continue;
        }
        if (!hasColumn(name, column, r)) {
            return unknownColumn(column);
        }
        const QString alias = m.captured(1).isEmpty() ? column : m.captured(1);
        const QString cast = m.captured(3).isEmpty() ? QString() : SVL("::") + m.captured(3);
        projection << source + QLatin1Char('.') + ident(column) + cast + SVL(" AS ") + ident(alias);
    }
    if (projection.isEmpty()) {
        projection << source + SVL(".*");
    }

    // Filters: column=[not.]op.value, every value bound.
    QStringList conditions;
    QVariantList filterParams;
    for (const auto& [column, rawFilter] : r.query) {
        if (kReserved.contains(column)) {
            continue;
        }
        if (!hasColumn(name, column, r)) {
            return unknownColumn(column);
        }
        QString filter = rawFilter;
        const bool negate = filter.startsWith(QLatin1String("not."));
        if (negate) {
            filter = filter.mid(4);
        }
        const int dot = filter.indexOf(QLatin1Char('.'));
        const QString op = dot < 0 ? filter : filter.left(dot);
        const QString operand = dot < 0 ? QString() : filter.mid(dot + 1);
        static const QHash<QString, QString> comparisons{
            {SVL("eq"), SVL("=")},      {SVL("neq"), SVL("<>")},     {SVL("gt"), SVL(">")},
            {SVL("gte"), SVL(">=")},    {SVL("lt"), SVL("<")},       {SVL("lte"), SVL("<=")},
            {SVL("like"), SVL("LIKE")}, {SVL("ilike"), SVL("ILIKE")}};
        const QString target = qualified(name) + QLatin1Char('.') + ident(column);
        QString condition;
        if (dot >= 0 && comparisons.contains(op)) {
            condition = target + QLatin1Char(' ') + comparisons.value(op) + SVL(" ?");
            QString value = operand;
            if (op.endsWith(QLatin1String("like"))) {
                value.replace(QLatin1Char('*'), QLatin1Char('%'));
            }
            filterParams << value;
        } else if (dot >= 0 && op == QLatin1String("in")) {
            const auto values = inValues(operand);
            if (!values) {
                return parseError(SVL("filter"), rawFilter,
                                  SVL("unexpected \"%1\" expecting \"(\"").arg(operand));
            }
            QStringList marks;
            for (const QString& v : *values) {
                marks << SVL("?");
                filterParams << v;
            }
            condition =
                marks.isEmpty() ? SVL("false") : target + SVL(" IN (") + marks.join(SVL(", ")) + SVL(")");
        } else if (dot >= 0 && op == QLatin1String("is")) {
            static const QHash<QString, QString> tests{{SVL("null"), SVL("NULL")},
                                                       {SVL("true"), SVL("TRUE")},
                                                       {SVL("false"), SVL("FALSE")},
                                                       {SVL("unknown"), SVL("UNKNOWN")}};
            if (!tests.contains(operand.toLower())) {
                return parseError(SVL("filter"), rawFilter,
                                  SVL("unexpected \"%1\" expecting null or trilean value").arg(operand));
            }
            condition = target + SVL(" IS ") + tests.value(operand.toLower());
        } else {
            return parseError(SVL("filter"), rawFilter, SVL("unexpected \"%1\" expecting operator").arg(op));
        }
        conditions << (negate ? SVL("NOT (") + condition + QLatin1Char(')') : condition);
    }
    const QString where = conditions.isEmpty() ? QString() : SVL(" WHERE ") + conditions.join(SVL(" AND "));

    // order=col[.asc|.desc][.nullsfirst|.nullslast],...
    QStringList orderTerms;
    const QString order = r.param(SVL("order"));
    for (const QString& term : order.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = term.trimmed().split(QLatin1Char('.'));
        QString sql = qualified(name) + QLatin1Char('.') + ident(parts.value(0));
        static const QHash<QString, QString> modifiers{{SVL("asc"), SVL(" ASC")},
                                                       {SVL("desc"), SVL(" DESC")},
                                                       {SVL("nullsfirst"), SVL(" NULLS FIRST")},
                                                       {SVL("nullslast"), SVL(" NULLS LAST")}};
        for (int i = 1; i < parts.size(); ++i) {
            if (!modifiers.contains(parts[i])) {
                return parseError(SVL("order"), order, SVL("unexpected \"%1\"").arg(parts[i]));
            }
            sql += modifiers.value(parts[i]);
        }
        if (!hasColumn(name, parts.value(0), r)) {
            return unknownColumn(parts.value(0));
        }
        orderTerms << sql;
    }

    // The page: offset/limit, narrowed by a Range header (Range-Unit: items).
    std::optional<qint64> end; // inclusive
    bool ok = true;
    if (r.has(SVL("offset"))) {
        r.start = r.param(SVL("offset")).toLongLong(&ok);
        if (!ok || r.start < 0) {
            return errorResponse(400, SVL("PGRST100"), SVL("\"failed to parse offset parameter\""));
        }
    }
    if (r.has(SVL("limit"))) {
        const qint64 limit = r.param(SVL("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            return errorResponse(400, SVL("PGRST100"), SVL("\"failed to parse limit parameter\""));
        }
        end = r.start + limit - 1;
    }
    const QByteArray range = r.http.header("Range").trimmed();
    if (read && !range.isEmpty()) {
        static const QRegularExpression rangeRx(SVL("^(?:items=)?(\\d+)-(\\d*)$"));
        const auto m = rangeRx.match(QString::fromLatin1(range));
        const qint64 from = m.captured(1).toLongLong();
        const std::optional<qint64> to =
            m.captured(2).isEmpty() ? std::nullopt : std::optional<qint64>(m.captured(2).toLongLong());
        if (!m.hasMatch() || (to && *to < from)) {
            return errorResponse(416, SVL("PGRST103"), SVL("Requested range not satisfiable"),
                                 SVL("Invalid Range header: %1").arg(QString::fromLatin1(range)));
        }
        r.start = std::max(r.start, from);
        if (to) {
            end = end ? std::min(*end, *to) : *to;
        }
    }

    const bool exactCount =
        read && (preferIncludes(r.http, SVL("count=exact")) || preferIncludes(r.http, SVL("count=planned")) ||
                 preferIncludes(r.http, SVL("count=estimated")));
    QVariantList params;
    QString statement;
    if (read) {
        r.kind = Request::Kind::Read;
        QString page = SVL("SELECT ") + projection.join(SVL(", ")) + SVL(" FROM ") + qualified(name) + where;
        if (!orderTerms.isEmpty()) {
            page += SVL(" ORDER BY ") + orderTerms.join(SVL(", "));
        }
        if (exactCount) {
            params << filterParams;
        }
        params << filterParams;
        if (end) {
            page += SVL(" LIMIT ?");
            params << std::max<qint64>(0, *end - r.start + 1);
        }
        if (r.start > 0) {
            page += SVL(" OFFSET ?");
            params << r.start;
        }
        const QString total =
            exactCount ? SVL("(SELECT pg_catalog.count(*) FROM ") + qualified(name) + where + SVL(")")
                       : SVL("NULL::bigint");
        statement = SVL("SELECT ") + total + SVL(", pg_catalog.count(_postgrest_t), ") +
                    (r.object ? SVL("coalesce((pg_catalog.json_agg(_postgrest_t) -> 0)::text, 'null')")
                              : SVL("coalesce(pg_catalog.json_agg(_postgrest_t), '[]')::text")) +
                    SVL(" FROM (") + page + SVL(") _postgrest_t");
        return run(r, statement, params);
    }

    // Writes: as PostgREST writes, so the grants and row level security decide.
    r.kind = Request::Kind::Write;
    r.minimal = !preferIncludes(r.http, SVL("return=representation"));
    QJsonParseError parseErr{};
    const QJsonDocument body =
        QJsonDocument::fromJson(r.http.body.isEmpty() ? QByteArray("{}") : r.http.body, &parseErr);
    if (method != "DELETE" && (parseErr.error != QJsonParseError::NoError ||
                               (method == "PATCH" ? !body.isObject() : body.isNull()))) {
        return errorResponse(400, SVL("PGRST102"), SVL("Empty or invalid json"));
    }
    QStringList writeColumns;
    const QJsonArray rows = body.isArray() ? body.array() : QJsonArray{body.object()};
    for (const QJsonValue row : rows) {
        for (const QString& key : row.toObject().keys()) {
            if (!writeColumns.contains(key)) {
                if (!hasColumn(name, key, r)) {
                    return errorResponse(
                        400, SVL("PGRST204"),
                        SVL("Could not find the '%1' column of '%2' in the schema cache").arg(key, name));
                }
                writeColumns << key;
            }
        }
    }
    QStringList quotedColumns;
    for (const QString& c : writeColumns) {
        quotedColumns << ident(c);
    }
    QString write;
    if (method == "POST") {
        r.successStatus = 201;
        write = quotedColumns.isEmpty()
                    ? SVL("INSERT INTO ") + qualified(name) + SVL(" DEFAULT VALUES")
                    : SVL("INSERT INTO ") + qualified(name) + SVL(" (") + quotedColumns.join(SVL(", ")) +
                          SVL(") SELECT ") + quotedColumns.join(SVL(", ")) +
                          SVL(" FROM pg_catalog.json_populate_recordset(NULL::") + qualified(name) +
                          SVL(", ?::json)");
        if (!quotedColumns.isEmpty()) {
            params << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
        }
    } else if (method == "PATCH") {
        r.successStatus = r.minimal ? 204 : 200;
        if (quotedColumns.isEmpty()) {
            return HttpResponse::empty(204);
        }
        QStringList sets;
        for (const QString& c : quotedColumns) {
            sets << c + SVL(" = pgrst_body.") + c;
        }
        write = SVL("UPDATE ") + qualified(name) + SVL(" SET ") + sets.join(SVL(", ")) +
                SVL(" FROM (SELECT * FROM pg_catalog.json_populate_record(NULL::") + qualified(name) +
                SVL(", ?::json)) pgrst_body") + where;
        params << QString::fromUtf8(r.http.body) << filterParams;
    } else {
        r.successStatus = r.minimal ? 204 : 200;
        write = SVL("DELETE FROM ") + qualified(name) + where;
        params << filterParams;
    }
    statement = SVL("WITH pgrst_source AS (") + write + SVL(" RETURNING ") + qualified(name) +
                SVL(".*) SELECT NULL::bigint, pg_catalog.count(_postgrest_t), ") +
                (r.minimal  ? SVL("''")
                 : r.object ? SVL("coalesce((pg_catalog.json_agg(_postgrest_t) -> 0)::text, 'null')")
                            : SVL("coalesce(pg_catalog.json_agg(_postgrest_t), '[]')::text")) +
                SVL(" FROM (SELECT ") + projection.join(SVL(", ")) + SVL(" FROM pgrst_source) _postgrest_t");
    return run(r, statement, params);
}

HttpResponse PostgrestExecutor::rpc(Request& r, const QString& name)
{
    const QByteArray method = r.http.method;
    if (method != "POST" && method != "GET" && method != "HEAD") {
        return errorResponse(405, SVL("PGRST101"),
                             SVL("Only GET and POST methods are allowed for functions"));
    }
    r.kind = Request::Kind::Call;
    QJsonObject args;
    if (method == "POST") {
        QJsonParseError parseErr{};
        const QJsonDocument body = QJsonDocument::fromJson(
            r.http.body.trimmed().isEmpty() ? QByteArray("{}") : r.http.body, &parseErr);
        if (parseErr.error != QJsonParseError::NoError || !body.isObject()) {
            return errorResponse(400, SVL("PGRST102"), SVL("Empty or invalid json"));
        }
        args = body.object();
    } else {
        for (const auto& [key, value] : r.query) {
            if (!kReserved.contains(key)) {
                args.insert(key, value);
            }
        }
    }
    QStringList given = args.keys();
    given.sort();
    auto find = [&]() -> std::optional<Function> {
        for (const Function& fn : m_schema.functions.values(name)) {
            const qsizetype required = fn.argNames.size() - fn.defaults;
            bool matches = !fn.argNames.contains(QString());
            for (qsizetype i = 0; matches && i < fn.argNames.size(); ++i) {
                matches = i >= required || args.contains(fn.argNames[i]);
            }
            for (const QString& key : given) {
                matches = matches && fn.argNames.contains(key);
            }
            if (matches) {
                return fn;
            }
        }
        return std::nullopt;
    };
    std::optional<Function> fn = find();
    if (!fn && !r.reloaded) {
        r.reloaded = true;
        loadSchema(nullptr);
        fn = find();
    }
    if (!fn) {
        const QString qualifiedName = kSchema + QLatin1Char('.') + name;
        const QString message =
            given.isEmpty() ? SVL("Could not find the function %1 without parameters in the schema cache")
                                  .arg(qualifiedName)
                            : SVL("Could not find the function %1(%2) in the schema cache")
                                  .arg(qualifiedName, given.join(SVL(", ")));
        const QString details =
            SVL("Searched for the function %1 %2 or with a single unnamed json/jsonb parameter, but no "
                "matches "
                "were found in the schema cache.")
                .arg(qualifiedName, given.isEmpty() ? SVL("without parameters")
                                                    : (given.size() == 1 ? SVL("with parameter ")
                                                                         : SVL("with parameters ")) +
                                                          given.join(SVL(", ")));
        QJsonValue hint = QJsonValue::Null;
        const QList<Function> candidates = m_schema.functions.values(name);
        if (!candidates.isEmpty()) {
            QStringList names = candidates.first().argNames;
            names.sort();
            hint = SVL("Perhaps you meant to call the function %1(%2)")
                       .arg(qualifiedName, names.join(SVL(", ")));
        }
        return errorResponse(404, SVL("PGRST202"), message, details, hint);
    }

    // The named arguments given, typed by json_to_record as the function declares them.
    QStringList named;
    QStringList record;
    for (qsizetype i = 0; i < fn->argNames.size(); ++i) {
        if (args.contains(fn->argNames[i])) {
            named << ident(fn->argNames[i]) + SVL(" := pgrst_args.") + ident(fn->argNames[i]);
            record << ident(fn->argNames[i]) + QLatin1Char(' ') + fn->argTypes[i];
        }
    }
    QVariantList params;
    QString from;
    const QString call = qualified(name) + QLatin1Char('(') + named.join(SVL(", ")) + QLatin1Char(')');
    const QString alias = fn->returnsComposite ? SVL(" pgrst_call") : SVL(" pgrst_call(pgrst_scalar)");
    if (record.isEmpty()) {
        from = call + alias;
    } else {
        from = SVL("pg_catalog.json_to_record(?::json) AS pgrst_args(") + record.join(SVL(", ")) +
               SVL("), LATERAL ") + call + alias;
        params << QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    }
    const QString value = fn->returnsComposite ? SVL("pgrst_call") : SVL("pgrst_scalar");
    QString body;
    if (fn->returnsVoid) {
        r.returnsVoid = true;
        body = SVL("''");
    } else if (fn->returnsSet) {
        body = SVL("coalesce(pg_catalog.json_agg(") + value + SVL("), '[]')::text");
    } else {
        body = SVL("coalesce((pg_catalog.json_agg(") + value + SVL(") -> 0)::text, 'null')");
    }
    return run(r, SVL("SELECT NULL::bigint, pg_catalog.count(*), ") + body + SVL(" FROM ") + from, params);
}

std::optional<QList<QVariantList>> PostgrestExecutor::query(const QString& sql, const QVariantList& params,
                                                            QString* error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!open(error)) {
            return std::nullopt;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        if (q.prepare(sql)) {
            for (const QVariant& p : params) {
                q.addBindValue(p);
            }
            if (q.exec()) {
                QList<QVariantList> rows;
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i) {
                        row.append(q.value(i));
                    }
                    rows.append(row);
                }
                return rows;
            }
        }
        const PgError e = fromSqlError(q.lastError());
        if (error) {
            *error = e.message;
        }
        if (!connectionLost(e.code)) {
            return std::nullopt;
        }
        db.close(); // the server dropped it: once more on a new connection
    }
    return std::nullopt;
}

HttpResponse PostgrestExecutor::run(Request& r, const QString& sql, const QVariantList& params)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool authed = r.auth.role != QLatin1String("anon");
    const bool readOnly = r.http.method == "GET" || r.http.method == "HEAD";
    QSqlQuery q(db);
    auto failure = [&](const QSqlError& sqlError) {
        QSqlQuery(db).exec(SVL("ROLLBACK"));
        const PgError e = fromSqlError(sqlError);
        if (connectionLost(e.code)) {
            db.close(); // reopened by the next request
            return errorResponse(503, SVL("PGRST000"),
                                 SVL("Database connection error. Retrying the connection."), e.message);
        }
        return errorResponse(statusFor(e.code, authed), e.code, e.message, e.details, e.hint);
    };
    auto begin = [&] {
        return q.exec(readOnly ? SVL("BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY")
                               : SVL("BEGIN ISOLATION LEVEL READ COMMITTED"));
    };
    if (!begin()) {
        // A connection the server has dropped (a restart, an idle timeout): one new connection, then the
        // request as if nothing happened; nothing of it had reached the database.
        if (!connectionLost(fromSqlError(q.lastError()).code)) {
            return failure(q.lastError());
        }
        db.close();
        QString error;
        if (!open(&error)) {
            return errorResponse(503, SVL("PGRST000"),
                                 SVL("Database connection error. Retrying the connection."), error);
        }
        q = QSqlQuery(db);
        if (!begin()) {
            return failure(q.lastError());
        }
    }
    QJsonObject headers;
    for (const auto& [key, value] : r.http.headers) {
        headers.insert(QString::fromLatin1(key).toLower(), QString::fromUtf8(value));
    }
    // As PostgREST: the role, the claims (and the older per-claim settings auth.uid() reads first), the
    // request, all transaction-local.
    q.prepare(
        SVL("SELECT pg_catalog.set_config('search_path', ?, true), pg_catalog.set_config('role', ?, true),"
            " pg_catalog.set_config('request.jwt.claims', ?, true),"
            " pg_catalog.set_config('request.jwt.claim.sub', ?, true),"
            " pg_catalog.set_config('request.jwt.claim.role', ?, true),"
            " pg_catalog.set_config('request.method', ?, true),"
            " pg_catalog.set_config('request.path', ?, true),"
            " pg_catalog.set_config('request.headers', ?, true)"));
    q.addBindValue(SVL("public, extensions"));
    q.addBindValue(r.auth.role);
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.auth.claims).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.auth.claims.value(QLatin1String("sub")).toString());
    q.addBindValue(r.auth.role);
    q.addBindValue(QString::fromLatin1(r.http.method));
    q.addBindValue(r.path);
    q.addBindValue(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    if (q.lastError().isValid() || !q.exec()) {
        return failure(q.lastError());
    }
    QSqlQuery statement(db);
    if (!statement.prepare(sql)) {
        return failure(statement.lastError());
    }
    for (const QVariant& p : params) {
        statement.addBindValue(p);
    }
    if (!statement.exec() || !statement.next()) {
        return failure(statement.lastError());
    }
    const QVariant total = statement.value(0);
    const qint64 rows = statement.value(1).toLongLong();
    const QByteArray body = statement.value(2).toString().toUtf8();
    statement.finish();

    if (r.object && r.kind != Request::Kind::Call && !r.minimal && rows != 1) {
        q.exec(SVL("ROLLBACK"));
        return errorResponse(406, SVL("PGRST116"),
                             SVL("JSON object requested, multiple (or no) rows returned"),
                             SVL("The result contains %1 rows").arg(rows));
    }
    if (r.kind == Request::Kind::Read && !total.isNull() && r.start > total.toLongLong()) {
        q.exec(SVL("ROLLBACK"));
        return errorResponse(416, SVL("PGRST103"), SVL("Requested range not satisfiable"),
                             SVL("An offset of %1 was requested, but there are only %2 rows.")
                                 .arg(r.start)
                                 .arg(total.toLongLong()))
            .withHeader("Content-Range", "*/" + QByteArray::number(total.toLongLong()));
    }
    if (!q.exec(SVL("COMMIT"))) {
        return failure(q.lastError());
    }

    HttpResponse response;
    response.status = r.successStatus;
    if (r.kind == Request::Kind::Read) {
        response.status = !total.isNull() && rows < total.toLongLong() ? 206 : 200;
        response.withHeader("Content-Range", rangeHeader(r.start, rows, total));
    } else if (r.kind == Request::Kind::Write) {
        response.withHeader("Content-Range", rangeHeader(0, rows, QVariant()));
    } else if (r.returnsVoid) {
        response.status = 204;
    }
    if (!r.minimal && !r.returnsVoid) {
        response.withHeader("Content-Type", r.object ? "application/vnd.pgrst.object+json; charset=utf-8"
                                                     : "application/json; charset=utf-8");
        if (r.http.method != "HEAD") {
            response.body = body;
        }
    }
    return response;
}

} // namespace sv::sandbox
