"""The API's fast paths give the answers the plain ones give.

/timeline is pivoted from NumPy columns, /events takes its total from its day histogram and its
titles from a memo, and both endpoints are parsed by hand (api.FastReads) when the request is
plainly valid. These tests hold them to answers computed here, in Python, from the store's event
rows, over a store where dedup has linked reports into instances (25 real reports of two
kidnappings, 20 and 5 of them, plus three other stories), and to the FastAPI route's own bytes.
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import eventwire
from eventwire import api
from eventwire.ingest import RawDoc
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
REPORTS = json.loads((ROOT / "tests" / "data" / "dedup_kidnappings.json").read_text(encoding="utf-8"))["reports"]
TOKEN = "answers-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORIES = [
    ("French police arrested seven people in Marseille on Monday after a raid on a flat. Two officers "
     "were wounded. Prime Minister Edouard Philippe praised the police.", "2026-03-09"),
    ("Protesters marched in Nairobi on Saturday to demand the release of jailed activists. Kenyan police "
     "fired tear gas at the crowd. The opposition accused the government of silencing critics.", "2026-02-14"),
    ("Russia and China signed a trade agreement in Moscow on Wednesday. Japan criticised the agreement "
     "on Thursday.", "2026-01-07"),
]
PRECISIONS = {"day": ("day", "publication"), "week": ("day", "publication", "week"),
              "month": ("day", "publication", "week", "month")}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Reports ingested in publication order, a few per batch, linked by dedup as they arrive."""
    path = tmp_path_factory.mktemp("answers") / "corpus.duckdb"
    docs = [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["published"], outlet=r["outlet"])
            for r in REPORTS]
    docs += [RawDoc(source=f"story{i}", text=t, published=p) for i, (t, p) in enumerate(STORIES)]
    arts = sorted(Pipeline().pipe(docs), key=lambda a: a.published or "")
    with eventwire.open(path) as st:
        for i in range(0, len(arts), 4):
            st.add(arts[i:i + 4])
    return path


def _client(built: Path, dest: Path) -> TestClient:
    for f in built.parent.glob(built.name + "*"):
        shutil.copy(f, dest / f.name)
    return TestClient(api.create_app(dest / built.name, token=TOKEN, read_auth=False))


@pytest.fixture(scope="module")
def client(built, tmp_path_factory):
    with _client(built, tmp_path_factory.mktemp("ro")) as c:
        yield c


@pytest.fixture(scope="module")
def rows(client) -> list[dict]:
    """Every event row, as stored."""
    rel = client.app.state.store.sql(
        "SELECT uid, instance_id, date, date_precision, country, quad_class, plover_type, status, goldstein "
        "FROM events")
    names = [d[0] for d in rel.description]
    return [dict(zip(names, r)) for r in rel.fetchall()]


def test_the_store_has_instances_reported_many_times(rows):
    keys = [r["instance_id"] or r["uid"] for r in rows]
    assert len(set(keys)) < len(keys) - 15  # the kidnappings' reports share their instances


