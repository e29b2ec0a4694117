"""Plain text as scraped: one file (or stdin) is one document."""

from __future__ import annotations

import gzip
import io
import zlib
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
    try:
        data = gunzip(data)
    except CorruptGzip as e:
        return None, str(e)
    if not data.strip():
        return None, "empty document"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            return None, f"undecodable UTF-16 at offset {e.start}"
    head = data[:65536]
    utf16 = _bomless_utf16(head)
    if utf16:
        try:
            return data.decode(utf16), None
        except UnicodeDecodeError as e:
            return None, f"undecodable {utf16.upper()} (no byte order mark) at offset {e.start}"
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


def _bomless_utf16(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text saved as UTF-16 without a byte order mark (Windows
    tools do): most ASCII characters then come with a NUL byte on the same side of them."""
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    pairs = len(sample) // 2
    for nuls, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.7 * pairs and sum(32 <= b < 127 or b in (9, 10, 13) for b in chars) >= 0.7 * pairs:
            return codec
    return None


class CorruptGzip(ValueError):
    """Gzipped input that cannot be decompressed: the one-line reason is the message."""


def gunzip(data: bytes) -> bytes:
    """``data`` decompressed if it is gzipped (a ``.gz`` page or feed), as is otherwise; raises
    :class:`CorruptGzip` when the compressed stream is damaged or cut short."""
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(MAX_GUNZIP)
    except EOFError:
        raise CorruptGzip("gzip data is cut short (truncated file)") from None
    except (OSError, zlib.error) as e:  # zlib.error is no OSError: a damaged deflate stream raised through here
        raise CorruptGzip(f"corrupt gzip data ({e})") from None


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    text, error = decode(data)
    yield RawDoc(source=source, text=text, error=error)
