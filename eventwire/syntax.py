"""Shared parse helpers: who is the subject or object of a word, and which actor a word names.

Every stage that asks "who did this?" (events, quotes, counts) asks here, so one rule for
subjects, passive agents, control verbs, relative pronouns and coordination holds for all of
them. Knowledge about particular words stays in resource files (the one word class read here,
nouns that stand for the group in their "of"/"from" phrase, comes from resources/actors/
pronouns.tsv through the actor lexicon); this module otherwise reads only the dependency parse.
"""

from __future__ import annotations

from typing import Collection, Iterable

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from functools import lru_cache

from . import actor_lexicon, knowledge
from .model import Actor
from .spans import SpanIndex

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
# words that open a clause as well as a phrase ("after the attack", "after the mayor was stabbed")
SUBORDINATORS = {"after", "before", "since", "until", "till"}
PERSONAL_RELATIVE = {"who", "whom"}
TARGET_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "into", "at", "of", "from", "over")
ACTOR_MODS = ("compound", "amod", "poss", "nmod")
AROUND = {"at", "in", "outside", "inside", "near", "before", "into", "through", "across", "around", "on", "to", "toward",
          "towards", "past", "along"}  # where a crowd gathers or marches: its participles after the place are its own
PARTITIVES = {"some", "many", "several", "most", "few", "all", "both"}  # a share of those named before ("others" are not)
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}  # entity types no actor has


@lru_cache(maxsize=None)
def quantity_words(kind: str) -> frozenset[str]:
    """Words of one class of resources/quantities.tsv: counter, quantifier, many, whole."""
    return frozenset(r[0] for r in knowledge.rows("quantities.tsv") if len(r) >= 2 and r[1] == kind)


def quantity(tok: Token) -> bool:
    """A word that counts what its "of" phrase names: "dozens of", "both of them", "two of the men"."""
    return tok.lemma_.lower() in quantity_words("counter") or tok.pos_ in ("PRON", "DET", "ADJ", "NUM") and (
        tok.lower_ in quantity_words("quantifier") or tok.like_num)


def resolve_relative(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies; so does the subject "whose members" /
    "whose fighters" of such a clause ("Hamas, whose fighters attacked the base": Hamas; cues.tsv member)."""
    if (tok.lower_ in RELATIVE and tok.head.lower_ == "of" and quantity(tok.head.head)
            and tok.head.head.head.dep_ == "relcl"):
        return tok.head.head.head.head  # "a crowd of 30 people, four of whom were injured": of the crowd
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        noun = tok.head.head
        # "the driver of the vehicle, who was arrested": "who" is a person, the clause hangs on the thing
        if (tok.lower_ in PERSONAL_RELATIVE and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.pos_ in ("NOUN", "PROPN") and not actor_lexicon.names_people(noun)
                and actor_lexicon.names_people(noun.head.head)):
            return noun.head.head
        one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ == "be":
            # "The UK is one of several countries that have pledged": the UK did (a name: "it is one of the
            # diseases which ..." stays the diseases)
            return next((c for c in one.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), noun)
        if tok.dep_ in SUBJ and (sender := _missive_sender(noun)) is not None and sender.lemma_.lower() in _cue_words("light") \
                and (who := verb_subject(sender)):
            return who[0]  # "passed a bill that would ban TikTok", "sent a letter that urged": who passed or sent it
        return noun
    if (tok.dep_ in SUBJ and tok.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children)
            and tok.lemma_.lower() in _cue_words("member")):
        return tok.head.head
    return tok


def is_act(tok: Token) -> bool:
    """A noun for an act or decision ("deal", "strike", "decision"): it stands for no actor."""
    from .events import nominal_roots  # the event lexicon's noun triggers (events imports this module)

    lemma = tok.lemma_.lower()
    return lemma in nominal_roots() or actor_lexicon.is_act_noun(lemma)


def led_by(tok: Token) -> Token | None:
    """The word before "-led" / "-backed" in "the Saudi-led coalition", "a Russian-backed offensive"
    (parsed as that word modifying the participle that modifies the noun), given the participle."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.lemma_.lower() not in actor_lexicon.led_participles():
        return None
    return next((c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i), None)


def held_by(tok: Token) -> Token | None:
    """The word before "-held" / "-occupied" in "rebel-held towns", "Russian-occupied Donetsk" (that word
    modifying the participle that modifies the place), given the participle."""
    held = actor_lexicon.held_participles()
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "JJ") or not (tok.lemma_.lower() in held or tok.lower_ in held):
        return None  # (the parser may leave "flagged" an adjective)
    return next((c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < tok.i
                 and tok.doc[tok.i - 1].text in ("-", "\u2010", "\u2011")), None)  # a hyphen, plain or Unicode


SINGLE_OPENERS = "'\u2018"
SINGLE_CLOSERS = "'\u2019"


@lru_cache(maxsize=4096)
def single_quotes(para: str) -> tuple[tuple[int, int], ...]:
    """Quotations in single marks within one paragraph, as British papers print them ('We discussed a lot,'
    he said): (offset of the opening mark, offset just after the closing one). An opening mark starts a
    word (not an elision before a number: '90s); a closing mark ends one and is no apostrophe: not inside a
    word (it's, Trump's), nor the plural possessive "protesters' demands" unless punctuation comes before it."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(para)
    while i < n:
        if (para[i] in SINGLE_OPENERS and (i == 0 or para[i - 1] in " \t([\u2014\u2013-\"\u201c") and i + 1 < n
                and para[i + 1].isalpha() and (j := _single_close(para, i + 2)) is not None):
            out.append((i, j + 1))
            i = j + 1
            continue
        i += 1
    return tuple(out)


def _single_close(para: str, k: int) -> int | None:
    for j in range(k, len(para)):
        if para[j] not in SINGLE_CLOSERS:
            continue
        before, after = para[j - 1], para[j + 1] if j + 1 < len(para) else ""
        if after.isalnum() or before.isspace():
            continue  # an apostrophe (it's, rock 'n' roll) or another opening mark
        if before in ".,!?" or after == "" or after in ".,;:!?)\u2014\u2013-" or before.lower() != "s":
            return j
    return None


def _single_span(text: str, i: int) -> tuple[int, int] | None:
    """The single-quoted stretch (marks included) holding offset ``i``, if any."""
    para_start = text.rfind("\n", 0, i) + 1
    para_end = text.find("\n", i)
    para_end = len(text) if para_end < 0 else para_end
    return next(((para_start + a, para_start + b) for a, b in single_quotes(text[para_start:para_end])
                 if para_start + a < i < para_start + b), None)


def open_quote(text: str, start: int, i: int) -> int | None:
    """The offset of the quotation mark opened in ``text[start:i]`` and not closed before ``i``, if
    any (straight or curly marks, double or single): whether a word at ``i`` is quoted within that stretch."""
    before = text[start:i]
    if before.count("\u201c") > before.count("\u201d"):
        return start + before.rindex("\u201c")
    if before.count('"') % 2 == 1:
        return start + before.rindex('"')
    single = _single_span(text, i)
    return single[0] if single is not None and single[0] >= start else None


def close_quote(text: str, i: int, end: int) -> int:
    """The offset just after the first quotation mark closing at or after ``i`` (``end`` if none)."""
    found = [j for j in (text.find("\u201d", i, end), text.find('"', i, end)) if j >= 0]
    single = _single_span(text, i)
    if single is not None and single[1] <= end:
        found.append(single[1] - 1)
    return min(found) + 1 if found else end


def quotes_before(text: str, i: int) -> list[tuple[int, int]]:
    """Spans of the quotation closing right before ``i`` ('"It was an honour," he added') and of the
    quotations run straight on before it ('"We talked." "It was an honour," he added'): one speaker's words."""
    spans: list[tuple[int, int]] = []
    while (k := len(text[:i].rstrip(" ,\n"))) and text[k - 1] in ('"', "\u201d", *SINGLE_CLOSERS):
        if text[k - 1] in SINGLE_CLOSERS:
            single = _single_span(text, k - 1)
            opener = single[0] if single is not None and single[1] == k else -1
        else:
            opener = text.rfind("\u201c" if text[k - 1] == "\u201d" else '"', 0, k - 1)
        if opener < 0:
            break
        spans.append((opener, k))
        i = opener
    return spans


def with_conj(tok: Token) -> list[Token]:
    """A head and the heads coordinated with it. The parser reads the second item of a list of three
    or more as an apposition to the first ("Rivera, Ramirez, Mayhugh and Vasquez were sentenced",
    "his mother, father and sister"): such an apposition heading the rest of the list is a conjunct."""
    out = [tok, *tok.conjuncts]
    for app in tok.children:
        if app.dep_ == "appos" and _listed(tok, app):
            out += _chain(app)
        elif app.dep_ == "appos" and tok.tag_ == "NNS" and _names_list(app):
            out = [t for t in out if t is not tok] + _chain(app)  # "nine countries — Australia, Brazil and the US —"
    out += [m for m in _name_words(tok) if _fused(tok, m)]
    return [m for m in _name_words(tok) if _split_modifier(tok, m)] + out  # (in the order told: "the Taliban and US officials")


def _name_words(head: Token) -> list[Token]:
    """The words hung left of a name head through compounds ("Vice President-elect Mike Pence")."""
    found, todo = [], [c for c in head.lefts]
    while todo:
        t = todo.pop()
        found.append(t)
        if t.dep_ == "compound":
            todo.extend(t.lefts)
    return found


def _fused(head: Token, mod: Token) -> bool:
    """Is ``mod`` a name the parser hung on the next name as its modifier, though "and" joins them ("met with
    Trump and Mike Pence": "Trump" an nmod of "Pence")? A name before the head with its own "and"/"or" child
    after it, the words between being the head's own name."""
    return (mod.dep_ in ("nmod", "compound") and mod.pos_ == "PROPN" and head.pos_ == "PROPN" and mod.i < head.i
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i == mod.i + 1 for c in mod.children)
            and all(t.pos_ in ("PROPN", "PUNCT", "CCONJ") or t.dep_ == "compound" for t in head.doc[mod.i + 1:head.i]))


