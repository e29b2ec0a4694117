"""The HTTP API (eventwire/api.py) over a real store built from real extractions.

The store holds the shipped sample article and three short invented news stories, run
through the whole pipeline; expectations are computed from what the store holds, never
hard-coded per article.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

import eventwire
from eventwire import api

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

STORIES = [
    ("French police arrested seven people in Marseille on Monday after a raid on a flat, the interior "
     "ministry said. Two officers were wounded in the raid. Prime Minister Edouard Philippe praised the "
     "police.\n\nGermany's foreign minister Heiko Maas met French President Emmanuel Macron in Paris on "
     "Tuesday to discuss the attack.", "2019-03-06"),
    ("Protesters marched in Nairobi on Saturday to demand the release of jailed activists. Kenyan police "
     "fired tear gas at the crowd of about 2,000 people. The opposition accused the government of "
     "silencing critics.", "2019-04-14"),
    ("Russia and China signed a trade agreement in Moscow on Wednesday. Russian President Vladimir Putin "
     "said the deal would double trade. Japan criticised the agreement on Thursday.", "2019-05-10"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store file with the sample and the stories, closed so each app can open its own copy."""
    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    sample = (resources.files("eventwire") / "samples" / "sample_article.txt").read_text(encoding="utf-8")
    arts = [eventwire.extract(text=sample)] + [eventwire.extract(text=t, published=p) for t, p in STORIES]
    with eventwire.open(path) as st:
        st.add(arts)
    return path


def _copy(built: Path, dest: Path) -> Path:
    for f in built.parent.glob(built.name + "*"):
        shutil.copy(f, dest / f.name)
    return dest / built.name


@pytest.fixture(scope="module")
def client(built, tmp_path_factory):
    path = _copy(built, tmp_path_factory.mktemp("ro"))
    with TestClient(api.create_app(path, token=TOKEN, read_auth=False)) as c:
        yield c


@pytest.fixture
def fresh(built, tmp_path):
    """A client over a private copy of the store, for tests that write."""
    path = _copy(built, tmp_path)
    with TestClient(api.create_app(path, token=TOKEN, read_auth=False, max_body=200_000)) as c:
        yield c


def every(client, **params) -> list[dict]:
    """All matching events (every field), following the cursor."""
    out, cursor = [], None
    while True:
        body = client.get("/events", params={**params, "fields": "all", "limit": 7,
                                             **({"cursor": cursor} if cursor else {})}).json()
        out += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


# ------------------------------------------------------------------ /events

def test_health_and_openapi(client):
    assert client.get("/health").json()["status"] == "ok"
    schema = client.get("/openapi.json").json()
    assert {"/events", "/events/{uid}", "/articles/{article_id}", "/actors", "/timeline", "/network", "/stats",
            "/extract", "/ingest", "/health"} <= set(schema["paths"])


def test_events_paging_visits_every_event_once(client):
    total = client.get("/events").json()["total_mentions"]
    rows = every(client)
    assert len(rows) == total > 10
    assert len({r["uid"] for r in rows}) == total


@pytest.mark.parametrize("sort", ["date", "-date", "-confidence", "goldstein", "published", "country"])
def test_events_sort_and_cursor(client, sort):
    key, desc = sort.lstrip("-"), sort.startswith("-")
    rows, cursor = [], None
    while True:
        body = client.get("/events", params={"sort": sort, "limit": 5, "fields": f"uid,{key}",
                                             **({"cursor": cursor} if cursor else {})}).json()
        rows += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            break
    values = [r[key] for r in rows if r[key] is not None]
    assert values == sorted(values, reverse=desc)
    assert all(r[key] is None for r in rows[len(values):])  # nulls last
    assert len({r["uid"] for r in rows}) == len(rows) == client.get("/events").json()["total_mentions"]


