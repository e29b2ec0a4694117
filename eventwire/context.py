"""Codes from context: what an article's words imply about its actors without saying it next to them.

Runs after places are resolved, so it knows where each event happened and which country the
article is about. These rules, each flagged so users can keep or drop what it adds:

- a sector actor owned by a person or group of known country takes theirs ("Bolsonaro's
  government", "Putin's army"; ``Actor.country_inferred``);
- a sector actor "in"/"from" a place the geocoder resolved takes the place's country ("police in
  Maidstone"; the text says it, so not flagged), and a bare sector noun the article used before
  with one country only is that country's ("US troops ... remove the troops"; flagged);
- a bare sector actor ("police said", "the court", "protesters") takes the country of the
  article when the article is about one country (``Actor.country_inferred``); so does a person
  no words give a role or country, coded a civilian of that country as ICEWS codes unaffiliated
  individuals (``Actor.sector_inferred``);
- people a state or its organs coerce, named by a bare sector noun and given no country by the
  above ("Iran has banned female chess players"), are that state's own (flagged);
- an arrest, detention, curfew, ban, expulsion or charge that no words give an agent is done by
  the police, government or judiciary of the country where it happened (or of the article's
  country): the event gets that actor as source with ``source_implied`` (resources/actors/context.tsv);
- a visit with no target ("arrived in Nairobi on a two-day visit") targets the country visited:
  its government when the visitor is an official, the country otherwise.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from . import gazetteer, knowledge
from . import actor_lexicon
from .actor_lexicon import SECTOR_LABELS
from .model import Actor, Article, Event, Location
from .nlp import Parsed
from .events import cues as event_cues
from .syntax import ActorIndex, prep_target, verb_subject, verb_target

OFFICIAL = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "IGO"}
DOMESTIC = {"COP", "JUD"}  # organs that act at home: police in a place are that place's
PRONOUNS = {"it", "its", "they", "their", "them", "itself", "themselves"}  # mentions that name no one by a name
COMPANY = {"BUS", "MED"}  # a company or news outlet named by its name works across borders: it says
# little of where the story is ("Facebook" in a story about an Austrian court, "The New York Times" quoted)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, float], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    text = knowledge.text("actors/context.tsv")
    implied: dict[str, str] = {}
    params: dict[str, float] = {}
    abroad: set[str] = set()
    diplomat: set[str] = set()
    shared: set[str] = set()
    expatriate: set[str] = set()
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, key, value = (c.strip() for c in line.split("\t")[:3])
        if kind == "implied":
            implied[key] = value
        elif kind == "param":
            params[key] = float(value)
        elif kind == "abroad":
            abroad.add(key)
        elif kind == "diplomat":
            diplomat.add(key)
        elif kind == "shared":
            shared.add(key)
        elif kind == "expatriate":
            expatriate.add(key)
    return implied, params, frozenset(abroad), frozenset(diplomat), frozenset(shared), frozenset(expatriate)


def param(name: str) -> float:
    """A number of context.tsv (kind=param)."""
    return _table()[1][name]


def serves_abroad(word: str) -> bool:
    """Is ``word`` one for who serves abroad ("ambassador", "embassy": context.tsv, kind=diplomat)?"""
    return word.lower() in _table()[3]


def _abroad(actor: Actor, text: str, kind: str = "abroad") -> bool:
    """Words that put an actor outside the article's country: "foreign forces", "the embassy",
    "world leaders" (resources/actors/context.tsv, kind=abroad)."""
    words: set[str] = set()
    for s, e in actor.mentions:
        before = text[max(0, s - 30):s]
        cut = max(before.rfind(c) for c in ".!?\n,;:")  # only words of the mention's own phrase
        words.update(w.lower().strip(".,'’") for w in before[cut + 1:].split()[-2:])
        own = [w.lower().strip(".,'’") for w in text[s:e].split()]
        if len(own) > 1 and actor_lexicon.is_sector_term(text[s:e]):  # "the foreign ministry" is the country's own
            own = own[1:]
        words.update(own)
    return bool(words & (_table()[2] if kind == "abroad" else _table()[3]))


def article_country(art: Article) -> str | None:
    """The one country an article is about: the country of most of its place and actor mentions
    (companies and news outlets named by name do not count; at least a share and a number of
    them, resources/actors/context.tsv; or the one country named at all, named only as a place, once
    is enough), unless the title names another that holds a fair share
    while the majority is slim ("Arrests made in theft of gold toilet in England" with an artwork
    called "America" named more often); with no majority, the one the title names first if it
    holds a smaller share; else None."""
    params = _table()[1]
    votes = _country_votes(art)
    if not votes:
        return None
    country, n = votes.most_common(1)[0]
    total = sum(votes.values())
    least = params.get("article_country_min_mentions", 2)
    lead = _title_country(art, votes)
    titled = lead is not None and votes[lead] >= least and votes[lead] / total >= params.get("article_country_title_share", 0.3)
    if n >= least and n / total >= params.get("article_country_share", 0.5):
        if titled and lead != country and n / total < params.get("article_country_title_overrules_below", 0.0):
            return lead
        return country
    adjectives = actor_lexicon.country_adjectives()
    named = sum(1 for loc in art.locations if loc.country == country for s, e in loc.mentions
                if actor_lexicon.fold(art.text[s:e]) not in adjectives)  # by a name: "Kisumu", "U.S.", not "Iranian"
    if n == total and n == named and n >= params.get("article_country_min_place_mentions", least):
        return country  # a local story that names its one town once ("arrested in Bloomington"), no other country
    # no majority: the country the title names first, when the text names it often enough
    # ("Iraqi Parliament votes for expulsion of United States troops" is about Iraq)
    return lead if titled else None


def _shared_only(a: Actor, text: str) -> bool:
    """Is an organisation named only by a name many states give their own body ("Congress", "the National
    Congress": context.tsv, kind=shared)? Such a name says nothing of the country."""
    names = {" ".join(text[s:e].lower().split()).removeprefix("the ") for s, e in a.mentions} - PRONOUNS
    return a.kind == "organization" and bool(names) and names <= _table()[4]


def _shared_names(art: Article, home: str | None) -> None:
    """"Thousands gathered outside the National Congress" in a story about Argentina: a body named only by a
    shared name, which the lexicon gives another country, is the one of the country the article is about."""
    for a in art.actors:
        if home and a.country and a.country != home and a.sectors and _shared_only(a, art.text):
            a.name = art.text[slice(*a.mentions[0])].removeprefix("the ").removeprefix("The ")
            a.country, a.code, a.aliases = home, f"{home}{a.sectors[0]}", []


def _country_votes(art: Article) -> Counter[str]:
    """The article's place and actor mentions by country (companies and outlets named by name
    left out, and missions abroad: "protesters outside the Israeli embassy in London" are in
    Britain; nor nationals abroad: "charged two Chinese nationals" in an American court), the vote
    ``article_country`` reads."""
    words = _table()[3] | _table()[5]
    missions = [(s, e) for a in art.actors for s, e in a.mentions
                if {w.lower().strip(".,'’") for w in art.text[s:e].split()} & words]

    def abroad(s: int, e: int) -> bool:
        return any(ms <= s and e <= me for ms, me in missions)

    votes: Counter[str] = Counter()
    for loc in art.locations:
        if loc.country:
            votes[loc.country] += sum(not abroad(s, e) for s, e in loc.mentions) if loc.mentions else 1
    for a in art.actors:
        if a.country and not a.country_inferred and not a.implied and not (a.kind == "organization" and set(a.sectors) & COMPANY) \
                and not _shared_only(a, art.text):
            votes[a.country] += sum(not abroad(s, e) for s, e in a.mentions) if a.mentions else 1
    return +votes


def _title_country(art: Article, votes: Counter[str] | None = None) -> str | None:
    """The country the title names first: an actor of known country in the title, or a place the
    body names whose words are in the title ("... in England"); of several, the one the body
    names most ("Policeman kills Russian ambassador to Turkey" in a story set in Ankara)."""
    found = [(r.start, a.country) for a in art.actors if a.country and not a.country_inferred and not a.implied
             for r in a.other_mentions if r.field == "title"]
    title = art.title or ""
    if title:
        for loc in art.locations:
            if not loc.country:
                continue
            for s, e in loc.mentions[:3]:
                words = art.text[s:e]
                at = title.find(words) if words[:1].isupper() else -1
                if at >= 0 and (at == 0 or not title[at - 1].isalnum()) and (
                        at + len(words) == len(title) or not title[at + len(words)].isalnum()):
                    found.append((at, loc.country))
                    break
    if not found:
        return None
    first = min(found)[1]
    if votes:
        named = {c for _, c in found}
        best = max(named, key=lambda c: votes[c])
        if votes[best] > votes[first]:
            return best
    return first


def _implied_sector(ev: Event, lemma: str) -> str | None:
    implied = _table()[0]
    for n in range(len(ev.cameo), 1, -1):
        for key in (f"{ev.cameo[:n]}/{lemma}", ev.cameo[:n]):
            if key in implied:
                return implied[key]
    return None


def _lemma(parsed: Parsed, ev: Event) -> str:
    if ev.sentence < 0:
        return ev.trigger.text.lower()
    span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else ev.trigger.text.lower()


def _doer_named(parsed: Parsed, ev: Event) -> bool:
    """Does the trigger's own clause name its doer by a common noun, one no actor stands for ("Settlers torched
    Palestinian homes")? Then no police or government of the place is implied as its source."""
    if ev.sentence < 0:
        return False
    span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ != "VERB":
        return False
    if "suffer" in event_cues().get(span.root.lemma_.lower(), ()):
        return False  # "the governor faces charges": its subject undergoes the act
    return any(t.pos_ == "NOUN" for t in verb_subject(span.root))  # (a name may be a place's, not the doer's)


def _nearest(loc: Location, at: int) -> list[int] | None:
    return min(loc.mentions, key=lambda m: abs(m[0] - at)) if loc.mentions else None


class _Cast:
    """The article's actors, and new ones added by code (implied agents, visited countries)."""

    def __init__(self, art: Article, lexicon: actor_lexicon.Lexicon):
        self.art = art
        self.lexicon = lexicon
        # (a person is no implied agent: "the driver was arrested" names no FBI director, whatever his code)
        self.by_code = {a.code: a for a in art.actors if a.code and a.kind != "person"}
        self.stand_ins: dict[str, Actor] = {}  # an implied agent of a code whose named actor was harmed

    def agent(self, country: str, sector: str, implied: bool, mention: list[int] | None = None,
              harmed: frozenset[str] = frozenset(), clause: tuple[int, int] | None = None) -> Actor:
        """The article's actor of that code, or a new one; not one of ``harmed`` (those the sentence's acts
        were done to: "was convicted of murdering a judge" was not convicted by that judge); of several, the one
        the act's own clause names ("were arraigned in Boston's U.S. District Court": that court, not the
        Justice Department named elsewhere)."""
        code = f"{country}{sector}"
        found = next((a for a in self.art.actors if clause and a.code == code and a.kind != "person" and a.id not in harmed
                      and any(clause[0] <= s < clause[1] for s, _ in a.mentions)), None) or self.by_code.get(code)
        if found is not None and found.id in harmed:
            found = self.stand_ins.get(code)
            if found is not None:
                return found
        elif found is not None:
            if mention and mention not in found.mentions:
                found.mentions.append(mention)
                found.mentions.sort()
            return found
        entry = self.lexicon.entries.get(f"country:{country}")
        adjective = entry.adjective or entry.name if entry is not None else country
        actor = Actor(f"a{len(self.art.actors) + 1}", f"{adjective} {SECTOR_LABELS.get(sector, sector.lower())}",
                      code=code, country=country, sectors=[sector], kind="group", implied=implied,
                      mentions=[mention] if mention else [])
        self.art.actors.append(actor)
        if code in self.by_code:
            self.stand_ins[code] = actor
        else:
            self.by_code[code] = actor
        return actor

    def country(self, loc: Location) -> Actor:
        found = next((a for a in self.art.actors if a.kind == "country" and a.country == loc.country), None)
        if found is not None:
            return found
        entry = self.lexicon.entries.get(f"country:{loc.country}")
        actor = Actor(f"a{len(self.art.actors) + 1}", entry.name if entry is not None else loc.country,
                      code=loc.country, country=loc.country, kind="country", mentions=[list(m) for m in loc.mentions])
        self.art.actors.append(actor)
        return actor


WITHDRAWN = ("087", "0356")  # CAMEO de-escalation (done or promised): troops withdrawn, demobilised, a blockade eased
RELEASE = "084"  # CAMEO: return, release (persons, property)
OBJECTIONS = {"ACCUSE", "PROTEST"}  # criticising, complaining, protesting
SUMMONED = "114"  # CAMEO: complain officially (an envoy summoned)
DIPLOMATIC_CUTS = ("161", "166")  # CAMEO: reduce or break diplomatic relations, expel


def annotate(parsed: Parsed) -> None:
    """Infer countries of bare sector actors, implied agents of acts, and targets of visits."""
    art = parsed.article
    _owners_country(parsed)
    home = article_country(art)
    _shared_names(art, home)
    _placed(parsed)  # after the vote: the place's own mention has counted already
    _named_before(art)
    local = _local_countries(parsed, home)
    towns = _towns_forces(art, home)
    envoys = _envoys_country(art)
    within = _named_within(art)
    fellows = _fellow_casualties(parsed)
    for a in art.actors:
        there = fellows.get(a.id) or within.get(a.id) or towns.get(a.id) or local.get(a.id) or home
        if envoys and a.country is None and a.sectors and _abroad(a, art.text, "diplomat"):
            there = envoys  # "Russia's ambassador to Turkey ... Ambassador Andrei Karlov": Russia's
        if there and a.kind == "person" and a.code is None and not a.sectors and a.country is None:
            a.sectors, a.sector_inferred = ["CVL"], True  # a person with no role named: a civilian
        if there and a.country is None and a.sectors and (lives := _people_lives(a)) and there not in lives:
            there = lives[0]  # "Baloch militants attacked a Chinese convoy": Pakistan's, where the Baloch live
        if there and a.country is None and a.sectors and (a.code is None or a.code in a.sectors) and not _abroad(a, art.text) \
                and a.sectors[0] != "IGO" and not (a.kind == "organization" and a.code in ("NGO", "IMG")):
            # an intergovernmental body ("the international community") or a named international one (FIFA) is no country's
            a.country, a.country_inferred, a.code = there, True, f"{there}{a.sectors[0]}"
    _held_by_releaser(parsed)
    _no_envoy_of_its_own(art)
    _coerced_at_home(art)
    cast = _Cast(art, parsed.lexicon)
    places = {loc.id: loc for loc in art.locations}
    actors = {a.id: a for a in art.actors}
    # the countries an act's targets belong to, over the events one trigger gives ("Polish and Czech diplomats")
    sanctioned: dict[tuple[int, int], set[str]] = {}
    for ev in art.events:
        target = actors.get(ev.target) if ev.target else None
        if target is not None and target.country:
            sanctioned.setdefault((ev.sentence, ev.trigger.start), set()).add(target.country)
    # the countries whose state protests or criticises in a sentence ("Beijing voiced anger over the arrest of its
    # citizens"): an act it objects to is no act of its own organs
    objecting: dict[int, set[str]] = {}
    for ev in art.events:
        judge = actors.get(ev.source) if ev.source else None
        if ev.plover.type in OBJECTIONS and judge is not None and judge.country and (
                judge.kind == "country" or "GOV" in (judge.sectors or [])):
            objecting.setdefault(ev.sentence, set()).add(judge.country)
    for ev in art.events:
        where = places.get(ev.location) if ev.location else None
        country = where.country if where is not None and where.country else home
        if where is not None and _destination(parsed, ev, where):
            # "were extradited to the United States": sent there by some other country, which the text does not name
            country = None
        target = actors.get(ev.target) if ev.target else None
        if ev.source is None and country and not (
                ev.plover.type == "SANCTION" and country in sanctioned.get((ev.sentence, ev.trigger.start), ())) \
                and country not in objecting.get(ev.sentence, ()):
            # (a state does not sanction or expel its own: "sanctions against Iran" are someone else's; nor one
            # of those sanctioned with them: "Polish and Czech diplomats were expelled" names no Polish expeller)
            sector = _implied_sector(ev, _lemma(parsed, ev))
            if sector and not (target is not None and target.code == f"{country}{sector}") and not _doer_named(parsed, ev):
                # (not the target's own kind: "no US president has been removed" names no US government agent)
                harmed = frozenset(e.target for e in art.events if e.sentence == ev.sentence and e.target and e is not ev)
                ev.source, ev.source_implied = cast.agent(country, sector, implied=True, harmed=harmed,
                                                          clause=_clause_span(parsed, ev)).id, True
        if ev.target is None and ev.cameo.startswith(WITHDRAWN) and where is not None and where.country and ev.source \
                and _in_clause(parsed, ev, where):
            # "Russia withdrew its troops from Syria": a military retreat leaves the country of its place (not where
            # someone said it should: '"Russia must withdraw," Blinken told reporters in Brussels')
            leaver = actors.get(ev.source)
            if leaver is not None and leaver.country and leaver.country != where.country:
                ev.target = cast.country(where).id
        if ev.target is None and ev.plover.mode == "visit" and where is not None and where.country:
            visitor = actors.get(ev.source) if ev.source else None
            if visitor is not None and visitor.country == where.country:
                continue  # a trip at home is no visit to a country
            if visitor is not None and set(visitor.sectors) & OFFICIAL:
                ev.target = cast.agent(where.country, "GOV", implied=False,
                                       mention=_nearest(where, ev.trigger.start)).id
            else:
                ev.target = cast.country(where).id
        if ev.target is None and ev.plover.type == "ASSAULT":
            hit = _place_attacked(parsed, ev, art.locations)
            if hit is not None:
                ev.target = cast.country(hit).id


def _named_within(art: Article) -> dict[str, str]:
    """Actors of no country whose own words name a place of one ("shelled the city of Kharkiv", "the village of
    Kampungu"): the people of that place are its country's, whichever country the article is most about."""
    out: dict[str, str] = {}
    for a in art.actors:
        if a.country is not None or not a.sectors:
            continue
        inside = Counter(loc.country for loc in art.locations if loc.country for ls, le in loc.mentions
                         for s, e in a.mentions if s <= ls and le <= e)
        if len(inside) == 1:
            out[a.id] = next(iter(inside))
    return out


def _fellow_casualties(parsed: Parsed) -> dict[str, str]:
    """Bare forces harmed in the attack the clause before tells ("ambushed an Israeli patrol in Khan Younis, killing two
    soldiers", "struck a Russian convoy, wounding five troops"): of the side attacked, not of the place's country;
    bare civilians harmed where the attack hit a country's place are that country's."""
    art = parsed.article
    actors = {a.id: a for a in art.actors}
    attacks = {ev.trigger.start: ev for ev in art.events if ev.sentence >= 0 and ev.plover.type == "ASSAULT"}
    out: dict[str, str] = {}
    for ev in art.events:
        victim = actors.get(ev.target) if ev.target and ev.sentence >= 0 and ev.plover.type == "ASSAULT" else None
        if victim is None or victim.country is not None or not victim.sectors:
            continue
        span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        if tok is not None and tok.tag_ == "VBN" and victim.sectors == ["CVL"] and (place := _located(
                [o for n in prep_target(tok, preps=("in",)) if n.pos_ == "NOUN"
                 for o in prep_target(n, preps=("on", "against"))], art.locations)) is not None:
            out[victim.id] = place.country  # "were killed in a Russian missile attack on Dnipro": Ukraine's
            continue
        if tok is None or tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG" or tok.head.i >= tok.i:
            continue
        attack = attacks.get(tok.head.idx)
        hit = actors.get(attack.target) if attack is not None and attack.target else None
        if hit is not None and hit.country and set(hit.sectors or []) & set(victim.sectors):
            out[victim.id] = hit.country
        elif attack is not None and attack.target is None and victim.sectors == ["CVL"] \
                and (place := _place_attacked(parsed, attack, art.locations)) is not None and place.country:
            out[victim.id] = place.country  # "shelled Kharkiv overnight, killing four civilians": Ukraine's
    return out


def _towns_forces(art: Article, home: str | None) -> dict[str, str]:
    """Actors of no country named after the town they serve ("a Tehran court", "Moscow police", "the Paris,
    Missouri, man"): the country of that town as the places stage resolved it, which another country named in
    the sentence ("jailed the French researcher") does not override."""
    ends = {e: loc.country for loc in art.locations if loc.country for s, e, *_ in loc.mentions}
    out: dict[str, str] = {}
    for a in art.actors:
        if a.country is None and a.sectors:
            for start, _end in a.mentions:
                k = start - 1
                while k > 0 and art.text[k - 1] in " ,":
                    k -= 1
                if start - k <= 2 and k in ends:
                    out[a.id] = ends[k]
                    break
            else:
                if (country := _town_in_name(art, a.name, home)) is not None:
                    out[a.id] = country
    return out


def _town_in_name(art: Article, name: str, home: str | None) -> str | None:
    """The country of the town a force's own name starts with ("Danbury police", "New Milford police
    department") when the article's country has no town by that name: a place of the article by that name,
    else the one country whose towns of a fair size the gazetteer knows by it (no country when several have
    one: "Victoria police")."""
    words = name.split()
    town = " ".join(words[:next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))])
    if not town or town == name or not gazetteer.ready() or home in {p.country for p in gazetteer.lookup(town)}:
        return None
    found = next((loc.country for loc in art.locations if loc.country and loc.name == town), None)
    if found is not None:
        return found
    countries = {p.country for p in gazetteer.lookup(town) if p.population >= _table()[1].get("local_force_population", 10000)}
    return countries.pop() if len(countries) == 1 else None


