"""Who did what to whom: each argument and actor-code rule on invented sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline

# actors → events → dates → places → codes from context; the rules, not the confidence filter
CONTEXT = Pipeline(until="context", min_confidence=0)
SPEAKERS = Pipeline(until="speakers", min_confidence=0)  # and the quotes' speakers
KEPT = Pipeline(until="speakers")  # with the default confidence threshold


def run(text: str, published: str = "2021-03-04T10:00:00") -> Article:
    return CONTEXT.annotate([Article(id="t", text=text)], [datetime.fromisoformat(published)])[0]


def said(text: str) -> Article:
    """``run`` through the quotes and their speakers too."""
    return SPEAKERS.annotate([Article(id="t", text=text)], [datetime.fromisoformat("2021-03-04T10:00:00")])[0]


def dyads(art: Article) -> list[tuple[str, str | None, str | None]]:
    """(trigger, source code, target code) of every event."""
    code = {a.id: a.code for a in art.actors}
    return [(e.trigger.text, code.get(e.source), code.get(e.target)) for e in art.events]


def event(art: Article, trigger: str):
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {dyads(art)}"
    return found[0]


def actor(art: Article, aid: str | None):
    return next(a for a in art.actors if a.id == aid)


# --- actor codes from context ------------------------------------------------------------------


def test_coordinated_nationalities_are_one_agent_and_one_event_each():
    art = run("Polish and Czech diplomats met the Russian ambassador in Vienna on Monday.")
    met = {(s, t) for trig, s, t in dyads(art) if trig == "met"}
    assert met == {("POLGOV", "RUSGOV"), ("CZEGOV", "RUSGOV")}


def test_a_generic_head_takes_the_sector_before_it():
    art = run("Police officials said the two suspects fled across the border on Sunday night.")
    assert any(a.code and a.code.endswith("COP") and "officials" in a.name.lower() for a in art.actors)
    art = run("Army spokesman John Dale said the convoy had returned to its base on Friday.")
    assert actor(art, next(a.id for a in art.actors if a.name == "John Dale")).sectors == ["MIL"]


def test_a_title_word_after_a_given_name_is_a_surname():
    art = run("Jack Bishop criticised the government of Ghana in a speech on Tuesday evening.")
    names = {a.name: a.code for a in art.actors}
    assert "Jack Bishop" in names and names["Jack Bishop"] != "REL"


def test_possessive_country_and_institution():
    art = run("Brazil's deputy trade minister met Kenya's Senate in Nairobi on Monday.")
    assert ("met", "BRAGOV", "KENLEG") in dyads(art)


def test_an_honorific_gives_the_sector():
    art = run("Sen. Maria Holt accused the governor of hiding the report from the public.")
    holt = next(a for a in art.actors if a.name == "Maria Holt")
    assert holt.sectors == ["LEG"]


def test_bare_sector_nouns_take_the_country_the_article_is_about():
    art = run("Kenyan officials met in Nairobi on Monday. In Mombasa, police arrested twelve protesters "
              "after the rally in Kenya's second city.")
    police = next(a for a in art.actors if a.name.lower() == "police")
    assert police.code == "KENCOP" and police.country_inferred


def test_a_person_with_no_role_is_a_civilian_of_the_article_country():
    art = run("Police in Nairobi arrested Peter Mwangi on Monday. Kenyan officials said Kenya would "
              "review the case.")
    peter = next(a for a in art.actors if a.name == "Peter Mwangi")
    assert peter.code == "KENCVL" and peter.sector_inferred and peter.country_inferred


# --- pronouns -----------------------------------------------------------------------------------


def test_it_and_they_stand_for_the_group_named_before():
    art = run("Rebels attacked the town on Monday. They killed ten soldiers at a checkpoint.")
    assert event(art, "killed").source == event(art, "attacked").source is not None
    art = run("The Iraqi government said its forces had arrested the suspects in Mosul.")
    assert ("arrested", "IRQMIL", dyads(art)[-1][2]) in dyads(art)


def test_expletive_it_stands_for_nobody():
    art = run("The ministry met the envoys. It is unclear whether Russia will attend the talks.")
    assert not any(a for a in art.actors if any(art.text[s:e] == "It" for s, e in a.mentions))


# --- arguments ----------------------------------------------------------------------------------


def test_light_verbs_and_acts_as_objects_lend_their_targets():
    assert ("held", "CHN", "IND") in dyads(run("China held talks with India on Friday in Beijing."))
    assert ("launched", "PSEREBHAM", "ISR") in dyads(run("Hamas launched an attack on Israel on Saturday."))
    art = run("Iran is set to restore relations with Saudi Arabia after years of rivalry.")
    assert ("restore", "IRN", "SAU") in dyads(art)
    # verbs that lay an act on someone lend it their subject ("laid the blame on", "heaped praise on")
    assert ("blame", "IRN", "SAU") in dyads(run("Iran laid the blame on Saudi Arabia."))
    assert ("blame", "IRN", "SAU") in dyads(run("Iran placed the blame squarely on Saudi Arabia."))
    assert ("praise", "IRN", "SAU") in dyads(run("Iran heaped praise on Saudi Arabia."))
    # and so do their nouns, through their possessor or "by" phrase (cues.tsv light_noun)
    assert ("sanctions", "IGOEUREEC", "RUS") in dyads(run("The EU's imposition of sanctions on Russia angered Moscow."))
    assert ("offensive", "SYRMIL", "SYRREB") in dyads(run(
        "The launch of an offensive by the Syrian army against the rebels surprised observers."))


def test_judging_an_act_targets_its_doer():
    art = run("French Interior Minister Anne Marchand condemned the attack by Yemeni rebels.")
    assert ("condemned", "FRAGOV", "YEMREB") in dyads(art)


def test_an_accusation_targets_who_is_accused_in_its_clause():
    art = run("The opposition leader alleged the Zambian government had stolen the election funds.")
    assert event(art, "alleged").target is not None
    assert actor(art, event(art, "alleged").target).code == "ZMBGOV"


def test_a_decision_noun_lends_its_owner_and_troops_are_no_target():
    art = run("The US decision to deploy troops to the border drew criticism from Mexico.")
    deploy = event(art, "deploy")
    assert actor(art, deploy.source).country == "USA" and deploy.target is None


def test_coercion_without_an_agent_has_an_implied_source():
    art = run("Two journalists were arrested in Baku on Tuesday, their employer said.")
    arrested = event(art, "arrested")
    assert arrested.source_implied and actor(art, arrested.source).code == "AZECOP"
    assert actor(art, arrested.source).implied and not actor(art, arrested.source).mentions
    # never the target's own kind: removing a president names no government agent
    art = run("No U.S. president has ever been removed from office by impeachment.")
    removed = event(art, "removed")
    assert removed.source is None and not removed.source_implied and removed.status == "negated"
    # nor the one the sentence's act was done to: a judge murdered did not convict his murderer
    art = run("Nichols was convicted last month of murdering a judge at the courthouse in Atlanta.")
    convicted, murdering = event(art, "convicted"), event(art, "murdering")
    assert convicted.source_implied and actor(art, convicted.source).code == "USAJUD"
    assert convicted.source != murdering.target and actor(art, murdering.target).name == "judge"


def test_an_imposed_curfew_is_one_event():
    art = run("A curfew was imposed in Srinagar on Monday night after the clashes.")
    assert [e.plover.type for e in art.events].count("COERCE") == 1


def test_a_visit_targets_the_country_visited():
    art = run("Germany's foreign minister arrived in Nairobi on a two-day visit on Sunday.")
    visits = [e for e in art.events if e.plover.mode == "visit"]
    assert len(visits) == 1
    assert actor(art, visits[0].target).code == "KENGOV" and actor(art, visits[0].source).code == "DEUGOV"


def test_an_actor_holding_a_place_is_its_target():
    assert ("shelled", "SYRMIL", "SYRREB") in dyads(run("The Syrian army shelled rebel positions near Idlib, "
                                                        "Syrian state media said."))


def test_harm_in_an_operation_or_firing_is_done_by_its_owner():
    art = run("Three protesters were killed in police firing in Dhaka, Bangladeshi media reported.")
    assert actor(art, event(art, "killed").source).sectors == ["COP"]
    art = run("The militant leader was killed in a US counter-terrorism operation in Somalia.")
    assert actor(art, event(art, "killed").source).country == "USA"


def test_nominal_acts_possessors_and_of_phrases():
    art = run("Protesters blocked the road. This was one of the demands of the protesters.")
    demands = event(art, "demands")
    assert demands.source is not None and "protester" in actor(art, demands.source).name.lower()
    art = run("Five civilians died in the attack on the market in Kabul.")
    assert event(art, "attack").target is not None


def test_a_name_in_apposition_to_its_title_takes_the_title():
    art = run("The British education secretary, Gavin Dale, criticised the universities on Monday.")
    dale = next(a for a in art.actors if a.name == "Gavin Dale")
    assert dale.sectors == ["GOV"] and dale.country == "GBR"


@pytest.mark.parametrize("text, name, code", [
    ("Venezuelan general Ramon Ortega was killed in an ambush near the border.", "Ramon Ortega", "VENMIL"),
    ("The bill was criticised by archbishop Monsenor Luis Arteaga in Lima.", "Luis Arteaga", "PERREL"),  # Lima: the story's one place
    ("Archbishop Peter Mwangi condemned the attack on the church.", "Peter Mwangi", "REL"),
    ("The emir overthrew his father, Sultan Said bin Taimur, in 1970.", "Said bin Taimur", "GOV"),
])
def test_a_role_word_before_or_inside_a_name_codes_the_person(text, name, code):
    """A lowercase role the tagger reads as an adjective, a role past a word of address, a title
    the recogniser put inside the name: each still says who the person is."""
    art = run(text)
    assert next(a.code for a in art.actors if name in a.name) == code


def test_family_members_and_players_are_people():
    art = run("Police in Tbilisi arrested the coach after he assaulted his former wife.")
    assert actor(art, event(art, "assaulted").target).name == "wife"
    art = run("Israeli chess players were denied visas by the government of Malaysia.")
    assert actor(art, event(art, "denied").target).code == "ISRCVL"


def test_a_subject_pronoun_continues_the_subject_just_before_it():
    """A person whose gender no lexicon knows, subject of the sentence before, is "he" rather than
    a known man mentioned earlier."""
    art = run("President Donald Trump ordered the strike. General Ahmad Karimi was responsible for "
              "the deaths of hundreds of soldiers. He had orchestrated attacks on bases in Iraq.")
    assert actor(art, event(art, "attacks").source).name == "Ahmad Karimi"
    art = run("President Donald Trump ordered the strike. General Ahmad Karimi and his forces attacked the base.")
    karimi = next(a for a in art.actors if a.name == "Ahmad Karimi")
    assert "his" in [art.text[s:e] for s, e in karimi.mentions]


def test_none_of_a_group_names_the_group():
    art = run("None of the buyers were charged on Wednesday, the prosecutor in Boston said.")
    charged = event(art, "charged")
    assert actor(art, charged.target).name == "buyers" and charged.status == "negated"


def test_a_possessive_pronoun_owns_its_act():
    art = run("Boris Johnson spoke in London on Monday and stressed his support for the deal.")
    support = event(art, "support")
    assert actor(art, support.source).name == "Boris Johnson"


def test_the_nationality_as_a_noun_is_the_country():
    found = dyads(run("The French condemned the bombing of the embassy on Friday."))
    # (condemning a bombing is aimed at its doer, here unnamed, never at what was bombed: round 37)
    assert [(s, t) for trig, s, t in found if trig == "condemned"] == [("FRA", None)]


def test_candidates_are_party_actors():
    art = run("Democratic presidential candidate Pete Holt criticized Senator Ann Ward over the vote.")
    assert ("criticized", "PTY", "LEG") in [(t, (s or "")[-3:], (g or "")[-3:]) for t, s, g in dyads(art)]


def test_calling_someone_names_is_criticism_and_attacking_a_record_is_no_assault():
    art = run("Donald Trump called Joe Biden a liar at a rally in Ohio on Saturday.", published="2020-10-10T10:00:00")
    assert any(t == "called" and s == "USAGOV" and g for t, s, g in dyads(art))
    art = run("Senator Ann Ward attacked Joe Biden's record on trade during the debate.")
    attacked = event(art, "attacked")
    assert attacked.plover.type == "ACCUSE" and actor(art, attacked.target).name == "Joe Biden"


def test_winning_an_endorsement_makes_the_winner_the_target():
    art = run("Former Vice President Joe Biden won the endorsement of the union on Monday.")
    endorsement = event(art, "endorsement")
    assert actor(art, endorsement.target).name == "Joe Biden"


def test_an_envoy_of_an_organisation_named_in_apposition_keeps_its_code():
    art = run("The United Nations special envoy for Yemen, Martin Dale, said both sides agreed to talks.")
    assert next(a for a in art.actors if a.name == "Martin Dale").code == "IGOUNO"


# --- targets of acts undergone, asked of, or named by a mislabelled surname ---------------------


def test_the_one_facing_serving_or_subjected_to_an_act_is_its_target():
    art = run("Kenya is facing attacks by al-Shabaab militants near the border with Somalia.")
    assert event(art, "attacks").target and actor(art, event(art, "attacks").target).code == "KEN"
    art = run("John Maddox, a former lawyer for the governor, is serving a prison sentence in Ohio.")
    assert actor(art, event(art, "sentence").target).name == "John Maddox"
    art = run("Employees who break the rules will be subjected to a fine by the labour ministry.")
    assert "employees" in actor(art, event(art, "fine").target).name.lower()


def test_a_request_that_someone_act_targets_them():
    art = run("The mayor asked that the county provide the video to the families on Tuesday.")
    ev = event(art, "asked")
    assert actor(art, ev.source).code.endswith("GOV") and actor(art, ev.target).name == "county"


def test_a_verb_the_tagger_reads_as_a_noun_after_to_keeps_its_object():
    art = run("The summit did not persuade the European Union to sanction Belarus over the vote.")
    ev = event(art, "sanction")
    assert actor(art, ev.target).code == "BLR" and ev.status == "negated"


def test_a_later_surname_is_the_person_even_when_tagged_as_a_place():
    art = run("Ahmed Farouqi, a journalist, disappeared in March. Officials later admitted that "
              "agents ordered Farouqi's killing.")
    ev = event(art, "killing")
    assert ev.target and actor(art, ev.target).name == "Ahmed Farouqi"


def test_relatives_universities_and_utilities_are_actors():
    art = run("Prince Edward condemned his relatives. The grid operator urged utilities to cut power. "
              "The minister asked universities to admit more students.")
    named = {a.name.lower() for a in art.actors}
    assert {"relatives", "utilities", "universities"} <= named
    assert actor(art, event(art, "condemned").target).name.lower() == "relatives"


def test_asking_another_to_act_is_a_request_to_them():
    art = run("The Kenyan government wants foreign troops to leave Somalia before the elections.")
    ev = event(art, "wants")
    assert ev.plover.type == "REQUEST" and actor(art, ev.target).name.lower().endswith("troops")
    art = run("President Omar Bashir called for the African Union monitors to leave Darfur on Monday.")
    ev = event(art, "called")
    assert ev.plover.type == "REQUEST" and actor(art, ev.target).code.startswith("IGO")
    art = run("The UN rapporteur encouraged the Egyptian police to release the files to the court.")
    ev = event(art, "encouraged")
    assert ev.plover.type == "REQUEST" and actor(art, ev.target).code == "EGYCOP"


def test_wanting_or_pushing_without_someone_asked_is_no_request():
    art = run("The Kenyan government wants to cut taxes on fuel before the elections in August.")
    assert not [e for e in art.events if e.trigger.text == "wants"]
    art = run("Two Kenyan soldiers pushed the broken truck to the garage near the base on Monday.")
    assert not [e for e in art.events if e.trigger.text == "pushed"]


def test_an_attack_aimed_at_a_place_targets_its_country():
    art = run("Russian forces shelled the Ukrainian city of Kharkiv overnight, officials said on Monday.")
    assert actor(art, event(art, "shelled").target).code == "UKR"
    art = run("Russian forces shelled positions near the border with Ukraine overnight, officials said.")
    assert event(art, "shelled").target is None or actor(art, event(art, "shelled").target).code != "RUS"


def test_coordinated_actors_pledging_are_separate_events_but_meeting_is_mutual():
    art = run("China, Iran and Russia have pledged funds for the reconstruction of the country.")
    pledged = [(s, t) for trig, s, t in dyads(art) if trig == "pledged"]
    assert sorted(pledged) == [("CHN", None), ("IRN", None), ("RUS", None)]
    art = run("Egypt and Jordan held talks in Cairo on Sunday about the water crisis in the region.")
    held = {(s, t) for trig, s, t in dyads(art) if trig in ("held", "talks")}
    assert held == {("EGY", "JOR"), ("JOR", "EGY")}


def test_agreeing_to_an_act_of_the_same_kind_is_one_event():
    art = run("Israel and the United Arab Emirates agreed to normalize relations on Thursday.")
    assert {trig for trig, _, _ in dyads(art)} == {"agreed"}


def test_a_country_after_to_receives_unless_someone_goes_there():
    art = run("Turkey sent aid to Syria after the earthquake and Japan apologized to South Korea.")
    assert ("sent", "TUR", "SYR") in dyads(art)
    assert ("apologized", "JPN", "KOR") in dyads(art)


def test_a_time_after_a_preposition_is_no_target():
    art = run("Incumbent Senator Cory Gardner conceded to former Governor John Hickenlooper on Tuesday night.")
    ev = event(art, "conceded")
    assert actor(art, ev.target).name == "John Hickenlooper"


def test_attacking_the_media_or_a_ruling_is_verbal():
    art = run("President Daniel Ortega attacked the media and the court ruling in a speech on Monday.")
    assert event(art, "attacked").plover.type == "ACCUSE"
    art = run("Gunmen attacked a police station in the north of the country on Monday, officials said.")
    assert event(art, "attacked").plover.type == "ASSAULT"


def test_an_adjective_naming_attackers_is_the_source():
    art = run("Kenya is facing terrorist attacks along its border with Somalia, the minister said.")
    ev = event(art, "attacks")
    assert actor(art, ev.source).sectors == ["REB"] and actor(art, ev.target).code == "KEN"


def test_a_possessive_country_before_an_act_is_an_actor():
    art = run("The UN Security Council condemned North Korea's missile launch on Saturday.")
    assert actor(art, event(art, "condemned").target).code == "PRK"


def test_from_after_an_act_noun_names_who_does_it():
    art = run("Iran rejected the offer from Washington after the talks in Vienna collapsed.")
    offer = event(art, "offer")
    assert actor(art, offer.source).code == "USAGOV"
    assert actor(art, event(art, "rejected").target).code == "USAGOV"


def test_firing_at_a_country_and_responding_with_strikes():
    art = run("Hamas fired rockets at Israel on Friday. Israel responded with air strikes on Gaza.")
    assert ("fired", "PSEREBHAM", "ISR") in dyads(art)
    strikes = event(art, "strikes")
    assert actor(art, strikes.source).code == "ISR"
    art = run("The Lebanese delegation arrived at Beirut airport on Friday after talks in Cairo.")
    assert not any(a.code == "LBN" and a.kind == "country" and any(m[0] > 30 for m in a.mentions) for a in art.actors)


def test_killed_when_others_attacked_names_the_attackers():
    art = run("Five Malian soldiers were killed when militants ambushed a convoy near Gao on Sunday.")
    killed = event(art, "killed")
    assert actor(art, killed.source).sectors == ["REB"] and actor(art, killed.target).sectors == ["MIL"]
    art = run("Two people were killed when a bus crashed into a river near Gao on Sunday, police said.")
    assert not [e for e in art.events if e.trigger.text == "killed" and e.source]


def test_a_crowd_counted_in_thousands_is_the_people_it_counts():
    art = run("Thousands of people protested against the coup in Yangon on Saturday, witnesses said.")
    protested = event(art, "protested")
    assert protested.source and actor(art, protested.source).sectors == ["CVL"] and protested.target is None


def test_both_sides_exchanging_fire_attack_each_other():
    art = run("India and Pakistan exchanged fire across the Line of Control on Tuesday, officials said.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "exchanged"} == {("IND", "PAK"), ("PAK", "IND")}


def test_a_possessor_with_an_of_phrase_does_the_act():
    art = run("Iraq condemned the United States' killing of Qasem Soleimani near Baghdad airport.")
    killing = event(art, "killing")
    assert actor(art, killing.source).code == "USA" and actor(art, killing.target).name == "Qasem Soleimani"


def test_a_country_after_on_is_acted_on():
    art = run("The foreign ministers of Egypt and Greece called on Turkey to halt the drilling at once.")
    assert actor(art, event(art, "called").target).code == "TUR"


def test_saying_something_in_a_meeting_is_meeting():
    art = run("President Volodymyr Zelensky said in a meeting with Prime Minister Boris Johnson that he would stay.")
    meeting = event(art, "meeting")
    assert actor(art, meeting.source).name == "Volodymyr Zelensky"


def test_foreign_forces_and_world_leaders_keep_no_home_country():
    art = run("Afghan officials said the Taliban wants foreign forces to leave Afghanistan before the talks in Kabul.")
    forces = actor(art, event(art, "wants").target)
    assert forces.sectors == ["MIL"] and forces.country is None
    art = run("China's foreign ministry condemned the visit. The foreign ministry said it was a provocation by Taiwan.")
    assert all(a.code == "CHNGOV" for a in art.actors if "ministry" in a.name.lower())


def test_plans_to_attack_are_the_planners():
    art = run("US officials said General Qasem Soleimani was developing plans to attack American diplomats in Iraq.")
    assert actor(art, event(art, "attack").source).name == "Qasem Soleimani"


def test_first_person_under_an_adjective_in_a_quote_is_the_speaker():
    text = 'Senator Ann Ward said: "Today I am glad to endorse Governor Pete Holt for president."'
    art = said(text)
    assert actor(art, event(art, "endorse").source).name == "Ann Ward"


@pytest.mark.parametrize("text,trigger,expected", [
    ("The State Department advised American citizens to leave Iraq immediately on Friday.", "advised", "REQUEST"),
    ("President Joe Biden labeled the Wagner Group as a terrorist organization on Monday.", "labeled", "ACCUSE"),
    ("The Nigerien army toppled the president in a coup on Wednesday, state media said.", "toppled", "COERCE"),
    ("The government of China has quarantined a number of cities in Hubei province.", "quarantined", "COERCE"),
    # a strike that kills is an air strike; naming one an act of war condemns it; a strike over pay is a walkout
    ("Doctors in Gaza said more than 40 people died in the strike.", "strike", "ASSAULT"),
    ("Iran called the strike an act of war.", "called", "ACCUSE"),
    ("Teachers in Chicago went on strike over pay.", "strike", "PROTEST"),
    # rioters attacking shops and banks damage property (1712); armed men attacking a police station assault it
    ("Youths in Athens attacked stores and banks on Sunday.", "attacked", "COERCE"),
    ("Gunmen attacked a police station in Kabul on Sunday.", "attacked", "ASSAULT"),
    # an invitation to visit is an offer to meet (036); one to talks an appeal to negotiate (026)
    ("Trump invited Theresa May to visit him in Washington.", "invited", "AGREE"),
    ("The ministers invited the countries to open dialogue.", "invited", "REQUEST"),
    ("Cattle rustlers stormed a village in Samburu on Sunday.", "stormed", "ASSAULT"),  # armed criminals raid: an attack
    ("Police stormed the building on Monday.", "stormed", "COERCE"),
    ("Drug hitmen lobbed hand grenades at the soldiers.", "lobbed", "ASSAULT"),
    ("Around two hundred pigs have been quarantined.", "quarantined", "COERCE"),  # animals quarantined: a measure on their farm
    ("Police stopped Anthony LaSalle on Friday.", "stopped", "COERCE"),  # a police stop
    ("Drug gang violence has killed thousands in Mexico.", "violence", "ASSAULT"),
    ("A rocket struck a kindergarten in Sderot.", "struck", "ASSAULT"),  # a weapon named as what struck
    ("Three shells landed at the perimeter of the school.", "landed", "ASSAULT"),
    ("The UN was alarmed by the number of civilian deaths in Gaza.", "deaths", "ASSAULT"),
    ("He pointed a .357 caliber revolver at the officers.", "pointed", "THREATEN"),
    ("He pulled a gun on two officers.", "pulled", "THREATEN"),
    ("Karamanlis has dismissed calls to quit.", "calls", "REQUEST"),  # a noun's "to" clause: calls to resign
    ("Senator Whitmire questioned why several prisons stopped searching visitors.", "questioned", "ACCUSE"),
    ("Environmental groups had lobbied against the rule change.", "lobbied", "ACCUSE"),
    ("The Indonesian government has transported relief supplies to the province.", "transported", "AID"),  # goods to people in need
    ("The ministry gave masks and soap to the women.", "gave", "AID"),
    ("A police station in Athens was firebombed on Saturday night.", "firebombed", "ASSAULT"),
    ("The WHO dispatched support personnel to Angola on Friday.", "dispatched", "AID"),
    ("The government is now providing farmers in the Midlands with fertilizer.", "providing", "AID"),  # wordsets.tsv @relief
    ("Ali told his trial that he had found the drugs in a car.", "trial", "COERCE"),
    ("Tony Mendez was awarded the Intelligence Star by the CIA.", "awarded", "SUPPORT"),  # an honour given
    ("Waseem and his brother were tried by the same court in Multan.", "tried", "COERCE"),
    ("Neighbours heard multiple rounds of gunshots before police arrived.", "gunshots", "ASSAULT"),
    ("Maria Lopez suffered multiple stab wounds.", "wounds", "ASSAULT"),
    ("Donald Trump had lunch with Republican House Speaker Paul Ryan.", "lunch", "CONSULT"),  # a meal with someone named
    ("Employees employed by Swissport will walk out on 23 December.", "walk", "PROTEST"),  # workers walking out strike
    ("The Russian delegation walked out of the talks.", "walked", "REJECT"),
    ("Protesters gathered in New York on Wednesday night.", "gathered", "PROTEST"),  # wordsets.tsv @protester
    ("Christopher Simpson has been held without bond since his arrest.", "held", "COERCE"),  # held without bond
    ("The soldiers injured his arm while beating him.", "injured", "ASSAULT"),  # another's arm: an attack
    ("The suspect died after a shootout with police officers.", "shootout", "ASSAULT"),  # triggers.tsv shootout
    ("The union urged its members to strike on Monday.", "urged", "REQUEST"),  # a call to act politically stays
    ("A Chinese coast guard ship rammed a Philippine navy vessel on Sunday.", "rammed", "ASSAULT"),  # triggers.tsv ram a ship
    ("The Indian prime minister hosted the Japanese emperor in New Delhi.", "hosted", "CONSULT"),  # contexts.tsv host a head of state
    ("The military handed power to a civilian government in Khartoum.", "handed", "CONCEDE"),  # triggers.tsv hand power
    ("Protesters who had gathered outside parliament were dispersed by police.", "gathered", "PROTEST"),  # subj: of a relative clause
    ("Militants stormed a hotel in Mogadishu on Sunday.", "stormed", "ASSAULT"),  # contexts.tsv rebels storming
    ("The king received the new ambassador at the palace in Amman.", "received", "CONSULT"),  # triggers.tsv receive an ambassador
    ("The Taliban's takeover of Kabul shocked the world.", "takeover", "ASSAULT"),  # triggers.tsv takeover of a place
    ("Ethiopian federal forces captured the Tigrayan capital Mekelle.", "captured", "ASSAULT"),  # triggers.tsv capture a place
    ("Protesters erected barricades on the main highway.", "erected", "PROTEST"),  # triggers.tsv barricades
    ("Farmers burned tires outside the ministry.", "burned", "PROTEST"),  # triggers.tsv burning tyres
    ("The government announced a state of emergency after deadly riots.", "announced", "COERCE"),  # triggers.tsv announce an emergency
    ("North Korea test-fired two cruise missiles, South Korea's military said.", "missiles", "MOBILIZE"),  # contexts.tsv a test
    ("Israel allowed fuel into Gaza for the first time since the war began.", "allowed", "RETREAT"),  # triggers.tsv allow supplies in
    ("Unions staged a nationwide strike against pension reform.", "strike", "PROTEST"),  # contexts.tsv a walkout against a reform
    ("Workers at the port walked off the job.", "walked", "PROTEST"),  # triggers.tsv walk off the job
    ("The EU added the Wagner Group to its terrorist list.", "added", "SANCTION"),  # triggers.tsv put on a terrorist list
    ("The US placed Huawei on a trade blacklist.", "placed", "SANCTION"),
    ("Greek coast guard pushed back a boat carrying migrants.", "pushed", "COERCE"),  # triggers.tsv pushbacks
    ("Iraq's foreign ministry condemned the Iranian strikes as a violation of its sovereignty.", "strikes", "ASSAULT"),  # contexts.tsv
    ("Russia designated the journalist a foreign agent.", "designated", "COERCE"),  # triggers.tsv a foreign agent
    ("Iranian commandos boarded an oil tanker in the Gulf of Oman.", "boarded", "COERCE"),  # triggers.tsv a ship boarded by force
    ("Niger's military rulers ordered French troops to leave the country.", "ordered", "SANCTION"),  # contexts.tsv another's troops out
    ("US bases came under attack.", "came", "ASSAULT"),  # contexts.tsv bases under attack
    ('Russia has not ruled out military action against Ukraine.', 'ruled', 'THREATEN'),  # not ruling out force threatens it
    ("The jury's decision to execute Scott Peterson was upheld.", "execute", "COERCE"),  # a sentence carried out (contexts.tsv as:170)
    ("Iran executed two men convicted of spying.", "executed", "COERCE"),
    ("Islamic State militants executed 20 hostages.", "executed", "ASSAULT"),  # killing captives
    ("The officer drew his revolver and fired two or three times in the air.", "fired", "COERCE"),  # shots into the air: a show of force
    ("Police fired shots into the air to disperse the crowd.", "fired", "COERCE"),
    ("Trump repeated his claim that the election was stolen.", "claim", "ACCUSE"),  # wordsets.tsv wrongdoing: stolen
    ("The Israeli military claimed that a mortar was fired from the school grounds.", "claimed", "ACCUSE"),  # a claim of fire
    ("Lam was interrupted by protesting legislators.", "interrupted", "PROTEST"),  # interrupting a speaker in protest
    ("Obama said he was rooting for Donald Trump.", "rooting", "SUPPORT"),  # triggers.tsv root prep:for
    ("The president-elect and his aides later said the reports were false.", "said", "REJECT"),  # saying a report is false denies it
    ('Biden said: "No, it is not true."', "is", "REJECT"),  # triggers.tsv be arg:true neg: a denial
    ("The president-elect called Obama a very good man.", "called", "SUPPORT"),  # wordsets.tsv accolade: good, great, fine, decent
    ("The speech came a week after an attack on oil infrastructure in Saudi Arabia.", "attack", "ASSAULT"),  # a speech told beside it: an attack on infrastructure stays violence
    ("Details emerged about Trump's call with Ukrainian President Volodymyr Zelensky.", "call", "CONSULT"),  # a call with someone is a conversation, a possessor's too
    ("Richardson has since reconciled with De La Fuente.", "reconciled", "COOPERATE"),  # making up with another restores cooperation
    ("Israel responded by launching two bombing raids on Gaza.", "raids", "ASSAULT"),  # a bombing raid is an air strike, no police raid
    ("Japan sent a medical mission to Nepal.", "mission", "AID"),  # a relief, medical or rescue mission is relief given
    ("Police recaptured a convicted rapist last month.", "recaptured", "COERCE"),  # a fugitive recaptured is arrested, no ground retaken
    ("Several shops and a bank branch were also attacked overnight.", "attacked", "COERCE"),  # property attacked: destroyed (1712)
    ("Militants attacked shops in the market, killing three people.", "attacked", "ASSAULT"),  # armed men's: an assault
])
def test_one_type_rule(text, trigger, expected):
    assert event(run(text), trigger).plover.type == expected


def test_a_title_of_a_country_in_apposition_gives_that_country():
    # (someone the people file does not know: it codes a known one by the publication date)
    art = run("The United States killed a general in Baghdad. Karim al-Hassani, the acting Prime Minister "
              "of Iraq, spoke out against the attack on Friday.")
    assert next(a for a in art.actors if a.name.endswith("al-Hassani")).code == "IRQGOV"


def test_a_call_for_someones_action_targets_them():
    art = run("French President Emmanuel Macron called for G7 action on the fires in the Amazon.")
    assert actor(art, event(art, "called").target).code.startswith("IGO")


def test_killed_in_an_airstrike_is_one_event_by_the_strikes_owner():
    art = run("United States military forces killed Qasem Soleimani in an airstrike near Baghdad airport.")
    assert [(trig, s) for trig, s, _ in dyads(art)] == [("killed", "USAMIL")]
    art = run("Qasem Soleimani was an Iranian general. He was killed last week by a United States military "
              "airstrike in Iraq.")
    assert len([e for e in art.events if e.plover.type == "ASSAULT"]) == 1


def test_a_campaign_suspended_is_no_event():
    art = run("Michael Bennet, a Senator from Colorado, suspended his campaign on Tuesday after the primary.")
    assert not art.events


def test_ads_attacking_someone_are_their_buyers_attacks():
    art = run("Michael Bloomberg spent 500 million dollars on ads attacking President Donald Trump.")
    assert actor(art, event(art, "attacking").source).name == "Michael Bloomberg"
    art = run("Police in Lagos arrested a man attacking officers outside the station on Monday.")
    assert actor(art, event(art, "attacking").source).name.lower() == "man"


def test_a_purpose_of_the_same_kind_is_one_event_with_its_target():
    art = run("Kenyan police fired tear gas to disperse protesters in Nairobi on Tuesday, witnesses said.")
    assert [(trig, s, t) for trig, s, t in dyads(art)] == [("fired", "KENCOP", "KENCVL")]


def test_a_capital_as_object_and_a_counterpart_are_governments():
    art = run("Iran's foreign minister met his Saudi counterpart in Beijing and accused Washington of meddling.")
    assert ("met", "IRNGOV", "SAUGOV") in dyads(art)
    assert ("accused", "IRNGOV", "USAGOV") in dyads(art)


def test_a_claimed_attack_is_one_event_by_the_claimer():
    art = run("Hezbollah claimed responsibility for the attack on Israeli troops near the border on Sunday.")
    assert [(trig, s, t) for trig, s, t in dyads(art)] == [("attack", "LBNREBHEZ", "ISRMIL")]


def test_clashes_between_two_sides_go_both_ways_and_tear_gas_is_the_dispersal():
    art = run("Five people were killed in clashes between police and protesters in Lagos on Tuesday.")
    clashes = {(s, t) for trig, s, t in dyads(art) if trig == "clashes"}
    assert {(s[-3:], t[-3:]) for s, t in clashes} == {("COP", "CVL"), ("CVL", "COP")}
    art = run("Protesters were dispersed with tear gas in Khartoum on Thursday, witnesses said.")
    assert [trig for trig, _, _ in dyads(art)] == ["dispersed"]


# --- this round: passives that inherit, acts' own clauses, people described by a noun ----------


def test_a_passive_complement_inherits_its_patient_not_its_agent():
    art = run("Ahmed Karimi is to be sentenced in Cairo in June. Tomas Brandt is expected to be arraigned in Oslo.")
    names = {a.id: a.name for a in art.actors}
    sentenced, arraigned = event(art, "sentenced"), event(art, "arraigned")
    assert names.get(sentenced.target) == "Ahmed Karimi" and names.get(sentenced.source) != "Ahmed Karimi"
    assert names.get(arraigned.target) == "Tomas Brandt" and names.get(arraigned.source) != "Tomas Brandt"


def test_coordinated_passives_share_their_patient():
    art = run("The Kenyan protesters were arrested and charged with rioting on Friday.")
    assert event(art, "charged").target == event(art, "arrested").target is not None


def test_an_act_takes_the_target_its_own_clause_names():
    art = run("The Israeli airstrike that killed three Hamas commanders angered Egypt.")
    assert ("airstrike", "ISRMIL", "PSEREBHAM") in dyads(art) or any(
        t == "airstrike" and tg and tg.startswith("PSE") for t, _, tg in dyads(art))
    art = run("Iran launched missiles targeting American troops in Iraq on Wednesday.")
    assert any(t == "launched" and tg == "USAMIL" for t, _, tg in dyads(art))
    art = run("Turkey carried out raids aimed at Kurdish militants in Syria.")
    assert any(t == "raids" and s == "TUR" and tg for t, s, tg in dyads(art))


def test_he_stands_for_a_person_described_by_a_noun_when_no_named_person_fits():
    art = run("Police said the man stabbed four officers before he was shot by another police officer.")
    shot = event(art, "shot")
    assert actor(art, shot.target).name == "man" and actor(art, shot.source).code.endswith("COP")
    # a named person still comes first
    art = run("Ghana's President Nana Akufo-Addo met the Spanish ambassador. He criticised Spain's fishing policy.")
    assert actor(art, event(art, "criticised").source).code == "GHAGOV"


def test_people_named_only_by_a_generic_noun_are_actors():
    art = run("The prime minister of Tunisia signed a decree banning anyone wearing a niqab. "
              "An individual has been arrested in Tunis. Police questioned a resident.")
    got = dyads(art)
    assert any(t == "banning" and tg and tg.endswith("CVL") for t, _, tg in got)
    assert any(t == "arrested" and tg and tg.endswith("CVL") for t, _, tg in got)
    assert any(t == "questioned" and tg and tg.endswith("CVL") for t, _, tg in got)


def test_a_country_word_before_what_a_state_holds_stands_for_its_holder():
    art = run("Militias attacked American bases in Iraq on Sunday.")
    assert any(t == "attacked" and tg == "USAMIL" for t, _, tg in dyads(art))
    art = run("Protesters stormed the Turkish embassy in Vienna.")
    assert any(t == "stormed" and tg == "TURGOV" for t, _, tg in dyads(art))


def test_cooperation_names_its_beneficiary_after_for():
    art = run("The Brazilian minister voiced praise for the police. Germany pledged aid for Syrian refugees.")
    got = dyads(art)
    assert ("praise", "BRAGOV", "BRACOP") in got or any(t == "praise" and s and tg and tg.endswith("COP") for t, s, tg in got)
    assert any(t == "pledged" and s == "DEU" and tg == "SYRREF" for t, s, tg in got)


def test_a_quantity_of_a_group_stands_for_the_group():
    art = run("A number of Kenyan senators condemned the decision of the electoral commission.")
    assert any(t == "condemned" and s == "KENLEG" for t, s, _ in dyads(art))


def test_a_nominal_act_of_we_in_a_quote_is_the_speakers():
    text = 'Senator Chuck Schumer said: "We made a plea to the president once again."'
    art = said(text)
    assert actor(art, event(art, "plea").source).name == "Chuck Schumer"


def test_an_act_the_speaker_condemns_in_a_quote_is_not_the_speakers():
    text = '"I condemn this attack on our soldiers," the French defence minister said on Monday.'
    art = said(text)
    assert event(art, "condemn").source is not None  # the speaker condemns
    assert event(art, "attack").source is None  # but did not attack: only a light verb lends its subject


def test_me_in_a_quote_is_the_speaker_as_target():
    text = 'Senator John Hickenlooper said, "So many Coloradans want me to run for the Senate."'
    art = said(text)
    want = event(art, "want")
    assert actor(art, want.target).name == "John Hickenlooper"


def test_a_group_named_by_its_examples_is_its_example():
    art = run("The US has been encouraging allies such as Germany to restrict the airline's flights.")
    assert any(t == "encouraging" and s == "USA" and tg == "DEU" for t, s, tg in dyads(art))
    art = run("Western countries including France condemned the coup in Niger.")
    assert any(t == "condemned" and s == "FRA" for t, s, _ in dyads(art))


def test_a_capital_in_a_persons_title_gives_the_country():
    for text in ("Sergei Sobyanin, the mayor of Moscow, criticised the government of Ukraine.",
                 "The mayor of Moscow, Sergei Sobyanin, criticised the government of Ukraine.",
                 "Moscow Mayor Sergei Sobyanin criticised the government of Ukraine."):
        art = run(text)
        assert ("criticised", "RUSGOV", "UKRGOV") in dyads(art), text


def test_the_country_stands_for_the_country_named_last():
    art = run("Germany expelled two Russian diplomats on Monday. The country also criticised Moscow.")
    assert ("criticised", "DEU", "RUSGOV") in dyads(art)


def test_the_first_to_act_is_the_subject_of_the_copula():
    art = run("Emmanuel Macron became the first leader to visit Kyiv after the invasion.")
    assert actor(art, event(art, "visit").source).name == "Emmanuel Macron"


def test_groups_named_by_their_kind():
    art = run("Religious groups in Kenya have called for the bill to be dropped.")
    assert any(t == "called" and s and s.endswith("REL") for t, s, _ in dyads(art))


def test_legislative_leaders_and_the_office_one_was_elected_to():
    art = run("House Speaker Ann Lowry criticised the President of Kenya.")
    assert actor(art, event(art, "criticised").source).sectors == ["LEG"]
    art = run("Ann Lowry was elected Speaker on Thursday. Lowry criticised the President of Kenya.")
    assert actor(art, event(art, "criticised").source).sectors == ["LEG"]
    art = run("Tom Hale, the Senate Majority Leader, criticised the President of Kenya.")
    assert actor(art, event(art, "criticised").source).sectors == ["LEG"]


def test_naming_an_act_is_neither_doing_nor_calling_for_it():
    art = run("The Kenyan interior minister called the attack a crime against the nation.")
    attack = event(art, "attack")
    assert attack.source is None and attack.status == "occurred"


def test_a_clause_about_an_act_names_its_doer():
    for text in ("The attack on the checkpoint was carried out by the Taliban.",
                 "Police said the attack on the checkpoint was claimed by the Taliban.",
                 "Dozens died in the attack, reportedly conducted by the Taliban."):
        art = run(text)
        assert actor(art, event(art, "attack").source).code.startswith("AFG"), text


def test_members_take_the_sector_named_before_them():
    art = run("Hundreds of Kenyan opposition supporters marched through Nairobi on Monday.")
    assert any(t == "marched" and s and s.endswith("OPP") for t, s, _ in dyads(art))
    art = run("Army officers in Niger arrested the president on Wednesday.")
    assert any(t == "arrested" and s and s.endswith("MIL") for t, s, _ in dyads(art))


def test_coalition_forces_and_the_un_secretary_general():
    art = run("US-led coalition forces struck Islamic State positions near Mosul.")
    assert any(t == "struck" and s == "USAMIL" for t, s, _ in dyads(art))
    art = run("The UN Secretary-General urged both sides to exercise restraint.")
    assert any(t == "urged" and s == "IGOUNO" for t, s, _ in dyads(art))


def test_it_killed_is_an_attack_when_it_stands_for_an_actor():
    art = run("The Pakistani army said it killed 12 militants in an operation in North Waziristan.")
    assert any(t == "killed" and s and s.endswith("MIL") and tg and tg.endswith("REB") for t, s, tg in dyads(art))


def test_mediation_between_two_parties_targets_each():
    art = run("Qatar brokered talks between the Taliban and the United States in Doha.")
    got = {(s, tg) for t, s, tg in dyads(art) if t == "brokered"}
    assert got == {("QAT", "AFGINSTAL"), ("QAT", "USA")}


def test_ones_own_envoys_and_troops_are_not_the_target():
    art = run("France recalled its ambassador to Australia over the submarine deal.")
    assert ("recalled", "FRA", "AUS") in dyads(art)


def test_an_act_that_hits_someone_is_one_event_with_that_target():
    art = run("The Taliban attack killed five Afghan soldiers near Kabul.")
    assert [(s, tg) for t, s, tg in dyads(art)] == [("AFGINSTAL", "AFGMIL")]
    art = run("Officials said the strike targeted a Hezbollah commander in Beirut.")
    assert any(t == "strike" and tg == "LBNREBHEZ" for t, _, tg in dyads(art))


def test_a_sector_owned_by_someone_takes_their_country():
    art = run("Bolsonaro's government was accused of failing to protect indigenous people.")
    assert actor(art, event(art, "accused").target).code == "BRAGOV"
    # its "of" phrase says the owner too, even in an article about another country
    art = run("Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi in Yemen in 2015.")
    assert actor(art, event(art, "supporting").target).code == "YEMGOV"
    art = run("Iran criticized the government of Jair Bolsonaro on Monday.")
    assert actor(art, event(art, "criticized").target).code == "BRAGOV"


def test_an_unknown_organisation_is_coded_by_its_head_word():
    art = run("The Department of Health and Human Services banned the sale of the drug.")
    assert actor(art, event(art, "banned").source).sectors == ["GOV"]


def test_condemning_an_act_targets_its_doer_first():
    art = run("Amnesty International condemned the detention of journalists by the Egyptian authorities.")
    assert any(t == "condemned" and s == "NGOHRI" and tg == "EGYGOV" for t, s, tg in dyads(art))


def test_drawing_criticism_from_someone():
    art = run("The Kenyan minister's remarks drew criticism from the European Union.")
    assert any(t == "criticism" and s == "IGOEUREEC" and tg == "KENGOV" for t, s, tg in dyads(art))


def test_no_state_is_implied_to_sanction_itself():
    art = run("Sanctions against Iran were tightened on Monday.")
    assert event(art, "Sanctions").source is None
    # nor the country whose spokesman complains of them (sanctions have no implied agent: context.tsv)
    art = run("Iran's foreign ministry spokesman said the sanctions were illegal.")
    assert event(art, "sanctions").source is None and not event(art, "sanctions").source_implied
    art = run("Two Russian diplomats were expelled from Poland on Monday.")
    assert ("expelled", "POLGOV", "RUSGOV") in dyads(art)


def test_they_for_two_people_named_together():
    art = run("Police arrested Ahmed Ali and Omar Hassan in Mombasa. They were charged with fraud.")
    assert actor(art, event(art, "charged").target).name == "Ahmed Ali"
    art = run("Prince Harry and Meghan Markle met Oprah Winfrey. They criticised the British press.")
    assert actor(art, event(art, "criticised").source).name in ("Harry", "Prince Harry", "Meghan Markle")


def test_a_country_word_before_a_compound_reaches_the_sector_noun():
    art = run("Iran shot down a Ukrainian passenger jet near Tehran.")
    assert any(t == "shot" and s == "IRN" and tg == "UKRCVL" for t, s, tg in dyads(art))


def test_announcing_support_or_sanctions_is_the_act():
    art = run("Former president Barack Obama announced his support for Joe Biden on Tuesday.")
    support = event(art, "support")
    assert support.plover.type == "SUPPORT" and support.status == "occurred"


def test_a_list_of_countries_after_of_is_one_actor_each():
    art = run("The foreign ministers of Egypt, Greece and France denounced the maritime deal.")
    assert {s for t, s, _ in dyads(art) if t == "denounced"} == {"EGYGOV", "GRCGOV", "FRAGOV"}


# --- definite descriptions and unknown organisations --------------------------------------------


def test_a_definite_noun_stands_for_the_organisation_named_before():
    art = run("Germany banned Mahan Air of Iran on Monday. German officials accused the airline of carrying weapons.")
    accused = event(art, "accused")
    assert actor(art, accused.target).name == "Mahan Air" and actor(art, accused.target).code == "IRNBUS"
    art = run("Islamic State fighters seized the town on Monday. The group later executed 20 civilians.")
    assert actor(art, event(art, "executed").source).code == "IMGMUSISI"
    art = run("The Iranian Chess Federation met the players on Monday. Later the federation banned Ali Reza.")
    assert actor(art, event(art, "banned").source).code == "IRNNGO"


def test_a_description_names_the_sector_of_an_unknown_organisation():
    art = run("Exxon Mobil was sued on Monday. The state prosecutor accused the company of fraud.")
    target = actor(art, event(art, "accused").target)
    assert target.name == "Exxon Mobil" and target.code == "BUS"


def test_a_description_is_not_an_argument_of_the_same_verb():
    art = run("Google sued the company on Monday.")
    sued = event(art, "sued")
    assert sued.target is None or actor(art, sued.target).name != "Google"


def test_a_description_with_its_own_of_phrase_is_someone_else():
    art = run("Hamas fired rockets on Monday. The group of protesters blocked the road.")
    assert all(actor(art, e.source).code != "PSEREBHAM" for e in art.events if e.trigger.text == "blocked" and e.source)


def test_the_role_a_clause_names_beats_a_plain_person_noun():
    art = run("Nancy Pelosi became the first woman to serve as Speaker. She criticised the president.")
    assert actor(art, event(art, "criticised").source).sectors == ["LEG"]


def test_what_an_actor_holds_stands_for_it_when_acted_on():
    art = run("The ministry revoked the medical licence of Dr Ahmed Ali on Monday.")
    assert actor(art, event(art, "revoked").target).name == "Ahmed Ali"
    art = run("Washington froze the assets of Rosneft on Monday.")
    assert dyads(art) == [("froze", "USAGOV", "RUSBUS")]


def test_they_prefers_the_subject_behind_a_quantity_over_a_modifier():
    art = run("Thousands of protesters surrounded the police headquarters, blocking the exits as they chanted slogans.")
    assert actor(art, event(art, "chanted").source).code.endswith("CVL")


def test_two_parties_reaching_an_agreement_agree_with_each_other():
    art = run("Kenya and Uganda could not reach an agreement about the border on Monday.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "reach"} == {("KEN", "UGA"), ("UGA", "KEN")}


def test_a_description_prefers_the_subject_and_a_short_name_joins_its_organisation():
    art = run("Apple sued Samsung Electronics on Monday. The company accused Samsung of theft.")
    accused = event(art, "accused")
    assert actor(art, accused.source).name == "Apple"
    assert actor(art, accused.target).name == "Samsung Electronics"


INTERVIEW = """The Kenyan Athletics Federation banned runner Mary Wanjiru in March. Mary Wanjiru spoke to reporters about the ban.

