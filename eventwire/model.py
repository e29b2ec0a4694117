"""The record: one Article per input document, and everything found in it.

Field names follow the contract in DESIGN.md. Character offsets are
``[start, end)`` into ``Article.text`` (the clean body) unless a ``Ref`` names
another field (``title`` or ``captions/N``).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

Status = Literal["occurred", "intended", "negated", "hypothetical"]


@dataclass
class Ref:
    """A stretch of text in one of the article's fields ("text", "title", "captions/0")."""

    field: str
    start: int
    end: int


@dataclass
class Trigger:
    text: str
    start: int
    end: int


@dataclass
class Plover:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass
class Actor:
    id: str
    name: str
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    kind: str = "organization"  # person | organization | country | group
    mentions: list[list[int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    other_mentions: list[Ref] = field(default_factory=list)  # in title and captions
    affiliation: str | None = None  # id of the group a person acts for ("a key ISIL operative")
    country_inferred: bool = False  # country taken from the article ("police said" in a story about Kenya)
    sector_inferred: bool = False  # a person no words give a role: a civilian (CVL), as ICEWS codes them
    implied: bool = False  # named by no words: the agent an act implies ("was arrested" → the police)
    code_from: Ref | None = None  # the words that gave a person the lexicon does not know its code ("Senator", "was charged"), wherever in the article


@dataclass
class Event:
    id: str
    sentence: int
    trigger: Trigger
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    source: str | None = None
    target: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: str | None = None
    status: Status = "occurred"
    confidence: float = 0.0
    evidence: str = ""
    mentions: list[Ref] = field(default_factory=list)
    tone: float | None = None
    source_implied: bool = False  # the source is the agent the act implies, not named by the words
    same_as: str | None = None  # the earlier event of this article that this one tells again ("the raid" after
    # "police raided"): each telling is coded in its own sentence, as ICEWS codes them; count happenings where null

    def source_name(self, article: Article) -> str | None:
        """The source actor's name (``source`` is only its id)."""
        actor = article.actor(self.source)
        return actor.name if actor else None

    def target_name(self, article: Article) -> str | None:
        """The target actor's name (``target`` is only its id)."""
        actor = article.actor(self.target)
        return actor.name if actor else None

    def place_name(self, article: Article) -> str | None:
        """The event's place name (``location`` is only its id)."""
        place = article.location(self.location)
        return place.name if place else None

    def describe(self, article: Article) -> str:
        """``date  source → TYPE (cameo) → target  @ place  [status]``, names instead of ids."""
        who = f"{self.source_name(article) or '?'} → {self.plover.type} ({self.cameo}) → {self.target_name(article) or '?'}"
        place = self.place_name(article)
        return f"{self.date or '?'}  {who}" + (f"  @ {place}" if place else "") + f"  [{self.status}]"


@dataclass
class Location:
    id: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str  # TIMEX3: 2015-11-17, 2015-W47, 2015-11, 2015
    precision: str = "day"  # day | week | month | year
    field: str = "text"  # where start/end point: "text", "title" or "captions/N"


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    verb: str | None = None
    speaker_name: str | None = None  # the actor's name, or for a pronoun without one, its antecedent
    speaker_start: int | None = None  # offsets of speaker_text (of the first part for continued quotes)
    speaker_end: int | None = None


@dataclass
class Count:
    kind: str
    number: int
    start: int
    end: int
    object: str | None = None
    approximate: bool = False
    event: str | None = None
    location: str | None = None
    qualifier: str | None = None  # "at least", "more than", "about" ... as written before the number
    sentence: int | None = None
    text: str | None = None  # the words counted, text[start:end]


@dataclass
class Tone:
    tone: float
    positive: float
    negative: float
    words: int
    polarity: float = 0.0
    activity: float = 0.0
    self_group: float = 0.0


@dataclass
class ThemeMention:
    """Where a theme's term occurs in the body: ``[start, end)`` into ``Article.text``."""

    code: str
    start: int
    end: int


@dataclass
class Error:
    stage: str
    message: str


@dataclass
class Article:
    id: str
    text: str = ""
    url: str | None = None
    source: str | None = None  # the input it came from: a path, "stdin", "feed.xml#3", "batch.jsonl#12"
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601, naive local time of the outlet
    language: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    tone: Tone | None = None
    themes: list[str] = field(default_factory=list)  # codes, most mentioned first
    theme_mentions: list[ThemeMention] = field(default_factory=list)
    errors: list[Error] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The record as plain dicts, lists and scalars (what workers send and JSON holds)."""
        return _plain(self)

    def to_json(self, indent: bool = False) -> bytes:
        """The record as JSON; text with lone surrogates (which JSON cannot hold) is repaired first."""
        option = orjson.OPT_INDENT_2 if indent else 0
        try:
            return orjson.dumps(self, option=option)
        except orjson.JSONEncodeError:
            return orjson.dumps(_repaired(self.to_dict()), option=option)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id ("a3"), as events, quotes and counts name it; None for None."""
        return self._index("actors").get(actor_id) if actor_id else None

    def location(self, location_id: str | None) -> Location | None:
        """The place with this id ("l2"), as events and counts name it; None for None."""
        return self._index("locations").get(location_id) if location_id else None

    def event(self, event_id: str | None) -> Event | None:
        """The event with this id ("e4"), as counts name it; None for None."""
        return self._index("events").get(event_id) if event_id else None

    def _index(self, name: str) -> dict[str, Any]:
        # rebuilt each call: records are small, and a cache would go stale when a list is edited
        return {item.id: item for item in getattr(self, name)}

    def describe(self, ev: Event) -> str:
        """One readable line for an event: "2015-11-17  Russia → COOPERATE (0312) → France  @ Latakia  [intended]"."""
        return ev.describe(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _build(cls, data)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Article:
        return cls.from_dict(orjson.loads(raw))


_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_text(value: str, keep_length: bool = False) -> str:
    """``value`` with what no UTF-8 text can hold made valid: surrogate pairs that arrived as two
    code units are joined, lone surrogates become U+FFFD, NUL characters are dropped. With
    ``keep_length`` every surrogate becomes one U+FFFD and NULs stay (offsets keep pointing right)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        if keep_length:
            return _SURROGATE.sub("\ufffd", value)
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value.replace("\x00", "") if "\x00" in value and not keep_length else value


def _repaired(value: Any) -> Any:
    if isinstance(value, str):
        return repair_text(value, keep_length=True)
    if isinstance(value, dict):
        return {k: _repaired(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_repaired(v) for v in value]
    return value


def stable_id(url: str | None, text: str) -> str:
    """Same URL (or, without one, same text) → same id, across runs and machines."""
    key = url if url else text
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _build(tp: Any, value: Any) -> Any:
    """Rebuild typed dataclasses from plain JSON values, following the annotations."""
    return _builder(tp)(value)


def _same(value: Any) -> Any:
    return value


@functools.cache
def _builder(tp: Any) -> typing.Callable[[Any], Any]:
    """A function that rebuilds values of type ``tp``, made once per type (the driver of a
    cluster rebuilds every Article from its record, so this is on its hot path)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _builder(inner[0]) if len(inner) == 1 else _same
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        each = _builder(item)
        if each is _same:
            return lambda v: None if v is None else list(v)
        return lambda v: None if v is None else [each(x) for x in v]
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: _builder(hints[f.name]) for f in dataclasses.fields(tp)}
        return lambda v: None if v is None else tp(**{k: fields[k](x) for k, x in v.items() if k in fields})
    return _same


def _doc(tp: type) -> str:
    doc = (tp.__doc__ or "").strip()
    return tp.__name__ if not doc or doc.startswith(tp.__name__ + "(") else doc.splitlines()[0]


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the Article record, derived from the dataclasses."""
    defs: dict[str, Any] = {}

    def schema(tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [schema(a) for a in typing.get_args(tp)]}
        if origin is list:
            args = typing.get_args(tp)
            return {"type": "array", "items": schema(args[0]) if args else {}}
        if origin is Literal:
            return {"enum": list(typing.get_args(tp))}
        if dataclasses.is_dataclass(tp):
            name = tp.__name__
            if name not in defs:
                defs[name] = {}
                hints = typing.get_type_hints(tp, include_extras=True)
                fields = dataclasses.fields(tp)
                defs[name] = {
                    "type": "object",
                    "description": _doc(tp),
                    "properties": {f.name: schema(hints[f.name]) for f in fields},
                    "required": [
                        f.name
                        for f in fields
                        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                    ],
                }
            return {"$ref": f"#/$defs/{name}"}
        simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
        if tp in simple:
            return {"type": simple[tp]}
        if tp is Any:
            return {}
        raise TypeError(f"no JSON Schema for {tp!r}")

    root = schema(Article)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "eventwire Article", **root, "$defs": defs}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies of every leaf (a third of the time; a worker
    converts each record it sends back): records hold only dataclasses, lists, tuples, dicts and
    immutable scalars, so the leaves can be shared."""
    if isinstance(value, (str, int, float, type(None))):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
