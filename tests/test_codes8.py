"""Actor codes a coder accepts (issue 9, item 3), round 8: each class of wrong codes found on the
dev sets fixed by a general rule, checked through the real pipeline on invented sentences."""

from __future__ import annotations

from eventwire.context import article_country
from eventwire.ingest import RawDoc
from eventwire.model import Article
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _run(text: str, title: str | None = None, published: str = "2020-06-01") -> Article:
    return next(PIPE.pipe([RawDoc(source="<test>", text=text, title=title, published=published)]))


def _codes(art: Article) -> dict[str, str | None]:
    return {a.name: a.code for a in art.actors}


def _events(art: Article) -> list[tuple[str, str | None, str | None]]:
    """Each event as (trigger, source code, target code)."""
    by_id = {a.id: a for a in art.actors}
    return [(e.trigger.text, by_id[e.source].code if e.source in by_id else None,
             by_id[e.target].code if e.target in by_id else None) for e in art.events]


STATUE = ("Police arrested a 41-year-old man in Maidstone, England, on Monday over the theft of a gilded "
          "statue called America. The statue had been lent by a collector in New York. Police said they "
          "arrested a second man in Maidstone on Tuesday. A museum spokesman said the United States statue was "
          "worth millions.")


def test_the_title_s_country_breaks_a_slim_majority_of_another():
    # the body names the United States a little more often (an artwork's name, a lender), but the
    # story happens where the title says: the bare "police" are England's
    untitled = _run(STATUE)
    # without the title the article is not about one country either, and the police's own
    # sentences put them in Maidstone, England (codes14: the local country of a bare sector actor)
    assert _codes(untitled)["police"] == "GBRCOP"
    art = _run(STATUE, title="Two arrested over theft of gilded statue in England")
    assert article_country(art) == "GBR"
    assert _codes(art)["police"] == "GBRCOP"
    assert ("arrested", "GBRCOP", "GBRCVL") in _events(art)


def test_an_incumbent_holds_the_office_and_a_challenger_is_a_party_actor():
    art = _run("In the race for the city council in Albany, New York, Democratic incumbent Maria Delgado "
               "trailed her Republican challenger Kristy Brennan. Delgado backed the rezoning last year.")
    codes = _codes(art)
    assert codes["Maria Delgado"] == "USAGOV"
    assert codes["Kristy Brennan"] == "USAPTY"
    assert ("backed", "USAGOV", None) in _events(art)


def test_a_man_named_with_his_home_state_and_sentenced_is_a_criminal_suspect():
    art = _run("A federal judge sentenced Ohio man Dale Fenwick to life in prison on Friday. Fenwick "
               "killed a woman in Charlottesville, Virginia, in 2017.")
    assert _codes(art)["Dale Fenwick"] == "USACRM"
    assert ("sentenced", "USAJUD", "USACRM") in _events(art)
    assert ("killed", "USACRM", "USACVL") in _events(art)
    # described the same way but only arrested: an arrest alone makes no suspect (activists are arrested too)
    art = _run("Police arrested Ohio man Dale Fenwick at a rally in Columbus, Ohio, on Friday.")
    assert _codes(art)["Dale Fenwick"] == "USACVL"


def test_a_lone_word_read_as_a_name_joins_the_organisation_it_begins():
    # WordNet lists a namesake of the word, but the recogniser read it as a name: it is the airline
    art = _run("Germany banned Mahan Air of Iran from its airports on Monday. Officials said Mahan had "
               "flown weapons to Syria. The German government accused Mahan of helping Syria.")
    codes = _codes(art)
    assert codes["Mahan Air"] == "IRNBUS" and "Mahan" not in codes
    assert ("accused", "DEUGOV", "IRNBUS") in _events(art)


def test_a_country_of_several_words_inside_an_organisation_s_name_codes_it():
    art = _run("The United States Department of Transportation announced new restrictions on flights to Cuba.")
    assert ("restrictions", "USAGOV", "CUB") in _events(art)
    art = _run("The Federal Aviation Office of Germany suspended the airline's permit on Monday.")
    codes = _codes(art)
    assert codes["Federal Aviation Office"] == "DEUGOV" and "Germany" not in codes  # "of Germany" is its own
    assert any(t == "suspended" and s == "DEUGOV" for t, s, _ in _events(art))


def test_a_sector_noun_heading_a_name_before_of_is_the_organisation():
    art = _run("The Bank of England criticised the government's spending plans on Thursday.")
    codes = _codes(art)
    assert "Bank of England" in codes and codes["Bank of England"].endswith("BUS")
    assert not any(name.startswith("of ") for name in codes)


def test_words_of_another_phrase_or_sentence_keep_no_one_from_the_article_s_country():
    # "around the world." ends a sentence and "foreign diplomats," another phrase: neither puts the
    # archbishop abroad ("foreign diplomats" themselves stay of no country)
    for text in ("Police in Lagos, Nigeria, arrested two pastors on Monday. The church runs schools around "
                 "the world.\nArchbishop Daniel Okoye condemned the arrests in Lagos.",
                 "Police in Lagos, Nigeria, arrested two pastors on Monday. Speaking to foreign diplomats, "
                 "Archbishop Daniel Okoye condemned the arrests in Lagos."):
        art = _run(text)
        codes = _codes(art)
        assert next(c for n, c in codes.items() if n.endswith("Daniel Okoye")) == "NGAREL"
        assert codes.get("diplomats") in (None, "GOV")


