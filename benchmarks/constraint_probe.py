"""Constraint probe (issue 10): dev gold events whose trigger word has lexicon rows none of which holds.

    python benchmarks/constraint_probe.py [--split dev ...]

For each gold event of the dev files (dev..dev7; never the validation or held-out sets) the trigger's
tokens are looked up as eventwire.events.match does; when the word has rows but no row's constraints
hold, the event is listed with the rows' constraints, the features the token showed (_features) and,
per row, the first constraint that failed, so failures can be grouped by why.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DEV_SPLITS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"]
KEYS = ("passive", "prt", "obj", "xcomp", "mod", "clause", "comp", "pred", "arg", "prep")


def failed(rule, f) -> str:
    """The first constraint of ``rule`` the features ``f`` fail."""
    for k in KEYS:
        want = getattr(rule, k)
        if not want:
            continue
        if k == "passive":
            if not f["passive"]:
                return "passive"
        elif k == "prep":
            objs = f["preps"].get(rule.prep)
            if objs is None:
                return f"prep:{rule.prep}"
            if rule.prep_obj and not rule.prep_obj & objs:
                return f"prep:{rule.prep}="
        elif k == "arg":
            if not want & (f["arg"] | f["obj"] | f["mod"]):
                return "arg"
        elif not want & f[k]:
            return k
    return ""


def rows_of(tok):
    from eventwire import events

    kinds = events._kinds(tok)
    table, forms = events.lexicon(), events._forms(tok)
    rules = next((table[k, w] for k in kinds for w in forms if (k, w) in table), None)
    if not rules:
        derived = events.derivations()
        rules = next((derived[k, w] for k in kinds for w in forms if (k, w) in derived), None)
    return rules


def main(argv=None) -> int:
    import dyads
    from eventwire import events, nlp, pipeline

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", nargs="+", default=DEV_SPLITS, choices=DEV_SPLITS)
    args = ap.parse_args(argv)
    why: Counter = Counter()
    counts: Counter = Counter()
    for split in args.split:
        gold = dyads.load_gold(dyads.GOLD_FILES[split])
        arts = gold["articles"]
        raws = dyads.raw_docs(arts)
        for (key, a), raw in zip(arts.items(), raws):
            article, pub, _ = pipeline.prepare(raw)
            with nlp.memory_zone():
                parsed = nlp.parse([article], [pub])[0]
                doc = parsed.body
                text = article.text
                for e in a.get("events", []):
                    at = text.find(e["anchor"])
                    if at < 0:
                        continue
                    off = e["anchor"].find(e["trigger"])
                    start = at + max(off, 0)
                    end = start + (len(e["trigger"]) if off >= 0 else len(e["anchor"]))
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is None:
                        continue
                    toks = [t for t in span if t.pos_ in events.MATCHABLE]
                    if any(events.match(t) for t in toks):
                        counts["matched"] += 1
                        continue
                    with_rows = [(t, rows_of(t)) for t in toks]
                    with_rows = [(t, r) for t, r in with_rows if r]
                    if not with_rows:
                        counts["no row"] += 1
                        continue
                    counts["constraints"] += 1
                    for t, rules in with_rows[:1]:
                        f = events._features(t)
                        fails = [failed(r, f) for r in rules]
                        main_fail = Counter(x.split("=")[0] for x in fails if x).most_common(1)
                        why[main_fail[0][0] if main_fail else "?"] += 1
                        feats = {k: sorted(v) for k, v in f.items() if k in ("prt", "obj", "xcomp", "clause") and v}
                        feats["preps"] = {p: sorted(o) for p, o in f["preps"].items()}
                        kids = " ".join(f"{c.dep_}:{c.lower_}" for c in t.children)
                        rowtxt = "; ".join(" ".join(f"{k}:{'|'.join(sorted(getattr(r, k)))[:40]}" if k not in ("prep", "passive")
                                                    else (f"prep:{r.prep}" + ("=" + "|".join(sorted(r.prep_obj))[:30] if r.prep_obj else "") if k == "prep" else "pass")
                                                    for k in KEYS if getattr(r, k)) or "-" for r in rules[:6])
                        print(f"{split} {e['type']} {t.text!r}/{t.lemma_}/{t.pos_}/{t.dep_} <- {t.head.lower_} | kids [{kids}] | "
                              f"feats {feats} | rows [{rowtxt}] | fails {fails[:6]} | {e['anchor']!r} || {t.sent.text.strip()[:200]!r}")
    print("\n# totals", dict(counts))
    print("# main failing constraint", dict(why.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
