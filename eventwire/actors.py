"""Recognise, merge and code the actors of an article.

Lexicon phrases (one automaton pass, see :mod:`actor_lexicon`) and spaCy's PERSON/ORG entities
give the candidate mentions; the dependency parse then says how they combine: a country before a
sector noun makes one agent ("French police" → FRACOP), a title or an apposition codes a person
("French President Francois Hollande", "Danielle Ryan, a journalist"), a member noun after a group
is that group ("Islamic State militants"). Mentions then merge into actors (surname ↔ full name,
acronym ↔ expansion, seat ↔ government), and "he"/"she" join the nearest person before them.
Mentions are the exact words of each actor, so later stages can find an actor by character offset.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from . import actor_lexicon, gazetteer, geo, knowledge, senses
from .actor_lexicon import ADJ, CAPITAL, MEMBER, NAME, OPPOSING, SEAT, SECTOR, SECTOR_LABELS, Entry, Lexicon, fold, person_words
from .model import Actor, Ref
from .nlp import Parsed, common_word, month_leads, sentence_bounds, sentence_starts, text_of
from .context import param, serves_abroad
from .counts import lexicon as count_words
from .events import cues as event_cues
from .events import match as event_trigger
from .syntax import (close_quote, gerund_noun, held_by, led_by, open_quote, opposed_act, passive, quantity, quantity_words, quotes_before,
                     stray_description, tokens_among, tokens_where, verb_subject, with_conj)

LOCATIVE = {"in", "at", "from", "to", "into", "across", "near", "within", "throughout", "inside", "around",
            "outside", "towards", "toward", "via", "through", "over", "on", "onto", "off", "beyond"}
ACTED_ON = {"on", "onto"}
DESTINATION = {"to", "toward", "towards"}  # receivers unless after a word of motion (motion.tsv)
SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss"}
TITLE_WORDS = {"former", "acting", "deputy", "then", "ex", "vice", "interim", "outgoing", "incoming", "-", "'s", "’s",
               "retired"}
FORMER_WORDS = ("former", "ex", "retired")  # "retired General X" no longer commands: a former official (ELI)
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "gen.", "gen", "lt.", "col.", "sen.", "rep."}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|HE|HIM|HIS|SHE|HER)\b")
PRONOUN_REACH = 3  # sentences back to look for a pronoun's person
ROLE_BEFORE_NAME = 2  # words before a name searched for its role ("archbishop Monsenor X")
STOPWORDS = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "al"}
PLACE_KINDS = ("country", "region", "province")  # lexicon entries that name a place
GROUP_CODES = ("IGO", "NGO", "IMG")  # codes of a group or organisation, complete without a country
OFFICIAL_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}  # "former" holders of these are ELI (CAMEO: former officials)
# roles that leave no elite behind: "a former student", "a former journalist" is a civilian now
CIRCLE = "circle"  # the key of the people around someone ("her colleagues") until their owner is known
RANKS = "ranks"  # the key of a group's own people named by a pronoun ("its fighters") until the pronoun is resolved
PRIVATE_SECTORS = frozenset({"EDU", "CVL", "MED", "BUS", "HLH", "REL", "LAB", "AGR", "ENV", "REF", "SPT", "DEV"})


def _former(sectors: list[str]) -> list[str]:
    """The sectors of a person "former" qualifies: a former official, party figure or unknown role
    is an elite (ELI); a former holder of a private role (student, reporter) is a civilian."""
    return ["CVL"] if sectors and set(sectors) <= PRIVATE_SECTORS else ["ELI"]


@dataclass
class Hit:
    """A stretch of one doc that names (part of) an actor."""

    start: int
    end: int
    t0: int
    t1: int
    text: str
    alts: list[tuple[Entry, str]]  # (lexicon entry, role) readings of the same words; [] for spaCy-only
    label: str = ""  # PERSON / ORG for spaCy-only hits
    used: bool = False  # consumed as a modifier or a cue, not an actor of its own

    def roles(self) -> set[str]:
        return {r for _, r in self.alts}

    def entry(self, *roles: str) -> Entry | None:
        return next((e for e, r in self.alts if not roles or r in roles), None)

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON" or any(e.kind == "person" for e, _ in self.alts)

    @property
    def place(self) -> Entry | None:
        """The country or region this hit names or qualifies with, if any."""
        return next((e for e, r in self.alts if e.kind in PLACE_KINDS and r in (NAME, ADJ)), None)

    @property
    def group(self) -> Entry | None:
        return next((e for e, r in self.alts if e.kind in ("organization", "group") and r == NAME), None)


@dataclass
class Cue:
    """What context says about a person the lexicon may not know."""

    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    group: Entry | None = None
    title: str | None = None  # "president" in "French President Francois Hollande"
    gender: str | None = None  # from "Mr." / "Mrs."
    at: tuple[int, int] | None = None  # the describing words, offsets in the doc of the mention
    field: str = "text"
    rank: int = 0  # 0 a title before the name, 1 a description ("X, a ...", "X, who is ..."), 2 what was done to them
    former: bool = False  # the title is one held before ("former prime minister X"): X holds it no longer

    @property
    def codes(self) -> bool:
        """Says enough to code a person: a sector or a group."""
        return bool(self.sectors or self.group)


@dataclass
class Mention:
    field: str
    start: int
    end: int
    text: str
    key: str
    entry: Entry | None = None  # lexicon identity, if any
    people: list[Entry] = field(default_factory=list)  # candidate lexicon persons for a surname
    kind: str = "organization"
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str = ""
    cue: Cue | None = None
    sent: int = 0
    title: str | None = None  # a singular title noun ("the president") that may stand for a person
    owner_at: int | None = None  # a circle's owner word ("her" in "her colleagues"), see _circles


def annotate(parsed: Parsed) -> None:
    """Fill ``parsed.article.actors``: one coded actor per distinct actor, with all its mentions."""
    lex = parsed.lexicon
    day = parsed.published.date() if parsed.published else None
    body = parsed.article.text
    if (not len(parsed.body) or parsed.body[-1].idx + len(parsed.body[-1].text_with_ws) != len(body)
            or parsed.body.user_data.get("recased")):
        body = text_of(parsed.body)  # the parse is of other text (or of the recased text): read the doc's own
    mentions = find(parsed.body, lex, "text", body)
    for name, doc in parsed.zones:
        mentions += find(doc, lex, name)
    _resolve_people(mentions, day)
    _merge_names(mentions)
    _surnames(parsed.all_docs, body, mentions)
    for _, doc in parsed.all_docs:
        doc.user_data.pop(HITS_KEY, None)  # the hits served the surnames: nothing of ours stays on a doc
    _titled(mentions, day)
    _sole_holders(mentions, lex, day)
    _descriptions(parsed.body, mentions)
    _named_forces(mentions)
    _pronouns(parsed.body, body, mentions)
    _group_pronouns(parsed.body, mentions)
    _circles(mentions)
    parsed.article.actors = _actors(mentions, day)


# --- finding mentions in one doc -------------------------------------------------------------------


def find(doc: Doc, lex: Lexicon, field_name: str, text: str | None = None) -> list[Mention]:
    """Every actor mention in ``doc`` (whose text is ``text``), before merging across the article."""
    text = text_of(doc) if text is None else text
    hits, heirs = _heritage(doc, _ambiguous(doc, _lexicon_hits(doc, text, lex)))
    # a people's adjective qualifies a noun after it ("Tigrayan forces") or is a name ("Qandeel Baloch")
    hits = [h for h in hits if not (all(e.kind == "people" for e, _ in h.alts) and h.roles() == {ADJ} and (
        doc[h.t1 - 1].ent_type_ == "PERSON" or doc[h.t1 - 1].dep_ not in ("amod", "compound", "nmod")
        or doc[h.t1 - 1].head.i < h.t1))]
    hits = _entity_hits(doc, hits, lex)
    # a noun for one person used as an adjective of a thing is no one ("Rival drug gangs"): the noun it describes
    # names whoever it is (but "terrorist attacks", "rebel shelling": the doers of the act it describes, unless
    # another actor stands between: "rival drug gang violence" is the gangs'; "militant hideouts": the holders of
    # what it describes, holdings.tsv; "an official inquiry" is formal, cues.tsv manner)
    people = actor_lexicon.person_terms()
    starts = {h.t0 for h in hits}
    hits = [h for h in hits if not (h.t1 - h.t0 == 1 and doc[h.t0].pos_ == "ADJ" and doc[h.t0].dep_ == "amod"
                                    and doc[h.t0].lower_ in people and h.roles() == {SECTOR}
                                    and ("manner" in event_cues().get(doc[h.t0].lower_, ()) or not actor_lexicon.held(doc[h.t0].head)
                                    and doc[h.t0].head.lower_ not in actor_lexicon.generic_terms()  # "a militant commander"
                                    and (event_trigger(doc[h.t0].head) is None or starts & set(range(h.t1, doc[h.t0].head.i)))))]
    # a sector word in the name of a street, square or prize is no actor: "Church Avenue", "Police Plaza" (but
    # "a police station" is the police's)
    places = actor_lexicon.not_actors()
    hits = [h for h in hits if not (h.roles() == {SECTOR} and doc[h.t1 - 1].dep_ == "compound" and doc[h.t0].text[:1].isupper()
                                    and doc[h.t1 - 1].head.text[:1].isupper() and places.get(doc[h.t1 - 1].head.lower_) == "any")]
    # a place inside a longer name is not that place: "New Jersey", "New Mexico Governor" (but it
    # is in "the Foreign Ministry of Iraq")
    sector_ends = {h.t1 for h in hits if SECTOR in h.roles()}
    hits = [h for h in hits if not (doc[h.t0].ent_iob_ == "I" and doc[h.t0 - 1].pos_ != "DET" and _placeonly(h) and h.t0 not in heirs
                                    and not (doc[h.t0 - 1].lower_ == "of" and h.t0 - 1 in sector_ends)
                                    and not (h.t0 >= 2 and doc[h.t0 - 1].text == "-" and doc[h.t0 - 2].lower_ in FORMER_WORDS))]  # "Ex-Russian"
    by_token: dict[int, Hit] = {}
    for h in hits:
        for i in range(h.t0, h.t1):
            by_token[i] = h
    doc.user_data[HITS_KEY] = by_token  # for the surnames found later (_surnames), read in this stage only
    cues: dict[int, Cue] = {}
    for h in hits:
        if h.is_person:
            cue = _title_cue(doc, h, by_token)
            if not cue.codes and not cue.title:
                cue = _listed_title(doc, h, by_token, cues) or cue
            _appos_cue(doc, h, by_token, cue)
            if not cue.codes:
                _owner_cue(doc, h, by_token, cue)
            if not cue.codes:
                _described(doc, h, by_token, cue)
            elif cue.sectors == ["CVL"] and cue.group is None:
                _suspect(doc, h, cue)
            cue.field = field_name
            if cue.country or cue.sectors or cue.group or cue.title or cue.gender:
                cues[id(h)] = cue
        elif h.label == "ORG" and h.t0 > 0 and doc[h.t0 - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            # "state broadcaster CCTV", "Chinese oil company Sinopec", "rebel group M23": a sector
            # noun right before an organisation's name says what it is, as a title does a person's
            cue = _title_cue(doc, h, by_token)
            if cue.sectors and cue.sectors != ["ELI"] and not cue.group:
                cues[id(h)] = cue
    out: list[Mention] = []
    composed: set[int] = set()
    for h in hits:
        if (SECTOR in h.roles() or MEMBER in h.roles()) and not h.used:
            got = _compose(doc, text, h, by_token, field_name, lex)
            if got and h.group is not None and all(m.country is None for m in got):
                continue  # "Congress": the organisation the lexicon knows, not a bare sector noun as well
            if got:
                composed.add(id(h))
            out += got
    for h in hits:
        if h.used or id(h) in composed:
            continue
        m = _plain(doc, text, h, field_name, cues.get(id(h)), lex, by_token)
        if m:
            out.append(m)
    out += _polities(doc, text, by_token, field_name)
    out += _counted_people(doc, text, by_token, field_name, out)
    out += _sites(doc, text, by_token, field_name)
    out.sort(key=lambda m: m.start)
    return out


@lru_cache(maxsize=1)
def _counted_verbs() -> dict[str, list[str]]:
    """verb → sectors of a bare number of people it is done to (resources/actors/counted.tsv)."""
    return {r["verb"]: actor_lexicon._split(r["sectors"], ",") for r in knowledge.records("actors/counted.tsv")}


def _counted_people(doc: Doc, text: str, by_token: dict[int, Hit], field_name: str, found: list[Mention]) -> list[Mention]:
    """A bare number of people an act is done to is a group of its own: "killing three", "police
    arrested 12", "four of them were injured", "injured two others", "seven more were injured", "police arrested
    hundreds", "wounded dozens more" (resources/actors/counted.tsv); one after a conjoined act that counted a
    noun is more of that noun's kind ("five soldiers were killed and 20 wounded": twenty soldiers, a group of
    their own)."""
    out: list[Mention] = []
    # (the words either rule reads: a figure, a crowd word, "others")
    for tok in tokens_where(doc, lower=("others",), lemmas=CROWD_NUMBERS, tags=("CD",)):
        if _protesting_crowd(tok, by_token):
            out.append(_mention(text, tok.idx, tok.idx + len(tok), field_name, f"counted:{field_name}:{tok.idx}",
                                kind="group", code="CVL", sectors=["CVL"], name=tok.text))
            continue
        # "injured two others", "seven more were injured": a number of people besides those named before
        # ("arrested hundreds", "wounded dozens": a crowd word standing alone, as a figure does)
        crowd = tok.tag_ == "NNS" and tok.lemma_.lower() in CROWD_NUMBERS and not any(
            c.dep_ in ("prep", "det", "poss", "nummod", "compound") for c in tok.children)
        more = next((c for c in (*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ()))
                     if c.dep_ in ("amod", "advmod") and c.lower_ == "more" and c.i == tok.i + 1), None) \
            if tok.tag_ == "CD" or crowd else None  # (the parser may hang "more" on the verb: "wounded dozens more")
        others = tok.lower_ == "others" and any(c.dep_ == "nummod" and c.tag_ == "CD" for c in tok.children) or more is not None
        # (the parser reads a number before an elided "were" as the active subject: "were killed and 20 wounded")
        elided = tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and tok.head.dep_ == "conj" and passive(tok.head.head) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)
        if (tok.tag_ != "CD" and not crowd and not others) or tok.i in by_token or (
                tok.dep_ not in ("dobj", "nsubjpass") and not elided) or tok.head.pos_ != "VERB":
            continue
        sectors = _counted_verbs().get(tok.head.lemma_.lower())
        if not sectors or tok.dep_ == "dobj" and passive(tok.head) or tok.i > 0 and doc[tok.i - 1].lower_ in ("to", "from"):
            continue  # ("aged from one to 12": a range the parser took for the subject)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "one of my sons", "four of them": those the "of" phrase names
        if any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and event_trigger(c) is not None for c in tok.head.children):
            continue  # "the attack had killed twelve": the toll of an act told again (counts.py), not a party
        left = next((c for c in tok.head.head.children if c.pos_ in ("NOUN", "PROPN") and (
                     c.dep_ == tok.dep_ or elided and c.dep_ == "nsubjpass")), None) if tok.head.dep_ == "conj" else None
        kind = next((m for m in found if m.start <= left.idx < m.end), None) if left is not None else None
        # "killed 20 rebels and wounded 30", "three civilians were killed and seven were wounded": more of the
        # noun left out, of its kind; "killed two soldiers and wounded three others": other soldiers (but
        # "killed John Smith and wounded three others": other people)
        first = min((c for c in tok.children if c.dep_ == "nummod"), key=lambda c: c.i) if others and more is None else tok
        last = more or tok
        if left is not None and (not others or kind is not None and kind.kind == "group"):
            if kind is not None:
                out.append(_mention(text, first.idx, last.idx + len(last), field_name, f"counted:{field_name}:{tok.idx}",
                                    kind="group", code=kind.code, country=kind.country, sectors=list(kind.sectors),
                                    name=text[first.idx:last.idx + len(last)]))
            continue
        out.append(_mention(text, first.idx, last.idx + len(last), field_name, f"counted:{field_name}:{tok.idx}",
                            kind="group", code=sectors[0], sectors=list(sectors), name=text[first.idx:last.idx + len(last)]))
    return out


SITE_ROOTS = {"17", "18", "19", "20"}  # coercion and force: acts done to a place's people


def _acted_on(tok: Token) -> tuple[Token, Token] | None:
    """(the words standing for a site, the act) when force or coercion is done to the site ``tok`` names: "bombed
    a refugee camp", "an attack on a market", "quarantined a number of cities" (the quantity stands where the
    places do); None for where an act merely happened ("arrested at his home")."""
    whole = tok
    while whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.pos_ in ("NOUN", "NUM") \
            and (_counts_people(whole.head.head) or whole.head.head.tag_ == "CD"):
        whole = whole.head.head
    head = whole.head
    if whole.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and not (whole.dep_ == "dobj" and passive(head)):
        act = head
    elif whole.dep_ == "pobj" and head.lower_ in ("on", "against", "of", "at", "to") and (
            head.head.pos_ == "NOUN" or head.lower_ == "of" and gerund_noun(head.head)):
        act = head.head  # "an attack on a market", "the bombardment of a refugee camp", "a bomb at the market"
        # (and "Shelling of houses killed two": a bare gerund the parser keeps a verb)
        if event_trigger(act) is None and act.dep_ == "dobj":
            act = act.head  # "set the fire to the mosque": the verb whose object the noun is
    elif whole.dep_ == "pobj" and head.lower_ in ("on", "against", "at", "to") and head.head.pos_ == "VERB":
        act = head.head  # "opened fire on a market", "set fire to a mosque", "fired at the school"
    else:
        return None
    rule = event_trigger(act)
    if rule is None or rule.cameo[:2] not in SITE_ROOTS or act.lemma_.lower() in _nouns("site_acts.tsv") \
            or act.lemma_.lower() in _nouns("motion.tsv"):
        return None
    if act.pos_ == "VERB" and whole.dep_ == "pobj" and rule.cameo[:2] == "17" and head.lower_ != "to":
        return None  # "held at the facility", "arrested at his home": where it happened, not to whom
    return whole, act


def _sites(doc: Doc, text: str, by_token: dict[int, Hit], field_name: str) -> list[Mention]:
    """A place where people live, trade or pray that force or coercion is done to stands for the
    people there when no holder is named: "bombed a refugee camp", "an attack on a market", "the
    village has been quarantined" (resources/actors/sites.tsv; "a police station" is the police's)."""
    out: list[Mention] = []
    nouns = actor_lexicon.site_nouns()
    for tok in tokens_where(doc, lemmas=actor_lexicon.site_heads(), pos=("NOUN",)):
        if tok.i in by_token:
            continue
        before = [c for c in tok.children if c.i < tok.i]
        compound = next((c for c in before if c.dep_ in ("compound", "amod") and c.i == tok.i - 1), None)  # (a
        # "displacement camp" the parser reads as an adjective's)
        sector = (nouns.get(f"{compound.lower_} {tok.lemma_.lower()}") if compound is not None else None) \
            or nouns.get(tok.lemma_.lower())
        if sector is None or any(t.i in by_token or t.dep_ == "poss" for c in before for t in c.subtree):
            continue  # "Palin's church", "their house", "the Gaza school": a holder or a place named before it
        acted = _acted_on(tok)
        if acted is None:
            continue
        whole, act = acted
        if any(c.dep_ in ("acl", "relcl") and any(t.i in by_token for t in c.subtree) for c in tok.children):
            continue  # "a building used by Israeli troops": its users' (or owners') place
        # the country of a place named in the site's own "in"/"of" phrases: "the village of Kampungu in Congo"
        # (or in the act's: "shelled houses in the camp in Gaza")
        near = list(tok.subtree) + [t for c in act.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]
        where = next((by_token[t.i].place for t in near if t.dep_ == "pobj" and t.head.lower_ in ("in", "of")
                      and t.i in by_token and by_token[t.i].place is not None), None)
        country = where.country or where.code if where is not None else None
        if any(g.i in by_token for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"):
            continue  # "the village of Kampungu", "gatherings of more than ten people": who the "of" phrase names
        named = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        first = min([whole, tok] + [c.left_edge for c in before if c.dep_ in ("det", "amod", "compound", "nummod")], key=lambda t: t.i)
        last = named or tok  # "the village of Ciocile", a place the gazetteer does not know
        out.append(_mention(text, first.idx, last.idx + len(last), field_name, f"site:{field_name}:{tok.idx}",
                            kind="group", code=f"{country or ''}{sector}", country=country, sectors=[sector],
                            name=text[first.idx:last.idx + len(last)]))
    return out


CROWD_NUMBERS = frozenset({"thousand", "hundred", "dozen", "score", "million"})


def _protesting_crowd(tok: Token, by_token: dict[int, Hit]) -> bool:
    """A crowd named by its number alone that protests is people of its own, civilians: "thousands
    took to the streets", "hundreds marched", "dozens protested", "thousands gathered to protest" (a protest
    trigger, CAMEO 14, or a gathering for one; not "thousands of protesters", whose noun is the actor); so is a
    crowd counted in figures ("500 marched", "10,000 gathered for a demonstration")."""
    figure = tok.tag_ == "CD" and tok.text.replace(",", "").isdigit() and int(tok.text.replace(",", "")) >= param("crowd_figure")
    if tok.i in by_token or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or tok.lemma_.lower() not in CROWD_NUMBERS and not figure:
        return False
    if tok.tag_ not in ("NNS", "CD") or any(c.dep_ in ("prep", "nummod", "amod", "det", "poss") for c in tok.children):
        return False  # "thousands of people", "the thousand", "several thousand supporters"
    acts = [tok.head]
    if "assemble" in event_cues().get(tok.head.lemma_.lower(), ()):  # "thousands gathered in the square to protest"
        acts += [c for c in tok.head.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
        acts += [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any((rule := event_trigger(act)) is not None and rule.cameo[:2] == "14" for act in acts)



def _polities(doc: Doc, text: str, by_token: dict[int, Hit], field_name: str) -> list[Mention]:
    """"the state had extended its order", "a lawsuit brought by the state", "sued the state": a
    polity named by a definite common noun, acting or acted on, is its government (its country
    comes from the article's context); see resources/actors/polities.tsv."""
    out: list[Mention] = []
    nouns = actor_lexicon.polity_nouns()
    for tok in tokens_among(doc, nouns):
        found = nouns.get(tok.lower_)
        if found is None or tok.i in by_token or tok.tag_ != "NN" or not tok.i or doc[tok.i - 1].lower_ not in ("the", "this"):
            continue
        if any(c.i < tok.i - 1 for c in tok.children):
            continue  # "the Islamic state"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named: Entry | None = None
        if of is not None:  # "the city of Minneapolis", "the state of Texas"; not "the state of emergency"
            obj = next((g for g in of.children if g.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN" or not obj.is_title:
                continue
            other = by_token.get(obj.i)
            if other is not None:
                named = other.place if other.place is not None and other.place.kind in ("province", "country") else other.entry(CAPITAL)
        sectors, objects = found
        head = tok.head
        acting = tok.dep_ == "nsubj" or tok.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ in ("VERB", "NOUN")
        # (the subject of a passive undergoes the act like an object: "the town was recaptured" is a place taken)
        acted = objects and (tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() not in _nouns("motion.tsv")
                             or tok.dep_ == "pobj" and head.lower_ == "against")
        if tok.dep_ == "pobj" and head.lower_ == "against" and not acted:
            # "a lawsuit against the city", "protests against the town": its government (an offensive
            # against the town is done to the place and its people: _sites)
            rule = event_trigger(head.head)
            acted = rule is None or rule.cameo[:2] not in SITE_ROOTS
        if not (acting or acted):
            continue
        # the polity of the nearest province or country named in the sentences before: "Louisiana
        # ... the state" (else the article's context gives the country)
        where = named or next((h.place for h in sorted({id(h): h for h in by_token.values()}.values(), key=lambda h: -h.t0)
                               if h.t1 <= tok.i and tok.idx - h.end <= POLITY_REACH and h.place is not None
                               and h.place.kind in ("province", "country") and NAME in h.roles()), None)
        country = where.country or where.code if where is not None else None
        out.append(_mention(text, tok.idx, tok.idx + len(tok), field_name, f"polity:{tok.lower_}:{country or ''}",
                            kind="group", code=f"{country or ''}{sectors[0]}", country=country, sectors=sectors,
                            name=f"the {tok.lower_}"))
    return out


POLITY_REACH = 400  # characters back to the province or country a polity noun stands for


@lru_cache(maxsize=1)
def _ambiguous_names() -> dict[str, tuple[Entry, str, str]]:
    """name → (the second reading, signal key prefix, iso3 of the first) (resources/actors/ambiguous.tsv)."""
    return {r["name"]: (Entry(r["key"], r["name"], "province", r["iso3"], r["iso3"], ["GOV"], r["name"]), r["signal"], r["first"])
            for r in knowledge.records("actors/ambiguous.tsv")}


def _ambiguous(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """"Georgia" among US states, or in a text naming places inside the state ("Atlanta", "Fulton
    County"), is the state, not the country (resources/actors/ambiguous.tsv); a name shared by two
    lexicon entries reads first as the one the text also names unambiguously."""
    names = _ambiguous_names()
    named = {}  # entry key → how many hits with a single reading name it
    for h in hits:
        if len({e.key for e, _ in h.alts}) == 1:
            named[h.alts[0][0].key] = named.get(h.alts[0][0].key, 0) + 1
    for h in hits:
        if len({e.key for e, _ in h.alts}) > 1 and (told := [a for a in h.alts if named.get(a[0].key)]):
            # "Sabrina Bennoui of RSF" where the text also names Reporters Without Borders: the shared
            # abbreviation is the one the text names in full, not the Rapid Support Forces
            h.alts = told + [a for a in h.alts if a not in told]
        found = names.get(h.text)
        if found is None:
            continue
        entry, signal, first = found
        keys = [e.key for o in hits if o is not h for e, _ in o.alts]
        if (any(k.startswith(signal) for k in keys) or _names_place_inside(doc, h.text, entry.country)) and not any(
                e.country == first and e.kind != "person" for o in hits if o.text != h.text for e, _ in o.alts):
            h.alts = [(entry, NAME)]
    return hits


def _names_place_inside(doc: Doc, name: str, iso3: str) -> bool:
    """Does the text name a town or county that the gazetteer (when built) first puts inside the
    province ``name`` of ``iso3``: "Atlanta", "Fulton County" inside the US state of Georgia?"""
    if not gazetteer.ready():
        return False
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.text != name and not ent.text.startswith(name):
            top = next(iter(gazetteer.lookup(ent.text)), None)
            if top is not None and top.country == iso3 and top.admin1 == name and top.feature in ("city", "admin2"):
                return True
    return False


HERITAGE = {"American"}  # "African American", "Iranian-American": the nationality is the last adjective
PAIRED = {"relation", "relations", "tie", "ties", "war", "wars", "talks", "trade", "conflict", "border", "summit",
          "agreement", "deal", "alliance", "cooperation", "rivalry", "dialogue", "partnership", "tension", "tensions",
          "negotiation", "negotiations", "pact", "treaty", "accord", "offensive", "operation", "forces", "coalition"}


def _heritage(doc: Doc, hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """"an African American man", "an Iranian-American journalist": a place adjective right before
    "American" names where a US citizen's family came from, not their country; the pair stays two
    countries before a noun of relations or joint action ("Russian-American relations"). Also
    the first tokens of the nationalities kept so (not the inside of a longer name)."""
    out: list[Hit] = []
    heirs: set[int] = set()
    for h, nxt in zip(hits, hits[1:] + [None]):
        if nxt is not None and h.place is not None and nxt.text in HERITAGE \
                and nxt.place is not None and nxt.place is not h.place \
                and (nxt.t0 == h.t1 or nxt.t0 == h.t1 + 1 and doc[h.t1].text == "-") \
                and not (nxt.t1 < len(doc) and {doc[nxt.t1].lower_, doc[nxt.t1].lemma_.lower()} & PAIRED):
            heirs.add(nxt.t0)
            continue
        out.append(h)
    return out, heirs


_NUMBER_PREFIX = re.compile(r"(?<![\w-])\d+-$")  # a number hyphened to the word after it


STATE_OPPOSED = frozenset({"government", "regime"})  # "anti-government protests", "anti-regime fighters"


def _opposed(doc: Doc, s: int, e: int) -> bool:
    """Do the words at ``s:e``, hyphened after "anti-", name the state an act is against ("anti-government
    protests")? Not a kind of person ("anti-government forces" are armed men, read elsewhere), nor a name: the dev
    coders leave "anti-Trump protests" without a target (tried: seven spurious targets, none right)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    act = opposed_act(span[0]) if span is not None and len(span) == 1 and span[0].lower_ in STATE_OPPOSED else None
    return act is not None and event_trigger(act) is not None


def _lexicon_hits(doc: Doc, text: str, lex: Lexicon) -> list[Hit]:
    """Longest lexicon phrases, non-overlapping, aligned to tokens; readings of the same words kept together."""
    spans: dict[tuple[int, int], list[tuple[Entry, str]]] = {}
    for s, e, _surface, entry, role in lex.find(text):
        spans.setdefault((s, e), []).append((entry, role))
    kept: list[Hit] = []
    taken = bytearray(len(text) + 1)
    for (s, e), alts in sorted(spans.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
        if any(taken[s:e]) or text[max(0, s - 5):s].lower().endswith("pro-"):
            continue  # ("pro-Trump rallies" are his supporters', no act of his or on him)
        if text[max(0, s - 5):s].lower().endswith("anti-") and not _opposed(doc, s, e):
            continue
        if (num := _NUMBER_PREFIX.search(text, max(0, s - 8), s)) is not None:
            s = num.start()  # "a 48-year-old", "two 17-year-olds": the number is part of the word
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.start_char != s and not text[span.start_char:s].isalpha():
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(Hit(s, e, span.start, span.end, text[s:e], alts))
    return sorted(kept, key=lambda h: h.start)


def _entity_hits(doc: Doc, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Add spaCy PERSON and ORG entities the lexicon does not cover; a longer PERSON name that
    holds a lexicon surname ("Laura Bush") is another person."""
    out = sorted(hits, key=lambda h: h.start)  # non-overlapping, so sorted by start is sorted by end too
    starts = [h.start for h in out]

    def overlapping(s: int, e: int) -> list[Hit]:  # bisection: a scan of every hit per entity is quadratic
        i = max(0, bisect.bisect_right(starts, s) - 1)
        found = []
        while i < len(out) and out[i].start < e:
            if s < out[i].end:
                found.append(out[i])
            i += 1
        return found

    taken = {i for h in hits for i in range(h.t0, h.t1)}
    covered = {i for h in hits if SECTOR in h.roles() or h.place and not _given_name(doc, h, taken) for i in range(h.t0, h.t1)}
    for ent in _nicknamed(doc):
        label = "PERSON" if _misread_person(doc, ent) else "ORG" if _misread_org(doc, ent) else ent.label_
        if label not in ("PERSON", "ORG") or "\n" in ent.text or not ent.text[:1].isupper() and label == "PERSON":
            continue
        whole, ent = ent, _strip(doc, ent, covered)
        if ent is None:
            continue
        inside = overlapping(ent.start_char, ent.end_char)
        if label == "ORG" and ent[0].lower_ == "of" and not inside and ent.start > whole.start:
            # "the Bank of England", "the University of Nairobi": a sector noun before "of <Name>"
            # is the head of the organisation's name, not a bare sector actor (nor "of England" one)
            first = next((t.i for t in whole if t.pos_ != "DET" and t.lower_ not in HONORIFICS), ent.start)
            heads = overlapping(doc[first].idx, ent.start_char)
            if not heads or not all(h.roles() == {SECTOR} for h in heads) or not _org_like(doc[first:ent.end], lex):
                continue  # ("the ministry of health" in lower case: no name, the sector noun stays the actor)
            for h in heads:
                at = out.index(h, bisect.bisect_left(starts, h.start))
                del out[at], starts[at]
            ent = doc[first:ent.end]
        if label == "PERSON":
            if (first := _stray_given_name(doc, ent, lex)) is not None:
                ent = doc[first:ent.end]  # "spokesman Sawarmi Khaled Saad", "Sawarmi" read as a place
            shared = None if inside else _shared_surname(doc, ent)
            if shared is not None:
                # "Bill and Hillary Clinton", "Mark and Patricia McCloskey": given names before another's full
                # name name a person of that surname, known to the lexicon (Bill Clinton) or not
                alts = [(e, r) for _, e, r in lex.surfaces.get(fold(shared), []) if e.kind == "person" and r == NAME]
                if alts or ent[0].lower_ in actor_lexicon.given_names() and all(len(t.text.rstrip(".")) == 1 for t in ent[1:]):
                    at = bisect.bisect_left(starts, ent.start_char)
                    out.insert(at, Hit(ent.start_char, ent.end_char, ent.start, ent.end, ent.text if alts else shared,
                                       alts, "" if alts else "PERSON"))
                    starts.insert(at, ent.start_char)
                    continue
            if not _person_like(ent) or _town_struck(ent):
                continue
            known = _initialled(ent, inside, lex)
            if known is not None:
                # "John R. Bolton": a known person's name with a middle initial is that person
                at = out.index(known, bisect.bisect_left(starts, known.start))
                out[at] = Hit(ent.start_char, ent.end_char, ent.start, ent.end, ent.text, known.alts)
                starts[at] = ent.start_char
                continue
            if not inside and (alts := _initialled_full_name(ent, lex)):
                # ... also one known by the full name alone, no bare surname ("John Bolton", aliases "-")
                at = bisect.bisect_left(starts, ent.start_char)
                out.insert(at, Hit(ent.start_char, ent.end_char, ent.start, ent.end, ent.text, alts))
                starts.insert(at, ent.start_char)
                continue
            if inside:
                # "Laura Bush", "Sudesh Amman", "Jordan Peterson": a longer name holding a known
                # surname, capital or country is someone else; "Jack Bishop", "Ann Judge": a title
                # word after a given name is a surname
                if len(inside) == 1 and inside[0].start >= ent.start_char and inside[0].end <= ent.end_char and \
                        inside[0].t1 - inside[0].t0 < len(ent) and (_namelike(inside[0]) or _surname_title(doc, ent, inside[0])):
                    at = out.index(inside[0], bisect.bisect_left(starts, inside[0].start))
                    del out[at], starts[at]
                else:
                    continue
        elif inside and _org_of_place(doc, ent, inside):
            # "The Federal Aviation Office of Germany": the organisation named before "of <country>"
            # (which codes it, see _plain)
            ent = doc[ent.start:next(t.i for t in ent if t.lower_ == "of" and t.i > ent.start)]
            if not _org_like(ent, lex):
                continue
        elif label == "ORG" and _renamed_party(doc, ent, inside):
            # "the Social Democratic Party", "the New Democratic Party": a longer party name ending in a known
            # party's is another party, as "Laura Bush" is not Bush
            at = out.index(inside[0], bisect.bisect_left(starts, inside[0].start))
            del out[at], starts[at]
        elif inside or not _org_like(ent, lex):
            continue
        at = bisect.bisect_left(starts, ent.start_char)
        out.insert(at, Hit(ent.start_char, ent.end_char, ent.start, ent.end, ent.text, [], label))
        starts.insert(at, ent.start_char)
    return out


def _renamed_party(doc: Doc, ent: Span, inside: list[Hit]) -> bool:
    """Does a party's name end in another known party's name, after capitalised words the lexicon does not know
    ("Social" + "Democratic Party")? A place or a people before it ("the US Democratic Party") is a hit of its own,
    so the name holds two."""
    if len(inside) != 1 or (group := (h := inside[0]).group) is None or list(group.sectors or []) != ["PTY"]:
        return False
    before = doc[ent.start:h.t0]
    return h.end == ent.end_char and h.start > ent.start_char and ent[-1].lower_ == "party" and len(before) > 0 and all(
        t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") for t in before)


def _bare_names(ent: Span) -> list[str]:
    """A name without its middle initials ("John R. Bolton" → "John Bolton"), then without any middle
    name ("Robert Gabriel Mugabe" → "Robert Mugabe"); only forms shorter than the name."""
    forms = ([t.text for i, t in enumerate(ent) if not (0 < i < len(ent) - 1 and re.fullmatch(r"[A-Z]\.?", t.text))],
             [ent[0].text, ent[-1].text])
    return [" ".join(f) for f in forms if len(f) < len(ent)]


def _initialled(ent: Span, inside: list[Hit], lex: Lexicon) -> Hit | None:
    """The one lexicon person hit ending ``ent`` when ``ent`` is that person's name with middle
    initials or a middle name added ("John R. Bolton", "Mary Jane Smith" for a known "Mary
    Smith"), else None."""
    if len(inside) != 1 or len(ent) < 3 or not inside[0].is_person or inside[0].entry() is None:
        return None
    entry = inside[0].entry()
    if inside[0].t1 != ent.end or not all(t.text[:1].isupper() for t in ent):
        return None
    if any(e is entry for bare in _bare_names(ent) for _, e, _ in lex.surfaces.get(fold(bare), [])):
        return inside[0]
    return None


def _initialled_full_name(ent: Span, lex: Lexicon) -> list[tuple[Entry, str]]:
    """The readings of a known person whose full name is ``ent`` less its middle initials, when the
    lexicon knows that person by the full name only ("John R. Bolton" for "John Bolton")."""
    if len(ent) < 3 or not all(t.text[:1].isupper() for t in ent):
        return []
    bare = _bare_names(ent)[:1]
    return [(e, r) for b in bare if b.count(" ") == 1 for _, e, r in lex.surfaces.get(fold(b), [])
            if e.kind == "person" and r == NAME]


def _stray_given_name(doc: Doc, ent: Span, lex: Lexicon) -> int | None:
    """The start of a personal name whose first word the recogniser read as a place, group or organisation of its
    own ("Sudan Armed Forces spokesman Sawarmi Khaled Saad"): one capitalised proper noun right before the name,
    in the name's own compound, that neither the lexicon nor the gazetteer knows, after a lower-case word."""
    i = ent.start - 1
    if i < 1 or len(ent) < 2:
        return None
    t = doc[i]
    if not (t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and doc[i + 1].ent_iob_ == "B"
            and t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
            and doc[i - 1].is_lower and doc[i - 1].is_alpha):
        return None
    if lex.surfaces.get(fold(t.text)) or gazetteer.ready() and gazetteer.lookup(t.text) or common_word(t.lower_):
        return None
    return i


def _shared_surname(doc: Doc, ent: Span) -> str | None:
    """The full name of one named by given names before "and" and another's full name that share the surname:
    "Barack and Michelle Obama" (Barack Obama), "George W and Laura Bush", "Mark and Patricia McCloskey"."""
    k = ent.end
    if k + 2 >= len(doc) or doc[k].lower_ != "and" or not all(t.text[:1].isupper() for t in ent):
        return None
    other = next((e for e in doc.ents if e.start == k + 1 and e.label_ == "PERSON" and len(e) >= 2), None)
    return None if other is None else f"{ent.text} {other[-1].text}"


QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}


def _nicknamed(doc: Doc) -> list[Span]:
    """The doc's entities, with a name split by a nickname in quotes made whole again: 'Matiu
    "Matt" Ratana' is one person, not 'Matiu "Matt' and 'Ratana'."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and i + 1 < len(ents) and ents[i + 1].label_ == "PERSON":
            nxt = ents[i + 1]
            between = doc[ent.end:nxt.start]
            quoted = any(t.text in QUOTES for t in ent) or any(t.text in QUOTES for t in between)
            if quoted and all(t.text in QUOTES for t in between) and len(between) <= 1 and len(nxt) <= 2:
                out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
                i += 2
                continue
        out.append(ent)
        i += 1
    return out + _honorific_names(doc)


def _honorific_names(doc: Doc) -> list[Span]:
    """Names after an honorific that the entity recogniser left out ("Mr Justice Saunders imprisoned a man"):
    the capitalised proper nouns after the honorific (and a role word titling them), none of them in an entity, are a
    person."""
    found: list[Span] = []
    for tok in tokens_among(doc, HONORIFICS):
        if tok.ent_type_ or not tok.text[:1].isupper():
            continue
        start = tok.i + 1
        while start < len(doc) and doc[start].lower_ in _roles()["role"] and doc[start].is_title:
            start += 1  # "Mr Justice Saunders": the role is the name's title, read as one
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        if end > start:
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _misread_person(doc: Doc, ent: Span) -> bool:
    """A personal name the parser labelled a building, product or work ("The Constitution Party's
    Don Blankenship criticized ..." read as a FAC): two or three capitalised proper nouns acting
    as the subject of a verb, right after a possessive ("the party's X") — a building or a book
    does not criticise; or an organisation whose name is a given name and one or two more, that
    "who" follows ("Viktar Babaryka, who was arrested": given_names.tsv), or two or three names that a
    person's title follows in apposition ("Fredys Cerrato, Trade Minister of Honduras")."""
    after = [t.lower_ for t in doc[ent.end:ent.end + 2]]
    org_name = (ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent)
                and ent[-1].lower_ not in actor_lexicon.not_actors() and ent[-1].lower_ not in _roles()["body"])
    if org_name and ent[0].lower_ in actor_lexicon.given_names() and (after[:1] == ["who"] or after == [",", "who"]):
        return True  # "Viktar Babaryka, who was arrested" labelled an organisation: a given name and "who" name a person
    if org_name and after[:1] == [","] and any(
            c.dep_ == "appos" and c.i > ent.end and c.tag_ == "NNP" and c.is_title and c.lemma_.lower() not in _roles()["body"]
            and (c.lemma_.lower() in _roles()["role"] or c.lemma_.lower() in actor_lexicon._sector_terms()) for c in ent.root.children):
        return True  # "Fredys Cerrato, Trade Minister of Honduras," labelled an organisation: a person's title follows
    if ent.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART") or not 2 <= len(ent) <= 3 or ent.start == 0:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    root = ent.root
    return (root.dep_ == "nsubj" and root.head.pos_ == "VERB" and doc[ent.start - 1].tag_ == "POS"
            and ent[-1].lower_ not in actor_lexicon.not_actors())


def _misread_org(doc: Doc, ent: Span) -> bool:
    """An organisation's name the parser labelled a building, product or work, right after the
    lower-case noun that says what kind of body it is: "banned Iranian airline Mahan Air", "the
    company Acme Widgets" (roles.tsv body)."""
    if ent.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART") or ent.start == 0:
        return False
    kind = doc[ent.start - 1]
    return kind.text.islower() and kind.lower_ in _roles()["body"] and kind.head.i in range(ent.start, ent.end) and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)


def _org_of_place(doc: Doc, ent: Span, inside: list[Hit]) -> bool:
    """An organisation's name ending in "of <country>" whose words before it hold no lexicon
    phrase and end in an organisation's head ("Federal Aviation Office of Germany"; not "the
    Foreign Ministry of Iraq", which the lexicon's sector noun composes)."""
    of = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start), None)
    if of is None or of - ent.start < 2 or not all(h.t0 > of and _placeonly(h) for h in inside):
        return False
    head = doc[of - 1]
    return head.is_title and (head.lower_ in _roles()["body"] or head.lemma_.lower() in _roles()["body"])


def _given_name(doc: Doc, h: Hit, taken: set[int]) -> bool:
    """A state's name used as a first name: "Virginia Woolf", "Indiana Jones" (a country's stays
    a modifier: "Iranian X" is named with a nationality, not a given name)."""
    return (h.place is not None and h.place.kind == "province" and h.t1 < len(doc) and h.t1 not in taken
            and doc[h.t1].pos_ == "PROPN" and doc[h.t1].ent_type_ == "PERSON")


def _surname_title(doc: Doc, ent: Span, h: Hit) -> bool:
    """A capitalised sector noun ending a personal name after a capitalised given name that is no
    title itself: "Jack Bishop", "Ann Judge" (but "Foreign Minister" stays a title)."""
    if h.roles() != {SECTOR} or h.t1 != ent.end or h.t0 <= ent.start or not h.text[:1].isupper():
        return False
    before = doc[h.t0 - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in TITLE_WORDS


def _placeonly(h: Hit) -> bool:
    """Every reading of the hit is a country, region or capital."""
    return bool(h.alts) and all(e.kind in PLACE_KINDS or r == CAPITAL for e, r in h.alts)


def _namelike(h: Hit) -> bool:
    """A hit that may be part of a longer personal name: a surname, a capital, a country or
    region name ("Kanye West")."""
    return h.is_person or bool(h.roles() & {CAPITAL, NAME}) and all(e.kind in ("country", "province", "region", "agent", "person")
                                                                   for e, _ in h.alts)


def _strip(doc: Doc, ent: Span, covered: set[int]) -> Span | None:
    """Drop leading determiners, honorifics and title words (tokens in ``covered``: sector nouns,
    countries) or a preposition whose object is the name ("Regarding Ashodaya, ..."), and a trailing
    possessive or parenthesis, or a lower-case adverb, verb or particle the tagger took into the name
    ("Kellogg later retracted", "Smith also said")."""
    start = ent.start
    while start < ent.end and (doc[start].lower_ in HONORIFICS or doc[start].pos_ == "DET" or start in covered
                               or doc[start].lower_ in TITLE_WORDS or start == ent.start and doc[start].dep_ == "prep" and any(
                                   c.dep_ == "pobj" and start < c.i < ent.end for c in doc[start].children)):
        start += 1
    end = next((t.i for t in doc[start:ent.end] if t.text in ("(", "[", "—", "–")), ent.end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or end - 1 > start and doc[end - 1].is_lower
                           and doc[end - 1].is_alpha and doc[end - 1].pos_ in ("ADV", "VERB", "AUX", "ADP", "PART")):
        end -= 1
    return doc[start:end] if end > start else None


def _town_struck(ent: Span) -> bool:
    """"Russian forces shelled Kherson", "seized the town of Goma", "fighting in Kherson": a one-word name the
    tagger calls a person, that force is done to or that stands after "in", "near" or "outside", is the town of
    that name the gazetteer knows (left to the places stage); so is a name of two or three words after "in" ("in
    Khan Younis"), after "the town of" (any town the gazetteer knows) or before a site's noun ("the
    Zaporizhzhia nuclear plant")."""
    if not gazetteer.ready():
        return False
    t = ent.root
    if geo.named_as_place(ent):
        return True  # "captured the town of Avdiivka", "visited the Zaporizhzhia nuclear plant": a place's name
    if len(ent) > 1:  # "fighting in Khan Younis": a longer name the gazetteer knows as a big town, after "in"
        return len(ent) <= 3 and t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "outside", "into", "around") and any(
            p.population >= param("struck_place_population") and p.feature in ("city", "capital") for p in gazetteer.lookup(ent.text))
    big = any(p.population >= param("struck_place_population") for p in gazetteer.lookup(ent.text))
    if big and t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "outside", "into", "around", "across"):
        return True  # "withdrew its troops from positions in Kherson": no one is "in" a person
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "seized the town of Goma"
    verb = t.head if t.dep_ in ("dobj", "nsubjpass") else t.head.head if (
        t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "into", "against")) else None
    rule = event_trigger(verb) if verb is not None and verb.pos_ == "VERB" else None
    return rule is not None and rule.cameo[:2] in FORCE_ROOTS and big


def _person_like(ent: Span) -> bool:
    """Not a ship, street or prize named after someone ("Charles De Gaulle aircraft carrier",
    "Karl Marx Avenue")."""
    root = ent.root
    if root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ == "NOUN":
        return False
    ending = actor_lexicon.not_actors().get(ent[-1].lower_)
    if ending == "person" and len(ent) == 2 and ent[0].lower_ in actor_lexicon.given_names() and not (
            root.dep_ == "pobj" and root.head.lower_ in LOCATIVE or ent.start and ent.doc[ent.start - 1].lower_ == "the"):
        ending = None  # a given name and a surname that names buildings too ("Cynthia Hall", "Frank Church")
    return ending is None and any(t.is_title or t.is_upper for t in ent)


def _org_like(ent: Span, lex: Lexicon) -> bool:
    """An unknown ORG counts when it acts (subject, possessor, agent) or its head is an
    institution; place names spaCy calls ORG ("in Hanover") do not."""
    if len(ent.text) < 2 or not any(c.isupper() for c in ent.text):
        return False
    if actor_lexicon.not_actors().get(ent[-1].lower_) == "any":
        return False  # "the Syrian Civil War", "Karl Marx Avenue"
    if len(ent) == 1 and ent.text.isupper() and len(ent.text) > 4 and common_word(ent.text.lower()):
        return False  # a heading in capitals: "ARRESTS – A man, 37, was arrested"
    root = ent.root
    if root.dep_ in SUBJECT_DEPS or root.dep_ == "pobj" and root.head.lower_ == "by":
        return True
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and not any(
            e.kind in PLACE_KINDS or r == CAPITAL for _, e, r in lex.surfaces.get(fold(ent.text), [])):
        return True  # "accused ABS-CBN of fraud", "sued Microsoft"
    if root.dep_ == "pobj" and root.head.lower_ in ACTED_ON and root.head.head.pos_ == "NOUN" \
            and (rule := event_trigger(root.head.head)) is not None and rule.cameo[:2] in FORCE_ROOTS | {"16", "17"}:
        return True  # "the ban on Mahan Air", "sanctions on Rosneft Trading": acted on, not a place (as "a meeting on Capitol Hill")
    if len(ent) > 1 and ent[-1].pos_ == "PROPN" and not (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE):
        return True  # several capitalised words acting as a name: "Mondelez International"
    return root.pos_ == "PROPN" and len(ent) > 1 and fold(ent[-1].text) in lex.surfaces


def _sector_of(h: Hit) -> list[str]:
    e = h.entry(SECTOR)
    return list(e.sectors) if e else []


def _title_cue(doc: Doc, person: Hit, by_token: dict[int, Hit]) -> Cue:
    """"French President Francois Hollande", "Hamas leader X", "former Foreign Minister X"."""
    cue = Cue()
    if person.t0 > 0:
        cue.gender = HONORIFIC_GENDER.get(doc[person.t0 - 1].lower_)
    i = person.t0 - 1
    run: list[Hit] = []
    former = False
    while i >= 0:
        tok = doc[i]
        h = by_token.get(i)
        if h is not None and h is not person and not h.is_person:
            if h not in run:
                run.append(h)
            i = h.t0 - 1
            continue
        if tok.lower_ in TITLE_WORDS or tok.tag_ == "POS" or tok.lower_ in HONORIFICS:
            former |= tok.lower_ in FORMER_WORDS
            i -= 1
            continue
        if run and (j := _conjoined_title(doc, i, run[0], by_token)) is not None:
            i = j  # "Russian journalist and human rights activist X": two titles, both hers
            continue
        if run and tok.pos_ in ("ADJ", "NOUN") and tok.text.islower() and tok.dep_ in ("amod", "compound", "nmod") \
                and i - 1 >= 0 and (other := by_token.get(i - 1)) is not None and (other.place or CAPITAL in other.roles()):
            i -= 1  # "Chinese state broadcaster X", "Iranian state television presenter X": a plain modifier
            continue  # between the title and the country that qualifies it
        break
    if not run or not (SECTOR in run[0].roles() or MEMBER in run[0].roles()):
        return cue  # the word right before the name must be a title
    if i >= 0 and doc[i].lower_ in ("a", "an"):
        return cue  # "the widow of a sheriff's deputy Nichols murdered": a deputy whom Nichols murdered
    if i >= 0 and doc[i].lower_ == "the" and _object_gap(doc, person):
        return cue  # "daughter of the court reporter Nichols murdered": whom Nichols murdered
    if i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in senses.topic_markers("sports"):
        for h in run:  # "championship leader X", "title rival X": a place in a contest, no office or party
            h.used = True
        return cue
    body: Role | None = None
    if i > 0 and i == run[-1].t0 - 1 and doc[i].text[:1].isupper() and doc[i].lower_ in _roles()["body"] and not any(
            h.place or CAPITAL in h.roles() for h in run):
        # "Abu Dhabi TV photojournalist X", "Kenya Airways pilot X": the place that names the
        # organisation before the title is the person's country
        owner = by_token.get(i - 1)
        if owner is not None and owner is not person and (owner.place or CAPITAL in owner.roles()) and owner.t1 == i:
            run.append(owner)
            body = _roles()["body"][doc[i].lower_]
    cue.title = run[0].entry(SECTOR, MEMBER).name if run[0].entry(SECTOR, MEMBER) else None
    generic = cue.title in actor_lexicon.generic_terms()  # "Army spokesman X": the army's
    if generic and body is not None and body.sectors:
        cue.sectors = list(body.sectors)  # "Kenya Airways spokesman X": the airline's
    for h in run:
        if SECTOR in h.roles() and (not cue.sectors or generic and h is not run[0] or cue.sectors == ["CVL"] and _sector_of(h)):
            # (of two titles, the one naming more than a civilian: "journalist and activist X" is the media's)
            cue.sectors = _sector_of(h)
            generic = generic and h is run[0]
        elif (h.place or CAPITAL in h.roles()) and not cue.country:  # "Iraqi", "Moscow Mayor X"
            where = h.place or h.entry(CAPITAL)
            cue.country = where.country or where.code
        elif h.group and not cue.group:
            cue.group = h.group
            continue  # the group keeps its own mention
        h.used = True
    run[0].used = True
    if former:
        cue.sectors, cue.former = _former(cue.sectors), True
        if cue.group is not None and set(cue.group.sectors) & OFFICIAL_SECTORS:
            # "former DHS chief of staff X": a former official of a state body is an elite of its
            # country, no longer the body's (a former militant commander stays his group's)
            cue.country, cue.group = cue.country or cue.group.country, None
    first = min(h.t0 for h in run)
    cue.at = (doc[first].idx, doc[person.t0 - 1].idx + len(doc[person.t0 - 1]))
    return cue


def _conjoined_title(doc: Doc, i: int, title: Hit, by_token: dict[int, Hit]) -> int | None:
    """Where a title conjoined before the title next to a name ends, reading back from token ``i`` over the
    latter's plain modifiers and the "and" ("journalist and human rights activist X": at "journalist")."""
    while i >= 0 and i not in by_token and doc[i].text.islower() and doc[i].dep_ in ("amod", "compound") \
            and doc[i].i < doc[i].head.i < title.t1:
        i -= 1
    other = by_token.get(i - 1) if i > 0 and doc[i].lower_ == "and" else None
    root = doc[title.t1 - 1]
    if other is None or other.is_person or SECTOR not in title.roles() or SECTOR not in other.roles() \
            or root.tag_ != "NN" or doc[other.t1 - 1].tag_ != "NN":  # one person's titles ("the police and protester X": two)
        return None
    # (the parser conjoins the titles, or the name with the first title: "lawyer and [activist X]")
    joined = root if root.dep_ == "conj" else root.head if root.dep_ == "compound" and root.head.dep_ == "conj" else None
    return i - 1 if joined is not None and other.t0 <= joined.head.i < other.t1 else None


def _listed_title(doc: Doc, person: Hit, by_token: dict[int, Hit], cues: dict[int, Cue]) -> Cue | None:
    """A plural title before a list of names is each one's: "Senators X and Y", "Representatives
    X, Y and Z", "opposition leaders X and Y" (the first name took it in ``_title_cue``)."""
    if doc[person.t0:person.t1].root.dep_ not in ("conj", "appos"):
        return None
    i, first = person.t0 - 1, None
    while i >= 0:
        other = by_token.get(i)
        if other is not None and other.is_person:
            first, i = other, other.t0 - 1
        elif doc[i].lower_ in (",", "and", "&"):
            i -= 1
        else:
            break
    got = cues.get(id(first)) if first is not None else None
    title = doc[first.t0 - 1] if first is not None else None
    plural = title is not None and (title.tag_ in ("NNS", "NNPS") or title.tag_ == "NNP" and title.lower_.endswith("s")
                                    and not title.lower_.endswith("ss"))  # "Lawmakers" read as a name
    if got is None or not got.codes or got.rank != 0 or got.at is None or not plural:
        return None
    return replace(got, gender=None)


def _owner_cue(doc: Doc, person: Hit, by_token: dict[int, Hit], cue: Cue) -> None:
    """"Hamas's Ismail Haniyeh", "the Constitution Party's Don Blankenship": an organisation in the
    possessive right before a name is the one the person acts for (a lexicon group gives its code,
    another organisation the sector its name's head says: "... Party" → PTY)."""
    if person.t0 < 2 or doc[person.t0 - 1].tag_ != "POS":
        return
    owner = by_token.get(person.t0 - 2)
    if owner is None or owner.is_person or owner.place is not None or CAPITAL in owner.roles():
        return
    start = doc[owner.t0].idx
    if owner.group is not None:
        cue.group, cue.rank, cue.at = owner.group, 0, (start, doc[person.t0 - 1].idx + len(doc[person.t0 - 1]))
    elif owner.label == "ORG" and _org_cue(doc, doc[person.t0 - 2], by_token, cue, Role((), True), start):
        cue.rank = 0


def _object_gap(doc: Doc, person: Hit) -> bool:
    """The name is the subject of a clause of violent crime whose object is the noun before it: "the court
    reporter Nichols murdered" (whom Nichols murdered), so that noun is no title of the name."""
    after = doc[person.t1] if person.t1 < len(doc) else None
    return (after is not None and after.tag_ == "VBD" and after.lemma_.lower() in _roles()["doer"]
            and not any(c.dep_ == "dobj" for c in after.children))


def _appos_cue(doc: Doc, person: Hit, by_token: dict[int, Hit], cue: Cue) -> None:
    """"Danielle Ryan, a journalist and media analyst" → MED; "X, a key ISIL operative" → ISIL;
    "the education secretary, Gavin Dale" → GOV (the name in apposition to its title)."""
    root = doc[person.t0:person.t1].root
    title = by_token.get(root.head.i) if root.dep_ == "appos" and not (root.head.i == person.t0 - 1 and _object_gap(doc, person)) else None
    # (a kinship or other civilian noun beside a name that has its own title says how one is related, not
    # what one is: "his father, Sultan Said bin Taimur" is a sultan)
    titled = person.t1 - person.t0 > 2 and doc[person.t0].is_title and doc[person.t0].lower_ in _roles()["role"]
    if title is not None and title is not person and SECTOR in title.roles() and titled and not cue.sectors and (
            _generic_sector(doc, title, root.head, by_token) == ["CVL"]):
        title.used = True
    elif title is not None and title is not person and SECTOR in title.roles() and not cue.sectors:
        cue.sectors = _generic_sector(doc, title, root.head, by_token)
        if any(t.lower_ in FORMER_WORDS for t in doc[root.head.left_edge.i:root.head.i]):
            cue.sectors = _former(cue.sectors)  # "a former Kenyan minister, David Otieno"
        cue.rank, cue.at = 1, (doc[root.head.left_edge.i].idx, title.end)
        title.used = True
        # "the United Nations special envoy for Yemen, X", "the mayor of Moscow, X"
        near = list(doc[root.head.left_edge.i:root.head.i]) + [g for p in root.head.children if p.dep_ == "prep"
                                                                and p.lower_ in ("of", "for") for g in p.children if g.dep_ == "pobj"]
        for t in near:
            m = by_token.get(t.i)
            if m is not None and m.group and not m.place and not cue.group:
                cue.group = m.group  # "the United Nations special envoy for Yemen, Martin Griffiths"
            elif m is not None and not cue.country and (m.place or CAPITAL in m.roles()):
                where = m.place or m.entry(CAPITAL)
                cue.country = where.country or where.code
                m.used = True
    for tok in doc[person.t0:person.t1]:
        for app in tok.children:
            if app.dep_ != "appos" or person.t0 <= app.i < person.t1 or not _beside(doc, person.t1, app):
                continue
            for head in [app, *app.conjuncts]:
                h = by_token.get(head.i)
                if h is None or not (SECTOR in h.roles() or MEMBER in h.roles()):
                    continue
                for other in {id(x): x for x in map(by_token.get, range(head.left_edge.i, head.i + 1)) if x}.values():
                    if SECTOR in other.roles() or MEMBER in other.roles():
                        other.used = True
                if not cue.sectors and not (titled and _generic_sector(doc, h, head, by_token) == ["CVL"]):
                    cue.sectors, cue.rank = _generic_sector(doc, h, head, by_token), 1
                    cue.at = (doc[head.left_edge.i].idx, h.end)
                    if any(t.lower_ in FORMER_WORDS for t in doc[head.left_edge.i:head.i]):
                        cue.sectors = _former(cue.sectors)  # "X, a former president of the club"
                near = [by_token.get(t.i) for t in doc[head.left_edge.i:head.i]]
                near += [by_token.get(g.i) for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "with", "at")
                         for g in p.children if g.dep_ == "pobj"]
                for m in filter(None, near):
                    if m.group and not cue.group:
                        cue.group = m.group
                    elif not cue.country and (m.place and m.roles() & {ADJ, NAME} or CAPITAL in m.roles()):
                        where = m.place or m.entry(CAPITAL)  # "Iraqi", "of Iraq", "of Moscow"
                        cue.country = where.country or where.code
                        m.used = True


def _generic_sector(doc: Doc, h: Hit, head: Token, by_token: dict[int, Hit]) -> list[str]:
    """The sectors of a role noun in apposition; a generic head takes those of a sector noun
    right before it ("X, a union leader" → LAB, "the army spokesman, X" → MIL), as a title does,
    or of an organisation's head word ("X, a party leader" → PTY, roles.tsv kind=body)."""
    e = h.entry(SECTOR, MEMBER)
    if e is not None and e.name in actor_lexicon.generic_terms() and h.t0 > head.left_edge.i:
        mod = by_token.get(h.t0 - 1)
        if mod is not None and mod is not h and SECTOR in mod.roles() and _sector_of(mod):
            mod.used = True
            return _sector_of(mod)
        body = _roles()["body"].get(doc[h.t0 - 1].lower_) if mod is None and doc[h.t0 - 1].pos_ == "NOUN" else None
        if body is not None and body.sectors:
            return list(body.sectors)  # "X, a party leader" → PTY
    return _sector_of(h)


@dataclass(frozen=True)
class Role:
    """A row of resources/actors/roles.tsv."""

    sectors: tuple[str, ...]
    generic: bool


@lru_cache(maxsize=1)
def _roles() -> dict[str, dict[str, Role]]:
    """kind (role | body | patient | owner | agent | held | grounds | doer | lesser | reputed | chamber) → term → Role (resources/actors/roles.tsv)."""
    out: dict[str, dict[str, Role]] = {k: {} for k in ("role", "body", "patient", "owner", "agent", "held", "grounds", "doer",
                                                        "lesser", "reputed", "chamber")}
    for r in knowledge.records("actors/roles.tsv"):
        out[r["kind"]][r["term"]] = Role(tuple(actor_lexicon._split(r["sectors"], ",")), r.get("generic") == "1")
    return out


COPULAS = {"be", "become", "serve", "remain", "work"}
TIME_ADVERBS = {"then", "now", "currently", "formerly", "previously", "still"}  # "X, then the deputy director of Y,"
MADE = {"elect", "appoint", "name", "nominate", "choose", "select", "install", "swear", "reelect", "re-elect"}  # "was elected Speaker"
ROLE_REACH = 14  # tokens of a role's phrase searched for the organisation it serves
ORG_PREPS = {"of", "for", "at", "with", "from"}


def _described(doc: Doc, person: Hit, by_token: dict[int, Hit], cue: Cue) -> None:
    """What else the sentence says a person is, when no lexicon title or apposition did: a role
    noun before the name ("Legislator Tanya Chan", "former Trump advisor X"), an apposition or a
    relative or copular clause with a role ("X, the county's deputy director", "X, who was a
    candidate", "X is a senator"), the organisation they are of ("X of the Scottish National
    Party"); failing those, what was done to them ("X was charged", "X's conviction" → CRM).
    Role words and organisation heads are data (resources/actors/roles.tsv); each cue keeps
    where it was read (``Cue.at``) and how strong it is (``Cue.rank``)."""
    root = doc[person.t0:person.t1].root
    nouns: list[tuple[int, Token]] = []
    i = person.t0 - 1
    while i >= 0 and (doc[i].lower_ in HONORIFICS or doc[i].lower_ in ("'s", "’s")):
        i -= 1
    if person.t1 - person.t0 > 2 and doc[person.t0].is_title and doc[person.t0].lower_ in _roles()["role"]:
        nouns.append((0, doc[person.t0]))  # the title inside the name: "Archbishop Desmond Tutu"
    for j in range(i, max(i - ROLE_BEFORE_NAME, -1), -1):
        # "Legislator Tanya Chan", "Defendants James Lee", "Iranian general X" (tagged an
        # adjective), "archbishop Monsenor X" (past a word of address the lexicon does not know)
        if j in by_token or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[j].head.i not in range(person.t0, person.t1):
            break
        if doc[j].pos_ != "ADJ" or _role_of(doc[j], by_token) is not None:
            nouns.append((0, doc[j]))
    for child in root.children:
        if child.dep_ == "appos" and not person.t0 <= child.i < person.t1 and _beside(doc, person.t1, child):
            nouns += [(1, n) for n in (child, *child.conjuncts)]
        elif child.dep_ == "relcl" and child.lemma_ in COPULAS:
            nouns += [(1, n) for n in _complements(child)]
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in by_token:
        nouns.append((1, root.head))  # "the county's deputy director, X"
    if (stray := stray_description(root)) is not None:
        nouns.append((1, stray))  # "the parents of X — an unarmed teenager shot by police —"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in COPULAS or root.dep_ == "nsubjpass" and root.head.lemma_ in MADE:
        nouns += [(1, n) for n in _complements(root.head)]  # "X is a senator", "X was elected Speaker"
    elif root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _roles()["reputed"]:
        # "X, reputed to have been a spy", "X is said to be a commander": what the "to be" clause calls X
        nouns += [(1, n) for c in root.head.children if c.dep_ == "xcomp" and c.lemma_ in COPULAS for n in _complements(c)]
    nouns += [(1, n) for n in _comma_apposition(doc, person)]
    for rank, noun in nouns:
        if _role_cue(doc, noun, by_token, cue, rank):
            return
    for child in root.children:  # "Joanna Cherry of the Scottish National Party"
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if _org_cue(doc, obj, by_token, cue, Role((), True), child.idx):
                    return
    done = _patient_cue(root)
    if done is not None and done.at is not None:
        cue.sectors, cue.rank = done.sectors, done.rank
        cue.at = (min(person.start, done.at[0]), max(person.end, done.at[1]))


def _patient_cue(tok: Token) -> Cue | None:
    """What is done to or by a person that says their role: "X was convicted", "sentenced X",
    "X's indictment", "he was charged" (the one an act of justice is done to is a criminal
    suspect; an arrest alone is not: activists and journalists are arrested too); "a man stabbed
    two students" (one person doing violence to another is a criminal); "X's campaign", "X ran for
    mayor" (a candidate). resources/actors/roles.tsv, kind=patient,
    owner, agent."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "Han Lee and Junmyung Lee were arraigned", "his lawyer, X, was convicted"
    head = tok.head
    roles = _roles()
    lemma = head.lemma_.lower()
    role = None
    if tok.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" or tok.dep_ == "poss" and head.pos_ == "NOUN":
        role = roles["patient"].get(lemma)
    if role is None and tok.dep_ == "nsubjpass":  # "X was arrested and charged with theft"
        role = next((r for c in head.conjuncts if c.i > head.i and c.pos_ == "VERB"
                     and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                     and (r := roles["patient"].get(c.lemma_.lower())) is not None), None)
    if role is None and tok.dep_ == "poss" and head.pos_ == "NOUN":
        role = roles["owner"].get(lemma)  # "X's presidential campaign"
    if role is None and tok.dep_ == "nsubj" and head.pos_ == "VERB":
        role = next((roles["agent"][k] for c in head.children if c.dep_ in ("prep", "dobj")
                     if (k := f"{lemma} {c.lower_ if c.dep_ == 'prep' else c.lemma_.lower()}") in roles["agent"]),
                    None)  # "X ran for mayor", "X is serving a life sentence"
    if role is None and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Comeaux was in prison after being convicted": the subject underwent the passive participle's act
        role = next((r for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "since", "upon", "following")
                     for p in c.children if p.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in p.children)
                     if (r := roles["patient"].get(p.lemma_.lower())) is not None), None)
    if role is None and tok.dep_ == "nsubj" and head.pos_ == "VERB" and tok.tag_ in ("NN", "NNP"):
        # "a man stabbed 11 students", "X pulled a gun and shot at both officers" (a person done it to: not
        # "shot down the proposal", "killed the bill")
        done = [head] + [c for c in head.conjuncts if c.i > head.i and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
        role = next((r for v in done if v.pos_ == "VERB" and not passive(v) and (r := roles["doer"].get(v.lemma_.lower()))
                     and not any(c.dep_ == "prt" for c in v.children)
                     and any(_victim(o) for c in v.children for o in ([c] if c.dep_ == "dobj" else [
                         p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "at" else []))), None)
    if role is None and tok.dep_ in ("nsubjpass", "dobj") and lemma in roles["held"]:
        # "arrested on suspicion of burglary", "arrested for allegedly running a brothel": held as a
        # suspect (a bare arrest is not enough: activists and journalists are arrested too)
        grounds = [k for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "for")
                   for g in p.children if g.dep_ in ("pobj", "pcomp") for k in (g, *g.conjuncts)]  # "on DWI and other charges"
        words = {g.lemma_.lower() for g in grounds} | {a.lower_ for g in grounds for a in g.children if a.dep_ == "advmod"}
        role = next((roles["grounds"][w] for w in sorted(words) if w in roles["grounds"]), None)
    if role is None:
        return None
    at = (min(tok.idx, head.idx), max(tok.idx + len(tok), head.idx + len(head)))
    return Cue(sectors=list(role.sectors), rank=2, at=at)


def _victim(tok: Token) -> bool:
    """Is ``tok`` someone violence can be done to: a named person, a personal pronoun, or a noun for
    people of the actor lexicon ("students", "both officers", "a woman")?"""
    return (tok.ent_type_ == "PERSON" or tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that")
            or actor_lexicon.is_sector_term(tok.lemma_) or actor_lexicon.is_sector_term(tok.text))


def _suspect(doc: Doc, person: Hit, cue: Cue) -> None:
    """"Ohio man X was sentenced", "a judge sentenced Texas woman X": a person only described as
    someone (a civilian noun before the name) whom an act of justice is done to is a criminal
    suspect (CRM), as the patient rule codes a person with no description."""
    done = _patient_cue(doc[person.t0:person.t1].root)
    if done is not None and done.sectors == ["CRM"]:
        cue.sectors = ["CRM"]


def _beside(doc: Doc, end: int, app: Token) -> bool:
    """Is the apposition ``app`` set beside the name ending at token ``end`` ("X, 37, a court
    reporter"), with only the name's own words between? The parser sometimes hangs a noun of a
    list far along the sentence on a name ("X was found guilty of murdering a judge, a court
    reporter"): that noun describes no one named."""
    if app.i < end:
        return True
    return all(t.is_punct or app.head.is_ancestor(t) for t in doc[end:app.left_edge.i])


def _comma_apposition(doc: Doc, person: Hit) -> list[Token]:
    """"X, the transportation department's deputy director, said": the last noun of a short
    stretch between commas right after a name, when the parse did not make it an apposition;
    "Meghan, Duchess of Sussex": a capitalised title right after the comma."""
    if person.t1 + 1 >= len(doc) or doc[person.t1].text != ",":
        return []
    sent_end = doc[person.t0].sent.end
    first = person.t1 + 1 + (doc[person.t1 + 1].lower_ in TIME_ADVERBS and person.t1 + 2 < sent_end)  # "X, then the director"
    title = doc[first]  # "Meghan, Duchess of Sussex", "X, Mayor of Napa"
    after = doc[title.i + 1] if title.i + 1 < sent_end else None
    if title.is_title and title.pos_ in ("NOUN", "PROPN") and title.ent_type_ != "PERSON" and (
            after is None or after.lower_ in ("of", ",", "'s", "’s") or after.is_punct):
        return [title]
    for k in range(first, min(first + 10, sent_end)):
        if doc[k].text == "," or doc[k].lower_ in ORG_PREPS and k > first + 1 and doc[k].head.i == k - 1:
            # (the noun before "of", "for": "X, then the deputy director of the Port Authority, ...")
            tok = doc[k - 1]
            return [tok] if tok.pos_ in ("NOUN", "PROPN") and doc[first].pos_ == "DET" else []
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].ent_type_ == "PERSON":
            return []
    return []


def _complements(verb: Token) -> list[Token]:
    """The role nouns a copular verb gives its subject: "is a senator", "serves as mayor"."""
    out = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    nouns = [n for o in out for n in (o, *o.conjuncts) if n.pos_ in ("NOUN", "PROPN")]
    # "became the first woman to serve as Speaker": the role the clause names comes first
    return [r for n in nouns for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_ in COPULAS
            for r in _complements(c)] + nouns


def _role_of(noun: Token, by_token: dict[int, Hit]) -> Role | None:
    """The role a noun names: a lexicon sector noun, else a role word of roles.tsv (two words first)."""
    h = by_token.get(noun.i)
    roles = _roles()["role"]
    if h is not None and not h.is_person:
        e = h.entry(SECTOR, MEMBER)
        if e is None and noun.lower_ not in roles:
            return None  # (an organisation's name that is also a role word: "X, a Democrat" is a party actor)
        if e is not None:
            return Role(tuple(e.sectors), e.name in actor_lexicon.generic_terms() or not e.sectors)
    words = [noun.lower_, noun.lemma_.lower(), noun.norm_]  # norm: an abbreviated title spelled out ("Det.")
    if noun.tag_ in ("NNPS", "NNP") and noun.lower_.endswith("s") and not noun.lower_.endswith("ss"):
        words.append(noun.lower_[:-1])  # a plural title read as a name, before a list: "Representatives X and Y"
    if noun.i > 0:  # "special counsel", "council member"
        words = [f"{noun.doc[noun.i - 1].lower_} {w}" for w in words] + words
    return next((roles[w] for w in words if w in roles), None)


def _role_cue(doc: Doc, noun: Token, by_token: dict[int, Hit], cue: Cue, rank: int) -> bool:
    """Code ``cue`` from a role noun and the words around it: its country, the group or
    organisation it is of/for ("a UN rapporteur", "spokesperson for Sheffield University"),
    "former" (ELI)."""
    role = _role_of(noun, by_token)
    if role is None:
        return False
    if noun.i in by_token and not by_token[noun.i].is_person:
        by_token[noun.i].used = True  # "X is a senator": the senator is X, not an actor of its own
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")]
    if noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:  # "Iranian general X": the
        mods += [t for t in noun.head.lefts if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod")]  # name holds both
    mods = [t for m in mods for t in m.subtree if t.i < noun.i and t.pos_ not in ("DET", "ADP", "PART", "PUNCT")]
    former = any(t.lower_ in FORMER_WORDS for t in mods)
    start = min([noun.idx] + [t.idx for t in mods])
    found = False
    for t in mods:
        found = _org_cue(doc, t, by_token, cue, role, start) or found
    if not found:
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS):
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                found = _org_cue(doc, obj, by_token, cue, role, start) or found
    if not found and (role.generic or not role.sectors):
        # "assistant director for construction of county transportation": an organisation further on
        for t in list(noun.subtree)[:ROLE_REACH]:
            if t.i > noun.i and t.pos_ in ("NOUN", "PROPN") and _org_cue(doc, t, by_token, cue, role, start):
                break
    if not cue.codes and (role.sectors or former):
        cue.sectors = list(role.sectors) or ["ELI"]
        cue.at = (start, noun.idx + len(noun))
    if not cue.codes:
        return False
    if cue.at is not None:
        cue.at = (min(cue.at[0], start), max(cue.at[1], noun.idx + len(noun)))
    if former:
        cue.sectors, cue.group = _former(cue.sectors if not cue.group else list(cue.group.sectors)), None
    cue.rank = rank
    return True


def _org_cue(doc: Doc, tok: Token, by_token: dict[int, Hit], cue: Cue, role: Role, start: int) -> bool:
    """The group, country or organisation a token names, as what a person acts for: a lexicon
    group gives its code, a place its country, an organisation's name its sector from its last
    words ("... Party" → PTY, "... University" → EDU)."""
    h = by_token.get(tok.i)
    end = (h.end if h is not None else tok.idx + len(tok))
    if h is not None and h.group is not None and not h.place:
        cue.group, cue.at = h.group, (min(start, h.start), end)  # "a UN rapporteur", "a Hamas militant"
        return True
    if h is not None and (h.place is not None or CAPITAL in h.roles()):
        where = h.place or h.entry(CAPITAL)  # "Iranian", "Abu Dhabi TV photojournalist X"
        cue.country = cue.country or where.country or where.code
        return False
    if h is not None and SECTOR in h.roles() and (not role.sectors or role.generic):
        cue.sectors, cue.at = _sector_of(h), (min(start, h.start), end)  # "of the provincial council"
        return True
    if role.sectors and not role.generic:
        return False
    body = _roles()["body"]
    if tok.ent_type_ != "ORG":  # "the transportation department's deputy director", "of the county"
        found = body.get(tok.lower_) or body.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "PROPN") else None
        if found is None:
            return False
        cue.sectors, cue.at = list(found.sectors), (min(start, tok.idx), tok.idx + len(tok))
        return True
    first, j = tok.i, tok.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    while j > first and (doc[j].is_punct or doc[j].tag_ == "POS"):
        j -= 1
    words = [t.lower_ for t in doc[max(first, j - 1):j + 1]]
    # the word the preposition governs first ("of the Port Authority of New York and New Jersey": the
    # authority), then the name's last words
    found = next((body[w] for w in (tok.lower_, " ".join(words[-2:]), words[-1] if words else "") if w in body), None)
    if found is None:
        return False
    cue.sectors, cue.at = list(found.sectors), (min(start, doc[first].idx), doc[j].idx + len(doc[j]))
    return True


def _compose(doc: Doc, text: str, h: Hit, by_token: dict[int, Hit], field_name: str,
             lex: Lexicon) -> list[Mention]:
    """A sector noun with the country, region or group that qualifies it: one mention per
    country ("Polish and Czech diplomats" are two agents); a generic head takes the sector of a
    sector noun before it ("police officials" → police)."""
    mod = None
    inner: Hit | None = None  # "police" in "police officials"
    people: Hit | None = None  # "Tigrayan" in "Tigrayan forces" (peoples.tsv)
    i, gap = h.t0 - 1, 0
    root = doc[h.t0:h.t1].root
    verbs = actor_lexicon.stances().get(root.lower_)
    if verbs is not None and (any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children)
                              or root.dep_ == "dobj" and root.head.lemma_.lower() in verbs):
        return []  # "voiced opposition to the bill": a stance, not the opposition
    # modifiers stay inside the sector noun's phrase, or that of the noun it modifies ("a Ukrainian passenger jet")
    edge = root.head.left_edge.i if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" else root.left_edge.i
    while i >= edge and gap <= 4:
        other = by_token.get(i)
        if other is not None:
            if people is None and _people(other) is not None and root.i > other.t0:
                people = other  # "Syrian Kurdish fighters", "Druze protesters": the country may come before
                i = other.t0 - 1
                continue
            if other.place or other.group:
                mod = other
                break
            if SECTOR in other.roles() and not other.used:
                inner = inner or other
                i = other.t0 - 1
                continue
            break
        tok = doc[i]
        if tok.pos_ in ("ADJ", "NOUN", "CCONJ") or tok.text in (",", "-") or tok.tag_ == "POS" \
                or tok.lemma_.lower() == "lead" and led_by(tok) is not None:  # "Saudi-led forces"
            i, gap = i - 1, gap + 1
            continue
        break
    if mod is None and h.t1 + 1 < len(doc) and doc[h.t1].lower_ == "of":
        j = h.t1 + 1 + (doc[h.t1 + 1].lower_ == "the")
        other = by_token.get(j)
        if other is not None and other.t0 == j and (other.place or other.group) and NAME in other.roles():
            mod = other
    sectors = _sector_of(h)
    if (set(sectors) & ARMED or root.lemma_.lower() in ARMED_MEMBERS) and any(
            opposed_act(t) == root and t.lower_ in STATE_OPPOSED for t in doc[root.left_edge.i:root.i]):
        sectors = ["REB"]  # "anti-government forces", "anti-regime fighters": armed men against the state
    start = h.start
    entry = h.entry(SECTOR)
    borrowed = False  # "opposition supporters": a membership noun takes the sector noun before it
    if inner is not None and _sector_of(inner) and (
            entry is not None and entry.name in actor_lexicon.generic_terms() or not sectors and MEMBER in h.roles()):
        sectors, start, inner.used, borrowed = _sector_of(inner), min(inner.start, h.start), True, entry is None
    if people is not None and (sectors or root.lemma_.lower() in ARMED_MEMBERS):
        # "Tigrayan forces", "Kurdish fighters": the armed men of a people that is no state are a non-state armed
        # group of their country (its rebels); "Uyghur scholars" keep their sector. The country is the one the
        # words before name ("Syrian Kurdish forces"), else the people's own when it has one, else the context's
        whose = _people(people)
        if set(sectors) & ARMED or not sectors and root.lemma_.lower() in ARMED_MEMBERS:
            sectors = ["REB"]
        people.used, start = True, min(start, people.start)
        if mod is None:
            home = lex.entries.get(f"country:{whose.country}") if whose.country else None
            if home is not None:
                return [_agent(doc, text, h, start, h.end, home, sectors, field_name)]
            return [_mention(text, start, h.end, field_name, f"{whose.key}:{sectors[0]}", kind="group", code=sectors[0],
                             sectors=sectors, name=text[start:h.end])]
    if mod is None and (set(sectors) & ARMED or root.lemma_.lower() in ARMED_MEMBERS) \
            and (lord := _loyal_to(root, by_token)) is not None:
        # "militants loyal to the Islamic State" are the group's, as "Islamic State militants" are; "fighters loyal to
        # Khalifa Haftar" are his side's armed men (his country and armed sector; the military for a state's man)
        if lord.group is not None and not lord.place:
            return [_mention(text, h.start, h.end, field_name, lord.group.key, entry=lord.group, kind=lord.group.kind)]
        whose = next((e for e, _ in lord.alts if e.kind == "person"), None)
        home = lex.entries.get(f"country:{whose.country}") if whose is not None and whose.country else None
        if home is not None:
            armed = next((x for x in whose.sectors if x in ARMED and x != "MIL"), "MIL")
            return [_agent(doc, text, h, h.start, h.end, home, [armed], field_name)]
    if mod is None and root.lower_ in actor_lexicon.head_nouns() and (poss := next((
            c for c in root.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("its", "their")), None)) is not None:
        # "the opposition condemned the arrest of its leader": a group's head or voice is the group, as its fighters are
        m = _mention(text, h.start, h.end, field_name, RANKS, kind="group", name=text[h.start:h.end])
        m.owner_at = poss.idx
        return [m]
    if mod is None and not sectors and MEMBER in h.roles() and root.tag_ == "NNS":
        poss = next((c for c in root.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("its", "their")), None)
        if poss is not None and actor_lexicon.pronoun_classes().get(root.lower_) not in ("circle", "follower"):
            # "Hezbollah said its fighters attacked": the group's own members are the group, as "Hezbollah fighters" is
            m = _mention(text, h.start, h.end, field_name, RANKS, kind="group", name=text[h.start:h.end])
            m.owner_at = poss.idx
            return [m]
        owner = _circle_owner(doc, root, h, by_token)
        if owner is not None:  # "her colleagues", "associates of Navalny": the people around someone
            m = _mention(text, h.start, h.end, field_name, CIRCLE, kind="group", name=text[h.start:h.end])
            m.owner_at = owner.idx
            return [m]
        person = by_token.get(h.t0 - 1) if h.t0 > 0 else None
        if person is None and h.t0 > 1 and doc[h.t0 - 1].tag_ == "POS":
            person = next((o for o in by_token.values() if o.t1 == h.t0 - 1 and o.is_person), None)  # "Khan's supporters"
        behind = person is not None and person.is_person and person.t1 in (h.t0, h.t0 - 1) \
            and doc[person.t0:person.t1].root.head.i == root.i
        if not behind and h.t1 + 1 < len(doc) and doc[h.t1].lower_ == "of":
            # "supporters of President Trump": the person the "of" phrase names, past a title
            j = h.t1 + 1 + (doc[h.t1 + 1].lower_ == "the")
            while (other := by_token.get(j)) is not None and not other.is_person and SECTOR in other.roles():
                j = other.t1
            person = by_token.get(j)
            obj = next((p for p in doc[h.t1].children if p.dep_ == "pobj"), None)
            if (person is None or not person.is_person) and obj is not None:
                # "supporters of former Prime Minister Imran Khan": the person the phrase is headed by
                person = next((o for o in by_token.values() if o.t0 <= obj.i < o.t1 and o.is_person), person)
            # the office holder the "of" phrase names, with the sector nouns before it ("the rebel commander")
            titles = [o for o in by_token.values() if obj is not None and obj.left_edge.i <= o.t0 and o.t1 <= obj.i + 1
                      and SECTOR in o.roles() and not o.is_person]
            held = titles[-1] if titles and titles[-1].t1 == obj.i + 1 else None
            if (person is None or not person.is_person) and held is not None \
                    and actor_lexicon.pronoun_classes().get(root.lower_) == "follower":
                # "supporters of the opposition leader", "followers of the rebel commander": the side they
                # follow, as "opposition supporters"; a state's holder has civilians behind him, as a named one
                # (who stays an actor of his own: "supporters of a cleric whom the government accuses")
                sectors = next((_sector_of(o) for o in titles if set(_sector_of(o)) & OPPOSING), ["CVL"])
                if (place := _place_after(doc, held, by_token, lex)) is not None:
                    return [_agent(doc, text, h, h.start, h.end, place, sectors, field_name)]
                return [_mention(text, h.start, h.end, field_name, f"sector:{sectors[0]}", kind="group", code=sectors[0],
                                 sectors=sectors, name=text[h.start:held.end])]
            if person is not None and person.is_person and doc[person.t0:person.t1].root.head.i == h.t1:
                whose = next((e for e, _ in person.alts if e.kind == "person"), None)
                country = lex.entries.get(f"country:{whose.country}") if whose is not None and whose.country else None
                if country is not None:
                    return [_agent(doc, text, h, h.start, h.end, country, ["CVL"], field_name)]
                return [_mention(text, h.start, h.end, field_name, "sector:CVL", kind="group", code="CVL",
                                 sectors=["CVL"], name=text[h.start:h.end])]
        if behind:
            # "Trump supporters", "Sadr loyalists": people behind a person are civilians of the
            # person's country, not the person
            person.used = True
            whose = next((e for e, _ in person.alts if e.kind == "person"), None)
            country = lex.entries.get(f"country:{whose.country}") if whose is not None and whose.country else None
            if country is not None:
                return [_agent(doc, text, h, person.start, h.end, country, ["CVL"], field_name)]
            return [_mention(text, person.start, h.end, field_name, "sector:CVL", kind="group", code="CVL",
                             sectors=["CVL"], name=text[person.start:h.end])]
        if actor_lexicon.pronoun_classes().get(root.lower_) == "follower" and (any(
                c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children) or not any(
                c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in root.children)):
            # "her supporters", "his loyalists": people behind a person, civilians as "Trump supporters" are;
            # so are supporters named with nothing else ("several thousand supporters rallied")
            return [_mention(text, h.start, h.end, field_name, f"follower:{root.lemma_.lower()}", kind="group", code="CVL",
                             sectors=["CVL"], name=text[h.start:h.end])]
    if mod is None:
        if not sectors or SECTOR not in h.roles() and not borrowed or root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" \
                and not actor_lexicon.held(root.head) and not _forceful(root.head.lemma_.lower()) and opposed_act(root) is None \
                and not _protesters(root):
            return []  # "press conference", "police car": a modifier, not an actor ("rebel positions",
            # "police firing", "opposition rallies", and "anti-government protests", against it, are)
        if root.pos_ == "ADJ" and root.dep_ == "amod" and set(sectors) <= {"MIL"} and _forceful(root.head.lemma_.lower()) \
                and root.head.dep_ in ("dobj", "pobj") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.head.head.children):
            return []  # "Azerbaijan launched a military offensive": the kind of act its subject launched (but
            # "is facing terrorist attacks" names the attackers)
        place = _place_after(doc, h, by_token, lex)
        if place is not None:  # "police in London": British police, the mention stays "police"
            return [_agent(doc, text, h, start, h.end, place, sectors, field_name)]
        served = _served(doc, root, entry, by_token, lex)
        if served is not None and served.kind in ("organization", "group"):  # "a spokesman for Hamas"
            return [_mention(text, start, h.end, field_name, served.key, entry=served, kind=served.kind)]
        if served is not None:  # "a spokesman for Downing Street", "an official of the Kremlin"
            return [_agent(doc, text, h, start, h.end, served, sectors, field_name)]
        key = entry.key if start == h.start and entry is not None else f"sector:{sectors[0]}"
        described = _sector_described(doc, root, entry, sectors)
        if described is not None:  # "a spokesperson for Sheffield University", "individuals were charged"
            sectors, key = described, f"{key}:{described[0]}"
        other = next((c.lower_ for c in root.children if c.dep_ in ("amod", "det") and c.lower_ in ("other", "another")), None)
        if other:
            key = f"{key}:other"  # "nine countries promised to send vaccines to other countries": not the same ones
        name = entry.name if start == h.start and entry is not None else text[start:h.end]
        if other and not name.lower().startswith(other):
            name = f"{other} {name}"
        if (local := _local_place(doc, h, by_token)) is not None:
            name = f"{local} {name}"  # "Bloomington Police" is the Bloomington police, not any police
        m = _mention(text, start, h.end, field_name, key, kind="group", code=sectors[0], sectors=sectors, name=name)
        m.title = _title(entry, root)
        return [m]
    start, end = min(mod.start, start), max(mod.end, h.end)
    if mod.group and not mod.place:
        g = mod.group
        mod.used = True
        return [_mention(text, start, end, field_name, g.key, entry=g, kind=g.kind)]
    if not sectors:
        return []
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i \
            and not actor_lexicon.held(root.head) and not _forceful(root.head.lemma_.lower()) and not _protesters(root):
        return []  # "Hungary's new media law", "a Chinese police car": a modifier, as without the country
    mod.used = True
    if sectors == ["CVL"] and root.tag_ == "NN" and entry is not None and entry.name in actor_lexicon.person_terms():
        # "a Texas woman", "a southwest Ohio man": one person from there, not the country's civilians as a
        # group (two such people of one article stay two); charged or sentenced, a suspect (CRM)
        sectors = _sector_described(doc, root, entry, sectors) or sectors
        code = f"{mod.place.code}{sectors[0]}"
        return [_mention(text, start, end, field_name, f"{entry.key}:{code}", kind="group", code=code,
                         country=mod.place.country, sectors=sectors, name=text[start:end])]
    out = [_agent(doc, text, h, start, end, mod.place, sectors, field_name)]
    for other in _coordinated(doc, mod, by_token, after=mod.t0 > h.t0):
        other.used = True
        out.append(_agent(doc, text, h, other.start, other.end, other.place, sectors, field_name))
    return out


