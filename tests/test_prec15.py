"""Real events only, and the forms a careful coder codes (issue 10, twelfth stop, prec15 and
recall15): figurative storming and toppling over are no events, seizing on news is criticism; questioning someone's
citizenship, differences with someone, calls on a line and "X is to blame" are. Invented sentences."""

from __future__ import annotations

from test_args9 import roles, run  # the ninth round's helpers: the pipeline up to context, roles by name


def types(text: str, trigger: str) -> set[str]:
    art = run(text)
    return {e.plover.type for e in art.events if e.trigger.text == trigger}


def test_storming_to_a_victory_is_winning_storming_a_building_is_not():
    assert types("Donald Trump, who stormed to a shock election victory on Wednesday, met Barack Obama.", "stormed") == set()
    assert types("Protesters stormed the parliament building in Tbilisi on Monday.", "stormed")


def test_a_traffic_stop_coerces_no_one():
    assert types("Two officers of the Lewisburg police were conducting a traffic stop on Interstate 64.", "stop") == set()


def test_seizing_on_news_is_using_it_against_someone_seizing_a_ship_is_a_seizure():
    assert types("Republican supporters seized on the news about the FBI on Friday.", "seized") == {"ACCUSE"}
    assert types("Iran seized a British tanker in the Strait of Hormuz.", "seized") == {"COERCE"}


def test_toppling_over_is_falling():
    assert types("The tram toppled over near Croydon and injured 50 people.", "toppled") == set()


def test_questioning_someones_citizenship_is_disapproval():
    art = run("Donald Trump repeatedly questioned the citizenship of President Barack Obama.")
    assert types("Donald Trump repeatedly questioned the citizenship of President Barack Obama.", "questioned") == {"ACCUSE"}
    assert roles(art, "questioned") == ("Donald Trump", "Barack Obama")


def test_differences_with_someone_are_disagreement():
    art = run("Barack Obama had differences with his predecessor, George W. Bush.")
    assert roles(art, "differences") == ("Barack Obama", "George W. Bush")
    assert {e.plover.type for e in art.events if e.trigger.text == "differences"} == {"ACCUSE"}


def test_a_conference_call_or_a_call_between_two_leaders_is_a_consultation():
    art = run("Hillary Clinton held a conference call with President Emmanuel Macron on Saturday.")
    assert roles(art, "call") == ("Hillary Clinton", "Emmanuel Macron")
    art = run("The call between Donald Trump and Volodymyr Zelensky was released on Wednesday.")
    assert roles(art, "call") == ("Donald Trump", "Volodymyr Zelensky")


def test_the_one_said_to_be_to_blame_is_blamed_by_the_one_who_says_it():
    art = run("Hillary Clinton told donors on Saturday that James Comey was to blame.")
    assert roles(art, "blame") == ("Hillary Clinton", "James Comey")
    art = run("Russia is to blame for the attack.")
    assert roles(art, "blame") == (None, "Russia")


def test_briefing_or_informing_someone_is_consulting_them_notifying_commanders_of_a_mission_shares_intelligence():
    assert types("Comey informed Congress of the newly discovered emails on Friday.", "informed") == {"CONSULT"}
    assert types("Barack Obama was briefed by his national security team.", "briefed") == {"CONSULT"}
    art = run("The Kremlin notified US commanders in Qatar of their mission to bomb positions in Syria.")
    assert {e.cameo for e in art.events if e.trigger.text == "notified"} == {"064"}


def test_an_indictment_and_a_prosecution_are_legal_action_like_a_charge():
    assert types("Prosecutors decided to prosecute Paul Manafort in Virginia.", "prosecute") == {"COERCE"}
    assert types("The grand jury returned an indictment against Paul Manafort.", "indictment") == {"COERCE"}


def test_politicians_clashing_argue_crowds_clashing_fight():
    assert types("Donald Trump and Paul Ryan repeatedly clashed during the campaign.", "clashed") == {"ACCUSE"}
    # protesters clashing with police riot (CAMEO 145, PROTEST) as the dev coders code it (round 27); armies clashing fight
    assert types("Protesters clashed with police in Minsk on Sunday.", "clashed") == {"PROTEST"}
    assert types("Rebels clashed with government troops near Aleppo on Sunday.", "clashed") == {"ASSAULT"}


def test_an_investigators_review_questioning_and_questions_from_a_committee_are_inquiries():
    assert types("The FBI review found nothing new on Sunday.", "review") == {"ACCUSE"}
    assert types("A book review praised the novel.", "review") == set()
    assert types("Hillary Clinton responded forcefully to intense questioning on the attacks.", "questioning") == {"ACCUSE"}
    assert types("Anna Korsakova was questioned by police on Monday.", "questioned") == {"ACCUSE"}
    assert types("Boris Johnson was questioned about the case by reporters in Watford.", "questioned") == set()


def test_greeting_a_named_person_or_a_family_is_a_welcome():
    art = run("George Bush greeted Barack Obama at the White House in November 2008.")
    assert roles(art, "greeted") == ("George W. Bush", "Barack Obama")
    assert types("Fans greeted the news with cheers.", "greeted") == set()