def _envoys_country(art: Article) -> str | None:
    """The country the article's diplomats are most often given in their own words ("Russia's
    ambassador to Turkey", "the Russian envoy"): an ambassador named with no country later is that
    country's, not the one he serves in (resources/actors/context.tsv, kind=diplomat)."""
    words = _table()[3]
    found: Counter[str] = Counter()
    for a in art.actors:
        if a.country and not a.country_inferred and not a.implied and a.kind != "country":
            found[a.country] += sum(bool({w.lower().strip(".,'’") for w in art.text[s:e].split()} & words) for s, e in a.mentions)
    (country, n), *rest = found.most_common(2) or [("", 0)]
    return country if n and not (rest and rest[0][1] == n) else None  # the country most named so, if one


def _sentence_countries(parsed: Parsed) -> dict[int, set[str]]:
    """The countries of the places each body sentence names as places ("in Ankara", "Turkey's
    capital"), not as adjectives of actors ("the Russian ambassador", "Turkish police")."""
    out: dict[int, set[str]] = {}
    body = parsed.body
    for loc in parsed.article.locations:
        if not loc.country:
            continue
        for s, e in loc.mentions:
            span = body.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or span[0].ent_type_ == "NORP" or span.root.pos_ == "ADJ":
                continue
            out.setdefault(parsed.sentence_index(s), set()).add(loc.country)
    return out


