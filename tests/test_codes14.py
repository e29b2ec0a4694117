"""Actor codes on multi-outlet news (issue 9, eleventh stop): the title of an office a person has
left is an honorific ("Secretary Clinton" in 2016 is a former official, ELI); a candidate who held
no office before is a party actor during the candidacy. Invented sentences, real lexicon people."""

from __future__ import annotations

from datetime import datetime

from eventwire.model import Article
from eventwire.pipeline import Pipeline

CONTEXT = Pipeline(until="context", min_confidence=0)


def code(text: str, words: str, published: str) -> str | None:
    art = CONTEXT.annotate([Article(id="t", text=text)], [datetime.fromisoformat(published)])[0]
    for a in art.actors:
        if any(art.text[s:e] == words for s, e in a.mentions):
            return a.code
    raise AssertionError(f"no actor {words!r} in {[(a.name, a.code) for a in art.actors]}")


def test_the_title_of_an_office_left_is_an_honorific():
    text = "Secretary Clinton met the mayor of Leeds on Tuesday."
    assert code(text, "Clinton", "2016-11-06T10:00:00") == "USAELI"
    assert code(text, "Clinton", "2011-05-02T10:00:00") == "USAGOV"  # in office then


def test_a_candidate_without_an_earlier_office_is_a_party_actor_during_the_campaign():
    text = "Donald Trump criticised the agency on Sunday."
    assert code(text, "Donald Trump", "2016-11-06T10:00:00") == "USAPTY"
    assert code(text, "Donald Trump", "2018-03-01T10:00:00") == "USAGOV"
    assert code(text, "Donald Trump", "2014-03-01T10:00:00") == "USA"  # before the candidacy: the country alone
