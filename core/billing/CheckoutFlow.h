#pragma once

#include "backend/ApiError.h"
#include "billing/BillingModels.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace sv {

class BillingService;
class BrowserLauncher;
class BrowserRoundTrip;
class CheckoutWaitState;
struct AuthFlowError;
struct AuthorizationResponse;

/// Buying or changing a plan with Stripe Checkout in the user's browser.
///
/// 1. Reads the current subscription (the baseline) from the backend.
/// 2. Opens a BrowserRoundTrip (the sign-in machinery) and asks create-checkout-session for a session
///    whose success URL returns to it with {CHECKOUT_SESSION_ID} and whose cancel URL returns with
///    error=checkout_cancelled; opens the checkout URL in the browser (checkoutUrlReady carries it, so
///    the UI can also show it as a copyable link).
/// 3. Success return: invalidates the cached subscription and usage and refetches them; the new plan is
///    reported at once. Cancel return: the plan is left as it was.
/// 4. If the browser never comes back, a bounded poll of the subscription (every pollInterval, for at
///    most pollTimeout) settles it; when the whole attempt times out a last check decides.
/// cancel() stops the attempt at any point. One attempt at a time per flow.
class CheckoutFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, WaitingForPayment, Confirming, Finished };
    Q_ENUM(State)

    struct Outcome
    {
        enum class Kind {
            Completed, ///< the new subscription is active and cached
            Cancelled, ///< cancelled on the checkout page: the plan is unchanged
            Aborted,   ///< stopped in the app (cancel()) before a change was seen
            TimedOut,  ///< no return and no change seen within the time limits
            Failed,    ///< the backend or the listener failed; see error / message
        };
        Kind kind = Kind::Failed;
        /// Completed: the new subscription; otherwise the last one known (the unchanged plan).
        std::optional<SubscriptionSettings> subscription;
        QString checkoutSessionId;
        bool confirmedByPoll = false; ///< Completed without the browser coming back
        std::optional<ApiError> error;
        QString message; ///< translated, for the user
    };

    static constexpr std::chrono::milliseconds DefaultPollInterval{3'000};
    static constexpr std::chrono::milliseconds DefaultPollTimeout{2 * 60'000};
    /// After the browser came back with success, how often the subscription is read until the change shows
    /// (at most the poll interval): Stripe's webhook usually follows the redirect within a second or two.
    static constexpr std::chrono::milliseconds DefaultConfirmInterval{1'000};
    /// Stripe's shortest Checkout Session lifetime: how long the app waits for the browser at most.
    static constexpr std::chrono::milliseconds DefaultAttemptTimeout{30 * 60'000};

    CheckoutFlow(BillingService* billing, BrowserLauncher* browser, QObject* parent = nullptr);
    ~CheckoutFlow() override;

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setPollTimeout(std::chrono::milliseconds timeout) { m_pollTimeout = timeout; }
    void setConfirmInterval(std::chrono::milliseconds interval) { m_confirmInterval = interval; }
    void setAttemptTimeout(std::chrono::milliseconds timeout) { m_attemptTimeout = timeout; }
    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }

    /// Runs one checkout for the Stripe price `priceId` (a monthly or yearly licensed price).
    QCoro::Task<Outcome> run(QString priceId);

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle && m_state != State::Finished; }
    /// The Stripe Checkout URL of the running attempt (empty before it is known).
    QUrl checkoutUrl() const { return m_url; }
    /// Subscription polls made by the running or last attempt.
    int pollCount() const { return m_polls; }

public Q_SLOTS:
    /// Stops the running attempt (Outcome::Kind::Aborted). Safe to call at any time.
    void cancel();

Q_SIGNALS:
    void stateChanged(sv::CheckoutFlow::State state);
    /// The checkout URL is known; `browserOpened` false = show it for the user to open.
    void checkoutUrlReady(const QUrl& url, bool browserOpened);
    void finished(const sv::CheckoutFlow::Outcome& outcome);

private:
    void setState(State state);
    void finish(Outcome outcome);
    Outcome makeOutcome(Outcome::Kind kind, std::optional<SubscriptionSettings> subscription = {},
                        std::optional<ApiError> error = {}) const;
    /// Waits for the browser to come back through `trip`, then onReturned() or onListenerFailed().
    QCoro::Task<void> awaitReturn(BrowserRoundTrip trip);
    /// Frees the round trip's listener (a pending one ends as Cancelled, which is not reported).
    void closeTrip();
    void onReturned(const AuthorizationResponse& response);
    void onListenerFailed(const AuthFlowError& error);
    void onPollTick();
    void onPollBudgetEnded();
    /// One subscription check; `final` ends the attempt either way.
    QCoro::Task<void> check(bool afterReturn, bool final);

    QPointer<BillingService> m_billing;
    BrowserLauncher* m_browser;
    std::chrono::milliseconds m_pollInterval = DefaultPollInterval;
    std::chrono::milliseconds m_pollTimeout = DefaultPollTimeout;
    std::chrono::milliseconds m_confirmInterval = DefaultConfirmInterval;
    std::chrono::milliseconds m_attemptTimeout = DefaultAttemptTimeout;
    State m_state = State::Idle;
    QTimer m_pollTimer;
    QTimer m_pollBudget;
    std::unique_ptr<BrowserRoundTrip> m_trip; ///< until the browser can no longer return
    std::shared_ptr<CheckoutWaitState> m_wait;
    std::optional<SubscriptionSettings> m_baseline;
    QUrl m_url;
    QString m_sessionId;
    bool m_returned = false;
    bool m_checkInFlight = false;
    int m_polls = 0;
    std::shared_ptr<bool> m_alive;
};

} // namespace sv
