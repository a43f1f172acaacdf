#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace sv::sandbox {

/// One injected fault. See streamvibe-sandbox --help / tests/sandbox/README.md for the SPEC syntax.
struct Fault
{
    enum class Kind { Latency, Status, Hang, Truncate, Malformed, ExpireToken, Quota };
    Kind kind = Kind::Status;
    int value = 0;                      ///< latency: milliseconds; status: HTTP status
    int retryAfter = -1;                ///< seconds for a Retry-After header (429/503); -1 = none
    QString path = QStringLiteral("/"); ///< path prefix the fault applies to
    QString method;                     ///< empty = any method
    int ratePercent = 100; ///< 1..100: deterministic share of matching requests that get the fault
    int count = -1;        ///< remaining times the fault fires; -1 = unlimited
    quint64 seen = 0;      ///< matching requests seen (drives the deterministic rate)
    int id = 0;

    QJsonObject toJson() const;
};

class FaultInjector
{
public:
    /// Parses "KIND[=VALUE][,key=value...]" (several separated by ';'). Empty error on success.
    static std::vector<Fault> parseSpec(const QString& spec, QString* error);
    /// {"spec": "..."} or {"kind": "status", "value": 503, "path": "/rest", "rate": 10, "count": 2,
    /// "retry_after": 3, "method": "GET"}.
    static std::vector<Fault> parseJson(const QJsonObject& object, QString* error);

    void add(Fault fault);
    void clear() { m_faults.clear(); }
    const std::vector<Fault>& all() const { return m_faults; }

    /// The faults that fire for this request (consumes counts, advances rate counters).
    std::vector<Fault> match(const QString& path, const QByteArray& method);

private:
    std::vector<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace sv::sandbox
