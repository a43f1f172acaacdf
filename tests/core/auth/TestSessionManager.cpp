#include "auth/SessionManager.h"

#include "Clock.h"
#include "backend/BackendClient.h"
#include "backend/HttpClient.h"
#include "cache/LayeredCache.h"
#include "cache/LibraryCacheStore.h"
#include "cache/SqliteCacheStore.h"
#include "config/Profile.h"
#include "library/LibraryDatabase.h"
#include "secrets/SecretStore.h"
#include "sync/AccountStore.h"

#include "BrowserDrivers.h"
#include "SandboxProcess.h"
#include "SessionTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::awaitResult;
using sv::test::keychainEntryCount;
using sv::test::keychainSession;
using sv::test::SandboxProcess;

namespace {

constexpr const char* kChildSwitch = "STREAMVIBE_SESSION_NO_SERVICE_CHILD";
constexpr const char* kChildUrl = "STREAMVIBE_SESSION_CHILD_SANDBOX_URL";
constexpr const char* kChildAnonKey = "STREAMVIBE_SESSION_CHILD_ANON_KEY";

/// One app instance's session stack, as the composition builds it.
struct Client
{
    HttpClient http;
    BackendClient backend;
    SecretStore secrets;
    SessionManager session;

    Client(const QUrl& baseUrl, const QString& anonKey, const SecretScope& profile)
        : backend(&http, BackendConfig{baseUrl, anonKey})
        , session(&backend, &secrets, profile)
    {
        // Retries of idempotent requests do not wait (the retry policy itself is tested elsewhere).
        http.setDelayFunction([](std::chrono::milliseconds) -> QCoro::Task<void> { co_return; });
    }
};

QString errorText(const AuthError& e)
{
    return e.kindName() + QStringLiteral(": ") + e.message + QStringLiteral(" [") + e.detail +
           QLatin1Char(']');
}

/// A library with a user-scoped and a shared cache entry, in a temporary profile directory.
struct ProfileWithCache
{
    QTemporaryDir dir;
    LibraryDatabase db;
    std::unique_ptr<LayeredCache> cache;

    bool open()
    {
        LibraryCacheStore::attach(db); // the cache's table
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("library.sqlite"))))
            return false;
        cache = std::make_unique<LayeredCache>(std::make_unique<SqliteCacheStore>(db.connection()));
        return true;
    }
    static LayeredCache::Key userKey(const QString& userId)
    {
        return {DataType::Subscription, userId, QStringLiteral("settings")};
    }
    static LayeredCache::Key sharedKey() { return {DataType::Plans, QString(), QStringLiteral("all")}; }
};

/// As the composition root (ProfileServices) wires it: the user's cache scope goes when the session ends.
void purgeOnUserDataPurged(SessionManager& session, LayeredCache& cache)
{
    QObject::connect(&session, &SessionManager::userDataPurged, &session,
                     [&cache](const QString& userId) { cache.purgeScope(userId); });
}

} // namespace

