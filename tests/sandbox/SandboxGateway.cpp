// The sandbox as the API gateway in front of the real backend: GoTrue's users in auth.users, /rest/v1 run
// on the database by PostgrestExecutor, /functions/v1 forwarded to the Edge Functions server.
#include "BackendStack.h"
#include "SandboxPostgrest.h"
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace sv::sandbox {

namespace {

const QString kDemoEmail = SVL("demo@streamvibe.test");
/// How the sandbox's password hash is kept in auth.users.encrypted_password: `sv-sha256$<salt>$<hash>`.
const QString kHashScheme = SVL("sv-sha256");
const QStringList kPlatforms{SVL("youtube"), SVL("instagram"), SVL("tiktok")};

quint64 stableHash(const QString& text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        v = (v << 8) | static_cast<unsigned char>(h[i]);
    }
    return v;
}

/// Hop-by-hop and framing headers: never copied between the client and the functions server.
bool hopByHop(const QByteArray& name)
{
    static const QList<QByteArray> names{"host",
                                         "content-length",
                                         "connection",
                                         "keep-alive",
                                         "upgrade",
                                         "transfer-encoding",
                                         "te",
                                         "trailer",
                                         "proxy-connection",
                                         "accept-encoding",
                                         "content-encoding"};
    return names.contains(name.toLower());
}

} // namespace

