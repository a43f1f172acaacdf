#pragma once

#include "BillingPage.h"

#include "billing/BillingService.h"

#include <QDate>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;

namespace sv {

class UsageChart;

/// The usage page: the current billing period (plan, quota, used, remaining, reset date, overage units
/// and the estimated overage charge), a chart of usage per day stacked by platform with a period selector
/// and hover figures, warnings at 80 % and 100 % of the quota (in the view, and once per period through
/// quotaWarning()), and -- offline -- the cached figures marked stale with their age and the actions
/// disabled with the reason. Without a BillingService (signed out) it shows an explanation instead
/// (BillingPage). Nothing here waits on the network: every load is a coroutine.
class UsageView : public BillingPage
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
    /// Where the once-per-period warnings are remembered (default: the application's QSettings).
    void setSettings(QSettings* settings) { m_settings = settings; }

    void setPeriod(Period period);
    Period period() const { return m_period; }
    /// The first day the chart shows for the selected period.
    QDate periodStartDate() const;

    // For tests and accessibility: the current figures and widgets.
    UsageChart* chart() const { return m_chart; }
    /// The units per day shown for a platform, or a platform id ("youtube", "instagram", "tiktok"; none
    /// when unknown).
    QList<qint64> units(Platform platform) const;
    QList<qint64> units(const QString& platformId) const;
    QList<QDate> chartDays() const;
    /// What hovering the bar of day `index` shows.
    QString tooltipFor(int index) const;
    QLabel* warningLabel() const { return m_warningLabel; }
    QLabel* errorLabel() const { return m_errorLabel; }
    /// What a unit is, in the creator's words.
    QLabel* unitExplanation() const { return m_unitNote; }
    QPushButton* changePlanButton() const { return m_changePlan; }
    QPushButton* refreshButton() const { return m_refresh; }
    std::optional<UsageOverview> overview() const { return m_overview; }
    int warningLevel() const { return m_overview ? m_overview->warningLevel() : 0; }
    /// The warning for `overview`'s level (UsageOverview::warningLevel(): 80 or 100); empty below 80 %.
    static QString warningText(const UsageOverview& overview, const QLocale& locale);

Q_SIGNALS:
    /// The quota crossed 80 % or 100 % in a period for the first time: show a notification.
    void quotaWarning(int level, const QString& message);
    /// "Change plan" was clicked: the window shows the Plans page.
    void changePlanRequested();

private:
    void buildUi();
    void retranslate() override;
    QCoro::Task<void> load(BillingService::Refresh refresh) override;
    void showOverview(const UsageOverview& overview);
    void showHistory(const Fetched<QList<UsageHistoryRow>>& history);
    void updateFreshness();
    void updateWarning();
    void setValue(const QString& name, const QString& text);

    QSettings* m_settings = nullptr;
    Period m_period = Period::Days30;
    std::optional<UsageOverview> m_overview;
    std::optional<DataFreshness> m_historyFreshness;

    QLabel* m_heading = nullptr;
    QLabel* m_unitNote = nullptr;
    QLabel* m_warningLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_quotaBar = nullptr;
    QMap<QString, QLabel*> m_values;
    QMap<QString, QLabel*> m_captions;
    QComboBox* m_periodBox = nullptr;
    QLabel* m_periodCaption = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_changePlan = nullptr;
    UsageChart* m_chart = nullptr;
};

} // namespace sv
