"""timex: each news convention on an invented sentence, event dating, and the seed article's dates."""

from __future__ import annotations

from datetime import date, datetime

import itertools
import re

import pytest

from eventwire import nlp, timex
from eventwire.model import Article, Event, Plover, Trigger
from eventwire.pipeline import Pipeline, Stage

WED = datetime(2015, 11, 18, 13, 43)  # a Wednesday


def dates(text: str, pub: datetime | date | None = WED) -> dict[str, tuple[str, str]]:
    doc = nlp.load()(text)
    return {f.mention.text: (f.mention.value, f.mention.precision) for f in timex.find(doc, pub)}


@pytest.mark.parametrize(
    "text, phrase, value, precision",
    [
        ("On Tuesday, police raided a flat.", "Tuesday", "2015-11-17", "day"),
        ("On Wednesday, police raided a flat.", "Wednesday", "2015-11-18", "day"),
        ("The ministers will meet on Tuesday.", "Tuesday", "2015-11-24", "day"),
        ("The president is to visit Paris on Friday.", "Friday", "2015-11-20", "day"),
        ("Police arrested him on Tuesday night.", "Tuesday night", "2015-11-17", "day"),
        ("The talks ended late Monday.", "late Monday", "2015-11-16", "day"),
        ("They met at the summit last Sunday.", "last Sunday", "2015-11-15", "day"),
        ("They met last Wednesday.", "last Wednesday", "2015-11-11", "day"),
        ("The vote is due next Tuesday.", "next Tuesday", "2015-11-24", "day"),
        ("Officials yesterday confirmed the toll.", "yesterday", "2015-11-17", "day"),
        ("The minister said today that talks go on.", "today", "2015-11-18", "day"),
        ("The court rules tomorrow.", "tomorrow", "2015-11-19", "day"),
        ("Fighting continued last night.", "last night", "2015-11-17", "day"),
        ("Talks were held last week in Vienna.", "last week", "2015-W46", "week"),
        ("Leaders meet next week.", "next week", "2015-W48", "week"),
        ("A plane crashed last month.", "last month", "2015-10", "month"),
        ("Prices rise next month.", "next month", "2015-12", "month"),
        ("Sales fell last year.", "last year", "2014", "year"),
        ("The law was passed earlier this year.", "earlier this year", "2015", "year"),
        ("He was first arrested in 2009.", "2009", "2009", "year"),
        ("The suspect fled two days ago.", "two days ago", "2015-11-16", "day"),
        ("The company was founded three years ago.", "three years ago", "2012", "year"),
        ("He masterminded the November 13 Paris attacks.", "November 13", "2015-11-13", "day"),
        ("The conference opens on November 30.", "November 30", "2015-11-30", "day"),
        ("The ceasefire was agreed on December 20.", "December 20", "2014-12-20", "day"),
        ("The talks are set for January 5.", "January 5", "2016-01-05", "day"),
        ("The curfew was to end on Saturday, April 4.", "Saturday, April 4", "2015-04-04", "day"),
        ("The treaty was signed on 4 March 2012.", "4 March 2012", "2012-03-04", "day"),
        ("The treaty was signed on Tuesday, March 6, 2012.", "Tuesday, March 6, 2012", "2012-03-06", "day"),
        ("Elections were held in October 2014.", "October 2014", "2014-10", "month"),
        ("Protests began in mid-August.", "mid-August", "2015-08", "month"),
        ("The reactor will restart in March.", "March", "2016-03", "month"),
        ("The floods began last December.", "last December", "2014-12", "month"),
        ("Talks resume next February.", "next February", "2016-02", "month"),
        ("The file is dated 2015-06-01.", "2015-06-01", "2015-06-01", "day"),
        ("Fans gathered over the weekend.", "the weekend", "2015-W46-WE", "week"),
        ("The blast happened at about 6.10am.", "at about 6.10am", "2015-11-18", "day"),
        ("On Monday, the train derailed at 6am.", "at 6am", "2015-11-16", "day"),
    ],
)
def test_conventions(text, phrase, value, precision):
    assert dates(text).get(phrase) == (value, precision)


def test_list_of_days_gives_each_day():
    found = dates("Hollande has said his meetings on Nov. 24 and 26 are designed to help.")
    assert found["Nov. 24"] == ("2015-11-24", "day")
    assert found["26"] == ("2015-11-26", "day")


def test_numbers_that_count_things_are_not_dates():
    found = dates("The crowd grew from 2000 protesters, and 24 and 26 soldiers died on March 3.")
    assert found == {"March 3": ("2015-03-03", "day")}


def test_past_attempt_is_not_future():
    assert dates("He tried to warn people about the outbreak in October.")["October"] == ("2015-10", "month")


