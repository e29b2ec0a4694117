"""Who did what to whom (issue 9, thirteenth stop, args16): a past tense the parser reads as a
participle, a participle clause of a passive, and a stance noun's complement keep their doer.
Invented sentences, real lexicon people."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def event(art, trigger: str):
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in art.events]}"
    return found[0]


def test_a_past_tense_read_as_a_participle_of_a_verb_done_with_someone_keeps_its_subject():
    art = run("Trump conferred with Senate Majority Leader Mitch McConnell on Thursday.")
    assert roles(art, "conferred") == ("Donald Trump", "Mitch McConnell")


def test_a_participle_without_a_doer_stays_passive():
    # the noun undergoes the act (the police of the place are the implied agent)
    art = run("Two men arrested in Leeds on Friday.")
    assert roles(art, "arrested") == ("British police", "men")


def test_the_subject_of_a_passive_does_the_act_of_its_participle_clause():
    art = run("Michelle Obama was seen on stage on Monday night endorsing Hillary Clinton.")
    assert roles(art, "endorsing") == ("Michelle Obama", "Hillary Clinton")
    # with an agent, the agent still does its own act, not the participle's patient
    art = run("The protesters were dispersed by police firing tear gas.")
    assert roles(art, "dispersed")[1] == "protesters"


def test_a_stance_noun_lends_its_holder_to_its_complement_as_an_intent():
    art = run("Mr Trump expressed interest in working with President Obama.")
    ev = event(art, "working")
    assert (ev.source_name(art), ev.target_name(art)) == ("Donald Trump", "Barack Obama")
    # the intent (CAMEO 03) was expressed: it took place, as the dyads coders code an intent
    assert ev.status == "occurred" and ev.plover.type == "AGREE"


def test_an_intent_voiced_by_a_commitment_took_place_and_a_reported_future_stays_intended():
    ev = event(run("Trump said he expects to work closely with Obama."), "work")
    assert (ev.plover.type, ev.status) == ("AGREE", "occurred")
    ev = event(run("The colonel said the army would withdraw from the valley."), "withdraw")
    assert ev.status == "intended"
    ev = event(run("Trump said he will meet the president on Thursday."), "meet")
    assert (ev.plover.type, ev.status) == ("CONSULT", "intended")


def test_a_phone_call_is_a_consultation_even_when_the_one_called_is_not_named():
    art = run("President Obama congratulated his successor in a phone call on Wednesday.")
    assert roles(art, "call")[0] == "Barack Obama"
    art = run("He called a press conference on Monday.")  # calling a conference is no talk between parties
    assert not [e for e in art.events if e.trigger.text == "called"]


def test_grounds_told_in_a_list_make_the_one_arrested_a_suspect():
    art = run("A man was arrested Friday on DWI and other charges.")
    assert next(a for a in art.actors if a.name == "man").sectors == ["CRM"]


RACE_REPORT = (
    "Lewis Hamilton won the Brazilian Grand Prix on Sunday after a race stopped twice by rain. "
    "Championship leader Nico Rosberg finished second, two laps after a spin, and kept his lead in the title race. "
    "The Dutch driver battled back to third after a late pit stop for fresh tyres. "
    "Several drivers were calling for the race to be abandoned, and the race director was blasted by his rivals. "
    "The Brazilian fought back tears on the podium as the crowd cheered his final lap."
)


def test_a_sports_report_names_no_politician_and_codes_no_act_of_its_contest():
    art = run(RACE_REPORT)
    rosberg = next(a for a in art.actors if a.name == "Nico Rosberg")
    assert not {"GOV", "PTY", "LEG"} & set(rosberg.sectors), "a championship leader holds no office"
    assert [e.trigger.text for e in art.events] == []


def test_bans_by_a_sports_body_and_acts_of_states_in_a_sports_report_stay():
    art = run("The chess federation banned two players from all tournaments for playing against Israeli players. "
              "The team won the championship title and the coach praised the season. "
              "Iran's government criticised the federation's decision on Monday.")
    assert {"banned", "criticised"} <= {e.trigger.text for e in art.events}


def test_an_act_ahead_of_which_one_travels_or_braces_is_still_to_come():
    art = run("Trump landed in Washington ahead of meeting Obama.")
    ev = event(art, "meeting")
    assert (ev.source_name(art), ev.status) == ("Donald Trump", "intended")
    assert event(run("Police braced for the coming protests in Portland."), "protests").status == "intended"


def test_closing_an_inquiry_is_done_by_its_investigator():
    art = run("The Justice Department closed the Clinton email probe on Monday.")
    assert roles(art, "probe")[0] == "US Department of Justice"


def test_a_talk_after_an_opening_participle_keeps_its_named_doer():
    art = run("Following his meeting with Ryan, Trump conferred with Senate Majority Leader Mitch McConnell on Thursday.")
    assert [(e.source_name(art), e.target_name(art)) for e in art.events if e.trigger.text == "conferred"] == [
        ("Donald Trump", "Mitch McConnell")]


def test_the_force_is_the_police_force_named_before():
    art = run("British Transport Police Assistant Chief Constable Robin Smith said the force was investigating "
              "whether the driver fell asleep.")
    assert roles(art, "investigating")[0] == "British Transport Police"
    art = run("FBI Director James Comey told lawmakers on Sunday that the bureau had reviewed the emails.")
    assert roles(art, "reviewed")[0] == "Federal Bureau of Investigation"
