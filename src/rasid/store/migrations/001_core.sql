-- Core tables: documents, their annotations, the full-text index, the ingest log and runs.
-- Readable as-is in Datasette and the sqlite3 shell; JSON columns hold JSON text.

CREATE TABLE documents (
    id TEXT PRIMARY KEY,                 -- 16 hex digits derived from the normalised text
    seq INTEGER NOT NULL UNIQUE,         -- grows with every new document; for incremental consumers
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,                      -- ISO date: 2024-08-21, 2024-08 or 2024
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
    language TEXT,                       -- ISO 639-1
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',     -- JSON object
    content_hash TEXT NOT NULL,          -- sha256 of the normalised text (the id is its prefix)
    ingested_at TEXT NOT NULL            -- UTC, ISO 8601
);
CREATE INDEX documents_language ON documents(language);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_published ON documents(published);

-- Which layers a document has been analysed for, even when a layer found nothing.
CREATE TABLE document_layers (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, layer)
);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    start INTEGER NOT NULL,              -- code-point offsets into documents.text, [start, end)
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,                  -- documents.text[start:end]
    attrs TEXT NOT NULL DEFAULT '{}',    -- JSON object
    stage TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    canonical TEXT,                      -- attrs.canonical, lifted for querying
    kb_id TEXT                           -- attrs.kb_id, lifted for querying
);
CREATE INDEX annotations_layer_canonical ON annotations(layer, canonical);
CREATE INDEX annotations_doc ON annotations(doc_id, layer);
CREATE INDEX annotations_kb ON annotations(kb_id) WHERE kb_id IS NOT NULL;

-- Full-text index over normalised text with Arabic clitic readings (see rasid/store/fts.py).
-- Contentless: the readable text lives in documents; rowid = documents.seq.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 0'
);

CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    command TEXT NOT NULL,
    inputs TEXT NOT NULL DEFAULT '[]',   -- JSON list of the paths given
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'interrupted', 'failed')),
    stored INTEGER NOT NULL DEFAULT 0,
    duplicate INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY,
    run_id TEXT REFERENCES runs(id),
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed')),
    reason TEXT,
    doc_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX ingest_log_run ON ingest_log(run_id, status);
CREATE INDEX ingest_log_doc ON ingest_log(doc_id);

-- Small key/value facts about the store (e.g. the last seq handed out, so seq never goes back).
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO store_meta(key, value) VALUES ('last_seq', '0');
