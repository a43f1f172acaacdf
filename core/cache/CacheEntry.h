#pragma once

#include <QByteArray>
#include <QString>

namespace sv {

/// One cached value. Times are unix milliseconds from the injected Clock.
struct CacheEntry
{
    QByteArray value;
    qint64 storedAt = 0;
    qint64 expiresAt = 0;
    QString scope; ///< the user id for user-scoped data, empty for shared data

    bool isFresh(qint64 nowMs) const { return nowMs < expiresAt; }
};

} // namespace sv
