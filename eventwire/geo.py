"""Places: find toponyms, resolve each to one gazetteer entry, and give each event its place.

Resolution weighs what a reader weighs: how big and what kind of place a name most often
means (population, feature class), which countries the article is about (its other places,
demonyms, its actors' countries), and explicit qualifiers ("Halifax, Canada"). A name
means the same place throughout one article. An event takes the place its own words put
it in ("raid ... in Paris", "speaking from Manila"), or the sentence's only place, else none.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, ORTH, POS, SENT_START
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from . import actor_lexicon, gazetteer, knowledge
from .gazetteer import ALTERNATE, DEMONYM, PRIMARY, Place, key
from .model import Location
from .nlp import Parsed, text_of
from .spans import SpanIndex

DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "far"}
AREAS = {"continent", "country", "region", "sea", "island", "mountains", "river", "admin1"}  # trusted in any label
FEATURE_BONUS = {"continent": 3.0, "country": 3.0, "region": 2.0, "sea": 2.0, "island": 2.0, "mountains": 1.5,
                 "river": 1.5, "admin1": 0.5, "capital": 2.0, "city": 0.0, "admin2": -0.5}
MISSED_CITY_POP = 100_000  # an untagged capitalised word is taken as a city only if it is a big one
LOC_PREPS = {"in", "at", "near", "from", "outside", "inside", "across", "throughout", "around", "within"}
ARTICLES = {"the", "a", "an"}  # what may open a group's or a site's words before the place that names it
QUALIFIER_GAP = re.compile(r"^\s*(,|\()\s*$")
LIST_GAP = re.compile(r"^\s*(,|,? and|,? or)( the)?\s*$", re.I)
KIND_AFTER = [(re.compile(r"^\s+(state|province|governor|gov|premier|legislature)\b", re.I), "admin1"),
              (re.compile(r"^\s+(city|mayor)\b", re.I), "town")]  # "New York state", "New York Gov."
KIND_BEFORE = [(re.compile(r"\b(state|province) of\s+$", re.I), "admin1"), (re.compile(r"\bcity of\s+$", re.I), "town")]
OPEN_CLAUSES = {"advcl", "acl", "xcomp", "relcl", "pcomp"}
CONNECTORS = {"-", "of", "the", "de", "do", "da", "dos", "del", "la", "el", "al"}  # inside names: "Rio Grande do Sul"


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    cands: tuple[Place, ...]
    root: Token
    demonym: bool = False
    qualifier: _Mention | None = None
    qualifies: _Mention | None = None
    kind: str | None = None  # the kind of place the words around it name
    peers: list[_Mention] = field(default_factory=list)
    place: Place | None = None


@dataclass
class _Group:
    """All mentions of one name in an article: one name, one place."""

    mentions: list[_Mention] = field(default_factory=list)

    @property
    def cands(self) -> tuple[Place, ...]:
        return self.mentions[0].cands


def annotate(parsed: Parsed) -> None:
    """Fill ``article.locations`` and each event's ``location``."""
    mentions = _find(parsed)
    if not mentions:
        return
    _resolve(mentions, _actor_countries(parsed) + _zone_countries(parsed) + _outlet_country(parsed.article.url))
    _records(parsed, mentions)


# --- finding toponyms -------------------------------------------------------------------


def _bracketed_credit(text: str, s: int, e: int) -> bool:
    """A short capitalised abbreviation alone in brackets after a lower-case word or a full stop, "killing
    seven people (PA)", "(AP)": a news agency's credit, not a place (a state after its town, "Scranton (PA)",
    stays one)."""
    word = text[s:e]
    if not (word.isupper() and len(word) <= 3 and text[s - 1:s] == "(" and text[e:e + 1] == ")"):
        return False
    before = text[:s - 1].rstrip().split()
    return not before or not before[-1][:1].isupper() or before[-1].endswith((".", "!", "?", ":", ";", ","))


