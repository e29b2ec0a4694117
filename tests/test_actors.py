"""Actors: recognition, coding, merging and pronouns on invented sentences, the seed, and the importer."""

from __future__ import annotations

import re
from datetime import datetime

import orjson
import pytest

from eventwire import actor_dicts, actor_lexicon, knowledge
from eventwire.ingest import RawDoc
from eventwire.model import Actor, Article
from eventwire.pipeline import Pipeline

from conftest import shared


ACTORS = Pipeline(until="actors")


def run(text: str, published: str | None = "2015-11-18", title: str | None = None, captions=(),
        pipeline: Pipeline = ACTORS) -> Article:
    art = Article(id="t", text=text, title=title, captions=list(captions))
    return pipeline.annotate([art], [datetime.fromisoformat(published) if published else None])[0]


def actor(art: Article, words: str, nth: int = 0) -> Actor:
    """The actor with a mention of exactly ``words`` (its nth occurrence in the text)."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", art.text)]
    assert len(found) > nth, f"{words!r} not in the text"
    start = found[nth]
    for a in art.actors:
        if [start, start + len(words)] in a.mentions:
            return a
    raise AssertionError(f"no actor mention {words!r}: {[(a.name, a.mentions) for a in art.actors]}")


def texts(art: Article, a: Actor) -> list[str]:
    return [art.text[s:e] for s, e in a.mentions]


# ---------------------------------------------------------------- sectors and demonyms


def test_country_adjective_and_sector_noun_make_one_agent():
    art = run("French police arrested two men in Lyon. German police closed a stadium.")
    french, german = actor(art, "French police"), actor(art, "German police")
    assert (french.code, french.country, french.sectors, french.kind) == ("FRACOP", "FRA", ["COP"], "group")
    assert german.code == "DEUCOP" and german is not french


def test_coordinated_modifiers_and_short_country_forms():
    art = run("Russian aerial and naval forces will work with the Syrian army. US commanders in CentCom were told.")
    assert actor(art, "Russian aerial and naval forces").code == "RUSMIL"
    assert actor(art, "Syrian army").code == "SYRMIL"
    assert actor(art, "US commanders").code == "USAMIL"
    assert actor(art, "CentCom").code == "USAMIL"


def test_sector_noun_with_of_phrase_and_alone():
    art = run("The foreign minister of Brazil met journalists. Protesters gathered outside.")
    assert actor(art, "foreign minister of Brazil").code == "BRAGOV"
    assert actor(art, "journalists").code == "MED" and actor(art, "journalists").country is None
    assert actor(art, "Protesters").sectors == ["CVL"]


def test_group_with_member_noun_is_the_group():
    art = run("Boko Haram fighters attacked a village. Boko Haram denied it.")
    a = actor(art, "Boko Haram fighters")
    assert a is actor(art, "Boko Haram", 1) and a.code == "NGAREBBOK" and a.country == "NGA"


# ---------------------------------------------------------------- metonyms and countries


def test_seats_and_capitals_stand_for_the_government_only_when_they_act():
    art = run("The Kremlin said Russian officials would attend. Washington rejected the plan. "
              "She lives in Washington.")
    kremlin = actor(art, "Kremlin")
    assert kremlin is actor(art, "Russian officials") and kremlin.code == "RUSGOV" and kremlin.country == "RUS"
    assert actor(art, "Washington").code == "USAGOV"
    later = art.text.rindex("Washington")
    assert not any(s == later for a in art.actors for s, _ in a.mentions)


def test_countries_act_but_places_in_them_do_not():
    art = run("Russia and the US agreed to talk. Two flights were diverted to Canada.")
    assert actor(art, "Russia").code == "RUS" and actor(art, "Russia").kind == "country"
    assert actor(art, "US").code == "USA"
    assert not any(a.code == "CAN" for a in art.actors)


# ---------------------------------------------------------------- aliases, acronyms and case


def test_militant_group_aliases_merge_and_lowercase_words_do_not_match():
    art = run("ISIL claimed the attack. The Islamic State has lost ground, and ISIS is weaker. "
              "Daesh fighters fled. IS still holds towns. It is unclear who is next; call us.")
    isil = actor(art, "ISIL")
    for name in ("Islamic State", "ISIS", "Daesh fighters", "IS"):
        assert actor(art, name) is isil
    assert isil.code == "IMGMUSISI" and isil.name == "Islamic State"
    assert sum(1 for a in art.actors if a.code == "IMGMUSISI") == 1
    assert not any(art.text[s:e] in ("is", "us") for a in art.actors for s, e in a.mentions)


def test_acronym_joins_its_expansion_for_unknown_organisations():
    art = run("The Zorblan Liberation Front (ZLF) said it would fight. The ZLF said it had won.")
    front = actor(art, "Zorblan Liberation Front")
    assert actor(art, "ZLF", 1) is front


def test_full_name_and_surname_merge():
    art = run("Juan Perezo, a Bolivian diplomat, arrived on Monday. Perezo said the talks went well.")
    a = actor(art, "Juan Perezo")
    assert actor(art, "Perezo", 1) is a and a.kind == "person"


# ---------------------------------------------------------------- office holders and dates


@pytest.mark.parametrize("published, obama, putin", [
    ("2015-11-18", "USAGOV", "RUSGOV"),
    ("2019-05-01", "USAELI", "RUSGOV"),
    ("2005-05-01", "USA", "RUSGOV"),
])
def test_codes_follow_terms_of_office(published, obama, putin):
    art = run("Obama met Putin in Paris.", published)
    assert actor(art, "Obama").code == obama and actor(art, "Obama").name == "Barack Obama"
    assert actor(art, "Putin").code == putin


def test_without_a_date_the_latest_term_codes():
    assert actor(run("Obama spoke.", None), "Obama").code == "USAGOV"


def test_shared_surname_goes_to_the_person_named_in_full():
    art = run("Hillary Clinton spoke in Ohio. Clinton said she would run.", "2015-06-01")
    assert actor(art, "Clinton", 1) is actor(art, "Hillary Clinton")


# ---------------------------------------------------------------- context cues for unknown people


def test_title_codes_an_unknown_person_and_is_not_an_actor_itself():
    art = run("Bolivian Foreign Minister Juan Perezo met the press.")
    a = actor(art, "Juan Perezo")
    assert (a.code, a.country, a.sectors) == ("BOLGOV", "BOL", ["GOV"])
    assert len(art.actors) == 2  # Perezo and the press (media)


def test_apposition_codes_an_unknown_person():
    art = run("“It will not last,” says Maria Lopezova, a journalist and media analyst based in Lima.")
    a = actor(art, "Maria Lopezova")
    assert a.sectors == ["MED"] and a.code == "MED" and a.kind == "person"
    assert not any(x.name in ("journalist", "media analyst") for x in art.actors)


def test_apposition_links_a_person_to_a_group():
    art = run("The raid failed to capture Abu Zeyad, a senior al-Shabaab commander, on Friday.")
    person, group = actor(art, "Abu Zeyad"), actor(art, "al-Shabaab")
    assert person.affiliation == group.id and person.code == "SOMREBSHA"


def test_former_in_a_title_makes_elite():
    a = actor(run("Former Prime Minister Ivo Tarkan criticised the deal."), "Ivo Tarkan")
    assert a.sectors == ["ELI"]


# ---------------------------------------------------------------- pronouns


def test_he_said_joins_the_nearest_person_before():
    art = run("Putin arrived in Paris on Monday. “We will work together,” he said. Merkel agreed.")
    putin = actor(art, "Putin")
    assert "he" in texts(art, putin)


def test_pronoun_gender_must_fit():
    art = run("Angela Merkel met Putin. She said the talks went well.")
    assert "She" in texts(art, actor(art, "Angela Merkel"))
    assert "She" not in texts(art, actor(art, "Putin"))


def test_possessive_pronouns_stand_for_their_owner():
    art = run("Putin spoke. His aides left.")
    assert texts(art, actor(art, "Putin")) == ["Putin", "His"]


# ---------------------------------------------------------------- zones and odd input


def test_title_and_caption_mentions_join_body_actors():
    art = run("Putin met Obama.", title="Putin meets Obama", captions=["Obama, left, with Putin"])
    putin = actor(art, "Putin")
    assert {(r.field, r.start) for r in putin.other_mentions} == {("title", 0), ("captions/0", 18)}


@pytest.mark.parametrize("text", ["", "   ", "!!! ??", "he said he said", "ISIS" * 50, "\n\n\n"])
def test_odd_text_never_crashes(text):
    run(text)


def test_mentions_are_exact_words_in_the_text():
    art = run("On Tuesday, the Kremlin notified US commanders. French police raided a flat.")
    for a in art.actors:
        for s, e in a.mentions:
            assert art.text[s:e] == art.text[s:e].strip() and art.text[s:e]


# ---------------------------------------------------------------- the seed article


def _seed_actor(seed: Article, code: str, kind: str | None = None) -> Actor:
    found = [a for a in seed.actors if a.code == code and (kind is None or a.kind == kind)]
    assert found, f"no {code} {kind or ''} in {[(a.name, a.code) for a in seed.actors]}"
    return found[0]


def test_seed_people_and_agents(seed):
    putin = _seed_actor(seed, "RUSGOV", "person")
    assert putin.name == "Vladimir Putin" and putin.country == "RUS"
    assert _seed_actor(seed, "USAGOV", "person").name == "Barack Obama"
    assert _seed_actor(seed, "FRAGOV", "person").name.endswith("Hollande")
    assert "French police" in texts(seed, _seed_actor(seed, "FRACOP"))
    assert "German police" in texts(seed, _seed_actor(seed, "DEUCOP"))
    kremlin = next(a for a in seed.actors if "Kremlin" in texts(seed, a))
    assert kremlin.code == "RUSGOV" and kremlin.kind != "person"


def test_seed_isil_is_one_actor(seed):
    isil = [a for a in seed.actors if a.code == "IMGMUSISI" and a.kind == "group"]
    assert len(isil) == 1
    words = " ".join(texts(seed, isil[0]))
    assert "ISIL" in words and "Islamic State" in words and "ISIS" in words


def test_seed_ryan_is_media_and_abaaoud_is_linked_to_isil(seed):
    ryan = next(a for a in seed.actors if a.name == "Danielle Ryan")
    assert ryan.kind == "person" and "MED" in ryan.sectors
    abaaoud = next(a for a in seed.actors if "Abaaoud" in a.name)
    isil = next(a for a in seed.actors if a.code == "IMGMUSISI" and a.kind == "group")
    assert abaaoud.kind == "person" and abaaoud.affiliation == isil.id


def test_seed_every_putin_mention_is_one_actor(seed):
    putin = next(a for a in seed.actors if a.name == "Vladimir Putin")
    said = seed.text.index("Putin said")
    he = seed.text.index("he said in statements")
    assert [said, said + 5] in putin.mentions and [he, he + 2] in putin.mentions
    assert any(r.field.startswith("captions/") for r in putin.other_mentions)
    assert sum(1 for a in seed.actors if "Putin" in a.name) == 1


# ---------------------------------------------------------------- users' dictionaries

PETRARCH = """\
# an invented dictionary in PETRARCH/Phoenix format
RURITANIA_ [RUR]
+RURITANIAN_
RUDOLF_RASSENDYLL_  # the king
+KING_RUDOLF_
+RASSENDYLL_
\t[RURGOV 940101-991231]
\t[RURELI >20000101]
ZENDA_LIBERATION_ARMY_ [RURREB]
+ZLA_

