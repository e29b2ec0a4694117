"""Direct quotations and who said them.

Quotation marks are paired per paragraph (curly and straight, and single marks as British papers use
them, where no double ones enclose them: syntax.single_quotes); a paragraph
whose quote never closes runs to its end, as news style does for quotes that
continue in the next paragraph. Each quoted stretch is attributed from the
parse: a reporting verb right after the closing mark ("…,” he said", "…,” says
Danielle Ryan") or before the opening one ("Putin said: “…”", "praised Putin as
a “partner”", "was told by Zinichev of “…”"), its subject (or passive agent)
being the speaker, or else a clause ending in a colon right before it ("X
disagreed: “…”"). A quote with no attribution of its own continues the
previous one when only that attribution or a paragraph break lies between
(“…,” he said. “…”), and one opening the sentence after a named person's
reported speech ("X revealed that …. “…”") is theirs. Short quoted phrases
count only with a reporting verb and a person or organisation as speaker, or inside the clause a source is said to have
said ("according to X", "a source said “three men” died"): a bare scare quote
(a “thaw”) is nobody's.
An interview turn, a paragraph opening with a person's name as its label
("((Dorsa Derakhshani))  I'm ...", "Anna Smith: We ..."), is that person's speech.
The speaker is the actor whose mention covers the speaker's words, except that a
pronoun first takes the last person (or, for "it", organisation) named as a
subject before it, then the person the actors stage linked it to; a relative
pronoun ("X, which said") stands for the noun it follows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import actor_lexicon, knowledge
from .model import Actor, Article, Quote
from .nlp import Parsed, entities, entity_of
from .events import cues
from .syntax import ActorIndex, single_quotes, verb_subject, verb_target

OPENERS = "“«„"
CLOSERS = "”»“"
SHORT_WORDS = 4  # fewer words and no sentence punctuation inside: a quoted phrase, not speech
AFTER_WINDOW = 16  # tokens after a closing mark where the attribution may sit
BEFORE_WINDOW = 45
ADJACENT = 12  # at most this many tokens, none a verb, between "said" and the quote it introduces
CONTINUE_WORDS = 25  # at most this many words between a quote and its unattributed continuation
PERSONAL = {"he", "she", "i", "him", "her"}
PRONOUNS = PERSONAL | {"it"}
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "poss", "conj"}
SUBJECTS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """Reporting-verb lemma → class ("speech" or "frame"), from resources/reporting_verbs.tsv."""
    return {r[0]: r[1] for r in knowledge.rows("reporting_verbs.tsv") if len(r) >= 2}


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
                closes = (ch == '"' and kind == '"' and not _reopens(para, i)) or (kind != '"' and ch in "”»" or (kind == "„" and ch == "“"))
                if closes:
                    found.append(Marked(opened[0], at + 1, opened[0] + 1, at))
                    opened = None
        if opened is not None:
            end = pos + len(para.rstrip())
            if end - opened[0] > 1:
                found.append(Marked(opened[0], end, opened[0] + 1, end))
        # British style: quotations in single marks, outside any double-quoted stretch ('We talked,' he said)
        doubled = [(m.open, m.close) for m in found if m.open >= pos]
        found += [Marked(pos + a, pos + b, pos + a + 1, pos + b - 1) for a, b in single_quotes(para)
                  if not any(o < pos + b and pos + a < c for o, c in doubled)]
        pos += len(para) + 1
    return sorted(found, key=lambda m: m.open)


def _reopens(para: str, i: int) -> bool:
    """Is the straight mark at ``i``, inside an open quote, the opening of its next paragraph? News
    style reopens a quote that goes on in a new paragraph without closing the one before; where the
    paragraphs were run together (scraped pages) that reads '... investigation. "During that process,
    we ...': a mark after a finished sentence and a space, before a word, opens; it does not close."""
    return (0 < i < len(para) - 1 and para[i - 1] == " " and (para[i + 1].isalnum() or para[i + 1] == "[")
            and para[:i].rstrip()[-1:] in (".", "!", "?"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _is_report(tok: Token) -> bool:
    """A reporting verb, but not a citation of where a quote was read ("as reported by X")."""
    return (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs()
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children))


def _subject(verb: Token) -> Token | None:
    """Who speaks: the agent of a passive ("was told by Zinichev"), the subject (climbing
    coordinated and infinitive verbs; for a relative pronoun, the noun it stands for), or for
    inversions ("says Danielle Ryan", "said study co-author Carl Lipo") the person or noun right
    after the verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            obj = [c for c in child.children if c.dep_ == "pobj"]
            if obj:
                return obj[0]
    head = verb
    for _ in range(4):
        for child in head.children:
            if child.dep_ in SUBJECTS:
                if child.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                    return head.head  # "Toronto Police, which indicated …": the noun the clause is about
                return child
        if head.dep_ not in ("conj", "xcomp", "advcl") or head.head.i == head.i:
            break
        head = head.head
    after = []
    for tok in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 12)]:
        if tok.is_punct and tok.text not in (",", "-"):
            break
        after.append(tok)
    person = [t for t in after if t.ent_type_ == "PERSON"]
    nouns = [t for t in after if t.pos_ in ("PROPN", "PRON", "NOUN")]
    return person[0] if person else (nouns[0] if nouns else None)


def _according(tok: Token) -> Token | None:
    """The source of "according to X"."""
    if tok.lower_ != "according" or tok.i + 2 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    obj = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
    return obj[0] if obj else tok.nbor(2)


def _entity(tok: Token) -> Span | None:
    return entity_of(tok)


def _name_span(tok: Token, verb: Token) -> Span:
    """The speaker's name: the person named in the subject phrase ("his father, Abdullah Kurdi",
    "study co-author Carl Lipo of ..."), else its entity, else the noun with its compounds."""
    own = _entity(tok)
    if own is not None and own.label_ == "PERSON":
        return own
    phrase, todo = [], [tok]
    while todo:
        t = todo.pop()
        phrase.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSES)
    people = sorted((e for t in phrase if (e := _entity(t)) is not None and e.label_ == "PERSON"), key=lambda e: e.start)
    appos = [e for e in people if e.root.dep_ == "appos" and e.root.head == tok]
    if appos or people:
        return (appos or people)[0]
    if tok.i > verb.i:  # inverted, parsed apart: "said study co-author Professor Carl Lipo of ..."
        for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 12)]:
            if t.text in ".;:" or t.pos_ in ("VERB", "AUX") or t.text in OPENERS + CLOSERS + '"':
                break
            if t.ent_type_ == "PERSON" and (e := _entity(t)) is not None:
                return e
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _name_span(child, verb)  # "Judge Miller's statement reads"
        if child.dep_ == "prep" and child.lower_ == "of" and tok.pos_ in ("PRON", "DET", "NUM", "ADJ"):
            obj = [c for c in child.children if c.dep_ == "pobj"]
            if obj:
                return _name_span(obj[0], verb)  # "some of the protesters said", "one of the victims said"
    before = [t for t in tok.doc[max(0, verb.i - 2) : verb.i] if t.ent_type_ == "PERSON"]
    if own is None and before and tok.i < verb.i:
        return _entity(before[-1]) or own
    if own is not None:
        return own
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ in ("compound", "flat", "amod") and child.i == start - 1:
            start = child.i
    return tok.doc[start : tok.i + 1]


def _after(doc: Doc, close_tok: int, quoted: set[int]) -> tuple[Token, Token] | None:
    """"…,” he said" / "…,” says X" / "…,” according to X": a reporting verb right after the closing mark."""
    for tok in doc[close_tok : min(len(doc), close_tok + AFTER_WINDOW)]:
        if tok.text in ".!?;:" or tok.i in quoted or "\n" in tok.text:
            return None
        source = _according(tok)
        if source is not None:
            return tok, source
        if _is_report(tok) and verbs()[tok.lemma_.lower()] == "speech":
            subj = _subject(tok)
            if subj is None:
                return None
            between = doc[close_tok : tok.i]
            ok = not any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") for t in between)  # not "… while X wrote"
            return (tok, subj) if ok else None
    return None


def _before(doc: Doc, open_tok: int, close_tok: int, quoted: set[int]) -> tuple[Token, Token] | None:
    """"Putin said: “…”", "praised Putin as a “partner”": a reporting verb earlier in the sentence that
    governs the quote, or sits right before it with only a short adverbial phrase between."""
    lo = max(doc[open_tok].sent.start, open_tok - BEFORE_WINDOW)
    for i in range(open_tok - 1, lo - 1, -1):
        tok = doc[i]
        if "\n" in tok.text:
            break
        if i in quoted:
            continue
        source = _according(tok)
        if source is not None:
            return tok, source
        if not _is_report(tok):
            continue
        subj = _subject(tok)
        if subj is None or open_tok <= subj.i < close_tok:
            continue
        frame = tok.head if tok.dep_ in ("xcomp", "advcl") else tok  # "went on to say"
        governs = any(frame.is_ancestor(doc[j]) for j in range(open_tok, min(close_tok, len(doc))))
        between = doc[tok.i + 1 : open_tok]
        adjacent = len(between) <= ADJACENT and not any(t.pos_ in ("VERB", "AUX") for t in between)
        if governs or (adjacent and verbs()[tok.lemma_.lower()] == "speech"):
            return tok, subj
    return None


def _colon(doc: Doc, open_tok: int) -> tuple[Token, Token] | None:
    """"X disagreed with the findings: “…”", "the palace issued a statement from the king: “…”": a
    clause ending in a colon right before the quote, spoken by its subject when that is a person's
    or organisation's name (not a place's) or a pronoun, or by the source of the statement it
    mentions ("a statement from X")."""
    colon = open_tok - 1
    if colon < 1 or doc[colon].text != ":":
        return None
    verb = doc[colon - 1]
    while verb.head.i < colon and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.sent.start != doc[colon].sent.start:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
            source = [c for c in prep.children if c.dep_ == "pobj"]
            if source:
                return verb, source[0]
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    named = subj.ent_type_ in ("PERSON", "ORG", "NORP") or (subj.pos_ == "PROPN" and not subj.ent_type_)
    if named or subj.lower_ in PRONOUNS:
        return verb, subj
    return None


def _attribution(doc: Doc, text: str, m: Marked, open_tok: int, close_tok: int, quoted: set[int]) -> tuple[Token, Token] | None:
    """(reporting verb, speaker token) for the quote whose marks are tokens ``[open_tok, close_tok)``.

    A quote that ends its own sentence ("….” Smith told") cannot take its attribution from a
    following capitalised sentence ("….” Pelosi said on Friday “…”" belongs to the next quote)."""
    inner = text[m.start : m.end].rstrip()
    nxt = doc[close_tok] if close_tok < len(doc) else None
    ends_sentence = inner.rstrip("])")[-1:] in (".", "!", "?") and nxt is not None and nxt.text[:1].isupper()
    found = None if ends_sentence else _after(doc, close_tok, quoted)
    return found or _before(doc, open_tok, close_tok, quoted) or _colon(doc, open_tok)


def _actor_at(index: ActorIndex, start: int, end: int) -> Actor | None:
    aid = index.overlapping("text", start, end)
    return index.by_id[aid] if aid else None


def _antecedents(doc: Doc, pronoun: Token, quoted: set[int], window: int = 1500) -> tuple[Span | None, Span | None]:
    """(the last entity before a pronoun that was the subject of its clause, the last such entity
    at all): a person for he/she/I, an organisation or country for it."""
    labels = {"PERSON"} if pronoun.lower_ in PERSONAL else {"ORG", "GPE", "NORP"}
    lo = pronoun.idx - window
    ents, starts = entities(doc)
    near = ents[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, pronoun.idx)]
    found = [e for e in near if e.label_ in labels and e.end <= pronoun.i and e.start not in quoted]
    subjects = [e for e in found if e.root.dep_ in SUBJECTS or (e.root.dep_ == "appos" and e.root.head.dep_ in SUBJECTS)]
    return (subjects[-1] if subjects else None), (found[-1] if found else None)


def _resolve(index: ActorIndex, doc: Doc, pronoun: Token, covering: Actor | None,
             quoted: set[int]) -> tuple[Actor | None, str | None]:
    """Who "he said" is: the last person named as a subject before it (the one news prose keeps
    talking about), over the nearest person the actors stage linked the pronoun to, over the last
    person named at all."""
    subject, last = _antecedents(doc, pronoun, quoted)
    ante = subject or (None if covering is not None else last)
    found = _actor_at(index, ante.start_char, ante.end_char) if ante is not None else None
    actor = found or covering
    if actor is not None:
        return actor, actor.name
    return None, ante.text if ante is not None else None


def _named(name: Span, actor: Actor | None) -> bool:
    """A speaker worth a short quote: a person or organisation, or a pronoun standing for one.
    Collectives and places ("European media", "Western leaders") describe, they are not quoted."""
    if actor is not None:
        return actor.kind in ("person", "organization")
    return name.root.lower_ in PRONOUNS or name.root.ent_type_ in ("PERSON", "ORG")


def _reported(verb: Token, span: Span) -> bool:
    """A short quote inside what a source is reported to have said is its words, whoever the
    source: "according to agreed facts, “sexual in nature”", "its source said “three men” died"
    (but "spoke of a “thaw”" only names a phrase, and "anti-Brexit (“British exit”)" glosses one)."""
    doc = span.doc
    if span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
        return False
    if verb.lower_ == "according":
        return True
    if verbs().get(verb.lemma_.lower()) != "speech":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(c.is_ancestor(t) or c == t for c in clauses for t in span)


def _continues(text: str, previous: Quote | None, m: Marked) -> bool:
    """Whether an unattributed quote goes on with the previous one: it starts a sentence or
    paragraph, and only the previous quote's attribution lies between them ("“…,” he said. “…”")."""
    if previous is None or not previous.speaker_text:
        return False
    between = text[previous.end : m.open]
    lines = between.split("\n")
    if any(line.strip() for line in lines[1:-1]):
        return False
    if len(lines) > 1:
        starts = not lines[-1].strip()
    else:
        starts = re.search(r"[.!?]\W*\s*$", between) is not None
    return starts and len(between.split()) <= CONTINUE_WORDS