def _clean_span(span: Span) -> Span | None:
    """Drop a leading article and a trailing possessive: "the Sinai's" → "Sinai"."""
    while len(span) and span[0].lower_ in ("the", "'s", "’s") or len(span) and span[0].is_punct:
        span = span[1:]
    while len(span) and (span[-1].lower_ in ("'s", "’s", "'") or span[-1].is_punct):
        span = span[:-1]
    return span if len(span) else None


def _parts(ent: Span, sep: str = ",") -> list[Span]:
    """ "Salt Lake City, Utah" tagged as one entity is two toponyms; so is "Germany-Netherlands"
    (``sep="-"``), when the whole is not a name itself."""
    out, start = [], ent.start
    for tok in ent:
        if tok.text == sep:
            out.append(ent.doc[start : tok.i])
            start = tok.i + 1
    out.append(ent.doc[start : ent.end])
    return [c for s in out if len(s) and (c := _clean_span(s)) is not None]


def _is_area(p: Place) -> bool:
    return p.kind != DEMONYM and p.feature in AREAS


def _places(text: str, primary_only: bool = False) -> tuple[Place, ...]:
    return tuple(p for p in gazetteer.lookup(text) if p.kind != DEMONYM and (p.kind == PRIMARY or not primary_only))


def _find(parsed: Parsed) -> list[_Mention]:
    doc: Doc = parsed.body
    text = text_of(doc)  # spaCy rebuilds doc.text on each access
    people = SpanIndex((s, e, None) for a in parsed.article.actors if a.kind == "person" for s, e in a.mentions)
    groups = SpanIndex((s, e, a.kind) for a in parsed.article.actors if a.kind != "person" for s, e in a.mentions)
    found: list[_Mention] = []

    def add(span: Span, cands: tuple[Place, ...], demonym: bool = False) -> None:
        """Never inside a person's name; inside an organisation's only as its first words
        ("Kenya Red Cross"), not "France" in "Air France", or after its "of" ("the city of Kharkiv", "the
        Bank of England")."""
        s, e = span.start_char, span.end_char
        if text[max(0, s - 4) : s].lower() == "the " and span.root.dep_ not in ("compound", "nmod"):
            cands = tuple(p for p in cands if p.feature not in ("city", "capital", "admin2")
                          or p.name.lower().startswith("the "))  # "the White House" is no town; "the Hague" is
        if not cands or people.containing(s, e) or text[max(0, s - 3):s].lower() != "of " and any(
                bs < s and not (kind == "group" and text[bs:s].strip().lower() in ARTICLES)
                for bs, _, kind in groups.containing(s, e)):
            return  # (a group's first words after an article: "the Jenin refugee camp"; not "The New York Times")
        if _bracketed_credit(text, s, e):
            return
        found.append(_Mention(s, e, span.text, cands, span.root, demonym))

    taken = set()
    absorbed = 0
    for ent in doc.ents:
        if ent.start < absorbed:
            continue
        taken.update(range(ent.start, ent.end))
        if ent.label_ in ("GPE", "LOC"):
            wide = _widen(ent)
            if wide is not None:
                taken.update(range(wide.start, wide.end))
                absorbed = wide.end
                add(wide, _places(wide.text))
                continue
            for part in _parts(ent):  # "Central Africa - Nigeria, Cameroon"
                whole = _places(part.text) or _places(_undirected(part).text)
                for piece in [part] if whole else _parts(part, "-"):
                    piece = piece if _places(piece.text) else _undirected(piece)
                    add(piece, _dotted(piece, text) or _places(piece.text))
            continue
        span = _clean_span(ent)
        if span is None:
            continue
        if ent.label_ == "NORP" and (wide := _widen(ent)) is not None and len(wide) > len(span):
            taken.update(range(wide.start, wide.end))  # "French Guiana"
            absorbed = wide.end
            add(wide, _places(wide.text))
            continue
        if ent.label_ == "NORP" and not gazetteer.lookup(span.text) and len(pieces := _parts(span, "-")) > 1:
            for piece in pieces:  # "Turkish-Russian relations"
                add(piece, tuple(p for p in gazetteer.lookup(piece.text) if p.kind == DEMONYM), demonym=True)
            continue
        if ent.label_ == "PERSON":  # "Cairns", "Khan Younis" tagged PERSON: a big place, no person (add: no actor)
            if named_as_place(span):
                add(span, tuple(p for p in gazetteer.lookup(span.text) if p.kind != DEMONYM))
            elif len(span) <= 3 and (hit := _missed_hit(span, demonyms=False)):
                add(span, hit[0])
            continue
        if ent.label_ == "NORP":
            cands = tuple(p for p in gazetteer.lookup(span.text) if p.kind == DEMONYM)
            if cands and span.text[:1].isupper():
                add(span, cands, demonym=True)
                continue
        if ent.label_ == "FAC" and _places(span.text, primary_only=True):
            add(span, _places(span.text, primary_only=True))
            continue
        whole = span if _places(span.text) else _undirected(span)
        if _missed_hit(whole, demonyms=False):  # the small model tags "Aleppo" NORP, "Winnipeg" ORG
            add(whole, _places(whole.text))
            continue
        # (a holiday or a war is named after a country or a people, never after a town: "Independence Day")
        _named_after(span, add, cities=ent.label_ not in ("EVENT", "DATE", "TIME"))
    capitalised = _capitalised_tokens(doc)
    i = 0
    while i < len(doc):  # runs of capitalised words outside entities, taken whole or not at all
        j = i
        while j < len(doc) and j not in taken and capitalised[j]:
            j += 1
        if j > i and j - i <= 4:
            hit = ((dotted, False) if (dotted := _dotted(doc[i:j], text)) else None) or _missed_hit(doc[i:j])
            if hit:
                add(doc[i:j], *hit)
            elif j - i > 1:
                _named_after(doc[i:j], add, cities=False)  # "a Queensland Amber Alert"
        i = max(j, i + 1)
    found.sort(key=lambda m: m.start)
    for m in found:
        m.kind = next((k for rx, k in KIND_AFTER if rx.match(text[m.end : m.end + 20])), None) or next(
            (k for rx, k in KIND_BEFORE if rx.search(text[max(0, m.start - 20) : m.start])), None)
    _lists(text, found)
    for a, b in zip(found, found[1:]):
        if QUALIFIER_GAP.match(text[a.end : b.start]) and any(
                p.feature in ("country", "admin1", "admin2") for p in b.cands) and not (
                b in a.peers and _same_class(a, b)) and not (  # "Argentina, Brazil's neighbour"
                any(p.feature == "country" for p in a.cands) and any(p.feature == "country" for p in b.cands)):
            a.qualifier, b.qualifies = b, a
    return found


