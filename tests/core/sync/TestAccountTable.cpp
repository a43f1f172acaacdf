// The connected accounts in the library file: rows without tokens, status, the state a finished sync
// records, and removal with or without the items. Real SQLite files on disk.
#include "SyncTableTestUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sv;
using namespace sv::test;

class TestAccountTable : public QObject
{
    Q_OBJECT

private:
    LibraryFiles m_files;
    QString newFile() { return m_files.next(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void accountsRoundTripWithoutTokens()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        LibraryAccount tiktok = account(QStringLiteral("open-1"));
        tiktok.platform = Platform::TikTok;
        QVERIFY(AccountTable::save(db, tiktok));
        const auto all = AccountTable::all(db);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).platform, Platform::YouTube); // platform order, as the UI shows them
        QCOMPARE(all->at(0).displayName, QStringLiteral("Channel UC1"));
        QCOMPARE(all->at(0).status, AccountStatus::Connected);
        QVERIFY(!all->at(0).lastSyncedAt.isValid());
        QVERIFY(!all->at(0).syncComplete);

        QVERIFY(AccountTable::setStatus(db, Platform::YouTube, QStringLiteral("UC1"),
                                        AccountStatus::ReconnectNeeded, QStringLiteral("grant revoked")));
        auto one = AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"));
        QVERIFY(one && one->has_value());
        QCOMPARE(one->value().status, AccountStatus::ReconnectNeeded);
        QCOMPARE(one->value().lastError, QStringLiteral("grant revoked"));
        // Reconnecting saves the profile again and clears the status.
        LibraryAccount again = account(QStringLiteral("UC1"));
        again.displayName = QStringLiteral("Renamed");
        QVERIFY(AccountTable::save(db, again));
        one = AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"));
        QCOMPARE(one->value().displayName, QStringLiteral("Renamed"));
        QCOMPARE(one->value().status, AccountStatus::Connected);
        QVERIFY(!AccountTable::find(db, Platform::Instagram, QStringLiteral("UC1"))->has_value());

        LibraryAccount nameless;
        QVERIFY(!AccountTable::save(db, nameless)); // an account needs an id
    }

    void finishingASyncRecordsState()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        QVERIFY(SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 30), QStringLiteral("job-d"))));
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QVERIFY(
            !AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"))->value().fullWalkAt.isValid());
        QVERIFY(AccountTable::finishSync(db, Platform::YouTube, QStringLiteral("UC1"), when,
                                         QStringLiteral("v29"), true));
        LibraryAccount a = AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"))->value();
        QVERIFY(a.syncComplete);
        QCOMPARE(a.lastSyncedAt, when);
        QCOMPARE(a.fullWalkAt, when);
        QCOMPARE(a.itemCount, 30);
        QCOMPARE(a.newestExternalId, QStringLiteral("v29"));
        // An incremental sync's end keeps the time of the last full walk.
        const QDateTime later = when.addDays(1);
        QVERIFY(
            AccountTable::finishSync(db, Platform::YouTube, QStringLiteral("UC1"), later, QString(), false));
        a = AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"))->value();
        QCOMPARE(a.lastSyncedAt, later);
        QCOMPARE(a.fullWalkAt, when);
        QCOMPARE(a.newestExternalId, QStringLiteral("v29"));
        // The next committed batch marks the sync incomplete until it finishes again (a kill then makes the
        // next sync walk every page).
        QVERIFY(SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 30, 31), QStringLiteral("job-e"))));
        QVERIFY(!AccountTable::find(db, Platform::YouTube, QStringLiteral("UC1"))->value().syncComplete);

        const auto known =
            db.knownExternalIds(Platform::YouTube, QStringLiteral("UC1"),
                                {QStringLiteral("v1"), QStringLiteral("v99"), QStringLiteral("v30")});
        QVERIFY(known);
        QCOMPARE(*known, (QSet<QString>{QStringLiteral("v1"), QStringLiteral("v30")}));
        const auto recent = db.recentItems(Platform::YouTube, QStringLiteral("UC1"), 3);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).externalId, QStringLiteral("v30")); // newest first
        QList<ContentItem> stats{item(QStringLiteral("UC1"), QStringLiteral("v30"), 999),
                                 item(QStringLiteral("UC1"), QStringLiteral("gone"), 5)};
        QCOMPARE(*db.updateStatistics(stats), 1);
        QCOMPARE(db.recentItems(Platform::YouTube, QStringLiteral("UC1"), 1)->at(0).views, 999);
    }

    void removalKeepsOrRemovesTheItems()
    {
        LibraryDatabase db;
        QVERIFY(db.open(newFile()).hasValue());
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC1"))));
        QVERIFY(AccountTable::save(db, account(QStringLiteral("UC2"))));
        QVERIFY(SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC1"), items(QStringLiteral("UC1"), 0, 7), QStringLiteral("j1"))));
        QVERIFY(SyncLedger::commitBatch(
            db, batch(QStringLiteral("UC2"), items(QStringLiteral("UC2"), 0, 4), QStringLiteral("j2"))));
        // Keep the items.
        QCOMPARE(*AccountTable::remove(db, Platform::YouTube, QStringLiteral("UC1"), false), 0);
        QCOMPARE(db.stats()->items, 11);
        QCOMPARE(AccountTable::all(db)->size(), 1);
        // Remove the items: only that account's.
        QCOMPARE(*AccountTable::remove(db, Platform::YouTube, QStringLiteral("UC2"), true), 4);
        QCOMPARE(db.stats()->items, 7);
        QCOMPARE(AccountTable::all(db)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountTable)
#include "TestAccountTable.moc"
