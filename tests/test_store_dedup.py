"""Dedup's blocking look-ups on a real DuckDB store: a key shared by many articles or instances
gives only the latest few (what dedup uses), read capped, so ingest does not slow down
or grow with the store; and what the store returns is what an uncapped read would have chosen."""

from __future__ import annotations

import orjson

import eventwire
from eventwire import dedup, store
from eventwire.dedup import Instance
from eventwire.store import DedupState, _entries, _migrate_dedup_blocks


def test_a_story_key_keeps_only_its_latest_sharers_and_gives_the_latest_max_candidates(tmp_path, monkeypatch):
    """A word every article shares is one row of its latest ``max_candidates`` sharers, kept as articles
    are linked, so a look-up reads that many however many articles share it; the candidates are the
    latest sharers in the order they were filed, and an article stored again moves to the end."""
    from eventwire.model import Article

    cap = 5
    monkeypatch.setitem(dedup.params()["stories"], "max_candidates", cap)
    arts = [Article(id=f"a{i:02d}", text=f"Flood waters rose in Town{i} as the river burst its banks, residents said.",
                    url=f"https://flood{i}.example/{i}", published=f"2024-03-{1 + i:02d}T08:00:00") for i in range(12)]
    with eventwire.open(tmp_path / "c.duckdb") as st:
        for i in range(0, len(arts), 4):
            st.add(arts[i:i + 4])
        rows = st.sql("SELECT key, value FROM dedup_kv WHERE key LIKE 'k:%'").fetchall()
        flood = [orjson.loads(v) for k, v in rows if k == "k:w:flood"]
        assert flood and all(len(orjson.loads(v)) <= cap for _k, v in rows)
        assert [a for a, _ in flood[0]] == [a.id for a in arts][-cap:]
        got = [s.article_id for s, _ in DedupState(st).story_candidates(["w:flood"])]
        assert got == [a.id for a in arts][-cap:]  # the latest, oldest first
        st.add(arts[:1], force=True)  # filed again: now the latest
        got = [s.article_id for s, _ in DedupState(st).story_candidates(["w:flood", "w:river"])]
        assert got == [a.id for a in arts][-cap + 1:] + ["a00"]


def test_an_instance_key_gives_the_latest_of_the_mention_type_and_a_few_others(tmp_path):
    p = dedup.params()["instances"]
    same_n, other_n = p["candidates_per_mention"], p["other_type_candidates_per_mention"]
    key = "t:4:NGA:Kaduna:2024W10"
    with eventwire.open(tmp_path / "c.duckdb") as st:
        state = DedupState(st)
        rows, states = [], []
        for i in range(6 * same_n):
            root = ["19", "14", "04"][i % 3]
            iid = f"i{i:04d}"
            rows.append([key, iid, i, root])
            states.append([iid, Instance(iid, roots={root: 1}).to_json()])
        st.con.execute("CREATE TABLE dedup_blocks(key VARCHAR, instance_id VARCHAR, seq BIGINT, root VARCHAR)")
        st.con.executemany("INSERT INTO dedup_blocks VALUES (?, ?, ?, ?)", rows)  # as schema 2 kept them
        _migrate_dedup_blocks(st.con)
        st.con.executemany("INSERT INTO dedup_kv VALUES ('i:' || ?, ?, NULL, NULL)", states)
        got = {i.instance_id for i in state.instance_candidates([key], {"19"})}
        latest = sorted(rows, key=lambda r: -r[2])
        want = ({r[1] for r in [r for r in latest if r[3] == "19"][:same_n]}
                | {r[1] for r in [r for r in latest if r[3] != "19"][:other_n]})
        assert got == want and len(got) == same_n + other_n
        # no more than the cap per key and type is read, whatever the batch asks for
        memo = state._memo[store._BLOCK_MEMO]
        assert len(memo[key]) <= 3 * p["candidates_per_key"]
        # the next batch, asking for another type, gets its latest ones from a fresh read
        state = DedupState(st)
        got = {i.instance_id for i in state.instance_candidates([key], {"14", "04"})}
        both = [r for r in latest if r[3] in ("14", "04")]
        assert got == {r[1] for r in both[:same_n]} | {r[1] for r in [r for r in latest if r[3] == "19"][:other_n]}