def _split_modifier(head: Token, mod: Token) -> bool:
    """Is ``mod`` the first of two parties the parser read as modifiers of the second's head ("between the Taliban
    and US officials", "critical of the county and school district": "Taliban and US", "county and school" on the
    last noun; "a call between Trump and then-newly elected President Zelensky")? A noun before the head with its
    own "and" right after it, and its conjunct before the head with only the head's compounds between."""
    return (mod.dep_ in ("nmod", "compound") and mod.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN")
            and mod.i < head.i and not _fused(head, mod)
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i == mod.i + 1 for c in mod.children)
            and any(c.dep_ == "conj" and c.i < head.i and all(t.dep_ == "compound" and t.head.i == head.i
                                                              for t in head.doc[c.i + 1:head.i]) for c in mod.children))


def _listed(head: Token, app: Token) -> bool:
    """Is ``app`` (an apposition of ``head``) the next item of a list, not a description of it? It
    heads an "and"/"or" coordination of words of its kind, and nothing marks it as a description:
    an indefinite article ("Smith, a lawyer and activist") or a change of kind ("Obama, president and
    ..."; a person named then a place)."""
    items = _chain(app)
    if len(items) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in items for c in t.children):
        return False
    if not any(t.lower_ == "," for t in head.doc[head.i + 1:app.i]):
        return False
    # (an indefinite article on every item, the first too, is a list: "murdered a judge, a court reporter, a deputy
    # and an agent", which the parser reads as appositions of appositions)
    parallel = _indefinite(head)
    return all(t.pos_ == head.pos_ in ("NOUN", "PROPN") and t.ent_type_ == head.ent_type_ and t.tag_[:2] == head.tag_[:2]
               and (parallel or not _indefinite(t)) for t in items)


def _names_list(app: Token) -> bool:
    """Does the apposition ``app`` of a plural noun list the ones it names, by name ("nine countries — Australia,
    Brazil, ... and the US —")? Two or more names joined by "and" or "or": they, not the plural, are the actors."""
    items = _chain(app)
    return len(items) > 1 and all(t.pos_ == "PROPN" for t in items) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "or") for t in items for c in t.children)


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _chain(app: Token) -> list[Token]:
    """An apposition, its conjuncts and the appositions hung on it in turn (the rest of a parsed list)."""
    out = [app, *app.conjuncts]
    for c in app.children:
        if c.dep_ == "appos":
            out += _chain(c)
    return out


def first_conjunct(tok: Token) -> Token:
    """The verb a conjoined verb is coordinated with. The parser sometimes hangs a bare infinitive on a
    finite verb further up ("admitted to having plotted to execute X and then attack Y": "attack" on
    "admitted"); a bare infinitive joins the nearest to-infinitive before it instead."""
    head = tok.head
    if (tok.dep_ == "conj" and tok.tag_ == "VB" and head.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children)):
        for t in reversed(tok.doc[head.i + 1:tok.i]):
            if t.tag_ == "VB" and to_infinitive(t):
                return t
    return head


def expand(tok: Token | None) -> list[Token]:
    """A noun phrase head and the heads coordinated with it, relative pronouns resolved."""
    return [] if tok is None else [resolve_relative(t) for t in with_conj(dated_subject(tok) or tok)]


def dated_subject(tok: Token) -> Token | None:
    """The subject the parser hung as an apposition on a fronted date it took for the subject ("In mid-August,
    Kushner helped broker", "October 20: ARRESTS – A male juvenile, 16, was arrested"): the first noun after a
    comma, colon or dash down the date's appositions that is neither a date nor a heading in capitals."""
    if tok.dep_ not in SUBJ | PASS_SUBJ or tok.ent_type_ != "DATE" or any(c.lower_ == "of" for c in tok.children):
        return None  # (not "a quarter of the government, 800,000 employees")
    date = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])
    app = next((c for t in date for c in t.children if c.dep_ == "appos"), None)  # ("mid-August": three subjects)
    while app is not None and app.pos_ in ("NOUN", "PROPN") and app.left_edge.i > tok.i \
            and tok.doc[app.left_edge.i - 1].text in (",", ":", "-", "–", "—"):
        if app.ent_type_ != "DATE" and not app.text.isupper():
            return app
        app = next((c for c in app.children if c.dep_ == "appos"), None)
    return None


def to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def clause_subject(tok: Token) -> Token | None:
    """The subject of a "to" clause (or "for ... to" clause) that has its own: "wants foreign
    forces to leave", "called for NATO members to increase spending"."""
    if tok.dep_ not in ("ccomp", "advcl") or not to_infinitive(tok):
        return None
    return next((c for c in tok.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ), None)


def patient_subject(tok: Token) -> bool:
    """A headline passive without its auxiliary ("Six indicted by grand jury", "Curfew lifted"):
    the subject undergoes the act. Headlines tell past events in the present tense, so a
    headline verb the tagger reads as past tense without an object is such a participle."""
    kids = list(tok.children)
    if (lemma := tok.lemma_.lower()) in _cue_words("intransitive") or lemma in _cue_words("parties"):
        return _set_off_participle(tok)  # "Protesters marched in Paris", "Leaders met": they did it
    if tok.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "nsubj" for c in kids) \
            or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return _set_off_participle(tok)
    if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _cue_words("small_clause"):
        return True  # "police found him stabbed", "wanted the journalist arrested": the noun undergoes it
    # in running text a subject + "VBN" with no auxiliary and no "by" is the tagger misreading a
    # past tense ("Thousands of people protested against ...")
    if done_with(tok) or any(c.dep_ == "agent" for c in kids) and (
            tok.tag_ == "VBN" or not any(c.dep_ == "dobj" for c in kids)):
        return True  # ("Police car smashed up by protesters": the tagger's past tense with a passive's "by")
    if tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in kids):
        return _set_off_participle(tok)
    if tok.lemma_.lower() in _cue_words("counted_patient") and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in kids) \
            and any(c.dep_ == "nsubj" and _counted_noun(c) for c in kids):
        return True  # "more than 200 people arrested", "with 30 killed": a count of those it was done to
    return bool(tok.doc.user_data.get("headline") or headline_line(tok.sent)) or _set_off_participle(tok)


def _counted_noun(tok: Token) -> bool:
    """A number of people: "more than 200 people", "30", "dozens", "hundreds of protesters"."""
    return tok.tag_ == "CD" or tok.lower_ in ("dozens", "hundreds", "thousands", "scores") or any(
        c.dep_ == "nummod" for c in tok.children)


def _missive_sender(noun: Token) -> Token | None:
    """The verb of sending or issuing a letter, statement or petition (cues.tsv missive) whose object is
    ``noun`` or goes "to" ``noun``: "sent a letter [asking]", "sent a letter to the departments [urging]"
    (not a verb of receiving, nor of stopping it: "vetoed a resolution condemning")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        gov = noun.head.head
        if gov.pos_ == "NOUN":
            noun = gov  # "a letter to the departments"
        elif gov.pos_ == "VERB":
            noun = next((c for c in gov.children if c.dep_ == "dobj"), noun)  # "sent a letter to the departments"
    verb = noun.head
    if (noun.dep_ == "dobj" and noun.lemma_.lower() in _cue_words("missive") and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in _cue_words("receive") | _cue_words("thwart")):
        return verb
    return None


def done_with(tok: Token) -> bool:
    """A verb whose active needs an object, with no object but a "with" phrase of what was done to its
    subject (cues.tsv done_with): "Mason charged with sex assault", "a man charged with murder"."""
    return (tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _cue_words("done_with")
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
            and not any(c.dep_ in ("dobj", "dative", "aux", "auxpass") for c in tok.children))


def headline_line(sent: Span) -> bool:
    """A short line of its own with no closing punctuation inside a body: a headline or a subheading
    kept by cleaning ("Mason charged with sex assault"), written in headline grammar."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > 14 or not words[0].is_title \
            or words[-1].text in (".", "!", "?", ":", ";", ",", '"', "'", "\u201d", "\u2019", ")"):
        return False
    doc, first, last = sent.doc, words[0].i, words[-1].i
    # (from the tokens around it, not the doc's text, which spaCy builds anew on every call)
    return ((first == 0 or "\n" in doc[first - 1].text_with_ws)
            and (last + 1 == len(doc) or "\n" in doc[last].whitespace_ + doc[last + 1].text))


def _set_off_participle(tok: Token) -> bool:
    """A participle set off by commas after its noun that the parser read as the sentence's verb, the real
    verb conjoined to it ("Vincent Jackson, arrested Jan. 6 in Clairemont, was released": Jackson was
    arrested, not the arrester): a past form with no object and no auxiliary, its subject ending right
    before the comma, and a conjoined verb after a comma with an auxiliary or in the present tense but no
    subject of its own."""
    if tok.tag_ not in ("VBD", "VBN") or tok.i < 2:
        return False
    if tok.doc[tok.i - 1].text != ",":
        return _run_on_participle(tok)
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.right_edge.i not in (tok.i - 2, tok.i - 1) or any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in kids):
        return False
    # (or a present tense after it: "Vincent Jackson, arrested Jan. 6, faces charges")
    return any(c.dep_ == "conj" and c.i > tok.i and tok.doc[c.left_edge.i - 1].text == ","
               and (any(a.dep_ in ("aux", "auxpass") for a in c.children) or c.tag_ in ("VBZ", "VBP"))
               and not any(s.dep_ in SUBJ | PASS_SUBJ for s in c.children) for c in kids)


