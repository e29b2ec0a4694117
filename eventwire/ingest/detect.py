"""Which reader fits a file: decided by its content first, its name second."""

from __future__ import annotations

import gzip
import io
import re
import zlib

EXTENSIONS = {".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".rss": "rss", ".atom": "rss", ".xml": "rss", ".warc": "warc", ".arc": "warc", ".txt": "text"}

_FEED = re.compile(rb"(<\?[^>]*>\s*|<!--.*?-->\s*|<!doctype[^>]*>\s*)*<(rss|feed|rdf:rdf)\b", re.S)
_HTML = re.compile(rb"(<\?[^>]*>\s*|<!--.*?-->\s*)*(<!doctype html|<html|<head|<body|<meta|<title)", re.S)


def sniff(data: bytes, name: str = "") -> str:
    """Guess the input format of ``data``: warc, rss, html, jsonl or text.

    Content decides (a WARC record header, a feed's or a page's root element,
    JSON objects line after line); the file name only breaks ties for content
    that says nothing, such as an empty file.
    """
    text = _head(data)[:8192].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"warc/"):
        return "warc"
    if _FEED.match(text):
        return "rss"
    if _HTML.match(text):
        return "html"
    lines = [line.strip() for line in text.split(b"\n") if line.strip()][:5]
    if lines and lines[0].startswith(b"{") and sum(line.startswith(b"{") for line in lines) / len(lines) >= 0.6:
        return "jsonl"  # (a malformed line among them is the reader's to report)
    if b"<html" in text[:1024]:
        return "html"
    for ext, fmt in EXTENSIONS.items():
        if name.lower().removesuffix(".gz").endswith(ext):
            return fmt
    return "text"


def _head(data: bytes, size: int = 65536) -> bytes:
    """The first ``size`` bytes of the content, decompressed when gzipped (WARCs usually are, per record)."""
    if data[:2] != b"\x1f\x8b":
        return data[:size]
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(size)
    except (OSError, EOFError, zlib.error):  # damaged: the reader says so; the name decides the format
        return b""
