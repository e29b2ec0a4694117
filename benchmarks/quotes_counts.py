"""Quotes (with speakers) and counts against our hand annotation of Wikinews articles,
and how often they are found in the PLOVER synthetic stories.

    python benchmarks/quotes_counts.py [--plover-limit N]

Gold: benchmarks/annotations/wikinews_2019_first50.json (see its "about" for the
guidelines). A quote is right when its text holds the annotated opening words and
its speaker (actor name, speaker words, or resolved name) shares a word with the
annotated speaker; a count is right when kind and number match an unmatched gold count.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GOLD = Path(__file__).resolve().parent / "annotations" / "wikinews_2019_first50.json"
sys.path.insert(0, str(ROOT))


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", "").replace("”", "").replace('"', "")
    return re.sub(r"\s+", " ", text).strip(" .,")


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", norm(text or "")) if len(w) >= 2}


def speakers(article, quote) -> set[str]:
    names = words(quote.speaker_name) | words(quote.speaker_text)
    for actor in article.actors:
        if actor.id == quote.speaker:
            names |= words(actor.name)
            for alias in actor.aliases:
                names |= words(alias)
    return names


def score_quotes(article, gold: list[dict]) -> tuple[int, int, int, int]:
    """(quotes found, gold quotes, right with speaker, found at all)."""
    free = list(article.quotes)
    right = found = 0
    for g in gold:
        key = norm(g["text"])
        hit = next((q for q in free if key in norm(q.text) or (len(norm(q.text)) >= 4 and norm(q.text) in key)), None)
        if hit is None:
            continue
        free.remove(hit)
        found += 1
        if any(words(alt) & speakers(article, hit) for alt in g["speaker"].split("/")):
            right += 1
    return len(article.quotes), len(gold), right, found


def score_counts(article, gold: list[dict]) -> tuple[int, int, int]:
    want = Counter((g["kind"], g["number"]) for g in gold)
    got = Counter((c.kind, c.number) for c in article.counts)
    return sum(got.values()), sum(want.values()), sum((want & got).values())


def pr(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return f"precision {p:.3f} ({tp}/{pred})  recall {r:.3f} ({tp}/{gold})"


def wikinews(pipeline, show_errors: bool) -> None:
    from eventwire.ingest import RawDoc

    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    with open(DATA / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as f:
        rows = {r["url"]: r for r in csv.DictReader(f)}
    docs = [RawDoc(source=u, text=rows[u]["text"], url=u, published=rows[u]["date"]) for u in gold if u in rows]
    q = [0, 0, 0, 0]
    c = [0, 0, 0]
    for art in pipeline.pipe(docs):
        g = gold[art.url]
        for i, v in enumerate(score_quotes(art, g["quotes"])):
            q[i] += v
        for i, v in enumerate(score_counts(art, g["counts"])):
            c[i] += v
        if show_errors:
            want = Counter((x["kind"], x["number"]) for x in g["counts"])
            got = Counter((x.kind, x.number) for x in art.counts)
            if want != got:
                print("COUNTS", art.url.rsplit("/", 1)[-1][:60], "missed", dict(want - got), "extra", dict(got - want))
            keys = [norm(x["text"]) for x in g["quotes"]]
            for qq in art.quotes:
                if not any(k in norm(qq.text) or norm(qq.text) in k for k in keys):
                    print("EXTRA QUOTE", repr(qq.text[:50]), qq.speaker_name)
            for x in g["quotes"]:
                hit = [qq for qq in art.quotes if norm(x["text"]) in norm(qq.text) or norm(qq.text) in norm(x["text"])]
                if not hit:
                    print("MISSED QUOTE", repr(x["text"]), x["speaker"])
                elif not any(words(alt) & speakers(art, hit[0]) for alt in x["speaker"].split("/")):
                    print("WRONG SPEAKER", repr(x["text"]), x["speaker"], "got", hit[0].speaker_name, hit[0].speaker_text)
    print(f"Wikinews 2019, {len(docs)} hand-annotated articles")
    print(f"  quotes with the right speaker: {pr(q[2], q[0], q[1])}")
    print(f"  quotes found, any speaker:     {pr(q[3], q[0], q[1])}")
    print(f"  counts (kind and number):      {pr(c[2], c[0], c[1])}")


def plover(pipeline, limit: int | None) -> None:
    from eventwire.ingest import RawDoc

    with open(DATA / "plover_synthetic" / "synthetic_events.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:limit]
    docs = [RawDoc(source=f"plover/{i}", text=r["text"]) for i, r in enumerate(rows)]
    with_counts, with_quotes = Counter(), Counter()
    kinds: Counter = Counter()
    start = time.perf_counter()
    for row, art in zip(rows, pipeline.pipe(docs)):
        label = row["label"]
        with_counts[label] += bool(art.counts)
        with_quotes[label] += bool(art.quotes)
        kinds.update(c.kind for c in art.counts)
    total = Counter(r["label"] for r in rows)
    n = len(rows)
    print(f"PLOVER synthetic stories: {n} ({time.perf_counter() - start:.0f} s)")
    print(f"  share with counts: {sum(with_counts.values()) / n:.3f}   with quotes: {sum(with_quotes.values()) / n:.3f}")
    print("  count kinds:", dict(kinds.most_common()))
    for label in sorted(total):
        print(f"  {label:<10} {total[label]:>5}  counts {with_counts[label] / total[label]:.3f}  quotes {with_quotes[label] / total[label]:.3f}")


def timing(limit: int = 50) -> None:
    """Seconds spent in each stage over the first ``limit`` Wikinews 2019 articles, and what the
    four stages of this benchmark add to the rest of the pipeline (clean, parse, other stages)."""
    from eventwire.ingest import RawDoc
    from eventwire.pipeline import Pipeline

    with open(DATA / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:limit]
    pipe = Pipeline()
    start = time.perf_counter()
    n = sum(1 for _ in pipe.pipe(RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["date"])
                                 for r in rows))
    spent: Counter = Counter(pipe.seconds)
    base = time.perf_counter() - start - sum(spent.values())
    ours = sum(spent[k] for k in ("quotes", "counts", "tone", "themes"))
    rest = base + sum(spent.values()) - ours
    print(f"Timing, {n} Wikinews articles: clean+parse {base:.2f} s, " + ", ".join(f"{k} {v:.2f} s" for k, v in spent.items()))
    print(f"  quotes+counts+tone+themes add {ours:.2f} s = {100 * ours / rest:.1f}% to the rest of the pipeline")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plover-limit", type=int, default=None, help="only the first N PLOVER stories")
    ap.add_argument("--errors", action="store_true", help="print each missed or extra quote and count")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"dev data not found at {DATA}: this benchmark needs ../shared/data beside the repository")
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    wikinews(pipeline, args.errors)
    timing()
    plover(pipeline, args.plover_limit)


if __name__ == "__main__":
    main()
