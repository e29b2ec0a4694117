"""The corpus store: what writing costs, how fast the big queries answer, whether ingest memory stays flat.

    python benchmarks/store.py overhead [--limit N]      # (a) store writes vs extraction, Wikinews articles
    python benchmarks/store.py queries [--db PATH]       # (b) the five queries on a generated 10M-event store
    python benchmarks/store.py memory [--docs 10000]     # (c) peak RSS of `eventwire ingest` as it goes
    python benchmarks/store.py all

(a) runs the pipeline once over the Wikinews articles of ../shared/data (timing extraction),
then writes the same records into fresh stores three times the way ``eventwire ingest``
does (the skip check with ``Store.known``, then ``store.ingest`` in batches of 64, each one
transaction, plus the full-text index) and reports the median write time as a share of
extraction time. Target: <= 5%.

(b) needs the store built by ``python benchmarks/generate_store.py`` (10 million events;
built if absent). Each query runs once cold (just after opening) and three times warm; the
table shows both, and the CPU time the warm runs used over all of DuckDB's threads (on a
shared machine the wall time also counts waiting for a core). Target: < 1 s each.

(c) writes ``--docs`` short generated news items to a JSON Lines file, ingests it with the
real command in a subprocess (one worker), samples its resident memory every 0.25 s and
prints, at every 1,000 articles stored, its resident memory, the peak so far, and the elapsed and
CPU time that thousand took (CPU time is the figure to trust on a shared machine: elapsed time
also counts waiting for a core). Flat means: no growth with the number of articles after the
first thousand (the model and caches load at the start). Target: <= 10% growth from the 2nd
to the last thousand.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def table(rows: list[tuple], header: tuple) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "| " + " | ".join(str(x).ljust(w) for x, w in zip(r, widths)) + " |"  # noqa: E731
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


# ---------------------------------------------------------------- (a) overhead


def overhead(limit: int | None) -> None:
    import eventwire
    from eventwire import store
    from eventwire.pipeline import Pipeline, doc_id
    from throughput import load_docs

    docs = load_docs(limit)
    pipe = Pipeline()
    start = time.perf_counter()
    arts = list(pipe.pipe(docs))
    extract_s = time.perf_counter() - start
    events = sum(len(a.events) for a in arts)
    writes = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            with eventwire.open(Path(tmp) / "c.duckdb") as st:
                for i in range(0, len(docs), 256):  # the skip check ingest makes before parsing
                    st.known(doc_id(d) for d in docs[i:i + 256])
                result = store.ingest(st, arts, batch_size=64)
            writes.append(time.perf_counter() - start)
            assert result.added == len({a.id for a in arts})
    write_s = statistics.median(writes)
    print(f"\n(a) store overhead on {len(arts)} Wikinews articles ({events} events), one process\n")
    table([
        ("extraction (clean + parse + 8 stages)", f"{extract_s:.1f} s", f"{1000 * extract_s / len(arts):.1f} ms/article"),
        ("store writes (skip check + rows + FTS), median of 3", f"{write_s:.2f} s",
         f"{1000 * write_s / len(arts):.2f} ms/article"),
        ("overhead", f"{100 * write_s / extract_s:.1f}%", "target <= 5%"),
    ], ("step", "time", "per article"))


# ---------------------------------------------------------------- (b) queries


def queries(db: Path) -> None:
    import eventwire

    if not db.exists():
        print(f"building {db} (python benchmarks/generate_store.py) ...", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_store.py"), "--out", str(db)], check=True)
    st = eventwire.open(db, read_only=True)
    n_events = st.count("events")
    n_articles = st.count("articles")
    # parameters read from the data: a busy country with conflict, its busiest actor, a dense month
    country = st.sql("SELECT country FROM events WHERE cameo_root IN ('18', '19') GROUP BY 1 "
                     "ORDER BY count(*) DESC LIMIT 1 OFFSET 3").fetchall()[0][0]
    actor = st.sql("SELECT source_code FROM events WHERE source_country = ? GROUP BY 1 ORDER BY count(*) DESC "
                   "LIMIT 1 OFFSET 1", [country]).fetchall()[0][0]
    lat, lon = st.sql("SELECT median(lat), median(lon) FROM events WHERE country = ?", [country]).fetchall()[0]
    cases = [
        (f"events per day by QuadClass, {country}, 2021",
         lambda: st.sql("SELECT date, quad_class, count(*) AS n FROM events WHERE country = ? AND date BETWEEN "
                        "DATE '2021-01-01' AND DATE '2021-12-31' GROUP BY ALL ORDER BY ALL", [country]).fetchall()),
        ("top 20 dyads, March 2022",
         lambda: st.sql("SELECT source_code, target_code, count(*) AS n FROM events WHERE date BETWEEN DATE "
                        "'2022-03-01' AND DATE '2022-03-31' AND source_code IS NOT NULL AND target_code IS NOT NULL "
                        "GROUP BY ALL ORDER BY n DESC LIMIT 20").fetchall()),
        (f"timeline of {actor} (events per day, as source or target)",
         lambda: st.sql("SELECT date, count(*) AS n, avg(goldstein) AS goldstein FROM events WHERE source_code = ? "
                        "OR target_code = ? GROUP BY date ORDER BY date", [actor, actor]).fetchall()),
        (f"events in a 2x2 degree box around {country}, one week (Store.events)",
         lambda: st.events(since="2022-06-06", until="2022-06-12", bbox=(lon - 1, lat - 1, lon + 1, lat + 1)).fetchall()),
        ('full-text "chemical weapons" joined to its events (Store.search)',
         lambda: st.search("chemical weapons").fetchall()),
        ('  the same, all event columns', lambda: st.search("chemical weapons", columns="*").fetchall()),
        ('  the same, the 500 best-matching articles', lambda: st.search("chemical weapons", limit=500).fetchall()),
    ]
    rows = []
    for name, run in cases:
        start, cpu = time.perf_counter(), time.process_time()
        result = run()
        cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
        warm, warm_cpu = [], []
        for _ in range(3):
            start, cpu = time.perf_counter(), time.process_time()
            run()
            warm.append(time.perf_counter() - start)
            warm_cpu.append(time.process_time() - cpu)
        rows.append((name, f"{len(result):,}", f"{cold:.3f}", f"{statistics.median(warm):.3f}",
                     f"{statistics.median(warm_cpu):.3f}", "yes" if statistics.median(warm) < 1 else "NO"))
    st.close()
    size = (db.stat().st_size + Path(str(db) + ".fts").stat().st_size) / 1e9
    print(f"\n(b) queries on {db}: {n_events:,} events, {n_articles:,} articles, {size:.2f} GB with its index\n")
    table(rows, ("query", "rows", "cold s", "warm s (median of 3)", "warm CPU s (all threads)", "warm < 1 s"))
    print(f"\nload average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time "
          f"includes waiting for a core; CPU time does not)")


# ---------------------------------------------------------------- (c) memory

WHO = ["Police", "Government troops", "Rebel fighters", "Protesters", "The army", "Officials", "Militants",
       "Doctors", "The United Nations", "Border guards", "Opposition leaders", "The president", "Farmers"]
DID = ["arrested {n} people in {city}", "clashed with demonstrators in {city}", "attacked a convoy near {city}",
       "met local leaders in {city}", "called for calm in {city}", "accused the opposition of fraud in {city}",
       "killed {n} fighters outside {city}", "freed {n} hostages in {city}", "signed a ceasefire in {city}",
       "threatened to close the border near {city}", "delivered food aid to {city}", "marched through {city}"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "yesterday", "last week", "on Friday", "this morning"]
CITIES = ["Lagos", "Nairobi", "Kabul", "Caracas", "Manila", "Karachi", "Bogota", "Aleppo", "Kiev", "Dhaka",
          "Mosul", "Khartoum", "Yangon", "Lima", "Gaza", "Tripoli", "Mogadishu", "Goma", "Quetta", "Maiduguri"]


def news_item(rnd: random.Random, i: int, per_day: int = 40) -> dict:
    """A short news item of two to four sentences and a sign-off, with a headline and a date.

    Dates move forward as a feed's do, ``per_day`` items a day from 2018-01-01 (10,000 items: about
    eight months). ``per_day=0`` gives the cycle of 84 dates used before: then the same few
    days and cities get every report, their event instances keep growing, and dedup's work per
    article grows with them, which no real feed does."""
    city = rnd.choice(CITIES)
    body = []
    for k in range(rnd.randint(2, 4)):
        place = city if k == 0 or rnd.random() < 0.6 else rnd.choice(CITIES)
        body.append(f"{rnd.choice(WHO)} {rnd.choice(DID).format(n=rnd.randint(2, 60), city=place)} "
                    f"{rnd.choice(WHEN)}, {rnd.choice(['officials said', 'witnesses said', 'a spokesman said'])}.")
    body.append(f"This is report {i} from our {city} correspondent.")
    if per_day:
        published = (date(2018, 1, 1) + timedelta(days=i // per_day)).isoformat()
    else:
        published = f"20{18 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return {"title": body[0].split(",")[0], "text": " ".join(body), "published": published}


def memory(n_docs: int, memory_limit: str | None = None, per_day: int = 40) -> None:
    import orjson

    rnd = random.Random(11)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        src.write_bytes(b"".join(orjson.dumps(news_item(rnd, i, per_day)) + b"\n" for i in range(n_docs)))
        db = Path(tmp) / "m.duckdb"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(src), "--db", str(db), "--report-every", "0.25"]
        if memory_limit:
            cmd += ["--memory-limit", memory_limit]
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env=env, text=True)
        peak = 0
        marks: dict[int, tuple[int, int, float, float]] = {}  # articles -> (RSS, peak RSS, elapsed, CPU s)
        start = time.perf_counter()
        next_mark = 1000
        last = ""
        for line in proc.stderr:
            rss = _rss(proc.pid)
            peak = max(peak, rss)
            if line.startswith("ingest:"):
                stored = int(line.split()[1])
                if stored >= next_mark:
                    marks[next_mark] = (rss, peak, time.perf_counter() - start, _cpu(proc.pid))
                    print(f"  {next_mark:,} articles: RSS {rss / 1024:.0f} MB, peak so far {peak / 1024:.0f} MB, "
                          f"{marks[next_mark][3]:.0f} s of CPU so far", flush=True)  # as it goes: a long run
                    next_mark += 1000
            elif line.strip():
                last = line.strip()
        proc.wait()
        total = time.perf_counter() - start
        load = max(load, os.getloadavg()[0])
    dates = f"{per_day} a day" if per_day else "84 dates in a cycle"
    print(f"\n(c) ingest memory over {n_docs:,} generated articles ({dates}; one worker, batches of 64; "
          f"DuckDB memory limit {memory_limit or 'eventwire default'}; 1-min load average up to {load:.1f} "
          f"on {os.cpu_count()} cores)\n")
    rows, prev = [], (0.0, 0.0)
    for k, (rss, pk, t, cpu) in sorted(marks.items()):
        rows.append((f"{k:,}", f"{rss / 1024:.0f} MB", f"{pk / 1024:.0f} MB", f"{t - prev[0]:.0f} s",
                     f"{cpu - prev[1]:.0f} s", f"{t:.0f} s"))
        prev = (t, cpu)
    table(rows, ("articles stored", "RSS", "peak RSS so far", "this 1,000: elapsed", "this 1,000: CPU", "elapsed"))
    if len(marks) >= 3:
        ks = sorted(marks)
        grow = marks[ks[-1]][1] - marks[ks[1]][1]
        cpu = [marks[k][3] - marks[j][3] for j, k in zip(ks, ks[1:])]  # CPU per 1,000 from the 2nd on
        steady = marks[ks[-1]][0] - marks[ks[1]][0]
        print(f"\npeak RSS growth from {ks[1]:,} to {ks[-1]:,} articles: {grow / 1024:+.0f} MB "
              f"({100 * grow / marks[ks[1]][1]:+.1f}%; RSS at the marks: {steady / 1024:+.0f} MB, "
              f"{100 * steady / marks[ks[1]][0]:+.1f}%, the rest is peaks between them); "
              f"CPU per 1,000 articles: {cpu[0]:.0f} s for the 2nd "
              f"thousand, {cpu[-1]:.0f} s for the last ({100 * (cpu[-1] - cpu[0]) / cpu[0]:+.0f}%); "
              f"{total:.0f} s in all; {last}")


def _cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) a process has used so far: unlike elapsed time, not
    inflated by waiting for a core on a shared machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _rss(pid: int) -> int:
    """Resident memory of a process in KiB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["overhead", "queries", "memory", "all"])
    ap.add_argument("--limit", type=int, default=None, help="(a) use only the first N Wikinews articles")
    ap.add_argument("--db", type=Path, default=Path("/tmp/eventwire-10m.duckdb"), help="(b) the generated store")
    ap.add_argument("--docs", type=int, default=10_000, help="(c) articles to ingest")
    ap.add_argument("--memory-limit", default=None, help="(c) passed to eventwire ingest --memory-limit")
    ap.add_argument("--per-day", type=int, default=40, help="(c) articles a day (0: the old cycle of 84 dates)")
    args = ap.parse_args()
    if args.what in ("overhead", "all"):
        overhead(args.limit)
    if args.what in ("queries", "all"):
        queries(args.db)
    if args.what in ("memory", "all"):
        memory(args.docs, args.memory_limit, args.per_day)


if __name__ == "__main__":
    main()
