#include "billing/BillingModels.h"

#include "backend/Json.h"
#include "billing/Money.h"
#include "text/Graphemes.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace sv {

Q_DECLARE_LOGGING_CATEGORY(lcBilling)

namespace {

/// Decodes every object of `array` with T::fromJson; objects `skip` accepts are left out.
template <typename T>
Result<QList<T>, ApiError> decodeList(const QJsonArray& array, const QString& path,
                                      bool (*skip)(const QJsonObject&) = nullptr)
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject() && skip && skip(item.toObject()))
            continue;
        if (!item.isObject()) {
            return ApiError::make(ApiError::Kind::BadResponse,
                                  QStringLiteral("%1[%2]: expected an object, got %3")
                                      .arg(path)
                                      .arg(i)
                                      .arg(jsonTypeName(item)));
        }
        auto decoded = T::fromJson(item.toObject());
        if (!decoded) {
            ApiError e = decoded.error();
            e.internalMessage = QStringLiteral("%1[%2]: %3").arg(path).arg(i).arg(e.internalMessage);
            return e;
        }
        out.append(std::move(decoded.value()));
    }
    return out;
}

/// The array of a list answer: [..], {"data": [..]} or {"<alt>": [..]}.
Result<QJsonArray, ApiError> listArray(const QJsonValue& value, const QString& alternativeKey)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString& key : {QStringLiteral("data"), alternativeKey}) {
            const QJsonValue v = o.value(key);
            if (v.isArray())
                return v.toArray();
            if (!v.isUndefined()) {
                return ApiError::make(
                    ApiError::Kind::BadResponse,
                    QStringLiteral("$.%1: expected an array, got %2").arg(key, jsonTypeName(v)));
            }
        }
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QStringLiteral("$: expected a list (\"data\" or \"%1\" array)").arg(alternativeKey));
    }
    return ApiError::make(ApiError::Kind::BadResponse,
                          QStringLiteral("$: expected a list, got %1").arg(jsonTypeName(value)));
}

} // namespace

int currencyExponent(const QString& currency)
{
    return Money::exponentOf(currency);
}

QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    return Money(minorUnits, currency).format(locale);
}

// ---------------------------------------------------------------- SubscriptionSettings

Result<SubscriptionSettings, ApiError> SubscriptionSettings::fromJson(const QJsonObject& row)
{
    JsonReader r(row);
    SubscriptionSettings s;
    s.userId = r.requireString(QStringLiteral("user_id"));
    s.plan = r.requireString(QStringLiteral("plan"));
    s.status = r.optionalString(QStringLiteral("status")).value_or(QString());
    s.quota = r.optionalInt(QStringLiteral("quota")).value_or(0);
    s.used = r.optionalInt(QStringLiteral("used")).value_or(0);
    s.periodStart = r.optionalTimestamp(QStringLiteral("period_start"));
    s.periodEnd = r.optionalTimestamp(QStringLiteral("period_end"));
    s.stripeCustomerId = r.optionalString(QStringLiteral("stripe_customer_id")).value_or(QString());
    s.stripeSubscriptionId = r.optionalString(QStringLiteral("stripe_subscription_id")).value_or(QString());
    s.cancelAtPeriodEnd = r.optionalBool(QStringLiteral("cancel_at_period_end")).value_or(false);
    s.updatedAt = r.optionalTimestamp(QStringLiteral("updated_at"));
    if (r.ok() && (s.quota < 0 || s.used < 0))
        r.fail(QStringLiteral("quota"), QStringLiteral("negative quota or usage"));
    if (auto e = r.error())
        return *e;
    return s;
}

// ---------------------------------------------------------------- UsageHistoryRow

Result<UsageHistoryRow, ApiError> UsageHistoryRow::fromJson(const QJsonObject& row)
{
    JsonReader r(row);
    UsageHistoryRow u;
    u.id = r.requireInt(QStringLiteral("id"));
    u.userId = r.requireString(QStringLiteral("user_id"));
    const QString day = r.requireString(QStringLiteral("day"));
    const QString platform = r.requireString(QStringLiteral("platform"));
    u.units = r.requireInt(QStringLiteral("units"));
    u.createdAt = r.optionalTimestamp(QStringLiteral("created_at"));
    if (r.ok()) {
        u.day = QDate::fromString(day.left(10), Qt::ISODate);
        if (!u.day.isValid())
            r.fail(QStringLiteral("day"),
                   QStringLiteral("expected a date (YYYY-MM-DD), got \"%1\"").arg(Graphemes::elide(day, 30)));
    }
    if (r.ok()) {
        if (const auto known = platformFromId(platform))
            u.platform = *known;
        else
            r.fail(QStringLiteral("platform"),
                   QStringLiteral("unknown platform \"%1\"").arg(Graphemes::elide(platform, 30)));
    }
    if (auto e = r.error())
        return *e;
    return u;
}

