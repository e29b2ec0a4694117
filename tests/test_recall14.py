"""Recall, helper recall14 (issue 10): blame and criticism with no accusation verb, calls, clearing
someone, custody on a charge, reviews of records. Invented sentences only."""

from __future__ import annotations

import pytest

from conftest import events_of
from conftest import found_event as found


@pytest.mark.parametrize(
    "text,trigger,plover",
    [
        # laying a loss or failure at someone's door
        ("Senator Mora attributed her election defeat to the union's campaign.", "attributed", "ACCUSE"),
        ("The governor pinned the cause of the defeat on Minister Hale.", "pinned", "ACCUSE"),
        # saying someone is guilty or at fault (a said clause's copula and its prepositional complement)
        ("Senator Mora said Governor Hale was at fault for the crisis.", "said", "ACCUSE"),
        ('"Governor Hale is guilty," Senator Mora said.', "said", "ACCUSE"),
        # alleging wrongdoing as a noun, its "that" clause read like a said clause
        ("Senator Mora repeated his claims that a conspiracy helped Governor Hale.", "claims", "ACCUSE"),
        ("Senator Mora repeated claims of fraud against Governor Hale.", "claims", "ACCUSE"),
        ("Governor Hale lied to the American people about the deal.", "lied", "ACCUSE"),
        ("Senator Mora questioned the thoroughness of the police inquiry.", "questioned", "ACCUSE"),
        ("Senator Mora's speech was widely panned by critics.", "panned", "ACCUSE"),
        # clearing someone of wrongdoing rejects the accusation
        ("The court cleared Governor Hale of wrongdoing on Friday.", "cleared", "REJECT"),
        ("The court exonerated four women.", "exonerated", "REJECT"),
        # custody
        ("A man is being held on suspicion of manslaughter by police.", "held", "COERCE"),
        # going through records is investigating
        ("The FBI completed its review of the emails.", "review", "ACCUSE"),
        # a quantifier's "of" phrase is what the verb's object counts ("all of the emails")
        ("The FBI reviewed all of the emails from the laptop.", "reviewed", "ACCUSE"),
        ("Police examined the emails of Governor Hale.", "examined", "ACCUSE"),
        # a quarrel, industrial action, a backer
        ("Governor Hale has endured spats with President Lind for months.", "spats", "ACCUSE"),
        ("Pilots employed by the airline will take industrial action over pay.", "action", "PROTEST"),
        ("Russia and Iran are backers of the Syrian government.", "backers", "SUPPORT"),
    ],
)
def test_family_rows_find_the_event(text, trigger, plover):
    event, _ = found(text, trigger)
    assert event.plover.type == plover


def test_said_guilty_targets_the_one_judged():
    event, names = found("Senator Mora said Governor Hale was at fault for the crisis.", "said")
    assert names[event.source] == "Mora" or "Mora" in names[event.source]
    assert "Hale" in names[event.target]


def test_a_call_on_a_line_is_a_consultation_with_the_one_spoken_to():
    event, names = found("Senator Mora said in a call with Governor Hale that talks would resume.", "call")
    assert event.plover.type == "CONSULT"
    assert "Mora" in names[event.source] and "Hale" in names[event.target]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The governor pinned his hopes on Minister Hale.", "pinned"),  # hopes are no blame
        ("The governor reviewed the troops.", "reviewed"),  # a parade, not records
        ("Senator Mora said the meeting was in Paris.", "said"),  # a place is no judgement
        ("At least 52 deaths were linked to the virus.", "linked"),  # deaths are no setback one blames
    ],
)
def test_neighbouring_readings_stay_no_event(text, trigger):
    art = events_of(text)
    assert not [e for e in art.events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text,trigger,plover",
    [
        # criminal charges faced or brought are legal action, as "charged" is
        ("Senator Mora faces trial in Paris.", "faces", "COERCE"),
        ("Prosecutors said they would bring charges against the mayor.", "bring", "COERCE"),
        # finding no evidence clears someone
        ("Police found no evidence of wrongdoing by Senator Mora.", "found", "REJECT"),
        # careless and a loser join the families of condemnation and insult
        ("Director Hale said Senator Mora had been extremely careless.", "said", "ACCUSE"),
        ("Democrats called Senator Mora a sore loser.", "called", "ACCUSE"),
    ],
)
def test_charges_clearing_and_condemnation(text, trigger, plover):
    event, _ = found(text, trigger)
    assert event.plover.type == plover
