#include "ThumbnailLoader.h"

#include "ThreadPriority.h"
#include "media/ThumbnailStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QThreadPool>
#include <QtConcurrent>

#include <QCoro/QCoroFuture>

namespace sv {

namespace {
constexpr qint64 kDefaultMemory = 64LL * 1024 * 1024;

/// A JPEG ends with its end-of-image marker (FF D9), perhaps followed by a little padding; one cut short
/// decodes to a half grey picture without failing, so it is checked here.
bool isCompleteJpeg(const QByteArray& bytes)
{
    if (!bytes.startsWith("\xff\xd8"))
        return true; // not a JPEG: its reader judges
    const QByteArray tail = bytes.right(32);
    return tail.contains("\xff\xd9");
}
} // namespace

void paintThumbnail(QPainter* painter, const QRect& box, const QImage& image, const QPalette& palette,
                    const QIcon& badge)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(box), 6, 6);
    QColor background = palette.color(QPalette::Text);
    background.setAlphaF(0.08f);
    painter->fillPath(frame, background);
    if (image.isNull()) {
        const int side = qMin(box.width(), box.height()) * 3 / 5;
        const QRect centre(box.center().x() - side / 2 + 1, box.center().y() - side / 2 + 1, side, side);
        painter->setOpacity(0.55);
        badge.paint(painter, centre);
    } else {
        painter->setClipPath(frame);
        const QSize size = image.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.left() + (box.width() - size.width()) / 2,
                           box.top() + (box.height() - size.height()) / 2, size.width(), size.height());
        painter->drawImage(target, image);
    }
    painter->restore();
}

ThumbnailLoader::ThumbnailLoader(ThumbnailStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_alive(std::make_shared<bool>(true))
{
    setMemoryLimit(kDefaultMemory);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ThumbnailLoader::retryDue);
    if (m_store) {
        connect(m_store, &ThumbnailStore::loaded, this, &ThumbnailLoader::onLoaded);
        connect(m_store, &ThumbnailStore::failed, this, &ThumbnailLoader::onFailed);
    }
}

ThumbnailLoader::~ThumbnailLoader()
{
    *m_alive = false;
    if (m_store) {
        for (const Waiting& w : std::as_const(m_waiting)) {
            for (int i = 0; i < w.refs; ++i)
                m_store->release(w.url);
        }
    }
}

QString ThumbnailLoader::key(const QUrl& url, const QSize& box)
{
    return QString::number(box.width()) + QLatin1Char('x') + QString::number(box.height()) +
           QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
}

QImage ThumbnailLoader::image(const QUrl& url, const QSize& box) const
{
    const QImage* found = m_images.object(key(url, box));
    return found ? *found : QImage();
}

void ThumbnailLoader::request(const QUrl& url, const QSize& box)
{
    if (!m_store || url.isEmpty() || hasFailed(url))
        return;
    const QString k = key(url, box);
    if (m_images.contains(k) || m_decodingKeys.contains(k))
        return;
    // A failure for now whose wait is over is asked again at once; one still waiting is asked by the timer.
    const bool waitingForRetry = retryWaiting(url);
    if (const auto failure = m_failed.constFind(url);
        failure != m_failed.cend() && !failure->retryAt.isForever() && failure->retryAt.hasExpired())
        m_failed.erase(failure);
    Waiting& w = m_waiting[k];
    w.url = url;
    w.box = box;
    ++w.refs;
    if (!waitingForRetry)
        m_store->request(url);
}

void ThumbnailLoader::release(const QUrl& url, const QSize& box)
{
    const auto it = m_waiting.find(key(url, box));
    if (it == m_waiting.end())
        return;
    if (--it->refs <= 0)
        m_waiting.erase(it);
    if (m_store && !retryWaiting(url)) // a picture waiting for its retry is not asked of the store
        m_store->release(url);
}

void ThumbnailLoader::onLoaded(const QUrl& url, const QByteArray& bytes)
{
    m_failed.remove(url); // (the attempts of a failure for now end with it)
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->url != url) {
            ++it;
            continue;
        }
        m_decodingKeys.insert(it.key());
        ++m_decoding;
        decodeInto(url, it->box, bytes); // detached: ends in imageReady() or imageFailed()
        it = m_waiting.erase(it);
    }
}

