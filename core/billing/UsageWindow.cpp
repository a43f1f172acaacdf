#include "billing/UsageWindow.h"

namespace sv {

QDate usageWindowStart(UsageWindow window, QDate today, const std::optional<QDateTime>& periodStart)
{
    switch (window) {
    case UsageWindow::Days7:
        return today.addDays(-6);
    case UsageWindow::Days30:
        return today.addDays(-29);
    case UsageWindow::Days90:
        return today.addDays(-89);
    case UsageWindow::CurrentPeriod:
        if (periodStart)
            return periodStart->toLocalTime().date();
        break;
    }
    return today.addDays(-29);
}

} // namespace sv
