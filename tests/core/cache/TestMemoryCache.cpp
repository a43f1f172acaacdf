#include "cache/MemoryCache.h"

#include <QtTest>

using namespace sv;

namespace {
CacheEntry entry(const char* value, qint64 storedAt, qint64 ttl, const QString& scope = {})
{
    return CacheEntry{QByteArray(value), storedAt, storedAt + ttl, scope};
}
} // namespace

class TestMemoryCache : public QObject
{
    Q_OBJECT
private slots:
    void storesAndFinds()
    {
        MemoryCache cache(4);
        QVERIFY(!cache.find(QStringLiteral("a")));
        cache.insert(QStringLiteral("a"), entry("1", 1000, 500));
        auto found = cache.find(QStringLiteral("a"));
        QVERIFY(found);
        QCOMPARE(found->value, QByteArray("1"));
        QVERIFY(found->isFresh(1499));
        QVERIFY(!found->isFresh(1500));
        // Expired entries stay available for stale serving until evicted.
        QVERIFY(cache.find(QStringLiteral("a")));
        cache.insert(QStringLiteral("a"), entry("2", 2000, 500));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.find(QStringLiteral("a"))->value, QByteArray("2"));
    }

    void evictsLeastRecentlyUsed()
    {
        MemoryCache cache(3);
        cache.insert(QStringLiteral("a"), entry("a", 0, 10));
        cache.insert(QStringLiteral("b"), entry("b", 0, 10));
        cache.insert(QStringLiteral("c"), entry("c", 0, 10));
        QVERIFY(cache.find(QStringLiteral("a"))); // a becomes most recent; b is now least recent
        cache.insert(QStringLiteral("d"), entry("d", 0, 10));
        QCOMPARE(cache.size(), 3);
        QVERIFY(cache.contains(QStringLiteral("a")));
        QVERIFY(!cache.contains(QStringLiteral("b")));
        QVERIFY(cache.contains(QStringLiteral("c")));
        QVERIFY(cache.contains(QStringLiteral("d")));
        QCOMPARE(cache.evictions(), 1);
        // peek() does not refresh recency: c stays least recent after a peek.
        QVERIFY(cache.peek(QStringLiteral("c")));
        cache.insert(QStringLiteral("e"), entry("e", 0, 10));
        QVERIFY(!cache.contains(QStringLiteral("c")));
    }

    void boundedByBytes()
    {
        MemoryCache cache(100, 1000);
        cache.insert(QStringLiteral("k1"), CacheEntry{QByteArray(400, 'x'), 0, 10, {}});
        cache.insert(QStringLiteral("k2"), CacheEntry{QByteArray(400, 'y'), 0, 10, {}});
        QCOMPARE(cache.size(), 2);
        cache.insert(QStringLiteral("k3"), CacheEntry{QByteArray(400, 'z'), 0, 10, {}});
        QCOMPARE(cache.size(), 2);
        QVERIFY(!cache.contains(QStringLiteral("k1")));
        QVERIFY(cache.bytes() <= 1000);
        // A value larger than the whole budget is not stored (and evicts nothing).
        cache.insert(QStringLiteral("huge"), CacheEntry{QByteArray(5000, 'h'), 0, 10, {}});
        QVERIFY(!cache.contains(QStringLiteral("huge")));
        QCOMPARE(cache.size(), 2);
    }

    void removesByKeyPrefixAndScope()
    {
        MemoryCache cache(10);
        cache.insert(QStringLiteral("plans::all"), entry("p", 0, 10));
        cache.insert(QStringLiteral("profile:u1:me"), entry("1", 0, 10, QStringLiteral("u1")));
        cache.insert(QStringLiteral("subscription:u1:settings"), entry("2", 0, 10, QStringLiteral("u1")));
        cache.insert(QStringLiteral("profile:u2:me"), entry("3", 0, 10, QStringLiteral("u2")));
        QVERIFY(cache.remove(QStringLiteral("plans::all")));
        QVERIFY(!cache.remove(QStringLiteral("plans::all")));
        QCOMPARE(cache.removeScope(QStringLiteral("u1")), 2);
        QCOMPARE(cache.removeScope(QString()), 0); // shared entries are never purged as a "user"
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.removePrefix(QStringLiteral("profile:")), 1);
        QCOMPARE(cache.size(), 0);
        QCOMPARE(cache.bytes(), 0);
    }

    void removesLongExpired()
    {
        MemoryCache cache(10);
        cache.insert(QStringLiteral("old"), entry("o", 0, 10));
        cache.insert(QStringLiteral("new"), entry("n", 100, 10));
        QCOMPARE(cache.removeExpiredBefore(50), 1);
        QVERIFY(cache.contains(QStringLiteral("new")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryCache)
#include "TestMemoryCache.moc"
