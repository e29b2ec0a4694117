"""Shared fixtures. Dev data lives outside the project, in ../shared/data."""

from __future__ import annotations

import os
import socket
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def shared(relpath: str) -> Path:
    """A file from ../shared/data, or skip the test when the dev data is absent."""
    path = SHARED / relpath
    if not path.exists():
        pytest.skip(f"dev data {path} not present (only the development checkout has ../shared/data)")
    return path


def subprocess_env() -> dict:
    """The environment for a subprocess that must import eventwire from this checkout."""
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared("seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text):
    """The reference article, run once through the whole pipeline."""
    import eventwire

    return eventwire.extract(text=seed_text)


@lru_cache(maxsize=None)
def _events_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(until="events", min_confidence=0)


def events_of(text: str):
    """The article after the events stage, every event kept whatever its confidence."""
    from eventwire.model import Article

    return _events_pipeline().annotate([Article(id="t", text=text)], [None])[0]


def trigger_confidence(art, word: str) -> float:
    """The highest confidence of an event whose trigger is ``word`` (0 when there is none)."""
    return max((e.confidence for e in art.events if e.trigger.text.lower() == word), default=0.0)


def trigger_kinds(art, word: str) -> set[str]:
    """The PLOVER types of the events whose trigger is ``word``."""
    return {e.plover.type for e in art.events if e.trigger.text.lower() == word}


@lru_cache(maxsize=1)
def _events_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(until="events", min_confidence=0)  # the rules, not the confidence filter


def events_of(text: str):
    """The Article for ``text`` through the stages up to events, every event kept."""
    from eventwire.model import Article

    return _events_pipeline().annotate([Article(id="t", text=text)], [None])[0]


def found_event(text: str, trigger: str):
    """The first event of ``text`` whose trigger is ``trigger`` (failing with what was found
    instead), and the article's actor names by id."""
    art = events_of(text)
    hits = [e for e in art.events if e.trigger.text == trigger]
    assert hits, [(e.trigger.text, e.cameo, e.plover.type) for e in art.events]
    return hits[0], {a.id: a.name for a in art.actors}


def benchmark(name: str):
    """The script ``benchmarks/NAME.py`` imported as a module, once per test session (registered in
    ``sys.modules``: dataclasses look their module up there)."""
    import importlib.util
    import sys

    key = f"benchmark_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "benchmarks" / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod
        spec.loader.exec_module(mod)
    return sys.modules[key]
