"""Events: who did what to whom, coded in CAMEO and PLOVER, with status.

Detection is a transparent lexicon over the dependency parse
(resources/events/triggers.tsv): a verb or noun lemma plus optional particle,
object, preposition, complement and modifier constraints gives a CAMEO code; the
most constrained matching row wins. The code table (resources/events/cameo.tsv)
gives QuadClass and Goldstein score, and a prefix table
(resources/events/plover.tsv) the PLOVER type and mode.

Source and target come from the parse (subject or passive agent; object,
passive subject or a prepositional target; "between A and B"; a noun's
possessor, actor modifiers or "by" phrase; a light verb's subject for "launched
a raid"), inherited through conjunctions, participles, relative clauses and
control verbs, and are mapped to the actor whose mention covers the word. Status
comes from negation, modal and future auxiliaries, governing verbs ("failed
to", "is to", "plans to", "threatened to") and future modifiers ("the planned
missions", "ahead of meetings"); an intended act of cooperation is recoded as
CAMEO 03 (express intent), keeping its PLOVER type.

Mentions of one event in title, captions and body are merged: a headline or
caption event joins the body event of the same type with compatible actors, and
a bare definite noun ("the raid") joins the latest event of its type when it is
in the same sentence; in a sentence of its own it is that sentence's event (a
coder codes each telling) with ``same_as`` naming the event it tells again. An event
found only in a title or caption has ``sentence`` -1 and its trigger offsets
point into the field named by ``mentions[0].field``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from . import actor_lexicon
from . import knowledge
from . import senses
from .actor_lexicon import OPPOSING
from .model import Actor, Event, Plover, Ref, Status, Trigger
from .nlp import Parsed, prefixes
from .syntax import (PASS_SUBJ, TRIAL_UNDERGONE, first_conjunct, subject_lemmas, quantity, RELATIVE, SUBJ, TARGET_PREPS, ActorIndex, agent, between, between_hub, expand, participle_clause, passive, summed_up,
                     clause_subject, patient_subject, prep_target, resolve_relative, to_infinitive, verb_object, verb_subject, verb_target,
                     held_by, led_by, mistagged_participle, opposed_act, with_conj)

ARG_SKIP = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "conj", "cc", "punct", "advcl", "relcl",
            "appos", "mark", "aux", "auxpass", "neg", "det", "parataxis", "ccomp", "acl"}
MOD_DEPS = {"compound", "amod", "nmod", "npadvmod", "poss", "nummod"}
VIOLENT_ROOTS = {"18", "19", "20"}
REACTION_ROOTS = {"01", "05", "11", "12"}  # saying, praising, criticising or rejecting something presupposes it
DESTROY = "1712"  # destroying property: COERCE (plover.tsv), harm all the same when a disaster does it
INTENT_RECODE = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "060": "030", "06": "031",
                 "071": "0331", "072": "0332", "073": "0333", "074": "0334", "070": "033", "075": "033",
                 "050": "032", "051": "032", "054": "032", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
                 "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356",
                 "0871": "0356", "0873": "0356", "0874": "0356", "080": "035", "057": "037", "045": "039",
                 "046": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036"}
ARG_SUBTREE_MAX = 30
NO_EVENT = "-"  # a lexicon row saying this reading of the word is no event
FEATURE_CLASSES = {"@person", "@people", "@place", "@together", "@someone", "@should", "@should_have"}  # in a row's obj, prep or mod:
# an object (a possessor) named as a person ("dismissed John Bolton") or as a nation's people ("released five Americans");
# a preposition's object named as a country, a city or
# a region ("fired into Israel"); in its subj: two or more parties doing it together ("Obama and Trump spoke", "the pair
# talked"); in its comp: a clause telling what someone else did ("claims Trump asked Xi for help", "claimed Iran spoofed
# e-mails"); in its pred: a said clause under "should" / "must" ("said X should accept"), or "should have" done
TOGETHER = {"pair", "two", "both", "duo", "couple", "sides"}  # subjects that name parties together
PARTICLES = {"down", "up", "out", "off", "back", "over", "aside", "away"}  # as the parser's adverb: "stepped down"
THREAT_OF = {"16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}  # conditional acts are threats
TOPIC = {"on", "over", "about", "regarding", "concerning"}  # "talks on a deal": the deal is a topic
BACKGROUND = {"after", "amid", "amidst", "during", "following", "despite", "since", "before", "ahead", "while"}
ORDINAL = {"first", "last", "only", "second", "third", "latest"}  # "the first leader to visit" did
CLAUSE_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "acl", "relcl", "conj"}
MEANS_ACTS = {"ASSAULT", "COERCE"}  # acts done with means ("using tear gas", "firing rockets")
MAYBE = {"possible", "potential", "likely", "probable", "unlikely"}  # future words (cues.tsv) of what may happen, not what is planned
JUDGED_ACTS = {"ACCUSE", "SUPPORT", "REJECT"}  # criticising, praising or rejecting an act targets its doer
SAID_ACTS = JUDGED_ACTS | {"REQUEST", "THREATEN"}  # acts of saying: a platform they are said "on" is where, not whom
FORCES = {"MIL", "COP", "UAF", "SPY"}
STATE_ORGANS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
UNDER_STATE = {"be", "remain", "come", "fall", "stay", "go", "live"}  # "is / came / remains under investigation"
PROTEST_ROOT = "14"  # protests, rallies, strikes: those they drew are the protesters
ATTENDING_OFFICIALLY = {"COP", "MIL", "SPY", "MED", "JUD", "GOV", "LEG", "HLH"}  # at a protest to police, report or speak
INQUIRY_ROOTS = {"09", "11", "12"}  # investigating, disapproving, rejecting: acts that ask whether someone did something
ANSWERED_ROOTS = {"02", "10", "11", "13"}  # appeals, demands, criticism and accusations, threats: one answers them


@dataclass(frozen=True)
class Rule:
    kind: str
    lemma: str
    cameo: str
    plover: str = ""
    prt: frozenset[str] = frozenset()
    obj: frozenset[str] = frozenset()
    prep: str = ""
    prep_obj: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()
    arg: frozenset[str] = frozenset()
    clause: frozenset[str] = frozenset()
    comp: frozenset[str] = frozenset()  # words of a "that" clause ("claimed the vote was rigged")
    pred: frozenset[str] = frozenset()  # what a said clause predicates ("said the ruling was unfair")
    subj: frozenset[str] = frozenset()  # the subject ("@together": two or more parties, "Obama and Trump spoke")
    passive: bool = False
    neg: bool = False  # the row reads the trigger's own negation ("were not allowed to enter": a ban, told)
    weight: int = 0  # number of constraints; more specific rows win


INVESTIGATORS = {"JUD", "COP", "SPY"}  # sectors whose people lead inquiries rather than undergo them


def _read(name: str) -> list[list[str]]:
    return knowledge.rows(f"events/{name}")


@lru_cache(maxsize=1)
def wordsets() -> dict[str, tuple[str, ...]]:
    """Families of words that rows name as @name (resources/events/wordsets.tsv)."""
    return {r[0]: tuple(w for w in r[1].split("|") if w) for r in _read("wordsets.tsv") if len(r) >= 2}


def _expand(value: str) -> str:
    """A row's a|@set|b with each @set replaced by its words."""
    if "@" not in value:
        return value
    sets = wordsets()
    out = []
    for w in value.split("|"):
        if w in FEATURE_CLASSES:
            out.append(w)  # a class the parse tells, not a list of words
        elif w.startswith("@"):
            if w[1:] not in sets:
                raise ValueError(f"triggers.tsv: no word set {w!r} in wordsets.tsv")
            out.extend(sets[w[1:]])
        else:
            out.append(w)
    return "|".join(out)


def _parse_rule(row: list[str]) -> Rule:
    kind, lemma, spec, cameo = (c.strip() for c in row[:4])
    fields: dict = {}
    for part in spec.split():
        key, _, value = part.partition(":")
        if key == "prep" and "=" in value:  # "prep:of=@set": the set names the preposition's objects
            prep, _, objs = value.partition("=")
            value = f"{prep}={_expand(objs)}"
        else:
            value = _expand(value)
        if key == "pass":
            fields["passive"] = True
        elif key == "neg":
            fields["neg"] = True
        elif key == "prep":
            prep, _, objs = value.partition("=")
            fields["prep"] = prep
            # (objects as triggers.tsv lists them, a|b; a comma, as contexts.tsv writes them, reads alike)
            fields["prep_obj"] = frozenset(objs.replace(",", "|").split("|")) if objs else frozenset()
        elif key == "prt" and "=" in value:
            prt, _, objs = value.partition("=")
            fields["prt"], fields["obj"] = frozenset(prt.split("|")), frozenset(objs.split("|"))
        elif key in ("obj", "xcomp", "mod", "arg", "clause", "prt", "comp", "pred", "subj"):
            fields[key] = frozenset(value.split("|"))
        else:
            raise ValueError(f"triggers.tsv: unknown constraint {part!r} in the row {'|'.join(row[:4])!r}")
    weight = sum(1 for k in ("prt", "obj", "prep", "xcomp", "mod", "arg", "clause", "comp", "pred", "subj") if fields.get(k)) + fields.get("passive", 0) + fields.get("neg", 0)
    weight += 1 if fields.get("prep_obj") else 0
    plover = row[4].strip() if len(row) > 4 else ""
    return Rule(kind, lemma, cameo, plover, weight=weight, **fields)


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[Rule]]:
    """(kind, lemma) → rules, most specific first, from resources/events/triggers.tsv."""
    table: dict[tuple[str, str], list[Rule]] = {}
    for row in _read("triggers.tsv"):
        if len(row) >= 4:
            rule = _parse_rule(row)
            table.setdefault((rule.kind, rule.lemma), []).append(rule)
    for rules in table.values():
        rules.sort(key=lambda r: -r.weight)
    return table


# what a verb row asks of its clause that a noun or an adjective cannot have
_VERB_ONLY = ("prt", "xcomp", "clause", "comp", "pred", "subj")


def _derive(verb_rule: Rule, kind: str, form: str, extra: Rule | None) -> Rule | None:
    """A verb row carried over to a word derived from the verb ("ban" → "banning", "criticize" →
    "critical of"): its object becomes the word's "of" phrase ("the removal of troops"); the rows
    that need a clause of the verb's own (particle, complement, said clause, passive) do not carry."""
    if verb_rule.passive or any(getattr(verb_rule, k) for k in _VERB_ONLY):
        return None
    fields = {k: getattr(verb_rule, k) for k in ("mod", "arg", "prep", "prep_obj")}
    if verb_rule.obj:
        if verb_rule.prep:
            return None
        fields["prep"], fields["prep_obj"] = "of", verb_rule.obj - {"*"}
    if extra is not None:
        if extra.prep and fields["prep"] and (extra.prep != fields["prep"] or extra.prep_obj):
            return None
        fields["prep"] = extra.prep or fields["prep"]
        fields["prep_obj"] = extra.prep_obj or fields["prep_obj"]
        fields["mod"] = extra.mod or fields["mod"]
        fields["arg"] = extra.arg or fields["arg"]
    weight = sum(1 for k in ("mod", "arg", "prep", "prep_obj") if fields[k])
    # an adjective is coded as its verb ("X was critical of Y": X criticised Y), a noun as a noun
    return Rule("V" if kind == "A" else "N", verb_rule.lemma, verb_rule.cameo, verb_rule.plover, weight=weight, **fields)


@lru_cache(maxsize=1)
def derivations() -> dict[tuple[str, str], list[Rule]]:
    """(kind, word) → the rows of the verb it derives from, from resources/events/derivations.tsv:
    nouns (N) and adjectives (A) that name a verb trigger's act ("commitment", "critical of").
    A word with rows of its own in triggers.tsv keeps them (match tries those first)."""
    table: dict[tuple[str, str], list[Rule]] = {}
    verbs = lexicon()
    for row in _read("derivations.tsv"):
        if len(row) < 3:
            continue
        form, kind, verb = row[0].lower(), row[1].upper(), row[2].lower()
        extra = _parse_rule([kind, form, row[3] if len(row) > 3 else "", "-"]) if len(row) > 3 and row[3] else None
        if kind not in ("N", "A") or ("V", verb) not in verbs:
            raise ValueError(f"derivations.tsv: {'|'.join(row)!r} names no verb trigger or no kind N/A")
        rules = [r for v in verbs["V", verb] if (r := _derive(v, kind, form, extra)) is not None]
        table.setdefault((kind, form), []).extend(rules)
    for rules in table.values():
        rules.sort(key=lambda r: -r.weight)
    return table


def _gerund_rules(tok: Token) -> list[Rule] | None:
    """A verb trigger's gerund tagged as a noun ("the banning of the party", "the toppling of the
    statue"): the verb's rows, as a noun's. Undoes the spelling of -ing: bann-ing, toppl-ing, mediat-ing."""
    word = tok.lower_
    if not (word.endswith("ing") and len(word) > 5 and tok.pos_ == "NOUN"):
        return None
    if not any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None  # an act only with its article, owner or "of" phrase ("career destroying", "sentencing decisions")
    stem = word[:-3]
    verbs = lexicon()
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if verb and ("V", verb) in verbs:
            rules = [r for v in verbs["V", verb] if (r := _derive(v, "N", word, None)) is not None]
            return sorted(rules, key=lambda r: -r.weight) or None
    return None


@lru_cache(maxsize=1)
def nominal_roots() -> dict[str, frozenset[str]]:
    """Noun triggers → the CAMEO roots they may code ("strike" → {"14", "19"})."""
    out: dict[str, set[str]] = {}
    for (kind, lemma), rules in lexicon().items():
        if kind == "N":
            out.setdefault(lemma, set()).update(r.cameo[:2] for r in rules if r.cameo != NO_EVENT)
    return {k: frozenset(v) for k, v in out.items() if v}


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, tuple[str, int, float]]:
    """CAMEO code → (name, QuadClass, Goldstein), from resources/events/cameo.tsv."""
    return {r[0]: (r[1], int(r[2]), float(r[3])) for r in _read("cameo.tsv") if len(r) >= 4}


@lru_cache(maxsize=1)
def plover_map() -> dict[str, tuple[str, str | None]]:
    """CAMEO prefix → (PLOVER type, mode), from resources/events/plover.tsv."""
    return {r[0]: (r[1].strip(), (r[2].strip() or None) if len(r) > 2 else None) for r in _read("plover.tsv")}


@lru_cache(maxsize=1)
def cues() -> dict[str, set[str]]:
    """Word → status/argument cue classes, from resources/events/cues.tsv."""
    out: dict[str, set[str]] = {}
    for r in _read("cues.tsv"):
        if len(r) >= 2:
            out.setdefault(r[0].strip(), set()).add(r[1].strip())
    return out


def plover_for(cameo: str, override: str = "") -> Plover | None:
    """PLOVER type and mode of a CAMEO code (longest prefix), or the lexicon row's override."""
    if override:
        kind, _, mode = override.partition("/")
        if not mode:
            base = plover_for(cameo)
            mode = base.mode if base and base.type == kind else ""
        return Plover(kind, mode or None)
    table = plover_map()
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            kind, mode = table[cameo[:n]]
            return Plover(kind, mode)
    return None


def _cue(word: str, kind: str) -> bool:
    return kind in cues().get(word.lower(), ())


# ---------------------------------------------------------------- detection


def _counted(tok: Token) -> list[Token]:
    """What a quantity noun or a quantifier counts: "dozens of diplomats" → diplomats, "all of the emails" → emails."""
    if not quantity(tok):
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _features(tok: Token, args: bool = True) -> dict[str, set[str]]:
    """What the rows of triggers.tsv may ask of ``tok``'s clause, by constraint name. ``args``:
    also the words of its arguments' subtrees (``"arg"``), the dearest part (a walk of every
    argument's subtree) and one that only a row with an ``arg`` constraint reads; without it
    ``"arg"`` stays empty."""
    kids = list(tok.children)
    f: dict[str, set[str]] = {"prt": set(), "obj": set(), "xcomp": set(), "mod": set(), "arg": set(), "clause": set(),
                              "comp": set(), "pred": set(), "subj": set()}
    preps: dict[str, set[str]] = {}
    patient = patient_subject(tok)
    passive = patient or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids)
    raised = [c for c in tok.head.children if c.dep_ in PASS_SUBJ] if (
        tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in kids)
        and not any(c.dep_ in SUBJ | PASS_SUBJ for c in kids)) else []  # "was believed to have been poisoned"
    for c in kids + raised:
        d = c.dep_
        if d == "nsubj" and not patient:
            f["subj"].update(subject_lemmas(resolve_relative(c)))  # "protesters who gathered outside": the protesters
            if c.lemma_.lower() in TOGETHER or any(g.dep_ == "conj" for g in c.children):
                f["subj"].add("@together")  # "Obama and Trump spoke", "the pair talked", "the two sides met"
        if c.lower_ in PARTICLES and ((d == "advmod" and not c.n_lefts and all(g.dep_ == "prep" for g in c.rights))
                                      or (d == "prep" and c.n_rights and all(g.dep_ == "prep" for g in c.rights))):
            f["prt"].add(c.lower_)  # a particle parsed as an adverb ("stepped down") or "out of" ("pulled out of")
        if d == "prt":
            f["prt"].add(c.lower_)
        elif d in ("dobj", "dative", "attr", "oprd") or (d in PASS_SUBJ and passive) or (d == "nsubj" and patient):
            for o in with_conj(resolve_relative(c)):
                f["obj"].update(_forms(o))
                f["obj"].update(t.lemma_.lower() for t in _counted(o))
                if o.ent_type_ == "PERSON":
                    f["obj"].add("@person")
                elif o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS"):
                    f["obj"].add("@people")  # "released five jailed Americans"
                elif o.ent_type_ in ("GPE", "LOC"):
                    f["obj"].add("@place")  # "captured Mekelle"
            if d in ("dobj", "dative") or d in PASS_SUBJ:
                f["obj"].add("*")  # a row's "obj:*": any object or passive subject ("called the premier", "was poisoned")
        elif d in ("prep", "agent"):
            pobjs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if c.lower_ in ("on", "at", "in", "during") and pobjs and all(p.ent_type_ in ("DATE", "TIME") for p in pobjs):
                continue  # "called the premier on Monday": a time, not the preposition a row asks for ("call on")
            objs = preps.setdefault(c.lower_, set())
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    objs.update(o.lemma_.lower() for o in with_conj(p))
                    if p.ent_type_ == "PERSON":
                        objs.add("@person")  # "campaigned for Hillary Clinton"
                    elif p.ent_type_ in ("GPE", "LOC"):
                        objs.add("@place")  # "fired into Israel", "shelled positions near Idlib"
        elif d in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            # "called for the bill to be dropped": the clause is what "for" asks for
            preps.setdefault("for", set()).update(t.lemma_.lower() for t in (c, *c.children) if t.dep_ != "mark")
        elif d == "xcomp" or (d in ("acl", "relcl") and tok.pos_ == "NOUN" and c.i > tok.i and to_infinitive(c)):
            # (a noun's "to" clause is its complement: "calls to quit", "demands to free the prisoners")
            f["xcomp"].update((c.lemma_.lower(), "*"))
            f["xcomp"].update(p.lower_ for p in c.children if p.dep_ == "prt")
        elif (subject := clause_subject(c)) is not None:  # "wants foreign forces to leave", "called for X to"
            f["clause"].update((c.lemma_.lower(), "*"))
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                preps.setdefault("for", set()).update((subject.lemma_.lower(), c.lemma_.lower()))
        if d == "acl" and tok.pos_ in ("NOUN", "PROPN") and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            # the clause a noun of saying says: "his claims that the vote was rigged"
            sub = list(c.subtree)
            if len(sub) <= ARG_SUBTREE_MAX:
                f["comp"].update(t.lemma_.lower() for t in sub)
            f["comp"].add("*")
            f["pred"].update(_predicate(c))
        if d == "ccomp" and (c.i > tok.i or _fronted_quote(tok, c)):
            # the clause said: "claimed (that) the vote was rigged", '"It was rigged," he claimed'
            sub = list(c.subtree)
            if len(sub) <= ARG_SUBTREE_MAX:
                f["comp"].update(t.lemma_.lower() for t in sub)
            f["comp"].add("*")
            f["pred"].update(_predicate(c))
            if _someone_did(tok, c):
                f["comp"].add("@someone")
        if d in MOD_DEPS:
            f["mod"].add(c.lemma_.lower())
            f["mod"].add(c.lower_)
            if d == "poss" and c.ent_type_ == "PERSON":
                f["mod"].add("@person")  # "Manafort's charges", "Simpson's trial"
        if args and d not in ARG_SKIP:
            sub = list(c.subtree)
            if len(sub) <= ARG_SUBTREE_MAX:
                f["arg"].update(t.lemma_.lower() for t in sub)
    if tok.dep_ == "parataxis" and tok.head.i < tok.i and tok.lemma_.lower() in senses.table().reporting:
        # '"This is a disgrace," the minister said' parsed with the quote as the root: the root's clause is what is said
        head = tok.head
        sub = [t for t in head.subtree if t.i < tok.left_edge.i]
        if len(sub) <= ARG_SUBTREE_MAX:
            f["comp"].update(t.lemma_.lower() for t in sub)
        f["pred"].update(_predicate(head))
    if (carrier := _carrier(tok)) is not None:
        # a noun a verb carries ("threw their support behind the plan", "voiced opposition to the bill", "came
        # under scrutiny from"): the parser often hangs the noun's preposition on the verb; after the noun, and
        # not one the noun has
        for c in carrier.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ not in preps:
                pobjs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if pobjs and not all(p.ent_type_ in ("DATE", "TIME") for p in pobjs):
                    preps[c.lower_] = {o.lemma_.lower() for p in pobjs for o in with_conj(p)}
    if (tok.dep_ == "relcl" and passive) or (tok.dep_ == "acl" and (tok.tag_ == "VBN" or mistagged_participle(tok))):
        f["obj"].add(tok.head.lemma_.lower())  # "the talks which were held", "a militia formed"
        if args:
            f["arg"].update(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("amod", "compound"))
    f["passive"] = {"1"} if passive else set()
    f["neg"] = {"1"} if any(c.dep_ == "neg" or c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children)
                            for c in kids) else set()  # "not allowed", "no longer allowed"
    f["preps"] = preps  # type: ignore[assignment]
    return f


def _carrier(tok: Token) -> Token | None:
    """The verb that carries a noun: its object ("voiced opposition"), or the verb of the preposition it
    follows ("came under scrutiny", "was under fire")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        return tok.head.head
    return None


PRESCRIPTIVE = {"should", "must", "ought"}  # modals by which a speaker says what someone is to do


def _predicate(clause: Token) -> set[str]:
    """What a said clause predicates of its subject: the complement of its copula with the words
    describing it ("the ruling was unfair", "it was a big mistake", "is unacceptable and illegal"),
    an adjective heading it, or its passive participle ("the vote was rigged") — not every word
    in it ("a story about illegal deforestation"); "@should" / "@should_have" for a clause under a modal of
    obligation ("X should accept", "X should have acted")."""
    out: set[str] = set()
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if modals & PRESCRIPTIVE and clause.pos_ in ("VERB", "AUX"):
        # "said the president should accept the outcome" (a demand made of the subject), "said they should have
        # acted" (a reproach for what they did not do)
        out.add("@should_have" if "have" in modals else "@should")
    heads = [clause]
    if clause.lemma_ == "be":
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
        # a copula's prepositional complement: "was at fault", "was in the wrong"
        out.update(p.lemma_.lower() for c in clause.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                   for p in c.children if p.dep_ == "pobj")
        # ... or a place behind an act: "Iran was behind the attack"
        out.update(c.lower_ for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind")
    elif not (clause.pos_ == "ADJ" or (clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children))):
        return out
    for h in heads:
        for w in (h, *h.conjuncts):
            out.add(w.lemma_.lower())
            out.update(c.lemma_.lower() for c in w.children if c.dep_ in ("amod", "compound", "advmod"))
    return out


def _fronted_quote(verb: Token, clause: Token) -> bool:
    """A clause before a verb of saying, after a quotation mark: '"The vote was rigged," he claimed'."""
    first = clause.left_edge
    return verb.lemma_.lower() in senses.table().reporting and (first.is_quote or (first.i > 0 and first.nbor(-1).is_quote))


def _someone_did(tok: Token, clause: Token) -> bool:
    """Does ``clause`` (what ``tok`` says) tell an act of someone named other than the speaker: "Bolton claims Trump
    asked Xi", "claimed Iran spoofed e-mails", "she claimed he asked her"? Its active subject is a name or a third-person
    pronoun, not the speaker's words again, not one's own ("its forces"), and its verb is no copula (a state)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None or clause.lemma_.lower() == "be" or clause.pos_ != "VERB":
        return False
    if not (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lower_ in ("he", "she", "they")):
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children):
        return False
    speaker = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj.lower_ in ("he", "she"):  # "she claimed he asked her"; "Trump claimed he won" is his own deed
        return speaker is not None and speaker.lower_ in ("he", "she") and speaker.lower_ != subj.lower_
    if subj.lower_ == "they":
        return speaker is not None and speaker.tag_ not in ("NNS", "NNPS") and speaker.lower_ not in ("they", "we")
    return speaker is None or speaker.lower_ != subj.lower_


