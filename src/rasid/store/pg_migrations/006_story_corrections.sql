-- An analyst's corrections to stories, as SQLite's migrations/007_story_corrections.sql.
-- (documents became JSON text in 008_stories.sql, as every other JSON column.)
CREATE TABLE story_corrections (
    id BIGSERIAL PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('split', 'merge')),
    doc_id TEXT,
    documents JSONB NOT NULL DEFAULT '[]',
    note TEXT,
    created_at TEXT NOT NULL
);
