"""speed11: the fast doc scans give exactly the tokens a walk over the doc would (invented sentences)."""

from __future__ import annotations

from eventwire import actor_lexicon, events, nlp, syntax

TEXTS = [
    "The state sued the company. They said it was unfair, and the country's president agreed.",
    "Mr. Okonkwo met the federation; OKONKWO later told the pair that the nation would wait.",
    "",
    "Rain.",
]


def test_tokens_among_matches_a_walk():
    words = {"the", "they", "it", "country", "pair", "nation", "state"}
    for text in TEXTS:
        doc = nlp.load()(text)
        assert [t.i for t in syntax.tokens_among(doc, words)] == [t.i for t in doc if t.lower_ in words]
        table = {w: 1 for w in words}  # a dict: its keys
        assert [t.i for t in syntax.tokens_among(doc, table)] == [t.i for t in doc if t.lower_ in table]


def test_tokens_among_exact_is_case_sensitive():
    doc = nlp.load()(TEXTS[1])
    assert [t.text for t in syntax.tokens_among(doc, {"Okonkwo"}, exact=True)] == ["Okonkwo"]
    assert [t.text for t in syntax.tokens_among(doc, {"okonkwo"})] == ["Okonkwo", "OKONKWO"]
    assert syntax.tokens_among(doc, set()) == []


def test_tokens_among_sees_a_changed_collection():
    doc = nlp.load()(TEXTS[0])
    words = {"state"}
    assert [t.text for t in syntax.tokens_among(doc, words)] == ["state"]
    other = {"company"}
    assert [t.text for t in syntax.tokens_among(doc, other)] == ["company"]


def test_tokens_tagged_matches_a_walk():
    for text in TEXTS:
        doc = nlp.load()(text)
        assert [t.i for t in syntax.tokens_tagged(doc, events.MATCHABLE)] == [t.i for t in doc if t.pos_ in events.MATCHABLE]


def test_match_only_needs_the_matchable_tags():
    for text in TEXTS:
        doc = nlp.load()(text)
        assert all(events.match(t) is None for t in doc if t.pos_ not in events.MATCHABLE)


def test_pronoun_classes_read_once():
    assert actor_lexicon.pronoun_classes() is actor_lexicon.pronoun_classes()
