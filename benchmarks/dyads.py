"""Who did what to whom: events, sources, targets and actor codes against the dyads gold (issue 9).

    python benchmarks/dyads.py [--split dev|dev2..dev69|heldout|all] [--gold FILE ...] [--errors] [--calibration] [--json OUT] [--features OUT.jsonl]

Gold: benchmarks/annotations/dyads_dev.json, dyads_dev2.json (a second dev set) and dyads_heldout.json (format and guidelines
in their "about"; the split is fixed: the held-out half is only ever scored, never read
while writing rules, so ``--errors`` lists misses for the dev half only). ``--gold`` scores
other files of the same format instead (e.g. a held-out file checked out from another branch);
each file says its split.
``--calibration`` prints, per confidence band, the system body events and the share that are
real (matched) events, and for thresholds 0.3…0.9 the precision and type recall kept. The
pipeline runs with ``min_confidence=0`` and the table applies ``--min-confidence`` (default:
the pipeline's own) afterwards, so one pass gives both.

Each article is run once through the real pipeline (Wikinews CSV row text + date; HTML page
as eventwire.extract(html=...) would), in one ``Pipeline.pipe`` pass. Then, per article:

- each gold event is located: its anchor verbatim in ``Article.text``, its trigger inside
  the anchor, and the body sentence holding the trigger (the pipeline's own sentences);
- system BODY events (trigger in ``text``, not in the title or captions) are matched to gold
  events one-to-one: same sentence and overlapping triggers first, then same sentence and
  same PLOVER type (a nominal and a verbal trigger for the same event); greedy by trigger
  distance, ties broken towards pairs whose type, source and target agree;
- a role (source/target) is right when the system names the same actor with an acceptable
  code. Same actor: one of the actor's mentions overlaps the gold words in the event's
  sentence, or its name/aliases equal or contain the gold name or words (case- and
  punctuation-insensitive; surname for people, a suffix such as "Jr" aside). Acceptable code: one of the gold '|'
  alternatives or a refinement of one naming a sector (YEMREB accepts YEMREBHOU), or for a
  gold '---XXX' any code whose sector is XXX. ``null`` is right only
  when the gold is null. An event flagged ``source_implied`` counts as source null unless the
  gold names a source and the implied one matches it.

Figures: event precision (gold is exhaustive: an unmatched system event is no real political
event), type / source / target / status accuracy among matched events with the kinds of role
errors, and recall of gold events with the right type / + source / + source and target.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import csv
import gzip
import json
import re
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
GOLD_FILES = {"dev": ANNOTATIONS / "dyads_dev.json", "dev2": ANNOTATIONS / "dyads_dev2.json",
              "dev3": ANNOTATIONS / "dyads_dev3.json",
              "dev4": ANNOTATIONS / "dyads_dev4.json", "dev5": ANNOTATIONS / "dyads_dev5.json",
              "dev6": ANNOTATIONS / "dyads_dev6.json", "dev7": ANNOTATIONS / "dyads_dev7.json",
              "dev8": ANNOTATIONS / "dyads_dev8.json",
              "dev9": ANNOTATIONS / "dyads_dev9.json",
              "dev10": ANNOTATIONS / "dyads_dev10.json",
              "dev11": ANNOTATIONS / "dyads_dev11.json",
              "dev12": ANNOTATIONS / "dyads_dev12.json", "dev13": ANNOTATIONS / "dyads_dev13.json",
              "dev14": ANNOTATIONS / "dyads_dev14.json", "dev15": ANNOTATIONS / "dyads_dev15.json",
              "dev16": ANNOTATIONS / "dyads_dev16.json",
              "dev17": ANNOTATIONS / "dyads_dev17.json",
              "dev18": ANNOTATIONS / "dyads_dev18.json", "dev19": ANNOTATIONS / "dyads_dev19.json",
              "dev20": ANNOTATIONS / "dyads_dev20.json", "dev21": ANNOTATIONS / "dyads_dev21.json",
              "dev22": ANNOTATIONS / "dyads_dev22.json", "dev23": ANNOTATIONS / "dyads_dev23.json",
              "dev24": ANNOTATIONS / "dyads_dev24.json", "dev25": ANNOTATIONS / "dyads_dev25.json",
              "dev26": ANNOTATIONS / "dyads_dev26.json", "dev27": ANNOTATIONS / "dyads_dev27.json",
              "dev28": ANNOTATIONS / "dyads_dev28.json", "dev29": ANNOTATIONS / "dyads_dev29.json",
              "dev30": ANNOTATIONS / "dyads_dev30.json", "dev31": ANNOTATIONS / "dyads_dev31.json",
              "dev32": ANNOTATIONS / "dyads_dev32.json", "dev33": ANNOTATIONS / "dyads_dev33.json",
              "dev34": ANNOTATIONS / "dyads_dev34.json", "dev35": ANNOTATIONS / "dyads_dev35.json",
              "dev36": ANNOTATIONS / "dyads_dev36.json", "dev37": ANNOTATIONS / "dyads_dev37.json",
              "dev38": ANNOTATIONS / "dyads_dev38.json", "dev39": ANNOTATIONS / "dyads_dev39.json",
              "dev40": ANNOTATIONS / "dyads_dev40.json", "dev41": ANNOTATIONS / "dyads_dev41.json",
              "dev42": ANNOTATIONS / "dyads_dev42.json", "dev43": ANNOTATIONS / "dyads_dev43.json",
              "dev44": ANNOTATIONS / "dyads_dev44.json", "dev45": ANNOTATIONS / "dyads_dev45.json",
              "dev46": ANNOTATIONS / "dyads_dev46.json", "dev47": ANNOTATIONS / "dyads_dev47.json",
              "dev48": ANNOTATIONS / "dyads_dev48.json", "dev49": ANNOTATIONS / "dyads_dev49.json",
              "dev50": ANNOTATIONS / "dyads_dev50.json", "dev51": ANNOTATIONS / "dyads_dev51.json",
              "dev52": ANNOTATIONS / "dyads_dev52.json", "dev53": ANNOTATIONS / "dyads_dev53.json",
              "dev54": ANNOTATIONS / "dyads_dev54.json", "dev55": ANNOTATIONS / "dyads_dev55.json",
              "dev56": ANNOTATIONS / "dyads_dev56.json", "dev57": ANNOTATIONS / "dyads_dev57.json",
              "dev58": ANNOTATIONS / "dyads_dev58.json", "dev59": ANNOTATIONS / "dyads_dev59.json",
              "dev60": ANNOTATIONS / "dyads_dev60.json",
              "dev61": ANNOTATIONS / "dyads_dev61.json", "dev62": ANNOTATIONS / "dyads_dev62.json",
              "dev63": ANNOTATIONS / "dyads_dev63.json", "dev64": ANNOTATIONS / "dyads_dev64.json",
              "dev65": ANNOTATIONS / "dyads_dev65.json", "dev66": ANNOTATIONS / "dyads_dev66.json",
              "dev67": ANNOTATIONS / "dyads_dev67.json", "dev68": ANNOTATIONS / "dyads_dev68.json",
              "dev69": ANNOTATIONS / "dyads_dev69.json",
              "heldout": ANNOTATIONS / "dyads_heldout.json"}
# dev sets held back as validation sets for now (annotated after the rules of the others were written):
# scored with the others, but not pooled into the calibration and their errors listed only when asked for
# by name (`--split dev8 --errors`), so that scoring everything does not show them to whoever writes rules.
# dev7 was one from the eighth round until the ninth round's changes were chosen; it is a dev set since.
# dev11 (Wikinews 2019 rows 125-169, annotated 2026-12-02 from the text alone) is the third one.
# dev12-dev19 (eleventh round) are news from several outlets, shaped like the held-out half rather than Wikinews:
# Giveme5W1H gold articles (UK and US outlets, November 2016) and TR-News articles (../shared/data/when/ and
# geoparsing/). dev14, dev15 and dev17 are validation sets; dev18 (TR-News #90-117) and dev19 (Giveme5W1H
# Trump-Obama meeting) were annotated last, as dev sets for the next round.
# dev20 and dev21 (thirteenth round) are the remaining Giveme5W1H categories, annotated before any output was
# seen: dev20 (Formula One, the Toblerone shape change: 23 off-topic articles, no event) is a dev set for what
# must stay silent; dev21 (baseball, the Croydon tram victims, an election report) is a validation set.
# dev22 and dev23 (fourteenth round) are ECB+ dev documents (../shared/data/dedup/): one article of each of the
# 42 stories, the ECB stories' in dev22 (a dev set), the ECB+ stories' in dev23 (a validation set).
# dev24 and dev25 (twenty-fourth round) are the second article of each ECB+ story (dev24: the ECB+ ones, 13_2ecb and
# 25_2ecb for the stories with none) and of each ECB story (dev25), annotated before any output was seen: two fresh
# validation sets, first used to judge the confidence refit of that round. dev26 and dev27 (the same round) are the
# third ECB and ECB+ article of each story, dev28 and dev29 the fourth: dev sets, for rules and the next fit.
# dev30 and dev31 (the same round, annotated after its last code commit) are 29 Wikinews articles of the GeoVirus
# geoparsing set (disease outbreaks, 2008-2013): validation sets of the held-out half's genre, for the next round.
# dev32-dev35 (twenty-fifth round, annotated before any output on them was seen) are 57 more GeoVirus articles
# (every 16th from #7, #15, #1 and #9): dev sets of that genre, for rules. dev36-dev39 (the same round, annotated
# mid-round before any output on them was seen) are 57 more (every 16th from #5, #13, #0 and #8): dev sets too.
# dev40 and dev41 (the same round, annotated after its last code commit) are 29 more (every 16th from #2 and #10):
# validation sets for the next round, scored once with the round's start and end code.
# dev42 and dev43 (twenty-sixth round, annotated at its start before any output on them was seen) are the next
# unannotated ECB+ document of each ECB story (dev42) and each ECB+ story (dev43): validation sets, judging that
# round's rules on news of several outlets (dev43's 45_4ecbplus repeats the text of dev24's 45_2ecbplus).
# dev44 and dev45 (twenty-seventh round, annotated at its start in the same way) are the next ECB+ document of
# each ECB story and of each ECB+ story again; dev46 and dev47 (twenty-eighth round, likewise) the next ones, and
# dev48 and dev49 (twenty-ninth round, likewise) the ones after those, and dev50 and dev51 (thirtieth round,
# likewise) the next ones again. dev52 and dev53 (thirty-first round, likewise) are the next ones after those;
# dev54 (the same round) is the twenty English pages of ../shared/data/html/ no gold file had used (news,
# politics, health, tech, food, reviews, lifestyle: ten of them off-topic) and dev55 the GeoVirus articles
# every 16th from #4: validation sets too, annotated before any output on them was seen.
# dev56-dev58 (thirty-second round, annotated at its start before any output on them was seen) are the last 42
# GeoVirus articles (every 16th from #6, #12 and #14): dev sets of the held-out half's genre, for rules.
# dev59 and dev60 (the same round, annotated mid-round before any output on them was seen) are the next unannotated
# document of each ECB story (11) and of each ECB+ story (19): dev sets of news from several outlets, for rules.
# dev61 and dev62 (thirty-third round, annotated after its last code commit, before any output on them was seen) are
# the next unannotated document of each ECB story (nine) and of each ECB+ story (nine) that still has one: validation
# sets for the next round, scored once with the round's start and end code.
# dev63 and dev64 (thirty-fourth round, annotated at its start before any output on them was seen) are the next
# unannotated document of each ECB story (eight) and of each ECB+ story (seven) that still has one: dev sets, for rules.
# dev65 and dev66 (the same round, annotated mid-round before any output on them was seen) are the next ones: seven
# ECB documents (dev65) and seven ECB+ documents of the stories that still have some (dev66): dev sets too.
# dev67 and dev68 (the same round, annotated after its last code commit, before any output on them was seen) are the
# next fourteen ECB and ECB+ documents of the stories that still have some: validation sets for the next round, scored
# once with the round's start and end code.
# dev69 (thirty-fifth round, annotated mid-round before any output on it was seen) holds the last six unannotated
# documents of the ECB and ECB+ stories (the Palin church fire, Tara Reid and Lindsay Lohan in rehab): a validation set.
VALIDATION = {"dev8", "dev9", "dev11", "dev14", "dev15", "dev17", "dev21", "dev23", "dev24", "dev25", "dev30", "dev31",
              "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47",
              "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev61", "dev62", "dev67", "dev68",
              "dev69"}
ROLES = ("source", "target")
RANK = {"right": 0, "wrong_code": 1, "null": 2, "spurious": 2, "wrong_actor": 3}  # tie-breaks in matching
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "its",
            "their", "his", "our", "my", "your", "who", "which", "that"}


# ---------------------------------------------------------------- gold

@dataclass
class GoldEvent:
    """One annotated event, located in the article's body."""

    anchor: str
    trigger: str
    type: str
    status: str
    source: dict | None
    target: dict | None
    start: int = -1  # trigger offsets in Article.text; -1 when the anchor is not in the text
    end: int = -1
    sentence: int = -1
    raw: dict = field(default_factory=dict)