def _run_on_participle(tok: Token) -> bool:
    """A participle right after its noun with no comma that the parser read as the clause's verb, the real verb
    conjoined to it with no "and" ("Three people shot when a gunman opened fire were taken to hospital": they were
    shot): a verb of acting on someone (cues.tsv counted_patient, done_to) with no object, no auxiliary and no
    conjunction, its subject right before it, and a conjoined verb (or one hung as a clause with no conjunction of its
    own) with an auxiliary and no subject of its own."""
    lemma = tok.lemma_.lower()
    if not (lemma in _cue_words("counted_patient") or lemma in _cue_words("done_to")):
        return False
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.right_edge.i != tok.i - 1 or any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "cc") for c in kids):
        return False
    # (the parser may hang the real verb as an adverbial clause with no conjunction of its own: "were improving")
    return any(c.dep_ in ("conj", "advcl") and c.i > tok.i and any(a.dep_ in ("aux", "auxpass") and a.tag_ != "TO" for a in c.children)
               and not any(s.dep_ in SUBJ | PASS_SUBJ or s.dep_ == "mark" or s.dep_ == "advmod" and s.tag_ == "WRB"
                           for s in c.children) for c in kids)


def participle_clause(tok: Token) -> bool:
    """A passive participle clause with no subject or auxiliary of its own ("If convicted, X
    could face life", "Once arrested, the men were taken to Kabul"): the governing clause's
    subject undergoes the act, it does not do it."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJ | PASS_SUBJ or c.dep_ in ("aux", "auxpass") for c in tok.children))


def _wordset(name: str) -> tuple[str, ...]:
    """A family of words of resources/events/wordsets.tsv (the events module reads the file; imported here
    when first needed, the events module importing this one)."""
    from .events import wordsets
    return wordsets()[name]


@lru_cache(maxsize=None)
def _cue_words(kind: str) -> frozenset[str]:
    """Words of one class of resources/events/cues.tsv that argument passing reads: "payer" (verbs of
    paying whose purpose clause the one paid carries out), "attitude" (nouns of a stance towards doing
    something, whose holder does it)."""
    return frozenset(r[0].strip() for r in knowledge.rows("events/cues.tsv") if len(r) >= 2 and r[1].strip() == kind)


def subject_lemmas(subj: Token) -> set[str]:
    """The words a lexicon row reads of a subject: its lemma, and for a name the title words before it
    ("Prosecutor David Rossi said" reads as a prosecutor saying it)."""
    out = {subj.lemma_.lower()}
    if subj.pos_ == "PROPN":
        out.update(g.lemma_.lower() for g in subj.children if g.dep_ == "compound" and g.i < subj.i)
    return out


def comma_participle(tok: Token) -> Token | None:
    """The noun a participle set off by a comma describes when the parser conjoined the participle to the
    clause's verb with no "and" ("a case involving Vincent Jackson, arrested Jan. 6 in Clairemont"): a verb
    whose active needs an object (cues.tsv counted_patient) with no subject, object or auxiliary of its own,
    right after a comma that follows a noun or name."""
    if (tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or tok.i < 2 or tok.doc[tok.i - 1].text != ","
            or tok.lemma_.lower() not in _cue_words("counted_patient")
            or any(c.dep_ in SUBJ | PASS_SUBJ | {"dobj", "dative", "aux", "auxpass"} for c in tok.children)
            or any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)):
        return None
    noun = tok.doc[tok.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in ("compound", "amod", "poss") else None


def mistagged_participle(tok: Token) -> bool:
    """A reduced relative the tagger read as a past tense ("Comeaux, a convicted rapist recaptured last
    month, ..."): right after a common noun that is not the sentence's root, with no object or subject of
    its own, the verb can only describe what was done to the noun."""
    return (tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ == "NOUN" and tok.head.dep_ != "ROOT"
            and tok.doc[tok.i - 1] == tok.head
            and not any(c.dep_ in ("dobj", "dative", "nsubj", "aux", "auxpass", "ccomp", "xcomp") for c in tok.children))


def participle_rooted(tok: Token) -> Token | None:
    """The subject of a past-tense verb the parser hung on a noun because it read the participle
    before it as the sentence's verb ("Greek Prime Minister X speaking to the Atlantic Council think
    tank called the agreement void": "speaking" the root, "called" a modifier of "tank"): the root
    participle's subject (or the name the parser made the root), when the root participle has no
    auxiliary and the verb lies inside its phrase."""
    if tok.dep_ != "acl" or tok.tag_ != "VBD":
        return None
    root = next((a for a in tok.ancestors if a.head == a), tok)
    if root.i > tok.i or root == tok:
        return None
    if root.pos_ in ("NOUN", "PROPN"):  # or the name the root, "speaking" its modifier
        return root if any(a.dep_ == "acl" and a.tag_ == "VBG" and a.head == root for a in tok.ancestors) else None
    if root.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ in SUBJ and c.i < root.i), None)


def misread_finite(tok: Token) -> bool:
    """The parser's noun-rooted reading of a sentence whose past-tense verb it took for a participle
    ("Ukraine's minister called on ...", "Trump conferred with McConnell on Thursday"): the noun is
    the verb's subject, not its patient. A participle counts only for a verb done with someone
    ("conferred with", "met with": no passive reading) right after its noun, outside headline grammar
    ("Six killed in blast" stays passive); so does a verb with no passive reading right after its noun
    or its noun's whole phrase ("A student group protested", "Members of the House of Commons protested")."""
    if tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
        return False
    lemma = tok.lemma_.lower()
    if tok.head.dep_ != "ROOT":  # "Following his meeting with Ryan, Trump conferred with ...": a named doer of a talk
        return (tok.tag_ in ("VBD", "VBN") and tok.head.ent_type_ in ("PERSON", "ORG", "GPE") and tok.doc[tok.i - 1] == tok.head
                and lemma in _cue_words("parties") and not agent(tok)
                and not tok.doc.user_data.get("headline")) or _intransitive_after_phrase(tok) and any(
            c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
            for c in tok.children)  # "protested by shouting": how they did it, a means no passive has
    if done_with(tok):
        return False  # "Mason charged with sex assault.": a passive in headline grammar
    if tok.tag_ == "VBD":
        return True
    if (tok.tag_ == "VBN" and tok.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and tok.doc[tok.i - 1] == tok.head
            and any(c.dep_ in ("oprd", "dobj", "ccomp") for c in tok.children) and not agent(tok)
            and not tok.doc.user_data.get("headline")):
        return True  # "Trump called Harris nasty.": a name and a verb that takes an object (not "a man called John")
    if tok.tag_ != "VBN" or tok.doc.user_data.get("headline") or agent(tok) or any(
            c.dep_ in ("auxpass", "dobj", "dative") for c in tok.children):
        return False
    if tok.doc[tok.i - 1] == tok.head:  # "A Black Lives Matter group protested outside ..."
        return (lemma in _cue_words("parties") or lemma in _cue_words("intransitive")
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and not headline_line(tok.sent))
    return _intransitive_after_phrase(tok)


def _intransitive_after_phrase(tok: Token) -> bool:
    """A verb with no passive reading right after its noun's whole phrase ("Members of the House of Commons
    protested")."""
    return tok.lemma_.lower() in _cue_words("intransitive") and all(tok.head.is_ancestor(t) and not tok.is_ancestor(t)
                                                                    for t in tok.doc[tok.head.i + 1:tok.i])


def misread_modifier(tok: Token) -> Token | None:
    """The people a participle of collective action describes where the parser read it as a gerund
    taking them as its object: "interrupted by protesting legislators", "rioting prisoners" (a bare
    plural of people right after a verb with no passive reading, cues.tsv ``intransitive``; "by
    protesting the ruling" keeps its object)."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _cue_words("intransitive") or tok.i + 1 >= len(tok.doc):
        return None
    obj = tok.doc[tok.i + 1]
    if obj.dep_ != "dobj" or obj.head.i != tok.i or obj.tag_ != "NNS" or not actor_lexicon.is_sector_term(obj.lemma_):
        return None
    return obj


def misread_gerund(tok: Token) -> Token | None:
    """The one blamed for an act told by a gerund the parser read as an adjective of its object, right after
    the "of" or "for" of a verb of blame or punishment (cues.tsv culpable): "accused the RSF of looting
    hospitals" (not "looting" hospitals that loot)."""
    if tok.dep_ != "amod" or tok.tag_ != "VBG" or not tok.i:
        return None
    prep, noun = tok.doc[tok.i - 1], tok.head
    if prep.lower_ not in ("of", "for") or noun.dep_ != "pobj" or noun.head.i != prep.i:
        return None
    gov = prep.head
    verb = gov.head if gov.dep_ == "dobj" else gov
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _cue_words("culpable"):
        return None
    if gov is not verb:
        return gov  # the "of" hung on the one blamed
    blamed = [c for c in verb.children if c.dep_ in ("dobj", "dative")] or (verb_object(verb) if passive(verb) else [])
    return blamed[0] if blamed else None


def passive(tok: Token) -> bool:
    return patient_subject(tok) or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children) or _harm_complement(tok)


def _harm_complement(tok: Token) -> bool:
    """A passive of harm the parser read as a copula's complement ("Kathina Thomas was slain in front of her
    home": "slain" an acomp of "was"): its subject is who was harmed (cues.tsv harmed; "was disappointed" is
    a state its subject is in)."""
    return (tok.dep_ == "acomp" and tok.tag_ == "VBN" and tok.head.lemma_ == "be"
            and tok.lemma_.lower() in _cue_words("harmed"))


def agent(tok: Token) -> list[Token]:
    """The "by" phrase of a passive verb, also where the parser hangs it on the verb's instrument
    ("beaten with batons by riot police") or on what it is accused of ("accused of corruption by lawmakers")."""
    found = [o for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for o in expand(p)]
    if found or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return found
    # "was granted asylum by Germany": the parser's plain "by" preposition on a passive, with a name
    # (not "martyred by the airstrike": an act is no agent)
    found = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
             if p.dep_ == "pobj" and p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in expand(p)]
    if found:
        return found
    # "was ordered to remain in custody by a magistrate": the parser hangs the "by" on the infinitive, whose
    # verb takes no agent of its own
    found = [o for x in tok.children if x.dep_ == "xcomp" and x.lemma_.lower() in ("remain", "stay", "be", "stand")
             for c in x.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
             if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for o in expand(p)]
    if found:
        return found
    # ("accused of corruption by opposition lawmakers": on what it is accused of, unless that is an act the "by" does)
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "of", "for") for p in c.children
            if p.dep_ == "pobj" and (c.lower_ == "with" or not is_act(p))
            for b in p.children if b.dep_ == "prep" and b.lower_ == "by" for q in b.children if q.dep_ == "pobj"
            for o in expand(q)]