def test_year_inside_a_name_is_no_date():
    assert dates("The 2019-nCoV virus spread.") == {}


def test_names_and_modals_are_not_dates():
    assert dates("Theresa May said she may read USA Today and the Sunday Times.") == {}


def test_clock_later_than_publication_is_the_day_before():
    assert dates("Shots were fired shortly before 7 pm.", datetime(2016, 11, 10, 4, 35)) == {
        "shortly before 7 pm": ("2016-11-09", "day")
    }


def test_without_publication_date_only_absolute_dates():
    assert dates("On Tuesday, and on 4 March 2012, and last week.", None) == {"4 March 2012": ("2012-03-04", "day")}


def test_odd_text_does_not_crash():
    found = dates("February 30 and 31 June and 5000 years ago ... 2015-13-45, at 25:61, on Sunday Sunday")
    assert "February 30" not in found and "31 June" not in found and "2015-13-45" not in found
    assert all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?|-W\d\d(-WE)?)?", v) for v, _ in found.values())
    assert dates("") == {}


# ---------------------------------------------------------------- event dates


TIMEX = Pipeline(stages=["timex"], given=("events",))  # dates alone, on the events a test gives


def parsed_with_events(text: str, triggers: list[tuple[str, str]], pub: datetime = WED) -> Article:
    """Parse invented text and add one event per (trigger word, status) at its first occurrence."""

    def given_events(parsed) -> None:
        for i, (word, status) in enumerate(triggers):
            start = text.index(word)
            parsed.article.events.append(
                Event(f"e{i}", parsed.sentence_index(start), Trigger(word, start, start + len(word)), "010", "01", 1,
                      0.0, Plover("COOPERATE"), status=status)
            )

    pipeline = Pipeline(stages=[Stage("given events", given_events, assigns=("events",)), "timex"])
    return pipeline.annotate([Article(id="t", text=text)], [pub])[0]


def event_dates(art: Article) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.date_precision, e.date_text) for e in art.events]


def test_event_takes_its_own_clause_date():
    p = parsed_with_events("Police, who said on Monday that they had no leads, arrested two men on Tuesday.",
                           [("arrested", "occurred"), ("said", "occurred")])
    assert event_dates(p) == [("2015-11-17", "day", "Tuesday"), ("2015-11-16", "day", "Monday")]


def test_conjoined_verb_takes_the_first_verbs_date():
    p = parsed_with_events("On Tuesday night, German police canceled a match and closed two stadiums.",
                           [("closed", "occurred")])
    assert event_dates(p) == [("2015-11-17", "day", "Tuesday night")]


def test_chained_sentence_takes_the_previous_date():
    p = parsed_with_events("Police raided a flat on Tuesday. At the same time, two flights were diverted to Halifax.",
                           [("diverted", "occurred")])
    assert event_dates(p) == [("2015-11-17", "day", "Tuesday")]


def test_unchained_sentence_falls_back_to_publication():
    p = parsed_with_events("Police raided a flat on Tuesday. Two flights were diverted to Halifax.",
                           [("diverted", "occurred")])
    assert event_dates(p) == [("2015-11-18", "publication", None)]


def test_intended_event_reads_a_bare_weekday_forward():
    p = parsed_with_events("The ministers said they hope to sign the accord on Monday.", [("sign", "intended")])
    assert event_dates(p)[0][0] == "2015-11-23"


def test_headline_infinitive_reads_forward_and_headline_present_does_not():
    [art] = TIMEX.annotate([Article(id="t", text="Talks went on.", title="Hollande to meet Putin on Tuesday",
                                    captions=["Putin meets Obama on Sunday"])], [WED])
    assert {d.text: d.value for d in art.dates} == {"Tuesday": "2015-11-24", "Sunday": "2015-11-15"}


def test_title_and_caption_dates_are_kept_with_their_field():
    [art] = TIMEX.annotate([Article(id="t", text="Talks went on.", title="Leaders meet next week",
                                    captions=["Putin on Tuesday"])], [WED])
    got = {(d.field, d.text, d.value) for d in art.dates}
    assert got == {("title", "next week", "2015-W48"), ("captions/0", "Tuesday", "2015-11-17")}


# ---------------------------------------------------------------- the seed article


def test_seed_dates(seed):
    found = {(d.text, d.value) for d in seed.dates if d.field == "text"}
    for expected in [("Wednesday", "2015-11-18"), ("Tuesday night", "2015-11-17"), ("last month", "2015-10"),
                     ("yesterday", "2015-11-17"), ("last Sunday", "2015-11-15"), ("November 24", "2015-11-24"),
                     ("26", "2015-11-26"), ("November 13", "2015-11-13")]:
        assert expected in found


