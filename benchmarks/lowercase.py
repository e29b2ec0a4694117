"""Real-world text: all-lowercase articles and mojibake, on the Wikinews articles.

    python benchmarks/lowercase.py [--articles 100 | --all] [--show N]

1. Lowercase. Each article (title + body, as scraped text) is run through the whole pipeline three
   times: as written ("cased"), lowercased with the recaser switched off, and lowercased with it
   (`nlp.recase`). Figures: actors found; cased actors found again (an actor with a mention
   overlapping one of the cased run's actor mentions; lowercasing keeps every offset); events;
   events with a source; cased events with a source found again with a source (same trigger
   offsets). Target (issue 10): actors found and events with a source within 15% of the cased run.
2. Mojibake. Each article's UTF-8 bytes are read back as latin-1 and as cp1252 (undefined bytes
   kept as C1 controls, replaced by U+FFFD, or dropped). Figure: the share of articles whose
   record equals the clean one's (all fields but `id`, which hashes the input as given). The
   pipeline is deterministic, so a record equals the clean one exactly when cleaning gives the
   same article (text, title, captions, outlet, byline, date); that is what is compared for every
   article, and the whole record is compared for the first `--records` ones to show it.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

import ftfy.bad_codecs  # noqa: E402,F401  (registers "sloppy-windows-1252")

from eventwire import nlp, pipeline  # noqa: E402
from eventwire.ingest import RawDoc  # noqa: E402

MISREAD = {
    "latin-1": lambda b: b.decode("latin-1"),
    "cp1252, undefined bytes kept": lambda b: b.decode("sloppy-windows-1252"),
    "cp1252, undefined bytes → U+FFFD": lambda b: b.decode("cp1252", errors="replace"),
    "cp1252, undefined bytes dropped": lambda b: b.decode("cp1252", errors="ignore"),
}


def articles(limit: int | None) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    rows: list[dict[str, str]] = []
    for year in ("2019", "2020"):
        path = DATA / "wikinews" / f"wikinews_{year}.csv"
        if not path.exists():
            sys.exit(f"dev data {path} not found: run from a checkout with ../shared/data beside the repo")
        with open(path, encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    return rows[:limit] if limit else rows


def lower(text: str) -> str:
    """Lower case, one character for one (offsets stay those of the cased text)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def page(row: dict[str, str]) -> str:
    return f"{row['title']}\n\n{row['text']}"


def run(docs: list[RawDoc], recaser: bool) -> tuple[list, float]:
    real = nlp.recase_article
    if not recaser:
        nlp.recase_article = lambda article, lexicon: {}
    try:
        t = time.perf_counter()
        out = list(pipeline.Pipeline().pipe(docs))
        return out, time.perf_counter() - t
    finally:
        nlp.recase_article = real


def spans(actor) -> set[tuple[str, int, int]]:
    """Every mention of an actor: body offsets and those in the title and captions."""
    return {("text", s, e) for s, e in actor.mentions} | {(r.field, r.start, r.end) for r in actor.other_mentions}


def overlaps(mention: tuple[str, int, int], others: set[tuple[str, int, int]]) -> bool:
    f, a, b = mention
    return any(g == f and s < b and a < e for g, s, e in others)


