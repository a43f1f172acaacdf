// Edge Functions stand-in (/functions/v1) and the Stripe-hosted pages (checkout, portal, invoices).
#include "SandboxServer.h"

#include <QDate>
#include <QDateTime>

namespace sv::sandbox {

namespace {

struct PlanDef
{
    const char* id;
    const char* name;
    const char* description;
    int quota;
    qint64 monthlyUsd;
    qint64 yearlyUsd;
    qint64 monthlyJpy;
    qint64 yearlyJpy;
};

constexpr PlanDef kPlans[] = {
    {"free", "Free", "Get started: 10,000 API units a month.", 10000, 0, 0, 0, 0},
    {"basic", "Basic", "For growing creators: 100,000 API units a month.", 100000, 999, 9990, 1500, 15000},
    {"premium", "Premium", "For studios: 1,000,000 API units a month.", 1000000, 2999, 29990, 4500, 45000},
};

const PlanDef* planById(const QString& id)
{
    for (const auto& p : kPlans) {
        if (id == QLatin1String(p.id)) {
            return &p;
        }
    }
    return nullptr;
}

struct PriceRef
{
    const PlanDef* plan = nullptr;
    QString interval; // month, year, or "overage"
    QString currency;
};

// Price ids look like price_sv_<plan>_<month|year|overage>_<currency>.
PriceRef parsePriceId(const QString& id)
{
    const QStringList parts = id.split(QLatin1Char('_'));
    if (parts.size() != 5 || parts[0] != QLatin1String("price") || parts[1] != QLatin1String("sv")) {
        return {};
    }
    PriceRef ref{planById(parts[2]), parts[3], parts[4]};
    static const QStringList intervals{SVL("month"), SVL("year"), SVL("overage")};
    static const QStringList currencies{SVL("usd"), SVL("eur"), SVL("jpy")};
    if (!intervals.contains(ref.interval) || !currencies.contains(ref.currency)) {
        return {};
    }
    return ref;
}

qint64 amountFor(const PlanDef& plan, const QString& interval, const QString& currency)
{
    const bool jpy = currency == QLatin1String("jpy"); // zero-decimal currency
    if (interval == QLatin1String("overage")) {
        return plan.quota == 10000 ? (jpy ? 3 : 2) : 1; // per 1,000 units
    }
    if (interval == QLatin1String("year")) {
        return jpy ? plan.yearlyJpy : plan.yearlyUsd;
    }
    return jpy ? plan.monthlyJpy : plan.monthlyUsd;
}

QString formatAmount(qint64 amount, const QString& currency)
{
    if (currency == QLatin1String("jpy")) {
        return SVL("¥%1").arg(amount);
    }
    const QString symbol = currency == QLatin1String("eur") ? SVL("€") : SVL("$");
    return SVL("%1%2.%3").arg(symbol).arg(amount / 100).arg(amount % 100, 2, 10, QLatin1Char('0'));
}

QString page(const QString& title, const QString& body)
{
    return SVL("<!doctype html><html><head><meta "
               "charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
        .arg(htmlEscape(title), body);
}

} // namespace

HttpResponse SandboxServer::functionError(int status, const QString& code, const QString& message) const
{
    return HttpResponse::json(
        status, QJsonObject{{SVL("error"), QJsonObject{{SVL("code"), code}, {SVL("message"), message}}}});
}

QJsonArray SandboxServer::pricesJson(const QString& currency) const
{
    QJsonArray data;
    for (const PlanDef& plan : kPlans) {
        const QString planId = QString::fromLatin1(plan.id);
        const QJsonObject product{
            {SVL("id"), SVL("prod_sv_") + planId},
            {SVL("object"), SVL("product")},
            {SVL("active"), true},
            {SVL("name"), QString::fromUtf8(plan.name)},
            {SVL("description"), QString::fromUtf8(plan.description)},
            {SVL("metadata"),
             QJsonObject{{SVL("plan"), planId}, {SVL("quota"), QString::number(plan.quota)}}},
            {SVL("default_price"), SVL("price_sv_%1_month_%2").arg(planId, currency)},
            {SVL("livemode"), false},
            {SVL("created"), 1735689600},
        };
        for (const QString& interval : {SVL("month"), SVL("year"), SVL("overage")}) {
            const bool metered = interval == QLatin1String("overage");
            const qint64 amount = amountFor(plan, interval, currency);
            QJsonObject recurring{
                {SVL("interval"), metered ? SVL("month") : interval},
                {SVL("interval_count"), 1},
                {SVL("usage_type"), metered ? SVL("metered") : SVL("licensed")},
                {SVL("meter"), metered ? QJsonValue(SVL("mtr_sv_api_units")) : QJsonValue::Null},
                {SVL("trial_period_days"), QJsonValue::Null}};
            QJsonObject price{
                {SVL("id"), SVL("price_sv_%1_%2_%3").arg(planId, interval, currency)},
                {SVL("object"), SVL("price")},
                {SVL("active"), true},
                {SVL("billing_scheme"), SVL("per_unit")},
                {SVL("created"), 1735689600},
                {SVL("currency"), currency},
                {SVL("livemode"), false},
                {SVL("lookup_key"),
                 SVL("%1_%2").arg(planId, metered ? SVL("overage") : interval + SVL("ly"))},
                {SVL("metadata"), QJsonObject{}},
                {SVL("nickname"),
                 SVL("%1 %2").arg(
                     QString::fromUtf8(plan.name),
                     metered ? SVL("overage (per 1,000 units)")
                             : (interval == QLatin1String("year") ? SVL("yearly") : SVL("monthly")))},
                {SVL("product"), product},
                {SVL("recurring"), recurring},
                {SVL("tax_behavior"), SVL("unspecified")},
                {SVL("type"), SVL("recurring")},
                {SVL("unit_amount"), amount},
                {SVL("unit_amount_decimal"), QString::number(amount)},
                {SVL("transform_quantity"),
                 metered ? QJsonValue(QJsonObject{{SVL("divide_by"), 1000}, {SVL("round"), SVL("up")}})
                         : QJsonValue::Null},
            };
            data.append(price);
        }
    }
    return data;
}

void SandboxServer::addInvoice(const QString& userId, const QString& planId, qint64 amount,
                               const QString& currency, qint64 created, const QString& status)
{
    int userCount = 0;
    for (const QJsonObject& inv : m_invoices) {
        userCount += inv.value(QLatin1String("_user")).toString() == userId ? 1 : 0;
    }
    const QString id = SVL("in_sv") + randomToken(12).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    const QString customer = subscriptionFor(userId).value(QLatin1String("stripe_customer_id")).toString();
    const bool paid = status == QLatin1String("paid");
    m_invoices.push_back(QJsonObject{
        {SVL("_user"), userId},
        {SVL("id"), id},
        {SVL("object"), SVL("invoice")},
        {SVL("number"),
         SVL("%1-%2").arg(customer.mid(4, 8).toUpper()).arg(userCount + 1, 4, 10, QLatin1Char('0'))},
        {SVL("status"), status},
        {SVL("amount_due"), amount},
        {SVL("amount_paid"), paid ? amount : 0},
        {SVL("amount_remaining"), paid ? 0 : amount},
        {SVL("currency"), currency},
        {SVL("created"), created},
        {SVL("period_start"), created},
        {SVL("period_end"), created + 30 * 86400},
        {SVL("customer"), customer},
        {SVL("description"), SVL("StreamVibe %1").arg(planId)},
        {SVL("hosted_invoice_url"), url(SVL("/invoices/") + id)},
        {SVL("invoice_pdf"), url(SVL("/invoices/") + id + SVL(".pdf"))},
        {SVL("livemode"), false},
    });
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

HttpResponse SandboxServer::functions(const HttpRequest& request, const QString& name)
{
    // The relay's browser leg is deployed without JWT verification: it is reached by the platform redirect.
    if (name == QLatin1String("platform-oauth-relay") && request.method == "GET") {
        return oauthRelay(request, nullptr);
    }
    if (auto denied = checkApiKey(request)) {
        return *denied;
    }
    static const QStringList known{SVL("list-plans"), SVL("create-checkout-session"),
                                   SVL("create-portal-session"), SVL("list-invoices"),
                                   SVL("platform-oauth-relay")};
    if (!known.contains(name)) {
        return HttpResponse::json(404,
                                  QJsonObject{{SVL("code"), SVL("NOT_FOUND")},
                                              {SVL("message"), SVL("Requested function was not found")}});
    }
    AccessClaims claims;
    if (auto denied = verifyFunctionJwt(request, &claims)) {
        return *denied;
    }
    if (request.method != "POST" && request.method != "GET") {
        return functionError(405, SVL("method_not_allowed"), SVL("Use POST"));
    }
    bool ok = true;
    const QJsonObject body = request.body.trimmed().isEmpty() ? QJsonObject{} : request.jsonObject(&ok);
    if (!ok) {
        return functionError(400, SVL("invalid_json"), SVL("The request body is not a JSON object"));
    }
    if (name == QLatin1String("list-plans")) {
        const QString currency = body.value(QLatin1String("currency")).toString(SVL("usd")).toLower();
        if (currency != QLatin1String("usd") && currency != QLatin1String("eur") &&
            currency != QLatin1String("jpy")) {
            return functionError(400, SVL("unsupported_currency"),
                                 SVL("Unsupported currency: %1").arg(currency));
        }
        return HttpResponse::json(200, QJsonObject{{SVL("object"), SVL("list")},
                                                   {SVL("data"), pricesJson(currency)},
                                                   {SVL("has_more"), false},
                                                   {SVL("url"), SVL("/v1/prices")}});
    }
    // Everything else acts for a signed-in user.
    if (claims.role != QLatin1String("authenticated") || !userById(claims.sub)) {
        return functionError(401, SVL("not_signed_in"), SVL("Sign in first"));
    }
    if (name == QLatin1String("create-checkout-session")) {
        const QString priceId = body.value(QLatin1String("price_id")).toString();
        const QUrl success(body.value(QLatin1String("success_url")).toString());
        const QUrl cancel(body.value(QLatin1String("cancel_url")).toString());
        const PriceRef ref = parsePriceId(priceId);
        if (!ref.plan) {
            return functionError(400, SVL("invalid_price"), SVL("No such price: '%1'").arg(priceId));
        }
        if (ref.interval == QLatin1String("overage") ||
            amountFor(*ref.plan, ref.interval, ref.currency) == 0) {
            return functionError(400, SVL("invalid_price"),
                                 SVL("Price '%1' cannot be bought through checkout").arg(priceId));
        }
        auto validUrl = [](const QUrl& u) {
            return u.isValid() &&
                   (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
                   !u.host().isEmpty();
        };
        if (!validUrl(success) || !validUrl(cancel)) {
            return functionError(400, SVL("invalid_url"),
                                 SVL("success_url and cancel_url must be absolute URLs"));
        }
        const QString id =
            SVL("cs_test_") + randomToken(24).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
        m_checkouts.insert(id,
                           Checkout{claims.sub, priceId, body.value(QLatin1String("success_url")).toString(),
                                    body.value(QLatin1String("cancel_url")).toString(), SVL("open")});
        return HttpResponse::json(200,
                                  QJsonObject{{SVL("id"), id}, {SVL("url"), url(SVL("/checkout/") + id)}});
    }
    if (name == QLatin1String("create-portal-session")) {
        const QString returnUrl = body.value(QLatin1String("return_url")).toString();
        const QString id = SVL("bps_") + randomToken(18).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
        m_portals.insert(id, claims.sub + QLatin1Char('\n') + returnUrl);
        return HttpResponse::json(200, QJsonObject{{SVL("id"), id}, {SVL("url"), url(SVL("/portal/") + id)}});
    }
    if (name == QLatin1String("list-invoices")) {
        const int limit = qBound(1, body.value(QLatin1String("limit")).toInt(10), 100);
        const QString after = body.value(QLatin1String("starting_after")).toString();
        QJsonArray data;
        bool skipping = !after.isEmpty();
        bool hasMore = false;
        for (auto it = m_invoices.rbegin(); it != m_invoices.rend(); ++it) { // newest first
            if (it->value(QLatin1String("_user")).toString() != claims.sub) {
                continue;
            }
            if (skipping) {
                skipping = it->value(QLatin1String("id")).toString() != after;
                continue;
            }
            if (data.size() == limit) {
                hasMore = true;
                break;
            }
            QJsonObject inv = *it;
            inv.remove(SVL("_user"));
            data.append(inv);
        }
        return HttpResponse::json(200, QJsonObject{{SVL("object"), SVL("list")},
                                                   {SVL("data"), data},
                                                   {SVL("has_more"), hasMore},
                                                   {SVL("url"), SVL("/v1/invoices")}});
    }
    return oauthRelay(request, &claims);
}

HttpResponse SandboxServer::checkoutPage(const HttpRequest& request, const QString& subPath)
{
    const QStringList parts = subPath.mid(1).split(QLatin1Char('/'));
    const QString id = parts.value(0);
    auto it = m_checkouts.find(id);
    if (it == m_checkouts.end()) {
        return HttpResponse::html(
            404, page(SVL("Checkout not found"), SVL("<h1>This checkout session does not exist</h1>")));
    }
    const PriceRef ref = parsePriceId(it->priceId);
    const QString action = parts.value(1);
    if (action.isEmpty() && request.method == "GET") {
        if (it->state != QLatin1String("open")) {
            return HttpResponse::html(410, page(SVL("Checkout closed"),
                                                SVL("<h1>This checkout session is %1</h1>").arg(it->state)));
        }
        const QString amount = formatAmount(amountFor(*ref.plan, ref.interval, ref.currency), ref.currency);
        return HttpResponse::html(
            200,
            page(
                SVL("Checkout — StreamVibe sandbox"),
                SVL("<h1>Subscribe to StreamVibe %1</h1><p id=\"amount\">%2 per %3</p>"
                    "<form method=\"post\" action=\"/checkout/%4/pay\"><button id=\"pay\" type=\"submit\">Pay"
                    "</button></form><form method=\"post\" action=\"/checkout/%4/cancel\">"
                    "<button id=\"cancel\" type=\"submit\">Cancel</button></form>")
                    .arg(QString::fromUtf8(ref.plan->name), amount, ref.interval, id)));
    }
    if (request.method != "POST" || (action != QLatin1String("pay") && action != QLatin1String("cancel"))) {
        return HttpResponse::html(405, page(SVL("Not allowed"), SVL("<h1>Method not allowed</h1>")));
    }
    if (it->state != QLatin1String("open")) {
        return HttpResponse::html(
            410, page(SVL("Checkout closed"), SVL("<h1>This checkout session is %1</h1>").arg(it->state)));
    }
    if (action == QLatin1String("cancel")) {
        it->state = SVL("expired");
        return HttpResponse::redirect(303, QUrl(it->cancelUrl));
    }
    it->state = SVL("complete");
    QJsonObject& sub = subscriptionFor(it->userId);
    const QDate start = QDate::currentDate();
    const bool yearly = ref.interval == QLatin1String("year");
    sub[SVL("plan")] = QString::fromLatin1(ref.plan->id);
    sub[SVL("quota")] =
        yearly ? 12 * ref.plan->quota : ref.plan->quota; // quota is per month: see docs/BACKEND.md
    sub[SVL("status")] = SVL("active");
    sub[SVL("period_start")] = start.toString(Qt::ISODate);
    sub[SVL("period_end")] = (yearly ? start.addYears(1) : start.addMonths(1)).toString(Qt::ISODate);
    sub[SVL("stripe_subscription_id")] =
        SVL("sub_") + randomToken(12).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    sub[SVL("cancel_at_period_end")] = false;
    sub[SVL("updated_at")] = isoTime(now());
    addInvoice(it->userId, QString::fromLatin1(ref.plan->id),
               amountFor(*ref.plan, ref.interval, ref.currency), ref.currency, now(), SVL("paid"));
    QString success = it->successUrl;
    success.replace(SVL("{CHECKOUT_SESSION_ID}"), id);
    success.replace(SVL("%7BCHECKOUT_SESSION_ID%7D"), id);
    return HttpResponse::redirect(303, QUrl(success));
}

HttpResponse SandboxServer::portalPage(const HttpRequest& request, const QString& subPath)
{
    const QStringList parts = subPath.mid(1).split(QLatin1Char('/'));
    const QString id = parts.value(0);
    if (!m_portals.contains(id)) {
        return HttpResponse::html(
            404, page(SVL("Portal not found"), SVL("<h1>This portal session does not exist</h1>")));
    }
    const QString userId = m_portals.value(id).section(QLatin1Char('\n'), 0, 0);
    const QString returnUrl = m_portals.value(id).section(QLatin1Char('\n'), 1);
    QJsonObject& sub = subscriptionFor(userId);
    if (parts.value(1) == QLatin1String("cancel") && request.method == "POST") {
        sub[SVL("plan")] = SVL("free");
        sub[SVL("quota")] = 10000;
        sub[SVL("stripe_subscription_id")] = QJsonValue::Null;
        sub[SVL("updated_at")] = isoTime(now());
        return returnUrl.isEmpty()
                   ? HttpResponse::html(200, page(SVL("Cancelled"), SVL("<h1>Plan cancelled</h1>")))
                   : HttpResponse::redirect(303, QUrl(returnUrl));
    }
    return HttpResponse::html(
        200,
        page(SVL("Billing — StreamVibe sandbox"),
             SVL("<h1>Your plan: <span id=\"plan\">%1</span></h1><p>%2 of %3 units used</p>"
                 "<form method=\"post\" action=\"/portal/%4/cancel\"><button id=\"cancel-plan\" "
                 "type=\"submit\">"
                 "Cancel plan</button></form><p><a id=\"return\" href=\"%5\">Return to StreamVibe</a></p>")
                 .arg(sub.value(QLatin1String("plan")).toString())
                 .arg(sub.value(QLatin1String("used")).toInteger())
                 .arg(sub.value(QLatin1String("quota")).toInteger())
                 .arg(id, htmlEscape(returnUrl))));
}

HttpResponse SandboxServer::invoicePage(const HttpRequest& request, const QString& subPath)
{
    Q_UNUSED(request)
    QString id = subPath.mid(1);
    const bool pdf = id.endsWith(QLatin1String(".pdf"));
    if (pdf) {
        id.chop(4);
    }
    for (const QJsonObject& inv : m_invoices) {
        if (inv.value(QLatin1String("id")).toString() != id) {
            continue;
        }
        const QString line = SVL("Invoice %1 — %2 — %3")
                                 .arg(inv.value(QLatin1String("number")).toString(),
                                      formatAmount(inv.value(QLatin1String("amount_due")).toInteger(),
                                                   inv.value(QLatin1String("currency")).toString()),
                                      inv.value(QLatin1String("status")).toString());
        if (!pdf) {
            return HttpResponse::html(200, page(line, SVL("<h1>%1</h1>").arg(htmlEscape(line))));
        }
        HttpResponse r;
        r.headers = {{"Content-Type", "application/pdf"}};
        r.body = QByteArrayLiteral("%PDF-1.4\n% StreamVibe sandbox invoice\n") + line.toUtf8() +
                 QByteArrayLiteral("\n%%EOF\n");
        return r;
    }
    return HttpResponse::html(404, page(SVL("Invoice not found"), SVL("<h1>No such invoice</h1>")));
}

HttpResponse SandboxServer::oauthRelay(const HttpRequest& request, const AccessClaims* claims)
{
    if (!claims) {
        // Browser leg: the platform redirected here; forward code and state to the app's loopback listener.
        const QString state = request.queryValue(SVL("state"));
        bool ok = false;
        const QJsonObject decoded = QJsonDocument::fromJson(fromBase64Url(state.toLatin1(), &ok)).object();
        const QUrl target(decoded.value(QLatin1String("redirect")).toString());
        if (!ok || !isLoopbackRedirect(target)) {
            return HttpResponse::html(
                400, page(SVL("Sign-in failed"),
                          SVL("<h1>Invalid sign-in state</h1><p>Start the connection again from "
                              "StreamVibe.</p>")));
        }
        QList<QPair<QString, QString>> forward;
        QString code = request.queryValue(SVL("code"));
        if (code.endsWith(QLatin1String("#_"))) {
            code.chop(2);
        }
        if (!code.isEmpty()) {
            forward.append({SVL("code"), code});
        }
        for (const QString& key :
             {SVL("error"), SVL("error_reason"), SVL("error_description"), SVL("scopes")}) {
            if (request.hasQuery(key)) {
                forward.append({key, request.queryValue(key)});
            }
        }
        forward.append({SVL("state"), state});
        return HttpResponse::redirect(302, withQuery(target, forward));
    }
    // App leg: exchange (or refresh) server-side, where the client secret lives.
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    const QString platform = body.value(QLatin1String("platform")).toString();
    if (!ok || (platform != QLatin1String("instagram") && platform != QLatin1String("tiktok"))) {
        return functionError(400, SVL("invalid_request"), SVL("platform must be instagram or tiktok"));
    }
    const QString grant = body.value(QLatin1String("grant_type")).toString(SVL("authorization_code"));
    const QString relayUri = url(SVL("/functions/v1/platform-oauth-relay"));
    const QString redirectUri = body.value(QLatin1String("redirect_uri")).toString(relayUri);
    auto internal = [this](const QByteArray& method, const QString& path, const QUrlQuery& form) {
        HttpRequest r;
        r.method = method;
        QUrl u(url(path));
        if (method == "GET") {
            u.setQuery(form);
        } else {
            r.body = form.query(QUrl::FullyEncoded).toUtf8();
            r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        }
        r.url = u;
        r.path = u.path();
        r.query = QUrlQuery(u);
        return dispatch(r);
    };
    auto failed = [this](const HttpResponse& platformReply) {
        HttpResponse r = functionError(400, SVL("exchange_failed"), SVL("The platform refused the exchange"));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QJsonObject e = o.value(SVL("error")).toObject();
        e.insert(SVL("platform_status"), platformReply.status);
        e.insert(SVL("platform_error"), QJsonDocument::fromJson(platformReply.body).object());
        o.insert(SVL("error"), e);
        return HttpResponse::json(400, o);
    };
    if (platform == QLatin1String("tiktok")) {
        QUrlQuery form;
        form.addQueryItem(SVL("client_key"), SVL("sbawsandboxkey042"));
        form.addQueryItem(SVL("client_secret"), SVL("tiktok-sandbox-secret"));
        form.addQueryItem(SVL("grant_type"), grant);
        if (grant == QLatin1String("refresh_token")) {
            form.addQueryItem(SVL("refresh_token"), body.value(QLatin1String("refresh_token")).toString());
        } else {
            form.addQueryItem(SVL("code"), body.value(QLatin1String("code")).toString());
            form.addQueryItem(SVL("redirect_uri"), redirectUri);
            form.addQueryItem(SVL("code_verifier"), body.value(QLatin1String("code_verifier")).toString());
        }
        const HttpResponse reply = internal("POST", SVL("/tiktok/v2/oauth/token/"), form);
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        if (reply.status != 200 || !o.contains(QLatin1String("access_token"))) {
            return failed(reply);
        }
        return HttpResponse::json(200, o);
    }
    if (grant != QLatin1String("authorization_code")) {
        return functionError(400, SVL("invalid_request"),
                             SVL("Instagram tokens are refreshed by the app with refresh_access_token"));
    }
    QUrlQuery form;
    form.addQueryItem(SVL("client_id"), SVL("990000000000042"));
    form.addQueryItem(SVL("client_secret"), SVL("instagram-sandbox-secret"));
    form.addQueryItem(SVL("grant_type"), SVL("authorization_code"));
    form.addQueryItem(SVL("redirect_uri"), redirectUri);
    form.addQueryItem(SVL("code"), body.value(QLatin1String("code")).toString());
    const HttpResponse shortReply = internal("POST", SVL("/instagram/oauth/access_token"), form);
    const QJsonObject shortToken = QJsonDocument::fromJson(shortReply.body).object();
    if (shortReply.status != 200) {
        return failed(shortReply);
    }
    QUrlQuery exchange;
    exchange.addQueryItem(SVL("grant_type"), SVL("ig_exchange_token"));
    exchange.addQueryItem(SVL("client_secret"), SVL("instagram-sandbox-secret"));
    exchange.addQueryItem(SVL("access_token"), shortToken.value(QLatin1String("access_token")).toString());
    const HttpResponse longReply = internal("GET", SVL("/instagram/graph/access_token"), exchange);
    if (longReply.status != 200) {
        return failed(longReply);
    }
    QJsonObject result = QJsonDocument::fromJson(longReply.body).object();
    result.insert(SVL("user_id"), shortToken.value(QLatin1String("user_id")));
    result.insert(SVL("permissions"), shortToken.value(QLatin1String("permissions")));
    return HttpResponse::json(200, result);
}

} // namespace sv::sandbox
