"""Long texts: time and peak memory of every stage at 50k, 200k, 800k and 2M characters.

    python benchmarks/long_text.py [--sizes 50000,200000,800000,2000000] [--profile SIZE]

The text is distinct news paragraphs: Wikinews articles from ../shared/data/wikinews,
then (past their ~1.3M characters) the synthetic news stories of
../shared/data/plover_synthetic, each paragraph once. Every size runs in a fresh
process, so its peak RSS is its own. Targets (issue 15): time per character at 2M
within 2x of that at 50k, peak RSS at 2M under 2 GB.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
SIZES = (50_000, 200_000, 800_000, 2_000_000)


def paragraphs():
    """Distinct news paragraphs, Wikinews first, then the synthetic stories."""
    seen = set()
    csv.field_size_limit(10_000_000)
    sources = sorted((DATA / "wikinews").glob("wikinews_*.csv")) + [DATA / "plover_synthetic" / "synthetic_events.csv"]
    for path in sources:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for para in row["text"].split("\n"):
                    para = " ".join(para.split())
                    if len(para) > 80 and para not in seen:  # real paragraphs, not datelines
                        seen.add(para)
                        yield para


def build(size: int) -> str:
    parts, n = [], 0
    for para in paragraphs():
        parts.append(para)
        n += len(para) + 2
        if n >= size:
            break
    else:
        sys.exit(f"only {n:,} characters of distinct paragraphs under {DATA}; need {size:,}")
    return "\n\n".join(parts)[:size]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int) -> dict:
    """Run one text of ``size`` characters through the pipeline, stage by stage, in this process."""
    from eventwire import geo, nlp, pipeline
    from eventwire.ingest import RawDoc

    nlp.load()
    geo.annotate  # noqa: B018  (imported: the gazetteer opens lazily, on the first lookup)
    text = build(size)
    base = _rss_mb()
    rows = []
    t = time.perf_counter()
    art, pub, ok = pipeline.prepare(RawDoc(source="long", text=text, published="2019-06-01"))
    rows.append(("clean", time.perf_counter() - t, _rss_mb()))
    if not ok:
        sys.exit(f"not analysable: {art.errors}")
    t = time.perf_counter()
    (parsed,) = nlp.parse([art], [pub])
    rows.append(("spaCy", time.perf_counter() - t, _rss_mb()))
    for name, stage in pipeline.stages():
        t = time.perf_counter()
        stage(parsed)
        rows.append((name, time.perf_counter() - t, _rss_mb()))
    return {"chars": len(text), "rows": rows, "rss_before": base, "errors": [e.message for e in art.errors]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--profile", type=int, metavar="SIZE", help="cProfile the stages at one size")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("measure(args.profile)", globals(), {"measure": measure, "args": args}, "/tmp/long_text.prof")
        pstats.Stats("/tmp/long_text.prof").sort_stats("cumulative").print_stats(40)
        return
    results = []
    for size in map(int, args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    names = [n for n, _, _ in results[0]["rows"]]
    print("seconds per stage (peak RSS MB after the stage)")
    print(f"{'stage':<8}" + "".join(f"{r['chars']:>20,}" for r in results))
    for i, name in enumerate(names):
        print(f"{name:<8}" + "".join(f"{r['rows'][i][1]:>11.2f} ({r['rows'][i][2]:>5.0f})" for r in results))
    totals = [sum(s for _, s, _ in r["rows"]) for r in results]
    print(f"{'total':<8}" + "".join(f"{t:>20.2f}" for t in totals))
    per = [1e6 * t / r["chars"] for t, r in zip(totals, results)]
    print(f"{'µs/char':<8}" + "".join(f"{p:>20.1f}" for p in per))
    print(f"{'peak MB':<8}" + "".join(f"{max(x for _, _, x in r['rows']):>20.0f}" for r in results))
    print(f"\ntime per character, largest / smallest: {per[-1] / per[0]:.2f}x (target <= 2x); "
          f"peak RSS at {results[-1]['chars']:,}: {max(x for _, _, x in results[-1]['rows']):.0f} MB (target < 2048)")
    for r in results:
        if r["errors"]:
            print(f"{r['chars']:,}: {r['errors']}")


if __name__ == "__main__":
    main()
