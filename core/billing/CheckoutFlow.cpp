#include "billing/CheckoutFlow.h"

#include "billing/BillingService.h"
#include "loopback/AuthFlowError.h"
#include "loopback/AuthorizationResponse.h"
#include "loopback/BrowserRoundTrip.h"

#include <QCoro/QCoroSignal>
#include <QLoggingCategory>

#include <algorithm>

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcBilling)

/// The outcome shared with the awaiting coroutine, which must not wait on the flow itself (a flow
/// destroyed before the queued delivery would leave it suspended).
class CheckoutWaitState : public QObject
{
    Q_OBJECT
public:
    std::optional<CheckoutFlow::Outcome> outcome;

Q_SIGNALS:
    void done();
};

namespace {

/// The provider "error" our cancel URL carries back.
const QString kCancelledError = QStringLiteral("checkout_cancelled");

} // namespace

CheckoutFlow::CheckoutFlow(BillingService* billing, BrowserLauncher* browser, QObject* parent)
    : QObject(parent)
    , m_billing(billing)
    , m_browser(browser)
    , m_alive(std::make_shared<bool>(true))
{
    m_pollTimer.setSingleShot(false);
    m_pollBudget.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CheckoutFlow::onPollTick);
    connect(&m_pollBudget, &QTimer::timeout, this, &CheckoutFlow::onPollBudgetEnded);
}

CheckoutFlow::~CheckoutFlow()
{
    *m_alive = false;
    if (isRunning())
        finish(makeOutcome(Outcome::Kind::Aborted, m_baseline));
}

void CheckoutFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

CheckoutFlow::Outcome CheckoutFlow::makeOutcome(Outcome::Kind kind,
                                                std::optional<SubscriptionSettings> subscription,
                                                std::optional<ApiError> error) const
{
    Outcome o;
    o.kind = kind;
    o.subscription = std::move(subscription);
    o.checkoutSessionId = m_sessionId;
    o.error = std::move(error);
    switch (kind) {
    case Outcome::Kind::Completed:
        o.message = tr("Payment confirmed: your plan is now “%1”.")
                        .arg(o.subscription ? o.subscription->plan : QString());
        break;
    case Outcome::Kind::Cancelled:
        o.message = tr("Checkout was cancelled. Your plan is unchanged.");
        break;
    case Outcome::Kind::Aborted:
        o.message = tr("Checkout was stopped. If you completed the payment, your new plan will appear "
                       "shortly.");
        break;
    case Outcome::Kind::TimedOut:
        o.message = tr("The payment was not confirmed in time. If you completed it, your new plan will "
                       "appear shortly; otherwise start again.");
        break;
    case Outcome::Kind::Failed:
        o.message = o.error ? o.error->userMessage() : tr("Checkout could not be started.");
        break;
    }
    return o;
}

