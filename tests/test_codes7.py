"""Actor codes a coder accepts on new text (issue 9, item 3): whole classes of wrong codes fixed as
lexicon data, each checked through the real pipeline on invented sentences."""

from __future__ import annotations

import eventwire


def _coded(text: str, published: str = "2020-06-01") -> tuple[dict[str, str | None], list[tuple[str, str | None, str | None]]]:
    """Actor name → code, and each event as (trigger, source code, target code)."""
    art = eventwire.extract(text=text, published=published)
    by_id = {a.id: a for a in art.actors}
    codes = {a.name: a.code for a in art.actors}
    events = [(e.trigger.text, by_id[e.source].code if e.source in by_id else None,
               by_id[e.target].code if e.target in by_id else None) for e in art.events]
    return codes, events


def test_a_lone_gunman_or_attacker_is_a_criminal_and_armed_men_in_numbers_stay_unaffiliated():
    codes, events = _coded("A gunman shot four shoppers at a mall in Dallas, Texas, on Sunday. "
                           "Police arrested the gunman an hour later.")
    assert codes["gunman"] == "USACRM"
    assert ("arrested", "USACOP", "USACRM") in events
    codes, _ = _coded("An attacker stabbed two guards outside the ministry in Lyon, France.")
    assert codes["attacker"] == "FRACRM"
    codes, _ = _coded("Gunmen attacked a village in Zamfara, Nigeria, killing nine farmers.")
    assert codes["gunmen"] == "NGAUAF"


def test_british_police_ranks_before_a_name_make_the_person_police():
    codes, _ = _coded("Detective Inspector Moira Caldwell said officers in Leeds, England, were still "
                      "searching the flat.")
    assert codes["Moira Caldwell"] == "GBRCOP"
    codes, _ = _coded("Chief Constable Peter Wrenfield urged witnesses in Bristol, England, to come forward.")
    assert codes["Peter Wrenfield"] == "GBRCOP"


def test_an_activist_who_leads_no_organisation_is_a_civilian_of_her_country():
    codes, _ = _coded("Greta Thunberg led a climate march through Stockholm on Friday.", "2019-09-20")
    assert codes["Greta Thunberg"] == "SWECVL"


def test_a_militia_commander_killed_in_office_keeps_his_command_after_his_death():
    text = "The United States killed Abu Mahdi al-Muhandis in an airstrike near Baghdad airport."
    codes, events = _coded(text, "2020-01-04")
    assert codes["Abu Mahdi al-Muhandis"] == "IRQMIL"
    assert any(t == "killed" and g == "IRQMIL" for t, _, g in events)


def test_a_province_of_another_country_before_a_sector_noun_gives_that_country():
    codes, events = _coded("Kerala police arrested two men in Kochi on Monday.")
    assert ("arrested", "INDCOP", "INDCVL") in events
    codes, _ = _coded("Northamptonshire Police said the driver had left. Northamptonshire's chief constable "
                      "Nick Adderley said the case was not closed.")
    assert codes["Nick Adderley"] == "GBRCOP"
    codes, events = _coded("Ontario sued the federal government over the carbon tax.")
    assert codes["Ontario"] == "CANGOV"


def test_a_province_as_a_mere_place_is_no_actor():
    codes, events = _coded("Thousands of farmers marched in Kerala on Sunday to protest against the new law.")
    assert "Kerala" not in codes
    assert all(s != "INDGOV" and g != "INDGOV" for _, s, g in events)


def test_a_religious_title_before_a_name_makes_the_person_religious_even_beside_an_office():
    codes, events = _coded("Swami Ramdev Tiwari, president of the Sanatan Sabha, urged the government "
                           "in Lucknow, India, to ban the film.")
    assert any(t == "urged" and s is not None and s.endswith("REL") for t, s, _ in events)
    codes, _ = _coded("The law was criticised by archbishop Monsenor Luis Arbelo in Rosario, Argentina.")
    assert codes["Luis Arbelo"] == "ARGREL"
    codes, _ = _coded("Ayatollah Hossein Karimi called on Iraqi leaders to end the violence in Basra.")
    assert codes["Ayatollah Hossein Karimi"].endswith("REL")
    codes, _ = _coded("Rabbis and imams in Antwerp, Belgium, condemned the attack on the school.")
    assert {codes.get("rabbis"), codes.get("imams")} == {"BELREL"}


def test_royals_without_an_office_of_state_are_elites_of_their_country():
    codes, _ = _coded("Prince Harry accused the British press of racism in an interview in California.", "2021-03-08")
    assert codes["Prince Harry"] == "GBRELI"
    codes, _ = _coded("Kate Middleton visited a hospital in Leeds on Tuesday.", "2019-03-08")
    assert codes["Catherine, Princess of Wales"] == "GBRELI"
    codes, _ = _coded("Kate Middleton posed for photographers in St Andrews.", "2005-05-01")
    assert codes["Catherine, Princess of Wales"] == "GBR"  # before her marriage: the country alone, no royal


def test_a_sports_title_with_a_nationality_is_a_civilian_of_that_country():
    codes, events = _coded("Iranian Grand Master Reza Tabrizi refused to play against an Israeli player in Berlin.")
    assert codes["Reza Tabrizi"] == "IRNCVL"
    assert ("refused", "IRNCVL", "ISRCVL") in events


def test_the_head_of_a_green_party_is_a_party_actor():
    codes, _ = _coded("Anna Weber, the chair of The Greens, sued the newspaper in Vienna, Austria.")
    assert codes["Anna Weber"] == "AUTPTY"


def test_a_country_s_warplanes_and_warships_are_its_military():
    _, events = _coded("A Russian warplane bombed a market in Idlib, Syria, killing nine civilians.")
    assert ("killing", "RUSMIL", "SYRCVL") in events
    codes, _ = _coded("Chinese warships blocked a Philippine supply boat near the shoal.")
    assert "CHNMIL" in codes.values()


def test_one_worker_is_a_civilian_and_workers_on_strike_are_labour():
    _, events = _coded("An IT worker accused four colleagues at the police headquarters in Paris, France.")
    assert ("accused", "FRACVL", "FRACOP") in events
    # one who stabs them is a criminal (codes15, tests/test_args15.py), not labour either
    _, events = _coded("An IT worker stabbed four colleagues at the police headquarters in Paris, France.")
    assert ("stabbed", "FRACRM", "FRACOP") in events
    codes, _ = _coded("Workers at the Renault plant in Lyon, France, went on strike.")
    assert codes["workers"] == "FRALAB"
    codes, _ = _coded("An aid worker was kidnapped by gunmen in Mali.")
    assert codes["aid worker"].endswith("NGO")


def test_a_named_al_qaeda_figure_is_coded_with_his_group_not_as_a_civilian():
    codes, events = _coded("US officials said Hamza bin Laden was killed in a counter-terrorism operation.", "2019-09-15")
    assert codes["Hamza bin Laden"] == "IMGMUSALQ"
    assert any(t == "killed" and g == "IMGMUSALQ" for t, _, g in events)


def test_a_surname_that_is_also_a_county_stays_a_person():
    codes, _ = _coded("Victoria Derbyshire criticised the government over the cuts.")
    assert "Victoria Derbyshire" in codes and "Derbyshire" not in codes
    codes, _ = _coded("The painter John Constable was born in Suffolk, England.")
    assert "John Constable" in codes and not (codes["John Constable"] or "").endswith("COP")
