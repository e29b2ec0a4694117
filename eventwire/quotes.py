"""Direct quotations and who said them.

Quotation marks are paired per paragraph (curly and straight); a paragraph
whose quote never closes runs to its end, as news style does for quotes that
continue in the next paragraph. Each quoted stretch is attributed from the
parse: a reporting verb right after the closing mark ("…,” he said", "…,” says
Danielle Ryan") or before the opening one ("Putin said: “…”", "praised Putin as
a “partner”"), its subject being the speaker. A quote with no attribution of
its own continues the previous quote of the same or the preceding paragraph
(“…,” he said. “…”). Short quoted phrases are kept only inside a reporting frame
with a named speaker: a bare scare quote (a “thaw”) is nobody's quotation.
The speaker is mapped to the actor whose mention covers it (the actors stage
resolves pronouns); without one, a pronoun falls back to the previous speaker
or the nearest preceding person named in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .model import Actor, Article, Quote
from .nlp import Parsed

OPENERS = "“«„"
CLOSERS = "”»“"
SHORT_WORDS = 4  # fewer words and no sentence punctuation inside: a quoted phrase, not speech
AFTER_WINDOW = 10  # tokens after a closing mark where the attribution may sit
BEFORE_WINDOW = 25
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
SUBJECTS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """Reporting-verb lemma → class ("speech" or "frame"), from resources/reporting_verbs.tsv."""
    text = resources.files("eventwire").joinpath("resources/reporting_verbs.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2}


@dataclass
class Marked:
    """One quoted stretch: ``[start, end)`` is the inside, ``[open, close)`` includes the marks."""

    open: int
    close: int
    start: int
    end: int


def find_marked(text: str) -> list[Marked]:
    """Pair quotation marks within each paragraph; an unclosed quote runs to the paragraph end."""
    found: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        opened: tuple[int, str] | None = None
        for i, ch in enumerate(para):
            at = pos + i
            if opened is None:
                if ch in OPENERS:
                    opened = (at, ch)
                elif ch == '"' and (i == 0 or not para[i - 1].isalnum()):
                    opened = (at, ch)
            else:
                kind = opened[1]
                closes = (ch == '"' and kind == '"') or (kind != '"' and ch in "”»" or (kind == "„" and ch == "“"))
                if closes:
                    found.append(Marked(opened[0], at + 1, opened[0] + 1, at))
                    opened = None
        if opened is not None:
            end = pos + len(para.rstrip())
            if end - opened[0] > 1:
                found.append(Marked(opened[0], end, opened[0] + 1, end))
        pos += len(para) + 1
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _is_report(tok: Token, allow_frame: bool) -> bool:
    cls = verbs().get(tok.lemma_.lower())
    return tok.pos_ in ("VERB", "AUX") and cls is not None and (cls == "speech" or allow_frame)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for inversions the parser misses ("says Danielle Ryan"), the first noun after it."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    head = verb
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
        head = head.head
        for child in head.children:
            if child.dep_ in SUBJECTS:
                return child
    for tok in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 6)]:
        if tok.pos_ in ("PROPN", "PRON", "NOUN"):
            return tok
        if tok.is_punct:
            break
    return None


def _according(toks: Span) -> Token | None:
    for tok in toks:
        if tok.lower_ == "according" and tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            obj = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            return obj[0] if obj else tok.nbor(2)
    return None


def _name_span(tok: Token) -> Span:
    """The compact name of a speaker: its entity, or the noun with its compounds."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ != "O":
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ in ("compound", "flat", "amod") and child.i == start - 1:
            start = child.i
    return doc[start : tok.i + 1]


