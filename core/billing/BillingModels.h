#pragma once

#include "backend/ApiError.h"

#include "Platform.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace sv {

/// A row of the backend's subscription_settings table (the user's plan, quota and Stripe references).
/// user_id and plan are required; other columns are optional but type-checked.
struct SubscriptionSettings
{
    QString userId;
    QString plan;     ///< "free", "basic", "premium"...
    QString status;   ///< Stripe subscription status ("active", "past_due", ...); empty on free
    qint64 quota = 0; ///< API units included per period
    qint64 used = 0;  ///< used in the current period
    std::optional<QDateTime> periodStart;
    std::optional<QDateTime> periodEnd;
    QString stripeCustomerId;
    QString stripeSubscriptionId;
    bool cancelAtPeriodEnd = false;
    std::optional<QDateTime> updatedAt;

    qint64 overage() const { return used > quota ? used - quota : 0; }
    static Result<SubscriptionSettings, ApiError> fromJson(const QJsonObject& row);
};

/// Whether a purchase or a plan switch shows between two reads (not `used` or `updated_at`: a sync running
/// meanwhile changes those without any purchase).
bool planChanged(const SubscriptionSettings& before, const SubscriptionSettings& after);
/// planChanged, or a cancellation scheduled or undone, or another Stripe status (what the portal can change).
bool subscriptionDiffers(const SubscriptionSettings& before, const SubscriptionSettings& after);

/// A row of quota_usage_history (units used per platform and day).
struct UsageHistoryRow
{
    qint64 id = 0;
    QString userId;
    QDate day;
    Platform platform = Platform::YouTube; ///< sent as its id: "youtube", "instagram", "tiktok"
    qint64 units = 0;
    std::optional<QDateTime> createdAt;

    /// A platform id this version does not know is an error (BadResponse naming the value).
    static Result<UsageHistoryRow, ApiError> fromJson(const QJsonObject& row);
    /// A PostgREST array of rows; any bad row fails the whole list (named by index). Rows of a platform
    /// this version does not know (one the backend added later) are left out, with a log line: the
    /// others are still shown.
    static Result<QList<UsageHistoryRow>, ApiError> listFromJson(const QJsonValue& rows);
};

/// A Stripe price with its expanded product (what list-plans returns): one purchasable plan.
struct Plan
{
    enum class Interval { OneTime, Day, Week, Month, Year };
    enum class UsageType { Licensed, Metered };
    /// Stripe's transform_quantity.round: how a divided quantity is rounded before it is billed.
    enum class Rounding { Up, Down };

    QString priceId;
    QString productId;
    QString productName;
    QString productDescription;
    QHash<QString, QString> productMetadata;
    std::optional<qint64> unitAmount; ///< minor units (none for zero-decimal currencies); absent for tiered
    QString currency;                 ///< lower-case ISO 4217, as Stripe sends it
    Interval interval = Interval::OneTime;
    int intervalCount = 1;
    UsageType usageType = UsageType::Licensed;
    bool active = true;
    QString lookupKey;
    QString nickname;
    /// transform_quantity: the billed quantity is the reported quantity divided by this (1 = none),
    /// rounded per `transformRound` (metered overage prices: per 1,000 units, rounded up).
    qint64 transformDivideBy = 1;
    Rounding transformRound = Rounding::Up;

    /// The product's metadata.plan ("free", "basic", "premium"); the product name lower-cased if absent.
    QString planKey() const;
    /// The product's metadata.quota (API units per period), if present and numeric.
    std::optional<qint64> quota() const;
    bool isMetered() const { return usageType == UsageType::Metered; }

    /// "€9.99", "¥1,000" in `locale` (zero-decimal currencies have no minor units).
    QString formattedAmount(const QLocale& locale = QLocale()) const;
    static Result<Plan, ApiError> fromJson(const QJsonObject& price);
    /// Accepts a bare array, a Stripe list {"object":"list","data":[...]} or {"plans":[...]}.
    static Result<QList<Plan>, ApiError> listFromJson(const QJsonValue& value);
};

/// A Stripe invoice (never cached: always fetched fresh through the backend).
struct Invoice
{
    enum class Status { Draft, Open, Paid, Void, Uncollectible };

    QString id;
    QString number;
    Status status = Status::Draft;
    qint64 amountDue = 0;  ///< minor units
    qint64 amountPaid = 0; ///< minor units
    QString currency;
    QDateTime created;
    QString hostedInvoiceUrl;
    QString invoicePdf;

    QString formattedAmountDue(const QLocale& locale = QLocale()) const;
    static Result<Invoice, ApiError> fromJson(const QJsonObject& invoice);
    static Result<QList<Invoice>, ApiError> listFromJson(const QJsonValue& value);
};

/// Number of minor-unit digits of a currency (0 for JPY, KRW...; 3 for BHD, KWD...; else 2).
int currencyExponent(const QString& currency);
/// A minor-unit amount formatted with the currency symbol in `locale` (see sv::Money::format).
QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());

} // namespace sv
