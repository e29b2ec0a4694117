"""`eventwire serve --read-only --workers N` as real processes over a real store.

Several reader processes open the store read-only and listen on one address; they must answer
exactly as the one-process server does, refuse writes saying why, give way to nobody's lock
tracebacks, and leave no process behind when stopped (or when their parent is killed).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from importlib import resources
from pathlib import Path

import pytest

import eventwire
from eventwire import api
from eventwire.ingest import RawDoc
from eventwire.pipeline import Pipeline

from test_dashboard import ARGS, _refreshed, chromium
from conftest import free_port, subprocess_env

ROOT = Path(__file__).resolve().parents[1]
REPORTS = json.loads((ROOT / "tests" / "data" / "dedup_kidnappings.json").read_text(encoding="utf-8"))["reports"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The shipped sample and a dozen reports of one kidnapping, linked by dedup as they are stored."""
    path = tmp_path_factory.mktemp("served") / "corpus.duckdb"
    sample = (resources.files("eventwire") / "samples" / "sample_article.txt").read_text(encoding="utf-8")
    docs = [RawDoc(source="sample", text=sample)]
    docs += [RawDoc(source=r["url"], text=r["text"], url=r["url"], published=r["published"], outlet=r["outlet"])
             for r in REPORTS[:12]]
    with eventwire.open(path) as st:
        st.add(Pipeline().pipe(docs))
    return path


def _start(db: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port),
                             *extra], env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=2).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {proc.stderr.read()}")
            time.sleep(0.2)
    proc.kill()
    pytest.fail("server did not answer /health within 120 s")


def _stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the server did not stop within 60 s of SIGTERM")
    return err


def _fetch(url: str, data: bytes | None = None) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:  # a new connection each time
            return resp.status, resp.headers.get("content-type", ""), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def _running(pid: int) -> bool:
    """Alive and not a zombie (an exited orphan may wait for a reaper that is not ours)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _cpu(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _holds(pid: int, db: Path) -> bool:
    target = str(db.resolve())
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd) == target:
                return True
        except OSError:
            pass
    return False


def _queries(url: str) -> list[str]:
    """/events and /timeline requests over what the store holds: every filter kind the dashboard sends."""
    stats = json.loads(_fetch(url + "/stats")[2])
    countries = [c["key"] for c in stats["country"] if c["key"]][:3]
    types = [t["key"] for t in stats["type"] if t["key"]][:3]
    actors = [a["key"] for a in stats["actors"]][:2]
    assert countries and types and actors, stats
    filters = [{}, {"status": "occurred"}, {"min_confidence": "0.5"}, {"since": "2015-01-01", "until": "2030-01-01"},
               *({"country": c} for c in countries), *({"type": t} for t in types), *({"actor": a} for a in actors),
               {"country": ",".join(countries), "quad_class": "1,2,3,4"}]
    out = []
    for f in filters:
        out.append("/events?" + urllib.parse.urlencode(f))
        out.append("/events?" + urllib.parse.urlencode({**f, "fields": "all", "sort": "confidence", "limit": 3}))
        for fmt in ("csv", "geojson"):
            out.append("/events?" + urllib.parse.urlencode({**f, "format": fmt}))
        for interval, group in (("day", "quad_class"), ("week", "type"), ("month", "country"), ("auto", "none")):
            out.append("/timeline?" + urllib.parse.urlencode({**f, "interval": interval, "group": group}))
        out.append("/timeline?" + urllib.parse.urlencode({**f, "metric": "goldstein", "top": 2}))
    return out


def _pages(url: str) -> list[bytes]:
    """Every page of /events, following the cursor."""
    out, cursor = [], None
    while True:
        body = _fetch(url + "/events?" + urllib.parse.urlencode({"limit": 4, **({"cursor": cursor} if cursor else {})}))[2]
        out.append(body)
        cursor = json.loads(body)["next_cursor"]
        if not cursor:
            return out


def _listening(n: int) -> list[socket.socket]:
    """``n`` sockets listening on one loopback port with SO_REUSEPORT, as the reader processes do."""
    out: list[socket.socket] = []
    for _ in range(n):
        out.append(api._listener("127.0.0.1", out[0].getsockname()[1] if out else 0))
        out[-1].listen(64)
    return out


def _accepted(sock: socket.socket) -> int:
    sock.setblocking(False)
    n = 0
    while True:
        try:
            sock.accept()[0].close()
        except BlockingIOError:
            return n
        n += 1


def _in_turn() -> str | None:
    """None when this kernel and these privileges let the readers deal connections in turn, else why not."""
    probe = _listening(1)
    try:
        return api._round_robin(probe[0], 2)
    finally:
        probe[0].close()


def test_connections_are_dealt_to_listeners_in_turn():
    why = _in_turn()
    if why:
        pytest.skip(f"cannot attach a reuseport eBPF program here ({why}); the kernel's hash spreads connections")
    for n in (2, 3):
        group = _listening(n)
        assert api._round_robin(group[-1], n) is None
        port = group[0].getsockname()[1]
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(12 * n)]
        time.sleep(0.2)
        assert [_accepted(g) for g in group] == [12] * n, "each listener took every n-th connection"
        for c in clients + group:
            c.close()


def test_without_the_program_connections_still_arrive():
    plain = socket.socket()
    plain.bind(("127.0.0.1", 0))
    plain.listen(8)
    assert api._round_robin(plain, 2)  # no SO_REUSEPORT group to attach to: a reason, no exception
    client = socket.create_connection(plain.getsockname())
    time.sleep(0.1)
    assert _accepted(plain) == 1
    client.close()
    plain.close()


def _owners(port: int, pids: list[int]) -> dict[int, int]:
    """How many of the client connections to ``port`` each process accepted (/proc/net/tcp by inode)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        cols = line.split()
        if int(cols[1].rsplit(":", 1)[1], 16) == port and int(cols[2].rsplit(":", 1)[1], 16):
            inodes.add(cols[9])
    out = {}
    for pid in pids:
        targets = []
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                targets.append(os.readlink(fd))
            except OSError:  # closed meanwhile
                pass
        out[pid] = sum(1 for t in targets if t.startswith("socket:[") and t[8:-1] in inodes)
    return out