QCoro::Task<CheckoutFlow::Outcome> CheckoutFlow::run(QString priceId)
{
    if (isRunning()) {
        Outcome busy = makeOutcome(Outcome::Kind::Failed);
        busy.message = tr("A checkout is already in progress.");
        co_return busy;
    }
    std::shared_ptr<bool> alive = m_alive;
    auto wait = std::make_shared<CheckoutWaitState>();
    m_wait = wait;
    m_baseline.reset();
    m_url = QUrl();
    m_sessionId.clear();
    m_returned = false;
    m_checkInFlight = false;
    m_polls = 0;
    setState(State::Preparing);

    if (!m_billing) {
        finish(makeOutcome(Outcome::Kind::Failed));
        co_return *wait->outcome;
    }

    // 1. The baseline, fresh from the backend: a change from it is what a purchase looks like.
    QPointer<BillingService> billing = m_billing;
    auto baseline = co_await billing->subscription(BillingService::Refresh::Now);
    if (!*alive || wait->outcome)
        co_return wait->outcome ? *wait->outcome : makeOutcome(Outcome::Kind::Aborted);
    if (!baseline) {
        finish(makeOutcome(Outcome::Kind::Failed, std::nullopt, baseline.error()));
        co_return *wait->outcome;
    }
    if (baseline->freshness.stale) { // offline: nothing can be bought
        finish(makeOutcome(Outcome::Kind::Failed, baseline->value, baseline->freshness.backendError));
        co_return *wait->outcome;
    }
    m_baseline = baseline->value;

    // 2. The loopback round trip the browser returns to.
    BrowserRoundTrip trip;
    m_trip = std::make_unique<BrowserRoundTrip>(trip);
    BrowserRoundTrip::Options options;
    options.timeout = m_attemptTimeout;
    options.pageTexts = {tr("Payment received"), tr("You can close this tab and return to StreamVibe."),
                         tr("Checkout not completed"),
                         tr("Checkout was cancelled. Your plan is unchanged; you can close this tab.")};
    if (auto listening = trip.listen(options); !listening) {
        Outcome failed = makeOutcome(Outcome::Kind::Failed, m_baseline);
        failed.message = listening.error().message();
        finish(std::move(failed));
        co_return *wait->outcome;
    }
    // Built as text: Stripe substitutes the literal {CHECKOUT_SESSION_ID}, which QUrl would encode.
    const QString base = trip.redirectUriWithState();
    const QString successUrl = base + QStringLiteral("&code={CHECKOUT_SESSION_ID}");
    const QString cancelUrl = base + QStringLiteral("&error=") + kCancelledError;

    // 3. The Stripe Checkout session.
    auto session = co_await billing->createCheckoutSession(priceId, successUrl, cancelUrl);
    if (!*alive || wait->outcome)
        co_return wait->outcome ? *wait->outcome : makeOutcome(Outcome::Kind::Aborted);
    if (!session) {
        finish(makeOutcome(Outcome::Kind::Failed, m_baseline, session.error()));
        co_return *wait->outcome;
    }
    m_sessionId = session->id;
    m_url = session->url;
    const bool opened = BrowserRoundTrip::openBrowser(m_browser, m_url);
    qCInfo(lcBilling) << "checkout session created; browser opened:" << opened;
    setState(State::WaitingForPayment);
    Q_EMIT checkoutUrlReady(m_url, opened);
    if (wait->outcome) // a slot of checkoutUrlReady cancelled
        co_return *wait->outcome;

    // 4. The browser's return, the poll, a timeout or cancel() ends it.
    m_pollTimer.start(m_pollInterval);
    m_pollBudget.start(m_pollTimeout);
    awaitReturn(trip);
    co_await qCoro(wait.get(), &CheckoutWaitState::done);
    co_return *wait->outcome;
}

void CheckoutFlow::finish(Outcome outcome)
{
    if (!m_wait || m_wait->outcome)
        return;
    m_pollTimer.stop();
    m_pollBudget.stop();
    closeTrip();
    std::shared_ptr<CheckoutWaitState> wait = m_wait;
    wait->outcome = outcome;
    setState(State::Finished);
    Q_EMIT finished(outcome);
    Q_EMIT wait->done();
}

void CheckoutFlow::cancel()
{
    if (isRunning())
        finish(makeOutcome(Outcome::Kind::Aborted, m_billing ? m_billing->lastSubscription() : m_baseline));
}

void CheckoutFlow::closeTrip()
{
    if (!m_trip)
        return;
    // Released first: the waiting awaitReturn() resumes with Cancelled and must find it gone.
    const std::unique_ptr<BrowserRoundTrip> trip = std::move(m_trip);
    trip->close();
}

QCoro::Task<void> CheckoutFlow::awaitReturn(BrowserRoundTrip trip)
{
    std::shared_ptr<bool> alive = m_alive;
    const BrowserRoundTrip::Outcome outcome = co_await trip.waitForCallback();
    if (!*alive || !m_trip || !(*m_trip == trip))
        co_return; // finished meanwhile: closed by finish()
    if (outcome)
        onReturned(outcome.value());
    else
        onListenerFailed(outcome.error());
}

