"""The actor lexicon: names, adjectives, seats, sector nouns, organisations and office holders.

All knowledge lives in ``resources/actors/*.tsv`` (see each file's header); this module reads it
once per process into one Aho-Corasick automaton, so finding every lexicon phrase in an article
is a single pass over its characters. Users extend or override it with a lexicon of their own
(``eventwire actors import``): :func:`lexicon` builds ours with theirs on top, once per process for
each set of files, and a ``Pipeline`` hands it to its stages through the parsed document.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

import ahocorasick
import orjson

from . import knowledge

# Roles a surface plays: a proper name, an adjective ("French"), a capital or seat standing for the
# government, a sector noun ("police"), or a membership noun ("fighters") that takes its group's code.
NAME, ADJ, CAPITAL, SEAT, SECTOR, MEMBER = "name", "adj", "capital", "seat", "sector", "member"

SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "COP": "police", "SPY": "intelligence", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "PTY": "party", "REB": "rebels", "INS": "insurgents",
    "MED": "media", "EDU": "education sector", "BUS": "businesses", "CVL": "civilians", "LAB": "labour",
    "AGR": "farmers", "REF": "refugees", "REL": "religious groups", "HLH": "health sector", "NGO": "aid groups",
    "CRM": "criminals", "UAF": "armed men", "ELI": "elite", "IGO": "organisation", "HRI": "rights groups", "ENV": "environmental groups",
}


@dataclass
class Spell:
    """A term of office (or any dated code): from ``start`` to ``end`` inclusive, None = open."""

    code: str
    country: str | None
    sectors: list[str]
    start: date | None = None
    end: date | None = None
    role: str = ""  # "Prime Minister, then President"

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def titles(self) -> list[str]:
        """The role as lower-case titles: "Prime Minister, then President" → ["prime minister", "president"]."""
        parts = self.role.lower().replace(", then ", "|").replace(" and ", "|").replace(", ", "|").split("|")
        return [p.strip() for p in parts if p.strip()]


@dataclass
class Entry:
    """One actor the lexicon knows: a country, region, organisation, group, person or sector noun."""

    key: str
    name: str
    kind: str  # person | organization | group | country | region | province | agent
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    adjective: str | None = None
    gender: str | None = None
    spells: list[Spell] = field(default_factory=list)
    died: date | None = None  # a person's death that ended their last term: they keep its code after it

    def titles(self, day: date | None) -> list[str]:
        """Titles held on ``day`` (without a date: in the latest term)."""
        if day is None:
            return max(self.spells, key=lambda s: s.start or date.min).titles() if self.spells else []
        return [t for s in self.spells if s.covers(day) for t in s.titles()]

    def coded(self, day: date | None) -> tuple[str | None, str | None, list[str]]:
        """(code, country, sectors) on ``day``: the term in force; after the last term a former
        office holder (country + ELI), or still the group's for a non-state actor (rebels,
        insurgents, militant groups), or still the last office's for someone who died in it (news
        of a killed commander codes him by his command); before the first, the country alone.
        Without a date, the most recent term."""
        if not self.spells:
            return self.code, self.country, list(self.sectors)
        if day is None:
            s = max(self.spells, key=lambda s: s.start or date.min)
            return s.code, s.country, list(s.sectors)
        for s in self.spells:
            if s.covers(day):
                return s.code, s.country, list(s.sectors)
        past = [s for s in self.spells if s.end and s.end < day]
        country = (past or self.spells)[-1].country
        if past and (set(past[-1].sectors) & NON_STATE or (self.died and past[-1].end == self.died)):
            last = past[-1]  # a militant leader stays his group's: Osama bin Laden after 2011 is al-Qaeda, no elite
            return last.code, last.country, list(last.sectors)
        if past:
            return (f"{country}ELI" if country else "ELI"), country, ["ELI"]
        return country, country, []


NON_STATE = {"REB", "INS", "UAF", "CRM"}  # sectors a person keeps after their term: no former elite
OPPOSING = frozenset({"OPP", "REB", "INS", "SEP", "UAF"})  # sectors that stand against a state: no side of its own


@dataclass
class Lexicon:
    """Surfaces → (entry, role), searched with one automaton over case- and accent-folded text."""

    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[str, list[tuple[str, Entry, str]]] = field(default_factory=dict)  # folded → (surface, entry, role)
    _automaton: ahocorasick.Automaton | None = None

    def add(self, surface: str, entry: Entry, role: str) -> None:
        surface = " ".join(surface.replace("_", " ").split())
        if len(surface) < 2:
            return
        if role == NAME and surface.isalpha() and surface.isupper() and len(surface) <= 5 and "." not in surface:
            self._add(".".join(surface) + ".", entry, role)  # "FBI" is also "F.B.I."
        self._add(surface, entry, role)

    def _add(self, surface: str, entry: Entry, role: str) -> None:
        self.entries.setdefault(entry.key, entry)
        found = self.surfaces.setdefault(fold(surface), [])
        if not any(e.key == entry.key and r == role for _, e, r in found):
            found.append((surface, entry, role))
        self._automaton = None

    def override(self, surface: str, entry: Entry, role: str) -> None:
        """A user's entry replaces ours for the same surface (first user entry wins over ours)."""
        key = fold(" ".join(surface.replace("_", " ").split()))
        if any(not e.key.startswith("user:") for _, e, _ in self.surfaces.get(key, [])):
            del self.surfaces[key]
        self.add(surface, entry, role)

    @property
    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            a = ahocorasick.Automaton()
            for key in self.surfaces:
                a.add_word(key, key)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def find(self, text: str) -> Iterator[tuple[int, int, str, Entry, str]]:
        """Every lexicon phrase in ``text`` on word boundaries: (start, end, surface, entry, role),
        possibly overlapping; callers keep the longest."""
        if not self.surfaces:
            return
        folded = fold(text)
        n = len(text)
        for last, key in self.automaton.iter(folded):
            end = last + 1
            start = end - len(key)
            if (start > 0 and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            got = text[start:end]
            for surface, entry, role in self.surfaces[key]:
                if case_fits(surface, got, role):
                    yield start, end, surface, entry, role


def case_fits(surface: str, got: str, role: str) -> bool:
    """Sector nouns match in any case; acronyms ("US", "IS", "UN") only in capitals; other names
    only when capitalised like a name, so "us" and "is" never match."""
    if role in (SECTOR, MEMBER):
        return True
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return got == surface or fold(got) == fold(surface) and got.upper() == got and got != got.lower()
    if " " not in surface and len(letters) <= 5 and any(c.isupper() for c in letters[1:]):
        # a short acronym in mixed case ("LeT"): written so or in capitals, never a word ("Let's")
        return got == surface or got.upper() == got and got != got.lower()
    first = next((c for c in surface if c.isalpha()), "")
    g = next((c for c in got if c.isalpha()), "")
    return not first.isupper() or g.isupper()


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0x80, 0x250):
        ch = chr(cp)
        low = ch.lower()
        if len(low) != 1:
            continue
        base = unicodedata.normalize("NFKD", low)[0]
        table[cp] = base if base.isascii() and base.isalpha() else low
    table.update({0x130: "i", 0x2019: "'", 0x2018: "'", 0x2010: "-", 0x2011: "-"})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    out = text.translate(_FOLD).lower()
    if len(out) == len(text):
        return out
    return "".join(low if len(low := c.lower()) == 1 else c for c in text.translate(_FOLD))


