"""HTML pages: the article body via trafilatura, date/title/outlet/author from the page's own metadata.

Body: trafilatura (precision-leaning settings, its own fallbacks, then its
JSON-LD/<article>/<p> baseline for pages it finds nothing in). Title: the
visible <h1> headline when <title>/og:title confirm it, else the stated title.
Date: htmldate's original publication date, with the time the page's metadata
gives for that day. Outlet and author: trafilatura's metadata reader
(og:site_name, meta author, JSON-LD). Broken or truncated markup never raises:
a page with no text left comes back with ``error`` set."""

from __future__ import annotations

import json
import logging
import re
from copy import deepcopy
from dataclasses import dataclass
from typing import Any, Iterator

from . import RawDoc
from .text import decode

log = logging.getLogger(__name__)

# Settings tuned on trafilatura's own evaluation pages (benchmarks/html_extraction.py).
OPTIONS: dict[str, Any] = dict(include_comments=False, include_tables=True, favor_precision=True, favor_recall=False)

_DATE_KEYS = ("datePublished", "dateCreated", "article:published_time", "og:published_time", "pubdate",
              "publishdate", "date", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date")
MAX_HTML_CHARS = 5_000_000  # a bigger "page" is a dump, not an article: its head is read, the rest dropped
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)")


@dataclass
class Page:
    """What one HTML page yields: the clean body and whatever metadata it states."""

    text: str = ""
    title: str | None = None
    published: str | None = None  # ISO 8601, date or date and time
    outlet: str | None = None
    author: str | None = None
    url: str | None = None  # the address the page states for itself (canonical link, og:url)
    error: str | None = None


def extract(html: str, url: str | None = None) -> Page:
    """The article in one HTML page; never raises."""
    if not html or not html.strip():
        return Page(error="empty page")
    try:
        return _extract(html, url)
    except Exception as e:  # lxml/trafilatura surprises on broken markup: report, don't sink the batch
        log.warning("HTML extraction failed on %s: %s", url or "<page>", e)
        return Page(error=f"unreadable HTML ({type(e).__name__}: {e})")


def _extract(html: str, url: str | None) -> Page:
    import trafilatura
    from trafilatura.utils import load_html

    if len(html) > MAX_HTML_CHARS:
        log.warning("%s: HTML cut to its first %d characters", url or "<page>", MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    # a bare fragment (a feed entry's <p>s) is not taken for a page by load_html until it is wrapped in one
    tree = load_html(html)
    if tree is None:
        tree = load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        return Page(error="not parseable as HTML")
    # trafilatura prunes the tree it is given; the metadata readers need the page whole
    doc = trafilatura.bare_extraction(deepcopy(tree), url=url, with_metadata=True, **OPTIONS)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:  # no main content found: take the JSON-LD / <article> / <p> baseline instead
        text = trafilatura.baseline(deepcopy(tree))[1].strip()
    title = _title(tree, doc.title if doc else None)
    if title and text.startswith(title + "\n"):  # the headline is the title, not the body's first paragraph
        text = text[len(title) + 1:].lstrip()
    page = Page(
        text=text,
        title=title,
        outlet=_clean(doc.sitename) if doc else None,
        author=_clean(doc.author) if doc else None,
        published=_published(tree, url),
        url=_own_address(doc.url if doc else None),
    )
    if not text:
        page.error = "no article text found in the page"
    return page


def _own_address(url: str | None) -> str | None:
    """The page's stated address when it names an article: a web address with a path (some sites give
    their home page as every page's canonical link, which would make all their pages one)."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    path = url.split("://", 1)[1].partition("/")[2].split("?")[0].split("#")[0].strip("/")
    return url if path and path not in ("index.html", "index.php", "home") else None


def page_date(html: str, url: str | None = None) -> str | None:
    """The publication date the page states, without extracting its body; never raises."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(html[:MAX_HTML_CHARS])
        return _published(tree, url) if tree is not None else None
    except Exception as e:
        log.warning("date search failed on %s: %s", url or "<page>", e)
        return None


def _title(tree, stated: str | None) -> str | None:
    """The visible headline (an <h1>) when the page's own metadata confirms it, else the stated title.

    Metadata titles often carry the outlet's name or an SEO rewrite of the
    headline; an <h1> alone is often the site's logo. An <h1> whose text the
    <title>, og:title or JSON-LD headline contains is both visible and confirmed.
    """
    named = _clean(" ".join(filter(None, [stated, *(e.text_content() for e in tree.iter("title")), *(
        m.get("content") or "" for m in tree.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"))])))
    heads, confirmed = [], []
    for h1 in tree.iter("h1"):
        whole = _clean(h1.text_content())
        if not whole:
            continue
        heads.append(whole)
        # a headline may share its <h1> with a kicker, a section label or a date: test each piece too
        for piece in {whole, *filter(None, map(_clean, h1.itertext()))}:
            if (len(piece) >= 12 or " " in piece) and named and piece.lower() in named.lower():
                confirmed.append(piece)
    if confirmed:
        return max(confirmed, key=len)
    if len(heads) == 1 and len(heads[0].split()) >= 4:  # a lone short <h1> is usually the site's logo
        return heads[0]
    return _clean(stated)


def _published(tree, url: str | None) -> str | None:
    """The publication date; with its time when the page's metadata gives one for that day.

    htmldate's original-date search is used, except on pages whose metadata
    states no date but which mark dates up with ``<time datetime>``: there the
    first one is the article's own, and the older ones follow in lists of
    related articles that would otherwise win as "original".
    """
    from htmldate import find_date

    stated = list(_stated_dates(tree))
    marked = [m.group(0) for m in (_ISO.match(t.get("datetime") or "") for t in tree.iter("time")) if m]
    day = marked[0][:10] if marked and not stated else find_date(tree, url=url, original_date=True)
    if not day:
        return None
    for value in stated + marked:
        m = _TIMESTAMP.match(value.strip())
        if m and m.group(1) == day:
            return f"{day}T{m.group(2)}"
    return day


def _stated_dates(tree) -> Iterator[str]:
    """Publication dates the page states in meta tags and JSON-LD ``datePublished``, in that order."""
    keys = {k.lower() for k in _DATE_KEYS}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in keys and meta.get("content"):
            yield meta.get("content")
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _jsonld_dates(data)


def _jsonld_dates(data: Any) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_dates(item)
    elif isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            yield data["datePublished"]
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _jsonld_dates(value)


def _clean(value: str | None) -> str | None:
    value = re.sub(r"\s+", " ", value or "").strip()
    return value or None


def declared_charsets(data: bytes) -> tuple[str, ...]:
    """Charsets the page declares (``<meta charset>``, ``http-equiv``), in order of appearance."""
    found = re.findall(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", data[:65536], re.I)
    return tuple(dict.fromkeys(c.decode("ascii").lower() for c in found))


def read(data: bytes, source: str) -> Iterator[RawDoc]:
    """One HTML file is one document; the extraction itself happens in the pipeline."""
    html, error = decode(data, declared_charsets(data))
    yield RawDoc(source=source, html=html, error=error)
