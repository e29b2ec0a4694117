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
    number = pages = 0
    try:
        archive = ArchiveIterator(io.BytesIO(data))
        for number, record in enumerate(archive, 1):
            doc = _record(record, f"{source}#{number}")
            pages += doc is not None
            cut = _cut(record)
            if cut:  # the archive stops inside this record: its page (if any) is incomplete
                yield RawDoc(source=f"{source}#{number}", url=record.rec_headers.get_header("WARC-Target-URI"),
                             error=f"WARC archive is cut short inside record {number} ({cut}); "
                                   "records after it are lost")
                return
            if doc is not None:
                yield doc
    except Exception as e:  # warcio raises many kinds on corrupt or truncated archives: the archive ends there
        yield RawDoc(source=f"{source}#{number + 1}", error=f"unreadable WARC record ({type(e).__name__}: {e})")
        return
    if number == 0:
        cut = _last_member_cut(data, None) or data.lstrip()[:5].upper() == b"WARC/"  # a record begins, none ends
        yield RawDoc(source=source, error="WARC archive is cut short inside its first record" if cut
                     else "no WARC records found")
    elif _last_member_cut(data, archive):
        yield RawDoc(source=f"{source}#{number + 1}",
                     error=f"WARC archive is cut short after record {number} (its last gzip member is incomplete); "
                           "any records after it are lost")
    elif not pages:
        yield RawDoc(source=source, error=f"no HTML pages among its {number} WARC record{'s' * (number != 1)} "
                                          "(only HTTP 200 text/html responses are read; --verbose lists the others)")


def _last_member_cut(data: bytes, archive) -> bool:
    """Does the archive stop inside a record warcio could not read? Gzipped: inside its last gzip
    member, or with bytes after the last member read (every record is its own member, so a cut
    can drop whole records warcio never sees); uncompressed: with bytes after the last record."""
    info = getattr(archive, "member_info", None) or (0, len(data))
    if data[:2] != b"\x1f\x8b":  # uncompressed: bytes after the last record warcio read are a record cut short
        end = getattr(archive, "offset", None) if archive is not None else None
        return end is not None and bool(data[end:].strip())
    offset, length = info
    if data[offset + length :].strip(b"\r\n\x00"):
        return True  # bytes after the last member warcio could read: a member cut before it gave a record
    member = zlib.decompressobj(31)
    try:
        member.decompress(data[offset : offset + length])
    except zlib.error:
        return True
    return not member.eof


def _cut(record) -> str | None:
    """Why the record is incomplete, or None when it is whole: its header stops before its
    Content-Length, or its block has fewer bytes than that length says. warcio reads a block
    through a reader limited to its length; what stays unread after draining it was never there."""
    declared = record.rec_headers.get_header("Content-Length")
    if declared is None or not declared.strip().isdigit():
        return "its header stops before its Content-Length"
    stream = record.raw_stream
    while stream.read(1 << 20):
        pass
    missing = getattr(stream, "limit", 0) or 0
    return f"{missing:,} of its {int(declared):,} bytes are missing" if missing else None


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
