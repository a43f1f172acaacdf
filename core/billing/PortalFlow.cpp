#include "billing/PortalFlow.h"

#include "billing/BillingService.h"
#include "loopback/BrowserRoundTrip.h"

#include <QCoro/QCoroTimer>
#include <QElapsedTimer>

namespace sv {

PortalFlow::PortalFlow(BillingService* billing, BrowserLauncher* browser, QObject* parent)
    : QObject(parent)
    , m_billing(billing)
    , m_browser(browser)
    , m_alive(std::make_shared<bool>(true))
{
}

PortalFlow::~PortalFlow()
{
    *m_alive = false;
    stopWaiting();
}

void PortalFlow::stopWaiting()
{
    if (!m_trip)
        return;
    // Released first: the waiting awaitReturn() resumes with Cancelled and must find it gone.
    const std::unique_ptr<BrowserRoundTrip> trip = std::move(m_trip);
    trip->close();
}

QCoro::Task<Result<QUrl, ApiError>> PortalFlow::open()
{
    stopWaiting();
    if (!m_billing)
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("no billing service"));
    std::shared_ptr<bool> alive = m_alive;
    QPointer<BillingService> billing = m_billing;
    m_baseline = billing->lastSubscription(); // what the pages show now; no network

    // The portal's "return" link comes back here (a code is required by the listener: "portal").
    BrowserRoundTrip trip;
    BrowserRoundTrip::Options options;
    options.timeout = m_returnTimeout;
    options.pageTexts = {tr("Back from billing"), tr("You can close this tab and return to StreamVibe."),
                         tr("Billing"), QString()};
    QString returnUrl;
    if (trip.listen(options)) {
        returnUrl = trip.redirectUriWithState() + QStringLiteral("&code=portal");
        m_trip = std::make_unique<BrowserRoundTrip>(trip);
        awaitReturn(trip);
    } // else the portal still works; only its return link goes nowhere

    auto url = co_await billing->createPortalSession(returnUrl);
    if (!*alive)
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("portal flow destroyed"));
    if (!url) {
        stopWaiting();
        co_return url.error();
    }
    const bool opened = BrowserRoundTrip::openBrowser(m_browser, url.value());
    Q_EMIT portalUrlReady(url.value(), opened);
    co_return url.value();
}

QCoro::Task<void> PortalFlow::awaitReturn(BrowserRoundTrip trip)
{
    std::shared_ptr<bool> alive = m_alive;
    const BrowserRoundTrip::Outcome outcome = co_await trip.waitForCallback();
    if (!*alive || !m_trip || !(*m_trip == trip))
        co_return; // stopWaiting() or a newer open()
    stopWaiting();
    if (outcome)
        refreshAfterReturn();
}

QCoro::Task<void> PortalFlow::refreshAfterReturn()
{
    std::shared_ptr<bool> alive = m_alive;
    QPointer<BillingService> billing = m_billing;
    if (!billing)
        co_return;
    const std::optional<SubscriptionSettings> baseline = m_baseline;
    const std::chrono::milliseconds interval = m_pollInterval;
    const std::chrono::milliseconds budget = m_pollBudget;
    auto changedFromBaseline = [&baseline](const auto& read) {
        return baseline && read && !read->freshness.stale && subscriptionDiffers(*baseline, read->value);
    };
    auto read = co_await billing->refreshSubscription();
    if (!*alive)
        co_return;
    Q_EMIT returned();
    if (!*alive)
        co_return; // a slot of returned() may delete the flow
    // Stripe applies what the user did in the portal through a webhook, which may reach the backend after the
    // return: until the change shows (or the budget is spent; the user may have changed nothing), read again.
    QElapsedTimer spent;
    spent.start();
    while (baseline && !changedFromBaseline(read) && spent.elapsed() < budget.count()) {
        co_await QCoro::sleepFor(interval);
        if (!*alive || !billing)
            co_return;
        read = co_await billing->refreshSubscription();
        if (!*alive)
            co_return;
        if (changedFromBaseline(read))
            Q_EMIT subscriptionChanged();
    }
}

} // namespace sv
