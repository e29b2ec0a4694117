"""eventwire: news articles in, event data out.

>>> import eventwire
>>> article = eventwire.extract(text=open("story.txt").read(), published="2015-11-18")
>>> [(e.cameo, e.status) for e in article.events]
"""

from .model import Article
from .pipeline import Pipeline, Settings, Stage, extract

__all__ = ["Article", "Pipeline", "Settings", "Stage", "extract", "open"]
__version__ = "0.1.0"


def open(path="eventwire.duckdb", read_only: bool = False, memory_limit: str | None = None):  # noqa: A001
    """Open (or create) a corpus store: ``with eventwire.open("corpus.duckdb") as st: st.sql("...").df()``.

    Imported on first use so that ``import eventwire`` for extraction alone does not load DuckDB.
    """
    from .store import Store

    return Store(path, read_only=read_only, memory_limit=memory_limit)
