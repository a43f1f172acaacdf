#pragma once

#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "platforms/PlatformConnector.h"

#include "HttpBrowserLauncher.h"
#include "SandboxProcess.h"
#include "fixtures/AwaitTask.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <memory>

namespace sv::test {

inline QString describe(const PlatformError& e)
{
    return e.logString() + QStringLiteral(" | ") + e.message;
}

/// One sandbox, the app's HttpClient (retry waits recorded, never slept) and a BackendClient signed in
/// as the demo user (the OAuth relay needs a StreamVibe session), shared by a connector test class.
class ConnectorHarness
{
public:
    std::unique_ptr<SandboxProcess> sandbox;
    AppConfig config;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<BackendClient> backend;
    QString userToken;
    QList<std::chrono::milliseconds> delays;

    /// Starts the sandbox with `items` items per platform; returns an error text or an empty string.
    QString start(int items)
    {
        SandboxProcess::Options options;
        options.items = items;
        options.autoConsent = true;
        sandbox = std::make_unique<SandboxProcess>(options);
        if (!sandbox->start())
            return sandbox->errorString();
        auto loaded = AppConfig::load(sandbox->configFile());
        if (!loaded)
            return loaded.error().message;
        config = *loaded;
        http = std::make_unique<HttpClient>();
        http->setDelayFunction([this](std::chrono::milliseconds d) -> QCoro::Task<void> {
            delays << d;
            co_return;
        });
        backend = std::make_unique<BackendClient>(http.get(),
                                                  BackendConfig{config.backend.url, config.backend.anonKey});
        backend->setTokenProvider([this] { return userToken; });
        return signIn() ? QString() : QStringLiteral("demo sign-in failed");
    }

    bool signIn()
    {
        auto session = awaitTask(
            backend->signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        if (!session)
            return false;
        userToken = session->accessToken;
        return true;
    }

    /// Back to a clean state between test functions.
    bool reset()
    {
        delays.clear();
        return sandbox->clearFaults() &&
               sandbox->configure(QJsonObject{{QStringLiteral("auto_consent"), true},
                                              {QStringLiteral("youtube_daily_quota"), 1000000}});
    }

    std::unique_ptr<PlatformConnector> make(Platform platform)
    {
        return makeConnector(platform, config, http.get(), backend.get());
    }

    Result<PlatformTokens, PlatformError> authorize(PlatformConnector& connector,
                                                    HttpBrowserLauncher& browser)
    {
        return awaitTask(connector.authorize(&browser));
    }

    /// The consent page is shown and the user presses Deny.
    Result<PlatformTokens, PlatformError> authorizeDenied(PlatformConnector& connector,
                                                          HttpBrowserLauncher& browser)
    {
        if (!sandbox->configure(QJsonObject{{QStringLiteral("auto_consent"), false}}))
            return PlatformError::make(PlatformError::Kind::Server,
                                       QStringLiteral("sandbox configure failed"));
        browser.setDecision(HttpBrowserLauncher::Decision::Deny);
        return authorize(connector, browser);
    }

    /// Checks that a user who presses Deny on `platform`'s consent page gets a Denied error that says so,
    /// the page having really been shown and answered.
    void expectConsentDenied(Platform platform)
    {
        auto connector = make(platform);
        HttpBrowserLauncher browser;
        auto result = authorizeDenied(*connector, browser);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, PlatformError::Kind::Denied);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(std::any_of(browser.visitedUrls().cbegin(), browser.visitedUrls().cend(),
                            [](const QUrl& u) { return u.path().endsWith(QLatin1String("/consent")); }));
    }

    /// The browser shows the page but the user never finishes; the app cancels.
    Result<PlatformTokens, PlatformError> authorizeCancelled(PlatformConnector& connector,
                                                             HttpBrowserLauncher& browser)
    {
        browser.setNavigate(false);
        const auto cancelling = QObject::connect(
            &connector, &PlatformConnector::authorizationUrlReady, &connector,
            [&connector] { connector.cancelAuthorize(); }, Qt::QueuedConnection);
        auto result = authorize(connector, browser);
        QObject::disconnect(cancelling);
        return result;
    }

