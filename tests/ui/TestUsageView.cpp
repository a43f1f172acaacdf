#include "AwaitTask.h"
#include "BillingTestEnv.h"

#include "EmptyStateWidget.h"
#include "Translations.h"
#include "UsageChart.h"
#include "UsageView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QToolTip>
#include <QtTest>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;

/// The Usage page against the sandbox (offscreen): figures, the stacked chart per day and platform, the
/// period selector, hover figures, 80 % / 100 % warnings once per period, and the stale offline state.
/// Screenshots go to $STREAMVIBE_SCREENSHOT_DIR, else <build>/screenshots.
class TestUsageView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString screenshotDir()
    {
        QString dir = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = qEnvironmentVariable("STREAMVIBE_BUILD_DIR", QDir::currentPath()) +
                  QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    static void screenshot(QWidget& w, const QString& name)
    {
        const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(w.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    /// Runs `action` and waits for the view's next load to finish (answers from the cache finish at once).
    template <typename Action>
    static bool loadAfter(UsageView& view, Action action)
    {
        QSignalSpy loaded(&view, &UsageView::loaded);
        action();
        return !loaded.isEmpty() || loaded.wait(10000);
    }

    static QString value(UsageView& view, const char* name)
    {
        auto* label = view.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    bool addUsage(BillingTestEnv& env, qint64 units, const QString& key)
    {
        const QJsonObject args{{QStringLiteral("p_units"), units},
                               {QStringLiteral("p_platform"), QStringLiteral("tiktok")},
                               {QStringLiteral("p_idempotency_key"), key}};
        return bool(awaitTask(env.backend().rpc(QStringLiteral("increment_usage"), args)));
    }

private slots:
    void initTestCase()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QVERIFY(Translations::install(*qApp, english)); // the English plural forms, as in the app
        QVERIFY(m_dir.isValid());
    }

    void signedOutShowsTheExplanation()
    {
        UsageView view;
        view.show();
        QVERIFY(view.emptyState()->isVisible());
        QVERIFY(view.emptyState()->text().contains(QLatin1String("Sign in to see your usage")));
    }

    void figuresChartPeriodsAndHover()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        auto sub = awaitTask(env.billing().subscription());
        QVERIFY(sub);

        QSettings settings(m_dir.filePath(QStringLiteral("figures.ini")), QSettings::IniFormat);
        UsageView view;
        view.setSettings(&settings);
        view.resize(1000, 760);
        view.show();
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing()); }));
        QVERIFY(!view.emptyState()->isVisible());

        QCOMPARE(value(view, "planValue"), QStringLiteral("Basic"));
        QCOMPARE(value(view, "quotaValue"), QStringLiteral("100,000 units"));
        QVERIFY(value(view, "usedValue")
                    .startsWith(QLocale().toString(sub->value.used) + QLatin1String(" units")));
        QCOMPARE(value(view, "remainingValue"),
                 QStringLiteral("%1 units").arg(QLocale().toString(100000 - sub->value.used)));
        QCOMPARE(value(view, "periodEndValue"),
                 QLocale().toString(sub->value.periodEnd->toLocalTime().date(), QLocale::LongFormat));
        QCOMPARE(value(view, "overageUnitsValue"), QStringLiteral("0 units"));
        QCOMPARE(value(view, "overageChargeValue"), QStringLiteral("$0.00"));
        QVERIFY(!view.staleLabel()->isVisible());
        QVERIFY(view.changePlanButton()->isEnabled());

        // The chart: 30 days, stacked per platform, exactly the backend's rows.
        QCOMPARE(view.period(), UsageView::Period::Days30);
        QCOMPARE(view.chartDays().size(), 30);
        QCOMPARE(view.chart()->platforms().size(), 3);
        const QDate today = env.clock().now().toLocalTime().date();
        auto rows = awaitTask(env.billing().usageHistory(today.addDays(-29)));
        QVERIFY(rows);
        QCOMPARE(rows->value.size(), 90);
        for (const UsageHistoryRow& r : rows->value) {
            const int index = int(view.chartDays().indexOf(r.day));
            QVERIFY(index >= 0);
            QCOMPARE(view.units(r.platform).at(index), r.units);
        }
        const int last = int(view.chartDays().size()) - 1;
        qint64 lastTotal = 0;
        for (const QString& p :
             {QStringLiteral("youtube"), QStringLiteral("instagram"), QStringLiteral("tiktok")})
            lastTotal += view.units(p).at(last);
        const QString tip = view.tooltipFor(last);
        QVERIFY2(tip.contains(QStringLiteral("Total: %1 units").arg(QLocale().toString(lastTotal))),
                 qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("YouTube: ")));
        QVERIFY(tip.contains(QLocale().toString(today, QLocale::LongFormat)));
        screenshot(view, QStringLiteral("usage-view"));

        // Hovering a bar shows the figures; leaving hides them. A screen reader gets each day's figures.
        UsageChart* chart = view.chart();
        QPointF barTop = chart->barRect(last).center();
        barTop.setY(chart->barRect(last).top() + 2);
        QMouseEvent move(QEvent::MouseMove, barTop, chart->mapToGlobal(barTop), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(chart, &move);
        QCOMPARE(chart->hoveredText(), tip);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(chart, &leave);
        QVERIFY(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 5000));
        QVERIFY(chart->accessibleDescription().endsWith(QString(tip).replace(u'\n', QStringLiteral(", "))));
        QCOMPARE(chart->accessibleDescription().count(u'\n'), 29);
        // Whole-number value labels in the locale's format, from 0.
        QCOMPARE(chart->valueLabels().first(), QStringLiteral("0"));

        // Period selector: 7 days, then 90, then the billing period.
        auto* selector = view.findChild<QComboBox*>(QStringLiteral("periodSelector"));
        QVERIFY(selector);
        QVERIFY(loadAfter(view, [&] { selector->setCurrentIndex(int(UsageView::Period::Days7)); }));
        QCOMPARE(view.chartDays().size(), 7);
        QCOMPARE(view.units(QStringLiteral("instagram")).size(), 7);
        QCOMPARE(view.chartDays().first(), today.addDays(-6));
        QVERIFY(loadAfter(view, [&] { selector->setCurrentIndex(int(UsageView::Period::Days90)); }));
        QCOMPARE(view.chartDays().size(), 90);
        QVERIFY(loadAfter(view, [&] { selector->setCurrentIndex(int(UsageView::Period::CurrentPeriod)); }));
        QCOMPARE(view.chartDays().first(), sub->value.periodStart->toLocalTime().date());
        qint64 periodTotal = 0;
        for (const QString& p :
             {QStringLiteral("youtube"), QStringLiteral("instagram"), QStringLiteral("tiktok")}) {
            for (const qint64 units : view.units(p))
                periodTotal += units;
        }
        QCOMPARE(periodTotal, sub->value.used); // the period's bars add up to the used figure
    }

    void warningsAt80And100PercentOncePerPeriod()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        auto sub = awaitTask(env.billing().subscription());
        QVERIFY(sub);
        QSettings settings(m_dir.filePath(QStringLiteral("warnings.ini")), QSettings::IniFormat);
        UsageView view;
        view.setSettings(&settings);
        view.resize(1000, 760);
        view.show();
        QSignalSpy warnings(&view, &UsageView::quotaWarning);
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing()); }));
        QCOMPARE(view.warningLevel(), 0);
        QVERIFY(!view.warningLabel()->isVisible());
        QCOMPARE(warnings.count(), 0);

        // 85 %.
        QVERIFY(addUsage(env, 85000 - sub->value.used, QStringLiteral("w80")));
        QVERIFY(loadAfter(view, [&] { view.reload(true); }));
        QCOMPARE(view.warningLevel(), 80);
        QVERIFY(view.warningLabel()->isVisible());
        QVERIFY2(view.warningLabel()->text().contains(QLatin1String("85 %")),
                 qPrintable(view.warningLabel()->text()));
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.at(0).at(0).toInt(), 80);

        // Again in the same period: shown in the view, but no second notification -- even after a restart.
        QVERIFY(loadAfter(view, [&] { view.reload(true); }));
        QCOMPARE(warnings.count(), 1);
        {
            UsageView again;
            again.setSettings(&settings);
            QSignalSpy againWarnings(&again, &UsageView::quotaWarning);
            QVERIFY(loadAfter(again, [&] { again.setBillingService(&env.billing()); }));
            QCOMPARE(again.warningLevel(), 80);
            QCOMPARE(againWarnings.count(), 0);
        }

        // Over the quota: the 100 % warning, the overage and its estimated charge.
        QVERIFY(addUsage(env, 15000 + 2500, QStringLiteral("w100")));
        QVERIFY(loadAfter(view, [&] { view.reload(true); }));
        QCOMPARE(view.warningLevel(), 100);
        QCOMPARE(warnings.count(), 2);
        QCOMPARE(warnings.at(1).at(0).toInt(), 100);
        QVERIFY(view.warningLabel()->text().contains(QLatin1String("2,500")));
        QCOMPARE(value(view, "overageUnitsValue"), QStringLiteral("2,500 units"));
        QCOMPARE(value(view, "overageChargeValue"), QStringLiteral("$0.03")); // ceil(2500/1000) x $0.01
        QCOMPARE(value(view, "remainingValue"), QStringLiteral("0 units"));
        screenshot(view, QStringLiteral("usage-view-over-quota"));
    }

    void offlineShowsStaleFiguresAndDisablesActions()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        QSettings settings(m_dir.filePath(QStringLiteral("offline.ini")), QSettings::IniFormat);
        UsageView view(&env.billing());
        view.setSettings(&settings);
        view.resize(1000, 760);
        QVERIFY(loadAfter(view, [&] { view.show(); }));
        const QString used = value(view, "usedValue");
        const int bars = int(view.units(QStringLiteral("youtube")).size());

        env.stopSandbox();
        env.clock().advance(7min);
        QVERIFY(loadAfter(view, [&] { view.reload(); }));
        // The cached figures stay when the page cannot refresh them, with the reason: no error replaces them.
        QVERIFY(!view.isRefreshing());
        QVERIFY(view.refreshLabel()->isVisible());
        QVERIFY2(view.refreshLabel()->text().startsWith(QLatin1String("Could not refresh:")),
                 qPrintable(view.refreshLabel()->text()));
        QVERIFY(!view.errorLabel()->isVisible());
        QVERIFY(view.isStale());
        QVERIFY(view.staleLabel()->isVisible());
        QVERIFY2(view.staleLabel()->text().startsWith(QLatin1String("Offline")),
                 qPrintable(view.staleLabel()->text()));
        QVERIFY(view.staleLabel()->text().contains(QLatin1String("7 min ago")));
        // The cached figures are still there, marked stale; actions need the network.
        QCOMPARE(value(view, "usedValue"), used);
        QCOMPARE(int(view.units(QStringLiteral("youtube")).size()), bars);
        QVERIFY(!view.changePlanButton()->isEnabled());
        QVERIFY(view.actionsReasonLabel()->isVisible());
        QVERIFY(view.actionsReasonLabel()->text().contains(QLatin1String("Offline")));
        QCOMPARE(view.changePlanButton()->toolTip(), view.actionsReasonLabel()->text());
        QVERIFY(view.refreshButton()->isEnabled()); // retrying stays possible
        screenshot(view, QStringLiteral("usage-view-offline"));

        // Another period offline: the 90 days were cached with the first load, so the chart shows them all.
        auto* selector = view.findChild<QComboBox*>(QStringLiteral("periodSelector"));
        QVERIFY(selector);
        QVERIFY(loadAfter(view, [&] { selector->setCurrentIndex(int(UsageView::Period::Days90)); }));
        QCOMPARE(view.chartDays().size(), 90);
        qreal older = 0; // the 60 days the 30-day chart did not show
        for (const QString& p :
             {QStringLiteral("youtube"), QStringLiteral("instagram"), QStringLiteral("tiktok")}) {
            QCOMPARE(int(view.units(p).size()), 90);
            for (int i = 0; i < 60; ++i)
                older += qreal(view.units(p).at(i));
        }
        QVERIFY2(older > 0, "the older days are empty: only the 30-day window was cached");
        QVERIFY(view.isStale());
        QVERIFY(view.staleLabel()->text().startsWith(QLatin1String("Offline")));
    }

    /// A page never waits on the network for figures it has shown before, also after a restart (the SQLite
    /// layer): the cached figures at once, marked "Refreshing…", while the backend is slow; then the new
    /// figures in place.
    void cachedFiguresShownAtOnceThenRefreshedInPlace()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        QSettings settings(m_dir.filePath(QStringLiteral("swr.ini")), QSettings::IniFormat);
        qint64 usedBefore = 0;
        QString usedShown;
        {
            UsageView first(&env.billing());
            first.setSettings(&settings);
            QVERIFY(loadAfter(first, [&] { first.show(); }));
            QVERIFY(first.overview());
            usedBefore = first.overview()->subscription.value.used;
            usedShown = value(first, "usedValue");
        }
        QVERIFY(addUsage(env, 7, QStringLiteral("swr-ui-1"))); // the server's figure moves on
        env.clock().advance(6min);                             // the cached subscription and history expire
        env.reopenCache();                                     // an app restart: memory empty, SQLite kept
        QVERIFY(env.sandbox().addFault(QStringLiteral("latency=3000,path=/rest/v1"))); // a slow backend

        UsageView view(&env.billing());
        view.setSettings(&settings);
        view.resize(1000, 760);
        QSignalSpy loaded(&view, &UsageView::loaded);
        view.show();
        // Before the backend answers: the last figures, marked as being refreshed (also for accessibility).
        QVERIFY(QTest::qWaitFor(
            [&] { return value(view, "usedValue") == usedShown && !view.chartDays().isEmpty(); }, 2500));
        QVERIFY(loaded.isEmpty());
        QVERIFY(view.isRefreshing());
        QVERIFY(view.refreshLabel()->isVisible());
        QCOMPARE(view.refreshLabel()->text(), QStringLiteral("Refreshing…"));
        QCOMPARE(view.refreshLabel()->accessibleName(), view.refreshLabel()->text());
        QVERIFY(!view.isStale());
        QVERIFY(!view.errorLabel()->isVisible());
        screenshot(view, QStringLiteral("usage-view-refreshing"));

        // The refresh lands: the new figure in place, the mark gone, nothing fetched twice.
        QVERIFY(loaded.wait(10000));
        QVERIFY(view.overview());
        QCOMPARE(view.overview()->subscription.value.used, usedBefore + 7);
        QVERIFY(value(view, "usedValue") != usedShown);
        QVERIFY(!view.isRefreshing());
        QVERIFY(!view.refreshLabel()->isVisible());
        QVERIFY(!view.isStale());
        QCOMPARE(env.cache().stats().revalidations, qint64(2)); // the subscription and the history
        QCOMPARE(env.cache().stats().backendFetches, qint64(2));
    }

    void backendErrorWithoutCacheIsShown()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        QVERIFY(env.sandbox().addFault(QStringLiteral("status=401,path=/rest/v1")));
        UsageView view(&env.billing());
        QVERIFY(loadAfter(view, [&] { view.show(); }));
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY(view.errorLabel()->text().contains(QLatin1String("sign in again")));
    }
};

QTEST_MAIN(TestUsageView)
#include "TestUsageView.moc"