((Reporter))  Why were you banned?

((Mary Wanjiru))  The federation wanted me to run for Kenya, but I refused. I criticised the federation in an interview.

Then we appealed to the ministry.

Reporter: What next?
"""


@pytest.mark.parametrize("text,trigger,role,name", [
    ('"We have asked the government many times," Mary Smith said.', "asked", "source", "Mary Smith"),
    ('"We are continuing to investigate this incident," the police chief said.', "investigate", "source", "police chief"),
    ('"They asked us to wait," Jane Doe said.', "asked", "target", "Jane Doe"),
    # "I" or "we" undergoing a passive is the speaker too
    ('"I was stopped by an officer on Monday," Jane Doe said.', "stopped", "target", "Jane Doe"),
])
def test_an_act_told_in_the_first_person_in_a_quote_is_kept_as_the_speakers(text, trigger, role, name):
    # the speakers stage names who "we" or "us" is: the act is weighed as one with that party, not dropped before it
    art = KEPT.annotate([Article(id="t", text=text)], [datetime(2021, 3, 4)])[0]
    assert actor(art, getattr(event(art, trigger), role)).name == name


def test_the_speakers_own_circle_is_coded_as_the_speaker():
    # "my colleagues" in a quote: the people around whoever says it, coded as the speaker is
    art = said('"I urge my colleagues to back the amendment," Senator Ted Cruz said on Tuesday.')
    circle = actor(art, event(art, "urge").target)
    assert circle.code == "USALEG" and circle.name.startswith("colleagues")
    assert circle.affiliation == next(a.id for a in art.actors if a.name == "Ted Cruz")


def test_an_interview_turn_is_its_speakers_speech():
    art = SPEAKERS.annotate([Article(id="t", text=INTERVIEW)], [datetime(2020, 3, 1)])[0]
    turns = [q for q in art.quotes if q.speaker_text == "Mary Wanjiru"]
    assert len(turns) == 1 and turns[0].text.startswith("The federation wanted me")
    assert INTERVIEW[turns[0].speaker_start:turns[0].speaker_end] == "Mary Wanjiru"
    assert not any(q.speaker_text == "Reporter" for q in art.quotes)  # a label naming no one of the article
    mary = next(a.id for a in art.actors if a.name == "Mary Wanjiru")
    assert event(art, "refused").source == mary and event(art, "wanted").target == mary
    assert event(art, "criticised").source == mary
    # a bracketed transcript's answer of two paragraphs is hers to the next label
    assert turns[0].text.endswith("appealed to the ministry.") and event(art, "appealed").source == mary


@pytest.mark.parametrize("text, trigger, role, attr, expected", [
    ('Google sued Microsoft on Monday.', 'sued', 'target', 'name', 'Microsoft'),  # an unknown organisation as object is an actor
    ('Gunmen killed eight Mexicans near the border on Saturday.', 'killed', 'target', 'code', 'MEXCVL'),  # counted people of a country are its civilians, not its state
    ('The Israelis bombed Gaza on Sunday.', 'bombed', 'source', 'code', 'ISR'),  # uncounted, the people stand for the country
    ('The transport ministry announced restrictions on flights to Cuba on Friday.', 'restrictions', 'target', 'code', 'CUB'),  # a ban on going somewhere acts on that place (restrict.tsv, cues.tsv bound)
    ('Italy suspended all flights from China on Friday.', 'suspended', 'target', 'code', 'CHN'),  # ... and so does a ban on coming from somewhere
    ('Solicitor General Jose Calida accused the network of fraud on Monday.', 'accused', 'source', 'code', 'JUD'),  # "General" after an office is no army rank
    ('The opposition leader made a plea to the president of Kenya on Monday.', 'plea', 'target', 'code', 'KENGOV'),  # a light verb lends its target phrase
    ('Rosneft has been the subject of United States sanctions since 2014.', 'sanctions', 'target', 'name', 'Rosneft'),  # the subject of sanctions undergoes them
    ('There have been numerous complaints about Catholic churches in Poland.', 'complaints', 'target', 'code', 'POLREL'),  # complaints about someone target them
    ('The embassy warned of the attacks that Hamas took part in.', 'attacks', 'source', 'code', 'PSEREBHAM'),  # a relative clause names the doer
    ('The United States Embassy in Iraq suspended operations. The office asked citizens to leave.', 'asked', 'source', 'code', 'USAGOV'),  # "the office"
    ('Police enforced a curfew in Kisumu on Monday.', 'curfew', 'source', 'code', 'KENCOP'),  # enforcing a measure is doing it (cues.tsv light)
    ('Michael Bloomberg responded to the allegations on Monday.', 'allegations', 'target', 'name', 'Michael Bloomberg'),  # who answers an accusation is its target
    ('The government announced tougher penalties for protesters who block roads.', 'penalties', 'target', 'code', 'CVL'),  # penalties "for" someone
    ('James Lee is expected to be arraigned in Boston at a later date.', 'arraigned', 'source', 'code', 'USAJUD'),  # a court arraigns (implied)
    ('The Turkish army took decisive action to protect its soldiers by killing Ali Demir in Syria.', 'killing', 'source', 'code', 'TURMIL'),  # adjectives own no action
    ('The Turkish army took decisive action to protect its soldiers by killing Ali Demir in Syria.', 'killing', 'target', 'name', 'Ali Demir'),
    ('The Nigerian Senate passed two articles of impeachment against the governor of Kano.', 'impeachment', 'source', 'code', 'NGALEG'),  # a light verb through "articles of"
    ('Reports have indicated Senator Mark Kelly was actively encouraged to drop out of the race.', 'encouraged', 'target', 'name', 'Mark Kelly'),  # the parser's object of "indicated"
    ('Opposition leaders in Kenya made allegations that the finance minister took bribes.', 'allegations', 'target', 'code', 'KENGOV'),  # an allegation's clause names the accused
    ('A former adviser to the Kenyan president was arrested in Nairobi on Monday.', 'arrested', 'target', 'code', 'KENELI'),  # a former official is an elite
    ('Amina Yusuf was shot dead in Kano in May. Her brother said police ignored Amina\'s killing.', 'killing', 'target', 'name', 'Amina Yusuf'),  # a first name no one else shares
    ('Kenyan officials withdrew the bill. "They have conceded nothing," the protesters said.', 'conceded', 'source', 'code', 'KENGOV'),  # "they" in a quote is not its speaker
    ('Prince Ali and Princess Noor met the press. The pair took aim at Jordanian media.', 'took', 'source', 'name', 'Ali'),  # "the pair": two people named together
    ('Tribal groups filed a lawsuit against the state of Montana on Monday.', 'filed', 'target', 'code', 'USAGOV'),  # "the state of X" is X
    ('The Foreign Ministry of Iraq condemned the attack on Monday.', 'condemned', 'source', 'code', 'IRQGOV'),  # "of X" inside an institution's name
    ('The protesting students were arrested by police.', 'protesting', 'source', 'code', 'EDU'),  # a participle's noun does it
    ('The murder of the journalist by Saudi agents shocked the world.', 'murder', 'source', 'code', 'SAUSPY'),  # agents are intelligence
    ("Norwegian police said they questioned the car's owner on Monday.", 'questioned', 'target', 'code', 'NORCVL'),  # an owner is a person
    ('The police faced criticism from rights groups on Monday.', 'faced', 'source', 'code', 'NGO'),  # who undergoes is the target
    ('The police faced criticism from rights groups on Monday.', 'faced', 'target', 'code', 'COP'),
    ('British ministers came under fire from opposition lawmakers.', 'came', 'target', 'code', 'GBRGOV'),
    ('Kenya received military aid from China in May.', 'aid', 'source', 'code', 'CHN'),  # "from" after receiving names the giver
    ('The Russian-backed offensive killed dozens of civilians.', 'offensive', 'source', 'code', 'RUSMIL'),  # "X-backed" act
    ('The Saudi-led coalition bombed the port of Hodeidah.', 'bombed', 'source', 'code', 'SAU'),  # a group X leads acts as X
    ('Iranian-backed militias attacked the base on Sunday.', 'attacked', 'source', 'code', 'REB'),  # backed groups are not X
    ('Hamas fired rockets into Israel on Sunday.', 'fired', 'target', 'code', 'ISR'),  # "into" after a word of aiming
    ('Armed men kidnapped a priest in Nigeria.', 'kidnapped', 'target', 'code', 'NGAREL'),  # clergy are religious actors
    ('Armed men kidnapped a priest in Nigeria.', 'kidnapped', 'source', 'code', 'NGAUAF'),
    ("Mali's junta expelled the French ambassador on Monday.", 'expelled', 'source', 'code', 'MLIGOV'),  # a junta governs
    ('President Emmanuel Macron hosted Volodymyr Zelensky at the Elysee Palace.', 'hosted', 'target', 'code', 'UKRGOV'),  # hosting a named leader is 043
    ('Russian missiles hit a power plant in Kharkiv.', 'hit', 'source', 'code', 'RUSMIL'),  # weapons stand for their military
    ('The mayor received death threats from gang members.', 'threats', 'source', 'code', 'CRM'),
    ('Gunmen held three aid workers hostage for days.', 'hostage', 'target', 'code', 'NGO'),  # "held X hostage" (cues.tsv complement)
    ('Gunmen held three aid workers hostage for days.', 'hostage', 'source', 'code', 'UAF'),
    # args6: actors found in the sentence and now linked
    ('Cuba does not recognise the independence of Taiwan.', 'recognise', 'target', 'name', 'Taiwan'),  # a standing stands for its holder
    ('She denied the allegation Daniel Okafor had taken bribes.', 'allegation', 'target', 'name', 'Daniel Okafor'),  # a content clause with no "that"
    ('A potential charge of fraud against Maria Lindqvist carries a long sentence.', 'charge', 'target', 'name', 'Maria Lindqvist'),  # the "of" act's "against" phrase
    ('The court confirmed his detention last year by Iranian police.', 'detention', 'source', 'code', 'IRNCOP'),  # the act's "by" phrase hung on the verb
    ('The inquiry blamed the shooting on Sunday by Iranian police.', 'shooting', 'source', 'code', 'IRNCOP'),  # ... which does not make it the verb's agent
    ('Tom Reilly was arrested in Ohio and is expected to be arraigned in Boston next week.', 'arraigned', 'target', 'name', 'Tom Reilly'),  # a conjoined passive's patient
    ('Anyone refusing to wear a mask can be fined under the new rules.', 'fined', 'target', 'name', 'anyone'),  # the parser's clausal subject names its doer
    ('In 2015, the French government listed Hezbollah as a terrorist group and levied sanctions against it.', 'sanctions', 'source', 'code', 'FRAGOV'),  # light verbs: levy, slap, approve, authorize
    ('General Ali Haidari approved the attacks on the US embassy in Baghdad.', 'attacks', 'source', 'name', 'Ali Haidari'),
    ('Police in Lagos arrested and charged three protesters on Tuesday.', 'arrested', 'target', 'name', 'protesters'),  # conjoined verbs share the object
    ('Security forces detained and beat two journalists in Harare.', 'detained', 'target', 'code', 'ZWEMED'),
    ('The rebels seized the town. The group later released two hostages.', 'released', 'source', 'name', 'rebels'),  # "the group": a group named by its members
    ('Russia accused Ukraine of shelling Donetsk. The country also threatened to cut gas supplies.', 'threatened', 'source', 'name', 'Russia'),  # "the country" as subject continues the subject
    ('The United States was disappointed by the Iraqi parliament\'s decision.', 'disappointed', 'source', 'name', 'United States'),  # the one who feels it disapproves (cues.tsv experiencer)
    ('The United States was disappointed by the Iraqi parliament\'s decision.', 'disappointed', 'target', 'code', 'IRQLEG'),
    # an agentless passive of a stance verb is a stance its subject holds (cues.tsv stance), not one it undergoes
    ('The teachers\' union is opposed to the education law passed by the Senate.', 'opposed', 'source', 'code', 'LAB'),
    ('The teachers\' union is opposed to the education law passed by the Senate.', 'opposed', 'target', 'code', 'LEG'),
    ('The opposition party is firmly opposed to talks with the Taliban.', 'opposed', 'source', 'code', 'OPP'),
    ('The plan was opposed by the unions.', 'opposed', 'source', 'code', 'LAB'),  # with an agent: an ordinary passive
    ('Striking workers accused the retailer of cutting wages.', 'accused', 'target', 'code', 'BUS'),  # business nouns (sectors.tsv)
    # the act one is judged "for" is theirs, as with a gerund ("praised X for helping")
    ('Pompeo blamed Iran for the attacks on the oil plant.', 'attacks', 'source', 'code', 'IRN'),
    ('The president thanked Japan for the aid.', 'aid', 'source', 'code', 'JPN'),
    ('Obama travelled to Cairo for talks.', 'travelled', 'source', 'name', 'Barack Obama'),
    # a thing of a thing acted on is its owner's
    ('Macron praised the quality of Angela Merkel\'s work.', 'praised', 'target', 'name', 'Angela Merkel'),
    ('Iran condemned the results of America\'s policy in the region.', 'condemned', 'target', 'code', 'USA'),
    # a platform is where something was said, not who said it
    ('Pompeo posted a message on Twitter blaming Iran for the attacks.', 'blaming', 'source', 'name', 'Mike Pompeo'),
    ('Regulators in Tokyo fined two carmakers on Monday.', 'fined', 'target', 'code', 'JPNBUS'),
    ('The Parliament of Iraq voted on a resolution to expel United States troops from the country.', 'expel', 'source', 'code', 'IRQLEG'),  # a resolution voted on is the voter's
    ('An assembly of Arab foreign ministers denounced the deal with Iran.', 'denounced', 'source', 'code', 'GOV'),  # an assembly stands for its members (pronouns.tsv part_of)
    ('Officials said the visit of the Japanese prime minister to Beijing would go ahead.', 'visit', 'source', 'code', 'JPNGOV'),  # the "of" phrase of a visit is the visitor (cues.tsv of_agent)
    ('The protesters were, according to witnesses, beaten with batons by riot police.', 'beaten', 'target', 'name', 'protesters'),  # a passive split by an aside
    ('The protesters were, according to witnesses, beaten with batons by riot police.', 'beaten', 'source', 'code', 'COP'),  # "by" hung on the instrument
    ('Two activists were on Sunday detained in Minsk by Belarusian security forces.', 'detained', 'target', 'name', 'activists'),
    ('The United States called for the immediate withdrawal of Russian troops.', 'called', 'target', 'code', 'RUSMIL'),  # asking X to act
    ('Kenya deported two Chinese nationals accused of fraud.', 'deported', 'target', 'code', 'CHNCVL'),
    ('Police said John Smith shot his neighbour after an argument.', 'shot', 'target', 'code', 'CVL'),  # a neighbour is a civilian
    # a pronoun object is never its own verb's subject (the nearest mention is not always the argument)
    ('Greenpeace activists occupied an oil platform. Norwegian police arrested them on Sunday.', 'arrested', 'target', 'name', 'Greenpeace'),
    ('Kenyan police shot dead two protesters in Nairobi. Their killing sparked riots.', 'killing', 'target', 'name', 'protesters'),  # the owner of an act done to someone underwent it
    ('Donald Trump met Emmanuel Macron in Paris. Macron later criticised him.', 'criticised', 'target', 'name', 'Donald Trump'),
    # nor is a pronoun in a relative clause the one that clause describes
    ('Donald Trump met Emmanuel Macron, whom he had criticised.', 'criticised', 'source', 'name', 'Donald Trump'),
    ('Donald Trump met Emmanuel Macron, who had criticised him.', 'criticised', 'target', 'name', 'Donald Trump'),
    ('Officials placed the city under lockdown.', 'placed', 'source', 'name', 'officials'),  # "put X under" an act
    ('The opposition leader was placed under house arrest by the military.', 'arrest', 'target', 'code', 'OPP'),
    ('The prime minister announced a ban on gatherings of more than ten people.', 'ban', 'target', 'name', 'people'),  # whose the thing acted on is
    ('The UN Security Council condemned the attack on peacekeepers in Mali.', 'attack', 'target', 'code', 'MIL'),
    ('Armenia and Azerbaijan accused each other of shelling civilian areas.', 'accused', 'target', 'name', 'Azerbaijan'),  # "each other": each way
    ('An airstrike hit a market in Idlib, killing 15 people.', 'airstrike', 'target', 'name', 'people'),  # the harm its clause tells
    ('Police arrested a man suspected of attacking a synagogue.', 'attacking', 'source', 'name', 'man'),  # "a man suspected of doing"
    ('Human Rights Watch urged the government to release detained activists.', 'detained', 'target', 'name', 'activists'),  # an adjectival participle's noun
    ('Protesters, angered by the killing of a teenager by police, clashed with officers.', 'angered', 'source', 'name', 'protesters'),  # a participle of feeling
    ('A spokesman for the Taliban denied the report.', 'denied', 'source', 'code', 'AFGINSTAL'),  # a bare role speaks for its group
    ('The court found Ahmed Ali guilty of terrorism.', 'found', 'target', 'name', 'Ahmed Ali'),  # a small clause's subject
    ('The airstrike is believed to have killed five Hamas commanders.', 'airstrike', 'target', 'code', 'PSEREBHAM'),  # "is believed to have killed"
    ('In a statement, Hamas claimed the attack.', 'attack', 'source', 'code', 'PSEREBHAM'),  # claiming an act (cues.tsv light)
    ('Israel hit Hamas with air strikes on Sunday.', 'strikes', 'target', 'code', 'PSEREBHAM'),  # the act wielded "with": the verb's object
    ('In 2018, President Donald Trump withdrew the United States from a nuclear deal with Iran.', 'withdrew', 'target', 'name', 'Iran'),  # leaving a deal with X
    ('Kenya said on Monday it would hold early elections. The United States praised the country.', 'praised', 'target', 'name', 'Kenya'),  # "the country" as object is not its own verb's subject
    ('The government has been accused of torturing detainees.', 'torturing', 'source', 'name', 'government'),  # the one accused of doing it
    ('The decision by Moscow to expel the diplomats angered Washington.', 'expel', 'source', 'code', 'RUSGOV'),  # a decision's "by" phrase
    ('The arrest by police of three activists sparked protests.', 'arrest', 'target', 'name', 'activists'),  # the "of" the parser hangs on the agent
    ('The deportation of migrants to Mexico was halted.', 'deportation', 'target', 'name', 'migrants'),  # who undergoes it before where to
    ('A government ban on the opposition party was lifted.', 'ban', 'target', 'code', 'OPP'),
    ('A former adviser to President Donald Trump criticised the decision.', 'criticised', 'source', 'code', 'ELI'),  # ... not for a person
    # args8: targets found in the sentence and now linked
    ("Protesters disrupted the minister's speech in Nairobi.", 'disrupted', 'target', 'name', 'minister'),  # a thing acted on stands for its named owner
    ("The newspaper published an editorial blaming the governor's policies for the outages.", 'blaming', 'target', 'name', 'governor'),
    ('Students disrupted the delivery of the budget by the finance minister.', 'disrupted', 'target', 'name', 'minister'),  # ... or the doer of the act it names
    ('The British ambassador wrote to the Kenyan government asking it to release the journalists.', 'asking', 'target', 'code', 'KENGOV'),  # a request made writing to X
    ('Singapore intensified screening of passengers from Wuhan.', 'intensified', 'target', 'name', 'passengers'),  # the act the trigger row names as its object
    ('Iran retaliated against the United States with missile strikes.', 'retaliated', 'target', 'code', 'USA'),  # the first target phrase naming an actor
    ('New bans prevent groups of more than six people from meeting.', 'bans', 'target', 'name', 'people'),  # a measure's own clause (cues.tsv restrain); "groups of" people
    ('A car bomb was rammed into a police station in Kabul.', 'bomb', 'target', 'name', 'police'),  # a weapon driven / fired into X
    ('The United States carried out the airstrike at Baghdad airport, killing General Qasem Soleimani.', 'airstrike', 'target', 'name', 'Qasem Soleimani'),  # a light verb's clause of harm
    ('Venezuela rejected the ruling of the court.', 'rejected', 'target', 'name', 'court'),  # judging an act named by its "of" phrase's doer (cues.tsv of_agent)
    ('Joe Biden picked up the endorsement of Senator Kamala Harris.', 'endorsement', 'target', 'name', 'Joe Biden'),  # "picked up" receives (cues.tsv receive)
    ('Kamala Harris threw her support behind Joe Biden.', 'threw', 'target', 'name', 'Joe Biden'),  # support "behind" X; the doer's own support is no target
    ('A Taliban assault left two American soldiers dead near Kunduz.', 'assault', 'target', 'code', 'USAMIL'),  # "left X dead" (cues.tsv result, harm_state)
    ('A gunman opened fire in a shopping centre and wounded five people.', 'opened', 'target', 'name', 'people'),  # whom the firing hit
    ('Turkey has suffered a series of bombings this year.', 'bombings', 'target', 'name', 'Turkey'),  # undergoing a series of acts
    ("Protesters denounced Russia's role in the bombardment of Aleppo.", 'bombardment', 'source', 'name', 'Russia'),  # a part taken in an act (cues.tsv share)
    ('Hundreds of students gathered in protest outside the ministry.', 'protest', 'source', 'code', 'EDU'),  # "in protest": how the subject acted
    ('The arrest of the opposition leader by police sparked protests.', 'arrest', 'source', 'code', 'COP'),  # the "by" the parser hangs on the "of" phrase
    ("China's detention of Uyghurs has been criticised.", 'detention', 'source', 'name', 'China'),  # with an "of" phrase the possessor does it
    ('A meeting of NATO foreign ministers with their Russian counterparts took place in Brussels.', 'meeting', 'source', 'code', 'IGOWSTNAT'),  # a meeting's "of" phrase meets
    ('Kenya protested after Uganda closed the border.', 'protested', 'target', 'name', 'Uganda'),  # a protest at what another did
    ('China reacted angrily after the United States sanctioned its officials.', 'reacted', 'target', 'name', 'United States'),  # ... or a reaction (cues.tsv respond)
    ('The opposition protested over the arrest of its leader by police.', 'protested', 'target', 'code', 'COP'),  # protesting an act targets its doer
    ('Students protested against the decision of the university.', 'protested', 'target', 'name', 'university'),
    ('Teachers reacted with fury to threats by the education minister, Ruth Adeyemi, to cut their pay.', 'reacted', 'target', 'name', 'Ruth Adeyemi'),  # reacting to X's act
    ('The opposition renewed its calls for the president to resign.', 'calls', 'target', 'name', 'president'),  # a call for X to act asks X
    ('An investigation into the minister was opened by prosecutors.', 'investigation', 'source', 'code', 'JUD'),  # "open" lends its subject (cues.tsv light)
    ('Two police officers involved in the shooting were arrested.', 'shooting', 'source', 'code', 'COP'),  # taking part in a particular act (cues.tsv share)
    ('Police were involved in the killing of the activist.', 'killing', 'source', 'code', 'COP'),
    ('Ahmed Musa was given two life sentences on Saturday.', 'sentences', 'target', 'name', 'Ahmed Musa'),  # a measure handed over (cues.tsv given)
    ('The mayor survived an assassination attempt on Sunday.', 'attempt', 'target', 'name', 'mayor'),  # surviving an act is undergoing it
    ('The dissident was granted asylum by Germany.', 'granted', 'source', 'name', 'Germany'),  # a passive's "by" the parser calls a preposition
    ('The teenager was shot and killed by police in Athens.', 'shot', 'source', 'code', 'GRCCOP'),  # conjoined passives share the agent
    ('The opposition has increased calls for the prime minister to quit.', 'calls', 'source', 'code', 'OPP'),  # increase, stress, reiterate lend their subject (cues.tsv light)
    ('Japan promised Kenya new loans on Monday.', 'loans', 'target', 'name', 'Kenyan government'),  # an indirect object read as a modifier (cues.tsv ditransitive)
    ('Japan promised Kenya new loans on Monday.', 'loans', 'source', 'name', 'Japan'),
    ('Cattle rustlers killed eleven people in Samburu on Sunday.', 'killed', 'source', 'sectors', ['CRM']),
    ('Kenya and Uganda promised to send vaccines to other countries.', 'promised', 'target', 'code', 'GOV'),  # many states: no one country
    ('Mr Justice Saunders today imprisoned a man for eight years.', 'imprisoned', 'source', 'sectors', ['JUD']),  # a name after an honorific and a title
    ('Ratcliffe claimed Iran spoofed e-mails to voters.', 'claimed', 'target', 'name', 'Iran'),  # claiming another did something
    ('Police clashed with protesters, and more than 200 people arrested.', 'arrested', 'target', 'name', 'people'),  # a count undergoes it
    ('Obama and Trump held talks on Thursday.', 'talks', 'source', 'name', 'Barack Obama'),  # "held" misparsed as describing the talks
    ('Rival drug gang violence has killed thousands in Mexico.', 'violence', 'source', 'name', 'gang'),  # "rival" describes, names no one
    ('Tunisia is facing terrorist attacks.', 'attacks', 'source', 'sectors', ['REB']),  # ... but "terrorist" names the attackers
    ('The UN was alarmed by the number of civilian deaths in Gaza.', 'deaths', 'target', 'sectors', ['CVL']),  # civilians suffered them
    ('Opposition socialists are pressing for fresh elections.', 'pressing', 'source', 'sectors', ['PTY']),
    ('Three gunmen in the house were killed by army personnel.', 'killed', 'source', 'sectors', ['MIL']),  # "personnel" takes the sector before it
    ('Mugabe accused Western powers of plotting against him.', 'accused', 'target', 'code', 'GOV'),
    ('The UK is one of several countries that have pledged aid.', 'pledged', 'source', 'name', 'United Kingdom'),  # "one of ... that"
    ('Iranian doctors protested outside the ministry on Monday.', 'protested', 'source', 'name', 'Iranian health sector'),  # a readable label
    ('The gunman fired, walking around the envoy as he lay still and shooting him again.', 'shooting', 'source', 'name', 'gunman'),  # a bare participle after a finite clause is the participle clause's
    ('The gunman fired, walking around the envoy as he lay still and shooting him again.', 'shooting', 'target', 'name', 'envoy'),
    ('The prosecutor reopened the investigation into the senator on Monday.', 'investigation', 'source', 'name', 'prosecutor'),  # reopen, revive, complete lend their subject (cues.tsv light)
    ('Police opened an inquiry into the mayor on Friday.', 'inquiry', 'target', 'name', 'mayor'),
    ('Police opened an inquiry into the mayor\'s finances on Friday.', 'inquiry', 'target', 'name', 'mayor'),  # a thing acted on is its owner's
    ('The United States sent Ukraine new weapons.', 'sent', 'target', 'code', 'UKRMIL'),
    ('Kenya handed over the suspects to Uganda on Monday.', 'handed', 'target', 'name', 'Uganda'),  # those handed over are what is given
    ('Kenya and Somalia restored diplomatic relations on Monday.', 'restored', 'target', 'name', 'Somalia'),  # relations and ties are with each other (cues.tsv reciprocal)
    ('Mahan Air flies to Europe. The US has been encouraging allies such as Germany to restrict its flights.', 'encouraging', 'source', 'name', 'United States'),  # a subject the parser hangs on an auxiliary
    ('Headline\n\nRussia accused Poland of spying on Monday.', 'accused', 'source', 'name', 'Russia'),  # a paragraph's second word goes on with its first (nlp.paragraph_starts)
    ('The Department for Rural Affairs and Fisheries restricted the movement of poultry in Norfolk, England.', 'restricted', 'source', 'code', 'GBRGOV'),  # the head before "for", as before "of" (actors._org_sectors)
    ('Floods hit Pakistan on Monday. The World Food Programme began providing aid to the country on Tuesday.', 'providing', 'target', 'code', 'PAK'),  # "the country" an act goes to is the one named before
    ('The demonstrations in the capital drew thousands of students on Sunday.', 'demonstrations', 'source', 'name', 'students'),  # those a protest drew are its protesters (cues.tsv turnout)
    ('The rally in Minsk was attended by several thousand workers.', 'rally', 'source', 'name', 'workers'),
    ('The intelligence director claimed Iran spoofed e-mails sent to voters in Florida.', 'claimed', 'target', 'code', 'IRN'),  # spoofing, forging, tampering: wrongdoing a claim alleges
    ('A 34-year-old plumber was arrested in Leeds on Friday.', 'arrested', 'target', 'name', 'plumber'),  # a trade names a private person (sectors.tsv)
    ('Scientists called on the Interior and Commerce departments to overturn the rule.', 'called', 'target', 'code', 'GOV'),  # departments sharing one plural head
    ('The senators sent a letter to the foreign and defence ministries urging them to act.', 'urging', 'source', 'name', 'senators'),  # a letter sent to X urging them speaks for its senders
    ('Environmental groups panned the new rules on Monday.', 'panned', 'source', 'name', 'environmental groups'),  # panning a plan is criticism
    ('Senator Bernie Sanders fiercely challenged Donald Trump on Monday.', 'challenged', 'target', 'name', 'Donald Trump'),
    ('Several Republicans broke with Donald Trump over the election.', 'broke', 'target', 'name', 'Donald Trump'),  # a rift, not a misdeed
    ('The organisers of the rally in Minsk were arrested by police on Sunday.', 'rally', 'source', 'name', 'organisers'),  # organisers of a protest held it
    ('Donald Trump called Harris nasty.', 'called', 'source', 'name', 'Donald Trump'),
    ('Judge Kellie Hill met prosecutor Paul Howard on Monday. He said he would urge lawmakers to act.', 'urge', 'source', 'name', 'Paul Howard'),  # "he" is no Kellie (given_names.tsv)  # a name and a verb with an object, read by the parser as "Trump (who was) called"
    ('Police said Shawn Smith was dodging arrest last week.', 'arrest', 'target', 'name', 'Shawn Smith'),  # cues.tsv escape
    ('Brian Nichols appeared in court on Monday. Nichols is beginning a lengthy prison sentence.', 'sentence', 'target', 'name', 'Brian Nichols'),  # cues.tsv term
    ('Zurana Horton was killed when the accused thugs opened fire from a rooftop.', 'killed', 'source', 'name', 'thugs'),
    ('The boy was killed by a police bullet on 6 December.', 'killed', 'source', 'name', 'police'),  # wordsets.tsv @fired
    ('An Israeli missile killed two civilians in Gaza on Monday.', 'killed', 'source', 'code', 'ISRMIL'),
    ('The gunman fired the shots meant for rival gang members.', 'fired', 'target', 'name', 'gang members'),  # cues.tsv aim
    ('Bloomington Police arrested the driver on Friday.', 'arrested', 'source', 'name', 'Bloomington police'),  # a town's force
    ('Athens police fired tear gas at the protesters.', 'fired', 'source', 'name', 'Athens police'),
    ('The attack that left more than 50 people with serious injuries happened on Monday near the school.', 'attack', 'target', 'name', 'people'),  # cues.tsv result, outcome
    ('Kathina Thomas died from a gunshot wound from a .45 caliber handgun.', 'wound', 'target', 'name', 'Kathina Thomas'),  # a wound a gun made
    ('Judge James Bodiford handed down the maximum prison sentence to Brian Nichols.', 'sentence', 'source', 'name', 'James Bodiford'),  # cues.tsv light
    ('The historian has himself been accused of plagiarising other writers.', 'accused', 'target', 'code', 'EDU'),
    ("Paul Manafort's charges involved unregistered foreign lobbying.", 'charges', 'target', 'name', 'Paul Manafort'),  # mod:@person
    ('Also arrested were Kristian Lopez and Jonathan Carrasquillo.', 'arrested', 'target', 'name', 'Kristian Lopez'),  # an inverted passive
    ('Wide receiver Vincent Jackson, arrested Jan. 6 in Clairemont, faces charges.', 'faces', 'target', 'name', 'Vincent Jackson'),
    ('Wide receiver Vincent Jackson, arrested Jan. 6 in Clairemont, faces charges.', 'arrested', 'target', 'name', 'Vincent Jackson'),
    ('A writer for the Washington Post criticised the plan.', 'criticised', 'source', 'code', 'USAMED'),  # a generic role for its outlet
    ('The Hennepin County Attorney filed criminal charges on Friday against the driver.', 'filed', 'source', 'code', 'USAJUD'),  # a county's prosecutor
    ('Kathina Thomas was slain in front of her First Street home.', 'slain', 'target', 'name', 'Kathina Thomas'),  # a passive read as a complement
    ('Five people were injured, one critically, after a shooting near the scene.', 'shooting', 'target', 'name', 'people'),  # harmed after an attack
    ('Omar Abdulkader appeared in court on Tuesday.', 'appeared', 'target', 'name', 'Omar Abdulkader'),  # cues.tsv suffer
    ('The Seattle Police Dept said the gang unit is investigating.', 'investigating', 'source', 'code', 'USACOP'),
    ('Israel struck Iranian nuclear sites on Saturday.', 'struck', 'target', 'code', 'IRN'),  # holdings.tsv sites
    ('Barack Obama and Donald Trump met at the White House on Thursday. The two discussed foreign policy.', 'discussed', 'target', 'name', 'Donald Trump'),  # "the two": the pair named together
    ('Eleven people were killed when bandits stormed a village.', 'killed', 'source', 'name', 'bandits'),  # events: harm "when" a raid (root 17)
    ('Police warned that protesters would be arrested.', 'warned', 'target', 'name', 'protesters'),  # THREATEN: its clause's subject
    ('The senator cast doubt on whether the army had followed orders.', 'cast', 'target', 'name', 'army'),  # the verb's own "on whether" phrase
    ('Protesters threw petrol bombs at the city hall.', 'bombs', 'source', 'name', 'protesters'),  # cues.tsv light: throw
    ('Two officers were questioned by a magistrate on Tuesday.', 'questioned', 'source', 'code', 'JUD'),  # sectors.tsv magistrate
    ('The church was attacked by an arsonist last night.', 'attacked', 'source', 'code', 'CRM'),  # sectors.tsv arsonist
    ('Business owners have accused the police of failing to protect them.', 'accused', 'source', 'code', 'BUS'),  # sectors.tsv business owners
    ('Police stood back as gangs of youths smashed windows.', 'smashed', 'source', 'name', 'gangs'),  # syntax: "as X did" read as a phrase
    ('He admitted to police that he shot the officer.', 'admitted', 'target', 'code', 'COP'),  # ... but the one told
    ('The family alleged that the boy was beaten by police.', 'alleged', 'target', 'code', 'COP'),  # the passive alleged act's doer
    ('John Smith stabbed a guard. Bystanders pleaded with him to stop.', 'pleaded', 'target', 'name', 'John Smith'),  # a plea is no confession
    ('Trump warned that his rival Hillary Clinton would be under investigation.', 'warned', 'target', 'name', 'Hillary Clinton'),  # a copula's act
    ('The suspect died after a shootout with police officers.', 'shootout', 'target', 'code', 'COP'),  # triggers.tsv shootout
    ('The health and education ministries banned the product.', 'banned', 'source', 'code', 'GOV'),  # sectors.tsv ministries
    ('About 2,000 marchers blocked the bridge.', 'blocked', 'source', 'code', 'CVL'),  # sectors.tsv marchers
    ('A rooftop sniper shot two women.', 'shot', 'source', 'code', 'CRM'),  # a lone sniper, as a lone gunman
    ('The NYPD arrested the driver on Tuesday.', 'arrested', 'source', 'code', 'USACOP'),  # organizations.tsv police forces
    ('Gardaí arrested a man in Dublin on Monday.', 'arrested', 'source', 'code', 'IRLCOP'),
    ('Korkoneas was ordered to remain in custody by an Athens magistrate.', 'ordered', 'source', 'code', 'GRCJUD'),  # "by" hung on the infinitive
    ("Police officer John Korkonis was arrested. The officer's partner, Vassilis Sarakis, 31, was charged.", 'charged', 'target', 'name', 'Vassilis Sarakis'),  # syntax: the named apposition, not the owner
    ('Hillary Clinton spoke on Monday. The FBI renewed its inquiry into her email system.', 'inquiry', 'target', 'name', 'Hillary Clinton'),  # whose things are looked into
    ('The FBI had a preliminary inquiry involving the Clinton Foundation.', 'inquiry', 'target', 'name', 'Clinton Foundation'),
    ('James Comey had been the target of withering criticism from Democrats.', 'criticism', 'target', 'name', 'James Comey'),  # the target of an act
    ('Mahan Air has been the subject of United States sanctions since 2011.', 'sanctions', 'target', 'name', 'Mahan Air'),
    ('Militants attacked a convoy carrying aid workers.', 'attacked', 'target', 'name', 'aid workers'),  # ActorIndex.actor: those carried
    ('Hamas was responsible for the bombing.', 'bombing', 'source', 'name', 'Hamas'),  # cues.tsv answerable
    ('Israel held Hamas responsible for the bombing.', 'bombing', 'source', 'name', 'Hamas'),
    ('Hamas has been blamed for the attacks in Turkey.', 'attacks', 'source', 'name', 'Hamas'),  # blame culpable
    ('John Smith was found guilty of the murder of his wife.', 'murder', 'source', 'name', 'John Smith'),
    ('Thousands gathered in the square to protest the law.', 'protest', 'source', 'name', 'Thousands'),  # a gathering crowd
    ('Several conservative groups gathered on Saturday to protest the election.', 'protest', 'source', 'name', 'conservative groups'),
    ("Several senators came to Trump's defense.", 'came', 'source', 'name', 'senators'),  # events._came_to
    ("Several senators came to Trump's defense.", 'came', 'target', 'name', 'Donald Trump'),
    ('The army came under fire from rebels.', 'came', 'target', 'name', 'army'),  # still undergone
    ('The minister came in for heavy criticism from unions.', 'came', 'target', 'name', 'minister'),  # triggers.tsv come in for
    ('The minister came in for heavy criticism from unions.', 'came', 'source', 'name', 'unions'),
    ('A police car was smashed up by protesters.', 'smashed', 'target', 'name', 'police'),  # holdings.tsv car
    ('Rebels ambushed an army truck.', 'ambushed', 'target', 'name', 'army'),
    ('Police car smashed up by anti-government protesters', 'smashed', 'source', 'name', 'protesters'),  # syntax.patient_subject
    ("The Biden campaign's pledge to reach clean power drew praise.", 'pledge', 'source', 'name', 'Joe Biden'),  # cues.tsv voice
    ('Biden addressed the allegations of sexual assault from a former staffer on Friday.', 'allegations', 'source', 'name', 'staffer'),  # cues.tsv content
    ('The minister denied allegations of corruption from opposition lawmakers on Monday.', 'allegations', 'source', 'name', 'lawmakers'),
    ('Evangelical leaders condemned the executions on Monday.', 'condemned', 'source', 'code', 'REL'),  # sectors.tsv evangelical leaders
    ('NSW and Queensland have extended their bans on horse events indefinitely, officials said.', 'extended', 'source', 'code', 'AUSGOV'),  # provinces.tsv NSW
    ('The driver was arrested by the CHP on suspicion of drunken driving.', 'arrested', 'source', 'code', 'USACOP'),  # organizations.tsv CHP
    ('Green Party candidate Howie Hawkins added a call for the abolition of nuclear weapons.', 'call', 'source', 'name', 'Howie Hawkins'),  # cues.tsv light add
    ('Dozens of protesters marched west on Church Avenue to the 67th Precinct stationhouse on Wednesday night.', 'marched', 'target', 'code', 'COP'),  # no "Church" of a street; sectors.tsv stationhouse
    ('Hundreds of youths rioted in central Athens on Saturday. The group began throwing firebombs at police.', 'throwing', 'source', 'name', 'youths'),  # descriptions.tsv group: CVL members too
    ('Militants took 20 tourists hostage in the desert on Monday.', 'took', 'target', 'name', 'tourists'),  # syntax.ActorIndex.actor: the compound before a complement
    ('Police said he pulled a gun on two officers outside the jail on Tuesday.', 'pulled', 'target', 'name', 'officers'),  # syntax.prep_target: the "on" that names no time
    ('He lunched with House Speaker Paul Ryan at the Capitol on Thursday.', 'lunched', 'target', 'name', 'Paul Ryan'),  # triggers.tsv lunch
    ('Nichols, 37, was found guilty last month of murdering a judge in the 2005 rampage.', 'murdering', 'source', 'name', 'Nichols'),  # syntax.verb_subject: "of" hung on the time
    ('Rioters hurled missiles at riot police outside the parliament in Athens.', 'hurled', 'target', 'name', 'riot police'),  # triggers.tsv hurl missiles
    ('The man was charged in the shooting death of a teenager in Dallas.', 'death', 'target', 'name', 'teenager'),  # triggers.tsv death mod:shooting
    ('The Kremlin dismissed the report as propaganda on Monday.', 'dismissed', 'source', 'code', 'RUSGOV'),  # triggers.tsv dismiss arg:propaganda
    ('International aid agencies plan to immunize 85 million children in Africa.', 'immunize', 'target', 'name', 'children'),  # triggers.tsv immunize
    ('The WHO began a large polio immunization campaign in Nigeria on Monday.', 'campaign', 'source', 'code', 'IGOWHO'),  # triggers.tsv campaign mod:immunization
    ('Another mother was seen shot in her arm during the attack in Chicago.', 'shot', 'target', 'name', 'another mother'),  # syntax.verb_target: a bare participle complement is undergone
    ('The president wanted the journalist arrested, officials in Ankara said.', 'arrested', 'target', 'name', 'journalist'),  # cues.tsv small_clause
    ('The inmate attacked two prison guards at the jail in Huntsville on Monday.', 'attacked', 'target', 'code', 'USACOP'),  # sectors.tsv prison guards
    ('Comeaux fired upon two correctional officers near the prison in Texas.', 'fired', 'target', 'name', 'correctional officers'),  # triggers.tsv fire upon
    ('The rebels overpowered two prison guards at the jail in Kandahar on Sunday.', 'overpowered', 'target', 'name', 'prison guards'),  # triggers.tsv overpower
    ('Police named the suspect as Paul Block Jr., 49. The stolen goods were found at a farm. Block will be charged with theft.', 'charged', 'target', 'name', 'Paul Block Jr.'),  # name_parts.tsv suffix
    ('Turkey has suffered a series of fatal bombings by Kurdish militants this year.', 'bombings', 'source', 'name', 'Kurdish militants'),  # events._undergoing_verb
    ('Israel carried out strikes on Hamas targets in Gaza on Sunday.', 'strikes', 'target', 'name', 'Hamas'),  # triggers.tsv strike on a target
    ('The army shelled militant hideouts near the border on Friday.', 'shelled', 'target', 'code', 'REB'),  # holdings.tsv: the militants' hideouts
    ('Security forces killed two suspected militants in a raid in Kashmir on Monday.', 'raid', 'source', 'name', 'security forces'),  # events.noun_owners: the killer's raid
    ('Security forces killed two suspected militants in a raid in Kashmir on Monday.', 'raid', 'target', 'name', 'militants'),  # events._harmed: the killed, not the killers
    ('A court in Moscow jailed the opposition politician for 25 years.', 'jailed', 'target', 'code', 'RUSOPP'),  # sectors.tsv politician generic
    ('Hezbollah said its fighters had attacked an Israeli patrol near the border.', 'attacked', 'source', 'name', 'Hezbollah'),  # actors RANKS: a group's own fighters
    ('The Taliban said their fighters had captured the district of Musa Qala.', 'captured', 'source', 'name', 'Taliban'),  # ... "their" of an organisation
    ('The UN condemned Russia for its invasion of Ukraine in February.', 'invasion', 'source', 'name', 'Russia'),  # actors._judged_for
    ('Russia has been hit by Western sanctions since 2014.', 'sanctions', 'target', 'name', 'Russia'),  # events._undergone_by: hit by
    ('Militants fired rockets at Israeli towns on Saturday.', 'fired', 'target', 'code', 'ISRCVL'),  # sites.tsv after a country adjective
    ('The Saudi-led coalition bombed a wedding party in Yemen on Monday.', 'bombed', 'target', 'code', 'YEMCVL'),  # sites.tsv wedding party
    ('Sanctions on Iranian oil exports were extended on Monday.', 'Sanctions', 'target', 'name', 'Iran'),  # holdings.tsv exports
    ('Kyiv said Moscow was responsible for the attack on the power plant.', 'said', 'target', 'code', 'RUSGOV'),  # triggers.tsv say pred:responsible
    ("Brazil's foreign minister Carlos França visited Moscow on Tuesday. The minister criticised Western sanctions against Russia. He also met Sergei Lavrov.", 'criticised', 'source', 'name', 'Carlos França'),  # actors._titled: the holder named before
    ('The Nigerian army said it had rescued 50 hostages held by bandits in Zamfara.', 'hostages', 'target', 'name', 'hostages'),  # cues.tsv complement: the ones taken
    ('Colombian authorities extradited a drug lord to the United States on Friday.', 'extradited', 'target', 'code', 'COLCRM'),  # sectors.tsv drug lord
    ("Sudan's army chief dissolved the government and declared a state of emergency.", 'dissolved', 'target', 'name', 'government'),  # triggers.tsv dissolve a government
    ("Ukraine's security service arrested a Russian spy in Odesa on Monday.", 'arrested', 'target', 'code', 'RUSSPY'),  # sectors.tsv spy, security service
    ('Prosecutors dropped the charges against the activist on Tuesday.', 'dropped', 'target', 'name', 'activist'),  # an act's own "against" in a concession
    ('Japan pledged 100 million dollars to help rebuild Ukraine on Monday.', 'pledged', 'target', 'name', 'Ukraine'),  # a complement's own complement
    ('Two people died in clashes between rival gangs in Port-au-Prince.', 'clashes', 'source', 'code', 'HTICRM'),  # one plural party between: it fought
    ('Two people died in clashes between rival gangs in Port-au-Prince.', 'clashes', 'target', 'code', 'HTICVL'),  # those who died are no doers
    ('The Syrian army is preparing an offensive on the city of Idlib.', 'offensive', 'source', 'code', 'SYRMIL'),  # cues.tsv prepare light
    ('The Sudanese government sought help from the United Nations on Monday.', 'sought', 'target', 'name', 'United Nations'),  # a request's "from" on its object
    ('Police said the Islamic State group was behind the bombing that killed 12 people in Kabul.', 'bombing', 'source', 'code', 'IMGMUSISI'),  # who "was behind" it did it
    ('The United States said Iran was behind the attack on the tanker.', 'said', 'target', 'code', 'IRN'),  # "behind" an attack, an accusation
    ('Supporters of the opposition leader clashed with police in Nairobi.', 'clashed', 'source', 'code', 'KENOPP'),  # followers of an opposing side
    ('Police said followers of the rebel commander attacked the convoy.', 'attacked', 'source', 'code', 'REB'),
    ('Supporters of the president rallied in Harare.', 'rallied', 'source', 'code', 'ZWECVL'),  # a state's holder: civilians behind him
    ('The two men were arrested by police in Lagos. The pair were charged with fraud.', 'charged', 'target', 'code', 'NGACVL'),  # "the pair": two counted
    ('Rebels fired mortars at Mogadishu.', 'fired', 'target', 'code', 'SOM'),  # force at a capital: the country, not its government
    ('Russian forces shelled Kyiv on Monday.', 'shelled', 'target', 'code', 'UKR'),
    ('Kabul accused Islamabad of sheltering militants.', 'accused', 'source', 'code', 'AFGGOV'),  # (a capital speaking is its government)
    ('Washington urged Beijing to release the detained activists.', 'detained', 'source', 'code', 'CHNGOV'),  # the releaser held them
    ("The EU expressed alarm at Hungary's new media law.", 'expressed', 'target', 'code', 'HUN'),  # "media" modifies the law
    ('Germany voiced concern about Turkish military operations in Syria.', 'voiced', 'target', 'code', 'TURMIL'),  # two adjectives
    ('The opposition condemned the arrest of its leader in Nairobi.', 'arrest', 'target', 'code', 'KENOPP'),  # pronouns.tsv head
    ('Taliban fighters surrendered to Afghan forces.', 'surrendered', 'target', 'code', 'AFGMIL'),  # rebels' foes are not their own
    ('Rebels withdrew from the town after clashes with Malian troops.', 'clashes', 'source', 'code', 'MLIREB'),  # who clashed "with" X
    ('Seoul lodged a protest with Tokyo over the textbooks.', 'lodged', 'target', 'code', 'JPNGOV'),  # a capital an act is with: its government
    ('The EU imposed sanctions against Moscow.', 'imposed', 'target', 'code', 'RUSGOV'),
    ('The foreign ministry summoned the Chinese ambassador to protest the incursion.', 'summoned', 'source', 'code', 'GOV'),  # no envoy of its own
    ('Houthi rebels fired a missile at the Saudi city of Jizan.', 'fired', 'target', 'code', 'SAU'),  # what is fired goes "at" a place
    ('Russian forces shelled Kherson overnight.', 'shelled', 'target', 'code', 'UKR'),  # a struck town the tagger calls a person
    ('Russia vetoed a UN Security Council resolution condemning the annexation.', 'condemning', 'source', 'code', 'IGOUNO'),  # cues.tsv thwart
    ('China and Russia held joint naval exercises in the Sea of Japan.', 'exercises', 'target', 'code', 'RUS'),  # cues.tsv jointly
    ('Turkish warplanes struck Kurdish militant targets in northern Iraq.', 'struck', 'target', 'code', 'TURREB'),  # holdings.tsv targets
    ('Israel hit Iranian targets in Syria.', 'hit', 'target', 'code', 'IRN'),
    ('Washington restored ties with Havana.', 'restored', 'target', 'code', 'CUBGOV'),
    ('The government is considering sanctions against the company.', 'sanctions', 'source', 'code', 'GOV'),  # cues.tsv light consider
    ('Washington is weighing fresh sanctions on Beijing.', 'sanctions', 'target', 'code', 'CHNGOV'),  # a capital an act is on
    ('The European Court of Human Rights ruled that Russia was responsible for the killing of Litvinenko.', 'ruled', 'target', 'code', 'RUS'),  # a ruling of guilt
    ('The ICC issued an arrest warrant for Putin.', 'issued', 'target', 'name', 'Vladimir Putin'),  # cues.tsv for_target warrant
    ('A court issued arrest warrants for five opposition leaders.', 'issued', 'target', 'code', 'OPP'),  # ("for" hung on the verb)
    ('Police in Karachi said they had arrested three suspects in the killing of a Chinese engineer.', 'killing', 'source', 'code', 'PAKCRM'),  # cues.tsv crime
    ('Israel and Hamas agreed to a ceasefire brokered by Egypt.', 'brokered', 'target', 'code', 'ISR'),  # cues.tsv broker: the deal's parties
    ('Lawmakers passed a bill that would ban TikTok.', 'ban', 'source', 'code', 'LEG'),  # a document's clause speaks for who passed it
    ('The senators sent a letter that urged the president to act.', 'urged', 'source', 'code', 'LEG'),
    ('Saudi jets struck a Houthi missile launcher.', 'struck', 'source', 'code', 'SAUMIL'),  # sectors.tsv jets
    ('Saudi jets struck a Houthi missile launcher.', 'struck', 'target', 'code', 'YEMREBHOU'),  # a holder before the kind held
    ('Russia said its drones had destroyed Ukrainian tanks.', 'destroyed', 'source', 'code', 'RUS'),  # pronouns.tsv head: its drones
    ('The ambassador was summoned to the foreign ministry in Ankara.', 'summoned', 'source', 'code', 'TURGOV'),  # cues.tsv summon
    ('The ambassador was summoned to the foreign ministry in Ankara.', 'summoned', 'target', 'code', 'GOV'),  # an envoy summoned is foreign
    ('Supporters of former Prime Minister Imran Khan clashed with police in Lahore.', 'clashed', 'source', 'code', 'PAKCVL'),  # past a title
    ("Khan's supporters torched a military building in Lahore.", 'torched', 'source', 'code', 'PAKCVL'),  # a named possessor's followers
    ('The United States sent humanitarian aid to earthquake victims in Syria.', 'sent', 'target', 'code', 'SYRCVL'),  # those acted on are there
    ('Police arrested two American activists in Minsk.', 'arrested', 'source', 'code', 'BLRCOP'),  # police act at home
    ('The junta released Aung San Suu Kyi from house arrest.', 'arrest', 'source', 'code', 'GOV'),  # a holding a release ends
    ('Authorities freed the journalist after 400 days in detention.', 'detention', 'target', 'code', 'MED'),
    ('Syria used chemical weapons against civilians in Ghouta.', 'weapons', 'source', 'code', 'SYR'),  # cues.tsv light use
    ("Yemen's Houthis said they had targeted a US destroyer in the Red Sea.", 'targeted', 'target', 'code', 'USAMIL'),  # triggers.tsv target a warship
    ('Ukraine said it had sunk a Russian frigate.', 'sunk', 'target', 'code', 'RUSMIL'),  # holdings.tsv frigate
    ('Macron and Scholz held talks on Ukraine in Berlin.', 'held', 'target', 'name', 'Olaf Scholz'),  # what talks are on is their topic
    ('Biden announced $2 billion in new military aid for Ukraine.', 'aid', 'source', 'name', 'Joe Biden'),  # a sum given in aid
    ('India suspended visa services for Canadians.', 'suspended', 'target', 'code', 'CANCVL'),  # a sanction "for" those it hits
    ('Two policemen were killed in an ambush blamed on separatists.', 'killed', 'source', 'code', 'REB'),  # cues.tsv imputed
    ('Three Palestinians were shot dead by Israeli troops during a raid in Nablus.', 'raid', 'source', 'code', 'ISRMIL'),  # the killers' raid
    ('Serbia accused Kosovo of provoking violence in the north.', 'accused', 'target', 'code', 'XKX'),  # countries_extra.tsv country
    ('The army fired missiles at militant bases.', 'fired', 'target', 'code', 'REB'),  # "bases" is a holding though lemmatised "basis"
    ('The protest leader was arrested in Bangkok.', 'arrested', 'target', 'code', 'THACVL'),  # sectors.tsv protest leader
    ('Ryan has endured spats with Trump for months.', 'spats', 'source', 'name', 'Ryan'),  # a quarrel "with" X endured is had
    ('A rebel alliance seized the town of Goma.', 'seized', 'target', 'code', 'COD'),  # a town seized the tagger calls a person
    ('A rebel alliance seized the town of Goma.', 'seized', 'source', 'code', 'CODREB'),  # sectors.tsv rebel alliance
    ('The opposition alliance boycotted the vote.', 'boycotted', 'source', 'code', 'OPP'),
    ('Residents of Mosul protested against the curfew.', 'protested', 'source', 'code', 'IRQCVL'),  # people "of" a place
    ("Sudan's military ruler dissolved the transitional government.", 'dissolved', 'source', 'code', 'SDNGOV'),  # sectors.tsv military ruler
    ('Israeli strikes killed dozens of Gazans.', 'strikes', 'target', 'code', 'PSECVL'),  # demonyms.tsv Gazans
    ('Russian troops withdrew from positions in Kherson.', 'withdrew', 'target', 'code', 'UKR'),  # no one is "in" a person
    ("Niger's military rulers ordered French troops to leave the country.", 'ordered', 'target', 'code', 'FRAMIL'),
    ("A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.", 'set', 'target', 'code', 'RUS'),  # a depot struck in a place
    ('Ukraine hit a Russian airbase in Crimea with long-range missiles.', 'hit', 'target', 'code', 'RUSMIL'),  # holdings.tsv airbase
    ('Russian air defences shot down 20 Ukrainian drones over Belgorod.', 'shot', 'source', 'code', 'RUSMIL'),  # sectors.tsv air defences
    ('Indonesian police shot dead two suspected militants in a raid in Central Java.', 'raid', 'source', 'code', 'IDNCOP'),  # the shooters' raid
    ('Soldiers stormed the presidential palace in La Paz.', 'stormed', 'target', 'code', 'BOLGOV'),  # sites.tsv palace
    ('Protesters set fire to the parliament building in Nairobi.', 'set', 'target', 'code', 'KENLEG'),  # holdings.tsv building
    ('Ethiopian federal troops recaptured the town of Shire from Tigrayan forces.', 'recaptured', 'target', 'code', 'ETHREB'),  # peoples.tsv: a people's armed men
    ('Syrian government troops attacked Kurdish forces near Manbij.', 'attacked', 'target', 'code', 'SYRREB'),  # several countries: the context's
    ('Ethiopian troops clashed with Tigrayan fighters in the north.', 'clashed', 'target', 'code', 'ETHREB'),  # an armed membership noun
    ('Baloch militants attacked a Chinese convoy in Gwadar.', 'attacked', 'source', 'code', 'PAKREB'),  # not China's: where the Baloch live
    ('Syrian Kurdish fighters captured the town.', 'captured', 'source', 'code', 'SYRREB'),  # the country before the people
    ('China has detained more than a million Uyghurs in camps.', 'detained', 'target', 'code', 'CHNCVL'),  # a people: civilians
    ('Israeli police arrested three Druze protesters in Haifa.', 'arrested', 'target', 'name', 'Druze protesters'),  # a modifier, no group
    ('French strikes paralysed transport across the country on Thursday.', 'strikes', 'source', 'code', 'FRALAB'),  # wordsets.tsv @labour
    ('Israeli strikes killed 20 people in Gaza.', 'strikes', 'source', 'code', 'ISRMIL'),  # @harm: force, no walkout
    ("Russian strikes hit a power plant, cutting electricity to workers' homes.", 'strikes', 'source', 'code', 'RUSMIL'),
    ('Militants loyal to the Islamic State attacked a military post in Niger.', 'attacked', 'source', 'code', 'IMGMUSISI'),  # loyal to a group: its own
    ('Fighters loyal to General Khalifa Haftar shelled the airport in Tripoli.', 'shelled', 'source', 'code', 'LBYMIL'),  # loyal to a commander: his side
    ('India and Pakistan traded fire across the Line of Control on Friday.', 'traded', 'target', 'code', 'PAK'),  # triggers.tsv trade fire
    ('Armenia and Azerbaijan exchanged accusations over the shelling.', 'exchanged', 'target', 'code', 'AZE'),  # exchanged accusations
    ('Hamas is holding 100 Israeli hostages in Gaza.', 'hostages', 'target', 'code', 'ISRCVL'),  # a complement noun's modifier names the held
    ('Al-Shabaab held dozens of people hostage.', 'hostage', 'target', 'name', 'people'),  # the small clause's subject is the taken
    ('Four American hostages were killed by their captors.', 'killed', 'source', 'name', 'captors'),  # sectors.tsv captors; not owned
    ('China expressed concern over American arms sales to Taiwan.', 'expressed', 'target', 'code', 'USAGOV'),  # the doer of the act judged, not its receiver
    ('Russia expressed concern over the expansion of NATO.', 'expressed', 'target', 'code', 'IGOWSTNAT'),  # acts.tsv expansion: its "of" phrase
    ('Japan protested against Chinese military activities near the Senkaku islands.', 'protested', 'target', 'code', 'CHNGOV'),  # acts.tsv activity
    ('The council revoked the medical licences of two doctors.', 'revoked', 'target', 'name', 'doctors'),  # cues.tsv papers: the holder
    ('Kenya revoked the work permits of three Chinese journalists.', 'revoked', 'target', 'code', 'CHNMED'),
    ('A journalist was arrested in Cairo after criticising the government.', 'criticising', 'source', 'name', 'journalist'),  # the one arrested
    ('The blogger was jailed for insulting the king.', 'jailed', 'target', 'name', 'blogger'),  # sectors.tsv blogger
    ("Turkey's foreign ministry summoned the Dutch charge d'affaires.", 'summoned', 'target', 'code', 'NLDGOV'),  # triggers.tsv summon d'affaires
    ('Israel warned that it would strike Iran.', 'warned', 'target', 'code', 'IRN'),  # a threat of one's own act: its target
    ('Russia has not ruled out military action against Ukraine.', 'ruled', 'target', 'code', 'UKR'),  # triggers.tsv rule out neg
    ('Hundreds of people gathered outside the embassy chanting anti-American slogans.', 'chanting', 'source', 'name', 'people'),  # cues.tsv voiced
    ("Students staged a sit-in at the university demanding the rector's resignation.", 'demanding', 'source', 'name', 'students'),
    ('Macron praised the courage of Ukrainian soldiers.', 'praised', 'target', 'code', 'UKRMIL'),  # cues.tsv merit: its bearer
    ('The president thanked Qatar for its mediation efforts.', 'thanked', 'source', 'code', 'GOV'),  # no Qatari president thanks Qatar
    ('Security forces killed a suspected militant commander in a shootout.', 'killed', 'target', 'code', 'REB'),  # a generic head takes the sector before it
    ('Unknown gunmen shot dead a local councillor in Mexico.', 'shot', 'target', 'code', 'MEXGOV'),  # sectors.tsv councillor
    ('The Ethiopian government and the TPLF signed a peace deal in Pretoria.', 'signed', 'target', 'code', 'ETHREBTPL'),  # organizations.tsv
    ('Kataib Hezbollah fired rockets at a US base.', 'fired', 'source', 'code', 'IRQREBKTH'),  # the longer name, not Hezbollah
    ('NATO condemned Russian aggression in Ukraine.', 'condemned', 'target', 'code', 'RUSGOV'),  # acts.tsv: hostile conduct of a state
    ('Beijing denounced American provocations in the strait.', 'denounced', 'target', 'code', 'USAGOV'),
    ('Clinton attributed her defeat to Russian hacking.', 'attributed', 'target', 'code', 'RUSGOV'),
    ('Kerry blamed his defeat on a videotape released by Osama bin Laden.', 'blamed', 'target', 'name', 'Osama bin Laden'),  # imputed: its doer
    ('The president praised the work of the police.', 'praised', 'target', 'name', 'police'),  # cues.tsv of_agent work
    ('The minister thanked the efforts of the United Nations.', 'thanked', 'target', 'name', 'United Nations'),
    ('The Syrian army retook the town from rebels.', 'retook', 'target', 'name', 'rebels'),  # site_acts.tsv retake: the holder, not the town
    ('Government forces regained the village from Islamic State fighters.', 'regained', 'target', 'name', 'Islamic State'),  # 192 "from"
    ('Russian forces shelled Ukrainian-held areas near Kherson.', 'shelled', 'target', 'code', 'UKR'),  # held.tsv: the holder
    ('Syrian jets bombed opposition-held Idlib.', 'bombed', 'target', 'code', 'SYROPP'),  # not Idlib's government
    ('Government troops attacked rebel-held towns in the north.', 'attacked', 'target', 'code', 'REB'),
    ('A Moscow court jailed the French researcher.', 'jailed', 'source', 'code', 'RUSJUD'),  # a capital's court: its country's
    ('Kabul police detained the French researcher.', 'detained', 'source', 'code', 'AFGCOP'),  # not the sentence's other country
    ('Iran seized a British-flagged tanker in the Strait of Hormuz.', 'seized', 'target', 'code', 'GBR'),  # held.tsv flagged
    ('"We have arrested the ringleaders," the police chief said.', 'arrested', 'target', 'code', 'CRM'),  # sectors.tsv ringleaders
    ('Fulani herdsmen attacked a village in Benue state.', 'attacked', 'source', 'name', 'Fulani herdsmen'),  # sectors.tsv herdsmen
    ('Students rallied outside parliament to protest against the new law passed by the senate.', 'protest', 'target', 'name', 'senate'),  # law: its doer
    ('The EU criticised the Polish judicial reform.', 'criticised', 'target', 'code', 'POLGOV'),  # acts.tsv reform
    ('A 25-year-old Paris, Missouri, man was arrested on Friday.', 'arrested', 'target', 'code', 'USACVL'),  # the town's country, as resolved
    ('The bombardment of opposition-held Idlib continued.', 'bombardment', 'target', 'code', 'SYROPP'),  # held.tsv on a noun's phrase
    ('Two Palestinians were killed by Israeli fire in Jenin.', 'killed', 'source', 'code', 'ISRMIL'),  # wordsets.tsv shooter: gunfire, no blaze
    ('The Kremlin warned NATO against deploying troops to Ukraine.', 'deploying', 'source', 'code', 'IGOWSTNAT'),  # warned X against doing: X would do it
    ('John LaSalle was arrested on suspicion of drunk driving. Police say he drank so much his blood alcohol level was five times the limit.', 'say', 'target', 'name', 'John LaSalle'),  # police allege it of a suspect
    ('The man was booked into the county jail on charges of assault.', 'booked', 'target', 'code', 'CRM'),  # roles.tsv held book: a suspect
    ('Germany said the ban on Mahan Air is not part of the sanctions.', 'ban', 'target', 'name', 'Mahan Air'),  # an unknown firm acted on after "on" is no place
    ('Last week a new allegation surfaced from a woman who worked for the senator.', 'allegation', 'source', 'name', 'woman'),  # cues.tsv origin surface: an act coming from its doer
    ('John Smith was involved in protests against the war.', 'protests', 'source', 'name', 'John Smith'),  # one involved in acts took part in them
    ('Sabrina Bennoui of RSF condemned the killing of the journalist. Reporters Without Borders has counted 20 such murders this year.', 'condemned', 'source', 'code', 'NGOHRI'),  # a shared abbreviation is the body the text names in full
    ('Germany on Monday banned Iranian airline Mahan Air from flying in the country.', 'banned', 'target', 'code', 'IRNBUS'),  # a firm's name read as a building, after "airline"
    ('A think tank criticised the plan.', 'criticised', 'source', 'code', 'NGO'),  # sectors.tsv
    ('Protesters attacked a television crew near the square.', 'attacked', 'target', 'code', 'MED'),
    ('John Timmons was arrested on suspicion of murder on Friday. Prosecutor David Rossi said Timmons shot his neighbour.', 'said', 'target', 'name', 'John Timmons'),  # a named prosecutor's allegation (syntax.subject_lemmas)
    ('Turkish officials said rogue operatives within the Saudi government committed the murder.', 'murder', 'source', 'code', 'SAUGOV'),  # members of a body act for it
    ('Prince Harry and Meghan Markle spoke to Oprah Winfrey on Sunday. The couple criticised the palace.', 'criticised', 'source', 'name', 'Prince Harry'),  # pronouns.tsv pair: "the couple"
    ('US intelligence agencies accused Russia of interfering in the election.', 'accused', 'source', 'code', 'USASPY'),  # sectors.tsv intelligence agencies
    ('The ministry of health gave a few masks to the workers.', 'gave', 'source', 'code', 'GOV'),  # a lower-case "ministry of health" is no name: the ministry stays
    ('Police said Jermayne Smith, 17, was arrested. "Jermayne fired the shot," he said.', 'fired', 'source', 'name', 'Jermayne Smith'),  # a first name the tagger reads as a product
    ('Thousands of protesters gathered outside the building. As they tried to storm parliament, police fired tear gas.', 'storm', 'source', 'code', 'CVL'),  # "they": the subject before, not the police ahead
    ('The House of Representatives issued a subpoena for records from the Pentagon.', 'subpoena', 'source', 'code', 'USALEG'),  # the light verb's subject asks
    ('The House of Representatives issued a subpoena for records from the Pentagon.', 'subpoena', 'target', 'code', 'USAMIL'),  # the "from" of what is asked for is asked
    ('The judge rejected requests for leniency from his lawyers.', 'requests', 'source', 'code', 'CVL'),  # no light verb: they asked
    ('Regarding Smith, police said they arrested him on Monday.', 'arrested', 'target', 'name', 'Smith'),  # a preposition the tagger took into the name
    ('Police said 500 marched through the city on Sunday.', 'marched', 'source', 'code', 'CVL'),  # a crowd counted in figures protests (context.tsv crowd_figure)
    ('In Athens, 10,000 gathered for an anti-government demonstration.', 'demonstration', 'source', 'code', 'GRCCVL'),  # gathered for a protest
    ('Smith is reported to have been killed by rebels.', 'killed', 'target', 'name', 'Smith'),  # a raised subject: the passive complement's patient
    ('Litvinenko was believed to have been poisoned.', 'poisoned', 'target', 'name', 'Litvinenko'),  # (and a row's object)
    ('A gunman shot the ambassador Andrei Karlov in Ankara. The gunman engaged in a shootout with police before he was killed.', 'killed', 'target', 'name', 'gunman'),  # "he" in a clause hung on the gunman's: the gunman
    ('Nichols took the woman captive and raped her in August 2004.', 'took', 'target', 'name', 'woman'),  # "took X captive": the small clause's complement
    ('Nichols took the woman captive and raped her in August 2004.', 'raped', 'target', 'name', 'woman'),  # "her" is not the subject its conjoined verb shares
    ('Iran is in talks with the United States.', 'talks', 'source', 'code', 'IRN'),  # "is in talks with": the subject holds them
    ('The ministry is in contact with the embassy.', 'contact', 'target', 'code', 'GOV'),  # in contact, communication or touch with someone
    ('The insults Jane Smith has received are vile.', 'insults', 'target', 'name', 'Jane Smith'),  # a relative clause of receiving with the act as its missing object
    ('The criticism Trump received from Democrats was harsh.', 'criticism', 'target', 'name', 'Donald Trump'),  # ... and its "from" phrase the doer
    ('The criticism Trump received from Democrats was harsh.', 'criticism', 'source', 'code', 'USAPTY'),
    ('The sanctions that Russia faces are severe.', 'sanctions', 'target', 'code', 'RUS'),  # a relative clause of undergoing
    ('Freddie Gray was shot on Sunday. After the shooting Gray was rushed to a hospital.', 'shooting', 'target', 'name', 'Freddie Gray'),  # taken to hospital after an attack (cues.tsv care_place)
    ('After the stabbing, paramedics took John Smith to hospital.', 'stabbing', 'target', 'name', 'John Smith'),
    ('An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night.', 'stabbed', 'target', 'name', 'Paweł Adamowicz'),  # a clause the parser split at "after": its subject read as the phrase's object
    ('The suspect was arrested after John Smith, a local shopkeeper, had attacked him.', 'attacked', 'source', 'name', 'John Smith'),
    ('Abdul-Mahdi spoke out against the attack, calling it a violation.', 'spoke', 'source', 'name', 'Adil Abdul-Mahdi'),  # speaking out against something is criticism
    ('Smith was jailed for defaming the ministry.', 'defaming', 'target', 'code', 'GOV'),  # defamation, disrespect, betrayal and trolling are criticism
    ('Trump stepped up his trolling of Biden.', 'trolling', 'target', 'name', 'Joe Biden'),
    ('Environmentalists have tussled with the Bush administration.', 'tussled', 'target', 'code', 'GOV'),  # a tussle with someone is a quarrel
    ('Anti-government forces attacked the town of Idlib.', 'attacked', 'source', 'code', 'SYRREB'),  # armed men against the state are rebels
    ('The incident involving Nikoloz Basilashvili is currently under police investigation.', 'investigation', 'target', 'name', 'Nikoloz Basilashvili'),  # an incident involving someone stands for them
    ('The U.S. Army has been flying relief missions to Haiti.', 'missions', 'source', 'code', 'USAMIL'),  # "fly" lends its subject to the missions flown
    ("Christopher Simpson was charged in the shooting death of his girlfriend Jane Flynn.", "death", "source", "name", "Christopher Simpson"),  # the one charged in an act is its suspected doer (cues.tsv charged_in)
    ("Police arrested a Spiro man in the 2012 shooting death of Ka'Loni Flynn.", "death", "source", "name", "man"),
    ("John Smith was jailed for the murder of his wife.", "murder", "source", "name", "John Smith"),
    ("Mary Smith told an assistant pastor she was sorry.", "was", "target", "code", "REL"),  # an apology is made to the one told
    ('The South African Red Cross has sent medical aid to Zimbabwe.', 'sent', 'source', 'code', 'ZAFNGO'),  # a country's Red Cross is its national society (actors/chapters.tsv)
    ('The Red Cross has sent medical aid to Zimbabwe.', 'sent', 'source', 'code', 'NGOHLH'),  # the Red Cross alone is the committee
    ("John Doe, a convicted rapist recaptured last month after eight days on the run, was sentenced.", "recaptured", "target", "name",
     "John Doe"),  # a reduced relative the tagger read as a past tense (syntax.mistagged_participle)
    ("The World Health Organization sent aid to Peru. The agency also criticised Brazil.", "criticised", "source", "code",
     "IGOWHO"),  # "the agency": an international body named before (actors/descriptions.tsv)
    ("The FBI reopened the case. The agency criticised Clinton on Monday.", "criticised", "source", "name",
     "Federal Bureau of Investigation"),
    ("Mokha is calmer than other parts of Yemen, since it was recaptured from Houthis in 2017.", "recaptured", "target", "code",
     "YEMREBHOU"),  # ground taken from a holder named: the holder, not the place's country
    ("The capital, Sanaa, fell under Houthi control in 2014.", "fell", "source", "code", "YEMREBHOU"),  # cues.tsv fall_to
    ("A resident of Antioch, Illinois, Kyle Rittenhouse is accused of shooting two protesters.", "shooting", "source", "name",
     "Kyle Rittenhouse"),  # a description fronted as the name's apposition (syntax.named_first)
    ("A former police officer, Derek Chauvin was convicted of murder.", "convicted", "target", "name", "Derek Chauvin"),
    ("Fredys Cerrato, Trade Minister of Honduras, called on the FDA to publicize details.", "called", "source", "code",
     "HNDGOV"),  # a name read as an organisation, a person's title in apposition after it (actors._misread_person)
    ("Amnesty International, a rights group, criticised Mexico.", "criticised", "source", "code", "NGOHRI"),
    ("The team is awaiting a case involving wide receiver Vincent Jackson, arrested Jan. 6 in Clairemont on suspicion of"
     " drunk driving.", "arrested", "target", "name", "Vincent Jackson"),  # a participle the parser conjoined (syntax.comma_participle)
    ("Mosul fell to Islamic State fighters in 2014.", "fell", "source", "name", "Islamic State"),
    ("On Friday in Lahore, Ahmed Raza, cousin of the singer, was sentenced to life in prison by a court.", "sentenced",
     "target", "name", "Ahmed Raza"),  # a subject conjoined to a fronted place (syntax.swallowed_subject)
    ("Donations from Germany and Austria are being held by customs officials.", "Donations", "source",
     "name", "Germany"),  # what a noun's own "from" phrase names comes before what it is said to be done by
    ("Han Lee was arraigned in Boston's U.S. District Court on Wednesday. The Justice Department said he faces ten"
     " years in prison.", "arraigned", "source", "name", "court"),  # the implied agent its own clause names
    ("Protesters gathered where the parents of Sean Bell — an unarmed man fatally shot by police in Queens — were"
     " waiting.", "shot", "target", "name", "Sean Bell"),  # a description hung on the plural (syntax.stray_description)
    ("Nichols escaped by overpowering his guard, sheriff's Deputy Cynthia Hall, beating her.", "overpowering", "target",
     "name", "Cynthia Hall"),  # a name after the object the parser hung elsewhere (syntax.detached_apposition)
    ("In mid-July, Kushner, on behalf of the president, helped negotiate a truce between Serbia and Kosovo.", "negotiate",
     "source", "name", "Jared Kushner"),  # the subject hung on a fronted date (syntax.dated_subject)
    ("October 14: ARRESTS – A female juvenile, 15, Pana, was arrested for aggravated battery and criminal damage.",
     "arrested", "target", "name", "juvenile"),  # a police log's date and heading before its subject
    ("John Walters, on behalf of the White House, helped broker a deal between Israel and Bahrain.", "broker", "source",
     "name", "John Walters"),  # "on behalf of": whom he acts for, not one asked to act (syntax.verb_subject)
    ("The minister helped on Tuesday to broker a deal between Israel and Bahrain.", "broker", "source", "name", "minister"),
    ("Egypt accused Hamas of firing from schools, and said the Islamist movement could end the war by halting its rocket"
     " attacks on Egypt.", "attacks", "source", "name", "Hamas"),  # its: not the one the attacks are on (actors._aimed_at)
    ("The union went ahead with the strike despite the court ban.", "strike", "source", "name", "union"),  # cues.tsv pursue_ahead
    ("The Senate is moving forward with an impeachment inquiry.", "inquiry", "source", "name", "Senate"),
    ("The government proceeded with the deportation of the migrants.", "deportation", "source", "name", "government"),
    ("A swathe of police descended on the scene to investigate the shooting.", "investigate", "source", "name", "police"),  # a
    ("A horde of protesters stormed the building.", "stormed", "source", "name", "protesters"),  # count of people (pronouns.tsv part_of)
    ("Nine countries have promised to send ten percent of their vaccine supply to other countries.", "promised", "target", "name",
     "other countries"),  # not the same countries (actors: "other" and "another" make a group of their own)
    ("A soldier was killed on Monday. Another soldier was wounded in the attack.", "wounded", "target", "name", "another soldier"),
    ("The ministry approved the rules on Monday.\n\nHours after the announcement, three environmental groups, Greenpeace, "
     "the Sierra Club and Earthjustice, filed a lawsuit in federal court.", "filed", "source", "name", "Greenpeace"),
    # (syntax.named_first: a stretch of time the parser made a second subject is no actor; cues.tsv span)
    ("Erdogan underlined the call for cooperation with Greece.", "call", "source", "code", "TURGOV"),  # cues.tsv light
    ("Previewing the meeting today between Obama and Trump, Earnest said Obama would talk to Trump.", "meeting", "target",
     "name", "Donald Trump"),  # (syntax.between: the parser hung the "between" phrase on the verb)
    ("Vice President Joe Biden and President Barack Obama spoke on Monday. The president later met Angela Merkel.", "met",
     "source", "name", "Barack Obama"),  # the vice president holds another office (roles.tsv lesser)
    ("President Donald Trump signed the order in 2020. President Joe Biden revoked it in January. The president later "
     "met Angela Merkel.", "met", "source", "name", "Joe Biden"),  # the one holding the office on the day
    ('Trump met President Barack Obama on Thursday. "We discussed a lot. I look forward to dealing with the president in the '
     'future." "It was a great honor being with you," he added, calling Obama "a very good man."', "calling", "source", "name",
     "Donald Trump"),  # a subject pronoun after a closing quote: its speaker, not one the quotes name (actors._pronouns)
    ("The gunman got into a shootout with police.", "shootout", "source", "name", "gunman"),  # cues.tsv enter_into
    ("The gunman got into a shootout with police.", "shootout", "target", "name", "police"),  # (reciprocal: with each other)
    ("Rebels took part in the attack on the army base.", "attack", "source", "name", "rebels"),  # a part taken in it
    ("Russia played a key role in the bombing of Aleppo.", "bombing", "source", "code", "RUS"),
    ("Alexander Litvinenko, reputed to have been a spy, died in London. He had accused Putin of ordering the killing.",
     "accused", "source", "code", "SPY"),  # what a clause of hearsay calls him (roles.tsv reputed)
    ("Abu Omar is said to be a senior commander of the Taliban. He ordered the attack.", "attack", "source", "code",
     "AFGINSTAL"),
    ("Alexander Litvinenko, an Ex-Russian spy, died in London. He had accused Putin of ordering the killing.", "accused",
     "source", "code", "RUSELI"),  # "Ex-Russian": a former Russian official (the people's word is no part of a longer name)
    ("He said he did not mean to shoot the ladies.", "shoot", "target", "name", "ladies"),  # sectors.tsv
    ("The count ended. Kamala Harris (pictured after giving her concession speech) has blamed Attorney General William Barr "
     "for her election defeat.", "blamed", "source", "name", "Kamala Harris"),  # syntax.bracketed_subject
    ("Mendez said there was a lack of transparency in the count and urged the crowd to stay.", "urged",
     "source", "name", "Mendez"),  # nothing shares "there": the second verb is the saying's
    ('Egyptian Foreign Minister Sameh Shoukry speaking to a think tank called the deal "null and void" and "ridiculous".',
     "called", "source", "name", "Sameh Shoukry"),  # syntax.participle_rooted
    ('On Monday, Egyptian Foreign Minister Sameh Shoukry speaking to a think tank called the deal "null and void" and "ridiculous".',
     "called", "source", "name", "Sameh Shoukry"),  # (the participle the root)
    ("The Kremlin denies US claims that Russian hackers stole the emails.", "denies", "target", "code", "USA"),
    ("The United Nations on Wednesday denied Israel Defense Forces claims that there were gunmen in the school.",
     "denied", "target", "code", "ISRMIL"),  # the claims' owner, read by the parser as the subject of "claims"
    ("Obama spoke of his signature law. Following his meeting with Ryan, Trump conferred with Senate Majority Leader "
     "Mitch McConnell in his office.", "meeting", "source", "name", "Donald Trump"),  # actors._after_fronted_phrase
    ("The Japanese government pledged 10 million dollars after the earthquake. On Friday the country promised a "
     "further 5 million dollars.", "promised", "source", "code", "JPNGOV"),  # "the country": the government before it
    ("The US Treasury sanctioned three Iranian officials on Tuesday.", "sanctioned", "source", "code", "USAGOV"),  # sectors.tsv
    ("Turkey threatened to launch a new offensive against Kurdish militias in Syria.", "threatened", "target", "name",
     "Kurdish militias"),  # the control verb's target is its complement's, the act object's own ("an offensive against X")
    ("Militants attacked a checkpoint manned by Afghan soldiers.", "attacked", "target", "code", "AFGMIL"),  # held.tsv
    ("Clinton blamed the FBI inquiry into her email system for her defeat.", "inquiry", "source", "name",
     "Federal Bureau of Investigation"),  # a judged act with a doer named is no restatement of the judgement
    ("Clinton blamed the FBI inquiry into her email system for her defeat.", "inquiry", "target", "name", "Hillary Clinton"),
    ("An investigation into Anthony Weiner's explicit messages with a 15-year-old girl sparked the reopening of the case.",
     "investigation", "target", "name", "Anthony Weiner"),  # what it looks into, not the "with" of that thing
    ("President Barack Obama was briefed by his national security team on Monday.", "briefed", "source", "code",
     "USAGOV"),  # sectors.tsv
    ("Abdulkader had begun by July 2014 expressing support for the Islamic State on Twitter, according to prosecutors.",
     "expressing", "target", "code", "IMGMUSISI"),  # the platform it is said on is no target, nor hides the one that is
    ("His support for the Islamic State on Twitter alarmed officials.", "support", "target", "code", "IMGMUSISI"),
    ("British Prime Minister Theresa May congratulated Trump on his victory. Trump invited May to visit him as soon as "
     "possible.", "invited", "target", "name", "Theresa May"),  # a surname that is a month, read as a date (actors._undated)
    ("A body language expert has analysed President Barack Obama and Donald Trump's mannerisms during their meeting at "
     "the White House.", "meeting", "target", "name", "Donald Trump"),  # "X and Y's N": the pair "their" stands for
    ("China renewed its threat to invade Taiwan.", "threat", "target", "code", "TWN"),  # whom the act threatened is done to
    ("Obama criticised his threat to ban Muslims entering the States.", "threat", "target", "name", "muslims"),
    ("Clinton faced a tangle of congressional investigations into her email server.", "investigations", "target", "name",
     "Hillary Clinton"),  # the "into" the parser hung on the word above the inquiry
    ("Japan stopped imports from Russia.", "stopped", "target", "code", "RUS"),  # where stopped traffic comes from
    ("Poultry imports were stopped from Russia.", "stopped", "target", "code", "RUS"),  # (the "from" on the verb)
    ("Rebel drones struck a refinery belonging to Gazprom.", "struck", "target", "name", "Gazprom"),  # a holding's owner
    ("Two depots belonging to the Syrian army were hit by missiles.", "hit", "target", "code", "SYRMIL"),
    ("The FBI cleared Clinton in its email review.", "review", "target", "name", "Hillary Clinton"),  # whom it acts on in it
    ("Prosecutors interviewed Senator Smith in the bribery investigation.", "investigation", "target", "name", "Smith"),
    ("The army was on the verge of attacking the town.", "attacking", "source", "name", "army"),  # the one on the verge
    ("Iran took aim at Saudi Arabia.", "took", "target", "code", "SAU"),  # aimed.tsv aim, the verb's object
    ("Rebels regained most of the towns from the army.", "regained", "target", "code", "MIL"),  # what "most" counts
    ("The army wrested control of the city from the rebels.", "wrested", "target", "code", "REB"),
    ("The officer was charged with the illegal use of his weapon over the killing of Ali Hassan.", "killing", "source",
     "name", "officer"),  # the "over" the parser hung on the charge
    ("A man about to be indicted by the Justice Department died on Tuesday.", "indicted", "target", "name", "man"),
    ("A soldier about to attack the police was arrested.", "attack", "source", "name", "soldier"),  # "about to"
    ("Spain has been removed from the French government's list of travel corridors.", "removed", "source", "code",
     "FRAGOV"),  # the list's keeper
    ("Police have charged 30 - year - old Mark Daly with two counts of murder in the May 2015 shooting death of "
     "19 - year - old Ann Lee of Tulsa.", "shooting", "target", "name", "Ann Lee"),  # the death's "of" (parsed as an object)
    ("Protesters rallied outside the Israeli embassy in London.", "rallied", "source", "code", "GBRCVL"),  # no vote abroad
    ("Argentine President Alberto Fernández will send the bill to the National Congress. Protests were held in "
     "Argentina's capital, and the National Congress criticised the police.", "criticised", "source", "code",
     "ARGLEG"),  # context.tsv shared: Argentina's, not the US Congress
])
def test_one_argument_rule(text, trigger, role, attr, expected):
    art = run(text)
    assert getattr(actor(art, getattr(event(art, trigger), role)), attr) == expected


@pytest.mark.parametrize("text,trigger,target", [
    ("A gang member has confessed to killing a pregnant mother.", "confessed", None),  # cues.tsv confess
    ("The man pleaded guilty to assaulting a police officer.", "pleaded", None),
    ("The family alleged that relatives were prevented from visiting.", "alleged", None),  # not who it was done to
    ("The family alleged that the boy was beaten by police.", "alleged", "police"),  # but who did it
    ("The United Nations condemned the violence against Rohingya Muslims.", "condemned", None),  # judged harm: not its victims
    ("Three people were killed during the protests.", "protests", None),  # protests are not aimed at those killed in them
    ("Azerbaijan launched a military offensive in Nagorno-Karabakh.", "launched", None),  # "military": the kind of act
    ("The candidate endorsed an audit of the Federal Reserve.", "endorsed", None),  # supporting an act done to X: not X
    ("The union backed the release of the detained activists.", "backed", None),
    ("The group called for the killers of Khashoggi to be brought to justice.", "called", None),  # a request's passive clause asks no one named
    ("Israel has demanded that Hamas be prevented from rearming.", "demanded", None),
    ("The mayor urged for the National Guard to be brought in.", "urged", None),
    ("Hamas has fired mortars and rockets from schools.", "fired", None),  # where the shot came from (cues.tsv launch)
    ("Gunmen shot at police from a rooftop.", "shot", "police"),
])
def test_a_confession_an_allegation_or_a_warning_does_not_target_whom_its_clause_harms(text, trigger, target):
    art = run(text)
    e = event(art, trigger)
    assert (actor(art, e.target).name if e.target else None) == target, dyads(art)


@pytest.mark.parametrize("text, trigger, role, code", [
    # a state objecting to an arrest is not its implied doer; with no state objecting, the police of the place are
    ("Beijing voiced anger over the arrest of its citizens.", "arrest", "source", None),
    ("The opposition condemned the arrest of its leader in Nairobi.", "arrest", "source", "KENCOP"),
    # a place someone is sent to names no implied agent; a place an arrest is made in does
    ("Two Iranian nationals were extradited to the United States.", "extradited", "source", None),
    ("Two activists were arrested in Minsk.", "arrested", "source", "BLRCOP"),
    # a withdrawal leaves the place its own clause names, not where a speaker said it should withdraw
    ('"Russia must withdraw its troops," Blinken told reporters in Brussels.', "withdraw", "target", None),
    ("Russia withdrew its troops from Syria.", "withdrew", "target", "SYR"),
    # who shot someone during a demonstration did not demonstrate
    ("A student was shot by a police officer during a demonstration in Athens.", "demonstration", "source", None),
    # a letter found does not speak for its finder; who vetoes a resolution does not say what it says
    ("Police found a letter that threatened the mayor.", "threatened", "source", None),
    ("Russia vetoed a resolution condemning the annexation.", "condemning", "source", None),
    # the tagger labels "Viktar Babaryka" an organisation: a given name (given_names.tsv) and "who" name a person
    ("Maria Kalesnikava headed the campaign of Viktar Babaryka, who was arrested in Minsk and banned from the election.",
     "arrested", "target", "BLRCVL"),
    # who stops an attempt did not make it (cues.tsv stopper), unless the attempt is theirs by name
    ("Officers foiled an attempt to storm the embassy.", "storm", "source", None),
    ("Officers foiled an attempt by protesters to storm the embassy.", "storm", "source", "CVL"),
    # cues.tsv manner: a formal inquiry, not officials'; the House going forward with it holds it (cues.tsv pursue_ahead)
    ("Pelosi said the House is moving forward with an official impeachment inquiry.", "inquiry", "source", "LEG"),
    ("Judge Marrero dismissed the president's lawsuit.", "lawsuit", "target", None),  # cues.tsv adjudicator: a court rules on a suit, it is not aimed at the court
    ("The company dismissed the lawsuit as baseless.", "lawsuit", "target", "BUS"),  # one who answers a suit is its target
    ("There have been high-profile school shootings like the one in Parkland.", "shootings", "source", None),  # a site compounded before a violent act is where it was done
    ("After the shooting, police officers went to the hospital.", "shooting", "target", None),  # going to a hospital is no sign of harm
    ("The sanctions that Russia imposed hurt.", "sanctions", "target", None),  # a relative clause of imposing says who did it, not who underwent it
    ("John Smith told reporters he was sorry for the remarks.", "was", "target", None),  # ... not to reporters told of it
    ("Mosul fell to Islamic State fighters in 2014.", "fell", "target", None),  # a place lost is no target (cues.tsv fall_to)
    ("Parliament cannot meet for five weeks. Members of the House of Commons protested by shouting \"shame on you!\""
     " and holding signs which read \"silenced\" on Monday.", "protested", "target", None),  # "by shouting": no passive's "by"
    ("Parliament cannot meet for five weeks. Members of the House of Commons protested by shouting \"shame on you!\""
     " and holding signs which read \"silenced\" on Monday.", "protested", "source", "GBRLEG"),
    # a force named after a town the article's country (here Mexico's, by its mentions) has none of is that town's
    ("Gomez, a native of Mexico, was arrested by Danbury police on Monday. He moved from Mexico in 2002.", "arrested",
     "source", "USACOP"),
    # a rank after "Deputy" is a sheriff's deputy's (roles.tsv), not the army's sergeant
    ("A gunman killed Deputy Sgt. Ronald Marsh outside the courthouse in Dayton.", "killed", "target", "USACOP"),
    # the United Kingdom's ministries named without their country (organizations.tsv); Germany's has its own name
    ("The Foreign Office asked Moscow for an explanation of the poisoning.", "asked", "source", "GBRGOV"),
    ("Germany's Federal Foreign Office summoned the Russian ambassador.", "summoned", "source", "DEUGOV"),
    # the monarch's household speaks for the state, as Downing Street does (countries_extra.tsv seat), and "the palace"
    # after it is the same (pronouns.tsv named_again)
    ("Buckingham Palace criticised the broadcaster on Monday. The palace later rejected the claims made in the interview.",
     "rejected", "source", "GBRGOV"),
])
def test_an_argument_named_or_left_empty(text, trigger, role, code):
    art = run(text)
    aid = getattr(event(art, trigger), role)
    assert (actor(art, aid).code if aid else None) == code, dyads(art)



def test_both_alone_as_a_subject_stands_for_the_pair_named_before():
    art = run("Mitt Romney and Nikki Haley were named on Friday. Both have been brutally criticized by Donald Trump.")
    targets = {actor(art, e.target).name for e in art.events if e.trigger.text == "criticized" and e.target}
    assert targets == {"Mitt Romney", "Nikki Haley"}, dyads(art)


def test_arrests_in_a_raid_make_no_raiders_of_the_arrested():
    art = run("Police arrested five people in a raid on a militant hideout.")
    assert not any(e.source and actor(art, e.source).name == "people" for e in art.events), dyads(art)


def test_the_coalition_again_is_the_one_that_led_it():
    """pronouns.tsv named_again: "the coalition" after "the Saudi-led coalition" is Saudi Arabia."""
    art = run("The Saudi-led coalition bombed a bus in Saada. The coalition later bombed a hospital in Hodeidah.")
    sources = [actor(art, e.source).code for e in art.events if e.trigger.text == "bombed"]
    assert sources == ["SAU", "SAU"], dyads(art)
    assert not [e for e in run("The coalition government collapsed on Monday.").events if e.source]


def test_a_game_against_a_capital_names_no_government():
    """A capital after "with" or "against" is its government only in an act ("sanctions against Moscow")."""
    art = run("The 76ers lost the game against Washington on Saturday.")
    assert not any(a.code == "USAGOV" for a in art.actors), [(a.name, a.code) for a in art.actors]


def test_a_nationality_before_a_noun_of_suffering_names_its_civilians():
    """"Palestinian deaths", "Afghan casualties": the people who suffered them, not a state acting."""
    art = run("Rights groups expressed outrage over Palestinian deaths in Gaza.")
    assert "PSECVL" in {a.code for a in art.actors} and "PSEMIL" not in {a.code for a in art.actors}


def test_a_relative_clause_on_an_act_in_apposition_is_not_the_anchors_act():
    """"X agreed to exchange prisoners, a deal that could free detainees": the deal frees them, not the
    prisoners the deal is set beside; a person in apposition still is who the clause speaks of."""
    art = run("Both delegations agreed to exchange prisoners, a deal that could free thousands of detainees.")
    assert event(art, "free").source is None
    art = run("Police arrested John Smith, a lawyer who defended the protesters.")
    assert actor(art, event(art, "defended").source).name == "John Smith"


def test_a_subject_pronoun_continues_the_last_sentences_subject():
    art = run("Donald Trump met Emmanuel Macron in Paris on Monday. He criticised China.")
    assert actor(art, event(art, "criticised").source).name == "Donald Trump"


@pytest.mark.parametrize("text,trigger,source", [
    ("Paul Ryan spoke on Sunday. Although Ryan has had spats with Donald Trump for months, he urged Americans "
     "to vote for the businessman.", "urged", "Paul Ryan"),
    ("When Barack Obama met Donald Trump on Thursday, he praised the president-elect.", "praised", "Barack Obama"),
])
def test_a_subject_pronoun_after_a_fronted_clause_is_that_clauses_subject(text, trigger, source):
    """actors._fronted_subject: not the person the fronted clause names in passing."""
    art = run(text)
    assert actor(art, event(art, trigger).source).name == source, dyads(art)


def test_an_institution_noun_does_not_name_an_unknown_organisation():
    art = run("The Archbishop of Gdansk prayed on Monday. Later he visited the hospital.")
    assert not any(a.sectors == ["HLH"] and "Archbishop" in a.name for a in art.actors)


def test_they_may_stand_for_an_organisation_when_no_group_fits():
    art = run("The Iranian Chess Federation met on Monday. They banned Ali Reza from the national team.")
    assert actor(art, event(art, "banned").source).code == "IRNNGO"


def test_a_capitalised_description_stands_for_the_name_it_heads():
    art = run("The House of Representatives met on Wednesday. The House condemned President Donald Trump.")
    assert actor(art, event(art, "condemned").source).code == "USALEG"
    art = run("Police searched the offices of Ahmed Ali in Mombasa. The house was later raided by the army.")
    assert not any(a.code == "USALEG" for a in art.actors)


def test_a_plan_of_doing_is_its_owners_and_intended():
    art = run("The government of Kenya announced a plan of arresting opposition leaders.")
    arresting = event(art, "arresting")
    assert actor(art, arresting.source).code == "KENGOV" and arresting.status == "intended"


def test_a_heading_in_capitals_is_no_actor():
    art = run("October 25: ARRESTS – Chad Hull, 37, Bulpitt, was arrested by Kincaid police.")
    assert not any(a.name == "ARRESTS" for a in art.actors)


def test_without_a_majority_country_the_one_the_title_names_first_is_the_articles():
    text = ("Kenyan lawmakers voted in Nairobi on Sunday to expel Ugandan troops from Kenya. Uganda and the "
            "United States objected to the vote. The parliament blamed the United States.")
    art = CONTEXT.annotate([Article(id="t", text=text, title="Kenyan parliament votes to expel Ugandan troops")],
                           [datetime.fromisoformat("2021-03-04T10:00:00")])[0]
    assert actor(art, event(art, "blamed").source).code == "KENLEG"
    untitled = run(text)  # the same body with no title: no country is the article's
    assert actor(untitled, event(untitled, "blamed").source).country is None


def test_he_inside_a_quote_is_not_its_speaker():
    for text in ('President Trump proposed a wall. Senator Dick Durbin said: "He ignores the law."',
                 'President Trump proposed a wall. Senator Dick Durbin objected. "He ignores the law," Durbin said.'):
        art = run(text)
        he = text.index("He ")
        trump = next(a for a in art.actors if a.name == "Donald Trump")
        durbin = next(a for a in art.actors if a.name == "Dick Durbin")
        assert [he, he + 2] in trump.mentions and [he, he + 2] not in durbin.mentions, text


def test_each_other_is_one_event_each_way():
    art = run("Armenia and Azerbaijan accused each other of shelling civilian areas.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "accused"} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_pronoun_in_a_fronted_phrase_points_ahead_to_the_subject():
    art = run("Donald Trump spoke on Monday. In his speech in Brussels, Joe Biden criticised China.")
    his = art.text.index("his")
    biden = next(a for a in art.actors if a.name == "Joe Biden")
    assert [his, his + 3] in biden.mentions
    art = run("Donald Trump met Angela Merkel. In his speech, he criticised her.")  # a pronoun subject: as before
    assert actor(art, event(art, "criticised").target).name == "Angela Merkel"
    art = run("Kenya criticised the decision. In its statement on Monday, the Ugandan government accused Kenya of spying.")
    its = art.text.index("its")
    assert [its, its + 3] in next(a for a in art.actors if a.code == "UGAGOV").mentions


def test_a_destination_is_no_actor_unless_the_going_is_banned():
    art = run("Tourists flew to Cuba on Friday. The airline added flights to Cuba.")
    assert not any(a.name == "Cuba" for a in art.actors)  # destinations: places
    art = run("The government announced a ban on travel to Cuba.")
    assert any(a.name == "Cuba" and a.code == "CUB" for a in art.actors)


def test_the_doers_own_things_are_not_targets():
    """A possessive pronoun on the thing acted on is mostly the doer's own ("extended its order"),
    and a request told to reporters is not made to them."""
    art = run("The governor of Ohio extended her stay-at-home order on Monday.")
    assert all(e.target is None for e in art.events), dyads(art)
    art = run("Speaking at the UN, she told reporters, calling for the killers of the journalist to be punished.")
    assert all(actor(art, e.target).name != "reporters" for e in art.events if e.target), dyads(art)


def test_the_one_asked_is_a_requests_target_even_unnamed():
    """"urged my colleagues to submit it to the states": the request is made to the colleagues, so
    the target of what they are asked to do is not the request's target."""
    art = run("I urge my colleagues to submit the amendment to the states.")
    assert event(art, "urge").target is None or actor(art, event(art, "urge").target).name != "states"
    art = run("The senator urged the governor to send the bill to the states.")  # a named one asked: as before
    assert actor(art, event(art, "urged").target).name == "governor"


