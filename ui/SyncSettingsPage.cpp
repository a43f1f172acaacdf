#include "SyncSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sv {

SyncSettingsPage::SyncSettingsPage(SyncScheduler* scheduler, DesktopNotifications* notifications,
                                   QWidget* parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_notifications(notifications)
{
    setObjectName(QStringLiteral("syncSettingsPage"));
    setWindowTitle(tr("Sync & notifications"));
    auto* layout = new QVBoxLayout(this);

    auto* syncGroup = new QGroupBox(tr("Background sync"), this);
    auto* form = new QFormLayout(syncGroup);
    m_schedule = new QComboBox(syncGroup);
    m_schedule->setObjectName(QStringLiteral("syncSchedule"));
    using Interval = SyncScheduler::Interval;
    const std::pair<Interval, QString> choices[] = {
        {Interval::Off, tr("Off")},
        {Interval::Hourly, tr("Every hour")},
        {Interval::Every6Hours, tr("Every 6 hours")},
        {Interval::Daily, tr("Every day")},
    };
    for (const auto& [interval, label] : choices)
        m_schedule->addItem(label, QVariant::fromValue(interval));
    m_schedule->setAccessibleName(tr("Sync schedule"));
    m_schedule->setCurrentIndex(m_schedule->findData(QVariant::fromValue(m_scheduler->interval())));
    auto* scheduleLabel = new QLabel(tr("&Sync my accounts:"), syncGroup);
    scheduleLabel->setBuddy(m_schedule);
    form->addRow(scheduleLabel, m_schedule);
    auto* note =
        new QLabel(tr("Only while you are signed in and online; paused on a metered connection."), syncGroup);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_schedule, &QComboBox::currentIndexChanged, this,
            [this] { m_scheduler->setInterval(m_schedule->currentData().value<SyncScheduler::Interval>()); });
    layout->addWidget(syncGroup);

    auto* notifyGroup = new QGroupBox(tr("Desktop notifications"), this);
    auto* notifyLayout = new QVBoxLayout(notifyGroup);
    using Kind = DesktopNotifications::Kind;
    const std::pair<Kind, QString> kinds[] = {
        {Kind::SyncFinished, tr("A long sync fi&nished")},
        {Kind::SyncFailed, tr("A sync &failed")},
        {Kind::ReconnectNeeded, tr("An account needs &reconnecting")},
        {Kind::QuotaWarning, tr("The &quota is at 80 % or used up")},
    };
    for (const auto& [kind, label] : kinds) {
        auto* box = new QCheckBox(label, notifyGroup);
        box->setObjectName(QStringLiteral("notify_") + DesktopNotifications::kindId(kind));
        box->setChecked(m_notifications->isEnabled(kind));
        connect(box, &QCheckBox::toggled, this,
                [this, kind = kind](bool on) { m_notifications->setEnabled(kind, on); });
        notifyLayout->addWidget(box);
        m_kinds[kind] = box;
    }
    layout->addWidget(notifyGroup);
    layout->addStretch(1);
}

} // namespace sv
