"""Senses, second pass (issue 10): whole families of readings that are no political event, and
judgements that are criticism or praise. Every rule is a row of resources/events/contexts.tsv or
triggers.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds

from eventwire import senses


# ---------------------------------------------------------------- no event at all


@pytest.mark.parametrize("text, word", [
    # animals are no political victims
    ("The agriculture ministry ordered the killing of 40,000 chickens after the outbreak.", "killing"),
    ("Farmers in the valley killed hundreds of cattle during the drought.", "killed"),
    ("Rangers shot two bears that had attacked sheep near the village.", "shot"),
    # battles in court, in markets, against illness
    ("The city held its vote after a long court battle over the date.", "battle"),
    ("The two studios are locked in a bidding war for the rights.", "war"),
    ("The former senator lost her battle with cancer on Sunday.", "battle"),
    # a measure's purpose against an illness or an accident
    ("Residents wore masks to prevent infection during the epidemic.", "prevent"),
    # private administrative requests
    ("More than a million voters requested absentee ballots this year.", "requested"),
    # animals as doers or as the ones protected
    ("Termites attacked the wooden beams of the old church.", "attacked"),
    ("Bears are protected in most of the country.", "protected"),
    # weather: lightning strikes, a wind storm
    ("The valley had unusually intense lightning strikes during the blackout.", "strikes"),
    ("A violent wind storm left thousands of homes without power.", "storm"),
    # doing it to oneself, searching rubble, thanking the reader
    ("The players have ten minutes to free themselves from the locked room.", "free"),
    ("Firefighters were seen searching the charred apartments on Sunday.", "searching"),
    ("Thanks for following our live coverage today.", "thanks"),
    ("Contact the author: [email protected]", "protected"),
    # coming from a place; a search called off
    ("The candidate, who hails from Arizona, spoke to reporters on Monday.", "hails"),
    ("The Coast Guard called off its search for the missing fishermen late on Tuesday.", "called"),
])
def test_general_families_are_no_event(text, word):
    art = run(text)
    assert word not in {e.trigger.text.lower() for e in art.events}, \
        [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


@pytest.mark.parametrize("text, word", [
    ("Gunmen killed hundreds of villagers in the north on Monday.", "killed"),
    ("A suicide bomber blew himself up at the army checkpoint.", "blew"),
    ("Turkey attacked Kurdish positions in northern Syria.", "attacked"),  # a state, not the bird
    ("Navy SEALs killed the militant commander in a night raid.", "killed"),
    ("Rebel fighters battled government troops near the border.", "battled"),
    ("Police shot two protesters outside the ministry.", "shot"),
])
def test_violence_against_people_stays(text, word):
    assert "ASSAULT" in kinds(run(text), word)


# ---------------------------------------------------------------- less likely readings


def test_a_question_is_less_likely_an_event_than_a_statement():
    asked = run("Did the ruling party ever support the mayor during the strike?")
    told = run("The ruling party supported the mayor during the strike.")
    assert 0 < conf(asked, "support") < conf(told, "supported")


def test_workers_strike_and_police_searches_stay():
    assert "PROTEST" in kinds(run("Dock workers went on strike over pay on Monday."), "strike")
    assert "COERCE" in kinds(run("Police searched the suspect's house after the storm."), "searched")
    assert "COERCE" in kinds(run("Soldiers stormed the rebel headquarters before dawn."), "stormed")


def test_a_condition_is_no_threat_but_a_threat_with_a_doer_is():
    condition = run("The old trees in the park are threatened by the changing climate.")
    threat = run("Rebel commanders threatened the town with a new offensive.")
    assert conf(condition, "threatened") < conf(threat, "threatened")


def test_prevention_is_a_weak_reading_of_coercion():
    prevent = run("The army stayed in the province to prevent rebels from regrouping.")
    ban = run("The army banned rebels from the province.")
    assert 0 < conf(prevent, "prevent") < conf(ban, "banned")


def test_advice_with_no_adviser_is_a_notice_not_a_request():
    notice = run("Travellers were advised to contact their airlines before leaving home.")
    request = run("The foreign ministry advised its citizens to leave Libya immediately.")
    # below / at the reporting threshold (0.3 was the hand-set score's own)
    assert conf(notice, "advised") < senses.default_min_confidence() <= conf(request, "advised")


def test_approving_a_plan_counts_less_than_praising_an_actor():
    approve = run("The city board approved the plan for a new bus lane.")
    praise = run("The city board praised the mayor for the new bus lane.")
    assert conf(approve, "approved") < conf(praise, "praised")


# ---------------------------------------------------------------- judgements: criticism, praise, regret


@pytest.mark.parametrize("text, word, plover", [
    ("The opposition leader said the new curfew was unacceptable.", "said", "ACCUSE"),  # the speaker's act (prec8)
    ('"This ban is unfair to farmers," the union said.', "said", "ACCUSE"),
    ("The governor said the firefighters' conduct was exemplary.", "said", "SUPPORT"),
    ("The government deeply regrets this tragic mistake.", "regrets", "CONCEDE"),
    ("The proposal was dismissed by the senate on Tuesday.", "dismissed", "REJECT"),
])
def test_judgements_are_criticism_praise_regret_or_rejection(text, word, plover):
    assert plover in kinds(run(text), word)


def test_describing_words_are_no_judgement_and_the_narrators_counts_less():
    assert not run("Gambling is currently illegal in the province.").events
    assert not run("The weather on the coast was outstanding last week.").events
    told = run("The minister said the new rules were unfair to small farms.")
    narrated = run("The new rules are unfair to small farms.")
    assert conf(narrated, "are") < conf(told, "said")


# ---------------------------------------------------------------- the type a CAMEO coder gives


@pytest.mark.parametrize("text, word, plover", [
    ("The separatist rebels are backed by Iran.", "backed", "AID"),  # CAMEO 072, military aid
    ("The US provided military support to Ukraine.", "provided", "AID"),
    ("The party backed the new housing bill.", "backed", "SUPPORT"),  # a bill: endorsement
    ("Iran launched missiles targeting US troops in Iraq.", "launched", "ASSAULT"),
    ("North Korea launched a missile on Sunday.", "launched", "MOBILIZE"),  # a show of force
    ("The parliament voted to expel foreign troops from the country.", "expel", "SANCTION"),  # CAMEO 166
    ("The government expelled hundreds of migrants last year.", "expelled", "COERCE"),  # CAMEO 174
])
def test_the_type_follows_the_cameo_codebook(text, word, plover):
    assert plover in kinds(run(text), word)


# ---------------------------------------------------------------- verb families the lexicon now codes


@pytest.mark.parametrize("text, word, plover", [
    ("The northern city fell under rebel control in 2014.", "fell", "ASSAULT"),  # 192 occupy territory
    ("The militants took over a third of the province.", "took", "ASSAULT"),
    ("The reform bill was suspended after weeks of protests.", "suspended", "CONCEDE"),  # 0832
    ("The commander vowed to seek revenge for the killings.", "seek", "THREATEN"),
    ("The senator called the president's order swift and decisive.", "called", "SUPPORT"),
    ("The inquiry recommended closing the detention camp.", "recommended", "REQUEST"),
    ("Thousands of people gathered outside the parliament on Friday.", "gathered", "PROTEST"),
])
def test_verb_families_a_cameo_coder_codes(text, word, plover):
    assert plover in kinds(run(text), word)


def test_ordinary_uses_of_the_same_verbs_are_no_event():
    assert not run("He took over as chief executive in May.").events
    assert not run("Friends gathered in the garden for a barbecue.").events


def test_a_criticism_of_a_named_actor_is_not_turned_into_its_own_act():
    # "the minister is dishonest": the minister is criticised, not the critic; rather no event
    # than a dyad with the roles reversed (prec8: the saying is the criticism, the opposition its source)
    art = run("The opposition said the minister is dishonest.")
    names = {a.id: a.name for a in art.actors}
    for e in art.events:
        if e.plover.type == "ACCUSE":
            assert "minister" not in (names.get(e.source) or ""), art.events


@pytest.mark.parametrize("text, word, plover", [
    ("The president sacked the finance minister on Monday.", "sacked", "COERCE"),  # 172, as "removed from post"
    ("The IMF approved a loan for Egypt.", "approved", "AID"),
    ("The government airlifted food to the flooded region.", "airlifted", "AID"),
    ("The prime minister reiterated his commitment to the peace process.", "reiterated", "AGREE"),
    ("Police teargassed protesters in the capital on Friday.", "teargassed", "COERCE"),  # 175 crowd repression: CAMEO root 17 (round 14)
    ("The government lifted the state of emergency.", "lifted", "CONCEDE"),
    ("Farmers blockaded the main highway for a third day.", "blockaded", "PROTEST"),  # 144, not a state's 191
    ("The navy blockaded the port.", "blockaded", "COERCE"),
    ("The prime minister stepped down after the scandal.", "stepped", "RETREAT"),  # "down" parsed as an adverb
    ("The army pulled out of the city.", "pulled", "RETREAT"),  # "out" parsed as a preposition
])
def test_more_families_and_particles_the_parser_reads_as_adverbs(text, word, plover):
    assert plover in kinds(run(text), word)


def test_walking_out_of_a_room_is_less_than_walking_out_of_talks():
    room = run("Then they just walked out.")
    talks = run("The opposition delegation walked out of the talks in Geneva.")
    assert conf(room, "walked") < conf(talks, "walked")
    assert not run("The company fired 200 workers last year.").events


# ---------------------------------------------------------------- plans executed, utilities, diaries


@pytest.mark.parametrize("text, word", [
    ("The observations were executed in December with the large telescope.", "executed"),
    ("A water main broke on Monday, cutting off the water supply to the town.", "cutting"),
    ("The mayor cancelled his entire schedule for Thursday.", "cancelled"),
    ("A large search operation was launched, involving 500 police officers.", "launched"),
    ("Her handling of the crisis raised her vice presidential prospects.", "raised"),
])
def test_more_general_senses_are_no_event(text, word):
    art = run(text)
    assert word not in {e.trigger.text.lower() for e in art.events}, \
        [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_the_political_readings_of_those_words_stay():
    assert "ASSAULT" in kinds(run("The regime executed three dissidents on Monday."), "executed")
    assert "SANCTION" in kinds(run("Russia cut off gas supplies to Ukraine in January."), "cut")
    assert "ASSAULT" in kinds(run("The army launched an offensive against the rebels."), "launched")


@pytest.mark.parametrize("text, word, plover", [
    ("The US announced plans to withdraw its troops from the country.", "withdraw", "RETREAT"),
    ("The government plans to send aid to the flooded region.", "send", "AID"),
])
def test_a_planned_act_keeps_its_own_type(text, word, plover):
    e = next(e for e in run(text).events if e.trigger.text == word)
    assert (e.plover.type, e.status) == (plover, "intended")


def test_a_promised_act_is_an_intent_as_in_cameo():
    art = run("The government promised to send aid to the flooded region.")
    assert "AGREE" in {e.plover.type for e in art.events}


def test_a_legal_process_named_as_background_counts_less_than_the_act():
    noun = run("After his conviction last summer, the former aide agreed to help the inquiry.")
    verb = run("A federal jury convicted the former aide last summer.")
    assert conf(noun, "conviction") < conf(verb, "convicted")


@pytest.mark.parametrize("text, word, plover", [
    ("Colombia and the rebels signed a peace agreement in Havana.", "signed", "AGREE"),  # 057 (plover.tsv)
    ("Revolutionaries captured the US embassy in 1979.", "captured", "ASSAULT"),  # 192 occupy, not an arrest
    ("Germany banned the Iranian airline Mahan Air from its airports.", "banned", "SANCTION"),  # 163
    ("The airline flies weapons and fighters to Syria, supporting the regime.", "supporting", "AID"),  # 072
    ("So the federation wanted me to represent their country.", "wanted", "REQUEST"),
])
def test_coding_conventions_of_the_gold_guidelines(text, word, plover):
    assert plover in kinds(run(text), word)


@pytest.mark.parametrize("text, word", [
    ("My parents really wanted me to start school a year early.", "wanted"),
    ("The former minister is credited with drafting the constitution.", "credited"),
    ("My phone started to blow up when I got back online.", "blow"),
])
def test_private_wants_careers_and_busy_phones_are_no_event(text, word):
    art = run(text)
    assert all(e.confidence < senses.default_min_confidence() for e in art.events if e.trigger.text.lower() == word), \
        [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


@pytest.mark.parametrize("text, word, plover", [
    ("The Supreme Court overturned the convictions of the two aides.", "overturned", "CONCEDE"),  # 081
    ("Lawmakers questioned the president's power to do so.", "questioned", "ACCUSE"),
    ("The student has been deeply critical of the plan.", "been", "ACCUSE"),  # the subject disapproves
    ("The bishop said the ministers should seek forgiveness.", "seek", "REQUEST"),
])
def test_judicial_reversals_doubts_and_pleas(text, word, plover):
    assert plover in kinds(run(text), word)


def test_critical_to_something_is_importance_not_criticism():
    assert "ACCUSE" not in {e.plover.type for e in run("The minister said the plan is critical to the recovery.").events}


@pytest.mark.parametrize("text, word", [
    ("My mom always encouraged me to be true to myself.", "encouraged"),
    ("The federal government is partially shut down because Congress could not agree on a budget.", "shut"),
    ("The tax agency's website advises citizens to keep paying their taxes.", "advises"),
])
def test_family_life_budget_lapses_and_web_pages_are_no_event(text, word):
    art = run(text)
    assert all(e.confidence < senses.default_min_confidence() for e in art.events if e.trigger.text.lower() == word), \
        [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_a_government_shutting_a_newspaper_stays():
    assert "COERCE" in kinds(run("The president shut down the opposition newspaper."), "shut")
