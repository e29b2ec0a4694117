"""prec12: the fit pools every dev set of the dyads benchmark; habitual statements are no dated acts
(invented sentences only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import benchmark, events_of
from eventwire import senses

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):
    return benchmark(name)


def test_fit_pools_every_dev_set_and_keeps_the_validation_set_out():
    fc, dy = _module("fit_confidence"), _module("dyads")
    assert fc.VALIDATION in dy.VALIDATION
    assert set(fc.DEV) == {s for s in dy.GOLD_FILES if s != "heldout" and s not in dy.VALIDATION}
    assert "heldout" not in fc.DEV and fc.VALIDATION not in fc.DEV
    assert "dev7" in fc.DEV  # a dev set since the ninth round


def _conf(text: str, trigger: str) -> float:
    evs = [e for e in events_of(text).events if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r} in {text!r}"
    return max(e.confidence for e in evs)


def test_habitual_words_are_a_contexts_row():
    assert {"always", "often", "usually", "whenever"} <= senses.table().habitual
    assert "repeatedly" not in senses.table().habitual  # a series of acts is still acts


@pytest.mark.parametrize("habitual, act, trigger", [
    ("The league council always prohibits any strike by its member unions.",  # (a charter's rule is no act at all)
     "The league council prohibited the strike by its member unions on Monday.", None),
    ("Many opposition candidates are often harassed by the police in Minsk.",
     "Several opposition candidates were harassed by the police in Minsk.", "harassed"),
    ("The landlords used to demand the rent twice a month from the tenants.",
     "The landlords demanded the rent twice a month from the tenants.", None),
    ("The governor usually defends the army against its critics.",
     "The governor defended the army against its critics.", None),
])
def test_a_habitual_statement_weighs_less_than_the_act(habitual, act, trigger):
    h_trig = trigger or next(w for w in ("prohibits", "demand", "defends") if w in habitual.split())
    a_trig = trigger or next(w for w in ("prohibited", "demanded", "defended") if w in act.split())
    assert _conf(habitual, h_trig) < _conf(act, a_trig)


def test_used_to_and_whenever_read_as_habitual():
    class _Tok:  # a stand-in for a spaCy token: enough of one for Reading.habitual
        def __init__(self, text, dep="ROOT", children=(), head=None):
            self.lower_, self.dep_, self.children = text.lower(), dep, list(children)
            self.lemma_ = self.lower_
            self.head = head or self

    # "they used to demand": demand is the xcomp of "used", with "to"
    used = _Tok("used")
    demand = _Tok("demand", "xcomp", [_Tok("to", "aux")], head=used)
    r = senses.Reading.__new__(senses.Reading)
    r.tok = demand
    assert r.habitual()
    # "whenever the family learns of it, she is kicked out": an adverbial clause opened by "whenever"
    kicked = _Tok("kicked", children=[_Tok("learns", "advcl", [_Tok("whenever", "advmod")])])
    r.tok = kicked
    assert r.habitual()
    # "after the family learned of it, she was kicked out": one act
    r.tok = _Tok("kicked", children=[_Tok("learned", "advcl", [_Tok("after", "mark")])])
    assert not r.habitual()


def test_a_dated_act_is_not_habitual():
    assert _conf("The police arrested the opposition leader in Minsk on Tuesday.", "arrested") >= \
        senses.default_min_confidence()


def test_a_standing_position_and_a_means_are_not_habitual():
    # "the federation has always condemned violence": a stance told, as the act of condemning is
    assert _conf("The tennis federation has always condemned any form of violence.", "condemned") > \
        _conf("The tennis federation always condemns any form of violence.", "condemns")
    # "an armoured vehicle was used to breach the gate": a means, not "used to" of habit
    assert _conf("The rebels' armoured vehicle was used to breach the gate of the army base.", "breach") > \
        _conf("The rebels used to breach the gate of the army base.", "breach")


def _triggers(text: str) -> set[str]:
    return {e.trigger.text for e in events_of(text).events if e.confidence > 0}


def test_a_reporters_own_inquiry_is_no_event():
    assert "contacted" not in _triggers("The two ministers were each contacted for this story but did not respond.")
    assert "contacted" in _triggers("The police contacted the embassy about the arrest on Friday.")


def test_calling_a_race_is_no_call_on_anyone():
    assert "called" not in _triggers("The networks called the race for the governor late on Tuesday.")
    assert "called" in _triggers("The opposition called the election a fraud.")  # an accusation stays
    assert "called" in _triggers("The president called the prime minister of Japan on Tuesday.")


def test_animals_neither_attack_nor_accuse():
    assert "attack" not in _triggers("A shark attack injured two swimmers off the coast of Sydney on Sunday.")
    assert "struck" not in _triggers("That creature, a bat, flew at the candidate and struck her on the chin.")
    assert "attacks" not in _triggers("A bat attacks the party's presidential nominee at a rally in Texas.")
    assert "attacked" in _triggers("Rebels attacked an army base near Kandahar on Sunday.")
