#include "library/LibrarySchema.h"

namespace sv {

QStringList LibrarySchema::ftsTriggerStatements()
{
    return {
        QStringLiteral("CREATE TRIGGER content_fts_ai AFTER INSERT ON content BEGIN\n"
                       "  INSERT INTO content_fts(rowid, title, description)\n"
                       "  VALUES (new.id, new.title, new.description);\n"
                       "END"),
        QStringLiteral("CREATE TRIGGER content_fts_ad AFTER DELETE ON content BEGIN\n"
                       "  INSERT INTO content_fts(content_fts, rowid, title, description)\n"
                       "  VALUES ('delete', old.id, old.title, old.description);\n"
                       "END"),
        QStringLiteral("CREATE TRIGGER content_fts_au AFTER UPDATE OF title, description ON content\n"
                       "WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN\n"
                       "  INSERT INTO content_fts(content_fts, rowid, title, description)\n"
                       "  VALUES ('delete', old.id, old.title, old.description);\n"
                       "  INSERT INTO content_fts(rowid, title, description)\n"
                       "  VALUES (new.id, new.title, new.description);\n"
                       "END"),
    };
}

QStringList LibrarySchema::contentIndexStatements()
{
    return {
        QStringLiteral("CREATE INDEX content_account_idx ON content (account, platform, published_at DESC)"),
        QStringLiteral("CREATE INDEX content_published_idx ON content (published_at DESC)"),
        QStringLiteral("CREATE INDEX content_views_idx ON content (views DESC)"),
    };
}

QStringList LibrarySchema::dropContentIndexStatements()
{
    return {QStringLiteral("DROP INDEX content_account_idx"),
            QStringLiteral("DROP INDEX content_published_idx"),
            QStringLiteral("DROP INDEX content_views_idx")};
}

QString LibrarySchema::engagementSql(const QString& alias)
{
    return QStringLiteral("(CASE WHEN %1views_known = 0 OR %1views = 0 THEN NULL ELSE "
                          "(%1likes + %1comments + coalesce(%1shares, 0)) * 1.0 / %1views END)")
        .arg(alias);
}

QStringList LibrarySchema::sortIndexStatements()
{
    // Descending with the id, as the sorts order (NULL last: a descending index keeps them at its end).
    return {
        QStringLiteral("CREATE INDEX content_likes_idx ON content (likes DESC, id DESC)"),
        QStringLiteral("CREATE INDEX content_comments_idx ON content (comments DESC, id DESC)"),
        QStringLiteral("CREATE INDEX content_engagement_idx ON content (%1 DESC, id DESC)")
            .arg(engagementSql(QString())),
    };
}

QStringList LibrarySchema::dropSortIndexStatements()
{
    return {QStringLiteral("DROP INDEX content_likes_idx"), QStringLiteral("DROP INDEX content_comments_idx"),
            QStringLiteral("DROP INDEX content_engagement_idx")};
}

QStringList LibrarySchema::dropFtsTriggerStatements()
{
    return {QStringLiteral("DROP TRIGGER content_fts_ai"), QStringLiteral("DROP TRIGGER content_fts_ad"),
            QStringLiteral("DROP TRIGGER content_fts_au")};
}

QStringList LibrarySchema::clipGroupTriggerStatements()
{
    const QString markDirty = QStringLiteral(
        "  INSERT INTO clip_group_dirty (platform, external_id) VALUES (%1.platform, %1.external_id)\n"
        "    ON CONFLICT DO NOTHING;\n");
    const QString markStaleV10 =
        QStringLiteral("  UPDATE clip_group_state SET stale = 1 WHERE id = 1 AND stale = 0;\n");
    return {
        QStringLiteral("CREATE TRIGGER clip_group_dirty_ai AFTER INSERT ON content BEGIN\n%1%2END")
            .arg(markDirty.arg(QStringLiteral("new")), markStaleV10),
        QStringLiteral("CREATE TRIGGER clip_group_dirty_ad AFTER DELETE ON content BEGIN\n%1%2END")
            .arg(markDirty.arg(QStringLiteral("old")), markStaleV10),
        QStringLiteral(
            "CREATE TRIGGER clip_group_dirty_au AFTER UPDATE OF platform, external_id, account, "
            "title, duration_s, published_at ON content\n"
            "WHEN old.platform IS NOT new.platform OR old.external_id IS NOT new.external_id OR "
            "old.account IS NOT new.account OR old.title IS NOT new.title OR old.duration_s IS NOT "
            "new.duration_s OR old.published_at IS NOT new.published_at BEGIN\n%1%2%3END")
            .arg(markDirty.arg(QStringLiteral("old")), markDirty.arg(QStringLiteral("new")), markStaleV10),
    };
}

QStringList LibrarySchema::dropClipGroupTriggerStatements()
{
    return {QStringLiteral("DROP TRIGGER clip_group_dirty_ai"),
            QStringLiteral("DROP TRIGGER clip_group_dirty_ad"),
            QStringLiteral("DROP TRIGGER clip_group_dirty_au")};
}

const QList<LibrarySchema::Migration>& LibrarySchema::migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> m;

