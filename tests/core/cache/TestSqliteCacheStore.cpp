#include "cache/LibraryCacheStore.h"
#include "cache/SqliteCacheStore.h"
#include "library/LibraryDatabase.h"
#include "library/LibrarySchema.h"

#include <QFile>
#include <QSqlError>
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

    static QStringList columns(const QSqlDatabase& db, const QString& table)
    {
        QSqlQuery q(db);
        QStringList names;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            while (q.next())
                names.append(q.value(1).toString());
        return names;
    }

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
        // The real deployment: the cache creates cache_store in the library file when the library opens,
        // and shares the library's connection.
        {
            LibraryDatabase library;
            LibraryCacheStore::attach(library);
            const auto opened = library.open(file());
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            SqliteCacheStore store = LibraryCacheStore::storeOn(library);
            QVERIFY(store.isOpen());
            QCOMPARE(columns(library.connection(), QStringLiteral("cache_store")),
                     QStringList({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("stored_at"),
                                  QStringLiteral("expires_at"), QStringLiteral("scope")}));
            QSqlQuery q(library.connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                                      "'cache_store_scope_idx'")) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cache_store (key, value, stored_at, expires_at) "
                                          "VALUES ('k', x'00', 1, 2)")));
            QVERIFY(q.exec(QStringLiteral("SELECT scope FROM cache_store WHERE key = 'k'")) && q.next());
            QCOMPARE(q.value(0).toString(), QString()); // global scope by default
            q.finish();
            QVERIFY(store.remove(QStringLiteral("k")));
            QVERIFY(
                store.put(QStringLiteral("profile:u1:me"), CacheEntry{"{}", 10, 20, QStringLiteral("u1")}));
            QVERIFY(store.put(QStringLiteral("plans::all"), CacheEntry{"[]", 10, 20, {}}));
            QCOMPARE(store.count(), 2);
            QCOMPARE(store.removeScope(QStringLiteral("u1")), 1);
        }
        LibraryDatabase reopened;
        LibraryCacheStore::attach(reopened);
        QVERIFY(reopened.open(file()).hasValue());
        SqliteCacheStore store(reopened.connection());
        QCOMPARE(store.get(QStringLiteral("plans::all"))->value, QByteArray("[]"));
        QVERIFY(!store.get(QStringLiteral("profile:u1:me")));
    }

    /// Library files of formats 2 to 5 got cache_store from the library's migrations (v2, as published):
    /// they still open, and the cache serves the rows they hold.
    void keepsTheRowsOfOlderLibraryFiles()
    {
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            c.setDatabaseName(file());
            QVERIFY(c.open());
            QSqlQuery q(c);
            QStringList v2 = LibrarySchema::migrations().at(0).statements;
            v2 << QStringLiteral(
                      "CREATE TABLE cache_store (\n  key TEXT PRIMARY KEY,\n  value BLOB NOT NULL,\n"
                      "  stored_at INTEGER NOT NULL,\n  expires_at INTEGER NOT NULL,\n"
                      "  scope TEXT NOT NULL DEFAULT ''\n)")
               << QStringLiteral("CREATE INDEX cache_store_scope_idx ON cache_store (scope)")
               << QStringLiteral(
                      "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, action TEXT NOT NULL, job_type "
                      "TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', "
                      "'failed', 'cancelled')), result TEXT, started_at INTEGER NOT NULL, finished_at "
                      "INTEGER)")
               << QStringLiteral(
                      "INSERT INTO cache_store VALUES ('plans::all', x'5b315d', 10, 4102444800000, '')")
               << QStringLiteral("INSERT INTO cache_store VALUES ('profile:u1:me', x'7b7d', 10, 20, 'u1')")
               << QStringLiteral("PRAGMA user_version = 2");
            for (const QString& statement : v2)
                QVERIFY2(q.exec(statement),
                         qPrintable(statement + QLatin1String(": ") + q.lastError().text()));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        LibraryDatabase library;
        LibraryCacheStore::attach(library);
        const auto opened = library.open(file());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        SqliteCacheStore store = LibraryCacheStore::storeOn(library);
        QCOMPARE(store.count(), 2);
        const auto plans = store.get(QStringLiteral("plans::all"));
        QVERIFY(plans);
        QCOMPARE(plans->value, QByteArray("[1]"));
        QCOMPARE(plans->expiresAt, 4102444800000);
        QCOMPARE(store.get(QStringLiteral("profile:u1:me"))->scope, QStringLiteral("u1"));
        QVERIFY(store.put(QStringLiteral("usage:u1:month"), CacheEntry{"{}", 30, 40, QStringLiteral("u1")}));
        QCOMPARE(store.removeScope(QStringLiteral("u1")), 2);
        QCOMPARE(store.count(), 1);
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