def _people_there(noun: Token) -> bool:
    """Does a noun where something is done name people (plural "students", one "officer"), not a building or body
    that a sector noun may also name ("the embassy", "parliament")?"""
    return actor_lexicon.names_people(noun) and (noun.tag_ == "NNS" or noun.lower_ in actor_lexicon.person_terms())


def _clause_opener_object(tok: Token) -> Token | None:
    """The subject of a finite clause that the parser read as the object of its opening word: "stood
    back as gangs of youths smashed windows" parsed as "stood back [as gangs of youths]" + "smashed"."""
    return next((p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("as", "while", "until", "before", "after")
                 and c.i < tok.i for p in c.children if p.dep_ == "pobj" and p.right_edge.i == tok.i - 1
                 and p.pos_ in ("NOUN", "PROPN", "PRON")), None)


def verb_subject(tok: Token, depth: int = 0) -> list[Token]:
    """Agent tokens of a verb: subject, passive agent, or inherited from the governing clause —
    control and raising ("Iran is set to restore", "was forced to resign", "urged X to leave"),
    coordination, participles, relative clauses, and a noun's infinitive ("the US decision to
    deploy troops": the decision's owner)."""
    kids = named_first(list(tok.children))
    if (described := misread_modifier(tok)) is not None:
        return expand(described)  # "by protesting legislators": they protest
    by = agent(tok)
    if not by and passive(tok):  # "the teenager was shot and killed by police": the agent of the conjoined passive
        by = next((found for c in kids if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > tok.i
                   and not any(k.dep_ in SUBJ | PASS_SUBJ for k in c.children) and (found := agent(c))), [])
    if by and (passive(tok) or not any(c.dep_ in SUBJ for c in kids)):
        return by  # (an active verb's "by" phrase belongs to its object: "blamed the shooting by police")
    if patient_subject(tok):
        return []
    subjects = [c for c in kids if c.dep_ in SUBJ]
    if len(subjects) > 1:  # "According to the mayor, Dee Margo, during the weekend, police were investigating": the
        # parser makes the according phrase's apposition a second subject; the one not set off by a comma is the verb's
        # (but "UN coordinator for South Sudan, Eugene Owusu described": a title and its name, only a comma apart)
        plain = [c for c in subjects if not any(t.text == "," for t in tok.doc[c.right_edge.i + 1:tok.i])]
        if plain and not any(c.right_edge.i + 2 == plain[0].left_edge.i for c in subjects):
            subjects = plain
    if subjects:
        return expand(subjects[0])
    for a in kids:  # "The US has been encouraging allies": the parser hangs the subject on an auxiliary
        if a.dep_ == "aux" and a.i < tok.i:
            for c in a.children:
                if c.dep_ in SUBJ:
                    return expand(c)
    if not passive(tok) and (own := misread_subordinate(tok) or swallowed_subject(tok)
                                     or bracketed_subject(tok)) is not None:
        return expand(own)  # "was arrested after the gunman had opened fire": the gunman did
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids) or depth > 4 or tok.head == tok or _harm_complement(tok):
        return []  # a passive inherits its patient, not its agent ("X is to be sentenced")
    head, dep = tok.head, tok.dep_
    if (own := participle_rooted(tok)) is not None:
        return expand(own)  # "X speaking to the Atlantic Council called the deal void": X called it
    if misread_finite(tok):  # the parser's noun-rooted reading of "Ukraine's minister called on ...": its subject
        return expand(head) if head.dep_ == "ROOT" else [head]  # (not the words it is wrongly conjoined to)
    if dep in ("relcl", "acl") and to_infinitive(tok) and head.dep_ == "attr" and head.head.pos_ in ("VERB", "AUX"):
        return verb_subject(head.head, depth + 1)  # "X was the first president to refuse": X
    if dep == "relcl" and tok.tag_ != "VBN":
        return [head]
    if (noun := about_to(tok)) is not None:
        return expand(noun)  # "a soldier about to attack the base": the soldier
    if (blamed := misread_gerund(tok)) is not None:
        return expand(blamed)  # "accused the RSF of looting hospitals": the RSF looted them
    if (dep == "amod" or dep == "compound" and tok.lemma_.lower() in _cue_words("intransitive")) \
            and tok.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # "protesting legislators", "striking workers", "rioting prisoners" (parsed as a compound): they do it
        # (not "shooting victims": a compound of a verb done to someone)
        return expand(head)
    if dep == "acl" and tok.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ == "on" \
            and head.lower_ in actor_lexicon.platforms():
        # "posted a message on Twitter blaming Iran": the platform is where it was said, not who said it
        said = head.head.head
        said = said.head if said.pos_ == "NOUN" and said.dep_ == "dobj" else said
        return verb_subject(said, depth + 1) if said.pos_ in ("VERB", "AUX") else []
    if dep == "acl" and tok.tag_ == "VBG" and (sender := _missive_sender(head)) is not None:
        # "Boxer and Feinstein sent a letter asking the secretaries to ...", "sent a letter to the departments
        # urging them to ...": the letter speaks for its senders (not for those who received it)
        return verb_subject(sender, depth + 1)
    if dep == "acl" and tok.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ in AROUND and tok.i > head.i \
            and head.head.head.pos_ == "VERB" and tok.lemma_.lower() in _cue_words("voiced") \
            and head.lemma_.lower() not in _cue_words("crowd") and not _people_there(head) \
            and (crowd := verb_subject(head.head.head, depth + 1)):
        # "gathered outside the embassy chanting slogans": the crowd chants, not the embassy (but "fired rubber bullets
        # at students demanding an end to quotas": people named there voice it themselves)
        return crowd
    if dep == "acl" and tok.tag_ == "VBG" and head.dep_ == "dobj" and tok.i > head.i and head.head.pos_ == "VERB" \
            and tok.lemma_.lower() in _cue_words("voiced") and head.lemma_.lower() in _wordset("thoroughfare") \
            and (crowd := verb_subject(head.head, depth + 1)):
        return crowd  # "blocked roads demanding the president's resignation": those blocking them demand it
    if dep == "acl" and (tok.tag_ == "VBG" or to_infinitive(tok)):
        # "Iran's plans to attack", "the Russian plan to": an owner; "decisive action to": none
        by = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < tok.i
              for p in c.children if p.dep_ == "pobj" for o in expand(p)]
        if by and to_infinitive(tok):
            return by  # "the decision by Moscow to expel the diplomats"
        owned = any(c.dep_ in ACTOR_MODS and (c.dep_ != "amod" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                    for c in head.children) or head.pos_ == "PROPN"
        if not owned and to_infinitive(tok) and head.dep_ in ("dobj", *PASS_SUBJ) and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in _cue_words("stopper"):
            return []  # "police foiled an attempt to storm the embassy": not the police's attempt
        if not owned and to_infinitive(tok) and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
            return verb_subject(head.head, depth + 1)  # "X was developing plans to attack": X's plans
        if (not owned and to_infinitive(tok) and head.dep_ == "pobj" and head.head.lower_ in ("on", "for", "over")
                and head.head.head.pos_ in ("VERB", "AUX") and not passive(head.head.head)):
            return verb_subject(head.head.head, depth + 1)  # "X voted on a resolution to expel": X's resolution
        return [head]
    if _bare_participle(tok):
        return []  # "another mother was seen shot", "wanted him arrested": a bare participle is undergone (verb_target)
    if dep == "xcomp":
        objs = [] if head.lemma_.lower() in _cue_words("means") else [c for c in head.children if c.dep_ in ("dobj", "dative")]
        # "called on Germany to supply tanks", "appealed to the UN to intervene": the one asked
        # (not the platform it was written on: "wrote on Twitter: "Thank you ..."")
        # (not a time or a principal: "X on Monday helped broker", "X, on behalf of the White House, helped broker")
        objs += [o for c in head.children if c.dep_ == "prep" and c.i > head.i and (c.lower_ in ("on", "upon") or c.lower_ == "to"
                 and head.lemma_.lower() in ("appeal", "plead")) for o in c.children if o.dep_ == "pobj"
                 and o.lower_ not in actor_lexicon.platforms() and o.lower_ != "behalf" and o.ent_type_ not in ("DATE", "TIME")]
        if objs:
            return expand(objs[0])
        raised = [c for c in head.children if c.dep_ in PASS_SUBJ]
        if raised:
            return expand(raised[0])
        return verb_subject(head, depth + 1)
    if dep in ("advcl", "xcomp") and to_infinitive(tok) and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _cue_words("payer"):
        paid = [o for c in head.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                for o in ([c] if c.dep_ == "dative" and c.tag_ != "IN" else [p for p in c.children if p.dep_ == "pobj"])]
        if paid:  # "Russia paid bounties to the Taliban to kill soldiers": the Taliban would kill
            return expand(paid[0])
    if dep == "advcl" and to_infinitive(tok) and head.pos_ in ("VERB", "AUX"):
        raised = [c for c in head.children if c.dep_ in PASS_SUBJ]  # "she would be swayed to support"
        if raised:
            return expand(raised[0])
    if participle_clause(tok):
        return []  # "If convicted, X could ...": X undergoes it (verb_target)
    if (dep == "conj" and tok.tag_ == "VBG" and head.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ == "advcl"
            and not any(c.dep_ == "aux" for c in kids) and any(c.dep_ in SUBJ for c in head.children)):
        # "walking around X as he lay still and shooting him again": a bare participle is not the
        # finite clause's second verb (the parser's reading) but the participle clause's
        return verb_subject(head.head, depth + 1)
    if dep == "advcl" and tok.tag_ == "VBG" and head.pos_ in ("VERB", "AUX") and not agent(head) \
            and (raised := [c for c in head.children if c.dep_ in PASS_SUBJ]):
        return expand(raised[0])  # "X was seen on stage endorsing Y", "was arrested trying to flee": X
    if dep == "conj" and head.pos_ == "VERB" and _set_off_participle(head):
        # "Vincent Jackson, arrested Jan. 6, faces charges": the participle's noun is the real verb's subject
        return [t for c in head.children if c.dep_ == "nsubj" for t in expand(c)]
    if dep == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP") and (misread := _clause_opener_object(tok)) is not None:
        return expand(misread)  # "police stood back as gangs of youths smashed windows": the gangs did
    if dep == "conj" and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ") \
            and any(c.dep_ == "expl" for c in head.children) and not any(c.dep_ in SUBJ for c in head.children):
        # "X said there was a lack of transparency and urged the crowd to ...": nothing shares "there";
        # the parser hung the second verb on the reported clause, not on the saying
        return verb_subject(head.head, depth + 1)
    if (dep in ("conj", "advcl") or dep == "dep" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.i > head.i) \
            and head.pos_ in ("VERB", "AUX"):
        # (a later verb the parser left unlabelled: "X called her and arranged to meet her, then shot her")
        return verb_subject(head, depth + 1)
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):
        return verb_subject(head, depth + 1)  # "I am glad to endorse him"
    if dep == "conj" and head.dep_ in ("oprd", "acomp") and head.pos_ == "ADJ" and tok.tag_ in ("VBD", "VBN", "VBZ") \
            and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJ | PASS_SUBJ for c in kids):
        # "protesters set tyres ablaze and hurled stones at police": the parser conjoins the second verb to "ablaze"
        return verb_subject(head.head, depth + 1)
    if dep == "pcomp" and head.head.pos_ == "NOUN" and (
            head.lower_ == "of" and actor_lexicon.is_act_noun(head.head.lemma_.lower())
            or head.lower_ in ("in", "to", "of", "for", "about") and head.head.lemma_.lower() in _cue_words("attitude")):
        # "a policy of not charging", "Iran's plan of enriching", "expressed interest in working with",
        # "his commitment to meeting": the owner of the plan or the stance
        noun = head.head
        owner = [c for c in noun.children if c.dep_ == "poss"]
        if owner:
            return expand(owner[0])
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            return verb_subject(noun.head, depth + 1)
        return []
    if dep == "pcomp" and head.lower_ == "to" and head.head.pos_ in ("VERB", "ADJ") \
            and head.head.lemma_.lower() in _cue_words("intend") and tok.tag_ == "VBG":
        # "the minister is committed to working with the opposition": who is committed
        state = head.head.head if head.head.dep_ == "acomp" else head.head  # (the copula "is" holds the subject)
        held = [c for c in state.children if c.dep_ in SUBJ | PASS_SUBJ]
        return expand(held[0]) if held else verb_subject(state, depth + 1)
    if (dep == "pcomp" and head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.lower_ == "on"
            and head.head.lemma_.lower() in _cue_words("intend") and head.head.head.head.pos_ in ("VERB", "AUX")):
        return verb_subject(head.head.head.head, depth + 1)  # "the army was on the verge of attacking the town"
    if (dep == "pcomp" and tok.tag_ == "VBG" and head.lower_ == "in" and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.dep_ == "dobj" and head.head.head.pos_ in ("VERB", "AUX")):
        # "chose to join the opposition in supporting X", "joined Britain in condemning": the parser hangs
        # the "in" on the object; the verb's subject does it, and one joined does it too
        joined = expand(head.head) if head.head.head.lemma_.lower() == "join" else []
        return verb_subject(head.head.head, depth + 1) + joined
    if dep == "pcomp" and head.lower_ == "in" and head.head.pos_ == "VERB" and head.head.lemma_.lower() == "join":
        # "Britain joined the United States in condemning the attack": both condemned it
        return verb_subject(head.head, depth + 1) + [t for c in head.head.children if c.dep_ == "dobj" for t in expand(c)]
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADV" and head.head.head.pos_ in ("VERB", "AUX"):
        return verb_subject(head.head.head, depth + 1)  # "landed ahead of meeting Obama", "instead of talking"
    if (dep == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in ("in", "at")
            and head.head.dep_ == "acomp" and head.head.head.pos_ in ("VERB", "AUX")):
        return verb_subject(head.head.head, depth + 1)  # "was more forceful in blaming Iran", "was quick in condemning"
    if (dep == "pcomp" and head.lower_ in ("of", "for") and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB"
            and head.head.head.lemma_.lower() in _cue_words("culpable")):
        return expand(head.head)  # "accused the police of killing protesters": the parser hangs the "of" on the police
    # "was found guilty last month of murdering a judge": the parser hangs the "of" on the time
    gov = head.head.head if dep == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "npadvmod" \
        and head.head.ent_type_ == "DATE" else head.head
    if dep == "pcomp" and head.dep_ == "prep" and gov.pos_ in ("VERB", "AUX"):
        if head.lower_ in ("of", "for", "from"):  # "accused X of attacking", "praised X for helping"
            objs = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
            if not objs and gov.dep_ == "acl" and gov.tag_ == "VBN":
                return expand(gov.head)  # "a man suspected of attacking", "the group blamed for bombing"
            if not objs and head.lower_ in ("of", "for") and passive(gov):
                # "the government has been accused of torturing detainees", "was praised for helping",
                # "was jailed for attacking a guard": the one it is said of did it
                return verb_object(gov)
            if head.lower_ == "for" and _tried_for(gov, objs):
                return verb_subject(gov, depth + 1)  # "went on trial for killing", "stood trial for", "faces charges for"
            return expand(objs[0]) if objs else []
        if head.lower_ == "against" and (objs := [c for c in gov.children if c.dep_ in ("dobj", "dative")]):
            return expand(objs[0])  # "warned NATO against deploying troops", "cautioned Kyiv against attacking"
        if passive(gov):  # "a doctor was arrested after criticising the government": the one arrested
            return verb_object(gov)
        return verb_subject(gov, depth + 1)  # "after trashing the plan, X backed it"
    return []