def test_each_filter_selects_what_it_says(client):
    rows = every(client)
    total = len(rows)

    def check(params, pred):
        got = every(client, **params)
        expected = [r["uid"] for r in rows if pred(r)]
        assert expected, f"the test store has no event for {params}"
        assert sorted(r["uid"] for r in got) == sorted(expected), params
        return got

    dated = sorted(r["date"] for r in rows if r["date"])
    mid = dated[len(dated) // 2]
    check({"since": mid}, lambda r: r["date"] is not None and r["date"] >= mid)
    check({"until": mid}, lambda r: r["date"] is not None and r["date"] <= mid)
    country = next(r["country"] for r in rows if r["country"])
    assert len(check({"country": country.lower()}, lambda r: r["country"] == country)) < total
    two = sorted({r["country"] for r in rows if r["country"]})[:2]
    check({"country": ",".join(two)}, lambda r: r["country"] in two)
    placed = next(r for r in rows if r["lat"] is not None)
    box = f"{placed['lon'] - 1},{placed['lat'] - 1},{placed['lon'] + 1},{placed['lat'] + 1}"
    check({"bbox": box}, lambda r: r["lat"] is not None and abs(r["lat"] - placed["lat"]) <= 1
          and abs(r["lon"] - placed["lon"]) <= 1)
    admin = next((r["admin1"] for r in rows if r["admin1"]), None)
    if admin:
        check({"admin1": admin}, lambda r: r["admin1"] == admin)
    src = next(r for r in rows if r["source_name"] and r["source_code"])
    check({"actor": src["source_name"].upper(), "actor_role": "source"},
          lambda r: (r["source_name"] or "").lower() == src["source_name"].lower())
    check({"actor": src["source_code"]}, lambda r: src["source_code"] in (r["source_code"], r["target_code"])
          or (r["source_name"] or "").lower() == src["source_code"].lower()
          or (r["target_name"] or "").lower() == src["source_code"].lower())
    aid = f"{src['article_id']}:{src['source_id']}"
    check({"source": aid}, lambda r: f"{r['article_id']}:{r['source_id']}" == aid
          or r["source_code"] == aid.upper() or (r["source_name"] or "").lower() == aid.lower())
    pair = next(r for r in rows if r["source_name"] and r["target_name"])
    a, b = pair["source_name"], pair["target_name"]
    check({"dyad": f"{b},{a}"}, lambda r: {(r["source_name"] or "").lower(), (r["target_name"] or "").lower()}
          == {a.lower(), b.lower()})
    check({"target": b}, lambda r: (r["target_name"] or "").lower() == b.lower() or r["target_code"] == b.upper()
          or f"{r['article_id']}:{r['target_id']}" == b)
    typ = rows[0]["plover_type"]
    check({"type": typ.lower()}, lambda r: r["plover_type"] == typ)
    mode = next(r["plover_mode"] for r in rows if r["plover_mode"])
    check({"mode": mode}, lambda r: r["plover_mode"] == mode)
    code = rows[0]["cameo"]
    check({"cameo": code}, lambda r: r["cameo"].startswith(code))
    check({"cameo": code[:2]}, lambda r: r["cameo_root"] == code[:2])
    check({"quad_class": "1,4"}, lambda r: r["quad_class"] in (1, 4))
    check({"status": "intended"}, lambda r: r["status"] == "intended")
    check({"min_confidence": 0.6}, lambda r: r["confidence"] >= 0.6)
    word = src["source_name"].split()[-1].lower()
    check({"q": word}, lambda r: any(word in (r[k] or "").lower()
                                     for k in ("evidence", "source_name", "target_name", "trigger_text")))
    check({"article": rows[0]["article_id"]}, lambda r: r["article_id"] == rows[0]["article_id"])


def test_fields_and_formats(client):
    body = client.get("/events", params={"fields": "uid,cameo,title", "limit": 3}).json()
    assert body["fields"] == ["uid", "cameo", "title"]
    assert all(set(r) == {"uid", "cameo", "title"} for r in body["events"])
    resp = client.get("/events", params={"format": "csv", "fields": "uid,date,country", "limit": 4})
    assert resp.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(table) == 4 and set(table[0]) == {"uid", "date", "country"}
    assert resp.headers["x-next-cursor"]
    geo = client.get("/events", params={"format": "geojson", "limit": 1000}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    for feat in geo["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and feat["properties"]["uid"]
    resp = client.get("/events", params={"format": "parquet", "fields": "uid,goldstein", "limit": 5})
    assert pq.read_table(io.BytesIO(resp.content)).column_names == ["uid", "goldstein"]


@pytest.mark.parametrize("params, words", [
    ({"fields": "uid,password"}, "unknown field 'password'"),
    ({"sort": "secret"}, "sort: unknown field"),
    ({"since": "2019-02-30"}, "since:"),
    ({"until": "yesterday"}, "until:"),
    ({"since": "2019-05-01", "until": "2019-01-01"}, "is after until"),
    ({"contry": "FRA"}, "unknown parameter 'contry'"),
    ({"country": "FRA' OR '1'='1"}, "not an ISO 3166-1 alpha-3"),
    ({"type": "ASSAULT; DROP TABLE events"}, "not a PLOVER type"),
    ({"cameo": "19 OR 1=1"}, "not a CAMEO code"),
    ({"quad_class": "5"}, "quad_class"),
    ({"status": "maybe"}, "status"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"dyad": "Russia"}, "dyad"),
    ({"min_confidence": "2"}, "min_confidence"),
    ({"cursor": "bm90IGEgY3Vyc29y"}, "cursor"),
    ({"limit": "0"}, "limit"),
    ({"format": "xml"}, "format"),
])
def test_bad_requests_get_one_line_400(client, params, words):
    resp = client.get("/events", params=params)
    assert resp.status_code == 400, resp.text
    error = resp.json()["error"]
    assert words in error and "\n" not in error and "Traceback" not in error


def test_cursor_belongs_to_its_sort(client):
    cursor = client.get("/events", params={"limit": 2}).json()["next_cursor"]
    resp = client.get("/events", params={"limit": 2, "cursor": cursor, "sort": "confidence"})
    assert resp.status_code == 400 and "cursor" in resp.json()["error"]


def test_sql_looking_input_is_only_data(client):
    total = client.get("/events").json()["total_mentions"]
    for evil in ["x' OR '1'='1", "'; DROP TABLE events; --", "%", "_", "\\"]:
        for key in ("actor", "q", "article", "source"):
            resp = client.get("/events", params={key: evil})
            assert resp.status_code == 200 and resp.json()["total_mentions"] == 0, (key, evil)
    assert client.get("/actors/'; DROP TABLE actors; --").status_code == 404
    assert client.get("/events").json()["total_mentions"] == total


# ------------------------------------------------------------------ one event, one article, actors

def test_event_detail_explains_its_code(client):
    rows = every(client)
    ev = next(r for r in rows if r["source_id"])
    body = client.get(f"/events/{ev['uid']}").json()
    assert body["mentions"] and body["article"]["id"] == ev["article_id"]
    why = body["why"]
    assert why["trigger"] == ev["trigger_text"] and why["cameo"] == ev["cameo"] and why["cameo_name"]
    assert why["plover_type"] == ev["plover_type"] and why["evidence"] == ev["evidence"]
    assert why["source"]["name"] == ev["source_name"] and why["source"]["text"]
    assert client.get("/events/nope:e1").status_code == 404


def test_article_has_text_and_every_span(client):
    art_id = every(client)[0]["article_id"]
    art = client.get(f"/articles/{art_id}").json()
    text = art["text"]
    assert text and art["events"] and art["actors"]
    for kind in ("actors", "events", "locations", "dates", "quotes", "counts"):
        assert isinstance(art[kind], list)
    for actor in art["actors"]:
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)
    for ev in art["events"]:
        assert ev["why"]["cameo_name"]
        for m in ev["mentions"]:
            if m["field"] == "text":
                assert text[m["start"]:m["end"]] == ev["trigger_text"] or m["start"] != ev["trigger_start"]
    for d in art["dates"]:
        if d["field"] == "text":
            assert text[d["start"]:d["end"]] == d["text"]
    for q in art["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    assert client.get("/articles/does-not-exist").status_code == 404


def test_actors_list_and_detail(client):
    actors = client.get("/actors", params={"limit": 200}).json()["actors"]
    assert actors and all(a["articles"] >= 1 for a in actors)
    coded = next(a for a in actors if a["code"] and a["events"])
    by_code = client.get(f"/actors/{coded['code']}").json()
    assert coded["code"] in by_code["codes"] and by_code["as_source"] + by_code["as_target"] >= 1
    by_name = client.get(f"/actors/{coded['name'].lower()}").json()
    assert coded["name"] in by_name["names"] and by_name["appearances"]
    first = by_name["appearances"][0]
    by_id = client.get(f"/actors/{first['article_id']}:{first['id']}").json()
    assert by_id["names"] == [first["name"]]
    only = client.get("/actors", params={"q": coded["name"][:4]}).json()["actors"]
    assert only and all(coded["name"][:4].lower() in a["name"].lower() for a in only)
    assert client.get("/actors", params={"country": "XX1"}).status_code == 400
    assert client.get("/actors/Nobody At All").status_code == 404


# ------------------------------------------------------------------ aggregates

@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_timeline_buckets_add_up(client, interval):
    t = client.get("/timeline", params={"interval": interval}).json()
    assert t["buckets"] and len(t["total"]) == len(t["buckets"]) == len(t["goldstein"])
    for i in range(len(t["buckets"])):
        assert sum(s["values"][i] for s in t["series"]) == t["total"][i]
    assert {s["key"] for s in t["series"]} <= {"1", "2", "3", "4"}
    assert all(g is None or -10 <= g <= 10 for g in t["goldstein"])
    assert t["buckets"] == sorted(t["buckets"])


def test_timeline_groups_metrics_and_filters(client):
    whole = client.get("/timeline", params={"interval": "month", "group": "country"}).json()
    country = max(whole["series"], key=lambda s: sum(s["values"]) if s["key"] != "unknown" else -1)["key"]
    one = client.get("/timeline", params={"interval": "month", "group": "country", "country": country}).json()
    assert [s["key"] for s in one["series"]] == [country]
    per_country = {s["key"]: sum(s["values"]) for s in whole["series"]}
    assert sum(one["total"]) == per_country[country]
    assert sum(one["total"]) < sum(whole["total"])
    folded = client.get("/timeline", params={"interval": "month", "group": "country", "top": 1}).json()
    biggest = max(whole["series"], key=lambda s: sum(s["values"]))["key"]
    assert [s["key"] for s in folded["series"]] == sorted([biggest, "other"])
    assert folded["total"] == whole["total"]
    gold = client.get("/timeline", params={"interval": "month", "metric": "goldstein", "group": "type"}).json()
    assert all(v is None or -10 <= v <= 10 for s in gold["series"] for v in s["values"])
    assert client.get("/timeline", params={"interval": "year"}).status_code == 400


def test_network_weights_and_actor_filter(client):
    net = client.get("/network").json()
    assert net["edges"] and all(e["events"] >= 1 and e["source"] != e["target"] for e in net["edges"])
    names = {n["name"] for n in net["nodes"]}
    assert all(e["source"] in names and e["target"] in names for e in net["edges"])
    actor = net["edges"][0]["source"]
    sub = client.get("/network", params={"actor": actor}).json()
    assert sub["edges"] and all(actor.lower() in (e["source"].lower(), e["target"].lower()) for e in sub["edges"])


def test_stats(client):
    s = client.get("/stats").json()
    assert s["corpus"]["articles"] == 1 + len(STORIES)
    # an instance (dedup) counts once in each status it spans: the sample's agreement (occurred) and the prisoner
    # exchange it agrees on (intended) are one happening, so the status counts add up to at least the events
    assert s["matching"]["events"] == s["corpus"]["events"] <= sum(x["events"] for x in s["status"])
    top = next(c for c in s["country"] if c["key"])
    sub = client.get("/stats", params={"country": top["key"]}).json()
    assert sub["matching"]["events"] == top["events"]
    assert {c["alpha3"]: c["numeric"] for c in client.get("/countries").json()}["FRA"] == "250"


def test_counts_are_instances_once_dedup_fills_them(fresh):
    before = fresh.get("/events").json()
    uids = [r["uid"] for r in every(fresh)[:3]]
    fresh.app.state.store.sql("UPDATE events SET instance_id = 'same-event' WHERE uid IN (?, ?, ?)", uids)
    fresh.app.state.cache.clear()  # written behind the server's back: its answers must be recomputed
    after = fresh.get("/events").json()
    # dedup links reports on ingest already; the three now share one instance whatever they were
    instances = fresh.app.state.store.sql(
        "SELECT count(DISTINCT coalesce(instance_id, uid)) FROM events").fetchall()[0][0]
    assert after["total_mentions"] == before["total_mentions"]
    assert after["total"] == instances < after["total_mentions"]
    assert after["total"] <= before["total"]
    assert fresh.get("/stats").json()["corpus"]["events"] == instances
    ev = fresh.get(f"/events/{uids[0]}").json()
    assert sorted(x["uid"] for x in ev["instance"]) == sorted(uids)


# ------------------------------------------------------------------ writes and security

def test_extract_needs_the_token_and_stores_nothing(client):
    doc = {"text": STORIES[2][0], "published": "2019-05-10"}
    articles = client.get("/stats").json()["corpus"]["articles"]
    assert client.post("/extract", json=doc).status_code == 401
    assert client.post("/extract", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 401
    resp = client.post("/extract", json=doc, headers=AUTH)
    assert resp.status_code == 200
    record = resp.json()
    assert record["events"] and any(a["country"] == "RUS" for a in record["actors"])
    assert client.get("/stats").json()["corpus"]["articles"] == articles
    bad = client.post("/extract", json={"text": "a", "html": "<p>b</p>"}, headers=AUTH)
    assert bad.status_code == 400 and "exactly one of text or html" in bad.json()["error"]


def test_ingest_stores_documents_and_records(fresh):
    n = fresh.get("/stats").json()["corpus"]["articles"]
    doc = {"documents": [{"text": "Egyptian police arrested twelve protesters in Cairo on Friday.",
                          "published": "2019-06-01", "url": "https://example.org/cairo"}]}
    assert fresh.post("/ingest", json=doc).status_code == 401
    first = fresh.post("/ingest", json=doc, headers=AUTH).json()
    assert first["added"] == 1 and len(first["ids"]) == 1
    assert fresh.post("/ingest", json=doc, headers=AUTH).json()["skipped"] == 1
    assert fresh.get("/stats").json()["corpus"]["articles"] == n + 1
    assert fresh.get("/events", params={"article": first["ids"][0]}).json()["total"] >= 1
    record = eventwire.extract(text="Indian troops clashed with Pakistani soldiers in Kashmir on Sunday.",
                               published="2019-06-02")
    resp = fresh.post("/ingest", content=b'{"articles": [' + record.to_json() + b"]}",
                      headers={**AUTH, "Content-Type": "application/json"})
    assert resp.json()["added"] == 1
    assert fresh.get(f"/articles/{record.id}").json()["text"] == record.text
    bad = fresh.post("/ingest", json={"articles": [{"text": "no id"}]}, headers=AUTH)
    assert bad.status_code == 400


def test_huge_body_is_413(fresh):
    big = {"documents": [{"text": "word " * 60_000}]}
    resp = fresh.post("/ingest", json=big, headers=AUTH)
    assert resp.status_code == 413 and "larger than 200,000 bytes" in resp.json()["error"]
    streamed = fresh.post("/extract", content=iter([b'{"text": "', b"x" * 250_000, b'"}']), headers=AUTH)
    assert streamed.status_code == 413


def test_token_guards_reads_when_set_and_writes_always(built, tmp_path):
    path = _copy(built, tmp_path)
    with TestClient(api.create_app(path, token=TOKEN)) as c:
        assert c.get("/events").status_code == 401
        assert c.get("/events", headers=AUTH).status_code == 200
        assert c.get("/health").status_code == 200  # liveness and the page itself stay open
        page = c.get("/")
        assert page.status_code == 200 and "<title>eventwire</title>" in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]
        assert "access-control-allow-origin" not in c.get("/health", headers={"Origin": "http://evil.test"}).headers
    with TestClient(api.create_app(path)) as c:  # no token at all: reads open (loopback), writes disabled
        assert c.get("/events").status_code == 200
        resp = c.post("/ingest", json={"documents": [{"text": "x"}]})
        assert resp.status_code == 403 and "--token" in resp.json()["error"]
    with TestClient(api.create_app(path, cors=["http://dash.test"])) as c:
        resp = c.get("/health", headers={"Origin": "http://dash.test"})
        assert resp.headers["access-control-allow-origin"] == "http://dash.test"


def test_serve_refuses_a_public_address_without_a_token(tmp_path):
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "x.duckdb"),
                           "--host", "0.0.0.0"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert "without a token" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_dashboard_ships_its_libraries_with_licences(client):
    """No CDN, no tile server: every script, style and map file is served from the package, and
    each vendored library comes with its licence and a manifest entry."""
    import json
    import re

    web = Path(api.__file__).parent / "web"
    manifest = json.loads((web / "vendor" / "MANIFEST.json").read_text())
    assert {m["name"] for m in manifest} >= {"leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"}
    for lib in manifest:
        assert lib["version"] and lib["licence"] and lib["source"].startswith("https://registry.npmjs.org/")
        for rel in lib["files"]:
            assert (web / "vendor" / rel).is_file(), rel
        assert any("LICEN" in rel.upper() for rel in lib["files"]), lib["name"]
    page = client.get("/").text
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert ref.startswith("/web/") or ref.startswith("data:"), ref
        if ref.startswith("/web/"):
            assert client.get(ref).status_code == 200, ref
    for name in ("app.js", "style.css"):
        text = (web / name).read_text().replace("http://www.w3.org/2000/svg", "")  # a namespace, not a fetch
        assert "http://" not in text and "https://" not in text, name
