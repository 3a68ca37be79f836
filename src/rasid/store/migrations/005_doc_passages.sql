-- Passage fingerprints for partial copies (rasid.trace.candidates.passage_fingerprints): the winnowed
-- minima of every 40-word run of a document's normalised text, sorted uint32 values. Two documents
-- sharing a 40-word passage share one of them; `rasid trace` rebuilds its passage index from this table.
CREATE TABLE doc_passages (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fingerprints BLOB NOT NULL           -- n x uint32, n <= 128 (empty: shorter than one passage)
);
