"""Senses: is a trigger's reading here political or social action, and how sure are we?

A trigger word is an event only in some of its senses: "beat" in "held on to beat the
Athletics", "help" in "scored 27 points to help Houston", "meet" in "can't meet the
challenges", "rescue" by firefighters, "injured" in a crash. The contexts that make a
reading no event (or a less likely one) are data, in resources/events/contexts.tsv: rows of
(trigger lemma, PLOVER type, CAMEO prefix or any) × (conditions on the trigger's arguments,
the actors around it, its sentence and the article's topic) → drop, or a confidence factor.
An article about sports, science or culture with no political actors yields few events: its
topic and its count of political actors are conditions like any other.

``hand_confidence`` is one documented formula whose hand-set weights live in
resources/events/confidence.tsv (chosen by reading the dev calibration table of
``benchmarks/dyads.py --calibration``, never fitted). ``confidence`` is either that formula or
(confidence.tsv row "model" 1) a logistic model over ``model_features`` of the event's
``Evidence`` (the formula's parts plus its sentence and article: place or time named, quoted,
generic or pronoun subject, the article's share of political actors; since fp13 a present-tense verb, an
I/we/you subject, off-topic words per body word: cues in model_cues.tsv), its weights fitted on the
pooled dev sets by benchmarks/fit_confidence.py into resources/events/confidence_model.tsv.
``keep`` drops events below a caller's ``min_confidence``.

Every check reads the parse already made (no re-parsing) and is a short scan of the
trigger's children, its sentence, or, once per article, the body's lemmas.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple, Protocol, TypeVar

import numpy
from spacy.attrs import IS_ALPHA, IS_ASCII, IS_SPACE, LEMMA, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from . import knowledge
from .geo import names_place
from .model import Actor
from .nlp import entities, sentence_bounds, text_of
from .syntax import PASS_SUBJ, SUBJ, open_quote, resolve_relative, subject_lemmas, verb_subject

ARG_SUBTREE_MAX = 30
OBJ_DEPS = {"dobj", "dative", "attr", "oprd"}
NUMBER_ENTS = ("", "CARDINAL", "PERCENT", "QUANTITY")  # entity labels of a share, not of someone named ("two-thirds")
MOD_DEPS = {"compound", "amod", "nmod", "poss"}
ARG_SKIP = SUBJ | PASS_SUBJ | {"agent", "conj", "cc", "punct", "advcl", "relcl", "appos", "mark", "aux",
                               "auxpass", "neg", "det", "parataxis", "ccomp", "acl"}
DROP = 0.0
# letters of scripts other than Latin (Greek and Cyrillic to Indic and Thai; kana, CJK, Hangul), not the
# typographic punctuation and symbols between them (dashes, curly quotes, arrows)
OTHER_SCRIPT = re.compile("[\u0370-\u1dff\u3040-\ud7ff\uf900-\ufaff]")


# ---------------------------------------------------------------- resources


def _rows(name: str) -> list[list[str]]:
    return knowledge.rows(f"events/{name}")


@dataclass(frozen=True)
class Context:
    """One row of contexts.tsv: where it applies, what must hold, what it does."""

    target: str  # a trigger lemma, a PLOVER type (upper case), "cameo:PREFIX" or "*"
    conditions: tuple[tuple[str, frozenset[str]], ...]
    effect: float  # 0 drops the event; otherwise a confidence factor
    line: int = 0
    recode: str = ""  # effect "as:CAMEO": this reading is that code ("attacked the ad" is criticism)


@dataclass(frozen=True)
class Table:
    contexts: tuple[Context, ...]
    topics: dict[str, frozenset[str]]  # topic name -> lemmas that mark it
    sectors: frozenset[str]  # actor sectors that make an actor political
    people: frozenset[str]  # plural nouns of people acting privately ("tourists", "fans")
    situating: frozenset[str] = frozenset()  # entity labels that place or date a sentence (row "situating")
    generic: frozenset[str] = frozenset()  # subjects that name no one in particular (row "generic")
    reporting: frozenset[str] = frozenset()  # verbs of saying whose clause is what is said (row "reporting")
    habitual: frozenset[str] = frozenset()  # adverbs and conjunctions of a repeated or usual state (row "habitual")
    indefinite: frozenset[str] = frozenset()  # determiners of no one in particular: "an official" (row "indefinite")
    state: frozenset[str] = frozenset()  # sectors of a state's own agents: government, forces, courts (row "state")


def _wordset(name: str) -> tuple[str, ...]:
    """A family of words of resources/events/wordsets.tsv, named in a condition as @name."""
    from .events import wordsets  # the one reader of that file (events imports this module)

    if name not in wordsets():
        raise ValueError(f"contexts.tsv: no word set '@{name}' in wordsets.tsv")
    return wordsets()[name]


def _conditions(spec: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for part in spec.split():
        key, _, value = part.partition(":")
        values = [w for v in value.split("|") if v for w in (_wordset(v[1:]) if v.startswith("@") else (v,))]
        if key in ("prep", "!prep") and any("=" in v for v in values):
            # "prep:with=applause|criticism" lists the objects of one preposition, as triggers.tsv
            # writes them: each bare word after a "p=" joins its list (it is no preposition of its own)
            grouped: list[str] = []
            for v in values:
                if "=" not in v and grouped and "=" in grouped[-1]:
                    grouped[-1] += "," + v
                else:
                    grouped.append(v)
            values = grouped
        out.append((key, frozenset(values)))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> Table:
    """contexts.tsv, parsed once; a malformed row is a clear error naming its line."""
    contexts, topics, sectors, people, situating, generic = [], {}, frozenset(), frozenset(), frozenset(), frozenset()
    reporting: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    for n, row in enumerate(_rows("contexts.tsv"), 1):
        if len(row) < 3:
            raise ValueError(f"contexts.tsv: row {n} needs 3 columns, has {len(row)}: {row}")
        target, spec, effect = row[:3]
        if target == "topic":
            topics[spec] = frozenset(effect.split("|"))
        elif target == "political":
            sectors = frozenset(effect.split("|"))
        elif target == "people":
            people = frozenset(effect.split("|"))
        elif target == "situating":
            situating = frozenset(effect.split("|"))
        elif target == "generic":
            generic = frozenset(effect.split("|"))
        elif target == "reporting":
            reporting = frozenset(effect.split("|"))
        elif target == "habitual":
            habitual = frozenset(effect.split("|"))
        elif target == "indefinite":
            indefinite = frozenset(effect.split("|"))
        elif target == "state":
            state = frozenset(effect.split("|"))
        else:
            if effect.startswith("as:"):
                contexts.append(Context(target, _conditions(spec), 1.0, n, effect[3:]))
                continue
            try:
                value = DROP if effect == "drop" else float(effect)
            except ValueError:
                raise ValueError(f"contexts.tsv: row {n}: effect {effect!r} is not drop, a factor or as:CAMEO") from None
            contexts.append(Context(target, _conditions(spec), value, n))
    return Table(tuple(contexts), topics, sectors, people, situating, generic, reporting, habitual, indefinite, state)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """confidence.tsv: name -> hand-set value."""
    return {r[0]: float(r[1]) for r in _rows("confidence.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def model_weights() -> dict[str, float]:
    """confidence_model.tsv: feature of ``model_features`` -> fitted log-odds weight (benchmarks/fit_confidence.py)."""
    return {r[0]: float(r[1]) for r in _rows("confidence_model.tsv") if len(r) >= 2}  # and the "short:" rows


def fitted() -> bool:
    """Is ``confidence`` the fitted logistic model (confidence.tsv row "model" 1) rather than the hand-set formula?"""
    return weights().get("model", 0.0) >= 1.0


def default_min_confidence() -> float:
    """The threshold below which events are not reported unless the caller says otherwise
    (the fitted model's own when it is the confidence)."""
    w = weights()
    return w["model_min_confidence"] if fitted() else w["min_confidence"]


# ---------------------------------------------------------------- the article


@dataclass
class ArticleContext:
    """What the whole article says about how likely its triggers are political: its
    dominant off-topic subject, if any, and how many political actors it names."""

    topic: str | None = None
    political: int = 0  # -1: unknown (a text too short for an article-level judgement)
    political_ids: frozenset[str] = frozenset()  # ids of the political actors (condition "polactor")
    countries: dict[str, str] = field(default_factory=dict)  # actor id -> its country (condition "crossborder")
    persons: frozenset[str] = frozenset()  # ids of the actors that are people (conditions "personsource", "persontarget")
    sectors: dict[str, frozenset[str]] = field(default_factory=dict)  # actor id -> its code's parts and sectors ("targetsector", "sourcesector")
    other_script: bool = True  # the body has words in a non-Latin script (else condition "script" never holds)
    words: int = 0  # words of the body (features of the fitted model: political actors per word; fp13)
    offtopic_hits: int = 0  # body words marking its most marked off-topic subject (model_cues.tsv row "offtopic")


def topic_markers(name: str) -> frozenset[str]:
    """Lemmas that mark one off-topic subject (contexts.tsv row "topic")."""
    return table().topics.get(name, frozenset())


@lru_cache(maxsize=1)
def _topic_of() -> dict[str, tuple[str, ...]]:
    """Marker lemma -> the topics it marks (one dictionary look-up per body word)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, lemmas in table().topics.items():
        for lemma in lemmas:
            out[lemma] = (*out.get(lemma, ()), name)
    return out


def _parts(actor: Actor) -> frozenset[str]:
    """The three-letter parts of an actor's code and its sectors ("SYRGOV" -> SYR, GOV)."""
    code = actor.code or ""
    return frozenset({code[i:i + 3] for i in range(0, len(code), 3)} | set(actor.sectors or []))


def is_political(actor: Actor | None) -> bool:
    """A country, or an actor whose code or sectors name a political sector (row "political")."""
    if actor is None:
        return False
    return actor.kind == "country" or bool(_parts(actor) & table().sectors)


def is_state(actor: Actor | None) -> bool:
    """A country, or its government, forces, police, courts or legislature (row "state"): the actors whose acts
    are the event data's core, whatever the article is about."""
    if actor is None:
        return False
    return actor.kind == "country" or bool(_parts(actor) & table().state)


def situated(tok: Token) -> bool:
    """Does the trigger's sentence name a place or a time (an entity of row "situating": "in
    Kabul", "on Tuesday", "in 2019")? A told happening is placed or dated far more often than
    a generic statement, a plan or interview talk ("people will criticise it", "we want the
    girls to feel safe"). One scan of the doc's entities per article, then a set look-up."""
    doc = tok.doc
    starts = doc.user_data.get("_ew_situated")
    if starts is None:
        labels = table().situating
        starts = doc.user_data["_ew_situated"] = frozenset(e.sent.start for e in doc.ents if e.label_ in labels)
    return sentence_bounds(tok)[0] in starts


def _country(actor: Actor) -> str | None:
    """The actor's country code when the record knows it (a country is its own)."""
    code = actor.code or ""
    if actor.kind == "country" and len(code) == 3 and code.isalpha():
        return code
    return actor.country or None


def article_context(doc: Doc, actors: Iterable[Actor]) -> ArticleContext:
    """Count political actors (a country, or an actor of a political sector) and find an
    off-topic subject: the topic whose marker lemmas make up the largest share of the body,
    if that share reaches ``topic_share`` (confidence.tsv) and at least ``topic_min_hits``.
    A text shorter than ``prior_min_words`` gets no article-level judgement."""
    t, w = table(), weights()
    actors = list(actors)
    political_ids = frozenset(a.id for a in actors if is_political(a))
    countries = {a.id: c for a in actors if (c := _country(a))}
    persons = frozenset(a.id for a in actors if a.kind == "person")
    sectors = {a.id: _parts(a) for a in actors}
    political = sum(1 for a in actors if is_political(a))
    hits = {name: 0 for name in t.topics}
    marks = _topic_of()
    words, other = 0, False  # other: a word in another script
    if len(doc):
        # read from the doc's arrays, each distinct word and lemma judged once: no Token object per word
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, IS_ASCII, IS_ALPHA, LEMMA])
        other = any(OTHER_SCRIPT.match(strings[int(orth)]) for orth in numpy.unique(arr[arr[:, 1] == 0, 0]))
        alpha = arr[arr[:, 2] != 0, 3]
        words = len(alpha)
        lemmas, counts = numpy.unique(alpha, return_counts=True)
        for lemma, n in zip(lemmas.tolist(), counts.tolist()):
            for name in marks.get(strings[lemma].lower(), ()):
                hits[name] += n
    if words < w.get("prior_min_words", 0):
        return ArticleContext(None, -1, political_ids, countries, persons, sectors, other)  # too short to tell what the article is about
    topic = None
    if hits and words:
        name, n = max(hits.items(), key=lambda kv: kv[1])
        if n >= w.get("topic_min_hits", 3) and n / words >= w.get("topic_share", 0.01):
            topic = name
    off = model_cues().get("offtopic", frozenset())
    offtopic_hits = max((n for name, n in hits.items() if name in off), default=0)
    return ArticleContext(topic, political, political_ids, countries, persons, sectors, other, words, offtopic_hits)