def load_gold(path: Path) -> dict:
    """A gold file as written; refuses a file without articles with a clear error."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise SystemExit(f"{path}: not a dyads gold file (no 'articles' object)")
    return data


def locate(events: list[dict], text: str, sentence_starts: list[int]) -> list[GoldEvent]:
    """Gold events with trigger offsets and sentence (anchors are unique in their article;
    events of a coordinated phrase share one anchor and so one place)."""
    out = []
    for e in events:
        g = GoldEvent(e["anchor"], e["trigger"], e["type"], e.get("status", "occurred"),
                      e.get("source"), e.get("target"), raw=e)
        span = find_words(text, e["anchor"])
        if span is not None:
            at, end = span
            inner = find_words(text[at:end], e["trigger"])
            g.start, g.end = (at + inner[0], at + inner[1]) if inner is not None else (at, end)
            g.sentence = sentence_of(sentence_starts, g.start)
        out.append(g)
    return out


def find_words(text: str, words: str) -> tuple[int, int] | None:
    """(start, end) of the first place ``words`` occur in ``text``, a run of whitespace in either matching any
    other (the anchors were copied from the text as it was cleaned then: a cleaner that changes only spacing
    must not lose them)."""
    at = text.find(words)
    if at >= 0:
        return at, at + len(words)
    parts = words.split()
    m = re.search(r"\s+".join(map(re.escape, parts)), text) if parts else None
    return (m.start(), m.end()) if m else None


def sentence_of(starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1) if starts else 0


# ---------------------------------------------------------------- actors

def norm(text: str | None) -> str:
    """Lower case, accents and punctuation off, single spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def contains(big: str, small: str) -> bool:
    """Word-sequence containment of normalised strings."""
    return bool(small) and f" {small} " in f" {big} "


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def same_actor(gold: dict, actor: Any, text: str, sent_span: tuple[int, int]) -> bool:
    """Does the system actor stand for the gold actor? Mention overlap with the gold words in
    the sentence (unless they are a pronoun: then only its antecedent counts), or name/alias
    equal to or containing the gold name or words (surname for people)."""
    words = gold.get("text") or ""
    lo, hi = sent_span
    if words and norm(words) not in PRONOUNS:  # a pronoun's mention says nothing of whom it was resolved to
        pattern = r"\s+".join(map(re.escape, words.split()))  # any spacing, as find_words
        for hit in re.finditer(f"(?=({pattern}))", text[lo:hi]):
            at, end = lo + hit.start(1), lo + hit.end(1)
            for m in _get(actor, "mentions", []) or []:
                if m[0] < end and at < m[1]:
                    return True
    names = [norm(_get(actor, "name"))] + [norm(a) for a in _get(actor, "aliases", []) or []]
    wanted = [norm(gold.get("name"))]
    if norm(words) not in PRONOUNS:
        wanted.append(norm(words))
    for n in names:
        for w in wanted:
            if n and w and (n == w or contains(n, w)):
                return True
    if _get(actor, "kind") == "person":
        g = _no_suffix(norm(gold.get("name")).split())
        for n in (_no_suffix(n.split()) for n in names if n):
            # same surname, and no different given name ("James Lee" is not "Han Lee")
            if g and n[-1] == g[-1] and (len(g) == 1 or len(n) == 1 or n[0] == g[0]):
                return True
    return False


