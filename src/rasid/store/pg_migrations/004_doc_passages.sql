-- Passage fingerprints for partial copies (rasid.trace.candidates.passage_fingerprints), the same table
-- as SQLite's migrations/005_doc_passages.sql (tracing's other tables: 008_stories.sql).
CREATE TABLE doc_passages (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fingerprints BYTEA NOT NULL
);
