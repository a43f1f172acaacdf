#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sv {

/// The library file's schema, as an ordered list of migrations. The file's PRAGMA user_version is
/// the version of the last migration applied; opening a file applies the missing ones in order,
/// each in its own transaction. A published migration is never edited: a change is a new one.
class LibrarySchema
{
public:
    struct Migration
    {
        int version;            ///< user_version after this migration.
        QString summary;        ///< For logs and docs.
        QStringList statements; ///< Executed in order inside one transaction.
    };

    /// Written to PRAGMA application_id ('SVLB') by the first migration.
    static constexpr int ApplicationId = 0x53564C42;

    static const QList<Migration>& migrations();
    static int latestVersion();

    /// Triggers keeping content_fts in sync with content (part of the v1 schema).
    static QStringList ftsTriggerStatements();
    static QStringList dropFtsTriggerStatements();
    /// The secondary indexes of content (for searching and sorting; part of the v1 schema).
    static QStringList contentIndexStatements();
    static QStringList dropContentIndexStatements();
    /// The indexes the sorts by likes, comments and engagement read their order from (part of v14), so that a
    /// page of the library in those orders does not sort every item first.
    static QStringList sortIndexStatements();
    static QStringList dropSortIndexStatements();
    /// An item's engagement rate, (likes + comments + shares) / views, NULL without views (Instagram media,
    /// or none yet), its columns prefixed with `alias` ("c."; empty: unqualified). The v14 index is on this
    /// expression: SQLite reads the engagement order from it only while the search sorts by this same
    /// expression, so a change to it is a new migration with a new index.
    static QString engagementSql(const QString& alias);
    /// Triggers marking the items the groups of cross-posted clips must be recomputed around (part of v10).
    static QStringList clipGroupTriggerStatements();
    static QStringList dropClipGroupTriggerStatements();
};

} // namespace sv