def _no_suffix(words: list[str]) -> list[str]:
    """A name's words without a generational suffix ("Arcade Joseph Comeaux Jr" is surnamed Comeaux)."""
    while len(words) > 1 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]
    return words


def code_ok(gold_code: str | None, actor: Any) -> bool:
    """The system code is one of the gold alternatives, a refinement of one that names a
    sector (CAMEO codes are sequences of 3-letter parts: YEMREB accepts YEMREBHOU, but a bare
    country USA does not accept USACVL), or, for a gold '---XXX', any code whose sector is XXX."""
    code = _get(actor, "code") or ""
    if not gold_code or not code:
        return False
    sectors = {code[3:6]} | set(_get(actor, "sectors", []) or [])
    for alt in gold_code.split("|"):
        alt = alt.strip()
        if alt == code:
            return True
        if len(alt) >= 6 and code.startswith(alt) and (len(code) - len(alt)) % 3 == 0:
            return True  # a refinement of the gold code: YEMREB accepts YEMREBHOU
        if alt.startswith("---") and (alt[3:] in sectors or (alt[3:] in ("IGO", "NGO", "IMG") and code.startswith(alt[3:]))):
            return True
    return False


def judge_role(gold: dict | None, actor: Any | None, text: str, sent_span: tuple[int, int]) -> str:
    """right | null (system null, gold names one) | spurious (system names one, gold null) |
    wrong_actor | wrong_code."""
    if gold is None:
        return "right" if actor is None else "spurious"
    if actor is None:
        return "null"
    if not same_actor(gold, actor, text, sent_span):
        return "wrong_actor"
    return "right" if code_ok(gold.get("code"), actor) else "wrong_code"