void ThumbnailLoader::onFailed(const QUrl& url, const QString&, bool transient)
{
    bool wanted = false;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->url != url) {
            ++it;
            continue;
        }
        wanted = true;
        // Asked again later, for the views that still want it (they keep their interest).
        it = transient ? std::next(it) : m_waiting.erase(it);
    }
    if (!wanted)
        return;
    Failure& failure = m_failed[url];
    failure.permanent = !transient;
    if (transient) {
        ++failure.attempts;
        const auto delay = std::min<std::chrono::milliseconds>(
            m_retryDelay * (qint64(1) << std::min(failure.attempts - 1, 20)), MaxRetryDelay);
        failure.retryAt = QDeadlineTimer(delay);
        m_retryQueue.insert(failure.retryAt.deadlineNSecs(), url);
        planRetry();
    }
    Q_EMIT imageFailed(url);
}

void ThumbnailLoader::retryDue()
{
    // The due entries of the queue, earliest first (offline, every row scrolled past fails: the queue, not
    // the failures, is what is looked at). The store's interest counts as the views': one request per
    // interest, counted first and asked after, as an answer may change m_waiting.
    // Nanoseconds: in milliseconds, an entry due later in the current millisecond would look due here
    // and its failure not, and be dropped.
    const qint64 now = QDeadlineTimer::current().deadlineNSecs();
    QList<QUrl> asks;
    while (!m_retryQueue.isEmpty() && m_retryQueue.firstKey() <= now) {
        const qint64 due = m_retryQueue.firstKey();
        const QUrl url = m_retryQueue.take(due);
        const auto failure = m_failed.find(url);
        if (failure == m_failed.end() || failure->permanent || failure->retryAt.isForever() ||
            failure->retryAt.deadlineNSecs() != due)
            continue; // answered, asked already, or failed again later (its own entry is further on)
        int interests = 0;
        for (const Waiting& w : std::as_const(m_waiting)) {
            if (w.url == url)
                interests += w.refs;
        }
        // Asked: not due again until it fails. Not wanted any more: kept expired, so that the next
        // request() asks at once.
        if (interests > 0)
            failure->retryAt = QDeadlineTimer(QDeadlineTimer::Forever);
        asks.append(QList<QUrl>(interests, url));
    }
    planRetry();
    for (const QUrl& url : std::as_const(asks))
        m_store->request(url);
}

void ThumbnailLoader::planRetry()
{
    if (m_retryQueue.isEmpty()) {
        m_retryTimer.stop();
        return;
    }
    // Rounded up: a timer started for less than the wait would find nothing due and start again.
    const qint64 leftNs = m_retryQueue.firstKey() - QDeadlineTimer::current().deadlineNSecs();
    const qint64 left = leftNs <= 0 ? 0 : (leftNs + 999'999) / 1'000'000;
    m_retryTimer.start(int(std::min<qint64>(left, MaxRetryDelay.count())));
}

QCoro::Task<> ThumbnailLoader::decodeInto(QUrl url, QSize box, QByteArray bytes)
{
    const std::shared_ptr<bool> alive = m_alive;
    const QImage image = co_await decodeLater(bytes, box);
    if (!*alive)
        co_return;
    const QString k = key(url, box);
    m_decodingKeys.remove(k);
    --m_decoding;
    if (image.isNull()) {
        m_failed[url] = Failure{}; // not a picture: not asked again this session
        if (m_store)
            m_store->discard(url); // fetched again next session rather than kept broken
        Q_EMIT imageFailed(url);
        co_return;
    }
    m_images.insert(k, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    Q_EMIT imageReady(url);
}

QFuture<QImage> ThumbnailLoader::decodeLater(const QByteArray& bytes, const QSize& box)
{
    // On half the cores at most and below the GUI thread's priority, so that decoding a screenful never
    // keeps the GUI thread from a core. Started from a plain function: g++ 12 mis-compiles some calls with
    // temporaries inside coroutines.
    return QtConcurrent::run(
        backgroundPool(), lowered(ThreadPriority::Background, [bytes, box] { return decode(bytes, box); }));
}

QImage ThumbnailLoader::decode(const QByteArray& bytes, const QSize& box)
{
    if (bytes.isEmpty() || !isCompleteJpeg(bytes))
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && box.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (box.isValid() && (image.width() > box.width() || image.height() > box.height()))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace sv
