#pragma once

#include <QCache>
#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QMultiMap>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QTimer>
#include <QUrl>

#include <chrono>

#include <QCoro/QCoroTask>

#include <memory>

class QPainter;
class QPalette;

namespace sv {

class ThumbnailStore;

/// Draws a picture into `box` the way every view shows them: centred, aspect kept, on a neutral rounded
/// background; with a null `image` the placeholder: that background with `badge` (e.g. the platform's
/// icon) in its middle.
void paintThumbnail(QPainter* painter, const QRect& box, const QImage& image, const QPalette& palette,
                    const QIcon& badge);

/// Pictures for the views: the bytes from ThumbnailStore (the disk cache, else the network), decoded and
/// scaled to the size a view draws them at on the thread pool, never on the UI thread, and kept in memory
/// (QImage, least recently used dropped past memoryLimit()).
///
/// A view asks with request(url, box) for what it shows and release()s what scrolled away; image() answers
/// at once with what is decoded (a null image meanwhile: the view paints a placeholder), imageReady() says
/// when to paint again. A missing or broken picture (404, refused URL, bytes that are no complete image)
/// stays a placeholder for the session: imageFailed() is only a notice, never an error for the user. A
/// failure that may go away by itself (offline, a timeout, 429, 5xx) is asked again while a view still wants
/// the picture, after retryDelay(), then twice as long each time, up to MaxRetryDelay.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailLoader(ThumbnailStore* store, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    ThumbnailStore* store() const { return m_store; }

    /// The picture decoded for `url` to fit `box` (aspect kept); null when not (yet) there.
    QImage image(const QUrl& url, const QSize& box) const;
    static constexpr std::chrono::milliseconds MaxRetryDelay{10 * 60 * 1000};

    /// True when `url` gave no picture this session and is not asked again (missing, refused, broken).
    bool hasFailed(const QUrl& url) const
    {
        const auto it = m_failed.constFind(url);
        return it != m_failed.cend() && it->permanent;
    }
    /// True when `url` failed for now (offline, a timeout, 429, 5xx) and is asked again later.
    bool willRetry(const QUrl& url) const
    {
        const auto it = m_failed.constFind(url);
        return it != m_failed.cend() && !it->permanent;
    }
    /// The first wait before asking again for a picture that failed for now (default 15 s).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    /// One more interest in `url` at `box`; nothing to do when it is decoded or has failed.
    void request(const QUrl& url, const QSize& box);
    /// One interest less; the last one drops the work not started yet.
    void release(const QUrl& url, const QSize& box);

    /// Bytes of decoded pictures kept in memory (default 64 MiB).
    void setMemoryLimit(qint64 bytes) { m_images.setMaxCost(qMax<qint64>(1, bytes / 1024)); }
    qint64 memoryLimit() const { return qint64(m_images.maxCost()) * 1024; }
    /// Pictures waiting for their bytes or being decoded.
    int pending() const { return int(m_waiting.size()) + m_decoding; }

    /// Decodes `bytes` scaled to fit `box` (aspect kept; JPEG scaled while decoding). Null when the bytes
    /// are not a complete picture (a JPEG cut short has no end-of-image marker). Thread-safe.
    static QImage decode(const QByteArray& bytes, const QSize& box);

Q_SIGNALS:
    void imageReady(const QUrl& url);
    void imageFailed(const QUrl& url);

private:
    static QString key(const QUrl& url, const QSize& box);
    void onLoaded(const QUrl& url, const QByteArray& bytes);
    void onFailed(const QUrl& url, const QString& reason, bool transient);
    /// Asks the store again for the pictures whose retry is due and still wanted; plans the next.
    void retryDue();
    void planRetry();
    /// Whether `url` failed for now and waits for its retry (not asked of the store meanwhile).
    bool retryWaiting(const QUrl& url) const
    {
        const auto it = m_failed.constFind(url);
        return it != m_failed.cend() && !it->permanent && !it->retryAt.isForever() &&
               !it->retryAt.hasExpired();
    }
    QCoro::Task<> decodeInto(QUrl url, QSize box, QByteArray bytes);
    static QFuture<QImage> decodeLater(const QByteArray& bytes, const QSize& box);

    ThumbnailStore* m_store;
    QCache<QString, QImage> m_images; ///< cost in KiB
    struct Failure
    {
        bool permanent = true;
        int attempts = 0;       ///< failures for now in a row
        QDeadlineTimer retryAt; ///< when a failure for now is asked again
    };
    QHash<QUrl, Failure> m_failed;
    /// The failures for now by when they are due (QDeadlineTimer::deadlineNSecs()), earliest first; an entry
    /// whose failure was answered or failed again since is skipped when it comes.
    QMultiMap<qint64, QUrl> m_retryQueue;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryDelay{15'000};
    struct Waiting
    {
        QUrl url;
        QSize box;
        int refs = 0;
    };
    QHash<QString, Waiting> m_waiting; ///< asked of the store, not answered yet
    QSet<QString> m_decodingKeys;
    int m_decoding = 0;
    std::shared_ptr<bool> m_alive;
};

} // namespace sv