def _bare_participle(tok: Token) -> bool:
    """A past participle that completes a verb with no auxiliary of its own ("was seen shot", "found him
    stabbed"): what it tells is undergone by the verb's subject or object, not done by it."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VBN" and not to_infinitive(tok) and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children)


def opposed_act(tok: Token) -> Token | None:
    """The common noun a word hyphened after "anti-" describes ("anti-Putin protests": protests)."""
    if not (tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti"):
        start = tok.left_edge.i
        if not (start >= 2 and tok.doc[start - 1].text == "-" and tok.doc[start - 2].lower_ == "anti"):
            return None
    head = tok
    while head.dep_ in ("amod", "compound", "npadvmod") and head.head.i > head.i:
        head = head.head
    return head if head is not tok and head.pos_ == "NOUN" else None


def misread_subordinate(tok: Token) -> Token | None:
    """The subject of a clause the parser split at its conjunction ("X was arrested after Y, mayor
    of Z, was stabbed": it read "after Y" as a phrase and "was stabbed" as a verb conjoined to
    "arrested"): the object of the governing verb's "after" phrase that ends right before the
    conjoined verb's own auxiliary, when that verb has no subject of its own."""
    if tok.dep_ not in ("conj", "advcl") or tok.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJ | PASS_SUBJ for c in tok.children):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    if not auxes or auxes[0].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None  # only a finite verb has a subject of its own to lose
    start = auxes[0].i
    for c in tok.head.children:
        if c.dep_ == "prep" and c.lower_ in SUBORDINATORS and c.i < start:
            for o in c.children:
                if o.dep_ == "pobj" and o.right_edge.i < start and all(t.is_punct for t in o.doc[o.right_edge.i + 1:start]):
                    return o
    return None


def _finite_without_subject(tok: Token) -> bool:
    """A finite verb (or one with a finite auxiliary) that has no subject of its own: one whose subject the
    parser put elsewhere."""
    if any(c.dep_ in SUBJ | PASS_SUBJ for c in tok.children):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    return (auxes[0].tag_ if auxes else tok.tag_) in ("VBD", "VBZ", "VBP", "MD")


def swallowed_subject(tok: Token) -> Token | None:
    """The subject the parser conjoined to a fronted time or place ("On Friday in Pakistan, Mohammed Waseem,
    brother of ..., was sentenced": Waseem read as a second "Pakistan"): a name after a comma conjoined to a
    date or place in a phrase before a finite verb that has no subject of its own."""
    if not _finite_without_subject(tok):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.i < tok.i:
            for t in c.subtree:
                if (t.dep_ == "conj" and t.ent_type_ in ("PERSON", "ORG") and t.head.ent_type_ in ("GPE", "LOC", "DATE", "TIME")
                        and t.ent_type_ != t.head.ent_type_ and t.doc[t.left_edge.i - 1].text == ","
                        and not any(k.dep_ == "cc" for k in t.head.children)):
                    return t
    return None


def bracketed_subject(tok: Token) -> Token | None:
    """The subject the parser gave to a bracketed aside ("Hillary Clinton (pictured after her speech) has
    blamed Comey": Clinton read as the subject of "pictured"): a subject right before an opening bracket,
    hung on a clause in that bracket, is the subject of the finite verb after it that has none of its own."""
    if not _finite_without_subject(tok):
        return None
    for c in tok.children:
        if c.i > tok.i or c.pos_ not in ("VERB", "AUX"):
            continue
        for b in c.children:
            if b.text in ("(", "[") and (subj := next((s for s in c.children if s.dep_ in SUBJ | PASS_SUBJ
                                                      and s.right_edge.i == b.i - 1), None)) is not None:
                return subj
    return None


