#include "ConnectionsView.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include <QVBoxLayout>

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

} // namespace sv