# --- reading the resource files ---------------------------------------------------------------


def _split(value: str, sep: str = "|") -> list[str]:
    return [v.strip() for v in (value or "").split(sep) if v.strip()]


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def build() -> Lexicon:
    """Our lexicon, from the files under resources/actors."""
    lex = Lexicon()
    for r in knowledge.records("actors/countries.tsv"):
        iso, adjs = r["iso3"], _split(r["adjectives"])
        country = Entry(f"country:{iso}", r["name"], "country", iso, iso, [], adjs[0] if adjs else None)
        gov = Entry(f"agent:{iso}GOV", f"{adjs[0] if adjs else r['name']} government", "agent", f"{iso}GOV", iso, ["GOV"])
        for s in _split(r["names"]):
            lex.add(s, country, NAME)
        for s in adjs:
            lex.add(s, country, ADJ)
            if s.endswith(("an", "i")):  # "Russians", "Israelis": the people, named like the country
                lex.add(s + "s", country, NAME)
        for s in _split(r["capitals"]):
            lex.add(s, gov, CAPITAL)
        for s in _split(r["seats"]):
            lex.add(s, gov, SEAT)
    for r in knowledge.records("actors/demonyms.tsv"):
        # the people of a country ("Swedes", read like the country as "Russians" above; actors.py
        # codes them its civilians) or of a state or city ("Texans", "Londoners": civilians of
        # its country, never its government)
        iso = r["iso3"]
        if r["kind"] == "country":
            country = lex.entries.get(f"country:{iso}")
            if country is not None:
                lex.add(r["noun"], country, NAME)
        else:
            lex.add(r["noun"], Entry(f"people:{iso}:{r['noun']}", r["noun"], "group", f"{iso}CVL", iso, ["CVL"]), NAME)
    for r in knowledge.records("actors/regions.tsv"):
        surfaces = _split(r["surfaces"])
        region = Entry(f"region:{r['code']}", r["name"], "region", r["code"], None, [], surfaces[min(1, len(surfaces) - 1)])
        for s in _split(r["surfaces"]):
            lex.add(s, region, NAME)
    for r in knowledge.records("actors/peoples.tsv"):
        # a people that is no state (peoples.tsv): its adjective qualifies a sector noun ("Tigrayan forces",
        # actors.py), its plural names its people, civilians of its country (of the article's when several)
        isos = _split(r["countries"])
        one = isos[0] if len(isos) == 1 else None
        people = Entry(f"people:{r['adjective']}", r["adjective"], "people", f"{one or ''}CVL", one, ["CVL"],
                       r["adjective"])
        if fold(r["adjective"]) not in lex.surfaces:
            lex.add(r["adjective"], people, ADJ)
        for s in _split(r["plurals"]):
            if all(e is people for _, e, _ in lex.surfaces.get(fold(s), [])):  # "the Rohingya": adjective and plural
                lex.add(s, Entry(f"people:{s}", s, "group", f"{one or ''}CVL", one, ["CVL"], r["adjective"]), NAME)
    for r in knowledge.records("us_states.tsv"):
        # a state acting ("Texas sued", "the state of Montana") is its government, coded as the
        # country's (CAMEO has no sub-national actor codes); as a modifier it gives the country
        # ("Texas police" → USACOP). A name the lexicon already has (Georgia, Washington) stays.
        if fold(r["name"]) not in lex.surfaces:
            lex.add(r["name"], Entry(f"province:US-{r['code']}", r["name"], "province", "USA", "USA", ["GOV"], r["name"]), NAME)
    for r in knowledge.records("actors/provinces.tsv"):
        # another country's province, state or region: acting, its government; before a sector
        # noun, the country ("Kerala police" → INDCOP), as for a US state above
        if fold(r["name"]) not in lex.surfaces:
            lex.add(r["name"], Entry(f"province:{r['iso3']}-{r['name']}", r["name"], "province", r["iso3"], r["iso3"],
                                     ["GOV"], r["name"]), NAME)
    for r in knowledge.records("actors/sectors.tsv"):
        sectors = _split(r["sectors"], ",")
        agent = Entry(f"sector:{r['term']}", r["term"], "agent", sectors[0] if sectors else None, None, sectors)
        lex.add(r["term"], agent, SECTOR if sectors else MEMBER)
    for r in knowledge.records("actors/organizations.tsv"):
        org = Entry(f"org:{r['name']}", r["name"], r["kind"], r["code"], r["country"] or None, _split(r["sectors"], ","))
        for s in [r["name"], *_split(r["aliases"])]:
            lex.add(s, org, NAME)
    _add_people(lex, knowledge.records("actors/people.tsv"))
    return lex


