"""Actor codes on multi-outlet news (issue 9, eleventh stop): the title of an office a person has
left is an honorific ("Secretary Clinton" in 2016 is a former official, ELI); a candidate who held
no office before is a party actor during the candidacy. Invented sentences, real lexicon people."""

from __future__ import annotations

from datetime import datetime

from eventwire.model import Article
from eventwire.pipeline import Pipeline

CONTEXT = Pipeline(until="context", min_confidence=0)


def code(text: str, words: str, published: str) -> str | None:
    art = CONTEXT.annotate([Article(id="t", text=text)], [datetime.fromisoformat(published)])[0]
    for a in art.actors:
        if any(art.text[s:e] == words for s, e in a.mentions):
            return a.code
    raise AssertionError(f"no actor {words!r} in {[(a.name, a.code) for a in art.actors]}")


def test_the_title_of_an_office_left_is_an_honorific():
    text = "Secretary Clinton met the mayor of Leeds on Tuesday."
    assert code(text, "Clinton", "2016-11-06T10:00:00") == "USAELI"
    assert code(text, "Clinton", "2011-05-02T10:00:00") == "USAGOV"  # in office then


def test_a_candidate_without_an_earlier_office_is_a_party_actor_during_the_campaign():
    text = "Donald Trump criticised the agency on Sunday."
    assert code(text, "Donald Trump", "2016-11-06T10:00:00") == "USAPTY"
    assert code(text, "Donald Trump", "2018-03-01T10:00:00") == "USAGOV"
    assert code(text, "Donald Trump", "2014-03-01T10:00:00") == "USA"  # before the candidacy: the country alone


def test_a_bare_sector_noun_takes_the_country_its_own_sentences_place_it_in():
    # an article naming Russia often, set in Turkey: the gunman and the police there are Turkey's
    text = ("A gunman shot the Russian ambassador on Monday. Russia condemned the killing. "
            "Moscow said it would send investigators. Its president Vladimir Putin "
            "called it a provocation against Russia. The gunman was killed by police in Ankara, Turkey. "
            "Police in Ankara later detained his sister. Turkey's president spoke in Istanbul and Izmir.")
    assert code(text, "gunman", "2016-12-19T10:00:00").startswith("TUR")
    assert code(text, "Police", "2016-12-19T10:00:00") == "TURCOP"


def test_an_ambassador_keeps_his_own_country_where_he_serves():
    text = ("A gunman shot an ambassador on Monday. Russia condemned the killing. "
            "Moscow said it would send investigators. Its president Vladimir Putin "
            "called it a provocation. The gunman was killed by police in Ankara, Turkey. "
            "Police in Ankara later detained his sister. The ambassador had served in Ankara since 2013.")
    assert code(text, "gunman", "2016-12-19T10:00:00").startswith("TUR")
    assert code(text, "ambassador", "2016-12-19T10:00:00") == "RUSGOV"


def test_the_title_country_the_body_names_most_wins_over_the_first():
    art = CONTEXT.annotate([Article(id="t", title="Russian ambassador shot dead in Turkey",
                                    text="Gunfire in Ankara killed the diplomat. Turkey said police in Istanbul and "
                                         "Ankara detained six people. Turkish officials blamed Russia. "
                                         "Syria and Iran condemned it. Syria and Iran called Turkey.")],
                           [datetime.fromisoformat("2016-12-19T10:00:00")])[0]
    from eventwire.context import article_country
    assert article_country(art) == "TUR"


def test_members_of_legislative_assemblies_are_legislators():
    text = ("MLA Sandra Jansen criticised the comments in Edmonton, Alberta, on Tuesday. "
            "Jansen, an MLA since 2012, asked Alberta's legislature to act.")
    assert code(text, "Sandra Jansen", "2016-11-22T10:00:00") == "CANLEG"


def test_eta_is_a_spanish_armed_group():
    text = "The Spanish government refused to negotiate with Eta, which killed more than 800 people."
    assert code(text, "Eta", "2016-12-17T10:00:00") == "ESPREBETA"


def test_an_ambassador_named_without_a_country_is_that_of_the_articles_ambassadors():
    text = ("A policeman shot Russia's ambassador to Turkey in Ankara on Monday. Turkey's president "
            "condemned the attack in Istanbul. Turkish police detained six people in Izmir, Turkey. "
            "Ambassador Ivan Petrenko had served in Ankara since 2013.")
    assert code(text, "Ivan Petrenko", "2016-12-19T10:00:00") == "RUSGOV"


def test_congressional_leaders_are_legislators_and_british_transport_police_is_british():
    text = "The director sent congressional leaders a letter in Washington on Sunday."
    assert code(text, "congressional leaders", "2016-11-06T10:00:00").endswith("LEG")
    text = "An investigation has been launched by British Transport Police after the crash."
    assert code(text, "British Transport Police", "2016-11-09T10:00:00") == "GBRCOP"


def test_one_who_pleads_to_a_charge_is_a_defendant():
    text = "Tom Welburn pleaded guilty on Monday to attempted murder in Cincinnati, Ohio."
    assert code(text, "Tom Welburn", "2016-11-23T10:00:00").endswith("CRM")
