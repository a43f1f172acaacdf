#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>

namespace sv {

class HttpClient;

/// Whether the backend and the platforms can be reached, from what the requests of one HttpClient meet and
/// from the system's reachability (QNetworkInformation, where the platform has a backend for it).
///
/// Offline once a request could not reach its server after its retries (refused, no route, DNS, network
/// down: ApiError::Kind::Offline; an attempt that a retry mends is no offline moment, so a banner that
/// follows this never flashes, and it comes as soon as the retries are over) or the system says there is no
/// network; online again at the next answer of a server (any HTTP status: the network carried it) or when the
/// system says the network is back (the next request then tells). While offline it asks `probeUrl` (the
/// backend) every probeInterval(), so the return is noticed without anyone doing anything, and
/// offlineChanged(false) follows it once. GUI-free.
class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    NetworkStatus(HttpClient* http, const QUrl& probeUrl, QObject* parent = nullptr);
    ~NetworkStatus() override;

    bool isOffline() const { return m_offline; }
    /// Follows QNetworkInformation's reachability when a backend for it can be loaded.
    void followNetworkInformation();

    /// 30 s by default.
    void setProbeInterval(std::chrono::milliseconds interval) { m_probeTimer.setInterval(interval); }
    std::chrono::milliseconds probeInterval() const { return m_probeTimer.intervalAsDuration(); }
    /// Asks the probe URL once now (what the timer does while offline); "Retry" of the offline banner.
    void probe();

    /// What a request met (HttpClient reports each answer, and a request that could not reach its server once
    /// its retries are over): a server answered, or none could be reached.
    void noteReached();
    void noteUnreachable();

Q_SIGNALS:
    void offlineChanged(bool offline);

private:
    void setOffline(bool offline);
    QCoro::Task<> probeOnce();

    HttpClient* m_http;
    QUrl m_probeUrl;
    bool m_offline = false;
    bool m_probing = false;
    QTimer m_probeTimer;
};

} // namespace sv