std::optional<RealBackend> RealBackend::fromEnvFile(const QString& path, QString* error)
{
    const auto read = BackendStack::readEnv(path, error);
    if (!read) {
        return std::nullopt;
    }
    const QHash<QString, QString>& values = *read;
    QStringList missing;
    for (const QString& name : {SVL("SUPABASE_DB_URL"), SVL("FUNCTIONS_URL"), SVL("JWT_SECRET")}) {
        if (values.value(name).isEmpty()) {
            missing << name;
        }
    }
    if (!missing.isEmpty()) {
        *error = SVL("%1 does not set %2").arg(path, missing.join(SVL(", ")));
        return std::nullopt;
    }
    RealBackend backend;
    backend.dbUrl = values.value(SVL("SUPABASE_DB_URL"));
    backend.functionsUrl = QUrl(values.value(SVL("FUNCTIONS_URL")));
    backend.jwtSecret = values.value(SVL("JWT_SECRET")).toUtf8();
    backend.anonKey = values.value(SVL("ANON_KEY"));
    backend.serviceRoleKey = values.value(SVL("SERVICE_ROLE_KEY"));
    backend.functionsWithoutJwt =
        values.value(SVL("FUNCTIONS_WITHOUT_JWT")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return backend;
}

void SandboxServer::startGateway(const RealBackend& backend)
{
    const auto connection = PostgresConnection::fromUrl(backend.dbUrl);
    m_db = std::make_unique<PostgrestExecutor>(connection.value_or(PostgresConnection{}));
    if (!connection) {
        m_startupError = SVL("the database URL is not a postgresql:// URL");
        return;
    }
    // The functions server's base: the request's own /functions/v1/... path is appended.
    QString functions = backend.functionsUrl.toString(QUrl::StripTrailingSlash);
    if (functions.endsWith(QLatin1String("/functions/v1"))) {
        functions.chop(QLatin1String("/functions/v1").size());
    }
    m_functionsUrl = QUrl(functions);
    m_functionsWithoutJwt = backend.functionsWithoutJwt;
    m_network = new QNetworkAccessManager(this);
    QString error;
    if (!m_db->open(&error)) {
        m_startupError = SVL("cannot connect to the database: %1").arg(error);
        return;
    }
    // The demo account, in auth.users, with a year of usage history as test data. Its plan stays the Free
    // plan the signup trigger gives it: a paid plan comes only from Stripe's webhook.
    if (userByEmail(kDemoEmail)) {
        return; // kept from an earlier start on the same database
    }
    const User* demo = createUser(kDemoEmail, SVL("streamvibe-demo"), SVL("email"));
    if (!demo) {
        m_startupError = SVL("cannot store the demo account in auth.users");
        return;
    }
    seedStoredHistory(*demo, 365);
    m_demoCreated = true; // prepareDemo() buys its plan
}

bool SandboxServer::storeUser(const User& user, QString* error)
{
    const QString hash = kHashScheme + QLatin1Char('$') + QString::fromLatin1(user.salt) + QLatin1Char('$') +
                         QString::fromLatin1(user.passwordHash.toBase64());
    const QString appMetadata =
        QString::fromUtf8(QJsonDocument(QJsonObject{{SVL("provider"), user.provider},
                                                    {SVL("providers"), QJsonArray{user.provider}}})
                              .toJson(QJsonDocument::Compact));
    return m_db
        ->query(SVL("insert into auth.users (instance_id, id, aud, role, email, encrypted_password,"
                    " email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)"
                    " values ('00000000-0000-0000-0000-000000000000', ?::uuid, 'authenticated',"
                    " 'authenticated', ?, ?, to_timestamp(?), ?::jsonb, ?::jsonb, to_timestamp(?),"
                    " to_timestamp(?))"),
                {user.id, user.email, hash, user.createdAt, appMetadata,
                 QString::fromUtf8(QJsonDocument(user.userMetadata).toJson(QJsonDocument::Compact)),
                 user.createdAt, user.createdAt},
                error)
        .has_value();
}

SandboxServer::User* SandboxServer::loadUser(const QString& column, const QString& value)
{
    const bool byId = column == QLatin1String("id");
    if (value.isEmpty() || (byId && QUuid::fromString(value).isNull())) {
        return nullptr;
    }
    QString error;
    const auto rows = m_db->query(
        SVL("select id::text, email, coalesce(encrypted_password, ''),"
            " extract(epoch from created_at)::bigint, coalesce(raw_app_meta_data ->> 'provider', 'email'),"
            " coalesce(raw_user_meta_data, '{}'::jsonb)::text from auth.users where ") +
            (byId ? SVL("id = ?::uuid") : SVL("lower(email) = lower(?)")) + SVL(" limit 1"),
        {value}, &error);
    if (!rows) {
        qWarning("auth: cannot read auth.users: %s", qPrintable(error));
        return nullptr;
    }
    if (rows->isEmpty()) {
        return nullptr;
    }
    const QVariantList& row = rows->first();
    User user;
    user.id = row.at(0).toString();
    user.email = row.at(1).toString();
    const QStringList hash = row.at(2).toString().split(QLatin1Char('$'));
    if (hash.size() == 3 && hash.at(0) == kHashScheme) {
        user.salt = hash.at(1).toLatin1();
        user.passwordHash = QByteArray::fromBase64(hash.at(2).toLatin1());
    }
    user.createdAt = row.at(3).toLongLong();
    user.provider = row.at(4).toString();
    user.userMetadata = QJsonDocument::fromJson(row.at(5).toString().toUtf8()).object();
    // A cache of the row just read, so callers can hold a pointer; the database stays the truth.
    m_users.insert(user.id, user);
    return &m_users[user.id];
}

void SandboxServer::generateHistory(
    const User& user, int historyDays,
    const std::function<void(const QDate&, const QString&, qint64)>& row) const
{
    const QDate today = QDate::currentDate();
    const quint64 base = stableHash(user.id) ^ m_options.seed;
    for (int d = historyDays - 1; d >= 0; --d) {
        for (int p = 0; p < kPlatforms.size(); ++p) {
            // 1..399: the table holds used units only, and the demo used each platform every day.
            row(today.addDays(-d), kPlatforms[p],
                1 + static_cast<qint64>(mix64(base ^ (quint64(d) << 8) ^ quint64(p)) % 399));
        }
    }
}

void SandboxServer::seedStoredHistory(const User& user, int historyDays)
{
    QStringList days;
    QStringList platforms;
    QStringList units;
    generateHistory(user, historyDays, [&](const QDate& day, const QString& platform, qint64 n) {
        days << day.toString(Qt::ISODate);
        platforms << platform;
        units << QString::number(n);
    });
    auto array = [](const QStringList& items) {
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    QString error;
    if (!m_db->query(
            SVL("insert into public.quota_usage_history (user_id, day, platform, units)"
                " select ?::uuid, d, p, u from unnest(?::date[], ?::text[], ?::bigint[]) as t(d, p, u)"),
            {user.id, array(days), array(platforms), array(units)}, &error)) {
        m_startupError = SVL("cannot store the demo account's usage history: %1").arg(error);
    }
}

HttpResponse SandboxServer::pgError(int status, const QString& code, const QString& message,
                                    const QJsonValue& details, const QJsonValue& hint) const
{
    return HttpResponse::json(
        status, QJsonObject{{SVL("code"), code},
                            {SVL("details"), details.isUndefined() ? QJsonValue::Null : details},
                            {SVL("hint"), hint.isUndefined() ? QJsonValue::Null : hint},
                            {SVL("message"), message}});
}

std::optional<HttpResponse> SandboxServer::restAuthenticate(const HttpRequest& request, const QString& table,
                                                            AccessClaims* claims) const
{
    if (auto denied = checkApiKey(request)) {
        return denied;
    }
    const QString token = request.bearerToken();
    switch (verifyJwt(token, claims)) {
    case TokenState::Valid:
        break;
    case TokenState::Missing:
        return pgError(401, SVL("PGRST302"), SVL("Anonymous access is disabled"));
    case TokenState::Expired:
        return pgError(401, SVL("PGRST301"), SVL("JWT expired"))
            .withHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\", error_description=\"JWT expired\"");
    case TokenState::Malformed:
        return pgError(401, SVL("PGRST301"), SVL("Expected 3 parts in JWT; got 1"))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    case TokenState::BadSignature:
        return pgError(401, SVL("PGRST301"), SVL("JWSError JWSInvalidSignature"))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    // anon is let through: the database's grants decide what it may do.
    if (claims->role != QLatin1String("authenticated") && claims->role != QLatin1String("service_role") &&
        claims->role != QLatin1String("anon")) {
        return pgError(401, SVL("42501"), SVL("permission denied for %1").arg(table));
    }
    return std::nullopt;
}

HttpResponse SandboxServer::gatewayRest(const HttpRequest& request, const QString& subPath)
{
    const QString name = subPath.mid(1);
    const QString target =
        name.startsWith(QLatin1String("rpc/")) ? SVL("function ") + name.mid(4) : SVL("table ") + name;
    AccessClaims claims;
    if (auto denied = restAuthenticate(request, target, &claims)) {
        return *denied;
    }
    HttpResponse response = m_db->execute(request, subPath, PostgrestAuth{claims.role, claims.payload});
    if (name == QLatin1String("rpc/increment_usage") && response.status == 200 && !claims.sub.isEmpty()) {
        // What the gateway saw of the usage reports (GET /__control/usage: repeats and conflicts).
        bool ok = false;
        const QJsonObject args = request.jsonObject(&ok);
        m_observedUsage[claims.sub + QLatin1Char('|') +
                        args.value(QLatin1String("p_idempotency_key")).toString()]
            .append({args.value(QLatin1String("p_units")).toInteger(),
                     args.value(QLatin1String("p_platform")).toString()});
    }
    return response;
}

std::optional<HttpResponse> SandboxServer::gatewayFunctionCheck(const HttpRequest& request,
                                                                const QString& name)
{
    // Deployed with verify_jwt = false (supabase/config.toml, through the stack's env file): their callers
    // (Stripe, a platform's redirect) hold no project key, so the gateway lets them through as they are.
    if (m_functionsWithoutJwt.contains(name)) {
        return std::nullopt;
    }
    if (auto denied = checkApiKey(request)) {
        return denied;
    }
    AccessClaims claims;
    return verifyFunctionJwt(request, &claims);
}

HttpResponse SandboxServer::functionError(int status, const QString& code, const QString& message) const
{
    return HttpResponse::json(
        status, QJsonObject{{SVL("error"), QJsonObject{{SVL("code"), code}, {SVL("message"), message}}}});
}

std::optional<HttpResponse> SandboxServer::verifyFunctionJwt(const HttpRequest& request,
                                                             AccessClaims* claims) const
{
    // verify_jwt: the gateway requires a valid JWT (the anon key is one).
    const TokenState state = verifyJwt(request.bearerToken(), claims);
    if (state != TokenState::Valid) {
        return HttpResponse::json(401, QJsonObject{{SVL("code"), 401},
                                                   {SVL("message"), state == TokenState::Missing
                                                                        ? SVL("Missing authorization header")
                                                                        : SVL("Invalid JWT")}});
    }
    return std::nullopt;
}

void SandboxServer::forwardFunction(const HttpRequest& request, std::function<void(const HttpResponse&)> done)
{
    QString target = m_functionsUrl.toString(QUrl::StripTrailingSlash) + request.url.path(QUrl::FullyEncoded);
    if (request.url.hasQuery()) {
        target += QLatin1Char('?') + request.url.query(QUrl::FullyEncoded);
    }
    HeaderPairs headers = request.headers;
    headers.append({"X-Forwarded-Host", m_base.authority().toUtf8()});
    headers.append({"X-Forwarded-Proto", m_base.scheme().toUtf8()});
    backendCall(request.method, QUrl(target, QUrl::StrictMode), headers, request.body, std::move(done));
}

void SandboxServer::backendCall(const QByteArray& method, const QUrl& url, const HeaderPairs& headers,
                                const QByteArray& body, std::function<void(const HttpResponse&)> done)
{
    QNetworkRequest forward(url);
    forward.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    forward.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    forward.setTransferTimeout(150000); // the edge runtime's wall-clock limit
    for (const auto& [key, value] : headers) {
        if (!hopByHop(key)) {
            forward.setRawHeader(key, value);
        }
    }
    QNetworkReply* reply = m_network->sendCustomRequest(forward, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            // No HTTP answer at all (the server is down): the gateway's own 502.
            qWarning("backend: %s", qPrintable(reply->errorString()));
            done(HttpResponse::json(
                502, QJsonObject{{SVL("message"), SVL("An invalid response was received from the upstream "
                                                      "server")}}));
            return;
        }
        HttpResponse response;
        response.status = status.toInt();
        for (const auto& [key, value] : reply->rawHeaderPairs()) {
            if (!hopByHop(key)) {
                response.headers.append({key, value});
            }
        }
        response.body = reply->readAll();
        done(response);
    });
}