def test_a_participle_that_judges_an_act_names_no_doer():
    """"the attack, condemned by the White House": the White House condemned it, it did not attack."""
    art = run("The attack, condemned by the White House and the United Nations, was another sign of instability.")
    assert event(art, "attack").source is None
    assert actor(art, event(art, "condemned").source).code in ("USAGOV", "IGOUNO")
    art = run("The attack, carried out by Houthi rebels, killed five soldiers.")  # a doer's participle: as before
    assert actor(art, event(art, "attack").source).code.startswith("YEMREB")


def test_a_general_practice_has_no_particular_doer():
    """"commonly involved in accident probes": probes in general, not an act the board did."""
    art = run("The safety board, commonly involved in major highway accident probes, was absent.")
    assert all(e.source is None for e in art.events if e.trigger.text == "probes"), dyads(art)


def test_rejecting_a_deal_is_no_party_to_it():
    """Answering a demand, accusation or threat makes one its target; rejecting a deal does not."""
    art = run("The Palestinians rejected the deal as a betrayal.")
    assert all(e.target is None for e in art.events if e.trigger.text == "deal"), dyads(art)
    art = run("China rejected the demands of the United States.")
    assert actor(art, event(art, "demands").target).name == "China"


def test_a_list_the_parser_reads_as_an_apposition_is_one_event_per_item():
    # "A, B, C and D" is parsed as B in apposition to A, C and D coordinated with B
    art = run("Cassandra Rivera, Elizabeth Ramirez, Kristie Mayhugh and Anna Vasquez were sentenced to prison "
              "in San Antonio in 1998.")
    assert sorted(actor(art, e.target).name for e in art.events if e.trigger.text == "sentenced") == [
        "Anna Vasquez", "Cassandra Rivera", "Elizabeth Ramirez", "Kristie Mayhugh"]