ARMED = {"MIL", "REB", "INS", "UAF"}  # sectors of armed men: of a people that is no state, its rebels
ARMED_MEMBERS = {"fighter", "combatant"}  # membership nouns for armed men ("Kurdish fighters"; not "Sunni members")


def _loyal_to(root: Token, by_token: dict[int, Hit]) -> Hit | None:
    """The actor armed men are loyal to ("fighters loyal to Khalifa Haftar", "militants loyal to the Islamic State")."""
    for adj in root.children:
        if adj.dep_ in ("amod", "acl") and adj.lemma_.lower() == "loyal":
            for p in adj.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                    return by_token.get(obj.i) if obj is not None else None
    return None


def _people(h: Hit) -> Entry | None:
    """The people that is no state an adjective names ("Tigrayan", "Kurdish": resources/actors/peoples.tsv)."""
    return next((e for e, r in h.alts if e.kind == "people" and r == ADJ), None)


def _circle_owner(doc: Doc, root: Token, h: Hit, by_token: dict[int, Hit]) -> Token | None:
    """Whose circle a noun for the people around someone names (pronouns.tsv, circle): its
    possessor ("her colleagues", "Navalny's associates") or the person of its "of" phrase
    ("associates of Navalny"); the pronoun or name is resolved to an actor later (``_circles``)."""
    if actor_lexicon.pronoun_classes().get(root.lower_) != "circle":
        return None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is not None and (poss.tag_ == "PRP$" or poss.i in by_token):
        return poss
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    # "associates of the opposition leader Ivan Petrov": the person the title leads to
    return next((t for t in obj.subtree if t.i in by_token and by_token[t.i].is_person), obj if obj.i in by_token else None)