def test_a_mention_gets_the_instances_nearest_its_day_and_never_one_beyond_the_window(tmp_path, monkeypatch):
    """A busy region's week holds more instances than a mention compares: it gets those nearest its own
    day, and none dated beyond the window from it (they could not link), across the weeks it looks up."""
    from datetime import date

    monkeypatch.setitem(dedup.params()["instances"], "candidates_per_mention", 4)
    monkeypatch.setitem(dedup.params()["instances"], "other_type_candidates_per_mention", 1)
    win = dedup.params()["instances"]["window_days"]
    day0 = date(2024, 3, 6)  # a Wednesday, week 10
    region = "t:4:NGA:Kaduna"
    with eventwire.open(tmp_path / "c.duckdb") as st:
        state = DedupState(st)
        rows, states, seq = {}, [], 0
        for off in range(-12, 13):  # instances of root 19 every day from 12 days before to 12 after, two a day
            for j in range(2):
                d = date.fromordinal(day0.toordinal() + off)
                iid = f"i{off + 12:02d}{j}"
                key = f"{region}:{dedup._week(d)}"
                rows.setdefault(key, []).append((iid, seq, "19", d.toordinal()))
                states.append([iid, Instance(iid, roots={"19": 1}, days={d.isoformat(): 1}).to_json()])
                seq += 1
        rows[f"{region}:{dedup._week(day0)}"].append(("iother", seq, "14", day0.toordinal()))
        states.append(["iother", Instance("iother", roots={"14": 1}, days={day0.isoformat(): 1}).to_json()])
        st.con.executemany("INSERT INTO dedup_kv VALUES ('b:' || ?, ?, NULL, NULL)",
                           [[k, store._block_text(v)] for k, v in rows.items()])
        st.con.executemany("INSERT INTO dedup_kv VALUES ('i:' || ?, ?, NULL, NULL)", states)
        m = dedup.Mention(uid="n:e0", article_id="n", outlet="x", published="2024-03-06T10:00:00", story_id=None,
                          cameo="190", cameo_root="19", quad_class=4, source=[], target=[], source_name=None,
                          target_name=None, source_code=None, target_code=None, day=day0.isoformat(),
                          place=("NGA", "Kaduna", None, None), counts={}, trigger="attack", evidence=[], confidence=0.8)
        keys = dedup.mention_keys(m)
        assert len(keys) == 3  # the weeks within the window of its day
        got = {i.instance_id for i in state.instance_candidates(keys, {"19"}, dedup.asks([m]))}
        # the two of its own day, the four of the days next to it (the latest filed first: the day after),
        # and the one of another root
        assert got == {"i120", "i121", "i130", "i131", "iother"}
        # with room for all, none beyond the window: every day from -7 to +7, not one of -8 or +8
        monkeypatch.setitem(dedup.params()["instances"], "candidates_per_mention", 100)
        got = {i.instance_id for i in DedupState(st).instance_candidates(keys, {"19"}, dedup.asks([m]))}
        assert got == {f"i{off + 12:02d}{j}" for off in range(-win, win + 1) for j in range(2)} | {"iother"}


def _reports() -> list:
    """Reports of four events in two regions over two weeks, each told by several outlets in their own
    words and counts (built as the pipeline's records, so that only the store's dedup is exercised)."""
    from eventwire.model import Actor, Article, Count, Event, Location, Plover, Trigger

    events = [  # (cameo, root, quad, source, target, country, admin1, lat, lon, day, count)
        ("181", "18", 4, ("Gunmen", None), ("Students", "NGAEDU"), "NGA", "Katsina", 11.5, 7.3, "2026-03-02", 15),
        ("190", "19", 4, ("Nigerian Army", "NGAMIL"), ("Bandits", "NGAREB"), "NGA", "Katsina", 11.6, 7.4, "2026-03-03", 30),
        ("181", "18", 4, ("Gunmen", None), ("Worshippers", "NGAREL"), "NGA", "Kaduna", 10.5, 7.4, "2026-03-05", 4),
        ("141", "14", 3, ("Protesters", "NGAOPP"), ("Government", "NGAGOV"), "NGA", "Lagos", 6.5, 3.4, "2026-03-12", None),
    ]
    out = []
    for k in range(24):
        e = events[k % 4]
        words = ("school raid abduction dormitory", "army offensive bandit camps", "church service abduction",
                 "fuel price march")[k % 4]  # each event told in its own words, as distinct stories are
        art = Article(id=f"r{k:02d}", text=f"Report {k}: {e[3][0]} and {e[4][0]} in {e[6]}, {words}, said outlet {k}.",
                      url=f"https://outlet{k}.example/news/{k}", outlet=f"Outlet {k}",
                      published=f"{e[9]}T{8 + k % 9:02d}:00:00")
        art.actors = [Actor(id="a0", name=e[3][0], code=e[3][1]), Actor(id="a1", name=e[4][0], code=e[4][1])]
        art.locations = [Location(id="l0", name=e[6], country=e[5], admin1=e[6], lat=e[7], lon=e[8])]
        verb = ("seized", "attacked", "abducted", "marched")[k % 4]  # each event's own word for what happened
        art.events = [Event(id="e0", sentence=0, trigger=Trigger(verb, 0, len(verb)), cameo=e[0], cameo_root=e[1],
                            quad_class=e[2], goldstein=0.0, plover=Plover("ASSAULT"), source="a0", target="a1",
                            date=e[9], date_precision="day", location="l0", confidence=0.8, evidence=art.text)]
        if e[10]:
            art.counts = [Count(kind="KIDNAP", number=e[10] + k % 2, start=0, end=2, event="e0")]
        out.append(art)
    return out