void CheckoutFlow::onReturned(const AuthorizationResponse& response)
{
    if (!isRunning())
        return;
    m_returned = true;
    if (m_sessionId.isEmpty() || response.code == m_sessionId || response.code.isEmpty())
        qCInfo(lcBilling) << "checkout returned: success";
    else
        qCWarning(lcBilling) << "checkout returned with another session id";
    setState(State::Confirming);
    // The webhook may lag behind the redirect: poll, more often and bounded again from now, until the
    // change shows.
    m_pollBudget.start(m_pollTimeout);
    m_pollTimer.start(std::min(m_pollInterval, m_confirmInterval));
    check(true, false);
}

void CheckoutFlow::onListenerFailed(const AuthFlowError& error)
{
    if (!isRunning())
        return;
    if (error.kind == AuthFlowError::Kind::ProviderError && error.providerError == kCancelledError) {
        qCInfo(lcBilling) << "checkout cancelled in the browser";
        finish(makeOutcome(Outcome::Kind::Cancelled, m_baseline));
        return;
    }
    if (error.kind == AuthFlowError::Kind::Cancelled)
        return;
    // Timeout or a bad callback: the browser can no longer bring the answer; the subscription decides.
    qCInfo(lcBilling).noquote() << "checkout listener ended:" << error.kindName();
    closeTrip();
    check(m_returned, !m_pollTimer.isActive());
}

void CheckoutFlow::onPollTick()
{
    if (!isRunning())
        return;
    check(m_returned, false);
}

void CheckoutFlow::onPollBudgetEnded()
{
    m_pollTimer.stop();
    if (!isRunning())
        return;
    if (m_state == State::Confirming || !m_trip) {
        // Returned with success (or the listener is gone) but no change seen: one last look decides.
        check(m_returned, true);
    }
    // Otherwise keep waiting for the browser; the attempt timeout ends it with a last check.
}

QCoro::Task<void> CheckoutFlow::check(bool afterReturn, bool final)
{
    if (m_checkInFlight && !final)
        co_return;
    if (!m_billing || !m_baseline) {
        finish(makeOutcome(Outcome::Kind::Failed, m_baseline));
        co_return;
    }
    m_checkInFlight = true;
    ++m_polls;
    std::shared_ptr<bool> alive = m_alive;
    std::shared_ptr<CheckoutWaitState> wait = m_wait;
    QPointer<BillingService> billing = m_billing;
    // After a success return the cached subscription (and usage) is invalidated before refetching.
    // (No conditional operator around co_await: g++ 12 destroys the temporary task too early.)
    std::optional<Result<Fetched<SubscriptionSettings>, ApiError>> result;
    if (afterReturn)
        result.emplace(co_await billing->refreshSubscription());
    else
        result.emplace(co_await billing->subscription(BillingService::Refresh::Now));
    const Result<Fetched<SubscriptionSettings>, ApiError>& now = *result;
    if (!*alive || wait != m_wait || wait->outcome)
        co_return;
    m_checkInFlight = false;
    if (now && !now->freshness.stale && planChanged(*m_baseline, now->value)) {
        if (!afterReturn)
            billing->invalidateSubscription(); // the usage figures belong to the new plan too
        Outcome done = makeOutcome(Outcome::Kind::Completed, now->value);
        done.confirmedByPoll = !m_returned;
        finish(std::move(done));
        co_return;
    }
    if (!now)
        qCInfo(lcBilling).noquote() << "subscription check failed:" << now.error().logString();
    if (final) {
        finish(makeOutcome(Outcome::Kind::TimedOut, now ? std::optional(now->value) : m_baseline,
                           now ? std::nullopt : std::optional(now.error())));
    }
}

} // namespace sv

#include "CheckoutFlow.moc"
