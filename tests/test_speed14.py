"""speed14: the cached and array-read shortcuts give exactly what spaCy's own accessors give (invented texts)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire import nlp, senses

TEXTS = [
    "The state sued the company. They said it was unfair, and the country's president agreed.",
    "Mr. Okonkwo met the federation; OKONKWO later told the pair that the nation would wait?  Yes.\n\nRain",
    "Rain.",
    "Did police arrest him? \"We will not,\" the minister said. Talks collapsed on Monday in Nairobi!",
]


def _docs():
    for text in TEXTS:
        yield nlp.load()(text)
    yield Doc(nlp.load().vocab, words=["one"], sent_starts=[True])


def test_sentence_bounds_are_the_sentence_of_the_token():
    for doc in [*_docs(), nlp.load()("")]:
        assert nlp.sentence_starts(doc) == [s.start for s in doc.sents]
        for tok in doc:
            assert nlp.sentence_bounds(tok) == (tok.sent.start, tok.sent.end)


def test_sentence_bounds_of_an_unparsed_doc_raise_as_spacy_does():
    doc = Doc(nlp.load().vocab, words=["no", "parse", "here"])
    for call in (lambda: doc[1].sent, lambda: nlp.sentence_bounds(doc[1])):
        try:
            call()
        except ValueError as e:
            assert "E030" in str(e)
        else:
            raise AssertionError("no error")


def test_sentence_words_read_from_arrays_are_the_tokens_own():
    for doc in _docs():
        for tok in doc:
            want = tuple(senses._Word(t.i, t.lemma_.lower(), t.pos_, t.is_space, t.text) for t in tok.sent)
            assert senses._sentence_words(tok) == want


NUMBERS = [
    "A hundred protesters and two hundred and fifty police met; 2,000 people, twenty-five officers, 3.5 percent,"
    " hundreds of thousands, an estimated 30 and about 40 were there at 5 pm on 12 May 2019, from fourteen to 31.",
    "a dozen A Hundred an thousand - 7 of 8 and 9",
]


def test_capitalised_tokens_are_the_walks():
    from eventwire import geo

    for doc in [*_docs(), *(nlp.load()(t) for t in NUMBERS)]:
        assert geo._capitalised_tokens(doc) == [geo._capitalised(t) for t in doc]


def _number_spans_walk(doc):
    """counts.number_spans as it read every token (speed13)."""
    from eventwire import counts

    lex, spans, i = counts.lexicon(), [], 0
    while i < len(doc):
        tok = doc[i]
        starts_a = tok.lower_ in ("a", "an") and i + 1 < len(doc) and lex.numbers.get(doc[i + 1].lower_, (0, ""))[1] == "scale"
        if not (counts._is_numeric(tok) or starts_a) or counts._skipped(tok):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            nxt = doc[j]
            if counts._is_numeric(nxt) and not counts._skipped(nxt):
                j += 1
            elif nxt.text in ("-", "and", "of") and j + 1 < len(doc) and counts._is_numeric(doc[j + 1]) and (
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


def test_number_spans_are_the_walks():
    from eventwire import counts

    found = 0
    for doc in [*_docs(), *(nlp.load()(t) for t in NUMBERS)]:
        want = [(s.start, s.end) for s in _number_spans_walk(doc)]
        assert [(s.start, s.end) for s in counts.number_spans(doc)] == want
        found += len(want)
    assert found >= 8
