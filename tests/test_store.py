"""The corpus store: real records from the pipeline written to real DuckDB files, read back,
searched, refused when another process writes, when the file is not a store, or newer."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import duckdb
import pytest

import eventwire
from eventwire.ingest import RawDoc
from eventwire.store import SCHEMA_VERSION, StoreError

from conftest import shared

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def wikinews(n: int) -> list[RawDoc]:
    """The first ``n`` Wikinews 2019 articles as raw documents (url, date, title, text)."""
    with shared("wikinews/wikinews_2019.csv").open(newline="", encoding="utf-8") as f:
        rows = [r for _, r in zip(range(n), csv.DictReader(f))]
    return [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["date"], title=r["title"]) for r in rows]


@pytest.fixture(scope="module")
def sample():
    text = (resources.files("eventwire") / "samples" / "sample_article.txt").read_text(encoding="utf-8")
    return eventwire.extract(text=text)


@pytest.fixture(scope="module")
def news():
    return list(eventwire.Pipeline().pipe(wikinews(6)))


def test_a_record_goes_in_whole_and_comes_back_the_same(tmp_path, sample):
    db = tmp_path / "corpus.duckdb"
    with eventwire.open(db) as st:
        assert st.add([sample]).added == 1
    with eventwire.open(db, read_only=True) as st:
        assert [a for a in st.articles()] == [sample]  # the exact record, every field
        counts = {t: st.count(t) for t in ("actors", "events", "locations", "quotes", "counts", "dates")}
        assert counts == {"actors": len(sample.actors), "events": len(sample.events),
                          "locations": len(sample.locations), "quotes": len(sample.quotes),
                          "counts": len(sample.counts), "dates": len(sample.dates)}
        # each event's trigger offsets point into the stored text at the trigger's words
        rows = st.sql("SELECT e.trigger_text, substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) "
                      "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.trigger_field = 'text'").fetchall()
        assert rows and all(t == s for t, s in rows)
        assert st.meta()["schema_version"] == str(SCHEMA_VERSION)
        # the uid is article id ':' event id, and denormalised actor columns agree with the actors table
        bad = st.sql("""SELECT count(*) FROM events e LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source_id
                        WHERE e.uid <> e.article_id || ':' || e.id
                           OR (e.source_id IS NOT NULL AND (s.id IS NULL OR s.name IS DISTINCT FROM e.source_name))""")
        assert bad.fetchall() == [(0,)]


def test_adding_again_skips_and_force_replaces_without_duplicates(tmp_path, sample):
    db = tmp_path / "c.duckdb"
    with eventwire.open(db) as st:
        first = st.add([sample, sample])  # the same document twice in one batch counts once
        assert (first.added, first.skipped) == (1, 1)
        again = st.add([sample])
        assert (again.added, again.skipped, again.replaced) == (0, 1, 0)
        forced = st.add([sample], force=True)
        assert (forced.added, forced.replaced) == (0, 1)
        assert st.known([sample.id, "nope"]) == {sample.id}
        assert list(st.search(sample.title, events=False).df()["id"]) == [sample.id]  # indexed once
        assert st.count("articles") == 1 and st.count("events") == len(sample.events)
        assert st.sql("SELECT count(DISTINCT uid) = count(*) FROM events").fetchall() == [(True,)]


def test_wikinews_articles_keep_their_keys_and_queries_filter_them(tmp_path, news, sample):
    db = tmp_path / "news.duckdb"
    with eventwire.open(db) as st:
        st.add(news)
        st.add([sample])
        assert st.count("articles") == len(news) + 1
        # every reference an event, count or quote makes resolves in this store
        orphans = st.sql("""
            SELECT (SELECT count(*) FROM events e WHERE e.article_id NOT IN (SELECT id FROM articles))
                 + (SELECT count(*) FROM events e WHERE e.source_id IS NOT NULL AND NOT EXISTS
                      (SELECT 1 FROM actors a WHERE a.article_id = e.article_id AND a.id = e.source_id))
                 + (SELECT count(*) FROM events e WHERE e.location_id IS NOT NULL AND NOT EXISTS
                      (SELECT 1 FROM locations l WHERE l.article_id = e.article_id AND l.id = e.location_id))
                 + (SELECT count(*) FROM counts c WHERE c.event_id IS NOT NULL AND NOT EXISTS
                      (SELECT 1 FROM events e WHERE e.article_id = c.article_id AND e.id = c.event_id))
        """).fetchall()
        assert orphans == [(0,)]
        every = st.events().df()
        assert len(every) == sum(len(a.events) for a in [*news, sample])
        occurred = st.events(status="occurred").df()
        assert len(occurred) == sum(e.status == "occurred" for a in [*news, sample] for e in a.events)
        some = every.dropna(subset=["country"]).iloc[0]
        by_country = st.events(country=some["country"]).df()
        assert len(by_country) and set(by_country["country"]) == {some["country"]}
        root = some["cameo"][:2]
        assert set(st.events(type=root).df()["cameo_root"]) == {root}
        day = every["date"].min()
        assert (st.events(since=day, until=day).df()["date"] == day).all()
        lat, lon = some["lat"], some["lon"]
        boxed = st.events(bbox=(lon - 1, lat - 1, lon + 1, lat + 1)).df()
        assert some["uid"] in set(boxed["uid"])
        assert ((boxed["lat"] - lat).abs() <= 1).all()
        coded = every.dropna(subset=["source_code"]).iloc[0]["source_code"]
        mine = st.events(actor=coded[:3]).df()
        assert len(mine) and all(str(s).startswith(coded[:3]) or str(t).startswith(coded[:3])
                                 for s, t in zip(mine["source_code"], mine["target_code"]))
        assert len(st.events(limit=3).df()) == 3
        # the views read like GDELT and PLOVER
        g = st.sql("SELECT * FROM gdelt_events").df()
        assert len(g) == len(occurred) and g["SQLDATE"].between(19000101, 21001231).all()
        assert st.sql("SELECT count(*) FROM plover_events").fetchall() == [(len(every),)]
        assert st.sql("SELECT count(*) FROM gdelt_mentions").fetchall()[0][0] >= len(occurred)


def test_full_text_search_finds_phrases_offline_and_joins_to_events(tmp_path, news, sample):
    db = tmp_path / "s.duckdb"
    with eventwire.open(db) as st:
        st.add(news)
        st.add([sample])
        words = sample.text.split()
        phrase = " ".join(words[10:13])
        hits = st.search(phrase, events=False).df()
        assert sample.id in set(hits["id"])
        texts = dict(st.sql("SELECT id, lower(title || ' ' || text) FROM articles").fetchall())
        assert all(phrase.lower() in texts[i] for i in hits["id"])  # every hit holds the phrase
        assert {i for i, t in texts.items() if phrase.lower() in t} <= set(hits["id"])  # and none is missed
        ev = st.search(phrase).df()
        assert set(ev["article_id"]) <= set(hits["id"]) and set(ev["uid"]) >= {f"{sample.id}:{e.id}" for e in sample.events}
        # the same words in another order are not the phrase
        backwards = " ".join(reversed(words[10:13]))
        assert backwards.lower() not in sample.text.lower()
        assert sample.id not in set(st.search(backwards, events=False).df()["id"])
        assert sample.id in set(st.search(backwards.replace(" ", " AND "), events=False, raw=True).df()["id"])
        assert st.search("zzqx unfindable phrase").df().empty
        in_sql = st.sql("SELECT count(*) FROM events WHERE article_seq IN (SELECT unnest(fts_match(?)))",
                        ['"' + phrase + '"']).fetchall()[0][0]
        assert in_sql == len(ev)
    # the index is rebuilt from the store when it is missing (e.g. a crash between the two commits)
    os.remove(str(db) + ".fts")
    with eventwire.open(db) as st:
        assert sample.id in set(st.search(phrase, events=False).df()["id"])


def test_a_failing_batch_leaves_the_store_as_it_was(tmp_path, sample, news):
    db = tmp_path / "t.duckdb"
    with eventwire.open(db) as st:
        st.add(news[:2])
        before = {t: st.count(t) for t in ("articles", "events", "actors")}
        broken = eventwire.Article.from_dict(news[2].to_dict())
        broken.events = broken.events + broken.events[:1]  # two events with one id: the insert fails midway
        with pytest.raises(StoreError, match="store left as it was"):
            st.add([sample, broken])
        assert {t: st.count(t) for t in before} == before
        assert st.known([sample.id]) == set()
        assert st.add([sample]).added == 1  # and the store still works


def test_a_second_writer_gets_one_line_naming_the_holder(tmp_path, sample):
    db = tmp_path / "busy.duckdb"
    with eventwire.open(db) as st:
        st.add([sample])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, eventwire; st = eventwire.open(sys.argv[1]); print('open', flush=True); "
                               "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=ENV, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        for read_only in (False, True):
            with pytest.raises(StoreError) as e:
                eventwire.open(db, read_only=read_only)
            msg = str(e.value)
            assert "\n" not in msg and f"PID {holder.pid}" in msg and "one writer" in msg
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with eventwire.open(db, read_only=True) as st:  # free again once it is gone
        assert st.known([sample.id]) == {sample.id}


def test_corrupt_and_foreign_files_are_refused_and_left_alone(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database\n" * 300)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not an eventwire store") as e:
            eventwire.open(junk, read_only=read_only)
        assert "\n" not in str(e.value)
    assert junk.read_bytes() == b"this is not a database\n" * 300
    # a real DuckDB file with another application's tables
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales(x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        eventwire.open(other)
    # a damaged store: its header overwritten
    db = tmp_path / "damaged.duckdb"
    eventwire.open(db).close()
    data = bytearray(db.read_bytes())
    data[:4096] = os.urandom(4096)
    db.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="not an eventwire store"):
        eventwire.open(db)
    with pytest.raises(StoreError, match="no store at"):
        eventwire.open(tmp_path / "absent.duckdb", read_only=True)


def test_a_store_from_a_newer_version_is_refused_and_an_older_one_migrated(tmp_path, sample, monkeypatch):
    from eventwire import store

    db = tmp_path / "v.duckdb"
    with eventwire.open(db) as st:
        st.add([sample])
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer eventwire") as e:
            eventwire.open(db, read_only=read_only)
        assert "\n" not in str(e.value)

    # an older store: its migration step runs once, in a transaction, when opened for writing
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    con.execute("ALTER TABLE articles DROP COLUMN story_id")  # what the older schema lacked
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        eventwire.open(db, read_only=True)
    monkeypatch.setitem(store.MIGRATIONS, SCHEMA_VERSION - 1,
                        lambda c: c.execute("ALTER TABLE articles ADD COLUMN story_id VARCHAR"))
    with eventwire.open(db) as st:
        assert st.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert st.sql("SELECT id, story_id FROM articles").fetchall() == [(sample.id, None)]
