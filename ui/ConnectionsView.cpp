#include "ConnectionsView.h"

#include "EmptyStateWidget.h"
#include "Icons.h"
#include "PlatformCard.h"
#include "Theme.h"
#include "ThumbnailLoader.h"
#include "sync/SyncManager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <QCoro/QCoroNetworkReply>

namespace sv {

ConnectionsView::ConnectionsView(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("connectionsView"));
    m_emptyState->setIcon(Icons::named(QStringLiteral("state-connections")));
    m_emptyState->setHeading(tr("Connect your platforms"));
    m_emptyState->setText(tr("Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, "
                             "their sync status and the last sync time will appear here."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

ConnectionsView::ConnectionsView(SyncManager* manager, BrowserLauncher* browser, QWidget* parent)
    : ConnectionsView(parent)
{
    m_manager = manager;
    m_browser = browser;
    m_emptyState->hide();
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Connections"), page);
    Theme::setHeadingFont(heading);
    m_syncAll = new QPushButton(tr("Sync all"), page);
    m_syncAll->setObjectName(QStringLiteral("syncAllButton"));
    top->addWidget(heading, 1);
    top->addWidget(m_syncAll);
    pageLayout->addLayout(top);

    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("connectionsBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    pageLayout->addWidget(m_banner);

    for (const Platform p : allPlatforms()) {
        auto* card = new PlatformCard(p, page);
        m_cards.insert(p, card);
        pageLayout->addWidget(card);
        connect(card, &PlatformCard::connectRequested, this,
                [this](Platform platform) { connectPlatform(platform); });
        connect(card, &PlatformCard::disconnectRequested, this,
                [this](Platform platform) { disconnectPlatform(platform); });
        connect(card, &PlatformCard::syncRequested, this, [this](Platform platform) {
            m_manager->sync(platform);
            refreshCard(platform);
        });
        connect(card, &PlatformCard::cancelRequested, this, [this](Platform platform) {
            if (m_manager->isConnecting(platform))
                m_manager->cancelConnect(platform);
            else
                m_manager->cancel(platform);
        });
    }
    pageLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The cards follow the page's width (their texts wrap); they never scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    scroll->setAccessibleName(tr("Platforms"));
    layout()->addWidget(scroll);

    connect(m_syncAll, &QPushButton::clicked, this, [this] {
        if (const QString refusal = m_manager->syncRefusal(); !refusal.isEmpty())
            showNotification(refusal, true);
        else if (m_manager->syncAll() == 0)
            showNotification(tr("No connected account to sync."), false);
        refreshCards();
    });
    connect(m_manager, &SyncManager::accountsChanged, this, &ConnectionsView::refreshCards);
    connect(m_manager, &SyncManager::syncRefusalChanged, this, &ConnectionsView::refreshCards);
    connect(m_manager, &SyncManager::syncQueued, this, &ConnectionsView::refreshCard);
    connect(m_manager, &SyncManager::syncStarted, this, &ConnectionsView::refreshCard);
    connect(m_manager, &SyncManager::syncProgress, this, [this](Platform p, const SyncProgress& progress) {
        if (PlatformCard* c = card(p))
            c->setSyncing(true, progress);
    });
    connect(m_manager, &SyncManager::syncFinished, this, [this](const SyncOutcome& outcome) {
        refreshCard(outcome.platform);
        if (PlatformCard* c = card(outcome.platform)) {
            if (outcome.status == SyncOutcome::Status::Failed)
                c->setMessage(outcome.errorMessage, true);
            else if (!outcome.notices.isEmpty())
                c->setMessage(outcome.notices.join(QLatin1Char(' ')), false);
        }
    });
    connect(m_manager, &SyncManager::syncNotice, this, [this](Platform p, const QString& message) {
        if (PlatformCard* c = card(p))
            c->setMessage(message, false);
    });
    connect(m_manager, &SyncManager::notification, this, &ConnectionsView::showNotification);
    connect(m_manager, &SyncManager::connectingChanged, this, [this](Platform p, bool connecting) {
        if (PlatformCard* c = card(p))
            c->setConnecting(connecting);
    });
    connect(m_manager, &SyncManager::authorizationUrlReady, this, [this](Platform p, const QUrl& url) {
        if (PlatformCard* c = card(p))
            c->setAuthorizationUrl(url);
    });
    refreshCards();
}

void ConnectionsView::showNotification(const QString& message, bool isError)
{
    if (m_banner) {
        m_banner->setText(message);
        m_banner->setProperty("error", isError);
        m_banner->setStyleSheet(isError ? QStringLiteral("background: #b3261e; color: white; padding: 6px; "
                                                         "border-radius: 4px;")
                                        : QStringLiteral("background: palette(alternate-base); padding: 6px; "
                                                         "border-radius: 4px;"));
        m_banner->show();
    }
    Q_EMIT notification(message, isError);
}

void ConnectionsView::refreshCards()
{
    if (!m_manager)
        return;
    for (const Platform p : allPlatforms())
        refreshCard(p);
    bool any = false;
    for (const LibraryAccount& a : m_manager->accounts())
        any = any || a.status == AccountStatus::Connected;
    // A read-only library: a sync could only fail, so it is off and says why.
    const QString refusal = m_manager->syncRefusal();
    m_syncAll->setEnabled(any && refusal.isEmpty());
    m_syncAll->setToolTip(refusal.isEmpty() ? tr("Fetch new items of every connected account") : refusal);
    m_syncAll->setAccessibleDescription(refusal);
}

void ConnectionsView::refreshCard(Platform platform)
{
    PlatformCard* c = card(platform);
    if (!c || !m_manager)
        return;
    const std::optional<LibraryAccount> account = m_manager->account(platform);
    c->setAccount(account);
    c->setConnecting(m_manager->isConnecting(platform));
    c->setSyncing(m_manager->isBusy(platform), m_manager->progress(platform));
    c->setSyncRefusal(m_manager->syncRefusal());
    if (account && !account->avatarUrl.isEmpty() && m_avatarUrls.value(platform) != account->avatarUrl)
        loadAvatar(platform, account->avatarUrl);
}

namespace {
/// Avatars are decoded at twice the card's size, sharp on high-density screens.
constexpr QSize kAvatarBox{80, 80};
} // namespace

void ConnectionsView::setThumbnails(ThumbnailLoader* loader)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = loader;
    if (loader)
        connect(loader, &ThumbnailLoader::imageReady, this, &ConnectionsView::showAvatars);
    const QMap<Platform, QString> urls = m_avatarUrls;
    m_avatarUrls.clear();
    for (auto it = urls.begin(); it != urls.end(); ++it)
        loadAvatar(it.key(), it.value());
}

void ConnectionsView::loadAvatar(Platform platform, const QString& url)
{
    // Through the app's one HTTP path and the profile's picture cache: https only (http to loopback), and
    // shown offline once seen. Without a picture the card keeps its initials.
    const QString previous = m_avatarUrls.value(platform);
    m_avatarUrls.insert(platform, url);
    if (!m_thumbnails)
        return;
    if (!previous.isEmpty() && previous != url)
        m_thumbnails->release(QUrl(previous), kAvatarBox);
    m_thumbnails->request(QUrl(url), kAvatarBox);
    showAvatars(QUrl(url));
}

void ConnectionsView::showAvatars(const QUrl& url)
{
    if (!m_thumbnails)
        return;
    const QImage image = m_thumbnails->image(url, kAvatarBox);
    if (image.isNull())
        return;
    for (auto it = m_avatarUrls.begin(); it != m_avatarUrls.end(); ++it) {
        if (QUrl(it.value()) == url)
            if (PlatformCard* c = card(it.key()))
                c->setAvatar(QPixmap::fromImage(image));
    }
}

std::optional<bool> ConnectionsView::askDisconnect(Platform platform, const QString& accountName)
{
    if (m_disconnectChoice)
        return m_disconnectChoice(platform, accountName);
    QMessageBox box(
        QMessageBox::Question, tr("Disconnect %1").arg(platformDisplayName(platform)),
        tr("Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is "
           "deleted from the keychain. Keep the account's items in your library?")
            .arg(accountName, platformDisplayName(platform)),
        QMessageBox::NoButton, this);
    QPushButton* keep = box.addButton(tr("Keep items"), QMessageBox::AcceptRole);
    QPushButton* remove = box.addButton(tr("Remove items"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return false;
    if (box.clickedButton() == remove)
        return true;
    return std::nullopt;
}

QCoro::Task<> ConnectionsView::connectPlatform(Platform platform)
{
    QPointer<ConnectionsView> self(this);
    SyncManager* manager = m_manager;
    if (PlatformCard* c = card(platform))
        c->setMessage(QString(), false);
    const auto result = co_await manager->connectPlatform(platform, m_browser);
    if (!self)
        co_return;
    if (!result) {
        if (!result.error().isEmpty()) {
            if (PlatformCard* c = card(platform))
                c->setMessage(result.error(), true);
        }
        Q_EMIT connectFinished(platform, false);
        co_return;
    }
    const QString name = result->displayName.isEmpty() ? result->handle : result->displayName;
    showNotification(tr("%1 account “%2” connected.").arg(platformDisplayName(platform), name), false);
    // Its first sync (or, after a reconnect, the one that catches up) starts at once: the library fills
    // without a second click.
    manager->sync(platform);
    refreshCard(platform);
    Q_EMIT connectFinished(platform, true);
}

QCoro::Task<> ConnectionsView::disconnectPlatform(Platform platform)
{
    QPointer<ConnectionsView> self(this);
    const std::optional<LibraryAccount> account = m_manager->account(platform);
    if (!account)
        co_return;
    const QString name = account->displayName.isEmpty() ? account->handle : account->displayName;
    const std::optional<bool> removeItems = askDisconnect(platform, name);
    if (!removeItems)
        co_return;
    if (PlatformCard* c = card(platform))
        c->disconnectButton()->setEnabled(false);
    SyncManager* manager = m_manager;
    const auto result = co_await manager->disconnectPlatform(platform, *removeItems);
    if (!self)
        co_return;
    refreshCard(platform);
    if (!result) {
        if (PlatformCard* c = card(platform))
            c->setMessage(result.error(), true);
        Q_EMIT disconnectFinished(platform, false);
        co_return;
    }
    QString message = tr("%1 disconnected.").arg(platformDisplayName(platform));
    if (*removeItems)
        message +=
            QLatin1Char(' ') + tr("%n item(s) removed from the library.", nullptr, result->itemsRemoved);
    if (!result->notice.isEmpty())
        message += QLatin1Char(' ') + result->notice;
    showNotification(message, false);
    Q_EMIT disconnectFinished(platform, true);
}

} // namespace sv
