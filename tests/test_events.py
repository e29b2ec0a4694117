"""Events: invented sentences for every CAMEO root, every PLOVER type, each source/target
construction and each status; and the seed article's events."""

from __future__ import annotations

import pytest

from eventwire import events
from eventwire.model import Article
from eventwire.pipeline import Pipeline


EVENTS = Pipeline(until="events", min_confidence=0)  # the rules, not the confidence filter


def run(text: str, title: str | None = None, captions: tuple[str, ...] = ()) -> Article:
    return EVENTS.annotate([Article(id="t", text=text, title=title, captions=list(captions))], [None])[0]


def names(art: Article) -> dict[str | None, str | None]:
    return {a.id: a.name for a in art.actors} | {None: None}


def one(art: Article, plover: str):
    found = [e for e in art.events if e.plover.type == plover]
    assert found, f"no {plover} in {[(e.trigger.text, e.cameo, e.plover.type) for e in art.events]}"
    return found[0]


# ---------------------------------------------------------------- resources


def test_code_table_covers_all_roots_with_quad_class_and_goldstein():
    codes = events.cameo_codes()
    assert len(codes) > 250
    for root in range(1, 21):
        name, quad, goldstein = codes[f"{root:02d}"]
        assert quad == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert -10.0 <= goldstein <= 10.0
    assert codes["0312"][0].startswith("Express intent to cooperate militarily")
    assert codes["183"][2] == -10.0 and codes["057"][2] == 8.0


def test_lexicon_covers_all_twenty_roots_and_every_code_is_known():
    roots = {r.cameo[:2] for rules in events.lexicon().values() for r in rules if r.cameo != events.NO_EVENT}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for rules in events.lexicon().values():
        for r in rules:
            if r.cameo == events.NO_EVENT:
                continue
            assert r.cameo in events.cameo_codes(), r
            assert events.plover_for(r.cameo, r.plover) is not None, r


def test_plover_mapping_modes():
    assert events.plover_for("193").type == "ASSAULT" and events.plover_for("193").mode == "firearms"
    assert (events.plover_for("173").type, events.plover_for("173").mode) == ("COERCE", "arrest")
    assert (events.plover_for("044").type, events.plover_for("044").mode) == ("CONSULT", "third-party")
    assert (events.plover_for("141").type, events.plover_for("141").mode) == ("PROTEST", "demo")
    assert events.plover_for("010") is None  # a bare statement is no PLOVER event


# ---------------------------------------------------------------- every root and type

ROOTS = [
    ("01", "REJECT", "The Interior Ministry denied responsibility for the blackout in Lagos."),
    ("02", "REQUEST", "Haiti appealed for humanitarian aid after the earthquake."),
    ("03", "AGREE", "Brazil pledged to cooperate with Argentina on trade."),
    ("04", "CONSULT", "Angela Merkel met Emmanuel Macron in Berlin on Monday."),
    ("05", "SUPPORT", "The Chilean government praised Peru for its handling of the crisis."),
    ("06", "COOPERATE", "Kenya shared intelligence with Uganda about the militants."),
    ("07", "AID", "Japan sent humanitarian aid to the Philippines."),
    ("08", "CONCEDE", "The rebels released 20 hostages on Sunday."),  # releases are concessions (the gold guideline)
    ("09", "ACCUSE", "Prosecutors in Italy investigated the mayor of Rome."),
    ("10", "REQUEST", "Protesters demanded the resignation of the Prime Minister of Spain."),
    ("11", "ACCUSE", "Germany condemned Russia over the poisoning."),
    ("12", "REJECT", "Iran rejected the proposal from the European Union."),
    ("13", "THREATEN", "North Korea threatened to attack South Korea."),
    ("14", "PROTEST", "Thousands of teachers went on strike in Nairobi."),
    ("15", "MOBILIZE", "India deployed troops along the border with China."),
    ("16", "SANCTION", "The United States imposed sanctions on Venezuela."),
    ("17", "COERCE", "Turkish police arrested 12 journalists in Istanbul."),
    ("18", "ASSAULT", "A suicide bomber killed 14 people in Kabul."),
    ("19", "ASSAULT", "Israeli aircraft carried out air strikes on Gaza."),
    ("20", "ASSAULT", "The militia committed a massacre in the village near Juba."),
]


@pytest.mark.parametrize("root,plover,text", ROOTS)
def test_every_cameo_root(root, plover, text):
    art = run(text)
    assert any(e.cameo_root == root and e.plover.type == plover for e in art.events), [
        (e.trigger.text, e.cameo, e.plover.type) for e in art.events
    ]