def test_a_sector_noun_in_a_place_takes_that_place_s_country():
    # a town the actor lexicon does not know, resolved by the geocoder; and a participle between
    art = _run("Police in Maidstone said they arrested a man after the theft on Monday.")
    assert _codes(art)["police"] == "GBRCOP"
    art = _run("Greta Thunberg spoke in Stockholm, Sweden, on Friday. Thousands of students protesting in "
               "Belgium joined her call.", published="2019-12-12")
    assert _codes(art)["students"] == "BELEDU"
    # troops "in" a country are often another's: they keep no country from it
    art = _run("Troops in Syria fired on a convoy on Monday, a monitor in London said.")
    assert not (_codes(art).get("troops") or "").startswith("SYR")


def test_a_bare_sector_noun_is_the_one_country_s_the_article_named_it_with_before():
    text = ("The Iraqi parliament voted to expel United States troops from Baghdad on Sunday. The "
            "government has not announced any plans to remove the troops.")
    assert ("remove", "IRQGOV", "USAMIL") in _events(_run(text))
    # named with two countries, "the troops" stay the article's; "the government" always does
    art = _run("Iraqi troops and United States troops clashed in Baghdad, Iraq. The troops withdrew on Monday "
               "after the Iraqi parliament met. The Iranian government said the government in Baghdad had failed.")
    assert _codes(art)["troops"] == "IRQMIL"
    assert _codes(art).get("government") in (None, "IRQGOV")


def test_the_place_naming_an_employer_before_a_title_is_the_person_s_country():
    for title in ("photojournalist", "reporter"):  # a role word, and a sector noun of the lexicon
        art = _run(f"Abu Dhabi TV {title} Ziad Haddad was killed in a bombing in Mokha, Yemen, on Tuesday.")
        assert _codes(art)["Ziad Haddad"] == "AREMED"
    # a generic title takes the employer's sector: an airline's spokesman is business
    art = _run("Kenya Airways spokesman John Mwangi criticised the police in Lagos, Nigeria.")
    assert _codes(art)["John Mwangi"] == "KENBUS"


def test_a_civil_liberties_union_is_a_rights_group_not_labour():
    art = _run("The American Civil Liberties Union of Montana filed a lawsuit against the state on Monday.")
    assert ("filed", "USANGO", None) in [(t, s, None) for t, s, _ in _events(art)]


def test_a_commander_is_of_the_force_named_before_him():
    art = _run("Rebel commander Ahmed Musa said his men attacked a village in Borno, Nigeria, on Monday.")
    assert _codes(art)["Ahmed Musa"] == "NGAREB"
    art = _run("Police commander Ahmed Musa said his officers arrested ten people in the city of Kano, Nigeria, on Monday.")
    assert _codes(art)["Ahmed Musa"] == "NGACOP"
    art = _run("The commander said troops attacked a camp in the state of Borno, Nigeria, on Monday.")
    assert _codes(art)["commander"] == "NGAMIL"  # alone, a commander is the military's


def test_the_pope_is_the_one_pope_in_office_and_a_president_no_one_in_particular():
    art = _run("The Pope criticised the attack on a church in Kabul, Afghanistan, on Sunday.", published="2020-06-01")
    assert ("criticised", "VATREL", None) in [(t, s, None) for t, s, _ in _events(art)]
    assert _codes(art)["Pope Francis"] == "VATREL"
    art = _run("The President criticised the attack on a church in Kabul, Afghanistan, on Sunday.")
    assert not any((c or "").startswith("VAT") for c in _codes(art).values())


def test_big_platforms_are_companies_whose_name_says_nothing_of_where_the_story_is():
    text = ("An Austrian court in Vienna ordered Facebook to remove the post on Monday. Facebook said it "
            "would appeal. Facebook had refused to delete it. The politician, who sued in Austria, "
            "welcomed the ruling. Facebook shares fell.")
    art = _run(text)
    assert _codes(art)["Facebook"] == "USABUS"
    assert article_country(art) == "AUT"  # not the company's country, named more often
    assert ("ordered", "AUTJUD", "USABUS") in _events(art)


def test_a_sector_noun_before_an_organisation_s_name_says_what_it_is():
    art = _run("Chinese state broadcaster CCTV accused the United States of interfering in Hong Kong on Monday.")
    assert _codes(art)["CCTV"] == "CHNMED"
    assert ("accused", "CHNMED", "USA") in _events(art)
    art = _run("The rights group Memorial criticised the Russian government in Moscow on Monday.")
    assert ("criticised", "RUSNGO", "RUSGOV") in _events(art)


