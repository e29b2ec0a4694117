"""The straight pipeline: raw document → clean record → parsed → each stage adds its part.

Stages run in order and never reach back: actors, events, time, places, then
quotes, counts, tone and themes. Every step is per document: a document that
fails cleaning, parsing (a spaCy batch that fails is parsed again one document at
a time) or a stage, or runs over its time budget, keeps an error in its record and
the batch goes on.

The time budget (``doc_timeout``) is checked between steps — after cleaning, after
each parsed chunk of at most 100,000 characters, before each stage — so a
document stops at a clean point and keeps what it found so far. On the main thread
of a POSIX process a ``SIGALRM`` timer also interrupts a stage that overruns the
budget by half again (a backstop for a stage stuck on one input); in threads
(Dask, Ray) only the checks between steps apply, as signals reach the main
thread alone.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime
from typing import Callable, Iterable, Iterator

from . import clean, nlp
from .ingest import RawDoc
from .model import Article, Error, repair_text, stable_id

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000  # beyond this a text is cut (and says so); longer ones are not news articles
MIN_WORDS = 3  # fewer words are no article: "too short to analyse", not a guess at its language
DOC_TIMEOUT = 600.0  # seconds per document; a 2,000,000-character text takes ~1-3 min on one core
_WORD = re.compile(r"[^\W\d_]{2,}|\d+")
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


DocTimeout = nlp.DocTimeout


def _repair(raw: RawDoc) -> RawDoc:
    """The raw document with every text field valid Unicode (lone surrogates from the Python API
    or a lenient reader become U+FFFD; NULs are dropped)."""
    for f in fields(raw):
        value = getattr(raw, f.name)
        if isinstance(value, str):
            setattr(raw, f.name, repair_text(value))
    return raw


def prepare(raw: RawDoc, max_chars: int = MAX_CHARS) -> tuple[Article, datetime | None, bool]:
    """Clean one raw document into an Article; returns (article, publication date, analysable?)."""
    raw = _repair(raw)
    art = Article(id=raw.id or stable_id(raw.url, raw.text or raw.html or raw.source), url=raw.url, source=raw.source)
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
    words = len(_WORD.findall(art.text[:10_000]))
    if words < MIN_WORDS:
        art.errors.append(Error("clean", f"{raw.source}: too short to analyse ({words} word{'s' * (words != 1)}"
                                         f" of text after cleaning; at least {MIN_WORDS} needed)"))
        return art, published, False
    art.language = clean.detect_language(art.text)
    if art.language != "en":
        share = clean.english_share(art.text)
        art.errors.append(Error("language", f"{raw.source}: does not read as English ({share:.0%} of its words are"
                                            " common English words, English prose has 30-50%); only English is analysed"))
        return art, published, False
    if len(art.text) > max_chars or len(raw.text or "") > 2 * max_chars:
        total = len(raw.text) if raw.text else len(art.text)
        art.errors.append(Error("clean", f"text cut to its first {max_chars:,} of {total:,} characters"))
        art.text = art.text[:max_chars]
    return art, published, True


class Pipeline:
    """Turns raw documents into Articles, batching the spaCy work."""

    def __init__(self, batch_size: int = 16, max_chars: int = MAX_CHARS, actors: str | None = None,
                 doc_timeout: float | None = DOC_TIMEOUT):
        """``actors``: a user actor lexicon (``eventwire actors import``) put on top of ours;
        ``doc_timeout``: seconds one document may take (None: no limit)."""
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.doc_timeout = doc_timeout
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
        started = time.monotonic()
        prepared = []
        for raw in batch:
            try:
                prepared.append(prepare(raw, self.max_chars))
            except Exception as e:  # a reader's surprise must not sink the batch
                log.warning("cleaning %s failed", raw.source, exc_info=True)
                source = repair_text(raw.source or "")
                art = Article(id=raw.id or stable_id(raw.url, source), url=raw.url, source=source)
                art.errors.append(Error("clean", f"{type(e).__name__}: {e}"))
                prepared.append((art, None, False))
        todo = [(a, p) for a, p, ok in prepared if ok]
        # short documents share spaCy batches (their budget starts with the batch); a long one is
        # parsed on its own, chunk by chunk, its budget checked after each chunk
        short = [(a, p) for a, p in todo if len(a.text) <= nlp.CHUNK_CHARS]
        parsed = self._parse(short, started)
        shared = time.monotonic() - started  # cleaning and parsing the batch: charged to each document
        for doc in parsed:
            self._stages(doc, time.monotonic() - shared)
        for a, p in todo:
            if len(a.text) > nlp.CHUNK_CHARS:
                begun = time.monotonic()
                for doc in self._parse([(a, p)], begun):
                    self._stages(doc, begun)
        return [a for a, _, _ in prepared]

    def _deadline(self, started: float) -> float | None:
        return started + self.doc_timeout if self.doc_timeout else None

    def _parse(self, todo: list[tuple[Article, datetime | None]], started: float) -> list[nlp.Parsed]:
        """The parses of ``todo``; when the batch fails, each document alone, so one bad
        document costs only its own record."""
        if not todo:
            return []
        deadline = self._deadline(started)
        try:
            return nlp.parse([a for a, _ in todo], [p for _, p in todo], deadline=deadline)
        except DocTimeout as e:
            if len(todo) == 1:
                todo[0][0].errors.append(Error("nlp", f"{e} of {self.doc_timeout:g} s (--doc-timeout)"))
                return []
        except Exception as e:
            log.warning("parsing a batch of %d failed (%s); parsing one by one", len(todo), e)
            if len(todo) == 1:
                todo[0][0].errors.append(Error("nlp", f"{type(e).__name__}: {e}"))
                return []
        out = []
        for a, p in todo:
            out.extend(self._parse([(a, p)], time.monotonic() if deadline and time.monotonic() > deadline else started))
        return out

    def _stages(self, doc: nlp.Parsed, started: float) -> None:
        deadline = self._deadline(started)
        for name, stage in self.stages:
            try:
                if deadline is not None and time.monotonic() > deadline:
                    raise DocTimeout(_overtime(self.doc_timeout, name))
                with _alarm(deadline, self.doc_timeout, name):
                    stage(doc)
            except DocTimeout as e:
                doc.article.errors.append(Error(name, str(e)))
                return  # the stages after it are skipped: the record keeps what was found so far
            except Exception as e:
                log.warning("stage %s failed on %s", name, doc.article.source or doc.article.id, exc_info=True)
                doc.article.errors.append(Error(name, f"{type(e).__name__}: {e}"))


def _overtime(budget: float | None, where: str) -> str:
    return (f"stopped at {where}: the document took longer than its time budget of {budget:g} s"
            " (--doc-timeout); the stages after it did not run")


@contextmanager
def _alarm(deadline: float | None, budget: float | None, where: str) -> Iterator[None]:
    """Interrupt the enclosed stage when it overruns the deadline by half the budget (main thread
    on POSIX only; elsewhere the checks between steps are the only limit)."""
    if deadline is None or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def fire(signum, frame):
        raise DocTimeout(_overtime(budget, where))

    try:
        previous = signal.signal(signal.SIGALRM, fire)
    except ValueError:  # not the main interpreter
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, max(0.001, deadline + 0.5 * (budget or 0) - time.monotonic()))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