def _indirect(doc: Doc, open_tok: int, quoted: set[int]) -> tuple[Token, Token] | None:
    """"Smith revealed that talks had begun. “We are talking to NBC.”": a quote with no attribution
    of its own that opens a sentence right after one, in the same paragraph, reporting what a named
    person (or he/she) said is theirs."""
    if open_tok < 2 or doc[open_tok - 1].text not in (".", "!", "?") or "\n" in doc[open_tok - 1].whitespace_:
        return None
    sent = doc[open_tok - 1].sent
    for tok in sent:
        if tok.i in quoted or not _is_report(tok) or verbs()[tok.lemma_.lower()] != "speech":
            continue
        subj = _subject(tok)
        if subj is None or subj.i > tok.i or subj.i in quoted:
            continue
        if subj.ent_type_ == "PERSON" or subj.lower_ in PERSONAL:
            return tok, subj
    return None


class _Outside:
    """The quoted tokens except those of one quote, without copying the set for each quote
    (a copy per quote grows with the square of a long text's quotes)."""

    def __init__(self, quoted: set[int], start: int, end: int):
        self.quoted, self.start, self.end = quoted, start, end

    def __contains__(self, i: int) -> bool:
        return i in self.quoted and not self.start <= i < self.end


def annotate(parsed: Parsed) -> None:
    """Add ``article.quotes``: quoted text, offsets, speaker actor, speaker words and reporting verb."""
    art, doc = parsed.article, parsed.body
    text = art.text
    marked = []
    for m in find_marked(text):
        span = doc.char_span(m.open, m.close, alignment_mode="expand")
        if span is not None and len(span):
            marked.append((m, span))
    quoted = {i for _, span in marked for i in range(span.start, span.end)}
    index = ActorIndex(art.actors)
    previous: Quote | None = None
    for m, span in marked:
        start, end = _trim(text, m.start, m.end)
        if end <= start:
            continue
        body = text[start:end]
        short = len(body.split()) < SHORT_WORDS and not any(p in body for p in ".!?")
        found = _attribution(doc, text, m, span.start, span.end, _Outside(quoted, span.start, span.end))
        if found is None and not short and not _continues(text, previous, m):
            found = _indirect(doc, span.start, quoted)
        quote: Quote | None = None
        if found is not None:
            verb, subj = found
            name = _name_span(subj, verb)
            actor = _actor_at(index, name.start_char, name.end_char)
            if short and not (_named(name, actor) or _reported(verb, span)):
                continue
            quote = Quote(body, start, end, verb=verb.lemma_.lower(), speaker_text=name.text,
                          speaker_start=name.start_char, speaker_end=name.end_char)
            if subj.lower_ in PRONOUNS:
                actor, quote.speaker_name = _resolve(index, doc, subj, actor, quoted)
                quote.speaker = actor.id if actor is not None else None
            elif actor is not None:
                quote.speaker, quote.speaker_name = actor.id, actor.name
            else:
                quote.speaker_name = name.text
        elif not short and _continues(text, previous, m):
            assert previous is not None
            quote = Quote(body, start, end, speaker=previous.speaker, speaker_text=previous.speaker_text,
                          verb=previous.verb, speaker_name=previous.speaker_name,
                          speaker_start=previous.speaker_start, speaker_end=previous.speaker_end)
        if quote is not None:
            art.quotes.append(quote)
            previous = quote
    art.quotes += _turns(text, art.actors)


