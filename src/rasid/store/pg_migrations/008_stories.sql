-- The PostgreSQL twin of migrations/002_stories.sql: story tracing (rasid.trace) keeps its relations,
-- stories, provenance edges, external origins, per-document signatures and incremental state here too,
-- with the same tables and columns, so `rasid trace`, `rasid stories` and the web app's story pages
-- read the same rows from either backend. Blobs are BYTEA; JSON columns hold JSON text (as in 001).
-- story_edges and external_sources add `row_no`, the order rows were written in (SQLite's rowid,
-- which orders a story's edges and origins as built: rasid.store.tracing INSERT_ORDER).

-- Where the last `rasid trace` stopped: documents.seq of the last document traced.
CREATE TABLE trace_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO trace_state(key, value) VALUES ('last_seq', '0');

-- Per-document signatures, computed once: a run embeds and hashes only new documents.
CREATE TABLE doc_vectors (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    language TEXT,
    published TEXT,
    minhash BYTEA NOT NULL,              -- MinHash of normalised word 3-shingles: 64 x uint32
    vector BYTEA NOT NULL,               -- lead (title + first sentences) embedding: 512 x float16
    shingles INTEGER NOT NULL            -- number of distinct shingles (0: too short for LSH)
);
CREATE INDEX doc_vectors_seq ON doc_vectors(seq);

-- Pairwise relations, undirected (a < b); direction is decided per story (story_edges).
CREATE TABLE relations (
    a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('copy', 'translation', 'rewrite')),
    score DOUBLE PRECISION NOT NULL,
    evidence TEXT NOT NULL DEFAULT '{}', -- JSON: passages / sentence_pairs with offsets, shared anchors, metrics
    found_at TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX relations_b ON relations(b);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,                 -- 'st-' + id of the document that founded it
    root TEXT,                           -- a document id, or 'ext:<outlet or url>' for a cited origin
    title TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    languages TEXT NOT NULL DEFAULT '[]',
    outlets TEXT NOT NULL DEFAULT '[]',
    first_published TEXT,
    last_published TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_first_published ON stories(first_published);

CREATE TABLE story_members (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX story_members_story ON story_members(story_id);

-- Provenance: "source" copies / translates / rewrites / cites "target".
CREATE TABLE story_edges (
    row_no BIGINT GENERATED ALWAYS AS IDENTITY, -- insertion order (SQLite's rowid)
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    source TEXT NOT NULL,                -- document id
    target TEXT NOT NULL,                -- document id or 'ext:<outlet or url>'
    kind TEXT NOT NULL,                  -- copy | translation | rewrite | agency | original_url | interview | cited_outlet
    score DOUBLE PRECISION,
    basis TEXT,                          -- why this direction: dates, cited, removed_credit, ingest_order, named_in_text
    is_primary INTEGER NOT NULL DEFAULT 0, -- 1: the document's main parent (the tree view follows these)
    evidence TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX story_edges_story ON story_edges(story_id);

-- External origins named in the members' text (from the sources layer).
CREATE TABLE external_sources (
    row_no BIGINT GENERATED ALWAYS AS IDENTITY, -- insertion order (SQLite's rowid)
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node TEXT NOT NULL,                  -- 'ext:<outlet or url>', the graph node
    kind TEXT NOT NULL,                  -- agency | original_url | interview | cited_outlet
    outlet TEXT,
    url TEXT,
    kb_id TEXT,
    text TEXT NOT NULL,                  -- documents.text[start:end]
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX external_sources_story ON external_sources(story_id);
CREATE INDEX external_sources_outlet ON external_sources(outlet);

-- 005 and 006 made these JSON columns JSONB; every other JSON column (here and in SQLite) is JSON
-- text, which the readers parse themselves (psycopg would hand back a parsed jsonb value instead).
ALTER TABLE story_merges
    ALTER COLUMN documents DROP DEFAULT,
    ALTER COLUMN documents TYPE TEXT USING documents::text,
    ALTER COLUMN documents SET DEFAULT '[]',
    ALTER COLUMN reason DROP DEFAULT,
    ALTER COLUMN reason TYPE TEXT USING reason::text,
    ALTER COLUMN reason SET DEFAULT '{}';
ALTER TABLE story_corrections
    ALTER COLUMN documents DROP DEFAULT,
    ALTER COLUMN documents TYPE TEXT USING documents::text,
    ALTER COLUMN documents SET DEFAULT '[]';
