#include "auth/SessionManager.h"

#include "AwaitSignal.h"
#include "Clock.h"
#include "loopback/BrowserRoundTrip.h"
#include "loopback/Pkce.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace sv {

Q_LOGGING_CATEGORY(lcAuth, "streamvibe.auth")

namespace {

constexpr int kSessionFormat = 1;
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;

QString sessionEndedMessage()
{
    return QCoreApplication::translate(
        "sv::SessionManager", "Your session has ended (it was signed out on the server or from another "
                              "device). Sign in again; your local library is unchanged.");
}

QString signedOutElsewhereMessage()
{
    return QCoreApplication::translate(
        "sv::SessionManager", "You were signed out from another StreamVibe window or the command line. "
                              "Sign in again; your local library is unchanged.");
}

QString recoveryWaitMessage(int seconds)
{
    return QCoreApplication::translate("sv::SessionManager",
                                       "A recovery e-mail was sent a moment ago. Check your inbox (and spam "
                                       "folder), or ask again in %n second(s).",
                                       nullptr, seconds);
}

QString emailLimitMessage()
{
    return QCoreApplication::translate("sv::SessionManager",
                                       "The server has sent too many e-mails for now. Try again in an hour.");
}

} // namespace

SessionManager::SessionManager(BackendClient* backend, SecretStore* secrets, SecretScope scope,
                               QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_secrets(secrets)
    , m_scope(std::move(scope))
    , m_clock(&Clock::system())
{
    qRegisterMetaType<sv::AuthError>();
    qRegisterMetaType<sv::AuthUser>();
    qRegisterMetaType<sv::SessionManager::State>();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionManager::onRefreshTimer);
    if (m_backend) {
        QPointer<SessionManager> self(this);
        m_backend->setTokenProvider([self]() -> QString { return self ? self->accessToken() : QString(); });
        // Not a coroutine lambda: its captures would not live in the coroutine frame.
        m_backend->setTokenRefresher(
            [self](QString refused) { return tokenAfterRefusal(self, std::move(refused)); });
    }
}

SessionManager::~SessionManager()
{
    if (m_browserTrip)
        m_browserTrip->cancel();
    if (m_backend) {
        m_backend->setTokenProvider({});
        m_backend->setTokenRefresher({});
    }
}

void SessionManager::setClock(Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
    if (isSignedIn() && m_refreshTimer.isActive())
        scheduleRefresh();
}

void SessionManager::setRefreshMargin(std::chrono::seconds margin)
{
    m_refreshMargin = margin;
    if (isSignedIn() && !m_offline)
        scheduleRefresh();
}

void SessionManager::setRetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_retryInitial = std::max(initial, std::chrono::milliseconds(1));
    m_retryMax = std::max(maximum, m_retryInitial);
    m_retryDelay = m_retryInitial;
}

AuthUser SessionManager::user() const
{
    return m_session ? m_session->user : AuthUser{};
}

QString SessionManager::accessToken() const
{
    return (m_session && m_state == State::SignedIn) ? m_session->accessToken : QString();
}

QDateTime SessionManager::expiresAt() const
{
    return m_session ? m_session->expiresAt : QDateTime();
}

QDateTime SessionManager::nextRefreshAt() const
{
    return m_refreshTimer.isActive() ? m_nextRefreshAt : QDateTime();
}

SecretKey SessionManager::sessionKey() const
{
    return m_scope.key(QStringLiteral("supabase"), QStringLiteral("session"));
}

QDateTime SessionManager::now() const
{
    return m_clock->now();
}

bool SessionManager::expiresSoon(const Session& session) const
{
    return session.isExpired(now(), m_refreshMargin);
}

// ---------------------------------------------------------------- persistence

