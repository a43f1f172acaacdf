// PostgREST stand-in: /rest/v1 with row-level security.
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace sv::sandbox {

namespace {

const QStringList kSubscriptionColumns{SVL("user_id"),
                                       SVL("plan"),
                                       SVL("status"),
                                       SVL("quota"),
                                       SVL("used"),
                                       SVL("period_start"),
                                       SVL("period_end"),
                                       SVL("stripe_customer_id"),
                                       SVL("stripe_subscription_id"),
                                       SVL("cancel_at_period_end"),
                                       SVL("updated_at")};
const QStringList kHistoryColumns{SVL("id"),       SVL("user_id"), SVL("day"),
                                  SVL("platform"), SVL("units"),   SVL("created_at")};
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

QDate periodStart()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

// Compares a row value with a filter operand: <0, 0, >0; `comparable` false when types do not compare.
int compareValue(const QJsonValue& value, const QString& operand, bool* comparable)
{
    *comparable = true;
    if (value.isDouble()) {
        bool ok = false;
        const double o = operand.toDouble(&ok);
        if (!ok) {
            *comparable = false;
            return 0;
        }
        const double v = value.toDouble();
        return v < o ? -1 : (v > o ? 1 : 0);
    }
    if (value.isBool()) {
        const bool o = operand == QLatin1String("true");
        return int(value.toBool()) - int(o);
    }
    if (value.isNull() || value.isUndefined()) {
        *comparable = false;
        return 0;
    }
    return QString::compare(value.toString(), operand);
}

bool likeMatch(const QString& value, const QString& pattern, Qt::CaseSensitivity cs)
{
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("%"), QLatin1String(".*"));
    rx.replace(QLatin1String("_"), QLatin1String("."));
    return QRegularExpression(QLatin1Char('^') + rx + QLatin1Char('$'),
                              cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                        : QRegularExpression::NoPatternOption)
        .match(value)
        .hasMatch();
}

} // namespace

QJsonObject& SandboxServer::subscriptionFor(const QString& userId)
{
    auto it = m_subscriptions.find(userId);
    if (it == m_subscriptions.end()) {
        const QDate start = periodStart();
        it = m_subscriptions.insert(
            userId, QJsonObject{{SVL("user_id"), userId},
                                {SVL("plan"), SVL("free")},
                                {SVL("status"), SVL("active")},
                                {SVL("quota"), 10000},
                                {SVL("used"), 0},
                                {SVL("period_start"), start.toString(Qt::ISODate)},
                                {SVL("period_end"), start.addMonths(1).toString(Qt::ISODate)},
                                {SVL("stripe_customer_id"),
                                 SVL("cus_") + QString::number(stableHash(userId) % 100000000000000ULL, 36)},
                                {SVL("stripe_subscription_id"), QJsonValue::Null},
                                {SVL("cancel_at_period_end"), false},
                                {SVL("updated_at"), isoTime(now())}});
    }
    return it.value();
}

void SandboxServer::generateHistory(
    const User& user, int historyDays,
    const std::function<void(const QDate&, const QString&, qint64)>& row) const
{
    const QDate today = QDate::currentDate();
    const quint64 base = stableHash(user.id) ^ m_options.seed;
    for (int d = historyDays - 1; d >= 0; --d) {
        for (int p = 0; p < kPlatforms.size(); ++p) {
            row(today.addDays(-d), kPlatforms[p],
                static_cast<qint64>(mix64(base ^ (quint64(d) << 8) ^ quint64(p)) % 400));
        }
    }
}

void SandboxServer::seedUserData(const User& user, int historyDays)
{
    if (gateway()) {
        return; // the signup trigger makes a new user's rows
    }
    const QDate start = periodStart();
    qint64 used = 0;
    generateHistory(user, historyDays, [&](const QDate& day, const QString& platform, qint64 units) {
        m_usageHistory.push_back(
            QJsonObject{{SVL("id"), m_nextUsageId++},
                        {SVL("user_id"), user.id},
                        {SVL("day"), day.toString(Qt::ISODate)},
                        {SVL("platform"), platform},
                        {SVL("units"), units},
                        {SVL("created_at"), day.toString(Qt::ISODate) + SVL("T23:59:00+00:00")}});
        if (day >= start) {
            used += units;
        }
    });
    subscriptionFor(user.id)[SVL("used")] = used;
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
                                                            AccessClaims* claims, bool allowAnon) const
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
    if (claims->role != QLatin1String("authenticated") && claims->role != QLatin1String("service_role") &&
        !(allowAnon && claims->role == QLatin1String("anon"))) {
        return pgError(401, SVL("42501"), SVL("permission denied for %1").arg(table));
    }
    return std::nullopt;
}