def _circles(mentions: list[Mention]) -> None:
    """A circle names the people around the actor its owner word stands for, once pronouns are
    resolved, and a group's ranks ("its fighters") are that group; one whose owner is no actor (or, for
    ranks, a person) is dropped."""
    at = {(m.field, i): m for m in mentions if m.key not in (CIRCLE, RANKS) for i in range(m.start, m.end)}
    for m in [m for m in mentions if m.key in (CIRCLE, RANKS)]:
        owner = at.get((m.field, m.owner_at))
        if owner is None or m.key == RANKS and owner.kind == "person":
            mentions.remove(m)
        elif m.key == RANKS:
            mentions[mentions.index(m)] = replace(owner, start=m.start, end=m.end, text=m.text, owner_at=None)
        else:
            m.key = f"{CIRCLE}:{owner.key}"


def _served(doc: Doc, root: Token, entry: Entry | None, by_token: dict[int, Hit], lex: Lexicon) -> Entry | None:
    """The group or country a generic head serves by its "for"/"of"/"at" phrase, when that phrase
    names a group the lexicon knows, a seat of government, a capital or a country ("a spokesman
    for Hamas" is Hamas, "a spokesman for Downing Street" the British government)."""
    if entry is None or entry.name not in actor_lexicon.generic_terms():
        return None
    for p in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for obj in (c for c in p.children if c.dep_ == "pobj"):
            other = by_token.get(obj.i)
            if other is None:
                continue
            if other.group is not None and other.place is None:
                return other.group
            seat = other.entry(SEAT, CAPITAL)
            if seat is not None and seat.country:
                return lex.entries.get(f"country:{seat.country}")
            if other.place is not None and other.place.kind == "country" and NAME in other.roles():
                return other.place
    return None


