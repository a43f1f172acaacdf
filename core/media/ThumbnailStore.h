#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv {

class Cancellation;
class HttpClient;
class ThumbnailDiskCache;

/// What the store did since it was made (benchmarks and tests read it).
struct ThumbnailStats
{
    qint64 requests = 0;  ///< request() calls
    qint64 coalesced = 0; ///< request() calls joined to one already under way
    qint64 cacheHits = 0; ///< lookups answered from the disk cache
    qint64 cacheMisses = 0;
    qint64 downloads = 0; ///< requests sent through HttpClient
    qint64 failures = 0;  ///< downloads that ended without a picture (refused, 404, network error)
    qint64 cancelled = 0; ///< work dropped because nobody wanted the picture any more

    double hitRate() const
    {
        const qint64 lookups = cacheHits + cacheMisses;
        return lookups == 0 ? 0.0 : double(cacheHits) / double(lookups);
    }
};

/// The bytes of the pictures the library names (thumbnails, covers, avatars).
///
/// - Downloads go through HttpClient, the app's one HTTP path: https only, plain http to loopback hosts only
///   (a refused URL is a failure, never a request), with its deadlines.
/// - A size-bounded disk cache in the profile (ThumbnailDiskCache: Qt's disk cache, least recently used
///   evicted first, DefaultMaximumBytes unless the settings say otherwise) is asked first, whatever the
///   picture's age: a library browsed once shows its pictures offline. Its reads and writes run on a
///   worker thread of their own, never on the caller's.
/// - request()/release() count who wants a URL: requests for a URL already under way are joined into one;
///   when the last one releases it, a queued download is dropped and one in flight is aborted (rows that
///   scrolled away). At most maxConcurrentDownloads() downloads run, the most recently requested first.
/// - The answer is loaded() or failed(), once per URL each time it is fetched; failed() says whether the
///   failure may go away by itself (offline, a timeout, 408, 429, 5xx: worth asking again later) or not (404,
///   a refused URL, an empty answer). Decoding is the caller's.
/// Used from one thread (the UI thread).
class ThumbnailStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaximumBytes = 500LL * 1024 * 1024;
    /// The application settings key (QSettings) of the disk cache's size in bytes, for a settings page.
    static constexpr const char* MaximumBytesSettingsKey = "thumbnails/cacheMaximumBytes";

    /// `http` must outlive the store; `directory` is the disk cache's (created when missing).
    ThumbnailStore(HttpClient* http, const QString& directory, qint64 maximumBytes = DefaultMaximumBytes,
                   QObject* parent = nullptr);
    ~ThumbnailStore() override;

    /// The size the application settings name (MaximumBytesSettingsKey), or DefaultMaximumBytes.
    static qint64 configuredMaximumBytes();
    /// Stores the size in the application settings; a store made afterwards uses it.
    static void setConfiguredMaximumBytes(qint64 bytes);

    QString directory() const { return m_directory; }
    qint64 maximumBytes() const { return m_maximumBytes; }
    /// Changes the disk cache's size (evicting at once when smaller).
    void setMaximumBytes(qint64 bytes);
    int maxConcurrentDownloads() const { return m_maxDownloads; }
    void setMaxConcurrentDownloads(int count) { m_maxDownloads = qMax(1, count); }
    /// See ThumbnailDiskCache::setTouchInterval().
    void setTouchInterval(qint64 ms);

    /// One more interest in `url`: loaded() or failed() follows unless every interest is released first.
    void request(const QUrl& url);
    /// One interest less; the last one cancels what is still to do for the URL.
    void release(const QUrl& url);
    /// request(), wait for the answer, release(): the bytes, or nullopt with no picture.
    QCoro::Task<std::optional<QByteArray>> fetch(QUrl url);
    /// Forgets what the disk cache holds for `url` (bytes that turned out not to be a picture).
    void discard(const QUrl& url);
    /// Empties the disk cache; the future ends when it is empty.
    QFuture<void> clear();
    /// The disk cache's size on disk (a scan of its folder on its worker thread).
    QFuture<qint64> diskSize();
    /// Waits until every queued disk cache read and write has run (tests, shutdown).
    void waitForDisk();

    ThumbnailStats stats() const { return m_stats; }
    /// URLs wanted and not answered yet.
    int pending() const { return int(m_entries.size()); }

Q_SIGNALS:
    void loaded(const QUrl& url, const QByteArray& bytes);
    void failed(const QUrl& url, const QString& reason, bool transient);

private:
    struct Entry
    {
        int refs = 0;
        quint64 generation = 0;
        QPointer<Cancellation> cancellation;
        bool downloading = false;
    };
    QCoro::Task<> lookup(QUrl url, quint64 generation);
    QCoro::Task<> download(QUrl url, quint64 generation);
    void pump();
    QFuture<std::optional<QByteArray>> readLater(const QUrl& url);
    void writeLater(const QUrl& url, const QByteArray& bytes, const QByteArray& contentType);
    bool isCurrent(const QUrl& url, quint64 generation) const;
    void finish(const QUrl& url);

    HttpClient* m_http;
    QString m_directory;
    qint64 m_maximumBytes;
    int m_maxDownloads = 6;
    int m_active = 0;
    quint64 m_nextGeneration = 1;
    QHash<QUrl, Entry> m_entries;
    QList<QUrl> m_queue; ///< misses waiting for a download slot; the last is the most recent
    ThumbnailStats m_stats;
    QThreadPool m_diskThread; ///< one thread: the disk cache's only user
    std::shared_ptr<ThumbnailDiskCache> m_disk;
    std::shared_ptr<bool> m_alive;
};

} // namespace sv
