"""The straight pipeline: raw document → clean record → parsed → each stage adds its part.

Stages run in order and never reach back: actors, events, time, places, then
quotes, counts, tone and themes. A stage that fails on one document leaves an
error in that record and the others go on; so does every other document.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable, Iterable, Iterator

from . import clean, nlp
from .ingest import RawDoc
from .model import Article, Error, stable_id

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000  # beyond this a text is cut (and says so); longer ones are not news articles
Stage = Callable[[nlp.Parsed], None]


def stages() -> list[tuple[str, Stage]]:
    """The extraction stages, in pipeline order."""
    from . import actors, counts, events, geo, quotes, themes, timex, tone

    return [("actors", actors.annotate), ("events", events.annotate), ("timex", timex.annotate), ("geo", geo.annotate), ("quotes", quotes.annotate), ("counts", counts.annotate), ("tone", tone.annotate), ("themes", themes.annotate)]


def parse_published(value: str | datetime | None) -> datetime | None:
    """A caller's or a source's publication date, in any common form, as a naive datetime."""
    if value is None or isinstance(value, datetime):
        return value.replace(tzinfo=None) if value else None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    found = clean.parse_dateline(value)
    if found:
        return found
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).replace(tzinfo=None)
    except (TypeError, ValueError):
        return None


def doc_id(raw: RawDoc) -> str:
    """A raw document's article id: the input's own id, else a hash of its URL, else of its content.

    The store asks this before extraction, to skip documents it has already, so it must agree with
    ``prepare``."""
    return raw.id or stable_id(raw.url, raw.text or raw.html or raw.source)


def prepare(raw: RawDoc, max_chars: int = MAX_CHARS) -> tuple[Article, datetime | None, bool]:
    """Clean one raw document into an Article; returns (article, publication date, analysable?)."""
    art = Article(id=doc_id(raw), url=raw.url)
    if raw.error:
        art.errors.append(Error("ingest", f"{raw.source}: {raw.error}"))
        return art, None, False
    detected: datetime | None = None
    if raw.html is not None:
        from .ingest import html

        page = html.extract(raw.html, raw.url)
        if page.error:
            art.errors.append(Error("ingest", f"{raw.source}: {page.error}"))
            return art, None, False
        art.text, art.title, art.outlet, art.byline = page.text, page.title, page.outlet, page.author
        detected = parse_published(page.published)
    else:
        text = raw.text or ""
        cleaned = clean.clean(text[: 2 * max_chars])  # cleaning is linear: clean no more than can be kept
        art.text, art.title, art.outlet, art.byline = cleaned.text, cleaned.title, cleaned.outlet, cleaned.byline
        art.captions, detected = cleaned.captions, cleaned.published
    art.title = raw.title or art.title
    art.outlet = raw.outlet or art.outlet
    art.byline = raw.author or art.byline
    published = parse_published(raw.published) or detected
    if raw.published and not parse_published(raw.published):
        art.errors.append(Error("ingest", f"unreadable publication date {raw.published!r}; used the text's own"))
    art.published = published.isoformat() if published else None
    if not art.text.strip():
        art.errors.append(Error("clean", f"{raw.source}: no article text left after cleaning"))
        return art, published, False
    art.language = clean.detect_language(art.text)
    if art.language != "en":
        art.errors.append(Error("language", f"{raw.source}: text is not English; only English is analysed"))
        return art, published, False
    if len(art.text) > max_chars or len(raw.text or "") > 2 * max_chars:
        total = len(raw.text) if raw.text else len(art.text)
        art.errors.append(Error("clean", f"text cut to its first {max_chars:,} of {total:,} characters"))
        art.text = art.text[:max_chars]
    return art, published, True


class Pipeline:
    """Turns raw documents into Articles, batching the spaCy work."""

    def __init__(self, batch_size: int = 16, max_chars: int = MAX_CHARS, actors: str | None = None):
        """``actors``: a user actor lexicon (``eventwire actors import``) put on top of ours."""
        self.batch_size = batch_size
        self.max_chars = max_chars
        if actors:
            from . import actor_lexicon

            actor_lexicon.use(actors)
        self.stages = stages()
        nlp.load()

    def pipe(self, docs: Iterable[RawDoc]) -> Iterator[Article]:
        """One Article per document, in input order; bad documents come back with errors."""
        batch: list[RawDoc] = []
        for raw in docs:
            batch.append(raw)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[RawDoc]) -> list[Article]:
        prepared = []
        for raw in batch:
            try:
                prepared.append(prepare(raw, self.max_chars))
            except Exception as e:  # a reader's surprise must not sink the batch
                log.exception("cleaning %s failed", raw.source)
                art = Article(id=doc_id(raw), url=raw.url)
                art.errors.append(Error("clean", f"{type(e).__name__}: {e}"))
                prepared.append((art, None, False))
        todo = [(a, p) for a, p, ok in prepared if ok]
        parsed = nlp.parse([a for a, _ in todo], [p for _, p in todo]) if todo else []
        for doc in parsed:
            for name, stage in self.stages:
                try:
                    stage(doc)
                except Exception as e:
                    log.exception("stage %s failed on %s", name, doc.article.id)
                    doc.article.errors.append(Error(name, f"{type(e).__name__}: {e}"))
        return [a for a, _, _ in prepared]


def extract(
    text: str | None = None,
    html: str | None = None,
    published: str | datetime | None = None,
    url: str | None = None,
) -> Article:
    """Analyse one article given as plain text or HTML."""
    if (text is None) == (html is None):
        raise ValueError("give exactly one of text= or html=")
    pub = published.isoformat() if isinstance(published, datetime) else published
    raw = RawDoc(source=url or "<string>", text=text, html=html, url=url, published=pub)
    return next(_default().pipe([raw]))


_pipeline: Pipeline | None = None


def _default() -> Pipeline:
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
    return _pipeline
