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
a bare definite noun ("the raid") joins the latest event of its type. An event
found only in a title or caption has ``sentence`` -1 and its trigger offsets
point into the field named by ``mentions[0].field``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .model import Actor, Event, Plover, Ref, Status, Trigger
from .nlp import Parsed
from .spans import SpanIndex

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
TARGET_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "into", "at", "of", "from", "over")
ARG_SKIP = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "conj", "cc", "punct", "advcl", "relcl",
            "appos", "mark", "aux", "auxpass", "neg", "det", "parataxis", "ccomp", "acl"}
MOD_DEPS = {"compound", "amod", "nmod", "npadvmod", "poss", "nummod"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
VIOLENT_ROOTS = {"18", "19", "20"}
INTENT_RECODE = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "060": "030", "06": "031",
                 "071": "0331", "072": "0332", "073": "0333", "074": "0334", "070": "033", "075": "033",
                 "050": "032", "051": "032", "054": "032", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
                 "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356",
                 "0871": "0356", "0873": "0356", "0874": "0356", "080": "035", "057": "037", "045": "039",
                 "046": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036"}
ARG_SUBTREE_MAX = 30
EMBEDDED_FACTOR = 0.6  # an event reported inside another ("accused X of killing") is not the main one
NO_EVENT = "-"  # a lexicon row saying this reading of the word is no event
QUANTITY = {"dozen", "score", "hundred", "thousand", "million", "number", "group", "handful", "couple", "pair"}
ATTRIBUTIVE_FACTOR = 0.7  # a word describing another ("the imprisoned critic", "a talk show") is not the news
THREAT_OF = {"16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}  # conditional acts are threats
BACKGROUND_FACTOR = 0.75  # an event given as circumstance ("after talks", "amid protests") is background
TOPIC = {"on", "over", "about", "regarding", "concerning"}  # "talks on a deal": the deal is a topic
BACKGROUND = {"after", "amid", "amidst", "during", "following", "despite", "since", "before", "ahead", "while"}
CLAUSE_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "acl", "relcl", "conj"}


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
    passive: bool = False
    weight: int = 0  # number of constraints; more specific rows win


def _read(name: str) -> list[list[str]]:
    text = resources.files("eventwire").joinpath(f"resources/events/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _parse_rule(row: list[str]) -> Rule:
    kind, lemma, spec, cameo = (c.strip() for c in row[:4])
    fields: dict = {}
    for part in spec.split():
        key, _, value = part.partition(":")
        if key == "pass":
            fields["passive"] = True
        elif key == "prep":
            prep, _, objs = value.partition("=")
            fields["prep"] = prep
            fields["prep_obj"] = frozenset(objs.split("|")) if objs else frozenset()
        elif key == "prt" and "=" in value:
            prt, _, objs = value.partition("=")
            fields["prt"], fields["obj"] = frozenset(prt.split("|")), frozenset(objs.split("|"))
        else:
            fields[key] = frozenset(value.split("|"))
    weight = sum(1 for k in ("prt", "obj", "prep", "xcomp", "mod", "arg") if fields.get(k)) + fields.get("passive", 0)
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


def _resolve_rel(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _with_conj(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def _patient_subject(tok: Token) -> bool:
    """A headline passive without its auxiliary ("Six indicted by grand jury", "Curfew lifted"):
    the subject undergoes the act. Headlines tell past events in the present tense, so a
    headline verb the tagger reads as past tense without an object is such a participle."""
    kids = list(tok.children)
    participle = tok.tag_ == "VBN" or (
        tok.tag_ == "VBD" and tok.doc.user_data.get("headline") and not any(c.dep_ == "dobj" for c in kids))
    return (participle and any(c.dep_ == "nsubj" for c in kids)
            and not any(c.dep_ in ("aux", "auxpass") for c in kids))


def _counted(tok: Token) -> list[str]:
    """What a quantity noun counts: "dozens of diplomats" → diplomat."""
    if tok.lemma_.lower() not in QUANTITY:
        return []
    return [p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


def _features(tok: Token) -> dict[str, set[str]]:
    kids = list(tok.children)
    f: dict[str, set[str]] = {"prt": set(), "obj": set(), "xcomp": set(), "mod": set(), "arg": set()}
    preps: dict[str, set[str]] = {}
    patient = _patient_subject(tok)
    passive = patient or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids)
    for c in kids:
        d = c.dep_
        if d == "prt":
            f["prt"].add(c.lower_)
        elif d in ("dobj", "dative", "attr", "oprd") or (d in PASS_SUBJ and passive) or (d == "nsubj" and patient):
            for o in _with_conj(_resolve_rel(c)):
                f["obj"].update(_forms(o))
                f["obj"].update(_counted(o))
        elif d in ("prep", "agent"):
            objs = preps.setdefault(c.lower_, set())
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    objs.update(o.lemma_.lower() for o in _with_conj(p))
        elif d == "xcomp":
            f["xcomp"].add(c.lemma_.lower())
            f["xcomp"].update(p.lower_ for p in c.children if p.dep_ == "prt")
        if d in MOD_DEPS:
            f["mod"].add(c.lemma_.lower())
            f["mod"].add(c.lower_)
        if d not in ARG_SKIP:
            sub = list(c.subtree)
            if len(sub) <= ARG_SUBTREE_MAX:
                f["arg"].update(t.lemma_.lower() for t in sub)
    if (tok.dep_ == "relcl" and passive) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        f["obj"].add(tok.head.lemma_.lower())  # "the talks which were held", "a militia formed"
        f["arg"].update(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("amod", "compound"))
    f["passive"] = {"1"} if passive else set()
    f["preps"] = preps  # type: ignore[assignment]
    return f


def _matches(rule: Rule, f: dict) -> bool:
    if rule.passive and not f["passive"]:
        return False
    if rule.prt and not rule.prt & f["prt"]:
        return False
    if rule.obj and not rule.obj & f["obj"]:
        return False
    if rule.xcomp and not rule.xcomp & f["xcomp"]:
        return False
    if rule.mod and not rule.mod & f["mod"]:
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
    return forms


def _trigger_start(tok: Token, rule: Rule) -> int:
    """Where the trigger's words start: a hyphenated compound's first part ("cease-fire")."""
    forms = _forms(tok)
    return tok.nbor(-2).idx if len(forms) > 2 and rule.lemma in forms[:2] else tok.idx


def _kinds(tok: Token) -> list[str]:
    """Trigger kinds to try: verbs as verbs (not "the wounded"); nouns (and unnamed proper nouns, as a headline's
    first word) as nouns, then, as a clause's root, as verbs: the small model tags some
    headline verbs as nouns ("Activists Decry Policy")."""
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        # a participle with an article is people, not an act: "visiting the wounded"
        return [] if any(c.dep_ == "det" for c in tok.children) else ["V"]
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return ["N", "V"] if tok.dep_ == "ROOT" else ["N"]
    return []


def match(tok: Token) -> Rule | None:
    """The most specific lexicon row that this token satisfies, if any."""
    table = lexicon()
    rules = next((table[k, w] for k in _kinds(tok) for w in _forms(tok) if (k, w) in table), None)
    if not rules:
        return None
    f = _features(tok)
    rule = next((r for r in rules if _matches(r, f)), None)
    return None if rule is None or rule.cameo == NO_EVENT else rule


# ---------------------------------------------------------------- status


def _aux_status(tok: Token) -> Status | None:
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
        return "hypothetical"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return "hypothetical"
    for c in kids:
        if c.dep_ != "aux":
            continue
        w = c.lower_
        if _cue(w, "will"):
            return "intended"
        if w == "would":
            conditional = any(m.lower_ in ("if", "unless") for m in tok.sent if m.dep_ == "mark")
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


def verb_status(tok: Token, depth: int = 0) -> Status:
    """Status of a verbal predicate, following control and conjunction up the tree."""
    own = _aux_status(tok)
    if own or depth > 4:
        return own or "occurred"
    head = tok.head
    if head is tok:
        return "occurred"
    dep = tok.dep_
    to_inf = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    if dep in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        up = verb_status(head, depth + 1)
        lemma = head.lemma_.lower()
        if up == "negated" or (dep == "xcomp" and _cue(lemma, "negate")) or (dep == "ccomp" and lemma == "deny"):
            return "negated"
        if dep == "xcomp" and _cue(lemma, "hypo"):
            return "hypothetical"
        if dep == "xcomp" and _cue(lemma, "intend") and (lemma != "be" or to_inf):
            return "intended"
        if dep == "xcomp" and to_inf and up in ("intended", "hypothetical"):
            return up
        return up if up != "occurred" else "occurred"
    if dep == "conj" or (dep == "advcl" and tok.tag_ in ("VBG", "VBN") and not to_inf):
        return verb_status(head, depth + 1) if head.pos_ in ("VERB", "AUX") else "occurred"
    if to_inf and dep in ("advcl", "acl", "relcl"):
        return "intended"  # purpose: "met to coordinate missions"
    return "occurred"


def noun_status(tok: Token) -> Status:
    """Status of a nominal trigger: its modifiers, then the predicate it belongs to."""
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in ("no",):
            return "negated"
        if c.dep_ in ("amod", "compound", "nmod") and _cue(c.lower_, "future"):
            return "hypothetical" if c.lower_ in ("possible", "potential") else "intended"
    head = tok.head
    if tok.dep_ == "pobj" and head.head.lower_ in ("ahead", "toward", "towards"):
        return "intended"
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        verb = head.head
        if _cue(verb.lemma_.lower(), "hypo") or _cue(verb.lemma_.lower(), "intend"):
            return "hypothetical" if _cue(verb.lemma_.lower(), "hypo") else "intended"
        return verb_status(verb)
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        up = verb_status(head)
        if tok.dep_ != "nsubj":
            if _cue(lemma, "negate") and lemma != "deny":
                return "negated"
            if lemma in ("plan", "propose", "schedule", "prepare", "announce", "offer", "seek"):
                return "intended" if up == "occurred" else up
            if _cue(lemma, "hypo"):
                return "hypothetical"
        return up
    return "occurred"


# ---------------------------------------------------------------- arguments


class ActorIndex:
    """Which actor's mention covers a character span, per field."""

    def __init__(self, actors: list[Actor]):
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for a in actors:
            for s, e in a.mentions:
                spans.setdefault("text", []).append((s, e, a.id))
            for r in a.other_mentions:
                spans.setdefault(r.field, []).append((r.start, r.end, a.id))
        self.spans = {fld: SpanIndex(found) for fld, found in spans.items()}  # bisection, not a scan per token

    def covering(self, fld: str, start: int, end: int) -> str | None:
        """The actor of the shortest mention holding ``[start, end)`` (the first of equals)."""
        index = self.spans.get(fld)
        best = None
        for s, e, aid in index.containing(start, end) if index else ():
            if best is None or e - s < best[0]:
                best = (e - s, aid)
        return best[1] if best else None

    def actor(self, tok: Token | None, fld: str) -> str | None:
        """The actor a noun phrase head stands for: itself, its modifiers, its apposition."""
        if tok is None:
            return None
        tok = _resolve_rel(tok)
        found = self.covering(fld, tok.idx, tok.idx + len(tok.text))
        if found:
            return found
        for c in sorted(tok.children, key=lambda c: -c.i):
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i:
                found = self.covering(fld, c.idx, c.idx + len(c.text))
                if found:
                    return found
        if tok.dep_ == "appos":
            return self.covering(fld, tok.head.idx, tok.head.idx + len(tok.head.text))
        for c in tok.children:
            if c.dep_ == "appos":
                found = self.covering(fld, c.idx, c.idx + len(c.text))
                if found:
                    return found
        return None


def _expand(tok: Token | None) -> list[Token]:
    return [] if tok is None else [_resolve_rel(t) for t in _with_conj(tok)]


def verb_subject(tok: Token, depth: int = 0) -> list[Token]:
    """Agent tokens of a verb: subject, passive agent, or inherited from the governing clause."""
    kids = list(tok.children)
    for c in kids:
        if c.dep_ == "agent":
            return [o for p in c.children if p.dep_ == "pobj" for o in _expand(p)]
    if _patient_subject(tok):
        return []
    for c in kids:
        if c.dep_ in SUBJ:
            return _expand(c)
    if any(c.dep_ in PASS_SUBJ for c in kids) or depth > 4 or tok.head is tok:
        return []
    head, dep = tok.head, tok.dep_
    if dep == "relcl" and tok.tag_ != "VBN":
        return [head]
    if dep == "acl" and tok.tag_ == "VBG":
        return [head]
    if dep == "xcomp":
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return _expand(objs[0]) if objs else verb_subject(head, depth + 1)
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return verb_subject(head, depth + 1)
    return []


def verb_target(tok: Token, cooperative: bool = False) -> list[Token]:
    kids = list(tok.children)
    for c in kids:
        if c.dep_ in PASS_SUBJ or (c.dep_ == "nsubj" and _patient_subject(tok)):
            return _expand(c)
    for c in kids:
        if c.dep_ in ("dobj", "dative"):
            return _expand(c)
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the man arrested by police"
        return [tok.head]
    if tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
        return [tok.head]
    if any(c.dep_ == "auxpass" for c in kids) and tok.dep_ in ("pcomp", "advcl", "xcomp", "conj"):
        gov = tok.head.head if tok.dep_ == "pcomp" else tok.head  # "died after being shot"
        if gov.pos_ in ("VERB", "AUX"):
            return verb_subject(gov)
    return _prep_target(tok, cooperative)


def _prep_target(tok: Token, cooperative: bool = False) -> list[Token]:
    """The object of the first target preposition; cooperation "against" X is not with X."""
    preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
    for p in TARGET_PREPS:
        if cooperative and p == "against":
            continue
        if p in preps:
            objs = [o for o in preps[p].children if o.dep_ == "pobj"]
            if objs:
                return _expand(objs[0])
    return []


def _between(tok: Token) -> list[Token]:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            return [t for o in c.children if o.dep_ == "pobj" for t in _expand(o)]
    return []


def noun_arguments(tok: Token, index: ActorIndex, fld: str, cooperative: bool = False) -> tuple[list[str | None], list[str | None], list[Token]]:
    """Sources and targets of a nominal trigger; the light verb lending its subject, if any."""
    sources: list[str | None] = []
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i):
            aid = index.covering(fld, c.idx, c.idx + len(c.text))
            if aid and aid not in sources:
                sources.append(aid)
        if c.dep_ == "prep" and c.lower_ == "by":
            sources += [index.actor(o, fld) for p in c.children if p.dep_ == "pobj" for o in _expand(p)]
    light: list[Token] = []
    if tok.dep_ == "dobj" and _cue(tok.head.lemma_.lower(), "light"):
        light = [tok.head]
        if not sources:
            sources = [index.actor(t, fld) for t in verb_subject(tok.head)]
    targets = [index.actor(t, fld) for t in _prep_target(tok, cooperative)]
    pair = [index.actor(t, fld) for t in _between(tok)]
    if len(pair) >= 2:
        sources, targets = pair[:1], pair[1:]
    return sources, targets, light


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


def _embedded(tok: Token) -> bool:
    """Is this trigger inside the complement of another trigger's verb (the content of an accusation,
    demand, threat or report rather than the act itself)?"""
    cur, hops = tok, 0
    while cur.head is not cur and hops < 4 and cur.dep_ in CLAUSE_DEPS | {"prep"}:
        via = cur.dep_
        cur, hops = cur.head, hops + 1
        if via != "conj" and cur.pos_ == "VERB" and match(cur) is not None:
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
    A conditional sanction, arrest or attack is a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in tok.children)


def _accidental(tok: Token) -> bool:
    """Harm done by a fire, a crash or a storm ("the blaze killed three", "injured in a crash")."""
    for c in tok.children:
        if c.dep_ in SUBJ or c.dep_ == "agent":
            heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "agent" else [c]
            if any(_cue(h.lemma_.lower(), "cause") for h in heads):
                return True
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "from"):
            if any(p.dep_ == "pobj" and _cue(p.lemma_.lower(), "cause") for p in c.children):
                return True
    if any(c.dep_ == "compound" and _cue(c.lemma_.lower(), "cause") for c in tok.children):
        return True
    if any(c.dep_ in SUBJ or c.dep_ == "agent" for c in tok.children):
        return False
    # no agent of its own: the clause it hangs from ("the stampede resulted in 200 people injured")
    return any(c.dep_ in SUBJ and _cue(c.lemma_.lower(), "cause") for a in list(tok.ancestors)[:3] for c in a.children)


def _code(cameo: str, status: Status) -> str:
    if status == "intended" and cameo in INTENT_RECODE:
        return INTENT_RECODE[cameo]
    return cameo


def find(doc: Doc, fld: str, index: ActorIndex) -> list[Found]:
    """Every event mention in one parsed field."""
    out: list[Found] = []
    claimed: set[int] = set()
    for tok in doc:
        rule = match(tok)
        if rule is None or tok.i in claimed:
            continue
        base = rule.cameo
        plover = plover_for(base, rule.plover)
        if plover is None or base not in cameo_codes():
            continue
        if base[:2] in VIOLENT_ROOTS and _accidental(tok):
            continue
        if rule.kind == "N" and tok.dep_ == "compound" and index.covering(fld, tok.idx, tok.idx + len(tok.text)):
            continue  # part of an actor's name: "aid agencies", "peace activists", "strike leaders"
        if base[:2] in THREAT_OF and _conditional(tok):
            base = THREAT_OF[base[:2]]
            plover = plover_for(base) or plover
        coop = cameo_codes()[base][1] <= 2
        if rule.kind == "V":
            status = verb_status(tok)
            srcs = [index.actor(t, fld) for t in verb_subject(tok)]
            tgts = [index.actor(t, fld) for t in verb_target(tok, coop)]
            if not any(tgts):
                tgts = [index.actor(t, fld) for t in _prep_target(tok, coop)] or tgts
            for c in tok.children:  # the event noun a verb takes as its object is the same event
                if c.dep_ in ("dobj", "nsubjpass") and (r := match(c)) and _same_kind(r, rule):
                    claimed.add(c.i)
            if tok.dep_ == "relcl" and (r := match(tok.head)) and _same_kind(r, rule):
                continue  # "the talks which were held": the noun already is this event
            subj = [t for t in verb_subject(tok) if t.pos_ == "NOUN"]
            agent_event = subj[0] if subj and not any(srcs) and match(subj[0]) else None
            if agent_event is not None and plover.mode == "visit":
                continue  # "humanitarian aid arrives in ...": the aid arriving, not a visit
            bare = False
        else:
            agent_event = None
            status = noun_status(tok)
            srcs, tgts, light = noun_arguments(tok, index, fld, coop)
            if light and light[0].i in claimed:
                continue
            kids = list(tok.children)
            bare = not any(srcs) and not any(tgts) and any(
                (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                or (c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"))
                for c in kids
            )
        if rule.kind == "V" and not any(srcs) and not any(tgts) and _cue(tok.lemma_, "parties"):
            continue
        sources = [s for s in dict.fromkeys(srcs) if s] or [None]
        targets = [t for t in dict.fromkeys(tgts) if t] or [None]
        if plover.type in SYMMETRIC and len(sources) >= 2 and targets == [None]:
            pairs = [(a, b) for a in sources for b in sources if a != b]
        else:
            pairs = [(s, t) for s in sources for t in targets if s != t or s is None]
        for s, t in pairs or [(sources[0], None)]:
            conf = 0.45 + 0.08 * min(rule.weight, 3) + (0.12 if s else 0) + (0.12 if t else 0)
            conf -= 0.05 if rule.kind == "N" else 0
            conf += 0.05 if tok.dep_ == "ROOT" else 0  # the clause's own predicate, not a side remark
            conf *= EMBEDDED_FACTOR if _embedded(tok) else 1.0
            conf *= BACKGROUND_FACTOR if _background(tok) else 1.0
            conf *= ATTRIBUTIVE_FACTOR if tok.dep_ in ("amod", "compound") else 1.0
            ref = Ref(fld, _trigger_start(tok, rule), tok.idx + len(tok.text))
            code = _code(base, status)
            kind = plover if code == base else (plover_for(code) or plover)
            out.append(Found(fld, tok, tok.sent, rule, code, kind, status, s, t,
                             round(min(conf, 0.95), 2), bare, [ref], agent_event))
        if rule.kind == "V":
            claimed.add(tok.i)
    return out


def _same_kind(a: Rule, b: Rule) -> bool:
    pa, pb = plover_for(a.cameo, a.plover), plover_for(b.cameo, b.plover)
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


def merge(body: list[Found], zones: list[Found]) -> list[Found]:
    """One event per happening: bare definite re-mentions and title/caption mentions join body events."""
    events: list[Found] = []
    for f in body:
        if f.anaphoric:
            prior = next((e for e in reversed(events) if _compatible(e, f, any_status=True)
                          and e.tok.lemma_.lower() == f.tok.lemma_.lower()), None)
            if prior:
                _absorb(prior, f)
                continue
        same = next((e for e in events if e.source and e.target and e.source == f.source
                     and e.target == f.target and e.cameo == f.cameo and e.status == f.status), None)
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
    for e in events:
        if e.source is None and e.agent_event is not None:
            t = e.agent_event
            holder = by_mention.get((e.fld, t.idx))
            e.source = holder.source if holder else None
    return events


def _record(n: int, f: Found, parsed: Parsed) -> Event:
    name, quad, goldstein = cameo_codes().get(f.cameo) or cameo_codes()[f.rule.cameo]
    body_ref = next((r for r in f.mentions if r.field == "text"), None)
    first = body_ref or f.mentions[0]
    fld_text = parsed.article.text if first.field == "text" else _zone_text(parsed, first.field)
    sent = parsed.sentence_index(first.start) if body_ref else -1
    evidence = f.sent.text.strip() if f.fld == first.field else fld_text.strip()
    if body_ref and f.fld != "text":
        evidence = parsed.sentences[sent].text.strip()
    return Event(
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
    )


def _zone_text(parsed: Parsed, fld: str) -> str:
    return next((d.text for name, d in parsed.zones if name == fld), "")


def annotate(parsed: Parsed) -> None:
    """Fill ``article.events`` from body, title and captions."""
    index = ActorIndex(parsed.article.actors)
    body = find(parsed.body, "text", index)
    zones = [f for name, doc in parsed.zones for f in find(doc, name, index)]
    merged = merge(body, zones)
    merged.sort(key=lambda f: (f.fld != "text", f.mentions[0].start if f.fld == "text" else 0))
    parsed.article.events = [_record(i, f, parsed) for i, f in enumerate(merged, 1)]
