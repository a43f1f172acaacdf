#include "platforms/InstagramConnector.h"

#include "ConnectorHarness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace sv;
using namespace sv::test;
using Kind = PlatformError::Kind;

/// InstagramConnector against the sandbox's Instagram API with Instagram Login and the backend OAuth
/// relay: the redirect goes through the relay (the only registered redirect URI), which forwards to the
/// loopback listener; the backend exchanges the code for a long-lived token.
class TestInstagramConnector : public QObject
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

    static QJsonObject decodeState(const QString& state)
    {
        const QByteArray json = QByteArray::fromBase64(
            state.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        return QJsonDocument::fromJson(json).object();
    }

private slots:
    void initTestCase()
    {
        const QString error = h.start(Items);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { QVERIFY(h.reset()); }

    void authorizeGoesThroughTheRelayAndReturnsLongLivedToken()
    {
        auto connector = h.make(Platform::Instagram);
        QVERIFY(!connector->supportsRevoke());
        HttpBrowserLauncher browser;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto tokens = h.authorize(*connector, browser);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : describe(tokens.error())));
        QVERIFY(tokens->accessToken.startsWith(QLatin1String("IGAA")));
        // Long-lived: about 60 days, refreshable until it expires.
        QVERIFY(tokens->accessExpiresAt > before.addDays(59));
        QCOMPARE(tokens->refreshExpiresAt, tokens->accessExpiresAt);
        QVERIFY(tokens->scopes.contains(InstagramConnector::scope()));
        // Media insights (the only view count Instagram gives) are asked for at connect.
        QVERIFY(tokens->scopes.contains(InstagramConnector::insightsScope()));
        QCOMPARE(connector->itemHistory(*tokens), ItemHistoryKind::LifetimeTotals);

        const QUrl url = browser.openedUrls().value(0);
        const QUrl relay(ConnectorHarness::queryValue(url, QStringLiteral("redirect_uri")));
        QCOMPARE(relay, h.config.instagram.redirectUri);
        const QJsonObject state = decodeState(ConnectorHarness::queryValue(url, QStringLiteral("state")));
        const QUrl loopback(state.value(QLatin1String("redirect")).toString());
        QCOMPARE(loopback.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(state.value(QLatin1String("nonce")).toString().size() >= 43);
        // The browser went platform -> relay -> loopback listener.
        QVERIFY(std::any_of(browser.visitedUrls().cbegin(), browser.visitedUrls().cend(),
                            [&](const QUrl& u) { return u.path() == relay.path(); }));
        QVERIFY(browser.waitUntilIdle()); // the browser's own last page may still be on its way
        QCOMPARE(browser.lastUrl().port(), loopback.port());
        QCOMPARE(browser.lastStatus(), 200);

        auto account = awaitTask(connector->fetchAccount(*tokens));
        QVERIFY2(account, qPrintable(account ? QString() : describe(account.error())));
        QVERIFY(!account->accountId.isEmpty());
        QCOMPARE(account->handle, QStringLiteral("streamvibe.sandbox"));
        QCOMPARE(account->displayName, QStringLiteral("StreamVibe Sandbox"));
        QVERIFY(account->avatarUrl.isValid());
    }

    void relayNeedsAStreamVibeSession()
    {
        auto connector = h.make(Platform::Instagram);
        const QString saved = h.userToken;
        h.userToken.clear(); // signed out: the anon key is not enough for the exchange
        HttpBrowserLauncher browser;
        auto tokens = h.authorize(*connector, browser);
        h.userToken = saved;
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().kind, Kind::Config);
        QVERIFY(tokens.error().message.contains(QLatin1String("StreamVibe")));
    }

    void fullListingFollowsAfterCursors()
    {
        auto connector = h.make(Platform::Instagram);
        const PlatformTokens tokens = h.mintedTokens(Platform::Instagram);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        const auto listing = h.fetchAll(*connector, tokens, *acc);
        QVERIFY2(!listing.error, qPrintable(listing.error ? describe(*listing.error) : QString()));
        const QString problem = checkListing(listing.items, Items, Platform::Instagram, acc->accountId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(listing.pages, Items / InstagramConnector::PageSize);
        QSet<QString> kinds;
        for (const ContentItem& item : listing.items) {
            kinds.insert(item.kind);
            QVERIFY(item.url.startsWith(QLatin1String("https://www.instagram.com/p/")));
            QVERIFY(!item.description.isEmpty());
            QVERIFY(!item.description.startsWith(item.title) || !item.title.contains(QLatin1Char('\n')));
        }
        QVERIFY(kinds.contains(QStringLiteral("image")));
        QVERIFY(kinds.contains(QStringLiteral("reel")));
        QVERIFY(kinds.contains(QStringLiteral("carousel")));
    }

    /// The first page reads the account's followers_count beside it (the media listing alone is what the
    /// error cases below fault); later pages do not.
    void firstPageCarriesTheFollowerCount()
    {
        auto connector = h.make(Platform::Instagram);
        const PlatformTokens tokens = h.mintedTokens(Platform::Instagram);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        auto first = awaitTask(connector->fetchPage(tokens, *acc, QString()));
        QVERIFY(first);
        QCOMPARE(first->followers, std::optional<qint64>(48210));
        auto second = awaitTask(connector->fetchPage(tokens, *acc, first->nextCursor));
        QVERIFY(second);
        QCOMPARE(second->followers, std::nullopt);
    }

    void refreshStatisticsFindsKnownItemsAndSkipsDeletedOnes()
    {
        auto connector = h.make(Platform::Instagram);
        const PlatformTokens tokens = h.mintedTokens(Platform::Instagram);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        auto first = awaitTask(connector->fetchPage(tokens, *acc, QString()));
        QVERIFY(first);
        auto second = awaitTask(connector->fetchPage(tokens, *acc, first->nextCursor));
        QVERIFY(second);
        QList<ContentItem> expected = first->items.mid(10, 5) + second->items.mid(40, 5);
        QList<ContentItem> known;
        for (ContentItem item : expected) {
            item.likes = item.comments = 0;
            known.append(item);
        }
        ContentItem deleted = expected.last();
        deleted.externalId = QStringLiteral("17999999999999999");
        known.append(deleted);
        auto fresh = awaitTask(connector->refreshStatistics(tokens, *acc, known));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        QCOMPARE(fresh->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(fresh->at(i).externalId, expected[i].externalId);
            QCOMPARE(fresh->at(i).likes, expected[i].likes);
            QCOMPARE(fresh->at(i).comments, expected[i].comments);
        }
    }

    void refreshExchangesTheLongLivedToken()
    {
        auto connector = h.make(Platform::Instagram);
        HttpBrowserLauncher browser;
        auto tokens = h.authorize(*connector, browser);
        QVERIFY(tokens);
        auto fresh = awaitTask(connector->refresh(*tokens));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        QVERIFY(fresh->accessToken != tokens->accessToken);
        QVERIFY(fresh->accessExpiresAt.isValid());
        QCOMPARE(fresh->scopes, tokens->scopes);
        QVERIFY(awaitTask(connector->fetchAccount(*fresh)).hasValue());

        PlatformTokens bogus = *tokens;
        bogus.accessToken = QStringLiteral("IGAAnot-a-token");
        auto refused = awaitTask(connector->refresh(bogus));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::ReconnectNeeded);
    }

    void deniedConsentIsDenied() { h.expectConsentDenied(Platform::Instagram); }

    void forgedStateIsRefused()
    {
        auto connector = h.make(Platform::Instagram);
        HttpBrowserLauncher browser;
        // Same loopback target (so the relay forwards it), different nonce.
        browser.setUrlRewriter([](const QUrl& url) {
            QJsonObject state = decodeState(ConnectorHarness::queryValue(url, QStringLiteral("state")));
            state.insert(QStringLiteral("nonce"), QStringLiteral("forged"));
            const QByteArray forged =
                QJsonDocument(state)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            return ConnectorHarness::withQueryValue(url, QStringLiteral("state"),
                                                    QString::fromLatin1(forged));
        });
        auto result = h.authorize(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Config);
    }

    void cancelAuthorizeEndsTheAttempt()
    {
        auto connector = h.make(Platform::Instagram);
        HttpBrowserLauncher browser;
        auto result = h.authorizeCancelled(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Cancelled);
    }

    void errorEnvelopesMapToKinds_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("expired token (code 190)")
            << QStringLiteral("expire-token,path=/instagram/graph/v22.0/me/media,count=1")
            << int(Kind::Unauthorized) << 400;
        QTest::newRow("rate limit (code 4)")
            << QStringLiteral("quota,path=/instagram/graph/v22.0/me/media,count=3") << int(Kind::RateLimited)
            << 0;
        QTest::newRow("429") << QStringLiteral(
                                    "rate-limit,retry_after=1,path=/instagram/graph/v22.0/me/media,count=3")
                             << int(Kind::RateLimited) << 429;
        QTest::newRow("500") << QStringLiteral("status=500,path=/instagram/graph/v22.0/me/media,count=3")
                             << int(Kind::Server) << 500;
        QTest::newRow("503") << QStringLiteral("status=503,path=/instagram/graph/v22.0/me/media,count=3")
                             << int(Kind::Server) << 503;
        QTest::newRow("truncated") << QStringLiteral("truncate,path=/instagram/graph/v22.0/me/media,count=1")
                                   << int(Kind::Malformed) << 0;
        QTest::newRow("malformed") << QStringLiteral("malformed,path=/instagram/graph/v22.0/me/media,count=1")
                                   << int(Kind::Malformed) << 0;
    }

    void insightsAreParsedExactly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // views likes comments shares, "-" when empty; or "error"
        QTest::newRow("lifetime totals")
            << QByteArray(R"({"data": [{"name": "views", "period": "lifetime", "values": [{"value": 1234}],
               "title": "Views", "description": "d", "id": "1/insights/views/lifetime"},
               {"name": "reach", "period": "lifetime", "values": [{"value": 900}]},
               {"name": "likes", "period": "lifetime", "values": [{"value": 56}]},
               {"name": "comments", "period": "lifetime", "values": [{"value": 7}]},
               {"name": "shares", "period": "lifetime", "values": [{"value": 0}]}]})")
            << QStringLiteral("1234 56 7 0");
        QTest::newRow("views only") << QByteArray(
                                           R"({"data": [{"name": "views", "values": [{"value": 5}]}]})")
                                    << QStringLiteral("5 - - -");
        QTest::newRow("no metrics") << QByteArray(R"({"data": []})") << QStringLiteral("- - - -");
        QTest::newRow("string value")
            << QByteArray(R"({"data": [{"name": "views", "values": [{"value": "5"}]}]})")
            << QStringLiteral("error");
        QTest::newRow("negative") << QByteArray(R"({"data": [{"name": "likes", "values": [{"value": -1}]}]})")
                                  << QStringLiteral("error");
        QTest::newRow("no values") << QByteArray(R"({"data": [{"name": "views", "values": []}]})")
                                   << QStringLiteral("error");
        QTest::newRow("no name") << QByteArray(R"({"data": [{"values": [{"value": 1}]}]})")
                                 << QStringLiteral("error");
        QTest::newRow("data not an array") << QByteArray(R"({"data": {}})") << QStringLiteral("error");
    }

    void insightsAreParsedExactly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QDate day(2026, 11, 30);
        const auto point = InstagramConnector::parseInsights(QJsonDocument::fromJson(json).object(), day);
        auto n = [](const std::optional<qint64>& v) {
            return v ? QString::number(*v) : QStringLiteral("-");
        };
        const QString got =
            point ? QStringLiteral("%1 %2 %3 %4")
                        .arg(n(point->views), n(point->likes), n(point->comments), n(point->shares))
                  : QStringLiteral("error");
        QCOMPARE(got, expected);
        if (point)
            QCOMPARE(point->day, day);
    }

    /// The sandbox's media insights: lifetime totals consistent with the media's fields; without the
    /// insights permission Denied (no views, not a reconnect); the deprecated metrics refused as Graph does.
    void insightsGiveTodaysLifetimeTotals()
    {
        auto connector = h.make(Platform::Instagram);
        const PlatformTokens tokens = h.mintedTokens(Platform::Instagram);
        auto page = h.firstPage(*connector, tokens);
        QVERIFY(page);
        const ContentItem& item = page->items.first();
        auto points = awaitTask(connector->fetchItemHistory(tokens, item.externalId, QDate()));
        QVERIFY2(points, qPrintable(points ? QString() : describe(points.error())));
        QCOMPARE(points->size(), 1);
        const PlatformHistoryDay& p = points->first();
        QCOMPARE(p.day, QDateTime::currentDateTimeUtc().date());
        QVERIFY(p.views && *p.views > 0);
        QCOMPARE(p.likes, std::optional<qint64>(item.likes));
        QCOMPARE(p.comments, std::optional<qint64>(item.comments));
        QVERIFY(p.shares);

        const PlatformTokens basic = h.mintedTokens(Platform::Instagram, InstagramConnector::scope());
        auto denied = awaitTask(connector->fetchItemHistory(basic, item.externalId, QDate()));
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Kind::Denied);
        PlatformTokens known = basic;
        known.scopes = {InstagramConnector::scope()};
        QCOMPARE(connector->itemHistory(known), ItemHistoryKind::NotGranted);

        for (const char* deprecated : {"impressions", "plays", "views,impressions"}) {
            const QUrl url = h.sandbox->url(QStringLiteral("/instagram/graph/v22.0/%1/insights?metric=%2")
                                                .arg(item.externalId, QLatin1String(deprecated)));
            const auto reply = h.sandbox->request(
                "GET", url, {{"Authorization", "Bearer " + tokens.accessToken.toLatin1()}});
            QCOMPARE(reply.status, 400);
            const QJsonObject error = reply.json().object().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
            QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("views")));
        }
    }

    void errorEnvelopesMapToKinds()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(int, status);
        auto connector = h.make(Platform::Instagram);
        const PlatformTokens tokens = h.mintedTokens(Platform::Instagram);
        PlatformAccount acc;
        acc.platform = Platform::Instagram;
        acc.accountId = QStringLiteral("17841400000000000");
        auto page = h.firstPageWithFault(*connector, tokens, acc, fault);
        QVERIFY(!page);
        QCOMPARE(int(page.error().kind), kind);
        if (status)
            QCOMPARE(page.error().httpStatus, status);
        QVERIFY(!page.error().message.isEmpty());
        QVERIFY(!page.error().message.contains(tokens.accessToken));
        QVERIFY(!page.error().detail.contains(tokens.accessToken));
    }
};

QTEST_GUILESS_MAIN(TestInstagramConnector)
#include "TestInstagramConnector.moc"
