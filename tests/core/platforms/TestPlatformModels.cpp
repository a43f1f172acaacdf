#include "platforms/InstagramConnector.h"
#include "platforms/PlatformConnector.h"
#include "platforms/PlatformHttp.h"

#include "backend/ApiError.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sv;
using Kind = PlatformError::Kind;

/// The connectors' pure pieces: token serialisation for the keychain, ISO 8601 parsing, and the
/// mapping of each platform's real error envelopes (apis.md) to PlatformError kinds.
class TestPlatformModels : public QObject
{
    Q_OBJECT
private slots:
    void tokensRoundTripThroughJson()
    {
        PlatformTokens t;
        t.accessToken = QStringLiteral("ya29.a0+/=x");
        t.refreshToken = QStringLiteral("1//0refresh");
        t.accessExpiresAt = QDateTime(QDate(2026, 11, 25), QTime(18, 0, 0, 123), Qt::UTC);
        t.refreshExpiresAt = QDateTime(QDate(2027, 5, 1), QTime(0, 0), Qt::UTC);
        t.scopes = {QStringLiteral("a"), QStringLiteral("b c")};
        const auto back = PlatformTokens::fromJson(t.toJson());
        QVERIFY(back);
        QCOMPARE(*back, t);

        PlatformTokens minimal; // Instagram: no refresh token, unknown refresh expiry
        minimal.accessToken = QStringLiteral("IGAA1");
        const auto minimalBack = PlatformTokens::fromJson(minimal.toJson());
        QVERIFY(minimalBack);
        QCOMPARE(*minimalBack, minimal);
        QVERIFY(!minimalBack->accessExpiresAt.isValid());
    }