    /// The first page with `fault` injected (sandbox --fault syntax).
    Result<ContentPage, PlatformError> firstPageWithFault(PlatformConnector& connector,
                                                          const PlatformTokens& tokens,
                                                          const PlatformAccount& account,
                                                          const QString& fault)
    {
        if (!sandbox->addFault(fault))
            return PlatformError::make(PlatformError::Kind::Server,
                                       QStringLiteral("sandbox addFault failed"));
        return awaitTask(connector.fetchPage(tokens, account, QString()));
    }

    /// Tokens from the sandbox's control endpoint, granted `scope` when given (else every scope the app
    /// asks for; the scope list is left empty, as in tokens saved before scopes were kept).
    PlatformTokens mintedTokens(Platform platform, const std::optional<QString>& scope = std::nullopt)
    {
        PlatformTokens tokens;
        tokens.accessToken = sandbox->platformAccessToken(platformId(platform), scope);
        return tokens;
    }

    /// The account's first page (fetchAccount(), then fetchPage()).
    Result<ContentPage, PlatformError> firstPage(PlatformConnector& connector, const PlatformTokens& tokens)
    {
        auto account = awaitTask(connector.fetchAccount(tokens));
        if (!account)
            return account.error();
        return awaitTask(connector.fetchPage(tokens, *account, QString()));
    }

    struct Listing
    {
        QList<ContentItem> items;
        int pages = 0;
        std::optional<qint64> totalItems;
        std::optional<PlatformError> error;
    };

    /// Follows fetchPage() from the first page to the last.
    Listing fetchAll(PlatformConnector& connector, const PlatformTokens& tokens,
                     const PlatformAccount& account)
    {
        Listing listing;
        QString cursor;
        for (;;) {
            auto page = awaitTask(connector.fetchPage(tokens, account, cursor));
            if (!page) {
                listing.error = page.error();
                return listing;
            }
            ++listing.pages;
            if (!listing.totalItems)
                listing.totalItems = page->totalItems;
            listing.items.append(page->items);
            if (page->nextCursor.isEmpty())
                return listing;
            if (page->nextCursor == cursor) {
                listing.error =
                    PlatformError::make(PlatformError::Kind::Malformed, QStringLiteral("cursor loop"));
                return listing;
            }
            cursor = page->nextCursor;
        }
    }

    static QString queryValue(const QUrl& url, const QString& key)
    {
        return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
    }

    static QUrl withQueryValue(const QUrl& url, const QString& key, const QString& value)
    {
        QUrlQuery q(url);
        q.removeAllQueryItems(key);
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QUrl out = url;
        out.setQuery(q);
        return out;
    }
};

/// Checks a full listing: exactly `expected` items, no duplicate ids, strictly newest first.
inline QString checkListing(const QList<ContentItem>& items, qsizetype expected, Platform platform,
                            const QString& accountId)
{
    if (items.size() != expected)
        return QStringLiteral("expected %1 items, got %2").arg(expected).arg(items.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ContentItem& item = items[i];
        if (item.externalId.isEmpty() || ids.contains(item.externalId))
            return QStringLiteral("item %1: empty or duplicate id %2").arg(i).arg(item.externalId);
        ids.insert(item.externalId);
        if (item.platform != platform || item.account != accountId)
            return QStringLiteral("item %1: wrong platform or account").arg(i);
        if (!item.publishedAt.isValid())
            return QStringLiteral("item %1: no publication date").arg(i);
        if (i > 0 && !(item.publishedAt < items[i - 1].publishedAt))
            return QStringLiteral("item %1 is not older than item %2").arg(i).arg(i - 1);
        if (item.title.isEmpty() || item.url.isEmpty())
            return QStringLiteral("item %1: no title or url").arg(i);
    }
    return {};
}

} // namespace sv::test
