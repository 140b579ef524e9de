#!/usr/bin/env python3
"""Sanity checks for devset2 (run from anywhere): python3 check_gold.py

- gold.jsonl is valid JSON lines with exactly the keys of the seed gold (plus optional "note");
- manifest.csv has the seed manifest columns (file,published,url,title) plus the optional SPEC column source;
- every file named in gold.jsonl and manifest.csv exists, every manifest file has a date, every document is 1-5 KB;
- every evidence fragment (fragments separated by "...") occurs verbatim in its document
  after whitespace normalisation (for HTML also accepted in the tag-stripped, unescaped text);
- dates, precisions, roles, weapons and coordinates are well formed.
Exits 1 on any problem.
"""
import csv, datetime, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "date", "date_precision", "place", "lat", "lon", "country", "admin1", "site_type", "weapon",
        "projectiles", "killed", "injured", "actor", "actor_basis", "target", "evidence", "coord_source",
        "text_place_precision", "role", "optional", "actor_text"]
WEAPONS = {"rocket", "missile", "drone", "ied", "mortar", "small_arms", "airstrike", "unknown"}
problems = []


def ws(s):
    return " ".join(s.split())


def texts(path):
    raw = open(path, encoding="utf-8").read()
    out = [ws(raw)]
    if path.endswith((".html", ".htm")):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        out.append(ws(html.unescape(t)))
    return out


with open(os.path.join(HERE, "manifest.csv"), encoding="utf-8") as f:
    manifest = list(csv.DictReader(f))
with open(os.path.join(HERE, "manifest.csv"), encoding="utf-8") as f:
    header = f.readline().strip()
if header not in ("file,published,url,title", "file,published,url,title,source"):
    problems.append(f"manifest header is {header!r}")
mfiles = set()
for m in manifest:
    mfiles.add(m["file"])
    if not os.path.isfile(os.path.join(HERE, m["file"])):
        problems.append(f"manifest: missing file {m['file']}")
    try:
        datetime.date.fromisoformat(m["published"])
    except ValueError:
        problems.append(f"manifest: bad date for {m['file']}: {m['published']!r}")
    if os.path.isfile(os.path.join(HERE, m["file"])):
        size = os.path.getsize(os.path.join(HERE, m["file"]))
        if not 1000 <= size <= 5120:
            problems.append(f"manifest: {m['file']} is {size} bytes (expected 1-5 KB)")

rows = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            problems.append(f"gold line {n}: invalid JSON ({e})")

cache = {}
for n, g in rows:
    where = f"gold line {n} ({g.get('doc')} {g.get('date')} {g.get('place')})"
    keys = [k for k in g if k != "note"]
    if keys != KEYS:
        problems.append(f"{where}: keys differ from seed gold: {keys}")
    doc = g.get("doc")
    path = os.path.join(HERE, doc or "")
    if not doc or not os.path.isfile(path):
        problems.append(f"{where}: document not found")
        continue
    if doc not in mfiles:
        problems.append(f"{where}: document not in manifest")
    try:
        datetime.date.fromisoformat(g["date"])
    except (TypeError, ValueError):
        problems.append(f"{where}: bad date")
    if g["date_precision"] not in ("day", "week", "month", "year"):
        problems.append(f"{where}: bad date_precision")
    if g["role"] not in ("main", "context"):
        problems.append(f"{where}: bad role")
    if not isinstance(g["optional"], bool):
        problems.append(f"{where}: optional must be true/false")
    if g["weapon"] not in WEAPONS:
        problems.append(f"{where}: bad weapon {g['weapon']!r}")
    if (g["lat"] is None) != (g["lon"] is None):
        problems.append(f"{where}: lat/lon must both be set or both null")
    if g["lat"] is not None and not (-90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180):
        problems.append(f"{where}: coordinates out of range")
    if g["lat"] is not None and not g.get("coord_source"):
        problems.append(f"{where}: coordinates without coord_source")
    for k in ("projectiles", "killed", "injured"):
        if g[k] is not None and (not isinstance(g[k], int) or g[k] < 0):
            problems.append(f"{where}: {k} must be a non-negative integer or null")
    if doc not in cache:
        cache[doc] = texts(path)
    for frag in (p.strip() for p in g["evidence"].split("...")):
        if frag and not any(ws(frag) in t for t in cache[doc]):
            problems.append(f"{where}: evidence fragment not found: {frag[:80]!r}")

gdocs = {g["doc"] for _, g in rows}
for m in sorted(mfiles - gdocs):
    print(f"note: {m} has no gold row")
req = sum(1 for _, g in rows if not g["optional"])
print(f"{len(manifest)} documents, {len(rows)} gold rows: {req} required, {len(rows) - req} optional")
if problems:
    print("\n".join("PROBLEM: " + p for p in problems))
    sys.exit(1)
print("OK")