def _attribution(doc: Doc, m: Marked, open_tok: int, close_tok: int, short: bool) -> tuple[Token, Token] | None:
    """(reporting verb, speaker token) framing the quote with marks at tokens ``[open_tok, close_tok)``."""
    inside = set(range(open_tok, close_tok))
    # after the closing mark: "…,” he said" / "…,” says X" / "…,” according to X"
    after = doc[close_tok : min(len(doc), close_tok + AFTER_WINDOW)]
    for tok in after:
        if tok.text in ".!?;" or tok.text in OPENERS or (tok.text == '"' and tok.i > close_tok) or "\n" in tok.text:
            break
        if tok.lower_ == "according":
            subj = _according(doc[tok.i : tok.i + 4])
            return (tok, subj) if subj is not None else None
        if _is_report(tok, allow_frame=False):
            subj = _subject(tok)
            between = doc[close_tok : tok.i]
            if subj is None:
                return None
            ok = all(t.is_punct or t.is_space or t.i == subj.i or subj.is_ancestor(t) for t in between)
            return (tok, subj) if ok else None
    # before the opening mark, within the sentence and after any earlier quote
    sent_start = doc[open_tok].sent.start if open_tok < len(doc) else open_tok
    lo = max(sent_start, open_tok - BEFORE_WINDOW)
    for i in range(open_tok - 1, lo - 1, -1):
        tok = doc[i]
        if tok.text in CLOSERS or tok.text == '"' or "\n" in tok.text:
            break
        if tok.lower_ == "according":
            subj = _according(doc[i : open_tok])
            return (tok, subj) if subj is not None else None
        if _is_report(tok, allow_frame=short):
            subj = _subject(tok)
            if subj is None or subj.i in inside:
                continue
            governs = any(tok.is_ancestor(doc[j]) for j in range(open_tok, min(close_tok, len(doc))))
            adjacent = all(t.is_punct or t.lower_ == "that" or t.is_space for t in doc[tok.i + 1 : open_tok])
            if governs or adjacent:
                return tok, subj
    return None


def _actor_at(article: Article, start: int, end: int) -> Actor | None:
    best = None
    for actor in article.actors:
        for s, e in actor.mentions:
            if s < end and start < e:
                if best is None or (s <= start and e >= end):
                    best = actor
    return best


def _previous_person(doc: Doc, before: int, window: int = 1500) -> Span | None:
    people = [e for e in doc.ents if e.label_ == "PERSON" and before - window <= e.end_char <= before]
    return people[-1] if people else None


def _named(tok: Token, actor: Actor | None) -> bool:
    return actor is not None or tok.lower_ in PRONOUNS or tok.ent_type_ in NAMED


def annotate(parsed: Parsed) -> None:
    """Add ``article.quotes``: quoted text, offsets, speaker actor, speaker words and reporting verb."""
    art, doc = parsed.article, parsed.body
    text = art.text
    previous: Quote | None = None
    previous_para = -1
    for m in find_marked(text):
        start, end = _trim(text, m.start, m.end)
        if end <= start:
            continue
        span = doc.char_span(m.open, m.close, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        body = text[start:end]
        words = len(body.split())
        short = words < SHORT_WORDS and not any(p in body for p in ".!?")
        para = text.count("\n\n", 0, m.open)
        found = _attribution(doc, m, span.start, span.end, short)
        quote: Quote | None = None
        if found is not None:
            verb, subj = found
            name = _name_span(subj)
            actor = _actor_at(art, name.start_char, name.end_char)
            if short and not _named(subj, actor):
                continue
            quote = Quote(body, start, end, verb=verb.lemma_.lower(), speaker_text=name.text,
                          speaker_start=name.start_char, speaker_end=name.end_char)
            if actor is not None:
                quote.speaker, quote.speaker_name = actor.id, actor.name
            elif subj.lower_ in PRONOUNS:
                _resolve_pronoun(quote, doc, art, previous if previous_para >= para - 1 else None)
            else:
                quote.speaker_name = name.text
        elif not short and previous is not None and previous_para >= para - 1 and previous.speaker_text:
            quote = Quote(body, start, end, speaker=previous.speaker, speaker_text=previous.speaker_text,
                          verb=previous.verb, speaker_name=previous.speaker_name,
                          speaker_start=previous.speaker_start, speaker_end=previous.speaker_end)
        if quote is not None:
            art.quotes.append(quote)
            previous, previous_para = quote, para


def _resolve_pronoun(quote: Quote, doc: Doc, art: Article, previous: Quote | None) -> None:
    """Without a coreference mention from the actors stage: the previous speaker, else the last person named."""
    if previous is not None and previous.speaker_name:
        quote.speaker, quote.speaker_name = previous.speaker, previous.speaker_name
        return
    person = _previous_person(doc, quote.start)
    if person is not None:
        actor = _actor_at(art, person.start_char, person.end_char)
        quote.speaker = actor.id if actor else None
        quote.speaker_name = actor.name if actor else person.text
