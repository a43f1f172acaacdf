#include "backend/BackendClient.h"
#include "billing/BillingModels.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sv;

namespace {
QJsonValue json(const char* text)
{
    const QByteArray wrapped = QByteArray("[") + text + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}
} // namespace

/// Typed decoders of the backend's data: a bad field rejects the whole value with its JSON path.
class TestBillingModels : public QObject
{
    Q_OBJECT
private slots:
    void subscriptionSettings()
    {
        auto s = SubscriptionSettings::fromJson(
            json("{\"user_id\":\"u1\",\"plan\":\"basic\",\"status\":\"active\",\"quota\":100000,\"used\":"
                 "100250,"
                 "\"period_start\":\"2026-11-01T00:00:00Z\",\"period_end\":\"2026-12-01T00:00:00+00:00\","
                 "\"stripe_customer_id\":\"cus_1\",\"stripe_subscription_id\":null,\"cancel_at_period_end\":"
                 "true,"
                 "\"updated_at\":\"2026-11-20 10:00:00.123456+00\"}")
                .toObject());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().internalMessage));
        QCOMPARE(s->plan, QStringLiteral("basic"));
        QCOMPARE(s->overage(), 250);
        QCOMPARE(s->periodEnd->date(), QDate(2026, 12, 1));
        QVERIFY(s->stripeSubscriptionId.isEmpty());
        QVERIFY(s->cancelAtPeriodEnd);
        QVERIFY(s->updatedAt.has_value());
        QCOMPARE(s->updatedAt->time().hour(), 10);

        auto wrong = SubscriptionSettings::fromJson(
            json("{\"user_id\":\"u1\",\"plan\":\"basic\",\"quota\":\"lots\"}").toObject());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(wrong.error().internalMessage.contains(QLatin1String("$.quota")));
        QVERIFY(!SubscriptionSettings::fromJson(json("{\"user_id\":\"u1\"}").toObject()));
        QVERIFY(!SubscriptionSettings::fromJson(
            json("{\"user_id\":\"u1\",\"plan\":\"free\",\"period_end\":\"yesterday\"}").toObject()));
    }

    void usageHistoryList()
    {
        auto rows = UsageHistoryRow::listFromJson(
            json("[{\"id\":1,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":\"youtube\",\"units\":12},"
                 "{\"id\":2,\"user_id\":\"u\",\"day\":\"2026-11-25\",\"platform\":\"tiktok\",\"units\":3,"
                 "\"created_at\":\"2026-11-25T08:00:00Z\"}]"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).day, QDate(2026, 11, 25));
        QCOMPARE(rows->at(0).platform, Platform::YouTube);
        QCOMPARE(rows->at(1).platform, Platform::TikTok);
        // One bad row fails the list and is named by index.
        auto bad = UsageHistoryRow::listFromJson(json(
            "[{\"id\":1,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":\"youtube\",\"units\":1},"
            "{\"id\":2,\"user_id\":\"u\",\"day\":\"2026-13-45\",\"platform\":\"youtube\",\"units\":1}]"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().internalMessage.contains(QLatin1String("$[1]")),
                 qPrintable(bad.error().internalMessage));
        // A platform this version does not know: one row is an error naming it, a list leaves it out.
        auto unknown = UsageHistoryRow::fromJson(
            json("{\"id\":3,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":\"myspace\",\"units\":4}")
                .toObject());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(unknown.error().internalMessage.contains(QLatin1String("$.platform")) &&
                     unknown.error().internalMessage.contains(QLatin1String("myspace")),
                 qPrintable(unknown.error().internalMessage));
        auto mixed = UsageHistoryRow::listFromJson(json(
            "[{\"id\":1,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":\"myspace\",\"units\":4},"
            "{\"id\":2,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":\"instagram\",\"units\":5}]"));
        QVERIFY(mixed);
        QCOMPARE(mixed->size(), 1);
        QCOMPARE(mixed->at(0).platform, Platform::Instagram);
        QCOMPARE(mixed->at(0).units, 5);
        // A platform that is not a string stays an error of the whole list.
        QVERIFY(!UsageHistoryRow::listFromJson(
            json("[{\"id\":1,\"user_id\":\"u\",\"day\":\"2026-11-24\",\"platform\":7,\"units\":4}]")));
        QVERIFY(!UsageHistoryRow::listFromJson(json("{\"rows\":5}")));
        QVERIFY(!UsageHistoryRow::listFromJson(json("\"nope\"")));
    }

    void plansFromStripePrices()
    {
        const char* list =
            "{\"object\":\"list\",\"data\":["
            "{\"id\":\"price_b_m\",\"currency\":\"usd\",\"unit_amount\":999,\"active\":true,\"lookup_key\":"
            "\"basic_monthly\","
            "\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"licensed\"},"
            "\"product\":{\"id\":\"prod_b\",\"name\":\"Basic\",\"description\":\"d\",\"metadata\":{\"quota\":"
            "\"100000\"}}},"
            "{\"id\":\"price_b_o\",\"currency\":\"usd\",\"unit_amount\":1500,"
            "\"recurring\":{\"interval\":\"month\",\"usage_type\":\"metered\"},\"product\":\"prod_b\"},"
            "{\"id\":\"price_jpy\",\"currency\":\"JPY\",\"unit_amount\":1000,\"recurring\":null,"
            "\"product\":{\"id\":\"prod_p\",\"name\":\"Premium\"}}]}";
        auto plans = Plan::listFromJson(json(list));
        QVERIFY2(plans, qPrintable(plans ? QString() : plans.error().internalMessage));
        QCOMPARE(plans->size(), 3);
        const Plan& basic = plans->at(0);
        QCOMPARE(basic.productName, QStringLiteral("Basic"));
        QCOMPARE(basic.interval, Plan::Interval::Month);
        QCOMPARE(basic.productMetadata.value(QStringLiteral("quota")), QStringLiteral("100000"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(basic.formattedAmount(us), QStringLiteral("$9.99"));
        QCOMPARE(plans->at(1).usageType, Plan::UsageType::Metered);
        QCOMPARE(plans->at(1).productId, QStringLiteral("prod_b"));
        // Zero-decimal currency: 1000 means ¥1,000, not ¥10.00.
        QCOMPARE(plans->at(2).currency, QStringLiteral("jpy"));
        QCOMPARE(plans->at(2).interval, Plan::Interval::OneTime);
        QCOMPARE(currencyExponent(QStringLiteral("JPY")), 0);
        QVERIFY(plans->at(2).formattedAmount(us).contains(QLatin1String("1,000")));
        QVERIFY(!plans->at(2).formattedAmount(us).contains(QLatin1String("10.00")));

        auto badInterval = Plan::fromJson(
            json("{\"id\":\"p\",\"currency\":\"usd\",\"recurring\":{\"interval\":\"fortnight\"},"
                 "\"product\":\"x\"}")
                .toObject());
        QVERIFY(!badInterval);
        QVERIFY(badInterval.error().internalMessage.contains(QLatin1String("$.recurring.interval")));
        auto badProduct = Plan::fromJson(
            json("{\"id\":\"p\",\"currency\":\"usd\",\"product\":{\"id\":\"x\",\"name\":5}}").toObject());
        QVERIFY(!badProduct);
        QVERIFY(badProduct.error().internalMessage.contains(QLatin1String("$.product.name")));
        QVERIFY(!Plan::fromJson(
            json("{\"id\":\"p\",\"currency\":\"usd\",\"unit_amount\":-5,\"product\":\"x\"}").toObject()));
    }

    void invoices()
    {
        auto list = Invoice::listFromJson(
            json("{\"data\":[{\"id\":\"in_1\",\"number\":\"SV-0001\",\"status\":\"paid\",\"amount_due\":2999,"
                 "\"amount_paid\":2999,\"currency\":\"eur\",\"created\":1764000000,\"hosted_invoice_url\":"
                 "\"https://x/i\","
                 "\"invoice_pdf\":null}]}"));
        QVERIFY2(list, qPrintable(list ? QString() : list.error().internalMessage));
        QCOMPARE(list->first().status, Invoice::Status::Paid);
        QCOMPARE(list->first().created, QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC));
        QVERIFY(list->first().invoicePdf.isEmpty());
        auto unknown = Invoice::fromJson(
            json("{\"id\":\"in\",\"status\":\"refunded\",\"amount_due\":1,\"currency\":\"usd\","
                 "\"created\":1}")
                .toObject());
        QVERIFY(!unknown);
        QVERIFY(unknown.error().internalMessage.contains(QLatin1String("refunded")));
        auto fractional = Invoice::fromJson(
            json("{\"id\":\"in\",\"status\":\"open\",\"amount_due\":1.5,\"currency\":\"usd\","
                 "\"created\":1}")
                .toObject());
        QVERIFY(!fractional);
        QVERIFY(fractional.error().internalMessage.contains(QLatin1String("$.amount_due")));
    }

    void quotedServerTextIsCutBetweenCharacters_data()
    {
        QTest::addColumn<int>("before");
        // A ZWJ family (8 UTF-16 units) across each limit: 30 characters of an invoice status, 500 of an
        // API message; placed so that a cut by UTF-16 units lands inside it.
        QTest::newRow("status, cut in the first surrogate pair") << 29;
        QTest::newRow("status, cut after the first emoji") << 28;
        QTest::newRow("message, cut in the first surrogate pair") << 499;
        QTest::newRow("message, cut after the first emoji") << 498;
    }

    void quotedServerTextIsCutBetweenCharacters()
    {
        // Server text quoted into a message is shortened; the cut never splits a character (half a
        // surrogate pair prints as "?", half a ZWJ sequence as another emoji).
        QFETCH(int, before);
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        const QString value = QString(before, QLatin1Char('s')) + family + QStringLiteral("tail");
        QString message;
        if (before < 100) {
            auto invoice = Invoice::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("in")},
                                                         {QStringLiteral("status"), value},
                                                         {QStringLiteral("amount_due"), 1},
                                                         {QStringLiteral("currency"), QStringLiteral("usd")},
                                                         {QStringLiteral("created"), 1}});
            QVERIFY(!invoice);
            message = invoice.error().internalMessage;
        } else {
            const ApiError error = ApiError::fromHttpStatus(
                400, QJsonDocument(QJsonObject{{QStringLiteral("message"), value},
                                               {QStringLiteral("error_code"), QStringLiteral("x")}})
                         .toJson());
            message = error.apiMessage;
        }
        QVERIFY2(message.contains(QString(before, QLatin1Char('s'))), qPrintable(message));
        const QString broken = test::brokenCharacter(message, family);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    void sessionDecoding()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        auto withIn = Session::fromJson(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":"
                                             "3600,\"user\":{\"id\":\"u\",\"email\":\"e@x\"}}")
                                            .toObject(),
                                        now);
        QVERIFY(withIn);
        QCOMPARE(withIn->expiresAt, now.addSecs(3600));
        QVERIFY(!withIn->isExpired(now.addSecs(3000)));
        QVERIFY(withIn->isExpired(now.addSecs(3000), std::chrono::seconds(700)));
        auto withAt = Session::fromJson(json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_at\":"
                                             "1764072000,\"expires_in\":5,\"user\":{\"id\":\"u\"}}")
                                            .toObject(),
                                        now);
        QCOMPARE(withAt->expiresAt, QDateTime::fromSecsSinceEpoch(1764072000, Qt::UTC));
        QVERIFY(!Session::fromJson(
            json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"user\":{\"id\":\"u\"}}").toObject(),
            now));
        QVERIFY(!Session::fromJson(
            json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":1}").toObject(), now));
    }

    void contentRangeAndQueries()
    {
        qint64 a = 0, b = 0;
        std::optional<qint64> total;
        QVERIFY(parseContentRange("0-49/1234", &a, &b, &total));
        QCOMPARE(a, 0);
        QCOMPARE(b, 49);
        QCOMPARE(total, std::optional<qint64>(1234));
        QVERIFY(parseContentRange("*/0", &a, &b, &total));
        QCOMPARE(a, -1);
        QCOMPARE(total, std::optional<qint64>(0));
        QVERIFY(parseContentRange("0-9/*", &a, &b, &total));
        QVERIFY(!total.has_value());
        QVERIFY(!parseContentRange("garbage", &a, &b, &total));
        QVERIFY(!parseContentRange("9-0/10", &a, &b, &total));
        QVERIFY(!parseContentRange("0-9/-1", &a, &b, &total));

        RestQuery q(QStringLiteral("quota_usage_history"), QStringLiteral("id,units"));
        q.eq(QStringLiteral("platform"), QStringLiteral("you&tube"))
            .in(QStringLiteral("day"), {QStringLiteral("a,b"), QStringLiteral("c")})
            .order(QStringLiteral("day"), false)
            .range(50, 99);
        QCOMPARE(q.queryString(),
                 QStringLiteral(
                     "select=id%2Cunits&platform=eq.you%26tube&day=in.%28%22a%2Cb%22%2Cc%29&order=day.desc"
                     "&limit=50&offset=50"));
    }
};

QTEST_GUILESS_MAIN(TestBillingModels)
#include "TestBillingModels.moc"