def _sector_described(doc: Doc, root: Token, entry: Entry | None, sectors: list[str]) -> list[str] | None:
    """Another sector for a bare sector noun from its own words: a generic head "for"/"of"/"at"
    an organisation takes the organisation's ("a spokesperson for Sheffield University" → EDU,
    roles.tsv kind=body); people an act of justice is done to are suspects ("eleven individuals
    have been charged" → CRM, kind=patient); a former official is an elite ("a former adviser to
    the president" → ELI, as a titled person's "former" is)."""
    if sectors[0] in OFFICIAL_SECTORS and any(t.lower_ in FORMER_WORDS for t in root.lefts):
        return ["ELI"]
    if entry is not None and entry.name in actor_lexicon.generic_terms():
        for p in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS):
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                probe = Cue()
                if obj.ent_type_ == "ORG" and _org_cue(doc, obj, {}, probe, Role((), True), p.idx) and probe.sectors:
                    return probe.sectors
    if sectors == ["CVL"]:
        done = _patient_cue(root)
        if done is not None and done.sectors == ["CRM"]:
            return done.sectors
    return None


def _local_place(doc: Doc, h: Hit, by_token: dict[int, Hit]) -> str | None:
    """The town or city a sector noun is compounded with, when the lexicon knows no country by that name
    ("Bloomington Police", "Athens police officers"): it names the force (its country comes from the article)."""
    words: list[Token] = []
    i = h.t0 - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("GPE", "ORG") and doc[i].dep_ == "compound" \
            and h.t0 <= doc[i].head.i < h.t1 and ((hit := by_token.get(i)) is None or hit.place is not None or hit.roles() == {CAPITAL}):
        words.insert(0, doc[i])
        i -= 1
    name = " ".join(t.text for t in words)
    # a town the gazetteer knows (the parser also tags "Bloomington Police" an organisation, and "Ornithological
    # Council" is one)
    if not words or not gazetteer.ready() or not any(
            p.population >= param("local_force_population") for p in gazetteer.lookup(name)):
        return None
    return name


