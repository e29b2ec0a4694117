"""Plain text as scraped: one file (or stdin) is one document."""

from __future__ import annotations

from typing import Iterator

from . import RawDoc

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
    if not data.strip():
        return None, "empty document"
    head = data[:4096]
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


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    text, error = decode(data)
    yield RawDoc(source=source, text=text, error=error)
