"""A vigil is mourning, rarely protest, when no one is named it is held against (contexts.tsv row
"vigil notarget"); one that police, riots or clashes meet is a protest gathering and stays an event
(issue 12: the narrowing gave back reports of one vigil that the row had dropped). Invented sentences."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf


DEFAULT = senses.default_min_confidence()


@pytest.mark.parametrize("text", [
    "A candlelit vigil for the slain teenager turned violent on Monday night in the north of the city.",
    "Police moved in when more than two hundred people joined a vigil outside the station.",
    "The riots began after a vigil to mark the death of the student.",
])
def test_vigil_met_by_police_or_riots_is_an_event(text: str) -> None:
    assert conf(run(text), "vigil") >= DEFAULT, run(text).events


@pytest.mark.parametrize("text", [
    "Vigils across the country were attended by thousands of mourners.",
    "Hundreds of residents held a quiet candlelit vigil for the victims of the flood.",
])
def test_mourning_vigil_stays_weak(text: str) -> None:
    art = run(text)
    assert max((e.confidence for e in art.events if e.trigger.text.lower().startswith("vigil")), default=0.0) < 0.5
