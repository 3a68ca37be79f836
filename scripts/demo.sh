#!/usr/bin/env bash
# The main job on the sample corpus shipped with the project (and the seed articles when ../shared is beside
# this checkout): ingest with analysis, trace stories, then show what was stored and search it.
set -euo pipefail
BIN="${1:-.venv/bin}"
DB="${2:-demo/rasid.db}"
mkdir -p "$(dirname "$DB")"
inputs=(samples)
[ -d ../shared/seeds ] && inputs+=(../shared/seeds)
# exit code 1 means "partial" (some items failed and were reported); anything else stops the demo
"$BIN/rasid" ingest "${inputs[@]}" --db "$DB" || [ $? -eq 1 ]
"$BIN/rasid" trace --db "$DB"
echo; echo "== What was stored"
"$BIN/rasid" stats --db "$DB"
echo; echo "== Search: روسيا (also finds وروسيا, لروسيا)"
"$BIN/rasid" search "روسيا" --db "$DB" --limit 5
echo; echo "== Stories traced across languages"
"$BIN/rasid" stories --db "$DB"
first=$("$BIN/rasid" search "T-72B3" --db "$DB" --limit 1 --format json | "$BIN/python" -c 'import json,sys; h=json.load(sys.stdin); print(h[0]["id"] if h else "")' 2>/dev/null || true)
if [ -n "$first" ]; then
  echo; echo "== One article with its evidence (rasid analyze $first --db $DB --format pretty)"
  "$BIN/rasid" analyze "$first" --db "$DB" --format pretty | head -60
fi
echo; echo "Next: $BIN/rasid serve --db $DB   (then open http://127.0.0.1:8000)"