HttpResponse SandboxServer::rest(const HttpRequest& request, const QString& subPath)
{
    if (gateway()) {
        return gatewayRest(request, subPath);
    }
    const QString name = subPath.mid(1);
    if (name.startsWith(QLatin1String("rpc/"))) {
        AccessClaims claims;
        if (auto denied = restAuthenticate(request, SVL("function ") + name.mid(4), &claims)) {
            return *denied;
        }
        return restRpc(request, name.mid(4), claims);
    }
    const QStringList* columns = nullptr;
    if (name == QLatin1String("subscription_settings")) {
        columns = &kSubscriptionColumns;
    } else if (name == QLatin1String("quota_usage_history")) {
        columns = &kHistoryColumns;
    }
    if (!columns) {
        if (auto denied = checkApiKey(request)) {
            return *denied;
        }
        return pgError(404, SVL("PGRST205"),
                       SVL("Could not find the table 'public.%1' in the schema cache").arg(name),
                       QJsonValue::Null, SVL("Perhaps you meant the table 'public.quota_usage_history'"));
    }
    AccessClaims claims;
    if (auto denied = restAuthenticate(request, SVL("table ") + name, &claims)) {
        return *denied;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        // Only SELECT is granted to clients; writes happen in functions and RPCs.
        return pgError(403, SVL("42501"), SVL("permission denied for table %1").arg(name));
    }

    // Rows visible to this user (row-level security: user_id = auth.uid()).
    std::vector<QJsonObject> rows;
    const bool service = claims.role == QLatin1String("service_role");
    if (name == QLatin1String("subscription_settings")) {
        for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
            if (service || it.key() == claims.sub) {
                rows.push_back(it.value());
            }
        }
    } else {
        for (const QJsonObject& row : m_usageHistory) {
            if (service || row.value(QLatin1String("user_id")).toString() == claims.sub) {
                rows.push_back(row);
            }
        }
    }

    // Filters.
    static const QStringList reserved{SVL("select"), SVL("order"),       SVL("limit"),  SVL("offset"),
                                      SVL("apikey"), SVL("on_conflict"), SVL("columns")};
    for (const auto& [column, rawFilter] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (reserved.contains(column)) {
            continue;
        }
        if (!columns->contains(column)) {
            return pgError(400, SVL("42703"), SVL("column %1.%2 does not exist").arg(name, column));
        }
        QString filter = rawFilter;
        bool negate = false;
        if (filter.startsWith(QLatin1String("not."))) {
            negate = true;
            filter = filter.mid(4);
        }
        const int dot = filter.indexOf(QLatin1Char('.'));
        const QString op = dot < 0 ? filter : filter.left(dot);
        const QString operand = dot < 0 ? QString() : filter.mid(dot + 1);
        static const QStringList ops{SVL("eq"),  SVL("neq"), SVL("gt"), SVL("gte"),  SVL("lt"),
                                     SVL("lte"), SVL("in"),  SVL("is"), SVL("like"), SVL("ilike")};
        if (dot < 0 || !ops.contains(op)) {
            return pgError(400, SVL("PGRST100"),
                           SVL("\"failed to parse filter (%1)\" (line 1, column %2)")
                               .arg(rawFilter)
                               .arg(rawFilter.size()),
                           SVL("unexpected \"%1\" expecting operator").arg(op));
        }
        QStringList inValues;
        if (op == QLatin1String("in")) {
            if (!operand.startsWith(QLatin1Char('(')) || !operand.endsWith(QLatin1Char(')'))) {
                return pgError(400, SVL("PGRST100"), SVL("\"failed to parse filter (%1)\"").arg(rawFilter));
            }
            for (QString v : operand.mid(1, operand.size() - 2).split(QLatin1Char(','))) {
                v = v.trimmed();
                if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
                    v = v.mid(1, v.size() - 2);
                }
                inValues << v;
            }
        }
        if (op == QLatin1String("is") && operand != QLatin1String("null") &&
            operand != QLatin1String("true") && operand != QLatin1String("false") &&
            operand != QLatin1String("unknown")) {
            return pgError(400, SVL("PGRST100"), SVL("\"failed to parse filter (%1)\"").arg(rawFilter));
        }
        std::erase_if(rows, [&](const QJsonObject& row) {
            const QJsonValue v = row.value(column);
            bool comparable = true;
            bool keep = false;
            if (op == QLatin1String("is")) {
                keep = operand == QLatin1String("null") || operand == QLatin1String("unknown")
                           ? v.isNull()
                           : (v.isBool() && v.toBool() == (operand == QLatin1String("true")));
            } else if (op == QLatin1String("in")) {
                for (const QString& candidate : inValues) {
                    if (compareValue(v, candidate, &comparable) == 0 && comparable) {
                        keep = true;
                        break;
                    }
                }
            } else if (op == QLatin1String("like") || op == QLatin1String("ilike")) {
                keep = v.isString() &&
                       likeMatch(v.toString(), operand,
                                 op == QLatin1String("like") ? Qt::CaseSensitive : Qt::CaseInsensitive);
            } else {
                const int c = compareValue(v, operand, &comparable);
                if (comparable) {
                    keep = (op == QLatin1String("eq") && c == 0) || (op == QLatin1String("neq") && c != 0) ||
                           (op == QLatin1String("gt") && c > 0) || (op == QLatin1String("gte") && c >= 0) ||
                           (op == QLatin1String("lt") && c < 0) || (op == QLatin1String("lte") && c <= 0);
                }
            }
            return negate ? keep : !keep;
        });
    }

    // Order.
    const QString order = request.queryValue(SVL("order"));
    if (!order.isEmpty()) {
        struct Key
        {
            QString column;
            bool desc = false;
            bool nullsFirst = false;
        };
        std::vector<Key> keys;
        for (const QString& term : order.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = term.split(QLatin1Char('.'));
            Key k{parts.value(0), false, false};
            for (int i = 1; i < parts.size(); ++i) {
                if (parts[i] == QLatin1String("desc")) {
                    k.desc = true;
                    k.nullsFirst = true; // PostgreSQL: DESC puts nulls first
                } else if (parts[i] == QLatin1String("asc")) {
                    k.desc = false;
                } else if (parts[i] == QLatin1String("nullsfirst")) {
                    k.nullsFirst = true;
                } else if (parts[i] == QLatin1String("nullslast")) {
                    k.nullsFirst = false;
                } else {
                    return pgError(400, SVL("PGRST100"), SVL("\"failed to parse order (%1)\"").arg(order));
                }
            }
            if (!columns->contains(k.column)) {
                return pgError(400, SVL("42703"), SVL("column %1.%2 does not exist").arg(name, k.column));
            }
            keys.push_back(k);
        }
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            for (const Key& k : keys) {
                const QJsonValue va = a.value(k.column);
                const QJsonValue vb = b.value(k.column);
                if (va.isNull() != vb.isNull()) {
                    return va.isNull() ? k.nullsFirst : !k.nullsFirst;
                }
                int c = 0;
                if (va.isDouble() && vb.isDouble()) {
                    c = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
                } else if (va.isBool() && vb.isBool()) {
                    c = int(va.toBool()) - int(vb.toBool());
                } else {
                    c = QString::compare(va.toString(), vb.toString());
                }
                if (c != 0) {
                    return k.desc ? c > 0 : c < 0;
                }
            }
            return false;
        });
    }

    // Range: limit/offset, or the Range header (items).
    const qint64 total = static_cast<qint64>(rows.size());
    qint64 start = 0;
    qint64 end = total - 1; // inclusive
    bool ok = true;
    if (request.hasQuery(SVL("offset"))) {
        start = request.queryValue(SVL("offset")).toLongLong(&ok);
        if (!ok || start < 0) {
            return pgError(400, SVL("PGRST100"), SVL("\"failed to parse offset parameter\""));
        }
    }
    if (request.hasQuery(SVL("limit"))) {
        const qint64 limit = request.queryValue(SVL("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            return pgError(400, SVL("PGRST100"), SVL("\"failed to parse limit parameter\""));
        }
        end = start + limit - 1;
    }
    const QByteArray rangeHeader = request.header("Range").trimmed();
    if (!rangeHeader.isEmpty()) {
        static const QRegularExpression rangeRx(SVL("^(?:items=)?(\\d+)-(\\d*)$"));
        const auto m = rangeRx.match(QString::fromLatin1(rangeHeader));
        if (!m.hasMatch()) {
            return pgError(416, SVL("PGRST103"), SVL("Requested range not satisfiable"),
                           SVL("Invalid Range header: %1").arg(QString::fromLatin1(rangeHeader)));
        }
        const qint64 from = m.captured(1).toLongLong();
        const qint64 to = m.captured(2).isEmpty() ? total - 1 : m.captured(2).toLongLong();
        if (to < from) {
            return pgError(416, SVL("PGRST103"), SVL("Requested range not satisfiable"));
        }
        start = qMax(start, from);
        end = qMin(end, to);
    }
    const QByteArray prefer = request.header("Prefer");
    const bool exactCount = prefer.contains("count=exact") || prefer.contains("count=planned") ||
                            prefer.contains("count=estimated");
    if (start > 0 && start >= total) {
        HttpResponse r =
            pgError(416, SVL("PGRST103"), SVL("Requested range not satisfiable"),
                    SVL("An offset of %1 was requested, but there are only %2 rows.").arg(start).arg(total));
        return r.withHeader("Content-Range", "*/" + QByteArray::number(total));
    }
    end = qMin(end, total - 1);
    QJsonArray out;
    // select=
    const QString select = request.queryValue(SVL("select"));
    QList<QPair<QString, QString>> projection; // alias, column
    if (!select.isEmpty() && select != QLatin1String("*")) {
        for (QString term : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            term = term.trimmed();
            if (term == QLatin1String("*")) {
                for (const QString& c : *columns) {
                    projection.append({c, c});
                }
                continue;
            }
            QString alias = term;
            QString column = term;
            const int colon = term.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                alias = term.left(colon);
                column = term.mid(colon + 1);
            }
            column = column.section(QLatin1String("::"), 0, 0);
            if (!columns->contains(column)) {
                return pgError(400, SVL("42703"), SVL("column %1.%2 does not exist").arg(name, column));
            }
            projection.append({alias, column});
        }
    }
    for (qint64 i = start; i <= end; ++i) {
        const QJsonObject& row = rows[static_cast<size_t>(i)];
        if (projection.isEmpty()) {
            out.append(row);
        } else {
            QJsonObject o;
            for (const auto& [alias, column] : projection) {
                o.insert(alias, row.value(column));
            }
            out.append(o);
        }
    }
    const qint64 returned = out.size();
    QByteArray contentRange = returned > 0
                                  ? QByteArray::number(start) + '-' + QByteArray::number(start + returned - 1)
                                  : QByteArrayLiteral("*");
    contentRange += '/' + (exactCount ? QByteArray::number(total) : QByteArrayLiteral("*"));
    const bool partial = exactCount && (start > 0 || start + returned < total);

    HttpResponse response;
    if (request.header("Accept").contains("application/vnd.pgrst.object+json")) {
        if (returned != 1) {
            return pgError(406, SVL("PGRST116"), SVL("JSON object requested, multiple (or no) rows returned"),
                           SVL("The result contains %1 rows").arg(returned));
        }
        response = HttpResponse::json(200, out.first());
        response.headers = {{"Content-Type", "application/vnd.pgrst.object+json; charset=utf-8"}};
    } else {
        response = HttpResponse::json(partial ? 206 : 200, out);
    }
    response.withHeader("Content-Range", contentRange);
    if (request.method == "HEAD") {
        response.body.clear();
    }
    return response;
}

