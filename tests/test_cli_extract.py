"""The ``eventwire extract`` command as a new user meets it (issue 15): sources in records, the
error summary, --verbose, folders, --url, -o/--force, streaming exports, --format summary,
--version and the first-run gazetteer message."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from rich.console import Console
from typer.testing import CliRunner

from eventwire import cli
from test_ingest import RSS, STORY, jsonl_bytes, make_warc

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):
    return CliRunner().invoke(cli.app, list(args))


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "feed.xml").write_bytes(RSS)
    (tmp_path / "news" / "batch.jsonl").write_bytes(jsonl_bytes())
    (tmp_path / "news" / ".hidden.txt").write_text(STORY)
    (tmp_path / "news" / "short.txt").write_text("Too short")
    return tmp_path


def records(output: str) -> list[dict]:
    return [orjson.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("eventwire 0.")


def test_records_name_their_source_and_folders_are_walked(folder):
    result = run("extract", str(folder))
    assert result.exit_code == 0, result.output
    sources = [r["source"] for r in records(result.stdout)]
    news = folder / "news"
    assert sources == [f"{news}/batch.jsonl#{n}" for n in range(1, 6)] + [f"{news}/feed.xml#1", f"{news}/feed.xml#2",
                                                                           f"{news}/short.txt", f"{folder}/story.txt"]


def test_glob_filters_the_files_of_a_folder(folder):
    result = run("extract", str(folder), "--glob", "*.xml")
    assert [r["source"] for r in records(result.stdout)] == [f"{folder}/news/feed.xml#1", f"{folder}/news/feed.xml#2"]
    assert run("extract", str(folder), "--glob", "*.pdf").exit_code == 2


def test_error_summary_names_document_stage_and_reason(folder):
    result = run("extract", str(folder / "story.txt"), str(folder / "missing.txt"), str(folder / "news" / "short.txt"))
    assert result.exit_code == 0
    assert len(records(result.stdout)) == 3
    summary = " ".join(result.stderr.split())
    assert "2 of 3 documents with errors" in summary
    assert "missing.txt" in summary and "ingest" in summary and "cannot read file: No such file" in summary
    assert "short.txt" in summary and "too short to analyse" in summary
    assert "3 documents, 2 with errors" in summary


def test_verbose_shows_skipped_records(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(make_warc())
    quiet = run("extract", str(tmp_path / "crawl.warc.gz"))
    loud = run("extract", "-v", str(tmp_path / "crawl.warc.gz"))
    assert "skipped" not in quiet.stderr
    assert "skipped request record" in loud.stderr and "skipped HTTP 404 response" in loud.stderr
    assert "Traceback" not in loud.stderr


def test_url_names_one_document_only(folder):
    two = run("extract", str(folder / "story.txt"), str(folder / "news" / "short.txt"), "--url", "https://x.example/a")
    assert two.exit_code == 2 and "--url names one document" in two.output
    feed = run("extract", str(folder / "news" / "feed.xml"), "--url", "https://x.example/a")
    assert feed.exit_code == 2 and "holds several" in feed.output
    one = run("extract", str(folder / "story.txt"), "--url", "https://x.example/a")
    assert one.exit_code == 0 and records(one.stdout)[0]["url"] == "https://x.example/a"


def test_output_is_never_overwritten_without_force(folder):
    out = folder / "out.jsonl"
    out.write_text("precious\n")
    refused = run("extract", str(folder / "story.txt"), "-o", str(out))
    assert refused.exit_code == 2 and "--force" in refused.output and out.read_text() == "precious\n"
    forced = run("extract", str(folder / "story.txt"), "-o", str(out), "--force")
    assert forced.exit_code == 0 and records(out.read_text())[0]["source"] == str(folder / "story.txt")
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]  # the temporary file was renamed


def test_an_interrupted_run_leaves_no_output(folder):
    """kill -9 is no test, but an interrupt is: the temporary file goes, the target never appears."""
    out = folder / "never.jsonl"
    with pytest.raises(KeyboardInterrupt):
        with cli._output(out, force=False) as stream:
            stream.write(b"half a record")
            raise KeyboardInterrupt
    assert not out.exists() and not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_tables_stream_in_chunks_with_one_header(folder, monkeypatch):
    monkeypatch.setattr(cli, "TABLE_CHUNK", 1)
    (folder / "two.txt").write_text(STORY.replace("seven", "nine"))
    result = run("extract", str(folder / "story.txt"), str(folder / "two.txt"), "-f", "gdelt-events", "--header")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("GLOBALEVENTID\t") and sum(line.startswith("GLOBALEVENTID") for line in lines) == 1
    assert len(lines) > 2


def test_summary_format_on_the_sample():
    result = run("extract", "--sample", "--format", "summary")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.splitlines()[0].startswith("Ceasefire talks open in Sweden")
    for column in ("date", "source → event → target", "place", "status", "evidence"):
        assert column in text
    assert "Khaled al-Yamani (YEMGOV) → ACCUSE 112 →" in text  # names, not ids
    assert "intended" in text and "negated" in text
    assert "counts: KILL 12 fighters" in text


def test_python_users_get_names_not_ids(seed):
    ev = next(e for e in seed.events if e.source and e.location)
    assert seed.actor(ev.source).name == ev.source_name(seed) and ev.source_name(seed) != ev.source
    assert seed.location(ev.location).name == ev.place_name(seed)
    assert seed.actor(None) is None and seed.actor("a999") is None
    line = ev.describe(seed)
    assert ev.source_name(seed) in line and ev.plover.type in line and ev.status in line


def test_too_short_and_utf16_messages_are_honest(tmp_path):
    (tmp_path / "short.txt").write_text("Breaking")
    (tmp_path / "utf16.txt").write_bytes(STORY.encode("utf-16-le"))
    result = run("extract", str(tmp_path / "short.txt"), str(tmp_path / "utf16.txt"))
    short, utf16 = records(result.stdout)
    assert "too short to analyse" in short["errors"][0]["message"]
    assert not utf16["errors"] and utf16["events"]


def test_gazetteer_message_and_progress_on_first_use(tmp_path, monkeypatch):
    """The real build into a fresh path (about 20 s of CPU): the user is told what is happening."""
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "gazetteer.sqlite"))
    buf = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=buf, width=120))
    cli._gazetteer_ready()
    said = buf.getvalue()
    assert "First run: building the place gazetteer" in said and str(tmp_path) in said and "Gazetteer built in" in said
    assert (tmp_path / "gazetteer.sqlite").stat().st_size > 10_000_000
    buf.truncate(0)
    cli._gazetteer_ready()  # built: nothing more to say
    assert buf.getvalue() == ""


def test_the_command_runs_as_a_process(folder):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(folder / "story.txt"),
                           str(folder / "gone.txt"), "--format", "summary"], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0
    assert "Police" in done.stdout and "→" in done.stdout
    assert "gone.txt" in done.stderr and "Traceback" not in done.stderr


def test_a_broken_knowledge_file_is_one_line_and_no_records(folder, monkeypatch):
    from eventwire import events

    def broken():
        raise ValueError("triggers.tsv: unknown constraint 'objj:talks' in the row 'V|hold|objj:talks|040'")

    monkeypatch.setattr(events, "lexicon", broken)
    result = run("extract", str(folder / "story.txt"))
    assert result.exit_code == 1
    assert "error: stage 'events' cannot run: ValueError: triggers.tsv: unknown constraint" in result.output
    assert "Traceback" not in result.output and not records(result.stdout)
