#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>
#include <chrono>

namespace sv {

/// Wall-clock time in unix milliseconds, injected wherever expiry is decided so that tests move time
/// with a ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    /// The process-wide system clock.
    static Clock& system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// A clock that only moves when told to (thread-safe).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000)
        : m_now(startMs)
    {
    } // 2026-01-01T00:00:00Z
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advance(std::chrono::milliseconds delta) { m_now.fetch_add(delta.count()); }

private:
    std::atomic<qint64> m_now;
};

} // namespace sv
