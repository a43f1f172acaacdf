#pragma once

#include <QtGlobal>

#include <limits>

namespace sv {

/// tr()'s numerus argument (an int) for a count: counts beyond int only need the "many" form. For
/// `tr("%1 item(s)", nullptr, pluralCount(n)).arg(locale.toString(n))`.
constexpr int pluralCount(qint64 count)
{
    return count > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max()
                                                   : static_cast<int>(count);
}

} // namespace sv
