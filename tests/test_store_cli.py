"""The store from the command line, as real processes: ingest (killed with SIGKILL and resumed),
sql in every format, export in every format read back by the tools people use."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import orjson
import pandas as pd
import polars as pl
import pytest

import eventwire
from eventwire import export as exp
from eventwire.ingest import RawDoc
from eventwire.pipeline import doc_id
from eventwire.store import export as store_export

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

WHO = ["Police", "Government troops", "Rebels", "Protesters", "The army", "Officials", "Militants", "Doctors"]
WHERE = ["Lagos", "Nairobi", "Kabul", "Caracas", "Manila", "Karachi", "Bogota", "Aleppo", "Kiev", "Dhaka"]
DID = ["arrested {n} people in {city}", "clashed with demonstrators in {city}", "attacked a convoy near {city}",
       "met local leaders in {city}", "called for calm in {city}", "accused the opposition of fraud in {city}",
       "killed {n} fighters outside {city}", "freed {n} hostages in {city}"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "yesterday", "last week", "on Friday"]


def short_news(n: int, seed: int = 7) -> list[dict]:
    """``n`` distinct short news items (two or three sentences), with publication dates, no ids or urls."""
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        city = rnd.choice(WHERE)
        first = f"{rnd.choice(WHO)} {rnd.choice(DID).format(n=rnd.randint(2, 40), city=city)} {rnd.choice(DAYS)}, officials said."
        second = f"{rnd.choice(WHO)} {rnd.choice(DID).format(n=rnd.randint(2, 40), city=rnd.choice(WHERE))} earlier this month."
        third = f"Report {i} from the {city} bureau."  # keeps every text distinct
        docs.append({"text": f"{first} {second} {third}", "published": f"2019-{1 + i % 12:02d}-{1 + i % 27:02d}"})
    return docs


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, env=ENV, **kw)


@pytest.mark.slow
def test_ingest_killed_with_sigkill_resumes_and_stores_every_article_once(tmp_path):
    docs = short_news(300)
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))
    db = tmp_path / "corpus.duckdb"
    args = ["ingest", str(src), "--db", str(db), "--batch-size", "10", "--report-every", "0.2"]
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", *args], stderr=subprocess.PIPE, env=ENV, text=True)
    stored = 0
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if line.startswith("ingest:"):
            stored = int(line.split()[1])
            if stored >= 30:
                break
    assert proc.poll() is None and 30 <= stored < 300, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    expected = {doc_id(RawDoc(source="x", text=d["text"])) for d in docs}
    with eventwire.open(db, read_only=True) as st:
        kept = st.count("articles")
        assert stored <= kept < 300 and kept % 10 == 0  # whole batches only
        # no partial article: each stored article has exactly the events and actors its record lists
        partial = st.sql("""SELECT count(*) FROM articles a WHERE
            json_array_length(a.record -> 'events') <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)
         OR json_array_length(a.record -> 'actors') <> (SELECT count(*) FROM actors x WHERE x.article_id = a.id)""")
        assert partial.fetchall() == [(0,)]

    done = cli(*args, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert f"{300 - kept} added" in done.stderr.decode() and f"{kept} skipped" in done.stderr.decode()
    with eventwire.open(db, read_only=True) as st:
        ids = [r[0] for r in st.sql("SELECT id FROM articles").fetchall()]
        assert len(ids) == 300 and set(ids) == expected
        assert st.sql("SELECT count(*) = count(DISTINCT uid) FROM events").fetchall() == [(True,)]
        assert st.count("events") > 300  # most of the texts hold an event
        # the search index caught up too
        assert len(st.search("bureau", events=False).df()) == 300

    again = cli(*args, timeout=300)  # a third run has nothing to do and parses nothing
    assert again.returncode == 0 and "0 added" in again.stderr.decode() and "300 skipped" in again.stderr.decode()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The sample article ingested with the CLI, plus a few generated ones, in one store."""
    tmp = tmp_path_factory.mktemp("cli")
    src = tmp / "few.jsonl"
    src.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in short_news(12, seed=3)))
    db = tmp / "c.duckdb"
    for args in (["--sample"], [str(src)]):
        r = cli("ingest", *args, "--db", str(db), timeout=300)
        assert r.returncode == 0, r.stderr.decode()
    return db