TYPES = [
    ("AGREE", "Colombia and the rebels reached an agreement in Havana."),
    ("CONSULT", "The Foreign Minister of Japan visited Seoul."),
    ("SUPPORT", "Barack Obama praised Vladimir Putin."),
    ("CONCEDE", "The government of Chile lifted the curfew after a week."),
    ("COOPERATE", "France and Germany cooperated on counterterrorism."),
    ("AID", "The World Bank provided a loan of $2 billion to Egypt."),
    ("RETREAT", "Russia withdrew its troops from the border."),
    ("REQUEST", "The Pope urged both sides to return to talks."),
    ("ACCUSE", "Ukraine accused Russia of aggression."),
    ("REJECT", "Hamas refused to meet the Israeli envoy."),
    ("THREATEN", "Iran threatened sanctions against the UK."),
    ("PROTEST", "Students demonstrated outside the parliament in Bangkok."),
    ("SANCTION", "Saudi Arabia expelled the Canadian ambassador."),
    ("MOBILIZE", "Pakistan mobilized its army after the attack."),
    ("COERCE", "Authorities in Belarus detained the opposition leader."),
    ("ASSAULT", "Gunmen shot dead three soldiers in Mali."),
]


@pytest.mark.parametrize("plover,text", TYPES)
def test_every_plover_type(plover, text):
    one(run(text), plover)


DIPLOMATIC = [
    ("AGREE", "Colombia and the rebels signed a peace agreement in Havana."),  # CAMEO 057 (root 05): PLOVER AGREE
    ("SUPPORT", "Peru and Finland resumed diplomatic relations."),
    # cooperating with no domain named is material cooperation as the dyads coders code it (round 25: 12 of 12)
    ("COOPERATE", "Chile and Japan cooperated on climate change."),
    ("COOPERATE", "Chile and Japan expanded judicial cooperation."),
    ("COOPERATE", "Kenya exported grain to Uganda."),
    ("AGREE", "Chile and Peru agreed to hold regular meetings."),
    ("AGREE", "The minister expressed his willingness to work with Peru."),  # intended diplomatic cooperation
    ("CONCEDE", "India withdrew its complaint against Laos."),
    ("MOBILIZE", "The army called upon conscripts."),
]


@pytest.mark.parametrize("plover,text", DIPLOMATIC)
def test_diplomatic_versus_material_and_agreement(plover, text):
    one(run(text), plover)


def test_modes_and_specific_codes():
    e = one(run("Iraqi police arrested 30 suspects in Basra."), "COERCE")
    assert (e.cameo, e.plover.mode) == ("173", "arrest")
    e = one(run("Workers staged a hunger strike in Lagos."), "PROTEST")
    assert (e.cameo, e.plover.mode) == ("142", "hunger")
    e = one(run("The US Navy conducted a drone strike in Yemen."), "ASSAULT")
    assert e.cameo == "1952" and e.plover.mode == "drone"


# ---------------------------------------------------------------- source and target


def test_subject_and_object():
    art = run("Barack Obama praised Vladimir Putin.")
    e = one(art, "SUPPORT")
    assert (names(art)[e.source], names(art)[e.target]) == ("Barack Obama", "Vladimir Putin")


def test_prepositional_target_meet_with():
    art = run("Angela Merkel met with Emmanuel Macron in Paris.")
    e = one(art, "CONSULT")
    assert (names(art)[e.source], names(art)[e.target]) == ("Angela Merkel", "Emmanuel Macron")


def test_passive_with_by():
    art = run("The opposition leader Alexei Navalny was arrested by Russian police.")
    e = one(art, "COERCE")
    assert names(art)[e.target] == "Alexei Navalny"
    assert "police" in (names(art)[e.source] or "").lower()


def test_passive_without_agent_keeps_source_null():
    art = run("Four French soldiers were wounded near the border.")
    e = one(art, "ASSAULT")
    assert e.source is None and e.target is not None


def test_coordinated_subjects_each_source():
    art = run("Russia and China agreed to cooperate on energy.")
    pairs = {(names(art)[e.source], names(art)[e.target]) for e in art.events if e.plover.type == "AGREE"}
    assert {p[0] for p in pairs} >= {"Russia", "China"}


