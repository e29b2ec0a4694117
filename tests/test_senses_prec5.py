"""Fifth pass (issue 10: real events on text never seen): whole classes of readings that are no
political event, or a less likely one, read off unannotated articles and checked on the dev halves.
Every rule is a row of resources/events/contexts.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds


DEFAULT = senses.default_min_confidence()

# an article body long enough for an article-level judgement (prior_min_words), about software
TECH = ("The developers of the video player released a new version of the software on Monday. The code is "
        "hosted on GitHub and the repository has thousands of forks. Users can install the app on Linux, "
        "and the developer said the next release will fix a bug in the browser plugin. The hardware "
        "makers want DRM, and the project's lead programmer said: ")


@pytest.mark.parametrize("text, word", [
    # a passage in another script: an English loanword inside it is no told act
    ("They came every day. सब लोग मुफ़त में demand करता है और फिर चले जाते हैं।", "demand"),
    # private life: asked "me", told by family and friends
    ("They asked me to prove that the baby was his.", "asked"),
    ("My mom always encouraged my sister to be herself.", "encouraged"),
    # requests named as things, no one asking or asked
    ("Issues and pull requests are listed at the bottom of the page.", "requests"),
    # a campaign rally, a protest vote
    ("At the rally, the candidate promised lower taxes and more jobs.", "rally"),
    ("He had attended the senator's Tulsa rally in June without a mask.", "rally"),
    ("It is a protest vote against the ruling party.", "protest"),
    # natural forces kill; a storm slams into a coast
    ("Typhoon Phanfone made landfall on Tuesday night, killing at least 20 people.", "killing"),
    ("Hurricane Zeta slammed into the Louisiana coast on Wednesday.", "slammed"),
    # a law judged to be an attack on society
    ("I believe any law against sharing copies is an attack on society.", "attack"),
    # news organisations calling an election for a candidate; leaving a union as a process
    ("At around noon, the Associated Press called the election for the senator.", "called"),
    ("Later in the day, two networks also called Nevada for the governor, giving him six electoral votes.", "called"),
    ("The United Kingdom is in the process of leaving the European Union.", "leaving"),
    # leaving a race; a fighting spirit
    ("The senator withdrew her name from consideration to be the running mate.", "withdrew"),
    ("The government came out fighting by branding the letter misleading.", "fighting"),
    # agreeing on issues is an opinion
    ("The candidates agreed on many issues during the debate.", "agreed"),
    # combat and war as the setting of a life
    ("He has been active in the anti-war movement since returning home from combat in Iraq.", "combat"),
    ("Carroll recalled a friend who went to fight in the Vietnam War and returned changed.", "fight"),
])
def test_no_event_here(text: str, word: str) -> None:
    assert conf(run(text), word) < DEFAULT, run(text).events


def test_tech_article_private_restriction_weaker() -> None:
    """In an article about software, restricting "the people" with no political actor is product talk."""
    art = run(TECH + '"Hardware is designed to restrict the people who use it."')
    assert conf(art, "restrict") < DEFAULT, art.events


def test_tech_article_state_act_stays() -> None:
    """... while a government acting in the same article is still an event."""
    art = run(TECH + '"The Chinese government arrested two of our developers in Beijing."')
    assert conf(art, "arrested") >= DEFAULT, art.events


@pytest.mark.parametrize("text, word", [
    # the same words in political or social action stay events
    ("The protesters demand the release of the jailed journalists.", "demand"),
    ("The minister asked the police to investigate the attack.", "asked"),
    ("The opposition called for new elections in the capital.", "called"),
    ("The two governments agreed on a ceasefire in the border region.", "agreed"),
    ("The opposition candidate held a rally of protesters in the capital.", "rally"),
    ("The army attacked the rebel positions near the border on Sunday.", "attacked"),
    ("Two soldiers were killed in combat with rebels in the north.", "killed"),
    ("The coalition came to Iraq to fight the Islamic State after the group took over a third of the country.", "fight"),
])
def test_event_stays(text: str, word: str) -> None:
    assert conf(run(text), word) >= DEFAULT, run(text).events


def test_private_requests_weigh_less_than_political_ones() -> None:
    """Statements and requests with no political actor taking part are real less often."""
    private = conf(run("The neighbours accused the landlord of lying."), "accused")
    public = conf(run("The neighbours accused the mayor of lying."), "accused")
    assert 0 < private < public


def test_ban_on_a_foreign_actor_is_a_sanction() -> None:
    """A state's ban aimed at another country's actor is a sanction (PLOVER SANCTION)."""
    art = run("Germany on Monday banned Iranian airline Mahan Air from flying in the country.")
    assert kinds(art, "banned") == {"SANCTION"}, art.events


def test_ban_at_home_stays_coercion() -> None:
    art = run("The government of Kenya banned the opposition party on Monday.")
    assert kinds(art, "banned") == {"COERCE"}, art.events


@pytest.mark.parametrize("text, word, kind", [
    # a politician attacking another person, no weapon in sight: criticism
    ("Biden attacked Trump on paying fewer taxes to the Chinese government.", "attacked", "ACCUSE"),
    ("Senator Kamala Harris attacked Joe Biden during the debates.", "attacked", "ACCUSE"),
    # a leader attacking a country, or anyone attacking with a weapon, stays violence
    ("Vladimir Putin attacked Ukraine in February.", "attacked", "ASSAULT"),
    ("A man attacked Senator John Smith with a knife outside his home.", "attacked", "ASSAULT"),
])
def test_attack_between_people(text: str, word: str, kind: str) -> None:
    assert kinds(run(text), word) == {kind}, run(text).events


def test_object_apposition_counts_for_its_contexts() -> None:
    """An object's apposition names it ("the in-person Republican National Convention" parsed as "person",
    appos "Convention"): cancelling one's own convention is weighed like cancelling one's own event."""
    own = conf(run("As cases increased in Florida, the president cancelled the in-person Republican National Convention."),
               "cancelled")
    other = conf(run("As cases increased in Florida, the president cancelled the visas of the foreign journalists."),
                 "cancelled")
    assert 0 < own < 0.5 <= other


def test_unable_to_act_is_negated() -> None:
    """Being unable to do something says it did not happen (cues.tsv negate: "unable")."""
    art = run("The police were unable to arrest the suspect.")
    assert {e.status for e in art.events if e.trigger.text == "arrest"} == {"negated"}, art.events


@pytest.mark.parametrize("text, word", [
    # a quote's "we" is its speaker, linked after the events stage; protesters are social actors
    ("\u201cWe will not sign an agreement that rewards aggression,\u201d Foreign Minister Khaled al-Yamani said.", "sign"),
    ("Police arrested 20 people last week after protesters blocked roads to demand unpaid salaries.", "demand"),
])
def test_quoted_speakers_and_protesters_are_not_private_talk(text: str, word: str) -> None:
    assert conf(run(text), word) >= DEFAULT, run(text).events
