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


STATUE = ("Police in Maidstone, England, arrested a 41-year-old man on Monday over the theft of a gilded "
          "statue called America. The statue had been lent by a collector in New York. Police in Maidstone "
          "said they arrested a second man on Tuesday. A museum spokesman said the United States statue was "
          "worth millions.")


def test_the_title_s_country_breaks_a_slim_majority_of_another():
    # the body names the United States a little more often (an artwork's name, a lender), but the
    # story happens where the title says: the bare "police" are England's
    untitled = _run(STATUE)
    assert article_country(untitled) == "USA"
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
