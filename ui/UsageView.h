#pragma once

#include <QWidget>

namespace sv {

class EmptyStateWidget;

/// The usage page of the main window. Until the user signs in it explains what it will hold.
class UsageView : public QWidget
{
    Q_OBJECT
public:
    explicit UsageView(QWidget* parent = nullptr);

    EmptyStateWidget* emptyState() const { return m_emptyState; }

private:
    EmptyStateWidget* m_emptyState = nullptr;
};

} // namespace sv
