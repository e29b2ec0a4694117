"""prec9 (issues 9/10): gaps the dev sets showed, each fixed as a whole class (undergoing an act told
by "came under"/"faced"; contests that are no assault; calling someone; strikes on actors, aid and
flights cut, poisoning; one noun phrase, one event). Rows of resources/events/triggers.tsv,
contexts.tsv and small rules in events.py; every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire import senses
from eventwire.model import Article
from eventwire.pipeline import Pipeline

DEFAULT = senses.default_min_confidence()
CONTEXT = Pipeline(until="context", min_confidence=0)  # actor codes from context, every event kept


def run(text: str) -> Article:
    return CONTEXT.annotate([Article(id="t", text=text)], [datetime(2021, 3, 4)])[0]


def kept(art: Article) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger, PLOVER type, source code, target code) of every event at the default threshold."""
    code = {a.id: a.code or a.name for a in art.actors}
    return [(e.trigger.text.lower(), e.plover.type, code.get(e.source), code.get(e.target))
            for e in art.events if e.confidence >= DEFAULT]


# --- 1. the subject undergoes what "came under" / "faced" names --------------------------------------


@pytest.mark.parametrize("text, kind, source, target", [
    ("The Peruvian interior minister came under heavy criticism from the opposition over the scandal.", "ACCUSE", "OPP", "GOV"),
    ("The mayor of Quito came under fire for his handling of the floods.", "ACCUSE", None, "GOV"),
    # criminal charges faced are legal action (173, COERCE), as every dyads gold codes them (recall14)
    ("The former governor of Sonora faces charges of bribery.", "COERCE", "COP", "ELI"),
    ("The Ghanaian finance minister faced calls from the opposition to resign.", "REQUEST", "OPP", "GOV"),
    ("The army convoy came under attack from militants near Gao on Sunday.", "ASSAULT", "REB", "MIL"),
])
def test_one_event_whose_target_is_the_subject(text: str, kind: str, source: str | None, target: str) -> None:
    events = kept(run(text))
    assert len(events) == 1, events  # "criticism", "charges", "attack" are that same act, not a second one
    _, got, src, tgt = events[0]
    assert got == kind, events
    assert (source is None and src is None) or (source and src and source in src), events
    assert tgt and target in tgt, events


# --- 2. elections, votes, games and contests are no assault; a bill defeated is rejected -----------


@pytest.mark.parametrize("text, word", [
    ("Maria Lopez beat Juan Perez on Sunday.", "beat"),
    ("Chile beat Peru in the semifinal on Tuesday.", "beat"),
    ("The mayor of Lyon defeated her challenger in the runoff.", "defeated"),
    ("The governor beat his rival by a wide margin.", "beat"),
])
def test_a_contest_is_no_assault(text: str, word: str) -> None:
    assert not [e for e in kept(run(text)) if e[0] == word], kept(run(text))


@pytest.mark.parametrize("text, word, source", [
    ("Police beat the students with batons in Dhaka on Friday.", "beat", "COP"),
    ("Soldiers beat farmers in Kachin state on Monday.", "beat", "MIL"),
])
def test_a_beating_stays_an_assault(text: str, word: str, source: str) -> None:
    events = [e for e in kept(run(text)) if e[0] == word]
    assert events and events[0][1] == "ASSAULT" and source in (events[0][2] or ""), kept(run(text))


@pytest.mark.parametrize("text, word", [
    ("The Senate of Chile defeated the pension bill on Tuesday.", "defeated"),
    ("Lawmakers in Lima voted down the amendment on Thursday.", "voted"),
])
def test_a_bill_defeated_is_rejected(text: str, word: str) -> None:
    assert [e for e in kept(run(text)) if e[0] == word and e[1] == "REJECT"], kept(run(text))


# --- 3. calling someone: a phone call, a name, or an appeal ------------------------------------------