def _coordinated(doc: Doc, mod: Hit, by_token: dict[int, Hit], after: bool = False) -> list[Hit]:
    """Places listed with the one qualifying a sector noun: before it ("Polish and Czech" in
    "Polish and Czech diplomats", "British, French and German troops"), or after it when the list
    follows the noun ("the foreign ministers of Egypt, Greece and France")."""
    out: list[Hit] = []
    step = 1 if after else -1
    i = mod.t1 if after else mod.t0 - 1
    while 1 <= i < len(doc) and (doc[i].lower_ in ("and", "or") or doc[i].text == ","):
        j = i + step
        while 0 <= j < len(doc) and (doc[j].text == "," or after and doc[j].lower_ in ("and", "or")):
            j += step
        other = by_token.get(j)
        if other is None or other.place is None or other.used or not other.roles() & {ADJ, NAME}:
            break
        out.append(other)
        i = other.t1 if after else other.t0 - 1
    return out


def _agent(doc: Doc, text: str, h: Hit, start: int, end: int, place: Entry, sectors: list[str],
           field_name: str) -> Mention:
    """A country's (or region's) sector agent: "French police" → FRACOP, named "French police"."""
    code = f"{place.code}{sectors[0]}"
    label = f"{place.adjective or place.name} {SECTOR_LABELS.get(sectors[0], sectors[0].lower())}"
    m = _mention(text, start, end, field_name, f"agent:{code}", kind="group", code=code,
                 country=place.country, sectors=sectors, name=label)
    m.title = _title(h.entry(SECTOR), doc[h.t0:h.t1].root)
    return m


def _title(entry: Entry | None, root: Token) -> str | None:
    """The title a singular sector noun names, which may stand for the one person of the article holding it
    ("the president", "The President-elect said"); a capitalised one only when it heads its phrase (in
    "President Obama" the name is the actor)."""
    if entry is None or not (root.tag_ == "NN" or root.tag_ == "NNP" and root.dep_ != "compound"):
        return None
    return entry.name


def _place_after(doc: Doc, h: Hit, by_token: dict[int, Hit], lex: Lexicon) -> Entry | None:
    """The country of "in <country or capital>" attached to a sector noun: "police in London"; one who
    serves abroad is from a country, not of the one he serves in ("the embassy in Oslo" is no Norwegian's)."""
    j = h.t1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("in", "from") or not h.t0 <= doc[j].head.i < h.t1:
        return None
    if doc[j].lower_ == "in" and any(serves_abroad(t.text) for t in doc[h.t0:h.t1]):
        return None
    j += 1 + (doc[j + 1].lower_ == "the")
    other = by_token.get(j)
    if other is None or other.t0 != j:
        return None
    if other.place is not None and NAME in other.roles():
        return other.place
    gov = other.entry(CAPITAL)
    return lex.entries.get(f"country:{gov.country}") if gov is not None else None


def _plain(doc: Doc, text: str, h: Hit, field_name: str, cue: Cue | None, lex: Lexicon,
           by_token: dict[int, Hit] | None = None) -> Mention | None:
    """A hit standing on its own: a person, an organisation, a country acting, a seat of government."""
    root = doc[h.t0:h.t1].root
    # "an attack on Israel", "sanctions on Iran": the object of a nominal act, not a location
    locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and not (
        root.head.lower_ in ACTED_ON and root.head.head.pos_ == "NOUN") and not (
        # "sent aid to Syria", "apologised to Japan": a receiver; "flew to Syria": a destination, unless the
        # going is banned or limited ("a ban on flights to Cuba": Cuba is acted on)
        root.head.lower_ in DESTINATION and (root.head.head.lemma_.lower() not in _nouns("motion.tsv")
                                             or _restricted(root.head.head) or _handed(root.head.head))) and not (
        # "suspended flights from China": the origin of banned traffic is acted on too (also where the parser hangs
        # the "from" on the verb: "stopped imports from Russia")
        root.head.lower_ == "from" and any(g.lemma_.lower() in _nouns("motion.tsv") and _restricted(g) for g in (
            root.head.head, *(c for c in root.head.head.children if c.dep_ in ("dobj", "nsubjpass") and root.head.head.pos_ == "VERB"))))
    if locative and root.head.lower_ in ("at", "into"):  # "fired rockets at / into Israel", "lashed out at Turkey"
        gov = root.head.head  # (and "took aim at Turkey", the "at" on the verb whose object says it)
        aimed = {gov.lemma_.lower(), gov.head.lemma_.lower(), *(c.lemma_.lower() for c in gov.children if c.dep_ == "dobj")}
        locative = not (aimed & _nouns("aimed.tsv"))
    # "an offer of talks from Washington": who makes the act a noun names
    agentive = (root.dep_ == "pobj" and root.head.lower_ in ("from", "by") and root.head.head.pos_ == "NOUN"
                and _acting_sector(root.head.head.lemma_.lower()) is not None) or _given_by(root)
    # "called on Turkey to halt", "sanctions on Iran": a country after "on" is acted on, not a place
    on_country = root.head.lower_ in ("on", "upon", "onto") and h.place is not None and h.place.kind == "country"
    locative = locative and not agentive and not on_country
    roles = h.roles()
    if h.is_person and root.dep_ == "compound" and root.head.i >= h.t1 and root.head.pos_ == "PROPN" \
            and root.head.lower_ in actor_lexicon.not_actors():
        # "Trump Tower", "Kennedy Airport": a place named after the person; "the Clinton Foundation",
        # "the Reagan Library": an institution that may act, not the person
        if actor_lexicon.not_actors()[root.head.lower_] == "any":
            return None
        name = doc[h.t0:root.head.i + 1]
        m = _mention(text, name.start_char, name.end_char, field_name, "name:" + fold(name.text),
                     kind="organization", name=name.text)
        m.sectors = _org_sectors(name, lex)
        m.code = m.sectors[0] if m.sectors else None
        return m
    if h.is_person:
        people = [e for e, _ in h.alts if e.kind == "person"]
        key = people[0].key if people else "name:" + fold(h.text)
        m = _mention(text, h.start, h.end, field_name, key, kind="person", name=h.text)
        m.people, m.cue = people, cue
        return m
    if h.label == "ORG":
        m = _mention(text, h.start, h.end, field_name, "name:" + fold(h.text), kind="organization", name=h.text)
        m.sectors = _org_sectors(doc[h.t0:h.t1], lex) or (list(cue.sectors) if cue is not None else [])
        # "the Scottish National Party", "the Iranian Chess Federation", "Mahan Air of Iran": the
        # country its name or the words right around it say
        words = list(doc[h.t0:h.t1]) if m.sectors else []
        words += [doc[h.t0 - 1]] if h.t0 > 0 else []
        if h.t1 + 1 < len(doc) and doc[h.t1].lower_ == "of":
            words.append(doc[h.t1 + 1])
        m.country = next((e.country or e.code for t in words for _, e, r in lex.surfaces.get(fold(t.text), [])
                          if e.kind in ("country", "province") and r in (ADJ, NAME)), None)  # "Florida Highway Patrol"
        if m.country is None and cue is not None:
            m.country = cue.country  # "Chinese state broadcaster CCTV"
        if m.country is None and m.sectors and by_token is not None:
            # a country of several words in the name ("the United States Department of Transportation",
            # "the Federal Aviation Office of Germany"): the country the name's own words give
            near = [by_token.get(h.t0 - 1)]
            k = h.t1 + (h.t1 < len(doc) and doc[h.t1].lower_ == "of")
            k += k > h.t1 and k < len(doc) and doc[k].lower_ == "the"
            near.append(by_token.get(k) if k > h.t1 else None)
            for other in near:
                if other is not None and other.place is not None and other.place.kind == "country" and other.roles() & {ADJ, NAME} \
                        and (other.t1 == h.t0 or other.t0 == k):
                    m.country = other.place.country or other.place.code
                    other.used = other.t0 >= h.t1  # "of Germany" is the organisation's, no actor of its own
                    break
        if m.sectors or m.country:
            m.code = f"{m.country or ''}{m.sectors[0] if m.sectors else ''}"
        return m
    if h.group and h.group.name in _nouns("chapters.tsv") and by_token is not None and (other := by_token.get(h.t0 - 1)) is not None \
            and other.t1 == h.t0 and other.place is not None and other.place.kind == "country" and other.roles() & {ADJ, NAME}:
        other.used = True  # "the South African Red Cross": the country's national society, no actor of its own
        return _agent(doc, text, h, other.start, h.end, other.place, ["NGO"], field_name)
    if h.group:
        return _mention(text, h.start, h.end, field_name, h.group.key, entry=h.group, kind=h.group.kind)
    if CAPITAL in roles and _placeonly(h) and (
            h.t1 < len(doc) and doc[h.t1].ent_iob_ == "I" and doc[h.t1].tag_ != "POS" and doc[h.t1].ent_type_ in ("ORG", "FAC")
            or root.dep_ == "poss" and root.head.pos_ == "PROPN" and root.head.is_title and root.head.i >= h.t1):
        return None  # "Moscow State University", "St. John's Episcopal Church": a capital opening a longer name
    if CAPITAL in roles and _acted_on(root) is not None and (whose := h.entry(CAPITAL)) is not None and (
            country := lex.entries.get(f"country:{whose.country}")) is not None:
        # "shelled Kyiv", "fired mortars at Mogadishu": force done to a city is done to the country, not its government
        return _mention(text, h.start, h.end, field_name, country.key, entry=country, kind="country")
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "Seoul and Washington held drills": each capital plays the first one's part
    if SEAT in roles and not locative or CAPITAL in roles and (first.dep_ in SUBJECT_DEPS | {"dobj"} or agentive or (
            # "lodged a protest with Tokyo", "sanctions against Moscow", "sanctions on Beijing", "protested to Beijing":
            # the party an act is with, against, on or addressed to (not where one goes: "flew to Beijing", locative)
            root.dep_ == "pobj" and root.head.lower_ in ("with", "against", "on", "to") and not locative
            and any(event_trigger(t) is not None for t in (root.head.head, root.head.head.head)))):
        # (an act's: "restored ties with Havana", not "the game against Washington")
        gov = h.entry(SEAT, CAPITAL)
        return _mention(text, h.start, h.end, field_name, gov.key, kind="group", code=gov.code, country=gov.country,
                        sectors=list(gov.sectors), name=gov.name)
    if h.t1 < len(doc) and doc[h.t1].ent_iob_ == "I" and doc[h.t1].tag_ != "POS" and _placeonly(h):
        return None  # the start of a longer name: "Paris Saint-Germain" (not "North Korea's")
    place = h.place
    if place is not None and ADJ in roles and NAME not in roles and root.dep_ in SUBJECT_DEPS | {"dobj", "pobj"} \
            and not locative and h.t0 > 0 and doc[h.t0 - 1].lower_ == "the" and place.kind == "country":
        return _mention(text, h.start, h.end, field_name, place.key, entry=place, kind="country")  # "the British"
    if place is not None and place.kind == "province" and not locative and root.dep_ not in ("compound", "amod", "nmod"):
        return _mention(text, h.start, h.end, field_name, place.key, kind="group", code=f"{place.country}GOV",
                        country=place.country, sectors=["GOV"], name=place.name)  # "Texas sued": its government
    if place is not None and place.kind == "country" and not locative and (
            fold(h.text) in actor_lexicon.people_plurals() and not (h.t0 and doc[h.t0 - 1].lower_ == "the")
            or root.tag_ in ("NNS", "NNPS") and _counted(root)):
        # "Russians voted", "eight Mexicans died", "thousands of Swedes joined": the people of a
        # country, its civilians (as ICEWS codes nationalities), not its state; "the Israelis
        # bombed Gaza" stays the country, as "the British" does
        code = f"{place.code}CVL"
        return _mention(text, h.start, h.end, field_name, f"agent:{code}", kind="group", code=code,
                        country=place.country, sectors=["CVL"], name=h.text)
    if place is not None and NAME in roles and not locative and root.dep_ not in ("compound", "amod", "nmod"):
        if not (ADJ in roles and root.dep_ in ("amod", "compound")):
            return _mention(text, h.start, h.end, field_name, place.key, entry=place, kind="country")
    if place is not None and place.kind == "country" and root.dep_ == "npadvmod" and root.i < root.head.i \
            and led_by(root.head) is not None and root.head.head.pos_ == "NOUN":
        if root.head.lemma_.lower() == "lead" and not _acting_sector(root.head.head.lemma_.lower()):
            # "the Saudi-led coalition": the group a country leads acts as that country
            return _mention(text, h.start, h.end, field_name, place.key, entry=place, kind="country")
        root = root.head  # "a Russian-backed offensive": through the participle to the act noun
        if _acting_sector(root.head.lemma_.lower()) is None or actor_lexicon.is_sector_term(root.head.lower_):
            return None  # "Iranian-backed militias" are not Iran's
    if place is not None and place.kind == "country" and (holder := held_by(root.head)) is not None and holder.i == root.i:
        # "Ukrainian-held areas", "Russian-occupied Donetsk": the country holding the place
        return _mention(text, h.start, h.end, field_name, place.key, entry=place, kind="country")
    if place is not None and place.kind == "country" and root.dep_ == "conj":
        first = root
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ in ("compound", "amod", "nmod") and first.head.pos_ == "NOUN" and root.i < first.head.i:
            root = first  # "Iranian and Russian interference": the second adjective modifies the noun as the first does
    if place is not None and place.kind == "country" and root.dep_ in ("compound", "amod", "nmod") \
            and root.head.pos_ == "NOUN" and root.i < root.head.i:
        noun = root.head
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "a US counter-terrorism operation"
        sector = (_suffered(noun.lemma_.lower()) or _acting_sector(noun.lemma_.lower()) or actor_lexicon.holding_sectors().get(noun.lower_)
                  or actor_lexicon.holding_sectors().get(noun.lemma_.lower())
                  or (actor_lexicon.site_nouns().get(noun.lemma_.lower()) if _acted_on(noun) is not None and not any(
                      c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) else None))
        if sector == "MIL" and _walkout(noun):
            sector = "LAB"  # "French strikes paralysed transport": French labour
        # "Israeli strikes" → Israeli military, "the US decision" → US government, "US bases" → US military; "fired at
        # Israeli towns" → Israeli civilians (sites.tsv: the people of a site force is done to; "the Ukrainian city
        # of Kharkiv" is a named place)
        if sector:
            code = f"{place.code}{sector}"
            label = f"{place.adjective or place.name} {SECTOR_LABELS.get(sector, sector.lower())}"
            return _mention(text, h.start, h.end, field_name, f"agent:{code}", kind="group", code=code,
                            country=place.country, sectors=[sector], name=label)
        if actor_lexicon.held(noun):
            # "attacked a U.S. vessel", "seized an Iranian tanker": a thing no one sector holds is the country's
            return _mention(text, h.start, h.end, field_name, place.key, entry=place, kind="country")
    return None


