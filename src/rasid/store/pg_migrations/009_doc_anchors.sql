-- Event anchors for reports in other languages (rasid.trace.candidates.translation_anchors), the same table
-- as SQLite's migrations/009_doc_anchors.sql.
CREATE TABLE doc_anchors (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    anchors BYTEA NOT NULL
);
