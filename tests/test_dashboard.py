"""The dashboard in headless Chromium against a real `eventwire serve` process.

The store is ingested from the shipped sample and (when ../shared/data is present) some
Wikinews articles. Screenshots go to the test's temporary folder. Without Chromium the
tests fail under CI (env CI set) and skip elsewhere, saying why.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from importlib import resources
from pathlib import Path

import pytest

import eventwire
from eventwire.ingest import RawDoc

from conftest import SHARED, free_port, subprocess_env

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "browser-test-token"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WIKINEWS = 14  # articles from the shared Wikinews sample, on top of the shipped one


def chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path:
        return path
    message = "Chromium not found (install Debian's 'chromium' package; .ci/run does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _docs() -> list[RawDoc]:
    sample = resources.files("eventwire") / "samples" / "sample_article.txt"
    docs = [RawDoc(source="sample", text=sample.read_text(encoding="utf-8"))]
    path = SHARED / "wikinews" / "wikinews_2019.csv"
    if path.exists():  # the shared dev data is optional: the sample alone still makes a dashboard
        csv.field_size_limit(10**8)
        with path.open(encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if i >= WIKINEWS:
                    break
                docs.append(RawDoc(source=row["url"], url=row["url"], title=row["title"], text=row["text"],
                                   published=row["date"]))
    return docs


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`eventwire serve` in a subprocess on a free loopback port, over a freshly ingested store."""
    chromium()
    db = tmp_path_factory.mktemp("served") / "corpus.duckdb"
    with eventwire.open(db) as st:
        st.add(eventwire.Pipeline().pipe(_docs()))
    port = free_port()
    log = (db.parent / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port),
                             "--token", TOKEN], env=subprocess_env(), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {(db.parent / 'serve.log').read_text()}")
            time.sleep(0.2)
    yield {"url": url, "db": db, "proc": proc}
    proc.terminate()
    proc.wait(timeout=30)
    log.close()
    assert not Path(str(db) + ".server").exists(), "a stopped server leaves no note that it holds the store"


def _get(server, path: str) -> dict:
    req = urllib.request.Request(server["url"] + path, headers={"Authorization": f"Bearer {TOKEN}"})
    return json.loads(urllib.request.urlopen(req, timeout=30).read())


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    offsite: list[str] = []
    pg.on("request", lambda r: None if r.url.startswith(server["url"]) or r.url.startswith("data:")
          else offsite.append(r.url))
    pg.goto(f"{server['url']}/#token={TOKEN}")
    pg.wait_for_selector("body[data-ready='1']", timeout=60_000)
    yield pg
    assert not errors, errors
    assert not offsite, f"the dashboard fetched from elsewhere: {offsite}"
    ctx.close()


def _refreshed(pg, before: int) -> None:
    """Wait until the dashboard has finished a refresh after ``before`` (polled from here: the page's
    Content-Security-Policy forbids the string evaluation wait_for_function would use)."""
    deadline = time.time() + 30
    while time.time() < deadline:
        body = pg.locator("body")
        if int(body.get_attribute("data-refreshes") or 0) > before and body.get_attribute("data-loading") == "0":
            return
        time.sleep(0.1)
    pytest.fail("the dashboard did not refresh within 30 s")