def test_meeting_between_is_consult_between_both():
    art = run("The deal came after a meeting between Vladimir Putin and Barack Obama in Turkey.")
    e = one(art, "CONSULT")
    assert {names(art)[e.source], names(art)[e.target]} == {"Vladimir Putin", "Barack Obama"}


def test_apposition_resolves_to_actor():
    art = run("Hassan Rouhani, the president of Iran, criticized Saudi Arabia.")
    e = one(art, "ACCUSE")
    assert names(art)[e.target] == "Saudi Arabia" and e.source is not None


def test_relative_clause_subject():
    art = run("Protesters condemned Israel, which bombed Gaza on Monday.")
    bomb = one(art, "ASSAULT")
    assert names(art)[bomb.source] == "Israel"


def test_light_verb_lends_subject_to_event_noun():
    art = run("French police launched a raid against Islamic State militants in Paris.")
    e = one(art, "COERCE")
    assert e.trigger.text == "raid" and e.source and e.target


def test_participle_inherits_subject():
    art = run("Nigerian troops stormed the camp, killing two militants.")
    kill = next(e for e in art.events if e.trigger.text == "killing")
    assert kill.source is not None


# ---------------------------------------------------------------- status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Emmanuel Macron is to meet with Angela Merkel next week.", "meet", "intended"),
        ("Spain will send aid to Morocco.", "send", "intended"),
        ("Germany plans to deploy troops in Lithuania.", "deploy", "intended"),
        ("The two leaders met in Geneva.", "met", "occurred"),
        ("Police did not arrest the suspects.", "arrest", "negated"),
        ("The raid failed to capture the commander.", "capture", "negated"),
        ("The government refused to release the prisoners.", "release", "negated"),
        ("If talks collapse, Turkey could attack the Kurdish forces.", "attack", "hypothetical"),
        ("Serbia threatened to expel the diplomats.", "expel", "hypothetical"),
        ("The planned summit was announced on Friday.", "summit", "intended"),
        ("The ceasefire comes days ahead of talks in Geneva.", "talks", "intended"),
        ("Putin announced that Russian forces would work with French forces.", "work", "intended"),
    ],
)
def test_status(text, trigger, status):
    art = run(text)
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.status) for e in art.events]
    assert found[0].status == status


def test_intended_cooperation_is_recoded_as_intent():
    art = run("Putin announced that Russian forces would work with French forces.")
    e = next(e for e in art.events if e.trigger.text == "work")
    assert (e.cameo, e.cameo_root, e.quad_class) == ("0312", "03", 1)


def test_embedded_event_is_less_confident_than_its_frame():
    art = run("Ukraine accused Russia of killing civilians.")
    accuse, kill = one(art, "ACCUSE"), one(art, "ASSAULT")
    assert accuse.confidence > kill.confidence


# ---------------------------------------------------------------- mentions and merging


def test_definite_remention_is_its_sentences_event_and_names_the_first():
    art = run("Police launched a raid in Lyon on Monday. The raid lasted two hours.")
    raids = [e for e in art.events if e.trigger.text == "raid"]
    assert [(e.sentence, e.same_as) for e in raids] == [(0, None), (1, raids[0].id)]
    assert raids[0].evidence.startswith("Police launched") and raids[1].evidence.startswith("The raid lasted")


def test_title_and_caption_join_body_event():
    art = run(
        "Japanese Prime Minister Shinzo Abe met Donald Trump in Tokyo on Monday.",
        title="Shinzo Abe Meets Donald Trump in Tokyo",
        captions=("Shinzo Abe meets Donald Trump",),
    )
    consults = [e for e in art.events if e.plover.type == "CONSULT"]
    assert len(consults) == 1
    assert {r.field for r in consults[0].mentions} == {"text", "title", "captions/0"}


def test_title_only_event_points_into_the_title():
    art = run("The text says nothing more.", title="Chile Expels Bolivian Diplomats")
    e = one(art, "SANCTION")
    assert e.sentence == -1 and e.mentions[0].field == "title"
    assert art.title[e.trigger.start : e.trigger.end] == e.trigger.text


def test_offsets_point_at_the_trigger():
    art = run("On Tuesday, Obama praised Putin as a partner.")
    e = one(art, "SUPPORT")
    assert art.text[e.trigger.start : e.trigger.end] == e.trigger.text == "praised"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "and and and", "\n\n\n"])
def test_odd_text_does_not_crash(text):
    assert run(text or " ").events == []


# ---------------------------------------------------------------- the seed


