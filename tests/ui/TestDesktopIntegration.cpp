// The app as a desktop citizen: desktop notifications through a stand-in freedesktop notification service
// on a private session bus (what was sent, once per period for the quota, a click opening the right page),
// the tray icon's menu and the close-to-tray question (asked once), the "Sync & notifications" settings
// page, the sync summary's wording in English and German, and the quota warning after a sync (sandbox).
// The private bus is KEYRING's (tests/support/with-keyring.sh), which also holds the sign-in's keychain.
#include "AboutDialog.h"
#include "AwaitTask.h"
#include "DesktopIntegration.h"
#include "DesktopNotifications.h"
#include "MainMenu.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SettingsDialog.h"
#include "SignedInWindow.h"
#include "SyncSettingsPage.h"
#include "TestSupport.h"
#include "Theme.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "UsageView.h"
#include "backend/BackendClient.h"
#include "billing/BillingService.h"
#include "services/ProfileServices.h"
#include "sync/SyncManager.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncScheduler.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sv;

namespace {

/// One Notify call as the service received it.
struct Sent
{
    uint id = 0;
    QString appName;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

} // namespace

/// The stand-in org.freedesktop.Notifications: records every notification and can "click" one.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationService(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }
    bool registerOnBus()
    {
        return m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    QList<Sent> sent;

    /// The user clicks notification `id` (its default action).
    void click(uint id, const QString& action = QStringLiteral("default"))
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(m_bus.send(signal));
    }

public Q_SLOTS:
    uint Notify(const QString& appName, uint, const QString&, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap& hints, int)
    {
        sent.append(Sent{m_next, appName, summary, body, actions, hints});
        return m_next++;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint) {}

private:
    QDBusConnection m_bus;
    uint m_next = 41;
};

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeNotificationService> m_service;
    QDBusConnection m_serviceBus{QStringLiteral("unset")};

    static SyncOutcome outcome(SyncOutcome::Status status, qint64 newItems, qint64 items, qint64 elapsedMs)
    {
        SyncOutcome o;
        o.status = status;
        o.platform = Platform::YouTube;
        o.progress.newItems = newItems;
        o.progress.items = items;
        o.elapsedMs = elapsedMs;
        return o;
    }

    static void useLanguage(const QLocale& locale)
    {
        auto* app = QCoreApplication::instance();
        for (QTranslator* t : app->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(locale);
        QVERIFY(Translations::install(*app, locale));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The test runs on a private session bus (tests/support/with-keyring.sh): the stand-in service
        // owns the well-known name there on a connection of its own, like a notification daemon would.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no private session bus");
        m_serviceBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-daemon"));
        QVERIFY(m_serviceBus.isConnected());
        m_service = std::make_unique<FakeNotificationService>(m_serviceBus);
        QVERIFY(m_service->registerOnBus());
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp);
        useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_service->sent.clear();
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void failedAndReconnectAndLongSyncsAreSent()
    {
        DesktopNotifications notifications(QDBusConnection::sessionBus(), m_settings.get());
        SyncOutcome failed = outcome(SyncOutcome::Status::Failed, 0, 0, 2000);
        failed.errorMessage = QStringLiteral("YouTube did not answer.");
        notifications.syncFinished(failed);
        SyncOutcome reconnect = failed;
        reconnect.reconnectNeeded = true;
        notifications.syncFinished(reconnect);
        notifications.syncFinished(outcome(SyncOutcome::Status::Succeeded, 3, 10, 5000)); // short: nothing
        notifications.syncFinished(outcome(SyncOutcome::Status::Succeeded, 2000, 2014, 95'000));
        QTRY_COMPARE(m_service->sent.size(), 3);
        QCOMPARE(m_service->sent.at(0).summary, QStringLiteral("YouTube sync failed"));
        QCOMPARE(m_service->sent.at(0).body, QStringLiteral("YouTube did not answer."));
        QCOMPARE(m_service->sent.at(0).appName, QStringLiteral("StreamVibe"));
        QVERIFY(m_service->sent.at(0).actions.contains(QStringLiteral("default")));
        QCOMPARE(m_service->sent.at(1).summary, QStringLiteral("Reconnect YouTube"));
        QVERIFY(m_service->sent.at(1).body.contains(QStringLiteral("Reconnect it")));
        QCOMPARE(m_service->sent.at(2).summary, QStringLiteral("YouTube sync finished"));
        QCOMPARE(m_service->sent.at(2).body, QStringLiteral("2,000 new items, 14 updated"));
    }

    void aKindTurnedOffIsNotSent()
    {
        DesktopNotifications notifications(QDBusConnection::sessionBus(), m_settings.get());
        notifications.setEnabled(DesktopNotifications::Kind::SyncFailed, false);
        QVERIFY(!notifications.send(DesktopNotifications::Kind::SyncFailed, QStringLiteral("x"), QString(),
                                    DesktopNotifications::Target::Connections));
        QVERIFY(notifications.send(DesktopNotifications::Kind::ReconnectNeeded, QStringLiteral("y"),
                                   QString(), DesktopNotifications::Target::Connections));
        QTRY_COMPARE(m_service->sent.size(), 1);
        QCOMPARE(m_service->sent.at(0).summary, QStringLiteral("y"));
    }

    void quotaWarningsOncePerPeriodAcrossRestarts()
    {
        {
            DesktopNotifications notifications(QDBusConnection::sessionBus(), m_settings.get());
            QVERIFY(notifications.quotaWarning(80, QStringLiteral("u1:pro:2026-12-01"),
                                               QStringLiteral("You have used 81 % of your quota.")));
            QVERIFY(!notifications.quotaWarning(80, QStringLiteral("u1:pro:2026-12-01"),
                                                QStringLiteral("You have used 85 % of your quota.")));
        }
        DesktopNotifications restarted(QDBusConnection::sessionBus(), m_settings.get());
        QVERIFY(!restarted.quotaWarning(80, QStringLiteral("u1:pro:2026-12-01"), QStringLiteral("again")));
        QVERIFY(restarted.quotaWarning(100, QStringLiteral("u1:pro:2026-12-01"), QStringLiteral("all used")));
        QVERIFY(
            restarted.quotaWarning(80, QStringLiteral("u1:pro:2027-01-01"), QStringLiteral("next period")));
        QTRY_COMPARE(m_service->sent.size(), 3);
        QCOMPARE(m_service->sent.at(0).summary, QStringLiteral("Your quota is almost used up"));
        QCOMPARE(m_service->sent.at(0).body, QStringLiteral("You have used 81 % of your quota."));
        QCOMPARE(m_service->sent.at(1).summary, QStringLiteral("Your quota is used up"));
        QCOMPARE(m_service->sent.at(2).body, QStringLiteral("next period"));
    }

    void clickingANotificationOpensItsPage()
    {
        const QString profileDir = m_dir.filePath(QStringLiteral("profile"));
        ProfileServices services(AppConfig(), Profile::resolve(profileDir));
        MainWindow window(&services);
        DesktopIntegration desktop(&window, &services, QDBusConnection::sessionBus(), m_settings.get());
        window.setCurrentPage(MainWindow::OverviewPage);
        window.hide(); // in the tray

        QVERIFY(desktop.notifications()->quotaWarning(100, QStringLiteral("u:p"), QStringLiteral("used up")));
        QTRY_COMPARE(m_service->sent.size(), 1);
        m_service->click(m_service->sent.at(0).id, QStringLiteral("other")); // not the default action
        QTest::qWait(0);
        QSignalSpy activated(desktop.notifications(), &DesktopNotifications::activated);
        m_service->click(m_service->sent.at(0).id);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(window.currentPage(), MainWindow::UsagePage);
        QCOMPARE(window.navigation()->selectedItems(),
                 QList<QListWidgetItem*>{window.navigation()->item(MainWindow::UsagePage)});
        QVERIFY(window.isVisible());

        SyncOutcome failed = outcome(SyncOutcome::Status::Failed, 0, 0, 100);
        desktop.notifications()->syncFinished(failed);
        QTRY_COMPARE(m_service->sent.size(), 2);
        m_service->click(m_service->sent.at(1).id);
        QTRY_COMPARE(window.currentPage(), MainWindow::ConnectionsPage);
        QCOMPARE(window.navigation()->selectedItems(),
                 QList<QListWidgetItem*>{window.navigation()->item(MainWindow::ConnectionsPage)});
        // The schedule is kept in the profile.
        QVERIFY(QFile::exists(QDir(profileDir).filePath(QLatin1String(SyncScheduler::StateFileName))) ||
                desktop.scheduler()->interval() == SyncScheduler::DefaultInterval);
    }

    // The window's own menu reaches the tray, the settings dialog and the About dialog.
    void menuQuitSettingsAndAboutAreWired()
    {
        ProfileServices services(AppConfig(),
                                 Profile::resolve(m_dir.filePath(QStringLiteral("profile-menu"))));
        MainWindow window(&services);
        DesktopIntegration desktop(&window, &services, QDBusConnection::sessionBus(), m_settings.get());
        window.show();

        // The settings dialog has the Sync & notifications page after the built-in ones.
        SettingsDialog* settings = window.mainMenu()->settingsDialog();
        QCOMPARE(settings->pageCount(), 3);
        QCOMPARE(settings->pageList()->item(2)->text(), QStringLiteral("Sync & notifications"));
        QVERIFY(settings->findChild<SyncSettingsPage*>());

        // Help → About opens the About dialog, once.
        window.mainMenu()->aboutAction()->trigger();
        window.mainMenu()->aboutAction()->trigger();
        QCOMPARE(window.findChildren<AboutDialog*>().size(), 1);
        QVERIFY(window.findChild<AboutDialog*>()->isVisible());

        // File → Quit quits, even where closing the window keeps syncing in the tray, and asks nothing.
        desktop.tray()->setClosesToTray(true);
        desktop.tray()->setCloseChoice(TrayIcon::CloseChoice::KeepRunning);
        int asked = 0;
        desktop.tray()->setAsker([&asked] {
            ++asked;
            return true;
        });
        QSignalSpy quit(desktop.tray(), &TrayIcon::quitRequested);
        window.mainMenu()->quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!window.isVisible());
        QCOMPARE(asked, 0);
    }

    void trayMenuActions()
    {
        QWidget window;
        window.show();
        TrayIcon tray(&window, m_settings.get());
        QStringList texts;
        for (QAction* a : tray.menu()->actions())
            if (!a->isSeparator())
                texts << a->text();
        QCOMPARE(texts, QStringList({QStringLiteral("Sync now"), QStringLiteral("Open StreamVibe"),
                                     QStringLiteral("Quit")}));
        QSignalSpy sync(&tray, &TrayIcon::syncNowRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.syncNowAction()->trigger();
        QCOMPARE(sync.count(), 1);
        window.hide();
        tray.openAction()->trigger();
        QVERIFY(window.isVisible());
        tray.setStatus(QStringLiteral("Next sync at 18:00."));
        QCOMPARE(tray.toolTip(), QStringLiteral("StreamVibe: Next sync at 18:00."));
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void closingTheWindowAsksOnceToKeepSyncingInTheTray()
    {
        QWidget window;
        window.show();
        TrayIcon tray(&window, m_settings.get());
        tray.setClosesToTray(true); // as when the desktop has a tray
        int asked = 0;
        tray.setAsker([&asked] {
            ++asked;
            return true;
        });
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QVERIFY(!window.close()); // kept running, hidden
        QVERIFY(!window.isVisible());
        QCOMPARE(asked, 1);
        tray.openWindow();
        QVERIFY(!window.close());
        QCOMPARE(asked, 1); // the answer is remembered
        QCOMPARE(tray.closeChoice(), TrayIcon::CloseChoice::KeepRunning);
        QCOMPARE(quit.count(), 0);

        // A second run that answered "quit": the window closes and the app quits.
        QWidget other;
        other.show();
        TrayIcon quitting(&other, m_settings.get());
        quitting.setCloseChoice(TrayIcon::CloseChoice::Ask);
        quitting.setClosesToTray(true);
        quitting.setAsker([] { return false; });
        QSignalSpy quitRequested(&quitting, &TrayIcon::quitRequested);
        QVERIFY(other.close());
        QCOMPARE(quitRequested.count(), 1);
        QCOMPARE(quitting.closeChoice(), TrayIcon::CloseChoice::Quit);
    }

    void settingsPageChangesScheduleAndNotifications()
    {
        SyncScheduler scheduler(m_dir.filePath(QStringLiteral("schedule.ini")));
        DesktopNotifications notifications(QDBusConnection::sessionBus(), m_settings.get());
        SyncSettingsPage page(&scheduler, &notifications);
        page.show();
        QCOMPARE(page.scheduleBox()->currentData().value<SyncScheduler::Interval>(),
                 SyncScheduler::Interval::Every6Hours);
        QCOMPARE(page.scheduleBox()->count(), 4);
        QVERIFY(!page.scheduleBox()->accessibleName().isEmpty());
        page.scheduleBox()->setCurrentIndex(
            page.scheduleBox()->findData(QVariant::fromValue(SyncScheduler::Interval::Daily)));
        QCOMPARE(scheduler.interval(), SyncScheduler::Interval::Daily);
        QCheckBox* quota = page.notificationBox(DesktopNotifications::Kind::QuotaWarning);
        QVERIFY(quota->isChecked());
        quota->click();
        QVERIFY(!notifications.isEnabled(DesktopNotifications::Kind::QuotaWarning));
        QVERIFY(notifications.isEnabled(DesktopNotifications::Kind::SyncFailed));
        page.resize(page.sizeHint().expandedTo(QSize(480, 0)));
        const QString configured = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
        const QString dir =
            configured.isEmpty() ? test::buildPath(QStringLiteral("screenshots")) : configured;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + QStringLiteral("/sync-settings-page.png")));
        // Kept: a new scheduler reads the choice back.
        SyncScheduler again(m_dir.filePath(QStringLiteral("schedule.ini")));
        QCOMPARE(again.interval(), SyncScheduler::Interval::Daily);
        // Tab order: the schedule first, then the notification switches.
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.scheduleBox()->setFocus();
        QTest::keyClick(page.scheduleBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.notificationBox(DesktopNotifications::Kind::SyncFinished));
    }

    void aSyncCrossingEightyPercentNotifiesWithoutTheUsagePage()
    {
        const QString email = QStringLiteral("quota@example.test");
        const QString password = QStringLiteral("pw-quota-1");
        sv::test::SandboxProcess::Options options;
        options.items = 120;
        sv::test::SandboxProcess sandbox(options);
        QString error;
        const auto config = sv::test::startSandboxWithUser(sandbox, email, password, &error);
        QVERIFY2(config, qPrintable(error));
        const Profile profile = Profile::resolve(m_dir.filePath(QStringLiteral("quota-profile")));
        QVERIFY2(profile.isValid(), qPrintable(profile.error()));
        auto app =
            std::make_unique<sv::test::SignedInWindow>(*config, profile, QStringLiteral("StreamVibeQuota"));
        QVERIFY2(app->signIn(email, password, &error), qPrintable(error));
        ProfileServices& services = app->services;
        MainWindow& window = app->window;
        auto desktop = std::make_unique<DesktopIntegration>(&window, &services, QDBusConnection::sessionBus(),
                                                            m_settings.get());
        // The Usage page's own warning (when it loads its figures) is left out: the sync's must do it.
        QObject::disconnect(window.usageView(), &UsageView::quotaWarning, desktop.get(), nullptr);
        window.setCurrentPage(MainWindow::OverviewPage);
        window.hide(); // in the tray

        // 60 units below 80 % of the Free plan's quota; a sync of 120 new items crosses it.
        const auto sub = sv::test::awaitTask(services.billing()->subscription(BillingService::Refresh::Now));
        QVERIFY(sub && sub->value.quota > 0);
        const qint64 start = sub->value.quota * 8 / 10 - 60;
        const QJsonObject args{{QStringLiteral("p_units"), start - sub->value.used},
                               {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                               {QStringLiteral("p_idempotency_key"), QStringLiteral("quota-test-start")}};
        QVERIFY(sv::test::awaitTask(services.backend()->rpc(QStringLiteral("increment_usage"), args)));
        const auto quotaSent = [this] {
            QList<Sent> quota;
            for (const Sent& s : std::as_const(m_service->sent)) {
                if (s.summary.startsWith(QLatin1String("Your quota")))
                    quota.append(s);
            }
            return quota;
        };
        const auto syncPlatform = [&services, &app](Platform platform) {
            SyncManager* sync = services.syncManager();
            const auto connected = sv::test::awaitTask(sync->connectPlatform(platform, &app->browser));
            if (!connected)
                return false;
            const QList<SyncOutcome> outcomes = sv::test::awaitTask(sync->syncAndWait({platform}));
            return outcomes.size() == 1 && outcomes.at(0).status == SyncOutcome::Status::Succeeded;
        };
        QVERIFY(syncPlatform(Platform::YouTube));
        QTRY_COMPARE(quotaSent().size(), 1);
        QCOMPARE(quotaSent().at(0).summary, QStringLiteral("Your quota is almost used up"));
        const double percent = double(start + 120) * 100.0 / double(sub->value.quota);
        QCOMPARE(quotaSent().at(0).body, QStringLiteral("You have used %1 % of your quota for this period.")
                                             .arg(QLocale().toString(percent, 'f', 0)));
        QCOMPARE(window.currentPage(), MainWindow::OverviewPage); // the Usage page was never opened
        QVERIFY(!window.isVisible());

        // Still once per period, also after a restart of the desktop side: another sync of new items (still
        // between 80 % and 100 %) sends nothing more.
        desktop = std::make_unique<DesktopIntegration>(&window, &services, QDBusConnection::sessionBus(),
                                                       m_settings.get());
        QObject::disconnect(window.usageView(), &UsageView::quotaWarning, desktop.get(), nullptr);
        QSignalSpy checked(desktop.get(), &DesktopIntegration::quotaChecked);
        QVERIFY(syncPlatform(Platform::TikTok));
        QVERIFY(checked.count() > 0 || checked.wait(20000));
        QCOMPARE(checked.last().at(0).toInt(), 80);
        const auto after =
            sv::test::awaitTask(services.billing()->subscription(BillingService::Refresh::Now));
        QVERIFY(after && after->value.used == start + 240);
        // A notification sent after the check arrives after any the check sent (one connection, in order).
        QVERIFY(desktop->notifications()->send(DesktopNotifications::Kind::SyncFailed,
                                               QStringLiteral("marker"), QString(),
                                               DesktopNotifications::Target::Connections));
        QTRY_VERIFY(!m_service->sent.isEmpty() && m_service->sent.last().summary == QLatin1String("marker"));
        QCOMPARE(quotaSent().size(), 1);
        desktop.reset();
        app.reset();
    }

    void syncSummaryWording_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("bigSync");
        QTest::addColumn<QString>("oneNew");
        QTest::addColumn<QString>("nothing");
        QTest::addColumn<QString>("progress");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringLiteral("2,000 new items, 14 updated") << QStringLiteral("1 new item")
                            << QStringLiteral("no new items")
                            << QStringLiteral("1,000 of about 4,000 items, about 3 minutes left");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("2.000 neue Elemente, 14 aktualisiert")
                            << QStringLiteral("1 neues Element") << QStringLiteral("keine neuen Elemente")
                            << QStringLiteral("1.000 von etwa 4.000 Elementen, noch etwa 3 Minuten");
    }

    void syncSummaryWording()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, bigSync);
        QFETCH(QString, oneNew);
        QFETCH(QString, nothing);
        QFETCH(QString, progress);
        useLanguage(locale);
        QCOMPARE(outcome(SyncOutcome::Status::Succeeded, 2000, 2014, 1).summary(), bigSync);
        QCOMPARE(outcome(SyncOutcome::Status::Succeeded, 1, 1, 1).summary(), oneNew);
        QCOMPARE(outcome(SyncOutcome::Status::Succeeded, 0, 0, 1).summary(), nothing);
        SyncProgress p;
        p.items = 1000;
        p.totalItems = 4000;
        p.elapsedMs = 60'000; // 1,000 items a minute: 3,000 left take 3 minutes
        QCOMPARE(p.text(), progress);
        useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
