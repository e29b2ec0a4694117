"""The pipeline on a Dask cluster (``pip install "eventwire[dask]"``).

Each worker process loads the model and the lexicon once: a worker plugin builds the pipeline
when the worker starts (and again in a worker the nanny restarts), and tasks find it in the
worker's cache. Run workers with one thread each (``dask worker ADDR --nthreads 1 --nworkers N``):
the parse is CPU-bound Python, so threads would only share one core's GIL.

Two ways in: :class:`DaskRunner` behind ``eventwire.run.pipe(..., engine="dask")`` (streaming,
Articles in input order), and :func:`extract_bag` for a Dask bag (or DataFrame) of raw documents,
giving a bag of records or Parquet partitions (:func:`to_parquet`).

A worker that dies mid-batch costs a retry: the scheduler runs its tasks again on another
worker (up to ``distributed.scheduler.allowed-failures`` times, then ``KilledWorker``).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from ..pipeline import Settings
from . import RunError, batches
from . import worker as work

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = "20s"
# Workers started here skip Dask's diagnostics (a stack sample every 10 ms, a GIL monitor) and its
# aggressive malloc trimming (MALLOC_TRIM_THRESHOLD_=64 KiB, which makes spaCy's many small
# allocations go back and forth to the OS): together about 15% of a worker's CPU on this pipeline.
QUIET_WORKER = {"distributed.worker.profile.enabled": False, "distributed.admin.system-monitor.gil.enabled": False,
                "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                                        "OPENBLAS_NUM_THREADS": 1}}


class ModelPlugin(WorkerPlugin):
    """Builds the pipeline for ``settings`` in every worker, once, before its first task."""

    def __init__(self, settings: Settings):
        self.settings = settings

    async def setup(self, worker: Any) -> None:  # Dask passes it by this name
        # off the event loop: loading the model takes a second or more
        await asyncio.get_running_loop().run_in_executor(None, work.warm, self.settings)


def register(client: Client, settings: Settings) -> None:
    """Load the model for ``settings`` in every worker of ``client``'s cluster, now and in workers
    that join or restart later."""
    client.register_plugin(ModelPlugin(settings), name=f"eventwire-{abs(hash(settings)):x}")


def local_cluster(workers: int = 2, **kwargs: Any) -> LocalCluster:
    """A cluster of ``workers`` single-threaded worker processes on this machine, which import
    what this process imports (its ``sys.path`` becomes their PYTHONPATH)."""
    opts = dict(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.WARNING, env={"PYTHONPATH": work.driver_path()})
    with dask.config.set(QUIET_WORKER):  # nannies hand their config to the workers they start
        return LocalCluster(**(opts | kwargs))


class DaskRunner:
    """Batches as tasks on a Dask cluster: the one at ``address``, or a local one it starts."""

    lost = (KilledWorker,)

    def __init__(self, settings: Settings, workers: int | None = None, address: str | None = None):
        self.settings = settings
        self.cluster = None
        try:
            if address:
                self.client = Client(address, timeout=CONNECT_TIMEOUT)
            else:
                self.cluster = local_cluster(workers or 2)
                self.client = Client(self.cluster)
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, asyncio.TimeoutError) as e:
            self.close()
            raise RunError(f"no Dask cluster with workers at {address or 'the local cluster'}: {e}") from e
        register(self.client, settings)
        self.workers = len(self.client.scheduler_info(n_workers=-1)["workers"])

    def submit(self, batch: list[Any]):
        return self.client.submit(work.process, self.settings, batch, pure=False)

    def result(self, future) -> list[dict]:
        try:
            return future.result()
        finally:
            future.release()

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak resident memory of each worker process, MB."""
        return self.client.run(work.peak_rss_mb)

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _partition(docs: Any, settings: Settings) -> list[dict]:
    out: list[dict] = []
    for batch in batches(docs, settings.batch_size):
        out.extend(work.process(settings, batch))
    return out


def extract_bag(docs: db.Bag | Any, settings: Settings | None = None) -> db.Bag:
    """A bag of records (dicts) from a bag of raw documents (RawDocs or dicts with ``text`` or
    ``html`` and optional ``id, url, published, title, outlet``), or from a Dask DataFrame with
    those columns. Lazy: compute it, or write it with :func:`to_parquet`."""
    settings = settings or Settings()
    if not isinstance(docs, db.Bag):  # a Dask DataFrame of documents
        docs = docs.to_bag(format="dict")
    return docs.map_partitions(_partition, settings)


def to_parquet(records: db.Bag, path: str | Path) -> list[str]:
    """Write each partition of a bag of records as ``path/part-NNNNN.parquet`` (one schema for
    all, see ``run.records``); returns the paths written."""
    from .records import write_parquet

    path = Path(path)
    parts = [dask.delayed(write_parquet)(p, path / f"part-{i:05d}.parquet") for i, p in enumerate(records.to_delayed())]
    return [str(p) for p in dask.compute(*parts)]
