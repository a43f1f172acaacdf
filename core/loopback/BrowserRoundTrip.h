#pragma once

#include "Result.h"
#include "loopback/AuthFlowError.h"
#include "loopback/AuthorizationResponse.h"
#include "loopback/LoopbackListener.h"

#include <QByteArray>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>
#include <memory>

namespace sv {

class BrowserLauncher;

/// One browser round trip (RFC 8252): a LoopbackListener bound to 127.0.0.1, the URL to open built around
/// its redirect URI, the user's browser opened on it, then the callback, the overall timeout or cancel().
/// Sign-in, platform connect, Stripe Checkout and the billing portal all go through it.
///
/// A BrowserRoundTrip is a handle: copies share one round trip, so the owner keeps one to cancel() it
/// while a coroutine waits on another. The listener lives until close() (or until the last copy is
/// gone): the browser's answer page goes out before the port closes.
///
/// The simple case is one call, run(): listen, build the URL (RoundTripOptions::buildUrl, from the
/// redirect URI and state()), announce it, open the browser, wait. Callers whose URL comes from an
/// asynchronous call (a Checkout or portal session created with the redirect URI) use the steps:
/// listen(), openBrowser(), waitForCallback().
class BrowserRoundTrip
{
public:
    using Outcome = Result<AuthorizationResponse, AuthFlowError>;

    /// How the round trip behaves; every member has the sign-in default.
    struct Options
    {
        /// How long the whole round trip may take, counted from listen() (default 5 min).
        std::chrono::milliseconds timeout = LoopbackListener::DefaultOverallTimeout;
        /// The page the browser sees at the end; empty members keep the sign-in wording.
        LoopbackListener::PageTexts pageTexts;
        /// For run(): the URL to open, built from the listening round trip (redirectUri(), state(); it may
        /// replace the state with setExpectedState()).
        std::function<QUrl(BrowserRoundTrip& trip)> buildUrl;
        /// For run(): the URL is known, before the browser is asked to open it (e.g. to show it as a
        /// copyable link). cancel() from here ends the round trip before the browser opens.
        std::function<void(const QUrl& url)> urlReady;
        /// For run(): the browser was asked to open the URL; `opened` false = no browser could be started.
        std::function<void(const QUrl& url, bool opened)> browserOpened;
    };

    BrowserRoundTrip();

    /// Binds 127.0.0.1 on an ephemeral port with `options`' timeout and page texts. ListenFailed when the
    /// port cannot be opened; Cancelled when cancel() came first.
    Result<void, AuthFlowError> listen(const Options& options);
    /// `http://127.0.0.1:<port>/<random path>`; empty before listen().
    QUrl redirectUri() const;
    /// The redirect URI with `?state=<state>` appended, as text (for providers that append only `code`,
    /// and for URLs carrying placeholders that QUrl would encode).
    QString redirectUriWithState() const;
    /// The `state` the callback must carry (random unless replaced).
    QByteArray state() const;
    /// Replaces the expected `state` (e.g. one the backend relay reads); after listen(), before the browser.
    void setExpectedState(const QByteArray& state);
    quint16 port() const;

    /// Asks `browser` to open `url`; false when there is no launcher or it could not start a browser.
    static bool openBrowser(BrowserLauncher* browser, const QUrl& url);
    /// Completes with the callback (its state already checked), or the error: the provider's, a bad or
    /// missing state, the timeout, cancel(). Cancelled when nothing listens.
    QCoro::Task<Outcome> waitForCallback() const;

    /// The whole round trip: listen(), options.buildUrl, urlReady, the browser, waitForCallback().
    QCoro::Task<Outcome> run(BrowserLauncher* browser, Options options);

    /// Ends the round trip as Cancelled (the port closes) and marks it cancelled, also when the callback
    /// already came (the caller's follow-up, e.g. a code exchange, then ends as cancelled too).
    void cancel();
    bool isCancelled() const;
    /// Listening and not yet ended.
    bool isPending() const;
    /// Ends a pending round trip as Cancelled (without marking it cancelled) and frees the listener.
    void close();

    /// Copies of one round trip are equal.
    friend bool operator==(const BrowserRoundTrip& a, const BrowserRoundTrip& b) { return a.d == b.d; }

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace sv