def _class(p: Place) -> str:
    return "town" if p.feature in ("city", "capital", "admin2") else p.feature


def _same_class(a: _Mention, b: _Mention) -> bool:
    """ "Georgia, Illinois" in a list are two states, not a town qualified by a state."""
    return bool({_class(p) for p in a.cands} & {_class(p) for p in b.cands if p.feature in ("country", "admin1")})


def _lists(text: str, found: list[_Mention]) -> None:
    """Enumerations of three or more ("Arizona, Georgia, Illinois and Texas") name places of one
    kind: each item sees the others as its peers."""
    run: list[_Mention] = []
    for m in [*found, None]:
        gap = text[run[-1].end : m.start] if run and m is not None else None
        if gap is not None and not m.demonym and LIST_GAP.match(gap):
            run.append(m)
            continue
        if len(run) >= 3:
            for x in run:
                x.peers = [y for y in run if y is not x]
        run = [m] if m is not None and not m.demonym else []


def _dotted(span: Span, text: str) -> tuple[Place, ...]:
    """ "Churchill, Man." is Manitoba: a short abbreviation whose dot was read as a full stop."""
    name = span.text + "."
    if len(name) > 6 or text[span.end_char : span.end_char + 1] != ".":
        return ()
    return _places(name)


def _widen(ent: Span) -> Span | None:
    """spaCy cuts some names short ("Guinea"-Bissau, Goz "Beida", "Rio Grande" do Sul, "the
    Democratic Republic of the" Congo): the longest gazetteer name reaching over capitalised
    words before it and connecting words and capitalised words after it, if any."""
    core = _clean_span(ent)
    if core is None:
        return None
    doc = ent.doc
    starts, i = [core.start], core.start - 1
    while i >= 0 and len(starts) < 3 and not doc[i].ent_type_ and _capitalised(doc[i]):
        starts.append(i)
        i -= 1
    ends, j = [], core.end
    while j < len(doc) and len(ends) < 3 and j - core.end < 5 and (
            doc[j].lower_ in CONNECTORS or doc[j].text[:1].isupper() and doc[j].is_alpha):
        j += 1
        if doc[j - 1].text[:1].isupper():
            ends.append(j)
    spans = [doc[s:e] for s in starts for e in [core.end, *ends] if (s, e) != (core.start, core.end)]
    return max((sp for sp in spans if _places(sp.text)), key=len, default=None)


