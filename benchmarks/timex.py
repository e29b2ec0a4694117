"""Date normalisation accuracy and cost of the timex stage.

    python benchmarks/timex.py [--errors] [--dateparser]

1. Giveme5W1H gold (../shared/data/when/giveme5w1h_gold/): for each annotated `when`
   phrase with a `parsed` date, our expression overlapping the phrase (in title,
   description or text) is "found"; it is correct when its value equals the gold
   date at the precision of our expression (day: 2016-11-10, week: ISO week of the
   gold day, month: 2016-11, year: 2016). Gold phrases that are no date expression
   ("lap 48", "race in Brazil") count as not found.
2. Wikinews relative-date phrases annotated by hand (benchmarks/timex_wikinews.tsv):
   our expression overlapping the phrase must have exactly the gold value. Reported for
   all phrases and for the "dev" set (seen while writing the rules) and the "heldout" set.
3. Time the stage adds per article on 50 Wikinews articles, against their spaCy parse and the
   whole pipeline (all registered stages run in order, each timed).

``--dateparser`` scores the alternative instead: dateparser 1.5 on spaCy's DATE/TIME
entities, relative to the publication date (preferring the past).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from eventwire import nlp, timex  # noqa: E402


FIND = timex.find


def at_precision(gold: date, precision: str) -> str:
    if precision == "day":
        return gold.isoformat()
    if precision == "week":
        y, w, _ = gold.isocalendar()
        return f"{y}-W{w:02d}"
    return gold.isoformat()[: 7 if precision == "month" else 4]


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def consistent(phrase: str, gold: date) -> bool:
    """False when the gold date contradicts the phrase itself: a named weekday that the gold day is
    not, or a full written date that differs (the corpus's `parsed` is often the main event's day)."""
    named = [i for i, w in enumerate(WEEKDAYS) if w in phrase]
    if named and gold.weekday() not in named:
        return False
    m = re.search(r"([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})", phrase)
    if m:
        try:
            written = datetime.strptime(f"{m.group(1)[:3]} {m.group(2)} {m.group(3)}", "%b %d %Y").date()
        except ValueError:
            return True
        return written == gold
    return True


def dateparser_find(doc, published) -> list[timex.Found]:
    """Baseline: dateparser on spaCy's DATE and TIME entities, relative to the publication date."""
    from dateparser.date import DateDataParser

    if published is None:
        return []
    base = published if isinstance(published, datetime) else datetime.combine(published, datetime.min.time())
    ddp = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = ddp.get_date_data(ent.text)
        if data.date_obj is None:
            continue
        d, period = data.date_obj.date(), data.period or "day"
        precision = period if period in ("day", "week", "month", "year") else "day"
        value = at_precision(d, precision)
        out.append(timex.Found(timex.DateMention(ent.text, ent.start_char, ent.end_char, value, precision), ent))
    return out


def overlapping(found: list[timex.Found], start: int, end: int) -> timex.Found | None:
    hits = [f for f in found if f.mention.start < end and start < f.mention.end]
    return hits[0] if hits else None


def giveme(show_errors: bool) -> None:
    folder = DATA / "when" / "giveme5w1h_gold"
    files = sorted(folder.glob("*.json"))
    items, texts = [], []
    for path in files:
        d = json.loads(path.read_text(encoding="utf-8"))
        five = d["fiveWoneH"]
        five = ast.literal_eval(five) if isinstance(five, str) else five
        pub = datetime.fromisoformat(d["date_publish"]) if d.get("date_publish") not in (None, "None") else None
        fields = [d.get("title") or "", d.get("description") or "", d.get("text") or ""]
        gold = [(a["text"], a["parsed"]) for a in five["when"]["annotated"] if a.get("text") and a.get("parsed")]
        items.append((path.name, pub, fields, gold))
        texts.extend(fields)
    docs = iter(nlp.parse_many(texts))
    n = present = found = correct = 0
    clean_found = clean_correct = clean_present = 0
    errors = []
    for name, pub, fields, gold in items:
        finds = [(doc.text, FIND(doc, pub)) for doc in (next(docs) for _ in fields)]
        for phrase, parsed in gold:
            n += 1
            gday = datetime.fromisoformat(str(parsed)[:10]).date()
            phrase = phrase.strip()
            spots = [(t, fs, t.find(phrase)) for t, fs in finds if phrase in t]
            if not spots:
                continue
            present += 1
            trusted = consistent(phrase, gday)
            clean_present += trusted
            hit = next((h for t, fs, k in spots if (h := overlapping(fs, k, k + len(phrase)))), None)
            if hit is None:
                errors.append(f"MISS  {name[:8]} pub={pub} {phrase!r} gold={gday}")
                continue
            found += 1
            ok = hit.mention.value.split("-WE")[0] == at_precision(gday, hit.mention.precision)
            correct += ok
            clean_found += trusted
            clean_correct += ok and trusted
            if not ok:
                ours = f"{hit.mention.text!r}:{hit.mention.value}"
                errors.append(f"WRONG{'' if trusted else '?'} {name[:8]} pub={pub} {phrase!r} ours={ours} gold={gday}")
    print(f"Giveme5W1H when: {n} gold phrases with a date, {present} present in the article fields")
    print(f"  found {found}/{present} = {found / present:.3f}; value accuracy of found {correct}/{found} = "
          f"{correct / found:.3f}; correct of present {correct / present:.3f}")
    print(f"  without the {present - clean_present} gold values that contradict their own phrase: found "
          f"{clean_found}/{clean_present} = {clean_found / clean_present:.3f}; value accuracy of found "
          f"{clean_correct}/{clean_found} = {clean_correct / clean_found:.3f}")
    if show_errors:
        print("\n".join("  " + e for e in errors))


