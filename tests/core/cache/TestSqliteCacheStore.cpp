#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sv;

class TestSqliteCacheStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

private slots:
    void init() { QFile::remove(file()); }

    void putGetAndSurviveReopen()
    {
        {
            auto store = SqliteCacheStore::openFile(file(), QStringLiteral("c1"));
            QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
            QVERIFY(store.ensureSchema());
            QVERIFY(!store.get(QStringLiteral("plans::all")));
            QVERIFY(store.put(QStringLiteral("plans::all"), CacheEntry{"[1,2]", 1000, 2000, {}}));
            QVERIFY(store.put(QStringLiteral("profile:u1:me"),
                              CacheEntry{"{}", 1000, 1300, QStringLiteral("u1")}));
            QVERIFY(store.put(QStringLiteral("plans::all"), CacheEntry{"[3]", 1500, 2500, {}})); // upsert
            QCOMPARE(store.count(), 2);
        }
        // A new connection (an app restart) sees the same values.
        auto store = SqliteCacheStore::openFile(file(), QStringLiteral("c2"));
        QVERIFY(store.isOpen());
        auto e = store.get(QStringLiteral("plans::all"));
        QVERIFY(e);
        QCOMPARE(e->value, QByteArray("[3]"));
        QCOMPARE(e->storedAt, 1500);
        QCOMPARE(e->expiresAt, 2500);
        QCOMPARE(store.get(QStringLiteral("profile:u1:me"))->scope, QStringLiteral("u1"));
    }

    void worksOnTheLibraryFile()
    {
        // The real deployment: cache_store is created by the library's migrations, and the cache
        // shares the library's connection.
        {
            LibraryDatabase library;
            const auto error = library.open(file());
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            SqliteCacheStore store(library.connection());
            QVERIFY(store.isOpen());
            QVERIFY(
                store.put(QStringLiteral("profile:u1:me"), CacheEntry{"{}", 10, 20, QStringLiteral("u1")}));
            QVERIFY(store.put(QStringLiteral("plans::all"), CacheEntry{"[]", 10, 20, {}}));
            QCOMPARE(store.count(), 2);
            QCOMPARE(store.removeScope(QStringLiteral("u1")), 1);
        }
        LibraryDatabase reopened;
        QVERIFY(!reopened.open(file()));
        SqliteCacheStore store(reopened.connection());
        QCOMPARE(store.get(QStringLiteral("plans::all"))->value, QByteArray("[]"));
        QVERIFY(!store.get(QStringLiteral("profile:u1:me")));
    }

    void removesByKeyPrefixScopeAndAge()
    {
        auto store = SqliteCacheStore::openFile(file(), QStringLiteral("c3"));
        QVERIFY(store.ensureSchema());
        store.put(QStringLiteral("plans::all"), CacheEntry{"p", 0, 100, {}});
        store.put(QStringLiteral("profile:u1:me"), CacheEntry{"a", 0, 100, QStringLiteral("u1")});
        store.put(QStringLiteral("subscription:u1:s"), CacheEntry{"b", 0, 5000, QStringLiteral("u1")});
        store.put(QStringLiteral("profile:u2:me"), CacheEntry{"c", 0, 100, QStringLiteral("u2")});
        store.put(QStringLiteral("pro%file_x"), CacheEntry{"d", 0, 100, {}});
        QVERIFY(store.remove(QStringLiteral("plans::all")));
        QVERIFY(!store.remove(QStringLiteral("plans::all")));
        // LIKE wildcards in a prefix are literal: "pro%" must not match "profile:...".
        QCOMPARE(store.removePrefix(QStringLiteral("pro%")), 1);
        QCOMPARE(store.removeScope(QStringLiteral("u1")), 2);
        QCOMPARE(store.removeScope(QString()), 0);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.removeExpiredBefore(101), 1);
        QCOMPARE(store.count(), 0);
    }

    void failuresAreReportedNotThrown()
    {
        // A file that is not a database: every operation fails cleanly with a message.
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        auto store = SqliteCacheStore::openFile(file(), QStringLiteral("c4"));
        QVERIFY(!store.get(QStringLiteral("k")));
        QVERIFY(!store.put(QStringLiteral("k"), CacheEntry{"v", 0, 1, {}}));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.count(), -1);

        // A database without the table (migrations not run): reported, not crashed.
        QFile::remove(file());
        auto bare = SqliteCacheStore::openFile(file(), QStringLiteral("c5"));
        QVERIFY(bare.isOpen());
        QVERIFY(!bare.put(QStringLiteral("k"), CacheEntry{"v", 0, 1, {}}));
        QVERIFY(bare.lastError().contains(QLatin1String("cache_store")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteCacheStore)
#include "TestSqliteCacheStore.moc"