def _counted(root: Token) -> bool:
    """People named by a plural counted or quantified: "eight Mexicans", "many Swedes", "thousands
    of Danes", "a number of Poles" (the people of a country, not the country acting)."""
    many = quantity_words("many")
    if any(c.dep_ == "nummod" or c.dep_ in ("amod", "det", "compound") and c.lower_ in many for c in root.children):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.tag_ == "CD" or _counts_people(root.head.head)
    return False


def _counts_people(tok: Token) -> bool:
    """A word whose "of" phrase is people counted: "thousands of", "a number of", "a crowd of" (quantities.tsv)."""
    return tok.lower_ in quantity_words("many") or tok.lower_ in quantity_words("whole")


def _org_sectors(name: Span, lex: Lexicon) -> list[str]:
    """The sector an unknown organisation's name gives: its head word, the last ("Scottish National
    Party") or the one before "of" or "for" ("Department of Health and Human Services", "Department for
    the Environment, Food and Rural Affairs"), as a sector noun (sectors.tsv) or an organisation head
    (roles.tsv, kind=body); an abbreviated head keeps its point ("Valley Dairy Inc.", "Intel Corp."); a
    committee is its chamber's (kind=chamber: "House Oversight Committee")."""
    words = [t for t in name if t.is_alpha or t.text[-1:] == "." and t.text[:-1].isalpha()]
    of = next((i for i, t in enumerate(words) if t.lower_ in ("of", "for")), None)
    heads = [words[-1]] + ([words[of - 1]] if of else []) if words else []
    for head in heads:
        found = next((list(e.sectors) for _, e, r in lex.surfaces.get(fold(head.text), []) if r == SECTOR), None)
        role = _roles()["body"].get(head.lower_)
        if found or role is not None and role.sectors:
            return found or list(role.sectors)
        if role is not None and (chamber := _roles()["chamber"].get(words[0].lower_)) is not None:
            return list(chamber.sectors)  # "House Oversight Committee": the chamber's committee
    return []


def _given_by(tok: Token) -> bool:
    """"received aid from China", "won support from X": the "from" of a verb of receiving names a giver, not a place."""
    from .events import cues

    return (tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB"
            and "receive" in cues().get(tok.head.head.lemma_.lower(), ()))


def _suffered(noun: str) -> str | None:
    """"Palestinian deaths", "Afghan casualties": a noun of what people suffered (cues.tsv outcome)
    names the country's civilians who suffered it, not a state acting."""
    return "CVL" if "outcome" in event_cues().get(noun, ()) else None


def _acting_sector(noun: str) -> str | None:
    """The sector of a state acting through a noun: its military for a noun of force (CAMEO 15, 18–20),
    its government for other acts and for decisions and plans (resources/actors/acts.tsv)."""
    from .events import nominal_roots

    roots = nominal_roots().get(noun)
    if roots:
        return "MIL" if roots & FORCE_ROOTS else "GOV"
    return "GOV" if noun in actor_lexicon.act_nouns() else None


def _forceful(noun: str) -> bool:
    """A noun for an act of force (CAMEO 15, 17–20), an armed operation or an inquiry (09): "police
    firing", "army shelling", "a police raid", "a police investigation"; or for what is fired in one (wordsets.tsv
    @weapon, @fired): "a police bullet", "army shells"; the sector noun before it is who acts."""
    from .events import nominal_roots, wordsets

    return bool(nominal_roots().get(noun, frozenset()) & (FORCE_ROOTS | {"17", "09"})) or noun in actor_lexicon.act_nouns() and noun in (
        "operation", "operations", "firing") or noun in wordsets()["weapon"] or noun in wordsets()["fired"]


def _protesters(mod: Token) -> bool:
    """A sector noun compounded to a noun of protest (CAMEO 14) names who protests: "opposition rallies", "student
    protests", "Georgian opposition marches"."""
    from .events import nominal_roots

    return mod.dep_ == "compound" and "14" in nominal_roots().get(mod.head.lemma_.lower(), frozenset())


def _walkout(noun: Token) -> bool:
    """A noun of force that is also one of protest ("strike") told in a sentence about work and workers
    (wordsets.tsv @labour): a walkout, done by labour ("French strikes paralysed transport")."""
    from .events import nominal_roots, wordsets

    roots = nominal_roots().get(noun.lemma_.lower(), frozenset())
    if not ("14" in roots and roots & FORCE_ROOTS):
        return False
    force = set(wordsets()["weapon_blast"]) | set(wordsets()["harm"])
    words = [t for t in noun.sent if t.i != noun.i]
    # (not "Russian strikes hit a power plant, cutting power to workers' homes": harm done and the workers' homes)
    return not any(t.lemma_.lower() in force or t.lower_ in force for t in words) and any(
        t.pos_ == "NOUN" and t.lower_ in wordsets()["labour"] and t.dep_ != "poss" for t in words)


@lru_cache(maxsize=None)
def _nouns(name: str) -> frozenset[str]:
    """The words of a one-column word list under resources/actors/ (its first column)."""
    return frozenset(next(iter(r.values())) for r in knowledge.records(f"actors/{name}"))


def _restricted(going: Token) -> bool:
    """Traffic someone bans, limits or stops (resources/actors/restrict.tsv): "a ban on flights",
    "restrictions on travel", "suspended flights"."""
    head = going.head
    if going.dep_ == "pobj" and head.lower_ in ("on", "against"):
        return head.head.lemma_.lower() in _nouns("restrict.tsv")
    return going.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _nouns("restrict.tsv")


def _handed(verb: Token) -> bool:
    """People a verb of motion hands over ("return the prisoners to Lebanon", resources/actors/handed.tsv):
    where they go receives them."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _nouns("handed.tsv") for c in verb.children)


FORCE_ROOTS = {"15", "18", "19", "20"}


def _mention(text: str, start: int, end: int, field_name: str, key: str, **kw) -> Mention:
    m = Mention(field_name, start, end, text[start:end], key, **kw)
    if not m.name:
        m.name = m.entry.name if m.entry else m.text
    return m


# --- merging across the article ----------------------------------------------------------------


def _resolve_people(mentions: list[Mention], day: date | None) -> None:
    """A surname the lexicon knows for several people goes to the one named in full in the
    article, else the one in office on the publication date, else the first listed."""
    named = {m.people[0].key for m in mentions if len(m.people) == 1}
    for m in mentions:
        if len(m.people) > 1:
            pick = next((p for p in m.people if p.key in named), None)
            pick = pick or next((p for p in m.people if day and any(s.covers(day) for s in p.spells)), m.people[0])
            m.people = [pick]
        if m.people:
            m.key, m.entry, m.name = m.people[0].key, m.people[0], m.people[0].name


def _name_cased(text: str) -> bool:
    """Written as a name: a capital first, or after a lowercase particle ("al-Quaety", "bin Salman")."""
    words = re.split(r"[-\s]", text.strip(), maxsplit=1)
    return text[:1].isupper() or (len(words) == 2 and words[0].lower() in actor_lexicon.name_parts()["particle"] and words[1][:1].isupper())


def _merge_names(mentions: list[Mention]) -> None:
    """Unknown people: "Ryan" joins "Danielle Ryan", "Haitham" joins "Haitham bin Tariq"; a lone
    word read as a place or an ORG joins the person it names in this article ("Amman" after
    "Sudesh Amman"); unknown organisations: "FBO" joins "Foo Bar Organization", "Samsung" joins
    "Samsung Electronics"."""
    # "Robert Gabriel Mugabe", "John R. Bolton": a name with middle names or initials is the person
    # named by its first and last words alone
    ends = {(fold(words[0]), fold(words[-1])): m for m in mentions
            if m.kind == "person" and len(words := person_words(m.name)) == 2 and m.name[:1].isupper()}
    for m in mentions:
        words = person_words(m.name)
        other = ends.get((fold(words[0]), fold(words[-1]))) if m.kind == "person" and len(words) > 2 else None
        if other is not None and m.entry is None and all(w[:1].isupper() for w in words):
            m.key, m.entry, m.people = other.key, other.entry, other.people
    surname: dict[str, str] = {}
    holders: dict[str, set[str]] = {}
    particled: set[str] = set()  # "La Riva" of "Gloria La Riva", "De La Fuente": one surname of two or three words
    lone_people = {fold(m.text) for m in mentions if m.kind == "person" and " " not in m.text.strip()}
    for m in mentions:
        words = m.name.split()
        if (m.kind == "organization" and m.entry is None and 2 <= len(words) <= 3 and fold(words[-1]) in lone_people
                and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)):
            m.kind = "person"  # "candidate Brock Pierce" read as an organisation, then "Pierce called for"
    particles = actor_lexicon.name_parts()["particle"]
    for m in mentions:
        words = person_words(m.name)
        if m.kind == "person" and len(words) > 1:
            if m.entry is not None or fold(words[-1]) not in surname:
                surname[fold(words[-1])] = m.key
            for w in words:
                holders.setdefault(fold(w), set()).add(m.key)
            for k in (2, 3):
                if len(words) > k and words[-k].lower() in particles:
                    last = fold(" ".join(words[-k:]))
                    particled.add(last)
                    if m.entry is not None or last not in surname:
                        surname[last] = m.key
    initials: dict[str, str] = {}
    first_word: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "organization" and m.entry is None and len(m.name.split()) > 1:
            acro = "".join(w[0] for w in m.name.split() if w.lower() not in STOPWORDS and w[:1].isupper())
            if len(acro) > 1:
                initials.setdefault(acro, m.key)
            first_word.setdefault(fold(m.name.split()[0]), m)
    for m in mentions:
        word = fold(m.text)
        lone = (" " not in m.text.strip() or word in particled) and _name_cased(m.text)
        placeish = m.entry is None or m.entry.kind in PLACE_KINDS
        if lone and placeish and m.kind != "person" and (word in surname or m.entry is None and len(holders.get(word, ())) == 1):
            # (a first name too, when it is no known place and only one person named bears it)
            m.key, m.kind, m.entry, m.name = surname.get(word) or next(iter(holders[word])), "person", None, m.text
        elif lone and m.kind == "person" and m.entry is None and (word in surname or word in holders or word not in first_word):
            keys = holders.get(word, set())
            m.key = _nearest_bearer(m, word, mentions) or surname.get(word) or (next(iter(keys)) if len(keys) == 1 else m.key)
        elif m.kind == "organization" and m.entry is None and m.name.isupper():
            m.key = initials.get(m.name, m.key)
        elif lone and m.kind in ("organization", "person") and m.entry is None and word in first_word and (
                m.kind == "person" or not common_word(m.text.lower())):
            # "Samsung" joins "Samsung Electronics", "Mahan" joins "Mahan Air" (a word the recogniser
            # read as a person's name is a name, though WordNet lists a namesake: "Mahan")
            whole = first_word[word]
            m.key, m.name, m.sectors, m.country, m.code = whole.key, whole.name, whole.sectors, whole.country, whole.code
            m.kind, m.cue, m.people = "organization", None, []


def _nearest_bearer(m: Mention, word: str, mentions: list[Mention]) -> str | None:
    """A bare surname that two people named in full share, none of them known to the lexicon, is the one
    the text has named most often before it, by full name or by that surname ("Robert Mugabe ... Mugabe
    ... Grace Mugabe ... placed Mugabe under house arrest": Robert), and on a tie the one named last
    ("Laci Peterson's loved ones ... Scott Peterson ... the jury convicted Peterson": Scott); None when
    one person or fewer bears it, or a lexicon person does (the lexicon's rule then)."""
    bearers = [b for b in mentions if b.kind == "person" and b.field == m.field and len(words := person_words(b.name)) > 1
               and fold(words[-1]) == word and b.start < m.start]
    keys = {b.key for b in bearers}
    if len(keys) < 2 or any(b.entry is not None for b in bearers):
        return None
    told = [b for b in mentions if b.field == m.field and b.key in keys and b.start < m.start]
    return max(keys, key=lambda k: (sum(b.key == k for b in told), max(b.start for b in told if b.key == k)))


HITS_KEY = "eventwire.actor_hits"


def _surname_cue(doc: Doc, tok: Token, field_name: str) -> Cue | None:
    """What the words around a later bare surname say of the person ("and Barone, then the deputy
    director of the Port Authority, were convicted"), read as around a full name."""
    by_token = doc.user_data.get(HITS_KEY)
    if by_token is None:
        return None
    h = Hit(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, tok.text, [], "PERSON")
    cue = _title_cue(doc, h, by_token)
    _appos_cue(doc, h, by_token, cue)
    if not cue.codes:
        _described(doc, h, by_token, cue)
    cue.field = field_name
    return cue if cue.codes or cue.country else None


def _surnames(docs: list[tuple[str, Doc]], body: str, mentions: list[Mention]) -> None:
    """A person named in full is also every later bare use of their surname that the entity
    recogniser missed or mislabelled ("Griffiths plans to meet ..." tagged as a common noun,
    "Khashoggi's killing" tagged as a place: a place the lexicon knew would be a mention already),
    and of their first name when no one else named shares it and the word is a name ("Jamal's
    killing", as family and friends say; "Jermayne fired the shot" read as a product)."""
    people: dict[str, Mention] = {}
    firsts: dict[str, list[Mention]] = {}
    for m in mentions:
        words = person_words(m.name)
        if m.kind == "person" and words and _name_cased(words[-1]) and (len(words) > 1 or not common_word(words[0].lower())):
            people.setdefault(words[-1], m)
        if m.kind == "person" and len(words) > 1 and words[0][:1].isupper() and words[0].isalpha() and not common_word(words[0].lower()):
            firsts.setdefault(words[0], []).append(m)
    first_names = set()
    for first, ms in firsts.items():
        if first not in people and len({m.key for m in ms}) == 1:  # shared: no one's in particular
            people[first] = ms[0]
            first_names.add(first)
    if not people:
        return
    # "the Obamas", "the Bushes": the family of the one named by that surname (its head, as coders code it)
    families = {f"{last}{'es' if last.endswith(('s', 'sh', 'ch', 'x', 'z')) else 's'}": m
                for last, m in people.items() if last not in first_names}
    for i, x in enumerate(mentions):  # the recogniser's own "Obamas", a person of no known name: the family
        if x.kind == "person" and x.entry is None and x.name in families and x.text == x.name:
            m = families[x.name]
            mentions[i] = replace(x, key=m.key, entry=m.entry, name=m.name, people=m.people, cue=m.cue)
    taken = {(m.field, i) for m in mentions for i in range(m.start, m.end)}
    for name, doc in docs:
        text = body if name == "text" else text_of(doc)
        for tok in tokens_among(doc, families, exact=True):
            m = families[tok.text]
            if (name, tok.idx) not in taken and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.pos_ in ("PROPN", "NOUN"):
                mentions.append(_mention(text, tok.idx, tok.idx + len(tok), name, m.key, entry=m.entry, kind="person",
                                         name=m.name, people=m.people, cue=m.cue))
        for tok in tokens_among(doc, people, exact=True):
            m = people.get(tok.text)
            if (m is None or (name, tok.idx) in taken or tok.pos_ not in ("PROPN", "NOUN")
                    or tok.ent_type_ not in ("", "PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART")
                    and not (tok.ent_type_ == "DATE" and _undated(tok))
                    or tok.text in first_names and tok.pos_ != "PROPN"):
                continue
            if name == m.field and tok.idx < m.start:
                continue  # only after the full name
            mentions.append(_mention(text, tok.idx, tok.idx + len(tok), name, m.key, entry=m.entry,
                                     kind="person", name=m.name, people=m.people,
                                     cue=(_surname_cue(doc, tok, name) or m.cue) if m.entry is None else m.cue))


def _undated(tok: Token) -> bool:
    """A surname that is also a month, which the recogniser took for a date ("Theresa May ... Trump invited May to
    visit"): a name as a verb's argument, with no number and none of the words a month follows ("in May", "May 5",
    "last May"; timex.json)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return (tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "conj", "appos")
            and not (nxt is not None and (nxt.like_num or nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "I"))
            and not (prev is not None and (prev.lower_ in month_leads() or prev.like_num)))


def _titled(mentions: list[Mention], day: date | None) -> None:
    """"the president", "Russia's prime minister": the one person of the article holding that
    title (from the lexicon's terms of office, or a title before a name) joins it."""
    holders: dict[str, set[str]] = {}
    people: dict[str, Mention] = {}
    told: dict[str, set[str]] = {}  # the titles the text itself gives each person
    for m in mentions:  # every mention of a person: the full name knows the terms, a later surname alone may not
        if m.kind != "person":
            continue
        if m.key not in people or people[m.key].entry is None and m.entry is not None:
            people[m.key] = m
        titles = m.entry.titles(day) if m.entry is not None else []
        if m.cue is not None and m.cue.title and not m.cue.former:
            titles.append(m.cue.title)
            told.setdefault(m.key, set()).add(m.cue.title)
        for t in titles:
            holders.setdefault(t, set()).add(m.key)
    lesser = _roles()["lesser"]

    def lesser_of(t: str, title: str) -> bool:  # "vice president" of "president"
        return t.endswith(" " + title) and t.split()[0].split("-")[0] in lesser

    for m in mentions:
        if not m.title:
            continue
        keys = {k for t, ks in holders.items() if t == m.title or t.startswith(m.title + " of ")
                or t.endswith(" " + m.title) and not lesser_of(t, m.title) for k in ks}
        keys = {k for k in keys if m.country is None or _country(people[k], day) in (None, m.country)
                if not any(lesser_of(t, m.title) for t in told.get(k, ()))}  # (the text calls him vice president)
        if len(keys) > 1:  # "Brazil's foreign minister Carlos França ... the minister ... met Sergei Lavrov": one named before
            keys = {k for k in keys if any(p.key == k and p.field == m.field and p.start < m.start for p in mentions)}
        if len(keys) > 1:  # "the president" among past and future ones named: who holds the office on the day
            keys = {k for k in keys if people[k].entry is not None and m.title in people[k].entry.titles(day)} or keys
        if len(keys) == 1:
            p = people[keys.pop()]
            m.key, m.kind, m.entry, m.people, m.name, m.cue = p.key, "person", p.entry, p.people, p.name, p.cue


_HOLDERS: dict[int, tuple[Lexicon, dict[str, list[Entry]]]] = {}


def _holders_of(lex: Lexicon) -> dict[str, list[Entry]]:
    """Title → the lexicon's people who held it in any term (built once per lexicon)."""
    got = _HOLDERS.get(id(lex))
    if got is None or got[0] is not lex:
        index: dict[str, list[Entry]] = {}
        for e in lex.entries.values():
            if e.kind == "person":
                for t in {t for s in e.spells for t in s.titles()}:
                    index.setdefault(t, []).append(e)
        got = _HOLDERS[id(lex)] = (lex, index)
    return got[1]


def _sole_holders(mentions: list[Mention], lex: Lexicon, day: date | None) -> None:
    """"The Pope said ...": a title the recogniser read as a person's name, with no one of the
    article holding it, is the one person the lexicon has in that office on the publication
    date, when only one holds it (a pope; not a president, of whom there are many)."""
    if day is None:
        return
    for m in mentions:
        if m.kind != "person" or m.entry is not None or not m.key.startswith("name:"):
            continue
        title = m.name.lower().removeprefix("the ").strip()
        held = [e for e in _holders_of(lex).get(title, ()) if any(s.covers(day) and title in s.titles() for s in e.spells)]
        if len(held) == 1:
            e = held[0]
            m.key, m.entry, m.people, m.name = e.key, e, [e], e.name


@dataclass(frozen=True)
class Description:
    """A row of resources/actors/descriptions.tsv."""

    sectors: frozenset[str]
    unnamed: bool  # may stand for an unknown organisation, giving it its sector
    capital: bool  # only when written with a capital ("the House", not "the house")
    members: bool  # may stand for a group named only by its members ("the rebels ... the group")
    alone: tuple[str, ...] = ()  # sectors of the body a capital noun no antecedent fits names ("the House": LEG)


@lru_cache(maxsize=None)
def _description_nouns() -> dict[str, Description]:
    """Nouns that after "the" stand for an organisation named before (resources/actors/descriptions.tsv)."""
    return {r["noun"]: Description(frozenset(actor_lexicon._split(r.get("sectors") or "", ",")), r.get("unnamed") == "1",
                                   r.get("capital") == "1", r.get("members") == "1",
                                   tuple(actor_lexicon._split(r.get("alone") or "", ",")))
            for r in knowledge.records("actors/descriptions.tsv")}


DESCRIPTION_REACH = 6  # sentences back a description looks for an organisation of its sector


def _descriptions(doc: Doc, mentions: list[Mention]) -> None:
    """"ABS-CBN ... the network", "the Iranian Chess Federation ... the federation": a bare
    definite noun stands for the nearest organisation named before it whose name ends in that
    noun, else (within a few sentences) one of the sector the noun names; never one that is an
    argument of the same verb ("Google sued the company"). (A bare sector noun, "the troops", is
    left to the article's context: tried as the nearest agent of its sector, it lost more than it
    won on the dyads dev sets, by shifting which country the context stage takes as the article's.)"""
    nouns = _description_nouns()
    body = sorted((m for m in mentions if m.field == "text"), key=lambda m: m.start)
    named = [m for m in body if m.kind not in ("person", "country", "region") and (
        m.entry is not None and m.entry.kind in ("organization", "group") or m.key.startswith(("name:", "agent:"))
        or m.key.startswith("sector:") and m.sectors) and not (m.entry is None and m.text.lower() in nouns)]
    # (a bare "House" read as a name is a description itself, no antecedent)
    starts = [doc[i].idx for i in sentence_starts(doc)]  # the sentences' start offsets
    for tok in tokens_among(doc, nouns):
        noun = nouns.get(tok.lower_)
        if noun is None or tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("compound", "amod", "nmod") or not tok.i \
                or noun.capital and not tok.text[:1].isupper() or tok.tag_ == "NNP" and not noun.capital:
            continue
        own = next((m for m in body if m.start <= tok.idx < m.end), None)
        if own is not None and (own.entry is not None and own.entry.kind != "agent" or own.kind == "person" or
                                own.key.startswith("name:") and (own.start, own.end) != (tok.idx, tok.idx + len(tok))):
            continue  # the noun is part of a name already ("the Supreme Court"), not the whole of it ("the House")
        # (an adjective may describe it: "the Islamist group", "the militant group" after "Hamas")
        if [c.lower_ for c in tok.children if c.dep_ not in ("punct", "appos", "relcl") and c.i < tok.i
                and not (c.dep_ == "amod" and c.pos_ == "ADJ")] not in (["the"], ["this"]) or any(
                c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.tag_ in ("NNS", "NNP", "NNPS", "CD") for g in c.children) for c in tok.children if c.i > tok.i):
            continue  # "the group of protesters", "the Bank of England", "the company to build it"
        described = any(c.dep_ == "amod" and c.i < tok.i for c in tok.children)
        found = _antecedent(doc, tok, named, starts, noun, members=not described)
        if found is None and noun.alone and (own is None or own.entry is None):
            # the chamber named in full before at any distance ("the United States House of
            # Representatives ... the House"), else a legislature of the article's own
            found = next((m for m in reversed(named) if m.end <= tok.idx and tok.text in m.text.split()
                          and set(m.entry.sectors if m.entry is not None else m.sectors) & set(noun.alone)), None)
        if found is None and noun.alone and (own is None or own.entry is None):
            # "The House subpoenaed ...", "the Senate voted": a chamber no name before holds is the
            # legislature of the article's country (the context stage gives the country)
            found = _mention(text_of(doc), tok.idx, tok.idx + len(tok), "text", f"chamber:{tok.lower_}",
                             kind="organization", sectors=list(noun.alone), code=noun.alone[0],
                             name=tok.text)
            named.insert(bisect.bisect_right([m.start for m in named], found.start), found)  # "... The House issued"
        if found is None:
            continue
        if not found.sectors and found.entry is None and noun.unnamed and found.key.startswith("name:"):
            sector = next(iter(noun.sectors))  # "Exxon Mobil ... the company": the description says its sector
            for m in mentions:
                if m.key == found.key:
                    m.sectors, m.code = [sector], f"{m.country or ''}{sector}"
        start = tok.idx if own is None else own.start
        end = tok.idx + len(tok) if own is None else own.end
        if own is not None:
            mentions.remove(own)
        mentions.append(replace(found, start=start, end=end, text=text_of(doc)[start:end]))


def _named_forces(mentions: list[Mention]) -> None:
    """"Thames Valley Police were called ... Police arrested a man": a bare sector noun ("police", "the
    army") after one organisation named before with that noun as its last word, and no other, is that
    organisation (two forces named before, or none, leave it to the article's context)."""
    body = sorted((m for m in mentions if m.field == "text"), key=lambda m: m.start)
    for i, m in enumerate(body):
        word = m.text.lower().removeprefix("the ")
        if not m.key.startswith("sector:") or " " in word or m.country:
            continue
        named = {n.key: n for n in body[:i] if n.kind not in ("person", "country", "region") and (
                 n.entry is not None and n.entry.kind in ("organization", "group") or n.key.startswith(("name:", "agent:")))
                 and len(words := n.text.split()) > 1 and words[-1].lower() == word and words[-1][:1].isupper()}
        if len(named) == 1:
            found = next(iter(named.values()))
            mentions[mentions.index(m)] = replace(found, start=m.start, end=m.end, text=m.text)


def _antecedent(doc: Doc, tok: Token, named: list[Mention], starts: list[int], noun: Description,
                members: bool = True) -> Mention | None:
    """The organisation a definite noun stands for (see ``_descriptions``): the nearest that fits,
    or the subject of the sentence that names it ("Apple sued Samsung. The company said ...");
    one whose name or sector says it is that kind of organisation before one whose name says
    nothing ("ABS-CBN, a broadcaster, ... the NTC ... the network" is ABS-CBN). A noun an adjective
    describes ("the Islamist group") stands for a named organisation only, not for people named by
    a plural ("civilians")."""
    here = bisect.bisect_right(starts, tok.idx) - 1
    for unknown in (False, True):
        best: tuple[int, Mention, Span] | None = None
        for m in reversed(named):
            if m.end > tok.idx or m.key.startswith("sector:") and (unknown or not noun.members or not members):
                continue
            sent = bisect.bisect_right(starts, m.start) - 1
            if best is not None and sent < best[0]:
                break
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span) or span.root.head.i == tok.head.i and span.root.i != tok.head.i:
                continue
            msectors = set(m.entry.sectors if m.entry is not None else m.sectors)
            if unknown:
                # an organisation whose name says nothing of its sector: the description says it
                # ("Exxon Mobil ... the company")
                fits = here - sent <= DESCRIPTION_REACH and not msectors and m.key.startswith("name:") and noun.unnamed
            else:
                words = [t for t in span if t.is_alpha]
                of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
                heads = {t.lower_ for t in words[-1:] + (words[of - 1:of] if of else [])}  # "the House of Representatives"
                members = m.key.startswith("sector:")  # "the rebels ... the group": only a plural, for a group noun
                if members and not (noun.members and span.root.tag_ == "NNS"):
                    continue
                fits = bool(heads & {tok.lower_, tok.lemma_.lower()}) and span.root.i != tok.i \
                    and not m.key.startswith("agent:") or here - sent <= DESCRIPTION_REACH and bool(msectors & noun.sectors)
            if not fits:
                continue
            if best is None or span.root.dep_ in ("nsubj", "nsubjpass") and best[2].root.dep_ not in ("nsubj", "nsubjpass"):
                best = (sent, m, span)
        if best is not None:
            return best[1]
    return None


def _country(m: Mention, day: date | None) -> str | None:
    if m.entry is not None:
        return m.entry.coded(day)[1]
    return m.cue.country if m.cue is not None else None


def _given_gender(name: str | None) -> str | None:
    """The gender a person's first given name usually names, for one of two words or more ("Kellie Hill",
    not a bare "Hill"): given_names.tsv."""
    words = (name or "").split()
    return actor_lexicon.given_names().get(words[0].lower().rstrip(".")) if len(words) > 1 else None


def _pronouns(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """"he said": the nearest person mentioned before, within a few sentences, of a compatible
    gender; failing any, one described by a noun in this sentence or the one before ("the man
    stabbed two officers before he was shot")."""
    people = sorted((m for m in mentions if m.field == "text" and m.kind == "person"), key=lambda m: m.start)
    described = _described_people(doc, mentions)
    if not people and not described:
        return
    starts = [doc[i].idx for i in sentence_starts(doc)]  # the sentences' start offsets
    for m in people:
        m.sent = bisect.bisect_right(starts, m.start) - 1
    gender: dict[str, str | None] = {}
    for m in people:
        if gender.get(m.key) is None:
            gender[m.key] = m.entry.gender if m.entry else m.cue.gender if m.cue and m.cue.gender else _given_gender(m.name)
    added = []
    for match in PRONOUN_RE.finditer(text):
        tok = doc.char_span(match.start(), match.end())
        if tok is None or len(tok) != 1:
            continue
        tok = tok[0]
        g = PRONOUNS[tok.lower_]
        if tok.pos_ != "PRON" and tok.tag_ != "PRP$":
            continue  # "his support", "her government" stand for their owner too
        here = bisect.bisect_right(starts, tok.idx) - 1
        near = [m for m in reversed(people) if m.start < tok.idx and here - m.sent <= PRONOUN_REACH]
        if _object_pronoun(tok):  # "Macron criticised him" is not Macron
            bound = {m.key for m in near if m.sent == here and _clausemate(_head_of(doc, m), tok)}
            near = [m for m in near if m.key not in bound]
        elif tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":  # "he warned Mr Putin" is not Putin
            objects = {m.key for m in people if m.sent == here and m.start > tok.idx and (h := _head_of(doc, m)) is not None
                       and _object_of(h, tok.head)}
            if tok.head.dep_ == "relcl":  # "Obama, whom he had criticised": the one the clause describes is its object
                objects |= {m.key for m in people if m.sent == here and (h := _head_of(doc, m)) is not None
                            and _described_by(h, tok.head)}
            # "Having promised to scrap Obama's law, he now says": one named in a clause whose understood subject
            # is the pronoun is no antecedent of it
            bare = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i
                    and not any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in c.children)]
            bare += [k for c in tok.head.children if c.dep_ == "prep" and c.i < tok.i  # "After meeting Putin, he ..."
                     for k in c.children if k.dep_ == "pcomp" and k.tag_ == "VBG" and not any(g.dep_ == "nsubj" for g in k.children)]
            objects |= {m.key for m in people if m.sent == here and (h := _head_of(doc, m)) is not None
                        and any(c.left_edge.i <= h.i <= c.right_edge.i for c in bare)}
            near = [m for m in near if m.key not in objects]
        sent = tok.sent
        opened = open_quote(text_of(doc), sent.start_char, tok.idx)
        if opened is not None:  # 'Durbin said "he ignores the law"': a speaker says "I", so he is someone else
            closed = close_quote(text_of(doc), tok.idx, sent.end_char)
            speakers = {m.key for m in people if sent.start_char <= m.start and (m.end <= opened or m.start >= closed)
                        and m.end <= sent.end_char and _subject_mention(doc, m)}
            near = [m for m in near if m.key not in speakers]
        elif tok.dep_ == "nsubj" and (spoken := quotes_before(text_of(doc), tok.idx)):
            # '"... dealing with the president." "It was an honour," he added': the speaker, not one the quotes name
            near = [m for m in near if not any(a <= m.start < b for a, b in spoken)]
        # a person known to fit comes first; one of unknown gender fits too
        m = next((m for m in near if gender.get(m.key) == g), None) or \
            next((m for m in near if gender.get(m.key) is None), None)
        if m is not None and m.sent < here:  # "General Karimi and his forces": the person of this
            # sentence, whose gender no lexicon knows, before a known one of a sentence before
            m = next((x for x in near if x.sent == here and gender.get(x.key) is None), m)
        if m is not None and tok.dep_ in ("nsubj", "nsubjpass") and m.sent < here:
            # a subject pronoun opening a new sentence continues the subject before it: "Trump met
            # Macron on Monday. He said ..." is Trump; "Trump spoke. General Karimi was responsible
            # for the raids. He had ordered them" is Karimi, whose gender no lexicon knows
            last = max(x.sent for x in near)
            fits = sorted((x for x in near if x.sent in (m.sent, last) and gender.get(x.key) in (g, None)),
                          key=lambda x: (-x.sent, x.start))  # the main clause's subject before a reported one's
            m = next((x for x in fits if _subject_mention(doc, x)), m)
        if m is not None and tok.dep_ in ("nsubj", "nsubjpass") and opened is None:
            # "Although Ryan has endured spats with Trump, he urged ...": the subject of the clause fronted
            # before it, not a person that clause names in passing
            m = _fronted_subject(tok, near, lambda x: gender.get(x.key) in (g, None)) or m
        ahead = _cataphor(doc, tok, people)
        if ahead is not None and gender.get(ahead.key) in (g, None) and opened is None:
            m = ahead  # "In her ruling, Judge Jackson said ...": the subject the fronted phrase leads to
        main = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None) if (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and opened is None) else None
        if main is not None and not any(x.start <= main.idx < x.end for x in near):
            # "The gunman engaged in a shootout with police before he was killed": the subject of the clause the
            # pronoun's clause hangs on, a person described by a noun, before one named earlier
            d = next((d for d, dg in described if d.start <= main.idx < d.end and dg in (g, "x")), None)
            if d is not None:
                added.append(replace(d, start=tok.idx, end=tok.idx + len(tok), text=tok.text))
                continue
        if m is not None:
            added.append(Mention("text", tok.idx, tok.idx + len(tok), tok.text, m.key, entry=m.entry,
                                 kind="person", name=m.name, people=m.people, cue=_patient_cue(tok)))
            if gender.get(m.key) is None:  # "Ratnamma said she ...": her gender is told now; a later "he" is someone else
                gender[m.key] = g
            if tok.dep_ in ("nsubj", "nsubjpass") and opened is None:
                # a chain of subjects: "Litvinenko died. He had alleged that Putin was involved. He had sought
                # asylum": the second "he" continues the first, the main clause's subject, not Putin
                added[-1].sent = here
                bisect.insort(people, added[-1], key=lambda x: x.start)
            continue
        since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        bound = {d.key for d, _ in described if _clausemate(_head_of(doc, d), tok)}  # "the journalist criticised him"
        d = next((d for d, dg in reversed(described) if since <= d.start and d.end <= tok.idx and dg in (g, "x")
                  and d.key not in bound), None)
        if d is not None:
            added.append(replace(d, start=tok.idx, end=tok.idx + len(tok), text=tok.text))
    mentions.extend(added)


