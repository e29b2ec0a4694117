"""Throughput and memory: the whole pipeline vs bare spaCy on the Wikinews articles.

    python benchmarks/throughput.py [--limit N] [--repeat N] [--stages]

Prints articles/s and words/s on 1 and 2 processes, peak RSS, the same for the
bare ``en_core_web_sm`` pipeline on the same texts, and (with --stages) the
time each extraction stage adds, as a share of the whole. Also the CPU time per
article (this process and its workers): on a machine other work shares, wall
time swings with the load while CPU time moves far less, so the ratio of CPU
times is the steadier figure; the load average is printed before and after. With --repeat N the
pipeline and bare spaCy are run N times, each time one right after the other (in turn which goes
first), and the median of the N ratios is printed: on a shared machine a single pair of runs can
land anywhere between about 0.63 and 0.92 of the same code. The "second half" figures time each
run from its middle article to its last: the rate once started, without the one-time start-up
(eventwire builds its pipeline, and its two workers are spawned processes that load the model,
where bare spaCy forks workers that already hold it); the whole-run figures include it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "wikinews"


def load_docs(limit: int | None = None):
    from eventwire.ingest import RawDoc

    if not DATA.exists():
        sys.exit(f"dev data not found at {DATA}; this benchmark needs ../shared/data/wikinews")
    docs = []
    for path in sorted(DATA.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                docs.append(RawDoc(source=row["url"], text=row["text"], url=row["url"], published=row["date"],
                                   title=row["title"]))
    return docs[:limit] if limit else docs


def measure(mode: str, processes: int, limit: int | None) -> dict:
    """Run one configuration in this process and return its figures. Besides the whole run, the
    rate over its second half (from the middle article's arrival to the last's): that leaves out
    each configuration's start-up (eventwire builds its pipeline, and with two processes spawns
    workers that load the model; bare spaCy forks workers that have it already), which a long
    corpus pays once."""
    from eventwire import nlp
    from eventwire.run import local

    docs = load_docs(limit)
    words = sum(len((d.text or "").split()) for d in docs)
    nlp.load()
    start, cpu = time.perf_counter(), _cpu()
    if mode == "spacy":
        out = nlp.load().pipe([d.text for d in docs], batch_size=16, **({"n_process": processes} if processes > 1 else {}))
    else:
        out = local.pipe(docs, processes=processes)
    arrived = [time.perf_counter() for _ in out]
    end = time.perf_counter()
    # articles come in bursts (a batch at a time): the second half is what arrives after the
    # burst that holds the middle article, over the time since that burst
    middle = arrived[len(docs) // 2]
    half_words = sum(len((d.text or "").split()) for d, t in zip(docs, arrived) if t > middle + 0.005)
    seconds, cpu = end - start, _cpu() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"articles/s": len(docs) / seconds, "words/s": words / seconds, "seconds": seconds,
            "steady words/s": half_words / max(end - middle, 1e-9) if half_words else words / seconds,
            "peak RSS MB": rss / 1024, "articles": len(docs), "cpu ms/article": 1000 * cpu / len(docs)}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the worker processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def stage_shares(limit: int | None) -> None:
    """Time every stage separately over the same articles."""
    from eventwire import pipeline

    docs = load_docs(limit)
    pipe = pipeline.Pipeline()
    start = time.perf_counter()
    for _ in pipe.pipe(docs):
        pass
    whole = time.perf_counter() - start
    totals = pipe.seconds
    base = whole - sum(totals.values())
    print(f"\nstage times over {len(docs)} articles (whole pipeline {whole:.1f} s, of which ingest+clean+spaCy {base:.1f} s)")
    print(f"{'stage':<10} {'ms/article':>10} {'% of pipeline':>14} {'% added to spaCy+clean':>22}")
    for name, t in totals.items():
        print(f"{name:<10} {1000 * t / len(docs):>10.1f} {100 * t / whole:>13.1f}% {100 * t / base:>21.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    ap.add_argument("--stages", action="store_true", help="also time each stage")
    ap.add_argument("--repeat", type=int, default=1, help="run the configurations N times, pairs back to back; print the median ratio")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "PROCESSES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # a child run: one configuration in a fresh process, so peak RSS is its own
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.limit)))
        return
    print(f"load average (1, 5, 15 min) at start: {_load()}")
    print(f"{'configuration':<26} {'articles/s':>10} {'words/s':>9} {'2nd half words/s':>17} {'peak RSS MB':>12}"
          f" {'CPU ms/article':>15}")
    ratios: dict[int, list[tuple[float, float, float]]] = {1: [], 2: []}
    for k in range(args.repeat):
        results = {}
        for processes in (1, 2):  # the two runs of a pair back to back, the one going first in turn
            for mode in (("spacy", "eventwire") if k % 2 == 0 else ("eventwire", "spacy")):
                cmd = [sys.executable, __file__, "--one", mode, str(processes)] + (["--limit", str(args.limit)] if args.limit else [])
                r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
                results[mode, processes] = r
        for mode in ("spacy", "eventwire"):
            for processes in (1, 2):
                r = results[mode, processes]
                label = f"{'bare en_core_web_sm' if mode == 'spacy' else 'eventwire pipeline'}, {processes} proc"
                label += f" #{k + 1}" if args.repeat > 1 else ""
                print(f"{label:<26} {r['articles/s']:>10.2f} {r['words/s']:>9.0f} {r['steady words/s']:>17.0f}"
                      f" {r['peak RSS MB']:>12.0f}"
                      f" {r['cpu ms/article']:>15.1f}")
        for p in (1, 2):
            speed = results['eventwire', p]['words/s'] / results['spacy', p]['words/s']
            cpu = results['spacy', p]['cpu ms/article'] / results['eventwire', p]['cpu ms/article']
            steady = results['eventwire', p]['steady words/s'] / results['spacy', p]['steady words/s']
            ratios[p].append((speed, cpu, steady))
            print(f"eventwire / bare spaCy speed, {p} proc: {speed:.2f} (by CPU time: {cpu:.2f};"
                  f" second half, start-up left out: {steady:.2f})")
    if args.repeat > 1:
        for p in (1, 2):
            speeds, cpus, steadies = (sorted(r[k] for r in ratios[p]) for k in range(3))
            print(f"median of {args.repeat}, {p} proc: {statistics.median(speeds):.2f} (by CPU time: "
                  f"{statistics.median(cpus):.2f}; range {speeds[0]:.2f}-{speeds[-1]:.2f}; second half: "
                  f"{statistics.median(steadies):.2f}, range {steadies[0]:.2f}-{steadies[-1]:.2f})")
    print(f"load average at end: {_load()}")
    if args.stages:
        stage_shares(args.limit)


if __name__ == "__main__":
    main()
