"""The one reader of eventwire's knowledge files.

Lexicons, code tables, cues, thresholds and weights live under ``eventwire/resources/`` (each
with a header naming its sources and licence); every stage reads them through here, so one
rule holds for all: UTF-8, '#' lines are comments, blank lines are skipped, cells are
tab-separated and stripped. Callers cache what they build from them.
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from typing import Any


def text(path: str) -> str:
    """A resource file's text; ``path`` is relative to ``eventwire/resources/``."""
    return resources.files("eventwire").joinpath(f"resources/{path}").read_text(encoding="utf-8")


def rows(path: str) -> list[list[str]]:
    """The rows of a tab-separated resource (its header row included, if it has one)."""
    return [[c.strip() for c in line.split("\t")] for line in text(path).splitlines()
            if line.strip() and not line.startswith("#")]


def records(path: str) -> list[dict[str, str]]:
    """The rows of a tab-separated resource with a header row, as dicts of its columns."""
    lines = [l for l in text(path).splitlines() if l.strip() and not l.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines, delimiter="\t")]


def data(path: str) -> Any:
    """A JSON resource."""
    return json.loads(text(path))
