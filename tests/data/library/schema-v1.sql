-- The library schema as released at version 1 (frozen: a copy of migration 1 of
-- core/library/LibrarySchema.cpp), plus two rows, used to test the upgrade from v1.
PRAGMA application_id = 1398164546;
CREATE TABLE content (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('youtube', 'instagram', 'tiktok')),
  account TEXT NOT NULL,
  external_id TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  thumbnail_url TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  published_at INTEGER,
  duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
  views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
  likes INTEGER NOT NULL DEFAULT 0 CHECK (likes >= 0),
  comments INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),
  synced_at INTEGER,
  UNIQUE (platform, account, external_id)
);
CREATE INDEX content_account_idx ON content (account, platform, published_at DESC);
CREATE INDEX content_published_idx ON content (published_at DESC);
CREATE INDEX content_views_idx ON content (views DESC);
CREATE VIRTUAL TABLE content_fts USING fts5(
  title, description,
  content = 'content', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'"
);
CREATE TRIGGER content_fts_ai AFTER INSERT ON content BEGIN
  INSERT INTO content_fts(rowid, title, description)
  VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER content_fts_ad AFTER DELETE ON content BEGIN
  INSERT INTO content_fts(content_fts, rowid, title, description)
  VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER content_fts_au AFTER UPDATE OF title, description ON content
WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
  INSERT INTO content_fts(content_fts, rowid, title, description)
  VALUES ('delete', old.id, old.title, old.description);
  INSERT INTO content_fts(rowid, title, description)
  VALUES (new.id, new.title, new.description);
END;
INSERT INTO content (platform, account, external_id, title, description, published_at, views, synced_at)
VALUES ('youtube', 'UC123', 'v1-a', 'Sourdough bread basics', 'Flour, water and patience', 1700000000, 1200, 1700000100);
INSERT INTO content (platform, account, external_id, title, description, published_at, views, synced_at)
VALUES ('tiktok', 'chef', 'v1-b', 'Quick pasta', 'Ten minute dinner', 1700500000, 900, 1700500100);
PRAGMA user_version = 1;
