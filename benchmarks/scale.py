"""Scale-out: the same pipeline on the local process pool, Dask and Ray, with 1 and 2 workers.

    python benchmarks/scale.py [--limit 100] [--batch-size 4] [--engines local,dask,ray]

On the first ``--limit`` Wikinews articles (../shared/data/wikinews) each configuration runs in a
fresh process: it starts its workers (a process pool, a Dask LocalCluster, a local Ray instance),
warms them up on a few documents that are not counted, then times the articles. Prints, per engine
and worker count: start-up seconds (cluster + model load), articles/s, the 2-vs-1-worker speedup,
2-worker throughput against the local pool's, and the largest worker's peak memory; then whether
every engine gave identical records (ignoring timing fields, of which records have none today).

The machine's load average is printed with each run: on a shared machine wall-clock figures
move with other people's work. So the CPU each configuration spent is measured too (user +
system seconds of the driver and every process it started, over the timed articles), and from
it what the configuration would do on 2 idle cores: all its processes share the 2 cores, and
none goes faster than one core (``capacity``). Those columns are a projection, not a timing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "wikinews"
TIMING_FIELDS = {"seconds", "timings", "elapsed", "ingested_at"}  # never part of the comparison


def load_docs(limit: int) -> list:
    from eventwire.ingest import RawDoc

    if not DATA.exists():
        sys.exit(f"dev data not found at {DATA}; this benchmark needs ../shared/data/wikinews")
    docs = []
    for path in sorted(DATA.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                docs.append(RawDoc(source=row["url"], text=row["text"], url=row["url"], published=row["date"],
                                   title=row["title"]))
    return docs[:limit]


def one(engine: str, workers: int, limit: int, batch_size: int, out: str) -> dict:
    """Run one configuration in this process; write its records to ``out``; return its figures."""
    import orjson

    from eventwire.pipeline import Settings
    from eventwire.run import _open, _ordered

    docs = load_docs(limit)
    warm = load_docs(limit + 2 * workers)[limit:]  # other articles, not counted
    settings = Settings(batch_size=batch_size)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    runner = _open(engine, settings, workers, None)
    try:
        window = 4 * runner.workers
        for _ in _ordered(warm, runner, 1, window):  # one document per worker: every worker has its model
            pass
        startup = time.perf_counter() - t0
        cpu0 = cpu_times()
        t1 = time.perf_counter()
        arts = list(_ordered(docs, runner, batch_size, window))
        seconds = time.perf_counter() - t1
        cpu = {pid: t - cpu0.get(pid, 0.0) for pid, t in cpu_times().items()}
        if engine == "local":
            peak = None  # read from the reaped children below
        else:
            peaks = runner.peak_rss_mb()
            peak = max(peaks.values() if isinstance(peaks, dict) else peaks)
    finally:
        runner.close()
    if peak is None:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with open(out, "wb") as f:
        for a in arts:
            f.write(orjson.dumps(a.to_dict()) + b"\n")
    words = sum(len((d.text or "").split()) for d in docs)
    return {"engine": engine, "workers": workers, "startup": startup, "seconds": seconds,
            "cpu_total": sum(cpu.values()), "cpu_busiest": max(cpu.values()),
            "articles/s": len(arts) / seconds, "words/s": words / seconds, "peak_mb": peak,
            "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load_before": load, "load_after": os.getloadavg()[0], "articles": len(arts)}


def cpu_times() -> dict[int, float]:
    """CPU seconds (user + system) so far of this process and every process it started (pool
    workers, Dask nannies and workers, Ray's GCS, raylet and actors), by pid."""
    import psutil

    me = psutil.Process()
    out = {}
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def capacity(r: dict, cores: int) -> float:
    """Articles/s this configuration would reach on ``cores`` idle cores, from the CPU it spent:
    all its processes share the cores, and no process can go faster than one core."""
    n = r["articles"]
    return min(cores / (r["cpu_total"] / n), 1 / (r["cpu_busiest"] / n) * r["workers"])


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in TIMING_FIELDS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100, help="articles to time (default 100)")
    ap.add_argument("--batch-size", type=int, default=4, help="documents per batch (default 4)")
    ap.add_argument("--engines", default="local,dask,ray")
    ap.add_argument("--one", nargs=3, metavar=("ENGINE", "WORKERS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # a child: one configuration in a fresh process
        engine, workers, out = args.one
        print(json.dumps(one(engine, int(workers), args.limit, args.batch_size, out)))
        return
    print(f"{args.limit} Wikinews articles, batches of {args.batch_size}, {os.cpu_count()} CPUs "
          f"(shared with other work: load average {os.getloadavg()[0]:.1f} at start)")
    header = (f"{'engine':<6} {'workers':>7} {'start s':>8} {'articles/s':>10} {'words/s':>8} "
              f"{'speedup':>8} {'vs pool':>8} {'peak MB/worker':>14} {'load':>10} "
              f"{'CPU ms/art':>10} {'idle-2-core art/s':>17} {'speedup':>8} {'vs pool':>8}")
    print(header)
    results, outputs = {}, {}
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-scale-"))
    env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    for engine in args.engines.split(","):
        for workers in (1, 2):
            out = tmp / f"{engine}-{workers}.jsonl"
            cmd = [sys.executable, __file__, "--limit", str(args.limit), "--batch-size", str(args.batch_size),
                   "--one", engine, str(workers), str(out)]
            done = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if done.returncode:
                print(f"{engine} with {workers} workers failed:\n{done.stderr[-2000:]}")
                continue
            r = results[engine, workers] = json.loads(done.stdout.strip().splitlines()[-1])
            outputs[engine, workers] = [_strip(json.loads(line)) for line in out.read_text().splitlines()]
            speed = ""
            if workers == 2 and (engine, 1) in results:
                speed = f"{r['articles/s'] / results[engine, 1]['articles/s']:.2f}x"
            vs = ""
            if workers == 2 and ("local", 2) in results:
                vs = f"{r['articles/s'] / results['local', 2]['articles/s']:.2f}x"
            cap = capacity(r, 2)
            cap_speed = cap_vs = ""
            if workers == 2 and (engine, 1) in results:
                cap_speed = f"{cap / capacity(results[engine, 1], 2):.2f}x"
            if workers == 2 and ("local", 2) in results:
                cap_vs = f"{cap / capacity(results['local', 2], 2):.2f}x"
            print(f"{engine:<6} {workers:>7} {r['startup']:>8.1f} {r['articles/s']:>10.2f} {r['words/s']:>8.0f} "
                  f"{speed:>8} {vs:>8} {r['peak_mb']:>14.0f} {r['load_before']:>4.1f}→{r['load_after']:<4.1f} "
                  f"{1000 * r['cpu_total'] / r['articles']:>10.0f} {cap:>17.2f} {cap_speed:>8} {cap_vs:>8}")
    if outputs:
        (first_key, first), *rest = outputs.items()
        same = [k for k, v in rest if v == first]
        differ = [k for k, v in rest if v != first]
        print(f"\nidentical records: {', '.join(f'{e}/{w}' for e, w in [first_key, *same])}"
              + (f"; DIFFERENT: {', '.join(f'{e}/{w}' for e, w in differ)}" if differ else ""))
        n_events = sum(len(r["events"]) for r in first)
        print(f"{len(first)} records, {n_events} events, {sum(bool(r['errors']) for r in first)} with errors")
        driver_costs(tmp / f"{first_key[0]}-{first_key[1]}.jsonl")


def driver_costs(path: Path) -> None:
    """What one driver (or writer) spends per article, whatever the number of workers: the
    ceiling on how many workers one driver can keep up with, and the bytes each record costs."""
    import orjson

    from eventwire.model import Article
    from eventwire.run.records import write_parquet

    lines = path.read_bytes().splitlines()
    recs = [orjson.loads(line) for line in lines]
    t = time.perf_counter()
    for _ in range(5):
        for r in recs:
            Article.from_dict(r)
    rebuild = (time.perf_counter() - t) / (5 * len(recs))
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        for i in range(5):
            write_parquet(recs, Path(d) / f"{i}.parquet")
        parquet_bytes = (Path(d) / "0.parquet").stat().st_size
    parquet = (time.perf_counter() - t) / (5 * len(recs))
    json_bytes = sum(len(line) for line in lines) / len(lines)
    print(f"driver per article: record {json_bytes / 1000:.1f} kB as JSON ({parquet_bytes / len(recs) / 1000:.1f} kB "
          f"in Parquet); Article.from_dict {rebuild * 1e6:.0f} µs ({1 / rebuild:,.0f} articles/s); "
          f"records → Arrow → Parquet {parquet * 1e6:.0f} µs ({1 / parquet:,.0f} articles/s)")


if __name__ == "__main__":
    main()