# ---------------------------------------------------------------- matching

def body_events(article: Any) -> list[Any]:
    """System events whose trigger is in the body (title/caption-only events have sentence -1)."""
    return [e for e in _get(article, "events", []) if _get(e, "sentence", -1) is not None and _get(e, "sentence", -1) >= 0]


def actor_of(article: Any, actor_id: str | None) -> Any | None:
    if not actor_id:
        return None
    for a in _get(article, "actors", []):
        if _get(a, "id") == actor_id:
            return a
    return None


def sys_type(event: Any) -> str:
    return _get(_get(event, "plover"), "type") or ""


def judged(g: GoldEvent, e: Any, article: Any, sent_span: tuple[int, int]) -> dict[str, str]:
    """How the system event fares on each role against the gold event."""
    text = _get(article, "text", "")
    out = {}
    for role in ROLES:
        actor = actor_of(article, _get(e, role))
        verdict = judge_role(g.raw.get(role), actor, text, sent_span)
        if role == "source" and _get(e, "source_implied", False):
            # an implied source counts as null unless the gold names one and it matches
            if g.source is None:
                verdict = "right"
            elif verdict != "right":
                verdict = "null"
        out[role] = verdict
    return out


def match(gold: list[GoldEvent], events: list[Any], article: Any, spans: list[tuple[int, int]]) -> list[tuple[GoldEvent, Any]]:
    """One-to-one pairs: same sentence and overlapping triggers, then same sentence and same
    type; greedy by trigger distance, ties towards pairs that agree on type, source, target."""
    pairs: list[tuple[GoldEvent, Any]] = []
    free_g = [g for g in gold if g.start >= 0]
    free_e = list(events)

    def key(g: GoldEvent, e: Any) -> tuple:
        t = _get(e, "trigger")
        span = spans[g.sentence] if 0 <= g.sentence < len(spans) else (0, len(_get(article, "text", "")))
        j = judged(g, e, article, span)
        return (abs(_get(t, "start") - g.start), sys_type(e) != g.type, RANK[j["source"]] + RANK[j["target"]])

    for rule in ("overlap", "type"):
        cands = []
        for gi, g in enumerate(free_g):
            for ei, e in enumerate(free_e):
                t = _get(e, "trigger")
                if _get(e, "sentence") != g.sentence:
                    continue
                if rule == "overlap" and not (_get(t, "start") < g.end and g.start < _get(t, "end")):
                    continue
                if rule == "type" and sys_type(e) != g.type:
                    continue
                cands.append((key(g, e), gi, ei, id(g), id(e), g, e))
        cands.sort(key=lambda c: c[:3])  # ties by text order: the same pairs on every run
        taken_g, taken_e = set(), set()
        for _, _, _, ig, ie, g, e in cands:
            if ig in taken_g or ie in taken_e:
                continue
            taken_g.add(ig)
            taken_e.add(ie)
            pairs.append((g, e))
        free_g = [g for g in free_g if id(g) not in taken_g]
        free_e = [e for e in free_e if id(e) not in taken_e]
    return pairs