def _add_people(lex: Lexicon, rows: Iterator[dict[str, str]]) -> None:
    people: dict[str, Entry] = {}
    for r in rows:
        p = people.get(r["name"])
        if p is None:
            p = people[r["name"]] = Entry(f"person:{r['name']}", r["name"], "person", gender=r.get("gender") or None)
            aliases = _split(r.get("aliases", ""))
            if not aliases:
                aliases = [r["name"].split()[-1]]
            for s in [r["name"], *(a for a in aliases if a != "-")]:
                lex.add(s, p, NAME)
        p.spells.append(
            Spell(r["code"], r["country"] or None, _split(r["sectors"], ","), _day(r["start"]), _day(r["end"]),
                  r.get("role", ""))
        )
        p.code, p.country, p.sectors = p.spells[0].code, p.spells[0].country, p.spells[0].sectors
        if r.get("died"):
            p.died = _day(r["died"])


# --- user lexicons ------------------------------------------------------------------------------


def read_user(path: str | Path) -> list[tuple[str, Entry, list[str]]]:
    """A user lexicon (JSON Lines written by ``eventwire actors import``): each line
    ``{"name", "kind", "code", "country", "sectors", "aliases", "spells": [{"code", "start", "end"}], "role"}``."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = orjson.loads(line)
        spells = [
            Spell(s["code"], s.get("country"), s.get("sectors") or [], _day(s.get("start") or ""), _day(s.get("end") or ""))
            for s in d.get("spells") or []
        ]
        e = Entry(
            f"user:{d['name']}", d["name"], d.get("kind") or "organization", d.get("code"), d.get("country"),
            d.get("sectors") or [], gender=d.get("gender"), spells=spells,
        )
        out.append((d.get("role") or NAME, e, [d["name"], *(d.get("aliases") or [])]))
    return out


def extend(lex: Lexicon, path: str | Path) -> Lexicon:
    """``lex`` with a user's lexicon on top: a user's surface replaces ours."""
    for role, entry, surfaces in read_user(path):
        for s in surfaces:
            lex.override(s, entry, role)
    return lex


@lru_cache(maxsize=1)
def people_plurals() -> frozenset[str]:
    """Folded plural nouns for the people of a country ("Russians", "Israelis", "Swedes"): the
    lexicon reads them as the country's name, and actors.py codes them as its civilians."""
    out = {fold(s + "s") for r in knowledge.records("actors/countries.tsv") for s in _split(r["adjectives"])
           if s.endswith(("an", "i"))}
    out.update(fold(r["noun"]) for r in knowledge.records("actors/demonyms.tsv") if r["kind"] == "country")
    return frozenset(out)