# a paragraph opening with its speaker's name: "((Dorsa Derakhshani))  I'm a ..." (Wikinews
# interviews), "ANNA SMITH: We ..." / "Anna Smith: We ..." (transcripts)
TURN_RE = re.compile(r"(?m)^[ \t]*(?:\(\((?P<wiki>[^()\n]{2,60})\)\)|(?P<label>[A-Z][\w.'’\- ]{1,50}?):)[ \t]+(?=\S)")


def _turns(text: str, actors: list[Actor]) -> list[Quote]:
    """Interview turns: a paragraph that opens with a person's name as its speaker label is that
    person's speech to its end (to the next label, in a transcript whose labels are bracketed, "((Name))"),
    so what is said in it in the first person is theirs. A label that names no person of the article (an
    interviewer, "Note:") makes no quote."""
    people: dict[str, Actor] = {}
    for a in actors:
        if a.kind == "person":
            for name in (a.name, *a.aliases):
                people.setdefault(" ".join(name.lower().split()), a)
    if not people:
        return []
    out = []
    labels = list(TURN_RE.finditer(text))
    for n, m in enumerate(labels):
        label = m.group("wiki") or m.group("label")
        actor = people.get(" ".join(label.lower().split()))
        if actor is None:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group("wiki"):
            # a bracketed label marks every turn of the transcript: an answer of several paragraphs runs to the next one
            end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        start, end = _trim(text, m.end(), end)
        if end > start:
            name = m.start("wiki") if m.group("wiki") else m.start("label")
            out.append(Quote(text[start:end], start, end, speaker=actor.id, speaker_text=label, verb="say",
                             speaker_name=actor.name, speaker_start=name, speaker_end=name + len(label)))
    return out


