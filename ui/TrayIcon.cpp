#include "TrayIcon.h"

#include "Icons.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sv {

namespace {

constexpr const char* CloseChoiceKey = "tray/close_keeps_running";

} // namespace

TrayIcon::TrayIcon(QWidget* window, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
{
    if (!m_settings)
        m_ownSettings = std::make_unique<QSettings>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_syncNow = m_menu->addAction(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("traySyncNow"));
    m_open = m_menu->addAction(tr("Open StreamVibe"));
    m_open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_syncNow, &QAction::triggered, this, &TrayIcon::syncNowRequested);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openWindow);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quit);
    // Once the application quits (the menu, a signal, the session ending), closing the window closes it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_quitting = true; });
    if (m_window)
        m_window->installEventFilter(this);
    m_toolTip = QStringLiteral("StreamVibe");
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setContextMenu(m_menu.get());
        m_tray->setToolTip(m_toolTip);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                openWindow();
        });
    }
    m_tray->show();
    m_closesToTray = true;
    // The window can be closed to the tray: closing it must not end the application by itself.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    return true;
}

bool TrayIcon::isShown() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::setStatus(const QString& status)
{
    m_toolTip = status.isEmpty() ? QStringLiteral("StreamVibe") : tr("StreamVibe: %1").arg(status);
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

QSettings& TrayIcon::settings() const
{
    return m_settings ? *m_settings : *m_ownSettings;
}

TrayIcon::CloseChoice TrayIcon::closeChoice() const
{
    const QVariant value = settings().value(QLatin1String(CloseChoiceKey));
    if (!value.isValid())
        return CloseChoice::Ask;
    return value.toBool() ? CloseChoice::KeepRunning : CloseChoice::Quit;
}

void TrayIcon::setCloseChoice(CloseChoice choice)
{
    if (choice == CloseChoice::Ask)
        settings().remove(QLatin1String(CloseChoiceKey));
    else
        settings().setValue(QLatin1String(CloseChoiceKey), choice == CloseChoice::KeepRunning);
}

void TrayIcon::quit()
{
    m_quitting = true;
    Q_EMIT quitRequested();
}

void TrayIcon::openWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

bool TrayIcon::askKeepRunning()
{
    if (m_asker)
        return m_asker();
    const auto answer = QMessageBox::question(
        m_window, tr("Keep syncing in the background?"),
        tr("StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it "
           "running?\n\nYou can quit at any time from the tray icon's menu."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitting || !m_closesToTray)
        return QObject::eventFilter(watched, event);
    CloseChoice choice = closeChoice();
    if (choice == CloseChoice::Ask) {
        choice = askKeepRunning() ? CloseChoice::KeepRunning : CloseChoice::Quit;
        setCloseChoice(choice); // asked once
    }
    if (choice == CloseChoice::KeepRunning) {
        m_window->hide();
        event->ignore();
        return true;
    }
    m_quitting = true;
    Q_EMIT quitRequested(); // the window closes; without a tray, closing it would have ended the app
    return QObject::eventFilter(watched, event);
}

} // namespace sv