def remention(g: GoldEvent, events: list[Any], spans: list[tuple[int, int]]) -> bool:
    """Does a system event of the gold event's type name it as one of its merged mentions (eventwire
    codes an act told again in a later sentence, "the investigation found nothing", as another mention
    of the one event, where the gold codes each telling)? The mention's words overlap the gold trigger."""
    for e in events:
        if sys_type(e) != g.type:
            continue
        for m in _get(e, "mentions", []) or []:
            if _get(m, "field") == "text" and _get(m, "start") < g.end and g.start < _get(m, "end"):
                return True
    return False


# ---------------------------------------------------------------- scoring

@dataclass
class Tally:
    articles: int = 0
    gold: int = 0
    gold_unlocated: int = 0
    gold_title: int = 0
    system: int = 0
    matched: int = 0
    type_right: int = 0
    status_right: int = 0
    implied: int = 0
    roles: dict = field(default_factory=lambda: {r: Counter() for r in ROLES})
    null_found: Counter = field(default_factory=Counter)  # role → nulls where the actor exists but is not linked
    recall_type: int = 0
    recall_source: int = 0
    recall_both: int = 0
    remention_type: int = 0  # gold events not matched one-to-one but told by a merged mention of a system event of their type
    errors: dict = field(default_factory=lambda: defaultdict(list))
    false_positives: dict = field(default_factory=lambda: defaultdict(Counter))
    fp_detail: list = field(default_factory=list)
    confidences: list = field(default_factory=list)  # (confidence, matched?) per system event
    rows: list | None = None  # --features: one dict per system body event (its evidence and its label)


def score_article(tally: Tally, key: str, article: Any, gold_events: list[dict], spans: list[tuple[int, int]]) -> None:
    """Add one article's figures (and its errors, for --errors) to the tally."""
    text = _get(article, "text", "")
    starts = [s for s, _ in spans]
    gold = locate(gold_events, text, starts)
    # the body is scored: an event coded in a first line that cleaning took for the headline is left out
    title = _get(article, "title") or ""
    headline = [g for g in gold if g.start < 0 and title and g.anchor in title]
    gold = [g for g in gold if g not in headline]
    tally.gold_title += len(headline)
    events = body_events(article)
    tally.articles += 1
    tally.gold += len(gold)
    tally.gold_unlocated += sum(g.start < 0 for g in gold)
    tally.system += len(events)
    tally.implied += sum(bool(_get(e, "source_implied", False)) for e in events)
    pairs = match(gold, events, article, spans)
    tally.matched += len(pairs)
    matched_g = {id(g) for g, _ in pairs}
    matched_e = {id(e) for _, e in pairs}
    for g, e in pairs:
        span = spans[g.sentence] if 0 <= g.sentence < len(spans) else (0, len(text))
        j = judged(g, e, article, span)
        trig = _get(_get(e, "trigger"), "text")
        where = f"{key} | {g.anchor!r} (gold trigger {g.trigger!r}, system {trig!r})"
        type_ok = sys_type(e) == g.type
        tally.type_right += type_ok
        status_ok = _get(e, "status") == g.status
        tally.status_right += status_ok
        if not type_ok:
            tally.errors["wrong type"].append(f"{g.type} -> {sys_type(e)}: {where}")
        if not status_ok:
            tally.errors["wrong status"].append(f"{g.status} -> {_get(e, 'status')}: {where}")
        for role in ROLES:
            tally.roles[role][j[role]] += 1
            if j[role] != "right":
                gold_a = g.raw.get(role)
                sys_a = actor_of(article, _get(e, role))
                gtxt = f"{gold_a['text']!r}={gold_a['code']}" if gold_a else "null"
                stxt = f"{_get(sys_a, 'name')!r}={_get(sys_a, 'code')}" if sys_a else "null"
                kind = f"{role} {j[role]}"
                if j[role] == "null" and gold_a:  # is the actor missing, or only not linked?
                    known = [a for a in _get(article, "actors", []) or [] if same_actor(gold_a, a, text, span)]
                    kind += f" ({'actor found, not linked' if known else 'no actor for these words'})"
                    tally.null_found[role] += bool(known)
                tally.errors[kind].append(f"gold {gtxt} vs system {stxt}: {where}")
        if type_ok:
            tally.recall_type += 1
            if j["source"] == "right":
                tally.recall_source += 1
                if j["target"] == "right":
                    tally.recall_both += 1
    for g in gold:
        if id(g) not in matched_g and g.start >= 0 and remention(g, events, spans):
            matched_g.add(id(g))
            tally.remention_type += 1
            tally.errors["found as a merged re-mention"].append(f"{g.type}: {key} | {g.anchor!r} (trigger {g.trigger!r})")
    for g in gold:
        if id(g) not in matched_g:
            why = "anchor not in text" if g.start < 0 else "no event found"
            tally.errors[why].append(f"{g.type}: {key} | {g.anchor!r} (trigger {g.trigger!r})")
    type_ok_e = {id(e) for g, e in pairs if sys_type(e) == g.type}
    if tally.rows is not None:
        tally.rows += feature_rows(key, article, events, pairs, spans)
    for e in events:
        tally.confidences.append((float(_get(e, "confidence", 0.0) or 0.0), id(e) in matched_e, id(e) in type_ok_e))
        if id(e) not in matched_e:
            t = _get(e, "trigger")
            tally.false_positives[sys_type(e)][norm(_get(t, "text"))] += 1
            tally.fp_detail.append(f"{sys_type(e)} {_get(e, 'confidence')} {_get(t, 'text')!r}: "
                                   f"{' '.join(str(_get(e, 'evidence', '')).split())[:220]}")


