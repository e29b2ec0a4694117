"""The same pipeline on a local process pool, a Dask cluster and a Ray cluster: the same records in
input order from every engine, a crashing document as an error record, a killed worker costing a
retry (nothing lost or duplicated), and a Dask scheduler with two workers as separate processes
over loopback. Clusters are started once per module and torn down with no process left over."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import orjson
import psutil
import pytest

from eventwire.ingest import RawDoc
from eventwire.model import Article
from eventwire.pipeline import PARSED, Pipeline, Settings, Stage
from eventwire.run import pipe
from conftest import free_port

pytestmark = pytest.mark.engines

ROOT = Path(__file__).resolve().parents[1]
EXPLODE = Stage("explode", "crash_stages:explode", (PARSED,))
SLOW = Stage("slow", "crash_stages:slow", (PARSED,))
TEXTS = [
    "Police in Lagos arrested 12 protesters on Monday, officials said.",
    "",  # no text: an error record, not a crash
    "French President Francois Hollande will meet Vladimir Putin in Moscow on Thursday.",
    "Rebels set off a detonator near an army base in Aleppo on Sunday, killing three soldiers, officials said.",
    "The United Nations condemned the air strike on a hospital in Yemen.",
    "Germany and France signed a trade agreement in Berlin on Friday.",
]


def docs(texts=TEXTS, n: int | None = None) -> list[RawDoc]:
    texts = texts if n is None else [texts[i % len(texts)].replace("12", str(i + 2)) for i in range(n)]
    return [RawDoc(source=f"doc{i}", id=f"doc{i}", text=t) for i, t in enumerate(texts)]


def records(arts) -> list[dict]:
    return [a.to_dict() for a in arts]


def check_crash_record(out: list[Article]) -> None:
    """The detonator document has the crash stage's error and everything the other stages found."""
    crashed = next(a for a in out if "detonator" in a.text)
    assert [e.stage for e in crashed.errors] == ["explode"]
    assert "crashes the pipeline" in crashed.errors[0].message
    assert crashed.events  # the stages before and after it still ran
    assert all(not a.errors for a in out if a.text and "detonator" not in a.text)


SETTINGS = Settings.make(stages=["actors", "events", EXPLODE, "timex", "geo", "quotes", "counts", "tone", "themes"],
                         batch_size=2)


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    """What one process gives, to compare every engine with."""
    out = list(pipe(docs(), SETTINGS, engine="local", workers=1))
    check_crash_record(out)
    return records(out)


def kill_one_mid_run(out, pids, pause: float = 0.0) -> list[Article]:
    """Take the first Article, kill one worker process (SIGKILL: no goodbye), take the rest."""
    first = next(out)
    time.sleep(pause)
    victims = pids()
    assert victims, "no worker process found to kill"
    os.kill(victims[0], signal.SIGKILL)
    rest = [first, *out]
    assert not _alive(victims[0])  # it did die, and the run went on without it
    return rest


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def assert_complete(out: list[Article], n: int) -> None:
    assert [a.id for a in out] == [f"doc{i}" for i in range(n)]  # every document once, in order
    assert [a.id for a in out if a.errors] == [f"doc{i}" for i in range(n) if i % len(TEXTS) in (1, 3)]


def _children(match: str) -> list[int]:
    return [p.pid for p in psutil.Process().children(recursive=True) if match in " ".join(_cmdline(p))]


def _cmdline(p: psutil.Process) -> list[str]:
    try:
        return p.cmdline()
    except psutil.Error:
        return []


# ---------------------------------------------------------------- local process pool


def test_local_pool_gives_the_same_records(expected):
    assert records(pipe(docs(), SETTINGS, engine="local", workers=2)) == expected


def test_local_worker_killed_mid_batch_costs_a_retry(caplog):
    caplog.set_level(logging.WARNING, logger="eventwire")  # whatever an earlier CLI run set up
    settings = Settings.make(stages=[SLOW, "actors", EXPLODE], batch_size=2)
    out = kill_one_mid_run(pipe(docs(n=16), settings, engine="local", workers=2), lambda: _children("spawn_main"))
    assert_complete(out, 16)
    assert "a worker process died" in caplog.text  # it was retried, not lost


def test_a_worker_that_cannot_build_the_pipeline_stops_the_run_with_one_line(tmp_path):
    """Not a document's fault, so no error records: a user lexicon the workers cannot read."""
    from eventwire.run import RunError

    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_bytes(orjson.dumps({"name": "Zenda Liberation Army", "kind": "group", "code": "ZNDINS"}) + b"\n")
    settings = Settings.make(actors=lexicon, until="actors")
    lexicon.unlink()  # gone after the driver checked it, as on a worker machine without it
    with pytest.raises(RunError, match=r"a worker failed: FileNotFoundError.*mine\.jsonl"):
        list(pipe(docs(), settings, engine="local", workers=2))


