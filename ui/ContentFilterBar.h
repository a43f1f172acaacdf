#pragma once

#include "library/ContentHistory.h"
#include "library/SearchQuery.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

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
    /// What another page asks the list to show (a top mover's neighbours, an Overview bar's items): the
    /// filters and sort order to choose, every other filter cleared.
    struct Choice
    {
        std::optional<Platform> platform; ///< none: all platforms
        QStringList account;              ///< {platform id, account id}; empty: all accounts
        QDate publishedFrom;              ///< with publishedTo: a custom range of publication days (UTC days,
        QDate publishedTo;                ///< as the Overview's periods; local once the user edits them)
        std::optional<int> publishedWeekday; ///< SearchQuery::publishedWeekday (1 = Monday, UTC)
        std::optional<int> publishedHour;    ///< SearchQuery::publishedHour (UTC)
        SearchSort sort = SearchSort::Relevance;
        int gainedDays =
            28;         ///< for SearchSort::ViewsGained: 7, 28, 90 or 365 ending today, or 1 with gainedTo
        QDate gainedTo; ///< invalid: today; else the views gained on that one day (gainedDays 1)
    };
    /// Clears the filters and chooses `choice`. Emits changed() once.
    void choose(const Choice& choice);
    /// The publishing weekday and hour chosen (only set through choose(); shown as a button that clears it).
    std::optional<int> publishedWeekday() const { return m_weekday; }
    std::optional<int> publishedHour() const { return m_hour; }

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
    /// The chosen publishing weekday and hour ("Posted on Tuesdays, 18:00–19:00 (UTC)"), on a second row
    /// while one is chosen; clicking it clears them.
    QToolButton* postingTimeFilter() const { return m_postingTime; }

Q_SIGNALS:
    /// The user chose another filter, date or sort order.
    void changed();

private:
    void setCustomRangeVisible(bool visible);
    void showPostingTime();
    /// The gained-period entry of one day (gainedTo), added by choose() and gone once another is chosen.
    void setGainedDay(const QDate& day);

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
    QToolButton* m_postingTime = nullptr;
    std::optional<int> m_weekday;
    std::optional<int> m_hour;
    QDate m_gainedDay;            ///< the one-day entry's day, if there is one
    QStringList m_pendingAccount; ///< chosen before setAccounts() listed it
    /// The custom range's days are UTC days (chosen from the Overview, whose periods are), not local ones,
    /// until the user changes the range.
    bool m_rangeUtc = false;
};

} // namespace sv
