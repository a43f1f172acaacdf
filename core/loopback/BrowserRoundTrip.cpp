#include "loopback/BrowserRoundTrip.h"

#include "loopback/BrowserLauncher.h"

namespace sv {

namespace {

struct DeleteLater
{
    void operator()(QObject* object) const { object->deleteLater(); }
};

AuthFlowError cancelledError()
{
    return AuthFlowError{AuthFlowError::Kind::Cancelled, {}, {}, {}};
}

} // namespace

struct BrowserRoundTrip::Shared
{
    std::unique_ptr<LoopbackListener, DeleteLater> listener;
    bool cancelled = false;
};

BrowserRoundTrip::BrowserRoundTrip()
    : d(std::make_shared<Shared>())
{
}

Result<void, AuthFlowError> BrowserRoundTrip::listen(const Options& options)
{
    if (d->cancelled)
        return cancelledError();
    if (d->listener)
        return {};
    d->listener.reset(new LoopbackListener);
    d->listener->setOverallTimeout(options.timeout);
    d->listener->setPageTexts(options.pageTexts);
    if (!d->listener->listen()) {
        const auto outcome = d->listener->outcome();
        AuthFlowError error = outcome && !outcome->hasValue()
                                  ? outcome->error()
                                  : AuthFlowError{AuthFlowError::Kind::ListenFailed, {}, {}, {}};
        d->listener.reset();
        return error;
    }
    return {};
}

QUrl BrowserRoundTrip::redirectUri() const
{
    return d->listener ? d->listener->redirectUri() : QUrl();
}

QString BrowserRoundTrip::redirectUriWithState() const
{
    return redirectUri().toString(QUrl::FullyEncoded) + QStringLiteral("?state=") +
           QString::fromLatin1(state());
}

QByteArray BrowserRoundTrip::state() const
{
    return d->listener ? d->listener->state() : QByteArray();
}

void BrowserRoundTrip::setExpectedState(const QByteArray& state)
{
    if (d->listener)
        d->listener->setExpectedState(state);
}

quint16 BrowserRoundTrip::port() const
{
    return d->listener ? d->listener->port() : 0;
}

bool BrowserRoundTrip::openBrowser(BrowserLauncher* browser, const QUrl& url)
{
    return browser && browser->open(url);
}

QCoro::Task<BrowserRoundTrip::Outcome> BrowserRoundTrip::waitForCallback() const
{
    // The shared state, not `this`: the handle waited on may be gone when the callback comes.
    const std::shared_ptr<Shared> shared = d;
    if (!shared->listener)
        co_return cancelledError();
    co_return co_await shared->listener->waitForCallback();
}

QCoro::Task<BrowserRoundTrip::Outcome> BrowserRoundTrip::run(BrowserLauncher* browser, Options options)
{
    BrowserRoundTrip trip = *this; // keeps the round trip alive whatever happens to the caller's handle
    if (auto listening = trip.listen(options); !listening)
        co_return listening.error();
    const QUrl url = options.buildUrl ? options.buildUrl(trip) : QUrl();
    if (options.urlReady)
        options.urlReady(url);
    if (trip.isCancelled())
        co_return cancelledError();
    const bool opened = openBrowser(browser, url);
    if (options.browserOpened)
        options.browserOpened(url, opened);
    co_return co_await trip.waitForCallback();
}

void BrowserRoundTrip::cancel()
{
    d->cancelled = true;
    if (d->listener)
        d->listener->cancel(); // a waiting coroutine resumes with Cancelled
}

bool BrowserRoundTrip::isCancelled() const
{
    return d->cancelled;
}

bool BrowserRoundTrip::isPending() const
{
    return d->listener && d->listener->isListening() && !d->listener->isFinished();
}

void BrowserRoundTrip::close()
{
    if (!d->listener)
        return;
    // Released first: a coroutine resumed by cancel() may look at this round trip again.
    std::unique_ptr<LoopbackListener, DeleteLater> listener = std::move(d->listener);
    listener->cancel();
}

} // namespace sv