def lowercase_table(rows: list[dict[str, str]], show: int) -> None:
    cased_docs = [RawDoc(source=str(i), text=page(r), published=r["date"]) for i, r in enumerate(rows)]
    lower_docs = [RawDoc(source=str(i), text=lower(page(r)), published=r["date"]) for i, r in enumerate(rows)]
    runs = {"cased": run(cased_docs, True), "lowercased": run(lower_docs, False),
            "lowercased + recaser": run(lower_docs, True)}
    t = time.perf_counter()
    recased = 0
    for a, _, _ in (pipeline.prepare(d) for d in lower_docs):
        recased += bool(nlp.recase_article(a, nlp.actor_lexicon.lexicon()))
    recase_ms = (time.perf_counter() - t) * 1000 / len(rows)
    false_alarms = sum(bool(nlp.recase_article(a, nlp.actor_lexicon.lexicon()))
                       for a, _, _ in (pipeline.prepare(d) for d in cased_docs))
    base = runs["cased"][0]
    base_sourced = [{e.trigger.start for e in art.events if e.source} for art in base]
    print(f"{len(rows)} Wikinews articles; lowercased articles the recaser took for all-lowercase: "
          f"{recased}/{len(rows)}; cased articles it took for all-lowercase: {false_alarms}/{len(rows)}\n")
    print("| run | actors | vs cased | cased actors found again | events | events with a source "
          "| vs cased | cased sourced events found again with a source | s/article |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    n_actors = sum(len(a.actors) for a in base)
    n_sourced = sum(1 for a in base for e in a.events if e.source)
    for name, (arts, secs) in runs.items():
        actors = sum(len(a.actors) for a in arts)
        again = _found_again(base, arts)
        events = sum(len(a.events) for a in arts)
        sourced = sum(1 for a in arts for e in a.events if e.source)
        sourced_again = sum(1 for art, keep in zip(arts, base_sourced) for e in art.events
                            if e.source and e.trigger.start in keep)
        print(f"| {name} | {actors:,} | {actors / n_actors:.2f} | {again / n_actors:.2f} | {events:,} | {sourced:,} "
              f"| {sourced / n_sourced:.2f} | {sourced_again / n_sourced:.2f} | {secs / len(rows):.3f} |")
    print(f"\nrecaser: {recase_ms:.1f} ms per lowercased article (detection + recasing of body, title, captions)")
    if show:
        print("\nMissed cased actors (lowercased + recaser), first articles:")
        arts = runs["lowercased + recaser"][0]
        for cased, got in list(zip(base, arts))[:show]:
            theirs = {m for b in got.actors for m in spans(b)}
            missed = [a.name for a in cased.actors if not any(overlaps(m, theirs) for m in spans(a))]
            print(f"  {cased.title[:60]!r}: {missed}")


def _found_again(base: list, arts: list) -> int:
    """Cased actors with a mention overlapping a mention of an actor of the other run."""
    found = 0
    for cased, got in zip(base, arts):
        theirs = {m for b in got.actors for m in spans(b)}
        found += sum(1 for a in cased.actors if any(overlaps(m, theirs) for m in spans(a)))
    return found


def mojibake_table(rows: list[dict[str, str]], records: int) -> None:
    def prepared(text: str, date: str) -> tuple:
        a, pub, _ = pipeline.prepare(RawDoc(source="-", text=text, published=date))
        return a.text, a.title, a.captions, a.outlet, a.byline, a.published, pub

    clean = [prepared(page(r), r["date"]) for r in rows]
    print(f"\n| reading of the UTF-8 bytes | records equal to the clean one's ({len(rows)} articles) |")
    print("| --- | --- |")
    for name, misread in MISREAD.items():
        same = sum(prepared(misread(page(r).encode("utf-8")), r["date"]) == c for r, c in zip(rows, clean))
        print(f"| {name} | {same / len(rows):.3f} ({same}/{len(rows)}) |")
    if records:
        docs = [RawDoc(source=f"{i}/{k}", text=m(page(r).encode("utf-8")) if m else page(r), published=r["date"])
                for i, r in enumerate(rows[:records]) for k, m in [("clean", None), *MISREAD.items()]]
        got = {d.source: {k: v for k, v in a.to_dict().items() if k not in ("id", "source")}  # (the input's own name)
               for d, a in zip(docs, pipeline.Pipeline().pipe(docs))}
        agree = sum((got[f"{i}/{k}"] == got[f"{i}/clean"]) ==
                    (prepared(MISREAD[k](page(r).encode("utf-8")), r["date"]) == clean[i])
                    for i, r in enumerate(rows[:records]) for k in MISREAD)
        print(f"\nwhole records compared for the first {records} articles: the cleaning test agrees with the "
              f"record test in {agree}/{records * len(MISREAD)} cases")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100, help="first N Wikinews articles (2019, then 2020)")
    ap.add_argument("--all", action="store_true", help="all 295 articles")
    ap.add_argument("--records", type=int, default=10, help="compare whole records for the first N articles")
    ap.add_argument("--show", type=int, default=0, help="list missed cased actors for the first N articles")
    args = ap.parse_args()
    rows = articles(None if args.all else args.articles)
    nlp.load()
    lowercase_table(rows, args.show)
    mojibake_table(rows, args.records)


if __name__ == "__main__":
    main()