QByteArray SessionManager::serialize(const Session& session)
{
    const QJsonObject user{{QStringLiteral("id"), session.user.id},
                           {QStringLiteral("email"), session.user.email},
                           {QStringLiteral("role"), session.user.role}};
    const QJsonObject o{{QStringLiteral("format"), kSessionFormat},
                        {QStringLiteral("access_token"), session.accessToken},
                        {QStringLiteral("refresh_token"), session.refreshToken},
                        {QStringLiteral("token_type"), session.tokenType},
                        {QStringLiteral("expires_at"), session.expiresAt.toSecsSinceEpoch()},
                        {QStringLiteral("user"), user}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Session> SessionManager::deserialize(const QByteArray& data)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != kSessionFormat)
        return std::nullopt;
    Session s;
    s.accessToken = o.value(QLatin1String("access_token")).toString();
    s.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    s.tokenType = o.value(QLatin1String("token_type")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_at"));
    if (!expires.isDouble())
        return std::nullopt;
    s.expiresAt = QDateTime::fromSecsSinceEpoch(expires.toInteger(), Qt::UTC);
    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    s.user.id = user.value(QLatin1String("id")).toString();
    s.user.email = user.value(QLatin1String("email")).toString();
    s.user.role = user.value(QLatin1String("role")).toString();
    if (s.refreshToken.isEmpty() || s.user.id.isEmpty())
        return std::nullopt;
    return s;
}

// ---------------------------------------------------------------- state

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionManager::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

void SessionManager::adopt(Session session)
{
    const bool wasSignedIn = isSignedIn();
    const QString previousUser = m_session ? m_session->user.id : QString();
    if (!previousUser.isEmpty() && previousUser != session.user.id)
        purgeUser(previousUser);
    m_session = std::move(session);
    m_retryDelay = m_retryInitial;
    m_lastRefreshError.reset();
    setOffline(false);
    setState(State::SignedIn);
    scheduleRefresh();
    if (!wasSignedIn || previousUser != m_session->user.id)
        Q_EMIT signedIn(m_session->user);
}

void SessionManager::purgeUser(const QString& userId)
{
    if (userId.isEmpty())
        return;
    Q_EMIT userDataPurged(userId);
}

void SessionManager::scheduleRefresh()
{
    if (!m_session) {
        m_refreshTimer.stop();
        return;
    }
    const QDateTime due = m_session->expiresAt.addSecs(-m_refreshMargin.count());
    const qint64 delay = std::clamp<qint64>(due.toMSecsSinceEpoch() - m_clock->nowMs(), 0, kMaxTimerMs);
    m_nextRefreshAt = now().addMSecs(delay);
    m_refreshTimer.start(std::chrono::milliseconds(delay));
}

void SessionManager::scheduleRetry()
{
    if (!m_session)
        return;
    const auto delay = m_retryDelay;
    m_retryDelay = std::min(m_retryDelay * 2, m_retryMax);
    m_nextRefreshAt = now().addMSecs(delay.count());
    m_refreshTimer.start(delay);
    qCInfo(lcAuth) << "refresh retry in" << delay.count() << "ms";
}

void SessionManager::onRefreshTimer()
{
    if (!isSignedIn())
        return;
    // Fire and forget: the outcome is reported through the signals.
    [](QPointer<SessionManager> self) -> QCoro::Task<> {
        if (self)
            co_await self->refreshNow();
    }(QPointer<SessionManager>(this));
}

// ---------------------------------------------------------------- restore / refresh

QCoro::Task<Result<AuthUser, AuthError>> SessionManager::restore()
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (isSignedIn())
        co_return AuthUser(m_session->user); // a copy: co_return moves from lvalues
    QPointer<SessionManager> self(this);
    const quint64 generation = ++m_generation;
    setState(State::Restoring);
    const SecretKey key = sessionKey();
    const auto stored = co_await m_secrets->read(key);
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (generation != m_generation) {
        // A sign-in finished meanwhile: it wins.
        if (isSignedIn())
            co_return AuthUser(m_session->user); // a copy: co_return moves from lvalues
        co_return AuthError::notSignedIn();
    }
    if (!stored) {
        setState(State::SignedOut);
        qCInfo(lcAuth) << "restore: no session:" << stored.error().kindName();
        co_return AuthError::fromSecret(stored.error());
    }
    std::optional<Session> session = deserialize(stored.value());
    if (!session) {
        qCWarning(lcAuth) << "restore: the saved session is unreadable; removing it";
        co_await m_secrets->remove(key);
        if (!self)
            co_return AuthError::make(AuthError::Kind::Cancelled, {});
        setState(State::SignedOut);
        AuthError e = AuthError::notSignedIn();
        e.message = QCoreApplication::translate("sv::SessionManager",
                                                "The saved sign-in could not be read. Sign in again.");
        co_return e;
    }
    qCInfo(lcAuth) << "restore: session found for user" << session->user.id;
    adopt(std::move(*session));
    if (!expiresSoon(*m_session))
        co_return AuthUser(m_session->user); // a copy: co_return moves from lvalues
    // Expired: refresh now if the server can be reached; offline is fine (retried in the background).
    const auto refreshed = co_await refreshNow();
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!refreshed && !isSignedIn())
        co_return refreshed.error();
    co_return AuthUser(m_session->user); // a copy: co_return moves from lvalues
}