# CAMEO roots of material acts (aid, yielding, investigating, protest, force posture, coercion,
# assault, fighting, mass violence): where they happen is where their actors are; the place a
# statement mentions ("said it was a provocation by Taiwan") says nothing of where its speaker is
MATERIAL = frozenset({"06", "07", "08", "09", "14", "15", "17", "18", "19", "20"})


def _local_countries(parsed: Parsed, home: str | None) -> dict[str, str]:
    """Where a bare sector actor acts, when its own sentences say so: the countries of the places
    its events are resolved to (weighted), and of the places named in the sentences that mention it.
    In a story set in Ankara about Russia's ambassador, "the gunman", "police" and "the
    government" are Turkey's though the article names Russia most. Kept when one country holds
    a clear share of those votes (resources/actors/context.tsv, local_*); else the article's country."""
    art = parsed.article
    params = _table()[1]
    share = params.get("local_share", 0.66)
    least = params.get("local_min_votes", 2)
    event_weight = params.get("local_event_weight", 2)
    article = _country_votes(art)
    total = sum(article.values())
    if not total or home and article[home] / total >= params.get("local_home_share_below", 0.6):
        return {}  # an article about one country: its bare nouns are that country's (with none, about two or
        # more: each bare noun is the one its own sentences place it in, if any)
    wide = params.get("local_article_share", 0.25)  # the country must be one the article is about
    places = {loc.id: loc.country for loc in art.locations if loc.country}
    by_sentence = _sentence_countries(parsed)
    votes: dict[str, Counter[str]] = {}
    countries = {a.id: a.country for a in art.actors if a.kind == "country"}
    for ev in art.events:
        country = places.get(ev.location) if ev.location else None
        if country and ev.sentence >= 0 and ev.cameo_root in MATERIAL \
                and country not in (countries.get(ev.source or ""), countries.get(ev.target or "")):
            # (the place of "Mexico is charging the gunman" is Mexico the actor, not where he acted)
            for role in (ev.source, ev.target):
                if role:
                    votes.setdefault(role, Counter())[country] += event_weight
    out: dict[str, str] = {}
    for a in art.actors:
        if a.country is not None or not a.sectors or (a.code and a.code not in a.sectors) or _abroad(a, art.text, "diplomat"):
            continue  # (an ambassador is his own country's wherever he serves)
        v = votes.get(a.id, Counter()).copy()
        for s, _e in a.mentions:
            for country in by_sentence.get(parsed.sentence_index(s), ()):
                v[country] += 1
        if not v:
            continue
        country, n = v.most_common(1)[0]
        if country != home and n >= least and n / sum(v.values()) >= share and article[country] / total >= wide:
            out[a.id] = country
    return out


