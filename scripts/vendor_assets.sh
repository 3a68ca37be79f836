#!/usr/bin/env bash
# Vendors the web app's JS/CSS/data assets from npm at pinned versions into
# src/rasid/web/static/vendor/ so that `rasid serve` never fetches anything at run time.
# Run by hand when bumping a version; the results are committed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/rasid/web/static/vendor"
LEAFLET=1.9.4
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm init -y >/dev/null 2>&1
npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
  "leaflet@$LEAFLET" "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" >/dev/null

mkdir -p "$DEST/leaflet/images" "$DEST/topojson-client" "$DEST/world-atlas"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$DEST/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$DEST/leaflet/images/"
cp node_modules/leaflet/LICENSE "$DEST/leaflet/LICENSE"
cp node_modules/topojson-client/dist/topojson-client.min.js "$DEST/topojson-client/"
cp node_modules/topojson-client/LICENSE "$DEST/topojson-client/LICENSE"
# 1:50m boundaries: enough detail for the Sahel at country zoom, ~750 KB.
cp node_modules/world-atlas/countries-50m.json "$DEST/world-atlas/"
cp node_modules/world-atlas/LICENSE "$DEST/world-atlas/LICENSE"

cat > "$DEST/VERSIONS.md" <<MD
# Vendored web assets

Fetched by \`scripts/vendor_assets.sh\` from the npm registry; nothing is loaded from a CDN at run time.

| Package | Version | Licence | Files |
|---|---|---|---|
| leaflet | $LEAFLET | BSD-2-Clause | leaflet/leaflet.js, leaflet/leaflet.css, leaflet/images/*.png |
| topojson-client | $TOPOJSON_CLIENT | ISC | topojson-client/topojson-client.min.js |
| world-atlas | $WORLD_ATLAS | ISC (package); boundaries from Natural Earth, public domain | world-atlas/countries-50m.json |

Each package's licence file sits beside its files. The provenance graph and the time-series charts
are drawn server-side as SVG, so no graph or chart library is vendored.
MD
echo "vendored into $DEST"
