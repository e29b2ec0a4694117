"""Who did what to whom (issue 9, fifteenth stop, args18): stances told by an adjective, acts a
subject faces in a list, conversations between named parties, questions asked of someone in a
clause, and meetings told around another act. Invented sentences, real lexicon people."""

from __future__ import annotations

from eventwire import senses
from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def pairs(art, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_name(art), e.target_name(art)) for e in art.events if e.trigger.text == trigger}


def test_a_stance_told_by_an_adjective_is_towards_its_phrase_and_an_object_pronoun_is_someone_else():
    art = run("Donald Trump won the election. Senator Doug Jones was deeply critical of him.")
    assert roles(art, "was") == ("Doug Jones", "Donald Trump")  # "him" cannot be Jones, his clause's subject
    art = run("Donald Trump won the election. Senator Doug Jones has long been a critic of him.")
    assert roles(art, "critic") == ("Doug Jones", "Donald Trump")


def test_every_act_in_a_list_a_subject_faces_is_done_to_that_subject():
    art = run("Senator Sandra Jansen has faced abuse and threats since she crossed the floor.")
    assert roles(art, "threats")[1] == "Sandra Jansen"


def test_what_two_parties_discuss_is_no_party_to_the_talk():
    art = run("President Obama and President Putin discussed Syria on Monday.")
    assert pairs(art, "discussed") == {("Barack Obama", "Vladimir Putin"), ("Vladimir Putin", "Barack Obama")}
    art = run("Donald Trump discussed Syria with Vladimir Putin.")
    assert pairs(art, "discussed") == {("Donald Trump", "Vladimir Putin")}
    # talking about something is a talk between those who talk
    art = run("President Obama and President Putin talked about Syria on Monday.")
    assert pairs(art, "talked") == {("Barack Obama", "Vladimir Putin"), ("Vladimir Putin", "Barack Obama")}
    # one person talking about the economy has no partner: no confident consultation
    art = run("Donald Trump talked about the economy at the rally.")
    assert not [e for e in art.events if e.trigger.text == "talked" and e.confidence >= senses.default_min_confidence()]


def test_three_parties_meeting_are_each_a_party_with_no_one_other():
    art = run("Russia, Iran and Turkey met in Astana on Monday.")
    assert pairs(art, "met") == {("Russia", None), ("Iran", None), ("Turkey", None)}


def test_ministers_gathered_to_discuss_did_discuss():
    art = run("Egyptian foreign minister Sameh Shoukry and Greek foreign minister Nikos Dendias gathered "
              "in Cairo on Wednesday to discuss the Libyan crisis.")
    talks = [e for e in art.events if e.trigger.text == "discuss"]
    assert talks and all(e.status == "occurred" for e in talks)
    # a meeting's other purposes stay plans
    art = run("The army chiefs of Mali and Niger met to coordinate missions against militants.")
    assert all(e.status == "intended" for e in art.events if e.trigger.text == "coordinate")


def test_a_question_asked_in_a_clause_targets_that_clause_subject():
    art = run("Hillary Clinton lost the election. James Comey was reinstating an investigation into "
              "whether she mishandled classified information.")
    assert roles(art, "investigation") == ("James Comey", "Hillary Clinton")
    art = run("Hillary Clinton lost the election. Republicans raised questions about whether she broke the law.")
    assert roles(art, "raised")[1] == "Hillary Clinton"


def test_a_thing_with_an_owner_and_a_named_modifier_is_the_owner_s():
    art = run("Hillary Clinton lost the election after the renewed FBI inquiry into her State Department email system.")
    assert roles(art, "inquiry") == ("Federal Bureau of Investigation", "Hillary Clinton")


def test_a_meeting_told_around_another_act_is_the_subject_s():
    art = run("Barack Obama spoke to reporters following a meeting with President-elect Donald Trump.")
    assert roles(art, "meeting") == ("Barack Obama", "Donald Trump")
    art = run("After talks with Vladimir Putin, Recep Tayyip Erdogan said the deal would hold.")
    assert roles(art, "talks") == ("Recep Tayyip Erdoğan", "Vladimir Putin")


