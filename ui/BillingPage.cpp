#include "BillingPage.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include "billing/BillingService.h"

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
    m_stack->setCurrentIndex(billing ? ContentPage : SignedOutPage);
}

void BillingPage::reload(bool force)
{
    if (m_billing)
        load(force);
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
