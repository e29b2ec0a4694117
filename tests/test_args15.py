"""Who did what to whom (issue 9, twelfth stop, args15 and codes15): a lone doer of violence is a
criminal, a passive told twice is done to the same one, and "they" / "their meeting" after two
people named together is both of them. Invented sentences, real lexicon people."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def code_of(art, words: str) -> str | None:
    for a in art.actors:
        if any(art.text[s:e] == words for s, e in a.mentions):
            return a.code
    raise AssertionError(f"no actor {words!r} in {[(a.name, a.code) for a in art.actors]}")


def dyads(art, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_name(art), e.target_name(art)) for e in art.events if e.trigger.text == trigger}


def test_one_person_doing_violence_to_another_is_a_criminal():
    art = run("A man stabbed 11 students at a kindergarten in Jiangsu on Monday.")
    assert code_of(art, "man").endswith("CRM")
    art = run("Eric Campbell pulled a handgun and shot at both officers.")
    assert code_of(art, "Eric Campbell").endswith("CRM")


def test_violence_to_a_thing_or_words_against_someone_make_no_criminal():
    for text in ("Maria Lopez attacked the governor's plan on Monday.", "Maria Lopez shot down the proposal.",
                 "Maria Lopez killed the bill in committee."):
        assert not (code_of(run(text), "Maria Lopez") or "").endswith("CRM"), text
    assert code_of(run("Activist Maria Lopez attacked the governor on Twitter."), "Maria Lopez").endswith("CVL")


def test_groups_and_people_with_a_role_keep_theirs_when_they_do_violence():
    art = run("Protesters attacked the police station in Minsk on Sunday.")
    assert code_of(art, "Protesters").endswith("CVL")
    art = run("Police shot a man in Minsk on Sunday.")
    assert code_of(art, "Police").endswith("COP")


def test_charged_after_arrested_makes_a_suspect_an_arrest_alone_does_not():
    art = run("Kimberly Hacker was arrested and charged with theft.")
    assert code_of(art, "Kimberly Hacker").endswith("CRM")
    art = run("The activist was arrested and later released.")
    assert code_of(art, "activist").endswith("CVL")
    art = run("Anna Korsakova was arrested on Monday.")
    assert not (code_of(art, "Anna Korsakova") or "").endswith("CRM")


def test_held_on_an_ordinary_crime_makes_a_suspect_a_political_charge_does_not():
    art = run("Police said Jonas Weller was being held on two counts of assault.")
    assert code_of(art, "Jonas Weller").endswith("CRM")
    art = run("Police said Jonas Weller was detained for treason.")
    assert not (code_of(art, "Jonas Weller") or "").endswith("CRM")


def test_a_prison_inmate_is_a_criminal():
    art = run("An inmate had been stabbed at the prison, officials said.")
    assert code_of(art, "inmate").endswith("CRM")
    assert roles(art, "stabbed")[1] == "inmate"


def test_a_second_passive_is_done_to_whoever_the_first_was_done_to():
    art = run("Robert Mugabe led the guerrilla war, but was arrested in 1963 and was imprisoned until 1974.")
    assert roles(art, "arrested")[1] == "Robert Mugabe"
    assert roles(art, "imprisoned")[1] == "Robert Mugabe"


def test_they_after_two_people_named_together_meet_with_each_other():
    art = run("Barack Obama and Donald Trump met at the White House on Thursday. They discussed foreign policy.")
    assert dyads(art, "discussed") == {("Barack Obama", "Donald Trump"), ("Donald Trump", "Barack Obama")}


def test_their_meeting_after_two_people_named_together_is_the_pairs_before_a_group_named_since():
    art = run("President Barack Obama and Donald Trump met at the White House on Thursday. Officials said it went well. "
              "Their meeting lasted 90 minutes.")
    assert dyads(art, "meeting") == {("Barack Obama", "Donald Trump"), ("Donald Trump", "Barack Obama")}


def test_the_subject_of_a_copula_holds_the_stance_its_complement_names():
    art = run("John Bolton was also much more of a critic of Russia.")
    assert roles(art, "critic") == ("John Bolton", "Russia")
    art = run("Mike Pence and Nikki Haley are former critics of Mr Trump.", "2016-11-11T10:00:00")
    assert dyads(art, "critics") == {("Mike Pence", "Donald Trump"), ("Nikki Haley", "Donald Trump")}


def test_those_at_odds_disagree_with_each_other():
    art = run("Donald Trump and John Bolton have been at odds over Iran.")
    assert dyads(art, "odds") == {("Donald Trump", "John Bolton"), ("John Bolton", "Donald Trump")}
    assert roles(run("Iran has been at odds with the United States."), "odds") == ("Iran", "United States")


def test_the_two_men_after_two_people_named_together_are_both_of_them():
    art = run("President Barack Obama and Donald Trump met at the White House on Thursday. "
              "Both leaders attacked the media.")
    assert dyads(art, "attacked") == {("Barack Obama", "media"), ("Donald Trump", "media")}
    # men counted by no "the two" stay men
    art = run("President Barack Obama and Donald Trump met on Thursday. Two men were arrested in London.")
    assert roles(art, "arrested")[1] == "men"


def test_a_candidates_campaign_stands_for_the_candidate():
    art = run("Hillary Clinton lost the election. The experts urged her campaign to request recounts.",
              "2016-11-24T10:00:00")
    assert roles(art, "urged") == ("experts", "Hillary Clinton")


def test_the_democrat_is_the_democratic_party_and_a_democrat_named_is_a_party_actor():
    art = run("Comey announced a probe into the Democrat on Friday.")
    assert roles(art, "probe")[1] == "Democratic Party"
    assert code_of(art, "Democrat") == "USAPTY"
    art = run("Maria Lopez, a Democrat from Austin, criticised the governor of Texas on Monday.")
    assert code_of(art, "Maria Lopez") == "USAPTY"


def test_a_wish_to_cooperate_voiced_by_its_subject_is_an_intent_a_forecast_is_a_plan():
    art = run("Donald Trump said he expects to work closely with Barack Obama.")
    assert {e.plover.type for e in art.events if e.trigger.text == "work"} == {"AGREE"}
    art = run("Donald Trump is expected to meet Barack Obama on Thursday.")
    assert {e.plover.type for e in art.events if e.trigger.text == "meet"} == {"CONSULT"}


def test_a_subject_pronoun_is_not_its_own_verbs_object():
    art = run("Barack Obama spoke to reporters about Vladimir Putin. He said Putin had not listened. "
              "He had warned Putin of serious consequences.")
    assert roles(art, "warned") == ("Barack Obama", "Vladimir Putin")


def test_a_person_is_never_the_implied_agent_of_an_arrest():
    art = run("FBI director James Comey spoke in Washington on Monday. The 42-year-old male driver was arrested in Ohio.")
    arrest = next(e for e in art.events if e.trigger.text == "arrested")
    assert arrest.source_implied and arrest.source_name(art) != "James Comey"


def test_the_one_under_investigation_is_investigated():
    art = run("Anthony Weiner is under investigation for allegedly exchanging messages with a girl.")
    assert roles(art, "investigation")[1] == "Anthony Weiner"
    art = run("Alexei Navalny remains under house arrest in Moscow.")
    assert roles(art, "arrest")[1] == "Alexei Navalny"
    # one placed under it by someone: the placer does it
    art = run("Police placed Alexei Navalny under house arrest.")
    assert roles(art, "arrest") == ("police", "Alexei Navalny")


def test_a_police_investigation_is_the_polices():
    art = run("A police investigation into the man began on Monday.")
    assert roles(art, "investigation") == ("police", "man")


def test_an_act_that_did_nothing_still_took_place():
    art = run("The FBI investigation found no evidence of wrongdoing.")
    assert next(e for e in art.events if e.trigger.text == "investigation").status == "occurred"
    art = run("The talks never happened.")
    assert all(e.status == "negated" for e in art.events if e.trigger.text == "talks")


def test_a_family_named_by_a_surname_is_its_head():
    art = run("Barack Obama won in 2008. Later the Obamas criticised George W. Bush.")
    assert roles(art, "criticised") == ("Barack Obama", "George W. Bush")
    art = run("Barack Obama won in 2008. Later the Obamas visited the White House and met George W. Bush.")
    assert roles(art, "met") == ("Barack Obama", "George W. Bush")


def test_a_persons_supporters_named_by_a_possessive_are_civilians():
    art = run("Hillary Clinton lost the election. In a speech, she thanked her supporters.", "2016-11-10T10:00:00")
    assert roles(art, "thanked") == ("Hillary Clinton", "supporters")
    assert code_of(art, "supporters").endswith("CVL")
    # his fighters are no civilians
    art = run("His fighters attacked the base on Monday.")
    assert not any(a.name == "fighters" and (a.code or "").endswith("CVL") for a in art.actors)
