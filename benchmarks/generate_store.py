"""Build a large synthetic corpus store (default 10 million events) in a few minutes, for query benchmarks.

    python benchmarks/generate_store.py [--events 10000000] [--out /tmp/eventwire-10m.duckdb]

The store has eventwire's schema (made by ``eventwire.open``) and realistic shapes, not
realistic facts:

- countries: a news-attention ranking (the countries GDELT-style event data is dominated
  by: USA, GBR, RUS, CHN, ISR ...) with Zipf weights (s = 1.1), then every other country of
  the gazetteer by population, far behind; 75% of an article's events happen in its main
  country;
- places: the country's 30 largest cities and capital from eventwire's gazetteer (GeoNames),
  picked by population, with real coordinates jittered by ~5 km;
- event types: every CAMEO code of ``resources/events/cameo.tsv``, roots weighted roughly as
  in GDELT 2.0 (statements, consultations and appeals common; 20 "mass violence" rare),
  QuadClass, Goldstein and PLOVER from the resources;
- actors: country + sector codes (GOV, MIL, COP, CVL, OPP, REB, BUS, MED, JUD, LEG) with
  skewed sector weights, a source missing in 25% of events and a target in 40%; 70% of
  actors are from the event's country;
- dates: five years (2019-2023), volume growing over time, weekends at 70%; an article's
  events fall on its publication day or up to a week before (cubic skew towards the day);
- 8 events per article; each article's text is one sentence per event made from its actors,
  a phrase for its CAMEO root and its city, so full-text search has real words to find.

Only ``articles`` and ``events`` are filled (the tables the benchmarked queries read); rows
are inserted in date order, 100,000 articles per transaction, as a corpus ingested over time
mostly is. DuckDB is held to 3 GB of memory and 2 threads while building. Then the store is
reopened so its full-text index is built the way a crashed ingest's would be caught up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402

ATTENTION = ["USA", "GBR", "RUS", "CHN", "ISR", "UKR", "SYR", "IND", "IRN", "FRA", "DEU", "TUR", "AFG", "PAK",
             "IRQ", "NGA", "PSE", "JPN", "KOR", "PRK", "AUS", "CAN", "SAU", "EGY", "MEX", "BRA", "VEN", "LBN",
             "YEM", "LBY", "PHL", "ZAF", "KEN", "SOM", "ETH", "SDN", "MMR", "BGD", "IDN", "ITA", "ESP", "POL"]
ROOTS = {"01": 11, "02": 8, "03": 5, "04": 19, "05": 11, "06": 3, "07": 3, "08": 3, "09": 3, "10": 2,
         "11": 7, "12": 2, "13": 3, "14": 2, "15": 1, "16": 1.5, "17": 5, "18": 3, "19": 6, "20": 0.1}
PHRASES = {
    "01": ["made a statement about", "commented on"], "02": ["appealed to", "urged"],
    "03": ["pledged to cooperate with", "offered aid to"], "04": ["held talks with", "met with"],
    "05": ["signed an agreement with", "praised"], "06": ["traded with", "worked with"],
    "07": ["sent aid to", "provided assistance to"], "08": ["released prisoners to", "eased restrictions on"],
    "09": ["investigated", "opened an inquiry into"], "10": ["demanded concessions from", "asked for"],
    "11": ["criticized", "accused"], "12": ["rejected a proposal from", "refused to meet"],
    "13": ["threatened", "warned"], "14": ["protested against", "demonstrated against"],
    "15": ["mobilized troops against", "raised alert levels against"],
    "16": ["cut ties with", "imposed sanctions on"], "17": ["arrested", "detained"],
    "18": ["attacked", "ambushed"], "19": ["fought", "shelled positions of"],
    "20": ["used chemical weapons against", "massacred"],
}
SECTORS = {"GOV": 35, "MIL": 12, "COP": 10, "CVL": 12, "OPP": 6, "REB": 5, "BUS": 6, "MED": 4, "JUD": 4, "LEG": 4}
WORDS = {"GOV": "government", "MIL": "military", "COP": "police", "CVL": "civilians", "OPP": "opposition",
         "REB": "rebels", "BUS": "business leaders", "MED": "journalists", "JUD": "judges", "LEG": "lawmakers"}
START, YEARS = date(2019, 1, 1), 5


def _tsv(name: str) -> list[list[str]]:
    text = (resources.files("eventwire") / "resources" / "events" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _cdf(rows: list[dict], weight: str, group: str | None = None) -> pa.Table:
    """Rows with a ``lo`` column: the cumulative share (within ``group``) before each row."""
    out: dict[str, list] = {k: [] for k in rows[0] if k != weight}
    out["lo"] = []
    totals: dict = {}
    for r in rows:
        totals[r.get(group)] = totals.get(r.get(group), 0) + r[weight]
    acc: dict = {}
    for r in rows:
        g = r.get(group)
        out["lo"].append(acc.get(g, 0.0) / totals[g])
        acc[g] = acc.get(g, 0.0) + r[weight]
        for k, v in r.items():
            if k != weight:
                out[k].append(v)
    return pa.table(out)


def dimensions() -> dict[str, pa.Table]:
    from eventwire import gazetteer

    g = gazetteer.connection()
    countries = {c: (name, pop or 0) for name, c, pop in g.execute(
        "SELECT name, country, population FROM places WHERE feature = 'country' AND country IS NOT NULL")}
    ranked = [c for c in ATTENTION if c in countries]
    rest = sorted((c for c in countries if c not in ranked), key=lambda c: -countries[c][1])
    cw = [{"country": c, "cname": countries[c][0], "w": 1 / (r + 1) ** 1.1} for r, c in enumerate(ranked)]
    tail = cw[-1]["w"] / 3
    cw += [{"country": c, "cname": countries[c][0], "w": tail / (r + 1) ** 0.8} for r, c in enumerate(rest)]
    cities = []
    for c in countries:
        rows = g.execute("SELECT name, admin1, lat, lon, population, feature FROM places WHERE country = ? AND "
                         "feature IN ('city', 'capital') ORDER BY population DESC LIMIT 30", (c,)).fetchall()
        if not rows:
            rows = g.execute("SELECT name, admin1, lat, lon, 1, feature FROM places WHERE country = ? AND "
                             "feature = 'country'", (c,)).fetchall()
        for name, admin1, lat, lon, pop, feature in rows:
            w = max(pop or 1, 1) * (3 if feature == "capital" else 1)
            cities.append({"country": c, "city": name, "admin1": admin1, "lat": lat, "lon": lon, "w": float(w)})
    info = {row[0]: (int(row[2]), float(row[3])) for row in _tsv("cameo.tsv")}
    plover = {row[0]: (row[1], row[2] if len(row) > 2 and row[2] else None) for row in _tsv("plover.tsv")}
    codes = []
    for root, share in ROOTS.items():
        members = sorted(c for c in info if c.startswith(root))
        weights = [3.0 if len(c) == 2 or c.endswith("0") else 1.0 / (1 + n % 5) for n, c in enumerate(members)]
        for c, w in zip(members, weights):
            p = plover.get(c) or plover.get(c[:3]) or plover.get(root) or (None, None)
            codes.append({"cameo": c, "cameo_root": root, "quad_class": info[c][0], "goldstein": info[c][1],
                          "plover_type": p[0], "plover_mode": p[1], "w": share * w / sum(weights)})
    days = []
    for n in range(365 * YEARS + 1):
        d = START + timedelta(days=n)
        days.append({"day": d, "w": (1 + n / 365) * (0.7 if d.weekday() >= 5 else 1.0)})
    actors = []
    for c in countries:
        for s, w in SECTORS.items():
            actors.append({"country": c, "code": c + s, "aname": f"{countries[c][0]} {WORDS[s]}", "w": float(w)})
    phrases = [{"cameo_root": r, "variant": i, "phrase": p} for r, ps in PHRASES.items() for i, p in enumerate(ps)]
    return {"d_country": _cdf(cw, "w"), "d_city": _cdf(cities, "w", "country"), "d_code": _cdf(codes, "w"),
            "d_day": _cdf(days, "w"), "d_actor": _cdf(actors, "w", "country"), "d_phrase": pa.Table.from_pylist(phrases)}


def _chunk(con, lo: int, hi: int, per_article: int) -> None:
    """Sample the events of articles lo..hi-1 and insert those articles and events, in one transaction."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE g_events AS
        WITH e AS (
            SELECT range AS i, range // {per_article} AS a, range % {per_article} AS k,
                   random() AS r_home, random() AS r_country, random() AS r_city, random() AS r_code,
                   random() AS r_src, random() AS r_tgt, random() AS r_sc, random() AS r_tc, random() AS r_lag,
                   random() AS r_st, random() AS r_jit1, random() AS r_jit2
            FROM range({lo * per_article}, {hi * per_article})),
        e2 AS (
            SELECT e.*, ga.published, ga.r_outlet,
                   CASE WHEN e.r_home < 0.75 THEN ga.main_country ELSE dc.country END AS country
            FROM e JOIN g_articles ga ON ga.a = e.a
            ASOF JOIN d_country dc ON e.r_country >= dc.lo),
        e3 AS (
            SELECT e2.*, ci.city, ci.admin1, ci.lat + (e2.r_jit1 - 0.5) * 0.09 AS lat,
                   ci.lon + (e2.r_jit2 - 0.5) * 0.09 AS lon, co.cameo, co.cameo_root, co.quad_class, co.goldstein,
                   co.plover_type, co.plover_mode
            FROM e2 ASOF JOIN d_city ci ON e2.country = ci.country AND e2.r_city >= ci.lo
            ASOF JOIN d_code co ON e2.r_code >= co.lo),
        e4 AS (
            SELECT e3.*, CASE WHEN e3.r_sc < 0.7 THEN e3.country ELSE sc.country END AS src_country,
                         CASE WHEN e3.r_tc < 0.7 THEN e3.country ELSE tc.country END AS tgt_country
            FROM e3 ASOF JOIN d_country sc ON (e3.r_sc * 7 % 1) >= sc.lo
            ASOF JOIN d_country tc ON (e3.r_tc * 7 % 1) >= tc.lo)
        SELECT e4.*, sa.code AS source_code, sa.aname AS source_name, ta.code AS target_code, ta.aname AS target_name
        FROM e4 ASOF JOIN d_actor sa ON e4.src_country = sa.country AND e4.r_src >= sa.lo
        ASOF JOIN d_actor ta ON e4.tgt_country = ta.country AND e4.r_tgt >= ta.lo""")
    con.execute("BEGIN")
    con.execute(f"""
        INSERT INTO articles BY NAME
        SELECT printf('g%09d', ga.a) AS id, printf('https://news%03d.example/%d', CAST(ga.r_outlet ** 3 * 300 AS INT), ga.a) AS url,
               printf('News %03d', CAST(ga.r_outlet ** 3 * 300 AS INT)) AS outlet,
               t.title, CAST(ga.published AS TIMESTAMP) + INTERVAL 8 HOUR AS published, 'en' AS language,
               t.text, -2.0 + ga.r_outlet * 3 AS tone, '[]' AS errors, now()::TIMESTAMP AS ingested_at, 1 AS batch,
               ga.a + 1 AS seq
        FROM g_articles ga JOIN (
            SELECT ev.a, first(coalesce(ev.source_name, 'Unknown') || ' ' || p.phrase || ' ' ||
                               coalesce(ev.target_name, 'civilians') ORDER BY ev.k) AS title,
                   string_agg(coalesce(ev.source_name, 'Officials said unidentified people') || ' ' || p.phrase || ' ' ||
                              coalesce(ev.target_name, 'civilians') || ' in ' || ev.city || '.', ' ' ORDER BY ev.k) AS text
            FROM g_events ev JOIN d_phrase p ON p.cameo_root = ev.cameo_root AND p.variant = ev.i % 2
            GROUP BY ev.a) t ON t.a = ga.a
        WHERE ga.a >= {lo} AND ga.a < {hi}
        ORDER BY ga.a""")
    con.execute("""
        INSERT INTO events BY NAME
        SELECT printf('g%09d', a) || ':e' || (k + 1) AS uid, printf('g%09d', a) AS article_id, 'e' || (k + 1) AS id,
               CAST(k AS INT) AS sentence, cameo, cameo_root, quad_class, goldstein, plover_type, plover_mode,
               CASE WHEN r_src < 0.25 THEN NULL ELSE source_code END AS source_code,
               CASE WHEN r_src < 0.25 THEN NULL ELSE source_name END AS source_name,
               CASE WHEN r_src < 0.25 THEN NULL ELSE src_country END AS source_country,
               CASE WHEN r_tgt < 0.40 THEN NULL ELSE target_code END AS target_code,
               CASE WHEN r_tgt < 0.40 THEN NULL ELSE target_name END AS target_name,
               CASE WHEN r_tgt < 0.40 THEN NULL ELSE tgt_country END AS target_country,
               published - CAST(floor(r_lag ** 3 * 7) AS INT) AS date, 'day' AS date_precision,
               'l' || (k + 1) AS location_id, country, admin1, lat, lon,
               CASE WHEN r_st < 0.85 THEN 'occurred' WHEN r_st < 0.95 THEN 'intended' WHEN r_st < 0.98 THEN 'negated'
                    ELSE 'hypothetical' END AS status,
               0.4 + r_st * 0.5 AS confidence, CAST(published AS TIMESTAMP) + INTERVAL 8 HOUR AS published,
               hash(i) >> 4 AS gdelt_id, a + 1 AS article_seq
        FROM g_events ORDER BY date, uid""")
    con.execute("COMMIT")


def build(path: Path, n_events: int, memory: str = "3GB", chunk: int = 100_000) -> dict[str, float]:
    import eventwire

    for p in (path, Path(str(path) + ".wal"), Path(str(path) + ".fts")):
        if p.exists():
            os.remove(p)
    times: dict[str, float] = {}
    t = time.perf_counter()
    dims = dimensions()
    times["dimensions (gazetteer, resources)"] = time.perf_counter() - t
    per_article = 8
    n_articles = n_events // per_article
    st = eventwire.open(path)
    con = st.con
    con.execute(f"SET memory_limit = '{memory}'")  # a shared machine: DuckDB's default is 80% of RAM
    con.execute("SET threads = 2")
    for name, table in dims.items():
        con.register(name, table)
    con.execute("SELECT setseed(0.42)")
    t = time.perf_counter()
    con.execute(f"""
        CREATE TEMP TABLE g_articles AS
        SELECT row_number() OVER (ORDER BY d.day, a.i) - 1 AS a, d.day AS published, c.country AS main_country,
               a.r_outlet
        FROM (SELECT range AS i, random() AS r_day, random() AS r_country, random() AS r_outlet
              FROM range({n_articles})) a
        ASOF JOIN d_day d ON a.r_day >= d.lo
        ASOF JOIN d_country c ON a.r_country >= c.lo""")
    times["sample articles"] = time.perf_counter() - t
    times["sample events + insert (chunks in date order)"] = 0.0
    for lo in range(0, n_articles, chunk):
        t = time.perf_counter()
        _chunk(con, lo, min(n_articles, lo + chunk), per_article)
        times["sample events + insert (chunks in date order)"] += time.perf_counter() - t
        print(f"  {min(n_articles, lo + chunk) * per_article:,} events", file=sys.stderr, flush=True)
    con.execute("UPDATE meta SET value = '1' WHERE key = 'batch'")
    con.execute("UPDATE meta SET value = ? WHERE key = 'seq'", [str(n_articles)])
    con.execute("DROP TABLE g_articles")
    con.execute("CHECKPOINT")
    st.close()
    t = time.perf_counter()
    eventwire.open(path).close()  # the search index is caught up from the store on open
    times["full-text index (SQLite FTS5)"] = time.perf_counter() - t
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/eventwire-10m.duckdb"))
    ap.add_argument("--memory", default="3GB", help="DuckDB memory limit while building")
    args = ap.parse_args()
    started = time.perf_counter()
    times = build(args.out, args.events, args.memory)
    total = time.perf_counter() - started
    for step, s in times.items():
        print(f"{step:<34} {s:8.1f} s")
    size = sum(p.stat().st_size for p in (args.out, Path(str(args.out) + ".fts")) if p.exists())
    print(f"{'total':<34} {total:8.1f} s   {args.events:,} events -> {args.out} ({size / 1e9:.2f} GB with index)")


if __name__ == "__main__":
    main()
