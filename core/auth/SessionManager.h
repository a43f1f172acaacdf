#pragma once

#include "Result.h"
#include "auth/AuthError.h"
#include "backend/BackendClient.h"
#include "secrets/SecretKey.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <QCoro/QCoroTask>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

class BrowserLauncher;
class BrowserRoundTrip;
class Clock;
class SecretStore;

/// The outcome of SessionManager::signUp().
struct SignUpOutcome
{
    AuthUser user;
    /// True when the server wants the e-mail address confirmed first: nobody is signed in yet.
    bool confirmationPending = false;
};

/// The signed-in StreamVibe (Supabase Auth) session of one profile.
///
/// Secrets: the whole session (access token, refresh token, expiry, user id and e-mail) is one JSON value in
/// the OS keychain under SecretKey{profile id, "supabase", "session"} (sessionKey()). Nothing secret is
/// written anywhere else and no token, code or password is ever logged ("streamvibe.auth" logs kinds and
/// key names only).
///
/// Lifecycle:
/// - restore() reads the keychain only; the app does not need the network to open. An expired access
///   token is refreshed when the server can be reached; offline, the user stays signed in (isOffline())
///   and the refresh is retried with a growing backoff.
/// - The access token is refreshed before it expires (a timer at expires_at - refreshMargin(), measured
///   with the injectable Clock), and on demand by freshAccessToken(). Only one refresh runs at a time.
/// - Refresh tokens rotate: before refreshing, the keychain is re-read in case another process (the CLI
///   and the GUI share the entry) already rotated it; the new session is written to the keychain before it
///   is used. A refresh the server refuses (reused or revoked refresh token, ended session) signs the user
///   out with a translated reason: keychain entry removed, the user's cache scope purged, the local library
///   untouched.
/// - signOut(): the keychain entry is removed first (a locked keyring is reported and the user stays
///   signed in, so no token is ever silently left behind), then the server session is revoked (best
///   effort) and the user-scoped cache purged.
/// - User-scoped data: userDataPurged(userId) is emitted when a user's session ends (sign-out, session ended,
///   another user signed in); the composition root (ProfileServices) purges the user's cache scope on it.
/// - Browser sign-in (RFC 8252): a BrowserRoundTrip on 127.0.0.1 (random port and path, `state` carried in
///   the redirect URI), PKCE S256, the provider's authorize URL announced with authorizationUrlReady() so
///   the UI can show a copyable link, cancelBrowserSignIn(), an overall timeout, then the code exchange.
///
/// The manager installs itself as the backend's token provider and refresher (BackendClient::
/// setTokenProvider, setTokenRefresher: a request whose token the server refused is retried once after one
/// refresh) and removes itself again when destroyed. Single-thread: use it from the thread that owns it.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Restoring, SignedIn };
    Q_ENUM(State)

    struct Done
    {
    };

    static constexpr std::chrono::seconds DefaultRefreshMargin{60};
    static constexpr std::chrono::milliseconds DefaultRetryInitial{5'000};
    static constexpr std::chrono::milliseconds DefaultRetryMax{5 * 60'000};
    static constexpr std::chrono::milliseconds DefaultBrowserTimeout{5 * 60'000};

    /// `backend` may be null (no backend configured: every operation fails with NotConfigured).
    /// `scope` (Profile::secretScope()) namespaces the keychain entry.
    SessionManager(BackendClient* backend, SecretStore* secrets, SecretScope scope,
                   QObject* parent = nullptr);
    ~SessionManager() override;

    /// The clock deciding expiry (default Clock::system()); not owned.
    void setClock(Clock* clock);
    /// Refresh this long before the access token expires (default 60 s).
    void setRefreshMargin(std::chrono::seconds margin);
    std::chrono::seconds refreshMargin() const { return m_refreshMargin; }
    /// Backoff of the retries after a refresh failed for a network reason (default 5 s doubling to 5 min).
    void setRetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// Overall time a browser sign-in may take (default 5 min).
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    /// Signed in, but the last refresh could not reach the server (retrying in the background).
    bool isOffline() const { return m_offline; }
    /// Not secret: id and e-mail (empty when signed out).
    AuthUser user() const;
    /// The current access token, "" when signed out (for BackendClient::setTokenProvider). It may have
    /// expired: call freshAccessToken() before a request.
    QString accessToken() const;
    /// When the current access token expires (UTC); invalid when signed out.
    QDateTime expiresAt() const;
    /// When the background refresh will run next; invalid when none is scheduled.
    QDateTime nextRefreshAt() const;
    /// True while a browser sign-in waits for the browser.
    bool isBrowserSignInPending() const { return m_browserTrip != nullptr; }
    /// The keychain entry holding the session.
    SecretKey sessionKey() const;
    /// The profile identity naming the keychain entry (secretScope().id).
    QString profileName() const { return m_scope.id; }
    const SecretScope& secretScope() const { return m_scope; }

    /// Reads the keychain only; no network needed. If the access token is expired and the network is up,
    /// refreshes it; if the network is down it stays signed in ("offline") and retries later.
    /// NotSignedIn when there is no saved session; Keychain when the keychain cannot be read.
    QCoro::Task<Result<AuthUser, AuthError>> restore();
    /// Returns a valid access token, refreshing first when it expires within the margin.
    QCoro::Task<Result<QString, AuthError>> freshAccessToken();
    /// Refreshes now (one refresh at a time; concurrent callers share it).
    QCoro::Task<Result<QString, AuthError>> refreshNow();
    /// The server refused `refusedToken` (401) although it has not expired locally (revoked early, the
    /// server's clock...): refreshes once, as refreshNow(), unless the session already holds a newer token,
    /// which is returned. A refused refresh signs out, as always. The backend calls this through
    /// BackendClient::setTokenRefresher() and retries the refused request once with the new token.
    QCoro::Task<Result<QString, AuthError>> renewRefusedToken(QString refusedToken);

    QCoro::Task<Result<AuthUser, AuthError>> signInWithPassword(QString email, QString password);
    /// Creates an account; signs in when the server returns a session (no e-mail confirmation required).
    QCoro::Task<Result<SignUpOutcome, AuthError>> signUp(QString email, QString password);
    /// The browser (PKCE) sign-in with an OAuth provider ("google", "github"...). `browser` may be null or
    /// fail to open: the link is announced with authorizationUrlReady() either way.
    QCoro::Task<Result<AuthUser, AuthError>> signInWithBrowser(QString provider, BrowserLauncher* browser);
    /// The browser sign-in providers the server offers (GET /auth/v1/settings): Google first (the provider
    /// StreamVibe is built around), then Facebook, then the others alphabetically.
    QCoro::Task<Result<QStringList, AuthError>> signInProviders();
    /// Asks the server to e-mail a link to choose a new password (POST /auth/v1/recover). Success does not
    /// mean an account exists: the server answers the same for an unknown address. A 429 (one e-mail per
    /// address a minute, or the server's hourly e-mail limit) says how long to wait.
    QCoro::Task<Result<Done, AuthError>> sendPasswordRecovery(QString email);
    /// Signs out: keychain entry removed, server session revoked (best effort), user cache purged.
    /// Fails (staying signed in) only when the keychain entry cannot be removed.
    QCoro::Task<Result<Done, AuthError>> signOut();

public Q_SLOTS:
    /// Ends a pending browser sign-in as Cancelled.
    void cancelBrowserSignIn();

Q_SIGNALS:
    void stateChanged(sv::SessionManager::State state);
    void signedIn(const sv::AuthUser& user);
    /// reason empty = the user asked; else a translated message (e.g. the session ended on the server).
    void signedOut(const QString& reason);
    /// A refresh succeeded (or another process's rotated session was adopted).
    void sessionRefreshed();
    void offlineChanged(bool offline);
    /// A refresh failed without signing out (network, keychain); the message is translated.
    void refreshFailed(const sv::AuthError& error);
    /// Browser sign-in: the URL to open (show it as a copyable link). Contains no secret.
    void authorizationUrlReady(const QUrl& url);
    /// Browser sign-in: the browser could not be started; the user has to open the link.
    void browserLaunchFailed(const QUrl& url);
    /// The session of `userId` ended (sign-out, session ended, another user signed in): drop the user's
    /// cached data (the composition root purges the user's cache scope).
    void userDataPurged(const QString& userId);
    /// Internal: a refresh attempt ended (lets concurrent callers share one refresh).
    void refreshAttemptFinished();

private:
    static QCoro::Task<QString> tokenAfterRefusal(QPointer<SessionManager> self, QString refusedToken);
    QCoro::Task<Result<QString, AuthError>> doRefresh(quint64 generation);
    /// Persists and adopts a new session (sign-in); fails when the keychain refuses it.
    QCoro::Task<Result<AuthUser, AuthError>> establish(Session session);
    /// Ends the session locally (no server call): keychain entry removed, cache purged, signedOut(reason).
    QCoro::Task<> endSessionLocally(QString reason);
    void adopt(Session session);
    void setState(State state);
    void setOffline(bool offline);
    void scheduleRefresh();
    void scheduleRetry();
    void onRefreshTimer();
    void purgeUser(const QString& userId);
    bool expiresSoon(const Session& session) const;
    QDateTime now() const;

    static QByteArray serialize(const Session& session);
    static std::optional<Session> deserialize(const QByteArray& data);

    BackendClient* m_backend;
    SecretStore* m_secrets;
    SecretScope m_scope;
    Clock* m_clock;
    std::chrono::seconds m_refreshMargin = DefaultRefreshMargin;
    std::chrono::milliseconds m_retryInitial = DefaultRetryInitial;
    std::chrono::milliseconds m_retryMax = DefaultRetryMax;
    std::chrono::milliseconds m_retryDelay = DefaultRetryInitial;
    std::chrono::milliseconds m_browserTimeout = DefaultBrowserTimeout;

    State m_state = State::SignedOut;
    std::optional<Session> m_session;
    bool m_offline = false;
    /// Bumped whenever the session is replaced or ended: work started for an older session is dropped.
    quint64 m_generation = 0;
    bool m_refreshing = false;
    std::optional<AuthError> m_lastRefreshError;
    bool m_signingIn = false;
    QTimer m_refreshTimer;
    QDateTime m_nextRefreshAt;
    std::unique_ptr<BrowserRoundTrip> m_browserTrip; ///< while a browser sign-in runs
};

} // namespace sv

Q_DECLARE_METATYPE(sv::AuthError)
Q_DECLARE_METATYPE(sv::AuthUser)
