#pragma once

#include "backend/ApiError.h"
#include "billing/BillingModels.h"

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace sv {

class BillingService;
class BrowserLauncher;
class BrowserRoundTrip;

/// "Manage billing": opens the Stripe customer portal (create-portal-session) in the browser. Its return
/// link comes back to a BrowserRoundTrip; the plan may have changed there (cancelled, switched), so the
/// subscription is then read again, and again for a while until the change shows (Stripe applies it through a
/// webhook that can arrive after the return). Payment methods stay in the portal: the app
/// never reads or stores them.
class PortalFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultReturnTimeout{30 * 60'000};

    PortalFlow(BillingService* billing, BrowserLauncher* browser, QObject* parent = nullptr);
    ~PortalFlow() override;

    void setReturnTimeout(std::chrono::milliseconds timeout) { m_returnTimeout = timeout; }
    /// After the return, how often and how long the subscription is read again until the portal's change
    /// shows: Stripe applies it through a webhook, which can reach the backend after the user came back.
    void setChangePolling(std::chrono::milliseconds interval, std::chrono::milliseconds budget)
    {
        m_pollInterval = interval;
        m_pollBudget = budget;
    }

    /// Creates the portal session and opens it; the URL (also in portalUrlReady) or the error.
    QCoro::Task<Result<QUrl, ApiError>> open();
    /// Stops waiting for the return link.
    void stopWaiting();
    bool isWaitingForReturn() const { return m_trip != nullptr; }

Q_SIGNALS:
    /// `browserOpened` false = show the URL for the user to open.
    void portalUrlReady(const QUrl& url, bool browserOpened);
    /// The user came back through the portal's return link; the subscription was refreshed.
    void returned();
    /// After returned(): a later read found the change made in the portal (plan, cancellation, status).
    void subscriptionChanged();

private:
    /// Waits for the return link through `trip`; a return refreshes the subscription.
    QCoro::Task<void> awaitReturn(BrowserRoundTrip trip);
    QCoro::Task<void> refreshAfterReturn();

    QPointer<BillingService> m_billing;
    BrowserLauncher* m_browser;
    std::chrono::milliseconds m_returnTimeout = DefaultReturnTimeout;
    std::chrono::milliseconds m_pollInterval{2000};
    std::chrono::milliseconds m_pollBudget{30'000};
    std::optional<SubscriptionSettings> m_baseline; ///< the subscription when the portal was opened
    std::unique_ptr<BrowserRoundTrip> m_trip;       ///< while the return link can still come
    std::shared_ptr<bool> m_alive;
};

} // namespace sv
