#pragma once

#include <QWidget>

namespace sv {

class EmptyStateWidget;

/// The plans page of the main window. Until the user signs in it explains what it will hold.
class PlansView : public QWidget
{
    Q_OBJECT
public:
    explicit PlansView(QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }

private:
    EmptyStateWidget* m_emptyState = nullptr;
};

} // namespace sv