QCoro::Task<Result<QString, AuthError>> SessionManager::freshAccessToken()
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (!isSignedIn() || !m_session)
        co_return AuthError::notSignedIn();
    if (!expiresSoon(*m_session))
        co_return QString(m_session->accessToken); // a copy
    co_return co_await refreshNow();
}

QCoro::Task<Result<QString, AuthError>> SessionManager::renewRefusedToken(QString refusedToken)
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (!isSignedIn() || !m_session)
        co_return AuthError::notSignedIn();
    // Another request already had the refused token replaced: use the new one, do not refresh again.
    if (m_session->accessToken != refusedToken && !expiresSoon(*m_session))
        co_return QString(m_session->accessToken); // a copy
    qCInfo(lcAuth) << "the server refused the access token before its expiry; refreshing";
    co_return co_await refreshNow();
}

QCoro::Task<QString> SessionManager::tokenAfterRefusal(QPointer<SessionManager> self, QString refusedToken)
{
    if (!self)
        co_return QString();
    const auto renewed = co_await self->renewRefusedToken(std::move(refusedToken));
    co_return renewed ? renewed.value() : QString();
}

QCoro::Task<Result<QString, AuthError>> SessionManager::refreshNow()
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (!isSignedIn())
        co_return AuthError::notSignedIn();
    QPointer<SessionManager> self(this);
    if (m_refreshing) {
        co_await awaitSignal(this, &SessionManager::refreshAttemptFinished);
        if (!self)
            co_return AuthError::make(AuthError::Kind::Cancelled, {});
        if (isSignedIn() && m_session && !m_session->isExpired(now()))
            co_return QString(m_session->accessToken); // a copy
        co_return m_lastRefreshError.value_or(AuthError::notSignedIn());
    }
    m_refreshing = true;
    m_refreshTimer.stop();
    auto result = co_await doRefresh(m_generation);
    if (!self)
        co_return result;
    m_refreshing = false;
    if (result.hasValue())
        m_lastRefreshError.reset();
    else
        m_lastRefreshError = result.error();
    Q_EMIT refreshAttemptFinished();
    co_return result;
}