def test_a_description_in_apposition_is_no_list():
    art = run("John Smith, a lawyer and activist, was arrested by police in Nairobi on Friday.")
    assert [actor(art, e.target).name for e in art.events if e.trigger.text == "arrested"] == ["John Smith"]


def test_kin_of_one_code_named_apart_are_parties_each():
    art = run("His mother, father and sister were detained by police in Ankara on Tuesday.")
    assert sorted(actor(art, e.target).name for e in art.events if e.trigger.text == "detained") == [
        "father", "mother", "sister"]


def test_a_group_and_its_members_of_one_code_are_one_party():
    art = run("Hamas and Hamas militants fired rockets at Israel on Monday.")
    assert len([e for e in art.events if e.trigger.text == "fired"]) == 1


def test_a_counted_plural_stands_for_the_parties_listed_before_it():
    art = run("Singapore, India and Australia sent ships to the area. All three nations offered military "
              "assistance to Indonesia.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "offered"} == {("SGP", "IDN"), ("IND", "IDN"), ("AUS", "IDN")}
    art = run("Egypt and Greece signed a maritime deal. The two countries condemned Turkey on Monday.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "condemned"} == {("EGY", "TUR"), ("GRC", "TUR")}


def test_a_count_that_fits_no_list_stands_for_no_one():
    art = run("Egypt and Greece signed a maritime deal. All three nations condemned Turkey on Monday.")
    assert {s for trig, s, t in dyads(art) if trig == "condemned"} == {None}
    art = run("Three nations offered military assistance to Indonesia.")
    assert {s for trig, s, t in dyads(art) if trig == "offered"} == {None}


def test_harm_done_when_someone_opened_fire_is_one_event_by_the_shooter():
    art = run("At least five people were shot in the city centre when a gunman opened fire near a rally.")
    attacks = [e for e in art.events if e.plover.type == "ASSAULT"]
    assert len(attacks) == 1 and {m.start for m in attacks[0].mentions} == {
        art.text.index("shot"), art.text.index("opened")}
    assert (actor(art, attacks[0].source).name, actor(art, attacks[0].target).name) == ("gunman", "people")


def test_an_attack_and_the_shooting_told_after_it_stay_two_acts():
    art = run("Gunmen attacked the convoy and shot two guards near the border.")
    assert {e.trigger.text for e in art.events if e.plover.type == "ASSAULT"} == {"attacked", "shot"}


def test_a_talk_told_in_the_first_person_inside_a_quote_is_the_speakers():
    text = '"We discussed a lot of different situations," Senator Maria Lopez told reporters in Lima.'
    art = said(text)
    assert actor(art, event(art, "discussed").source).name == "Maria Lopez"
    assert "discussed" not in {trig for trig, _, _ in dyads(run("The two sides discussed the matter."))}


def test_a_fronted_when_clause_of_harm_is_the_same_one_event():
    art = run("When a gunman opened fire outside the court on Monday, five people were shot.")
    attacks = [e for e in art.events if e.plover.type == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].mentions) == 2
    assert (actor(art, attacks[0].source).name, actor(art, attacks[0].target).name) == ("gunman", "people")


@pytest.mark.parametrize("text, accuser, accused", [
    ("The Kenyan interior minister said the opposition leader lied about the deal.", "Kenyan government",
     "opposition leader"),
    ("Senator Ana Ruiz said the governor broke the law.", "Ana Ruiz", "governor"),
    ("The judge determined that Senator Paul Grant had abused his power.", "judge", "Paul Grant"),
])
def test_a_misdeed_someone_tells_is_their_accusation_of_the_doer(text, accuser, accused):
    art = run(text)
    assert {(actor(art, e.source).name, actor(art, e.target).name) for e in art.events
            if e.plover.type == "ACCUSE"} == {(accuser, accused)}


def test_a_misdeed_told_as_fact_names_the_accused_and_no_accuser():
    art = run("Governor Tom Hale lied to the public about the contracts.")
    lied = event(art, "lied")
    assert lied.source is None and actor(art, lied.target).name == "Tom Hale"


def test_a_collective_act_right_after_its_noun_is_its_doers_not_done_to_it():
    # the parser reads "protested" as a participle of "group": no passive reading, so the group protested
    art = run("A Black Lives Matter group protested outside the city hall in Leeds on Friday.")
    protest = event(art, "protested")
    assert actor(art, protest.source).name == "Black Lives Matter" and protest.target is None


@pytest.mark.parametrize("text, trigger, name, code", [
    ("Belarusian KGB officers detained two journalists in Minsk.", "detained", "KGB", "BLRSPY"),
    ("Black Lives Matter protesters marched through the city centre on Saturday.", "marched",
     "Black Lives Matter", "CVL"),
])
def test_a_security_service_and_a_movement_are_named_actors(text, trigger, name, code):
    art = run(text)
    source = actor(art, event(art, trigger).source)
    assert (source.name, source.code) == (name, code)


def test_an_embassy_in_a_capital_is_not_that_countrys():
    art = run("Protesters gathered outside the embassy in Oslo on Friday.")
    assert [a.code for a in art.actors if a.name == "embassy"] == ["GOV"]
    art = run("Police in Oslo arrested two men on Friday.")  # a force in a place is that place's
    assert actor(art, event(art, "arrested").source).code == "NORCOP"


def test_a_rally_at_a_place_is_a_protest_and_a_market_rally_is_none():
    assert event(run("Activists rallied at the parliament in Nairobi on Monday."), "rallied").plover.type == "PROTEST"
    assert "rallied" not in {trig for trig, _, _ in dyads(run("Shares rallied at the close of trading in New York."))}


@pytest.mark.parametrize("text, left", [
    ("Russia withdrew its troops from Syria on Monday.", "SYR"),
    ("Israel withdrew troops from the Gaza Strip on Monday.", "PSE"),
])
def test_troops_withdrawn_are_the_instrument_and_the_country_left_the_target(text, left):
    art = run(text)
    assert actor(art, event(art, "withdrew").target).code == left


def test_a_light_verb_and_its_more_specific_noun_are_one_event_of_the_nouns_kind():
    art = run("The government of Peru imposed a ban on flights from Brazil on Monday.")
    told = [(e.trigger.text, e.plover.type) for e in art.events if e.trigger.text in ("imposed", "ban")]
    assert told == [("imposed", "SANCTION")]


@pytest.mark.parametrize("text, judge, doer", [
    ("Russia expelled two British diplomats on Monday. Britain condemned the decision.", "GBR", "RUS"),
    ("Iran tested a missile near the Gulf. The United States condemned the test.", "USA", "IRN"),
])
def test_judging_an_act_told_just_before_targets_who_did_it(text, judge, doer):
    art = run(text)
    judged = event(art, "condemned")
    assert (actor(art, judged.source).code, actor(art, judged.target).code) == (judge, doer)


def test_an_act_judged_with_its_own_doer_or_owner_keeps_it():
    art = run("Russia expelled two British diplomats. France condemned the decision of the court in Paris.")
    judged = event(art, "condemned")
    assert judged.target is None or actor(art, judged.target).code != "RUS"


@pytest.mark.parametrize("text, trigger", [
    ("Police dispersed the crowd in Lagos using tear gas and rubber bullets.", "dispersed"),
    ("Riot police cleared the square in Minsk, firing tear gas.", "cleared"),
    ("A court in Tehran sentenced the activist to the death penalty.", "sentenced"),
])
def test_an_acts_means_or_penalty_told_with_it_is_the_same_one_event(text, trigger):
    art = run(text)
    kinds = [e.plover.type for e in art.events]
    assert len(kinds) == 1 and event(art, trigger).plover.type == kinds[0]


def test_a_press_briefing_is_no_consultation():
    art = run("The minister announced the measure at the government's daily coronavirus briefing in London.")
    assert "briefing" not in {trig for trig, _, _ in dyads(art)}


def test_one_subject_to_a_measure_undergoes_it():
    art = run("The Iranian airline Mahan Air is subject to sanctions by the United States.")
    measure = event(art, "sanctions")
    assert actor(art, measure.target).name == "Mahan Air"


@pytest.mark.parametrize("text, trigger, kind, target", [
    ("Opposition leaders hammered the president for his handling of the floods.", "hammered", "ACCUSE", "president"),
    ("The senator tore into the administration over the deal.", "tore", "ACCUSE", "administration"),
    ("His rivals challenged Senator Maria Lopez's eligibility.", "challenged", "ACCUSE", "Maria Lopez"),
    ("A police officer restrained the protester on the ground in Lagos.", "restrained", "COERCE", "protester"),
])
def test_criticism_challenge_and_restraint_in_their_everyday_words(text, trigger, kind, target):
    art = run(text)
    found = event(art, trigger)
    assert found.plover.type == kind and actor(art, found.target).name == target


def test_a_push_for_a_measure_is_a_request_and_a_push_for_the_door_none():
    assert event(run("Unions pushed for higher wages and a new law on safety."), "pushed").plover.type == "REQUEST"
    assert "pushed" not in {trig for trig, _, _ in dyads(run("She pushed for the door."))}
    assert "hammered" not in {trig for trig, _, _ in dyads(run("The batsman hammered the ball for six."))}


@pytest.mark.parametrize("text, trigger, code", [
    ("Anna Berg of Reporters Without Borders condemned the arrest of the editor in Baku.", "condemned", "NGOHRI"),
    ("The Committee to Protect Journalists urged Turkey to free the reporters.", "urged", "NGOHRI"),
    ("The Electronic Frontier Foundation criticised the takedown notice.", "criticised", "USANGO"),
])
def test_press_freedom_and_digital_rights_groups_are_coded(text, trigger, code):
    art = run(text)
    assert actor(art, event(art, trigger).source).code == code


@pytest.mark.parametrize("text, trigger, role, name, code", [
    ("Senator Maria Lopez of Ohio urged her colleagues to reject the bill.", "urged", "target", "colleagues (Maria Lopez)", "USALEG"),
    ("Associates of the Belarusian opposition leader Ivan Petrov alleged that guards beat him in Minsk.", "alleged", "source",
     "associates (Ivan Petrov)", "BLROPP"),
    ("Kenyan police arrested associates of the governor in Nairobi.", "arrested", "target", "associates (Kenyan government)", "KENGOV"),
])
def test_the_people_around_someone_are_a_group_coded_as_they_are(text, trigger, role, name, code):
    art = run(text)
    group = actor(art, getattr(event(art, trigger), role))
    assert (group.name, group.code) == (name, code)
    assert actor(art, group.affiliation).name != group.name  # the owner stays an actor of its own


def test_colleagues_of_no_one_named_are_no_actor():
    art = run("The colleagues met on Friday to discuss the bill.")
    assert not [a for a in art.actors if "colleague" in a.name.lower()]


def test_a_deal_brokered_between_two_parties_in_its_clause_is_theirs():
    art = run("The senator praised the deals the administration brokered between Morocco and Sudan.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "deals"} == {("MAR", "SDN"), ("SDN", "MAR")}


def test_forcing_someone_to_act_is_coercion_and_circumstance_none():
    art = run("Soldiers forced the villagers to leave Kidal.")
    found = event(art, "forced")
    assert (found.plover.type, actor(art, found.source).name, actor(art, found.target).name) == (
        "COERCE", "soldiers", "villagers")
    assert "forced" not in {trig for trig, _, _ in dyads(run("The bakery was forced to close because of the floods."))}


def test_committing_to_an_act_is_an_intent_to_do_it():
    art = run("Canada committed to send more troops to Latvia.")
    assert event(art, "committed").plover.type == "AGREE"
    assert event(art, "send").status == "intended"


@pytest.mark.parametrize("text, codes", [
    ("Lawmakers Maria Gonzalez and Pedro Ramirez criticized the bill.", ["LEG", "LEG"]),
    ("Opposition leaders Maria Gonzalez, Pedro Ramirez and Luis Ortega were arrested in Caracas.",
     ["VENOPP", "VENOPP", "VENOPP"]),  # Caracas, the story's one place, gives the country
    # a singular title is the first name's own
    ("Senator Maria Gonzalez and Pedro Ramirez criticized the bill.", ["LEG", None]),
    # a plural title the parser reads as a name is a title all the same
    ("The letter was signed by Representatives Maria Gonzalez and Pedro Ramirez.", ["LEG", "LEG"]),
])
def test_a_plural_title_before_a_list_of_names_is_each_ones(text, codes):
    art = run(text)
    assert [a.code for a in art.actors if a.kind == "person"] == codes


def test_a_bare_number_of_people_an_act_is_done_to_is_its_target():
    art = run("A gunman opened fire at a market in Gilroy, killing three.")
    assert actor(art, event(art, "killing").target).name == "three"
    art = run("The court in Tehran charged the 36 with espionage.")
    assert actor(art, event(art, "charged").target).code == "IRNCRM"
    # a number whose noun is left out is more of that noun's kind, a group of its own (not the 20 killed)
    art = run("The army killed 20 rebels and wounded 30 in Idlib.")
    assert [a.code for a in art.actors if a.name == "30"] == ["SYRREB"]


@pytest.mark.parametrize("text, trigger, kind, target", [
    ("Police hit the protesters with batons in Lahore.", "hit", "ASSAULT", "protesters"),
    ("A man pointed a gun at the officers in Dallas.", "pointed", "THREATEN", "officers"),
    ("Guards brandished rifles at the villagers.", "brandished", "THREATEN", None),
])
def test_hitting_people_and_drawing_weapons_on_them(text, trigger, kind, target):
    art = run(text)
    found = event(art, trigger)
    assert found.plover.type == kind
    if target:
        assert actor(art, found.target).name == target
    for other in ("The batsman hit the ball for six.", "The storm hit the town.", "Shares hit a record high.",
                  "The driver hit a woman in the crosswalk."):
        assert "hit" not in {trig for trig, _, _ in dyads(run(other))}


def test_a_criminal_trial_is_legal_action_by_the_courts_and_a_clinical_one_none():
    art = run("The trial of Brian Okafor began in Atlanta on Monday.")
    found = event(art, "trial")
    assert found.plover.type == "COERCE" and actor(art, found.target).name == "Brian Okafor"
    assert found.source_implied and actor(art, found.source).code == "USAJUD"
    assert "trial" not in {trig for trig, _, _ in dyads(run("The clinical trial of the vaccine began in Atlanta."))}


@pytest.mark.parametrize("text, name, code", [
    ("NPR reported that the senator criticised the deal.", "NPR", "USAMED"),
    ("Prosecutors in Kyiv investigated Burisma over the payments.", "Burisma Holdings", "UKRBUS"),
])
def test_outlets_and_companies_in_the_news_are_coded(text, name, code):
    art = run(text)
    assert any((a.name, a.code) == (name, code) for a in art.actors), [(a.name, a.code) for a in art.actors]


@pytest.mark.parametrize("text, trigger, code", [
    ("The 48-year-old was jailed for ten years on Friday.", "jailed", "CVL"),
    ("Police arrested two 17-year-olds in Leeds on Monday.", "arrested", "CVL"),
])
def test_a_person_named_by_age_alone_is_an_actor(text, trigger, code):
    art = run(text)
    target = actor(art, event(art, trigger).target)
    assert target.code.endswith(code)
    assert art.text[slice(*target.mentions[0])][:2].isdigit()  # the number is part of the words: "48-year-old"
    # an age of a thing is no one: "a 100-year-old church" is the church
    art = run("Rebels destroyed a 100-year-old church in the town.")
    assert actor(art, event(art, "destroyed").target).name == "church"


def test_who_undergoes_an_act_named_by_a_noun_is_not_its_doer():
    # "her arrest": she is arrested, whatever clause the noun hangs from
    art = run("Sarah Hacker was arrested in London on Friday. Hacker had four warrants out for her arrest.")
    found = [e for e in art.events if e.trigger.text == "arrest"][0]
    assert actor(art, found.target).name == "Sarah Hacker"
    assert found.source is None or actor(art, found.source).name != "Sarah Hacker"


QUAKE = ("A magnitude 6.1 earthquake struck the remote province of West Papua on Sunday, the latest in a series of "
         "powerful tremors to shake the region. Six villages were destroyed, and thousands are spending the night in "
         "emergency shelters or in the open. Rescue workers searched the rubble for survivors through the night, "
         "officials said. The earthquake was felt as far away as the provincial capital, where residents ran into "
         "the streets. More than 800 homes were damaged by the temblors, according to the United Nations.")


def test_homes_destroyed_in_a_disaster_are_its_toll_not_an_act():
    art = run(QUAKE)
    assert not {"destroyed", "damaged"} & {e.trigger.text for e in art.events}, dyads(art)
    # in a war, homes destroyed with no doer named are still an event
    art = run("Rebels attacked the town on Sunday. Six villages were destroyed and hundreds of homes were burned.")
    assert "destroyed" in {e.trigger.text for e in art.events}


@pytest.mark.parametrize("text, trigger, source", [
    ("The climate strike inspired marches of 250,000 protesters in New York City.", "marches", "protesters"),
    ("A strike of 5,000 dock workers shut the port on Monday.", "strike", "workers"),
    ("The protest of the farmers blocked the highway near Delhi.", "protest", "farmers"),
])
def test_a_protest_told_with_its_crowd_is_the_crowds(text, trigger, source):
    art = run(text)
    found = event(art, trigger)
    assert actor(art, found.source).name == source and found.target is None


def test_jailed_for_a_term_is_a_sentence_by_the_courts():
    art = run("Maria Lopez was jailed for six months at Leeds Crown Court. Tom Reed was jailed overnight in Leeds.")
    term = [e for e in art.events if e.trigger.text == "jailed"]
    assert term[0].cameo == "116" and actor(art, term[0].source).code == "GBRJUD" and term[0].source_implied
    assert term[1].cameo == "173" and actor(art, term[1].source).code == "GBRCOP"  # a night in the cells: the police's


def test_a_protesting_crowd_named_by_its_number_is_its_source():
    art = run("Despite appeals for unity, thousands took to the streets in Lagos. Hundreds marched to the city hall.")
    assert [(t, s) for t, s, _ in dyads(art) if t in ("took", "marched")] == [("took", "NGACVL"), ("marched", "NGACVL")]
    assert actor(art, event(art, "marched").source).name == "Hundreds"
    # a number with its own noun is that noun's; a number that dies is no protester
    art = run("Thousands of farmers marched to the parliament. Thousands died in the war.")
    assert actor(art, event(art, "marched").source).name == "farmers"
    assert not [a for a in art.actors if a.name == "Thousands"]


def test_a_place_or_institution_named_after_a_person_is_not_that_person():
    art = run("Hundreds marched to Trump Tower on Wednesday, a week after the election of Donald Trump.")
    assert event(art, "marched").target is None
    art = run("The Clinton Foundation denied the claims on Monday.")
    found = event(art, "denied")
    assert (actor(art, found.source).name, actor(art, found.source).code) == ("Clinton Foundation", "NGO")


def test_summoning_the_emergency_services_is_no_request():
    for text in ("Police were called to the store on Main Street to investigate some break-ins.",
                 "A neighbour called police after hearing shots.", "Firefighters were called to the blaze."):
        assert "called" not in {e.trigger.text for e in run(text).events}, text
    art = run("The mayor called on police to end the violence.")
    assert event(art, "called").plover.type == "REQUEST" and actor(art, event(art, "called").target).code == "COP"


def test_firing_into_a_country_is_military_force_whatever_was_fired():
    art = run("Hamas fired more than 30 into Israel on Sunday.")
    found = event(art, "fired")
    assert found.plover.type == "ASSAULT" and actor(art, found.target).code == "ISR"
    assert "fired" not in {e.trigger.text for e in run("The company fired 30 workers in London.").events}


def test_protesting_people_after_by_are_the_protesters():
    art = run("Carrie Lam was interrupted by protesting legislators in Hong Kong.")
    found = event(art, "interrupted")  # (interrupting her in protest is the act: triggers.tsv interrupt)
    assert actor(art, found.source).code == "HKGLEG" and actor(art, found.target).name == "Carrie Lam"
    # a gerund with an object of its own keeps it
    art = run("The lawmakers ended the session by protesting the ruling against Hong Kong.")
    assert actor(art, event(art, "protesting").source).name == "lawmakers"
    # the parser's compound reading of a protest participle: the people it describes protest
    art = run("Riot police clashed with rioting prisoners in the jail.")
    assert actor(art, event(art, "rioting").source).name == "prisoners"


def test_one_person_from_a_place_is_that_person_not_the_countrys_civilians():
    art = run("A southwest Ohio man was sentenced to 20 years in prison. A Texas woman was charged with fraud.")
    man, woman = (actor(art, event(art, t).target) for t in ("sentenced", "charged"))
    assert (man.name, man.code) == ("Ohio man", "USACRM") and (woman.name, woman.code) == ("Texas woman", "USACRM")
    assert man.id != woman.id  # two people, not one group of American civilians
    # people in numbers stay the country's sector agents
    art = run("French police arrested two Polish diplomats in Paris.")
    assert actor(art, event(art, "arrested").target).code == "POLGOV"


# --- twenty-third round ------------------------------------------------------------------------


@pytest.mark.parametrize("text, published, trigger, who", [
    # a capitalised title heading its phrase stands for the one person of the article holding it, as the
    # lower-case one does; a president-elect is the person elected, not the sitting president
    ("Donald Trump spoke at a rally in Ohio. The President thanked Kim Jong-un for the letter.", "2018-11-10",
     "thanked", "Donald Trump"),
    ("Donald Trump met Barack Obama on Thursday. The President-elect thanked Obama for the welcome.", "2016-11-10",
     "thanked", "Donald Trump"),
    ("Donald Trump met Barack Obama on Thursday. Later the president-elect praised Obama.", "2016-11-10",
     "praised", "Donald Trump"),
])
def test_a_title_stands_for_its_holder_named_in_the_article(text, published, trigger, who):
    art = run(text, published)
    assert actor(art, event(art, trigger).source).name == who


def test_a_president_elect_alone_is_not_the_president():
    art = run("Barack Obama spoke in Chicago. The president-elect criticised the report.", "2016-11-10")
    assert actor(art, event(art, "criticised").source).name != "Barack Obama"


@pytest.mark.parametrize("text", [
    "Senator Mitch McConnell met with Trump and Vice President-elect Mike Pence in the Capitol.",
    "McConnell met with Trump and Mike Pence in the Capitol.",
])
def test_a_name_the_parser_hangs_on_the_next_name_is_still_coordinated(text):
    # "Trump and Mike Pence": the parser reads "Trump" as a modifier of "Pence"; each is met
    art = run(text, "2016-11-10")
    met = sorted(actor(art, e.target).name for e in art.events if e.trigger.text == "met")
    assert met == ["Donald Trump", "Mike Pence"]


@pytest.mark.parametrize("text, trigger, target", [
    # a state's part in something, named by its nationality, is that state's (acts.tsv)
    ("Saudi Arabia and the United States have alleged Iranian involvement in the attack.", "alleged", "IRNGOV"),
    ("The minister praised the Qatari role in the talks.", "praised", "QATGOV"),
    ("Germany condemned Russian interference in the election.", "condemned", "RUSGOV"),
])
def test_a_nationality_before_a_states_part_is_that_state(text, trigger, target):
    art = run(text, "2019-09-20")
    assert actor(art, event(art, trigger).target).code == target


@pytest.mark.parametrize("text, trigger, target", [
    # an object pronoun is not the subject its verb takes from the clause it hangs on ("X responded by attacking him")
    ("Miles Taylor criticised the president last week. Trump responded by attacking him.", "attacking", "Miles Taylor"),
    # ... and the platform an act with an object of its own is done on is where, not whom
    ("Miles Taylor criticised Trump last week. The Trump campaign responded by attacking him on Twitter.", "attacking",
     "Miles Taylor"),
    ("Hackers launched a cyber attack on Twitter.", "launched", "Twitter"),  # a light verb's act is on the platform
])
def test_an_object_pronoun_and_the_platform_it_is_done_on(text, trigger, target):
    art = run(text, "2020-10-20")
    assert actor(art, event(art, trigger).target).name == target


def test_the_means_of_an_act_of_its_type_is_that_act():
    # "killed ten soldiers by bombing their convoy": one attack, told with its means
    art = run("Rebels killed ten soldiers by bombing their convoy near the border.", "2019-09-27")
    assert [e.trigger.text for e in art.events if e.plover.type == "ASSAULT"] == ["killed"]
    assert len(event(art, "killed").mentions) == 2


def test_a_group_pronoun_may_stand_for_the_one_before_it():
    # "Police ... They ... they": each "they" the police, however far the chain runs
    art = run("Thieves stole a gold toilet from the palace. Police arrested a 36-year-old man on suspicion of burglary. "
              "They released him pending investigation. On Saturday they arrested a 66-year-old man.", "2019-09-20")
    second = [e for e in art.events if e.trigger.text == "arrested"][1]
    assert actor(art, second.source).name == "police"


@pytest.mark.parametrize("text, status", [
    ("This will be the first meeting between the two presidents.", "intended"),
    ("It would be an attack on our sovereignty, the minister said.", "intended"),
    ("That was the first meeting between the two presidents.", "occurred"),
    ("It was not the first attack on the village.", "occurred"),
])
def test_an_act_a_copula_names_has_the_copulas_time(text, status):
    """An act named by "will be" is still to come; "was not the first attack" still tells one."""
    art = run(text)
    assert {e.status for e in art.events} == {status}, [(e.trigger.text, e.status) for e in art.events]


def test_the_wounded_told_beside_the_dead_are_an_event_of_their_own():
    """"Killed a shopkeeper and wounded two customers": the coder codes the wounding with its own target."""
    art = run("The gunman killed a shopkeeper and wounded two customers in Dallas.")
    assert {e.trigger.text for e in art.events} >= {"killed", "wounded"}
    assert actor(art, event(art, "wounded").target).name != actor(art, event(art, "killed").target).name


@pytest.mark.parametrize("text, trigger", [
    ("John Smith was convicted in 2004. The judge revoked his probation on Monday.", "revoked"),
    ("John Smith was convicted in 2004. His parole was revoked and he returned to prison.", "revoked"),
])
def test_revoking_a_convicts_conditional_freedom_is_detention(text, trigger):
    art = run(text)
    e = event(art, trigger)
    assert (e.plover.type, e.cameo) == ("COERCE", "173") and e.status == "occurred"


@pytest.mark.parametrize("text, trigger, kept", [
    ("Johnson and her husband were walking out of the store about 7 p.m.", "walking", False),
    ("It was a pretty morning in Palmer when a visitor walked out at 3:33 a.m.", "walked", False),
    ("Thousands of teachers walked out of schools on Monday over pay.", "walked", True),
    ("Opposition lawmakers walked out of parliament in protest.", "walked", True),
    ("Indonesia lies on the Ring of Fire, an arc of volcanoes and fault lines.", "fault", False),
    ("She was caught up in a gang attack as she picked up her daughter.", "caught", False),
    ("Police caught the suspect near the border.", "caught", True),
    # a boxer's stoppage and a rebound are sport
    ("Klitschko retained his heavyweight titles with a seventh-round stoppage of Hasim Rahman.", "stoppage", False),
    ("Dock workers began a stoppage at the port on Monday.", "stoppage", True),
    ("Andrew Lovedale finished with 15 points while pulling down seven boards.", "pulling", False),
    ("Protesters pulled down a statue of the general.", "pulled", True),
])
def test_leaving_a_place_a_fault_line_being_caught_up_and_sport_are_no_acts(text, trigger, kept):
    art = run(text)
    assert any(e.trigger.text == trigger for e in art.events) == kept, dyads(art)


@pytest.mark.parametrize("text, trigger, cameo, target", [
    ("Officers tased the driver twice after the chase.", "tased", "175", "driver"),
    ("Officers used a Taser on the suspect after the chase.", "used", "175", "suspect"),
    ("The suspect was taken to the county jail on Friday.", "taken", "173", None),
    ("Rebels held the engineers captive for a year.", "held", "181", None),
    ("Police said the gunman went on a shooting spree in the mall.", "spree", "180", None),
])
def test_stun_guns_jail_captivity_and_sprees(text, trigger, cameo, target):
    art = run(text)
    e = event(art, trigger)
    assert e.cameo == cameo, dyads(art)
    if target:
        assert actor(art, e.target).name == target


def test_a_teen_accused_of_a_shooting_is_its_doer():
    """"The teen accused of shooting X": teens, kids and minors are people (sectors.tsv), and the one accused
    of the act does it."""
    art = run("Police arrested the teen accused of shooting a shopkeeper.")
    assert actor(art, event(art, "arrested").target).name == "teen"
    assert actor(art, event(art, "shooting").source).name == "teen"
    art = run("Angry teens threw bottles at police.")
    assert actor(art, event(art, "threw").source).code == "CVL"


@pytest.mark.parametrize("text, trigger, source", [
    ("Jermayne Timmons is the teen accused of shooting a shopkeeper.", "shooting", "Jermayne Timmons"),
    ("John Smith was the gunman who killed three people.", "killed", "John Smith"),
])
def test_the_one_a_copula_names_is_its_complements_actor(text, trigger, source):
    """"X is the teen accused of shooting Y": the teen is X."""
    art = run(text)
    assert actor(art, event(art, trigger).source).name == source


@pytest.mark.parametrize("text, targets", [
    ("Police arrested 46 people on Wednesday. Among those arrested was Gray's sister.", {"sister"}),
    ("Among those killed were two children and a police officer.", {"children", "police officer"}),
])
def test_among_those_a_participle_names_are_its_targets(text, targets):
    art = run(text)
    last = [e for e in art.events if e.trigger.text in ("arrested", "killed")][-len(targets):]
    assert {actor(art, e.target).name for e in last} == targets, dyads(art)


def test_a_denial_is_as_sure_as_a_rejection():
    """A denial is a rejection the coders code: no context halves it any more (it did, as "a statement about an act")."""
    from eventwire import senses
    art = run("The army spokesman vehemently denied any links to the raid on Monday.")
    assert event(art, "denied").confidence >= senses.default_min_confidence(), dyads(art)


def test_an_investigation_told_with_no_one_named_is_still_coded():
    """"The investigation is continuing": the coders code an investigation's noun even with no one named; it is no
    longer weighed down as a legal process's background (0.7) nor for naming no one (0.6): its sense was 0.21."""
    art = run("Police arrested two men after the shooting in Albany on Friday. The investigation is continuing, a "
              "police spokesman said.")
    assert event(art, "investigation")._evidence.sense >= 0.5, dyads(art)
    art = run("John Smith was charged with fraud in March. The investigation into Smith is continuing, officials said.")
    assert event(art, "investigation")._evidence.sense == 1.0


def test_a_lockdown_with_no_one_named_is_not_halved():
    """A lockdown is an act the coders code even with no one named; restrictions with no one named stay a situation."""
    art = run("The strict lockdown of the city began on Thursday.")
    assert event(art, "lockdown")._evidence.sense == 1.0, dyads(art)


def test_the_crime_a_charge_names_and_feeling_encouraged_weigh_less():
    """"Charged with capital murder": the charge is the event, the crime named in it is no event of its own
    (round 27: the legal category of a charge is dropped) while a murder told is one;
    "was encouraged by Trump's attitude" is no request to act."""
    charged = run("State prosecutors charged the suspect with capital murder on Sunday.")
    told = run("State prosecutors said the suspect committed the murder on Sunday.")
    assert not [e for e in charged.events if e.trigger.text == "murder"] and event(told, "murder")
    art = run("Obama said he was encouraged by Trump's attitude during their meeting.")
    assert not any(e.trigger.text == "encouraged" for e in art.events), dyads(art)
    art = run("He encouraged her to run for office in the city.")
    assert event(art, "encouraged").plover.type == "REQUEST"


def test_an_agreement_with_no_party_named_weighs_less():
    """"The agreement assumes that our islands ...": the text being discussed, not an agreement reached."""
    bare = run("The agreement assumes that our islands have no economic zone, the minister said.")
    made = run("Turkey and Libya signed a maritime agreement in Istanbul on Wednesday.")
    assert event(bare, "agreement").confidence < event(made, "signed").confidence
    assert event(bare, "agreement")._evidence.sense <= 0.5


@pytest.mark.parametrize("text, sources", [
    ("Thirty countries including Australia, France and Japan provide assistance to the victims.", {"AUS", "FRA", "JPN"}),
    ("Western allies such as Germany and Italy condemned the attack on Monday.", {"DEU", "ITA"}),
])
def test_a_group_named_by_its_examples_is_each_example(text, sources):
    """"30 countries including A, B and C provide aid": one event for each country named, none for the group."""
    art = run(text)
    trigger = "provide" if "provide" in text else "condemned"
    assert {actor(art, e.source).code for e in art.events if e.trigger.text == trigger} == sources, dyads(art)


@pytest.mark.parametrize("text, trigger, plover", [
    ("The WHO said it is working closely with the Health Ministry.", "working", "COOPERATE"),
    ("Norway is cooperating with Sweden on the outbreak.", "cooperating", "COOPERATE"),
    ("Iran has increased cooperation with China in the last few years.", "cooperation", "COOPERATE"),  # the noun too
    ("The passenger and his family were placed under quarantine by the Health Ministry.", "placed", "COERCE"),
    ("The Health Ministry put the whole village into isolation.", "put", "COERCE"),
    ("The Red Cross has sent doctors and epidemiologists to Haiti.", "sent", "AID"),
    ("The FDA has blocked imports from the Honduran company.", "blocked", "SANCTION"),
    ("China stopped imports of poultry from Russia on Friday.", "stopped", "SANCTION"),
    ("Russia cancelled the summit with Japan on Monday.", "cancelled", "SANCTION"),
])
def test_outbreak_and_cooperation_acts(text, trigger, plover):
    """Material cooperation, quarantine, medical teams sent abroad and import stops are the coders' acts."""
    art = run(text)
    assert event(art, trigger).plover.type == plover, dyads(art)


@pytest.mark.parametrize("text", [
    "Carnival Cruise Lines has cancelled all its stops at the country's ports.",
    "The state track-and-field championships have been called off.",
    "Several airlines have cancelled flights to Mexico.",
    "A report says the White House cancelled the photo-op.",
])
def test_cancelling_a_match_a_festival_or_a_flight_is_no_event(text):
    """Cancelled by a company or by no one named; the state cancelling a match is still an act (test_senses)."""
    art = run(text)
    assert not [e for e in art.events if e.trigger.text in ("cancelled", "called")], dyads(art)


@pytest.mark.parametrize("text, trigger, target", [
    ("Israel closed the crossing on Sunday, a move condemned by the United Nations.", "condemned", "ISR"),
    ("Israel closed the crossing on Sunday, a controversial move condemned by the United Nations.", "condemned", "ISR"),
    ("Russia expelled two diplomats, a decision that Britain criticised.", "criticised", "RUS"),
    ("The Egyptian government ordered all pigs to be slaughtered, a move that the UN denounced.", "denounced", "EGYGOV"),
])
def test_judging_a_move_targets_the_one_who_made_it(text, trigger, target):
    """"X did Y, a move condemned by Z": Z condemned X (the summing-up noun stands for the clause before it)."""
    art = run(text)
    assert actor(art, event(art, trigger).target).code == target, dyads(art)


def test_a_passive_told_to_an_object_undergoes_it_not_the_one_who_told():
    """"The government ordered the pigs to be slaughtered": the pigs, not the government, are slaughtered."""
    art = run("The Egyptian government ordered all pigs to be slaughtered.")
    assert not [e for e in art.events if e.trigger.text == "slaughtered" and e.target], dyads(art)
    art = run("The judge ordered the two men to be released.")
    assert actor(art, event(art, "released").target).name == "men"


@pytest.mark.parametrize("text, trigger, plover", [
    ("Ban Ki-moon called upon the authorities there to respond quickly.", "called", "REQUEST"),
    ("Counter-terror police in the UK liaised with the FBI.", "liaised", "COOPERATE"),
])
def test_calling_upon_and_liaising_with(text, trigger, plover):
    art = run(text)
    assert event(art, trigger).plover.type == plover, dyads(art)


def test_suspicion_and_scrutiny_are_accusations_but_a_suspected_infection_is_none():
    art = run("Johnson is widely suspected of lying to the Queen about the prorogation.")
    assert event(art, "suspected").plover.type == "ACCUSE", dyads(art)
    art = run("Rudy Giuliani received further media scrutiny when he appeared in the film.")
    assert event(art, "scrutiny").plover.type == "ACCUSE"
    art = run("A man from Japan who was suspected of having the virus died in Wuhan.")
    assert not [e for e in art.events if e.trigger.text == "suspected"], dyads(art)


@pytest.mark.parametrize("text, told, coded", [
    ("Officials are investigating cases in three states to see if they are linked to the outbreak.", "investigating", False),
    ("Health officials investigating the source of the tainted onions traced them to a distributor.", "investigating", False),
    ("A spokesman confirmed officials were investigating the case against the mayor.", "investigating", True),
    ("Police are investigating the death of the journalist.", "investigating", True),
    ("She recommends that anyone with a persistent cough get tested for whooping cough.", "REQUEST", False),
    ("Health officials are urging that people get the vaccine again.", "REQUEST", False),
    ("The WHO urged the government to provide vaccines to the refugees.", "REQUEST", True),
])
def test_an_outbreak_looked_into_or_health_advice_is_no_event(text, told, coded):
    """An outbreak's cases, source or spread are looked into, no one is accused (a criminal case still is); health
    advice to the public is no request (asking a government for vaccines still is)."""
    art = run(text)
    assert bool([e for e in art.events if told in (e.trigger.text, e.plover.type)]) == coded, dyads(art)


def test_a_man_accused_of_a_crime_is_an_accusation_and_outbreak_measures_end():
    """"A man accused of drink-driving": the accusation told of him is coded; a quarantine lifted is a concession; a
    release told in the passive of "he"; relief kits provided are aid."""
    from eventwire import senses
    art = run("A man accused of driving under the influence of alcohol was arrested on Friday in Toronto.")
    assert event(art, "accused").confidence >= senses.default_min_confidence(), dyads(art)
    art = run("The quarantine on the hog farm in Pangasinan has been lifted, officials said on Monday.")
    assert event(art, "lifted").plover.type == "CONCEDE", dyads(art)
    art = run("John Smith was charged on Monday. He was released on a promise to appear in court.")
    assert actor(art, event(art, "released").target).name == "John Smith", dyads(art)
    art = run("UNICEF has already provided 300,000 oral rehydration kits to Haiti.")
    assert event(art, "provided").plover.type == "AID", dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("A tourist visiting Uganda was recently killed by the Marburg virus.", "visiting"),
    ("A nurse caught the virus from a patient who had recently visited Mexico.", "visited"),
    ("The minister said all ships and aircraft arriving in Nigeria will be cleaned.", "arriving"),
    ("Officials had prepared to use the drug to fight a future pandemic.", "fight"),
])
def test_private_travel_traffic_and_fighting_a_disease_are_no_events(text, trigger):
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == trigger], dyads(art)


