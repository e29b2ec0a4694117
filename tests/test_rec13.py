"""Recall, round 13 (issue 10), on invented sentences: lemma corrections applied once after parsing
(nlp.correct_lemmas, resources/lemmas.tsv) and the constraint matcher's general mechanisms."""

from __future__ import annotations

import pytest

from eventwire import nlp

from conftest import found_event as found


def lemmas(text: str) -> dict[str, str]:
    doc = next(nlp.parse_many([text]))
    return {t.text: t.lemma_ for t in doc}


@pytest.mark.parametrize(
    "text,word,lemma",
    [
        # a one-syllable consonant-vowel-consonant verb doubles its consonant: single, it is the "-e" verb
        ("The junta waged a long war in the hills.", "waged", "wage"),
        ("Critics sniped at the mayor all week.", "sniped", "snipe"),
        ("The court fined the company heavily.", "fined", "fine"),
        ("Residents are hoping for calm.", "hoping", "hope"),
        ("The agency rated the bonds poorly.", "rated", "rate"),
        ("The army is waging a campaign in the north.", "waging", "wage"),
        # "-es" after no sibilant is "-e" + "s"
        ("The militia rapes villagers, witnesses say.", "rapes", "rape"),
        ("The columnist lambastes the cabinet every week.", "lambastes", "lambaste"),
        # an irregular past the tagger takes for a present keeps itself as lemma: the model's exception list
        ("Rebels retook the airport overnight.", "retook", "retake"),
        ("The widow forgave the driver.", "forgave", "forgive"),
        # rows of resources/lemmas.tsv
        ("The junta scapegoated the minorities.", "scapegoated", "scapegoat"),
        ("Officers cordoned off the square.", "cordoned", "cordon"),
        ("Riot police teargassed the marchers.", "teargassed", "teargas"),
        # a common noun opening a sentence that the tagger took for a name
        ("Rockets were fired at Israeli towns on Monday.", "Rockets", "rocket"),
    ],
)
def test_lemma_corrections(text, word, lemma):
    assert lemmas(text)[word] == lemma


@pytest.mark.parametrize(
    "text,word,lemma",
    [
        # doubled consonants and ordinary words are left alone
        ("The dog wagged its tail.", "wagged", "wag"),
        ("He hopped over the fence.", "hopped", "hop"),
        ("Workers taxed the system.", "taxed", "tax"),
        ("The minister visited the port.", "visited", "visit"),
        ("She saw the report.", "saw", "see"),
        ("They found the missing files.", "found", "find"),
        ("The wages rose sharply.", "wages", "wage"),
        ("Kokesh said the police arrested him.", "Kokesh", "Kokesh"),  # a name no English noun
    ],
)
def test_lemmas_left_alone(text, word, lemma):
    assert lemmas(text)[word] == lemma


@pytest.mark.parametrize(
    "text,trigger,cameo",
    [
        ("The rebels waged war on the government for a decade.", "waged", "190"),
        ("Government troops retook the town of Palmyra from the militants.", "retook", "192"),
        ("The widow forgave the gunman who killed her son.", "forgave", "056"),
        ("The militia raped women in the villages it captured.", "raped", "1821"),
        ("Rockets were fired at Israeli towns on Monday.", "fired", "190"),
    ],
)
def test_corrected_lemmas_reach_the_lexicon(text, trigger, cameo):
    event, _ = found(text, trigger)
    assert event.cameo.startswith(cameo)


def _token(text: str, word: str):
    doc = next(nlp.parse_many([text]))
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text,noun,prep,cameo",
    [
        # the parser hangs the carried noun's preposition on the verb: the noun's rows still see it
        ("Labor unions threw their support behind the plan.", "support", "behind", "051"),
        ("The party voiced strong opposition on Monday to the bill.", "opposition", "to", "110"),
        ("Farmers showed their support yesterday for the governor.", "support", "for", "051"),
        # ... and of the preposition a noun follows ("came under scrutiny from")
        ("The mayor came under scrutiny from the auditors.", "scrutiny", "from", "111"),
    ],
)
def test_noun_carried_by_a_verb_takes_its_preposition(text, noun, prep, cameo):
    from eventwire import events

    tok = _token(text, noun)
    assert prep in events._features(tok)["preps"]
    rule = events.match(tok)
    assert rule is not None and rule.cameo == cameo


def test_preposition_before_the_noun_or_a_date_is_not_the_nouns():
    from eventwire import events

    tok = _token("On Monday the council voiced opposition.", "opposition")
    assert "on" not in events._features(tok)["preps"]
    tok = _token("The party voiced opposition on Monday.", "opposition")
    assert "on" not in events._features(tok)["preps"]
