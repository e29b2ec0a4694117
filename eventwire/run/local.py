"""Several worker processes on one machine, each with its own model, results in input order."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from ..ingest import RawDoc
from ..model import Article
from ..pipeline import DOC_TIMEOUT

_worker = None


def _init(batch_size: int, doc_timeout: float | None = None) -> None:
    global _worker
    import logging

    from ..pipeline import Pipeline

    # a worker's log lines would reach stderr through logging's last resort, tracebacks included;
    # what failed is in each record's errors, and the parent prints the summary
    logging.getLogger("eventwire").addHandler(logging.NullHandler())

    _worker = Pipeline(batch_size=batch_size, doc_timeout=doc_timeout)


def _run(batch: list[RawDoc]) -> list[Article]:
    return list(_worker.pipe(batch))


def _batches(docs: Iterable[RawDoc], size: int) -> Iterator[list[RawDoc]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def pipe(docs: Iterable[RawDoc], processes: int = 2, batch_size: int = 16,
         doc_timeout: float | None = DOC_TIMEOUT) -> Iterator[Article]:
    """Like ``Pipeline().pipe`` but spread over ``processes`` workers ("spawn", so it is safe everywhere)."""
    if processes <= 1:
        from ..pipeline import Pipeline

        yield from Pipeline(batch_size=batch_size, doc_timeout=doc_timeout).pipe(docs)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes, initializer=_init, initargs=(batch_size, doc_timeout)) as pool:
        # at most a few batches per worker in flight (Pool.imap would read the whole input
        # ahead), and no pause between them: a new batch goes out as the oldest comes back
        pending: deque = deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.apply_async(_run, (batch,)))
            if len(pending) >= 4 * processes:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