def test_concern_is_worry_more_often_than_disapproval():
    """"We are concerned about Brazil and Peru": a worry, which the dev coders never code as disapproval (contexts.tsv)."""
    from eventwire import senses
    art = run('"We are concerned about Brazil and Peru because the outbreak is so widespread," the spokesman said.')
    assert all(e.confidence < senses.default_min_confidence() for e in art.events if e.cameo == "110"), dyads(art)


@pytest.mark.parametrize("text, expected", [
    ("Critics said the president should accept the election outcome.", [("said", "REQUEST", "occurred", "GOV")]),
    ("The governor said Mr Bashir should be held responsible.", [("said", "ACCUSE", "occurred", "SDN")]),
    ("The opposition leader said the government should have warned the migrants.",
     [("said", "ACCUSE", "occurred", "GOV")]),
    ("She said we must stand together.", []),
    ("Carroll said climate change must be addressed.", []),
])
def test_what_a_speaker_says_someone_should_do_is_a_demand_of_them(text, expected):
    """"said X should accept": a demand the speaker makes of X (REQUEST, told now); "should have warned": a
    reproach; a duty of one's own side, or of no actor, is none (triggers.tsv pred:@should, events._said_demands)."""
    art = run(text)
    got = [(e.trigger.text, e.plover.type, e.status, actor(art, e.target).code[:3] if e.target else None)
           for e in art.events if e.trigger.text == "said"]
    assert got == expected, dyads(art)
    if expected:
        assert actor(art, art.events[0].source) is not None and actor(art, art.events[0].source).name != "we"


@pytest.mark.parametrize("text, expected", [
    ("The officer fired a shot that hit the boy in the chest.", [("fired", "ASSAULT", "COP", "CVL")]),
    ("A sniper fired the bullet that killed the journalist.", [("fired", "ASSAULT", "CRM", "MED")]),
    ("Police fired rubber bullets at the protesters.", [("fired", "COERCE", "COP", "CVL")]),
])
def test_whom_a_shot_fired_struck_is_its_target(text, expected):
    """"fired the bullet that struck X": one act, the firing, done to X (no second event of striking);
    a bullet is a gunshot, a rubber bullet crowd control (events._shot_landing, triggers.tsv fire)."""
    art = run(text)
    got = [(e.trigger.text, e.plover.type, actor(art, e.source).code[-3:] if e.source else None,
            actor(art, e.target).code[-3:] if e.target else None) for e in art.events]
    assert got == expected, dyads(art)


def test_a_protest_made_by_acting_is_aimed_at_whom_its_preposition_names():
    """"resigned in protest at Johnson's deal": the parser hangs "at" on "resigned"; the protest is aimed at the
    deal's owner, and done by the verb's subject (events.noun_arguments, IN_ACT_PREPS)."""
    art = run("Two ministers resigned in protest at Boris Johnson's Brexit deal.")
    e = event(art, "protest")
    assert actor(art, e.source).name == "ministers" and actor(art, e.target).name == "Boris Johnson", dyads(art)


@pytest.mark.parametrize("text, expected", [
    ("Andrew Lopez, 20, shot two women on Monday. Lopez told police he was aiming for rival gang members.",
     [("CONCEDE", "CRM", "COP")]),
    ("A witness told detectives she could not see the incident clearly.", []),
])
def test_a_suspects_account_to_the_police_is_an_admission(text, expected):
    """"Lopez told police he was aiming for ...": a suspect's account to the police of their act (triggers.tsv tell
    obj:police, CONCEDE); a witness's is testimony, no event (contexts.tsv !sourcesector:CRM)."""
    art = run(text)
    got = [(e.plover.type, actor(art, e.source).code[-3:], actor(art, e.target).code[-3:])
           for e in art.events if e.trigger.text == "told"]
    assert got == expected, dyads(art)


def test_the_act_a_suspect_tells_the_police_of_took_place():
    """"Timmons told police he fired at them": the admission does not make the shooting a mere report (events._embedded)."""
    from eventwire import senses
    art = run("Jermayne Timmons was charged with murder. Timmons told police he fired a shot at the rival gang members.")
    fired = event(art, "fired")
    assert fired.plover.type == "ASSAULT" and fired.confidence >= senses.default_min_confidence(), dyads(art)


def test_a_which_clause_hung_on_a_time_judges_the_act_before_it():
    art = run("Donald Trump said he banned travel from China in January, which Joe Biden opposed as xenophobic.")
    e = event(art, "opposed")
    assert actor(art, e.source).name == "Joe Biden" and actor(art, e.target).name == "Donald Trump", dyads(art)


@pytest.mark.parametrize("text, expected", [
    # one party set off by "and" from a list: that party with each of the others, each way
    ("The deals were brokered between Israel and the United Arab Emirates, Bahrain, and Kosovo.",
     {("ISR", "ARE"), ("ARE", "ISR"), ("ISR", "BHR"), ("BHR", "ISR"), ("ISR", "XKX"), ("XKX", "ISR")}),
    # a list of three: all of them together, no one's target
    ("Talks between the United States, China and Russia ended on Friday.", {("USA", None), ("CHN", None), ("RUS", None)}),
])
def test_a_deal_between_one_party_and_a_list_pairs_it_with_each(text, expected):
    art = run(text)
    trig = "deals" if "deals" in text else "Talks"
    got = {(s, t) for tr, s, t in dyads(art) if tr == trig}
    assert got == expected, dyads(art)


@pytest.mark.parametrize("text, trigger, expected", [
    # people who are a party of their own stay the party, whoever is named among them
    ("Soldiers killed 12 people, including three children, in the village.", "killed", "people"),
    ("Police detained eight activists, including a journalist named Li Wen, on Monday.", "detained", "activists"),
    # a group of states is the states it names
    ("Western countries including France condemned the attack on Monday.", "condemned", "France"),
])
def test_people_named_with_examples_are_the_people_a_group_of_states_its_members(text, trigger, expected):
    art = run(text)
    e = event(art, trigger)
    who = e.target if trigger != "condemned" else e.source
    assert actor(art, who).name == expected, dyads(art)


def test_spreading_rumours_one_is_held_for_is_the_charge_not_a_campaign():
    art = run("Police detained eight people for spreading rumors about the outbreak.")
    assert [t for t, _, _ in dyads(art)] == ["detained"], dyads(art)
    art = run("State media spread rumors about the opposition leader on Monday.")
    assert event(art, "spread").plover.type == "COERCE", dyads(art)


def test_a_later_verb_the_parser_left_unlabelled_shares_the_subject():
    art = run("Officers say Jones called the girl twice and arranged to see her at a park, then attacked her.")
    assert actor(art, event(art, "attacked").source).name == "Jones", dyads(art)


@pytest.mark.parametrize("text, trigger, doer", [
    ("Two accused gang members went on trial Wednesday for killing a mother of 12.", "killing", "gang members"),
    ("Two men stood trial for murdering a shopkeeper in Leeds.", "murdering", "men"),
])
def test_what_one_is_tried_for_is_ones_own_act(text, trigger, doer):
    art = run(text)
    assert actor(art, event(art, trigger).source).name == doer, dyads(art)


@pytest.mark.parametrize("text, tried", [
    ("Two men stood trial for murdering a shopkeeper in Leeds.", "men"),
    ("The former mayor is on trial for corruption.", "mayor"),
])
def test_one_standing_or_on_trial_is_the_trials_target(text, tried):
    art = run(text)
    assert actor(art, event(art, "trial").target).name == tried, dyads(art)


def test_a_group_named_on_a_light_verbs_phrase_stands_for_whose_it_is():
    """"increased cooperation in 2019 with the navies of China and Russia": the parser hangs "with" on the verb past
    the time; the navies are China's and Russia's (as on the noun's own phrase)."""
    art = run("Iran increased cooperation in 2019 with the navies of China and Russia.")
    got = {(s, t) for tr, s, t in dyads(art) if tr == "cooperation"}
    assert got == {("IRN", "CHN"), ("IRN", "RUS")}, dyads(art)


