"""Load test of `eventwire serve` on loopback: latency of /events (with filters) and /timeline.

    python benchmarks/api.py                      # 100,000 synthetic events, 2,000 requests, 50 at a time
    python benchmarks/api.py --read-only --workers 2   # `eventwire serve --read-only --workers 2`
    python benchmarks/api.py --read-only --workers 2 --memory-events 0   # the same, DuckDB answering everything
    python benchmarks/api.py --events 200000 --requests 4000 --db /tmp/big.duckdb

The store is the store's own synthetic corpus (benchmarks/generate_store.py: countries
weighted by news attention, GeoNames cities, every CAMEO code with its PLOVER type, actors
as country + sector codes, five years of dates), kept in --db and reused when it already
holds enough events. The server runs as a real `eventwire serve`
subprocess on a free loopback port; the load comes from one asyncio client (a bare HTTP/1.1
client over keep-alive connections, one per request in flight). Prints p50/p95/p99/max
latency, errors, and the CPU time the server (summed over all its processes) and the client
each spent per request, with the machine's load average before and during the run: the CPU per
request is the figure that does not depend on what else runs on the machine. With --workers, also
how many of the connections each server process accepted and how many requests it answered: the
process with more connections has the longer queue, and so the tail. Last, whether the events were
held in memory (`serve --read-only`, eventwire/columns.py) and each server process's resident memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

def build(path: Path, n_events: int) -> float:
    """The store's own synthetic corpus (benchmarks/generate_store.py), made once and reused; seconds taken."""
    import eventwire

    if path.exists():
        with eventwire.open(path, read_only=True) as st:
            if st.count("events") >= n_events:
                return 0.0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_store import build as generate

    started = time.perf_counter()
    generate(path, n_events, memory="2GB")
    return time.perf_counter() - started


def requests(n: int, seed: int, countries: list[str], actors: list[str]) -> list[tuple[str, dict]]:
    """A mix of what the dashboard and analysts ask: filtered event pages and timelines."""
    import eventwire.events as ev

    rnd = random.Random(seed)
    types = sorted({t for t, _ in ev.plover_map().values() if t})
    out = []
    for i in range(n):
        since = date(2019, 1, 1) + timedelta(days=rnd.randint(0, 1700))
        f: dict = {}
        for key, make in (("country", lambda: rnd.choice(countries)), ("type", lambda: rnd.choice(types)),
                          ("quad_class", lambda: str(rnd.randint(1, 4))), ("since", since.isoformat),
                          ("until", lambda: (since + timedelta(days=rnd.randint(7, 180))).isoformat()),
                          ("actor", lambda: rnd.choice(actors)), ("status", lambda: "occurred"),
                          ("min_confidence", lambda: "0.5")):
            if rnd.random() < 0.3:
                f[key] = make()
        if i % 2 == 0:
            out.append(("/events", {**f, "limit": "100"}))
        else:
            out.append(("/timeline", {**f, "interval": rnd.choice(["day", "week", "month", "auto"]),
                                      "group": rnd.choice(["quad_class", "type", "country"])}))
    return out


async def load(base: str, plan: list[tuple[str, dict]], concurrency: int,
               pids: list[int] = ()) -> tuple[list[tuple[str, float]], list[str], float, dict[int, list[int]]]:
    """Send ``plan`` over ``concurrency`` keep-alive connections, one request at a time on each; also says,
    per server process in ``pids``, how many requests each connection it accepted carried.

    A bare HTTP/1.1 client on asyncio streams, not httpx: the client shares the machine's two cores
    with the server, and httpx's ~2.5 ms of CPU per request was a third of what was measured."""
    host, port = base.split("//", 1)[1].rsplit(":", 1)
    latencies: list[tuple[str, float]] = []
    sent: dict[int, int] = {}  # client port -> requests sent over it
    errors: list[str] = []
    todo = iter(plan)

    async def fetch(reader, writer, path: str, params: dict) -> tuple[int, bytes]:
        target = path + ("?" + urlencode(params, doseq=True) if params else "")
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
        if "content-length" in fields:
            return status, await reader.readexactly(int(fields["content-length"]))
        body = b""  # chunked
        while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
            body += (await reader.readexactly(size + 2))[:-2]
        await reader.readuntil(b"\r\n")
        return status, body

    async def worker(reader, writer) -> None:
        for path, params in todo:
            t = time.perf_counter()
            here = writer.get_extra_info("sockname")[1]
            try:
                status, body = await fetch(reader, writer, path, params)
                if status != 200:
                    errors.append(f"{status} {path} {params}: {body[:200]!r}")
            except (OSError, ValueError, asyncio.IncompleteReadError) as e:
                errors.append(f"{type(e).__name__} {path} {params}")
                writer.close()
                reader, writer = await asyncio.open_connection(host, int(port))
                opened.append(writer)
            latencies.append((path, time.perf_counter() - t))
            sent[here] = sent.get(here, 0) + 1

    conns = await asyncio.gather(*(asyncio.open_connection(host, int(port)) for _ in range(concurrency)))
    opened = [w for _, w in conns]
    for path, params in plan[:20]:  # warm-up, not counted
        await fetch(*conns[0], path, params)
    started = time.perf_counter()
    await asyncio.gather(*(worker(r, w) for r, w in conns))
    wall = time.perf_counter() - started
    owners = connection_owners(int(port), pids)  # while the connections are still open
    for w in opened:
        w.close()
    share = {pid: [sent.get(c, 0) for c in sorted(ports)] for pid, ports in owners.items()}
    return latencies, errors, wall, share


