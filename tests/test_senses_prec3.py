"""Senses, third pass (issue 10): general classes of readings that are no political event or a
weaker one, and the families of CAMEO verbs added for recall. Every rule is a row of
resources/events/contexts.tsv, triggers.tsv or confidence.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds


DEFAULT = senses.default_min_confidence()


# ---------------------------------------------------------------- no event, or below the default


@pytest.mark.parametrize("text, word", [
    # a disease killing, told with its infections
    ("Health officials said the new virus has infected 300 people in the province and killed four.", "killed"),
    # helping someone do something: the thing done is the act
    ("My neighbour helped me repair the fence of the garden last week.", "helped"),
    # private charity
    ("Hundreds of residents donated blood at the town hall on Sunday.", "donated"),
    # "a big deal" is importance, not an agreement
    ("The newspapers made a big deal about the footballer's haircut.", "deal"),
    # a penalty a charge carries is no sentencing
    ("The charge of fraud against the accountant carries a maximum sentence of ten years.", "sentence"),
    # a court remanding a case sends it back
    ("The appeals court reversed the ruling and remanded the case to the district court.", "remanded"),
    # a reception, not a meeting
    ("The singer was met with loud applause when she walked on stage.", "met"),
    # a kind of crime counted, not an act
    ("Murders and robberies rose sharply in the city last year, the annual report said.", "murders"),
    # fighting an ill of society is a cause
    ("The charity fights against violence and exploitation of domestic workers.", "fights"),
    # critical condition is health, not disapproval
    ("As of Monday, the wounded officer was reportedly still in critical condition.", "was"),
    ("At the peak of the wave there were eight critical admissions a day.", "were"),
    # a battle named by its field
    ("The pubs would close, giving the nation breathing space in the ongoing pandemic battle.", "battle"),
    ("The two retailers are locked in a long legal battle over the brand.", "battle"),
    # speculation is not report; emergency services at work
    ("The coastguard asked people to refrain from speculating that the tanker had been hijacked by pirates.", "hijacked"),
    ("The county fire brigade requested support and equipment from other fire departments.", "requested"),
    # market demand, a campaign rally, voters deciding a ballot measure
    ("The company will cut 2,000 jobs as demand falls.", "demand"),
    ("Consumer demand for electric cars rose sharply last year.", "demand"),
    ("The candidate spoke to supporters at a campaign rally on election night.", "rally"),
    ("Voters rejected the proposal to raise the sales tax.", "rejected"),
    # a penalty one would be subject to is a rule's content
    ("Passengers who break the rules would be liable to a fine under the regulations.", "fine"),
    # a name used on a medium is no call on anyone
    ("I'm usually called celeron55 on the Internet, but my real name is Perttu.", "called"),
    # a public notice with no adviser
    ("Residents were advised to expect discoloured water when the supply returned.", "advised"),
    # going home is no visit
    ("Returning home in 1971, the poet taught at the local college.", "returning"),
])
def test_no_event_here(text: str, word: str) -> None:
    assert conf(run(text), word) < DEFAULT, run(text).events


@pytest.mark.parametrize("weak, strong, word", [
    # a crime named as what a conviction is for, against an attack told as it happened
    ("The driver had been convicted of assaults on two neighbours in 2014.",
     "Masked men assaulted two journalists outside the court in the capital on Monday.", "assault"),
    # an offence against a law with no one harmed, against defiance of a court's order by a state
    ("There is no evidence the shopkeeper violated the licensing laws.",
     "The army violated the ceasefire agreement with the rebels on Tuesday.", "violat"),
    # vigils held for no one against no one
    ("Vigils across the country were attended by thousands of mourners.",
     "Thousands of protesters rallied against the government in the capital.", ""),
    # a debate cancelled by its organisers, against ties cut by a state
    ("The commission announced that the second debate between the two candidates was cancelled.",
     "The government severed diplomatic ties with the neighbouring country on Monday.", ""),
    # a hedge: alleged by no one
    ("The businessman has been alleged to have links with organised crime.",
     "The minister alleged that the opposition had rigged the vote.", "alleged"),
])
def test_weaker_reading(weak: str, strong: str, word: str) -> None:
    def best(text: str) -> float:
        art = run(text)
        return max((e.confidence for e in art.events if e.trigger.text.lower().startswith(word)), default=0.0)
    # the weak reading falls to the band where half the events are real (or below the default)
    assert best(weak) < 0.5 <= best(strong)


def test_real_events_stay() -> None:
    """The rows above leave the political readings of the same words alone."""
    art = run("Government forces killed twelve rebels near the border, the army said. "
              "The United States helped the government negotiate a truce with the rebels. "
              "The foreign minister met with his Russian counterpart in Moscow. "
              "The court sentenced the opposition leader to five years in prison.")
    assert "ASSAULT" in kinds(art, "killed") and conf(art, "killed") >= DEFAULT
    assert conf(art, "met") >= DEFAULT
    assert conf(art, "sentenced") >= DEFAULT


# ---------------------------------------------------------------- recall: CAMEO families


@pytest.mark.parametrize("text, word, kind", [
    # emergencies, stay-at-home orders and strict measures imposed or extended (172)
    ("The regional assembly voted to extend the state of emergency by thirty days.", "extend", "COERCE"),
    ("The governor announced the state had extended its stay-at-home order until June.", "extended", "COERCE"),
    ("Several governments announced stricter measures to slow the outbreak on Friday.", "measures", "COERCE"),
    # a death told as martyrdom
    # ("martyred by a drone strike" is one event told by the strike: events.merge)
    ("The militia said its commander was martyred in a drone strike near the border.", "martyred", "ASSAULT"),
    # a judgement of an act as criticism, said by someone
    ('"The decision was sexist and arrogant," the former champion told reporters.', "told", "ACCUSE"),  # the speaker's act (prec8)
    # concern about an act is disapproval, said by the one concerned
    ("The foreign ministry said it was deeply concerned about the escalation of the fighting.", "was", "ACCUSE"),
    # military advisers sent are military aid
    ("Officials said the United States sent military advisers and trainers to the Ukrainian army.", "sent", "AID"),
    # codebook verbs: corporal punishment, jamming, repatriation, putting down unrest, rape
    ("The religious police flogged the blogger in public on Friday.", "flogged", "ASSAULT"),
    ("The authorities jammed foreign radio broadcasts during the election.", "jammed", "COERCE"),
    ("The government repatriated hundreds of migrants to their home countries.", "repatriated", "COERCE"),
    ("The army crushed the uprising in the eastern province.", "crushed", "COERCE"),
    ("Witnesses said soldiers raped women in the village.", "raped", "ASSAULT"),
    # calling a proposal a non-starter rejects it
    ('The opposition leader called the budget plan "a non-starter".', "called", "REJECT"),
])
def test_family_found(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kind in kinds(art, word) and conf(art, word) >= DEFAULT, art.events


def test_family_rows_keep_their_limits() -> None:
    """Extending a deadline is no restriction; an adjective of a field ("criminal justice") is no judgement."""
    art = run("The university extended the application deadline by a week. "
              "The working groups are to cover health care, criminal justice and the economy.")
    assert not [e for e in art.events if e.confidence >= DEFAULT], art.events


@pytest.mark.parametrize("text, word", [
    # what an act undoes is no new act: the undoing is the event
    ("The supreme court overturned the fraud convictions of the two former officials.", "convictions"),
    ("The interior ministry lifted the curfew in the northern province on Monday.", "curfew"),
    ("The governor commuted the prison sentence of the former mayor of Lagos.", "sentence"),
    # the means of a killing told with it
    ("The move follows the army's killing of the rebel commander in an airstrike last week.", "airstrike"),
])
def test_part_of_another_event(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) < DEFAULT, art.events
    assert any(e.confidence >= DEFAULT for e in art.events if e.trigger.text.lower() != word), art.events


def test_type_factors_follow_the_dev_table() -> None:
    """AID, COOPERATE and RETREAT readings are real far less often than COERCE or ASSAULT ones
    (9% against about 70% on the four dev halves): the same sentence shape scores lower."""
    w = senses.weights()
    assert w["type:AID"] < w["type:SUPPORT"] < w["type:COERCE"]
    aid = run("The charity helped the villagers after the floods.")
    coerce = run("The police detained the villagers after the floods.")
    assert conf(aid, "helped") < conf(coerce, "detained")


def test_moods_are_no_disapproval() -> None:
    """Concern with nothing it is about, or felt by private people, is a mood, not a statement."""
    art = run("Fans were disappointed by the rain on Saturday. "
              "\"We are disappointed,\" the coach said after the match.")
    assert not [e for e in art.events if e.plover.type == "ACCUSE" and e.confidence >= DEFAULT], art.events


def test_political_actors_keep_the_weak_codes() -> None:
    """Visits, donations and investigations are weighed down only when no political actor takes
    part (condition "polactor"): a state visit or a state's donation stays above the default."""
    state = run("Reporters said on Monday that the situation was calm. "
                "The French president visited China on Monday. Germany donated vaccines to Kenya.")
    assert conf(state, "visited") >= DEFAULT and conf(state, "donated") >= DEFAULT, state.events
    private = run("Reporters said on Monday that the situation was calm. "
                  "The choir visited the old harbour on Monday. A local bakery donated bread to the shelter.")
    assert conf(private, "visited") < DEFAULT and conf(private, "donated") < DEFAULT, private.events


def test_private_support_weighs_less_than_a_states() -> None:
    private = run("Reporters said on Monday that the situation was calm. "
                  "The student says he supports the new timetable of the school buses.")
    state = run("Reporters said on Monday that the situation was calm. "
                "The German chancellor says she supports the French president's plan.")
    assert conf(private, "supports") < conf(state, "supports")