# ---------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def dask_client():
    from distributed import Client

    from eventwire.run.dask import local_cluster

    with local_cluster(2) as cluster, Client(cluster) as client:
        yield client
    assert _wait_gone("spawn_main"), "Dask worker processes left over"


def test_dask_gives_the_same_records(dask_client, expected):
    assert records(pipe(docs(), SETTINGS, engine="dask", address=dask_client.scheduler.address)) == expected


def test_dask_worker_killed_mid_batch_costs_a_retry(dask_client):
    settings = Settings.make(stages=[SLOW, "actors", EXPLODE], batch_size=2)
    workers = dask_client.run(os.getpid)
    out = kill_one_mid_run(pipe(docs(n=16), settings, engine="dask", address=dask_client.scheduler.address),
                           lambda: list(workers.values()))
    assert_complete(out, 16)


def test_dask_bag_and_parquet(dask_client, expected, tmp_path):
    import dask.bag as db
    import pyarrow.parquet as pq

    from eventwire.run.dask import extract_bag, to_parquet

    rows = [{"id": d.id, "text": d.text, "source": d.source} for d in docs()]
    bag = extract_bag(db.from_sequence(rows, npartitions=2), SETTINGS)
    assert bag.compute(scheduler=dask_client.get) == expected
    written = to_parquet(bag, tmp_path / "out")
    assert len(written) == 2
    table = pq.read_table(tmp_path / "out")
    assert records(Article.from_dict(r) for r in table.to_pylist()) == expected


# ---------------------------------------------------------------- a Dask scheduler and workers over loopback


def test_dask_scheduler_and_two_workers_as_separate_processes(expected, tmp_path):
    """The shape of a multi-machine deployment: `dask scheduler` and two `dask worker` processes,
    which import eventwire through PYTHONPATH as a remote machine would through its install."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    dask = [sys.executable, "-m", "dask"]
    logs = [open(tmp_path / f"{name}.log", "wb") for name in ("scheduler", "worker1", "worker2")]
    cmds = [dask + ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]]
    cmds += [dask + ["worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                     "--name", f"w{i}"] for i in (1, 2)]
    procs = []
    try:
        for cmd, log in zip(cmds, logs):
            procs.append(subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
            if len(procs) == 1:
                _wait_port(port)
        out = list(pipe(docs(), SETTINGS, engine="dask", address=address))
        assert records(out) == expected
        # and the command line, against the same address
        src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        given = [d for d in docs() if d.text]
        src.write_bytes(b"".join(orjson.dumps({"id": d.id, "text": d.text}) + b"\n" for d in given))
        cli = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(src), "--engine", "dask",
                              "--address", address, "-o", str(dst)], env=env, capture_output=True, text=True)
        assert cli.returncode == 0, cli.stderr
        got = [orjson.loads(line) for line in dst.read_bytes().splitlines()]
        # the same records; each names its own input (the file's line here, the RawDoc's source there)
        unsourced = lambda recs: [{k: v for k, v in r.items() if k != "source"} for r in recs]  # noqa: E731
        assert unsourced(got) == unsourced(records(Pipeline().pipe(given)))
    finally:
        for p in reversed(procs):
            _stop(p)
        for log in logs:
            log.close()
    assert all(not psutil.pid_exists(p.pid) or psutil.Process(p.pid).status() == psutil.STATUS_ZOMBIE for p in procs)
    assert not [p for p in psutil.process_iter() if address.split("//")[1] in " ".join(_cmdline(p))]


def _wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"the scheduler did not listen on {port}")


def _stop(p: subprocess.Popen) -> None:
    """SIGTERM to the process group (a worker's nanny and its worker), SIGKILL if it lingers."""
    try:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait(10)
    except ProcessLookupError:
        p.wait(10)
    try:  # the group's other members (the nanny's worker) go too
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _wait_gone(match: str, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _children(match):
            return True
        time.sleep(0.3)
    return False


# ---------------------------------------------------------------- Ray


@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    from eventwire.run.ray import start

    assert start(workers=2)
    yield ray
    ray.shutdown()
    assert _wait_gone("ray"), "Ray processes left over"


def test_ray_gives_the_same_records(ray_cluster, expected):
    assert records(pipe(docs(), SETTINGS, engine="ray", workers=2)) == expected


def test_ray_worker_killed_mid_batch_costs_a_retry(ray_cluster):
    settings = Settings.make(stages=[SLOW, "actors", EXPLODE], batch_size=2)
    out = kill_one_mid_run(pipe(docs(n=16), settings, engine="ray", workers=2), lambda: _children("EventwireWorker"))
    assert_complete(out, 16)


def test_ray_data_map_batches(ray_cluster, expected):
    from eventwire.run.ray import extract_dataset

    rows = [{"id": d.id, "text": d.text, "source": d.source} for d in docs()]
    ds = extract_dataset(ray_cluster.data.from_items(rows), SETTINGS, workers=2)
    got = {r["id"]: Article.from_dict(r).to_dict() for r in ds.take_all()}
    assert [got[r["id"]] for r in expected] == expected
