#pragma once

#include "library/ContentHistory.h"
#include "library/SearchQuery.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace sv {

/// The bar under the content search field: the platform, account, kind and publication-date filters (with a
/// custom range), "Cross-posted only", the result count and the sort order (with the period of "views
/// gained").
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
    /// The accounts the account filter offers (the library's); the chosen one stays chosen when still there.
    void setAccounts(const QList<LibraryAccountSummary>& accounts);
    /// Chooses `platform` (none: all) and sorts by `sort`; `gainedDays` for SearchSort::ViewsGained (7, 28,
    /// 90 or 365). Emits changed() once.
    void choose(std::optional<Platform> platform, SearchSort sort, int gainedDays = 28);

    QComboBox* platformFilter() const { return m_platform; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* dateFilter() const { return m_date; }
    QDateEdit* dateFromEdit() const { return m_from; }
    QDateEdit* dateToEdit() const { return m_to; }
    QComboBox* accountFilter() const { return m_account; }
    /// "Cross-posted only": the items posted on more than one platform (their clip groups).
    QCheckBox* crossPostedFilter() const { return m_crossPosted; }
    QComboBox* sortOrder() const { return m_sort; }
    /// The period of "Most views gained", shown with that sort only.
    QComboBox* gainedPeriod() const { return m_gainedPeriod; }
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
    QComboBox* m_account = nullptr;
    QCheckBox* m_crossPosted = nullptr;
    QComboBox* m_sort = nullptr;
    QComboBox* m_gainedPeriod = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace sv