/// SessionManager against the real sandbox and a real Secret Service (gnome-keyring on a private bus).
class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_profiles = 0;

    QString newProfile() { return QStringLiteral("session-test-%1").arg(++m_profiles); }
    std::unique_ptr<Client> client(const SecretScope& profile)
    {
        return std::make_unique<Client>(m_sandbox->baseUrl(), m_sandbox->anonKey(), profile);
    }
    bool signInDemo(Client& c)
    {
        const auto r = awaitResult(
            c.session.signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        if (!r)
            qWarning() << errorText(r.error());
        return r.hasValue();
    }
    int userStatus(const QString& accessToken)
    {
        return m_sandbox
            ->request("GET", m_sandbox->url(QStringLiteral("/auth/v1/user")),
                      {{"apikey", m_sandbox->anonKey().toUtf8()},
                       {"Authorization", "Bearer " + accessToken.toUtf8()}})
            .status;
    }
    SandboxProcess::Reply rawRefresh(const QString& refreshToken)
    {
        return m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/auth/v1/token?grant_type=refresh_token")),
            {{"apikey", m_sandbox->anonKey().toUtf8()}, {"Content-Type", "application/json"}},
            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refreshToken}})
                .toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            return;
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch) &&
            !QByteArray(QTest::currentTestFunction()).endsWith("Child"))
            QSKIP("parent-only test");
        if (!qEnvironmentVariableIsSet(kChildSwitch) &&
            QByteArray(QTest::currentTestFunction()).endsWith("Child"))
            QSKIP("runs as a child process");
    }

    void cleanup()
    {
        if (m_sandbox && m_sandbox->isRunning()) {
            m_sandbox->clearFaults();
            m_sandbox->configure(
                {{QStringLiteral("token_ttl"), 3600}, {QStringLiteral("refresh_reuse_grace"), 10}});
        }
    }

    void passwordSignInKeepsTheSessionInTheKeychain()
    {
        const QString profile = newProfile();
        auto c = client(profile);
        QSignalSpy states(&c->session, &SessionManager::stateChanged);
        QSignalSpy signedIn(&c->session, &SessionManager::signedIn);
        QCOMPARE(c->session.state(), SessionManager::State::SignedOut);
        QVERIFY(c->session.accessToken().isEmpty());

        const auto r = awaitResult(
            c->session.signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        QCOMPARE(r->email, SandboxProcess::demoEmail());
        QVERIFY(c->session.isSignedIn());
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.at(0).at(0).value<SessionManager::State>(), SessionManager::State::SignedIn);
        QCOMPARE(c->session.user().email, SandboxProcess::demoEmail());

        // The whole session is in the keychain, under the profile's key, as secret-tool sees it.
        QCOMPARE(c->session.sessionKey().toString(), profile + QStringLiteral("/supabase/session"));
        const QJsonObject stored = keychainSession(c->session.sessionKey().toString());
        QVERIFY2(!stored.isEmpty(), "no session entry in the keychain");
        QCOMPARE(stored.value(QStringLiteral("access_token")).toString(), c->session.accessToken());
        QVERIFY(!stored.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(stored.value(QStringLiteral("expires_at")).toInteger(),
                 c->session.expiresAt().toSecsSinceEpoch());
        QCOMPARE(stored.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
                 r->id);
        QCOMPARE(stored.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
                 SandboxProcess::demoEmail());

        // The backend uses the session's token (the manager is its token provider).
        const auto me = awaitResult(c->backend.user());
        QVERIFY2(me, me ? "" : qPrintable(me.error().logString()));
        QCOMPARE(me->id, r->id);
        // The token is fresh: no refresh is needed, and the refresh is planned one margin before expiry.
        const auto token = awaitResult(c->session.freshAccessToken());
        QVERIFY(token);
        QCOMPARE(token.value(), c->session.accessToken());
        QCOMPARE(
            c->session.nextRefreshAt().toSecsSinceEpoch(),
            c->session.expiresAt().addSecs(-SessionManager::DefaultRefreshMargin.count()).toSecsSinceEpoch());
    }

    void wrongPasswordIsReportedAndNothingIsStored()
    {
        auto c = client(newProfile());
        QSignalSpy states(&c->session, &SessionManager::stateChanged);
        const auto r = awaitResult(
            c->session.signInWithPassword(SandboxProcess::demoEmail(), QStringLiteral("wrong-pw")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AuthError::Kind::InvalidCredentials);
        QCOMPARE(r.error().message, QStringLiteral("The e-mail address or the password is wrong."));
        QVERIFY(!r.error().detail.contains(QStringLiteral("wrong-pw")));
        QVERIFY(!c->session.isSignedIn());
        QCOMPARE(states.size(), 0);
        QCOMPARE(keychainEntryCount(c->session.sessionKey().toString()), 0);

        // Legacy GoTrue error bodies read the same.
        QVERIFY(m_sandbox->configure({{QStringLiteral("legacy_auth_errors"), true}}));
        const auto legacy = awaitResult(
            c->session.signInWithPassword(SandboxProcess::demoEmail(), QStringLiteral("wrong-pw")));
        QVERIFY(m_sandbox->configure({{QStringLiteral("legacy_auth_errors"), false}}));
        QVERIFY(!legacy);
        QCOMPARE(legacy.error().kind, AuthError::Kind::InvalidCredentials);
    }

    void signUpSignsInAndReportsItsErrors()
    {
        auto c = client(newProfile());
        const QString email =
            QStringLiteral("new-user-%1@example.test").arg(QDateTime::currentMSecsSinceEpoch());
        const auto r = awaitResult(c->session.signUp(email, QStringLiteral("a-good-password")));
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
        QVERIFY(!r->confirmationPending);
        QCOMPARE(r->user.email, email);
        QVERIFY(c->session.isSignedIn());
        QCOMPARE(keychainSession(c->session.sessionKey().toString())
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 email);

        auto other = client(newProfile());
        const auto again = awaitResult(other->session.signUp(email, QStringLiteral("a-good-password")));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, AuthError::Kind::UserExists);
        const auto weak =
            awaitResult(other->session.signUp(QStringLiteral("weak@example.test"), QStringLiteral("123")));
        QVERIFY(!weak);
        QCOMPARE(weak.error().kind, AuthError::Kind::WeakPassword);
        const auto badEmail = awaitResult(
            other->session.signUp(QStringLiteral("not-an-email"), QStringLiteral("a-good-password")));
        QVERIFY(!badEmail);
        QCOMPARE(badEmail.error().kind, AuthError::Kind::InvalidEmail);
        QVERIFY(!other->session.isSignedIn());
        QCOMPARE(keychainEntryCount(other->session.sessionKey().toString()), 0);
    }

    void restoreNeedsNoNetwork()
    {
        // A sandbox of its own, stopped before the restore.
        auto sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
        const QUrl base = sandbox->baseUrl();
        const QString anonKey = sandbox->anonKey();
        const QString profile = newProfile();
        QString userId;
        QString accessToken;
        {
            Client first(base, anonKey, profile);
            const auto r = awaitResult(first.session.signInWithPassword(SandboxProcess::demoEmail(),
                                                                        SandboxProcess::demoPassword()));
            QVERIFY2(r, r ? "" : qPrintable(errorText(r.error())));
            userId = r->id;
            accessToken = first.session.accessToken();
        }
        sandbox.reset(); // the server is gone: every request now fails with "connection refused"

        Client second(base, anonKey, profile);
        QSignalSpy states(&second.session, &SessionManager::stateChanged);
        const auto restored = awaitResult(second.session.restore());
        QVERIFY2(restored, restored ? "" : qPrintable(errorText(restored.error())));
        QCOMPARE(restored->id, userId);
        QCOMPARE(restored->email, SandboxProcess::demoEmail());
        QVERIFY(second.session.isSignedIn());
        QVERIFY(!second.session.isOffline()); // nothing needed the network
        QCOMPARE(second.session.accessToken(), accessToken);
        QCOMPARE(states.size(), 2); // Restoring, SignedIn
        QCOMPARE(states.at(0).at(0).value<SessionManager::State>(), SessionManager::State::Restoring);

        // An expired access token while offline: still signed in, offline, retrying in the background.
        ManualClock later(QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000);
        Client third(base, anonKey, profile);
        third.session.setClock(&later);
        third.session.setRetryBackoff(1h, 2h); // the retry must not fire during the test
        QSignalSpy offline(&third.session, &SessionManager::offlineChanged);
        QSignalSpy refreshFailed(&third.session, &SessionManager::refreshFailed);
        QSignalSpy signedOut(&third.session, &SessionManager::signedOut);
        const auto expired = awaitResult(third.session.restore());
        QVERIFY2(expired, expired ? "" : qPrintable(errorText(expired.error())));
        QVERIFY(third.session.isSignedIn());
        QVERIFY(third.session.isOffline());
        QCOMPARE(offline.size(), 1);
        QCOMPARE(refreshFailed.size(), 1);
        QCOMPARE(refreshFailed.at(0).at(0).value<AuthError>().kind, AuthError::Kind::Network);
        QCOMPARE(signedOut.size(), 0);
        QCOMPARE(third.session.nextRefreshAt(), later.now().addSecs(3600));
        const auto token = awaitResult(third.session.freshAccessToken());
        QVERIFY(!token);
        QCOMPARE(token.error().kind, AuthError::Kind::Network);
        QVERIFY(third.session.isSignedIn());
        // The saved session is kept for when the network is back.
        QCOMPARE(keychainEntryCount(third.session.sessionKey().toString()), 1);
    }

    void restoreWithoutSavedSession()
    {
        auto c = client(newProfile());
        const auto r = awaitResult(c->session.restore());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AuthError::Kind::NotSignedIn);
        QCOMPARE(c->session.state(), SessionManager::State::SignedOut);

        // A damaged entry is removed and reads as signed out.
        SecretStore store;
        QVERIFY(awaitResult(store.write(c->session.sessionKey(), "{not json")).hasValue());
        const auto damaged = awaitResult(c->session.restore());
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().kind, AuthError::Kind::NotSignedIn);
        QCOMPARE(keychainEntryCount(c->session.sessionKey().toString()), 0);
    }

    void refreshRunsBeforeExpiry()
    {
        QVERIFY(m_sandbox->configure({{QStringLiteral("token_ttl"), 15}}));
        auto c = client(newProfile());
        c->session.setRefreshMargin(10s); // due five seconds after sign-in
        QVERIFY(signInDemo(*c));
        QVERIFY(c->session.nextRefreshAt().isValid());
        QVERIFY(c->session.nextRefreshAt() <= c->session.expiresAt().addSecs(-10));
        const QString firstAccess = c->session.accessToken();
        const QString firstRefresh = keychainSession(c->session.sessionKey().toString())
                                         .value(QStringLiteral("refresh_token"))
                                         .toString();
        const QDateTime firstExpiry = c->session.expiresAt();

        QSignalSpy refreshed(&c->session, &SessionManager::sessionRefreshed);
        QVERIFY(refreshed.wait(20000));
        // Hold the next refresh off while checking (the new token lives 15 s too).
        ManualClock past(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        c->session.setClock(&past);
        QVERIFY(c->session.isSignedIn());
        QVERIFY(c->session.accessToken() != firstAccess);
        QVERIFY(c->session.expiresAt() >= firstExpiry);
        const QJsonObject stored = keychainSession(c->session.sessionKey().toString());
        QCOMPARE(stored.value(QStringLiteral("access_token")).toString(), c->session.accessToken());
        QVERIFY(stored.value(QStringLiteral("refresh_token")).toString() != firstRefresh);
        QCOMPARE(userStatus(c->session.accessToken()), 200);
    }

    void freshAccessTokenRefreshesWithinTheMargin()
    {
        auto c = client(newProfile());
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        c->session.setClock(&clock);
        QVERIFY(signInDemo(*c));
        const QString first = c->session.accessToken();
        QCOMPARE(awaitResult(c->session.freshAccessToken()).value(), first);

        clock.setNowMs(c->session.expiresAt().toMSecsSinceEpoch() - 30'000); // within the 60 s margin
        // The new token lives longer, so that it is not due again at once on the moved clock.
        QVERIFY(m_sandbox->configure({{QStringLiteral("token_ttl"), 7200}}));
        QSignalSpy refreshed(&c->session, &SessionManager::sessionRefreshed);
        // Two callers at once share one refresh.
        std::optional<Result<QString, AuthError>> a;
        std::optional<Result<QString, AuthError>> b;
        auto callA = [&]() -> QCoro::Task<> {
            a.emplace(co_await c->session.freshAccessToken());
        };
        auto callB = [&]() -> QCoro::Task<> {
            b.emplace(co_await c->session.freshAccessToken());
        };
        auto taskA = callA();
        auto taskB = callB();
        QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 20000);
        QVERIFY2(a->hasValue(), a->hasValue() ? "" : qPrintable(errorText(a->error())));
        QVERIFY(b->hasValue());
        QCOMPARE(a->value(), b->value());
        QVERIFY(a->value() != first);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(keychainSession(c->session.sessionKey().toString())
                     .value(QStringLiteral("access_token"))
                     .toString(),
                 a->value());
    }

    void rotationRetiresTheOldRefreshToken()
    {
        auto c = client(newProfile());
        QVERIFY(signInDemo(*c));
        const QString key = c->session.sessionKey().toString();
        const QString r0 = keychainSession(key).value(QStringLiteral("refresh_token")).toString();
        const auto refreshed = awaitResult(c->session.refreshNow());
        QVERIFY2(refreshed, refreshed ? "" : qPrintable(errorText(refreshed.error())));
        const QString r1 = keychainSession(key).value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!r1.isEmpty());
        QVERIFY(r1 != r0);

        // Past the reuse interval the old token is refused, and that revokes the whole session family.
        QVERIFY(m_sandbox->setRefreshReuseGrace(0));
        const auto reuse = rawRefresh(r0);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json().object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("refresh_token_already_used"));
    }

    void refusedRefreshSignsOutAndKeepsTheLibrary()
    {
        ProfileWithCache profile;
        QVERIFY(profile.open());
        auto c = client(newProfile());
        purgeOnUserDataPurged(c->session, *profile.cache);
        QVERIFY(signInDemo(*c));
        const QString userId = c->session.user().id;
        QVERIFY(profile.cache->put(ProfileWithCache::userKey(userId), "{\"plan\":\"basic\"}"));
        QVERIFY(profile.cache->put(ProfileWithCache::sharedKey(), "[]"));
        const QString key = c->session.sessionKey().toString();
        const QString r0 = keychainSession(key).value(QStringLiteral("refresh_token")).toString();

        // Someone replays a refresh token after the grace period (e.g. a stolen copy): the server revokes the
        // session, and the next refresh of the app is refused.
        QVERIFY(awaitResult(c->session.refreshNow()).hasValue());
        QVERIFY(m_sandbox->setRefreshReuseGrace(0));
        QCOMPARE(rawRefresh(r0).status, 400);

        QSignalSpy signedOut(&c->session, &SessionManager::signedOut);
        QSignalSpy purged(&c->session, &SessionManager::userDataPurged);
        const auto refused = awaitResult(c->session.refreshNow());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, AuthError::Kind::SessionExpired);
        QVERIFY(!c->session.isSignedIn());
        QVERIFY(c->session.accessToken().isEmpty());
        QCOMPARE(signedOut.size(), 1);
        const QString reason = signedOut.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("Your session has ended")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("your local library is unchanged")));
        QCOMPARE(purged.size(), 1);
        QCOMPARE(purged.at(0).at(0).toString(), userId);
        QTRY_COMPARE_WITH_TIMEOUT(keychainEntryCount(key), 0, 10000);
        // The user's cached data is gone; shared data and the library stay.
        QVERIFY(!profile.cache->peek(ProfileWithCache::userKey(userId)).has_value());
        QVERIFY(profile.cache->peek(ProfileWithCache::sharedKey()).has_value());
        QVERIFY(profile.db.connection().isOpen());
        QVERIFY(QFileInfo::exists(profile.dir.filePath(QStringLiteral("library.sqlite"))));
        // A new start finds nobody signed in.
        auto restarted = client(c->session.profileName());
        QCOMPARE(awaitResult(restarted->session.restore()).error().kind, AuthError::Kind::NotSignedIn);
    }

    void anotherProcessRotationIsAdopted()
    {
        // The CLI and the app share the keychain entry: a refresh in one must not make the other replay a
        // spent refresh token (which would revoke the session).
        QVERIFY(m_sandbox->setRefreshReuseGrace(0));
        const QString profile = newProfile();
        auto app = client(profile);
        QVERIFY(signInDemo(*app));
        auto cli = client(profile);
        QVERIFY(awaitResult(cli->session.restore()).hasValue());

        QVERIFY(awaitResult(cli->session.refreshNow()).hasValue()); // the CLI rotates
        QSignalSpy appRefreshed(&app->session, &SessionManager::sessionRefreshed);
        const auto adopted = awaitResult(app->session.refreshNow());
        QVERIFY2(adopted, adopted ? "" : qPrintable(errorText(adopted.error())));
        QCOMPARE(adopted.value(), cli->session.accessToken()); // adopted, no replay
        QCOMPARE(appRefreshed.size(), 1);
        QVERIFY(app->session.isSignedIn());

        // Now the app's copy is current and about to expire: it refreshes with the rotated token.
        ManualClock late(app->session.expiresAt().toMSecsSinceEpoch() - 10'000);
        app->session.setClock(&late);
        const auto rotated = awaitResult(app->session.freshAccessToken());
        QVERIFY2(rotated, rotated ? "" : qPrintable(errorText(rotated.error())));
        QVERIFY(rotated.value() != cli->session.accessToken());
        QCOMPARE(userStatus(rotated.value()), 200);
        // And the CLI follows again from the keychain.
        QVERIFY(awaitResult(cli->session.refreshNow()).hasValue());
        QCOMPARE(cli->session.accessToken(), app->session.accessToken());
        QVERIFY(app->session.isSignedIn() && cli->session.isSignedIn());
    }

    /// Issue 13, defect 4: the server refuses an access token that is still valid locally (revoked or expired
    /// early). The session is refreshed once, the refused request is sent once more with the new token, and
    /// later requests use it: no "session has expired" until the local expiry time.
    void refusedAccessTokenIsRefreshedOnceAndTheRequestRetried()
    {
        auto c = client(newProfile());
        QVERIFY(signInDemo(*c));
        const QString key = c->session.sessionKey().toString();
        const QString refused = c->session.accessToken();
        QSignalSpy refreshed(&c->session, &SessionManager::sessionRefreshed);
        QSignalSpy signedOut(&c->session, &SessionManager::signedOut);

        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        RestQuery query(QStringLiteral("subscription_settings"), QStringLiteral("plan,quota,used"));
        const auto rows = awaitResult(c->backend.select(query));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().logString()));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows.first().toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("basic"));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(signedOut.size(), 0);
        QVERIFY(c->session.isSignedIn());
        QVERIFY(c->session.accessToken() != refused);
        QCOMPARE(userStatus(refused), 403); // the server really refuses the old token
        // The rotated session is the one in the keychain.
        QCOMPARE(keychainSession(key).value(QStringLiteral("access_token")).toString(),
                 c->session.accessToken());

        // Later calls (PostgREST, RPC, functions, GoTrue) work with the new token, without another refresh.
        QVERIFY(awaitResult(c->backend.select(query)).hasValue());
        QVERIFY(awaitResult(c->backend.invokeFunction(QStringLiteral("list-invoices"))).hasValue());
        QVERIFY(awaitResult(c->backend.user()).hasValue());
        QCOMPARE(refreshed.size(), 1);

        // Several requests refused together share one refresh.
        const QString second = c->session.accessToken();
        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        std::optional<Result<RestResult, ApiError>> a;
        std::optional<Result<RestResult, ApiError>> b;
        auto callA = [&]() -> QCoro::Task<> {
            a.emplace(co_await c->backend.select(query));
        };
        auto callB = [&]() -> QCoro::Task<> {
            b.emplace(co_await c->backend.select(query));
        };
        auto taskA = callA();
        auto taskB = callB();
        QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 20000);
        QVERIFY2(a->hasValue(), a->hasValue() ? "" : qPrintable(a->error().logString()));
        QVERIFY2(b->hasValue(), b->hasValue() ? "" : qPrintable(b->error().logString()));
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(c->session.accessToken() != second);
    }

    /// The retry after a refused token is safe for the usage RPC: the refused call was not counted, the
    /// retried one is counted once (its idempotency key), and a token the server keeps refusing is retried
    /// only once.
    void refusedTokenRetryCountsUsageOnceAndOnlyOnce()
    {
        auto c = client(newProfile());
        QVERIFY(signInDemo(*c));
        const auto used = [&]() -> qint64 {
            const auto rows = awaitResult(c->backend.select(
                RestQuery(QStringLiteral("subscription_settings"), QStringLiteral("used"))));
            return rows && !rows->rows.isEmpty()
                       ? rows->rows.first().toObject().value(QStringLiteral("used")).toInteger(-1)
                       : -1;
        };
        const qint64 before = used();
        QVERIFY(before >= 0);
        QSignalSpy refreshed(&c->session, &SessionManager::sessionRefreshed);
        const QJsonObject args{{QStringLiteral("p_units"), 7},
                               {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                               {QStringLiteral("p_idempotency_key"),
                                QStringLiteral("refused-token-%1").arg(QDateTime::currentMSecsSinceEpoch())}};
        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1/rpc,count=1")));
        const auto reported = awaitResult(c->backend.rpc(QStringLiteral("increment_usage"), args, true));
        QVERIFY2(reported, reported ? "" : qPrintable(reported.error().logString()));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(used(), before + 7);

        // A server that refuses every token: one refresh, one retry, then the 401 is the answer.
        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1/rpc")));
        const auto refusedTwice = awaitResult(c->backend.rpc(QStringLiteral("increment_usage"), args, true));
        QVERIFY(!refusedTwice);
        QVERIFY(refusedTwice.error().isUnauthorized());
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(m_sandbox->clearFaults());
        QCOMPARE(used(), before + 7);
        QVERIFY(c->session.isSignedIn());
    }

    /// A refused token whose refresh is refused too signs out, as any refused refresh does.
    void refusedTokenAndRefusedRefreshSignOut()
    {
        auto c = client(newProfile());
        QVERIFY(signInDemo(*c));
        const QString key = c->session.sessionKey().toString();
        QSignalSpy signedOut(&c->session, &SessionManager::signedOut);
        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=400,path=/auth/v1/token,count=1")));
        const auto rows = awaitResult(c->backend.select(RestQuery(QStringLiteral("subscription_settings"))));
        QVERIFY(!rows);
        QVERIFY(rows.error().isUnauthorized());
        QVERIFY(!c->session.isSignedIn());
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(signedOut.at(0).at(0).toString().contains(QStringLiteral("Your session has ended")));
        QTRY_COMPARE_WITH_TIMEOUT(keychainEntryCount(key), 0, 10000);
    }

    /// Issue 13, defect 5: two profiles whose folders have the same name (/a/pA, /b/pA) keep their own
    /// keychain entries: sign-in, platform tokens and sign-out in one leave the other as it was. Each is
    /// opened twice, as the GUI and the CLI do, both through Profile::secretScope().
    void profilesWithTheSameFolderNameKeepTheirOwnEntries()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const Profile a = Profile::resolve(root.filePath(QStringLiteral("a/pA")));
        const Profile b = Profile::resolve(root.filePath(QStringLiteral("b/pA")));
        QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
        QCOMPARE(a.name(), b.name());
        auto appA = client(a.secretScope());
        auto appB = client(b.secretScope());
        QVERIFY(appA->session.sessionKey() != appB->session.sessionKey());

        QVERIFY(signInDemo(*appA));
        QCOMPARE(awaitResult(appB->session.restore()).error().kind, AuthError::Kind::NotSignedIn);
        const QString otherEmail =
            QStringLiteral("same-name-%1@example.test").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(awaitResult(appB->session.signUp(otherEmail, QStringLiteral("pw-123456"))).hasValue());
        auto cliA = client(Profile::resolve(a.directory()).secretScope());
        QCOMPARE(awaitResult(cliA->session.restore()).value().email, SandboxProcess::demoEmail());

        // Platform tokens (connect / disconnect).
        AccountStore storeA(nullptr, &appA->secrets, a.secretScope());
        AccountStore storeB(nullptr, &appB->secrets, b.secretScope());
        PlatformTokens ta;
        ta.accessToken = QStringLiteral("token-of-a");
        PlatformTokens tb;
        tb.accessToken = QStringLiteral("token-of-b");
        QVERIFY(awaitResult(storeA.writeTokens(Platform::YouTube, QStringLiteral("UC1"), ta)));
        QVERIFY(
            !awaitResult(storeB.readTokens(Platform::YouTube, QStringLiteral("UC1"))).value().has_value());
        QVERIFY(awaitResult(storeB.writeTokens(Platform::YouTube, QStringLiteral("UC1"), tb)));
        QCOMPARE(*awaitResult(storeA.readTokens(Platform::YouTube, QStringLiteral("UC1"))).value(), ta);
        QVERIFY(awaitResult(storeA.removeTokens(Platform::YouTube, QStringLiteral("UC1"))));
        QCOMPARE(*awaitResult(storeB.readTokens(Platform::YouTube, QStringLiteral("UC1"))).value(), tb);

        // Sign-out of A leaves B signed in.
        QVERIFY(awaitResult(appA->session.signOut()).hasValue());
        auto cliB = client(Profile::resolve(b.directory()).secretScope());
        QCOMPARE(awaitResult(cliB->session.restore()).value().email, otherEmail);
        QVERIFY(awaitResult(storeB.removeTokens(Platform::YouTube, QStringLiteral("UC1"))));
        QVERIFY(awaitResult(appB->session.signOut()).hasValue());
    }

    /// Entries an earlier version kept under the folder's name (session and platform tokens) are moved to
    /// the profile's identity on first use and keep working; none is left under the old name.
    void entriesOfAnEarlierVersionAreMigrated()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const Profile profile = Profile::resolve(root.filePath(QStringLiteral("upgraded")));
        QVERIFY(profile.isValid());
        // What the earlier version left: a session and YouTube tokens under "upgraded/...".
        QString userId;
        {
            auto earlier = client(profile.name());
            QVERIFY(signInDemo(*earlier));
            userId = earlier->session.user().id;
            PlatformTokens tokens;
            tokens.accessToken = QStringLiteral("earlier-youtube-token");
            AccountStore store(nullptr, &earlier->secrets, profile.name());
            QVERIFY(awaitResult(store.writeTokens(Platform::YouTube, QStringLiteral("UC7"), tokens)));
        }
        const QString oldSession = QStringLiteral("upgraded/supabase/session");
        const QString oldTokens = QStringLiteral("upgraded/youtube:UC7/tokens");
        QCOMPARE(keychainEntryCount(oldSession), 1);
        QCOMPARE(keychainEntryCount(oldTokens), 1);

        auto upgraded = client(profile.secretScope());
        const auto restored = awaitResult(upgraded->session.restore());
        QVERIFY2(restored, restored ? "" : qPrintable(errorText(restored.error())));
        QCOMPARE(restored->id, userId);
        QCOMPARE(userStatus(upgraded->session.accessToken()), 200);
        QCOMPARE(keychainEntryCount(oldSession), 0);
        QCOMPARE(keychainEntryCount(profile.id() + QStringLiteral("/supabase/session")), 1);
        AccountStore store(nullptr, &upgraded->secrets, profile.secretScope());
        const auto tokens = awaitResult(store.readTokens(Platform::YouTube, QStringLiteral("UC7")));
        QVERIFY(tokens && tokens.value());
        QCOMPARE(tokens.value()->accessToken, QStringLiteral("earlier-youtube-token"));
        QCOMPARE(keychainEntryCount(oldTokens), 0);
        QCOMPARE(keychainEntryCount(profile.id() + QStringLiteral("/youtube:UC7/tokens")), 1);
        // A refresh (rotation) and a sign-out work on the moved entry and leave nothing behind.
        QVERIFY(awaitResult(upgraded->session.refreshNow()).hasValue());
        QVERIFY(awaitResult(upgraded->session.signOut()).hasValue());
        QVERIFY(awaitResult(store.removeTokens(Platform::YouTube, QStringLiteral("UC7"))));
        const QStringList keys{oldSession, oldTokens, profile.id() + QStringLiteral("/supabase/session"),
                               profile.id() + QStringLiteral("/youtube:UC7/tokens")};
        for (const QString& key : keys)
            QCOMPARE(keychainEntryCount(key), 0);
    }

    void refreshWhileOfflineStaysSignedIn()
    {
        auto sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
        Client c(sandbox->baseUrl(), sandbox->anonKey(), newProfile());
        c.session.setRetryBackoff(1h, 2h);
        const auto r = awaitResult(
            c.session.signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        QVERIFY(r);
        QVERIFY(sandbox->addFault(QStringLiteral("status=503,path=/auth/v1/token")));
        const auto failed = awaitResult(c.session.refreshNow());
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, AuthError::Kind::Network);
        QVERIFY(c.session.isSignedIn());
        QVERIFY(c.session.isOffline());
        QVERIFY(c.session.nextRefreshAt().isValid());
        QVERIFY(sandbox->clearFaults());
        QSignalSpy offline(&c.session, &SessionManager::offlineChanged);
        QVERIFY(awaitResult(c.session.refreshNow()).hasValue());
        QVERIFY(!c.session.isOffline());
        QCOMPARE(offline.size(), 1);

        sandbox.reset();
        const auto refused = awaitResult(c.session.refreshNow());
        QCOMPARE(refused.error().kind, AuthError::Kind::Network);
        QVERIFY(c.session.isSignedIn());
        QCOMPARE(keychainEntryCount(c.session.sessionKey().toString()), 1);
    }

    void signOutRevokesAndPurges()
    {
        ProfileWithCache profile;
        QVERIFY(profile.open());
        auto c = client(newProfile());
        purgeOnUserDataPurged(c->session, *profile.cache);
        QVERIFY(signInDemo(*c));
        const QString userId = c->session.user().id;
        const QString token = c->session.accessToken();
        QVERIFY(profile.cache->put(ProfileWithCache::userKey(userId), "{\"plan\":\"basic\"}"));
        QVERIFY(profile.cache->put(ProfileWithCache::sharedKey(), "[]"));
        QSignalSpy signedOut(&c->session, &SessionManager::signedOut);

        const auto out = awaitResult(c->session.signOut());
        QVERIFY2(out, out ? "" : qPrintable(errorText(out.error())));
        QVERIFY(!c->session.isSignedIn());
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(signedOut.at(0).at(0).toString().isEmpty()); // the user asked: no message
        QCOMPARE(keychainEntryCount(c->session.sessionKey().toString()), 0);
        QVERIFY(!profile.cache->peek(ProfileWithCache::userKey(userId)).has_value());
        QVERIFY(profile.cache->peek(ProfileWithCache::sharedKey()).has_value());
        // The server session is revoked.
        QCOMPARE(userStatus(token), 403);
        // Signing out twice is harmless.
        QVERIFY(awaitResult(c->session.signOut()).hasValue());
        QCOMPARE(signedOut.size(), 1);
    }

    void browserSignInCanBeCancelled()
    {
        auto c = client(newProfile());
        QSignalSpy urlReady(&c->session, &SessionManager::authorizationUrlReady);
        QSignalSpy launchFailed(&c->session, &SessionManager::browserLaunchFailed);
        std::optional<Result<AuthUser, AuthError>> outcome;
        auto run = [&]() -> QCoro::Task<> {
            outcome.emplace(co_await c->session.signInWithBrowser(QStringLiteral("google"), nullptr));
        };
        auto task = run();
        QCOMPARE(urlReady.size(), 1);
        QCOMPARE(launchFailed.size(), 1); // no browser: the UI shows the link
        QVERIFY(c->session.isBrowserSignInPending());
        const QUrl url = urlReady.at(0).at(0).toUrl();
        QCOMPARE(url.host(), m_sandbox->baseUrl().host());
        QCOMPARE(url.port(), m_sandbox->baseUrl().port());
        QCOMPARE(url.path(), QStringLiteral("/auth/v1/authorize"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("provider")), QStringLiteral("google"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("s256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(redirect.path().size() > 20); // unguessable path
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("state")).size(), 43);
        QVERIFY(!url.toString().contains(QStringLiteral("verifier")));

        c->session.cancelBrowserSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(!outcome->hasValue());
        QCOMPARE(outcome->error().kind, AuthError::Kind::Cancelled);
        QVERIFY(!c->session.isSignedIn());
        QVERIFY(!c->session.isBrowserSignInPending());
        // The listener is closed.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void browserSignInTimesOut()
    {
        auto c = client(newProfile());
        c->session.setBrowserTimeout(300ms);
        const auto r = awaitResult(c->session.signInWithBrowser(QStringLiteral("google"), nullptr));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AuthError::Kind::BrowserFlow);
        QCOMPARE(r.error().flowKind, AuthFlowError::Kind::Timeout);
        QVERIFY(!c->session.isBrowserSignInPending());
    }

    void browserSignInDeniedOnTheConsentPage()
    {
        auto c = client(newProfile());
        sv::test::ScriptedBrowser browser(sv::test::ScriptedBrowser::Mode::Deny);
        const auto r = awaitResult(c->session.signInWithBrowser(QStringLiteral("github"), &browser));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AuthError::Kind::BrowserFlow);
        QCOMPARE(r.error().flowKind, AuthFlowError::Kind::ProviderError);
        QVERIFY2(r.error().message.contains(QStringLiteral("Access was denied")),
                 qPrintable(r.error().message));
        QTRY_VERIFY(browser.done);
        QVERIFY(browser.finalPage.contains("Access was denied"));
        QVERIFY(!c->session.isSignedIn());
        QCOMPARE(keychainEntryCount(c->session.sessionKey().toString()), 0);
    }

    /// Codes are single-use: replaying the one the browser brought back is refused with a clear message.
    void replayedCodeIsRefused()
    {
        auto c = client(newProfile());
        sv::test::ScriptedBrowser browser;
        QVERIFY(awaitResult(c->session.signInWithBrowser(QStringLiteral("google"), &browser)).hasValue());
        QTRY_VERIFY(browser.done);
        QVERIFY(!browser.code.isEmpty());
        const auto replay =
            awaitResult(c->backend.exchangeCodeForSession(browser.code, QString(64, QLatin1Char('a'))));
        QVERIFY(!replay);
        const AuthError e = AuthError::fromApi(replay.error());
        QCOMPARE(e.kind, AuthError::Kind::BrowserFlow);
        QVERIFY2(e.message.contains(QStringLiteral("Start the sign-in again")), qPrintable(e.message));
        QVERIFY(!e.detail.contains(browser.code));
        QVERIFY(c->session.isSignedIn()); // the session from the first exchange is unaffected
    }

    void browserSignInEndToEndWithChromium()
    {
        if (!sv::test::chromiumAvailable())
            QSKIP("/usr/bin/chromium is not installed");
        auto c = client(newProfile());
        sv::test::ChromiumLauncher chromium;
        QSignalSpy launchFailed(&c->session, &SessionManager::browserLaunchFailed);
        const auto r = awaitResult(c->session.signInWithBrowser(QStringLiteral("google"), &chromium));
        QString errors;
        const QByteArray dom = chromium.finish(&errors);
        QVERIFY2(r, r ? "" : qPrintable(errorText(r.error()) + QLatin1Char('\n') + errors));
        QCOMPARE(launchFailed.size(), 0);
        QCOMPARE(r->email, SandboxProcess::demoEmail());
        QVERIFY(c->session.isSignedIn());
        QVERIFY2(!errors.contains(QStringLiteral("net::ERR_")), qPrintable(errors));
        QVERIFY2(dom.contains("You can close this tab and return to StreamVibe."), dom.constData());
        // The tokens are in the keychain (checked with secret-tool) and work.
        const QJsonObject stored = keychainSession(c->session.sessionKey().toString());
        QCOMPARE(stored.value(QStringLiteral("access_token")).toString(), c->session.accessToken());
        QVERIFY(!stored.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(userStatus(c->session.accessToken()), 200);
    }

    /// After a full sign-in (browser and password), use of the session, a refresh and a sign-out, no file
    /// under the profile, HOME or XDG directories and no log line holds a token, the code or the password.
    void noSecretInFilesOrLogs()
    {
        sv::test::LogCapture log;
        ProfileWithCache profile;
        QVERIFY(profile.open());
        QStringList secrets;
        const QString email = QStringLiteral("scan-%1@example.test").arg(QDateTime::currentMSecsSinceEpoch());
        const QString password = QStringLiteral("scan-password-%1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            auto c = client(newProfile());
            purgeOnUserDataPurged(c->session, *profile.cache);
            const QString key = c->session.sessionKey().toString();
            // Browser sign-in, seeing the code on its way.
            sv::test::ScriptedBrowser browser;
            const auto viaBrowser =
                awaitResult(c->session.signInWithBrowser(QStringLiteral("google"), &browser));
            QVERIFY2(viaBrowser, viaBrowser ? "" : qPrintable(errorText(viaBrowser.error())));
            QTRY_VERIFY(browser.done);
            QVERIFY(!browser.code.isEmpty());
            secrets << browser.code;
            secrets << c->session.accessToken()
                    << keychainSession(key).value(QStringLiteral("refresh_token")).toString();
            // Use: a cached backend read of the user's plan.
            const auto plan = awaitResult(
                profile.cache->get(ProfileWithCache::userKey(c->session.user().id),
                                   [&]() -> QCoro::Task<Result<QByteArray, ApiError>> {
                                       RestQuery q(QStringLiteral("subscription_settings"));
                                       q.eq(QStringLiteral("user_id"), c->session.user().id);
                                       auto rows = co_await c->backend.select(q);
                                       if (!rows)
                                           co_return rows.error();
                                       co_return QJsonDocument(rows->rows).toJson(QJsonDocument::Compact);
                                   }));
            QVERIFY(plan.hasValue());
            QVERIFY(awaitResult(c->session.refreshNow()).hasValue());
            secrets << c->session.accessToken()
                    << keychainSession(key).value(QStringLiteral("refresh_token")).toString();
            QVERIFY(awaitResult(c->session.signOut()).hasValue());

            // Password: sign up, sign out, sign in, sign out.
            QVERIFY(awaitResult(c->session.signUp(email, password)).hasValue());
            secrets << c->session.accessToken()
                    << keychainSession(key).value(QStringLiteral("refresh_token")).toString();
            QVERIFY(awaitResult(c->session.signOut()).hasValue());
            QVERIFY(awaitResult(c->session.signInWithPassword(email, password)).hasValue());
            secrets << c->session.accessToken()
                    << keychainSession(key).value(QStringLiteral("refresh_token")).toString();
            QVERIFY(
                !awaitResult(c->session.signInWithPassword(email, password + QLatin1Char('x'))).hasValue());
            QVERIFY(awaitResult(c->session.signOut()).hasValue());
        }
        secrets << password;
        secrets.removeAll(QString());
        QCOMPARE(secrets.size(), 10);
        QVERIFY(log.lineCount() > 10);
        QVERIFY(log.text().contains(QStringLiteral("streamvibe.auth")));
        const QString logText = log.text();
        QStringList roots = sv::test::homeRoots();
        roots << profile.dir.path();
        for (const QString& secret : std::as_const(secrets)) {
            const QByteArray s = secret.toUtf8();
            QVERIFY2(!logText.contains(secret), "a secret reached the log");
            const QStringList files = sv::test::filesContaining(roots, s);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(','))));
            QVERIFY(sv::test::filesContaining(roots, s.toBase64()).isEmpty());
        }
    }

    void noSecretServiceIsAClearError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildSwitch), QStringLiteral("1"));
        env.insert(QString::fromLatin1(kChildUrl), m_sandbox->baseUrl().toString());
        env.insert(QString::fromLatin1(kChildAnonKey), m_sandbox->anonKey());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/streamvibe/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const auto child = sv::test::runProcess(QCoreApplication::applicationFilePath(),
                                                {QStringLiteral("noSecretServiceChild")}, env, {}, 90000);
        QVERIFY2(child.finished, "the child hung");
        QVERIFY2(child.exitCode == 0, child.out.constData());
        QVERIFY2(child.out.contains("PASS   : TestSessionManager::noSecretServiceChild()"),
                 child.out.constData());
    }

    void noSecretServiceChild()
    {
        const QUrl base(qEnvironmentVariable(kChildUrl));
        Client c(base, qEnvironmentVariable(kChildAnonKey), QStringLiteral("no-service"));
        c.secrets.setJobTimeout(20s);
        c.secrets.setRetryDelay(50ms);
        const auto restored = awaitResult(c.session.restore());
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, AuthError::Kind::Keychain);
        QCOMPARE(restored.error().secretKind, SecretError::Kind::NoService);
        QVERIFY(restored.error().message.contains(QStringLiteral("No keyring service is available")));
        QCOMPARE(c.session.state(), SessionManager::State::SignedOut);

        const auto signIn = awaitResult(
            c.session.signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        QVERIFY(!signIn);
        QCOMPARE(signIn.error().kind, AuthError::Kind::Keychain);
        QCOMPARE(signIn.error().secretKind, SecretError::Kind::NoService);
        QVERIFY(!c.session.isSignedIn());
        QVERIFY(c.session.accessToken().isEmpty());
        // Nothing went anywhere else.
        QVERIFY(sv::test::filesContaining(sv::test::homeRoots(), "refresh_token").isEmpty());
        QVERIFY(sv::test::filesContaining(sv::test::homeRoots(), SandboxProcess::demoPassword().toUtf8())
                    .isEmpty());
    }

    /// Last: locks the collection, which cannot be unlocked again without a prompt.
    void lockedKeyringIsAClearError()
    {
        const QString profile = newProfile();
        auto app = client(profile);
        QVERIFY(signInDemo(*app));
        const QString token = app->session.accessToken();
        const QString refresh = keychainSession(app->session.sessionKey().toString())
                                    .value(QStringLiteral("refresh_token"))
                                    .toString();
        const auto lock = sv::test::runProcess(
            QStringLiteral("gdbus"),
            {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
             QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
             QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
             QStringLiteral("org.freedesktop.Secret.Service.Lock"),
             QStringLiteral("['/org/freedesktop/secrets/aliases/default']")});
        QVERIFY2(lock.finished && lock.exitCode == 0, lock.err.constData());

        // Sign-out cannot remove the entry: reported, and the user stays signed in (nothing silently left).
        const auto out = awaitResult(app->session.signOut());
        QVERIFY(!out);
        QCOMPARE(out.error().kind, AuthError::Kind::Keychain);
        QCOMPARE(out.error().secretKind, SecretError::Kind::Locked);
        QVERIFY(out.error().message.contains(QStringLiteral("The keyring is locked")));
        QVERIFY(app->session.isSignedIn());
        QCOMPARE(userStatus(token), 200); // not revoked either

        // A refresh could not keep the rotated token: it is not attempted.
        app->session.setRetryBackoff(1h, 2h);
        const auto refreshed = awaitResult(app->session.refreshNow());
        QVERIFY(!refreshed);
        QCOMPARE(refreshed.error().kind, AuthError::Kind::Keychain);
        QVERIFY(app->session.isSignedIn());
        QCOMPARE(rawRefresh(refresh).status, 200); // the stored refresh token was not spent

        // A restore is "locked", never "signed out".
        auto other = client(profile);
        const auto restored = awaitResult(other->session.restore());
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, AuthError::Kind::Keychain);
        QCOMPARE(restored.error().secretKind, SecretError::Kind::Locked);

        // A sign-in cannot store its session: a clear error, nothing written elsewhere.
        auto fresh = client(newProfile());
        const auto signIn = awaitResult(
            fresh->session.signInWithPassword(SandboxProcess::demoEmail(), SandboxProcess::demoPassword()));
        QVERIFY(!signIn);
        QCOMPARE(signIn.error().kind, AuthError::Kind::Keychain);
        QCOMPARE(signIn.error().secretKind, SecretError::Kind::Locked);
        QVERIFY(!fresh->session.isSignedIn());
        for (const QString& secret : {token, refresh, SandboxProcess::demoPassword()})
            QVERIFY(sv::test::filesContaining(sv::test::homeRoots(), secret.toUtf8()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "TestSessionManager.moc"
