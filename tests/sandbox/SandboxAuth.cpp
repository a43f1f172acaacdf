// Supabase Auth (GoTrue) stand-in: /auth/v1.
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>

namespace sv::sandbox {

namespace {

const QStringList kProviders{SVL("google"), SVL("github"),  SVL("apple"),
                             SVL("azure"),  SVL("discord"), SVL("gitlab")};

QByteArray hashPassword(const QByteArray& salt, const QString& password)
{
    return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Sha256);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

std::optional<HttpResponse> SandboxServer::checkApiKey(const HttpRequest& request) const
{
    QString key = QString::fromUtf8(request.header("apikey"));
    if (key.isEmpty()) {
        key = request.queryValue(SVL("apikey"));
    }
    if (key.isEmpty()) {
        // The API gateway answers before the service, in its own shape (plus GoTrue's fields).
        return HttpResponse::json(
            401, QJsonObject{{SVL("message"), SVL("No API key found in request")},
                             {SVL("hint"), SVL("No `apikey` request header or url param was found.")},
                             {SVL("code"), 401},
                             {SVL("error_code"), SVL("no_api_key")},
                             {SVL("msg"), SVL("No API key found in request")}});
    }
    if (key != m_anonKey && key != m_serviceKey) {
        return HttpResponse::json(401, QJsonObject{{SVL("message"), SVL("Invalid API key")},
                                                   {SVL("hint"), SVL("Double check your Supabase `anon` or "
                                                                     "`service_role` API key.")},
                                                   {SVL("code"), 401},
                                                   {SVL("error_code"), SVL("invalid_api_key")},
                                                   {SVL("msg"), SVL("Invalid API key")}});
    }
    return std::nullopt;
}

HttpResponse SandboxServer::goTrueError(int status, const QString& errorCode, const QString& message) const
{
    if (m_legacyAuthErrors) {
        return HttpResponse::json(
            status, QJsonObject{{SVL("error"), errorCode}, {SVL("error_description"), message}});
    }
    return HttpResponse::json(
               status,
               QJsonObject{{SVL("code"), status}, {SVL("error_code"), errorCode}, {SVL("msg"), message}})
        .withHeader("X-Sb-Error-Code", errorCode.toUtf8());
}

SandboxServer::User* SandboxServer::createUser(const QString& email, const QString& password,
                                               const QString& provider, const QJsonObject& metadata)
{
    User user;
    // The demo user keeps a stable id across runs.
    user.id = email == QLatin1String("demo@streamvibe.test") ? SVL("00000000-0000-4000-8000-00000000d0e0")
                                                             : newUuid();
    user.email = email.toLower();
    user.salt = randomToken(12).toLatin1();
    user.passwordHash = hashPassword(user.salt, password);
    user.createdAt = now();
    user.provider = provider;
    if (provider != QLatin1String("email")) {
        user.userMetadata =
            QJsonObject{{SVL("full_name"), email.section(QLatin1Char('@'), 0, 0)},
                        {SVL("email"), email.toLower()},
                        {SVL("provider_id"), QString::number(mix64(qHash(email)) % 100000000)}};
    }
    if (!metadata.isEmpty()) {
        user.userMetadata = metadata;
    }
    return addUser(user);
}

SandboxServer::User* SandboxServer::addUser(const User& user)
{
    QString error;
    if (!storeUser(user, &error)) {
        qWarning("auth: cannot store the user: %s", qPrintable(error));
        return nullptr;
    }
    return loadUser(SVL("id"), user.id);
}

SandboxServer::User* SandboxServer::userByEmail(const QString& email)
{
    return loadUser(SVL("email"), email.toLower());
}

SandboxServer::User* SandboxServer::userById(const QString& id)
{
    return loadUser(SVL("id"), id);
}

QJsonObject SandboxServer::userJson(const User& user) const
{
    const QString created = isoTime(user.createdAt);
    return QJsonObject{
        {SVL("id"), user.id},
        {SVL("aud"), SVL("authenticated")},
        {SVL("role"), SVL("authenticated")},
        {SVL("email"), user.email},
        {SVL("email_confirmed_at"), created},
        {SVL("phone"), QString()},
        {SVL("confirmed_at"), created},
        {SVL("last_sign_in_at"), isoTime(now())},
        {SVL("app_metadata"),
         QJsonObject{{SVL("provider"), user.provider}, {SVL("providers"), QJsonArray{user.provider}}}},
        {SVL("user_metadata"), user.userMetadata},
        {SVL("identities"), QJsonArray{QJsonObject{{SVL("identity_id"), user.id},
                                                   {SVL("id"), user.id},
                                                   {SVL("user_id"), user.id},
                                                   {SVL("provider"), user.provider},
                                                   {SVL("email"), user.email},
                                                   {SVL("created_at"), created},
                                                   {SVL("updated_at"), created}}}},
        {SVL("created_at"), created},
        {SVL("updated_at"), created},
        {SVL("is_anonymous"), false},
    };
}

QString SandboxServer::newRefreshToken(const QString& sessionId)
{
    const QString token = randomToken(9); // 12 characters, like GoTrue's
    m_refreshTokens.insert(token, RefreshToken{sessionId, false, 0, {}});
    return token;
}

HttpResponse SandboxServer::issueSession(const User& user, const QString& amr,
                                         const QString& existingSessionId, const QString& refreshToken)
{
    QString sessionId = existingSessionId;
    if (sessionId.isEmpty()) {
        sessionId = newUuid();
        m_sessions.insert(sessionId, AuthSession{sessionId, user.id, false, amr});
    }
    const QString refresh = refreshToken.isEmpty() ? newRefreshToken(sessionId) : refreshToken;
    const qint64 issued = now();
    const qint64 ttl = m_options.tokenTtl;
    const QJsonObject claims{
        {SVL("iss"), url(SVL("/auth/v1"))},
        {SVL("sub"), user.id},
        {SVL("aud"), SVL("authenticated")},
        {SVL("exp"), issued + ttl},
        {SVL("iat"), issued},
        {SVL("email"), user.email},
        {SVL("phone"), QString()},
        {SVL("app_metadata"),
         QJsonObject{{SVL("provider"), user.provider}, {SVL("providers"), QJsonArray{user.provider}}}},
        {SVL("user_metadata"), user.userMetadata},
        {SVL("role"), SVL("authenticated")},
        {SVL("aal"), SVL("aal1")},
        {SVL("amr"), QJsonArray{QJsonObject{{SVL("method"), m_sessions.value(sessionId).amr},
                                            {SVL("timestamp"), issued}}}},
        {SVL("session_id"), sessionId},
        {SVL("is_anonymous"), false},
        {SVL("jti"), newUuid()},
    };
    return HttpResponse::json(200, QJsonObject{{SVL("access_token"), signJwt(claims)},
                                               {SVL("token_type"), SVL("bearer")},
                                               {SVL("expires_in"), ttl},
                                               {SVL("expires_at"), issued + ttl},
                                               {SVL("refresh_token"), refresh},
                                               {SVL("user"), userJson(user)}});
}

HttpResponse SandboxServer::auth(const HttpRequest& request, const QString& subPath)
{
    // The gateway leaves the browser-facing endpoints open.
    if (subPath == QLatin1String("/authorize") && request.method == "GET") {
        return authAuthorize(request);
    }
    if (subPath == QLatin1String("/authorize/consent") && request.method == "POST") {
        return authConsent(request);
    }
    if (auto denied = checkApiKey(request)) {
        return *denied;
    }
    if (subPath == QLatin1String("/token") && request.method == "POST") {
        return authToken(request);
    }
    if (subPath == QLatin1String("/signup") && request.method == "POST") {
        return authSignup(request);
    }
    if (subPath == QLatin1String("/user") && request.method == "GET") {
        return authUser(request);
    }
    if (subPath == QLatin1String("/logout") && request.method == "POST") {
        return authLogout(request);
    }
    if (subPath == QLatin1String("/recover") && request.method == "POST") {
        return authRecover(request);
    }
    if (subPath == QLatin1String("/health") || subPath == QLatin1String("/settings")) {
        // As GoTrue: every provider it knows, true where enabled (here the ones /authorize accepts).
        QJsonObject external{
            {SVL("email"), true},     {SVL("phone"), false},   {SVL("anonymous_users"), false},
            {SVL("facebook"), false}, {SVL("twitter"), false}, {SVL("spotify"), false}};
        for (const QString& provider : kProviders) {
            external.insert(provider, true);
        }
        return HttpResponse::json(200, QJsonObject{{SVL("external"), external},
                                                   {SVL("disable_signup"), false},
                                                   {SVL("mailer_autoconfirm"), true},
                                                   {SVL("phone_autoconfirm"), false},
                                                   {SVL("saml_enabled"), false},
                                                   {SVL("name"), SVL("GoTrue")},
                                                   {SVL("version"), SVL("v2.170.0-sandbox")}});
    }
    return goTrueError(404, SVL("not_found"), SVL("Not Found"));
}

HttpResponse SandboxServer::authAuthorize(const HttpRequest& request)
{
    const QString provider = request.queryValue(SVL("provider"));
    if (!kProviders.contains(provider)) {
        return goTrueError(400, SVL("validation_failed"),
                           SVL("Unsupported provider: Provider %1 could not be found").arg(provider));
    }
    const QString method = request.queryValue(SVL("code_challenge_method")).toLower();
    const QString challenge = request.queryValue(SVL("code_challenge"));
    if (!challenge.isEmpty() && method != QLatin1String("s256") && method != QLatin1String("plain")) {
        return goTrueError(400, SVL("validation_failed"), SVL("code challenge method not supported"));
    }
    if (challenge.isEmpty() != method.isEmpty()) {
        return goTrueError(400, SVL("validation_failed"),
                           SVL("PKCE flow requires code_challenge_method and code_challenge"));
    }
    // GoTrue falls back to the Site URL when redirect_to is not allowed; loopback URLs are allowed.
    QUrl redirectTo(request.queryValue(SVL("redirect_to")));
    if (!isLoopbackRedirect(redirectTo) &&
        !(redirectTo.isValid() && redirectTo.host() == m_base.host() && redirectTo.port() == m_base.port())) {
        redirectTo = m_base;
    }
    QUrlQuery params;
    params.addQueryItem(SVL("provider"), provider);
    params.addQueryItem(SVL("redirect_to"), redirectTo.toString(QUrl::FullyEncoded));
    params.addQueryItem(SVL("code_challenge"), challenge);
    params.addQueryItem(SVL("code_challenge_method"), method);
    const QString hint = request.queryValue(SVL("login_hint"));
    params.addQueryItem(SVL("email"), hint.isEmpty() ? SVL("demo@streamvibe.test") : hint);
    if (m_autoConsent) {
        return authComplete(params, true);
    }
    QString hidden;
    for (const auto& [key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("email")) {
            hidden += SVL("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(key, htmlEscape(value));
        }
    }
    return HttpResponse::html(
        200, SVL("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign in with %1 — StreamVibe "
                 "sandbox</title></head><body><h1>Sign in to StreamVibe with %1</h1>"
                 "<form method=\"post\" action=\"/auth/v1/authorize/consent\">%2"
                 "<label>Account <input name=\"email\" value=\"%3\"></label>"
                 "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\">Allow</button>"
                 "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Cancel</button>"
                 "</form></body></html>")
                 .arg(htmlEscape(provider), hidden, htmlEscape(params.queryItemValue(SVL("email")))));
}

HttpResponse SandboxServer::authConsent(const HttpRequest& request)
{
    const QUrlQuery form = request.form();
    QUrlQuery params;
    for (const QString& key : {SVL("provider"), SVL("redirect_to"), SVL("code_challenge"),
                               SVL("code_challenge_method"), SVL("email")}) {
        params.addQueryItem(key, form.queryItemValue(key, QUrl::FullyDecoded));
    }
    return authComplete(params, form.queryItemValue(SVL("decision")) == QLatin1String("allow"));
}

HttpResponse SandboxServer::authComplete(const QUrlQuery& params, bool allow)
{
    QUrl redirectTo(params.queryItemValue(SVL("redirect_to"), QUrl::FullyDecoded));
    if (!redirectTo.isValid() || redirectTo.isEmpty()) {
        redirectTo = m_base;
    }
    const QString challenge = params.queryItemValue(SVL("code_challenge"), QUrl::FullyDecoded);
    if (!allow) {
        return HttpResponse::redirect(
            303, withQuery(redirectTo, {{SVL("error"), SVL("access_denied")},
                                        {SVL("error_code"), SVL("access_denied")},
                                        {SVL("error_description"), SVL("The user denied the request")}}));
    }
    const QString email = params.queryItemValue(SVL("email"), QUrl::FullyDecoded);
    const QString provider = params.queryItemValue(SVL("provider"));
    User* user = userByEmail(email);
    if (!user) {
        if (!email.contains(QLatin1Char('@'))) {
            return HttpResponse::redirect(
                303, withQuery(redirectTo, {{SVL("error"), SVL("invalid_request")},
                                            {SVL("error_code"), SVL("email_address_invalid")},
                                            {SVL("error_description"), SVL("Invalid email address")}}));
        }
        user = createUser(email, randomToken(16), provider);
        if (!user) {
            return goTrueError(500, SVL("unexpected_failure"), SVL("Database error saving new user"));
        }
    }
    if (challenge.isEmpty()) {
        // Implicit flow: the session goes back in the fragment.
        const HttpResponse session = issueSession(*user, SVL("oauth"));
        const QJsonObject s = QJsonDocument::fromJson(session.body).object();
        QUrlQuery fragment;
        for (const QString& key : {SVL("access_token"), SVL("refresh_token"), SVL("token_type")}) {
            fragment.addQueryItem(key, s.value(key).toString());
        }
        fragment.addQueryItem(SVL("expires_in"), QString::number(s.value(SVL("expires_in")).toInteger()));
        fragment.addQueryItem(SVL("expires_at"), QString::number(s.value(SVL("expires_at")).toInteger()));
        fragment.addQueryItem(SVL("provider_token"), randomToken(16));
        redirectTo.setFragment(fragment.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return HttpResponse::redirect(303, redirectTo);
    }
    const QString code = newUuid();
    m_flowStates.insert(
        code,
        FlowState{user->id, challenge, params.queryItemValue(SVL("code_challenge_method")), now(), provider});
    return HttpResponse::redirect(303, withQuery(redirectTo, {{SVL("code"), code}}));
}

HttpResponse SandboxServer::authToken(const HttpRequest& request)
{
    const QString grant = request.queryValue(SVL("grant_type"));
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        return goTrueError(400, SVL("bad_json"), SVL("Could not parse request body as JSON"));
    }
    if (grant == QLatin1String("password")) {
        const QString email = body.value(QLatin1String("email")).toString();
        const QString password = body.value(QLatin1String("password")).toString();
        if (email.isEmpty() || password.isEmpty()) {
            return goTrueError(400, SVL("validation_failed"), SVL("missing email or phone"));
        }
        const User* user = userByEmail(email);
        if (!user || hashPassword(user->salt, password) != user->passwordHash) {
            return goTrueError(400, SVL("invalid_credentials"), SVL("Invalid login credentials"));
        }
        return issueSession(*user, SVL("password"));
    }
    if (grant == QLatin1String("pkce")) {
        const QString code = body.value(QLatin1String("auth_code")).toString();
        const QString verifier = body.value(QLatin1String("code_verifier")).toString();
        if (code.isEmpty() || verifier.isEmpty()) {
            return goTrueError(400, SVL("validation_failed"),
                               SVL("invalid request: both auth code and code verifier should be non-empty"));
        }
        auto it = m_flowStates.find(code);
        if (it == m_flowStates.end()) {
            return goTrueError(404, SVL("flow_state_not_found"),
                               SVL("invalid flow state, no valid flow state found"));
        }
        if (now() - it->createdAt >= m_authCodeTtl) {
            m_flowStates.erase(it);
            return goTrueError(400, SVL("flow_state_expired"),
                               SVL("invalid flow state, flow state has expired"));
        }
        const QString computed =
            it->method == QLatin1String("plain")
                ? verifier
                : QString::fromLatin1(
                      base64Url(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)));
        if (computed != it->challenge) {
            return goTrueError(400, SVL("bad_code_verifier"),
                               SVL("code challenge does not match previously saved code verifier"));
        }
        const QString userId = it->userId;
        m_flowStates.erase(it); // single use
        const User* user = userById(userId);
        if (!user) {
            return goTrueError(404, SVL("user_not_found"), SVL("User not found"));
        }
        return issueSession(*user, SVL("oauth"));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString token = body.value(QLatin1String("refresh_token")).toString();
        if (token.isEmpty()) {
            return goTrueError(400, SVL("validation_failed"), SVL("refresh_token required"));
        }
        auto it = m_refreshTokens.find(token);
        if (it == m_refreshTokens.end() || !m_sessions.contains(it->sessionId) ||
            m_sessions[it->sessionId].revoked) {
            return goTrueError(400, SVL("refresh_token_not_found"),
                               SVL("Invalid Refresh Token: Refresh Token Not Found"));
        }
        AuthSession& session = m_sessions[it->sessionId];
        const User* stored = userById(session.userId);
        if (!stored) {
            return goTrueError(404, SVL("user_not_found"), SVL("User not found"));
        }
        const User user = *stored;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (it->used) {
            if (m_refreshReuseGrace > 0 && nowMs - it->usedAt < qint64(m_refreshReuseGrace) * 1000) {
                // Within the reuse interval: answer with the currently active token of the family.
                QString active = it->child;
                while (m_refreshTokens.contains(active) && m_refreshTokens[active].used) {
                    active = m_refreshTokens[active].child;
                }
                return issueSession(user, session.amr, session.id, active);
            }
            session.revoked = true; // reuse detected: revoke the whole family
            return goTrueError(400, SVL("refresh_token_already_used"),
                               SVL("Invalid Refresh Token: Already Used"));
        }
        it->used = true;
        it->usedAt = nowMs;
        const QString sessionId = it->sessionId;
        const QString child = newRefreshToken(sessionId);
        m_refreshTokens[token].child = child;
        return issueSession(user, m_sessions[sessionId].amr, sessionId, child);
    }
    if (grant == QLatin1String("id_token")) {
        return goTrueError(400, SVL("provider_disabled"),
                           SVL("id_token grants are not enabled in the sandbox"));
    }
    return goTrueError(400, SVL("validation_failed"), SVL("unsupported_grant_type"));
}

HttpResponse SandboxServer::authSignup(const HttpRequest& request)
{
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        return goTrueError(400, SVL("bad_json"), SVL("Could not parse request body as JSON"));
    }
    const QString email = body.value(QLatin1String("email")).toString().trimmed();
    const QString password = body.value(QLatin1String("password")).toString();
    const int at = email.indexOf(QLatin1Char('@'));
    if (email.isEmpty()) {
        return goTrueError(400, SVL("validation_failed"), SVL("To signup, please provide your email"));
    }
    if (at <= 0 || at == email.size() - 1 || email.contains(QLatin1Char(' '))) {
        return goTrueError(400, SVL("email_address_invalid"),
                           SVL("Email address \"%1\" is invalid").arg(email));
    }
    if (password.size() < 6) {
        return HttpResponse::json(
            422,
            QJsonObject{{SVL("code"), 422},
                        {SVL("error_code"), SVL("weak_password")},
                        {SVL("msg"), SVL("Password should be at least 6 characters.")},
                        {SVL("weak_password"), QJsonObject{{SVL("reasons"), QJsonArray{SVL("length")}}}}});
    }
    if (userByEmail(email)) {
        return goTrueError(422, SVL("user_already_exists"), SVL("User already registered"));
    }
    User* user = createUser(email, password, SVL("email"), body.value(QLatin1String("data")).toObject());
    if (!user) {
        return goTrueError(500, SVL("unexpected_failure"), SVL("Database error saving new user"));
    }
    return issueSession(*user, SVL("password")); // mailer_autoconfirm: the session comes back at once
}

HttpResponse SandboxServer::authUser(const HttpRequest& request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty()) {
        return goTrueError(401, SVL("no_authorization"), SVL("This endpoint requires a Bearer token"));
    }
    AccessClaims claims;
    switch (verifyJwt(token, &claims)) {
    case TokenState::Valid:
        break;
    case TokenState::Expired:
        return goTrueError(403, SVL("bad_jwt"),
                           SVL("invalid JWT: unable to parse or verify signature, token has invalid claims: "
                               "token is expired"));
    default:
        return goTrueError(403, SVL("bad_jwt"),
                           SVL("invalid JWT: unable to parse or verify signature, signature is invalid"));
    }
    if (claims.sub.isEmpty()) {
        return goTrueError(403, SVL("bad_jwt"), SVL("invalid claim: missing sub claim"));
    }
    if (!m_sessions.contains(claims.sessionId) || m_sessions[claims.sessionId].revoked) {
        return goTrueError(403, SVL("session_not_found"),
                           SVL("Session from session_id claim in JWT does not exist"));
    }
    const User* user = userById(claims.sub);
    if (!user) {
        return goTrueError(403, SVL("user_not_found"), SVL("User from sub claim in JWT does not exist"));
    }
    return HttpResponse::json(200, userJson(*user));
}

