#pragma once

#include "billing/BillingService.h"

#include <QDate>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedBarSeries;
class QStackedWidget;

namespace sv {

class EmptyStateWidget;

/// The usage page: the current billing period (plan, quota, used, remaining, reset date, overage units
/// and the estimated overage charge), a chart of usage per day stacked by platform with a period selector
/// and hover figures, warnings at 80 % and 100 % of the quota (in the view, and once per period through
/// quotaWarning()), and -- offline -- the cached figures marked stale with their age and the actions
/// disabled with the reason. Without a BillingService (signed out) it shows an explanation instead.
/// Nothing here waits on the network: every load is a coroutine.
class UsageView : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Days7, Days30, Days90, CurrentPeriod };
    Q_ENUM(Period)

    explicit UsageView(QWidget* parent = nullptr);
    /// `billing` is not owned and may be null (signed out).
    explicit UsageView(BillingService* billing, QWidget* parent = nullptr);
    ~UsageView() override;

    /// Switches between the signed-out explanation (null) and the live view; loads at once.
    void setBillingService(BillingService* billing);
    BillingService* billingService() const { return m_billing; }
    /// Where the once-per-period warnings are remembered (default: the application's QSettings).
    void setSettings(QSettings* settings) { m_settings = settings; }

    EmptyStateWidget* emptyState() const { return m_emptyState; }

    void setPeriod(Period period);
    Period period() const { return m_period; }
    /// The first day the chart shows for the selected period.
    QDate periodStartDate() const;

    // For tests and accessibility: the current figures and widgets.
    QChartView* chartView() const { return m_chartView; }
    QStackedBarSeries* series() const { return m_series; }
    QBarSet* barSet(Platform platform) const { return m_sets.value(platform); }
    /// The bar set of a platform id ("youtube", "instagram", "tiktok"); null when unknown.
    QBarSet* barSet(const QString& platformId) const;
    QList<QDate> chartDays() const { return m_days; }
    /// What hovering the bar of day `index` shows.
    QString tooltipFor(int index) const;
    QLabel* staleLabel() const { return m_staleLabel; }
    QLabel* warningLabel() const { return m_warningLabel; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QPushButton* changePlanButton() const { return m_changePlan; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLabel* actionsReasonLabel() const { return m_actionsReason; }
    std::optional<UsageOverview> overview() const { return m_overview; }
    bool isStale() const { return m_stale; }
    int warningLevel() const { return m_overview ? m_overview->warningLevel() : 0; }

public Q_SLOTS:
    /// Loads the figures (from the cache when fresh; `force` asks the backend).
    void reload(bool force = false);

Q_SIGNALS:
    /// A load finished (successfully or not).
    void loaded();
    /// The quota crossed 80 % or 100 % in a period for the first time: show a notification.
    void quotaWarning(int level, const QString& message);
    /// "Change plan" was clicked: the window shows the Plans page.
    void changePlanRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field;
    void buildUi();
    void retranslate();
    QCoro::Task<void> load(bool force);
    void showOverview(const UsageOverview& overview);
    void showHistory(const Fetched<QList<UsageHistoryRow>>& history);
    void updateFreshness();
    void updateWarning();
    void setValue(const QString& name, const QString& text);

    QPointer<BillingService> m_billing;
    QSettings* m_settings = nullptr;
    Period m_period = Period::Days30;
    std::optional<UsageOverview> m_overview;
    std::optional<DataFreshness> m_historyFreshness;
    QList<UsageHistoryRow> m_rows;
    QList<QDate> m_days;
    bool m_stale = false;
    int m_generation = 0;

    QStackedWidget* m_stack = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_warningLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_actionsReason = nullptr;
    QProgressBar* m_quotaBar = nullptr;
    QMap<QString, QLabel*> m_values;
    QMap<QString, QLabel*> m_captions;
    QComboBox* m_periodBox = nullptr;
    QLabel* m_periodCaption = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_changePlan = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QStackedBarSeries* m_series = nullptr;
    QMap<Platform, QBarSet*> m_sets;
};

} // namespace sv
