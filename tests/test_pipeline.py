"""A pipeline owns its configuration: stages chosen by name or cut with ``until``, checked for
order at start; settings small enough to send to a worker; lexicons built once per set of files."""

from __future__ import annotations

import pickle

import orjson
import pytest

from eventwire import actor_lexicon
from eventwire.ingest import RawDoc
from eventwire.model import Article
from eventwire.pipeline import PARSED, STAGES, Pipeline, PipelineError, Settings, Stage

TEXT = "French police arrested two men in Paris on Tuesday, officials said."


def test_until_runs_the_stages_up_to_and_including_it():
    p = Pipeline(until="events")
    assert [s.name for s in p.stages] == ["actors", "events"]
    (art,) = p.annotate([Article(id="t", text=TEXT)])
    assert art.actors and art.events
    assert art.locations == [] and art.dates == [] and art.tone is None  # later stages did not run


def test_stages_are_picked_by_name_in_the_given_order():
    p = Pipeline(stages=["themes", "actors"])
    assert [s.name for s in p.stages] == ["themes", "actors"]
    (art,) = p.pipe([RawDoc(source="s", text=TEXT)])
    assert art.actors and art.themes and not art.events


def test_a_stage_whose_requirement_is_not_met_is_refused_at_start():
    with pytest.raises(PipelineError, match="'events' needs actors.*run actors before it"):
        Pipeline(stages=["events"])
    with pytest.raises(PipelineError, match="'counts' needs events.location.*run geo before it"):
        Pipeline(stages=["actors", "events", "counts"])
    with pytest.raises(PipelineError, match="unknown stage 'event'"):
        Pipeline(stages=["actors", "event"])
    with pytest.raises(PipelineError, match="until='geo' is not one of"):
        Pipeline(stages=["actors", "events"], until="geo")
    Pipeline(stages=["counts"], given=("events", "events.location"))  # the caller supplies them


def test_every_stage_of_ours_has_its_requirements_met_in_order():
    Pipeline()  # would raise otherwise
    assert list(STAGES)[:2] == ["actors", "events"]


def test_a_custom_stage_runs_in_its_place():
    seen = []
    mine = Stage("mine", lambda parsed: seen.append(len(parsed.article.events)), (PARSED, "events"))
    (art,) = Pipeline(stages=["actors", "events", mine]).annotate([Article(id="t", text=TEXT)])
    assert seen == [len(art.events)] and seen[0] > 0


def test_settings_are_small_hashable_and_picklable(tmp_path):
    lex = tmp_path / "mine.jsonl"
    lex.write_bytes(orjson.dumps({"name": "Ruritania", "kind": "country", "code": "RUR", "country": "RUR"}) + b"\n")
    s = Settings.make(actors=lex, until="geo", batch_size=8)
    assert s.actors == (str(lex.resolve()),) and s.stages == ("actors", "events", "timex", "geo")
    back = pickle.loads(pickle.dumps(s))
    assert back == s and hash(back) == hash(s) and len(pickle.dumps(s)) < 1000
    assert Pipeline(settings=back).lexicon is Pipeline(settings=s).lexicon  # built once per process
    with pytest.raises(PipelineError, match="not found"):
        Settings.make(actors=tmp_path / "missing.jsonl")


def test_lexicons_are_cached_per_set_of_files_and_read_again_when_edited(tmp_path):
    lex = tmp_path / "mine.jsonl"
    lex.write_bytes(orjson.dumps({"name": "Ruritania", "kind": "country", "code": "RUR"}) + b"\n")
    first = actor_lexicon.lexicon([lex])
    assert actor_lexicon.lexicon([lex]) is first
    assert actor_lexicon.lexicon() is not first and "ruritania" not in actor_lexicon.lexicon().surfaces
    lex.write_bytes(orjson.dumps({"name": "Zenda Republic", "kind": "country", "code": "ZND"}) + b"\n")
    again = actor_lexicon.lexicon([lex])
    assert again is not first and "zenda republic" in again.surfaces


def test_stage_time_is_kept_per_stage():
    p = Pipeline(until="events")
    p.annotate([Article(id="t", text=TEXT)])
    assert set(p.seconds) == {"actors", "events"} and all(v > 0 for v in p.seconds.values())


def test_new_words_leave_the_vocabulary_with_their_batch_and_the_records_keep_them():
    """A long ingest meets new words (names, numbers, typos) all the time; spaCy would keep every one
    for the life of the process. Each batch is parsed in a memory zone, so the vocabulary stays as
    it was, and the records built inside it are whole and the same as without the zone."""
    import contextlib

    from eventwire import nlp, pipeline

    p = Pipeline()
    texts = [f"Police in Zqarvostan arrested Mr Blorvind{i} Quenterhaus on Tuesday, report {9100 + i} said."
             for i in range(20)]
    list(p.pipe([RawDoc(source="warm", text=TEXT)]))  # the model and the lexicons loaded
    strings = len(nlp.load().vocab.strings)
    zoned = list(p.pipe(RawDoc(source=f"d{i}", text=t) for i, t in enumerate(texts)))
    assert len(nlp.load().vocab.strings) == strings
    assert any("Quenterhaus" in (a.name or "") for art in zoned for a in art.actors)
    old, pipeline.nlp.memory_zone = pipeline.nlp.memory_zone, contextlib.nullcontext
    try:
        plain = list(p.pipe(RawDoc(source=f"d{i}", text=t) for i, t in enumerate(texts)))
    finally:
        pipeline.nlp.memory_zone = old
    assert len(nlp.load().vocab.strings) > strings  # without the zone the new words stay
    assert [a.to_json() for a in zoned] == [a.to_json() for a in plain]


def test_a_knowledge_file_that_cannot_be_read_stops_the_pipeline_at_start(monkeypatch):
    """A broken row in resources/ is one clear error when the pipeline is built, not the same
    error in every record of a long run."""
    from eventwire import events

    def broken():
        raise ValueError("triggers.tsv: unknown constraint 'objj:talks' in the row 'V|hold|objj:talks|040'")

    monkeypatch.setattr(events, "lexicon", broken)
    with pytest.raises(PipelineError, match=r"stage 'events' cannot run: ValueError: triggers.tsv: unknown constraint"):
        Pipeline()
    # a pipeline that does not run the stage is not stopped by it
    assert Pipeline(until="actors").stages[-1].name == "actors"


def test_the_check_runs_no_custom_stage():
    seen = []
    Pipeline(stages=["actors", Stage("mine", lambda parsed: seen.append(parsed.article.id))])
    assert seen == []
