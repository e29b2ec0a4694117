"""Several worker processes on one machine, each with its own model, results in input order.

A worker that dies (killed, out of memory) breaks the process pool; the runner starts a new pool
and sends again the batches that were in flight, so the death costs a retry of those batches,
not the run. A batch that keeps killing its workers is given up (the dispatcher then tries its
documents one by one).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..ingest import RawDoc
from ..model import Article
from ..pipeline import Settings
from . import worker

log = logging.getLogger(__name__)
RETRIES = 2  # times a batch is sent again after the pool broke under it


class LostBatch(RuntimeError):
    """Workers kept dying on this batch."""


@dataclass(eq=False)
class _Handle:
    batch: list[Any]
    future: Future | None = None
    pool: int = 0  # generation of the pool it was sent to
    tries: int = 0


@dataclass(eq=False)
class LocalRunner:
    """A pool of ``processes`` spawned workers, each building the pipeline from ``settings`` once."""

    settings: Settings
    processes: int = 2
    retries: int = RETRIES
    lost: tuple[type[BaseException], ...] = (LostBatch,)
    _pool: ProcessPoolExecutor | None = None
    _generation: int = 0
    _open: set[_Handle] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._pool = self._new_pool()

    @property
    def workers(self) -> int:
        return self.processes

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=mp.get_context("spawn"),
                                   initializer=worker.warm, initargs=(self.settings,))

    def submit(self, batch: list[Any]) -> _Handle:
        h = _Handle(batch)
        self._send(h)
        self._open.add(h)
        return h

    def _send(self, h: _Handle) -> None:
        h.future, h.pool = self._pool.submit(worker.process, self.settings, h.batch), self._generation

    def result(self, h: _Handle) -> list[dict]:
        """The batch's records; waits, and re-sends after a worker died."""
        while True:
            try:
                out = h.future.result()
                self._open.discard(h)
                return out
            except BrokenProcessPool as e:
                if h.pool == self._generation:  # the first to notice starts a new pool
                    self._restart()
                if h.tries > self.retries:
                    self._open.discard(h)
                    raise LostBatch(f"workers died {h.tries} times on a batch of {len(h.batch)} documents") from e

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._generation += 1
        self._pool = self._new_pool()
        again = 0
        for h in self._open:
            done = h.future.done() and not h.future.cancelled() and h.future.exception() is None
            if not done:
                h.tries += 1
                again += 1
                self._send(h)
        log.warning("a worker process died; started a new pool and sent %d batches in flight again", again)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def pipe(docs: Iterable[RawDoc], settings: Settings | None = None, processes: int = 2) -> Iterator[Article]:
    """Like ``Pipeline(settings=settings).pipe`` but spread over ``processes`` workers ("spawn",
    so it is safe everywhere); the input is read a bounded window ahead."""
    from . import pipe as dispatch

    yield from dispatch(docs, settings, engine="local", workers=processes)