def _matches(rule: Rule, f: dict) -> bool:
    if rule.passive and not f["passive"]:
        return False
    if rule.neg and not f["neg"]:
        return False
    if rule.prt and not rule.prt & f["prt"]:
        return False
    if rule.obj and not rule.obj & f["obj"]:
        return False
    if rule.xcomp and not rule.xcomp & f["xcomp"]:
        return False
    if rule.mod and not rule.mod & f["mod"]:
        return False
    if rule.clause and not rule.clause & f["clause"]:
        return False
    if rule.comp and not rule.comp & f["comp"]:
        return False
    if rule.pred and not rule.pred & f["pred"]:
        return False
    if rule.subj and not rule.subj & f["subj"]:
        return False
    if rule.arg and not rule.arg & (f["arg"] | f["obj"] | f["mod"]):
        return False
    if rule.prep:
        objs = f["preps"].get(rule.prep)
        if objs is None or (rule.prep_obj and not rule.prep_obj & objs):
            return False
    return True


def _forms(tok: Token) -> list[str]:
    """Lemma and form of ``tok``, after the hyphenated compound it ends ("cease-fire", "ceasefire")."""
    forms = [tok.lemma_.lower(), tok.lower_]
    if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-2).whitespace_ and not tok.nbor(-1).whitespace_:
        left = tok.nbor(-2).lower_
        forms = [f"{left}-{forms[0]}", left + forms[0], *forms]
    elif "-" in tok.text and (left := tok.lower_.split("-", 1)[0]) in prefixes():
        # one token kept whole ("co-operated", "re-arrested", nlp.prefixed_lemmas): the same forms
        base = forms[0][len(left):] if forms[0].startswith(left) and forms[0] != left else forms[0]
        forms = [f"{left}-{base}", left + base, base, tok.lower_]
    return forms


def _trigger_start(tok: Token, rule: Rule) -> int:
    """Where the trigger's words start: a hyphenated compound's first part ("cease-fire")."""
    forms = _forms(tok)
    return tok.nbor(-2).idx if len(forms) > 2 and rule.lemma in forms[:2] and tok.nbor(-1).text == "-" else tok.idx


def _kinds(tok: Token) -> list[str]:
    """Trigger kinds to try: verbs as verbs (not "the wounded"); nouns (and unnamed proper nouns, as a headline's
    first word) as nouns, then, as a clause's root, as verbs: the small model tags some
    headline verbs as nouns ("Activists Decry Policy")."""
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        # a participle with an article is people, not an act: "visiting the wounded"
        return [] if any(c.dep_ == "det" for c in tok.children) else ["V"]
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_):
        if to_infinitive(tok):  # "persuade leaders to sanction Saudi Arabia": a verb tagged as a noun
            return ["V", "N"]
        return ["N", "V"] if tok.dep_ == "ROOT" else ["N"]
    if tok.pos_ == "ADJ":
        return ["A"]  # only words derived from a verb trigger ("critical of", "supportive"): derivations.tsv
    return []


MATCHABLE = ("VERB", "AUX", "NOUN", "PROPN", "ADJ")  # the parts of speech _kinds gives a trigger kind to
_HYPHEN = numpy.uint64(hash_string("-"))  # the word id of "-" in a doc's ORTH array


@lru_cache(maxsize=1)
def _row_words() -> frozenset[str]:
    """Every word a row of triggers.tsv or derivations.tsv is keyed by (any kind)."""
    return frozenset(w for table in (lexicon(), derivations()) for _, w in table)


def _maybe_gerund(word: str) -> bool:
    """The form test of :func:`_gerund_rules` alone (the rest needs the parse)."""
    return word.endswith("ing") and len(word) > 5


def candidates(doc: Doc) -> list[Token]:
    """The tokens of ``doc``, in order, that :func:`match` may give a rule: of the tokens of a
    MATCHABLE part of speech, those whose lower-cased lemma or form keys a row, that may be a
    gerund, or that follow a hyphen (a compound's last part, see :func:`_forms`). ``match`` gives
    every other token None after its look-ups, so skipping them changes nothing; most words of an
    article are such, and are tested here on the doc's arrays, once per distinct word, with no
    Token object made for them."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, LOWER, LEMMA, ORTH])
    strings, words = doc.vocab.strings, _row_words()
    wanted = numpy.array([strings[p] for p in MATCHABLE], dtype=numpy.uint64)
    tagged = numpy.isin(arr[:, 0], wanted)
    forms = [h for h in numpy.unique(arr[tagged, 1]) if (w := strings[int(h)]) in words or _maybe_gerund(w)]
    lemmas = [h for h in numpy.unique(arr[tagged, 2]) if strings[int(h)].lower() in words]
    after_hyphen = numpy.zeros(len(doc), dtype=bool)
    after_hyphen[2:] = arr[1:-1, 3] == _HYPHEN
    keep = tagged & (numpy.isin(arr[:, 1], numpy.array(forms, dtype=numpy.uint64))
                     | numpy.isin(arr[:, 2], numpy.array(lemmas, dtype=numpy.uint64)) | after_hyphen)
    return [doc[int(i)] for i in numpy.flatnonzero(keep)]


def match(tok: Token) -> Rule | None:
    """The most specific lexicon row that this token satisfies, if any."""
    kinds = _kinds(tok)
    if not kinds:
        return None
    table, forms = lexicon(), _forms(tok)
    rules = next((table[k, w] for k in kinds for w in forms if (k, w) in table), None)
    if not rules and kinds:  # a word derived from a verb trigger: its rows ("commitment", "the banning of")
        derived = derivations()
        rules = next((derived[k, w] for k in kinds for w in forms if (k, w) in derived
                      and not (k == "A" and tok.dep_ == "acomp")), None)  # "was critical of": the copula's rows
        if not rules and kinds[0] == "N":
            rules = _gerund_rules(tok)
    if not rules:
        return None
    if all(r.comp or r.pred for r in rules) and tok.dep_ != "parataxis" and not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # verbs of saying: only a said clause can make them an event (most "said" in news: skip the features)
    f = _features(tok, args=any(r.arg for r in rules))  # most words have no row that reads "arg"
    rule = next((r for r in rules if _matches(r, f)), None)
    return None if rule is None or rule.cameo == NO_EVENT else rule


# ---------------------------------------------------------------- status


def _condition_mark(m: Token) -> bool:
    """An "if" or "unless" opening a condition; not "if not" between two amounts ("thousands if not tens of
    thousands killed": at least thousands were)."""
    return m.dep_ == "mark" and m.lower_ in ("if", "unless") and not (
        m.lower_ == "if" and any(k.dep_ == "neg" for k in m.children) or m.i + 1 < len(m.doc) and m.doc[m.i + 1].lower_ == "not")


def _aux_status(tok: Token) -> Status | None:
    kids = list(tok.children)
    if _counterfactual(tok):
        # "should have been arrested" (he was not); "should never have been arrested" (he was)
        return "occurred" if any(c.dep_ == "neg" for c in kids) else "negated"
    if any(c.dep_ == "neg" for c in kids) and _until(tok):
        return "occurred"  # "did not endorse her until July": done then
    if any(c.dep_ == "neg" for c in kids) or _nothing(tok):
        return "negated"
    if any(_condition_mark(c) or c.dep_ == "mark" and c.lower_ == "whether" for c in kids):
        return "hypothetical"
    if _inverted_condition(tok, tok):
        return "hypothetical"  # "had the rebels refused", "should the talks fail"
    if tok.dep_ == "advcl" and any(_condition_mark(c) for c in tok.children):
        return "hypothetical"
    for c in kids:
        if c.dep_ != "aux":
            continue
        w = c.lower_
        if _cue(w, "will"):
            return "intended"
        if w == "would":
            if any(k.dep_ == "advmod" and k.lower_ in senses.table().habitual for k in kids):
                return "occurred"  # the past habitual: "they would sometimes kill the farmers"
            if _performed(tok, tok):
                return "occurred"  # "I would urge anyone with information to come forward": urged
            conditional = any(_condition_mark(m) for m in tok.sent)
            if not conditional and tok.dep_ == "ccomp" and tok.head.tag_ in ("VBD", "VBN"):
                return "intended"  # future in the past: "announced that forces would work"
            return "hypothetical"
        if _cue(w, "modal"):
            return "hypothetical"
    if tok.tag_ in ("VB", "VBP", "VBZ", "VBG") and any(
        c.dep_ in ("npadvmod", "advmod") and any(t.lower_ in ("next", "tomorrow") for t in c.subtree) for c in kids
    ):
        return "intended"
    return None


def _counterfactual(tok: Token) -> bool:
    """A past participle under "should have" / "ought to have": what ought to have been."""
    if tok.tag_ != "VBN":
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    return any(_cue(c.lower_, "counterfactual") for c in aux) and any(c.lower_ in ("have", "'ve") for c in aux)


def _nothing(tok: Token) -> bool:
    """An act done to nothing or by no one: "conceded nothing", "no one was arrested", "made no concessions",
    "neither the EU nor the US would endorse it", "neither side wanted" (a "no" before an event noun negates that noun itself, in
    ``noun_status``)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass"):
            if _cue(c.lower_, "none") or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)):
                return True
            if any(d.dep_ in ("preconj", "det") and d.lower_ == "neither" and d.i < c.i for d in c.children):
                return True
            if c.dep_ != "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True  # "no US president has ever been removed", "no country recognised the vote"
            if c.dep_ == "dobj" and match(c) is None and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
    return False


def _conj_shares(tok: Token, status: Status) -> bool:
    """Does a coordinated verb share its first conjunct's negation or modal? "did not sign or ratify" does;
    "did not sign but agreed to explore", "would meet and has agreed" do not: a negation or auxiliary
    governs its own clause only."""
    head = tok.head
    cc = {c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < tok.i}
    if cc & {"but", "yet", "while", "though", "although"}:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    if any(c.dep_ in SUBJ for c in tok.children):
        return False  # a clause of its own: "police did not comment and the army arrested him"
    if status == "negated" and not cc & {"or", "nor"} and tok.tag_ != head.tag_:
        return False
    return True


def _purpose_contact(head: Token) -> bool:
    """ "called to congratulate", "wrote to protest": a contact verb with no addressee-to-act ("called on X to",
    "called for") and no object, so its purpose clause is the act it carried out."""
    if not _cue(head.lemma_.lower(), "contact"):
        return False
    return not any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "for"))
                   for c in head.children)


def verb_status(tok: Token, depth: int = 0) -> Status:
    """Status of a verbal predicate, following control and conjunction up the tree."""
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.pos_ in ("VERB", "AUX") and _cue(tok.head.lemma_.lower(), "neg_raise") \
            and any(c.dep_ == "neg" for c in tok.head.children):
        return "negated"  # "he doesn't think charges will be filed": he thinks they will not be (cues.tsv neg_raise)
    if tok.dep_ == "ccomp" and tok.head.lemma_ == "be" and any(c.dep_ == "neg" for c in tok.head.children) and any(
            c.dep_ == "acomp" and c.lower_ in ("true", "correct", "accurate") for c in tok.head.children):
        return "negated"  # "it is not true that Bush met Steele": denied
    own = _aux_status(tok)
    if own != "negated" and tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and _cue(tok.head.lemma_.lower(), "hypo") \
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll", "could", "might", "may")
                    for c in tok.children):
        return "hypothetical"  # "residents fear the army will attack", "warned that Iran would retaliate": not (yet) done
    if own or depth > 4:
        return own or "occurred"
    head = tok.head
    if head == tok:
        return "occurred"
    dep = tok.dep_
    to_inf = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    if dep == "xcomp" and head.pos_ in ("ADJ", "ADP") and _cue(head.lower_, "ready"):
        # readiness: "stand ready to negotiate", "is prepared to talk", "a man about to be indicted" (the parser
        # hangs "about" on the noun as a preposition) — unless that is negated or only possible
        up = verb_status(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") and head.head != head else "occurred"
        return up if up in ("negated", "hypothetical") else "intended"
    if dep == "xcomp" and head.pos_ == "ADJ" and head.lower_ in MAYBE:
        # "he is likely to be arrested", "are unlikely to meet": only expected (not, when that is denied)
        up = verb_status(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") and head.head != head else "occurred"
        return "negated" if up == "negated" else "hypothetical"
    if dep == "xcomp" and head.pos_ == "ADJ" and _cue(head.lower_, "negate"):
        return "negated"  # "police have been unable to question him" (cues.tsv negate: unable)
    if dep in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if dep == "ccomp" and _inverted_condition(head, tok):
            return "occurred"  # "X promised to send aid, should Y be in need": the parser hangs the act on the condition
        if _performed(tok, head):
            return "occurred"  # "we would like to thank X": thanked, by saying so
        if dep == "ccomp" and _cue(lemma, "factive"):
            return "occurred"  # "revealed that police arrested him", "did not disclose that troops had fired"
        up = verb_status(head, depth + 1)
        if dep == "xcomp" and _cue(lemma, "negate"):
            return "occurred" if up == "negated" and _cue(lemma, "unitive") else "negated"
        if dep == "ccomp" and lemma == "deny" and not _denied_claim(tok, head):
            return "negated"
        if up == "negated":  # "did not agree to meet" shares the clause; "did not say that police fired" does not
            return "negated" if dep == "xcomp" else "occurred"
        if dep == "xcomp" and (_cue(lemma, "attempt") or _purpose_contact(head)):
            return up  # "tried to seize" is coded as the act; "called to congratulate" congratulated
        if dep == "xcomp" and _cue(lemma, "hypo"):
            return "hypothetical"
        if dep == "xcomp" and lemma in ("have", "be") and to_inf and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return "negated"  # "Trump has yet to concede", "the army is yet to respond": not done (so far)
        if dep == "xcomp" and lemma == "be" and _cue(tok.lemma_.lower(), "state_to") and not any(
                c.dep_ == "dobj" for c in tok.children):
            return up  # "Comey is to blame": a state now, no plan
        if dep == "xcomp" and (_cue(lemma, "intend") and (lemma != "be" or to_inf) or _cue(lemma, "directive") and to_inf):
            return "intended"  # "plans to meet"; "instructed agencies to investigate": ordered, not yet done
        if dep == "xcomp" and lemma == "go" and head.tag_ == "VBG" and to_inf and any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
            return "intended"  # "they were going to kill them", "is going to sue": the future, not a trip
        if dep == "xcomp" and to_inf and up in ("intended", "hypothetical"):
            return up
        return up if up != "occurred" else "occurred"
    if dep == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < tok.i for c in head.children):
        return "negated"  # "did not invite him, nor do we endorse his views": "nor" negates its own clause
    if dep == "conj" or (dep == "advcl" and tok.tag_ in ("VBG", "VBN") and not to_inf):
        head = first_conjunct(tok) if dep == "conj" else head
        if head.pos_ not in ("VERB", "AUX"):
            return "occurred"
        up = verb_status(head, depth + 1)
        return up if dep != "conj" or up == "occurred" or _conj_shares(tok, up) else "occurred"
    if dep == "acl" and tok.tag_ == "VBG" and head.dep_ == "dobj" and head.head.pos_ == "VERB" \
            and _cue(head.head.lemma_.lower(), "thwart") and _cue(head.lemma_.lower(), "proposal"):
        # "Russia vetoed a resolution condemning the annexation", "rejected a motion calling for talks": the text
        # never said it (so long as the veto stood; a veto only threatened leaves it proposed)
        up = verb_status(head.head, depth + 1)
        return "negated" if up == "occurred" else "hypothetical"
    if dep == "pcomp" and head.lower_ == "of" and head.head.lower_ == "ahead":
        return "intended"  # "arrived ahead of meeting Obama"
    if dep == "pcomp" and head.lower_ == "against" and head.head.pos_ == "VERB" and _cue(head.head.lemma_.lower(), "hypo"):
        return "hypothetical"  # "warned NATO against deploying troops": only threatened, not done
    if dep == "pcomp" and head.lower_ == "for" and head.head.pos_ in ("VERB", "NOUN") and _cue(head.head.lemma_.lower(), "proposal"):
        return "hypothetical"  # "a bill proposed for banning"
    if dep == "pcomp" and head.lower_ == "to" and head.head.pos_ in ("VERB", "ADJ") and tok.tag_ == "VBG" \
            and _cue(head.head.lemma_.lower(), "intend"):
        state = head.head.head if head.head.dep_ == "acomp" else head.head
        up = verb_status(state, depth + 1)  # "is committed to working with X": an intent, not yet done
        return up if up in ("negated", "hypothetical") else "intended"
    if dep == "pcomp" and head.lower_ == "of" and head.head.pos_ == "NOUN" and _cue(head.head.lemma_.lower(), "intend"):
        return "intended"  # "a plan of arresting opposition leaders"
    if dep == "pcomp" and head.head.pos_ == "NOUN" and _cue(head.head.lemma_.lower(), "attitude"):
        return "intended"  # "expressed interest in working with X", "his commitment to meeting"
    if to_inf and dep in ("advcl", "acl", "relcl"):
        if dep == "advcl" and (_purpose_contact(head) or any(_cue(t.lemma_.lower(), "inquiry") for t in (tok, *tok.conjuncts))
                               or _cue(head.lemma_.lower(), "assemble") and (_cue(tok.lemma_.lower(), "parties")
                                                                             or _cue(tok.lemma_.lower(), "gathered_act"))):
            # "called to congratulate", "came to investigate", "gathered to discuss", "gathered to protest": done then
            return verb_status(head, depth + 1)
        if dep == "advcl" and head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in ORDINAL
                                                          for c in head.children):
            return verb_status(head, depth + 1)  # "Politico was first to report that": it did (as "was" tells)
        if dep in ("acl", "relcl") and (head.pos_ in ("NOUN", "PROPN") or head.pos_ == "ADJ" and head.lower_ in ORDINAL):
            return _to_clause_of_noun(head) or "intended"  # (and "was the first to report that": the first did)
        return "intended"  # purpose: "met to coordinate missions"
    if to_inf and tok.pos_ not in ("VERB", "AUX") and dep in ("compound", "amod", "dobj", "pobj", "nmod"):
        return _misread_infinitive(tok)
    return "occurred"


def _inverted_condition(head: Token, tok: Token) -> bool:
    """ "..., should the latter be in need", "..., had they known": a condition told by putting "should", "had" or
    "were" before its subject, after the clause ``tok`` heads (which a parser often hangs on it as a complement)."""
    aux = next((c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were")), None)
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    return aux is not None and subj is not None and (tok is head or tok.right_edge.i < aux.i) and aux.i < subj.i


def _performed(tok: Token, head: Token) -> bool:
    """A verb of saying done by saying one wants to or would do it: "we would like to thank X", "I
    want to apologise", "I would urge anyone to come forward" (cues.tsv performative; ``head`` is the
    wanting verb, or ``tok`` itself): its subject is I or we, nothing negates it or makes it a condition."""
    return ((tok.dep_ == "xcomp" and _cue(head.lemma_.lower(), "performative_head") or head is tok)
            and _cue(tok.lemma_.lower(), "performative")
            and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
            and not any(c.dep_ == "neg" or _condition_mark(c) for c in head.children)
            and not any(_condition_mark(m) for m in tok.sent))


def _until(tok: Token) -> bool:
    """ "did not endorse her until July", "did not leave until the army arrived": done, at that time."""
    return any(c.dep_ == "prep" and c.lower_ == "until" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "until" for m in c.children) for c in tok.children)


def _to_clause_of_noun(noun: Token) -> Status | None:
    """Status of an act in a to-clause of a noun: "the first president to refuse" did; "attempts to blame"
    take the attempt's status; "a bill to ban" is only proposed; None for other nouns (a plan: intended)."""
    if noun.lower_ in ORDINAL or any(c.dep_ in ("amod", "nummod") and c.lower_ in ORDINAL for c in noun.children):
        # (as its own clause tells: "Britain will be the first to impose sanctions" has not yet)
        return verb_status(noun.head) if noun.dep_ in ("attr", "acomp") and noun.head.pos_ in ("VERB", "AUX") else "occurred"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "negated"  # "found no evidence to warrant charges", "there was no reason to prosecute her"
    lemma = noun.lemma_.lower()
    if _cue(lemma, "attempt") and noun.dep_ in ("dobj", *PASS_SUBJ) and noun.head.pos_ == "VERB" and _cue(
            noun.head.lemma_.lower(), "stopper") and not any(c.dep_ == "neg" for c in noun.head.children):
        return "negated"  # "police halted attempts to take down the statue" (cues.tsv stopper)
    if _cue(lemma, "attempt"):
        return noun_status(noun)
    if _cue(lemma, "proposal"):
        return "hypothetical"  # "a bill to ban", "his threat to ban Muslims": only proposed or threatened
    return None


def _came_to(verb: Token) -> bool:
    """"came to Trump's defence", "came to their aid": a verb of undergoing (cues.tsv suffer) that goes "to"
    an act, with no object or "under" phrase, does that act itself, to the act's owner."""
    kids = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "under" for c in kids)