def _undirected(span: Span) -> Span:
    """ "Western Canada" is in Canada, "Far North Queensland" in Queensland."""
    while len(span) > 1 and span[0].lower_ in DIRECTIONS:
        span = span[1:]
    return span


def _named_after(span: Span, add, cities: bool = True) -> None:
    """Places an organisation or building is named after: its first words ("U.S. Army",
    "Turkish Embassy", "Winnipeg Free Press") or what follows its "of" ("Conference Board
    of Canada"); never its last word alone ("Air France")."""
    for n in range(min(3, len(span) - 1), 0, -1):
        head = span[:n]
        cands = tuple(p for p in gazetteer.lookup(head.text) if p.kind == DEMONYM or _is_area(p) or (
            cities and p.kind == PRIMARY and p.feature in ("city", "capital") and p.population >= MISSED_CITY_POP)
            or n > 1 and p.kind == PRIMARY and p.feature == "admin2")  # "the Plymouth County Sheriff's Office"
        if cands and head[-1].text[:1].isupper():
            demonym = all(p.kind == DEMONYM for p in cands)
            add(head, tuple(p for p in cands if (p.kind == DEMONYM) == demonym), demonym)
            return
    of = [t.i for t in span if t.lower_ == "of"]
    if of and of[-1] + 1 < span.end:
        tail = span.doc[of[-1] + 1 : span.end]
        cands = tuple(p for p in _places(tail.text) if _is_area(p))
        if cands and tail[0].text[:1].isupper():
            add(tail, cands)


def _capitalised(tok: Token) -> bool:
    """Part of a proper name: capitalised, and not just a sentence's first word."""
    if tok.is_sent_start and tok.pos_ != "PROPN" or tok.is_stop:
        return False
    return tok.text[:1].isupper() and (tok.is_alpha or "." in tok.text)