    void tokensRejectBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"v\":1,\"access_token\":\"x");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no version") << QByteArray("{\"access_token\":\"x\"}");
        QTest::newRow("future version") << QByteArray("{\"v\":2,\"access_token\":\"x\"}");
        QTest::newRow("no access token") << QByteArray("{\"v\":1}");
        QTest::newRow("empty access token") << QByteArray("{\"v\":1,\"access_token\":\"\"}");
        QTest::newRow("numeric refresh")
            << QByteArray("{\"v\":1,\"access_token\":\"x\",\"refresh_token\":5}");
        QTest::newRow("bad date") << QByteArray(
            "{\"v\":1,\"access_token\":\"x\",\"access_expires_at\":\"soon\"}");
        QTest::newRow("bad scopes") << QByteArray("{\"v\":1,\"access_token\":\"x\",\"scopes\":[1]}");
    }

    void tokensRejectBadJson()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!PlatformTokens::fromJson(json));
    }

    void accessExpiry()
    {
        PlatformTokens t;
        const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(!t.accessExpiresWithin(std::chrono::seconds(60), now)); // unknown is not expired
        t.accessExpiresAt = now.addSecs(30);
        QVERIFY(t.accessExpiresWithin(std::chrono::seconds(60), now));
        QVERIFY(!t.accessExpiresWithin(std::chrono::seconds(10), now));
    }

    void isoDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("hms") << QStringLiteral("PT1H2M3S") << qint64(3723);
        QTest::newRow("m") << QStringLiteral("PT15M") << qint64(900);
        QTest::newRow("s") << QStringLiteral("PT59S") << qint64(59);
        QTest::newRow("zero") << QStringLiteral("P0D") << qint64(0);
        QTest::newRow("days") << QStringLiteral("P1DT2H") << qint64(93600);
        QTest::newRow("weeks") << QStringLiteral("P1W") << qint64(604800);
        QTest::newRow("fraction") << QStringLiteral("PT1.5S") << qint64(1);
    }

    void isoDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(PlatformHttp::parseIsoDuration(text), std::optional<qint64>(seconds));
    }

    void invalidIsoDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("P") << QStringLiteral("P");
        QTest::newRow("PT") << QStringLiteral("PT");
        QTest::newRow("clock") << QStringLiteral("1:02:03");
        QTest::newRow("months") << QStringLiteral("P1M");
        QTest::newRow("negative") << QStringLiteral("-PT1S");
        QTest::newRow("order") << QStringLiteral("PT3S2M");
        QTest::newRow("huge") << QStringLiteral("PT99999999999S");
    }

    void invalidIsoDurations()
    {
        QFETCH(QString, text);
        QVERIFY(!PlatformHttp::parseIsoDuration(text));
    }

    void timestamps()
    {
        const QDateTime expected(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(PlatformHttp::parseTimestamp(QStringLiteral("2024-05-01T12:00:00+0000")), expected);
        QCOMPARE(PlatformHttp::parseTimestamp(QStringLiteral("2024-05-01T12:00:00Z")), expected);
        QCOMPARE(PlatformHttp::parseTimestamp(QStringLiteral("2024-05-01T14:00:00+02:00")), expected);
        QCOMPARE(PlatformHttp::parseTimestamp(QStringLiteral("2024-05-01T14:00:00+0200")), expected);
        QVERIFY(!PlatformHttp::parseTimestamp(QStringLiteral("2024-05-01T12:00:00")).isValid()); // no zone
        QVERIFY(!PlatformHttp::parseTimestamp(QStringLiteral("yesterday")).isValid());
    }

    void ids()
    {
        QCOMPARE(PlatformHttp::idText(QJsonValue(QStringLiteral("17841400000000001"))),
                 QStringLiteral("17841400000000001"));
        // A 64-bit integer id keeps every digit.
        const QJsonDocument doc = QJsonDocument::fromJson("{\"id\": 7230000000000000001}");
        QCOMPARE(PlatformHttp::idText(doc.object().value(QLatin1String("id"))),
                 QStringLiteral("7230000000000000001"));
        QVERIFY(PlatformHttp::idText(QJsonValue(1.5)).isEmpty());
        QVERIFY(PlatformHttp::idText(QJsonValue(true)).isEmpty());
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int yt = int(Platform::YouTube), ig = int(Platform::Instagram), tt = int(Platform::TikTok);
        auto youtube = [](int code, const char* reason) {
            return QStringLiteral("{\"error\":{\"code\":%1,\"message\":\"m\",\"errors\":[{\"domain\":\"d\","
                                  "\"reason\":\"%2\",\"message\":\"m\"}]}}")
                .arg(code)
                .arg(QLatin1String(reason))
                .toUtf8();
        };
        auto instagram = [](int code) {
            return QStringLiteral("{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":%1,"
                                  "\"fbtrace_id\":\"A1\"}}")
                .arg(code)
                .toUtf8();
        };
        auto tiktok = [](const char* code) {
            return QStringLiteral(
                       "{\"data\":{},\"error\":{\"code\":\"%1\",\"message\":\"m\",\"log_id\":\"L\"}}")
                .arg(QLatin1String(code))
                .toUtf8();
        };
        QTest::newRow("yt authError") << yt << 401 << youtube(401, "authError") << int(Kind::Unauthorized);
        QTest::newRow("yt quotaExceeded")
            << yt << 403 << youtube(403, "quotaExceeded") << int(Kind::QuotaExceeded);
        QTest::newRow("yt rateLimitExceeded")
            << yt << 403 << youtube(403, "rateLimitExceeded") << int(Kind::RateLimited);
        QTest::newRow("yt forbidden") << yt << 403 << youtube(403, "forbidden") << int(Kind::ReconnectNeeded);
        QTest::newRow("yt 404") << yt << 404 << youtube(404, "playlistNotFound") << int(Kind::Server);
        QTest::newRow("yt 503") << yt << 503 << youtube(503, "backendError") << int(Kind::Server);
        QTest::newRow("oauth invalid_grant")
            << yt << 400 << QByteArray("{\"error\":\"invalid_grant\"}") << int(Kind::ReconnectNeeded);
        QTest::newRow("oauth invalid_client")
            << yt << 401 << QByteArray("{\"error\":\"invalid_client\"}") << int(Kind::Config);
        QTest::newRow("ig 190") << ig << 400 << instagram(190) << int(Kind::Unauthorized);
        QTest::newRow("ig 4") << ig << 400 << instagram(4) << int(Kind::RateLimited);
        QTest::newRow("ig 17") << ig << 400 << instagram(17) << int(Kind::RateLimited);
        QTest::newRow("ig 32") << ig << 400 << instagram(32) << int(Kind::RateLimited);
        QTest::newRow("ig 10") << ig << 400 << instagram(10) << int(Kind::ReconnectNeeded);
        QTest::newRow("ig 100") << ig << 400 << instagram(100) << int(Kind::Server);
        QTest::newRow("tt access_token_invalid")
            << tt << 401 << tiktok("access_token_invalid") << int(Kind::Unauthorized);
        QTest::newRow("tt rate_limit_exceeded")
            << tt << 429 << tiktok("rate_limit_exceeded") << int(Kind::RateLimited);
        QTest::newRow("tt scope_not_authorized")
            << tt << 403 << tiktok("scope_not_authorized") << int(Kind::ReconnectNeeded);
        QTest::newRow("tt invalid_params") << tt << 400 << tiktok("invalid_params") << int(Kind::Server);
        QTest::newRow("plain 401") << tt << 401 << QByteArray("not json") << int(Kind::Unauthorized);
        QTest::newRow("plain 429") << ig << 429 << QByteArray() << int(Kind::RateLimited);
        QTest::newRow("plain 502") << ig << 502 << QByteArray("<html>") << int(Kind::Server);
    }

    void errorMapping()
    {
        QFETCH(int, platform);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        HttpClient client;
        const PlatformHttp http(Platform(platform), &client);
        const PlatformError e = http.mapError(ApiError::fromHttpStatus(status, body));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.message.contains(platformDisplayName(Platform(platform))));
    }

    void transportErrorsMap()
    {
        HttpClient client;
        const PlatformHttp http(Platform::YouTube, &client);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::Offline)).kind, Kind::Network);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::Tls)).kind, Kind::Network);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::Timeout)).kind, Kind::Timeout);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::BadResponse)).kind, Kind::Malformed);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::Refused)).kind, Kind::Config);
        QCOMPARE(http.mapError(ApiError::make(ApiError::Kind::Cancelled)).kind, Kind::Cancelled);
        ApiError limited = ApiError::fromHttpStatus(429, {});
        limited.retryAfter = std::chrono::milliseconds(2500);
        const PlatformError e = http.mapError(limited);
        QCOMPARE(e.retryAfter, std::optional<std::chrono::seconds>(std::chrono::seconds(3)));
        QVERIFY(e.isTransient());
    }

    void relayStateCarriesTheLoopbackRedirect()
    {
        const QUrl loopback(QStringLiteral("http://127.0.0.1:50123/AbCd"));
        const QByteArray a = InstagramConnector::makeRelayState(loopback);
        const QByteArray b = InstagramConnector::makeRelayState(loopback);
        QVERIFY(a != b); // a fresh nonce each time
        QVERIFY(!a.contains('=') && !a.contains('+') && !a.contains('/'));
        const QJsonObject state =
            QJsonDocument::fromJson(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(state.value(QLatin1String("redirect")).toString(), loopback.toString());
        QVERIFY(state.value(QLatin1String("nonce")).toString().size() >= 43);
    }

    void factoryMakesEachPlatform()
    {
        AppConfig config;
        config.backend.url = QUrl(QStringLiteral("https://project.supabase.co"));
        HttpClient client;
        for (const Platform p : allPlatforms()) {
            auto connector = makeConnector(p, config, &client, nullptr);
            QVERIFY(connector);
            QCOMPARE(connector->platform(), p);
            QCOMPARE(connector->supportsRevoke(), p == Platform::YouTube);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformModels)
#include "TestPlatformModels.moc"