        // v1: published content and its full-text index.
        QStringList v1{
            QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
            QStringLiteral(
                "CREATE TABLE content (\n"
                "  id INTEGER PRIMARY KEY,\n"
                "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                "  account TEXT NOT NULL,\n"
                "  external_id TEXT NOT NULL,\n"
                "  title TEXT NOT NULL DEFAULT '',\n"
                "  description TEXT NOT NULL DEFAULT '',\n"
                "  url TEXT NOT NULL DEFAULT '',\n"
                "  thumbnail_url TEXT NOT NULL DEFAULT '',\n"
                "  kind TEXT NOT NULL DEFAULT '',\n"
                "  published_at INTEGER,\n"
                "  duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),\n"
                "  views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),\n"
                "  likes INTEGER NOT NULL DEFAULT 0 CHECK (likes >= 0),\n"
                "  comments INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),\n"
                "  synced_at INTEGER,\n"
                "  UNIQUE (platform, account, external_id)\n"
                ")"),
        };
        v1 += contentIndexStatements();
        v1 += QStringList{
            QStringLiteral("CREATE VIRTUAL TABLE content_fts USING fts5(\n"
                           "  title, description,\n"
                           "  content = 'content', content_rowid = 'id',\n"
                           "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co So'\"\n"
                           ")"),
        };
        v1 += ftsTriggerStatements();
        m.append({1, QStringLiteral("content and content_fts"), v1});

        // v2: the job audit log sharing the file. Until the cache took ownership of its table, v2 also
        // created cache_store and its scope index: files written since have cache_store from the cache
        // (SqliteCacheStore::ensureSchema(), CREATE ... IF NOT EXISTS), older files keep theirs and its rows.
        m.append(
            {2,
             QStringLiteral("audit_log"),
             {
                 QStringLiteral("CREATE TABLE audit_log (\n"
                                "  id INTEGER PRIMARY KEY,\n"
                                "  action TEXT NOT NULL,\n"
                                "  job_type TEXT NOT NULL,\n"
                                "  status TEXT NOT NULL\n"
                                "    CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),\n"
                                "  result TEXT,\n"
                                "  started_at INTEGER NOT NULL,\n"
                                "  finished_at INTEGER\n"
                                ")"),
                 QStringLiteral("CREATE INDEX audit_log_started_idx ON audit_log (started_at DESC)"),
             }});

        // v3: connected platform accounts (never their tokens: those live in the keychain) and the
        // usage outbox. A sync writes each batch of items and its outbox row in one transaction; the
        // reporter sends the rows to the backend's increment_usage (idempotent per key) and deletes them.
        m.append({3,
                  QStringLiteral("accounts and usage_outbox"),
                  {
                      QStringLiteral(
                          "CREATE TABLE accounts (\n"
                          "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                          "  account_id TEXT NOT NULL CHECK (account_id <> ''),\n"
                          "  display_name TEXT NOT NULL DEFAULT '',\n"
                          "  handle TEXT NOT NULL DEFAULT '',\n"
                          "  avatar_url TEXT NOT NULL DEFAULT '',\n"
                          "  status TEXT NOT NULL DEFAULT 'connected'\n"
                          "    CHECK (status IN ('connected', 'reconnect_needed', 'disconnected')),\n"
                          "  connected_at INTEGER NOT NULL,\n"
                          "  last_synced_at INTEGER,\n"
                          "  item_count INTEGER NOT NULL DEFAULT 0 CHECK (item_count >= 0),\n"
                          "  newest_external_id TEXT NOT NULL DEFAULT '',\n"
                          "  sync_complete INTEGER NOT NULL DEFAULT 0 CHECK (sync_complete IN (0, 1)),\n"
                          "  last_error TEXT NOT NULL DEFAULT '',\n"
                          "  PRIMARY KEY (platform, account_id)\n"
                          ")"),
                      QStringLiteral(
                          "CREATE TABLE usage_outbox (\n"
                          "  id INTEGER PRIMARY KEY,\n"
                          "  idempotency_key TEXT NOT NULL UNIQUE,\n"
                          "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                          "  units INTEGER NOT NULL CHECK (units > 0),\n"
                          "  created_at INTEGER NOT NULL,\n"
                          "  sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1))\n"
                          ")"),
                  }});

