#include "platforms/PlatformConnector.h"

#include "backend/HttpClient.h"
#include "config/AppConfig.h"

#include "fixtures/AwaitTask.h"
#include "fixtures/FixtureServer.h"

#include <QtTest>

using namespace sv;
using namespace sv::test;
using Kind = PlatformError::Kind;
using Reply = FixtureServer::Reply;

/// The connectors' decoders against answers the sandbox never sends: documented shapes with odd but
/// legal values (64-bit ids as numbers, TikTok's error envelope on a 200), and wrongly typed or missing
/// fields, which must give a Malformed error naming the field. A scripted HTTP server on 127.0.0.1.
class TestPlatformShapes : public QObject
{
    Q_OBJECT
private:
    FixtureServer m_server;
    HttpClient m_http;
    AppConfig m_config;

    std::unique_ptr<PlatformConnector> make(Platform platform)
    {
        return makeConnector(platform, m_config, &m_http, nullptr);
    }

    static PlatformTokens tokens()
    {
        PlatformTokens t;
        t.accessToken = QStringLiteral("test-access-token");
        return t;
    }

    static PlatformAccount account(Platform platform)
    {
        PlatformAccount a;
        a.platform = platform;
        a.accountId = QStringLiteral("acc");
        return a;
    }

    static void expectMalformed(const PlatformError& e, const QString& field)
    {
        QCOMPARE(e.kind, Kind::Malformed);
        QVERIFY2(e.message.contains(field), qPrintable(e.message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_config.youtube.apiBase = m_server.url(QStringLiteral("/youtube/v3"));
        m_config.instagram.graphBase = m_server.url(QStringLiteral("/graph"));
        m_config.tiktok.apiBase = m_server.url(QStringLiteral("/tiktok"));
        RetryPolicy once;
        once.maxAttempts = 1;
        m_http.setRetryPolicy(once);
    }

    void youtubeChannelIdOfWrongTypeIsNamed()
    {
        m_server.script(
            QStringLiteral("/youtube/v3/channels"),
            {Reply::json(200, "{\"items\":[{\"id\":42,\"snippet\":{\"title\":\"T\"}, "
                              "\"contentDetails\":{\"relatedPlaylists\":{\"uploads\":\"UU1\"}}}]}")});
        auto result = awaitTask(make(Platform::YouTube)->fetchAccount(tokens()));
        QVERIFY(!result);
        expectMalformed(result.error(), QStringLiteral("$.items[0].id"));
        // The token went as a bearer header, never in the URL.
        const auto request = m_server.requests(QStringLiteral("/youtube/v3/channels")).last();
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer test-access-token"));
        QVERIFY(!request.url.toString().contains(QLatin1String("test-access-token")));
    }

    void youtubeChannelWithoutUploadsIsNamed()
    {
        m_server.script(QStringLiteral("/youtube/v3/channels"),
                        {Reply::json(200, "{\"items\":[{\"id\":\"UC1\",\"snippet\":{\"title\":\"T\"}, "
                                          "\"contentDetails\":{\"relatedPlaylists\":{}}}]}")});
        auto result = awaitTask(make(Platform::YouTube)->fetchAccount(tokens()));
        QVERIFY(!result);
        expectMalformed(result.error(), QStringLiteral("uploads"));
    }

    void youtubeBadDurationIsNamed()
    {
        m_server.script(
            QStringLiteral("/youtube/v3/channels"),
            {Reply::json(200, "{\"items\":[{\"id\":\"UC1\",\"snippet\":{\"title\":\"T\"}, "
                              "\"contentDetails\":{\"relatedPlaylists\":{\"uploads\":\"UU1\"}}}]}")});
        m_server.script(
            QStringLiteral("/youtube/v3/playlistItems"),
            {Reply::json(
                200,
                "{\"items\":[{\"snippet\":{\"title\":\"A\",\"publishedAt\":\"2024-01-01T00:00:00Z\"}, "
                "\"contentDetails\":{\"videoId\":\"v1\",\"videoPublishedAt\":\"2024-01-01T00:00:00Z\"}}]}")});
        m_server.script(QStringLiteral("/youtube/v3/videos"),
                        {Reply::json(200, "{\"items\":[{\"id\":\"v1\",\"contentDetails\":{\"duration\":\"1:"
                                          "02\"}, \"statistics\":{\"viewCount\":\"5\"}}]}")});
        PlatformAccount channel = account(Platform::YouTube);
        channel.accountId = QStringLiteral("UC1"); // the channel the token belongs to
        auto page = awaitTask(make(Platform::YouTube)->fetchPage(tokens(), channel, QString()));
        QVERIFY(!page);
        expectMalformed(page.error(), QStringLiteral("$.items[0].contentDetails.duration"));
    }

    void youtubeTokenOfAnotherChannelNeedsReconnect()
    {
        // The library expects channel "acc", but the saved token now opens channel "UC1".
        auto page =
            awaitTask(make(Platform::YouTube)->fetchPage(tokens(), account(Platform::YouTube), QString()));
        QVERIFY(!page);
        QCOMPARE(page.error().kind, Kind::ReconnectNeeded);
    }

    void youtubeStatisticsAreStringsAndHiddenCountsAreZero()
    {
        m_server.script(QStringLiteral("/youtube/v3/videos"),
                        {Reply::json(200, "{\"items\":[{\"id\":\"v1\",\"contentDetails\":{\"duration\":"
                                          "\"PT1M1S\"}, \"statistics\":{\"viewCount\":\"12345678901\"}}]}")});
        ContentItem known;
        known.platform = Platform::YouTube;
        known.externalId = QStringLiteral("v1");
        ContentItem gone = known;
        gone.externalId = QStringLiteral("v2");
        auto fresh = awaitTask(
            make(Platform::YouTube)->refreshStatistics(tokens(), account(Platform::YouTube), {known, gone}));
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 1);
        QCOMPARE(fresh->first().views, Q_INT64_C(12345678901));
        QCOMPARE(fresh->first().likes, 0);
        QCOMPARE(fresh->first().durationS, 61);
    }

    void instagramLargeNumericUserIdStaysExact()
    {
        m_server.script(QStringLiteral("/graph/v22.0/me"),
                        {Reply::json(200, "{\"user_id\":17841400000000123,\"username\":\"u\"}")});
        auto acc = awaitTask(make(Platform::Instagram)->fetchAccount(tokens()));
        QVERIFY2(acc, qPrintable(acc ? QString() : acc.error().logString()));
        QCOMPARE(acc->accountId, QStringLiteral("17841400000000123"));
        QCOMPARE(acc->displayName, QStringLiteral("u")); // no name: the username
    }

    void instagramMissingTimestampIsNamed()
    {
        m_server.script(QStringLiteral("/graph/v22.0/me/media"),
                        {Reply::json(200, "{\"data\":[{\"id\":\"1\",\"caption\":\"c\"}]}")});
        auto page = awaitTask(
            make(Platform::Instagram)->fetchPage(tokens(), account(Platform::Instagram), QString()));
        QVERIFY(!page);
        expectMalformed(page.error(), QStringLiteral("$.data[0].timestamp"));
    }

    void instagramLastPageHasNoNextEvenWithCursors()
    {
        m_server.script(
            QStringLiteral("/graph/v22.0/me/media"),
            {Reply::json(
                200, "{\"data\":[{\"id\":\"1\",\"caption\":\"Title line\\nmore\",\"media_type\":\"IMAGE\", "
                     "\"media_url\":\"https://x/1.jpg\",\"permalink\":\"https://www.instagram.com/p/a/\", "
                     "\"timestamp\":\"2024-05-01T12:00:00+0000\",\"like_count\":3}], "
                     "\"paging\":{\"cursors\":{\"before\":\"b\",\"after\":\"a\"}}}")});
        auto page = awaitTask(
            make(Platform::Instagram)->fetchPage(tokens(), account(Platform::Instagram), QString()));
        QVERIFY(page);
        QVERIFY(page->nextCursor.isEmpty());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().title, QStringLiteral("Title line"));
        QCOMPARE(page->items.first().thumbnailUrl, QStringLiteral("https://x/1.jpg"));
        QCOMPARE(page->items.first().publishedAt, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    }

    void tiktokErrorEnvelopeOnSuccessStatusIsMapped()
    {
        m_server.script(QStringLiteral("/tiktok/v2/user/info/"),
                        {Reply::json(200, "{\"data\":{},\"error\":{\"code\":\"access_token_invalid\","
                                          "\"message\":\"m\", \"log_id\":\"L\"}}")});
        auto acc = awaitTask(make(Platform::TikTok)->fetchAccount(tokens()));
        QVERIFY(!acc);
        QCOMPARE(acc.error().kind, Kind::Unauthorized);
    }

    void tiktokNumericVideoIdAndWrongHasMore()
    {
        m_server.script(
            QStringLiteral("/tiktok/v2/video/list/"),
            {Reply::json(
                 200,
                 "{\"data\":{\"videos\":[{\"id\":7230000000000000001,\"create_time\":1700000000, "
                 "\"title\":\"\",\"video_description\":\"first line\\nsecond\"}],\"cursor\":1700000000000, "
                 "\"has_more\":false},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"L\"}}"),
             Reply::json(200, "{\"data\":{\"videos\":[],\"cursor\":1,\"has_more\":\"yes\"}, "
                              "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"L\"}}")});
        auto connector = make(Platform::TikTok);
        auto page = awaitTask(connector->fetchPage(tokens(), account(Platform::TikTok), QString()));
        QVERIFY(page);
        QCOMPARE(page->items.first().externalId, QStringLiteral("7230000000000000001"));
        QCOMPARE(page->items.first().title, QStringLiteral("first line"));
        QVERIFY(page->nextCursor.isEmpty());
        // The request carried TikTok's JSON body.
        const auto request = m_server.requests(QStringLiteral("/tiktok/v2/video/list/")).last();
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.body.contains("\"max_count\":20"));

        auto broken = awaitTask(connector->fetchPage(tokens(), account(Platform::TikTok), QString()));
        QVERIFY(!broken);
        expectMalformed(broken.error(), QStringLiteral("$.data.has_more"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformShapes)
#include "TestPlatformShapes.moc"