def seed_event(seed, words: str, trigger: str | None = None):
    hits = [e for e in seed.events if words in e.evidence and e.sentence >= 0
            and (trigger is None or e.trigger.text.startswith(trigger))]
    if not hits:
        pytest.skip(f"the events stage found no event in the sentence with {words!r}")
    return hits[0]


@pytest.mark.parametrize(
    "words, trigger, value",
    [
        ("pre-dawn raid", None, "2015-11-18"),
        ("canceled a Germany-Netherlands", "cancel", "2015-11-17"),
        ("Putin announced", None, "2015-11-17"),
        ("the Kremlin notified", "notif", "2015-11-17"),
        ("G20 forum in Istanbul last Sunday", "meet", "2015-11-15"),
        ("Metrojet", None, "2015-10"),
    ],
)
def test_seed_event_dates(seed, words, trigger, value):
    if not seed.events:
        pytest.skip("no events stage registered yet")
    assert seed_event(seed, words, trigger).date == value


def test_seed_planned_meetings(seed):
    if not seed.events:
        pytest.skip("no events stage registered yet")
    meetings = [e for e in seed.events if "November 24 and 26" in e.evidence]
    if not meetings:
        pytest.skip("the events stage found no event for the planned meetings")
    assert {e.date for e in meetings} <= {"2015-11-24", "2015-11-26"}


# ---------------------------------------------------------------- gates: a pattern is skipped only where it cannot match


def test_case_odd_lists_every_character_a_case_insensitive_pattern_reads_as_ascii():
    letter = re.compile("(?i)[a-z]")
    odd = {chr(c) for c in range(0x80, 0x110000) if letter.match(chr(c))}
    assert odd == set(timex.CASE_ODD)


def _gated_patterns():
    lex = timex.lexicon()
    return [(name, pattern, lex.gates[name]) for name, pattern in [*lex.patterns, ("clock", lex.clock)]]


def _low(text: str) -> str | None:
    return None if timex.CASE_ODD.intersection(text) else text.lower()


@pytest.mark.parametrize("text", [
    "It happened on Tuesday, Nov. 17, 2015 at 6.10am.", "TOMORROW at noon", "the WEEKEND", "three years AGO",
    "2015-11-17", "in mid-2016", "at 00:48 local time", "early last month", "at MIDNIGHT", "TONİGHT", "ſince 2015",
    "no date at all", "the Sunday Times", "on 24 and 26 November", "8 P.M.", "Last Week",
])
def test_a_gate_passes_every_text_its_pattern_matches(text):
    for name, pattern, gate in _gated_patterns():
        if pattern.search(text):
            assert gate.passes(text, _low(text)), (name, text)


def test_gates_skip_nothing_on_real_news():
    """Every pattern that matches a Wikinews article's text passes its gate there: the dates
    found with gates are those found without."""
    import csv

    from conftest import shared

    texts = []
    for path in sorted(shared("wikinews").glob("wikinews_*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                texts += [row["text"], row["title"]]
    skipped = 0
    for text in texts:
        for name, pattern, gate in _gated_patterns():
            passes = gate.passes(text, _low(text))
            if not passes:
                skipped += 1
                assert pattern.search(text) is None, (name, text[:80])
    assert skipped > len(texts)  # the gates do skip work: titles lack most kinds of date


# ---------------------------------------------------------------- scan: a pattern tried only where a match may start


_SCAN_TEXTS = [
    "It happened on Tuesday, Nov. 17, 2015 at 6.10am.", "TOMORROW at noon", "the WEEKEND", "three years AGO",
    "in mid-2016", "at 00:48 local time", "early last month", "at MIDNIGHT", "TONİGHT", "ſince 2015",
    "The Early Hours Of Monday", "THIS PAST FRIDAY", "until March, 2019 and since 1999", "at about 10:30 p.m.",
    "12:3012:30 7pm7pm", "by 2020-by 2021", "mid-March", "In The End Of May 2014", "Earlier This Week",
]


def test_scan_finds_what_finditer_finds():
    """Where a pattern has start positions (Lexicon.starts), scan gives exactly finditer's matches."""
    import csv

    from conftest import shared

    texts = list(_SCAN_TEXTS)
    for path in sorted(shared("wikinews").glob("wikinews_*.csv")):
        with path.open(encoding="utf-8") as f:
            texts += [row["text"] for row in itertools.islice(csv.DictReader(f), 100)]
    texts += [t.upper() for t in texts] + [t.title() for t in texts]
    lex = timex.lexicon()
    assert lex.starts
    for text in texts:
        for name, pattern in [*lex.patterns, ("clock", lex.clock)]:
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in timex.scan(pattern, lex.starts.get(name), text, _low(text))]
            assert got == want, (name, text[:80])