        // v4: one report per outbox row, named forever by its own key. v3 rebuilt a job's key from a prefix
        // and a counter, so a row created after the previous one was reported and deleted got the same key
        // again and the backend ignored it (issue 13). Rows now get a UUID key when they are inserted and
        // a job finds its open row by job_id. Pending v3 rows are kept: an unsealed one was never sent, but
        // its key may already have been counted for an earlier row, so it gets a fresh key (billed exactly
        // once); a sealed one may have been sent with its answer lost, so it keeps its key. Both are
        // sealed: no job writes to them any more.
        m.append(
            {4,
             QStringLiteral("usage_outbox: job_id, fresh keys for rows never sent"),
             {
                 QStringLiteral("ALTER TABLE usage_outbox ADD COLUMN job_id TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral(
                     "UPDATE usage_outbox SET sealed = 1, idempotency_key =\n"
                     "  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||\n"
                     "  substr(lower(hex(randomblob(2))), 2) || '-' ||\n"
                     "  substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||\n"
                     "  '-' || lower(hex(randomblob(6)))\n"
                     "WHERE sealed = 0"),
                 // At most one open row per job.
                 QStringLiteral("CREATE UNIQUE INDEX usage_outbox_open_job_idx ON usage_outbox (job_id) "
                                "WHERE sealed = 0 AND job_id <> ''"),
             }});