QJsonObject SandboxServer::incrementUsage(const QString& userId, qint64 units, const QString& platform)
{
    QJsonObject& sub = subscriptionFor(userId);
    const qint64 used = sub.value(QLatin1String("used")).toInteger() + units;
    sub[SVL("used")] = used;
    sub[SVL("updated_at")] = isoTime(now());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    bool found = false;
    for (QJsonObject& row : m_usageHistory) {
        if (row.value(QLatin1String("user_id")).toString() == userId &&
            row.value(QLatin1String("day")).toString() == today &&
            row.value(QLatin1String("platform")).toString() == platform) {
            row[SVL("units")] = row.value(QLatin1String("units")).toInteger() + units;
            found = true;
            break;
        }
    }
    if (!found) {
        m_usageHistory.push_back(QJsonObject{{SVL("id"), m_nextUsageId++},
                                             {SVL("user_id"), userId},
                                             {SVL("day"), today},
                                             {SVL("platform"), platform},
                                             {SVL("units"), units},
                                             {SVL("created_at"), isoTime(now())}});
    }
    const qint64 quota = sub.value(QLatin1String("quota")).toInteger();
    return QJsonObject{{SVL("plan"), sub.value(QLatin1String("plan"))},
                       {SVL("quota"), quota},
                       {SVL("used"), used},
                       {SVL("remaining"), qMax<qint64>(0, quota - used)},
                       {SVL("overage"), qMax<qint64>(0, used - quota)},
                       {SVL("period_end"), sub.value(QLatin1String("period_end"))}};
}

