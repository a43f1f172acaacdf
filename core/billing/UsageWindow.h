#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace sv {

/// The spans of usage history the Usage view (and anything else that charts usage) offers.
enum class UsageWindow { Days7, Days30, Days90, CurrentPeriod };

/// The first day a usage window covers, `today` included: the last 7, 30 or 90 days, or the current billing
/// period from its start (the last 30 days while the period start is unknown).
QDate usageWindowStart(UsageWindow window, QDate today, const std::optional<QDateTime>& periodStart);

} // namespace sv
