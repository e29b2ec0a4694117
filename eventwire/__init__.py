"""eventwire: news articles in, event data out.

>>> import eventwire
>>> article = eventwire.extract(text=open("story.txt").read(), published="2015-11-18")
>>> [(e.cameo, e.status) for e in article.events]
"""

from .model import Article
from .pipeline import Pipeline, Settings, Stage, extract

__all__ = ["Article", "Pipeline", "Settings", "Stage", "extract"]
__version__ = "0.1.0"