def _held_to_account(tok: Token) -> list[Token]:
    """Who a charge, judgement or punishment holds to have done the act ``tok`` names in its "for",
    "of" or "with" phrase: "X was convicted of the murder", "charged him with the killing", "a man
    jailed for the attack", "arrested three suspects in the killing", "is serving a life sentence for the
    murder" (cues.tsv, culpable), or who "was behind" it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "behind" and tok.head.head.lemma_.lower() == "be":
        return verb_subject(tok.head.head)  # "IS was behind the bombing", "are believed to be behind the attack"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of", "with", "in"):
        return []
    head = tok.head.head
    lemma = head.lemma_.lower()
    if tok.head.lower_ == "in" and not (head.pos_ == "VERB" and _cue(lemma, "culpable") and _cue(tok.lower_, "crime")):
        return []  # "arrested three suspects in the killing" (not "killed in the attack", "arrested five in a raid")
    if head.dep_ == "dobj" and tok.head.lower_ in ("of", "for", "with") and head.head.pos_ == "VERB" \
            and _cue(head.head.lemma_.lower(), "culpable"):
        return expand(head)  # "accused police of torture": the parser hangs the "of" on the one accused
    if head.pos_ == "VERB" and _cue(lemma, "culpable"):
        held = [c for c in head.children if c.dep_ == "dobj"] or [c for c in head.children if c.dep_ in PASS_SUBJ]
        if not held and head.dep_ == "acl" and head.tag_ == "VBN":
            held = [head.head]  # "a man convicted of the murder"
        return expand(held[0]) if held else []
    if head.pos_ == "ADJ" and _cue(lemma, "answerable"):
        # "X was responsible for the bombing", "held X responsible for", "was found guilty of the murder"
        if head.dep_ == "amod" and head.head.i < head.i and head.head.dep_ == "dobj":
            return expand(head.head)  # "held Hamas responsible" parsed as a modifier of its object
        own = [c for c in head.children if c.dep_ in SUBJ]
        if own or head.dep_ not in ("acomp", "oprd", "xcomp", "ccomp"):
            return expand(own[0]) if own else []
        verb = head.head
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        if obj and head.dep_ != "acomp":
            return expand(obj[0])
        return expand(held[0]) if (held := [c for c in verb.children if c.dep_ in PASS_SUBJ]) else verb_subject(verb)
    if head.pos_ == "NOUN" and tok.head.lower_ == "for" and _cue(lemma, "for_target"):
        owner = [c for c in head.children if c.dep_ == "poss"]
        if owner:
            return expand(owner[0])
        if head.dep_ == "dobj" and head.head.pos_ == "VERB" and _cue(head.head.lemma_.lower(), "undergo"):
            return verb_subject(head.head)  # "is serving a life sentence for"
    return []


def _naming(verb: Token) -> bool:
    """"called the attack a crime": the verb names what its object was, it neither calls for it
    nor carries it out."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _misread_infinitive(tok: Token) -> Status:
    """A verb the parser read as a noun after its "to" ("asked the court to jail Coleman", "jail" a compound of
    "Coleman"): what the clause's verb asks, wants or refuses is not told as done."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    lemma = verb.lemma_.lower() if verb is not None else ""
    return "negated" if _cue(lemma, "negate") else "hypothetical" if _cue(lemma, "hypo") else "intended"


def _serves_penalty(verb: Token) -> bool:
    """"(to) serve a life sentence", not negated: a sentence passed, whatever the clause serving it is."""
    return verb.lemma_.lower() == "serve" and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "dobj" and _cue(c.lemma_.lower(), "penalty") for c in verb.children)


def _called_off(verb: Token) -> bool:
    """"called off the strike", "the march was called off": cancelled, as "cancel" is (cues.tsv negate), not the
    call for one ("called a strike", cues.tsv hypo)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _denied_claim(tok: Token, deny: Token) -> bool:
    """"The Kremlin denies US claims that Russia hacked ...": the parser's clause of a noun phrase, a
    present-tense verb whose form is a noun of accusation (cues.tsv content: "claims", "charges") right
    after its one-name subject, itself right after the denial, with a "that" clause of its own: the
    claims were made, and what is denied is what they say."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return (tok.tag_ in ("VBZ", "VBP") and _cue(tok.lower_, "content") and len(subj) == 1
            and subj[0].i == tok.i - 1 == deny.i + 1 and subj[0].pos_ == "PROPN"
            and not any(c.dep_ == "mark" for c in tok.children if c.i < tok.i)
            and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children))


def noun_status(tok: Token) -> Status:
    """Status of a nominal trigger: its modifiers, then the predicate it belongs to."""
    # its own clause, or one the parser hung on a place in its phrase ("the trip to Warsaw, which was cancelled")
    told = list(tok.children) + [c for p in tok.children if p.dep_ == "prep" for o in p.children
                                 if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for c in o.children]
    if not ANSWERED_ROOTS & nominal_roots().get(tok.lemma_.lower(), frozenset()) and any(
            c.dep_ in ("relcl", "acl") and c.tag_ == "VBN" and (passive(c) or c.dep_ == "acl")
            and _cue(c.lemma_.lower(), "negate") and c.lemma_.lower() != "deny" for c in told):
        return "negated"  # "the planned trip, which was cancelled", "the strike cancelled on Monday" (not "a demand rejected")
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in ("no",):
            return "negated"
        if c.dep_ in ("amod", "compound", "nmod") and _cue(c.lower_, "future"):
            return "hypothetical" if c.lower_ in MAYBE else "intended"
    if _cue(tok.lemma_.lower(), "penalty") and _up_to(tok):
        return "hypothetical"  # "fines of up to $44,000 and 12 months imprisonment": the most a breach could bring
    head = tok.head
    if tok.dep_ == "dobj" and _serves_penalty(head):
        return "occurred"  # "was returned to prison to serve a life sentence": a sentence served was passed
    if tok.dep_ == "nsubj" and head.lemma_ == "be":
        # what the copula says of the act: "more subpoenas are likely", "further arrests are expected", "a
        # clampdown is on the way" (a modal of the copula first: "would be likely" is no likelier)
        said = [c for c in head.children if c.dep_ == "acomp" and _cue(c.lower_, "future")]
        if said or any(c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "way" for o in c.children) for c in head.children):
            up = verb_status(head)
            return up if up in ("hypothetical", "negated") else "hypothetical" if said and said[0].lower_ in MAYBE else "intended"
    if tok.dep_ == "nsubjpass" and head.lemma_ == "expect" and not any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return "intended"  # "further arrests are expected" (not "the meeting was expected to last an hour")
    if tok.dep_ in ("xcomp", "ccomp") and head != tok:
        return verb_status(tok)  # a noun-tagged verb: "did not persuade them to sanction Russia"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return _misread_infinitive(tok)
    if tok.dep_ == "pobj" and head.head.lower_ in ("ahead", "toward", "towards"):
        return "intended"
    if tok.dep_ == "pobj" and head.lower_ == "of" and _cue(head.head.lemma_.lower(), "lack"):
        return "negated"  # "the lack of a concession from Trump", "the absence of talks"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and _cue(head.head.lemma_.lower(), "container"):
        box = head.head  # "the next round of arrests may include ...": the round's status, a modal first
        up = verb_status(box.head) if box.dep_ in SUBJ and box.head.pos_ in ("VERB", "AUX") else "occurred"
        return "hypothetical" if up == "hypothetical" else noun_status(box)
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "NOUN"):
        verb = head.head
        vlemma = verb.lemma_.lower()
        if _cue(vlemma, "proposal"):
            return "hypothetical"  # "a bill proposed for the ban", "a motion for the expulsion"
        if verb.pos_ != "VERB":  # "plans for talks", "calls for a strike"
            return "hypothetical" if _cue(vlemma, "hypo") else "intended" if _cue(vlemma, "intend") else "occurred"
        if _cue(vlemma, "hypo") or _cue(vlemma, "intend"):
            return "hypothetical" if _cue(vlemma, "hypo") else "intended"
        if _serves_penalty(verb):
            return "occurred"  # "to serve a life sentence for aggravated assault": the crime was done
        return verb_status(verb)
    if tok.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and (
            head.lower_ == "under" and head.head.lemma_.lower() in UNDER_STATE or head.dep_ == "agent"):
        # "would be under investigation", "could be crippled by an indictment": as its clause is
        verb = head.head.head if head.head.dep_ == "acomp" else head.head
        up = verb_status(verb)
        return up if up in ("intended", "hypothetical") else "occurred"
    if tok.dep_ == "pobj" and head.lower_ == "to" and _exposed_to(head.head):
        up = verb_status(head.head.head)  # "could be subject to a fine": only possible; "are not liable to arrest"
        return up if up in ("intended", "hypothetical", "negated") else "occurred"
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" and any(
            c.lower_ == "up" and c.i == head.i - 1 for c in head.head.children):
        up = verb_status(head.head)  # "could receive up to a life sentence": only possible
        return up if up in ("intended", "hypothetical", "negated") else "occurred"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and (_cue(c.lemma_.lower(), "planner") or _cue(c.lemma_.lower(), "intend")) and any(
            p.dep_ == "prep" and p.lower_ in ("for", "on") for p in c.children) for c in tok.children):
        return "intended"  # "an arraignment set for Feb. 17", "talks scheduled for next week"
    if tok.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.pos_ == "VERB" and _cue(head.head.lemma_.lower(), "bring"):
        return verb_status(head.head)  # "the probe had not led to charges": none were brought
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB" and (
        head.lower_ in ("into", "in") or (head.lower_ in ("to", "with") and _cue(head.head.lemma_.lower(), "undergo"))
    ):
        up = verb_status(head.head)  # "agreed to enter into negotiations"; "not hurt in the attack" still was
        return up if up in ("intended", "hypothetical") else "occurred"
    if tok.dep_ == "attr" and head.lemma_.lower() == "be":
        # "this will be the first meeting between them", "it would be an attack on our sovereignty": what the
        # copula says of the act; "it was not the first attack" still tells one
        up = verb_status(head)
        return up if up in ("intended", "hypothetical") else "occurred"
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        up = verb_status(head)
        if tok.dep_ != "nsubj":
            if _cue(lemma, "negate") and lemma != "deny" or _called_off(head):
                if ANSWERED_ROOTS & nominal_roots().get(tok.lemma_.lower(), frozenset()):
                    return up  # "rejected requests for leniency", "refused their demands": they were made
                return "occurred" if up == "negated" and _cue(lemma, "unitive") else "negated"
            if _cue(lemma, "planner") or _cue(lemma, "desire") and tok.dep_ == "dobj":  # "planned talks", "arranged a
                return "intended" if up == "occurred" else up  # meeting", "wants an inquiry": not held yet
            if lemma == "announce" and PROTEST_ROOT in nominal_roots().get(tok.lemma_.lower(), ()):
                return "intended" if up == "occurred" else up  # "students announced new rallies": to be held
            if _cue(lemma, "hypo") and not _naming(head):
                return "hypothetical"
            if up == "intended" and not _cue(lemma, "light") and _definite(tok):
                return "occurred"  # "came to monitor the demonstrations", "to complete its review": it is going on
            if up == "negated" and _definite(tok) and (_cue(lemma, "reaction") or (
                    (r := match(head)) is not None and r.cameo[:2] in REACTION_ROOTS)):
                return "occurred"  # "did not condemn the attack", "didn't regret the four murders": they took place
        elif up == "negated" and not _cue(lemma, "happen"):
            # "the protests did not persuade them", "the inquiry found no wrongdoing", "the attack killed no
            # one": they took place
            return "occurred"
        elif up == "hypothetical" and not _cue(lemma, "happen") and _definite(tok):
            # "whether the current protests can turn into an uprising", "the meeting might have been less awkward":
            # the act named as known took place; the modal tells only what is said of it
            return "occurred"
        return up
    return "occurred"


def _up_to(noun: Token) -> bool:
    """ "up to" an amount told with a penalty noun, in its phrase: "fines of up to $44,000", "up to 12 months
    imprisonment", "a prison term of up to ten years"."""
    doc = noun.doc
    for t in (noun, noun.head) if noun.dep_ == "conj" else (noun,):  # (or the amount it is joined to)
        lo, hi = max(t.left_edge.i, t.i - 6), min(t.right_edge.i + 1, t.i + 7)
        if any(doc[i].lower_ == "up" and doc[i + 1].lower_ == "to" for i in range(lo, hi - 1)):
            return True
    return False


def _definite(noun: Token) -> bool:
    """A noun named as known: "the", "this", "these", "that", "those" or a possessive ("its review")."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in noun.children)


# ---------------------------------------------------------------- arguments


def noun_owners(tok: Token, index: ActorIndex, fld: str, possessor: bool = True) -> list[str]:
    """Who a nominal act is by: its possessor or actor modifiers ("Russia's expulsion", "police
    firing", "the Russian offensive", "its offensive"), its "by" phrase, or a participle's agent
    ("the attack, conducted by X")."""
    out: list[str] = []
    recipient = _misparsed_recipient(tok)
    venues = {v.i for v in _venues(tok)}
    for c in tok.children:
        if recipient is not None and c.i == recipient.i or c.i in venues or opposed_act(c) == tok:
            continue  # "promised Kenya new loans": Kenya receives them; "school shootings" are not the school's;
            # "anti-government protests" are against it
        if (c.dep_ == "poss" and possessor) or (c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i):
            # (and the modifiers coordinated with it: "Iranian and Russian interference" is both countries')
            # (and what speaks for its owner: "the Biden campaign's pledge" is Biden's; cues.tsv voice)
            out += [a for m in (c, *(k for k in c.conjuncts if k.i < tok.i))
                    if index.at(m, fld) or c.dep_ == "poss" and _cue(m.lemma_.lower(), "voice")
                    for a in index.actors(m, fld) if a not in out]
            if c.dep_ == "compound":  # "a US counter-terrorism operation"
                out += [a for g in c.children if g.dep_ in ("nmod", "compound", "amod") and g.i < c.i
                        for a in index.actors(g, fld) if index.at(g, fld) and a not in out]
        if (lead := led_by(c)) is not None and index.at(lead, fld):  # "the Russian-backed offensive"
            out += [a for a in index.actors(lead, fld) if a not in out]
        if c.dep_ == "prep" and c.lower_ == "by":
            out += [a for p in c.children if p.dep_ == "pobj" for o in expand(p) for a in index.actors(o, fld)]
        if c.dep_ == "acl" and c.tag_ == "VBN" and (match(c) is None or _cue(c.lemma_.lower(), "light")):
            # "the attack, conducted by X", "a lawsuit filed by X", "sanctions imposed by X"; but
            # "the attack, condemned by X" is X's judgement, not X's attack
            out += [a for o in agent(c) for a in index.actors(o, fld)]
    if (not out and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and (verb := tok.head.head).pos_ == "VERB"
            and (VIOLENT_ROOTS | {"17"}) & nominal_roots().get(tok.lemma_.lower(), frozenset())
            and (_cue(verb.lemma_.lower(), "harmed") or (r := match(verb)) is not None and r.cameo[:2] in VIOLENT_ROOTS)):
        # "security forces killed two militants in a raid", "were shot dead by Israeli troops during a raid": who
        # killed them in it carried it out (not "during a demonstration")
        if passive(verb):
            out += [a for o in agent(verb) for a in index.actors(o, fld)]
        elif any(c.dep_ == "dobj" for c in verb.children):
            out += [a for c in verb.children if c.dep_ in SUBJ for o in expand(c) for a in index.actors(o, fld)]
    if not out:  # "an ambush blamed on separatists", "attacks attributed to the group": who is held to have done it
        out += [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and _cue(c.lemma_.lower(), "imputed")
                for o in prep_target(c, False, ("on", "to")) for a in index.actors(o, fld)]
    if not out and (verb := _undergoing_verb(tok)) is not None:
        # "Turkey has suffered a series of bombings by Kurdish militants": the parser hangs the "by" on the verb
        out += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj" for o in expand(p) for a in index.actors(o, fld)]
    return out


def _venues(tok: Token) -> list[Token]:
    """The site compounded before a violent act noun, where it was done (sites.tsv): "school shootings", "a
    mosque attack", "the church bombing" (the site did not do it)."""
    if not (VIOLENT_ROOTS | {"17"}) & nominal_roots().get(tok.lemma_.lower(), frozenset()):
        return []
    return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in actor_lexicon.site_nouns()]


def _undergoing_verb(tok: Token) -> Token | None:
    """The active verb of undergoing a nominal act is the object of: "has faced attacks", "suffered a
    series of bombings" (cues.tsv undergo, container)."""
    while tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" and _cue(tok.head.head.lemma_.lower(), "container"):
        tok = tok.head.head
    verb = tok.head
    return verb if tok.dep_ == "dobj" and verb.pos_ == "VERB" and not passive(verb) and _cue(verb.lemma_.lower(), "undergo") else None


def _misparsed_recipient(noun: Token) -> Token | None:
    """The indirect object the parser reads as a modifier of the direct one: "offered Turkey billions
    in aid", "promised Kenya new loans" (a proper noun right after a verb of giving, modifying its
    object: cues.tsv ditransitive)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not _cue(verb.lemma_.lower(), "ditransitive"):
        return None
    if any(c.dep_ in ("dative", "dobj") and c.i != noun.i for c in verb.children):
        return None
    first = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if first is None or first.lower_ in PARTICLES:
        return None
    return first if (first.head.i == noun.i and first.dep_ in ("compound", "nmod") and first.pos_ == "PROPN") else None


def _object_owners(noun: Token, index: ActorIndex, fld: str) -> list[str]:
    """Whose a thing acted on is, when it is no actor itself: its named possessor ("the state's
    reliance", "the minister's speech"), or the "by" phrase of the act it names ("the delivery of
    the address by the chief executive"). A possessive pronoun is mostly the doer's own ("extended
    its order", "cancelled its own tournament"), so it names no target here. A thing of a thing is
    its owner's ("praised the quality of Angela Merkel's work"). A licence or passport (cues.tsv papers) is its holder's,
    and courage or conduct (merit) its bearer's, named by its "of" phrase or a possessive pronoun too."""
    out: list[str] = []
    # "revoked the licence of the doctor", "seized their passports", "praised the courage of Ukrainian soldiers"
    papers = _cue(noun.lemma_.lower(), "papers") or _cue(noun.lemma_.lower(), "merit")
    for c in noun.children:
        if c.dep_ == "poss" and (c.tag_ != "PRP$" or papers) and not any(d.lower_ == "own" for d in noun.children):
            out += index.actors(c, fld)
        if papers and c.dep_ == "prep" and c.lower_ == "of":
            out += [a for p in c.children if p.dep_ == "pobj" for o in expand(p) for a in index.actors(o, fld)]
        if c.dep_ == "prep" and c.lower_ == "by":
            out += [a for p in c.children if p.dep_ == "pobj" for o in expand(p) for a in index.actors(o, fld)]
    if not out and not index.actors(noun, fld):
        out = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and p.pos_ == "NOUN" and not index.at(p, fld)
               for g in p.children if g.dep_ == "poss" and g.tag_ != "PRP$" for a in index.actors(g, fld)]
    return out


def _holders(place: Token, index: ActorIndex, fld: str) -> list[str]:
    """Who holds a place named "rebel-held", "Russian-occupied", or "held", "manned" by someone ("a checkpoint
    manned by Afghan soldiers"), or "belonging to" someone (resources/actors/held.tsv)."""
    preps = actor_lexicon.holder_preps()
    return [a for c in place.children if (w := held_by(c)) is not None for a in index.actors(w, fld)] or [
        a for c in place.children if c.dep_ == "acl" and (by := preps.get(c.lemma_.lower()) or preps.get(c.lower_))
        for t in (agent(c) if by == "by" and c.tag_ == "VBN" else
                  [o for p in c.children if p.dep_ == "prep" and p.lower_ == by for q in p.children if q.dep_ == "pobj"
                   for o in expand(q)])
        for a in index.actors(t, fld)]


def _possessed(tok: Token, index: ActorIndex, fld: str) -> list[str]:
    return [a for c in tok.children if c.dep_ == "poss" for a in index.actors(c, fld)]


def _gap_clause(noun: Token) -> Token | None:
    """The relative clause whose verb has a noun as its missing object: "the insults you have
    received", "the abuse that she suffered" (a clause with an object of its own says something else)."""
    for c in noun.children:
        if (c.dep_ == "relcl" and not passive(c)
                and any(k.dep_ == "nsubj" and k.lower_ not in RELATIVE for k in c.children)
                and all(k.lower_ in RELATIVE for k in c.children if k.dep_ == "dobj")):
            return c
    return None


def _exposed_to(adj: Token) -> bool:
    """An adjective of undergoing completing a copula: "is subject to", "would be liable to"."""
    return (adj.pos_ == "ADJ" and adj.dep_ == "acomp" and _cue(adj.lemma_.lower(), "undergo")
            and adj.head.pos_ in ("VERB", "AUX"))


def _undergone_by(tok: Token) -> list[Token]:
    """Who undergoes the act a noun names, from the verb it is the object of: "Tunisia is facing
    attacks", "Cohen is serving a prison sentence", "they are subjected to a fine", "could be
    issued with a penalty notice", the state it is "under" ("X is under investigation", "came
    under scrutiny"), or the copula it completes: "X was the target of an attack";
    who answers an accusation is its target: "X denied the allegations", "X responded to criticism".
    A later conjunct is undergone as the first is: "has faced abuse and threats"."""
    while tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_ in UNDER_STATE:
        # "Weiner is under investigation", "came under scrutiny", "remains under house arrest": its subject
        return verb_subject(verb.head)
    if _cue(tok.lemma_.lower(), "tried_for") and tok.dep_ == "pobj" and verb.lower_ == "on" and verb.head.pos_ in ("VERB", "AUX"):
        # "went on trial", "is on trial" (its subject); "put him on trial" (its object)
        return verb_object(verb.head) if verb.head.lemma_.lower() == "put" else verb_subject(verb.head)
    if _cue(tok.lemma_.lower(), "tried_for") and tok.dep_ == "dobj" and verb.lemma_.lower() in TRIAL_UNDERGONE:
        return verb_subject(verb)  # "stood trial", "awaits trial", "began his retrial"
    if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent" and passive(verb.head) and _cue(verb.head.lemma_.lower(), "undergo"):
        return verb_object(verb.head)  # "Russia has been hit by Western sanctions": what is hit undergoes them
    if tok.dep_ == "pobj" and verb.lower_ == "of" and _cue(verb.head.lemma_.lower(), "container") and verb.head.dep_ == "dobj":
        tok, verb = verb.head, verb.head.head  # "Turkey has suffered a series of bombings": the series is undergone
    if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "attr" and _cue(verb.head.lemma_.lower(), "undergone"):
        # "Mahan Air has been the subject of US sanctions": the copula's subject
        return [t for c in verb.head.head.children if c.dep_ in SUBJ for t in expand(c)]
    if tok.dep_ == "pobj" and verb.lower_ == "to" and _exposed_to(verb.head):
        # "violators could be subject to a fine", "are liable to prosecution": the copula's subject
        return [t for c in verb.head.head.children if c.dep_ in SUBJ for t in expand(c)]
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "with"):
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lower_ != "with" and _cue(verb.lemma_.lower(), "rebut") and not passive(verb):
            return verb_subject(verb)  # "Bloomberg responded to the allegations"
        if not (passive(verb) and _cue(verb.lemma_.lower(), "undergo")):
            return []
        return verb_object(verb)
    if tok.dep_ == "dobj" and passive(verb) and _cue(verb.lemma_.lower(), "given"):
        return verb_object(verb)  # "Nichols was given two life sentences", "was granted asylum"
    if (gap := _gap_clause(tok)) is not None and (_cue(gap.lemma_.lower(), "undergo") or _cue(gap.lemma_.lower(), "suffer")):
        return verb_subject(gap)  # "the attacks the village endured", "the sanctions Iran faces"
    # (answering makes one the target of what is said against one: demands, accusations, threats;
    # "the Palestinians rejected the deal" are no party to a deal done to them)
    answered = _cue(verb.lemma_.lower(), "rebut") and (bool(ANSWERED_ROOTS & nominal_roots().get(tok.lemma_.lower(), frozenset()))
                                                       or _cue(tok.lemma_.lower(), "content"))  # "denied charges of assault"
    if answered and any(_cue(w.lemma_.lower(), "adjudicator") for t in verb_subject(verb) for w in (t, *t.children)
                        if w is t or w.dep_ == "compound"):
        return []  # "Judge Marrero dismissed the president's lawsuit": a court rules on it, it is not aimed at the court
    if tok.dep_ != "dobj" or not (_cue(verb.lemma_.lower(), "undergo") or answered):
        return []
    return verb_subject(verb)  # "Tunisia is facing attacks", "he denied the allegations"


def _harmed(tok: Token) -> list[Token]:
    """Who suffered the act a noun names, from the verb it hangs on: "five civilians died in the
    attack", "three were wounded in the shelling", "she died from a gunshot wound", "five people were injured after
    a shooting"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "by", "from", "after", "following") or tok.head.head.pos_ != "VERB":
        return []
    verb = tok.head.head
    if not (_cue(verb.lemma_.lower(), "harmed") or _hospitalized(verb)):
        return []
    if not (VIOLENT_ROOTS | {"17"}) & nominal_roots().get(tok.lemma_.lower(), frozenset()):
        return []  # "killed a security officer during protests": the protests were not aimed at him
    if passive(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return verb_object(verb)  # "security forces killed two militants in a raid": the militants, not the forces
    return [t for c in verb.children if c.dep_ in SUBJ for t in expand(c)]


def _hospitalized(verb: Token) -> bool:
    """A verb putting someone in medical care: "was rushed to a hospital", "was treated at a clinic",
    "paramedics took him to hospital", "was hospitalized" (cues.tsv care_place)."""
    if not (passive(verb) or any(c.dep_ == "dobj" for c in verb.children)):
        return False  # "police went to the hospital": no one was taken there
    return _cue(verb.lemma_.lower(), "care_place") or any(
        c.dep_ == "prep" and c.lower_ in ("to", "at", "in", "into") and any(o.dep_ == "pobj" and _cue(o.lemma_.lower(), "care_place") for o in c.children)
        for c in verb.children)


def _left_harmed(verb: Token) -> bool:
    """A verb of leaving someone harmed (cues.tsv result, harm_state): "left 20 people dead", "left two soldiers
    wounded", "left 50 people with serious injuries" (a harm suffered, cues.tsv outcome, in its "with" phrase)."""
    if not _cue(verb.lemma_.lower(), "result"):
        return False
    return any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and _cue(c.lower_, "harm_state") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and _cue(o.lemma_.lower(), "outcome") for o in c.children)
        for k in (verb, *verb_object(verb)) for c in k.children)


REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})  # "blew himself up": no one else is the object
AIMED = ("at", "on", "upon", "against")  # the prepositions naming whom force is aimed at ("opened fire on")


def _party_word(tok: Token) -> bool:
    """A word that may name a party, before actors are linked: a name, or a noun of sectors.tsv
    ("demonstrators", "police"), not a place or a thing ("at a checkpoint")."""
    return tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or actor_lexicon.is_sector_term(tok.text)


def _clause_targets(noun: Token) -> list[Token]:
    """Who an act's own clause says it hit or was aimed at: "the airstrike that killed
    Soleimani", "an attack killing three soldiers", "missiles targeting US troops", "raids aimed
    at militants", "the strike targeted a commander"."""
    verb = noun.head
    if "13" in nominal_roots().get(noun.lemma_.lower(), frozenset()):
        # "his threat to ban Muslims", "threats to kill the judge": whom the act threatened is done to
        # (the parser may hang the clause right after the noun on the noun's verb: "criticised his threat to ban X")
        after = [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
        for c in [*noun.children, *after]:
            if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB" and to_infinitive(c) and (
                    found := verb_object(c) or prep_target(c, preps=("against", "on", "at"))):
                return found
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and (_cue(verb.lemma_.lower(), "aim") or _cue(verb.lemma_.lower(), "harmed")
                                                        or _cue(verb.lemma_.lower(), "restrain")):
        # "the strike targeted a Hezbollah commander", "the attack killed five soldiers", "the ban
        # prevents groups of people from meeting"
        return verb_object(verb)
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and _left_harmed(verb):
        return verb_object(verb)  # "the blast left 20 people dead", "the assault left two soldiers wounded"
    if (noun.dep_ == "nsubjpass" and verb.pos_ == "VERB" and VIOLENT_ROOTS & nominal_roots().get(noun.lemma_.lower(), frozenset())
            and (found := prep_target(verb, preps=("at", "into", "against", "on", "toward", "towards")))):
        return found  # "a car bomb was rammed into a military base", "rockets were fired at Israel"
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        # "the bombing was reported to have killed a journalist", "the strike appears to have hit X"
        for c in verb.children:
            if c.dep_ == "xcomp" and (_cue(c.lemma_.lower(), "harmed") or _cue(c.lemma_.lower(), "aim")) and (found := verb_object(c)):
                return found
    if verb.pos_ == "VERB" and (noun.dep_ == "nsubj" or noun.dep_ == "dobj" and _cue(verb.lemma_.lower(), "light")
                                and not any(_party_word(t) for t in prep_target(noun, preps=AIMED) + prep_target(verb, preps=AIMED))):
        # "an airstrike hit a market, killing 15 people", "X carried out an airstrike, killing Y" (but "opened fire
        # on demonstrators, killing five" was aimed at the demonstrators, of whom five died)
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and _cue(c.lemma_.lower(), "harmed") and not any(s.dep_ in SUBJ for s in c.children):
                return verb_object(c)
    for c in noun.children:  # "the criticism that Comey levelled at Clinton", "the sanctions it imposed on Iran"
        if (c.dep_ == "relcl" and not passive(c) and _cue(c.lemma_.lower(), "doer_active")
                and (found := prep_target(c, preps=("at", "against", "on", "upon")))):
            return found
    for c in noun.children:
        if not (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                or c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE for s in c.children)):
            continue
        lemma = c.lemma_.lower()
        if _cue(lemma, "aim"):  # ("shots meant for rival gang members")
            return prep_target(c, preps=("at", "against", "on", "for")) if c.tag_ == "VBN" else verb_object(c)
        if c.dep_ == "relcl" and _left_harmed(c):
            return verb_object(c)  # "the attack that left 50 people with serious injuries"
        if (_cue(lemma, "harmed") or _cue(lemma, "restrain")) and c.tag_ != "VBN":
            return verb_object(c)  # "an order requiring residents to stay home"
    return []


def _suit_aims(suit: Token, index: ActorIndex, fld: str) -> list[str]:
    """Whom a lawsuit or complaint goes after, told by the clause on it that says what it seeks: "a
    lawsuit challenging Pennsylvania's voting rules", "a suit seeking to block Michigan from
    certifying", "a complaint accusing the police of torture", "a lawsuit that sought to remove the governor"."""
    out: list[str] = []
    for c in suit.children:
        if c.i < suit.i or c.pos_ != "VERB" or not (
                c.dep_ == "acl" and c.tag_ == "VBG" or c.dep_ == "relcl" and any(
                    s.dep_ == "nsubj" and s.lower_ in RELATIVE for s in c.children)):
            continue
        verb = c
        while not verb_object(verb) and (
                step := next((k for k in verb.children if k.dep_ == "xcomp" and to_infinitive(k)), None)):
            verb = step  # "seeking to block", "attempting to prevent", "tried to overturn"
        for o in verb_object(verb):
            out += index.actors(o, fld) or (_object_owners(o, index, fld) if o.pos_ == "NOUN" else [])
    return out


def _said_done_by(tok: Token) -> list[Token]:
    """Who a clause about an act says did it: "the attack was carried out by X", "was claimed by
    X", "an attack blamed on X", "died in the attack, reportedly conducted by X", "the attacks
    that X took part in"."""
    def doer(verb: Token) -> list[Token]:
        lemma = verb.lemma_.lower()
        if _cue(lemma, "light") or _cue(lemma, "doer"):
            return agent(verb) or (prep_target(verb, preps=("on", "to")) if _cue(lemma, "doer") else [])
        return []
    head = tok.head
    if tok.dep_ == "nsubjpass" and head.pos_ == "VERB":
        return doer(head)
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and (found := doer(c)):
            return found
        if c.dep_ == "relcl" and passive(c) and not _cue(c.lemma_.lower(), "directive") and (found := doer(c)):
            return found  # "the attack, which was claimed by X" (not "the strike, which was approved by X": one
            # who orders or approves an act is not its doer)
        if c.dep_ == "relcl" and not passive(c) and (_cue(c.lemma_.lower(), "doer_active") or any(
                _cue(f"{c.lemma_.lower()} {d.lower_}", "doer_active") for d in c.children if d.dep_ == "dobj")):
            # "the attacks that Soleimani took part in", "the raids he ordered"
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]
            if subj:
                return expand(subj[0])
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB":
        for c in head.head.children:
            if c.dep_ == "advcl" and c.tag_ == "VBN" and (found := doer(c)):
                return found
    return []


def _content_clause(c: Token) -> bool:
    """A clause telling what an accusation says: "allegations that he took bribes", or with no
    "that" ("an allegation he assaulted her"), which the parser reads as a relative clause: one
    with a subject of its own and an object of its own is no relative clause ("the allegations
    he denied" lacks its object)."""
    if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children):
        return True
    kids = list(c.children)
    return (c.dep_ in ("relcl", "acl") and any(k.dep_ == "nsubj" and k.lower_ not in RELATIVE for k in kids)
            and any(k.dep_ == "dobj" and k.lower_ not in RELATIVE for k in kids))


def _questioned(noun: Token) -> list[Token]:
    """The subject of the clause a noun's phrase asks about: "an investigation into whether she
    mishandled ...", "concerns about how he ran the agency"."""
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("into", "about", "over", "on", "of")
            for k in c.children if k.dep_ == "pcomp" and k.pos_ in ("VERB", "AUX")
            and any(m.lower_ in ("whether", "if", "how", "why") for m in k.children if m.dep_ in ("mark", "advmod"))
            for s in k.children if s.dep_ in SUBJ | PASS_SUBJ for t in expand(s)]


def _each_other(tok: Token) -> bool:
    """Is the verb's object "each other" / "one another", or the act one its parties do together ("joint
    exercises", cues.tsv jointly)?"""
    return any(c.dep_ == "amod" and _cue(c.lemma_.lower(), "jointly") for c in tok.children) or any(c.dep_ in ("dobj", "pobj", "prep") and (c.lower_ == "other" and any(d.lower_ == "each" for d in c.children)
               or c.lower_ == "another" and any(d.lower_ == "one" for d in c.children)
               or any(o.dep_ == "pobj" and o.lower_ in ("other", "another") for o in c.children))
               for c in tok.children)


def _under(tok: Token) -> Token | None:
    """The verb that puts its object under the act a noun names: "placed the city under lockdown",
    "put him under house arrest", "was placed under arrest by police"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_ not in UNDER_STATE:
        return tok.head.head  # (not "came under investigation", "remains under arrest": _undergone_by)
    return None


def _pursued_by(tok: Token) -> Token | None:
    """The verb whose "with" phrase is an act its subject carries out or on: "proceeded with the deportations",
    "went ahead with the strike", "is moving forward with an inquiry" (cues.tsv pursue, pursue_ahead)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or (verb := tok.head.head).pos_ != "VERB" or passive(verb):
        return None
    lemma = verb.lemma_.lower()
    if _cue(lemma, "pursue") or _cue(lemma, "pursue_ahead") and any(
            c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "forward", "on") for c in verb.children):
        return verb
    return None


def _light_object(tok: Token) -> Token | None:
    """The object a light verb takes for a nominal act: the act itself ("imposed sanctions"), or
    the noun whose "of" phrase it is when that noun names no act ("passed two articles of
    impeachment", "filed three counts of fraud"), or a sum of money given in it ("pledged $2 billion in aid")."""
    if tok.dep_ == "dobj":
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" and match(tok.head.head) is None \
            and not _cue(tok.head.head.lemma_.lower(), "tally") and not _cue(tok.head.head.lemma_.lower(), "record"):
        return tok.head.head  # (who "put the death toll of the shelling at 40" counts it; who "sent a video of the
        # shooting" shows it)
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if amount is not None and amount.dep_ == "dobj" and (amount.ent_type_ == "MONEY" or amount.lower_ in ("$", "€", "£")):
        return amount  # "announced $2 billion in military aid": the sum given is the aid
    return None


def _outcome_noun(tok: Token) -> Token | None:
    """The death or injury a harm word tells the manner of: "the shooting death of X" (and the parser's
    verb "shooting" with "death" its object, after a date: "the June 2011 shooting death of a nurse")."""
    noun = tok.head if tok.dep_ in ("amod", "compound") else next(
        (c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1), None)
    # (a death told as an act itself, "the stabbing death of a teen" (triggers.tsv), is that act's own)
    return noun if noun is not None and noun.pos_ == "NOUN" and _cue(noun.lemma_.lower(), "outcome") \
        and match(noun) is None else None


def _light_modifier(tok: Token) -> Token | None:
    """A light verb the parser hung on its object noun as a modifier though it has a subject of its own ("Obama
    and Trump held talks on Thursday": "held" an amod of "talks", the root): the verb lending its subject."""
    return next((c for c in tok.children if c.dep_ == "amod" and c.pos_ == "VERB" and c.i < tok.i
                 and _cue(c.lemma_.lower(), "light") and any(k.dep_ == "nsubj" for k in c.children)), None)


IN_ACT_PREPS = ("at", "against", "over", "to", "for", "with")  # "in protest at X", "in retaliation for X's attack"


def _charged_by(tok: Token, index: ActorIndex, fld: str) -> list[str]:
    """"allegations of torture by the police", "accusations of fraud by officials": after the act an
    accusation names (a common noun that is no actor), a "by" phrase (the act's, or the accusation's where
    the parser hangs it there) names who did the act, the accused, not the accuser (cues.tsv content)."""
    if not _cue(tok.lower_, "content"):
        return []
    preps = [c for c in tok.children if c.dep_ == "prep"]
    act = next((p for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                and not index.actors(p, fld)), None)
    if act is None:
        return []
    return [a for c in (*preps, *act.children) if c.dep_ == "prep" and c.lower_ == "by" and c.i > act.i
            for p in c.children if p.dep_ == "pobj" for t in expand(p) for a in index.actors(t, fld)]


