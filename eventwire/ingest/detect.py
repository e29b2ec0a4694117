"""Which reader fits a file: decided by its content first, its name second."""

from __future__ import annotations

import gzip
import re

EXTENSIONS = {".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "rss",
              ".atom": "rss", ".warc": "warc", ".txt": "text"}


def sniff(data: bytes, name: str = "") -> str:
    """Guess the input format of ``data``: warc, rss, html, jsonl or text."""
    head = data[:4096]
    if head[:2] == b"\x1f\x8b":  # gzip: WARC archives are usually stored gzipped per record
        try:
            head = gzip.decompress(data[:65536]) if len(data) < 65536 else gzip.GzipFile(fileobj=__import__("io").BytesIO(data)).read(4096)
        except (OSError, EOFError):
            head = b""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"warc/"):
        return "warc"
    if re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b", text, re.S):
        return "rss"
    if re.match(rb"(<!doctype html|<html|<head|<body|<!--)", text) or b"<html" in text[:1024]:
        return "html"
    if text.startswith(b"{") and all(line.strip().startswith(b"{") for line in text.splitlines()[:3] if line.strip()):
        return "jsonl"
    for ext, fmt in EXTENSIONS.items():
        if name.lower().removesuffix(".gz").endswith(ext):
            return fmt
    return "text"
