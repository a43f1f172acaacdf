#include "GuidedStart.h"

#include "ConnectionsView.h"
#include "Icons.h"
#include "PlatformCard.h"
#include "Theme.h"
#include "sync/SyncManager.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sv {

namespace {
const char* const ProgressKey = "guidedStart/progress";
} // namespace

GuidedStart::GuidedStart(ConnectionsView* connections, SessionManager* session, const QString& stateFile,
                         QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_manager(connections ? connections->manager() : nullptr)
    , m_stateFile(stateFile)
    , m_progress(readProgress(stateFile))
    , m_sessionState(session ? session->state() : SessionManager::State::SignedOut)
{
    setObjectName(QStringLiteral("guidedStart"));
    setWindowTitle(tr("Welcome to StreamVibe"));
    setAccessibleName(tr("Guided start"));
    setWindowModality(Qt::WindowModal);

    auto* heading = new QLabel(tr("Connect your platforms"), this);
    heading->setObjectName(QStringLiteral("guidedStartHeading"));
    Theme::setHeadingFont(heading);
    auto* intro = new QLabel(tr("Each Connect opens the platform's sign-in page in your browser. Once an "
                                "account is connected, its first sync starts at once: your videos and posts "
                                "arrive in the library and stay searchable, even offline."),
                             this);
    intro->setWordWrap(true);

    auto* rows = new QGridLayout;
    rows->setHorizontalSpacing(12);
    rows->setVerticalSpacing(10);
    int row = 0;
    for (const Platform platform : allPlatforms()) {
        const QString name = platformDisplayName(platform);
        auto* icon = new QLabel(this);
        icon->setPixmap(Icons::platform(platform).pixmap(QSize(24, 24), devicePixelRatioF()));
        auto* title = new QLabel(name, this);
        QFont titleFont = title->font();
        titleFont.setWeight(QFont::DemiBold);
        title->setFont(titleFont);
        auto* status = new QLabel(this);
        status->setWordWrap(true);
        status->setAccessibleName(tr("%1 status").arg(name));
        auto* connect = new QPushButton(tr("Connect"), this);
        connect->setAccessibleName(tr("Connect %1").arg(name));
        QObject::connect(connect, &QPushButton::clicked, this, [this, platform] {
            if (m_connections)
                m_connections->connectAccount(platform);
        });
        rows->addWidget(icon, row, 0);
        rows->addWidget(title, row, 1);
        rows->addWidget(status, row, 2);
        rows->addWidget(connect, row, 3);
        m_status.insert(platform, status);
        m_connect.insert(platform, connect);
        ++row;
    }
    rows->setColumnStretch(2, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("guidedStartSkip"));
    m_skip->setAccessibleName(tr("Skip the guided start"));
    m_skip->setToolTip(tr("Connect platforms later on the Connections page"));
    m_done = buttons->addButton(tr("Go to the Overview"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("guidedStartDone"));
    m_done->setAccessibleName(tr("Finish the guided start and show the Overview"));
    m_done->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(rows);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    if (m_manager) {
        QObject::connect(m_manager, &SyncManager::accountsChanged, this, &GuidedStart::refresh);
        QObject::connect(m_manager, &SyncManager::connectingChanged, this, &GuidedStart::refresh);
        QObject::connect(m_manager, &SyncManager::syncFinished, this, &GuidedStart::refresh);
        QObject::connect(m_manager, &SyncManager::syncRefusalChanged, this, &GuidedStart::refresh);
        QObject::connect(m_manager, &SyncManager::syncStarted, this, [this] {
            refresh();
            // The first sync runs: the Overview behind the guide fills as it arrives.
            if (isVisible())
                Q_EMIT overviewRequested();
        });
    }
    if (m_connections)
        QObject::connect(m_connections, &ConnectionsView::connectFinished, this, &GuidedStart::refresh);
    if (session)
        QObject::connect(session, &SessionManager::stateChanged, this, &GuidedStart::onSessionState);
    refresh();
}

GuidedStart::Progress GuidedStart::readProgress(const QString& stateFile)
{
    if (stateFile.isEmpty())
        return Progress::NotStarted;
    const QSettings state(stateFile, QSettings::IniFormat);
    bool ok = false;
    const int value = QMetaEnum::fromType<Progress>().keyToValue(
        state.value(QLatin1String(ProgressKey)).toString().toLatin1().constData(), &ok);
    return ok ? static_cast<Progress>(value) : Progress::NotStarted;
}

bool GuidedStart::writeProgress(const QString& stateFile, Progress progress)
{
    if (stateFile.isEmpty())
        return true;
    QSettings state(stateFile, QSettings::IniFormat);
    state.setValue(QLatin1String(ProgressKey),
                   QString::fromLatin1(QMetaEnum::fromType<Progress>().valueToKey(int(progress))));
    state.sync();
    return state.status() == QSettings::NoError;
}

void GuidedStart::setProgress(Progress progress)
{
    m_progress = progress;
    writeProgress(m_stateFile, progress); // unwritable: it shows again next time, nothing worse
}

void GuidedStart::onSessionState(SessionManager::State state)
{
    const SessionManager::State previous = m_sessionState;
    m_sessionState = state;
    if (state == SessionManager::State::SignedOut) {
        hide(); // it comes back with the next sign-in while unfinished
        return;
    }
    if (state != SessionManager::State::SignedIn || previous == SessionManager::State::SignedIn)
        return;
    // Read again: another window of the profile may have finished it.
    m_progress = readProgress(m_stateFile);
    // A restored session is not a first sign-in; it only brings back a guide a restart interrupted.
    const bool signedInNow = previous != SessionManager::State::Restoring;
    if (m_progress == Progress::Open || (m_progress == Progress::NotStarted && signedInNow))
        start();
}

void GuidedStart::start()
{
    setProgress(Progress::Open);
    refresh();
    open();
    for (const Platform platform : allPlatforms()) {
        if (m_connect.value(platform)->isVisible()) {
            m_connect.value(platform)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_done->setFocus(Qt::OtherFocusReason);
}

void GuidedStart::done(int result)
{
    setProgress(result == QDialog::Accepted ? Progress::Done : Progress::Skipped);
    QDialog::done(result);
    Q_EMIT overviewRequested();
}

void GuidedStart::refresh()
{
    // A library that takes no write: a connect could only fail after the sign-in in the browser, so Connect
    // is off and says why (as on the Connections page).
    const QString refusal = m_manager ? m_manager->syncRefusal() : QString();
    for (const Platform platform : allPlatforms()) {
        QLabel* status = m_status.value(platform);
        QPushButton* connect = m_connect.value(platform);
        const std::optional<LibraryAccount> account =
            m_manager ? m_manager->account(platform) : std::optional<LibraryAccount>();
        const bool connecting = m_manager && m_manager->isConnecting(platform);
        const bool connected = account && account->status == AccountStatus::Connected;
        QString text;
        if (connecting) {
            text = tr("Finish signing in in your browser…");
        } else if (connected) {
            const QString name = account->displayName.isEmpty() ? account->handle : account->displayName;
            if (m_manager->isBusy(platform))
                text = tr("Connected as %1 — syncing…").arg(name);
            else
                text = tr("Connected as %1").arg(name);
        } else {
            const PlatformCard* card = m_connections ? m_connections->card(platform) : nullptr;
            const QString message = card ? card->messageLabel()->text() : QString();
            text = message.isEmpty() ? tr("Not connected") : message;
        }
        status->setText(text);
        connect->setVisible(!connected);
        connect->setEnabled(!connecting && m_connections && refusal.isEmpty());
        connect->setToolTip(refusal);
        connect->setAccessibleDescription(refusal);
    }
}

} // namespace sv
