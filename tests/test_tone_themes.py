"""Tone (GDELT-style shares from VADER's lexicon) and themes (taxonomy matches with offsets)."""

from __future__ import annotations

from eventwire import tone
from eventwire.model import Article, Event, Plover, Trigger
from eventwire.pipeline import Pipeline

TONE = Pipeline(stages=["tone"], given=("events",))  # on the events each test gives
THEMES = Pipeline(stages=["themes"])


def run(pipeline: Pipeline, text: str, events: list[Event] | None = None) -> Article:
    return pipeline.annotate([Article(id="t", text=text, events=events or [])], [None])[0]


def test_tone_shares_add_up():
    p = run(TONE, "The attack killed many people. Leaders condemned the terrible violence. They praised the brave rescuers.")
    t = p.tone
    assert t.words == 15
    assert t.negative > t.positive > 0
    assert t.tone == round(t.positive - t.negative, 3)
    assert t.polarity == round(t.positive + t.negative, 3)
    assert t.self_group > 0  # "They"
    assert t.activity > 0


def test_event_tone_comes_from_its_sentence():
    text = "Rebels attacked and killed villagers. The two leaders signed a wonderful peace agreement."
    ev = [Event(id=f"e{i}", sentence=i, trigger=Trigger("x", 0, 1), cameo="", cameo_root="", quad_class=1,
                goldstein=0.0, plover=Plover("ASSAULT")) for i in (0, 1)]
    p = run(TONE, text, ev)
    assert ev[0].tone < 0 < ev[1].tone


def test_empty_text_has_zero_tone():
    p = run(TONE, "")
    assert p.tone.words == 0 and p.tone.tone == 0.0


def test_lexicon_is_read_from_the_installed_package():
    lex = tone.lexicon()
    assert lex["killed"] < 0 < lex["praise"] and len(lex) > 5000


def test_themes_with_offsets_longest_match_first():
    text = "An air strike hit the rebel camp. Thousands of protesters marched; police arrested dozens."
    p = run(THEMES, text)
    found = [(m.code, text[m.start : m.end]) for m in p.theme_mentions]
    assert ("MILITARY", "air strike") in found
    assert ("PROTEST", "strike") not in found
    assert ("PROTEST", "protesters") in found and ("ARREST", "arrested") in found
    assert p.themes[0] in {"PROTEST", "MILITARY", "ARREST", "ARMEDCONFLICT"}


def test_themes_are_ordered_by_count():
    p = run(THEMES, "The election was close. Voters waited at every polling station; the vote count took days. Police watched.")
    assert p.themes[0] == "ELECTION"


def test_names_and_dates_do_not_match_terms():
    p = run(THEMES, "Bill Turner arrived on 3 March.")
    assert p.theme_mentions == []


def test_seed_tone_and_themes(seed):
    assert seed.tone is not None and seed.tone.words > 600 and seed.tone.tone < 0
    assert "TERROR" in seed.themes[:3] and "MILITARY" in seed.themes
    assert all(seed.text[m.start : m.end] for m in seed.theme_mentions)
