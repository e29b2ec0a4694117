"""The corpus store: one DuckDB file that articles are ingested into, queried with SQL and exported from.

The only module that knows SQL. Records are written normalised (articles, actors, events,
event_mentions, locations, dates, quotes, counts, themes), keyed by the article id, one
transaction per :meth:`Store.add` call, so a killed ingest loses at most the batch in
flight and never leaves part of an article. Each article row also keeps the whole record
as JSON (``record``, without the text, which has its own column): exports rebuild the
exact :class:`~eventwire.model.Article` from it and reuse :mod:`eventwire.export`, and
fields added to the record later survive a round trip without a schema change.

Full-text search lives beside the store in an SQLite FTS5 file (``<store>.fts``):
DuckDB's ``fts`` extension is not in the wheel and ``INSTALL`` needs the network. The
index is written after each batch commits and caught up from the store's ``batch``
numbers when a writer opens the file, so a crash between the two never loses it.

DuckDB's foreign keys are not declared: DuckDB refuses to delete a referenced row even
after its referencing rows are gone in the same transaction, which would make
``--force`` replacement non-atomic. The keys hold by construction (a whole record is
written in one transaction) and the suite checks them; joins are documented in
:data:`JOINS`.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import duckdb
import orjson
import pyarrow as pa

from .model import Article

SCHEMA_VERSION = 5  # 2: dedup's keyed rows in one table (dedup_kv), an instance's reports out of its state;
# 3: each instance blocking key's latest instances in one row of dedup_kv ('b:'), not a row per (key, instance);
# 4: an instance filed under the weeks of its own days, each blocking entry with the instance's first day;
# 5: events.source_implied and events.same_as (a re-telling of an event of the same article)

# (table, columns as (name, DuckDB type), primary key)
TABLES: dict[str, tuple[list[tuple[str, str]], str | None]] = {
    "meta": ([("key", "VARCHAR"), ("value", "VARCHAR")], "key"),
    "articles": ([
        ("id", "VARCHAR"), ("url", "VARCHAR"), ("source", "VARCHAR"), ("outlet", "VARCHAR"),
        ("title", "VARCHAR"), ("published", "TIMESTAMP"), ("language", "VARCHAR"), ("byline", "VARCHAR"),
        ("text", "VARCHAR"), ("captions", "VARCHAR[]"), ("tone", "DOUBLE"), ("errors", "JSON"),
        ("content_hash", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
        ("duplicate_of", "VARCHAR"), ("story_id", "VARCHAR"),
        ("batch", "BIGINT"), ("record", "JSON"), ("seq", "BIGINT"),
    ], "id"),
    "actors": ([
        ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("name", "VARCHAR"), ("code", "VARCHAR"),
        ("country", "VARCHAR"), ("sectors", "VARCHAR[]"), ("kind", "VARCHAR"), ("affiliation", "VARCHAR"),
        ("mentions", "JSON"), ("aliases", "VARCHAR[]"),
    ], None),
    "events": ([
        ("uid", "VARCHAR"), ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("sentence", "INTEGER"),
        ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("trigger_field", "VARCHAR"),
        ("source_id", "VARCHAR"), ("target_id", "VARCHAR"),
        ("source_code", "VARCHAR"), ("source_country", "VARCHAR"), ("source_name", "VARCHAR"),
        ("target_code", "VARCHAR"), ("target_country", "VARCHAR"), ("target_name", "VARCHAR"),
        ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"),
        ("date", "DATE"), ("date_value", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_text", "VARCHAR"),
        ("location_id", "VARCHAR"), ("country", "VARCHAR"), ("admin1", "VARCHAR"),
        ("lat", "DOUBLE"), ("lon", "DOUBLE"),
        ("status", "VARCHAR"), ("confidence", "DOUBLE"), ("evidence", "VARCHAR"), ("tone", "DOUBLE"),
        ("instance_id", "VARCHAR"), ("gdelt_id", "BIGINT"), ("published", "TIMESTAMP"), ("article_seq", "BIGINT"),
        ("source_implied", "BOOLEAN"), ("same_as", "VARCHAR"),  # Event.source_implied, Event.same_as (the event of
        # its article it tells again; happenings: WHERE same_as IS NULL)
    ], "uid"),
    "event_mentions": ([
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("field", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"),
    ], None),
    "locations": ([
        ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("geonameid", "BIGINT"),
        ("feature", "VARCHAR"), ("mentions", "JSON"),
    ], None),
    "dates": ([
        ("article_id", "VARCHAR"), ("n", "INTEGER"), ("text", "VARCHAR"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("value", "VARCHAR"), ("precision", "VARCHAR"), ("field", "VARCHAR"),
    ], None),
    "quotes": ([
        ("article_id", "VARCHAR"), ("n", "INTEGER"), ("text", "VARCHAR"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("speaker_id", "VARCHAR"), ("speaker_text", "VARCHAR"), ("verb", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
    ], None),
    "counts": ([
        ("article_id", "VARCHAR"), ("n", "INTEGER"), ("kind", "VARCHAR"), ("number", "BIGINT"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("object", "VARCHAR"), ("approximate", "BOOLEAN"),
        ("qualifier", "VARCHAR"), ("event_id", "VARCHAR"), ("location_id", "VARCHAR"),
        ("sentence", "INTEGER"), ("text", "VARCHAR"),
    ], None),
    "themes": ([("article_id", "VARCHAR"), ("code", "VARCHAR"), ("mentions", "INTEGER")], None),
    "event_instances": ([
        ("instance_id", "VARCHAR"), ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("quad_class", "INTEGER"),
        ("plover_type", "VARCHAR"), ("source_code", "VARCHAR"), ("target_code", "VARCHAR"),
        ("source_name", "VARCHAR"), ("target_name", "VARCHAR"), ("date", "DATE"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("first_seen", "TIMESTAMP"),
        ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"), ("num_sources", "INTEGER"),
        ("event_uids", "VARCHAR[]"), ("confidence", "DOUBLE"),
    ], "instance_id"),
    "country_codes": ([("code", "VARCHAR"), ("fips", "VARCHAR"), ("name", "VARCHAR")], "code"),
}
ARTICLE_TABLES = ("articles", "actors", "events", "event_mentions", "locations", "dates", "quotes", "counts",
                  "themes")  # the tables one article's rows live in (all keyed by article_id, articles by id)

JOINS = """\
events.article_id        -> articles.id
events.(article_id, source_id | target_id) -> actors.(article_id, id)
events.(article_id, location_id)           -> locations.(article_id, id)
event_mentions.(article_id, event_id)      -> events.(article_id, id)   (events.uid = article_id || ':' || id)
counts.(article_id, event_id | location_id) -> events / locations
quotes.(article_id, speaker_id)            -> actors
events.instance_id       -> event_instances.instance_id   (filled by dedup)
articles.duplicate_of    -> articles.id                   (filled by dedup)"""

# The views shaped like GDELT 2.0 Events / Mentions and like POLECAT/PLOVER records. Mapping, and where it
# departs from GDELT: dates are the event's own day (see events.date), only occurred events appear, counts
# (NumMentions ...) are per event within its article until dedup fills event_instances, and actor codes are
# eventwire's CAMEO-style codes (country ISO alpha-3 + sector). Geographic country codes are FIPS 10-4 as in GDELT.
VIEWS = {
    "gdelt_events": """
SELECT e.gdelt_id AS GLOBALEVENTID,
       CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
       CAST(strftime(e.date, '%Y%m') AS INTEGER) AS MonthYear,
       year(e.date) AS Year,
       round(year(e.date) + (dayofyear(e.date) - 1) / (CASE WHEN (year(e.date) % 4 = 0 AND year(e.date) % 100 <> 0)
             OR year(e.date) % 400 = 0 THEN 366 ELSE 365 END), 4) AS FractionDate,
       e.source_code AS Actor1Code, upper(e.source_name) AS Actor1Name, e.source_country AS Actor1CountryCode,
       e.target_code AS Actor2Code, upper(e.target_name) AS Actor2Name, e.target_country AS Actor2CountryCode,
       CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END AS IsRootEvent,
       e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, e.cameo_root AS EventRootCode,
       e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
       coalesce(ei.num_mentions, (SELECT count(*) FROM event_mentions m
                                  WHERE m.article_id = e.article_id AND m.event_id = e.id)) AS NumMentions,
       coalesce(ei.num_sources, 1) AS NumSources, coalesce(ei.num_articles, 1) AS NumArticles,
       a.tone AS AvgTone,
       l.name AS ActionGeo_FullName, cc.fips AS ActionGeo_CountryCode, e.admin1 AS ActionGeo_ADM1Code,
       e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long, CAST(l.geonameid AS VARCHAR) AS ActionGeo_FeatureID,
       CAST(strftime(a.ingested_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
       coalesce(a.url, a.id) AS SOURCEURL,
       e.uid AS eventwire_uid, e.instance_id AS eventwire_instance_id
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN locations l ON l.article_id = e.article_id AND l.id = e.location_id
LEFT JOIN country_codes cc ON cc.code = e.country
LEFT JOIN event_instances ei ON ei.instance_id = e.instance_id
WHERE e.status = 'occurred'""",
    "gdelt_mentions": """
SELECT e.gdelt_id AS GLOBALEVENTID,
       CAST(strftime(e.date, '%Y%m%d%H%M%S') AS BIGINT) AS EventTimeDate,
       CAST(strftime(coalesce(a.published, a.ingested_at), '%Y%m%d%H%M%S') AS BIGINT) AS MentionTimeDate,
       CASE WHEN a.url IS NULL THEN 2 ELSE 1 END AS MentionType,
       coalesce(regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/:]+)', 1), a.outlet) AS MentionSourceName,
       coalesce(a.url, a.id) AS MentionIdentifier,
       CASE WHEN m.field = 'text' THEN e.sentence + 1 ELSE 0 END AS SentenceID,
       m.start AS ActionCharOffset, 1 AS InRawText,
       CAST(round(e.confidence * 100) AS INTEGER) AS Confidence,
       length(a.text) AS MentionDocLen, a.tone AS MentionDocTone,
       m.field AS eventwire_field, e.uid AS eventwire_uid
FROM event_mentions m
JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
JOIN articles a ON a.id = e.article_id
WHERE e.status = 'occurred'""",
    "plover_events": """
SELECT e.article_id || '-' || e.id AS id, e.gdelt_id AS event_id, e.article_id AS story_id,
       e.plover_type AS event_type, e.plover_mode AS mode, e.status, e.date_value AS date,
       e.date AS event_day, e.date_precision, e.date_text, a.published AS story_date,
       e.source_name AS actor_name, e.source_code AS actor_code, e.source_country AS actor_country,
       e.target_name AS recipient_name, e.target_code AS recipient_code, e.target_country AS recipient_country,
       l.name AS location_name, e.country AS location_country, e.admin1 AS location_admin1,
       e.lat, e.lon, e.evidence AS event_text, e.sentence,
       e.trigger_text, e.trigger_field, e.trigger_start, e.trigger_end,
       e.cameo, e.quad_class, e.goldstein, e.confidence, a.url, a.outlet, a.title, e.uid, e.instance_id
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN locations l ON l.article_id = e.article_id AND l.id = e.location_id""",
}

_ARROW = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}
_SCHEMAS = {t: pa.schema([(c, _ARROW[ty]) for c, ty in cols]) for t, (cols, _) in TABLES.items()}


# what Store.search gives for each event by default: enough to count, map and follow up by uid
SEARCH_COLUMNS = ("uid", "article_id", "date", "cameo", "cameo_root", "quad_class", "goldstein", "plover_type",
                  "status", "source_code", "source_name", "target_code", "target_name", "country", "lat", "lon",
                  "trigger_text", "confidence")


class StoreError(Exception):
    """A store problem told in one line: wrong file, newer schema, another writer, disk full."""


@dataclass
class AddResult:
    added: int = 0
    skipped: int = 0
    replaced: int = 0

    def __iadd__(self, other: AddResult) -> AddResult:
        self.added += other.added
        self.skipped += other.skipped
        self.replaced += other.replaced
        return self


# Migrations: MIGRATIONS[n] upgrades a store at schema version n to n + 1, inside one transaction.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {}


def _ddl() -> list[str]:
    out = []
    for table, (cols, key) in TABLES.items():
        body = ", ".join(f'"{c}" {ty}' + (" PRIMARY KEY" if c == key else "") for c, ty in cols)
        out.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    out += [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]
    return out


_LOCK = re.compile(r"Conflicting lock is held in (?P<prog>.+?)(?: \(PID (?P<pid>\d+)\))?\.? ")


def _why(e: Exception) -> str:
    """DuckDB's message on one line, without its 'IO Error:' prefix and documentation links."""
    msg = str(e).split("\n")[0]
    msg = re.sub(r"^[A-Za-z ]+Error: ", "", msg)
    return re.sub(r"\s*See also https?://\S+", "", msg).strip()


def _open_error(path: str, e: Exception, read_only: bool) -> StoreError:
    msg = str(e)
    if "Could not set lock" in msg:
        m = _LOCK.search(msg + " ")
        holder = f" by {Path(m['prog']).name} (PID {m['pid']})" if m and m["pid"] else (
            f" by {m['prog']}" if m else " by another process")
        if not read_only:  # the holder may be a writer or readers ('eventwire serve --read-only'): DuckDB won't say
            return StoreError(f"{path} is open{holder}; DuckDB allows one writer, and only while no other process "
                              f"has the store open: wait for that process to finish (or stop it) and try again")
        return StoreError(f"{path} is open for writing{holder}; DuckDB allows one writer, so cannot read it "
                          f"now: wait for that process to finish (or stop it) and try again")
    if "not a valid DuckDB database" in msg or "Corrupt" in msg or "corrupt" in msg or "checksum" in msg.lower():
        return StoreError(f"{path} is not an eventwire store: not a DuckDB database file, or a damaged one ({_why(e)})")
    return StoreError(f"cannot open {path}: {_why(e)}")


def open(path: str | Path = "eventwire.duckdb", read_only: bool = False,  # noqa: A001 - the API name
         memory_limit: str | None = None) -> Store:
    """Open (creating it when writable and absent) the corpus store at ``path``."""
    return Store(path, read_only=read_only, memory_limit=memory_limit)


def _quote_phrase(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


# ---------------------------------------------------------------------------------------
# queries for the API
#
# Read-only, parameterised queries behind `eventwire serve` (eventwire/api.py). User input
# only ever reaches DuckDB as a bound parameter; column names come from the fixed tables
# below, never from the request. Counts of events are counts of event *instances* when
# dedup has filled `events.instance_id` (count distinct coalesce(instance_id, uid)), and
# of event mentions otherwise, so the same queries work before and after dedup.
# ---------------------------------------------------------------------------------------

# /events fields: name -> (SQL expression, SQL type for cursor values)
EVENT_FIELDS: dict[str, tuple[str, str]] = {
    **{c: (f"e.{c}", "VARCHAR") for c in (
        "uid", "article_id", "id", "trigger_text", "trigger_field", "source_id", "source_code", "source_country",
        "source_name", "target_id", "target_code", "target_country", "target_name", "cameo", "cameo_root",
        "plover_type", "plover_mode", "date_value", "date_precision", "date_text", "location_id", "country",
        "admin1", "status", "evidence", "instance_id", "same_as")},
    **{c: (f"e.{c}", "INTEGER") for c in ("sentence", "trigger_start", "trigger_end", "quad_class")},
    **{c: (f"e.{c}", "DOUBLE") for c in ("goldstein", "lat", "lon", "confidence", "tone")},
    "source_implied": ("e.source_implied", "BOOLEAN"),
    "date": ("e.date", "DATE"),
    "title": ("a.title", "VARCHAR"),
    "outlet": ("a.outlet", "VARCHAR"),
    "url": ("a.url", "VARCHAR"),
    "published": ("e.published", "TIMESTAMP"),
}
EVENT_SORTS = ("date", "published", "confidence", "goldstein", "quad_class", "country", "cameo", "plover_type",
               "source_name", "target_name", "uid")
_EVENT_KEY = "coalesce(e.instance_id, e.uid)"
# the same count as count(DISTINCT coalesce(instance_id, uid)) (uids are unique, instance ids are not uids),
# without hashing every uid: four times faster on 100,000 events; before dedup has run, plain count(*)
_EVENT_COUNT = "(count(*) FILTER (WHERE e.instance_id IS NULL) + count(DISTINCT e.instance_id))"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # DESIGN.md
# event date precisions a timeline bucket of each interval can hold ("publication": dated by the article)
TIMELINE_PRECISIONS = {"day": ("day", "publication"), "week": ("day", "publication", "week"),
                       "month": ("day", "publication", "week", "month")}


@dataclass
class EventFilter:
    """What the API's filter parameters select; every list is OR-ed, fields are AND-ed."""

    since: date | None = None
    until: date | None = None
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    actor: list[str] = field(default_factory=list)  # id ("article:a1"), code or name
    actor_role: str = "either"  # source | target | either
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None  # either direction
    type: list[str] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    cameo: list[str] = field(default_factory=list)  # code prefixes: "19" is the root, "0312" one code
    quad_class: list[int] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    min_confidence: float | None = None
    q: str | None = None
    article: list[str] = field(default_factory=list)

    def where(self) -> tuple[str, list]:
        """The SQL condition (over `events e`) and its parameters."""
        sql: list[str] = []
        params: list = []

        def any_of(expr: str, values: list) -> None:
            if values:
                sql.append(f"{expr} IN ({', '.join('?' * len(values))})")
                params.extend(values)

        if self.since:
            sql.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            sql.append("e.date <= ?")
            params.append(self.until)
        any_of("e.country", self.country)
        any_of("e.admin1", self.admin1)
        if self.bbox:
            sql.append("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?")
            params += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        roles = {"source": ["source"], "target": ["target"]}.get(self.actor_role, ["source", "target"])
        if self.actor:
            parts = [_actor_match(side, a, params) for a in self.actor for side in roles]
            sql.append("(" + " OR ".join(parts) + ")")
        for side, values in (("source", self.source), ("target", self.target)):
            if values:
                sql.append("(" + " OR ".join(_actor_match(side, a, params) for a in values) + ")")
        if self.dyad:
            a, b = self.dyad
            one = f"({_actor_match('source', a, params)} AND {_actor_match('target', b, params)})"
            two = f"({_actor_match('source', b, params)} AND {_actor_match('target', a, params)})"
            sql.append(f"({one} OR {two})")
        any_of("e.plover_type", self.type)
        any_of("e.plover_mode", self.mode)
        if self.cameo:
            sql.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in self.cameo) + ")")
            params += self.cameo
        any_of("e.quad_class", self.quad_class)
        any_of("e.status", self.status)
        if self.min_confidence is not None:
            sql.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if self.q:
            sql.append("(contains(lower(e.evidence), ?) OR contains(lower(e.source_name), ?) "
                       "OR contains(lower(e.target_name), ?) OR contains(lower(e.trigger_text), ?))")
            params += [self.q.lower()] * 4
        any_of("e.article_id", self.article)
        return (" AND ".join(sql) or "TRUE"), params