!PERSON! = MAN, MEN
BRIDGE!PERSON! [~BRG]
"""


def test_petrarch_format_is_read():
    entries = {e["name"]: e for e in actor_dicts.parse_petrarch(PETRARCH)}
    assert entries["Ruritania"]["kind"] == "country" and entries["Ruritania"]["aliases"] == ["Ruritanian"]
    king = entries["Rudolf Rassendyll"]
    assert king["kind"] == "person" and king["aliases"] == ["King Rudolf", "Rassendyll"]
    assert [(s["code"], s["start"], s["end"]) for s in king["spells"]] == [
        ("RURGOV", "1994-01-01", "1999-12-31"), ("RURELI", "2000-01-01", None)]
    assert entries["Zenda Liberation Army"]["code"] == "RURREB" and entries["Zenda Liberation Army"]["aliases"] == ["ZLA"]
    assert entries["bridgeman"]["role"] == "sector" and entries["bridgemen"]["sectors"] == ["BRG"]


@pytest.fixture
def user_lexicon(tmp_path):
    path = tmp_path / "user.jsonl"
    path.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in actor_dicts.parse_petrarch(PETRARCH)))
    return path


def test_user_lexicon_extends_ours(user_lexicon):
    mine = Pipeline(actors=user_lexicon, until="actors")
    art = run("Rassendyll met Yeltsin. The ZLA attacked a bridge, and bridgemen fled.", "1996-05-01", pipeline=mine)
    assert actor(art, "Rassendyll").code == "RURGOV"
    assert actor(art, "ZLA").code == "RURREB"
    assert actor(art, "bridgemen").code == "BRG"
    assert actor(art, "Yeltsin").code == "RUSGOV"  # ours still there
    assert actor(run("Rassendyll spoke.", "2003-01-01", pipeline=mine), "Rassendyll").code == "RURELI"


def test_two_pipelines_with_different_lexicons_live_in_one_process(user_lexicon, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_bytes(orjson.dumps({"name": "Zenda Liberation Army", "kind": "group", "code": "ZNDINS",
                                    "country": None, "aliases": ["ZLA"]}) + b"\n")
    text = "The ZLA attacked a bridge near the capital on Monday."
    first, second = Pipeline(actors=user_lexicon), Pipeline(actors=other)  # both built before either runs
    (a,), (b,) = first.pipe([RawDoc(source="a", text=text)]), second.pipe([RawDoc(source="b", text=text)])
    (c,) = Pipeline().pipe([RawDoc(source="c", text=text)])  # ours alone: nothing global was changed
    assert actor(a, "ZLA").code == "RURREB" and actor(b, "ZLA").code == "ZNDINS"
    assert actor(c, "ZLA").code != "RURREB" and actor(c, "ZLA").code != "ZNDINS"


def test_cli_imports_and_extract_uses_it(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    src, out = tmp_path / "d.txt", tmp_path / "user.jsonl"
    src.write_text(PETRARCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "import", str(src), "--format", "petrarch", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert any(orjson.loads(l)["name"] == "Rudolf Rassendyll" for l in out.read_text().splitlines())
    story = tmp_path / "story.txt"
    story.write_text("Zenda talks\n\nRassendyll met the press in Zenda on Monday. He said little.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "--published", "1996-05-01", "--actors", str(out)])
    assert result.exit_code == 0, result.output
    record = orjson.loads(result.stdout.splitlines()[0])
    assert any(a["code"] == "RURGOV" for a in record["actors"])


def test_phoenix_dictionaries_import():
    folder = shared("dictionaries")
    entries = actor_dicts.import_petrarch(sorted(folder.glob("Phoenix.*.actors.txt")) + [folder / "Phoenix.agents.txt"])
    by_name = {e["name"]: e for e in entries}
    putin = by_name["Vladimir Putin"]
    assert putin["kind"] == "person" and "Putin" in putin["aliases"]
    assert any(s["code"] == "RUSGOV" and s["start"] for s in putin["spells"])
    assert by_name["Afghanistan"]["kind"] == "country" and by_name["Ukraine"]["kind"] == "country"
    assert any(e["role"] == "sector" for e in entries)
    assert len(entries) > 10_000


def test_a_name_holding_a_capital_or_country_is_a_person():
    art = run("Officers said Sudesh Amman was shot dead. Amman had been released from prison.")
    person = actor(art, "Sudesh Amman")
    assert person.kind == "person" and actor(art, "Amman", 1) is person
    assert not any(a.code == "JORGOV" for a in art.actors)


def test_a_given_name_before_a_word_that_also_ends_buildings_names_a_person():
    # not_actors.tsv "hall", "church": only a known given name before it makes the pair a person's name
    art = run("He attacked Deputy Cynthia Hall in the courthouse. Frank Church said so. They met at the Albert Hall.")
    assert actor(art, "Cynthia Hall").kind == "person" and actor(art, "Frank Church").kind == "person"
    assert not any("Albert" in a.name for a in art.actors)
    # "park", "lake", "bay" end places and surnames alike ("Senator Joe Park", "Michael Bay"), not "Gorky Park"
    art = run("Senator Joe Park criticised the minister. Director Michael Bay met Mary Lake. Crowds filled Gorky Park.")
    assert all(actor(art, n).kind == "person" for n in ("Joe Park", "Michael Bay", "Mary Lake"))
    assert not any("Gorky" in a.name for a in art.actors)


def test_given_names_before_another_full_name_share_its_surname():
    """ "Mark and Patricia Delaney": Mark is Mark Delaney, not the other Mark of the story; "Bill and Hillary
    Clinton": Bill is Bill Clinton although "bill" alone names no one; two full names stay two people."""
    import eventwire
    art = eventwire.extract(text="Mark Seidel spoke first. Mark and Patricia Delaney, who pointed guns at protesters, spoke "
                            "next. Bill and Hillary Clinton sent flowers. The court freed Bridget Anne Kelly and William "
                            "Baroni.", published="2020-08-25", min_confidence=0)
    assert actor(art, "Mark", 1).name == "Mark Delaney" and actor(art, "Patricia Delaney").name == "Patricia Delaney"
    assert actor(art, "Mark Seidel") is not actor(art, "Mark", 1)
    assert actor(art, "Bill").name == "Bill Clinton"
    assert actor(art, "Bridget Anne Kelly").name == "Bridget Anne Kelly"
    pointed = [art.actor(e.source).name for e in art.events if e.trigger.text == "pointed"]
    assert pointed and set(pointed) <= {"Mark Delaney", "Patricia Delaney"}


