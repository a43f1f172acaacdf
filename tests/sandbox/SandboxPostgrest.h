#pragma once

// /rest/v1 executed on the real database as PostgREST executes it: the request's role and JWT claims set in
// the transaction, one SQL statement with every value bound, identifiers checked against the catalogue.

#include "SandboxHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sv::sandbox {

/// Where the executor connects (the parts of a PostgreSQL URL such as $SUPABASE_DB_URL).
struct PostgresConnection
{
    QString host = SVL("127.0.0.1");
    int port = 5432;
    QString database = SVL("postgres");
    QString user = SVL("postgres");
    QString password;

    /// `postgres[ql]://user[:password]@host[:port][/database][?...]`; nullopt for anything else.
    static std::optional<PostgresConnection> fromUrl(const QString& url);
};

/// A request's verified JWT, as PostgREST uses it.
struct PostgrestAuth
{
    QString role;       ///< `anon`, `authenticated` or `service_role` (any other role is refused)
    QJsonObject claims; ///< the whole payload: `request.jwt.claims`
};

/// PostgREST's `/rest/v1` on a PostgreSQL database, schema `public`: tables (`GET`/`HEAD` reads with
/// `select`, filters, `order`, `limit`/`offset`, `Range`, `Prefer: count=exact`, the object `Accept`;
/// `POST`/`PATCH`/`DELETE` writes) and `rpc/<function>` calls with named arguments. Each request runs in one
/// transaction as the claims' role (`role`, `request.jwt.claims`, `request.jwt.claim.sub|role`,
/// `request.method`, `request.path`, `request.headers` set locally), so row level security, grants and the
/// functions' own checks decide. Errors are PostgREST's `{"code", "details", "hint", "message"}` with its
/// statuses. The schema (tables, columns, functions) is read once and again when a request names something
/// unknown.
///
/// One connection per executor, opened by the first request: use an executor from one thread (Qt Sql's
/// connections belong to the thread that opened them).
class PostgrestExecutor
{
public:
    explicit PostgrestExecutor(PostgresConnection connection);
    ~PostgrestExecutor();
    PostgrestExecutor(const PostgrestExecutor&) = delete;
    PostgrestExecutor& operator=(const PostgrestExecutor&) = delete;

    /// Opens the connection if needed; false (with the reason in `error`) when the database cannot be
    /// reached.
    bool open(QString* error = nullptr);

    /// Answers `request` for `subPath`, the path below `/rest/v1` (`/quota_usage_history`,
    /// `/rpc/increment_usage`). The caller (the gateway) has checked the apikey and verified the JWT.
    HttpResponse execute(const HttpRequest& request, const QString& subPath, const PostgrestAuth& auth);

    /// Runs one statement (its values bound) as the connecting user, with no API role and no claims: the
    /// gateway's own reads and writes (GoTrue's `auth.users`, test data). Its rows, each as its columns'
    /// values; nullopt with PostgreSQL's message in `error` when it fails. A connection the server has
    /// dropped is replaced once, as for requests.
    std::optional<QList<QVariantList>> query(const QString& sql, const QVariantList& params = {},
                                             QString* error = nullptr);

    struct Function
    {
        QString name;
        QStringList argNames; ///< input arguments in order (empty names for unnamed ones)
        QStringList argTypes; ///< their types as format_type() spells them
        int defaults = 0;     ///< how many trailing arguments have defaults
        bool returnsSet = false;
        bool returnsVoid = false;
        bool returnsComposite = false;
    };

private:
    struct Schema
    {
        QHash<QString, QStringList> tables; ///< public tables and views -> columns in order
        QMultiHash<QString, Function> functions;
    };
    struct Request; // one request's parsed parts (SandboxPostgrest.cpp)

    bool loadSchema(QString* error);
    /// The table's columns; reloads the schema once per request when the name is unknown.
    const QStringList* columnsOf(const QString& table, Request& r);
    bool hasColumn(const QString& table, const QString& column, Request& r);
    HttpResponse table(Request& r, const QString& name);
    HttpResponse rpc(Request& r, const QString& name);
    HttpResponse run(Request& r, const QString& sql, const QVariantList& params);

    PostgresConnection m_connection;
    QString m_connectionName;
    Schema m_schema;
    bool m_schemaLoaded = false;
};

} // namespace sv::sandbox
