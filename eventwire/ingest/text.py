"""Plain text as scraped: one file (or stdin) is one document."""

from __future__ import annotations

import gzip
import io
from typing import Iterator

from . import RawDoc

MAX_GUNZIP = 200_000_000  # bytes a gzipped document may expand to; past that it is cut (a zip bomb is not news)

# labels pages declare for charsets whose decoders are stricter than what browsers (and pages) use
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
              "us-ascii": "cp1252", "shift_jis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs"}


def decode(data: bytes, declared: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(text, error): UTF-8 (with or without BOM), else a declared charset, else a clear reason why not.

    Binary content (NUL bytes or a high share of control characters) is refused
    rather than guessed at; non-UTF-8 bytes are tried in the ``declared``
    charsets (e.g. an HTML page's ``charset=``) and then fall back to cp1252,
    which is what most mis-declared Western news pages really are.
    """
    data = gunzip(data)
    if not data.strip():
        return None, "empty document"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            return None, f"undecodable UTF-16 at offset {e.start}"
    head = data[:65536]
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    if b"\x00" in head or controls > len(head) * 0.05:
        return None, "binary content, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for charset in declared:
        try:
            return data.decode(_SUPERSETS.get(charset.lower(), charset)), None
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError as e:
        return None, f"undecodable bytes at offset {e.start} (not UTF-8 or cp1252)"


def gunzip(data: bytes) -> bytes:
    """``data`` decompressed if it is gzipped (a ``.gz`` page or feed), as is otherwise."""
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(MAX_GUNZIP)
    except (OSError, EOFError):  # corrupt or truncated: leave it to the binary check
        return data


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    text, error = decode(data)
    yield RawDoc(source=source, text=text, error=error)
