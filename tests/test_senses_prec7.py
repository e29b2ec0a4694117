"""Seventh pass (issue 10: precision and type accuracy on text like new text). Classes read off the
false positives and type errors of a dev set scored before any rule was written for it: legal
descriptions (a charge a verdict is about, the penalty a charge carries, a decision that cannot be
appealed, a case a court refers), mourning adjournments, trade offers, unspecified hypothetical
actors, facts told, private forgiveness, figurative and attributive acts, migration rhetoric; and
readings of another type (extradition, court orders, embargoes on flights and trade, protesters
destroying property, questioning a suspect). Rows of resources/events/contexts.tsv and
triggers.tsv; every sentence here is invented."""

from __future__ import annotations

import pytest

from eventwire import senses
from conftest import events_of as run, trigger_confidence as conf, trigger_kinds as kinds


DEFAULT = senses.default_min_confidence()


@pytest.mark.parametrize("text, word", [
    # a charge a verdict or a plea is about: the verdict is the event
    ("The former mayor was found guilty of corruption charges in Lagos on Monday.", "charges"),
    # the penalty a charge or a crime carries is the law, not a charging
    ("Charges of treason carry a possible death penalty in the country.", "charges"),
    # a legislature adjourned in mourning
    ("After the president's death, the national assembly was suspended for a week.", "suspended"),
    # goods, services and art offered are trade or gifts
    ("Two carriers offer flights to the island from Miami.", "offer"),
    ("In 2015 the sculpture was offered to the governor of Texas.", "offered"),
    # a rule about appeals, a court's referral
    ("The tribunal's ruling cannot be appealed.", "appealed"),
    ("The Supreme Court of Norway brought the case before the European court.", "brought"),
    # an act only an unspecified actor could do
    ("Critics warned that a single ministry could demand the removal of any website.", "demand"),
    # telling a fact
    ("Jane Smith informed police in Leeds on Monday that she had diplomatic immunity.", "informed"),
    # grief over deaths, rhetorical hostages, flight routine
    ("The president characterised the deaths as crushing.", "characterised"),
    ('The senator said: "don\'t hold hundreds of thousands of federal workers hostage" in the shutdown.', "hostage"),
    ("The jet crashed shortly after asking air traffic control to return.", "asking"),
    ("Mary Jones informed police in Leeds on Monday she had diplomatic immunity.", "informed"),
    # private people forgiving each other
    ("Her father said he had forgiven the young driver.", "forgiven"),
    # figurative acts
    ("By wearing the mask, the artists symbolically attack the idea of progress.", "attack"),
    # an invasion of people or pests is rhetoric about migration or nature
    ("The leaflet spoke of an invasion of migrants into the province.", "invasion"),
    ("Farmers reported an invasion of locusts across the north in June.", "invasion"),
    # a gerund subject: an act talked about
    ("She said executing the prisoner would not bring her son back.", "executing"),
    # facing charges as the purpose of an extradition; extradition as a topic
    ("Peru will seek to extradite the banker to face charges in Lima.", "face"),
    ("Thousands of students protested over extradition in Hong Kong on Sunday.", "extradition"),
    ("Protests against extradition to China continued in Hong Kong on Sunday.", "extradition"),
])
def test_description_or_figurative_reading_is_no_event(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) < DEFAULT, art.events


@pytest.mark.parametrize("text, word", [
    # the same triggers in their political readings stay
    ("Prosecutors charged the former mayor with corruption in Lagos on Monday.", "charged"),
    ("The former mayor was found guilty of corruption charges in Lagos on Monday.", "found"),
    ("The army suspended the national assembly after the coup on Monday.", "suspended"),
    ("A charge of murder against the driver would carry a life sentence.", "charge"),
    ("The network offered refunds to the candidate for the unaired ads.", "offered"),
    ("Germany offered military assistance to Ukraine on Friday.", "offered"),
    ("The minister appealed the ruling to the Supreme Court on Tuesday.", "appealed"),
    ("Russia could demand the extradition of the two men, the minister said on Monday.", "demand"),
    ("The minister characterised the attack as a serious violation of international law.", "characterised"),
    ("Militants took the gas plant's workers hostage in the desert on Monday.", "took"),
    ("Soldiers attacked a police station in Kabul on Sunday.", "attacked"),
    ("Russian troops began the invasion of Ukraine on 24 February.", "invasion"),
])
def test_political_reading_stays(text: str, word: str) -> None:
    art = run(text)
    assert conf(art, word) >= DEFAULT, art.events


