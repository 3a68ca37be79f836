-- The PostgreSQL twin of migrations/008_entity_documents.sql.
-- Which documents mention each entity, with the document's date and seq, kept current by the store
-- as entity layers are written (rasid/store/browse.py): an entity's articles, newest first, are one
-- range of entity_documents_newest, however many documents it is in.

CREATE TABLE entity_documents (
    key TEXT NOT NULL,                   -- COALESCE(kb_id, canonical, text) of its annotations
    doc_id TEXT NOT NULL,
    published TEXT,                      -- documents.published
    seq INTEGER NOT NULL,                -- documents.seq
    PRIMARY KEY (key, doc_id)
);
CREATE INDEX entity_documents_newest ON entity_documents(key, published, seq, doc_id);

INSERT INTO entity_documents(key, doc_id, published, seq)
SELECT DISTINCT COALESCE(a.kb_id, a.canonical, a.text), a.doc_id, d.published, d.seq
FROM annotations a JOIN documents d ON d.id = a.doc_id
WHERE a.layer = 'entities';
