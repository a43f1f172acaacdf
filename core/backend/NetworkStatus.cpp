#include "backend/NetworkStatus.h"

#include "backend/HttpClient.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>

Q_LOGGING_CATEGORY(lcNetwork, "streamvibe.network")

namespace sv {

NetworkStatus::NetworkStatus(HttpClient* http, const QUrl& probeUrl, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_probeUrl(probeUrl)
{
    m_probeTimer.setInterval(std::chrono::seconds(30));
    connect(&m_probeTimer, &QTimer::timeout, this, &NetworkStatus::probe);
    connect(http, &HttpClient::serverReached, this, &NetworkStatus::noteReached);
    connect(http, &HttpClient::serverUnreachable, this, &NetworkStatus::noteUnreachable);
}

NetworkStatus::~NetworkStatus() = default;

void NetworkStatus::followNetworkInformation()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return;
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info->supports(QNetworkInformation::Feature::Reachability))
        return;
    const auto onReachability = [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Disconnected)
            setOffline(true);
        else if (m_offline && r == QNetworkInformation::Reachability::Online)
            probe(); // the system says it is back: a request tells whether the servers are
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, onReachability);
    onReachability(info->reachability());
}

void NetworkStatus::noteReached()
{
    setOffline(false);
}

void NetworkStatus::noteUnreachable()
{
    setOffline(true);
}

void NetworkStatus::setOffline(bool offline)
{
    if (offline)
        m_probeTimer.start();
    else
        m_probeTimer.stop();
    if (m_offline == offline)
        return;
    m_offline = offline;
    qCInfo(lcNetwork) << (offline ? "offline: the servers cannot be reached" : "online again");
    Q_EMIT offlineChanged(offline);
}

void NetworkStatus::probe()
{
    if (m_probing || !m_probeUrl.isValid())
        return;
    probeOnce();
}

QCoro::Task<> NetworkStatus::probeOnce()
{
    QPointer<NetworkStatus> self(this);
    m_probing = true;
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = m_probeUrl;
    request.timeout = std::chrono::seconds(10);
    request.idempotent = false; // no retries: the next probe is the retry
    // One attempt: the answer (any status) or its failure is reported by the client itself.
    co_await m_http->send(std::move(request));
    if (self)
        m_probing = false;
}

} // namespace sv