@lru_cache(maxsize=1)
def peoples_countries() -> dict[str, list[str]]:
    """Folded adjective and plurals of each people that is no state -> the countries it lives in, its home
    first (resources/actors/peoples.tsv)."""
    out: dict[str, list[str]] = {}
    for r in knowledge.records("actors/peoples.tsv"):
        for s in [r["adjective"], *_split(r["plurals"])]:
            out[fold(s)] = _split(r["countries"])
    return out


@lru_cache(maxsize=1)
def country_adjectives() -> frozenset[str]:
    """Every country's adjectives, folded ("iranian", "american"): a country named as a quality, not a place."""
    return frozenset(fold(s) for r in knowledge.records("actors/countries.tsv") for s in _split(r["adjectives"]))


@lru_cache(maxsize=1)
def pronoun_classes() -> dict[str, str]:
    """Group pronouns ("it", "their") → group_sg / group_pl, and expletive_verb lemmas
    (resources/actors/pronouns.tsv)."""
    return {r["word"]: r["class"] for r in knowledge.records("actors/pronouns.tsv") if r["class"] != "head"}


@lru_cache(maxsize=1)
def head_nouns() -> frozenset[str]:
    """Nouns for who leads or speaks for a group: after "its" or "their", that group (pronouns.tsv, head;
    a word may also have a class of its own there: "their leaders", "the two leaders")."""
    return frozenset(r["word"] for r in knowledge.records("actors/pronouns.tsv") if r["class"] == "head")