def stray_description(name: Token) -> Token | None:
    """A singular description the parser hung on the plural noun a name is "of" ("the parents of Ramarley
    Graham — an unarmed teenager fatally shot by police — were waiting": the teenager is Graham, set right
    after the name between dashes or commas)."""
    if name.dep_ != "pobj" or name.head.lower_ != "of" or name.head.head.tag_ != "NNS" or name.i + 2 >= len(name.doc) \
            or name.doc[name.i + 1].text not in (",", "—", "–", "-"):
        return None
    return next((c for c in name.head.head.children if c.dep_ == "appos" and c.tag_ == "NN" and c.left_edge.i == name.i + 2
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), None)


def detached_apposition(tok: Token) -> Token | None:
    """A name set after a comma right after a common noun's phrase that the parser hung elsewhere
    ("by overpowering his guard, sheriff's Deputy Cynthia Hall, beating her": Hall made a second object
    of "escaped"): the person the noun stands for."""
    doc, end = tok.doc, tok.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    name = doc[end + 2]
    while name.dep_ in ("poss", "compound", "amod", "det") and name.head.i > name.i:
        name = name.head
    if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and name.dep_ == "dobj" and tok.dep_ == "dobj" \
            and name.head.is_ancestor(tok) and (name.i + 1 == len(doc) or doc[name.i + 1].is_punct):
        return name  # (a second object of a verb that governs the noun's own)
    return None


def named_first(kids: list[Token]) -> list[Token]:
    """A verb's children with a name before the description fronted as its apposition, which the parser
    made a second subject ("A resident of Antioch, Illinois, Rittenhouse is accused", "A former police
    officer, Derek Chauvin was convicted": Rittenhouse, Chauvin); not a description naming whom its holder acts
    for ("UN humanitarian coordinator for South Sudan, Eugene Owusu said": the coordinator carries the code).
    A stretch of time made a subject before the real one ("Hours after the vote, three groups filed") goes last."""
    for dep in ("nsubj", "nsubjpass"):
        subjects = [c for c in kids if c.dep_ == dep]
        if (len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN"
                and subjects[1].doc[subjects[1].left_edge.i - 1].text == ","
                and not any(t.ent_type_ in ("ORG", "NORP") for t in subjects[0].subtree)):
            return [subjects[1]] + [c for c in kids if c is not subjects[1]]
        if len(subjects) == 2 and subjects[0].lemma_.lower() in _cue_words("span") \
                and subjects[0].i + 1 < subjects[1].i and subjects[0].nbor().lower_ in ("after", "before", "later", "earlier"):
            return [subjects[1]] + [c for c in kids if c is not subjects[1]]  # "Hours after the vote, X filed"
    return kids


def verb_object(tok: Token) -> list[Token]:
    """What a verb acts on: its passive subject, else its direct object (or dative)."""
    if misread_modifier(tok) is not None:
        return []  # "protesting legislators" act, nothing is done to them
    if misread_gerund(tok) is not None:
        return expand(tok.head)  # "accused the RSF of looting hospitals": the hospitals were looted
    if tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in PARTITIVES and not any(g.dep_ == "prep" for g in c.children) for c in tok.children):
        return verb_object(tok.head)  # "arrested dozens of protesters, beating some": some of those arrested
    kids = named_first(list(tok.children))
    if passive(tok) and (own := misread_subordinate(tok) or swallowed_subject(tok)
                                     or bracketed_subject(tok)) is not None:
        return expand(own)  # "arrested after the mayor was stabbed": the mayor was
    for c in kids:
        if c.dep_ == "csubjpass" and c.tag_ == "VBG" and (own := [s for s in c.children if s.dep_ == "nsubj"]):
            return expand(own[0])  # "anyone refusing to comply will be fined": the parser's clause is its doer
        if c.dep_ in PASS_SUBJ or (c.dep_ == "nsubj" and patient_subject(tok)):
            return expand(c)
    if tok.tag_ == "VBN":
        # a passive split by an aside ("The protesters were, witnesses said, beaten"; "Two activists
        # were on Sunday detained by ..."): the parser gives the subject to the auxiliary
        aux = [c for c in kids if c.dep_ == "auxpass"] + ([tok.head] if tok.dep_ in ("advcl", "conj") and tok.head.lemma_ == "be"
                                                          and tok.head.i < tok.i and any(c.dep_ == "agent" for c in kids)
                                                          or _harm_complement(tok) else [])
        for a in aux:
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return expand(c)
        if tok.dep_ == "xcomp" and aux and not any(c.dep_ in SUBJ | PASS_SUBJ for c in kids) and passive(tok.head):
            # "He is reported to have been killed", "was believed to have been poisoned": the raised subject
            for c in tok.head.children:
                if c.dep_ in PASS_SUBJ:
                    return expand(c)
        if tok.dep_ == "xcomp" and aux and tok.head.dep_ == "acomp" and tok.head.head.lemma_ == "be" \
                and not any(c.dep_ in SUBJ | PASS_SUBJ for c in kids):
            # "Ivins was about to be charged", "he is likely to be arrested": the subject of the state
            for c in tok.head.head.children:
                if c.dep_ in SUBJ:
                    return expand(c)
        # an inverted passive ("Also arrested were X and Y"): the parser's complement of the fronted auxiliary
        for a in aux:
            if a.i > tok.i and not any(c.dep_ in SUBJ | PASS_SUBJ for c in kids):
                for c in a.children:
                    if c.dep_ == "attr" and c.i > a.i:
                        return expand(c)
    if tok.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ in SUBJ for c in kids):
        # "reports indicated X was encouraged to": the parser's object of the reporting verb is
        # the passive clause's subject
        before = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
        if before:
            return expand(before[-1])
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if len(objs) > 1 and objs[0].lower_ == "you" and objs[1].pos_ == "PROPN":
        return expand(objs[1])  # "Thank you Bill de Blasio": the one addressed by name
    for c in objs:
        return expand(c)
    for c in kids:  # a small clause: "found Ahmed Ali guilty", "declared the group illegal"
        if c.dep_ == "ccomp" and c.pos_ == "ADJ" and (own := [s for s in c.children if s.dep_ == "nsubj"]):
            return expand(own[0])
        if c.dep_ == "ccomp" and c.i > tok.i and not any(m.dep_ == "mark" for m in c.children) \
                and (own := clause_subject(c)) is not None and own.dep_ in SUBJ:
            return expand(own)  # "a bill requiring foreign journalists to register": the parser's clause subject
    named = [c for c in kids if c.dep_ == "oprd"]
    if len(named) > 1 and named[0].pos_ in ("PROPN", "NOUN", "PRON"):  # "called Donald Trump unfit": the parser's
        return expand(named[0])  # first of two complements is the one called so
    for c in named:  # "calling her incompetent": the parser reads "her" as the adjective's possessive
        if c.pos_ == "ADJ" and (her := [p for p in c.children if p.dep_ == "poss" and p.lower_ == "her" and p.i == c.i - 1]):
            return her
    return shared_object(tok)


def shared_object(tok: Token) -> list[Token]:
    """The object a verb shares with the verb conjoined right after it: "arrested and charged
    three protesters", "detained, beat and robbed them" (only "and", commas or adverbs between)."""
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and not any(k.dep_ in SUBJ | PASS_SUBJ for k in c.children) \
                and all(t.dep_ in ("cc", "punct", "advmod") for t in tok.doc[tok.i + 1:c.i]):
            return verb_object(c)
    return []


def about_to(tok: Token) -> Token | None:
    """The noun a verb's "about to" clause describes, the parser hanging "about" on it as a preposition: "a man
    about to be indicted", "a soldier about to attack the base"."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ == "about" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN") \
            and to_infinitive(tok):
        return head.head
    return None


def verb_target(tok: Token, cooperative: bool = False) -> list[Token]:
    """Target tokens of a verb: its object, the noun a passive participle describes ("the man
    arrested by police"), the governing subject of a subjectless passive ("died after being
    shot"), else a target preposition's object."""
    found = verb_object(tok)
    if found:
        return found
    kids = list(tok.children)
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or done_with(tok) or mistagged_participle(tok)) and not misread_finite(tok):
        # "the man arrested by police"
        among = tok.head.head
        if (tok.head.lower_ in ("those", "the") and tok.head.dep_ == "pobj" and among.lower_ == "among"
                and among.head.lemma_ == "be"):
            # "Among those arrested was Gray's sister": who the copula names
            named = [t for c in among.head.children if c.dep_ in SUBJ or c.dep_ == "attr" for t in expand(c)]
            if named:
                return named
        return [tok.head]
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return [tok.head]  # "detained activists", "the jailed journalist"
    if tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
        return [tok.head]
    if _bare_participle(tok):
        # "another mother was seen shot", "police found him stabbed": the one seen or found undergoes it
        undergone = [c for c in tok.head.children if c.dep_ in PASS_SUBJ or c.dep_ == "dobj" and not passive(tok.head)]
        if undergone:
            return expand(undergone[0])
    if participle_clause(tok):  # "If convicted, X could face life": X
        return [t for c in tok.head.children if c.dep_ in SUBJ | PASS_SUBJ for t in expand(c)] or prep_target(tok, cooperative)
    if (noun := comma_participle(tok)) is not None:
        return expand(noun)  # "a case involving Vincent Jackson, arrested Jan. 6": Jackson
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and passive(tok.head) and not any(c.dep_ in SUBJ for c in kids):
        # "were arrested and charged": both done to them; "X led the war but was arrested and was
        # imprisoned": to whoever the first passive was done to
        return verb_object(tok.head) or (verb_target(tok.head) if tok.head.dep_ == "conj" else [])
    if any(c.dep_ == "auxpass" for c in kids) and (noun := about_to(tok)) is not None:
        return expand(noun)  # "a man about to be indicted": the man
    if any(c.dep_ == "auxpass" for c in kids) and tok.dep_ in ("pcomp", "advcl", "xcomp", "conj"):
        gov = tok.head.head if tok.dep_ == "pcomp" else tok.head  # "died after being shot"
        if gov.pos_ in ("VERB", "AUX"):  # "X is expected to be arraigned": X
            if tok.dep_ == "xcomp" and (told := [c for c in gov.children if c.dep_ == "dobj"]):
                return [t for c in told for t in expand(c)]  # "ordered the pigs to be slaughtered": the pigs
            found = verb_subject(gov) or [t for c in gov.children if c.dep_ in PASS_SUBJ for t in expand(c)]
            if not found and gov.dep_ == "conj" and passive(gov.head) and not any(c.dep_ in SUBJ for c in gov.children):
                found = verb_object(gov.head)  # "X was arrested and is expected to be arraigned": X
            return found
    if gerund_noun(tok) and not cooperative:
        # "Shelling of houses in the camp killed two", "Bombing of Kurdish villages continued": a gerund the parser
        # keeps a verb, its "of" phrase what it is done to, as for "the shelling of houses"
        return prep_target(tok, cooperative, ("of",)) or prep_target(tok, cooperative)
    return prep_target(tok, cooperative)


