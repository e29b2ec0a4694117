"""Event coding benchmark.

1. PLOVER synthetic stories (../shared/data/plover_synthetic/synthetic_events.csv,
   4,500 stories, one labelled PLOVER type each). Each story is read as an article
   (title = first line of its prompt, body = text) and run through actors and events.
   The story's MAIN event is the headline's event: among events mentioned in the title,
   the one with the highest confidence (ties: more mentions). A story whose title has
   no event falls back to a vote over the body: each event votes its confidence × 2
   if it is in the first two sentences, × 1 otherwise; the type with most votes wins. Reported: accuracy of
   the main type, recall of the label among all event types found, macro-F1 over the
   16 types, and the confusion matrix (rows gold, columns predicted, "-" = no event).
2. Wikinews 2019 (../shared/data/wikinews/wikinews_2019.csv): events per article,
   share of events with both source and target, share by status, and the events
   stage's share of pipeline time (spaCy parse + all registered stages).

Usage: python benchmarks/events.py [--all] [--sample N] [--wikinews N] [--errors] [--body-only]
The default is a fixed random sample of 600 stories (seed 13).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
SYNTH = DATA / "plover_synthetic" / "synthetic_events.csv"
WIKI = DATA / "wikinews" / "wikinews_2019.csv"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def main_type(article) -> str:
    titled = [e for e in article.events if any(r.field == "title" for r in e.mentions)]
    if titled:
        return max(titled, key=lambda e: (e.confidence, len(e.mentions))).plover.type
    votes: Counter[str] = Counter()
    for e in article.events:
        votes[e.plover.type] += e.confidence * (2.0 if 0 <= e.sentence <= 1 else 1.0)
    return votes.most_common(1)[0][0] if votes else "-"


def synthetic(rows: list[dict], errors: bool = False, body_only: bool = False) -> None:
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    pipe = Pipeline(until="events")
    gold, pred, hit = [], [], 0
    misses: Counter[tuple[str, str, str]] = Counter()
    t0 = time.time()
    for i in range(0, len(rows), 32):
        batch = rows[i : i + 32]
        arts = [Article(id=str(i + j), title=None if body_only else r["prompt"].strip().splitlines()[0].strip(),
                        text=r["text"])
                for j, r in enumerate(batch)]
        for art, r in zip(pipe.annotate(arts, [None] * len(arts)), batch):
            gold.append(r["label"])
            pred.append(main_type(art))
            if pred[-1] != gold[-1]:
                misses[(r["title"], gold[-1], pred[-1])] += 1
            hit += r["label"] in {e.plover.type for e in art.events}
    n = len(rows)
    acc = sum(g == p for g, p in zip(gold, pred)) / n
    f1s = []
    print(f"\nPLOVER synthetic: {n} stories, {time.time() - t0:.0f} s")
    print(f"{'type':10} {'n':>4} {'P':>5} {'R':>5} {'F1':>5}")
    for t in TYPES:
        tp = sum(g == t and p == t for g, p in zip(gold, pred))
        np_, ng = pred.count(t), gold.count(t)
        prec, rec = (tp / np_ if np_ else 0.0), (tp / ng if ng else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if ng:
            f1s.append(f1)
        print(f"{t:10} {ng:4d} {prec:5.2f} {rec:5.2f} {f1:5.2f}")
    print(f"main-event accuracy {acc:.3f}   label recall among all events {hit / n:.3f}   "
          f"macro-F1 {sum(f1s) / len(f1s):.3f}")
    cols = TYPES + ["-"]
    print("\nconfusion (rows gold, cols predicted):")
    print(" " * 10 + "".join(f"{c[:4]:>5}" for c in cols))
    for g in TYPES:
        print(f"{g:10}" + "".join(f"{sum(1 for a, b in zip(gold, pred) if a == g and b == c):5d}" for c in cols))
    if errors:
        print("\nmisses by headline template (count, gold, predicted, template):")
        for (title, g, p_), k in misses.most_common():
            print(f"{k:4d} {g:10} {p_:10} {title}")


def wikinews(limit: int) -> None:
    from eventwire import nlp, pipeline
    from eventwire.ingest import RawDoc

    with WIKI.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    pipe = pipeline.Pipeline()
    times: Counter[str] = Counter()
    n_events = both = 0
    status: Counter[str] = Counter()
    for r in rows:
        art, pub, ok = pipeline.prepare(RawDoc(source=r["url"], text=f"{r['title']}\n\n{r['text']}", url=r["url"],
                                               published=r["date"]))
        if not ok:
            continue
        t = time.perf_counter()
        nlp.parse([art], [pub])
        times["parse"] += time.perf_counter() - t  # the parse alone, for scale
        pipe.annotate([art], [pub])
        n_events += len(art.events)
        both += sum(1 for e in art.events if e.source and e.target)
        status.update(e.status for e in art.events)
    times.update(pipe.seconds)
    total = sum(times.values())
    print(f"\nWikinews 2019: {len(rows)} articles, {n_events / len(rows):.1f} events per article, "
          f"{both / max(n_events, 1):.1%} with both source and target")
    print("status: " + ", ".join(f"{k} {v / max(n_events, 1):.1%}" for k, v in status.most_common()))
    print(f"events stage {times['events'] / len(rows) * 1000:.1f} ms/article = {times['events'] / total:.1%} of "
          f"pipeline time ({total / len(rows) * 1000:.0f} ms/article: parse + {len(pipe.stages)} stages)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="all 4,500 stories instead of a sample")
    ap.add_argument("--sample", type=int, default=600)
    ap.add_argument("--wikinews", type=int, default=50, help="Wikinews 2019 articles (0 to skip)")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the missed stories by headline template")
    ap.add_argument("--body-only", action="store_true", help="drop the headlines: the main event comes from the body")
    args = ap.parse_args()
    if not SYNTH.exists() or not WIKI.exists():
        sys.exit(f"dev data not found under {DATA} (only the development checkout has ../shared/data)")
    if not args.no_synthetic:
        with SYNTH.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        if not args.all:
            rows = random.Random(13).sample(rows, args.sample)
        synthetic(rows, args.errors, args.body_only)
    if args.wikinews:
        wikinews(args.wikinews)


if __name__ == "__main__":
    main()
