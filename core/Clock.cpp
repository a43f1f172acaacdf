#include "Clock.h"

namespace sv {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace sv