def noun_arguments(tok: Token, index: ActorIndex, fld: str, cooperative: bool = False) -> tuple[list[str | None], list[str | None], list[Token]]:
    """Sources and targets of a nominal trigger; the light verb lending its subject, if any. The
    possessor of an act done to someone is its target ("Khashoggi's killing", "his arrest"); the
    "of" phrase of a demand or offer is who makes it ("the demands of the protesters")."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and _cue(tok.head.lemma_.lower(), "bundle") \
            and not any(c.dep_ in ("prep", "poss") for c in tok.children):
        # "announced a military aid package for Ukraine", "Washington's aid shipment": the act named as what it
        # comes in, whose own phrases and verb tell who gives it to whom
        return noun_arguments(tok.head, index, fld, cooperative)
    lemma = tok.lemma_.lower()
    if _cue(tok.lower_, "complement") and _cue(tok.head.lemma_.lower(), "holder") and tok.head.pos_ == "VERB":
        # "took 20 tourists hostage", "held dozens of people hostage": the taker does it to the taken
        verb = tok.head
        taken = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i for t in expand(c)] or \
                [t for c in tok.children if c.dep_ in ("compound", "nsubj") for t in expand(c)] or \
                ([tok] if tok.dep_ == "dobj" else [])  # "is holding 100 Israeli hostages": the hostages themselves
        # (the parser's small clause "held [dozens of people hostage]": its subject is the taken)
        return ([a for t in verb_subject(verb) for a in index.actors(t, fld)],
                [a for t in taken for a in index.actors(t, fld)], [])
    if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
            and (backed := [a for t in prep_target(tok, cooperative, ("of",)) for a in index.actors(t, fld)])):
        # "sent troops to Syria in support of Assad", "rallied in defence of the president": how the verb's
        # subject acted, towards the "of" phrase
        return [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld) if a not in backed], backed, []
    if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" and _cue(lemma, "in_act")
            and not any(c.dep_ == "prep" for c in tok.children)):
        # "resigned in protest at Johnson's Brexit deal", "in retaliation for Iran's attack", "in solidarity with
        # the strikers": the parser hangs the act's own preposition on the verb; whoever it names, or whose act
        # it names, is the act's target, and the verb's subject its doer
        verb = tok.head.head
        aimed = [a for c in verb.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in IN_ACT_PREPS
                 for o in c.children if o.dep_ == "pobj" for a in (index.actors(o, fld) or noun_owners(o, index, fld))]
        if aimed:
            return [a for t in verb_subject(verb) for a in index.actors(t, fld) if a not in aimed], aimed, []
    # "Khashoggi's killing": the possessor undergoes it; "the United States' killing of Soleimani": it does it
    # (an "of" phrase naming anyone, actor or not, makes the possessor the doer: "China's detention of Uyghurs")
    patient = _cue(lemma, "patient_poss") and not any(index.actors(t, fld) or t.pos_ in ("NOUN", "PROPN")
                                                      for t in prep_target(tok, cooperative, ("of",)))
    sources: list[str | None] = list(noun_owners(tok, index, fld, possessor=not patient))
    victims: list[str | None] = []
    if _cue(lemma, "outcome"):  # "civilian deaths", "Palestinian casualties": its modifiers suffered it
        victims, sources = sources, []
    elif _cue(tok.lower_, "complement") and (held := set(index.actors(tok, fld)) & set(sources)):
        # "Israeli hostages": the modifier names the hostages themselves (one actor with the noun), who were taken
        victims, sources = [a for a in sources if a in held], [a for a in sources if a not in held]
    # "the Clinton email probe", "the Russia inquiry": the person or country it looks into
    # (an investigator by office leads it: "the Mueller investigation", a special counsel's)
    looked_into = [a for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and index.at(c, fld)
                   for a in index.actors(c, fld) if (index.by_id[a].kind in ("person", "country") or c.ent_type_ in ("PERSON", "GPE"))
                   and not set(index.by_id[a].sectors or []) & INVESTIGATORS] if _cue(lemma, "subject_mod") else []
    sources = [a for a in sources if a not in looked_into]
    charged = _charged_by(tok, index, fld)
    sources = [a for a in sources if a not in charged]
    if not sources and _cue(lemma, "of_agent"):
        sources = [a for t in prep_target(tok, cooperative, ("of",)) for a in index.actors(t, fld)]
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "responsibility" \
            and not _owns_up_or_denies(tok.head.head.head):
        # "Hezbollah claimed responsibility for the attack": the claimer did it (not "denied responsibility for",
        # nor "accepted responsibility for the murder": a concession of its own)
        sources = [a for t in verb_subject(tok.head.head.head) for a in index.actors(t, fld)]
    if not sources:  # (what it is said to be done by: "donations from Spain are held by the FDA" are Spain's)
        sources = [a for t in prep_target(tok, cooperative, ("from",)) for a in index.actors(t, fld)] or [
            a for t in _said_done_by(tok) for a in index.actors(t, fld)]
    if not sources and not charged:  # "the arrest of the opposition leader by police": the parser hangs the "by" on the "of" phrase
        sources = [a for t in prep_target(tok, cooperative, ("of",)) for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
                   for p in c.children if p.dep_ == "pobj" and p.tag_ != "VBG" for o in expand(p) for a in index.actors(o, fld)]
    if not sources and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not passive(tok.head):
        # "evidence supported his murder inside the consulate by Saudi agents": the parser hangs the
        # act's "by" phrase on the verb; an active verb has no agent of its own
        sources = [a for c in tok.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > tok.i
                   for p in c.children if p.dep_ == "pobj" and p.tag_ != "VBG" for o in expand(p) for a in index.actors(o, fld)]
    if not sources and _cue(lemma, "content"):
        # "denied allegations of corruption from opposition lawmakers", "addressed the allegations of assault
        # from a former staffer": the parser hangs the accusation's "from" phrase on its "of" phrase, or on
        # the verb answering it
        hosts = prep_target(tok, cooperative, ("of",))[:1]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _cue(tok.head.lemma_.lower(), "rebut"):
            hosts.append(tok.head)
        sources = [a for h in hosts for t in prep_target(h, cooperative, ("from",)) if t.i > tok.i
                   for a in index.actors(t, fld)]
    if (not sources and tok.dep_ == "dobj" and (_cue(lemma, "reciprocal") or _cue(lemma, "mutual")) and prep_target(tok, cooperative, ("with",))
            and (_cue(tok.head.lemma_.lower(), "suffer") or _cue(tok.head.lemma_.lower(), "undergo"))):
        # "Ryan has endured spats with Trump": who has a quarrel with someone is a party to it, not its victim
        sources = [a for t in verb_subject(tok.head) for a in index.actors(t, fld)]
    if not sources and (putter := _under(tok)) is not None:  # "placed the city under lockdown"
        sources = [a for t in verb_subject(putter) for a in index.actors(t, fld)]
    if not sources and (goer := _pursued_by(tok)) is not None:  # "the union went ahead with the strike"
        sources = [a for t in verb_subject(goer) for a in index.actors(t, fld)]
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and _cue(tok.head.head.lemma_.lower(), "organizer"):
        # "organisers of the rally urged ...", "the ringleaders of the riot were arrested": they held it
        sources = index.actors(tok.head.head, fld)
    spell = tok.head.head if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
        _cue(tok.head.head.lemma_.lower(), "container") or tok.head.head.ent_type_ in ("DATE", "TIME"))) else tok
    if (not sources and spell.dep_ == "pobj" and spell.head.lower_ in ("after", "following", "during", "amid")
            and _cue(lemma, "reciprocal") and prep_target(tok, cooperative, ("with",)) and (verb := spell.head.head).pos_ == "VERB"
            and not passive(verb) and not _cue(verb.lemma_.lower(), "harmed")):
        # "rebels withdrew after clashes with Malian troops", "seized the town after days of fighting with government
        # forces": the subject fought the one it clashed with
        sources = [a for t in verb_subject(verb) for a in index.actors(t, fld)]
    charger = tok.head.head if tok.dep_ == "pobj" else tok
    if charger.pos_ == "NOUN" and charger.dep_ == "pobj" and charger.head.lower_ == "with":
        charger = charger.head.head  # "charged with the illegal use of his weapon over the killing": the parser's "over"
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "over", "for") and charger.pos_ == "VERB"
            and _cue(charger.lemma_.lower(), "charged_in")
            and (VIOLENT_ROOTS & nominal_roots().get(lemma, frozenset()) or _cue(lemma, "misdeed"))):
        # "Simpson was charged in the shooting death of his girlfriend", "an officer was charged over the killing",
        # "arrested for the murder of": the one held to account is its suspected doer
        sources = [a for t in verb_object(charger) for a in index.actors(t, fld)]
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "into" and _cue(tok.head.head.lemma_.lower(), "enter_into") \
            and tok.head.head.pos_ == "VERB":
        sources = [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld)]  # "got into a shootout with police"
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        holder = tok.head.head
        if holder.pos_ == "NOUN" and _cue(holder.lemma_.lower(), "share"):
            # "Russia's role in the bombardment of Aleppo", "the involvement of Iran in the attack"
            sources = [a for c in holder.children if c.dep_ == "poss" for a in index.actors(c, fld)] or [
                a for t in prep_target(holder, cooperative, ("of",)) for a in index.actors(t, fld)]
        elif holder.pos_ == "VERB" and any(c.dep_ == "dobj" and _cue(c.lemma_.lower(), "share") for c in holder.children):
            # "rebels took part in the attack", "Russia played a key role in the bombing" (the parser hangs the "in" on the verb)
            sources = [a for t in verb_subject(holder) for a in index.actors(t, fld)]
        elif holder.pos_ == "NOUN" and _cue(holder.lemma_.lower(), "culprit"):
            # "X, the suspect in the shooting of protesters", "the gunman in the attack": the one who did it
            sources = index.actors(holder, fld) or (index.actors(holder.head, fld) if holder.dep_ == "appos" else [])
        elif holder.pos_ == "VERB" and _cue(holder.lemma_.lower(), "share") and (
                any(c.dep_ in ("det", "poss") for c in tok.children) or passive(holder) and holder.dep_ != "acl"):
            # "the officers involved in the shooting", "militants who participated in the attack" (a
            # particular act: "involved in accident probes" are probes in general; but one who "was
            # involved in protests" took part in them)
            sources = [a for t in ([holder.head] if holder.dep_ == "acl" else verb_object(holder) if passive(holder)
                                   else verb_subject(holder)) for a in index.actors(t, fld)]
        elif (holder.pos_ == "VERB" or holder.lemma_ == "be" and _cue(lemma, "reciprocal")) and not any(
                c.dep_ in ("det", "poss") for c in tok.children) and not _cue(holder.lemma_.lower(), "harmed"):
            # "resigned in protest", "people gathered in protest": a bare act noun tells how the subject acted (those
            # who "died in clashes" suffered them); "Iran is in talks with the US": the subject holds them
            sources = [a for t in verb_subject(holder) for a in index.actors(t, fld)]
    if not sources:  # "an offer from Washington", "criticism from rights groups"
        sources = [a for t in prep_target(tok, cooperative, ("from",)) for a in index.actors(t, fld)]
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ in UNDER_STATE:
        # "they are under scrutiny from the government": the parser hangs the "from" on the verb of the state
        sources = [a for t in prep_target(tok.head.head, cooperative, ("from", "by")) for a in index.actors(t, fld)]
    asked: list[str | None] = []
    if not sources and {"02", "10"} & nominal_roots().get(lemma, frozenset()):
        # "requests for leniency from his lawyers": the parser hangs the "from" on what is asked for; but
        # "the House issued a subpoena for documents from Pompeo": the light verb's subject asks him
        asked = [a for o in prep_target(tok, cooperative, ("for",)) for t in prep_target(o, cooperative, ("from",))
                 for a in index.actors(t, fld)]
        if not (tok.dep_ == "dobj" and _cue(tok.head.lemma_.lower(), "light")
                and any(index.actors(t, fld) for t in verb_subject(tok.head))):
            sources, asked = asked, []
    # "days of protests by Turks against Russia", "a wave of strikes by workers": the parser hangs the
    # act's own phrases on the stretch of time or the series that holds it
    holder = tok.head.head if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
        _cue(tok.head.head.lemma_.lower(), "container") or tok.head.head.ent_type_ in ("DATE", "TIME"))) else None
    if not sources and holder is not None:
        sources = [a for c in holder.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i
                   for p in c.children if p.dep_ == "pobj" for o in expand(p) for a in index.actors(o, fld)]
    comer = tok.head if tok.dep_ == "nsubj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "among" else None
    if not sources and comer is not None and comer.pos_ == "VERB" and _cue(comer.lemma_.lower(), "origin"):
        # "criticism came from the EU", "among the sharpest rebukes came from X": the "from" phrase is the doer
        sources = [a for t in prep_target(comer, cooperative, ("from",)) for a in index.actors(t, fld)]
    if not sources and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        # "Turkey, an opponent of Assad": the one it describes (a name: "prisoners, a deal that ..." are no party to it)
        sources = [a for a in (index.actors(tok.head, fld) if index.at(tok.head, fld) else []) if a != index.at(tok, fld)]
    cop = tok.head if tok.dep_ == "attr" else tok.head.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr") else None
    if not sources and cop is not None and cop.lemma_ in ("be", "become", "remain") and _cue(lemma, "stance_noun"):
        # "X is a fierce critic of Y", "X and Z are former critics of Y", "X was more of a critic of Y"
        sources = [a for c in cop.children if c.dep_ in SUBJ for t in expand(c) for a in index.actors(t, fld)]
    light: list[Token] = []
    wielder: Token | None = None
    # "received support from X"; "could receive up to a life sentence": the parser's "up to" phrase
    getter = tok.head if tok.dep_ == "dobj" else tok.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "to" and any(c.lower_ == "up" and c.i == tok.head.i - 1 for c in tok.head.head.children)) else None
    if getter is None and (gap := _gap_clause(tok)) is not None and _cue(gap.lemma_.lower(), "receive"):
        getter = gap  # "the insults you have received", "the criticism he drew from Democrats"
    # (so does "have" for an act done to someone: "Jackson has an arraignment set for Feb. 17", "had a previous arrest")
    # and those spared it or serving it: "dodged arrest", "began a prison sentence"
    received = getter is not None and (_cue(getter.lemma_.lower(), "receive") or _cue(getter.lemma_.lower(), "escape")
                                       or _cue(getter.lemma_.lower(), "term") and _cue(lemma, "penalty")
                                       or getter.lemma_.lower() == "have" and _cue(lemma, "patient_poss"))
    if received and not sources:  # "received support from X"; the receiver is the target, below
        sources = [a for t in prep_target(getter, cooperative, ("from",)) for a in index.actors(t, fld)]
    elif not received and (obj := _light_object(tok)) is not None and _cue(obj.head.lemma_.lower(), "light") and not _naming(obj.head) \
            and not (_cue(obj.head.lemma_.lower(), "hypo") and {"02", "03", "10"} & nominal_roots().get(lemma, frozenset())):
        # (a request, offer or demand considered is another's: "would not consider requests of this nature")
        light = [obj.head]
        if not sources:
            sources = [a for t in verb_subject(obj.head) for a in index.actors(t, fld)]
    elif not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and _cue(tok.head.head.lemma_.lower(), "light_noun"):
        # "the EU's imposition of sanctions on Russia", "Comey's announcement of a new inquiry", "the launch of an
        # offensive by the army": whoever imposes, announces or launches it (cues.tsv light_noun)
        lender = tok.head.head
        light = [lender]
        sources = [a for c in lender.children if c.dep_ == "poss" for a in index.actors(c, fld)] or [
            a for t in prep_target(lender, cooperative, ("by",)) for a in index.actors(t, fld)]
    elif not sources and (misread := _light_modifier(tok)) is not None:
        light = [misread]  # "Obama and Trump held talks on Thursday" parsed as "held" describing the talks
        sources = [a for t in verb_subject(misread) for a in index.actors(t, fld)]
    elif (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB"
          and _cue(tok.head.head.lemma_.lower(), "respond") and not passive(tok.head.head)):
        # "Israel responded with air strikes", "police met the marchers with tear gas"
        sources = [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld)]
        wielder = tok.head.head  # its object or target phrase is the act's target, below ("struck Hamas with air strikes")
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in") and tok.head.head.lemma_ in ("be", "remain") and (
            _cue(lemma, "state_of") or _cue(tok.lower_, "state_of")) and (
            held := [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld)]):
        # "Trump and Bolton have been at odds over Iran", "Georgia is in a military conflict with Russia":
        # those in that state (not the kind of conflict its adjective names)
        sources = held
    elif not sources and tok.dep_ in ("nsubj", "nsubjpass") and PROTEST_ROOT in nominal_roots().get(lemma, ()) and _cue(
            tok.head.lemma_.lower(), "turnout"):
        # "the demonstrations drew thousands of people", "the rally was attended by 5,000": those who came
        came = agent(tok.head) if tok.dep_ == "nsubjpass" else [c for c in tok.head.children if c.dep_ == "dobj"]
        sources = [a for c in came for t in expand(c) for a in index.actors(t, fld)]
    elif (not sources and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in") and tok.head.head.pos_ in ("NOUN", "PROPN")
          and PROTEST_ROOT in nominal_roots().get(lemma, ()) and (came := [
              a for a in index.actors(tok.head.head, fld) if not set(index.by_id[a].sectors or []) & ATTENDING_OFFICIALLY])):
        # "demonstrators at the rally", "a crowd of demonstrators at an anti-Trump rally": those at it held it (not
        # "police at the rally" or "reporters at the protest", there to keep order or to report)
        sources = came
    elif not sources and (held := _held_to_account(tok)):
        # "was convicted of the murder of", "is serving a life sentence for the attack": the one held to account
        sources = [a for t in held for a in index.actors(t, fld)]
    elif not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead" \
            and tok.head.head.head.pos_ == "VERB" and _cue(lemma, "parties"):
        # "arrived in Cairo ahead of talks with Egyptian officials": the traveller's talks, as "before talks"
        sources = [a for t in verb_subject(tok.head.head.head) for a in index.actors(t, fld)]
    elif not sources and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and (
            tok.head.lower_ in ("on", "for") or tok.head.lower_ in ("in", "during", "at") and (_cue(lemma, "parties") or _cue(lemma, "medium"))
            or tok.head.lower_ in ("after", "following", "before") and _cue(lemma, "parties")):
        # "said in a meeting with Honcharuk", "spoke to reporters following a meeting with X": the speaker met him
        # "arrived in Nairobi on a two-day visit", "travelled to Cairo for talks": the traveller's;
        # but "blamed Iran for the attacks", "thanked Japan for its aid": the one judged for it, as
        # with a gerund ("praised X for helping", syntax.verb_subject)
        judged = [a for c in tok.head.head.children if c.dep_ == "dobj" for t in expand(c) for a in index.actors(t, fld)]
        sources = judged if tok.head.lower_ == "for" and judged else [
            a for t in verb_subject(tok.head.head) for a in index.actors(t, fld)]
    preps = tuple(p for p in TARGET_PREPS if p != "from" and (p != "of" or not _cue(lemma, "of_agent")))
    if _cue(lemma, "patient_poss"):  # "the deportation of migrants to Mexico": who undergoes it, not where to
        preps = ("of",) + tuple(p for p in preps if p != "of")
    if cooperative:  # "their support for Biden", "aid for refugees", "praise for the police"
        preps += ("for",)
    if _said_on_platform(tok) and (own := match(tok)) is not None and (kind := plover_for(own.cameo, own.plover)) \
            and kind.type in SAID_ACTS:
        preps = tuple(p for p in preps if p != "on")  # "his support for X on Twitter": X
    if "09" in nominal_roots().get(lemma, frozenset()) and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        # "an investigation into Weiner's messages with a girl": what it looks into names whom, its "with" is the
        # parser's attachment of that thing's own phrase
        preps = tuple(p for p in preps if p != "with")
    targets: list[str | None] = [a for t in prep_target(tok, cooperative, preps) for a in (_holders(t, index, fld) or index.actors(t, fld))
                                 ] or looked_into or victims or asked or charged  # ("the shelling of rebel-held areas": their holder)
    if not targets:  # "the downing of a Russian warplane at the border": the first phrase that names an actor
        targets = next((found for p in preps if (found := [a for t in prep_target(tok, cooperative, (p,))
                                                           for a in index.actors(t, fld) if a not in sources])), [])
    if not targets and _cue(lemma, "patient_poss"):  # "the arrest by police of three activists": the parser's "of"
        targets = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
                   for t in prep_target(p, cooperative, ("of",)) for a in index.actors(t, fld) if a not in sources]
    if not targets and (putter := _under(tok)) is not None:
        targets = [a for t in verb_object(putter) for a in index.actors(t, fld) if a not in sources]
    if not targets and (recipient := _misparsed_recipient(tok)) is not None:
        if not sources:  # the giver of "promised Kenya new loans"
            sources = [a for t in verb_subject(tok.head) for a in index.actors(t, fld)]
        targets = [a for a in index.actors(recipient, fld) if a not in sources]
    if not targets:  # "a ban on gatherings of people", "an attack on the home of the minister": whose they are;
        # "restrictions on flights to Cuba", "a ban on flights from China": where they go or come from
        targets = [a for t in prep_target(tok, cooperative, preps) if t.pos_ == "NOUN" and not index.actors(t, fld)
                   for o in prep_target(t, cooperative, ("of", "to", "from") if _cue(t.lemma_, "bound") else ("of",))
                   for a in index.actors(o, fld) if a not in sources]
    if not targets:  # "an investigation into her handling of the emails", "an attack on his home": its owner
        targets = [a for t in prep_target(tok, cooperative, preps) if t.pos_ == "NOUN" and not index.actors(t, fld)
                   for a in _possessed(t, index, fld) if a not in sources]
    if not targets and holder is not None:  # "days of protests by Turks against Russia": also on the "by" phrase
        phrases = [c for c in holder.children if c.dep_ == "prep" and c.i > tok.i]
        phrases += [g for c in phrases if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
                    for g in p.children if g.dep_ == "prep"]
        targets = [a for c in phrases if c.lower_ in preps and c.lower_ != "of" for p in c.children if p.dep_ == "pobj"
                   for t in expand(p) for a in index.actors(t, fld) if a not in sources]
    taker = tok.head if tok.dep_ != "pobj" else tok.head.head  # "related to its probe into her use": "related"
    if not targets and taker.pos_ == "VERB" and (tok.dep_ in ("dobj", "nsubjpass", "pobj") or tok.dep_ == "nsubj" and not any(
            c.dep_ in ("dobj", "dative", "ccomp") for c in tok.head.children)):
        # "reopened the investigation into her handling of ...", "filed a lawsuit against the city",
        # "no charges were warranted against X", "protests erupted against the government", "halted the assault on
        # Gaza": the parser hangs the act's own "into"/"against" phrase on the verb that takes it (or that it does); past a
        # preposition only "into" ("emails related to its probe into her use of a server")
        moved = [o for c in taker.children if c.dep_ == "prep" and c.i > max(tok.i, taker.i) and (
                 c.lower_ == "into" or c.lower_ == "against" and not cooperative and tok.dep_ != "pobj"
                 or c.lower_ == "with" and tok.head.lower_ == "into" and _cue(lemma, "reciprocal")
                 and _cue(taker.lemma_.lower(), "enter_into")  # "got into a shootout with police"
                 # "stopped its assault on Gaza": a verb of stopping has no "on" of its own
                 or c.lower_ in ("on", "upon") and tok.dep_ == "dobj" and not cooperative
                 and (_cue(taker.lemma_.lower(), "negate") or _cue(taker.lemma_.lower(), "stopper")))
                 for o in c.children if o.dep_ == "pobj"]
        # (of a thing, its owner: "against the victory of Donald Trump", "into her use of a private server")
        targets = [a for t in moved for a in (index.actors(t, fld) or (_possessed(t, index, fld) or [
                   a for o in prep_target(t, cooperative, ("of",)) for a in index.actors(o, fld)] if t.pos_ == "NOUN" else []))
                   if a not in sources]
    if patient and (owned := _possessed(tok, index, fld)):
        # "Hacker had four warrants out for her arrest": who undergoes it is no doer of it, whatever
        # clause the noun hangs from
        sources = [a for a in sources if a not in owned]
        targets = targets or owned
    if not targets and received:  # "X won the endorsement of Y": X is endorsed
        targets = [a for t in verb_subject(getter) for a in index.actors(t, fld) if a not in sources]
    if not targets and _cue(lemma, "for_target"):  # "penalties for people who refuse"
        targets = [a for t in prep_target(tok, cooperative, ("for",)) for a in index.actors(t, fld)]
    if not targets and INQUIRY_ROOTS & nominal_roots().get(lemma, frozenset()):
        # "an investigation into whether she mishandled", "concerns about how he ran": who the
        # question is asked of is the subject of the clause that asks it
        targets = [a for t in _questioned(tok) for a in index.actors(t, fld) if a not in sources]
    if not targets and INQUIRY_ROOTS & nominal_roots().get(lemma, frozenset()):
        # "the inquiry into her email server": whose things are looked into; "a preliminary inquiry
        # involving the Clinton Foundation": whom it involves
        looked = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for p in c.children
                  if p.dep_ == "pobj" and p.pos_ == "NOUN" and not index.at(p, fld)]
        if "09" in nominal_roots().get(lemma, frozenset()) and not any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            # "faced a tangle of congressional investigations into her email server": the parser hangs the "into"
            # right after the noun's phrase on a word above it (the verb, "tangle")
            into = [p for h in tok.ancestors for c in h.children if c.dep_ == "prep" and c.lower_ == "into"
                    and c.i == tok.right_edge.i + 1 for p in c.children if p.dep_ == "pobj"]
            targets = [a for p in into for t in expand(p) for a in index.actors(t, fld) if a not in sources]
            looked += [p for p in into if p.pos_ == "NOUN" and not index.at(p, fld)]
        targets = targets or [a for p in looked for g in p.children if g.dep_ == "poss" for a in index.actors(g, fld) if a not in sources]
        targets = targets or [a for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("involve", "concern", "target")
                              for o in c.children if o.dep_ == "dobj" for t in expand(o) for a in index.actors(t, fld)
                              if a not in sources]
        if not targets and "09" in nominal_roots().get(lemma, frozenset()) and tok.dep_ == "pobj" and tok.head.lower_ in (
                "in", "during") and tok.head.head.pos_ == "VERB":
            # "the FBI cleared Clinton in its email review", "Smith was questioned in the investigation": whom the
            # verb acts on in it (not the investigators it helps: "assisted FBI agents in the inquiry")
            targets = [a for t in verb_object(tok.head.head) if index.at(t, fld) for a in index.actors(t, fld)
                       if a not in sources and not set(index.by_id[a].sectors or []) & INVESTIGATORS]
    # (the parser reads "of withering criticism" as a participle "withering" with the act as its object)
    of = tok.head if tok.dep_ == "pobj" else tok.head.head if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" else None
    if (not targets and of is not None and of.lower_ == "of" and of.head.dep_ == "attr"
            and of.head.lemma_.lower() in ("target", "subject", "victim", "object", "focus")):
        # "Comey had been the target of withering criticism", "Mahan has been the subject of US sanctions":
        # the copula's subject undergoes it
        targets = [a for c in of.head.head.children if c.dep_ in SUBJ for t in expand(c)
                   for a in index.actors(t, fld) if a not in sources]
    if not targets and _cue(lemma, "content"):  # "allegations that the minister took bribes"
        targets = [a for c in tok.children if _content_clause(c)
                   for s in c.children if s.dep_ in SUBJ | PASS_SUBJ for t in expand(s) for a in index.actors(t, fld)]
    if not targets:  # "a charge of murder against X", "accusations of fraud against X": the act's own target
        targets = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.pos_ == "NOUN"
                   for t in prep_target(o, cooperative, ("against", "on", "upon")) for a in index.actors(t, fld)]
    if not targets and {"02", "10"} & nominal_roots().get(lemma, frozenset()):
        # "its calls for the president to resign", "a demand that the governor resign", "calls for
        # Kenya to act": who is asked, as for the verbs of asking
        targets = [a for c in tok.children if c.dep_ in ("acl", "advcl", "ccomp") and any(
                   m.dep_ == "mark" and m.lower_ in ("for", "that") for m in c.children)
                   for s in c.children if s.dep_ in SUBJ | PASS_SUBJ for t in expand(s) for a in index.actors(t, fld)
                   if a not in sources]
        # (only a "for" phrase that is itself an actor: "demands for a judge-led inquiry" ask nothing of the judge)
        targets = targets or [a for t in prep_target(tok, cooperative, ("for",)) if index.at(t, fld)
                              for a in index.actors(t, fld) if a not in sources]
    if (not targets and "02" in nominal_roots().get(lemma, frozenset()) and tok.dep_ == "pobj"
            and tok.head.lower_ in ("at", "on", "upon", "per") and tok.head.head.pos_ in ("VERB", "AUX")):
        # "the Queen suspended parliament at the behest of Johnson", "at the request of X, the Senate
        # delayed the vote": the one asked is the one who acted on it
        targets = [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld) if a not in sources]
    if not targets and _cue(lemma, "about"):  # "complaints about the churches"
        targets = [a for t in prep_target(tok, cooperative, ("about",)) for a in index.actors(t, fld)]
    if not targets and wielder is not None:  # its object, or a target phrase other than the "with" of the act itself
        targets = [a for t in verb_target(wielder, cooperative) if t.i != tok.i for a in index.actors(t, fld) if a not in sources]
        targets = targets or next((found for p in TARGET_PREPS if p != "with" and (found := [
            a for t in prep_target(wielder, cooperative, (p,)) for a in index.actors(t, fld) if a not in sources])), [])
    if (not targets and cooperative and wielder is None and tok.dep_ == "pobj" and tok.head.lower_ == "with"
            and tok.head.head.pos_ in ("VERB", "AUX")):
        # "With the party's backing, she ran", "with the help of France, Mali retook the town": the
        # one helped is who acts with it
        targets = [a for t in verb_subject(tok.head.head) for a in index.actors(t, fld) if a not in sources]
    if (not targets and _cue(lemma, "medium") and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in", "during", "over")
            and tok.head.head.pos_ == "VERB"):
        # "told donors on a conference call", "thanked volunteers during the call": who was spoken to on it
        targets = [a for c in tok.head.head.children if c.dep_ in ("dobj", "dative") for t in expand(c)
                   for a in index.actors(t, fld) if a not in sources]
    if not targets and _cue(tok.lower_, "complement") and index.at(tok, fld):
        # "rescued 50 hostages held by bandits": the hostages are the ones taken (cues.tsv complement)
        targets = [a for a in index.actors(tok, fld) if a not in sources]
    if not targets and (suffered := _outcome_noun(tok)) is not None:
        # "the shooting death of Ka'Loni Flynn", "the stabbing deaths of two men": who suffered the harm it names
        targets = [a for t in prep_target(suffered, cooperative, ("of",)) for a in index.actors(t, fld) if a not in sources]
    if not targets and light:  # "made a plea to the president", "offered an apology to X"
        targets = [a for t in prep_target(light[0], cooperative, preps) for a in index.actors(t, fld) if a not in sources]
        # ... or the ones a group named there belongs to ("increased cooperation in 2019 with the navies of China and
        # Russia"), as on the noun's own phrase
        targets = targets or [a for t in prep_target(light[0], cooperative, preps) if t.pos_ == "NOUN" and not index.actors(t, fld)
                              for o in prep_target(t, cooperative, ("of",)) for a in index.actors(o, fld) if a not in sources]
    if not targets and (undergoer := _undergone_by(tok)):
        targets = [a for t in undergoer for a in index.actors(t, fld) if a not in sources]
    if not targets:
        targets = [a for t in _harmed(tok) or _clause_targets(tok) for a in index.actors(t, fld)]
    if not targets:  # "anti-government protests", "an anti-regime demonstration": whom it is against
        targets = [a for c in tok.children if c.i < tok.i and opposed_act(c) == tok for a in index.actors(c, fld)
                   if a not in sources]
    # "the deals the administration brokered between Israel and the UAE": the parties its clause names
    pair = [a for t in between(tok) or next((between(c) for c in tok.children if c.dep_ == "relcl" and between(c)), [])
            for a in index.actors(t, fld)]
    if len(pair) >= 2:  # "clashes between police and protesters": each way when done with each other
        sources, targets = (pair, []) if _cue(lemma, "reciprocal") or _cue(lemma, "mutual") else (pair[:1], pair[1:])
    elif (pair and not sources and (_cue(lemma, "reciprocal") or _cue(lemma, "mutual"))
          and VIOLENT_ROOTS & nominal_roots().get(lemma, frozenset())
          and all(t.tag_ == "NNS" for t in between(tok))):
        sources = pair  # "died in clashes between rival gangs": the gangs fought (among themselves)
    return sources, targets, light


def _reporting_verb(clause: Token) -> Token | None:
    """The verb that tells ``clause`` as someone's word or finding: "said [X lied]", "found that [X
    had lied and violated the deal]", "produced evidence that [X broke the law]" (the verb whose object
    is the noun of accusation the clause belongs to)."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
        return head
    if (clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and _cue(head.lemma_.lower(), "content")
            and head.dep_ == "dobj" and head.head.pos_ == "VERB"):
        return head.head
    return None