def _seed_event(seed, pred):
    found = [e for e in seed.events if pred(e)]
    assert found, [(e.trigger.text, e.cameo, e.status, e.source, e.target) for e in seed.events]
    return found[0]


def test_seed_events(seed):
    n = {a.id: a for a in seed.actors}
    code = lambda aid: n[aid].country if aid in n else None  # noqa: E731
    raid = _seed_event(seed, lambda e: e.trigger.text == "raid")
    assert raid.plover.type in ("COERCE", "ASSAULT") and raid.status == "occurred" and code(raid.source) == "FRA"
    # "the raid failed to capture" is the same raid, told again in its own sentence
    assert any(e.same_as == raid.id and e.trigger.text == "raid" for e in seed.events)
    _seed_event(seed, lambda e: e.plover.mode == "arrest" and e.status == "occurred")
    capture = _seed_event(seed, lambda e: e.trigger.text == "capture")
    assert capture.status == "negated"
    cancel = _seed_event(seed, lambda e: e.trigger.text == "canceled")
    assert code(cancel.source) == "DEU"
    _seed_event(seed, lambda e: e.trigger.text == "downing" and e.plover.type == "ASSAULT")
    work = _seed_event(seed, lambda e: e.cameo == "0312")
    assert (code(work.source), code(work.target), work.status) == ("RUS", "FRA", "intended")
    meet = _seed_event(seed, lambda e: e.trigger.text == "meeting" and e.plover.type == "CONSULT")
    assert {n[meet.source].name, n[meet.target].name} == {"Vladimir Putin", "Barack Obama"}
    praise = _seed_event(seed, lambda e: e.cameo == "051")
    assert (n[praise.source].name, n[praise.target].name) == ("Barack Obama", "Vladimir Putin")
    notify = _seed_event(seed, lambda e: e.cameo == "064")
    assert code(notify.source) == "RUS" and code(notify.target) == "USA"
    future = [e for e in seed.events if e.plover.type == "CONSULT" and e.status == "intended"]
    partners = {frozenset((n[e.source].name, n[e.target].name)) for e in future if e.source and e.target}
    assert frozenset(("François Hollande", "Barack Obama")) in partners
    assert frozenset(("François Hollande", "Vladimir Putin")) in partners


def test_accidental_harm_is_no_assault():
    assert not run("A fire on a Florida highway killed five children.").events
    assert not run("Three people were injured in a crash near Leeds.").events
    one(run("Gunmen killed three people in Leeds."), "ASSAULT")


def test_cooperation_against_someone_is_not_with_them():
    art = run("France and Russia will coordinate joint missions against ISIL in Syria.")
    for e in art.events:
        if e.plover.type in ("AGREE", "COOPERATE"):
            assert names(art)[e.target] != "Islamic State"


# ---------------------------------------------------------------- headlines and special constructions


def main_event(art: Article):
    return max(art.events, key=lambda e: e.confidence)


def test_headline_cased_titles_are_coded_like_sentences():
    art = run("The activists spoke in the capital.", title="Activists in Damascus Decry New Government Policy")
    assert main_event(art).plover.type == "ACCUSE" and main_event(art).trigger.text == "Decry"
    art = run("Talks went on.", title="Belarus Makes Concessions to the EU")
    assert main_event(art).plover.type == "CONCEDE"


def test_declaring_a_ceasefire_concedes_and_a_ceasefire_taking_hold_is_a_retreat():
    assert one(run("The rebels declared a ceasefire on Sunday."), "CONCEDE").cameo == "0871"
    e = one(run("Both armies signed a cease-fire on Monday."), "RETREAT")
    assert (e.plover.mode, e.trigger.text) == ("ceasefire", "signed")
    assert one(run("A cease-fire took hold in the region."), "RETREAT").trigger.text == "cease-fire"


def test_a_conditional_arrest_or_attack_is_a_threat():
    e = one(run("The government will detain journalists if they publish the report."), "THREATEN")
    assert (e.cameo, e.plover.mode) == ("137", "arrest")
    assert one(run("The rebels will attack the city unless the army withdraws."), "THREATEN").cameo == "138"


def test_a_quantity_noun_passes_its_object_through():
    e = one(run("Madagascar expelled dozens of diplomats on Friday."), "SANCTION")
    assert e.plover.mode == "expel"


def test_headline_passive_without_auxiliary_has_a_patient_subject():
    art = run("The officials deny wrongdoing.", title="Six Officials Indicted by Grand Jury")
    e = one(art, "COERCE")  # CAMEO 173: arrest, detain or charge with legal action
    assert names(art)[e.target] and "official" in names(art)[e.target].lower()


