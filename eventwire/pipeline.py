"""The straight pipeline: raw document → clean record → parsed → each stage adds its part.

Stages run in order and never reach back: actors, events, time, places, codes
from context (the article's country, implied agents), then quotes, speakers (first
person in quotes), counts, tone and themes; each declares what it needs and adds. Every step is per document: a document that
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

import importlib
import itertools
import logging
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import actor_lexicon, clean, nlp
from .ingest import RawDoc
from .model import Article, Error, repair_text, stable_id

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000  # beyond this a text is cut (and says so); longer ones are not news articles
MIN_WORDS = 3  # fewer words are no article: "too short to analyse", not a guess at its language
DOC_TIMEOUT = 600.0  # seconds per document; a 2,000,000-character text takes ~1-3 min on one core
_WORD = re.compile(r"[^\W\d_]{2,}|\d+")
PARSED = "doc"  # what nlp.parse gives every stage: the spaCy docs of body, title and captions
# what a new pipeline runs its own stages on once (Pipeline._check_knowledge): an actor, an event,
# a place, a date, a count and a quote, so that every stage reads its knowledge files
CHECK_TEXT = ('Police in Nairobi arrested 20 protesters on Monday, Interior Minister Fred Okello said. '
              '"We will not tolerate violence," he said.')


@dataclass(frozen=True)
class Stage:
    """One extraction step: ``function(parsed)`` adds ``assigns`` to the record and reads
    ``requires`` (field names such as ``"actors"``, ``"events.location"``), which earlier stages
    must assign. ``function`` is a callable or a ``"module:attribute"`` path, imported on first
    use; a stage that travels to other processes needs a module-level function."""

    name: str
    function: Callable[[nlp.Parsed], None] | str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, parsed: nlp.Parsed) -> None:
        self.resolved(parsed)

    def __getstate__(self) -> dict:
        """The fields only: a worker resolves a ``"module:attribute"`` path itself."""
        return {f: getattr(self, f) for f in ("name", "function", "requires", "assigns")}

    @cached_property
    def resolved(self) -> Callable[[nlp.Parsed], None]:
        if callable(self.function):
            return self.function
        module, _, attr = self.function.partition(":")
        return getattr(importlib.import_module(module), attr)


# the extraction stages, in pipeline order
STAGES: dict[str, Stage] = {s.name: s for s in (
    Stage("actors", "eventwire.actors:annotate", (PARSED,), ("actors",)),
    Stage("events", "eventwire.events:annotate", (PARSED, "actors"), ("events",)),
    Stage("timex", "eventwire.timex:annotate", (PARSED, "events"), ("dates", "events.date")),
    Stage("geo", "eventwire.geo:annotate", (PARSED, "actors", "events"), ("locations", "events.location")),
    Stage("context", "eventwire.context:annotate", (PARSED, "actors", "events", "locations", "events.location"),
          ("actors.country", "events.source_implied")),
    Stage("quotes", "eventwire.quotes:annotate", (PARSED, "actors", "events"), ("quotes",)),
    Stage("speakers", "eventwire.quotes:first_person", (PARSED, "quotes", "events"), ("events.source", "events.target")),
    Stage("counts", "eventwire.counts:annotate", (PARSED, "events", "events.location"), ("counts",)),
    Stage("tone", "eventwire.tone:annotate", (PARSED, "events"), ("tone", "events.tone")),
    Stage("themes", "eventwire.themes:annotate", (PARSED,), ("themes",)),
)}


class PipelineError(ValueError):
    """A pipeline that cannot run as configured (unknown stage, unmet requirement, missing lexicon)."""


def select(stages: Sequence[str | Stage] | None = None, until: str | None = None) -> tuple[str | Stage, ...]:
    """The stages to run: ours in order (or those named in ``stages``, custom ``Stage`` objects
    allowed), cut after the one named ``until``."""
    chosen = list(STAGES) if stages is None else list(stages)
    for s in chosen:
        if not isinstance(s, Stage) and s not in STAGES:
            raise PipelineError(f"unknown stage {s!r}; ours are {', '.join(STAGES)}")
    if until is not None:
        names = [s.name if isinstance(s, Stage) else s for s in chosen]
        if until not in names:
            raise PipelineError(f"until={until!r} is not one of the stages {', '.join(names)}")
        chosen = chosen[: names.index(until) + 1]
    return tuple(chosen)


def check(stages: Sequence[Stage], given: Iterable[str] = ()) -> None:
    """Raise :class:`PipelineError` for the first stage that needs what no earlier stage assigns
    (``given``: what the caller's articles already carry)."""
    have = {PARSED, *given}
    for i, stage in enumerate(stages):
        missing = [r for r in stage.requires if r not in have]
        if missing:
            before = ", ".join(s.name for s in stages[:i]) or "none"
            makers = sorted({s.name for s in STAGES.values() if set(missing) & set(s.assigns)})
            hint = f"; run {' and '.join(makers)} before it" if makers else ""
            raise PipelineError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage "
                                f"assigns (earlier stages: {before}){hint}")
        have.update(stage.assigns)


