"""Counts: one invented sentence per count form, and the seed article's raid."""

from __future__ import annotations

import pytest

from eventwire.model import Article, Event, Plover, Trigger
from eventwire.pipeline import Pipeline

# counts alone, on the events each test gives (with their places)
COUNTS = Pipeline(stages=["counts"], given=("events", "events.location"))


def run(text: str, events: list[Event] | None = None) -> list:
    return COUNTS.annotate([Article(id="t", text=text, events=events or [])], [None])[0].counts


def kinds(text: str) -> list[tuple]:
    return [(c.kind, c.number) for c in run(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen killed three villagers near the border.", [("KILL", 3)]),
        ("Four security officers were wounded.", [("WOUND", 4)]),
        ("Police launched a raid, killing two suspects and arresting seven.", [("KILL", 2), ("ARREST", 7)]),
        ("At least 156 people died in the fire.", [("KILL", 156)]),
        ("More than 2,000 residents were evacuated from the valley.", [("EVACUATE", 2000)]),
        ("Twenty-five miners are missing after the collapse.", [("MISSING", 25)]),
        ("A total of 39 are confirmed dead, officials said.", [("KILL", 39)]),
        ("The death toll rose to 41 on Sunday.", [("KILL", 41)]),
        ("Rescuers recovered more bodies, bringing the death toll from twelve to 31.", [("KILL", 31)]),
        ("Rebels abducted 12 aid workers on the road to the airport.", [("KIDNAP", 12)]),
        ("The floods displaced 8,500 families in the delta.", [("DISPLACE", 8500)]),
        ("Thousands fled across the border overnight.", [("DISPLACE", 2000)]),
        ("About 5,000 protesters marched to parliament.", [("PROTEST", 5000)]),
        ("A crowd of 10,000 gathered in the square.", [("PROTEST", 10000)]),
        ("The storm left 12 people dead and 40 injured.", [("KILL", 12), ("WOUND", 40)]),
        ("The army reported 14 deaths and 30 injuries.", [("KILL", 14), ("WOUND", 30)]),
        ("Customs officers seized two tonnes of cocaine and arrested five men.", [("SEIZE", 2), ("ARREST", 5)]),
    ],
)
def test_count_forms(text, expected):
    assert kinds(text) == expected


def test_hundreds_of_thousands_is_approximate():
    (c,) = run("Hundreds of thousands fled the fighting.")
    assert (c.kind, c.number, c.approximate) == ("DISPLACE", 200000, True)


def test_dozens_is_approximate_with_its_object():
    (c,) = run("Dozens of protesters were arrested outside the embassy.")
    assert (c.kind, c.number, c.approximate, c.object) == ("ARREST", 24, True, "protesters")


def test_qualifier_offsets_and_object():
    text = "The blast wounded at least 30 civilians."
    (c,) = run(text)
    assert (c.qualifier, c.number, c.object, c.approximate) == ("at least", 30, "civilians", False)
    assert text[c.start : c.end] == c.text == "at least 30 civilians"


def test_about_is_approximate():
    (c,) = run("About 300 people were evacuated.")
    assert c.approximate and c.qualifier == "about"


def test_not_counts():
    assert run("The agent killed two hours reading reports in 2019.") == []  # no count of people
    assert run("Two gunmen opened fire on the market.") == []  # the attackers, not the victims
    assert run("Russia has 18.9 road deaths per 100,000 people.") == []  # a rate
    assert run("Smoking causes 8 million deaths a year.") == []  # a rate
    assert run("It was one of the highest death tolls in years.") == []  # a rank
    assert run("She was killed on 12 May after 31 days in hiding.") == []  # dates


def test_count_takes_the_event_of_its_trigger_and_its_location():
    text = "Police arrested seven protesters in the capital."
    trig = text.index("arrested")
    ev = Event(id="e1", sentence=0, trigger=Trigger("arrested", trig, trig + 8), cameo="173", cameo_root="17",
               quad_class=4, goldstein=-5.0, plover=Plover("COERCE"), location="l1")
    (c,) = run(text, [ev])
    assert (c.event, c.location) == ("e1", "l1")


@pytest.mark.parametrize("text", ["", "2,000", "one two three", "hundreds of", "a dozen", "killed 0 people"])
def test_odd_text_never_crashes(text):
    assert isinstance(run(text), list)


def test_seed_counts(seed):
    found = {(c.kind, c.number): c for c in seed.counts}
    assert found[("KILL", 2)].object == "suspects"
    assert ("ARREST", 7) in found
    assert found[("WOUND", 4)].object == "security officers"