HttpResponse SandboxServer::authLogout(const HttpRequest& request)
{
    const QString token = request.bearerToken();
    if (token.isEmpty()) {
        return goTrueError(401, SVL("no_authorization"), SVL("This endpoint requires a Bearer token"));
    }
    AccessClaims claims;
    const TokenState state = verifyJwt(token, &claims);
    if (state != TokenState::Valid && state != TokenState::Expired) {
        return goTrueError(403, SVL("bad_jwt"),
                           SVL("invalid JWT: unable to parse or verify signature, signature is invalid"));
    }
    const QString scope =
        request.queryValue(SVL("scope")).isEmpty() ? SVL("global") : request.queryValue(SVL("scope"));
    if (scope != QLatin1String("global") && scope != QLatin1String("local") &&
        scope != QLatin1String("others")) {
        return goTrueError(400, SVL("validation_failed"), SVL("Unsupported logout scope \"%1\"").arg(scope));
    }
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->userId != claims.sub) {
            continue;
        }
        const bool current = it->id == claims.sessionId;
        if ((scope == QLatin1String("local") && current) || (scope == QLatin1String("others") && !current) ||
            scope == QLatin1String("global")) {
            it->revoked = true;
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SandboxServer::authRecover(const HttpRequest& request)
{
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        return goTrueError(400, SVL("bad_json"), SVL("Could not parse request body as JSON"));
    }
    const QString email = body.value(QLatin1String("email")).toString().trimmed().toLower();
    if (email.isEmpty()) {
        return goTrueError(400, SVL("validation_failed"), SVL("Password recovery requires an email"));
    }
    const int at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.contains(QLatin1Char(' ')) || email.size() > 255) {
        return goTrueError(400, SVL("validation_failed"),
                           SVL("Unable to validate email address: invalid format"));
    }
    const User* user = userByEmail(email);
    if (!user) {
        return HttpResponse::json(200, QJsonObject{}); // GoTrue does not reveal whether the address exists
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = m_recoverySentAt.value(user->id, 0);
    if (last > 0 && nowMs - last < qint64(m_emailMaxFrequency) * 1000) {
        const qint64 wait = (qint64(m_emailMaxFrequency) * 1000 - (nowMs - last) + 999) / 1000;
        return goTrueError(
            429, SVL("over_email_send_rate_limit"),
            SVL("For security purposes, you can only request this after %1 seconds.").arg(wait));
    }
    while (!m_emailSentAt.isEmpty() && nowMs - m_emailSentAt.first() >= 3600 * 1000) {
        m_emailSentAt.removeFirst();
    }
    if (m_emailSentAt.size() >= m_emailRateLimit) {
        return goTrueError(429, SVL("over_email_send_rate_limit"), SVL("Email rate limit exceeded"));
    }
    m_emailSentAt.append(nowMs);
    m_recoverySentAt.insert(user->id, nowMs);
    QUrl redirectTo(request.queryValue(SVL("redirect_to")));
    if (!redirectTo.isValid() || redirectTo.isEmpty()) {
        redirectTo = m_base; // the Site URL
    }
    const QUrl link = withQuery(QUrl(url(SVL("/auth/v1/verify"))),
                                {{SVL("token"), randomToken(20)},
                                 {SVL("type"), SVL("recovery")},
                                 {SVL("redirect_to"), redirectTo.toString(QUrl::FullyEncoded)}});
    m_sentEmails.append(QJsonObject{{SVL("to"), user->email},
                                    {SVL("type"), SVL("recovery")},
                                    {SVL("subject"), SVL("Reset Your Password")},
                                    {SVL("link"), link.toString(QUrl::FullyEncoded)},
                                    {SVL("sent_at"), isoTime(nowMs / 1000)}});
    return HttpResponse::json(200, QJsonObject{});
}

} // namespace sv::sandbox
