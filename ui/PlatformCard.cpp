#include "PlatformCard.h"

#include "Format.h"
#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sv {

namespace {

constexpr int kAvatarSize = 40;

/// A round placeholder with the account's initial until the avatar is loaded.
QPixmap initialAvatar(const QString& name, const QColor& color)
{
    QPixmap pixmap(kAvatarSize, kAvatarSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(pixmap.rect());
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(kAvatarSize / 2);
    p.setFont(f);
    p.drawText(pixmap.rect(), Qt::AlignCenter, Format::initial(name));
    return pixmap;
}

} // namespace

PlatformCard::PlatformCard(Platform platform, QWidget* parent)
    : QFrame(parent)
    , m_platform(platform)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(platformDisplayName(platform), this))
    , m_avatar(new QLabel(this))
    , m_accountName(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
    , m_link(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
    , m_sync(new QPushButton(tr("Sync"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("platformCard-") + platformId(platform));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("%1 connection").arg(platformDisplayName(platform)));
    m_icon->setPixmap(Icons::platform(platform).pixmap(32, 32));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_message->setWordWrap(true);
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(true);
    m_progress->setTextVisible(false);
    m_details->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryNotice"));
    m_retry->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);

    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(m_avatar);
    auto* accountText = new QVBoxLayout;
    accountText->addWidget(m_accountName);
    accountText->addWidget(m_details);
    accountRow->addLayout(accountText, 1);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_cancel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_disconnect);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(accountRow);
    layout->addWidget(m_message);
    layout->addWidget(m_link);
    layout->addLayout(progressRow);
    layout->addWidget(m_retry);
    layout->addLayout(buttons);

    connect(m_connect, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(m_platform); });
    connect(m_reconnect, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(m_platform); });
    connect(m_sync, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(m_platform); });
    connect(m_disconnect, &QPushButton::clicked, this, [this] { Q_EMIT disconnectRequested(m_platform); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_platform); });
    m_message->hide();
    m_link->hide();
    updateState();
}

void PlatformCard::setAccount(const std::optional<LibraryAccount>& account)
{
    const bool sameAvatar = account && m_account && account->avatarUrl == m_account->avatarUrl &&
                            account->accountId == m_account->accountId;
    m_account = account;
    if (!sameAvatar) {
        const QString name =
            account ? (account->displayName.isEmpty() ? account->handle : account->displayName) : QString();
        m_avatar->setPixmap(initialAvatar(name, palette().color(QPalette::Highlight)));
    }
    if (account && !account->lastError.isEmpty())
        setMessage(account->lastError, true);
    else if (account)
        setMessage(QString(), false);
    updateState();
}

void PlatformCard::setAvatar(const QPixmap& avatar)
{
    if (!avatar.isNull())
        m_avatar->setPixmap(
            avatar.scaled(kAvatarSize, kAvatarSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PlatformCard::setConnecting(bool connecting)
{
    m_connecting = connecting;
    if (!connecting)
        setAuthorizationUrl(QUrl());
    updateState();
}

void PlatformCard::setSyncing(bool syncing, const std::optional<SyncProgress>& progress)
{
    m_syncing = syncing;
    if (syncing && progress) {
        if (progress->totalItems && *progress->totalItems > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(qMin<qint64>(1000, progress->items * 1000 / *progress->totalItems)));
        } else {
            m_progress->setRange(0, 0); // busy indicator
        }
        m_progressText->setText(progress->text());
    } else if (syncing) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Waiting…"));
    }
    m_retry->setText(syncing && progress ? progress->retryNotice : QString());
    updateState();
}

void PlatformCard::setAuthorizationUrl(const QUrl& url)
{
    if (url.isEmpty()) {
        m_link->clear();
        m_link->hide();
        return;
    }
    const QString href = url.toString(QUrl::FullyEncoded).toHtmlEscaped();
    m_link->setText(
        tr("Sign in in your browser. If it did not open, use <a href=\"%1\">this link</a>.").arg(href));
    m_link->show();
}

void PlatformCard::setSyncRefusal(const QString& reason)
{
    if (reason == m_syncRefusal)
        return;
    m_syncRefusal = reason;
    updateState();
}

void PlatformCard::setMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setProperty("error", isError);
    m_message->setStyleSheet(isError ? QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                                      "padding: 4px; border-radius: 4px;")
                                     : QString());
    m_message->setVisible(!message.isEmpty());
}

void PlatformCard::updateState()
{
    const bool connected = m_account.has_value();
    const bool reconnect = connected && m_account->status == AccountStatus::ReconnectNeeded;
    if (m_connecting)
        m_status->setText(tr("Connecting…"));
    else if (!connected)
        m_status->setText(tr("Not connected"));
    else if (reconnect)
        m_status->setText(tr("Reconnect needed"));
    else if (m_syncing)
        m_status->setText(tr("Syncing…"));
    else
        m_status->setText(tr("Connected"));

    if (connected) {
        const QString name = m_account->displayName.isEmpty() ? m_account->accountId : m_account->displayName;
        m_accountName->setText(m_account->handle.isEmpty() ? name
                                                           : tr("%1 (%2)").arg(name, m_account->handle));
        const QString lastSync = m_account->lastSyncedAt.isValid()
                                     ? tr("Last sync: %1").arg(Format::longDateTime(m_account->lastSyncedAt))
                                     : tr("Never synced");
        m_details->setText(lastSync + QStringLiteral(" · ") + Format::libraryItems(m_account->itemCount));
    } else {
        m_accountName->setText(tr("Connect your %1 account to search its content offline.")
                                   .arg(platformDisplayName(m_platform)));
        m_details->clear();
    }
    m_avatar->setVisible(connected);
    m_details->setVisible(connected);

    // A library that takes no write: each of these could only fail (a connect after the sign-in in the
    // browser), so they are off and say why.
    const bool refused = !m_syncRefusal.isEmpty();
    m_connect->setVisible(!connected);
    m_connect->setEnabled(!m_connecting && !refused);
    m_reconnect->setVisible(reconnect);
    m_reconnect->setEnabled(!m_connecting && !m_syncing && !refused);
    m_sync->setVisible(connected && !reconnect);
    m_sync->setEnabled(!m_syncing && !m_connecting && !refused);
    m_disconnect->setVisible(connected);
    m_disconnect->setEnabled(!m_connecting && !refused);
    for (QPushButton* button : {m_connect, m_reconnect, m_sync, m_disconnect}) {
        button->setToolTip(m_syncRefusal);
        button->setAccessibleDescription(m_syncRefusal);
    }
    const bool busy = m_syncing || m_connecting;
    m_progress->setVisible(busy);
    m_progressText->setVisible(m_syncing);
    m_retry->setVisible(m_syncing && !m_retry->text().isEmpty());
    m_cancel->setVisible(busy);
    if (m_connecting) {
        m_progress->setRange(0, 0);
        m_cancel->setToolTip(tr("Stop waiting for the sign-in"));
    } else {
        m_cancel->setToolTip(tr("Stop the sync after the page being fetched"));
    }
}

} // namespace sv
