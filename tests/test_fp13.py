"""fp13: sentence and word features of the fitted confidence (senses.Evidence; cues in
resources/events/model_cues.tsv), tried by benchmarks/fit_confidence.py. Invented sentences only."""

from __future__ import annotations

from functools import lru_cache

import pytest

from conftest import benchmark
from eventwire import senses

FEATURES = ("present", "modal", "speaker", "definite", "named", "measured", "offtopic_words", "fragment")


@lru_cache(maxsize=1)
def _nlp():
    from eventwire import nlp

    return nlp.load()


def _evidence(text: str, word: str) -> senses.Evidence:
    doc = _nlp()(text)
    toks = [t for t in doc if t.text == word]
    assert toks, f"no {word!r} in {text!r}"
    return senses.evidence(toks[0])


def test_cues_are_data():
    cues = senses.model_cues()
    assert {"named", "measured", "offtopic", "modal", "speaker", "definite", "terminal"} <= set(cues)
    assert "would" in cues["modal"] and "we" in cues["speaker"] and "." in cues["terminal"]
    assert cues["offtopic"] <= set(senses.table().topics)  # topics of contexts.tsv
    assert "conflict" not in cues["offtopic"]


def test_every_feature_is_a_model_feature_and_a_candidate_of_the_fit():
    f = senses.model_features(senses.Evidence())
    assert all(name in f and f[name] == 0.0 for name in FEATURES)
    fc = benchmark("fit_confidence")
    assert set(FEATURES) <= set(fc.FP13)
    assert all(name in fc.SETS["hand+context+fp13"] for name in FEATURES)


@pytest.mark.parametrize("text, word, feature, value", [
    # a stance told in the simple present against a dated act
    ("The senator firmly opposes the border treaty with Chile.", "opposes", "present", True),
    ("The senator opposed the border treaty with Chile on Monday.", "opposed", "present", False),
    # a modal: a possible act
    ("The minister said the army would attack the rebel camp.", "attack", "modal", True),
    ("The minister said the army attacked the rebel camp.", "attacked", "modal", False),
    # I, we, you: talk and opinion
    ("We will protest against the mayor of Lyon next week.", "protest", "speaker", True),
    ("Farmers will protest against the mayor of Lyon next week.", "protest", "speaker", False),
    # a noun with a definite determiner or an owner: an act already known to the reader
    ("Germany condemned the talks with Iran.", "talks", "definite", True),
    ("Officials praised his arrest in Madrid.", "arrest", "definite", True),
    ("Germany held talks with Iran in Vienna.", "talks", "definite", False),
    # a word of a name
    ("Thousands joined the Peace March Movement in Paris on Sunday.", "March", "named", True),
    ("Thousands joined a peace march in Paris on Sunday.", "march", "named", False),
    # money, shares, quantities, a score
    ("The team won 3-1 after the coach protested the penalty.", "protested", "measured", True),
    ("Shares fell 12 percent after the regulator fined the bank.", "fined", "measured", True),
    ("The regulator fined the bank in Zurich on Tuesday.", "fined", "measured", False),
    # a headline-like fragment: no full stop, or no verb
    ("Police arrest protesters in Paris", "arrest", "fragment", True),
    ("Police arrested protesters in Paris on Friday.", "arrested", "fragment", False),
])
def test_feature_reads_the_sentence(text, word, feature, value):
    assert getattr(_evidence(text, word), feature) is value


def test_off_topic_words_are_counted_in_the_sentence_only():
    sports = _evidence("The coach protested after the team lost the match and the title.", "protested")
    plain = _evidence("The union protested after the ministry closed the port.", "protested")
    assert sports.offtopic_words >= 2 and plain.offtopic_words == 0
    assert senses.model_features(sports)["offtopic_words"] <= 3  # capped


@pytest.mark.parametrize("text, hit", [
    ("They won 3-1 on Sunday.", True),
    ("The bill passed by a 27\u201320 vote.", True),
    ("The war of 1939-1945 ended.", False),  # years are no score
    ("He was born on 12/3-4.", False),
])
def test_score_pattern(text, hit):
    assert (senses.SCORE.search(text) is not None) is hit
