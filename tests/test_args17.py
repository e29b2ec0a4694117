"""Who did what to whom (issue 9, fourteenth stop, args17): what a question or a concern is
about, conduct judged through a possessive pronoun, and people counted out of a group ("both of
them", "two of the suspects"). Invented sentences, real lexicon people."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def test_questions_and_concerns_raised_about_someone_target_them():
    assert roles(run("Senators raised questions about Hillary Clinton on Tuesday."), "raised") == ("senators", "Hillary Clinton")
    # about something that is theirs: its owner
    art = run("Two senators raised concerns about Hillary Clinton's conduct.")
    assert roles(art, "raised") == ("senators", "Hillary Clinton")


def test_conduct_named_with_a_possessive_pronoun_stands_for_its_owner():
    art = run("Hillary Clinton spoke on Monday. Donald Trump blasted her behavior.")
    assert roles(art, "blasted") == ("Donald Trump", "Hillary Clinton")


def test_people_counted_out_of_a_group_are_that_group():
    art = run("Two men robbed a bank in Leeds. The police caught both of them.")
    assert roles(art, "caught") == ("police", "men")  # not the police: the pronoun is the verb's object
    art = run("Police arrested two of the suspects on Friday.")
    assert roles(art, "arrested") == ("police", "suspects")


def test_a_pronoun_counted_in_a_passive_subject_underwent_the_act():
    art = run("Police arrested John Smith and Mary Jones in Leeds. Both of them were charged.")
    charged = [e for e in art.events if e.trigger.text == "charged"]
    assert charged and charged[0].target_name(art) in ("John Smith", "Mary Jones")


def test_a_past_tense_of_collective_action_read_as_a_participle_after_a_long_noun_phrase_keeps_its_doer():
    art = run("Members of the House of Commons protested by shouting at the Speaker.")
    assert roles(art, "protested")[0] == "House of Commons"
    # headline grammar of a verb with a passive reading stays passive
    assert roles(run("Two men arrested in Leeds on Friday."), "arrested") == ("British police", "men")


def test_one_who_is_quick_or_forceful_in_doing_something_does_it():
    art = run("The United States was more forceful in blaming Iran for the attack.")
    assert roles(art, "blaming") == ("United States", "Iran")


def test_one_charged_convicted_or_jailed_for_a_crime_is_its_alleged_doer():
    for text in ("John Smith was convicted of the murder of his wife.",
                 "John Smith was jailed for the murder of his wife.",
                 "John Smith is serving a life sentence for the murder of his wife."):
        assert roles(run(text), "murder") == ("John Smith", "wife"), text


def test_an_accusation_of_firing_a_shot_is_no_inquiry_into_a_fire():
    art = run("John Smith is accused of firing the deadly shot.")
    assert roles(art, "accused") == (None, "John Smith")
    assert roles(art, "firing")[0] == "John Smith"


def test_held_in_jail_is_a_detention_and_an_instrument_does_not_act():
    art = run("Police said the man is being held in the county jail.")
    assert roles(art, "held")[1] == "man"
    art = run("Officers used a Taser to subdue him.")
    assert roles(art, "subdue")[0] == "officers"  # not the Taser


def test_what_is_hurled_at_someone_targets_them_wherever_the_parser_hangs_the_at_phrase():
    art = run("About 100 youths hurled volleys of petrol bombs and rocks at police.")
    assert roles(art, "hurled") == ("youths", "police")


def _codes(art) -> dict[str, str | None]:
    return {a.name: a.code for a in art.actors}


def test_georgia_in_a_text_naming_a_town_inside_the_us_state_is_the_state():
    art = run("Prosecutors in Atlanta said Georgia would seek the death penalty.")
    assert _codes(art).get("Georgia") == "USAGOV"
    art = run("Russian troops entered Georgia and shelled Gori.")  # the country, named with its own town
    assert _codes(art).get("Georgia") == "GEO"


def test_a_noun_of_a_list_hung_far_along_the_sentence_describes_no_one_named():
    art = run("Brian Nichols, 37, was found guilty of murdering a judge, a court reporter and a federal agent.")
    assert _codes(art)["Brian Nichols"] != "MED"  # he is no reporter
    art = run("Julie Ann Brandau, a court reporter, was killed.")
    assert _codes(art)["Julie Ann Brandau"] == "JUD"  # a court's stenographer, no journalist
    assert _codes(run("He shot federal agent David Wilhelm."))["David Wilhelm"] == "COP"


def test_shot_and_killed_is_one_attack():
    art = run("Police shot and killed the attacker on Friday.")
    assert [e.trigger.text for e in art.events] == ["shot"]
    art = run("The gunman shot two people and killed a third.")  # two acts on different people
    assert len(art.events) == 2


def test_property_destroyed_by_rioters_is_coercion_by_armed_forces_an_attack_and_by_a_quake_nothing():
    # CAMEO root 17 (1712, 175) as the dyads coders code arson, vandalism and tear gas
    assert [e.plover.type for e in run("Protesters set fire to the police station.").events] == ["COERCE"]
    assert [e.plover.type for e in run("Riot police fired tear gas at the protesters.").events] == ["COERCE"]
    assert [e.plover.type for e in run("Troops razed the village near the border.").events] == ["ASSAULT"]
    assert not run("More than 800 homes were destroyed by the earthquake, according to the UN.").events


def test_one_who_denies_charges_is_their_target():
    art = run("Head coach Andy Kennedy denied charges of physical assault.")
    assert roles(art, "charges")[1] == "Andy Kennedy"


def test_looking_forward_to_working_with_someone_is_an_intent_to_cooperate_with_them():
    art = run('Donald Trump said: "I very much look forward to dealing with President Barack Obama."')
    ev = [e for e in art.events if e.trigger.text == "look"]
    assert ev and ev[0].plover.type == "AGREE" and ev[0].target_name(art) == "Barack Obama"
    assert not run("We look forward to the weekend.").events


def test_campaigning_for_a_candidate_supports_them_and_a_trip_for_an_assembly_is_no_target():
    assert roles(run("Barack Obama campaigned vigorously for Hillary Clinton."), "campaigned") == ("Barack Obama", "Hillary Clinton")
    art = run("Cengiz traveled to New York for the United Nations General Assembly.")
    assert all(e.target_name(art) != "United Nations" for e in art.events)


def test_calling_someone_unfit_for_office_is_criticism():
    assert roles(run("Barack Obama called Donald Trump temperamentally unfit for office."), "called") == ("Barack Obama", "Donald Trump")


def test_a_clause_of_evidence_names_who_is_cleared_or_accused():
    art = run("Hillary Clinton spoke on Sunday. The FBI found no evidence she committed a crime.")
    assert roles(art, "found") == ("Federal Bureau of Investigation", "Hillary Clinton")


def test_a_thing_someone_has_stands_for_them_also_after_a_possessive_pronoun_but_people_do_not():
    art = run("Hillary Clinton spoke. Congress launched investigations into her email server.")
    assert roles(art, "launched")[1] == "Hillary Clinton"
    art = run("Hillary Clinton spoke. Police arrested her aides.")
    assert roles(art, "arrested")[1] != "Hillary Clinton"
    art = run("The gunman was killed. Police said his mother was detained.")
    assert roles(art, "detained")[1] == "mother"  # his mother is not the gunman


def test_the_past_habitual_would_took_place_and_a_modal_clause_keeps_its_act_hypothetical():
    ev = [e for e in run("Under the regime, the militias would sometimes kill the farmers.").events if e.trigger.text == "kill"]
    assert ev and ev[0].status == "occurred"
    ev = [e for e in run("Hillary Clinton could be crippled by a federal indictment.").events if e.trigger.text == "indictment"]
    assert ev and ev[0].status == "hypothetical"


def test_consumers_complaining_about_a_product_is_no_political_event():
    assert not run("Consumers have also complained about the chocolate bars shrinking.").events
    art = run("Protesters complained about the new law outside parliament in London.")
    assert art.events  # people complaining about a law still are


def test_murderers_toddlers_bystanders_are_actors_and_a_slaying_is_done_to_its_owner():
    assert roles(run("A triple murderer who killed a toddler was sentenced."), "killed") == ("murderer", "toddler")
    assert roles(run("Bystanders pleaded with the driver to stop."), "pleaded") == ("bystanders", "driver")
    assert roles(run("Nichols went on trial for the federal agent's slaying."), "slaying")[1] == "federal agent"


def test_protests_promised_are_the_promisers_and_a_rejected_request_was_still_made():
    art = run("Greta Thunberg promised protests every week.")
    ev = [e for e in art.events if e.trigger.text == "protests"]
    assert ev and ev[0].source_name(art) == "Greta Thunberg" and ev[0].status == "intended"
    art = run("The judge rejected requests for leniency from the prosecutors.")
    ev = [e for e in art.events if e.trigger.text == "requests"]
    assert ev and ev[0].status == "occurred" and ev[0].source_name(art) == "prosecutors"


def test_lawyers_are_civilians_of_the_law():
    art = run("Defense attorney Mark Geragos offered many explanations.")
    assert _codes(art)["Mark Geragos"] == "CVL"
