// The Connections page against the sandbox (offscreen, private keyring): connect through the browser flow,
// sync with progress, cancel, sync all, notifications, disconnect with the keep/remove choice.
#include "SyncTestSupport.h"

#include "ConnectionsView.h"
#include "EmptyStateWidget.h"
#include "GuidedStart.h"
#include "PlatformCard.h"
#include "StorageConditions.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sv;
using namespace sv::test;

class TestConnectionsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void withoutASyncManagerItExplainsWhatComes()
    {
        ConnectionsView view;
        QVERIFY(view.emptyState());
        QVERIFY(!view.emptyState()->isHidden());
        QVERIFY(!view.card(Platform::YouTube));
    }

    void connectSyncCancelAndDisconnect()
    {
        SandboxProcess sandbox(sandboxOptions(600));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui")), QStringLiteral("ui@example.test"),
                      QStringLiteral("StreamVibeUiTest"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        env.manager->setLongSyncThreshold(std::chrono::milliseconds(0)); // every sync counts as long here

        ConnectionsView view(env.manager, &env.browser);
        view.resize(800, 900);
        view.show();
        QVERIFY(view.emptyState()->isHidden());
        for (const Platform p : allPlatforms()) {
            PlatformCard* card = view.card(p);
            QVERIFY(card);
            QCOMPARE(card->statusLabel()->text(), QStringLiteral("Not connected"));
            QVERIFY(card->connectButton()->isVisible());
            QVERIFY(!card->syncButton()->isVisible());
            QVERIFY(!card->disconnectButton()->isVisible());
        }
        QVERIFY(!view.syncAllButton()->isEnabled());

        // Connect YouTube: the browser flow runs, the card shows the account.
        QSignalSpy connected(&view, &ConnectionsView::connectFinished);
        PlatformCard* yt = view.card(Platform::YouTube);
        QTest::mouseClick(yt->connectButton(), Qt::LeftButton);
        QVERIFY(connected.wait(30000));
        QCOMPARE(connected.last().at(1).toBool(), true);
        QCOMPARE(yt->statusLabel()->text(), QStringLiteral("Syncing…")); // its first sync, at once
        QVERIFY(!yt->accountLabel()->text().isEmpty());
        QVERIFY(yt->detailsLabel()->text().contains(QLatin1String("Never synced")));
        QVERIFY(yt->syncButton()->isVisible());
        QVERIFY(yt->disconnectButton()->isVisible());
        QVERIFY(!yt->connectButton()->isVisible());
        QVERIFY(view.syncAllButton()->isEnabled());
        QVERIFY(view.banner()->isVisible());
        QVERIFY(env.browser.openedUrls().size() == 1);

        // Its first sync starts at once, without a click on Sync: progress on the card while it runs, then
        // the counts; a notification at the end.
        QVERIFY(env.manager->isBusy(Platform::YouTube));
        QVERIFY(!yt->syncButton()->isEnabled());
        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QSignalSpy notified(&view, &ConnectionsView::notification);
        bool sawProgress = false;
        QObject guard;
        connect(env.manager, &SyncManager::syncProgress, &guard, [&](Platform, const SyncProgress&) {
            sawProgress = sawProgress || (yt->progressBar()->isVisible() && yt->cancelButton()->isVisible() &&
                                          !yt->syncButton()->isEnabled());
        });
        QVERIFY(finished.wait(60000));
        QVERIFY(sawProgress);
        QCOMPARE(finished.last().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Succeeded);
        QVERIFY(!yt->progressBar()->isVisible());
        QVERIFY2(yt->detailsLabel()->text().contains(QLatin1String("600")),
                 qPrintable(yt->detailsLabel()->text()));
        QVERIFY(yt->detailsLabel()->text().contains(QLatin1String("Last sync")));
        QVERIFY(!notified.isEmpty());
        QCOMPARE(notified.last().at(1).toBool(), false);
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("YouTube")));

        // Connect TikTok and cancel its first sync (started by the connect) after one page.
        PlatformCard* tt = view.card(Platform::TikTok);
        QTest::mouseClick(tt->connectButton(), Qt::LeftButton);
        QVERIFY(connected.wait(30000));
        QCOMPARE(connected.last().at(1).toBool(), true);
        connect(env.manager, &SyncManager::syncProgress, &guard,
                [&](Platform p, const SyncProgress& progress) {
                    if (p == Platform::TikTok && progress.pages == 1 && tt->cancelButton()->isVisible())
                        QTest::mouseClick(tt->cancelButton(), Qt::LeftButton);
                });
        QVERIFY(env.manager->isBusy(Platform::TikTok));
        QVERIFY(finished.wait(60000));
        const SyncOutcome cancelled = finished.last().at(0).value<SyncOutcome>();
        QCOMPARE(cancelled.platform, Platform::TikTok);
        QCOMPARE(cancelled.status, SyncOutcome::Status::Cancelled);
        QVERIFY(!tt->progressBar()->isVisible());
        QVERIFY(tt->syncButton()->isEnabled());

        // Sync all: both accounts; the content view's refresh signal fires as items arrive.
        QObject::disconnect(env.manager, nullptr, &guard, nullptr);
        QSignalSpy committed(env.manager, &SyncManager::itemsCommitted);
        QSignalSpy idle(env.manager, &SyncManager::idle);
        QTest::mouseClick(view.syncAllButton(), Qt::LeftButton);
        QVERIFY(idle.wait(60000));
        QVERIFY(!committed.isEmpty());
        QVERIFY2(tt->detailsLabel()->text().contains(QLatin1String("600")),
                 qPrintable(tt->detailsLabel()->text()));

        // Disconnect asks keep/remove: cancelling changes nothing; "remove" removes the items and the
        // sign-in.
        std::optional<bool> answer;
        int asked = 0;
        view.setDisconnectChoice([&](Platform, const QString& name) {
            ++asked;
            return name.isEmpty() ? std::optional<bool>() : answer;
        });
        QSignalSpy disconnected(&view, &ConnectionsView::disconnectFinished);
        QTest::mouseClick(tt->disconnectButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(disconnected.isEmpty());
        QCOMPARE(tt->statusLabel()->text(), QStringLiteral("Connected"));

        const QString ttKey = AccountStore::tokenKey(env.profileName, Platform::TikTok,
                                                     env.manager->account(Platform::TikTok)->accountId)
                                  .toString();
        QVERIFY(env.keychainListing().contains(ttKey));
        answer = true;
        QTest::mouseClick(tt->disconnectButton(), Qt::LeftButton);
        QVERIFY(disconnected.wait(30000));
        QCOMPARE(disconnected.last().at(1).toBool(), true);
        QCOMPARE(tt->statusLabel()->text(), QStringLiteral("Not connected"));
        QVERIFY(tt->connectButton()->isVisible());
        QVERIFY(!env.keychainListing().contains(ttKey));
        QCOMPARE(env.libraryIds(Platform::TikTok).size(), 0);
        QVERIFY(view.banner()->text().contains(QLatin1String("600")));
        // YouTube is untouched.
        QCOMPARE(env.libraryIds(Platform::YouTube).size(), 600);
        QCOMPARE(yt->statusLabel()->text(), QStringLiteral("Connected"));
    }

    void revokedGrantShowsReconnectNeededUntilReconnected()
    {
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui-reconnect")),
                      QStringLiteral("ui-reconnect@example.test"), QStringLiteral("StreamVibeUiTest3"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ConnectionsView view(env.manager, &env.browser);
        view.resize(800, 900);
        view.show();
        const auto connected = env.connect(Platform::YouTube);
        QVERIFY(connected);
        PlatformCard* yt = view.card(Platform::YouTube);
        QTRY_COMPARE(yt->statusLabel()->text(), QStringLiteral("Connected"));
        QVERIFY(!yt->reconnectButton()->isVisible());

        // The user revokes StreamVibe's access at Google: the next sync cannot refresh the grant.
        const auto tokens = awaitTask(env.store->readTokens(Platform::YouTube, connected->accountId));
        QVERIFY(tokens && tokens.value());
        QCOMPARE(sandbox
                     .request("POST", sandbox.url(QStringLiteral("/youtube/revoke?token=") +
                                                  tokens.value()->refreshToken))
                     .status,
                 200);
        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QTest::mouseClick(yt->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(yt->statusLabel()->text(), QStringLiteral("Reconnect needed"));
        QVERIFY(yt->reconnectButton()->isVisible());
        QVERIFY(yt->reconnectButton()->isEnabled());
        QVERIFY(!yt->syncButton()->isVisible() || !yt->syncButton()->isEnabled());
        QVERIFY(!yt->messageLabel()->text().isEmpty()); // says why, not a silent failure

        // Reconnect from the card: the browser flow runs again and the account is usable.
        QSignalSpy connectedSpy(&view, &ConnectionsView::connectFinished);
        QTest::mouseClick(yt->reconnectButton(), Qt::LeftButton);
        QVERIFY(connectedSpy.wait(30000));
        QCOMPARE(connectedSpy.last().at(1).toBool(), true);
        QTRY_COMPARE(yt->statusLabel()->text(), QStringLiteral("Connected"));
        QVERIFY(!yt->reconnectButton()->isVisible());
        QTest::mouseClick(yt->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).value<SyncOutcome>().status, SyncOutcome::Status::Succeeded);
    }

    void retryNoticeShowsOnTheCardWhileAPlatformDoesNotAnswer()
    {
        using namespace std::chrono_literals;
        SandboxProcess sandbox(sandboxOptions(60));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui-hang.sqlite")),
                      QStringLiteral("ui-hang@example.test"), QStringLiteral("StreamVibeUiTest4"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Short bounds instead of the production 30 s per answer and 60 s per page.
        SyncOptions options = env.manager->options();
        options.requestTimeout = 500ms;
        options.pageTimeout = 4s;
        env.manager->setOptions(options);
        ConnectionsView view(env.manager, &env.browser);
        view.resize(800, 900);
        view.show();
        QVERIFY(env.connect(Platform::TikTok));
        PlatformCard* tt = view.card(Platform::TikTok);
        QTRY_COMPARE(tt->statusLabel()->text(), QStringLiteral("Connected"));
        QVERIFY(!tt->retryLabel()->isVisible());
        QVERIFY(sandbox.addFault(QStringLiteral("hang,path=/tiktok/v2/video")));

        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QTest::mouseClick(tt->syncButton(), Qt::LeftButton);
        // The card says why it waits and for how long, while the sync still runs.
        QTRY_VERIFY_WITH_TIMEOUT(tt->retryLabel()->isVisible(), 4000);
        QVERIFY2(tt->retryLabel()->text().startsWith(QLatin1String("TikTok did not answer; retrying in ")),
                 qPrintable(tt->retryLabel()->text()));
        QCOMPARE(tt->statusLabel()->text(), QStringLiteral("Syncing…"));
        QVERIFY(tt->progressBar()->isVisible());
        QVERIFY(finished.isEmpty());

        // Then the page's deadline ends it with the reason on the card; the notice goes.
        QVERIFY(finished.wait(15000));
        const SyncOutcome outcome = finished.last().at(0).value<SyncOutcome>();
        QCOMPARE(outcome.errorKind, std::optional(PlatformError::Kind::Timeout));
        QTRY_VERIFY(!tt->retryLabel()->isVisible());
        QVERIFY(tt->messageLabel()->isVisible());
        QVERIFY2(tt->messageLabel()->text().contains(QLatin1String("TikTok did not answer within 4 second")),
                 qPrintable(tt->messageLabel()->text()));
    }

    void failedSyncIsNotifiedAsAnError()
    {
        SandboxProcess sandbox(sandboxOptions(100));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui-fail.sqlite")),
                      QStringLiteral("ui-fail@example.test"), QStringLiteral("StreamVibeUiTest2"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ConnectionsView view(env.manager, &env.browser);
        QVERIFY(env.connect(Platform::Instagram));
        QVERIFY(sandbox.addFault(QStringLiteral("quota,path=/instagram/graph")));
        QSignalSpy notified(&view, &ConnectionsView::notification);
        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QTest::mouseClick(view.card(Platform::Instagram)->syncButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!notified.isEmpty());
        QCOMPARE(notified.last().at(1).toBool(), true);
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("Instagram")));
        QVERIFY(view.card(Platform::Instagram)->messageLabel()->isVisibleTo(&view));
        QVERIFY(!view.card(Platform::Instagram)->messageLabel()->text().isEmpty());
    }

    /// The disk fills during a sync (no file may grow: RLIMIT_FSIZE): the sync ends once, failed, saying
    /// the disk is full; the library turns read-only, so every Sync button and "Sync all" are off with that
    /// reason and no sync starts (no loop of failures); the items of the earlier sync are all there. Once
    /// space is freed, opening the library again turns Sync back on and a sync completes.
    void diskThatFillsDuringASyncEndsItAndTurnsSyncOff()
    {
        SandboxProcess sandbox(sandboxOptions(1200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui-full")),
                      QStringLiteral("ui-full@example.test"), QStringLiteral("StreamVibeUiTest3"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ConnectionsView view(env.manager, &env.browser);
        QVERIFY(env.connect(Platform::Instagram));
        QVERIFY(env.connect(Platform::TikTok));
        const SyncOutcome first = env.sync(Platform::Instagram);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        const QSet<QString> before = env.libraryIds(Platform::Instagram);
        QCOMPARE(before.size(), 1200);
        PlatformCard* tiktok = view.card(Platform::TikTok);
        QTRY_VERIFY(tiktok->syncButton()->isEnabled());

        QSignalSpy finished(env.manager, &SyncManager::syncFinished);
        QSignalSpy queued(env.manager, &SyncManager::syncQueued);
        // The write-ahead log folded into the file, then no file may grow past 128 KiB: the sync's first
        // writes fit in the log, a later page does not.
        const bool folded = awaitTask(env.library->run<bool>([](LibraryDatabase& db) {
            return QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }));
        QVERIFY(folded);
        {
            test::FileSizeLimit full(128 * 1024);
            QVERIFY(full.works());
            QTest::mouseClick(tiktok->syncButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        }
        const auto outcome = finished.at(0).at(0).value<SyncOutcome>();
        QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
        QVERIFY2(outcome.errorMessage.contains(QLatin1String("disk is full")),
                 qPrintable(outcome.errorMessage));
        QCOMPARE(env.library->access().mode, LibraryAccess::Mode::DiskFull);
        QTRY_VERIFY(!tiktok->syncButton()->isEnabled());
        const QString reason = env.manager->syncRefusal();
        QVERIFY(reason.contains(QLatin1String("disk is full")));
        QCOMPARE(tiktok->syncButton()->toolTip(), reason);
        QVERIFY(!view.card(Platform::Instagram)->syncButton()->isEnabled());
        QVERIFY(!view.syncAllButton()->isEnabled());
        QCOMPARE(view.syncAllButton()->toolTip(), reason);
        QVERIFY(tiktok->messageLabel()->text().contains(QLatin1String("disk is full")));
        // No sync starts while the library is read-only: refused, not tried and failed.
        QVERIFY(!env.manager->sync(Platform::Instagram));
        QCOMPARE(env.manager->syncAll(), 0);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(env.libraryIds(Platform::Instagram), before); // reads work; nothing from before was lost

        // Space again: the library opens for writing, Sync is back and completes.
        QSignalSpy reopened(env.services.get(), &ProfileServices::libraryOpenFinished);
        env.services->retryLibrary();
        QTRY_COMPARE(reopened.count(), 1);
        QCOMPARE(env.library->access().mode, LibraryAccess::Mode::ReadWrite);
        QTRY_VERIFY(tiktok->syncButton()->isEnabled());
        QVERIFY(view.syncAllButton()->isEnabled());
        QTest::mouseClick(tiktok->syncButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const auto resumed = finished.at(1).at(0).value<SyncOutcome>();
        QVERIFY2(resumed.succeeded(), qPrintable(describe(resumed)));
        QCOMPARE(env.libraryIds(Platform::TikTok).size(), 1200);
        QCOMPARE(env.libraryIds(Platform::Instagram), before);
    }

    /// The library turns read-only (its folder goes away during the session, as a drive unmounted): every
    /// button that would write it, Connect, Sync and Disconnect on the cards and the guided start's Connect,
    /// is off with the reason as tooltip and accessible description, and a connect asked anyway (the guided
    /// start's path) is refused at once, before any browser opens, instead of failing after the sign-in.
    /// Once the folder is back, Retry opens the library for writing and they are on again.
    void readOnlyLibraryTurnsConnectOffWithTheReason()
    {
        SandboxProcess sandbox(sandboxOptions(5));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SyncEnvironment env;
        const QString error =
            env.setUp(sandbox, m_dir.filePath(QStringLiteral("ui-read-only")),
                      QStringLiteral("ui-read-only@example.test"), QStringLiteral("StreamVibeUiTest4"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ConnectionsView view(env.manager, &env.browser);
        GuidedStart guide(&view, nullptr, QString());
        QVERIFY(env.connect(Platform::TikTok)); // a connected account: its Sync and Disconnect
        PlatformCard* youtube = view.card(Platform::YouTube);
        PlatformCard* tiktok = view.card(Platform::TikTok);
        QTRY_VERIFY(tiktok->disconnectButton()->isEnabled());
        const QList<QPushButton*> writers = {youtube->connectButton(),
                                             view.card(Platform::Instagram)->connectButton(),
                                             tiktok->syncButton(),
                                             tiktok->disconnectButton(),
                                             guide.connectButton(Platform::YouTube),
                                             guide.connectButton(Platform::Instagram)};
        for (QPushButton* button : writers) {
            QVERIFY(button->isEnabled());
            QVERIFY(button->accessibleDescription().isEmpty());
        }

        // The folder goes away; the next write finds it so and turns the library read-only.
        const QString folder = env.profileDir;
        const QString away = m_dir.filePath(QStringLiteral("ui-read-only-unmounted"));
        QVERIFY(QDir().rename(folder, away));
        const auto written =
            awaitTask(env.library->removeAccount(Platform::YouTube, QStringLiteral("nobody")));
        QVERIFY(!written);
        QCOMPARE(env.library->access().mode, LibraryAccess::Mode::Missing);
        const QString reason = env.manager->syncRefusal();
        QVERIFY2(reason.contains(QLatin1String("read-only")), qPrintable(reason));
        QTRY_VERIFY(!youtube->connectButton()->isEnabled());
        for (QPushButton* button : writers) {
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
            QCOMPARE(button->toolTip(), reason);
            QCOMPARE(button->accessibleDescription(), reason);
        }
        QVERIFY(!view.syncAllButton()->isEnabled());
        QCOMPARE(view.syncAllButton()->accessibleDescription(), reason);

        // Asked anyway: refused at once with the reason, no browser opened.
        const qsizetype opened = env.browser.openedUrls().size();
        QSignalSpy finished(&view, &ConnectionsView::connectFinished);
        view.connectAccount(Platform::YouTube);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(youtube->messageLabel()->text(), reason);
        QCOMPARE(env.browser.openedUrls().size(), opened);
        QVERIFY(!env.manager->isConnecting(Platform::YouTube));

        // The folder back, Retry: the library takes writes, the buttons are on without a reason.
        QVERIFY(QDir().rename(away, folder));
        QSignalSpy reopened(env.services.get(), &ProfileServices::libraryOpenFinished);
        env.services->retryLibrary();
        QTRY_COMPARE(reopened.count(), 1);
        QCOMPARE(env.library->access().mode, LibraryAccess::Mode::ReadWrite);
        QTRY_VERIFY(youtube->connectButton()->isEnabled());
        for (QPushButton* button : writers) {
            QVERIFY2(button->isEnabled(), qPrintable(button->text()));
            QVERIFY(button->accessibleDescription().isEmpty());
        }
    }
};

QTEST_MAIN(TestConnectionsView)
#include "TestConnectionsView.moc"
