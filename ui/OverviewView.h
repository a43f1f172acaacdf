#pragma once

#include "ContentFilterBar.h"
#include "library/ContentHistory.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace sv {

class BarChart;
class EmptyStateWidget;
class LibraryService;
class TrendChart;

/// The app's home once signed in: for a chosen period (7, 28, 90 or 365 days, ending today) and all platforms
/// or one, the views gained (a figure and a chart by day), the top movers (a ranked list; activating one asks
/// for it on the Content page), the best posting days and hours (the items published in the period: the
/// average views each gained in it, by publishing weekday and hour; "—" where none has known views, a note
/// instead of the charts while too few were published) and the follower trend per account, from the history
/// the syncs record in the library (ContentHistory), read through the LibraryService off the UI thread. Each
/// part says what fills it when it is empty, with the action that does (connect accounts, sync).
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    /// Where an empty part's action leads.
    enum class Action { ConnectAccounts, Sync, AllPlatforms, LongerPeriod };
    Q_ENUM(Action)

    static constexpr int TopCount = 10;
    static constexpr int MaxPeriodDays = 365;
    /// The days after the latest YouTube Analytics reported are marked as not final on the daily chart when
    /// that day is at most this many days before the period's end.
    static constexpr int MaxAnalyticsLagDays = 7;

    explicit OverviewView(LibraryService* service, QWidget* parent = nullptr);
    ~OverviewView() override;

    /// Reads the figures again (the library changed, a sync finished); loaded() follows.
    void reload();
    /// The day periods end on (tests; default: today, UTC).
    void setClock(std::function<QDate()> today);

    int periodDays() const;
    std::optional<Platform> platform() const;
    /// The figures shown (valid after loaded()).
    const PeriodStats& stats() const { return m_stats; }
    /// Whether the library holds any item (an empty library shows only the "connect accounts" state).
    bool hasItems() const { return m_hasItems; }

    QComboBox* periodChooser() const { return m_period; }
    QComboBox* platformChooser() const { return m_platform; }
    QLabel* viewsGainedLabel() const { return m_viewsGained; }
    TrendChart* dailyChart() const { return m_daily; }
    QTreeWidget* topMovers() const { return m_movers; }
    BarChart* weekdayChart() const { return m_weekdays; }
    BarChart* hourChart() const { return m_hours; }
    TrendChart* followerChart() const { return m_followers; }
    EmptyStateWidget* libraryEmptyState() const { return m_emptyLibrary; }
    /// The note shown in place of a part while it is empty ("views", "movers", "times", "followers"), with
    /// its action button; null for another name.
    QLabel* emptyNote(const QString& part) const;
    QPushButton* emptyAction(const QString& part) const;
    /// Whether part `part` shows its note rather than its figures.
    bool isPartEmpty(const QString& part) const;

signals:
    /// The figures of the current period and platform are shown.
    void loaded();
    /// The user chose a top mover: show it on the Content page, among the items `choice` lists (sorted by the
    /// views gained in the period).
    void itemChosen(const sv::ContentItem& item, const sv::ContentFilterBar::Choice& choice);
    /// The user chose a part's figure: show the items behind it on the Content page. A day of the daily
    /// chart: sorted by the views gained that day; a weekday or hour bar: the items published then in the
    /// period; an account's follower line: that account's items; each by the views gained in the period.
    void itemsChosen(const sv::ContentFilterBar::Choice& choice);
    void connectAccountsRequested();
    void syncRequested();

private:
    struct Part
    {
        QStackedWidget* stack = nullptr;
        QLabel* note = nullptr;
        QPushButton* action = nullptr;
        Action actionKind = Action::Sync;
    };

    QWidget* buildPart(const QString& name, const QString& title, QWidget* content);
    void setPartEmpty(const QString& name, const QString& text, Action action);
    void setPartFilled(const QString& name);
    QCoro::Task<> load(quint64 generation);
    void showStats(const PeriodStats& stats, const QList<DayViews>& daily,
                   const QList<LibraryAccountSummary>& accounts);
    void onActivated(int row);
    /// The Content page's choice for the period and platform shown: by the views gained in the period.
    ContentFilterBar::Choice periodChoice() const;
    void onDayActivated(int index);
    void onPostingTimeActivated(BarChart* chart, int index);
    void onFollowersActivated(int series);

    LibraryService* m_service;
    std::function<QDate()> m_today;
    quint64 m_generation = 0;
    PeriodStats m_stats;
    bool m_hasItems = false;
    bool m_readFailed = false; ///< the empty state says why and offers Retry

    QComboBox* m_period = nullptr;
    QComboBox* m_platform = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStateWidget* m_emptyLibrary = nullptr;
    QLabel* m_viewsGained = nullptr;
    QLabel* m_viewsGainedCaption = nullptr;
    TrendChart* m_daily = nullptr;
    QTreeWidget* m_movers = nullptr;
    BarChart* m_weekdays = nullptr;
    BarChart* m_hours = nullptr;
    TrendChart* m_followers = nullptr;
    QMap<QString, Part> m_parts;
};

} // namespace sv
