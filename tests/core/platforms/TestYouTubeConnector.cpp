#include "platforms/YouTubeConnector.h"

#include "ConnectorHarness.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QtTest>

using namespace sv;
using namespace sv::test;
using namespace std::chrono_literals;
using Kind = PlatformError::Kind;

/// YouTubeConnector against the sandbox's Google OAuth and YouTube Data API v3 (real HTTP, loopback
/// redirect, PKCE S256), 1,200 uploads of which every 97th is unavailable.
class TestYouTubeConnector : public QObject
{
    Q_OBJECT
private:
    static constexpr int Items = 1200;
    ConnectorHarness h;

    Result<PlatformTokens, PlatformError> authorize(PlatformConnector& connector,
                                                    HttpBrowserLauncher& browser)
    {
        return awaitTask(connector.authorize(&browser));
    }

    PlatformTokens connectAccount(PlatformConnector& connector)
    {
        HttpBrowserLauncher browser;
        auto tokens = h.authorize(connector, browser);
        if (!tokens) {
            qWarning() << describe(tokens.error());
            return {};
        }
        return *tokens;
    }

    PlatformAccount account(PlatformConnector& connector, const PlatformTokens& tokens)
    {
        auto a = awaitTask(connector.fetchAccount(tokens));
        return a ? *a : PlatformAccount{};
    }

private slots:
    void initTestCase()
    {
        const QString error = h.start(Items);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { QVERIFY(h.reset()); }

    void authorizeRunsLoopbackPkceFlowAndReturnsOfflineTokens()
    {
        auto connector = h.make(Platform::YouTube);
        QCOMPARE(connector->platform(), Platform::YouTube);
        QSignalSpy urlReady(connector.get(), &PlatformConnector::authorizationUrlReady);
        HttpBrowserLauncher browser;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto tokens = h.authorize(*connector, browser);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : describe(tokens.error())));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY2(!tokens->refreshToken.isEmpty(), "access_type=offline must yield a refresh token");
        QVERIFY(tokens->accessExpiresAt > before.addSecs(3500));
        QVERIFY(tokens->accessExpiresAt <= QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(tokens->scopes.contains(YouTubeConnector::scope()));
        // The Analytics scope is asked for at connect (daily views per video).
        QVERIFY(tokens->scopes.contains(YouTubeConnector::analyticsScope()));
        QCOMPARE(connector->itemHistory(*tokens), ItemHistoryKind::DailyIncrements);

        QCOMPARE(urlReady.size(), 1);
        const QUrl url = urlReady.first().first().toUrl();
        QCOMPARE(browser.openedUrls(), QList<QUrl>{url});
        QCOMPARE(ConnectorHarness::queryValue(url, QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(ConnectorHarness::queryValue(url, QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(ConnectorHarness::queryValue(url, QStringLiteral("response_type")), QStringLiteral("code"));
        // RFC 7636 S256: 43 base64url characters.
        const QString challenge = ConnectorHarness::queryValue(url, QStringLiteral("code_challenge"));
        QCOMPARE(challenge.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(challenge).hasMatch());
        QVERIFY(ConnectorHarness::queryValue(url, QStringLiteral("state")).size() >= 43);
        const QUrl redirect(ConnectorHarness::queryValue(url, QStringLiteral("redirect_uri")));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        // The browser ended on the listener's success page.
        QVERIFY(browser.waitUntilIdle()); // the browser's own last page may still be on its way
        QCOMPARE(browser.lastStatus(), 200);
        QCOMPARE(browser.lastUrl().port(), redirect.port());

        // The tokens work, and the round trip is serialisable for the keychain.
        auto account = awaitTask(connector->fetchAccount(*tokens));
        QVERIFY2(account, qPrintable(account ? QString() : describe(account.error())));
        QVERIFY(account->accountId.startsWith(QLatin1String("UC")));
        QCOMPARE(account->displayName, QStringLiteral("StreamVibe Sandbox Studio"));
        QCOMPARE(account->handle, QStringLiteral("@streamvibesandbox"));
        QVERIFY(account->avatarUrl.isValid());
        QCOMPARE(PlatformTokens::fromJson(tokens->toJson()), std::optional<PlatformTokens>(*tokens));
    }

    void fullListingPagesEveryUploadNewestFirst()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        const PlatformAccount acc = account(*connector, tokens);
        QVERIFY(!acc.accountId.isEmpty());
        const auto listing = h.fetchAll(*connector, tokens, acc);
        QVERIFY2(!listing.error, qPrintable(listing.error ? describe(*listing.error) : QString()));
        const QString problem = checkListing(listing.items, Items, Platform::YouTube, acc.accountId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(listing.pages, Items / YouTubeConnector::PageSize);
        QCOMPARE(listing.totalItems, std::optional<qint64>(Items));
        // Pages are completed by videos.list: durations (ISO 8601) and statistics (JSON strings) are
        // filled for every available video; the unavailable ones (every 97th) have none.
        int unavailable = 0;
        for (qsizetype i = 0; i < listing.items.size(); ++i) {
            const ContentItem& item = listing.items[i];
            QVERIFY(item.url.startsWith(QLatin1String("https://www.youtube.com/watch?v=")));
            QVERIFY(!item.thumbnailUrl.isEmpty());
            if (i % 97 == 96) {
                ++unavailable;
                QCOMPARE(item.durationS, 0);
                QCOMPARE(item.views, 0);
            } else {
                QVERIFY2(item.durationS > 0, qPrintable(QString::number(i)));
                QVERIFY2(item.views > 0, qPrintable(QString::number(i)));
            }
        }
        QCOMPARE(unavailable, Items / 97);
    }

    void refreshStatisticsBatchesFiftyIdsAndDropsUnavailableVideos()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        const PlatformAccount acc = account(*connector, tokens);
        // Two pages' worth of known items (indices 0..119), statistics wiped as if stale.
        QList<ContentItem> known;
        QList<ContentItem> expected;
        QString cursor;
        for (int p = 0; p < 3; ++p) {
            auto page = awaitTask(connector->fetchPage(tokens, acc, cursor));
            QVERIFY(page);
            expected.append(page->items);
            cursor = page->nextCursor;
        }
        expected = expected.mid(0, 120);
        for (ContentItem item : expected) {
            item.views = item.likes = item.comments = 0;
            known.append(item);
        }
        auto fresh = awaitTask(connector->refreshStatistics(tokens, acc, known));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        // Index 96 is unavailable: missing from videos.list, so missing from the answer.
        QCOMPARE(fresh->size(), 119);
        QSet<QString> returned;
        for (const ContentItem& item : *fresh)
            returned.insert(item.externalId);
        QVERIFY(!returned.contains(expected[96].externalId));
        for (const ContentItem& item : *fresh) {
            const auto it = std::find_if(expected.cbegin(), expected.cend(), [&](const ContentItem& e) {
                return e.externalId == item.externalId;
            });
            QVERIFY(it != expected.cend());
            QCOMPARE(item.views, it->views);
            QCOMPARE(item.likes, it->likes);
            QCOMPARE(item.comments, it->comments);
            QCOMPARE(item.title, it->title); // the rest of the item is kept
        }
    }

    void refreshKeepsRefreshTokenAndGivesWorkingAccessToken()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = connectAccount(*connector);
        QVERIFY(!tokens.refreshToken.isEmpty());
        auto fresh = awaitTask(connector->refresh(tokens));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        QVERIFY(fresh->accessToken != tokens.accessToken);
        QCOMPARE(fresh->refreshToken, tokens.refreshToken); // Google returns no new refresh token
        QVERIFY(fresh->accessExpiresAt.isValid());
        QVERIFY(awaitTask(connector->fetchAccount(*fresh)).hasValue());

        PlatformTokens bogus = tokens;
        bogus.refreshToken = QStringLiteral("1//0sb-not-a-refresh-token");
        auto refused = awaitTask(connector->refresh(bogus));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::ReconnectNeeded);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void revokeEndsTheGrant()
    {
        auto connector = h.make(Platform::YouTube);
        QVERIFY(connector->supportsRevoke());
        const PlatformTokens tokens = connectAccount(*connector);
        QVERIFY(awaitTask(connector->fetchAccount(tokens)).hasValue());
        auto revoked = awaitTask(connector->revoke(tokens));
        QVERIFY2(revoked, qPrintable(revoked ? QString() : describe(revoked.error())));
        auto after = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!after);
        QCOMPARE(after.error().kind, Kind::Unauthorized);
        QCOMPARE(after.error().httpStatus, 401);
        auto refreshed = awaitTask(connector->refresh(tokens));
        QVERIFY(!refreshed);
        QCOMPARE(refreshed.error().kind, Kind::ReconnectNeeded);
        // Revoking again is not an error: the grant is gone either way.
        QVERIFY(awaitTask(connector->revoke(tokens)).hasValue());
    }

    void deniedConsentIsDenied() { h.expectConsentDenied(Platform::YouTube); }

    void consentPageAllowConnects()
    {
        QVERIFY(h.sandbox->configure(QJsonObject{{QStringLiteral("auto_consent"), false}}));
        auto connector = h.make(Platform::YouTube);
        HttpBrowserLauncher browser;
        auto result = h.authorize(*connector, browser);
        QVERIFY2(result, qPrintable(result ? QString() : describe(result.error())));
    }

    void forgedStateIsRefused()
    {
        auto connector = h.make(Platform::YouTube);
        HttpBrowserLauncher browser;
        browser.setUrlRewriter([](const QUrl& url) {
            return ConnectorHarness::withQueryValue(url, QStringLiteral("state"),
                                                    QStringLiteral("forged-state"));
        });
        QSignalSpy pageLoaded(&browser, &HttpBrowserLauncher::finished);
        auto result = h.authorize(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Config);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!pageLoaded.isEmpty() || pageLoaded.wait());
        QVERIFY(browser.waitUntilIdle());    // the browser's own last page may still be on its way
        QCOMPARE(browser.lastStatus(), 400); // the listener's error page
    }

