"""The events of a read-only store held in memory as NumPy columns, for the API's common questions.

Why: `eventwire serve --read-only` serves a store that nothing can change while it runs, and most of a
request's CPU went to DuckDB planning and scanning statements for the same few filters (dates,
country, PLOVER type, QuadClass, actor, status, confidence): a day histogram to cut an /events page,
the page itself, a timeline. Read once at start-up, every event's fields are small integer codes into
a list of each field's distinct values (floats and dates as plain arrays), so a filter is a few NumPy
comparisons, a page sorted by date is the first matching rows of an order computed once, and a
timeline a few bincounts.

The answers are the SQL's, value for value: the values are the ones DuckDB returned, the rows come in
the SQL's order (date, NULLs last, then uid in binary order), and Goldstein values are summed as the
SQL sums them, in integer thousandths (exact, so in any order). What this does not hold or do goes to
DuckDB as before (the `q` text filter, the evidence sentence, sorts other than by date, CSV and
Parquet pages, stores over ``store.MEMORY_EVENTS`` events): every method answers None for "ask DuckDB".
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any, Iterable

import numpy as np
import pandas as pd

FLOATS = ("goldstein", "lat", "lon", "confidence", "tone",  # as float64 (NaN where NULL) and a NULL mask
          "goldstein_milli")  # (integer thousandths: exact in a float64 sum up to 2**53)
_BIG = np.iinfo(np.int64).max  # sorts NULL dates last


class EventColumns:
    """Every event's fields in row order (the store's rowid order), built from DuckDB's own values.

    ``columns`` gives (name, what ``fetchnumpy`` gave for it), one at a time: every /events field but
    the evidence, ``source_lname``/``target_lname`` (DuckDB's ``lower()`` of the names, so a name filter
    matches as the SQL's does) and ``goldstein_milli`` (store.GOLDSTEIN_MILLI)."""

    def __init__(self, columns: Iterable[tuple[str, Any]]):
        self.codes: dict[str, np.ndarray] = {}  # name -> code per row (0: NULL)
        self.values: dict[str, np.ndarray] = {}  # name -> object array of its distinct values, None first
        self._index: dict[str, dict] = {}  # name -> value -> code, made when a filter first needs it
        self.floats: dict[str, np.ndarray] = {}
        self.nulls: dict[str, np.ndarray] = {}
        for name, col in columns:
            mask = np.ma.getmaskarray(col) if np.ma.isMaskedArray(col) else None
            raw = np.ma.getdata(col)
            self.n = len(raw)
            if name in FLOATS:
                x = raw.astype(np.float64)
                null = mask if mask is not None else np.zeros(self.n, bool)
                if np.isnan(x[~null]).any():  # DuckDB orders and compares NaN unlike NumPy: not worth it
                    raise ValueError(f"events.{name} holds NaN")
                self.floats[name] = np.where(null, np.nan, x)
                self.nulls[name] = null
            elif name == "date":
                null = mask if mask is not None else np.isnat(raw)
                self.day = np.where(null, 0, raw.astype("datetime64[D]").astype(np.int64))
                self.has_date = ~null
            else:
                if raw.dtype.kind == "M":  # TIMESTAMP: DuckDB gives datetime.datetime
                    objs = raw.astype("datetime64[us]").astype(object)
                else:
                    objs = raw.astype(object)
                if mask is not None and mask.any():
                    objs = objs.copy()
                    objs[mask] = None
                codes, uniques = pd.factorize(objs, use_na_sentinel=True)
                values = np.empty(len(uniques) + 1, dtype=object)
                values[0] = None
                values[1:] = list(uniques)
                self.codes[name] = (codes + 1).astype(np.int32)
                self.values[name] = values
        self.fields = set(self.codes) | set(self.floats) | {"date"}
        # each row's day, week (since the Monday 1969-12-29, as date_trunc('week')) and month since 1970
        self.period = {"day": self.day.astype(np.int32), "week": ((self.day + 3) // 7).astype(np.int32),
                       "month": np.where(self.has_date, self.day.astype("datetime64[D]").astype("datetime64[M]")
                                         .astype(np.int64), 0).astype(np.int32)}
        self.gold_complete = not self.nulls["goldstein_milli"].any()
        uids = self.values["uid"][self.codes["uid"]]
        by_uid = np.argsort(uids, kind="stable")  # Python's order of str: code points, as DuckDB's bytes
        self.uid_rank = np.empty(self.n, dtype=np.int64)
        self.uid_rank[by_uid] = np.arange(self.n)
        self.sorted_uids = uids[by_uid].tolist()
        self.order = {desc: np.lexsort((self.uid_rank, np.where(self.has_date, -self.day if desc else self.day, _BIG)))
                      for desc in (True, False)}
        inst = self.codes["instance_id"]
        self.instanced = bool((inst != 0).any())

    def nbytes(self) -> int:
        """Memory held, roughly: the arrays and the distinct values' Python objects."""
        import sys

        arrays = [*self.codes.values(), *self.floats.values(), *self.nulls.values(), self.day, self.has_date,
                  *self.period.values(), self.uid_rank, *self.order.values()]
        objects = sum(sys.getsizeof(v) for vals in self.values.values() for v in vals.tolist())
        return sum(a.nbytes for a in arrays) + objects + sum(8 * len(v) for v in self.values.values()) \
            + 8 * len(self.sorted_uids) + sum(sys.getsizeof(d) for d in self._index.values())

    # ------------------------------------------------------------ filters

    def index(self, name: str) -> dict:
        found = self._index.get(name)
        if found is None:
            found = self._index[name] = {v: i for i, v in enumerate(self.values[name].tolist()) if i}
        return found

    def _eq(self, name: str, value: Any) -> np.ndarray:
        code = self.index(name).get(value)
        return self.codes[name] == code if code is not None else np.zeros(self.n, bool)

    def _any(self, name: str, values: list) -> np.ndarray:
        index = self.index(name)
        codes = sorted({index[v] for v in values if v in index})
        if len(codes) <= 1:
            return self.codes[name] == codes[0] if codes else np.zeros(self.n, bool)
        hit = np.zeros(len(self.values[name]), bool)
        hit[codes] = True
        return hit[self.codes[name]]

    def _actor(self, side: str, value: str) -> np.ndarray:
        """As store._actor_match: the code, DuckDB's lower() of the name, or article:actor id."""
        m = self._eq(f"{side}_code", value.upper()) | self._eq(f"{side}_lname", value.lower())
        article, sep, actor = value.rpartition(":")
        if sep and article and actor:
            m |= self._eq("article_id", article) & self._eq(f"{side}_id", actor)
        return m

    def match(self, f) -> np.ndarray | None:
        """The rows ``f`` (a store.EventFilter) selects, as ``f.where()`` does; None when it asks for text."""
        if f.q:
            return None
        m = np.ones(self.n, bool)
        if f.since or f.until:
            m &= self.has_date
            if f.since:
                m &= self.day >= _days(f.since)
            if f.until:
                m &= self.day <= _days(f.until)
        for name, values in (("country", f.country), ("admin1", f.admin1), ("plover_type", f.type),
                             ("plover_mode", f.mode), ("quad_class", f.quad_class), ("status", f.status),
                             ("article_id", f.article)):
            if values:
                m &= self._any(name, list(values))
        if f.bbox:
            lon, lat = self.floats["lon"], self.floats["lat"]
            m &= (lon >= f.bbox[0]) & (lon <= f.bbox[2]) & (lat >= f.bbox[1]) & (lat <= f.bbox[3])
        roles = {"source": ["source"], "target": ["target"]}.get(f.actor_role, ["source", "target"])
        if f.actor:
            hit = np.zeros(self.n, bool)
            for a in f.actor:
                for side in roles:
                    hit |= self._actor(side, a)
            m &= hit
        for side, values in (("source", f.source), ("target", f.target)):
            if values:
                hit = np.zeros(self.n, bool)
                for a in values:
                    hit |= self._actor(side, a)
                m &= hit
        if f.dyad:
            a, b = f.dyad
            m &= (self._actor("source", a) & self._actor("target", b)) | \
                 (self._actor("source", b) & self._actor("target", a))
        if f.cameo:
            ok = np.array([isinstance(v, str) and any(v.startswith(p) for p in f.cameo)
                           for v in self.values["cameo"].tolist()])
            m &= ok[self.codes["cameo"]]
        if f.min_confidence is not None:
            m &= self.floats["confidence"] >= f.min_confidence
        return m

    def count(self, m: np.ndarray) -> dict:
        """store.api_count: event mentions, and events (instances once dedup has filled any)."""
        mentions = int(np.count_nonzero(m))
        if not self.instanced:  # before dedup: rows that tell no event of their article again (store._count)
            return {"mentions": mentions, "events": int(np.count_nonzero(m & (self.codes["same_as"] == 0)))}
        inst = self.codes["instance_id"][m]
        return {"mentions": mentions,
                "events": int(np.count_nonzero(inst == 0)) + len(np.unique(inst[inst != 0]))}

    # ------------------------------------------------------------ /events

    def page(self, f, fields: list[str], sort: str, after: tuple | None, limit: int, count: bool):
        """(rows, [(date, uid)], counted) of one /events page sorted by date, as store.api_events reads it
        (``limit`` + 1 rows: the last says whether more follow); None for DuckDB to answer."""
        if sort.lstrip("-") != "date" or not set(fields) <= self.fields:
            return None
        m = self.match(f)
        if m is None:
            return None
        desc = sort.startswith("-")
        counted = self.count(m) if count else None
        if after is not None:
            is_null, value, uid = after
            later = self.uid_rank >= bisect_right(self.sorted_uids, uid)  # e.uid > ?
            if is_null:
                m = m & ~self.has_date & later
            else:
                if not isinstance(value, str) or len(value) != 10:
                    return None
                try:
                    d = _days(date.fromisoformat(value))
                except ValueError:
                    return None
                past = (self.day < d) if desc else (self.day > d)
                m = m & (~self.has_date | past | ((self.day == d) & later))
        order = self.order[desc]
        rows = order[np.flatnonzero(m[order])[:limit + 1]]
        columns = [self._column(n, rows) for n in fields]
        days = self._column("date", rows) if "date" not in fields else columns[fields.index("date")]
        uids = self._column("uid", rows) if "uid" not in fields else columns[fields.index("uid")]
        return [dict(zip(fields, r)) for r in zip(*columns)], list(zip(days, uids)), counted

    def _column(self, name: str, rows: np.ndarray) -> list:
        if name in self.codes:
            return self.values[name][self.codes[name][rows]].tolist()
        if name == "date":
            out = self.day[rows].astype("datetime64[D]").tolist()
            null = ~self.has_date[rows]
        else:
            out = self.floats[name][rows].tolist()
            null = self.nulls[name][rows]
        if null.any():
            out = [None if n else v for v, n in zip(out, null.tolist())]
        return out

    # ------------------------------------------------------------ /timeline

    def dated(self, f, precisions: tuple[str, ...]) -> np.ndarray | None:
        """The rows of ``f`` a timeline counts: dated, and at one of ``precisions``."""
        m = self.match(f)
        if m is None:
            return None
        return m & self.has_date & self._any("date_precision", list(precisions))

    def span(self, m: np.ndarray) -> tuple[date | None, date | None]:
        days = self.day[m]
        if not len(days):
            return None, None
        return tuple(np.array([days.min(), days.max()]).astype("datetime64[D]").tolist())

    def timeline(self, m: np.ndarray, interval: str, group: str | None, fold: int | None, max_buckets: int):
        """What store.api_timeline_series's statement gives, pivoted: (group names sorted, events, Goldstein
        sums, Goldstein counts as (groups x buckets) arrays, the first bucket in units since 1970, the buckets,
        the unit and the units between buckets), or None when nothing matches. ``fold``: keep the ``fold`` groups with the most mentions (ties by name, NULL last) and
        sum the rest as "other", as the statement's `biggest` does."""
        rows = np.flatnonzero(m)
        if not len(rows):
            return None
        b = self.period[interval][rows]
        lo, hi = int(b.min()), int(b.max())
        n = min(hi - lo + 1, max_buckets)
        at = b - np.int32(lo)
        if group is None:
            raw, values = np.zeros(len(rows), np.int32), np.array(["all"], dtype=object)
        else:
            raw, values = self.codes[group][rows], self.values[group]
            if group == "country":  # coalesce(e.country, 'unknown')
                values = values.copy()
                values[0] = "unknown"
        mentions = np.bincount(raw, minlength=len(values))
        present = np.flatnonzero(mentions)
        if fold is not None:
            by_value: dict = {}  # (two codes may name one group: a NULL country and 'unknown')
            for c in present.tolist():
                by_value[values[c]] = by_value.get(values[c], 0) + int(mentions[c])
            ranked = sorted(by_value, key=lambda v: (-by_value[v], v is None, v or ""))
            biggest = set(ranked[:fold])
            names = {c: values[c] if values[c] is not None and values[c] in biggest else "other"
                     for c in present.tolist()}
        else:
            names = {c: "unknown" if values[c] is None else str(values[c]) for c in present.tolist()}
        keys = sorted(set(names.values()))
        slot = np.zeros(len(values), np.int32)
        for c, name in names.items():
            slot[c] = keys.index(name)
        cell = slot[raw] * np.int32(n) + at if len(keys) > 1 else at
        if n <= hi - lo:  # more buckets than a timeline lists: the first ones
            keep = at < n
            cell, rows = cell[keep], rows[keep]
        size = len(keys) * n
        ev = gn = None
        if self.instanced:
            inst = self.codes["instance_id"][rows]
            single = inst == 0
            ev = np.bincount(cell[single], minlength=size)
            if not single.all():  # instances: each counted once per cell
                pairs = np.unique(cell[~single].astype(np.int64) * len(self.values["instance_id"]) + inst[~single])
                ev = ev + np.bincount(pairs // len(self.values["instance_id"]), minlength=size)
        else:
            ev = np.bincount(cell, minlength=size)
        gold = self.floats["goldstein_milli"][rows]
        if self.gold_complete:
            gs = np.bincount(cell, weights=gold, minlength=size)
            gn = ev if not self.instanced else np.bincount(cell, minlength=size)
        else:
            known = ~self.nulls["goldstein_milli"][rows]
            gs = np.bincount(cell[known], weights=gold[known], minlength=size)
            gn = np.bincount(cell[known], minlength=size)
        shape = (len(keys), n)
        first, unit, step = (lo * 7 - 3, "D", 7) if interval == "week" else (lo, "M" if interval == "month" else "D", 1)
        return (keys, ev.reshape(shape), gs.astype(np.int64).reshape(shape), gn.reshape(shape), first, n,
                unit, step)  # (the sums are of integers, exact in float64)


def _days(d: date) -> int:
    return (d - date(1970, 1, 1)).days