def verb_arguments(tok: Token, plover: Plover, index: ActorIndex, fld: str,
                   cooperative: bool = False, act_objects: frozenset[str] = frozenset()) -> tuple[list[str | None], list[str | None]]:
    """Sources and targets of a verbal trigger. Beyond the subject and object (syntax): an object
    that is itself an act or a relation lends its own target ("held talks with X", "restore
    relations with X", "launched an attack on X"); criticising, praising or rejecting an act
    targets its doer ("condemned the attack by X"); a control verb's target is its complement's
    ("offered to return the prisoners to X"); troops sent are the instrument, not the target."""
    if tok.tag_ == "VBG" and (suffered := _outcome_noun(tok)) is not None and suffered.dep_ == "dobj":
        # "charged with murder in the June 2011 shooting death of a nurse": one noun phrase the parser read as a
        # verb; the clause's subject did not do it, the "of" phrase suffered it
        return [], [a for t in prep_target(suffered, cooperative, ("of",)) + prep_target(tok, cooperative, ("of",))
                    for a in index.actors(t, fld)]
    if tok.lemma_.lower() in ("be", "remain", "stay") and plover.type == "COERCE":
        # "Comeaux was in prison", "the suspect remains in custody": its subject is the one held
        return [], [a for t in verb_subject(tok) for a in index.actors(t, fld)]
    if _cue(tok.lemma_.lower(), "fall_to") and plover.type == "ASSAULT":
        # "Mosul fell to Islamic State fighters", "Sanaa fell under Houthi control": the "to" phrase, or whoever
        # the control is, took the place; a place is no target (an actor that fell is: "the government fell to rebels")
        control = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"
                   for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "control"]
        takers = [a for t in prep_target(tok, cooperative, ("to",)) for a in index.actors(t, fld)] or [
            a for p in control for a in (noun_owners(p, index, fld) or [
                a for c in p.children if c.dep_ in ("amod", "compound", "nmod") for a in index.actors(c, fld)]
                or [a for o in prep_target(p, cooperative, ("of",)) for a in index.actors(o, fld)])]
        fallen = [a for t in verb_subject(tok) for a in index.actors(t, fld)
                  if a not in takers and index.by_id[a].kind not in ("country", "region")]
        return takers, fallen
    blame = tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and to_infinitive(tok) and tok.head.lemma_ == "be"
    if blame or plover.type == "ACCUSE" and _cue(tok.lemma_.lower(), "misdeed") and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):  # ("broke with Trump": a rift)
        # "Comey was to blame", "she said Russia is to blame"; "Trump said Bolton broke the law", "the judge
        # found he had lied": the wrongdoer is accused, by whoever says so (by no one named, told as fact)
        clause = tok.head if blame else tok
        accused = [a for t in verb_subject(clause) for a in index.actors(t, fld)]
        said = _reporting_verb(clause)
        return [a for t in (verb_subject(said) if said is not None else []) for a in index.actors(t, fld)
                if a not in accused], accused
    if _cue(tok.lemma_.lower(), "experiencer") and (passive(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN"
                                                    or participle_clause(tok)) and (by := agent(tok)):
        # "the United States was disappointed by the parliament's decision", "protesters, angered by
        # ...", "Angered by ..., protesters": the one who feels it disapproves; of the "by" phrase's
        # actor, or of whoever did the act it names
        felt = [a for t in (verb_object(tok) or ([tok.head] if tok.dep_ == "acl" else verb_target(tok) if participle_clause(tok)
                                                 else [])) for a in index.actors(t, fld)]
        return felt, [a for t in by for a in (index.actors(t, fld) or noun_owners(t, index, fld) or [
            a for o in prep_target(t, cooperative, ("of",)) if _cue(t.lemma_.lower(), "of_agent")
            for a in index.actors(o, fld)]) if a not in felt]
    # "the union is opposed to the law passed by the Senate": a stance its subject holds, towards the
    # "to" phrase, read as the active verb's object would be
    stance = _cue(tok.lemma_.lower(), "stance") and passive(tok) and not agent(tok)
    sources: list[str | None] = [a for t in (verb_object(tok) if stance else verb_subject(tok)) for a in index.actors(t, fld)]
    if not sources and (passive(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN"):
        # "killed in a US counter-terrorism operation", "in police firing"; "among those killed in a Russian attack"
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                  for p in c.children if p.dep_ == "pobj"):
            if _cue(p.lemma_.lower(), "operation") or VIOLENT_ROOTS & nominal_roots().get(p.lemma_.lower(), frozenset()):
                sources += noun_owners(p, index, fld)  # (or any violent act's: "killed in an ambush blamed on X")
            elif any(c.dep_ == "acl" and _cue(c.lemma_.lower(), "operation") for c in p.children):
                sources += index.actors(p, fld)  # parsed as "police" described by "firing"
    if not sources and passive(tok):  # "were taken into the custody of X", "remain in police custody": X holds them
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
                  for p in c.children if p.dep_ == "pobj" and _cue(p.lemma_.lower(), "custody")):
            sources += noun_owners(p, index, fld) or [a for t in prep_target(p, cooperative, ("of",)) for a in index.actors(t, fld)]
    if not sources and passive(tok):  # "were removed from the Government's list", "added to the ministry's blacklist"
        sources += [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "on", "onto")
                    for p in c.children if p.dep_ == "pobj" and _cue(p.lemma_.lower(), "roster") for a in noun_owners(p, index, fld)]
    if not sources and passive(tok) and _cue(tok.lemma_.lower(), "summon"):
        # "the ambassador was summoned to the foreign ministry": who summons is where one is called to
        sources = [a for t in prep_target(tok, cooperative, ("to",)) for a in index.actors(t, fld)]
    if not sources and passive(tok) and (_cue(tok.lemma_.lower(), "harmed") or plover.type == "ASSAULT"):
        # "five soldiers were killed when militants ambushed their convoy", "were shot when a gunman opened
        # fire": the attackers did it (also where the parser hangs the clause on a later harm: "two were killed and
        # 15 injured when security forces dispersed the protest")
        for c in (*tok.children, *(k for v in tok.conjuncts if v.i > tok.i and (_cue(v.lemma_.lower(), "harmed")
                                                                               or match(v) is not None) for k in v.children)):
            r = match(c) if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children) else None
            if r is not None and r.cameo[:2] in VIOLENT_ROOTS | {"17"}:  # (or stormed, raided: "17" until its sense is read)
                sources = [a for t in verb_subject(c) for a in index.actors(t, fld)]
                break
    if not sources and tok.dep_ == "acl" and tok.tag_ == "VBG" and not index.actor(tok.head, fld):
        # "spent millions on ads attacking Trump": not the ads, whoever runs them
        noun = tok.head
        gov = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if gov is not None and gov.pos_ in ("VERB", "AUX") and not _cue(gov.lemma_.lower(), "thwart"):
            # (who "vetoed a resolution condemning X" does not condemn X)
            sources = [a for t in verb_subject(gov) for a in index.actors(t, fld)]
    if _cue(tok.lemma_.lower(), "suffer") and not passive(tok) and not _came_to(tok):
        # "came under fire from X", "faced criticism from X", "faces charges": the subject undergoes
        # the act its object names, done by the "from" / "by" phrase on the verb or that object
        held = [tok] + [o for c in tok.children if c.dep_ in ("dobj", "prep") for o in ([c] if c.dep_ == "dobj" else
                        [p for p in c.children if p.dep_ == "pobj"])]
        held += [t for h in held[1:] for t in prep_target(h, cooperative, ("of",))[:1]]  # "accusations of fraud from X"
        doers = [a for h in held for t in prep_target(h, cooperative, ("from", "by")) for a in index.actors(t, fld)]
        return doers, [a for a in sources if a not in doers]
    # "Obama and Putin discussed Syria": what is talked about is no party to the talk
    objects = prep_target(tok, cooperative, ("to", "with", "against")) if stance else (
        [] if _cue(tok.lemma_.lower(), "topical") else verb_target(tok, cooperative))
    recipients = [r for o in objects if (r := _misparsed_recipient(o)) is not None]
    if recipients:  # "offered Turkey billions in aid": Turkey, not the billions
        objects = recipients
    # "pledged 500 million euros in aid to Ukraine": a sum is given as the act its "in" phrase names, whose own
    # phrases say to whom
    objects = objects + [p for o in objects if quantity(o) or any(c.dep_ == "nummod" for c in o.children)
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and match(p) is not None]
    addressed_by_name = [c for h in (tok, *(o for o in objects if o.lower_ == "you")) for c in h.children
                         if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and index.actors(c, fld)]
    if addressed_by_name and any(o.lower_ == "you" for o in objects):
        objects = addressed_by_name  # '"Thank you, President Obama, for your service"': the one "you" names
    # the doer's own thing ("threw her support behind X") is no target: look further
    own = stance or not passive(tok)
    # ("shelled rebel-held towns", "bombed opposition-held Idlib": a place held by an actor stands for its holder)
    targets: list[str | None] = [a for t in objects for a in (_holders(t, index, fld) or index.actors(t, fld))
                                 if not (own and a in sources)]
    if targets and all(index.by_id[a].kind in ("country", "region") for a in targets if a) \
            and (taking := match(tok)) is not None and taking.cameo == "192":
        # "it was recaptured from Houthis": ground taken is taken from its holder, when one is named
        targets = [a for t in prep_target(tok, cooperative, ("from",)) for a in index.actors(t, fld) if a not in sources] or targets
    if not targets and sources:
        # "Egypt offered to mediate between Israel and Hamas", "agreed to broker a truce between A and B": the
        # go-between acts toward both
        targets = [a for c in tok.children if c.dep_ == "xcomp" and _cue(c.lemma_.lower(), "go_between")
                   for t in between(c) or next((between(o) for o in c.children if o.dep_ == "dobj" and between(o)), [])
                   for a in index.actors(t, fld) if a not in sources]
    if not targets and plover.type == "ASSAULT":
        # "fired the bullet that struck Kathina Thomas", "fired a shot that hit the boy": whom the shot struck
        targets = [a for o in objects for c in o.children if _shot_landing(c)
                   for t in verb_target(c) for a in index.actors(t, fld) if a not in sources]
    if not targets and plover.type in JUDGED_ACTS:
        # "The Kremlin denies US claims that Russia hacked ...": the parser reads the noun as a verb ("US claims
        # that ...", a reported clause); who made the claims rejected is the target
        targets = [a for c in tok.children if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "NNS") and c.left_edge.i == tok.i + 1
                   and _cue(c.lower_, "content") and not any(m.dep_ == "mark" and m.i < c.i for m in c.children)
                   for k in c.children if k.dep_ in SUBJ and k.i < c.i for t in expand(k)
                   for a in index.actors(t, fld) if a not in sources]
    if not targets:
        for o in objects:
            if o.pos_ not in ("NOUN", "PROPN"):  # "regained most of the towns from the army": the towns
                o = next(iter(_counted(o)), o)
            if o.pos_ not in ("NOUN", "PROPN"):
                continue
            # "restore relations with X", "the blockade of X"; but "an advisor of X" is not X
            # the act the trigger's own row names as its object ("intensified screening of
            # passengers", "imposed a curfew on the city") is an act too
            act = match(o) is not None or bool(act_objects & {o.lemma_.lower(), o.lower_})
            # traffic and trade "from" a place ("suspended flights from China") are acted on at their origin
            act = act or _cue(o.lemma_.lower(), "bound")
            preps = TARGET_PREPS if act else tuple(p for p in TARGET_PREPS if p not in ("of", "from"))
            if not act and (taking := match(tok)) is not None and taking.cameo == "192":
                preps += ("from",)  # "regained the village from Islamic State fighters": ground taken from its holder
            if plover.type in ("REQUEST", "SUPPORT", "AGREE") and not _cue(o.lemma_.lower(), "of_agent"):
                # "demanded the release of detained activists": the ones to be freed are not the ones asked (but
                # "demanded the resignation of the police chief" asks the chief), as "called for the release of X";
                # nor is whoever an act favoured would be done to its supporter's party ("supported the removal of US
                # troops", "endorsed an audit of the Federal Reserve")
                preps = tuple(p for p in preps if p != "of")
            # "pledged aid for refugees", "suspended visa services for Canadians"
            preps += ("for",) if cooperative or plover.type == "SANCTION" else ()
            if plover.type in SAID_ACTS and _said_on_platform(o):
                preps = tuple(p for p in preps if p != "on")  # "expressed support for X on Twitter": X
            if _cue(o.lemma_.lower(), "topical") or _cue(o.lemma_.lower(), "parties"):
                # "held talks on Ukraine": what a conversation is on or over is its topic, no party to it
                preps = tuple(p for p in preps if p not in TOPIC)
            if plover.type in JUDGED_ACTS | {"PROTEST"} and (rule := match(o)):  # "condemned the detention of journalists by the police": the police
                targets = [a for a in noun_owners(o, index, fld) if a not in sources]
                if not targets and not passive(tok):  # (the parser may hang the act's "by" on the verb)
                    targets = [a for t in prep_target(tok, cooperative, ("by",)) for a in index.actors(t, fld) if a not in sources]
                if not targets and rule.cameo[:2] in VIOLENT_ROOTS | {"17"} and (
                        plover.type == "PROTEST" or not (own_rule := match(tok)) or not own_rule.cameo.startswith("09")):
                    # "protesting the shooting of Jacob Blake", "the violence against Rohingya Muslims has been
                    # condemned": protesting or judging harm done is not aimed at whom it was done to (investigating
                    # it is read on)
                    continue
            if not targets and plover.type in JUDGED_ACTS | {"PROTEST"} and (done := summed_up(o)) is not None:
                # "Israel closed the crossing, a move condemned by the UN": the one who made the move
                targets = [a for t in verb_subject(done) for a in index.actors(t, fld) if a not in sources]
            if not targets and plover.type in JUDGED_ACTS:
                # "expressed concern over US attempts to", "over American arms sales to Taiwan", "over the expansion
                # of NATO": the doer of the act judged, before anyone inside it
                targets = next((found for t in prep_target(o, cooperative, ("over", "about", "at")) if t.pos_ in ("NOUN", "VERB")
                                and not index.actors(t, fld) and not _cue(t.lemma_.lower(), "outcome")
                                if (found := _doers(t, index, fld, sources, cooperative))), [])
            # (a hostile act's own "against" names its target: "dropped the charges against the activist"; joint
            # missions against ISIL are no missions with it)
            hostile = (own := match(o)) is not None and own.cameo in cameo_codes() and cameo_codes()[own.cameo][1] > 2
            targets = targets or [a for t in prep_target(o, cooperative and not hostile, preps) for a in index.actors(t, fld)]
            if not targets and _cue(o.lemma_.lower(), "for_target"):  # "issued an arrest warrant for Putin"
                # (the parser may hang the "for" on the verb: "issued warrants for five opposition leaders")
                targets = [a for t in prep_target(o, cooperative, ("for",)) or prep_target(tok, cooperative, ("for",))
                           for a in index.actors(t, fld) if a not in sources]
            if not targets and act:  # "imposed a ban on flights from China": where the traffic acted on goes or comes from
                bound = [t for t in [o] + prep_target(o, cooperative, preps) if t.pos_ == "NOUN" and _cue(t.lemma_.lower(), "bound")]
                targets = [a for t in bound for w in prep_target(t, cooperative, ("to", "from")) for a in index.actors(w, fld)
                           if a not in sources]
                if not targets and bound:  # (the parser hangs the "from" on the verb: "imposed bans on food from Haiti")
                    targets = [a for w in prep_target(tok, cooperative, ("from",)) for a in index.actors(w, fld) if a not in sources]
            if not targets and _cue(o.lemma_.lower(), "content"):  # "found no evidence she committed a crime"
                targets = [a for c in o.children if _content_clause(c) for k in c.children if k.dep_ in SUBJ | PASS_SUBJ
                           for t in expand(k) for a in index.actors(t, fld) if a not in sources]
            if not targets and _cue(o.lemma_.lower(), "about"):  # "raised questions about X('s eligibility)", "about how X ran"
                # (or the verb's own phrase: "cast doubt on whether the FBI had done its work")
                targets = [a for t in prep_target(o, cooperative, ("about",)) or _questioned(o) or _questioned(tok)
                           for a in index.actors(t, fld) if a not in sources]
            if not targets and plover.type in JUDGED_ACTS:
                targets = [a for a in noun_owners(o, index, fld) if a not in sources]
                if not targets and (_cue(o.lemma_.lower(), "of_agent") or actor_lexicon.is_act_noun(o.lemma_.lower())):
                    # "rejected the ruling of the court", "criticised the handling of the crisis by X"; "rejected calls
                    # from Kyiv to send missiles", "welcomed the offer from Qatar": who called or offered
                    preps = ("of", "from") if _cue(o.lemma_.lower(), "of_agent") else ("of",)
                    targets = [a for t in prep_target(o, cooperative, preps) for a in index.actors(t, fld) if a not in sources]
            if not targets and plover.type == "ASSAULT":  # "hurled volleys of rocks at police": aimed at, wherever it hangs
                targets = [a for p in o.subtree if p.dep_ == "prep" and p.lower_ == "at" for t in p.children
                           if t.dep_ == "pobj" for a in index.actors(t, fld) if a not in sources]
            if not targets and not (plover.type in JUDGED_ACTS | {"PROTEST"} and match(o)):
                # "launched missiles targeting US troops" (but who condemns "the attack that killed five
                # soldiers" does not condemn the soldiers)
                targets = [a for t in _clause_targets(o) for a in index.actors(t, fld)]
            if not targets:  # "mediated a ceasefire between Israel and Hamas": with each party
                targets = [a for t in between(o) for a in index.actors(t, fld) if a not in sources]
            if not targets and o.pos_ == "NOUN":
                # "disrupted the minister's speech", "blamed the state's reliance on coal", "raided
                # the opposition leader's home": a thing acted on stands for its owner or its doer
                targets = [a for a in _object_owners(o, index, fld) if a not in sources]
            if targets:
                break
    if not targets and plover.type in JUDGED_ACTS | {"PROTEST"}:
        # "protested over the arrest of its leader by police", "protested against the decision of the
        # university": protesting or judging an act named in a phrase targets its doer
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "against", "at", "about", "for", "to")
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and not index.actors(p, fld)):
            if match(p) is not None or _cue(p.lemma_.lower(), "of_agent") or actor_lexicon.is_act_noun(p.lemma_.lower()):
                targets = _doers(p, index, fld, sources, cooperative)
            if targets:
                break
    if not targets and (plover.type == "PROTEST" or _cue(tok.lemma_.lower(), "respond")):
        # "Kenya protested after Uganda closed the border", "China reacted angrily after the United
        # States sanctioned its officials": a protest or reaction to what another did targets the doer
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "because") for m in c.children):
                targets = [a for t in verb_subject(c) for a in index.actors(t, fld) if a not in sources]
                if targets:
                    break
    if not targets:  # the first target phrase that names an actor: "retaliated against X with air strikes";
        # support thrown or rallied "behind" X is for X
        # and support campaigned or voted "for" X ("campaigned for Hillary Clinton")
        # (a trip "for" the UN assembly is its purpose)
        # and a stance told by a copula's adjective is towards that adjective's phrase ("was critical of X")
        holders = [tok, *(c for c in tok.children if c.dep_ == "acomp")]
        targets = next((found for p in TARGET_PREPS + (("behind",) if cooperative else ()) + (
                            ("for",) if cooperative and plover.mode != "visit" else ())
                        if (found := [a for h in holders for t in prep_target(h, cooperative, (p,)) for a in index.actors(t, fld)])), [])
    if not targets and plover.type == "ACCUSE" and _cue(tok.lemma_.lower(), "imputed") and not passive(tok):
        # "blamed her defeat on a videotape released by bin Laden", "attributed the loss to Russian hacking":
        # what it is put down to stands for whoever did or owns it
        targets = [a for t in prep_target(tok, cooperative, ("to", "on")) for a in noun_owners(t, index, fld) if a not in sources]
    if not targets and tok.dep_ == "acl" and tok.tag_ == "VBN" and _cue(tok.lemma_.lower(), "broker"):
        # "agreed to restore relations in a deal brokered by China": the deal's parties are who it mediated between
        deal = tok.head
        parties = between(deal) or (verb_subject(deal.head.head) if deal.dep_ == "pobj" and deal.head.head.pos_ == "VERB" else [])
        targets = [a for t in parties for a in index.actors(t, fld) if a not in sources]
    if not targets and _cue(tok.lemma_.lower(), "about"):  # "warned about Iran"
        targets = [a for t in prep_target(tok, cooperative, ("about",)) for a in index.actors(t, fld)]
    if (not targets and plover.type == "REQUEST" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB"
            and _cue(tok.head.lemma_.lower(), "contact")):
        # "wrote to the embassy asking it to waive immunity", "called the minister, urging him to":
        # a request made in writing or calling to someone is made to them
        addressed = [o for c in tok.head.children if c.dep_ in ("dobj", "dative") for o in expand(c)]
        addressed = addressed or prep_target(tok.head, cooperative, ("to",))
        targets = [a for t in addressed for a in index.actors(t, fld) if a not in sources]
    if not targets and plover.type in ("ACCUSE", "REQUEST", "THREATEN"):
        # "alleged (that) the government had ...": who is accused; "asked that the county provide",
        # "called for NATO members to increase", "wants foreign forces to leave": who is asked;
        # "warned that protesters would be arrested": who is warned of
        # (not who an alleged act was done to: "alleged that family members were prevented from visiting"; nor one a
        # request would have something done to: "called for the killers to be brought to justice", "demanded that
        # Hamas be prevented from rearming" ask no one named)
        # (a warning's clause names its target only when it tells an act: "warned that 14 million people
        # are at risk of famine" warns no one of anything done to them)
        targets = [a for c in tok.children if (c.dep_ == "ccomp" or clause_subject(c) is not None) and (
                       plover.type != "THREATEN" or c.lemma_ != "be" or any(match(p) for p in c.subtree if p.dep_ == "pobj"))
                   for s in c.children if s.dep_ in SUBJ or s.dep_ in PASS_SUBJ and not (plover.type == "ACCUSE" and match(c) or plover.type == "REQUEST")
                   for t in expand(s) for a in index.actors(t, fld) if plover.type != "THREATEN" or a not in sources]
        if not targets and plover.type == "THREATEN":  # "warned that it would strike Iran": what it would do, to whom
            targets = [a for c in tok.children if c.dep_ == "ccomp" and match(c) is not None and any(
                           a in sources for t in verb_subject(c) for a in index.actors(t, fld))
                       for t in verb_target(c, cooperative) for a in index.actors(t, fld) if a not in sources]
        if not targets and plover.type == "ACCUSE":  # "alleging she was harassed by volunteers": the doer
            targets = [a for c in tok.children if c.dep_ == "ccomp" and passive(c) and match(c)
                       for t in verb_subject(c) for a in index.actors(t, fld) if a not in sources]
        if not targets and plover.type == "REQUEST":  # "called for the monitors to leave", "called for G7 action"
            asked = prep_target(tok, cooperative, ("for",))
            targets = [a for t in asked for a in index.actors(t, fld)]
            # "demanded a ransom from the family", "sought help from the UN": the one it is asked of
            targets = targets or [a for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                                  for t in prep_target(h, cooperative, ("from",)) for a in index.actors(t, fld) if a not in sources]
            if not targets:  # "demanded an end to attacks on X", "called for the resignation of X": the act's own target;
                # but the "of" of an act done to someone names no one asked ("called for the nationalization of the
                # Federal Reserve", "pressed for the release of X": the coders leave these without a target)
                targets = [a for o in asked if o.pos_ == "NOUN" for t in prep_target(
                    o, cooperative, TARGET_PREPS if _cue(o.lemma_.lower(), "of_agent") else tuple(p for p in TARGET_PREPS if p != "of"))
                    for a in index.actors(t, fld)]
    addressed = any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "upon")
                    and any(p.dep_ == "pobj" for p in c.children) for c in tok.children)
    if not targets and not (plover.type == "REQUEST" and addressed):
        # "agreed to restore relations with X": the act's target; but "urged my colleagues to
        # submit it to the states", "pleaded with us to take students": the one asked, even
        # when no actor stands for them, is the request's target, not the target of what is asked
        # ("look forward to working with X": the act its "to" phrase names)
        for c in [*tok.children, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                                   for p in c.children if p.dep_ == "pcomp")]:
            if (c.dep_ in ("xcomp", "pcomp") or c.dep_ == "advcl" and to_infinitive(c)) and c.pos_ == "VERB":
                for k in (c, *(k for k in c.children if k.dep_ == "xcomp" and k.pos_ == "VERB")):
                    # (and its own complement's: "pledged 100 million dollars to help rebuild Ukraine")
                    if plover.type == "REQUEST" and passive(k):
                        continue  # "urged for the National Guard to be brought in": no one asked is named
                    targets = [a for t in prep_target(k, cooperative, ("to", "with", "against", "on"))
                               for a in index.actors(t, fld)]
                    own = {a for t in verb_object(k) if any(p.dep_ == "poss" and p.lower_ in ("their", "its") for p in t.children)
                           for a in index.actors(t, fld) if _bare_state(index.by_id.get(a))}
                    targets = targets or [a for t in verb_object(k) for a in index.actors(t, fld)]
                    if targets and any(sources) and all(_own_forces(a, sources, index) or a in own for a in targets):
                        # "promised to withdraw troops from Moldova", "agreed to pull back their troops", "agreed to
                        # reopen their embassies": the troops and envoys are the doer's own, what is left (or no one)
                        # the act's target
                        targets = [a for t in prep_target(k, cooperative, ("from",)) for a in index.actors(t, fld)
                                   if a not in sources]
                    # "threatened to launch an offensive against X": the act threatened names its target in its
                    # object's own phrase (a threat only: other control verbs measured no better on validation)
                    targets = targets or [a for o in verb_object(k) if plover.type == "THREATEN" and o.pos_ == "NOUN"
                                          and match(o) is not None
                                          for t in prep_target(o, cooperative, ("against", "on", "with", "to"))
                                          for a in index.actors(t, fld) if a not in sources]
                    if targets:
                        break
    if (not targets and plover.type == "ASSAULT" and tok.dep_ == "advcl" and any(sources)
            and not [o for o in verb_object(tok) if o.lemma_.lower() not in act_objects]
            and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "when", "as") for c in tok.children)):
        # "Gray pointed a revolver at the officers before they opened fire": force answering what was done at or to
        # its doers is aimed at who did that
        main, aimed = tok.head, ("at", "on", "toward", "towards", "against")
        faced = [a for o in [main, *verb_object(main)] for t in ([o] if o is not main else []) + prep_target(o, cooperative, aimed)
                 for a in index.actors(t, fld)]
        if any(a in sources for a in faced):
            targets = [a for t in verb_subject(main) for a in index.actors(t, fld) if a not in sources]
    if not targets and plover.type == "ASSAULT" and not [o for o in verb_object(tok) if o.lemma_.lower() not in act_objects
                                                         and o.lower_ not in REFLEXIVE]:
        # "a gunman opened fire and wounded five people": whom the firing hit; not "killed a shopkeeper and wounded
        # two customers" (an object of its own, if no actor, is still its own); "a suicide bomber blew himself up
        # at a checkpoint, killing four soldiers": whom the blast killed
        targets = [a for c in tok.children if (c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG" and any(
                       o.lower_ in REFLEXIVE for o in verb_object(tok))) and c.i > tok.i and _cue(c.lemma_.lower(), "harmed")
                   and not any(k.dep_ in SUBJ | PASS_SUBJ for k in c.children) for t in verb_object(c)
                   for a in index.actors(t, fld) if a not in sources]
    if targets and plover.type in ("AID", "COOPERATE") and objects and any(a in targets for t in objects for a in index.actors(t, fld)):
        # "handed the hostages over to the Red Cross", "handed over the suspects to Uganda": who
        # receives is the party cooperated with or aided, those handed over are what is given
        given = [a for t in prep_target(tok, cooperative, ("to",)) for a in index.actors(t, fld) if a not in sources]
        targets = given or targets
    if targets and (plover.type in SAID_ACTS
                    or any(o.pos_ in ("PRON", "PROPN") or index.actors(o, fld) for o in objects)):
        # "hailed the report on Twitter": where it is said, not whom it is about; nor what an act with an object of its
        # own is done on ("attacking him on Twitter", the pronoun unresolved; but "a cyber attack on Twitter")
        targets = _not_said_on(targets, tok, index, fld)
    if targets and plover.type in ("AGREE", "CONCEDE") and tok.pos_ == "VERB" and _cue(tok.lemma_.lower(), "commit") \
            and _cue(tok.lemma_.lower(), "planner"):  # (promised, pledged, vowed; "agreed to help with X's inquiry" is X's)
        # "vowed to dismantle Obama's policies", "promised to scrap X's law": a promise made about
        # another's policy is made to no one; whose the policy is names no party to the promise
        owners = {index.actor(t, fld) for c in tok.children if c.dep_ == "xcomp" for t in c.subtree if t.dep_ == "poss"}
        targets = [a for a in targets if a not in owners]
    if plover.type == "MOBILIZE" and not any(sources) and passive(tok) and targets \
            and all(_own_forces(t, [], index) and index.by_id[t].country for t in targets if t):
        # "Lebanese army soldiers were deployed along the border": forces of a named side deployed act for it
        sources = targets
        targets = [a for t in prep_target(tok, cooperative, ("to", "into", "against")) for a in index.actors(t, fld)
                   if a not in sources]
    if plover.type == "MOBILIZE" and targets:
        targets = [t for t in targets if not _own_forces(t, sources, index)]
        if not targets:
            targets = [a for t in prep_target(tok, cooperative, ("to", "into", "against")) for a in index.actors(t, fld)]
    # troops withdrawn "from" a place are the leaver's own ("withdrew troops from Gaza"; "removed the troops" may be another's)
    leaves = plover.type == "RETREAT" and any(c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "prt" and c.lower_ == "out"
                                              for c in tok.children)
    if plover.type in ("SANCTION", "RETREAT") and targets and (all(_own_side(t, sources, index) or leaves
                                                                   and _own_forces(t, sources, index) for t in targets) or any(
            c.dep_ == "poss" and index.actor(c, fld) in sources for o in objects for c in o.children)):
        # "France recalled its ambassador to Australia", "withdrew its troops from Syria": the envoy
        # and the troops are the source's own, the act is against (or leaves) the other country
        posted = [a for o in objects for t in prep_target(o, cooperative, ("to", "from", "in")) for a in index.actors(t, fld)]
        if not posted:  # "withdrew its troops from Syria", "withdrew the US from a deal with Iran": the verb's "from"
            left = prep_target(tok, cooperative, ("from",))
            posted = [a for t in left for a in index.actors(t, fld) or [
                a for o in prep_target(t, cooperative, ("with",)) + between(t) for a in index.actors(o, fld)]
                if a not in sources]
        # (troops of its own with no "from" actor leave a place: context.py makes its country the target)
        targets = posted or [t for t in targets if plover.type != "RETREAT" or not _own_forces(t, sources, index)]
    if targets and plover.type == "CONCEDE" and _cue(tok.lemma_.lower(), "confess"):  # (not "pleaded with him to stop")
        # "confessed to killing his sister", "admitted stabbing X": a confession is made to whoever hears
        # it ("admitted to police that"), not to the one its act was done to
        targets = [a for t in prep_target(tok, cooperative, ("to",)) if t.pos_ in ("NOUN", "PROPN", "PRON")
                   for a in index.actors(t, fld) if a in targets]
    if not targets and plover.type == "CONCEDE" and tok.lemma_ == "be" and (said := _reporting_verb(tok)) is not None \
            and said.lemma_.lower() == "tell":
        # "she told an assistant pastor she was sorry": an apology is made to the one told (not to reporters told of it)
        targets = [a for c in said.children if c.dep_ in ("dobj", "dative") for t in expand(c) for a in index.actors(t, fld)
                   if a not in sources and "MED" not in (index.by_id[a].sectors or [])]
    return sources, targets


