"""One event, many reports: copies, stories and event instances, through the real pipeline and store."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import dedup
from eventwire.ingest import RawDoc
from eventwire.pipeline import Pipeline
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
REPORTS = json.loads((ROOT / "tests" / "data" / "dedup_kidnappings.json").read_text(encoding="utf-8"))["reports"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def extract(pipeline: Pipeline, rows: list[dict]) -> list:
    docs = [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["published"], outlet=r["outlet"])
            for r in rows]
    return list(pipeline.pipe(docs))


@pytest.fixture(scope="module")
def kidnappings(pipeline, tmp_path_factory) -> Path:
    """25 reports ingested as they would arrive: in publication order, a few per batch."""
    path = tmp_path_factory.mktemp("dedup") / "kidnappings.duckdb"
    arts = sorted(extract(pipeline, REPORTS), key=lambda a: a.published)
    with Store(path) as st:
        for i in range(0, len(arts), 4):
            st.add(arts[i:i + 4])
    return path


def instances(st: Store) -> list[tuple]:
    """(articles, outlets, country, admin1) of each instance, and that it has a mention per article at least
    ("abducted a pastor and eleven worshippers" is two event mentions of one kidnapping in one report)."""
    rows = st.sql("SELECT num_articles, num_sources, num_mentions, country, admin1 FROM event_instances "
                  "ORDER BY num_articles DESC").fetchall()
    assert all(mentions >= articles for articles, _, mentions, _, _ in rows)
    return [(articles, outlets, country, admin1) for articles, outlets, _, country, admin1 in rows]


def test_twenty_reports_of_one_kidnapping_and_five_of_another_are_two_instances(kidnappings):
    with Store(kidnappings) as st:
        assert instances(st) == [(20, 20, "NGA", "Katsina"), (5, 5, "NGA", "Kaduna")]
        # every event points at its instance, and the instance lists every report
        funtua = st.sql("SELECT e.instance_id FROM events e JOIN articles a ON a.id = e.article_id "
                        "WHERE a.url LIKE '%funtua%'").fetchall()
        assert len(funtua) == 20 and len(set(funtua)) == 1
        first_seen = st.sql("SELECT min(first_seen) FROM event_instances").fetchall()[0][0]
        assert str(first_seen).startswith("2026-03-02 07:10")


def test_a_full_relink_gives_the_same_instances(kidnappings, tmp_path):
    copy = tmp_path / "relink.duckdb"
    copy.write_bytes(kidnappings.read_bytes())
    with Store(copy) as st:
        st.dedup(rebuild=True)
        assert instances(st) == [(20, 20, "NGA", "Katsina"), (5, 5, "NGA", "Kaduna")]


def test_counts_grow_as_reports_arrive(pipeline):
    state = dedup.MemoryState()
    linker = dedup.Deduper(state)
    arts = sorted(extract(pipeline, [r for r in REPORTS if r["story"] == "funtua"]), key=lambda a: a.published)
    seen = []
    for art in arts[:3]:
        linker.add([art])
        seen.append(sorted(i.num_articles for i in state.instances.values()))
    assert seen == [[1], [2], [3]]


def test_a_batch_relink_gives_the_same_instances_in_any_order(pipeline):
    """`eventwire dedup` over the same reports in another order: the same instances, not another draw."""
    arts = extract(pipeline, REPORTS)
    stories = dedup.cluster_stories([dedup.story_sig(a) for a in arts])
    partitions, sizes = set(), set()
    for seed in range(3):
        order = arts[:]
        random.Random(seed).shuffle(order)
        state = dedup.MemoryState()
        dedup.Deduper(state).add(order, stories=stories)
        groups: dict[str, set[str]] = {}
        for uid, iid in state.instance_of.items():
            groups.setdefault(iid, set()).add(uid)
        partitions.add(frozenset(frozenset(g) for g in groups.values()))
        sizes.add(tuple(sorted(i.num_articles for i in state.instances.values())))
    assert len(partitions) == 1
    assert sizes == {(5, 20)}


def test_copies_under_other_urls_and_resyndicated_with_edits(pipeline, tmp_path):
    base = REPORTS[0]
    longer = dict(base, text=base["text"] + " The attackers arrived on motorcycles at about 11 pm and fired "
                  "into the air before forcing the students into the bush, a teacher who escaped said. The state "
                  "governor ordered security forces to search the forests around the town.")
    tracked = dict(longer, url=longer["url"] + "?utm_source=twitter&utm_medium=social#comments")
    wire = dict(longer, outlet="Syndicated Press", url="https://syndicated.example/2026/03/02/katsina-kidnap",
                published="2026-03-02T09:00",
                text=longer["text"].replace("Gunmen", "Armed gunmen") + " (Syndicated Press)")
    other = REPORTS[-1]
    arts = extract(pipeline, [longer, tracked, wire, other])
    with Store(tmp_path / "copies.duckdb") as st:
        st.add(arts[:1])
        st.add(arts[1:])
        rows = dict(st.sql("SELECT url, duplicate_of FROM articles").fetchall())
        original = arts[0].id
        assert rows[tracked["url"]] == original
        assert rows[wire["url"]] == original
        assert rows[other["url"]] is None and rows[longer["url"]] is None
        # a copy's events are mentions of the original's instances, never new events
        def of(art) -> set[str]:
            return {r[0] for r in st.sql("SELECT instance_id FROM events WHERE article_id = ?", [art.id]).fetchall()}

        assert of(arts[0]) and of(arts[1]) == of(arts[0]) and of(arts[2]) == of(arts[0])
        assert st.sql("SELECT min(num_articles) FROM event_instances WHERE instance_id IN (SELECT unnest(?))",
                      [sorted(of(arts[0]))]).fetchall()[0][0] == 3


def test_canonical_url():
    assert dedup.canonical_url("https://www.Example.com/news/a/?utm_source=x&id=3#top") == "example.com/news/a?id=3"
    assert dedup.canonical_url("http://m.example.com/news/a/amp") == "example.com/news/a"
    assert dedup.canonical_url("not a url") is None


def test_dedup_command_then_sql(kidnappings, tmp_path):
    db = tmp_path / "cli.duckdb"
    db.write_bytes(kidnappings.read_bytes())

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True,
                              env=ENV, timeout=300)

    done = cli("dedup", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "25 articles" in done.stderr and "2 instances" in done.stderr
    out = cli("sql", "SELECT id, story_id, duplicate_of FROM articles", "--db", str(db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 25 and all(r["story_id"] for r in rows)
    out = cli("sql", "SELECT article_id, trigger_start, trigger_end, instance_id FROM events", "--db", str(db),
              "--format", "jsonl")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len({r["instance_id"] for r in rows}) == 2
    missing = cli("dedup", "--db", str(tmp_path / "nothing" / "x.duckdb"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_gdelt_export_counts_reports_of_the_instance(kidnappings, tmp_path):
    from eventwire.export import EVENT_COLUMNS
    from eventwire.store import export

    out = tmp_path / "events.tsv"
    with Store(kidnappings, read_only=True) as st:
        export(st, "gdelt-events", out)
        mentions = st.sql("SELECT count(*) FROM events").fetchall()[0][0]
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    col = {c: i for i, c in enumerate(EVENT_COLUMNS)}
    counts = sorted({(int(r[col["NumArticles"]]), int(r[col["NumSources"]])) for r in rows})
    assert counts == [(5, 5), (20, 20)] and len(rows) == mentions >= 25  # a row per event mention