def _links(path, batch: int, memory_limit: str | None = None) -> list[tuple]:
    with eventwire.open(path, memory_limit=memory_limit) as st:
        arts = _reports()
        for i in range(0, len(arts), batch):
            st.add(arts[i:i + batch])
        return st.sql("SELECT e.article_id, i.num_articles, i.num_sources, i.event_uids FROM events e "
                      "JOIN event_instances i USING (instance_id) ORDER BY e.article_id").fetchall()


def test_links_do_not_depend_on_batch_size_caches_or_how_rows_are_sent(tmp_path, monkeypatch):
    """Ingest in batches of any size gives the same instances, whether parsed instances are kept across
    batches or read again, and whether the rows go to DuckDB as list parameters or as Arrow tables."""
    from eventwire import store

    want = _links(tmp_path / "a.duckdb", 24)
    assert sorted({r[1] for r in want}) == [6] and len({tuple(r[3]) for r in want}) == 4  # four events, six reports each
    assert _links(tmp_path / "b.duckdb", 1) == want
    monkeypatch.setattr(store, "_CACHE_BYTES", 0)
    monkeypatch.setattr(store, "_LISTED", 0)
    assert _links(tmp_path / "c.duckdb", 5) == want


def test_a_store_counted_before_keeps_its_article_count(tmp_path):
    """Stores linked before the article count moved from meta into dedup_terms keep counting on from it
    (the count weighs every word of story similarity)."""
    path = tmp_path / "old.duckdb"
    with eventwire.open(path) as st:
        st.add(_reports()[:8])
        n = DedupState(st).story_stats([])[1]
        assert n == 8
        st.con.execute("INSERT OR REPLACE INTO meta VALUES ('dedup_articles', '1000')")  # as an older version wrote
        st.add(_reports()[8:12])
        assert DedupState(st).story_stats([])[1] == 1012
        st.dedup(rebuild=True)
        assert DedupState(st).story_stats([])[1] == 12


def test_a_store_whose_indexes_outgrow_its_memory_cap_still_stores_and_links_everything(tmp_path, caplog):
    """DuckDB keeps every index a statement used in memory, so the memory a store needs grows with it:
    under a cap it has outgrown, the batch is written again with a higher cap instead of failing (a 64 MB
    cap made every batch's linking fail on a 1M-event store), and the links are those of an uncapped store."""
    import logging

    want = _links(tmp_path / "free.duckdb", 6)
    with caplog.at_level(logging.INFO, logger="eventwire.store"):
        assert _links(tmp_path / "tight.duckdb", 6, memory_limit="4MB") == want
    assert "raised DuckDB's memory limit" in caplog.text
    assert "not linked" not in caplog.text
    with eventwire.open(tmp_path / "tight.duckdb", read_only=True) as st:
        assert st.sql("SELECT count(*), count(instance_id) FROM events").fetchall() == [(24, 24)]


