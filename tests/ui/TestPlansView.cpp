#include "AwaitTask.h"
#include "BillingTestEnv.h"
#include "FormBrowser.h"

#include "EmptyStateWidget.h"
#include "PlanCard.h"
#include "PlansView.h"

#include "billing/PortalFlow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QtTest>

using namespace sv;
using namespace std::chrono_literals;
using sv::test::awaitTask;
using sv::test::BillingTestEnv;
using sv::test::FormBrowser;

/// The Plans page against the sandbox (offscreen): plan cards (prices per interval and currency, quota,
/// overage, current plan), checkout from a card through the sandbox's Stripe page with the waiting panel,
/// Cancel, invoices with PDF links, and the offline state. Screenshots as in TestUsageView.
class TestPlansView : public QObject
{
    Q_OBJECT

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

    template <typename Action>
    static bool loadAfter(PlansView& view, Action action)
    {
        QSignalSpy loaded(&view, &PlansView::loaded);
        action();
        return !loaded.isEmpty() || loaded.wait(10000);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void signedOutShowsTheExplanation()
    {
        PlansView view;
        view.show();
        QVERIFY(view.emptyState()->isVisible());
        QVERIFY(view.emptyState()->text().contains(QLatin1String("Sign in to see plans and billing")));
    }

    void cardsIntervalsCurrenciesAndInvoices()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Nothing);
        PlansView view;
        view.resize(1100, 900);
        view.show();
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing(), &browser); }));

        QCOMPARE(view.cards().size(), 3);
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        PlanCard* basic = view.card(QStringLiteral("basic"));
        PlanCard* premium = view.card(QStringLiteral("premium"));
        PlanCard* free = view.card(QStringLiteral("free"));
        QVERIFY(basic && premium && free);
        QVERIFY(basic->isCurrent());
        QVERIFY(basic->currentBadge()->isVisible());
        QVERIFY(!premium->currentBadge()->isVisible());
        QVERIFY(!basic->actionButton()->isEnabled());
        QCOMPARE(premium->actionButton()->text(), QStringLiteral("Upgrade"));
        QVERIFY(premium->actionButton()->isEnabled());
        QVERIFY(!free->actionButton()->isEnabled()); // not sold through checkout: the portal cancels
        QCOMPARE(premium->priceText(), QStringLiteral("$29.99 / month"));
        QCOMPARE(premium->quotaText(), QStringLiteral("1,000,000 API units per month"));
        QCOMPARE(premium->overageText(), QStringLiteral("Overage: $0.01 per 1,000 extra units"));
        QCOMPARE(free->priceText(), QStringLiteral("Free"));
        QCOMPARE(free->overageText(), QStringLiteral("Overage: $0.02 per 1,000 extra units"));

        // Invoices: never cached, fetched with the page; the PDF opens in the browser.
        QTableWidget* table = view.invoicesTable();
        QCOMPARE(table->rowCount(), 1); // the demo's Basic plan, bought once at the stack's start
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Paid"));
        QVERIFY(table->item(0, 2)->text().startsWith(QLatin1Char('$')));
        QVERIFY(!table->item(0, 1)->text().isEmpty());
        auto* pdf = qobject_cast<QPushButton*>(table->cellWidget(0, 4));
        QVERIFY(pdf);
        QSignalSpy opened(&browser, &FormBrowser::done);
        pdf->click();
        QCOMPARE(browser.opened().size(), 1);
        QVERIFY(browser.opened().at(0).path().endsWith(QLatin1String(".pdf")));
        QVERIFY(opened.wait(5000));
        QCOMPARE(browser.lastStatus(), 200);
        QVERIFY(browser.lastBody().startsWith("%PDF"));
        screenshot(view, QStringLiteral("plans-view"));

        // Yearly prices.
        view.findChild<QRadioButton*>(QStringLiteral("yearlyButton"))->click();
        QVERIFY(view.isYearly());
        QCOMPARE(view.card(QStringLiteral("premium"))->priceText(), QStringLiteral("$299.90 / year"));
        QCOMPARE(view.card(QStringLiteral("basic"))->priceText(), QStringLiteral("$99.90 / year"));

        // Yen: zero-decimal, formatted in the user's locale.
        auto* currency = view.findChild<QComboBox*>(QStringLiteral("currencySelector"));
        QVERIFY(loadAfter(view, [&] {
            currency->setCurrentIndex(currency->findData(QStringLiteral("jpy")));
            Q_EMIT currency->activated(currency->currentIndex());
        }));
        QCOMPARE(view.card(QStringLiteral("premium"))->priceText(), QString::fromUtf8("¥45,000 / year"));
        view.findChild<QRadioButton*>(QStringLiteral("monthlyButton"))->click();
        QCOMPARE(view.card(QStringLiteral("basic"))->priceText(), QString::fromUtf8("¥1,500 / month"));
    }

    void upgradeThroughCheckoutShowsTheNewPlan()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Pay);
        PlansView view;
        view.resize(1100, 900);
        view.show();
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing(), &browser); }));
        view.checkoutFlow()->setPollInterval(10min);

        bool panelShown = false;
        QString link;
        connect(view.checkoutFlow(), &CheckoutFlow::checkoutUrlReady, this, [&](const QUrl& url) {
            panelShown = view.checkoutPanel()->isVisible();
            link = view.checkoutLink()->text();
            QCOMPARE(link, url.toString());
            QVERIFY(!view.card(QStringLiteral("premium"))->actionButton()->isEnabled()); // one at a time
            screenshot(view, QStringLiteral("plans-view-checkout-waiting"));
        });
        QSignalSpy finished(&view, &PlansView::checkoutFinished);
        view.card(QStringLiteral("premium"))->actionButton()->click();
        QVERIFY(finished.wait(15000));
        QVERIFY(panelShown);
        QVERIFY(link.contains(QLatin1String("/checkout/cs_test_")));
        const auto outcome = finished.at(0).at(0).value<CheckoutFlow::Outcome>();
        QCOMPARE(outcome.kind, CheckoutFlow::Outcome::Kind::Completed);

        // The new plan and quota, without a restart.
        QVERIFY(!view.checkoutPanel()->isVisible());
        QCOMPARE(view.currentPlan(), QStringLiteral("premium"));
        QVERIFY(view.card(QStringLiteral("premium"))->isCurrent());
        QVERIFY(!view.card(QStringLiteral("basic"))->isCurrent());
        QCOMPARE(view.card(QStringLiteral("basic"))->actionButton()->text(), QStringLiteral("Change"));
        QVERIFY(view.messageLabel()->isVisible());
        QVERIFY2(view.messageLabel()->text().contains(QLatin1String("Premium plan (1,000,000 API units")),
                 qPrintable(view.messageLabel()->text()));
        QTRY_COMPARE(view.invoicesTable()->rowCount(), 2); // the new invoice, fetched fresh
        screenshot(view, QStringLiteral("plans-view-after-checkout"));
    }

    void cancelWhileWaitingLeavesThePlan()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::Nothing);
        PlansView view(&env.billing(), &browser);
        view.show();
        QSignalSpy loaded(&view, &PlansView::loaded);
        QVERIFY(loaded.wait(10000));
        view.checkoutFlow()->setPollInterval(10min);
        connect(view.checkoutFlow(), &CheckoutFlow::checkoutUrlReady, view.cancelCheckoutButton(),
                &QPushButton::click, Qt::QueuedConnection);
        QSignalSpy finished(&view, &PlansView::checkoutFinished);
        view.card(QStringLiteral("premium"))->actionButton()->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<CheckoutFlow::Outcome>().kind,
                 CheckoutFlow::Outcome::Kind::Aborted);
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        QVERIFY(view.card(QStringLiteral("premium"))->actionButton()->isEnabled());
    }

    void offlineMarksStaleAndDisablesActions()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        PlansView view;
        view.resize(1100, 900);
        view.show();
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing(), &browser); }));
        QVERIFY(!view.isStale());

        env.stopSandbox();
        env.clock().advance(61min);
        QVERIFY(loadAfter(view, [&] { view.reload(); }));
        QVERIFY2(view.refreshLabel()->text().startsWith(QLatin1String("Could not refresh:")),
                 qPrintable(view.refreshLabel()->text()));
        QVERIFY(view.isStale());
        QVERIFY(view.staleLabel()->isVisible());
        QVERIFY2(view.staleLabel()->text().contains(QLatin1String("1 h ago")),
                 qPrintable(view.staleLabel()->text()));
        QCOMPARE(view.cards().size(), 3); // the cached plans are still shown
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        for (PlanCard* card : view.cards()) {
            QVERIFY(!card->actionButton()->isEnabled());
            QVERIFY(card->actionButton()->toolTip().contains(QLatin1String("Offline")));
        }
        QVERIFY(!view.manageBillingButton()->isEnabled());
        QVERIFY(view.actionsReasonLabel()->isVisible());
        QVERIFY(view.invoicesStatusLabel()->isVisible());
        QVERIFY(view.invoicesStatusLabel()->text().contains(QLatin1String("not available offline")));
        QCOMPARE(view.invoicesTable()->rowCount(), 0);
        screenshot(view, QStringLiteral("plans-view-offline"));
    }

    /// After a restart the plans and the current plan are shown from the SQLite layer at once, marked
    /// "Refreshing…", while the backend is slow; the refreshed catalogue then replaces them in place.
    void cachedPlansShownAtOnceThenRefreshedInPlace()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        {
            PlansView first(&env.billing(), &browser); // loads at once
            QSignalSpy firstLoaded(&first, &PlansView::loaded);
            QVERIFY(!firstLoaded.isEmpty() || firstLoaded.wait(10000));
            QCOMPARE(first.cards().size(), 3);
        }
        env.clock().advance(61min); // plans (1 h) and subscription (1 min) expired
        env.reopenCache();          // an app restart: memory empty, SQLite kept
        QVERIFY(env.sandbox().addFault(QStringLiteral("latency=3000")));

        PlansView view;
        view.resize(1100, 900);
        view.show();
        QSignalSpy loaded(&view, &PlansView::loaded);
        view.setBillingService(&env.billing(), &browser);
        QVERIFY(
            QTest::qWaitFor([&] { return view.cards().size() == 3 && !view.currentPlan().isEmpty(); }, 2500));
        QVERIFY(loaded.isEmpty());
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        QVERIFY(view.isRefreshing());
        QVERIFY(view.refreshLabel()->isVisible());
        QCOMPARE(view.refreshLabel()->text(), QStringLiteral("Refreshing…"));
        QVERIFY(!view.isStale());
        const QPointer<PlanCard> cachedCard = view.card(QStringLiteral("premium"));
        screenshot(view, QStringLiteral("plans-view-refreshing"));

        QVERIFY(loaded.wait(15000));
        QVERIFY(!view.isRefreshing());
        QVERIFY(!view.refreshLabel()->isVisible());
        QCOMPARE(view.cards().size(), 3);
        QVERIFY(!view.cards().contains(cachedCard.data())); // rebuilt from the refreshed catalogue
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        const auto plans = env.cache().peek({DataType::Plans, {}, QStringLiteral("list:usd")});
        QVERIFY(plans && !plans->stale && plans->age == 0ms); // fetched now
        QCOMPARE(env.cache().stats().revalidations, qint64(2));
    }

    void manageBillingOpensThePortal()
    {
        BillingTestEnv env;
        QVERIFY2(env.start(), qPrintable(env.errorString()));
        QVERIFY2(env.signIn(), qPrintable(env.errorString()));
        FormBrowser browser;
        browser.setAction(FormBrowser::Action::CancelPlanPortal);
        PlansView view;
        view.show();
        QVERIFY(loadAfter(view, [&] { view.setBillingService(&env.billing(), &browser); }));
        QSignalSpy returned(view.portalFlow(), &PortalFlow::returned);
        QSignalSpy loaded(&view, &PlansView::loaded);
        view.manageBillingButton()->click();
        QVERIFY(returned.wait(10000));
        QCOMPARE(browser.opened().size(), 1);
        QVERIFY(browser.opened().at(0).path().startsWith(QLatin1String("/portal/")));
        // Cancelled in the portal: as Stripe does, the plan runs to the end of its paid period, and the page
        // says so once the webhook has reached the backend.
        QTRY_VERIFY_WITH_TIMEOUT(view.renewalLabel()->isVisible(), 20000);
        QCOMPARE(view.currentPlan(), QStringLiteral("basic"));
        QVERIFY2(view.renewalLabel()->text().contains(QLatin1String("Basic")) &&
                     view.renewalLabel()->text().contains(QLatin1String("will not renew")),
                 qPrintable(view.renewalLabel()->text()));
    }
};

QTEST_MAIN(TestPlansView)
#include "TestPlansView.moc"