QCoro::Task<Result<QString, AuthError>> SessionManager::doRefresh(quint64 generation)
{
    QPointer<SessionManager> self(this);
    const auto cancelled = [] {
        return AuthError::make(
            AuthError::Kind::Cancelled,
            QCoreApplication::translate("sv::SessionManager", "The session changed meanwhile."));
    };
    const SecretKey key = sessionKey();
    const QString userId = m_session->user.id;
    QString refreshToken = m_session->refreshToken;

    // Another process (CLI or another window) may have rotated the refresh token already: ours would then
    // be a reused one. The keychain entry is the source of truth.
    const auto stored = co_await m_secrets->read(key);
    if (!self || generation != m_generation || !m_session)
        co_return cancelled();
    if (!stored) {
        if (stored.error().kind == SecretError::Kind::NotFound) {
            qCInfo(lcAuth) << "refresh: the keychain entry is gone (signed out elsewhere)";
            co_await endSessionLocally(signedOutElsewhereMessage());
            AuthError e = AuthError::notSignedIn();
            e.message = signedOutElsewhereMessage();
            co_return e;
        }
        // Without the keychain the rotated token could not be kept: do not refresh now.
        const AuthError e = AuthError::fromSecret(stored.error());
        qCWarning(lcAuth) << "refresh: keychain unavailable:" << e.detail;
        scheduleRetry();
        Q_EMIT refreshFailed(e);
        co_return e;
    }
    if (auto theirs = deserialize(stored.value());
        theirs && theirs->user.id == userId && theirs->refreshToken != refreshToken) {
        if (!expiresSoon(*theirs)) {
            qCInfo(lcAuth) << "refresh: adopted the session another process rotated";
            adopt(std::move(*theirs));
            Q_EMIT sessionRefreshed();
            co_return QString(m_session->accessToken); // a copy
        }
        refreshToken = theirs->refreshToken;
        m_session = std::move(*theirs);
    }

    auto refreshed = co_await m_backend->refreshSession(refreshToken);
    if (!self || generation != m_generation || !m_session)
        co_return cancelled();
    if (refreshed) {
        Session session = std::move(refreshed).value();
        if (session.user.id.isEmpty())
            session.user = m_session->user;
        // Persist the rotated token before using it.
        const auto written = co_await m_secrets->write(key, serialize(session));
        if (!self || generation != m_generation)
            co_return cancelled();
        adopt(std::move(session));
        if (!written) {
            // The old refresh token is spent: keep the new session for this run and say so.
            const AuthError e = AuthError::fromSecret(written.error());
            qCWarning(lcAuth) << "refresh: the new session could not be saved:" << e.detail;
            Q_EMIT refreshFailed(e);
        } else {
            qCInfo(lcAuth) << "refresh: session refreshed";
        }
        Q_EMIT sessionRefreshed();
        co_return QString(m_session->accessToken); // a copy
    }

    const ApiError& apiError = refreshed.error();
    if (AuthError::isRefreshRefusal(apiError)) {
        // Maybe another process rotated it between our read and the call.
        const auto again = co_await m_secrets->read(key);
        if (!self || generation != m_generation || !m_session)
            co_return cancelled();
        if (again) {
            if (auto theirs = deserialize(again.value()); theirs && theirs->user.id == userId &&
                                                          theirs->refreshToken != refreshToken &&
                                                          !theirs->isExpired(now())) {
                qCInfo(lcAuth) << "refresh: refused, but another process rotated the session meanwhile";
                adopt(std::move(*theirs));
                Q_EMIT sessionRefreshed();
                co_return QString(m_session->accessToken); // a copy
            }
        }
        qCWarning(lcAuth) << "refresh refused, signing out:" << apiError.logString();
        co_await endSessionLocally(sessionEndedMessage());
        AuthError e = AuthError::fromApi(apiError);
        e.kind = AuthError::Kind::SessionExpired;
        e.message = sessionEndedMessage();
        co_return e;
    }

    // Network trouble or a server error: stay signed in, offline, and try again later.
    AuthError e = AuthError::fromApi(apiError);
    if (e.kind != AuthError::Kind::Cancelled)
        e.kind = AuthError::Kind::Network;
    qCInfo(lcAuth) << "refresh failed, staying signed in:" << apiError.logString();
    setOffline(true);
    scheduleRetry();
    Q_EMIT refreshFailed(e);
    co_return e;
}

QCoro::Task<> SessionManager::endSessionLocally(QString reason)
{
    QPointer<SessionManager> self(this);
    ++m_generation;
    m_refreshTimer.stop();
    const QString userId = m_session ? m_session->user.id : QString();
    m_session.reset();
    setOffline(false);
    setState(State::SignedOut);
    purgeUser(userId);
    Q_EMIT signedOut(reason);
    const auto removed = co_await m_secrets->remove(sessionKey());
    if (!self)
        co_return;
    if (!removed) {
        const AuthError e = AuthError::fromSecret(removed.error());
        qCWarning(lcAuth) << "the ended session could not be removed from the keychain:" << e.detail;
        Q_EMIT refreshFailed(e);
    }
}

// ---------------------------------------------------------------- sign-in / sign-up / sign-out