def feature_rows(key: str, article: Any, events: list[Any], pairs: list[tuple[GoldEvent, Any]],
                 spans: list[tuple[int, int]]) -> list[dict]:
    """--features: per system body event, the evidence its confidence was made of (Evidence, carried on
    the event as ``_evidence``), a few figures of the record (mentions merged, events in its sentence,
    implied source) and its label: matched to a gold event, and with the right type / source / target."""
    text = _get(article, "text", "")
    per_sentence = Counter(_get(e, "sentence") for e in events)
    gold_of = {id(e): g for g, e in pairs}
    out = []
    for e in events:
        ev = getattr(e, "_evidence", None)
        row = {"article": key, "trigger": _get(_get(e, "trigger"), "text"), "type": sys_type(e),
               "confidence": float(_get(e, "confidence", 0.0) or 0.0),
               "mentions": len(_get(e, "mentions", []) or []), "sent_events": per_sentence[_get(e, "sentence")],
               "source_implied": bool(_get(e, "source_implied", False)), "has_date": bool(_get(e, "date")),
               "has_place": bool(_get(e, "location")), **(ev.features() if ev is not None else {})}
        g = gold_of.get(id(e))
        row["real"] = g is not None
        row["type_right"] = g is not None and sys_type(e) == g.type
        if g is not None:
            span = spans[g.sentence] if 0 <= g.sentence < len(spans) else (0, len(text))
            j = judged(g, e, article, span)
            row["source_right"], row["target_right"] = j["source"] == "right", j["target"] == "right"
        out.append(row)
    return out


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def figures(t: Tally) -> dict[str, Any]:
    m = t.matched
    out: dict[str, Any] = {
        "articles": t.articles, "gold events": t.gold, "gold not located": t.gold_unlocated,
        "gold in the headline (not scored)": t.gold_title,
        "system body events": t.system, "matched": m,
        "event precision": ratio(m, t.system),
        "type accuracy": ratio(t.type_right, m),
    }
    for role in ROLES:
        c = t.roles[role]
        out[f"{role} right"] = ratio(c["right"], m)
        out[f"{role}: null where gold names one"] = ratio(c["null"], m)
        out[f"{role}: ... the actor found, not linked"] = ratio(t.null_found[role], m)
        out[f"{role}: wrong actor"] = ratio(c["wrong_actor"], m)
        out[f"{role}: right actor, wrong code"] = ratio(c["wrong_code"], m)
        out[f"{role}: named where gold has none"] = ratio(c["spurious"], m)
    out["status accuracy"] = ratio(t.status_right, m)
    out["recall: type"] = ratio(t.recall_type, t.gold)
    out["recall: type+source"] = ratio(t.recall_source, t.gold)
    out["recall: type+source+target"] = ratio(t.recall_both, t.gold)
    out["recall: type, with re-mentions merged into an event"] = ratio(t.recall_type + t.remention_type, t.gold)
    out["source_implied events"] = t.implied
    return out


