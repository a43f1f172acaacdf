#pragma once

#include "backend/ApiError.h"

#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

namespace sv {

class AccountStore;
class BackendClient;

/// The signed-in user's quota (subscription_settings, or increment_usage's answer).
struct QuotaStatus
{
    QString plan;
    qint64 quota = 0;
    qint64 used = 0;
    QDateTime periodEnd;

    qint64 remaining() const { return qMax<qint64>(0, quota - used); }
    qint64 overage() const { return qMax<qint64>(0, used - quota); }
    bool isOver() const { return quota > 0 && used >= quota; }
};

/// What flush() sent.
struct UsageReport
{
    int reports = 0;         ///< increment_usage calls that succeeded
    qint64 units = 0;        ///< units they carried
    qint64 unitsPending = 0; ///< units left in the outbox (a report failed; retried by the next flush)
    std::optional<QuotaStatus> quota; ///< the backend's answer to the last report
    std::optional<ApiError> error;    ///< the first failure, if any
};

/// The seed's usage flow on the desktop: check the quota first (going over is allowed and billed as
/// overage), do the work, then report it. Reports come from the library's usage_outbox, written in the same
/// transaction as the items they count, and go to the backend's `increment_usage` RPC with the row's
/// idempotency key (made when the row was inserted, never reused), so a report retried after a crash or a
/// lost answer is never counted twice. A row is deleted only after the backend confirmed it; a failed report
/// (error, 5xx, timeout, 401) stays and is sent again, under the same key, by the next flush. Flushes may
/// run at once, in this process or in others on the same profile: they may send the same sealed rows, which
/// the backend counts once.
class UsageReporter : public QObject
{
    Q_OBJECT
public:
    UsageReporter(AccountStore* store, BackendClient* backend, QObject* parent = nullptr);

    /// subscription_settings of the signed-in user.
    QCoro::Task<Result<QuotaStatus, ApiError>> checkQuota();
    /// Seals the outbox's open rows and sends every sealed row; stops at the first failure (that row and
    /// the rest stay for the next flush).
    QCoro::Task<UsageReport> flush();
    /// The translated notice shown when a sync starts over the quota.
    static QString overageNotice(const QuotaStatus& quota);

Q_SIGNALS:
    void usageReported(qint64 units, const sv::QuotaStatus& quota);

private:
    AccountStore* m_store;
    BackendClient* m_backend;
};

} // namespace sv

Q_DECLARE_METATYPE(sv::QuotaStatus)
