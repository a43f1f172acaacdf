// Behaviour of streamvibe-sandbox over real HTTP (QNetworkAccessManager against the spawned process).
#include "BackendStack.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

#include <csignal>

using sv::test::SandboxProcess;

namespace {

constexpr int kItems = 137; // not a multiple of any page size: the last page is partial

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString s256(const QString& verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256));
}

SandboxProcess::Options optionsWithItems(int items)
{
    SandboxProcess::Options options;
    options.items = items;
    options.autoConsent = true;
    return options;
}

QUrlQuery queryOf(const QByteArray& location)
{
    return QUrlQuery(QUrl(QString::fromUtf8(location)));
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{optionsWithItems(kItems)};
    QByteArray m_key;

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    Headers user(const QString& accessToken) const
    {
        return {{"apikey", m_key}, {"Authorization", "Bearer " + accessToken.toUtf8()}};
    }
    SandboxProcess::Reply get(const QString& path, const Headers& headers)
    {
        return m_sandbox.request("GET", m_sandbox.url(path), headers);
    }
    SandboxProcess::Reply post(const QString& path, const Headers& headers, const QByteArray& body)
    {
        return m_sandbox.request("POST", m_sandbox.url(path), headers, body);
    }
    QString demoToken()
    {
        const auto s = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        return s ? s->accessToken : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_key = m_sandbox.anonKey().toUtf8();
        QVERIFY(!m_key.isEmpty());
        QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sandbox.port() > 0);
    }

    void cleanup() { QVERIFY(m_sandbox.clearFaults()); }

    void configFilePointsAtTheSandbox()
    {
        QSettings ini(m_sandbox.configFile(), QSettings::IniFormat);
        const QString base = m_sandbox.baseUrl().toString();
        QCOMPARE(ini.value(QStringLiteral("backend/url")).toString(), base);
        QCOMPARE(ini.value(QStringLiteral("backend/anon_key")).toString(), m_sandbox.anonKey());
        for (const char* key :
             {"youtube/auth_url", "youtube/token_url", "youtube/revoke_url", "youtube/api_base",
              "instagram/auth_url", "instagram/token_url", "instagram/graph_base", "tiktok/auth_url",
              "tiktok/token_url", "tiktok/api_base"}) {
            QVERIFY2(ini.value(QLatin1String(key)).toString().startsWith(base), key);
        }
        QVERIFY(!ini.value(QStringLiteral("youtube/client_id")).toString().isEmpty());
        QVERIFY(!ini.value(QStringLiteral("instagram/client_id")).toString().isEmpty());
        QVERIFY(!ini.value(QStringLiteral("tiktok/client_key")).toString().isEmpty());
    }

    void missingOrWrongApiKeyIsRefused()
    {
        const auto session = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        const QByteArray bearer = "Bearer " + session->accessToken.toUtf8();
        for (const char* path :
             {"/auth/v1/user", "/rest/v1/subscription_settings", "/functions/v1/list-plans"}) {
            const auto none = get(QLatin1String(path), {{"Authorization", bearer}});
            QCOMPARE(none.status, 401);
            QCOMPARE(none.json().object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("No API key found in request"));
            const auto wrong =
                get(QLatin1String(path), {{"apikey", "not-the-key"}, {"Authorization", bearer}});
            QCOMPARE(wrong.status, 401);
        }
        QCOMPARE(get(QStringLiteral("/auth/v1/user"), user(session->accessToken)).status, 200);
    }

    void passwordSignInAndCurrentUser()
    {
        const auto session = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        const QJsonObject raw = session->raw;
        QCOMPARE(raw.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(raw.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(raw.value(QStringLiteral("expires_at")).toInteger() > QDateTime::currentSecsSinceEpoch());
        QCOMPARE(session->accessToken.count(QLatin1Char('.')), 2); // a JWT
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(session->accessToken.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                       QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), session->userId);
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(claims.value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());

        const auto me = get(QStringLiteral("/auth/v1/user"), user(session->accessToken));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().object().value(QStringLiteral("email")).toString(), SandboxProcess::demoEmail());
        QCOMPARE(me.json().object().value(QStringLiteral("id")).toString(), session->userId);

        const auto wrong = post(QStringLiteral("/auth/v1/token?grant_type=password"), {{"apikey", m_key}},
                                json({{QStringLiteral("email"), SandboxProcess::demoEmail()},
                                      {QStringLiteral("password"), QStringLiteral("nope-nope")}}));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(wrong.json().object().value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(!wrong.json().object().value(QStringLiteral("msg")).toString().isEmpty());

        const auto noBearer = get(QStringLiteral("/auth/v1/user"), {{"apikey", m_key}});
        QCOMPARE(noBearer.status, 401);
        const auto badJwt =
            get(QStringLiteral("/auth/v1/user"), user(session->accessToken + QStringLiteral("x")));
        QCOMPARE(badJwt.status, 403);
        QCOMPARE(badJwt.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("bad_jwt"));
    }

    void signupCreatesAUserOnce()
    {
        const auto created =
            m_sandbox.createUser(QStringLiteral("new.user@example.test"), QStringLiteral("secret-123"));
        QVERIFY(created);
        QCOMPARE(created->email, QStringLiteral("new.user@example.test"));
        const auto again = post(QStringLiteral("/auth/v1/signup"), {{"apikey", m_key}},
                                json({{QStringLiteral("email"), QStringLiteral("new.user@example.test")},
                                      {QStringLiteral("password"), QStringLiteral("secret-123")}}));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("user_already_exists"));
        const auto weak = post(QStringLiteral("/auth/v1/signup"), {{"apikey", m_key}},
                               json({{QStringLiteral("email"), QStringLiteral("weak@example.test")},
                                     {QStringLiteral("password"), QStringLiteral("123")}}));
        QCOMPARE(weak.status, 422);
        QCOMPARE(weak.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("weak_password"));
        QVERIFY(m_sandbox.signIn(QStringLiteral("new.user@example.test"), QStringLiteral("secret-123")));
        const auto logout = post(QStringLiteral("/auth/v1/logout"), user(created->accessToken), {});
        QCOMPARE(logout.status, 204);
        QCOMPARE(get(QStringLiteral("/auth/v1/user"), user(created->accessToken)).status, 403);
        const auto refresh =
            post(QStringLiteral("/auth/v1/token?grant_type=refresh_token"), {{"apikey", m_key}},
                 json({{QStringLiteral("refresh_token"), created->refreshToken}}));
        QCOMPARE(refresh.status, 400);
    }

    /// GoTrue's POST /recover: validation errors, the same empty answer for an unknown address (no e-mail),
    /// one recovery e-mail per address within max_frequency (429 over_email_send_rate_limit saying how long
    /// to wait), the project's hourly e-mail limit, and what was "sent" on /__control/emails.
    void recoverSendsOneEmailAndIsRateLimited()
    {
        const QString email = QStringLiteral("recover.me@example.test");
        QVERIFY(m_sandbox.createUser(email, QStringLiteral("secret-123")));
        const auto recover = [this](const QString& address, const QString& redirect = {}) {
            return post(QStringLiteral("/auth/v1/recover") +
                            (redirect.isEmpty() ? QString()
                                                : QStringLiteral("?redirect_to=") +
                                                      QString::fromLatin1(QUrl::toPercentEncoding(redirect))),
                        {{"apikey", m_key}}, json({{QStringLiteral("email"), address}}));
        };
        const auto emails = [this](const QString& to) {
            return get(QStringLiteral("/__control/emails?to=") + to, {})
                .json()
                .object()
                .value(QStringLiteral("emails"))
                .toArray();
        };
        QCOMPARE(
            post(QStringLiteral("/auth/v1/recover"), {}, json({{QStringLiteral("email"), email}})).status,
            401); // the gateway's apikey check
        const auto empty = recover(QString());
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("validation_failed"));
        QCOMPARE(empty.json().object().value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Password recovery requires an email"));
        const auto invalid = recover(QStringLiteral("not-an-address"));
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.json().object().value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Unable to validate email address: invalid format"));

        const auto unknown = recover(QStringLiteral("nobody.here@example.test"));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json().object(), QJsonObject{});
        QVERIFY(emails(QStringLiteral("nobody.here@example.test")).isEmpty());

        const auto sent = recover(email, QStringLiteral("http://127.0.0.1:4001/reset"));
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().object(), QJsonObject{});
        const QJsonArray mail = emails(email);
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("recovery"));
        const QUrl link(mail.first().toObject().value(QStringLiteral("link")).toString());
        QCOMPARE(link.path(), QStringLiteral("/auth/v1/verify"));
        QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:4001/reset"));

        const auto again = recover(email);
        QCOMPARE(again.status, 429);
        QCOMPARE(again.json().object().value(QStringLiteral("code")).toInt(), 429);
        QCOMPARE(again.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("over_email_send_rate_limit"));
        QVERIFY(again.json()
                    .object()
                    .value(QStringLiteral("msg"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral(
                        "^For security purposes, you can only request this after \\d+ seconds\\.$"))));
        QCOMPARE(emails(email).size(), 1);

        // The project's hourly limit, whatever the address.
        QVERIFY(m_sandbox.configure(
            {{QStringLiteral("email_max_frequency"), 0}, {QStringLiteral("rate_limit_email_sent"), 1}}));
        const auto limited = recover(email);
        QVERIFY(m_sandbox.configure(
            {{QStringLiteral("email_max_frequency"), 60}, {QStringLiteral("rate_limit_email_sent"), 30}}));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().object().value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Email rate limit exceeded"));
    }

    void pkceExchange()
    {
        const QString verifier = QStringLiteral("verifier-") + QString(50, QLatin1Char('a'));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("provider"), QStringLiteral("google"));
        q.addQueryItem(QStringLiteral("redirect_to"), QStringLiteral("http://127.0.0.1:45678/auth/callback"));
        q.addQueryItem(QStringLiteral("code_challenge"), s256(verifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("s256"));
        const auto authorize = get(QStringLiteral("/auth/v1/authorize?") + q.query(QUrl::FullyEncoded), {});
        QVERIFY(authorize.status == 302 || authorize.status == 303);
        const QUrl location(QString::fromUtf8(authorize.header("Location")));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(location.port(), 45678);
        QCOMPARE(location.path(), QStringLiteral("/auth/callback"));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        auto exchange = [&](const QString& v) {
            return post(QStringLiteral("/auth/v1/token?grant_type=pkce"), {{"apikey", m_key}},
                        json({{QStringLiteral("auth_code"), code}, {QStringLiteral("code_verifier"), v}}));
        };
        const auto wrong = exchange(verifier + QStringLiteral("x"));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("bad_code_verifier"));
        const auto good = exchange(verifier);
        QCOMPARE(good.status, 200);
        QCOMPARE(good.json()
                     .object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 SandboxProcess::demoEmail());
        const auto reused = exchange(verifier);
        QCOMPARE(reused.status, 404);
        QCOMPARE(reused.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("flow_state_not_found"));
    }

    void consentPageAllowsAndDenies()
    {
        QVERIFY(m_sandbox.configure({{QStringLiteral("auto_consent"), false}}));
        const QString challenge = s256(QStringLiteral("consent-verifier-consent-verifier-consent-verifier"));
        const auto page = get(
            QStringLiteral("/auth/v1/authorize?provider=github&redirect_to=http%3A%2F%2F127.0.0.1%3A4000%2Fcb"
                           "&code_challenge=") +
                challenge + QStringLiteral("&code_challenge_method=S256"),
            {});
        QVERIFY(m_sandbox.configure({{QStringLiteral("auto_consent"), true}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form"));
        QVERIFY(page.body.contains("Allow"));
        const QByteArray form =
            "provider=github&redirect_to=" +
            QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:4000/cb")) +
            "&code_challenge=" + challenge.toLatin1() +
            "&code_challenge_method=s256&email=" + QUrl::toPercentEncoding(SandboxProcess::demoEmail());
        const Headers formType{{"Content-Type", "application/x-www-form-urlencoded"}};
        const auto denied =
            post(QStringLiteral("/auth/v1/authorize/consent"), formType, form + "&decision=deny");
        QCOMPARE(queryOf(denied.header("Location")).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        const auto allowed =
            post(QStringLiteral("/auth/v1/authorize/consent"), formType, form + "&decision=allow");
        QVERIFY(!queryOf(allowed.header("Location")).queryItemValue(QStringLiteral("code")).isEmpty());
    }

    void authSettingsAreConfigurable()
    {
        QVERIFY(m_sandbox.configure({{QStringLiteral("token_ttl"), 120}}));
        const auto shortLived = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(m_sandbox.configure({{QStringLiteral("token_ttl"), 3600}}));
        QVERIFY(shortLived);
        QCOMPARE(shortLived->raw.value(QStringLiteral("expires_in")).toInt(), 120);

        QVERIFY(m_sandbox.configure({{QStringLiteral("legacy_auth_errors"), true}}));
        const auto legacy = post(QStringLiteral("/auth/v1/token?grant_type=password"), {{"apikey", m_key}},
                                 json({{QStringLiteral("email"), SandboxProcess::demoEmail()},
                                       {QStringLiteral("password"), QStringLiteral("wrong-password")}}));
        QVERIFY(m_sandbox.configure({{QStringLiteral("legacy_auth_errors"), false}}));
        QCOMPARE(legacy.status, 400);
        QCOMPARE(legacy.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_credentials"));
        QVERIFY(legacy.json().object().contains(QStringLiteral("error_description")));

        // Auth codes are short-lived: with a zero lifetime a code is expired when it is exchanged.
        QVERIFY(m_sandbox.configure({{QStringLiteral("auth_code_ttl"), 0}}));
        const QString verifier = QStringLiteral("expiring-verifier-0123456789-0123456789-0123");
        const auto authorize = get(
            QStringLiteral("/auth/v1/authorize?provider=google&redirect_to=http%3A%2F%2F127.0.0.1%3A4001%2F"
                           "&code_challenge_method=s256&code_challenge=") +
                s256(verifier),
            {});
        const QString code = queryOf(authorize.header("Location")).queryItemValue(QStringLiteral("code"));
        const auto expired =
            post(QStringLiteral("/auth/v1/token?grant_type=pkce"), {{"apikey", m_key}},
                 json({{QStringLiteral("auth_code"), code}, {QStringLiteral("code_verifier"), verifier}}));
        QVERIFY(m_sandbox.configure({{QStringLiteral("auth_code_ttl"), 300}}));
        QVERIFY(!code.isEmpty());
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("flow_state_expired"));
    }

    void refreshTokensRotateAndReuseIsRefused()
    {
        QVERIFY(m_sandbox.setRefreshReuseGrace(0));
        const auto session = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        auto refresh = [&](const QString& token) {
            return post(QStringLiteral("/auth/v1/token?grant_type=refresh_token"), {{"apikey", m_key}},
                        json({{QStringLiteral("refresh_token"), token}}));
        };
        const auto first = refresh(session->refreshToken);
        QCOMPARE(first.status, 200);
        const QString rotated = first.json().object().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != session->refreshToken);
        QVERIFY(!first.json().object().value(QStringLiteral("access_token")).toString().isEmpty());

        const auto reuse = refresh(session->refreshToken);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("refresh_token_already_used"));
        // Reuse revoked the whole family: the rotated token is dead too.
        const auto family = refresh(rotated);
        QCOMPARE(family.status, 400);
        QCOMPARE(family.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("refresh_token_not_found"));

        // Inside the reuse interval a concurrent refresh gets the family's active token instead.
        QVERIFY(m_sandbox.setRefreshReuseGrace(10));
        const auto other = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(other);
        const auto a = refresh(other->refreshToken);
        const auto b = refresh(other->refreshToken);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json().object().value(QStringLiteral("refresh_token")).toString(),
                 a.json().object().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(refresh(QStringLiteral("unknown-token")).status, 400);
    }

    void faultStatusAndRetryAfter()
    {
        const QString token = demoToken();
        QVERIFY(m_sandbox.addFault(QStringLiteral("status=503,path=/rest/v1,count=1")));
        const auto failed = get(QStringLiteral("/rest/v1/subscription_settings"), user(token));
        QCOMPARE(failed.status, 503);
        QVERIFY(failed.json().object().contains(QStringLiteral("code"))); // PostgREST error shape
        QCOMPARE(get(QStringLiteral("/rest/v1/subscription_settings"), user(token)).status,
                 200); // count consumed

        QVERIFY(m_sandbox.addFault(QStringLiteral("rate-limit,retry_after=7,path=/functions/v1")));
        const auto limited = post(QStringLiteral("/functions/v1/list-plans"), user(token), "{}");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(post(QStringLiteral("/functions/v1/list-plans"), user(token), "{}").status, 200);

        QVERIFY(m_sandbox.addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                               {QStringLiteral("value"), 500},
                                               {QStringLiteral("path"), QStringLiteral("/auth/v1/user")},
                                               {QStringLiteral("rate"), 25}}));
        int failures = 0;
        for (int i = 0; i < 20; ++i) {
            failures += get(QStringLiteral("/auth/v1/user"), user(token)).status == 500 ? 1 : 0;
        }
        QCOMPARE(failures, 5); // deterministic 25%
        QVERIFY(!m_sandbox.addFault(QStringLiteral("bogus=1")));
        QVERIFY(!m_sandbox.addFault(QStringLiteral("status=200")));
    }

    void faultLatencyDelaysTheAnswer()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("latency=300,path=/functions/v1/list-plans,count=1")));
        QElapsedTimer timer;
        timer.start();
        const auto r = post(QStringLiteral("/functions/v1/list-plans"), user(m_sandbox.anonKey()), "{}");
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 300); // a lower bound the fault guarantees
    }

    void clientGoneBeforeADelayedAnswerIsHarmless()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("latency=400,path=/functions/v1/list-plans,count=2")));
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sandbox.url(QStringLiteral("/functions/v1/list-plans")));
        req.setRawHeader("apikey", m_key);
        req.setRawHeader("Authorization", "Bearer " + m_key);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(100);
        QNetworkReply* reply = nam.post(req, QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
        // The second delayed answer is written after the first one's timer fired on the closed socket.
        QCOMPARE(post(QStringLiteral("/functions/v1/list-plans"), user(m_sandbox.anonKey()), "{}").status,
                 200);
        QVERIFY(m_sandbox.isRunning());
    }

    void faultHangNeverAnswers()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("hang,path=/functions/v1/list-plans,count=1")));
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sandbox.url(QStringLiteral("/functions/v1/list-plans")));
        req.setRawHeader("apikey", m_key);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_key);
        req.setTransferTimeout(400);
        QNetworkReply* reply = nam.post(req, QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // timed out: no answer came
        reply->deleteLater();
        // The sandbox keeps serving (and survives the client going away).
        QCOMPARE(post(QStringLiteral("/functions/v1/list-plans"), user(m_sandbox.anonKey()), "{}").status,
                 200);
    }

    void faultTruncatedAndMalformedJson()
    {
        const QString token = demoToken();
        QVERIFY(m_sandbox.addFault(QStringLiteral("truncate,path=/rest/v1/quota_usage_history,count=1")));
        const auto truncated = get(QStringLiteral("/rest/v1/quota_usage_history?limit=20"), user(token));
        QCOMPARE(truncated.status, 200);
        QJsonParseError e1{};
        QJsonDocument::fromJson(truncated.body, &e1);
        QVERIFY(e1.error != QJsonParseError::NoError);
        QVERIFY(truncated.body.startsWith("[{"));

        QVERIFY(m_sandbox.addFault(QStringLiteral("malformed,path=/rest/v1,count=1")));
        const auto malformed = get(QStringLiteral("/rest/v1/quota_usage_history?limit=20"), user(token));
        QCOMPARE(malformed.status, 200);
        QJsonParseError e2{};
        QJsonDocument::fromJson(malformed.body, &e2);
        QVERIFY(e2.error != QJsonParseError::NoError);
        const auto fine = get(QStringLiteral("/rest/v1/quota_usage_history?limit=20"), user(token));
        QCOMPARE(fine.json().array().size(), 20);
    }

    void faultExpireTokenForcesARefresh()
    {
        const auto session = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        QCOMPARE(get(QStringLiteral("/rest/v1/subscription_settings"), user(session->accessToken)).status,
                 200);
        QVERIFY(m_sandbox.addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        const auto expired =
            get(QStringLiteral("/rest/v1/subscription_settings"), user(session->accessToken));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("PGRST301"));
        QCOMPARE(get(QStringLiteral("/rest/v1/subscription_settings"), user(session->accessToken)).status,
                 401);
        const auto refreshed =
            post(QStringLiteral("/auth/v1/token?grant_type=refresh_token"), {{"apikey", m_key}},
                 json({{QStringLiteral("refresh_token"), session->refreshToken}}));
        QCOMPARE(refreshed.status, 200);
        const QString fresh = refreshed.json().object().value(QStringLiteral("access_token")).toString();
        QCOMPARE(get(QStringLiteral("/rest/v1/subscription_settings"), user(fresh)).status, 200);
    }

    void faultPlatformQuota()
    {
        const QString yt = m_sandbox.platformAccessToken(QStringLiteral("youtube"));
        QVERIFY(m_sandbox.addFault(QStringLiteral("quota,path=/youtube/v3,count=1")));
        const auto r = get(QStringLiteral("/youtube/v3/channels?part=id&mine=true"),
                           {{"Authorization", "Bearer " + yt.toUtf8()}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()
                     .object()[QStringLiteral("error")][QStringLiteral("errors")][0][QStringLiteral("reason")]
                     .toString(),
                 QStringLiteral("quotaExceeded"));
        const QString tt = m_sandbox.platformAccessToken(QStringLiteral("tiktok"));
        QVERIFY(m_sandbox.addFault(QStringLiteral("quota,path=/tiktok,count=1")));
        const auto t = post(QStringLiteral("/tiktok/v2/video/list/?fields=id"),
                            {{"Authorization", "Bearer " + tt.toUtf8()}}, "{\"max_count\":5}");
        QCOMPARE(t.status, 429);
        QCOMPARE(t.json().object()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("rate_limit_exceeded"));
    }

    void youtubePagingReturnsEveryVideoOnce()
    {
        const QByteArray bearer =
            "Bearer " + m_sandbox.platformAccessToken(QStringLiteral("youtube")).toUtf8();
        const auto channel =
            get(QStringLiteral("/youtube/v3/channels?part=snippet,contentDetails,statistics&mine=true"),
                {{"Authorization", bearer}});
        QCOMPARE(channel.status, 200);
        const QJsonObject ch = channel.json().object()[QStringLiteral("items")][0].toObject();
        const QString uploads = ch[QStringLiteral("contentDetails")][QStringLiteral("relatedPlaylists")]
                                  [QStringLiteral("uploads")]
                                      .toString();
        QVERIFY(uploads.startsWith(QLatin1String("UU")));
        QVERIFY(ch[QStringLiteral("statistics")][QStringLiteral("videoCount")].isString());

        QStringList ids;
        QString pageToken;
        int pages = 0;
        do {
            QString path =
                QStringLiteral(
                    "/youtube/v3/playlistItems?part=snippet,contentDetails&maxResults=50&playlistId=") +
                uploads;
            if (!pageToken.isEmpty()) {
                path += QStringLiteral("&pageToken=") + pageToken;
            }
            const auto page = get(path, {{"Authorization", bearer}});
            QCOMPARE(page.status, 200);
            const QJsonObject o = page.json().object();
            for (const auto& item : o[QStringLiteral("items")].toArray()) {
                ids << item[QStringLiteral("contentDetails")][QStringLiteral("videoId")].toString();
                QVERIFY(!item[QStringLiteral("snippet")][QStringLiteral("title")].toString().isEmpty());
            }
            pageToken = o.value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!pageToken.isEmpty() && pages < 100);
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), kItems);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kItems);
        // The control endpoint lists the same generated ids, newest first (the oracle of sync tests).
        const QJsonObject listed = get(QStringLiteral("/__control/items/youtube"), {}).json().object();
        QCOMPARE(listed.value(QStringLiteral("count")).toInteger(), kItems);
        QStringList listedIds;
        for (const QJsonValue& id : listed.value(QStringLiteral("ids")).toArray())
            listedIds.append(id.toString());
        QCOMPARE(listedIds, ids);
        QCOMPARE(get(QStringLiteral("/__control/items/myspace"), {}).status, 404);

        int found = 0;
        const QRegularExpression iso(QStringLiteral("^PT(\\d+H)?(\\d+M)?(\\d+S)?$"));
        for (int i = 0; i < ids.size(); i += 50) {
            const auto videos =
                get(QStringLiteral("/youtube/v3/videos?part=snippet,contentDetails,statistics&id=") +
                        ids.mid(i, 50).join(QLatin1Char(',')),
                    {{"Authorization", bearer}});
            QCOMPARE(videos.status, 200);
            for (const auto& v : videos.json().object()[QStringLiteral("items")].toArray()) {
                ++found;
                QVERIFY(v[QStringLiteral("statistics")][QStringLiteral("viewCount")].isString());
                QVERIFY(v[QStringLiteral("statistics")][QStringLiteral("likeCount")].isString());
                QVERIFY(iso.match(v[QStringLiteral("contentDetails")][QStringLiteral("duration")].toString())
                            .hasMatch());
            }
        }
        QCOMPARE(found,
                 kItems - 1); // one generated video (index 96) is unavailable: missing from videos.list

        QCOMPARE(get(QStringLiteral("/youtube/v3/playlistItems?part=id&maxResults=51&playlistId=") + uploads,
                     {{"Authorization", bearer}})
                     .status,
                 400);
        const auto unauthorized =
            get(QStringLiteral("/youtube/v3/channels?part=id&mine=true"), {{"Authorization", "Bearer nope"}});
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.json()
                     .object()[QStringLiteral("error")][QStringLiteral("errors")][0][QStringLiteral("reason")]
                     .toString(),
                 QStringLiteral("authError"));
    }

    void everyPictureHandedOutIsARealImage()
    {
        const QByteArray yt = "Bearer " + m_sandbox.platformAccessToken(QStringLiteral("youtube")).toUtf8();
        const QByteArray tt = "Bearer " + m_sandbox.platformAccessToken(QStringLiteral("tiktok")).toUtf8();
        const QString ig = m_sandbox.platformAccessToken(QStringLiteral("instagram"));
        // (URL, expected size) for the pictures the APIs name: channel avatar, video thumbnails, Instagram
        // profile and media, TikTok avatar and covers.
        QList<QPair<QString, QSize>> pictures;
        const QJsonObject channel =
            get(QStringLiteral("/youtube/v3/channels?part=snippet,contentDetails&mine=true"),
                {{"Authorization", yt}})
                .json()
                .object()[QStringLiteral("items")][0]
                .toObject();
        pictures.append({channel[QStringLiteral("snippet")][QStringLiteral("thumbnails")]
                                [QStringLiteral("default")][QStringLiteral("url")]
                                    .toString(),
                         QSize(88, 88)});
        const QString uploads = channel[QStringLiteral("contentDetails")][QStringLiteral("relatedPlaylists")]
                                       [QStringLiteral("uploads")]
                                           .toString();
        const QJsonObject page =
            get(QStringLiteral("/youtube/v3/playlistItems?part=snippet&maxResults=3&playlistId=") + uploads,
                {{"Authorization", yt}})
                .json()
                .object();
        for (const QJsonValue& item : page[QStringLiteral("items")].toArray()) {
            const QJsonObject thumbs =
                item[QStringLiteral("snippet")][QStringLiteral("thumbnails")].toObject();
            pictures.append(
                {thumbs[QStringLiteral("medium")][QStringLiteral("url")].toString(), QSize(320, 180)});
            pictures.append(
                {thumbs[QStringLiteral("high")][QStringLiteral("url")].toString(), QSize(480, 360)});
        }
        pictures.append(
            {get(QStringLiteral("/instagram/graph/me?fields=user_id,profile_picture_url&access_token=") + ig,
                 {})
                 .json()
                 .object()[QStringLiteral("profile_picture_url")]
                 .toString(),
             QSize(150, 150)});
        const QJsonArray media =
            get(QStringLiteral("/instagram/graph/v21.0/me/media?fields=id,media_type,media_url,thumbnail_url&"
                               "limit=6&access_token=") +
                    ig,
                {})
                .json()
                .object()[QStringLiteral("data")]
                .toArray();
        for (const QJsonValue& m : media) {
            const bool video = m[QStringLiteral("media_type")].toString() == QLatin1String("VIDEO");
            pictures.append(
                {m[video ? QStringLiteral("thumbnail_url") : QStringLiteral("media_url")].toString(),
                 video ? QSize(360, 640) : QSize(640, 640)});
        }
        pictures.append(
            {get(QStringLiteral("/tiktok/v2/user/info/?fields=open_id,avatar_url"), {{"Authorization", tt}})
                 .json()
                 .object()[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("avatar_url")]
                 .toString(),
             QSize(168, 168)});
        const QJsonArray videos =
            post(QStringLiteral("/tiktok/v2/video/list/?fields=id,cover_image_url"),
                 {{"Authorization", tt}, {"Content-Type", "application/json"}}, R"({"max_count": 3})")
                .json()
                .object()[QStringLiteral("data")][QStringLiteral("videos")]
                .toArray();
        for (const QJsonValue& v : videos)
            pictures.append({v[QStringLiteral("cover_image_url")].toString(), QSize(360, 640)});
        QCOMPARE(pictures.size(), 1 + 6 + 1 + media.size() + 1 + 3);

        QSet<QByteArray> distinct;
        for (const auto& [url, size] : pictures) {
            QVERIFY2(url.startsWith(m_sandbox.url(QStringLiteral("/")).toString()),
                     qPrintable(QString::number(pictures.indexOf(qMakePair(url, size))) + url));
            const auto r = m_sandbox.request("GET", QUrl(url), {});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
            const QImage image = QImage::fromData(r.body, "JPEG");
            QVERIFY2(!image.isNull(), qPrintable(url));
            QCOMPARE(image.size(), size);
            QCOMPARE(m_sandbox.request("GET", QUrl(url), {}).body, r.body); // deterministic
            distinct.insert(r.body);
        }
        QCOMPARE(distinct.size(), pictures.size()); // one picture per URL

        // Faults apply to pictures like to any path: a 404, and a body cut short (no end-of-image marker).
        const QUrl first(pictures.at(1).first);
        QVERIFY(m_sandbox.addFault(QStringLiteral("status=404,path=/youtube/img,count=1")));
        QCOMPARE(m_sandbox.request("GET", first, {}).status, 404);
        QVERIFY(m_sandbox.addFault(QStringLiteral("truncate,path=/youtube/img,count=1")));
        const auto cut = m_sandbox.request("GET", first, {});
        QCOMPARE(cut.status, 200);
        QVERIFY(cut.body.size() < m_sandbox.request("GET", first, {}).body.size());
        QVERIFY(!cut.body.endsWith("\xff\xd9"));
    }

    void instagramPagingFollowsNextLinks()
    {
        const QString token = m_sandbox.platformAccessToken(QStringLiteral("instagram"));
        QUrl next = m_sandbox.url(
            QStringLiteral("/instagram/graph/v21.0/me/"
                           "media?fields=id,caption,media_type,timestamp,like_count&limit=25&access_token=") +
            QString::fromLatin1(QUrl::toPercentEncoding(token)));
        QSet<QString> ids;
        int pages = 0;
        int total = 0;
        while (next.isValid() && !next.isEmpty() && pages < 100) {
            const auto page = m_sandbox.request("GET", next);
            QCOMPARE(page.status, 200);
            const QJsonObject o = page.json().object();
            for (const auto& m : o[QStringLiteral("data")].toArray()) {
                ids.insert(m[QStringLiteral("id")].toString());
                ++total;
                QVERIFY(m[QStringLiteral("like_count")].isDouble());
                QVERIFY(m[QStringLiteral("timestamp")].toString().endsWith(QLatin1String("+0000")));
            }
            next = QUrl(o[QStringLiteral("paging")][QStringLiteral("next")].toString());
            ++pages;
        }
        QCOMPARE(pages, 6);
        QCOMPARE(total, kItems);
        QCOMPARE(ids.size(), kItems);
        const auto me =
            get(QStringLiteral("/instagram/graph/me?fields=user_id,username&access_token=") + token, {});
        QCOMPARE(me.json().object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("streamvibe.sandbox"));
        const auto bad = get(QStringLiteral("/instagram/graph/me/media?access_token=bogus"), {});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().object()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 190);
    }

    void tiktokPagingUsesCursors()
    {
        const QByteArray bearer =
            "Bearer " + m_sandbox.platformAccessToken(QStringLiteral("tiktok")).toUtf8();
        QSet<QString> ids;
        qint64 cursor = 0;
        bool hasMore = true;
        int pages = 0;
        qint64 lastCreate = std::numeric_limits<qint64>::max();
        while (hasMore && pages < 100) {
            const auto page =
                post(QStringLiteral("/tiktok/v2/video/list/?fields=id,title,create_time,view_count"),
                     {{"Authorization", bearer}, {"Content-Type", "application/json"}},
                     json({{QStringLiteral("max_count"), 20}, {QStringLiteral("cursor"), cursor}}));
            QCOMPARE(page.status, 200);
            const QJsonObject o = page.json().object();
            QCOMPARE(o[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("ok"));
            const QJsonObject data = o[QStringLiteral("data")].toObject();
            for (const auto& v : data[QStringLiteral("videos")].toArray()) {
                ids.insert(v[QStringLiteral("id")].toString());
                const qint64 created = v[QStringLiteral("create_time")].toInteger();
                QVERIFY(created < lastCreate); // newest first
                lastCreate = created;
            }
            cursor = data[QStringLiteral("cursor")].toInteger();
            hasMore = data[QStringLiteral("has_more")].toBool();
            ++pages;
        }
        QCOMPARE(pages, 7);
        QCOMPARE(ids.size(), kItems);
        const auto tooMany = post(QStringLiteral("/tiktok/v2/video/list/?fields=id"),
                                  {{"Authorization", bearer}}, "{\"max_count\":21}");
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.json().object()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_params"));
        const auto noToken = post(QStringLiteral("/tiktok/v2/video/list/?fields=id"), {}, "{}");
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.json().object()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("access_token_invalid"));
    }

    void youtubeOAuthWithPkce()
    {
        QSettings ini(m_sandbox.configFile(), QSettings::IniFormat);
        const QString clientId = ini.value(QStringLiteral("youtube/client_id")).toString();
        const QString verifier = QStringLiteral("yt-verifier-0123456789-0123456789-0123456789");
        QUrl authorize(ini.value(QStringLiteral("youtube/auth_url")).toString());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555"));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("scope"),
                       QStringLiteral("https://www.googleapis.com/auth/youtube.readonly"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
        q.addQueryItem(QStringLiteral("code_challenge"), s256(verifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(q);
        const auto redirect = m_sandbox.request("GET", authorize);
        QCOMPARE(redirect.status, 302);
        const QUrlQuery back = queryOf(redirect.header("Location"));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        auto token = [&](const QString& c, const QString& v) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
            form.addQueryItem(QStringLiteral("client_id"), clientId);
            form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(c)));
            form.addQueryItem(QStringLiteral("code_verifier"), v);
            form.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                                  QStringLiteral("http://127.0.0.1:5555"))));
            return m_sandbox.request("POST", QUrl(ini.value(QStringLiteral("youtube/token_url")).toString()),
                                     {{"Content-Type", "application/x-www-form-urlencoded"}},
                                     form.query(QUrl::FullyEncoded).toUtf8());
        };
        const auto wrong = token(code, verifier + QStringLiteral("0"));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        // The failed attempt consumed the code (single use).
        QCOMPARE(token(code, verifier).status, 400);

        const auto again = m_sandbox.request("GET", authorize);
        const QString code2 =
            queryOf(again.header("Location")).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const auto good = token(code2, verifier);
        QCOMPARE(good.status, 200);
        const QJsonObject tokens = good.json().object();
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
        const QByteArray bearer =
            "Bearer " + tokens.value(QStringLiteral("access_token")).toString().toUtf8();
        QCOMPARE(
            get(QStringLiteral("/youtube/v3/channels?part=id&mine=true"), {{"Authorization", bearer}}).status,
            200);

        const auto revoke =
            m_sandbox.request("POST", QUrl(ini.value(QStringLiteral("youtube/revoke_url")).toString() +
                                           QStringLiteral("?token=") +
                                           QString::fromLatin1(QUrl::toPercentEncoding(
                                               tokens.value(QStringLiteral("refresh_token")).toString()))));
        QCOMPARE(revoke.status, 200);
        QCOMPARE(
            get(QStringLiteral("/youtube/v3/channels?part=id&mine=true"), {{"Authorization", bearer}}).status,
            401);
    }

    void tiktokAndInstagramThroughTheRelay()
    {
        const auto session = m_sandbox.signIn(SandboxProcess::demoEmail(), SandboxProcess::demoPassword());
        QVERIFY(session);
        QSettings ini(m_sandbox.configFile(), QSettings::IniFormat);
        // TikTok: hex SHA-256 challenge, loopback redirect, exchange through the backend relay.
        const QString verifier = QStringLiteral("tiktok-verifier-abcdefghijklmnopqrstuvwxyz-0123456789");
        const QString hexChallenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256).toHex());
        QUrl authorize(ini.value(QStringLiteral("tiktok/auth_url")).toString());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_key"),
                       ini.value(QStringLiteral("tiktok/client_key")).toString());
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("user.info.basic,video.list"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:7777/callback/"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
        q.addQueryItem(QStringLiteral("code_challenge"), hexChallenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(q);
        const auto redirect = m_sandbox.request("GET", authorize);
        QCOMPARE(redirect.status, 302);
        const QString code =
            queryOf(redirect.header("Location")).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        auto exchange = [&](const QString& v) {
            return post(
                QStringLiteral("/functions/v1/platform-oauth-relay"), user(session->accessToken),
                json({{QStringLiteral("platform"), QStringLiteral("tiktok")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("code_verifier"), v},
                      {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:7777/callback/")}}));
        };
        const auto tokens = exchange(verifier);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.json().object().value(QStringLiteral("expires_in")).toInt(), 86400);
        const QByteArray bearer =
            "Bearer " + tokens.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        const auto info = get(QStringLiteral("/tiktok/v2/user/info/?fields=open_id,display_name"),
                              {{"Authorization", bearer}});
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json()
                     .object()[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("open_id")]
                     .toString(),
                 tokens.json().object().value(QStringLiteral("open_id")).toString());
        QCOMPARE(exchange(verifier).status, 400); // code already used

        // Instagram: the platform redirects to the relay, which forwards to the app's loopback listener.
        const QString relay = ini.value(QStringLiteral("instagram/redirect_uri")).toString();
        const QString state =
            base64Url(json({{QStringLiteral("redirect"), QStringLiteral("http://127.0.0.1:8888/ig")},
                            {QStringLiteral("nonce"), QStringLiteral("n1")}}));
        QUrl igAuthorize(ini.value(QStringLiteral("instagram/auth_url")).toString());
        QUrlQuery iq;
        iq.addQueryItem(QStringLiteral("client_id"),
                        ini.value(QStringLiteral("instagram/client_id")).toString());
        iq.addQueryItem(QStringLiteral("redirect_uri"), relay);
        iq.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        iq.addQueryItem(QStringLiteral("scope"), QStringLiteral("instagram_business_basic"));
        iq.addQueryItem(QStringLiteral("state"), state);
        igAuthorize.setQuery(iq);
        const auto toRelay = m_sandbox.request("GET", igAuthorize);
        QCOMPARE(toRelay.status, 302);
        const QUrl relayUrl(QString::fromUtf8(toRelay.header("Location")));
        QCOMPARE(relayUrl.fragment(), QStringLiteral("_"));
        QUrl relayRequest = relayUrl;
        relayRequest.setFragment(QString());
        const auto toApp = m_sandbox.request("GET", relayRequest);
        QCOMPARE(toApp.status, 302);
        const QUrl appUrl(QString::fromUtf8(toApp.header("Location")));
        QCOMPARE(appUrl.port(), 8888);
        QCOMPARE(QUrlQuery(appUrl).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
        const QString igCode = QUrlQuery(appUrl).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!igCode.isEmpty());
        const auto igTokens =
            post(QStringLiteral("/functions/v1/platform-oauth-relay"), user(session->accessToken),
                 json({{QStringLiteral("platform"), QStringLiteral("instagram")},
                       {QStringLiteral("code"), igCode}}));
        QCOMPARE(igTokens.status, 200);
        QCOMPARE(igTokens.json().object().value(QStringLiteral("expires_in")).toInt(), 5184000);
        const QString igToken = igTokens.json().object().value(QStringLiteral("access_token")).toString();
        QCOMPARE(
            get(QStringLiteral("/instagram/graph/me?fields=username&access_token=") + igToken, {}).status,
            200);
        const auto refreshed =
            get(QStringLiteral(
                    "/instagram/graph/refresh_access_token?grant_type=ig_refresh_token&access_token=") +
                    igToken,
                {});
        QCOMPARE(refreshed.status, 200);

        const auto badState = get(
            QStringLiteral("/functions/v1/platform-oauth-relay?code=abc&state=") +
                base64Url(json({{QStringLiteral("redirect"), QStringLiteral("https://evil.example/steal")}})),
            {});
        QCOMPARE(badState.status, 400);
    }

    void commandLineFaultsAndHelp()
    {
        SandboxProcess::Options options = optionsWithItems(10);
        options.faults = {QStringLiteral("status=502,path=/auth/v1/settings,count=1")};
        SandboxProcess faulty(options);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        const QList<QPair<QByteArray, QByteArray>> key{{"apikey", faulty.anonKey().toUtf8()}};
        QCOMPARE(faulty.request("GET", faulty.url(QStringLiteral("/auth/v1/settings")), key).status, 502);
        QCOMPARE(faulty.request("GET", faulty.url(QStringLiteral("/auth/v1/settings")), key).status, 200);

        SandboxProcess::Options broken = optionsWithItems(10);
        broken.faults = {QStringLiteral("explode,path=/")};
        SandboxProcess refused(broken);
        QVERIFY(!refused.start());
        QVERIFY(refused.errorString().contains(QLatin1String("explode")));

        QProcess help;
        help.start(sv::test::buildPath(QStringLiteral("tests/sandbox/streamvibe-sandbox")),
                   {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY(text.contains(SandboxProcess::demoEmail()));
        QVERIFY(text.contains(SandboxProcess::demoPassword()));
        QVERIFY(text.contains(QLatin1String("retry_after")));
    }

    // The sandbox starts the local stack as its children; killed with SIGKILL (it can clean nothing up), its
    // stack still stops: the database and the functions server stop answering.
    void aKilledSandboxTakesItsStackDown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(sv::test::buildPath(QStringLiteral("tests/sandbox/streamvibe-sandbox")),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-config"),
                       dir.filePath(QStringLiteral("sandbox.ini")), QStringLiteral("--write-stack-env"),
                       dir.filePath(QStringLiteral("stack.env"))});
        QVERIFY(sandbox.waitForStarted());
        QByteArray output;
        QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &sandbox,
                         [&] { output += sandbox.readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("listening on"), 120000);
        QString error;
        const auto env =
            sv::sandbox::BackendStack::readEnv(dir.filePath(QStringLiteral("stack.env")), &error);
        QVERIFY2(env, qPrintable(error));
        const quint16 functions = QUrl(env->value(QStringLiteral("FUNCTIONS_URL"))).port();
        const quint16 database = QUrl(env->value(QStringLiteral("SUPABASE_DB_URL"))).port();
        QVERIFY(functions > 0 && database > 0);
        auto answers = [](quint16 port) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(2000);
        };
        QVERIFY(answers(functions));
        QVERIFY(answers(database));

        ::kill(static_cast<pid_t>(sandbox.processId()), SIGKILL);
        QVERIFY(sandbox.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!answers(functions) && !answers(database), 20000);
    }

    void largeCatalogueIsServedLazily()
    {
        SandboxProcess big(optionsWithItems(100000));
        QVERIFY2(big.start(), qPrintable(big.errorString()));
        const QString token = big.platformAccessToken(QStringLiteral("youtube"));
        const auto channel = big.request(
            "GET", big.url(QStringLiteral("/youtube/v3/channels?part=contentDetails,statistics&mine=true")),
            {{"Authorization", "Bearer " + token.toUtf8()}});
        const QJsonObject ch = channel.json().object()[QStringLiteral("items")][0].toObject();
        QCOMPARE(ch[QStringLiteral("statistics")][QStringLiteral("videoCount")].toString(),
                 QStringLiteral("100000"));
        const auto first = big.request(
            "GET",
            big.url(
                QStringLiteral("/youtube/v3/playlistItems?part=contentDetails&maxResults=50&playlistId=") +
                ch[QStringLiteral("contentDetails")][QStringLiteral("relatedPlaylists")]
                  [QStringLiteral("uploads")]
                      .toString()),
            {{"Authorization", "Bearer " + token.toUtf8()}});
        QCOMPARE(first.json().object()[QStringLiteral("pageInfo")][QStringLiteral("totalResults")].toInt(),
                 100000);
        const QString tt = big.platformAccessToken(QStringLiteral("tiktok"));
        // Jump deep with a cursor: the page right after the cursor's timestamp comes back, still 20 items.
        const auto deep = big.request(
            "POST", big.url(QStringLiteral("/tiktok/v2/video/list/?fields=id,create_time")),
            {{"Authorization", "Bearer " + tt.toUtf8()}}, "{\"max_count\":20,\"cursor\":1700000000000}");
        QCOMPARE(deep.status, 200);
        const QJsonArray videos =
            deep.json().object()[QStringLiteral("data")][QStringLiteral("videos")].toArray();
        QCOMPARE(videos.size(), 20);
        QVERIFY(videos.first()[QStringLiteral("create_time")].toInteger() < 1700000000);
        QVERIFY(videos.first()[QStringLiteral("create_time")].toInteger() > 1700000000 - 86400);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
