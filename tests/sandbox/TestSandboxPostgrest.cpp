// PostgrestExecutor on the real backend: a throwaway PostgreSQL with the migrations, their row level
// security, grants and increment_usage (run through tests/sandbox/with-backend-db-test.sh).
#include "SandboxPostgrest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstdio>

using sv::sandbox::HttpRequest;
using sv::sandbox::HttpResponse;
using sv::sandbox::PostgresConnection;
using sv::sandbox::PostgrestAuth;
using sv::sandbox::PostgrestExecutor;

namespace {

constexpr int kDays = 20; // user A's history: kDays days x 3 platforms, units 1..60 (all different)
const QStringList kPlatforms{SVL("youtube"), SVL("instagram"), SVL("tiktok")};

QJsonValue parse(const HttpResponse& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString codeOf(const HttpResponse& r)
{
    return parse(r).toObject().value(QLatin1String("code")).toString();
}

QString enc(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString messageOf(const HttpResponse& r)
{
    return parse(r).toObject().value(QLatin1String("message")).toString();
}

} // namespace

class TestSandboxPostgrest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgrestExecutor> m_rest;
    QString m_userA;
    QString m_userB;
    QString m_userC; // the RPC's user: no seeded history

    static QSqlDatabase admin() { return QSqlDatabase::database(SVL("admin")); }

    /// One admin (superuser) statement with bound values; the first column of its first row.
    static QVariant adminValue(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery q(admin());
        if (!q.prepare(sql)) {
            qWarning() << q.lastError().text();
            return {};
        }
        for (const QVariant& p : params) {
            q.addBindValue(p);
        }
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }

    static QString createUser(const QString& email)
    {
        return adminValue(SVL("insert into auth.users (email, aud, role) values (?, 'authenticated', "
                              "'authenticated') returning id::text"),
                          {email})
            .toString();
    }

    static PostgrestAuth user(const QString& id)
    {
        return {SVL("authenticated"), QJsonObject{{SVL("sub"), id},
                                                  {SVL("role"), SVL("authenticated")},
                                                  {SVL("aud"), SVL("authenticated")}}};
    }
    static PostgrestAuth anon() { return {SVL("anon"), QJsonObject{{SVL("role"), SVL("anon")}}}; }
    static PostgrestAuth service()
    {
        return {SVL("service_role"), QJsonObject{{SVL("role"), SVL("service_role")}}};
    }

    HttpResponse call(const QByteArray& method, const QString& subPath, const QString& query,
                      const PostgrestAuth& auth, const sv::sandbox::HeaderPairs& headers = {},
                      const QByteArray& body = {})
    {
        HttpRequest request;
        request.method = method;
        request.path = SVL("/rest/v1") + subPath;
        request.query = QUrlQuery(query);
        request.headers = headers;
        request.headers.append(qMakePair(QByteArray("apikey"), QByteArray("anon-key")));
        request.body = body;
        return m_rest->execute(request, subPath, auth);
    }
    HttpResponse get(const QString& table, const QString& query, const PostgrestAuth& auth,
                     const sv::sandbox::HeaderPairs& headers = {})
    {
        return call("GET", QLatin1Char('/') + table, query, auth, headers);
    }
    HttpResponse rpc(const QString& function, const QJsonObject& args, const PostgrestAuth& auth)
    {
        return call("POST", SVL("/rpc/") + function, {}, auth, {{"Content-Type", "application/json"}},
                    QJsonDocument(args).toJson(QJsonDocument::Compact));
    }
    /// A's history rows for a filter: their count (and every row's user is A).
    int historyCount(const QString& query)
    {
        const HttpResponse r = get(SVL("quota_usage_history"), query, user(m_userA));
        if (r.status != 200) {
            qWarning() << query << r.status << r.body;
            return -1;
        }
        const QJsonArray rows = parse(r).toArray();
        for (const QJsonValue row : rows) {
            if (row[QLatin1String("user_id")].toString() != m_userA) {
                return -2;
            }
        }
        return int(rows.size());
    }

private slots:
    void initTestCase()
    {
        const auto url = PostgresConnection::fromUrl(qEnvironmentVariable("SUPABASE_DB_URL"));
        QVERIFY(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(SVL("QPSQL"), SVL("admin"));
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setDatabaseName(url->database);
        db.setUserName(url->user);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));

        // Users as Supabase Auth makes them: the signup trigger creates their profile and Free plan.
        m_userA = createUser(SVL("a@postgrest.test"));
        m_userB = createUser(SVL("b@postgrest.test"));
        m_userC = createUser(SVL("c@postgrest.test"));
        QVERIFY(!m_userA.isEmpty() && !m_userB.isEmpty() && !m_userC.isEmpty());
        QCOMPARE(adminValue(SVL("select count(*) from public.subscription_settings")).toInt(), 3);
        for (int d = 0; d < kDays; ++d) {
            for (int p = 0; p < kPlatforms.size(); ++p) {
                QVERIFY(
                    adminValue(SVL("insert into public.quota_usage_history (user_id, day, platform, units)"
                                   " values (?::uuid, current_date - ?::int, ?, ?) returning id"),
                               {m_userA, d, kPlatforms[p], d * 3 + p + 1})
                        .isValid());
            }
        }
        for (int d = 0; d < 5; ++d) {
            QVERIFY(adminValue(SVL("insert into public.quota_usage_history (user_id, day, platform, units)"
                                   " values (?::uuid, current_date - ?::int, 'youtube', 7) returning id"),
                               {m_userB, d})
                        .isValid());
        }
        QVERIFY(adminValue(SVL("update public.subscription_settings set stripe_customer_id = 'cus_b'"
                               " where user_id = ?::uuid returning 1"),
                           {m_userB})
                    .isValid());

        // As PostgREST connects: the authenticator role, which may only switch to the API roles.
        PostgresConnection connection = *url;
        connection.user = SVL("authenticator");
        m_rest = std::make_unique<PostgrestExecutor>(connection);
        QString error;
        QVERIFY2(m_rest->open(&error), qPrintable(error));
    }

