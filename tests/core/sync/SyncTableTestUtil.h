#pragma once

// Fixtures of the tests of sync's tables in the library file (AccountTable, SyncLedger, UsageOutbox).
#include "library/LibraryDatabase.h"
#include "sync/AccountTable.h"
#include "sync/SyncLedger.h"
#include "sync/UsageOutbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace sv::test {

/// Library files in a temporary folder: a new name for each call of next().
class LibraryFiles
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString next() { return m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_count)); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

inline ContentItem item(const QString& account, const QString& id, qint64 views = 0)
{
    ContentItem i;
    i.platform = Platform::YouTube;
    i.account = account;
    i.externalId = id;
    i.title = QStringLiteral("Video ") + id;
    i.publishedAt = QDateTime::fromSecsSinceEpoch(1700000000 + id.mid(1).toLongLong(), Qt::UTC);
    i.views = views;
    return i;
}

inline QList<ContentItem> items(const QString& account, int from, int to)
{
    QList<ContentItem> list;
    for (int n = from; n < to; ++n)
        list.append(item(account, QStringLiteral("v%1").arg(n)));
    return list;
}

inline LibraryAccount account(const QString& id)
{
    LibraryAccount a;
    a.platform = Platform::YouTube;
    a.accountId = id;
    a.displayName = QStringLiteral("Channel ") + id;
    a.handle = QStringLiteral("@") + id;
    a.avatarUrl = QStringLiteral("https://example.test/a.png");
    return a;
}

inline SyncBatch batch(const QString& accountId, QList<ContentItem> list, const QString& jobId)
{
    SyncBatch b;
    b.platform = Platform::YouTube;
    b.accountId = accountId;
    b.items = std::move(list);
    b.usageJobId = jobId;
    return b;
}

inline bool isUuid(const QString& key)
{
    return !QUuid::fromString(key).isNull();
}

inline qint64 scalar(LibraryDatabase& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace sv::test