@dataclass(frozen=True)
class Settings:
    """Everything that makes a pipeline: small, hashable and picklable, so a worker process or a
    remote machine builds the same pipeline from it (and builds it once, see ``run.worker``).

    ``actors``: user lexicon files (absolute paths; a remote worker needs them at the same path).
    ``stages``: stage names or custom ``Stage`` objects, in order. ``given``: what the articles
    already carry before the first stage. ``doc_timeout``: seconds one document may take.
    ``min_confidence``: events below it are not reported (None: the default in
    resources/events/confidence.tsv; 0: every event)."""

    actors: tuple[str, ...] = ()
    stages: tuple[str | Stage, ...] = tuple(STAGES)
    batch_size: int = 16
    max_chars: int = MAX_CHARS
    doc_timeout: float | None = DOC_TIMEOUT
    given: tuple[str, ...] = ()
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        for path in self.actors:
            if not Path(path).is_file():
                raise PipelineError(f"actor lexicon {path} not found")
        check(self.stage_list(), self.given)

    def stage_list(self) -> list[Stage]:
        return [s if isinstance(s, Stage) else STAGES[s] for s in select(self.stages)]

    @classmethod
    def make(
        cls,
        actors: str | Path | Sequence[str | Path] | None = None,
        stages: Sequence[str | Stage] | None = None,
        until: str | None = None,
        batch_size: int = 16,
        max_chars: int = MAX_CHARS,
        doc_timeout: float | None = DOC_TIMEOUT,
        given: Iterable[str] = (),
        min_confidence: float | None = None,
    ) -> Settings:
        """:class:`Settings` from friendly arguments (a path or several, stage names, ``until``)."""
        paths = [] if actors is None else [actors] if isinstance(actors, (str, Path)) else list(actors)
        return cls(
            actors=tuple(str(Path(p).resolve()) for p in paths), stages=select(stages, until), batch_size=batch_size,
            max_chars=max_chars, doc_timeout=doc_timeout, given=tuple(given), min_confidence=min_confidence,
        )


