"""Senses: a trigger word is an event only when its reading is political or social action
(resources/events/contexts.tsv), and ``confidence`` is one documented formula with a threshold
users can set. Invented sentences only."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from eventwire import senses
from eventwire.model import Article
from eventwire.pipeline import Pipeline, extract
from conftest import benchmark

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=None)
def _events(min_confidence: float | None) -> Pipeline:
    return Pipeline(until="events", min_confidence=min_confidence)


def run(text: str, min_confidence: float | None = 0) -> Article:
    return _events(min_confidence).annotate([Article(id="t", text=text)], [None])[0]


def types(art: Article) -> set[str]:
    return {e.plover.type for e in art.events}


def triggers(art: Article) -> set[str]:
    return {e.trigger.text.lower() for e in art.events}


# ---------------------------------------------------------------- no political reading: dropped


@pytest.mark.parametrize("text, word", [
    ("Maria Lopez scored 31 points to help Denver beat Utah on Saturday.", "help"),
    ("The prime minister offered condolences to the families of the miners.", "offered"),
    ("Firefighters rescued nine people from the flooded tunnel and evacuated the station.", "rescued"),
    ("Firefighters rescued nine people from the flooded tunnel and evacuated the station.", "evacuated"),
    ("Four people were injured when a bus collided with a truck near Lyon.", "injured"),
    ("Three workers were injured in a fire at the refinery on Tuesday.", "injured"),
    ("The regional councils cannot meet the challenges of the pandemic.", "meet"),
    ("Fewer Germans are travelling to Spain this summer.", "travelling"),
    ("A reporter asked the mayor whether the bridge would reopen.", "asked"),
    ("Asked about the budget, the minister declined to give figures.", "asked"),
    ("For advice, call the helpline on 0800 123.", "call"),
    ("Forecasters issued storm warnings for the coast as heavy rain approached.", "warnings"),
    ("The senator has fought for cheaper medicine for years.", "fought"),
    ("He trained as a soldier but never received the proper military occupation specialty.", "occupation"),
    ("Peak electricity demand reached 44,000 megawatts on Friday.", "demand"),
    ("Two gas power plants shut down on Friday.", "shut"),
    ("The governor cancelled a speech he was due to give in the capital.", "cancelled"),
    ("The actor was admitted to hospital with chest pains.", "admitted"),
    ("According to witnesses, the suicide bomber wore a black coat.", "bomber"),
    ("Quiz nights and film clubs will occupy them during the winter.", "occupy"),
    ("The alleged ringleader lived in a flat above the shop.", "alleged"),
    ("The director shot the final scene of the film in Rome.", "shot"),
    ("Most of the documentary was shot in Kenya last year.", "shot"),
    ("She had served in the city's riot police squad for two years.", "riot"),
    ("Firefighters worked through the night to free four people trapped in the rubble.", "free"),
    ("The mayor warned that the death toll was likely to rise.", "warned"),
    ("Police cordoned off the scene while detectives searched the car.", "cordoned"),
    ("Police closed the intersection where the shooting took place.", "closed"),
    ("The two inquiries will put pressure on the mayor.", "pressure"),
    ("Veterans want to carry out a destruction of weapons next year.", "destruction"),
    ("The teenager struck up a conversation with the stranger online.", "struck"),
    ("We had to keep pushing ahead to win back the lead.", "pushing"),
    ("The agency said it stood by its earlier finding.", "stood"),
    ("Officials blamed the outlawed separatist group for the blast.", "outlawed"),
])
def test_general_senses_are_no_event(text, word):
    art = run(text)
    assert word not in triggers(art), [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


@pytest.mark.parametrize("text, plover", [
    ("Gunmen wounded four people in an attack on a bus near Lyon.", "ASSAULT"),
    ("The foreign ministers of Chile and Peru met in Lima on Monday.", "CONSULT"),
    ("German Chancellor Olaf Berg travelled to Madrid for talks with Spanish Prime Minister Ana Ruiz.", "CONSULT"),
    ("The opposition asked the government to release the prisoners.", "REQUEST"),
    ("Police arrested the opposition leader in Nairobi on Monday.", "COERCE"),
    ("Rebels stormed the market, leaving twenty people injured.", "ASSAULT"),
    ("The minister resigned in protest at the new security law.", "RETREAT"),
    ("Protesters occupied the parliament building on Monday.", "PROTEST"),
    ("German police cancelled the football match after a bomb threat.", "SANCTION"),
    # a film word elsewhere in the sentence does not make a shooting of a person a film shoot
    ("A policeman shot the ambassador in front of a crowd at a photo exhibit.", "ASSAULT"),
])
def test_political_readings_of_the_same_words_stay(text, plover):
    assert plover in types(run(text))


def test_a_sports_article_yields_no_event_above_the_default_threshold():
    text = ("The Rangers held on to beat the Athletics 5-4 on Sunday. Corey Wade scored twice in the "
            "third inning and the team's coach praised the pitcher after the game. The win lifts the "
            "Rangers to second in the league with ten games left in the season. Oakland had won four "
            "straight games before the defeat, and their manager said the players would meet on Monday "
            "to talk about the bullpen. The two teams play again on Tuesday night, when the Rangers hope "
            "their starting pitcher returns from injury. Tickets for the game sold out within an hour, "
            "the club said, and fans will be able to watch it on the team's own channel.")
    art = run(text, min_confidence=None)
    assert not art.events, [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_an_article_without_political_actors_scores_lower_than_one_with_them():
    plain = run("The club attacked the idea of a new stadium. Members voted against it.")
    political = run("Syrian rebels attacked an army base near Homs. The government condemned the attack.")
    low = max((e.confidence for e in plain.events), default=0.0)
    high = max(e.confidence for e in political.events if e.plover.type == "ASSAULT")
    assert high > low


# ---------------------------------------------------------------- confidence and the threshold


def test_confidence_rises_with_a_named_target_and_falls_when_embedded():
    base = senses.Evidence(constraints=1, source=True)
    assert senses.confidence(senses.Evidence(constraints=1, source=True, target=True)) > senses.confidence(base)
    assert senses.confidence(senses.Evidence(constraints=1, source=True, embedded=True)) < senses.confidence(base)
    assert 0.0 <= senses.confidence(senses.Evidence(constraints=9, source=True, target=True, root=True)) <= 1.0


def test_confidence_weights_are_a_documented_resource():
    text = (ROOT / "eventwire" / "resources" / "events" / "confidence.tsv").read_text("utf-8")
    assert "Hand-set, NOT fitted" in text and "MIT" in text
    w = senses.weights()
    for name in ("base", "source", "target", "cap", "min_confidence"):
        assert name in w
    assert 0.0 <= senses.default_min_confidence() < 1.0


def test_min_confidence_filters_what_is_reported():
    text = ("Police arrested the opposition leader in Nairobi on Monday. "
            "The talks were mentioned in a report about the visit.")
    every = run(text, min_confidence=0)
    assert len(every.events) >= 2
    cut = sorted(e.confidence for e in every.events)[-1]
    kept = run(text, min_confidence=cut)
    assert kept.events and all(e.confidence >= cut for e in kept.events)
    assert len(kept.events) < len(every.events)
    assert run(text, min_confidence=0.999).events == []


def test_pipeline_and_extract_take_min_confidence():
    text = "Police arrested the opposition leader in Nairobi on Monday. He met the ambassador later."
    assert Pipeline(min_confidence=0.5).settings.min_confidence == 0.5
    assert extract(text=text, min_confidence=0.999).events == []
    every = extract(text=text, min_confidence=0)
    assert every.events and all(e.confidence >= 0 for e in every.events)


def test_keep_uses_the_default_threshold_when_none_is_given():
    class E:
        def __init__(self, c: float):
            self.confidence = c

    thr = senses.default_min_confidence()
    evs = [E(0.0), E(thr), E(0.99)]
    assert [e.confidence for e in senses.keep(evs)] == [c for c in (0.0, thr, 0.99) if c >= thr]
    assert len(senses.keep(evs, 0)) == 3


# ---------------------------------------------------------------- the contexts table


def test_every_contexts_row_uses_known_conditions_and_a_valid_effect():
    known = {"always", "arg", "obj", "noobj", "subj", "prep", "mod", "head", "dep", "tag", "child", "nochild",
             "sent", "sentnoun", "nosource", "notarget", "noactor", "people", "topic", "political",
             "question", "imperative", "interrogative", "definite", "headline", "within", "prt", "ent", "aux", "subjdet", "name", "quoted", "lemma", "prepof", "polactor",
             "script", "crossborder", "personsource", "persontarget", "situated", "generic", "targetsector", "sourcesector",
             "compaux", "habitual", "procedural", "comp", "ownobj", "objplace"}
    table = senses.table()
    assert table.contexts and table.topics and table.sectors
    for ctx in table.contexts:
        if ctx.recode:  # "as:CAMEO": another reading, a code the CAMEO table knows
            from eventwire.events import cameo_codes
            assert ctx.recode in cameo_codes() and ctx.effect == 1.0, ctx
            continue
        assert 0.0 <= ctx.effect < 1.0, ctx
        for kind, _ in ctx.conditions:
            assert kind.lstrip("!") in known, ctx
    header = (ROOT / "eventwire" / "resources" / "events" / "contexts.tsv").read_text("utf-8").splitlines()[:6]
    assert any("MIT" in line for line in header) and any("Authored" in line for line in header)


def test_a_resignation_is_kept_low_unless_it_is_a_protest():
    plain = run("The minister resigned on Friday after a scandal over expenses.")
    protest = run("The minister resigned in protest at the new security law.")
    conf = lambda art: max(e.confidence for e in art.events if e.trigger.text == "resigned")  # noqa: E731
    assert conf(plain) < conf(protest)


def test_a_headline_keeps_its_compound_attack():
    art = Article(id="t", title="Drone Strikes Increase As Yemen Conflict Intensifies",
                  text="Drone strikes on rebel positions in Yemen rose sharply this month, officials said.")
    _events(0).annotate([art], [None])
    assert "ASSAULT" in types(art)


# ---------------------------------------------------------------- the benchmark's calibration table


def test_calibration_table_counts_real_events_per_band_and_threshold():
    mod = benchmark("dyads")
    t = mod.Tally(gold=4)
    t.confidences = [(0.95, True, True), (0.85, True, False), (0.45, False, False), (0.42, True, True)]
    out = mod.calibration(t)
    assert "| 0.4–0.5) | 2 | 1 | 0.50 |" in out
    assert "| 0.9–1.0] | 1 | 1 | 1.00 |" in out
    assert "| 0.80 | 2 | 1.00 | 0.25 |" in out  # kept 2, both real; 1 of 4 gold with the right type
    assert "| 0.00 | 4 | 0.75 | 0.50 |" in out


# ---------------------------------------------------------------- descriptions, not acts (issue 10)


@pytest.mark.parametrize("text, word", [
    ("The Society to Protect Farmers published its annual report on Monday.", "protect"),
    ("The workers added a pay rise to their list of demands.", "demands"),
    ("His lawyer made a plea for leniency before the judge.", "plea"),
    ("The senator argued that he was immune from prosecution while in office.", "prosecution"),
    ("The report describes a prison system marred by allegations of torture and beatings.", "torture"),
    ("Many nurses say they are feeling blamed for the shortage.", "blamed"),
    ("The fines for people who refuse to wear masks will double next month.", "refuse"),
    ("Another explosion hit a delivery van in the town on Tuesday night.", "explosion"),
    ("A roadside bombing killed four soldiers near the border on Sunday.", "killed"),
    ("The Red Brigade claimed responsibility on Friday.", "claimed"),
    ("She received the Order of Merit, an honour conferred by the king.", "conferred"),
    ("The professor agreed that the rules were unfair to students.", "agreed"),
    ("The data supported his theory of the collapse.", "supported"),
    ("The new law would allow banks to charge higher fees.", "allow"),
    ("The mayor said classes would be cancelled on Friday because of the snow.", "cancelled"),
    ("Yellow warnings were issued for the whole country on Sunday.", "warnings"),
    ("The debate was a live demonstration of how the candidates handle pressure.", "demonstration"),
    ("The minister asked the police to stop referring to the marches as riots.", "riots"),
    ("The coach said the atmosphere in the stadium was highly charged.", "charged"),
    ("The following are arrest reports as recorded by the county police.", "arrest"),
    ("The charity published a report on torture in the country's prisons.", "torture"),
    ("The crew shot the final scene of the film in Prague last week.", "shot"),
    ("Three workers were injured when a fire broke out at the factory.", "injured"),
])
def test_descriptions_and_states_are_no_event(text, word):
    art = run(text)
    assert word not in triggers(art), [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_a_claim_of_responsibility_for_an_attack_is_the_attack():
    art = run("The Red Brigade claimed responsibility for the bombing of the courthouse.")
    assert "ASSAULT" in types(art) and "ACCUSE" not in types(art)


def test_a_new_attack_is_one_event_and_a_remention_keeps_its_toll():
    art = run("A roadside bombing killed four soldiers near the border on Sunday.")
    assert [e.plover.type for e in art.events].count("ASSAULT") == 1
    again = run("Gunmen attacked a police post in the north on Monday. Officials said the attack had killed twelve.")
    first, told = [e for e in again.events if e.plover.type == "ASSAULT"]
    assert told.same_as == first.id and told.sentence == 1  # the attack told again, with what it did
    killed = again.text.index("killed")
    assert any(m.start == killed for m in told.mentions)


def test_attacks_in_a_campaign_are_criticism():
    art = run("The senator stepped up her attacks on her rival during the televised debate.")
    assert [e.plover.type for e in art.events if e.trigger.text == "attacks"] == ["ACCUSE"]
    war = run("Rebels stepped up their attacks on army posts near the border, killing six soldiers.")
    assert "ASSAULT" in {e.plover.type for e in war.events if e.trigger.text == "attacks"}


def test_a_call_for_something_to_be_done_is_a_request():
    art = run("Opposition parties called for the tax to be scrapped.")
    assert "REQUEST" in {e.plover.type for e in art.events if e.trigger.text == "called"}


def test_a_court_sentence_is_coercion():
    art = run("A court in Cairo sentenced the activist to five years in prison.")
    assert "COERCE" in {e.plover.type for e in art.events if e.trigger.text == "sentenced"}


@pytest.mark.parametrize("text, plover", [
    ("The mayor was encouraged to withdraw from the contest by party leaders.", "REQUEST"),
    ("The amendment was co-sponsored by two senators from Ohio.", "SUPPORT"),
    ("The health minister came under fire from opposition lawmakers on Monday.", "ACCUSE"),
    ("The report counted thousands of police stops of black residents in the city.", "COERCE"),
    ("The minister expressed regret over the deaths of the protesters.", "CONCEDE"),
    ("The opposition leader called the decision of the government wrong.", "ACCUSE"),
    ("The governor vowed to rebuild the bridge within a year.", "AGREE"),
    ("The suspected gunman surrendered himself to police on Friday.", "CONCEDE"),
    ("The rebel unit surrendered to the army near the border on Friday.", "RETREAT"),
])
def test_issue10_recall_forms(text, plover):
    assert plover in types(run(text)), [(e.trigger.text, e.plover.type) for e in run(text).events]


def test_winning_an_election_is_no_assault():
    art = run("Republican Tom Ward beat incumbent Democrat Lisa Cole by 4,000 votes in the House race.")
    assert "ASSAULT" not in types(art)
    assert "ASSAULT" in types(run("Soldiers beat the prisoners with batons at the border post."))


@pytest.mark.parametrize("text, word", [
    ("I refuse to use programs like that, and I support the free alternatives.", "refuse"),
    ("Thank you for agreeing to this interview.", "thank"),
    ("The candidate discussed her background and her plans with Wikinews.", "discussed"),
    ("The coronavirus has killed more than 1,000 people in the province.", "killed"),
    ("Feature requests often come from the users of the game.", "requests"),
])
def test_talk_no_one_owns_and_harm_by_disease_are_no_event(text, word):
    art = run(text, min_confidence=None)
    assert word not in triggers(art), [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_a_quoted_first_person_keeps_its_event():
    art = run('"I urge the government to release the prisoners," the opposition leader Ana Ruiz said on Monday.',
              min_confidence=None)
    assert "REQUEST" in types(art)


@pytest.mark.parametrize("text, plover", [
    ("The convoy was targeted with a car packed with explosives near Kandahar.", "ASSAULT"),
    ("Rights groups documented police violence against students in the capital.", "ASSAULT"),
    ("Opposition lawmakers disrupted the prime minister's speech in parliament.", "PROTEST"),
    ("The Pentagon said the strike killed a senior militia commander near the airport.", "ASSAULT"),
])
def test_issue10_more_recall_forms(text, plover):
    assert plover in types(run(text)), [(e.trigger.text, e.plover.type) for e in run(text).events]


@pytest.mark.parametrize("text, word", [
    ("The city can seize the opportunity to become a centre of finance.", "seize"),
    ("The senator returned to the campaign trail with a rally in Ohio.", "rally"),
    ("Many workers take a personal loan when their wages are late.", "loan"),
])
def test_chances_rallies_and_loans_of_private_life_are_no_event(text, word):
    art = run(text)
    assert word not in triggers(art), [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


@pytest.mark.parametrize("text, plover", [
    ("Armed police searched the apartment block on Tuesday.", "COERCE"),
    ("The student union gave the government until Friday to drop the fees.", "THREATEN"),
    ("The government barred foreign journalists from the border region.", "COERCE"),
    ("The opposition sought an injunction against the election commission.", "REQUEST"),
    ("The governor suspended the police chief after the raid.", "COERCE"),
    ("The ministry revoked the security detail of the former minister.", "SANCTION"),
    ("The senator called the ruling unconstitutional.", "ACCUSE"),
])
def test_issue10_recall_forms_2(text, plover):
    assert plover in types(run(text)), [(e.trigger.text, e.plover.type) for e in run(text).events]


def test_an_attack_on_an_institution_or_labelled_as_one_is_criticism():
    art = run("The governor criticized the lawsuit as an attack on democracy.")
    assert "ASSAULT" not in types(art) and "ACCUSE" in types(art)
    assert "ACCUSE" in types(run("The opposition leader attacked the government's record on the economy."))
    assert "ASSAULT" in types(run("Militants attacked a police station in the north on Monday."))


@pytest.mark.parametrize("text, word", [
    ("The crash was being investigated by state police and safety officials.", "investigated"),
    ("The Supreme Court is the final court of appeal for civil cases.", "appeal"),
])
def test_inquiries_into_accidents_and_courts_of_appeal_are_no_event(text, word):
    art = run(text, min_confidence=None)
    assert word not in triggers(art), [(e.trigger.text, e.plover.type, e.confidence) for e in art.events]


def test_eggs_thrown_are_a_protest_and_stones_an_assault():
    assert "PROTEST" in {e.plover.type for e in run("Protesters threw eggs at the minister's car.").events
                         if e.trigger.text == "threw"}
    assert "ASSAULT" in {e.plover.type for e in run("Protesters threw stones at the police station.").events
                         if e.trigger.text == "threw"}


def test_a_strike_in_an_article_about_fighting_is_an_attack():
    text = ("Militants fired rockets at an army base on Monday and the military answered with artillery. "
            "Troops and militia fighters exchanged fire near the border, and the army said its soldiers "
            "killed a rebel commander. The strike took place near the town of Gao, the military said.")
    art = extract(text=text, published="2021-03-04")
    strikes = [e for e in art.events if e.trigger.text == "strike"]
    assert strikes and strikes[0].plover.type == "ASSAULT"
    text = ("Teachers in Lagos began a strike on Monday over unpaid wages, the union said. The strike "
            "closed schools across the city and the union said pay talks would resume.")
    art = extract(text=text, published="2021-03-04")
    assert all(e.plover.type != "ASSAULT" for e in art.events if e.trigger.text == "strike")


@pytest.mark.parametrize("text, word", [
    ("Police received multiple reports of a shooting at a graduation party in the town.", "shooting"),
    ("Officers cordoned off the scene after a shooting near the protest on Wednesday.", "shooting"),
    ("Security camera footage showed the shooting outside the bar.", "shooting"),
    ("Five people were shot in the city centre when a gunman opened fire near the rally.", "shot"),
])
def test_a_shooting_told_with_its_scene_or_its_report_is_one(text, word):
    assert word in triggers(run(text))


def test_a_patient_released_from_hospital_is_no_prisoner_freed():
    assert "released" not in {e.trigger.text for e in run("The senator was released from the hospital on Monday.").events}
    freed = [e for e in run("Police released the journalist from custody on Monday.").events if e.trigger.text == "released"]
    assert [e.plover.type for e in freed] == ["CONCEDE"]
