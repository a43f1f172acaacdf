#include "platforms/PlatformConnector.h"

#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "library/LibraryDatabase.h"

#include "TestSupport.h"
#include "fixtures/AwaitTask.h"
#include "fixtures/FixtureServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

    /// A caption (or description) whose first line is longer than a title may be, with `cluster` as the
    /// 119th character: the last one that fits before the ellipsis.
    static QString longCaption(const QString& cluster)
    {
        return QString(118, QLatin1Char('a')) + cluster + QStringLiteral(" the rest of a long first line") +
               QStringLiteral("\nsecond line");
    }

    /// One character of each kind whose UTF-16 units a cut could separate.
    static QStringList clustersAtTheCut()
    {
        return {QStringLiteral("\U0001F600"),                                 // surrogate pair
                QStringLiteral("\U0001F44D\U0001F3FD"),                       // skin tone
                QStringLiteral("\U0001F1E9\U0001F1EA"),                       // flag
                QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467"), // ZWJ family
                QStringLiteral("e\u0301\u0302"),                              // combining marks
                QStringLiteral("\u1100\u1161\u11A8")};                        // Hangul jamo
    }

    /// What a user sees after the items went through the library file: SQLite stores UTF-8, where half
    /// a surrogate pair turns into "?".
    static QHash<QString, QString> storedTitles(const QList<ContentItem>& items)
    {
        QTemporaryDir dir;
        LibraryDatabase db;
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("library.sqlite"))))
            return {};
        if (!db.upsert(items))
            return {};
        SearchQuery all;
        all.limit = 1000;
        const auto found = db.search(all);
        QHash<QString, QString> titles;
        if (found) {
            for (const ContentItem& item : found->items)
                titles.insert(item.externalId, item.title);
        }
        return titles;
    }

    static void expectTitlesCutBetweenCharacters(const QList<ContentItem>& items, const QStringList& expected)
    {
        QCOMPARE(items.size(), expected.size());
        const QHash<QString, QString> stored = storedTitles(items);
        QCOMPARE(stored.size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).title, expected.at(i));
            QCOMPARE(stored.value(items.at(i).externalId), expected.at(i));
        }
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

    void youtubeBadValuesAreQuotedWithoutSplittingACharacter_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("before");
        // The error message quotes the bad value, shortened to 40 characters: a ZWJ family (8 UTF-16
        // units) where a cut by UTF-16 units would split it.
        QTest::newRow("duration, cut in the first surrogate pair") << QStringLiteral("duration") << 39;
        QTest::newRow("duration, cut after the first emoji") << QStringLiteral("duration") << 38;
        QTest::newRow("viewCount, cut in the first surrogate pair") << QStringLiteral("viewCount") << 39;
        QTest::newRow("viewCount, cut after the first emoji") << QStringLiteral("viewCount") << 38;
    }

    void youtubeBadValuesAreQuotedWithoutSplittingACharacter()
    {
        QFETCH(QString, field);
        QFETCH(int, before);
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        const QString bad = QString(before, QLatin1Char('n')) + family + QStringLiteral("tail");
        const QJsonObject video{
            {QStringLiteral("id"), QStringLiteral("v1")},
            {QStringLiteral("contentDetails"),
             QJsonObject{{QStringLiteral("duration"),
                          field == QLatin1String("duration") ? bad : QStringLiteral("PT1M")}}},
            {QStringLiteral("statistics"),
             QJsonObject{{QStringLiteral("viewCount"),
                          field == QLatin1String("viewCount") ? bad : QStringLiteral("5")}}}};
        m_server.script(
            QStringLiteral("/youtube/v3/videos"),
            {Reply::json(200,
                         QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{video}}}).toJson())});
        ContentItem known;
        known.platform = Platform::YouTube;
        known.externalId = QStringLiteral("v1");
        auto fresh = awaitTask(
            make(Platform::YouTube)->refreshStatistics(tokens(), account(Platform::YouTube), {known}));
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().kind, Kind::Malformed);
        const QString message = fresh.error().message;
        QVERIFY2(message.contains(QString(before, QLatin1Char('n'))), qPrintable(message));
        const QString broken = brokenCharacter(message, family);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
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

    // The FixtureServer answers a path by the count of earlier requests to it: these come last.
    void instagramCaptionTitlesAreCutBetweenCharacters()
    {
        QJsonArray media;
        QStringList expected;
        const QStringList cut = clustersAtTheCut();
        for (qsizetype i = 0; i < cut.size(); ++i) {
            media.append(
                QJsonObject{{QStringLiteral("id"), QString::number(100 + i)},
                            {QStringLiteral("caption"), longCaption(cut.at(i))},
                            {QStringLiteral("media_type"), QStringLiteral("IMAGE")},
                            {QStringLiteral("timestamp"), QStringLiteral("2024-05-01T12:00:00+0000")}});
            expected.append(QString(118, QLatin1Char('a')) + cut.at(i) + QChar(0x2026));
        }
        // 120 emoji are 240 UTF-16 units but 120 characters: the whole line is the title.
        const QString emoji = QStringLiteral("\U0001F600").repeated(120);
        media.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("200")},
                                 {QStringLiteral("caption"), QString(emoji + QStringLiteral("\nmore"))},
                                 {QStringLiteral("media_type"), QStringLiteral("IMAGE")},
                                 {QStringLiteral("timestamp"), QStringLiteral("2024-05-01T12:00:00+0000")}});
        expected.append(emoji);
        m_server.script(
            QStringLiteral("/graph/v22.0/me/media"),
            {Reply::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), media}}).toJson())});
        auto page = awaitTask(
            make(Platform::Instagram)->fetchPage(tokens(), account(Platform::Instagram), QString()));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().logString()));
        expectTitlesCutBetweenCharacters(page->items, expected);
        QCOMPARE(page->items.first().description, longCaption(cut.first())); // the caption stays whole
    }

    void tiktokDescriptionTitlesAreCutBetweenCharacters()
    {
        QJsonArray videos;
        QStringList expected;
        const QStringList cut = clustersAtTheCut();
        for (qsizetype i = 0; i < cut.size(); ++i) {
            videos.append(QJsonObject{{QStringLiteral("id"), QString::number(7230000000000000100LL + i)},
                                      {QStringLiteral("create_time"), 1700000000 - i},
                                      {QStringLiteral("title"), QString()},
                                      {QStringLiteral("video_description"), longCaption(cut.at(i))}});
            expected.append(QString(118, QLatin1Char('a')) + cut.at(i) + QChar(0x2026));
        }
        const QJsonObject body{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("videos"), videos},
                                                 {QStringLiteral("cursor"), 1700000000000LL},
                                                 {QStringLiteral("has_more"), false}}},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("ok")},
                                                  {QStringLiteral("message"), QString()},
                                                  {QStringLiteral("log_id"), QStringLiteral("L")}}}};
        m_server.script(QStringLiteral("/tiktok/v2/video/list/"),
                        {Reply::json(200, QJsonDocument(body).toJson())});
        auto page =
            awaitTask(make(Platform::TikTok)->fetchPage(tokens(), account(Platform::TikTok), QString()));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().logString()));
        expectTitlesCutBetweenCharacters(page->items, expected);
    }
};

QTEST_GUILESS_MAIN(TestPlatformShapes)
#include "TestPlatformShapes.moc"