def _actor_match(side: str, value: str, params: list) -> str:
    """An actor named by its global id (article id ':' actor id), its code or its name."""
    params += [value.upper(), value.lower()]
    sql = f"e.{side}_code = ? OR lower(e.{side}_name) = ?"
    article, sep, actor = value.rpartition(":")
    if sep and article and actor:
        params += [article, actor]
        sql += f" OR (e.article_id = ? AND e.{side}_id = ?)"
    return f"({sql})"


def _page(rows: Any, keys: list[tuple], counted: dict | None, limit: int, arrow: bool) -> Page:
    """The page of ``limit`` rows out of ``limit`` + 1 read, with the cursor of its last row."""
    more = len(keys) > limit
    rows = rows.slice(0, limit) if arrow else rows[:limit]
    next_after = None
    if more and limit:
        last_key, last_uid = keys[limit - 1]
        value = last_key.isoformat() if hasattr(last_key, "isoformat") else last_key
        next_after = (last_key is None, value, last_uid)
    return Page(rows, next_after, counted)


def _series(keys: list[str], ev, gs, gn, lo: int, n: int, unit: str, step: int, by_group: bool = True) -> Series:
    """A timeline from its (groups x buckets) events, Goldstein sums in thousandths (integers) and
    Goldstein counts; ``lo`` is the first bucket in ``unit`` (days or months since 1970), ``step`` units apart.
    Without ``by_group``, each group's Goldstein lists are left empty."""
    import numpy as np

    out = Series()
    out.buckets = (np.arange(n, dtype=np.int64) * step + lo).astype(f"datetime64[{unit}]") \
        .astype("datetime64[D]").tolist()
    out.groups = {k: (ev[i].tolist(), (gs[i] / 1000).tolist() if by_group else [], gn[i].tolist() if by_group else [])
                  for i, k in enumerate(keys)}
    out.total = ev.sum(axis=0).tolist()
    out.goldstein_n = gn.sum(axis=0).tolist()
    out.goldstein_sum = (gs.sum(axis=0) / 1000).tolist()
    return out


def _actor_params(value: str, times: int) -> list:
    out: list = []
    for _ in range(times):
        _actor_match("source", value, out)
    return out


MAX_BUCKETS = 20_000  # a timeline lists at most this many buckets
# Goldstein values are summed as integer thousandths: exact, so a sum does not depend on the order the
# rows are added in. (A float sum does: DuckDB's hash aggregation adds partial sums in an order of its
# own, and a mean of tenths often ends in a 5 at the third decimal, where the last bit decides the
# rounding.) The scale has one decimal; a thousandth keeps any value given to three.
GOLDSTEIN_MILLI = "CAST(round(e.goldstein * 1000) AS BIGINT)"
_MISSING = object()  # a NULL group in a timeline's rows
TITLE_MEMO = 200_000  # article titles remembered for /events pages (~40 MB at most)
# a read-only store's events are held in memory up to this many (see api_remember): at 100,000 events
# the columns take 45 MB of Python heap and a reader process ~110 MB more than without them
MEMORY_EVENTS = 500_000


@dataclass
class Series:
    """A timeline: its buckets; the events, Goldstein sums and Goldstein counts per bucket in all; and the
    same per group (a dense list each, 0 in an empty bucket)."""

    buckets: list = field(default_factory=list)
    total: list = field(default_factory=list)
    goldstein_sum: list = field(default_factory=list)
    goldstein_n: list = field(default_factory=list)
    groups: dict[str, tuple[list, list, list]] = field(default_factory=dict)


@dataclass
class Page:
    """One page of /events: its rows (dicts, or an Arrow table when asked for) and the keyset cursor
    of its last row."""

    rows: Any  # list[dict] | pyarrow.Table
    next_after: tuple | None  # (is_null, value, uid) of the last row, when more rows follow
    counted: dict | None = None  # api_count of the same filter, in the same snapshot, when asked for


