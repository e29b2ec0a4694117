"""Counts of people and things affected: how many were killed, wounded, arrested, displaced...

A number (digits or words, "hundreds of thousands", "a dozen") is read with
its qualifier ("at least", "about"), then the parse tells what happened to it:
the counted noun is the object or passive subject of a transitive verb
("killing two suspects", "four officers were wounded"), the subject of an
intransitive one ("39 died", "thousands fled"), the subject of a predicate
adjective ("39 are confirmed dead"), a noun naming the group ("5,000
protesters", "the arrest of seven"), or the level of a toll ("the death toll
rose to 156"). Kinds and words are data (resources/count_terms.tsv,
resources/numbers.tsv). Each count is tied to the event whose trigger governs
it, or else to an event of the same sentence, and takes that event's place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from . import knowledge
from .model import Count, Event
from .nlp import Parsed, entity_of

SKIP_ENTS = {"TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
NOUN_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "det"}


@dataclass
class Lexicon:
    vt: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=lambda: defaultdict(list))
    vi: dict[str, str] = field(default_factory=dict)
    adj: dict[str, str] = field(default_factory=dict)
    noun: dict[str, str] = field(default_factory=dict)
    level: set[str] = field(default_factory=set)
    numbers: dict[str, tuple[float, str]] = field(default_factory=dict)
    qualifiers: dict[tuple[str, ...], str] = field(default_factory=dict)


def _rows(name: str) -> list[list[str]]:
    return knowledge.rows(name)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Count terms and number words, loaded once per process."""
    lex = Lexicon()
    for kind, role, lemma in _rows("count_terms.tsv"):
        first, *rest = lemma.split()
        if role == "vt":
            lex.vt[first].append((kind, tuple(rest)))
        elif role == "level":
            lex.level.add(lemma)
        else:
            getattr(lex, role)[lemma] = kind
    for word, value, flag in _rows("numbers.tsv"):
        if flag == "qualifier":
            lex.qualifiers[tuple(word.split())] = value
        else:
            lex.numbers[word] = (float(value), flag)
    return lex


def _is_numeric(tok: Token) -> bool:
    return _numeric_word(tok.text, tok.lower_)


def _numeric_word(text: str, lower: str) -> bool:
    return bool(DIGITS.match(text)) or lower in lexicon().numbers and lower not in ("a", "an")


def _number_words(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token of ``doc``: :func:`_is_numeric`, and whether it is "a" or "an" (which may open a
    number, "a hundred"), judged once per distinct word on the doc's arrays, so that the scan for
    numbers makes no Token object for the other words of the article."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    arr = doc.to_array([ORTH, LOWER])
    words, first, inverse = numpy.unique(arr[:, 0], return_index=True, return_inverse=True)
    judged = [(_numeric_word(strings[orth], low := strings[lower]), low in ("a", "an"))
              for orth, lower in zip(words.tolist(), arr[first, 1].tolist())]
    numeric = numpy.array([n for n, _ in judged], dtype=bool)[inverse.reshape(-1)]
    article = numpy.array([a for _, a in judged], dtype=bool)[inverse.reshape(-1)]
    return numeric.tolist(), article.tolist()


def _skipped(tok: Token) -> bool:
    """Numbers that are not counts: money, times, ordinals, years, and dates ("12 May", "31 days").
    The tagger also calls bare ranges dates ("from fourteen to 31"); those are kept."""
    if tok.ent_type_ in SKIP_ENTS or YEAR.match(tok.text):
        return True
    if tok.ent_type_ == "DATE":
        ent = entity_of(tok)
        return ent is not None and any(t.is_alpha and not _is_numeric(t) and t.lower_ not in ("from", "to", "and") for t in ent)
    return False


def number_spans(doc: Doc) -> list[Span]:
    """Maximal runs of number tokens: "2,000", "twenty-five", "two hundred and fifty", "hundreds of thousands"."""
    lex, spans, i = lexicon(), [], 0
    numeric, article = _number_words(doc)
    while i < len(doc):
        if not (numeric[i] or article[i]):  # (the test below, without making the Token)
            i += 1
            continue
        tok = doc[i]
        starts_a = article[i] and i + 1 < len(doc) and lex.numbers.get(doc[i + 1].lower_, (0, ""))[1] == "scale"
        if not (numeric[i] or starts_a) or _skipped(tok):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            nxt = doc[j]
            if numeric[j] and not _skipped(nxt):
                j += 1
            elif nxt.text in ("-", "and", "of") and j + 1 < len(doc) and numeric[j + 1] and (
                nxt.text != "of" or lex.numbers.get(doc[j - 1].lower_, (0, ""))[1] == "approx"
            ):
                j += 2
            else:
                break
        if j < len(doc) and doc[j].lower_ in ("%", "percent", "per", "am", "pm", "a.m.", "p.m."):
            i = j
            continue
        spans.append(doc[i:j])
        i = j
    return spans


def value(span: Span) -> tuple[int, bool]:
    """(value, approximate) of a number span; 0 when it is not a plain count."""
    numbers = lexicon().numbers
    total, current, approx = 0.0, 0.0, False
    for tok in span:
        word = tok.lower_
        if DIGITS.match(tok.text):
            current += float(tok.text.replace(",", ""))
        elif word in numbers:
            v, flag = numbers[word]
            if flag == "unit":
                current += v
            elif flag == "scale":
                current = max(current, 1.0) * v
                if v >= 1000:
                    total, current = total + current, 0.0
            else:
                approx = True
                current = current * v / 2 if current or total else v
                if total and not current:
                    total, current = total * v / 2, 0.0
    return int(total + current), approx


def _is_rate(span: Span) -> bool:
    """"18.9 deaths per 100,000 people", "20 million deaths a year" and "1.5" alone are rates or
    measures, not counts of people."""
    doc = span.doc
    if any("." in t.text for t in span) and not any(lexicon().numbers.get(t.lower_, (0, ""))[1] == "scale" for t in span):
        return True
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 5)]]
    pairs = zip(after, after[1:])
    return "per" in after or "annually" in after or any(
        a in ("a", "each", "every") and b in ("year", "month", "week", "day") for a, b in pairs
    )