def test_an_attributive_participle_is_not_the_news():
    art = run("The imprisoned critic announced a hunger strike on Monday.")
    assert main_event(art).plover.type == "PROTEST"


def test_claiming_responsibility_for_an_attack_codes_the_attack():
    art = run("Islamic State claimed responsibility for the bombing in Kabul.")
    e = main_event(art)
    assert e.plover.type == "ASSAULT" and names(art)[e.source] == "Islamic State"


def test_a_trigger_word_inside_an_actor_name_is_no_event():
    art = run("Aid agencies have warned that millions are at risk of famine.")
    assert "AID" not in {e.plover.type for e in art.events}
    assert one(run("The government sent aid to the flooded region."), "AID")


def test_a_passive_clause_without_its_own_subject_takes_the_main_clause_subject_as_target():
    art = run("The reporter died on Monday after being shot in his car by gunmen.")
    e = one(art, "ASSAULT")
    assert (names(art)[e.source], names(art)[e.target]) == ("gunmen", "reporter")


def test_harm_in_a_clause_governed_by_an_accident_is_no_attack():
    art = run("The stampede in Kerman resulted in 56 deaths and over 200 people injured.")
    assert "ASSAULT" not in {e.plover.type for e in art.events}
    assert one(run("Gunmen stormed the market, leaving 20 people injured."), "ASSAULT")


@pytest.mark.parametrize("title", ["Curfew lifted in Delhi after talks", "Curfew Lifted in Delhi After Talks"])
def test_a_headline_past_participle_is_passive(title):
    art = run("The city council announced the decision on Sunday.", title=title)
    assert one(art, "CONCEDE").cameo.startswith("081")


def test_headline_victims_are_targets_not_sources():
    art = run("Police said the attack happened at dawn.", title="Six Soldiers Killed in Kabul Attack")
    e = next(e for e in art.events if e.trigger.text == "Killed")
    assert e.source is None and "soldier" in names(art)[e.target].lower()


def test_conversation_verbs_need_an_actor():
    assert not run("So I would like to discuss the study and what lies ahead.").events
    assert one(run("The foreign ministers discussed the border dispute in Geneva."), "CONSULT")


def test_a_press_release_is_no_release_of_anyone():
    art = run("According to its press release, the league suspended all games.")
    assert "RETREAT" not in {e.plover.type for e in art.events}
    assert one(run("The family welcomed the release of the three hostages."), "CONCEDE").plover.mode == "release"
    assert one(run("His release was ordered by the court."), "CONCEDE")


def test_figurative_asking_and_fighting_are_no_events():
    assert not run("Every time I ask this question, people laugh.").events
    assert not run("She has fought for women's rights all her life.").events
    assert one(run("Rebels fought government troops near the airport."), "ASSAULT")


def test_a_trigger_word_modifying_another_noun_is_not_the_main_event():
    art = run("Police arrested the mayor hours after he spoke on a morning talk show.")
    assert main_event(art).plover.type == "COERCE"
    talk = [e for e in art.events if e.trigger.text == "talk"]
    assert all(e.confidence < main_event(art).confidence for e in talk)


def test_the_wounded_are_people_and_a_gas_leak_is_no_attack():
    art = run("The president flew to the city, visiting the wounded in hospital.")
    assert "ASSAULT" not in {e.plover.type for e in art.events}
    art = run("A suspected gas leak led to an explosion that destroyed the building.")
    assert "ASSAULT" not in {e.plover.type for e in art.events}


def test_an_event_arriving_is_that_event_not_a_visit():
    art = run("Emergency humanitarian aid arrived in the famine-hit north on Monday.")
    assert {e.plover.type for e in art.events} == {"AID"}
    assert one(run("The French president arrived in Beijing on Monday."), "CONSULT").plover.mode == "visit"


def test_trigger_lexicon_has_no_repeated_rows():
    """Two rows with the same word, constraints and code are one row written twice: the second
    never wins and hides which one a later edit should change."""
    from eventwire import knowledge

    seen: dict[tuple[str, ...], int] = {}
    repeated = []
    for n, row in enumerate(knowledge.rows("events/triggers.tsv")):
        if len(row) >= 4:
            key = tuple(c.strip() for c in row[:4])
            if key in seen:
                repeated.append("\t".join(key))
            seen[key] = n
    assert not repeated, repeated
