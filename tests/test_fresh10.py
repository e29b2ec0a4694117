"""fresh10 (issues 9 and 10): classes of errors of the freshest dev set fixed by general rows and one condition:
how a procedure works is no event, disaster measures are not coded, criticism with no accusation verb, requests
and calls named by nouns (invented sentences only)."""

from __future__ import annotations

import pytest

from conftest import events_of
from eventwire import senses


def _found(text: str, trigger: str) -> bool:
    return any(e.trigger.text == trigger for e in events_of(text).events)


def test_indefinite_determiners_are_a_contexts_row():
    assert {"a", "an", "any"} <= senses.table().indefinite
    assert "the" not in senses.table().indefinite


# ---- how a rule or procedure works: present or modal clause, a party naming no one in particular
@pytest.mark.parametrize("rule, trigger", [
    ("Under the charter, governors are removed from office after being censured by the assembly.", "removed"),
    ("Under the charter, governors are removed from office after being censured by the assembly.", "censured"),
    ("A provincial governor can be dismissed by the national assembly.", "dismissed"),
    ("A two-thirds majority of the council is needed to expel a member.", "expel"),
    ("Under the new statute, any mayor may be suspended by the regional court.", "suspended"),
    ("Three-quarters of deputies must vote to dismiss in the final reading.", "dismiss"),
])
def test_a_procedure_told_in_general_is_no_event(rule, trigger):
    assert not _found(rule, trigger), rule


@pytest.mark.parametrize("act, trigger", [
    ("Three governors were removed from office after being censured by the assembly.", "removed"),
    ("The provincial governor was dismissed by the national assembly on Monday.", "dismissed"),
    ("Governors have been dismissed by the national assembly this year.", "dismissed"),
    ("Protesters are being detained by police in the capital.", "detained"),
    ("The minister said police would arrest the protesters.", "arrest"),
    ("Three-quarters of deputies voted to dismiss the governor on Friday.", "dismiss"),
    ("The majority of legal scholars reject the views of the governor.", "reject"),
    ("Freedonia is set to restore relations with Sylvania after years of rivalry.", "restore"),
])
def test_a_told_act_stays_an_event(act, trigger):
    assert _found(act, trigger), act


def test_procedural_reads_the_tense_and_the_party():
    from eventwire import nlp

    doc = nlp.load()("Judges can be removed by the senate. The judge was removed by the senate.")
    modals = frozenset({"can", "may", "must"})
    removed = [t for t in doc if t.text == "removed"]
    reading = lambda t: senses.Reading(t, "remove", "COERCE", "172", [], [], senses.ArticleContext(None, -1))
    assert reading(removed[0]).procedural(modals)
    assert not reading(removed[1]).procedural(modals)


# ---- measures against a natural disaster are not coded; the same against unrest are
STORM = ("Hurricane Ida approached the coast with heavy rain and flooding on Sunday. Forecasters said the storm "
         "could bring a surge of three metres, and flooding was expected along the rivers. Firefighter crews and "
         "rescue teams stood by as the hurricane neared. Schools were shut and flights were cancelled at the airport "
         "while the storm moved north, and the weather service said the flooding would last until Wednesday. ")


@pytest.mark.parametrize("sentence, trigger", [
    ("The state governor Ann Moss declared a state of emergency before the storm.", "declared"),
    ("The prime minister Tom Ray urged residents to evacuate before the storm.", "urged"),
])
def test_a_disaster_measure_is_no_event(sentence, trigger):
    assert not _found(STORM + sentence, trigger)


def test_an_emergency_against_unrest_stays_an_event():
    text = ("Protesters clashed with police in the capital for a third day. Rioters burned cars and police fired "
            "tear gas at the crowd. The president Tom Ray declared a state of emergency on Monday.")
    assert _found(text, "declared")


# ---- criticism with no accusation verb; requests and calls named by nouns
@pytest.mark.parametrize("text, trigger, kind", [
    ("The governor disagreed with the minister's suggestions on Monday.", "disagreed", "ACCUSE"),
    ("The senator Ann Lee has long been a critic of Russia.", "critic", "ACCUSE"),
    ("The envoy Tom Ray often had disagreements with the minister Joe Doe.", "disagreements", "ACCUSE"),
    ("The envoy Tom Ray and the minister Joe Doe have been at odds over the plan.", "odds", "ACCUSE"),
    ("The committee issued a subpoena for documents from the minister Joe Doe.", "subpoena", "REQUEST"),
    ("The envoy was sent at the behest of President Tom Ray.", "behest", "REQUEST"),
    ("Speaker Ann Lee was directing six committees to proceed with the inquiry.", "directing", "REQUEST"),
])
def test_rows_of_fresh10_find_the_event(text, trigger, kind):
    evs = [e for e in events_of(text).events if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r} in {text!r}"
    assert kind in {e.plover.type for e in evs}


def test_the_one_at_whose_behest_is_the_source():
    art = events_of("The envoy was sent at the behest of President Tom Ray.")
    ev = next(e for e in art.events if e.trigger.text == "behest")
    assert ev.source and "Ray" in (ev.source_name(art) or "")


# ---- status: a meeting arranged is not held yet
def _status(text: str, trigger: str) -> set[str]:
    return {e.status for e in events_of(text).events if e.trigger.text == trigger}


def test_a_meeting_arranged_is_intended():
    assert _status("The envoy Tom Ray arranged a meeting between President Joe Doe and President Ann Lee.",
                   "meeting") == {"intended"}
    assert "planner" in __import__("eventwire.events", fromlist=["cues"]).cues().get("arrange", ())


def test_pressure_put_on_someone_is_a_demand():
    text = "The minister Tom Ray put pressure on President Joe Doe to resign."
    evs = [e for e in events_of(text).events if e.trigger.text == "pressure"]
    assert evs and {e.plover.type for e in evs} == {"REQUEST"}
    assert "Ray" in (evs[0].source_name(events_of(text)) or "")


@pytest.mark.parametrize("text, trigger", [
    ("The closest settlement to the air base is a village of forty houses.", "settlement"),
    ("The yearly conference of the regional assembly opens tomorrow in the capital.", "conference"),
])
def test_ordinary_senses_are_no_event(text, trigger):
    # also private disagreement: "She disagreed with her sister about the film." (test_senses_prec8)
    assert not _found(text, trigger)


def test_a_yearly_meeting_between_two_leaders_stays_an_event():
    assert _found("The yearly meeting between President Tom Ray and Prime Minister Joe Doe took place in Paris.",
                  "meeting")


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader Tom Ray claimed victory in the election, which was marred by reports of fraud.", "claimed"),
    ("The videos are now available on demand to every subscriber.", "demand"),
    ("Copies of the report are available on request from the ministry.", "request"),
])
def test_idioms_and_claimed_outcomes_are_no_event(text, trigger):
    assert not _found(text, trigger)


def test_a_claim_of_fraud_stays_an_accusation():
    assert _found("The opposition leader Tom Ray claimed the election was rigged by the government.", "claimed")


def test_a_rule_announced_and_a_named_doer_keep_the_act():
    from eventwire import nlp

    doc = nlp.load()("Travellers must be detained for ten days, the minister said. Candidates are detained by the police.")
    modals = frozenset({"can", "may", "must"})
    det = [t for t in doc if t.text == "detained"]
    reading = lambda t: senses.Reading(t, "detain", "COERCE", "173", [], [], senses.ArticleContext(None, -1))
    assert not reading(det[0]).procedural(modals)  # under "said": someone announces the rule
    assert not reading(det[1]).procedural(modals)  # a present passive with its doer named
