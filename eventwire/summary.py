"""A readable summary of each article: one table row per event, names instead of ids.

``eventwire extract --format summary`` prints, per article, a heading (title, outlet,
publication date, source) and a table: date, source actor → event → target actor, place,
status and the evidence sentence; then the article's counts and quotes in one line each,
and its errors. It is for people reading results at a terminal, not for parsing: the
records (``jsonl``) and the exports are.
"""

from __future__ import annotations

import io
import shutil
from typing import IO, Iterable

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Article, Event

EVIDENCE_CHARS = 110  # evidence sentences longer than this are shortened with "…"; a repeated one is 〃
STATUS_STYLE = {"occurred": "green", "intended": "cyan", "negated": "red", "hypothetical": "yellow"}


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _who(art: Article, actor_id: str | None) -> str:
    actor = art.actor(actor_id)
    if actor is None:
        return "—"
    return f"{actor.name} ({actor.code})" if actor.code else actor.name


def _event_cell(art: Article, ev: Event) -> Text:
    kind = ev.plover.type if ev.plover else "?"
    return Text.assemble(_who(art, ev.source), " → ", (f"{kind} {ev.cameo}", "bold"), " → ", _who(art, ev.target))


def render(art: Article, console: Console) -> None:
    """Print one article's summary on ``console``."""
    title = art.title or "(no title)"
    meta = " · ".join(filter(None, [art.outlet, art.published, art.source or art.url]))
    console.print(Text(title, style="bold"))
    if meta:
        console.print(Text(meta, style="dim"))
    if art.events:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
        for name, kw in (("date", {"no_wrap": True}), ("source → event → target", {"ratio": 3}),
                         ("place", {"ratio": 1}), ("status", {"no_wrap": True}), ("evidence", {"ratio": 4})):
            table.add_column(name, **kw)
        previous = None
        for ev in art.events:
            place = art.location(ev.location)
            evidence = "〃" if ev.evidence == previous else _short(ev.evidence, EVIDENCE_CHARS)
            previous = ev.evidence
            table.add_row(
                ev.date or "—",
                _event_cell(art, ev),
                f"{place.name}, {place.country}" if place and place.country and place.feature != "country"
                else (place.name if place else "—"),
                Text(ev.status, style=STATUS_STYLE.get(ev.status, "")),
                evidence,
            )
        console.print(table)
    elif not art.errors:
        console.print("no events found")
    if art.counts:
        console.print("counts: " + "; ".join(
            f"{c.kind} {'~' if c.approximate else ''}{c.number}" + (f" {c.object}" if c.object else "")
            for c in art.counts), highlight=False)
    if art.quotes:
        speakers = [q.speaker_name or q.speaker_text or "?" for q in art.quotes]
        console.print(f"quotes: {len(art.quotes)} (" + ", ".join(dict.fromkeys(speakers)) + ")", highlight=False)
    for e in art.errors:
        console.print(Text(f"error [{e.stage}]: {e.message}", style="red"))
    console.print()


def write(articles: Iterable[Article], out: IO[bytes], width: int | None = None) -> int:
    """Write the summaries to a byte stream (colour only on a terminal); returns the number of articles."""
    terminal = hasattr(out, "isatty") and out.isatty()
    width = width or (shutil.get_terminal_size((140, 40)).columns if terminal else 140)
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=terminal, color_system="auto" if terminal else None,
                      highlight=False, soft_wrap=False)
    n = 0
    for art in articles:
        render(art, console)
        n += 1
    out.write(buf.getvalue().encode("utf-8", "replace"))
    return n