def _qualifier(doc: Doc, span: Span) -> tuple[str | None, int]:
    """The bounding words before a number ("at least", "about") and where they start."""
    for size in (3, 2, 1):
        lo = span.start - size
        if lo >= 0:
            words = tuple(t.lower_ for t in doc[lo : span.start])
            if words in lexicon().qualifiers:
                return " ".join(words), lo
    return None, span.start


def _vt_kind(verb: Token) -> str | None:
    for kind, rest in lexicon().vt.get(verb.lemma_.lower(), []):
        if all(any(c.lower_ == w or c.lemma_ == w for c in verb.children) for w in rest):
            return kind
    return None


def _predicate_kind(head: Token) -> str | None:
    adj = lexicon().adj
    for child in head.children:
        if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "conj", "attr") and child.lower_ in adj:
            return adj[child.lower_]
    return None


def _governed_kind(node: Token) -> tuple[str | None, Token | None]:
    """What happened to ``node`` according to its head (verb or predicate) and its own modifiers."""
    lex, head, dep = lexicon(), node.head, node.dep_
    if head.i != node.i:
        vt = _vt_kind(head)
        if vt and dep in ("dobj", "nsubjpass"):
            return vt, head
        passive_like = dep == "nsubj" and head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in head.children)
        if vt and passive_like:
            return vt, head
        if dep in ("nsubj", "nsubjpass") and head.lower_ in lex.adj:  # "25 miners are missing"
            return lex.adj[head.lower_], head
        if dep == "nsubj" and head.lemma_.lower() in lex.vi:
            return lex.vi[head.lemma_.lower()], head
        if dep in ("nsubj", "nsubjpass", "dobj"):
            pred = _predicate_kind(head)
            if pred:
                return pred, head
    for child in node.children:
        if child.dep_ in ("acl", "relcl"):
            kind = _vt_kind(child) or lex.vi.get(child.lemma_.lower())
            if kind:
                return kind, child
        if child.dep_ == "amod" and child.lower_ in lex.adj:
            return lex.adj[child.lower_], child
    return None, None


def _object_text(noun: Token) -> str:
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ in ("compound", "amod") and child.i == start - 1 and not _is_numeric(child):
            start = child.i
    return noun.doc[start : noun.i + 1].text


