#pragma once

#include <QObject>

namespace sv {

/// A request to stop, made by whoever started a piece of work and seen by everything that waits on its
/// behalf: an HTTP request in flight is aborted at once (HttpRequest::cancellation) and a wait for a retry
/// ends early. Lives on the thread of the work it stops; cancel() is idempotent.
class Cancellation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace sv
