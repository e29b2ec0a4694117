"""Actor recognition coverage and the cost of the actors stage.

    python benchmarks/actors.py [--articles 100] [--misses]

1. Giveme5W1H gold (../shared/data/when/giveme5w1h_gold/): the share of annotated `who`
   phrases (found verbatim in the title, description or text) that overlap an actor mention.
2. Wikinews 2019 (../shared/data/wikinews/wikinews_2019.csv), first N articles: actors per
   article, the share of actors coded with a country, the share with any code, and speed:
   articles/s of clean + parse alone and with the actors stage, and the stage's share of that time.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from eventwire import pipeline  # noqa: E402
from eventwire.ingest import RawDoc  # noqa: E402
from eventwire.model import Article  # noqa: E402


def need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"dev data {path} not found: run from a checkout with ../shared/data beside the repo")
    return path


def who_overlap(show_misses: bool) -> None:
    files = sorted(need(DATA / "when" / "giveme5w1h_gold").glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    arts, days = [], []
    for g in golds:
        body = "\n\n".join(x for x in (g.get("description"), g.get("text")) if x)
        arts.append(Article(id=g.get("dId", ""), text=body, title=g.get("title") or None))
        days.append(pipeline.parse_published(g.get("date_publish")))
    done = pipeline.Pipeline(until="actors").annotate(arts, days)
    total = hit = absent = 0
    misses = []
    for g, art in zip(golds, done):
        spans = {"text": [], "title": []}
        for a in art.actors:
            spans["text"] += [tuple(m) for m in a.mentions]
            spans["title"] += [(r.start, r.end) for r in a.other_mentions if r.field == "title"]
        for ann in g["fiveWoneH"]["who"].get("annotated", []):
            phrase = (ann.get("text") or "").strip()
            if not phrase:
                continue
            where = [(f, m.start(), m.end()) for f, t in (("text", art.text), ("title", art.title or ""))
                     for m in re.finditer(re.escape(phrase), t, re.IGNORECASE)]
            if not where:
                absent += 1
                continue
            total += 1
            if any(s < e2 and s2 < e for f, s, e in where for s2, e2 in spans[f]):
                hit += 1
            else:
                misses.append(phrase)
    print(f"Giveme5W1H who: {hit}/{total} annotated phrases overlap an actor ({hit / max(total, 1):.1%}); "
          f"{absent} phrases not found verbatim in the article were left out")
    if show_misses:
        for m in misses:
            print("   miss:", m)


def wikinews(n: int) -> None:
    path = need(DATA / "wikinews" / "wikinews_2019.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:n]
    raws = [RawDoc(source=r["url"], text=r["text"], url=r["url"], title=r["title"], published=r["date"]) for r in rows]
    bare = pipeline.Pipeline(stages=[])
    list(bare.pipe(raws[:4]))  # warm up
    t0 = time.perf_counter()
    arts = [a for a in bare.pipe(raws)]
    t_bare = time.perf_counter() - t0
    ok = [a for a in arts if a.language == "en" and a.text]
    with_actors = pipeline.Pipeline(until="actors")
    parsed = with_actors.annotate(ok)
    t_stage = with_actors.seconds["actors"]
    found = [a for art in parsed for a in art.actors]
    print(f"Wikinews 2019, {len(parsed)} articles: {len(found) / len(parsed):.1f} actors per article, "
          f"{sum(a.country is not None for a in found) / len(found):.1%} coded with a country, "
          f"{sum(a.code is not None for a in found) / len(found):.1%} with a code")
    kinds = {}
    for a in found:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    print("   kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    per_bare = t_bare / len(arts)
    per_stage = t_stage / len(parsed)
    print(f"speed: clean+parse {len(arts) / t_bare:.2f} articles/s; with actors "
          f"{1 / (per_bare + per_stage):.2f} articles/s; the stage takes {per_stage * 1000:.1f} ms/article "
          f"= +{per_stage / per_bare:.1%} of clean+parse")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--misses", action="store_true", help="list the who-phrases no actor overlaps")
    args = ap.parse_args()
    who_overlap(args.misses)
    wikinews(args.articles)


if __name__ == "__main__":
    main()