HttpResponse SandboxServer::restRpc(const HttpRequest& request, const QString& function,
                                    const AccessClaims& claims)
{
    if (function != QLatin1String("increment_usage")) {
        return pgError(
            404, SVL("PGRST202"),
            SVL("Could not find the function public.%1 without parameters in the schema cache").arg(function),
            SVL("Searched for the function public.%1 with parameter or with a single unnamed json/jsonb "
                "parameter, but no matches were found in the schema cache.")
                .arg(function),
            SVL("Perhaps you meant to call the function public.increment_usage"));
    }
    if (request.method != "POST") {
        return pgError(405, SVL("PGRST101"), SVL("Only POST is allowed for volatile functions"));
    }
    bool ok = false;
    const QJsonObject args = request.jsonObject(&ok);
    if (!ok) {
        return pgError(400, SVL("PGRST102"), SVL("Empty or invalid json"));
    }
    const QStringList expected{SVL("p_idempotency_key"), SVL("p_platform"), SVL("p_units")};
    QStringList given = args.keys();
    given.sort();
    if (given != expected) {
        return pgError(
            404, SVL("PGRST202"),
            SVL("Could not find the function public.increment_usage(%1) in the schema cache")
                .arg(given.join(SVL(", "))),
            SVL("Searched for the function public.increment_usage with parameters %1 or with a single "
                "unnamed json/jsonb parameter, but no matches were found in the schema cache.")
                .arg(given.join(SVL(", "))),
            SVL("Perhaps you meant to call the function public.increment_usage(p_idempotency_key, "
                "p_platform, p_units)"));
    }
    const QJsonValue unitsValue = args.value(QLatin1String("p_units"));
    const qint64 units = unitsValue.toInteger(-1);
    const QString platform = args.value(QLatin1String("p_platform")).toString();
    const QString key = args.value(QLatin1String("p_idempotency_key")).toString();
    if (!unitsValue.isDouble() || units <= 0 || double(units) != unitsValue.toDouble()) {
        return pgError(400, SVL("22023"), SVL("p_units must be a positive integer"));
    }
    if (!kPlatforms.contains(platform)) {
        return pgError(400, SVL("22023"), SVL("unknown platform: %1").arg(platform));
    }
    if (key.isEmpty()) {
        return pgError(400, SVL("22023"), SVL("p_idempotency_key must not be empty"));
    }
    if (claims.sub.isEmpty()) {
        return pgError(401, SVL("42501"), SVL("permission denied for function increment_usage"));
    }
    const QString idKey = claims.sub + QLatin1Char('|') + key;
    if (auto it = m_idempotency.constFind(idKey); it != m_idempotency.cend()) {
        UsageKeyRecord& record = m_usageKeys[idKey];
        record.repeats += 1;
        if (record.units != units || record.platform != platform) {
            record.conflicts += 1;
            record.ignoredUnits += units;
        }
        return HttpResponse::json(200, it.value());
    }
    const QJsonObject result = incrementUsage(claims.sub, units, platform);
    m_idempotency.insert(idKey, result);
    m_usageKeys.insert(idKey, UsageKeyRecord{claims.sub, key, platform, units});
    m_usageKeyOrder.append(idKey);
    return HttpResponse::json(200, result);
}

} // namespace sv::sandbox