void SandboxServer::prepareDemo(std::function<void(const QString& problem)> done)
{
    if (!m_demoCreated) {
        done({});
        return;
    }
    // The demo buys Basic as a user would: list-plans, create-checkout-session, Pay on Stripe's page; the
    // webhook then changes its plan in the database.
    const User* demo = userByEmail(kDemoEmail);
    if (!demo) {
        done(SVL("the demo account is not in auth.users"));
        return;
    }
    const QString token =
        QJsonDocument::fromJson(issueSession(*demo, SVL("password")).body)[QLatin1String("access_token")]
            .toString();
    const QString userId = demo->id;
    auto call = [this](const QString& function, const QString& bearer, const QJsonObject& body,
                       std::function<void(const HttpResponse&)> next) {
        backendCall("POST", QUrl(m_functionsUrl.toString() + SVL("/functions/v1/") + function),
                    {{"apikey", m_anonKey.toUtf8()},
                     {"Authorization", "Bearer " + bearer.toUtf8()},
                     {"Content-Type", "application/json"}},
                    QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(next));
    };
    auto fail = [done](const QString& step, const HttpResponse& r) {
        done(SVL("%1 answered %2: %3").arg(step).arg(r.status).arg(QString::fromUtf8(r.body.left(200))));
    };
    call(SVL("list-plans"), m_anonKey, {{SVL("currency"), SVL("usd")}}, [=, this](const HttpResponse& plans) {
        QString price;
        for (const QJsonValue p : QJsonDocument::fromJson(plans.body)[QLatin1String("data")].toArray()) {
            if (p[QLatin1String("lookup_key")].toString() == QLatin1String("basic_monthly_usd")) {
                price = p[QLatin1String("id")].toString();
            }
        }
        if (price.isEmpty()) {
            return fail(SVL("list-plans"), plans);
        }
        const QJsonObject checkout{{SVL("price_id"), price},
                                   {SVL("success_url"), url(SVL("/"))},
                                   {SVL("cancel_url"), url(SVL("/"))}};
        call(SVL("create-checkout-session"), token, checkout, [=, this](const HttpResponse& session) {
            const QString page = QJsonDocument::fromJson(session.body)[QLatin1String("url")].toString();
            if (session.status != 200 || page.isEmpty()) {
                return fail(SVL("create-checkout-session"), session);
            }
            backendCall("POST", QUrl(page + SVL("/pay")), {}, {}, [=, this](const HttpResponse& paid) {
                if (paid.status != 303) {
                    return fail(SVL("the checkout page"), paid);
                }
                // The stand-in's delivery log answers once the webhook events are delivered.
                QUrl deliveries(page);
                deliveries.setPath(SVL("/__control/deliveries"));
                deliveries.setQuery(SVL("wait=1"));
                backendCall("GET", deliveries, {}, {}, [=, this](const HttpResponse&) {
                    const auto rows = m_db->query(
                        SVL("select plan from public.subscription_settings where user_id = ?::uuid"),
                        {userId});
                    const bool basic = rows && !rows->isEmpty() && rows->first().first() == SVL("basic");
                    if (!basic) {
                        return done(SVL("stripe-webhook did not change the plan"));
                    }
                    // Test data, like the history: what the demo used in the new period so far, as if the
                    // syncs of those days had reported it (invoice.paid has just reset the counter).
                    QString error;
                    const bool used =
                        m_db->query(SVL("update public.subscription_settings s set used ="
                                        " (select coalesce(sum(h.units), 0) from"
                                        " public.quota_usage_history h where h.user_id = s.user_id"
                                        " and h.day >= s.period_start::date)"
                                        " where s.user_id = ?::uuid"),
                                    {userId}, &error)
                            .has_value();
                    done(used ? QString() : SVL("cannot set the demo's usage: %1").arg(error));
                });
            });
        });
    });
}