def test_a_first_name_read_as_a_place_stays_in_the_name():
    """ "Sudan Armed Forces spokesman Sawarmi Khaled Saad": the recogniser reads "Sawarmi" as a place of its own; a
    word no lexicon or gazetteer knows, between the title and the name, is the name's first word, and the title
    codes the person."""
    art = run("Army spokesman Sawarmi Khaled Saad denied any links to the raid.", published="2009-01-01")
    assert actor(art, "Sawarmi Khaled Saad").code.endswith("MIL")


def test_scottish_and_welsh_bodies_are_the_united_kingdoms():
    """ "the Scottish Government", "Welsh police": the adjectives of Scotland and Wales give the United Kingdom
    (countries_extra.tsv); the Scottish National Party keeps its own name."""
    art = run("The Scottish Government closed the schools. Welsh police arrested two men. The Scottish National "
              "Party criticised the decision.", published="2020-09-27")
    assert actor(art, "Scottish Government").code == "GBRGOV"
    assert actor(art, "Welsh police").code == "GBRCOP"
    party = actor(art, "Scottish National Party")
    assert (party.name, party.code) == ("Scottish National Party", "GBRPTY")


def test_first_name_joins_the_only_full_name_holding_it():
    art = run("Haitham bin Tariq was sworn in on Saturday. Haitham promised continuity.")
    assert actor(art, "Haitham", 1) is actor(art, "Haitham bin Tariq")


