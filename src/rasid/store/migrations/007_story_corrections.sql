-- An analyst's corrections to stories (rasid.trace.run.split_document / merge_stories; `rasid story split`,
-- `rasid story merge`). Stored by document ids, not story ids, and applied by every `rasid trace`,
-- `--full` included, so they survive re-tracing. A later correction overrides an earlier one it contradicts.
CREATE TABLE story_corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('split', 'merge')),
    doc_id TEXT,                         -- split: the document taken out of its story
    documents TEXT NOT NULL DEFAULT '[]',-- JSON. split: the documents it must not share a story with;
                                         -- merge: the documents that belong in one story
    note TEXT,
    created_at TEXT NOT NULL
);