def connection_owners(port: int, pids: list[int]) -> dict[int, set[int]]:
    """For each server process, the client ports of the loopback connections it accepted on ``port``
    (Linux: sockets in /proc/PID/fd matched to /proc/net/tcp by inode). Shows how the kernel spread
    the connections over `serve --workers` processes."""
    by_inode: dict[str, int] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            local, remote, inode = cols[1], cols[2], cols[9]
            if int(local.rsplit(":", 1)[1], 16) == port and int(remote.rsplit(":", 1)[1], 16):
                by_inode[inode] = int(remote.rsplit(":", 1)[1], 16)
    out: dict[int, set[int]] = {}
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in by_inode:
                out.setdefault(pid, set()).add(by_inode[target[8:-1]])
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): the server's cost, whatever else runs."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """Resident memory of a process (Linux /proc), MB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def family(pid: int) -> list[int]:
    """``pid`` and every process below it (the reader processes of `serve --workers`)."""
    parents: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += parents.get(p, [])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/eventwire-api-bench.duckdb"))
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1, help="server processes (more than 1 implies --read-only)")
    ap.add_argument("--read-only", action="store_true", help="serve with `eventwire serve --read-only`")
    ap.add_argument("--memory-events", type=int, default=None,
                    help="`serve --memory-events N` (read-only: events held in memory up to N; 0: DuckDB answers all)")
    args = ap.parse_args()
    read_only = args.read_only or args.workers > 1

    seconds = build(args.db, args.events)
    print(f"store ready in {seconds:.1f} s", file=sys.stderr)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    mode = ["--read-only", "--workers", str(args.workers)] if read_only else []
    if read_only and args.memory_events is not None:
        mode += ["--memory-events", str(args.memory_events)]
    server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(args.db),
                               "--port", str(port), *mode], env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(300):
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        stats = httpx.get(base + "/stats", timeout=60).json()  # what there is to ask for
        countries = [c["key"] for c in stats["country"] if c["key"]]
        actors = [a["key"] for a in stats["actors"]]
        n_events = stats["corpus"]["event_mentions"]
        plan = requests(args.requests, args.seed, countries, actors)
        pids = family(server.pid)
        load_before = os.getloadavg()[0]
        cpu0, client0 = {p: cpu_seconds(p) for p in pids}, time.process_time()
        latencies, errors, wall, share = asyncio.run(load(base, plan, args.concurrency, pids))
        per_process = {p: cpu_seconds(p) - cpu0[p] for p in pids}
        cpu, client = sum(per_process.values()), time.process_time() - client0
        load_during = os.getloadavg()[0]
        health = httpx.get(base + "/health", timeout=60).json()
        cache = health["cache"]
        rss = {p: rss_mb(p) for p in pids}
    finally:
        server.terminate()
        server.wait(timeout=30)
    def pct(ms: list[float], p: float) -> float:
        return ms[min(len(ms) - 1, max(0, int(round(p / 100 * len(ms))) - 1))]

    ms = sorted(x * 1000 for _, x in latencies)
    print(f"server: eventwire serve {' '.join(mode) or '(one process, read-write)'}")
    print(f"store: {n_events:,} events; {len(ms):,} requests (/events with filters, /timeline), "
          f"{args.concurrency} concurrent, loopback")
    print(f"throughput: {len(ms) / wall:.0f} requests/s over {wall:.1f} s")
    print(f"latency ms: p50 {pct(ms, 50):.0f}  p95 {pct(ms, 95):.0f}  p99 {pct(ms, 99):.0f}  max {ms[-1]:.0f}  "
          f"mean {statistics.mean(ms):.0f}  (target p95 < 200)")
    for path in ("/events", "/timeline"):
        part = sorted(x * 1000 for p, x in latencies if p == path)
        print(f"  {path}: {len(part)} requests, p50 {pct(part, 50):.0f}  p95 {pct(part, 95):.0f} ms")
    print(f"server CPU: {cpu:.1f} s for {len(ms) + 20} requests = {cpu * 1000 / (len(ms) + 20):.1f} ms per request, "
          f"summed over {len(pids)} process{'es' if len(pids) > 1 else ''} "
          f"({', '.join(f'{c:.1f}' for c in per_process.values())} s)")
    if share:
        total = sum(sum(v) for v in share.values()) or 1
        print("per server process: " + "; ".join(
            f"PID {pid}: {len(v)} of {args.concurrency} connections, {sum(v)} requests ({100 * sum(v) / total:.0f}%), "
            f"CPU {per_process[pid]:.1f} s" for pid, v in sorted(share.items())))
    print(f"machine load average {load_before:.1f} before, {load_during:.1f} after the run, on {os.cpu_count()} cores "
          f"(other work on the machine competes for them)")
    print(f"client CPU: {client * 1000 / (len(ms) + 20):.1f} ms per request (the load generator shares the cores)")
    print(f"server response cache: {cache['hits']} hits, {cache['misses']} misses (warm-up included"
          f"{'; of the process that answered /health' if args.workers > 1 else ''})")
    print(f"server memory: {health.get('memory') or 'events not held in memory'}; resident "
          + ", ".join(f"{v:.0f}" for p, v in rss.items() if v) + " MB per process")
    print(f"errors: {len(errors)}")
    for e in errors[:10]:
        print("  " + e)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