def first_person(parsed: Parsed) -> None:
    """The "speakers" stage, after quotes: an event said in the first person inside a quote
    ("“We will not sign an agreement,” he said") has the quote's speaker as its source, and one
    done to the speaker ("“They want me to run,” she said") as its target; the people around the
    speaker ("“I urge my colleagues to ...”") become an actor coded as the speaker is."""
    for event in parsed.article.events:
        if event.source and event.target or event.sentence < 0:
            continue
        quote = next((q for q in parsed.article.quotes
                      if q.speaker and q.start <= event.trigger.start < q.end), None)
        span = parsed.body.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if quote is None or span is None:
            continue
        # "we want to talk", "we met and agreed", "I am glad to endorse him": the one subject finder;
        # a nominal act is the one's who does the verb it is the object of or who owns it ("we made
        # a plea", "our demand")
        root = span.root
        doers = verb_subject(root)
        if root.pos_ == "NOUN":
            # the subject of a light verb only ("we made a plea"): "I condemn this attack" is no attack of mine
            light = root.dep_ == "dobj" and "light" in cues().get(root.head.lemma_.lower(), ())
            doers = doers + [c for c in root.children if c.dep_ == "poss"] + (verb_subject(root.head) if light else [])
        if not event.source and any(t.lower_ in ("i", "we", "my", "our") for t in doers):
            event.source = quote.speaker
        elif not event.source and event.plover.type in SAID_ACTS and (_verbless(root, quote) or _addressed(root)):
            event.source = quote.speaker  # '"Congratulations to Bill de Blasio," she wrote': the speaker's
        if not event.target and event.source != quote.speaker and _first_person_object(span.root):
            event.target = quote.speaker
        # "I urge my colleagues to ...", "our supporters took to the streets": the people around the speaker
        if not event.target and (circle := _own_circle(verb_target(root))) is not None:
            event.target = _circle_of(parsed.article, quote.speaker, circle)
        if not event.source and (circle := _own_circle(verb_subject(root))) is not None:
            event.source = _circle_of(parsed.article, quote.speaker, circle)


