"""Exports in the formats the field already reads: GDELT 2.0 Events and Mentions, GKG 2.1, PLOVER JSON.

The GDELT tables are tab-separated, one record per line, columns in the order of
the GDELT 2.0 Event and GKG 2.1 codebooks. Where eventwire knows more than GDELT
does, it says so in GDELT's own columns, and departs from GDELT on purpose here:

- SQLDATE / MonthYear / Year / FractionDate are the day the event happened, as
  resolved from the text ("On Tuesday" → 2015-11-17), when known to the day.
  Known only to the week, month or year ("last month" → 2015-10), it is the
  publication day if that falls in the period, else the period's first day
  (2015-10-01); the PLOVER export keeps the precision. Without a date from the
  text it is the publication day (GDELT's rule), else the day of DATEADDED.
- Only events with status ``occurred`` become GDELT event and mention rows (GDELT
  has no column to say an event was planned, denied or failed); ``plover`` keeps
  every event with its status.
- NumMentions / NumSources / NumArticles / AvgTone are computed within the
  exported batch: events with the same actors, CAMEO code, date and place form
  one cluster, and each event row carries its cluster's figures.
- Geographic country codes are FIPS 10-4 (as in GDELT), mapped from our ISO
  alpha-3 through ``resources/fips_countries.tsv``; ADM1Code is the FIPS country
  code, followed for US places by the state's postal code (USTX, from
  ``resources/us_states.tsv``) and elsewhere by the admin1 code when the record
  has a code rather than a name; FeatureID is the GeoNames id (GDELT uses GNS/GNIS
  ids) or, for country and state matches, that textual code.
- Without a URL, SOURCEURL / DocumentIdentifier / MentionIdentifier hold the
  article id and the source collection is 2 (CITATIONONLY).
- MentionTimeDate and the GKG DATE are the article's publication time (GDELT: the
  15-minute crawl batch), else DATEADDED, the time of export.
- GKG quotations carry a fifth pipe-delimited field: the speaker's name.
- Mentions in the title or a caption have SentenceID 0, offsets into that field,
  and ``<FIELD>title</FIELD>`` in Extras.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cache, cached_property
from typing import IO, Any, Callable, Iterable
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import orjson

from . import knowledge
from .model import Actor, Article, Event, Location

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR), *(f"Actor2{f}" for f in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO), *(f"Actor2Geo_{f}" for f in _GEO), *(f"ActionGeo_{f}" for f in _GEO),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "DATE", "SourceCollectionIdentifier", "SourceCommonName", "DocumentIdentifier",
    "Counts", "V2Counts", "Themes", "V2Themes", "Locations", "V2Locations", "Persons", "V2Persons",
    "Organizations", "V2Organizations", "V2Tone", "Dates", "GCAM", "SharingImage", "RelatedImages",
    "SocialImageEmbeds", "SocialVideoEmbeds", "Quotations", "AllNames", "Amounts", "TranslationInfo", "Extras",
)

_SPACE = re.compile(r"\s+")
_PERIOD = re.compile(r"(?P<year>\d{4})(?:-W(?P<week>\d{2})|-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_ADM1 = re.compile(r"[A-Z0-9]{1,3}")


def _table(name: str) -> list[list[str]]:
    """The rows of a TSV resource, without its comment lines and header."""
    return knowledge.rows(name)[1:]


@cache
def _countries() -> dict[str, tuple[str, str]]:
    """ISO 3166-1 alpha-3 and alpha-2 → (FIPS 10-4 code, English name), loaded once."""
    table: dict[str, tuple[str, str]] = {}
    for iso3, iso2, fips, name in _table("fips_countries.tsv"):
        table[iso3] = table[iso2] = (fips, name)
    return table


@cache
def _us_states() -> dict[str, str]:
    """US state name (lower case) → postal code, loaded once."""
    return {name.lower(): code for name, code in _table("us_states.tsv")}


def _country(code: str | None) -> tuple[str, str]:
    return _countries().get((code or "").upper(), ("", ""))


# ---------------------------------------------------------------- formatting


def _text(value: str | None, drop: str = "") -> str:
    """A value on one line, without tabs and without the delimiters of the field it goes into."""
    if not value:
        return ""
    if drop:
        value = value.translate({ord(c): " " for c in drop})
    return _SPACE.sub(" ", value).strip()


def _num(value: float | None, places: int = 4) -> str:
    """A decimal number, always with a fractional part so readers infer a float column."""
    if value is None or not math.isfinite(value):
        return ""
    s = f"{value:.{places}f}".rstrip("0")
    s = s + "0" if s.endswith(".") else s
    return "0.0" if s == "-0.0" else s


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%d%H%M%S")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable integer id for an event (GDELT ids are integers): same article and event → same id."""
    return int(hashlib.sha1(f"{article_id}\x1f{event_id}".encode()).hexdigest()[:15], 16)


