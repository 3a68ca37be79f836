-- Passage fingerprints for partial copies (rasid.trace.candidates.passage_fingerprints), the same table
-- as SQLite's migrations/005_doc_passages.sql. Tracing runs on SQLite only today (docs/postgres.md); the
-- table is here so the PostgreSQL schema keeps the same shape when it moves into the store.
CREATE TABLE doc_passages (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fingerprints BYTEA NOT NULL
);