def _expected(rows: list[dict], params: dict, interval: str, group: str, top: int) -> dict:
    """/timeline's answer computed from the event rows: instances counted once per bucket and group."""
    since, until = (date.fromisoformat(params[k]) if k in params else None for k in ("since", "until"))
    match = [r for r in rows if r["date"] is not None and r["date_precision"] in PRECISIONS[interval]
             and (since is None or r["date"] >= since) and (until is None or r["date"] <= until)
             and ("country" not in params or r["country"] in params["country"].split(","))
             and ("type" not in params or r["plover_type"] in params["type"].split(","))
             and ("quad_class" not in params or str(r["quad_class"]) == params["quad_class"])
             and ("status" not in params or r["status"] == params["status"])]

    def bucket(d: date) -> date:
        return d if interval == "day" else d - timedelta(days=d.weekday()) if interval == "week" else d.replace(day=1)

    def name(r: dict):
        return {"quad_class": None if r["quad_class"] is None else str(r["quad_class"]), "type": r["plover_type"],
                "country": r["country"] or "unknown", "none": "all"}[group]

    if group == "country" or (group == "type" and top < 17):
        mentions = defaultdict(int)
        for r in match:
            mentions[name(r)] += 1
        biggest = {k for k, _ in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))[:top]}
        keys = {id(r): (name(r) if name(r) is not None and name(r) in biggest else "other") for r in match}
    else:
        keys = {id(r): name(r) if name(r) is not None else "unknown" for r in match}
    seen = sorted({bucket(r["date"]) for r in match})
    buckets = []
    while seen and (not buckets or buckets[-1] < seen[-1]):
        d = buckets[-1] if buckets else seen[0]
        buckets.append(d if not buckets else d + timedelta(days=1) if interval == "day" else
                       d + timedelta(weeks=1) if interval == "week" else date(d.year + d.month // 12, d.month % 12 + 1, 1))
    index = {b: i for i, b in enumerate(buckets)}
    events: dict = defaultdict(lambda: [set() for _ in buckets])
    gold: dict = defaultdict(lambda: [[0.0, 0] for _ in buckets])
    for r in match:
        i, k = index[bucket(r["date"])], keys[id(r)]
        events[k][i].add(r["instance_id"] or r["uid"])
        if r["goldstein"] is not None:
            gold[k][i][0] += r["goldstein"]
            gold[k][i][1] += 1
    counts = {k: [len(s) for s in v] for k, v in events.items()}
    total = [sum(counts[k][i] for k in counts) for i in range(len(buckets))]
    sums = [sum(gold[k][i][0] for k in gold) for i in range(len(buckets))]
    ns = [sum(gold[k][i][1] for k in gold) for i in range(len(buckets))]
    return {"buckets": [b.isoformat() for b in buckets], "counts": counts, "total": total,
            "goldstein": [s / n if n else None for s, n in zip(sums, ns)],
            "means": {k: [s / n if n else None for s, n in v] for k, v in gold.items()}}


def _close(got: list, want: list) -> bool:
    """Means as the API rounds them (to 3 decimals; a sum's last bit may tip a tie either way)."""
    return len(got) == len(want) and all((a is None and b is None) or (a is not None and b is not None
                                                                       and abs(a - b) <= 0.0011)
                                         for a, b in zip(got, want))


FILTERS = [{}, {"country": "NGA"}, {"quad_class": "4"}, {"status": "occurred"},
           {"since": "2026-03-01", "until": "2026-03-06"}, {"country": "NGA", "status": "occurred", "quad_class": "4"}]


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("interval, group, top", [("day", "country", 20), ("week", "type", 20), ("month", "quad_class", 20),
                                                  ("day", "none", 20), ("day", "country", 1), ("week", "type", 2)])
def test_timeline_is_the_aggregate_of_the_events(client, rows, params, interval, group, top):
    want = _expected(rows, params, interval, group, top)
    got = client.get("/timeline", params={**params, "interval": interval, "group": group, "top": top}).json()
    assert got["buckets"] == want["buckets"]
    assert {s["key"]: s["values"] for s in got["series"]} == want["counts"]
    assert got["total"] == want["total"]
    assert _close(got["goldstein"], want["goldstein"])
    means = client.get("/timeline", params={**params, "interval": interval, "group": group, "top": top,
                                            "metric": "goldstein"}).json()
    assert {s["key"] for s in means["series"]} == set(want["means"])
    for s in means["series"]:
        assert _close(s["values"], want["means"][s["key"]]), s["key"]


@pytest.mark.parametrize("group, top", [("country", 1), ("country", 2), ("country", 20), ("type", 1), ("type", 2),
                                        ("type", 16)])
def test_a_timeline_grouped_by_a_filtered_field_folds_only_what_exceeds_top(client, rows, group, top):
    """Grouped by the very field the filter names: with no more values named than `top` nothing is folded
    into "other" (and the server skips finding the biggest groups), with more the smallest are."""
    column = {"country": "country", "type": "plover_type"}[group]
    common = sorted({r[column] for r in rows if r[column]}, key=lambda v: -sum(r[column] == v for r in rows))[:2]
    params = {group: ",".join(common)}
    want = _expected(rows, params, "day", group, top)
    for metric in ("count", "goldstein"):
        got = client.get("/timeline", params={**params, "interval": "day", "group": group, "top": top,
                                              "metric": metric}).json()
        assert got["buckets"] == want["buckets"] and got["total"] == want["total"]
        assert ("other" in {s["key"] for s in got["series"]}) == (top < len(common))
        for s in got["series"]:
            if metric == "count":
                assert s["values"] == want["counts"][s["key"]], s["key"]
            else:
                assert _close(s["values"], want["means"][s["key"]]), s["key"]


@pytest.mark.parametrize("fields, sort", [("country,goldstein", "-date"), ("title,cameo", "confidence"),
                                          ("uid,title", "-goldstein"), ("date,article_id", "uid"),
                                          (None, "-date"), ("all", "country")])
def test_paging_with_any_fields_and_sort_gives_every_event_once_in_order(client, rows, fields, sort):
    """The page finds its sort key, uid and article among the asked fields when they are there, and reads
    them beside them when they are not: either way the cursor walks every event once, in sort order."""
    key = sort.lstrip("-")
    values = dict(client.app.state.store.sql(f"SELECT uid, {key} FROM events").fetchall())
    seen, cursor = [], None
    while True:
        body = client.get("/events", params={"limit": 7, "sort": sort, "fields": "uid", **(
            {"cursor": cursor} if cursor else {})}).json()
        shown = client.get("/events", params={"limit": 7, "sort": sort, **({"fields": fields} if fields else {}), **(
            {"cursor": cursor} if cursor else {})}).json()
        assert len(shown["events"]) == len(body["events"]) and shown["next_cursor"] == body["next_cursor"]
        if fields and "uid" in fields.split(","):
            assert [e["uid"] for e in shown["events"]] == [e["uid"] for e in body["events"]]
        assert all(list(e) == shown["fields"] for e in shown["events"])
        seen += [e["uid"] for e in body["events"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(r["uid"] for r in rows) and len(set(seen)) == len(seen)
    present = [values[u] for u in seen if values[u] is not None]
    assert present == sorted(present, reverse=sort.startswith("-"))
    assert all(values[u] is None for u in seen[len(present):])  # NULLS LAST


def test_timeline_counts_instances_not_reports(client, rows):
    got = client.get("/timeline", params={"interval": "month", "group": "none"}).json()
    dated = [r for r in rows if r["date"] is not None and r["date_precision"] in PRECISIONS["month"]]
    assert sum(got["total"]) < len(dated)


def test_events_totals_and_titles_are_the_stores(client, rows):
    titles = {a: t for a, t in client.app.state.store.sql("SELECT id, title FROM articles").fetchall()}
    for params in FILTERS:
        body = client.get("/events", params={**params, "limit": 500}).json()
        match = [r for r in rows if all(str(r[k]) == v for k, v in params.items() if k not in ("since", "until"))
                 and ("since" not in params or (r["date"] and r["date"].isoformat() >= params["since"]))
                 and ("until" not in params or (r["date"] and r["date"].isoformat() <= params["until"]))]
        assert body["total_mentions"] == len(match) == len(body["events"])
        assert body["total"] == len({r["instance_id"] or r["uid"] for r in match})
        assert all(e["title"] == titles[e["article_id"]] for e in body["events"])


def test_the_fast_path_answers_byte_for_byte_as_fastapi_does(client, rows):
    fast = client.app.state.fast
    requests = [("/events", {}), ("/events", {"country": "nga", "limit": 3}), ("/events", {"sort": "confidence"}),
                ("/events", {"fields": "uid,title,evidence", "status": "occurred", "min_confidence": "0.4"}),
                ("/events", {"sort": "-goldstein", "limit": 2, "quad_class": ["3", "4"]}),
                ("/events", {"format": "geojson"}), ("/events", {"format": "csv", "fields": "uid,date,title"}),
                ("/events", {"q": "kidnapp", "actor_role": "target", "since": "2026-03-01"}),
                ("/timeline", {}), ("/timeline", {"interval": "auto", "group": "country", "top": 2}),
                ("/timeline", {"metric": "goldstein", "group": "type", "interval": "day"}),
                # refused: the same one-line errors either way
                ("/events", {"contry": "NGA"}), ("/events", {"since": "2026-02-30"}), ("/events", {"limit": 0}),
                ("/events", {"sort": "secret"}), ("/events", {"fields": "uid,password"}),
                ("/events", {"cursor": "bm90IGEgY3Vyc29y"}), ("/timeline", {"interval": "year"}),
                ("/events", {"min_confidence": "1.5"}),
                # not plainly a date to the fast path, a date to FastAPI's: answered by FastAPI
                ("/events", {"since": "2026-03-01T00:00:00"})]
    cursor = client.get("/events", params={"limit": 4}).json()["next_cursor"]
    requests.append(("/events", {"limit": 4, "cursor": cursor}))
    routes = dict(fast.routes)
    answers = []
    for on in (True, False):
        fast.routes.clear()
        if on:
            fast.routes.update(routes)
        client.app.state.cache.clear()
        before = fast.answered
        answers.append([(r.status_code, r.content, r.headers.get("x-next-cursor"), r.headers.get("content-type"))
                        for r in (client.get(p, params=q) for p, q in requests)])
        assert (fast.answered > before + 10) if on else (fast.answered == before)
    fast.routes.update(routes)
    assert answers[0] == answers[1]
    assert [a[0] for a in answers[0][11:]] == [400] * 8 + [200, 200]


def test_a_replaced_article_shows_its_new_title(built, tmp_path, rows):
    with _client(built, tmp_path) as c:
        first = c.get("/events", params={"limit": 1}).json()["events"][0]
        article = c.app.state.store.articles([first["article_id"]])
        record = next(article).to_dict()
        record["title"] = "A title given later"
        resp = c.post("/ingest", json={"articles": [record], "force": True}, headers=AUTH)
        assert resp.status_code == 200 and resp.json()["replaced"] == 1
        again = c.get("/events", params={"article": first["article_id"], "limit": 1}).json()["events"][0]
        assert again["title"] == "A title given later"


def test_the_fast_path_keeps_the_token_rule(built, tmp_path):
    for f in built.parent.glob(built.name + "*"):
        shutil.copy(f, tmp_path / f.name)
    with TestClient(api.create_app(tmp_path / built.name, token=TOKEN)) as c:  # reads need the token too
        for path in ("/events", "/timeline"):
            refused = c.get(path, headers={"Authorization": "Bearer wrong"})
            assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
            assert c.get(path).status_code == 401
            before = c.app.state.fast.answered
            ok = c.get(path, headers=AUTH)
            assert ok.status_code == 200 and c.app.state.fast.answered == before + 1
            assert ok.headers["x-frame-options"] == "DENY" and "default-src 'self'" in ok.headers["content-security-policy"]


# ---------------------------------------------------------------- a read-only store's events in memory

@pytest.fixture(scope="module")
def pair(built, tmp_path_factory):
    """The store served read-only twice: with its events held in memory (eventwire/columns.py), and with
    DuckDB answering every query."""
    clients = []
    for memory in (None, 0):
        dest = tmp_path_factory.mktemp("memory" if memory is None else "duckdb")
        for f in built.parent.glob(built.name + "*"):
            shutil.copy(f, dest / f.name)
        clients.append(TestClient(api.create_app(dest / built.name, read_only=True, memory_events=memory)))
    with clients[0] as held, clients[1] as plain:
        yield held, plain


def _asked(rows: list[dict], store) -> list[dict]:
    """Filters over what the store holds: every filter the columns answer, alone and together."""
    ev = store.sql("SELECT article_id, source_id, source_code, source_name, target_code, target_name, cameo, "
                   "plover_mode, admin1, lat, lon FROM events WHERE source_code IS NOT NULL AND target_name IS NOT NULL "
                   "AND admin1 IS NOT NULL AND lat IS NOT NULL ORDER BY uid LIMIT 1").fetchall()[0]
    aid, sid, scode, sname, tcode, tname, cameo, mode, admin1, lat, lon = ev
    countries = sorted({r["country"] for r in rows if r["country"]})
    stored = sorted(c for (c,) in store.sql("SELECT confidence FROM events").fetchall() if c is not None
                    and len(repr(c)) <= 8)  # a bound some events sit on exactly
    return [{"min_confidence": repr(stored[len(stored) // 2])}, {}, {"country": countries[0]}, {"country": ",".join(countries[:3]).lower()}, {"country": "ZZZ"},
            {"admin1": admin1}, {"bbox": f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"},
            {"actor": scode}, {"actor": sname.upper(), "actor_role": "source"}, {"actor": tname, "actor_role": "target"},
            {"actor": f"{aid}:{sid}"}, {"source": scode, "target": tcode}, {"dyad": f"{tcode},{scode}"},
            {"type": "COERCE,ASSAULT,ACCUSE"}, {"mode": mode or "x"}, {"cameo": cameo[:2]}, {"cameo": cameo},
            {"quad_class": "3,4"}, {"status": "occurred,intended"}, {"min_confidence": "0.6"}, {"article": aid},
            {"since": "2026-03-01"}, {"until": "2026-03-06"}, {"since": "2026-03-02", "until": "2026-03-02"},
            {"country": countries[0], "status": "occurred", "quad_class": "4", "since": "2026-01-01"}]


def test_events_held_in_memory_answer_as_duckdb_does(pair, rows):
    """Byte for byte, for every filter the columns answer: pages (walked to the end by their cursors, both
    directions, any fields) and timelines (every interval, group and fold)."""
    held, plain = pair
    assert "events held in memory" in held.get("/health").json()["memory"]
    assert plain.get("/health").json()["memory"].startswith("events not held in memory")
    for params in _asked(rows, plain.app.state.store):
        for extra in ({}, {"sort": "date", "limit": "5", "fields": "uid,title,goldstein,lat,published,url"},
                      {"limit": "4", "fields": "cameo"}, {"format": "geojson"}):
            cursor, pages = None, 0
            while True:
                query = {**params, **extra, **({"cursor": cursor} if cursor else {})}
                a, b = held.get("/events", params=query), plain.get("/events", params=query)
                assert (a.status_code, a.content, a.headers.get("x-next-cursor")) == \
                    (b.status_code, b.content, b.headers.get("x-next-cursor")), query
                cursor, pages = a.headers.get("x-next-cursor"), pages + 1
                if not cursor or pages > 60:
                    break
        for interval, group, top in (("day", "country", 20), ("week", "type", 2), ("month", "quad_class", 20),
                                     ("auto", "none", 20), ("day", "country", 1), ("auto", "type", 20)):
            for metric in ("count", "goldstein"):
                query = {**params, "interval": interval, "group": group, "top": top, "metric": metric}
                a, b = held.get("/timeline", params=query), plain.get("/timeline", params=query)
                assert (a.status_code, a.content) == (b.status_code, b.content), query


def test_the_columns_answer_the_common_filters_themselves(pair, rows):
    """What the test above compares is the columns' own answer, not DuckDB's twice: they take every filter
    but the text query, and pages sorted by date of any fields but the evidence."""
    from eventwire.store import EventFilter

    held, _ = pair
    memo = held.app.state.store.__dict__["_columns"]
    for params in _asked(rows, held.app.state.store):
        f = api._fast_filter({k: [v] for k, v in params.items()}, api.FILTER_PARAMS)
        assert f is not None and memo.match(f) is not None, params
        assert memo.page(f, list(api.DEFAULT_FIELDS), "-date", None, 10, True) is not None
    assert memo.match(EventFilter(q="police")) is None
    assert memo.page(EventFilter(), ["uid", "evidence"], "-date", None, 10, False) is None
    assert memo.page(EventFilter(), ["uid"], "confidence", None, 10, False) is None


def test_a_store_over_the_limit_is_not_held(built, tmp_path):
    for f in built.parent.glob(built.name + "*"):
        shutil.copy(f, tmp_path / f.name)
    with TestClient(api.create_app(tmp_path / built.name, read_only=True, memory_events=5)) as c:
        said = c.get("/health").json()["memory"]
        assert said.startswith("events not held in memory") and "more than 5" in said
        assert c.get("/events", params={"limit": 3}).status_code == 200