        // v5: audit_log records the process owning a running job (pid and start identity), so that a
        // later open can mark the jobs of killed processes 'interrupted' without touching the job of a
        // process running now. SQLite cannot change a CHECK constraint in place: the table is rebuilt.
        m.append(
            {5,
             QStringLiteral("audit_log owner and status 'interrupted'"),
             {
                 QStringLiteral("CREATE TABLE audit_log_v5 (\n"
                                "  id INTEGER PRIMARY KEY,\n"
                                "  action TEXT NOT NULL,\n"
                                "  job_type TEXT NOT NULL,\n"
                                "  status TEXT NOT NULL\n"
                                "    CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled', "
                                "'interrupted')),\n"
                                "  result TEXT,\n"
                                "  started_at INTEGER NOT NULL,\n"
                                "  finished_at INTEGER,\n"
                                "  owner_pid INTEGER,\n"
                                "  owner_started TEXT\n"
                                ")"),
                 QStringLiteral("INSERT INTO audit_log_v5 (id, action, job_type, status, result, started_at, "
                                "finished_at) SELECT id, action, job_type, status, result, started_at, "
                                "finished_at FROM audit_log"),
                 QStringLiteral("DROP TABLE audit_log"),
                 QStringLiteral("ALTER TABLE audit_log_v5 RENAME TO audit_log"),
                 QStringLiteral("CREATE INDEX audit_log_started_idx ON audit_log (started_at DESC)"),
                 QStringLiteral("CREATE INDEX audit_log_running_idx ON audit_log (status) "
                                "WHERE status = 'running'"),
             }});
        // v6: performance over time. content gets the share count where a platform gives one (NULL where
        // it does not). content_history keeps the counters an item had, one row per item and day at most
        // (the day's row is replaced when the counters change again that day); a metric the platform
        // does not give is NULL, never 0 (Instagram media lists no views). The triggers record every write
        // of content whose counters changed, so a sync records history without a step of its own and a
        // re-sync with unchanged counters writes nothing. Rows from the platforms' own history
        // (YouTube Analytics, Instagram insights) carry their source. account_history keeps an account's
        // follower count the same way.
        // The day's row of the item, replaced by the counters just written.
        const QString historyUpsert = QStringLiteral(
            "  INSERT INTO content_history\n"
            "    (content_id, day, recorded_at, views, likes, comments, shares, source)\n"
            "  VALUES (new.id, coalesce(new.synced_at, unixepoch()) / 86400, coalesce(new.synced_at, "
            "unixepoch()),\n"
            "    CASE WHEN new.platform = 'instagram' THEN NULL ELSE new.views END,\n"
            "    new.likes, new.comments, new.shares, 'sync')\n"
            "  ON CONFLICT (content_id, day) DO UPDATE SET recorded_at = excluded.recorded_at,\n"
            "    views = excluded.views, likes = excluded.likes, comments = excluded.comments,\n"
            "    shares = excluded.shares, source = 'sync';\n");
        m.append(
            {6,
             QStringLiteral("content.shares, content_history and account_history"),
             {
                 QStringLiteral("ALTER TABLE content ADD COLUMN shares INTEGER CHECK (shares >= 0)"),
                 QStringLiteral("CREATE TABLE content_history (\n"
                                "  content_id INTEGER NOT NULL REFERENCES content (id) ON DELETE CASCADE,\n"
                                "  day INTEGER NOT NULL,\n"
                                "  recorded_at INTEGER NOT NULL,\n"
                                "  views INTEGER CHECK (views >= 0),\n"
                                "  likes INTEGER CHECK (likes >= 0),\n"
                                "  comments INTEGER CHECK (comments >= 0),\n"
                                "  shares INTEGER CHECK (shares >= 0),\n"
                                "  source TEXT NOT NULL DEFAULT 'sync'\n"
                                "    CHECK (source IN ('sync', 'youtube_analytics', 'instagram_insights')),\n"
                                "  PRIMARY KEY (content_id, day)\n"
                                ") WITHOUT ROWID"),
                 QStringLiteral("CREATE TRIGGER content_history_ai AFTER INSERT ON content BEGIN\n%1END")
                     .arg(historyUpsert),
                 QStringLiteral(
                     "CREATE TRIGGER content_history_au AFTER UPDATE OF views, likes, comments, "
                     "shares ON content\n"
                     "WHEN old.views IS NOT new.views OR old.likes IS NOT new.likes\n"
                     "  OR old.comments IS NOT new.comments OR old.shares IS NOT new.shares BEGIN\n"
                     "%1END")
                     .arg(historyUpsert),
                 QStringLiteral(
                     "CREATE TABLE account_history (\n"
                     "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                     "  account_id TEXT NOT NULL,\n"
                     "  day INTEGER NOT NULL,\n"
                     "  recorded_at INTEGER NOT NULL,\n"
                     "  followers INTEGER NOT NULL CHECK (followers >= 0),\n"
                     "  PRIMARY KEY (platform, account_id, day)\n"
                     ") WITHOUT ROWID"),
             }});
        // v7: groups of the same clip cross-posted on several platforms (library/ClipGroups.h). Members are
        // keyed by (platform, external_id), not by content row id, so a re-import keeps the creator's
        // decisions: a manual group (confirmed or merged) and an item kept apart (split out) are never
        // replaced by a recompute. clip_group_state.stale is set by the triggers on every change of content
        // the rule looks at (new or deleted items, title, description, duration, publishing time) and
        // cleared by a recompute; it starts stale so that an upgraded file gets its groups.
        const QString notStale = QStringLiteral("(SELECT stale FROM clip_group_state WHERE id = 1) = 0");
        const QString markStale = QStringLiteral("BEGIN\n"
                                                 "  UPDATE clip_group_state SET stale = 1 WHERE id = 1;\n"
                                                 "END");
        m.append(
            {7,
             QStringLiteral("clip_groups, clip_group_members, clip_group_apart and clip_group_state"),
             {
                 QStringLiteral("CREATE TABLE clip_groups (\n"
                                "  id INTEGER PRIMARY KEY,\n"
                                "  manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),\n"
                                "  score REAL NOT NULL DEFAULT 0,\n"
                                "  created_at INTEGER NOT NULL\n"
                                ")"),
                 QStringLiteral(
                     "CREATE TABLE clip_group_members (\n"
                     "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                     "  external_id TEXT NOT NULL,\n"
                     "  group_id INTEGER NOT NULL REFERENCES clip_groups (id) ON DELETE CASCADE,\n"
                     "  PRIMARY KEY (platform, external_id)\n"
                     ") WITHOUT ROWID"),
                 QStringLiteral("CREATE INDEX clip_group_members_group_idx ON clip_group_members (group_id)"),
                 QStringLiteral(
                     "CREATE TABLE clip_group_apart (\n"
                     "  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),\n"
                     "  external_id TEXT NOT NULL,\n"
                     "  decided_at INTEGER NOT NULL,\n"
                     "  PRIMARY KEY (platform, external_id)\n"
                     ") WITHOUT ROWID"),
                 QStringLiteral("CREATE TABLE clip_group_state (\n"
                                "  id INTEGER PRIMARY KEY CHECK (id = 1),\n"
                                "  stale INTEGER NOT NULL CHECK (stale IN (0, 1)),\n"
                                "  computed_at INTEGER\n"
                                ")"),
                 QStringLiteral("INSERT INTO clip_group_state (id, stale) VALUES (1, 1)"),
                 QStringLiteral(
                     "CREATE INDEX content_platform_external_idx ON content (platform, external_id)"),
                 QStringLiteral("CREATE TRIGGER clip_group_stale_ai AFTER INSERT ON content WHEN %1 %2")
                     .arg(notStale, markStale),
                 QStringLiteral("CREATE TRIGGER clip_group_stale_ad AFTER DELETE ON content WHEN %1 %2")
                     .arg(notStale, markStale),
                 QStringLiteral(
                     "CREATE TRIGGER clip_group_stale_au AFTER UPDATE OF platform, external_id, title, "
                     "description, duration_s, published_at ON content\n"
                     "WHEN %1 AND (old.platform IS NOT new.platform OR old.external_id IS NOT "
                     "new.external_id OR old.title IS NOT new.title OR old.description IS NOT "
                     "new.description OR old.duration_s IS NOT new.duration_s OR old.published_at "
                     "IS NOT new.published_at) %2")
                     .arg(notStale, markStale),
             }});
        // v8: Instagram views from its insights in the item's own figures. content.views_known says whether
        // views is a figure the platform gave: Instagram's basic fields give none (0, unknown) until a sync
        // reads the media's insights (ContentHistory::recordPlatformPoints sets views and views_known). A
        // later write of the basic fields keeps known views (LibraryDatabase's upsert), so a re-sync without
        // the insights scope never wipes them. The history triggers record views only where known and never
        // replace an insights row's views with NULL; an upgraded file takes each Instagram item's latest
        // insights views (with the triggers dropped meanwhile: the upgrade writes no history).
        const QString historyUpsertV8 = QStringLiteral(
            "  INSERT INTO content_history\n"
            "    (content_id, day, recorded_at, views, likes, comments, shares, source)\n"
            "  VALUES (new.id, coalesce(new.synced_at, unixepoch()) / 86400, coalesce(new.synced_at, "
            "unixepoch()),\n"
            "    CASE WHEN new.views_known THEN new.views END, new.likes, new.comments, new.shares, 'sync')\n"
            "  ON CONFLICT (content_id, day) DO UPDATE SET recorded_at = excluded.recorded_at,\n"
            "    views = coalesce(excluded.views, CASE WHEN content_history.source = 'instagram_insights'\n"
            "      THEN content_history.views END),\n"
            "    likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,\n"
            "    source = CASE WHEN content_history.source = 'instagram_insights'\n"
            "      AND coalesce(excluded.views, content_history.views) IS content_history.views\n"
            "      THEN 'instagram_insights' ELSE 'sync' END;\n");
        const QString latestInsightsViews = QStringLiteral(
            "(SELECT h.views FROM content_history h WHERE h.content_id = content.id AND "
            "h.source = 'instagram_insights' AND h.views IS NOT NULL ORDER BY h.day DESC LIMIT 1)");
        const QString historyAuV8 =
            QStringLiteral("CREATE TRIGGER content_history_au AFTER UPDATE OF views, "
                           "views_known, likes, comments, shares ON content\n"
                           "WHEN old.views IS NOT new.views OR old.views_known IS NOT "
                           "new.views_known\n"
                           "  OR old.likes IS NOT new.likes OR old.comments IS NOT "
                           "new.comments\n"
                           "  OR old.shares IS NOT new.shares BEGIN\n%1END")
                .arg(historyUpsertV8);
        m.append({8,
                  QStringLiteral("content.views_known, Instagram views from insights"),
                  {
                      QStringLiteral("ALTER TABLE content ADD COLUMN views_known INTEGER NOT NULL DEFAULT 1 "
                                     "CHECK (views_known IN (0, 1))"),
                      QStringLiteral("DROP TRIGGER content_history_ai"),
                      QStringLiteral("DROP TRIGGER content_history_au"),
                      QStringLiteral("UPDATE content SET views_known = 0 WHERE platform = 'instagram'"),
                      QStringLiteral("UPDATE content SET views = %1, views_known = 1 "
                                     "WHERE platform = 'instagram' AND %1 IS NOT NULL")
                          .arg(latestInsightsViews),
                      QStringLiteral("CREATE TRIGGER content_history_ai AFTER INSERT ON content BEGIN\n%1END")
                          .arg(historyUpsertV8),
                      historyAuV8,
                  }});
        // v9: each history point keeps the item's previous known views (views_prev: the views of its latest
        // earlier point that has views; NULL for its first), so the Overview's views gained by day is a sum
        // over the period's points, read in day order from an index that covers it, instead of a window over
        // every item's points sorted twice (seconds on a large library; docs/PERFORMANCE.md). The triggers on
        // content_history keep it true whoever writes a point (the sync's triggers on content, the platforms'
        // history, an import, a removal): a change at day D of an item recomputes that point's and the item's
        // next known point's views_prev, a lookup by the history's key each. Only points with views use it.
        const auto prevViewsFor = [](const QString& rowDay) {
            return QStringLiteral(
                       "  UPDATE content_history SET views_prev = (SELECT p.views FROM content_history p\n"
                       "    WHERE p.content_id = content_history.content_id AND p.day < content_history.day\n"
                       "      AND p.views IS NOT NULL ORDER BY p.day DESC LIMIT 1)\n"
                       "  WHERE content_id = %1.content_id AND day IN (%2(SELECT min(n.day) FROM "
                       "content_history n\n"
                       "    WHERE n.content_id = %1.content_id AND n.day > %1.day AND n.views IS NOT "
                       "NULL));\n")
                .arg(rowDay, rowDay == QLatin1String("old") ? QString() : QStringLiteral("new.day, "));
        };
        m.append(
            {9,
             QStringLiteral("content_history.views_prev and its index by day"),
             {
                 QStringLiteral("ALTER TABLE content_history ADD COLUMN views_prev INTEGER"),
                 QStringLiteral(
                     "UPDATE content_history SET views_prev = l.prev FROM (SELECT content_id, day, "
                     "lag(views) OVER (PARTITION BY content_id ORDER BY day) AS prev FROM "
                     "content_history WHERE views IS NOT NULL) AS l WHERE l.content_id = "
                     "content_history.content_id AND l.day = content_history.day AND l.prev IS NOT "
                     "NULL"),
                 QStringLiteral(
                     "CREATE INDEX content_history_day_idx ON content_history (day, views, views_prev)"),
                 QStringLiteral(
                     "CREATE TRIGGER content_history_prev_ai AFTER INSERT ON content_history BEGIN\n%1END")
                     .arg(prevViewsFor(QStringLiteral("new"))),
                 QStringLiteral(
                     "CREATE TRIGGER content_history_prev_au AFTER UPDATE OF views, day ON "
                     "content_history\nWHEN old.views IS NOT new.views OR old.day IS NOT new.day BEGIN\n"
                     "%1%2END")
                     .arg(prevViewsFor(QStringLiteral("new")), prevViewsFor(QStringLiteral("old"))),
                 QStringLiteral(
                     "CREATE TRIGGER content_history_prev_ad AFTER DELETE ON content_history BEGIN\n%1END")
                     .arg(prevViewsFor(QStringLiteral("old"))),
             }});
        // v10: incremental groups of cross-posted clips. A recompute after a sync re-scores only the items
        // changed since the last one (clip_group_dirty, kept by the triggers on content and by the creator's
        // decisions) and the items around them, instead of the whole library. clip_candidates keeps what the
        // last recompute saw of each comparable item (its normalised words, duration and publishing time) so
        // that the items it was grouped with, and the items sharing its title on the account, are found
        // without reading and normalising every title again. clip_group_state.rebuild asks for a full
        // recompute (set here: an upgraded file has no candidates yet). (An upsert's conflict policy
        // overrides INSERT OR IGNORE in its triggers: hence ON CONFLICT DO NOTHING.)
        m.append(
            {10,
             QStringLiteral("clip_candidates and clip_group_dirty: groups of cross-posted clips recomputed "
                            "around the changed items"),
             QStringList{
                 QStringLiteral("CREATE TABLE clip_candidates (\n"
                                "  platform TEXT NOT NULL,\n"
                                "  external_id TEXT NOT NULL,\n"
                                "  account TEXT NOT NULL,\n"
                                "  words TEXT NOT NULL,\n"
                                "  duration_ms INTEGER,\n"
                                "  published_at INTEGER NOT NULL,\n"
                                "  PRIMARY KEY (platform, external_id)\n"
                                ") WITHOUT ROWID"),
                 QStringLiteral(
                     "CREATE INDEX clip_candidates_published_idx ON clip_candidates (published_at)"),
                 QStringLiteral(
                     "CREATE INDEX clip_candidates_words_idx ON clip_candidates (platform, account, words)"),
                 QStringLiteral("CREATE TABLE clip_group_dirty (\n"
                                "  platform TEXT NOT NULL,\n"
                                "  external_id TEXT NOT NULL,\n"
                                "  PRIMARY KEY (platform, external_id)\n"
                                ") WITHOUT ROWID"),
                 QStringLiteral("ALTER TABLE clip_group_state ADD COLUMN rebuild INTEGER NOT NULL DEFAULT 1 "
                                "CHECK (rebuild IN (0, 1))"),
                 QStringLiteral("UPDATE clip_group_state SET stale = 1, rebuild = 1"),
                 QStringLiteral("DROP TRIGGER clip_group_stale_ai"),
                 QStringLiteral("DROP TRIGGER clip_group_stale_ad"),
                 QStringLiteral("DROP TRIGGER clip_group_stale_au"),
                 // Views not known are 0, as every write since v8 stores them: an Instagram item of a file
                 // from before v8 (imported then from a file giving it a number) kept that number behind its
                 // unknown views, where sorting by views still ranked by it. No history is written for it.
                 QStringLiteral("DROP TRIGGER content_history_au"),
                 QStringLiteral("UPDATE content SET views = 0 WHERE views_known = 0 AND views <> 0"),
                 historyAuV8,
             } + clipGroupTriggerStatements()});
        // v11: a read of an item's history that failed for that item alone (the platform refused or garbled
        // its figures; not the connection, the grant or the rate) is remembered, so that the next syncs go on
        // round the library instead of trying that item first each time; it comes round again after the
        // others (ContentHistory::itemsToBackfill).
        m.append(
            {11,
             QStringLiteral("history_attempts: an item whose history read failed waits its turn"),
             {
                 QStringLiteral("CREATE TABLE history_attempts (\n"
                                "  content_id INTEGER NOT NULL REFERENCES content (id) ON DELETE CASCADE,\n"
                                "  source TEXT NOT NULL\n"
                                "    CHECK (source IN ('youtube_analytics', 'instagram_insights')),\n"
                                "  attempted_at INTEGER NOT NULL,\n"
                                "  PRIMARY KEY (content_id, source)\n"
                                ") WITHOUT ROWID"),
             }});
        // v12: the latest day YouTube Analytics has reported in the library, at once (the Overview marks the
        // days after it as not yet reported: the API reports a day's views one to three days late).
        m.append({12,
                  QStringLiteral("content_history_analytics_idx: the latest day YouTube Analytics reported"),
                  {
                      QStringLiteral("CREATE INDEX content_history_analytics_idx ON content_history (day) "
                                     "WHERE source = 'youtube_analytics'"),
                  }});
        // v13: when the account's last full walk ended. An incremental sync reads only the new pages and the
        // recent items' statistics, so a full walk comes round again (SyncOptions::fullWalkEvery): every
        // item's counters fresh, the items deleted on the platform removed. NULL (every account before
        // v13): the next sync walks every page.
        m.append({13,
                  QStringLiteral("accounts.full_walk_at: the last full walk, for the periodic one"),
                  {
                      QStringLiteral("ALTER TABLE accounts ADD COLUMN full_walk_at INTEGER"),
                  }});
        // v14: the sorts by likes, comments and engagement read their order from an index, as newest first
        // and most viewed do: at 100,000 items a page sorted every item first (15-40 ms each, and every
        // later page of the computed engagement order the same again).
        m.append({14,
                  QStringLiteral("content_likes_idx, content_comments_idx, content_engagement_idx: sorts"),
                  sortIndexStatements()});
        return m;
    }();
    return list;
}

int LibrarySchema::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace sv
