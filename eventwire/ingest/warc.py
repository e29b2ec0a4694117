"""WARC archives (warcio): every HTTP 200 ``text/html`` response is one document.

Records that are not pages (requests, metadata, images, redirects, errors) are
skipped with a logged reason. The record's target URI becomes ``url``. The
WARC-Date is only the capture time: it becomes ``published`` only for a page
that states no date of its own (the pipeline reads the page's date otherwise).
"""

from __future__ import annotations

import io
import logging
import zlib
from typing import Iterator

from . import RawDoc
from .html import declared_charsets, page_date
from .text import decode

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    from warcio.archiveiterator import ArchiveIterator

    if not data.strip():
        yield RawDoc(source=source, error="empty document")
        return
    number = 0
    try:
        archive = ArchiveIterator(io.BytesIO(data))
        for number, record in enumerate(archive, 1):
            doc = _record(record, f"{source}#{number}")
            missing = _unread(record)
            if missing:  # the archive stops inside this record: its page (if any) is incomplete
                yield RawDoc(source=f"{source}#{number}", url=record.rec_headers.get_header("WARC-Target-URI"),
                             error=f"WARC archive is cut short inside record {number} "
                                   f"({missing:,} of its bytes are missing); records after it are lost")
                return
            if doc is not None:
                yield doc
    except Exception as e:  # warcio raises many kinds on corrupt or truncated archives: the archive ends there
        yield RawDoc(source=f"{source}#{number + 1}", error=f"unreadable WARC record ({type(e).__name__}: {e})")
        return
    if number == 0:
        yield RawDoc(source=source, error="no WARC records found")
    elif _last_member_cut(data, archive):
        yield RawDoc(source=f"{source}#{number + 1}",
                     error=f"WARC archive is cut short after record {number} (its last gzip member is incomplete); "
                           "any records after it are lost")


def _last_member_cut(data: bytes, archive) -> bool:
    """Does a gzipped archive stop inside its last gzip member? (A cut there can drop whole
    records that warcio never sees: every record is its own member.)"""
    info = getattr(archive, "member_info", None)
    if data[:2] != b"\x1f\x8b" or not info:
        return False
    offset, length = info
    member = zlib.decompressobj(31)
    try:
        member.decompress(data[offset : offset + length])
    except zlib.error:
        return True
    return not member.eof


def _unread(record) -> int:
    """Bytes of the record's declared Content-Length that the archive does not hold (0 when whole).
    warcio reads a record through a reader limited to its length; what stays unread after
    draining it was never there."""
    stream = record.raw_stream
    while stream.read(1 << 20):
        pass
    return getattr(stream, "limit", 0) or 0


def _record(record, source: str) -> RawDoc | None:
    """The page in one record, or None (with the reason logged) when the record is not a page."""
    if record.rec_type not in ("response", "resource"):
        log.info("%s: skipped %s record", source, record.rec_type)
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            log.info("%s: skipped response without HTTP headers (%s)", source, url)
            return None
        status = record.http_headers.get_statuscode()
        ctype = record.http_headers.get_header("Content-Type") or ""
        if status != "200":
            log.info("%s: skipped HTTP %s response (%s)", source, status, url)
            return None
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if ctype.split(";")[0].strip().lower() not in HTML_TYPES:
        log.info("%s: skipped %s content (%s)", source, ctype or "untyped", url)
        return None
    data = record.content_stream().read()  # de-chunked and decompressed per Content-Encoding
    params = [p.strip() for p in ctype.split(";")[1:]]
    charset = [p.split("=", 1)[1].strip("\"'") for p in params if p.lower().startswith("charset=")]
    html, error = decode(data, (*charset, *declared_charsets(data)))
    doc = RawDoc(source=source, html=html, url=url, error=error)
    if html is not None and not page_date(html, url):
        doc.published = record.rec_headers.get_header("WARC-Date")
    return doc