def _conjuncts(node: Token) -> list[Token]:
    """The node, then the nouns coordinated with it ("five children ... and two truck drivers killed")."""
    first = node
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        tok = todo.pop(0)
        members.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return [node] + [t for t in members if t.i != node.i]


def _level(node: Token) -> tuple[str | None, Token | None]:
    """"The death toll rose to 156", "increasing the toll from fourteen to 31", "deaths are fourteen"."""
    lex = lexicon()
    if node.dep_ == "pobj" and node.head.lower_ == "from":
        return None, None
    verb = node.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == node.i or verb.lemma_.lower() not in lex.level:
        return None, None
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.i != node.i and child.lemma_.lower() in lex.noun:
            return lex.noun[child.lemma_.lower()], child
    return None, None


def _read(span: Span) -> tuple[str, Token, Token | None, Token | None] | None:
    """(kind, governing token, object noun, end token) of a number span, or None when it counts nothing."""
    lex = lexicon()
    root = span.root
    noun: Token | None = None
    node = root
    head = root.head
    if root.dep_ in NOUN_DEPS and head not in span and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
        if head.lower_ in lex.adj:  # "27 dead", "12 injured"
            return lex.adj[head.lower_], head, None, None
        node = head
        noun = head if head.pos_ != "ADJ" else None
    else:
        of = [c for c in root.children if c.lower_ == "of"]
        objs = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        noun = objs[0] if objs else None
        if noun is not None and any(c.tag_ == "JJS" or c.lower_ == "most" for c in noun.subtree):
            return None  # "one of the highest death tolls" ranks, it does not count
    kind, gov = None, None
    for member in _conjuncts(node):
        kind, gov = _governed_kind(member)
        if kind:
            break
    if kind is None and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        container = node.head.head  # "a total of 39", "a crowd of 5,000", "the arrest of seven"
        kind, gov = _governed_kind(container)
        if kind is None and container.lemma_.lower() in lex.noun:
            kind, gov = lex.noun[container.lemma_.lower()], container
    for member in _conjuncts(node) if kind is None else []:
        kind, gov = _level(member)
        if kind:
            break
    if kind is None and noun is not None and noun.lemma_.lower() in lex.noun:
        kind, gov = lex.noun[noun.lemma_.lower()], noun
    if kind is None or gov is None:
        return None
    return kind, gov, noun, noun if noun is not None and noun.i >= span.end else None


def _sibling_object(gov: Token) -> Token | None:
    """The object of a coordinated verb: "killing two suspects and arresting seven" → suspects."""
    for verb in (gov.head if gov.dep_ == "conj" else None, *[c for c in gov.children if c.dep_ == "conj"]):
        if verb is None:
            continue
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN") and child.lower_ != "others":
                return child
    return None


def _event_for(events: list[Event], sentence: int, gov: Token) -> Event | None:
    same = [e for e in events if e.sentence == sentence]
    for e in same:
        if e.trigger.start <= gov.idx < max(e.trigger.end, e.trigger.start + 1):
            return e
    for e in same:
        trig = gov.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if trig is not None and len(trig) and trig.root.is_ancestor(gov):
            return e
    return min(same, key=lambda e: abs(e.trigger.start - gov.idx), default=None)


def annotate(parsed: Parsed) -> None:
    """Add ``article.counts``: kind, number, qualifier, object, offsets, event and location."""
    art, doc = parsed.article, parsed.body
    for span in number_spans(doc):
        number, approx = value(span)
        if number <= 0 or _is_rate(span):
            continue
        read = _read(span)
        if read is None:
            continue
        kind, gov, noun, end_tok = read
        qualifier, start_i = _qualifier(doc, span)
        if qualifier and lexicon().qualifiers[tuple(qualifier.split())] == "approx":
            approx = True
        obj = noun if noun is not None else (_sibling_object(gov) if gov.pos_ == "VERB" else None)
        end = (end_tok.idx + len(end_tok)) if end_tok is not None else span.end_char
        sentence = parsed.sentence_index(span.start_char)
        event = _event_for(art.events, sentence, gov)
        art.counts.append(Count(
            kind=kind, number=number, start=doc[start_i].idx, end=end,
            object=_object_text(obj) if obj is not None else None, approximate=approx,
            event=event.id if event else None, location=event.location if event else None,
            qualifier=qualifier, sentence=sentence, text=art.text[doc[start_i].idx:end],
        ))