def test_dashboard_map_filter_and_reader(page, server, tmp_path):
    pg = page
    # the map shows the placed events as markers and clusters
    placed = len(_get(server, "/events?format=geojson&limit=5000")["features"])
    assert placed > 0
    assert int(pg.get_attribute("#map", "data-markers")) == placed
    assert pg.locator("#map .marker-cluster, #map path.ev-point").count() > 0
    assert pg.locator("#map path.leaflet-interactive").count() > 100  # country boundaries drawn
    rows_all = int(pg.get_attribute("#events", "data-rows"))
    total_all = int(pg.get_attribute("#timeline", "data-total"))
    assert rows_all > 0 and total_all > 0 and pg.locator("#timeline rect.bar").count() > 0
    pg.screenshot(path=str(tmp_path / "dashboard.png"))

    # filter by the country with most events (not all of them): table and timeline follow
    stats = _get(server, "/stats")
    country = next(c["key"] for c in stats["country"] if c["key"])
    before = int(pg.get_attribute("body", "data-refreshes"))
    pg.fill("#f-country", country)
    pg.click("#apply")
    _refreshed(pg, before)
    places = pg.locator("#events tbody tr td:nth-child(5)").all_inner_texts()
    assert places and all(p.startswith(country) for p in places)
    expected = _get(server, f"/events?country={country}")["total_mentions"]
    assert int(pg.get_attribute("#events", "data-rows")) == min(expected, 100) < max(rows_all, expected + 1)
    assert int(pg.get_attribute("#timeline", "data-total")) < total_all
    assert pg.locator("#chips .chip").first.inner_text().startswith(f"country: {country}")
    pg.screenshot(path=str(tmp_path / "filtered.png"))

    # open an article from the table: its spans are highlighted, the event explained
    first = pg.locator("#events tbody tr").first
    uid = first.get_attribute("data-uid")
    first.click()
    pg.wait_for_selector("#reader:not([hidden]) #reader-text .hl-event")
    for kind in ("actor", "event"):
        assert pg.locator(f"#reader-text .hl-{kind}").count() > 0, kind
    assert pg.locator("#reader-text .hl-place, #reader-text .hl-date").count() > 0
    assert pg.locator(f"#reader-text .hl-selected[data-event='{uid}']").count() >= 1
    why = pg.inner_text("#why")
    event = _get(server, f"/events/{uid}")
    assert event["cameo"] in why and event["plover_type"] in why and f"“{event['trigger_text']}”" in why
    pg.screenshot(path=str(tmp_path / "reader.png"))
    assert (tmp_path / "reader.png").stat().st_size > 10_000


def test_clicking_an_actor_filters_everything(page, server, tmp_path):
    pg = page
    if pg.locator("#network circle.node").count() == 0:
        pytest.skip("no event with both a source and a target in this store")
    before = int(pg.get_attribute("body", "data-refreshes"))
    total_all = int(pg.get_attribute("#summary", "data-events"))
    node = pg.locator("#network circle.node").first
    name = node.locator("title").text_content().split(" (")[0].split(":")[0]
    node.click()
    _refreshed(pg, before)
    assert pg.locator("#chips .chip").first.inner_text().startswith("actor: ")
    expected = _get(server, "/events?" + urllib.parse.urlencode({"actor": name}))["total"]
    assert int(pg.get_attribute("#summary", "data-events")) == expected <= total_all
    for row in pg.locator("#events tbody tr").all()[:20]:
        cells = row.locator("td").all_inner_texts()
        assert name.lower() in (cells[1].lower(), cells[3].lower())
    pg.screenshot(path=str(tmp_path / "actor.png"))


def test_ingest_while_served_goes_through_the_server(server, tmp_path):
    sample = str(resources.files("eventwire") / "samples" / "sample_article.txt")
    story = tmp_path / "story.txt"
    story.write_text("Turkish troops shelled Kurdish positions near Afrin on Thursday, the army said.\n",
                     encoding="utf-8")
    direct = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--db", str(server["db"]), sample],
                            capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert direct.returncode == 1
    assert "--server" in direct.stderr and "Traceback" not in direct.stderr
    assert len(direct.stderr.strip().splitlines()) == 1
    before = _get(server, "/stats")["corpus"]["articles"]
    sent = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--server", server["url"], "--token",
                           TOKEN, str(story), "--published", "2019-03-07"],
                          capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert sent.returncode == 0, sent.stderr
    assert "1 added" in sent.stderr
    assert _get(server, "/stats")["corpus"]["articles"] == before + 1
    wrong = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--server", server["url"], "--token",
                            "nope", str(story)], capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert wrong.returncode == 1 and "401" in wrong.stderr and "Traceback" not in wrong.stderr


def test_api_reference_page_reads_the_schema(browser, server, tmp_path):
    pg = browser.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(server["url"] + "/docs")
    pg.wait_for_selector("section.endpoint")
    headings = pg.locator("section.endpoint h2 code").all_inner_texts()
    assert "GET /events" in headings and "POST /ingest" in headings
    events = pg.locator("section.endpoint", has_text="GET /events").first.inner_text()
    assert "country" in events and "cursor" in events
    pg.screenshot(path=str(tmp_path / "docs.png"), full_page=False)
    assert not errors, errors
    pg.close()