@pytest.mark.parametrize("text", [
    "Three people shot when a gunman opened fire on Wednesday were taken to hospital.",
    "Police said two men shot when a gunman opened fire on Wednesday were improving in hospital.",
])
def test_a_participle_running_on_into_the_real_verb_is_undergone(text):
    """"Three people shot when a gunman opened fire ... were taken to hospital": the parser reads "shot" as the verb
    and the people as shooters; the real verb follows with no "and" (syntax._run_on_participle)."""
    art = run(text)
    e = event(art, "shot")
    assert actor(art, e.source).name == "gunman" and actor(art, e.target).name in ("people", "men"), dyads(art)


def test_a_verb_running_on_with_and_or_an_infinitive_keeps_its_doer():
    art = run("Protesters clashed with police and were arrested on Monday.")
    assert actor(art, event(art, "clashed").source).name == "protesters", dyads(art)
    art = run("Soldiers shot back to save their own lives, the army said.")
    assert actor(art, event(art, "shot").source).name == "soldiers", dyads(art)


def test_charges_brought_for_a_killing_are_not_the_prosecutors_killing():
    art = run("Prosecutors brought charges for killing a police officer.")
    assert event(art, "killing").source is None, dyads(art)


@pytest.mark.parametrize("first", [
    "Obama met Trump at the White House on Thursday.",
    "Obama met with Trump at the White House on Thursday.",
    "Obama hosted Trump at the White House on Thursday.",
])
def test_they_after_one_meeting_another_is_the_two(first):
    """"Obama met Trump ... They discussed trade": one who met another makes a pair with them as "Obama and
    Trump" do (actors._met_with, cues.tsv meets); talks with no one named are otherwise no event."""
    art = run(first + " They discussed trade and foreign policy.")
    got = {(actor(art, e.source).name, actor(art, e.target).name) for e in art.events if e.trigger.text == "discussed"}
    assert got == {("Barack Obama", "Donald Trump"), ("Donald Trump", "Barack Obama")}, dyads(art)


def test_they_after_one_acting_on_another_is_not_the_two():
    art = run("Obama criticized Trump on Thursday. They discussed trade and foreign policy.")
    assert not [e for e in art.events if e.trigger.text == "discussed"], dyads(art)


@pytest.mark.parametrize("text, status", [
    ("Politico was the first to report that police arrested two men.", "occurred"),
    ("Politico was first to report that police arrested two men.", "occurred"),
    ("Britain will be the first to arrest the two men.", "intended"),
])
def test_the_first_to_do_something_did_it_as_its_clause_tells(text, status):
    """"was the first to report that police arrested them": an ordinal singles out one who did the act of its
    to-clause (not a plan), as the clause's own verb tells ("will be the first to" has not yet)."""
    art = run(text)
    assert event(art, "arrested" if "arrested" in text else "arrest").status == status, dyads(art)


@pytest.mark.parametrize("text, name", [
    ("Shelling of houses in the refugee camp killed two people.", "houses"),
    ("Shelling of Kurdish fighters killed two people on Monday.", "Kurdish fighters"),
])
def test_a_bare_gerund_acts_on_its_of_phrase(text, name):
    """"Shelling of houses in the camp killed two": the parser keeps the bare gerund a verb; its "of" phrase is what
    it is done to, as for "the shelling of houses" (syntax.gerund_noun)."""
    art = run(text)
    assert actor(art, event(art, "Shelling").target).name == name, dyads(art)


def test_time_spent_doing_something_is_the_spenders():
    """"Trump spent much of his campaign pledging to reverse Obama's legacy": the time spent is no one who pledges
    (cues.tsv means, as the Taser one uses is not who subdues)."""
    art = run("Trump spent much of his campaign pledging to reverse Obama's legacy.")
    assert actor(art, event(art, "pledging").source).name == "Donald Trump", dyads(art)


def test_the_campaign_named_again_is_its_candidates():
    """"The Biden campaign rejected the report ... The campaign called the statement false": the campaign named again
    stands for the person who modified it first (actors/pronouns.tsv named_again), as "the coalition" does."""
    art = run("The Biden campaign rejected the report on Monday. The campaign called the statement absolutely false.")
    assert actor(art, event(art, "called").source).name == "Joe Biden", dyads(art)
    art = run("The army launched a campaign against the rebels. The campaign killed 200 people.")
    assert event(art, "killed").source is None, dyads(art)


@pytest.mark.parametrize("text, trigger, sources", [
    ("Britain joined the United States in condemning the attack.", "condemning", {"GBR", "USA"}),
    ("Germany joined France and Italy in criticising the plan.", "criticising", {"DEU", "FRA", "ITA"}),
])
def test_one_joined_in_an_act_does_it_too(text, trigger, sources):
    """"Britain joined the United States in condemning the attack": both condemned it (syntax.verb_subject)."""
    art = run(text)
    assert {s for t, s, _ in dyads(art) if t == trigger} == sources, dyads(art)


@pytest.mark.parametrize("text, name, code", [
    ("The Social Democratic Party won the vote and criticised the government.", "Social Democratic Party", "PTY"),
    ("The New Democratic Party criticised the Liberal government.", "New Democratic Party", "PTY"),
    ("The Democratic Party criticised the plan.", "Democratic Party", "USAPTY"),
])
def test_a_longer_party_name_ending_in_a_known_one_is_another_party(text, name, code):
    """"The Social Democratic Party" is no US Democratic Party, as "Laura Bush" is not Bush (actors._renamed_party)."""
    art = run(text)
    src = actor(art, event(art, "criticised").source)
    assert (src.name, src.code) == (name, code), dyads(art)


def test_one_pleaded_with_to_act_is_the_target():
    """"Universities pleaded with the government to act": the parser makes "the government to act" the preposition's
    object clause; its subject is the one asked (syntax.prep_target)."""
    art = run("Universities pleaded with the government to act.")
    assert actor(art, event(art, "pleaded").target).name == "government", dyads(art)


@pytest.mark.parametrize("text, trigger, name", [
    ("Valley Dairy Inc. sued the state of Alaska on Monday.", "sued", "Valley Dairy Inc."),
    ("Intel Corp. criticized the ruling.", "criticized", "Intel Corp."),
    ("Acme Co. criticized the ruling.", "criticized", "Acme Co."),
])
def test_a_company_named_with_an_abbreviated_suffix_is_a_business(text, trigger, name):
    """"Valley Dairy Inc. sued the state": the point of "Inc." kept the head word from coding the company (actors._org_sectors)."""
    art = run(text)
    src = actor(art, event(art, trigger).source)
    assert src.name == name and src.code.endswith("BUS"), dyads(art)


@pytest.mark.parametrize("text, trigger, sides", [
    ("Egypt brokered talks between Israel and Hamas.", "talks", {("ISR", "PSEREBHAM"), ("PSEREBHAM", "ISR")}),
    ("Qatar mediated negotiations between the Taliban and the United States.", "negotiations",
     {("AFGINSTAL", "USA"), ("USA", "AFGINSTAL")}),
])
def test_the_parties_a_go_between_brought_together_met_each_other(text, trigger, sides):
    """"Egypt brokered talks between Israel and Hamas": Egypt mediated, and Israel and Hamas talked, each way
    (events._claims no longer folds the talks into the brokering)."""
    art = run(text)
    assert {(s, t) for w, s, t in dyads(art) if w == trigger} == sides, dyads(art)


@pytest.mark.parametrize("text, trigger, status", [
    ("The gunmen are going to kill the hostages.", "kill", "intended"),
    ("The mayor said the gunmen were going to kill the hostages.", "kill", "intended"),
    ("Police are not going to arrest him.", "arrest", "negated"),
])
def test_going_to_is_the_future(text, trigger, status):
    """"They were going to kill them" has not happened (events.verb_status: "be going to" is no trip)."""
    assert event(run(text), trigger).status == status


@pytest.mark.parametrize("text, trigger, kind", [
    ("The gunmen burst in while shouting they were going to kill them.", "kill", "THREATEN"),
    ("The rebels said they would attack the city.", "attack", "THREATEN"),
    ('"We will attack the city," the rebels said.', "attack", "THREATEN"),
    ("Drop the gun or I will shoot you.", "shoot", "THREATEN"),
    ("Leave the city or we will arrest you.", "arrest", "THREATEN"),
    ("The mayor said the rebels would attack the city.", "attack", "ASSAULT"),
    ('"They will attack the city," the mayor said.', "attack", "ASSAULT"),
    ("The rebels said they attacked the city.", "attacked", "ASSAULT"),
    ("He will leave the city or we will arrest him.", "arrest", "COERCE"),
    ("The president said he would call a national emergency.", "call", "COERCE"),
])
def test_force_its_doer_says_he_will_use_is_a_threat(text, trigger, kind):
    """"Shouting they were going to kill them", "Drop the gun or I will shoot": a threat made (CAMEO 138), not an attack
    planned (events._vowed_harm, events._conditional); what one says another will do stays that act."""
    ev = event(run(text), trigger)
    assert ev.plover.type == kind and (kind != "THREATEN" or ev.status == "occurred"), (ev.plover.type, ev.status)


def test_support_tweeted_is_the_tweeters():
    """"President Trump tweeted support for the protesters": the tweet is his word (cues.tsv light: tweet)."""
    art = run("President Trump tweeted support for the protesters.")
    support = event(art, "support")
    assert actor(art, support.source).name == "Donald Trump" and actor(art, support.target).code == "CVL", dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("Officials sent a video of the shooting to reporters.", "shooting"),
    ("The ministry issued a report of the attack.", "attack"),
    ("The army gave details of the raid.", "raid"),
    ("President Trump tweeted a video of the attack.", "attack"),
])
def test_who_shows_or_tells_an_act_did_not_do_it(text, trigger):
    """"Officials sent a video of the shooting": a picture or an account of an act is no act of its sender
    (cues.tsv record; events._light_object)."""
    art = run(text)
    assert event(art, trigger).source is None, dyads(art)


def test_the_from_phrase_of_a_state_one_is_under_is_its_source():
    """"The women are under scrutiny from the government": the parser hangs the "from" on "are"; the government
    scrutinises them (events.noun_arguments)."""
    art = run("The women are under scrutiny from the government.")
    assert dyads(art) == [("scrutiny", "GOV", "CVL")], dyads(art)


def test_one_employee_is_an_actor():
    """"plotted to kill a military base employee": one employee is a civilian, as employees are (sectors.tsv)."""
    art = run("The man plotted to kill a military base employee.")
    assert actor(art, event(art, "kill").target).name == "employee", dyads(art)


@pytest.mark.parametrize("text, trigger, doer", [
    ("Rights groups accused police of torture.", "torture", "COP"),
    ("The UN accused Myanmar's military of genocide against the Rohingya.", "genocide", "MMRMIL"),
])
def test_the_one_accused_of_an_act_did_it_even_where_the_of_hangs_on_him(text, trigger, doer):
    """"Rights groups accused police of torture": the parser hangs "of torture" on "police"; the police are its doer
    (events._held_to_account)."""
    art = run(text)
    assert actor(art, event(art, trigger).source).code == doer, dyads(art)


@pytest.mark.parametrize("text, trigger, pair", [
    ("The president pardoned the journalist. The journalist had criticised him.", "criticised", ("journalist", "president")),
    ("The officer stopped the man. The man then attacked him with a knife.", "attacked", ("man", "officer")),
])
def test_an_object_pronoun_is_not_its_own_clauses_subject_described_by_a_noun(text, trigger, pair):
    """"The journalist had criticised him": "him" is not the journalist, however the journalist was named before
    (actors._pronouns, as for named people)."""
    art = run(text)
    ev = event(art, trigger)
    assert (actor(art, ev.source).name, actor(art, ev.target).name) == pair, dyads(art)


@pytest.mark.parametrize("text, trigger, target", [
    ("Police arrested hundreds on Sunday.", "arrested", "hundreds"),
    ("Police shot dead two protesters and wounded dozens more.", "wounded", "dozens more"),
])
def test_a_crowd_word_standing_alone_is_the_people_acted_on(text, trigger, target):
    """"Police arrested hundreds": a crowd word alone is a number of people, as "arrested 12" is; "wounded dozens more"
    with the "more" the parser hangs on the verb (actors._counted_people)."""
    art = run(text)
    assert actor(art, event(art, trigger).target).name == target, dyads(art)


def test_a_missile_test_fired_is_a_show_of_force():
    """"North Korea test-fired two ballistic missiles": a test is force shown (CAMEO 150), no attack; "fired
    rockets at Israel" stays one (triggers.tsv)."""
    assert event(run("North Korea test-fired two ballistic missiles on Sunday."), "fired").plover.type == "MOBILIZE"
    assert event(run("Hamas fired rockets at Israel."), "fired").plover.type == "ASSAULT"


@pytest.mark.parametrize("text, trigger, pair", [
    ("The rebels seized the town after days of fighting with government forces.", "fighting", ("REB", "MIL")),
    ("Police arrested 10 people after weeks of clashes with protesters.", "clashes", ("COP", "CVL")),
    ("Troops withdrew after a fierce battle with the rebels.", "battle", ("MIL", "REB")),
])
def test_who_fought_over_a_stretch_of_days_is_the_subject(text, trigger, pair):
    """"seized the town after days of fighting with government forces": the rebels fought them, as "after clashes
    with" tells (events.noun_arguments; cues.tsv reciprocal: fighting, battle)."""
    art = run(text)
    ev = event(art, trigger)
    assert (actor(art, ev.source).code, actor(art, ev.target).code) == pair, dyads(art)


@pytest.mark.parametrize("text, trigger, source", [
    ("The minister resigned after being accused of corruption by opposition lawmakers.", "accused", "lawmakers"),
    ("The man was criticised for his remarks by the opposition.", "criticised", "opposition"),
])
def test_the_by_phrase_hung_on_what_one_is_accused_of_is_the_accuser(text, trigger, source):
    """"accused of corruption by opposition lawmakers": the parser hangs the "by" on "corruption"; the lawmakers
    accuse (syntax.agent)."""
    art = run(text)
    assert actor(art, event(art, trigger).source).name == source, dyads(art)


def test_a_when_clause_hung_on_a_later_harm_tells_who_did_the_first():
    """"Two people were killed and 15 injured when security forces dispersed the protest": the parser hangs the
    "when" clause on "injured"; the forces killed them too (events.verb_arguments)."""
    art = run("Two people were killed and 15 injured when security forces dispersed the protest.")
    killed = event(art, "killed")
    assert (actor(art, killed.source).name, actor(art, killed.target).name) == ("security forces", "people"), dyads(art)


def test_the_subject_of_a_to_clause_after_a_verb_is_who_it_acts_on():
    """"a bill requiring foreign journalists to register": the parser reads "journalists to register" as a
    clause with its own subject; the journalists are made to (syntax.verb_object)."""
    art = run("Parliament passed a bill requiring foreign journalists to register.")
    ev = event(art, "requiring")
    assert (actor(art, ev.source).name, actor(art, ev.target).name) == ("parliament", "journalists"), dyads(art)


@pytest.mark.parametrize("text, trigger, target", [
    ("He initiated several lawsuits challenging Pennsylvania's voting procedures.", "lawsuits", "Pennsylvania"),
    ("The campaign filed a lawsuit seeking to block Michigan from certifying the vote.", "filed", "Michigan"),
    ("The judge dismissed a lawsuit that sought to remove the governor from office.", "lawsuit", "governor"),
    ("Rights groups filed a complaint accusing the police of torture.", "filed", "police"),
])
def test_a_lawsuit_goes_after_whom_its_own_clause_names(text, trigger, target):
    """"a lawsuit challenging Pennsylvania's voting procedures", "a suit seeking to block Michigan": whom the suit
    seeks to act on (or whose thing it challenges) is whom it is brought against (events._suit_aims)."""
    art = run(text)
    assert actor(art, event(art, trigger).target).name == target, dyads(art)


@pytest.mark.parametrize("text, counted, code", [
    ("Five Syrian soldiers were killed and 20 wounded in the attack.", "20", "SYRMIL"),
    ("Three civilians were killed and seven were wounded.", "seven", "CVL"),
])
def test_a_bare_number_after_a_conjoined_harm_is_more_of_the_noun_left_out(text, counted, code):
    """"Five Syrian soldiers were killed and 20 wounded": twenty more soldiers were wounded, a group of their own
    (not the five killed, and not merged into the killing) (actors._counted_people)."""
    art = run(text)
    killed, wounded = event(art, "killed"), event(art, "wounded")
    assert killed is not wounded and killed.target != wounded.target, dyads(art)
    assert (actor(art, wounded.target).name, actor(art, wounded.target).code) == (counted, code), dyads(art)


@pytest.mark.parametrize("text, trigger, targets", [
    ("Qatar facilitated a meeting between the Taliban and US officials.", "facilitated", {"Taliban", "American government"}),
    ("Preston has been deeply critical of the county and school district in Broward.", "been", {"county", "school district"}),
])
def test_two_parties_read_as_modifiers_of_the_second_are_each_a_party(text, trigger, targets):
    """"a meeting between the Taliban and US officials", "critical of the county and school district": the parser
    reads "Taliban and US", "county and school" as modifiers of the last noun; each is a party of its own
    (syntax.with_conj; sectors.tsv: school district)."""
    art = run(text)
    got = {e.target for e in art.events if e.trigger.text == trigger}
    assert {actor(art, t).name for t in got} == targets, dyads(art)


@pytest.mark.parametrize("text, name, sector", [
    ("Adam Schiff, who chairs the House Oversight Committee in Washington, criticised the plan.", "House Oversight Committee", "LEG"),
    ("The National Security Council met on Monday in Washington to discuss Iran.", "national security council", "GOV"),
])
def test_a_chambers_committee_and_a_national_security_council_are_coded(text, name, sector):
    """An unknown committee named for a chamber is legislative (roles.tsv kind=chamber); a national security
    council is the government's, not the UN Security Council (sectors.tsv)."""
    art = run(text)
    assert [a.code[-3:] for a in art.actors if a.name == name] == [sector], [(a.name, a.code) for a in art.actors]


@pytest.mark.parametrize("text", [
    "Israel stopped its assault on Gaza.",
    "Hamas could stop the assault on Gaza.",
])
def test_the_on_phrase_a_verb_of_stopping_takes_is_the_acts_target(text):
    """"stopped its assault on Gaza": the parser hangs "on Gaza" on "stopped", which has no "on" of its own; Gaza
    is the assault's target (events.noun_arguments)."""
    art = run(text)
    assert actor(art, event(art, "assault").target).code == "PSE", dyads(art)


def test_a_group_an_adjective_describes_is_the_organisation_named_before():
    """"Israel accused Hamas ... The militant group denied it": "the militant group" is Hamas, as "the group" is
    (actors._descriptions); not people named before by a plural ("civilians")."""
    art = run("Israel accused Hamas of using civilians as shields. The Islamist group denied the charge on Monday.")
    assert actor(art, event(art, "denied").source).name == "Hamas", dyads(art)


def test_a_bare_noun_in_a_story_of_two_countries_is_where_its_sentence_places_it():
    """With no country holding most of the article's mentions (Russia 13, Turkey 11, the US 4), "police" who
    detain protesters after a rally in Ankara are Turkey's (context._local_countries), not of no country."""
    art = run("Russia and Turkey traded accusations on Monday. Russian officials blamed Turkey for the crisis. Turkish "
              "officials blamed Russia. Russia's foreign ministry summoned the Turkish envoy in Moscow, and Russian "
              "President Vladimir Putin criticised Turkey. Russian media reported the summons. The United States urged "
              "calm in a statement from Washington. Turkey's president did not comment. Police detained two protesters "
              "on Tuesday after a rally in Ankara.")
    detained = event(art, "detained")
    assert (actor(art, detained.source).code, actor(art, detained.target).code) == ("TURCOP", "TURCVL"), dyads(art)


def test_a_harm_after_being_attacked_is_the_attack():
    """"journalists were injured after being attacked by protesters": one happening, the protesters' attack that
    injured them, not two events (events.merge, _harm_told_by); an arrest after a beating stays two acts."""
    art = run("A number of journalists were also injured after being attacked by protesters.")
    harms = [e for e in art.events if e.plover.type == "ASSAULT"]
    assert len(harms) == 1 and (actor(art, harms[0].source).name, actor(art, harms[0].target).name) == (
        "protesters", "journalists"), dyads(art)
    art = run("The protester was arrested after being beaten by police.")
    assert {e.plover.type for e in art.events} == {"COERCE", "ASSAULT"}, dyads(art)


@pytest.mark.parametrize("text, trigger, target", [
    ("About 10,000 people gathered in Athens for an anti-government demonstration.", "demonstration", "government"),
    ("Anti-government protests have been taking place in Belgrade since Tuesday.", "protests", "government"),
    ("Thousands joined anti-Trump protests in New York.", "joined", None),
])
def test_a_protest_against_the_government_targets_it(text, trigger, target):
    """"an anti-government demonstration" is against the government, the country's (actors._opposed,
    events.noun_arguments); "anti-Trump protests" stay without a target, as the dev coders code them."""
    art = run(text)
    ev = event(art, trigger)
    assert (actor(art, ev.target).name if ev.target else None) == target, dyads(art)
    if target:
        assert actor(art, ev.target).code.endswith("GOV") and actor(art, ev.target).country, dyads(art)


def test_who_joined_in_a_vigil_held_it():
    """"More than a hundred people joined in a candlelit vigil": they took part in it (cues.tsv share: join)."""
    art = run("More than a hundred people joined in a candlelit vigil in the neighborhood.")
    assert actor(art, event(art, "vigil").source).name == "people", dyads(art)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Israel launched strikes on Gaza.", "strikes", "ASSAULT"),
    ("The United States carried out strikes on Syria.", "strikes", "ASSAULT"),
    ("Teachers went on strike on Monday in Paris.", "strike", "PROTEST"),
])
def test_strikes_on_a_named_place_are_attacks(text, trigger, kind):
    """"launched strikes on Gaza" are attacks on it (triggers.tsv N strike prep:on=@place), not walkouts; a strike
    on a day stays one."""
    art = run(text)
    assert event(art, trigger).plover.type == kind, dyads(art)


def test_the_people_of_a_named_city_are_its_countrys():
    """"Russian forces shelled the city of Kharkiv": the place after "of" in the site's words is found (geo) and
    its people are Ukraine's, not Russia's as the article's one country (context._named_within)."""
    art = run("Russian forces shelled the city of Kharkiv overnight.")
    assert actor(art, event(art, "shelled").target).code == "UKRCVL", dyads(art)
    assert [loc.country for loc in art.locations if loc.name == "Kharkiv"] == ["UKR"]


@pytest.mark.parametrize("text, trigger, pair", [
    ("Germany pledged 500 million euros in aid to Ukraine.", "pledged", ("Germany", "Ukraine")),
    ("Saudi Arabia offered billions in loans to Pakistan.", "offered", ("Saudi Arabia", "Pakistan")),
])
def test_a_sum_given_in_aid_goes_to_whom_the_aid_goes(text, trigger, pair):
    """"pledged 500 million euros in aid to Ukraine": the sum is given as aid, and the aid's "to" phrase says to whom
    (events.verb_arguments)."""
    art = run(text)
    ev = event(art, trigger)
    assert (actor(art, ev.source).name, actor(art, ev.target).name) == pair, dyads(art)


def test_fighting_between_two_sides_is_each_ones():
    """"Fighting between the army and the RSF killed dozens": the parser keeps the gerund a verb; its "between"
    phrase names the parties, each fighting the other (events.find)."""
    art = run("Fighting between the army and the RSF killed dozens in Khartoum.")
    pairs = {(actor(art, e.source).code, actor(art, e.target).code) for e in art.events if e.trigger.text == "Fighting"}
    assert pairs == {("SDNMIL", "SDNREBRSF"), ("SDNREBRSF", "SDNMIL")}, dyads(art)


def test_people_killed_when_a_bomb_exploded_is_one_attack():
    """"At least 15 people were killed when a car bomb exploded": the bombing is the act the killing happened in,
    one event (events.merge, _harm_told_by: the act named by the subject of the "when" clause)."""
    art = run("At least 15 people were killed when a car bomb exploded near a market in Baghdad.")
    assert len([e for e in art.events if e.plover.type == "ASSAULT"]) == 1, dyads(art)


@pytest.mark.parametrize("text,trigger,status", [
    ("The regional parliament voted to extend the state of emergency on Friday.", "extend", "occurred"),
    ("Officers decided to question the two men after the raid in Lagos.", "question", "occurred"),
    ("The parliament will vote next week to extend the state of emergency.", "extend", "intended"),
    ("The government plans to extend the state of emergency.", "extend", "intended"),
])
def test_a_decision_or_vote_to_act_reported_as_done_is_the_act_done(text, trigger, status):
    """"voted to extend the state of emergency", "decided to question them": a vote or decision told in the
    past carries the act out (the coders code it occurred); a vote still to come keeps it intended."""
    assert event(run(text), trigger).status == status


@pytest.mark.parametrize("text,trigger", [
    ("The president instructed security agencies to investigate the bombing in Kyiv.", "investigate"),
    ("The governor ordered police to arrest the protesters in Lagos.", "arrest"),
    ("The president directed the army to attack the rebels near Goma.", "attack"),
])
def test_an_act_ordered_of_someone_is_intended(text, trigger):
    """"instructed security agencies to investigate": the order is given; the act it commands is not yet done."""
    assert event(run(text), trigger).status == "intended"


def test_those_at_a_rally_held_it_but_not_the_police_there():
    """"demonstrators at the rally": those at a protest are its protesters; police or reporters there are not."""
    art = run("Demonstrators at the rally in Minsk chanted slogans against the president.")
    assert actor(art, event(art, "rally").source).name.lower() == "demonstrators"
    art = run("Police at the rally in Minsk arrested ten people on Sunday.")
    assert event(art, "rally").source is None


def test_a_lawsuit_an_act_is_described_in_is_an_act_of_its_own():
    """"described the assault in her lawsuit against Trump": what one describes something in is no name for it
    ("described the protests as riots" is)."""
    art = run("The writer Jean Carroll described the assault in her lawsuit against President Donald Trump.")
    suit = event(art, "lawsuit")
    assert actor(art, suit.source).name == "Jean Carroll" and actor(art, suit.target).name == "Donald Trump"


def test_an_according_phrase_s_name_is_not_the_subject_of_the_clause_after_it():
    """"According to the mayor, Dee Margo, during the weekend, police were investigating": the parser makes the
    mayor's name a second subject; the police investigate. A title and its name a comma apart stay one."""
    art = run("According to the mayor of Lagos, Ade Bello, on Sunday, police were investigating the bombing of the bus.")
    assert actor(art, event(art, "investigating").source).name.lower() == "police"
    art = run("UN humanitarian coordinator for Sudan, Eugene Owusu condemned the attack on the aid convoy.")
    assert actor(art, event(art, "condemned").source).code == "IGOUNO"


@pytest.mark.parametrize("text,trigger,status", [
    ("The opposition leader was about to be charged by prosecutors in Minsk.", "charged", "intended"),
    ("The opposition leader is likely to be arrested in Minsk on Monday.", "arrested", "hypothetical"),
    ("The opposition leader is due to be sentenced in Minsk on Monday.", "sentenced", "intended"),
])
def test_one_about_likely_or_due_to_undergo_an_act_is_its_target(text, trigger, status):
    """"was about to be charged", "is likely to be arrested", "is due to be sentenced": the subject of the state
    undergoes the act — at hand, expected or scheduled, not done."""
    art = run(text)
    ev = event(art, trigger)
    assert ev.target is not None and actor(art, ev.target).name == "opposition leader" and ev.status == status


def test_a_lone_dissident_is_the_opposition():
    """"arrested a prominent dissident": one dissident is an opposition actor, as dissidents are."""
    art = run("Police arrested a prominent dissident in Beijing on Monday.")
    assert dyads(art) == [("arrested", "CHNCOP", "CHNOPP")]


def test_releasing_a_nation_s_people_is_a_release():
    """"released five jailed Americans": a nation's people named as such are released persons (CAMEO 0841)."""
    art = run("Venezuela released five jailed Americans in exchange for two Venezuelan prisoners.")
    released = event(art, "released")
    assert (released.cameo, actor(art, released.source).code, actor(art, released.target).code) == ("0841", "VEN", "USACVL")


@pytest.mark.parametrize("text,trigger,source,target", [
    ("Ethiopian troops pushed back Tigrayan fighters from the town on Tuesday.", "pushed", "ETHMIL", "REB"),
    ("The Malian army drove the militants out of the town on Sunday.", "drove", "MLIMIL", "REB"),
])
def test_driving_armed_men_back_is_fighting_them(text, trigger, source, target):
    """"pushed back Tigrayan fighters", "repelled the rebels": those driven back are fought (190)."""
    art = run(text)
    ev = event(art, trigger)
    assert ev.plover.type == "ASSAULT" and actor(art, ev.source).code.endswith(source)
    assert actor(art, ev.target).code.endswith(target)


def test_stones_hurled_after_tyres_set_ablaze_are_the_protesters():
    """"Protesters set tyres ablaze and hurled stones at riot police, who responded with tear gas": the parser
    conjoins "hurled" to "ablaze"; the protesters hurl the stones, an attack, not the police's tear gas."""
    art = run("Protesters in Nairobi set tyres ablaze and hurled stones at riot police, who responded with tear gas.")
    hurled = event(art, "hurled")
    assert hurled.plover.type == "ASSAULT" and actor(art, hurled.target).code == "KENCOP"
    assert actor(art, hurled.source).code == "KENCVL"


def test_paramilitaries_are_armed_men_of_their_country():
    art = run("Sudanese paramilitaries seized control of the main army base in Nyala.")
    assert actor(art, event(art, "seized").source).code == "SDNUAF"


def test_blocking_an_aid_package_or_a_bid_is_a_rejection():
    art = run("Hungary blocked an EU aid package for Ukraine on Thursday.")
    assert ("blocked", "HUN", "IGOEUREEC") in dyads(art) and event(art, "blocked").plover.type == "REJECT"
    art = run("Turkey blocked Sweden's bid to join NATO.")
    assert ("blocked", "TUR", "SWE") in dyads(art)


def test_what_a_vetoed_resolution_would_have_said_is_not_said():
    """"Russia vetoed a resolution condemning the annexation": the condemnation was never adopted; a resolution
    passed says it."""
    assert event(run("Russia vetoed a UN resolution condemning the annexation of Ukrainian regions."),
                 "condemning").status == "negated"
    assert event(run("The council passed a resolution condemning the coup in Niger."), "condemning").status == "occurred"


def test_a_site_named_after_its_place_is_that_place_s():
    """"raided the Jenin refugee camp": the place opening a site's words after "the" is found, and its people are
    that place's (not the raiders' country's); a newspaper's name ("The New York Times") is no place."""
    art = run("Israeli troops raided the Jenin refugee camp on Monday.")
    assert ("raided", "ISRMIL", "PSEREF") in dyads(art)
    art = run("The New York Times reported that troops raided the camp.")
    assert not any(loc.name == "New York" for loc in art.locations)


@pytest.mark.parametrize("text,victims", [
    ("Hamas fighters ambushed an Israeli patrol in Khan Younis, killing two soldiers.", "ISRMIL"),
    ("Ukrainian drones struck a Russian convoy in Zaporizhzhia, killing five soldiers.", "RUSMIL"),
])
def test_forces_killed_in_an_attack_are_of_the_side_attacked(text, victims):
    """"ambushed an Israeli patrol in Khan Younis, killing two soldiers": the soldiers are the patrol's side, not
    the country of the place it was in."""
    art = run(text)
    assert actor(art, event(art, "killing").target).code == victims


def test_aid_named_as_the_package_it_comes_in_takes_the_package_s_parties():
    """"announced a new military aid package for Ukraine": "aid" is the package's modifier; the package's phrases
    and the verb announcing it tell who gives it to whom."""
    art = run("The Pentagon announced a new military aid package for Ukraine.")
    assert ("aid", "USAMIL", "UKR") in dyads(art)


def test_a_capital_protested_to_is_its_government_but_one_flown_to_is_a_place():
    """"Manila protested to Beijing": the capital one complains to is its government; "flew to Beijing" names
    where one went."""
    art = run("Manila protested to Beijing over the water cannon incident.")
    assert ("protested", "PHLGOV", "CHNGOV") in dyads(art)
    art = run("The Philippine president flew to Beijing on Monday.")
    assert not any(a.code == "CHNGOV" for a in art.actors)


def test_one_committed_to_an_act_intends_it():
    """"Iran remains committed to negotiating with the United States": Iran's intent, not yet done (not, if it
    is not committed)."""
    art = run("Iran remains committed to negotiating with the United States.")
    ev = event(art, "negotiating")
    assert (actor(art, ev.source).code, actor(art, ev.target).code, ev.status) == ("IRN", "USA", "intended")
    art = run("The rebels are not committed to talking with the government of Mali.")
    assert event(art, "talking").status == "negated"


@pytest.mark.parametrize("text,trigger", [
    ("Riot police pushed back the crowd with water cannon.", "pushed"),
    ("Police pushed back the crowd with batons and tear gas on Saturday.", "pushed"),
])
def test_pushing_a_crowd_back_is_crowd_control_told_once(text, trigger):
    """"Riot police pushed back the crowd with water cannon": police coerce the crowd (pushing fighters back is
    fighting); the means told "with", coordinated or not, is that one act."""
    art = run(text)
    ev = event(art, trigger)
    assert (ev.plover.type, actor(art, ev.source).code, actor(art, ev.target).code) == ("COERCE", "COP", "CVL")
    assert len(art.events) == 1


def test_it_strikes_for_the_military_it_stands_for():
    """"Israel's military said it struck Hezbollah targets": "it" is the military, so the strike stands; an "it"
    that stands for no actor ("It struck me that") is no attack."""
    art = run("Israel's military said it struck Hezbollah targets in southern Lebanon overnight.")
    assert ("struck", "ISRMIL", "LBNREBHEZ") in dyads(art)
    assert not run("It struck me that nobody had called.").events


@pytest.mark.parametrize("text,trigger,owner", [
    ("The European Union imposed fresh sanctions on Iran over its crackdown on protesters.", "crackdown", "IRN"),
    ("The United States slapped sanctions on Russia over its annexation of Crimea.", "annexation", "RUS"),
])
def test_what_one_is_sanctioned_over_is_its_own_act(text, trigger, owner):
    """"imposed sanctions on Iran over its crackdown": the owner of what one is punished over is the one
    punished, not the punisher."""
    art = run(text)
    assert actor(art, event(art, trigger).source).code == owner


def test_threatening_an_intervention_is_a_threat_of_force():
    """"threatened military intervention": a threat of force (138), not an unspecified threat."""
    assert event(run("ECOWAS threatened military intervention in Niger."), "threatened").cameo == "138"


def test_nationals_of_a_country_do_not_make_the_story_theirs():
    """Prosecutors charging "two Chinese nationals" in a story of the Justice Department and the FBI are
    American: nationals are abroad, and cast no vote for the article's country."""
    art = run("The Justice Department announced the charges on Monday. Prosecutors charged two Chinese nationals "
              "with hacking. The FBI said the hackers worked for Chinese intelligence.")
    ev = event(art, "charged")
    assert (actor(art, ev.source).code, actor(art, ev.target).code) == ("USAJUD", "CHNCVL")


def test_a_town_named_after_the_town_of_is_a_place_not_a_person():
    """"captured the town of Avdiivka": a name the tagger calls a person, after "the town of", is the town the
    gazetteer knows (its country the target's), and so is one before a site's noun ("the Zaporizhzhia nuclear
    plant"); no person of that name is an actor."""
    art = run("Russia claimed to have captured the town of Avdiivka.")
    assert ("captured", "RUS", "UKR") in dyads(art)
    assert any(loc.country == "UKR" for loc in art.locations)
    art = run("The IAEA chief visited the Zaporizhzhia nuclear plant.")
    assert not any(a.kind == "person" for a in art.actors) and any(loc.country == "UKR" for loc in art.locations)


@pytest.mark.parametrize("text,code", [
    ("Thousands of Argentines took to the streets to protest against the austerity measures.", "ARGCVL"),
    ("Cypriots protested outside parliament on Sunday.", "CYPCVL"),
])
def test_a_people_named_by_its_plural_protests(text, code):
    """"Thousands of Argentines", "Cypriots": a country's people named by a plural the lexicon cannot form by
    adding -s to its adjective (demonyms.tsv) are its civilians."""
    art = run(text)
    assert actor(art, next(e for e in art.events if e.plover.type == "PROTEST").source).code == code


def test_the_ecuadorian_spelling_names_ecuador():
    """"The Ecuadorian army": the common spelling names Ecuador as well as "Ecuadorean"."""
    art = run("The Ecuadorian army took control of the prison.")
    assert any(a.code == "ECUMIL" for a in art.actors)


def test_those_blocking_roads_demand_what_the_participle_says():
    """"Peruvian protesters blocked roads demanding the resignation of President Dina Boluarte": the roads demand
    nothing; those who block them do."""
    art = run("Peruvian protesters blocked roads demanding the resignation of President Dina Boluarte.")
    assert ("demanding", "PERCVL", "PERGOV") in dyads(art)


def test_blocking_a_motorway_is_an_obstruction():
    """"Climate activists blocked a motorway in Munich": any road a crowd blocks (wordsets.tsv thoroughfare)."""
    art = run("Climate activists blocked a motorway in Munich.")
    ev = event(art, "blocked")
    assert (ev.cameo, actor(art, ev.source).code) == ("144", "DEUCVL")


def test_a_capital_coordinated_with_an_acting_capital_acts_too():
    """"Seoul and Washington held joint military drills": both capitals are their governments, each the other's
    partner."""
    art = run("Seoul and Washington held joint military drills on Monday.")
    assert {("drills", "KORGOV", "USAGOV"), ("drills", "USAGOV", "KORGOV")} <= set(dyads(art))


def test_a_displacement_camp_attacked_stands_for_its_displaced_people():
    """"attacked a displacement camp in Darfur": the people of the camp, refugees of its place's country (the
    parser reads "displacement" as an adjective)."""
    art = run("Sudanese paramilitaries attacked a displacement camp in Darfur.")
    assert actor(art, event(art, "attacked").target).code == "SDNREF"


@pytest.mark.parametrize("text,trigger,pair", [
    ("The UN accused the police of killing protesters.", "killing", ("COP", "CVL")),
    ("The Sudanese army accused the RSF of looting hospitals in Khartoum.", "looting", ("SDNREBRSF", "SDNHLH")),
    ("The army accused the RSF of shelling hospitals in Khartoum.", "shelling", ("SDNREBRSF", "SDNHLH")),
])
def test_the_one_accused_of_an_act_did_it_however_the_parser_hangs_it(text, trigger, pair):
    """"accused the police of killing protesters" (the "of" hung on the police), "accused the RSF of looting
    hospitals" (the gerund read as the hospitals' adjective): the one accused did it, to its object."""
    art = run(text)
    ev = event(art, trigger)
    assert (actor(art, ev.source).code, actor(art, ev.target).code) == pair


