-- Event anchors for reports in other languages (rasid.trace.candidates.translation_anchors): hashed figures,
-- full days and places below the country a document names, sorted uint32 values. Stored so that a later run
-- pairs its new documents with earlier ones in another language through the anchors they share.
CREATE TABLE doc_anchors (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    anchors BLOB NOT NULL                -- n x uint32 (empty: no anchor)
);
