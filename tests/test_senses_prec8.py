"""Eighth pass (issue 10: type recall and type accuracy on new text). Whole CAMEO/PLOVER verb and noun
families a coder's dictionary holds that no lexicon row had (releases on bail, police booking and
charging, sealing off areas, baton charges, gun battles, razing, stoning, arson, general strikes and
human chains, revolts and mutinies, disagreeing and repudiating, raising an issue with someone), and
the type of released persons (CONCEDE, as this project's coding guideline has it). Rows of
resources/events/triggers.tsv, contexts.tsv and plover.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds


DEFAULT = senses.default_min_confidence()


@pytest.mark.parametrize("text, word, kind", [
    # releases of persons: pronoun objects, bail, parole and bond; freed on bail; bail granted
    ("Police in Leeds released him pending further inquiries.", "released", "CONCEDE"),
    ("The opposition leader was released on bail in Harare on Friday.", "released", "CONCEDE"),
    ("A court in Nairobi freed the two activists on bond on Tuesday.", "freed", "CONCEDE"),
    ("The High Court granted the former minister bail on Monday.", "granted", "CONCEDE"),
    ("Rebels released the kidnapped engineers in Niger on Sunday.", "released", "CONCEDE"),
    # arrest and legal action: booking, charging over a crime, handcuffing
    ("Police in Lucknow booked the legislator on Tuesday.", "booked", "COERCE"),
    ("Prosecutors charged the teenager in the stabbing of a bus driver in Leeds.", "charged", "COERCE"),
    ("Police charged the man over the attack on a mosque in Oslo on Monday.", "charged", "COERCE"),
    ("Officers handcuffed the journalist outside the court in Minsk.", "handcuffed", "COERCE"),
    # restricting movement; repression
    ("Soldiers sealed off the village after the ambush on Sunday.", "sealed", "COERCE"),
    ("Police cordoned off the area around the ministry in Cairo.", "cordoned", "COERCE"),
    ("Riot police clamped down on the opposition in Minsk on Sunday.", "clamped", "COERCE"),
    # baton charges on crowds are crowd control, as tear gas is
    ("Police baton-charged the marchers outside the assembly in Dhaka.", "baton-charged", "COERCE"),
    # violence: gun battles, skirmishes, razing, stoning, pelting, arson
    ("Three officers died in a shootout with gunmen in Karachi on Monday.", "shootout", "ASSAULT"),
    ("Troops and rebels skirmished near the border with Sudan on Sunday.", "skirmished", "ASSAULT"),
    ("The militia razed the village near Djibo in March.", "razed", "ASSAULT"),
    ("A mob stoned the man to death in Kabul on Friday.", "stoned", "ASSAULT"),
    ("Protesters pelted the police with stones in Srinagar on Friday.", "pelted", "ASSAULT"),
    ("Rioters set the police station ablaze in Lagos on Tuesday.", "set", "COERCE"),
    ("Unknown attackers torched two buses in Chittagong on Monday.", "torched", "COERCE"),
    # protest: general strikes, human chains, revolts, uprisings, mutinies
    ("The opposition enforced a dawn-to-dusk hartal in Dhaka on Sunday.", "hartal", "PROTEST"),
    ("Students formed a human chain outside the press club in Dhaka on Monday.", "chain", "PROTEST"),
    ("A revolt by farmers against the government spread to three provinces in May.", "revolt", "PROTEST"),
    ("Soldiers mutinied at the garrison in Bouake on Friday.", "mutinied", "PROTEST"),
    # disapproving, contesting, repudiating; raising an issue with someone is a petition to them
    ("The president disagreed with the Supreme Court on Monday.", "disagreed", "ACCUSE"),
    ("The opposition contested the result of the vote in Kinshasa.", "contested", "ACCUSE"),
    ("The new government repudiated the treaty signed by its predecessor.", "repudiated", "REJECT"),
    ("The foreign minister raised the issue with his Chinese counterpart in Beijing.", "raised", "REQUEST"),
    # restrictions ordered, mandated or required; candidates disqualified; firms nationalised; trade halted
    ("The governor mandated face masks in all shops in Texas on Friday.", "mandated", "COERCE"),
    ("The state required residents to wear masks in shops from Monday.", "required", "COERCE"),
    ("The government ordered the closure of all schools in Lagos on Monday.", "ordered", "COERCE"),
    ("The electoral commission disqualified the opposition candidate in Kampala.", "disqualified", "COERCE"),
    ("The government nationalised the oil company in Caracas on Monday.", "nationalised", "COERCE"),
    ("China suspended imports of Australian beef on Tuesday.", "suspended", "SANCTION"),
    # censorship: access to a platform blocked
    ("The regulator blocked access to Twitter in Ankara on Monday.", "blocked", "COERCE"),
    # a strike: walking out of workplaces (walking out of talks stays a refusal)
    ("Nurses walked out of hospitals across Kenya on Monday.", "walked", "PROTEST"),
    ("The opposition walked out of the talks in Caracas on Monday.", "walked", "REJECT"),
    # interception: missiles by air defences, boats by a navy or a coast guard
    ("The army intercepted two rockets over the city of Ashkelon on Monday.", "intercepted", "ASSAULT"),
    ("The coast guard intercepted a boat carrying migrants off Libya on Sunday.", "intercepted", "COERCE"),
    # recognising a leader as a country's president is diplomatic recognition
    ("Canada recognised Juan Guaido as interim president of Venezuela.", "recognised", "SUPPORT"),
    # the judge ordering a release
    ("A judge in Istanbul ordered the release of the two journalists on Tuesday.", "ordered", "CONCEDE"),
    # crowd control by water cannon or batons, as tear gas
    ("Riot police used water cannon against the marchers in Santiago.", "used", "COERCE"),
    # forms the small model leaves unlemmatised; forbidding is banning
    ("Government troops retook the town of Palmyra from the militants.", "retook", "ASSAULT"),
    ("The court forbade protests in the capital on Monday.", "forbade", "COERCE"),
    # judgements held; calls to act in the passive; deals made with someone; vehicles driven into crowds
    ("The Arab ministers deemed that the maritime agreement was illegal.", "deemed", "ACCUSE"),
    ("Dock workers were called to join the general strike in Antwerp.", "called", "REQUEST"),
    ("The former aide made an arrangement with prosecutors in Manhattan.", "arrangement", "AGREE"),
    ("A man drove his car into a crowd of protesters in Charlottesville.", "drove", "ASSAULT"),
    # joining or taking part in a protest, a strike, talks or calls: the joiner acts
    ("Four million people took part in the protests across France on Saturday.", "took", "PROTEST"),
    ("Teachers joined the strike in Chicago on Monday.", "joined", "PROTEST"),
    ("Prime Minister Boris Johnson joined the calls for an inquiry.", "joined", "REQUEST"),
    ("Italy joined the talks in Berlin on Sunday.", "joined", "CONSULT"),
    # bombs planted, grenades hurled, crossfire
    ("Militants planted a bomb near the police station in Quetta.", "planted", "ASSAULT"),
    ("A protester hurled a grenade at the police in Srinagar on Friday.", "hurled", "ASSAULT"),
    # taking issue with, finding fault with, pouring scorn on, casting doubt on, deriding
    ("The minister took issue with the report's findings on Monday.", "took", "ACCUSE"),
    ("The opposition found fault with the government's handling of the crisis.", "found", "ACCUSE"),
    ("The prime minister poured scorn on the opposition's plan.", "poured", "ACCUSE"),
    ("The senator cast doubt on the official account of the shooting.", "cast", "ACCUSE"),
    ("The president derided the investigation as a witch hunt.", "derided", "ACCUSE"),
    # campaigning for a release; a video call
    ("Activists campaigned for the release of the journalist in Cairo.", "campaigned", "REQUEST"),
    ("Biden held a video call with Xi Jinping on Monday.", "held", "CONSULT"),
])
def test_family_is_coded(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kind in kinds(art, word), art.events
    assert conf(art, word) >= DEFAULT, art.events


@pytest.mark.parametrize("text, word", [
    # the same words in other senses
    ("The band released her new album in London on Friday.", "released"),
    ("The couple booked a flight to Lisbon for the holidays.", "booked"),
    ("The company charged customers a fee of ten dollars.", "charged"),
    ("The plumber sealed the pipe with tape.", "sealed"),
    ("She disagreed with her sister about the film.", "disagreed"),
    ("He raised the money with help from his friends.", "raised"),
    ("It is a revolt that has been simmering for years.", "revolt"),
    ("The court has since repudiated the notion that a president is above the law.", "repudiated"),
    ("The funeral procession moved slowly through the village.", "procession"),
    ("The course requires students to pay a fee.", "requires"),
    ("The president used force to push through the reform.", "used"),
    ("The court considered the appeal on Monday.", "considered"),
    ("She drove her car into the garage.", "drove"),
    ("He joined the company in 2015.", "joined"),
    ("The farmers planted wheat and barley in the valley.", "planted"),
    ("The chef poured water on the pan.", "poured"),
    ("She took part in the marathon in Boston.", "took"),
])
def test_other_sense_is_no_event(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) < DEFAULT, art.events


def test_release_of_a_prisoner_is_a_concession_not_a_retreat() -> None:
    """The project's coding guideline counts releases among concessions (CONCEDE) and keeps RETREAT
    for withdrawals and ceasefires; a withdrawal stays RETREAT."""
    art = run("Iran released the British sailors on Friday, and Russia withdrew its troops from the border.")
    assert kinds(art, "released") == {"CONCEDE"}, art.events
    assert kinds(art, "withdrew") == {"RETREAT"}, art.events


def test_blocking_access_to_a_place_stays_an_obstruction() -> None:
    art = run("Protesters blocked access to the airport in La Paz on Monday.")
    assert kinds(art, "blocked") == {"PROTEST"}, art.events


@pytest.mark.parametrize("text, word, kind", [
    # a state backing another country's government or armed groups gives material support (AID)
    ("Cuba's support for Nicolás Maduro in Venezuela angered the United States.", "support", "AID"),
    # backing at home, or a foreign candidate or bid, stays SUPPORT
    ("The senator supports the bill, her office said on Monday.", "supports", "SUPPORT"),
    ("The United States supports Ukraine's bid to join NATO.", "supports", "SUPPORT"),
])
def test_support_of_a_foreign_government_is_aid(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kinds(art, word) == {kind}, art.events


@pytest.mark.parametrize("text, word, kind, source", [
    # a judgement said of an act or an actor: the speaker is the source
    ("The foreign minister of France said the decision was a grave mistake.", "said", "ACCUSE", "GOV"),
    ('"This is a shameful decision," the Iranian foreign minister said on Monday.', "said", "ACCUSE", "GOV"),
    ("Russia said the new US sanctions were illegal.", "said", "ACCUSE", "RUS"),
    ("The opposition leader said the election was rigged.", "said", "ACCUSE", "OPP"),
    ("The prime minister told parliament that the strike was illegal.", "told", "ACCUSE", "GOV"),
    ("The Kenyan president said the agreement was a historic step for the region.", "said", "SUPPORT", "GOV"),
])
def test_judgement_said_has_the_speaker_as_source(text: str, word: str, kind: str, source: str) -> None:
    art = run(text)
    codes = {a.id: a.code or "" for a in art.actors}
    found = [e for e in art.events if e.trigger.text.lower() == word and e.plover.type == kind]
    assert found and found[0].confidence >= DEFAULT, art.events
    assert source in codes.get(found[0].source, ""), (art.actors, art.events)
    # one event: the copula's own judgement (with no speaker) is the same statement
    assert not [e for e in art.events if e.trigger.text.lower() in ("is", "was", "were")], art.events


@pytest.mark.parametrize("text", [
    "The minister said the move was not illegal.",  # a judgement denied
    "He said the weather was awful on Sunday.",  # a mood about no act
    "Estimates by the government state about 350 thousand illegal abortions are carried out each year.",  # a word, not the judgement
    'Iran\'s president said, "We deeply regret this disastrous mistake."',  # what is regretted is no judgement of another
])
def test_no_judgement_said(text: str) -> None:
    art = run(text)
    assert not [e for e in art.events if e.plover.type in ("ACCUSE", "SUPPORT") and e.confidence >= DEFAULT
                and e.trigger.text.lower() in ("said", "state", "says")], art.events


def test_the_same_dyad_told_in_two_sentences_is_two_events() -> None:
    """A coder codes each statement: the same full dyad and code in another sentence is another event;
    told twice in one sentence it stays one."""
    art = run("The Iranian foreign minister criticised the United States on Monday. "
              "Later in the week, at a news conference in Tehran, the Iranian foreign minister criticised "
              "the United States again over the sanctions.")
    assert len([e for e in art.events if e.trigger.text == "criticised"]) == 2, art.events
