"""The right actor with the right code (issue 9, ninth stop): people named by their nationality
or home, heritage adjectives, polities named by a common noun, ambiguous place names, capitals
opening longer names and nouns of people; each rule on invented sentences."""

from __future__ import annotations

from datetime import datetime

from eventwire.model import Article
from eventwire.pipeline import Pipeline

CONTEXT = Pipeline(until="context", min_confidence=0)


def run(text: str, published: str = "2021-03-04T10:00:00") -> Article:
    return CONTEXT.annotate([Article(id="t", text=text)], [datetime.fromisoformat(published)])[0]


def code_of(art: Article, words: str) -> str | None:
    """The code of the actor one of whose mentions is exactly ``words``."""
    for a in art.actors:
        if any(art.text[s:e] == words for s, e in a.mentions):
            return a.code
    raise AssertionError(f"no actor {words!r} in {[(a.name, a.code) for a in art.actors]}")


def test_people_of_a_country_counted_are_its_civilians():
    art = run("Thousands of Danes joined a march in Aarhus on Sunday.")
    assert code_of(art, "Danes") == "DNKCVL"
    art = run("Many Finns criticised the new rules.")
    assert code_of(art, "Finns") == "FINCVL"
    # uncounted too, they are its civilians; after "the" they stand for the country
    art = run("Poles voted against the treaty.")
    assert code_of(art, "Poles") == "POLCVL"
    art = run("Ukrainians protested in Kyiv on Sunday.")
    assert code_of(art, "Ukrainians") == "UKRCVL"
    art = run("The Israelis bombed Gaza on Sunday.")
    assert code_of(art, "Israelis") == "ISR"
    # a country's plural name is no people
    art = run("The Philippines protested to China on Monday.")
    assert code_of(art, "Philippines") == "PHL"


def test_people_of_a_state_or_city_are_civilians_of_its_country():
    art = run("So many Minnesotans have asked me to stay, the senator said.")
    assert code_of(art, "Minnesotans") == "USACVL"
    art = run("Angry Londoners protested against the closure of the library.")
    assert code_of(art, "Londoners") == "GBRCVL"
    # "New Mexicans" are Americans, not Mexicans
    art = run("New Mexicans protested outside the capitol.")
    assert code_of(art, "New Mexicans") == "USACVL"


def test_a_heritage_adjective_before_american_gives_no_country():
    art = run("Officers stopped Daniel Okafor, a 31-year-old Nigerian American nurse, outside a store in Ohio.")
    assert not (code_of(art, "Daniel Okafor") or "").startswith("NGA")
    art = run("Police in Chicago shot Tyrone Harris, a 25-year-old African American man.")
    assert code_of(art, "Tyrone Harris") == "USACVL"
    # a pair of countries before a noun of relations stays two countries
    art = run("Mexican-American relations soured after Mexico expelled the diplomats.")
    assert "MEX" in {a.code for a in art.actors} or "MEXGOV" in {a.code for a in art.actors}


def test_a_capital_opening_a_longer_name_is_no_government():
    art = run("Vandals damaged St. John's Memorial Chapel near the river on Tuesday.")
    assert not any(a.code == "ATGGOV" for a in art.actors)


def test_the_state_acting_is_a_government():
    art = run("Governor Ann Lowell spoke in Topeka, Kansas. The state extended its mask mandate on Friday.")
    assert code_of(art, "state") == "USAGOV"
    art = run("A civil liberties group sued the state over the mask mandate. Kansas Governor Ann Lowell defended the order in Topeka.")
    assert code_of(art, "state") == "USAGOV"
    # no actor in "the state of emergency" or "state media"
    art = run("Officials declared the state of emergency over. State media reported calm.")
    assert not any(a.name == "the state" for a in art.actors)


def test_georgia_among_us_states_is_the_state():
    art = run("Ohio filed a lawsuit against Georgia, Arizona and Nevada over the count.")
    assert code_of(art, "Georgia") == "USAGOV"
    art = run("Russia attacked Georgia in August. Georgian officials protested.")
    assert code_of(art, "Georgia") == "GEO"


def test_nouns_of_people_in_public_life():
    art = run("Some celebrities criticised the ban in Canada.")
    assert (code_of(art, "celebrities") or "").endswith("CVL")
    art = run("White supremacists attacked counter-protesters in the park.")
    assert (code_of(art, "White supremacists") or "").endswith("RAD")
    art = run("Law enforcement cleared the square in Dallas.")
    assert (code_of(art, "Law enforcement") or "").endswith("COP")


def test_news_outlets_and_media_roles():
    art = run("The Springfield Herald accused the mayor of Springfield, Illinois of lying.")
    assert (code_of(art, "Springfield Herald") or "").endswith("MED")
    art = run("Fox News host Dana Pell attacked the governor of Ohio on Monday.")
    assert (code_of(art, "Dana Pell") or "").endswith("MED")


def test_a_former_official_of_a_state_body_is_an_elite():
    art = run("Former DHS chief of staff Ron Tate criticized the president in Washington.")
    assert code_of(art, "Ron Tate") == "USAELI"


def test_an_organisation_in_the_possessive_gives_the_persons_code():
    art = run("Hamas's Yusuf Abed criticized Israel on Monday.")
    assert code_of(art, "Yusuf Abed") == code_of(art, "Hamas")


def test_agencies_and_the_national_guard():
    art = run("The National Guard dispersed protesters in Minneapolis, Minnesota.")
    assert (code_of(art, "National Guard") or "").endswith("MIL")
    art = run("The CDC urged Americans to wear masks.")
    assert code_of(art, "CDC") == "USAGOV"


def test_a_sergeant_of_the_police_is_police_and_a_nickname_keeps_the_name_whole():
    art = run('Metropolitan Police sergeant Aroha "Ari" Tane was shot at a custody centre in London. Tane was 50.')
    assert code_of(art, 'Aroha "Ari" Tane') == "GBRCOP"
    art = run("Police sergeant Tom Hale was shot in Leeds, England.")
    assert code_of(art, "Tom Hale").endswith("COP")


def test_people_a_state_coerces_are_its_own():
    art = run("In an interview, the activist spoke about her work. Iran has banned a number of female chess players. "
              "She lives in Australia and Canada.")
    assert code_of(art, "players") == "IRNCVL"


def test_supporters_of_a_person_and_violators_and_the_city_of():
    art = run("Supporters of President Trump attacked journalists in Washington.")
    assert code_of(art, "Supporters") == "USACVL"
    art = run("Indian police beat curfew violators in Mumbai.")
    assert code_of(art, "violators") == "INDCVL"
    art = run("The state of Texas sued Pennsylvania over the election.")
    assert code_of(art, "state") == "USAGOV"
    art = run("Officials declared the state of emergency over in Kenya.")
    assert not any(a.name == "the state" for a in art.actors)
