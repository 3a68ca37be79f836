-- An analyst's corrections to stories, as SQLite's migrations/007_story_corrections.sql. Tracing runs on
-- SQLite only today (docs/postgres.md); the table keeps the PostgreSQL schema the same shape.
CREATE TABLE story_corrections (
    id BIGSERIAL PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('split', 'merge')),
    doc_id TEXT,
    documents JSONB NOT NULL DEFAULT '[]',
    note TEXT,
    created_at TEXT NOT NULL
);