def _own_side(target: str | None, sources: list[str | None], index: ActorIndex) -> bool:
    """Is the target of the same country as every source that says its country (and not the state
    forces a rebel or opposition source stands against: "Taliban fighters surrendered to Afghan forces")?"""
    actor = index.by_id.get(target) if target else None
    owners = {index.by_id[s].country for s in sources if s and s in index.by_id}
    return actor is not None and actor.country is not None and owners == {actor.country} and not _against_state(actor, sources, index)


def _against_state(actor: Actor, sources: list[str | None], index: ActorIndex) -> bool:
    return not set(actor.sectors or []) & OPPOSING and any(set(index.by_id[s].sectors or []) & OPPOSING
                                                            for s in sources if s and s in index.by_id)


def _bare_state(actor: Actor | None) -> bool:
    """A state organ of no named country ("their embassies", "its troops")."""
    return actor is not None and actor.country is None and bool(actor.sectors) and set(actor.sectors) <= STATE_ORGANS


def _own_forces(target: str | None, sources: list[str | None], index: ActorIndex) -> bool:
    """Troops, police or armed men deployed by their own side: the instrument of a mobilisation."""
    actor = index.by_id.get(target) if target else None
    if actor is None or not actor.sectors or not set(actor.sectors) <= FORCES or _against_state(actor, sources, index):
        return False
    owners = {index.by_id[s].country for s in sources if s and s in index.by_id}
    return actor.country is None or not owners or actor.country in owners


# ---------------------------------------------------------------- events


@dataclass
class Found:
    """One event mention before merging."""

    fld: str
    tok: Token
    sent: Span
    rule: Rule
    cameo: str
    plover: Plover
    status: Status
    source: str | None
    target: str | None
    confidence: float
    anaphoric: bool = False  # "the raid", "his meetings": a re-mention of an earlier event
    mentions: list[Ref] = field(default_factory=list)
    agent_event: Token | None = None  # subject is itself an event ("the raid failed to capture")
    evidence: senses.Evidence | None = None  # what its confidence was made of (benchmarks/dyads.py --features)
    retells: Found | None = None  # the earlier event a bare re-mention tells again (the record's same_as)


def _embedded(tok: Token) -> bool:
    """Is this trigger inside the complement of another trigger's verb (the content of an accusation,
    demand, threat or report rather than the act itself)? A verb of saying read as a demand by the
    modal of what it says ("said they must oppose it") makes the act no more embedded than any saying, and
    an admission told as a clause (a 015 row with a said clause: "told police he fired") tells an act that took place."""
    cur, hops = tok, 0
    while cur.head != cur and hops < 4 and cur.dep_ in CLAUSE_DEPS | {"prep"}:
        via = cur.dep_
        cur, hops = cur.head, hops + 1
        if via != "conj" and cur.pos_ == "VERB" and (rule := match(cur)) is not None and not rule.pred & DEMANDS \
                and not (rule.comp and rule.cameo == "015"):
            return True
    return False


def _background(tok: Token) -> bool:
    """Is this trigger a circumstance or topic of the main clause: "after talks", "amid protests",
    "following a meeting", "after police arrested him", "talks on a deal"?"""
    if tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND | TOPIC:
        return True
    if tok.dep_ == "dobj" and tok.head.lower_ == "following":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND for c in tok.children)


def _conditional(tok: Token) -> bool:
    """Is the act made conditional ("will detain journalists if they publish", "unless ...")?
    A conditional sanction, arrest or attack is a threat; so is one an order joins with "or" ("Drop the gun or I
    will shoot")."""
    head = tok.head
    ordered = (tok.dep_ == "conj" and head.tag_ == "VB" and not any(c.dep_ in SUBJ or c.dep_ == "aux" for c in head.children)
               and any(c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < tok.i for c in head.children)
               and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall") for c in tok.children))
    return ordered or any(c.dep_ == "advcl" and any(_condition_mark(m) for m in c.children) for c in tok.children)


SELF = {"i", "we", "he", "she", "they"}  # a speaker's words for himself (or his side) as the doer


def _vowed_harm(tok: Token) -> bool:
    """Force its doer says he will use, told as what he said: "shouting they were going to kill them", "the gunmen
    said they would kill the hostages", '"We will attack the city," the rebels said' — a threat (CAMEO 138), made as
    it was said. Not what one says another will do ("he said the army would attack": inside a quote only "I" and
    "we" are the speaker, but a subject before the quote opens is the reporter's word, as in shouting they "were
    going to kill them"); a plan to coerce stays a plan ("said he would call a national emergency")."""
    from .quotes import verbs as reporting

    clause = tok
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "were going to kill": the clause "going" heads
    said = clause.head
    return (clause.dep_ == "ccomp" and said.pos_ == "VERB" and reporting().get(said.lemma_.lower()) == "speech"
            and any(c.dep_ == "nsubj" and c.lower_ in (("i", "we") if senses.quoted(c) else SELF) for c in clause.children)
            and verb_status(tok) == "intended")


def _cause(noun: Token) -> bool:
    """A natural or accidental cause (cues.tsv cause), unless someone fires it: "Israeli fire", "sniper fire",
    "tank fire" are gunfire (wordsets.tsv shooter), no blaze."""
    return _cue(noun.lemma_.lower(), "cause") and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lower_ in wordsets()["shooter"])
        for c in noun.children)


def _accidental(tok: Token) -> bool:
    """Harm done by a fire, a crash or a storm ("the blaze killed three", "injured in a crash")."""
    for c in tok.children:
        if c.dep_ in SUBJ or c.dep_ == "agent":
            heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "agent" else [c]
            if any(_cause(h) for h in heads):
                return True
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "from"):
            # "killed in police firing" is shooting, not a fire: a gerund is an act, not a cause
            if any(p.dep_ == "pobj" and p.tag_ != "VBG" and _cause(p) for p in c.children):
                return True
    if any(c.dep_ == "compound" and _cue(c.lemma_.lower(), "cause") for c in tok.children):
        return True
    if tok.dep_ in ("acl", "relcl") and _cue(tok.head.lemma_.lower(), "cause"):
        return True  # "an outbreak of cholera killed 60" (read as the outbreak "killed"), "the storm that killed 3"
    if any(c.dep_ in SUBJ or c.dep_ == "agent" for c in tok.children):
        return False
    # no agent of its own: the clause it hangs from ("the stampede resulted in 200 people injured")
    return any(c.dep_ in SUBJ and _cue(c.lemma_.lower(), "cause") for a in list(tok.ancestors)[:3] for c in a.children)


def _code(cameo: str, status: Status, tok: Token | None = None) -> str:
    if status == "intended" and cameo in INTENT_RECODE:
        intent = INTENT_RECODE[cameo]
        if tok is not None and _only_planned(tok) and _kind_of(intent) != _kind_of(cameo):
            return cameo  # "plans to withdraw troops": RETREAT, intended (not an AGREE/CONCEDE intent)
        return intent
    return cameo


def _voiced_intent(tok: Token) -> bool:
    """Is the act the complement of a commitment, a wish or a stance noun ("agreed to", "vowed to",
    "expects to work with", "interest in working with"; cues.tsv commit, desire, attitude)?"""
    head = tok.head
    if tok.dep_ == "pcomp":
        return head.head.pos_ == "NOUN" and _cue(head.head.lemma_.lower(), "attitude")
    return tok.dep_ in ("xcomp", "acl") and head.i != tok.i and (
        _cue(head.lemma_.lower(), "commit") or _cue(head.lemma_.lower(), "desire") and not passive(head))


def _kind_of(cameo: str) -> str | None:
    p = plover_for(cameo)
    return p.type if p else None


def _only_planned(tok: Token) -> bool:
    """The act is the "to"-complement of a plan, not of a commitment ("plans to withdraw troops",
    "voted on a resolution to expel", "is scheduled to meet"): it keeps its own PLOVER type (status
    intended), where "agreed to withdraw" or "promised aid" is an intent (CAMEO 03; cues.tsv commit)."""
    head = tok.head
    # ("expects to work with X", "wants to give X": a wish its subject voices is an intent, as a promise is;
    # "X is expected to meet Y" is a forecast, a plan)
    wish = _cue(head.lemma_, "desire") and not passive(head)
    return (tok.dep_ in ("xcomp", "acl", "relcl") and head.i != tok.i and _cue(head.lemma_, "intend")
            and not _cue(head.lemma_, "commit") and not wish)


def _lent(tok: Token, rule: Rule, rules: dict[int, Rule]) -> Token | None:
    """The object noun a light verb's row names whose own row is more specific and of another kind:
    "imposed a ban on flights from Brazil" ("impose" + ban codes a restriction, 172; a ban on flights
    is an embargo, 163). The verb tells the one happening, with the noun's code."""
    if rule.kind != "V" or not _cue(tok.lemma_.lower(), "light") or rule.cameo[:2] in ("08", "16"):
        return None  # ("called off strikes on Iran": the verb yields or halts the act its noun names, it does not do it)
    return next((n for n in tok.children if n.dep_ == "dobj" and n.i in rules and n.lemma_.lower() in rule.obj
                 and rules[n.i].weight and not _same_kind(rules[n.i], rule)), None)


def _claims(doc: Doc, rules: dict[int, Rule]) -> set[int]:
    """Event nouns that restate a verb's event: its object ("imposed a curfew", "held talks"), or
    the purpose of a trip ("arrived ... on a visit", "flew to Cairo for talks")."""
    claimed: set[int] = set()
    for i, rule in rules.items():
        tok = doc[i]
        if rule.kind != "V":
            continue
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "to")
                  and not (c.lower_ == "for" and tok.lemma_ in ("be", "remain", "stay"))
                  for p in c.children if p.dep_ == "pobj"]  # (and "sentenced to the death penalty"; but
        # "was on probation for a previous arrest": the arrest is an act of its own)
        # (and the same noun coordinated with it: "sentenced to seven life sentences and four sentences of ...")
        go_between = _cue(tok.lemma_.lower(), "go_between")  # "facilitated a meeting between A and B": A and B met
        claimed.update(k.i for n in nouns for k in (n, *(c for c in n.conjuncts if c.lemma_ == n.lemma_))
                       if k.i in rules and _same_kind(rules[k.i], rule) and not _judged_named_act(tok, k)
                       and not (go_between and len(between(k)) >= 2))
        if (lent := _lent(tok, rule, rules)) is not None:
            claimed.add(lent.i)  # "imposed a ban on flights": one happening, the verb's (of the ban's kind)
        if _cue(tok.lemma_.lower(), "suffer") and (rule.obj or rule.prep_obj):
            # "came under heavy criticism", "faces charges of fraud": the verb's own row names the
            # act its subject undergoes, so the noun is that act, whatever its row codes alone
            held = [c for c in tok.children if c.dep_ == "dobj"]
            came_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children)  # "came in for criticism"
            held += [p for c in tok.children if c.dep_ == "prep" and (c.lower_ == "under" or came_in and c.lower_ == "for")
                     for p in c.children if p.dep_ == "pobj"]
            claimed.update(n.i for n in held if n.i in rules)
    return claimed


def _said_on_platform(tok: Token) -> bool:
    """Has ``tok`` an "on" phrase naming a platform (platforms.tsv): "support for X on Twitter"?"""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lower_ in actor_lexicon.platforms()
                                                             for p in c.children) for c in tok.children)


def _not_said_on(targets: list[str | None], tok: Token, index: ActorIndex, fld: str) -> list[str | None]:
    """``targets`` without the platforms named after ``tok`` in an "on" phrase (platforms.tsv): where a judgement,
    appeal or threat is said ("hailed the report on Twitter", "praised Warren's endorsement on Twitter")."""
    said_on = {a for t in tok.sent if t.dep_ == "pobj" and t.head.lower_ == "on" and t.i > tok.i
               and t.lower_ in actor_lexicon.platforms() for a in index.actors(t, fld)}
    return [a for a in targets if a not in said_on]


def _judged_named_act(verb: Token, noun: Token) -> bool:
    """An act noun with a named doer of its own, object of a verb that is no light verb: an act judged, not the
    verb's act restated ("Clinton blamed the FBI inquiry": the inquiry is the FBI's, her blame is hers; but
    "launched the FBI inquiry", "made the accusations" restate)."""
    return noun.dep_ == "dobj" and not _cue(verb.lemma_.lower(), "light") and any(
        c.dep_ in ("poss", "compound", "amod") and c.i < noun.i and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        for c in noun.children)


