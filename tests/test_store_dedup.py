"""Dedup's blocking look-ups on a real DuckDB store: a key shared by many articles or instances
gives only the latest few (what dedup uses), read capped in SQL, so ingest does not slow down
or grow with the store; and what the store returns is what an uncapped read would have chosen."""

from __future__ import annotations

import orjson

import eventwire
from eventwire import dedup
from eventwire.dedup import Instance, StorySig
from eventwire.store import DedupState


def _sig(article_id: str) -> str:
    return orjson.dumps(StorySig(article_id, {"flood": 1.0}, {}, {}, [2024]).__dict__).decode()


def test_a_story_key_shared_by_many_articles_gives_the_latest_max_candidates(tmp_path):
    cap = dedup.params()["stories"]["max_candidates"]
    n = cap + 120
    with eventwire.open(tmp_path / "c.duckdb") as st:
        state = DedupState(st)
        # filed in insertion order a0, a1, ...; a key of their own for some, the busy key for all
        st.con.executemany("INSERT INTO dedup_story_keys VALUES (?, ?)",
                           [["w:flood", f"a{i}"] for i in range(n)] + [[f"w:only{i}", f"a{i}"] for i in range(0, n, 7)])
        st.con.executemany("INSERT INTO dedup_sigs VALUES (?, ?, CAST(? AS JSON))",
                           [[f"a{i}", f"s{i // 50}", _sig(f"a{i}")] for i in range(n)])
        got = state.story_candidates(["w:flood"])
        assert [s.article_id for s, _ in got] == [f"a{i}" for i in range(n - cap, n)]  # the latest, oldest first
        assert [story for _, story in got][-1] == f"s{(n - 1) // 50}"
        # the rows read for the busy key are capped in SQL, not trimmed in Python
        memo = state._memo[("dedup_story_keys", "key|article_id, rowid")]
        assert len(memo["w:flood"]) == cap
        # an early article filed again later under a key of its own is among the latest: the union of
        # each key's latest is cut to the latest overall exactly as an uncapped read of every row would be
        state = DedupState(st)
        keys = ["w:flood", "w:only7"]
        got = [s.article_id for s, _ in state.story_candidates(keys)]
        every = st.con.execute("SELECT article_id, max(rowid) AS r FROM dedup_story_keys WHERE key IN (?, ?) "
                               "GROUP BY 1 ORDER BY r", keys).fetchall()
        assert got == [a for a, _ in every][-cap:]
        assert "a7" in got and "a120" not in got and len(got) == cap


def test_an_instance_key_gives_the_latest_of_the_mention_type_and_a_few_others(tmp_path):
    p = dedup.params()["instances"]
    same_n, other_n = p["candidates_per_key"], p["other_type_candidates_per_key"]
    key = "t:4:NGA:Kaduna:2024W10"
    with eventwire.open(tmp_path / "c.duckdb") as st:
        state = DedupState(st)
        rows, states = [], []
        for i in range(6 * same_n):
            root = ["19", "14", "04"][i % 3]
            iid = f"i{i:04d}"
            rows.append([key, iid, i, root])
            states.append([iid, Instance(iid, roots={root: 1}).to_json()])
        st.con.executemany("INSERT INTO dedup_blocks VALUES (?, ?, ?, ?)", rows)
        st.con.executemany("INSERT INTO dedup_instances VALUES (?, CAST(? AS JSON))", states)
        got = {i.instance_id for i in state.instance_candidates([key], {"19"})}
        latest = sorted(rows, key=lambda r: -r[2])
        want = ({r[1] for r in [r for r in latest if r[3] == "19"][:same_n]}
                | {r[1] for r in [r for r in latest if r[3] != "19"][:other_n]})
        assert got == want and len(got) == same_n + other_n
        # no more than the cap per key and type is read, whatever the batch asks for
        memo = state._memo[("dedup_blocks", "key|instance_id, seq, root")]
        assert len(memo[key]) <= 3 * max(same_n, other_n)
        # the next batch, asking for another type, gets its latest ones from a fresh read
        state = DedupState(st)
        got = {i.instance_id for i in state.instance_candidates([key], {"14", "04"})}
        both = [r for r in latest if r[3] in ("14", "04")]
        assert got == {r[1] for r in both[:same_n]} | {r[1] for r in [r for r in latest if r[3] == "19"][:other_n]}