# ---------------------------------------------------------------- the trigger in context


def quoted(tok: Token) -> bool:
    """Is the word inside quotation marks opened in its own paragraph? (A quote has a speaker the quotes
    stage finds later; an interview's or a forum's first person has none.)"""
    text, i = text_of(tok.doc), tok.idx
    return open_quote(text, text.rfind("\n", 0, i) + 1, i) is not None


@dataclass
class Reading:
    """A trigger and what is around it; each property is computed only when a row asks."""

    tok: Token
    lemma: str
    plover: str
    cameo: str
    sources: list[str]
    targets: list[str]
    article: ArticleContext
    _cache: dict = field(default_factory=dict)

    def _get(self, key: str, make) -> set[str]:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def objects(self) -> set[str]:
        def make() -> set[str]:
            out = set()
            for c in self.tok.children:
                if c.dep_ in OBJ_DEPS or c.dep_ in PASS_SUBJ:
                    out.update(t.lemma_.lower() for t in (c, *c.conjuncts))
                    # an apposition names the same thing ("the in-person Republican National Convention"
                    # is often parsed "person", appos "Convention")
                    out.update(a.lemma_.lower() for a in c.children if a.dep_ == "appos")
            if self.tok.dep_ in ("acl", "relcl") and self.tok.tag_ == "VBN":
                out.add(self.tok.head.lemma_.lower())  # "the building evacuated", "a deal signed"
            return out
        return self._get("obj", make)

    def subjects(self) -> list[Token]:
        if "subj_toks" not in self._cache:
            toks = [c for c in self.tok.children if c.dep_ in SUBJ]
            if self.tok.pos_ in ("VERB", "AUX") and not toks:
                toks = verb_subject(self.tok)
            self._cache["subj_toks"] = toks
        return self._cache["subj_toks"]

    def args(self) -> set[str]:
        def make() -> set[str]:
            out = set()
            for c in self.tok.children:
                if c.dep_ not in ARG_SKIP:
                    sub = list(c.subtree)
                    if len(sub) <= ARG_SUBTREE_MAX:
                        out.update(t.lemma_.lower() for t in sub)
            return out
        return self._get("arg", make)

    def preps(self, prep: str) -> set[str] | None:
        found = None
        for c in self.tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == prep:
                found = found or set()
                # a clause in the phrase is told by its word as written: "accused of firing" is no "fire"
                found.update(p.lemma_.lower() if p.dep_ == "pobj" else p.lower_ for p in c.children if p.dep_ in ("pobj", "pcomp"))
        return found

    def sentence(self) -> set[str]:
        i = self.tok.i
        return self._get("sent", lambda: {w.lemma for w in _sentence_words(self.tok) if w.i != i})

    def sentence_nouns(self) -> set[str]:
        i = self.tok.i
        return self._get("sentnoun", lambda: {w.lemma for w in _sentence_words(self.tok)
                                              if w.pos in ("NOUN", "PROPN") and w.i != i})

    def people(self) -> bool:
        """The doer is people named by nationality or a plural of people, not a state: "Russians travelling
        to the UK", "tourists visiting Paris"; or one such person left unnamed ("a tourist visiting Uganda")."""
        subj = [resolve_relative(t) for t in self.subjects()]  # ("a patient who had visited Mexico": the patient)
        return bool(subj) and all(t.tag_ in ("NNS", "NNPS") and (t.ent_type_ == "NORP" or t.lemma_.lower() in table().people)
                                  or t.tag_ == "NN" and t.lemma_.lower() in table().people
                                  and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) for t in subj)

    def habitual(self) -> bool:
        """The trigger tells what is usually or repeatedly so, not one act: an adverb of row "habitual" on it
        ("DRM always prohibits that", "they are often harassed"), a clause it heads opened by one ("whenever
        the family learns of it, she is kicked out"), or "used to" ("they used to demand everything"); the
        verb it is joined to, the complement of or a clause of (two steps up) counts as well ("often try
        to arrest them"). Not with a perfect ("has always condemned violence": a stance, which is told)."""
        hab = table().habitual
        t = self.tok
        for _ in range(3):
            # a perfect states a standing position, which is a told stance ("has always condemned violence")
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)
            for c in t.children:
                if perfect:
                    break
                if c.dep_ in ("advmod", "mark") and c.lower_ in hab:
                    return True
                if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in hab for m in c.children):
                    return True
            # "used to demand", not "was used to breach" / "used the army to breach" (a means)
            used = t.head
            if t.dep_ == "xcomp" and used.lower_ == "used" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in t.children) \
                    and not any(c.dep_ in ("auxpass", "dobj", "nsubjpass") for c in used.children):
                return True
            if t.dep_ not in ("conj", "xcomp", "advcl") or t.head == t:
                break
            t = t.head
        return False

    def nondescript(self, t: Token) -> bool:
        """A party that names no one in particular: a common noun, no name, with a determiner of row
        "indefinite" ("an official", "any judge") or a bare plural ("officials", "federal judges")."""
        if t.tag_ == "WP" and t.head.dep_ == "relcl":  # "an official, who can be removed": the relative's noun
            t = t.head.head
        if t.pos_ != "NOUN" or t.ent_type_ not in NUMBER_ENTS:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.i != t.i and self.nondescript(p)
                                                             for p in c.children) for c in t.children):
            return True  # a share of no one in particular: "two-thirds of senators", "a majority of members"
        dets = [c for c in t.children if c.dep_ in ("det", "poss", "nummod", "predet")]
        if t.tag_ == "NNS":
            return not dets
        return bool(dets) and all(c.dep_ == "det" and c.lower_ in table().indefinite for c in dets)

    def procedural(self, modals: frozenset[str]) -> bool:
        """The trigger tells how a rule or procedure works, not one act: a clause in the present passive (or
        hanging from a present copula) or under a modal of rule or ability (``modals``: "can", "must"), found on the trigger or the clauses it
        hangs from ("is needed to impeach", "removed after being impeached"), whose subject (or passive
        subject; for a bare infinitive, its object) names no one in particular ("officials are removed from office", "a judge can
        be removed"). A past, a perfect, a future or a progressive is a told act ("officials were removed",
        "an official has been removed", "officials are being removed")."""
        tok = self.tok
        if tok.pos_ not in ("VERB", "AUX") or tok.doc.user_data.get("headline"):
            return False
        t, parties = tok, []
        for _ in range(3):  # a clause with no party of its own takes its head clause's ("after being impeached")
            parties = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not parties and t.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
                # an infinitive with no subject of its own: who undergoes it ("is needed to impeach an official")
                parties = [c for c in t.children if c.dep_ == "dobj"]
            if parties or t.dep_ not in ("conj", "advcl", "pcomp", "xcomp") or t.head == t:
                break
            t = t.head.head if t.dep_ == "pcomp" else t.head
        doers = [p for p in verb_subject(tok) if p.dep_ != "pobj"] if tok.pos_ in ("VERB", "AUX") else []
        parties = parties or doers
        # a named doer makes it one act, whoever undergoes it ("Iran is set to restore relations")
        if not parties or not any(self.nondescript(p) for p in parties) \
                or any(p.pos_ == "PROPN" or p.ent_type_ not in NUMBER_ENTS for p in (*parties, *doers)):
            return False
        rep = table().reporting
        if any(a.lemma_.lower() in rep for a in list(tok.ancestors)[:4]) or any(
                c.dep_ == "parataxis" and c.lemma_.lower() in rep for c in tok.children):
            return False  # a rule announced by someone ("travellers must self-isolate, the minister said") is an act
        t = tok
        for _ in range(6):
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in modals for a in auxes):
                return True
            if t.tag_ in ("VBD", "VBG") and t.dep_ != "pcomp" or any(
                    a.tag_ in ("VBD", "MD", "VBG") and not (a.tag_ == "VBG" and a.dep_ == "auxpass" and len(auxes) == 1)
                    or a.lemma_.lower() == "have" for a in auxes):
                return False  # a told act, a perfect, a future, a progressive ("are being removed")
            if t is tok and any(c.dep_ == "agent" for c in t.children) and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
                return False  # a doer named in the present ("are often harassed by the police"): a told state of things
            if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes) or (
                    t.lemma_.lower() == "be" and t.tag_ in ("VBZ", "VBP")):
                return True  # a present passive or copula: "officials are removed", "a majority is needed to"
            if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP"):
                return False  # an active present is a stance or a habit, which is told ("most experts reject it")
            if t.head == t:
                return False
            t = t.head
        return False

    def holds(self, kind: str, values: frozenset[str]) -> bool:
        tok = self.tok
        if kind == "always":
            return True
        if kind == "arg":
            return bool(values & self.args())
        if kind == "comp":  # a word of its "that" clause ("admitted he lied"), which "arg" leaves out
            return any(t.lemma_.lower() in values for c in tok.children if c.dep_ == "ccomp" for t in c.subtree)
        if kind == "obj":
            return bool(values & self.objects())
        if kind == "ownobj":  # the object is the subject's own: "injured his left knee", "hurt their backs"
            subj = self.subjects()
            plural = bool(subj) and (subj[0].tag_ in ("NNS", "NNPS") or subj[0].lower_ in ("they", "we"))
            own = ("their", "our") if plural else ("his", "her", "its", "my")
            return bool(subj) and any(p.dep_ == "poss" and p.lower_ in own for c in tok.children if c.dep_ == "dobj"
                                      for p in c.children)
        if kind == "objplace":  # the object names a place ("struck Odesa overnight")
            return any(names_place(c) for c in tok.children if c.dep_ in OBJ_DEPS)
        if kind == "noobj":
            return not self.objects() and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
        if kind == "subj":
            return any(subject_lemmas(t) & values or t.lower_ in values for t in self.subjects())
        if kind == "prep":
            for v in values:  # prep:to  or  prep:to=deepen|help
                p, _, objs = v.partition("=")
                got = self.preps(p)
                if got is not None and (not objs or got & set(objs.split(","))):
                    return True
            return False
        if kind == "mod":
            return any(c.dep_ in MOD_DEPS and (c.lemma_.lower() in values or c.lower_ in values) for c in tok.children)
        if kind == "head":
            return tok.head != tok and tok.head.lemma_.lower() in values
        if kind == "within":
            return self.within(values)
        if kind == "prt":
            return any(c.dep_ == "prt" and c.lower_ in values for c in tok.children)
        if kind == "subjdet":
            return any(d.dep_ == "det" and d.lower_ in values for t in self.subjects() for d in t.children)
        if kind == "compaux":  # a modal of the clause the trigger governs ("warned that X could ...")
            return any(a.dep_ == "aux" and a.lower_ in values for c in tok.children if c.dep_ == "ccomp"
                       for a in c.children)
        if kind == "aux":
            return any(c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() in values or c.lower_ in values)
                       for c in tok.children)
        if kind == "name":  # a capitalised word inside its sentence: part of a name ("to Protect Journalists")
            if not tok.text[:1].isupper() or tok.text.isupper() or tok.i <= sentence_bounds(tok)[0] or tok.doc.user_data.get("headline"):
                return False
            prev, doc = tok.doc[tok.i - 1], tok.doc
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # inside running words (not after a quote or a dash), next to another capitalised word
            return prev.is_alpha and (prev.text[:1].isupper() or (nxt is not None and nxt.text[:1].isupper()))
        if kind == "prepof":  # the object of one of these prepositions ("criticised it as an attack")
            return tok.dep_ == "pobj" and tok.head.lower_ in values
        if kind == "lemma":
            return self.lemma in values
        if kind == "quoted":
            return self.quoted()
        if kind == "ent":
            return tok.ent_type_ in values
        if kind == "dep":
            return tok.dep_ in values
        if kind == "tag":
            return tok.tag_ in values
        if kind == "child":
            return any(c.dep_ in values for c in tok.children)
        if kind == "nochild":
            return not any(c.dep_ in values for c in tok.children)
        if kind == "sent":
            return bool(values & self.sentence())
        if kind == "sentnoun":
            return bool(values & self.sentence_nouns())
        if kind == "nosource":
            return not self.sources
        if kind == "notarget":
            return not self.targets
        if kind == "noactor":
            return not self.sources and not self.targets
        if kind == "people":
            return self.people()
        if kind == "situated":  # the sentence names a place or a time (row "situating")
            return situated(tok)
        if kind == "generic":  # no subject, or one naming no one in particular ("people will criticise it")
            gen = table().generic
            return all(t.lower_ in gen or t.lemma_.lower() in gen for t in self.subjects())
        if kind == "habitual":  # a usual or repeated state of affairs, not one act (row "habitual")
            return self.habitual()
        if kind == "procedural":  # how a rule works: "officials are removed", "a judge can be removed"
            return self.procedural(values)
        if kind == "script":  # the sentence is mostly in another script ("demand करता है"): not English news text
            return self.other_script()
        if kind == "crossborder":  # the source and the target belong to different countries
            return self.crossborder()
        if kind == "personsource":  # the source is a named person ("Biden attacked Trump")
            return any(a in self.article.persons for a in self.sources)
        if kind == "persontarget":  # the target is a named person
            return any(a in self.article.persons for a in self.targets)
        if kind in ("targetsector", "sourcesector"):  # a target (source) whose code names one of these sectors
            return any(values & self.article.sectors.get(a, frozenset())  # ("SYRGOV", "YEMREB")
                       for a in (self.targets if kind == "targetsector" else self.sources))
        if kind == "polactor":  # the source or target is a state, its agents or a political group
            return any(a in self.article.political_ids for a in (*self.sources, *self.targets))
        if kind == "headline":  # a title: its parse is less reliable ("Drone Strikes Increase")
            return bool(tok.doc.user_data.get("headline"))
        if kind == "question":
            return self.question()
        if kind == "imperative":
            return self.imperative()
        if kind == "interrogative":
            return self.interrogative()
        if kind == "definite":
            return self.definite()
        if kind == "topic":
            return self.article.topic in values
        if kind == "political":  # the article names exactly this many political actors
            return str(self.article.political) in values
        raise ValueError(f"contexts.tsv: unknown condition {kind!r}")

    def other_script(self) -> bool:
        """Most words of the trigger's sentence are outside the Latin script: a passage in another
        language quoted or transliterated in the article, whose English trigger words ("demand",
        "lockdown") are borrowed nouns, not told acts. Counts words, not characters (cheap)."""
        if not self.article.other_script:
            return False

        def make() -> bool:
            words = [t.text for t in self.tok.sent if not (t.is_punct or t.is_space or t.like_num)]
            other = sum(1 for w in words if OTHER_SCRIPT.match(w))
            return len(words) >= 3 and other * 2 > len(words)
        if "script" not in self._cache:
            self._cache["script"] = make()
        return self._cache["script"]

    def crossborder(self) -> bool:
        """A source and a target of known, different countries ("Germany banned Iranian airline
        Mahan Air", "Saudi Arabia denied Israeli players visas"): a state acting across a border. Pair by
        pair: "the conflict between Armenia and Azerbaijan" is each one's with the other."""
        cs = self.article.countries
        return any(cs[s] != cs[t] for s in self.sources if s in cs for t in self.targets if t in cs)

    def within(self, values: frozenset[str]) -> bool:
        """The trigger is part of a phrase about another noun: the object of a preposition on it
        ("list of demands", "plea for leniency", "immune from prosecution", "allegations of torture")
        or a word classifying it ("arrest reports"). Through conjunctions ("torture and detentions")."""
        tok = self.tok
        hops = 0
        while tok.dep_ == "conj" and tok.head != tok and hops < 4:
            tok, hops = tok.head, hops + 1
        if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "agent") and tok.head.head != tok.head:
            return tok.head.head.lemma_.lower() in values
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in values

    def quoted(self) -> bool:
        return quoted(self.tok)

    def question(self) -> bool:
        """The trigger asks a question rather than for something: "asked whether they quit",
        "asked about the report", "asked why he left", "asked a question"."""
        for c in self.tok.children:
            if c.dep_ in ("ccomp", "xcomp") and not any(k.dep_ == "aux" and k.tag_ == "TO" for k in c.children):
                first = c.left_edge
                if first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WRB"):
                    return True
            if c.dep_ == "prep" and c.lower_ in ("about", "regarding"):
                return True
            if c.dep_ == "dobj" and c.lemma_.lower() in ("question", "query"):
                return True
        # 'asked Coleman, "Are you going to switch it?"': a quoted question after it
        mark = self._question_mark()
        if mark is not None and any(t.is_quote for t in self.tok.doc[self.tok.i + 1:mark]):
            return True
        # '"Why was he convicted?" asked Kacha': a quoted question just before it
        doc, i = self.tok.doc, self.tok.i - 1
        while i >= 0 and (doc[i].is_quote or doc[i].lower_ == ","):
            i -= 1
        return i < self.tok.i - 1 and i >= 0 and doc[i].lower_ == "?"

    def interrogative(self) -> bool:
        """The trigger's clause is a question ("Did the federation ever support you?"): it asks
        whether something happened, it does not report that it did. A question mark after the
        trigger in its sentence (a parser often keeps a trailing "(name)" or quote in it). An act named as
        known ("What are your views on the conflict between Armenia and Azerbaijan?", "his arrest") is
        not what is asked: the question takes it as given."""
        return not self.definite() and self._question_mark() is not None

    def definite(self) -> bool:
        """A noun trigger named as known to the reader: a determiner of model_cues.tsv "definite" or an
        owner ("the conflict", "his arrest"). A question or a topic about it takes the act as given."""
        return self.tok.pos_ == "NOUN" and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in model_cues().get("definite", ())
                                               for c in self.tok.children)

    def _question_mark(self) -> int | None:
        """The index of the first question mark after the trigger in its sentence, if any."""
        marks = _question_marks(self.tok.doc)
        k = bisect.bisect_right(marks, self.tok.i)
        return marks[k] if k < len(marks) and marks[k] < sentence_bounds(self.tok)[1] else None

    def imperative(self) -> bool:
        """An instruction to the reader: "call NHS Direct", "get help": a bare verb heading its
        sentence, with no subject and no auxiliary (never in a headline, which drops subjects)."""
        tok = self.tok
        return (not tok.doc.user_data.get("headline") and tok.tag_ == "VB" and tok.dep_ == "ROOT"
                and not any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass", "mark") for c in tok.children))

    def applies(self, ctx: Context) -> bool:
        for t in ctx.target.split("|"):
            if t == "*" or t == self.lemma or t == self.plover or (t.startswith("cameo:") and self.cameo.startswith(t[6:])):
                return all(self.holds(k.lstrip("!"), v) != k.startswith("!") for k, v in ctx.conditions)
        return False


class _Word(NamedTuple):
    """What the sentence-level conditions read of one token."""

    i: int
    lemma: str  # lower-cased
    pos: str
    space: bool
    text: str


def _sentence_words(tok: Token) -> tuple[_Word, ...]:
    """Every token of ``tok``'s sentence as a :class:`_Word`, read once per sentence (cached on the
    doc like ``_sentence_cues``): sense and recode (conditions "sent", "sentnoun") and evidence each
    read the trigger's sentence for every trigger, and a sentence often holds several triggers."""
    doc = tok.doc
    cache = doc.user_data.setdefault("_ew_sentwords", {})
    start, end = sentence_bounds(tok)
    got = cache.get(start)
    if got is None:
        got = cache[start] = _words(doc, start, end)
    return got


def _words(doc: Doc, start: int, end: int) -> tuple[_Word, ...]:
    """The :class:`_Word` of each token of ``doc[start:end]``, read from the doc's arrays (a Token
    object per word, read attribute by attribute, costs several times more)."""
    strings = doc.vocab.strings
    rows = doc[start:end].to_array([LEMMA, POS, IS_SPACE, ORTH]).tolist()
    return tuple(_Word(i, strings[lemma].lower(), strings[pos], bool(space), strings[orth])
                 for i, (lemma, pos, space, orth) in enumerate(rows, start))


_QUESTION_MARK = numpy.uint64(hash_string("?"))  # its word id in a doc's ORTH array


def _question_marks(doc: Doc) -> tuple[int, ...]:
    """The indices of the tokens of ``doc`` that are a question mark, found once per doc on its
    array of words (cached on the doc): Reading.interrogative looks for one after each trigger."""
    got = doc.user_data.get("_ew_questions")
    if got is None:
        got = doc.user_data["_ew_questions"] = tuple(
            int(i) for i in numpy.flatnonzero(doc.to_array(ORTH) == _QUESTION_MARK)) if len(doc) else ()
    return got


@lru_cache(maxsize=1)
def _by_target() -> dict[str, tuple[Context, ...]]:
    """Rows by each of their targets, so a trigger looks only at the rows that can apply."""
    out: dict[str, list[Context]] = {}
    for ctx in table().contexts:
        if ctx.recode:
            continue
        for t in dict.fromkeys(ctx.target.split("|")):
            out.setdefault(t, []).append(ctx)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _candidates(lemma: str, plover: str, cameo: str) -> tuple[Context, ...]:
    """The rows that can apply to a trigger, in file order, each once whichever key found it."""
    rows = _by_target()
    keys = ("*", lemma, plover, *(f"cameo:{cameo[:n]}" for n in range(2, len(cameo) + 1)))
    return tuple(dict.fromkeys(c for k in keys for c in rows.get(k, ())))


def sense(tok: Token, lemma: str, plover: str, cameo: str, sources: Iterable[str | None],
          targets: Iterable[str | None], article: ArticleContext | None = None) -> float:
    """How far this reading of the trigger is political or social action: 0 = no event (drop
    it), otherwise the product of the factors of every contexts.tsv row that applies."""
    r = Reading(tok, lemma, plover, cameo, [s for s in sources if s], [t for t in targets if t],
                article or ArticleContext(None, -1))
    factor = 1.0
    for ctx in _candidates(lemma, plover, cameo):
        if all(r.holds(k.lstrip("!"), v) != k.startswith("!") for k, v in ctx.conditions):
            if ctx.effect == DROP:
                return DROP
            factor *= ctx.effect
    return factor


@lru_cache(maxsize=1)
def _recodes() -> tuple[Context, ...]:
    return tuple(c for c in table().contexts if c.recode)


def recode(tok: Token, lemma: str, plover: str, cameo: str, sources: Iterable[str | None],
           targets: Iterable[str | None], article: ArticleContext | None = None) -> str | None:
    """Another CAMEO code for this reading, from the first contexts.tsv row "as:CODE" that applies
    ("attacks" in a campaign are criticism, not violence), else None."""
    rows = _recodes()
    if not rows:
        return None
    r = Reading(tok, lemma, plover, cameo, [s for s in sources if s], [t for t in targets if t],
                article or ArticleContext(None, -1))
    return next((c.recode for c in rows if r.applies(c)), None)


# ---------------------------------------------------------------- confidence


@dataclass(frozen=True)
class Evidence:
    """What the event's confidence is made of (weights in confidence.tsv)."""

    constraints: int = 0  # constraints of the lexicon row that matched (more = a surer sense)
    nominal: bool = False  # a noun trigger ("the talks") rather than a verb
    source: bool = False
    target: bool = False
    root: bool = False  # the clause's own predicate, not a side remark
    embedded: bool = False  # reported inside another event ("accused X of killing")
    background: bool = False  # a circumstance or topic ("after talks", "talks on a deal")
    attributive: bool = False  # describing another word ("the imprisoned critic")
    sense: float = 1.0  # the factor from contexts.tsv
    political: bool = False  # the source or target is a state, its agents or a political group
    plover: str = ""  # PLOVER type: some types are far more often a general sense than others
    status: str = "occurred"
    # context the hand-set formula does not use: features of the fitted model (model_features; prec11)
    situated: bool = False  # the sentence names a place or a time (row "situating")
    quoted: bool = False  # the trigger is inside quotation marks
    pronoun: bool = False  # the trigger's subject (or owner, for a noun) is a pronoun
    generic: bool = False  # no subject, or one naming no one in particular (row "generic")
    dep: str = ""  # the trigger's dependency label
    position: float = 0.0  # where its sentence starts in the body (0 first word .. 1 last)
    sent_tokens: int = 0  # length of its sentence in tokens
    article_political: int = 0  # political actors the article names (-1: a text too short to judge)
    article_actors: int = 0  # actors the article names
    article_political_actors: int = 0  # ... of which political (counted for a text too short to judge, too)
    topic: str = ""  # the article's off-topic subject, if any (sports, science ...)
    # sentence and word features of the fitted model only (fp13; cues in model_cues.tsv)
    present: bool = False  # the trigger is a verb in the simple present ("she supports", "it prohibits"): a stance
    modal: bool = False  # a modal auxiliary on the trigger ("would cancel", "could destroy")
    speaker: bool = False  # its subject is I, we or you (talk, interviews, opinion)
    definite: bool = False  # a noun trigger with a definite determiner or an owner ("the talks", "his conviction")
    named: bool = False  # the trigger is a word of a name ("the Peace Talks Act")
    measured: bool = False  # its sentence counts money, shares, quantities or a score ("won 3-1")
    offtopic_words: int = 0  # marker words of an off-topic subject (sports, business ...) in its sentence
    fragment: bool = False  # its sentence is a headline, byline or caption-like fragment (no verb, no full stop)
    person_subject: bool = False  # its subject (or owner) is a person's name, not a state's or a group's
    article_words: int = 0  # words of the article's body (ArticleContext.words)
    article_offtopic: int = 0  # ... of which marking its most marked off-topic subject
    # the article's own subject (twenty-third round): how many other acts of its body share its CAMEO root ("the
    # meeting" in a report on a meeting, "the shooting" in one on a shooting), set by events.annotate
    repeats: int = 0
    article_acts: int = 0  # distinct acts of the article's body (so that repeats can be read as a share of them)
    state_source: bool = False  # its source is a state or a state's agent (is_state)

    def features(self) -> dict[str, object]:
        """Every field by name (the --features dump of benchmarks/dyads.py)."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@lru_cache(maxsize=1)
def model_cues() -> dict[str, frozenset[str]]:
    """model_cues.tsv: name -> its values (entity labels, words, topics)."""
    return {r[0]: frozenset(v for v in r[1].split("|") if v) for r in _rows("model_cues.tsv") if len(r) >= 2}


SCORE = re.compile(r"(?<![\d/.:-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.:-])")  # a score or tally: "won 3-1", "a 27–20 vote"


def _sentence_cues(tok: Token) -> tuple[bool, int, bool]:
    """(measured, off-topic marker words, fragment) of the trigger's sentence: computed once per sentence
    (cached on the doc like ``situated``): a scan of its tokens, its entities and one regex."""
    doc = tok.doc
    cache = doc.user_data.setdefault("_ew_sentcues", {})
    start, end = sentence_bounds(tok)
    got = cache.get(start)
    if got is None:
        sent = doc[start:end]
        cues = model_cues()
        marks, off = _topic_of(), cues.get("offtopic", frozenset())
        table = _sentence_words(tok)
        counted = sum(1 for w in table if any(n in off for n in marks.get(w.lemma, ())))
        measured = (any(e.label_ in cues.get("measured", ()) for e in _sentence_ents(doc, sent))
                    or SCORE.search(text_of(doc)[sent.start_char:sent.end_char]) is not None)  # sent.text
        words = [w for w in table if not w.space]
        ends = {w.text for w in words[-3:]}
        fragment = not (ends & cues.get("terminal", frozenset())) or not any(w.pos in ("VERB", "AUX") for w in words)
        got = cache[start] = (measured, counted, fragment)
    return got


def _sentence_ents(doc: Doc, sent: Span) -> list[Span]:
    """``sent.ents`` (the entities wholly inside it, stopping at one that runs past its end), found by
    bisecting the doc's entities (nlp.entities, built once per doc) instead of walking all of them."""
    ents, starts = entities(doc)
    out = []
    for ent in ents[bisect.bisect_left(starts, sent.start_char):]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


def evidence(tok: Token, article: ArticleContext | None = None, **known) -> Evidence:
    """The Evidence of a trigger: what the caller knows (``known``: constraints, source, target, ...)
    and what its sentence and article say (place or time named, quoted, pronoun subject, position).
    A few look-ups at the trigger's children and sentence; no re-parsing."""
    subj = [c for c in tok.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ or c.dep_ == "poss"]
    gen = table().generic
    article = article or ArticleContext(None, -1)
    doc = tok.doc
    cues = model_cues()
    measured, offtopic_words, fragment = _sentence_cues(tok)
    sent_start, sent_end = sentence_bounds(tok)
    verb = tok.pos_ in ("VERB", "AUX")
    return Evidence(
        **known,
        present=verb and tok.tag_ in ("VBZ", "VBP"),
        modal=any(c.dep_ == "aux" and c.lower_ in cues.get("modal", ()) for c in tok.children),
        speaker=any(t.lower_ in cues.get("speaker", ()) for t in subj if t.dep_ != "poss"),
        definite=not verb and any((c.dep_ == "det" and c.lower_ in cues.get("definite", ())) or c.dep_ == "poss"
                                  for c in tok.children),
        named=tok.ent_type_ in cues.get("named", ()) or (tok.pos_ == "PROPN" and tok.i != sent_start),
        measured=measured,
        offtopic_words=offtopic_words,
        fragment=fragment,
        person_subject=any(t.ent_type_ == "PERSON" for t in subj),
        article_words=article.words,
        article_offtopic=article.offtopic_hits,
        situated=situated(tok),
        quoted=quoted(tok),
        pronoun=any(t.pos_ == "PRON" for t in subj),
        generic=all(t.lower_ in gen or t.lemma_.lower() in gen for t in subj),
        dep=tok.dep_,
        position=round(sent_start / max(1, len(doc)), 3),
        sent_tokens=sent_end - sent_start,
        article_political=article.political,
        article_actors=len(article.sectors),
        article_political_actors=len(article.political_ids),
        topic=article.topic or "",
    )


def hand_confidence(ev: Evidence) -> float:
    """The share of events like this one that are real political events, estimated by a
    hand-set additive score (base + row constraints + named source + named target + main
    clause + political actor − nominal) times the factors of the reading (embedded, background, attributive,
    PLOVER type, status, contexts.tsv), capped. See confidence.tsv for each weight and why."""
    w = weights()
    conf = w["base"] + w["per_constraint"] * min(ev.constraints, int(w["max_constraints"]))
    conf += w["source"] if ev.source else 0.0
    conf += w["target"] if ev.target else 0.0
    conf += w["both"] if ev.source and ev.target else 0.0
    conf += w["nominal"] if ev.nominal else 0.0
    conf += w["root"] if ev.root else 0.0
    conf += w["political"] if ev.political else 0.0
    conf *= w["embedded"] if ev.embedded else 1.0
    conf *= w["background"] if ev.background else 1.0
    conf *= w["attributive"] if ev.attributive else 1.0
    conf *= w.get(f"type:{ev.plover}", 1.0)
    conf *= w.get(f"status:{ev.status}", 1.0)
    conf = min(conf, w["cap"]) * ev.sense  # a context weighs on the capped score: a full dyad does not outweigh it
    return round(max(0.0, min(conf, w["cap"])), 2)


DEP_GROUPS = {"ROOT": "root", "conj": "conj", "ccomp": "comp", "xcomp": "comp", "advcl": "advcl", "relcl": "relcl",
              "acl": "relcl", "pobj": "pobj", "dobj": "obj", "nsubj": "subj", "nsubjpass": "subj",
              "compound": "modifier", "amod": "modifier", "pcomp": "pobj"}


def model_features(ev: Evidence) -> dict[str, float]:
    """The evidence as named numbers, for a logistic model of "is this a real political event"
    (benchmarks/fit_confidence.py fits weights to them; confidence_model.tsv holds them). General
    features only: no trigger word, no actor name."""
    w = weights()
    hand = min(max(hand_confidence(ev), 0.02), 0.98)
    f: dict[str, float] = {
        "bias": 1.0, "hand_logit": math.log(hand / (1 - hand)),
        "constraints": float(min(ev.constraints, int(w["max_constraints"]))),
        "nominal": float(ev.nominal), "source": float(ev.source), "target": float(ev.target),
        "both": float(ev.source and ev.target), "root": float(ev.root), "political": float(ev.political),
        "embedded": float(ev.embedded), "background": float(ev.background), "attributive": float(ev.attributive),
        "log_sense": _log(ev.sense), "log_type": _log(w.get(f"type:{ev.plover}", 1.0)),
        f"status:{ev.status}": 1.0,
        "situated": float(ev.situated), "quoted": float(ev.quoted), "pronoun": float(ev.pronoun),
        "generic": float(ev.generic), f"dep:{DEP_GROUPS.get(ev.dep, 'other')}": 1.0,
        "position": ev.position, "lead": float(ev.position < 0.08),
        "long_sentence": float(ev.sent_tokens > 40),
        "short_text": float(ev.article_political < 0),
        "political_share": ev.article_political_actors / max(1, ev.article_actors),
        "few_political": float(0 <= ev.article_political < 3),
        "off_topic": float(bool(ev.topic)),
        f"type:{ev.plover}": 1.0,
        "present": float(ev.present), "modal": float(ev.modal), "speaker": float(ev.speaker),
        "definite": float(ev.definite), "named": float(ev.named), "measured": float(ev.measured),
        "offtopic_words": float(min(ev.offtopic_words, 3)), "fragment": float(ev.fragment),
        "person_subject": float(ev.person_subject),
        # per 100 words of the body (capped): how political the article is, how off-topic (0 for a short text)
        "political_density": min(3.0, 100.0 * max(0, ev.article_political_actors) / ev.article_words)
        if ev.article_words and ev.article_political >= 0 else 0.0,
        "offtopic_density": min(3.0, 100.0 * ev.article_offtopic / ev.article_words)
        if ev.article_words and ev.article_political >= 0 else 0.0,
        "repeats": math.log1p(min(ev.repeats, 8)),
        # the same as a share of the body's other acts (a count grows with the page's length) and per 100 words
        "repeats_share": ev.repeats / max(1, ev.article_acts - 1),
        "repeats_density": min(3.0, 100.0 * ev.repeats / ev.article_words) if ev.article_words else 0.0,
        "state_source": float(ev.state_source),
        # "few political actors in the article" for an act no state does (a state's act in an off-topic article is
        # still an event: dev has almost none of them, so the fit cannot learn it, and the feature leaves them be)
        "few_political_nonstate": float(0 <= ev.article_political < 3 and not ev.state_source),
    }
    return f


def _log(x: float) -> float:
    return math.log(max(x, 1e-3))


def confidence(ev: Evidence) -> float:
    """The event's confidence: the hand-set formula (``hand_confidence``), or, when confidence.tsv says
    "model 1", the logistic model fitted on the pooled dev sets (weights in confidence_model.tsv, features
    of ``model_features``), capped like the hand-set score."""
    if not fitted():
        return hand_confidence(ev)
    mw = model_weights()
    f = model_features(ev)
    if ev.article_political < 0:
        # a text too short for an article-level judgement (a headline, a sentence; no such text was in the fitted
        # data): the hand-set score, put on the model's scale by the two "short:" weights (fitted on the same data)
        z = mw["short:bias"] + mw["short:hand_logit"] * f["hand_logit"]
    else:
        z = sum(mw.get(k, 0.0) * v for k, v in f.items())
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return round(min(p, weights()["cap"]), 2)


class _Scored(Protocol):
    confidence: float


S = TypeVar("S", bound=_Scored)


def keep(events: Iterable[S], min_confidence: float | None = None) -> list[S]:
    """The events at or above ``min_confidence`` (None: the default of confidence.tsv; 0: all)."""
    thr = default_min_confidence() if min_confidence is None else min_confidence
    return [e for e in events if e.confidence >= thr]