namespace {

/// A row whose platform is a string this version does not know (a platform the backend added later).
bool ofUnknownPlatform(const QJsonObject& row)
{
    const QJsonValue platform = row.value(QLatin1String("platform"));
    if (!platform.isString() || platformFromId(platform.toString()))
        return false;
    qCInfo(lcBilling) << "usage history: a row of an unknown platform is left out:"
                      << Graphemes::elide(platform.toString(), 30);
    return true;
}

} // namespace

Result<QList<UsageHistoryRow>, ApiError> UsageHistoryRow::listFromJson(const QJsonValue& rows)
{
    auto array = listArray(rows, QStringLiteral("rows"));
    if (!array)
        return array.error();
    return decodeList<UsageHistoryRow>(array.value(), QStringLiteral("$"), &ofUnknownPlatform);
}

// ---------------------------------------------------------------- Plan

Result<Plan, ApiError> Plan::fromJson(const QJsonObject& price)
{
    JsonReader r(price);
    Plan p;
    p.priceId = r.requireString(QStringLiteral("id"));
    p.currency = r.requireString(QStringLiteral("currency")).toLower();
    p.unitAmount = r.optionalInt(QStringLiteral("unit_amount"));
    p.active = r.optionalBool(QStringLiteral("active")).value_or(true);
    p.lookupKey = r.optionalString(QStringLiteral("lookup_key")).value_or(QString());
    p.nickname = r.optionalString(QStringLiteral("nickname")).value_or(QString());
    if (auto recurring = r.optionalObject(QStringLiteral("recurring"))) {
        const QString interval = recurring->requireString(QStringLiteral("interval"));
        p.intervalCount =
            static_cast<int>(recurring->optionalInt(QStringLiteral("interval_count")).value_or(1));
        const QString usage =
            recurring->optionalString(QStringLiteral("usage_type")).value_or(QStringLiteral("licensed"));
        if (recurring->ok()) {
            if (interval == QLatin1String("day"))
                p.interval = Interval::Day;
            else if (interval == QLatin1String("week"))
                p.interval = Interval::Week;
            else if (interval == QLatin1String("month"))
                p.interval = Interval::Month;
            else if (interval == QLatin1String("year"))
                p.interval = Interval::Year;
            else
                recurring->fail(QStringLiteral("interval"),
                                QStringLiteral("unknown interval \"%1\"").arg(interval));
            if (usage == QLatin1String("metered"))
                p.usageType = UsageType::Metered;
            else if (usage != QLatin1String("licensed"))
                recurring->fail(QStringLiteral("usage_type"),
                                QStringLiteral("unknown usage type \"%1\"").arg(usage));
        }
        r.merge(*recurring);
    }
    if (auto transform = r.optionalObject(QStringLiteral("transform_quantity"))) {
        p.transformDivideBy = transform->requireInt(QStringLiteral("divide_by"));
        const QString round =
            transform->optionalString(QStringLiteral("round")).value_or(QStringLiteral("up"));
        if (transform->ok()) {
            if (p.transformDivideBy < 1)
                transform->fail(QStringLiteral("divide_by"), QStringLiteral("must be at least 1"));
            else if (round == QLatin1String("down"))
                p.transformRound = Rounding::Down;
            else if (round != QLatin1String("up"))
                transform->fail(QStringLiteral("round"),
                                QStringLiteral("unknown rounding \"%1\"").arg(Graphemes::elide(round, 30)));
        }
        r.merge(*transform);
    }
    const QJsonValue product = price.value(QLatin1String("product"));
    if (product.isString()) {
        p.productId = product.toString(); // not expanded: the caller asked without expand[]=data.product
    } else if (product.isObject()) {
        JsonReader pr = r.requireObject(QStringLiteral("product"));
        p.productId = pr.requireString(QStringLiteral("id"));
        p.productName = pr.requireString(QStringLiteral("name"));
        p.productDescription = pr.optionalString(QStringLiteral("description")).value_or(QString());
        if (auto meta = pr.optionalObject(QStringLiteral("metadata"))) {
            const QJsonObject m = meta->object();
            for (auto it = m.begin(); it != m.end(); ++it) {
                if (!it.value().isString()) {
                    meta->fail(it.key(), QStringLiteral("metadata values must be strings"));
                    break;
                }
                p.productMetadata.insert(it.key(), it.value().toString());
            }
            pr.merge(*meta);
        }
        r.merge(pr);
    } else {
        r.fail(QStringLiteral("product"),
               QStringLiteral("expected a product id or object, got %1").arg(jsonTypeName(product)));
    }
    if (r.ok() && p.unitAmount && *p.unitAmount < 0)
        r.fail(QStringLiteral("unit_amount"), QStringLiteral("negative amount"));
    if (r.ok() && p.currency.size() != 3)
        r.fail(QStringLiteral("currency"), QStringLiteral("not an ISO 4217 code"));
    if (auto e = r.error())
        return *e;
    return p;
}

