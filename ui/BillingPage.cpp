#include "BillingPage.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include "billing/BillingService.h"

#include <QCoro/QCoroFuture>

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sv {

namespace {
enum StackPage { SignedOutPage, ContentPage };
} // namespace

BillingPage::BillingPage(const QString& name, const QString& icon, QWidget* parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setIcon(Icons::named(icon));
    m_stack->insertWidget(SignedOutPage, m_emptyState);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(name + QStringLiteral("StaleLabel"));
    m_staleLabel->setStyleSheet(badgeStyle(Badge::Stale));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(name + QStringLiteral("RefreshLabel"));
    m_refreshLabel->setWordWrap(true);
    m_refreshLabel->hide();
    m_actionsReason = new QLabel(this);
    m_actionsReason->setObjectName(name + QStringLiteral("ActionsReason"));
    m_actionsReason->setWordWrap(true);
    m_actionsReason->hide();
}

BillingPage::~BillingPage() = default;

QString BillingPage::badgeStyle(Badge badge)
{
    const auto style = [](const char* background, const char* foreground) {
        return QStringLiteral("QLabel{background:%1;color:%2;border-radius:6px;padding:6px 10px;}")
            .arg(QLatin1String(background), QLatin1String(foreground));
    };
    switch (badge) {
    case Badge::Stale:
        return style("#5f4b00", "#fff6d5");
    case Badge::Error:
        return style("#7a1d1d", "#ffe9e9");
    case Badge::Warning:
        return style("#6b4a00", "#fff3d6");
    case Badge::Success:
        return style("#1f6f43", "#e8fff0");
    case Badge::Neutral:
        break;
    }
    return style("#444a55", "#f2f4f8");
}

void BillingPage::setContent(QWidget* content)
{
    m_stack->insertWidget(ContentPage, content);
    m_stack->setCurrentIndex(m_billing ? ContentPage : SignedOutPage);
}

void BillingPage::attachBilling(BillingService* billing)
{
    if (m_billing)
        m_billing->disconnect(this);
    m_billing = billing;
    ++m_generation;
    setRefreshing(false);
    m_stack->setCurrentIndex(billing ? ContentPage : SignedOutPage);
}

void BillingPage::reload(bool force)
{
    if (!m_billing)
        return;
    if (force)
        setRefreshing(true); // the figures on screen stay until the backend answers
    load(force ? BillingService::Refresh::Now : BillingService::Refresh::InBackground);
}

void BillingPage::setRefreshing(bool refreshing, const QString& failure)
{
    m_refreshing = refreshing;
    m_refreshFailure = refreshing ? QString() : failure;
    QString text;
    if (refreshing)
        text = tr("Refreshing…");
    else if (!failure.isEmpty())
        text = tr("Could not refresh: %1").arg(failure);
    m_refreshLabel->setStyleSheet(badgeStyle(refreshing ? Badge::Neutral : Badge::Stale));
    if (m_refreshLabel->text() != text) {
        m_refreshLabel->setText(text);
        m_refreshLabel->setAccessibleName(text);
        QAccessibleEvent event(m_refreshLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    m_refreshLabel->setVisible(!text.isEmpty());
}

void BillingPage::noteShown(QList<DataFreshness>& shown, const DataFreshness& freshness)
{
    shown.append(freshness);
    if (freshness.revalidating && !m_refreshing)
        setRefreshing(true);
}

QCoro::Task<void> BillingPage::finishLoad(int generation, BillingService::Refresh refresh,
                                          QList<DataFreshness> freshness)
{
    QPointer<BillingPage> self(this);
    Q_EMIT shown();
    if (!self || !isCurrentLoad(generation))
        co_return;
    QList<QFuture<std::optional<ApiError>>> refreshes;
    for (const DataFreshness& f : std::as_const(freshness)) {
        if (f.revalidating)
            refreshes.append(f.refreshed);
    }
    if (refreshes.isEmpty()) {
        if (refresh != BillingService::Refresh::CachedOnly)
            setRefreshing(false); // settled: also the note of an earlier failure goes
        Q_EMIT loaded();
        co_return;
    }
    setRefreshing(true);
    std::optional<ApiError> failure;
    for (const QFuture<std::optional<ApiError>>& pending : std::as_const(refreshes)) {
        QFuture<std::optional<ApiError>> future = pending;
        std::optional<ApiError> error = co_await future;
        if (!self || !isCurrentLoad(generation))
            co_return;
        if (error && !failure)
            failure = error;
    }
    // The cache now holds the new values (or, after a failure, still the old ones): shown in place.
    setRefreshing(false, failure ? failure->userMessage() : QString());
    load(BillingService::Refresh::CachedOnly);
}

QDateTime BillingPage::now() const
{
    return m_billing ? m_billing->clock().now() : QDateTime::currentDateTimeUtc();
}

QDate BillingPage::today() const
{
    return m_billing ? m_billing->clock().now().toLocalTime().date() : QDate::currentDate();
}

void BillingPage::showStaleNote(const DataFreshness& freshness, const QString& note)
{
    m_staleLabel->setText(freshness.staleNote(now()) + QLatin1Char(' ') + note);
    m_staleLabel->show();
}

void BillingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sv