def test_reader_processes_answer_as_the_one_process_server(db):
    single, url = _start(db)
    try:
        queries = _queries(url)
        want = {q: _fetch(url + q) for q in queries}
        want_pages = _pages(url)
    finally:
        _stop(single)
    assert sum(json.loads(b)["count"] for b in want_pages) == json.loads(want["/events?"][2])["total_mentions"] > 10

    proc, url = _start(db, "--read-only", "--workers", "2")
    try:
        readers = [p for p in _children(proc.pid) if _holds(p, db)]
        assert len(readers) == 2, "two reader processes, each holding the store open"
        port = int(url.rsplit(":", 1)[1])
        kept = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]  # a client's keep-alive pool
        deadline = time.time() + 30
        while sum((held := _owners(port, readers)).values()) < 20 and time.time() < deadline:
            time.sleep(0.1)
        for c in kept:
            c.close()
        assert sum(held.values()) == 20
        if not _in_turn():
            assert sorted(held.values()) == [10, 10], "connections dealt to the readers in turn"
        before = {p: _cpu(p) for p in readers}
        for q in queries:  # a fresh connection each: the kernel spreads them over both processes
            assert _fetch(url + q) == want[q], q
        assert _pages(url) == want_pages
        for top in range(1, 40):  # answers not cached yet, to see both processes work
            assert _fetch(url + f"/timeline?interval=day&group=country&top={top}")[0] == 200
        assert all(_cpu(p) > before[p] for p in readers), "both reader processes answered requests"

        health = json.loads(_fetch(url + "/health")[2])
        assert health["read_only"] is True and health["writes"] is False
        for path, body in (("/ingest", b'{"documents": [{"text": "Police arrested two men."}]}'),
                           ("/extract", b'{"text": "Police arrested two men."}')):
            status, kind, answer = _fetch(url + path, body)
            assert status == 403 and kind.startswith("application/json")
            error = json.loads(answer)["error"]
            assert "read-only" in error and "\n" not in error
        assert json.loads(_fetch(url + "/stats")[2])["corpus"]["articles"] == 13  # nothing was stored

        writer = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--db", str(db),
                                 str(resources.files("eventwire") / "samples" / "sample_article.txt")],
                                capture_output=True, text=True, env=subprocess_env(), timeout=120)
        assert writer.returncode != 0 and "Traceback" not in writer.stderr
        assert len(writer.stderr.strip().splitlines()) == 1 and "is open by" in writer.stderr
        assert not Path(str(db) + ".server").exists(), "read-only servers leave no note claiming the writer's role"
    finally:
        err = _stop(proc)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert not [p for p in readers if _running(p)], "no reader process outlives the server"
    with eventwire.open(db) as st:  # every reader let go of the file
        assert st.count("articles") == 13


def test_the_dashboard_works_on_reader_processes(db, tmp_path):
    """The page, its map, table and timeline, a filter and the article reader, served by two processes."""
    from playwright.sync_api import sync_playwright

    path = chromium()
    proc, url = _start(db, "--read-only", "--workers", "2")
    try:
        placed = len(json.loads(_fetch(url + "/events?format=geojson&limit=5000")[2])["features"])
        country = next(c["key"] for c in json.loads(_fetch(url + "/stats")[2])["country"] if c["key"])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, args=ARGS)
            pg = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.goto(url + "/")
            pg.wait_for_selector("body[data-ready='1']", timeout=60_000)
            assert int(pg.get_attribute("#map", "data-markers")) == placed > 0
            assert int(pg.get_attribute("#events", "data-rows")) > 0
            assert int(pg.get_attribute("#timeline", "data-total")) > 0
            before = int(pg.get_attribute("body", "data-refreshes"))
            pg.fill("#f-country", country)
            pg.click("#apply")
            _refreshed(pg, before)
            places = pg.locator("#events tbody tr td:nth-child(5)").all_inner_texts()
            assert places and all(x.startswith(country) for x in places)
            pg.locator("#events tbody tr").first.click()
            pg.wait_for_selector("#reader:not([hidden]) #reader-text .hl-event")
            pg.screenshot(path=str(tmp_path / "read-only.png"))
            browser.close()
        assert not errors, errors
    finally:
        _stop(proc)


def test_readers_leave_with_a_killed_parent(db):
    proc, url = _start(db, "--read-only", "--workers", "2")
    readers = [p for p in _children(proc.pid) if _holds(p, db)]
    assert len(readers) == 2
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.time() + 30
    while any(_running(p) for p in readers) and time.time() < deadline:
        time.sleep(0.2)
    assert not [p for p in readers if _running(p)], "orphaned reader processes kept running"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_store_held_by_a_writer_is_one_line(db, workers):
    with eventwire.open(db):  # this process is the store's writer
        proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--read-only",
                               "--workers", workers, "--port", str(free_port())],
                              capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "open for writing" in proc.stderr and str(os.getpid()) in proc.stderr


def test_workers_need_read_only(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "x.duckdb"),
                           "--workers", "2"], capture_output=True, text=True, env=subprocess_env(), timeout=60)
    assert proc.returncode == 2 and "--read-only" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "x.duckdb").exists()