def gerund_noun(tok: Token) -> bool:
    """A bare gerund standing as a noun phrase ("Shelling of houses killed two"): no auxiliary, subject or
    object of its own, in a noun's place, with an "of" phrase."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "nsubj", "nsubjpass", "det") for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def prep_target(tok: Token, cooperative: bool = False, preps: Iterable[str] = TARGET_PREPS) -> list[Token]:
    """The object of the first target preposition; cooperation "against" X is not with X."""
    # "sent aid to Syria": the parser calls that "to" a dative, not a preposition
    found = [c for c in tok.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.tag_ == "IN")]
    for p in preps:
        if cooperative and p == "against" or p == "from" and tok.lemma_.lower() in _cue_words("launch"):
            continue  # "fired rockets from schools": where the shot came from
        # "conceded to X on Tuesday night": a time is no target; "pulled a gun on two officers on
        # Tuesday": the same preposition twice, the one that names no time
        for prep in (c for c in found if c.lower_ == p):
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in NOT_ACTORS]
            if len(objs) > 2 and any(o.text == "-" for o in objs[1:-1]) and objs[-1].i - objs[0].i == len(objs) - 1:
                objs = objs[-1:]  # "with counter-protesters": the parser's three objects are one word
            if objs and objs[0].pos_ == "VERB" and (subj := [c for c in objs[0].children if c.dep_ == "nsubj"]):
                objs = subj  # "pleaded with the government to act": the parser's clause as the object; its subject
            if objs:
                return expand(objs[0])
    return []


def between(tok: Token) -> list[Token]:
    """The parties of "talks between A and B", "a deal among ..."; also when the parser hung the phrase
    right after an object on its verb ("previewing the meeting today between A and B")."""
    kids = list(tok.children)
    if tok.dep_ == "dobj" and not any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in kids):
        kids = [c for c in tok.head.children if c.i == tok.right_edge.i + 1 and c.lower_ == "between"]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            return [t for o in c.children if o.dep_ == "pobj" for t in expand(o)]
    return []


TRIAL_UNDERGONE = frozenset({"stand", "await", "begin", "start"})  # "stood trial", "awaits trial": its subject is tried


def _tried_for(verb: Token, objs: list[Token]) -> bool:
    """Is ``verb`` (with its objects) one's being tried or held to account, whose "for" phrase names one's own act:
    "went on trial for", "stood trial for", "faces charges for", "is serving a sentence for" (cues.tsv tried_for
    nouns, undergo verbs), not someone's charging another ("brought charges for")?"""
    words = _cue_words("tried_for")
    if objs:  # (not "prosecutors brought charges for killing": theirs is the charging)
        return (verb.lemma_.lower() in _cue_words("undergo") or verb.lemma_.lower() in TRIAL_UNDERGONE) and any(
            o.lemma_.lower() in words for o in objs)
    return any(p.lemma_.lower() in words for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
               for p in c.children if p.dep_ == "pobj")


def between_hub(tok: Token) -> Token | None:
    """The one party "deals between Israel and the UAE, Bahrain and Kosovo" pairs with each of the others: the
    first of three or more, set off from the rest by "and" where the rest are listed by commas (not "talks between
    the US, China and Russia", all of them together). Also on a relative clause of ``tok``, as :func:`between`."""
    if not between(tok):
        tok = next((c for c in tok.children if c.dep_ == "relcl" and between(c)), tok)
    for c in tok.children if between(tok) else []:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            first = next((o for o in c.children if o.dep_ == "pobj"), None)
            if first is None or len(with_conj(first)) < 3:
                return None
            second = next((k for k in first.children if k.dep_ == "conj"), None)
            joints = [k for k in first.children if k.dep_ in ("cc", "punct") and second is not None and k.i < second.i]
            return first if [k.lower_ for k in joints] == ["and"] else None
    return None


def summed_up(noun: Token) -> Token | None:
    """The verb of the clause a summing-up noun stands for: "Israel closed the crossing, a move condemned by
    the UN" (closed), "Russia expelled two diplomats, a decision that Britain criticised" (expelled). The noun
    follows that clause after a comma, as its last object or an apposition to its object."""
    if noun.lemma_.lower() not in _cue_words("summary"):
        return None
    first = min(t.i for t in noun.subtree)
    if first < 1 or noun.doc[first - 1].text not in (",", "—", "–", "-"):
        return None
    verb = noun.head.head if noun.dep_ == "appos" and noun.head.dep_ in ("dobj", "pobj", "attr") else noun.head
    if noun.dep_ == "appos" and verb.dep_ == "prep":
        verb = verb.head
    return verb if noun.dep_ in ("dobj", "appos", "npadvmod", "advcl") and verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _names_examples(tok: Token) -> bool:
    """A preposition naming a group's examples: "including", "such as"."""
    return tok.dep_ == "prep" and (tok.lower_ == "including" or tok.lower_ == "as" and any(
        g.lower_ == "such" for g in tok.children))