def _capitalised_tokens(doc: Doc) -> list[bool]:
    """:func:`_capitalised` of every token of ``doc``, read from the doc's arrays and judged once per
    distinct word (capitalised, and a word or an abbreviation), so that no Token object is made per
    word: the scan for names spaCy did not tag looks at every token of the article. Only the words
    that open no sentence (or are names) and are no stop words are judged at all."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, SENT_START, POS, IS_STOP, IS_ALPHA])
    # Token.is_sent_start is True where SENT_START is 1; IS_STOP and IS_ALPHA are the word's own
    maybe = numpy.flatnonzero(~(((arr[:, 1] == 1) & (arr[:, 2] != PROPN)) | (arr[:, 3] != 0)))
    words, first, inverse = numpy.unique(arr[maybe, 0], return_index=True, return_inverse=True)
    caps = numpy.array([(text := strings[orth])[:1].isupper() and (bool(alpha) or "." in text)
                        for orth, alpha in zip(words.tolist(), arr[maybe[first], 4].tolist())], dtype=bool)
    out = numpy.zeros(len(doc), dtype=bool)
    out[maybe] = caps[inverse.reshape(-1)]
    return out.tolist()


def named_as_place(span: Span) -> bool:
    """Is a name the tagger may call a person told as a place by its words: "the town of Avdiivka" (any
    place the gazetteer knows, after "the" and a town's or site's noun, resources/actors/polities.tsv and
    sites.tsv), "the Zaporizhzhia nuclear plant" (a big one, before a site's noun)?"""
    t = span.root
    if len(span) > 3 or not gazetteer.ready():
        return False
    sites = actor_lexicon.site_nouns()
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i == span.start - 1:
        noun = t.head.head
        return (noun.lemma_.lower() in sites or noun.lemma_.lower() in actor_lexicon.polity_nouns()) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and bool(gazetteer.lookup(span.text))
    return t.dep_ == "nmod" and t.head.i >= span.end and t.head.lemma_.lower() in sites and any(
        p.population >= MISSED_CITY_POP for p in gazetteer.lookup(span.text))


def names_place(tok: Token) -> bool:
    """Does a noun name a place: a name the tagger calls a place, or an untagged proper noun the gazetteer knows as a
    country, a region or a big city ("struck Odesa overnight")?"""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ or not gazetteer.ready():
        return False
    found = _missed_hit(tok.doc[tok.i:tok.i + 1], demonyms=False)
    return found is not None and not found[1]


def _missed_hit(span: Span, demonyms: bool = True) -> tuple[tuple[Place, ...], bool] | None:
    """A name spaCy did not tag as a place: countries, regions and big cities, and demonyms."""
    if span[-1].pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    cands = gazetteer.lookup(span.text)
    places = tuple(p for p in cands if _is_area(p) or (
        (p.kind == PRIMARY or len(span) > 1) and p.feature in ("city", "capital") and p.population >= MISSED_CITY_POP
        and not span.text.isupper()))
    if places and span[-1].pos_ == "PROPN":  # a place, then: any place of that name may be the one
        return tuple(p for p in cands if p.kind != DEMONYM), False
    found = tuple(p for p in cands if p.kind == DEMONYM) if demonyms else ()
    return (found, True) if found else None


# --- resolution ---------------------------------------------------------------------------


def _actor_countries(parsed: Parsed) -> list[tuple[str, list[list[int]]]]:
    return [(a.country, a.mentions) for a in parsed.article.actors if a.country]


def _zone_countries(parsed: Parsed) -> list[tuple[str, list[list[int]]]]:
    """Countries named in the title and captions: context, not mentions."""
    out = []
    for _, doc in parsed.zones:
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                hits = [p for p in gazetteer.lookup(ent.text) if p.feature == "country"]
                if hits:
                    out.append((hits[0].country, []))
    return out


@lru_cache(maxsize=1)
def _domain_countries() -> tuple[dict[str, str], frozenset[str]]:
    """ccTLD → ISO3 (alpha-2 codes through fips_countries.tsv, exceptions and generic ones from web_domains.tsv)."""
    by_iso2 = {r["iso2"].lower(): r["iso3"] for r in knowledge.records("fips_countries.tsv")}
    table = knowledge.records("web_domains.tsv")
    by_iso2.update({r["domain"]: r["iso3"] for r in table if r["kind"] == "country"})
    return by_iso2, frozenset(r["domain"] for r in table if r["kind"] == "generic")


def _outlet_country(url: str | None) -> list[tuple[str, list[list[int]]]]:
    """The country an outlet's country-code domain names (".co.uk", ".ie"): one vote of context, no mention."""
    host = (urlsplit(url).hostname or "") if url and "://" in url else ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    countries, generic = _domain_countries()
    return [(countries[tld], [])] if tld in countries and tld not in generic else []


def _score(p: Place, group: _Group, ctx: Counter, admins: set[str], peers: Counter) -> float:
    s = math.log10(p.population + 10) + FEATURE_BONUS.get(p.feature, 0.0)
    if p.kind == ALTERNATE and p.feature in ("city", "capital", "admin2"):
        # an other name, the more so when a bigger town bears it as its own: "Pittsburgh" is not
        # Pittsburg, California; "Hanover" is Hannover; "Delhi" is not Dili, a capital once spelt so
        bigger = any(c.kind == PRIMARY and _class(c) == "town" and c.population > p.population for c in group.cands)
        s -= 1.5 if p.feature in ("city", "capital") and bigger else 0.5
    if p.feature in ("admin1", "admin2") and any(  # "Latakia" is the city more often than its province
            c.feature in ("city", "capital") and c.admin1 == p.admin1 and c.country == p.country for c in group.cands):
        s -= 1.5
    if p.country and ctx.get(p.country):
        s += 1.5 + 2.0 * ctx[p.country] / sum(ctx.values())
    elif ctx and _class(p) == "town":  # a town in none of the article's countries
        s -= 1.0
    if p.admin1 and p.feature != "admin1" and key(p.admin1) in admins:
        s += 4.0 if p.feature == "admin2" else 2.0  # a county is named in the news of its own state
    if any(m.kind == _class(p) for m in group.mentions):
        s += 3.0
    if peers:  # the other items of a list it is in
        s += 2.5 * peers[_class(p)] / sum(peers.values())
    if p.feature == "admin1" and any(m.qualifies and any(c.country == p.country and c.admin1 == p.admin1
                                                         for c in m.qualifies.cands) for m in group.mentions):
        s += 4.0  # "Atlanta, Georgia": the qualifier is the region its town is in, not a namesake country
    for m in group.mentions:
        q = m.qualifier
        if q is None:
            continue
        if any(c.feature in ("admin1", "admin2") and key(c.name) == key(p.admin1 or "") and c.country == p.country
               for c in q.cands):
            s += 6.0
            break
        if any(c.feature == "country" and c.country == p.country for c in q.cands):
            s += 5.0
            break
    return s


def _gkey(m: _Mention) -> str:
    return ("d:" if m.demonym else "") + key(m.text)


def _resolve(mentions: list[_Mention], known: list[tuple[str, list[list[int]]]]) -> None:
    groups: dict[str, _Group] = defaultdict(_Group)
    for m in mentions:
        groups[_gkey(m)].mentions.append(m)
    base = Counter(c for c, _ in known)
    # an actor named by this very name ("Georgia" as a state) is no context for it
    spans = SpanIndex((s, e, i) for i, (_, found) in enumerate(known) for s, e in found)
    echo = {k: Counter(known[i][0] for i in {i for m in g.mentions for _, _, i in spans.overlapping(m.start, m.end)})
            for k, g in groups.items()}
    own: dict[str, Counter] = {}  # what each name adds to the context; it must not vote for itself
    for k, g in groups.items():  # unambiguous countries and demonyms frame the article
        if g.cands[0].feature == "country" and all(c.feature != "country" for c in g.cands[1:]):
            own[k] = Counter({g.cands[0].country: len(g.mentions)})
    admins: dict[str, str] = {}
    best: dict[str, Place] = {}
    for _ in range(3):
        peers = {k: Counter(_class(best[_gkey(x)]) for m in g.mentions for x in m.peers if _gkey(x) in best)
                 for k, g in groups.items()}
        # one name at a time, in the order the text names them, each choice context for the next (chosen all
        # at once from the last round's choices, two towns can keep trading countries: "Albany" and "West
        # Hill" each follow the other's last guess, Canada and the US in turn)
        for k, g in groups.items():  # the context without the name's own votes
            ctx = base + sum((c for o, c in own.items() if o != k), Counter())
            here, near = ctx - echo[k], {a for a, src in admins.items() if src != k}
            p = best[k] = max(g.cands, key=lambda p: _score(p, g, here, near, peers[k]))
            n = len(g.mentions)
            own[k] = Counter({p.country: n if p.feature in ("country", "admin1") else 0.5 * n}) if p.country else Counter()
            admins = {a: src for a, src in admins.items() if src != k}
            if p.feature == "admin1":
                admins[key(p.name)] = k
    for k, g in groups.items():
        quals = [m.qualifier for m in g.mentions]
        regions = [c for q in quals if q for c in q.cands if c.feature in ("country", "admin1", "admin2")]
        if all(quals) and _class(best[k]) == "town" and not any(c.country == best[k].country for c in regions):
            continue  # "Stroud, Ontario" is not the English Stroud: a town we do not know
        for m in g.mentions:
            m.place = best[k]


# --- records ------------------------------------------------------------------------------


def _records(parsed: Parsed, mentions: list[_Mention]) -> None:
    art = parsed.article
    by_pid: dict[int, Location] = {}
    lid: dict[int, str] = {}
    for m in mentions:
        p = m.place
        if p is None:
            continue
        loc = by_pid.get(p.pid)
        if loc is None:
            own_words = not m.demonym and p.feature in ("city", "capital", "admin2") and not m.text.isupper()
            name = m.text if own_words else p.name  # "Hanover" as the article spells it; "PARIS" → "Paris"
            loc = Location(id=f"l{len(art.locations) + 1}", name=name, country=p.country, admin1=p.admin1,
                           lat=p.lat, lon=p.lon, geonameid=p.geonameid, feature=p.feature)
            art.locations.append(loc)
            by_pid[p.pid] = loc
            lid[p.pid] = loc.id
        loc.mentions.append([m.start, m.end])
    by_id = {a.id: SpanIndex((s, e, None) for s, e in a.mentions) for a in art.actors}
    places = sorted((m for m in mentions if not m.demonym and m.place is not None), key=lambda m: m.start)
    starts = [m.start for m in places]  # a sentence's places by bisection, not a scan per event
    by_name = {key(m.text): m.place for m in places}
    zones = dict(parsed.zones)
    for ev in art.events:
        zone = ev.mentions[0].field if ev.sentence < 0 and ev.mentions else "text"
        if zone == "text":
            doc, local, at = parsed.body, places, starts
        elif zone in zones:  # an event read only from the title or a caption: its places there
            doc = zones[zone]
            local = [_Mention(e.start_char, e.end_char, e.text, (), e.root, place=by_name[key(e.text)])
                     for e in doc.ents if key(e.text) in by_name]
            at = [m.start for m in local]
        else:
            continue
        agents = [by_id[i] for i in {ev.source, ev.target} if i in by_id] if zone == "text" else []
        place = _event_place(doc, ev.trigger.start, ev.trigger.end, local, agents, at)
        ev.location = lid[place.pid] if place else None


def _event_place(doc: Doc, start: int, end: int, mentions: list[_Mention],
                 agents: list[SpanIndex], starts: list[int]) -> Place | None:
    """The place the event's own words put it in (or those of a verb it is conjoined with:
    "cancelled a match and closed stadiums in Hanover"), else the sentence's only place that
    is not one of the event's own actors ("France is expected to deploy")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    trigger = span.root
    sent = trigger.sent
    local = mentions[bisect.bisect_left(starts, sent.start_char) : bisect.bisect_left(starts, sent.end_char)]
    for head in (trigger, *trigger.conjuncts):
        governed = [(h, m) for m in local if (h := _governed_by(m.root, head)) is not None]
        if governed:
            return min(governed, key=lambda hm: (hm[0], abs(hm[1].start - start)))[1].place
    free = [m for m in local if not any(a.overlapping(m.start, m.end) for a in agents)]
    distinct = {m.place.pid: m.place for m in free}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _governed_by(tok: Token, trigger: Token) -> int | None:
    """Hops from a toponym up to the trigger through a locative preposition ("in", "from"),
    crossing no other clause with its own subject, or a name compounded with the trigger
    ("the Vienna talks"); None if the toponym is not its place."""
    if tok.head.i == trigger.i and tok.dep_ in ("compound", "nmod"):
        return 1
    hops, via_prep = 0, False
    while tok.i != trigger.i:
        if tok.dep_ == "prep" and tok.lower_ in LOC_PREPS:
            via_prep = True
        if tok.head.i == tok.i:
            return None
        if hops and tok.pos_ in ("VERB", "AUX") and (
                tok.dep_ not in OPEN_CLAUSES or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            return None
        tok = tok.head
        hops += 1
    return hops if via_prep else None