@pytest.mark.parametrize("text, word, kind", [
    # extraditing a person is coercion of that person, as an arrest is
    ("Police in Leeds charged the man with murder on Monday.", "charged", "COERCE"),
    ("Spain extradited the suspect to Germany on Tuesday.", "extradited", "COERCE"),
    # a court ordering someone to remove, pay or return something enforces a ruling
    ("A judge in Vienna ordered the company to remove the posts.", "ordered", "COERCE"),
    ("The newspaper was ordered to pay damages to the minister.", "ordered", "COERCE"),
    # restrictions and bans on flights or trade with a country are an embargo on it
    ("Washington announced new restrictions on flights to Venezuela on Friday.", "restrictions", "SANCTION"),
    ("The government bans all flights to Qatar from Monday.", "bans", "SANCTION"),
    # a visa refused is a sanction on another state's people
    ("Iran denied visas to the Israeli chess players in 2017.", "denied", "SANCTION"),
    # protesters destroying property riot
    ("Protesters burned cars and destroyed shops in central Paris on Saturday.", "destroyed", "PROTEST"),
    # questioning a suspect is an investigation
    ("Detectives spoke with the man as a suspect in Leeds on Monday.", "spoke", "ACCUSE"),
    # fighting a policy is opposing it
    ("Unions in Paris are fighting against the pension reforms.", "fighting", "REJECT"),
])
def test_reading_of_another_type(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kinds(art, word) == {kind}, art.events


@pytest.mark.parametrize("text, word, kind", [
    # the same words keep their own type where they have it
    ("Troops destroyed the village near the border on Monday.", "destroyed", "ASSAULT"),
    ("Spain and Morocco cooperated on extradition in 2019.", "cooperated", "COOPERATE"),
    ("The general ordered troops to the border on Monday.", "ordered", "MOBILIZE"),
    ("France voiced support for German Chancellor Angela Merkel on Monday.", "voiced", "SUPPORT"),
    ("Democrats in Iowa announced their support for Joe Biden.", "support", "SUPPORT"),
    ("The rebels refused to withdraw from the town on Monday.", "refused", "REJECT"),
    ("The government denied entry to the journalists on Monday.", "denied", "COERCE"),
    ("Rebels fought against government troops near Aleppo on Sunday.", "fought", "ASSAULT"),
])
def test_own_type_stays(text: str, word: str, kind: str) -> None:
    art = run(text)
    assert kind in kinds(art, word), art.events


STORM = ("Hurricane Irma struck the islands on Monday with winds of 180 miles per hour, and flooding "
         "destroyed hundreds of homes along the coast. The storm surge and the flood left thousands without "
         "power; firefighters and paramedics searched the rubble for survivors through the night. {toll} "
         "Officials said the hurricane was the strongest storm to hit the country in decades, and the flooding "
         "is expected to continue while the storm moves north. Survivors gathered in shelters as another "
         "storm formed in the Atlantic.")


def test_toll_of_a_disaster_told_by_a_speaker_is_no_attack() -> None:
    art = run(STORM.format(toll="Prime Minister John Carter said on Tuesday that fifteen people have been confirmed killed."))
    assert conf(art, "killed") < DEFAULT, art.events


def test_killing_by_gunmen_in_a_disaster_article_stays() -> None:
    art = run(STORM.format(toll="On Tuesday gunmen killed fifteen people in an attack on a shelter."))
    assert conf(art, "killed") >= DEFAULT, art.events
