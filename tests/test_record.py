"""The record: JSON round trip, JSON Schema, and the CLI/Python API around it."""

import json

import orjson
from typer.testing import CliRunner

import eventwire
from eventwire.cli import app
from eventwire.model import Actor, Article, DateMention, Event, Plover, Ref, Trigger, json_schema


def _article() -> Article:
    art = Article(id="x1", text="Police arrested seven people in Lyon on Tuesday.", published="2021-03-03T00:00:00")
    art.actors.append(Actor(id="a1", name="police", code="COP", sectors=["COP"], mentions=[[0, 6]]))
    art.events.append(Event(
        id="e1", sentence=0, trigger=Trigger("arrested", 7, 15), cameo="173", cameo_root="17", quad_class=4,
        goldstein=-5.0, plover=Plover("COERCE", "arrest"), source="a1", mentions=[Ref("text", 7, 15)],
    ))
    art.dates.append(DateMention("Tuesday", 40, 47, "2021-03-02"))
    return art


def test_json_round_trip_keeps_types():
    art = _article()
    again = Article.from_json(art.to_json())
    assert again == art
    assert isinstance(again.events[0].trigger, Trigger) and isinstance(again.events[0].plover, Plover)


def test_plain_record_is_a_copy_a_worker_can_send():
    """to_dict gives what dataclasses.asdict gives (the JSON and Arrow writers rely on it), and
    editing the record afterwards leaves the sent copy alone."""
    import dataclasses

    art = eventwire.extract("Police arrested seven protesters in Lyon on Tuesday, officials said.",
                            published="2021-03-03")
    record = art.to_dict()
    assert record == dataclasses.asdict(art) and record["events"] and isinstance(record["events"][0], dict)
    art.events[0].mentions.append(Ref("text", 0, 6))
    art.actors[0].sectors.append("XXX")
    assert record == Article.from_dict(record).to_dict() != art.to_dict()


def test_contract_field_names():
    data = orjson.loads(_article().to_json())
    for name in ("id", "url", "outlet", "title", "published", "language", "byline", "captions", "text", "actors",
                 "events", "locations", "dates", "quotes", "counts", "tone", "themes", "errors"):
        assert name in data
    ev = data["events"][0]
    for name in ("id", "sentence", "trigger", "source", "target", "cameo", "cameo_root", "quad_class", "goldstein",
                 "plover", "date", "date_precision", "date_text", "location", "status", "confidence", "evidence"):
        assert name in ev
    assert data["actors"][0]["mentions"] == [[0, 6]]


def test_schema_describes_every_field():
    schema = json_schema()
    art = schema["$defs"]["Article"]
    assert art["required"] == ["id"]
    assert art["properties"]["events"] == {"type": "array", "items": {"$ref": "#/$defs/Event"}}
    assert schema["$defs"]["Event"]["properties"]["status"]["enum"] == ["occurred", "intended", "negated", "hypothetical"]


def test_schema_command_prints_json():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "eventwire Article"


def test_extract_sample_runs_the_real_pipeline():
    result = CliRunner().invoke(app, ["extract", "--sample", "--format", "json"])
    assert result.exit_code == 0, result.output
    art = json.loads(result.stdout)
    assert art["title"].startswith("Ceasefire talks open in Sweden")
    assert art["published"] == "2018-12-06T10:15:00"
    assert art["outlet"] == "Gulf Herald"
    assert art["language"] == "en" and art["errors"] == []
    assert "1 document, 0 with errors" in result.stderr


def test_caller_published_wins(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text("Bridge closes\nMarch 3, 2021\n\nThe city council voted to close the old harbour bridge after "
                    "engineers found deep cracks in its piers.")
    result = CliRunner().invoke(app, ["extract", str(page), "--published", "2021-03-05T08:00:00"])
    assert json.loads(result.stdout)["published"] == "2021-03-05T08:00:00"
    assert eventwire.extract(text=page.read_text()).published == "2021-03-03T00:00:00"


def test_api_needs_exactly_one_input():
    import pytest

    with pytest.raises(ValueError):
        eventwire.extract()