def test_sql_writes_every_format(store, tmp_path):
    q = "SELECT uid, cameo, date, quad_class, goldstein, source_name FROM events ORDER BY uid"
    with eventwire.open(store, read_only=True) as st:
        want = st.sql(q).df()
    n = len(want)
    assert n > 10
    table = cli("sql", q, "--db", str(store))
    assert table.returncode == 0 and want["uid"].iloc[0] in table.stdout.decode()
    got = pd.read_csv(io.BytesIO(cli("sql", q, "--db", str(store), "-f", "csv").stdout), dtype={"cameo": str})
    assert list(got.columns) == list(want.columns) and list(got["uid"]) == list(want["uid"])
    assert list(got["cameo"]) == list(want["cameo"])
    rows = orjson.loads(cli("sql", q, "--db", str(store), "-f", "json").stdout)
    assert len(rows) == n and rows[0]["uid"] == want["uid"].iloc[0] and rows[0]["date"] == str(want["date"].iloc[0].date())
    lines = cli("sql", q, "--db", str(store), "-f", "jsonl").stdout.splitlines()
    assert [orjson.loads(x)["uid"] for x in lines] == list(want["uid"])
    pq = tmp_path / "q.parquet"
    assert cli("sql", q, "--db", str(store), "-f", "parquet", "-o", str(pq)).returncode == 0
    assert list(pd.read_parquet(pq)["uid"]) == list(want["uid"])
    # read-only: a write is refused in one line, and the store is unchanged
    bad = cli("sql", "DELETE FROM events", "--db", str(store))
    assert bad.returncode == 1 and bad.stderr.decode().count("\n") == 1 and "read-only" in bad.stderr.decode()
    missing = cli("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1 and "no store at" in missing.stderr.decode()
    with eventwire.open(store, read_only=True) as st:
        assert st.count("events") == n


def test_export_formats_read_back(store, tmp_path):
    with eventwire.open(store, read_only=True) as st:
        events = st.sql("SELECT uid, date, status FROM events").df()
        arts = list(st.articles())
    # parquet: one folder per year/month of event date, read by pandas, polars and DuckDB
    out = tmp_path / "events"
    r = cli("export", "--db", str(store), "-f", "parquet", "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    months = {(d.year, d.month) for d in events["date"]}
    assert {(int(p.parent.name.split("=")[1]), int(p.name.split("=")[1]))
            for p in out.glob("year=*/month=*")} == months
    by_pandas = pd.read_parquet(out)
    by_polars = pl.read_parquet(str(out / "**" / "*.parquet"), hive_partitioning=True)
    by_duckdb = duckdb.sql(f"SELECT count(*), count(DISTINCT uid) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)").fetchall()
    assert len(by_pandas) == len(by_polars) == len(events) and by_duckdb == [(len(events), len(events))]
    assert set(by_pandas["uid"]) == set(events["uid"])

    # a period keeps the events dated in it
    day = sorted(events["date"])[len(events) // 2].date().isoformat()
    later = tmp_path / "later"
    assert cli("export", "--db", str(store), "-f", "parquet", "-o", str(later), "--since", day).returncode == 0
    assert len(pd.read_parquet(later)) == int((events["date"] >= day).sum())

    # GDELT and PLOVER: the same rows export.py makes from the records themselves
    added = datetime(2026, 1, 1)
    for fmt in ("gdelt-events", "gdelt-mentions", "gdelt-gkg", "plover", "jsonl"):
        path = tmp_path / f"out.{fmt}"
        r = cli("export", "--db", str(store), "-f", fmt, "-o", str(path), "--header")
        assert r.returncode == 0, r.stderr.decode()
        direct = io.BytesIO()
        exp.write(arts, fmt, direct, header=True, added=added)
        mine, theirs = path.read_bytes().splitlines(), direct.getvalue().splitlines()
        assert len(mine) == len(theirs) > 1
        if fmt == "gdelt-events":  # DATEADDED (the export time) and the counts, which come from dedup's
            # event instances in the store, are the only differences
            cols = {exp.EVENT_COLUMNS.index(c) for c in ("DATEADDED", "NumMentions", "NumSources", "NumArticles")}
            drop = lambda rows: sorted(tuple(c for i, c in enumerate(x.split(b"\t")) if i not in cols) for x in rows)
            assert drop(mine) == drop(theirs)
        if fmt in ("plover", "jsonl"):
            assert sorted(mine) == sorted(theirs)
    gdelt = pd.read_csv(tmp_path / "out.gdelt-events", sep="\t", dtype=str)
    assert len(gdelt) == int((events["status"] == "occurred").sum())
    plover = [orjson.loads(x) for x in (tmp_path / "out.plover").read_bytes().splitlines()]
    assert {p["status"] for p in plover} == set(events["status"])

    # event formats honour --since/--until on the event date
    with eventwire.open(store, read_only=True) as st:
        n = store_export(st, "plover", tmp_path / "p.jsonl", since=day, until=day)
    assert n == int((events["date"] == day).sum())
    bad = cli("export", "--db", str(store), "-f", "plover", "-o", str(tmp_path / "x"), "--since", "yesterday")
    assert bad.returncode == 1 and "not a date" in bad.stderr.decode()


@pytest.mark.slow
def test_a_full_disk_stops_ingest_with_one_line_and_loses_nothing_stored(tmp_path):
    """A file-size limit (RLIMIT_FSIZE) makes the store's writes fail as a full disk does."""
    import resource

    docs = short_news(70, seed=21)
    first, rest = tmp_path / "first.jsonl", tmp_path / "rest.jsonl"
    first.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs[:10]))
    rest.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs[10:]))
    db = tmp_path / "full.duckdb"
    assert cli("ingest", str(first), "--db", str(db), timeout=300).returncode == 0
    limit = 150_000  # bytes per file: the write-ahead log fills it after a few batches

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    args = ["ingest", str(rest), "--db", str(db), "--batch-size", "10"]
    full = subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, env=ENV,
                          preexec_fn=small_disk, timeout=300)
    msg = full.stderr.decode()
    assert full.returncode == 1, msg
    assert "store left as it was" in msg and "File too large" in msg and "Traceback" not in msg
    with eventwire.open(db, read_only=True) as st:
        kept = st.count("articles")
        assert 10 <= kept < 70 and (kept - 10) % 10 == 0
        partial = st.sql("""SELECT count(*) FROM articles a WHERE
            json_array_length(a.record -> 'events') <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)""")
        assert partial.fetchall() == [(0,)]
    assert f"{kept - 10} articles were stored before it" in msg
    again = cli(*args, timeout=300)  # with room again, the same command finishes the job
    assert again.returncode == 0, again.stderr.decode()
    with eventwire.open(db, read_only=True) as st:
        assert st.count("articles") == 70
        assert st.sql("SELECT count(*) = count(DISTINCT id) FROM articles").fetchall() == [(True,)]
