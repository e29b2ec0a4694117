"""Who did what to whom on scraped multi-outlet news (issue 9, args14): sources and targets the
sentence names but the rules left null, each on invented sentences."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def test_a_person_named_before_an_inquiry_is_looked_into():
    art = run("The Justice Department closed the Boris Johnson tax probe on Tuesday.")
    # (closing an inquiry lends it the closer, args16)
    assert roles(art, "probe") == ("US Department of Justice", "Boris Johnson")
    art = run("The ministry closed the Peru investigation last year.")
    assert roles(art, "investigation")[1] == "Peruvian government"
    # an organisation before it is who inquires
    art = run("The FBI investigation into the senator found nothing.")
    assert roles(art, "investigation")[0] == "Federal Bureau of Investigation"


def test_an_inquiry_phrase_hung_on_its_verb_is_the_inquirys():
    art = run("Angela Merkel lost the vote on Tuesday. Vladimir Putin said he was reopening the "
              "investigation into her handling of the gas deal.")
    assert roles(art, "investigation") == ("Vladimir Putin", "Angela Merkel")


def test_an_act_that_came_from_someone_is_theirs():
    assert roles(run("Strong criticism came from the European Union on Monday."), "criticism")[0] == "European Union"
    assert roles(run("Among the sharpest rebukes came from Angela Merkel."), "rebukes")[0] == "Angela Merkel"


def test_charges_warranted_against_someone_target_them():
    art = run("Prosecutors said no criminal charges were warranted against Boris Johnson.")
    assert roles(art, "charges")[1] == "Boris Johnson"


def test_a_later_phrase_naming_an_actor_is_the_target_when_the_first_names_none():
    art = run("Relations were strained by the downing of a Russian warplane at the Syrian border.")
    assert roles(art, "downing")[1] == "Russian military"


def test_the_one_a_critic_noun_describes_is_the_critic():
    assert roles(run("Boris Johnson, a fierce critic of Angela Merkel, spoke on Monday."), "critic") == (
        "Boris Johnson", "Angela Merkel")


def test_a_common_noun_named_by_its_apposition_is_the_one_named():
    art = run("Investigators were probing her husband, former senator Boris Johnson, on Monday.")
    assert roles(art, "probing")[1] == "Boris Johnson"


def test_a_gerund_after_for_on_a_passive_is_done_by_its_subject():
    art = run("The activist was jailed for assaulting a police officer.")
    assert roles(art, "assaulting") == ("activist", "police officer")


def test_acts_held_in_a_stretch_of_time_keep_their_phrases():
    art = run("There were days of protests by Turks against Russia.")
    assert roles(art, "protests") == ("Turks", "Russia")
    art = run("Two years of attacks by the Taliban on Afghan police have weakened the state.")
    assert roles(art, "attacks") == ("Taliban", "Afghan police")


def test_an_act_levelled_in_a_relative_clause_is_its_subjects_at_its_target():
    art = run("Angela Merkel repeated the accusations she had levelled against Boris Johnson.")
    assert roles(art, "accusations") == ("Angela Merkel", "Boris Johnson")


def test_an_inquiry_named_after_its_investigator_is_theirs():
    """ "the Clinton email probe" looks into Clinton; "the Mueller investigation" (a special counsel's,
    in office then) is Mueller's own."""
    art = run("The Mueller investigation interviewed dozens of witnesses.", "2018-06-01T10:00:00")
    assert roles(art, "investigation") == ("Robert Mueller", None)
