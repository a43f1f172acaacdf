#pragma once

#include "library/SearchQuery.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace sv {

/// The bar under the content search field: the platform, kind and publication-date filters (with a custom
/// range), the result count and the sort order.
class ContentFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum DateRange { AnyTime, Last7Days, Last30Days, Last12Months, CustomRange };
    Q_ENUM(DateRange)

    explicit ContentFilterBar(QWidget* parent = nullptr);
    ~ContentFilterBar() override;

    /// Adds the chosen filters and the sort order to `query`; relative date ranges end at `now`.
    void applyTo(SearchQuery& query, const QDateTime& now) const;
    /// A platform, kind or date filter is chosen (the sort order is no filter).
    bool filtersActive() const;
    /// Back to every platform, kind and date, without emitting changed().
    void clearFilters();

    QComboBox* platformFilter() const { return m_platform; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* dateFilter() const { return m_date; }
    QDateEdit* dateFromEdit() const { return m_from; }
    QDateEdit* dateToEdit() const { return m_to; }
    QComboBox* sortOrder() const { return m_sort; }
    /// Written by the view: "1,234 results", "Opening the library…".
    QLabel* resultCountLabel() const { return m_count; }

Q_SIGNALS:
    /// The user chose another filter, date or sort order.
    void changed();

private:
    void setCustomRangeVisible(bool visible);

    QComboBox* m_platform = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_date = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_dateDash = nullptr;
    QComboBox* m_sort = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace sv