@pytest.mark.parametrize("text,trigger,source", [
    ("The attack, which was claimed by the Islamic State, killed 40 worshippers.", "attack", "IMGMUSISI"),
    ("The raid, which was carried out by US special forces, killed five militants.", "raid", "USAMIL"),
    ("The general justified the strike, which was approved by the president.", "strike", None),
])
def test_a_relative_clause_saying_who_did_an_act_gives_its_source(text, trigger, source):
    """"The attack, which was claimed by the Islamic State": the claimer did it, as in "the attack was claimed by";
    one who approved or ordered it did not (cues.tsv directive)."""
    art = run(text)
    ev = next((e for e in art.events if e.trigger.text == trigger), None)
    assert (actor(art, ev.source).code if ev is not None and ev.source else None) == source


def test_censoring_a_foreign_platform_stays_censorship():
    """"Russian authorities blocked access to Facebook": censorship (1721), though the platform is another
    country's (a ban aimed abroad is otherwise a sanction)."""
    art = run("Russian authorities blocked access to Facebook and Instagram.")
    ev = event(art, "blocked")
    assert (ev.cameo, actor(art, ev.source).code) == ("1721", "RUSGOV")


def test_sending_asylum_seekers_away_is_expelling_them():
    """"plans to send asylum seekers to Rwanda": an expulsion the government intends (174)."""
    art = run("The UK government plans to send asylum seekers to Rwanda.")
    ev = event(art, "send")
    assert (ev.cameo, ev.status, actor(art, ev.source).code) == ("174", "intended", "GBRGOV")


def test_no_police_is_implied_where_the_clause_names_its_own_doer():
    """"Settlers torched Palestinian homes in the West Bank": the settlers did it, whom no actor stands for; no
    Palestinian police is implied (as it is for "Two journalists were arrested in Istanbul", which names none)."""
    art = run("Settlers torched Palestinian homes in the West Bank village of Huwara.")
    assert event(art, "torched").source is None
    art = run("Two journalists were arrested in Istanbul.")
    ev = event(art, "arrested")
    assert (actor(art, ev.source).code, ev.source_implied) == ("TURCOP", True)


def test_martial_law_told_as_a_noun_is_imposed_by_its_owner():
    """"his brief imposition of martial law": the act told as a noun (1724), its owner the one who imposed it."""
    art = run("Lawmakers impeached President Yoon Suk Yeol over his brief imposition of martial law.",
              published="2025-01-01T10:00:00")
    ev = event(art, "imposition")
    assert (ev.cameo, actor(art, ev.source).code) == ("1724", "KORGOV")


def test_some_of_those_acted_on_undergo_the_participle_after():
    """"arrested dozens of protesters, beating some with truncheons": "some" are of the protesters; "injured three
    others" are other people (no target borrowed)."""
    art = run("Riot police arrested dozens of protesters in Tbilisi, beating some with truncheons.")
    assert ("beating", "GEOCOP", "GEOCVL") in dyads(art)
    art = run("The gunman killed two people and injured three others in Reading.")
    assert {e.trigger.text for e in art.events} >= {"killed", "injured"}


def test_troops_one_agrees_to_withdraw_are_its_own_not_the_target():
    """"promised to withdraw troops from Moldova": the troops are the doer's own, the country left the target (0356);
    "India and China agreed to pull back troops": each agrees with the other, no troops are the target."""
    art = run("Russia promised to withdraw troops from Moldova.")
    ev = event(art, "promised")
    assert (ev.cameo, actor(art, ev.target).code) == ("0356", "MDA")
    art = run("India and China agreed to pull back troops from the disputed border.")
    assert {d for d in dyads(art) if d[0] == "agreed"} == {("agreed", "IND", "CHN"), ("agreed", "CHN", "IND")}
    art = run("Saudi Arabia and Iran agreed to reopen their embassies.")  # their own envoys: each agrees with the other
    assert {d for d in dyads(art) if d[0] == "agreed"} == {("agreed", "SAU", "IRN"), ("agreed", "IRN", "SAU")}


def test_her_before_an_adjective_is_the_one_called_so():
    """"calling her incompetent": the parser reads "her" as the adjective's possessive; she is the one called so."""
    art = run("Kamala Harris spoke in Detroit on Monday. Trump responded on Tuesday, calling her incompetent.")
    ev = event(art, "calling")
    assert actor(art, ev.target).name == "Kamala Harris"


def test_revoking_a_pact_with_a_country_breaks_with_it():
    """"revoked a defence pact with the United States", "ended a security agreement with Colombia": a withdrawal
    from the pact (166), aimed at the partner."""
    art = run("Niger's military rulers revoked a defence pact with the United States.")
    assert ("revoked", "NERGOV", "USA") in dyads(art)
    assert event(art, "revoked").cameo == "166"
    art = run("Ecuador ended a security agreement with Colombia.")
    assert ("ended", "ECU", "COL") in dyads(art)


def test_people_fired_at_voice_their_own_demands():
    """"fired rubber bullets at students demanding an end to job quotas": the students demand it, not the police;
    "gathered outside the embassy chanting slogans": the crowd chants, not the embassy."""
    art = run("Police in Dhaka fired rubber bullets at students demanding an end to job quotas.")
    assert actor(art, event(art, "demanding").source).code == "BGDEDU"
    art = run("Hundreds gathered outside the embassy chanting slogans against the war.")
    assert actor(art, event(art, "chanting").source).name == "Hundreds"


def test_striking_a_named_city_is_an_attack_on_its_country():
    """"Russia struck Odesa overnight": a city named as the object is struck by force (not "struck the ball");
    the civilians the strike wounds are that country's ("wounding nine civilians": Ukraine's, not Russia's)."""
    art = run("Russia struck Odesa overnight.")
    assert ("struck", "RUS", "UKR") in dyads(art)
    art = run("Russia struck Odesa with missiles, wounding nine civilians.")
    assert ("wounding", "RUS", "UKRCVL") in dyads(art)
    art = run("Russian forces shelled Kharkiv overnight, killing four civilians, the regional governor said.")
    assert ("killing", "RUSMIL", "UKRCVL") in dyads(art)
    assert not run("The striker struck the ball into the net.").events


def test_a_sector_noun_before_a_protest_noun_names_who_protests():
    """"banned all opposition rallies": the opposition holds them and is the one the ban is aimed at; "student
    protests" are the students' (as "police firing" is the police's)."""
    art = run("Tanzanian police banned all opposition rallies.")
    assert ("banned", "TZACOP", "TZAOPP") in dyads(art)
    assert actor(art, event(art, "rallies").source).code == "TZAOPP"
    art = run("Student protests spread to several cities in Bangladesh.")
    assert actor(art, event(art, "protests").source).code == "BGDEDU"


def test_one_countrys_military_drills_are_a_show_of_force():
    """"China held military drills around Taiwan": a show of force (150), not cooperation, which joint drills are
    ("held joint military drills": 062); warships holding drills and warplanes sent into a zone too."""
    art = run("China held military drills around Taiwan.")
    assert (event(art, "drills").cameo, actor(art, event(art, "drills").source).code) == ("150", "CHN")
    art = run("South Korea and the United States held joint military drills.")
    assert event(art, "drills").cameo == "062"
    art = run("Chinese warships held drills around Taiwan after President Lai's speech.")
    assert (event(art, "held").cameo, actor(art, event(art, "held").source).code) == ("150", "CHNMIL")
    art = run("China sent 30 warplanes into Taiwan's air defence zone.")
    assert ("sent", "CHN", "TWN") in dyads(art)


def test_cutting_the_internet_is_censorship():
    """"Authorities cut the internet in the region": a curb on the press and speech (1721)."""
    art = run("Iranian authorities cut the internet in the province.")
    assert (event(art, "cut").cameo, actor(art, event(art, "cut").source).code) == ("1721", "IRNGOV")


def test_rejecting_calls_from_someone_rejects_the_caller():
    """"rejected calls from Kyiv to send Taurus missiles": the call is Kyiv's, the rejection aimed at it."""
    art = run("Scholz rejected calls from Kyiv to send Taurus missiles.", published="2024-03-01T10:00:00")
    assert ("rejected", "DEUGOV", "UKRGOV") in dyads(art)


def test_strikes_a_state_launches_on_another_are_military():
    """"Russia launched strikes on Kyiv": a state's (or its forces') strikes on another country are attacks (190),
    not a walkout, even where nothing else in the text speaks of war; "Doctors in Britain launched a strike" is one."""
    art = run("Russia launched strikes on Kyiv.")
    assert event(art, "strikes").cameo == "190"
    art = run("Russian forces carried out strikes on Kyiv overnight.")
    assert event(art, "strikes").cameo == "190"
    art = run("Doctors in Britain launched a strike over pay.")
    assert event(art, "strike").cameo == "143"


def test_calling_off_strikes_does_not_carry_them_out():
    """"called off strikes on Iran": the president halts the strikes (080), he does not strike."""
    art = run("Trump said he had called off strikes on Iran ten minutes before they were to take place.",
              published="2019-06-22T10:00:00")
    ev = event(art, "called")
    assert (ev.plover.type, ev.cameo) == ("CONCEDE", "080")
    assert event(art, "strikes").status != "occurred"


def test_forces_surrounding_a_place_blockade_it():
    """"Sudanese troops surrounded the city of El Fasher": a siege (191); "surrounded by fans" is none."""
    art = run("Sudanese troops surrounded the city of El Fasher.")
    ev = event(art, "surrounded")
    assert (ev.cameo, actor(art, ev.source).code) == ("191", "SDNMIL")
    assert not run("The singer was surrounded by fans.").events


def test_forces_deployed_with_no_agent_deploy_for_their_side():
    """"Lebanese army soldiers were deployed along the southern border": the army deploys its own (source LBNMIL),
    the soldiers are no target; bare "troops were deployed" name no side."""
    art = run("Lebanese army soldiers were deployed along the southern border.")
    ev = event(art, "deployed")
    assert (actor(art, ev.source).code, ev.target) == ("LBNMIL", None)
    assert event(run("Thousands of troops were deployed to the capital."), "deployed").source is None


def test_others_harmed_after_a_group_are_more_of_that_group():
    """"killed two soldiers and wounded three others": three other soldiers (MIL); "killed John Smith and wounded
    three others": other people (civilians)."""
    art = run("The militants killed two soldiers and wounded three others in an ambush.")
    assert actor(art, event(art, "wounded").target).code == "MIL"
    art = run("The gunman killed John Smith and wounded three others.")
    assert actor(art, event(art, "wounded").target).code == "CVL"


def test_those_killed_in_an_attack_on_a_place_are_of_its_country():
    """"Two children were among those killed in a Russian attack on Dnipro": killed by Russia's military (a reduced
    relative is a passive too), Ukrainian civilians (the place the attack was on), not Russian ones."""
    art = run("Two children were among those killed in a Russian attack on Dnipro.")
    assert ("killed", "RUSMIL", "UKRCVL") in dyads(art)
    art = run("Two children were killed in a Russian missile attack on Dnipro.")
    assert ("killed", "RUSMIL", "UKRCVL") in dyads(art)


def test_serbs_croats_and_bosniaks_are_peoples_of_their_countries():
    """"Kosovo police arrested two Serbs": Serbian civilians (demonyms.tsv)."""
    art = run("Kosovo police arrested two Serbs in the north.")
    assert ("arrested", "XKXCOP", "SRBCVL") in dyads(art)


def test_talks_ahead_of_which_one_travels_are_the_travellers():
    """"Blinken arrived in Cairo ahead of talks with Egyptian officials": Blinken's talks, as "before talks with"."""
    art = run("Blinken arrived in Cairo ahead of talks with Egyptian officials.")
    assert ("talks", "USAGOV", "EGYGOV") in dyads(art)
    art = run("Macron travelled to Kyiv ahead of a meeting with Zelensky.")
    assert ("meeting", "FRAGOV", "UKRGOV") in dyads(art)


def test_claims_one_denies_were_made():
    """"The Kremlin denies US claims that Russia hacked ...": the claims were made (the parser reads "US claims" as
    a denied clause); "denies that the US claims ..." still denies the claiming."""
    art = run("The Kremlin denies US claims that Russia hacked official emails.")
    ev = event(art, "claims")
    assert (ev.status, actor(art, ev.source).code, actor(art, ev.target).code) == ("occurred", "USA", "RUS")
    assert event(run("The Kremlin denies that the US claims Russia hacked emails."), "claims").status == "negated"


def test_the_doer_an_allegation_names_is_accused_not_accuser():
    """"dismissed allegations of torture by police officers": the police are accused of the torture (target), no
    one named makes the allegations; "the allegations by the opposition" are still the opposition's."""
    art = run("The ministry dismissed allegations of torture by police officers.")
    ev = event(art, "allegations")
    assert (ev.source, actor(art, ev.target).code) == (None, "COP")
    art = run("Allegations of abuse by soldiers emerged on Monday.")
    ev = event(art, "Allegations")
    assert (ev.source, actor(art, ev.target).code) == (None, "MIL")
    assert ("allegations", "OPP", None) in dyads(run("The allegations by the opposition were rejected."))


def test_plural_envoys_are_actors_as_one_is():
    """"The ambassadors of ten countries called for his release": ambassadors are government (sectors.tsv), as
    "the ambassador" is."""
    art = run("The ambassadors called for the release of the businessman.")
    assert actor(art, event(art, "called").source).code == "GOV"
    art = run("Two envoys criticized the verdict.")
    assert actor(art, event(art, "criticized").source).code == "GOV"


def test_fire_opened_on_a_party_is_aimed_at_it_not_only_at_those_killed():
    """"opened fire on demonstrators, killing five": the firing's target is the demonstrators (five of them died, the
    killing's target); "opened fire at a checkpoint, killing two soldiers" still hit the soldiers."""
    art = run("Security forces opened fire on demonstrators in Khartoum, killing five.")
    assert actor(art, event(art, "opened").target).name == "demonstrators"
    art = run("Gunmen opened fire at a checkpoint, killing two soldiers.")
    assert actor(art, event(art, "opened").target).code == "MIL"


def test_political_parties_are_party_actors():
    """"The junta dissolved all political parties": the parties (PTY) are its target (sectors.tsv)."""
    assert ("dissolved", "GOV", "PTY") in dyads(run("The junta dissolved all political parties."))


def test_a_bomber_who_blew_himself_up_targets_those_killed():
    """"A suicide bomber blew himself up at a checkpoint, killing four soldiers": the bombing's target is the soldiers,
    not the bomber himself (no target)."""
    art = run("A suicide bomber blew himself up at a checkpoint, killing four soldiers.")
    assert actor(art, event(art, "blew").target).code == "MIL"


def test_a_strike_called_off_did_not_take_place():
    """"The strike was called off", "Trump called off strikes on Iran": cancelled, negated (a strike called is held)."""
    assert event(run("The strike was called off."), "strike").status == "negated"
    assert event(run("Trump called off strikes on Iran."), "strikes").status == "negated"
    assert event(run("The union called a strike for Monday."), "called").status == "occurred"


def test_missiles_fired_into_the_sea_are_a_show_of_force():
    """"North Korea fired a ballistic missile into the sea": a show of force (150), no attack; "fired rockets into
    Israel" is one."""
    art = run("North Korea fired a ballistic missile into the sea.")
    assert (event(art, "fired").cameo, event(art, "fired").target) == ("150", None)
    assert event(run("Hamas fired rockets into Israel."), "fired").cameo == "190"


def test_a_delegation_visiting_is_still_a_visit():
    art = run("A French delegation visiting Uganda met the president on Monday.")
    assert event(art, "visiting").plover.type == "CONSULT", dyads(art)


def test_the_place_an_of_phrase_names_is_the_target():
    """"The village of Kampungu was quarantined": Kampungu is what was quarantined."""
    art = run("The village of Kampungu has been quarantined by the health ministry.")
    assert actor(art, event(art, "quarantined").target).name == "Kampungu", dyads(art)


@pytest.mark.parametrize("text, trigger, role, codes", [
    ("Ratcliffe raised concerns about Iranian and Russian interference in the election.", "raised", "target",
     {"IRNGOV", "RUSGOV"}),
    ("The Russian and Syrian offensive killed dozens of civilians.", "offensive", "source", {"RUSMIL", "SYRMIL"}),
])
def test_coordinated_nationality_adjectives_on_an_act_are_two_actors(text, trigger, role, codes):
    """"Iranian and Russian interference": both countries' (the second adjective modifies the noun as the first)."""
    art = run(text)
    assert {actor(art, getattr(e, role)).code for e in art.events if e.trigger.text == trigger} == codes, dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("State officials issued an alert after an outbreak of cholera killed over 60 people.", "killed"),
    ("H5N1 has killed two other Egyptian women this week.", "killed"),
    ("Poisoned liquor killed seventeen people in Kenya's largest slum.", "killed"),
    ("The village has been quarantined and thousands of birds have been killed to contain the outbreak.", "killed"),
    ("The Department of Agriculture started slaughtering, burning and burying roughly 6,500 hogs at a farm.",
     "slaughtering"),
    ("All sheep and cattle are being individually inspected every 48 hours.", "inspected"),
    ("There was an outbreak among monkeys imported from the Philippines to Virginia.", "imported"),
    ("The department had ordered the immediate slaughter of some 600 monkeys in a breeding farm.", "ordered"),
    ("These distressing findings urged a two-day meeting in Johannesburg.", "urged"),
    ("He bought 500mg of ricin, which has the potential to kill about 1,400 people.", "kill"),
])
def test_deaths_from_disease_culls_and_inspected_livestock_are_no_events(text, trigger):
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == trigger], dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen who killed 60 people were arrested on Monday.", "killed"),
    ("IAEA inspectors inspected the facility in Natanz on Monday.", "inspected"),
])
def test_killings_and_inspections_of_states_stay(text, trigger):
    art = run(text)
    assert event(art, trigger), dyads(art)


@pytest.mark.parametrize("text, trigger, plover", [
    ("Japan is making a new contribution of 25 million dollars to Pakistan.", "contribution", "AID"),
    ("Relief goods had been distributed by the Red Cross in Sindh.", "distributed", "AID"),
    ("The UN has set up cholera treatment facilities in Haiti.", "set", "AID"),
    ("Officials in Congo have announced a quarantine of the Etoumbi and Mbomo districts.", "quarantine", "COERCE"),
    ("The FDA has issued a recall on Salmonella contaminated pistachios.", "recall", "COERCE"),
    ("Britain recalled its ambassador from Moscow.", "recalled", "SANCTION"),
])
def test_relief_quarantines_and_recalls_by_the_state(text, trigger, plover):
    art = run(text)
    assert event(art, trigger).plover.type == plover, dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("Peanut Corporation of America recalled its peanut butter on Monday.", "recalled"),
    ("The company located in California has recalled all of their spinach voluntarily.", "recalled"),
    ("The quarantine of the hog farm in Pangasinan has been lifted.", "quarantine"),
])
def test_a_company_recalling_its_own_product_or_a_quarantine_lifted_is_no_new_measure(text, trigger):
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == trigger], dyads(art)


def test_diplomats_of_two_countries_expelled_with_no_expeller_named_have_no_implied_one():
    """"Polish and Czech diplomats were expelled": two events, one for each country's diplomats, and no implied
    expeller from either of them (a state does not expel its own, nor those expelled with them)."""
    art = run("Polish and Czech diplomats were expelled.")
    got = {(actor(art, e.source).code if e.source else None, actor(art, e.target).code)
           for e in art.events if e.trigger.text == "expelled"}
    assert got == {(None, "POLGOV"), (None, "CZEGOV")}, dyads(art)


# --- twenty-sixth round: the people left out, where traffic and aid go, places taken, judgements ----------


@pytest.mark.parametrize("text", [
    "A gunman killed three people and injured two others in the town of Reading on Saturday.",
    "The bomber killed a guard and wounded at least nineteen others outside the ministry.",
    "Six Mexican nationals were killed in the attack, and seven more were injured.",
])
def test_a_counted_others_is_the_group_that_underwent_the_act(text):
    art = run(text)
    hurt = next(e for e in art.events if e.trigger.text in ("injured", "wounded"))
    target = actor(art, hurt.target)
    assert target.name.endswith(("others", "more")) and target.code.endswith("CVL")


@pytest.mark.parametrize("text, trigger, target", [
    ("The minister defended the temporary withholding of security aid to Ukraine.", "withholding", "UKR"),
    ("Italy imposed a ban on flights from China on Friday.", "imposed", "CHN"),
    ("Critics attacked Trump's ban on travel from Iran last week.", "ban", "IRN"),
    ("The United States imposed restrictions on arms sales to Turkey.", "imposed", "TUR"),
])
def test_an_act_on_traffic_or_aid_targets_where_it_goes_or_comes_from(text, trigger, target):
    art = run(text)
    acted = [e for e in art.events if e.trigger.text == trigger]
    assert any(actor(art, e.target).code == target for e in acted if e.target), dyads(art)


def test_a_town_taken_is_a_place_and_the_ones_it_was_taken_from_the_target():
    art = run("The town was recaptured from the Houthis in 2017 after weeks of fighting.")
    taken = event(art, "recaptured")
    assert taken.target and actor(art, taken.target).code.startswith("YEMREB")
    assert not any(a.name.lower() == "the town" for a in art.actors)
    art = run("The state was sued by the contractor over the unpaid bills.")  # a state as the object: its government
    assert any(a.name.lower() == "the state" for a in art.actors)


@pytest.mark.parametrize("text, code", [
    ("Conservation groups sued the agency to block the new rules.", "ENV"),
    ("An auto manufacturers trade group urged the president to act.", "BUS"),
    ("General Manager A. J. Smith said the decision of the league was disappointing.", "BUS"),
])
def test_groups_and_titles_named_by_their_trade(text, code):
    art = run(text)
    acted = art.events[0]
    assert acted.source and actor(art, acted.source).code == code, dyads(art)


@pytest.mark.parametrize("text", [
    "An advocacy group called the sentence excessive.",
    "The senator said the ruling of the court was disappointing.",
])
def test_calling_an_act_excessive_or_disappointing_is_criticism(text):
    art = run(text)
    assert any(e.cameo == "111" for e in art.events), dyads(art)


def test_bare_police_after_the_one_force_named_before_is_that_force():
    art = run("Thames Valley Police were called to the house on Monday. Police said they arrested a "
              "66-year-old man on suspicion of burglary. They later released him on bail.")
    forces = [a for a in art.actors if a.code and a.code.endswith("COP")]
    assert len(forces) == 1 and "Thames Valley" in forces[0].name
    assert event(art, "arrested").source == forces[0].id == event(art, "released").source
    art = run("The Metropolitan Police and the Thames Valley Police searched the area. Police arrested two men.")
    assert len([a for a in art.actors if a.code and a.code.endswith("COP")]) == 3  # which of the two: not said


def test_a_mom_shot_is_a_civilian_person():
    art = run("A 31-year-old Brooklyn mom was shot in the arm outside her home.")
    assert actor(art, event(art, "shot").target).code.endswith("CVL")


def test_the_international_community_is_an_intergovernmental_actor_of_no_country():
    art = run("Sudan's president met aid agencies in Khartoum. The minister urged the international community "
              "to help the refugees in Darfur.")
    urged = event(art, "urged")
    assert actor(art, urged.target).code == "IGO"


def test_a_cop_who_fired_is_police():
    art = run("The cop fired 11 shots at the teenager on Saturday night in Brooklyn.")
    assert actor(art, event(art, "fired").source).code.endswith("COP")


def test_a_chain_of_subject_pronouns_continues_the_first():
    art = run("Mr Alexander Litvinenko, a former Russian spy who had defected to Britain, died last night. He had "
              "alleged many links between officials and crime, implying that President Vladimir Putin had been "
              "involved personally. He had criticised the Kremlin for years.")
    assert actor(art, event(art, "criticised").source).name == "Alexander Litvinenko"


def test_a_person_called_she_is_no_later_he():
    art = run("Ratnamma Kumari told reporters she had left the village in May. Her husband stayed behind. "
              "He forced the workers to leave the farm on Monday.")
    forced = event(art, "forced")
    assert forced.source is None or actor(art, forced.source).name != "Ratnamma Kumari"


@pytest.mark.parametrize("text", [
    "Obama spoke on Monday. After meeting Putin, he criticised Congress.",
    "Obama spoke on Monday. Having promised to scrap Putin's plan, he criticised Congress.",
])
def test_one_named_in_a_clause_the_pronoun_is_the_subject_of_is_not_its_antecedent(text):
    art = run(text)
    assert actor(art, event(art, "criticised").source).name == "Barack Obama"


def test_a_title_after_a_is_no_title_of_the_name_that_follows():
    art = run("Deborah Teasley, widow of a sheriff's deputy Nichols murdered, spoke on Monday. Nichols shot the judge.")
    nichols = next(a for a in art.actors if a.name == "Nichols")
    assert not nichols.code or not nichols.code.endswith("COP")


def test_in_support_of_targets_the_one_supported_by_the_subject():
    art = run("Russia sent troops and warplanes to Syria in support of Bashar al-Assad in 2015.")
    backing = event(art, "support")
    assert actor(art, backing.target).name == "Bashar al-Assad"
    assert backing.source is None or actor(art, backing.source).code == "RUS"


@pytest.mark.parametrize("text, trigger", [
    ("Local police warned people in the area to stay inside and close their windows.", "warned"),
    ("The water board had warned residents not to drink the water from the river.", "warned"),
    ("The president described his first meeting with the prime minister as excellent.", "described"),
    ("The minister characterized the call with his counterpart as perfectly fine and routine.", "characterized"),
])
def test_safety_advice_and_praise_of_a_meeting_are_no_events(text, trigger):
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == trigger], dyads(art)


@pytest.mark.parametrize("text, trigger", [
    ("The army warned residents to leave the town or face attack.", "warned"),
    ("The president described the opposition leader as an excellent partner.", "described"),
])
def test_threats_to_residents_and_praise_of_a_person_stay(text, trigger):
    assert [e for e in run(text).events if e.trigger.text == trigger]


def test_a_road_death_is_no_assault_but_a_ramming_attack_is():
    art = run("A woman hit and killed by a motorist Wednesday night outside a store might be alive if the driver had "
              "listened to bystanders.")
    assert not [e for e in art.events if e.plover.type == "ASSAULT"], dyads(art)
    art = run("A driver rammed his car into the crowd, killing four people in what police called a terrorist attack.")
    assert [e for e in art.events if e.trigger.text == "killing"]


def test_whose_fighters_stand_for_the_group_the_clause_is_about():
    art = run("Hamas, whose fighters attacked the army base near the border, denied the report on Monday.")
    assert actor(art, event(art, "attacked").source).code.startswith("PSEREB")


def test_fifa_and_the_ioc_are_international_bodies_of_no_country():
    art = run("Kenya's sports minister met officials in Nairobi. The FBI opened an investigation into FIFA officials.")
    fifa = next(a for a in art.actors if "Football" in a.name)
    assert fifa.code == "NGO" and fifa.country is None


@pytest.mark.parametrize("text", ["Police questioned the protesters for hours.", "Police questioned many of the protesters."])
def test_police_questioning_protesters_is_an_investigation_of_them(text):
    art = run(text)
    e = event(art, "questioned")
    assert e.cameo == "090" and actor(art, e.target).name == "protesters"


@pytest.mark.parametrize("text,trigger,code", [
    ("Sudanese warplanes bombed a refugee camp in South Sudan on Thursday.", "bombed", "SSDREF"),
    ("Israeli tanks shelled houses in the Bureij refugee camp in Gaza.", "shelled", "PSECVL"),
    ("The village of Kampungu in Kenya has been quarantined.", "quarantined", "KENCVL"),
    ("The Chinese government has quarantined a number of cities in Hubei.", "quarantined", "CHNCVL"),
    ("Protesters set fire to a mosque in Karachi.", "set", "PAKREL"),
])
def test_a_place_of_people_attacked_or_quarantined_stands_for_the_people_there(text, trigger, code):
    art = run(text)
    assert actor(art, event(art, trigger).target).code == code, dyads(art)


@pytest.mark.parametrize("text,trigger", [
    ("The army recaptured the district of Kamal in Syria.", "recaptured"),  # ground taken: its holder, not its people
    ("Gunmen set their house ablaze in Kabul.", "set"),  # someone's house: theirs
    ("Police raided the Russian embassy in Kyiv.", "raided"),  # a holding is its holder's (holdings.tsv)
])
def test_a_place_taken_or_held_does_not_stand_for_its_people(text, trigger):
    art = run(text)
    target = event(art, trigger).target
    assert target is None or not actor(art, target).code.endswith("CVL"), dyads(art)


@pytest.mark.parametrize("text,trigger", [
    ("The protesters clashed with police in front of parliament.", "clashed"),
    ("Police battled demonstrators in the streets of Athens.", "battled"),
    ("Clashes between riot police and students erupted on Monday.", "Clashes"),
    ("Clashes broke out during the protest in Belgrade.", "Clashes"),
])
def test_clashes_of_protesters_are_violent_protest(text, trigger):
    assert event(run(text), trigger).cameo == "145"


@pytest.mark.parametrize("text,trigger", [
    ("Rebels clashed with government troops near Aleppo.", "clashed"),
    ("Troops clashed with rebels near the protest camp.", "clashed"),
])
def test_clashes_of_armed_forces_stay_combat(text, trigger):
    assert event(run(text), trigger).plover.type == "ASSAULT"


@pytest.mark.parametrize("text,trigger,code", [
    ("The US ban on Canadian beef angered Ottawa.", "ban", "CAN"),
    ("South Korea banned imports of beef from Haiti.", "banned", "HTI"),
    ("Washington imposed tariffs on Chinese steel.", "imposed", "CHN"),
])
def test_a_ban_on_a_countrys_goods_is_a_sanction_on_that_country(text, trigger, code):
    art = run(text)
    e = event(art, trigger)
    assert e.plover.type == "SANCTION" and actor(art, e.target).code == code, dyads(art)


def test_a_ban_at_home_stays_a_restriction():
    art = run("Any movement of livestock in the UK has been banned.")
    assert event(art, "banned").plover.type == "COERCE"


@pytest.mark.parametrize("text,trigger,cameo", [
    ("Trump poured scorn on US intelligence claims that Russia hacked the election.", "poured", "016"),
    ("The ministry forcefully pushed back on the assertion that it had lied.", "pushed", "016"),
    ("The minister ridiculed the allegations made by the opposition.", "ridiculed", "016"),
    ("The minister ridiculed the opposition leader.", "ridiculed", "111"),  # scorn for a person stays criticism
])
def test_scorn_for_a_claim_rejects_it(text, trigger, cameo):
    assert event(run(text), trigger).cameo == cameo


@pytest.mark.parametrize("text,trigger,cameo", [
    ("Prosecutors are bringing the case against the two officers.", "bringing", "173"),
    ("The district attorney said he would bring a case against them.", "bring", "173"),
    ("The family brought a case against the hospital.", "brought", "112"),  # a citizen's case accuses
])
def test_a_prosecutor_bringing_a_case_charges(text, trigger, cameo):
    assert event(run(text), trigger).cameo == cameo


@pytest.mark.parametrize("text,trigger,code", [
    ("The family filed a lawsuit against the city.", "filed", "GOV"),
    ("Residents protested against the town over the new tax.", "protested", "GOV"),
    ("Rebels launched an offensive against the town.", "launched", "CVL"),  # force is done to the place's people
])
def test_an_act_against_the_city_is_against_its_government(text, trigger, code):
    art = run(text)
    assert actor(art, event(art, trigger).target).code == code, dyads(art)


def test_a_local_story_naming_its_town_once_is_about_that_towns_country():
    art = run("A man was charged on Friday in Bloomington after he struck and killed a woman. "
              "Police arrested the man on Saturday.")
    assert actor(art, event(art, "arrested").source).code == "USACOP", dyads(art)


@pytest.mark.parametrize("text,trigger,target", [
    ("Mr Trump vowed to dismantle some of Obama's signature policies.", "vowed", None),
    ("The candidate pledged to overturn the governor's tax law.", "pledged", None),
    ("Manafort agreed to help with Robert Mueller's investigation.", "agreed", "Robert Mueller"),  # with X's inquiry: X
])
def test_a_promise_about_anothers_policy_is_made_to_no_one(text, trigger, target):
    art = run(text)
    e = event(art, trigger)
    assert (actor(art, e.target).name if e.target else None) == target, dyads(art)


def test_agreeing_to_restore_relations_is_an_intent_to_cooperate_with_that_country():
    art = run("Israel agreed to restore relations with Turkey.")
    e = event(art, "agreed")
    assert e.cameo == "032" and e.plover.type == "AGREE" and actor(art, e.target).code == "TUR", dyads(art)


@pytest.mark.parametrize("text,trigger", [
    ("Police broke up a protest in Durban on Monday.", "broke"),
    ("The Hong Kong authorities have chosen to suppress protests in a grossly unlawful way.", "suppress"),
])
def test_a_protest_broken_up_or_suppressed_stands_for_the_protesters(text, trigger):
    art = run(text)
    assert actor(art, event(art, trigger).target).code.endswith("CVL"), dyads(art)


@pytest.mark.parametrize("text,trigger,name", [
    ("The scientists urged the department secretaries to rescind the changes.", "urged", "secretaries"),
    ("The authority also asked the border customs to increase inspections.", "asked", "border customs"),
])
def test_secretaries_and_customs_are_government(text, trigger, name):
    art = run(text)
    target = actor(art, event(art, trigger).target)
    assert (target.name, target.code) == (name, "GOV"), dyads(art)


@pytest.mark.parametrize("text", [
    "State prosecutors charged the suspect with capital murder.",
    "The jury convicted Peterson of first-degree murder on Friday.",
    "The 36 must face murder and terrorism charges.",
])
def test_murder_as_the_name_of_a_charge_is_no_killing_told(text):
    assert not [e for e in run(text).events if e.trigger.text == "murder"]


def test_a_killing_told_stays_with_its_charge():
    art = run("The jury convicted Peterson of first-degree murder for killing his wife.")
    assert event(art, "killing").plover.type == "ASSAULT"


@pytest.mark.parametrize("text,kept", [
    ("He had attended Trump's Tulsa rally in June without a mask.", False),
    ("Hillary Clinton will hold a star-studded rally on Monday evening.", False),
    ("Opposition leader Sviatlana Tsikhanouskaya held a rally in Minsk.", True),
])
def test_a_politicians_campaign_rally_is_no_protest(text, kept):
    assert bool([e for e in run(text).events if e.trigger.text == "rally"]) == kept


def test_people_handed_over_by_a_verb_of_motion_go_to_a_receiver():
    """"offered to return the prisoners to Lebanon": Lebanon receives them (the issue's control-verb example); a
    trip "to Spain" stays a destination."""
    art = run("Israel offered to return the prisoners to Lebanon.")
    assert actor(art, event(art, "offered").target).code == "LBN", dyads(art)
    assert not [a for a in run("The airline flew the tourists to Spain.").actors if a.code == "ESP"]


@pytest.mark.parametrize("text,trigger,code", [
    ("Iran pledged to release the prisoners on Friday.", "pledged", "035"),
    ("The president has promised to end the country's isolation.", "promised", "035"),
    ("The two leaders agreed to meet in Geneva next month.", "agreed", "036"),
])
def test_a_commitment_to_concede_or_meet_is_coded_as_the_commitment(text, trigger, code):
    """The coders code a promise, pledge or agreement to do something as AGREE (CAMEO 03), whatever is promised."""
    ev = event(run(text), trigger)
    assert (ev.plover.type, ev.cameo, ev.status) == ("AGREE", code, "occurred")


def test_a_concession_told_as_intended_stays_a_concession():
    ev = event(run("The government will fully withdraw the bill."), "withdraw")
    assert (ev.plover.type, ev.status) == ("CONCEDE", "intended")


def test_who_after_an_of_phrase_stands_for_the_person_not_the_thing():
    """"the driver of the vehicle, who was arrested": the parser hangs the clause on "vehicle"."""
    art = run("Police said the driver of the vehicle, who was arrested afterwards, is being held.")
    assert actor(art, event(art, "arrested").target).name == "driver", dyads(art)


def test_they_reaches_back_to_people_before_an_organisation_named_singular():
    art = run("Youths clashed with police in Athens. The European Union called for calm. "
              "They pelted police with stones.")
    assert actor(art, event(art, "pelted").source).name == "youths", dyads(art)


@pytest.mark.parametrize("text,target,status", [
    ("Women were not allowed to enter the stadium, the federation said.", "women", "occurred"),
    ("The two players will no longer be allowed to compete in tournaments.", "players", "intended"),
])
def test_a_permission_denied_is_a_ban_that_took_place(text, target, status):
    """"were not allowed to enter": the negation is the act (a row with the constraint neg), not its absence."""
    art = run(text)
    ev = event(art, "allowed")
    assert (ev.plover.type, ev.plover.mode, ev.status) == ("COERCE", "ban", status), dyads(art)
    assert actor(art, ev.target).name == target


def test_a_permission_granted_is_no_ban():
    assert not [e for e in run("The government allowed journalists to enter the region.").events
                if e.plover.type == "COERCE"]


def test_a_list_of_indefinite_nouns_read_as_appositions_is_one_event_per_item():
    """"murdered a judge, a court reporter, a sheriff's deputy and a federal agent": the parser hangs each item on the
    one before as an apposition; "Smith, a lawyer and activist" stays one person described."""
    art = run("Nichols murdered a judge, a court reporter, a sheriff's deputy and a federal agent.")
    assert len([e for e in art.events if e.trigger.text == "murdered"]) == 4, dyads(art)
    art = run("Police arrested Smith, a lawyer and activist, on Monday.")
    assert len([e for e in art.events if e.trigger.text == "arrested"]) == 1, dyads(art)


@pytest.mark.parametrize("text", [
    '"I offered to resign last night," the adviser said.',
    "The White House offered its first hint of concern at the strikes.",
    'At one point, the defender asked the witness, "You lied to this jury, correct?"',
])
def test_offers_of_ones_own_resignation_or_of_a_view_and_questions_put_are_no_events(text):
    assert not [e for e in run(text).events if e.trigger.text in ("offered", "asked")], dyads(run(text))


def test_an_offer_to_host_talks_stays_an_agreement():
    assert event(run("Norway offered to host the talks."), "offered").plover.type == "AGREE"


@pytest.mark.parametrize("text,kept", [
    ("The witness later admitted he lied in his testimony.", True),
    ("She admitted to stealing the items from the store.", True),
    ("The minister admitted his relations with the party are strained.", False),
])
def test_admitting_a_wrong_done_is_a_concession(text, kept):
    """A wrong told in the "that" clause counts (contexts.tsv condition comp), an opinion does not."""
    assert bool([e for e in run(text).events if e.trigger.text == "admitted"]) == kept, dyads(run(text))


def test_a_count_of_whom_stands_for_the_group_the_clause_describes():
    art = run("Gunmen opened fire on a crowd of protesters, four of whom were injured.")
    assert event(art, "injured").target is not None, dyads(art)
    assert actor(art, event(art, "injured").target).code.endswith("CVL"), dyads(art)


@pytest.mark.parametrize("text,target", [
    ("Hawkins called for the nationalization of the Federal Reserve.", None),
    ("The senator pressed for the release of the jailed pastor.", None),
    ("Protesters called for the resignation of the prime minister.", "prime minister"),
    ("The UN called for the withdrawal of Israeli troops.", "Israeli military"),
    ("The protesters demanded the release of detained activists.", None),  # demanded as called for
    ("Activists demanded the resignation of the police chief.", "police chief"),
])
def test_a_call_for_an_act_targets_its_doer_not_whom_it_is_done_to(text, target):
    """"called for the resignation / withdrawal of X": X is asked to act; "the nationalization / release of X": X
    undergoes the act and is not the one asked (cues.tsv of_agent)."""
    art = run(text)
    ev = next(e for e in art.events if e.plover.type == "REQUEST")
    assert (actor(art, ev.target).name if ev.target else None) == target, dyads(art)


