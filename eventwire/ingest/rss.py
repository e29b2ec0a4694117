"""RSS and Atom feeds (feedparser): one document per entry.

An entry's full content is preferred to its summary; HTML goes to ``html`` (the
pipeline extracts it like a page), plain text to ``text``. The entry's date,
link, title and author and the feed's title (as the outlet) come along.
"""

from __future__ import annotations

import logging
import re
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterator

from . import RawDoc
from .text import CorruptGzip, decode, gunzip

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")
_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*?)\sencoding\s*=\s*(['\"])[^'\"]*\2", re.S)
# expat's complaints when a document stops before its end: the feed was cut short
_CUT_SHORT = ("no element found", "unclosed token", "partial character", "unclosed cdata")


def _valid_refs(data: bytes) -> bytes:
    """Numeric character references to code points no text may hold (surrogates, NUL, past
    U+10FFFF: feedparser raises on them) become U+FFFD, the replacement character."""
    if b"&#" not in data:
        return data

    def fix(m: re.Match[bytes]) -> bytes:
        value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return m.group(0) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else b"&#xFFFD;"

    return _CHAR_REF.sub(fix, data)


def _parse(data: bytes) -> Any:
    """feedparser's reading of ``data``; a feed whose declared encoding feedparser cannot use
    (unknown, NUL-holding, undecodable) is decoded by our rules and read again as UTF-8."""
    import feedparser

    try:
        return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as first:  # UnicodeEncodeError, UnicodeDecodeError, ValueError, LookupError ...
        log.info("feedparser failed (%s: %s); reading the feed as UTF-8", type(first).__name__, first)
        text, error = decode(data)
        if text is None:
            raise ValueError(error) from None
        utf8 = _DECLARATION.sub(rb'\1 encoding="utf-8"', text.encode("utf-8", "replace"), count=1)
        return feedparser.parse(utf8, sanitize_html=False, resolve_relative_uris=False)


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    try:
        data = gunzip(data)
    except CorruptGzip as e:
        yield RawDoc(source=source, error=str(e))
        return
    if not data.strip():
        yield RawDoc(source=source, error="empty document")
        return
    try:
        feed = _parse(_valid_refs(data))
    except Exception as e:
        yield RawDoc(source=source, error=f"not a readable feed ({type(e).__name__}: {e})")
        return
    if not feed.entries:
        if feed.bozo:
            yield RawDoc(source=source, error=f"not a readable feed: {feed.bozo_exception}")
        else:
            log.info("%s: feed has no entries", source)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    number = 0
    for number, entry in enumerate(feed.entries, 1):
        yield entry_doc(entry, f"{source}#{number}", outlet)
    problem = str(feed.get("bozo_exception") or "")
    if feed.bozo and any(p in problem.lower() for p in _CUT_SHORT):
        yield RawDoc(source=source, error=f"feed is cut short ({problem}): read {number} "
                                          f"entr{'y' if number == 1 else 'ies'}, the last may be incomplete "
                                          "and any after it are lost")


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
