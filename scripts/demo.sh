#!/usr/bin/env bash
# The main job on the sample corpus shipped with the project: ingest (with analysis), then show
# what was stored and run a search.
set -euo pipefail
BIN="${1:-.venv/bin}"
DB="${2:-demo/rasid.db}"
mkdir -p "$(dirname "$DB")"
"$BIN/rasid" ingest samples --db "$DB" || [ $? -eq 1 ]
"$BIN/rasid" stats --db "$DB"
"$BIN/rasid" search "روسيا" --db "$DB" --limit 5
