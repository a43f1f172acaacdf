#include "media/ThumbnailStore.h"

#include "media/ThumbnailDiskCache.h"

#include "Cancellation.h"
#include "ThreadPriority.h"
#include "backend/HttpClient.h"

#include <QDir>
#include <QDirIterator>
#include <QPromise>
#include <QSettings>
#include <QtConcurrent>

#include <QCoro/QCoroFuture>

namespace sv {

namespace {
/// A picture is decoration: one slow answer must not hold a download slot for long.
constexpr std::chrono::milliseconds kDownloadTimeout{15'000};
} // namespace

ThumbnailStore::ThumbnailStore(HttpClient* http, const QString& directory, qint64 maximumBytes,
                               QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_directory(directory)
    , m_maximumBytes(maximumBytes)
    , m_alive(std::make_shared<bool>(true))
{
    m_diskThread.setMaxThreadCount(1);
    m_diskThread.setExpiryTimeout(-1);
    // Its one thread never expires: lowered once, for good. What it does (files read and written, the
    // cache's size kept) can wait for the GUI thread's frame.
    m_diskThread.start([] { lowerCurrentThreadPriority(ThreadPriority::Background); });
    QDir().mkpath(directory);
    m_disk = std::make_shared<ThumbnailDiskCache>(directory, maximumBytes);
}

ThumbnailStore::~ThumbnailStore()
{
    *m_alive = false;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->cancellation)
            it->cancellation->cancel();
    }
    // The writes already queued still land on disk (a library browsed once shows its pictures offline).
    m_diskThread.waitForDone();
}

qint64 ThumbnailStore::configuredMaximumBytes()
{
    bool ok = false;
    const qint64 bytes =
        QSettings().value(QLatin1String(MaximumBytesSettingsKey), DefaultMaximumBytes).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : DefaultMaximumBytes;
}

void ThumbnailStore::setConfiguredMaximumBytes(qint64 bytes)
{
    QSettings().setValue(QLatin1String(MaximumBytesSettingsKey), bytes);
}

void ThumbnailStore::setMaximumBytes(qint64 bytes)
{
    m_maximumBytes = bytes;
    m_diskThread.start([disk = m_disk, bytes] { disk->setMaximumCacheSize(bytes); });
}

void ThumbnailStore::setTouchInterval(qint64 ms)
{
    m_diskThread.start([disk = m_disk, ms] { disk->setTouchInterval(ms); });
}

void ThumbnailStore::waitForDisk()
{
    m_diskThread.waitForDone();
}

void ThumbnailStore::request(const QUrl& url)
{
    ++m_stats.requests;
    Entry& entry = m_entries[url];
    if (entry.refs++ > 0) {
        ++m_stats.coalesced;
        return;
    }
    entry.generation = m_nextGeneration++;
    lookup(url, entry.generation); // detached: answers through loaded()/failed()
}

void ThumbnailStore::release(const QUrl& url)
{
    const auto it = m_entries.find(url);
    if (it == m_entries.end() || --it->refs > 0)
        return;
    ++m_stats.cancelled;
    if (it->cancellation)
        it->cancellation->cancel(); // the download's own coroutine frees its slot
    m_entries.erase(it);
    m_queue.removeAll(url);
}

bool ThumbnailStore::isCurrent(const QUrl& url, quint64 generation) const
{
    const auto it = m_entries.constFind(url);
    return it != m_entries.cend() && it->generation == generation;
}

void ThumbnailStore::finish(const QUrl& url)
{
    m_entries.remove(url);
    m_queue.removeAll(url);
}

QCoro::Task<> ThumbnailStore::lookup(QUrl url, quint64 generation)
{
    const std::shared_ptr<bool> alive = m_alive;
    std::optional<QByteArray> cached = co_await readLater(url);
    if (!*alive || !isCurrent(url, generation))
        co_return;
    if (cached) {
        ++m_stats.cacheHits;
        finish(url);
        Q_EMIT loaded(url, *cached);
        co_return;
    }
    ++m_stats.cacheMisses;
    m_queue.append(url);
    pump();
}

void ThumbnailStore::pump()
{
    while (m_active < m_maxDownloads && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeLast();
        const auto it = m_entries.find(url);
        if (it == m_entries.end() || it->downloading)
            continue;
        it->downloading = true;
        it->cancellation = new Cancellation(this);
        ++m_active;
        download(url, it->generation);
    }
}

QCoro::Task<> ThumbnailStore::download(QUrl url, quint64 generation)
{
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<Cancellation> cancellation = m_entries.value(url).cancellation;
    ++m_stats.downloads;
    HttpRequest request = HttpRequest::get(url);
    request.setHeader("Accept", "image/*");
    request.timeout = kDownloadTimeout;
    request.cancellation = cancellation;
    const auto result = co_await m_http->send(std::move(request));
    if (!*alive)
        co_return;
    --m_active;
    if (cancellation)
        cancellation->deleteLater();
    const bool current = isCurrent(url, generation);
    if (current) {
        finish(url);
        if (result && !result->body.isEmpty()) {
            const QByteArray bytes = result->body;
            writeLater(url, bytes, result->header("Content-Type"));
            Q_EMIT loaded(url, bytes);
        } else {
            ++m_stats.failures;
            Q_EMIT failed(url, result ? QStringLiteral("empty answer") : result.error().logString(),
                          !result && result.error().isTransient());
        }
    }
    pump();
}

QCoro::Task<std::optional<QByteArray>> ThumbnailStore::fetch(QUrl url)
{
    const auto promise = std::make_shared<QPromise<std::optional<QByteArray>>>();
    promise->start();
    QFuture<std::optional<QByteArray>> answer = promise->future();
    const auto settle = [promise, url](const QUrl& u, std::optional<QByteArray> bytes) {
        if (u != url || promise->future().isFinished())
            return;
        promise->addResult(std::move(bytes));
        promise->finish();
    };
    QObject context;
    connect(this, &ThumbnailStore::loaded, &context,
            [settle](const QUrl& u, const QByteArray& bytes) { settle(u, bytes); });
    connect(this, &ThumbnailStore::failed, &context, [settle](const QUrl& u) { settle(u, std::nullopt); });
    request(url);
    std::optional<QByteArray> bytes = co_await answer;
    release(url);
    co_return bytes;
}

void ThumbnailStore::discard(const QUrl& url)
{
    m_diskThread.start([disk = m_disk, url] { disk->remove(url); });
}

QFuture<void> ThumbnailStore::clear()
{
    return QtConcurrent::run(&m_diskThread, [disk = m_disk] { disk->clear(); });
}

QFuture<qint64> ThumbnailStore::diskSize()
{
    return QtConcurrent::run(&m_diskThread, [dir = m_directory] {
        qint64 total = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            total += it.nextFileInfo().size();
        return total;
    });
}

// The disk cache's work is handed to its thread from plain functions: g++ 12 mis-compiles lambdas with
// init-captures inside coroutines.
QFuture<std::optional<QByteArray>> ThumbnailStore::readLater(const QUrl& url)
{
    return QtConcurrent::run(&m_diskThread, [disk = m_disk, url] { return disk->read(url); });
}

void ThumbnailStore::writeLater(const QUrl& url, const QByteArray& bytes, const QByteArray& contentType)
{
    m_diskThread.start([disk = m_disk, url, bytes, contentType] { disk->write(url, bytes, contentType); });
}

} // namespace sv
