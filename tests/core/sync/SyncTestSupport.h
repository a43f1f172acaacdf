#pragma once

// Shared by the sync tests: a sandbox-backed environment with the profile's services as the app composes
// them (ProfileServices: the real connectors, keychain, library service, usage reporter and sync manager).
#include "HttpBrowserLauncher.h"
#include "SandboxProcess.h"

#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/LibraryService.h"
#include "platforms/PlatformConnector.h"
#include "secrets/SecretStore.h"
#include "services/ProfileServices.h"
#include "sync/AccountStore.h"
#include "sync/SyncManager.h"
#include "sync/UsageOutbox.h"
#include "sync/UsageReporter.h"

#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv::test {

/// Runs the event loop until `task` finishes and returns its value (QCoro::waitFor needs a
/// default-constructible T, which sv::Result is not).
template <typename T>
T awaitTask(QCoro::Task<T>&& task)
{
    std::optional<T> result;
    QEventLoop loop;
    auto continuation = std::move(task).then([&](T&& value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

/// Sandbox options with `items` items per platform.
inline SandboxProcess::Options sandboxOptions(int items)
{
    SandboxProcess::Options options;
    options.items = items;
    return options;
}

/// Everything a sync needs, wired to one sandbox, one signed-in user and one profile (its library file):
/// the profile's services (`services`, the composition root) and shortcuts to the ones the tests use.
struct SyncEnvironment
{
    QString service;     ///< keychain service of this environment (secret-tool: server attribute)
    QString profileDir;  ///< the profile's directory
    QString profileName; ///< the profile's id (its keychain scope), set by attach()
    AppConfig config;
    std::unique_ptr<ProfileServices> services;
    HttpClient* http = nullptr;
    BackendClient* backend = nullptr;
    SecretStore* secrets = nullptr;
    LibraryService* library = nullptr;
    AccountStore* store = nullptr;
    UsageReporter* reporter = nullptr;
    SyncManager* manager = nullptr;
    HttpBrowserLauncher browser;
    QString accessToken; ///< the signed-in StreamVibe user's token
    QString userId;      ///< the signed-in StreamVibe user's id
    QString libraryPath; ///< the profile's library.sqlite

    /// Builds the environment on the profile in `profileDirectory`; returns an error message or an empty
    /// string.
    QString setUp(SandboxProcess& sandbox, const QString& profileDirectory, const QString& email,
                  const QString& keychainService)
    {
        service = keychainService;
        profileDir = profileDirectory;
        auto loaded = AppConfig::load(sandbox.configFile());
        if (!loaded)
            return QStringLiteral("config: ") + loaded.error().message;
        config = loaded.value();
        const auto user = sandbox.createUser(email, QStringLiteral("pw-123456"));
        if (!user)
            return QStringLiteral("could not create the user");
        userId = user->userId;
        return attach(user->accessToken);
    }

    /// Builds the profile's services (config, profileDir and service already set) for the signed-in user
    /// whose token is `token`; returns an error message or an empty string. Another process on the same
    /// profile (tests' child processes) attaches this way.
    QString attach(const QString& token)
    {
        accessToken = token;
        if (!QDir().mkpath(profileDir))
            return QStringLiteral("cannot create the profile directory ") + profileDir;
        const Profile profile = Profile::resolve(profileDir);
        if (!profile.isValid())
            return profile.error();
        profileName = profile.id();
        libraryPath = profile.libraryPath();
        services = std::make_unique<ProfileServices>(config, profile, service);
        if (!services->isAvailable())
            return QStringLiteral("no backend configured");
        http = services->http();
        backend = services->backend();
        secrets = services->secrets();
        library = services->library();
        store = services->accounts();
        reporter = services->reporter();
        manager = services->syncManager();
        RetryPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(20);
        policy.maxDelay = std::chrono::milliseconds(200);
        http->setRetryPolicy(policy);
        // The user's token as given, in place of the (signed-out) session's.
        backend->setTokenProvider([token] { return token; });
        backend->setTokenRefresher({});
        if (auto opened = awaitTask(services->libraryReady()); !opened)
            return opened.error().message;
        SyncOptions options;
        options.retryDelay = std::chrono::milliseconds(20);
        options.maxRetryDelay = std::chrono::milliseconds(1500);
        manager->setOptions(options);
        return {};
    }

    /// The signed-in user's `used` units (subscription_settings through PostgREST).
    qint64 used(SandboxProcess& sandbox) const
    {
        const auto reply =
            sandbox.request("GET", sandbox.url(QStringLiteral("/rest/v1/subscription_settings?select=used")),
                            {{"apikey", config.backend.anonKey.toUtf8()},
                             {"Authorization", "Bearer " + accessToken.toUtf8()}});
        const QJsonArray rows = reply.json().array();
        return rows.isEmpty() ? -1 : rows.first().toObject().value(QStringLiteral("used")).toInteger(-1);
    }

    /// Units the backend recorded for the signed-in user, per platform id (quota_usage_history, every day).
    QHash<QString, qint64> usageByPlatform(SandboxProcess& sandbox) const
    {
        const auto reply = sandbox.request(
            "GET", sandbox.url(QStringLiteral("/rest/v1/quota_usage_history?select=platform,units")),
            {{"apikey", config.backend.anonKey.toUtf8()},
             {"Authorization", "Bearer " + accessToken.toUtf8()}});
        QHash<QString, qint64> units;
        const QJsonArray rows = reply.json().array();
        for (const QJsonValue& row : rows)
            units[row[QLatin1String("platform")].toString()] += row[QLatin1String("units")].toInteger();
        return units;
    }

    /// Units in the library's usage outbox, not yet confirmed by the backend (-1 on error).
    qint64 pendingUnits()
    {
        return awaitTask(library->run<qint64>([](LibraryDatabase& db) {
            const auto pending = UsageOutbox::pendingUnits(db, {});
            return pending ? pending.value() : qint64(-1);
        }));
    }

    /// The result JSON of every platform_sync audit_log row, oldest first (read through the library).
    QList<QJsonObject> auditResults()
    {
        return awaitTask(library->run<QList<QJsonObject>>([](LibraryDatabase& db) {
            QList<QJsonObject> results;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral(
                    "SELECT result FROM audit_log WHERE action = 'platform_sync' ORDER BY id")))
                return results;
            while (q.next())
                results.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            return results;
        }));
    }

    /// Every external id the platform lists for the connected account, walked page by page with the
    /// connector itself (the oracle; run it without faults).
    QSet<QString> platformIds(Platform platform)
    {
        QSet<QString> ids;
        const auto account = manager->account(platform);
        if (!account)
            return ids;
        const auto tokens = awaitTask(store->readTokens(platform, account->accountId));
        if (!tokens || !tokens.value())
            return ids;
        PlatformConnector* c = manager->connector(platform);
        PlatformAccount pa;
        pa.platform = platform;
        pa.accountId = account->accountId;
        QString cursor;
        for (int guard = 0; guard < 10000; ++guard) {
            auto page = awaitTask(c->fetchPage(*tokens.value(), pa, cursor));
            if (!page)
                return {};
            for (const ContentItem& item : page->items)
                ids.insert(item.externalId);
            if (page->nextCursor.isEmpty())
                break;
            cursor = page->nextCursor;
        }
        return ids;
    }

    /// The external ids the library holds for the platform (a separate connection, as another reader).
    QSet<QString> libraryIds(Platform platform)
    {
        struct Ids
        {
            QSet<QString> ids;
            int duplicates = 0;
        };
        const Ids got = awaitTask(library->run<Ids>([platform](LibraryDatabase& db) {
            Ids out;
            SearchQuery q;
            q.platforms = {platform};
            q.limit = 10000;
            const auto r = db.search(q);
            if (!r)
                return out;
            for (const ContentItem& item : r->items) {
                if (out.ids.contains(item.externalId))
                    ++out.duplicates;
                out.ids.insert(item.externalId);
            }
            return out;
        }));
        return got.duplicates == 0 ? got.ids : QSet<QString>();
    }

    Result<LibraryAccount, QString> connect(Platform platform)
    {
        return awaitTask(manager->connectPlatform(platform, &browser));
    }

    SyncOutcome sync(Platform platform)
    {
        const QList<SyncOutcome> outcomes = awaitTask(manager->syncAndWait({platform}));
        return outcomes.isEmpty() ? SyncOutcome{} : outcomes.first();
    }

    /// `secret-tool search --all server <service>` output (the keychain as another program sees it).
    QString keychainListing() const
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
};

inline QString describe(const SyncOutcome& o)
{
    return QStringLiteral("%1 %2: %3 (pages %4, items %5)")
        .arg(platformId(o.platform), SyncOutcome::statusId(o.status), o.errorMessage)
        .arg(o.progress.pages)
        .arg(o.progress.items);
}

} // namespace sv::test