def test_a_national_red_crescent_is_an_aid_group_of_its_country():
    art = _run("Omar Khalid, the head of the Egyptian Red Crescent, criticised the police in Cairo, Egypt.")
    assert _codes(art)["Omar Khalid"] == "EGYNGO"


def test_an_office_described_beside_a_name_beats_a_conviction():
    # the role an apposition names (of an authority whose name runs on: "of New York and New
    # Jersey") codes the person better than what was done to him
    art = _run("The Supreme Court in Washington overturned the convictions of Anne Kelly and Will Barone on "
               "Thursday. Kelly, then the governor's deputy chief of staff, and Will Barone, then the deputy executive "
               "director of the Port Authority of New York and New Jersey, were convicted of fraud in 2016.")
    assert _codes(art)["Will Barone"] == "USAGOV"
    art = _run("A judge in Newark, New Jersey, convicted Will Barone of fraud on Thursday.")
    assert _codes(art)["Will Barone"] == "USACRM"  # nothing else said of him: a criminal suspect


def test_what_is_said_beside_a_later_bare_surname_describes_the_person_too():
    art = _run("The Supreme Court in Washington overturned the convictions of Anne Kelly and Will Barone on "
               "Thursday. Kelly, then the governor's deputy chief of staff, and Barone, then the deputy executive "
               "director of the Port Authority of New York and New Jersey, were convicted of fraud in 2016.")
    assert _codes(art)["Will Barone"] == "USAGOV"


def test_people_held_on_suspicion_are_suspects_and_people_merely_arrested_are_not():
    art = _run("Three people have been arrested for allegedly running a brothel in Boston, Massachusetts.")
    assert ("arrested", "USACOP", "USACRM") in _events(art)
    art = _run("Police in Boston, Massachusetts, arrested a 66-year-old man on suspicion of burglary.")
    assert ("arrested", "USACOP", "USACRM") in _events(art)
    art = _run("Police in Boston, Massachusetts, arrested two activists for protesting outside the court.")
    assert ("arrested", "USACOP", "USACVL") in _events(art)


def test_a_state_representative_is_a_legislator_and_a_party_member_a_party_actor():
    art = _run("State Representative Maria Lopez, a Democrat from Austin, criticised the governor of Texas on Monday.")
    assert _codes(art)["Maria Lopez"] == "USALEG"  # the office before the name beats the party after it
    art = _run("Maria Lopez, a Democrat from Austin, criticised the governor of Texas on Monday.")
    assert _codes(art)["Maria Lopez"] == "USAPTY"
    art = _run("A company representative, Maria Lopez, criticised the governor of Texas on Monday.")
    assert _codes(art)["Maria Lopez"].endswith("BUS")  # a representative of something is its


def test_state_troopers_and_a_highway_patrol_are_police_of_their_state_s_country():
    art = _run("The Florida Highway Patrol said troopers arrested the driver after the crash in Miami on Sunday.")
    codes = _codes(art)
    assert codes["Highway Patrol"] == "USACOP" and codes["troopers"] == "USACOP"


def test_activists_take_the_sector_named_before_them():
    art = _run("Police detained 20 opposition activists in Dhaka, Bangladesh, on Monday.")
    assert ("detained", "BGDCOP", "BGDOPP") in _events(art)
    art = _run("Police detained 20 activists in Dhaka, Bangladesh, on Monday.")
    assert ("detained", "BGDCOP", "BGDCVL") in _events(art)  # alone, activists are civilians


def test_a_generic_head_is_of_the_group_or_seat_its_for_phrase_names():
    art = _run("A spokesman for Hamas accused Israel of killing civilians in Gaza on Monday.")
    assert _codes(art).get("spokesman") is None  # the spokesman is Hamas speaking, no actor of his own
    art = _run("A spokesman for Downing Street said the talks with the European Union had failed on Monday.")
    assert "GBRGOV" in _codes(art).values() and _codes(art).get("spokesman") is None


def test_two_titles_joined_before_a_name_are_both_that_person_s():
    # one actor, of the title that says more than "civilian"; not a media actor beside a civilian
    art = _run("Russian journalist and human rights activist Elena Morozova criticised the Kremlin on Monday.")
    assert _codes(art)["Elena Morozova"] == "RUSMED" and "Russian media" not in _codes(art)
    assert [(t, s) for t, s, _ in _events(art)] == [("criticised", "RUSMED")]
    art = _run("The Kenyan lawyer and activist Ali Hassan met the minister in Nairobi.")
    assert _codes(art)["Ali Hassan"] == "KENCVL" and len(art.actors) == 2
    # a group and a person joined are two actors ("the police and protester X" is no police officer)
    art = _run("The police and protester Ali Hassan met in Nairobi, Kenya.")
    assert _codes(art)["Ali Hassan"].endswith("CVL")


def test_service_members_are_the_military():
    art = _run("A rocket attack killed two American service members in Baghdad on Monday.")
    assert _codes(art)["American military"] == "USAMIL"
    art = _run("A roadside bomb wounded a British serviceman in Helmand province, Afghanistan, on Monday.")
    assert _codes(art)["British military"] == "GBRMIL"
