"""Who did what to whom on new text (issue 9, ninth round): each argument and actor rule on
invented sentences."""

from __future__ import annotations

from datetime import datetime

from eventwire.model import Article
from eventwire.pipeline import Pipeline

CONTEXT = Pipeline(until="context", min_confidence=0)


def run(text: str, published: str = "2021-03-04T10:00:00") -> Article:
    return CONTEXT.annotate([Article(id="t", text=text)], [datetime.fromisoformat(published)])[0]


def roles(art: Article, trigger: str) -> tuple[str | None, str | None]:
    """(source name, target name) of the first event with this trigger."""
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in art.events]}"
    return found[0].source_name(art), found[0].target_name(art)


def test_a_government_department_is_an_actor():
    art = run("The health department fined the company on Monday.")
    assert roles(art, "fined") == ("health department", "company")
    assert next(a for a in art.actors if a.name == "health department").sectors == ["GOV"]
    # a company's department is no government
    art = run("Their legal department had been looking into the matter for two months.")
    assert not art.actors


def test_rioters_and_looters_are_actors():
    art = run("Rioters set fire to a church and looters attacked the shops.")
    assert {a.name for a in art.actors} >= {"rioters", "looters"}
    assert roles(art, "set")[0] == "rioters"


def test_a_passive_participle_clause_is_undergone_by_the_main_subject():
    # "If convicted, X could ...": X is convicted, not the one who convicts
    art = run("If convicted, the activist could receive a lifetime prison sentence.")
    assert roles(art, "convicted") == (None, "activist")
    art = run("Arrested in 2019, the journalist spent a year in jail.")
    assert roles(art, "Arrested") == (None, "journalist")
    # a participle of feeling: the main subject disapproves of the "by" phrase's doer
    art = run("Angered by the decision of the court, protesters marched on parliament.")
    assert roles(art, "Angered") == ("protesters", "court")


def test_whoever_holds_the_custody_did_the_taking():
    art = run("The suspects were taken into the custody of the border police.")
    assert roles(art, "taken") == ("police", "suspects")


def test_a_sentence_is_undergone_by_its_possessor():
    art = run("President Trump called Roger Stone's 40 month sentence unjust.")
    assert roles(art, "sentence")[1] == "Roger Stone"
    sentence = next(e for e in art.events if e.trigger.text == "sentence")
    assert sentence.source is None or sentence.source_implied  # the court is only implied (the US judiciary)


def test_levelling_criticism_at_someone_criticises_them():
    art = run("Senator Warren leveled greater criticism at Joe Biden on Monday.")
    assert roles(art, "criticism") == ("Warren", "Joe Biden")


def test_a_persons_supporters_are_civilians_not_the_person():
    art = run("Trump supporters chanted slogans outside the court on Saturday.", "2020-10-20T10:00:00")
    source = next(e for e in art.events if e.trigger.text == "chanted").source
    acting = next(a for a in art.actors if a.id == source)
    assert acting.code == "USACVL" and "Trump" not in (acting.name or "")


def test_a_hyphenated_word_after_a_preposition_is_one_actor():
    art = run("Police said clashes with counter-protesters broke out near the square.")
    assert roles(art, "clashes")[1] == "counter-protesters"  # (sectors.tsv: counter-protesters are an actor word)


def test_judging_a_measure_done_by_someone_targets_the_doer():
    # the participle is itself a light verb of the act ("filed", "imposed"), not a judgement of it
    art = run("Russia condemned the sanctions imposed by the European Union.")
    assert roles(art, "condemned") == ("Russia", "European Union")
    art = run("The court rejected a lawsuit filed by Texas.")
    assert roles(art, "rejected") == ("court", "Texas")
    # "condemned by X" stays X's judgement, not X's attack
    art = run("The attack, condemned by the United Nations, killed nine.")
    assert roles(art, "attack")[0] is None


def test_a_region_ending_a_personal_name_is_a_surname():
    art = run("Rapper Kanye West announced a presidential campaign on Monday. West accused the media of lying.")
    assert "West" in roles(art, "accused")[0] and not any(a.code == "WST" for a in art.actors)
    art = run("Leaders in the West condemned Russia. The West imposed sanctions on Moscow.")
    assert any(a.code == "WST" for a in art.actors)


def test_a_surname_with_a_particle_is_the_person_named_in_full():
    art = run("Socialist Party presidential nominee Gloria La Riva spoke in Denver. La Riva criticized the Pentagon budget.")
    assert roles(art, "criticized")[0] == "Gloria La Riva"
    assert [a.name for a in art.actors].count("La Riva") == 0


def test_a_name_read_as_an_organisation_is_a_person_once_its_surname_acts_alone():
    art = run("Independent candidate Brock Pierce spoke in Ohio. Pierce called for an end to the War on Drugs.")
    assert roles(art, "called")[0] == "Brock Pierce"
    assert next(a for a in art.actors if a.name == "Brock Pierce").kind == "person"


def test_voicing_opposition_is_a_stance_not_the_opposition():
    art = run("The senator voiced opposition to the bill.")
    assert roles(art, "voiced") == ("senator", None)
    assert not any(a.code == "OPP" for a in art.actors)
    art = run("The opposition boycotted the vote.")
    assert roles(art, "boycotted")[0] == "opposition"


def test_the_suspect_in_an_act_did_it():
    art = run("Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, was released on bail.")
    assert roles(art, "shooting") == ("Kyle Rittenhouse", "protesters")
    art = run("Police said the gunman in the attack on the mosque was a local man.")
    assert roles(art, "attack")[0] == "gunman"


def test_adherents_of_a_religion_are_civilians():
    art = run("The mob attacked Christians in the village.")
    assert roles(art, "attacked")[1] is not None
    assert next(a for a in art.actors if a.id == next(e for e in art.events if e.trigger.text == "attacked").target).code == "CVL"


def test_a_platform_something_is_said_on_is_no_target():
    art = run("Trump hailed the report on Twitter.")
    assert roles(art, "hailed")[1] is None
    art = run("The senator criticised Facebook on Monday.")
    assert roles(art, "criticised")[1] == "Facebook"
    art = run("The EU imposed a fine on Facebook.")
    assert roles(art, "fine")[1] == "Facebook"


def test_receiving_up_to_a_sentence_undergoes_it():
    art = run("Kyle Rittenhouse could receive up to a lifetime prison sentence.")
    assert roles(art, "sentence") == (None, "Kyle Rittenhouse")


def test_who_acts_with_someones_backing_is_backed():
    art = run("Jo Jorgensen is a lecturer. With the Libertarian Party's backing, she ran for the Senate.")
    assert roles(art, "backing") == ("Libertarian Party", "Jo Jorgensen")


def test_the_one_paid_to_do_an_act_does_it():
    art = run("Russia paid bounties to the Taliban to kill American soldiers in Afghanistan.")
    assert roles(art, "kill")[0] == "Taliban"
    art = run("The cartel hired gunmen to kill the mayor.")
    assert roles(art, "kill") == ("gunmen", "mayor")
