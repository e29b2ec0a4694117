"""Sixth pass (issue 10: real events on text never seen): where and when. A told happening is
placed or dated; a trigger with no actor on either side, whose subject names no one in particular,
outside quotes, in a sentence naming no place and no time is mostly a generic statement, an opinion
or interview talk. Rows of resources/events/contexts.tsv ("situating", "generic",
"noactor !situated !quoted generic"); every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf


DEFAULT = senses.default_min_confidence()


@pytest.mark.parametrize("text, word", [
    # generic statements with no actor, no place and no time
    ("At times there have been protests against the new rules.", "protests"),
    ("Few people actually criticise them.", "criticise"),
    ("You just can't criticise that part of the faith.", "criticise"),
    ("Few would ever reject that kind of advice.", "reject"),
])
def test_bare_generic_statement_is_no_event(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) < DEFAULT, art.events


@pytest.mark.parametrize("text, word", [
    # the same kinds of trigger, placed or dated: told happenings stay
    ("Protests broke out in Belgrade on Tuesday.", "protests"),
    ("A suicide bombing in Kabul on Friday killed five soldiers.", "bombing"),
    # arrests and bans name no agent, but the state is implied: they stay
    ("Two journalists were arrested and their newspaper was banned.", "arrested"),
])
def test_situated_or_implied_act_stays(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) >= DEFAULT, art.events


def test_place_and_time_make_a_happening() -> None:
    """One generic telling with and without where and when: the placed, dated one is surer."""
    bare = conf(run("At times there have been protests against the new rules."), "protests")
    told = conf(run("On Tuesday there were protests against the new rules in Belgrade."), "protests")
    assert 0 < bare < DEFAULT <= told


def test_situating_labels_are_data() -> None:
    """The entity labels that place or date a sentence come from contexts.tsv (row "situating")."""
    labels = senses.table().situating
    assert {"GPE", "DATE"} <= labels and "PERSON" not in labels



@pytest.mark.parametrize("text, word, kind", [
    # concern expressed about an act, when the parser hangs the rest on the verb as a clause
    ("China expressed concern over the US attempts to interfere.", "expressed", "ACCUSE"),
    ("The ministry voiced concern over Israeli plans to annex the valley.", "voiced", "ACCUSE"),
    # officials fired: the head noun of "inspector general" is "general"
    ("The president fired the inspector general.", "fired", "COERCE"),
])
def test_family_found(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert any(e.plover.type == kind and e.confidence >= DEFAULT for e in art.events if e.trigger.text == word), art.events


def test_hope_expressed_is_no_concern() -> None:
    """Only words of concern make "expressed ... that" a criticism."""
    art = run("She expressed hope that the talks would succeed.")
    assert not [e for e in art.events if e.trigger.text == "expressed"], art.events


@pytest.mark.parametrize("text, word", [
    # evidence or proof "to support" a claim is no one's support
    ("Officials have stated there is no evidence to support the governor's claims of fraud.", "support"),
    ("There is little proof to back the allegations against the mayor.", "back"),
])
def test_evidence_supporting_a_claim_is_no_support(text: str, word: str) -> None:
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == word], art.events


@pytest.mark.parametrize("text, word", [
    # figurative shots and swipes at a rival are criticism, not gunfire
    ("The governor took a parting shot at the mayor on Twitter.", "shot"),
    ("The senator took a swipe at the governor over the budget.", "took"),
    # attacks on a vote, a law or a decision are criticism
    ("The former president criticised the senator for his attacks on mail-in voting.", "attacks"),
])
def test_figurative_attack_is_criticism(text: str, word: str) -> None:
    art = run(text)
    got = [e for e in art.events if e.trigger.text == word]
    assert got and all(e.plover.type == "ACCUSE" for e in got), art.events


def test_a_shot_fired_stays_an_attack() -> None:
    art = run("A police officer shot the fleeing suspect near the station.")
    assert {e.plover.type for e in art.events if e.trigger.text == "shot"} == {"ASSAULT"}, art.events


@pytest.mark.parametrize("text, word, kind", [
    ("Thousands took to the streets of the capital on Saturday.", "took", "PROTEST"),
    ("Protesters set fire to the police station.", "set", "COERCE"),
    ("The two sides exchanged prisoners on Monday.", "exchanged", "CONCEDE"),  # releases: CONCEDE (prec8)
    ("China slapped tariffs on American goods.", "slapped", "SANCTION"),
    ("The regulator slapped a fine on the bank.", "slapped", "COERCE"),
])
def test_idioms_a_coder_codes(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert any(e.plover.type == kind and e.confidence >= DEFAULT for e in art.events if e.trigger.text == word), art.events


def test_a_street_market_is_no_protest() -> None:
    art = run("The teacher took the students to the street market.")
    assert not [e for e in art.events if e.plover.type == "PROTEST"], art.events


def test_fire_set_by_rioters_is_no_accident() -> None:
    """"Set fire to": the fire is the act, not a blaze that harmed someone (no actor needed)."""
    art = run("During a riot near the palace, rioters set fire to a church.")
    assert "COERCE" in {e.plover.type for e in art.events if e.trigger.text == "set"}, art.events  # property destroyed: CAMEO 1712
    assert not run("The fire destroyed three homes in the village.").events
