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


def test_trigger_candidates_lose_no_token_a_walk_would_match():
    # events.candidates skips, on the doc's arrays, the words no trigger row is keyed by: the same rules as
    # matching every token of a matchable part of speech
    found = 0
    for text in TEXTS + ["Police arrested 30 protesters and the army shelled the town; talks with Iran collapsed."]:
        doc = nlp.load()(text)
        walk = {t.i: r for t in doc if t.pos_ in events.MATCHABLE and (r := events.match(t)) is not None}
        assert {t.i: r for t in events.candidates(doc) if (r := events.match(t)) is not None} == walk
        found += len(walk)
    assert found


def test_match_only_needs_the_matchable_tags():
    for text in TEXTS:
        doc = nlp.load()(text)
        assert all(events.match(t) is None for t in doc if t.pos_ not in events.MATCHABLE)


def test_pronoun_classes_read_once():
    assert actor_lexicon.pronoun_classes() is actor_lexicon.pronoun_classes()
