-- Story merges (rasid.trace): what, when and why, as SQLite's migrations/006_story_merges.sql.
-- (documents and reason became JSON text in 008_stories.sql, as every other JSON column.)
CREATE TABLE story_merges (
    id BIGSERIAL PRIMARY KEY,
    story_id TEXT NOT NULL,
    merged_id TEXT NOT NULL,
    documents JSONB NOT NULL DEFAULT '[]',
    relation_a TEXT,
    relation_b TEXT,
    kind TEXT,
    score DOUBLE PRECISION,
    reason JSONB NOT NULL DEFAULT '{}',
    decided_by TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE INDEX story_merges_story ON story_merges(story_id);
CREATE INDEX story_merges_merged ON story_merges(merged_id);
