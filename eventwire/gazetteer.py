"""The embedded gazetteer: an SQLite file of ~254,000 places and ~614,000 names, opened read-only.

Built once from installed packages by ``resources/build_gazetteer.py`` into the user cache
dir (or a path given by ``EVENTWIRE_GAZETTEER``); opening it costs milliseconds, and each
name is looked up with an index, so nothing big is ever held in memory.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from .resources import build_gazetteer as builder

# the lookup key of a name, kept for the names met lately: geo asks it again and again for the same few
# names of an article (each candidate place's region, each mention) and it costs a Unicode normalisation
key = lru_cache(maxsize=100_000)(builder.key)
PRIMARY, ALTERNATE, DEMONYM = builder.PRIMARY, builder.ALTERNATE, builder.DEMONYM

_lock = threading.Lock()
_db: sqlite3.Connection | None = None
_db_path: Path | None = None  # the file _db was opened from


class Place(NamedTuple):
    pid: int
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    geonameid: int | None
    feature: str  # continent | country | admin1 | admin2 | region | sea | capital | city
    population: int
    kind: int  # how the looked-up name matched: PRIMARY, ALTERNATE or DEMONYM


def path() -> Path:
    """Where the gazetteer lives: $EVENTWIRE_GAZETTEER, else the user cache dir."""
    if os.environ.get("EVENTWIRE_GAZETTEER"):
        return Path(os.environ["EVENTWIRE_GAZETTEER"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "eventwire" / f"gazetteer-v{builder.VERSION}.sqlite"


def connection() -> sqlite3.Connection:
    """The open gazetteer, built first if this machine has none yet."""
    global _db, _db_path
    with _lock:
        if _db is None:
            p = path()
            if not p.exists():
                _build_once(p)
            _db = sqlite3.connect(f"file:{p}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            _db_path = p
        return _db


def ready() -> bool:
    """Is the gazetteer built (so the first lookup costs milliseconds, not a minute)? An open one stays ready when
    its file goes: another version's build removes it from the cache, and the rules that read it (towns the tagger
    calls persons, forces named by their town) would otherwise stop silently in the middle of a run."""
    p = path()
    return _db is not None and _db_path == p or p.exists()  # (the open one first: no file look-up per call)


def ensure(progress: Callable[[int, str], None] | None = None) -> Path:
    """Build the gazetteer now if it is missing (``progress`` as in ``build_gazetteer.build``);
    the command line calls this first, so a first run shows what it is waiting for."""
    p = path()
    if not p.exists():
        _build_once(p, progress)
    return p


def _build_once(p: Path, progress: Callable[[int, str], None] | None = None) -> None:
    """Build under a file lock, so that worker processes starting together build it once."""
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p.with_suffix(".lock"), "w") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # no POSIX locks: each process may build its own copy, atomically
            pass
        if not p.exists():
            builder.build(p) if progress is None else builder.build(p, progress)
            if not os.environ.get("EVENTWIRE_GAZETTEER"):  # our own cache: earlier versions are dead weight
                for stale in p.parent.glob("gazetteer-v*.sqlite"):
                    if stale != p:
                        stale.unlink(missing_ok=True)
                        stale.with_suffix(".lock").unlink(missing_ok=True)


@lru_cache(maxsize=200_000)
def lookup(name: str) -> tuple[Place, ...]:
    """Places called ``name`` (any spelling the key folds together), most populous first."""
    k = key(name)
    if len(k) < 2:
        return ()
    keys = [builder.index_key(name)]
    if builder.abbreviation(name) and len(k) > 3:  # "US" is only the abbreviation; "PARIS" may be Paris
        keys.append(k)
    rows = connection().execute(
        "SELECT p.pid, p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.feature, p.population,"
        f" MIN(n.kind) FROM names n JOIN places p ON p.pid = n.pid WHERE n.key IN ({','.join('?' * len(keys))})"
        " GROUP BY p.pid ORDER BY p.population DESC LIMIT 200",
        keys,
    ).fetchall()
    return tuple(Place(*r) for r in rows)
