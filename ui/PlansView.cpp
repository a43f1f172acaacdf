#include "PlansView.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include <QVBoxLayout>

namespace sv {

PlansView::PlansView(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("plansView"));
    m_emptyState->setIcon(Icons::named(QStringLiteral("state-plans")));
    m_emptyState->setHeading(tr("Plans and billing"));
    m_emptyState->setText(
        tr("Sign in to see plans and billing. Compare plans, upgrade and download your invoices here."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

} // namespace sv