# archive metadata wraps a date in a time of day, a weekday and a zone ("7:58 AM ET, Sat January 3, 2015",
# "December 13, 2016 MST", "8:56 AM, Dec 08, 2016 CT"), or writes it year first or with slashes
_LEAD_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*,?\s*", re.IGNORECASE)
_ZONE = re.compile(r"\s+\(?[A-Z]{2,4}\)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s+([A-Za-z]{3,9}\.?)\s+(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


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
    bare = _ZONE.sub("", _LEAD_TIME.sub("", value))
    if (m := _YEAR_FIRST.match(bare)) is not None:
        bare = f"{m[2]} {m[3]}, {m[1]}"  # "2016 Oct 10"
    if (m := _SLASHED.match(bare)) is not None:  # month first, as US archives write it, unless it cannot be
        month, day = (int(m[1]), int(m[2])) if int(m[1]) <= 12 else (int(m[2]), int(m[1]))
        try:
            return datetime(int(m[3]), month, day)
        except ValueError:
            return None
    found = clean.parse_dateline(bare) if bare != value else None
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
    art = Article(id=doc_id(raw), url=raw.url, source=raw.source)
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
        # mojibake is repaired before any offset exists, as clean.clean() does for plain text
        art.text, art.title, art.outlet, art.byline = (
            clean.repair(v) if v else v for v in (page.text, page.title, page.outlet, page.author))
        art.url = art.url or page.url  # a saved page states its own address
        detected = parse_published(page.published)
    else:
        text = raw.text or ""
        cleaned = clean.clean(text[: 2 * max_chars])  # cleaning is linear: clean no more than can be kept
        art.text, art.title, art.outlet, art.byline = cleaned.text, cleaned.title, cleaned.outlet, cleaned.byline
        art.captions, detected = cleaned.captions, cleaned.published
    # metadata given by a feed or a JSON line is repaired like the text (None stays None)
    art.title = clean.repair(raw.title) if raw.title else art.title
    art.outlet = clean.repair(raw.outlet) if raw.outlet else art.outlet
    art.byline = clean.repair(raw.author) if raw.author else art.byline
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
    short = _short_text_english(art.text)
    art.language = clean.detect_language(art.text) if short is None else "en" if short else None
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


SHORT_TEXT_WORDS = 30  # below this a text may be a headline, whose few function words say little


def _short_text_english(text: str) -> bool | None:
    """Is a short text (a headline, a lead) English? None: judge it by its function words
    (clean.detect_language). Headline style drops them ("Saudi Crown Prince Mohammed bin Salman met
    Biden") and a foreign one may hold an English one ("Polizei nimmt zwölf Demonstranten in Berlin
    fest"), so: English when most of its lowercase words are common English words. Names, written
    with capitals, count for no language."""
    words = [m.group() for m in itertools.islice(_WORD.finditer(text), SHORT_TEXT_WORDS)]
    lower = [w for w in words if w.islower() and not w.isdigit()]
    if len(words) >= SHORT_TEXT_WORDS or len(lower) < 2:
        return None
    return sum(nlp.common_word(w) for w in lower) >= 0.6 * len(lower)


class Pipeline:
    """Turns raw documents into Articles, batching the spaCy work. Each pipeline owns its
    configuration (user lexicon, stages): two pipelines with different settings live side by side
    in one process, and nothing global changes."""

    def __init__(
        self,
        actors: str | Path | Sequence[str | Path] | None = None,
        stages: Sequence[str | Stage] | None = None,
        until: str | None = None,
        batch_size: int = 16,
        max_chars: int = MAX_CHARS,
        doc_timeout: float | None = DOC_TIMEOUT,
        given: Iterable[str] = (),
        *,
        min_confidence: float | None = None,
        settings: Settings | None = None,
    ):
        """``actors``: user actor lexicon file(s) (``eventwire actors import``) put on top of ours.
        ``stages``: names (or custom :class:`Stage` objects) to run, in order; ``until``: stop after
        this stage. ``given``: what the articles passed to :meth:`annotate` already carry.
        ``min_confidence``: events below it are not reported (None: our default; 0: all).
        Or ``settings=``: all of these at once (what runners send their workers).
        Raises :class:`PipelineError` when a stage needs what no earlier stage assigns."""
        if settings is None:
            settings = Settings.make(actors, stages, until, batch_size, max_chars, doc_timeout, given, min_confidence)
        self.settings = settings
        self.batch_size = settings.batch_size
        self.max_chars = settings.max_chars
        self.doc_timeout = settings.doc_timeout
        self.stages = settings.stage_list()
        for stage in self.stages:
            stage.resolved  # a custom stage that cannot be imported fails here, not on every document
        self.lexicon = actor_lexicon.lexicon(settings.actors)
        self.seconds: dict[str, float] = dict.fromkeys((s.name for s in self.stages), 0.0)  # time spent per stage
        nlp.load()
        self._check_knowledge()

    def _check_knowledge(self) -> None:
        """Run our own stages once on a short built-in text, so that a knowledge file that cannot be
        read (a broken row in resources/, a bad user lexicon) stops the pipeline here with one line,
        instead of becoming the same error on every document of a run. Custom stages are not run:
        they may have side effects."""
        ours = [s for s in self.stages if STAGES.get(s.name) is s]
        if not ours:
            return
        article = Article(id="eventwire-check", text=CHECK_TEXT)
        with nlp.memory_zone():
            (doc,) = nlp.parse([article], [datetime(2021, 3, 1)], self.lexicon)
            doc.min_confidence = self.settings.min_confidence
            for stage in ours:
                try:
                    stage(doc)
                except Exception as e:
                    raise PipelineError(f"stage {stage.name!r} cannot run: {type(e).__name__}: {e}") from e

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
                art = Article(id=doc_id(raw), url=raw.url, source=source)
                art.errors.append(Error("clean", f"{type(e).__name__}: {e}"))
                prepared.append((art, None, False))
        todo = [(a, p) for a, p, ok in prepared if ok]
        # short documents share spaCy batches (their budget starts with the batch); a long one is
        # parsed on its own, chunk by chunk, its budget checked after each chunk
        short = [(a, p) for a, p in todo if len(a.text) <= nlp.CHUNK_CHARS]
        with nlp.memory_zone():  # the batch's new words leave spaCy's vocabulary with its Docs
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

    def annotate(self, articles: list[Article], published: list[datetime | None] | None = None) -> list[Article]:
        """Parse already-clean Articles (``text``, ``title``, ``captions``; anything listed in
        ``given``) and run the stages on them: the pipeline after cleaning, for callers that
        build Articles themselves. Returns the same Articles, filled in."""
        published = published if published is not None else [parse_published(a.published) for a in articles]
        started = time.monotonic()
        with nlp.memory_zone():
            for doc in self._parse(list(zip(articles, published)), started):
                self._stages(doc, started)
        return articles

    def _deadline(self, started: float) -> float | None:
        return started + self.doc_timeout if self.doc_timeout else None

    def _parse(self, todo: list[tuple[Article, datetime | None]], started: float) -> list[nlp.Parsed]:
        """The parses of ``todo``; when the batch fails, each document alone, so one bad
        document costs only its own record."""
        if not todo:
            return []
        deadline = self._deadline(started)
        try:
            return nlp.parse([a for a, _ in todo], [p for _, p in todo], self.lexicon, deadline=deadline)
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
        """Run every stage on one parsed document within its budget; a failing stage leaves an
        error in the record and the others go on."""
        deadline = self._deadline(started)
        doc.min_confidence = self.settings.min_confidence
        for stage in self.stages:
            begun = time.perf_counter()
            try:
                if deadline is not None and time.monotonic() > deadline:
                    raise DocTimeout(_overtime(self.doc_timeout, stage.name))
                with _alarm(deadline, self.doc_timeout, stage.name):
                    stage(doc)
            except DocTimeout as e:
                doc.article.errors.append(Error(stage.name, str(e)))
                return  # the stages after it are skipped: the record keeps what was found so far
            except Exception as e:
                log.warning("stage %s failed on %s", stage.name, doc.article.source or doc.article.id, exc_info=True)
                doc.article.errors.append(Error(stage.name, f"{type(e).__name__}: {e}"))
            finally:
                self.seconds[stage.name] += time.perf_counter() - begun


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
    min_confidence: float | None = None,
) -> Article:
    """Analyse one article given as plain text or HTML (``min_confidence``: see ``Pipeline``)."""
    if (text is None) == (html is None):
        raise ValueError("give exactly one of text= or html=")
    pub = published.isoformat() if isinstance(published, datetime) else published
    raw = RawDoc(source=url or "<string>", text=text, html=html, url=url, published=pub)
    return next(_default(min_confidence).pipe([raw]))


@lru_cache(maxsize=4)
def _default(min_confidence: float | None = None) -> Pipeline:
    """Our pipeline for ``extract`` (one per threshold asked for), built once."""
    return Pipeline(min_confidence=min_confidence)