def table(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    rows = list(next(iter(results.values())))
    lines = ["| figure | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    for r in rows:
        cells = []
        for n in names:
            v = results[n].get(r)
            cells.append("-" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v)))
        lines.append(f"| {r} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def print_errors(t: Tally, limit: int) -> None:
    order = ["no event found", "anchor not in text", "wrong type"] + [f"{r} {k}" for r in ROLES for k in ("null (actor found, not linked)", "null (no actor for these words)", "wrong_actor", "wrong_code", "spurious")] + ["wrong status"]
    for cause in order + sorted(set(t.errors) - set(order)):
        items = t.errors.get(cause)
        if not items:
            continue
        print(f"\n## {cause} ({len(items)})")
        if cause == "wrong type":
            print("   by pair: " + ", ".join(f"{k} {v}" for k, v in Counter(i.split(':')[0] for i in items).most_common()))
        for i in items[:limit]:
            print("  - " + i)
        if len(items) > limit:
            print(f"  ... {len(items) - limit} more")
    print(f"\n## false positives by system type ({sum(sum(c.values()) for c in t.false_positives.values())})")
    for typ, c in sorted(t.false_positives.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {typ} {sum(c.values())}: " + ", ".join(f"{w} {n}" for w, n in c.most_common(15)))
    print(f"\n## false positives with their sentence ({len(t.fp_detail)})")
    for i in t.fp_detail[:limit]:
        print("  - " + i)
    if len(t.fp_detail) > limit:
        print(f"  ... {len(t.fp_detail) - limit} more")


BANDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def calibration(t: Tally) -> str:
    """Does ``confidence`` mean something? Per band: system body events and the share that are real
    (matched) events; per threshold: precision and type recall of the events kept at or above it."""
    lines = ["| confidence band | system events | real (matched) | share real |", "| --- | --- | --- | --- |"]
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [m for c, m, _ in t.confidences if lo <= c < hi]
        share = ratio(sum(inside), len(inside))
        lines.append(f"| {lo:.1f}–{min(hi, 1.0):.1f}{']' if hi > 1 else ')'} | {len(inside)} | {sum(inside)} | "
                     f"{'-' if share is None else f'{share:.2f}'} |")
    lines += ["", "| kept: confidence ≥ | events kept | precision | recall: type |", "| --- | --- | --- | --- |"]
    for thr in THRESHOLDS:
        kept = [(m, ok) for c, m, ok in t.confidences if c >= thr]
        p = ratio(sum(m for m, _ in kept), len(kept))
        r = ratio(sum(ok for _, ok in kept), t.gold)
        lines.append(f"| {thr:.2f} | {len(kept)} | {'-' if p is None else f'{p:.2f}'} | {'-' if r is None else f'{r:.2f}'} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- running the pipeline

def raw_docs(articles: dict[str, dict]) -> list[Any]:
    """One RawDoc per gold article, read from ../shared/data as the gold file names it: "html/PAGE",
    "wikinews_2019.csv#ROW", "giveme5w1h/FILE.json" (text, date_publish, title, url), "TR-News.xml#N" (the N-th
    article, 0-based; dltime, as the archive writes it, as the date; its url), "GeoVirus.xml#N" (the N-th Wikinews article of
    the geoparsing set, 0-based; no date, no title) or "ecbplus/ID" (an ECB+ dev document of dedup/; it has no date)."""
    from eventwire.ingest import RawDoc

    rows: dict[str, list[dict]] = {}
    docs = []
    for key, art in articles.items():
        ref = art["file"]
        if ref.startswith("html/"):
            page = DATA / "html" / "pages" / ref[len("html/"):]
            html = gzip.open(page).read().decode("utf-8", "replace")
            docs.append(RawDoc(source=str(page), html=html, id=key))
        elif ref.startswith("giveme5w1h/"):
            g = json.loads((DATA / "when" / "giveme5w1h_gold" / ref[len("giveme5w1h/"):]).read_text(encoding="utf-8"))
            docs.append(RawDoc(source=ref, text=g["text"], published=(g.get("date_publish") or "")[:10] or None,
                               title=g.get("title") or None, url=g.get("url") or None, id=key))
        elif ref.startswith("ecbplus/"):
            if "ecbplus" not in rows:
                with open(DATA / "dedup" / "ecbplus_dev.jsonl", encoding="utf-8") as f:
                    rows["ecbplus"] = [json.loads(line) for line in f]
            r = next(d for d in rows["ecbplus"] if d["id"] == ref[len("ecbplus/"):])
            docs.append(RawDoc(source=ref, text=r["text"], id=key))
        elif ref.startswith(("TR-News.xml#", "GeoVirus.xml#")):
            name = ref.partition("#")[0]
            if name not in rows:  # (GeoVirus has neither title nor date)
                rows[name] = [{"text": a.findtext("text") or "", "title": (a.findtext("title") or "").strip(),
                               "date": (a.findtext("dltime") or "").strip(),  # as written: the pipeline reads it
                               "url": (a.findtext("url") or "").strip()}  # (TR-News gives each story's address)
                              for a in ET.parse(DATA / "geoparsing" / name).getroot().iter("article")]
            r = rows[name][int(ref.partition("#")[2])]
            docs.append(RawDoc(source=ref, text=r["text"], published=r["date"] or None, title=r["title"] or None,
                               url=r["url"] or None, id=key))
        else:
            name, _, row = ref.partition("#")
            if name not in rows:
                with open(DATA / "wikinews" / name, encoding="utf-8", newline="") as f:
                    rows[name] = list(csv.DictReader(f))
            r = rows[name][int(row)]
            docs.append(RawDoc(source=ref, text=r["text"], published=r["date"], title=r.get("title") or None,
                               url=r.get("url") or None, id=key))
    return docs


def run_pipeline(articles: dict[str, dict]) -> tuple[dict[str, Any], dict[str, list[tuple[int, int]]]]:
    """Articles by gold key and their body sentence spans, in one pipeline pass."""
    from eventwire.pipeline import STAGES, Pipeline, Stage

    spans: dict[str, list[tuple[int, int]]] = {}

    def keep_sentences(parsed) -> None:
        spans[parsed.article.id] = [(s.start_char, s.end_char) for s in parsed.sentences]

    # every event (main() applies the threshold, --calibration sees all), and each body's sentences
    pipe = Pipeline(stages=[*STAGES, Stage("dyads_sentences", keep_sentences)], min_confidence=0)
    docs = raw_docs(articles)
    out = {}
    for doc, art in zip(docs, pipe.pipe(docs)):
        out[doc.id] = art
    return out, spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=[*GOLD_FILES, "all", "both"], default="all",
                    help="which gold file (dev2..dev7, dev10, dev12, dev13, dev16, dev18, dev19, dev20: further dev sets; dev8, dev9, dev11, "
                         "dev14, dev15, dev17, dev21: the validation sets; all/both: every file)")
    ap.add_argument("--gold", nargs="+", type=Path, help="gold files to score instead of benchmarks/annotations/")
    ap.add_argument("--errors", action="store_true", help="list misses by cause (dev half only)")
    ap.add_argument("--limit", type=int, default=40, help="errors listed per cause")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="score only events at or above this confidence (default: the pipeline's own)")
    ap.add_argument("--calibration", action="store_true",
                    help="per confidence band, the share of system events that are real; precision and type recall per threshold")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--features", type=Path,
                    help="write every system body event (min_confidence 0) with its evidence and its label, one JSON "
                         "object a line, to this file (benchmarks/fit_confidence.py reads it)")
    args = ap.parse_args(argv)

    if not (DATA / "wikinews").exists() or not (DATA / "html" / "pages").exists():
        print(f"dev data not found at {DATA} (../shared/data from the repo root); nothing to score", file=sys.stderr)
        return 2
    everything = args.split in ("all", "both")
    paths = args.gold or [p for s, p in GOLD_FILES.items() if everything or args.split == s]
    golds: dict[str, dict] = {}
    for p in paths:
        if not p.exists():
            print(f"{p.name}: not present, skipped", file=sys.stderr)
            continue
        g = load_gold(p)
        split = g.get("split") or p.stem
        if not everything and not args.gold and split != args.split:
            continue
        golds[split] = g
    if not golds:
        print(f"no gold file for split {args.split!r}", file=sys.stderr)
        return 2

    sys.path.insert(0, str(ROOT))
    t0 = time.time()
    every = {k: a for g in golds.values() for k, a in g["articles"].items()}
    arts, spans = run_pipeline(every)
    secs = time.time() - t0
    from eventwire import senses

    threshold = senses.default_min_confidence() if args.min_confidence is None else args.min_confidence
    results, tallies, calib = {}, {}, {}
    dev_splits = [s for s in golds if s != "heldout" and s not in VALIDATION]
    pooled = Tally()  # every event of every dev file: the calibration a threshold is chosen from
    for split, g in golds.items():
        t, every_event = Tally(), Tally(rows=[] if args.features else None)
        for key, a in g["articles"].items():
            art = arts[key]
            sent_spans = spans.get(key) or [(0, len(art.text))]
            score_article(every_event, key, art, a.get("events", []), sent_spans)
            if split in dev_splits and len(dev_splits) > 1:
                score_article(pooled, key, art, a.get("events", []), sent_spans)
            kept = copy.copy(art)
            kept.events = senses.keep(art.events, threshold)
            score_article(t, key, kept, a.get("events", []), sent_spans)
        tallies[split], calib[split] = t, every_event
        results[split] = figures(t)
    print(f"dyads: {len(every)} articles through the pipeline in {secs:.0f}s (shared machine: timing noisy); "
          f"events with confidence >= {threshold}\n")
    print(table(results))
    if args.calibration:
        for split, t in calib.items():
            print(f"\n# calibration, {split} (every body event, whatever the pipeline's min_confidence)\n")
            print(calibration(t))
        if len(dev_splits) > 1:
            print(f"\n# calibration, {'+'.join(dev_splits)} pooled (every body event; the held-out half never enters)\n")
            print(calibration(pooled))
    if args.errors:
        for split, t in tallies.items():
            if split == "heldout":
                print("\n(errors are listed for the dev half only: the held-out half is scored, never read)")
                continue
            if split in VALIDATION and len(golds) > 1:
                print(f"\n(errors of the validation set {split} are listed only with --split {split})")
                continue
            print(f"\n# errors, {split}")
            print_errors(t, args.limit)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.features:
        with open(args.features, "w", encoding="utf-8") as f:
            for split, t in calib.items():
                if split == "heldout":
                    continue  # the held-out half is only ever scored: its events are never written out
                f.write(json.dumps({"split": split, "gold_events": t.gold}) + "\n")  # the type-recall denominator
                for row in t.rows or []:
                    f.write(json.dumps({"split": split, **row}) + "\n")
        print(f"\nfeatures of {sum(len(t.rows or []) for t in calib.values())} events written to {args.features}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