@pytest.mark.parametrize("text, kind, source, target", [
    ("The Kenyan president called the Ugandan leader on Friday.", "CONSULT", "KENGOV", "UGA"),
    ("The senator called the governor a coward on Tuesday.", "ACCUSE", "LEG", "GOV"),
    ("The African Union called on Ethiopia to end the fighting.", "REQUEST", "IGO", "ETH"),
])
def test_calling_someone(text: str, kind: str, source: str, target: str) -> None:
    events = [e for e in kept(run(text)) if e[0] == "called"]
    assert len(events) == 1 and events[0][1] == kind, kept(run(text))
    assert source in (events[0][2] or "") and target in (events[0][3] or ""), events


@pytest.mark.parametrize("text", [
    "The minister called a press conference on Monday.",
    "She called the police after the break-in in Leeds.",
    'The governor had called it "a matter of public health" on Monday.',
    "He called his mother on Sunday.",
])
def test_calling_no_party_is_no_talk(text: str) -> None:
    assert not [e for e in kept(run(text)) if e[0] == "called" and e[1] == "CONSULT"], kept(run(text))


def test_a_time_is_not_the_preposition_a_row_asks_for() -> None:
    """"called X on Monday" is no "call on X" (a request); "gave them until Friday" keeps its "until"."""
    events = [e for e in kept(run("The Kenyan president called the Ugandan leader on Friday.")) if e[0] == "called"]
    assert events and events[0][1] != "REQUEST", events


# --- 4. strikes on actors, aid cut, traffic suspended, poisoning ------------------------------------


@pytest.mark.parametrize("text, word, kind, source, target", [
    ("Turkey struck Kurdish fighters in northern Iraq on Sunday.", "struck", "ASSAULT", "TUR", None),
    ("Russia struck Ukrainian forces near Mariupol on Monday.", "struck", "ASSAULT", "RUS", "UKR"),
    ("Canada halted funding to the United Nations agency on Monday.", "halted", "SANCTION", "CAN", "UN"),
    ("Germany suspended flights from Brazil on Friday.", "suspended", "SANCTION", "DEU", None),
    ("The Belarusian opposition leader was poisoned in Minsk in May.", "poisoned", "ASSAULT", None, "BLR"),
])
def test_act_on_an_actor_is_coded(text: str, word: str, kind: str, source: str | None, target: str | None) -> None:
    events = [e for e in kept(run(text)) if e[0] == word]
    assert events and events[0][1] == kind, kept(run(text))
    _, _, src, tgt = events[0]
    assert (source is None and src is None) or (source and source in (src or "")), events
    assert target is None or target in (tgt or ""), events


@pytest.mark.parametrize("text, word", [
    ("The earthquake struck eastern Turkey on Monday.", "struck"),
    ("The speech struck a chord with voters in Ohio.", "struck"),
    ("A cyclist was struck by a van on the high street in Leeds.", "struck"),
    ("The mine poisoned the river near the village.", "poisoned"),
    ("The airline suspended flights to Milan on Monday.", "suspended"),
])
def test_other_sense_is_no_event(text: str, word: str) -> None:
    assert not [e for e in kept(run(text)) if e[0] == word], kept(run(text))


def test_a_strike_told_with_its_means_is_one_aerial_attack() -> None:
    """"struck X with air strikes": the verb tells the act (the means is no second event) with the means' code."""
    art = run("Turkey struck the Kurdish militia with air strikes in Syria on Sunday.")
    attacks = [e for e in art.events if e.plover.type == "ASSAULT" and e.confidence >= DEFAULT]
    assert len(attacks) == 1 and attacks[0].cameo == "195" and attacks[0].plover.mode == "aerial", art.events


# --- 5. one noun phrase, one event ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police in Bristol issued the organiser a fixed penalty notice on Saturday.",
    "Officers in Cardiff handed the driver a penalty notice on Friday.",
])
def test_a_noun_phrase_of_two_trigger_words_is_one_event(text: str) -> None:
    events = [e for e in kept(run(text)) if e[1] == "COERCE"]
    assert len(events) == 1 and events[0][0] == "notice", kept(run(text))
