"""JSON Lines: one ``{id?, text|html, url?, published?, title?, outlet?, author?}`` object per line.

A line that is not such an object still yields a document, with ``error`` set,
and the reader goes on with the next line.
"""

from __future__ import annotations

from typing import Any, Iterator

import orjson

from . import RawDoc
from .text import decode

FIELDS = ("id", "url", "published", "title", "outlet", "author")


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    content, error = decode(data)
    if content is None:
        yield RawDoc(source=source, error=error)
        return
    found = False
    for number, line in enumerate(content.split("\n"), 1):  # not splitlines(): JSON strings may hold U+2028
        if line.strip():
            found = True
            yield parse_line(line, f"{source}#{number}")
    if not found:  # an empty file is said to be one, not passed over in silence
        yield RawDoc(source=source, error="no JSON lines in this input")


def parse_line(line: str, source: str) -> RawDoc:
    """One line as a document, or a document that says why the line is not one."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        return RawDoc(source=source, error=f"malformed JSON line: {e}")
    if not isinstance(obj, dict):
        return RawDoc(source=source, error=f"expected a JSON object, got {type(obj).__name__}")
    doc = RawDoc(source=source, **{k: _str(obj.get(k)) for k in FIELDS})
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        doc.text = text
    elif isinstance(html, str) and html.strip():
        doc.html = html
    else:
        doc.error = "no non-empty 'text' or 'html' field"
    return doc


def _str(value: Any) -> str | None:
    """Metadata as a string: numbers (ids, epoch dates) are kept, empty or nested values dropped."""
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None