class ApiQueries:
    """The read-only queries of eventwire/api.py (Store inherits them); they run on a per-thread cursor,
    never on the writer's connection, so reads go on while a write transaction is open."""

    def _reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor of this thread (DuckDB connections are not shared across threads)."""
        local = self.__dict__.setdefault("_readers", threading.local())
        cur = getattr(local, "cursor", None)
        if cur is None:
            cur = local.cursor = self.con.cursor()
            self.__dict__.setdefault("_all_readers", []).append(cur)
        return cur

    def api_close_readers(self) -> None:
        """Close every thread's cursor (before ``close()``: an open cursor keeps the file locked)."""
        for cur in self.__dict__.pop("_all_readers", []):
            try:
                cur.close()
            except duckdb.Error:
                pass
        self.__dict__.pop("_readers", None)

    def api_changed(self) -> None:
        """Forget what the queries remembered about the data (call after writing)."""
        self.__dict__.pop("_count_memo", None)  # (events held in memory are a read-only store's: never stale)

    def api_remember(self, max_events: int = MEMORY_EVENTS) -> str:
        """Hold the events in memory as NumPy columns (eventwire/columns.py), so that the common /events
        pages and timelines are answered without DuckDB; only for a store open read-only (nothing can
        change it meanwhile), and only up to ``max_events`` events. Says what it did, in one line."""
        if not getattr(self, "read_only", False):
            return "events not held in memory: the store is open for writing"
        n = self.count("events")
        if n > max_events:
            return f"events not held in memory: {n:,} is more than {max_events:,}; DuckDB answers every query"
        from .columns import EventColumns

        started = time.perf_counter()
        exprs = {n: sql for n, (sql, _) in EVENT_FIELDS.items() if n != "evidence"}
        exprs.update(source_lname="lower(e.source_name)", target_lname="lower(e.target_name)",
                     goldstein_milli=GOLDSTEIN_MILLI)
        cur = self._reader()

        def read():  # a column at a time: a Python object per value for every column at once took 300 MB
            for name, sql in exprs.items():
                source = "events e LEFT JOIN articles a ON a.id = e.article_id" if sql.startswith("a.") else "events e"
                yield name, cur.execute(f"SELECT {sql} AS c FROM {source} ORDER BY e.rowid").fetchnumpy()["c"]

        try:
            memo = EventColumns(read())
        except ValueError as e:
            return f"events not held in memory: {e}"
        self.__dict__["_columns"] = memo
        return (f"{n:,} events held in memory ({memo.nbytes() / 1e6:.0f} MB, "
                f"{time.perf_counter() - started:.1f} s) for /events and /timeline")

    def _titles(self, cur: duckdb.DuckDBPyConnection, keys: list[tuple[str, int]]) -> dict[tuple[str, int], str | None]:
        """Titles of articles by (id, seq), remembered: joining the articles table to every page cost more
        than the rest of the page (1.7 of 4 ms on 100,000 events) for a few dozen titles. An article's
        ``seq`` is new each time it is stored (a replacement gets the next one), so a remembered
        (id, seq) never goes stale; events carry their article's as ``article_seq``."""
        memo = self.__dict__.get("_title_memo")
        if memo is None or len(memo) > TITLE_MEMO:
            memo = self.__dict__["_title_memo"] = {}
        out = {k: memo[k] for k in keys if k in memo}
        todo = sorted({k[1] for k in keys if k not in out and k[1] is not None})
        if todo:
            got = {(i, q): t for q, i, t in cur.execute(
                "SELECT seq, id, title FROM articles WHERE seq BETWEEN ? AND ? AND seq IN (SELECT unnest(?))",
                [todo[0], todo[-1], todo]).fetchall()}
            memo.update(got)
            out.update(got)
        lost = sorted({k[0] for k in keys if k not in out})  # no article of that seq: by id, as the join did
        if lost:
            by_id = dict(cur.execute("SELECT id, title FROM articles WHERE id IN (SELECT unnest(?))", [lost]).fetchall())
            out.update({k: by_id.get(k[0]) for k in keys if k not in out})
        return out

    def _count(self) -> str:
        """How to count events: instances once dedup has filled any instance_id, else rows that tell no
        event of their article again (a DISTINCT per group is the costliest part of a day-by-country
        timeline, and needless before dedup; a re-telling shares its event's instance)."""
        memo = self.__dict__.get("_count_memo")
        now = time.monotonic()
        if memo and now - memo[0] < 2.0:  # asked once every 2 s at most: dedup's first write shows within 2 s
            return memo[1]
        filled = self._reader().execute("SELECT EXISTS (SELECT 1 FROM events WHERE instance_id IS NOT NULL)")
        expr = _EVENT_COUNT if filled.fetchone()[0] else "count(*) FILTER (WHERE e.same_as IS NULL)"
        self.__dict__["_count_memo"] = (now, expr)
        return expr

    def _q(self, sql: str, params: list | None = None) -> list[dict]:
        cur = self._reader().execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def api_events(self, f: EventFilter, fields: list[str], sort: str = "-date", after: tuple | None = None,
                   limit: int = 100, arrow: bool = False, count: bool = False) -> Page:
        """A page of events matching ``f``; ``after`` is the previous page's ``next_after``; rows as dicts,
        or as an Arrow table with ``arrow`` (for CSV and Parquet). With ``count``, the page also carries
        :meth:`api_count` of ``f``, read in the same snapshot."""
        memo = self.__dict__.get("_columns")
        got = memo.page(f, fields, sort, after, limit, count) if memo is not None and not arrow else None
        if got is not None:  # a read-only store's events in memory (eventwire/columns.py)
            return _page(*got, limit=limit, arrow=False)
        key = sort.lstrip("-")
        desc = sort.startswith("-")
        expr, typ = EVENT_FIELDS[key]
        where, params = f.where()
        counted = None
        if after is not None:
            is_null, value, uid = after
            if is_null:
                where += f" AND {expr} IS NULL AND e.uid > ?"
                params = params + [uid]
            else:
                op = "<" if desc else ">"
                where += (f" AND ({expr} IS NULL OR {expr} {op} CAST(? AS {typ}) "
                          f"OR ({expr} = CAST(? AS {typ}) AND e.uid > ?))")
                params = params + [value, value, uid]
        order = f"{'DESC' if desc else 'ASC'} NULLS LAST"
        # the title alone of the article's fields: from a memo of titles, not a join (see _titles)
        titled = not arrow and [n for n in fields if EVENT_FIELDS[n][0].startswith("a.")] == ["title"]
        cols = ", ".join(f"{'NULL' if titled and n == 'title' else EVENT_FIELDS[n][0]} AS {n}" for n in fields)
        source = "events e" if titled else "events e LEFT JOIN articles a ON a.id = e.article_id"
        # what the page needs beside the fields (its sort key, uid, article id and seq), read as the fields'
        # own columns when they are among them: each column read costs a page ~0.05 ms of planning and
        # decompression, and the default fields hold the date, the uid and the article id
        at = {n: i for i, n in enumerate(fields)} if not arrow else {}
        hidden: list[str] = []

        def column(name: str, sql: str, alias: str) -> int:
            if name in at:
                return at[name]
            hidden.append(f"{sql} AS {alias}")
            return len(fields) + len(hidden) - 1

        key_at, uid_at = column(key, expr, "__key"), column("uid", "e.uid", "__uid")
        aid_at, aseq_at = (column("article_id", "e.article_id", "__aid"), column("", "e.article_seq", "__aseq")) \
            if titled else (None, None)
        extra = "".join(", " + h for h in hidden)
        # Two steps in one snapshot: choose the page on the sort key alone (carrying every field through
        # the sort costs more than the sort), then read the chosen rows by rowid, within their rowid
        # range (which skips most of the table when the page's events were stored together).
        cur = self._reader()
        snapshot = not getattr(self, "read_only", False)  # nothing can change a store open read-only: no need
        if snapshot:  # (0.15 ms a page; 'eventwire serve --read-only')
            cur.execute("BEGIN TRANSACTION")
        try:
            narrowed = few = False
            if key == "date":
                import numpy as np

                # A top-N heap over events stored in date order churns on every row when sorting by date
                # descending; a day histogram finds the day the page reaches back to, and the sort then
                # sees only the events from that day on (2.5 ms instead of 14 on 100,000 events). Its
                # counts add up to the matching mentions.
                # (read as NumPy columns: a Python date and tuple per day cost 0.25 ms of a five-year page)
                hist = cur.execute(f"SELECT e.date AS day, count(*) AS n FROM events e WHERE {where} "
                                   f"GROUP BY e.date ORDER BY e.date {order}", params).fetchnumpy()
                seen = np.cumsum(np.ma.getdata(hist["n"]))
                reach = int(np.searchsorted(seen, limit, side="right"))  # the first day past `limit` events
                if reach < len(seen) and not np.ma.getmaskarray(hist["day"])[reach]:
                    where += f" AND e.date {'>=' if desc else '<='} ?"
                    params = params + [np.ma.getdata(hist["day"])[reach].astype("datetime64[D]").item()]
                    narrowed = True
                matching = int(seen[-1]) if len(seen) else 0
                few = matching <= limit  # the page is every matching event: no need to choose it first
            if count:
                counted = self.api_count(f)
            if narrowed or few:  # a few hundred candidates at most: one query reads the page
                query = (f"SELECT {cols}{extra} FROM {source} WHERE {where} "
                         f"ORDER BY {expr} {order}, e.uid LIMIT ?")
                args = params + [limit + 1]
            else:
                rowids = [r[0] for r in cur.execute(
                    f"SELECT e.rowid FROM events e WHERE {where} ORDER BY {expr} {order}, e.uid LIMIT ?",
                    params + [limit + 1]).fetchall()]
                pick = (f"e.rowid BETWEEN ? AND ? AND e.rowid IN ({', '.join('?' * len(rowids))})" if rowids
                        else "FALSE")
                query = (f"SELECT {cols}{extra} FROM {source} WHERE {pick} "
                         f"ORDER BY {expr} {order}, e.uid")
                args = [min(rowids), max(rowids), *rowids] if rowids else []
            if arrow:
                table = cur.sql(query, params=args).to_arrow_table()
                keys = list(zip(table.column("__key").to_pylist(), table.column("__uid").to_pylist()))
                rows: Any = table.drop_columns(["__key", "__uid"])
            else:
                got = cur.execute(query, args).fetchall()
                keys = [(r[key_at], r[uid_at]) for r in got]
                rows = [dict(zip(fields, r)) for r in got]  # zip stops at the last field
                if titled:
                    titles = self._titles(cur, [(r[aid_at], r[aseq_at]) for r in got[:limit]])
                    for row, r in zip(rows, got):
                        row["title"] = titles.get((r[aid_at], r[aseq_at]))
        finally:
            if snapshot:
                cur.execute("COMMIT")
        return _page(rows, keys, counted, limit=limit, arrow=arrow)

    def api_count(self, f: EventFilter) -> dict:
        """How many event mentions and event instances match ``f``."""
        where, params = f.where()
        return self._q(f"SELECT count(*) AS mentions, {self._count()} AS events "
                       f"FROM events e WHERE {where}", params)[0]

    def api_event(self, uid: str) -> dict | None:
        """One event with its mentions, article, actors, place, counts and its instance's other reports."""
        rows = self._q("SELECT e.* FROM events e WHERE e.uid = ?", [uid])
        if not rows:
            return None
        ev = rows[0]
        aid, eid = ev["article_id"], ev["id"]
        ev["mentions"] = self._q('SELECT field, start, "end" FROM event_mentions WHERE article_id = ? '
                                 "AND event_id = ? ORDER BY field, start", [aid, eid])
        ev["article"] = (self._q("SELECT id, title, outlet, url, published FROM articles WHERE id = ?", [aid])
                         or [None])[0]
        ev["actors"] = self._q("SELECT id, name, code, country, sectors, kind FROM actors WHERE article_id = ? "
                               "AND id IN (?, ?)", [aid, ev["source_id"], ev["target_id"]])
        ev["location"] = (self._q("SELECT id, name, country, admin1, lat, lon, geonameid, feature FROM locations "
                                  "WHERE article_id = ? AND id = ?", [aid, ev["location_id"]]) or [None])[0]
        ev["counts"] = self._q('SELECT kind, number, object, qualifier, approximate, start, "end" FROM counts '
                               "WHERE article_id = ? AND event_id = ? ORDER BY n", [aid, eid])
        ev["instance"] = []
        if ev.get("instance_id"):
            ev["instance"] = self._q(
                "SELECT e.uid, e.article_id, a.title, a.outlet, a.published, e.trigger_text, e.evidence "
                "FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.instance_id = ? "
                "ORDER BY a.published, e.uid LIMIT 200", [ev["instance_id"]])
        return ev

    def api_article(self, article_id: str) -> dict | None:
        """An article with its text and every span found in it."""
        rows = self._q("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        art = rows[0]
        art["actors"] = self._q("SELECT id, name, code, country, sectors, kind, affiliation, mentions "
                                "FROM actors WHERE article_id = ? ORDER BY id", [article_id])
        art["events"] = self._q("SELECT * FROM events WHERE article_id = ? ORDER BY sentence, uid", [article_id])
        mentions = self._q('SELECT event_id, field, start, "end" FROM event_mentions WHERE article_id = ? '
                           "ORDER BY start", [article_id])
        for ev in art["events"]:
            ev["mentions"] = [m for m in mentions if m["event_id"] == ev["id"]]
        art["locations"] = self._q("SELECT id, name, country, admin1, lat, lon, geonameid, feature, mentions "
                                   "FROM locations WHERE article_id = ? ORDER BY id", [article_id])
        art["dates"] = self._q('SELECT n, text, start, "end", value, precision, field FROM dates '
                               "WHERE article_id = ? ORDER BY n", [article_id])
        art["quotes"] = self._q('SELECT n, text, start, "end", speaker_id, speaker_text, verb FROM quotes '
                                "WHERE article_id = ? ORDER BY n", [article_id])
        art["counts"] = self._q('SELECT n, kind, number, start, "end", object, approximate, qualifier, event_id, '
                                "location_id FROM counts WHERE article_id = ? ORDER BY n", [article_id])
        art["themes"] = [r["code"] for r in self._q("SELECT code FROM themes WHERE article_id = ? "
                                                    "ORDER BY mentions DESC, code", [article_id])]
        return art

    def api_actors(self, q: str | None = None, country: list[str] | None = None, code: list[str] | None = None,
                   limit: int = 50, offset: int = 0) -> list[dict]:
        """Actors across the corpus, one row per name, most widely reported first."""
        where, params = ["TRUE"], []
        if q:
            where.append("contains(lower(name), ?)")
            params.append(q.lower())
        if country:
            where.append(f"country IN ({', '.join('?' * len(country))})")
            params += country
        if code:
            where.append(f"code IN ({', '.join('?' * len(code))})")
            params += code
        return self._q(
            f"""WITH ac AS (
                  SELECT name, mode(code) AS code, mode(country) AS country, mode(kind) AS kind,
                         count(DISTINCT article_id) AS articles
                  FROM actors WHERE {' AND '.join(where)} GROUP BY name),
                ev AS (
                  SELECT lower(n) AS lname, count(DISTINCT k) AS events FROM (
                    SELECT e.source_name AS n, {_EVENT_KEY} AS k FROM events e WHERE e.source_name IS NOT NULL
                    UNION ALL
                    SELECT e.target_name, {_EVENT_KEY} FROM events e WHERE e.target_name IS NOT NULL)
                  GROUP BY lname)
                SELECT ac.*, coalesce(ev.events, 0) AS events FROM ac LEFT JOIN ev ON ev.lname = lower(ac.name)
                ORDER BY articles DESC, events DESC, name LIMIT ? OFFSET ?""",
            params + [limit, offset])

    def api_actor(self, key: str) -> dict | None:
        """An actor named by its global id ("article:a1"), code or name: who, where reported, doing what."""
        found = self._q("SELECT article_id, id, name, code, country, kind, sectors FROM actors "
                        "WHERE article_id || ':' || id = ? OR code = ? OR lower(name) = ? LIMIT 1",
                        [key, key.upper(), key.lower()])
        if not found:
            return None
        f = EventFilter(actor=[key])
        where, params = f.where()
        appearances = self._q(
            "SELECT ac.article_id, ac.id, ac.name, a.title, a.published FROM actors ac "
            "LEFT JOIN articles a ON a.id = ac.article_id "
            "WHERE ac.article_id || ':' || ac.id = ? OR ac.code = ? OR lower(ac.name) = ? "
            "ORDER BY a.published DESC NULLS LAST LIMIT 100", [key, key.upper(), key.lower()])
        summary = self._q(
            "SELECT list_distinct(list(name)) AS names, list_distinct(list(code)) AS codes, "
            "list_distinct(list(country)) AS countries, list_distinct(list(kind)) AS kinds, "
            "count(DISTINCT article_id) AS articles FROM actors "
            "WHERE article_id || ':' || id = ? OR code = ? OR lower(name) = ?", [key, key.upper(), key.lower()])[0]
        roles = {r["role"]: r["n"] for r in self._q(
            f"SELECT CASE WHEN ({_actor_match('source', key, [])}) THEN 'source' ELSE 'target' END AS role, "
            f"{self._count()} AS n FROM events e WHERE {where} GROUP BY role",
            _actor_params(key, 1) + params)}
        by_type = self._q(f"SELECT e.plover_type AS type, {self._count()} AS events FROM events e "
                          f"WHERE {where} GROUP BY type ORDER BY events DESC", params)
        partners = self._q(
            f"""SELECT CASE WHEN {_actor_match('source', key, [])} THEN e.target_name ELSE e.source_name END AS name,
                       {self._count()} AS events
                FROM events e WHERE {where} GROUP BY name HAVING name IS NOT NULL
                ORDER BY events DESC, name LIMIT 20""", _actor_params(key, 1) + params)
        return {"key": key, **found[0], **summary, "as_source": roles.get("source", 0),
                "as_target": roles.get("target", 0), "by_type": by_type, "partners": partners,
                "appearances": appearances}

    def api_timeline_series(self, f: EventFilter, interval: str = "month", group: str | None = "quad_class",
                            top: int = 20, by_group: bool = True) -> Series:
        """Events per day, week or month, optionally split by a group (its ``top`` largest; the rest together
        as "other"), as dense series: every bucket from the first to the last (so gaps show) and, per group
        (None as "unknown"), a list per measure, plus the totals per bucket. Only events dated at least as
        precisely as the interval count: a date known to the year only has no place in a month. Without
        ``by_group`` the groups' Goldstein lists are empty (a timeline of counts shows only the totals').

        Why not the rows: a day timeline over five years is ~30,000 (bucket, group) rows, and turning them
        into Python tuples and looping over them cost three times what counting them did; read as NumPy
        columns (unsorted, the QuadClass as an integer, not cast per event) and scattered into arrays they
        cost little."""
        import numpy as np

        precisions = TIMELINE_PRECISIONS[interval]
        # a filter on the grouped field itself that names at most `top` values leaves nothing to fold into
        # "other" (every row's group is one of them): no need to find the biggest first (a second scan)
        named = {"country": f.country, "type": f.type}.get(group or "")
        fold = (group == "country" or (group == "type" and top < len(PLOVER_TYPES) + 1)) \
            and not (named and len(set(named)) <= top)
        unit = "M" if interval == "month" else "D"
        step = 7 if interval == "week" else 1
        memo = self.__dict__.get("_columns")
        rows = memo.dated(f, precisions) if memo is not None else None
        if rows is not None:  # a read-only store's events in memory (eventwire/columns.py)
            column = {"quad_class": "quad_class", "type": "plover_type", "country": "country", None: None}[group]
            got = memo.timeline(rows, interval, column, top if fold else None, MAX_BUCKETS)
            return _series(*got, by_group=by_group) if got else Series()
        where, params = f.where()
        where += f" AND e.date IS NOT NULL AND e.date_precision IN ({', '.join('?' * len(precisions))})"
        params = params + list(precisions)
        bucket = "e.date" if interval == "day" else f"CAST(date_trunc('{interval}', e.date) AS DATE)"
        gexpr = {"quad_class": "e.quad_class", "type": "e.plover_type",
                 "country": "coalesce(e.country, 'unknown')", None: "'all'"}[group]
        grp, head, head_params = gexpr, "", []
        if fold:
            head = (f"WITH biggest AS (SELECT {gexpr} AS grp FROM events e WHERE {where} "
                    f"GROUP BY grp ORDER BY count(*) DESC, grp LIMIT ?) ")
            grp = f"CASE WHEN {gexpr} IN (SELECT grp FROM biggest) THEN {gexpr} ELSE 'other' END"
            head_params = params + [top]
        cols = self._reader().execute(
            f"""{head}SELECT {bucket} AS bucket, {grp} AS grp, CAST({self._count()} AS BIGINT) AS events,
                       CAST(sum({GOLDSTEIN_MILLI}) AS BIGINT) AS gs, count(e.goldstein) AS gn
                FROM events e WHERE {where} GROUP BY ALL""", head_params + params).fetchnumpy()
        if not len(cols["bucket"]):
            return Series()
        at = cols["bucket"].astype(f"datetime64[{unit}]").astype(np.int64)
        lo, hi = int(at.min()), int(at.max())
        n = min((hi - lo) // step + 1, MAX_BUCKETS)
        at = (at - lo) // step
        keep = at < n
        raw = cols["grp"]
        values = np.ma.getdata(raw).tolist()
        missing = np.ma.getmaskarray(raw)
        if missing.any():
            values = [_MISSING if m else v for v, m in zip(values, missing.tolist())]
        # names and slots of the few distinct groups, then one C-level pass over the rows (naming every
        # row in Python cost 2 of the 13 ms of a five-year day timeline by country)
        names = {v: "unknown" if v is _MISSING else str(v) for v in dict.fromkeys(values)}
        keys = sorted(set(names.values()))
        slot = {v: keys.index(k) for v, k in names.items()}
        g = np.fromiter(map(slot.__getitem__, values), dtype=np.int64, count=len(values))
        g, at = g[keep], at[keep]
        ev = np.zeros((len(keys), n), dtype=np.int64)
        gs = np.zeros((len(keys), n), dtype=np.int64)
        gn = np.zeros((len(keys), n), dtype=np.int64)
        np.add.at(ev, (g, at), np.ma.getdata(cols["events"])[keep])
        np.add.at(gs, (g, at), np.ma.filled(cols["gs"], 0)[keep])
        np.add.at(gn, (g, at), np.ma.getdata(cols["gn"])[keep])
        return _series(keys, ev, gs, gn, lo, n, unit, step, by_group=by_group)

    def api_date_span(self, f: EventFilter, interval: str | None = None) -> tuple[date | None, date | None]:
        """First and last event date; with ``interval``, of the events a timeline at that interval counts."""
        memo = self.__dict__.get("_columns")
        rows = memo.dated(f, TIMELINE_PRECISIONS[interval]) if memo is not None and interval else None
        if rows is not None:
            return memo.span(rows)
        where, params = f.where()
        if interval:
            where += f" AND e.date_precision IN ({', '.join('?' * len(TIMELINE_PRECISIONS[interval]))})"
            params = params + list(TIMELINE_PRECISIONS[interval])
        row = self._q(f"SELECT min(e.date) AS lo, max(e.date) AS hi FROM events e WHERE {where}", params)[0]
        return row["lo"], row["hi"]

    def api_network(self, f: EventFilter, limit: int = 100) -> dict:
        """Actors as nodes, source → target edges weighted by the events between them."""
        where, params = f.where()
        edges = self._q(
            f"""SELECT e.source_name AS source, e.target_name AS target, {self._count()} AS events,
                       avg(e.goldstein) AS goldstein, mode(e.plover_type) AS type
                FROM events e WHERE e.source_name IS NOT NULL AND e.target_name IS NOT NULL
                  AND e.source_name <> e.target_name AND {where}
                GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", params + [limit])
        names = sorted({x["source"] for x in edges} | {x["target"] for x in edges})
        nodes = []
        if names:
            nodes = self._q(
                f"""SELECT name, mode(code) AS code, mode(country) AS country, mode(kind) AS kind
                    FROM actors WHERE name IN ({', '.join('?' * len(names))}) GROUP BY name ORDER BY name""", names)
        weight: dict[str, int] = {}
        for x in edges:
            weight[x["source"]] = weight.get(x["source"], 0) + x["events"]
            weight[x["target"]] = weight.get(x["target"], 0) + x["events"]
        known = {n["name"] for n in nodes}
        nodes += [{"name": n, "code": None, "country": None, "kind": None} for n in names if n not in known]
        for n in nodes:
            n["events"] = weight.get(n["name"], 0)
        return {"nodes": nodes, "edges": edges}

    def api_stats(self, f: EventFilter) -> dict:
        """Corpus totals and the events matching ``f`` broken down the ways the dashboard filters."""
        where, params = f.where()
        corpus = self._q(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS event_mentions, "
            f"(SELECT {self._count()} FROM events e) AS events, "
            "(SELECT count(*) FROM actors) AS actor_mentions, (SELECT count(*) FROM locations) AS locations, "
            "(SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM counts) AS counts, "
            "(SELECT count(*) FROM events WHERE instance_id IS NOT NULL) AS deduplicated")[0]

        def by(expr: str, limit: int = 50) -> list[dict]:
            return self._q(f"SELECT {expr} AS key, {self._count()} AS events FROM events e "
                           f"WHERE {where} GROUP BY key ORDER BY events DESC, key NULLS LAST LIMIT ?",
                           params + [limit])

        actors = self._q(
            f"""SELECT n AS key, count(DISTINCT k) AS events FROM (
                  SELECT e.source_name AS n, {_EVENT_KEY} AS k FROM events e WHERE {where}
                  UNION ALL SELECT e.target_name, {_EVENT_KEY} FROM events e WHERE {where})
                WHERE n IS NOT NULL GROUP BY n ORDER BY events DESC, n LIMIT 30""", params + params)
        matching = self.api_count(f)
        lo, hi = self.api_date_span(f)
        return {"corpus": corpus, "matching": {**matching, "first_date": lo, "last_date": hi},
                "status": by("e.status"), "quad_class": by("e.quad_class"), "type": by("e.plover_type"),
                "country": by("e.country", 250), "actors": actors}

# ---------------------------------------------------------------------------------------
# end of the queries for the API
# ---------------------------------------------------------------------------------------


class Store(ApiQueries):
    """A corpus in one DuckDB file. One writer at a time; any number of read-only readers when no writer."""

    def __init__(self, path: str | Path = "eventwire.duckdb", read_only: bool = False, memory_limit: str | None = None):
        """``memory_limit`` (e.g. ``"1GB"``) caps DuckDB's memory, its cache of the store's pages included;
        DuckDB's own default is 80% of RAM."""
        self.path = str(path)
        self.read_only = read_only
        memory = self.path == ":memory:"
        if read_only and not memory and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}; create one with 'eventwire ingest ... --db {self.path}'")
        if not memory and Path(self.path).is_dir():
            raise StoreError(f"{self.path} is a folder, not a store file")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise _open_error(self.path, e, read_only) from None
        self._fts: sqlite3.Connection | None = None
        self._fts_lock = threading.Lock()
        try:
            if memory_limit:
                try:
                    self.con.execute(f"SET memory_limit = '{_sql_string(memory_limit)}'")
                except duckdb.Error as e:
                    raise StoreError(f"bad memory limit {memory_limit!r}: {_why(e)}") from None
                self._memory_limit = _setting_bytes(self.con, "memory_limit")
            self._check_schema()
            self._open_fts()
        except BaseException:
            _close(self.con, self._fts)
            raise
        from duckdb.sqltypes import VARCHAR

        me = weakref.ref(self)  # the connection keeps the function; it must not keep the store alive

        def fts_match(query: str) -> list[int]:
            st = me()
            return [] if st is None else [i for i, _ in st._match(query)]

        from duckdb.sqltypes import BIGINT

        self.con.create_function("fts_match", fts_match, [VARCHAR], duckdb.list_type(BIGINT), side_effects=True)
        # closed when dropped or at exit, so an unclosed store still ends cleanly
        self._finalizer = weakref.finalize(self, _close, self.con, self._fts)

    # ------------------------------------------------------------ opening

    def _check_schema(self) -> None:
        try:
            tables = {r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        except duckdb.Error as e:
            raise StoreError(f"{self.path} is not an eventwire store: cannot read its catalog ({_why(e)})") from None
        if "meta" not in tables:
            if tables:
                raise StoreError(f"{self.path} is a DuckDB database but not an eventwire store "
                                 f"(no meta table; it holds {', '.join(sorted(tables)[:5])})")
            if self.read_only:
                raise StoreError(f"{self.path} is an empty DuckDB database, not an eventwire store")
            self._create()
            return
        rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        row = rows[0] if rows else None
        try:
            version = int(row[0]) if row else 0
        except ValueError:
            raise StoreError(f"{self.path}: unreadable schema_version {row[0]!r} in meta") from None
        if version > SCHEMA_VERSION:
            from . import __version__

            raise StoreError(f"{self.path} was written by a newer eventwire (store schema {version}; eventwire "
                             f"{__version__} reads up to {SCHEMA_VERSION}): upgrade eventwire to use it")
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path} has store schema {version} and needs upgrading to {SCHEMA_VERSION}: "
                                 f"open it once for writing (e.g. 'eventwire ingest --db {self.path}')")
            self._migrate(version)

    def _create(self) -> None:
        from . import __version__
        from .export import _countries

        self._begin()
        try:
            for stmt in _ddl():
                self.con.execute(stmt)
            codes = sorted({(k, v[0], v[1]) for k, v in _countries().items() if len(k) == 3})
            self.con.executemany("INSERT INTO country_codes VALUES (?, ?, ?)", codes)
            self.con.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("schema_version", str(SCHEMA_VERSION)), ("eventwire_version", __version__),
                ("created_at", _now().isoformat()), ("batch", "0"), ("seq", "0")])
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self._rollback()
            raise StoreError(f"cannot create a store in {self.path}: {_why(e)}") from None

    def _migrate(self, version: int) -> None:
        from . import __version__

        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(f"{self.path} has store schema {version} and this eventwire has no migration "
                                 f"from it; re-ingest into a new store")
            self._begin()
            try:
                step(self.con)
                version += 1
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('eventwire_version', ?)",
                                 [str(version), __version__])
                for stmt in _ddl():  # new tables and views of the current version
                    self.con.execute(stmt)
                self.con.execute("COMMIT")
            except duckdb.Error as e:
                self._rollback()
                raise StoreError(f"upgrading {self.path} to store schema {version + 1} failed, store left as it "
                                 f"was: {_why(e)}") from None

    # ------------------------------------------------------------ basics

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the store (and its search index); safe to call twice."""
        if getattr(self, "_finalizer", None) is not None:
            self._finalizer()
        self.con = None
        self._fts = None

    def _begin(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    def _more_memory(self, e: Exception) -> bool:
        """After a transaction failed for want of memory under a cap given at open (``memory_limit``):
        raise the cap by half (up to 80% of RAM, DuckDB's own default) and say whether to try again.

        DuckDB loads a table's whole ART index (primary keys, dedup's key indexes) the first time a
        statement uses it and does not evict it, so the memory a store needs grows with the store:
        a 1M-event store needs about 80 MB for its indexes after one dedup, and a fixed 64 MB cap made
        every batch's linking fail there. The cap keeps small stores small; big ones raise it."""
        limit = self.__dict__.get("_memory_limit")
        if not limit or not isinstance(e, duckdb.OutOfMemoryException):
            return False
        ceiling = int(0.8 * os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
        if limit >= ceiling:
            return False
        limit = min(limit * 3 // 2, ceiling)  # by half: the cap stays near what the indexes need
        self.con.execute(f"SET memory_limit = '{limit // 1024}KiB'")
        self._memory_limit = limit
        import logging

        logging.getLogger(__name__).info("%s needed more memory than its cap (its indexes grow with it): "
                                         "raised DuckDB's memory limit to %d MiB", self.path, limit >> 20)
        return True

    def meta(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT key, value FROM meta").fetchall())

    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> duckdb.DuckDBPyRelation | None:
        """Run SQL; a query gives a lazy DuckDB relation (``.df()``, ``.arrow()``, ``.pl()``, ``.fetchall()``).

        ``params`` fill ``?`` (a list) or ``$name`` (a dict) placeholders; never format values into ``query``.
        """
        try:
            return self.con.sql(query, params=params)
        except duckdb.Error as e:
            raise StoreError(_why(e)) from None

    def known(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` that are already stored."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    # ------------------------------------------------------------ writing

    def add(self, articles: Iterable[Article], force: bool = False) -> AddResult:
        """Store articles in one transaction: all of them or (on any failure) none.

        An article whose id is stored already is skipped, or with ``force`` replaced (all its rows).
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        arts: dict[str, Article] = {}
        result = AddResult()
        for art in articles:
            if art.id in arts:
                result.skipped += 1  # the same document twice in one batch: the first one counts
            else:
                arts[art.id] = art
        if not arts:
            return result
        while True:  # again under a higher memory cap if DuckDB's indexes outgrew it (see _more_memory)
            try:
                self._begin()
                have = self.known(arts)
                gone: list[int] = []
                if have and force:
                    ids = sorted(have)
                    gone = [r[0] for r in self.con.execute(
                        "SELECT seq FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()]
                    for table in ARTICLE_TABLES:
                        key = "id" if table == "articles" else "article_id"
                        self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
                    result.replaced = len(have)
                elif have:
                    result.skipped += len(have)
                    for i in have:
                        del arts[i]
                counters = dict(self.con.execute("SELECT key, value FROM meta WHERE key IN ('batch', 'seq')").fetchall())
                batch, seq = int(counters["batch"]) + 1, int(counters["seq"])
                if arts:
                    rows = _rows(list(arts.values()), batch, _now(), seq + 1)
                    for table, cols in rows.items():
                        tbl = pa.Table.from_pydict(cols, schema=_SCHEMAS[table])
                        self.con.register("_incoming", tbl)
                        self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
                        self.con.unregister("_incoming")
                    self.con.execute("UPDATE meta SET value = ? WHERE key = 'batch'", [str(batch)])
                    self.con.execute("UPDATE meta SET value = ? WHERE key = 'seq'", [str(seq + len(arts))])
                self.con.execute("COMMIT")
                break
            except duckdb.Error as e:
                self._rollback()
                if self._more_memory(e):
                    continue
                raise StoreError(f"writing to {self.path} failed, store left as it was: {_why(e)}") from None
        result.added = len(arts) - result.replaced
        if arts:
            self._index(gone, [(seq + 1 + n, a.title, a.text) for n, a in enumerate(arts.values())], batch)
            self._dedup_after_add(list(arts.values()))
        return result

    # ------------------------------------------------------------ full-text search

    @property
    def fts_path(self) -> str:
        return ":memory:" if self.path == ":memory:" else self.path + ".fts"

    def _open_fts(self) -> None:
        """Open the search index beside the store; a writer brings it up to date with the store first."""
        exists = self.fts_path == ":memory:" or Path(self.fts_path).exists()
        if self.read_only:
            if exists:
                uri = "file:" + Path(self.fts_path).resolve().as_posix() + "?mode=ro"
                self._fts = sqlite3.connect(uri, uri=True, check_same_thread=False)
            return
        try:
            self._fts = sqlite3.connect(self.fts_path, check_same_thread=False)
            self._fts.executescript("""
                CREATE TABLE IF NOT EXISTS fts_meta(key TEXT PRIMARY KEY, value TEXT);
                CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
            """)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the search index {self.fts_path}: {e}") from None
        row = self._fts.execute("SELECT value FROM fts_meta WHERE key = 'batch'").fetchone()
        done = int(row[0]) if row else 0
        last = int(self.meta().get("batch", "0"))
        if done > last:  # the store was replaced or rolled back under the index: rebuild it
            self._fts.executescript("DELETE FROM fts; DELETE FROM fts_meta;")
            done = 0
        if done < last:
            rel = self.con.cursor().execute("SELECT seq, title, text FROM articles WHERE batch > ?", [done])
            while chunk := rel.fetchmany(5000):
                self._index([], chunk)
            self._set_fts_batch(last)

    def _index(self, gone: list[int], rows: list[tuple[int, str | None, str | None]], batch: int | None = None) -> None:
        """Drop the index rows of replaced articles (by ``seq``), index (seq, title, text) rows.

        The index row of an article is its ``seq``; an index row whose seq is no longer in the
        store (left by a crash between a replacement's two commits) matches nothing in the joins."""
        with self._fts_lock, self._fts:
            cur = self._fts.cursor()
            cur.executemany("DELETE FROM fts WHERE rowid = ?", [(g,) for g in gone])
            cur.executemany("INSERT OR REPLACE INTO fts(rowid, title, text) VALUES (?, ?, ?)",
                            ((q, t or "", x or "") for q, t, x in rows))
            if batch is not None:
                cur.execute("INSERT OR REPLACE INTO fts_meta VALUES ('batch', ?)", (str(batch),))

    def _set_fts_batch(self, batch: int) -> None:
        with self._fts_lock, self._fts:
            self._fts.execute("INSERT OR REPLACE INTO fts_meta VALUES ('batch', ?)", (str(batch),))

    def _match(self, query: str, limit: int | None = None) -> list[tuple[int, float]]:
        """(article seq, bm25 score; lower is better) for an FTS5 query, best first."""
        if self._fts is None:
            return []
        sql = "SELECT rowid, bm25(fts) AS score FROM fts WHERE fts MATCH ? ORDER BY score" + (" LIMIT ?" if limit else "")
        try:
            with self._fts_lock:
                return self._fts.execute(sql, (query, limit) if limit else (query,)).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(f"bad search {query!r}: {e}") from None

    def search(self, phrase: str, events: bool = True, limit: int | None = None, raw: bool = False,
               columns: Sequence[str] | str = SEARCH_COLUMNS) -> duckdb.DuckDBPyRelation:
        """Articles whose title or text contains ``phrase`` (words in this order, case and accents ignored).

        With ``events`` (default): the events of those articles (``columns`` of the events table, ``"*"``
        for all; fewer columns answer faster on a big store), each with its article's ``score`` (bm25,
        lower = better match); otherwise the articles (id, title, published, url, outlet, score).
        ``limit`` keeps the best-matching articles only. ``raw`` passes ``phrase`` as an SQLite FTS5
        query (``police AND raid``, ``raid*``, ``NEAR(police raid, 5)``).
        From SQL: ``WHERE article_seq IN (SELECT unnest(fts_match('"police raid"')))`` (events) or
        ``WHERE seq IN (...)`` (articles): the index knows articles by their integer ``seq``, which
        events carry as ``article_seq`` (an integer semi-join over millions of events is about
        twice as fast as one on the text ids).
        """
        found = self._match(phrase if raw else _quote_phrase(phrase), limit)
        params = [[h[0] for h in found], [float(h[1]) for h in found]]
        hits = "hits AS (SELECT unnest(?::BIGINT[]) AS seq, unnest(?::DOUBLE[]) AS score)"
        if not events:
            return self.sql(f"WITH {hits} SELECT a.id, a.title, a.published, a.url, a.outlet, hits.score "
                            f"FROM hits JOIN articles a ON a.seq = hits.seq ORDER BY hits.score, a.id", params)
        if columns == "*":
            cols = "*"
        else:
            known = {c for c, _ in TABLES["events"][0]}
            bad = [c for c in columns if c not in known]
            if bad:
                raise StoreError(f"no events column {', '.join(bad)}")
            cols = ", ".join(f'"{c}"' for c in dict.fromkeys(["uid", "article_id", "article_seq", *columns]))
        # filter the events first (a semi-join reads only the chosen columns), then attach the scores
        return self.sql(f"WITH {hits}, ev AS (SELECT {cols} FROM events WHERE article_seq IN "
                        f"(SELECT seq FROM hits)) SELECT ev.*, hits.score FROM ev JOIN hits "
                        f"ON hits.seq = ev.article_seq ORDER BY hits.score, ev.uid", params)

    # ------------------------------------------------------------ queries

    def events(self, since: str | date | None = None, until: str | date | None = None, country: str | None = None,
               actor: str | None = None, type: str | None = None, quad_class: int | None = None,  # noqa: A002
               status: str | None = None, bbox: Sequence[float] | None = None,
               limit: int | None = None) -> duckdb.DuckDBPyRelation:
        """Events by date range (inclusive, event date), place country (ISO alpha-3), actor (code prefix
        such as ``RUS`` or ``RUSGOV``, or exact name, as source or target), type (CAMEO code prefix such as
        ``19`` or a PLOVER type such as ``ASSAULT``), QuadClass, status, and bounding box
        ``(min_lon, min_lat, max_lon, max_lat)``."""
        where, params = _event_filters(since, until, country, actor, type, quad_class, status, bbox)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date, uid"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self.sql(sql, params)

    def articles(self, ids: Iterable[str] | None = None, batch: int = 1000) -> Iterator[Article]:
        """Rebuild the stored records as Articles (all, or those with ``ids``), a chunk at a time."""
        cur = self.con.cursor()  # its own cursor: the caller may query the store between chunks
        if ids is None:
            rel = cur.execute("SELECT record, text FROM articles ORDER BY published, id")
        else:
            rel = cur.execute("SELECT record, text FROM articles WHERE id IN (SELECT unnest(?)) "
                                   "ORDER BY published, id", [list(ids)])
        while chunk := rel.fetchmany(batch):
            for record, text in chunk:
                art = Article.from_json(record)
                art.text = text or ""
                yield art


def _setting_bytes(con: duckdb.DuckDBPyConnection, name: str) -> int | None:
    """A DuckDB size setting ("61.0 MiB") in bytes."""
    value = con.execute("SELECT current_setting(?)", [name]).fetchall()[0][0]
    m = re.fullmatch(r"([\d.]+)\s*([KMGT]?i?B|bytes)", str(value).strip())
    if not m:
        return None
    unit = m[2].replace("i", "")
    return int(float(m[1]) * {"bytes": 1, "B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4}[unit])


def _close(con: duckdb.DuckDBPyConnection, fts: sqlite3.Connection | None) -> None:
    con.close()
    if fts is not None:
        fts.close()


def _event_filters(since, until, country, actor, type_, quad_class, status, bbox) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append("date >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append("date <= CAST(? AS DATE)")
        params.append(str(until))
    if country:
        where.append("country = ?")
        params.append(country.upper())
    if actor:
        where.append("(source_code LIKE ? OR target_code LIKE ? OR lower(source_name) = ? OR lower(target_name) = ?)")
        params += [actor.upper() + "%", actor.upper() + "%", actor.lower(), actor.lower()]
    if type_:
        if type_.isdigit():
            where.append("cameo LIKE ?")
            params.append(type_ + "%")
        else:
            where.append("plover_type = ?")
            params.append(type_.upper())
    if quad_class is not None:
        where.append("quad_class = ?")
        params.append(int(quad_class))
    if status:
        where.append("status = ?")
        params.append(status)
    if bbox:
        min_lon, min_lat, max_lon, max_lat = map(float, bbox)
        where.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [min_lon, max_lon, min_lat, max_lat]
    return where, params


# ---------------------------------------------------------------- records → rows


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _rows(arts: list[Article], batch: int, now: datetime, first_seq: int) -> dict[str, dict[str, list]]:
    """Column lists for every table, for a batch of articles."""
    from .export import _Doc, _event_day, _trigger_field, global_event_id

    out: dict[str, dict[str, list]] = {t: {c: [] for c, _ in TABLES[t][0]} for t in ARTICLE_TABLES}

    def put(table: str, **values: Any) -> None:
        cols = out[table]
        for c, v in values.items():
            cols[c].append(v)

    for seq, art in enumerate(arts, first_seq):
        aid = art.id
        text = art.text
        art.text = ""  # the record JSON without the text, which has its own column
        try:
            record = art.to_json().decode()
        finally:
            art.text = text
        published = _ts(art.published)
        tone = art.tone.tone if art.tone else None
        put("articles", id=aid, url=art.url, source=getattr(art, "source", None), outlet=art.outlet,
            title=art.title, published=published, language=art.language, byline=art.byline, text=text,
            captions=list(art.captions), tone=tone, errors=_json(art.errors), content_hash=content_hash(text),
            ingested_at=now, duplicate_of=None, story_id=None, batch=batch, record=record, seq=seq)
        actors = {a.id: a for a in art.actors}
        places = {loc.id: loc for loc in art.locations}
        for a in art.actors:
            put("actors", article_id=aid, id=a.id, name=a.name, code=a.code, country=a.country,
                sectors=list(a.sectors), kind=a.kind, affiliation=a.affiliation, mentions=_json(a.mentions),
                aliases=list(a.aliases))
        doc = _Doc.of(art) if art.events else None
        for ev in art.events:
            src, tgt = actors.get(ev.source or ""), actors.get(ev.target or "")
            place = places.get(ev.location or "")
            put("events", uid=f"{aid}:{ev.id}", article_id=aid, id=ev.id, sentence=ev.sentence,
                trigger_text=ev.trigger.text, trigger_start=ev.trigger.start, trigger_end=ev.trigger.end,
                trigger_field=_trigger_field(ev), source_id=ev.source, target_id=ev.target,
                source_code=src.code if src else None, source_country=src.country if src else None,
                source_name=src.name if src else None, target_code=tgt.code if tgt else None,
                target_country=tgt.country if tgt else None, target_name=tgt.name if tgt else None,
                cameo=ev.cameo, cameo_root=ev.cameo_root, quad_class=ev.quad_class, goldstein=ev.goldstein,
                plover_type=ev.plover.type if ev.plover else None, plover_mode=ev.plover.mode if ev.plover else None,
                date=_event_day(ev, doc, now), date_value=ev.date, date_precision=ev.date_precision,
                date_text=ev.date_text, location_id=ev.location,
                country=place.country if place else None, admin1=place.admin1 if place else None,
                lat=place.lat if place else None, lon=place.lon if place else None,
                status=ev.status, confidence=ev.confidence, evidence=ev.evidence,
                tone=ev.tone if ev.tone is not None else tone, instance_id=None,
                gdelt_id=global_event_id(aid, ev.id), published=published, article_seq=seq,
                source_implied=ev.source_implied, same_as=ev.same_as)
            for m in ev.mentions:
                put("event_mentions", article_id=aid, event_id=ev.id, field=m.field, start=m.start, end=m.end)
        for loc in art.locations:
            put("locations", article_id=aid, id=loc.id, name=loc.name, country=loc.country, admin1=loc.admin1,
                lat=loc.lat, lon=loc.lon, geonameid=loc.geonameid, feature=loc.feature, mentions=_json(loc.mentions))
        for n, d in enumerate(art.dates):
            put("dates", article_id=aid, n=n, text=d.text, start=d.start, end=d.end, value=d.value,
                precision=d.precision, field=d.field)
        for n, q in enumerate(art.quotes):
            put("quotes", article_id=aid, n=n, text=q.text, start=q.start, end=q.end, speaker_id=q.speaker,
                speaker_text=q.speaker_text, verb=q.verb, speaker_name=q.speaker_name)
        for n, c in enumerate(art.counts):
            put("counts", article_id=aid, n=n, kind=c.kind, number=c.number, start=c.start, end=c.end,
                object=c.object, approximate=c.approximate, qualifier=c.qualifier, event_id=c.event,
                location_id=c.location, sentence=c.sentence, text=c.text)
        mentions: dict[str, int] = {}
        for tm in art.theme_mentions:
            mentions[tm.code] = mentions.get(tm.code, 0) + 1
        for code in art.themes:
            put("themes", article_id=aid, code=code, mentions=mentions.get(code, 0))
    return out


def ingest(store: Store, articles: Iterable[Article], batch_size: int = 64, force: bool = False,
           progress: Callable[[AddResult, int], None] | None = None) -> AddResult:
    """Write a stream of articles, ``batch_size`` per transaction; ``progress(total, n_in_batch)`` after each.

    The engine that makes the articles (local pool, Dask, Ray) is the caller's business.
    """
    total = AddResult()
    batch: list[Article] = []
    for art in articles:
        batch.append(art)
        if len(batch) >= batch_size:
            total += store.add(batch, force=force)
            if progress:
                progress(total, len(batch))
            batch = []
    if batch:
        total += store.add(batch, force=force)
        if progress:
            progress(total, len(batch))
    return total


# ---------------------------------------------------------------- exports and query output

EXPORT_FORMATS = ("parquet", "gdelt-events", "gdelt-mentions", "gdelt-gkg", "plover", "jsonl")
QUERY_FORMATS = ("table", "csv", "json", "jsonl", "parquet")


def _period_filter(column: str, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, params = [], []
    if since:
        where.append(f"CAST({column} AS DATE) >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append(f"CAST({column} AS DATE) <= CAST(? AS DATE)")
        params.append(str(until))
    return (" WHERE " + " AND ".join(where)) if where else "", params


def export(store: Store, fmt: str, path: str | Path, since: str | None = None, until: str | None = None,
           header: bool = False, chunk: int = 2000) -> int:
    """Write the store (or the events dated ``since``..``until``, inclusive) in an export format.

    ``parquet``: the events table with each article's url/outlet/title/published, partitioned into
    ``PATH/year=YYYY/month=M/`` folders by event date (Hive layout, read by pandas, polars, DuckDB, Spark).
    ``gdelt-*``, ``plover``: the records rebuilt from the store and written by :mod:`eventwire.export`, a
    chunk of articles at a time (GDELT's NumMentions/NumSources/NumArticles count within a chunk).
    Event formats keep the events dated in the period; ``jsonl`` and ``gdelt-gkg`` (one row per
    article) keep the articles published in it. Returns the number of records written.
    """
    from . import export as exp

    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    for value in (since, until):
        if value:
            try:
                date.fromisoformat(str(value)[:10])
            except ValueError:
                raise StoreError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    path = Path(path)
    if fmt == "parquet":
        where, params = _period_filter("e.date", since, until)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise StoreError(f"{path} exists; give a new folder for the Parquet files (or remove it first)")
        query = (f"SELECT e.*, a.url, a.outlet, a.title, year(e.date) AS year, month(e.date) AS month "
                 f"FROM events e JOIN articles a ON a.id = e.article_id{where}")
        n = store.con.execute(f"SELECT count(*) FROM ({query})", params).fetchall()[0][0]
        try:
            store.con.execute(f"COPY ({query}) TO '{_sql_string(str(path))}' "
                              f"(FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)", params)
        except duckdb.Error as e:
            raise StoreError(f"cannot write {path}: {_why(e)}") from None
        return n
    if fmt in ("jsonl", "gdelt-gkg"):
        where, params = _period_filter("published", since, until)
        ids = [r[0] for r in store.con.execute(f"SELECT id FROM articles{where} ORDER BY published, id",
                                               params).fetchall()]
        keep = None
    else:
        where, params = _period_filter("date", since, until)
        rows = store.con.execute(f"SELECT article_id, id FROM events{where}", params).fetchall()
        keep: dict[str, set[str]] | None = {}
        for aid, eid in rows:
            keep.setdefault(aid, set()).add(eid)
        ids = sorted(keep) if (since or until) else [r[0] for r in store.con.execute(
            "SELECT id FROM articles ORDER BY published, id").fetchall()]
        if not (since or until):
            keep = None
    written = 0
    added = _now().replace(microsecond=0)
    try:
        with path.open("wb") as out:
            for i in range(0, len(ids), chunk):
                arts = list(store.articles(ids[i:i + chunk]))
                if keep is not None:
                    for art in arts:
                        art.events = [e for e in art.events if e.id in keep.get(art.id, ())]
                written += exp.write(arts, fmt, out, header=header and i == 0, added=added,
                                     instances=store.instance_counts(ids[i:i + chunk]) if fmt == "gdelt-events" else None)
            if not ids and header and fmt in exp.TABLES:
                exp.write([], fmt, out, header=True)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    return written


def _sql_string(value: str) -> str:
    return value.replace("'", "''")


def _plain(value: Any) -> Any:
    """A value as JSON and CSV can hold it."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def write_result(rel: duckdb.DuckDBPyRelation, fmt: str, out: Any, path: Path | None = None) -> int:
    """Write a query's rows to ``out`` (a binary stream) or ``path``: table, csv (with header), json (one
    array), jsonl (one object per line) or parquet. Returns the number of rows."""
    import csv
    import io

    if fmt not in QUERY_FORMATS:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(QUERY_FORMATS)}")
    columns = rel.columns
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = rel.to_arrow_table()
        pq.write_table(table, str(path) if path else out)
        return table.num_rows
    reader = rel.to_arrow_reader(2048)
    n = 0
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for batch in reader:
            for row in batch.to_pylist():
                table.add_row(*("" if v is None else str(_plain(v)) for v in row.values()))
                n += 1
        text = io.StringIO()
        Console(file=text, width=max(80, min(250, 16 * len(columns))), force_terminal=False).print(table)
        out.write(text.getvalue().encode())
        return n
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for batch in reader:
            for row in batch.to_pylist():
                w.writerow(["" if v is None else (orjson.dumps(v).decode() if isinstance(v, (list, dict))
                                                  else _plain(v)) for v in row.values()])
                n += 1
            out.write(buf.getvalue().encode())
            buf.seek(0)
            buf.truncate()
        out.write(buf.getvalue().encode())
        return n
    if fmt == "json":
        out.write(b"[")
    for batch in reader:
        lines = []
        for row in batch.to_pylist():
            lines.append(orjson.dumps(row, default=str))
            n += 1
        if fmt == "json" and lines:
            out.write((b",\n" if n > len(lines) else b"") + b",\n".join(lines))
        else:
            out.write(b"".join(line + b"\n" for line in lines))
    if fmt == "json":
        out.write(b"]\n")
    return n


# ================================================================ queries for dedup
# Copies, stories and event instances (eventwire/dedup.py holds the algorithms; this section holds their SQL).
# Dedup keeps its own blocking tables (dedup_*), filled incrementally after every add() and rebuilt by
# Store.dedup(rebuild=True) (`eventwire dedup --db FILE`).

# Everything dedup keeps under a unique key is one table, ``dedup_kv``, the kind of row in the key's prefix:
#   'l:' + canonical URL        -> ref: the article that owns it
#   'd:' + term                 -> n: its document frequency (``_N_TERM``: the number of articles linked;
#                                  ``_SEQ_TERM``: the number of articles filed under story keys, their order)
#   'k:' + story key            -> value: the latest ``stories.max_candidates`` articles filed under it, as
#                                  JSON [[article id, order], ...], oldest first
#   'g:' + article id           -> value: its story signature (JSON), ref: its story
#   'i:' + instance id          -> value: the instance's state (JSON, without the lists of its reports)
#   'u:' + event uid            -> ref: the instance it reports
#   'o:' + instance id TAB outlet -> ref: the instance (one row per outlet that reported it)
#   'b:' + instance blocking key -> value: the latest instances filed under it per CAMEO root (the latest
#                                  ``instances.candidates_per_key``),
#                                  oldest first, as text lines "instance id TAB order TAB root TAB day"
#                                  (day: the instance's first date as an ordinal, empty when it has none;
#                                  rows written before it have no day; ``_BLK_TERM``: the next order)
# so that a batch's writes are one DELETE (rows it replaces; what it returns tells which outlets an instance
# had already) and one INSERT, instead of two statements per table (each costs 1.5 to 2.5 ms of CPU on a
# 1M-event store, whatever its rows), and reads share one index.
_KV = "CREATE TABLE IF NOT EXISTS dedup_kv(key VARCHAR PRIMARY KEY, value VARCHAR, ref VARCHAR, n BIGINT)"
_KV_SCHEMA = pa.schema([("key", pa.string()), ("value", pa.string()), ("ref", pa.string()), ("n", pa.int64())])
DEDUP_TABLES = [
    _KV,
    "CREATE TABLE IF NOT EXISTS dedup_copy_keys(key VARCHAR, article_id VARCHAR)",
    "CREATE INDEX IF NOT EXISTS dedup_copy_keys_key ON dedup_copy_keys(key)",
]
DEDUP_CLEAR = ["dedup_kv", "dedup_copy_keys", "event_instances"]


def _in(values: list[str]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")" if values else "(NULL)"


# Look-ups send their values as a list of parameters, ``column IN (?, ?, ...)``: DuckDB answers it
# from the column's ART index (or primary key), one statement for any number of values (measured on the
# generated 1M-event store: 100 instance ids in 3.5 ms of CPU, against 14 ms for the same look-ups glued
# with UNION ALL and 33 ms for ``IN (SELECT unnest(?))``, which scans the whole table).
_CHUNK = 1000  # values per statement: planning a longer list costs more than another statement


def _lookup(con: duckdb.DuckDBPyConnection, select: str, table: str, column: str, values: list[str],
            query: str | None = None, extra: list | None = None) -> list[tuple]:
    """Rows of ``table`` whose ``column`` is one of ``values``; ``query`` (with ``{keys}`` for the list)
    replaces the plain SELECT, and ``extra`` parameters follow the values."""
    rows: list[tuple] = []
    for i in range(0, len(values), _CHUNK):
        part = values[i:i + _CHUNK]
        sql = (query or f"SELECT {select} FROM {table} WHERE {column} IN {{keys}}").format(keys=_in(part))
        rows += con.execute(sql, [*part, *(extra or [])]).fetchall()
    return rows


# The latest sharers of each blocking key: a common key ("police", one region's week) is shared by
# thousands of articles or instances, and dedup only ever uses the latest few of each
# (``stories.max_candidates`` articles overall; ``instances.candidates_per_key`` per CAMEO root). Reading
# every row of a common key made ingest time and memory grow with the store. A story key keeps its
# latest sharers in one row of dedup_kv ('k:'), updated as articles are filed: a word shared by every
# article of a feed is read as N entries, never as all its sharers (a window over every (key, article)
# row, capped in SQL, still read them all: dedup's time per 1,000 generated articles grew with the store).
# An instance blocking key (a region's week, a story) keeps its latest instances per CAMEO root in one row
# ('b:') the same way (schema 3): a row per (key, instance), capped in Python after the read, read every
# instance ever filed under a busy key (up to 1,277 rows on the 1M-event store) and cost a join of its own.
#   stories: per key the latest N articles by the order they were filed in (an article filed again moves
#     to the end). The latest N articles over several keys are always among the union of each key's
#     latest N, so the candidates are exactly those of an uncapped read.
#   instances: per key and CAMEO root the latest N instances (seq = filing order); the latest N of any
#     set of roots, and the latest few of the other roots, are among the union of these.
_BLOCK_COLS = "key|instance_id, seq, root, day"  # the memo of block entries
_BLOCK_MEMO = ("dedup_blocks", _BLOCK_COLS)
_BLK_TERM = "#blocked"  # instances filed under blocking keys so far: the next one's order ('d:' row)


def _capped(rows: Iterable[tuple], cap: int) -> list[tuple]:
    """The block entries (key, instance_id, seq, root) that the cap keeps: per key and root the
    latest ``cap`` by filing order (``seq``, no seq counting as 0; then the larger instance id)."""
    groups: dict[tuple[str, str | None], list[tuple]] = {}
    for row in rows:
        groups.setdefault((row[0], row[3]), []).append(row)
    out: list[tuple] = []
    for group in groups.values():
        if len(group) > cap:
            group = sorted(group, key=lambda r: (r[2] or 0, r[1]), reverse=True)[:cap]
        out += group
    return out


def _entries(value: str) -> list[tuple[str, int | None, str | None, int | None]]:
    """A 'b:' row's block entries, (instance_id, seq, root, day) each (text lines: splitting them is faster
    than parsing JSON)."""
    out = []
    for line in value.split("\n"):
        if line:
            iid, seq, root, *day = line.split("\t")
            out.append((iid, int(seq) if seq else None, root or None, int(day[0]) if day and day[0] else None))
    return out


def _block_text(entries: Iterable[tuple]) -> str:
    return "".join(f"{iid}\t{'' if seq is None else seq}\t{root or ''}\t{'' if day is None else day}\n"
                   for iid, seq, root, day in entries)


def _instance(state: str):
    """An instance from its stored state ('i:' row)."""
    from .dedup import Instance

    try:
        return Instance(**orjson.loads(state))  # Instance.from_json, three times faster
    except orjson.JSONDecodeError:  # NaN, which json.dumps writes and orjson refuses
        return Instance.from_json(state)


def _window_days() -> int:
    from .dedup import params

    return params()["instances"]["window_days"]


def _instance_params() -> tuple[int, int]:
    """(candidates_per_mention, other_type_candidates_per_mention): the instances compared for a mention."""
    from .dedup import params

    p = params()["instances"]
    return p["candidates_per_mention"], p["other_type_candidates_per_mention"]


def _row_cap() -> int:
    """The instances a blocking row keeps per CAMEO root (``candidates_per_key``)."""
    from .dedup import params

    return params()["instances"]["candidates_per_key"]


# Parsed instances kept across batches (within a batch every instance it read is kept until save),
# bounded by the length of their stored JSON: parsed, with their evidence words and blocking keys, they
# take about 7 times that (2.4 kB of JSON, 18 kB of Python objects on average; the busiest 20 and 120
# kB). A cache of 2,000 instances made ingest memory grow for 8,000 articles; reading and parsing one
# again costs ~50 us.
_CACHE_BYTES = 1_500_000
_CACHE_SIGS = 1000  # parsed story signatures kept across batches (a few kB each)
_FEW = 64  # rows an UPDATE changes by key through the index; more: one join with a registered table
_LISTED = 1000  # rows an INSERT takes as list parameters (unnest); more: a registered Arrow table
# The number of articles linked, kept as a document frequency of its own so that the terms' upsert
# writes it (one statement fewer per batch than a row of ``meta``); no stemmed word or "e:" name has
# a "#". Stores linked before keep their earlier count in meta's 'dedup_articles', which is added.
_N_TERM = "#articles"
_SEQ_TERM = "#filed"  # articles filed under story keys so far: the next one's order
_STORY_MEMO = ("dedup_story_keys", "key|article_id, order")


def _insert(con: duckdb.DuckDBPyConnection, sql: str, cols: dict[str, list], types: dict[str, str],
            schema: pa.Schema | None = None, listed: bool = True) -> None:
    """Run ``sql`` (an ``INSERT ... SELECT ... FROM {rows}``) over rows given as columns.

    A few hundred rows go as one list parameter per column, ``unnest(?::TYPE[])``: half the cost of
    building, registering and unregistering an Arrow table (0.5 against 1.1 ms of CPU for 64 rows),
    which pays off again from a thousand rows or so."""
    n = len(next(iter(cols.values())))
    if listed and n <= _LISTED:
        rows = "(SELECT " + ", ".join(f"unnest(?::{types[c]}[]) AS {c}" for c in cols) + ")"
        con.execute(sql.format(rows=rows), list(cols.values()))
        return
    con.register("_dd_rows", pa.table(cols, schema=schema) if schema is not None else pa.table(cols))
    try:
        con.execute(sql.format(rows="_dd_rows"))
    finally:
        con.unregister("_dd_rows")


def _update(con: duckdb.DuckDBPyConnection, table: str, key: str, keys: list[str], values: dict[str, list]) -> None:
    """Set columns of the rows whose ``key`` is one of ``keys`` in one statement (``CASE key WHEN ...``
    with ``key IN (...)``, answered from the primary key): one statement per row costs more."""
    sets, params = [], []
    for col, vals in values.items():
        sets.append(f"{col} = CASE {key} " + " ".join(["WHEN ? THEN ?"] * len(keys)) + " END")
        params += [x for pair in zip(keys, vals) for x in pair]
    con.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE {key} IN {_in(keys)}", [*params, *keys])


class _Weighed(OrderedDict):
    """A least-recently-used cache that knows the total weight of what it holds."""

    weight = 0

    def clear(self) -> None:
        super().clear()
        self.weight = 0


def _keep(cache: OrderedDict, key: str, value: Any, size: int) -> Any:
    """Put ``value`` in a least-recently-used cache of ``size`` entries."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)
    return value


class DedupState:
    """The store's side of :class:`eventwire.dedup.State`: candidate look-ups by blocking key, and writes.

    Look-ups are memoised for one batch (until :meth:`save`), and :meth:`prefetch` asks for every key
    a batch will need in a few queries: each DuckDB statement costs milliseconds, so statements, not
    rows, are what dedup's share of ingest time is made of."""

    def __init__(self, store: Store) -> None:
        self.con = store.con
        if not getattr(store, "_dedup_ready", False):  # once per open store
            for stmt in DEDUP_TABLES:
                self.con.execute(stmt)
            store._dedup_ready = True
        self._memo: dict[tuple[str, str], dict[str, list[tuple]]] = {}
        self._n: int | None = None
        self._batch: dict[str, Any] = {}  # instances parsed for this batch (until save), whatever the cache keeps
        self._want: list[str] = []  # instances the batch's first look-ups chose, read with the next statement
        self._signed: set[str] | None = None  # the batch's articles linked before (with a signature), if known
        self._held: dict[str, list[str]] = {}  # instance id -> the batch's event uids it has already (relinked)
        self._held_uids: set[str] = set()
        self._again: list[str] = []  # 'u:' keys of the reports of the batch's articles linked before
        # parsed instances (with their blocking keys worked out) across batches, the latest used kept:
        # consecutive batches keep meeting the same busy instances, and parsing one and listing its keys
        # (every week around every day it was reported) cost more than the look-up. Cleared when a
        # dedup transaction fails or the store is relinked, refreshed by every save.
        self._cache: _Weighed = store.__dict__.setdefault("_dedup_cache", _Weighed())
        self._sigs: OrderedDict[str, Any] = store.__dict__.setdefault("_dedup_sigs", OrderedDict())  # the same for
        # story signatures: the latest articles are every batch's candidates

    def _get(self, table: str, column: str, select: str, values: list[str], query: str | None = None,
             cap: int | None = None) -> list[tuple]:
        """Rows (without ``column``) whose ``column`` is one of ``values``, memoised per value for the batch
        (at most ``cap`` rows per value when ``query`` caps them, so the memo is bounded by the batch)."""
        memo = self._memo.setdefault((table, column + "|" + select), {})
        todo = sorted({v for v in values if v not in memo})
        if todo:
            for v in todo:
                memo[v] = []
            rows = _lookup(self.con, f"{column}, {select}", table, column, todo, query,
                           None if cap is None else [cap])
            for row in rows:
                memo[row[0]].append(tuple(row[1:]))
        return [r for v in dict.fromkeys(values) for r in memo.get(v, ())]

    def prefetch(self, articles: list[Article]) -> None:
        """Fill the memo with everything a batch's articles will look up first."""
        from . import dedup

        canon = sorted({c for c in (dedup.canonical_url(a.url) for a in articles) if c})
        bands = sorted({k for a in articles for k in dedup.band_keys(a.text or "")})
        sigs = [dedup.story_sig(a) for a in articles]
        terms = sorted({t for s in sigs for t in [*s.terms, *("e:" + e for e in s.ents)]})
        ms = [m for a in articles for m in dedup.mentions(a)]
        keys = sorted({k for m in ms for k in dedup.mention_keys(m)})  # without the story keys, decided later
        # (the row a new instance is filed under, its own week's, is among them: a mention looks up every
        # week of its window)
        self._first(canon, bands, terms, keys, sorted({a.id for a in articles}))
        self.url_owner(canon)
        self.copy_candidates(bands)
        df, n = self.story_stats(terms)
        self._blocks(keys)  # if _first could not (too many values): one statement more
        self._want = self._choose(keys, {m.cameo_root for m in ms}, dedup.asks(ms))
        story_keys = sorted({k for s in sigs for k in s.keys(df, n)})
        # the story an article starts is filed under its id: an article never linked before (no signature,
        # the first look-up told) can have no instances filed there; the others' are read now
        signed = self._signed
        fresh = [f"s:{dedup._new_id('s', a.id)}" for a in articles if signed is not None and a.id not in signed]
        memo_b = self._memo.setdefault(_BLOCK_MEMO, {})
        for k in fresh:
            memo_b.setdefault(k, [])
        if self._signed is None:
            self._signed = {r[0][2:] for r in _lookup(self.con, "key", "dedup_kv", "key",
                                                      sorted({"g:" + a.id for a in articles}))}
        # articles linked before (stored again with --force, or linked twice): the instances that have their
        # reports already, so that those are not counted twice
        again = self._again = sorted({f"u:{m.uid}" for m in ms if m.article_id in self._signed})
        if not self._second(story_keys, [f"s:{dedup._new_id('s', a.id)}" for a in articles], again) and again:
            self._hold(_lookup(self.con, "key, ref", "dedup_kv", "key", again))
        self.story_candidates(story_keys)

    def _first(self, canon: list[str], bands: list[str], terms: list[str], blocks: list[str] = (),
               ids: list[str] = ()) -> None:
        """The look-ups that depend on nothing else (URL owners, copy-key sharers, document frequencies,
        the article count, the instances filed under the mentions' place-and-week keys, and which of the
        articles ``ids`` were linked before) in one statement instead of six."""
        terms = [*terms, _N_TERM, _SEQ_TERM, _BLK_TERM]
        blocks = list(blocks)
        kv = [*("l:" + c for c in canon), *("d:" + t for t in terms), *("g:" + i for i in ids),
              *("b:" + b for b in blocks)]
        if self._n is not None or max(len(kv), len(bands)) > _CHUNK:
            return
        rows = self.con.execute(  # the kv rows come tagged by their prefix: 'l' URL, 'd' term, 'g' signature,
            # 'b' block (its value: a signature's is not needed)
            f"SELECT left(key, 1), substr(key, 3), ref, n, CASE WHEN key LIKE 'b:%' THEN value END FROM dedup_kv "
            f"WHERE key IN {_in(kv)} UNION ALL "
            f"SELECT 'c', key, article_id, NULL, NULL FROM dedup_copy_keys WHERE key IN {_in(bands)} UNION ALL "
            "SELECT 'n', NULL, NULL, coalesce(max(CAST(value AS BIGINT)), 0), NULL FROM meta "
            "WHERE key = 'dedup_articles'",
            [*kv, *bands]).fetchall()
        memos = {"u": self._memo.setdefault(("dedup_urls", "canon|article_id"), {}),
                 "c": self._memo.setdefault(("dedup_copy_keys", "key|article_id"), {}),
                 "d": self._memo.setdefault(("dedup_terms", "df"), {}),
                 "b": self._memo.setdefault(_BLOCK_MEMO, {})}
        for tag, values in (("u", canon), ("c", bands), ("d", terms), ("b", blocks)):
            for v in values:
                memos[tag].setdefault(v, [])
        n = 0
        signed: set[str] = set()
        for tag, key, value, number, block in rows:
            if tag == "n":
                n += int(number)
            elif tag == "g":
                signed.add(key)
            elif tag == "b":
                self._block(key, block)
            else:
                memos["u" if tag == "l" else tag][key].append((value,) if tag != "d" else (number,))
        self._n = n + sum(df for df, in memos["d"][_N_TERM])
        self._signed = signed

    def _hold(self, rows: Iterable[tuple[str, str]]) -> None:
        """Note which instances have which of the batch's reports already ('u:' rows of dedup_kv)."""
        for key, iid in rows:
            self._held.setdefault(iid, []).append(key[2:])
            self._held_uids.add(key[2:])
        for iid in self._held:  # instances read before
            if iid in self._batch:
                self._prefill(self._batch[iid])

    def _prefill(self, inst) -> None:
        """Give an instance read from the store the batch's reports it has already."""
        for uid in self._held.get(inst.instance_id, ()):
            if uid not in inst.uids:
                inst.uids.append(uid)
                art = uid.rsplit(":", 1)[0]
                if art not in inst.articles:
                    inst.articles.append(art)

    def _second(self, story_keys: list[str], new_stories: list[str], again: list[str] = ()) -> bool:
        """The look-ups that depend on the first one, in one statement: the story keys' latest sharers
        (they need the document frequencies), the states of the instances the place-and-week keys chose
        (``_want``), and the instances filed under the story each article starts if it joins none (its
        id is known before: ``s`` and a hash of the article id). An article that starts a story then
        needs no look-up of its story's instances; one that joins a story reads them (with any wanted
        states not read yet) in :meth:`instance_candidates`."""
        memo_k = self._memo.setdefault(_STORY_MEMO, {})
        memo_b = self._memo.setdefault(_BLOCK_MEMO, {})
        keys = sorted({k for k in story_keys if k not in memo_k})
        blocks = sorted({k for k in new_stories if k not in memo_b})
        want = [i for i in self._want if i not in self._batch and i not in self._cache]
        kv = [*("k:" + k for k in keys), *("b:" + b for b in blocks), *("i:" + i for i in want), *again]  # story
        # keys' sharers, the new stories' blocks, the wanted states, and the reports filed already
        if not keys or len(kv) > _CHUNK:
            return False  # nothing to read with them, or too many values: each look-up on its own, when needed
        rows = self.con.execute(f"SELECT left(key, 1), key, ref, value FROM dedup_kv WHERE key IN {_in(kv)}",
                                kv).fetchall()
        for k in keys:
            memo_k[k] = []
        for k in blocks:
            memo_b[k] = []
        self._hold((key, iid) for tag, key, iid, _v in rows if tag == "u")
        for tag, key, _ref, value in rows:
            if tag == "k":
                memo_k[key[2:]] = [tuple(e) for e in orjson.loads(value)]
            elif tag == "b":
                self._block(key[2:], value)
            elif tag == "i":
                self._parse(key[2:], value)
        return True

    def _blocks(self, keys: list[str]) -> None:
        """Read the block entries of the ``keys`` not in the memo yet."""
        memo = self._memo.setdefault(_BLOCK_MEMO, {})
        todo = sorted({k for k in keys if k not in memo})
        for k in todo:
            memo[k] = []
        for key, value in _lookup(self.con, "key, value", "dedup_kv", "key", ["b:" + k for k in todo]):
            self._block(key[2:], value)

    def _block(self, key: str, value: str) -> None:
        """Put a 'b:' row's entries in the memo (as filed: the latest per root)."""
        self._memo.setdefault(_BLOCK_MEMO, {})[key] = _entries(value)

    def url_owner(self, canon: list[str]) -> dict[str, str]:
        memo = self._memo.setdefault(("dedup_urls", "canon|article_id"), {})
        todo = sorted({c for c in canon if c not in memo})
        for c in todo:
            memo[c] = []
        for key, ref in _lookup(self.con, "key, ref", "dedup_kv", "key", ["l:" + c for c in todo]):
            memo[key[2:]].append((ref,))
        return {c: r[0] for c in canon for r in memo.get(c, ())}

    def copy_candidates(self, keys: list[str]) -> list[tuple[str, str, str | None, str | None]]:
        ids = sorted({r[0] for r in self._get("dedup_copy_keys", "key", "article_id", keys)})
        rows = self._get("articles", "id", "id, text, CAST(published AS VARCHAR), duplicate_of", ids)
        return [tuple(r) for r in rows]

    def story_stats(self, terms: list[str]) -> tuple[dict[str, int], int]:
        memo = self._memo.setdefault(("dedup_terms", "df"), {})
        todo = sorted({t for t in [*terms, _N_TERM, _SEQ_TERM] if t not in memo})
        if todo:
            memo.update({t: [] for t in todo})
            for key, df in _lookup(self.con, "key, n", "dedup_kv", "key", ["d:" + t for t in todo]):
                memo[key[2:]] = [(df,)]
        if self._n is None:
            self._n = int(self.con.execute("SELECT coalesce(max(CAST(value AS BIGINT)), 0) FROM meta "
                                           "WHERE key = 'dedup_articles'").fetchall()[0][0])
            self._n += sum(df for df, in memo[_N_TERM])
        return {t: memo[t][0][0] for t in terms if memo.get(t)}, self._n

    def story_candidates(self, keys: list[str]):
        """Articles sharing a key, the latest ``max_candidates`` only (as in memory: stories are
        news), oldest first; reading every sharer's signature made ingest quadratic."""
        from .dedup import StorySig, params

        cap = params()["stories"]["max_candidates"]
        memo = self._memo.setdefault(_STORY_MEMO, {})
        todo = sorted({k for k in keys if k not in memo})
        for k in todo:
            memo[k] = []
        for key, value in _lookup(self.con, "key, value", "dedup_kv", "key", ["k:" + k for k in todo]):
            memo[key[2:]] = [tuple(e) for e in orjson.loads(value)]
        latest: dict[str, int] = {}
        for k in dict.fromkeys(keys):
            for aid, order in memo[k]:
                if order > latest.get(aid, -1):
                    latest[aid] = order
        ids = sorted(latest, key=latest.__getitem__)[-cap:]
        found = {}
        for i in ids:
            if i in self._sigs:
                self._sigs.move_to_end(i)
                found[i] = self._sigs[i]
        for aid, sig, story in _lookup(self.con, "substr(key, 3), value, ref", "dedup_kv", "key",
                                       ["g:" + i for i in ids if i not in found]):
            found[aid] = _keep(self._sigs, aid, (StorySig(**orjson.loads(sig)), story), _CACHE_SIGS)
        return [found[i] for i in dict.fromkeys(ids) if i in found]

    def _instances(self, ids: list[str]):
        cache, batch = self._cache, self._batch
        for i in ids:
            if i not in batch and i in cache:
                cache.move_to_end(i)
                batch[i] = cache[i]
                if self._held:
                    self._prefill(batch[i])
        for iid, state in _lookup(self.con, "substr(key, 3), value", "dedup_kv", "key",
                                  sorted({"i:" + i for i in ids if i not in batch})):
            self._parse(iid, state)
        return [batch[i] for i in dict.fromkeys(ids) if i in batch]

    def _parse(self, iid: str, state: str):
        inst = _instance(state)
        inst.__dict__["_size"] = len(state)
        # its lists of reports hold only the batch's (Instance.MEMBERS); the keys it is filed under are
        # noted when a report is added to it (Instance.add)
        inst.__dict__["_stored"] = True
        if self._held:
            self._prefill(inst)
        self._batch[iid] = self._keep(inst)
        return inst

    def _keep(self, inst):
        """Keep a parsed instance for the next batches, the least recently used going first."""
        cache = self._cache
        old = cache.pop(inst.instance_id, None)
        if old is not None:
            cache.weight -= old.__dict__.get("_size", 0)
        cache[inst.instance_id] = inst
        cache.weight += inst.__dict__.get("_size", 0)
        while cache.weight > _CACHE_BYTES and len(cache) > 1:
            _, gone = cache.popitem(last=False)
            cache.weight -= gone.__dict__.get("_size", 0)
        return inst

    def _choose(self, keys: list[str], roots: set[str] | None,
                asks: list[tuple[list[str], int | None, str]] | None = None) -> list[str]:
        """The instances to compare (their blocks in the memo): for each mention's ask (its keys, day and
        root, see :func:`eventwire.dedup.asks`) the ``candidates_per_mention`` of its root and the few of
        other roots nearest in date, the latest filed first among equals; one dated beyond the window
        from the mention's day is never chosen for it (it could not link). Without asks, under each key
        the latest filed of ``roots`` and a few others."""
        same_n, other_n = _instance_params()
        win = _window_days()
        memo = self._memo.get(_BLOCK_MEMO, {})
        ids: set[str] = set()
        for ask_keys, day, root in asks or [([k], None, None) for k in keys]:
            want = {root} if root else roots
            seen: dict[str, tuple] = {}
            for key in ask_keys:
                for iid, seq, r, d in memo.get(key, ()):
                    gap = 0 if day is None or d is None else abs(day - d)
                    if gap <= win and iid not in seen:
                        seen[iid] = (gap, -(seq or 0), iid, r)
            rows = sorted(seen.values())
            same = [iid for _, _, iid, r in rows if want is None or r in want]
            other = [iid for _, _, iid, r in rows if want is not None and r not in want]
            ids.update(same[:same_n] + other[:other_n])
        return sorted(ids)

    def instance_candidates(self, keys: list[str], roots: set[str] | None = None,
                            asks: list[tuple[list[str], int | None, str]] | None = None):
        """The instances to compare under ``keys``: for each of ``asks`` the nearest in date of its root and
        a few of others; without asks, under each key the latest of ``roots`` and a few others
        (:meth:`_choose`)."""
        memo = self._memo.setdefault(_BLOCK_MEMO, {})
        todo = sorted({k for k in keys if k not in memo})
        want = [i for i in self._want if i not in self._batch and i not in self._cache]
        self._want = []
        if todo and want and len(todo) + len(want) <= _CHUNK:
            # the keys not read yet (the story's) and the instances the batch's first look-ups chose, at once
            for k in todo:
                memo[k] = []
            for key, value in _lookup(self.con, "key, value", "dedup_kv", "key",
                                      [*("b:" + k for k in todo), *("i:" + i for i in want)]):
                if key[0] == "b":
                    self._block(key[2:], value)
                else:
                    self._parse(key[2:], value)
        elif want:
            self._instances(want)
        self._blocks(keys)
        if not any(memo.get(k) for k in keys):
            return []
        return self._instances(self._choose(keys, roots, asks))

    def instances_of(self, article_id: str):
        ids = [r[0] for r in self.con.execute(
            "SELECT DISTINCT instance_id FROM events WHERE article_id = ? AND instance_id IS NOT NULL",
            [article_id]).fetchall()]
        return self._instances(ids)

    def save(self, result) -> None:
        """Write one batch's links in one transaction: articles, events, instances and blocking keys."""
        from .dedup import first_day, instance_keys

        urls_known = self._memo.get(("dedup_urls", "canon|article_id"), {})
        signed, self._signed = self._signed, None
        held, self._held, self._held_uids = self._held_uids, {}, set()
        df_known = self._memo.get(("dedup_terms", "df"), {})
        memo_k = self._memo.get(_STORY_MEMO, {})
        memo_b = self._memo.get(_BLOCK_MEMO, {})
        for inst in self._batch.values():  # read for the batch: the reports it was given (see _prefill) are
            inst.uids, inst.articles, inst.outlets = [], [], []  # filed, so it starts the next one without
        self._memo.clear()
        self._batch.clear()
        self._want = []
        self._n = None
        con = self.con
        v = "VARCHAR"

        arts = result.articles
        if len(arts) <= _FEW:
            _update(con, "articles", "id", [a.article_id for a in arts],
                    {"duplicate_of": [a.duplicate_of for a in arts], "story_id": [a.story_id for a in arts]})
        else:
            con.register("_dd_articles", pa.table({"id": [a.article_id for a in arts],
                                                   "duplicate_of": [a.duplicate_of for a in arts],
                                                   "story_id": [a.story_id for a in arts]}))
            con.execute("UPDATE articles SET duplicate_of = d.duplicate_of, story_id = d.story_id "
                        "FROM _dd_articles d WHERE articles.id = d.id")
            con.unregister("_dd_articles")
        pairs = [(k, a.article_id) for a in arts for k in a.copy_keys]
        if pairs:
            _insert(con, "INSERT INTO dedup_copy_keys SELECT key, article_id FROM {rows}",
                    {"key": [k for k, _ in pairs], "article_id": [i for _, i in pairs]}, {"key": v, "article_id": v})
        # dedup_kv: the rows the batch replaces go in one DELETE, everything it files in one INSERT
        gone: list[str] = []
        put: dict[str, tuple[str | None, str | None, int | None]] = {}  # key -> (value, ref, n)
        # each story key's latest sharers, the batch's articles added in their order (one filed again moves)
        filed: dict[str, list[str]] = {}
        for a in arts:
            for k in a.story_keys:
                filed.setdefault(k, []).append(a.article_id)
        if filed:
            from .dedup import params

            cap = params()["stories"]["max_candidates"]
            if _SEQ_TERM not in df_known:
                df_known[_SEQ_TERM] = [(r[0],) for r in _lookup(con, "n", "dedup_kv", "key", ["d:" + _SEQ_TERM])]
            first = df_known[_SEQ_TERM][0][0] if df_known[_SEQ_TERM] else 0
            order = {a.article_id: first + n for n, a in enumerate(arts)}
            missing = [k for k in filed if k not in memo_k]
            for k in missing:
                memo_k[k] = []
            for key, value in _lookup(con, "key, value", "dedup_kv", "key", ["k:" + k for k in missing]):
                memo_k[key[2:]] = [tuple(e) for e in orjson.loads(value)]
            for k, ids in filed.items():
                old = memo_k[k]
                if old:
                    gone.append("k:" + k)
                again_ids = set(ids)
                entries = [e for e in old if e[0] not in again_ids] + [(i, order[i]) for i in ids]
                put["k:" + k] = (orjson.dumps(entries[-cap:]).decode(), None, None)
            result.df_terms[_SEQ_TERM] += len(arts)
        clash = False  # a row that may be there already and must stay (a URL's first owner)
        urls = {a.canonical_url: (a.duplicate_of or a.article_id) for a in arts if a.canonical_url}
        for c, owner in urls.items():
            if urls_known.get(c) != []:  # owned already (that owner stays), or not looked up
                clash = True
            put["l:" + c] = (None, owner, None)
        for a in arts:
            _keep(self._sigs, a.article_id, (a.sig, a.story_id), _CACHE_SIGS)
            if signed is None or a.article_id in signed:  # linked before: its signature is replaced
                gone.append("g:" + a.article_id)
            put["g:" + a.article_id] = (orjson.dumps(a.sig.__dict__).decode(), a.story_id, None)
        insts = list(result.instances.values())
        # an instance's keys only grow as reports add days, places and stories: it is filed under the new ones,
        # each key's row keeping its latest instances per root (the entries of the rows read for the batch)
        new = [(k, i.instance_id, i.top(i.roots), first_day(i)) for i in insts for k in instance_keys(i)
               if k not in i.__dict__.get("_filed", ())]
        if new:
            missing = sorted({n[0] for n in new if n[0] not in memo_b})  # most were read with the batch's first
            # look-ups (:meth:`prefetch`: the weeks a mention's new instance is filed under)
            for k in missing:
                memo_b[k] = []
            for key, value in _lookup(con, "key, value", "dedup_kv", "key", ["b:" + k for k in missing]):
                memo_b[key[2:]] = _entries(value)
            if _BLK_TERM not in df_known:
                df_known[_BLK_TERM] = [(r[0],) for r in _lookup(con, "n", "dedup_kv", "key", ["d:" + _BLK_TERM])]
            seq = df_known[_BLK_TERM][0][0] if df_known[_BLK_TERM] else 0
            blocks: dict[str, list[tuple]] = {}
            for n, (k, iid, root, day) in enumerate(new):
                blocks.setdefault(k, list(memo_b[k])).append((iid, seq + n, root, day))
            cap = _row_cap()
            for k, entries in blocks.items():
                if memo_b[k]:
                    gone.append("b:" + k)
                if len(entries) > cap:
                    entries = sorted((e[1:] for e in _capped([(k, *e) for e in entries], cap)),
                                     key=lambda e: (e[1] or 0, e[0]))
                put["b:" + k] = (_block_text(entries), None, None)
            result.df_terms[_BLK_TERM] += len(new)
        terms = {**result.df_terms, _N_TERM: result.new_articles} if result.new_articles else dict(result.df_terms)
        stored = {t: df_known[t] for t in terms if t in df_known}  # [(df,)] when stored, [] when not
        upsert: dict[str, int] = {}
        if len(stored) == len(terms):  # every term's count was read in this transaction: replaced by the totals
            gone += ["d:" + t for t in terms if stored[t]]
            put.update(("d:" + t, (None, None, n + (stored[t][0][0] if stored[t] else 0))) for t, n in terms.items())
        else:
            upsert = terms
        # an instance's state is replaced; its reports: an outlet an instance read from the store counted as
        # new may be one of its outlets already (the DELETE returns it: counted off), the batch's new reports
        # are filed, and those of articles linked before are filed again under where they are now
        outlets = [(i, f"o:{i.instance_id}\t{o}") for i in insts for o in i.outlets]
        reports = {"u:" + u: i.instance_id for i in insts for u in i.uids}
        again, self._again = self._again, []
        gone += ["i:" + i.instance_id for i in insts]
        # (after articles linked before, a new instance may take the id of one stored: it replaces it)
        relinked = signed is None or bool(signed)
        gone += [k for i, k in outlets if relinked or i.__dict__.get("_stored")]
        gone += [k for k in again if k in reports]  # those not filed again stay where they were
        known = {r[0] for r in _lookup(con, "", "dedup_kv", "key", gone,
                                       "DELETE FROM dedup_kv WHERE key IN {keys} RETURNING key")}
        for i, k in outlets:
            if k in known and i.__dict__.get("_stored"):
                i.n_sources -= 1
            put[k] = (None, i.instance_id, None)
        put.update((k, (None, iid, None)) for k, iid in reports.items())
        states = [i.to_json() for i in insts]
        for i, state in zip(insts, states):
            put["i:" + i.instance_id] = (state, None, None)
        if put:
            keys = list(put)
            _insert(con, "INSERT INTO dedup_kv SELECT key, value, ref, n FROM {rows}"
                    + (" ON CONFLICT DO NOTHING" if clash else ""),
                    {"key": keys, "value": [put[k][0] for k in keys], "ref": [put[k][1] for k in keys],
                     "n": [put[k][2] for k in keys]}, {"key": v, "value": v, "ref": v, "n": "BIGINT"}, _KV_SCHEMA)
        if upsert:
            _insert(con, "INSERT INTO dedup_kv SELECT key, NULL, NULL, n FROM {rows} "
                    "ON CONFLICT DO UPDATE SET n = dedup_kv.n + excluded.n",
                    {"key": ["d:" + t for t in upsert], "n": list(upsert.values())}, {"key": v, "n": "BIGINT"})
        if insts:
            ids = [i.instance_id for i in insts]
            rows = [i.summary() for i in insts]
            # the ids of its reports: those stored before (returned by the DELETE) and the batch's new ones
            before = dict(_lookup(con, "", "event_instances", "instance_id", ids,
                                  "DELETE FROM event_instances WHERE instance_id IN {keys} "
                                  "RETURNING instance_id, event_uids"))
            for inst, row in zip(insts, rows):
                if inst.__dict__.get("_stored"):
                    row["event_uids"] = (before.get(inst.instance_id) or []) + [u for u in inst.uids if u not in held]
            cols = TABLES["event_instances"][0]
            _insert(con, "INSERT INTO event_instances BY NAME SELECT * FROM {rows}",
                    {c: [_instance_value(c, r[c]) for r in rows] for c, _ in cols}, dict(cols),
                    _SCHEMAS["event_instances"], listed=False)  # twenty columns: Arrow is cheaper
            for inst, state in zip(insts, states):  # as stored now: filed under all its keys, its reports filed
                inst.__dict__["_filed"] = frozenset(instance_keys(inst))
                inst.__dict__["_size"] = len(state)
                inst.__dict__["_stored"] = True
                inst.uids, inst.articles, inst.outlets = [], [], []
                self._keep(inst)
        if result.instance_of:
            if len(result.instance_of) <= _FEW:
                _update(con, "events", "uid", list(result.instance_of), {"instance_id": list(result.instance_of.values())})
            else:
                con.register("_dd_ev", pa.table({"uid": list(result.instance_of),
                                                 "instance_id": list(result.instance_of.values())}))
                con.execute("UPDATE events SET instance_id = d.instance_id FROM _dd_ev d WHERE events.uid = d.uid")
                con.unregister("_dd_ev")


def _instance_counts(self: Store, article_ids: list[str]) -> dict[str, tuple[int, int, int]]:
    """Event uid → (num_mentions, num_sources, num_articles) of its instance, for GDELT exports."""
    rows = self.con.execute(
        "SELECT e.uid, i.num_mentions, i.num_sources, i.num_articles FROM events e "
        "JOIN event_instances i ON i.instance_id = e.instance_id WHERE e.article_id IN (SELECT unnest(?))",
        [list(article_ids)]).fetchall()
    return {uid: (m, s, a) for uid, m, s, a in rows}


def _instance_value(column: str, value: Any) -> Any:
    if column == "date":
        try:
            return date.fromisoformat(value[:10]) if value else None
        except ValueError:
            return None
    if column == "first_seen":
        return _ts(value)
    return value


def _store_dedup(self: Store, articles: list[Article] | None = None, rebuild: bool = False) -> int:
    """Link articles to the copies, stories and event instances already stored.

    ``articles``: the ones just added (incremental, what ingest does after each batch). ``rebuild``: forget
    every link and relink the whole store in publication order, with batch story clustering.
    Returns the number of articles linked.
    """
    from . import dedup

    if self.read_only:
        raise StoreError(f"{self.path} is open read-only")
    self._begin()
    try:
        state = DedupState(self)
        stories = None
        if rebuild:
            state._cache.clear()
            state._sigs.clear()
            for table in DEDUP_CLEAR:
                self.con.execute(f"DELETE FROM {table}")
            state = DedupState(self)
            self.con.execute("DELETE FROM meta WHERE key = 'dedup_articles'")
            self.con.execute("UPDATE articles SET duplicate_of = NULL, story_id = NULL")
            self.con.execute("UPDATE events SET instance_id = NULL")
            articles = list(self.articles())  # in publication order
            stories = dedup.cluster_stories([dedup.story_sig(a) for a in articles])
        dedup.Deduper(state).add(articles or [], stories=stories)
        self.con.execute("COMMIT")
    except duckdb.Error as e:
        self.__dict__.pop("_dedup_cache", None)  # may hold what was just rolled back
        self.__dict__.pop("_dedup_sigs", None)
        self.__dict__.pop("_dedup_ready", None)  # its tables may have been created in what was rolled back
        self._rollback()
        if self._more_memory(e):  # the indexes outgrew the memory cap: once more with a higher one
            return _store_dedup(self, articles, rebuild)
        raise StoreError(f"dedup on {self.path} failed, links left as they were: {_why(e)}") from None
    except BaseException:
        self.__dict__.pop("_dedup_cache", None)
        self.__dict__.pop("_dedup_sigs", None)
        raise
    return len(articles or [])


def _dedup_after_add(self: Store, articles: list[Article]) -> None:
    """The ingest hook: link what add() just stored (unless ``store.dedup_on_add`` is False)."""
    if getattr(self, "dedup_on_add", True):
        try:
            _store_dedup(self, articles)
        except Exception as e:  # the articles are stored; linking them can be redone with `eventwire dedup`
            import logging

            logging.getLogger(__name__).warning("articles stored but not linked (%s); run 'eventwire dedup --db %s'",
                                                e, self.path)


def _migrate_dedup_kv(con: duckdb.DuckDBPyConnection) -> None:
    """Store schema 1 -> 2: dedup's keyed tables (dedup_urls, dedup_terms, dedup_sigs, dedup_instances) become
    the rows of ``dedup_kv``, and so do the latest sharers of each story key (dedup_story_keys, every
    (key, article) row, read whole for every look-up); an instance's state kept the uids, article ids and outlets of all its reports,
    so reading it for linking grew with every report: they move to their own rows ('u:', 'o:') and the state
    keeps their numbers."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "dedup_instances" not in tables:
        return  # never linked: DedupState makes its tables
    con.execute(_KV)
    con.execute("INSERT INTO dedup_kv SELECT 'l:' || canon, NULL, article_id, NULL FROM dedup_urls")
    con.execute("INSERT INTO dedup_kv SELECT 'd:' || term, NULL, NULL, df FROM dedup_terms")
    con.execute("INSERT INTO dedup_kv SELECT 'g:' || article_id, CAST(sig AS VARCHAR), story_id, NULL FROM dedup_sigs")
    con.execute("INSERT INTO dedup_kv SELECT 'u:' || u, NULL, min(instance_id), NULL FROM (SELECT instance_id, "
                "unnest(CAST(json_extract(state, '$.uids') AS VARCHAR[])) AS u FROM dedup_instances) GROUP BY u")
    con.execute("INSERT INTO dedup_kv SELECT DISTINCT 'o:' || instance_id || chr(9) || o, NULL, instance_id, NULL "
                "FROM (SELECT instance_id, unnest(CAST(json_extract(state, '$.outlets') AS VARCHAR[])) AS o "
                "FROM dedup_instances)")
    con.execute("INSERT INTO dedup_kv SELECT 'i:' || instance_id, CAST(CASE WHEN json_exists(state, '$.uids') "
                "THEN json_merge_patch(state, json_object('uids', NULL, 'articles', NULL, 'outlets', NULL, "
                "'n_mentions', coalesce(json_array_length(state, '$.uids'), 0), "
                "'n_articles', coalesce(json_array_length(state, '$.articles'), 0), "
                "'n_sources', coalesce(json_array_length(state, '$.outlets'), 0))) ELSE state END AS VARCHAR), "
                "NULL, NULL FROM dedup_instances")
    from .dedup import params

    # each story key's latest sharers, in the order of their latest row (rowid: insertion order)
    con.execute("INSERT INTO dedup_kv SELECT 'k:' || key, CAST(to_json(list(json_array(article_id, r) ORDER BY r)) "
                "AS VARCHAR), NULL, NULL FROM (SELECT key, article_id, max(rowid) AS r FROM dedup_story_keys "
                "GROUP BY key, article_id QUALIFY row_number() OVER (PARTITION BY key ORDER BY r DESC) <= ?) "
                "GROUP BY key", [params()["stories"]["max_candidates"]])
    con.execute("INSERT INTO dedup_kv SELECT 'd:' || ?, NULL, NULL, coalesce(max(rowid), -1) + 1 FROM dedup_story_keys",
                [_SEQ_TERM])
    for table in ("dedup_urls", "dedup_terms", "dedup_sigs", "dedup_instances", "dedup_story_keys"):
        con.execute(f"DROP TABLE {table}")


MIGRATIONS[1] = _migrate_dedup_kv


def _migrate_dedup_blocks(con: duckdb.DuckDBPyConnection) -> None:
    """Store schema 2 -> 3: the rows of ``dedup_blocks`` (one per instance and blocking key, every instance
    ever filed under a key read for each look-up) become one 'b:' row of ``dedup_kv`` per key, holding its
    latest instances per CAMEO root (the ones dedup compares), and the filing order goes on from the
    sequence's."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "dedup_blocks" not in tables:
        return  # never linked: DedupState makes its tables
    con.execute(_KV)
    con.execute("INSERT INTO dedup_kv SELECT 'b:' || key, string_agg(concat(instance_id, chr(9), seq, chr(9), root, "
                "chr(10)), '' ORDER BY coalesce(seq, 0), instance_id), NULL, NULL FROM (SELECT * FROM dedup_blocks "
                "QUALIFY row_number() OVER (PARTITION BY key, root ORDER BY coalesce(seq, 0) DESC, instance_id DESC) "
                "<= ?) GROUP BY key", [_row_cap()])
    con.execute("INSERT INTO dedup_kv SELECT 'd:' || ?, NULL, NULL, coalesce(max(seq), 0) + 1 FROM dedup_blocks",
                [_BLK_TERM])
    con.execute("DROP TABLE dedup_blocks")
    con.execute("DROP SEQUENCE IF EXISTS dedup_block_seq")


MIGRATIONS[2] = _migrate_dedup_blocks


def _migrate_blocks_by_day(con: duckdb.DuckDBPyConnection) -> None:
    """Store schema 3 -> 4: an instance was filed under every week within the date window of its days and a
    mention looked up its own week; now it is filed under the weeks of its own days, each entry with its
    first day, and a mention looks up the weeks of its window and compares the instances nearest its day.
    Every 'b:' row is written again from the instance states (``dedup.instance_keys``), each instance
    keeping its filing order (one that no row held any more, capped away: the oldest)."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "dedup_kv" not in tables:
        return  # never linked
    from .dedup import first_day, instance_keys

    seq: dict[str, int] = {}
    cur = con.execute("SELECT value FROM dedup_kv WHERE key LIKE 'b:%'")
    while chunk := cur.fetchmany(10_000):
        for (value,) in chunk:
            for iid, order, _root, _day in _entries(value):
                if order is not None and order > seq.get(iid, -1):
                    seq[iid] = order
    rows: list[tuple] = []
    cur = con.execute("SELECT value FROM dedup_kv WHERE key LIKE 'i:%'")
    while chunk := cur.fetchmany(10_000):
        for (state,) in chunk:
            inst = _instance(state)
            entry = (inst.instance_id, seq.get(inst.instance_id), inst.top(inst.roots), first_day(inst))
            rows += [(k, *entry) for k in instance_keys(inst)]
    blocks: dict[str, list[tuple]] = {}
    for key, *entry in _capped(rows, _row_cap()):
        blocks.setdefault(key, []).append(tuple(entry))
    del rows
    con.execute("DELETE FROM dedup_kv WHERE key LIKE 'b:%'")
    keys = sorted(blocks)
    _insert(con, "INSERT INTO dedup_kv SELECT key, value, NULL, NULL FROM {rows}",
            {"key": ["b:" + k for k in keys],
             "value": [_block_text(sorted(blocks[k], key=lambda e: (e[1] or 0, e[0]))) for k in keys]},
            {"key": "VARCHAR", "value": "VARCHAR"})


MIGRATIONS[3] = _migrate_blocks_by_day


def _migrate_same_as(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 4 → 5: events.source_implied and events.same_as, read from each article's stored record
    (event "eN" is the N-th of its record's events)."""
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS source_implied BOOLEAN")
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS same_as VARCHAR")
    con.execute("""
        UPDATE events SET
            source_implied = coalesce(CAST(json_extract(a.record, '$.events[' || (CAST(substr(events.id, 2) AS INTEGER) - 1)
                                                      || '].source_implied') AS BOOLEAN), false),
            same_as = json_extract_string(a.record, '$.events[' || (CAST(substr(events.id, 2) AS INTEGER) - 1) || '].same_as')
        FROM articles a WHERE a.id = events.article_id AND events.id SIMILAR TO 'e[0-9]+'""")


MIGRATIONS[4] = _migrate_same_as

# attached here rather than written inside the class so that this section merges on its own
Store.dedup = _store_dedup  # type: ignore[attr-defined]
Store.instance_counts = _instance_counts  # type: ignore[attr-defined]
Store._dedup_after_add = _dedup_after_add  # type: ignore[attr-defined]
