// The span of usage history each choice of the Usage view covers.
#include "billing/UsageWindow.h"

#include <QtTest>

using namespace sv;

class TestUsageWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastDaysIncludeToday()
    {
        const QDate today(2026, 3, 1);
        QCOMPARE(usageWindowStart(UsageWindow::Days7, today, std::nullopt), QDate(2026, 2, 23));
        QCOMPARE(usageWindowStart(UsageWindow::Days30, today, std::nullopt), QDate(2026, 1, 31));
        QCOMPARE(usageWindowStart(UsageWindow::Days90, today, std::nullopt), QDate(2025, 12, 2));
    }

    void currentPeriodStartsWithTheBillingPeriod()
    {
        const QDate today(2026, 3, 20);
        const QDateTime start(QDate(2026, 3, 4), QTime(12, 0), Qt::LocalTime);
        QCOMPARE(usageWindowStart(UsageWindow::CurrentPeriod, today, start), QDate(2026, 3, 4));
        // Unknown period start (no subscription row yet): the last 30 days.
        QCOMPARE(usageWindowStart(UsageWindow::CurrentPeriod, today, std::nullopt), QDate(2026, 2, 19));
    }
};

QTEST_GUILESS_MAIN(TestUsageWindow)
#include "TestUsageWindow.moc"
