#include "UsageView.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include <QVBoxLayout>

namespace sv {

UsageView::UsageView(QWidget* parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("usageView"));
    m_emptyState->setIcon(Icons::named(QStringLiteral("state-usage")));
    m_emptyState->setHeading(tr("Usage and quota"));
    m_emptyState->setText(tr("Sign in to see your usage and quota. Synced items, API calls and the quota "
                             "left in this billing period will appear here."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

} // namespace sv
