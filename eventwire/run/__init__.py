"""Runners: the same pipeline on one process, a local process pool, a Dask or a Ray cluster.

:func:`pipe` is the one entry point (``eventwire extract --engine``, ``ingest`` and Python
callers use it): documents go out in batches, a bounded window of batches in flight, and Articles
come back in input order. Every engine runs the same worker code (``run.worker``) built from the
same :class:`~eventwire.pipeline.Settings`, so every engine gives the same records.

Failures: a worker that dies costs a retry of its batch (the engine's own mechanism: a new
process pool, Dask rescheduling the task, Ray restarting the actor); a batch the engine gives up
on is tried again document by document, and a document that still kills its worker comes back
as a record with an error. Nothing is lost or duplicated.
"""

from __future__ import annotations

import logging
from collections import deque
from itertools import islice
from typing import Any, Iterable, Iterator, Protocol

from ..ingest import RawDoc
from ..model import Article, Error, stable_id
from ..pipeline import Pipeline, Settings
from . import worker

log = logging.getLogger(__name__)

ENGINES = ("local", "dask", "ray")
WINDOW_PER_WORKER = 4  # batches in flight per worker: enough to keep each busy, little read ahead


class RunError(RuntimeError):
    """The run cannot go on (no cluster at the address, engine not installed); one line for the user."""


class Runner(Protocol):
    """What an engine gives the dispatcher."""

    workers: int
    lost: tuple[type[BaseException], ...]  # what ``result`` raises when the engine gave a batch up

    def submit(self, batch: list[Any]) -> Any: ...

    def result(self, handle: Any) -> list[dict]: ...

    def close(self) -> None: ...


def batches(docs: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def pipe(
    docs: Iterable[RawDoc | dict],
    settings: Settings | None = None,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    processes: int | None = None,
) -> Iterator[Article]:
    """Articles of ``docs`` (RawDocs or dicts of their fields), in input order.

    ``engine``: "local" (a process pool; one worker runs in this process), "dask" or "ray".
    ``workers`` (or ``processes``): how many workers to start when no ``address`` is given
    (default 2); with ``address`` the engine's cluster is used as it is (Dask: a scheduler
    address such as ``tcp://10.0.0.5:8786``; Ray: ``ray://host:10001`` or ``auto``)."""
    if engine not in ENGINES:
        raise RunError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    settings = settings or Settings()
    n = workers or processes or (None if address else 2)
    if engine == "local" and (n or 1) <= 1:
        yield from Pipeline(settings=settings).pipe(worker.raw(d) for d in docs)
        return
    runner = _open(engine, settings, n, address)
    try:
        yield from _ordered(docs, runner, settings.batch_size, WINDOW_PER_WORKER * max(1, runner.workers))
    finally:
        runner.close()


def _open(engine: str, settings: Settings, workers: int | None, address: str | None) -> Runner:
    if engine == "local":
        if address:
            raise RunError("--address is for the dask and ray engines; the local engine starts its own processes")
        from .local import LocalRunner

        return LocalRunner(settings, workers or 2)
    try:
        if engine == "dask":
            from .dask import DaskRunner

            return DaskRunner(settings, workers, address)
        from .ray import RayRunner

        return RayRunner(settings, workers, address)
    except ImportError as e:
        raise RunError(f"the {engine} engine needs its extra: pip install \"eventwire[{engine}]\" ({e.name} missing)") from e


def _ordered(docs: Iterable[Any], runner: Runner, batch_size: int, window: int) -> Iterator[Article]:
    pending: deque = deque()
    for batch in batches(docs, batch_size):
        pending.append((batch, runner.submit(batch)))
        while len(pending) >= window:
            yield from _collect(runner, *pending.popleft())
    while pending:
        yield from _collect(runner, *pending.popleft())


def _collect(runner: Runner, batch: list[Any], handle: Any) -> Iterator[Article]:
    try:
        records = _records(runner, batch, handle)
    except RunError:
        raise
    except Exception as e:  # not a document's fault (those are error records): the workers' setup
        raise RunError(f"a worker failed: {type(e).__name__}: {e}") from e
    for r in records:
        yield worker.article(r)


def _records(runner: Runner, batch: list[Any], handle: Any) -> list[dict]:
    try:
        return runner.result(handle)
    except runner.lost as e:
        if len(batch) == 1:
            return [_lost(batch[0], e)]
        # find the document that kills workers; the others go through
        log.warning("workers kept dying on a batch of %d documents (%s); trying them one by one", len(batch), e)
    singles = [runner.submit([d]) for d in batch]
    records = []
    for d, h in zip(batch, singles):
        try:
            records.extend(runner.result(h))
        except runner.lost as e1:
            records.append(_lost(d, e1))
    return records


def _lost(doc: Any, e: BaseException) -> dict:
    raw = worker.raw(doc)
    art = Article(id=raw.id or stable_id(raw.url, raw.text or raw.html or raw.source), url=raw.url)
    art.errors.append(Error("worker", f"{raw.source}: the worker process died on this document ({e})"))
    log.error("giving up on %s: workers died on it", raw.source)
    return art.to_dict()
