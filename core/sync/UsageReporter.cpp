#include "sync/UsageReporter.h"

#include "backend/BackendClient.h"
#include "sync/AccountStore.h"
#include "sync/UsageOutbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUsage, "sv.sync.usage")

namespace sv {

namespace {

QuotaStatus quotaFromJson(const QJsonObject& o)
{
    QuotaStatus q;
    q.plan = o.value(QStringLiteral("plan")).toString();
    q.quota = o.value(QStringLiteral("quota")).toInteger();
    q.used = o.value(QStringLiteral("used")).toInteger();
    q.periodEnd = QDateTime::fromString(o.value(QStringLiteral("period_end")).toString(), Qt::ISODateWithMs);
    return q;
}

} // namespace

UsageReporter::UsageReporter(AccountStore* store, BackendClient* backend, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_backend(backend)
{
}

QString UsageReporter::overageNotice(const QuotaStatus& quota)
{
    return QCoreApplication::translate("sv::UsageReporter",
                                       "Your %1 plan's quota of %2 items is used up (%3 used). The sync "
                                       "continues; items beyond the quota are billed as overage.")
        .arg(quota.plan.isEmpty() ? QCoreApplication::translate("sv::UsageReporter", "current") : quota.plan)
        .arg(quota.quota)
        .arg(quota.used);
}

QCoro::Task<Result<QuotaStatus, ApiError>> UsageReporter::checkQuota()
{
    RestQuery query(QStringLiteral("subscription_settings"), QStringLiteral("plan,quota,used,period_end"));
    query.limit(1);
    const auto result = co_await m_backend->select(query);
    if (!result)
        co_return result.error();
    if (result->rows.isEmpty() || !result->rows.first().isObject())
        co_return ApiError::make(ApiError::Kind::BadResponse,
                                 QStringLiteral("subscription_settings: no row for the signed-in user"));
    co_return quotaFromJson(result->rows.first().toObject());
}

QCoro::Task<UsageReport> UsageReporter::flush()
{
    UsageReport report;
    const auto rows = co_await m_store->onLibrary(&UsageOutbox::take);
    if (!rows) {
        ApiError e = ApiError::make(ApiError::Kind::BadResponse, rows.error().message);
        report.error = e;
        co_return report;
    }
    for (const UsageOutboxEntry& row : rows.value()) {
        if (report.error) {
            report.unitsPending += row.units;
            continue;
        }
        const QJsonObject args{{QStringLiteral("p_units"), row.units},
                               {QStringLiteral("p_platform"), platformId(row.platform)},
                               {QStringLiteral("p_idempotency_key"), row.idempotencyKey}};
        // Safe to retry: the backend counts each idempotency key once.
        const QString name = QStringLiteral("increment_usage");
        const auto sent = co_await m_backend->rpc(name, args, true);
        if (!sent) {
            qCWarning(lcUsage) << "usage report failed:" << sent.error().logString();
            report.error = sent.error();
            report.unitsPending += row.units;
            continue;
        }
        report.reports += 1;
        report.units += row.units;
        if (sent->isObject())
            report.quota = quotaFromJson(sent->toObject());
        const auto removed = co_await m_store->onLibrary(&UsageOutbox::remove, row.idempotencyKey);
        if (!removed) {
            // Counted by the backend but still in the outbox: the next flush resends the same key,
            // which the backend ignores.
            qCWarning(lcUsage) << "could not remove a reported usage row:" << removed.error().message;
        }
    }
    if (report.units > 0 && report.quota)
        Q_EMIT usageReported(report.units, *report.quota);
    co_return report;
}

} // namespace sv
