-- The PostgreSQL twin of migrations/003_entity_counts.sql (same tables, same SQL).
-- Per-entity totals for the web app's entity pages and map, kept current by the store as
-- annotation layers are written (rasid/store/browse.py), so no page counts every annotation.
-- An entity's key is COALESCE(kb_id, canonical, text) of its `entities` annotations.

CREATE TABLE entity_counts (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,                 -- label of a mention (the first one stored)
    name TEXT NOT NULL,                  -- canonical name (else text) of that mention
    kb_id TEXT,
    attrs TEXT NOT NULL DEFAULT '{}',    -- that mention's attrs (coordinates for the map)
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
CREATE INDEX entity_counts_label ON entity_counts(label, documents);
-- The map: the most mentioned places first, read in index order until the page is full.
CREATE INDEX entity_counts_documents ON entity_counts(documents, key, label);

-- Documents mentioning an entity per month (YYYY-MM of documents.published; undated ones are not here).
CREATE TABLE entity_periods (
    key TEXT NOT NULL,
    period TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (key, period)
);

INSERT INTO entity_counts(key, label, name, kb_id, attrs, mentions, documents)
SELECT COALESCE(kb_id, canonical, text), MIN(label), MAX(COALESCE(canonical, text)), MAX(kb_id), MAX(attrs),
       COUNT(*), COUNT(DISTINCT doc_id)
FROM annotations WHERE layer = 'entities' GROUP BY COALESCE(kb_id, canonical, text);

INSERT INTO entity_periods(key, period, documents)
SELECT COALESCE(a.kb_id, a.canonical, a.text), substr(d.published, 1, 7), COUNT(DISTINCT a.doc_id)
FROM annotations a JOIN documents d ON d.id = a.doc_id
WHERE a.layer = 'entities' AND d.published IS NOT NULL
GROUP BY COALESCE(a.kb_id, a.canonical, a.text), substr(d.published, 1, 7);

-- One entity's documents (and the words it is written as) read from an index alone, whichever
-- way it is keyed: KB id, else canonical name, else text (rasid.store.browse.entity_mentions_sql).
-- Each leads with every column its query compares, so SQLite picks it without statistics.
CREATE INDEX annotations_entity_kb ON annotations(layer, kb_id, doc_id, text);
CREATE INDEX annotations_entity_canonical ON annotations(layer, canonical, kb_id, doc_id, text);
CREATE INDEX annotations_entity_text ON annotations(layer, text, kb_id, canonical, doc_id);
-- Lists newest first walk (published, seq) and stop at their page; id makes the walk index-only.
CREATE INDEX documents_newest ON documents(published, seq, id);
CREATE INDEX documents_outlet_newest ON documents(outlet, published, seq);
CREATE INDEX documents_outlet_language ON documents(outlet, language);