def _fronted_subject(tok: Token, near: list[Mention], fits) -> Mention | None:
    """The person who is the subject of a subordinate clause fronted before a subject pronoun's own
    clause ("Although Ryan has endured spats with Trump, he urged ...": Ryan)."""
    for c in tok.head.children:
        if c.dep_ == "advcl" and c.i < tok.i and any(k.dep_ == "mark" or k.dep_ == "advmod" and k.tag_ == "WRB"
                                                       for k in c.children):
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            found = subj is not None and next((m for m in near if m.start <= subj.idx < m.end and fits(m)), None)
            if found:
                return found
    return None


def _cataphor(doc: Doc, tok: Token, people: list[Mention]) -> Mention | None:
    """The person (or group) a pronoun inside a fronted phrase points ahead to: the subject of the clause the
    phrase opens ("In his speech, Biden criticised China", "As part of her ruling, Judge Jackson
    said"), when the pronoun is not that clause's own argument."""
    if tok.tag_ != "PRP$" and tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if tok.tag_ == "PRP$" and (named := _after_fronted_phrase(doc, tok, people)) is not None:
        return named
    clause, link = tok.head, tok
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
        clause, link = clause.head, clause
    if link.dep_ not in ("prep", "advcl", "npadvmod") or link is tok:
        return None  # only a phrase that is not the clause's subject or object
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not link.i < subj.i or tok.i > subj.i:
        return None
    return next((m for m in people if m.start <= subj.idx < m.end), None)


def _after_fronted_phrase(doc: Doc, tok: Token, people: list[Mention]) -> Mention | None:
    """The one named right after the comma that closes a sentence's opening phrase holding a possessive,
    before a verb ("Following his meeting with Ryan, Trump conferred with McConnell"), read from the
    words when the parser lost the clause (it made "Following" the root and Trump a second "Ryan")."""
    sent = tok.sent
    if tok.i == sent.start or doc[sent.start].pos_ not in ("ADP", "VERB", "SCONJ"):
        return None
    comma = next((t for t in doc[sent.start:sent.end] if t.text == ","), None)
    if comma is None or comma.i < tok.i or comma.i + 2 >= sent.end:
        return None
    named = next((m for m in people if m.start == doc[comma.i + 1].idx), None)
    if named is None:
        return None
    after = next((t for t in doc[comma.i + 1:sent.end] if t.idx >= named.end), None)
    return named if after is not None and after.pos_ in ("VERB", "AUX") else None


def _subject_mention(doc: Doc, m: Mention) -> bool:
    """Is the mention the subject of its sentence's main clause (or of a clause it reports)?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ROOT", "ccomp", "conj")


def _described_people(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """Mentions of one human being by a noun ("the man", "a police officer", "the suspect"),
    with the gender the noun gives ("x": either), in order."""
    terms = actor_lexicon.person_terms()
    out = []
    for m in sorted((m for m in mentions if m.field == "text" and m.kind != "person"), key=lambda m: m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.tag_ != "NN":
            continue
        words = [t.lower_ for t in span if t.i <= span.root.i and t.pos_ != "DET"]
        g = terms.get(" ".join(words[-2:])) or terms.get(span.root.lower_)
        if g:
            out.append((m, g))
    return out


def _met_with(tok: Token) -> list[Token]:
    """Whom one named as the subject of a meeting met (cues.tsv meets): "Obama met (with) Trump",
    "Obama hosted Trump at the White House" make a pair as "Obama and Trump" do, so a later "they
    discussed trade" is the two of them."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or "meets" not in event_cues().get(verb.lemma_.lower(), ()):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]