def test_the_cap_keeps_the_rows_a_sql_window_over_the_stored_rows_keeps(tmp_path, monkeypatch):
    """The latest instances under each key and root are capped in Python as they are filed (and in SQL when
    a schema-2 store's rows are migrated): on a real store with busy keys, roots, missing seqs and ties,
    both keep exactly the rows ``QUALIFY row_number() ... <= N`` keeps."""
    import random

    from eventwire.store import _capped, _in

    rnd = random.Random(7)
    with eventwire.open(tmp_path / "c.duckdb") as st:
        DedupState(st)
        keys = [f"k{i}" for i in range(12)]
        st.con.execute("CREATE TABLE dedup_blocks(key VARCHAR, instance_id VARCHAR, seq BIGINT, root VARCHAR)")
        st.con.executemany("INSERT INTO dedup_blocks VALUES (?, ?, ?, ?)",
                           [[rnd.choice(keys[:4]) if rnd.random() < 0.7 else rnd.choice(keys),
                             f"i{rnd.randrange(500):03d}", rnd.choice([None, *range(40)]),
                             rnd.choice([None, "14", "18", "19"])] for _ in range(3000)])
        for cap in (1, 3, 8, 50):
            window = st.con.execute(
                f"SELECT key, instance_id, seq, root FROM dedup_blocks WHERE key IN {_in(keys)} QUALIFY row_number() "
                "OVER (PARTITION BY key, root ORDER BY coalesce(seq, 0) DESC, instance_id DESC) <= ?",
                [*keys, cap]).fetchall()
            rows = st.con.execute(f"SELECT * FROM dedup_blocks WHERE key IN {_in(keys)}", keys).fetchall()
            assert sorted(_capped(rows, cap), key=repr) == sorted(window, key=repr)
            assert len(window) < len(rows)
        monkeypatch.setattr(store, "_row_cap", lambda: 8)
        _migrate_dedup_blocks(st.con)  # capped at 8 per key and root; schema 2 kept no days
        migrated = [(k[2:], *e[:3]) for k, v in st.con.execute("SELECT key, value FROM dedup_kv WHERE key LIKE 'b:%'")
                    .fetchall() for e in _entries(v)]
        assert sorted(migrated, key=repr) == sorted(_capped(rows, 8), key=repr)


def _counted(st) -> list[tuple]:
    return st.sql("SELECT i.cameo, i.num_mentions, i.num_articles, i.num_sources, list_sort(i.event_uids) "
                  "FROM event_instances i ORDER BY i.cameo, i.admin1").fetchall()


def test_an_instance_counts_each_report_article_and_outlet_once_across_batches_and_re_adds(tmp_path):
    """An instance's reports live beside its state (so that what linking reads does not grow with them): an
    outlet met again in a later batch is still one source, and an article stored again with --force is not
    counted twice."""
    arts = _reports()
    for k, art in enumerate(arts):
        art.outlet = f"Outlet {k // 4 % 3}"  # each event told twice by each of three outlets
    got = {}
    for batch in (1, 24):
        with eventwire.open(tmp_path / f"b{batch}.duckdb") as st:
            for i in range(0, len(arts), batch):
                st.add(arts[i:i + batch])
            got[batch] = _counted(st)
            st.add(arts[:3], force=True)  # stored and linked again
            assert _counted(st) == got[batch]
            st.add(arts[:6], force=True)  # again, with instances the last batch read still in memory
            assert _counted(st) == got[batch]
            states = [s for s, in st.sql("SELECT value FROM dedup_kv WHERE key LIKE 'i:%'").fetchall()]
            assert states and not any('"uids"' in s or '"outlets"' in s for s in states)
    assert got[1] == got[24]
    assert [(n, a, s) for _c, n, a, s, _u in got[1]] == [(6, 6, 3)] * 4
    assert sorted(u for *_r, uids in got[1] for u in uids) == sorted(f"{a.id}:e0" for a in arts)