QCoro::Task<Result<AuthUser, AuthError>> SessionManager::establish(Session session)
{
    QPointer<SessionManager> self(this);
    const quint64 generation = ++m_generation;
    const auto written = co_await m_secrets->write(sessionKey(), serialize(session));
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!written) {
        const AuthError e = AuthError::fromSecret(written.error());
        qCWarning(lcAuth) << "sign-in: the session could not be saved:" << e.detail;
        // Never keep a session only in memory: revoke it on the server (best effort).
        const QString token = session.accessToken;
        co_await m_backend->signOut(token);
        if (self && generation == m_generation && m_state == State::Restoring)
            setState(State::SignedOut);
        co_return e;
    }
    if (generation != m_generation) {
        co_return AuthError::make(
            AuthError::Kind::Cancelled,
            QCoreApplication::translate("sv::SessionManager", "The sign-in was superseded."));
    }
    qCInfo(lcAuth) << "signed in as user" << session.user.id;
    adopt(std::move(session));
    co_return AuthUser(m_session->user); // a copy: co_return moves from lvalues
}

QCoro::Task<Result<AuthUser, AuthError>> SessionManager::signInWithPassword(QString email, QString password)
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (m_signingIn)
        co_return AuthError::make(
            AuthError::Kind::Busy,
            QCoreApplication::translate("sv::SessionManager", "A sign-in is already in progress."));
    QPointer<SessionManager> self(this);
    m_signingIn = true;
    auto session = co_await m_backend->signInWithPassword(email.trimmed(), password);
    password.fill(QLatin1Char('\0'));
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!session) {
        m_signingIn = false;
        qCInfo(lcAuth) << "password sign-in failed:" << session.error().logString();
        co_return AuthError::fromApi(session.error());
    }
    auto result = co_await establish(std::move(session).value());
    if (self)
        m_signingIn = false;
    co_return result;
}

QCoro::Task<Result<SignUpOutcome, AuthError>> SessionManager::signUp(QString email, QString password)
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (m_signingIn)
        co_return AuthError::make(
            AuthError::Kind::Busy,
            QCoreApplication::translate("sv::SessionManager", "A sign-in is already in progress."));
    QPointer<SessionManager> self(this);
    m_signingIn = true;
    auto result = co_await m_backend->signUp(email.trimmed(), password);
    password.fill(QLatin1Char('\0'));
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!result) {
        m_signingIn = false;
        qCInfo(lcAuth) << "sign-up failed:" << result.error().logString();
        co_return AuthError::fromApi(result.error());
    }
    SignUpOutcome outcome;
    outcome.user = result->user;
    if (!result->session) {
        m_signingIn = false;
        outcome.confirmationPending = true;
        co_return outcome;
    }
    auto established = co_await establish(std::move(*result->session));
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    m_signingIn = false;
    if (!established)
        co_return established.error();
    outcome.user = established.value();
    co_return outcome;
}

QCoro::Task<Result<QStringList, AuthError>> SessionManager::signInProviders()
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    const auto settings = co_await m_backend->authSettings();
    if (!settings) {
        qCInfo(lcAuth) << "sign-in providers unavailable:" << settings.error().logString();
        co_return AuthError::fromApi(settings.error());
    }
    QStringList providers = settings->providers;
    const QStringList first{QStringLiteral("google"), QStringLiteral("facebook")};
    std::stable_sort(providers.begin(), providers.end(), [&first](const QString& a, const QString& b) {
        const qsizetype ra = first.contains(a) ? first.indexOf(a) : first.size();
        const qsizetype rb = first.contains(b) ? first.indexOf(b) : first.size();
        return ra != rb ? ra < rb : a < b;
    });
    co_return providers;
}

QCoro::Task<Result<SessionManager::Done, AuthError>> SessionManager::sendPasswordRecovery(QString email)
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    const auto sent = co_await m_backend->recoverPassword(email.trimmed());
    if (sent)
        co_return Done{};
    qCInfo(lcAuth) << "password recovery failed:" << sent.error().logString();
    AuthError error = AuthError::fromApi(sent.error());
    if (sent.error().httpStatus == 429) {
        // GoTrue: "For security purposes, you can only request this after 42 seconds." (one e-mail per
        // address within its interval) or "Email rate limit exceeded" (the server's hourly limit).
        static const QRegularExpression after(QStringLiteral("after (\\d+) second"));
        const QRegularExpressionMatch match = after.match(sent.error().apiMessage);
        error.message =
            match.hasMatch() ? recoveryWaitMessage(match.captured(1).toInt()) : emailLimitMessage();
    }
    co_return error;
}

