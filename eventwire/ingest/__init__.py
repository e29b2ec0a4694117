"""Readers: turn files, streams and archives into raw documents.

Every reader yields :class:`RawDoc` objects. A document a reader cannot read
(undecodable bytes, a malformed JSON line) still comes out, with ``error`` set,
so the batch goes on and the failure is reported in the record.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

FORMATS = ("auto", "text", "html", "jsonl", "rss", "warc")


@dataclass
class RawDoc:
    """One document as a source gave it: text or HTML, plus the metadata it carried."""

    source: str  # where it came from: a path, "stdin", "feed.xml#3", "crawl.warc.gz#17"
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    error: str | None = None  # why this document could not be read


def read(paths: list[str], fmt: str = "auto") -> Iterator[RawDoc]:
    """Yield the documents of every path (``-`` is standard input) in the given format."""
    from . import detect

    for path in paths:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as e:
            yield RawDoc(source=path, error=f"cannot read file: {e.strerror or e}")
            continue
        name = "stdin" if path == "-" else path
        yield from read_bytes(data, name, fmt if fmt != "auto" else detect.sniff(data, name))


def read_bytes(data: bytes, source: str, fmt: str) -> Iterator[RawDoc]:
    """Documents in ``data`` read as ``fmt`` (one of :data:`FORMATS` other than auto)."""
    if fmt not in FORMATS[1:]:
        raise ValueError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    reader = importlib.import_module(f".{fmt}", __package__).read
    number = 0
    try:
        for number, doc in enumerate(reader(data, source), 1):
            yield doc
    except Exception as e:  # a reader's surprise ends that input, never the batch: it becomes a record
        log.warning("%s reader failed on %s after %d documents", fmt, source, number, exc_info=True)
        yield RawDoc(source=source if number == 0 else f"{source}#{number + 1}",
                     error=f"unreadable {fmt} input ({type(e).__name__}: {e})")
