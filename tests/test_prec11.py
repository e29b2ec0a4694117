"""prec11: the evidence carried on events, the fitted confidence, and the fit script (invented sentences only)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from eventwire import senses
from eventwire.pipeline import extract
from conftest import benchmark

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):
    return benchmark(name)


def _events(text: str):
    return extract(text, min_confidence=0).events


def test_fitted_weights_load_and_name_known_features():
    mw = senses.model_weights()
    assert mw and "bias" in mw
    every = set()
    for ev in (senses.Evidence(), senses.Evidence(status="hypothetical", plover="ACCUSE", dep="ROOT"),
               senses.Evidence(status="intended", dep="advcl"), senses.Evidence(status="negated")):
        every |= set(senses.model_features(ev))
    fitted = {k for k in mw if not k.startswith("short:")}
    assert fitted <= every, fitted - every  # no weight for a feature model_features never makes
    assert {"short:bias", "short:hand_logit"} <= set(mw)


def test_confidence_stays_in_unit_interval():
    for src, tgt, root, pol, emb, att, sit, gen, status, sense in itertools.product(
            (False, True), (False, True), (False, True), (False, True), (False, True), (False, True),
            (False, True), (False, True), ("occurred", "hypothetical", "negated", "intended"), (0.2, 1.0)):
        ev = senses.Evidence(source=src, target=tgt, root=root, political=pol, embedded=emb, attributive=att,
                             situated=sit, generic=gen, status=status, sense=sense, plover="AID", constraints=3)
        c = senses.confidence(ev)
        assert 0.0 <= c <= 1.0
        assert 0.0 <= senses.hand_confidence(ev) <= 1.0


def test_bare_general_trigger_below_full_political_dyad():
    bare = senses.Evidence(plover="SUPPORT", generic=True)
    full = senses.Evidence(plover="SUPPORT", source=True, target=True, root=True, political=True, situated=True,
                           article_political=6, article_actors=8)
    assert senses.confidence(bare) < senses.default_min_confidence() <= senses.confidence(full)
    assert senses.hand_confidence(bare) < senses.hand_confidence(full)


def test_each_context_moves_the_score_the_way_the_dev_sets_say():
    base = senses.Evidence(plover="ACCUSE", source=True, target=True, root=True, political=True,
                           article_political=3, article_actors=6)
    from dataclasses import replace
    if not senses.fitted():
        pytest.skip("hand-set confidence: the context features carry no weight")
    assert senses.confidence(replace(base, situated=True)) >= senses.confidence(base)
    assert senses.confidence(replace(base, generic=True)) <= senses.confidence(base)
    assert senses.confidence(replace(base, status="hypothetical")) < senses.confidence(base)
    assert senses.confidence(replace(base, embedded=True)) < senses.confidence(base)


def test_threshold_is_the_model_one_when_fitted():
    w = senses.weights()
    assert senses.default_min_confidence() == (w["model_min_confidence"] if senses.fitted() else w["min_confidence"])


def test_evidence_is_carried_and_reads_its_sentence():
    evs = _events('Zorvanian police arrested four opposition activists in Velmora on Tuesday. '
                  '"They will attack us," the rebel commander said.')
    by = {e.trigger.text: e._evidence for e in evs}
    assert by["arrested"].situated and not by["arrested"].quoted and by["arrested"].dep == "ROOT"
    assert by["attack"].quoted and by["attack"].pronoun
    assert all(0 <= e._evidence.position <= 1 for e in evs)


def test_pipeline_scores_a_full_dyad_above_a_bare_mention():
    evs = _events("The Zorvanian army attacked rebel positions near Velmora on Monday. "
                  "People often criticise things they do not understand.")
    conf = {e.trigger.text: e.confidence for e in evs}
    assert conf["attacked"] > conf.get("criticise", 0.0)


def test_feature_rows_label_each_event():
    dyads = _module("dyads")
    text = "Zorvanian police arrested four activists in Velmora on Tuesday."
    from eventwire.pipeline import extract as ex
    art = ex(text, min_confidence=0)
    gold = dyads.locate([{"anchor": "police arrested four activists", "trigger": "arrested", "type": "COERCE",
                          "source": None, "target": None}], art.text, [0])
    events = dyads.body_events(art)
    pairs = dyads.match(gold, events, art, [(0, len(art.text))])
    rows = dyads.feature_rows("k", art, events, pairs, [(0, len(art.text))])
    assert rows and all("real" in r and "situated" in r and "constraints" in r for r in rows)
    assert any(r["real"] and r["type_right"] for r in rows if r["trigger"] == "arrested")
    json.dumps(rows)  # one JSON object a line


def test_fit_recovers_a_planted_weight():
    fc = _module("fit_confidence")
    rng = np.random.default_rng(1)
    X = np.column_stack([np.ones(2000), rng.integers(0, 2, 2000), rng.normal(size=2000)])
    y = (rng.random(2000) < 1 / (1 + np.exp(-(X @ np.array([-0.5, 2.0, 0.0]))))).astype(float)
    w = fc.fit(X, y, 0.1)
    assert 1.5 < w[1] < 2.5 and abs(w[2]) < 0.3
    assert fc.auc(np.array([0.9, 0.8, 0.1]), np.array([1.0, 1.0, 0.0])) == 1.0


def test_a_text_too_short_to_judge_keeps_the_hand_set_order():
    # no article-level judgement (article_political -1): the hand-set score, mapped monotonically
    weak = senses.Evidence(plover="SUPPORT", article_political=-1)
    mid = senses.Evidence(plover="ACCUSE", source=True, article_political=-1)
    full = senses.Evidence(plover="ACCUSE", source=True, target=True, root=True, political=True, article_political=-1)
    hands = [senses.hand_confidence(e) for e in (weak, mid, full)]
    confs = [senses.confidence(e) for e in (weak, mid, full)]
    assert hands == sorted(hands) and confs == sorted(confs)
    if senses.fitted():  # the hand-set default (0.3) maps to the model's default or above
        at = senses.Evidence(plover="ACCUSE", article_political=-1)
        if senses.hand_confidence(at) >= senses.weights()["min_confidence"]:
            assert senses.confidence(at) >= senses.default_min_confidence()


def test_the_evidence_counts_the_acts_the_article_tells_again():
    # the article's own subject (Evidence.repeats, a feature for the next fit): the other acts of the body with the
    # act's CAMEO root
    evs = _events("Zorvanian and Velmoran ministers met in Velmora on Monday. The meeting lasted four hours. "
                  "After the talks, the ministers held a second meeting. Police arrested two protesters outside.")
    by = {e.trigger.text: e._evidence for e in evs}
    assert by["met"].repeats == by["meeting"].repeats >= 2 and by["arrested"].repeats == 0
    # ... read as a share of the body's acts and per 100 words (a count grows with the page's length)
    assert by["met"].article_acts == len({e.trigger.start for e in evs})
    feats = senses.model_features(by["met"])
    assert feats["repeats_share"] == by["met"].repeats / (by["met"].article_acts - 1)
    long = senses.Evidence(repeats=4, article_acts=20, article_words=400)
    assert senses.model_features(long)["repeats_density"] == 1.0 and senses.model_features(long)["repeats_share"] == 4 / 19
    # police are a state's agent; an act no state does is what "few political actors" weighs on
    assert by["arrested"].state_source and senses.model_features(by["arrested"])["state_source"] == 1
    assert senses.model_features(by["arrested"])["few_political_nonstate"] == 0