QCoro::Task<Result<AuthUser, AuthError>> SessionManager::signInWithBrowser(QString provider,
                                                                           BrowserLauncher* browser)
{
    if (!m_backend)
        co_return AuthError::notConfigured();
    if (m_signingIn)
        co_return AuthError::make(
            AuthError::Kind::Busy,
            QCoreApplication::translate("sv::SessionManager", "A sign-in is already in progress."));
    QPointer<SessionManager> self(this);
    m_signingIn = true;
    BrowserRoundTrip trip;
    m_browserTrip = std::make_unique<BrowserRoundTrip>(trip);
    auto finish = [this, trip]() mutable {
        m_signingIn = false;
        if (m_browserTrip && *m_browserTrip == trip)
            m_browserTrip.reset();
        trip.close();
    };
    const Pkce pkce = Pkce::generate(Pkce::Method::S256);
    BrowserRoundTrip::Options options;
    options.timeout = m_browserTimeout;
    options.buildUrl = [backend = m_backend, provider,
                        challenge = QString::fromLatin1(pkce.challenge())](BrowserRoundTrip& listening) {
        // Supabase appends only `code` to redirect_to: the expected state rides in the redirect URI itself,
        // so the listener can still reject a callback that does not belong to this attempt.
        QUrl redirect = listening.redirectUri();
        QUrlQuery redirectQuery;
        redirectQuery.addQueryItem(QStringLiteral("state"), QString::fromLatin1(listening.state()));
        redirect.setQuery(redirectQuery);
        return backend->authorizeUrl(provider, redirect, challenge);
    };
    options.urlReady = [this, provider, trip](const QUrl& url) {
        qCInfo(lcAuth) << "browser sign-in with" << provider << "listening on port" << trip.port();
        Q_EMIT authorizationUrlReady(url);
    };
    options.browserOpened = [this](const QUrl& url, bool opened) {
        if (opened)
            return;
        qCInfo(lcAuth) << "browser sign-in: no browser could be started; the link is shown instead";
        Q_EMIT browserLaunchFailed(url);
    };
    const auto outcome = co_await trip.run(browser, std::move(options));
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!outcome.hasValue()) {
        finish();
        qCInfo(lcAuth) << "browser sign-in ended:" << outcome.error().kindName();
        co_return AuthError::fromFlow(outcome.error());
    }
    const QString code = outcome.value().code;
    const QString verifier = QString::fromLatin1(pkce.verifier());
    auto session = co_await m_backend->exchangeCodeForSession(code, verifier);
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!session) {
        finish();
        qCInfo(lcAuth) << "browser sign-in: code exchange failed:" << session.error().logString();
        co_return AuthError::fromApi(session.error());
    }
    auto result = co_await establish(std::move(session).value());
    if (self)
        finish();
    co_return result;
}

void SessionManager::cancelBrowserSignIn()
{
    if (m_browserTrip)
        m_browserTrip->cancel();
}

QCoro::Task<Result<SessionManager::Done, AuthError>> SessionManager::signOut()
{
    QPointer<SessionManager> self(this);
    // The keychain entry goes first: if it cannot be removed (locked keyring) the user stays signed in and
    // is told, instead of a token silently staying behind.
    const auto removed = co_await m_secrets->remove(sessionKey());
    if (!self)
        co_return AuthError::make(AuthError::Kind::Cancelled, {});
    if (!removed) {
        const AuthError e = AuthError::fromSecret(removed.error());
        qCWarning(lcAuth) << "sign-out: the keychain entry could not be removed:" << e.detail;
        co_return e;
    }
    if (!m_session) {
        setState(State::SignedOut);
        co_return Done{};
    }
    const QString accessToken = m_session->accessToken;
    const QString userId = m_session->user.id;
    ++m_generation;
    m_refreshTimer.stop();
    m_session.reset();
    setOffline(false);
    setState(State::SignedOut);
    purgeUser(userId);
    qCInfo(lcAuth) << "signed out user" << userId;
    Q_EMIT signedOut(QString());
    if (m_backend) {
        // Best effort: an expired token or no network leaves a session that expires on its own.
        const auto revoked = co_await m_backend->signOut(accessToken);
        if (!revoked)
            qCInfo(lcAuth) << "sign-out: server logout failed (ignored):" << revoked.error().logString();
    }
    co_return Done{};
}

} // namespace sv
