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
    /// Triggers marking the items the groups of cross-posted clips must be recomputed around (part of v10).
    static QStringList clipGroupTriggerStatements();
    static QStringList dropClipGroupTriggerStatements();
};

} // namespace sv
