#include "billing/PortalFlow.h"

#include "billing/BillingService.h"
#include "loopback/AuthorizationResponse.h"
#include "loopback/BrowserLauncher.h"
#include "loopback/LoopbackListener.h"

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
}

void PortalFlow::stopWaiting()
{
    if (!m_listener)
        return;
    LoopbackListener* listener = m_listener;
    m_listener = nullptr;
    listener->disconnect(this);
    listener->cancel();
    listener->deleteLater();
}

QCoro::Task<Result<QUrl, ApiError>> PortalFlow::open()
{
    stopWaiting();
    if (!m_billing)
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("no billing service"));
    std::shared_ptr<bool> alive = m_alive;
    QPointer<BillingService> billing = m_billing;

    // The portal's "return" link comes back here (a code is required by the listener: "portal").
    auto* listener = new LoopbackListener(this);
    listener->setOverallTimeout(m_returnTimeout);
    listener->setPageTexts({tr("Back from billing"), tr("You can close this tab and return to StreamVibe."),
                            tr("Billing"), QString()});
    QString returnUrl;
    if (listener->listen()) {
        returnUrl = listener->redirectUri().toString(QUrl::FullyEncoded) + QStringLiteral("?state=") +
                    QString::fromLatin1(listener->state()) + QStringLiteral("&code=portal");
        connect(listener, &LoopbackListener::authorizationReceived, this, &PortalFlow::onReturned);
        connect(listener, &LoopbackListener::finished, this, [this, listener] {
            if (m_listener == listener) {
                m_listener = nullptr;
                listener->deleteLater();
            }
        });
        m_listener = listener;
    } else {
        listener->deleteLater(); // the portal still works; only its return link goes nowhere
    }

    auto url = co_await billing->createPortalSession(returnUrl);
    if (!*alive)
        co_return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("portal flow destroyed"));
    if (!url) {
        stopWaiting();
        co_return url.error();
    }
    const bool opened = m_browser && m_browser->open(url.value());
    Q_EMIT portalUrlReady(url.value(), opened);
    co_return url.value();
}

void PortalFlow::onReturned(const AuthorizationResponse& response)
{
    Q_UNUSED(response)
    refreshAfterReturn();
}

QCoro::Task<void> PortalFlow::refreshAfterReturn()
{
    std::shared_ptr<bool> alive = m_alive;
    QPointer<BillingService> billing = m_billing;
    if (billing)
        co_await billing->refreshSubscription();
    if (*alive)
        Q_EMIT returned();
}

} // namespace sv