def _group_pronouns(doc: Doc, mentions: list[Mention]) -> None:
    """"it", "its", "they", "their" standing for an organisation, country or group ("the country"
    for the country named last): the speaker
    when it is the subject of what that speaker says ("The ministry said it had struck 40 targets"),
    else the nearest such actor of the same number before it, in this sentence or the one before,
    subjects first. A sector noun with such a possessive takes its country ("its forces")."""
    classes = actor_lexicon.pronoun_classes()
    body = sorted((m for m in mentions if m.field == "text" and m.kind != "person"), key=lambda m: m.start)
    people = [m for m in mentions if m.field == "text" and m.kind == "person"]
    if not body and not people:
        return
    heads: dict[int, Token] = {}

    def head(m: Mention) -> Token | None:
        if id(m) not in heads:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            heads[id(m)] = span.root if span is not None and len(span) else None
        return heads[id(m)]

    def plural(m: Mention) -> bool:
        h = head(m)
        if h is None:
            return False
        if h.tag_ in ("NNS", "NNPS") or h.lower_ in ("police", "people", "they", "them", "their"):
            return True
        # "the youth were lashing out", "the crowd are": a collective noun its verb agrees with as plural
        return h.tag_ == "NN" and h.dep_ in ("nsubj", "nsubjpass") and any(
            t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in (h.head, *(c for c in h.head.children if c.dep_ in ("aux", "auxpass"))))

    # the first of two people named together ("Harry and Meghan"), and the other of the two
    def conjoined(m: Mention) -> list[Token]:
        """The words coordinated after the name, from any of its words (the parser sometimes hangs "and Y" on
        the surname of a sentence-initial "Barack Obama" whose first name it read as a preposition)."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return []
        after = [c for t in span for c in t.conjuncts if c.i >= span.end]
        # "Barack Obama and Donald Trump's mannerisms": the parser conjoins the noun the second name possesses
        return after + [k for c in after if c.pos_ == "NOUN" for k in c.children if k.dep_ == "poss" and k.pos_ == "PROPN"] + \
            _met_with(span.root)

    partner: dict[int, Mention] = {}
    conjuncts = {id(m): conjoined(m) for m in people}  # read twice below
    for m in people:
        other = next((p for c in conjuncts[id(m)] for p in people if p.start <= c.idx < p.end and p.key != m.key), None)
        if other is not None:
            partner[id(m)] = other
    pairs = sorted((m for m in people if any(c.pos_ == "PROPN" or any(p.start <= c.idx < p.end for p in people)
                                             for c in conjuncts[id(m)])), key=lambda m: m.start)
    added = []
    ranks = {m.owner_at for m in mentions if m.key == RANKS}  # "their" of "their fighters"

    def stand_for(m: Mention, tok: Token) -> None:
        """The pronoun (or "the pair") as a mention of ``m``; of both people when ``m`` is the first of
        a pair: "Obama and Trump met ... they discussed" has them discuss with each other."""
        added.append(replace(m, start=tok.idx, end=tok.idx + len(tok), text=tok.text))
        if m.kind != "person" and _role_dep(tok) in ("nsubj", "dobj"):
            # a later pronoun may stand for a subject one: "Police arrested X. They released him. On Saturday they
            # arrested Y" (a chain of subjects), or for one who underwent ("X questioned them. Y arrested them")
            bisect.insort(body, added[-1], key=lambda x: x.start)
        if id(m) in partner:
            added.append(replace(partner[id(m)], start=tok.idx, end=tok.idx + len(tok), text=tok.text))

    for tok in tokens_among(doc, classes):
        cls = classes.get(tok.lower_)
        alone = tok.lower_ == "both" and tok.dep_ in SUBJECT_DEPS and not any(
            c.dep_ in ("prep", "appos") for c in tok.children)  # "Both are former critics of Mr Trump": both of the pair
        if alone:
            cls = "pair"
        if cls == "country":
            # "the country's president", "the nation said": the country last named as an actor (not as
            # a modifier: "United States troops"), in this sentence or the two before; never a place
            # ("expelled from the country", "in the country"), but the one an act goes to or against ("aid to
            # the country", "sanctions against the nation")
            if tok.tag_ != "NN" or tok.dep_ not in ("poss", "nsubj", "nsubjpass", "dobj") and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in ("to", "against", "with", "on")) or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                continue
            since = _reach(doc, tok, 2)
            near = [m for m in reversed(body) if since <= m.start and m.end <= tok.idx and (h := head(m)) is not None and (
                m.kind == "country" and h.dep_ not in ("compound", "amod", "nmod")
                # "The U.S. government pledged 10 million dollars ... the country promised": a national government
                # named as a subject
                or m.kind == "group" and m.country and m.sectors == ["GOV"] and h.dep_ in ("nsubj", "nsubjpass"))]
            # "Russia accused Ukraine of shelling. The country also threatened ...": a subject continues
            # the subject before it, as a subject pronoun does
            if tok.dep_ in ("dobj", "pobj"):  # "The United States sanctioned the country": not itself
                near = [m for m in near if not _clausemate(head(m), tok)]
            m = next((m for m in near if tok.dep_ in ("nsubj", "nsubjpass") and _role_dep(head(m)) in SUBJECT_DEPS), None) \
                or next(iter(near), None)
            if m is not None and not any(x.start <= tok.idx < x.end for x in body):
                added.append(replace(m, start=tok.idx, end=tok.idx + len(tok), text=tok.text))
            continue
        if cls == "named_again":
            # "the Saudi-led coalition bombed ... The coalition said": the group last named with the same noun,
            # as the actor that modified it then
            if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
                    or any(x.start <= tok.idx < x.end for x in body):
                continue
            first = next((t for t in reversed(doc[:tok.i]) if t.lower_ == tok.lower_ and not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children if c.i == t.i - 1)), None)
            owner = next((m for c in (first.children if first is not None else ()) if c.dep_ in ("amod", "compound", "nmod", "poss")
                          and c.i < first.i for k in (c, *(led for led in [led_by(c)] if led is not None))
                          for m in (*body, *people) if m.start <= k.idx < m.end), None)  # (a person's: "the Biden campaign")
            if owner is not None:
                added.append(replace(owner, start=tok.idx, end=tok.idx + len(tok), text=tok.text))
            continue
        if cls == "pair_plural":  # "the two men", "both leaders": the two people named together before it
            counted = any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children)
            if tok.tag_ == "NNS" and counted and _role_dep(tok) in SUBJECT_DEPS | {"dobj", "pobj"}:
                far = _reach(doc, tok, PRONOUN_REACH)
                m = next((p for p in reversed(pairs) if far <= p.start and p.end <= tok.idx and id(p) in partner), None)
                if m is not None:  # the two people, instead of the sector noun ("men": civilians)
                    mentions[:] = [x for x in mentions if not (x.field == "text" and x.start == tok.idx and x.end == tok.idx + len(tok))]
                    body = [x for x in body if not (x.start == tok.idx and x.end == tok.idx + len(tok))]
                    stand_for(m, tok)
            continue
        if cls == "parties":  # "all three nations", "both sides", "the two governments": the ones named together
            listed = _counted_list(doc, tok, body, head)
            if listed:
                mentions[:] = [x for x in mentions if not (x.field == "text" and x.start == tok.idx and x.end == tok.idx + len(tok))]
                body = [x for x in body if not (x.start == tok.idx and x.end == tok.idx + len(tok))]
                added.extend(replace(m, start=tok.idx, end=tok.idx + len(tok), text=tok.text) for m in listed)
            continue
        if cls == "pair":  # "the pair", "the couple", "the two": two people named together before it
            if alone or (tok.tag_ == "NN" or tok.tag_ == "CD" and tok.dep_ in SUBJECT_DEPS) and _role_dep(tok) in SUBJECT_DEPS | {"dobj", "pobj"} and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                start_char = _reach(doc, tok, 1)
                m = next((p for p in reversed(pairs) if start_char <= p.start and p.end <= tok.idx), None)
                if m is None:  # "Two journalists were detained ... The pair were charged": the two named as a group
                    m = next((p for p in reversed(body) if start_char <= p.start and p.end <= tok.idx and (h := head(p)) is not None
                              and h.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in h.children)), None)
                if m is not None and not any(x.start <= tok.idx < x.end for x in body):
                    stand_for(m, tok)
            continue
        if cls not in ("group_sg", "group_pl") or tok.pos_ != "PRON" and tok.tag_ != "PRP$":
            continue
        if any(m.start <= tok.idx < m.end for m in body):
            continue
        want_plural = cls == "group_pl"
        if tok.dep_ == "expl" or tok.lower_ == "it" and classes.get(tok.head.lemma_.lower()) == "expletive_verb":
            continue  # "it is unclear", "it seems"
        m = None
        ahead = _cataphor(doc, tok, body)
        if ahead is not None and tok.tag_ != "PRP$" and any(
                m.end <= tok.idx and m.start >= _reach(doc, tok, 1) and plural(m) == want_plural
                and (h := head(m)) is not None and _role_dep(h) in SUBJECT_DEPS for m in body):
            ahead = None  # "Protesters gathered. As they tried to storm parliament, police fired": the subject before
        if ahead is not None and plural(ahead) == want_plural and not _quoted(doc, tok):
            m = ahead  # "In its statement, the ministry said ...": the subject the fronted phrase leads to
        if m is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and not _quoted(doc, tok):
            # (inside a quotation the speaker says "we", so "they" there is someone else)
            speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if speaker is not None and (speaker.tag_ in ("NNS", "NNPS")) == want_plural:
                m = next((m for m in body if m.start <= speaker.idx < m.end), None)
        if m is None and tok.tag_ == "PRP$":
            # "the UN condemned Russia for its invasion", "thanked the police for their work": the one judged
            m = next((m for judged in _judged_for(tok) for m in body if m.start <= judged.idx < m.end
                      and plural(m) == want_plural), None)
        if m is None:
            start_char = _reach(doc, tok, 1)
            near = [m for m in reversed(body) if start_char <= m.start and m.end <= tok.idx and plural(m) == want_plural]
            if _object_pronoun(tok):
                opening = tok.sent.start_char
                bound = {m.key for m in near if m.start >= opening and _clausemate(head(m), tok)}
                near = [m for m in near if m.key not in bound]
            if tok.tag_ == "PRP$" and (aimed := _aimed_at(tok)):
                # "ending its rocket attacks on Israel": the owner of an act is not the one it is aimed at
                aimed_keys = {m.key for m in body for t in aimed if m.start <= t.idx < m.end}
                near = [m for m in near if m.key not in aimed_keys]
            if not near and want_plural and tok.tag_ != "PRP$" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Youths clashed with police. The EU called for calm. They pelted police": people named a
                # sentence further back before an organisation named singular
                far_start = _reach(doc, tok, 2)
                near = [m for m in reversed(body) if far_start <= m.start < start_char and plural(m)
                        and (h := head(m)) is not None and _role_dep(h) in ("nsubj", "nsubjpass")]
            if not near and want_plural and (tok.tag_ != "PRP$" or tok.idx in ranks):
                # "the federation announced ... they wanted me", "the Taliban said their fighters": an organisation as "they"
                near = [m for m in reversed(body) if start_char <= m.start and m.end <= tok.idx and (
                    m.entry is not None and m.entry.kind in ("organization", "group") or m.key.startswith("name:") and m.sectors)]
            # role parallelism: one who undergoes ("they were charged") is likelier the one who
            # underwent before ("police arrested 30 activists"), else subjects first
            # ("their killing", "their arrest": the owner of an act done to someone underwent it)
            undergoes = _role_dep(tok) in ("nsubjpass", "dobj") or tok.tag_ == "PRP$" and "patient_poss" in event_cues().get(
                tok.head.lemma_.lower(), ())
            roles = ("dobj", "nsubjpass") if undergoes else ("nsubj", "nsubjpass")
            # or the first of two people named together ("Harry and Meghan ... their security")
            # (not "their": "X and Y announced their support" is both of theirs, told by the verb; but
            # "their meeting", an act done with each other, is the pair's)
            far = _reach(doc, tok, PRONOUN_REACH)  # people are followed further back than groups
            two = [p for p in reversed(pairs) if far <= p.start and p.end <= tok.idx] if want_plural and (
                tok.tag_ != "PRP$" or "reciprocal" in event_cues().get(tok.head.lemma_.lower(), ())) else []
            # ("their meeting" after two people named together: theirs, before any group)
            found = two + near if tok.tag_ == "PRP$" and two else near + two
            if undergoes and want_plural and _object_pronoun(tok) and not any(
                    (h := head(m)) is not None and _role_dep(h) in roles for m in found):
                # "Authorities arrested twelve people. Jackals are protected. Officials said a constable questioned
                # them": those who underwent an act a sentence further back, before the ones reporting it
                far_start = _reach(doc, tok, 2)
                found = [m for m in reversed(body) if far_start <= m.start < start_char and plural(m)
                         and (h := head(m)) is not None and _role_dep(h) in roles] + found
            m = next((m for m in found if (h := head(m)) is not None and _role_dep(h) in roles), None) or \
                next((m for m in found if (h := head(m)) is not None and h.dep_ != "compound"), None) or \
                next(iter(found), None)  # "police headquarters": a modifier only if nothing else
        if m is None:
            continue
        stand_for(m, tok)
        if tok.tag_ == "PRP$" and m.country:
            _own(tok.head, m, body, head)
    mentions.extend(added)


def _aimed_at(tok: Token) -> list[Token]:
    """The words a possessive's noun is aimed at: its "on", "against" or "at" phrase ("its attacks on Israel")."""
    return [t for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon")
            for p in c.children if p.dep_ == "pobj" for t in with_conj(p)]


def _judged_for(tok: Token) -> list[Token]:
    """Who a possessive pronoun in a verb's "for" or "over" phrase stands for: its object ("condemned Russia for
    its invasion", "praised the police for their restraint"), else the one the act is aimed "on" or "against"
    ("imposed sanctions on Iran over its crackdown"): the owner of what one is judged for is the one judged."""
    noun = tok.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "sanctions on Iran over its crackdown" hung on the sanctions
    if verb.pos_ != "VERB":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if noun.head.lower_ == "for" and not objects:
        return []
    return objects + [p for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                      for p in c.children if p.dep_ == "pobj"]


def _counted_list(doc: Doc, tok: Token, body: list[Mention], head: Callable[[Mention], Token | None]) -> list[Mention]:
    """The groups a counted plural stands for ("Singapore, India and Australia sent ships. All three nations
    offered aid"; "both sides"): the last coordination of as many actors before it, in its sentence or the
    two before, one mention each. Uncounted ("nations") or with no such list, none."""
    kids = {c.lower_: c for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
    if "both" in kids:
        n = 2
    else:
        num = next((c for c in tok.children if c.dep_ == "nummod"), None)
        value = _number_value(num) if num is not None else None
        n = int(value) if value and value == int(value) and 2 <= value <= 12 and kids.keys() & {"the", "these", "those", "all"} else 0
    if not n or tok.tag_ != "NNS" or _role_dep(tok) not in SUBJECT_DEPS | {"dobj", "pobj"}:
        return []
    since = _reach(doc, tok, 2)
    before = [m for m in body if since <= m.start and m.end <= tok.idx]
    for m in reversed(before):
        h = head(m)
        if h is None or h.dep_ == "conj" or any(x is not m and x.start <= h.idx < x.end and x.end - x.start > m.end - m.start
                                                   for x in before):
            continue
        items = with_conj(h)
        listed = [next((x for x in before if x.start <= t.idx < x.end), None) for t in items]
        if len(items) == n and all(listed) and len({x.key for x in listed}) == n:
            return listed
    return []


def _number_value(tok: Token) -> float | None:
    """A number written in digits or words ("3", "three")."""
    if tok.text.isdigit():
        return float(tok.text)
    value = count_words().numbers.get(tok.lower_)
    return value[0] if value and value[1] == "unit" else None


def _reach(doc: Doc, tok: Token, back: int) -> int:
    """The offset where the sentence ``back`` sentences before ``tok``'s starts (the text's first at most):
    how far back a pronoun looks for what it stands for."""
    start = sentence_bounds(tok)[0]
    for _ in range(back):
        start = sentence_bounds(doc[start - 1])[0] if start > 0 else start
    return doc[start].idx


def _head_of(doc: Doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _object_pronoun(pron: Token) -> bool:
    """A pronoun object (or "the country" as one), neither possessive nor reflexive ("them", not
    "their", "themselves")."""
    return pron.dep_ in ("dobj", "dative", "pobj") and pron.tag_ != "PRP$" and not pron.lower_.endswith(("self", "selves"))


def _clausemate(h: Token | None, pron: Token) -> bool:
    """Is ``h`` the subject of the verb whose object the (non-reflexive, non-possessive) pronoun
    is? "Police arrested them" cannot mean the police: the pronoun stands for someone else."""
    if h is None or not _object_pronoun(pron):
        return False
    arg = pron.head.head if pron.dep_ == "pobj" and pron.head.lower_ == "of" and quantity(pron.head.head) else pron
    # "caught both of them": the pronoun counted is an object as its quantity is
    verb = arg.head if arg.dep_ in ("dobj", "dative") else arg.head.head if arg.dep_ == "pobj" else None
    if verb is not None and verb.dep_ in ("acomp", "attr") and verb.pos_ in ("ADJ", "NOUN"):
        verb = verb.head  # "X was critical of him", "X is a critic of him": the copula's subject is not him
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    while h.dep_ in ("compound", "amod", "conj", "appos") and h.head.i != h.i:
        h = h.head
    if _role_dep(h) in ("nsubj", "nsubjpass") and (h.head.i == verb.i or h.dep_ == "pobj" and h.head.head.head.i == verb.i):
        return True
    if verb.dep_ == "relcl" and verb.head.i == h.i:
        return True  # "Obama, who had criticised him": the relative is Obama, so "him" is someone else
    # the subject the verb takes from the clause it hangs on: "X responded by attacking him", "X promised to punish him",
    # "Nichols took the woman captive and raped her"
    return verb.dep_ in ("pcomp", "xcomp", "advcl", "conj") and any(t.i == h.i for t in verb_subject(verb))


def _described_by(h: Token, clause: Token) -> bool:
    """Is the mention head ``h`` the noun the relative clause ``clause`` hangs on (through its name's parts)?"""
    while h.dep_ in ("compound", "flat") and h.head.i != h.i:
        h = h.head
    return clause.head.i == h.i


def _object_of(h: Token, verb: Token) -> bool:
    """Is the mention head ``h`` the object of ``verb`` (directly, as its dative, or in its "to"/"with"/
    "on"/"at" phrase)? Its subject pronoun then stands for someone else."""
    while h.dep_ in ("compound", "appos", "conj") and h.head.i != h.i:
        h = h.head
    if h.dep_ in ("dobj", "dative"):
        return h.head.i == verb.i
    return h.dep_ == "pobj" and h.head.head.i == verb.i and h.head.lower_ in ("to", "with", "on", "at", "against")


def _quoted(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks opened earlier in its sentence."""
    return open_quote(text_of(doc), tok.sent.start_char, tok.idx) is not None


def _role_dep(h: Token) -> str:
    """A mention head's role in its clause, through a quantity: "Thousands of protesters
    surrounded ..." is a subject."""
    if h.dep_ == "pobj" and h.head.lower_ == "of" and (_counts_people(h.head.head) or quantity(h.head.head)):
        return h.head.head.dep_
    return h.dep_


def _own(noun: Token, owner: Mention, body: list[Mention], head) -> None:
    """"its forces", "their police": a sector noun with no country takes its owner's (not "their captors", "his
    attackers": armed men and criminals of someone are those who harmed them, of no country the owner says)."""
    for m in body:
        if m.start <= noun.idx < m.end and m.country is None and m.sectors and m.entry is None \
                and not set(m.sectors) & {"CRM", "UAF"}:
            m.country, m.code = owner.country, f"{owner.country}{m.sectors[0]}"
            m.key, m.name = f"agent:{m.code}", f"{m.name} ({owner.name})"


def _actors(mentions: list[Mention], day: date | None) -> list[Actor]:
    """One Actor per key, coded on the publication date, in order of first mention (body first)."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.field != "text", m.start)):
        groups.setdefault(m.key, []).append(m)
    ids = {key: f"a{n}" for n, key in enumerate(groups, 1)}
    actors = []
    for key, ms in groups.items():
        first = next((m for m in ms if m.entry), ms[0])
        names = [m for m in ms if m.kind == "person" and m.entry is None]
        name = max((m.name for m in names), key=len) if names else first.name
        actor = Actor(ids[key], name, kind=_kind(first))
        _code(actor, first, ms, day, ids)
        for m in ms:
            if m.field == "text":
                if [m.start, m.end] not in actor.mentions:
                    actor.mentions.append([m.start, m.end])
            else:
                actor.other_mentions.append(Ref(m.field, m.start, m.end))
            if m.text != actor.name and m.text not in actor.aliases and m.kind != "person" or \
                    m.kind == "person" and m.text[:1].isupper() and m.text not in (actor.name, *actor.aliases):
                actor.aliases.append(m.text)
        actor.mentions.sort()
        actors.append(actor)
    by_key = dict(zip(groups, actors))
    for key, actor in by_key.items():
        owner = by_key.get(key[len(CIRCLE) + 1:]) if key.startswith(CIRCLE + ":") else None
        if owner is not None:  # "her colleagues": coded as she is ("associates of Navalny" are opposition)
            actor.code, actor.country, actor.sectors = owner.code, owner.country, list(owner.sectors)
            actor.name, actor.affiliation = f"{actor.name.lower()} ({owner.name})", owner.id
    return actors


def _pick_cue(cues: list[Cue]) -> Cue | None:
    """Which of a person's cues codes them: the lowest rank, the earliest of that rank; but any
    other role yields to an office said at the same rank ("senator and presidential candidate X"
    ... "Senator X" is a legislator: CAMEO codes an office holder by the office)."""
    best = min((c.rank for c in cues), default=None)
    tied = [c for c in cues if c.rank == best]
    if not tied:
        return None
    return next((c for c in tied if set(c.sectors) & OFFICIAL_SECTORS), tied[0])


def _kind(m: Mention) -> str:
    if m.kind in ("country", "region"):
        return "country"
    if m.entry is not None and m.entry.kind in ("organization", "group", "person"):
        return m.entry.kind
    return m.kind


def _code(actor: Actor, first: Mention, ms: list[Mention], day: date | None, ids: dict[str, str]) -> None:
    """The lexicon's code; for a person it does not know, the article's role memory: of every
    description the article gives of them (any mention, any zone), a title before a name beats
    an apposition or clause, which beats what was done to them; the earliest wins a tie. The
    words that gave the code are ``Actor.code_from``."""
    if first.entry is not None:
        actor.code, actor.country, actor.sectors = first.entry.coded(day)
        actor.name = first.entry.name
    else:
        actor.code, actor.country, actor.sectors = first.code, first.country, list(first.sectors)
    if actor.kind != "person":
        return
    cues = [m.cue for m in ms if m.cue is not None]
    if not cues:
        return
    if first.entry is not None and day is None and len(first.entry.spells) > 1:
        # no publication date: "Florida Senator Marco Rubio" is coded by the office the title names
        # (the senator), not by the latest one the lexicon lists (the secretary of state)
        titled = [c.title.lower() for c in cues if c.rank == 0 and c.title]
        spell = next((s for t in titled for s in first.entry.spells if t in s.titles()), None)
        if spell is not None:
            actor.code, actor.country, actor.sectors = spell.code, spell.country, list(spell.sectors)
            return
    if first.entry is not None and day is not None and first.entry.spells and not any(s.covers(day) for s in first.entry.spells):
        # a known person out of the offices the lexicon lists on the publication date: a title or
        # apposition of the article ("Conservative MP X", "opposition leader X") says what they
        # are now, better than "former official" or a term of another time
        # A former official (ELI) takes only an office from a title right before the name: one
        # in an apposition is as likely past ("X, formerly the mayor of Y"), and a party role
        # does not unmake a former president; someone before their first term takes any role
        before = not any(s.start and s.start <= day for s in first.entry.spells)
        # "Secretary Clinton" years after she left the State Department: the title of an office the
        # lexicon says they left is kept as an honorific, it names no office held now
        held = [t for s in first.entry.spells if s.end and s.end < day for t in s.titles()]
        said = [c for c in cues if c.codes and c.rank <= 1 and c.sectors != ["CVL"]
                and not (c.rank == 0 and c.title and any(t == c.title.lower() or t.startswith(c.title.lower() + " ")
                                                         for t in held))
                and (c.country is None or c.country == actor.country)
                and (c.rank == 0 and set(c.sectors) & OFFICIAL_SECTORS
                     or before and not set(c.sectors) & OFFICIAL_SECTORS)]
        cue = _pick_cue(said)
        if cue is not None:
            if cue.at is not None:
                actor.code_from = Ref(cue.field, *cue.at)
            if cue.group is not None and (cue.group.country or actor.country) and not cue.sectors:
                g = cue.group
                actor.code, actor.country, actor.sectors = g.code, g.country or actor.country, list(g.sectors)
                actor.affiliation = ids.get(g.key)
            elif cue.sectors:
                actor.sectors = list(cue.sectors)
                actor.country = actor.country or cue.country
                actor.code = f"{actor.country or ''}{cue.sectors[0]}"
        return
    country = next((c.country for c in cues if c.country), None)
    if actor.sectors:  # a role already read ("the acting Prime Minister of Iraq"): its country, if said
        if actor.country is None and country and not (actor.code or "").startswith(GROUP_CODES):
            actor.country, actor.code = country, f"{country}{actor.sectors[0]}"
        return  # a group's code from the lexicon stays: "the UN envoy for Yemen" is the UN's, not YEMIGO
    cue = _pick_cue([c for c in cues if c.codes])
    if cue is not None and cue.sectors == ["CVL"] and cue.group is None:
        # "Ohio man X" ... "X was convicted": the civilian an act of justice is done to is a suspect
        cue = next((c for c in cues if c.sectors == ["CRM"] and c.group is None), cue)
    if cue is None:
        actor.country = actor.country or country
        actor.code = actor.country
        return
    if cue.at is not None:
        actor.code_from = Ref(cue.field, *cue.at)
    if cue.group is not None:
        g = cue.group
        actor.code, actor.country, actor.sectors = g.code, g.country or cue.country, list(g.sectors)
        actor.affiliation = ids.get(g.key)
        return
    actor.country = actor.country or cue.country or country
    actor.sectors = cue.sectors
    actor.code = f"{actor.country or ''}{cue.sectors[0] if cue.sectors else ''}" or None