# ---------------------------------------------------------------- one article


@dataclass
class _Doc:
    """An article with the lookups every export needs."""

    article: Article
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Location] = field(default_factory=dict)
    published: datetime | None = None

    @classmethod
    def of(cls, article: Article) -> _Doc:
        try:
            published = datetime.fromisoformat(article.published) if article.published else None
        except ValueError:
            published = None
        return cls(
            article,
            {a.id: a for a in article.actors},
            {loc.id: loc for loc in article.locations},
            published.replace(tzinfo=None) if published else None,
        )

    @property
    def identifier(self) -> str:
        return _text(self.article.url or self.article.id)

    @property
    def collection(self) -> int:
        return 1 if self.article.url else 2

    @property
    def source(self) -> str:
        """The outlet's domain, as GDELT gives it, else its name."""
        try:
            host = urlsplit(self.article.url).hostname if self.article.url else None
        except ValueError:  # "http://[broken" (an unclosed IPv6 bracket) from a feed's link: no domain
            host = None
        return _text(host.removeprefix("www.") if host else self.article.outlet)

    @property
    def tone(self) -> float | None:
        return self.article.tone.tone if self.article.tone else None

    def field_text(self, name: str) -> str:
        if name == "text":
            return self.article.text
        if name == "title":
            return self.article.title or ""
        index = name.removeprefix("captions/")
        if index.isdigit() and int(index) < len(self.article.captions):
            return self.article.captions[int(index)]
        return ""

    def sentence_span(self, ev: Event) -> tuple[int, int]:
        """Where the event's sentence lies in the body: its evidence, else the trigger's paragraph;
        empty for an event read only from a title or caption."""
        text, trig = self.article.text, ev.trigger
        if _trigger_field(ev) != "text":
            return 0, 0
        ev_text = ev.evidence
        if ev_text:
            at = text.find(ev_text, max(0, trig.end - len(ev_text)))
            if -1 < at <= trig.start and at + len(ev_text) >= trig.end:
                return at, at + len(ev_text)
        start = text.rfind("\n", 0, trig.start) + 1
        end = text.find("\n", trig.end)
        return start, len(text) if end == -1 else end

    @cached_property
    def _sentences(self) -> list[tuple[int, int, int]]:
        """(start, end, number) of the body sentences the events were read from."""
        spans = {(*self.sentence_span(ev), ev.sentence + 1) for ev in self.article.events if ev.sentence >= 0}
        return sorted(spans)

    def sentence_number(self, field_name: str, at: int) -> int:
        """GDELT's 1-based SentenceID of a body offset, when an event's sentence holds it; else 0."""
        if field_name != "text":
            return 0
        return next((n for s, e, n in self._sentences if s <= at < e), 0)


def _trigger_field(ev: Event) -> str:
    """Where the trigger's offsets point: the body, or for an event read only from a title or caption, that field."""
    return "text" if ev.sentence >= 0 or not ev.mentions else ev.mentions[0].field


def _occurred(doc: _Doc) -> list[Event]:
    """The occurred events, each happening once: a re-telling of an occurred event (``same_as``) is
    one more mention of it (see :func:`_spans`), as GDELT counts them."""
    occurred = [e for e in doc.article.events if e.status == "occurred"]
    ids = {e.id for e in occurred}
    return [e for e in occurred if e.same_as not in ids]


def _retold(doc: _Doc, ev: Event) -> list[Event]:
    """The events of the article that tell ``ev`` again, when it is an occurred event."""
    if ev.status != "occurred":
        return []
    return [e for e in doc.article.events if e.same_as == ev.id]


