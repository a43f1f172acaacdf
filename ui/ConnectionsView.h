#pragma once

#include <QWidget>

namespace sv {

class EmptyStateWidget;

/// The connections page of the main window. Until the user signs in it explains what it will hold.
class ConnectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsView(QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }

private:
    EmptyStateWidget* m_emptyState = nullptr;
};

} // namespace sv