def find(doc: Doc, fld: str, index: ActorIndex, article: senses.ArticleContext | None = None) -> list[Found]:
    """Every event mention in one parsed field (``article``: what the whole article says about
    its triggers' senses, see senses.article_context)."""
    out: list[Found] = []
    rules = {tok.i: r for tok in candidates(doc) if (r := match(tok)) is not None}
    claimed = _claims(doc, rules)
    for i, rule in rules.items():
        tok = doc[i]
        if tok.i in claimed:
            continue
        base = rule.cameo
        plover = plover_for(base, rule.plover)
        if plover is None or base not in cameo_codes():
            continue
        if (base[:2] in VIOLENT_ROOTS or base == DESTROY) and _accidental(tok):  # "homes destroyed by the quake"
            continue
        if rule.kind == "N" and tok.dep_ == "compound" and index.at(tok, fld):
            continue  # part of an actor's name: "aid agencies", "peace activists", "strike leaders"
        if held_by(tok) is not None:
            continue  # "Russian-occupied Donetsk": who holds the place, told as its description, no act told here
        if (rule.kind == "N" and tok.dep_ in ("compound", "amod") and (r := rules.get(tok.head.i)) is not None
                and r.kind == "N" and _same_kind(r, rule)):
            continue  # one noun phrase, one act: "a fixed penalty notice", "a strike action": the head tells it
        means = tok
        while means.dep_ == "conj" and means.head.pos_ == "NOUN":
            means = means.head  # "pushed back the crowd with batons and tear gas": the gas is a means too
        if (rule.kind == "N" and means.dep_ == "pobj" and means.head.lower_ in ("in", "during", "with")
                and (r := rules.get(means.head.head.i)) and r.kind == "V" and _same_kind(r, rule)
                and verb_status(means.head.head) == "occurred"  # "were not injured in the attack": it was
                and not between(tok)):  # "killed in clashes between police and protesters": the clashes tell who
            # "killed in an airstrike", "dispersed with tear gas": one happening, told by the verb
            # (which takes the strike's owner); "killed by an airstrike" is told by the noun
            # (senses: an attack's own toll)
            continue
        threat = base[:2] in THREAT_OF and (_conditional(tok) or base[:2] in VIOLENT_ROOTS and rule.kind == "V" and _vowed_harm(tok))
        if threat:
            base = THREAT_OF[base[:2]]
            plover = plover_for(base) or plover
        if (lent := _lent(tok, rule, rules)) is not None and rules[lent.i].cameo in cameo_codes():
            base = rules[lent.i].cameo
            plover = plover_for(base, rules[lent.i].plover) or plover
        coop = cameo_codes()[base][1] <= 2
        if rule.kind == "V":
            # "struck Hamas with air strikes": the means told "with"/"in" is this act (skipped above as a noun);
            # its more specific code of the same root (195 aerial) is the act's
            means = [rules[p.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "in", "during")
                     for p in c.children if p.dep_ == "pobj" and p.i in rules and rules[p.i].kind == "N"]
            finer = next((m for m in means if m.cameo[:2] == base[:2] and m.cameo != base
                          and base == base[:2] + "0" and m.cameo in cameo_codes()), None)
            if finer is not None and base[:2] in VIOLENT_ROOTS:
                base, plover = finer.cameo, plover_for(finer.cameo, finer.plover) or plover
            status = verb_status(tok)
            if status == "negated" and (rule.neg or "no" in rule.arg and not any(c.dep_ == "neg" for c in tok.children)):
                status = "occurred"  # the row reads the "no" itself: "found no evidence against her" clears her,
                # "were not allowed to enter" bans them
            srcs, tgts = verb_arguments(tok, plover, index, fld, coop, rule.obj)
            if _claims_responsibility_for(tok, rules):
                continue  # the act claimed is the event, with the claimer as its source (noun_arguments)
            if tok.dep_ == "relcl" and (r := rules.get(tok.head.i)) and _same_kind(r, rule):
                continue  # "the talks which were held": the noun already is this event
            if _shot_landing(tok) and (r := rules.get(tok.head.head.i)) and _same_kind(r, rule):
                continue  # "fired the bullet that struck X": the firing is this event, and X its target
            # (the parser may hang it on the act's object: "dispersed [the crowd using tear gas]")
            gov = tok.head if tok.dep_ == "advcl" else tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else None
            if (gov is not None and tok.tag_ == "VBG" and plover.type in MEANS_ACTS and not _cue(tok.lemma_.lower(), "harmed")
                    and (r := rules.get(gov.i)) and r.kind == "V"
                    and _same_kind(r, rule) and not any(c.dep_ in SUBJ for c in tok.children)
                    and not any(index.actors(t, fld) for t in verb_target(tok))):
                continue  # "dispersed the crowd using tear gas", "firing tear gas": the act's means, no other act
                # (force only: "met for an hour, discussing the transition" tells the talk's subject, coded on its own;
                # and not its toll: "struck Houthi positions, killing 12 fighters" is coded as a killing too)
            if ((tok.dep_ == "xcomp" or tok.dep_ == "advcl" and to_infinitive(tok))
                    and (r := rules.get(tok.head.i)) and _same_kind(r, rule, _code(base, status))):
                # "agreed to normalize ties" (an intent to cooperate, AGREE), "fired tear gas to
                # disperse protesters": one event, the governing one, which takes the complement's target
                continue
            subj = [t for t in verb_subject(tok) if t.pos_ == "NOUN"]
            agent_event = subj[0] if subj and subj[0].i in rules and (
                not any(srcs) or subj[0].head.i == tok.i and _same_kind(rules[subj[0].i], rule)) else None
            if agent_event is not None and plover.mode == "visit":
                continue  # "humanitarian aid arrives in ...": the aid arriving, not a visit
            bare = False
        else:
            agent_event = None
            status = noun_status(tok)
            srcs, tgts, light = noun_arguments(tok, index, fld, coop)
            if plover.type in SAID_ACTS:
                tgts = _not_said_on(tgts, tok, index, fld)
            kids = list(tok.children)
            bare = not any(srcs) and not any(tgts) and any(
                (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                or (c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"))
                for c in kids
            )
        if rule.kind == "V" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and not any(srcs) and not any(tgts) \
                and len(pair := [a for t in between(tok) for a in index.actors(t, fld)]) >= 2:
            # "Fighting between the army and the RSF killed dozens": a gerund the parser keeps a verb names its
            # parties as the noun does ("clashes between police and protesters")
            srcs, tgts = pair, []
        if base == "115" and not any(tgts):  # "filed a lawsuit challenging Pennsylvania's voting rules"
            suits = [tok] if rule.kind == "N" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            tgts = [a for t in suits for a in _suit_aims(t, index, fld) if a not in srcs]
        if threat and status == "intended":
            status = "occurred"  # "will detain journalists if they publish": the threat is made, now
        if rule.kind == "V" and not any(srcs) and not any(tgts) and _cue(tok.lemma_, "parties") and not (
                senses.quoted(tok) and any(t.lower_ in ("i", "we") for t in verb_subject(tok))):
            continue  # (but '"We discussed it," she said' is its speaker's: the speakers stage names her)
        sources = _distinct(srcs, index) or [None]
        targets = _distinct(tgts, index) or [None]
        if len(sources) >= 2 and targets == [None] and (any(_cue(w, "reciprocal") or _cue(w, "mutual") for w in (rule.lemma, tok.lemma_.lower())) or any(
                c.dep_ == "dobj" and _cue(c.lemma_.lower(), "reciprocal") for c in tok.children) or _each_other(tok) or any(
                p.dep_ == "pobj" and _cue(p.lemma_.lower(), "mutual") for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children)):
            # "reached an agreement", "went to war"; "Armenia and Azerbaijan accused each other": each way; three or
            # more parties gathered are each a party to it, with no one other ("X, Y and Z met")
            pairs = [(a, b) for a in sources for b in sources if a != b] if len(sources) == 2 else [(a, None) for a in sources]
            hub_tok = between_hub(tok)
            hub = next((a for a in index.actors(hub_tok, fld) if a in sources), None) if hub_tok is not None else None
            if hub is not None:  # "deals between Israel and the UAE, Bahrain and Kosovo": Israel with each, each way
                pairs = [p for o in sources if o != hub for p in ((hub, o), (o, hub))]
        else:
            pairs = [(s, t) for s in sources for t in targets if s != t or s is None]
            if rule.pred and plover.type == "ACCUSE" and sources[0] is not None and targets and set(targets) <= set(sources):
                continue  # "the Taliban said they were responsible for the attack": a claim of one's own act, no accusation
        # PRECISION (senses.py): another reading of the trigger here ("attacks" in a campaign)?
        # (done with each other: each is the other's target, "Trump and Ryan clashed")
        told = [t for _, t in pairs if t] or targets
        if (new := senses.recode(tok, rule.lemma, plover.type, base, sources, told, article)) in cameo_codes():
            base, plover = new, plover_for(new) or plover
        # PRECISION (senses.py): is this reading of the trigger political or social action?
        sense = senses.sense(tok, rule.lemma, plover.type, base, sources, told, article)
        if sense == senses.DROP:
            continue
        embedded, background = _embedded(tok), _background(tok)
        code = _code(base, status, tok)
        # an intent (CAMEO 03) voiced by a commitment, a wish or a stance is that expression, which took place:
        # "pledged to work with X", "expressed interest in working with X" (its confidence still reads the plan);
        # a reported future ("said the army would withdraw") and a planned meeting stay intended
        voiced = code != base and _kind_of(code) != _kind_of(base) and _voiced_intent(tok)
        told = "occurred" if voiced else status
        kind = plover if code == base else (plover_for(code) or plover)
        if plover.mode == "visit" and kind.type == plover.type:
            kind = plover  # "will travel to Beijing next week": an intended visit is still a visit, to where it goes
        if code[:2] == "03" and (voiced or _cue(rule.lemma, "commit")):
            # "pledged to reverse the policy", "promised to end the isolation", "agreed to meet": the coders code
            # the commitment, CAMEO 03 as a whole (AGREE), not the concession or meeting promised (its confidence
            # still reads the act; a bare "will withdraw" stays CONCEDE)
            kind = plover_for(code[:2]) or kind
        # '"We discussed a lot of things," he said': the speakers stage names who "we" is (an act, not a
        # feeling or a stance told by "be" or "have": "we are concerned" stays a worry)
        quoted = (sources == [None] or targets == [None]) and senses.quoted(tok)
        spoken = quoted and sources == [None] and not rule.pred and tok.lemma_ not in ("be", "have") and any(
            t.lower_ in ("i", "we", "my", "our")
            for t in (verb_subject(tok) if rule.kind == "V" else [c for c in tok.children if c.dep_ == "poss"]))
        # ('"They want to arrest us," he said': the speaker is its target)
        spoken_to = quoted and targets == [None] and rule.kind == "V" and any(
            t.tag_ == "PRP" and t.lower_ in ("me", "us") and t.text != "US" for t in verb_target(tok))
        for s, t in pairs or [(sources[0], None)]:
            # CONFIDENCE (senses.confidence; weights in resources/events/confidence.tsv)
            ev = senses.evidence(
                tok, article, constraints=rule.weight, nominal=rule.kind == "N", source=bool(s) or spoken, target=bool(t) or spoken_to,
                root=tok.dep_ == "ROOT", embedded=embedded, background=background,
                attributive=tok.dep_ in ("amod", "compound"), sense=sense, plover=plover.type, status=status,
                political=senses.is_political(index.by_id.get(s or "")) or senses.is_political(index.by_id.get(t or "")),
                state_source=senses.is_state(index.by_id.get(s or "")))
            conf = senses.confidence(ev)
            ref = Ref(fld, _trigger_start(tok, rule), tok.idx + len(tok.text))
            out.append(Found(fld, tok, tok.sent, rule, code, kind, told, s, t,
                             conf, bare, [ref], agent_event, ev))
    return _said_judgements(out)


def _doers(act: Token, index: ActorIndex, fld: str, sources: list[str | None], cooperative: bool) -> list[str]:
    """Who did an act one judges or protests ("over American arms sales", "against the decision of the
    university"): its owners, else, for a noun whose "of" phrase names its doer (cues.tsv of_agent, acts.tsv), that
    phrase; never the judge."""
    owners = [a for a in noun_owners(act, index, fld) if a not in sources]
    if owners or not (_cue(act.lemma_.lower(), "of_agent") or actor_lexicon.is_act_noun(act.lemma_.lower())):
        return owners
    return [a for t in prep_target(act, cooperative, ("of",)) for a in index.actors(t, fld) if a not in sources]


def _said_judgements(found: list[Found]) -> list[Found]:
    """"said the ruling was unfair", '"It is a disgrace," he said': when the verb of saying is coded as the
    judgement (a "pred:" row; its subject is the speaker), the copula's own event of the same type, which
    names no speaker, is the same statement and goes. Kept when the saying is no event (a private remark)."""
    said = {(f.tok.i, f.plover.type) for f in found if f.rule.pred}
    if not said:
        return found

    def told(f: Found) -> bool:
        tok = f.tok
        if f.rule.lemma != "be":
            return False
        heads = [tok.head] if tok.dep_ == "ccomp" else []
        heads += [c for c in tok.children if c.dep_ == "parataxis"]
        return any((h.i, f.plover.type) in said for h in heads)
    return _said_demands([f for f in found if not told(f)])


DEMANDS = {"@should", "@should_have"}


def _said_demands(found: list[Found]) -> list[Found]:
    """"said the president should accept the outcome" (a "pred:@should" row): a demand the speaker makes of
    the said clause's subject, kept only when that subject is an actor (not "said climate change must be
    addressed", "said it must have been irrelevant") and not the speaker's own side ("she said we must stand
    together"). Where the act demanded is a trigger of its own, the statement is told by that act's event
    ("said she should not be prosecuted"), unless that is a judgement ("said Bashir should be held
    responsible": the saying is the judgement, told by its speaker) or what should have been done ("said the
    government should have warned them": a reproach, and no warning): then the act's event goes."""
    acts = {f.tok.i: f for f in found if not f.rule.pred & DEMANDS}
    drop: set[int] = set()
    for f in found:
        if not f.rule.pred & DEMANDS:
            continue
        tok = f.tok
        clause = tok.head if tok.dep_ == "parataxis" else next((c for c in tok.children if c.dep_ == "ccomp"), None)
        act = acts.get(clause.i) if clause is not None else None
        if clause is None or not _demanded_of(tok, clause):
            drop.add(id(f))
        elif act is not None and "@should_have" in f.rule.pred:
            drop.add(id(act))  # "said the government should have warned them": the reproach, no warning
        elif act is not None and act.plover.type == "ACCUSE":
            f.cameo, f.plover = act.cameo, act.plover
            f.target = f.target or act.target  # the one blamed ("Bashir should be held responsible")
            drop.add(id(act))
        elif act is not None or f.target is None:
            drop.add(id(f))
    return [f for f in found if id(f) not in drop]


NO_ONE_TOLD = {"i", "we", "it", "anyone", "everyone", "anybody", "everybody", "people", "person", "one"}


def _demanded_of(said: Token, clause: Token) -> bool:
    """Is ``clause`` ("the president should accept") a demand that ``said`` makes of someone named: its subject a
    party of its own (not "we", "it", "anyone", "every person", nor a thing an actor owns: "Comey's letter
    should end"), its verb no copula ("the US should be at the lead", "Comey must be under pressure": a view,
    not a demand), and the speaker no "I" giving an opinion ("I think every leader should")?"""
    subj = next((c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ), None)
    speaker = next((c for c in said.children if c.dep_ in SUBJ), None)
    return (subj is not None and subj.lower_ not in NO_ONE_TOLD and clause.lemma_ != "be"
            and not any(c.dep_ == "poss" or c.lower_ in ("any", "every") for c in subj.children)
            and (speaker is None or speaker.lower_ not in ("i", "we")))


def _owns_up_or_denies(verb: Token) -> bool:
    """"denied responsibility for" (cues.tsv rebut), "accepted / acknowledged responsibility for" (a row of
    the verb reading it as a concession, 015): told of an act, not a claim of having done it."""
    return _cue(verb.lemma_.lower(), "rebut") or ((rule := match(verb)) is not None and rule.cameo.startswith("015"))


def _claims_responsibility_for(tok: Token, rules: dict[int, Rule]) -> bool:
    """A verb of claiming whose object is "responsibility for" an act the text names as a trigger (a
    denial of it, "denied responsibility for the attack", or an acceptance, "accepted responsibility for the
    murder", is an event of its own)."""
    if _owns_up_or_denies(tok):
        return False
    for o in tok.children:
        if o.dep_ == "dobj" and o.lemma_.lower() == "responsibility":
            return any(p.lower_ == "for" and any(a.i in rules for a in p.children if a.dep_ == "pobj")
                       for p in o.children if p.dep_ == "prep")
    return False


def _distinct(ids: list[str | None], index: ActorIndex) -> list[str | None]:
    """Actors once each; two groups with one code are one party ("a United States military
    airstrike": the United States and its military are one source, not two events)."""
    out: list[str] = []
    for aid in dict.fromkeys(ids):
        actor = index.by_id.get(aid) if aid else None
        if actor is None:
            continue
        same = next((i for i, o in enumerate(out) if _one_party(index.by_id[o], actor)), None)
        if same is None:
            out.append(aid)
        elif index.by_id[out[same]].country is None and actor.country:
            out[same] = aid  # the one that says whose it is
    return list(out)


def _one_party(a, b) -> bool:
    """Two group actors that are one party: the same code told by names of which one holds the other's
    head ("Hamas" and "Hamas militants"), or the same sector with one of them saying no country ("the
    United States" acting as its military, and "military"). Kin or groups of one code named apart ("his
    mother, father and sister") are parties each."""
    if a.kind == "person" or b.kind == "person" or not (a.code and b.code):
        return False
    an, bn = a.name.lower().split(), b.name.lower().split()
    return (a.code == b.code and bool(an and bn) and (an[-1] in bn or bn[-1] in an)) or (
        bool(a.sectors) and a.sectors == b.sectors and (a.country is None) != (b.country is None))


LANDING = {"hit", "strike", "kill", "wound", "injure", "pierce", "graze"}  # what a shot does to whom it reaches


def _shot_landing(tok: Token) -> bool:
    """Is ``tok`` a relative clause telling whom a shot fired reached: "(fired the bullet) that struck X", "(a shot)
    which hit the boy" — the round (wordsets.tsv @fired, or shot, round) the object of a verb?"""
    shot = tok.head
    return (tok.dep_ == "relcl" and tok.lemma_.lower() in LANDING and shot.dep_ == "dobj"
            and (shot.lemma_.lower() in wordsets()["fired"] or shot.lemma_.lower() in ("shot", "round")))


def _same_kind(a: Rule, b: Rule, b_code: str | None = None) -> bool:
    """Do two rows code the same PLOVER type (``b`` as coded with its status, if given)?"""
    pa = plover_for(a.cameo, a.plover)
    pb = plover_for(b_code) if b_code and b_code != b.cameo else plover_for(b.cameo, b.plover)
    return bool(pa and pb and pa.type == pb.type)


def _compatible(a: Found, b: Found, any_status: bool = False) -> bool:
    return (
        a.plover.type == b.plover.type
        and (any_status or a.status == b.status)
        and (a.source is None or b.source is None or a.source == b.source)
        and (a.target is None or b.target is None or a.target == b.target)
    )


def _absorb(keep: Found, other: Found) -> None:
    keep.mentions += other.mentions
    keep.source = keep.source or other.source
    keep.target = keep.target or other.target
    if other.cameo[:2] == keep.cameo[:2] and len(other.cameo) > len(keep.cameo):
        keep.cameo = other.cameo
    keep.confidence = round(min(0.98, max(keep.confidence, other.confidence) + 0.03), 2)


def _one_family(first: Found, again: Found) -> bool:
    """Is ``again`` (a noun) a word of ``first``'s family: the same word, or the act of its verb ("met" ...
    "the meeting", "was shot" ... "the shooting", "investigated" ... "the investigation")? Each is
    taken as its lemma and its row's verb (derivations.tsv); a verb's stem opens its noun (a final
    "e" dropped: investigat-ion)."""
    told = {first.tok.lemma_.lower(), first.rule.lemma.lower()}
    nouns = {again.tok.lemma_.lower(), again.rule.lemma.lower()}
    if told & nouns:
        return True
    stems = {v[:-1] if v.endswith("e") else v for v in told} if first.rule.kind == "V" else set()
    return any(len(v) >= 3 and n.startswith(v) for v in stems for n in nouns)


def _harm_told_by(harm: Token, act: Token) -> bool:
    """Is ``act`` the clause a passive harm happened in ("were shot when a gunman opened fire", "was
    wounded as troops stormed the building", "were killed when a car bomb exploded"), or the act done to them it
    followed ("were injured after being attacked by protesters")?"""
    # ("were killed when a car bomb exploded": the act named by the subject of the clause's verb)
    clause = act.head if act.dep_ in ("nsubj", "nsubjpass") and act.head.pos_ == "VERB" and act.pos_ == "NOUN" else act
    return passive(harm) and (
        clause.dep_ == "advcl" and clause.head.i == harm.i
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in clause.children)
        or act.dep_ == "pcomp" and act.head.lower_ == "after" and act.head.head.i == harm.i and passive(act)
        and _cue(harm.lemma_.lower(), "harmed"))


def _retold(again: Found) -> None:
    """A bare re-mention ("the meeting lasted an hour") is the act of its first telling, as sure as that telling
    says (times the factor "retold" of confidence.tsv). It keeps no party of that telling: the coder codes only
    who its own sentence names as doing it (giving it the first telling's parties its sentence names was tried:
    dev source right -0.005, the coders leave most such re-mentions without them)."""
    again.confidence = max(again.confidence, round(again.retells.confidence * senses.weights()["retold"], 2))


def merge(body: list[Found], zones: list[Found]) -> list[Found]:
    """One event per happening: title/caption mentions and a second telling of a dyad in its sentence join
    body events; a bare definite re-mention in a sentence of its own ("the raid lasted three hours") stays
    an event of that sentence, as a coder codes it, and names the event it tells again (``retells``)."""
    events: list[Found] = []
    for f in body:
        if f.anaphoric:
            prior = next((e for e in reversed(events) if _compatible(e, f, any_status=True) and _one_family(e, f)), None)
            if prior and prior.sent.start == f.sent.start:
                _absorb(prior, f)
                continue
            f.retells = prior.retells or prior if prior else None
            if f.retells is not None and not (f.source or f.target):
                _retold(f)
        # the same full dyad and code in the same sentence is one act told twice ("X met Y ... the two met");
        # in another sentence it is another statement or a re-mention a coder codes again (prec8: over the five dev
        # sets, 8 more events, 7 of them gold events)
        same = next((e for e in events if e.source and e.target and e.source == f.source
                     and e.target == f.target and e.cameo == f.cameo and e.status == f.status
                     and e.sent.start == f.sent.start), None)
        # "shot and killed X", "was stabbed and wounded": the harm told after the attack is its outcome, one act
        same = same or next((e for e in events if f.tok.dep_ == "conj" and f.tok.head.i == e.tok.i and e.sent.start == f.sent.start
                             and f.plover.type == e.plover.type == "ASSAULT" and _cue(f.tok.lemma_.lower(), "harmed")
                             and (e.source, e.target, e.status) == (f.source, f.target, f.status)), None)
        # "killed his sister by strangling her": the means of an act of its type is that act, one event
        same = same or next((e for e in events if f.tok.dep_ == "pcomp" and f.tok.head.lower_ == "by"
                             and f.tok.head.head.i == e.tok.i and e.sent.start == f.sent.start
                             and f.plover.type == e.plover.type and e.status == f.status
                             and (e.source is None or f.source is None or e.source == f.source)), None)
        # "five people were shot when a gunman opened fire": the firing is the act the harm was done in, one event
        same = same or next((e for e in events if e.sent.start == f.sent.start and e.plover.type == "ASSAULT"
                             and (_harm_told_by(e.tok, f.tok) or _harm_told_by(f.tok, e.tok)) and _compatible(e, f)), None)
        if same:
            _absorb(same, f)
            continue
        events.append(f)
    for z in zones:
        home = next((e for e in events if _compatible(e, z) and (e.source or e.target)
                     and (e.source == z.source or e.target == z.target)), None)
        home = home or next((e for e in events if _compatible(e, z) and e.rule.lemma == z.rule.lemma), None)
        if home:
            _absorb(home, z)
        else:
            events.append(z)
    by_mention = {(r.field, r.start): e for e in events for r in e.mentions}
    kept = []
    for e in events:
        holder = by_mention.get((e.fld, e.agent_event.idx)) if e.agent_event is not None else None
        told_by = e.agent_event.head if e.agent_event is not None and e.agent_event.head.dep_ == "agent" else e.agent_event
        if (holder is not None and holder is not e and holder.tok.i == e.agent_event.i and told_by.head.i == e.tok.i
                and holder.plover.type == e.plover.type and _compatible(holder, e)):
            # "the attack killed five soldiers", "the town was hit by airstrikes": one happening, told by the noun
            _absorb(holder, e)
            continue
        if e.source is None and e.agent_event is not None and holder is not None:
            # "the raid failed to capture X": the raid's agent; a raid told again has it from its first telling
            e.source = holder.source or (holder.retells.source if holder.retells else None)
        kept.append(e)
    _judged_clause(kept)
    return kept


def _judged_clause(events: list[Found]) -> None:
    """"Trump banned travel from China in January, which Biden opposed": a judgement or protest whose object is
    the clause before it (a "which" relative the parser hangs on that clause's time) targets that clause's doer."""
    by_tok = {(f.fld, f.tok.i): f for f in events}
    for e in events:
        if e.target is not None or e.plover.type not in JUDGED_ACTS | {"PROTEST"}:
            continue
        act = by_tok.get((e.fld, clause.i)) if (clause := _sentential_relative(e.tok)) is not None else None
        if act is not None and act.source is not None and act.source != e.source:
            e.target = act.source


def _sentential_relative(tok: Token) -> Token | None:
    """The clause a "..., which X opposed" relative says something of, when the parser hangs it on the clause's last
    time ("banned travel in January, which Biden opposed"): the verb over that time."""
    head = tok.head
    if not (tok.dep_ == "relcl" and head.ent_type_ in ("DATE", "TIME") and head.i + 1 < tok.i and tok.doc[head.i + 1].text == ","
            and any(c.dep_ == "dobj" and c.lower_ == "which" for c in tok.children)):
        return None
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _record(n: int, f: Found, parsed: Parsed, ids: dict[int, str]) -> Event:
    name, quad, goldstein = cameo_codes().get(f.cameo) or cameo_codes()[f.rule.cameo]
    body_ref = next((r for r in f.mentions if r.field == "text"), None)
    first = body_ref or f.mentions[0]
    fld_text = parsed.article.text if first.field == "text" else _zone_text(parsed, first.field)
    sent = parsed.sentence_index(first.start) if body_ref else -1
    evidence = f.sent.text.strip() if f.fld == first.field else fld_text.strip()
    if body_ref and f.fld != "text":
        evidence = parsed.sentences[sent].text.strip()
    event = Event(
        id=f"e{n}",
        sentence=sent,
        trigger=Trigger(fld_text[first.start:first.end], first.start, first.end),
        cameo=f.cameo,
        cameo_root=f.cameo[:2],
        quad_class=quad,
        goldstein=goldstein,
        plover=Plover(f.plover.type, f.plover.mode),
        source=f.source,
        target=f.target,
        status=f.status,
        confidence=f.confidence,
        evidence=evidence,
        mentions=sorted(f.mentions, key=lambda r: (r.field != "text", r.field, r.start)),
        same_as=ids.get(id(f.retells)) if f.retells is not None else None,  # None: the first telling was not kept
    )
    event._evidence = f.evidence  # not a field: never serialised; read by benchmarks/dyads.py --features
    return event


def _zone_text(parsed: Parsed, fld: str) -> str:
    return next((d.text for name, d in parsed.zones if name == fld), "")


def _judged_before(found: list[Found], index: ActorIndex) -> list[Found]:
    """"Trump commuted Stone's sentence. Biden criticised the move": judging an act told just before,
    named by a definite noun for an act with no doer of its own ("the move", "this decision", "the
    commutation"), targets who did it: the source of the nearest act before it in its sentence or the
    one before (of the noun's own kind when the noun is a trigger of the lexicon), other than the judge's party."""
    for f in found:
        if f.plover.type not in JUDGED_ACTS or f.target is not None or f.rule.kind != "V":
            continue
        obj = next((o for o in verb_object(f.tok) if o.pos_ == "NOUN"), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) or any(
                c.dep_ in ("poss", "prep", "compound", "amod", "relcl", "acl") for c in obj.children):
            continue
        named = match(obj)  # a noun for an act of its own kind ("the shooting") is an act of that kind
        if named is None and not actor_lexicon.is_act_noun(obj.lemma_.lower()):
            continue
        kind = plover_for(named.cameo, named.plover) if named is not None else None
        judge = index.by_id.get(f.source) if f.source else None
        before = [g for g in found if g.tok.i < f.tok.i and g.source is not None and g.source != f.source
                  and not (judge is not None and g.source in index.by_id and _one_party(judge, index.by_id[g.source]))
                  and g.plover.type not in JUDGED_ACTS and (kind is None or g.plover.type == kind.type)
                  and (g.sent.start == f.sent.start or g.sent.end == f.sent.start)]
        if before:
            f.target = before[-1].source
    return found


def _repeats(body: list[Found]) -> list[Found]:
    """Each body act's count of the other acts of the body with its CAMEO root (Evidence.repeats: an act the article
    is about is told again and again), and its confidence read again with it."""
    acts = {f.tok.i: f for f in body}.values()
    roots = Counter(f.cameo[:2] for f in acts)
    for f in body:
        if f.evidence is not None:
            f.evidence = replace(f.evidence, repeats=roots[f.cameo[:2]] - 1, article_acts=len(acts))
            f.confidence = senses.confidence(f.evidence)
    return body


def annotate(parsed: Parsed, min_confidence: float | None = None) -> None:
    """Fill ``article.events`` from body, title and captions, keeping events whose confidence
    reaches ``min_confidence`` (None: the pipeline's, ``parsed.min_confidence``, else the default
    in resources/events/confidence.tsv; 0: all)."""
    if min_confidence is None:
        min_confidence = parsed.min_confidence
    index = ActorIndex(parsed.article.actors)
    context = senses.article_context(parsed.body, parsed.article.actors)  # PRECISION: article prior
    body = _repeats(_judged_before(find(parsed.body, "text", index, context), index))
    zones = [f for name, doc in parsed.zones for f in find(doc, name, index, context)]
    merged = senses.keep(merge(body, zones), min_confidence)  # PRECISION: min_confidence filter
    merged.sort(key=lambda f: (f.fld != "text", f.mentions[0].start if f.fld == "text" else 0))
    ids = {id(f): f"e{i}" for i, f in enumerate(merged, 1)}
    parsed.article.events = [_record(i, f, parsed, ids) for i, f in enumerate(merged, 1)]