def names_people(tok) -> bool:
    """Does the noun ``tok`` name people (a sector, membership or person noun of sectors.tsv, a
    pronoun class of pronouns.tsv: "aides", "family", "supporters") rather than a thing someone has?"""
    return bool({tok.lower_, tok.lemma_.lower()} & (_sector_terms() | pronoun_classes().keys())) or tok.ent_type_ in ("PERSON", "NORP")


def part_of(word: str) -> bool:
    """A noun that names someone only by the group in its "from"/"of" phrase (pronouns.tsv)."""
    return pronoun_classes().get(word) == "part_of"


@lru_cache(maxsize=1)
def _sector_terms() -> frozenset[str]:
    return frozenset(r["term"] for r in knowledge.records("actors/sectors.tsv"))


def is_sector_term(words: str) -> bool:
    """Is this phrase one of the sector nouns of resources/actors/sectors.tsv ("foreign ministry")?"""
    return " ".join(words.lower().split()) in _sector_terms()


@lru_cache(maxsize=1)
def generic_terms() -> frozenset[str]:
    """Sector nouns that take the sector of a sector noun right before them ("police officials")."""
    return frozenset(r["term"] for r in knowledge.records("actors/sectors.tsv") if r.get("generic") == "1")


@lru_cache(maxsize=1)
def person_terms() -> dict[str, str]:
    """Singular sector nouns for one human being → "m", "f" or "x" (either): what "he" or "she"
    may stand for when no named person fits ("the man", "the suspect"; sectors.tsv, person)."""
    return {r["term"]: r["person"] for r in knowledge.records("actors/sectors.tsv") if r.get("person")}


