"""Lemma probe (issue 10): words the small model lemmatises to something that is not an English lemma of them.

    python benchmarks/lemma_probe.py [--texts] [--forms]

Two sources of candidates, both reviewed by hand before a row goes into eventwire/resources/lemmas.tsv:
- ``--forms``: every verb and noun lemma of the event lexicon (triggers.tsv, derivations.tsv) inflected
  regularly (s/es/ies, ed/d/ied/doubled consonant, ing/e-drop/doubled), each form lemmatised by the model's
  own rule lemmatizer with the tag it would carry (VBD, VBN, VBZ, VBG, NNS);
- ``--texts``: the tokens of the dev gold files' Wikinews articles (dev..dev7 only: never the validation or
  held-out rows) as the model parses them in context (tagger errors: "retook" read as a present VBP).
A candidate is a (form, POS, lemma given) whose given lemma is no regular or listed inflection of the form
while some other WordNet lemma of the same POS is: that one is proposed.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
DEV_SPLITS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"]
VOWELS = set("aeiou")


def inflections(lemma: str, pos: str) -> set[str]:
    """The regular English inflections of ``lemma`` (not the irregular ones)."""
    out = {lemma}
    if pos == "NOUN" or pos == "VERB":
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            out.add(lemma + "es")
        elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
            out.add(lemma[:-1] + "ies")
        else:
            out.add(lemma + "s")
        if lemma.endswith("o"):
            out.add(lemma + "es")
    if pos == "VERB":
        last = lemma[-1:]
        double = len(lemma) > 2 and last not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS and lemma[-3] not in VOWELS
        if lemma.endswith("e"):
            out |= {lemma + "d", lemma[:-1] + "ing"}
            if lemma.endswith("ie"):
                out.add(lemma[:-2] + "ying")
            if lemma.endswith(("ee", "ye", "oe")):
                out.add(lemma + "ing")
        elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
            out |= {lemma[:-1] + "ied", lemma + "ing"}
        else:
            # a one-syllable consonant-vowel-consonant verb doubles its consonant ("wag": "wagged", never
            # "waged"); a longer one may or may not ("visited", "controlled": stress decides, so both count)
            one_syllable = len(re.findall(r"[aeiouy]+", lemma)) == 1
            if not (double and one_syllable):
                out |= {lemma + "ed", lemma + "ing"}
            if double or lemma.endswith("c"):
                d = lemma + ("k" if last == "c" else last)
                out |= {d + "ed", d + "ing"}
    return out


def is_form(form: str, lemma: str, pos: str, exc: dict, index: set[str] | None = None) -> bool:
    """``form`` is a regular or listed inflection of ``lemma`` (a lemma of the WordNet index, if one is given)."""
    if index is not None and lemma not in index and lemma != form:
        return False
    return form in inflections(lemma, pos) or lemma in exc.get(pos.lower(), {}).get(form, [])


def candidates(form: str, pos: str, index: set[str], exc: dict) -> list[str]:
    """Lemmas of the WordNet index of which ``form`` is a regular or listed inflection."""
    out = list(exc.get(pos.lower(), {}).get(form, []))
    for cut in range(1, 5):
        stem = form[:-cut]
        for tail in ("", "e", "y", "ie", stem[-1:]):
            lemma = stem + tail if tail != stem[-1:] else stem
            if lemma and lemma in index and lemma not in out and form in inflections(lemma, pos):
                out.append(lemma)
    return out


def tables():
    sys.path.insert(0, str(ROOT))
    from eventwire import nlp

    lk = nlp.load().get_pipe("lemmatizer").lookups
    pos = ("verb", "noun", "adj", "adv")  # the tables are keyed by the hash of these names
    index = {k: set(lk.get_table("lemma_index")[k]) for k in pos}
    exc = {k: dict(lk.get_table("lemma_exc")[k]) for k in pos}
    return nlp, index, exc


def lexicon_lemmas() -> dict[str, set[str]]:
    out = {"VERB": set(), "NOUN": set()}
    res = ROOT / "eventwire" / "resources" / "events"
    for line in (res / "triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, lemma, *_ = line.split("\t")
        if " " not in lemma and lemma.isalpha():
            out["VERB" if kind == "V" else "NOUN"].add(lemma)
    return out


def probe_forms(nlp, index, exc) -> list[tuple]:
    from spacy.tokens import Doc

    nl = nlp.load()
    lem = nl.get_pipe("lemmatizer")
    tags = {"VERB": [("VBD", "Tense=Past|VerbForm=Fin"), ("VBN", "Aspect=Perf|Tense=Past|VerbForm=Part"),
                     ("VBZ", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"), ("VBG", "Aspect=Prog|Tense=Pres|VerbForm=Part")],
            "NOUN": [("NNS", "Number=Plur")]}
    out = []
    for pos, lemmas in lexicon_lemmas().items():
        for lemma in sorted(lemmas):
            for form in sorted(inflections(lemma, pos) - {lemma}):
                for tag, morph in tags[pos]:
                    doc = Doc(nl.vocab, words=[form], pos=[pos], tags=[tag], morphs=[morph])
                    got = lem.rule_lemmatize(doc[0])[0]
                    if got != lemma and not is_form(form, got, pos, exc, index.get(pos.lower())):
                        out.append((form, pos, got, lemma, tag))
                        break
    # irregular forms (the lemmatizer's exception lists) that are no base form themselves: a tagger that reads
    # "retook" or "forgave" as a present or an infinitive leaves the form as its own lemma
    verbs = lexicon_lemmas()["VERB"]
    for form, lemmas in sorted(exc["verb"].items()):
        hit = [l for l in lemmas if l in verbs and l != form]
        if hit and form not in index["verb"] and form.isalpha():
            out.append((form, "VERB", form, hit[0], "VB/VBP"))
    return out


def probe_texts(nlp, index, exc) -> list[tuple]:
    texts = []
    rows: dict[str, list] = {}
    for split in DEV_SPLITS:
        g = json.loads((ROOT / "benchmarks" / "annotations" / f"dyads_{split}.json").read_text(encoding="utf-8"))
        for art in g["articles"].values():
            name, _, row = art["file"].partition("#")
            if art["file"].startswith("html/"):
                continue
            if name not in rows:
                with open(DATA / "wikinews" / name, encoding="utf-8", newline="") as f:
                    rows[name] = list(csv.DictReader(f))
            texts.append(rows[name][int(row)]["text"])
    seen: Counter = Counter()
    lemmas: dict = {}
    for doc in nlp.parse_many(texts):
        for t in doc:
            if t.pos_ in ("VERB", "NOUN") and t.text.isalpha() and t.text.islower():
                key = (t.lower_, t.pos_, t.lemma_)
                seen[key] += 1
    out = []
    for (form, pos, got), n in seen.items():
        if got == form and form in exc.get(pos.lower(), {}) and form not in index.get(pos.lower(), set()):
            out.append((form, pos, got, "|".join(exc[pos.lower()][form]), n))  # an irregular form read as a base form
            continue
        if is_form(form, got, pos, exc, index.get(pos.lower())):
            continue
        cands = [c for c in candidates(form, pos, index.get(pos.lower(), set()), exc) if c != got]
        if cands:
            out.append((form, pos, got, "|".join(cands), n))
    return sorted(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", action="store_true")
    ap.add_argument("--forms", action="store_true")
    args = ap.parse_args(argv)
    nlp, index, exc = tables()
    if args.forms or not args.texts:
        print("# lexicon lemmas inflected regularly, lemmatised by the model's rules: form, POS, given, right, tag")
        for row in probe_forms(nlp, index, exc):
            print("\t".join(map(str, row)))
    if args.texts or not args.forms:
        print("# dev texts: form, POS, given, proposed, count")
        for row in probe_texts(nlp, index, exc):
            print("\t".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
