#pragma once

#include "library/LibraryDatabase.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

namespace sv::test {

inline ContentItem makeItem(const QString& externalId, const QString& title, const QString& description = {},
                            Platform platform = Platform::YouTube,
                            const QString& account = QStringLiteral("acc"))
{
    ContentItem item;
    item.platform = platform;
    item.account = account;
    item.externalId = externalId;
    item.title = title;
    item.description = description;
    item.url = QStringLiteral("https://example.com/") + externalId;
    item.thumbnailUrl = QStringLiteral("https://img.example.com/") + externalId + QStringLiteral(".jpg");
    item.kind = QStringLiteral("video");
    item.publishedAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    item.durationS = 60;
    item.views = 100;
    item.likes = 10;
    item.comments = 1;
    return item;
}

/// Runs SQL (several statements) on a file through the SQLite C API, independently of the library.
inline bool execSqlite(const QString& path, const QByteArray& sql, QString* error = nullptr)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(msg);
    sqlite3_free(msg);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

/// One integer from a query run through the SQLite C API.
inline qint64 sqliteScalar(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/// Overwrites 16 KiB in the middle of a (closed) library file of more than 64 KiB, so that it fails
/// PRAGMA quick_check; returns the damaged bytes, empty on failure.
inline QByteArray damageMiddle(const QString& path)
{
    QByteArray data = readAll(path);
    if (data.size() <= 64 * 1024)
        return {};
    const qsizetype middle = (data.size() / 2) & ~qsizetype(4095);
    for (qsizetype i = 0; i < 16 * 1024; ++i)
        data[middle + i] = char((i * 131 + 7) & 0xFF);
    return writeAll(path, data) ? data : QByteArray();
}

inline QStringList externalIds(const QList<ContentItem>& items)
{
    QStringList ids;
    for (const ContentItem& item : items)
        ids.append(item.externalId);
    return ids;
}

} // namespace sv::test