def _own_circle(toks: list[Token]) -> Token | None:
    """A noun for the people around someone that "my" or "our" owns ("my colleagues", "our allies":
    actors/pronouns.tsv circle), which the actors stage, not knowing who speaks, leaves unnamed."""
    return next((t for t in toks if actor_lexicon.pronoun_classes().get(t.lower_) == "circle"
                 and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children)), None)


def _circle_of(art: Article, speaker: str, noun: Token) -> str | None:
    """The actor for the speaker's circle, coded as the speaker is (as "her colleagues" are, actors._circles)."""
    owner = next((a for a in art.actors if a.id == speaker), None)
    if owner is None:
        return None
    at = [noun.idx, noun.idx + len(noun.text)]
    found = next((a for a in art.actors if at in a.mentions), None)
    if found is not None:
        return found.id
    circle = Actor(f"a{len(art.actors) + 1}", f"{noun.text.lower()} ({owner.name})", code=owner.code, country=owner.country,
                   sectors=list(owner.sectors), kind="group", mentions=[at], affiliation=owner.id)
    art.actors.append(circle)
    return circle.id


# acts done by saying them, which a verbless quote does ("Congratulations to X", "Shame on X"); a bare "A massacre"
# names an act of someone else's
SAID_ACTS = {"SUPPORT", "ACCUSE", "REQUEST", "CONCEDE", "REJECT", "THREATEN"}


def _verbless(root: Token, quote) -> bool:
    """A quote that is a bare noun phrase of an act, "Congratulations to X", "Shame on X": its noun hangs on
    the reporting verb outside the quote (or on nothing), and nothing inside names who does it."""
    inside = quote.start <= root.head.idx < quote.end
    return root.pos_ == "NOUN" and (root.dep_ == "ROOT" or not inside) and not any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON") for c in root.children)


def _addressed(verb: Token) -> bool:
    """A verb said to the one addressed with no subject of its own ('"Thank you, President Obama," he said'):
    the speaker does it."""
    return verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children)


def _first_person_object(verb: Token) -> bool:
    """Is "me" or "us" what the verb acts on, or the subject of the clause it governs ("want me to run"), or "I" or
    "we" the subject of a passive ("I was stopped by an officer")?"""
    objs = verb_target(verb) + [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(t.tag_ == "PRP" and t.text != "US" and (
        t.lower_ in ("me", "us") or t.lower_ in ("i", "we") and t.dep_ == "nsubjpass" and t.head == verb) for t in objs)