def _actor_spans(actor: Actor, field_name: str) -> list[tuple[int, int]]:
    if field_name == "text":
        return [(m[0], m[1]) for m in actor.mentions if len(m) == 2]
    return [(r.start, r.end) for r in actor.other_mentions if r.field == field_name]


def _offsets(actor: Actor, field_name: str) -> list[int]:
    return [s for s, _ in _actor_spans(actor, field_name)]


def _nearest(offsets: Iterable[int], pos: int) -> int | None:
    return min(offsets, key=lambda o: (abs(o - pos), o), default=None)


def _period(value: str | None) -> tuple[date, date] | None:
    """First and last day of a TIMEX3 date: a day, an ISO week (2015-W47), a month or a year."""
    m = _PERIOD.match(value or "")
    if not m:
        return None
    try:
        year = int(m["year"])
        if m["week"]:
            return date.fromisocalendar(year, int(m["week"]), 1), date.fromisocalendar(year, int(m["week"]), 7)
        if m["day"]:
            day = date(year, int(m["month"]), int(m["day"]))
            return day, day
        if m["month"]:
            month = int(m["month"])
            first = date(year, month, 1)
            return first, (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _event_day(ev: Event, doc: _Doc, added: datetime) -> date:
    """The event's own day when the text gives it; for a coarser date, the publication day if it falls in
    that period, else the period's first day; without a date, the publication day, else the day it was added."""
    fallback = (doc.published or added).date()
    period = _period(ev.date) if ev.date_precision != "publication" else None
    if period is None or period[0] <= fallback <= period[1]:
        return fallback
    return period[0]


# ---------------------------------------------------------------- geography


def _geo_type(loc: Location, us: bool = False) -> int:
    """GDELT's resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    feat = (loc.feature or "").lower()
    if feat == "country" or feat.startswith("pcl"):
        return 1
    if feat in ("admin1", "state", "province") or feat.startswith("adm1") or (feat == "region" and loc.country):
        return 2 if us else 5
    if loc.lat is None and not loc.country:
        return 0
    return 3 if us else 4


def _geo(loc: Location | None, adm2: bool = True) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, [ADM2Code,] Lat, Long, FeatureID of one place."""
    if loc is None:
        return ["0"] + [""] * (7 if adm2 else 6)
    fips, country_name = _country(loc.country)
    kind = _geo_type(loc, us=fips == "US")
    admin1 = loc.admin1 or ""
    is_code = bool(_ADM1.fullmatch(admin1))
    admin_code = admin1 if is_code else _us_states().get(admin1.lower()) if fips == "US" else None
    adm1 = fips + admin_code if fips and admin_code else fips
    parts = [loc.name]
    if kind != 1:
        if admin1 and not is_code:
            parts.append(admin1)
        parts.append(country_name)
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    feature = fips if kind == 1 else adm1 if kind in (2, 5) else str(loc.geonameid or "")
    row = [str(kind), _text(full, "#;"), fips, adm1, "", _num(loc.lat), _num(loc.lon), feature]
    if not adm2:
        del row[4]
    return row


def _actor_geo(doc: _Doc, actor: Actor | None, at: int | None, span: tuple[int, int]) -> Location | None:
    """The place named closest to the actor within the event's sentence; else, for an actor of a country,
    that country when the article names it."""
    if actor is None:
        return None
    pos = at if at is not None else span[0]
    best: tuple[int, Location] | None = None
    for loc in doc.article.locations:
        for m in loc.mentions:
            if m and span[0] <= m[0] < span[1] and (best is None or abs(m[0] - pos) < best[0]):
                best = (abs(m[0] - pos), loc)
    if best:
        return best[1]
    if actor.country:
        same = [loc for loc in doc.article.locations if _geo_type(loc) == 1 and loc.country == actor.country]
        return same[0] if same else None
    return None


# ---------------------------------------------------------------- GDELT events


@cache
def _actor_parts() -> dict[str, str]:
    """CAMEO actor-code parts → class (type, religion, region), loaded once."""
    return {code: cls for code, cls, *_ in _table("cameo_actor_parts.tsv")}


def _actor_fields(actor: Actor | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2Code, Type1/2/3Code, as GDELT splits them:
    the code's leading country, its type, religion and region parts, and what is left is the known group."""
    if actor is None:
        return [""] * len(_ACTOR)
    code = _text(actor.code).upper()
    country = (actor.country or "").upper()
    if not country and code[:3] in _countries() and len(code) >= 3:
        country = code[:3]
    rest = code[len(country):] if country and code.startswith(country) else code
    parts = _actor_parts()
    types: list[str] = []
    religions: list[str] = []
    group = ""
    for chunk in (rest[i:i + 3] for i in range(0, len(rest), 3)):
        kind = parts.get(chunk)
        if kind == "type":
            types.append(chunk)
        elif kind == "religion":
            religions.append(chunk)
        elif kind == "region":
            country = country or chunk
        else:
            group += chunk
    types += [s for s in actor.sectors if s and s not in types]
    types, religions = types[:3], religions[:2]
    return [
        code, _text(actor.name).upper(), country, group, "",
        *religions, *[""] * (2 - len(religions)),
        *types, *[""] * (3 - len(types)),
    ]


def _cluster_key(doc: _Doc, ev: Event, day: date) -> tuple[Any, ...]:
    """Events with the same actors, code, day and place are one happening; without actors, each is its own."""
    def who(actor_id: str | None) -> str:
        a = doc.actors.get(actor_id or "")
        return (a.code or a.name.upper()) if a else ""

    if not (who(ev.source) or who(ev.target)):
        return doc.article.id, ev.id
    place = doc.places.get(ev.location or "")
    where = (place.geonameid or place.name) if place else ""
    return who(ev.source), who(ev.target), ev.cameo, day, where


def _spans(doc: _Doc, ev: Event) -> list[tuple[str, int, int]]:
    """Distinct places the event is mentioned: its trigger in the body first, then its other mentions
    and those of the events that tell it again."""
    spans = {(_trigger_field(ev), ev.trigger.start, ev.trigger.end): None}
    for e in [ev, *_retold(doc, ev)]:
        spans.setdefault((_trigger_field(e), e.trigger.start, e.trigger.end), None)
        for r in e.mentions:
            spans.setdefault((r.field, r.start, r.end), None)
    return list(spans)


@dataclass
class _Cluster:
    mentions: int = 0
    sources: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    tones: dict[str, float] = field(default_factory=dict)


def gdelt_events(articles: Iterable[Article], added: datetime | None = None,
                 instances: dict[str, tuple[int, int, int]] | None = None) -> list[list[str]]:
    """GDELT 2.0 Event rows (61 columns), one per occurred event of the batch.

    ``instances`` (event uid → NumMentions, NumSources, NumArticles of its event instance, from
    the store's dedup) replaces the counts made within the batch for the events it names."""
    added = added or _now()
    docs = [_Doc.of(a) for a in articles]
    clusters: dict[tuple[Any, ...], _Cluster] = defaultdict(_Cluster)
    todo = []
    for doc in docs:
        for ev in _occurred(doc):
            day = _event_day(ev, doc, added)
            key = _cluster_key(doc, ev, day)
            c = clusters[key]
            c.mentions += len(_spans(doc, ev))
            c.sources.add(doc.source or doc.identifier)
            c.articles.add(doc.article.id)
            if doc.tone is not None:
                c.tones[doc.article.id] = doc.tone
            todo.append((doc, ev, day, key))
    rows = []
    for doc, ev, day, key in todo:
        c = clusters[key]
        a1, a2 = doc.actors.get(ev.source or ""), doc.actors.get(ev.target or "")
        span = doc.sentence_span(ev)
        at1 = _nearest(_offsets(a1, _trigger_field(ev)), ev.trigger.start) if a1 else None
        at2 = _nearest(_offsets(a2, _trigger_field(ev)), ev.trigger.start) if a2 else None
        first_para = doc.article.text.find("\n")
        lead = _trigger_field(ev) == "text" and (first_para == -1 or ev.trigger.start < first_para)
        root = lead or any(f == "title" for f, _, _ in _spans(doc, ev))
        year_days = 366 if calendar.isleap(day.year) else 365
        cameo = ev.cameo or ""
        rows.append([
            str(global_event_id(doc.article.id, ev.id)),
            day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
            f"{day.year + (day.timetuple().tm_yday - 1) / year_days:.4f}",
            *_actor_fields(a1), *_actor_fields(a2),
            "1" if root else "0",
            cameo, cameo[:3], ev.cameo_root or cameo[:2],
            str(ev.quad_class), _num(ev.goldstein, 1),
            *(map(str, instances[f"{doc.article.id}:{ev.id}"]) if instances and f"{doc.article.id}:{ev.id}" in instances
              else (str(c.mentions), str(len(c.sources)), str(len(c.articles)))),
            _num(sum(c.tones.values()) / len(c.tones), 6) if c.tones else "",
            *_geo(_actor_geo(doc, a1, at1, span)),
            *_geo(_actor_geo(doc, a2, at2, span)),
            *_geo(doc.places.get(ev.location or "")),
            _stamp(added), doc.identifier,
        ])
    return rows


# ---------------------------------------------------------------- GDELT mentions


def gdelt_mentions(articles: Iterable[Article], added: datetime | None = None) -> list[list[str]]:
    """GDELT 2.0 Mentions rows (16 columns): each place an occurred event is mentioned, with char offsets."""
    added = added or _now()
    rows = []
    for doc in map(_Doc.of, articles):
        art = doc.article
        for ev in _occurred(doc):
            gid = str(global_event_id(art.id, ev.id))
            span = doc.sentence_span(ev)
            actors = [doc.actors.get(ev.source or ""), doc.actors.get(ev.target or "")]
            for field_name, start, _end in _spans(doc, ev):
                body = field_name == "text"
                trigger = (field_name, start) == (_trigger_field(ev), ev.trigger.start)
                offs = [_nearest(_offsets(a, field_name), start) if a else None for a in actors]
                if trigger and body:
                    raw = all(o is not None and span[0] <= o < span[1] for a, o in zip(actors, offs) if a)
                else:
                    raw = all(o is not None for a, o in zip(actors, offs) if a)
                sentence = ev.sentence + 1 if trigger and ev.sentence >= 0 else doc.sentence_number(field_name, start)
                rows.append([
                    gid, _stamp(added), _stamp(doc.published or added), str(doc.collection), doc.source,
                    doc.identifier, str(sentence),
                    *("-1" if o is None else str(o) for o in offs), str(start), "1" if raw else "0",
                    str(round(min(max(ev.confidence, 0.0), 1.0) * 100)),
                    str(len(doc.field_text(field_name))), _num(doc.tone, 6), "",
                    "" if body else f"<FIELD>{escape(field_name)}</FIELD>",
                ])
    return rows


# ---------------------------------------------------------------- GKG 2.1


def _timex(value: str) -> tuple[int, int, int, int] | None:
    """(resolution, month, day, year) of a TIMEX3 date, in GKG's coding; None for weeks and the like."""
    m = _PERIOD.fullmatch(value or "")
    if not m or m["week"]:
        return None
    year, month, day = int(m["year"]), int(m["month"] or 0), int(m["day"] or 0)
    return (3 if day else 2 if month else 1), month, day, year


def _named(doc: _Doc, mentions: list[list[int]]) -> list[list[int]]:
    """The mentions that are names (capitalised), not pronouns or common nouns ("he", "security officers")."""
    return [m for m in mentions if len(m) == 2 and doc.article.text[m[0]:m[1]][:1].isupper()]


def _names(doc: _Doc, kinds: tuple[str, ...]) -> tuple[str, str]:
    """V1 (unique, lower-case, as GDELT) and V2 (name,offset per named mention) lists of actors of these kinds."""
    named = [(a, _named(doc, a.mentions)) for a in doc.article.actors if a.kind in kinds]
    v1 = sorted({_text(a.name, ";").lower() for a, ms in named if ms} - {""})
    v2 = sorted((m[0], _text(a.name, ",;")) for a, ms in named for m in ms)
    return ";".join(v1), ";".join(f"{n},{o}" for o, n in v2)


def _gkg_row(doc: _Doc, n: int, added: datetime) -> list[str]:
    art = doc.article
    text = art.text
    counts_v1, counts_v2 = [], []
    for c in sorted(art.counts, key=lambda c: c.start):
        head = [_text(c.kind, "#;"), str(c.number), _text(c.object, "#;")]
        loc = _geo(doc.places.get(c.location or ""), adm2=False)
        counts_v1.append("#".join(head + loc))
        counts_v2.append("#".join(head + loc + [str(c.start)]))
    places_v1 = ["#".join(_geo(loc, adm2=False)) for loc in art.locations]
    places_v2 = sorted((m[0], "#".join(_geo(loc) + [str(m[0])])) for loc in art.locations for m in loc.mentions if m)
    persons = _names(doc, ("person",))
    orgs = _names(doc, ("organization", "group"))
    tone = art.tone
    dates = []
    for d in sorted((d for d in art.dates if d.field == "text"), key=lambda d: d.start):
        coded = _timex(d.value)
        if coded:
            dates.append("#".join(map(str, (*coded, d.start))))
    quotes = []
    for q in sorted(art.quotes, key=lambda q: q.start):
        speaker = doc.actors[q.speaker].name if q.speaker in doc.actors else q.speaker_name or q.speaker_text
        quotes.append("|".join([str(q.start), str(max(0, q.end - q.start)), _text(q.verb, "#|"),
                                _text(q.text, "#|"), _text(speaker, "#|")]))
    spans = [m for a in art.actors for m in _named(doc, a.mentions)]
    spans += [m for loc in art.locations for m in _named(doc, loc.mentions)]
    all_names = sorted({(m[0], _text(text[m[0]:m[1]], ",;")) for m in spans})
    amounts = [f"{c.number},{_text(c.object, ',;')},{c.start}" for c in sorted(art.counts, key=lambda c: c.start)]
    extras = "".join(
        f"<{tag}>{escape(_text(value))}</{tag}>"
        for tag, value in (
            ("PAGE_AUTHORS", art.byline),
            ("PAGE_PRECISEPUBTIMESTAMP", _stamp(doc.published) if doc.published else None),
            ("PAGE_TITLE", art.title),
        )
        if value
    )
    return [
        f"{_stamp(added)}-{n}", _stamp(doc.published or added), str(doc.collection), doc.source, doc.identifier,
        ";".join(counts_v1), ";".join(counts_v2),
        ";".join(dict.fromkeys(_text(t, ";,") for t in art.themes if t)),
        ";".join(f"{_text(t.code, ';,')},{t.start}" for t in sorted(art.theme_mentions, key=lambda t: t.start)),
        ";".join(dict.fromkeys(places_v1)), ";".join(p for _, p in places_v2),
        *persons, *orgs,
        ",".join([_num(tone.tone, 6), _num(tone.positive, 6), _num(tone.negative, 6), _num(tone.polarity, 6),
                  _num(tone.activity, 6), _num(tone.self_group, 6), str(tone.words)]) if tone else "",
        ";".join(dates), f"wc:{tone.words}" if tone else "",
        "", "", "", "",
        "#".join(quotes), ";".join(f"{s},{o}" for o, s in all_names), ";".join(amounts), "", extras,
    ]


def gdelt_gkg(articles: Iterable[Article], added: datetime | None = None) -> list[list[str]]:
    """GKG 2.1 rows (27 columns), one per article that has text."""
    added = added or _now()
    docs = [_Doc.of(a) for a in articles if a.text]
    return [_gkg_row(doc, n, added) for n, doc in enumerate(docs, 1)]


# ---------------------------------------------------------------- PLOVER


def _plover_actor(doc: _Doc, actor_id: str | None, role: str, ev: Event) -> dict[str, Any] | None:
    """The actor, with the words that name it nearest the event's trigger."""
    actor = doc.actors.get(actor_id or "")
    if actor is None:
        return None
    where = _trigger_field(ev)
    spans = _actor_spans(actor, where)
    at = _nearest((s for s, _ in spans), ev.trigger.start)
    mention = next((m for m in spans if m[0] == at), None)
    return {
        "role": role, "id": actor.id, "name": actor.name, "code": actor.code, "country": actor.country,
        "sector": actor.sectors[0] if actor.sectors else None, "sectors": actor.sectors, "kind": actor.kind,
        "text": doc.field_text(where)[mention[0]:mention[1]] if mention else actor.name,
        "field": where if mention else None,
        "start": mention[0] if mention else None, "end": mention[1] if mention else None,
    }


def plover(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """POLECAT/PLOVER-style event records, every status included, each pointing back to its sentence."""
    out = []
    for doc in map(_Doc.of, articles):
        art = doc.article
        for ev in art.events:
            place = doc.places.get(ev.location or "")
            at = _nearest((m[0] for m in place.mentions if m), ev.trigger.start) if place else None
            named = next((m for m in place.mentions if len(m) >= 2 and m[0] == at), None) if place else None
            actors = [_plover_actor(doc, ev.source, "actor", ev), _plover_actor(doc, ev.target, "recipient", ev)]
            out.append({
                "id": f"{art.id}-{ev.id}",
                "event_id": global_event_id(art.id, ev.id),
                "story_id": art.id,
                "event_type": ev.plover.type if ev.plover else None,
                "mode": ev.plover.mode if ev.plover else None,
                "context": ev.plover.context if ev.plover else [],
                "status": ev.status,
                "date": ev.date,
                "date_precision": ev.date_precision,
                "date_text": ev.date_text,
                "story_date": art.published,
                "actors": [a for a in actors if a],
                "location": None if place is None else {
                    "id": place.id, "name": place.name, "country": place.country, "admin1": place.admin1,
                    "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid, "feature": place.feature,
                    "text": art.text[named[0]:named[1]] if named else place.name, "start": at,
                },
                "sentence": ev.sentence,
                "same_as": f"{art.id}-{ev.same_as}" if ev.same_as else None,  # the record this one tells again
                "event_text": ev.evidence,
                "trigger": {"text": ev.trigger.text, "field": _trigger_field(ev), "start": ev.trigger.start,
                            "end": ev.trigger.end},
                "cameo": ev.cameo,
                "quad_class": ev.quad_class,
                "goldstein": ev.goldstein,
                "confidence": ev.confidence,
                "url": art.url,
                "outlet": art.outlet,
                "title": art.title,
            })
    return out


# ---------------------------------------------------------------- writing

TABLES: dict[str, tuple[tuple[str, ...], Callable[..., list[list[str]]]]] = {
    "gdelt-events": (EVENT_COLUMNS, gdelt_events),
    "gdelt-mentions": (MENTION_COLUMNS, gdelt_mentions),
    "gdelt-gkg": (GKG_COLUMNS, gdelt_gkg),
}
FORMATS = ("json", "jsonl", *TABLES, "plover", "summary")  # summary: eventwire/summary.py, for people


def _json(record: dict[str, Any]) -> bytes:
    """One JSON object; strings with lone surrogates (from records built by hand) are repaired."""
    try:
        return orjson.dumps(record)
    except orjson.JSONEncodeError:
        from .model import _repaired

        return orjson.dumps(_repaired(record))


def write(articles: list[Article], fmt: str, out: IO[bytes], header: bool = False,
          added: datetime | None = None, instances: dict[str, tuple[int, int, int]] | None = None) -> int:
    """Write one batch of articles in an export format; returns the number of records written.
    ``instances``: see :func:`gdelt_events` (the store passes its event instances' counts)."""
    if fmt in TABLES:
        columns, build = TABLES[fmt]
        rows = gdelt_events(articles, added, instances) if fmt == "gdelt-events" else build(articles, added)
        lines = (["\t".join(columns)] if header else []) + ["\t".join(r) for r in rows]
        out.write("".join(line + "\n" for line in lines).encode("utf-8", "replace"))  # a lone surrogate: "?"
        return len(rows)
    if fmt == "plover":
        records = plover(articles)
        out.write(b"".join(_json(r) + b"\n" for r in records))
        return len(records)
    if fmt in ("json", "jsonl"):
        out.write(b"".join(a.to_json(indent=fmt == "json") + b"\n" for a in articles))
        return len(articles)
    if fmt == "summary":
        from . import summary

        return summary.write(articles, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
