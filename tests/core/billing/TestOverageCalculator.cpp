#include "billing/OverageCalculator.h"

#include <QtTest>

#include <limits>

using namespace sv;

/// Overage arithmetic as Stripe bills it: units over the quota, transform_quantity divide_by 1000
/// rounded up, times the metered unit amount.
class TestOverageCalculator : public QObject
{
    Q_OBJECT

    static Plan meteredPrice(qint64 unitAmount, QString currency = QStringLiteral("usd"),
                             qint64 divideBy = 1000, Plan::Rounding round = Plan::Rounding::Up)
    {
        Plan p;
        p.priceId = QStringLiteral("price_overage");
        p.currency = currency;
        p.unitAmount = unitAmount;
        p.interval = Plan::Interval::Month;
        p.usageType = Plan::UsageType::Metered;
        p.transformDivideBy = divideBy;
        p.transformRound = round;
        return p;
    }

private slots:
    void edges_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<qint64>("overageUnits");
        QTest::addColumn<qint64>("billedQuantity");
        QTest::addColumn<qint64>("chargeMinor");

        // Basic: 100,000 units included, $0.01 per 1,000 units over.
        QTest::newRow("under quota") << qint64(99'999) << qint64(100'000) << qint64(0) << qint64(0)
                                     << qint64(0);
        QTest::newRow("exactly at quota")
            << qint64(100'000) << qint64(100'000) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("one over") << qint64(100'001) << qint64(100'000) << qint64(1) << qint64(1)
                                  << qint64(1);
        QTest::newRow("999 over") << qint64(100'999) << qint64(100'000) << qint64(999) << qint64(1)
                                  << qint64(1);
        QTest::newRow("1000 over") << qint64(101'000) << qint64(100'000) << qint64(1000) << qint64(1)
                                   << qint64(1);
        QTest::newRow("1001 over") << qint64(101'001) << qint64(100'000) << qint64(1001) << qint64(2)
                                   << qint64(2);
        QTest::newRow("far over") << qint64(5'100'000) << qint64(100'000) << qint64(5'000'000) << qint64(5000)
                                  << qint64(5000);
        QTest::newRow("far over, ragged") << qint64(1'234'567'891) << qint64(100'000) << qint64(1'234'467'891)
                                          << qint64(1'234'468) << qint64(1'234'468);
        QTest::newRow("zero quota") << qint64(1) << qint64(0) << qint64(1) << qint64(1) << qint64(1);
    }

    void edges()
    {
        QFETCH(qint64, used);
        QFETCH(qint64, quota);
        QFETCH(qint64, overageUnits);
        QFETCH(qint64, billedQuantity);
        QFETCH(qint64, chargeMinor);
        const OverageEstimate e = OverageCalculator::estimate(used, quota, meteredPrice(1));
        QCOMPARE(e.overageUnits, overageUnits);
        QCOMPARE(e.isOverQuota(), overageUnits > 0);
        QCOMPARE(e.billedQuantity, billedQuantity);
        QVERIFY(e.hasOveragePrice);
        QVERIFY(e.charge.has_value());
        QCOMPARE(e.charge->minorUnits(), chargeMinor);
        QCOMPARE(e.charge->currency(), QStringLiteral("usd"));
        QCOMPARE(e.unitsPerBilledQuantity, qint64(1000));
    }

    void unitAmountMultiplies()
    {
        // Free plan overage in the sandbox: 2 cents (3 yen) per 1,000 units; 10,500 over -> 11 packages.
        const auto usd = OverageCalculator::estimate(20'500, 10'000, meteredPrice(2));
        QCOMPARE(usd.billedQuantity, qint64(11));
        QCOMPARE(usd.charge->minorUnits(), qint64(22));
        QCOMPARE(usd.charge->format(QLocale(QStringLiteral("en_US"))), QStringLiteral("$0.22"));
        const auto jpy = OverageCalculator::estimate(20'500, 10'000, meteredPrice(3, QStringLiteral("jpy")));
        QCOMPARE(jpy.charge->minorUnits(), qint64(33));
        QCOMPARE(jpy.charge->format(QLocale(QStringLiteral("en_US"))), QString::fromUtf8("¥33"));
    }

    void roundDown()
    {
        const auto e = OverageCalculator::estimate(
            101'999, 100'000, meteredPrice(5, QStringLiteral("usd"), 1000, Plan::Rounding::Down));
        QCOMPARE(e.overageUnits, qint64(1999));
        QCOMPARE(e.billedQuantity, qint64(1));
        QCOMPARE(e.charge->minorUnits(), qint64(5));
        QCOMPARE(OverageCalculator::billedQuantity(999, 1000, Plan::Rounding::Down), qint64(0));
    }

    void withoutTransformEveryUnitCounts()
    {
        const auto e = OverageCalculator::estimate(105, 100, meteredPrice(7, QStringLiteral("eur"), 1));
        QCOMPARE(e.billedQuantity, qint64(5));
        QCOMPARE(e.charge->minorUnits(), qint64(35));
    }

    void freePlanWithoutOveragePriceReportsUnitsButNoCharge()
    {
        const auto e = OverageCalculator::estimate(12'345, 10'000, std::nullopt);
        QCOMPARE(e.overageUnits, qint64(2345));
        QVERIFY(e.isOverQuota());
        QVERIFY(!e.hasOveragePrice);
        QVERIFY(!e.charge.has_value());
        QCOMPARE(e.billedQuantity, qint64(0));
    }

    void licensedOrTieredPriceIsNotAnOveragePrice()
    {
        Plan licensed = meteredPrice(999);
        licensed.usageType = Plan::UsageType::Licensed;
        QVERIFY(!OverageCalculator::estimate(200, 100, licensed).charge.has_value());
        Plan tiered = meteredPrice(1);
        tiered.unitAmount.reset(); // tiered prices have no unit_amount
        const auto e = OverageCalculator::estimate(200, 100, tiered);
        QVERIFY(!e.charge.has_value());
        QCOMPARE(e.overageUnits, qint64(100));
    }

    void badInputsCountAsZero()
    {
        const auto e = OverageCalculator::estimate(-5, -10, meteredPrice(1));
        QCOMPARE(e.overageUnits, qint64(0));
        QCOMPARE(e.charge->minorUnits(), qint64(0));
        QCOMPARE(OverageCalculator::billedQuantity(10, 0, Plan::Rounding::Up), qint64(10));
        // No overflow on absurd amounts: the charge saturates.
        const auto huge = OverageCalculator::estimate(
            std::numeric_limits<qint64>::max(), 0,
            meteredPrice(std::numeric_limits<qint64>::max(), QStringLiteral("usd"), 1));
        QCOMPARE(huge.charge->minorUnits(), std::numeric_limits<qint64>::max());
    }

    void transformQuantityParsedFromStripeJson()
    {
        const QByteArray json =
            "{\"id\":\"price_sv_basic_overage_usd\",\"currency\":\"usd\",\"unit_amount\":1,"
            "\"recurring\":{\"interval\":\"month\",\"usage_type\":\"metered\"},"
            "\"transform_quantity\":{\"divide_by\":1000,\"round\":\"up\"},"
            "\"product\":{\"id\":\"prod_sv_basic\",\"name\":\"Basic\",\"metadata\":{\"plan\":\"basic\","
            "\"quota\":\"100000\"}}}";
        auto p = Plan::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().internalMessage));
        QCOMPARE(p->transformDivideBy, qint64(1000));
        QCOMPARE(p->transformRound, Plan::Rounding::Up);
        QCOMPARE(p->planKey(), QStringLiteral("basic"));
        QCOMPARE(p->quota(), std::optional<qint64>(100000));
        QCOMPARE(OverageCalculator::estimate(100'001, *p->quota(), *p).charge->minorUnits(), qint64(1));

        QByteArray bad = json;
        bad.replace("\"divide_by\":1000", "\"divide_by\":0");
        auto zero = Plan::fromJson(QJsonDocument::fromJson(bad).object());
        QVERIFY(!zero);
        QVERIFY(zero.error().internalMessage.contains(QLatin1String("divide_by")));
        bad = json;
        bad.replace("\"round\":\"up\"", "\"round\":\"sideways\"");
        auto sideways = Plan::fromJson(QJsonDocument::fromJson(bad).object());
        QVERIFY(!sideways);
        QVERIFY(sideways.error().internalMessage.contains(QLatin1String("round")));
        bad = json;
        bad.replace("{\"divide_by\":1000,\"round\":\"up\"}", "null");
        auto none = Plan::fromJson(QJsonDocument::fromJson(bad).object());
        QVERIFY(none);
        QCOMPARE(none->transformDivideBy, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOverageCalculator)
#include "TestOverageCalculator.moc"