def test_without_a_date_a_title_before_a_name_picks_the_office_it_names():
    from eventwire.pipeline import extract  # no publication date: the pipeline's own default

    art = extract("Hillary Clinton praised Florida Senator Marco Rubio on Monday.", min_confidence=0)
    assert {a.name: a.code for a in art.actors}["Marco Rubio"] == "USALEG"  # not his later office
    art = extract("Secretary of State Marco Rubio met Senator Hillary Clinton.", min_confidence=0)
    codes = {a.name: a.code for a in art.actors}
    assert codes["Marco Rubio"] == "USAGOV" and codes["Hillary Clinton"] == "USALEG"


def test_donors_volunteers_viewers_users_and_countrymen_are_civilians_acted_on():
    art = run("The Indian Prime Minister asked his countrymen to stay home.")
    assert roles(art, "asked")[1] == "countrymen"
    art = run("Hillary Clinton thanked volunteers and donors on Friday.")
    assert roles(art, "thanked") == ("Hillary Clinton", "volunteers")
    assert {a.name: a.code for a in art.actors}["donors"].endswith("CVL")
    art = run("Twitter prevented users from sharing the story.")
    assert roles(art, "prevented")[1] == "users"


def test_critics_named_as_a_group_are_actors():
    art = run("Critics accused Donald Trump of an intentional delay.")
    assert roles(art, "accused") == ("critics", "Donald Trump")


def test_describing_someone_as_good_is_praise_and_dismissing_a_statement_rejects_it():
    art = run("Donald Trump described Barack Obama as a very good man.")
    ev = next(e for e in art.events if e.trigger.text == "described")
    assert (ev.plover.type, ev.source_name(art), ev.target_name(art)) == ("SUPPORT", "Donald Trump", "Barack Obama")
    art = run("The Iranian government dismissed the statement as propaganda.")
    assert next(e for e in art.events if e.trigger.text == "dismissed").plover.type == "REJECT"


def test_a_country_in_a_military_conflict_with_another_fights_it():
    art = run("Georgia is currently in a military conflict with Russia.")
    ev = next(e for e in art.events if e.trigger.text == "conflict")
    assert (ev.plover.type, ev.source_name(art), ev.target_name(art)) == ("ASSAULT", "Georgia", "Russia")


def test_firing_into_a_crowd_held_at_a_jail_and_searching_a_laptop_are_events():
    art = run("The gunman turned and fired into the crowd.")
    assert roles(art, "fired") == ("gunman", "crowd")
    art = run("John Smith is being held at the county jail.")
    assert roles(art, "held")[1] == "John Smith"
    art = run("Police searched the laptop of Anthony Weiner.")
    assert roles(art, "searched") == ("police", "Anthony Weiner")


def test_yielding_confessing_denying_and_apologising():
    art = run("The suspect turned himself in to police on Wednesday.")
    ev = next(e for e in art.events if e.trigger.text == "turned")
    assert (ev.plover.type, ev.source_name(art), ev.target_name(art)) == ("CONCEDE", "suspect", "police")
    assert not [e for e in run("He turned himself around.").events if e.trigger.text == "turned"]
    assert next(e for e in run("The four men maintained their innocence.").events).plover.type == "REJECT"
    assert next(e for e in run("John Smith confessed to the murder.").events
                if e.trigger.text == "confessed").plover.type == "CONCEDE"
    art = run("The president said he was sorry for every wound inflicted.")
    assert next(e for e in art.events if e.trigger.text == "was").cameo == "055"
    art = run("Shop windows were smashed during the night.")
    assert next(e for e in art.events if e.trigger.text == "smashed").plover.type == "COERCE"


def test_a_ship_or_plane_of_a_country_acted_on_is_that_country():
    art = run("Iran seized a British tanker in the Gulf.")
    assert roles(art, "seized") == ("Iran", "United Kingdom")
    art = run("A Japanese bomber attacked a U.S. vessel in late February.")
    assert roles(art, "attacked")[1] == "United States"
    # a thing named with the country it belongs to is no event by itself
    assert not run("A Russian plane crashed near Moscow.").events


def test_protestors_and_conservatives_are_actors_and_a_count_of_people_is_those_people():
    art = run("Thousands of protestors marched on Trump Tower.")
    assert roles(art, "marched")[0] == "protestors"
    art = run("Hundreds of police officers raided the camp.")
    assert roles(art, "raided")[0] == "police officers"  # the people counted, not the count
    art = run("Twitter was accused of censorship of notable conservatives.")
    assert "conservatives" in {a.name for a in art.actors}