def test_a_verb_read_as_a_noun_after_its_to_is_not_told_as_done():
    """"asked the court to jail Coleman": the parser reads "jail" as a noun before "Coleman"; it was asked for."""
    assert event(run("The prosecutor asked the court to jail Coleman."), "jail").status == "hypothetical"
    assert event(run("Police arrested the suspect on Monday."), "arrested").status == "occurred"


def test_an_abbreviated_rank_neither_splits_the_sentence_nor_hides_the_victim():
    """"Sgt." is one token (resources/abbreviations.tsv): "Hoyt Teasley" stays in the sentence that shot him."""
    art = run("The gunman shot and killed Deputy Sgt. Hoyt Teasley outside the courthouse.")
    shot = event(art, "shot")
    assert shot.target is not None and actor(art, shot.target).name == "Hoyt Teasley", dyads(art)
    art = run("The gunman shot Det. Hoyt Teasley on Friday.")
    assert actor(art, event(art, "shot").target).code == "COP", dyads(art)  # the norm "detective" is a police title


def test_a_gerund_after_in_on_the_object_is_done_by_the_subject():
    """"chose to join the opposition in supporting X": the parser hangs "in" on "the opposition"."""
    art = run("The minister chose to join the opposition in supporting Saakashvili.")
    ev = event(art, "supporting")
    assert ev.source is not None and actor(art, ev.source).name == "minister", dyads(art)


def test_a_participle_set_off_by_commas_is_done_to_its_noun():
    """"X, arrested Jan. 6 in Y, was released": the parser reads "arrested" as the verb and X as its doer."""
    art = run("Wide receiver Vincent Jackson, arrested Jan. 6 in Clairemont, was released.")
    ev = event(art, "arrested")
    assert ev.target is not None and actor(art, ev.target).name == "Vincent Jackson", dyads(art)
    assert ev.source is None or actor(art, ev.source).name != "Vincent Jackson", dyads(art)
    art = run("The rebels, backed by Iran, have attacked the city.")
    assert actor(art, event(art, "attacked").source).name == "rebels", dyads(art)


@pytest.mark.parametrize("text,target", [
    ("Protests erupted against the government on Friday.", "government"),
    ("Protests are continuing against the victory of Donald Trump in the election.", "Donald Trump"),
    ("Demonstrations broke out in Paris against the new law of Emmanuel Macron.", "Emmanuel Macron"),
])
def test_an_act_named_as_subject_keeps_the_against_phrase_hung_on_its_verb(text, target):
    """"protests erupted against X": the parser hangs the protest's own "against" phrase on "erupted"; of a thing
    ("the victory of X"), its owner."""
    art = run(text)
    ev = next(e for e in art.events if e.plover.type == "PROTEST")
    assert ev.target is not None and actor(art, ev.target).name == target, dyads(art)


@pytest.mark.parametrize("text,held", [
    ("John Smith was in jail for a year.", "John Smith"),
    ("The suspect remains in custody in Texas.", "suspect"),
])
def test_being_in_custody_holds_its_subject(text, held):
    """"was in prison", "remains in custody": the subject is the one held, never the holder."""
    art = run(text)
    ev = next(e for e in art.events if e.plover.type == "COERCE")
    assert ev.target is not None and actor(art, ev.target).name == held, dyads(art)
    assert ev.source is None or actor(art, ev.source).name != held, dyads(art)


def test_a_noun_before_the_subject_of_its_relative_clause_is_no_title():
    """"daughter of the court reporter Nichols murdered": Nichols murdered her, he is no court reporter."""
    art = run('Nichols was convicted in Atlanta. "He lost," said Christina Greenway, daughter of the court reporter '
              'Nichols murdered.')
    codes = {a.name: a.code for a in art.actors}
    assert not codes["Nichols"].endswith("JUD"), codes
    assert run("The Prime Minister Boris Johnson said the deal was good.").actors[0].code == "GBRGOV"


@pytest.mark.parametrize("text,trigger,status", [
    ("The sheriff said he doesn't think charges will be filed against him.", "filed", "negated"),
    ("Officials do not expect the army to attack the city.", "attack", "negated"),
    ("Police did not say that officers fired at the crowd.", "fired", "occurred"),
    ("If convicted, John Smith could receive up to a lifetime prison sentence.", "sentence", "hypothetical"),
    ("John Smith has an arraignment set for Feb. 17.", "arraignment", "intended"),
    ("Talks scheduled for next week between Israel and Hamas were announced.", "Talks", "intended"),
])
def test_a_negated_belief_a_possible_penalty_and_a_date_set_are_not_told_as_done(text, trigger, status):
    """"doesn't think charges will be filed": he thinks they will not be (cues.tsv neg_raise), a denied saying keeps
    what it tells; "could receive up to a life sentence" takes its verb's status; "set for Feb. 17" is intended."""
    assert event(run(text), trigger).status == status, dyads(run(text))


def test_a_lowercase_justice_department_is_the_judiciary():
    art = run("The justice department charged the man with fraud.")
    assert actor(art, event(art, "charged").source).code.endswith("JUD"), dyads(art)


def test_a_paragraph_break_ends_a_sentence_without_a_full_stop():
    """A line with no full stop ("... on vacation in Hawaii") does not hand the next paragraph's subject to its verbs."""
    art = run("Barack Obama was briefed by his national security team while on vacation in Hawaii\n\n"
              "UN Secretary-General Ban Ki-moon also condemned what he called a senseless act of terror.",
              published="2016-12-20T10:00:00")
    ev = event(art, "condemned")
    assert ev.source is not None and actor(art, ev.source).name == "Ban Ki-moon", dyads(art)
    assert ev.target is None, dyads(art)


def test_a_collective_noun_with_a_plural_verb_is_what_they_stands_for():
    """"The youth were lashing out at ... the European Union. They looted businesses": the youth, not the EU."""
    art = run("The youth were lashing out at all that ails Greece: a weak government and the European Union. "
              "They looted businesses and pelted police with stones.")
    ev = event(art, "pelted")
    assert ev.source is not None and actor(art, ev.source).name == "youth", dyads(art)


def test_an_arrest_in_a_sports_report_is_no_play():
    """"the receiver was arrested ... before a key NFL playoff game": an act of the police in a sports story stays
    (wordsets.tsv @justice_act); the game's own "beat" does not."""
    art = run("San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday "
              "morning, five days before a key NFL playoff game. The Chargers beat the Colts in the playoff game last "
              "season, and the team won the division title.")
    assert [e.plover.type for e in art.events if e.trigger.text == "arrested"] == ["COERCE"], dyads(art)
    assert not [e for e in art.events if e.trigger.text == "beat"], dyads(art)


@pytest.mark.parametrize("text,kind", [
    ("Several countries have warned the WHO to be cautious about declaring a pandemic.", "REQUEST"),
    ("The United States warned Iran to stop the attacks or face military action.", "THREATEN"),
    ("Russia warned of retaliation.", "THREATEN"),
])
def test_warning_someone_to_act_is_an_appeal_and_a_warning_of_consequences_a_threat(text, kind):
    assert event(run(text), "warned").plover.type == kind, dyads(run(text))


def test_supporters_named_alone_are_civilians():
    art = run("Several thousand supporters rallied in Washington on Saturday.")
    ev = event(art, "rallied")
    assert ev.source is not None and actor(art, ev.source).code.endswith("CVL"), dyads(art)


@pytest.mark.parametrize("text,name", [
    ("Arcade Joseph Comeaux escaped from a prison van in Texas on Monday. Comeaux was in prison after being convicted "
     "of assault.", "Arcade Joseph Comeaux"),
    ("John Smith is serving a life sentence in Texas.", "John Smith"),
])
def test_one_convicted_or_serving_a_sentence_is_a_criminal(text, name):
    """roles.tsv: "after being convicted" (the passive participle under "after"), "serving a sentence" (kind=agent,
    a verb and its object)."""
    art = run(text)
    assert {a.name: a.code for a in art.actors}[name].endswith("CRM"), [(a.name, a.code) for a in art.actors]


def test_an_inquiry_into_someones_conduct_past_a_preposition_targets_them():
    """"emails related to its earlier probe into her use of a server": the parser hangs "into" on "related"."""
    art = run("Hillary Clinton blamed the FBI director for her defeat on Saturday. Comey sent his letter to Congress "
              "announcing that the FBI had uncovered emails possibly related to its earlier probe into her use of a "
              "private server.")
    ev = event(art, "probe")
    assert ev.target is not None and actor(art, ev.target).name == "Hillary Clinton", dyads(art)


def test_one_who_has_an_arrest_or_an_arraignment_undergoes_it():
    """"has an arraignment", "had a previous arrest": the subject of "have" is arrested, not the arrester."""
    for text, trigger in (("John Smith has an arraignment set for Feb. 17.", "arraignment"),
                          ("John Smith had a previous arrest for drunk driving.", "arrest")):
        art = run(text)
        ev = event(art, trigger)
        assert ev.target is not None and actor(art, ev.target).name == "John Smith", dyads(art)
        assert ev.source is None or actor(art, ev.source).name != "John Smith", dyads(art)


def test_an_object_pronoun_stands_for_those_who_underwent_an_act_a_sentence_further_back():
    """"Authorities arrested twelve people. Jackals are protected. Officials said a constable questioned them.
    The forestry department arrested them.": the people arrested, not the officials reporting (actors: role
    parallelism past a sentence that names no one who underwent anything; a chain of object pronouns)."""
    art = run("Authorities on Monday arrested twelve people in Tamil Nadu. Jackals are protected in India.\n\n"
              "Officials said a police constable saw them with the dead jackal and decided to question them. "
              "The forestry department arrested them.")
    arrests = [e for e in art.events if e.trigger.text == "arrested"]
    assert len(arrests) == 2, dyads(art)
    assert all(e.target is not None and actor(art, e.target).name == "people" for e in arrests), dyads(art)


@pytest.mark.parametrize("text,trigger,target", [
    ("Mugabe co-founded the party to oppose white minority rule, but was arrested in 1963.", "arrested", "Mugabe"),
    ("Police re-arrested the suspect on Monday.", "re-arrested", "suspect"),
])
def test_a_prefixed_verb_is_one_word_and_reads_as_its_base(text, trigger, target):
    """resources/prefixes.tsv: split at the hyphen, "co-founded" made "co" the sentence's verb and Mugabe a
    modifier of it, so the arrest had no one arrested; "re-arrested" is an arrest."""
    art = run(text)
    ev = event(art, trigger)
    assert ev.plover.type == "COERCE" and ev.target is not None and actor(art, ev.target).name.endswith(target), dyads(art)


def test_one_on_probation_is_under_a_courts_measure_and_the_arrest_it_was_for_stays_an_act():
    """triggers.tsv: "be on probation" (COERCE 17, its subject the one under it); the "for" phrase of such a state
    is no restatement of it (events._claims), so the earlier arrest is coded too."""
    art = run("Police said Vincent Jackson was on probation for a previous drunk driving arrest.")
    probation = [e for e in art.events if e.cameo.startswith("17") and e.target and actor(art, e.target).name == "Vincent Jackson"]
    assert probation, dyads(art)
    assert [e for e in art.events if e.trigger.text == "arrest"], dyads(art)


@pytest.mark.parametrize("text", [
    "While Obama and Trump spoke in the Oval Office, aides waited outside.",
    "Obama and Trump met on Thursday. The pair talked for more than 90 minutes.",
])
def test_parties_that_spoke_together_consulted_each_other(text):
    """triggers.tsv subj:@together: "X and Y spoke", "the pair talked" is a talk each way; one speaker alone at
    a rally consulted no one."""
    art = run(text)
    talks = {(actor(art, e.source).name, actor(art, e.target).name) for e in art.events
             if e.trigger.text in ("spoke", "talked") and e.source and e.target}
    assert talks == {("Barack Obama", "Donald Trump"), ("Donald Trump", "Barack Obama")}, dyads(art)
    assert not [e for e in run("The senator spoke at a rally in Ohio.").events if e.trigger.text == "spoke"]


def test_esteem_voiced_for_someone_is_praise():
    """triggers.tsv: "have respect for", "expressed admiration for" (CAMEO 051), the one esteemed its target."""
    for text, name in (('"I have great respect for President Obama," Trump said.', "Barack Obama"),
                       ("Merkel expressed admiration for Macron.", "Emmanuel Macron")):
        art = run(text)
        praise = [e for e in art.events if e.cameo == "051" and e.target and actor(art, e.target).name == name]
        assert praise, dyads(art)


@pytest.mark.parametrize("text,trigger", [
    ('The minister called the allegations "absolutely false."', "called"),
    ("The president described the story as a hoax.", "described"),
])
def test_calling_an_accusation_false_denies_it(text, trigger):
    """triggers.tsv: an accusation or a report called false, a hoax, baseless is denied (016, REJECT), not an insult."""
    ev = event(run(text), trigger)
    assert ev.cameo == "016" and ev.plover.type == "REJECT", dyads(run(text))


def test_declining_an_arrangement_rejects_it():
    ev = event(run("Trump declined such an arrangement on Friday."), "declined")
    assert ev.plover.type == "REJECT", dyads(run("Trump declined such an arrangement on Friday."))


def test_propping_up_an_economy_or_a_currency_is_no_support_of_an_actor():
    """contexts.tsv: support/boost/bolster with an economic object is no event; support of an actor stays."""
    art = run("The central bank cut interest rates to support growth, and analysts said the figures would support the "
              "yuan. Russia supports the Syrian government.")
    assert [e.trigger.text for e in art.events if e.trigger.text in ("support", "supports")] == ["supports"], dyads(art)


def test_a_forecast_of_the_economy_is_no_warning_to_anyone():
    """contexts.tsv: "analysts warned that demand could weaken" (no target, no political actor) is no event."""
    art = run("Oil prices fell on Monday. Analysts warned that demand could weaken in the summer.")
    assert not [e for e in art.events if e.trigger.text == "warned"], dyads(art)


@pytest.mark.parametrize("text,trigger,status", [
    ("Reporters asked whether the current protests can turn into an uprising.", "protests", "occurred"),
    ("Obama met Trump on Thursday. Aides said the meeting might have been less awkward.", "meeting", "occurred"),
    ("Diplomats said talks could begin next week.", "talks", "hypothetical"),
])
def test_an_act_named_as_known_took_place_whatever_the_modal_says_of_it(text, trigger, status):
    """events.noun_status: a subject with "the", "this" or a possessive under "could"/"might"/"whether" took place;
    one that is to begin (cues.tsv happen: begin, start, resume, commence) or has no article stays possible."""
    ev = event(run(text), trigger)
    assert ev.status == status, dyads(run(text))


@pytest.mark.parametrize("text,trigger,status", [
    ("Ivins was about to be charged by the Justice Department.", "charged", "intended"),  # an act at hand
    ("Australia and Brazil have promised to send vaccines to other countries, should they be in need of it.",
     "promised", "occurred"),  # a condition put after the clause governs the sending, not the promise
    ("The army said it would attack, had the rebels refused.", "refused", "hypothetical"),  # "had X ...": a condition
    ("Police were in the area to monitor the demonstrations.", "demonstrations", "occurred"),  # named as known
    ("Iran will pursue the prosecution of the pilot.", "prosecution", "intended"),  # ... but a light verb makes it
    ('"We would like to state that the federation has always condemned any form of violence," it read.', "condemned",
     "occurred"),  # stating by saying one would like to: what is stated keeps its status
    ("The massacres saw thousands if not tens of thousands of people killed.", "killed", "occurred"),  # "if not": no condition
    ("Despite fines of up to $44,000 and 12 months imprisonment in NSW, owners moved their horses.", "imprisonment",
     "hypothetical"),  # the most a breach could bring
    ("The suspect evaded arrest for weeks.", "arrest", "negated"),  # an act dodged or foiled did not happen
    ("Police foiled an attack on the embassy.", "attack", "negated"),
    ("Greek students announced new rallies on Sunday.", "rallies", "intended"),  # protests announced are to be held
    ("The New York Times reports that more subpoenas are likely.", "subpoenas", "hypothetical"),  # what the copula says of the act
    ("Officials said a full-scale clampdown is on the way.", "clampdown", "intended"),
    ("Further arrests are expected, police said.", "arrests", "intended"),  # cues.tsv planner
    ("Analysts say a military attack is imminent.", "attack", "intended"),
    ("Vincent Jackson's court date is set for February 17.", "date", "intended"),  # cues.tsv planner
    ("Thousands gathered in the square to protest the law.", "protest", "occurred"),  # cues.tsv gathered_act
    ("Protesters gathered outside parliament to demand his resignation.", "demand", "occurred"),
    ("Ministers met to coordinate missions.", "coordinate", "intended"),  # a purpose of meeting is no act done there
    ("Thousands of people took to the streets of Khartoum on Thursday to demand the resignation of the president.", "demand", "occurred"),  # cues.tsv assemble take
    ("Washington is weighing fresh sanctions on Beijing.", "sanctions", "hypothetical"),  # cues.tsv hypo weigh
    ("Residents fear the army will attack the town.", "attack", "hypothetical"),  # cues.tsv hypo fear: a feared act
    ("Critics feared the law would be used to jail opposition leaders.", "jail", "hypothetical"),
    ("Russia is poised to invade Ukraine.", "invade", "intended"),  # cues.tsv intend poise (the parser's verb)
    ("Washington cautioned Israel against attacking Rafah.", "attacking", "hypothetical"),  # warned against: only threatened
    ('Police halted attempts to take down the statue.', 'take', 'negated'),  # cues.tsv stopper: a stopped attempt did not happen
    ('Macron would like to ban diesel cars by 2040.', 'ban', 'intended'),  # "would like to" is a wish, not a condition
    ('Nichols was returned to prison to serve a life sentence for aggravated sexual assault.', 'sentence', 'occurred'),  # a sentence served was passed
    ('Nichols was returned to prison to serve a life sentence for aggravated sexual assault.', 'assault', 'occurred'),  # and its crime done
    ("Nichols said he didn't regret the four murders.", "murders", "occurred"),  # cues.tsv reaction: a negated regret leaves the act done
    ("The president did not condemn the attack on the embassy.", "attack", "occurred"),  # nor does a negated condemnation
    ("The rebels did not carry out the attack.", "attack", "negated"),  # a light verb's negation is the act's
    ("His threat to ban Muslims from entering the country took a twist.", "ban", "hypothetical"),  # cues.tsv proposal: threat
    ('"I want to compliment the governor on his work," the minister said.', 'compliment', 'occurred'),  # cues.tsv performative compliment
    ('"It is absolutely not true that Governor Bush met Steele," the spokeswoman said.', 'met', 'negated'),  # denied
    ("The president's planned visit to Warsaw, which was cancelled, drew criticism.", "visit", "negated"),  # a relative of calling off
    ("The strike, which was cancelled on Monday, would have closed the airports.", "strike", "negated"),
    ("Their demand, which was rejected by the council, angered residents.", "demand", "occurred"),  # a demand rejected was made
    ("The agency wants an impartial investigation of the killings.", "investigation", "intended"),  # wanted, not held
    ("The United States has delayed lifting a ban on cattle imports.", "lifting", "negated"),  # put off: not yet done
    ("The court delayed his sentencing until May.", "sentencing", "negated"),
    ("The army was on the verge of attacking the town.", "attacking", "intended"),  # cues.tsv intend verge: close at hand
    ("Iran is on the brink of signing a deal with Iraq.", "signing", "intended"),
])
def test_one_status_rule(text, trigger, status):
    assert event(run(text), trigger).status == status


def test_a_plural_with_a_list_of_names_in_apposition_is_those_named():
    art = run("Nine countries — Australia, Brazil and Norway — have promised to send vaccines.")
    assert {actor(art, e.source).name for e in art.events if e.trigger.text == "promised"} == {"Australia", "Brazil", "Norway"}


def test_a_letter_someone_sent_asking_for_something_is_their_request():
    """syntax.verb_subject (cues.tsv missive): "sent a letter asking X to ..." is asked by the senders; a letter
    someone received does not speak for them."""
    art = run("Senator Barbara Boxer sent a letter asking the interior secretary to overturn the rule.")
    ev = event(art, "asking")
    assert ev.source is not None and actor(art, ev.source).name == "Barbara Boxer", dyads(art)
    art = run("Governor John Smith received a letter asking him to resign.")
    assert not [e for e in art.events if e.source and actor(art, e.source).name == "John Smith"
                and e.trigger.text == "asking"], dyads(art)


def test_a_line_in_headline_grammar_tells_a_passive_but_marchers_still_march():
    """A short line of its own with no closing stop (a subheading kept in the body) is in headline grammar:
    "Man charged with murder" is a passive; "Protesters marched in Paris" is not (a verb of collective
    action has no passive reading)."""
    art = run("Police in Leeds made two arrests on Sunday.\nTwo men charged with murder in Leeds\n"
              "The two appeared in court on Monday.\nProtesters marched in Paris\nThey carried banners.")
    charged = event(art, "charged")
    assert actor(art, charged.target).name == "men" and (charged.source is None or charged.source_implied)
    assert actor(art, event(art, "marched").source).name == "protesters"
    art = run("A man charged with sex assault appeared in court. Ahmed Ali charged with fraud.")
    assert [actor(art, e.target).name for e in art.events if e.trigger.text == "charged"] == ["man", "Ahmed Ali"]


def test_a_penalty_noun_repeated_in_a_coordination_restates_the_verbs_act():
    """"sentenced to seven life sentences and four sentences of life": one sentencing; a different
    measure coordinated with the verb's noun stays an act of its own ("imposed a curfew and a ban")."""
    art = run("Nichols was sentenced on Saturday to seven life sentences and four sentences of life without parole.")
    assert [e.trigger.text for e in art.events] == ["sentenced"]
    art = run("Police imposed a curfew and a ban on gatherings in Lagos.")
    assert {e.trigger.text for e in art.events} == {"imposed", "ban"}


@pytest.mark.parametrize("text", [
    "Joe Biden challenged Donald Trump to a debate on Monday. The plan did not pan out.",  # a contest, no criticism
    "Richard Spencer was invited to speak at the university by Preston Wiginton.",  # an invitation to speak
    "According to the World Health Organization H5N1 has killed 109 people worldwide since 2003.",  # a disease kills
    "Bluetongue is one of the diseases which are feared to invade Northern Europe.",
    "The governor declared a public health emergency because of the flu outbreak.",  # a health emergency
    "All schools in Mexico City have been closed to stop the swine flu outbreak.",  # a health measure
    '"Why is the report so late?" asked Yasmine Kacha, the head of the group.',  # a question asked
    "The suspect is a farmer, said an official who requested to remain anonymous.",  # a source's condition
    "Officials in Texas have urged citizens to get a flu shot.",  # health advice
    "Trump claimed he won the election.",  # claiming one's own deed accuses no one
    "The officers stopped talking.",  # ceasing to talk is no stop of anyone, nor talks broken off
    "Observers questioned whether coronavirus was the cause of death.",  # doubting a fact criticises no one
    "The plane landed in Nairobi on Monday.",  # only a weapon landing is an attack
])
def test_no_event_rule(text):
    assert not run(text).events


@pytest.mark.parametrize("text,trigger", [
    ("The White House called on Israel to avoid civilian deaths.", "deaths"),  # deaths to be avoided are none caused
    ("The researchers said their trial of the vaccine went well.", "trial"),  # a person's own trial only
    ("The company was awarded a contract to build the bridge.", "awarded"),
    ("The bank raised its charges for transfers.", "charges"),
    ("Hamilton was furious after race bosses put the brakes on his charge to the chequered flag.", "charge"),
    ("After an investigation, health officials concluded that the villagers had been infected with the virus.", "investigation"),
    ("The bank held the bonds until 2020.", "held"),
    ("The singer appeared in the court of public opinion.", "appeared"),
    ("Bush lined up photographers to shoot the two presidents walking down the colonnade.", "shoot"),
    ("Bush injured his left knee on Oct. 19 and missed four games.", "injured"),  # wordsets.tsv bodypart, ownobj
    ("They presented him with the gameball during the brief stoppage in play.", "stoppage"),
    ("Indonesia sits on an arc of volcanoes and fault lines.", "fault"),  # parsed as the verb "fault"
    ("Secretary Napolitano urged residents not to panic.", "urged"),  # advice to the public, no request of anyone
    ("We are asking people to please visit the TfL website.", "asking"),
    ("Japan lodged a protest with China over the incursion.", "protest"),  # the lodging is the complaint (114)
    ("The Taliban said they were responsible for the attack on the convoy.", "said"),  # one's own act claimed
    ("The company announced an emergency meeting.", "announced"),  # an emergency meeting is no state of emergency
    ("The court ruled that the election was valid.", "ruled"),  # a ruling names no culprit
    ("North Korea has nuclear weapons.", "weapons"),  # contexts.tsv weapons owned, not used
    ("The campaign targeted young voters.", "targeted"),  # no force: targeting voters
    ("She added the book to her reading list.", "added"),  # a reading list is no blacklist
    ("Passengers boarded the ship in Dover.", "boarded"),  # passengers boarding
    ("He was admitted to hospital complaining of feeling sick.", "complaining"),  # contexts.tsv: a patient's complaint
    ("The patient complained of chest pains.", "complained"),
    ("Ukraine shelled Russian-occupied Donetsk.", "occupied"),  # who holds a place, told as its description
    ("The rebels released 20 hostages on Monday.", "hostages"),  # contexts.tsv: hostages released tell the release, no hostage-taking
    ("The release of the hostages was delayed.", "hostages"),
    ("Three people were killed in the fire at the market.", "killed"),  # cues.tsv cause: a blaze, no act
    ("Police say the fire started at 3 a.m.", "say"),  # an account of what happened accuses no one
    ("Mary Jones, 66, was killed on Wednesday. Police said she was in a marked crosswalk when a vehicle knocked her down.", "said"),  # nor a victim
    ("Interpol's constitution prohibits any intervention of a political character.", "prohibits"),  # a standing text's rule
    ("The UN Charter forbids the use of force against other states.", "forbids"),
    ("China's control of firearms is cited as one reason for the high prevalence of knife attacks.", "attacks"),  # a rate of acts
    ("Nichols offered to plead guilty in exchange for a life sentence.", "sentence"),  # a sentence bargained for
    ("Jurors never entered into a meaningful discussion of a death sentence.", "sentence"),  # or talked about
    ("Police are attempting to ascertain who, if anyone, is to blame.", "blame"),  # "is to blame" with no one to blame
    ("Authorities suspect arson is to blame for Friday night's fire.", "blame"),
    ("Russia backed away from the deal.", "backed"),  # triggers.tsv back prt:away (the parser's adverb with its "from")
    ("Barack Obama pardoned his last turkey as president on Wednesday.", "pardoned"),  # a custom, not clemency
    ("Kody Berrey had minor injuries and refused treatment, the Highway Patrol reported.", "refused"),  # a patient's choice
    ("People gather outside the West Wing of the White House as they wait for the arrival of Trump.", "gather"),  # an audience
    ("Harry and Meghan spoke out about racism.", "spoke"),  # speaking out is saying something in public, not talking with one another
    ("Trump stepped up his trolling of Biden.", "stepped"),  # stepping up is a show of force only for security, patrols, police
    ("A British man has been killed after falling around 2,000ft while climbing in New Zealand.", "killed"),  # the toll of a fall, no attack
    ("Trump characterized the call with Zelensky as perfect.", "characterized"),  # how a call went, no criticism of its parties
    ("The chief executive characterized the merger as a growth opportunity.", "characterized"),  # a description, no judgement
    ("Aid agencies have warned that 14 million people are at risk of famine.", "warned"),  # a warning of a danger aimed at no one
    ("Transport Secretary Chris Grayling warned that the sector is facing mass job cuts.", "warned"),  # threatens no one
    ("Police say he struck and killed a woman in Queens last night.", "killed"),  # one who ran her over (contexts.tsv)
    ("The man who police say hit and killed a woman walking out of a store was charged.", "killed"),
])
def test_no_event_of_this_trigger(text, trigger):
    art = run(text)
    assert not [e for e in art.events if e.trigger.text == trigger], dyads(art)


def test_a_policy_named_by_name_is_no_actor():
    """"the Green New Deal", "Universal Basic Income", "the Paris Agreement": things backed or opposed
    (not_actors.tsv), not actors an event could target, though the parser tags them organisations."""
    art = run("Howie Hawkins endorsed the Green New Deal. Gloria La Riva argued against Universal Basic Income. "
              "Donald Trump withdrew from the Paris Agreement.")
    assert not {"Green New Deal", "Universal Basic Income", "Paris Agreement"} & {a.name for a in art.actors}


def test_looking_into_what_led_to_a_death_with_no_one_suspected_is_no_investigation_of_anyone():
    art = run("Police have been investigating the cause of his death. The British Transport Police started an "
              "investigation of the death, which they treated as not suspicious.")
    assert not art.events
    art = run("Police in Leeds are investigating the circumstances of his murder.")
    assert event(art, "investigating").plover.type == "ACCUSE"


def test_condemning_an_attack_does_not_target_its_victims():
    """"X condemned the attack that killed five soldiers": the attack targets the soldiers, the condemnation its
    unnamed doer, not them."""
    art = run("The United Nations condemned the attack that killed five soldiers.")
    assert event(art, "condemned").target is None
    assert actor(art, event(art, "attack").target).name == "soldiers"


def test_one_beginning_a_sentence_or_dodging_arrest_does_not_do_it():
    art = run("Brian Nichols appeared in court on Monday. Nichols is beginning a lengthy prison sentence.")
    assert event(art, "sentence").source is None
    art = run("Police said Shawn Smith was dodging arrest last week.")
    assert event(art, "arrest").status == "negated"


def test_who_counts_the_toll_of_an_attack_did_not_do_it():
    art = run("Christopher Gunness put the death toll of the shelling at 40.")
    assert event(art, "shelling").source is None  # cues.tsv tally
    art = run("Kathina Thomas was slain in front of her First Street home.")
    assert event(art, "slain").source is None


def test_an_inquiry_into_an_outbreak_names_no_suspect_but_police_investigations_stay():
    """contexts.tsv: an inquiry with no one looked into, in a sentence about an outbreak, looks into what happened;
    one the sentence ties to the police or a crime is an investigation of someone."""
    art = run("After an investigation, health officials concluded that the villagers had been infected with the virus.")
    assert not [e for e in art.events if e.trigger.text == "investigation"]
    art = run("After an investigation, police concluded that the villagers had been attacked by a gunman.")
    assert event(art, "investigation").plover.type == "ACCUSE"


def test_threats_received_are_threats_to_who_received_them():
    art = run("Jane Smith said she and her family had received violent threats.")
    assert actor(art, event(art, "threats").target).name == "Jane Smith"


def test_a_denial_or_acceptance_of_responsibility_is_an_event_of_its_own_and_no_claim_of_the_act():
    """"Iran denied responsibility for the attack": Iran rejects (016), and the attack keeps no source;
    "Hezbollah claimed responsibility for the attack" still makes Hezbollah the attacker."""
    art = run("Iran denied responsibility for the attack.")
    assert actor(art, event(art, "denied").source).name == "Iran"
    assert event(art, "attack").source is None
    art = run("Hezbollah claimed responsibility for the attack.")
    assert actor(art, event(art, "attack").source).name == "Hezbollah"
    # accepting responsibility is a concession (015) of its own, told of the act, no claim of having done it
    art = run("Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi.")
    assert (event(art, "accepted").plover.type, actor(art, event(art, "accepted").source).name) == ("CONCEDE", "Saudi Arabia")
    assert event(art, "murder").source is None


def test_a_surname_two_people_share_is_the_one_named_most_then_last_before_it():
    """"Laci Peterson's family ... Scott Peterson ... the jury convicted Peterson": the convicted one is
    Scott Peterson, named as often as Laci and last before the bare surname (`actors._nearest_bearer`)."""
    art = run("Laci Peterson's family asked jurors to sentence Scott Peterson to death. "
              "The jury convicted the 32-year-old Peterson on Nov. 12 of murder.")
    assert actor(art, event(art, "convicted").target).name == "Scott Peterson"
    # but the one the text has named most often so far wins over a namesake named once in between
    art = run("Robert Mugabe ruled Zimbabwe for decades. Mugabe ended the power-sharing deal. Grace Mugabe was "
              "already unpopular. The army placed Mugabe under house arrest in 2017.")
    assert actor(art, event(art, "arrest").target).name == "Robert Mugabe"


def test_a_protest_of_harm_targets_who_did_it_never_whom_it_was_done_to():
    """"protested the shooting of Jacob Blake by police": the police (the parser hangs the "by" on the verb);
    with no doer named, no target: the protesters are not protesting Jacob Blake."""
    art = run("Thousands of people in Kenosha protested the shooting of Jacob Blake by police on Sunday.")
    assert actor(art, event(art, "protested").target).name == "police"
    art = run("Thousands of people in Kenosha were participating in demonstrations protesting the shooting of "
              "Jacob Blake on Sunday.")
    assert event(art, "protesting").target is None


def test_a_verbless_or_imperative_quote_is_the_speakers_act_never_the_platforms():
    """'wrote on Twitter: "Thank you Bill de Blasio ..."': the senator thanks de Blasio (not Twitter, not "you"),
    and a bare "Congratulations to X" in a quote is its speaker's (`quotes._verbless`)."""
    art = said('The senator wrote on Twitter: "Thank you Bill de Blasio for making this race better."')
    e = event(art, "Thank")
    assert (actor(art, e.source).name, actor(art, e.target).name) == ("senator", "Bill de Blasio")
    art = said('"Congratulations to Bill de Blasio on running a great campaign," the senator wrote on Monday.')
    assert actor(art, event(art, "Congratulations").source).name == "senator"
    art = said('"A massacre," the senator said of the attack on the village.')
    assert event(art, "massacre").source is None
    # the one "you" names beside it, set off by commas (`quotes._addressed`: the speaker thanks)
    art = said('"Thank you, President Obama, for your service," Trump said.')
    e = event(art, "Thank")
    assert (actor(art, e.source).name, actor(art, e.target).name) == ("Donald Trump", "Barack Obama")


def test_a_sector_word_in_a_street_name_is_no_actor():
    """"marched west on Church Ave.": the street is no church (not_actors.tsv ave, avenue; a capitalised sector word
    compounded with it is part of the name), while "a police station" stays the police's."""
    art = run("Dozens chanted slogans as they marched west on Church Ave. toward the precinct on Wednesday.")
    assert event(art, "marched").target is None
    art = run("A car bomb was rammed into a police station in Kabul.")
    assert actor(art, event(art, "bomb").target).name == "police"


def test_a_bomb_exploding_is_an_attack_a_gas_tank_exploding_an_accident():
    """The accident row (a blast with no doer) keeps out weapons (wordsets.tsv weapon_blast): "a bomb exploded in
    a market, killing 20 people" is an attack on them; a gas tank exploding is none."""
    art = run("A bomb exploded in a crowded market in Baghdad on Monday, killing 20 people.")
    assert actor(art, event(art, "bomb").target).name == "people"
    art = run("A gas tank exploded in a restaurant in Baghdad on Monday, killing 20 people.")
    assert not art.events


# --- thirty-sixth round: wars and conflicts, acts named as known in questions --------------------


@pytest.mark.parametrize("text", [
    "The conflict between Armenia and Azerbaijan escalated on Monday.",  # cues.tsv reciprocal conflict
    "Armenia and Azerbaijan went to war over the region in 2020.",  # triggers.tsv go to war; the "to" phrase's war
    # an act named as known is what a question takes as given (senses.Reading.definite; contexts.tsv "within")
    "((WSS)) : What are your views on the conflict between Armenia and Azerbaijan?",
])
def test_a_war_or_conflict_between_two_states_is_fighting_each_way(text):
    art = run(text)
    assert sorted((s, t) for _, s, t in dyads(art)) == [("ARM", "AZE"), ("AZE", "ARM")], dyads(art)
    assert {e.plover.type for e in art.events} == {"ASSAULT"}


def test_a_war_is_fighting_but_not_a_trade_war_and_a_questioned_topic_is_no_act():
    assert [e.plover.type for e in run("The war in Syria has been a major problem for Turkey.").events] == ["ASSAULT"]
    assert [e.plover.type for e in run("At least 79 aid workers have died since the outbreak of civil war in 2013.").events] == ["ASSAULT"]
    assert not [e for e in run("The trade war with China hurt farmers in Iowa.").events if e.trigger.text == "war"]
    # a hostility as another verb's object is no act of its subjects with each other (cues.tsv mutual)
    art = run("La Riva and Hawkins attacked war as a tool of imperialism on Monday.")
    assert all(e.target is None for e in art.events if e.trigger.text == "attacked"), dyads(art)
    # a topic with no act named as known stays a topic; a question about whether an act happened stays a question
    assert not run("He took questions on imprisonment and military propaganda from reporters in Moscow.").events
    asked = run("Did the federation ever support you?").events
    assert all(e.confidence < 0.3 for e in asked)


def test_a_bare_participle_complement_is_undergone_not_done():
    """"was seen shot", "found him stabbed": the one seen or found is no shooter or stabber."""
    art = run("Another mother was seen shot in her arm during the attack in Chicago.")
    assert event(art, "shot").source is None
    art = run("The president wanted the journalist arrested, officials in Ankara said.")
    arrested = event(art, "arrested")
    assert arrested.source is None or actor(art, arrested.source).name != "journalist", dyads(art)



def test_a_platform_an_endorsement_or_criticism_is_made_on_is_not_its_target():
    # (the endorsement is Warren's act, judged by Biden: an event of its own, toward no platform)
    art = run("Biden praised Warren's endorsement on Twitter.")
    assert actor(art, event(art, "endorsement").source).name == "Warren", dyads(art)
    assert all(e.target is None or actor(art, e.target).name != "Twitter" for e in art.events), dyads(art)
    # one act told by a verb and its object stays one: an arrest "on a DUI charge", an inquiry launched
    art = run("Jackson was arrested on the DUI charge early Tuesday morning by the California Highway Patrol.")
    assert [e.trigger.text for e in art.events] == ["arrested"], dyads(art)
    # a month is still a date where a date's words go with it
    art = run("British Prime Minister Theresa May met Trump. Ministers will meet in May and again on May 5.")
    assert [m for a in art.actors if a.name == "Theresa May" for m in a.mentions] == [[23, 34]], [(a.name, a.mentions) for a in art.actors]
    art = run("The FBI launched its inquiry into the emails on Friday.")
    assert [e.plover.type for e in art.events] == ["ACCUSE"], dyads(art)


def test_fire_answering_what_was_done_at_its_doers_is_aimed_at_who_did_it():
    art = run("Kimani Gray pointed a revolver at the officers before they opened fire.")
    assert actor(art, event(art, "opened").target).name == "Kimani Gray", dyads(art)
    # (not when the main clause did nothing at them: the police chasing the suspect named no one fired at)
    art = run("Police chased the suspect before they opened fire.")
    assert event(art, "opened").target is None, dyads(art)


def test_a_go_between_offers_or_agrees_toward_both_parties_and_declares_no_truce():
    # cues.tsv go_between: the "between" phrase of the act offered names those the offer is made toward
    art = run("Egypt has offered to mediate between Israel and Hamas.")
    assert {(s, t) for trig, s, t in dyads(art) if trig == "offered"} == {("EGY", "ISR"), ("EGY", "PSEREBHAM")}
    art = run("Qatar agreed to broker a truce between Israel and Hamas.")
    agreed = [e for e in art.events if e.trigger.text == "agreed"]
    assert agreed and {e.cameo for e in agreed} == {"039"}  # not a ceasefire of Qatar's (0871)
    assert {actor(art, e.target).code for e in agreed} == {"ISR", "PSEREBHAM"}
