"""Character spans looked up by bisection: which mentions overlap or contain a stretch of text.

Stages ask "which actor mention covers this word?" once per token or event; scanning every
mention for each question grows with the square of the text's length (a 2,000,000-character
text has tens of thousands of mentions). A :class:`SpanIndex` sorts the spans once and
answers from the few that start near the question.
"""

from __future__ import annotations

import bisect
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """``(start, end, payload)`` spans; results keep the order the spans were given in."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]):
        given = [(s, e, i, p) for i, (s, e, p) in enumerate(spans)]
        given.sort(key=lambda x: x[0])
        self._items = given
        self._starts = [x[0] for x in given]
        self._longest = max((e - s for s, e, _, _ in given), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def _near(self, start: int, end: int) -> list[tuple[int, int, int, T]]:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, end)
        return sorted(self._items[lo:hi], key=lambda x: x[2])  # back in the given order

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Spans with ``s < end and start < e``, in the given order."""
        return [(s, e, p) for s, e, _, p in self._near(start, end) if s < end and start < e]

    def containing(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Spans with ``s <= start and end <= e``, in the given order."""
        return [(s, e, p) for s, e, _, p in self._near(start, end) if s <= start and end <= e]
