"""The pipeline on a Ray cluster (``pip install "eventwire[ray]"``).

One actor per worker CPU holds the pipeline (model and lexicon loaded once, in its constructor);
batches go to the least busy actor. An actor whose process dies is restarted by Ray and its pending
batches run again (``max_task_retries``), so a death costs a retry, not the run.

Two ways in: :class:`RayRunner` behind ``eventwire.run.pipe(..., engine="ray")`` (streaming,
Articles in input order), and :func:`extract_dataset` for a Ray Data dataset of raw documents
(``map_batches`` with a callable class), giving a dataset of records with the Arrow schema of
``run.records`` (``.write_parquet(path)`` writes them as files).

A local cluster started here has usage statistics off (``RAY_USAGE_STATS_ENABLED=0``), no
dashboard, and worker logs kept out of the driver's output.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import ray
from ray.exceptions import RayActorError, WorkerCrashedError

from ..pipeline import Settings
from . import RunError
from . import worker as work

RETRIES = 2  # times Ray runs a batch again on a restarted actor
OBJECT_STORE_MB = 256  # records are small; the default (30% of RAM) would reserve gigabytes


class EventwireWorker:
    """A Ray actor that owns one pipeline."""

    def __init__(self, settings: Settings):
        self.settings = settings
        work.warm(settings)

    def run(self, docs: list[Any]) -> list[dict]:
        return work.process(self.settings, docs)

    def pid(self) -> int:
        return os.getpid()

    def peak_rss_mb(self) -> float:
        return work.peak_rss_mb()


def start(workers: int | None = None, address: str | None = None) -> bool:
    """Connect to the cluster at ``address``, or start a local one with ``workers`` CPUs (usage
    statistics off, no dashboard, quiet); True if this call started or joined it (and so
    should shut it down), False if Ray was already initialised in this process."""
    if ray.is_initialized():
        return False
    quiet = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    before = os.environ.get("RAY_USAGE_STATS_ENABLED")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=workers or 2, object_store_memory=OBJECT_STORE_MB * 1024 * 1024,
                     runtime_env={"env_vars": {"PYTHONPATH": work.driver_path(), "RAY_USAGE_STATS_ENABLED": "0"}},
                     **quiet)
    except (ConnectionError, RuntimeError, ValueError) as e:
        raise RunError(f"no Ray cluster at {address or 'a new local instance'}: {e}") from e
    finally:
        if before is None:
            os.environ.pop("RAY_USAGE_STATS_ENABLED", None)
        else:
            os.environ["RAY_USAGE_STATS_ENABLED"] = before
    return True


class RayRunner:
    """Batches to a pool of :class:`EventwireWorker` actors."""

    lost = (RayActorError, WorkerCrashedError)

    def __init__(self, settings: Settings, workers: int | None = None, address: str | None = None):
        self.owns = start(workers, address)
        n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=RETRIES)(EventwireWorker)
        self.actors = [actor.remote(settings) for _ in range(n)]
        self.workers = n
        self._inflight: list[list] = [[] for _ in self.actors]

    def submit(self, batch: list[Any]):
        """To the actor with the fewest batches still running: documents differ in length, so
        turn by turn would leave one actor idle while another works through a long queue."""
        every = [r for refs in self._inflight for r in refs]
        if every:
            _, running = ray.wait(every, num_returns=len(every), timeout=0)
            running = set(running)
            self._inflight = [[r for r in refs if r in running] for refs in self._inflight]
        i = min(range(len(self.actors)), key=lambda k: len(self._inflight[k]))
        ref = self.actors[i].run.remote(batch)
        self._inflight[i].append(ref)
        return ref

    def result(self, ref) -> list[dict]:
        return ray.get(ref)

    def peak_rss_mb(self) -> list[float]:
        """Peak resident memory of each worker actor, MB."""
        return ray.get([a.peak_rss_mb.remote() for a in self.actors])

    def close(self) -> None:
        for a in getattr(self, "actors", []):
            ray.kill(a)
        self.actors = []
        if getattr(self, "owns", False):
            ray.shutdown()


class _Batches:
    """The callable class ``map_batches`` runs: one pipeline per Ray Data worker."""

    def __init__(self, settings: Settings):
        self.settings = settings
        work.warm(settings)

    def __call__(self, batch: Any) -> Any:
        from .records import to_table

        docs = batch.to_dict("records")  # pandas rows of raw documents
        return to_table(work.process(self.settings, docs))


def extract_dataset(docs: "ray.data.Dataset", settings: Settings | None = None, workers: int = 2) -> "ray.data.Dataset":
    """A dataset of records from a dataset of raw documents (rows with ``text`` or ``html`` and
    optional ``id, url, published, title, outlet``); ``workers`` actors each load the model once."""
    settings = settings or Settings()
    return docs.map_batches(_Batches, fn_constructor_kwargs={"settings": settings}, batch_size=settings.batch_size,
                            batch_format="pandas", concurrency=workers, num_cpus=1)