    void cancelAuthorizeEndsTheAttempt()
    {
        auto connector = h.make(Platform::YouTube);
        HttpBrowserLauncher browser;
        auto result = h.authorizeCancelled(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Cancelled);
        QCOMPARE(browser.openedUrls().size(), 1);
        // The loopback port is closed: the browser arriving late gets nowhere.
        const QUrl redirect(
            ConnectorHarness::queryValue(browser.openedUrls().first(), QStringLiteral("redirect_uri")));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
        // A later attempt works normally.
        HttpBrowserLauncher second;
        QVERIFY(h.authorize(*connector, second).hasValue());
    }

    void newAttemptReplacesAnAbandonedOne()
    {
        auto connector = h.make(Platform::YouTube);
        HttpBrowserLauncher abandoned;
        abandoned.setNavigate(false); // the user closed that browser tab
        auto first = connector->authorize(&abandoned);
        HttpBrowserLauncher browser;
        auto second = h.authorize(*connector, browser);
        QVERIFY2(second, qPrintable(second ? QString() : describe(second.error())));
        auto firstResult = awaitTask(std::move(first));
        QVERIFY(!firstResult);
        QCOMPARE(firstResult.error().kind, Kind::Cancelled);
        QVERIFY(awaitTask(connector->fetchAccount(*second)).hasValue());
    }

