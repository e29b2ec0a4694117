"""Shared fixtures. Dev data lives outside the project, in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared(relpath: str) -> Path:
    """A file from ../shared/data, or skip the test when the dev data is absent."""
    path = SHARED / relpath
    if not path.exists():
        pytest.skip(f"dev data {path} not present (only the development checkout has ../shared/data)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared("seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text):
    """The reference article, run once through the whole pipeline."""
    import eventwire

    return eventwire.extract(text=seed_text)