def test_a_surname_after_a_lowercase_particle_joins_the_full_name():
    # "al-Quaety" starts in lowercase but is written as a name: it is the journalist named in full, with his code
    art = run("Yemeni journalist Nabil Hasan al-Rashidi was shot in Aden on Monday. Gunmen attacked al-Rashidi "
              "shortly after he left his home.")
    person = actor(art, "Nabil Hasan al-Rashidi")
    assert actor(art, "al-Rashidi", 1) is person and person.code == "YEMMED"


def test_accented_and_plain_spellings_match():
    art = run("The Élysée said on Monday that the Elysee would reply.")
    assert actor(art, "Élysée") is actor(art, "Elysee") and actor(art, "Élysée").code == "FRAGOV"


def test_country_table_is_what_the_build_script_makes():
    pytest.importorskip("countryinfo")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_actor_countries.py"
    spec = importlib.util.spec_from_file_location("build_actor_countries", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rows = knowledge.records("actors/countries.tsv")
    assert [[r[k] for k in ("iso3", "name", "names", "adjectives", "capitals", "seats")] for r in rows] == build.build()


def test_a_title_noun_stands_for_the_one_person_holding_it():
    art = run("President Vladimir Putin met Prime Minister Theresa May in Moscow. The president said the talks "
              "were useful. Britain's prime minister left on Tuesday.", "2017-03-01")
    putin, may = actor(art, "Vladimir Putin"), actor(art, "Theresa May")
    assert actor(art, "president") is putin
    assert actor(art, "Britain's prime minister") is may and may.code == "GBRGOV"


def test_a_title_noun_with_two_holders_stays_a_group():
    art = run("Bolivian President Ana Vedra met Chilean President Luis Orto. The president said little.")
    assert actor(art, "president").kind == "group"


def test_sector_noun_takes_the_country_it_is_in():
    art = run("Police in London arrested a man. Officials from Iran denied it.")
    assert actor(art, "Police").code == "GBRCOP" and actor(art, "Officials").code == "IRNGOV"


def test_honorific_gives_a_gender_for_pronouns():
    art = run("Mrs. Maria Fenwick met John Derrow. She said the talks went well.")
    assert "She" in texts(art, actor(art, "Maria Fenwick"))
    assert "She" not in texts(art, actor(art, "John Derrow"))


def test_a_country_name_inside_a_longer_name_is_not_the_country():
    art = run("The governor of New Jersey met Mexican officials. Singapore said it would help.")
    assert not any(a.code == "JEY" for a in art.actors)
    assert actor(art, "Singapore").code == "SGP"  # a city-state is the country, not a capital metonym


def test_a_place_inside_a_longer_name_gives_its_own_country_to_a_title():
    # "Jersey" (JEY) inside "New Jersey" is not the place; the US state is
    a = actor(run("New Jersey Governor Dana Whitlock spoke on Monday."), "Dana Whitlock")  # an invented governor: Chris Christie is in people.tsv
    assert a.country == "USA" and a.sectors == ["GOV"]


def test_a_us_state_acting_is_its_government_and_qualifies_sector_nouns():
    art = run("Texas sued the federal government on Monday. Police in Ohio arrested two men.")
    assert actor(art, "Texas").code == "USAGOV"
    assert any(a.code == "USACOP" for a in art.actors)
    art = run("Virginia Woolf criticised the government.")  # a state's name as a first name
    assert actor(art, "Virginia Woolf").kind == "person"


def test_the_before_a_country_keeps_it():
    art = run("Russia and the United States agreed on Monday.")
    assert actor(art, "United States").code == "USA"


def test_a_bare_surname_the_tagger_missed_joins_the_full_name():
    text = ("The United Nations envoy, Martin Griffiths, opened the talks. "
            "Griffiths plans to meet Saudi officials in Riyadh next Monday.")
    art = run(text)
    griffiths = [a for a in art.actors if a.name == "Martin Griffiths"]
    assert len(griffiths) == 1 and len(griffiths[0].mentions) == 2


def test_it_and_they_in_what_an_organisation_or_group_says_are_the_speaker():
    art = run("The Russian Defence Ministry said it had struck 40 targets. Rebel commanders said they would fight on.")
    ministry = next(a for a in art.actors if "Ministry" in art.text[a.mentions[0][0]:a.mentions[0][1]])
    assert any(art.text[s:e] == "it" for s, e in ministry.mentions)
    commanders = next(a for a in art.actors if any(art.text[s:e].endswith("commanders") for s, e in a.mentions))
    assert any(art.text[s:e] == "they" for s, e in commanders.mentions)
    # a person's "it" is no pronoun for them; "they" needs a plural speaker
    art = run("Barack Obama said it was time to act. The ministry said they were wrong.")
    assert not any(art.text[s:e] in ("it", "they") for a in art.actors for s, e in a.mentions)


def test_a_word_the_lexicon_knows_as_an_organisation_is_one_actor():
    art = Pipeline(until="actors").annotate([Article(id="t", text="Republicans in Congress condemned the decision.")],
                                            [datetime(2021, 3, 4)])[0]
    congress = [a for a in art.actors if any(art.text[s:e] == "Congress" for s, e in a.mentions)]
    assert len(congress) == 1 and congress[0].code == "USALEG"


def test_a_word_after_a_name_the_tagger_took_into_it_is_left_out():
    from spacy.tokens import Span

    from eventwire import actors, nlp

    doc = nlp.load()("Kellogg later retracted her testimony. Reporters sans frontières said so.")
    assert actors._strip(doc, Span(doc, 0, 2, label="ORG"), set()).text == "Kellogg"  # "later", an adverb
    assert actors._strip(doc, Span(doc, 6, 9, label="ORG"), set()).text == "Reporters sans frontières"  # a noun stays
