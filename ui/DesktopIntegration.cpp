#include "DesktopIntegration.h"
#include "backend/NetworkStatus.h"

#include "MainMenu.h"
#include "MainWindow.h"
#include "SyncSettingsPage.h"
#include "TrayIcon.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "billing/BillingService.h"
#include "services/ProfileServices.h"
#include "sync/SyncManager.h"
#include "sync/SyncScheduler.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>

namespace sv {

DesktopIntegration::DesktopIntegration(MainWindow* window, ProfileServices* services, QDBusConnection bus,
                                       QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
{
    const Profile& profile = services->profile();
    const QString stateFile =
        profile.isValid() ? QDir(profile.directory()).filePath(QLatin1String(SyncScheduler::StateFileName))
                          : QString();
    m_scheduler = new SyncScheduler(stateFile, Clock::system(), this);
    m_notifications = new DesktopNotifications(std::move(bus), settings, this);
    m_tray = new TrayIcon(window, settings, this);

    if (SyncManager* sync = services->syncManager()) {
        m_scheduler->useSyncManager(sync);
        connect(sync, &SyncManager::syncFinished, m_notifications, &DesktopNotifications::syncFinished);
        connect(
            sync, &SyncManager::syncProgress, this, [this](Platform platform, const SyncProgress& progress) {
                m_tray->setStatus(tr("Syncing %1: %2").arg(platformDisplayName(platform), progress.text()));
            });
        connect(sync, &SyncManager::idle, this, &DesktopIntegration::updateStatus);
        // After ProfileServices' own connection, which expired the subscription: the figures are fresh.
        connect(sync, &SyncManager::usageChanged, this, [this] { checkQuota(); });
        // A read-only library: "Sync now" could only fail, so it is off and says why.
        const auto followRefusal = [this, sync] {
            const QString refusal = sync->syncRefusal();
            m_tray->syncNowAction()->setEnabled(refusal.isEmpty());
            m_tray->syncNowAction()->setToolTip(refusal);
        };
        connect(sync, &SyncManager::syncRefusalChanged, this, followRefusal);
        followRefusal();
        connect(m_tray, &TrayIcon::syncNowRequested, this, [this, sync] {
            if (m_scheduler->isSignedIn())
                sync->syncAll();
            else
                m_tray->openWindow();
        });
    }
    if (SessionManager* session = services->session()) {
        m_scheduler->setSignedIn(session->isSignedIn());
        connect(session, &SessionManager::stateChanged, this, [this](SessionManager::State state) {
            m_scheduler->setSignedIn(state == SessionManager::State::SignedIn);
        });
    }
    connect(m_window->usageView(), &UsageView::quotaWarning, this, [this](int level, const QString& message) {
        const auto overview = m_window->usageView()->overview();
        if (overview)
            m_notifications->quotaWarning(
                level, overview->subscription.value.userId + QLatin1Char(':') + overview->periodKey(),
                message);
    });
    connect(m_notifications, &DesktopNotifications::activated, this,
            [this](DesktopNotifications::Target target) {
                m_tray->openWindow();
                m_window->setCurrentPage(pageFor(target));
            });
    connect(m_scheduler, &SyncScheduler::stateChanged, this, &DesktopIntegration::updateStatus);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    if (MainMenu* menu = m_window->mainMenu()) {
        connect(menu, &MainMenu::quitRequested, m_tray, &TrayIcon::quit);
        menu->addSettingsPage([this](QWidget* owner) { return createSettingsPage(owner); },
                              tr("Sync & notifications"));
    }
    m_scheduler->followNetworkInformation();
    // A queued run also waits for the servers to answer again, not only for the system's network.
    if (NetworkStatus* network = services->network()) {
        m_scheduler->followNetworkStatus(network);
        network->followNetworkInformation();
    }
    m_tray->showIfAvailable();
    updateStatus();
}

DesktopIntegration::~DesktopIntegration() = default;

SyncSettingsPage* DesktopIntegration::createSettingsPage(QWidget* parent) const
{
    return new SyncSettingsPage(m_scheduler, m_notifications, parent);
}

MainWindow::Page DesktopIntegration::pageFor(DesktopNotifications::Target target)
{
    switch (target) {
    case DesktopNotifications::Target::Connections:
        return MainWindow::ConnectionsPage;
    case DesktopNotifications::Target::Content:
        return MainWindow::ContentPage;
    case DesktopNotifications::Target::Usage:
        return MainWindow::UsagePage;
    }
    return MainWindow::OverviewPage;
}

QCoro::Task<> DesktopIntegration::checkQuota()
{
    QPointer<DesktopIntegration> self(this);
    QPointer<BillingService> billing = m_services->billing();
    if (!billing || !m_services->session() || !m_services->session()->isSignedIn())
        co_return;
    const auto overview = co_await billing->usageOverview(BillingService::Refresh::IfExpired);
    if (!self)
        co_return;
    if (!overview || overview->subscription.freshness.stale) {
        Q_EMIT quotaChecked(-1);
        co_return;
    }
    const int level = overview->warningLevel();
    // Once per level and billing period (DesktopNotifications keeps it, also across restarts).
    if (level > 0)
        m_notifications->quotaWarning(
            level, overview->subscription.value.userId + QLatin1Char(':') + overview->periodKey(),
            UsageView::warningText(*overview, QLocale()));
    Q_EMIT quotaChecked(level);
}

void DesktopIntegration::updateStatus()
{
    m_tray->setStatus(m_scheduler->statusText());
}

} // namespace sv
