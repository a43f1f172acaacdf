#include "platforms/TikTokConnector.h"

#include "ConnectorHarness.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sv;
using namespace sv::test;
using Kind = PlatformError::Kind;

/// TikTokConnector against the sandbox's Login Kit for Desktop (hex SHA-256 PKCE challenge, loopback
/// redirect), the backend relay for exchange and refresh, and the Display API's cursor paging.
class TestTikTokConnector : public QObject
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

private slots:
    void initTestCase()
    {
        const QString error = h.start(Items);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { QVERIFY(h.reset()); }

    void authorizeUsesHexChallengeAndExchangesThroughTheRelay()
    {
        auto connector = h.make(Platform::TikTok);
        QVERIFY(!connector->supportsRevoke());
        HttpBrowserLauncher browser;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto tokens = h.authorize(*connector, browser);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : describe(tokens.error())));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY(!tokens->refreshToken.isEmpty());
        QVERIFY(tokens->accessExpiresAt > before.addSecs(86000));
        QVERIFY(tokens->refreshExpiresAt > before.addDays(300));
        // user.info.stats: the follower count.
        QCOMPARE(tokens->scopes,
                 (QStringList{QStringLiteral("user.info.basic"), QStringLiteral("user.info.stats"),
                              QStringLiteral("video.list")}));

        const QUrl url = browser.openedUrls().value(0);
        // TikTok desktop: HEX(SHA-256(verifier)), 64 lower-case hex digits, still called S256.
        const QString challenge = ConnectorHarness::queryValue(url, QStringLiteral("code_challenge"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(challenge).hasMatch());
        QCOMPARE(ConnectorHarness::queryValue(url, QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(!ConnectorHarness::queryValue(url, QStringLiteral("client_key")).isEmpty());
        QCOMPARE(QUrl(ConnectorHarness::queryValue(url, QStringLiteral("redirect_uri"))).host(),
                 QStringLiteral("127.0.0.1"));

        auto account = awaitTask(connector->fetchAccount(*tokens));
        QVERIFY2(account, qPrintable(account ? QString() : describe(account.error())));
        QVERIFY(!account->accountId.isEmpty());
        QCOMPARE(account->displayName, QStringLiteral("StreamVibe Sandbox"));
        QVERIFY(account->avatarUrl.isValid());
    }

    void fullListingFollowsCursorWhileHasMore()
    {
        auto connector = h.make(Platform::TikTok);
        const PlatformTokens tokens = h.mintedTokens(Platform::TikTok);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        const auto listing = h.fetchAll(*connector, tokens, *acc);
        QVERIFY2(!listing.error, qPrintable(listing.error ? describe(*listing.error) : QString()));
        const QString problem = checkListing(listing.items, Items, Platform::TikTok, acc->accountId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(listing.pages, Items / TikTokConnector::PageSize);
        for (const ContentItem& item : listing.items) {
            QVERIFY(item.durationS > 0);
            QVERIFY(!item.thumbnailUrl.isEmpty());
            QVERIFY(item.url.contains(item.externalId));
        }
    }

    /// The first page reads user/info's follower_count beside it (user.info.stats); later pages do not; a
    /// grant without the scope still lists, without a count.
    void firstPageCarriesTheFollowerCount()
    {
        auto connector = h.make(Platform::TikTok);
        const PlatformTokens tokens = h.mintedTokens(Platform::TikTok);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        auto first = awaitTask(connector->fetchPage(tokens, *acc, QString()));
        QVERIFY(first);
        QCOMPARE(first->followers, std::optional<qint64>(90210));
        auto second = awaitTask(connector->fetchPage(tokens, *acc, first->nextCursor));
        QVERIFY(second);
        QCOMPARE(second->followers, std::nullopt);

        const PlatformTokens basic =
            h.mintedTokens(Platform::TikTok, QStringLiteral("user.info.basic,video.list"));
        auto without = awaitTask(connector->fetchPage(basic, *acc, QString()));
        QVERIFY(without);
        QCOMPARE(without->items.size(), first->items.size());
        QCOMPARE(without->followers, std::nullopt);
    }

    void refreshStatisticsScansUntilTheOldestKnownItem()
    {
        auto connector = h.make(Platform::TikTok);
        const PlatformTokens tokens = h.mintedTokens(Platform::TikTok);
        auto acc = awaitTask(connector->fetchAccount(tokens));
        QVERIFY(acc);
        QList<ContentItem> recent;
        QString cursor;
        for (int p = 0; p < 3; ++p) {
            auto page = awaitTask(connector->fetchPage(tokens, *acc, cursor));
            QVERIFY(page);
            recent.append(page->items);
            cursor = page->nextCursor;
        }
        QList<ContentItem> known;
        for (ContentItem item : recent) {
            item.views = item.likes = item.comments = 0;
            known.append(item);
        }
        auto fresh = awaitTask(connector->refreshStatistics(tokens, *acc, known));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        QCOMPARE(fresh->size(), recent.size());
        for (qsizetype i = 0; i < recent.size(); ++i) {
            QCOMPARE(fresh->at(i).externalId, recent[i].externalId);
            QCOMPARE(fresh->at(i).views, recent[i].views);
            QCOMPARE(fresh->at(i).likes, recent[i].likes);
        }
    }

    void refreshGoesThroughTheRelay()
    {
        auto connector = h.make(Platform::TikTok);
        HttpBrowserLauncher browser;
        auto tokens = h.authorize(*connector, browser);
        QVERIFY(tokens);
        auto fresh = awaitTask(connector->refresh(*tokens));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : describe(fresh.error())));
        QVERIFY(fresh->accessToken != tokens->accessToken);
        QVERIFY(!fresh->refreshToken.isEmpty());
        QVERIFY(awaitTask(connector->fetchAccount(*fresh)).hasValue());

        PlatformTokens bogus = *tokens;
        bogus.refreshToken = QStringLiteral("rft.not-a-refresh-token");
        auto refused = awaitTask(connector->refresh(bogus));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::ReconnectNeeded);
    }

    void deniedConsentIsDenied() { h.expectConsentDenied(Platform::TikTok); }

    void forgedStateIsRefused()
    {
        auto connector = h.make(Platform::TikTok);
        HttpBrowserLauncher browser;
        browser.setUrlRewriter([](const QUrl& url) {
            return ConnectorHarness::withQueryValue(url, QStringLiteral("state"), QStringLiteral("forged"));
        });
        auto result = h.authorize(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Config);
    }

    void cancelAuthorizeEndsTheAttempt()
    {
        auto connector = h.make(Platform::TikTok);
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
        QTest::newRow("access_token_invalid")
            << QStringLiteral("expire-token,path=/tiktok/v2/video/list,count=1") << int(Kind::Unauthorized)
            << 401;
        QTest::newRow("rate_limit_exceeded")
            << QStringLiteral("quota,path=/tiktok/v2/video/list,count=3") << int(Kind::RateLimited) << 429;
        QTest::newRow("500") << QStringLiteral("status=500,path=/tiktok/v2/video/list,count=3")
                             << int(Kind::Server) << 500;
        QTest::newRow("503") << QStringLiteral("status=503,path=/tiktok/v2/video/list,count=3")
                             << int(Kind::Server) << 503;
        QTest::newRow("truncated") << QStringLiteral("truncate,path=/tiktok/v2/video/list,count=1")
                                   << int(Kind::Malformed) << 0;
        QTest::newRow("malformed") << QStringLiteral("malformed,path=/tiktok/v2/video/list,count=1")
                                   << int(Kind::Malformed) << 0;
    }

    void errorEnvelopesMapToKinds()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(int, status);
        auto connector = h.make(Platform::TikTok);
        const PlatformTokens tokens = h.mintedTokens(Platform::TikTok);
        PlatformAccount acc;
        acc.platform = Platform::TikTok;
        acc.accountId = QStringLiteral("open-id");
        auto page = h.firstPageWithFault(*connector, tokens, acc, fault);
        QVERIFY(!page);
        QCOMPARE(int(page.error().kind), kind);
        if (status)
            QCOMPARE(page.error().httpStatus, status);
        QVERIFY(!page.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTikTokConnector)
#include "TestTikTokConnector.moc"
