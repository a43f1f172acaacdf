#pragma once

#include <QNetworkDiskCache>

#include <optional>

namespace sv {

/// Qt's disk cache for picture bytes, evicting the least recently used first.
///
/// QNetworkDiskCache::expire() removes the files created first; this one orders them by their last use,
/// which it keeps in each entry's metadata (header X-StreamVibe-Used, microseconds since the epoch): read()
/// renews it (at most once per touchInterval(), rewriting the entry), write() sets it. When the cache grows
/// past maximumCacheSize(), the entries used longest ago go until it is under 90% of it, as Qt's own does.
/// Not thread-safe: one thread at a time (ThumbnailStore runs it on a one-thread pool).
class ThumbnailDiskCache : public QNetworkDiskCache
{
    Q_OBJECT
public:
    explicit ThumbnailDiskCache(const QString& directory, qint64 maximumBytes, QObject* parent = nullptr);

    /// The bytes stored for `url`, marked as used now; nullopt when none.
    std::optional<QByteArray> read(const QUrl& url);
    /// Stores `bytes` for `url` (replacing what was stored), then evicts if the cache is over its size.
    void write(const QUrl& url, const QByteArray& bytes, const QByteArray& contentType = {});

    /// A read renews an entry's use only when its last use is older than this (default 60 s): scrolling
    /// back and forth does not rewrite the same files over and over.
    void setTouchInterval(qint64 ms) { m_touchInterval = ms; }

    void clear() override;

protected:
    qint64 expire() override;

private:
    qint64 usedNow();

    qint64 m_knownSize = -1; ///< bytes on disk as far as this object knows; -1: scan on next expire()
    qint64 m_touchInterval = 60'000;
    qint64 m_lastUsed = 0;
};

} // namespace sv