@lru_cache(maxsize=1)
def name_parts() -> dict[str, frozenset[str]]:
    """Surname particles ("bin", "van") and generational suffixes ("Jr.", "III") by kind
    (resources/actors/name_parts.tsv)."""
    kinds: dict[str, set[str]] = {}
    for r in knowledge.records("actors/name_parts.tsv"):
        kinds.setdefault(r["kind"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


def person_words(name: str) -> list[str]:
    """The words of a personal name without a generational suffix: "Paul Block Jr." ends in "Block"."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,").lower() in name_parts()["suffix"]:
        words.pop()
    if len(words) < len(name.split()):
        words[-1] = words[-1].rstrip(",")
    return words


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given names → "m" or "f", the gender they usually name (resources/actors/given_names.tsv): the
    pronoun resolver's guess for a person no lexicon knows ("Kellie Hill ... she")."""
    return {r["name"]: r["gender"] for r in knowledge.records("actors/given_names.tsv")}


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns for decisions and plans (resources/actors/acts.tsv): "the US decision to deploy"."""
    return frozenset(r["noun"] for r in knowledge.records("actors/acts.tsv"))


def is_act_noun(noun: str) -> bool:
    return noun in act_nouns()


@lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    """Platforms and media something is said "on" (resources/actors/platforms.tsv): "on Twitter"."""
    return frozenset(r["word"].lower() for r in knowledge.records("actors/platforms.tsv"))


@lru_cache(maxsize=1)
def stances() -> dict[str, frozenset[str]]:
    """Sector nouns that also name a stance ("voiced opposition to the bill"), with the verbs of
    expressing it (resources/actors/stances.tsv)."""
    return {r["noun"]: frozenset(r["verbs"].split(",")) for r in knowledge.records("actors/stances.tsv")}


@lru_cache(maxsize=1)
def held_participles() -> frozenset[str]:
    """Participles of "rebel-held towns", "Russian-occupied Donetsk" (resources/actors/held.tsv)."""
    return frozenset(r["word"] for r in knowledge.records("actors/held.tsv"))


@lru_cache(maxsize=1)
def holder_preps() -> dict[str, str]:
    """Those participles → the preposition naming the holder after them: "by" ("manned by Afghan soldiers"),
    "to" ("belonging to Saudi Aramco") (resources/actors/held.tsv)."""
    return {r["word"]: r.get("by") or "by" for r in knowledge.records("actors/held.tsv")}


@lru_cache(maxsize=1)
def led_participles() -> frozenset[str]:
    """Participles of "the Saudi-led coalition", "a Russian-backed offensive" (resources/actors/led.tsv)."""
    return frozenset(r["lemma"] for r in knowledge.records("actors/led.tsv"))


@lru_cache(maxsize=1)
def holdings() -> frozenset[str]:
    """Nouns for what an actor holds, occupies or owns (resources/actors/holdings.tsv): acted on,
    they stand for their holder ("shelled rebel positions", "revoked the licence of X")."""
    return frozenset(r["noun"] for r in knowledge.records("actors/holdings.tsv"))


@lru_cache(maxsize=None)
def holding_sectors() -> dict[str, str]:
    """Holding nouns → the sector of the state holding them ("American bases": its military; holdings.tsv)."""
    return {r["noun"]: r["sector"] for r in knowledge.records("actors/holdings.tsv") if r.get("sector")}


def held(tok) -> bool:
    """Does the noun ``tok`` name a holding, by its lemma or its form (the tagger lemmatises "bases" as "basis")?"""
    return tok.lemma_.lower() in holdings() or tok.lower_ in holdings()


@lru_cache(maxsize=1)
def polity_nouns() -> dict[str, tuple[list[str], bool]]:
    """noun → (sectors, also as an object) (resources/actors/polities.tsv)."""
    return {r["noun"]: (_split(r["sectors"], ","), r.get("objects") == "1")
            for r in knowledge.records("actors/polities.tsv")}


@lru_cache(maxsize=1)
def site_nouns() -> dict[str, str]:
    """site noun (or "compound noun") → sector of the people there (resources/actors/sites.tsv)."""
    return {r["noun"]: r["sector"] for r in knowledge.records("actors/sites.tsv")}


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    """The head nouns of :func:`site_nouns` ("camp" of "refugee camp"): the words a site is found by."""
    return frozenset(k.split()[-1] for k in site_nouns())


@lru_cache(maxsize=1)
def not_actors() -> dict[str, str]:
    """Last words of names that are places, events or things, not actors → "person" (not a
    person's name, may be an institution's) or "any" (resources/actors/not_actors.tsv)."""
    return {r["word"].lower(): r["applies"] for r in knowledge.records("actors/not_actors.tsv")}


def lexicon(user: Sequence[str | Path] = ()) -> Lexicon:
    """Ours with the user lexicons ``user`` (``eventwire actors import``) on top, in order.

    Built once per process for each distinct set of files (≈10 ms for ours alone; a large user
    lexicon takes longer) and shared by every pipeline that names the same files: a worker that
    runs many batches builds it once. A file edited since is read again. Nothing global is set,
    so pipelines with different lexicons live side by side."""
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in (Path(u).resolve() for u in user))
    return _cached(key)


@lru_cache(maxsize=8)
def _cached(key: tuple[tuple[str, int, int], ...]) -> Lexicon:
    lex = build()
    for path, _, _ in key:
        extend(lex, path)
    return lex