Result<QList<Plan>, ApiError> Plan::listFromJson(const QJsonValue& value)
{
    auto array = listArray(value, QStringLiteral("plans"));
    if (!array)
        return array.error();
    return decodeList<Plan>(array.value(), QStringLiteral("$.data"));
}

QString Plan::planKey() const
{
    const QString key = productMetadata.value(QStringLiteral("plan"));
    return key.isEmpty() ? productName.toLower() : key;
}

std::optional<qint64> Plan::quota() const
{
    bool ok = false;
    const qint64 q = productMetadata.value(QStringLiteral("quota")).toLongLong(&ok);
    if (!ok || q < 0)
        return std::nullopt;
    return q;
}

QString Plan::formattedAmount(const QLocale& locale) const
{
    if (!unitAmount)
        return {};
    return formatMoney(*unitAmount, currency, locale);
}

// ---------------------------------------------------------------- Invoice

Result<Invoice, ApiError> Invoice::fromJson(const QJsonObject& invoice)
{
    JsonReader r(invoice);
    Invoice inv;
    inv.id = r.requireString(QStringLiteral("id"));
    inv.number = r.optionalString(QStringLiteral("number")).value_or(QString());
    const QString status = r.requireString(QStringLiteral("status"));
    inv.amountDue = r.requireInt(QStringLiteral("amount_due"));
    inv.amountPaid = r.optionalInt(QStringLiteral("amount_paid")).value_or(0);
    inv.currency = r.requireString(QStringLiteral("currency")).toLower();
    inv.created = r.requireUnixSeconds(QStringLiteral("created"));
    inv.hostedInvoiceUrl = r.optionalString(QStringLiteral("hosted_invoice_url")).value_or(QString());
    inv.invoicePdf = r.optionalString(QStringLiteral("invoice_pdf")).value_or(QString());
    if (r.ok()) {
        if (status == QLatin1String("draft"))
            inv.status = Status::Draft;
        else if (status == QLatin1String("open"))
            inv.status = Status::Open;
        else if (status == QLatin1String("paid"))
            inv.status = Status::Paid;
        else if (status == QLatin1String("void"))
            inv.status = Status::Void;
        else if (status == QLatin1String("uncollectible"))
            inv.status = Status::Uncollectible;
        else
            r.fail(QStringLiteral("status"),
                   QStringLiteral("unknown invoice status \"%1\"").arg(Graphemes::elide(status, 30)));
    }
    if (auto e = r.error())
        return *e;
    return inv;
}

Result<QList<Invoice>, ApiError> Invoice::listFromJson(const QJsonValue& value)
{
    auto array = listArray(value, QStringLiteral("invoices"));
    if (!array)
        return array.error();
    return decodeList<Invoice>(array.value(), QStringLiteral("$.data"));
}

QString Invoice::formattedAmountDue(const QLocale& locale) const
{
    return formatMoney(amountDue, currency, locale);
}

bool planChanged(const SubscriptionSettings& before, const SubscriptionSettings& after)
{
    return before.plan != after.plan || before.quota != after.quota ||
           before.stripeSubscriptionId != after.stripeSubscriptionId;
}

bool subscriptionDiffers(const SubscriptionSettings& before, const SubscriptionSettings& after)
{
    return planChanged(before, after) || before.cancelAtPeriodEnd != after.cancelAtPeriodEnd ||
           before.status != after.status;
}

} // namespace sv