    void noBrowserStillWaitsForTheLink()
    {
        auto connector = h.make(Platform::YouTube);
        HttpBrowserLauncher none;
        none.setNavigate(false);
        none.setOpenResult(false);
        HttpBrowserLauncher user; // the user copies the shown link into a browser
        connect(
            connector.get(), &PlatformConnector::authorizationUrlReady, connector.get(),
            [&user](const QUrl& url) { user.open(url); }, Qt::QueuedConnection);
        auto result = h.authorize(*connector, none);
        QVERIFY2(result, qPrintable(result ? QString() : describe(result.error())));
    }

    void rateLimitMapsToRateLimitedWithRetryAfter()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QVERIFY(h.sandbox->addFault(QStringLiteral("rate-limit,retry_after=2,path=/youtube/v3,count=3")));
        auto result = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::RateLimited);
        QCOMPARE(result.error().httpStatus, 429);
        QCOMPARE(result.error().retryAfter, std::optional<std::chrono::seconds>(2s));
        QVERIFY(result.error().isTransient());
        // The client waited out the server's Retry-After between its attempts, without sleeping here.
        QCOMPARE(h.delays, (QList<std::chrono::milliseconds>{2000ms, 2000ms}));
    }

    void transientErrorsAreRetriedThenSucceed()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QVERIFY(h.sandbox->addFault(QStringLiteral("status=503,path=/youtube/v3/channels,count=2")));
        auto result = awaitTask(connector->fetchAccount(tokens));
        QVERIFY2(result, qPrintable(result ? QString() : describe(result.error())));
        QCOMPARE(h.delays.size(), 2);
    }

    void serverErrorsMapToServer_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void serverErrorsMapToServer()
    {
        QFETCH(int, status);
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QVERIFY(h.sandbox->addFault(QStringLiteral("status=%1,path=/youtube/v3,count=3").arg(status)));
        auto result = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Server);
        QCOMPARE(result.error().httpStatus, status);
        QVERIFY(result.error().message.contains(QString::number(status)));
    }

    void brokenBodiesMapToMalformed_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("malformed") << QStringLiteral("malformed");
    }

    void brokenBodiesMapToMalformed()
    {
        QFETCH(QString, fault);
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        const PlatformAccount acc = account(*connector, tokens);
        QVERIFY(h.sandbox->addFault(fault + QStringLiteral(",path=/youtube/v3/playlistItems,count=1")));
        auto page = awaitTask(connector->fetchPage(tokens, acc, QString()));
        QVERIFY(!page);
        QCOMPARE(page.error().kind, Kind::Malformed);
        QVERIFY(!page.error().message.isEmpty());
        // The fault is consumed: the same page then loads.
        QVERIFY(awaitTask(connector->fetchPage(tokens, acc, QString())).hasValue());
    }

    void expiredTokenIsUnauthorized()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QVERIFY(h.sandbox->addFault(QStringLiteral("expire-token,path=/youtube/v3,count=1")));
        auto result = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Unauthorized);
        QCOMPARE(result.error().httpStatus, 401);
    }

    void dailyQuotaIsQuotaExceeded()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QVERIFY(h.sandbox->configure(QJsonObject{{QStringLiteral("youtube_daily_quota"), 0}}));
        auto result = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::QuotaExceeded);
        QCOMPARE(result.error().httpStatus, 403);
        QVERIFY(!result.error().isTransient());

        QVERIFY(h.reset());
        QVERIFY(h.sandbox->addFault(QStringLiteral("quota,path=/youtube/v3,count=1")));
        auto injected = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(!injected);
        QCOMPARE(injected.error().kind, Kind::QuotaExceeded);
    }

    // ------------------------------------------------------------------------------ YouTube Analytics

    static QString describeDays(const Result<QList<PlatformHistoryDay>, QString>& days)
    {
        if (!days)
            return QStringLiteral("error");
        QStringList out;
        auto n = [](const std::optional<qint64>& v) {
            return v ? QString::number(*v) : QStringLiteral("-");
        };
        for (const PlatformHistoryDay& d : days.value())
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(d.day.toString(Qt::ISODate), n(d.views), n(d.likes), n(d.comments), n(d.shares));
        return out.join(QLatin1Char(';'));
    }

    void dailyReportIsParsedExactly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray headers =
            R"("columnHeaders": [{"name": "day", "columnType": "DIMENSION", "dataType": "STRING"},
            {"name": "views", "columnType": "METRIC", "dataType": "INTEGER"},
            {"name": "likes", "columnType": "METRIC", "dataType": "INTEGER"},
            {"name": "comments", "columnType": "METRIC", "dataType": "INTEGER"},
            {"name": "shares", "columnType": "METRIC", "dataType": "INTEGER"}])";
        auto report = [&](const QByteArray& rows) -> QByteArray {
            return R"({"kind": "youtubeAnalytics#resultTable", )" + headers +
                   (rows.isEmpty() ? QByteArray() : R"(, "rows": )" + rows) + "}";
        };
        QTest::newRow("numbers") << report(R"([["2026-11-01", 120, 4, 1, 0], ["2026-11-02", 80, 2, 0, 3]])")
                                 << QStringLiteral("2026-11-01 120 4 1 0;2026-11-02 80 2 0 3");
        QTest::newRow("no rows: no days") << report({}) << QString();
        QTest::newRow("days put in order")
            << report(R"([["2026-11-02", 5, 0, 0, 0], ["2026-11-01", 7, 1, 0, 0]])")
            << QStringLiteral("2026-11-01 7 1 0 0;2026-11-02 5 0 0 0");
        QTest::newRow("columns read from the headers")
            << QByteArray(R"({"columnHeaders": [{"name": "views"}, {"name": "shares"}, {"name": "day"},
               {"name": "subscribersGained"}, {"name": "likes"}], "rows": [[7, 1, "2026-11-03", 9, 2]]})")
            << QStringLiteral("2026-11-03 7 2 - 1");
        QTest::newRow("large count") << report(R"([["2026-11-01", 4000000000, 0, 0, 0]])")
                                     << QStringLiteral("2026-11-01 4000000000 0 0 0");
        QTest::newRow("string number")
            << report(R"([["2026-11-01", "120", 4, 1, 0]])") << QStringLiteral("error");
        QTest::newRow("fraction") << report(R"([["2026-11-01", 1.5, 4, 1, 0]])") << QStringLiteral("error");
        QTest::newRow("negative") << report(R"([["2026-11-01", -1, 4, 1, 0]])") << QStringLiteral("error");
        QTest::newRow("null value") << report(R"([["2026-11-01", null, 4, 1, 0]])")
                                    << QStringLiteral("error");
        QTest::newRow("short row") << report(R"([["2026-11-01", 120, 4]])") << QStringLiteral("error");
        QTest::newRow("bad day") << report(R"([["11/01/2026", 120, 4, 1, 0]])") << QStringLiteral("error");
        QTest::newRow("row not an array") << report(R"([{"day": "2026-11-01"}])") << QStringLiteral("error");
        QTest::newRow("rows not an array") << report(R"({})") << QStringLiteral("error");
        QTest::newRow("no day column")
            << QByteArray(R"({"columnHeaders": [{"name": "views"}], "rows": [[1]]})")
            << QStringLiteral("error");
        QTest::newRow("no headers") << QByteArray(R"({"rows": [["2026-11-01", 1]]})")
                                    << QStringLiteral("error");
    }

    void dailyReportIsParsedExactly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(describeDays(YouTubeConnector::parseDailyReport(doc.object())), expected);
    }

    /// The sandbox's Analytics: each video's days from its first day, without the last 1-3 days (not
    /// processed yet: missing, not zero), summing to no more than its current views.
    void analyticsGivesTheProcessedDaysOfAVideo()
    {
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        QCOMPARE(connector->itemHistory(tokens), ItemHistoryKind::DailyIncrements);
        auto page = h.firstPage(*connector, tokens);
        QVERIFY(page);
        const QDate today = YouTubeConnector::analyticsToday();
        for (int i = 0; i < 3; ++i) {
            const ContentItem& item = page->items[i];
            const QDate since = item.publishedAt.date().addDays(-1);
            auto days = awaitTask(connector->fetchItemHistory(tokens, item.externalId, since));
            QVERIFY2(days, qPrintable(days ? QString() : describe(days.error())));
            QVERIFY(!days->isEmpty());
            QVERIFY(days->first().day >= since);
            QVERIFY(days->first().day <= item.publishedAt.date());
            // The sandbox's lag is 1 + index % 3 days: the last days are absent.
            QCOMPARE(days->last().day, today.addDays(-(1 + i)));
            qint64 views = 0;
            for (qsizetype d = 0; d < days->size(); ++d) {
                QCOMPARE(days->at(d).day, days->first().day.addDays(d)); // one row a day, in order
                QVERIFY(days->at(d).views && days->at(d).likes && days->at(d).comments && days->at(d).shares);
                views += *days->at(d).views;
            }
            QVERIFY2(views <= item.views && views > item.views / 2,
                     qPrintable(QStringLiteral("%1 of %2").arg(views).arg(item.views)));
            // A later start gives the same days' figures.
            const QDate later = days->last().day.addDays(-4);
            auto tail = awaitTask(connector->fetchItemHistory(tokens, item.externalId, later));
            QVERIFY(tail);
            QCOMPARE(tail.value(), days->mid(days->size() - 5));
        }
    }

    /// YouTube Analytics' days are Pacific days: "today" for its report's end and the days it is asked for
    /// follow Los Angeles' clock, standard (UTC-8) and daylight (UTC-7) time and the switches between them,
    /// not UTC's nor the machine's.
    void analyticsDaysArePacificDays_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("pacific");
        const auto at = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
        };
        QTest::newRow("winter, UTC's new day, Pacific's evening")
            << at(2026, 12, 7, 7, 59) << QDate(2026, 12, 6);
        QTest::newRow("winter, Pacific midnight") << at(2026, 12, 7, 8, 0) << QDate(2026, 12, 7);
        QTest::newRow("summer, an hour earlier") << at(2026, 7, 1, 6, 59) << QDate(2026, 6, 30);
        QTest::newRow("summer, Pacific midnight") << at(2026, 7, 1, 7, 0) << QDate(2026, 7, 1);
        QTest::newRow("the night clocks go forward") << at(2026, 3, 8, 9, 30) << QDate(2026, 3, 8);
        QTest::newRow("the evening before clocks go back") << at(2026, 11, 1, 6, 59) << QDate(2026, 10, 31);
        QTest::newRow("new year's eve in LA, new year in UTC") << at(2027, 1, 1, 3, 0) << QDate(2026, 12, 31);
    }

    void analyticsDaysArePacificDays()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QDate, pacific);
        QCOMPARE(YouTubeConnector::analyticsToday(utc), pacific);
        // The same instant given in another zone is the same day.
        QCOMPARE(YouTubeConnector::analyticsToday(utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")))),
                 pacific);
    }

    void analyticsWithoutItsScopeIsDenied()
    {
        auto connector = h.make(Platform::YouTube);
        PlatformTokens tokens = h.mintedTokens(Platform::YouTube, YouTubeConnector::scope());
        auto page = h.firstPage(*connector, tokens);
        QVERIFY(page); // the Data API works with this grant
        auto days = awaitTask(connector->fetchItemHistory(tokens, page->items.first().externalId,
                                                          QDate::currentDate().addDays(-10)));
        QVERIFY(!days);
        QCOMPARE(days.error().kind, Kind::Denied); // not ReconnectNeeded: the content sync is fine
        QCOMPARE(days.error().httpStatus, 403);
        QVERIFY(days.error().detail.contains(QLatin1String("insufficientPermissions")));
        // With the grant's scopes known, no request is spent on it.
        tokens.scopes = {YouTubeConnector::scope()};
        QCOMPARE(connector->itemHistory(tokens), ItemHistoryKind::NotGranted);
    }

    void analyticsErrorsMap_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << QStringLiteral("expire-token") << int(Kind::Unauthorized) << 401;
        QTest::newRow("429") << QStringLiteral("rate-limit,retry_after=1") << int(Kind::RateLimited) << 429;
        QTest::newRow("500") << QStringLiteral("status=500") << int(Kind::Server) << 500;
        QTest::newRow("503") << QStringLiteral("status=503") << int(Kind::Server) << 503;
        QTest::newRow("malformed JSON") << QStringLiteral("malformed") << int(Kind::Malformed) << 0;
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(Kind::Malformed) << 0;
    }

    void analyticsErrorsMap()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(int, status);
        auto connector = h.make(Platform::YouTube);
        const PlatformTokens tokens = h.mintedTokens(Platform::YouTube);
        auto page = h.firstPage(*connector, tokens);
        QVERIFY(page);
        QVERIFY(h.sandbox->addFault(fault + QStringLiteral(",path=/youtube/analytics,count=3")));
        auto days = awaitTask(connector->fetchItemHistory(tokens, page->items.first().externalId,
                                                          QDate::currentDate().addDays(-10)));
        QVERIFY(!days);
        QCOMPARE(int(days.error().kind), kind);
        if (status > 0)
            QCOMPARE(days.error().httpStatus, status);
    }

    void unreachableServerIsNetwork()
    {
        AppConfig config = h.config;
        // A port nothing listens on (the sandbox's own port + a closed one is not guaranteed): bind, then
        // free.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        config.youtube.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1/youtube/v3").arg(port));
        auto connector = makeConnector(Platform::YouTube, config, h.http.get(), h.backend.get());
        auto result = awaitTask(connector->fetchAccount(h.mintedTokens(Platform::YouTube)));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Network);
    }

    void missingClientIdIsConfig()
    {
        AppConfig config = h.config;
        config.youtube.clientId.clear();
        auto connector = makeConnector(Platform::YouTube, config, h.http.get(), h.backend.get());
        HttpBrowserLauncher browser;
        auto result = h.authorize(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Config);
        QVERIFY(browser.openedUrls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYouTubeConnector)
#include "TestYouTubeConnector.moc"
