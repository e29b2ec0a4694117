"""Exports: GDELT 2.0 Events / Mentions / GKG 2.1 and PLOVER JSON, read back as the field reads them.

Golden files (tests/golden/) hold the exports of the sample article shipped with
eventwire; after an intended change to any stage, regenerate them with
``EVENTWIRE_UPDATE_GOLDEN=1 python -m pytest tests/test_export.py -k golden`` and review the diff.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from importlib import resources
from pathlib import Path

import duckdb
import orjson
import pandas as pd
import pytest

from eventwire import export
from eventwire.model import (
    Actor, Article, Count, DateMention, Event, Location, Plover, Quote, Ref, ThemeMention, Tone, Trigger,
)

ADDED = datetime(2026, 1, 2, 3, 4, 5)
GOLDEN = Path(__file__).parent / "golden"

TITLE = "Police raid in Lyon after protest"
TEXT = (
    "French police arrested seven protesters in Lyon on Monday, the interior ministry said.\n"
    'Interior Minister Marie Dupont praised the officers. "Order has been restored," she said.\n'
    "Germany condemned the arrests. Dupont will meet protest leaders next week."
)


def _at(s: str, nth: int = 0) -> list[int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return [i, i + len(s)]


def _event(eid: str, word: str, sentence: int, evidence: str, **kw) -> Event:
    s, e = _at(word)
    return Event(id=eid, sentence=sentence, trigger=Trigger(word, s, e), evidence=evidence, **kw)


def invented(url: str | None = "https://www.example.com/news/lyon", aid: str = "art1") -> Article:
    """A hand-built record: 4 actors, 3 events (one only intended), 2 places, a quote, a count, tone, themes."""
    s1, s2, s3 = TEXT.split("\n")
    return Article(
        id=aid, url=url, outlet="Example News", title=TITLE, published="2015-11-18T13:43:00", language="en",
        byline="Jean Martin", text=TEXT,
        actors=[
            Actor("a1", "France police", "FRACOP", "FRA", ["COP"], "organization", [_at("French police")],
                  other_mentions=[Ref("title", 0, 6)]),
            Actor("a2", "Protesters", "FRAOPP", "FRA", ["OPP"], "group", [_at("protesters")]),
            Actor("a3", "Marie Dupont", "FRAGOV", "FRA", ["GOV"], "person",
                  [_at("Marie Dupont"), _at("she"), _at("Dupont", 1)]),
            Actor("a4", "Germany", "DEU", "DEU", [], "country", [_at("Germany")]),
        ],
        events=[
            _event("e1", "arrested", 0, s1, cameo="173", cameo_root="17", quad_class=4, goldstein=-5.0,
                   plover=Plover("COERCE", "arrest"), source="a1", target="a2", date="2015-11-16",
                   date_precision="day", date_text="on Monday", location="l1", confidence=0.9,
                   mentions=[Ref("title", 7, 11)]),
            _event("e2", "condemned", 2, "Germany condemned the arrests.", cameo="111", cameo_root="11",
                   quad_class=3, goldstein=-2.0, plover=Plover("ACCUSE"), source="a4", target="a1",
                   location="l2", confidence=0.7),
            _event("e3", "meet", 3, "Dupont will meet protest leaders next week.", cameo="036", cameo_root="03",
                   quad_class=1, goldstein=4.0, plover=Plover("CONSULT", "visit"), source="a3", target="a2",
                   date="2015-W48", date_precision="week", date_text="next week", status="intended",
                   confidence=0.6),
        ],
        locations=[
            Location("l1", "Lyon", "FRA", "84", 45.748, 4.847, 2996944, "city", [_at("Lyon")]),
            Location("l2", "Germany", "DEU", None, 51.5, 10.5, 2921044, "country", [_at("Germany")]),
        ],
        dates=[DateMention("Monday", *_at("Monday"), "2015-11-16"), DateMention("next week", *_at("next week"),
                                                                               "2015-W48", "week")],
        quotes=[Quote("Order has been restored,", *_at("Order has been restored,"), "a3", "she", "said")],
        counts=[Count("ARREST", 7, *_at("seven protesters"), object="protesters", event="e1", location="l1")],
        tone=Tone(-2.5, 1.5, 4.0, 40, polarity=5.5, activity=20.0, self_group=0.5),
        themes=["ARREST", "PROTEST"],
        theme_mentions=[ThemeMention("PROTEST", *_at("protesters")), ThemeMention("ARREST", *_at("arrested"))],
    )


def _tsv(fmt: str, articles: list[Article], header: bool = False) -> str:
    buf = io.BytesIO()
    export.write(articles, fmt, buf, header=header, added=ADDED)
    return buf.getvalue().decode("utf-8")


def _frame(fmt: str, articles: list[Article]) -> pd.DataFrame:
    text = _tsv(fmt, articles)
    if not text:
        return pd.DataFrame()
    return pd.read_csv(io.StringIO(text), sep="\t", header=None, quoting=3, dtype=str, keep_default_na=False)


def _numeric(df: pd.DataFrame, columns: tuple[str, ...], names: list[str]) -> None:
    """These columns hold numbers (or nothing) only."""
    for name in names:
        col = df[columns.index(name)]
        values = pd.to_numeric(col[col != ""], errors="coerce")
        assert values.notna().all(), (name, list(col))


# ---------------------------------------------------------------- GDELT events


def test_events_have_61_columns_in_gdelt_order_and_parse_as_numbers():
    df = _frame("gdelt-events", [invented()])
    assert df.shape == (2, 61)  # the intended meeting is not an occurred event
    cols = export.EVENT_COLUMNS
    assert len(cols) == 61 and cols[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert cols[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                           "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert cols[-2:] == ("DATEADDED", "SOURCEURL") and cols[51] == "ActionGeo_Type"
    _numeric(df, cols, ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "IsRootEvent",
                        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
                        "Actor1Geo_Type", "Actor1Geo_Lat", "Actor1Geo_Long", "ActionGeo_Type", "ActionGeo_Lat",
                        "ActionGeo_Long", "DATEADDED"])
    for day in df[1]:
        datetime.strptime(day, "%Y%m%d")
    datetime.strptime(df[59][0], "%Y%m%d%H%M%S")


def test_event_row_fields():
    df = _frame("gdelt-events", [invented()])
    row = dict(zip(export.EVENT_COLUMNS, df.iloc[0]))
    assert row["SQLDATE"] == "20151116"  # the event's own day, not the publication day (20151118)
    assert (row["MonthYear"], row["Year"], row["FractionDate"]) == ("201511", "2015", "2015.8740")
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "FRACOP", "FRANCE POLICE", "FRA", "COP")
    assert (row["Actor2Code"], row["Actor2Type1Code"]) == ("FRAOPP", "OPP")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("173", "173", "17")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("4", "-5.0", "1")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"], row["AvgTone"]) == ("2", "1", "1", "-2.5")
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == (
        "4", "Lyon, France", "FR")
    assert (row["ActionGeo_ADM1Code"], row["ActionGeo_FeatureID"], row["ActionGeo_Lat"]) == (
        "FR84", "2996944", "45.748")
    assert row["Actor1Geo_FullName"] == "Lyon, France"  # the place named next to the actor
    assert (row["DATEADDED"], row["SOURCEURL"]) == ("20260102030405", "https://www.example.com/news/lyon")

    second = dict(zip(export.EVENT_COLUMNS, df.iloc[1]))
    assert second["SQLDATE"] == "20151118"  # no day in the text: the publication day
    assert (second["Actor1Code"], second["Actor1Type1Code"], second["IsRootEvent"]) == ("DEU", "", "0")
    # Germany: GDELT's FIPS 10-4 code, not ISO's DE; a country match carries its code as FeatureID
    assert (second["ActionGeo_Type"], second["ActionGeo_CountryCode"], second["ActionGeo_FeatureID"]) == (
        "1", "GM", "GM")
    assert second["Actor1Geo_CountryCode"] == "GM"


@pytest.mark.parametrize("value, precision, day", [
    ("2015-11-16", "day", "20151116"), ("2015-10", "month", "20151001"), ("2015-11", "month", "20151118"),
    ("2015-W45", "week", "20151102"), ("2015-W47", "week", "20151118"), ("2014", "year", "20140101"),
    ("2015-11-18", "publication", "20151118"), ("PAST_REF", "day", "20151118"), (None, None, "20151118"),
])
def test_sqldate_is_the_event_day(value, precision, day):
    art = invented()
    art.events[0].date, art.events[0].date_precision = value, precision
    assert _frame("gdelt-events", [art]).iloc[0, 1] == day


def test_actor_codes_split_into_gdelt_actor_columns():
    art = invented()
    art.actors[3] = Actor("a4", "UNHCR", "IGOUNOREF", None, ["IGO", "REF"], "organization", [_at("Germany")])
    art.actors[1] = Actor("a2", "Islamic State", "IMGMUSISI", None, ["REB"], "group", [_at("protesters")])
    df = _frame("gdelt-events", [art])
    first, second = (dict(zip(export.EVENT_COLUMNS, df.iloc[i])) for i in (0, 1))
    assert [second[f"Actor1{f}"] for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code",
                                            "Type2Code")] == ["IGOUNOREF", "UNHCR", "", "UNO", "IGO", "REF"]
    assert [first[f"Actor2{f}"] for f in ("KnownGroupCode", "Religion1Code", "Type1Code", "Type2Code")] == [
        "ISI", "MUS", "IMG", "REB"]
    art.actors[3].code = "IGOEUREEC"  # a regional organisation takes its region as its country
    row = dict(zip(export.EVENT_COLUMNS, _frame("gdelt-events", [art]).iloc[1]))
    assert (row["Actor1CountryCode"], row["Actor1KnownGroupCode"]) == ("EUR", "EEC")


def test_batch_counts_mentions_sources_and_articles():
    one, same = invented(), invented(url="https://other.example.org/a", aid="art2")
    same.tone = Tone(-0.5, 1.0, 1.5, 30)
    df = _frame("gdelt-events", [one, same])
    arrests = df[df[26] == "173"]
    assert len(arrests) == 2 and arrests[1].nunique() == 1 and arrests[0].nunique() == 2
    assert set(arrests[31]) == {"4"} and set(arrests[32]) == {"2"} and set(arrests[33]) == {"2"}
    assert set(arrests[34]) == {"-1.5"}  # average of the two articles' tones
    for art in (one, same):  # events without actors are never taken for one another
        art.events[1].source = art.events[1].target = None
    assert set(_frame("gdelt-events", [one, same]).query("`26` == '111'")[33]) == {"1"}
    # two articles from one outlet are one source
    third = invented(url="https://www.example.com/news/lyon-2", aid="art3")
    df = _frame("gdelt-events", [one, third])
    assert set(df[df[26] == "173"][32]) == {"1"}


def test_header_row_and_duckdb_types(tmp_path):
    text = _tsv("gdelt-events", [invented()], header=True)
    assert pd.read_csv(io.StringIO(text), sep="\t", quoting=3).columns.tolist() == list(export.EVENT_COLUMNS)
    path = tmp_path / "events.tsv"
    path.write_text(_tsv("gdelt-events", [invented()]), encoding="utf-8")
    rel = duckdb.read_csv(str(path), delimiter="\t", header=False, quotechar="", escapechar="")
    types = dict(zip(range(61), map(str, rel.types)))
    assert len(rel.columns) == 61
    for i in (0, 1, 2, 3, 25, 29, 31, 32, 33, 59):
        assert types[i] in ("BIGINT", "INTEGER", "UBIGINT", "HUGEINT"), (export.EVENT_COLUMNS[i], types[i])
    for i in (4, 30, 34, 56, 57):
        assert types[i] in ("DOUBLE", "FLOAT", "DECIMAL"), (export.EVENT_COLUMNS[i], types[i])


def test_stable_event_ids():
    a, b = _frame("gdelt-events", [invented()]), _frame("gdelt-events", [invented()])
    assert a[0].tolist() == b[0].tolist()
    assert a[0].tolist() == [str(export.global_event_id("art1", e)) for e in ("e1", "e2")]


# ---------------------------------------------------------------- mentions


def test_mentions_have_16_columns_with_char_offsets():
    df = _frame("gdelt-mentions", [invented()])
    cols = export.MENTION_COLUMNS
    assert df.shape == (3, 16)  # e1 in the body and in the title, e2 in the body
    _numeric(df, cols, ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID",
                        "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
                        "MentionDocLen", "MentionDocTone"])
    body = dict(zip(cols, df.iloc[0]))
    assert (body["Actor1CharOffset"], body["Actor2CharOffset"], body["ActionCharOffset"]) == (
        str(_at("French police")[0]), str(_at("protesters")[0]), str(_at("arrested")[0]))
    assert (body["SentenceID"], body["InRawText"], body["Confidence"]) == ("1", "1", "90")
    assert (body["MentionType"], body["MentionSourceName"]) == ("1", "example.com")
    assert (body["MentionDocLen"], body["MentionDocTone"]) == (str(len(TEXT)), "-2.5")
    assert (body["EventTimeDate"], body["MentionTimeDate"]) == ("20260102030405", "20151118134300")
    title = dict(zip(cols, df.iloc[1]))
    assert (title["SentenceID"], title["ActionCharOffset"], title["Actor1CharOffset"]) == ("0", "7", "0")
    assert title["Actor2CharOffset"] == "-1" and title["Extras"] == "<FIELD>title</FIELD>"
    assert df.iloc[0, 0] == df.iloc[1, 0] == _frame("gdelt-events", [invented()]).iloc[0, 0]


def test_title_only_events_and_body_re_mentions():
    art = invented()
    art.events[0].mentions.append(Ref("text", *_at("the arrests")))  # "Germany condemned the arrests."
    art.events.append(Event("e4", -1, Trigger("raid", 7, 11), "190", "19", 4, -10.0, Plover("ASSAULT"), source="a1",
                            confidence=0.5, evidence=TITLE, mentions=[Ref("title", 7, 11)]))
    df = _frame("gdelt-mentions", [art])
    rows = [dict(zip(export.MENTION_COLUMNS, r)) for r in df.itertuples(index=False)]
    again = next(r for r in rows if r["ActionCharOffset"] == str(_at("the arrests")[0]))
    assert again["SentenceID"] == "3" and again["Extras"] == ""
    title_only = rows[-1]
    assert (title_only["SentenceID"], title_only["ActionCharOffset"], title_only["Actor1CharOffset"]) == ("0", "7", "0")
    assert (title_only["InRawText"], title_only["Extras"]) == ("1", "<FIELD>title</FIELD>")
    assert (title_only["MentionDocLen"]) == str(len(TITLE))
    event = dict(zip(export.EVENT_COLUMNS, _frame("gdelt-events", [art]).iloc[-1]))
    assert (event["EventCode"], event["IsRootEvent"], event["Actor1Code"]) == ("190", "1", "FRACOP")
    record = export.plover([art])[-1]
    assert record["trigger"]["field"] == "title" and record["actors"][0]["text"] == "Police"


def test_mentions_without_url_cite_the_article_id():
    row = dict(zip(export.MENTION_COLUMNS, _frame("gdelt-mentions", [invented(url=None)]).iloc[0]))
    assert (row["MentionType"], row["MentionIdentifier"], row["MentionSourceName"]) == ("2", "art1", "Example News")


# ---------------------------------------------------------------- GKG


def test_gkg_has_27_columns_with_gdelt_delimiters():
    df = _frame("gdelt-gkg", [invented()])
    cols = export.GKG_COLUMNS
    assert df.shape == (1, 27) and len(cols) == 27
    row = dict(zip(cols, df.iloc[0]))
    _numeric(df, cols, ["DATE", "SourceCollectionIdentifier"])
    assert (row["GKGRECORDID"], row["DATE"], row["SourceCommonName"]) == (
        "20260102030405-1", "20151118134300", "example.com")
    count = row["Counts"].split("#")
    assert count[:3] == ["ARREST", "7", "protesters"] and len(count) == 10
    assert count[3:6] == ["4", "Lyon, France", "FR"]
    assert row["V2Counts"].split("#")[-1] == str(_at("seven protesters")[0])
    assert row["Themes"] == "ARREST;PROTEST"
    assert row["V2Themes"] == f"ARREST,{_at('arrested')[0]};PROTEST,{_at('protesters')[0]}"
    locs = [b.split("#") for b in row["V2Locations"].split(";")]
    assert [loc[1] for loc in locs] == ["Lyon, France", "Germany"] and all(len(loc) == 9 for loc in locs)
    assert locs[1][2] == "GM" and locs[0][-1] == str(_at("Lyon")[0])
    assert all(len(b.split("#")) == 7 for b in row["Locations"].split(";"))
    assert row["Persons"] == "marie dupont"
    assert row["V2Persons"].split(";")[0] == f"Marie Dupont,{_at('Marie Dupont')[0]}"
    assert len(row["V2Persons"].split(";")) == 2  # "she" is not a name
    assert row["Organizations"] == "france police"  # "protesters" is no organisation's name
    tone = row["V2Tone"].split(",")
    assert len(tone) == 7 and float(tone[0]) == -2.5 and tone[-1] == "40"
    assert row["Dates"] == f"3#11#16#2015#{_at('Monday')[0]}"  # the week is not a GKG date
    assert row["GCAM"] == "wc:40"
    offset, length, verb, quote, speaker = row["Quotations"].split("|")
    assert (int(offset), int(length), verb, quote, speaker) == (
        _at("Order")[0], 24, "said", "Order has been restored,", "Marie Dupont")
    names = row["AllNames"].split(";")
    assert f"French police,{_at('French police')[0]}" in names and f"Lyon,{_at('Lyon')[0]}" in names
    assert row["Amounts"] == f"7,protesters,{_at('seven protesters')[0]}"
    assert row["Extras"] == ("<PAGE_AUTHORS>Jean Martin</PAGE_AUTHORS><PAGE_PRECISEPUBTIMESTAMP>20151118134300"
                             f"</PAGE_PRECISEPUBTIMESTAMP><PAGE_TITLE>{TITLE}</PAGE_TITLE>")


def test_us_places_take_gdelt_state_codes():
    art = invented()
    art.locations += [Location("l3", "Salt Lake City", "USA", "Utah", 40.7608, -111.8911, 5780993, "city"),
                      Location("l4", "Utah", "USA", "Utah", 39.49, -111.61, 5549030, "admin1"),
                      Location("l5", "Sinai", "EGY", None, 29.5, 33.8, None, "region")]
    row = dict(zip(export.GKG_COLUMNS, _frame("gdelt-gkg", [art]).iloc[0]))
    assert row["Locations"].split(";")[2:] == [
        "3#Salt Lake City, Utah, United States#US#USUT#40.7608#-111.8911#5780993",
        "2#Utah, United States#US#USUT#39.49#-111.61#USUT",
        "5#Sinai, Egypt#EG#EG#29.5#33.8#EG",
    ]


def test_delimiters_inside_values_never_break_fields():
    art = invented()
    art.title = "A <b>title</b>\twith a tab"
    art.quotes.append(Quote('one | two # "three"\tfour', 0, 10, None, "an official;, he", "said"))
    art.counts[0].object = "protesters; #1, others"
    row = dict(zip(export.GKG_COLUMNS, _frame("gdelt-gkg", [art]).iloc[0]))
    blocks = row["Quotations"].split("#")
    assert len(blocks) == 2 and all(len(b.split("|")) == 5 for b in blocks)
    assert blocks[0].split("|")[4] == "an official;, he"
    assert all(len(b.split("#")) == 10 for b in row["Counts"].split(";"))
    assert all(len(b.split(",")) == 3 for b in row["Amounts"].split(";"))
    assert "<PAGE_TITLE>A &lt;b&gt;title&lt;/b&gt; with a tab</PAGE_TITLE>" in row["Extras"]


def test_bare_and_empty_articles_do_not_crash():
    bare = Article(id="x", text="Nothing happened.")
    for fmt, width in (("gdelt-events", 61), ("gdelt-mentions", 16), ("gdelt-gkg", 27)):
        assert _tsv(fmt, []) == ""
        lines = _tsv(fmt, [bare, Article(id="empty")]).splitlines()
        assert all(len(line.split("\t")) == width for line in lines)
    assert len(_tsv("gdelt-gkg", [bare]).splitlines()) == 1
    assert export.plover([bare]) == []


def test_records_read_back_from_json_export_the_same():
    art = invented()
    again = Article.from_json(art.to_json())
    for fmt in ("gdelt-events", "gdelt-mentions", "gdelt-gkg", "plover"):
        assert _tsv(fmt, [again]) == _tsv(fmt, [art])


def test_odd_records_still_give_well_formed_rows():
    art = invented()
    art.actors[0].mentions = [[], [10_000, 10_010]]
    art.events[0].trigger = Trigger("x", 9_000, 9_001)
    art.events[0].evidence = "not in the text"
    art.events[0].date = "2015-02-30"  # no such day: the publication day is used
    art.events[0].mentions = [Ref("captions/7", 0, 3), Ref("nowhere", 1, 2)]
    art.quotes[0].end = 0
    art.dates.append(DateMention("sometime", 0, 4, "PAST_REF", "year"))
    art.locations[0].country = "ZZZ"
    for fmt, width in (("gdelt-events", 61), ("gdelt-mentions", 16), ("gdelt-gkg", 27)):
        lines = _tsv(fmt, [art]).splitlines()
        assert lines and all(len(line.split("\t")) == width for line in lines)
    assert _frame("gdelt-events", [art]).iloc[0, 1] == "20151118"
    assert len(export.plover([art])) == 3


# ---------------------------------------------------------------- PLOVER


def test_plover_keeps_every_event_with_its_status_and_evidence():
    buf = io.BytesIO()
    assert export.write([invented()], "plover", buf) == 3
    records = [orjson.loads(line) for line in buf.getvalue().splitlines()]
    first = records[0]
    assert (first["event_type"], first["mode"], first["status"], first["date"]) == (
        "COERCE", "arrest", "occurred", "2015-11-16")
    actor, recipient = first["actors"]
    assert (actor["role"], actor["code"], actor["sector"], actor["text"]) == ("actor", "FRACOP", "COP", "French police")
    assert (recipient["role"], recipient["text"], recipient["start"]) == (
        "recipient", "protesters", _at("protesters")[0])
    assert first["location"]["name"] == "Lyon" and first["location"]["text"] == "Lyon"
    assert first["event_text"] == TEXT.split("\n")[0] and first["story_id"] == "art1"
    assert first["event_id"] == export.global_event_id("art1", "e1")
    assert records[2]["status"] == "intended" and records[2]["location"] is None


# ---------------------------------------------------------------- the CLI and the sample article


def _sample_text() -> str:
    return (resources.files("eventwire") / "samples" / "sample_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_article():
    import eventwire

    return eventwire.extract(text=_sample_text())


@pytest.mark.parametrize("fmt, suffix", [("gdelt-events", "tsv"), ("gdelt-mentions", "tsv"),
                                         ("gdelt-gkg", "tsv"), ("plover", "jsonl")])
def test_golden_sample(sample_article, fmt, suffix):
    """The exports of the shipped sample article match the reviewed golden files."""
    buf = io.BytesIO()
    export.write([sample_article], fmt, buf, header=suffix == "tsv", added=ADDED)
    path = GOLDEN / f"sample.{fmt}.{suffix}"
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(buf.getvalue())
    assert path.exists(), f"missing {path}; run EVENTWIRE_UPDATE_GOLDEN=1 python -m pytest tests/test_export.py"
    assert buf.getvalue().decode("utf-8") == path.read_text(encoding="utf-8"), (
        f"{fmt} export of the sample changed; if intended, regenerate with EVENTWIRE_UPDATE_GOLDEN=1")


def test_cli_writes_each_format(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    runner = CliRunner()
    for fmt, width in (("gdelt-events", 61), ("gdelt-mentions", 16), ("gdelt-gkg", 27)):
        out = tmp_path / f"{fmt}.tsv"
        result = runner.invoke(app, ["extract", "--sample", "--format", fmt, "--header", "-o", str(out)])
        assert result.exit_code == 0, result.output
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == list(dict(
            [("gdelt-events", export.EVENT_COLUMNS), ("gdelt-mentions", export.MENTION_COLUMNS),
             ("gdelt-gkg", export.GKG_COLUMNS)])[fmt])
        assert all(len(line.split("\t")) == width for line in lines)
    result = runner.invoke(app, ["extract", "--sample", "--format", "plover", "-o", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["extract", "--sample", "--format", "csv"])
    assert result.exit_code != 0


# ---------------------------------------------------------------- the seed article


def _stage(name: str) -> None:
    from eventwire.pipeline import STAGES

    if name not in STAGES:
        pytest.skip(f"the {name} stage is not in the pipeline yet")


def test_seed_exports_read_back(seed):
    for fmt, width in (("gdelt-events", 61), ("gdelt-mentions", 16), ("gdelt-gkg", 27)):
        df = _frame(fmt, [seed])
        assert df.empty or df.shape[1] == width
    events = _frame("gdelt-events", [seed])
    occurred = [e for e in seed.events if e.status == "occurred"]
    # a re-telling of an occurred event ("the attacks" again) is a mention of it, not a row of its own
    retold = [e for e in occurred if e.same_as and seed.event(e.same_as).status == "occurred"]
    occurred = [e for e in occurred if e not in retold]
    assert len(events) == len(occurred) and retold
    for row, ev in zip(events.itertuples(index=False), occurred):
        if ev.date_precision == "day":
            assert row[1] == ev.date.replace("-", "")
        elif ev.date_precision == "month":
            assert row[1] in ("20151118", ev.date.replace("-", "") + "01")
        else:
            assert row[1][:4] in ("2015", (ev.date or "")[:4])


def test_seed_mention_offsets_point_at_actors_and_triggers(seed):
    starts = {m[0] for a in seed.actors for m in a.mentions if m}
    triggers = {e.trigger.start for e in seed.events} | {r.start for e in seed.events for r in e.mentions}
    for row in _frame("gdelt-mentions", [seed]).itertuples(index=False):
        if row[15] == "":  # a body mention
            assert int(row[9]) in triggers
            assert all(o == "-1" or int(o) in starts for o in (row[7], row[8]))


def test_seed_quotes_keep_their_speakers(seed):
    _stage("quotes")
    row = dict(zip(export.GKG_COLUMNS, _frame("gdelt-gkg", [seed]).iloc[0]))
    speakers = [b.split("|")[4] for b in row["Quotations"].split("#")]
    assert sum("Putin" in s for s in speakers) >= 2 and sum("Ryan" in s for s in speakers) >= 2


def test_seed_events_carry_their_own_dates(seed):
    _stage("events")
    _stage("timex")
    days = set(_frame("gdelt-events", [seed])[1])
    assert "20151117" in days  # Putin's announcement and the Hanover cancellation happened on the Tuesday
