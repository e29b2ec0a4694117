"""prec10 (issue 10): classes read off a fresh dev set (dev6) as general readings, each a row of
resources/events/contexts.tsv or triggers.tsv (or a condition of senses.py); every sentence here is
invented."""

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


def kept(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger, PLOVER type, source code, target code) of every event at the default threshold."""
    art = run(text)
    code = {a.id: a.code or a.name for a in art.actors}
    return [(e.trigger.text.lower(), e.plover.type, code.get(e.source), code.get(e.target))
            for e in art.events if e.confidence >= DEFAULT]


def types_of(text: str, word: str) -> list[str]:
    return [t for w, t, _, _ in kept(text) if w == word]


# --- 1. concern about an issue is a stance; concern about an actor's act is disapproval --------------


@pytest.mark.parametrize("text, word", [
    ("The senator expressed concern about the rising cost of housing.", "expressed"),
    ("The minister raised concerns about the problems a hasty withdrawal could cause.", "raised"),
    ("The governor voiced concerns about for-profit prisons.", "voiced"),
])
def test_concern_about_an_issue_is_no_event(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


@pytest.mark.parametrize("text, word", [
    ("The Chinese foreign ministry expressed concern over the Japanese attempts to claim the islands.", "expressed"),
    ("The French president expressed disappointment at reports that Italy had closed its ports.", "expressed"),
])
def test_concern_about_an_actor_stays(text: str, word: str) -> None:
    assert types_of(text, word) == ["ACCUSE"], kept(text)


# --- 2. agreeing with someone is endorsing them; agreeing to act or on a deal stays AGREE -------------


def test_agreeing_with_a_person_is_support() -> None:
    art = run("Senator Alvarez agreed with Senator Brooks, saying the tax was unfair.")
    agreed = [e for e in art.events if e.trigger.text == "agreed"]
    assert agreed and all(e.plover.type == "SUPPORT" for e in agreed), [(e.trigger.text, e.plover.type) for e in art.events]


@pytest.mark.parametrize("text", [
    "Turkey agreed with Libya on a maritime border.",
    "The company agreed with the government to build a plant in Ohio.",
])
def test_agreeing_to_act_stays_agree(text: str) -> None:
    art = run(text)
    agreed = [e for e in art.events if e.trigger.text == "agreed"]
    assert agreed and all(e.plover.type == "AGREE" for e in agreed), [(e.trigger.text, e.plover.type) for e in art.events]


# --- 3. a warning that someone else could do harm is criticism; a warning of one's own act a threat ---


def test_warning_that_another_could_do_harm_is_criticism() -> None:
    text = "The governor warned that the opposition could wreck the economy."
    assert types_of(text, "warned") == ["ACCUSE"], kept(text)


def test_warning_of_ones_own_act_stays_a_threat() -> None:
    text = "The army warned the rebels that it would attack their camps."
    assert types_of(text, "warned") == ["THREATEN"], kept(text)


# --- 4. one's own events called off are no sanction --------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The election commission cancelled the second debate between the two candidates.", "cancelled"),
    ("The Labour Party cancelled its annual conference rally in Leeds.", "cancelled"),
    ("The governor's office said the parade had been canceled because of the virus.", "canceled"),
])
def test_an_event_called_off_is_no_sanction(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


def test_a_summit_with_another_state_called_off_stays() -> None:
    text = "The Indian government cancelled the summit with the Pakistani delegation."
    assert types_of(text, "cancelled") == ["SANCTION"], kept(text)


# --- 5. questions asked and a news outlet's own requests are no request of anyone ---------------------


@pytest.mark.parametrize("text, word", [
    ("It is the question the senator asked that matters most.", "asked"),
    ("The mayor asked the minister three questions about the budget.", "asked"),
    ("A local newspaper asked four economists to give their forecasts for the year.", "asked"),
    ("A reporter reached out to the senator to discuss her campaign.", "discuss"),
])
def test_questions_and_an_outlets_requests_are_no_event(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


def test_a_minister_asking_a_state_stays() -> None:
    text = "The German foreign minister asked Russia to release the detained journalists."
    assert types_of(text, "asked") == ["REQUEST"], kept(text)


# --- 6. campaign pleas to voters; charges filed are charging; conflicts between armed parties --------


@pytest.mark.parametrize("text, word", [
    ("The senator delivered her final plea to voters ahead of polling day.", "plea"),
    ("Three candidates gave their closing pleas on the radio on Friday.", "pleas"),
])
def test_a_campaign_plea_is_no_request(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


def test_charges_filed_against_someone_are_charging() -> None:
    text = "Charges were filed against the two police officers on Tuesday."
    assert types_of(text, "filed") == ["COERCE"], kept(text)


def test_a_lawsuit_filed_stays_an_accusation() -> None:
    text = "The opposition party filed a lawsuit against the electoral commission."
    assert types_of(text, "filed") == ["ACCUSE"], kept(text)


@pytest.mark.parametrize("text", [
    "The minister spoke about the conflict between Armenia and Azerbaijan.",
    "The clashes are part of the conflict between the army and the rebels in Darfur.",
])
def test_a_conflict_between_states_or_armed_groups_is_fighting(text: str) -> None:
    # one event each way since the thirty-sixth round (cues.tsv mutual)
    assert types_of(text, "conflict") == ["ASSAULT", "ASSAULT"], kept(text)


@pytest.mark.parametrize("text", [
    "There is a conflict between the two parties over the budget.",
    "Lawyers found a conflict between the rules of the two agencies.",
])
def test_a_conflict_that_is_a_dispute_is_no_fighting(text: str) -> None:
    assert not types_of(text, "conflict"), kept(text)


# --- 7. topics named, one accusation told twice, debts cancelled --------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The candidates received questions on imprisonment, military propaganda and the economy.", "imprisonment"),
    ("The senators held a debate on sanctions against the regime.", "sanctions"),
])
def test_topics_of_questions_and_debates_are_no_acts(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


def test_a_policy_of_an_act_stays() -> None:
    text = "The police have a policy of not arresting peaceful protesters."
    assert types_of(text, "arresting") == ["COERCE"], kept(text)


def test_an_accusation_as_the_gist_of_a_criticism_is_one_event() -> None:
    text = "The governor lashed out at the mayor of Denver on Monday, accusing her of neglecting the city."
    events = kept(text)
    assert [t for _, t, _, _ in events].count("ACCUSE") == 1, events


def test_an_accusation_on_its_own_stays() -> None:
    text = "The governor accused the mayor of Denver of neglecting the city."
    assert types_of(text, "accused") == ["ACCUSE"], kept(text)


@pytest.mark.parametrize("text, word", [
    ("The candidate called for the cancellation of all rents and mortgages.", "cancellation"),
    ("The president cancelled student loans for two million borrowers.", "cancelled"),
])
def test_debts_cancelled_are_no_sanction(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


# --- 8. private wishes, things shutting down by themselves, admissions that are no concession ---------


def test_what_we_want_of_private_people_is_no_request() -> None:
    text = "We want the girls in our club to feel safe."
    assert not types_of(text, "want"), kept(text)


def test_what_a_minister_wants_of_a_state_stays() -> None:
    text = '"We want Russia to withdraw its troops from Ukraine," the French foreign minister said.'
    assert types_of(text, "want") == ["REQUEST"], kept(text)


def test_something_shutting_down_by_itself_is_no_closure() -> None:
    text = "I am hoping that in a few days it will shut down."
    assert not types_of(text, "shut"), kept(text)


@pytest.mark.parametrize("text", [
    "The Egyptian government shut down the internet in the province.",
    "Public transport in Dhaka will be shut down from Sunday, the minister said.",
])
def test_a_closure_ordered_stays(text: str) -> None:
    assert types_of(text, "shut") == ["COERCE"], kept(text)


def test_admitting_an_act_is_no_concession() -> None:
    text = "The former mayor of Lima has admitted to ordering the payments."
    assert not types_of(text, "admitted"), kept(text)


def test_admitting_a_mistake_stays_a_concession() -> None:
    text = "The Spanish interior minister admitted his mistake on Tuesday."
    assert types_of(text, "admitted") == ["CONCEDE"], kept(text)


# --- 9. acts favoured as policy are the content of the stance ---------------------------------------


def test_an_act_favoured_as_policy_is_no_second_event() -> None:
    text = "The Green candidate favored prosecuting banks for fraud."
    assert not types_of(text, "prosecuting"), kept(text)


def test_a_request_said_as_a_proposal_stays() -> None:
    text = 'The Indian minister proposed: "I request all the presidents of the world to release political prisoners."'
    assert types_of(text, "request") == ["REQUEST"], kept(text)


# --- 10. unrest is dissent; orders and curfews enacted are restrictions --------------------------------


def test_unrest_is_dissent() -> None:
    text = "The unrest in Nairobi continued for a third day on Sunday."
    assert types_of(text, "unrest") == ["PROTEST"], kept(text)


def test_market_unrest_is_no_dissent() -> None:
    text = "The market unrest hit shares in Tokyo on Monday."
    assert not types_of(text, "unrest"), kept(text)


def test_a_curfew_enacted_is_a_restriction() -> None:
    text = "The governor of Lagos enacted a curfew on Friday."
    assert types_of(text, "enacted") == ["COERCE"], kept(text)


def test_a_law_enacted_is_no_restriction() -> None:
    text = "Parliament enacted a new tax law on Friday."
    assert not types_of(text, "enacted"), kept(text)


# --- 11. petitions with no one petitioned, private harassment, guest lists, shows hosted --------------


@pytest.mark.parametrize("text, word", [
    ("The Green Party is currently petitioning in several other states.", "petitioning"),
    ("I've had so many men who have tried harassing me.", "harassing"),
    ("Three candidates were each invited but did not attend.", "invited"),
    ("The town hall, hosted by a news anchor, ran for an hour.", "hosted"),
])
def test_no_request_repression_or_meeting(text: str, word: str) -> None:
    assert not types_of(text, word), kept(text)


@pytest.mark.parametrize("text, word, kind", [
    ("The court had been petitioned by the Scottish National Party for a ruling.", "petitioned", "REQUEST"),
    ("Police harassed journalists outside the parliament in Minsk.", "harassed", "COERCE"),
    ("Egypt hosted the summit of Arab leaders in Cairo.", "hosted", "CONSULT"),
])
def test_the_political_readings_stay(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], kept(text)


# --- 12. attacking an idea, a culture or a plan is criticism -------------------------------------------


@pytest.mark.parametrize("text", [
    "The Green candidate attacked the macho culture that idolizes the military.",
    "The opposition leader attacked the government's budget plan on Tuesday.",
])
def test_attacking_an_idea_is_criticism(text: str) -> None:
    assert types_of(text, "attacked") == ["ACCUSE"], kept(text)


@pytest.mark.parametrize("text", [
    "Militants attacked the army base near Kabul.",
    "Russian forces attacked the town of Bakhmut.",
])
def test_attacking_a_place_or_force_stays_violence(text: str) -> None:
    assert types_of(text, "attacked") == ["ASSAULT"], kept(text)


# --- 13. idioms and the press's own accounts ---------------------------------------------------------


def test_a_plan_blowing_up_in_ones_face_is_no_explosion() -> None:
    text = "I was so willing to help, but it would blow up in my face."
    assert not types_of(text, "blow"), kept(text)


def test_a_report_alleging_nothing_of_anyone_is_no_accusation() -> None:
    text = "A report alleged fireworks and flash bangs were used."
    assert not types_of(text, "alleged"), kept(text)


def test_a_story_alleging_an_actor_did_something_stays() -> None:
    text = "A New York Times story alleging Trump paid little tax was published on Sunday."
    assert types_of(text, "alleging") == ["ACCUSE"], kept(text)