def test_a_store_whose_states_held_every_report_is_migrated_and_counts_on(tmp_path):
    """A store written before dedup's keyed rows moved into one table and the reports out of the states
    (schema 1) opens, is upgraded in place, and linking more reports into it gives what a store linked in
    one go gives."""
    arts = _reports()
    with eventwire.open(tmp_path / "new.duckdb") as st:
        st.add(arts[:12])
        st.add(arts[12:])
        want = _counted(st)
    path = tmp_path / "old.duckdb"
    with eventwire.open(path) as st:
        st.add(arts[:12])
        # as schema 1 kept it: a table for each kind of row, the uids, articles and outlets of every report
        # in the instance's state
        con = st.con
        con.execute("CREATE TABLE dedup_urls(canon VARCHAR PRIMARY KEY, article_id VARCHAR)")
        con.execute("INSERT INTO dedup_urls SELECT substr(key, 3), ref FROM dedup_kv WHERE key LIKE 'l:%'")
        con.execute("CREATE TABLE dedup_terms(term VARCHAR PRIMARY KEY, df BIGINT)")
        con.execute("INSERT INTO dedup_terms SELECT substr(key, 3), n FROM dedup_kv WHERE key LIKE 'd:%' "
                    "AND key NOT IN ('d:#filed', 'd:#blocked')")
        con.execute("CREATE TABLE dedup_sigs(article_id VARCHAR PRIMARY KEY, story_id VARCHAR, sig JSON)")
        con.execute("INSERT INTO dedup_sigs SELECT substr(key, 3), ref, value FROM dedup_kv WHERE key LIKE 'g:%'")
        con.execute("CREATE TABLE dedup_instances(instance_id VARCHAR PRIMARY KEY, state JSON)")
        con.execute(
            "INSERT INTO dedup_instances SELECT i.instance_id, json_merge_patch(d.value, json_object("
            "'uids', i.event_uids, 'articles', list_transform(i.event_uids, lambda u: split_part(u, ':', 1)), "
            "'outlets', (SELECT list(split_part(m.key, chr(9), 2)) FROM dedup_kv m "
            "WHERE m.key LIKE 'o:' || i.instance_id || chr(9) || '%'), "
            "'n_mentions', NULL, 'n_articles', NULL, 'n_sources', NULL)) "
            "FROM event_instances i JOIN dedup_kv d ON d.key = 'i:' || i.instance_id")
        con.execute("CREATE TABLE dedup_story_keys(key VARCHAR, article_id VARCHAR)")  # a row per (key, article)
        con.execute("INSERT INTO dedup_story_keys SELECT substr(key, 3), e->>0 FROM (SELECT key, "
                    "unnest(CAST(value AS JSON[])) AS e FROM dedup_kv WHERE key LIKE 'k:%') ORDER BY CAST(e->>1 AS INT)")
        con.execute("CREATE TABLE dedup_blocks(key VARCHAR, instance_id VARCHAR, seq BIGINT, root VARCHAR)")  # a
        # row per (key, instance), as schemas 1 and 2 kept them
        con.executemany("INSERT INTO dedup_blocks VALUES (?, ?, ?, ?)",
                        [[k[2:], *e[:3]] for k, v in con.execute("SELECT key, value FROM dedup_kv WHERE key LIKE 'b:%'")
                         .fetchall() for e in _entries(v)])
        con.execute("DROP TABLE dedup_kv")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with eventwire.open(path) as st:
        assert st.meta()["schema_version"] == str(eventwire.store.SCHEMA_VERSION)
        st.add(arts[12:])
        assert _counted(st) == want


