"""Themes: which subjects an article is about, from a term taxonomy kept as data.

resources/themes.tsv maps terms (lemmas or surface forms, one or more words)
to theme codes. Each body token is tried by its lower-case form and lemma; the
longest term starting there wins ("air strike" before "strike"). Tokens in
person names and dates never match, so "Bill" and "March" stay names and
months. ``themes`` lists the codes by mention count; ``theme_mentions`` keeps
every match with its offsets, as GDELT's GKG does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from . import knowledge
from .model import ThemeMention
from .nlp import Parsed

SKIP_ENTS = {"PERSON", "DATE", "TIME"}


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → [(term words, code)], longest terms first; loaded once per process."""
    text = knowledge.text("themes.tsv")
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        words = tuple(parts[2].strip().lower().split())
        if words:
            index[words[0]].append((words, parts[0].strip()))
    for terms in index.values():
        terms.sort(key=lambda t: -len(t[0]))
    return dict(index)


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _term_starts(doc: Doc, index: dict[str, list[tuple[tuple[str, ...], str]]]) -> list[int]:
    """The indices of the tokens of ``doc`` whose form or lower-cased lemma is the first word of a
    term, read from the doc's arrays once per distinct word: no other token can start a theme, and
    no Token object is made for them."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([LOWER, LEMMA])
    forms = [h for h in numpy.unique(arr[:, 0]).tolist() if strings[h] in index]
    lemmas = [h for h in numpy.unique(arr[:, 1]).tolist() if strings[h].lower() in index]
    keep = numpy.isin(arr[:, 0], numpy.array(forms, dtype=numpy.uint64)) | numpy.isin(
        arr[:, 1], numpy.array(lemmas, dtype=numpy.uint64))
    return numpy.flatnonzero(keep).tolist()


def annotate(parsed: Parsed) -> None:
    """Add ``article.theme_mentions`` and ``article.themes`` (codes, most mentioned first)."""
    index, doc = taxonomy(), parsed.body
    mentions: list[ThemeMention] = []
    after = 0  # a term's words are not read again as the start of another
    for i in _term_starts(doc, index):
        if i < after:
            continue
        tok = doc[i]
        if not tok.is_punct and tok.ent_type_ not in SKIP_ENTS:
            candidates = index.get(tok.lower_, []) + index.get(tok.lemma_.lower(), [])
            for words, code in sorted(candidates, key=lambda t: -len(t[0])):
                n = len(words)
                if i + n <= len(doc) and all(w in _forms(doc[i + k]) for k, w in enumerate(words)):
                    mentions.append(ThemeMention(code, tok.idx, doc[i + n - 1].idx + len(doc[i + n - 1])))
                    after = i + n
                    break
    counts = Counter(m.code for m in mentions)
    first = {}
    for m in mentions:
        first.setdefault(m.code, m.start)
    parsed.article.theme_mentions = mentions
    parsed.article.themes = sorted(counts, key=lambda c: (-counts[c], first[c]))
