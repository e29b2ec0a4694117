"""RSS and Atom feeds (feedparser): one document per entry.

An entry's full content is preferred to its summary; HTML goes to ``html`` (the
pipeline extracts it like a page), plain text to ``text``. The entry's date,
link, title and author and the feed's title (as the outlet) come along.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator

from . import RawDoc
from .text import gunzip

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    import feedparser

    data = gunzip(data)
    if not data.strip():
        yield RawDoc(source=source, error="empty document")
        return
    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not feed.entries:
        if feed.bozo:
            yield RawDoc(source=source, error=f"not a readable feed: {feed.bozo_exception}")
        else:
            log.info("%s: feed has no entries", source)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, 1):
        yield entry_doc(entry, f"{source}#{number}", outlet)


def entry_doc(entry: Any, source: str, outlet: str | None) -> RawDoc:
    """One feed entry as a document."""
    doc = RawDoc(source=source, id=entry.get("id") or None, url=entry.get("link") or None,
                 title=(entry.get("title") or "").strip() or None, outlet=outlet,
                 author=(entry.get("author") or "").strip() or None, published=_date(entry))
    parts = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if not parts and (entry.get("summary") or "").strip():
        parts = [{"value": entry["summary"], "type": entry.get("summary_detail", {}).get("type", "text/html")}]
    if not parts:
        doc.error = "feed entry has neither content nor summary"
    elif parts[0].get("type") in HTML_TYPES and "<" in parts[0]["value"]:  # RSS calls every summary HTML
        doc.html = parts[0]["value"]
    else:
        doc.text = parts[0]["value"]
    return doc


def _date(entry: Any) -> str | None:
    """The entry's date as the feed wrote it when that is readable (it keeps the local time), else feedparser's UTC."""
    for key in ("published", "updated", "created"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(raw).isoformat()
        except (TypeError, ValueError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S", parsed)
    return None
