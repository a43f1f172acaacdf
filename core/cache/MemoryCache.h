#pragma once

#include "cache/CacheEntry.h"

#include <QHash>
#include <QString>

#include <list>
#include <optional>

namespace sv {

/// In-process LRU cache with per-entry expiry, bounded by entry count and total value bytes.
/// Expired entries are kept (until evicted or removed) so that a stale value can be served while
/// offline; callers decide freshness with CacheEntry::isFresh(). Not thread-safe: one owner thread.
class MemoryCache
{
public:
    explicit MemoryCache(int maxEntries = 512, qint64 maxBytes = 16LL * 1024 * 1024);

    /// Returns the entry (fresh or expired) and marks it most recently used.
    std::optional<CacheEntry> find(const QString& key);
    /// Same as find() without an LRU touch and without copying: null when absent.
    const CacheEntry* peek(const QString& key) const;
    bool contains(const QString& key) const { return m_index.contains(key); }

    /// Inserts or replaces; evicts least recently used entries beyond the bounds. A value larger
    /// than maxBytes is not stored.
    void insert(const QString& key, CacheEntry entry);
    bool remove(const QString& key);
    int removePrefix(const QString& prefix);
    int removeScope(const QString& scope);
    /// Drops entries that expired before `olderThanMs`.
    int removeExpiredBefore(qint64 olderThanMs);
    void clear();

    int size() const { return static_cast<int>(m_index.size()); }
    qint64 bytes() const { return m_bytes; }
    int maxEntries() const { return m_maxEntries; }
    qint64 evictions() const { return m_evictions; }

private:
    struct Node
    {
        QString key;
        CacheEntry entry;
    };
    using List = std::list<Node>;

    void eraseNode(List::iterator it);
    void evictToBounds();

    int m_maxEntries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    qint64 m_evictions = 0;
    List m_lru; ///< front = most recently used
    QHash<QString, List::iterator> m_index;
};

} // namespace sv