def test_a_blocking_key_row_keeps_the_latest_instances_of_each_root_as_they_are_filed(tmp_path, monkeypatch):
    """Filing instances one batch after another keeps each place-and-week key's row at its latest N instances
    per CAMEO root (N = ``candidates_per_key``), rewritten as instances arrive; the candidates it gives are
    those latest ones."""
    from eventwire.model import Actor, Article, Event, Location, Plover, Trigger

    monkeypatch.setattr(store, "_instance_params", lambda: (2, 1))
    monkeypatch.setattr(store, "_row_cap", lambda: 2)
    sides = ["Farmers", "Herders", "Traders", "Miners", "Drivers", "Nurses", "Pupils", "Vigilantes", "Hunters"]
    verbs = ["fought", "raided", "ambushed", "shelled", "stormed", "burned", "looted", "besieged", "bombed"]
    tails = ["cattle grazing dispute", "market levy quarrel", "gold pit collapse", "bus fare strike", "clinic wage row",
             "exam leak uproar", "night patrol shooting", "bushmeat permit feud", "bridge toll fight"]  # nine stories
    arts = []
    for k, name in enumerate(sides):
        cameo, root = [("181", "18"), ("190", "19"), ("173", "17")][k % 3]
        art = Article(id=f"b{k}", text=f"{name} {verbs[k]} {sides[-1 - k]} near Town{k}, {tails[k]}.",
                      url=f"https://wire{k}.example/{k}", outlet=f"Wire {k}", published=f"2026-03-0{2 + k % 3}T09:00:00")
        art.actors = [Actor(id="a0", name=name, code=f"NGA{name[:3].upper()}"),
                      Actor(id="a1", name=sides[-1 - k], code=f"NGA{sides[-1 - k][:3].upper()}X")]
        art.locations = [Location(id="l0", name=f"Town{k}", country="NGA", admin1="Katsina", lat=10.0 + k,
                                   lon=7.3)]  # towns far apart: not the same event
        art.events = [Event(id="e0", sentence=0, trigger=Trigger(verbs[k], 0, len(verbs[k])), cameo=cameo, cameo_root=root,
                            quad_class=4, goldstein=0.0, plover=Plover("ASSAULT"), source="a0", target="a1",
                            date=art.published[:10], date_precision="day", location="l0", confidence=0.8,
                            evidence=art.text)]
        arts.append(art)
    with eventwire.open(tmp_path / "c.duckdb") as st:
        for art in arts:
            st.add([art])
        key = "t:4:NGA:Katsina:2026W10"
        roots: dict[str, str] = {}  # instance -> the root of its first report, in the order they were filed
        for iid, root in st.sql("SELECT instance_id, cameo_root FROM events ORDER BY article_id").fetchall():
            roots.setdefault(iid, root)
        order = list(roots)
        assert len(order) >= 7 and all(list(roots.values()).count(r) >= 2 for r in ("18", "19", "17"))
        (value,), = st.sql("SELECT value FROM dedup_kv WHERE key = ?", ["b:" + key]).fetchall()
        row = _entries(value)
        assert [r[0] for r in row] == [i for i in order if i in {r[0] for r in row}]  # oldest first
        want = {i for root in ("18", "19", "17") for i in [i for i in order if roots[i] == root][-2:]}
        assert {r[0] for r in row} == want and all(r[2] == roots[r[0]] for r in row)
        got = {i.instance_id for i in DedupState(st).instance_candidates([key], {"18"})}
        assert got == {*[i for i in order if roots[i] == "18"][-2:], *[i for i in order if roots[i] != "18"][-1:]}


def test_a_schema_3_store_is_refiled_by_day_and_links_on(tmp_path):
    """A store written by schema 3 filed each instance under every week within the window of its days,
    its entries without days. Opened for writing, its blocking rows are written again as this version
    files them (the weeks of the instance's own days, each entry with its first day), and linking the
    next reports gives the same instances as in a store that was never upgraded."""
    from datetime import date

    win = dedup.params()["instances"]["window_days"]
    arts = _reports()
    path = tmp_path / "old.duckdb"
    with eventwire.open(path) as st:
        st.add(arts[:12])
        now = {k[2:]: {(e[0], e[2], e[3]) for e in _entries(v)}
               for k, v in st.sql("SELECT key, value FROM dedup_kv WHERE key LIKE 'b:%'").fetchall()}
        assert now and all(e[2] is not None for es in now.values() for e in es)
        old: dict[str, list[tuple]] = {}  # the same instances as schema 3 filed them
        for seq, (state,) in enumerate(st.sql("SELECT value FROM dedup_kv WHERE key LIKE 'i:%' ORDER BY key").fetchall()):
            inst = store._instance(state)
            weeks = set().union(*(dedup._weeks_near(d, win) for d in inst.days))
            keys = [f"s:{s}" for s in inst.stories] + [f"t:{inst.quad_class}:{p[0]}:{p[1] or '-'}:{w}"
                                                       for p in inst.places for w in weeks]
            for k in keys:
                old.setdefault(k, []).append(f"{inst.instance_id}\t{seq}\t{inst.top(inst.roots)}\n")
        st.con.execute("DELETE FROM dedup_kv WHERE key LIKE 'b:%'")
        st.con.executemany("INSERT INTO dedup_kv VALUES ('b:' || ?, ?, NULL, NULL)",
                           [[k, "".join(v)] for k, v in old.items()])
        st.con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        assert len(old) > len(now)  # three weeks per day, not one
    with eventwire.open(path) as st:
        (version,), = st.sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        assert int(version) == store.SCHEMA_VERSION
        got = {k[2:]: {(e[0], e[2], e[3]) for e in _entries(v)}
               for k, v in st.sql("SELECT key, value FROM dedup_kv WHERE key LIKE 'b:%'").fetchall()}
        assert got == now
        assert all(date.fromordinal(e[2]).isoformat() <= "2026-03-12" for es in got.values() for e in es)
        st.add(arts[12:])
        upgraded = _counted(st)
    with eventwire.open(tmp_path / "new.duckdb") as st:
        st.add(arts[:12])
        st.add(arts[12:])
        assert _counted(st) == upgraded
