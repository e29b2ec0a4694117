"""Who did what to whom (issue 9/10, sixteenth stop, args19): a request one acts on ("at the behest
of"), a name the parser hangs on the organisation of a role, contexts listing several objects of one
preposition, and visits to places that are no political visit. Invented sentences, real lexicon people."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name

from eventwire import senses


def confident(art, trigger: str) -> list:
    return [e for e in art.events if e.trigger.text == trigger and e.confidence >= senses.default_min_confidence()]


def test_the_one_asked_is_the_one_who_acts_at_the_request():
    art = run("Queen Elizabeth II suspended parliament at the behest of Boris Johnson on Tuesday.", "2019-09-10T10:00:00")
    assert roles(art, "behest") == ("Boris Johnson", "Queen Elizabeth II")
    art = run("At the request of President Obama, the Senate delayed the vote.", "2015-03-04T10:00:00")
    assert roles(art, "request") == ("Barack Obama", "Senate")
    # a request made of someone named in its own phrase keeps that one
    art = run("Boris Johnson sent a request to Queen Elizabeth II on Tuesday.", "2019-09-10T10:00:00")
    assert roles(art, "request") == ("Boris Johnson", "Queen Elizabeth II")


def test_a_name_hung_on_the_organisation_of_a_role_is_the_role_holder():
    art = run("The general manager of the Gulf Times, Dr Khalid Al-Mansouri, blamed Iran for the attack.")
    assert roles(art, "blamed")[0] == "Khalid Al-Mansouri"
    # a person the role is of keeps the role noun from standing for the name after it
    art = run("The spokesman of Donald Trump, Sean Spicer, criticised the press on Monday.")
    assert roles(art, "criticised")[0] != "Donald Trump"


def test_a_context_lists_several_objects_of_one_preposition():
    # contexts.tsv writes "prep:with=applause|criticism|...": every object counts, not only the first
    rows = [c for c in senses.table().contexts if c.target == "meet" and any(k == "prep" for k, _ in c.conditions)]
    listed = [v for c in rows for k, vals in c.conditions if k == "prep" for v in vals if v.startswith("with=")]
    assert listed and all("," in v for v in listed)
    art = run("Donald Trump arrived late, and his attacks on Hillary Clinton were met with a chorus of chants.")
    assert not confident(art, "met")
    art = run("The proposal was met with skepticism by opposition lawmakers.")
    assert not confident(art, "met")
    art = run("Donald Trump met with Vladimir Putin in Helsinki.")
    assert confident(art, "met")


def test_a_visit_to_a_hospital_or_a_church_is_no_political_visit():
    art = run("The mayor of Gdansk was stabbed on stage. Politicians visited the hospital on Monday.")
    assert not confident(art, "visited")
    art = run("Sarah Palin visited the church on Saturday.")
    assert not confident(art, "visited")
    art = run("Emmanuel Macron visited Lebanon on Thursday.")
    assert confident(art, "visited")


def test_a_trigger_row_lists_objects_of_a_preposition_either_way():
    # triggers.tsv lists them a|b; a row written a,b (as contexts.tsv does) reads alike
    from eventwire import events
    rows = [r for r in events.lexicon()[("V", "converge")] if r.prep == "on"]
    assert rows and all("parliament" in r.prep_obj and "embassy" in r.prep_obj for r in rows)
    art = run("Thousands of protesters converged on parliament in Belgrade on Sunday.")
    assert [e.plover.type for e in art.events if e.trigger.text == "converged"] == ["PROTEST"]


def test_reviewing_emails_or_evidence_is_looking_into_someone():
    art = run("FBI agents worked around the clock to review a large volume of emails.", "2016-11-06T10:00:00")
    assert [e.plover.type for e in art.events if e.trigger.text == "review"] == ["ACCUSE"]
    art = run("The committee will review the budget next week.")
    assert not [e for e in art.events if e.trigger.text == "review"]