HttpResponse SandboxServer::gatewayUsage(const User& user)
{
    QString error;
    const auto settings =
        m_db->query(SVL("select used, quota from public.subscription_settings where user_id = ?::uuid"),
                    {user.id}, &error);
    const auto keys = m_db->query(SVL("select idempotency_key, platform, units from public.usage_increments"
                                      " where user_id = ?::uuid order by created_at, idempotency_key"),
                                  {user.id}, &error);
    if (!settings || !keys) {
        return HttpResponse::json(503, QJsonObject{{SVL("error"), error}});
    }
    QJsonArray reports;
    for (const QVariantList& row : *keys) {
        const QString key = row.at(0).toString();
        const QString platform = row.at(1).toString();
        const qint64 units = row.at(2).toLongLong();
        // The database counted the first call; the gateway saw the others.
        const auto calls = m_observedUsage.value(user.id + QLatin1Char('|') + key);
        int conflicts = 0;
        qint64 ignored = 0;
        for (qsizetype i = 1; i < calls.size(); ++i) {
            if (calls.at(i).first != units || calls.at(i).second != platform) {
                ++conflicts;
                ignored += calls.at(i).first;
            }
        }
        reports.append(QJsonObject{{SVL("key"), key},
                                   {SVL("platform"), platform},
                                   {SVL("units"), units},
                                   {SVL("repeats"), qMax<qsizetype>(0, calls.size() - 1)},
                                   {SVL("conflicts"), conflicts},
                                   {SVL("ignored_units"), ignored}});
    }
    const QVariantList row = settings->isEmpty() ? QVariantList{0, 0} : settings->first();
    return HttpResponse::json(200, QJsonObject{{SVL("user_id"), user.id},
                                               {SVL("email"), user.email},
                                               {SVL("used"), row.at(0).toLongLong()},
                                               {SVL("quota"), row.at(1).toLongLong()},
                                               {SVL("reports"), reports}});
}

} // namespace sv::sandbox