COERCION = "17"  # CAMEO root of coercion: arrests, bans, curfews, seizures


SPOKEN_TO = frozenset({"01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "16"})  # words and ties between states


def _no_envoy_of_its_own(art: Article) -> None:
    """"The foreign ministry summoned the Chinese ambassador", "the government expelled two Russian
    diplomats", "the ambassador was summoned to the foreign ministry in Ankara": a state summons, expels or
    cuts ties with another's envoys, so a country the article lent the one is not the other's."""
    actors = {a.id: a for a in art.actors}
    for ev in art.events:
        source, target = actors.get(ev.source or ""), actors.get(ev.target or "")
        if source is None or target is None or source.country != target.country:
            continue
        # (nor does a state's agent thank, court, ask, accuse or threaten its own country by name: "the president
        # thanked Qatar for its mediation" is no Qatari president)
        spoken_to = ev.cameo_root in SPOKEN_TO and target.kind == "country" and source.country_inferred \
            and source.kind != "person"  # (a politician may call on his own country by name: "called on the US to end")
        if not (ev.cameo == SUMMONED or ev.cameo.startswith(DIPLOMATIC_CUTS) or spoken_to):
            continue
        for lent in (source, target):  # (the one of the two whose country the article lent)
            if lent.country_inferred and lent.sectors:
                lent.country, lent.country_inferred, lent.code = None, False, lent.sectors[0]
                break


def _people_lives(a: Actor) -> list[str]:
    """The countries of the people that is no state an actor's name opens with ("Kurdish fighters", "Kurds";
    resources/actors/peoples.tsv); [] for any other actor."""
    words = a.name.split()
    return actor_lexicon.peoples_countries().get(actor_lexicon.fold(words[0]), []) if words else []


def _held_by_releaser(parsed: Parsed) -> None:
    """"urged Beijing to release the detained activists", "Iran freed the sailors it had seized": those
    asked to release (or releasing) people held them, when the text names no one else who did; a
    country inferred for the held from the article is theirs. So does a holding the release ends
    ("released X from house arrest", "freed the journalist after 400 days in detention"): it held X."""
    art = parsed.article
    actors = {a.id: a for a in art.actors}
    for ev in art.events:
        if ev.source is not None or not ev.cameo.startswith(COERCION):
            continue
        release = next((e for e in art.events if e.sentence == ev.sentence and e.cameo.startswith(RELEASE) and e.source
                        and not e.source_implied and (e.target == ev.target if ev.target else _ended_by(parsed, ev, e))), None)
        releaser = actors.get(release.source) if release is not None else None
        if releaser is None:
            continue
        ev.source, ev.source_implied = releaser.id, True
        ev.target = ev.target or release.target
        held = actors.get(ev.target)
        if held is not None and held.country_inferred and releaser.country and held.sectors and held.kind != "person":
            held.country, held.code = releaser.country, f"{releaser.country}{held.sectors[0]}"


def _ended_by(parsed: Parsed, held: Event, release: Event) -> bool:
    """Is ``held``'s noun the holding ``release``'s verb ends, in its "from", "after" or "in" phrase?"""
    if held.sentence < 0 or not release.target:
        return False
    body = parsed.body
    noun = body.char_span(held.trigger.start, held.trigger.end, alignment_mode="expand")
    verb = body.char_span(release.trigger.start, release.trigger.end, alignment_mode="expand")
    if noun is None or verb is None or not len(noun) or not len(verb):
        return False
    tok = noun.root
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        if tok.head.head == verb.root and tok.head.lower_ in ("from", "after"):
            return True
        tok = tok.head.head  # "after 400 days in detention"
    return False


def _coerced_at_home(art: Article) -> None:
    """"Iran has banned female chess players", "China detained activists": people a state (or its
    organs) coerces, named by a bare sector noun, are that state's own (``Actor.country_inferred``),
    when nothing else gave them a country; "foreign", "the embassy" and the like keep them out."""
    actors = {a.id: a for a in art.actors}
    for ev in art.events:
        if not ev.cameo.startswith(COERCION) or ev.source is None or ev.target is None:
            continue
        source, target = actors.get(ev.source), actors.get(ev.target)
        if source is None or target is None or not source.country or target.country is not None:
            continue
        if target.kind == "person" or not target.sectors or target.code not in (None, *target.sectors) or _abroad(target, art.text):
            continue
        if source.kind != "country" and not set(source.sectors) & OFFICIAL:
            continue
        target.country, target.country_inferred, target.code = source.country, True, f"{source.country}{target.sectors[0]}"


def _owners_country(parsed: Parsed) -> None:
    """"Bolsonaro's government", "Putin's army", "the government of Jair Bolsonaro": a sector actor
    with no country of its own takes the country of the person or group that owns it
    (``Actor.country_inferred``)."""
    art = parsed.article
    index = ActorIndex(art.actors)
    for a in art.actors:
        if a.country is not None or not a.sectors or a.kind == "person":
            continue
        for s, e in a.mentions:
            span = parsed.body.char_span(s, e, alignment_mode="expand")
            kids = list(span.root.children) if span is not None and len(span) else []
            owners = [c for c in kids if c.dep_ == "poss" and c.tag_ != "PRP$"] + [
                o for c in kids if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            owner = next((found for c in owners if (found := index.by_id.get(index.actor(c, "text") or ""))), None)
            if owner is not None and owner.country and owner.id != a.id:
                a.country, a.country_inferred, a.code = owner.country, True, f"{owner.country}{a.sectors[0]}"
                break


def _named_before(art: Article) -> None:
    """"United States troops ... plans to remove the troops": a bare sector noun that the article
    has used with one country only, before it, is that country's (``Actor.country_inferred``);
    used with several ("Iraqi troops" and "US troops"), it stays for the article's country, and so
    does "the government", which news uses for the article's own even after naming another's."""
    heads: dict[str, dict[str, int]] = {}
    for a in art.actors:
        if a.country and not a.country_inferred and not a.implied and a.kind == "group" and a.sectors:
            for s, e in a.mentions:
                words = art.text[s:e].split()
                if len(words) > 1:
                    heads.setdefault(words[-1].lower(), {}).setdefault(a.country, s)
    if not heads:
        return
    for a in art.actors:
        if a.country is not None or not a.sectors or a.kind != "group" or (a.code and a.code not in a.sectors) \
                or a.sectors[0] == "GOV":  # "the government" is most often the article's own
            continue
        own = [(s, art.text[s:e].split()) for s, e in a.mentions]
        named = {w[-1].lower(): s for s, w in own if len(w) == 1 and w[0][:1].islower()}
        for word, first in named.items():
            countries = heads.get(word, {})
            if len(countries) == 1 and next(iter(countries.values())) < first:
                country = next(iter(countries))
                a.country, a.country_inferred, a.code = country, True, f"{country}{a.sectors[0]}"
                break


def _placed(parsed: Parsed) -> None:
    """"police in Maidstone", "students protesting in Belgium", "doctors from Kano": a sector
    actor with no country of its own takes that of the place its words put it in (any place the
    geocoder resolved, not only the countries and capitals the actor lexicon knows); troops and
    diplomats only "from" a place (troops "in" a country are often another's, an embassy always is)."""
    art = parsed.article
    starts = {m[0]: loc for loc in art.locations if loc.country for m in loc.mentions}
    if not starts:
        return
    for a in art.actors:
        if a.country is not None or not a.sectors or a.kind == "person" or (a.code and a.code not in a.sectors):
            continue
        for s, e in a.mentions:
            span = parsed.body.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            heads = [span.root, *(c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBG")]
            # "troops in Syria" are often someone else's, "the embassy in Oslo" always is
            # ("the town of Goma", "residents of Mosul": the place named)
            preps = ("from",) if "MIL" in a.sectors or _abroad(a, art.text, "diplomat") else ("in", "from", "of")
            place = next((starts[t.idx] for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                          for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.idx in starts), None)
            if place is None and "in" in preps and (verb := _acted_upon_by(span.root, bool(set(a.sectors) & DOMESTIC))) is not None:
                # "sent aid to earthquake victims in Syria", "arrested two activists in Minsk": those an act is done
                # to are where it is done (its doers may have come from elsewhere, but police and courts act at home)
                place = next((starts[t.idx] for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > span.root.i
                              for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.idx in starts and t.pos_ == "PROPN"), None)
            if place is not None:
                a.country, a.code = place.country, f"{place.country}{a.sectors[0]}"
                break


def _acted_upon_by(root: Token, subject: bool = False) -> Token | None:
    """The verb whose object (or "to", "at", "on" or "against" phrase) ``root`` is (or, with ``subject``, whose subject)."""
    if (root.dep_ in ("dobj", "dative") or subject and root.dep_ == "nsubj") and root.head.pos_ == "VERB":
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "on", "against") and root.head.head.pos_ == "VERB":
        return root.head.head  # ("fired missiles at militant bases in northern Iraq")
    return None


def _clause_span(parsed: Parsed, ev: Event) -> tuple[int, int] | None:
    """The characters of the event's own clause (the trigger's phrase), or None for a title's event."""
    if ev.sentence < 0:
        return None
    span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    return root.left_edge.idx, root.right_edge.idx + len(root.right_edge)


def _in_clause(parsed: Parsed, ev: Event, where: Location) -> bool:
    """Does the event's own clause (the trigger's phrase) name its place?"""
    clause = _clause_span(parsed, ev)
    return clause is None or any(clause[0] <= m[0] < clause[1] for m in where.mentions)


def _garrisoned(tok: Token) -> bool:
    """A military holding ("coalition bases in Iraq"): often another country's forces'."""
    sectors = actor_lexicon.holding_sectors()
    return "MIL" in (sectors.get(tok.lower_), sectors.get(tok.lemma_.lower()))


def _destination(parsed: Parsed, ev: Event, where: Location) -> bool:
    """Is the event's place where its act sends someone ("deported to Haiti", "extradited to the United
    States"), not where it is done?"""
    if ev.sentence < 0:
        return False
    span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(m[0] <= t.idx < m[1] for t in prep_target(span.root, preps=("to", "into")) for m in where.mentions)


def _place_attacked(parsed: Parsed, ev: Event, locations: list[Location]) -> Location | None:
    """The place an attack's words aim at ("shelled the city of Kharkiv", "an air strike on
    Aleppo"): CAMEO codes the attack as one on that place's country."""
    if ev.sentence < 0:  # a title or caption: no parse of the body to read
        return None
    span = parsed.body.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    aimed = prep_target(tok, preps=("on", "against", "at", "of"))
    if tok.pos_ in ("VERB", "AUX"):  # "fired a missile at the Saudi city of Jizan": what is fired goes at it
        aimed = verb_target(tok) + prep_target(tok, preps=("at", "on", "into", "against", "to"))
    # (and a thing struck "in" a place: "set fire to an oil depot in Russia's Bryansk region")
    return _located(aimed + [o for t in aimed for o in prep_target(t, preps=("of",))] + [
        o for t in aimed if actor_lexicon.held(t) and not _garrisoned(t) for p in prep_target(t, preps=("in",)) for o in p.subtree],
        locations)


def _located(toks: list[Token], locations: list[Location]) -> Location | None:
    """The first place of a known country that one of these words names."""
    for t in toks:
        start, end = t.idx, t.idx + len(t.text)
        for loc in locations:
            if loc.country and any(m[0] <= start and end <= m[1] for m in loc.mentions):
                return loc
    return None