def wikinews(show_errors: bool) -> None:
    rows = {}
    for path in sorted((DATA / "wikinews").glob("wikinews_*.csv")):
        with path.open(encoding="utf-8") as f:
            rows.update({r["url"]: r for r in csv.DictReader(f)})
    with (ROOT / "benchmarks" / "timex_wikinews.tsv").open(encoding="utf-8") as f:
        gold = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    urls = sorted({g["url"] for g in gold})
    docs = dict(zip(urls, nlp.parse_many(rows[u]["text"] for u in urls)))
    finds = {u: FIND(docs[u], date.fromisoformat(rows[u]["date"])) for u in urls}
    errors = []
    tally: dict[str, list[int]] = {}
    for g in gold:
        start = int(g["offset"])
        hit = overlapping(finds[g["url"]], start, start + len(g["phrase"]))
        ok = hit is not None and hit.mention.value == g["value"]
        counts = tally.setdefault(g["set"], [0, 0, 0])
        counts[0] += 1
        counts[1] += hit is not None
        counts[2] += ok
        if not ok:
            ours = f"{hit.mention.text!r}:{hit.mention.value}" if hit else "-"
            errors.append(f"[{g['set']}] {g['published']} {g['phrase']!r} gold={g['value']} ours={ours} {g['note']}")
    n, found, correct = (sum(c[i] for c in tally.values()) for i in range(3))
    print(f"Wikinews relative dates (hand-annotated): {n} phrases; found {found / n:.3f}; "
          f"value accuracy {correct}/{n} = {correct / n:.3f}")
    for name, (n, found, correct) in sorted(tally.items()):
        print(f"  {name}: {n} phrases; found {found / n:.3f}; value accuracy {correct}/{n} = {correct / n:.3f}")
    if show_errors:
        print("\n".join("  " + e for e in errors))


def timing(limit: int = 50) -> None:
    from eventwire.ingest import RawDoc
    from eventwire.pipeline import Pipeline, prepare

    with (DATA / "wikinews" / "wikinews_2019.csv").open(encoding="utf-8") as f:
        raws = [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["date"], title=r["title"])
                for r in list(csv.DictReader(f))[:limit]]
    arts = [(a, p) for a, p, ok in map(prepare, raws) if ok]
    pipe = Pipeline()
    t0 = time.perf_counter()
    nlp.parse([a for a, _ in arts], [p for _, p in arts])  # the parse alone, for scale
    spent = {"spaCy parse": time.perf_counter() - t0}
    done = pipe.annotate([a for a, _ in arts], [p for _, p in arts])
    spent |= pipe.seconds
    whole = sum(spent.values())
    n = len(done)
    dated = [e for a in done for e in a.events]
    read = sum(e.date_precision != "publication" for e in dated)
    print(f"Timing on {n} Wikinews 2019 articles: timex {1000 * spent['timex'] / n:.2f} ms/article = "
          f"{100 * spent['timex'] / spent['spaCy parse']:.1f}% of the spaCy parse, "
          f"{100 * spent['timex'] / whole:.1f}% of the whole pipeline ({1000 * whole / n:.0f} ms/article); "
          f"{sum(len(a.dates) for a in done) / n:.1f} dates/article; "
          f"{read}/{len(dated)} events dated from the text, the rest from the publication date")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and wrong values")
    ap.add_argument("--dateparser", action="store_true", help="score the dateparser baseline instead")
    args = ap.parse_args()
    global FIND
    if args.dateparser:
        FIND = dateparser_find
    if not DATA.exists():
        sys.exit(f"dev data not found at {DATA}; this benchmark needs ../shared/data")
    nlp.load()
    giveme(args.errors)
    wikinews(args.errors)
    if not args.dateparser:
        timing()


if __name__ == "__main__":
    main()
