"""Custom stages the engine tests put in a pipeline's Settings, the way a user adds their own:
by ``"module:function"`` path, imported by each worker (the tests' folder is on its PYTHONPATH)."""

from __future__ import annotations

import time

from eventwire.nlp import Parsed

MARK = "detonator"


def explode(parsed: Parsed) -> None:
    """Crash on a document that says so: the record must come back with this stage's error."""
    if MARK in parsed.article.text:
        raise RuntimeError("this document crashes the pipeline")


def slow(parsed: Parsed) -> None:
    """Make each document take a while, so a worker can be killed in the middle of a batch."""
    time.sleep(0.25)
