#include "cache/MemoryCache.h"

#include <algorithm>

namespace sv {

namespace {

qint64 costOf(const QString& key, const CacheEntry& e)
{
    return e.value.size() + key.size() * 2 + e.scope.size() * 2;
}

} // namespace

MemoryCache::MemoryCache(int maxEntries, qint64 maxBytes)
    : m_maxEntries(std::max(1, maxEntries))
    , m_maxBytes(std::max<qint64>(1, maxBytes))
{
}

std::optional<CacheEntry> MemoryCache::find(const QString& key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return std::nullopt;
    m_lru.splice(m_lru.begin(), m_lru, it.value());
    return it.value()->entry;
}

const CacheEntry* MemoryCache::peek(const QString& key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &it.value()->entry;
}

void MemoryCache::insert(const QString& key, CacheEntry entry)
{
    remove(key);
    const qint64 cost = costOf(key, entry);
    if (cost > m_maxBytes)
        return;
    m_lru.push_front(Node{key, std::move(entry)});
    m_index.insert(key, m_lru.begin());
    m_bytes += cost;
    evictToBounds();
}

void MemoryCache::eraseNode(List::iterator it)
{
    m_bytes -= costOf(it->key, it->entry);
    m_index.remove(it->key);
    m_lru.erase(it);
}

void MemoryCache::evictToBounds()
{
    while (!m_lru.empty() && (static_cast<int>(m_lru.size()) > m_maxEntries || m_bytes > m_maxBytes)) {
        eraseNode(std::prev(m_lru.end()));
        ++m_evictions;
    }
}

bool MemoryCache::remove(const QString& key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return false;
    eraseNode(it.value());
    return true;
}

int MemoryCache::removePrefix(const QString& prefix)
{
    int n = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        auto next = std::next(it);
        if (it->key.startsWith(prefix)) {
            eraseNode(it);
            ++n;
        }
        it = next;
    }
    return n;
}

int MemoryCache::removeScope(const QString& scope)
{
    if (scope.isEmpty())
        return 0; // shared entries are never "a user's" entries
    int n = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        auto next = std::next(it);
        if (it->entry.scope == scope) {
            eraseNode(it);
            ++n;
        }
        it = next;
    }
    return n;
}

int MemoryCache::removeExpiredBefore(qint64 olderThanMs)
{
    int n = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        auto next = std::next(it);
        if (it->entry.expiresAt < olderThanMs) {
            eraseNode(it);
            ++n;
        }
        it = next;
    }
    return n;
}

void MemoryCache::clear()
{
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

} // namespace sv