    void parsesDatabaseUrls()
    {
        const auto c =
            PostgresConnection::fromUrl(SVL("postgresql://svc:p%40ss@db.example:6543/app?sslmode=off"));
        QVERIFY(c);
        QCOMPARE(c->host, SVL("db.example"));
        QCOMPARE(c->port, 6543);
        QCOMPARE(c->user, SVL("svc"));
        QCOMPARE(c->password, SVL("p@ss"));
        QCOMPARE(c->database, SVL("app"));
        QVERIFY(!PostgresConnection::fromUrl(SVL("http://db.example/app")));
    }

    void rowLevelSecurity()
    {
        // A sees exactly A's plan, as the signup trigger made it.
        HttpResponse r = get(SVL("subscription_settings"), {}, user(m_userA));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QJsonArray rows = parse(r).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][QLatin1String("user_id")].toString(), m_userA);
        QCOMPARE(rows[0][QLatin1String("plan")].toString(), SVL("free"));
        QCOMPARE(rows[0][QLatin1String("quota")].toInteger(), 10000);
        QVERIFY(rows[0].toObject().contains(SVL("stripe_price_id"))); // select=* is every column

        QCOMPARE(historyCount({}), kDays * 3);
        r = get(SVL("quota_usage_history"), {}, user(m_userB));
        QCOMPARE(parse(r).toArray().size(), 5);
        for (const QJsonValue row : parse(r).toArray()) {
            QCOMPARE(row[QLatin1String("user_id")].toString(), m_userB);
        }

        // anon has no privilege on the tables: PostgREST's 401 with PostgreSQL's 42501.
        for (const QString& table : {SVL("subscription_settings"), SVL("quota_usage_history")}) {
            r = get(table, {}, anon());
            QCOMPARE(r.status, 401);
            QCOMPARE(codeOf(r), SVL("42501"));
            QCOMPARE(messageOf(r), SVL("permission denied for table %1").arg(table));
        }
        // The service role sees every row.
        r = get(SVL("subscription_settings"), SVL("select=user_id"), service());
        QCOMPARE(parse(r).toArray().size(), 3);
    }

    void filters()
    {
        QCOMPARE(historyCount(SVL("platform=eq.youtube")), kDays);
        QCOMPARE(historyCount(SVL("platform=neq.youtube")), 2 * kDays);
        QCOMPARE(historyCount(SVL("units=gt.50")), 10);
        QCOMPARE(historyCount(SVL("units=gte.50")), 11);
        QCOMPARE(historyCount(SVL("units=lt.5")), 4);
        QCOMPARE(historyCount(SVL("units=lte.5")), 5);
        QCOMPARE(historyCount(SVL("platform=in.(instagram,tiktok)")), 2 * kDays);
        QCOMPARE(historyCount(SVL("units=in.(1,2,3,999)")), 3);
        QCOMPARE(historyCount(SVL("platform=in.(\"youtube\",\"a,b\")")), kDays);
        QCOMPARE(historyCount(SVL("platform=in.()")), 0);
        QCOMPARE(historyCount(SVL("platform=like.*tube")), kDays);
        QCOMPARE(historyCount(SVL("platform=like.*TUBE")), 0);
        QCOMPARE(historyCount(SVL("platform=ilike.*TUBE")), kDays);
        QCOMPARE(historyCount(SVL("platform=not.eq.youtube")), 2 * kDays);
        QCOMPARE(historyCount(SVL("platform=not.in.(youtube,tiktok)")), kDays);
        QCOMPARE(historyCount(SVL("platform=eq.tiktok&units=gt.30")), 10);
        QCOMPARE(
            historyCount(SVL("day=gte.") + adminValue(SVL("select (current_date - 1)::text")).toString()), 6);
        // '+' in a query string is a space, as PostgREST decodes it.
        QCOMPARE(historyCount(SVL("platform=not.like.you+tube")), 3 * kDays);

        // is.null / is.true / is.false, with not.
        auto settings = [this](const QString& query) {
            return parse(get(SVL("subscription_settings"), query, user(m_userA))).toArray().size();
        };
        QCOMPARE(settings(SVL("stripe_customer_id=is.null")), 1);
        QCOMPARE(settings(SVL("stripe_customer_id=not.is.null")), 0);
        QCOMPARE(settings(SVL("cancel_at_period_end=is.false")), 1);
        QCOMPARE(settings(SVL("cancel_at_period_end=is.true")), 0);
        QCOMPARE(settings(SVL("cancel_at_period_end=not.is.true")), 1);

        // Unparsable filters and values of the wrong type.
        HttpResponse r = get(SVL("quota_usage_history"), SVL("platform=xx.youtube"), user(m_userA));
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("PGRST100"));
        r = get(SVL("quota_usage_history"), SVL("platform=is.maybe"), user(m_userA));
        QCOMPARE(codeOf(r), SVL("PGRST100"));
        r = get(SVL("quota_usage_history"), SVL("units=eq.many"), user(m_userA));
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("22P02"));
        QCOMPARE(messageOf(r), SVL("invalid input syntax for type bigint: \"many\""));
    }

    void selectAndOrder()
    {
        HttpResponse r = get(SVL("quota_usage_history"),
                             SVL("select=id,amount:units,day&order=units.desc&limit=3"), user(m_userA));
        QCOMPARE(r.status, 200);
        const QJsonArray rows = parse(r).toArray();
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows[i].toObject().keys(), (QStringList{SVL("amount"), SVL("day"), SVL("id")}));
            QCOMPARE(rows[i][QLatin1String("amount")].toInteger(), 3 * kDays - i);
        }
        // Raw column order of PostgREST's JSON (not re-sorted): the projection's order.
        QVERIFY(r.body.startsWith("[{\"id\":"));
        QCOMPARE(rows[0][QLatin1String("day")].toString(),
                 adminValue(SVL("select (current_date - ?::int)::text"), {kDays - 1}).toString());

        // Several keys: platform ascending, then units descending.
        r = get(SVL("quota_usage_history"), SVL("select=platform,units&order=platform,units.desc"),
                user(m_userA));
        const QJsonArray sorted = parse(r).toArray();
        QCOMPARE(sorted.size(), 3 * kDays);
        QCOMPARE(sorted.first()[QLatin1String("platform")].toString(), SVL("instagram"));
        QCOMPARE(sorted.first()[QLatin1String("units")].toInteger(), 3 * kDays - 1);
        QCOMPARE(sorted.last()[QLatin1String("platform")].toString(), SVL("youtube"));
        QCOMPARE(sorted.last()[QLatin1String("units")].toInteger(), 1);

        // Nulls: DESC puts them first unless nullslast says otherwise.
        r = get(SVL("subscription_settings"), SVL("select=stripe_customer_id&order=stripe_customer_id.desc"),
                service());
        QVERIFY(parse(r).toArray().first()[QLatin1String("stripe_customer_id")].isNull());
        r = get(SVL("subscription_settings"),
                SVL("select=stripe_customer_id&order=stripe_customer_id.desc.nullslast"), service());
        QCOMPARE(parse(r).toArray().first()[QLatin1String("stripe_customer_id")].toString(), SVL("cus_b"));
        QVERIFY(parse(r).toArray().last()[QLatin1String("stripe_customer_id")].isNull());

        r = get(SVL("quota_usage_history"), SVL("order=units.sideways"), user(m_userA));
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("PGRST100"));
    }

    void pagingAndCount()
    {
        const int total = 3 * kDays;
        const sv::sandbox::HeaderPairs counted{{"Prefer", "count=exact"}};
        HttpResponse r = get(SVL("quota_usage_history"), SVL("order=id&limit=25"), user(m_userA), counted);
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Range"), QByteArray("0-24/") + QByteArray::number(total));
        QCOMPARE(parse(r).toArray().size(), 25);

        // Filtered, counted and limited: the count is the filter's.
        r = get(SVL("quota_usage_history"), SVL("platform=eq.youtube&units=gt.3&order=units&limit=5"),
                user(m_userA), counted);
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Range"), QByteArray("0-4/19"));
        QCOMPARE(parse(r).toArray().first()[QLatin1String("units")].toInteger(), 4);

        // Without the count: the range and '*'.
        r = get(SVL("quota_usage_history"), SVL("order=id&limit=25"), user(m_userA));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Range"), QByteArray("0-24/*"));

        // Every page through the Range header: each row once, in order.
        QSet<qint64> seen;
        qint64 previous = -1;
        for (int from = 0; from < total; from += 25) {
            r = get(SVL("quota_usage_history"), SVL("order=id"), user(m_userA),
                    {{"Prefer", "count=exact"},
                     {"Range-Unit", "items"},
                     {"Range", QByteArray::number(from) + '-' + QByteArray::number(from + 24)}});
            const qint64 last = std::min(from + 24, total - 1);
            QCOMPARE(r.status, 206);
            QCOMPARE(r.header("Content-Range"), QByteArray::number(from) + '-' + QByteArray::number(last) +
                                                    '/' + QByteArray::number(total));
            for (const QJsonValue row : parse(r).toArray()) {
                const qint64 id = row[QLatin1String("id")].toInteger();
                QVERIFY(id > previous);
                previous = id;
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), total);

        // All rows with the count: 200.
        r = get(SVL("quota_usage_history"), {}, user(m_userA), counted);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Range"), QByteArray("0-59/60"));

        // Past the end: 416 PGRST103.
        r = get(SVL("quota_usage_history"), SVL("offset=61"), user(m_userA), counted);
        QCOMPARE(r.status, 416);
        QCOMPARE(codeOf(r), SVL("PGRST103"));
        QCOMPARE(parse(r)[QLatin1String("details")].toString(),
                 SVL("An offset of 61 was requested, but there are only 60 rows."));
        QCOMPARE(r.header("Content-Range"), QByteArray("*/60"));
    }

    void objectAndHead()
    {
        const sv::sandbox::HeaderPairs object{{"Accept", "application/vnd.pgrst.object+json"}};
        HttpResponse r = get(SVL("subscription_settings"), SVL("select=user_id,plan"), user(m_userA), object);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/vnd.pgrst.object+json"));
        QCOMPARE(parse(r).toObject(), (QJsonObject{{SVL("user_id"), m_userA}, {SVL("plan"), SVL("free")}}));

        r = get(SVL("quota_usage_history"), {}, user(m_userA), object);
        QCOMPARE(r.status, 406);
        QCOMPARE(codeOf(r), SVL("PGRST116"));
        QCOMPARE(parse(r)[QLatin1String("details")].toString(), SVL("The result contains 60 rows"));
        r = get(SVL("quota_usage_history"), SVL("units=eq.1000"), user(m_userA), object);
        QCOMPARE(r.status, 406);

        r = call("HEAD", SVL("/quota_usage_history"), SVL("limit=10"), user(m_userA),
                 {{"Prefer", "count=exact"}});
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Range"), QByteArray("0-9/60"));
        QVERIFY(r.body.isEmpty());
    }

    void unknownNames()
    {
        HttpResponse r = get(SVL("no_such_table"), {}, user(m_userA));
        QCOMPARE(r.status, 404);
        QCOMPARE(codeOf(r), SVL("PGRST205"));
        QCOMPARE(messageOf(r), SVL("Could not find the table 'public.no_such_table' in the schema cache"));
        // Not readable through the API does not mean unknown: the server's tables exist.
        r = get(SVL("usage_increments"), {}, user(m_userA));
        QCOMPARE(r.status, 403);
        QCOMPARE(codeOf(r), SVL("42501"));

        for (const QString& query : {SVL("select=id,nope"), SVL("nope=eq.1"), SVL("order=nope")}) {
            r = get(SVL("quota_usage_history"), query, user(m_userA));
            QCOMPARE(r.status, 400);
            QCOMPARE(codeOf(r), SVL("42703"));
            QCOMPARE(messageOf(r), SVL("column quota_usage_history.nope does not exist"));
        }

        // A table created after the schema was read is found: an unknown name reads the schema again.
        QVERIFY(QSqlQuery(admin()).exec(SVL(
            "create table public.late_table (id int); grant select on public.late_table to authenticated")));
        r = get(SVL("late_table"), SVL("select=id"), user(m_userA));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("[]"));
        QVERIFY(QSqlQuery(admin()).exec(SVL("drop table public.late_table")));
    }

    void writesRefused()
    {
        const QByteArray premium = R"({"plan": "premium", "quota": 1000000})";
        HttpResponse r = call("POST", SVL("/subscription_settings"), {}, user(m_userA), {}, premium);
        QCOMPARE(r.status, 403);
        QCOMPARE(codeOf(r), SVL("42501"));
        QCOMPARE(messageOf(r), SVL("permission denied for table subscription_settings"));
        r = call("PATCH", SVL("/subscription_settings"), SVL("user_id=eq.") + m_userA, user(m_userA), {},
                 premium);
        QCOMPARE(r.status, 403);
        QCOMPARE(codeOf(r), SVL("42501"));
        r = call("DELETE", SVL("/quota_usage_history"), SVL("user_id=eq.") + m_userA, user(m_userA));
        QCOMPARE(r.status, 403);
        r = call("PATCH", SVL("/subscription_settings"), {}, anon(), {}, premium);
        QCOMPARE(r.status, 401);
        QCOMPARE(codeOf(r), SVL("42501"));
        r = call("POST", SVL("/subscription_settings"), {}, user(m_userA), {}, R"({"nope": 1})");
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("PGRST204"));
        QCOMPARE(adminValue(SVL("select plan from public.subscription_settings where user_id = ?::uuid"),
                            {m_userA})
                     .toString(),
                 SVL("free"));
        QCOMPARE(adminValue(SVL("select count(*) from public.quota_usage_history where user_id = ?::uuid"),
                            {m_userA})
                     .toInt(),
                 3 * kDays);

        // The service role writes (as the functions do): the same statements go through.
        r = call("PATCH", SVL("/subscription_settings"),
                 SVL("user_id=eq.") + m_userB + SVL("&select=user_id,status"), service(),
                 {{"Prefer", "return=representation"}}, R"({"status": "past_due"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toArray(),
                 (QJsonArray{QJsonObject{{SVL("user_id"), m_userB}, {SVL("status"), SVL("past_due")}}}));
        r = call("PATCH", SVL("/subscription_settings"), SVL("user_id=eq.") + m_userB, service(), {},
                 R"({"status": "active"})");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(adminValue(SVL("select status from public.subscription_settings where user_id = ?::uuid"),
                            {m_userB})
                     .toString(),
                 SVL("active"));

        // A constraint the database enforces: 23505 -> 409, with PostgreSQL's details.
        r = call("POST", SVL("/subscription_settings"), {}, service(), {},
                 QJsonDocument(QJsonObject{{SVL("user_id"), m_userB},
                                           {SVL("quota"), 1},
                                           {SVL("period_start"), SVL("2026-01-01")},
                                           {SVL("period_end"), SVL("2026-02-01")}})
                     .toJson());
        QCOMPARE(r.status, 409);
        QCOMPARE(codeOf(r), SVL("23505"));
        QCOMPARE(messageOf(r),
                 SVL("duplicate key value violates unique constraint \"subscription_settings_pkey\""));
        QCOMPARE(parse(r)[QLatin1String("details")].toString(),
                 SVL("Key (user_id)=(%1) already exists.").arg(m_userB));
    }

    void requestSettingsAndOtherFunctions()
    {
        // Functions created after the schema was read: found, called by GET (read-only) with query arguments.
        QVERIFY(QSqlQuery(admin()).exec(
            SVL("create function public.whoami(p_note text default 'none') returns jsonb language sql stable "
                "as $$"
                " select jsonb_build_object('user', current_user, 'uid', auth.uid(), 'claims', auth.jwt(),"
                " 'method', current_setting('request.method'), 'path', current_setting('request.path'),"
                " 'apikey', current_setting('request.headers')::jsonb ->> 'apikey', 'note', p_note) $$;"
                " create function public.my_history() returns setof public.quota_usage_history language sql "
                "stable"
                " as $$ select * from public.quota_usage_history order by id $$;"
                " grant execute on function public.whoami(text), public.my_history() to authenticated")));
        const PostgrestAuth a = user(m_userA);
        HttpResponse r = call("GET", SVL("/rpc/whoami"), SVL("p_note=hello"), a);
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toObject(), (QJsonObject{{SVL("user"), SVL("authenticated")},
                                                   {SVL("uid"), m_userA},
                                                   {SVL("claims"), a.claims},
                                                   {SVL("method"), SVL("GET")},
                                                   {SVL("path"), SVL("/rpc/whoami")},
                                                   {SVL("apikey"), SVL("anon-key")},
                                                   {SVL("note"), SVL("hello")}}));
        // The argument with a default may be left out.
        r = call("GET", SVL("/rpc/whoami"), {}, a);
        QCOMPARE(parse(r)[QLatin1String("note")].toString(), SVL("none"));
        // A set-returning function runs as the caller: row level security applies.
        r = call("GET", SVL("/rpc/my_history"), {}, user(m_userB));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toArray().size(), 5);
        QCOMPARE(parse(r).toArray().first()[QLatin1String("user_id")].toString(), m_userB);
        // A volatile function by GET: the read-only transaction refuses its writes (25006 -> 405).
        r = call("GET", SVL("/rpc/increment_usage"),
                 SVL("p_units=1&p_platform=youtube&p_idempotency_key=by-get"), user(m_userC));
        QCOMPARE(r.status, 405);
        QCOMPARE(codeOf(r), SVL("25006"));
        QVERIFY(QSqlQuery(admin()).exec(
            SVL("drop function public.whoami(text); drop function public.my_history()")));
    }

    void rpcIncrementUsage()
    {
        const QJsonObject args{{SVL("p_units"), 5},
                               {SVL("p_platform"), SVL("youtube")},
                               {SVL("p_idempotency_key"), SVL("sync-1")}};
        HttpResponse r = rpc(SVL("increment_usage"), args, user(m_userC));
        QCOMPARE(r.status, 200);
        const QJsonObject first = parse(r).toObject();
        QCOMPARE(first.value(QLatin1String("plan")).toString(), SVL("free"));
        QCOMPARE(first.value(QLatin1String("quota")).toInteger(), 10000);
        QCOMPARE(first.value(QLatin1String("used")).toInteger(), 5);
        QCOMPARE(first.value(QLatin1String("remaining")).toInteger(), 9995);
        QCOMPARE(first.value(QLatin1String("overage")).toInteger(), 0);
        QCOMPARE(first.value(QLatin1String("period_end")).toString(),
                 adminValue(
                     SVL("select period_end::text from public.subscription_settings where user_id = ?::uuid"),
                     {m_userC})
                     .toString());

        // The same key again, even naming other units: the first result, nothing counted.
        QJsonObject again = args;
        again[SVL("p_units")] = 50;
        r = rpc(SVL("increment_usage"), again, user(m_userC));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toObject(), first);
        r = get(SVL("subscription_settings"), SVL("select=used"), user(m_userC));
        QCOMPARE(parse(r).toArray().first()[QLatin1String("used")].toInteger(), 5);
        r = get(SVL("quota_usage_history"), SVL("select=platform,units,day"), user(m_userC));
        QCOMPARE(parse(r).toArray(),
                 (QJsonArray{QJsonObject{
                     {SVL("platform"), SVL("youtube")},
                     {SVL("units"), 5},
                     {SVL("day"), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)}}}));

        // The function's own checks: 400 22023.
        QJsonObject bad = args;
        bad[SVL("p_units")] = 0;
        r = rpc(SVL("increment_usage"), bad, user(m_userC));
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("22023"));
        QCOMPARE(messageOf(r), SVL("p_units must be a positive integer"));
        bad = args;
        bad[SVL("p_platform")] = SVL("myspace");
        r = rpc(SVL("increment_usage"), bad, user(m_userC));
        QCOMPARE(codeOf(r), SVL("22023"));
        QCOMPARE(messageOf(r), SVL("unknown platform: myspace"));
        bad = args;
        bad[SVL("p_units")] = 1.5;
        r = rpc(SVL("increment_usage"), bad, user(m_userC));
        QCOMPARE(r.status, 400);
        QCOMPARE(codeOf(r), SVL("22P02"));

        // Other argument names: PGRST202, PostgREST's message.
        r = rpc(SVL("increment_usage"), QJsonObject{{SVL("units"), 5}, {SVL("p_platform"), SVL("youtube")}},
                user(m_userC));
        QCOMPARE(r.status, 404);
        QCOMPARE(codeOf(r), SVL("PGRST202"));
        QCOMPARE(
            messageOf(r),
            SVL("Could not find the function public.increment_usage(p_platform, units) in the schema cache"));
        QCOMPARE(parse(r)[QLatin1String("hint")].toString(),
                 SVL("Perhaps you meant to call the function public.increment_usage(p_idempotency_key, "
                     "p_platform, "
                     "p_units)"));
        r = rpc(SVL("no_such_function"), {}, user(m_userC));
        QCOMPARE(r.status, 404);
        QCOMPARE(messageOf(r), SVL("Could not find the function public.no_such_function without parameters "
                                   "in the schema cache"));

        // No user: the anon key has no EXECUTE (401); a token without sub is refused by the function (403).
        r = rpc(SVL("increment_usage"), args, anon());
        QCOMPARE(r.status, 401);
        QCOMPARE(codeOf(r), SVL("42501"));
        QCOMPARE(messageOf(r), SVL("permission denied for function increment_usage"));
        r = rpc(SVL("increment_usage"), args,
                PostgrestAuth{SVL("authenticated"), {{SVL("role"), SVL("authenticated")}}});
        QCOMPARE(r.status, 403);
        QCOMPARE(codeOf(r), SVL("42501"));
        QCOMPARE(adminValue(SVL("select used from public.subscription_settings where user_id = ?::uuid"),
                            {m_userC})
                     .toInt(),
                 5);
    }

    void valuesAreBound()
    {
        const QString hostile = SVL("youtube'; drop table public.quota_usage_history; --\\");
        HttpResponse r = get(SVL("quota_usage_history"), SVL("platform=eq.") + enc(hostile), user(m_userA));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("[]"));
        r = get(SVL("quota_usage_history"),
                SVL("platform=in.(") + enc(SVL("\"a\\\",b\",") + hostile + SVL(",youtube")) + SVL(")"),
                user(m_userA));
        QCOMPARE(parse(r).toArray().size(), kDays);
        // An alias is an identifier: quoted, not spliced.
        r = get(SVL("quota_usage_history"),
                SVL("select=") + enc(SVL("x\" from x;--:units")) + SVL("&limit=1"), user(m_userA));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toArray().first().toObject().keys(), QStringList{SVL("x\" from x;--")});
        QCOMPARE(adminValue(SVL("select count(*) from public.quota_usage_history where user_id = ?::uuid"),
                            {m_userA})
                     .toInt(),
                 3 * kDays);

        // In a function's argument: stored as given.
        const QString key = SVL("it's \"a\" key; select 1; --\\ ünï");
        r = rpc(SVL("increment_usage"),
                QJsonObject{
                    {SVL("p_units"), 1}, {SVL("p_platform"), SVL("tiktok")}, {SVL("p_idempotency_key"), key}},
                user(m_userC));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            adminValue(SVL("select idempotency_key from public.usage_increments where user_id = ?::uuid and "
                           "platform = 'tiktok'"),
                       {m_userC})
                .toString(),
            key);
    }

    void survivesALostConnection()
    {
        // The server ends the executor's session (as a restart or an idle timeout would).
        QVERIFY(adminValue(
                    SVL("select count(pg_catalog.pg_terminate_backend(pid)) from pg_catalog.pg_stat_activity"
                        " where application_name = 'streamvibe-sandbox-rest'"))
                    .toInt() == 1);
        const HttpResponse r = get(SVL("subscription_settings"), SVL("select=user_id"), user(m_userA));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).toArray().size(), 1);
    }

    void cleanupTestCase()
    {
        m_rest.reset();
        QSqlDatabase::database(SVL("admin")).close();
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!QSqlDatabase::isDriverAvailable(SVL("QPSQL"))) {
        std::puts("SKIP: Qt's PostgreSQL driver is not installed (libqt6sql6-psql; .ci/install-deps.sh)");
        return 77;
    }
    if (qEnvironmentVariableIsEmpty("SUPABASE_DB_URL")) {
        std::puts("SKIP: SUPABASE_DB_URL is not set: run through tests/sandbox/with-backend-db-test.sh");
        return 77;
    }
    TestSandboxPostgrest test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSandboxPostgrest.moc"
