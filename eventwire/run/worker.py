"""What every runner's worker does: build the pipeline from its Settings once, turn batches of
raw documents into plain records.

Workers return records (the ``Article.to_dict()`` form: dicts, lists, strings, numbers), never
spaCy objects: they are small to send, and the driver rebuilds Articles with ``Article.from_dict``.
"""

from __future__ import annotations

import dataclasses
import resource
import sys
import threading
from functools import lru_cache
from typing import Any, Iterable, Mapping

from ..ingest import RawDoc
from ..model import Article
from ..pipeline import Pipeline, Settings

_lock = threading.Lock()  # a Dask worker may build from its plugin and a task thread at once
_RAW_FIELDS = {f.name for f in dataclasses.fields(RawDoc)}


@lru_cache(maxsize=4)
def _build(settings: Settings) -> Pipeline:
    return Pipeline(settings=settings)


def pipeline(settings: Settings) -> Pipeline:
    """This process's pipeline for ``settings``: built on first use (model, lexicon), then reused
    by every batch that carries equal settings."""
    with _lock:
        return _build(settings)


def warm(settings: Settings) -> None:
    """Build the pipeline ahead of the first batch, where a worker starts (pool initializer,
    Dask plugin, Ray actor). A failure here (a user lexicon missing on this machine) is left for
    the first batch to raise as an ordinary error, which the driver reports in one line; failing
    here would look like a dying worker and be retried."""
    try:
        pipeline(settings)
    except Exception:
        pass


def raw(doc: RawDoc | Mapping[str, Any]) -> RawDoc:
    """A raw document from a RawDoc or a dict of its fields (a row of a Dask bag or DataFrame,
    a Ray Data row); unknown keys are ignored, ``source`` defaults to the id or url."""
    if isinstance(doc, RawDoc):
        return doc
    d = {k: (None if _missing(v) else v) for k, v in doc.items() if k in _RAW_FIELDS}
    d["source"] = d.get("source") or d.get("id") or d.get("url") or "<record>"
    return RawDoc(**d)


def _missing(value: Any) -> bool:
    return value is None or isinstance(value, float) and value != value  # None or NaN (pandas' missing)


def process(settings: Settings, docs: Iterable[RawDoc | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Records of one batch, in order; a document that fails comes back as a record with errors."""
    return [a.to_dict() for a in pipeline(settings).pipe([raw(d) for d in docs])]


def article(record: Mapping[str, Any]) -> Article:
    """The Article of a record, on the driver."""
    return Article.from_dict(dict(record))


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def driver_path() -> str:
    """This process's module search path as a PYTHONPATH, for worker processes a runner starts
    on this machine: they import the same eventwire (a checkout, a virtualenv) as the driver."""
    import os

    entries = [os.path.abspath(p or ".") for p in sys.path]
    return os.pathsep.join(dict.fromkeys(p for p in entries if os.path.isdir(p)))