class ActorIndex:
    """Which actor's mention covers a character span, per field (the one actor-at-span lookup),
    by bisection over the mentions (spans.SpanIndex), so long texts stay linear."""

    def __init__(self, actors: list[Actor]):
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for a in actors:
            for s, e in a.mentions:
                spans.setdefault("text", []).append((s, e, a.id))
            for r in a.other_mentions:
                spans.setdefault(r.field, []).append((r.start, r.end, a.id))
        self.spans = {f: SpanIndex(v) for f, v in spans.items()}
        self.by_id = {a.id: a for a in actors}

    def covering(self, fld: str, start: int, end: int) -> str | None:
        """The actor of the shortest mention that covers ``[start, end)``."""
        index = self.spans.get(fld)
        best = None
        for s, e, aid in index.containing(start, end) if index else ():
            if best is None or e - s < best[0]:
                best = (e - s, aid)
        return best[1] if best else None

    def overlapping(self, fld: str, start: int, end: int) -> str | None:
        """The actor of a mention overlapping ``[start, end)``, covering ones first."""
        found = self.covering(fld, start, end)
        if found:
            return found
        index = self.spans.get(fld)
        hits = index.overlapping(start, end) if index else []
        return hits[0][2] if hits else None

    def at(self, tok: Token, fld: str) -> str | None:
        return self.covering(fld, tok.idx, tok.idx + len(tok.text))

    def actor(self, tok: Token | None, fld: str) -> str | None:
        """The actor a noun phrase head stands for: itself, its modifiers, its apposition."""
        if tok is None:
            return None
        tok = resolve_relative(tok)
        # a plural named by its examples is its example: "Western countries including France"
        found = (self._example(tok, fld) or self.at(tok, fld)) if self._by_example(tok, fld) else self.at(tok, fld)
        if found is None and tok.lemma_.lower() in _cue_words("place_of"):
            # "the village of Kampungu was quarantined", "the city of Aleppo was shelled": the place named
            found = next((a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj" and (a := self.at(o, fld))), None)
        if found is None and tok.lemma_.lower() in _cue_words("member"):
            # "operatives within the Saudi government committed the murder": members of a body named after
            # them, no actor of their own, act for it
            found = next((a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "within", "inside", "from")
                          for o in c.children if o.dep_ == "pobj" and (a := self.at(o, fld))
                          and self.by_id[a].kind not in ("country", "person")), None)
        if tok.lemma_.lower() in _cue_words("complement"):
            # "took 20 tourists hostage", "took dozens of guests hostage": the parser's compound before the
            # complement is who was taken
            taken = next((a for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                          and (a := self.actor(c, fld))), None)
            if taken:
                return taken
        generic = actor_lexicon.generic_terms()
        if found and self.by_id[found].country is None and "ELI" not in self.by_id[found].sectors and (
                tok.lower_ in generic or tok.lemma_.lower() in generic):
            # "a spokesman for the Taliban", "leaders of Hamas": a bare role speaks for its group
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "from") and c.i > tok.i:  # (an adviser "to" X is no X)
                    group = next((self.at(o, fld) for o in c.children if o.dep_ == "pobj"), None)
                    if group and group != found and self.by_id[group].kind not in ("country", "person"):
                        return group
        if found and tok.pos_ == "NOUN":  # "her husband, former congressman Anthony Weiner": the one named
            named = next((a for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                          and (a := self.at(c, fld)) and a != found), None)
            if named and self.by_id[found].name[:1].islower():  # (a common noun's actor: "husband", "man")
                return named
        if tok.dep_ == "attr" and tok.pos_ == "NOUN" and tok.head.lemma_ == "be" and (
                found is None or self.by_id[found].name[:1].islower()):
            # "Timmons is the teen accused of shooting X", "Smith was the gunman who killed three": the one named
            # as its subject (a common noun's own actor, "teen", is that one)
            named = next((a for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                          and (a := self.at(c, fld)) and a != found), None)
            if named:
                return named
        if found:
            return found
        if tok.pos_ == "NOUN":  # "the bus carrying soldiers", "a convoy transporting aid workers": those it carries;
            # "the incident involving Basilashvili is under investigation": the one it concerns
            carried = next((a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"
                            and c.lemma_.lower() in ("carry", "transport", "ferry", "involve")
                            for o in c.children if o.dep_ == "dobj" and (a := self.actor(o, fld))), None)
            if carried:
                return carried
        if tok.pos_ == "NOUN":  # "the officer's partner, Vassilios Saraliotis": the one named, not the owner
            named = next((a for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                          and (a := self.at(c, fld))), None) or ((d := detached_apposition(tok)) and self.at(d, fld))
            if named:
                return named
        for c in sorted(tok.children, key=lambda c: (c.dep_ != "poss", -c.i)):
            # "his aides", "her family" are not him or her; "her email server", "his finances" are theirs
            # (and "her State Department email system" hers, not the department's: the owner first)
            if c.dep_ in ACTOR_MODS and c.i < tok.i and (c.tag_ != "PRP$" or not actor_lexicon.names_people(tok)):
                found = self.at(c, fld)
                if found:
                    return found
                lead = led_by(c) if c.lemma_.lower() == "lead" else None  # "the Saudi-led coalition"
                found = self.at(lead, fld) if lead is not None else None
                if found:
                    return found
        if tok.dep_ == "appos" and not is_act(tok):  # "prisoners, a deal that could free ...": a deal is no prisoner
            # (nor are "the parents of X — an unarmed teenager shot by police —" the teenager: X is)
            return next((a for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" and stray_description(o) == tok and (a := self.at(o, fld))), None) or self.at(tok.head, fld)
        for c in tok.children:
            if c.dep_ == "appos":
                found = self.at(c, fld)
                if found:
                    return found
        found = self._example(tok, fld)
        if found:
            return found
        if actor_lexicon.held(tok):
            # "revoked the licence of X", "their security was removed": what is held stands for its holder
            for c in tok.children:
                if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of":
                    found = self.at(c, fld) if c.dep_ == "poss" else next(
                        (self.actor(o, fld) for o in c.children if o.dep_ == "pobj"), None)
                    if found:
                        return found
            # "a Houthi missile launcher", "Hezbollah rocket positions": the holder named before the kind of thing held
            found = next((a for c in tok.children if c.dep_ == "compound" and c.i < tok.i for g in c.children
                          if g.dep_ in ACTOR_MODS and g.i < c.i and (a := self.at(g, fld))), None)
            if found:
                return found
        if quantity(tok):  # "groups of more than six people", "dozens of protesters", "both of them", "two of the men"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    found = next((self.actor(o, fld) for o in c.children if o.dep_ == "pobj"), None)
                    if found:
                        return found
        if actor_lexicon.part_of(tok.lower_):  # "a deputy from the sheriff's office", "members of the council"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                    found = next((self.actor(o, fld) for o in c.children if o.dep_ == "pobj"), None)
                    if found:
                        return found
        if tok.pos_ == "NOUN":  # "the general manager of Abu Dhabi Media, Dr Ali bin Tamim,": the parser hangs
            # the name on the organisation; a person named after it is the one the role noun stands for
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "at") and c.i > tok.i:
                    for o in (o for o in c.children if o.dep_ == "pobj"):
                        own = self.at(o, fld)
                        if own is not None and self.by_id[own].kind == "person":
                            continue
                        named = next((a for n in o.children if n.dep_ == "appos" and n.pos_ == "PROPN" and n.i > o.i
                                      and (a := self.at(n, fld)) and self.by_id[a].kind == "person"), None)
                        if named:
                            return named
        return None

    def _by_example(self, tok: Token, fld: str) -> bool:
        """Does a plural stand for the examples it names ("countries including France": the states are its
        members)? Not people who are a party of their own ("killed 50 people, including a family of seven",
        "detained eight activists, including a journalist": the coders code the people)."""
        if tok.tag_ != "NNS":
            return False
        group = self.by_id.get(self.at(tok, fld) or "")
        return group is None or group.kind != "group" or not group.sectors or "GOV" in group.sectors

    def _example(self, tok: Token, fld: str) -> str | None:
        """The actor named as an example of a group: "allies such as Germany", "countries including France"."""
        for c in tok.children:
            if _names_examples(c):
                found = next((self.at(o, fld) for o in c.children if o.dep_ == "pobj"), None)
                if found:
                    return found
        return None

    def actors(self, tok: Token | None, fld: str) -> list[str]:
        """Every actor a noun phrase head stands for: "Polish and Czech diplomats" are two."""
        first = self.actor(tok, fld)
        if first is None or tok is None:
            return []
        out = [first]
        head = resolve_relative(tok)
        examples = self._by_example(head, fld) and self._example(head, fld)  # (the group itself is not one more actor)
        if not examples and (head.pos_ == "PRON" or head.tag_ == "PRP$" or actor_lexicon.pronoun_classes().get(
                head.lower_) in ("pair", "pair_plural", "parties")):
            # "they", "their meeting", "the pair" standing for two people named together: both; "all three
            # nations" for the three named together
            index = self.spans.get(fld)
            span = (head.idx, head.idx + len(head.text))
            out += [aid for s, e, aid in (index.containing(*span) if index else ()) if (s, e) == span and aid not in out]
        for c in head.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i and c.conjuncts:
                for other in (c, *c.conjuncts):
                    aid = self.at(other, fld)
                    if aid and aid not in out:
                        out.append(aid)
            if examples and _names_examples(c):  # "30 countries including Australia, France and Japan"
                for o in (o for o in c.children if o.dep_ == "pobj"):
                    for other in with_conj(o)[1:]:
                        aid = self.at(other, fld)
                        if aid and aid not in out:
                            out.append(aid)
            if c.dep_ == "prep" and c.lower_ == "of":  # "the foreign ministers of Egypt, Greece and France"
                sectors = self.by_id[first].sectors
                for o in (o for o in c.children if o.dep_ == "pobj"):
                    for other in with_conj(o)[1:]:
                        aid = self.at(other, fld)
                        if aid and aid not in out and sectors and self.by_id[aid].sectors == sectors:
                            out.append(aid)
        return out


# ---------------------------------------------------------------- fast scans of a doc

_HASHES: dict[int, tuple[Collection[str], numpy.ndarray]] = {}


def _hashes(words: Collection[str]) -> numpy.ndarray:
    """The string hashes of ``words`` (kept while the same collection object is passed again: the
    shipped tables are built once, so their hashes are too; a collection changed in place since
    must change its size to be seen, so callers pass tables they do not change)."""
    got = _HASHES.get(id(words))
    if got is None or got[0] is not words or len(got[1]) != len(words):
        if len(_HASHES) > 64:
            _HASHES.clear()
        got = _HASHES[id(words)] = (words, numpy.fromiter((hash_string(w) for w in words), dtype=numpy.uint64,
                                                          count=len(words)))
    return got[1]


def tokens_among(doc: Doc, words: Collection[str], exact: bool = False) -> list[Token]:
    """The tokens of ``doc``, in order, whose lowercase form (``exact``: whose text) is one of
    ``words`` (a set, or a dict's keys): the same tokens as ``[t for t in doc if t.lower_ in
    words]``, found on the doc's array of word ids, so no Token object is made for the others
    (a stage that looks for a few listed words no longer walks every token of the article)."""
    if not len(doc) or not words:
        return []
    ids = doc.to_array(ORTH if exact else LOWER)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(ids, _hashes(words)))]


_LEMMA_MEMO: dict[int, tuple[Collection[str], dict[int, bool]]] = {}


def _lemma_memo(lemmas: Collection[str]) -> dict[int, bool]:
    """Lemma hash → is the lowercased lemma one of ``lemmas``, kept per collection as :func:`_hashes`
    keeps its hashes (and emptied when it grows past what a long run's vocabulary would need)."""
    got = _LEMMA_MEMO.get(id(lemmas))
    if got is None or got[0] is not lemmas or len(got[1]) > 200_000:
        if len(_LEMMA_MEMO) > 64:
            _LEMMA_MEMO.clear()
        got = _LEMMA_MEMO[id(lemmas)] = (lemmas, {})
    return got[1]


def tokens_where(doc: Doc, *, lower: Collection[str] = (), lemmas: Collection[str] = (), tags: Collection[str] = (),
                 pos: Collection[str] = ()) -> list[Token]:
    """The tokens of ``doc``, in order, whose lowercase form is one of ``lower``, or whose lowercased
    lemma is one of ``lemmas``, or whose tag is one of ``tags`` (of the parts of speech ``pos`` only,
    when given): picked on the doc's arrays, as :func:`tokens_among`, so a stage looking for a few
    kinds of word makes no Token object for the others."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([LOWER, LEMMA, TAG, POS])
    keep = numpy.zeros(len(doc), dtype=bool)
    if lower:
        keep |= numpy.isin(arr[:, 0], _hashes(lower))
    if lemmas:  # lemmas may be capitalised ("Thousands" opening a sentence): each distinct one tested once a process
        memo = _lemma_memo(lemmas)
        wanted = [h for h in numpy.unique(arr[:, 1]).tolist()
                  if (got := memo.get(h)) or got is None and memo.setdefault(h, strings[h].lower() in lemmas)]
        keep |= numpy.isin(arr[:, 1], numpy.array(wanted, dtype=numpy.uint64))
    if tags:
        keep |= numpy.isin(arr[:, 2], numpy.array([strings[t] for t in tags], dtype=numpy.uint64))
    if pos:
        keep &= numpy.isin(arr[:, 3], numpy.array([strings[p] for p in pos], dtype=numpy.uint64))
    return [doc[int(i)] for i in numpy.flatnonzero(keep)]


def after_line_breaks(doc: Doc) -> list[Token]:
    """The first word after each run of whitespace tokens holding a line break (spaCy makes any
    whitespace but one space a token of its own), found on the doc's array of space flags."""
    if not len(doc):
        return []
    space = doc.to_array(IS_SPACE).astype(bool)
    out, after_break = [], False
    for i in numpy.flatnonzero(space | numpy.roll(space, 1)):  # the space tokens and each one's next token
        i = int(i)
        if space[i]:
            after_break = after_break or "\n" in doc[i].text
        elif after_break:
            out.append(doc[i])
            after_break = False
    return out
