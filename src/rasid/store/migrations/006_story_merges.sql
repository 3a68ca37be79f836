-- Story merges (rasid.trace): when a traced story is absorbed by another, what, when and why, so that an
-- analyst's story does not change silently. A history: rows outlive the stories they name (no foreign
-- keys); `rasid trace --full` rebuilds every story and clears the rows it wrote itself.
CREATE TABLE story_merges (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL,              -- the story that absorbed the other and kept its id
    merged_id TEXT NOT NULL,             -- the story that was absorbed (its id no longer lists)
    documents TEXT NOT NULL DEFAULT '[]',-- JSON: the absorbed story's members at the time
    relation_a TEXT,                     -- the relation that proposed the merge (a < b), its kind and score
    relation_b TEXT,
    kind TEXT,
    score REAL,
    reason TEXT NOT NULL DEFAULT '{}',   -- JSON: rule, agreement of the cores, shared anchors, cohesion, sizes
    decided_by TEXT NOT NULL,            -- 'trace' (the rules of rasid.trace.membership) or 'user'
    merged_at TEXT NOT NULL
);
CREATE INDEX story_merges_story ON story_merges(story_id);
CREATE INDEX story_merges_merged ON story_merges(merged_id);
