-- Who runs each ingest: host, process id and that process's start time (seconds since the epoch, so a
-- reused pid is not taken for the same process). A new run marks a `running` run of this host whose
-- process is gone (killed, power cut) as `interrupted` (rasid.store.runs).
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN pid_started REAL;
