#include "media/ThumbnailDiskCache.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

namespace sv {

namespace {

const QByteArray kUsedHeader = QByteArrayLiteral("X-StreamVibe-Used");
/// What an entry costs besides its bytes (Qt's header with the metadata), for the running size estimate.
constexpr qint64 kEntryOverhead = 512;

qint64 usedAt(const QNetworkCacheMetaData& meta)
{
    for (const auto& [name, value] : meta.rawHeaders()) {
        if (name == kUsedHeader)
            return value.toLongLong();
    }
    return 0;
}

QNetworkCacheMetaData::RawHeaderList withUsed(QNetworkCacheMetaData::RawHeaderList headers, qint64 used)
{
    headers.removeIf([](const auto& h) { return h.first == kUsedHeader; });
    headers.append({kUsedHeader, QByteArray::number(used)});
    return headers;
}

} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(const QString& directory, qint64 maximumBytes, QObject* parent)
    : QNetworkDiskCache(parent)
{
    setMaximumCacheSize(maximumBytes);
    setCacheDirectory(directory);
}

qint64 ThumbnailDiskCache::usedNow()
{
    // In microseconds, strictly increasing within the process, so two uses in the same microsecond keep their
    // order. (In milliseconds the +1 ran ahead of the clock when several uses fell in one millisecond, and
    // the next process, starting from the clock again, stamped its uses as older than the last ones.)
    const qint64 clock = std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    m_lastUsed = std::max(clock, m_lastUsed + 1);
    return m_lastUsed;
}

std::optional<QByteArray> ThumbnailDiskCache::read(const QUrl& url)
{
    const std::unique_ptr<QIODevice> device(data(url));
    if (!device)
        return std::nullopt;
    QByteArray bytes = device->readAll();
    QNetworkCacheMetaData meta = metaData(url);
    const qint64 now = usedNow();
    if (now - usedAt(meta) >= m_touchInterval * 1000) {
        meta.setRawHeaders(withUsed(meta.rawHeaders(), now));
        // Rewrites the entry: same size. A first scan of the folder may run in between (Qt's store calls
        // expire() once the old file is gone, before the new one is in): then it did not count this one.
        const bool unknown = m_knownSize < 0;
        updateMetaData(meta);
        if (unknown && m_knownSize >= 0)
            m_knownSize += bytes.size() + kEntryOverhead;
    }
    return bytes;
}

void ThumbnailDiskCache::write(const QUrl& url, const QByteArray& bytes, const QByteArray& contentType)
{
    QNetworkCacheMetaData meta;
    meta.setUrl(url);
    meta.setSaveToDisk(true);
    QNetworkCacheMetaData::RawHeaderList headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    meta.setRawHeaders(withUsed(headers, usedNow()));
    QIODevice* device = prepare(meta);
    if (!device)
        return;
    device->write(bytes);
    insert(device);
    if (m_knownSize >= 0)
        m_knownSize += bytes.size() + kEntryOverhead;
    if (m_knownSize < 0 || m_knownSize >= maximumCacheSize())
        expire();
}

void ThumbnailDiskCache::clear()
{
    QNetworkDiskCache::clear();
    m_knownSize = 0;
}

qint64 ThumbnailDiskCache::expire()
{
    if (m_knownSize >= 0 && m_knownSize < maximumCacheSize())
        return m_knownSize;
    if (cacheDirectory().isEmpty())
        return 0;
    struct Entry
    {
        QString path;
        qint64 size = 0;
        qint64 used = 0;
    };
    std::vector<Entry> entries;
    qint64 total = 0;
    const QString prepared = QStringLiteral("/prepared/");
    QDirIterator it(cacheDirectory(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        // Entries being written live in prepared/: they are not stored yet, and not this scan's to remove.
        if (!info.fileName().endsWith(QLatin1String(".d")) || info.filePath().contains(prepared))
            continue;
        entries.push_back({info.filePath(), info.size(), 0});
        total += info.size();
    }
    if (total >= maximumCacheSize()) {
        // Only now read each entry's last use (a header read per file).
        for (Entry& e : entries) {
            e.used = usedAt(fileMetaData(e.path));
            if (e.used == 0)
                e.used = QFileInfo(e.path).lastModified().toMSecsSinceEpoch() * 1000;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& a, const Entry& b) { return a.used < b.used; });
        const qint64 goal = maximumCacheSize() * 9 / 10;
        for (const Entry& e : entries) {
            if (total < goal)
                break;
            if (QFile::remove(e.path))
                total -= e.size;
        }
    }
    m_knownSize = total;
    return total;
}

} // namespace sv
