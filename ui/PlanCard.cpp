#include "PlanCard.h"

#include "billing/Money.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sv {

PlanCard::PlanCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("planCard"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(200);
    auto* layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("planName"));
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_name->setFont(f);
    layout->addWidget(m_name);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("currentPlanBadge"));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel{background:#155232;color:white;border-radius:6px;padding:2px 8px;}"));
    m_badge->hide();
    layout->addWidget(m_badge, 0, Qt::AlignLeft);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("planPrice"));
    QFont pf = m_price->font();
    pf.setPointSizeF(pf.pointSizeF() * 1.5);
    m_price->setFont(pf);
    layout->addWidget(m_price);
    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("planQuota"));
    layout->addWidget(m_quota);
    m_overage = new QLabel(this);
    m_overage->setObjectName(QStringLiteral("planOverage"));
    m_overage->setWordWrap(true);
    layout->addWidget(m_overage);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    layout->addStretch(1);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("planActionButton"));
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (const auto price = m_offer.price(m_yearly))
            Q_EMIT chosen(price->priceId);
    });
    layout->addWidget(m_button);
}

void PlanCard::setOffer(const PlanOffer& offer, bool yearly, bool current, qint64 currentMonthlyAmount)
{
    m_offer = offer;
    m_yearly = yearly;
    m_current = current;
    m_currentMonthly = currentMonthlyAmount;
    setProperty("planKey", offer.key);
    m_name->setText(offer.name);
    m_badge->setText(tr("Current plan"));
    m_badge->setVisible(current);
    m_price->setText(priceText());
    m_quota->setText(quotaText());
    m_overage->setText(overageText());
    m_description->setText(offer.description);
    setStyleSheet(current
                      ? QStringLiteral("QFrame#planCard{border:2px solid #155232;border-radius:8px;}")
                      : QStringLiteral("QFrame#planCard{border:1px solid palette(mid);border-radius:8px;}"));
    refreshButton();
}

QString PlanCard::priceText() const
{
    const QLocale locale;
    const auto price = m_offer.price(m_yearly);
    if (!price || !price->unitAmount)
        return m_offer.isFree() ? tr("Free") : tr("Not available");
    if (*price->unitAmount == 0)
        return tr("Free");
    const QString amount = Money(*price->unitAmount, price->currency).format(locale);
    return m_yearly ? tr("%1 / year").arg(amount) : tr("%1 / month").arg(amount);
}

QString PlanCard::quotaText() const
{
    if (!m_offer.quota)
        return {};
    return tr("%1 API units per month").arg(QLocale().toString(*m_offer.quota));
}

QString PlanCard::overageText() const
{
    if (!m_offer.overage || !m_offer.overage->unitAmount)
        return tr("No overage billing");
    const QLocale locale;
    const QString amount = Money(*m_offer.overage->unitAmount, m_offer.overage->currency).format(locale);
    return tr("Overage: %1 per %2 extra units")
        .arg(amount, locale.toString(std::max<qint64>(1, m_offer.overage->transformDivideBy)));
}

void PlanCard::setActionsEnabled(bool enabled, const QString& reason)
{
    m_enabled = enabled;
    m_reason = reason;
    refreshButton();
}

void PlanCard::refreshButton()
{
    const auto price = m_offer.price(m_yearly);
    const bool buyable = price && price->unitAmount && *price->unitAmount > 0;
    const qint64 monthly = m_offer.monthly && m_offer.monthly->unitAmount ? *m_offer.monthly->unitAmount : 0;
    if (m_current)
        m_button->setText(tr("Your plan"));
    else if (!buyable)
        m_button->setText(tr("Included"));
    else if (monthly > m_currentMonthly)
        m_button->setText(tr("Upgrade"));
    else
        m_button->setText(tr("Change"));
    m_button->setEnabled(m_enabled && buyable && !m_current);
    if (!m_enabled)
        m_button->setToolTip(m_reason);
    else if (!buyable && !m_current)
        m_button->setToolTip(tr("Switch to this plan by cancelling your subscription under Manage billing."));
    else
        m_button->setToolTip(QString());
}

} // namespace sv
